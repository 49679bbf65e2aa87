"""Quote constructions generalised in families: each rule with invented variants
(tense, word order, punctuation, names with hyphens or digits) and near misses."""

import pytest

from extractor.quote_candidates import cut_in_quote, cut_off_quote
from extractor.speakers import pair_quote_marks, retype_glued_closers


# --- Marks typed the wrong way round ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # An opening » at a paragraph start, closed by » later.
    ("Vexo grandit.\n» Nous visons l'Asie. » ajoute Paul Roy.", [(14, 36)]),
    ("» Nous visons l'Asie », ajoute Paul Roy.", [(0, 21)]),
    # A closing “ glued to the last word of a curly quote.
    ("Il dit “Nous visons l'Asie“, a déclaré Paul Roy.", [(7, 26)]),
    ("“Nos ventes de B2X-3 ont doublé“… a écrit Anne Lefèvre.", [(0, 31)]),
])
def test_reversed_marks_pair(text, expected):
    pairs = pair_quote_marks(text)
    assert pairs == expected
    fixed = retype_glued_closers(text, pairs)
    assert len(fixed) == len(text)
    assert all(fixed[o] in "«“" and fixed[c] in "»”" for o, c in pairs)


@pytest.mark.parametrize("text", [
    "Les ventes » ont doublé.",  # a stray » inside a sentence opens nothing
    "Il dit “Nous visons l'Asie” puis “l'Europe”.",  # ordinary curly marks stay as they are
])
def test_reversed_marks_near_misses(text):
    pairs = pair_quote_marks(text)
    assert retype_glued_closers(text, pairs)[:len(text)] == text or all(text[o] == "“" for o, _ in pairs)
    assert all(text[o] != "»" for o, _ in pairs)


# --- Quotes the excerpt cuts --------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Pour Paul Roy, directeur général : "Avec 12 % de marge, Vexo progresse',
    'Bilan.\nAnne Lefèvre a conclu : "Nous visons B2X-3 en 2026 et',
])
def test_straight_quote_cut_off_at_the_end(text):
    span = cut_off_quote(text, pair_quote_marks(text))
    assert span is not None and text[span[0]] == '"' and span[1] == len(text)


@pytest.mark.parametrize("text", [
    'Paul Roy a dit "oui" hier.',  # paired marks
    'Le modèle "B2X est prêt.\nUne autre ligne.',  # the open mark is not in the last paragraph
])
def test_straight_quote_cut_off_near_misses(text):
    assert cut_off_quote(text, pair_quote_marks(text)) is None


@pytest.mark.parametrize("text", [
    "doubler nos équipes en un an semble osé. Je rassure tout le monde », déclare Paul Roy. Fin.",
    "nous visons l'Asie dès 2026, puis l'Amérique”, a précisé Anne Lefèvre-Roux.",
    'nos ventes ont doublé en un an et nous en sommes fiers", explique-t-il. Vexo recrute.',
    "nos ventes ont doublé en un an et nous en sommes fiers », poursuit la directrice de Norial, Anne Roy.",
])
def test_quote_cut_in_at_the_start(text):
    close = cut_in_quote(text, pair_quote_marks(text))
    assert close is not None and text[close] in "»”\""


@pytest.mark.parametrize("text", [
    "nos ventes ont doublé en un an et nous visons l'Asie. » Anne Roy reste prudente.",  # no attribution
    "Titre\nnos ventes ont doublé en un an et nous visons l'Asie », dit Paul Roy.",  # not the first paragraph
    'Vexo a dit "nous visons l\'Asie", ajoute Paul Roy.',  # the mark opens a quote
])
def test_quote_cut_in_near_misses(text):
    assert cut_in_quote(text, pair_quote_marks(text)) is None


# --- End to end ---------------------------------------------------------------------

