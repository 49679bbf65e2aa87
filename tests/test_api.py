"""The library API: empty and foreign texts, chunks of long texts, and streams
in which one failing document costs only itself."""

import pytest
import spacy
from spacy.language import Language
from spacy.util import minibatch

from extractor.api import EMPTY_WARNING, Document, Extractor, Failed, shift_offsets
from extractor.models import Article, ModelLaunch, Quote, Span

ARTICLE = (
    "date 2024-03-12\n"
    "La start-up parisienne Alan lève 10 millions d'euros auprès de Index Ventures. "
    "« Nous allons recruter », explique Jean Dupont, son directeur général."
)


# --- stand-in pipelines that fail on purpose, no model needed -----------------

@Language.component("test_fails_on_boum")
def _fails_on_boum(doc):
    if "BOUM" in doc.text:
        raise ValueError("BOUM\nsur deux lignes")
    return doc


class _BatchBreaker:
    """Fails a whole batch when one of its documents says BOUM, and ignores
    spaCy's error handlers, as spaCy's Cython parsers do."""

    def __call__(self, doc):
        if "BOUM" in doc.text:
            raise ValueError("BOUM")
        return doc

    def pipe(self, docs, batch_size=4):
        for batch in minibatch(docs, 4):
            if any("BOUM" in doc.text for doc in batch):
                raise ValueError("BOUM in the batch")
            yield from batch


@Language.factory("test_batch_breaker")
def _make_batch_breaker(nlp, name):
    return _BatchBreaker()


def _blank_extractor(component: str) -> Extractor:
    nlp = spacy.blank("fr")
    nlp.add_pipe(component)
    return Extractor(nlp, check_language=False)


def _stream(extractor, texts, batch_size=4):
    items = [(i, Document(str(i), text)) for i, text in enumerate(texts)]
    return list(extractor.stream(items, batch_size=batch_size))


@pytest.mark.parametrize("component", ["test_fails_on_boum", "test_batch_breaker"])
def test_one_failing_document_costs_only_itself(component):
    texts = [f"Texte numéro {i}." for i in range(10)]
    texts[5] = "Texte BOUM."
    results = _stream(_blank_extractor(component), texts)
    assert [key for key, _ in results] == list(range(10))
    failed = [key for key, result in results if isinstance(result, Failed)]
    assert failed == [5]
    assert all(isinstance(result, Article) and result.id == str(key)
               for key, result in results if key != 5)
    reason = results[5][1].reason
    assert reason.startswith("extraction failed: ValueError: BOUM") and "\n" not in reason


def test_long_texts_run_alone_and_keep_their_place(monkeypatch):
    import extractor.api

    monkeypatch.setattr(extractor.api, "BATCH_MAX_CHARS", 40)
    short, long = "Court.", "Un texte assez long pour passer hors des lots. " * 3
    texts = [short, long, short, long + "BOUM", short, long]
    results = _stream(_blank_extractor("test_fails_on_boum"), texts, batch_size=2)
    assert [key for key, _ in results] == list(range(6))
    assert [isinstance(result, Failed) for _, result in results] == [False, False, False, True, False, False]


def test_stream_passes_other_payloads_through_in_order():
    results = list(_blank_extractor("test_fails_on_boum").stream(
        [("a", Document("a", "Un.")), ("b", "déjà traité"), ("c", Document("c", "")),
         ("d", Document("d", "BOUM"))]))
    assert [key for key, _ in results] == ["a", "b", "c", "d"]
    assert results[1][1] == "déjà traité"
    assert results[2][1].warnings == [EMPTY_WARNING]
    assert isinstance(results[3][1], Failed)


def test_stream_reads_its_items_lazily():
    consumed = []

    def items():
        for i in range(200):
            consumed.append(i)
            yield i, Document(str(i), f"Texte {i}.")

    stream = _blank_extractor("test_fails_on_boum").stream(items(), batch_size=4)
    next(stream)
    assert len(consumed) < 20
    assert len(list(stream)) == 199


def test_extract_many_keeps_failures_aligned():
    articles = list(_blank_extractor("test_fails_on_boum").extract_many(["Un.", ("x", "BOUM"), "Trois."]))
    assert [a.id for a in articles] == ["0", "x", "2"]
    assert articles[1].warnings[0].startswith("extraction failed")


def test_extract_lets_pipeline_errors_propagate():
    with pytest.raises(ValueError, match="BOUM"):
        _blank_extractor("test_fails_on_boum").extract("BOUM")


