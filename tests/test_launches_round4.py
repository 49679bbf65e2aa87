"""Launches, round 4: rules checked on invented French sentences (pure functions,
no spaCy model)."""

from extractor.launches import find_launches


def names(text: str) -> list[str]:
    return sorted(launch["name"] for launch in find_launches(text))


def launchers(text: str) -> dict[str, str | None]:
    return {launch["name"]: launch["organization"] for launch in find_launches(text)}


def test_a_member_listed_after_composee_de_is_no_maker():
    text = ("Cirrus a lancé jeudi Nimbus 4, une nouvelle famille de modèles composée de "
            "Nimbus 4 Opus et Nimbus 4 Sonnet.")
    assert launchers(text) == {"Nimbus 4": "Cirrus", "Nimbus 4 Opus": "Cirrus", "Nimbus 4 Sonnet": "Cirrus"}


def test_a_source_before_le_nouveau_modele_is_not_launched():
    text = ("Falco sort Kestrel-V3.2\nFalco sort Kestrel-V3.2, un modèle expérimental pour l'inférence. "
            "Selon Falco, le nouveau modèle divise par deux les prix de son API.")
    assert names(text) == ["Kestrel-V3.2"]


def test_a_bare_member_is_not_joined_to_a_name_across_a_line_break():
    text = "Lumen publie Orbo 2\nOrbo 2, un modèle de langage, est disponible. Pic est aussi un modèle de Lumen."
    assert "Orbo 2 Pic" not in names(text)


def test_examples_after_comme_and_ou_are_not_launched():
    text = ("Le fabricant Silex a présenté mardi sa puce T9, conçue pour l'inférence des grands "
            "modèles de langage comme Vega 3 ou Orion-5. L'IA générative progresse.")
    assert names(text) == []


def test_a_plural_object_then_dont_names_the_launched_models():
    text = "Borée a présenté plusieurs nouveautés, dont le très attendu modèle Vega 2.0 et une puce."
    assert names(text) == ["Vega 2.0"]
    assert names("Borée a présenté ses nouveaux modèles, dont Paul Martin assure qu'ils sont rapides.") == []


def test_a_place_before_disponible_is_not_the_launched_model():
    text = "Le premier modèle de langage ouvert et multilingue conçu en Belgique est désormais disponible."
    assert names(text) == []


def test_a_name_in_a_time_reference_is_not_launched_by_the_sentence():
    text = ("Quelques semaines après les annonces de Lumen consacrées à Orion 3.5, Borée présente "
            "Vega 2, son nouveau modèle de langage.")
    assert names(text) == ["Vega 2"]


def test_plans_and_conditional_predicates_of_a_launch_noun_are_not_launches():
    assert names("Interrogé sur les plans de lancement de Vega-5, le patron de Borée est resté flou. "
                 "Vega-5 est un modèle de langage.") == []
    assert names("Selon Paul Martin, la sortie du modèle Vega-5 pourrait avoir lieu cet été.") == []
    assert names("La sortie du modèle Vega-5 devrait intervenir en juin.") == []
    # a launch noun told in the past stays a launch
    assert names("En mai, la sortie du modèle Vega-4 avait marqué un tournant pour Borée.") == ["Vega-4"]


def test_a_product_in_an_indefinite_apposition_is_not_a_model():
    text = ("Samsung dévoile le Vexa S9\nSamsung a dévoilé mercredi le Vexa S9, un smartphone doté de "
            "fonctions d'intelligence artificielle.")
    assert names(text) == []
    assert names("La plateforme Kaskad lance KaskChat 2, une interface de discussion pour les modèles "
                 "d'intelligence artificielle ouverts.") == []
    # "Avec X, l'entreprise ...": the clause after the comma is no apposition
    text = ("Borée a levé le voile sur Vega 2.0, son nouveau modèle d'IA. Avec Vega 2.0, l'entreprise "
            "franchit une étape.")
    assert names(text) == ["Vega 2.0"]


def test_a_version_of_a_product_is_not_a_model_but_a_version_of_a_model_is():
    assert names("Borée déploie Orbis 12, une version de son système d'exploitation qui intègre un "
                 "assistant d'IA.") == []
    assert "Vega 3 Mini" in names("Borée publie Vega 3 Mini, une version de son modèle Vega 3 pour les téléphones.")


