"""Quotes and speakers, round 7. Every sentence is invented; each case is one pattern."""
from extractor.speakers import read_speaker, speech_verbs


def _quotes(extractor, text):
    return [(q.text, q.speaker.name if q.speaker else None, q.verb) for q in extractor.extract(text).quotes]


def test_a_role_with_its_complement_then_a_known_first_name_without_commas():
    text = "Le ministre de l'Économie Paul Verdier a reçu mardi les patrons du secteur."
    phrase = read_speaker(text, 0)
    assert (phrase.kind, phrase.name, phrase.title, phrase.organization) == \
        ("name", "Paul Verdier", "ministre", "Économie")
    text = "La ministre de la Culture Hélène Faure a ouvert le salon."
    phrase = read_speaker(text, 0)
    assert (phrase.name, phrase.organization) == ("Hélène Faure", "Culture")


def test_a_role_complement_without_a_known_first_name_stays_an_organisation():
    phrase = read_speaker("le patron du fonds Alto Partners a dit", 0)
    assert phrase.kind == "description" and phrase.organization == "Alto Partners"


def test_a_role_alone_refers_back_to_the_person_named_with_it(extractor):
    text = ("Le ministre de l'Économie Paul Verdier a reçu mardi les patrons du secteur. « Nous allons "
            "simplifier les règles pour les petites entreprises dès cet automne », a dit le ministre aux "
            "journalistes à l'issue de la rencontre.")
    assert [(name, verb) for _, name, verb in _quotes(extractor, text)] == [("Paul Verdier", "a dit")]


def test_speech_verbs_in_the_narrative_future():
    verbs = speech_verbs()
    assert verbs.present["expliquera"] == "expliquer"
    assert verbs.present["dira"] == "dire"
    assert verbs.present["rappellera"] == "rappeler"
    assert verbs.present["fera valoir"] == "faire valoir"
    assert verbs.present["préviendra"] == "prévenir"
    assert verbs.plural["ajouteront"] == "ajouter"


def test_a_quote_told_in_the_future_with_an_adverb_and_no_comma(extractor):
    text = ("Le plan a été signé hier soir. « Cette alliance entre deux banques publiques change la donne "
            "pour nos clients » expliquera d'ailleurs Marc Dubois.")
    assert [(name, verb) for _, name, verb in _quotes(extractor, text)] == [("Marc Dubois", "expliquera")]


def test_an_attribution_between_dashes_cuts_the_quote(extractor):
    text = ("Jeanne Morel dirige la banque depuis 2019. « À l'échelle de l'Europe – souligne la dirigeante – "
            "nous restons très en retard sur les États-Unis. »")
    quotes = _quotes(extractor, text)
    assert [q[0] for q in quotes] == ["À l'échelle de l'Europe", "nous restons très en retard sur les États-Unis."]
    assert {(name, verb) for _, name, verb in quotes} == {("Jeanne Morel", "souligne")}
    text = "Pierre Lange a repris l'atelier. « Nous vendons deux fois plus - a-t-il précisé - qu'il y a trois ans. »"
    assert [(q[0], q[2]) for q in _quotes(extractor, text)] == \
        [("Nous vendons deux fois plus", "a précisé"), ("qu'il y a trois ans.", "a précisé")]


def test_an_aside_between_dashes_that_is_no_attribution_stays_in_the_quote(extractor):
    text = ("« Le marché – et c'est une bonne nouvelle – reste très ouvert aux nouveaux venus », "
            "a déclaré Alice Martin.")
    assert [(q[0], q[1]) for q in _quotes(extractor, text)] == \
        [("Le marché – et c'est une bonne nouvelle – reste très ouvert aux nouveaux venus", "Alice Martin")]


def test_an_organisation_name_runs_on_in_lower_case_up_to_its_acronym(extractor):
    text = "Selon l'Autorité des marchés financiers (AMF), les plaintes des épargnants ont doublé en un an."
    assert [(q.speaker.organization, q.verb) for q in extractor.extract(text).quotes] == \
        [("Autorité des marchés financiers", "selon")]
    text = ("Selon l'Observatoire Européen du Numérique (OEN), les contrats signés dépassent "
            "trois milliards d'euros cette année.")
    assert [q.speaker.organization for q in extractor.extract(text).quotes] == ["Observatoire Européen du Numérique"]


def test_an_acronym_of_other_initials_does_not_extend_the_name():
    phrase = read_speaker("l'Agence des ports du nord (OPN), les", 0)
    assert phrase.organization == "Agence"


def test_a_business_kind_with_its_complement_refers_to_the_company_named_before(extractor):
    text = ("Vantor a présenté ses comptes jeudi à Stockholm. Le fabricant suédois de meubles a indiqué "
            "que ses ventes avaient reculé de quatre points sur l'année.")
    assert [(q.speaker.organization, q.verb) for q in extractor.extract(text).quotes] == [("Vantor", "a indiqué")]
    text = ("Le rapport de la Commission de régulation des ports a été publié mardi. Le régulateur estime "
            "que les tarifs devront baisser l'an prochain.")
    assert [q.speaker.organization for q in extractor.extract(text).quotes] == \
        ["Commission de régulation des ports"]


def test_a_kind_complement_followed_by_a_name_is_that_name():
    text = "le site de suivi américain Tallyboard, les départs ont doublé"
    assert read_speaker(text, 0).organization == "Tallyboard"


def test_an_adverb_with_a_curly_apostrophe_between_verb_and_speaker(extractor):
    text = ("« Sans investisseurs patients, aucune usine ne sortira de terre », pose d’emblée Hélène Marchal, "
            "cofondatrice de Kivo.")
    assert [(name, verb) for _, name, verb in _quotes(extractor, text)] == [("Hélène Marchal", "pose")]
