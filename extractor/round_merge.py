"""Deals: the rounds of many articles merged into one row per real-world round.

Two reports of rounds (one round as one article tells it) are the same deal when
every test of ``compare`` passes:

- different articles (an article's own rounds are different deals);
- the same company: names folded as the contract's scoring folds them, the alias
  table applied, and one name's words all in the other with at most two more
  ("Mistral" ~ "Mistral AI");
- round types that do not contradict each other (a Série A is no seed; "growth",
  "bridge" and an unnamed round agree with any);
- dates within ``MAX_DAYS_APART`` days, or unknown (partial dates are whole months or
  years; a round told without date may be any day up to its article's publication,
  since articles recall earlier rounds in passing);
- amounts that agree: same currency within ``SAME_CURRENCY_TOLERANCE``, other
  currencies within ``STATED_RATE_TOLERANCE`` of a conversion one of the two articles
  states next to its amount ("385 M€, soit 415 M$"), else within
  ``TABLE_RATE_TOLERANCE`` of the reference rate of ``exchange_rates.tsv`` at the
  earlier date; ``APPROXIMATE_TOLERANCE`` at least when a report says "près de",
  "plus de"...; a report without amount agrees with any.

Merging is not transitive on purpose. Reports with an amount are clustered first,
each joining the deal whose reports it agrees with *all* (complete linkage), so two
different rounds never chain through a third report. Reports without an amount come
after and join only one deal: the only one they agree with, or the one that names
the same round type, or one clearly closer in time (``CLEARLY_CLOSER_DAYS``);
otherwise they stay their own deal rather than guess.

Rounds whose company is unknown cannot be compared: each is its own deal, with
``company`` null, so that no reported round is lost.

Everything is computed company by company (rounds sorted by folded name), so
memory holds one company's rounds at a time.
"""

import bisect
import csv
import datetime as dt
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TextIO

from extractor.aliases import name_key
from extractor.evaluate import fold, names_match
from extractor.lexicon import table
from extractor.store import Store, iter_rows

MAX_DAYS_APART = 60
SAME_CURRENCY_TOLERANCE = 0.02
APPROXIMATE_TOLERANCE = 0.10
STATED_RATE_TOLERANCE = 0.03
TABLE_RATE_TOLERANCE = 0.06
# An amount in another currency beside a round's amount is read as its conversion only
# when it is this close to the reference conversion (a valuation is not a conversion).
CONVERSION_PLAUSIBLE = 0.20
RATES_FILE = "exchange_rates.tsv"
# A report without amount that agrees with several deals joins the one of its own round
# type, else the one this many days closer than the others; else it stays apart.
CLEARLY_CLOSER_DAYS = 30

# Round types on a ladder or of a distinct nature: two different ones contradict.
_SPECIFIC = frozenset({
    "pre_seed", "seed", "series_a", "series_b", "series_c", "series_d", "series_e",
    "series_f", "series_g", "series_h", "ipo", "debt", "grant",
})
_VAGUE = frozenset({"growth", "bridge"})


# --- the reports ------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str | None
    text: str | None = None
    approximate: bool = False


@dataclass(frozen=True)
class InvestorReport:
    name: str
    canonical: str
    key: str
    kind: str
    lead: bool
    existing: bool | None