def test_the_speaker_after_a_quote_and_the_names_inside_it_are_not_launched():
    text = ("« Avec Vega 3, nous rattrapons Orion-5 », a annoncé Paul Martin lors du lancement "
            "du modèle de langage Vega 3.")
    assert names(text) == ["Vega 3"]
    # a launch told inside the quote stays one
    assert names("« Nous lançons aujourd'hui Vega 3, notre modèle de langage », a déclaré Paul Martin.") == ["Vega 3"]


def test_an_infinitive_of_purpose_is_no_launch():
    text = "Kaskad lève 5 millions d'euros pour déployer Kaskad Med 3, son modèle d'IA, dans les hôpitaux."
    assert names(text) == []
    assert names("Borée vient de lancer Vega 3, son modèle de langage.") == ["Vega 3"]


def test_a_model_of_another_maker_deployed_by_a_customer_is_not_launched():
    text = "Borée a déployé Orion-5 de Lumen dans ses centres d'appels grâce à l'IA générative."
    assert names(text) == []
    assert launchers("Borée a publié Vega 3 de Borée Labs, un modèle de langage.") == {"Vega 3": "Borée Labs"}


def test_a_development_environment_is_not_a_model():
    assert names("Lumen lance Lumen Studio 4, un environnement de développement pour créer des agents d'IA.") == []


def test_a_round_up_lists_the_launches_each_with_its_maker():
    text = ("Parmi les nouveautés de la semaine : Vega 3 de Borée, Orion-5 de Lumen et la puce T9 de "
            "Silex. L'IA générative accélère.")
    assert launchers(text) == {"Vega 3": "Borée", "Orion-5": "Lumen"}
    text = "Cette semaine, plusieurs modèles d'IA ont vu le jour : Vega 3 de Borée et Orion-5 de Lumen."
    assert launchers(text) == {"Vega 3": "Borée", "Orion-5": "Lumen"}
    # items without their maker after a round-up noun alone are not read as launches
    assert names("Les nouveautés du mois : Dune 3 et Lupin 4. L'IA générative accélère.") == []


def test_weekdays_and_months_are_never_part_of_a_model_name():
    assert names("Borée a lancé Vega 3 Mardi, un modèle de langage.") == ["Vega 3"]
    assert names("Lundi 3 mars, Borée a présenté Vega 3, son modèle de langage.") == ["Vega 3"]


def test_bare_sizes_listed_after_a_family_take_its_name():
    text = "L'IA accélère.\nBorée publie Pixo, une famille de modèles ouverts déclinée en deux tailles, 2B et 7B."
    assert names(text) == ["Pixo", "Pixo 2B", "Pixo 7B"]


def test_weights_opened_before_an_elided_name_are_a_launch():
    assert names("Kaskad ouvre les poids d'Atlas 12B, son modèle de langage.") == ["Atlas 12B"]


def test_a_model_only_outperformed_in_the_conditional_is_no_launch():
    text = "Borée a dévoilé mardi Vega 3, un modèle ouvert qui dépasserait Orion-5 en mathématiques."
    assert names(text) == ["Vega 3"]


def test_a_name_in_a_lorsque_clause_is_no_launch_and_no_name_opens_on_it():
    text = ("Borée complète sa gamme. (Lorsque Vega 3 a été dévoilé en mars, peu d'experts y croyaient.) "
            "Borée a lancé cette semaine Vega 4, un modèle ouvert.")
    assert names(text) == ["Vega 4"]


def test_names_coordinated_after_baptises_are_all_launched():
    text = ("Borée met en ligne deux modèles. Les deux nouveaux modèles, baptisés vega-lite-40b et vega-lite-8b, "
            "visent les ordinateurs portables.")
    assert names(text) == ["vega-lite-40b", "vega-lite-8b"]


def test_a_maker_named_after_an_opening_gerund_clause_is_not_launched():
    text = ("Borée a dévoilé Vega 3 la semaine dernière. En différant la publication de son modèle ouvert, "
            "Altair affiche sa prudence.")
    assert names(text) == ["Vega 3"]
