"""Funding rounds, round 6: other money than a round's, found on a sweep of French pages
outside the corpora. Every sentence is invented; pure functions, no model."""

import pytest

from extractor.round_amounts import ROUND, classify_amount


def _amount_kind(sentence, figure):
    start = sentence.index(figure)
    return classify_amount(sentence, start, start + len(figure))


@pytest.mark.parametrize("sentence, figure", [
    # A running total whose noun stands between the verb and the amount.
    ("Vexo a récolté 7 millions d'euros, portant son total pour la période à 12 millions d'euros.",
     "12 millions d'euros"),
    ("Vexo a récolté 7 millions d'euros, ce qui porte la somme levée par la jeune pousse à 12 millions d'euros.",
     "12 millions d'euros"),
    # A listed company's share buyback.
    ("Le groupe a levé 2 milliards d'euros de dette et lancera un rachat d'actions de 300 millions d'euros.",
     "300 millions d'euros"),
    # A funder's money spread over many companies.
    ("Le fonds régional a levé l'an dernier 2 milliards d'euros dans 400 jeunes pousses.", "2 milliards d'euros"),
    ("Le fonds a injecté 80 millions d'euros en direct dans 25 PME du Grand Est.", "80 millions d'euros"),
])
def test_not_a_round(sentence, figure):
    assert _amount_kind(sentence, figure) is None


@pytest.mark.parametrize("sentence, figure", [
    ("Vexo a levé 7 millions d'euros auprès de 3 fonds européens.", "7 millions d'euros"),
    ("Vexo a levé 7 millions d'euros à 2 ans de son lancement.", "7 millions d'euros"),
    ("Vexo a levé 7 millions d'euros, portant ses effectifs à 40 personnes.", "7 millions d'euros"),
])
def test_still_a_round(sentence, figure):
    assert _amount_kind(sentence, figure) == ROUND


@pytest.mark.parametrize("text, expected", [
    # A participle clause opening the sentence is no name.
    ("Annoncé lundi, le palmarès régional distingue un fabricant de drones, qui a ", None),
    ("Installée à Lyon, Vexo a ", "Vexo"),
])
def test_a_fronted_participle_is_no_company(text, expected):
    from extractor.company import subject_of

    found = subject_of(text)
    assert (found.name if found.kind == "name" else None) == expected


def _rounds(extractor, text):
    return [(r.company, r.amount.value if r.amount else None) for r in extractor.extract(text).funding_rounds]


def test_countries_and_continents_sum_a_market(extractor):
    text = ("Le Portugal a levé 90 millions d'euros ce trimestre, contre la Suède (700 millions d'euros) "
            "et l'Espagne (500 millions d'euros).")
    assert _rounds(extractor, text) == []


def test_a_valuation_said_with_evaluee_autour_de_is_no_round(extractor):
    text = ("Vexo a conclu une série D de 480 millions de dollars. Selon la presse, la société serait "
            "évaluée autour de 5 milliards de dollars.")
    assert _rounds(extractor, text) == [("Vexo", 480_000_000.0)]


@pytest.mark.parametrize("sentence, figure", [
    ("Le programme de la région a levé 38 M€ pour 70 start-up.", "38 M€"),
])
def test_money_for_many_companies_is_no_round(sentence, figure):
    assert _amount_kind(sentence, figure) is None


def test_a_book_is_no_pound():
    from extractor.amounts import find_amounts

    assert find_amounts("Téléchargez un livre gratuit sur la croissance des PME.") == []
    assert [a.currency for a in find_amounts("Vexo lève deux millions de livres.")] == ["GBP"]


def test_advice_in_the_infinitive_is_no_round(extractor):
    text = "Lever des fonds auprès de Kestrel Angels demande surtout de la patience."
    assert _rounds(extractor, text) == []


@pytest.mark.parametrize("sentence, figure", [
    ("Elle a levé ce fonds de 30 millions de dollars consacré aux jeunes pousses de l'Est.",
     "30 millions de dollars"),
])
def test_a_fund_size_is_no_round(sentence, figure):
    assert _amount_kind(sentence, figure) is None


def test_a_seed_round_of_a_fund_noun_is_still_a_round(extractor):
    text = "Vexo boucle sa levée de fonds d'amorçage de deux millions d'euros avec Kestrel."
    assert [(r.company, r.round_type) for r in extractor.extract(text).funding_rounds] == [("Vexo", "seed")]


def test_a_common_word_from_a_heading_is_no_company():
    from extractor.round_candidates import _common_word

    text = "Transition\n\nLa transition énergétique attire les fonds. Elle a levé 5 millions d'euros."
    assert _common_word(text, "Transition")
    assert not _common_word("Vexo\n\nVexo a levé 5 millions d'euros.", "Vexo")
    assert not _common_word("BPI\n\nLa bpi a prêté 5 millions d'euros.", "BPI")  # an acronym stays

