"""Investors, round 9: investors welcomed into the capital, the list after the cue
("accueillant à son capital de grands noms comme X"). Every sentence is invented."""


def test_investors_welcomed_into_the_capital_before_the_list(extractor):
    text = "Kabel a levé 60 millions d'euros, accueillant à son capital de grands noms du secteur comme Selva Capital."
    rounds = extractor.extract(text).funding_rounds
    assert [(r.company, [i.name for i in r.investors]) for r in rounds] == [("Kabel", ["Selva Capital"])]
