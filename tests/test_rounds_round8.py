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
