"""The stages of launch extraction, each on one invented French sentence."""

import pytest

from extractor.launch_attachment import (
    Launch,
    attach_launchers,
    attach_open_weights,
    attach_organisations,
    sentence_openers,
)
from extractor.launch_candidates import Sentences, find_candidates, has_launch_cue
from extractor.launches import consolidate


def candidates(text: str) -> list[str]:
    return [c.name.text for c in find_candidates(Sentences.of(text))]


def test_candidates_are_model_shaped_names_where_a_launch_puts_them():
    assert candidates("La société Borée a dévoilé Vega 3, son nouveau modèle de langage.") == ["Vega 3"]
    assert candidates("Le modèle Vega 3 fait mieux que Orion-5 sur les tests.") == []


def test_launcher_is_attached_from_the_sentence():
    text = "Borée a dévoilé Vega 3, un modèle de langage."
    launches, launchers = attach_launchers(text, find_candidates(Sentences.of(text)))
    assert {k: launch.organization for k, launch in launches.items()} == {"vega 3": "Borée"}
    assert launchers == {"boree"}


def test_consolidate_keeps_a_family_and_its_members():
    text = "Borée publie Atlas-2, une famille de modèles : Atlas-2-7B et Atlas-2-30B."
    article = Sentences.of(text)
    launches, launchers = attach_launchers(text, find_candidates(article))
    consolidate(article, launches, launchers)
    assert sorted(launch.name for launch in launches.values()) == ["Atlas-2", "Atlas-2-30B", "Atlas-2-7B"]


def test_consolidate_merges_a_bare_headline_word_into_its_full_name():
    text = "Borée lance Kestrel\nBorée a publié Kestrel-V3.2, un modèle de langage."
    article = Sentences.of(text)
    launches, launchers = attach_launchers(text, find_candidates(article))
    consolidate(article, launches, launchers)
    assert [launch.name for launch in launches.values()] == ["Kestrel-V3.2"]


def test_missing_launcher_is_the_main_organisation():
    launches = {"vega 3": Launch("Vega 3", 0)}
    attach_organisations("Borée grandit. Borée recrute.", launches, ["Borée"])
    assert launches["vega 3"].organization == "Borée"


def test_sentence_openers_leave_out_launch_words():
    article = Sentences.of("Borée recrute.\nDisponible dès lundi, Vega 3 arrive.")
    assert sentence_openers(article) == ["Borée"]


def test_open_weights_come_from_the_sentences_about_the_model():
    text = "Borée a dévoilé Vega 3. Ses poids sont publiés sous licence Apache 2.0."
    article = Sentences.of(text)
    launches = {"vega 3": Launch("Vega 3", 16)}
    attach_open_weights(article, launches)
    assert launches["vega 3"].open_weights is True


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Any form of a launch verb, an availability word, every word of a launch phrase.
        ("Borée dévoilera Vega 3 en mai.", True),
        ("Vega 3 est disponible.", True),
        ("Borée a mis Vega 3 en ligne.", True),
        ("Borée lève le voile sur Vega 3.", True),
        # "nouveau" after a determiner, or with a naming word; a family noun with a model noun.
        ("Le tout nouveau Vega 3 surprend.", True),
        ("Ce modèle, nouveau et baptisé Vega 3, surprend.", True),
        ("Vega est une collection de modèles.", True),
        # Sentences that hold none of these cannot start a launch.
        ("Le chiffre d'affaires a progressé l'an dernier.", False),
        ("La série A de Borée atteint 5 millions d'euros.", False),
        ("Borée recrute quarante ingénieurs à Lyon.", False),
    ],
)
def test_launch_cue_gate(sentence, expected):
    assert has_launch_cue(sentence) is expected


