"""Funding rounds, round 6: other money than a round's, found on a sweep of French pages
outside the corpora. Every sentence is invented; pure functions, no model."""

import pytest

from extractor.round_amounts import ROUND, classify_amount


def _amount_kind(sentence, figure):
    start = sentence.index(figure)
    return classify_amount(sentence, start, start + len(figure))


@pytest.mark.parametrize("sentence, figure", [
    # A running total whose noun stands between the verb and the amount.
    ("Vexo a levé 7 millions d'euros, portant son total pour l'année à 12 millions d'euros.",
     "12 millions d'euros"),
    ("Vexo a levé 7 millions d'euros, ce qui porte le montant levé depuis 2021 à 12 millions d'euros.",
     "12 millions d'euros"),
    # A listed company's share buyback.
    ("Le groupe lancera ensuite un programme de rachat d'actions de 300 millions d'euros.",
     "300 millions d'euros"),
    # A funder's money spread over many companies.
    ("La banque régionale a investi 2 milliards d'euros dans 400 jeunes pousses depuis sa création.",
     "2 milliards d'euros"),
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
    ("Publié mercredi soir, le classement des jeunes pousses consacre le fabricant de capteurs, qui a ", None),
    ("Installée à Lyon, Vexo a ", "Vexo"),
])
def test_a_fronted_participle_is_no_company(text, expected):
    from extractor.company import subject_of

    found = subject_of(text)
    assert (found.name if found.kind == "name" else None) == expected


def _rounds(extractor, text):
    return [(r.company, r.amount.value if r.amount else None) for r in extractor.extract(text).funding_rounds]


def test_countries_and_continents_sum_a_market(extractor):
    text = ("Le Maroc n'a levé que 17 millions de dollars, loin derrière le Kenya (800 millions de dollars) "
            "et l'Egypte (640 millions de dollars).")
    assert _rounds(extractor, text) == []


def test_a_valuation_said_with_evaluee_autour_de_is_no_round(extractor):
    text = ("Vexo a levé 500 millions de dollars en série D. Sur la base de cette série D, Vexo serait évaluée autour de "
            "5 milliards de dollars.")
    assert _rounds(extractor, text) == [("Vexo", 500_000_000.0)]


@pytest.mark.parametrize("sentence, figure", [
    ("Selon ce rapport, le continent a mobilisé 300 millions de dollars pour 70 start-up.", "300 millions de dollars"),
])
def test_money_for_many_companies_is_no_round(sentence, figure):
    assert _amount_kind(sentence, figure) is None


def test_a_book_is_no_pound():
    from extractor.amounts import find_amounts

    assert find_amounts("Nos conseillers ont rédigé pour vous un livre blanc sur la levée de fonds.") == []
    assert [a.currency for a in find_amounts("Vexo lève deux millions de livres.")] == ["GBP"]


def test_advice_in_the_infinitive_is_no_round(extractor):
    text = "Lever des fonds auprès de Business Angels n'est pas une question de chiffres, mais de confiance."
    assert _rounds(extractor, text) == []


@pytest.mark.parametrize("sentence, figure", [
    ("Il a pris la direction de ce fonds de 30 millions de dollars créé pour soutenir l'amorçage.",
     "30 millions de dollars"),
])
def test_a_fund_size_is_no_round(sentence, figure):
    assert _amount_kind(sentence, figure) is None


def test_a_seed_round_of_a_fund_noun_is_still_a_round(extractor):
    text = "Vexo annonce une levée de fonds d'amorçage de deux millions d'euros menée par Kestrel."
    assert [(r.company, r.round_type) for r in extractor.extract(text).funding_rounds] == [("Vexo", "seed")]