def test_shift_offsets_moves_every_offset():
    article = Article(
        id="x",
        quotes=[Quote(text="ab", direct=True, start=1, end=3)],
        model_launches=[ModelLaunch(name="M", evidence=[Span(start=0, end=1, text="M")])],
    )
    shift_offsets(article, 10)
    assert (article.quotes[0].start, article.quotes[0].end) == (11, 13)
    assert article.model_launches[0].evidence[0].start == 10


# --- the real pipeline ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, published",
    [
        ("", None),
        ("   \n\t\u00a0\u202f ", None),
        ("date 2024-01-05\n", "2024-01-05"),
        (" date 2023-12 \n\n  ", "2023-12"),
    ],
)
def test_empty_input_gives_a_record_with_a_warning(extractor, text, published):
    article = extractor.extract(text, id="vide")
    assert article.id == "vide" and article.published == published
    assert article.warnings == [EMPTY_WARNING]
    assert not article.funding_rounds and not article.quotes and not article.model_launches


def test_english_text_is_processed_with_a_warning(extractor):
    article = extractor.extract(
        "Paris-based startup Alan has raised 10 million euros from Index Ventures, "
        "the company said on Tuesday in a statement to the press.", id="en")
    assert any(w.startswith("language:") for w in article.warnings)


def test_french_text_has_no_warning(extractor):
    assert extractor.extract(ARTICLE).warnings == []


def test_long_text_is_chunked_and_offsets_refer_to_the_whole_text(nlp, extractor):
    body = ARTICLE.split("\n", 1)[1]
    text = "date 2024-03-12\n" + "\n\n".join([body] * 30)
    whole = extractor.extract(text, id="long")
    chunked = Extractor(nlp, chunk_chars=1000).extract(text, id="long")
    assert chunked.published == "2024-03-12"
    assert any(w.startswith("long:") for w in chunked.warnings)
    assert len(chunked.quotes) == len(whole.quotes) == 30
    assert [(q.start, q.end) for q in chunked.quotes] == [(q.start, q.end) for q in whole.quotes]
    assert all(text[q.start:q.end] == q.text for q in chunked.quotes)
    spans = [s for r in chunked.funding_rounds for s in r.evidence]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
    assert {r.amount.value for r in chunked.funding_rounds if r.amount} == {10_000_000.0}


def test_extract_many_matches_extract(extractor):
    texts = [ARTICLE, "", "Mistral AI lance Mixtral 8x7B, un modèle ouvert.", ARTICLE[16:]]
    many = list(extractor.extract_many(texts, batch_size=2))
    assert [a.id for a in many] == ["0", "1", "2", "3"]
    assert many == [extractor.extract(t, id=str(i)) for i, t in enumerate(texts)]


def test_extract_many_with_two_processes_keeps_order(extractor):
    texts = [(f"a{i}", ARTICLE if i % 2 else f"Texte court numéro {i}.") for i in range(12)]
    one = list(extractor.extract_many(texts, batch_size=2))
    two = list(extractor.extract_many(texts, batch_size=2, n_process=2))
    assert [a.id for a in two] == [id for id, _ in texts]
    assert two == one


def test_closing_a_multiprocess_stream_early_ends_its_workers(extractor):
    # Results of a batch exceed a pipe's buffer: closing spaCy's pipe without
    # draining it would leave the workers blocked on sending, and hang.
    import multiprocessing

    before = set(multiprocessing.active_children())
    long_text = (ARTICLE[16:] + "\n\n") * 20
    stream = extractor.extract_many([long_text] * 100, batch_size=8, n_process=2)
    assert [next(stream).id for _ in range(3)] == ["0", "1", "2"]
    stream.close()
    assert set(multiprocessing.active_children()) - before == set()


def test_a_failing_rule_component_costs_only_its_own_facts(extractor, monkeypatch):
    from extractor.rounds import FundingRoundExtractor

    def breaks(self, doc):
        raise ValueError("BOUM")

    monkeypatch.setattr(FundingRoundExtractor, "__call__", breaks)
    results = _stream(extractor, [ARTICLE])
    article = results[0][1]
    assert isinstance(article, Article)
    assert article.funding_rounds == []
    assert [q.speaker.name for q in article.quotes] == ["Jean Dupont"]
    assert any(w.startswith("fr_funding_rounds failed") and "BOUM" in w for w in article.warnings)
