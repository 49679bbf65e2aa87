"""Model launches: what counts as a launch, names, launcher, open weights."""

import pytest

from extractor.launch_attachment import open_weights_cue
from extractor.launch_candidates import mentions_ai
from extractor.launch_names import sentences
from extractor.launches import find_launches


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
        ("IA : Google présente Gemini 2.0 Flash, disponible dès aujourd'hui pour les développeurs.",
         ["Gemini 2.0 Flash"]),
        ("Anthropic a présenté Claude 3.5 Sonnet, un modèle accessible par API.", ["Claude 3.5 Sonnet"]),
        ("Borée publie enfin son premier modèle ouvert : Nimbus 7B", ["Nimbus 7B"]),
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
        ("Ce tour, qui accompagne la sortie de notre nouveau modèle ouvert Nimbus 8x3B, ouvre une étape.",
         ["Nimbus 8x3B"]),
        ("Le laboratoire a présenté Moshi, un assistant vocal capable de converser en temps réel.", ["Moshi"]),
        ("Le Chat est disponible gratuitement.\nLa start-up publie Helios, une famille de modèles compacts.",
         ["Helios"]),
        ("Les poids de Mistral Small 3 sont publiés sous licence Apache 2.0.", ["Mistral Small 3"]),
        ("OpenAI a publié gpt-oss-120b et gpt-oss-20b, ses premiers modèles à poids ouverts.",
         ["gpt-oss-120b", "gpt-oss-20b"]),
        ("Mistral AI a présenté à Paris son modèle Devstral, destiné aux développeurs.", ["Devstral"]),
        ("La start-up a levé le voile sur Magistral, son premier modèle de raisonnement.", ["Magistral"]),
        ("IA : Le géant américain a mis en ligne Llama 4 Scout et Llama 4 Maverick.",
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
        ("IA : Llama 2 a été publié par Meta en juillet 2023.", "Meta"),
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


@pytest.mark.parametrize(
    "text, expected",
    [
        (("Le laboratoire Alpenlab a dévoilé Föhn-32B. Contrairement à son prédécesseur Föhn-7B, publié en "
          "open source, le nouveau modèle reste propriétaire."), {"Föhn-32B": False, "Föhn-7B": True}),
        (("La jeune pousse Vireo a mis en ligne Nacre 2, un modèle ouvert. Elle l'accompagne d'une version "
          "compacte, Nacre 2 Mini."), {"Nacre 2": True, "Nacre 2 Mini": True}),
        (("Le laboratoire Orque a publié Zéta-12B, un modèle propriétaire, ainsi que Zéta-1B, une version "
          "compacte."), {"Zéta-12B": False, "Zéta-1B": False}),
        (("L'institut Pivert a présenté Grive-8B, un modèle de langage. Ses poids sont publiés sous licence "
          "libre, tout comme ceux de Grive-8B-Chat, une variante conçue pour la conversation."),
         {"Grive-8B": True, "Grive-8B-Chat": True}),
        (("La société Talweg a présenté Ombre-3, son modèle de langage, publié en poids ouverts. Sa version "
          "la plus grande, Ombre-3 Max, restera réservée aux clients de sa plateforme."),
         {"Ombre-3": True, "Ombre-3 Max": False}),
    ],
)
def test_open_weights_of_each_launch(text, expected):
    assert {launch["name"]: launch["open_weights"] for launch in find_launches(text)} == expected


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


# ---------------------------------------------------------------------------
# Constructions of unseen articles: other models, other companies, other wording.
# Each case: the text, the launched names, the organisation and open_weights of
# the first launch.

@pytest.mark.parametrize(
    "text, expected_names, expected_organization, expected_open_weights",
    [
        ("OpenAI a dévoilé GPT-4.1, un modèle conçu pour la programmation.",
         ["GPT-4.1"], "OpenAI", None),
        ("Google a mis en ligne Gemini 2.5 Pro, son modèle le plus avancé.",
         ["Gemini 2.5 Pro"], "Google", None),
        ("Anthropic lance en bêta Claude Opus 4, accessible uniquement via API.",
         ["Claude Opus 4"], "Anthropic", False),
        ("Alibaba a publié Qwen3-235B-A22B sous licence MIT.",
         ["Qwen3-235B-A22B"], "Alibaba", True),
        ("Meta sort Llama 4 Scout, dont les poids sont disponibles sur Hugging Face.",
         ["Llama 4 Scout"], "Meta", True),
        ("La start-up chinoise DeepSeek a présenté DeepSeek-V3, un modèle open-weight.",
         ["DeepSeek-V3"], "DeepSeek", True),
        ("Microsoft ouvre l'accès à Phi-4, un petit modèle de langage.",
         ["Phi-4"], "Microsoft", None),
        ("Mistral AI annonce la disponibilité générale de Magistral, son modèle de raisonnement.",
         ["Magistral"], "Mistral AI", None),
        ("Le laboratoire Orbis présente Nuada 2, un modèle compact.",
         ["Nuada 2"], "Orbis", None),
        ("Chez Mistral AI, on a mis en ligne Voxtral, un modèle de reconnaissance vocale.",
         ["Voxtral"], "Mistral AI", None),
        ("Alphabet, la maison mère de Google, a dévoilé Gemma 3, une famille de modèles ouverts.",
         ["Gemma 3"], "Alphabet", True),
        ("xAI a présenté Grok 3, un modèle propriétaire.",
         ["Grok 3"], "xAI", False),
        ("Le modèle Zéphyr-9B, publié mardi par la société Brume, est distribué sous licence MIT.",
         ["Zéphyr-9B"], "Brume", True),
        ("Voxtral est disponible en open-weight sur Hugging Face.",
         ["Voxtral"], None, True),
        ("La jeune pousse Lexora lance en bêta ouverte Aria 1, un assistant pour les juristes.",
         ["Aria 1"], "Lexora", None),
        ("IA : OpenAI annonce la disponibilité générale de o3-pro, réservé aux abonnés.",
         ["o3-pro"], "OpenAI", None),
        ("Le laboratoire chinois Moonshot AI a mis en ligne Kimi K2, dont les poids sont téléchargeables.",
         ["Kimi K2"], "Moonshot AI", True),
        ("Le groupe sud-coréen LG a présenté Exaone 4.0, un modèle hybride.",
         ["Exaone 4.0"], "LG", None),
        ("Mistral AI sort Devstral Small, un modèle pour les développeurs, sous licence Apache 2.0.",
         ["Devstral Small"], "Mistral AI", True),
        ("La société Talvane a dévoilé Brisa-3B, un modèle propriétaire réservé à ses clients.",
         ["Brisa-3B"], "Talvane", False),
        (("IA : Le laboratoire Quillon publie Ardent-7B. Il l'accompagne d'une version compacte, "
          "Ardent-1B, pensée pour les téléphones."),
         ["Ardent-7B", "Ardent-1B"], "Quillon", None),
        (("Orvane a mis en ligne Sélène-2, sa famille de modèles. Deux versions sont disponibles : "
          "Sélène-2-20B, qui compte 20 milliards de paramètres, et Sélène-2-4B, une déclinaison plus "
          "légère."),
         # A family and its members are all launched (as the real-press gold annotates them).
         ["Sélène-2", "Sélène-2-20B", "Sélène-2-4B"], "Orvane", None),
        ("Cohere a dévoilé Command A Vision, son modèle de vision, accessible uniquement via son API.",
         ["Command A Vision"], "Cohere", False),
        ("Google, filiale d'Alphabet, a présenté Gemini 2.5 Flash, un modèle plus rapide.",
         ["Gemini 2.5 Flash"], "Google", None),
        (("Le laboratoire Nérée présente Tessel 2, un modèle ouvert dont les poids sont publiés sur "
          "Hugging Face."),
         ["Tessel 2"], "Nérée", True),
        (("La start-up Fjord a présenté jeudi Runa 3, un modèle de langage construit à partir d'un "
          "modèle ouvert. Ses poids ne seront pas publiés."),
         ["Runa 3"], "Fjord", False),
        ("Qwen3-Coder est désormais disponible sous licence Apache 2.0, a annoncé Alibaba.",
         ["Qwen3-Coder"], "Alibaba", True),
        ("Meta a publié Llama 4 Maverick, un modèle multimodal ; ses poids sont en accès libre.",
         ["Llama 4 Maverick"], "Meta", True),
        ("Le laboratoire Sagace a dévoilé Opale 1.5, un modèle qui reste accessible uniquement par API.",
         ["Opale 1.5"], "Sagace", False),
        (("Mistral AI a présenté Magistral Medium, un modèle propriétaire, et Magistral Small, publié"
          " en open source."),
         ["Magistral Medium", "Magistral Small"], "Mistral AI", False),
        (("Mistral AI a mis en ligne Mistral Medium 3, un modèle accessible uniquement via l'API de "
          "sa plateforme."),
         ["Mistral Medium 3"], "Mistral AI", False),
        ("Nouveau venu : Kestrel 2, le modèle du laboratoire Sirocco, est disponible depuis mardi.",
         ["Kestrel 2"], "Sirocco", None),
        ("IA : Disponible dès aujourd'hui, Nimbus 4 succède à Nimbus 3.",
         ["Nimbus 4"], None, None),
        ("Présenté mardi à Paris, Nimbus 4 est un modèle de 30 milliards de paramètres.",
         ["Nimbus 4"], None, None),
        ("Le nouveau modèle d'OpenAI, baptisé GPT-4.1, est disponible via l'API.",
         ["GPT-4.1"], "OpenAI", None),
        ("Baptisé Orca 3, le modèle a été dévoilé mardi par la start-up Cétacé.",
         ["Orca 3"], "Cétacé", None),
        ("IA : OpenAI lance o4-mini et o3 dans ChatGPT.",
         ["o4-mini", "o3"], "OpenAI", None),
        ("Google DeepMind dévoile Veo 3, son modèle de génération vidéo.",
         ["Veo 3"], "Google DeepMind", None),
        ("Le chinois Zhipu AI a publié GLM-4.5 en open source.",
         ["GLM-4.5"], "Zhipu AI", True),
        ("IA : Sortie de GPT-4.1 : OpenAI cible les développeurs.",
         ["GPT-4.1"], "OpenAI", None),
        ("Amazon a présenté Nova Premier, un modèle accessible uniquement sur sa plateforme Bedrock.",
         ["Nova Premier"], "Amazon", False),
        ("IBM publie Granite 4.0 sous licence Apache 2.0.",
         ["Granite 4.0"], "IBM", True),
        ("Le français LightOn met en ligne un nouveau modèle, Pagnol 2.",
         ["Pagnol 2"], "LightOn", None),
        ("Nvidia a rendu disponible Nemotron Nano 2 sur Hugging Face.",
         ["Nemotron Nano 2"], "Nvidia", True),
        ("La start-up Vélia a annoncé la sortie en bêta de Lumen 2, son assistant juridique.",
         ["Lumen 2"], "Vélia", None),
        ("Hugging Face a publié SmolLM3, un petit modèle entièrement ouvert.",
         ["SmolLM3"], "Hugging Face", True),
        ("La start-up, qui avait lancé Nova 1 en 2023, présente Nova 2, un modèle plus rapide.",
         ["Nova 1", "Nova 2"], None, None),
        ("Qwen3-235B-A22B, le nouveau modèle d'Alibaba, est publié sous licence Apache 2.0.",
         ["Qwen3-235B-A22B"], "Alibaba", True),
        (("Le laboratoire Ondée dévoile Brume-8B, un modèle propriétaire, ainsi que Brume-2B, dont "
          "les poids sont publiés."),
         ["Brume-8B", "Brume-2B"], "Ondée", False),
        ("IA : GPT-4.1 débarque dans l'API d'OpenAI.",
         ["GPT-4.1"], "OpenAI", None),
        ("Anthropic vient de lancer Claude Sonnet 4, son nouveau modèle.",
         ["Claude Sonnet 4"], "Anthropic", None),
        ("Le modèle Gemini 2.5 Flash-Lite est sorti mardi.",
         ["Gemini 2.5 Flash-Lite"], None, None),
        ("Mistral AI a procédé au lancement de Codestral 25.01, son modèle de code.",
         ["Codestral 25.01"], "Mistral AI", None),
        ("Le québécois Cohere lance officiellement Command R7B, un modèle compact.",
         ["Command R7B"], "Cohere", None),
        ("IA : xAI a rendu accessible Grok 4 aux abonnés de X.",
         ["Grok 4"], "xAI", None),
        ("La société zurichoise Lakera a publié en open source Gandalf-7B, un modèle de sécurité.",
         ["Gandalf-7B"], "Lakera", True),
        ("Après Llama 4 Scout, Meta a dévoilé Llama 4 Maverick, un modèle plus grand.",
         ["Llama 4 Maverick"], "Meta", None),
        (("DeepSeek a publié DeepSeek-R1-0528, une mise à jour de son modèle de raisonnement, sous "
          "licence MIT."),
         ["DeepSeek-R1-0528"], "DeepSeek", True),
        ("L'EPFL et l'ETH Zurich ont publié Apertus, un modèle de langage entièrement ouvert.",
         ["Apertus"], "EPFL", True),
        ("IA : Google a dévoilé Gemini 2.5 Pro, qui surpasse GPT-4.1 et Claude Opus 4 sur plusieurs tests.",
         ["Gemini 2.5 Pro"], "Google", None),
        ("Microsoft lance Phi-4-mini et Phi-4-multimodal, deux petits modèles ouverts.",
         ["Phi-4-mini", "Phi-4-multimodal"], "Microsoft", True),
        ("Nouvelle sortie chez Alibaba : Qwen3-Coder, un modèle de programmation aux poids ouverts.",
         ["Qwen3-Coder"], "Alibaba", True),
        (("La start-up parisienne Pleias a mis en ligne Pleias-RAG-1B, un petit modèle sous licence "
          "Apache 2.0."),
         ["Pleias-RAG-1B"], "Pleias", True),
        (("OpenAI a présenté o3 et o4-mini, ses modèles de raisonnement, uniquement accessibles via "
          "son API et ChatGPT."),
         ["o3", "o4-mini"], "OpenAI", False),
        ("Montréal - La québécoise Boréalis a procédé mercredi au lancement de Lynx, son premier agent.",
         ["Lynx"], "Boréalis", None),
        (("Le laboratoire Alpenlab a dévoilé Föhn-32B. Contrairement à son prédécesseur Föhn-7B, publié en "
          "open source, le nouveau modèle reste propriétaire."),
         ["Föhn-32B", "Föhn-7B"], "Alpenlab", False),
        ("La start-up Corvus a publié Pica 2, un modèle qui n'est accessible que par son API.",
         ["Pica 2"], "Corvus", False),
        (("La jeune pousse Vireo a mis en ligne Nacre 2, un modèle juridique dont les poids sont sur Hugging "
          "Face. Elle l'accompagne d'une déclinaison plus légère, Nacre 2 Mini."),
         ["Nacre 2", "Nacre 2 Mini"], "Vireo", True),
        (("La société Brisant, qui a levé 40 millions d'euros, a présenté dans la foulée Houle 2, un modèle "
          "réservé à ses clients."),
         ["Houle 2"], "Brisant", False),
        # An aside between the auxiliary and the participle; "mis en libre accès les poids".
        (("À Rimouski, la jeune pousse Marée IA a de son côté mis en libre accès les poids de Varech-1, "
          "un modèle de 3 milliards de paramètres."),
         ["Varech-1"], "Marée IA", True),
        # A list after a colon that closes "une série de modèles", after a date.
        (("Le laboratoire Faîte a dévoilé le 9 juin une série de modèles de langage : Crête-2, "
          "Crête-2 mini et Crête-2 nano."),
         ["Crête-2", "Crête-2 mini", "Crête-2 nano"], "Faîte", None),
        # "ce lancement" tells again a launch: what follows it is not launched.
        (("Le laboratoire Faîte a publié Crête-3, un modèle de langage. Conséquence de ce lancement : "
          "Crête-1 Preview sera retiré de l'API."),
         ["Crête-3"], "Faîte", None),
        # "rend disponible X": made available, the model after the verb.
        ("La start-up Sillon rend aussi disponible Labour-2, un modèle accessible uniquement via API.",
         ["Labour-2"], "Sillon", False),
    ],
)
def test_unseen_launches(extractor, text, expected_names, expected_organization, expected_open_weights):
    launches = extractor.extract(text).model_launches
    assert [launch.name for launch in launches] == expected_names
    assert launches[0].organization == expected_organization
    assert launches[0].open_weights is expected_open_weights


@pytest.mark.parametrize(
    "text",
    [
        "L'application s'appuie sur GPT-4.1 pour répondre aux clients.",
        "Face à Gemini 2.5 Pro, la start-up a présenté un modèle plus petit.",
        "Comparé à DeepSeek-V3, Qwen3 reste moins cher à utiliser.",
        "Llama 5 est attendu pour l'automne.",
        "GPT-5 est en cours d'entraînement, selon OpenAI.",
        "OpenAI abandonne GPT-4.5, jugé trop coûteux.",
        "Microsoft retire Phi-3 de son catalogue.",
        "Google prépare Gemini 3, qui sera présenté l'an prochain.",
        "Gemini 3 sera présenté en mai, selon la presse américaine.",
        "Anthropic devrait dévoiler Claude 5 dans les prochains mois.",
        "La start-up a lancé une offre professionnelle intégrant Claude Opus 4.",
        "Les chercheurs ont publié une étude sur Llama 4 Scout.",
        "La société a publié un rapport comparant GPT-4.1 et Gemini 2.5 Pro.",
        "Voxtral sortira en septembre, a indiqué Mistral AI.",
        "Les poids de Llama 4 Behemoth ne sont pas encore publiés.",
        "Hexa annonce une Série C de 80 millions d'euros pour ses modèles d'IA.",
        "La start-up annonce un tour de table pour financer Nova 3, son futur modèle.",
        "Le nouveau modèle de la start-up fait mieux que Claude Opus 4 sur les tests de code.",
        "Le laboratoire a publié un classement dominé par Gemini 2.5 Pro.",
        "Meta présentera Llama 5 lors de sa conférence annuelle.",
        "Le modèle, présenté comme un rival de GPT-4.1, n'a pas de nom.",
        "Orion 3 est toujours en cours d'entraînement chez Sirius Labs.",
        "Mistral AI a présenté ses résultats, portés par Le Chat Pro.",
        "Google a retiré Gemini 1.0 Pro de son offre.",
        "Le laboratoire a lancé un appel à projets autour de Llama 4 Scout.",
        "Perplexity a lancé Comet, son navigateur doté d'IA.",
        "OpenAI a lancé Sora, son application de génération vidéo.",
        "Microsoft intègre GPT-4.1 à Copilot.",
        "Meta n'a toujours pas publié Llama 4 Behemoth.",
        "OpenAI a reporté le lancement de GPT-5.",
        "Le lancement de GPT-5 est prévu pour l'été.",
        "La sortie de Llama 5 est attendue à l'automne.",
        "Anthropic a présenté mardi ses excuses après une panne de Claude Opus 4.",
        "Google a présenté un rapport sur Gemini 2.5 Pro.",
        "Mistral AI prépare le lancement de Mistral Large 3.",
        "La start-up a lancé sa marketplace Orbis Store.",
        "Le groupe a dévoilé son nouveau logo.",
        "Apple a présenté la Vision Pro, un casque de réalité mixte.",
        "OpenAI a annoncé la fin de GPT-4.5 Preview.",
        "OpenAI a annoncé l'arrêt de GPT-4.5 Preview dans son API.",
        "Sam Altman a présenté OpenAI comme un laboratoire de recherche.",
        "La start-up Kestrel a présenté mardi son directeur technique, Paul Martin.",
        "Le fonds Elaia a annoncé sa participation au tour de table de Nimbus AI.",
        "GPT-4.1 coûte moins cher que GPT-4o, selon OpenAI.",
        "La banque a choisi Claude Opus 4 pour son service client.",
        "Les utilisateurs de Gemini 2.5 Pro se plaignent de lenteurs.",
        "Microsoft a investi 10 milliards de dollars dans OpenAI, le créateur de ChatGPT.",
        "Le laboratoire a publié les résultats de Llama 4 Scout sur son blog.",
        "OpenAI a dévoilé mardi ses ambitions dans la santé.",
        "Mistral AI a présenté Arthur Mensch comme son porte-parole.",
        "Le prochain modèle, Nova 4, sortira à l'automne.",
        "Claude Opus 4 a été retiré du catalogue de la plateforme.",
        "La start-up Lumen a lancé mardi une Série B de 30 millions d'euros.",
        "Meta a lancé une enquête interne après la fuite de Llama 4 Behemoth.",
        "Le ministère a publié un guide sur l'usage de ChatGPT dans les écoles.",
    ],
)
def test_unseen_non_launches(extractor, text):
    assert names(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Windows 11 débarque sur les PC de l'entreprise.",
        "L'iPhone 16 est disponible depuis vendredi.",
        "Le fonds Cathay Innovation 2 arrive en fin de vie.",
        "Le match PSG-OM 2 a été diffusé dimanche.",
        "Le logiciel Photoshop 2025, disponible depuis mardi, intègre des filtres.",
        "Le Galaxy S25, présenté mardi, embarque un nouvel écran.",
        "Présenté mardi, le budget 2025 prévoit des coupes.",
        "Baptisé Horizon 2030, le plan a été présenté par le gouvernement.",
    ],
)
def test_versioned_names_outside_ai_news_are_not_models(text):
    assert find_launches(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Windows 11 débarque sur les PC de l'entreprise.", False),
        ("IA : Orca 3 débarque dans l'API de Cétacé.", True),
        ("Le modèle est publié sous licence Apache 2.0.", True),
        ("Les entreprises misent sur l'intelligence artificielle.", True),
        ("Le Stade de Vernange arrache le nul.", False),
    ],
)
def test_mentions_ai(text, expected):
    assert mentions_ai(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba a publié Qwen3-235B-A22B sous licence Apache 2.0.",
        "Mistral AI a mis en ligne Mixtral 8x22B, un modèle de 141 milliards de paramètres.",
        "Meta a publié Llama 3.1 405B, son plus grand modèle ouvert.",
        "OpenAI a publié gpt-oss-120b, un modèle à poids ouverts.",
        "La start-up a dévoilé Orion-70B-2406, entraîné sur 15 000 milliards de jetons.",
    ],
)
def test_model_names_are_not_money_or_rounds(extractor, text):
    article = extractor.extract(text)
    assert article.funding_rounds == []
    assert [launch.name for launch in article.model_launches] != []


