"""Mentions of a kind of funding round: "Série A", "tour d'amorçage", "introduction en Bourse"...

``find_round_mentions`` is a pure function over plain text that maps French (and
press English) round wording to the contract's round types:
pre_seed | seed | series_a ... series_h | bridge | growth | ipo | debt | grant | unspecified.

Lexicons (extractor/data): round_types.tsv (phrases), round_type_exclusions.txt
(look-alikes that are not rounds), round_extension_cues.txt ("extension de sa Série C").
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from extractor.lexicon import APOSTROPHE, SPACE, alternation, phrase_pattern, prefix_trie_pattern, table, words


@dataclass(frozen=True)
class RoundMention:
    start: int
    end: int
    round_type: str
    label: str  # the words of the text, e.g. "Série A", "extension de sa Série C"


# Words that, just before a "noun"-flagged phrase, show it is a noun ("un prêt").
_DETERMINER = re.compile(
    r"(?:^|\W)(?:un|une|le|la|ce|cet|cette|du|des|les|ces|son|sa|ses|leur|leurs|l['’]|d['’]une?|d['’])"
    r"(?:[ \u00a0\u202f]+(?:nouveau|nouvel|nouvelle|nouveaux|premier|première|second|seconde|deuxième"
    r"|troisième|autre|gros|grosse|important|importante))?"
    r"[ \u00a0\u202f]*$",
    re.IGNORECASE,
)
# For a "count"-flagged phrase, only a determiner of one thing: "un crédit de 5 millions",
# "son crédit", not the mass noun of "le crédit", "du crédit" (a sector of finance).
_COUNT_DETERMINER = re.compile(
    r"(?:^|\W)(?:un|ce|cet|son|leur|d['’]un|nouveau|premier|second|deuxième)[ \u00a0\u202f]*$",
    re.IGNORECASE,
)
_DETERMINER_WINDOW = 30
# "Série A", "Series C", "Séries B, C et D"; the letter is a capital standing alone, so
# "série de mesures" and "séries télévisées" are not rounds. "Serie A" (no accent) is
# the Italian football league and is left out.
# A letter may carry a sub-round digit ("série A1", "Series B-2") and be joined by a
# hyphen ("Série-A").
_SERIES = re.compile(
    rf"(?<!\w)(?P<word>[Ss]éries?|SÉRIES?|Series)(?:{SPACE}+|-)"
    rf"(?P<letter>[A-H])(?:-?[1-9])?(?!\w|-(?!extension))"
    rf"(?P<more>(?:{SPACE}*,{SPACE}*[A-H](?![\w-])|{SPACE}+(?:et|ou){SPACE}+[A-H](?![\w-]))*)"
)
# "un tour B", "son round C": only after a masculine determiner, since "la tour B" is a
# building.
_TOUR_LETTER = re.compile(
    rf"(?<![\w-])(?:un|le|du|son|ce|leur|d{APOSTROPHE}un){SPACE}+(?:(?:premier|nouveau){SPACE}+)?"
    rf"(?P<label>(?:tour|round){SPACE}+(?P<letter>[A-H]))(?![\w'’-])"
)
# "une aide de 125 000 $", "cette aide de près de 2 millions", "une aide financière de
# l'État de 2 M€": aid with an amount of its
# own is a grant; "avec l'aide de ses associés" has no amount after it.
_AID_WITH_AMOUNT = re.compile(
    rf"(?i)(?<![\w-])(?:une|cette|l{APOSTROPHE}|d{APOSTROPHE}une|son|leur|nouvelle){SPACE}*(?P<label>aide)"
    # "une aide financière de l'État de 2 M€": its giver between.
    rf"(?=[^\d,.;:!?()]{{0,50}}?{SPACE}+(?:de|d{APOSTROPHE}){SPACE}*(?:(?:près|plus|moins){SPACE}+de{SPACE}+|environ{SPACE}+)?\d)"
)
# "série A étendue", "Series B extension", "série A+": the named round extended, a bridge.
_SERIES_EXTENDED = re.compile(
    rf"(?:\+|-?extension(?!\w)|{SPACE}+(?:extension|étendue|prolongée|bis)(?!\w))", re.IGNORECASE)
_MORE_LETTER = re.compile(r"[A-H](?![\w-])")
# A capitalised word right after, or right before (after a space or an elision).
_CAPITALISED_NEXT = re.compile(r"[ \u00a0\u202f]+[^\W\d_a-zà-ÿ]")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])[^\W\d_a-zà-ÿ][\w-]*[ \u00a0\u202f]+$")
_NAME_WINDOW = 40
# A round of no stated kind directly followed by a named one: "tour de table de Série D".
_OF = re.compile(rf"{SPACE}+(?:de{SPACE}+|d{APOSTROPHE}{SPACE}*)")


def _first_pieces(phrase: str, count: int = 3) -> list[str]:
    """The regex pieces of the first ``count`` characters of ``phrase`` (as
    ``phrase_pattern`` writes them)."""
    pieces = []
    for chunk in re.split(r"(\s+|['’])", phrase):
        if chunk.isspace() and chunk:
            pieces.append(f"{SPACE}+")
        elif chunk in ("'", "’"):
            pieces.append(APOSTROPHE)
        else:
            pieces.extend(re.escape(char) for char in chunk)
    return pieces[:count]


def _lookahead(phrases) -> str:
    """A look-ahead true wherever one of ``phrases`` may start, in any case: their
    first pieces as a trie (see ``prefix_trie_pattern``)."""
    return f"(?=(?i:{prefix_trie_pattern(_first_pieces(p) for p in phrases)}))"


def _fold(phrase: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", phrase.replace("’", "'")).casefold()


@lru_cache(maxsize=1)
def _listing() -> re.Pattern:
    """ "son introduction sur Euronext Growth", "s'est introduite à la Bourse de Paris",
    "s'est introduite le 12 mars": a listing word, then a stock market within three words
    (or, after the reflexive verb, a date)."""
    listing = alternation(words("round_listing_words.txt"))
    markets = alternation(words("round_listing_markets.txt"))
    reflexive = alternation(w for w in words("round_listing_words.txt") if w.startswith(("s'", "se ")))
    dates = alternation(words("round_listing_dates.txt"))
    return re.compile(
        rf"(?i)(?<![\w-])(?=introd|entr|déb|dém|prem|s{APOSTROPHE}|se{SPACE})(?:(?:{listing}){SPACE}+(?:en|sur|à|au){SPACE}+(?:[\w'’-]+{SPACE}+){{0,3}}?"
        rf"(?:{markets})|(?:{reflexive})(?={SPACE}+(?:{dates})(?:{SPACE}|$)))(?![\w-])"
    )


@dataclass(frozen=True)
class _Lexicon:
    type_of: dict[str, str]          # folded phrase -> round type
    exact_type_of: dict[str, str]    # phrase as written -> round type
    needs_determiner: frozenset[str]
    needs_count: frozenset[str]
    needs_loan: frozenset[str]
    phrases: re.Pattern
    exclusions: re.Pattern
    extension_before: re.Pattern


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    type_of: dict[str, str] = {}
    exact_type_of: dict[str, str] = {}
    needs_determiner: set[str] = set()
    needs_count: set[str] = set()
    needs_loan: set[str] = set()
    for row in table("round_types.tsv"):
        phrase, round_type = row[0], row[1]
        flags = set(row[2].split(",")) if len(row) > 2 else set()
        if "exact" in flags:
            exact_type_of[phrase] = round_type
        else:
            type_of[_fold(phrase)] = round_type
        if "noun" in flags:
            needs_determiner.add(_fold(phrase))
        if "count" in flags:
            needs_count.add(_fold(phrase))
        if "loan" in flags:
            needs_loan.add(_fold(phrase))
    # Longest first across both kinds, so that "prêt à taux zéro" wins over "prêt".
    alternatives = sorted(
        [(p, True) for p in exact_type_of] + [(p, False) for p in type_of],
        key=lambda item: len(item[0]), reverse=True,
    )
    pattern = "|".join(
        phrase_pattern(p) if exact else f"(?i:{phrase_pattern(p)})" for p, exact in alternatives
    )
    phrases = re.compile(rf"(?<![\w-]){_lookahead(p for p, _ in alternatives)}(?:{pattern})(?![\w-])")
    exclusions = re.compile(rf"(?i)(?<![\w-])(?:{alternation(words('round_type_exclusions.txt'))})")
    cues = alternation(words("round_extension_cues.txt"))
    verbs = alternation(words("round_extension_verbs.txt"))
    extension_before = re.compile(
        rf"(?i)(?<!\w)(?:(?:{cues}){SPACE}+"
        rf"(?:de{SPACE}+(?:(?:sa|son|la|leur|cette|ce){SPACE}+)?|de{SPACE}+l{APOSTROPHE}|d{APOSTROPHE})"
        rf"|(?P<verb>{verbs}){SPACE}+(?:sa|son|leur|la|le|l{APOSTROPHE}){SPACE}*)"
        r"(?:[^\W\d_]+[ \u00a0\u202f]+)?$"
    )
    return _Lexicon(type_of, exact_type_of, frozenset(needs_determiner), frozenset(needs_count), frozenset(needs_loan), phrases, exclusions,
                    extension_before)


def _inside_proper_name(text: str, start: int, end: int) -> bool:
    """Whether capitalised round wording is part of a name ("chez Ouest Amorçage",
    "Amorçage Ventures"): a capitalised word follows it, or precedes it mid-sentence."""
    if _CAPITALISED_NEXT.match(text, end):
        return True
    before = _CAPITALISED_BEFORE.search(text, max(0, start - _NAME_WINDOW), start)
    if not before:
        return False
    preceding = text[max(0, before.start() - _NAME_WINDOW):before.start()].rstrip()
    return bool(preceding) and not preceding.endswith((".", "!", "?", ":", "«", '"', "“", "—", "-"))


@lru_cache(maxsize=1)
def _loan_cue() -> re.Pattern:
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(words('round_loan_cues.txt'))})(?![\w-])")


def _loan_wording(text: str, start: int, end: int) -> bool:
    """Whether the sentence of a "loan"-flagged phrase tells of a loan to a company (who
    obtains or grants it, a lender: "a obtenu un crédit", "un crédit accordé par ses
    banques"), not of public spending ("le conseil a voté un crédit pour les travaux")."""
    stops = [m.end() for m in re.finditer(r"[.!?\n]", text[max(0, start - 300):start])]
    left = max(0, start - 300) + (stops[-1] if stops else 0)
    after = re.search(r"[.!?\n]", text[end:end + 300])
    right = end + (after.start() if after else min(300, len(text) - end))
    return bool(_loan_cue().search(text, left, right))


def _candidates(lex: _Lexicon, text: str) -> list[RoundMention]:
    found = []
    for match in lex.phrases.finditer(text):
        surface = match.group()
        folded = _fold(surface)
        round_type = lex.exact_type_of.get(surface) or lex.type_of.get(folded)
        if round_type is None:
            continue
        if match.group()[0].isupper() and _inside_proper_name(text, match.start(), match.end()):
            continue
        if folded in lex.needs_determiner and not _DETERMINER.search(
            text[max(0, match.start() - _DETERMINER_WINDOW):match.start()]
        ):
            continue
        if folded in lex.needs_count and not _COUNT_DETERMINER.search(
            text[max(0, match.start() - _DETERMINER_WINDOW):match.start()]
        ):
            continue
        if folded in lex.needs_loan and not _loan_wording(text, match.start(), match.end()):
            continue
        found.append(RoundMention(match.start(), match.end(), round_type, surface))
    for match in _SERIES.finditer(text):
        first_end = match.start("more")
        extended = _SERIES_EXTENDED.match(text, first_end)
        if extended and not match.group("more"):
            found.append(RoundMention(match.start(), extended.end(), "bridge", text[match.start():extended.end()]))
            continue
        found.append(RoundMention(match.start(), first_end, f"series_{match.group('letter').lower()}",
                                  text[match.start():first_end]))
        for letter in _MORE_LETTER.finditer(text, match.start("more"), match.end("more")):
            found.append(RoundMention(letter.start(), letter.end(), f"series_{letter.group().lower()}",
                                      letter.group()))
    if re.search(r"(?i)introdu|entrée|débuts|premiers", text):  # cheap prefilter
        for match in _listing().finditer(text):
            found.append(RoundMention(match.start(), match.end(), "ipo", match.group()))
    for match in _AID_WITH_AMOUNT.finditer(text):
        found.append(RoundMention(match.start("label"), match.end("label"), "grant", match.group("label")))
    for match in _TOUR_LETTER.finditer(text):
        found.append(RoundMention(match.start("label"), match.end("label"),
                                  f"series_{match.group('letter').lower()}", match.group("label")))
    return found


def _without_overlaps(mentions: list[RoundMention]) -> list[RoundMention]:
    """Where two mentions overlap the longer wins (ties: the earlier); one pass over sorted spans."""
    kept: list[RoundMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _excluded(mention: RoundMention, exclusions: list[tuple[int, int]], ends: list[int]) -> bool:
    """Whether a look-alike phrase at least as long as the mention overlaps it."""
    index = bisect_right(ends, mention.start)
    while index < len(exclusions) and exclusions[index][0] < mention.end:
        start, end = exclusions[index]
        if end - start >= mention.end - mention.start:
            return True
        index += 1
    return False


@lru_cache(maxsize=1)
def _part_cue() -> re.Pattern:
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(words('round_part_cues.txt'))})(?![\w-])")


