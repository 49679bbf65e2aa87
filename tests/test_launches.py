"""Model launches: what counts as a launch, names, launcher, open weights."""

import pytest

from extractor.launches import find_launches, open_weights_cue, sentences


def names(extractor, text: str) -> list[str]:
    return [launch.name for launch in extractor.extract(text).model_launches]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OpenAI a lancé GPT-4o, son nouveau modèle multimodal.", ["GPT-4o"]),
        ("OpenAI dévoile o1, un modèle capable de raisonner avant de répondre.", ["o1"]),
        ("Meta a publié Llama 3.1 405B, son plus grand modèle ouvert.", ["Llama 3.1 405B"]),
        ("La start-up chinoise DeepSeek a mis à disposition DeepSeek-R1, un modèle de raisonnement.",
         ["DeepSeek-R1"]),
        ("Google présente Gemini 2.0 Flash, disponible dès aujourd'hui pour les développeurs.",
         ["Gemini 2.0 Flash"]),
        ("Anthropic a présenté Claude 3.5 Sonnet, un modèle accessible par API.", ["Claude 3.5 Sonnet"]),
        ("Mistral AI a lancé son premier modèle ouvert : Mistral 7B", ["Mistral 7B"]),
        ("Mistral AI dévoile Mistral 3, une famille comprenant Mistral Large 3 et Ministral 3.",
         ["Mistral 3", "Mistral Large 3", "Ministral 3"]),
        (("La jeune pousse a dévoilé lundi Nova Large, son modèle le plus puissant, ainsi que Le Chat, "
         "un assistant conversationnel."), ["Nova Large", "Le Chat"]),
        ("H Company a présenté Runner H, un agent capable de naviguer sur le Web.", ["Runner H"]),
        ("Mixtral 8x22B est disponible dès aujourd'hui sous licence Apache 2.0.", ["Mixtral 8x22B"]),
        ("Cohere publie les poids de Command R+, son modèle destiné aux entreprises.", ["Command R+"]),
        ("Le laboratoire a rendu public Lucie-7B, un modèle de langage entraîné en France.", ["Lucie-7B"]),
        ("Le modèle de Google, Gemini 2.0 Flash, a été dévoilé mercredi.", ["Gemini 2.0 Flash"]),
        ("Alibaba a annoncé jeudi le lancement de Qwen2.5-Max, un modèle fermé.", ["Qwen2.5-Max"]),
        ("OpenAI met à disposition GPT-4o mini, une version plus légère de son modèle.", ["GPT-4o mini"]),
        ("Microsoft a dévoilé Phi-3-mini, un petit modèle de langage.", ["Phi-3-mini"]),
        ("La levée, combinée au lancement de notre nouveau modèle ouvert Mixtral 8x7B, marque une étape.",
         ["Mixtral 8x7B"]),
        ("Le laboratoire a présenté Moshi, un assistant vocal capable de converser en temps réel.", ["Moshi"]),
        ("Le Chat est disponible gratuitement.\nLa start-up publie Helios, une famille de modèles compacts.",
         ["Helios"]),
        ("Les poids de Mistral Small 3 sont publiés sous licence Apache 2.0.", ["Mistral Small 3"]),
        ("OpenAI a publié gpt-oss-120b et gpt-oss-20b, ses premiers modèles à poids ouverts.",
         ["gpt-oss-120b", "gpt-oss-20b"]),
        ("Mistral AI a présenté à Paris son modèle Devstral, destiné aux développeurs.", ["Devstral"]),
        ("La start-up a levé le voile sur Magistral, son premier modèle de raisonnement.", ["Magistral"]),
        ("Le géant américain a mis en ligne Llama 4 Scout et Llama 4 Maverick.",
         ["Llama 4 Scout", "Llama 4 Maverick"]),
        ("L'entreprise montréalaise Cohere a dévoilé Command A, un modèle destiné aux entreprises.",
         ["Command A"]),
    ],
)
def test_launches_are_found_with_their_names(extractor, text, expected):
    assert names(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le nouveau modèle rivalise avec GPT-4o sur plusieurs tests.",
        "Sur les tests publiés par la société, Codestral devance CodeLlama 70B.",
        "La version compacte fait mieux que Phi-1.5 de Microsoft.",
        "Mistral AI a lancé un modèle qui devance Llama 3 70B.",
        "Il a été entraîné à partir de Llama 3.",
        "Alfred est construit à partir de Falcon-40B, le modèle d'un institut émirien.",
        "OpenAI devrait sortir GPT-5 cet été.",
        "La sortie imminente de GPT-5 inquiète ses concurrents.",
        "Google prévoit de lancer Gemini 3 l'an prochain.",
        "Le laboratoire s'est engagé à publier les poids de Nova 2 en open source.",
        "OpenAI n'a pas encore publié les poids de GPT-4.",
        "Apple a présenté l'iPhone 16, son nouveau smartphone.",
        "La start-up a lancé sa plateforme Mistral Compute.",
        "Arthur Mensch a lancé Mistral AI en 2023 avec deux associés.",
        "Arthur Mensch a lancé Mistral AI, une start-up spécialisée dans les modèles de langage.",
        "La société a lancé une application mobile, Le Chat.",
        "L'équipe a mis à disposition The Cauldron, une collection de jeux de données.",
        "Le groupe a présenté ses résultats annuels à Paris.",
        "Le groupe a présenté au salon VivaTech sa plateforme Nova.",
        "Samsung a présenté le Galaxy S25, un smartphone doté de Gemini.",
        "OpenAI avait promis en mai un mode vocal comparable pour GPT-4o.",
    ],
)
def test_not_launches(extractor, text):
    assert names(extractor, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OpenAI a lancé GPT-4o, son nouveau modèle multimodal.", "OpenAI"),
        ("La société parisienne LightOn a rendu public Alfred-40B, un modèle de langage.", "LightOn"),
        ("Le modèle de Google, Gemini 2.0 Flash, a été dévoilé mercredi.", "Google"),
        ("Llama 2 a été publié par Meta en juillet 2023.", "Meta"),
        ("Mistral AI et Nvidia ont dévoilé Mistral NeMo, un modèle de 12 milliards de paramètres.", "Mistral AI"),
        ("Sirius Labs accélère. La jeune pousse a dévoilé Orion 2, son modèle le plus puissant.",
         "Sirius Labs"),
        (("Nova, la plateforme de partage de modèles cofondée par Jean Martin, a publié Vega 3, "
         "une famille de modèles compacts."), "Nova"),
    ],
)
def test_organization_is_the_launcher(extractor, text, expected):
    launches = extractor.extract(text).model_launches
    assert [launch.organization for launch in launches] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Meta a publié Llama 3.1 405B, son plus grand modèle ouvert.", True),
        ("Mistral AI a publié Pixtral 12B, son premier modèle multimodal, sous licence Apache 2.0.", True),
        ("xAI a ouvert les poids de Grok-1, son premier modèle.", True),
        ("LightOn a rendu public Alfred-40B, un modèle de langage. Ses poids sont téléchargeables.", True),
        ("Anthropic a présenté Claude 3.5 Sonnet, un modèle propriétaire.", False),
        ("Alibaba a annoncé le lancement de Qwen2.5-Max, un modèle fermé.", False),
        (("La start-up a dévoilé Nova Large, son modèle phare. Contrairement aux premiers modèles, diffusés "
         "sous licence libre, Nova Large n'est pas un modèle ouvert : ses poids ne sont pas publiés."), False),
        ("La start-up a dévoilé Nova Large, son modèle phare. Il est accessible uniquement par l'API.", False),
        ("L'EPFL a publié Apertus, un modèle de langage entièrement ouvert.", True),
        ("OpenAI a lancé GPT-4o, son nouveau modèle multimodal.", None),
    ],
)
def test_open_weights(extractor, text, expected):
    launches = extractor.extract(text).model_launches
    assert [launch.open_weights for launch in launches] == [expected]


