"""Quotes and speakers, round 4: French press wording the earlier rules missed.
Every sentence is invented; each case is one pattern."""

import pytest

from extractor.quote_candidates import reported_incise
from extractor.speakers import read_speaker

# --------------------------------------------------------------------------
# Pure helpers, without the model


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Les fonds, précise-t-il, serviront à recruter des ingénieurs.", "précise"),
        ("Les fonds serviront, précise-t-elle, à recruter des ingénieurs.", "précise"),
        ("Les fonds, a-t-il précisé, serviront à recruter des ingénieurs.", "a précisé"),
        ("Le marché, juge Anne Roy, présidente de Kivo, reste très fragmenté en Europe.", "juge"),
    ],
)
def test_reported_speech_around_an_incise(text, verb):
    found = reported_incise(text)
    assert len(found) == 1
    _, att, start, end = found[0]
    assert att.verb == verb and start == 0 and text[end - 1] != "."


@pytest.mark.parametrize(
    "text",
    [
        "Selon Paul Roy, précise-t-il, les fonds serviront à recruter.",  # "selon" has it
        "Kivo conçoit, fabrique et vend des vélos électriques en France.",
        "Les fonds, précise-t-il, serviront.",  # too short a clause after the incise
        "Il estime, ajoute-t-il : les fonds serviront à recruter.",
        "Les ventes progressent, note Léa Roy, chez Kivo, et les marges suivent enfin.",  # a clause of its own
        "La société, qui compte dix salariés, indique Léa Roy, vient de déménager à Lille.",  # a relative first
    ],
)
def test_no_reported_incise(text):
    assert reported_incise(text) == []


@pytest.mark.parametrize(
    "text, title, organization",
    [
        ("selon les données du site de suivi Crunchly, il", "données", "Crunchly"),
        ("selon les données analysées par le cabinet Vexo, il", "données", "Vexo"),
        ("selon les chiffres traités par l'institut Orvane, il", "chiffres", "Orvane"),
        ("selon les données internes, il", "données", None),
        ("selon les chiffres officiels.", "chiffres", None),
    ],
)
def test_figures_speak_for_their_publisher(text, title, organization):
    phrase = read_speaker(text, 6)
    assert phrase is not None and phrase.kind == "statement"
    assert phrase.title == title and phrase.organization == organization


# --------------------------------------------------------------------------
# Whole pipeline


def _quotes(extractor, text):
    art = extractor.extract(text)
    return [(text[q.start:q.end], q.direct, q.speaker.name if q.speaker else None,
             q.speaker.organization if q.speaker else None) for q in art.quotes]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Paul Roy dirige Kivo. Les fonds, précise-t-il, serviront à recruter une vingtaine d'ingénieurs.",
         "Paul Roy"),
        ("Le marché, juge Sophie Martin, présidente de Lumio, reste très fragmenté en Europe.", "Sophie Martin"),
    ],
)
def test_incise_in_reported_speech(extractor, text, name):
    found = _quotes(extractor, text)
    assert len(found) == 1 and found[0][2] == name and not found[0][1]


@pytest.mark.parametrize(
    "text, name, direct",
    [
        ("Kivo a levé 5 millions. La demande reste forte en Europe, comme le souligne Léa Dumas, directrice de Kivo.",
         "Léa Dumas", False),
        ("Kivo a levé 5 millions. Comme l'explique Léa Dumas, directrice de Kivo, la demande reste forte en Europe.",
         "Léa Dumas", False),
        ("Kivo a levé 5 millions. « La demande reste très forte en Europe », comme le rappelait Léa Dumas.",
         "Léa Dumas", True),
        ("Kivo a levé 5 millions. Comme l'a rappelé Léa Dumas, « la demande reste très forte en Europe ».",
         "Léa Dumas", True),
    ],
)
def test_as_the_speaker_says(extractor, text, name, direct):
    """"comme le souligne X" names the source of its clause, like "selon X"."""
    found = _quotes(extractor, text)
    assert len(found) == 1 and found[0][2] == name and found[0][1] is direct


def test_as_its_name_says_is_no_source(extractor):
    text = "Kivo a levé 5 millions. Comme l'indique son nom, la plateforme s'adresse aux petites entreprises."
    assert _quotes(extractor, text) == []


@pytest.mark.parametrize(
    "text, title, organization",
    [
        ("Kivo a levé 5 millions. Le marché reste fragmenté, observe la directrice de Kivo.", "directrice", "Kivo"),
        ("Lumio a levé 5 millions. Le patron de Lumio estime que les clients veulent des solutions locales.",
         "patron", "Lumio"),
    ],
)
def test_role_of_an_organisation_nobody_holds(extractor, text, title, organization):
    """A role named with its organisation, held by nobody the article names, speaks for it."""
    art = extractor.extract(text)
    assert len(art.quotes) == 1
    speaker = art.quotes[0].speaker
    assert speaker.name is None and speaker.title == title and speaker.organization == organization


