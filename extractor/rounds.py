"""Funding rounds: which company raised how much, in what kind of round, from whom.

Sets ``doc._.funding_rounds``: a list of dicts shaped like the contract's
FundingRound, with offsets in place of surface texts:
{"company": str | None, "round_type": str, "round_label": str | None,
 "amount": money | None, "valuation": money | None, "date": str | None,
 "investors": [{"name", "kind", "lead", "existing"}], "evidence": [[start, end], ...]}
where money = {"start", "end", "value", "currency", "approximate"} as on
``doc.spans["money"]``.

How: every amount of the body is read in its sentence (``classify_amount``): money
raised when a raise cue ("a levé", "Série D de", "tour de table") is the nearest cue
before it, a valuation after "valorisée" / "valorisation de", nothing after
revenue, fund-size, total or average cues. Each raised amount becomes a round with
the nearest round mention, the subject of its verb as company, and the investors
named in its sentence or, for sentences without an amount, in the round the
paragraph is about.

The stages, in the order :meth:`FundingRoundExtractor.rounds` runs them:

1. candidates — :mod:`extractor.round_candidates` (which amounts are raised:
   :mod:`extractor.round_amounts`; the company of each: :mod:`extractor.round_company`);
2. consolidation — here: totals of other rounds dropped;
3. attachment — :mod:`extractor.round_attachment`: kinds named later, valuations,
   investors; then each round as a dict, its investors merged and its date read (here).
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.dates import date_for_round
from extractor.entities import entities
from extractor.investor_kinds import investor_kind
from extractor.investor_names import fold
from extractor.round_attachment import (
    attach_investors,
    attach_kinds_named_later,
    attach_valuations,
)
from extractor.round_candidates import (
    Round,
    read_story,
    round_told_by_its_investors,
    rounds_counted_in_roundup,
    rounds_from_amounts,
    rounds_of_coordinated_subjects,
    rounds_owned_in_roundup,
    rounds_without_amount,
)

_ACRONYM_SKIP = frozenset({"de", "d", "du", "des", "la", "le", "l", "et", "pour", "en"})


def acronym_of(folded_name: str) -> str | None:
    """The initials of a name of three words or more ("banque europeenne d'investissement"
    -> "bei"), for telling an acronym and its long form apart as one name."""
    words_ = [w for w in re.split(r"[\s'’-]+", folded_name) if w and w not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words_) if len(words_) >= 3 else None


def is_sum_of_parts(total: "Round", rounds: list["Round"]) -> bool:
    """Whether ``total`` only adds up other rounds of the article: "réunit près de
    10 millions" over "un tour d'amorçage de 7 millions" and "une subvention de 2,8
    millions". Such a total has no kind of its own and its parts are current."""
    if total.amount is None or total.round_type != "unspecified" or not total.current:
        return False
    parts = [r.amount for r in rounds if r is not total and r.current and r.amount
             and r.company == total.company and r.amount.get("currency") == total.amount.get("currency")
             and r.amount["value"] < total.amount["value"]]
    if len(parts) < 2:
        return False
    tolerance = 0.05 if total.amount.get("approximate") else 0.01
    target = total.amount["value"]
    # Every part at once, or any two of them: articles split a total in two or three.
    sums = [sum(p["value"] for p in parts)] + [a["value"] + b["value"] for k, a in enumerate(parts)
                                                 for b in parts[k + 1:]]
    return any(abs(x - target) <= tolerance * target for x in sums)


# An investor's own ticket told before its amount: "qui détient désormais 6 % du capital",
# "Selva apporte à lui seul", "a souscrit pour".
_TICKET_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:en\s+investissant|investit|investissent|a\s+investi|ont\s+investi|apporte|apportent|injecte"
    r"|injectent|souscrit|souscrivent|a\s+souscrit|prend|prennent|a\s+pris|ont\s+pris|avoir\s+pris)(?![\w-])"
    r"|\d\s*%)[^.;!?]*$", re.IGNORECASE)


# The round the ticket belongs to, named in its sentence: "L'opération est financée
# surtout par", "Selva pilote cette série B".
_THIS_ROUND = re.compile(r"(?<![\w-])(?:cette|ce|la|le|l['’])\s*(?:opération|levée|série|tour|round|augmentation)(?![\w-])",
                         re.IGNORECASE)


def ticket_round(part: "Round", rounds: list["Round"], text: str) -> "Round | None":
    """Whether ``part`` is one investor's share of a larger round of the same company told
    in the article ("Vexo lève 50 M€ ... Selva pilote cette série B et apporte à lui seul
    12 M€"): an amount of no kind of its own, after a funder's verb
    or a stake, in a sentence that names the round; that round, or None."""
    if part.amount is None or not part.current or not part.company:
        return None
    before = text[part.sentence[0]:part.amount["start"]]
    this = _THIS_ROUND.search(before)
    if not _TICKET_BEFORE.search(before) or this is None:
        return None  # a ticket told on its own ("Selva a investi 5 M€ en février") is a deal
    if part.round_type != "unspecified" and not this.group().lower().startswith(("cette", "ce")):
        return None  # a kind of its own, not one referred back to ("cette série B")
    return next((r for r in rounds if r is not part and r.current and r.amount and r.company
                 and fold(r.company) == fold(part.company) and r.amount.get("currency") == part.amount.get("currency")
                 and r.amount["value"] > part.amount["value"]), None)


