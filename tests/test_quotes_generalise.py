"""Quote attribution on wording seen in real press but absent from the written corpus:
something between the pieces (when it was said, whom it was said to, a clitic),
sources named earlier in the sentence, pronouns and references standing for
organisations. Every sentence is invented; each case is one pattern."""

import pytest

from extractor.quote_attribution import parse_next_sentence, reaches_verb, speaker_after_verb
from extractor.quote_candidates import closing_attribution, inverted_attributions, reported_inverted
from extractor.speakers import read_speaker

# --------------------------------------------------------------------------
# Pure helpers, without the model


@pytest.mark.parametrize(
    "text, name",
    [
        ("la semaine dernière Anne Roy, directrice de Kivo.", "Anne Roy"),
        ("ce jeudi 4 mai Paul Roy.", "Paul Roy"),
        ("mardi soir Paul Roy.", "Paul Roy"),
        ("en janvier 2024 Léa Morel.", "Léa Morel"),
        ("à nos confrères Julien Roy, cofondateur de Kivo.", "Julien Roy"),
    ],
)
def test_speaker_after_time_or_press(text, name):
    phrase = speaker_after_verb(text, 0)
    assert phrase is not None and phrase.kind == "name" and phrase.name == name


@pytest.mark.parametrize(
    "text, subject_end, verb_start, expected",
    [
        ("Paul Roy nous explique", 8, 14, True),
        ("Il l'a confié", 2, 5, True),
        ("Paul Roy le dit", 8, 12, False),
    ],
)
def test_clitic_before_the_verb(text, subject_end, verb_start, expected):
    assert reaches_verb(text, subject_end, verb_start) is expected


@pytest.mark.parametrize(
    "text, verb, name",
    [
        ("« Un désastre ». C'est par ces mots que Paul Roy, consultant chez Kivo, a qualifié la réforme.",
         "a qualifié", "Paul Roy"),
        ("« Nous allons doubler. » C'est ce qu'annonçait Paul Roy, directeur de Kivo, en mars.",
         "annonçait", "Paul Roy"),
        ("« Nous allons doubler. » C'est ce que Paul Roy a déclaré.", "a déclaré", "Paul Roy"),
    ],
)
def test_next_sentence_names_the_speaker(text, verb, name):
    att = parse_next_sentence(text, text.find("»") + 1)
    assert att is not None and att.verb == verb and att.phrase.name == name and att.in_sentence


def test_next_sentence_without_speech_is_no_attribution():
    text = "« Nous allons doubler. » C'est ce qu'il faut retenir."
    assert parse_next_sentence(text, text.find("»") + 1) is None


@pytest.mark.parametrize(
    "text, clause, speaker",
    [
        ("Kivo a bouclé une levée de 20 millions menée par Tamsu, indique Le Figaro ce jeudi 4 mai.",
         "Kivo a bouclé une levée de 20 millions menée par Tamsu", "Figaro"),
        ("Dans le métier on parle de croissance plutôt que de survie, explique Anne Roy, tout juste nommée "
         "présidente de Kivo.", "Dans le métier on parle de croissance plutôt que de survie", "Anne Roy"),
    ],
)
def test_inverted_attribution_with_time_or_role_after(text, clause, speaker):
    found = reported_inverted(text)
    assert [(text[s:e], att.phrase.name or att.phrase.organization) for _, att, s, e in found] == [(clause, speaker)]


def test_closing_attribution_past_words_of_the_sentence():
    text = "L'entreprise « vient de passer le million de clients » cette année, explique-t-elle."
    att = closing_attribution(text, text.find("»"), inverted_attributions(text))
    assert att is not None and att.verb == "explique" and att.phrase.kind == "pronoun"
    # A comma right after the mark is the attribution read after the quote, not this one.
    text = "« Nous recrutons », explique-t-elle."
    assert closing_attribution(text, text.find("»"), inverted_attributions(text)) is None


