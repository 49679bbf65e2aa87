"""find_amounts: the French money wording it understands, one sentence per case.

Each expected item is (surface text, value in major units, ISO currency, approximate).
"""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.amounts import Amount, article_currency, find_amounts, regional_dollar


def _read(text: str) -> list[tuple[str, float, str | None, bool]]:
    return [(text[a.start:a.end], a.value, a.currency, a.approximate) for a in find_amounts(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Digits with a magnitude word and a sign or a currency name.
        ("La start-up lève 385 millions $ pour sa Série A.", [("385 millions $", 385e6, "USD", False)]),
        ("Elle a récolté 105 millions € en amorçage.", [("105 millions €", 105e6, "EUR", False)]),
        # Wire shorthand: "ME" / "MdE" for millions / milliards d'euros.
        ("BORDEAUX - Velcor lève 6 ME en série A.", [("6 ME", 6e6, "EUR", False)]),
        ("Ostrea boucle un tour de 1,2 MdE.", [("1,2 MdE", 1.2e9, "EUR", False)]),
        ("La Série E compte 5 clients.", []),
        ("La fintech a levé 3 millions de dollars.", [("3 millions de dollars", 3e6, "USD", False)]),
        ("Elle est valorisée 1,5 milliard d'euros.", [("1,5 milliard d'euros", 1.5e9, "EUR", False)]),
        ("Elle est valorisée 1,5 milliard d’euros.", [("1,5 milliard d’euros", 1.5e9, "EUR", False)]),
        ("Elle vaut 1,3 milliard d'euros.", [("1,3 milliard d'euros", 1.3e9, "EUR", False)]),
        ("Le tour atteint 1 million d'euros.", [("1 million d'euros", 1e6, "EUR", False)]),
        ("Elle obtient 20 millions de livres sterling de dette.",
         [("20 millions de livres sterling", 20e6, "GBP", False)]),
        ("La société lève 10 millions de dollars canadiens.",
         [("10 millions de dollars canadiens", 10e6, "CAD", False)]),
        ("La société lève 7 M$ CAN.", [("7 M$ CAN", 7e6, "CAD", False)]),
        ("La biotech lausannoise lève 15 millions de francs suisses.",
         [("15 millions de francs suisses", 15e6, "CHF", False)]),
        ("Le tour s'élève à 5 millions de dollars US.", [("5 millions de dollars US", 5e6, "USD", False)]),
        ("Elle lève 7 millions de dollars américains.", [("7 millions de dollars américains", 7e6, "USD", False)]),
        ("La jeune pousse lève 4 millions de dollars australiens.",
         [("4 millions de dollars australiens", 4e6, "AUD", False)]),
        ("La société genevoise lève CHF 10 millions.", [("CHF 10 millions", 10e6, "CHF", False)]),
        ("Le fonds apporte 50 millions USD.", [("50 millions USD", 50e6, "USD", False)]),
        # Press abbreviations glued to a currency.
        ("Pennylane lève 12 M€ en Série A.", [("12 M€", 12e6, "EUR", False)]),
        ("La scale-up est valorisée 1,2 Md€.", [("1,2 Md€", 1.2e9, "EUR", False)]),
        ("Elle réunit 800 k€ en pré-amorçage.", [("800 k€", 800e3, "EUR", False)]),
        ("La medtech vaudoise lève 9,5 MCHF.", [("9,5 MCHF", 9.5e6, "CHF", False)]),
        ("La start-up montréalaise lève 10 M$.", [("10 M$", 10e6, "USD", False)]),
        ("Elle est valorisée 2 Md$.", [("2 Md$", 2e9, "USD", False)]),
        ("Le marché pèse 3 mds € par an.", [("3 mds €", 3e9, "EUR", False)]),
        ("Le fonds investit 9,5 M CHF.", [("9,5 M CHF", 9.5e6, "CHF", False)]),
        # Currency written before the number (English-style wire copy).
        ("Le groupe a levé €220m auprès de ses actionnaires.", [("€220m", 220e6, "EUR", False)]),
        ("Une valorisation de $1.5bn est évoquée.", [("$1.5bn", 1.5e9, "USD", False)]),
        # A bare dollar reads as the one other dollar the text names (Québec press).
        ("Elle obtient 10 millions de dollars canadiens, après 1,8 M$ en 2021.",
         [("10 millions de dollars canadiens", 10e6, "CAD", False), ("1,8 M$", 1.8e6, "CAD", False)]),
        ("Le marché américain pèse plus de 3 G$ ; elle lève 10 millions de dollars canadiens.",
         [("plus de 3 G$", 3e9, "CAD", True), ("10 millions de dollars canadiens", 10e6, "CAD", False)]),
        ("Elle lève 10 millions de dollars canadiens, soit 7 millions de dollars US, après 2 M$.",
         [("10 millions de dollars canadiens", 10e6, "CAD", False),
          ("7 millions de dollars US", 7e6, "USD", False), ("2 M$", 2e6, "USD", False)]),
        # Digits without a magnitude, with any thousands separator.
        ("Elle a reçu une subvention de 500\u00a0000 euros.", [("500\u00a0000 euros", 500e3, "EUR", False)]),
        ("Elle a reçu une subvention de 500\u202f000 euros.", [("500\u202f000 euros", 500e3, "EUR", False)]),
        ("Elle a reçu une subvention de 500 000 euros.", [("500 000 euros", 500e3, "EUR", False)]),
        ("Le ticket médian s'établit à 1 200 000 euros.", [("1 200 000 euros", 1.2e6, "EUR", False)]),
        ("L'action est introduite au prix de 8,20 euros.", [("8,20 euros", 8.2, "EUR", False)]),
        ("Une Bourse French Tech de 30 000 € lui est accordée.", [("30 000 €", 30e3, "EUR", False)]),
        ("Le coût des travaux est estimé à 2,3 millions de francs.",
         [("2,3 millions de francs", 2.3e6, "CHF", False)]),
        ("Le club anglais investit 10 millions de livres.", [("10 millions de livres", 10e6, "GBP", False)]),
        ("Le contrat porte sur 1.500.000 euros.", [("1.500.000 euros", 1.5e6, "EUR", False)]),
        ("Elle a reçu 500 mille euros de ses fondateurs.", [("500 mille euros", 500e3, "EUR", False)]),
        # Spelled numbers.
        ("Elle avait levé deux millions d'euros en 2014.", [("deux millions d'euros", 2e6, "EUR", False)]),
        ("Elle avait levé cent millions de dollars en Série C.",
         [("cent millions de dollars", 100e6, "USD", False)]),
        ("Le groupe investit un milliard de dollars.", [("un milliard de dollars", 1e9, "USD", False)]),
        ("La PME lève vingt-cinq millions d'euros.", [("vingt-cinq millions d'euros", 25e6, "EUR", False)]),
        # A magnitude word with no currency is kept, currency unknown.
        ("Elle vaut 4 milliards d'euros, contre 2,7 milliards en 2022.",
         [("4 milliards d'euros", 4e9, "EUR", False), ("2,7 milliards", 2.7e9, None, False)]),
        # A list shares the currency written at its end.
        ("Les tours font 10 millions, 20 millions et 30 millions d'euros.",
         [("10 millions", 10e6, "EUR", False), ("20 millions", 20e6, "EUR", False),
          ("30 millions d'euros", 30e6, "EUR", False)]),
        # Approximation cues belong to the amount.
        ("Elle obtient près de 10 millions d'euros.", [("près de 10 millions d'euros", 10e6, "EUR", True)]),
        ("Elle est valorisée plus de 3 milliards de dollars.",
         [("plus de 3 milliards de dollars", 3e9, "USD", True)]),
        ("Elle est valorisée plus d'un milliard de dollars.",
         [("plus d'un milliard de dollars", 1e9, "USD", True)]),
        ("Elle est valorisée plus d’un milliard de dollars.",
         [("plus d’un milliard de dollars", 1e9, "USD", True)]),
        ("LightOn est valorisée environ 60 millions d'euros.",
         [("environ 60 millions d'euros", 60e6, "EUR", True)]),
        ("Elle a levé quelque 40 millions d'euros.", [("quelque 40 millions d'euros", 40e6, "EUR", True)]),
        ("Elle a levé un peu plus de 5 millions d'euros.",
         [("un peu plus de 5 millions d'euros", 5e6, "EUR", True)]),
        ("Les tours tournent autour de 9 millions d'euros.",
         [("autour de 9 millions d'euros", 9e6, "EUR", True)]),
        ("Elle a réuni approximativement 4 millions d'euros.",
         [("approximativement 4 millions d'euros", 4e6, "EUR", True)]),
        ("Elle a levé quasiment 1 million d'euros.", [("quasiment 1 million d'euros", 1e6, "EUR", True)]),
        ("Elle a levé pas moins de 2 milliards de dollars.",
         [("pas moins de 2 milliards de dollars", 2e9, "USD", True)]),
        ("La start-up lève une dizaine de millions d'euros.",
         [("une dizaine de millions d'euros", 10e6, "EUR", True)]),
        ("La start-up lève une vingtaine de millions de dollars.",
         [("une vingtaine de millions de dollars", 20e6, "USD", True)]),
        ("La start-up lève une centaine de milliers d'euros.",
         [("une centaine de milliers d'euros", 100e3, "EUR", True)]),
        ("Ce business angel apporte près d'une dizaine de millions de dollars.",
         [("près d'une dizaine de millions de dollars", 10e6, "USD", True)]),
        ("La start-up lève 60 millions d'euros environ.",
         [("60 millions d'euros environ", 60e6, "EUR", True)]),
        # Conversions: both amounts, in text order.
        ("Elle a levé 150 millions de dollars (138 millions d'euros).",
         [("150 millions de dollars", 150e6, "USD", False), ("138 millions d'euros", 138e6, "EUR", False)]),
    ],
)
def test_amounts(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le modèle compte 7 milliards de paramètres.",
        "Le service revendique 3 millions d'utilisateurs.",
        "Les déclinaisons comptent 135 millions, 360 millions et 1,7 milliard de paramètres.",
        "L'entreprise a écoulé plus de 6 millions de portefeuilles.",
        "Mistral 7B surpasse Llama 2 13B sur tous les tests.",
        "Llama 3.1 405B est le plus grand modèle ouvert.",
        "Mixtral 8x7B est un mélange d'experts.",
        "Son chiffre d'affaires est en hausse de 115 %.",
        "La société a été fondée en 2023.",
        "Le contexte atteint 32 000 tokens.",
        "L'entreprise emploie 1 000 personnes.",
        "Elle a levé quelques millions d'euros.",
        "La plateforme compte 500 mille abonnés.",
        "L'entreprise recrute une dizaine de salariés.",
        "Les fondateurs détiennent 20 M de parts.",
    ],
)
def test_not_money(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # An article set in Canada twice over writes its own dollar bare.
        ("La jeune pousse montréalaise Vireo lève 25 M$ auprès d'un fonds du Québec.", "CAD"),
        ("Le studio québécois Harfang obtient 4 millions $ d'un investisseur canadien.", "CAD"),
        # One passing mention of a Canadian city does not make the article Canadian.
        ("La start-up Vireo lève 25 millions de dollars et ouvre un bureau à Montréal.", "USD"),
        # The US dollar named outright keeps the bare dollar American.
        ("Au Québec, la montréalaise Vireo lève 25 M$, dont 5 millions de dollars US.", "USD"),
        ("La société lyonnaise Vireo lève 25 millions de dollars.", "USD"),
    ],
)
def test_bare_dollar_follows_the_article_country(text, expected):
    assert find_amounts(text)[0].currency == expected


