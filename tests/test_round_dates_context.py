"""Round dates told outside the amount's sentence, and the year of an undated article.
Invented sentences, invented names."""

import pytest

from extractor.dates import article_year


@pytest.mark.parametrize(
    "text, year",
    [
        # A relative date ("février dernier", "l'an passé") of an undated article is read
        # against today: it tells no year of the article.
        ("Les start-up ont bouclé 40 opérations en mars 2023. Soit 12 de moins qu'en février dernier.", "2023"),
        ("Le bilan d'avril 2022 est bon, meilleur que l'an passé.", "2022"),
        ("Le bilan est moins bon qu'en janvier dernier.", None),
        # Near-miss: a written year still counts.
        ("Les bilans de 2021 et de mai 2022 sont bons.", "2022"),
    ],
)
def test_article_year_counts_only_written_years(text, year):
    assert article_year(text) == year


def _dated(extractor, text):
    return [(r.company, r.amount.value if r.amount else None, r.date) for r in extractor.extract(text).funding_rounds]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The raise told with its date in the sentence before, the amount in the next.
        ("Vexo a bouclé en mars 2024 sa série A. Le tour de table de 8 millions d'euros est mené "
         "par Selva Partners.", ("Vexo", 8e6, "2024-03")),
        ("Norial-3 a annoncé le 12 février 2025 une levée de fonds. L'opération, de 5 millions "
         "d'euros, est menée par Selva Partners.", ("Norial-3", 5e6, "2025-02-12")),
        ("En juin 2023, la société Kalima a finalisé son tour d'amorçage. Elle a réuni 2 millions "
         "d'euros auprès d'Orbo Capital.", ("Kalima", 2e6, "2023-06")),
        ("date 2025-05-02\nVexo a bouclé en avril sa série A. Le tour de table de 8 millions "
         "d'euros est mené par Selva Partners.", ("Vexo", 8e6, "2025-04")),
    ],
)
def test_the_raise_told_just_before_dates_the_round(extractor, text, expected):
    assert _dated(extractor, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Near-misses: the sentence before tells no raise, or has an amount of its own.
        ("date 2025-05-02\nVexo a fêté ses dix ans en mars 2020. Elle a levé 8 millions d'euros "
         "auprès de Selva Partners.", [("Vexo", 8e6, "2025-05-02")]),
        ("date 2025-05-02\nVexo a levé 3 millions d'euros en mars 2019. Elle a levé 8 millions "
         "d'euros auprès de Selva Partners.", [("Vexo", 3e6, "2019-03"), ("Vexo", 8e6, "2025-05-02")]),
    ],
)
def test_other_sentences_before_do_not_date_the_round(extractor, text, expected):
    assert _dated(extractor, text) == expected
