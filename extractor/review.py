"""Review pages: each fact highlighted in its article, the extracted record beside it.

``render_html(article, text)`` gives one article as an HTML fragment (Jupyter
shows it inline); ``write_page`` writes one self-contained page for many
articles (index, filters, jump box), optionally with gold annotations beside the
prediction (``evaluate --html``). Records are read as plain dicts, as
``extractor.evaluate`` reads them, so gold files (which carry no offsets) and
predictions go through the same code.

Where a highlight comes from:
- quotes, round evidence and launch evidence carry character offsets: they are
  highlighted there, after checking that the text at those offsets is the
  recorded text (a record extracted from another version of the text gets a
  note instead of wrong highlights);
- amounts, valuations, companies, investors, speakers and model names carry no
  offsets: each is searched for as a whole word (spaces, apostrophes and dashes
  of any kind match each other) inside its fact's evidence, else within
  ``REACH`` characters of it, nearest first; a speaker's surname alone is
  accepted when the full name is not there. Only the one nearest occurrence is
  highlighted; a name not found there is listed in the table as "not found",
  never guessed elsewhere. Gold facts, which have no evidence, are searched for
  in the whole text.

displaCy's span renderer (``spacy.displacy`` style "span") was weighed and not
used: it renders a list of tokens joined by spaces, so the text shown is not
the article's text (newlines and spacing are lost, offsets no longer hold); its
spans carry only a label, with no id or link to a table row; and it writes
several hundred bytes of inline style per token, too heavy for a page of 1,000
articles. Its idea is kept: overlapping spans are stacked as layers (see
``segment``), each layer's underline drawn below the ones it contains.
"""

import html
import io
import json
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

# How far around a fact's evidence a name without offsets is looked for.
REACH = 600
# Longest quote shown in a table cell; the whole quote is in the text beside it.
CELL_QUOTE_CHARS = 180

# Kinds of highlight, in the order of the legend and the filters.
KINDS = ("amount", "valuation", "company", "investor", "quote", "speaker", "model", "round", "launch")
KIND_LABELS = {
    "amount": "amount", "valuation": "valuation", "company": "company", "investor": "investor",
    "quote": "quote", "speaker": "speaker", "model": "model", "round": "round evidence",
    "launch": "launch evidence",
}
ROW_LABELS = {**KIND_LABELS, "round": "round", "launch": "evidence"}
# The field of extractor.evaluate whose pairing decides a row's status, by kind of row.
PRIMARY_FIELD = {
    "round": "rounds", "amount": "amount", "valuation": "valuation", "company": "company",
    "investor": "investors", "quote": "quotes", "speaker": "quote+speaker", "model": "model_launches",
}
# Fields shown as a badge on a row when they fail (a lead not found, a wrong date...).
SECONDARY_FIELDS = {"round": ("round_type", "round_date"), "investor": ("lead_investors",)}
BADGES = {"round_type": "type", "round_date": "date", "lead_investors": "lead"}


