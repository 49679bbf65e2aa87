"""Funding rounds, round 7: rounds listed in brackets after the rounds' noun, lenders'
verbs, currency codes. Every sentence is invented."""

import pytest

from extractor.round_amounts import ROUND, classify_amount, list_item_name


def _item(sentence, figure):
    start = sentence.index(figure)
    span = list_item_name(sentence, start)
    return sentence[span[0]:span[1]] if span else None


def _rounds(extractor, text):
    return [(r.company, r.round_type, r.amount.value if r.amount else None, [i.name for i in r.investors])
            for r in extractor.extract(text).funding_rounds]


def test_a_long_clause_ending_on_the_rounds_noun_heads_a_bracketed_list():
    sentence = ("L'été restera celui des tours de table de Norvia (150 millions d'euros), désormais licorne, "
                "de Talmo (60 millions) et d'Ubrik (45 millions).")
    assert [_item(sentence, f) for f in ("150 millions", "60 millions", "45 millions")] == \
        ["Norvia", "Talmo", "Ubrik"]
    start = sentence.index("150 millions")
    assert classify_amount(sentence, start, start + len("150 millions d'euros")) == ROUND


def test_a_stray_comma_before_the_bracket_keeps_the_item():
    sentence = "Face aux levées de fonds de Brisko (82 millions d'euros), Lumio Finance, (55 millions) pèse peu."
    assert _item(sentence, "55 millions") == "Lumio Finance"


def test_a_long_clause_without_a_rounds_noun_is_no_list_item():
    sentence = ("Le montant reste bien inférieur à celui que visaient au départ les dirigeants de la société "
                "Norvia (150 millions d'euros).")
    assert _item(sentence, "150 millions") is None


def test_countries_in_brackets_are_no_rounds(extractor):
    text = ("Les start-up égyptiennes ont levé 400 millions de dollars cette année, devant le Kenya "
            "(120 millions) et le Ghana (30 millions).")
    assert all(r[0] not in ("Kenya", "Ghana") for r in _rounds(extractor, text))


def test_rounds_listed_in_brackets_after_the_rounds_noun(extractor):
    text = ("L'été restera celui des tours de table de Norvia (150 millions d'euros), désormais licorne, "
            "de Talmo (60 millions), d'Ubrik (45 millions) et d'Exelis (30 millions).")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == \
        [("Norvia", 150e6), ("Talmo", 60e6), ("Ubrik", 45e6), ("Exelis", 30e6)]


def test_a_lender_verb_lends_to_the_company_after_it(extractor):
    text = "La BEI va prêter 18 millions d'euros au fabricant danois de vaccins Cellora."
    assert _rounds(extractor, text) == [("Cellora", "debt", 18e6, ["BEI"])]
    text = "Une banque régionale, Crédit Alpin, prête 12 millions d'euros à la jeune biotech Cellora."
    assert [(r[0], r[3]) for r in _rounds(extractor, text)] == [("Cellora", ["Crédit Alpin"])]


def test_a_currency_code_after_an_amount_is_no_investor(extractor):
    text = "Le Crédit Alpin accorde un prêt de 9 M EUR à la jeune société Cellora."
    assert _rounds(extractor, text) == [("Cellora", "debt", 9e6, ["Crédit Alpin"])]


def test_a_fund_named_by_its_kind_raising_money_is_no_round(extractor):
    assert _rounds(extractor, "La société de gestion Alto Partners lève 80 millions d'euros auprès d'assureurs.") == []
    assert _rounds(extractor, "Le fonds de capital-risque Orbe Capital annonce ce mardi lever 120 millions d'euros.") == []
    assert _rounds(extractor, "Alto annonce un closing intermédiaire de son fonds Horizon, de 120 millions d'euros.") == []


def test_a_round_noun_or_an_example_after_fund_words_still_names_the_company(extractor):
    text = "Bouclée en juin, la levée de fonds de Vexo a réuni 18 millions d'euros."
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Vexo", 18e6)]
    text = ("Elle rejoint la cohorte des pépites appuyées par plusieurs fonds de capital-risque comme Vexo, "
            "qui vient de lever 90 millions d'euros.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Vexo", 90e6)]


@pytest.mark.parametrize("sentence, figure", [
    # A sum only aimed at.
    ("La souscription a réuni 62 millions de francs, en deçà des 70 millions visés.", "70 millions"),
    ("Sans les 9 millions d'euros qu'elle recherchait, la jeune entreprise a dû fermer.", "9 millions d'euros"),
    # Money spent buying companies, paid out to shareholders, or a market's threshold.
    ("En deux ans, le distributeur a mis 95 M€ dans le rachat de quatre concurrents.", "95 M€"),
    ("Les actionnaires toucheront un dividende de 3 milliards d'euros.", "3 milliards d'euros"),
    ("Sur l'année, la collecte pourrait frôler le cap de 2,1 milliards d'euros.", "2,1 milliards d'euros"),
])
def test_other_money_than_a_round(sentence, figure):
    start = sentence.index(figure)
    assert classify_amount(sentence, start, start + len(figure)) is None


