"""Bad inputs: encodings, binary data, HTML, other languages, very long and
arbitrary texts. Pure functions are tested without the model; the property
tests run the whole pipeline on generated text."""

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.api import chunk_spans
from extractor.inputs import InputError, decode, encoding_warning, html_to_text, language_warning

FRENCH = "La start-up française a levé 12 millions d’euros auprès de fonds européens, à Noël : « œuvre »."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (FRENCH.encode("utf-8"), "utf-8"),
        ("\ufeff".encode("utf-8") + FRENCH.encode("utf-8"), "utf-8"),
        (FRENCH.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + FRENCH.encode("utf-16-be"), "utf-16"),
        (FRENCH.encode("utf-32"), "utf-32"),
        (FRENCH.encode("cp1252"), "cp1252"),
        ("Élève à l'école, où il a été reçu.".encode("latin-1"), "cp1252"),
    ],
)
def test_decode_french_in_every_encoding(data, encoding):
    text, found = decode(data)
    assert found == encoding
    assert text.lstrip("\ufeff") in (FRENCH, "Élève à l'école, où il a été reçu.")


def test_decode_keeps_other_scripts():
    text, encoding = decode("Привет, как дела? Это тестовый текст на русском языке.".encode("cp1251"))
    assert text.startswith("Привет")
    assert encoding_warning(encoding) == f"encoding: decoded as {encoding}, not UTF-8"


@pytest.mark.parametrize(
    "data",
    [
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00",
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50,
        b"\xff\xfe\x00\xd8",  # UTF-16 BOM followed by a lone surrogate
    ],
)
def test_decode_refuses_binary(data):
    with pytest.raises(InputError, match="not a text file"):
        decode(data)


def test_utf8_needs_no_warning():
    assert encoding_warning("utf-8") is None


@pytest.mark.parametrize(
    "markup, text",
    [
        ("<p>Alan lève 10&nbsp;M€.</p>", "Alan lève 10\u00a0M€."),
        (("<html><head><title>Titre</title><style>p {color: red}</style></head>"
          "<body><h1>Qonto  lève\n 104 M€</h1><p>Texte.</p></body></html>"), "Qonto lève 104 M€\n\nTexte."),
        ("<p>Avant<script>var x = '<p>caché</p>';</script> après</p>", "Avant après"),
        ("<div>Un<br>Deux<br/>Trois</div>", "Un\nDeux\nTrois"),
        ("<ul><li>Premier</li><li>Second</li></ul>", "Premier\n\nSecond"),
        ("<p>« Nous sommes <em>ravis</em> », dit-il.</p>", "« Nous sommes ravis », dit-il."),
        ("<noscript>Activez JavaScript</noscript><p>Texte</p>", "Texte"),
        ("<p>non fermé <b>gras", "non fermé gras"),
        ("", ""),
    ],
)
def test_html_to_text(markup, text):
    assert html_to_text(markup) == text


@pytest.mark.parametrize(
    "text, warns",
    [
        (FRENCH, False),
        (("Ondine IA, la jeune pousse brestoise de l'apprentissage automatique, a confirmé jeudi avoir "
          "réuni 212 millions d'euros, une opération pilotée par Cormoran Capital."), False),
        (("The Brest-based startup raised 212 million euros in a round led by Cormoran Capital, "
          "the company said on Tuesday in a statement."), True),
        (("Das Unternehmen hat in einer Finanzierungsrunde 212 Millionen Euro eingesammelt, teilte "
          "es am Dienstag mit."), True),
        ("Alan lève 10 M€.", False),  # too short to judge
        ("12 34 56 78", False),
    ],
)
def test_language_warning(text, warns):
    assert (language_warning(text) is not None) == warns


def test_dev_corpus_reads_as_french(dev_corpus):
    flagged = [f.name for f in sorted(dev_corpus.glob("*.txt"))
               if language_warning(f.read_text(encoding="utf-8"))]
    assert flagged == []