CASES = [
    # The excerpt starts in the middle of a quote.
    ("doubler nos équipes en un an semble osé à beaucoup de monde. Je rassure tout le monde, nous "
     "tenons le rythme », déclare Paul Roy. Vexo emploie 40 personnes.", ["Paul Roy"]),
    # An opening mark typed reversed, no comma before the verb.
    ("Paul Roy dirige Vexo.\n» Notre secteur retrouve une croissance tirée par des sociétés "
     "inventives. » analyse Anne Lefèvre, associée chez Orbo.", ["Anne Lefèvre"]),
    # A curly quote closed by “.
    ("“Notre équipe réunit les meilleurs pilotes de drones du pays“, a déclaré Paul Roy.",
     ["Paul Roy"]),
    # A straight quote cut off at the end, after "Pour X, title :".
    ('Vexo publie ses comptes.\nPour Paul Roy, Directeur Général Adjoint : "Avec 12 % de marge, '
     'Vexo gagne enfin de l\'argent, pour la première fois depuis 2019.', ["Paul Roy"]),
    # Quoted fragments inside a question, the next sentence names who said them.
    ("Aimez-vous « le goût du risque » et voulez-vous « donner de votre temps » aux jeunes "
     "pousses ? C'est ce qu'a rappelé Paul Roy, le président de Vexo, lors d'une soirée.",
     ["Paul Roy", "Paul Roy"]),
    ("Les fonds doivent « prendre plus de risques » dans la région, et vite ! "
     "C'est ce qu'affirmait aussi Anne Lefèvre-Roux, présidente de Norial.", ["Anne Lefèvre-Roux"]),
    # A first-person quote of the person the passage is about, named a few sentences before.
    ("Vexo a été fondée en 2015 par Paul Roy. La société fabrique des drones et emploie trente "
     "personnes. « Nous avons signé deux contrats cette année et nous en espérons d'autres. »", ["Paul Roy"]),
    ("Anne Lefèvre a repris Norial en 2018.\nDepuis, le chiffre d'affaires a doublé, porté par l'export "
     "vers l'Asie.\n« Je crois que nous pouvons encore tripler nos ventes d'ici cinq ans. »", ["Anne Lefèvre"]),
    # Near misses: a quote in the third person, and one after another speaker's quote.
    ("Vexo a été fondée en 2015 par Paul Roy. La société fabrique des drones et emploie trente "
     "personnes. Ailleurs, le marché recule. « Le secteur des drones civils a reculé de dix pour cent. »", []),
    ("Anne Lefèvre a repris Norial en 2018.\n\nLe marché de l'export vers l'Asie a doublé depuis "
     "cette date.\n\n« Je crois que nous pouvons encore tripler nos ventes d'ici cinq ans. »", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round2_quotes(extractor, text, expected):
    article = extractor.extract(text)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == expected
    for quote in article.quotes:
        assert text[quote.start:quote.end] == quote.text


@pytest.mark.parametrize("text, name", [
    ("Les fonds doivent « prendre plus de risques » dans le pays. C'est ce qu'affirmait aussi "
     "Anne Roy, présidente de Norial.", "Anne Roy"),
    ("Les fonds doivent « prendre plus de risques » dans le pays. C'est ce qu'a également rappelé "
     "mardi la présidente de Norial, Anne Roy.", "Anne Roy"),
    ("Les fonds doivent « prendre plus de risques ». C'est ce qu'affirmait encore Paul Roy-Martin, "
     "cofondateur de B2X.", "Paul Roy-Martin"),
])
def test_next_sentence_with_an_adverb(extractor, text, name):
    quotes = extractor.extract(text).quotes
    assert [q.speaker.name for q in quotes] == [name]


@pytest.mark.parametrize("text", [
    "Les fonds doivent « prendre plus de risques » dans la région. C'est ce que Norial a décidé.",
    "Les fonds doivent « prendre plus de risques » dans la région, écrit Orbo. C'est ce qu'a rappelé Anne Roy.",
])
def test_next_sentence_near_misses(extractor, text):
    quotes = extractor.extract(text).quotes
    assert all(q.speaker is None or q.speaker.name != "Anne Roy" for q in quotes)
    assert all(q.speaker is None or q.speaker.name is None or q.verb != "a décidé" for q in quotes)


# --- Source cues and "comme le dit X" -----------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Aux yeux de Paul Roy, fondateur de Vexo, « le marché reste fragmenté pour les jeunes pousses ».",
     "Paul Roy"),
    ("Anne Lefèvre reste prudente. À ses yeux, « le marché reste fragmenté pour les jeunes pousses ».",
     "Anne Lefèvre"),
    ("Anne Lefèvre reste prudente. À son avis, « le marché reste fragmenté pour les jeunes pousses ».",
     "Anne Lefèvre"),
    ("Comme le résume Anne Lefèvre, « le marché reste fragmenté pour les jeunes pousses ».", "Anne Lefèvre"),
    ("Comme l'a rappelé Anne Lefèvre, directrice de Norial, « le marché reste fragmenté pour les jeunes "
     "pousses ».", "Anne Lefèvre"),
    ("Comme le rappelait récemment la directrice de Norial, Anne Lefèvre, « le marché reste fragmenté ».",
     "Anne Lefèvre"),
    ("Comme l'a aussi souligné Paul Roy-Martin : « le marché reste fragmenté pour les jeunes pousses ».",
     "Paul Roy-Martin"),
])
def test_source_cues_and_as_said_by(extractor, text, name):
    assert [q.speaker.name for q in extractor.extract(text).quotes] == [name]


