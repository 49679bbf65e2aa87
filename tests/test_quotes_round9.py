"""Quotes, round 9: a relative clause about the speaker closes the incise inside the
quotation marks. Every sentence is invented."""


def _quotes(extractor, text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in extractor.extract(text).quotes]


def test_a_relative_clause_after_the_speaker_ends_the_incise(extractor):
    text = ("Norial a levé 3 M€. « Nous avons vendu une vision de long terme, poursuit Lucie Marrot, qui ne "
            "s'attendait pas à une sortie aussi rapide. Il était primordial que l'équipe reste à Lyon. »")
    assert _quotes(extractor, text) == [("Nous avons vendu une vision de long terme", "Lucie Marrot"),
                                        ("Il était primordial que l'équipe reste à Lyon.", "Lucie Marrot")]


def test_an_incise_without_a_relative_clause_is_unchanged(extractor):
    text = "« Le marché se retourne, estime Paul Varin, directeur de Tessor. Il faudra de la patience. »"
    assert [t for t, _ in _quotes(extractor, text)] == ["Le marché se retourne", "Il faudra de la patience."]


def test_a_present_participle_speaks_for_the_subject_after_a_leading_circumstance(extractor):
    text = "En mai, Paul Varin était revenu sur la stratégie de Kelba, indiquant que la société avait fait fausse route."
    assert _quotes(extractor, text) == [("la société avait fait fausse route", "Paul Varin")]


def test_a_pronoun_incise_of_the_other_gender_than_the_subject_before_the_quote(extractor):
    text = ("Paul Varin dirige Kelba. Il dit suivre de près le rival Orvane. La start-up chinoise "
            "« a profité de technologies mises en commun », a-t-il affirmé.")
    assert ("a profité de technologies mises en commun", "Paul Varin") in _quotes(extractor, text)


def test_a_pronoun_incise_of_the_subject_gender_speaks_for_the_organisation(extractor):
    text = "Paul Varin dirige Kelba. La start-up « a doublé ses ventes », explique-t-elle."
    quotes = extractor.extract(text).quotes
    assert [(q.text, q.speaker.organization if q.speaker else None) for q in quotes] == \
        [("a doublé ses ventes", "Kelba")]


def test_a_company_abbreviation_does_not_end_the_speaker_description(extractor):
    text = ("« Les femmes ont mis leurs projets sur pause », ajoute Mme Dorval, présidente de Kelba inc.\n\n"
            "Celle qui préside Kelba inc. depuis 2009 dit espérer que la reprise viendra vite.")
    assert _quotes(extractor, text)[-1] == ("la reprise viendra vite", "Dorval")


def test_sentence_start_past_a_company_abbreviation():
    from extractor.speakers import sentence_start
    text = "Elle dirige Kelba inc. depuis 2010. Kelba inc. Elle parle."
    assert sentence_start(text, text.index("depuis")) == 0
    assert sentence_start(text, text.index("Elle parle")) == text.index("Elle parle")


def test_celle_qui_with_a_capital_is_feminine():
    from extractor.speakers import read_speaker
    assert read_speaker("Celle qui dirige Kelba depuis 2010 ", 0).gender == "f"
