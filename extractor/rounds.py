"""Funding rounds: which company raised how much, in what kind of round, from whom.

Sets ``doc._.funding_rounds``: a list of dicts shaped like the contract's
FundingRound, with offsets in place of surface texts:
{"company": str | None, "round_type": str, "round_label": str | None,
 "amount": money | None, "valuation": money | None, "date": str | None,
 "investors": [{"name", "kind", "lead", "existing"}], "evidence": [[start, end], ...]}
where money = {"start", "end", "value", "currency", "approximate"} as on
``doc.spans["money"]``.
"""

from spacy.language import Language
from spacy.tokens import Doc


class FundingRoundExtractor:
    def __init__(self, money_key: str) -> None:
        self.money_key = money_key

    def __call__(self, doc: Doc) -> Doc:
        doc._.funding_rounds = []  # Scaffold: filled by the funding-rounds work.
        return doc


@Language.factory(
    "fr_funding_rounds",
    assigns=["doc._.funding_rounds"],
    requires=["doc.spans"],
    default_config={"money_key": "money"},
)
def make_funding_round_extractor(nlp: Language, name: str, money_key: str) -> FundingRoundExtractor:
    return FundingRoundExtractor(money_key)
