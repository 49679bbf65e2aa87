"""Launch cases of real press shapes, each on invented French sentences: what is
launched, and what only looks like it (rivals, rumours, footnotes, features)."""

import pytest

from extractor.launches import find_launches


def names(text: str) -> list[str]:
    return [launch["name"] for launch in find_launches(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A family apposition names its rivals after "qui" or a comparison, not members.
        ("Borée a lancé Vexo 4, une famille de modèles qui rivalise avec les géants "
         "tels que Norial et Kalima.", ["Vexo 4"]),
        ("Borée a lancé Vexo 4, une famille de modèles dont Vexo Mini et Vexo Max.",
         ["Vexo 4", "Vexo Mini", "Vexo Max"]),
        # A launch noun after a leak, a rumour or a conditional is not a fact yet.
        ("Une fuite annonce la présentation de Vexo 3 dès le 22 octobre.", []),
        ("Un document interne mentionnerait une date alignée sur le lancement de Vexo 3.", []),
        ("Les spéculations vont bon train sur la sortie de Vexo3.", []),
        ("Borée annonce la sortie de Vexo 3, son nouveau modèle.", ["Vexo 3"]),
        ("Une fuite dévoile le modèle d'IA Vexo 3 et ses 70 milliards de paramètres.", []),
        ("Après des mois de rumeurs, Borée a lancé Vexo 3, son nouveau modèle.", ["Vexo 3"]),
        # A footnote number glued to a common word is no model name.
        ("Borée présente Vexo 5, le plus sûr de ses modèles jusqu’ici1.", ["Vexo 5"]),
        ("Borée a publié le modèle kalima3.", ["kalima3"]),
        # "la livraison de X" tells a release; not a delivery of hardware.
        ("Tout a changé avec la livraison de Vexo 4 en avril, que les "
         "développeurs de modèles d'IA ont boudée.", ["Vexo 4"]),
        ("Borée attend la livraison de puces H100 pour entraîner ses modèles d'IA.", []),
        # A model named after "pour entraîner" is still being made.
        ("Les modèles d'intelligence artificielle progressent. Borée annonce avoir levé "
         "20 millions d'euros pour entraîner Vexo 4.", []),
        # A feature is not a model.
        ("Borée a également lancé Vexo Pulse, une fonctionnalité de résumé matinal.", []),
    ],
)
def test_launch_cases(text, expected):
    assert names(text) == expected


def test_bare_members_take_the_full_name_the_article_writes():
    text = ("Borée a lancé Vexo 4, une famille de modèles. Deux versions sont accessibles : "
            "Pic et Titan. Le premier, Vexo 4 Pic, est léger.")
    assert names(text) == ["Vexo 4", "Vexo 4 Pic", "Titan"]
    # Without the full name written anywhere, the bare members stay as they are.
    assert names(text.replace("Vexo 4 Pic", "Pic")) == ["Vexo 4", "Pic", "Titan"]


@pytest.mark.parametrize(
    "listing, expected",
    [
        # Sizes followed by "paramètres" are parameter counts, not members.
        ("dont trois variantes réduites de 3B, 8B et 32B paramètres.", ["Borée-R1"]),
        (": 7B, 14B et 70B.", ["Borée-R1", "R1 7B", "R1 14B", "R1 70B"]),
    ],
)
def test_sizes_listed_after_a_family(listing, expected):
    text = ("En janvier, Borée a dévoilé Borée-R1, un modèle de raisonnement. Disponible en "
            "open source, R1 est décliné en plusieurs versions " + listing)
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Presented somewhere as a tool and never after "modèle": a product.
        ("Borée a lancé lundi son outil d'IA générative, baptisé Kali. "
         "Borée a déployé son assistant conversationnel Kali sur le web.", []),
        # Also presented as a model: kept.
        ("Borée a déployé son assistant conversationnel Kali sur le web. Le modèle Kali "
         "alimente aussi l'application Kali.", ["Kali"]),
        # A product noun in another clause does not describe the name.
        ("Borée a déployé son assistant conversationnel Kali. Selon l'entreprise, Kali "
         "répond vite.", ["Kali"]),
    ],
)
def test_products_are_not_models(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A first name and a surname described by a role noun: a person, not a model.
        ("Borée a présenté Paul Roy comme son nouveau directeur des modèles de langage.", []),
        # A version keeps a model whose name starts like a first name.
        ("Borée a dévoilé Claude Vexo 2, son nouveau modèle d'IA, explique son directeur.",
         ["Claude Vexo 2"]),
    ],
)
def test_people_are_not_models(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Borée dévoile la version 3 de son modèle Vexo.", ["Vexo 3"]),
        ("Borée dévoile la nouvelle version 2.5 de Vexo, son modèle d'IA.", ["Vexo 2.5"]),
        # The version of an application is no model.
        ("Borée dévoile la version 2 de son application Vexo.", []),
    ],
)
def test_a_numbered_version_of_a_named_model(sentence, expected):
    assert names("Les modèles d'intelligence artificielle progressent. " + sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The subject of "disponible" is the antecedent of a relative clause, not its object.
        ("Vexo 3, qui succède à Vexo 2, est disponible depuis mardi.", ["Vexo 3"]),
        # "sera disponible" is not out yet.
        ("Selon Anne Lefèvre, Vexo 3 sera disponible en juin.", []),
        ("Selon Anne Lefèvre, Vexo 3 est disponible depuis juin.", ["Vexo 3"]),
        # An aside after the launch noun's name can put it in the future.
        ("La sortie de Vexo 3, prévue en mai, a été repoussée.", []),
        ("Le lancement de Vexo 3, annoncé mardi, a séduit les développeurs.", ["Vexo 3"]),
        # A participle coordinated after "a ... et" takes the object after it.
        ("Borée a publié un rapport sur Norial et déployé Kali, un modèle de langage.", ["Kali"]),
        ("Vexo 3, rapide et déployé en mai, a séduit.", ["Vexo 3"]),
    ],
)
def test_subjects_and_asides(sentence, expected):
    assert names("Les modèles d'intelligence artificielle progressent. " + sentence) == expected