@dataclass
class RoundReport:
    """One round as one article tells it (a row of the ``rounds`` table)."""

    article_id: str
    position: int
    company: str | None
    company_canonical: str | None
    company_key: str | None
    round_type: str = "unspecified"
    round_label: str | None = None
    amount: Amount | None = None
    valuation: Amount | None = None
    date: str | None = None
    published: str | None = None
    investors: list[InvestorReport] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    round_id: int | None = None
    conversions: list[Amount] | None = None  # stated conversions, read when first needed

    @property
    def key(self) -> str:
        return f"{self.article_id}#{self.position}"

    @property
    def when(self) -> str | None:
        """The date this report places the round at: its own, else the article's."""
        return self.date or self.published

    @cached_property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        """The days the round may have happened on: its date's; for a round told
        without date, any day up to the article's publication (a passing mention
        of an earlier round is not dated by the article); None when nothing is known."""
        if self.date and date_interval(self.date):
            return date_interval(self.date)
        published = date_interval(self.published)
        return (dt.date.min, published[1]) if published else None

    @property
    def date_text(self) -> str:
        if self.date and date_interval(self.date):
            return self.date
        return f"undated, told by {self.published}" if self.published else "undated"

    def describe(self) -> str:
        amount = _money_text(self.amount) if self.amount else "no amount"
        return (f"{self.key}: {self.company or '(no company)'}, {self.round_type}, {amount}, "
                f"date {self.date or '?'} (published {self.published or '?'})")


def _money_text(money: Amount) -> str:
    value = money.value
    if value >= 1e9:
        figure = f"{value / 1e9:.4g} bn"
    elif value >= 1e6:
        figure = f"{value / 1e6:.4g} M"
    else:
        figure = f"{value:,.0f}"
    return f"{'~' if money.approximate else ''}{figure} {money.currency or '(currency?)'}"


# --- dates and rates -----------------------------------------------------------

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@lru_cache(maxsize=4096)
def date_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days an ISO (partial) date covers: "2024-03" is March 2024; None if unreadable."""
    if not value:
        return None
    match = _DATE.match(value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            one = dt.date(year, month, day)
            return one, one
        if month is not None:
            first = dt.date(year, month, 1)
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two (partial) dates' closest days; 0 when they overlap; None if unknown."""
    return interval_gap(date_interval(a), date_interval(b))


def interval_gap(ia: tuple[dt.date, dt.date] | None, ib: tuple[dt.date, dt.date] | None) -> int | None:
    """Days between two intervals' closest days; 0 when they overlap; None if one is unknown."""
    if ia is None or ib is None:
        return None
    if ia[1] < ib[0]:
        return (ib[0] - ia[1]).days
    if ib[1] < ia[0]:
        return (ia[0] - ib[1]).days
    return 0


@lru_cache(maxsize=1)
def _rates() -> dict[str, tuple[list[str], list[float]]]:
    """Currency -> (sorted start dates, euros per unit)."""
    rows: dict[str, list[tuple[str, float]]] = {}
    for start, currency, rate in table(RATES_FILE):
        rows.setdefault(currency, []).append((start, float(rate)))
    return {c: ([d for d, _ in sorted(r)], [v for _, v in sorted(r)]) for c, r in rows.items()}


def euro_rate(currency: str, on: str | None) -> float | None:
    """Euros for one unit of ``currency`` on date ``on`` (latest rate when undated)."""
    if currency == "EUR":
        return 1.0
    found = _rates().get(currency)
    if found is None:
        return None
    starts, values = found
    if not on:
        return values[-1]
    day = on[:10]
    # A partial date stands for its first day: "2025-03" takes the rate from 2025-03-01.
    day += {4: "-01-01", 7: "-01"}.get(len(day), "")
    index = bisect.bisect_right(starts, day) - 1
    return values[max(index, 0)]


def table_conversion(money: Amount, currency: str, on: str | None) -> float | None:
    """``money`` in ``currency`` at the reference rates of date ``on``."""
    source, target = euro_rate(money.currency or "", on), euro_rate(currency, on)
    if source is None or target is None:
        return None
    return money.value * source / target


@lru_cache(maxsize=4096)
def _amounts_in(text: str) -> tuple:
    from extractor.amounts import find_amounts

    return tuple(find_amounts(text))


def stated_conversions(report: RoundReport) -> list[Amount]:
    """Amounts in another currency that the report's evidence gives beside its own,
    close enough to a reference conversion to be one ("385 M€, soit 415 M$")."""
    if report.conversions is None:
        report.conversions = _stated_conversions(report)
    return report.conversions


