"""Launch constructions as families of invented variants: each rule is checked on
several wordings (tense, order, synonyms, name shapes) and on near misses it must
not catch."""

import pytest

from extractor.launches import find_launches


def names(text: str) -> list[str]:
    return sorted(launch["name"] for launch in find_launches(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name after a bare comma that is followed by its own verb opens the main
        # clause: it is no list item and no model, whatever the verb.
        ("Avec le lancement de Vexo 3, son nouveau modèle d'IA, Borée veut rattraper son retard.",
         ["Vexo 3"]),
        ("Avec la sortie d'Orbo-5, son modèle de langage, Norial renforce sa gamme.", ["Orbo-5"]),
        ("Depuis la publication de Kalima 12B, un modèle ouvert, Selva accélère ses ventes.",
         ["Kalima 12B"]),
        ("Vexo 3 débarque : Borée muscle son modèle d'IA.", ["Vexo 3"]),
        ("Orbo-5 arrive : Norial étoffe sa gamme de modèles d'IA.", ["Orbo-5"]),
        # ... while a real list after a bare comma still counts.
        ("Borée lance Vexo 3, Vexo 3 Mini et Vexo 3 Nano, trois modèles d'IA.",
         ["Vexo 3", "Vexo 3 Mini", "Vexo 3 Nano"]),
        ("Norial publie Orbo-5, Orbo-5 Turbo, ainsi que Orbo-5 Lite, ses modèles de langage.",
         ["Orbo-5", "Orbo-5 Lite", "Orbo-5 Turbo"]),
    ],
)
def test_clause_subject_after_comma_is_no_model(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A launch noun whose model is called upcoming in an aside is not a launch yet.
        ("La sortie de Vexo 3, le prochain modèle d'IA de Borée, est attendue en juin.", []),
        ("Le lancement d'Orbo-5, la future famille de modèles de Norial, fait parler.", []),
        ("La présentation de Kalima 2.5, son prochain modèle de langage, aura lieu en mai.", []),
        ("La sortie de Vexo 3, le modèle d'IA de Borée, est prévue pour juin.", []),
        # An aside that presents the model plainly does not stop the launch.
        ("La sortie de Vexo 3, le nouveau modèle d'IA de Borée, a surpris le secteur.", ["Vexo 3"]),
        ("Le lancement d'Orbo-5, un modèle de langage de Norial, a eu lieu mardi.", ["Orbo-5"]),
    ],
)
def test_launch_noun_with_upcoming_aside(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The end of a model told by a noun or "mettre fin à" withdraws it.
        ("Borée a annoncé la fin de Vexo 2, son ancien modèle d'IA.", []),
        ("Norial met fin à Orbo-4, son modèle de langage.", []),
        ("Selva a mis fin au modèle Kalima 1.5.", []),
        ("Borée annonce l'arrêt de Vexo 2, un modèle d'IA.", []),
        ("Norial arrête Orbo-4 Turbo, son modèle de langage.", []),
        # A date with "fin" is no end of a model.
        ("Fin mars, Borée a lancé Vexo 3, son nouveau modèle d'IA.", ["Vexo 3"]),
        ("Borée a lancé à la fin de mars Vexo 3, son nouveau modèle d'IA.", ["Vexo 3"]),
    ],
)
def test_end_of_a_model(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Putting on the market, raising the curtain and opening the weights.
        ("Borée a mis sur le marché Vexo 3, son nouveau modèle d'IA.", ["Vexo 3"]),
        ("Norial met sur le marché Orbo-5 Flash, un modèle de langage.", ["Orbo-5 Flash"]),
        ("Selva a levé le rideau sur Kalima 12B, son modèle de langage.", ["Kalima 12B"]),
        ("Borée lève le rideau sur Vexo-V3.2, un modèle d'IA.", ["Vexo-V3.2"]),
        ("Norial a rendu open source Orbo 4, son modèle de langage.", ["Orbo 4"]),
        ("Selva rend open source Kalima-R1, un modèle de raisonnement.", ["Kalima-R1"]),
        # Near misses: the market or the curtain without a model.
        ("Borée a mis sur le marché Vexo Glass, des lunettes connectées.", []),
        ("Norial lèvera le rideau sur Orbo 5, son modèle de langage, en mai.", []),
    ],
)
def test_market_curtain_and_open_source(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A base model named after "affiné", "issu de", "distillé de", "entraîné à
        # partir de" is not launched with the new one.
        ("Borée a lancé Vexo 3, entraîné à partir d'Orbo 4, un modèle de langage.", ["Vexo 3"]),
        ("Borée a lancé Vexo 3, un modèle affiné à partir d'Orbo 4.", ["Vexo 3"]),
        ("Norial publie Kalima-7B, issu de Selva 2, un modèle de langage.", ["Kalima-7B"]),
        ("Norial publie Kalima Mini, un modèle distillé de Selva 3.", ["Kalima Mini"]),
        # Near miss: two models launched together stay both launched.
        ("Borée a lancé Vexo 3 et Vexo 3 Mini, deux modèles de langage.", ["Vexo 3", "Vexo 3 Mini"]),
    ],
)
def test_base_model_is_not_launched(text, expected):
    assert names(text) == expected


