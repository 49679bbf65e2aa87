"""Quotes and speakers, round 6. Every sentence is invented; each case is one pattern."""


def _speakers(extractor, text):
    return [(q.speaker.name, q.speaker.organization) for q in extractor.extract(text).quotes if q.speaker]


def test_a_company_noun_does_not_refer_to_a_company_named_only_later(extractor):
    # The article's most named company appears after "la start-up": the reference looks
    # back, to the company of the person named before.
    text = ("Paul Roy, patron de Vexo, visitait une usine à Lille jeudi. La start-up assure que ses robots "
            "trient déjà le courrier de trois cents mairies. Norial, rival allemand, accélère. Norial recrute.")
    assert _speakers(extractor, text) == [(None, "Vexo")]


def test_a_company_noun_speaks_for_the_article_company_named_before(extractor):
    text = ("Norial, rival allemand, accélère. Paul Roy, patron de Vexo, visitait une usine à Lille jeudi. "
            "La start-up assure que ses robots trient déjà le courrier de trois cents mairies. "
            "Norial recrute.")
    assert _speakers(extractor, text) == [(None, "Norial")]


def test_a_role_stops_before_the_clause_that_goes_on_after_it():
    from extractor.speakers import title_segment

    text = "Paul Roy, directeur de l'incubateur Kivo tout en ajoutant que les places sont rares."
    assert title_segment(text, text.index(","))[0] == "directeur de l'incubateur Kivo"
    text = "Anne Roy, associée gérante qui dirigeait un laboratoire, estime que."
    assert title_segment(text, text.index(","))[0] == "associée gérante"
    text = "Léa Roy, directrice en charge des achats chez Kivo, estime que."
    assert title_segment(text, text.index(","))[0] == "directrice en charge des achats chez Kivo"


def test_an_inverted_verb_outside_the_lexicon_still_attributes_the_quote(extractor):
    text = ("Le concert commence à vingt heures. « Ce soir, chaque choriste a moins de douze ans », "
            "introduit la cheffe de chœur, Anne Roy.")
    quotes = extractor.extract(text).quotes
    assert [(q.speaker.name, q.verb) for q in quotes] == [("Anne Roy", "introduit")]


def test_no_attribution_from_a_word_that_is_no_verb(extractor):
    text = "« Nos clients adorent le produit », dans le cadre du salon, Paul Roy était présent."
    assert extractor.extract(text).quotes == []


def test_a_photo_credit_or_a_function_word_is_not_the_article_company():
    import spacy

    import extractor  # noqa: F401 - registers the Doc extensions
    from extractor.article_people import _main_company

    text = "(Photo by Jean Roy)\nUn groupe de fonds suit la pépite, qui a levé 5 millions."
    doc = spacy.blank("fr").make_doc(text)
    doc._.text = text
    ents = [doc.char_span(text.index(s), text.index(s) + len(s), label="MISC") for s in ("Photo by Jean Roy", "Un")]
    assert _main_company(doc, ents) is None


def test_a_firm_named_with_a_company_word_speaks_as_an_organisation(extractor):
    text = ("Le fabricant de skis attend une réponse. Orvane Resorts Group a indiqué jeudi qu'il "
            "renonçait à relever son prix pour le fabricant savoyard.")
    assert _speakers(extractor, text) == [(None, "Orvane Resorts Group")]


def test_tidy_speaker():
    from extractor.quotes import tidy_speaker

    assert tidy_speaker({"name": "Paul\nRoy", "title": None, "organization": "Partagez\n\nKivo"}) == {
        "name": "Paul Roy", "title": None, "organization": "Kivo"}
    assert tidy_speaker({"name": None, "title": None, "organization": "Un"}) is None
    assert tidy_speaker({"name": "AUX QUESTIONS DU COMITÉ DE LECTURE", "title": None, "organization": None}) is None
    assert tidy_speaker({"name": None, "title": "communiqué", "organization": None}) == {
        "name": None, "title": "communiqué", "organization": None}