def _e(value: Any) -> str:
    """HTML-escaped text, safe in element content and in quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


# --- text segmentation -----------------------------------------------------


@dataclass(frozen=True)
class Highlight:
    """A span of the text to mark: [start, end), the kind of fact, and the row it belongs to."""

    start: int
    end: int
    kind: str
    row: str  # the DOM id of the fact's table row
    title: str = ""
    classes: tuple[str, ...] = ()
    anchor: str | None = None  # DOM id for the first piece (rows link to it)


@dataclass
class _Piece:
    highlight: Highlight
    start: int
    slot: int  # index in the output list of its opening tag
    first: bool
    height: int = 0  # nesting levels inside it


def segment(text: str, highlights: Iterable[Highlight]) -> str:
    """The escaped text with every highlight as a ``<mark>``.

    The text is cut at every highlight boundary. Highlights that nest (a quote
    holding an amount) become nested marks, the longer one outside; two that
    cross are split: the inner one is closed where the outer one ends and
    reopened right after, so every mark is well-formed HTML. Each mark (or
    piece of one) carries ``data-start`` / ``data-end``: the offsets of the text
    it holds, so ``text[start:end]`` is exactly its content. ``data-lv`` is the
    number of layers inside it plus one: the stylesheet draws its underline that
    much lower, so nested underlines stay visible.
    """
    spans = sorted(
        (h for h in highlights if 0 <= h.start < h.end <= len(text)),
        key=lambda h: (h.start, -h.end, KINDS.index(h.kind) if h.kind in KINDS else 99),
    )
    out: list[str] = []
    stack: list[_Piece] = []
    bounds = sorted({0, len(text), *(h.start for h in spans), *(h.end for h in spans)})
    next_span = 0

    def open_piece(h: Highlight, at: int, first: bool) -> None:
        stack.append(_Piece(h, at, len(out), first))
        out.append("")  # the opening tag, written when the piece closes and its end is known

    def close_top(at: int) -> _Piece:
        piece = stack.pop()
        piece.height += 1
        if stack:
            stack[-1].height = max(stack[-1].height, piece.height)
        h = piece.highlight
        classes = " ".join((f"k-{h.kind}", *h.classes))
        anchor = f' id="{_e(h.anchor)}"' if piece.first and h.anchor else ""
        title = f' title="{_e(h.title)}"' if h.title else ""
        out[piece.slot] = (
            f'<mark class="{_e(classes)}" data-fact="{_e(h.row)}" data-start="{piece.start}" '
            f'data-end="{at}" data-lv="{min(piece.height, 6)}"{anchor}{title}>'
        )
        out.append("</mark>")
        return piece

    for index, at in enumerate(bounds):
        if any(p.highlight.end == at for p in stack):
            reopen: list[Highlight] = []
            while any(p.highlight.end == at for p in stack):
                piece = close_top(at)
                if piece.highlight.end != at:  # crosses an ending span: continued after it
                    reopen.append(piece.highlight)
            for h in reversed(reopen):
                open_piece(h, at, first=False)
        while next_span < len(spans) and spans[next_span].start == at:
            open_piece(spans[next_span], at, first=True)
            next_span += 1
        if index + 1 < len(bounds):
            out.append(_e(text[at:bounds[index + 1]]))
    return "".join(out)


# --- finding names in the text ----------------------------------------------

_FLEXIBLE = {
    " ": r"[\s\u00a0\u202f]+", "\u00a0": r"[\s\u00a0\u202f]+", "\u202f": r"[\s\u00a0\u202f]+",
    "'": "['\u2019]", "\u2019": "['\u2019]", "-": "[-\u2010\u2011\u2013]", "\u2011": "[-\u2010\u2011\u2013]",
}


def _pattern(needle: str) -> re.Pattern[str]:
    parts = []
    for char in needle.strip():
        flexible = _FLEXIBLE.get(char) or (_FLEXIBLE[" "] if char.isspace() else None)
        if flexible:
            if parts and parts[-1] == flexible:
                continue
            parts.append(flexible)
        else:
            parts.append(re.escape(char))
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)")


def locate(text: str, needle: str | None, around: list[tuple[int, int]] | None,
           reach: int = REACH) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``text``: the occurrence nearest to the spans
    ``around`` (inside one counts as distance 0) within ``reach`` characters of
    one; with no ``around``, the first occurrence in the whole text."""
    if not needle or not needle.strip():
        return None
    pattern = _pattern(needle)
    if not around:
        found = pattern.search(text)
        return (found.start(), found.end()) if found else None
    best: tuple[int, tuple[int, int]] | None = None
    for start, end in around:
        window_start, window_end = max(0, start - reach), min(len(text), end + reach)
        for found in pattern.finditer(text, window_start, window_end):
            s, e = found.start(), found.end()
            distance = 0 if start <= s and e <= end else min(abs(s - end), abs(start - e))
            if best is None or distance < best[0]:
                best = (distance, (s, e))
    return best[1] if best else None


def _surname(name: str) -> str | None:
    words = name.split()
    return words[-1] if len(words) >= 2 and len(words[-1]) > 2 and words[-1][:1].isupper() else None


# --- facts: table rows and their highlights --------------------------------


@dataclass
class Row:
    """One fact in a table: what it says, where it is in the text."""

    key: tuple  # ("amount", 0), ("investor", 0, 2)... as in extractor.evaluate.match_article
    kind: str
    label: str  # HTML, already escaped
    sub: bool = False  # shown under its round or quote
    spans: list[tuple[int, int]] = field(default_factory=list)
    lead: bool = False  # an investor leading its round
    missing: str | None = None  # why it has no highlight
    status: str | None = None  # "ok", "missed", "extra" (with gold)
    badges: list[str] = field(default_factory=list)


def _money_label(money: dict) -> str:
    value = money.get("value")
    amount = f"{value:,.0f}".replace(",", "\u202f") if isinstance(value, (int, float)) else "?"
    approx = " · approx." if money.get("approximate") else ""
    return f"<q>{_e(money.get('text'))}</q> = {_e(amount)} {_e(money.get('currency') or '')}{approx}"


def _checked_spans(text: str, evidence: list[dict], notes: list[str]) -> list[tuple[int, int]]:
    spans = []
    for span in evidence or []:
        start, end = span.get("start"), span.get("end")
        if (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
                and text[start:end] == span.get("text", text[start:end])):
            spans.append((start, end))
        else:
            notes.append(f"evidence at {start}-{end} does not match the text; not highlighted")
    return spans


