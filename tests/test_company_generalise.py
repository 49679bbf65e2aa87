"""Families of invented sentences for the company and amount of a round: each
construction told in several tenses, word orders and wordings, with near-misses
the rules must not catch."""

import pytest


def _companies(extractor, text):
    return [(r.company, r.amount.value if r.amount else None) for r in extractor.extract(text).funding_rounds]


# Raise verbs in every tense the press uses, and their participles.
@pytest.mark.parametrize("text, expected", [
    ("Vexo levait 3 millions d'euros il y a deux ans.", [("Vexo", 3e6)]),
    ("Norial leva 3 millions d'euros en 2019.", [("Norial", 3e6)]),
    ("Kalima accélère en levant 5 millions d'euros auprès de Selva.", [("Kalima", 5e6)]),
    ("Orbo obtenait 2 millions d'euros de Selva en 2020.", [("Orbo", 2e6)]),
    ("La start-up Vexo réunissait alors 2 millions d'euros.", [("Vexo", 2e6)]),
    ("Norial-2 collectait 800 000 euros auprès de ses clients.", [("Norial-2", 8e5)]),
    ("Les 2 millions d'euros obtenus par Kalima financeront son usine.", [("Kalima", 2e6)]),
    # Near-misses: a market of buyers, a verb of another sense.
    ("Les acheteurs recevant 200 euros de remise sont nombreux.", []),
    ("Les clients réunissaient 300 euros en moyenne par panier.", []),
])
def test_raise_verbs_in_other_tenses(extractor, text, expected):
    assert _companies(extractor, text) == expected