def _stated_conversions(report: RoundReport) -> list[Amount]:
    if report.amount is None or not report.amount.currency:
        return []
    found = []
    for span in report.evidence:
        for amount in _amounts_in(span.get("text", "")):
            if not amount.currency or amount.currency == report.amount.currency:
                continue
            if report.valuation and abs(amount.value - report.valuation.value) < 0.01 * amount.value:
                continue
            reference = table_conversion(report.amount, amount.currency, report.when)
            if reference and abs(amount.value - reference) <= CONVERSION_PLAUSIBLE * reference:
                found.append(Amount(amount.value, amount.currency, span["text"][amount.start:amount.end],
                                    amount.approximate))
    return found


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _percent(a: float, b: float) -> str:
    return f"{abs(a - b) / max(abs(a), abs(b)):.1%}"


def amounts_agree(a: RoundReport, b: RoundReport, explain: bool = True) -> tuple[bool, str]:
    """Whether two reports' amounts tell the same money, and why (when ``explain``)."""
    ma, mb = a.amount, b.amount
    if ma is None or mb is None:
        missing = a.key if ma is None else b.key
        return True, f"amount: none in {missing}, not compared"
    approximate = ma.approximate or mb.approximate
    if ma.currency == mb.currency or not ma.currency or not mb.currency:
        tolerance = APPROXIMATE_TOLERANCE if approximate else SAME_CURRENCY_TOLERANCE
        ok = _close(ma.value, mb.value, tolerance)
        return ok, "" if not explain else (f"amount: {_money_text(ma)} vs {_money_text(mb)}, {_percent(ma.value, mb.value)} apart "
                    f"({'within' if ok else 'over'} {tolerance:.0%})")
    # An approximate figure keeps its own, wider tolerance after conversion too.
    floor = APPROXIMATE_TOLERANCE if approximate else 0.0
    for source, other in ((a, b), (b, a)):
        for converted in stated_conversions(source):
            if converted.currency == other.amount.currency:
                tolerance = max(STATED_RATE_TOLERANCE, floor)
                ok = _close(converted.value, other.amount.value, tolerance)
                return ok, "" if not explain else (f"amount: {_money_text(ma)} vs {_money_text(mb)}; {source.article_id} states "
                            f"{_money_text(source.amount)} = {_money_text(converted)}, "
                            f"{_percent(converted.value, other.amount.value)} apart "
                            f"({'within' if ok else 'over'} {tolerance:.0%})")
    on = min((d for d in (a.when, b.when) if d), default=None)
    converted_value = table_conversion(ma, mb.currency, on)
    if converted_value is None:
        return False, f"amount: {_money_text(ma)} vs {_money_text(mb)}, no rate to compare them"
    tolerance = max(TABLE_RATE_TOLERANCE, floor)
    ok = _close(converted_value, mb.value, tolerance)
    if not explain:
        return ok, ""
    converted = Amount(converted_value, mb.currency)
    return ok, (f"amount: {_money_text(ma)} = {_money_text(converted)} at the {on or 'latest'} reference "
                f"rate vs {_money_text(mb)}, {_percent(converted_value, mb.value)} apart "
                f"({'within' if ok else 'over'} {tolerance:.0%})")


# --- comparing two reports ------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    same: bool
    reasons: tuple[str, ...]


def types_agree(a: str, b: str) -> bool:
    return a == b or a not in _SPECIFIC or b not in _SPECIFIC


@lru_cache(maxsize=1 << 14)
def same_name(a: str | None, b: str | None) -> bool:
    """The contract's name matching (``evaluate.names_match``), remembered."""
    return names_match(a, b)


