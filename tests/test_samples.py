"""The hand-annotated samples in samples/: their gold is well-formed, and the
extractor reaches a minimum per-field F1 on them.

samples/ is a second test set written independently of the development
corpus; each NN-name.txt has its expected Article in NN-name.json.
"""

import json
from pathlib import Path

import pytest

from extractor.article import parse_header
from extractor.evaluate import below_floors, format_table, score_directory
from extractor.models import Article

# Minimum F1 per field on samples/, set a little under the level the extractor
# reached, so that a regression fails the suite.
FLOORS = {
    "amount": 0.98,
    "round_type": 0.95,
    "valuation": 0.98,
    "company": 0.98,
    "investors": 0.95,
    "lead_investors": 0.98,
    "round_date": 0.95,
    "quotes": 0.98,
    "quote+speaker": 0.98,
    "model_launches": 0.95,
    "headline": 0.97,
}

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
STEMS = sorted(p.stem for p in SAMPLES.glob("*.json"))
ARTICLE_FIELDS = {"id", "published", "funding_rounds", "quotes", "model_launches"}


def _text(stem: str) -> str:
    return (SAMPLES / f"{stem}.txt").read_text(encoding="utf-8")


def _gold(stem: str) -> dict:
    return json.loads((SAMPLES / f"{stem}.json").read_text(encoding="utf-8"))


def _with_offsets(gold: dict, text: str) -> dict:
    """A copy of the gold with the offsets the contract requires and the gold leaves out."""
    article = json.loads(json.dumps(gold))
    for funding_round in article["funding_rounds"]:
        funding_round["evidence"] = []
    for launch in article["model_launches"]:
        launch["evidence"] = []
    for quote in article["quotes"]:
        quote["start"] = text.find(quote["text"])
        quote["end"] = quote["start"] + len(quote["text"])
    return article


def test_samples_are_present():
    assert len(STEMS) >= 12
    assert all((SAMPLES / f"{stem}.txt").is_file() for stem in STEMS)


@pytest.mark.parametrize("stem", STEMS)
def test_sample_gold_is_consistent(stem):
    text, gold = _text(stem), _gold(stem)

    assert set(gold) == ARTICLE_FIELDS
    assert gold["id"] == stem
    Article.model_validate(_with_offsets(gold, text))

    header = parse_header(text).published
    if header is not None:
        assert gold["published"] == header

    # Surface forms are copied from the article, non-breaking spaces included.
    for funding_round in gold["funding_rounds"]:
        for money in (funding_round["amount"], funding_round["valuation"]):
            if money is not None:
                assert money["text"] in text, money["text"]
        if funding_round["company"] is not None:
            assert funding_round["company"] in text
        for investor in funding_round["investors"]:
            assert investor["name"] in text, investor["name"]
    for quote in gold["quotes"]:
        assert quote["text"] in text, quote["text"]
    for launch in gold["model_launches"]:
        assert launch["name"] in text, launch["name"]


def test_extractor_scores_on_samples(extractor):
    scores = score_directory(extractor, SAMPLES)
    assert sum(s.tp + s.fn for s in scores.values()) > 0
    below = below_floors(scores, FLOORS)
    assert not below, f"F1 below floor on samples/: {below}\n{format_table(scores)}"