@pytest.mark.parametrize("text", [
    "Comme le prévoit la loi, « le marché reste fragmenté pour les jeunes pousses ».",
    "Comme le montre le graphique, « le marché reste fragmenté pour les jeunes pousses ».",
])
def test_as_said_by_near_misses(extractor, text):
    assert extractor.extract(text).quotes == []


@pytest.mark.parametrize("text, name", [
    ("« Pourquoi attendre encore deux ans pour ouvrir une usine ? », demande Paul Roy.", "Paul Roy"),
    ("« Nous n'avons jamais envisagé de vendre Vexo », nie Anne Lefèvre.", "Anne Lefèvre"),
    ("« Le marché va doubler d'ici 2030 », parie Paul Roy, patron de B2X.", "Paul Roy"),
    ("« Le marché reste fragmenté pour les jeunes pousses », fait remarquer Anne Lefèvre.", "Anne Lefèvre"),
    ("« Personne ne nous a prévenus de ce changement », se plaignait Anne Lefèvre.", "Anne Lefèvre"),
])
def test_more_speech_verbs(extractor, text, name):
    assert [q.speaker.name for q in extractor.extract(text).quotes] == [name]


def test_wish_is_no_speech(extractor):
    # "souhaiter" takes an object, not words: a term in marks after it is no quote.
    text = "Vexo souhaite « un cadre clair » pour ses clients, selon nos informations."
    assert all(q.verb != "souhaite" for q in extractor.extract(text).quotes)


# --- Descriptions: relative clauses and former roles --------------------------------

_SAID = "« Le marché reste fragmenté pour les jeunes pousses », ajoute "


@pytest.mark.parametrize("text, name", [
    (_SAID + "celui qui dirige Vexo depuis 2019, Paul Roy.", "Paul Roy"),
    ("Paul Roy a cofondé Vexo en 2019. " + _SAID + "celui qui a longtemps travaillé chez Orbo.", "Paul Roy"),
    ("Anne Lefèvre a cofondé Vexo en 2019. " + _SAID + "celle qui fut ingénieure chez B2X.", "Anne Lefèvre"),
    ("Anne Lefèvre a cofondé Vexo en 2019. " + _SAID + "l'ancienne ingénieure d'Orbo.", "Anne Lefèvre"),
    ("Paul Roy-Martin a cofondé Vexo en 2019. " + _SAID + "l'ex-banquier de Selva.", "Paul Roy-Martin"),
])
def test_descriptions_of_the_person_spoken_of(extractor, text, name):
    assert [q.speaker.name for q in extractor.extract(text).quotes] == [name]


@pytest.mark.parametrize("text, wrong", [
    # A masculine former role does not take up a woman.
    ("Anne Lefèvre a cofondé Vexo en 2019. " + _SAID + "l'ancien ingénieur d'Orbo.", "Anne Lefèvre"),
    # A feminine relative clause takes up the woman, not the man named after her.
    ("Anne Lefèvre a cofondé Vexo avec Paul Roy en 2019. " + _SAID + "celle qui dirige Orbo.", "Paul Roy"),
])
def test_descriptions_near_misses(extractor, text, wrong):
    assert all(q.speaker is None or q.speaker.name != wrong for q in extractor.extract(text).quotes)


# --- A quote as the complement of "parler de" ---------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Paul Roy parle d'« une étape importante pour toute l'équipe de Vexo ».", "Paul Roy"),
    ("Anne Lefèvre a parlé de « la plus belle année de Norial depuis sa création ».", "Anne Lefèvre"),
    ("La directrice de Norial, Anne Lefèvre, parlait d'« un virage décisif pour B2X ».", "Anne Lefèvre"),
    ("Paul Roy-Martin évoque « une étape importante pour toute l'équipe de Vexo ».", "Paul Roy-Martin"),
])
def test_quote_after_parler_de(extractor, text, name):
    assert [q.speaker.name for q in extractor.extract(text).quotes] == [name]


