"""Regression guard: investors read sentence by sentence from the real press corpus.

Reads ../shared/corpus/real (gold) and the rebuilt texts (folder ``$FR_NEWS_REAL_TEXTS``,
by default ``realcorpus`` in the system temp folder); skipped when they are absent.
Scores ``find_investors`` alone over every sentence (no model, no round assembly), so a
drop here is the investor rules' own. Floors sit just under what the rules reach.
"""

import os
import tempfile
from pathlib import Path

import pytest

from extractor.evaluate import names_match, read_gold
from extractor.investors import find_investors
from extractor.round_candidates import split_sentences

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"
TEXTS = Path(os.environ.get("FR_NEWS_REAL_TEXTS", Path(tempfile.gettempdir()) / "realcorpus"))

# (half, F1 floor)
FLOORS = [("odd", 0.86), ("even", 0.70)]


def _sentence_level_f1(half: str) -> float:
    tp = n_pred = n_gold = 0
    for stem, gold in read_gold(GOLD, half).items():
        text = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8")
        wanted = list(dict.fromkeys(i["name"] for r in gold.get("funding_rounds", []) for i in r["investors"]))
        found = list(dict.fromkeys(f.name for s, e in split_sentences(text) for f in find_investors(text[s:e], s)))
        used: set[str] = set()
        for name in wanted:
            match = next((p for p in found if p not in used and names_match(name, p)), None)
            if match is not None:
                used.add(match)
        tp += len(used)
        n_pred += len(found)
        n_gold += len(wanted)
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@pytest.mark.skipif(not GOLD.is_dir() or not TEXTS.is_dir() or len(list(TEXTS.glob("*.txt"))) < 131,
                    reason="real press texts not rebuilt")
@pytest.mark.parametrize("half, floor", FLOORS)
def test_investors_in_real_press_sentences(half, floor):
    assert _sentence_level_f1(half) >= floor
