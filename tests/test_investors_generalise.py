"""Investor wording that generalises beyond the tuning texts (issue 9): speakers are
no investors, cues that only look like cues, lists of companies given as examples,
banks that place shares, investments named by their nouns."""

import pytest

from extractor.investor_cues import sentence_cues
from extractor.investors import find_investors, speaker_spans


def _names(sentence: str) -> set[str]:
    return {f.name for f in find_investors(sentence)}


@pytest.mark.parametrize("text, expected", [
    # The person quoted after an inverted speech verb, and the firm of their title.
    ("« Le marché repart enfin », estime Jeanne Roux, PDG de Vorta Finance.", set()),
    ("La ville a aidé 80 start-up à lever 30 millions avec des retombées de 2 millions, "
     "a rappelé Claire Dubois, directrice du campus.", set()),
    ("« Dix start-up ont levé 5 millions depuis mars », indique à Tech Hebdo, Marc Lenoir, "
     "investisseur connu du secteur.", set()),
    ("Elle avait levé 12 millions auprès des fonds, précise Paul Martin, directeur financier de Vorta.", set()),
    # The words before the speaker still name investors.
    ("Vorta a levé 5 millions auprès d'Orion, précise Paul Martin, son fondateur.", {"Orion"}),
    # An investor's own words still name the firm of its partner.
    ("« Nous sommes fiers d'accompagner Vorta », explique Paul Girard, associé chez Orion Capital.",
     {"Orion Capital"}),
])
def test_speakers_are_no_investors(text, expected):
    assert _names(text) == expected


def test_speaker_span_covers_name_and_title():
    sentence = "« Le marché repart », estime Jeanne Roux, PDG de Vorta, qui a levé 3 millions."
    (start, end), = speaker_spans(sentence)
    assert sentence[start:end] == "Jeanne Roux, PDG de Vorta"


def test_capitalised_verb_form_inside_a_name_is_no_verb():
    # "Finance" in a firm's name is not the verb "finance" with its subject before it.
    cues = sentence_cues("Pour Yves Morel, le PDG de Kappa Finance, la cotation a réussi.")
    assert [m.group() for m in cues.verbs] == []
    assert sentence_cues("Orion finance la start-up à hauteur de 2 millions.").verbs


@pytest.mark.parametrize("text, expected", [
    # "par là même": no agent after the cue.
    ("La biotech Vorta a réussi son introduction en Bourse et rejoint par là même d'autres "
     "entreprises comme Alpha (2015) ou Beta (2017) après avoir levé 40 millions.", set()),
    # Companies and programmes given as examples.
    ("Le fonds Orion a levé 25 millions, et la ville compte d'autres initiatives comme Vorta Lab "
     "ou la Maison Beta.", {"Orion"}),
    ("Le tour de 8 millions attire des start-up comme Alpha et Beta sur le marché.", set()),
    # Investors given as examples stay, also after "accueille ... à son capital".
    ("Vorta fait entrer à cette occasion des investisseurs réputés à son capital comme Orion "
     "et Selva.", {"Orion", "Selva"}),
    ("Vorta a levé 8 millions d'euros auprès d'investisseurs comme Orion et Selva.", {"Orion", "Selva"}),
])
def test_examples_of_companies_are_no_investors(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "composé de" names investors only when a round or investors are its subject.
    ("Parmi les levées de fonds du mois, le podium est composé de Vorta, de Selva et Orbo.", set()),
    ("Le tour de table de 5 millions est composé de Orion, Selva et Kappa.", {"Orion", "Selva", "Kappa"}),
    ("Le syndicat d'investisseurs est composé d'Orion et de Selva.", {"Orion", "Selva"}),
])
def test_composed_of_needs_a_round_subject(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "réalisé par" / "annoncé par" after a noun of investing names the investor ...
    ("Le chiffre tient compte d'un investissement de 80 millions de dollars annoncé par Kappa Motors "
     "dans la start-up Vorta.", {"Kappa Motors"}),
    ("L'investissement a été réalisé par Orion et Selva.", {"Orion", "Selva"}),
    # ... after a raise, the company raising.
    ("La plus grosse levée du pays a été réalisée par Vorta, qui a bouclé un tour de 2 millions.", set()),
    ("La levée de fonds annoncée par Vorta en mars atteint 4 millions.", set()),
])
def test_realised_by_depends_on_the_noun(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Banks that place the shares of a listing, their role in brackets.
    ("L'introduction en Bourse, menée par Banque Alpha et Crédit Beta (chefs de file et teneurs du "
     "livre d'ordres), doit lui permettre de lever 40 millions d'euros.", set()),
    # A lead in brackets is still a lead.
    ("Le tour de 10 millions, mené par Orion (chef de file), réunit aussi Selva.", {"Orion", "Selva"}),
])
def test_placing_banks_are_no_investors(text, expected):
    assert _names(text) == expected


