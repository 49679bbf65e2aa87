"""Every custom attribute the project sets on spaCy objects, declared in one place.

Values are plain data (str, int, float, bool, lists and dicts of them), never
``Span`` objects, so Docs survive ``n_process > 1`` and ``DocBin``.
Character offsets in these values index ``doc.text``, which has the same
length as the caller's text (see ``extractor.article.model_text``).
"""

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    # ISO (partial) date of the article, from its "date YYYY-MM[-DD]" header.
    "published": None,
    # Offset where the article body starts (0 without header).
    "body_start": 0,
    # Set while the model reads a triaged copy: the text the rules read
    # (see extractor.triage.FullTextRestorer); None otherwise.
    "full_text": None,
    # The Doc's text, kept once read: spaCy's Doc.text joins every token anew
    # on each read, and the rules read it many times (see ``doc_text``).
    "text": None,
    # Lists of dicts shaped like the contract's FundingRound / Quote / ModelLaunch,
    # with offsets instead of surface texts; extractor.output turns them into models.
    "funding_rounds": None,
    "quotes": None,
    "model_launches": None,
}

SPAN_EXTENSIONS = {
    # On doc.spans["money"]: {"value": float, "currency": str | None, "approximate": bool}.
    "money": None,
    # On doc.spans["dates"]: ISO (partial) date string.
    "iso_date": None,
    # Name of the rule that produced the span, for debugging.
    "rule": None,
}


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and then read from ``doc._.text``."""
    text = doc._.text
    if text is None:
        text = doc._.text = doc.text
    return text


def register_extensions() -> None:
    """Declare the extensions once; safe to call repeatedly."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