def _part_of_a_round(text: str, mention: RoundMention) -> bool:
    """Whether a debt or grant mention is only a part of the money told ("dont la
    moitié sous forme de dette", "en fonds propres et en dette", "le reste provient d'un
    emprunt"): the round then has no single kind. Looked for between the mention and the
    last punctuation before it (up to 60 characters), and in the four words after it ("en dette et en
    capital")."""
    window = text[max(0, mention.start - 60):mention.start]
    starts = [m.end() for m in re.finditer(r"[.;!?:(),]", window)]
    window = window[starts[-1]:] if starts else window
    after = re.split(r"[.;!?:(),]", text[mention.end:mention.end + 40], maxsplit=1)[0]
    after = " ".join(after.split()[:4])
    return bool(_part_cue().search(window)) or bool(
        re.match(r"\s*(?:et|ou)\s", after) and _part_cue().search(after))


@lru_cache(maxsize=1)
def _repaid_before() -> re.Pattern:
    cues = alternation(words("round_debt_repaid_cues.txt"))
    return re.compile(
        rf"(?i)(?<![\w-])(?:{cues}){SPACE}+(?:(?:de{SPACE}+)?(?:sa|son|ses|leur|leurs|la|le|les|un|une|des|ce|cette)"
        rf"{SPACE}+|d{APOSTROPHE}(?:une?{SPACE}+)?|l{APOSTROPHE})(?:[^\W\d_]+{SPACE}+)?$"
    )


