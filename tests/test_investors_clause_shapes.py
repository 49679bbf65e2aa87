"""Investors told by clause shapes rather than by one cue: an infinitive after a
semi-auxiliary ("vient d'investir"), a complement of the round opening the clause
("Pour ce tour, X remet au pot"), the verb first with its subjects after it ("Y ont
participé X et Z"). Invented sentences only."""

import pytest

from extractor.investor_cues import with_infinitive
from extractor.investors import find_investors


def _found(sentence: str) -> dict[str, tuple[bool, bool]]:
    return {f.name: (f.lead, f.existing) for f in find_investors(sentence)}


def test_with_infinitive_elides_de_before_a_vowel():
    assert with_infinitive("vient de", "investir") == "vient d'investir"
    assert with_infinitive("viennent de", "participer") == "viennent de participer"
    assert with_infinitive("va", "mener") == "va mener"
    assert with_infinitive("a tenu à", "investir") == "a tenu à investir"


@pytest.mark.parametrize("text, expected", [
    ("Norial Capital vient d'investir 5 millions d'euros dans Vexo.", {"Norial Capital": (False, False)}),
    ("Norial et 3T Partners viennent de participer au tour de table de Vexo.",
     {"Norial": (False, False), "3T Partners": (False, False)}),
    ("Le fonds Kalima II a finalement décidé de participer à l'opération.", {"Kalima II": (False, False)}),
    ("Orbo Ventures avait choisi d'investir dans la levée de Selva.", {"Orbo Ventures": (False, False)}),
    ("A&B Capital va mener le tour de table de Vexo.", {"A&B Capital": (True, False)}),
    ("Kalima s'est engagée à remettre au pot lors de la série B.", {"Kalima": (False, True)}),
    ("Norial vient également d'injecter 2 millions dans la start-up.", {"Norial": (False, False)}),
    ("Selva Partners et Orbo ont tenu à réinvestir dans ce tour.",
     {"Selva Partners": (False, True), "Orbo": (False, True)}),
])
def test_infinitive_after_a_semi_auxiliary(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    # The company spends the money it raised.
    "La jeune Vexo va pouvoir financer son lancement en Espagne.",
    "Paul Roy va financer son expansion avec ces fonds.",
    "Vexo doit investir 2 millions dans ses usines.",
    # Taking part in something that is no round.
    "Norial a décidé de participer à un salon à Lyon.",
    "Norial va mener sa propre levée de fonds.",
])
def test_infinitive_of_something_else_is_no_share(text):
    assert _found(text) == {}


@pytest.mark.parametrize("text, expected", [
    ("Pour ce tour de 5 millions, Norial Capital remet au pot.", {"Norial Capital": (False, True)}),
    ("Avec cette levée, Kalima rejoint le capital de Vexo.", {"Kalima": (False, False)}),
    ("Par ailleurs, dans le cadre de ce tour, le fonds Orbo II a investi 2 millions.",
     {"Orbo II": (False, False)}),
    ("Lors de cette augmentation de capital, Selva et Norial ont souscrit.",
     {"Selva": (False, False), "Norial": (False, False)}),
    ("Pour ce tour de table, Paul Roy, associé chez Norial, a investi un million.", {"Paul Roy": (False, False)}),
])
def test_round_complement_before_the_subject(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Y ont participé Norial et Kalima.", {"Norial", "Kalima"}),
    ("Y participe aussi Norial Capital.", {"Norial Capital"}),
    ("À cette levée participent également Norial et 3T Capital.", {"Norial", "3T Capital"}),
    ("À la levée de 5 millions ont aussi pris part Selva et Orbo.", {"Selva", "Orbo"}),
    ("Lors de cette opération, ont également investi Norial et Kalima.", {"Norial", "Kalima"}),
    ("Dans cette opération investissent Orbo et A&B Partners.", {"Orbo", "A&B Partners"}),
])
def test_verb_before_its_subjects(text, expected):
    assert set(_found(text)) == expected


@pytest.mark.parametrize("text", [
    # A complement that is no round: the names after the verb are not its subjects.
    "Au salon participent Norial et Kalima.",
    "Avec ce tour, Vexo participe au salon Orbo.",
])
def test_verb_first_after_another_complement(text):
    assert _found(text) == {}


@pytest.mark.parametrize("text, expected", [
    ("Déjà actionnaire, Norial a remis au pot.", {"Norial": (False, True)}),
    ("Déjà présent au capital depuis 2019, le fonds 3T Ventures a suivi.", {"3T Ventures": (False, True)}),
    ("Investisseurs historiques, Norial et Kalima ont également participé.",
     {"Norial": (False, True), "Kalima": (False, True)}),
    ("Nouveau venu, Kalima entre au capital.", {"Kalima": (False, False)}),
    ("Nouvel entrant, A&B Partners prend part au tour.", {"A&B Partners": (False, False)}),
])
def test_apposition_before_the_subject(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Déjà rentable, Vexo participe au salon de Lyon.",
    "Fidèle à sa stratégie, Norial investit dans l'IA.",
])
def test_fronted_apposition_of_something_else(text):
    assert _found(text) == {}


