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


# A round noun as the clause's subject, its owner in a genitive before the amount.
@pytest.mark.parametrize("text, expected", [
    ("La levée de fonds de Vexo s'élève à 5 millions d'euros.", [("Vexo", 5e6)]),
    ("La levée de fonds de la start-up lyonnaise Norial s'élève à 5 millions d'euros.", [("Norial", 5e6)]),
    ("Le tour de table de Kalima s'élève à 4 millions d'euros.", [("Kalima", 4e6)]),
    ("La levée d'Orbo atteint 5 millions d'euros.", [("Orbo", 5e6)]),
    ("Le montant de la levée de Selva Robotics atteint 5 millions d'euros.", [("Selva Robotics", 5e6)]),
    ("La dernière levée de Vexo, de 5 millions d'euros, a été menée par Alpaga.", [("Vexo", 5e6)]),
    ("Le tour de table de Norial, d'un montant de 5 millions d'euros, est mené par Alpaga.", [("Norial", 5e6)]),
    ("Le financement de Vexo-3D se monte à 5 millions d'euros.", [("Vexo-3D", 5e6)]),
    # Near-misses: another raiser named after the owner, a sum over years, revenue.
    ("Après la levée de Vexo, Norial a levé 5 millions d'euros.", [("Norial", 5e6)]),
    ("La levée de fonds de Vexo s'élève à 5 millions d'euros depuis sa création.", []),
    ("Le chiffre d'affaires de Vexo s'élève à 5 millions d'euros.", []),
])
def test_owner_of_a_round_noun_subject(extractor, text, expected):
    assert _companies(extractor, text) == expected


def test_owned_round_subject_pure():
    from extractor.round_company import _owned_round_subject

    assert _owned_round_subject("Le tour de table de la fintech Orbo atteint ", 0).name == "Orbo"
    # A raise verb of its own after the owner: the verb's subject raises.
    assert _owned_round_subject("La levée de Vexo a permis à la start-up de lever ", 0) is None
    # Not opening its clause: "Après la levée de Vexo" is a complement.
    assert _owned_round_subject("Après la levée de Vexo, elle a levé ", 0) is None


# A raise told in a non-finite clause or a fronted phrase: the raiser is the subject
# of the main clause.
@pytest.mark.parametrize("text, expected", [
    ("Ayant levé 5 millions d'euros l'an dernier, Vexo recrute.", [("Vexo", 5e6)]),
    ("Après avoir levé 5 millions d'euros, Norial recrute trente ingénieurs.", [("Norial", 5e6)]),
    ("Après avoir bouclé un tour de table de 5 millions d'euros, la start-up Kalima recrute.", [("Kalima", 5e6)]),
    ("En levant 5 millions d'euros, Orbo-3 devient un acteur majeur.", [("Orbo-3", 5e6)]),
    ("Vexo, après avoir levé 5 millions d'euros, recrute.", [("Vexo", 5e6)]),
    ("Tout juste auréolée d'une levée de 5 millions d'euros, la pépite Norial recrute.", [("Norial", 5e6)]),
    ("Portée par une levée de 5 millions d'euros, la start-up Kalima accélère.", [("Kalima", 5e6)]),
    ("Forte de 5 millions d'euros levés auprès de Selva, Vexo part à la conquête de l'Europe.", [("Vexo", 5e6)]),
    ("Riche de ses 5 millions d'euros levés, Norial accélère.", [("Norial", 5e6)]),
    ("Avec 5 millions d'euros en poche, Kalima accélère.", [("Kalima", 5e6)]),
    ("5 millions d'euros en poche, Orbo accélère.", [("Orbo", 5e6)]),
    ("Après avoir levé 5 millions d'euros auprès de Selva, Alpaga et Orbo, Norial recrute.", [("Norial", 5e6)]),
    # Near-misses: the amount in the main clause after a fronted participle; a sum of
    # several rounds of a market.
    ("Créée en 2019, Vexo annonce une levée de 5 millions d'euros.", [("Vexo", 5e6)]),
    ("Avec 38 millions d'euros levés en quatre tours, les start-up de la santé mènent.", []),
])
def test_raiser_of_a_non_finite_clause(extractor, text, expected):
    assert _companies(extractor, text) == expected


# An amount told first, then a cleft sentence whose subject comes before the verb.
@pytest.mark.parametrize("text, expected", [
    ("Cinq millions d'euros : c'est ce que la start-up Vexo a levé auprès de Selva.", [("Vexo", 5e6)]),
    ("Drones\nNorial monte en puissance. Cinq millions d'euros : c'est ce que la jeune pousse a levé.",
     [("Norial", 5e6)]),
    ("Sept millions d'euros, c'est ce que Kalima vient de récolter.", [("Kalima", 7e6)]),
    ("Drones\nOrbo-X monte en puissance. 4 millions d'euros : c'est le montant que la société a réussi à lever.",
     [("Orbo-X", 4e6)]),
    # Near-misses: a market's sum, money only hoped for.
    ("5 millions d'euros : c'est ce que les start-up du secteur ont levé cette année.", []),
    ("5 millions d'euros : c'est ce que Paul Roy espère lever.", []),
])
def test_cleft_sentence_with_its_subject_first(extractor, text, expected):
    assert _companies(extractor, text) == expected


