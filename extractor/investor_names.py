"""Under every stage of investor extraction: tokens, names and lexicon phrases.

Plain text in: ``tokenize`` gives tokens with their offsets, ``name_runs`` the token
ranges of names ("Caisse des Dépôts", "SoftBank Vision Fund 2"), ``looks_like_person``
a given name and a surname; ``phrase_regex`` makes one regex of lexicon phrases
(extractor/data). The lowest investor_* module; company.py and round_*.py use it too.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from extractor.lexicon import prefix_trie_pattern, table, words


# ---------------------------------------------------------------- tokens and names


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")


_TOKEN = re.compile(
    r"(?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)"  # elisions: l' d' qu'
    r"|\w+(?:(?:[-.&/]|(?<=[A-Z])['’](?=[A-Z]))\w+)*"  # "Saint-Gobain", "AD'OCC" whole
    r"|[^\w\s]"
)


def tokenize(text: str) -> list[Token]:
    """Words (elisions kept apart: "d'", "Alan"), hyphenated words whole, punctuation."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def fold(text: str) -> str:
    """Lower case without accents, typographic apostrophes made plain."""
    if text.isascii():
        return text.lower()  # nothing to decompose; casefold is lower on ASCII
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _function_words() -> frozenset[str]:
    return frozenset(w.replace("’", "'") for w in words("name_function_words.txt"))


@cache
def _not_names() -> frozenset[str]:
    return frozenset(words("name_common_acronyms.txt"))


PREPOSITIONS = frozenset({
    "de", "d'", "du", "des", "par", "chez", "à", "au", "aux", "avec", "pour", "sur",
    "dans", "en", "selon", "via", "contre", "entre", "vers", "après", "avant",
    "derrière", "devant", "travers", "face",
})
ARTICLES = frozenset({"le", "la", "les", "l'", "un", "une"})
# English words joining the capitalised words of a name, "the" allowed after them.
_ENGLISH_JOINERS = frozenset({"of", "for", "and"})
# Words that may join two capitalised words inside one name ("Caisse des Dépôts").
_NAME_JOINERS = frozenset({"de", "des", "du", "d'", "&", "-"})


def is_name_word(token: Token) -> bool:
    """A word that can belong to a name: capitalised ("Eurazeo"), with an inner
    capital ("eFounders"), or a digit-led word with letters ("83North", "10T")."""
    text = token.text
    if not text or not (text[0].isalnum()):
        return False
    if text in _not_names():
        return False
    if text[0].isupper():
        # An acronym may spell a function word ("LA", "DES"); an elided article ("L'") never names.
        return token.lower not in _function_words() or len(text) > 1 and text.isupper() and text.isalnum()
    if text[0].isdigit():
        return any(c.isalpha() for c in text)
    return any(c.isupper() for c in text[1:])


@cache
def _trailing_acronyms() -> frozenset[str]:
    return frozenset(words("name_trailing_acronyms.txt"))


@cache
def _org_heads() -> frozenset[str]:
    """Capitalised head nouns of institution names that go on with lower-case words."""
    return frozenset(words("organization_head_nouns.txt"))


@cache
def _institution_adjectives() -> frozenset[str]:
    return frozenset(words("institution_adjectives.txt"))


def _spaced_dash(tokens: list[Token], j: int) -> bool:
    """A dash with a space beside it separates ("FINANCEMENT - Velcor", "Orbo – 12 M€");
    only a glued one could join two parts of a name."""
    return tokens[j].text in "-–—" and (tokens[j - 1].end < tokens[j].start
                                        or j + 1 < len(tokens) and tokens[j].end < tokens[j + 1].start)


def _number_led_fund(tokens: list[Token], i: int) -> bool:
    """A short number that opens a fund's name ("360 Capital", "50 Partners"): followed
    by capitalised words among which a fund word."""
    tok = tokens[i]
    if not (tok.text.isdigit() and len(tok.text) <= 3) or i + 1 >= len(tokens):
        return False
    fund_words = _fund_name_words()
    k = i + 1
    while k < len(tokens) and k <= i + 3 and is_name_word(tokens[k]) and tokens[k].start - tokens[k - 1].end == 1:
        if tokens[k].text in fund_words:
            return True
        k += 1
    return False


@cache
def _fund_name_words() -> frozenset[str]:
    return frozenset(cue for cue, kind, where in table("investor_kinds.tsv") if kind == "fund" and where == "name")


