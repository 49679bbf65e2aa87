"""The development corpus figures must not drop below the level reached.

Skipped where ../shared/corpus/dev is absent (a user's checkout).
"""

from extractor.evaluate import below_floors, format_table, score_directory

# Minimum F1 per field on ../shared/corpus/dev, set a little under the level
# the extractor reached, so that a regression fails the suite.
FLOORS = {
    "amount": 0.98,
    "round_type": 0.98,
    "valuation": 0.98,
    "company": 0.98,
    "investors": 0.98,
    "lead_investors": 0.98,
    "round_date": 0.95,
    "quotes": 0.98,
    "quote+speaker": 0.98,
    "model_launches": 0.98,
    "headline": 0.98,
}


def test_dev_corpus_figures_do_not_drop(extractor, dev_corpus):
    scores = score_directory(extractor, dev_corpus)
    below = below_floors(scores, FLOORS)
    assert not below, f"F1 below floor on the dev corpus: {below}\n{format_table(scores)}"