@pytest.mark.parametrize(
    "text, kind, title, organization",
    [
        ("Le conglomérat suédois a confirmé", "organization", "conglomérat", None),
        ("le quotidien, qui", "organization", "quotidien", None),
        ("Le journal économique indique que", "organization", "journal", None),
        ("le cabinet Xerfi", "organization", "cabinet", "Xerfi"),
        ("selon ce dernier", None, None, None),
    ],
)
def test_references_to_organisations(text, kind, title, organization):
    phrase = read_speaker(text, 0, allow_pronoun=True)
    if kind is None:
        assert phrase is None
    else:
        assert (phrase.kind, phrase.title, phrase.organization) == (kind, title, organization)


@pytest.mark.parametrize("text, gender", [("ce dernier", "m"), ("cette dernière", "f"), ("celle-ci", "f")])
def test_demonstrative_pronouns(text, gender):
    phrase = read_speaker(text, 0, allow_pronoun=True)
    assert phrase.kind == "pronoun" and phrase.gender == gender


# --------------------------------------------------------------------------
# With the model: (text, direct, speaker name, organization, verb) per quote.


CASES = [
    # An imperfect multi-word verb, then when it was said, then the speaker.
    (
        "Kivo a levé 3 millions. « Nos rivaux copient nos capteurs et la marge fond à chaque trimestre », "
        "mettait en garde la semaine dernière Anne Roy, directrice de la recherche chez Kivo.",
        [(True, "Anne Roy", "Kivo", "mettait en garde")],
    ),
    # The press addressed without its name.
    (
        "« Pour ce tour, nous voulions réunir beaucoup d'acteurs du secteur », explique à nos confrères "
        "Julien Roy, cofondateur de Kivo.",
        [(True, "Julien Roy", "Kivo", "explique")],
    ),
    # A short quote the next sentence names as said.
    (
        "« Un désastre ». C'est par ces mots que Paul Roy, consultant chez Kivo, a qualifié la réforme.",
        [(True, "Paul Roy", "Kivo", "a qualifié")],
    ),
    # A clitic between the subject and the verb of a framing clause.
    (
        "Kivo lève 5 millions d'euros. Son cofondateur, Paul Roy, nous explique que tout a démarré dans un "
        "garage : « les vieux vélos finissent trop souvent à la décharge. »",
        [(True, "Paul Roy", "Kivo", "explique")],
    ),
    # The sentence before says, with when and to whom, that the speaker spoke.
    (
        "Un choix assumé pour Marc Dubois, qui accompagne des artisans dans leur reconversion. Il l'a "
        "confié lundi à Pierre Lenoir sur Radio Nord. \"Chaque mois, davantage d'apprentis ouvrent leur "
        "propre atelier et acceptent l'incertitude.\"",
        [(True, "Marc Dubois", None, "a confié")],
    ),
    # "selon ce dernier" takes up the person just named.
    (
        "« Il manque de l'ambition chez les investisseurs locaux », regrette Jean Morel, PDG de Kivo. Selon ce "
        "dernier, les banques régionales resteraient frileuses face aux projets industriels.",
        [(True, "Jean Morel", "Kivo", "regrette"), (False, "Jean Morel", "Kivo", "selon")],
    ),
    # An opening "Pour X," and a closing "explique-t-il" past more words of the sentence.
    (
        "Kivo a levé 54 millions. Pour Paul Roy, directeur chez Tamsu, c'est une levée rare, « alors que les "
        "capitaux se font rares dans l'industrie ». Une entreprise comme Kivo est « au cœur du plan industriel » "
        "du pays, explique-t-il à l'AFP.",
        [(True, "Paul Roy", "Tamsu", "pour"), (True, "Paul Roy", "Tamsu", "explique")],
    ),
    # A pronoun in the closing attribution stands for the organisation that opens the sentence.
    (
        "La société Kivo s'est imposée sur son marché. L'entreprise « a dépassé cette année les deux millions "
        "d'abonnés, contre trois cent mille en 2020 », explique-t-elle.",
        [(True, None, "Kivo", "explique")],
    ),
    # The written statement the quote is read in.
    (
        "Kivo a levé 2 millions. « Depuis 2018, près de 400 millions ont été placés par des familles dans nos "
        "ateliers », peut-on lire dans un communiqué publié lundi.",
        [(True, None, "Kivo", "peut-on lire")],
    ),
    # "selon lui" right before the marks, no comma.
    (
        "Paul Roy dirige le fonds Tamsu. Du coup, il existe selon lui « un vrai vide sur ce "
        "créneau ».",
        [(True, "Paul Roy", None, "selon")],
    ),
    # A reference to the medium named as a source before.
    (
        "Kivo a levé 3 millions selon Le Figaro. Toujours selon le quotidien, Kivo « compte d'abord renforcer "
        "son équipe de vente en Espagne ».",
        [(True, None, "Le Figaro", "selon")],
    ),
    # A reference to the organisation named last, other than the article's company.
    (
        "La société Orvane a levé 10 milliards. L'opération est menée par Tamsu, déjà actionnaire "
        "d'Orvane. Le conglomérat suédois a confirmé qu'il verserait 4 milliards en juin.",
        [(False, None, "Tamsu", "a confirmé")],
    ),
    # A pronoun source takes up the organisation of the sentence before...
    (
        "Kivo, l'entreprise lyonnaise spécialisée en robotique, a dévoilé une nouvelle version de son bras articulé. "
        "Selon elle, cette version consomme deux fois moins d'énergie que la précédente.",
        [(False, None, "Kivo", "selon")],
    ),
    # ... but not when its gender does not fit ("la société" is not "lui").
    (
        "Paul Roy dirige Kivo. La société a levé 3 millions. Selon lui, le marché va doubler d'ici trois "
        "ans en Europe.",
        [(False, "Paul Roy", None, "selon")],
    ),
    # When the source said it, between the source and the comma.
    (
        "Kivo a levé 3 millions. Selon Les Echos ce vendredi 14 mars, elle prépare une seconde usine "
        "près de Nantes avec Tamsu.",
        [(False, None, "Les Echos", "selon")],
    ),
    # A present participle says what the speaker before it says.
    (
        "« Cette année, nous en attendons plus de cinq cents ! » s'est réjoui Paul Roy, directeur de Kivo, "
        "ajoutant que la maison est passée d'une dizaine de personnes à plus de deux cents.",
        [(True, "Paul Roy", "Kivo", "s'est réjoui"), (False, "Paul Roy", "Kivo", "ajoutant")],
    ),
    # A participle's own subject, after a leading circumstance that is not a name.
    (
        "Kivo a retiré deux modèles. Côté développeurs, pas de changement immédiat, Kivo précisant que cette "
        "décision ne vise que son application grand public.",
        [(False, None, "Kivo", "précisant")],
    ),
]