# Adjectives of a region or a town after an institution's adjective ("cantonale vaudoise").
_REGIONAL_ADJECTIVE = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine|and|ande|anne)$")


@cache
def _number_words() -> frozenset[str]:
    return frozenset(words("number_words.txt"))


def _counting_word(tokens: list[Token], i: int) -> bool:
    """A capitalised number word before a lower-case noun counts, it names nothing:
    "Deux fonds complètent le tour" (but "Cent Capital" is a name)."""
    return (tokens[i].lower in _number_words() and i + 1 < len(tokens)
            and tokens[i + 1].text[:1].islower())


_PARTICLE_WORDS = frozenset({"de", "d'", "du", "des", "van", "von", "der", "den", "le", "la", "da", "di", "del", "ter"})


def _after_surname_particles(tokens: list[Token], i: int, j: int) -> int:
    """After a given name, the end of a surname with particles ("de La Roche", "van der
    Berg", "Van Damme" is plain): up to three particles, any case, then a capitalised
    word. ``j`` itself when there is none."""
    if fold(tokens[i].text.split("-")[0]) not in _first_names():
        return j
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].lower in _PARTICLE_WORDS and tokens[k - 1].end < tokens[k].start:
        k += 1
    if k == j or k >= len(tokens) or not tokens[k].text[:1].isupper() or tokens[k].lower in _PARTICLE_WORDS:
        return j
    return k + 1


def name_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of names: capitalised words, with inner joiners
    ("Caisse des Dépôts") and trailing numbers ("SoftBank Vision Fund 2")."""
    runs = []
    i = 0
    n = len(tokens)
    while i < n:
        if not is_name_word(tokens[i]) and not _number_led_fund(tokens, i) or _counting_word(tokens, i):
            i += 1
            continue
        j = i + 1
        institution = False  # "Banque européenne ...": may end on lower-case words
        while j < n:
            tok = tokens[j]
            if is_name_word(tok) or tok.text.isdigit() and len(tok.text) <= 2 and tokens[j - 1].end == tok.start - 1:
                j += 1
            elif tok.text in _trailing_acronyms() and tokens[j - 1].text[:1].isupper():
                j += 1  # "Lucioles IA"
            elif j == i + 1 and tokens[i].text in _org_heads() and tok.lower in _institution_adjectives():
                j += 1
                institution = True
            elif institution and j == i + 2 and tok.text.islower() and _REGIONAL_ADJECTIVE.search(tok.text):
                j += 1  # "Banque cantonale vaudoise"
            elif (tok.lower in _ENGLISH_JOINERS and (k := j + 1 + (j + 1 < n and tokens[j + 1].lower == "the")) < n
                  and is_name_word(tokens[k]) and tokens[k].text[0].isupper()):
                j = k + 1  # an English name: "Team for the Planet", "Bank of America"
            elif (tok.lower in _NAME_JOINERS and j + 1 < n and is_name_word(tokens[j + 1])
                  and tokens[j + 1].text[0].isupper() and not _spaced_dash(tokens, j)):
                j += 2
            elif (k := _after_surname_particles(tokens, i, j)) > j:
                j = k  # "Anne de La Tour", "Paul Van der Berg"
            elif tok.lower in _NAME_JOINERS and tokens[i].text in _org_heads():
                # "Fonds de solidarité FTQ", "Banque des territoires", "Région Pays de la
                # Loire", "Caisse de l'Épargne": a generic head noun keeps up to two
                # lower-case words (or an elided article), up to a capitalised one.
                k = j + 1
                while k < n and k - j <= 2 and (tokens[k].text.isalpha() and tokens[k].text.islower()
                                                or tokens[k].lower == "l'"):
                    k += 1
                if k < n and is_name_word(tokens[k]) and k > j + 1:
                    j = k + 1
                elif k > j + 1 and (institution and k - j <= 3 or tokens[i].text in ("Banque", "Caisse")
                                    and k - j <= 2):
                    j = k
                else:
                    break
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _clean_name(name: str) -> str:
    return " ".join(name.strip(" ,.;:'’\"«»").split())


# ---------------------------------------------------------------- persons


@cache
def _first_names() -> frozenset[str]:
    return frozenset(fold(w) for w in words("first_names.txt"))


_SURNAME_PARTICLES = frozenset({"de", "d'", "du", "des", "van", "von", "der", "le", "la", "da", "di", "el", "ben"})


def looks_like_person(name: str) -> bool:
    """A given name from the lexicon and a surname: "Claire Martin", "Jean-Baptiste
    Morel", "Anne de La Tour". One word alone is no person ("Serena" is a fund)."""
    parts = name.replace("’", "'").split()
    if len(parts) < 2 or len(parts) > 5:
        return False
    if fold(parts[0].split("-")[0]) not in _first_names():
        return False
    return all(p[:1].isupper() or p.lower() in _SURNAME_PARTICLES or p.lower().startswith("d'") for p in parts[1:])


