"""Investors, round 4: invented French sentences for the mechanisms added in this round."""

import pytest

from extractor.investors import find_investors, speaker_spans


def names(sentence: str) -> list[str]:
    return [f.name for f in find_investors(sentence)]


# ---------------------------------------------------------------- a speaker's title ends at a funders' cue


@pytest.mark.parametrize("sentence, expected", [
    ("« Le sol travaille pour nous », explique Jeanne Roux, porteuse du projet Vorta à Lyon, "
     "en partie financé par la Région et Orion Ventures.", ["Région", "Orion Ventures"]),
    ("« Nous recrutons », précise Paul Girard, fondateur de Vexo, start-up soutenue par Selva Capital "
     "lors de sa levée de 3 millions d'euros.", ["Selva Capital"]),
])
def test_funders_named_in_a_speakers_title(sentence, expected):
    assert names(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "« Nous sommes ravis », explique Paul Girard, directeur de Selva Capital.",
    "« Le marché repart », estime Jeanne Roux, PDG de Vorta, une société accompagnée par l'incubateur Kappa.",
])
def test_speaker_and_title_stay_out(sentence):
    assert names(sentence) == []


def test_speaker_span_stops_at_the_cue():
    sentence = "« Tout change », dit Anne Morel, cheffe du projet Lumio, financé par Orion Ventures."
    (start, end), = speaker_spans(sentence)
    assert sentence[start:end].startswith("Anne Morel") and "Orion" not in sentence[start:end]


# ---------------------------------------------------------------- names: an institution's complement, an opening participle


@pytest.mark.parametrize("sentence, expected", [
    ("Vorta a levé 5 millions d'euros auprès de l'Institut Lumen des sciences de la vie et d'Orion.",
     ["Institut Lumen des sciences de la vie", "Orion"]),
    ("Vorta a levé 5 millions d'euros auprès de la Fondation Alba pour la recherche et d'Orion.",
     ["Fondation Alba", "Orion"]),
    ("Séduits par la technologie, les actionnaires historiques Kappa, Selva et Orion remettent au pot.",
     ["Kappa", "Selva", "Orion"]),
    ("Annoncée en mars, la levée de 4 millions apporte à Vexo de quoi recruter.", []),
    ("Convaincue par le projet, Selva Capital mène le tour de 5 millions d'euros.", ["Selva Capital"]),
    ("Orange participe au tour de 5 millions d'euros.", ["Orange"]),
])
def test_names_of_institutions_and_opening_participles(sentence, expected):
    assert names(sentence) == expected


# ---------------------------------------------------------------- what an investor backed before


@pytest.mark.parametrize("sentence, expected", [
    ("Orion Ventures, grand bailleur de fonds de jeunes entreprises telles que Lumio, Vexo et Kappa, "
     "dirige le tour de Vorta.", ["Orion Ventures"]),
    ("Vorta lève 5 millions auprès de Selva Capital (qui a par le passé accompagné des pépites comme Lumio, Vexo "
     "ou Kappa).", ["Selva Capital"]),
    ("Vorta lève 5 millions auprès de Selva Capital, qui a investi dans Lumio, et d'Orion.", ["Selva Capital", "Orion"]),
])
def test_companies_an_investor_backed_before(sentence, expected):
    assert names(sentence) == expected