CASES += [
    # A verb of tone.
    (
        "« Cela paraît plus juste pour tout le monde », tempête Paul Roy, président de Kivo.",
        [(True, "Paul Roy", "Kivo", "tempête")],
    ),
    # A role in quotation marks inside the attribution: neither speech nor the previous speaker's.
    (
        "« Le modèle est ouvert à tous », a déclaré Anne Roy, présidente de Kivo. « Les montants arrivent en "
        "quelques semaines, sans attendre », a fait valoir l'\"ancien trader\" Paul Roy, président du "
        "comité de Kivo.",
        [(True, "Anne Roy", "Kivo", "a déclaré"), (True, "Paul Roy", "Kivo", "a fait valoir")],
    ),
    # A speech verb in the infinitive after a verb of manner.
    (
        "« Nous sommes ravis de cette levée », a salué sur X Anne Roy, directrice de Tamsu. « Les Canadiens "
        "ont adoré, les Belges beaucoup moins », se contente de commenter Paul Roy, cofondateur "
        "de Kivo.",
        [(True, "Anne Roy", "Tamsu", "a salué"), (True, "Paul Roy", "Kivo", "se contente de commenter")],
    ),
    # A multi-word verb of hinting with "que".
    (
        "Sans entrer dans les détails, Paul Roy, patron de Kivo, laisse entendre que le prochain modèle "
        "combinera les atouts des précédents.",
        [(False, "Paul Roy", "Kivo", "laisse entendre")],
    ),
]


