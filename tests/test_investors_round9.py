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
            "et Tessor), mais aussi Brume Ventures, Orvane Partners et Kelba Capital.")
    assert _investors(extractor, text) == [["Selva Capital", "Brume Ventures", "Orvane Partners", "Kelba Capital"]]


def test_funds_with_news_of_their_own_before_a_colon_are_no_investors(extractor):
    text = ("Kabel a obtenu 32 M€ lors de sa série A. Deux fonds ont bouclé leur collecte ce mois-ci : "
            "Brume Ventures et Orvane Partners.")
    assert _investors(extractor, text) == [[]]
