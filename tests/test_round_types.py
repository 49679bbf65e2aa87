"""find_round_mentions: the round wording it understands, one sentence per case.

Each expected item is (round_type, label); the label is the text's own words.
"""

import pytest

from extractor.round_types import RoundMention, find_round_mentions


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.round_type, m.label) for m in find_round_mentions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Pre-seed and seed.
        ("La jeune pousse réunit 800 k€ en pré-amorçage.", [("pre_seed", "pré-amorçage")]),
        ("Elle a bouclé un tour de pré-amorçage.", [("pre_seed", "tour de pré-amorçage")]),
        ("Elle boucle un pre-seed auprès de business angels.", [("pre_seed", "pre-seed")]),
        ("Elle a levé 3 millions de dollars lors d'un tour d'amorçage.", [("seed", "tour d'amorçage")]),
        ("Elle a levé 3 millions de dollars lors d’un tour d’amorçage.", [("seed", "tour d’amorçage")]),
        ("Elle avait levé deux millions d'euros en amorçage en 2014.", [("seed", "amorçage")]),
        ("La start-up annonce un seed de 2 millions d'euros.", [("seed", "seed")]),
        ("Sillon Data annonce une levée de fonds d'amorçage de deux millions d'euros.",
         [("seed", "levée de fonds d'amorçage")]),
        ("L'entreprise avait obtenu 1,8 M$ lors d'une ronde de démarrage.", [("seed", "ronde de démarrage")]),
        ("Orlanne détaille sa ronde de financement de série A.", [("series_a", "série A")]),
        # Québec: a bare "ronde" after a determiner, not "table ronde".
        ("Brisko avait réalisé une première ronde de 2 millions $ en 2020.", [("unspecified", "ronde")]),
        ("Une table ronde réunit les investisseurs.", []),
        # Series letters, French and English, whatever the determiner before them.
        ("La start-up lève 385 millions $ pour sa Série A.", [("series_a", "Série A")]),
        ("Pennylane a levé 50 millions d'euros en série B.", [("series_b", "série B")]),
        ("Elle annonce une Series C de 60 millions de dollars.", [("series_c", "Series C")]),
        ("Elle a bouclé un tour de série D.", [("series_d", "série D")]),
        ("Elle finalise une levée de série E.", [("series_e", "série E")]),
        ("Vexo annonce un tour de table de Série D.", [("series_d", "Série D")]),
        ("Alan a bouclé une Série F de 173 millions d'euros.", [("series_f", "Série F")]),
        ("Les Séries B, C et D financent l'expansion.",
         [("series_b", "Séries B"), ("series_c", "C"), ("series_d", "D")]),
        # Bridge.
        ("Ledger a bouclé une extension de sa Série C.", [("bridge", "extension de sa Série C")]),
        ("Elle obtient une rallonge de son tour d'amorçage.",
         [("bridge", "rallonge de son tour d'amorçage")]),
        ("La fintech signe un financement relais.", [("bridge", "financement relais")]),
        # A verb that extends its owner's round.
        ("Vorta prolonge sa Série A de 4 millions d'euros.", [("bridge", "Série A")]),
        ("La start-up a étendu son tour d'amorçage.", [("bridge", "tour d'amorçage")]),
        ("La société lève un bridge de 5 millions d'euros.", [("bridge", "bridge")]),
        # Growth.
        ("Elle prépare un tour de croissance de 100 millions d'euros.", [("growth", "tour de croissance")]),
        ("Elle boucle une levée de fonds de croissance.", [("growth", "levée de fonds de croissance")]),
        # Public listing.
        ("LightOn lève 11,9 millions d'euros lors de son introduction en Bourse.",
         [("ipo", "introduction en Bourse")]),
        ("LightOn réussit son entrée en Bourse.", [("ipo", "entrée en Bourse")]),
        ("La société prépare son IPO sur le Nasdaq.", [("ipo", "IPO")]),
        # Debt.
        ("Spendesk obtient un financement en dette de 20 millions de livres sterling.",
         [("debt", "financement en dette")]),
        ("Spendesk obtient un financement en dette (venture debt) de 20 millions.",
         [("debt", "financement en dette")]),
        ("La société contracte un prêt de 5 millions d'euros.", [("debt", "prêt")]),
        ("Elle obtient un prêt à taux zéro.", [("debt", "prêt à taux zéro")]),
        ("Bpifrance lui accorde un prêt d'amorçage.", [("debt", "prêt d'amorçage")]),
        ("Bpifrance lui accorde en parallèle un prêt d’innovation.", [("debt", "prêt d’innovation")]),
        ("Elle émet un emprunt obligataire de 30 millions d'euros.", [("debt", "emprunt obligataire")]),
        # Grants.
        ("Ynsect décroche une subvention de près de 30 millions d'euros.", [("grant", "subvention")]),
        ("Elle avait décroché une Bourse French Tech de 30 000 euros.", [("grant", "Bourse French Tech")]),
        ("Bpifrance lui accorde une avance remboursable.", [("grant", "avance remboursable")]),
        # Rounds of no stated kind.
        ("Doctolib boucle un tour de table de 500 millions d'euros.", [("unspecified", "tour de table")]),
        ("La levée de fonds sera consacrée au recrutement.", [("unspecified", "levée de fonds")]),
        ("Cette levée lui permet de recruter.", [("unspecified", "levée")]),
        ("Elle était valorisée 2,7 milliards lors de sa précédente levée.",
         [("unspecified", "précédente levée")]),
    ],
)
def test_round_mentions(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement annonce une série de mesures.",
        "Les séries télévisées dopent les abonnements.",
        "La Juventus domine la Serie A.",
        "La société a exercé sa clause d'extension.",
        "CapitalG, le fonds de croissance d'Alphabet, participe.",
        "La croissance du chiffre d'affaires atteint 80 %.",
        "Son outil est prêt à l'emploi.",
        "La plateforme d'aide à la décision séduit les assureurs.",
        "L'équipe a remboursé sa dette technique.",
        "La réforme provoque une levée de boucliers.",
        "Le décret acte la levée des restrictions.",
        "Seedcamp figure parmi les actionnaires.",
        "La cotation de l'action a été suspendue.",
        "Le tour est mené par le fonds Ouest Amorçage.",
        "Nadia Ferchichi est directrice d'investissement chez Ouest Amorçage.",
    ],
)
def test_not_round_mentions(text):
    assert find_round_mentions(text) == []


def test_offsets_and_label_agree():
    text = "Ledger a bouclé une extension de sa Série C de 100 millions d'euros."
    [mention] = find_round_mentions(text)
    assert isinstance(mention, RoundMention)
    assert text[mention.start:mention.end] == mention.label == "extension de sa Série C"


def test_every_gold_round_type_of_the_dev_corpus_is_mentioned(dev_corpus):
    import json

    missed = []
    for gold_path in sorted(dev_corpus.glob("*.json")):
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        mentioned = {m.round_type for m in find_round_mentions(text)}
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        missed += [(gold_path.stem, r["round_type"]) for r in gold["funding_rounds"]
                   if r["round_type"] not in mentioned]
    assert missed == []
