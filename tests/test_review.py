"""The review page: highlights sit exactly on their offsets, every text is escaped,
rows and marks link to each other, and gold statuses agree with the scores.

Most tests build records by hand and need no model; the sample tests extract once."""

import json
from pathlib import Path

import pytest
from review_html import parse

from extractor import render_html
from extractor.evaluate import match_article, read_gold, score_corpus
from extractor.review import Entry, Highlight, fact_rows, locate, page_html, segment

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def marks_of(html_text: str):
    parsed = parse(f'<section class="article"><div class="text">{html_text}</div></section>')
    return parsed.articles[0]


def assert_marks_hold(article, text: str) -> None:
    """The text block is the whole text, and each mark holds the text at its offsets."""
    assert article.text == text
    for mark in article.marks:
        assert mark.text == text[mark.start:mark.end], mark.attrs


# --- segment -----------------------------------------------------------------

TEXT = "« Nous levons 12 M€ », dit Inès Marchal de Cargonaute."


def hl(start: int, end: int, kind: str, row: str = "r") -> Highlight:
    return Highlight(start, end, kind, row)


@pytest.mark.parametrize("spans", [
    [(2, 19, "quote"), (13, 19, "amount")],  # an amount inside a quote
    [(0, 21, "round"), (2, 19, "quote"), (13, 19, "amount")],  # three levels
    [(2, 19, "quote"), (13, 30, "round")],  # crossing spans
    [(13, 30, "round"), (2, 19, "quote"), (9, 40, "launch")],  # several crossings
    [(13, 19, "amount"), (13, 19, "valuation")],  # the same span twice
    [(2, 13, "quote"), (13, 19, "amount")],  # touching
    [(5, 5, "amount"), (-1, 3, "company"), (50, 99, "company")],  # empty or outside: dropped
    [],
])
def test_segment_marks_hold_their_text(spans):
    highlights = [hl(s, e, k, f"r{i}") for i, (s, e, k) in enumerate(spans)]
    article = marks_of(segment(TEXT, highlights))
    assert_marks_hold(article, TEXT)
    kept = {(s, e, k) for s, e, k in spans if 0 <= s < e <= len(TEXT)}
    # Every kept highlight is covered exactly by its pieces, and nothing else is marked.
    for s, e, k in kept:
        pieces = sorted((m.start, m.end) for m in article.marks if f"k-{k}" in m.classes)
        covered = [i for a, b in pieces for i in range(a, b)]
        assert covered == list(range(s, e))
    assert {m.classes[0] for m in article.marks} == {f"k-{k}" for _, _, k in kept}


def test_an_amount_in_a_quote_is_a_mark_inside_the_quote_mark():
    article = marks_of(segment(TEXT, [hl(13, 19, "amount"), hl(2, 19, "quote")]))
    quote, amount = article.marks
    assert "k-quote" in quote.classes and "k-amount" in amount.classes
    assert amount.parents == [quote]
    assert quote.attrs["data-lv"] == "2" and amount.attrs["data-lv"] == "1"


def test_crossing_spans_are_split_into_well_formed_pieces():
    # quote 2-19 and round 13-30 cross: the round is opened inside the quote,
    # closed where the quote ends and reopened after it.
    article = marks_of(segment(TEXT, [hl(2, 19, "quote"), hl(13, 30, "round")]))
    pieces = [(m.classes[0], m.start, m.end) for m in article.marks]
    assert pieces == [("k-quote", 2, 19), ("k-round", 13, 19), ("k-round", 19, 30)]


# --- escaping ------------------------------------------------------------------

HOSTILE_TEXT = (
    "date 2024-01-02\n<script>alert('x')</script> La société <b>Ex&amp;Co</b> \"lève\" 3 M€ "
    "auprès de Fonds \"Alpha' & <Cie>. « Citation » sans fin \" ' ` </div></mark>\n"
)
HOSTILE_ID = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


def hostile_record(text: str) -> dict:
    start = text.index("La société")
    end = text.index(". «") + 1
    return {
        "id": HOSTILE_ID,
        "published": "2024-01-02\"><i>",
        "funding_rounds": [{
            "company": "Ex&amp;Co", "round_type": "seed", "round_label": "<b>amorçage</b>",
            "amount": {"value": 3e6, "currency": "EUR", "text": "3 M€", "approximate": False},
            "investors": [{"name": "Fonds \"Alpha' & <Cie>", "kind": "fund", "lead": True, "existing": None},
                          {"name": "<script>alert(3)</script>", "kind": "unknown"}],
            "evidence": [{"start": start, "end": end, "text": text[start:end]}],
        }],
        "quotes": [{"text": "Citation", "direct": True, "verb": "dit\"<",
                    "speaker": {"name": "<img src=y onerror=alert(4)>", "title": "'\"", "organization": "&lt;"},
                    "start": text.index("Citation"), "end": text.index("Citation") + 8}],
        "model_launches": [{"name": "M<1>&", "organization": None, "open_weights": None, "evidence": []}],
        "warnings": ["<script>alert(5)</script>", "a \"quoted' warning & more"],
    }


