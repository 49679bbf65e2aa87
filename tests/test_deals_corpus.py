"""The written deals corpus: extraction from the texts, then deals, scored against
the gold deals table (pairwise merge precision / recall, see benchmarks/deals_corpus)."""

import json
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.evaluate import score_deals
from extractor.round_merge import deals_of_articles

CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "deals_corpus"
GOLD = CORPUS / "gold_deals.json"
# Floors of the issue; the corpus reached P 1.000 / R 1.000 when they were set.
MIN_PRECISION, MIN_RECALL = 0.95, 0.90


@pytest.fixture(scope="module")
def predicted(extractor) -> list[dict]:
    texts = sorted(CORPUS.glob("*.txt"))
    articles = extractor.extract_many((f.stem, f.read_text(encoding="utf-8")) for f in texts)
    return [deal.to_dict() for deal in deals_of_articles(articles)]


def test_the_corpus_is_what_its_readme_says():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["deals"]
    texts = {f.stem for f in CORPUS.glob("*.txt")}
    assert len(texts) >= 20 and len(gold) >= 6
    assert all(2 <= len(d["mentions"]) <= 5 for d in gold)
    assert {m["article"] for d in gold for m in d["mentions"]} == texts
    for deal in gold:  # each report of a deal comes from another outlet
        outlets = [m["outlet"] for m in deal["mentions"]]
        assert len(set(outlets)) == len(outlets), deal["id"]


def test_deals_reach_the_pairwise_floors(predicted):
    scores = score_deals(predicted, json.loads(GOLD.read_text(encoding="utf-8")))
    assert scores.precision >= MIN_PRECISION, (scores.mixed, scores.precision)
    assert scores.recall >= MIN_RECALL, (scores.split, scores.recall)


def test_evaluate_deals_on_the_command_line(predicted, capsys, tmp_path):
    deals_file = tmp_path / "deals.jsonl"
    deals_file.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in predicted), encoding="utf-8")
    assert main(["evaluate", "--deals", str(GOLD), "--predictions", str(deals_file)]) == 0
    out = capsys.readouterr().out
    scores = score_deals(predicted, json.loads(GOLD.read_text(encoding="utf-8")))
    assert f"pairwise merge precision {scores.precision:.3f}  recall {scores.recall:.3f}" in out
