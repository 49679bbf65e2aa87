"""Organisations written several ways ("BPI France", "Bpi", "Bpifrance").

The alias table (``extractor/data/organization_aliases.tsv``) maps every
spelling, folded as the contract's scoring folds names (``evaluate.fold``), to
one canonical name. Pure functions, no model.
"""

from functools import lru_cache

from extractor.evaluate import fold
from extractor.lexicon import table

ALIASES_FILE = "organization_aliases.tsv"


@lru_cache(maxsize=1)
def _canonical_of() -> dict[str, str]:
    """Folded spelling -> canonical name; the canonical name's own folding included."""
    mapping: dict[str, str] = {}
    for row in table(ALIASES_FILE):
        canonical = row[0]
        for spelling in row:
            key = fold(spelling)
            if key and key not in mapping:  # the first row naming a spelling wins
                mapping[key] = canonical
    return mapping


# Names repeat across nearby articles (one round told several times): a small
# cache spares most folding while keeping memory bounded.
@lru_cache(maxsize=1 << 12)
def known_canonical(name: str | None) -> str | None:
    """The alias table's canonical name for ``name``, or None when it is not listed."""
    if not name:
        return None
    return _canonical_of().get(fold(name))


@lru_cache(maxsize=1 << 12)
def canonical_name(name: str) -> str:
    """The name to show for an organisation: the table's canonical name, else
    ``name`` with its spaces tidied."""
    return known_canonical(name) or " ".join(name.split())


@lru_cache(maxsize=1 << 12)
def name_key(name: str | None) -> str:
    """The folded key two spellings of one organisation share ("" for no name)."""
    if not name:
        return ""
    return fold(known_canonical(name) or name)