def find_round_mentions(text: str) -> list[RoundMention]:
    """Every mention of a kind of funding round in ``text``, in order.

    Offsets index ``text``; ``label`` is ``text[start:end]``.
    """
    lex = _lexicon()
    mentions = _without_overlaps(_candidates(lex, text))
    exclusions = [match.span() for match in lex.exclusions.finditer(text)]
    ends = [end for _, end in exclusions]
    mentions = [m for m in mentions if not _excluded(m, exclusions, ends)]

    result: list[RoundMention] = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        # "tour de table de Série D", "levée de série E": the named round says it all.
        if (
            mention.round_type == "unspecified" and following is not None
            and following.round_type != "unspecified"
            and _OF.fullmatch(text, mention.end, following.start)
        ):
            continue
        if mention.round_type in ("debt", "grant") and _part_of_a_round(text, mention):
            continue
        # "pour rembourser sa dette": a debt paid back, not money raised.
        if mention.round_type == "debt" and _repaid_before().search(text, max(0, mention.start - 50), mention.start):
            continue
        # "financement en dette (venture debt)": one mention, not two.
        if (
            result and result[-1].round_type == mention.round_type
            and re.fullmatch(r"\s*\(\s*", text[result[-1].end:mention.start])
        ):
            continue
        # "extension de sa Série C", "rallonge de son tour d'amorçage", "prolonge sa
        # Série A" -> bridge.
        if mention.round_type not in ("bridge", "ipo", "debt", "grant"):
            before = lex.extension_before.search(text, max(0, mention.start - 40), mention.start)
            if before:
                # The label is the noun phrase: "extension de sa Série C"; after a verb
                # ("prolonge sa Série A") the round's own words.
                start = mention.start if before.group("verb") else before.start()
                mention = RoundMention(start, mention.end, "bridge", text[start:mention.end])
        result.append(mention)
    return result