# ---------------------------------------------------------------- lexicon phrases


def _phrase_pattern(phrase: str) -> str:
    return "".join(_phrase_pieces(phrase))


def _phrase_pieces(phrase: str) -> list[str]:
    """The regex of a phrase, piece by piece: one piece per character, space run,
    apostrophe or "*"."""
    out = []
    for part in re.split(r"(\s+|['’]|\*)", phrase.strip()):
        if not part:
            continue
        if part.isspace():
            out.append(r"\s+")
        elif part in "'’":
            out.append("['’]")
        elif part == "*":
            out.append(r"\w*")
        else:
            out.extend(re.escape(char) for char in part)
    return out


# Pieces of each phrase the look-ahead of ``phrase_regex`` checks.
_LOOKAHEAD_PIECES = 3


def _lookahead(phrases) -> str:
    """A look-ahead true wherever one of ``phrases`` may start: their first pieces
    as a trie (see ``prefix_trie_pattern``)."""

    def prefix(phrase: str) -> list[str]:
        pieces = []
        for piece in _phrase_pieces(phrase)[:_LOOKAHEAD_PIECES]:
            pieces.append(piece)
            if piece == r"\s+":
                break  # with gaps, other words may follow the space
        return pieces

    return f"(?={prefix_trie_pattern(prefix(p) for p in phrases)})"


# A time complement put inside a verb phrase: "a obtenu en février le soutien de X".
_TIME_COMPLEMENT = (r"(?:en|début|fin|courant|mi-)\s*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
                    r"|octobre|novembre|décembre|\d{4})|cette\s+année|cette\s+semaine|l['’]an\s+dernier")


# The round named inside a verb phrase: "est rejoint dans l'opération par X".
_ROUND_COMPLEMENT = (r"dans\s+(?:l['’]|la\s+|le\s+|ce\s+|cette\s+|cet\s+)(?:opération|tour(?:\s+de\s+table)?|levée"
                     r"|aventure|financement)")


# Adverbial phrases of doing it together: "menée de front par", "co-dirigé en tandem par".
_JOINTLY = r"(?:de\s+front|en\s+commun|en\s+tandem|en\s+duo)"
# How much of the round they took: "souscrite en majorité par X", "financé pour moitié par Y".
_SHARE_ADVERB = r"(?:en\s+(?:majorité|partie|totalité|grande\s+partie)|pour\s+(?:moitié|partie|l['’]essentiel))"


def phrase_regex(phrases, ignore_case: bool = True, gaps: bool = False, adverbs: bool = False) -> re.Pattern:
    """One regex matching any phrase as whole words, longest first; "*" ends a stem.
    With ``gaps``, up to two words may come between the phrase's words
    ("fait en revanche son entrée"); with ``adverbs``, one adverb in -ment, "déjà" or a
    time complement ("menée conjointement par", "a obtenu en février le soutien de")."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    patterns = [_phrase_pattern(p) for p in ordered]
    if gaps:
        patterns = [p.replace(r"\s+", r"\s+(?:[\w'’-]+\s+){0,2}?") for p in patterns]
    elif adverbs:
        patterns = [p.replace(r"\s+", rf"\s+(?:(?:\w+ment|aussi|déjà|{_JOINTLY}|{_SHARE_ADVERB}|{_TIME_COMPLEMENT}|{_ROUND_COMPLEMENT})\s+)?")
                    for p in patterns]
    body = "|".join(patterns)
    return re.compile(rf"(?<![\w-]){_lookahead(ordered)}(?:{body})(?:(?<=['’])|(?![\w-]))",
                      re.IGNORECASE if ignore_case else 0)


@cache
def _regex(name: str) -> re.Pattern:
    return phrase_regex(words(name))


def _has(name: str, text: str) -> bool:
    return _regex(name).search(text) is not None