def test_institution_name_with_adjective_before_its_complement():
    from extractor.investors import investors_after_amount
    text = ("Vorta a obtenu un prêt de 12 millions d'euros de la Caisse nordique de "
            "financement du commerce maritime (CNFCM) pour ses navires.")
    at = text.index("euros") + len("euros")
    assert [f.name for f in investors_after_amount(text[at:], at)] == [
        "Caisse nordique de financement du commerce maritime"]


@pytest.mark.parametrize("text, expected", [
    # A counted group of investors announcing a list after a colon, with the round said.
    ("Trois fonds d'investissement privés européens complètent cette opération : Orion, Selva "
     "Partners et Kappa Capital.", {"Orion", "Selva Partners", "Kappa Capital"}),
    # Funds that closed their own fundraising are no investors of a round.
    ("Deux fonds ont bouclé leur collecte cette année : Orion et Selva.", set()),
])
def test_counted_investors_before_a_colon(text, expected):
    assert _names(text) == expected


def test_list_does_not_run_into_square_brackets():
    # "[...]" inserted by the editor in quoted words lists companies, not funders.
    text = ("« Les millions levés de la part des sociétés] du secteur [Alpha, Beta et Kappa Bio] "
            "ont doublé », juge-t-il.")
    assert _names(text) == set()


@pytest.mark.parametrize("text, expected", [
    # "Avec X," opening a sentence counts X into a total ...
    ("Avec Vorta, le montant cumulé levé par les medtechs du pays dépasse 2 milliards d'euros.", set()),
    # ... or names the investors of the company's round.
    ("Avec Orion et Selva, la start-up lève 5 millions d'euros.", {"Orion", "Selva"}),
])
def test_opening_with_counts_into_a_total(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A funder's yearly activity is no round of the company.
    ("En 2024, la banque Kappa a investi près de 8 milliards d'euros dans les petites entreprises du pays.", set()),
    ("La Banque Kappa finance de plus en plus de PME à travers des prêts sur mesure.", set()),
    # Money into the company is.
    ("Orion a investi 3,5 millions d'euros dans la jeune pousse.", {"Orion"}),
])
def test_a_funders_activity_is_no_round(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The managers of a fund, named in its apposition, are no co-investors ...
    ("La société annonce un tour de 4 millions d'euros mené par Orion, le fonds à impact de la "
     "mutuelle Kappa géré par Selva et Tilia.", {"Orion"}),
    # ... but a comma closes the apposition before the next investor.
    ("La société annonce un tour de 4 millions d'euros mené par Orion, un fonds géré par Selva, et Tilia.",
     {"Orion", "Tilia"}),
])
def test_managers_of_a_fund_are_no_investors(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The round as the purpose, after the list of a weak cue.
    ("L'éditeur Vexo a pu compter sur Norial Partners, Selva et Orbo Invest pour finaliser "
     "sa deuxième levée.", {"Norial Partners", "Selva", "Orbo Invest"}),
    # No round: no investors.
    ("La start-up a pu compter sur Orion et Selva pour ouvrir ses bureaux à Lyon.", set()),
])
def test_weak_cue_with_the_round_as_purpose(text, expected):
    assert _names(text) == expected