def _place(row: Row, text: str, needle: str | None, around: list[tuple[int, int]] | None,
           fallback: str | None = None) -> None:
    where = locate(text, needle, around) or (locate(text, fallback, around) if fallback else None)
    if where:
        row.spans.append(where)
    else:
        row.missing = "not found near its evidence" if around else "not found in the text"


def fact_rows(record: dict, text: str, notes: list[str]) -> list[Row]:
    """The rows of one record's fact table, with the text offsets of each fact.

    ``record`` is an Article as a dict (a prediction, or gold without offsets).
    Problems (offsets that do not fit the text) are appended to ``notes``.
    """
    rows: list[Row] = []
    for r, rnd in enumerate(record.get("funding_rounds") or []):
        evidence = _checked_spans(text, rnd.get("evidence") or [], notes)
        label = " · ".join(x for x in (
            _e(rnd.get("round_type") or "unspecified"),
            f"<q>{_e(rnd['round_label'])}</q>" if rnd.get("round_label") else "",
            _e(rnd.get("date")) if rnd.get("date") else "",
        ) if x)
        row = Row(("round", r), "round", f"round {r + 1}: {label}", spans=list(evidence))
        rows.append(row)
        around = evidence or None
        company = rnd.get("company")
        row = Row(("company", r), "company", _e(company) if company else "<i>none found</i>", sub=True)
        if company:
            _place(row, text, company, around)
        else:
            row.missing = "no company"
        rows.append(row)
        for name in ("amount", "valuation"):
            money = rnd.get(name)
            if money:
                row = Row((name, r), name, _money_label(money), sub=True)
                _place(row, text, money.get("text"), around)
                rows.append(row)
        for i, investor in enumerate(rnd.get("investors") or []):
            lead = bool(investor.get("lead"))
            existing = {True: "existing", False: "new"}.get(investor.get("existing"), "")
            label = " · ".join(x for x in (
                "<strong>lead</strong>" if lead else "", _e(investor.get("name")),
                _e(investor.get("kind") or ""), existing) if x)
            row = Row(("investor", r, i), "investor", label, sub=True, lead=lead)
            _place(row, text, investor.get("name"), around)
            rows.append(row)
    for q, quote in enumerate(record.get("quotes") or []):
        start, end, words = quote.get("start"), quote.get("end"), quote.get("text") or ""
        short = words if len(words) <= CELL_QUOTE_CHARS else words[:CELL_QUOTE_CHARS] + "…"
        manner = "direct" if quote.get("direct") else "reported"
        verb = f" · {_e(quote['verb'])}" if quote.get("verb") else ""
        row = Row(("quote", q), "quote", f"«\u00a0{_e(short)}\u00a0» · {manner}{verb}")
        if isinstance(start, int) and isinstance(end, int):
            if 0 <= start < end <= len(text) and text[start:end] == words:
                row.spans.append((start, end))
            else:
                notes.append(f"quote at {start}-{end} does not match the text; not highlighted")
                row.missing = "offsets do not match the text"
        else:
            _place(row, text, words, None)
        rows.append(row)
        speaker = quote.get("speaker") or {}
        name, organization = speaker.get("name"), speaker.get("organization")
        if name or organization:
            details = ", ".join(_e(x) for x in (speaker.get("title"), organization) if x)
            label = f"{_e(name)} — {details}" if name and details else _e(name) or details
            row = Row(("speaker", q), "speaker", label, sub=True)
            around = rows[-1].spans or None  # the quote's own span
            if name:
                _place(row, text, name, around, fallback=_surname(name))
            else:
                _place(row, text, organization, around)
            rows.append(row)
    for m, launch in enumerate(record.get("model_launches") or []):
        evidence = _checked_spans(text, launch.get("evidence") or [], notes)
        weights = {True: "open weights", False: "closed weights"}.get(launch.get("open_weights"),
                                                                     "weights not said")
        label = " · ".join(x for x in (
            f"<strong>{_e(launch.get('name'))}</strong>", _e(launch.get("organization") or ""), weights) if x)
        row = Row(("model", m), "model", label)
        _place(row, text, launch.get("name"), evidence or None)
        rows.append(row)
        if evidence:
            rows.append(Row(("launch", m), "launch", "evidence of the launch", sub=True,
                            spans=list(evidence)))
    return rows