def compare(a: RoundReport, b: RoundReport, explain: bool = True) -> Verdict:
    """Whether two reports tell the same round, with one reason per test when
    ``explain`` (clustering asks only for the answer)."""
    if not explain:
        return Verdict(_same(a, b), ())
    reasons = []
    same = True
    if a.article_id == b.article_id:
        return Verdict(False, (f"both in article {a.article_id}: one article's rounds are different deals",))
    if not a.company_key or not b.company_key:
        return Verdict(False, ("company: unknown, rounds without a company are never merged",))
    if a.company_key == b.company_key or same_name(a.company_canonical, b.company_canonical):
        reasons.append(f"company: {a.company!r} ~ {b.company!r}")
    else:
        return Verdict(False, (f"company: {a.company!r} is not {b.company!r}",))
    if types_agree(a.round_type, b.round_type):
        reasons.append(f"round type: {a.round_type} / {b.round_type} agree")
    else:
        same = False
        reasons.append(f"round type: {a.round_type} contradicts {b.round_type}")
    gap = interval_gap(a.interval, b.interval)
    if gap is None:
        reasons.append("date: unknown in one report, not compared")
    elif gap <= MAX_DAYS_APART:
        reasons.append(f"date: {a.date_text} / {b.date_text}, {_days(gap)} apart (at most {MAX_DAYS_APART})")
    else:
        same = False
        reasons.append(f"date: {a.date_text} / {b.date_text}, {_days(gap)} apart (over {MAX_DAYS_APART})")
    ok, why = amounts_agree(a, b)
    same = same and ok
    reasons.append(why)
    return Verdict(same, tuple(reasons))


def _same(a: RoundReport, b: RoundReport) -> bool:
    """``compare(a, b).same`` without the reasons, cheapest tests first."""
    if a.article_id == b.article_id or not a.company_key or not b.company_key:
        return False
    if not types_agree(a.round_type, b.round_type):
        return False
    gap = interval_gap(a.interval, b.interval)
    if gap is not None and gap > MAX_DAYS_APART:
        return False
    if a.company_key != b.company_key and not same_name(a.company_canonical, b.company_canonical):
        return False
    return amounts_agree(a, b, explain=False)[0]


# --- clustering ----------------------------------------------------------------


@dataclass
class Cluster:
    members: list[RoundReport]
    notes: dict[str, str] = field(default_factory=dict)  # report key -> how it joined

    def agrees(self, report: RoundReport) -> bool:
        return all(_same(report, m) for m in self.members)

    def gap(self, report: RoundReport) -> float:
        gaps = [g for g in (interval_gap(report.interval, m.interval) for m in self.members) if g is not None]
        return min(gaps) if gaps else float("inf")

    def same_type(self, report: RoundReport) -> bool:
        return report.round_type in _SPECIFIC and any(m.round_type == report.round_type for m in self.members)


def _amount_gap(cluster: Cluster, report: RoundReport) -> float:
    gaps = [abs(m.amount.value - report.amount.value) / max(m.amount.value, report.amount.value)
            for m in cluster.members
            if m.amount and report.amount and m.amount.currency == report.amount.currency
            and max(m.amount.value, report.amount.value) > 0]
    return min(gaps) if gaps else 0.0


def _order(report: RoundReport) -> tuple:
    interval = date_interval(report.when)
    return (interval[0] if interval else dt.date.max, report.article_id, report.position)


def cluster_reports(reports: list[RoundReport]) -> list[Cluster]:
    """Deals of one company's reports (see the module docstring), in a deterministic order."""
    ordered = sorted(reports, key=_order)
    clusters: list[Cluster] = []
    for report in (r for r in ordered if r.amount is not None):
        fitting = [c for c in clusters if c.agrees(report)]
        if not fitting:
            clusters.append(Cluster([report], {report.key: "first report of this deal"}))
            continue
        best = min(fitting, key=lambda c: (c.gap(report), _amount_gap(c, report), clusters.index(c)))
        best.members.append(report)
        best.notes[report.key] = f"agrees with all {len(best.members) - 1} report(s) already in the deal"
    for report in (r for r in ordered if r.amount is None):
        fitting = [c for c in clusters if c.agrees(report)]
        why = f"no amount; agrees with all {len(fitting[0].members) if fitting else 0} report(s) of this deal only"
        if len(fitting) > 1:
            ranked = sorted(fitting, key=lambda c: (not c.same_type(report), c.gap(report), clusters.index(c)))
            first, second = ranked[0], ranked[1]
            clear = (first.same_type(report) and not second.same_type(report)) or (
                first.same_type(report) == second.same_type(report)
                and second.gap(report) - first.gap(report) > CLEARLY_CLOSER_DAYS)
            if not clear:
                clusters.append(Cluster([report], {report.key: (
                    f"no amount and agrees with {len(fitting)} deals equally well: kept apart rather than guessed")}))
                continue
            why = (f"no amount; agrees with {len(fitting)} deals, and this one "
                   + ("names its round type" if first.same_type(report) != second.same_type(report)
                      else f"is more than {CLEARLY_CLOSER_DAYS} days closer"))
            fitting = [first]
        if fitting:
            fitting[0].members.append(report)
            fitting[0].notes[report.key] = why
        else:
            clusters.append(Cluster([report], {report.key: "first report of this deal"}))
    return clusters