def test_general_articles_have_no_launches():
    from pathlib import Path

    general = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus" / "general"
    articles = sorted(general.glob("*.txt"))
    if not articles:
        pytest.skip("benchmarks/corpus/general is not present")
    found = {path.name: find_launches(path.read_text(encoding="utf-8")) for path in articles}
    assert {name: launches for name, launches in found.items() if launches} == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name after a comma and before a verb opens the next clause: not a list item.
        ("En annonçant lundi la sortie du modèle Vega 3, Paul Roy s'est félicité du résultat.",
         ["Vega 3"]),
        ("En annonçant lundi la sortie du modèle Vega 3, Borée a promis une suite.", ["Vega 3"]),
        # "présenté comme", "annoncé pour": a description or a forecast, not a launch.
        ("Présenté comme une avancée, Orion-5 est le prochain modèle de Borée.", []),
        ("Le modèle Orion-5 est annoncé pour surpasser son prédécesseur.", []),
        # A variant sharing the letters of a launched model's name: "Nimbus4.5-Pro" of "Nimbus 4.5".
        ("Borée a présenté Nimbus 4.5, son nouveau modèle. Elle l'accompagne d'une déclinaison payante, "
         "Nimbus4.5-Pro, destinée aux entreprises.", ["Nimbus 4.5", "Nimbus4.5-Pro"]),
    ],
)
def test_launch_boundaries(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # The article calls the launched name a laboratory, a company or a model's maker.
        ("Paul Vasseur lance Boréal, le pari lyonnais face aux géants de l'IA. Son projet Boréal, un "
         "laboratoire consacré à l'apprentissage automatique, ouvre à Lyon."),
        ("L'arrivée de Corvin à Paris renforce la concurrence dans l'IA, a déclaré Jean Petit, "
         "directeur général de Corvin."),
        ("Le modèle Vega 3 d'Altair domine les tests d'IA. Le mois marque aussi le lancement "
         "d'Altair en Europe."),
    ],
)
def test_organisations_are_not_launched_models(text):
    assert find_launches(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # -oyer verbs write their stem with an i: "déploie".
        ("Borée déploie Vega 3, son modèle d'IA, dans sa messagerie.", ["Vega 3"]),
        ("Borée a introduit Vega 3, un modèle de langage, la semaine dernière.", ["Vega 3"]),
        ("Vega 3, le nouveau modèle de Borée, est désormais accessible à tous.", ["Vega 3"]),
        ("Voici Vega 3, le nouveau modèle de langage de Borée.", ["Vega 3"]),
        ("Borée lance la bêta de Vega 3, son assistant d'IA.", ["Vega 3"]),
        # Implied launches: "le tout nouveau X", "X est une collection de modèles".
        ("Le tout nouveau Vega 3 de Borée surpasse ses concurrents en IA.", ["Vega 3"]),
        ("Orion-5 est une collection de modèles de langage conçue par Borée.", ["Orion-5"]),
        ("Atlas 12B est le nouveau modèle de la start-up Kestrel.", ["Atlas 12B"]),
        ("Un Nouveau Saut Pour L'IA", []),
        ("Atlas 12B est un modèle de langage fermé.", []),
        # A list whose items each name their maker.
        ("Les lancements de la semaine en IA : Vega 3 de Borée, Orion-5 de Lumen et Atlas 12B de Kestrel.",
         ["Vega 3", "Orion-5", "Atlas 12B"]),
        # A chatbot is a model even though a bare "robot" is not.
        ("Le robot conversationnel VegaChat, lancé fin 2022, compte 100 millions d'utilisateurs.",
         ["VegaChat"]),
        # "un jeu de données, baptisé X" names a data set, not a model.
        ("Les poids et le jeu de données, baptisé Vega-Corpus, sont accessibles à tous.", []),
    ],
)
def test_launch_wordings(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


def test_list_items_take_their_own_maker():
    text = "Les lancements de la semaine en IA : Vega 3 de Borée, Orion-5 de Lumen et Atlas 12B de Kestrel."
    assert [launch["organization"] for launch in find_launches(text)] == ["Borée", "Lumen", "Kestrel"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Launches told in an apposition or a relative clause.
        ("Avec Vega 3, lancé mardi, Borée vise les entreprises de l'IA.", ["Vega 3"]),
        ("Borée, dont le modèle Vega 3 vient d'être lancé, recrute.", ["Vega 3"]),
        ("Vega 3, que Borée a dévoilé mardi, surpasse ses rivaux en IA.", ["Vega 3"]),
        # Discontinuous and intransitive wordings.
        ("Borée a mis Vega 3 à disposition des développeurs d'IA.", ["Vega 3"]),
        ("Le modèle Vega 3 sort aujourd'hui.", ["Vega 3"]),
        ("Borée a rendu publics les poids de Vega 3.", ["Vega 3"]),
        ("Vega 3 de Borée est disponible dans l'API, un modèle d'IA.", ["Vega 3"]),
        ("Vega 3 est officiel : Borée dévoile Opus 4 et Sonnet 4, ses modèles d'IA.",
         ["Vega 3", "Opus 4", "Sonnet 4"]),
        # Name shapes: web hyphens, quotation marks, an accented capital.
        ("Borée lance Vega\u20113, un modèle de langage.", ["Vega\u20113"]),
        ("Borée lance « Vega 3 », un modèle de langage.", ["Vega 3"]),
        ("Borée lance Écho 2, un modèle de langage.", ["Écho 2"]),
        # "son nouveau modèle X", "son dernier-né, X": implied launches.
        ("Avec son nouveau modèle Vega 3, Borée vise les entreprises.", ["Vega 3"]),
        ("Le dernier modèle de langage de Borée, Vega 3, impressionne.", ["Vega 3"]),
        ("Son dernier-né, Vega 3, impressionne les experts de l'IA.", ["Vega 3"]),
        ("Le nouveau modèle de Borée surpasse Orion-5.", []),
        ("D'ici l'été, Borée glissera ce nouveau modèle dans Vega Office.", []),
        ("Borée lance la licence Vega 2.0 pour ses modèles d'IA.", []),
    ],
)
def test_launch_wordings_and_shapes(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


def test_members_named_later_join_their_family():
    text = ("Borée a dévoilé Nimbus 3, sa nouvelle génération de modèles. "
            "Nimbus Large 3, le modèle de pointe, "
            "vise les entreprises. La série Cirrus 3 reprend ces avancées en plus compact. "
            "Nimbus 3 surpasse Orion 3 sur les tests.")
    assert [launch["name"] for launch in find_launches(text)] == ["Nimbus 3", "Nimbus Large 3", "Cirrus 3"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A launch told in an apposition: "X, une nouvelle famille de modèles".
        ("Borée mise gros sur Nimbus, une nouvelle famille de petits modèles pour mobiles.",
         ["Nimbus"]),
        ("Nimbus est une « famille » de trois modèles d'IA compacts.", ["Nimbus"]),
        ("La stratégie de Borée passe par Nimbus, une famille de modèles de langage.", []),
        # Waiting for a launch: not launched yet.
        ("Borée publie Nimbus 3, un modèle d'IA, à la veille du lancement de Orion-5 chez Lumen.",
         ["Nimbus 3"]),
        # Members named bare take the family's name once one is named in full.
        ("Borée a dévoilé trois modèles d'IA, Pic, Pilot et Titan. "
         "Borée a aussi dévoilé Nimbus 4 Titan, "
         "un modèle en cours de finition.", ["Nimbus 4 Pic", "Nimbus 4 Pilot", "Nimbus 4 Titan"]),
        # A size alone ("la version 7B de X") joins the full name.
        ("Deux tailles de Gemo, un modèle d'IA, sont disponibles : Gemo 2B et Gemo 7B. "
         "La version 7B de Gemo est la plus "
         "puissante des déclinaisons du modèle.", ["Gemo 2B", "Gemo 7B"]),
    ],
)
def test_launch_appositions_and_members(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


def test_a_person_is_not_the_launcher():
    text = ("Jean Dupont dévoile Vega 3, le nouveau modèle de sa société d'IA. "
            "Borée emploie 40 personnes.")
    assert [launch["organization"] for launch in find_launches(text, ["Borée"])] == ["Borée"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A number or a label opening the sentence is not the launcher.
        ("Borée a présenté Vega 2, un modèle d'IA. Trois jours plus tard, c'est l'annonce de Vega 3.",
         ["Borée", "Borée"]),
        ("Borée a présenté Vega 2, un modèle d'IA.\nBut : déployer Vega 3 partout.",
         ["Borée", "Borée"]),
        # "développé par sa société X" names the maker; a person never is one.
        ("Paul Durand dévoile Vega 3, son modèle d'IA développé par sa société Borée. Durand exulte.",
         ["Borée"]),
    ],
)
def test_launcher_wordings(text, expected):
    assert [launch["organization"] for launch in find_launches(text)] == expected