@pytest.mark.parametrize(
    "text, limit",
    [
        ("Premier paragraphe.\n\nSecond paragraphe.\n\nTroisième paragraphe.", 30),
        ("Une phrase. Une autre phrase. Encore une phrase. Et une dernière.", 25),
        ("x" * 95, 10),
        ("court", 10),
        ("", 10),
    ],
)
def test_chunk_spans_cover_the_text_within_the_limit(text, limit):
    spans = chunk_spans(text, limit)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end - start <= limit for start, end in spans)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_chunk_spans_cut_after_paragraphs():
    text = "Premier paragraphe.\n\nSecond paragraphe.\n\nTroisième paragraphe."
    pieces = [text[s:e] for s, e in chunk_spans(text, 45)]
    assert pieces == ["Premier paragraphe.\n\nSecond paragraphe.\n\n", "Troisième paragraphe."]


# --- properties of the whole pipeline ------------------------------------------

FRAGMENTS = [
    "«", "»", "« ", " »", '"', "“", "”", "‘", "’", "'", "«»", "« « »",
    "10^400 millions €€", "1e308 milliards $", "999999999999999999999 Md€", "0,000 M€", "€€€",
    "12 M€", "1,5 milliard d'euros", "deux millions d'euros", "cent millions de dollars",
    "1\u202f500\u00a0000 €", "date 2024-02-30\n", "date 2023-12 ", "Série A", "série Z",
    "mené par", "auprès de", "selon", ", explique-t-il.", " a levé ", " lance ", "Mistral 7B",
    "le 31 février 2024", "en 2024", "hier", "\n\n", "\r\n", "\t", "\x00", "\x0b", "\u2028",
    "\u200b", "\ufeff", "🙂", "é", "e\u0301", "Ⅻ", "٣", "½", "…", "—", "-", " ", ".",
]
texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30
).map("".join)


def assert_offsets_valid(article, text):
    for funding_round in article.funding_rounds:
        for span in funding_round.evidence:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
        for money in (funding_round.amount, funding_round.valuation):
            assert money is None or money.text in text
    for launch in article.model_launches:
        for span in launch.evidence:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
    for quote in article.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_extract_never_raises_and_offsets_index_the_text(extractor, text):
    assert_offsets_valid(extractor.extract(text, id="x"), text)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(texts, min_size=1, max_size=8))
def test_chunked_extraction_offsets_index_the_whole_text(nlp, paragraphs):
    from extractor.api import Extractor

    text = "\n\n".join(p * 20 for p in paragraphs)
    article = Extractor(nlp, chunk_chars=1000).extract(text, id="x")
    assert_offsets_valid(article, text)


@pytest.mark.parametrize(
    "text, published",
    [
        ("date 2024-02-30\nTexte", "2024-02"),
        ("date 2023-02-29\nTexte", "2023-02"),
        ("date 2024-02-29\nTexte", "2024-02-29"),
    ],
)
def test_header_with_a_day_that_does_not_exist_keeps_its_month(text, published):
    from extractor.article import parse_header

    assert parse_header(text).published == published


def test_company_fallback_reads_broken_entity_tags(nlp):
    """The recogniser can leave an "I" tag without its "B" on odd real pages; the
    parser's antecedent for "la société" must still be read, not raise."""
    from spacy.attrs import ENT_IOB, ENT_TYPE

    from extractor.round_candidates import _parsed_antecedent, read_story

    text = ("Depuis 2019, Vexora fabrique des drones agricoles. Les agriculteurs du Nord apprécient "
            "Vexora. La société a levé 3 millions d'euros.")
    doc = nlp(text)
    tags = doc.to_array([ENT_IOB, ENT_TYPE])
    tags[tags[:, 0] == 3, 0] = 1  # every "B" becomes an "I"
    doc.from_array([ENT_IOB, ENT_TYPE], tags)
    with pytest.raises(ValueError):
        doc.ents  # what spaCy itself does with such tags
    found = _parsed_antecedent(read_story(doc, "money"), 0, text.index("3 millions"))
    assert found is not None and found.name == "Vexora"