def test_spaced_dash_opens_the_subject_of_a_verb():
    found = {f.name: f.lead for f in find_investors(
        "Le tour a été mené par Orion et Selva – Tilia, déjà au capital, y a également pris part – "
        "et valorise la start-up à 1 milliard.")}
    assert found == {"Orion": True, "Selva": True, "Tilia": False}


def _flags(sentence: str) -> dict[str, tuple[bool, bool]]:
    return {f.name: (f.lead, f.existing) for f in find_investors(sentence)}


@pytest.mark.parametrize("text, expected", [
    # "orchestrée par": the lead.
    ("L'opération a été orchestrée par Orion Capital, avec la participation de Selva.",
     {"Orion Capital": (True, False), "Selva": (False, False)}),
    # "l'entrée à son capital de X".
    ("Vorta annonce l'entrée à son capital d'Orion Capital pour 5 millions d'euros.",
     {"Orion Capital": (False, False)}),
    # Renewed trust, in the passé composé: existing investors.
    ("Orion Capital et Selva ont renouvelé leur confiance à Vorta en réinvestissant 5 millions.",
     {"Orion Capital": (False, True), "Selva": (False, True)}),
    # A participle with an adverb before "par" is passive: its subject is the company.
    ("Vorta a bouclé un tour de 5 millions souscrit notamment par Orion Capital.",
     {"Orion Capital": (False, False)}),
    # A lead apposition that names the round tells the round.
    ("Orion Capital, chef de file de l'opération, est accompagné par Selva et Tilia.",
     {"Orion Capital": (True, False), "Selva": (False, False), "Tilia": (False, False)}),
    ("Orion Capital, chef de file du secteur, a ouvert un bureau.", {}),
])
def test_more_round_wording(text, expected):
    assert _flags(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Adviser words exclude their own names, not the investors named after a later cue.
    ("La start-up, accompagnée par le cabinet Kappa Avocats, a levé 5 millions auprès d'Orion.", {"Orion"}),
    ("La start-up a été conseillée par Kappa Partners lors de cette levée de 5 millions auprès d'Orion.",
     {"Orion"}),
    ("Orion a cédé une partie de ses titres à Selva lors du tour mené par Tilia.", {"Tilia"}),
    ("Le cabinet Kappa Avocats a conseillé Vorta lors de sa levée de 5 millions.", set()),
])
def test_investors_named_after_adviser_words(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A newspaper named after the news it gives.
    ("Le tour de 5 millions a été mené par Orion, a appris La Gazette Tech.", {"Orion"}),
    # Places the investors come from.
    ("Vorta a levé 5 millions d'euros auprès d'investisseurs venus de France, d'Allemagne et d'Italie.",
     set()),
    ("Vorta a levé 5 millions auprès de fonds basés en Suisse, dont Orion.", {"Orion"}),
])
def test_sources_and_places_are_no_investors(text, expected):
    assert _names(text) == expected


def test_english_names_with_joiners():
    assert _names("Vorta a levé 2 millions auprès de Club for the Ocean et de Bank of Kappa.") == {
        "Club for the Ocean", "Bank of Kappa"}


@pytest.mark.parametrize("text, expected", [
    # After "grâce à" / "avec", a funder is a name or an investor noun ...
    ("Vorta a levé 5 millions d'euros grâce au succès de sa plateforme Vorta Cloud.", set()),
    ("Vorta a levé 5 millions d'euros grâce aux fonds Orion et Selva.", {"Orion", "Selva"}),
    ("Vorta a levé 5 millions d'euros grâce à Orion.", {"Orion"}),
    ("Vorta a levé 5 millions avec de grands fonds comme Orion.", {"Orion"}),
])
def test_after_money_cue_opens_on_a_funder(text, expected):
    assert _names(text) == expected