CASES += [
    # A quotation standing as a heading, when one person alone is quoted: theirs.
    (
        "Kivo lève 10 millions. « Le modèle actuel du capital-risque en Europe ne marche pas avec cette vague », "
        "estime Paul Roy, directeur de Kivo.\n\n«Nous réservons entre 20 et 40 millions aux équipes fondatrices»\n\n"
        "En effet, Kivo préfère un modèle vertical pour ses quatre secteurs.",
        [(True, "Paul Roy", "Kivo", "estime"), (True, "Paul Roy", "Kivo", None)],
    ),
    # ... not when two people are quoted,
    (
        "Kivo lève 10 millions. « Le modèle actuel du capital-risque en Europe ne marche pas avec cette vague », "
        "estime Paul Roy, directeur de Kivo. « Nous voulons aller vite », ajoute Anne Roy, directrice de Tamsu."
        "\n\n«Nous réservons entre 20 et 40 millions aux équipes fondatrices»\n\nEn effet, Kivo préfère un modèle "
        "vertical pour ses quatre secteurs.",
        [(True, "Paul Roy", "Kivo", "estime"), (True, "Anne Roy", "Tamsu", "ajoute")],
    ),
    # ... nor when it repeats a quote of the body.
    (
        "Kivo lance Vega 2.\n«Le meilleur assistant juridique du marché»\nPaul Roy, directeur de Kivo, décrit "
        "Vega 2 comme «le meilleur assistant juridique du marché».",
        [(True, "Paul Roy", "Kivo", "décrit")],
    ),
    # A closing mark typed to open the quote; commas around the channel.
    (
        "Kivo a levé 235 millions.\n\n”Neuf des dix premiers assureurs européens nous ont suivis, "
        "une première pour nous”, a précisé, auprès de l'AFP, Léa Vidal, cofondatrice de Kivo.",
        [(True, "Léa Vidal", "Kivo", "a précisé")],
    ),
]


CASES += [
    # The agent of a passive verb of qualifying gives the words.
    (
        "Kivo a présenté mardi son nouvel outil, qualifié par l'entreprise de « meilleur assistant juridique "
        "du marché ».",
        [(True, None, "Kivo", "qualifié")],
    ),
    # "X présente Y comme « ... »": the subject gives the words.
    (
        "Paul Roy, patron de Kivo, présente Vega 3 comme « l'assistant le plus rapide du monde ».",
        [(True, "Paul Roy", "Kivo", "présente")],
    ),
]


CASES += [
    # "Pour X," opening the clause before a colon: X, not "Pour X".
    (
        "Pour Anne Roy, une réforme fiscale serait bien plus utile : « Il faut surtout que l'épargne "
        "des ménages finance nos usines. »",
        [(True, "Anne Roy", None, None)],
    ),
    # A capitalised complement of a role in quotation marks is a name, not words said.
    (
        "« Nous ouvrons la soirée », a déclaré Paul Roy, directeur général de \"Banque Alto du nord\".",
        [(True, "Paul Roy", None, "a déclaré")],
    ),
]


CASES += [
    # When it was said, and to whom, between the verb and "que".
    (
        "La société Kivo a levé 3 millions. Paul Roy, directeur de Kivo, a indiqué la semaine dernière que "
        "l'entreprise ouvrirait un bureau à Berlin.",
        [(False, "Paul Roy", "Kivo", "a indiqué")],
    ),
    (
        "La société Kivo a levé 3 millions. Paul Roy, directeur de Kivo, a déclaré ce jeudi à l'AFP que "
        "l'entreprise ouvrirait un bureau à Berlin.",
        [(False, "Paul Roy", "Kivo", "a déclaré")],
    ),
    (
        "La société Kivo a levé 3 millions. Paul Roy, directeur de Kivo, a expliqué mardi soir qu'il ne "
        "comptait pas vendre.",
        [(False, "Paul Roy", "Kivo", "a expliqué")],
    ),
]


