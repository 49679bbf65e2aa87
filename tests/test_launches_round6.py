"""Launches, round 6: headlines in title case, makers governed by "de", adjectives that
look like launch verbs, appositions before the verb. Invented French sentences; pure
functions, no spaCy model."""

from extractor.launches import find_launches

AI = "L'intelligence artificielle avance vite. "


def launchers(text: str) -> dict[str, str | None]:
    return {launch["name"]: launch["organization"] for launch in find_launches(text)}


def test_a_capitalised_launch_verb_of_a_headline_is_no_part_of_the_name():
    text = ("Orvane de Paul Roy Dévoile Nimbus 4 sur Fond de Tensions\n"
            "Paul Roy a présenté mardi Nimbus 4, un modèle d'IA conçu par les équipes d'Orvane.")
    assert set(launchers(text)) == {"Nimbus 4"}


def test_the_maker_after_de_is_not_what_que_takes_up():
    text = AI + "Voici enfin la sortie de Nimbus 4, ce modèle phare d'Orvane que Paul Roy présente comme imbattable."
    assert set(launchers(text)) == {"Nimbus 4"}


def test_the_maker_after_an_elided_de_is_not_what_a_participle_launches():
    text = AI + "Tout le monde parle de Nimbus 4, ce modèle phare d'Orvane, présenté mardi à Lyon."
    assert "Orvane" not in launchers(text)


def test_a_launch_verb_form_after_an_adverb_of_degree_is_an_adjective():
    text = (AI + "Kelvo a lancé Atlas 5 en mai. Ses résultats tranchent avec les initiatives d'IA plus diffuses "
            "de Lumen qui n'ont pas encore donné de résultats.")
    assert set(launchers(text)) == {"Atlas 5"}


def test_a_determiner_opening_the_sentence_is_no_launcher():
    text = (AI + "Norvex, une des figures de la branche, vient de dévoiler Kestrel 3. Autre "
            "cas notable : Orsol, un géant coréen du commerce, a déployé Kestrel 3 pour coder seul.")
    assert launchers(text) == {"Kestrel 3": "Norvex"}


def test_an_apposition_between_the_launcher_and_vient_de():
    text = (AI + "Norvex, une des figures de la branche, vient de dévoiler deux modèles, "
            "Kestrel 3 et Kestrel 3 Mini.")
    assert launchers(text) == {"Kestrel 3": "Norvex", "Kestrel 3 Mini": "Norvex"}


def test_a_person_with_a_role_in_apposition_is_no_launcher():
    text = (AI + "Kestrel 3 est disponible. Léa Morin, à la tête des partenariats chez Norvex, annonce "
            "déjà l'intégration de Kestrel 3 aux outils maison.")
    assert launchers(text).get("Kestrel 3") != "Léa Morin"


def test_the_launcher_before_an_apposition_and_no_determiner_as_launcher(extractor):
    text = ("Alors que l'intelligence artificielle progresse très vite, Norvex, une des figures de la branche, "
            "vient de dévoiler deux modèles, Kestrel Opus 3 et Kestrel Sonnet 3. La sortie de "
            "Kestrel Opus 3 change la donne.\n"
            "Autre cas notable : Orsol, un géant coréen du commerce, a déployé Opus 3 pour coder seul.")
    found = {launch.name: launch.organization for launch in extractor.extract(text).model_launches}
    assert found["Kestrel Opus 3"] == "Norvex" and found["Kestrel Sonnet 3"] == "Norvex"
    assert "Autre" not in found.values()


def test_the_maker_of_a_flagship_model_named_in_apposition():
    text = (AI + "Le secteur salue la sortie de Nimbus 4, ce grand modèle phare d'Orvane, que les "
            "développeurs testent déjà.")
    assert launchers(text) == {"Nimbus 4": "Orvane"}
