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
    sentence = ("Le trimestre a surtout été marqué par les tours de table de Norvia (150 millions d'euros), "
                "devenue licorne au passage, de Talmo (60 millions) et d'Ubrik (45 millions).")
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
    text = ("Le trimestre a surtout été marqué par les tours de table de Norvia (150 millions d'euros), "
            "devenue licorne au passage, de Talmo (60 millions), d'Ubrik (45 millions) et d'Exelis (30 millions).")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == \
        [("Norvia", 150e6), ("Talmo", 60e6), ("Ubrik", 45e6), ("Exelis", 30e6)]


def test_a_lender_verb_lends_to_the_company_after_it(extractor):
    text = "La BEI va prêter 25 millions d'euros à l'entreprise autrichienne Cellora, qui conçoit des vaccins."
    assert _rounds(extractor, text) == [("Cellora", "debt", 25e6, ["BEI"])]
    text = "La Banque européenne d'investissement prête 30 millions d'euros à la biotech lyonnaise Cellora."
    assert [(r[0], r[3]) for r in _rounds(extractor, text)] == [("Cellora", ["Banque européenne d'investissement"])]


def test_a_currency_code_after_an_amount_is_no_investor(extractor):
    text = "La BEI accorde un prêt de 20 M EUR à la biotech Cellora."
    assert _rounds(extractor, text) == [("Cellora", "debt", 20e6, ["BEI"])]


def test_a_fund_named_by_its_kind_raising_money_is_no_round(extractor):
    assert _rounds(extractor, "La société de gestion Alto Partners lève 80 millions d'euros auprès d'assureurs.") == []
    assert _rounds(extractor, "Le fonds de capital-risque Orbe Capital annonce ce mardi lever 120 millions d'euros.") == []
    assert _rounds(extractor, "Alto a bouclé le premier closing de son fonds Horizon, de 200 millions d'euros.") == []


def test_a_round_noun_or_an_example_after_fund_words_still_names_the_company(extractor):
    text = "Bouclée en juin, la levée de fonds de Vexo a réuni 18 millions d'euros."
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Vexo", 18e6)]
    text = ("Elle rejoint la cohorte des pépites appuyées par plusieurs fonds de capital-risque comme Vexo, "
            "qui vient de lever 90 millions d'euros.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Vexo", 90e6)]


@pytest.mark.parametrize("sentence, figure", [
    # A sum only aimed at.
    ("La collecte a permis de rassembler 75 millions de francs, un peu moins que les 80 millions visés.",
     "80 millions"),
    ("Faute d'avoir pu lever les 15 millions d'euros qu'elle recherchait, la société a fermé.",
     "15 millions d'euros"),
    # Money spent buying companies, paid out to shareholders, or a market's threshold.
    ("Depuis 2021, le groupe a investi plus de 110 millions d'euros dans le rachat de plusieurs jeunes pousses.",
     "plus de 110 millions d'euros"),
    ("Le groupe versera à ses actionnaires un dividende exceptionnel de 2 milliards d'euros.", "2 milliards d'euros"),
    ("Le total des fonds collectés cette année devrait approcher le cap de 1,3 milliard d'euros.",
     "1,3 milliard d'euros"),
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
    text = ("Les cinq start-up qui ont levé le plus de fonds au premier semestre :\n"
            "- Vexo – 25 mai – 500 M$ (environ 420 M€)\n- Norial – 10 juin – 380 M$\n- Brisko – 18 mai – 276 M€\n"
            "Les fintech dominent le classement.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Vexo", 500e6), ("Norial", 380e6), ("Brisko", 276e6)]
    text = "Le semestre en chiffres\n- Vexo – 25 mai – 500 M$\n- Norial – 10 juin – 380 M$"
    assert _rounds(extractor, text) == []


def test_regions_and_sectors_sum_a_market(extractor):
    text = ("Le mois a été calme avec 457 millions d'euros levés. Deux régions se distinguent : l'Occitanie "
            "(69 millions d'euros en 2 opérations) et la Bretagne (35 millions en 6 opérations).")
    assert all(r[0] not in ("Occitanie", "Bretagne") for r in _rounds(extractor, text))
    text = ("Les services internet ont levé 609 millions d'euros, suivis des logiciels (355 millions) "
            "et des Fintech (79 millions).")
    assert all(r[0] != "Fintech" for r in _rounds(extractor, text))


def test_an_amount_first_list_after_a_rounds_noun_and_a_colon(extractor):
    text = ("En un mois, l'écosystème enregistre déjà quatre méga-levées de fonds : 180 millions d'euros pour "
            "la plateforme de notation Vexo, 125 millions d'euros pour le champion du jardinage Norial, "
            "104 millions d'euros pour la fintech Brisko, et 100 millions d'euros pour Talmo.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == \
        [("Vexo", 180e6), ("Norial", 125e6), ("Brisko", 104e6), ("Talmo", 100e6)]
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
    text = ("Le gérant Alto annonce la levée de deux nouveaux véhicules. Le premier, consacré au capital "
            "développement, sera doté de 40 millions d'euros, abondés en première position par Selva Equity "
            "(20,8 millions d'euros), Bpifrance (5 millions d'euros) et le Groupe Orbo (3 millions d'euros).")
    assert _rounds(extractor, text) == []