# --- deal rows --------------------------------------------------------------------


@dataclass
class Deal:
    id: str
    company: str | None
    round_type: str
    round_label: str | None
    amount: dict | None
    amount_alternatives: list[dict]
    valuation: dict | None
    date: str | None
    investors: list[dict]
    sources: int
    articles: list[dict]

    def to_dict(self) -> dict:
        return {
            "id": self.id, "company": self.company, "round_type": self.round_type,
            "round_label": self.round_label, "amount": self.amount,
            "amount_alternatives": self.amount_alternatives, "valuation": self.valuation,
            "date": self.date, "investors": self.investors, "sources": self.sources,
            "articles": self.articles,
        }


def _specificity(round_type: str) -> int:
    return 2 if round_type in _SPECIFIC else 1 if round_type in _VAGUE else 0


def _first_most_common(values: list) -> object:
    """The most frequent value, the first seen on a tie (``most_common`` keeps
    first-seen order among equal counts)."""
    return Counter(values).most_common(1)[0][0]


def _figures(moneys: list[Amount]) -> list[dict]:
    """Figures told, grouped when equal within SAME_CURRENCY_TOLERANCE in one currency;
    the most reported precise figure first, then by number of reports, then first told."""
    groups: list[list[Amount]] = []
    for money in moneys:
        for group in groups:
            if group[0].currency == money.currency and _close(group[0].value, money.value,
                                                               SAME_CURRENCY_TOLERANCE):
                group.append(money)
                break
        else:
            groups.append([money])
    ranked = sorted(enumerate(groups), key=lambda item: (
        -sum(not m.approximate for m in item[1]), -len(item[1]), item[0]))
    figures = []
    for _, group in ranked:
        precise = [m for m in group if not m.approximate] or group
        value = _first_most_common([m.value for m in precise])
        shown = next(m for m in precise if m.value == value)
        figures.append({"value": shown.value, "currency": shown.currency, "text": shown.text,
                        "approximate": shown.approximate, "reports": len(group)})
    return figures


def _earliest_date(reports: list[RoundReport]) -> str | None:
    dated = [r.date for r in reports if date_interval(r.date)]
    if not dated:
        return None
    # The earliest day the round is known to have happened by: "2024-05-15" rather
    # than the "2024" of a passing mention, "2024-02" rather than "2024-03-10".
    return min(dated, key=lambda d: (date_interval(d)[1], -len(d)))


def _merge_investors(reports: list[RoundReport]) -> list[dict]:
    entries: list[dict] = []
    for report in reports:
        for inv in report.investors:
            entry = next((e for e in entries if e["key"] == inv.key
                          or same_name(e["canonical"][0], inv.canonical)), None)
            if entry is None:
                entry = {"key": inv.key, "canonical": [], "kinds": [], "lead": False, "existing": None,
                         "reported_by": set()}
                entries.append(entry)
            entry["canonical"].append(inv.canonical)
            if inv.kind != "unknown":
                entry["kinds"].append(inv.kind)
            entry["lead"] = entry["lead"] or inv.lead
            if inv.existing is True or (inv.existing is False and entry["existing"] is None):
                entry["existing"] = inv.existing
            entry["reported_by"].add(report.article_id)
    return [{
        "name": _first_most_common(sorted(e["canonical"], key=len, reverse=True)),
        "kind": _first_most_common(e["kinds"]) if e["kinds"] else "unknown",
        "lead": e["lead"], "existing": e["existing"], "sources": len(e["reported_by"]),
    } for e in entries]