AI = " Le modèle de langage vise les PME."


@pytest.mark.parametrize(
    "text, expected",
    [
        # A rival or a replaced model named in the launch sentence through a noun or a
        # fixed phrase is not launched with it.
        ("Borée lance Vexo 3, une alternative européenne à Orbo-5, un modèle de langage.", ["Vexo 3"]),
        ("Borée lance Vexo 3 pour tenir tête à Orbo-5." + AI, ["Vexo 3"]),
        ("Norial dévoile Kalima 12B en réponse à Selva 4.1." + AI, ["Kalima 12B"]),
        ("Borée lance Vexo 3, à l'image de Orbo-5 Turbo." + AI, ["Vexo 3"]),
        ("Norial publie Kalima-V2, dans la lignée de Selva 4." + AI, ["Kalima-V2"]),
        ("Borée lance Vexo 3 à la place de Vexo 2." + AI, ["Vexo 3"]),
        ("Norial lance Kalima 3 et remplace Kalima 2.5." + AI, ["Kalima 3"]),
        ("Borée lance Vexo 3, une version améliorée de Vexo 2." + AI, ["Vexo 3"]),
        # Near misses: a real coordination or a model told launched elsewhere stays.
        ("Borée lance Vexo 3 et Vexo 3 Mini." + AI, ["Vexo 3", "Vexo 3 Mini"]),
        ("Borée a lancé Vexo 3 quelques jours après la sortie d'Orbo-5 par Norial." + AI,
         ["Orbo-5", "Vexo 3"]),
    ],
)
def test_rival_or_replaced_model_is_not_launched(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A launch verb governed by refusing, giving up, planning or a conditional
        # tells no launch, in any tense of the governing verb.
        ("Borée a refusé de publier Vexo 4, un modèle d'IA jugé dangereux.", []),
        ("Norial renonce à lancer Orbo-5, son modèle de langage.", []),
        ("Selva envisagerait de lancer Kalima 12B, son modèle d'IA.", []),
        ("Borée voudrait dévoiler Vexo 4 Turbo, un modèle d'IA.", []),
        ("Norial est sur le point de lancer Orbo-5, son modèle d'IA.", []),
        ("Selva projette de publier Kalima-V2, un modèle de langage.", []),
        ("Borée hésite à mettre en ligne Vexo 4, son modèle d'IA.", []),
        # Near misses: plain past and present launches stay.
        ("Borée a décidé de publier Vexo 4, un modèle d'IA.", ["Vexo 4"]),
        ("Norial lance Orbo-5, son modèle de langage, après avoir hésité.", ["Orbo-5"]),
    ],
)
def test_launch_not_done(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Prizes, contests and test benches carry names and numbers, not models.
        ("Borée a lancé le Vexo Prize, un prix pour les modèles d'IA.", []),
        ("Norial a publié Orbo-Bench 2, un banc d'essai pour les modèles d'IA.", []),
        ("Selva lance Kalima Cup 2026, un concours de modèles d'IA.", []),
        ("Borée a dévoilé Vexo Arena, une compétition entre modèles d'IA.", []),
        # Near miss: a model with the same shape stays.
        ("Norial a publié Orbo 2, un modèle d'IA pour les tests.", ["Orbo 2"]),
    ],
)
def test_prizes_and_benches_are_no_models(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "le dernier-né de X" presents a new model, in an aside or a predicate.
        ("Vexo 3, le dernier-né de Borée, est un modèle de langage compact.", ["Vexo 3"]),
        ("Orbo-5 est la dernière-née des modèles d'IA de Norial.", ["Orbo-5"]),
        ("Kalima 12B, le dernier-né de la famille de modèles de Selva, vise les PME.", ["Kalima 12B"]),
        # A headline list after "nouveau modèle :" skips the subject of its own verb.
        ("Nouveau modèle d'IA : Borée dégaine Vexo 3 Pro.", ["Vexo 3 Pro"]),
        ("Nouveaux modèles : Norial publie Orbo-5 et Orbo-5 Mini.", ["Orbo-5", "Orbo-5 Mini"]),
        # Near miss: the newborn is a device.
        ("Vexo 3, le dernier-né de Borée, est un smartphone.", []),
    ],
)
def test_newborn_and_headline_lists(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Names coordinated before a passive or "disponible" are all its subject.
        ("Vexo 3 et Vexo 3 Mini, les deux nouveaux modèles de Borée, sont disponibles.",
         ["Vexo 3", "Vexo 3 Mini"]),
        ("Les deux modèles, Orbo-5 et Orbo-5 Flash, ont été publiés mardi.", ["Orbo-5", "Orbo-5 Flash"]),
        ("Les modèles Kalima 12B, Kalima 70B et Kalima-R1 ont été mis en ligne par Selva.",
         ["Kalima 12B", "Kalima 70B", "Kalima-R1"]),
        ("Vexo-V3.2 ou Vexo-V3.2-Lite sont accessibles dans l'API de Borée, deux modèles d'IA.",
         ["Vexo-V3.2", "Vexo-V3.2-Lite"]),
        # Near miss: a compared name before the subject stays out.
        ("Plus rapide qu'Orbo 4 et Kalima 2, Vexo 3 est disponible, un modèle d'IA.", ["Vexo 3"]),
    ],
)
def test_coordinated_subjects_of_a_passive(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A member or variant told as coming later is not launched with its family.
        ("Borée a lancé Vexo 3, un modèle d'IA. Une version Vexo 3 Ultra arrivera plus tard.", ["Vexo 3"]),
        ("Norial a lancé Orbo-5, un modèle d'IA. La variante Orbo-5 Max suivra prochainement.", ["Orbo-5"]),
        ("Selva a publié Kalima 2, un modèle d'IA. La version Kalima 2 Pro est annoncée pour juin.",
         ["Kalima 2"]),
        ("Borée a lancé Vexo 3, un modèle d'IA. Sa version Vexo 3 Nano sortira en mai.", ["Vexo 3"]),
        # Near miss: a variant launched now and sold later stays.
        ("Borée a lancé Vexo 3, un modèle d'IA. Sa version la plus puissante, Vexo 3 Ultra, "
         "restera réservée aux abonnés.", ["Vexo 3", "Vexo 3 Ultra"]),
    ],
)
def test_members_still_to_come(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "que" right before the verb puts its subject after it: that name is the maker.
        ("Le modèle d'IA qu'a présenté Borée mardi est rapide.", []),
        ("Les modèles qu'ont publiés Norial et Selva sont ouverts, des modèles d'IA.", []),
        ("Le modèle de langage que dévoile Kalima cette semaine vise les PME.", []),
        # Near miss: the usual order keeps the antecedent as the launched model.
        ("Vexo 3, que Borée a présenté mardi, est un modèle d'IA.", ["Vexo 3"]),
    ],
)
def test_inverted_subject_after_que_is_no_model(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A clause reported with "que" after a speech or launch verb has the launched
        # name as its subject.
        ("Borée a annoncé mardi que Vexo 4 était disponible. L'IA vise les PME.", ["Vexo 4"]),
        ("Norial confirme qu'Orbo-5 est accessible à tous. L'IA vise les PME.", ["Orbo-5"]),
        ("Selva indique que Kalima 12B et Kalima 70B sont disponibles. L'IA vise les PME.",
         ["Kalima 12B", "Kalima 70B"]),
        ("Borée a expliqué que Vexo 4 Flash a été publié lundi. L'IA vise les PME.", ["Vexo 4 Flash"]),
        # Near misses: a comparison or a future predicate.
        ("Vexo 4 est plus rapide que Orbo 2 disponible depuis mai. L'IA vise les PME.", []),
        ("Borée a annoncé que Vexo 4 sera disponible en juin. L'IA vise les PME.", []),
    ],
)
def test_reported_clause_subject_is_launched(text, expected):
    assert names(text) == expected