def apply_statuses(rows: list[Row], matches: dict, side: str) -> None:
    """Mark each row ok / missed / extra from ``extractor.evaluate.match_article``.

    ``side`` is "gold" or "pred". A row whose key is an item of its primary
    field gets "ok" when that item is paired, else "missed" (gold) or "extra"
    (prediction); secondary fields that fail add a badge.
    """
    paired: dict[str, dict[tuple, bool]] = {}
    for name, match in matches.items():
        items = match.gold if side == "gold" else match.pred
        done = {g if side == "gold" else p for g, p in match.pairs}
        paired[name] = {key: index in done for index, keys in enumerate(items) for key in keys}
    wrong = "missed" if side == "gold" else "extra"
    for row in rows:
        primary = PRIMARY_FIELD.get(row.kind)
        if primary and row.key in paired.get(primary, {}):
            row.status = "ok" if paired[primary][row.key] else wrong
        for secondary in SECONDARY_FIELDS.get(row.kind, ()):
            if paired.get(secondary, {}).get(row.key) is False:
                row.badges.append(BADGES[secondary])


# --- one article ------------------------------------------------------------


def _describe(row: Row) -> str:
    """A row's label as plain text, for a mark's tooltip."""
    return html.unescape(re.sub(r"<[^>]+>", "", row.label))


def _highlights(rows: list[Row], prefix: str, table: str) -> Iterator[Highlight]:
    for n, row in enumerate(rows, 1):
        classes = []
        if row.lead:
            classes.append("lead")
        if row.status in ("missed", "extra"):
            classes.append(row.status)
        title = f"{KIND_LABELS[row.kind]}: {_describe(row)}"
        for i, (start, end) in enumerate(row.spans):
            yield Highlight(start, end, row.kind, f"{prefix}-{table}{n}", title, tuple(classes),
                            anchor=f"{prefix}-{table}m{n}" if i == 0 else None)


def _table(rows: list[Row], prefix: str, table: str, caption: str) -> str:
    lines = [f'<table class="facts"><caption>{_e(caption)}</caption>']
    if not rows:
        lines.append('<tr><td class="none" colspan="3">no facts</td></tr>')
    for n, row in enumerate(rows, 1):
        classes = " ".join(x for x in (f"k-{row.kind}", "sub" if row.sub else "", row.status or "") if x)
        if row.spans:
            where = f'<a href="#{prefix}-{table}m{n}" title="show in the text">{n}</a>'
        else:
            where = f'<span class="nowhere" title="{_e(row.missing or "")}">{n}</span>'
        badges = "".join(f' <span class="badge">✗ {_e(b)}</span>' for b in row.badges)
        status = f' <span class="status">{_e(row.status)}</span>' if row.status in ("missed", "extra") else ""
        missing = f' <span class="missing">({_e(row.missing)})</span>' if row.missing and not row.spans else ""
        lines.append(
            f'<tr id="{prefix}-{table}{n}" class="{classes}"><td class="n">{where}</td>'
            f'<td class="kind"><span class="swatch"></span>{_e(ROW_LABELS.get(row.kind, row.kind))}</td>'
            f"<td>{row.label}{status}{badges}{missing}</td></tr>"
        )
    lines.append("</table>")
    return "\n".join(lines)


@dataclass
class Summary:
    """What the index says of one article."""

    index: int
    id: str
    counts: dict[str, int]
    warnings: list[str]
    kinds: set[str]
    missed: int = 0
    extra: int = 0


def render_article(record: dict, text: str, index: int, gold: dict | None = None,
                   matches: dict | None = None) -> tuple[str, Summary]:
    """One article's section (warnings, highlighted text, fact tables) and its index entry.

    With ``gold`` (and the ``matches`` of ``extractor.evaluate.match_article``
    between prediction and gold), the gold table is shown too, rows marked
    missed / extra, and missed gold facts are highlighted where they are found.
    """
    prefix = f"a{index}"
    notes: list[str] = []
    rows = fact_rows(record, text, notes)
    gold_rows = fact_rows(gold, text, []) if gold is not None else []
    if matches is not None:
        apply_statuses(rows, matches, "pred")
        apply_statuses(gold_rows, matches, "gold")
    highlights = list(_highlights(rows, prefix, "f"))
    highlights += [h for h in _highlights(gold_rows, prefix, "g") if "missed" in h.classes]
    warnings = [str(w) for w in record.get("warnings") or []]
    counts = {
        "rounds": len(record.get("funding_rounds") or []),
        "quotes": len(record.get("quotes") or []),
        "models": len(record.get("model_launches") or []),
    }
    kinds = {row.kind for row in rows}
    if warnings:
        kinds.add("warning")
    summary = Summary(index, str(record.get("id", index)), counts, warnings, kinds)
    if gold is not None:
        summary.missed = sum(r.status == "missed" for r in gold_rows)
        summary.extra = sum(r.status == "extra" for r in rows)
        if summary.missed or summary.extra:
            summary.kinds.add("error")

    published = f' <span class="date">{_e(record.get("published"))}</span>' if record.get("published") else ""
    parts = [
        f'<section class="article" id="{prefix}" data-id="{_e(summary.id)}" '
        f'data-kinds="{_e(" ".join(sorted(summary.kinds)))}">',
        f'<h2><a href="#{prefix}" class="self">#</a> {_e(summary.id)}{published}</h2>',
    ]
    if warnings or notes:
        parts.append('<ul class="warnings">')
        parts += [f'<li class="warning">{_e(w)}</li>' for w in warnings]
        parts += [f'<li class="note">review: {_e(n)}</li>' for n in notes]
        parts.append("</ul>")
    parts.append('<div class="body">')
    parts.append(f'<div class="text">{segment(text, highlights)}</div>')
    parts.append('<div class="side">')
    parts.append(_table(rows, prefix, "f", "extracted" if gold is not None else "facts"))
    if gold is not None:
        parts.append(_table(gold_rows, prefix, "g", "gold"))
    parts.append("</div></div></section>")
    return "\n".join(parts), summary