@pytest.mark.parametrize("text, expected", [
    ("Norial devient actionnaire minoritaire de Vexo.", {"Norial"}),
    ("Norial et Kalima deviennent ainsi actionnaires.", {"Norial", "Kalima"}),
    ("Le fonds Orbo II est devenu le premier actionnaire de Vexo.", {"Orbo II"}),
    ("Selva Invest et 3T Capital sont devenus actionnaires à cette occasion.", {"Selva Invest", "3T Capital"}),
])
def test_becoming_a_shareholder(text, expected):
    assert set(_found(text)) == expected


def test_becoming_something_else_is_no_share():
    assert _found("Paul Roy devient directeur général de Vexo.") == {}


@pytest.mark.parametrize("text, expected", [
    ("Vexo a levé 5 millions d'euros, souscrits en majorité par Norial.", {"Norial"}),
    ("La levée, financée pour moitié par Norial et Kalima, servira à recruter.", {"Norial", "Kalima"}),
    ("Les 5 millions ont été apportés en partie par Orbo Ventures.", {"Orbo Ventures"}),
    ("Deux prêts, accordés par la banque Selva, complètent le tour de 5 millions.", {"Selva"}),
    ("Les titres, souscrites en totalité par Kalima, portent le tour à 5 millions.", {"Kalima"}),
])
def test_plural_participles_and_share_adverbs(text, expected):
    assert set(_found(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # A capitalised number word before a noun counts; one inside a name stays.
    ("Deux fonds complètent le tour de 5 millions.", set()),
    ("Trois fonds, dont Norial et Kalima, complètent le tour de 5 millions.", {"Norial", "Kalima"}),
    ("Vexo lève 5 millions d'euros auprès de Cent Capital.", {"Cent Capital"}),
])
def test_number_word_opening_a_sentence_is_no_name(text, expected):
    assert set(_found(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vexo lève 5 millions auprès de Jean-Marc de La Roche, Paul Roy et Anne-Sophie Van der Berg.",
     {"Jean-Marc de La Roche", "Paul Roy", "Anne-Sophie Van der Berg"}),
    ("Vexo lève 5 millions auprès de Claire de Vries et de Paul Roy.", {"Claire de Vries", "Paul Roy"}),
    # No given name: the particle ends the name as before.
    ("Vexo lève 5 millions auprès de Norial de la Roche et de Kalima.", {"Norial", "Kalima"}),
])
def test_surname_particles_after_a_given_name(text, expected):
    assert set(_found(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vexo lève 5 millions auprès de Norial, Kalima voire Orbo.", {"Norial", "Kalima", "Orbo"}),
    ("Cette levée de 5 millions voit entrer au capital Norial et Kalima.", {"Norial", "Kalima"}),
    ("Vexo a levé 5 millions en faisant entrer Norial et 3T Capital à son capital.", {"Norial", "3T Capital"}),
])
def test_more_list_shapes(text, expected):
    assert set(_found(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norial a placé près de 2 M€ dans Vexo.", {"Norial"}),
    ("Norial et Kalima ont engagé 800 000 € dans Vexo.", {"Norial", "Kalima"}),
    ("Le fonds Orbo II a mis 5 millions d'euros dans la jeune pousse.", {"Orbo II"}),
    ("La banque Selva a prêté 5 millions d'euros à Vexo.", {"Selva"}),
    ("Norial a octroyé un prêt de 5 millions d'euros à Vexo.", {"Norial"}),
    ("Kalima a versé 2 millions d'euros à Vexo.", {"Kalima"}),
])
def test_money_put_in_told_in_the_past(text, expected):
    assert set(_found(text)) == expected


@pytest.mark.parametrize("text", [
    "Norial a mis en place un financement de 5 millions.",
    "Norial a engagé des discussions sur une levée de 5 millions.",
    "Paul Roy a mis 3 ans à lever 5 millions.",
    "Norial a placé Vexo sous surveillance.",
])
def test_put_without_an_amount_is_no_share(text):
    assert _found(text) == {}


@pytest.mark.parametrize("text, expected", [
    ("Norial a mené le tour, Kalima l'a suivi.", {"Norial", "Kalima"}),
    ("Norial a mené la levée de 5 millions, et Kalima l'a suivie.", {"Norial", "Kalima"}),
    ("Norial a mené l'opération ; 3T Capital et A&B Partners les ont suivis.", {"Norial", "3T Capital", "A&B Partners"}),
    ("Selva Invest l'avait accompagnée dès son amorçage.", {"Selva Invest"}),
])
def test_object_pronoun_before_the_auxiliary(text, expected):
    assert set(_found(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # The pronoun's verb says nothing of investing.
    ("Norial a mené le tour, Paul Roy l'a annoncé.", {"Norial"}),
    ("Le tour a été suivi par la presse, qui l'a relayé.", set()),
])
def test_object_pronoun_before_another_verb(text, expected):
    assert set(_found(text)) == expected
