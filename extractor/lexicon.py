"""Read the French lexicons kept as UTF-8 data files in ``extractor/data``.

Formats, chosen to be editable by hand:
- ``*.txt``: one entry per line; ``#`` starts a comment; blank lines ignored.
- ``*.tsv``: tab-separated columns, same comment rules.
"""

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files("extractor").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line)
    return out


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list, stripped, in file order."""
    return tuple(line.strip() for line in _lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated table, cells stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))


# Spaces French typography puts inside phrases: plain, no-break (U+00A0),
# narrow no-break (U+202F); and both apostrophes.
SPACE = "[ \u00a0\u202f]"
APOSTROPHE = "['’]"


def phrase_pattern(phrase: str) -> str:
    """Regex for a lexicon phrase: any run of French spaces inside, either apostrophe."""
    parts = []
    for chunk in re.split(r"(\s+|['’])", phrase):
        if not chunk:
            continue
        if chunk.isspace():
            parts.append(f"{SPACE}+")
        elif chunk in "'’":
            parts.append(APOSTROPHE)
        else:
            parts.append(re.escape(chunk))
    return "".join(parts)


def alternation(phrases: Iterable[str]) -> str:
    """Regex alternation of phrases, longest first, so "dollars canadiens" wins over "dollars"."""
    return "|".join(phrase_pattern(p) for p in sorted(set(phrases), key=len, reverse=True))


def _trie(sequences: Iterable[Iterable[str]]) -> dict:
    """Nested dicts, one level per piece; "" marks where a sequence ends."""
    trie: dict = {}
    for pieces in sequences:
        node = trie
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[""] = {}
    return trie


def prefix_trie_pattern(prefixes: Iterable[list[str]]) -> str:
    """Regex matching any of ``prefixes`` (each a list of regex pieces), as a trie.

    Used as a look-ahead before a long alternation of phrases: the regex engine
    tries every alternative at every position, while the trie rejects most
    positions after a character or two. It changes no match as long as every
    phrase starts with one of the prefixes. Where a prefix ends, longer ones through
    it are left out: the shorter already matches.
    """
    def alternation_of(node: dict) -> str:
        if "" in node:
            return ""
        alternatives = sorted(piece + alternation_of(child) for piece, child in node.items())
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return alternation_of(_trie(prefixes))


def word_trie_pattern(entries: Iterable[str]) -> str:
    """Regex matching any of ``entries`` (plain strings), as a trie: longer entries are
    tried first where one extends another ("affirme" then "affirmé" share "affirm").
    A long alternation of words costs the regex engine one try per word at every
    position; the trie rejects most positions after a character or two."""
    def pattern_of(node: dict) -> str:
        children = sorted((ch, child) for ch, child in node.items() if ch)
        alternatives = [re.escape(ch) + pattern_of(child) for ch, child in children]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if "" in node:
            return body + "?" if len(alternatives) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return pattern_of(_trie(entries))
