"""``review --db``: the articles stored by ``extract --db``, shown with their texts."""

import shutil
from pathlib import Path

import pytest
from review_html import parse

from extractor.batch import text_digest
from extractor.cli import main
from extractor.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CHOSEN = ("01-levee-serie-a", "03-depeche-croissance", "08-lancement-modele-ouvert")


@pytest.fixture(autouse=True)
def _model(nlp):
    """The commands load the model; loading it here keeps timings honest."""


def test_sample_articles_read_back_from_the_store_equal_the_extracted_ones(extractor, tmp_path):
    with Store(str(tmp_path / "news.sqlite")) as store:
        extracted = []
        for path in sorted(SAMPLES.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            article = extractor.extract(text, id=path.stem)
            store.put(article, text_digest(text), str(path))
            extracted.append(article)
        assert any(a.funding_rounds for a in extracted) and any(a.quotes for a in extracted)
        assert [s.article for s in store.articles()] == sorted(extracted, key=lambda a: a.id)


@pytest.fixture
def stored(tmp_path, monkeypatch):
    """A database written by extract --db from copies of samples, paths relative to tmp_path."""
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    for stem in CHOSEN:
        shutil.copy(SAMPLES / f"{stem}.txt", "in")
    assert main(["extract", "in", "--db", "news.sqlite", "-o", "out.jsonl"]) == 0
    return tmp_path


def test_review_db_highlights_the_stored_facts_in_their_texts(stored, capsys):
    assert main(["review", "--db", "news.sqlite", "-o", "review.html"]) == 0
    assert "done: 3 articles" in capsys.readouterr().err
    parsed = parse((stored / "review.html").read_text(encoding="utf-8"))
    assert [a.data_id for a in parsed.articles] == list(CHOSEN)
    for article in parsed.articles:
        assert article.text == (SAMPLES / f"{article.data_id}.txt").read_text(encoding="utf-8")
        assert article.marks and all(m.text == article.text[m.start:m.end] for m in article.marks)


def test_review_db_reports_changed_and_missing_texts_and_shows_the_rest(stored, capsys):
    changed = Path("in", f"{CHOSEN[0]}.txt")
    changed.write_text(changed.read_text(encoding="utf-8") + "\nUne ligne ajoutée.\n", encoding="utf-8")
    Path("in", f"{CHOSEN[1]}.txt").unlink()
    assert main(["review", "--db", "news.sqlite", "-o", "review.html"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"in/{CHOSEN[0]}.txt: text changed since it was stored" in err
    assert f"in/{CHOSEN[1]}.txt: no such file" in err
    assert "done: 1 article in review.html, 2 failed" in err
    page = (stored / "review.html").read_text(encoding="utf-8")
    assert [a.data_id for a in parse(page).articles] == [CHOSEN[2]]
    assert "not included: " in page and "text changed since it was stored" in page


@pytest.mark.parametrize("args, message", [
    (["--db", "news.sqlite", "in"], "--db and INPUT paths cannot be combined"),
    ([], "give either INPUT paths or --db FILE"),
    (["--db", "absent.sqlite"], "absent.sqlite: no such database"),
])
def test_review_db_usage_errors(stored, capsys, args, message):
    assert main(["review", "-o", "r.html", *args]) == 2
    assert message in capsys.readouterr().err
    assert not Path("r.html").exists()
