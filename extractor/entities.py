"""Reading the trained recogniser's entities safely."""

from spacy.tokens import Doc, Span


def entities(doc: Doc) -> list[Span]:
    """``doc.ents``, read leniently.

    On odd input (zero-width spaces, for one) the recogniser can leave an "I"
    tag without its "B", and spaCy then refuses to build ``doc.ents``; the
    tags are read token by token instead.
    """
    try:
        return list(doc.ents)
    except ValueError:
        spans: list[Span] = []
        start, label = None, ""
        for token in doc:
            inside = token.ent_iob_ == "I" and start is not None and token.ent_type_ == label
            if start is not None and not inside:
                spans.append(Span(doc, start, token.i, label=label))
                start = None
            if token.ent_iob_ in ("B", "I") and start is None:
                start, label = token.i, token.ent_type_
        if start is not None:
            spans.append(Span(doc, start, len(doc), label=label))
        return spans
