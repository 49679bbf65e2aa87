"""Dates: candidate spans by rule, resolved against the article's date."""

import pytest

from extractor.dates import (
    DateMention,
    article_year,
    find_dates,
    infer_published,
    parse_published,
    round_date_in,
)


def isos(text: str, published: str | None) -> list[str]:
    return [m.iso for m in find_dates(text, published)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # explicit dates keep the precision the text gives
        ("La Série C a été bouclée en avril 2020.", "2021-04-13", ["2020-04"]),
        ("Le tour a été annoncé le 10 décembre 2023.", None, ["2023-12-10"]),
        ("La start-up avait levé des fonds en 2021.", "2023-12", ["2021"]),
        ("Ledger avait levé 380 millions de dollars en juin 2021.", None, ["2021-06"]),
        ("Elle avait levé 100 millions de dollars début 2022.", "2023-06-07", ["2022"]),
        ("Le laboratoire a été fondé à Paris fin 2022.", None, ["2022"]),
        ("Le tour a été bouclé le 1er mars 2022.", None, ["2022-03-01"]),
        ("L'accord a été signé lundi 8 janvier 2024.", None, ["2024-01-08"]),
        ("Le chiffre a doublé entre 2019 et la fin de l'année.", None, ["2019"]),
        # a day or month without a year: the last one up to the article's date
        ("Le tour a été annoncé le 10 décembre.", "2023-12-15", ["2023-12-10"]),
        ("Le tour a été annoncé le 10 décembre.", "2023-12-05", ["2022-12-10"]),
        ("Les fonds ont été versés en janvier.", "2023-12", ["2023-01"]),
        ("Les fonds ont été versés en janvier.", "2024-01-20", ["2024-01"]),
        ("Les fonds ont été versés en mars.", "2024-01-20", ["2023-03"]),
        # relative to the article's date
        ("Elle avait levé 105 millions au printemps dernier.", "2023-12", ["2023"]),
        ("Elle avait levé 105 millions au printemps dernier.", "2023-04", ["2022"]),
        ("Elle était valorisée moitié moins l'an dernier.", "2022-01-11", ["2021"]),
        ("La société avait été rachetée l'année dernière.", "2022-01-11", ["2021"]),
        ("Elle avait levé 50 millions il y a deux ans.", "2023-12", ["2021"]),
        ("Elle avait levé 50 millions il y a 7 mois.", "2021-09", ["2021-02"]),
        ("La société a présenté ce mercredi son modèle.", "2024-05-29", ["2024-05-29"]),
        ("La société a présenté lundi son modèle.", "2024-05-29", ["2024-05-27"]),
        ("La société a présenté lundi son modèle.", "2024-05", ["2024-05"]),
        ("Le tour a été annoncé hier.", "2024-05-29", ["2024-05-28"]),
        ("L'opération est annoncée aujourd'hui.", "2023-12", ["2023-12"]),
        ("Elle vise l'équilibre l'an prochain.", "2024-09-18", ["2025"]),
        # seasons and quarters are dated to the year
        ("Quatre levées qui ont marqué l'été 2021.", None, ["2021"]),
        ("Le chiffre d'affaires a bondi au premier trimestre 2023.", None, ["2023"]),
        ("Le chiffre d'affaires a bondi au second semestre.", "2024-01-16", ["2024"]),
        ("Les résultats du T3 2022 sont attendus.", None, ["2022"]),
        # relative mentions need the article's date
        ("Elle avait levé 50 millions il y a deux ans.", None, []),
        ("Les fonds ont été versés en janvier.", None, []),
        # abbreviated months, numeric dates
        ("Velcor, 4 M€ en amorçage, 9 sept. 2025.", None, ["2025-09-09"]),
        ("Le 1ᵉʳ févr. 2024, la société a été rachetée.", None, ["2024-02-01"]),
        ("Mis en ligne le 07/07/2025 à 18:18", None, ["2025-07-07"]),
        ("Article du 2024-03-18.", None, ["2024-03-18"]),
        ("La version 3.10.2024 du logiciel", None, ["2024-10-03"]),
        # a day or month without a year in an undated text: the year told just before
        ("En juin 2023, Velcor a levé 5 millions, puis une seconde fois le 10 décembre.", None,
         ["2023-06", "2023-12-10"]),
        ("En novembre 2022, elle signe un contrat ; en mars, elle lève 3 millions.", None, ["2022-11", "2023-03"]),
        ("Fondée en 2016, elle a levé 3 millions en mars.", None, ["2016"]),
    ],
)
def test_find_dates(text, published, expected):
    assert isos(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "En sept mois d'existence, la start-up a séduit.",
        "Le modèle compte sept milliards de paramètres.",
        "Mars a investi dans la start-up.",
        "La société a été créée il y a peu, après 7 mois d'existence.",
        "Elle veut doubler ses effectifs en 2 ans.",
        "Le navire a pris la mer vendredi soir dans la rade.",
        "La plateforme compte 2000 clients.",
        "Ce produit a été un succès.",
    ],
)
def test_no_false_dates(text):
    # "vendredi" is a real date only with an article date; without one nothing is reported.
    assert find_dates(text, None) == []


def test_spans_cover_the_words():
    text = "Elle avait levé 105 millions au printemps dernier."
    (mention,) = find_dates(text, "2023-12")
    assert text[mention.start:mention.end] == "au printemps dernier"


@pytest.mark.parametrize(
    "published, expected",
    [("2023-12", ("2023-12-15", 2)), ("2024-05-29", ("2024-05-29", 3)), ("2021", ("2021-07-01", 1)), (None, (None, 0))],
)
def test_parse_published(published, expected):
    day, precision = parse_published(published)
    assert (day.isoformat() if day else None, precision) == expected