@pytest.mark.parametrize(
    "text, dollar, expected",
    [
        ("Vireo lève 25 millions de dollars.", "CAD", "CAD"),
        ("La montréalaise Vireo, installée au Québec, lève 25 M$.", "USD", "USD"),
    ],
)
def test_document_dollar_overrides_the_reading(text, dollar, expected):
    assert find_amounts(text, dollar=dollar)[0].currency == expected


def test_regional_dollar():
    assert regional_dollar("Une entreprise québécoise de Montréal.") == "CAD"
    assert regional_dollar("Une entreprise installée à Montréal.") is None
    assert regional_dollar("À Montréal, une jeune pousse montréalaise.") == "CAD"


def test_offsets_index_the_given_text():
    text = "Après un an, la start-up lève 12\u202fM€ auprès de ses investisseurs."
    [amount] = find_amounts(text)
    assert isinstance(amount, Amount)
    assert text[amount.start:amount.end] == "12\u202fM€"


_PIECES = ["12", "1,5", "500", "000", " ", "\u00a0", "\u202f", "millions", "milliard", "M€", "k€", "$",
           "€", "de", "d'", "euros", "dollars", "près de", "une dizaine de", "deux", "paramètres", ",", "."]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_amounts_are_ordered_disjoint_spans_of_the_text(text):
    amounts = find_amounts(text)
    previous_end = 0
    for amount in amounts:
        assert previous_end <= amount.start < amount.end <= len(text)
        assert amount.value > 0
        previous_end = amount.end


