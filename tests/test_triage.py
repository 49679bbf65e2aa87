"""Triage: which paragraphs the model reads, blanking that keeps every offset,
and the model's annotations carried back onto the full text for the rules."""

import pytest

from extractor.triage import blank, dropped_paragraphs, has_cue, paragraph_spans, triage

HEADLINE = "Un titre sans indice particulier\n\n"
BACKGROUND = "Le village compte trois boulangeries et une école primaire."


@pytest.mark.parametrize("paragraph, expected", [
    # Money: signs, currency words, magnitudes, numbers glued to a magnitude.
    ("La société encaisse 12 M€ cette année.", True),
    ("Le budget atteint 40 millions cette année.", True),
    ("Le club a dépensé 300 000 francs suisses.", True),
    ("L'enveloppe passe à 800k sur trois ans.", True),
    # Funding words.
    ("La jeune pousse a bouclé son tour de table.", True),
    ("Un fonds régional entre au capital.", True),
    ("Cette opération d'amorçage reste modeste.", True),
    # Speech.
    ("« Nous sommes prêts », lance le maire.", True),
    ("Selon la préfecture, la route rouvrira lundi.", True),
    ("Le directeur a expliqué que le chantier prendrait du retard.", True),
    ("D’après les riverains, le bruit a cessé.", True),
    # Launches and model names.
    ("Le laboratoire dévoile un nouveau modèle de langage.", True),
    ("Qwen2.5 est disponible en open source.", True),
    ("La version 7B tient sur un ordinateur portable.", True),
    ("Le LLM répond en français.", True),
    # No cue: plain background, ordinals, scores and dates.
    (BACKGROUND, False),
    ("Le 9e arrondissement accueille la fête du quartier en juin 2023.", False),
    ("Les Bleus l'emportent 2-0 au terme d'un match serré.", False),
    ("La pluie tombera sur la moitié nord du pays mardi.", False),
])
def test_has_cue(paragraph, expected):
    assert has_cue(paragraph) is expected


@pytest.mark.parametrize("text, expected", [
    ("Un\n\nDeux\n\nTrois", [(0, 2), (4, 8), (10, 15)]),
    ("Un\nsuite\n \nDeux", [(0, 8), (11, 15)]),
    ("\n\nSeul paragraphe\n\n", [(2, 17)]),
    ("", []),
])
def test_paragraph_spans(text, expected):
    assert paragraph_spans(text) == expected


@pytest.mark.parametrize("text, spans, expected", [
    ("ab\ncd\nef", [(3, 5)], "ab\n  \nef"),
    ("ab\ncd\nef", [(0, 8)], "  \n  \n  "),
    ("ab", [], "ab"),
])
def test_blank_keeps_length_and_newlines(text, spans, expected):
    assert blank(text, spans) == expected


@pytest.mark.parametrize("text, kept, dropped", [
    # The headline stays even without a cue; a cued paragraph stays.
    (HEADLINE + BACKGROUND + "\n\nLa start-up lève 5 millions d'euros.",
     ["Un titre", "lève 5 millions"], ["boulangeries"]),
    # An article with no cue at all keeps only its headline.
    (HEADLINE + BACKGROUND + "\n\n" + BACKGROUND, ["Un titre"], ["boulangeries"]),
    # A date header is left to the header logic: the body starts after it.
    ("date 2024-05-02\n" + HEADLINE + BACKGROUND, ["Un titre"], ["boulangeries"]),
])
def test_triage_blanks_paragraphs_without_cue(text, kept, dropped):
    from extractor.article import parse_header

    header = parse_header(text)
    result = triage(text, header.body_start)
    assert len(result) == len(text)
    assert result.count("\n") == text.count("\n")
    for words in kept:
        assert words in result
    for words in dropped:
        assert words not in result
    for start, end in dropped_paragraphs(text, header.body_start):
        assert not result[start:end].strip()


TRIAGED_ARTICLE = (
    "Orvalis boucle une levée de fonds\n\n"
    "Le village de Saint-Aubin compte trois boulangeries et une école primaire. "
    "Claire Morel y a grandi avant de partir pour Lyon.\n\n"
    "La start-up Orvalis lève 4 millions d'euros auprès de Rhône Capital. "
    "« Cet argent nous permettra de recruter », explique Claire Morel, sa présidente.\n\n"
    "Le marché du samedi attire les habitants des communes voisines."
)


def test_rules_read_the_full_text_with_annotations_of_kept_paragraphs(nlp, extractor):
    doc = nlp(extractor.make_doc(TRIAGED_ARTICLE))
    assert doc.text == TRIAGED_ARTICLE
    kept = TRIAGED_ARTICLE.index("La start-up")
    dropped = TRIAGED_ARTICLE.index("Le village")
    assert any(ent.start_char >= kept for ent in doc.ents)
    assert not any(dropped <= ent.start_char < kept for ent in doc.ents)
    assert all(not token.pos_ for token in doc if dropped <= token.idx < kept - 2)
    assert any(token.pos_ == "VERB" for token in doc if token.idx >= kept)
    heads_in_doc = all(0 <= token.head.i < len(doc) for token in doc)
    assert heads_in_doc


def test_triage_gives_the_same_article(nlp):
    from extractor import Extractor

    with_triage = Extractor(nlp, triage=True).extract(TRIAGED_ARTICLE)
    without = Extractor(nlp, triage=False).extract(TRIAGED_ARTICLE)
    assert with_triage == without
    assert with_triage.funding_rounds and with_triage.quotes


def test_triage_keeps_dev_corpus_results(nlp, dev_corpus):
    from extractor import Extractor

    items = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(dev_corpus.glob("*.txt"))]
    with_triage = list(Extractor(nlp, triage=True).extract_many(items))
    without = list(Extractor(nlp, triage=False).extract_many(items))
    assert with_triage == without


@pytest.mark.parametrize("paragraph, kept", [
    ("Le maire rappelle que la route sera fermée lundi.", True),
    ("La route sera fermée lundi, a rappelé le maire.", True),
    ("Selon la préfecture, la route sera fermée.", True),
    ("Anne Roy, directrice de l'école, rappelle les horaires.", True),
    # A speech verb's everyday use: no speech to read, no role named.
    ("Le point de départ de la course est fixé à midi.", False),
    ("La commune prévoit de rouvrir la piscine en juin.", False),
])
def test_speech_verbs_keep_a_paragraph_only_where_speech_is_read(paragraph, kept):
    assert has_cue(paragraph) is kept


@pytest.mark.parametrize("paragraph, kept", [
    ("L'équipe a obtenu la victoire après prolongation.", False),
    ("Ils ont reçu les joueurs dimanche.", False),
    ("Vexo a obtenu 3 millions d'euros.", True),
    ("Vexo a obtenu le soutien de ses investisseurs historiques.", True),
    ("Le magasin vend 300 USD la pièce.", True),
])
def test_raise_verbs_and_currency_codes_alone(paragraph, kept):
    assert has_cue(paragraph) is kept