CASES += [
    # An unattributed quotation after a sentence opening on "Il" that takes up the person.
    (
        "Kivo a levé 3 millions. Paul Roy a quitté la banque en 2019 pour fonder Kivo. Il veut désormais "
        "conquérir l'Europe. « Nous avons trois ans pour devenir le leader du marché européen. »",
        [(True, "Paul Roy", None, None)],
    ),
    # ... not when the pronoun cannot be that person.
    (
        "Kivo a levé 3 millions. Paul Roy a quitté la banque en 2019 pour fonder Kivo. Elle veut désormais "
        "conquérir l'Europe. « Nous avons trois ans pour devenir le leader du marché européen. »",
        [],
    ),
    # A pronoun subject after a leading circumstance, before a colon.
    (
        "Anne Roy, fondatrice de Kivo, a commencé jeune. La même année elle crée un premier projet tourné vers "
        "l'entraide : « Une application pour échanger des recettes entre voisins et cuisiner moins cher. »",
        [(True, "Anne Roy", "Kivo", None)],
    ),
]


CASES += [
    # A pronoun takes up the subject of the paragraph rather than a person named as an agent.
    (
        "« Une gifle ». C'est par ces mots que Hugo Lebrun, consultant en santé, a qualifié la liste des quarante "
        "pépites dévoilée en septembre par Paul Morel. « Encore une fois, seuls les logiciels comptent. "
        "Rien d'autre », tempête-t-il dans une tribune.",
        [(True, "Hugo Lebrun", None, "a qualifié"), (True, "Hugo Lebrun", None, "tempête")],
    ),
    # A sentence inside the quoted words is no subject for the pronoun after them.
    (
        "Muriel Roy, la présidente de Kivo, salue ces chiffres. \"C'est inespéré. Les commandes des "
        "pharmacies ont triplé en deux mois\", annonce-t-elle sur la page de l'entreprise.",
        [(True, "Muriel Roy", "Kivo", "annonce")],
    ),
]


CASES += [
    # A role nobody named holds, with a possessive: its organisation speaks.
    (
        "Kivo lève 3 millions. « Nous visons la rentabilité dès l'an prochain, sans nouvelle levée », résume "
        "son patron.",
        [(True, None, "Kivo", "résume")],
    ),
    # A spokesperson named after the comma.
    (
        "« Nous visons la rentabilité dès l'an prochain, sans nouvelle levée », a assuré le porte-parole de "
        "Kivo, Paul Roy.",
        [(True, "Paul Roy", "Kivo", "a assuré")],
    ),
]


CASES += [
    # A description nobody else holds after the verb may be the speaker just quoted.
    (
        "\"L'an dernier, nous avons levé 10 millions d'euros pour industrialiser nos bateaux\", a annoncé Paul "
        "Roy, fondateur de Kivo. \"Nous avons créé cette société il y a un an, elle tient ses promesses\", s'est "
        "félicité l'ancien marin, désormais entrepreneur.",
        [(True, "Paul Roy", "Kivo", "a annoncé"), (True, "Paul Roy", "Kivo", "a annoncé")],
    ),
]


CASES += [
    # A participle apposition after the speaker; a second quote between the first and the verb.
    (
        "La start-up Kivo part en Espagne. \"Kivo s'installe à Madrid, sa nouvelle base pour le sud "
        "de l'Europe\", une zone jugée \"prioritaire et très dynamique\", déclare la start-up, valorisée "
        "2 milliards de dollars, dans un communiqué publié lundi.",
        [(True, None, "Kivo", "déclare"), (True, None, "Kivo", "déclare")],
    ),
]


CASES += [
    # A group speaking for its organisation, named in the middle of the text.
    (
        "Kivo a levé 3 millions. Le marché des robots est mûr pour une offre locale, selon l'équipe de Tamsu.",
        [(False, None, "Tamsu", "selon")],
    ),
    (
        "Kivo a levé 3 millions. Kivo, selon ses fondateurs, vise désormais l'Allemagne et l'Italie dès l'an "
        "prochain.",
        [(False, None, "Kivo", "selon")],
    ),
]


def _shape(quote):
    speaker = quote.speaker
    return (quote.direct, speaker.name if speaker else None, speaker.organization if speaker else None, quote.verb)


@pytest.mark.parametrize("text, expected", CASES)
def test_quotes_generalise(extractor, text, expected):
    article = extractor.extract(text)
    assert [_shape(q) for q in article.quotes] == expected
    for quote in article.quotes:
        assert text[quote.start:quote.end] == quote.text