@pytest.mark.parametrize("text", [
    "Paul Roy dispose d'« une usine flambant neuve près de Lyon ».",
    "Anne Lefèvre se méfie de « la mode des jeunes pousses de l'IA ».",
])
def test_quote_after_de_near_misses(extractor, text):
    assert extractor.extract(text).quotes == []


# --- A speech infinitive after a verb of will or insistence -------------------------

@pytest.mark.parametrize("text, name", [
    ("Paul Roy a tenu à rappeler que « le marché reste fragmenté pour les jeunes pousses ».", "Paul Roy"),
    ("Anne Lefèvre n'a pas manqué de souligner que le marché reste fragmenté pour les jeunes pousses.",
     "Anne Lefèvre"),
    ("La directrice de Norial, Anne Lefèvre, s'est empressée de préciser qu'aucune vente n'était prévue.",
     "Anne Lefèvre"),
    ("Paul Roy-Martin tient à rappeler que le marché reste fragmenté pour les jeunes pousses.",
     "Paul Roy-Martin"),
])
def test_speech_infinitive_after_a_modal(extractor, text, name):
    assert [q.speaker.name for q in extractor.extract(text).quotes] == [name]


@pytest.mark.parametrize("text", [
    "Vexo a choisi de lancer que des produits bio cette année.",  # not a speech verb
    "Paul Roy tient à ce que le marché reste ouvert aux jeunes pousses.",  # no infinitive
])
def test_speech_infinitive_near_misses(extractor, text):
    assert extractor.extract(text).quotes == []


# --- Honorifics show a person -------------------------------------------------------

_OPTIONS = "« Nous regardons trois terrains autour de Lyon pour l'usine », a indiqué "


@pytest.mark.parametrize("text, name", [
    ("Vexo veut ouvrir une usine. " + _OPTIONS + "M. Roy.", "Roy"),
    ("Vexo veut ouvrir une usine. " + _OPTIONS + "Mme Lefèvre.", "Lefèvre"),
    ("Paul Roy dirige Vexo. " + _OPTIONS + "M.Roy.", "Paul Roy"),
    (_OPTIONS + "Dr.Roy-Martin.", "Roy-Martin"),
])
def test_honorific_shows_a_person(extractor, text, name):
    assert [q.speaker.name for q in extractor.extract(text).quotes] == [name]


@pytest.mark.parametrize("text", [
    _OPTIONS + "M.I.T. Tech.",  # initials, not a glued honorific
    _OPTIONS + "Vexo.",  # an organisation stays one
])
def test_honorific_near_misses(extractor, text):
    assert all(q.speaker is None or q.speaker.name is None for q in extractor.extract(text).quotes)


# --- The sentence after a quote takes it up with a demonstrative ------------------------

_DRIVE = "« Vexo, c'est un coffre-fort numérique pour tous vos fichiers. » "


@pytest.mark.parametrize("text, name", [
    (_DRIVE + "Sous ce résumé, cette explication de son cofondateur Paul Roy, il y a un algorithme.",
     "Paul Roy"),
    (_DRIVE + "Ces mots d'Anne Lefèvre résument bien le projet.", "Anne Lefèvre"),
    (_DRIVE + "Cette phrase, prononcée par la directrice de Vexo, Anne Lefèvre, résume le projet.", "Anne Lefèvre"),
    (_DRIVE + "Ces propos, tenus par le fondateur Paul Roy-Martin, ont surpris.", "Paul Roy-Martin"),
])
def test_demonstrative_takes_up_the_quote(extractor, text, name):
    assert [q.speaker.name for q in extractor.extract(text).quotes] == [name]


@pytest.mark.parametrize("text", [
    _DRIVE + "Ce slogan de Vexo plaît aux clients.",  # a slogan is no speech noun
    _DRIVE + "Cette idée de Paul Roy a séduit les clients.",
])
def test_demonstrative_near_misses(extractor, text):
    assert all(q.speaker is None or q.speaker.name != "Paul Roy" for q in extractor.extract(text).quotes)


def test_first_person_quote_after_a_pronoun_of_the_company(extractor):
    # "Elle" (the company) opens the sentence before: "nous" is the company's, not the man's.
    text = ("Paul Roy a quitté Orbo en 2019 pour fonder Vexo. Elle vise désormais l'Asie. « Nous avons trois "
            "ans pour devenir le leader du marché asiatique. »")
    assert all(q.speaker is None or q.speaker.name != "Paul Roy" for q in extractor.extract(text).quotes)