@pytest.mark.parametrize("build", ["fragment", "page"])
def test_hostile_text_and_names_stay_text(build):
    record = hostile_record(HOSTILE_TEXT)
    if build == "fragment":
        page = render_html(record, HOSTILE_TEXT)
    else:
        page = page_html([Entry(record, HOSTILE_TEXT)], title="<script>t</script>")
    parsed = parse(page)
    # Only the page's own script, no element or handler smuggled in by the data.
    tags = [tag for tag, _ in parsed.elements]
    assert tags.count("script") == 1 and "img" not in tags and "b" not in tags and "i" not in tags
    assert not [a for _, attrs in parsed.elements for a in attrs if a.startswith("on")]
    assert "alert" not in parsed.scripts[0]
    (article,) = parsed.articles
    assert article.data_id == HOSTILE_ID
    assert_marks_hold(article, HOSTILE_TEXT)
    kinds = {m.classes[0] for m in article.marks}
    # the company, amount, lead investor (with quotes and <> in its name) and quote are found
    assert {"k-company", "k-amount", "k-investor", "k-quote", "k-round"} <= kinds
    lead = next(m for m in article.marks if "lead" in m.classes)
    assert lead.text == "Fonds \"Alpha' & <Cie>"
    assert lead.attrs["title"].endswith("Fonds \"Alpha' & <Cie> · fund")
    assert "<script>alert(5)</script>" in page.replace("&lt;", "<").replace("&gt;", ">")


def test_marks_and_rows_link_to_each_other():
    record = hostile_record(HOSTILE_TEXT)
    parsed = parse(page_html([Entry(record, HOSTILE_TEXT)]))
    ids = set(parsed.ids)
    assert len(ids) == len(parsed.ids), "DOM ids are unique"
    (article,) = parsed.articles
    for mark in article.marks:
        assert mark.attrs["data-fact"] in ids
    internal = [h[1:] for h in parsed.hrefs if h.startswith("#")]
    assert internal and all(target in ids for target in internal)


# --- locating names -------------------------------------------------------------

@pytest.mark.parametrize("text, needle, around, expected", [
    # the occurrence nearest to the evidence, not the first in the text
    ("Alan ici. " + "x" * 50 + " Alan là.", "Alan", [(60, 70)], (61, 65)),
    # whole words only
    ("Alana et Alan.", "Alan", [(0, 14)], (9, 13)),
    # typographic spaces, apostrophes and dashes match plain ones
    ("Fonds\u00a0d\u2019Avenir lève", "Fonds d'Avenir", [(0, 10)], (0, 14)),
    ("Jean\u2011Paul parle", "Jean-Paul", None, (0, 9)),
    # no evidence: the first occurrence in the whole text
    ("Alan, puis Alan.", "Alan", None, (0, 4)),
    # out of reach of the evidence, or absent: not found
    ("Alan " + "x" * 700 + " fin", "Alan", [(700, 710)], None),
    ("rien ici", "Alan", None, None),
])
def test_locate(text, needle, around, expected):
    assert locate(text, needle, around) == expected


def test_offsets_that_do_not_fit_the_text_give_a_note_not_a_mark():
    text = "La start-up Alpha lève 2 M€."
    record = {"id": "x", "funding_rounds": [{
        "company": "Alpha", "round_type": "seed",
        "evidence": [{"start": 0, "end": 10, "text": "autre texte"}]}],
        "quotes": [{"text": "lève", "direct": True, "start": 3, "end": 7}]}
    notes: list[str] = []
    rows = fact_rows(record, text, notes)
    assert len(notes) == 2
    assert rows[0].spans == [] and next(r for r in rows if r.kind == "quote").spans == []
    article = parse(render_html(record, text)).articles[0]
    assert_marks_hold(article, text)
    assert {m.text for m in article.marks} == {"Alpha"}  # found in the whole text: no evidence left


def test_a_name_not_near_its_evidence_is_listed_not_highlighted():
    text = "Beta investit. " + "x" * 800 + " La start-up Alpha lève 2 M€ auprès de Gamma."
    start = text.index("La start-up")
    record = {"id": "x", "funding_rounds": [{
        "company": "Alpha", "round_type": "seed", "investors": [{"name": "Beta"}],
        "evidence": [{"start": start, "end": len(text), "text": text[start:]}]}]}
    rows = fact_rows(record, text, [])
    beta = next(r for r in rows if r.kind == "investor")
    assert beta.spans == [] and beta.missing == "not found near its evidence"
    assert "not found near its evidence" in render_html(record, text)