def _slug(text: str) -> str:
    return "-".join(fold(text).split()) or "x"


def build_deal(cluster: Cluster) -> Deal:
    """The deal row of a cluster of reports (``id`` is set by the caller)."""
    members = sorted(cluster.members, key=_order)
    companies = [m.company_canonical for m in members if m.company_canonical]
    company = (_first_most_common(sorted(companies, key=len, reverse=True)) if companies else None)
    top = max(_specificity(m.round_type) for m in members)
    round_type = _first_most_common([m.round_type for m in members if _specificity(m.round_type) == top])
    label = next((m.round_label for m in members if m.round_type == round_type and m.round_label), None)
    amounts = _figures([m.amount for m in members if m.amount])
    valuations = _figures([m.valuation for m in members if m.valuation])
    articles = [{
        "article_id": m.article_id, "round": m.position, "company": m.company,
        "round_type": m.round_type,
        "amount": None if m.amount is None else {"value": m.amount.value, "currency": m.amount.currency,
                                                 "text": m.amount.text},
        "date": m.date, "published": m.published, "evidence": m.evidence,
    } for m in members]
    return Deal(
        id="", company=company, round_type=round_type, round_label=label,
        amount=amounts[0] if amounts else None, amount_alternatives=amounts[1:],
        valuation=valuations[0] if valuations else None, date=_earliest_date(members),
        investors=_merge_investors(members), sources=len({m.article_id for m in members}),
        articles=articles,
    )


def deals_of_company(reports: list[RoundReport]) -> list[tuple[Deal, Cluster]]:
    """Deals of one block of reports, with ids: company slug and month of the
    earliest date ("mistral-ai-2023-12"), "-2", "-3"... when two share one."""
    out = []
    used: Counter = Counter()
    for cluster in cluster_reports(reports):
        deal = build_deal(cluster)
        first = min(cluster.members, key=_order)
        if deal.company is None:
            deal.id = f"unnamed-{_slug(first.article_id)}-{first.position}"
        else:
            when = deal.date or first.when
            base = f"{_slug(deal.company)}-{when[:7] if when else 'undated'}"
            used[base] += 1
            deal.id = base if used[base] == 1 else f"{base}-{used[base]}"
        out.append((deal, cluster))
    return out


# --- reading the database -----------------------------------------------------------

_ROUNDS_SQL = """
SELECT r.id, r.article_id, r.position, r.company, r.company_canonical, r.company_key,
       r.round_type, r.round_label, r.amount_value, r.amount_currency, r.amount_text,
       r.amount_approximate, r.valuation_value, r.valuation_currency, r.valuation_text,
       r.valuation_approximate, r.date, a.published, r.evidence,
       (SELECT json_group_array(json_array(name, canonical, investor_key, kind, lead, existing))
          FROM (SELECT * FROM round_investors i WHERE i.round_id = r.id ORDER BY i.position))
FROM rounds r JOIN articles a ON a.id = r.article_id
ORDER BY r.company_key, r.article_id, r.position
"""


def _money(value, currency, text, approximate) -> Amount | None:
    if value is None:
        return None
    return Amount(float(value), currency, text, bool(approximate))


def _report(row: tuple) -> RoundReport:
    investors = [InvestorReport(n, c, k, kind, bool(lead), None if e is None else bool(e))
                 for n, c, k, kind, lead, e in json.loads(row[19] or "[]")]
    return RoundReport(
        round_id=row[0], article_id=row[1], position=row[2], company=row[3],
        company_canonical=row[4], company_key=row[5], round_type=row[6], round_label=row[7],
        amount=_money(*row[8:12]), valuation=_money(*row[12:16]), date=row[16], published=row[17],
        evidence=json.loads(row[18] or "[]"), investors=investors,
    )


