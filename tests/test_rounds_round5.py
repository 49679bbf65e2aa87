"""Funding rounds, round 5: a dateline opening a paragraph ("SION –", "LILLE (AFP) -",
"Québec —") is never a round's company nor an investor, and a "crédit" is a debt round
only when its sentence tells of a loan to a company, not of public spending; on
invented French sentences."""

import pytest

from extractor.company import dateline, paragraph_label
from extractor.round_types import find_round_mentions


@pytest.mark.parametrize("text, place", [
    ("SION – Le conseil général a adopté le budget.", "SION"),
    ("LILLE (AFP) - Les élus ont voté mardi.", "LILLE"),
    ("BOURG-EN-BRESSE – La ville a lancé un chantier.", "BOURG-EN-BRESSE"),
    ("LA CHAUX-DE-FONDS (ATS) – Une usine ferme.", "LA CHAUX-DE-FONDS"),
    ("Nantes (Reuters) — Le tribunal a tranché.", "Nantes"),
])
def test_dateline_place(text, place):
    found = dateline(text)
    assert found is not None and text[found[0]:found[1]] == place
    assert paragraph_label(text) is None


@pytest.mark.parametrize("text", [
    # A round-up heading: the name, a dash and the amount.
    "BRIVO – 12 M€ en amorçage",
    # A company with its city in brackets is no wire agency.
    "Brivo (Lyon) – La jeune pousse a levé 3 M€.",
    # A title-case name: a dateline only where the parser says it is a place.
    "Brivo – La jeune pousse a levé 3 M€.",
])
def test_not_a_dateline_without_place_clues(text):
    assert dateline(text) is None


def test_title_case_label_kept_without_place_clue():
    assert paragraph_label("Brivo – La jeune pousse a levé 3 M€.") == "Brivo"


@pytest.mark.parametrize("sentence, debt", [
    ("Le conseil municipal a voté un crédit de 12 millions pour la rénovation du stade.", False),
    ("Les députés ont accepté un crédit de 40 millions de francs destiné aux routes.", False),
    ("Brivo a obtenu un crédit de 5 millions d'euros pour construire son usine.", True),
    ("Un pool de banques a accordé un crédit de 8 M€ à Brivo.", True),
    ("Brivo a contracté un crédit de 2 M€.", True),
])
def test_credit_is_debt_only_as_a_loan(sentence, debt):
    kinds = [m.round_type for m in find_round_mentions(sentence)]
    assert ("debt" in kinds) is debt


def _rounds(extractor, text):
    return extractor.extract(text).funding_rounds


def test_council_credit_after_dateline_is_no_round(extractor):
    text = ("SION – Le conseil général a accepté un crédit de 9,2 millions de francs "
            "pour l'agrandissement du collège.")
    assert _rounds(extractor, text) == []


def test_dateline_is_not_the_company_nor_an_investor(extractor):
    text = ("GENÈVE – La jeune pousse Ondrix a levé 4 millions de francs auprès de Kelvo Capital "
            "pour développer ses capteurs.")
    rounds = _rounds(extractor, text)
    assert len(rounds) == 1
    assert rounds[0].company == "Ondrix"
    names = [i.name for i in rounds[0].investors]
    assert "GENÈVE" not in names and "Kelvo Capital" in names


def test_dateline_with_agency_is_not_the_company(extractor):
    text = "LILLE (AFP) - La start-up a bouclé un tour de table de 6 millions d'euros."
    rounds = _rounds(extractor, text)
    assert all(r.company != "LILLE" for r in rounds)


def test_company_loan_is_still_a_debt_round(extractor):
    text = "Ondrix a obtenu un crédit de 3 millions d'euros auprès de ses banques pour financer son usine."
    rounds = _rounds(extractor, text)
    assert len(rounds) == 1 and rounds[0].round_type == "debt" and rounds[0].company == "Ondrix"


def test_title_case_dateline_is_not_the_company(extractor):
    text = "Montréal — La jeune pousse a bouclé un tour de table de 3 millions de dollars."
    rounds = _rounds(extractor, text)
    assert all(r.company != "Montréal" for r in rounds)


def test_dateline_place_is_no_investor():
    from extractor.investors import find_investors

    sentence = "TOULON (AFP) - Kelvo Capital et Selva Partners ont investi 5 millions d'euros dans Ondrix."
    names = [f.name for f in find_investors(sentence)]
    assert "TOULON" not in names and "Kelvo Capital" in names and "Selva Partners" in names
