"""Investor wording of real press, on invented sentences: tenses, negation, sellers,
relative clauses about the round, lists after the amount, lists in parentheses,
appositions and names that carry a person's firm or origin."""

import pytest

from extractor.investor_cues import negated, with_simple_tenses
from extractor.investors import find_investors


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


@pytest.mark.parametrize("text, verb, negative", [
    ("Le fonds Ardoise n'a pas participé au tour.", "a pas participé", True),
    ("Ostra ne participe plus à ce financement.", "participe", True),
    ("Ostra n'y a jamais investi.", "a jamais investi", True),
    ("Ostra a participé au tour.", "a participé", False),
    ("Ostra ne cache pas qu'elle a participé au tour.", "a participé", False),
])
def test_negated(text, verb, negative):
    start = text.index(verb)
    assert negated(text, start, start + len(verb)) is negative


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
    ("La medtech a finalisé une levée d'amorçage en mars 2021 via Ostra et Quenta Partners.",
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


@pytest.mark.parametrize("text, expected", [
    # Names between parentheses after an investor noun.
    ("Outre ses investisseurs historiques (Ardoise, Ostra et Brenne Capital), Lumio ouvre son capital "
     "au fonds Quenta.",
     {"Ardoise", "Ostra", "Brenne Capital", "Quenta"}),
    # Not the companies of several raises, nor a name and its acronym.
    ("Trois levées de fonds (Lumio, Vexo et Tarn) ont marqué la semaine.", set()),
    # A heading's word, not a noun group: tax schemes, not investors.
    ("• Avantages fiscaux investisseurs (PEA, IRPP, FCPR)", set()),
    ("Ses actionnaires historiques (Ardoise Capital et Ostra) ont remis au pot.", {"Ardoise Capital", "Ostra"}),
    # A second apposition still describes the name before it.
    ("Le tour est mené par Ferlac, le groupe industriel de Lyon, maison mère de la marque Tivo.", {"Ferlac"}),
    # After "et", a kind noun and its name open a new item.
    ("Les industriels Ferlac et Maviva, la mutuelle Crédit Vert et le fonds de capital-risque belge "
     "Quenta Partners rejoignent aussi l'opération.", {"Ferlac", "Maviva", "Crédit Vert", "Quenta Partners"}),
])
def test_list_items(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A noun of origin before the name is no part of it.
    ("Le tour de 8 millions est mené par le Britannique Ardoise Capital.", {"Ardoise Capital"}),
    ("La levée est menée par l'Allemand Ferlac et par la Française des Jeux.", {"Ferlac", "Française des Jeux"}),
    # A person's firm after the person's name is not part of the name.
    ("Les actionnaires existants ont remis au pot, comme Ostra, Paul Girard de Lumio et Jeanne Roux.",
     {"Ostra", "Paul Girard", "Jeanne Roux"}),
])
def test_names_without_origin_or_firm(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A person's role at a fund: the person is not the investor.
    ("Le chiffre provient d'un rapport rédigé par Jeanne Roux, cofondatrice d'un fonds de capital-risque, "
     "sur les tours de table des jeunes pousses.", set()),
    # A speaker's title ends at its relative clause: the round it tells keeps its investors.
    ("« L'équipe a doublé en un an », raconte Paul Girard, dirigeant de Lumio, application de covoiturage "
     "qui a tout juste clôturé un financement auprès de Ostra Ventures.", {"Ostra Ventures"}),
    # An investment noun before a lead participle is the round.
    ("Lumio doit ce bond de valeur à un investissement récent mené par l'assureur de Nantes, "
     "Ardoise Partners.", {"Ardoise Partners"}),
])
def test_roles_and_speakers(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected, lead", [
    ("C'est le fonds Ardoise, déjà présent au capital de Lumio, Vexo ou Tarn, qui est à la manœuvre.",
     {"Ardoise"}, True),
    ("C'est Ostra et Brenne Capital qui ont mené ce tour de table.", {"Ostra", "Brenne Capital"}, True),
])
def test_cleft_sentences(text, expected, lead):
    found = find_investors(text)
    assert {f.name for f in found} == expected
    assert all(f.lead == lead for f in found)


