"""Dates in French text, resolved against the article's date.

``find_dates`` (pure) finds candidate spans with the project's own rules and lets
dateparser convert them; ``fr_dates`` puts them on ``doc.spans["dates"]``.
"""

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str  # partial ISO date at the precision the text gives: "2021", "2021-06", "2021-06-10"


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every date expression in ``text``. (Scaffold: filled by the dates work.)"""
    return []


def date_for_round(doc: Doc, start: int, end: int, current: bool) -> str | None:
    """The date of a round whose evidence is ``doc.text[start:end]``.

    Scaffold: a round reported as happening now takes the article's date.
    """
    return doc._.published if current else None


class DateRecognizer:
    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for mention in find_dates(doc.text, doc._.published):
            span = doc.char_span(mention.start, mention.end, label="DATE", alignment_mode="expand")
            if span is not None:
                span._.iso_date = mention.iso
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("fr_dates", assigns=["doc.spans"], default_config={"spans_key": "dates"})
def make_date_recognizer(nlp: Language, name: str, spans_key: str) -> DateRecognizer:
    return DateRecognizer(spans_key)