def test_gate_leaves_out_no_candidate():
    """The gate is a superset: a sentence it skips yields no candidate when read anyway."""
    text = ("Borée recrute. L'an dernier fut calme. Borée a dévoilé dix nouveaux modèles. "
            "En tête : Vega Large 3, un modèle multimodal, et la gamme Vegal 3, neuf petits modèles. "
            "La série A atteint 5 millions d'euros. Le tout nouveau Orion 2 surprend les experts de l'IA.")
    article = Sentences.of(text)
    gated = [c.name.text for c in find_candidates(article)]
    every = []
    for sentence, words_ in zip(article.spans, article.words):
        one = Sentences(text, [sentence], [words_])
        one.with_cues = lambda: [True]  # read every sentence
        every += [c.name.text for c in find_candidates(one)]
    assert "Orion 2" in gated and set(every) - {"Vega Large 3", "Vegal 3"} <= set(gated)


def test_a_bare_name_launched_in_the_body_keeps_its_own_launch():
    text = ("Borée grandit\nBorée a dévoilé Vega, un modèle d'IA, en mai. "
            "Borée publie aujourd'hui Vega-R2, un modèle de raisonnement.")
    article = Sentences.of(text)
    launches, launchers = attach_launchers(text, find_candidates(article))
    consolidate(article, launches, launchers)
    assert [launch.name for launch in launches.values()] == ["Vega", "Vega-R2"]


def test_sentence_words_are_cut_on_demand_and_match_tokenize():
    from extractor.launch_names import tokenize
    text = "Borée recrute. " + "Borée a dévoilé Vega 3, un modèle d'IA " + "très rapide " * 20 + "."
    article = Sentences.of(text)
    assert [w.text for w in article.words[1]] == [w.text for w in tokenize(text, *article.spans[1])]
    opening = article.words.opening(0)
    assert [w.text for w in opening] == ["Borée", "recrute", "."]
    assert [w.text for w in Sentences.of(text).words.opening(1)][:4] == ["Borée", "a", "dévoilé", "Vega"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The bare name launched as "la nouvelle version de X" is its highest version written.
        ("Borée a dévoilé la nouvelle version de Vexo, son modèle d'IA. Selon Paul Roy, Vexo 3 dépasse "
         "tous ses rivaux. Vexo 2.0 avait marqué une étape.", ["Vexo 3"]),
        # Not a version the article puts in the future.
        ("Borée a dévoilé la nouvelle version de Vexo, son modèle d'IA. Vexo 4 devrait suivre "
         "l'an prochain.", ["Vexo"]),
        # Not without the wording of a new version.
        ("Borée a dévoilé Vexo, son modèle d'IA. Vexo 3 serait le plus rapide des modèles du marché.",
         ["Vexo"]),
    ],
)
def test_consolidate_names_the_latest_version(text, expected):
    from extractor.launches import name_latest_version
    article = Sentences.of(text)
    launches, _ = attach_launchers(text, find_candidates(article))
    name_latest_version(article, launches)
    assert [launch.name for launch in launches.values()] == expected


NAMELESS = ("Borée dévoile son premier modèle de langage. Doté de 7 milliards de "
            "paramètres, Vexo 7B sera plus rapide que ses rivaux. Vexo 7B peut résumer des textes.")


@pytest.mark.parametrize(
    "text, expected",
    [
        (NAMELESS, ["Vexo 7B"]),
        # The model noun "le modèle R2" presents a name without a size.
        ("Borée publie un nouveau modèle d'IA qui inquiète. Ce modèle fait partie de la "
         "famille R2. Le modèle R2 de Borée se distingue.", ["R2"]),
        # Named once only: too weak a sign.
        (NAMELESS.replace(" Vexo 7B peut résumer des textes.", ""), []),
        # No launch of a nameless new model in the article.
        (NAMELESS.replace("dévoile son premier modèle", "recrute pour son modèle"), []),
        # Never presented as a model.
        ("Borée dévoile son premier modèle d'IA. Il tourne sur l'iPhone 16. L'iPhone 16 est rapide.", []),
    ],
)
def test_a_nameless_launch_takes_the_name_written_elsewhere(text, expected):
    from extractor.launches import launch_named_elsewhere
    assert [launch.name for launch in launch_named_elsewhere(Sentences.of(text)).values()] == expected
