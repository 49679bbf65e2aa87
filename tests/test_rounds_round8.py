"""Funding rounds, round 8: the article's most named organisation is no company when it
invests, and a bracketed aside among the verb's words. Every sentence is invented."""

from extractor.company import subject_of
from extractor.round_company import _named_as_investor


def _rounds(extractor, text):
    return [(r.company, r.amount.value if r.amount else None) for r in extractor.extract(text).funding_rounds]


def test_a_bracketed_date_after_the_speech_verb_leaves_the_subject():
    found = subject_of("Le loueur de trottinettes, Brivane, a annoncé jeudi (4 mars) ", 0)
    assert (found.kind, found.name) == ("name", "Brivane")
    found = subject_of("Norial a confirmé (lundi) ", 0)
    assert (found.kind, found.name) == ("name", "Norial")


def test_a_round_told_with_a_bracketed_date_is_kept(extractor):
    text = ("Le loueur de trottinettes, Brivane, a annoncé jeudi (4 mars) avoir levé 32 millions d'euros, lors "
            "d'un tour qui porte sa valeur à 250 millions d'euros.")
    assert _rounds(extractor, text) == [("Brivane", 32_000_000)]


def test_an_organisation_named_as_a_lead_investor_is_seen_as_one():
    text = ("La marketplace Lumio a réuni 60 M€ lors d'un tour mené par Orvane Capital. Orvane suit aussi "
            "Tessa. Orvane a été fondé à Lyon.")
    assert _named_as_investor(text, "Orvane")
    assert _named_as_investor(text, "Orvane Capital")
    assert not _named_as_investor(text, "Lumio")


def test_a_named_round_owned_through_du_and_a_place_adjective(extractor):
    text = "Le logiciel reste le secteur le plus actif, dont la série B de 21 M€ du rennais Tavelo en février."
    assert _rounds(extractor, text) == [("Tavelo", 21_000_000)]


def test_a_mega_raise_owned_by_a_company_described_by_its_sector(extractor):
    text = "Le spatial mène ce mois-ci, tiré par cette méga-levée de 120 M€ de la Spacetech Orbalis."
    rounds = extractor.extract(text).funding_rounds
    assert [(r.company, r.amount.value, [i.name for i in r.investors]) for r in rounds] == \
        [("Orbalis", 120_000_000, [])]


def test_glaner_and_rafler_report_money_raised(extractor):
    assert _rounds(extractor, "La medtech Sorivo a glané 14 millions d'euros auprès de ses actionnaires.") == \
        [("Sorivo", 14_000_000)]
    assert _rounds(extractor, "La plateforme Kelba rafle 30 millions d'euros pour s'étendre en Italie.") == \
        [("Kelba", 30_000_000)]


def test_rafler_la_mise_said_of_a_sector_is_no_round(extractor):
    text = "Comme l'an passé, le logiciel rafle la mise avec 240 millions d'euros levés."
    assert _rounds(extractor, text) == []


def test_a_numbered_list_introduced_by_a_colon_after_sentences_about_raises(extractor):
    text = ("En mars, de nombreuses jeunes pousses du Maghreb ont fait une levée de fonds.\n"
            "Nous en avons retenu cinq, classées par montant :\n"
            "1- Tarvio du Maroc, 30 millions de dollars;\n"
            "2- Lembra, Tunisie, 12 millions de dollars;\n"
            "3- Osmir, Algérie, 12 millions de dollars;\n"
            "4- Kaldo, Maroc, 5 millions de dollars.")
    assert _rounds(extractor, text) == [("Tarvio", 30_000_000), ("Lembra", 12_000_000),
                                        ("Osmir", 12_000_000), ("Kaldo", 5_000_000)]


def test_rounds_of_the_same_size_told_of_two_companies_stay_two(extractor):
    text = ("Dans la santé, la medtech Orvino a levé 8 millions d'euros en mai. Dans l'agritech, la "
            "start-up Pelvia a levé 8 millions d'euros en juin.")
    assert _rounds(extractor, text) == [("Orvino", 8_000_000), ("Pelvia", 8_000_000)]


def test_an_amount_told_again_without_its_company_is_the_same_round(extractor):
    text = ("La medtech Orvino a levé 8 millions d'euros auprès d'Alto Capital. Ces 8 millions d'euros "
            "serviront à ouvrir une usine près de Lille.")
    assert _rounds(extractor, text) == [("Orvino", 8_000_000)]


def test_items_told_with_avec_after_a_rounds_noun_and_a_colon(extractor):
    text = ("Le bond tient à deux grosses levées de l'année : Tavelo (logiciel de gestion des flottes de "
            "camions frigorifiques, NDLR) à Rennes, avec 60 millions d'euros, et Kelba (paie) à Brest avec "
            "25 millions d'euros.")
    assert _rounds(extractor, text) == [("Tavelo", 60_000_000), ("Kelba", 25_000_000)]


def test_a_round_referred_to_by_celui_de_with_its_owner_and_amount(extractor):
    text = "La région recule d'une place, faute de gros tours comme celui de Tavelo de 80 M€ l'an passé à Lille."
    assert _rounds(extractor, text) == [("Tavelo", 80_000_000)]


def test_amounts_with_the_definite_article_listed_after_a_sentence_about_raises(extractor):
    text = ("Les levées ont atteint 90 millions d'euros en juin. Il y a eu les 30 millions d'euros pour "
            "Tavelo, les 12 millions d'euros de la medtech rennaise Orvino et les 5 millions d'euros de la "
            "fintech Kelba.")
    assert _rounds(extractor, text) == [("Tavelo", 30_000_000), ("Orvino", 12_000_000), ("Kelba", 5_000_000)]