@pytest.mark.parametrize("text, expected", [
    # The firm itself speaks of investing in the first person.
    ("« Nous avons investi dans Lumio pour son équipe », explique Ardoise Capital dans un communiqué.",
     {"Ardoise Capital"}),
    # A company speaking of its own spending is no investor.
    ("« Nous allons investir dans notre usine », explique Lumio Robotique.", set()),
    # A fund raising for itself: its subscribers invest in the fund.
    ("Ardoise annonce une levée de 200 M€ pour son nouveau fonds auprès de Ferlac, Maviva et Quenta.", set()),
])
def test_first_person_and_fund_raises(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A time complement inside the cue's words.
    ("Lumio a obtenu en novembre le soutien d'un acteur reconnu de la cybersécurité : Ferlac.", {"Ferlac"}),
    # The cue's own preposition said again after an adverbial ("via ...").
    ("L'opération s'est faite avec le soutien de Nordia Invest, via ses véhicules Alpha et Beta, ainsi "
     "qu'avec le family office Ardoise et l'industriel Ferlac.", {"Nordia Invest", "Ardoise", "Ferlac"}),
    # A common acronym opening a fund's name.
    ("Lumio lève 3 millions auprès de fonds spécialisés comme IA Ventures et Data Quenta.",
     {"IA Ventures", "Data Quenta"}),
])
def test_more_press_wording(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, name, ner_person, kind", [
    ("Lumio obtient 72 millions de dollars auprès de l'éditeur canadien de jeux vidéo Quenta.", "Quenta", False,
     "corporate"),
    # The descriptor right before the name outweighs a person tag from NER.
    ("Lumio récolte 18 millions d'euros avec en tête le fonds de capital-risque Ardoise Horizon.",
     "Ardoise Horizon", True, "fund"),
])
def test_kind_from_the_noun_before_the_name(text, name, ner_person, kind):
    from extractor.investor_kinds import investor_kind
    found = {f.name: f for f in find_investors(text)}
    f = found[name]
    assert investor_kind(f.name, f.context, ner_person, f.apposition, f.group) == kind


@pytest.mark.parametrize("text, expected", [
    ("Le tour de table de 5 millions d'euros est complété par Ostra et Brenne.", {"Ostra", "Brenne"}),
    ("Lumio a bénéficié de l'appui de Ostra pour cette levée de 2 millions.", {"Ostra"}),
    ("Lumio a reçu un financement de Ostra Capital.", {"Ostra Capital"}),
    ("Ardoise est rejoint dans l'opération par Ostra et Brenne.", {"Ardoise", "Ostra", "Brenne"}),
    ("Une levée de 3 millions menée par le fonds Ostra, avec Brenne et Kappa.", {"Ostra", "Brenne", "Kappa"}),
    # "avec" after a list that leads nothing of the round.
    ("La société est dirigée par Paul Girard, avec Jeanne Roux comme directrice.", set()),
    ("Une levée menée par Ostra, avec un objectif de croissance.", {"Ostra"}),
])
def test_completed_supported_joined(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ardoise conduit ce tour de 5 millions d'euros.", {"Ardoise"}),
    ("Ardoise emmène le tour de table.", {"Ardoise"}),
    ("Ardoise dirige la série B de Lumio.", {"Ardoise"}),
    ("Ardoise Capital, investisseur principal de l'opération, est accompagné de Ostra.", {"Ardoise Capital", "Ostra"}),
    # A bank pilots the deal it arranges; a manager runs a company.
    ("D'après la banque d'affaires Norval, qui a piloté l'opération, un tiers du montant prend la forme "
     "d'obligations.", set()),
    ("Ardoise dirige la filiale française du groupe.", set()),
])
def test_lead_verbs(text, expected):
    found = find_investors(text)
    assert {f.name for f in found} == expected
    assert all(f.lead for f in found if f.name in ("Ardoise", "Ardoise Capital"))


@pytest.mark.parametrize("previous, sentence, expected", [
    # A bare list of names, then a sentence that points back at it as investors.
    ("Ostra, Brenne, Kappa et Quenta.", "Cette liste prestigieuse est celle des nouveaux investisseurs de Lumio.",
     ["Ostra", "Brenne", "Kappa", "Quenta"]),
    ("Ostra, Brenne et Kappa.", "Ces trois groupes ont participé au tour de table de 20 millions d'euros.",
     ["Ostra", "Brenne", "Kappa"]),
    # Investors announced, then listed after "ces derniers".
    ("Ardoise compte partager 6 millions avec d'autres co-investisseurs.",
     "D'après nos informations, ces derniers réuniraient Ostra, Brenne Capital et Kappa.",
     ["Ostra", "Brenne Capital", "Kappa"]),
    # Places, not investors; "ces derniers" with no investors before.
    ("Paris, Lyon et Marseille.", "Ces trois villes accueillent des start-up.", []),
    ("Lumio recrute.", "Ces derniers sont Paul Girard et Jeanne Roux.", []),
])
def test_investors_named_before(previous, sentence, expected):
    from extractor.investors import investors_named_before
    found = investors_named_before(previous, 0, sentence, len(previous) + 1)
    assert [f.name for f in found] == expected
    text = previous + " " + sentence
    assert all(text[f.start:f.end] == f.name for f in found)


def test_investors_named_in_the_sentence_before_reach_the_round(extractor):
    text = ("Lumio lève 20 millions d'euros pour ses robots.\n\n"
            "La jeune société espère élargir ce tour à d'autres co-investisseurs. "
            "D'après un proche de la direction, ces derniers réuniraient Ostra Capital et Brenne Partners.")
    article = extractor.extract(text)
    names = {i.name for r in article.funding_rounds for i in r.investors}
    assert {"Ostra Capital", "Brenne Partners"} <= names