def _round_date(text: str, published: str | None, amounts: list[str]) -> str | None:
    money = [(text.index(a), text.index(a) + len(a)) for a in amounts]
    return round_date_in(text, 0, len(text), find_dates(text, published), money, published, money[0][0])


@pytest.mark.parametrize(
    "text, published, amounts, expected",
    [
        ("Alan a bouclé une Série C de 50 millions d'euros en avril 2020.", "2021-04-13",
         ["50 millions d'euros"], "2020-04"),
        # the season belongs to the second amount, not to the first
        ("Une levée de 385 millions $, après les 105 millions € levés au printemps dernier.", "2023-12",
         ["385 millions $", "105 millions €"], None),
        ("Une levée de 385 millions $, après les 105 millions € levés au printemps dernier.", "2023-12",
         ["105 millions €", "385 millions $"], "2023"),
        # a founding date is not a round date
        ("Créée en 2012, la start-up avait levé deux millions d'euros en 2014.", None,
         ["deux millions d'euros"], "2014"),
        ("Fondée en 2016, la start-up lève 12 millions d'euros.", "2021-03-09", ["12 millions d'euros"], None),
        # a target in the future is not a round date
        ("La start-up lève 12 millions d'euros pour recruter d'ici 2025.", "2021-03-09",
         ["12 millions d'euros"], None),
    ],
)
def test_round_date_in(text, published, amounts, expected):
    assert _round_date(text, published, amounts) == expected


def test_round_date_stays_in_the_amounts_sentence():
    text = "La start-up lève 10 millions d'euros. Elle avait été créée à Lyon. Elle vise 2025 en 2024."
    assert round_date_in(text, 0, len(text), find_dates(text, "2023-05"), [(17, 36)], "2023-05") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sorare lève 680 millions\n\nIl y a sept mois à peine, en février 2021, Sorare avait levé 50 millions.",
         "2021-09"),
        ("Quatre levées de fonds qui ont marqué l'été 2021\n\nAircall a levé 120 millions de dollars.", "2021"),
        ("Une start-up fondée en 2016 lève des fonds\n\nElle a levé 10 millions.", None),
        ("La start-up a levé 10 millions d'euros en 2021, portée par la reprise.", None),
        # Datelines of press releases and wire dispatches.
        ("COMMUNIQUÉ DE PRESSE\n\nLyon, le 14 mai 2024\n\nVelcor lève 3 millions d'euros.", "2024-05-14"),
        ("Velcor lève 3 ME\n\nSaint-Étienne, le 2 avril 2025 - Velcor annonce une levée.", "2025-04-02"),
        ("Velcor lève 3 ME\n\nTOULOUSE (Reuters), 9 janvier 2023 - Velcor a levé 3 millions.", "2023-01-09"),
        ("Velcor lève 3 millions\n\nLa société, créée le 9 janvier 2019, emploie dix personnes.", None),
        # A byline's date on its own line, a page address, a closing source line.
        ("Velcor lève 3 millions\n- 07/07/2025 à 18:18\n\nVelcor a levé 3 millions.", "2025-07-07"),
        ("Velcor lève 3 millions\nPublié le 3 mars 2024\nVelcor a levé 3 millions.", "2024-03-03"),
        ("https://www.exemple.fr/eco/2020/06/05/velcor-leve-3-millions\nVelcor a levé 3 millions.", "2020-06-05"),
        ("Velcor a levé 3 millions le 7 mai.\n\n(Le Quotidien – 8 juin 2020)", "2020-06-08"),
        ("Velcor a levé 3 millions.\n(Velcor a été fondée en 2019 par Anne Morel)", None),
    ],
)
def test_infer_published(text, expected):
    assert infer_published(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Au premier trimestre 2022, les jeunes pousses ont levé 500 millions, contre 300 en 2021.", "2022"),
        ("La fintech, en cette fin d'année 2021, lève 30 millions. Elle vise la rentabilité d'ici 2030.", "2021"),
        ("Fondée en 2019, la société lève 3 millions.", None),
        # the year of an earlier round is not the article's
        ("Vexo lève 12 millions. En 2021, la start-up avait levé 3 millions.", None),
        ("Vexo lève 12 millions. Ce tour suit un amorçage de 1 million en 2021.", None),
        ("Sur l'année 2020, Vexo aura levé 112 millions.", "2020"),
        ("La société lève 3 millions.", None),
    ],
)
def test_article_year(text, expected):
    assert article_year(text) == expected


def test_a_date_goes_to_the_nearest_amount():
    text = "Velcor a levé 10 millions en juin 2023, puis une seconde fois, le 10 décembre, 30 millions."
    assert _round_date(text, None, ["10 millions", "30 millions"]) == "2023-06"
    assert _round_date(text, None, ["30 millions", "10 millions"]) == "2023-12-10"


def test_date_for_round_on_a_doc(extractor):
    from extractor.dates import date_for_round

    text = "date 2023-12\nLa start-up lève 385 millions $. En 2021, elle avait levé 5 millions $."
    doc = extractor.nlp(extractor.make_doc(text))
    first = text.index("La start-up")
    second = text.index("En 2021")
    assert date_for_round(doc, first, second, current=True) == "2023-12"
    assert date_for_round(doc, second, len(text), current=False) == "2021"
    assert date_for_round(doc, first, second, current=False) is None
    assert [span._.iso_date for span in doc.spans["dates"]] == ["2021"]


def test_date_mention_is_plain_data():
    assert DateMention(0, 4, "2021") == DateMention(0, 4, "2021")