def test_a_speaker_found_by_surname_near_the_quote():
    text = "Inès Marchal dirige Alpha.\n" + "y" * 700 + "\n« On recrute », ajoute Marchal."
    start = text.index("On recrute")
    record = {"id": "x", "quotes": [{"text": "On recrute", "direct": True, "start": start, "end": start + 10,
                                     "speaker": {"name": "Inès Marchal"}}]}
    rows = fact_rows(record, text, [])
    (speaker,) = [r for r in rows if r.kind == "speaker"]
    assert [text[s:e] for s, e in speaker.spans] == ["Marchal"]
    assert speaker.spans[0][0] > start


def test_render_html_is_a_string_jupyter_shows():
    html_text = render_html({"id": "x"}, "Rien à signaler.")
    assert isinstance(html_text, str)
    assert html_text._repr_html_() == html_text
    assert "no facts" in html_text


# --- gold beside prediction ---------------------------------------------------------


def test_statuses_agree_with_the_scores():
    text = (SAMPLES / "01-levee-serie-a.txt").read_text(encoding="utf-8")
    gold = json.loads((SAMPLES / "01-levee-serie-a.json").read_text(encoding="utf-8"))
    pred = json.loads(json.dumps(gold))
    pred["funding_rounds"][0]["amount"]["value"] = 13e6  # wrong amount: one missed, one extra
    del pred["funding_rounds"][0]["investors"][1]  # an investor missed
    pred["funding_rounds"][0]["investors"].append({"name": "Fonds Imaginaire", "kind": "fund"})  # extra
    pred["quotes"] = pred["quotes"][:1]  # a quote missed
    matches = match_article(pred, gold)
    scores = score_corpus([(pred, gold)])
    parsed = parse(page_html([Entry(pred, text, gold, matches)]))
    rows = {attrs["id"]: attrs["class"].split() for tag, attrs in parsed.elements if tag == "tr" and "id" in attrs}

    def count(table: str, kind: str, status: str) -> int:
        return sum(1 for i, c in rows.items() if f"-{table}" in i and f"k-{kind}" in c and status in c)

    for kind, name in (("amount", "amount"), ("investor", "investors"), ("quote", "quotes")):
        assert count("g", kind, "missed") == scores[name].fn, kind
        assert count("f", kind, "extra") == scores[name].fp, kind
    # a name in two rounds is one item of the investors field but two rows: ok counted where one row is one item
    for kind, name in (("amount", "amount"), ("quote", "quotes")):
        assert count("f", kind, "ok") == scores[name].tp, kind
    assert (scores["amount"].fn, scores["investors"].fn, scores["investors"].fp, scores["quotes"].fn) == (1, 1, 1, 1)
    # the missed amount is highlighted in the text as missed, where the gold's text stands
    (article,) = parsed.articles
    assert_marks_hold(article, text)
    missed = [m for m in article.marks if "missed" in m.classes]
    assert {m.text for m in missed} >= {"12 M€", "Demeter"}
    extra = [m for m in article.marks if "extra" in m.classes]
    assert any(m.text == "12 M€" for m in extra)  # the prediction's amount, with its wrong value


# --- on the samples, extracted ----------------------------------------------------------


@pytest.fixture(scope="module")
def sample_entries(extractor):
    from extractor.review import extracted_entries

    return [outcome for _, outcome in extracted_entries([str(SAMPLES)], extractor)]


def test_every_sample_highlight_holds_its_text(sample_entries):
    assert len(sample_entries) == 15
    parsed = parse(page_html(sample_entries))
    assert len(parsed.articles) == 15
    ids = set(parsed.ids)
    assert len(ids) == len(parsed.ids), "DOM ids are unique"
    total = 0
    for entry, article in zip(sample_entries, parsed.articles):
        assert article.data_id == entry.record["id"]
        assert_marks_hold(article, entry.text)
        assert all(m.attrs["data-fact"] in ids for m in article.marks)
        total += len(article.marks)
        # every quote of the record is highlighted at its offsets
        spans = {(m.start, m.end) for m in article.marks if "k-quote" in m.classes}
        assert {(q["start"], q["end"]) for q in entry.record["quotes"]} <= spans
    assert total > 200


def test_most_sample_names_are_found_near_their_evidence(sample_entries):
    rows = [r for e in sample_entries for r in fact_rows(e.record, e.text, [])
            if r.kind in ("company", "amount", "valuation", "investor", "speaker", "model")]
    placed = sum(bool(r.spans) for r in rows)
    assert placed / len(rows) > 0.9, [r.label for r in rows if not r.spans]


def test_samples_against_their_gold(sample_entries):
    golds = read_gold(SAMPLES)
    entries = [Entry(e.record, e.text, golds[e.record["id"]], match_article(e.record, golds[e.record["id"]]))
               for e in sample_entries]
    parsed = parse(page_html(entries))
    for entry, article in zip(entries, parsed.articles):
        assert_marks_hold(article, entry.text)
