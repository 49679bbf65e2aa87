"""Model launches, round 7: a brand between the launch verb and its list ("sous sa
marque X :"), "sous le nom de X", the agent of a launch noun before its object ("le
lancement par X de Y"), an acronym that spells a month, and makers read past a
place or a relative clause. Every sentence is invented."""

from extractor.launch_candidates import _model_version


def _launches(extractor, text):
    return [(m.name, m.organization) for m in extractor.extract(text).model_launches]


def test_models_listed_after_a_brand_and_a_colon(extractor):
    text = ("Kelba veut rattraper ses concurrents. La société basée à Lyon présente trois modèles sous la marque "
            "KLB (Kelba Labs) : KLB-Voice-1, un modèle de voix qui lit une page en une seconde, "
            "et KLB-2-preview, un grand modèle de texte qui équipera bientôt l'agent Lumo de Kelba.")
    assert _launches(extractor, text) == [("KLB-Voice-1", "Kelba"), ("KLB-2-preview", "Kelba")]


def test_a_model_launched_under_a_name(extractor):
    assert _launches(extractor, "Kelba lance un modèle de langage sous le nom de Vega 3.") == [("Vega 3", "Kelba")]


def test_the_agent_of_a_launch_noun_before_the_model(extractor):
    text = ("Cette annonce fait suite au lancement par Orvane de Nimbus 2.5-Max, un modèle qui surpasse "
            "ses rivaux selon l'entreprise.")
    assert _launches(extractor, text) == [("Nimbus 2.5-Max", "Orvane")]


def test_an_acronym_that_spells_a_month_carries_a_version():
    assert _model_version("MAI-Voice-1")
    assert not _model_version("Mai 2024")
    assert not _model_version("Juin 2023")


def test_a_display_resolution_is_no_model(extractor):
    text = "Le générateur d'images de Kelba met en ligne des rendus 4K et des vidéos 8K pour ses abonnés."
    assert [name for name, _ in _launches(extractor, text)] == []