# A company named only in the title, the round told with "la start-up", "elle".
@pytest.mark.parametrize("text, expected", [
    ("Agritech : Vexo séduit les investisseurs\nLa start-up toulousaine annonce une levée de 5 millions "
     "d'euros auprès de Selva Capital.", [("Vexo", 5e6)]),
    ("Fintech - Norial change de dimension\nLa jeune pousse a bouclé un tour de 5 millions d'euros.",
     [("Norial", 5e6)]),
    ("Bordeaux : Kalima recrute cent personnes\nLa jeune pousse a bouclé un tour de 5 millions d'euros.",
     [("Kalima", 5e6)]),
    ("Nouvelle levée pour Orbo\nLe spécialiste toulousain des drones a bouclé un tour de table de 5 millions "
     "d'euros.", [("Orbo", 5e6)]),
    ("Belle opération pour la start-up Vexo\nLa jeune pousse a bouclé un tour de table de 5 millions d'euros.",
     [("Vexo", 5e6)]),
    ("Un tour de table record pour Norial AI\nElle a bouclé un tour de 5 millions d'euros.", [("Norial AI", 5e6)]),
    ("Drones agricoles : Kalima boucle un premier tour\nFondée en 2020 par Paul Roy, l'entreprise installée à "
     "Toulouse vient de finaliser une levée de 5 millions d'euros.", [("Kalima", 5e6)]),
    # Near-miss: a person after the colon speaks for the company named before it.
    ("Orbo : Paul Roy lève 5 millions d'euros\nLe fondateur a convaincu Selva.", [("Orbo", 5e6)]),
])
def test_company_of_the_title(extractor, text, expected):
    assert _companies(extractor, text) == expected


def test_kicker_before_a_named_clause_is_no_label():
    from extractor.company import paragraph_label

    assert paragraph_label("Agritech : Vexo séduit les investisseurs") is None
    assert paragraph_label("■ Brindille : 800 k€ en pré-amorçage") == "Brindille"
    assert paragraph_label("Vexo : Paul Roy lève 5 M€") == "Vexo"


def test_a_name_after_a_place_preposition_is_no_company():
    from extractor.company import antecedent

    assert antecedent("l'entreprise installée à Toulouse conçoit des drones. ") is None
    assert antecedent("la start-up lyonnaise Vexo conçoit des drones. ").name == "Vexo"



def test_a_person_opening_a_title_is_no_company(extractor):
    text = "Paul Roy change de cap\nLa jeune pousse a bouclé un tour de table de 5 millions d'euros."
    assert _companies(extractor, text) == [(None, 5e6)]


# A round noun's passive with the company as agent; "attirer" money.
@pytest.mark.parametrize("text, expected", [
    ("Une levée de 5 millions d'euros a été réalisée par la start-up Vexo.", [("Vexo", 5e6)]),
    ("Un tour de table de 5 millions d'euros a été finalisé par Norial auprès de Selva.", [("Norial", 5e6)]),
    ("Une opération de 5 millions d'euros a été conclue par la fintech Kalima.", [("Kalima", 5e6)]),
    ("Orbo attire 7 millions d'euros d'investisseurs américains.", [("Orbo", 7e6)]),
    ("La start-up Vexo a attiré 7 millions d'euros auprès de Selva.", [("Vexo", 7e6)]),
    # Near-misses: a sale is no round; markets and visitors.
    ("Une vente de 5 millions d'euros a été réalisée par Vexo.", []),
    ("La French Tech a attiré 7 milliards d'euros en 2024.", []),
    ("L'IA a attiré 50 milliards de dollars d'investissements en 2024.", []),
    ("Le salon a attiré 7 millions de visiteurs.", []),
    ("Ce sont les jeunes pousses du commerce en ligne qui ont attiré le plus, avec 281 millions d'euros.", []),
])
def test_round_passive_and_attract(extractor, text, expected):
    assert _companies(extractor, text) == expected


def test_title_opening_capital_named_once_is_no_company(extractor):
    text = "Faits marquants\nLa jeune pousse a bouclé un tour de table de 5 millions d'euros."
    assert _companies(extractor, text) == [(None, 5e6)]


# The owner of a round named by a funder's verb, a relative "dont", a deal card.
@pytest.mark.parametrize("text, expected", [
    ("Selva a mené le tour de table de Vexo, d'un montant de 5 millions d'euros.", [("Vexo", 5e6)]),
    ("Alpaga a participé à la levée de fonds de la start-up Norial, d'un montant de 5 millions d'euros.",
     [("Norial", 5e6)]),
    ("Kalima, dont la levée atteint 5 millions d'euros, recrute.", [("Kalima", 5e6)]),
    ("La start-up Orbo, dont le dernier tour de table s'élève à 5 millions d'euros, recrute.", [("Orbo", 5e6)]),
    ("Vexo a bouclé sa série A. Montant : 5 millions d'euros.", [("Vexo", 5e6)]),
    # Near-misses: a person before "dont", whose company raises; a field that tells
    # no raise.
    ("Paul Roy, dont la start-up Norial a levé 5 millions d'euros, sourit.", [("Norial", 5e6)]),
    ("Montant des ventes : 5 millions d'euros.", []),
])
def test_owner_of_a_round_told_around_it(extractor, text, expected):
    assert _companies(extractor, text) == expected


@pytest.mark.parametrize("subject, expected", [
    ("Le Nantais SelvaTech a ", "SelvaTech"),
    ("le Marseillais Vexo Robotics ", "Vexo Robotics"),
    ("La pépite de la French Tech Norial a ", "Norial"),
    # Near-misses: a first name that ends like a place adjective, a company named
    # after a place adjective, a place in a company's name.
    ("François Dupont a ", "François Dupont"),
    ("La Lyonnaise des Eaux a ", "Lyonnaise des Eaux"),
    ("Nantes Métropole a ", "Nantes Métropole"),
])
def test_describing_capital_glued_to_the_name(subject, expected):
    from extractor.company import subject_of

    assert subject_of(subject).name == expected