# --- pages -----------------------------------------------------------------

_STYLE = """
.fnx{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f}
.fnx .article{scroll-margin-top:7em;border-top:2px solid #ccd;padding:.4em 0 1.2em;content-visibility:auto;contain-intrinsic-size:auto 900px}
.fnx h2{font-size:1.1em;margin:.3em 0}.fnx h2 .date{color:#667;font-weight:normal;font-size:.9em}
.fnx a.self{color:#99a;text-decoration:none}
.fnx .warnings{margin:.2em 0 .6em;padding:.3em .6em .3em 1.6em;background:#fff4e5;border-left:4px solid #f08c00}
.fnx .warnings .note{color:#7a4b00}
.fnx .body{display:flex;gap:1.2em;align-items:flex-start}
.fnx .text{flex:3 1 0;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9}
.fnx .side{flex:2 1 0;min-width:0;position:sticky;top:0;max-height:100vh;overflow:auto}
.fnx table.facts{border-collapse:collapse;width:100%;font-size:.86em;margin-bottom:.8em}
.fnx table.facts caption{text-align:left;font-weight:bold;padding:.2em 0}
.fnx table.facts td{border-bottom:1px solid #e4e4ea;padding:.15em .35em;vertical-align:top}
.fnx table.facts tr.sub td:nth-child(2){padding-left:1.2em}
.fnx td.n{width:2em;text-align:right}.fnx td.kind{white-space:nowrap;color:#445}
.fnx .swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em;border-radius:2px;vertical-align:-1px}
.fnx .nowhere{color:#aaa}.fnx .missing{color:#999;font-style:italic}
.fnx tr.missed td,.fnx tr.extra td{background:#ffe3e3}.fnx tr.ok td:first-child{box-shadow:inset 3px 0 #2f9e44}
.fnx .status,.fnx .badge{font-size:.8em;font-weight:bold;color:#c92a2a;text-transform:uppercase}
.fnx tr.flash td{outline:2px solid #1c7ed6}
.fnx mark{color:inherit;border-radius:2px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone;cursor:pointer}
.fnx mark.k-round,.fnx mark.k-launch{background:transparent;border-bottom:2px dotted}
.fnx mark.k-quote{background:#fff6cc;border-bottom:2px solid #e8b500}
.fnx mark[data-lv="2"]{padding-bottom:4px}.fnx mark[data-lv="3"]{padding-bottom:7px}
.fnx mark[data-lv="4"]{padding-bottom:10px}.fnx mark[data-lv="5"],.fnx mark[data-lv="6"]{padding-bottom:13px}
.fnx mark.lead{outline:2px solid #7048e8;font-weight:600}
.fnx mark.lead::before{content:"\\2605";font-size:.7em;color:#7048e8}
.fnx mark.extra{outline:2px dashed #e03131}.fnx mark.missed{outline:2px dashed #e03131;background:repeating-linear-gradient(45deg,#ffe3e3 0 4px,#fff 4px 8px)}
.fnx mark.lit{box-shadow:0 0 0 3px #1c7ed6}
.fnx .legend{display:flex;flex-wrap:wrap;gap:.3em .8em;align-items:center;font-size:.9em}
.fnx .legend label{white-space:nowrap;cursor:pointer}
"""
_COLOURS = {
    "amount": "#b2f2bb", "valuation": "#99e9f2", "company": "#bac8ff", "investor": "#e5dbff",
    "quote": "#fff6cc", "speaker": "#ffd8a8", "model": "#fcc2d7", "round": "#748ffc", "launch": "#e64980",
}