class FundingRoundExtractor:
    """Round assembly in stages: candidates (amounts raised, and named rounds whose
    amount is withheld), the company of each, consolidation (retold amounts merged,
    totals of parts dropped), then attachment of kinds named later, valuations and
    investors. Each stage is a named function; :meth:`rounds` runs them in that order."""

    def __init__(self, money_key: str) -> None:
        self.money_key = money_key

    def __call__(self, doc: Doc) -> Doc:
        doc._.funding_rounds = [self._as_dict(doc, r) for r in self.rounds(doc)]
        return doc

    def rounds(self, doc: Doc) -> list[Round]:
        story = read_story(doc, self.money_key)
        rounds_from_amounts(story)
        rounds_without_amount(story)
        rounds_counted_in_roundup(story)
        rounds_owned_in_roundup(story)
        rounds_of_coordinated_subjects(story)
        round_told_by_its_investors(story, other_company_only=bool(story.rounds))
        story.rounds.sort(key=lambda r: r.position)
        story.rounds = [r for r in story.rounds if not is_sum_of_parts(r, story.rounds)]
        if not story.rounds:
            return []
        attach_kinds_named_later(story)
        attach_valuations(story)
        attach_investors(story)
        for part in list(story.rounds):
            whole = ticket_round(part, story.rounds, story.text)
            if whole is not None:
                whole.investors.extend(part.investors)  # the ticket's investor is the round's
                named = next((m for m in story.mentions_in(part.sentence) if m.round_type != "unspecified"), None)
                if named is not None and whole.round_type == "unspecified":
                    whole.round_type, whole.round_label = named.round_type, named.label  # "Selva pilote cette série B"
                if whole.valuation is None:
                    whole.valuation = part.valuation
                story.rounds.remove(part)
        return sorted(story.rounds, key=lambda r: r.position)

    def _as_dict(self, doc: Doc, r: Round) -> dict:
        ents = {(e.start_char, e.end_char): e.label_ for e in entities(doc)}
        investors = []
        seen: dict[str, dict] = {}
        for f in r.investors:
            key = fold(f.name)
            if r.company and (key == fold(r.company) or key.endswith(" " + fold(r.company))):
                continue  # "la levée de 5 M€ de (la Spacetech) Norial": the owner, not a funder
            # "Banque européenne d'investissement" then "BEI": one investor, named once.
            same = next((k for k in seen if acronym_of(k) == key or acronym_of(key) == k), None)
            if same is not None:
                key = same
            person = ents.get((f.start, f.end)) == "PER"
            if key in seen:
                seen[key]["lead"] = seen[key]["lead"] or f.lead
                seen[key]["existing"] = seen[key]["existing"] or f.existing
                continue
            item = {"name": f.name, "kind": investor_kind(f.name, f.context, person, f.apposition, f.group),
                    "lead": f.lead, "existing": f.existing}
            seen[key] = item
            investors.append(item)
        evidence = sorted(set(r.evidence))
        anchor = r.amount or r.valuation
        date = date_for_round(doc, r.sentence[0], r.sentence[1], r.current,
                              anchor=anchor["start"] if anchor else None)
        # "qui a levé 6,5 millions cet été" ... "En juillet, elle a bouclé un tour de 6,5
        # millions": a sentence that tells the amount again may date it more precisely,
        # or date it at all (an undated headline, "annoncé le 14 février 2025" below).
        for (s_start, s_end), at in r.retold:
            again = date_for_round(doc, s_start, s_end, False, anchor=at)
            if again and (date is None or again.startswith(date) and len(again) > len(date)):
                date = again
        if r.told_before and r.current and date_for_round(doc, r.sentence[0], r.sentence[1], False,
                                                           anchor=anchor["start"] if anchor else None) is None:
            # "Vexo a bouclé en mars sa série A. Le tour de 8 millions ...": the date
            # of the raise told just before, when the amount's own sentence has none.
            before = date_for_round(doc, r.told_before[0], r.told_before[1], False)
            if before:
                date = before
        return {
            "company": r.company,
            "round_type": r.round_type,
            "round_label": r.round_label,
            "amount": r.amount,
            "valuation": r.valuation,
            "date": date,
            "investors": investors,
            "evidence": [list(e) for e in evidence],
        }


@Language.factory(
    "fr_funding_rounds",
    assigns=["doc._.funding_rounds"],
    requires=["doc.spans"],
    default_config={"money_key": "money"},
)
def make_funding_round_extractor(nlp: Language, name: str, money_key: str) -> FundingRoundExtractor:
    return FundingRoundExtractor(money_key)
