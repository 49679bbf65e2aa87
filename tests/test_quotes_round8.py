"""Quotes and speakers, round 8: organisations referred to by a description. Every
sentence is invented; each case is one pattern."""
from extractor.speakers import read_speaker


def _speakers(extractor, text):
    return [(q.speaker.name, q.speaker.organization) if q.speaker else None
            for q in extractor.extract(text).quotes]


_OPENING = ("La société Tramelis a ouvert son usine à Vienne en 2021. Les carnets de commandes restent pleins "
            "jusqu'en 2027")


def test_an_adjective_before_the_noun_of_the_company():
    phrase = read_speaker("la jeune entreprise viennoise.", 0)
    assert (phrase.kind, phrase.end) == ("organization", len("la jeune entreprise viennoise"))
    assert read_speaker("la petite société, dit-on", 0).kind == "organization"
    # "jeune pousse" is a noun of its own, not "jeune" before "pousse".
    assert read_speaker("la jeune pousse viennoise.", 0).end == len("la jeune pousse viennoise")


def test_a_company_described_by_adjectives_and_its_business_speaks(extractor):
    for description in ("la jeune entreprise iséroise", "la start-up iséroise de robots agricoles",
                        "la PME iséroise", "la jeune société"):
        text = f"{_OPENING}, indique mercredi {description}."
        assert _speakers(extractor, text) == [(None, "Tramelis")], description


def test_plural_adjectives_end_with_the_description():
    phrase = read_speaker("le fabricant de capteurs industriels.", 0)
    assert phrase.end == len("le fabricant de capteurs industriels")


def test_a_trade_body_named_by_its_noun_is_the_one_introduced_with_it(extractor):
    text = ("Le mois dernier, la société Brivane a réduit ses effectifs selon le baromètre de Logicum, un "
            "syndicat des éditeurs de logiciels, et du cabinet Ortalis. Le syndicat professionnel de "
            "l'édition logicielle explique que les embauches ont reculé pour la première fois depuis un an.")
    said = [q for q in extractor.extract(text).quotes if q.verb == "explique"]
    assert [q.speaker.organization for q in said] == ["Logicum"]


def test_a_school_speaks_through_its_description(extractor):
    text = ("Les jeunes pousses de l'Institut Polytechnique de Vernes ont levé 90 millions en 2024. Le total "
            "passe même à 140 millions avec les sociétés incubées, précise l'école vernoise lundi.")
    assert _speakers(extractor, text) == [(None, "Institut Polytechnique de Vernes")]


def test_ce_dernier_takes_up_the_organisation_named_last(extractor):
    text = ("L'application Pivolo appartient à la société Brivane. Cette dernière a indiqué mardi qu'elle "
            "comptait déjà deux millions de clients fidèles en Belgique.")
    assert _speakers(extractor, text) == [(None, "Brivane")]


def test_ce_dernier_is_not_an_organisation_of_the_other_gender(extractor):
    text = ("Marc Vidal a rejoint la société Brivane en 2020. Ce dernier a expliqué qu'il voulait ouvrir "
            "trois bureaux en Espagne d'ici deux ans.")
    assert _speakers(extractor, text) == [("Marc Vidal", None)]


def test_an_elected_official_refers_back_to_the_official_named(extractor):
    text = ("La maire de Vernes, Lucie Girard, a visité le chantier du tramway jeudi. L'élue souligne que "
            "la ligne desservira les quartiers nord dès le mois d'octobre.")
    assert _speakers(extractor, text) == [("Lucie Girard", "Vernes")]


def test_a_person_named_by_their_age_is_the_person_just_named(extractor):
    text = ("Claire Fontaine a créé la société Brivane à Nantes en 2016. La quadragénaire estime que "
            "les ventes de capteurs vont tripler d'ici trois ans en Europe du Nord.")
    assert [name for name, _ in _speakers(extractor, text)] == ["Claire Fontaine"]


def test_a_speech_verb_then_an_infinitive_of_hope_reports_the_clause_after_que(extractor):
    text = ("Claire Fontaine dirige Brivane depuis 2016. Claire Fontaine dit espérer que le recul des "
            "ventes en Italie restera passager pour ses fournisseurs.")
    quotes = extractor.extract(text).quotes
    assert [(q.text.split()[0], q.verb, q.speaker.name) for q in quotes] == \
        [("le", "dit espérer", "Claire Fontaine")]


def test_se_dire_convaincu_que_reports_a_conviction(extractor):
    text = ("Claire Fontaine dirige Brivane depuis 2016. Claire Fontaine se dit convaincue que la société "
            "ouvrira un atelier au Portugal avant l'été.")
    quotes = extractor.extract(text).quotes
    assert [(q.verb, q.speaker.name) for q in quotes] == [("se dit convaincue", "Claire Fontaine")]


def test_a_relative_description_opening_the_sentence_is_the_person_named_before(extractor):
    text = ("Claire Fontaine a présenté mardi les comptes de Brivane. Celle qui dirige Brivane depuis dix ans "
            "estime que la reprise des commandes viendra avant l'hiver prochain.")
    quotes = extractor.extract(text).quotes
    assert [(q.verb, q.speaker.name) for q in quotes] == [("estime", "Claire Fontaine")]


def test_a_quote_opening_its_paragraph_then_the_person_and_role_in_the_next_sentence(extractor):
    text = ("Le laboratoire Orvane a montré hier son prototype vocal à Lyon devant des chercheurs.\n\n"
            "« Toute l'équipe a travaillé sans relâche pendant six mois ». Paul Girard, directeur d'Orvane, "
            "lance ainsi la démonstration.")
    assert _speakers(extractor, text) == [("Paul Girard", "Orvane")]
