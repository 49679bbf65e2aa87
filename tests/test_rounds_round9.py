"""Funding rounds, round 9: round-up items told by a ranking's place, by a bracket that
holds both name and amount, by "celles de", and as the part of a sum one company took.
Every sentence is invented."""

from extractor.round_amounts import ROUND, at_item_name, bracketed_item_name, classify_amount


def _rounds(extractor, text):
    return [(r.company, r.amount.value if r.amount else None) for r in extractor.extract(text).funding_rounds]


def _named(sentence, found):
    return None if found is None else sentence[found[0]:found[1]]


def test_a_ranking_place_between_the_name_and_avec():
    sentence = "Pellio complète le podium avec 12 millions d'euros."
    assert _named(sentence, at_item_name(sentence, sentence.index("12"))) == "Pellio"
    sentence = "Loxia est deuxième du classement avec 14 millions d'euros."
    assert _named(sentence, at_item_name(sentence, sentence.index("14"))) == "Loxia"


def test_a_place_that_goes_to_a_company_with_its_round():
    sentence = "La huitième place du mois revient à Tarvel, avec sa levée de 9 millions d'euros."
    assert _named(sentence, at_item_name(sentence, sentence.index("9 m"))) == "Tarvel"


def test_a_ranking_told_over_sentences_gives_each_company_its_round(extractor):
    text = ("Les jeunes pousses ont levé plus que jamais ce mois-ci. Orvane arrive en tête avec 30 millions "
            "d'euros. Pellio complète le podium avec 12 millions d'euros. Le secteur de la santé arrive en tête "
            "avec 80 millions d'euros levés.")
    assert _rounds(extractor, text) == [("Orvane", 30_000_000), ("Pellio", 12_000_000)]


def test_a_name_and_its_amount_in_one_bracket():
    sentence = "Les levées sont tirées par la cybersécurité (Vardo, 9 M€ levés) et la santé (Ombrelle, 5,3 M€ levés)."
    start = sentence.index("9 M")
    assert _named(sentence, bracketed_item_name(sentence, start, start + len("9 M€"))) == "Vardo"
    assert classify_amount(sentence, start, start + len("9 M€")) == ROUND
    # A market in the bracket is no company, a conversion is no item.
    sentence = "Le continent a levé 3 milliards (Europe, 2 milliards)."
    start = sentence.index("2 m")
    assert bracketed_item_name(sentence, start, start + len("2 milliards")) is None


def test_bracketed_items_in_a_round_up(extractor):
    text = ("Les levées sont tirées par le jeu vidéo (Kestrel Games, 10,8 M€ levés), la cybersécurité "
            "(Vardo, 9 M€ levés) et la santé (Ombrelle, 5,3 M€ levés).")
    assert _rounds(extractor, text) == [("Kestrel Games", 10_800_000), ("Vardo", 9_000_000),
                                        ("Ombrelle", 5_300_000)]


def test_the_first_of_the_rounds_named_by_celles_de(extractor):
    text = ("Les plus grosses levées de l'année sont celles de l'assurtech Orvane (185 M€ levés), de Pellio "
            "(312 M€) et de Kabel (103 M$).")
    assert _rounds(extractor, text) == [("Orvane", 185_000_000), ("Pellio", 312_000_000), ("Kabel", 103_000_000)]


def test_the_part_of_a_sector_sum_one_company_raised(extractor):
    text = ("Les medtechs prennent la deuxième marche avec 95 M€ récoltés en 3 opérations "
            "(dont 70 M€ levés par Vertigo Groupe).")
    assert _rounds(extractor, text) == [("Vertigo Groupe", 70_000_000)]
    text = "Les fintechs ont récolté 150 millions d'euros, dont 60 millions pour Kabel."
    assert _rounds(extractor, text) == [("Kabel", 60_000_000)]


def test_a_part_of_money_that_was_not_raised_is_no_round(extractor):
    text = "Le groupe devra trouver 900 millions d'euros, dont 400 millions pour la future filiale Tessor."
    assert _rounds(extractor, text) == []


def test_a_threshold_over_rounds_is_no_round(extractor):
    text = "Le trimestre a vu fleurir des levées supérieures à 15 M€."
    assert _rounds(extractor, text) == []


def test_a_company_noun_names_the_item_before_its_bracket(extractor):
    text = ("Les levées du mois ont été solides. Complètent le classement les sociétés Norial (40 M€ levés) "
            "et Tessor (25 M€).")
    assert _rounds(extractor, text) == [("Norial", 40_000_000), ("Tessor", 25_000_000)]


def test_markets_and_periods_named_after_a_rounds_noun_have_no_round(extractor):
    text = ("Vexo a levé 30 M€ en mars. D'autres levées (Kenya, Nigeria) ont complété le mois, d'après "
            "l'étude consacrée aux levées du 1er trimestre.")
    assert [company for company, _ in _rounds(extractor, text)] == ["Vexo"]


def test_raising_said_to_be_hard_is_no_round(extractor):
    assert _rounds(extractor, "Difficile de lever 40 M€ à Rennes pour une jeune pousse\n\nLe marché se tend.") == []


def test_a_listing_told_with_entrer_en_bourse_is_an_ipo(extractor):
    rounds = extractor.extract("La medtech Vexo entre en Bourse et lève 5 millions d'euros à Paris.").funding_rounds
    assert [(r.company, r.round_type) for r in rounds] == [("Vexo", "ipo")]


def test_respectivement_pairs_the_subjects_with_the_amounts_in_order(extractor):
    text = "Kabel et la medtech Norial ont levé respectivement 14 M€ et 8 M€ cette semaine."
    assert _rounds(extractor, text) == [("Kabel", 14_000_000), ("Norial", 8_000_000)]
    text = ("Le pays compte des fintechs prometteuses telles que Kabel et Norial, qui ont levé respectivement "
            "14 millions de dollars et 8,2 millions de dollars.")
    assert _rounds(extractor, text) == [("Kabel", 14_000_000), ("Norial", 8_200_000)]