@pytest.mark.parametrize(
    "text, name",
    [
        ("Léa Dumas dirige Kivo. « La demande reste très forte en Europe », croit-elle.", "Léa Dumas"),
        ("Léa Dumas dirige Kivo. « Au début, personne n'y croyait », rembobine la dirigeante.", "Léa Dumas"),
        ("Le marché a doublé en deux ans, calcule Léa Dumas, directrice de Kivo.", "Léa Dumas"),
    ],
)
def test_more_speech_verbs(extractor, text, name):
    found = _quotes(extractor, text)
    assert len(found) == 1 and found[0][2] == name


def test_own_figures_speak_for_the_company(extractor):
    text = "Kivo a lancé son modèle. Selon les données internes, seulement 2 % des clients ont résilié leur abonnement."
    art = extractor.extract(text)
    assert len(art.quotes) == 1 and art.quotes[0].speaker.organization == "Kivo"


@pytest.mark.parametrize(
    "text, verb, direct",
    [
        ("Kivo a levé 5 millions. Léa Dumas, directrice de Kivo, n'hésite pas à affirmer que la société "
         "sera rentable dès 2026.", "n'hésite pas à affirmer", False),
        ("Kivo a levé 5 millions. Léa Dumas, directrice de Kivo, a profité du salon pour déclarer que la "
         "société sera rentable dès 2026.", "a profité du salon pour déclarer", False),
        ("Kivo a levé 5 millions. Léa Dumas s'est empressée de saluer « une étape décisive pour toute l'équipe ».",
         "s'est empressée de saluer", True),
    ],
)
def test_speech_verb_after_insistence(extractor, text, verb, direct):
    """The infinitive of a speech verb after "n'hésite pas à", "s'est empressé de",
    "a profité de l'occasion pour" says the words."""
    art = extractor.extract(text)
    assert len(art.quotes) == 1
    quote = art.quotes[0]
    assert quote.verb == verb and quote.direct is direct and quote.speaker.name == "Léa Dumas"


def test_incise_after_insistence(extractor):
    text = ("Kivo a levé 5 millions. « Un cap est franchi, n'hésite pas à affirmer Léa Dumas, directrice de "
            "Kivo. Nous changeons d'échelle. »")
    found = _quotes(extractor, text)
    assert [q[0] for q in found] == ["Un cap est franchi", "Nous changeons d'échelle."]
    assert all(q[2] == "Léa Dumas" for q in found)


def test_will_then_infinitive_before_a_quotation_is_no_speech(extractor):
    text = "Kivo a levé 5 millions. La société souhaite compléter son offre de « logiciel en tant que service »."
    assert _quotes(extractor, text) == []


@pytest.mark.parametrize(
    "text, title, organization",
    [
        ("le directeur de la mission Numéria Tech : il", "directeur de la mission", "Numéria Tech"),
        ("le patron du fonds Alto Capital, a", "patron du fonds", "Alto Capital"),
    ],
)
def test_name_after_a_role_complement_is_an_organisation(text, title, organization):
    phrase = read_speaker(text, 0)
    assert phrase.kind == "description" and phrase.name is None
    assert phrase.title == title and phrase.organization == organization


def test_person_name_after_a_role_complement_stays_a_person():
    phrase = read_speaker("le directeur de la mission Paul Roy : il", 0)
    assert phrase.kind == "name" and phrase.name == "Paul Roy"


def test_role_of_another_organisation_is_not_the_last_person(extractor):
    text = ("Marc Lenoir a investi dans Kivo. Le secteur reprend des couleurs, affirme le directeur de la mission "
            "Numéria Tech.")
    found = _quotes(extractor, text)
    assert len(found) == 1 and found[0][2] is None and found[0][3] == "Numéria Tech"


def test_inverted_attribution_before_a_colon_attributes_the_quotation(extractor):
    text = "Le marché reste fragmenté, affirme Paul Roy : « il faudra des années pour le consolider »."
    found = _quotes(extractor, text)
    assert [(q[0], q[2]) for q in found] == [("Le marché reste fragmenté", "Paul Roy"),
                                             ("il faudra des années pour le consolider", "Paul Roy")]


def test_generic_organisation_with_adjectives(extractor):
    text = "Kivo a levé 5 millions. Le marché a doublé en deux ans, calcule la start-up nantaise lundi."
    found = _quotes(extractor, text)
    assert len(found) == 1 and found[0][3] == "Kivo"


def test_channel_before_a_colon_is_no_attribution(extractor):
    text = ("Kivo lance un partenariat. Anne Roy, directrice générale de Vexo, déclare dans un communiqué : "
            "« Ce partenariat ouvre une nouvelle étape pour nos clients. »")
    found = _quotes(extractor, text)
    assert [q[1] for q in found] == [True] and found[0][2] == "Anne Roy"


def test_source_taken_up_by_a_relative_pronoun(extractor):
    text = ("« Le marché a grandi grâce à nos clients », constate Paul Roy, selon qui près de 300 jeunes pousses "
            "sont installées dans la métropole.")
    found = _quotes(extractor, text)
    assert [(q[1], q[2]) for q in found] == [(True, "Paul Roy"), (False, "Paul Roy")]


def test_a_plan_is_not_speech(extractor):
    text = ("Paul Roy dirige Kivo. Il prévoit de lancer l'an prochain un nouveau « grand modèle de langage », "
            "semblable au système « d'IA générative » de ses rivaux.")
    assert _quotes(extractor, text) == []