def test_evidence_is_the_launch_sentence(extractor):
    text = "Le marché bouge. Google présente Gemini 2.0 Flash, un modèle rapide."
    launch = extractor.extract(text).model_launches[0]
    assert [span.text for span in launch.evidence] == ["Google présente Gemini 2.0 Flash, un modèle rapide."]


def test_short_headline_name_merges_with_full_name():
    text = "LightOn publie Alfred, un modèle ouvert\n\nLightOn a rendu public Alfred-40B-0723, un modèle de langage."
    assert [launch["name"] for launch in find_launches(text)] == ["Alfred-40B-0723"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Le modèle est distribué en open source.", True),
        ("Ses poids peuvent être téléchargés librement.", True),
        ("Il est publié sous licence MIT.", True),
        ("Ce n'est pas un modèle ouvert.", False),
        ("Ses poids ne sont pas publiés.", False),
        ("Il reste propriétaire.", False),
        ("Il compte 22 milliards de paramètres.", None),
    ],
)
def test_open_weights_cue(sentence, expected):
    assert open_weights_cue(sentence) is expected


def test_sentences_split_headlines_and_keep_versions():
    text = "Titre sans point\nMeta publie Llama 3.1 aujourd'hui. Il est ouvert."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Titre sans point", "Meta publie Llama 3.1 aujourd'hui.", "Il est ouvert.",
    ]


def test_dev_corpus_launch_names(extractor, dev_corpus):
    import json

    for gold_path in sorted(dev_corpus.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        predicted = sorted(launch.name for launch in extractor.extract(text).model_launches)
        assert predicted == sorted(m["name"] for m in gold["model_launches"]), gold_path.name
