"""``fr-news-extractor review`` and ``evaluate --html``, run in-process."""

import json
import shutil
from pathlib import Path

import pytest
from review_html import parse

from extractor.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
HOSTILE = "date 2024-05-06\n<script>alert(1)</script> La start-up Ex&amp;Co lève 3 millions d'euros. « Fin \"\n"


@pytest.fixture(autouse=True)
def _model(nlp):
    """The commands load the model; loading it here keeps timings honest."""


def texts_of(directory: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in directory.glob("*.txt")}


def test_review_of_text_files_with_a_bad_one(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLES / "01-levee-serie-a.txt", inputs)
    (inputs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    out = tmp_path / "review.html"
    code = main(["review", str(inputs), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1  # the binary file failed, the others are on the page
    assert "binary.txt: not a text file" in err and "done: 2 articles" in err
    parsed = parse(out.read_text(encoding="utf-8"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in inputs.glob("[0h]*.txt")}
    assert [a.data_id for a in parsed.articles] == ["01-levee-serie-a", "hostile"]
    for article in parsed.articles:
        assert article.text == texts[article.data_id]
        assert all(m.text == article.text[m.start:m.end] for m in article.marks)
    assert [tag for tag, _ in parsed.elements].count("script") == 1
    assert "not included: " in out.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".review.html*"))  # written atomically


def test_review_of_records_with_their_texts(tmp_path, capsys):
    records = tmp_path / "out.jsonl"
    assert main(["extract", str(SAMPLES / "01-levee-serie-a.txt"), str(SAMPLES / "08-lancement-modele-ouvert.txt"),
                 "-o", str(records)]) == 0
    with records.open("a", encoding="utf-8") as file:
        file.write('{"id": "ailleurs"}\n{"id": "01-levee-serie-a", "quotes": "x"}\nnot json\n')
    out = tmp_path / "review.html"
    code = main(["review", str(records), "--texts", str(SAMPLES), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "no text for id 'ailleurs'" in err and "not an Article: quotes" in err and "not JSON" in err
    parsed = parse(out.read_text(encoding="utf-8"))
    assert [a.data_id for a in parsed.articles] == ["01-levee-serie-a", "08-lancement-modele-ouvert"]
    texts = texts_of(SAMPLES)
    for article in parsed.articles:
        assert article.text == texts[article.data_id]
        assert article.marks and all(m.text == article.text[m.start:m.end] for m in article.marks)


@pytest.mark.parametrize("args, message", [
    (["records.jsonl"], "need --texts DIR"),
    (["x.txt", "--texts", "/nonexistent/dir"], "not a directory"),
    (["x.txt", "--workers", "0"], "--workers must be at least 1"),
    (["x.txt", "-o", "/nonexistent-dir/r.html"], "no such directory"),
])
def test_review_usage_errors(tmp_path, capsys, args, message):
    code = main(["review", "-o", str(tmp_path / "r.html"), *args])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_evaluate_html_shows_gold_beside_prediction(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in ("01-levee-serie-a", "08-lancement-modele-ouvert"):
        shutil.copy(SAMPLES / f"{stem}.txt", gold)
        record = json.loads((SAMPLES / f"{stem}.json").read_text(encoding="utf-8"))
        if stem.startswith("01"):
            record["funding_rounds"][0]["investors"].append(
                {"name": "Fonds Absent", "kind": "fund", "lead": False, "existing": False})
        (gold / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["evaluate", str(gold), "--html", str(out)]) == 0
    printed = capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    parsed = parse(page)
    assert len(parsed.articles) == 2
    # the score table printed is the one on the page
    assert printed.splitlines()[1] in page
    missed = [attrs for tag, attrs in parsed.elements
              if tag == "tr" and "missed" in attrs.get("class", "").split()]
    assert len(missed) == 1 and "k-investor" in missed[0]["class"]
    for article in parsed.articles:
        assert all(m.text == article.text[m.start:m.end] for m in article.marks)