def test_member_named_later_takes_the_weights_of_its_family():
    text = ("Borée a publié Nimbus 3, une famille de modèles ouverts sous licence Apache 2.0. "
            "La série Cirrus 3 décline ces avancées en plus petit.")
    assert {launch["name"]: launch["open_weights"] for launch in find_launches(text)} == {
        "Nimbus 3": True, "Cirrus 3": True}


@pytest.mark.parametrize(
    "text, expected",
    [
        # Other versioned names of a launch sentence are launched, wherever they stand.
        ("Borée lance Vega 3 en Europe ; le petit Vega 3 Mini vise les téléphones, deux modèles d'IA.",
         ["Vega 3", "Vega 3 Mini"]),
        # ... not a base, a platform or a chip after its preposition, nor a model in training.
        ("Borée lance VegaChat, un assistant d'IA construit sur Orion-5.", ["VegaChat"]),
        ("Borée lance Vega 3, un modèle d'IA disponible sur iOS 18 et Android 15.", ["Vega 3"]),
        ("Borée lance Vega 3, un modèle d'IA, et entraîne déjà Vega 4.", ["Vega 3"]),
        ("Borée lance Vega 3, un modèle d'IA, après Orion-5 et Atlas 12B.", ["Vega 3"]),
        # ... but not compared, retired, future, dated or ranked ones.
        ("Borée lance Vega 3, plus rapide que Orion-5 sur les tests d'IA.", ["Vega 3"]),
        ("Borée retire de son application d'IA Vega 1, Vega 2 et Vega 2 Mini, publiés trop tôt.", []),
        ("Borée a présenté lors de son salon Nova 2026 plusieurs outils d'IA.", []),
        ("L'annonce du Top 50 a ravi les start-up de l'IA.", []),
        ("La date de sortie prévue de Vega 4, le prochain modèle d'IA de Borée, reste secrète.", []),
        ("Le rapport rassemble les données disponibles sur Vega 4, un modèle d'IA.", []),
    ],
)
def test_versioned_names_in_a_launch_sentence(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A headline naming the model before a colon, then telling its launch.
        ("Vega 3 : Borée dévoile son IA la plus puissante", ["Vega 3"]),
        ("Vega 3 : Borée dévoile ses résultats annuels dans l'IA", []),
        # The model as the subject of an arrival phrase.
        ("Le modèle Vega 3 fait ses débuts en Europe.", ["Vega 3"]),
        ("Le modèle Vega 3 est là pour aider les équipes.", []),
        # A size alone in brackets is no model of its own.
        ("Borée lance Vega 3 (70B), un modèle d'IA.", ["Vega 3"]),
    ],
)
def test_headlines_and_arrivals(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Borée lance la V2 de sa plateforme d'IA.", []),
        ("Borée dévoile sa feuille de route pour 2026 avec Vega 4, un modèle d'IA.", []),
        ("Lumen a lancé Vega 3 de la start-up Borée, un modèle d'IA.", ["Vega 3"]),
    ],
)
def test_versions_of_non_models(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Variants listed later, after a variant noun and a colon or a comma.
        ("Borée a lancé Vega 3, un modèle d'IA. Le modèle existe en deux versions : Vega 3 Pro et "
         "Vega 3 Flash.", ["Vega 3", "Vega 3 Pro", "Vega 3 Flash"]),
        ("Borée a lancé Vega 3, un modèle d'IA. Il existe en deux variantes, Vega 3 Pro et Vega 3 Flash.",
         ["Vega 3", "Vega 3 Pro", "Vega 3 Flash"]),
        # A launched name alone opens no list: "X et Y sont comparés".
        ("Borée a lancé Vega 3, un modèle d'IA. Vega 3 et Orion 3 sont comparés.", ["Vega 3"]),
    ],
)
def test_variants_listed_later(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Borée lance ses serveurs d'IA équipés des GPU H200, un modèle de puissance.",
        "Borée a présenté lors de la conférence Nova 2026 son assistant d'IA.",
    ],
)
def test_hardware_and_events_are_not_models(text):
    assert find_launches(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La nouvelle version de Vega, Vega 3, est sortie mardi, un modèle d'IA.", ["Vega 3"]),
        ("Le modèle Vega 3 sera sortie en mai, selon Borée.", []),
        ("Borée lance Vega 3, un modèle d'IA, et Vega 4 sera présenté en mai.", ["Vega 3"]),
    ],
)
def test_sortie_as_participle_and_future_clauses(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Borée vient de mettre en ligne Vega 3, un modèle d'IA.", ["Vega 3"]),
        ("Borée lance VegaChat, un assistant d'IA propulsé par Orion-5.", ["VegaChat"]),
    ],
)
def test_infinitive_launches_and_base_models(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Borée lance Brume, un outil de génération d'images.", ["Brume"]),
        ("Borée a dévoilé Brume, son générateur de musique.", ["Brume"]),
        ("Borée lance Brume, un outil de suivi des ventes.", []),
    ],
)
def test_generation_tools_are_models(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Members listed after a colon, announced by a count and a member noun; bare
        # items take the family's name.
        ("Borée lance Vega, un modèle d'IA. Vega existera en trois tailles : Flash, Core et Titan, "
         "Borée précisant que Vega lit du texte.", ["Vega", "Vega Flash", "Vega Core", "Vega Titan"]),
        ("Borée vient de lancer Vega, un modèle d'IA. Deux versions disponibles pour Vega : Small et Medium",
         ["Vega", "Vega Small", "Vega Medium"]),
        ("Borée a dévoilé Vega, sa famille de modèles d'IA. Deux variantes sont proposées : Vega Small, "
         "riche de 9 milliards de paramètres ; et Vega Medium, plus musclé.",
         ["Vega", "Vega Small", "Vega Medium"]),
        # Sized names of the launched model after a colon, asides in brackets skipped.
        ("Vega est une nouvelle famille de modèles ouverts conçue à Nantes. Tout tient à leur "
         "taille : Vega 2B "
         "(deux milliards de paramètres) et Vega 7B (sept milliards).", ["Vega", "Vega 2B", "Vega 7B"]),
        # A list of other makers' models is no list of members.
        ("Borée lance Vega 3, un modèle d'IA. Le marché compte trois modèles : Orion 2, Atlas 5 et Vega 3.",
         ["Vega 3"]),
        # "Les deux nouveaux modèles, ..., sont A et B": the predicate names the launch.
        ("Les deux nouveaux modèles, disponibles dès lundi, sont le Vega 4 Scout et le Vega 4 Pilot.",
         ["Vega 4 Scout", "Vega 4 Pilot"]),
        # Models launched without a name, named in the next sentence.
        ("Borée a présenté dix nouveaux modèles ouverts. En tête : Vega Large 3, un modèle multimodal, "
         "et la gamme Vegal 3, neuf petits modèles.", ["Vega Large 3", "Vegal 3"]),
        ("Borée a dévoilé mardi une nouvelle gamme de modèles de code. Elle surpasse Orion 3, "
         "un modèle de Lumen.",
         []),
        # A short aside in brackets between the model noun and the name.
        ("Borée a officialisé jeudi un modèle multimodal (texte et image) Vega, un système polyvalent.",
         ["Vega"]),
        # "proposer" launches a model; an object pronoun before the verb leaves the name after it out.
        ("Borée vient de proposer Vega, un modèle d'IA générative.", ["Vega"]),
        ("Ce n'est pas la première IA à le proposer, Orion peut déjà animer une image.", []),
        # "l'introduction de A et B"; naming a new model tells its launch; "dite X" names a variant.
        ("Borée a annoncé l'introduction de MedVega et SignVega, deux modèles d'IA.", ["MedVega", "SignVega"]),
        ("D'après Borée, ce nouveau modèle, baptisé Vega-R2, raisonne mieux.", ["Vega-R2"]),
        ("Borée a lancé Vega, un modèle d'IA, ou plus exactement une version allégée de ce modèle dite "
         "Vega Flash.", ["Vega Flash"]),
    ],
)
def test_members_lists_predicates_and_namings(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Another generation, another maker's model or a model after "comme" is no member.
        ("Borée lance Vega-5, un modèle d'IA. Ses modèles : Vega-3, première version, avait été comparé "
         "à un élève.", ["Vega-5"]),
        ("Borée publie Vega 4, un modèle ouvert. Les modèles fermés comme Orion-4 de Lumen coûtent cher.",
         ["Vega 4"]),
        ("Borée lance R1, un modèle d'IA. Présenté comme surpassant le modèle o1 de Lumen, R1 raisonne.",
         ["R1"]),
        # Labels, currency codes and lists are not models.
        ("Borée a lancé deux nouveaux modèles AI puissants, Vega-3 et Vega-3-Max.", ["Vega-3", "Vega-3-Max"]),
        ("Des milliards USD ont été investis pour entraîner des modèles d'IA.", []),
        ("Paul Durand salue la publication du Top40, la liste des pépites de l'IA.", []),
        # The maker's name before a launched name is the same launch.
        ("Borée a publié son modèle R1, un modèle d'IA. La première version de Borée R1 a été publiée "
         "en janvier.", ["Borée R1"]),
        # A fronted complement is no apposition: "Pour X, la société ..." keeps X a model.
        ("Les nouveaux modèles sont le Vega 4 Scout et le Vega 4 Pilot. Pour Vega 4 Pilot, la société "
         "vise le code.", ["Vega 4 Scout", "Vega 4 Pilot"]),
    ],
)
def test_not_members_labels_and_duplicates(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Elided words and adverbs opening a sentence are never launchers.
        ("D'après Borée, ce nouveau modèle, baptisé Vega-R2, raisonne mieux.", ["Borée"]),
        ("Bien que Vega soit ouvert, Borée a publié Orion 2, un modèle d'IA.", ["Borée"]),
    ],
)
def test_openers_are_not_launchers(text, expected):
    assert [launch["organization"] for launch in find_launches(text, ["Borée"])] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "la première version de X" calls X a model, not an organisation.
        ("Borée, pionnière de l'IA depuis le lancement de VegaChat fin 2022, a sorti Vega-5. "
         "Elle a comparé Vega-3, moteur de la première version de VegaChat, à un collégien.",
         ["VegaChat", "Vega-5"]),
        # "le déploiement de la toute dernière version de son assistant (IA), X"
        ("Depuis lundi, la société poursuit le déploiement de la toute dernière version de son assistant "
         "d'intelligence artificielle (IA), Vega, pour conquérir les banques.", ["Vega"]),
    ],
)
def test_versions_of_a_model_and_deployments(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


def test_agent_of_a_launch_noun_is_the_launcher():
    text = ("Dix jours après le lancement du modèle R1 par Lumen, Borée se lance à son tour "
            "dans un projet de robotique.")
    assert [(launch["name"], launch["organization"]) for launch in find_launches(text)] == [("R1", "Lumen")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Members introduced by "composée de", "se décline en" like a colon.
        ("Borée a dévoilé la famille Vega 3, composée de Vega 3 Mini et Vega 3 Max.",
         ["Vega 3", "Vega 3 Mini", "Vega 3 Max"]),
        ("Borée lance Vega 3, un modèle d'IA. Il se décline en Vega 3 Mini et Vega 3 Max.",
         ["Vega 3", "Vega 3 Mini", "Vega 3 Max"]),
        ("Borée lance Vega 3, un modèle d'IA. Le conseil comprend Paul Durand et Orion 2.", ["Vega 3"]),
        # A colon after the introducing words opens the list.
        ("Borée publie Vega, une famille de modèles d'IA. Les modèles Vega se déclinent en deux tailles : "
         "Vega 2B (deux milliards de paramètres) et Vega 7B.", ["Vega", "Vega 2B", "Vega 7B"]),
        # A list of new models after a colon, each with its maker; not a list of models compared.
        ("Cette semaine, trois nouveaux modèles : Vega 3 de Borée, Orion-5 de Lumen et Atlas 12B de Kestrel.",
         ["Vega 3", "Orion-5", "Atlas 12B"]),
        ("Les nouveaux modèles comparés : Vega 3 et Orion-5.", []),
    ],
)
def test_members_introduced_and_new_model_lists(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A model noun in a complement does not make the head noun a model.
        ("Borée lance sa plateforme d'IA Vega 3.", []),
        ("Borée a présenté son nouveau modèle d'IA Vega 3.", ["Vega 3"]),
        ("Borée a présenté son nouveau modèle de langage, baptisé Vega 3.", ["Vega 3"]),
        # Products that are not models, plans, training and retirement launch nothing.
        ("Borée dévoile le robot humanoïde Orion 5, piloté par l'IA.", []),
        ("Borée propose le téléphone Vega 3 à ses clients, avec un assistant d'IA.", []),
        ("Borée entraîne actuellement Vega 4, son prochain modèle d'IA.", []),
        ("Vega 3 surpasse Orion-5 et Atlas 12B sur les tests, a annoncé Borée.", []),
    ],
)
def test_heads_products_and_speakers(text, expected):
    assert [launch["name"] for launch in find_launches(text)] == expected