def _block(report: RoundReport) -> str | None:
    """Rounds that could be one company's share the first word of its folded name;
    sorted by folded name, such rounds are next to each other."""
    return report.company_key.split()[0] if report.company_key else None


def company_blocks(conn: sqlite3.Connection) -> Iterator[list[RoundReport]]:
    """Rounds in blocks that may hold one company's rounds; a round with no company
    is a block of its own."""
    block: list[RoundReport] = []
    for row in iter_rows(conn, _ROUNDS_SQL):
        report = _report(row)
        if block and (_block(report) is None or _block(report) != _block(block[0])):
            yield block
            block = []
        block.append(report)
    if block:
        yield block


def _open(db: "Store | str | Path") -> tuple[Store, bool]:
    if isinstance(db, Store):
        return db, False
    return Store(str(db)), True


def iter_deals_with_clusters(db: "Store | str | Path") -> Iterator[tuple[Deal, Cluster]]:
    store, owned = _open(db)
    try:
        for block in company_blocks(store.conn):
            yield from deals_of_company(block)
    finally:
        if owned:
            store.close()


def deals(db: "Store | str | Path") -> Iterator[Deal]:
    """The deals of a database (a path or an open Store), company after company.

    A generator: memory holds one company's rounds at a time.
    """
    for deal, _ in iter_deals_with_clusters(db):
        yield deal


def deals_from_reports(reports: Iterable[RoundReport]) -> list[Deal]:
    """Deals of reports given in memory (tests, callers without a database)."""
    blocks: dict[str | None, list[RoundReport]] = {}
    unnamed = []
    for report in reports:
        if _block(report) is None:
            unnamed.append([report])
        else:
            blocks.setdefault(_block(report), []).append(report)
    out = []
    for block in [*unnamed, *(blocks[k] for k in sorted(blocks))]:
        out.extend(deal for deal, _ in deals_of_company(block))
    return out


def deals_of_articles(articles: Iterable, digest: str = "") -> list[Deal]:
    """Deals of Articles in memory, through a throw-away in-memory database."""
    with Store(":memory:") as store:
        store.put_many((article, digest or article.id, None) for article in articles)
        return list(deals(store))


# --- explaining ---------------------------------------------------------------------


def explain_block(deal: Deal, cluster: Cluster, block: list[RoundReport]) -> str:
    lines = [f"deal {deal.id}: {deal.company or '(no company)'}, {deal.round_type}, "
             f"{_money_text(Amount(deal.amount['value'], deal.amount['currency'])) if deal.amount else 'no amount'}, "
             f"{deal.sources} source(s)"]
    members = sorted(cluster.members, key=_order)
    lines.append("reports merged:")
    for index, member in enumerate(members):
        lines.append(f"  {member.describe()}")
        lines.append(f"    joined: {cluster.notes.get(member.key, '')}")
        for earlier in members[:index]:
            verdict = compare(member, earlier)
            lines.append(f"    vs {earlier.key}: " + "; ".join(verdict.reasons))
    others = [r for r in sorted(block, key=_order) if r.key not in {m.key for m in members}]
    if others:
        lines.append("kept apart (same company):")
    for other in others:
        lines.append(f"  {other.describe()}")
        verdicts = [(m, compare(other, m)) for m in members]
        failing = [(m, v) for m, v in verdicts if not v.same]
        if not failing:
            lines.append("    agrees with every report of this deal, but " + (
                "was ambiguous between deals or joined another deal first"))
        for member, verdict in failing:
            lines.append(f"    vs {member.key}: " + "; ".join(verdict.reasons))
    return "\n".join(lines)


def explain(db: "Store | str | Path", deal_id: str) -> str | None:
    """Why the reports of deal ``deal_id`` were merged and the company's other rounds
    kept apart, as text; None when no deal has that id."""
    store, owned = _open(db)
    try:
        for block in company_blocks(store.conn):
            for deal, cluster in deals_of_company(block):
                if deal.id == deal_id:
                    return explain_block(deal, cluster, block)
    finally:
        if owned:
            store.close()
    return None


