"""Direct and reported quotes with their speakers.

Sets ``doc._.quotes``: a list of dicts {"start", "end", "direct", "verb",
"speaker": {"name", "title", "organization"} | None}.
"""

from spacy.language import Language
from spacy.tokens import Doc


class QuoteExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []  # Scaffold: filled by the quotes work.
        return doc


@Language.factory("fr_quotes", assigns=["doc._.quotes"])
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor()
