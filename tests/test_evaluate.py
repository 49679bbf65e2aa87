import pytest

from extractor.evaluate import fold, money_match, names_match, quotes_match, score_corpus


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Mistral", "Mistral AI", True),
        ("Andreessen-Horowitz", "Andreessen Horowitz", True),
        ("LightSpeed Ventures", "Lightspeed Ventures", True),
        ("Qonto SAS", "Qonto", True),
        ("Bpifrance", "BNP Paribas", False),
        ("Index", "Index Ventures Growth Fund", False),
        ("", "Alan", False),
    ],
)
def test_names_match(a, b, expected):
    assert names_match(a, b) is expected


def test_fold_drops_accents_case_punctuation_and_suffixes():
    assert fold("Société Générale S.A.") == "societe generale s a"
    assert fold("Hugging Face Inc.") == "hugging face"


def test_money_match_within_one_percent_and_currency():
    gold = {"value": 385e6, "currency": "USD"}
    assert money_match({"value": 386e6, "currency": "USD"}, gold)
    assert not money_match({"value": 390e6, "currency": "USD"}, gold)
    assert not money_match({"value": 385e6, "currency": "EUR"}, gold)
    assert money_match({"value": 2.7e9, "currency": "EUR"}, {"value": 2.7e9, "currency": None})


def test_quotes_match_by_prefix_or_word_share():
    gold = {"text": "Nous voulons accélérer notre ambition, dit-on souvent ici."}
    assert quotes_match({"text": "Nous voulons accélérer notre ambition"}, gold)
    assert not quotes_match({"text": "Rien à voir avec la citation"}, gold)


def test_score_corpus_counts_pairs_once():
    gold = {"funding_rounds": [{"round_type": "series_a", "amount": {"value": 10e6, "currency": "EUR"},
                                "investors": [{"name": "Partech", "lead": True}]}]}
    pred = {"funding_rounds": [
        {"round_type": "series_a", "amount": {"value": 10e6, "currency": "EUR"},
         "investors": [{"name": "Partech", "lead": False}, {"name": "Elaia", "lead": False}]},
        {"round_type": "unspecified", "amount": {"value": 10e6, "currency": "EUR"}, "investors": []},
    ]}
    scores = score_corpus([(pred, gold)])
    assert (scores["amount"].tp, scores["amount"].fp, scores["amount"].fn) == (1, 1, 0)
    assert scores["round_type"].f1 == 1.0
    assert (scores["investors"].tp, scores["investors"].fp) == (1, 1)
    assert scores["lead_investors"].fn == 1
