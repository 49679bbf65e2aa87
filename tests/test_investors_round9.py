"""Investors, round 9: investors welcomed into the capital, the list after the cue
("accueillant à son capital de grands noms comme X"). Every sentence is invented."""


def test_investors_welcomed_into_the_capital_before_the_list(extractor):
    text = "Kabel a levé 60 millions d'euros, accueillant à son capital de grands noms du secteur comme Selva Capital."
    rounds = extractor.extract(text).funding_rounds
    assert [(r.company, [i.name for i in r.investors]) for r in rounds] == [("Kabel", ["Selva Capital"])]


def _investors(extractor, text):
    return [[i.name for i in r.investors] for r in extractor.extract(text).funding_rounds]


def test_et_meme_adds_the_last_item_of_a_list(extractor):
    text = ("Kabel a obtenu 32 M€ lors de sa série A. De nombreux business angels ont participé, parmi "
            "lesquels Paul Roy (Kelba), Marc Olin (Tessor) et même Anne Dorval, connue pour son passage chez Orvane.")
    assert _investors(extractor, text) == [["Paul Roy", "Marc Olin", "Anne Dorval"]]


def test_a_verbless_count_of_funds_before_a_colon_announces_investors(extractor):
    text = ("Kabel a obtenu 32 M€ lors de sa série A. Pour y parvenir, la société s'est appuyée sur des partenaires "
            "solides. D'abord, trois fonds d'investissement parisiens : Selva Capital (qui a déjà soutenu Lumo "
            "et Tessor), Brume Ventures, Orvane Partners et Kelba Capital.")
    assert _investors(extractor, text) == [["Selva Capital", "Brume Ventures", "Orvane Partners", "Kelba Capital"]]


def test_funds_with_news_of_their_own_before_a_colon_are_no_investors(extractor):
    text = ("Kabel a obtenu 32 M€ lors de sa série A. Deux fonds ont bouclé leur collecte ce mois-ci : "
            "Brume Ventures et Orvane Partners.")
    assert _investors(extractor, text) == [[]]


def test_a_long_adverbial_about_a_fund_does_not_end_the_list(extractor):
    text = ("La start-up Kabel a annoncé une levée de 40 millions d'euros.\n"
            "Le tour a été conduit avec le concours de Bpifrance, via ses fonds Alpha et Beta consacrés au "
            "spatial et à la santé, ainsi qu'avec le fonds Selva et l'industriel Norial.")
    assert _investors(extractor, text) == [["Bpifrance", "Selva", "Norial"]]


def test_adverbial_words_continue_only_as_a_participle_or_a_complement():
    from extractor.investor_lists import _adverbial_goes_on
    from extractor.investor_names import tokenize
    assert _adverbial_goes_on(tokenize("Beta consacrés au spatial"))
    assert _adverbial_goes_on(tokenize("à la santé"))
    assert not _adverbial_goes_on(tokenize("Vorta recrute 20 personnes"))
    assert not _adverbial_goes_on(tokenize("à Lyon"))


def test_the_backers_of_a_company_given_as_an_example_are_no_investors(extractor):
    text = ("La jeune pousse Kabel réunit 41 M€. Le montant levé montre la volonté de bâtir une alternative aux "
            "géants tels que Lumo soutenue par Orvane et Tessor de Brume.")
    assert _investors(extractor, text) == [[]]


def test_a_person_named_after_the_company_of_their_role(extractor):
    text = ("La jeune pousse Kabel réunit 41 M€. Selva Capital dirige le tour. Parmi les autres investisseurs "
            "figurent l'ancien patron de Lumo Paul Varin, le milliardaire lyonnais Marc Olin et Bpifrance.")
    assert _investors(extractor, text) == [["Selva Capital", "Paul Varin", "Marc Olin", "Bpifrance"]]