def _kind_style() -> str:
    rules = []
    for kind, colour in _COLOURS.items():
        rules.append(f".fnx tr.k-{kind} .swatch{{background:{colour}}}")
        if kind in ("round", "launch"):
            rules.append(f".fnx mark.k-{kind}{{border-bottom-color:{colour}}}")
        elif kind != "quote":
            rules.append(f".fnx mark.k-{kind}{{background:{colour}}}")
        rules.append(f".fnx.hide-{kind} mark.k-{kind}{{background:transparent;border-bottom-color:transparent;"
                     f"outline:none}}")
    return "\n".join(rules)


STYLE = _STYLE + _kind_style()

_PAGE_STYLE = """
body{margin:0}.fnx.page{padding:0 1.2em 3em}
.fnx header{position:sticky;top:0;z-index:5;background:#f8f9fa;border-bottom:1px solid #ccd;padding:.4em 0;margin:0 -1.2em;padding:.4em 1.2em}
.fnx header h1{font-size:1.2em;margin:0 0 .3em}.fnx header .controls{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:center}
.fnx .side{top:6.5em;max-height:calc(100vh - 7em)}
.fnx table.index{border-collapse:collapse;font-size:.85em;margin:.6em 0}
.fnx table.index th,.fnx table.index td{padding:.1em .6em;border-bottom:1px solid #e4e4ea;text-align:right}
.fnx table.index td:nth-child(2),.fnx table.index th:nth-child(2){text-align:left}
.fnx table.index td.bad{color:#c92a2a;font-weight:bold}
.fnx details.index-box{margin:.6em 0}.fnx pre.scores{background:#f1f3f5;padding:.5em;display:inline-block}
.fnx .failed{color:#c92a2a}
.fnx .hidden{display:none}
"""

# Static (no data is ever written into it): marks and rows light each other up,
# the filter hides articles without the chosen kind of fact, the jump box goes to
# an article by id, the checkboxes switch a kind's highlights on and off.
_SCRIPT = """
(function () {
  if (window.fnxReviewReady) return;
  window.fnxReviewReady = true;
  function rowsOf(id) { var r = document.getElementById(id); return r ? [r] : []; }
  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest ? ev.target.closest("mark[data-fact]") : null;
    if (!mark) return;
    rowsOf(mark.getAttribute("data-fact")).forEach(function (row) {
      row.scrollIntoView({block: "nearest"});
      row.classList.add("flash");
      setTimeout(function () { row.classList.remove("flash"); }, 1500);
    });
  });
  function light(ev, on) {
    var row = ev.target.closest ? ev.target.closest("tr[id]") : null;
    if (!row) return;
    var id = row.id, article = row.closest("section");
    (article || document).querySelectorAll("mark[data-fact]").forEach(function (m) {
      if (m.getAttribute("data-fact") === id) m.classList.toggle("lit", on);
    });
  }
  document.addEventListener("mouseover", function (ev) { light(ev, true); });
  document.addEventListener("mouseout", function (ev) { light(ev, false); });
  var root = document.querySelector(".fnx.page");
  if (!root) return;
  var filter = document.getElementById("fnx-filter");
  function applyFilter() {
    var want = filter.value;
    document.querySelectorAll("[data-kinds]").forEach(function (el) {
      var kinds = el.getAttribute("data-kinds").split(" ");
      el.classList.toggle("hidden", want !== "" && kinds.indexOf(want) < 0);
    });
    var shown = document.querySelectorAll("section.article:not(.hidden)").length;
    document.getElementById("fnx-shown").textContent = shown;
  }
  filter.addEventListener("change", applyFilter);
  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      root.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
    });
  });
  var jump = document.getElementById("fnx-jump");
  function go() {
    var want = jump.value.trim();
    var found = null;
    document.querySelectorAll("section.article").forEach(function (s) {
      if (!found && s.getAttribute("data-id") === want) found = s;
    });
    if (found) { found.classList.remove("hidden"); location.hash = found.id; jump.setCustomValidity(""); }
    else { jump.setCustomValidity("no article with this id"); jump.reportValidity(); }
  }
  jump.addEventListener("change", go);
  jump.addEventListener("keydown", function (ev) { if (ev.key === "Enter") go(); });
  applyFilter();
  root.setAttribute("data-ready", "1");
})();
"""


class ReviewHTML(str):
    """An HTML string that Jupyter shows rendered (``_repr_html_``)."""

    def _repr_html_(self) -> str:
        return str(self)


_fragments = itertools.count()


def render_html(article: Any, text: str) -> ReviewHTML:
    """One article as an HTML fragment: its text with every fact highlighted and
    the fact table beside it. ``article`` is an ``Article`` or its dict; ``text``
    the text it was extracted from (offsets refer to it). The fragment carries
    its own style and script, and shows inline in Jupyter; it is a ``str``."""
    record = article.model_dump() if hasattr(article, "model_dump") else dict(article)
    section, _ = render_article(record, text, next(_fragments))
    return ReviewHTML(f'<div class="fnx"><style>{STYLE}</style>\n{section}\n<script>{_SCRIPT}</script></div>')


