"""Investor wording of real press, on invented sentences: tenses, negation, sellers,
relative clauses about the round, lists after the amount, lists in parentheses,
appositions and names that carry a person's firm or origin."""

import pytest

from extractor.investors import find_investors, negated, with_simple_tenses


def _names(sentence: str) -> set[str]:
    return {f.name for f in find_investors(sentence)}


@pytest.mark.parametrize("phrase, expected", [
    ("participent", {"participaient", "participeront", "participeraient"}),
    ("participe au tour", {"participait au tour", "participera au tour", "participerait au tour"}),
    ("mènent", {"menaient", "mèneront"}),
    ("finance", {"finançait"}),
    ("investissent", {"investissait", "investissaient"}),
])
def test_simple_tenses(phrase, expected):
    assert expected <= set(with_simple_tenses(phrase))


def test_simple_tenses_leave_compound_forms():
    assert with_simple_tenses("a participé") == ["a participé"]


@pytest.mark.parametrize("text, expected", [
    ("Le fonds Ardoise participait déjà au premier tour de 2 millions d'euros.", {"Ardoise"}),
    ("Brenne Capital et Ostra participeront à la levée de 6 millions d'euros.", {"Brenne Capital", "Ostra"}),
    ("Le fonds Ardoise menait alors le tour de table.", {"Ardoise"}),
    ("Ostra finançait déjà la société lors de son tour d'amorçage.", {"Ostra"}),
])
def test_participation_in_other_tenses(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, negative", [
    ("Le fonds Ardoise n'a pas participé au tour.", True),
    ("Ostra ne participe plus à ce financement.", True),
    ("Ostra n'y a jamais investi.", True),
    ("Ostra a participé au tour.", False),
])
def test_negated(text, negative):
    import re
    m = re.search(r"(?:a|y a|ne)?\s*(?:pas|plus|jamais)?\s*(?:particip\w*|investi)\b", text)
    verb = re.search(r"(?:a\s+(?:pas\s+|jamais\s+)?)?(?:particip\w*|investi)", text)
    assert m is not None and verb is not None
    assert negated(text, verb.start(), verb.end()) is negative


@pytest.mark.parametrize("text, expected", [
    # A negated participation names no investor.
    ("La banque publique Bpifrance n'a pas participé à ce tour de table.", set()),
    ("Brenne Capital ne fait plus partie du tour de table.", set()),
    # A seller, whatever the words of the sale.
    ("Le fonds Ardoise, entré en 2019, a cédé ses titres, tandis que Brenne Capital a investi 3 millions.",
     {"Brenne Capital"}),
    ("Ostra vend sa participation alors que Brenne Capital participe au tour.", {"Brenne Capital"}),
])
def test_negation_and_sellers(text, expected):
    assert _names(text) == expected


def test_negated_subject_is_no_investor():
    assert "Brenne Capital" not in _names("Brenne Capital ne participe pas à cette levée de 4 millions d'euros.")


@pytest.mark.parametrize("text, expected", [
    # The round as the object of a relative clause, its subjects after the verb.
    ("Lumio lève 12 millions dans le cadre d'un tour de table auquel auront participé le groupe "
     "industriel Ferlac et l'assureur Maviva.", {"Ferlac", "Maviva"}),
    ("La levée, pilotée par le fonds Ardoise et à laquelle se sont joints Ostra et Brenne, atteint 4 millions.",
     {"Ardoise", "Ostra", "Brenne"}),
    ("Un financement de 3 millions auquel participent également Ostra et Quenta Partners.",
     {"Ostra", "Quenta Partners"}),
])
def test_subjects_after_a_relative_about_the_round(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Leurs investisseurs sont Ardoise Partners, Ostra et Brenne Capital.", {"Ardoise Partners", "Ostra", "Brenne Capital"}),
    ("Ses actionnaires sont Ostra et Quenta.", {"Ostra", "Quenta"}),
    ("Ses investisseurs sont ravis de cette croissance.", set()),
])
def test_possessive_copula(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "par" / "via" right after the amount or the round, a date allowed between.
    ("La biotech a réalisé une deuxième levée de 25 millions de dollars par Ardoise, Ostra et Brenne Capital.",
     {"Ardoise", "Ostra", "Brenne Capital"}),
    ("Elle a bouclé sa première levée de fonds en janvier 2019 via Ostra et Quenta Partners.",
     {"Ostra", "Quenta Partners"}),
    # Not the company raising, not a rate, not a channel.
    ("Les 5 millions d'euros levés par Lumio serviront à recruter.", set()),
    ("Elle lève 2 millions par an via une plateforme de financement participatif.", set()),
    # "via" inside a list does not end it.
    ("Le fonds Ardoise mène le tour, suivi par la Région Bretagne, via son agence BDI, et par la Banque "
     "Populaire de l'Ouest.", {"Ardoise", "Région Bretagne", "Banque Populaire de l'Ouest"}),
])
def test_funders_after_the_amount(text, expected):
    assert _names(text) == expected
