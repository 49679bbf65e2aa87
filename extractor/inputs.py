"""Turning the bytes of an input file into the text the extractor reads.

Pure functions, no model: decoding (UTF-8 with or without BOM, UTF-16/32 with
BOM, legacy single-byte encodings detected by charset-normalizer), visible text
of HTML pages, and a cheap check that a text is French.
"""

import re
import unicodedata
from html.parser import HTMLParser

from extractor.lexicon import words


class InputError(Exception):
    """An input that cannot be turned into text; the message says why, in one line."""


NOT_TEXT = "not a text file"

# Byte order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
)

# Single-byte code pages written for Western European languages. When the
# detector picks another Latin-script code page (cp1250, iso8859-13...), which
# happens on short French texts, cp1252 is compared with its choice.
_FRENCH_LETTERS = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Share of control characters above which decoded bytes are taken for binary data.
_MAX_CONTROL_SHARE = 0.01


def decode(data: bytes) -> tuple[str, str]:
    """The text in ``data`` and the name of its encoding.

    Raises InputError("not a text file ...") for binary or undecodable data.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{NOT_TEXT} (invalid {name} after its byte order mark)") from None
            return _checked(text), name
    if b"\x00" in data:
        raise InputError(f"{NOT_TEXT} (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    return _checked_legacy(data)


def _checked_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    detected = (str(best), best.encoding) if best is not None else None
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (
        detected is None
        or (_latin_rival(detected[0]) and _french_score(western) >= _french_score(detected[0]))
    ):
        return _checked(western), "cp1252"
    if detected is None:
        raise InputError(f"{NOT_TEXT} (no known text encoding fits its bytes)")
    return _checked(detected[0]), detected[1]


def _latin_rival(text: str) -> bool:
    """True when the non-ASCII letters of ``text`` are mostly Latin-script ones."""
    latin = other = 0
    for char in text:
        if ord(char) < 128 or not char.isalpha():
            continue
        if unicodedata.name(char, "").startswith("LATIN"):
            latin += 1
        else:
            other += 1
    return latin >= other


def _french_score(text: str) -> int:
    """Accented letters French uses, minus other accented Latin letters."""
    score = 0
    for char in text:
        if ord(char) < 128 or not char.isalpha():
            continue
        score += 1 if char in _FRENCH_LETTERS else -1
    return score


def _checked(text: str) -> str:
    sample = text[:65536]
    controls = sum(
        1 for c in sample if c not in _ALLOWED_CONTROLS and unicodedata.category(c) == "Cc"
    )
    if sample and controls > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"{NOT_TEXT} ({controls} control characters in its first {len(sample)})")
    return text


def encoding_warning(encoding: str) -> str | None:
    """The warning an Article carries when its file was not UTF-8."""
    if encoding == "utf-8":
        return None
    return f"encoding: decoded as {encoding}, not UTF-8"


# --- HTML -------------------------------------------------------------------

# Elements whose content a reader never sees on the page.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "iframe",
                     "object", "canvas", "select", "datalist"})
# Elements that start a new paragraph of visible text.
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
    "figure", "figcaption", "pre", "address", "hr", "form", "fieldset", "details", "summary",
    "body", "html",
})
_LINE_BREAKS = frozenset({"br"})
_HTML_SPACES = re.compile(r"[ \t\n\r\f]+")


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden_depth = 0
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _HIDDEN:
            self.hidden_depth += 1
        elif tag in _BLOCKS:
            self.pieces.append("\n\n")
        elif tag in _LINE_BREAKS:
            self.pieces.append("\n")
        if tag == "pre":
            self.pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        # <br/>, <svg/>: an element with no content and no end tag.
        if tag in _LINE_BREAKS:
            self.pieces.append("\n")
        elif tag in _BLOCKS:
            self.pieces.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in _BLOCKS:
            self.pieces.append("\n\n")
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.hidden_depth:
            return
        self.pieces.append(data if self.pre_depth else _HTML_SPACES.sub(" ", data))


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page: scripts, styles and the head dropped,
    one blank line between block elements, spaces collapsed as a browser does.

    Character offsets of extracted facts refer to this text.
    """
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.pieces)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def is_html(name: str) -> bool:
    return name.lower().endswith((".html", ".htm"))


# --- language -----------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
# Enough words for a ratio to mean something; shorter texts are not judged.
_MIN_WORDS = 12
# French prose has 30-45 % function words; English prose has almost none of these.
_MIN_FRENCH_SHARE = 0.12
# The check reads only the start of long texts.
_SAMPLE_CHARS = 20000


def french_share(text: str) -> tuple[int, float]:
    """Number of words in the start of ``text`` and the share that are French function words."""
    function_words = frozenset(words("french_function_words.txt"))
    tokens = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if not tokens:
        return 0, 0.0
    return len(tokens), sum(t in function_words for t in tokens) / len(tokens)


def language_warning(text: str) -> str | None:
    """A warning when ``text`` has enough words and too few are French function words."""
    count, share = french_share(text)
    if count < _MIN_WORDS or share >= _MIN_FRENCH_SHARE:
        return None
    return f"language: the text does not look French ({share:.0%} French function words)"