@dataclass
class Entry:
    """One article of a page: its record, its text, and gold if any."""

    record: dict
    text: str
    gold: dict | None = None
    matches: dict | None = None


def _index(summaries: list[Summary], with_gold: bool) -> str:
    head = "<tr><th>#</th><th>article</th><th>rounds</th><th>quotes</th><th>models</th><th>warnings</th>"
    head += "<th>missed</th><th>extra</th></tr>" if with_gold else "</tr>"
    lines = ['<table class="index">', head]
    for s in summaries:
        warn = f'<td class="bad" title="{_e(" | ".join(s.warnings))}">{len(s.warnings)}</td>' if s.warnings else "<td>0</td>"
        cells = (f'<td>{s.index + 1}</td><td><a href="#a{s.index}">{_e(s.id)}</a></td>'
                 f'<td>{s.counts["rounds"]}</td><td>{s.counts["quotes"]}</td><td>{s.counts["models"]}</td>{warn}')
        if with_gold:
            cells += "".join(f'<td class="{"bad" if n else ""}">{n}</td>' for n in (s.missed, s.extra))
        lines.append(f'<tr data-kinds="{_e(" ".join(sorted(s.kinds)))}">{cells}</tr>')
    lines.append("</table>")
    return "\n".join(lines)


def _controls(ids: list[str], with_gold: bool) -> str:
    options = [("", "all articles"), ("round", "with a funding round"), ("quote", "with a quote"),
               ("model", "with a model launch"), ("investor", "with an investor"), ("warning", "with warnings")]
    if with_gold:
        options.append(("error", "with missed or extra facts"))
    select = "".join(f'<option value="{_e(v)}">{_e(label)}</option>' for v, label in options)
    boxes = "".join(
        f'<label class="k-{k}"><input type="checkbox" checked data-kind="{k}"> '
        f'<mark class="k-{k}">{_e(KIND_LABELS[k])}</mark></label>' for k in KINDS)
    datalist = "".join(f'<option value="{_e(i)}">' for i in ids)
    return (
        '<div class="controls">'
        f'<label>show <select id="fnx-filter">{select}</select></label> '
        '<span><span id="fnx-shown"></span> shown</span>'
        '<label>go to <input id="fnx-jump" list="fnx-ids" placeholder="article id" size="22">'
        f'<datalist id="fnx-ids">{datalist}</datalist></label>'
        f'<span class="legend">{boxes}</span></div>'
    )


def write_page(out: TextIO, entries: Iterable[Entry], title: str = "fr-news-extractor review",
               preamble: str = "", failures: Iterable[tuple[str, str]] = ()) -> int:
    """Write one self-contained HTML page (inline style and script, no network)
    for ``entries`` to ``out``; ``preamble`` is trusted HTML shown under the
    title (a score table), ``failures`` (input, reason) pairs listed on top.
    Returns the number of articles."""
    sections: list[str] = []
    summaries: list[Summary] = []
    with_gold = False
    for index, entry in enumerate(entries):
        section, summary = render_article(entry.record, entry.text, index, entry.gold, entry.matches)
        with_gold = with_gold or entry.gold is not None
        sections.append(section)
        summaries.append(summary)
    failures = list(failures)
    csp = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
           "img-src data:; form-action 'none'; base-uri 'none'")
    out.write(
        "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}{_PAGE_STYLE}</style></head>\n"
        '<body><div class="fnx page"><header>'
        f"<h1>{_e(title)} — {len(summaries)} article{'s' if len(summaries) != 1 else ''}</h1>"
        f"{_controls([s.id for s in summaries], with_gold)}</header>\n"
    )
    if preamble:
        out.write(preamble + "\n")
    if failures:
        out.write('<ul class="failed">' + "".join(
            f"<li>not included: {_e(path)}: {_e(reason)}</li>" for path, reason in failures) + "</ul>\n")
    out.write('<details class="index-box" open><summary>index</summary>\n')
    out.write(_index(summaries, with_gold))
    out.write("\n</details>\n")
    for section in sections:
        out.write(section)
        out.write("\n")
    out.write(f"</div><script>{_SCRIPT}</script></body></html>\n")
    return len(summaries)


def page_html(entries: Iterable[Entry], title: str = "fr-news-extractor review", preamble: str = "",
              failures: Iterable[tuple[str, str]] = ()) -> str:
    """``write_page`` into a string."""
    out = io.StringIO()
    write_page(out, entries, title, preamble, failures)
    return out.getvalue()


# --- inputs ------------------------------------------------------------------