def _missed_gold_money(folder: Path) -> list[tuple[str, str]]:
    """Gold amounts and valuations (value within 1 %, currency, approximate) that find_amounts misses."""
    missed = []
    for gold_path in sorted(folder.glob("*.json")):
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        found = {text[a.start:a.end]: a for a in find_amounts(text)}
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for funding_round in gold["funding_rounds"]:
            for money in (funding_round["amount"], funding_round["valuation"]):
                if money is None:
                    continue
                amount = found.get(money["text"])
                if (
                    amount is None
                    or abs(amount.value - money["value"]) > 0.01 * money["value"]
                    or amount.currency != money["currency"]
                    or amount.approximate != money["approximate"]
                ):
                    missed.append((gold_path.stem, money["text"]))
    return missed


def test_every_gold_money_of_the_dev_corpus_is_found(dev_corpus):
    assert _missed_gold_money(dev_corpus) == []


def test_every_gold_money_of_the_samples_is_found():
    assert _missed_gold_money(Path(__file__).resolve().parent.parent / "samples") == []


@pytest.mark.parametrize("text, named, expected", [
    # The currency the article's amounts name most, the first one on a tie.
    ("", ["EUR", None, "USD", "EUR"], "EUR"),
    ("", ["USD", "EUR"], "USD"),
    # Naming none, the country it is set in.
    ("La jeune pousse lausannoise, basée en Suisse, a levé 5 millions.", [None], "CHF"),
    ("Une ronde de 20 millions, menée par Développement Canada.", [None], "CAD"),
    ("Une ronde de 20 millions pour la québécoise Orlane, à Montréal.", [None], "CAD"),
    ("Elle a levé 5 millions.", [None], None),
])
def test_article_currency(text, named, expected):
    assert article_currency(text, named) == expected


def test_a_low_quotation_mark_as_decimal_comma():
    # Some pages print the decimal comma as U+201A.
    assert [(a.value, a.currency) for a in find_amounts("environ 5\u201a73 milliards d'euros")] == [
        (5_730_000_000, "EUR")]
