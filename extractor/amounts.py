"""Money amounts in French press wording: "385 millions $", "1,2 Md€", "800 k€"...

``find_amounts`` is a pure function over plain text; the ``fr_money`` component
puts its results on ``doc.spans["money"]``.
"""

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: float
    currency: str | None
    approximate: bool


def find_amounts(text: str) -> list[Amount]:
    """Every money amount in ``text``, in order. (Scaffold: filled by the amounts work.)"""
    return []


class MoneyRecognizer:
    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for amount in find_amounts(doc.text):
            span = doc.char_span(amount.start, amount.end, label="MONEY", alignment_mode="expand")
            if span is None:
                continue
            span._.money = {
                "start": amount.start, "end": amount.end, "value": amount.value,
                "currency": amount.currency, "approximate": amount.approximate,
            }
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("fr_money", assigns=["doc.spans"], default_config={"spans_key": "money"})
def make_money_recognizer(nlp: Language, name: str, spans_key: str) -> MoneyRecognizer:
    return MoneyRecognizer(spans_key)
