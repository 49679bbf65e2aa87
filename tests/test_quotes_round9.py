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
