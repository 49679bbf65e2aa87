"""Launches, round 5: version suffixes, compared lists, the new year. Invented French
sentences; pure functions, no spaCy model."""

from extractor.launches import find_launches

AI = "L'intelligence artificielle avance vite. "


def launchers(text: str) -> dict[str, str | None]:
    return {launch["name"]: launch["organization"] for launch in find_launches(text)}


def test_a_version_with_a_suffix_of_its_own_stays_in_the_name():
    assert launchers(AI + "Norvex lance Kestrel 2.5-Max, son nouveau modèle.") == {"Kestrel 2.5-Max": "Norvex"}
    assert launchers(AI + "Norvex présente Atlas 3.1-405B, un modèle de langage.") == {"Atlas 3.1-405B": "Norvex"}


def test_every_name_of_a_compared_list_is_no_launch():
    text = (AI + "Norvex a mis en ligne Kestrel 2.5-Max, son grand modèle, qui selon ses ingénieurs "
            "surpasse Orion-4o, Vega-V3 et Atlas-3.1 de Lumen.")
    assert set(launchers(text)) == {"Kestrel 2.5-Max"}


def test_a_challenge_verb_after_the_launch_verb_ends_its_object():
    text = AI + "Norvex présente deux modèles de calcul et défie Orion 3 et Vega 2."
    assert launchers(text) == {}


def test_the_new_year_is_no_model():
    text = (AI + "Norvex a lancé Kestrel 4, un modèle de langage. La mise en ligne tombait pendant les "
            "fêtes du nouvel An chinois.")
    assert launchers(text) == {"Kestrel 4": "Norvex"}
