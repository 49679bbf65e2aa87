"""Money amounts in French press wording: "385 millions $", "1,2 Md€", "800 k€"...

``find_amounts`` is a pure function over plain text; the ``fr_money`` component
puts its results on ``doc.spans["money"]``.

An amount is read left to right from an anchor (a number in digits, a spelled
number, "une dizaine de", or a currency sign written before the number):

    [cue] number [magnitude] [currency] [trailing cue]

Lexicons (extractor/data): currencies.tsv (plus French names and symbols from
babel), magnitudes.tsv, approximation_cues.txt, approximation_cues_after.txt,
approximate_numbers.tsv, number_words.txt.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from babel import Locale
from babel.numbers import get_currency_name
from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from extractor.extensions import doc_text
from extractor.lexicon import APOSTROPHE, SPACE, alternation, phrase_pattern, table, word_trie_pattern, words


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: float
    currency: str | None
    approximate: bool


# "de" before a currency or noun, or its elided form before a vowel ("d'euros", "d’euros").
_OF = rf"(?:de{SPACE}+|d{APOSTROPHE}{SPACE}*)"
# How far back to look for an approximation cue; the longest cue is shorter than this.
_CUE_WINDOW = 40


@dataclass(frozen=True)
class _Lexicon:
    currency_of: dict[str, str]        # folded currency form -> ISO code
    unqualified_dollars: frozenset[str]  # folded forms of a bare dollar ("$", "dollars")
    dollar_codes: frozenset[str]       # currencies called "dollar" (USD, CAD, AUD...)
    magnitude_of: dict[str, tuple[Decimal, str]]  # magnitude form -> (multiplier, kind)
    approximate_number_of: dict[str, int]
    anchor: re.Pattern
    after_number: re.Pattern
    after_magnitude: re.Pattern
    prefix_tail: re.Pattern
    digits: re.Pattern
    of_noun: re.Pattern
    cue_before: re.Pattern
    cue_after: re.Pattern
    list_link: re.Pattern


def _fold(form: str) -> str:
    """Lookup key: one plain space for any run of spaces (U+00A0, U+202F included), one apostrophe, no case."""
    return re.sub(r"\s+", " ", form.replace("’", "'")).casefold()


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    french = Locale("fr")
    names: dict[str, str] = {}
    signs: dict[str, str] = {}
    glued: dict[str, str] = {}
    unqualified_dollars: set[str] = set()
    dollar_codes: set[str] = set()
    for form, code, kind, *flags in table("currencies.tsv"):
        if "unqualified" in flags:
            unqualified_dollars.add(_fold(form))
        if kind == "code":
            signs[form] = code
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=french)
                if name and "(" not in name:
                    names.setdefault(_fold(name), code)
                    if name.startswith("dollar"):
                        dollar_codes.add(code)
            symbol = french.currency_symbols.get(code)
            if symbol and symbol != code:
                signs.setdefault(symbol.replace("\u202f", " "), code)
        elif kind == "symbol":
            signs[form] = code
        elif kind == "glued":
            glued[form] = code
        else:
            names[_fold(form)] = code
    magnitudes = {form: (Decimal(mult), kind) for form, mult, kind in table("magnitudes.tsv")}
    approximate_numbers = {noun: int(value) for noun, value in table("approximate_numbers.tsv")}

    name_alt = alternation(names)
    # A sign ends where a word cannot go on ("$ CAC 40" is not "$ CA").
    sign_alt = alternation(signs)
    letters_alt = alternation(f for f, (_, kind) in magnitudes.items() if kind == "letters")
    words_alt = alternation(f for f, (_, kind) in magnitudes.items() if kind != "letters")
    number_word_alt = alternation(words("number_words.txt"))
    approx_alt = alternation(approximate_numbers)

    # A decimal comma may come out of a page as U+201A, the low quotation mark ("5‚73").
    digits = (
        r"(?<![\w.,‚])"
        rf"(?:\d{{1,3}}(?:(?:{SPACE}|\.)\d{{3}})+(?:[,‚]\d+)?|\d+(?:[.,‚]\d+)?)"
        r"(?![\d])"
    )
    spelled = (
        rf"(?<![\w-])(?i:{number_word_alt})"
        rf"(?:(?:-|{SPACE}+|-et-|{SPACE}+et{SPACE}+)(?i:{number_word_alt}))*(?![\w-])"
    )
    approx_noun = rf"(?<!\w)(?i:une?){SPACE}+(?P<approx_noun>(?i:{approx_alt})){SPACE}+{_OF}"
    sign = rf"(?:{sign_alt})(?![^\W\d_])"
    # Wire shorthand glued to a magnitude letter only: "8 ME" (millions d'euros).
    glued_sign = rf"(?:{alternation(glued)}|{sign_alt})(?![^\W\d_])" if glued else sign

    anchor = re.compile(
        rf"(?P<approx>{approx_noun})|(?P<digits>{digits})|(?P<spelled>{spelled})"
        rf"|(?P<sign>(?<![^\W\d_]){sign}){SPACE}?(?=\d)"
    )
    # After the number: a magnitude (letters glued to a currency sign, or a word), or a currency.
    after_number = re.compile(
        rf"{SPACE}*(?:"
        rf"(?P<letters>{letters_alt})(?P<letters_sign>{glued_sign})"
        rf"|(?P<spaced_letters>{letters_alt}){SPACE}(?P<spaced_sign>{sign})"
        rf"|(?P<word>(?i:{words_alt}))(?![\w])"
        rf"|(?P<name>(?i:{name_alt}))(?!\w)"
        rf"|(?P<sign>{sign})"
        r")"
    )
    # After a written magnitude: the currency, with or without "de".
    after_magnitude = re.compile(
        rf"{SPACE}*(?:{_OF}(?P<name>(?i:{name_alt}))(?!\w)|{_OF}?(?P<sign>{sign}))"
        rf"|{SPACE}+(?P<bare_name>(?i:{name_alt}))(?!\w)"
    )
    # "3 millions d'utilisateurs", "2 millions de Français": no money. A name after "de"
    # owns the money ("la série B de 12 millions de Vexo"); a people's name ends in -s.
    of_noun = re.compile(rf"{SPACE}*{_OF}(?=[^\W\d_])(?![A-ZÀ-Ý][\w-]*(?<![sx])(?![\w-]))")
    cue_patterns = []
    for cue in sorted(words("approximation_cues.txt"), key=len, reverse=True):
        if cue.endswith(" de"):
            # "plus de" also reads "plus d'un milliard".
            cue_patterns.append(rf"{phrase_pattern(cue[: -len(' de')])}{SPACE}+{_OF}")
        else:
            cue_patterns.append(rf"{phrase_pattern(cue)}{SPACE}+")
    cue_before = re.compile(rf"(?<![\w'’])(?i:{'|'.join(cue_patterns)})$")
    cue_after = re.compile(
        rf"{SPACE}+(?i:{alternation(words('approximation_cues_after.txt'))})(?!\w)"
    )
    list_link = re.compile(rf"{SPACE}*,{SPACE}*|{SPACE}+(?:et|ou|à){SPACE}+|{SPACE}*[-–]{SPACE}*")
    return _Lexicon(
        currency_of={**names, **{_fold(s): c for s, c in {**glued, **signs}.items()}},
        unqualified_dollars=frozenset(unqualified_dollars),
        dollar_codes=frozenset(dollar_codes),
        magnitude_of=magnitudes,
        approximate_number_of={_fold(k): v for k, v in approximate_numbers.items()},
        anchor=anchor,
        after_number=after_number,
        after_magnitude=after_magnitude,
        digits=re.compile(digits),
        prefix_tail=re.compile(
            rf"(?:{SPACE}?(?P<letters>{letters_alt})|{SPACE}+(?P<word>(?i:{words_alt})))(?!\w)"
        ),
        of_noun=of_noun,
        cue_before=cue_before,
        cue_after=cue_after,
        list_link=list_link,
    )


def _digits_value(number: str) -> Decimal | None:
    """'1,2' -> 1.2; '500 000' -> 500000; '1.500.000' -> 1500000; '1.5' -> 1.5."""
    compact = re.sub(r"[ \u00a0\u202f]", "", number).replace("‚", ",")
    if "," in compact:
        compact = compact.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", compact):
        compact = compact.replace(".", "")
    try:
        return Decimal(compact)
    except InvalidOperation:
        return None


def _spelled_value(number_words: str) -> Decimal | None:
    """The value of an isolated spelled number ("deux", "vingt-cinq", "cent")."""
    normalised = re.sub(r"[ \u00a0\u202f]+", " ", number_words).lower()
    normalised = re.sub(r"\bune\b", "un", normalised)
    try:
        return Decimal(text2num(normalised, "fr"))
    except ValueError:
        return None


def _magnitude(lex: _Lexicon, form: str) -> tuple[Decimal, str]:
    """Letters are looked up as written ("M", "m"), words in any case ("Millions")."""
    return lex.magnitude_of.get(form) or lex.magnitude_of[form.lower()]


def _currency(lex: _Lexicon, form: str) -> tuple[str | None, bool]:
    """The ISO code of a currency form, and whether it is a bare dollar ("$", "dollars")."""
    folded = _fold(form)
    return lex.currency_of.get(folded), folded in lex.unqualified_dollars


_NO_CURRENCY: tuple[str | None, bool] = (None, False)


@dataclass(frozen=True)
class _Parse:
    """What follows one anchor: an amount, or a number of things that are not money."""
    start: int
    end: int
    value: Decimal | None           # None: not money (e.g. "7 milliards de paramètres")
    currency: tuple[str | None, bool]  # ISO code, and whether it is a bare dollar
    approximate: bool
    bare: bool                      # a magnitude word with no currency ("2,7 milliards")


def _parse_at(lex: _Lexicon, text: str, anchor: re.Match) -> _Parse | None:
    """Read the amount starting at ``anchor``; None when the anchor starts no amount."""
    start, pos = anchor.start(), anchor.end()
    approximate = False
    prefix_currency = None
    if anchor.group("approx"):
        number = Decimal(lex.approximate_number_of[_fold(anchor.group("approx_noun"))])
        approximate = True
        # "une dizaine de millions": a magnitude word must follow ("une dizaine de salariés" is no amount).
        word = lex.after_number.match(text, pos)
        if not word or not word.group("word"):
            return None
    elif anchor.group("sign"):
        prefix_currency = _currency(lex, anchor.group("sign"))
        match = lex.digits.match(text, pos)
        if not match:
            return None
        number = _digits_value(match.group())
        pos = match.end()
    elif anchor.group("digits"):
        number = _digits_value(anchor.group("digits"))
    else:
        number = _spelled_value(anchor.group("spelled"))
    if number is None:
        return None

    if prefix_currency:
        # "€220m", "$1.5bn", "CHF 10 millions", "$500 000"
        multiplier = Decimal(1)
        tail = lex.prefix_tail.match(text, pos)
        if tail:
            multiplier = _magnitude(lex, tail.group("letters") or tail.group("word"))[0]
            pos = tail.end()
        return _Parse(start, pos, number * multiplier, prefix_currency, approximate, False)

    following = lex.after_number.match(text, pos)
    if not following:
        return None
    letters = following.group("letters") or following.group("spaced_letters")
    if letters:
        multiplier = _magnitude(lex, letters)[0]
        currency = _currency(lex, following.group("letters_sign") or following.group("spaced_sign"))
        return _Parse(start, following.end(), number * multiplier, currency, approximate, False)
    if following.group("name") or following.group("sign"):
        if anchor.group("spelled") and re.fullmatch(r"livres?", following.group("name") or "", re.IGNORECASE):
            return None  # "un livre blanc", "deux livres": books, not pounds
        currency = _currency(lex, following.group("name") or following.group("sign"))
        return _Parse(start, following.end(), number, currency, approximate, False)

    word = following.group("word")
    multiplier, kind = _magnitude(lex, word)
    pos = following.end()
    money = lex.after_magnitude.match(text, pos)
    if money:
        form = money.group("name") or money.group("sign") or money.group("bare_name")
        return _Parse(start, money.end(), number * multiplier, _currency(lex, form), approximate, False)
    if kind != "word" or lex.of_noun.match(text, pos):
        # "7 milliards de paramètres", "3 millions d'utilisateurs", "500 mille" alone.
        return _Parse(start, pos, None, _NO_CURRENCY, approximate, False)
    return _Parse(start, pos, number * multiplier, _NO_CURRENCY, approximate, True)


def _article_dollar(lex: _Lexicon, currencies: list[tuple[str | None, bool]]) -> str | None:
    """What a bare "$" or "dollars" means from the currencies the text names: the one
    other dollar it names ("dollars canadiens", "$ CA") when it names no US dollar,
    USD when it names the US dollar, else None (nothing said)."""
    named = {code for code, unqualified in currencies if not unqualified and code in lex.dollar_codes}
    if len(named) == 1 and "USD" not in named:
        return named.pop()
    return "USD" if "USD" in named else None


@cache
def _region_words(file_name: str) -> tuple[re.Pattern, dict[str, str]]:
    """A table of words placing a text in a country (word <TAB> ISO code): one pattern
    for all of them, and the code of each folded word."""
    rows = table(file_name)
    code_of = {_fold(word): code for word, code in rows}
    # The words as written (accents kept): the folded keys would miss "Montréal".
    body = word_trie_pattern({w for w, _ in rows})
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), code_of


def _region_counts(text: str, file_name: str) -> dict[str, int]:
    """How many times ``text`` names each country of the table, by ISO code, in order of appearance."""
    pattern, code_of = _region_words(file_name)
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        code = code_of[_fold(m.group())]
        counts[code] = counts.get(code, 0) + 1
    return counts


def regional_dollar(text: str) -> str | None:
    """The dollar a bare "$" means in an article set in a dollar country: "CAD" when the
    text places itself in Canada at least twice ("la jeune pousse montréalaise ...",
    "Québec"), else None."""
    counts = _region_counts(text, "dollar_regions.tsv")
    placed = [code for code, n in counts.items() if n >= 2]
    return placed[0] if len(placed) == 1 else None


def article_currency(text: str, named: list[str | None]) -> str | None:
    """The currency an amount printed without one takes in this article: the one its
    amounts name most (the first named on a tie), else the one of the country the text
    places itself in most ("Suisse", "québécoise"), else None."""
    counts: dict[str, int] = {}
    for code in named:
        if code:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        counts = _region_counts(text, "currency_regions.tsv")
    if not counts:
        return None
    best = max(counts.values())
    return next(code for code in counts if counts[code] == best)


def find_amounts(text: str, dollar: str | None = None) -> list[Amount]:
    """Every money amount in ``text``, in order.

    Offsets index ``text``. An amount with a magnitude word but no currency
    ("2,7 milliards") is kept with ``currency=None``; whether it is money is the
    caller's decision. Spans include approximation cues ("près de 10 millions d'euros").
    A bare dollar ("$", "M$", "dollars") is USD unless the text names exactly one other
    dollar and no US dollar (Québec press: "10 millions de dollars canadiens ... 1,8 M$"),
    or, naming no dollar, places itself in a dollar country (``regional_dollar``).
    ``dollar`` overrides that reading for the whole document ("CAD", "USD").
    """
    lex = _lexicon()
    parses: list[_Parse] = []
    pos = 0
    while True:
        anchor = lex.anchor.search(text, pos)
        if not anchor:
            break
        parse = _parse_at(lex, text, anchor)
        if parse is None:
            pos = anchor.start() + 1 if anchor.group("sign") else anchor.end()
            continue
        parses.append(parse)
        pos = parse.end

    amounts: list[Amount] = []
    # Right to left, so that in "135 millions, 360 millions et 1,7 milliard de paramètres"
    # each bare amount takes the reading of the next one in the list.
    next_parse: _Parse | None = None
    resolved: list[tuple[_Parse, Decimal | None, tuple[str | None, bool]]] = []
    for parse in reversed(parses):
        value, currency = parse.value, parse.currency
        if parse.bare and next_parse is not None and lex.list_link.fullmatch(text, parse.end, next_parse.start):
            next_value, next_currency = resolved[-1][1], resolved[-1][2]
            if next_value is None:
                value = None
            else:
                currency = next_currency
        resolved.append((parse, value, currency))
        next_parse = parse
    bare_dollar = (dollar or _article_dollar(lex, [currency for _, value, currency in resolved if value])
                   or (regional_dollar(text) if any(c[1] for _, v, c in resolved if v) else None)
                   or "USD")
    for parse, value, (currency, unqualified) in reversed(resolved):
        if not value:
            continue
        if unqualified:
            currency = bare_dollar
        start, end, approximate = parse.start, parse.end, parse.approximate
        previous_end = amounts[-1].end if amounts else 0
        cue = lex.cue_before.search(text[max(previous_end, start - _CUE_WINDOW):start])
        if cue:
            start -= len(cue.group())
            approximate = True
        after = lex.cue_after.match(text, end)
        if after:
            end = after.end()
            approximate = True
        amounts.append(Amount(start, end, float(value), currency, approximate))
    return amounts


class MoneyRecognizer:
    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for amount in find_amounts(doc_text(doc)):
            span = doc.char_span(amount.start, amount.end, label="MONEY", alignment_mode="expand")
            if span is None:
                continue
            span._.money = {
                "start": amount.start, "end": amount.end, "value": amount.value,
                "currency": amount.currency, "approximate": amount.approximate,
            }
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("fr_money", assigns=["doc.spans"], default_config={"spans_key": "money"})
def make_money_recognizer(nlp: Language, name: str, spans_key: str) -> MoneyRecognizer:
    return MoneyRecognizer(spans_key)
