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