# Inputs with these suffixes are records already extracted (JSON Lines, or a JSON
# array or object), shown with their texts; any other input is extracted.
RECORD_SUFFIXES = (".jsonl", ".json")


def is_record_file(path: str) -> bool:
    return path.lower().endswith(RECORD_SUFFIXES)


def read_records(path: str) -> Iterator[tuple[str, dict | str]]:
    """(where, record or reason) for each record of a JSON Lines file, a JSON array
    or one JSON object; a line that is not an Article gives a reason, not a stop."""
    from pydantic import ValidationError

    from extractor.inputs import InputError
    from extractor.models import Article

    try:
        with open(path, encoding="utf-8-sig") as file:
            raw = file.read()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(getattr(err, "strerror", None) or str(err)) from None
    stripped = raw.lstrip()
    if stripped.startswith(("[", "{")) and not path.lower().endswith(".jsonl"):
        try:
            loaded = json.loads(stripped)
        except json.JSONDecodeError as err:
            raise InputError(f"not JSON: {err.msg} at line {err.lineno}") from None
        items = [(f"{path}[{i}]", item) for i, item in enumerate(loaded if isinstance(loaded, list) else [loaded])]
    else:
        items = []
        for number, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                try:
                    items.append((f"{path}:{number}", json.loads(line)))
                except json.JSONDecodeError as err:
                    items.append((f"{path}:{number}", f"not JSON: {err.msg}"))
    for where, item in items:
        if isinstance(item, str):
            yield where, item
            continue
        try:
            yield where, Article.model_validate(item).model_dump()
        except ValidationError as err:
            first = err.errors()[0]
            place = ".".join(str(x) for x in first["loc"])
            yield where, f"not an Article: {place}: {first['msg']}"


def record_entries(paths: list[str], texts_dir: str, max_chars: int) -> Iterator[tuple[str, Entry | str]]:
    """(where, Entry or reason) for the records of ``paths``, each with its text:
    the file of ``texts_dir`` whose id (as ``extract`` gives ids) is the record's."""
    from extractor.batch import collect_inputs, load_document
    from extractor.inputs import InputError

    by_id = {item.id: item for item in collect_inputs([texts_dir])}
    for path in paths:
        try:
            records = list(read_records(path))
        except InputError as err:
            yield path, str(err)
            continue
        for where, record in records:
            if isinstance(record, str):
                yield where, record
                continue
            item = by_id.get(record["id"])
            if item is None:
                yield where, f"no text for id {record['id']!r} in {texts_dir}"
                continue
            try:
                yield where, Entry(record, load_document(item, max_chars).text)
            except InputError as err:
                yield where, f"{item.display}: {err}"


def extracted_entries(paths: list[str], extractor, workers: int = 1, batch_size: int = 32,
                      max_chars: int = 10_000_000) -> Iterator[tuple[str, Entry | str]]:
    """(where, Entry or reason) for text inputs (files, directories, ``-``), extracted
    as ``extract`` does; each Entry keeps the text its offsets refer to."""
    from extractor.api import Failed
    from extractor.batch import collect_inputs, load_document
    from extractor.inputs import InputError

    def payloads() -> Iterator[tuple[tuple, Any]]:
        for item in collect_inputs(paths):
            try:
                document = load_document(item, max_chars)
            except InputError as err:
                yield (item, None), Failed(str(err))
                continue
            yield (item, document.text), document

    for (item, text), outcome in extractor.stream(payloads(), batch_size=batch_size, n_process=workers):
        if isinstance(outcome, Failed):
            yield item.display, outcome.reason
        else:
            yield item.display, Entry(outcome.model_dump(), text)


def stored_entries(db_path: str, max_chars: int = 10_000_000) -> Iterator[tuple[str, Entry | str]]:
    """(where, Entry or reason) for each article stored by ``extract --db``, with the
    text read again from its source path; a text that is gone or no longer hashes
    to the stored SHA-256 gives a reason, since the stored offsets would not fit it."""
    from extractor.batch import STDIN, Input, load_document, text_digest
    from extractor.inputs import InputError
    from extractor.store import Store

    with Store(db_path) as store:
        for stored in store.articles():
            article, source = stored.article, stored.source_path
            where = source or article.id
            if source is None or source == "<stdin>":
                yield where, f"{article.id}: text was read from standard input and not kept"
                continue
            try:
                text = load_document(Input(article.id, source if source != STDIN else f"./{source}"),
                                     max_chars).text
            except InputError as err:
                yield where, str(err)
                continue
            if text_digest(text) != stored.text_sha256:
                yield where, "text changed since it was stored (SHA-256 differs); extract --db again"
                continue
            yield where, Entry(article.model_dump(), text)