# --- writing deals --------------------------------------------------------------------

CSV_COLUMNS = (
    "id", "company", "round_type", "round_label", "amount", "currency", "amount_text",
    "amount_alternatives", "valuation", "valuation_currency", "date", "investors",
    "lead_investors", "sources", "articles", "evidence",
)


def csv_row(deal: Deal) -> list:
    def figure(money: dict) -> str:
        return f"{money['value']:.0f} {money['currency'] or ''}".strip()

    return [
        deal.id, deal.company or "", deal.round_type, deal.round_label or "",
        f"{deal.amount['value']:.0f}" if deal.amount else "",
        (deal.amount or {}).get("currency") or "", (deal.amount or {}).get("text") or "",
        "; ".join(figure(m) for m in deal.amount_alternatives),
        f"{deal.valuation['value']:.0f}" if deal.valuation else "",
        (deal.valuation or {}).get("currency") or "", deal.date or "",
        "; ".join(i["name"] + (" (existing)" if i["existing"] else "") for i in deal.investors),
        "; ".join(i["name"] for i in deal.investors if i["lead"]),
        deal.sources,
        "; ".join(sorted({a["article_id"] for a in deal.articles})),
        "; ".join(f"{a['article_id']}:{e['start']}-{e['end']}" for a in deal.articles for e in a["evidence"]),
    ]


def write_deals(deal_rows: Iterable[Deal], file: TextIO, fmt: str) -> int:
    """Write deals to ``file`` as "csv" (CSV_COLUMNS), "jsonl" or "json" (one array),
    one at a time; the number written."""
    count = 0
    writer = csv.writer(file, lineterminator="\n") if fmt == "csv" else None
    if writer is not None:
        writer.writerow(CSV_COLUMNS)
    elif fmt == "json":
        file.write("[")
    for deal in deal_rows:
        if writer is not None:
            writer.writerow(csv_row(deal))
        elif fmt == "json":
            file.write(("\n" if count == 0 else ",\n") + json.dumps(deal.to_dict(), ensure_ascii=False, indent=2))
        else:
            file.write(json.dumps(deal.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    if fmt == "json":
        file.write("\n]\n" if count else "]\n")
    return count


def save_deals(store: Store, deal_rows: Iterable[Deal], computed_at: str) -> Iterator[Deal]:
    """Replace the database's ``deals`` tables with ``deal_rows`` in one transaction,
    handing each deal on as it is written (so the caller can also print it)."""
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM deals")
        for deal in deal_rows:
            conn.execute(
                "INSERT INTO deals (id, company, round_type, amount_value, amount_currency,"
                " valuation_value, valuation_currency, date, sources, computed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (deal.id, deal.company, deal.round_type,
                 deal.amount["value"] if deal.amount else None, (deal.amount or {}).get("currency"),
                 deal.valuation["value"] if deal.valuation else None,
                 (deal.valuation or {}).get("currency"), deal.date, deal.sources, computed_at))
            conn.executemany(
                "INSERT INTO deal_rounds (deal_id, round_id, article_id, position)"
                " SELECT ?, id, article_id, position FROM rounds WHERE article_id = ? AND position = ?",
                [(deal.id, a["article_id"], a["round"]) for a in deal.articles])
            seen = set()
            rows = []
            for inv in deal.investors:
                key = name_key(inv["name"]) or inv["name"]
                if key not in seen:
                    seen.add(key)
                    rows.append((deal.id, inv["name"], key, inv["kind"], int(inv["lead"]),
                                 None if inv["existing"] is None else int(inv["existing"])))
            conn.executemany(
                "INSERT INTO deal_investors (deal_id, name, investor_key, kind, lead, existing)"
                " VALUES (?, ?, ?, ?, ?, ?)", rows)
            yield deal
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