def test_a_ranking_goes_on_from_the_sentence_about_a_raise(extractor):
    text = ("Arrive en tête Vexo, avec sa levée de 66 millions d'euros. Viennent ensuite Norial (46 millions), "
            "Brisko (35 millions) et Talmo (26 millions).")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)][1:] == \
        [("Norial", 46e6), ("Brisko", 35e6), ("Talmo", 26e6)]


def test_a_ranking_alone_lists_no_rounds(extractor):
    text = ("Le chiffre d'affaires a bondi cette année. Viennent ensuite Norial (46 millions) et "
            "Brisko (35 millions).")
    assert _rounds(extractor, text) == []


def test_a_raise_participle_in_one_bracket_tells_the_whole_list(extractor):
    text = "On retrouve l'assurtech Kivo (185 M€ levés), Lumio (312 M€) et Tarsis (103 M$)."
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Kivo", 185e6), ("Lumio", 312e6), ("Tarsis", 103e6)]


def test_bullet_lines_with_a_date_after_a_line_about_raises(extractor):
    text = ("Les plus gros montants levés entre janvier et juin :\n"
            "- Vexo – 12 mars – 310 M$ (environ 285 M€)\n- Norial – 3 avril – 240 M$\n- Brisko – 28 juin – 190 M€\n"
            "Le logiciel domine la liste.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Vexo", 310e6), ("Norial", 240e6), ("Brisko", 190e6)]
    text = "Le semestre en chiffres\n- Vexo – 12 mars – 310 M$\n- Norial – 3 avril – 240 M$"
    assert _rounds(extractor, text) == []


def test_regions_sum_a_market(extractor):
    text = ("Le mois a été calme avec 457 millions d'euros levés. Deux régions se distinguent : l'Occitanie "
            "(69 millions d'euros) et la Bretagne (35 millions).")
    assert all(r[0] not in ("Occitanie", "Bretagne") for r in _rounds(extractor, text))


def test_a_sum_over_many_deals_is_no_round(extractor):
    text = ("Côté secteurs, on retrouve les start-up Kivo-RH avec 581 millions d'euros en 9 opérations, "
            "devant l'énergie.")
    assert _rounds(extractor, text) == []


def test_a_company_described_by_its_sector_still_raises(extractor):
    text = "La fintech nigériane Payvo a réussi à lever un million de dollars en pré-amorçage auprès de Selva."
    assert [(r[0], r[1], r[2]) for r in _rounds(extractor, text)] == [("Payvo", "pre_seed", 1e6)]


def test_a_ranking_adverb_opening_a_sentence_is_no_company(extractor):
    text = ("Les pépites de la santé ont obtenu cette année 690 millions de francs. Loin derrière se placent "
            "les sociétés du logiciel (environ 250 millions de francs).")
    assert all(r[0] != "Loin" for r in _rounds(extractor, text))


def test_an_amount_first_list_after_a_rounds_noun_and_a_colon(extractor):
    text = ("Le mois compte trois levées géantes : 160 millions d'euros pour le spécialiste de la paie Vexo, "
            "115 millions d'euros pour le jardinier en ligne Norial, et 95 millions d'euros pour Brisko.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Vexo", 160e6), ("Norial", 115e6), ("Brisko", 95e6)]
    text = "Le groupe a dépensé 40 millions d'euros pour la rénovation de son siège, et 10 millions d'euros pour Lumen."
    assert _rounds(extractor, text) == []


def test_transactions_before_a_colon_head_a_bracketed_list(extractor):
    text = ("Quelques transactions d'envergure ont marqué le trimestre : Kivar (252 millions d'euros), "
            "Ombrel (162 millions d'euros) et Tessor (91 millions d'euros).")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Kivar", 252e6), ("Ombrel", 162e6), ("Tessor", 91e6)]


def test_rounds_noun_with_an_adjective_before_the_list():
    sentence = ("Le ticket moyen a grimpé, avec de nombreuses opérations et deux levées exceptionnelles avec "
                "Kivar (177 millions d'euros) et Ombrel (100 millions).")
    assert _item(sentence, "177 millions") == "Kivar"


