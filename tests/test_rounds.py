"""Funding rounds: which amounts are rounds, and rounds assembled end to end."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.company import antecedent
from extractor.round_amounts import (
    EARLIER_VALUATION,
    ROUND,
    VALUATION,
    Mention,
    bind_mentions,
    headline_company,
    classify_amount,
    is_earlier,
    passive_agent,
)
from extractor.round_candidates import coordinated_names, counted_round_names, split_sentences
from extractor.rounds import acronym_of

_AMOUNT = re.compile(r"\[(.+?)\]")


def _classify(sentence: str):
    """The amount is marked with brackets: "a levé [10 millions d'euros]"."""
    m = _AMOUNT.search(sentence)
    plain = sentence[:m.start()] + m.group(1) + sentence[m.end():]
    return classify_amount(plain, m.start(), m.start() + len(m.group(1)))


@pytest.mark.parametrize("sentence, expected", [
    ("Sylvo a levé [12 millions d'euros] auprès de Noria.", ROUND),
    # A raise participle after the amount, in a round-up's "avec ...".
    ("Sylvo mène la semaine avec [9 millions d'euros] récoltés auprès de Noria.", ROUND),
    ("La semaine se clôt avec un total de [40 millions d'euros] levés.", None),
    ("Avec « seulement » [9 millions d'euros] levés, Sylvo, ancien leader, recule.", ROUND),
    ("Avec « seulement » [11 millions de francs] de chiffre d'affaires, Sylvo recule.", None),
    # Money only sought or planned is no round; one about to close is.
    ("Sylvo espère lever jusqu'à [40 millions d'euros] en Bourse.", None),
    ("La société cherche à lever [10 millions d'euros] d'ici l'été.", None),
    ("Sylvo a mandaté une banque pour lever [20 millions d'euros].", None),
    ("Sylvo est sur le point de boucler [15 millions d'euros].", ROUND),
    ("Sylvo a levé [10 millions d'euros] pour recruter.", ROUND),
    ("La start-up boucle une Série A de [8 M€].", ROUND),
    ("Veltis annonce une levée de fonds de [5 millions d'euros].", ROUND),
    ("Elle obtient une subvention de [300 000 euros].", ROUND),
    ("Sylvo a levé [680 millions de dollars] (575 millions d'euros) lors d'une Série B.", ROUND),
    ("Sa valorisation serait ainsi portée à [60 milliards de dollars].", VALUATION),
    ("Vexo lève 9 millions de dollars, ou [8 millions d'euros], auprès de Selva.", None),
    ("Vexo lève 9 millions de dollars, l'équivalent de [8 millions d'euros].", None),
    ("La montréalaise Vexo lève [9 M$ CA] auprès de Selva.", ROUND),
    ("Vexo a levé des fonds à hauteur de [5 millions d'euros].", ROUND),
    ("Vexo lève un total de [12 millions d'euros] auprès de Selva.", ROUND),
    ("Alpaga a participé à hauteur de [2 millions d'euros].", None),
    ("Vexo a levé 40 millions, dont [35 millions] auprès de Selva.", None),
    ("Vexo a levé 10 millions de dollars, soit [9 millions d'euros].", None),
    ("La ligne de crédit pourra aller jusqu'à [50 millions d'euros].", None),
    ("Les levées de fonds, en hausse jusqu'en 2022, atteignaient un record de [13 milliards d'euros].", None),
    ("La santé domine le trimestre avec 46 opérations et [212 millions d'euros].", None),
    ("Orlanne vaut désormais [730 millions d'euros].", VALUATION),
    ("Le studio serait déjà estimé à plus de [900 millions d'euros].", VALUATION),
    ("Sylvo a levé 680 millions de dollars ([575 millions d'euros]) lors d'une Série B.", None),
    ("La société a réalisé un chiffre d'affaires de [2,4 millions d'euros] en 2023.", None),
    ("Elle a dépassé les [120 millions d'euros] de revenus récurrents.", None),
    ("Elle a levé au total plus de [425 millions de dollars] depuis sa création.", None),
    ("Elle a levé [3 millions d'euros] auprès de business angels depuis sa création.", None),
    ("Partech, qui gère [2,5 milliards d'euros], mène le tour.", None),
    ("Le fonds a bouclé un fonds de [300 millions d'euros].", None),
    ("L'action a été introduite au prix de [8,20 euros] par action.", None),
    ("Trois start-up ont bouclé des levées de plus de [150 millions d'euros] chacune.", None),
    ("Les Séries A se sont négociées autour de [9 millions d'euros] en moyenne.", None),
    ("Une Série A se situe généralement entre 5 et [20 millions d'euros].", None),
    ("Les fonds s'étaient engagés à souscrire pour un montant total de [6 millions d'euros].", None),
    ("Elle empoche un chèque de [34 000 euros].", None),
    # Shares sold by holders are not money raised, but the round they are part of is.
    ("Une partie de l'opération, soit [15 millions d'euros], correspond à des titres cédés par les fondateurs.",
     None),
    ("Sur ce total, [4 millions d'euros] correspondent à des actions cédées par des salariés.", None),
    ("Elle lève [30 millions d'euros], dont 5 millions en secondaire.", ROUND),
    ("L'opération valorise l'entreprise [4,4 milliards d'euros].", VALUATION),
    ("La start-up est désormais valorisée [1,4 milliard d'euros].", VALUATION),
    # The amount first, its raise verb after it.
    ("[7 millions de francs] : c'est le montant que vient d'obtenir la medtech bâloise Vorta.", ROUND),
    ("[5 millions d'euros], c'est ce qu'a récolté Vorta.", ROUND),
    ("[8 millions d'euros] ont été levés par la start-up Vorta.", ROUND),
    ("[8 millions d'euros] ont été dépensés en publicité.", None),
    ("[3 millions d'euros] : c'est le chiffre d'affaires de Vorta.", None),
    ("Un analyste chiffre désormais sa nouvelle valeur à [800 millions $].", VALUATION),
    ("Elle est valorisée 4 milliards, contre [2,7 milliards] lors de sa précédente levée.", EARLIER_VALUATION),
    # "pour" is no plan before a verb told in a tense; it is before an infinitive.
    ("Tarsio, une place de marché pour artisans a levé [6 millions d'euros] le mois dernier.", ROUND),
    ("Tarsio s'associe à Selva pour lever [6 millions d'euros].", None),
    ("Tarsio a réalisé son dernier tour en mai 2021 pour lever [27 millions d'euros].", ROUND),
    # A sum raised so far, a threshold, a volume.
    ("Créée en 2019, Orvane, qui avait jusqu'ici levé [9 millions d'euros], ouvre une usine.", None),
    ("Orvane a levé à ce jour [9 millions d'euros].", None),
    ("Jusqu'ici discrète, Orvane a levé [9 millions d'euros].", ROUND),
    ("La part des opérations à moins de [deux millions de francs] recule.", None),
    ("Le volume investi par les sociétés de gestion grimpe à [3,4 milliards].", None),
    ("Pour la cofondatrice d'Orlanne ([45 millions de dollars] levés au total), l'heure est à la rentabilité.", None),
    # A threshold crossed, a running total, a balance-sheet debt, a sum per head or over years.
    ("Les jeunes pousses ont levé 90 millions ; une seule opération dépasse les [20 millions d'euros].", None),
    ("Orvane lève 4 millions, portant son financement total à [6 millions d'euros].", None),
    ("Orvane a levé 4 millions d'euros, portant sa dette nette à [2 millions d'euros].", None),
    ("Orvane a levé une dette nette de [5 millions d'euros].", None),
    ("Les lauréats ont reçu 30 000 €, soit [10 000 €] par entrepreneur.", None),
    ("Le plan veut stimuler la levée de [20 milliards] sur dix ans.", None),
    ("Orvane a levé [20 millions d'euros] sur un tour de table mené par Selva.", ROUND),
])
def test_classify_amount(sentence, expected):
    assert _classify(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sylvo avait levé 5 millions d'euros en 2020.", True),
    ("Deux ans à peine après une Série B de 55 millions d'euros, Orlanne déménage.", True),
    ("Sylvo a levé 5 millions d'euros.", False),
])
def test_is_earlier(sentence, expected):
    assert is_earlier(sentence, sentence.index("5")) is expected


@pytest.mark.parametrize("after, expected", [
    (" réunis en mai par la start-up Orlane.", " réunis en mai par"),
    (" levés l'an dernier par Orlane.", " levés l'an dernier par"),
    (" obtenus par la bordelaise Orlane.", " obtenus par"),
    # No raise participle, or an agent too far away: not the raiser.
    (" apportés par le fonds Noria.", None),
    (" réunis auprès de Noria, un fonds géré par Selva.", None),
])
def test_passive_agent(after, expected):
    found = passive_agent(after)
    assert (found.group() if found else None) == expected


# The text before "La start-up a bouclé ...": the company it refers back to.
@pytest.mark.parametrize("text, loose, expected", [
    ("Les capteurs viennent de Ferrilo, une jeune pousse basée à Grenoble. La start-up, qui recrute, a levé ",
     True, "Ferrilo"),
    ("Les robots sont conçus par la medtech nantaise Ostrea. Son patron, Paul Girard, sourit. Elle a obtenu ",
     True, "Ostrea"),
    ("Corvane équipe les vignerons. Le fondateur de Corvane est optimiste. La société bordelaise a bouclé ",
     True, "Corvane"),
    ("La lilloise Brevia a, elle, choisi la dette : elle a obtenu ", False, "Brevia"),
    # A hyphenated company noun introduces the name as well as a plain one.
    ("Nous avons visité la start-up Quilda mardi. Elle a obtenu ", False, "Quilda"),
    # Neither a dateline city, nor a person, nor a place after "à", nor a capital opening a sentence.
    ("Annecy (Haute-Savoie), envoyée spéciale. Marie Dupont sourit. Elle a obtenu ", True, None),
    ("Installée à Rouen, la jeune pousse a obtenu ", True, None),
    ("Le marché grandit. À Rouen, la jeune pousse a obtenu ", True, None),
    # After a verb, "à X, la plateforme ..." names a company.
    ("Le premier prix revient à Quilda, la plateforme de jeux. Elle a obtenu ", False, "Quilda"),
    ("Sept ans de travail. La jeune pousse a obtenu ", True, None),
    ("Depuis la semaine Tech de Lyon, elle a obtenu ", False, None),
    # Once a round is told, a funder opening a sentence or a complement is no antecedent.
    ("Noria mène le tour. La start-up a obtenu ", False, None),
    ("Parmi eux, le fondateur de la fintech Tilia. La start-up a obtenu ", False, None),
    # The place after "la jeune pousse de" is no company; the name before it is.
    ("Recyclage : Ferrilo boucle sa série A. Ferrilo grandit. La jeune pousse de Haute-Savoie a bouclé ",
     True, "Ferrilo"),
])
def test_antecedent(text, loose, expected):
    found = antecedent(text, 0, loose)
    assert (found.name if found else None) == expected


def test_split_sentences_keeps_round_letters_and_initials():
    text = "Elle a levé 50 millions en Série B. Noria mène le tour. Selon J. Martin, c'est rare."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Elle a levé 50 millions en Série B.", "Noria mène le tour.", "Selon J. Martin, c'est rare.",
    ]


def _rounds(extractor, text):
    return extractor.extract(text).funding_rounds


def test_round_with_lead_existing_and_valuation(extractor):
    text = ("date 2024-03-12\nLa fintech Qirel a bouclé une Série C de 40 millions d'euros, menée par "
            "le fonds américain Orion Capital. Ses investisseurs historiques Noria et Selva remettent au pot. "
            "L'opération valorise l'entreprise 400 millions d'euros.")
    [r] = _rounds(extractor, text)
    assert (r.company, r.round_type, r.amount.value, r.valuation.value, r.date) == (
        "Qirel", "series_c", 40_000_000, 400_000_000, "2024-03-12")
    flags = {i.name: (i.lead, i.existing) for i in r.investors}
    assert flags == {"Orion Capital": (True, False), "Noria": (False, True), "Selva": (False, True)}


def test_earlier_round_keeps_its_own_lead(extractor):
    text = ("Vorta lève 30 millions d'euros lors d'une Série B menée par Alder. "
            "En 2021, Vorta avait bouclé une Série A de 8 millions d'euros menée par Birchwood.")
    rounds = {r.round_type: r for r in _rounds(extractor, text)}
    assert [i.name for i in rounds["series_b"].investors] == ["Alder"]
    assert [i.name for i in rounds["series_a"].investors] == ["Birchwood"]


def test_round_up_paragraphs(extractor):
    text = ("Trois levées de la semaine.\n\n"
            "Swilo. La carte titre-restaurant a levé 20 millions d'euros en Série B auprès de Noria.\n\n"
            "Brindo. L'application de jardinage a bouclé un tour d'amorçage de 2 millions d'euros.")
    assert {(r.company, r.round_type) for r in _rounds(extractor, text)} == {
        ("Swilo", "series_b"), ("Brindo", "seed")}


@pytest.mark.parametrize("text", [
    "Les start-up françaises ont levé 8,3 milliards d'euros en 2023.",
    "En France, une Série A se situe généralement entre 5 et 20 millions d'euros.",
    "La société a réalisé un chiffre d'affaires de 50 millions d'euros en 2023.",
    # A company's own spending, a fund's usual ticket.
    "La société Vorta a investi 3 millions d'euros dans la construction de son usine.",
    "Avec 250 millions sous gestion, le fonds Selva investit entre 300 000 euros et 3 millions d'euros par entreprise.",
    # Totals, and money only sought.
    "Au total, Orlanne aura levé 38 millions de francs en cinq ans.",
    "Quilda cherche toujours à lever 4 millions de francs suisses.",
    "En un trimestre, nos jeunes pousses ont récolté 498 millions d'euros.",
    "La moyenne (4,1 millions d'euros) reste loin de la médiane (1,9 million) : neuf jeunes pousses ont levé des fonds.",
    "Sur sept jours, le marché totalise 30 millions d'euros et ne compte aucune levée de plus de 8 millions d'euros.",
    "Depuis sa création en 2012, Vexo avait déjà levé 52 millions d'euros.",
    "L'introduction doit lui permettre de lever 40 millions d'euros.",
    "Le secteur va bénéficier d'une enveloppe de 7 milliards d'euros.",
    "Le montant médian levé est d'environ 2 millions de dollars.",
    "Les deux fonds ont investi 1 million d'euros chacun dans le projet.",
    "Le géant a investi 13 milliards de dollars dans Orbo depuis 2019.",
    "Le fonds a levé 150 millions d'euros auprès de souscripteurs institutionnels.",
    "Le trimestre s'achève sur 1,7 Md€ levés par les start-ups du logiciel en Belgique.",
    "Les jeunes pousses québécoises ont vu leur financement atteindre 1,46 milliard de dollars.",
    "L'incubateur Tarsio a réuni 20 millions d'euros pour son tout premier fonds.",
    "Orvane prévoyait alors de recevoir 30 millions d'euros avant l'été.",
    "Le gérant Alpaga boucle un premier closing à 85 M€ pour son fonds Alpaga Climat.",
    "L'exercice se termine avec 940 M€ levés par les start-up de la tech wallonne.",
    "Cette Série B, qui porte à 64 millions de dollars le total levé depuis 2018, est pilotée par Alpaga.",
    # Money put into a market, a fund's own money and backers, tickets, forecasts, modal futures.
    "En 2024, environ 640 millions ont été investis dans les start-up alsaciennes.",
    "Selva lance un fonds consacré à la santé, Selva Care, qui a récolté 60 millions d'euros.",
    "Ces fonds ont été levés auprès d'assureurs, dont la mutuelle Orvia qui investit 12 millions d'euros.",
    "Le véhicule interviendra par tickets de 75 000 euros par dossier.",
    "Le fonds sera bouclé cet été et pourrait atteindre 90 millions d'euros.",
    "Toute jeune pousse retenue pourra obtenir un prêt de 50 000 euros.",
])
def test_not_a_round(extractor, text):
    assert _rounds(extractor, text) == []


# One construction per case, end to end: (company, round_type, amount) of every round.
@pytest.mark.parametrize("text, expected", [
    # The raise verb comes after a relative clause that holds verbs of its own.
    (("MONTRÉAL — La jeune entreprise Sorbel, qui fabrique des drones pour surveiller les forêts, "
     "a annoncé mardi avoir conclu une ronde de série A de 6 millions de dollars canadiens."),
     {("Sorbel", "series_a", 6_000_000)}),
    # A feature told with "la jeune pousse": the headline's organisation that the text repeats.
    (("À Nantes, les robots de Quillane Systems trient les déchets\n\n"
     "PORTRAIT – La jeune pousse nantaise a levé 4 millions d'euros au printemps. "
     "Chez Quillane Systems, on recrute."),
     {("Quillane Systems", "unspecified", 4_000_000)}),
    # Round-up items with the name on a heading line above the paragraph.
    (("Trois levées de la semaine.\n\n▸ Orvane – 6 M€\n"
     "Le spécialiste lillois de la logistique boucle une série A de 6 M€ menée par Noria.\n\n"
     "▸ Tarsio – 1 M€\nLa plateforme de recrutement a réuni 1 million d'euros auprès de Selva."),
     {("Orvane", "series_a", 6_000_000), ("Tarsio", "unspecified", 1_000_000)}),
    # The kind is named in a later sentence of the paragraph, without the amount...
    (("Vorta annonce une levée de fonds de 12 millions d'euros. Le tour de table, une série A, "
     "est mené par Noria."), {("Vorta", "series_a", 12_000_000)}),
    ("Le fonds Selva injecte 2 millions d'euros dans Brisk. Un tour d'amorçage solide pour la start-up.",
     {("Brisk", "seed", 2_000_000)}),
    # An earlier Québec "ronde" in dollars that the article calls Canadian.
    (("Brisko obtient 12 millions de dollars canadiens en série A. Brisko avait réalisé une première ronde "
     "de 2 millions $ en 2020."), {("Brisko", "series_a", 12_000_000), ("Brisko", "unspecified", 2_000_000)}),
    # A headline total over two rounds told apart is not a third round.
    (("Ferol réunit près de 6 millions d'euros\n\nFerol a finalisé un double financement : un tour d'amorçage "
     "de 4 millions d'euros mené par Noria, et une subvention de 1,9 million d'euros accordée par Bpifrance."),
     {("Ferol", "seed", 4_000_000), ("Ferol", "grant", 1_900_000)}),
    # A named round whose amount the text says it keeps quiet.
    (("Brisko lève 3 millions de dollars. Brisko avait bouclé sa Série A en 2021 auprès de Noria, "
     "sans en dévoiler le montant."), {("Brisko", "unspecified", 3_000_000), ("Brisko", "series_a", None)}),
    # The amount first; the company is named after the raise verb.
    (("7 millions de francs : c'est le montant que vient d'obtenir la medtech bâloise Vorta\n\n"
      "Vorta, qui conçoit des prothèses, a finalisé sa Série A."), {("Vorta", "series_a", 7_000_000)}),
    ("Au printemps, 8 millions d'euros ont été levés par la start-up Brisk.", {("Brisk", "unspecified", 8_000_000)}),
    # The headline's round takes its kind from the lead paragraph.
    ("Brisk empoche 7 millions d'euros\n\nLa jeune pousse lilloise a bouclé sa Série B. Le tour est mené par Noria.",
     {("Brisk", "series_b", 7_000_000)}),
    # A funder's verb: the money goes to the company named after the amount.
    ("Le groupe Tilia investit 10 millions d'euros dans la foodtech Brisk.", {("Brisk", "unspecified", 10_000_000)}),
    (("Selva mise 3 millions d'euros sur Brisk\n\nLe fonds Selva est le chef de file du tour d'amorçage "
      "de 3 millions d'euros annoncé par Brisk."), {("Brisk", "seed", 3_000_000)}),
    # ...but not a round still to come, nor one before it.
    ("Vorta lève 3 millions d'euros auprès de Noria. Selva, présente depuis l'amorçage, a aussi suivi.",
     {("Vorta", "unspecified", 3_000_000)}),
    ("Vorta lève 3 millions d'euros auprès de Noria. Une Série A est déjà prévue pour 2027.",
     {("Vorta", "unspecified", 3_000_000)}),
    # A passive participle after a second amount: its agent raised it.
    (("La start-up Vorta a annoncé une Série A de 9 millions de francs, devant les 5 millions de francs "
      "récoltés en juin par la bâloise Orlane."),
     {("Vorta", "series_a", 9_000_000), ("Orlane", "unspecified", 5_000_000)}),
    # "La start-up ..." and "elle" refer back to the company last introduced, not to the title.
    (("À Nantes, l'usine qui ne s'arrête plus\n\nRezé, envoyé spécial. Les capteurs viennent de Ferrilo, "
      "une jeune pousse installée à Grenoble. La start-up, qui emploie 12 personnes, a levé 2 millions d'euros."),
     {("Ferrilo", "unspecified", 2_000_000)}),
    (("Marie Dupont, la passionnée de la vigne\n\nÀ 40 ans, Marie Dupont dirige Corvane. Corvane équipe les "
      "vignerons. La société bordelaise vient de boucler une Série A de 6 millions d'euros."),
     {("Corvane", "series_a", 6_000_000)}),
    (("La nantaise Ostrea a levé 8 millions d'euros. La lilloise Brevia a, elle, choisi la dette : "
      "elle a obtenu un prêt de 3 millions d'euros."),
     {("Ostrea", "unspecified", 8_000_000), ("Brevia", "debt", 3_000_000)}),
    # A name closed by "IA", the subject of "a annoncé la clôture" after "la jeune pousse".
    (("La jeune pousse nantaise Ardoise IA a annoncé la clôture d'une Série A de 20 millions d'euros "
      "menée par la Banque cantonale de Vaud."),
     {("Ardoise IA", "series_a", 20_000_000)}),
    # An amount raised whose company is nowhere: the round is kept, company null.
    ("La jeune pousse a levé 3 millions d'euros auprès de Noria.", {(None, "unspecified", 3_000_000)}),
    # A fronted amount, its company the subject after the comma.
    ("Avec un tour de 6 M€, Vexo arrive deuxième du classement.", {("Vexo", "unspecified", 6_000_000)}),
    # The company after the amount: as the owner of the round, or the agent of a participle.
    ("Le club Norial a suivi la levée de 2,5 M€ de la start-up nantaise Quilda.",
     {("Quilda", "unspecified", 2_500_000)}),
    ("Le mois de mars doit beaucoup à la levée de 11 millions de francs bouclée par Vexo.",
     {("Vexo", "unspecified", 11_000_000)}),
    # "recevoir" tells money raised too.
    ("Norial vient de recevoir 4 millions d'euros du fonds Alpaga.", {("Norial", "unspecified", 4_000_000)}),
    # Round-up lists with each amount in parentheses after its company.
    ("Cinq licornes ce semestre : Vexo (250 M€ levés), Norial (478 M€) et Orbo Systems (305 M€).",
     {("Vexo", "unspecified", 250_000_000), ("Norial", "unspecified", 478_000_000),
      ("Orbo Systems", "unspecified", 305_000_000)}),
    ("Les levées du mois, comme le fabricant de vélos Vexo (71 millions d'euros) ou la biotech Orbo "
     "(80 millions d'euros).", {("Vexo", "unspecified", 71_000_000), ("Orbo", "unspecified", 80_000_000)}),
    # A kind named paragraphs later, for the round referred back to ("ce tour de table").
    (("Orvo a récolté 65 millions de dollars auprès d'investisseurs.\n\nLes fondateurs sont ravis.\n\n"
      "Qualifié de série C, ce tour a été piloté par Alpaga."), {("Orvo", "series_c", 65_000_000)}),
    # A kind goes to the amount of its own clause; money for a fund is no round.
    ("Novalia obtient 5 M€ de Fonds E au titre d'une série A, qu'elle compte étendre plus tard.",
     {("Novalia", "series_a", 5_000_000)}),
    ("Orbo obtient un financement de 3,5 M€ de la part de Fonds F.", {("Orbo", "unspecified", 3_500_000)}),
    # Bullet lines: the name heads the line, the kind follows the amount.
    ("Les levées de la semaine\n• Vexo — 23 M€ — Série B — Alpaga\n- Norial (robotique), 5 M€ en amorçage, 9 mai :",
     {("Vexo", "series_b", 23_000_000), ("Norial", "seed", 5_000_000)}),
    # A funder's participle after the amount: a round, its company unknown here.
    ("Le plus gros ticket du mois reste celui de 14 millions d'euros consenti par Alpaga et Selva pour un fabricant de vélos.",
     {(None, "unspecified", 14_000_000)}),
    # The verb that governs the round noun, in a relative clause; a possessive round.
    (("Certaines licornes vacillent, comme Orvane, qui finalise actuellement une levée de 90 millions de dollars "
      "pilotée par Tigre, six mois après la présentation de son tour de table de 40 millions d'euros."),
     {("Orvane", "unspecified", 90_000_000), ("Orvane", "unspecified", 40_000_000)}),
    # Raise verbs "collecter", "s'assurer".
    ("Alpaga, qui a collecté, le 3 février, 26 millions d'euros auprès de Selva, s'installe à Lyon.",
     {("Alpaga", "unspecified", 26_000_000)}),
    ("De son côté, Orvane, spécialisée dans l'énergie, a réussi à s'assurer 35 millions de francs.",
     {("Orvane", "unspecified", 35_000_000)}),
    # A rounded figure in the headline and the exact one below are one round.
    ("Vexo lève près de 10 millions d'euros\n\nVexo a bouclé un tour de 9,7 millions d'euros auprès de Selva.",
     {("Vexo", "unspecified", 10_000_000)}),
    # No amount at all: a raise verb with its investors still tells a round.
    ("Vexo a levé des fonds auprès de Selva Partners et d'Alpaga Capital. Le montant reste secret.",
     {("Vexo", "unspecified", None)}),
    # Titles with no verb.
    ("12 millions d'euros pour Kalima\n\nLa jeune pousse recrute.", {("Kalima", "unspecified", 12_000_000)}),
    ("Orbo : 5 M€ pour accélérer à l'international", {("Orbo", "unspecified", 5_000_000)}),
    # "s'élève à" and "à hauteur de" right after a raise cue introduce the amount.
    ("Le montant de la levée s'élève à 3 millions d'euros.", {(None, "unspecified", 3_000_000)}),
    ("Brindo ouvre son capital à hauteur de 2 M€ à Selva.", {("Brindo", "unspecified", 2_000_000)}),
    # A company phrase with a complement before the name; a fronted amount raised.
    ("Le spécialiste de la recharge électrique Norial a bouclé un tour de 24 millions d'euros.",
     {("Norial", "unspecified", 24_000_000)}),
    (("La palme revient au producteur d'insectes Vexo, basé à Amiens. La start-up, fondée en 2017, "
      "a annoncé avoir levé 25 millions d'euros."), {("Vexo", "unspecified", 25_000_000)}),
    ("Avec 9 millions d'euros levés, Vexo occupe la première place.", {("Vexo", "unspecified", 9_000_000)}),
    # Bullet headings with a name only; an indefinite company description as subject.
    (("Les fintechs du mois :\n– Kalima\nUne plateforme fintech opérant au Kenya a obtenu un prêt de "
      "51 millions de dollars.\n– Orbo\nCette plateforme a signé un financement de 50 millions de dollars."),
     {("Kalima", "debt", 51_000_000), ("Orbo", "unspecified", 50_000_000)}),
    ("Une start-up lyonnaise a levé 5 millions d'euros auprès de Selva.", {(None, "unspecified", 5_000_000)}),
    # The amount before "qu'a reçu X".
    ("Le pays se classe grâce au financement de 80 millions de dollars qu'a reçu Orvane en mai.",
     {("Orvane", "unspecified", 80_000_000)}),
    # Money put into a company's capital, told in the passive.
    ("La dirigeante inaugure une usine. 42 millions de francs ont été injectés au capital de Kalima.",
     {("Kalima", "unspecified", 42_000_000)}),
    # One amount told for several companies ("chacune"): a round each.
    ("Enfin, la fintech Kalima et la medtech Orbo ont levé 3 millions d'euros chacune.",
     {("Kalima", "unspecified", 3_000_000), ("Orbo", "unspecified", 3_000_000)}),
    ("Au pied du podium : Tarsio et Norial qui ont chacun levé 6 millions de francs.",
     {("Tarsio", "unspecified", 6_000_000), ("Norial", "unspecified", 6_000_000)}),
    # The people of a company raise for it.
    ("Les deux cofondateurs d'Orvane ont levé 2 millions d'euros.", {("Orvane", "unspecified", 2_000_000)}),
    ("Ses fondateurs ont bouclé un tour de 3 millions d'euros.", {(None, "unspecified", 3_000_000)}),
    # A "Lire aussi" link tells another article's round.
    ("Vexo lève 5 millions d'euros.\nLire aussi : Norial boucle une Série A de 12 millions d'euros\nVexo recrute.",
     {("Vexo", "unspecified", 5_000_000)}),
    # The second verb of a coordination has the subject of the first.
    ("Quilda, spécialisée en robotique, s'est introduite en Bourse le 10 mai et a levé 20 millions d'euros.",
     {("Quilda", "ipo", 20_000_000)}),
    # ...but a verb after "lorsque" has its own subject.
    ("La valorisation, qui inclut les fonds levés, a triplé depuis juin, lorsque la société Orvane, "
     "créée peu avant, avait levé 50 millions d'euros.", {("Orvane", "unspecified", 50_000_000)}),
    # A round told in a "que" clause after a speech verb: that clause's subject counts.
    ("Orvane prépare un tour de table. Trois sources ont indiqué que le montant du tour de table s'élevait à "
     "40 millions d'euros.", {("Orvane", "unspecified", 40_000_000)}),
    # A funder's stake: the company is the one whose capital it enters.
    ("Le fonds Alpaga prend une participation de 15 millions de dollars au capital de Quilda.",
     {("Quilda", "unspecified", 15_000_000)}),
    # An extension of a round, its kind named after the amount.
    ("Norial annonce une extension de 3 millions d'euros de sa série A.", {("Norial", "series_a", 3_000_000)}),
    # A round as the subject: "un premier tour ... a permis à X de lever".
    ("Orvane, fondée l'an dernier, grandit vite. Un premier tour de table pré-seed a permis à la "
     "biotech de lever 1,5 million d'euros.", {("Orvane", "pre_seed", 1_500_000)}),
    # A round told in the passive with its agent, in a round-up; a fund's or several
    # companies' money is no round.
    ("Trimestre morose, en dehors des 180 millions levés par le géant Orvane.",
     {("Orvane", "unspecified", 180_000_000)}),
    ("Trimestre morose, en dehors des 180 millions levés par Orvane, Tarsio et Quilda.", set()),
    ("Trimestre morose, en dehors des 180 millions levés par le fonds Alpaga.", set()),
    # An apposition whose closing comma is missing.
    ("Tarsio, une place de marché pour artisans a levé 6 millions d'euros.", {("Tarsio", "unspecified", 6_000_000)}),
    # The kind told later goes to the main company's round, not to a round told for comparison.
    ("Vexo a levé 60 millions d'euros, plus que les 40 millions d'euros levés en 2019 par Orbo. "
     "Présenté comme une série C, ce tour est conduit par Selva.",
     {("Vexo", "series_c", 60_000_000), ("Orbo", "unspecified", 40_000_000)}),
    # The headline names the kind of the lead paragraph's round.
    ("Norial boucle sa série A\nLa start-up lyonnaise Norial a levé 8 millions d'euros auprès de Selva.",
     {("Norial", "series_a", 8_000_000)}),
    # A listing named by its market.
    ("Norial s'est introduite sur le Nasdaq et a levé 100 millions de dollars.", {("Norial", "ipo", 100_000_000)}),
    # "L'entreprise" with no name introduced: the organisation the text keeps naming.
    ("En un geste, la photo est nette. Le tout passe par Lumio Studio. Cette application, que les équipes de "
     "Lumio Studio mettent à jour chaque semaine, plaît aux clients de Lumio Studio en Europe. L'entreprise "
     "vient de réaliser une levée de fonds de 12 millions d'euros auprès de Selva.",
     {("Lumio Studio", "unspecified", 12_000_000)}),
    # "celle de X": a pronoun for the round, owned by X; "du nom de X" introduces X.
    ("Le mois doit beaucoup à deux opérations. En tête, celle de Vexo, nouveau record de fonds levés, "
     "avec 80 millions d'euros.", {("Vexo", "unspecified", 80_000_000)}),
    ("Un rival du nom de Quilda vient de confirmer un tour de table. L'opération a atteint 90 millions "
     "de dollars.", {("Quilda", "unspecified", 90_000_000)}),
    # The kind of the article's only round, named paragraphs later with a possessive.
    ("Vexo a levé 8 millions d'euros auprès de Selva.\nLe marché des drones grandit vite en Europe.\n"
     "Sa série A doit financer l'ouverture d'une usine à Lille.", {("Vexo", "series_a", 8_000_000)}),
    # ...but not when the article tells two rounds.
    ("Vexo a levé 8 millions d'euros auprès de Selva. Orbo a levé 3 millions d'euros.\nLe marché grandit.\n"
     "Sa série A doit financer une usine.",
     {("Vexo", "unspecified", 8_000_000), ("Orbo", "unspecified", 3_000_000)}),
    # A stressed pronoun after the auxiliary repeats the subject.
    ("Tarsio a levé 10 millions d'euros. Orvane a elle annoncé avoir levé 30 millions d'euros.",
     {("Tarsio", "unspecified", 10_000_000), ("Orvane", "unspecified", 30_000_000)}),
    # A ranking fronted before a verb of place, the company after it.
    ("Tarsio a levé 10 millions d'euros. En troisième position arrive Kalima, grâce à une levée de 4,5 M€.",
     {("Tarsio", "unspecified", 10_000_000), ("Kalima", "unspecified", 4_500_000)}),
    ("Tarsio a levé 10 millions d'euros. En juin vient la levée de 4,5 M€.",
     {("Tarsio", "unspecified", 10_000_000), ("Tarsio", "unspecified", 4_500_000)}),
    # The pronoun of a completive clause is the main clause's subject, never a person.
    ("Tarsio a levé 10 millions d'euros. L'éditeur de jeux Orbo précise qu'il a finalisé une levée "
     "de 5 M€.", {("Tarsio", "unspecified", 10_000_000), ("Orbo", "unspecified", 5_000_000)}),
    ("Tarsio a levé 10 millions d'euros. Dans un communiqué, Paul Roy indique qu'elle a bouclé un tour de "
     "6 millions d'euros.", {("Tarsio", "unspecified", 10_000_000), ("Tarsio", "unspecified", 6_000_000)}),
    # "tous deux" shares one amount between coordinated companies; an owner after "de" is left out.
    ("Elle affronte ses rivaux Orbo et Selva de Paul Roy, qui ont tous deux levé 10 millions d'euros.",
     {("Orbo", "unspecified", 10_000_000), ("Selva", "unspecified", 10_000_000)}),
    ("Les start-up ont toutes les deux levé 4 millions d'euros.", set()),
    # A possessive round coordinated after its company.
    ("Tarsio a levé 10 millions d'euros, dépassée depuis par la medtech Orvane et son tour de table de "
     "18 millions d'euros.", {("Tarsio", "unspecified", 10_000_000), ("Orvane", "unspecified", 18_000_000)}),
    # A verb the tagger may read as a noun: the name opening the sentence, past a relative.
    ("Tarsio a levé 10 millions d'euros. Selva, qui loue des vélos, se classe troisième grâce à une opération "
     "de 4 M€.", {("Tarsio", "unspecified", 10_000_000), ("Selva", "unspecified", 4_000_000)}),
    # Companies coordinated as the subject of a raise verb with no amount: a round each.
    ("Orvane, Tarsio et Quilda lèvent plusieurs millions", {("Orvane", "unspecified", None),
                                                          ("Tarsio", "unspecified", None),
                                                          ("Quilda", "unspecified", None)}),
    ("Selva et Alpaga ont investi dans la robotique.", set()),
    ("Paul Roy et Anne Morel ont levé des fonds.", set()),
    ("Orvane et Tarsio espèrent lever des fonds.", set()),
    # The amount in a fronted phrase, the company after it and its apposition.
    ("Tarsio a levé 10 millions d'euros. Avec « seulement » 7 millions d'euros levés, Orvane, ancien leader, "
     "recule.", {("Tarsio", "unspecified", 10_000_000), ("Orvane", "unspecified", 7_000_000)}),
    # A named round's own amount after "totalisant", owned by the name after "de".
    ("Des opérations récentes, comme la série F d'Orvane totalisant 213 millions de dollars, changent la donne.",
     {("Orvane", "series_f", 213_000_000)}),
    ("Les levées de fonds totalisant 213 millions de dollars changent la donne.", set()),
    # Money fallen into a company's coffers.
    ("Quelques opérations ressortent, comme les 6 millions d'euros tombés lundi dans l'escarcelle de la "
     "start-up lilloise Orvane.", {("Orvane", "unspecified", 6_000_000)}),
    # A round whose passive agent is the company; a lead investor is not.
    ("Tarsio a levé 10 millions d'euros. Le deal du mois est signé par l'assureur Norial, avec "
     "25 M€ obtenus auprès de Kalima.", {("Tarsio", "unspecified", 10_000_000), ("Norial", "unspecified", 25_000_000)}),
    ("Tarsio a levé 10 millions d'euros. Le tour a été mené par Selva, avec 30 millions d'euros levés.",
     {("Tarsio", "unspecified", 10_000_000), ("Tarsio", "unspecified", 30_000_000)}),
    # The company named before a colon, referred back to after it.
    ("Tarsio a levé 10 millions d'euros. Deuxième, Orvane et son site de vente de vélos : la start-up a levé "
     "7 millions d'euros.", {("Tarsio", "unspecified", 10_000_000), ("Orvane", "unspecified", 7_000_000)}),
    # The company after "pour" in a funder's passive; a project is no company.
    ("Le principal apport du mois est celui de 12 M€ consenti par Selva et Alpaga pour l'éditeur de logiciels "
     "de paie Orvane.", {("Orvane", "unspecified", 12_000_000)}),
    # A person as the subject of the raise: the company comes from the context, never the person.
    ("La start-up Orvane vend des lampes. Paul Roy a levé 7 millions d'euros auprès de Selva.",
     {("Orvane", "unspecified", 7_000_000)}),
    # A plain round noun with its owner and no amount, the text saying it is withheld.
    ("Le classement omet la levée de fonds de la plateforme de paie Orvane, pour un montant qui n'a pas "
     "encore été dévoilé.", {("Orvane", "unspecified", None)}),
    ("La levée de fonds, dont le montant n'a pas été dévoilé, servira à recruter.", set()),
    ("La levée de fonds de Paul Roy, dont le montant n'a pas été dévoilé, servira à recruter.", set()),
])
def test_rounds_end_to_end(extractor, text, expected):
    got = {(r.company, r.round_type, r.amount.value if r.amount else None) for r in _rounds(extractor, text)}
    assert got == expected


def test_a_retold_amount_dates_the_round_more_precisely(extractor):
    text = ("date 2024-09-05\nVelcor, qui a levé 4 millions d'euros cet été, recrute.\n\n"
            "En juillet, Velcor a conclu un tour de table de 4 millions d'euros mené par Noria.")
    [r] = _rounds(extractor, text)
    assert r.date == "2024-07"


def test_a_retold_amount_dates_an_undated_headline_round(extractor):
    text = ("Selva mise 3 millions d'euros sur Brisk\n\n"
            "Le fonds Selva mène la levée de 3 millions d'euros annoncée le 14 mars 2024 par Brisk.")
    [r] = _rounds(extractor, text)
    assert (r.company, r.date) == ("Brisk", "2024-03-14")


# Round mentions placed at the same distance from an amount must not make the
# binding compare two Mentions (they are not ordered).
_WORDS = st.sampled_from(["la", "start-up", "a", "levé", "un", "tour", "de", "table"])


@given(words_before=st.integers(0, 6), words_after=st.integers(0, 6),
       kinds=st.lists(st.sampled_from(["unspecified", "seed", "series_a"]), min_size=1, max_size=4),
       filler=_WORDS)
def test_bind_mentions_accepts_mentions_at_equal_gaps(words_before, words_after, kinds, filler):
    left = " ".join([filler] * words_before)
    sentence = f"{left} 5 M€ {' '.join([filler] * words_after)}".strip()
    start = sentence.index("5 M€")
    amounts = [(start, start + 4)]
    # Every mention sits on the same words: the gaps are equal by construction.
    mentions = [Mention(0, 0, kind, f"tour {n}") for n, kind in enumerate(kinds)]
    bound = bind_mentions(amounts, mentions, sentence, 0)
    assert set(bound) <= {0}
    if bound:
        assert bound[0] in mentions


def test_bind_mentions_tie_goes_to_the_earlier_plain_mention():
    sentence = "tour 3 M€ tour"
    first, second = Mention(0, 4, "unspecified", "tour"), Mention(10, 14, "unspecified", "tour")
    assert bind_mentions([(5, 9)], [first, second], sentence, 0) == {0: first}


@pytest.mark.parametrize("sentence, expected", [
    ("12 millions d'euros pour Kalima", "Kalima"),
    ("Série A de 15 millions de dollars pour la medtech Orbo", "Orbo"),
    ("Orbo : 5 M€ pour recruter", "Orbo"),
    ("Financement : 5 M€ pour recruter", None),  # a rubric
    ("300 millions pour la France", None),
])
def test_headline_company(sentence, expected):
    m = re.search(r"\d[\d,]* (?:millions d'euros|millions de dollars|M€|millions)", sentence)
    found = headline_company(sentence, m.start(), m.end())
    assert (sentence[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("clause, expected", [
    ("Vexo et Norial", ["Vexo", "Norial"]),
    ("la fintech Kalima et la medtech Orbo", ["Kalima", "Orbo"]),
    ("Vexo, Norial et Orbo", ["Vexo", "Norial", "Orbo"]),
    ("Vexo et son fondateur", []),
    ("Vexo", []),
])
def test_coordinated_names(clause, expected):
    assert [clause[a:b] for a, b in coordinated_names(clause)] == expected


def test_an_acronym_and_its_long_form_are_one_investor(extractor):
    text = ("Vexo obtient un prêt de 20 millions d'euros de la Banque européenne d'investissement. "
            "La BEI accompagne ainsi la jeune pousse aux côtés de Bpifrance.")
    [r] = _rounds(extractor, text)
    assert [i.name for i in r.investors] == ["Banque européenne d'investissement", "Bpifrance"]


def test_acronym_of():
    assert acronym_of("banque europeenne d'investissement") == "bei"
    assert acronym_of("kima ventures") is None


def test_a_valuation_only_aimed_at_is_not_the_rounds(extractor):
    text = ("Vexo a levé 20 millions d'euros auprès de Selva. La société espère maintenant un tour "
            "qui lui permettrait d'être valorisée à 900 millions d'euros.")
    (found,) = _rounds(extractor, text)
    assert found.valuation is None


@pytest.mark.parametrize("sentence, rounds_told, expected", [
    ("La santé signe deux levées (Kalima et Orbo) cette semaine.", False, ["Kalima", "Orbo"]),
    ("Le transport totalise trois opérations (Vexo, Norial et Padix).", True, ["Vexo", "Norial", "Padix"]),
    # "opérations" alone may be anything (mergers, campaigns) until a round is told.
    ("Le transport totalise trois opérations (Vexo, Norial et Padix).", False, []),
    ("Deux levées (dont une en Bretagne) ont eu lieu.", True, []),
    ("Elle a réalisé deux acquisitions (Vexo et Norial).", True, []),
])
def test_counted_round_names(sentence, rounds_told, expected):
    found = counted_round_names(sentence, rounds_told)
    assert [sentence[a:b] for a, b in found] == expected


def test_a_roundup_counting_rounds_gives_each_named_company_a_round(extractor):
    text = ("Vexo mène la semaine avec 12 millions d'euros levés auprès de Selva. "
            "La santé compte deux opérations (Vexo et Kalima), la foodtech une seule.")
    rounds = _rounds(extractor, text)
    assert [(r.company, r.amount and r.amount.value) for r in rounds] == [("Vexo", 12_000_000.0), ("Kalima", None)]


@pytest.mark.parametrize("sentence, amount, expected", [
    # An item whose name ends in a unit letter is still a name: "Orvak (" is no "k (".
    ("Trois licornes : Selva (40 M€), Orvak (10 M€).", "10 M€", "Orvak"),
    # An item that holds an amount of its own ("Vexo 4 M€ et") is another item.
    ("Trois licornes : Selva (40 M€), Vexo 4 M€ et Kalima (10 M€).", "10 M€", "Kalima"),
    ("Trois licornes : Selva (40 M€), Kalima (10 M€).", "10 M€", "Kalima"),
    # A conversion stays one.
    ("Vexo a levé 12 millions de dollars (10 M€).", "10 M€", None),
])
def test_list_item_name(sentence, amount, expected):
    from extractor.round_amounts import list_item_name
    at = sentence.index(amount)
    found = list_item_name(sentence, at)
    assert (sentence[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("sentence, amount, expected", [
    ("Trois licornes : Selva (40 M€), Vexo 4 M€ et Kalima (10 M€).", "4 M€", "Vexo"),
    # No parenthesised item around: not a list of rounds.
    ("Trois licornes : Selva, Vexo 4 M€ et Kalima.", "4 M€", None),
    ("Trois licornes : Selva (40 M€), puis Vexo a levé 4 M€.", "4 M€", None),
])
def test_bare_item_name(sentence, amount, expected):
    from extractor.round_amounts import bare_item_name
    at = sentence.index(amount)
    found = bare_item_name(sentence, at)
    assert (sentence[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("line, expected", [
    ("- Orbo (drones), 57 M€, financement structuré, 12 sept.", ROUND),
    ("- Vexo (santé), 5 M€, série A.", ROUND),
    # A field that names no round: revenue, headcount.
    ("- Kalima (santé), 3 M€, chiffre d'affaires 2024.", None),
    ("Orbo, 57 M€, financement structuré.", None),
])
def test_bullet_line_fields(line, expected):
    assert _classify_line(line) == expected


def _classify_line(line):
    from extractor.round_types import find_round_mentions
    amount = re.search(r"\d+ M€", line)
    spans = [(m.start, m.end) for m in find_round_mentions(line)]
    return classify_amount(line, amount.start(), amount.end(), spans)


@pytest.mark.parametrize("clause, expected", [
    ("Orvane se classe troisième grâce à une opération de ", "Orvane"),
    ("Troisième du classement, Orvane grimpe avec une opération de ", "Orvane"),
    ("Orvane, qui vend des lampes, se classe avec une opération de ", "Orvane"),
    # A place, a person, a complement: no subject.
    ("À Lyon, le marché compte une opération de ", None),
    ("Paul Roy salue une opération de ", None),
    ("Orvane et Selva comptent une opération de ", None),
])
def test_opening_name(clause, expected):
    from extractor.round_company import opening_name
    found = opening_name(clause)
    assert (clause[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("subject, expected", [
    ("Orvane, Tarsio et Quilda", ["Orvane", "Tarsio", "Quilda"]),
    ("Cette semaine, la fintech Orvane et la medtech Tarsio", ["Orvane", "Tarsio"]),
    # Something else than names: a complement, a fund, a single name.
    ("Les clients d'Orvane et Tarsio", []),
    ("Le fonds Selva et Alpaga", []),
    ("Orvane", []),
])
def test_coordinated_subject_names(subject, expected):
    from extractor.round_candidates import coordinated_subject_names
    assert [subject[a:b] for a, b in coordinated_subject_names(subject)] == expected
