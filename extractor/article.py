"""Article-level text handling: the date header and the text the model reads.

The model reads a copy of the caller's text of exactly the same length, so every
character offset the pipeline produces is also an offset into the caller's text.
"""

import re
from dataclasses import dataclass
from datetime import date

# "date 2023-12" or "date 2024-05-29" at the very start, optionally after
# whitespace; the body follows on the next line or, as in copied web pages, on
# the same line after a space.
_HEADER = re.compile(
    r"\A\s*date[ \t]*:?[ \t]+(?P<date>\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)(?=\s|\Z)[ \t]*\n?",
    re.IGNORECASE,
)

# Characters replaced one-for-one in the model's copy: typographic spaces that
# spaCy would otherwise turn into separate whitespace tokens.
_SAME_LENGTH = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


@dataclass(frozen=True)
class Header:
    published: str | None
    body_start: int


def parse_header(text: str) -> Header:
    """Find a leading ``date YYYY-MM[-DD]`` header; the body starts after it."""
    match = _HEADER.match(text)
    if not match:
        return Header(None, 0)
    return Header(_real_date(match.group("date")), match.end())


def _real_date(iso: str) -> str:
    """``iso`` itself, or its month when the day does not exist ("2024-02-30")."""
    if len(iso) == 10:
        try:
            date.fromisoformat(iso)
        except ValueError:
            return iso[:7]
    return iso


def model_text(text: str, header: Header) -> str:
    """The text handed to spaCy: header blanked, odd spaces made plain; same length."""
    blanked = " " * header.body_start + text[header.body_start:]
    return blanked.translate(_SAME_LENGTH)