def test_each_funders_share_in_brackets_is_no_round(extractor):
    text = ("La société Alto annonce la levée d'un nouveau véhicule. Ce fonds de 55 millions d'euros est abondé "
            "principalement par Selva Equity (30 millions d'euros), Bpifrance (8 millions d'euros) et le "
            "Groupe Orbo (4 millions d'euros).")
    assert _rounds(extractor, text) == []


def test_ranking_items_told_with_a_or_avec(extractor):
    text = ("Au classement régional, après Vexo et Norial, figurent Brisko (énergie) à 18 millions d'euros, "
            "Talmo (agroalimentaire) à 12 millions d'euros, Ubrik (santé) à 9,4 millions d'euros et Orbix "
            "(télécoms) à 4 millions d'euros.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == \
        [("Brisko", 18e6), ("Talmo", 12e6), ("Ubrik", 9.4e6), ("Orbix", 4e6)]
    text = ("Deux levées de fonds dominent le mois. On note la néobanque des indépendants Kivar, avec 310 "
            "millions d'euros, et aussi celle de Tessor, à 280 millions d'euros.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Kivar", 310e6), ("Tessor", 280e6)]


def test_a_company_with_a_or_avec_outside_a_ranking_is_no_item(extractor):
    text = "Le groupe vise un record. Sa filiale Orbo, avec 30 millions d'euros de revenus, reste en tête du marché."
    assert _rounds(extractor, text) == []


def test_sectors_are_no_companies_but_may_describe_one(extractor):
    text = ("Viennent ensuite les secteurs Biotech (84 millions, 19 opérations), logiciels (66 millions, "
            "30 opérations) et Cleantech (52 millions, 12 opérations).")
    assert _rounds(extractor, text) == []
    text = "Selon le classement publié mardi, la Fintech Spendo a levé 100 millions de dollars."
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Spendo", 100e6)]


def test_african_currencies_of_the_round_ups():
    from extractor.amounts import find_amounts

    def read(text):
        return [(text[a.start:a.end], a.value, a.currency) for a in find_amounts(text)]

    assert read("Kivar a levé 120 millions de dirhams.") == [("120 millions de dirhams", 120e6, "MAD")]
    assert read("Kivar a obtenu près de 1,8 MDH.") == [("près de 1,8 MDH", 1.8e6, "MAD")]
    assert read("Kivar a levé 400 millions de nairas.") == [("400 millions de nairas", 400e6, "NGN")]
    assert read("L'équipe DH a gagné 2 à 0.") == []


def test_a_numbered_list_after_a_line_about_raises(extractor):
    text = ("Voici les start-up du continent qui ont levé le plus en mars :\n"
            "1- Vexo du Nigéria, 240 millions de dollars;\n2- Norial, Kenya, 85 millions de dollars;\n"
            "3- Brisko, Ghana, 30 millions de dollars;\nLe mois suivant fut plus calme.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Vexo", 240e6), ("Norial", 85e6), ("Brisko", 30e6)]


def test_a_list_number_is_no_decimal_amount():
    from extractor.round_amounts import BULLET

    assert BULLET.match("2. Vexo, 5 millions").end() == 3
    assert BULLET.match("3.5 millions de dollars seront investis") is None


def test_companies_said_to_have_raised_too_with_an_adverb(extractor):
    text = ("Vexo a levé 12 millions d'euros auprès de Selva. Norial, Brisko et Talmo ont également levé "
            "des fonds cette semaine.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == \
        [("Vexo", 12e6), ("Norial", None), ("Brisko", None), ("Talmo", None)]


def test_the_subject_of_a_round_whose_amount_is_not_given(extractor):
    text = "Vexo a levé 12 millions d'euros auprès de Selva. Norial a finalisé son tour de table, montant non communiqué."
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Vexo", 12e6), ("Norial", None)]
    text = ("À chaque levée de fonds, Norial fait entrer un nouvel actionnaire, cette fois Selva, lors de "
            "sa troisième opération, montant tenu secret.")
    assert all(r[0] != "À" for r in _rounds(extractor, text))


def test_investors_of_another_company_told_without_an_amount_go_to_its_own_round(extractor):
    text = "Vexo vient d'obtenir 13 M€. La jeune pousse Norial lève des fonds auprès d'Alto pour recruter."
    assert [(r[0], r[2], r[3]) for r in _rounds(extractor, text)] == [("Vexo", 13e6, []), ("Norial", None, ["Alto"])]
    text = "Vexo vient d'obtenir 13 M€. La jeune pousse a levé ces fonds auprès d'Alto pour recruter."
    assert [(r[0], r[3]) for r in _rounds(extractor, text)] == [("Vexo", ["Alto"])]
