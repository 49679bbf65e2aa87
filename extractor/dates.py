"""Dates in French text, resolved against the article's date.

``find_dates`` (pure) finds candidate spans with the project's own rules and lets
dateparser convert them; ``fr_dates`` puts them on ``doc.spans["dates"]``.

Why candidate spans first: dateparser searching whole French texts reads
"sept" (seven), "mer" (sea) or "Mars" (a company) as dates and knows neither
seasons, quarters nor "l'an dernier". So regular expressions built from the
lexicons in ``extractor/data/date_*`` find the spans, and dateparser converts
the ones it understands (days, months, years, "il y a deux ans", weekdays),
with ``RELATIVE_BASE`` set to the article's date and past dates preferred.

Precision: a mention keeps only the precision its words give: "en 2022" ->
"2022", "en juin 2021" -> "2021-06", "le 10 décembre 2023" -> "2023-12-10";
a relative date is never more precise than the article's date it is computed
from ("hier" in an article dated "2023-12" -> "2023-12").

Choices for spans that name a period rather than a date:
- seasons ("au printemps 2021", "l'été dernier") -> the year only. Winter is
  dated to the year of its January-March part; "dernier" means the latest
  season already over at publication ("au printemps dernier" in 2023-12 ->
  "2023", in 2023-04 -> "2022").
- quarters and half-years ("au premier trimestre 2023", "T1 2023",
  "au second semestre") -> the year only.
- "début 2022", "fin 2022", "mi-2022" -> "2022"; "début mars 2022" -> "2022-03".
Relative mentions (and a day or month without a year) need the article's
date; without it they are not reported.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from extractor.extensions import doc_text
from extractor.lexicon import table, words


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str  # partial ISO date at the precision the text gives: "2021", "2021-06", "2021-06-10"


# ---------------------------------------------------------------------------
# Lexicons and patterns

_APOS = "['’]"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d,.]\d|\s?(?:%|€|\$|\d))"


def _alternation(entries) -> str:
    """Regex alternation of lexicon entries, longest first, apostrophes either way."""
    parts = []
    for entry in sorted(set(entries), key=len, reverse=True):
        escaped = re.escape(entry).replace("'", _APOS).replace("’", _APOS)
        parts.append(escaped.replace(r"\ ", r"\s+"))
    return "|".join(parts)


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {name: int(number) for name, number in table("date_months.tsv")}


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    return {name: int(number) for name, number in table("date_weekdays.tsv")}


@lru_cache(maxsize=1)
def _season_last_month() -> dict[str, int]:
    return {name: int(month) for name, month in table("date_seasons.tsv")}


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    return {word: int(number) for word, number in table("date_ordinals.tsv")}


_NUMBER = r"(?P<count>\d+|[a-zéèû]+(?:-[a-zéèû]+)*)"
_UNITS = {"an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month",
          "semaine": "week", "semaines": "week", "jour": "day", "jours": "day"}
# The unit words dateparser is given back, whatever the text's spelling.
_UNIT_WORDS = {"year": "ans", "month": "mois", "week": "semaines", "day": "jours"}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern, tuple[str, ...] | re.Pattern]]:
    """(kind, pattern, needle) triples, tried in order; earlier kinds win overlaps."""
    months = _alternation(_months())
    # Months are lower case in French; a capitalised "Mars" is a name unless a year follows.
    month_lower = rf"(?P<month>{months})"
    month_any = rf"(?P<month>(?i:{months}))"
    weekdays = _alternation(_weekdays())
    seasons = _alternation(_season_last_month())
    ordinals = _alternation(_ordinals())
    year_cues = _alternation(words("date_year_cues.txt"))
    month_cues = _alternation(words("date_month_cues.txt"))
    # What a text must hold for each pattern to have a chance (the pattern's third
    # field): lower-case words (any of them) or a regex. Testing it first spares most
    # texts most of the scans (a pattern opening on a look-behind is tried at every
    # position).
    month_words = tuple(name.lower() for name in _months())
    weekday_words = tuple(name.lower() for name in _weekdays())
    season_words = tuple(name.lower() for name in _season_last_month())
    b = r"(?<![\w-])"  # word start
    e = r"(?![\w-])"  # word end
    specs = [
        # "lundi 10 décembre 2023", "le 1er mars", "10 décembre"
        ("day", (rf"{b}(?:(?:{weekdays})\s+)?(?P<day>1er|1ᵉʳ|[12]\d|3[01]|0?[1-9])\s+{month_any}"
                rf"(?:\s+{_YEAR})?{e}"), month_words),
        # "07/07/2025", "7.7.2025", "2025-07-07": day first, as French writes it
        ("numeric", (r"(?<![\w/.-])(?:(?P<day>[12]\d|3[01]|0?[1-9])(?P<sep>[/.])(?P<mon>1[0-2]|0?[1-9])(?P=sep)"
                    r"(?P<year>(?:19|20)\d\d)|(?P<iyear>(?:19|20)\d\d)-(?P<imon>1[0-2]|0[1-9])-(?P<iday>[12]\d|3[01]|0[1-9]))"
                    r"(?![\w/.-]\w)"), re.compile(r"\d[/.-]\d")),
        # "début mars 2022", "juin 2021"
        ("month_year", rf"{b}(?:(?:début|fin|mi)[\s-]+)?{month_any}\s+{_YEAR}{e}", month_words),
        # "en janvier", "fin mars": the last such month up to the article's date
        ("month", rf"{b}(?i:{month_cues})[\s-]+{month_lower}{e}", month_words),
        # "au premier trimestre 2023", "le second semestre", "T1 2023", "S2 2022"
        ("period", (rf"{b}(?i:(?:{ordinals})\s+(?P<unit>trimestre|semestre))"
                   rf"(?:\s+(?:de\s+l{_APOS}année\s+|de\s+)?{_YEAR})?{e}"), ("trimestre", "semestre")),
        ("period", rf"{b}(?:[TQS][1-4])\s+{_YEAR}{e}", re.compile(r"[TQS][1-4]\s")),
        # "au printemps 2021", "l'été dernier", "cet automne"
        ("season", (rf"{b}(?i:(?:au|le|l{_APOS}|cet|ce|en|à\s+l{_APOS}|de\s+l{_APOS}|du)\s*)"
                   rf"(?P<season>{seasons})(?:\s+(?:(?P<rel>dernier|passé|prochain)|(?:de\s+)?{_YEAR}))?{e}"), season_words),
        # "en 2021", "fin 2022", "depuis 2019", "l'année 2020"
        ("year", rf"{b}(?i:{year_cues})[\s-]+{_YEAR}{e}", re.compile(r"(?:19|20)\d\d")),
        # "il y a deux ans", "il y a 7 mois"
        ("ago", (rf"{b}(?i:il\s+y\s+a)\s+(?:(?:près\s+de|environ|plus\s+de|moins\s+de)\s+)?{_NUMBER}\s+"
                rf"(?P<unit>{_alternation(_UNITS)}){e}"), re.compile(r"(?i)y\s+a(?!\w)")),
        # "l'an dernier", "l'année passée", "cette année", "l'an prochain"
        ("rel_year", (rf"{b}(?i:(?:l{_APOS}an|l{_APOS}année)\s+(?P<rel>dernier|dernière|passé|passée|prochain|prochaine)"
                     rf"|(?P<this>cette\s+année))(?!\s+\d){e}"), ("an",)),
        ("rel_month", rf"{b}(?i:le\s+mois\s+(?P<rel>dernier|passé|prochain)|(?P<this>ce\s+mois-ci)){e}", ("mois",)),
        ("rel_day", rf"{b}(?i:(?P<word>avant-hier|hier|aujourd{_APOS}hui))(?!\s+(?:encore|comme))", ("hier", "aujourd")),
        # "ce mercredi", "mardi dernier", "lundi"
        ("weekday", rf"{b}(?:(?P<this>ce)\s+)?(?P<weekday>{weekdays})(?:\s+(?P<rel>dernier|prochain))?{e}", weekday_words),
    ]
    return [(kind, re.compile(pattern), needle) for kind, pattern, needle in specs]


def _may_match(needle: tuple[str, ...] | re.Pattern, text: str, lowered: str) -> bool:
    if isinstance(needle, tuple):
        return any(word in lowered for word in needle)
    return needle.search(text) is not None


@lru_cache(maxsize=64)
def _parser(base: date | None) -> DateDataParser:
    """A French parser anchored at ``base``, built once per article date.

    dateparser fixes RELATIVE_BASE when the parser is built; building one costs
    under a millisecond once the French locale is loaded, and the cache keeps
    a feed of articles from the same days from rebuilding them.
    """
    settings = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["fr"], settings=settings)


# ---------------------------------------------------------------------------
# Pure helpers

def parse_published(published: str | None) -> tuple[date | None, int]:
    """The article's date as a base date and its precision (1 year, 2 month, 3 day).

    A partial date stands for the middle of its period: "2023-12" -> 2023-12-15.
    """
    if not published:
        return None, 0
    parts = [int(p) for p in published.split("-")[:3]]
    if len(parts) == 1:
        return date(parts[0], 7, 1), 1
    if len(parts) == 2:
        return date(parts[0], parts[1], 15), 2
    return date(parts[0], parts[1], parts[2]), 3


def iso_at(day: date, precision: int) -> str:
    """``day`` as ISO text cut to ``precision`` (1 year, 2 month, 3 day)."""
    return day.isoformat()[: {1: 4, 2: 7, 3: 10}[precision]]


_PERIOD_PRECISION = {"year": 1, "month": 2, "week": 3, "day": 3}


# dateparser costs about a millisecond a call; candidate texts are few and short
# ("3 mars", "il y a 2 ans") and articles of the same days share their base.
@lru_cache(maxsize=4096)
def _dateparse(text: str, base: date | None) -> tuple[date, int] | None:
    """dateparser on one candidate span: (date, precision) or None. The base is
    always given (dateparser's RELATIVE_BASE), so the answer depends on nothing else."""
    data = _parser(base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), _PERIOD_PRECISION.get(data.period, 3)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    try:
        return text2num(word.lower(), "fr")
    except ValueError:
        return None


def _season_year(season: str, rel: str | None, base: date) -> int:
    """Year of the season meant relative to ``base`` (see module docstring)."""
    last = _season_last_month()[season.lower()]
    if rel in ("dernier", "passé"):
        return base.year if base.month > last else base.year - 1
    if rel == "prochain":
        return base.year if base.month < last - 2 else base.year + 1
    # "cet hiver" in December is the winter that ends next year.
    return base.year + 1 if last < 6 and base.month >= 10 else base.year


def _resolve(kind: str, match: re.Match, base: date | None, base_precision: int) -> str | None:
    """ISO (partial) date for one candidate match, or None if it cannot be dated."""
    groups = match.groupdict()
    year = groups.get("year")
    if kind == "numeric":
        if groups.get("iyear"):
            return _valid(int(groups["iyear"]), int(groups["imon"]), int(groups["iday"]))
        return _valid(int(year), int(groups["mon"]), int(groups["day"]))
    if kind == "day":
        day_word, month = groups["day"], _months()[groups["month"].lower()]
        day = 1 if day_word in ("1er", "1ᵉʳ") else int(day_word)
        if year:
            return _valid(int(year), month, day)
        if base is None:
            return None
        parsed = _dateparse(f"{day} {groups['month'].lower()}", base)
        return iso_at(parsed[0], 3) if parsed else None
    if kind == "month_year":
        return f"{year}-{_months()[groups['month'].lower()]:02d}"
    if kind == "month":
        if base is None:
            return None
        parsed = _dateparse(groups["month"], base)
        return iso_at(parsed[0], 2) if parsed else None
    if kind in ("year", "period"):
        if year:
            return year
        return str(base.year) if base is not None else None
    if kind == "season":
        if year:
            return year
        if base is None:
            return None
        return str(_season_year(groups["season"], groups.get("rel"), base))
    if base is None:
        return None
    if kind == "ago":
        count = _count(groups["count"])
        if count is None or count <= 0:
            return None
        unit = _UNITS[groups["unit"].lower()]
        parsed = _dateparse(f"il y a {count} {_UNIT_WORDS[unit]}", base)
        if not parsed:
            return None
        return iso_at(parsed[0], min(parsed[1], base_precision))
    if kind == "rel_year":
        rel = (groups.get("rel") or "").lower()
        shift = -1 if rel.startswith(("dernier", "dernière", "pass")) else 1 if rel else 0
        return str(base.year + shift)
    if kind == "rel_month":
        rel = groups.get("rel")
        month_index = base.year * 12 + base.month - 1 + (-1 if rel in ("dernier", "passé") else 1 if rel else 0)
        return iso_at(date(month_index // 12, month_index % 12 + 1, 1), min(2, base_precision))
    if kind == "rel_day":
        word = groups["word"].lower()
        shift = 2 if word.startswith("avant") else 1 if word == "hier" else 0
        return iso_at(base - timedelta(days=shift), base_precision)
    if kind == "weekday":
        if base_precision < 3:
            return iso_at(base, base_precision)
        target = _weekdays()[groups["weekday"].lower()]
        back = (base.weekday() - target) % 7
        rel = groups.get("rel")
        if rel == "prochain":
            return iso_at(base + timedelta(days=(target - base.weekday()) % 7 or 7), 3)
        if rel == "dernier" and back == 0:
            back = 7
        return iso_at(base - timedelta(days=back), 3)
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, published: str | None, default_year: str | None = None) -> list[DateMention]:
    """Every date expression in ``text`` that can be dated, in text order.

    ``published`` (ISO, possibly partial, or None) anchors relative mentions.
    Without it, a day or month without a year takes the year told just before in
    its paragraph, else ``default_year`` (the year an undated article tells of).
    """
    base, base_precision = parse_published(published)
    taken: list[tuple[int, int]] = []
    mentions = []
    yearless: list[tuple[str, re.Match]] = []
    lowered = text.lower()
    for kind, pattern, needle in _patterns():
        if not _may_match(needle, text, lowered):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            iso = _resolve(kind, match, base, base_precision)
            if iso:
                mentions.append(DateMention(start, end, iso))
            elif base is None and kind in ("day", "month"):
                yearless.append((kind, match))
    mentions.sort(key=lambda m: m.start)
    if yearless:
        mentions = sorted(mentions + _dated_by_context(text, yearless, mentions, default_year),
                          key=lambda m: m.start)
    return mentions


_CONTEXT_YEAR_WINDOW = 300


def _dated_by_context(text: str, yearless: list[tuple[str, re.Match]],
                      mentions: list[DateMention], default_year: str | None = None) -> list[DateMention]:
    """Days and months without a year in an undated article, dated by the year the
    same paragraph gave just before: "En juin 2023, elle lève 105 millions, puis
    une seconde fois le 10 décembre" -> "2023-12-10". A month earlier in the year
    than the one told before is read as the next year (the story moves on)."""
    out = []
    for kind, match in yearless:
        start = match.start()
        before = [m for m in mentions if m.end <= start and start - m.end <= _CONTEXT_YEAR_WINDOW
                  and "\n" not in text[m.end:start] and not _non_round_cue_before(text, m.start)]
        if not before and default_year is None:
            continue
        anchor = before[-1].iso if before else default_year
        year = int(anchor[:4])
        month = _months()[match.group("month").lower()]
        if len(anchor) >= 7 and month < int(anchor[5:7]):
            year += 1
        if kind == "month":
            out.append(DateMention(start, match.end(), f"{year}-{month:02d}"))
            continue
        day_word = match.group("day")
        iso = _valid(year, month, 1 if day_word in ("1er", "1ᵉʳ") else int(day_word))
        if iso:
            out.append(DateMention(start, match.end(), iso))
    return out


# ---------------------------------------------------------------------------
# Round dates

# A sentence ends at . ! ? or … followed by a capital or an opening quote, or at a line break.
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s+[«\"“A-ZÀ-Ý])|\n")


def _non_round_cue_before(text: str, start: int) -> bool:
    """True when the words just before ``start`` date something else ("fondée en 2016")."""
    before = text[max(0, start - 30):start].lower().split()
    cues = set(words("date_non_round_cues.txt"))
    # The cue may open the mention itself: "depuis 2013", "d'ici 2030".
    first = text[start:start + 12].lower().split()[:1]
    return any(word.strip(",;:()") in cues for word in before[-2:] + first)


def _after(iso: str, published: str | None) -> bool:
    """True when ``iso`` lies after the article's date, compared at the shorter precision."""
    if not published:
        return False
    size = min(len(iso), len(published))
    return iso[:size] > published[:size]


def round_date_in(
    text: str,
    start: int,
    end: int,
    mentions: list[DateMention],
    money: list[tuple[int, int]],
    published: str | None = None,
    anchor: int | None = None,
) -> str | None:
    """The date the text gives for the round whose evidence is ``text[start:end]``.

    ``anchor`` is the offset of the round's amount (default: the first money
    span in the evidence). A date counts when it lies in the evidence, in the
    anchor's sentence, with no other amount between them (so in "385 M$ ...
    après les 105 M€ levés au printemps dernier" the season belongs to the
    second amount), is not a founding date and is not after the article's
    date. The nearest such date wins.
    """
    if anchor is None:
        inside = [s for s, e in money if start <= s and e <= end]
        anchor = inside[0] if inside else None
    anchor_end = next((e for s, e in money if s == anchor), anchor)
    if anchor is not None:
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, start, anchor)), default=start)
        next_end = _SENTENCE_END.search(text, anchor, end)
        sentence_end = next_end.start() if next_end else end
        start, end = max(start, sentence_start), min(end, sentence_end)
    best: tuple[int, str] | None = None
    for mention in mentions:
        if mention.start < start or mention.end > end:
            continue
        if _non_round_cue_before(text, mention.start) or _after(mention.iso, published):
            continue
        if anchor is None:
            distance = 0
        else:
            low, high = sorted((anchor, mention.start))
            if any(low < s < high for s, _ in money):
                continue
            distance = _gap(anchor_end, mention, anchor)
            # "40 millions en mars 2021, puis une autre, le 2 octobre, de 75
            # millions": a date nearer the next amount is that amount's.
            if any(s != anchor and start <= s < end and _gap(e, mention, s) < distance for s, e in money):
                continue
        if best is None or distance < best[0]:
            best = (distance, mention.iso)
    return best[1] if best else None


def _gap(amount_end: int, mention: DateMention, amount_start: int | None = None) -> int:
    """Characters between an amount (its end, or its start when given) and a date,
    whichever side the date is on."""
    if amount_start is None:
        amount_start = amount_end
    if mention.start >= amount_end:
        return mention.start - amount_end
    return max(0, amount_start - mention.end)


_HEADLINE_MAX = 160

# "Il y a sept mois à peine, " right before an absolute date.
_AGO_BEFORE = re.compile(
    r"(?i:il\s+y\s+a)\s+(?P<count>\d+|[a-zéèû]+(?:-[a-zéèû]+)*)\s+(?P<unit>ans?|années?|mois)"
    r"(?:\s+(?:à\s+peine|environ|seulement|tout\s+juste))?\s*,?\s*(?:en\s+|le\s+)?$",
    re.IGNORECASE,
)


# A press-release or wire dateline before a date at the start of a line: "Paris, le ",
# "GRENOBLE (AFP), ", "Genève, mardi ".
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*[A-ZÀ-Ý][\w'’.-]*(?:[ \t-]+(?:[A-ZÀ-Ý][\w'’.-]*|sur|en|de|du|la|le|les|d['’]\w+))*"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*,[ \t]*(?:le[ \t]+)?$"
)
_DATELINE_WINDOW = 600


# A page address with the date in its path: ".../2020/06/05/titre-de-l-article".
_URL_DATE = re.compile(r"https?://\S+?/(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])/")
# A line that holds a date and at most a source and a time: "- 07/07/2025 à 18:18",
# "(Le Quotidien – 8 juin 2020)", "Publié le 3 mars 2024".
_SOURCE_LINE = re.compile(r"\s*\(\s*[^()\n]{0,60}?\d[^()\n]*\)\s*")
_LINE_AROUND_DATE = re.compile(
    r"\s*(?:[-–—•|]\s*)?(?:(?:publié|mis\s+à\s+jour|modifié)\s+le\s+)?(?:à\s+)?"
    r"(?:\d{1,2}\s*[:h]\s*\d{2})?\s*(?:à\s+\d{1,2}\s*[:h]\s*\d{2})?\s*", re.IGNORECASE)


def _line_of(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end >= 0 else len(text)]


def _alone_on_line(text: str, mention: DateMention) -> bool:
    """Whether a date stands on its own line, as a byline's or a page's date does:
    "- 07/07/2025 à 18:18", "Publié le 3 mars 2024"."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = end if end >= 0 else len(text)
    before, after = text[start:mention.start], text[mention.end:end]
    return bool(_LINE_AROUND_DATE.fullmatch(before) and _LINE_AROUND_DATE.fullmatch(after))


# Words before a year that make it a target, not a time the article tells of.
_FUTURE_YEAR_CUE = re.compile(r"(?:d['’]ici|horizon|prochaine?s?|à\s+partir\s+de|jusqu['’]en|en\s+vue\s+de)\s*(?:l['’]an\s+|fin\s+|début\s+)?$",
                              re.IGNORECASE)


@lru_cache(maxsize=1)
def _earlier_cue() -> re.Pattern:
    body = _alternation(words("earlier_round_cues.txt"))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


# Words of a sentence that tells of a round: its date is that round's.
_ROUND_WORDS = re.compile(r"(?<![\w-])(?:lev[éeè]\w*|lève\w*|boucl\w*|récolt\w*|tours?\s+d|amorçage|séries?\s+[A-H]"
                          r"|financement)(?![\w-])", re.IGNORECASE)
_AMOUNT_WORDS = re.compile(r"\d[\d\s,.]*\s*(?:millions?|milliards?|M€|M\$|Md|k€|€|\$)|(?<!\w)(?:un|deux|trois|dix)\s+millions?",
                           re.IGNORECASE)
# A period the article reviews: "au premier trimestre 2022", "en cette fin d'année 2021".
_PERIOD_WORDS = re.compile(r"(?:trimestre|semestre|année|mois)\s+(?:de\s+|d['’])?(?:l['’]année\s+)?$", re.IGNORECASE)


def _dates_an_earlier_event(text: str, at: int) -> bool:
    """Whether the sentence holding ``at`` tells of something before the story ("En
    2021, elle avait levé 3 millions") or of a round ("après un amorçage en 2021"):
    its year is not the article's, unless it names a period under review."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_END.search(text, at)
    end = stop.start() if stop else len(text)
    if _earlier_cue().search(text, start, end) is not None:
        return True
    year_at = re.compile(r"(?:19|20)\d\d").search(text, at)
    if year_at is not None and _PERIOD_WORDS.search(text[max(start, year_at.start() - 40):year_at.start()]):
        return False
    # A round told with its amount ("un amorçage de 1 million en 2021") or placed
    # before the story ("après un premier tour en 2022").
    return _ROUND_WORDS.search(text, start, end) is not None and (
        _AMOUNT_WORDS.search(text, start, end) is not None
        or re.search(r"(?<!\w)(?:après|avant|suit|suivait|succède)(?!\w)", text[start:end], re.IGNORECASE) is not None)


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@lru_cache(maxsize=1)
def article_year(text: str) -> str | None:
    """The year an undated article tells of: the latest year it dates anything in,
    targets ("d'ici 2030") and founding dates left out. A round-up of "l'année
    2021" or of "premier trimestre 2022" reports rounds of that year."""
    # Only years the text writes: without an article date, a relative date ("janvier
    # dernier", "l'an passé") is read against today, a year the article does not tell of.
    years = [m.iso[:4] for m in _undated_mentions(text)
             if _WRITTEN_YEAR.search(text, m.start, m.end)
             and not _non_round_cue_before(text, m.start) and not _dates_an_earlier_event(text, m.start)
             # the cue may open the mention itself ("d'ici 2030")
             and not _FUTURE_YEAR_CUE.search(text[max(0, m.start - 25):max(m.start, m.end - 4)])]
    return max(years) if years else None


# One entry: a document asks again for each of its rounds, and holds no other text.
@lru_cache(maxsize=1)
def infer_published(text: str) -> str | None:
    """An estimate of the article's date for a text without a date header.

    Three clues, in order: a dateline near the top ("Paris, le 3 octobre 2024"),
    a relative date set beside an absolute one ("Il y a sept mois à peine, en
    février 2021" -> "2021-09"), then a date in the headline (the first non-blank
    line: "... qui ont marqué l'été 2021" -> "2021").
    """
    url = _URL_DATE.search(text, 0, _DATELINE_WINDOW * 2)
    if url:
        return _valid(int(url.group("y")), int(url.group("m")), int(url.group("d"))) or url.group("y")
    mentions = _undated_mentions(text)
    for mention in mentions:
        if mention.start > _DATELINE_WINDOW:
            break
        line_start = text.rfind("\n", 0, mention.start) + 1
        if len(mention.iso) >= 7 and (_DATELINE.search(text, max(0, line_start - 1), mention.start)
                                      or _alone_on_line(text, mention)):
            return mention.iso
    # A source line closing the excerpt: "(Le Quotidien – 8 juin 2020)".
    for mention in reversed(mentions):
        if len(mention.iso) >= 7 and _SOURCE_LINE.fullmatch(_line_of(text, mention.start)):
            return mention.iso
    for mention in mentions:
        ago = _AGO_BEFORE.search(text[max(0, mention.start - 60):mention.start])
        if not ago or len(mention.iso) < 7:
            continue
        count = _count(ago.group("count"))
        if not count:
            continue
        year, month = int(mention.iso[:4]), int(mention.iso[5:7])
        if ago.group("unit").lower() == "mois":
            index = year * 12 + month - 1 + count
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        return str(year + count)
    body_start = len(text) - len(text.lstrip())
    headline_end = text.find("\n", body_start)
    headline = text[body_start:headline_end].strip()
    # A headline is one short line without a closing full stop; a first
    # paragraph is not one.
    if 0 < len(headline) <= _HEADLINE_MAX and not headline.endswith("."):
        in_headline = [
            m for m in mentions
            if m.end <= headline_end and not _non_round_cue_before(text, m.start)
        ]
        if in_headline:
            return in_headline[-1].iso
    return None


def date_for_round(
    doc: Doc, start: int, end: int, current: bool, anchor: int | None = None
) -> str | None:
    """The date of a round whose evidence is ``doc.text[start:end]``.

    An explicit date the evidence gives for the round (see ``round_date_in``;
    ``anchor`` is the offset of the round's amount when the caller knows it),
    else, for a round reported as happening now, the article's date (or, for
    an article without a date header, ``infer_published``), else None.
    """
    text = doc_text(doc)
    published = doc._.published
    # An undated article: relative dates ("le 7 mai", "l'an dernier") read against the
    # date inferred from its dateline, byline or address, else the year it tells of.
    base = published or infer_published(text)
    year = None if base else article_year(text)
    if "dates" in doc.spans and base == published and (base or not year):
        mentions = [DateMention(s.start_char, s.end_char, s._.iso_date) for s in doc.spans["dates"]]
    else:
        mentions = _dates_against(text, base, year)
    base = base or year
    money = [(s.start_char, s.end_char) for s in doc.spans["money"]] if "money" in doc.spans else []
    iso = round_date_in(text, start, end, mentions, money, base, anchor)
    if iso:
        return iso
    if current:
        return base
    return None


# The date spans of a text read without an article date, shared by the readers of
# an undated article's date and year (one article at a time).
@lru_cache(maxsize=1)
def _undated_mentions(text: str) -> tuple[DateMention, ...]:
    return tuple(find_dates(text, None))


# One entry: a document asks again for each of its rounds.
@lru_cache(maxsize=1)
def _dates_against(text: str, base: str | None, year: str | None) -> list[DateMention]:
    return find_dates(text, base, year)


class DateRecognizer:
    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        text, published = doc_text(doc), doc._.published
        # An undated article's mentions are the ones its round dates read again
        # (infer_published, article_year): one reading, cached, serves all three.
        mentions = _undated_mentions(text) if published is None else find_dates(text, published)
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, label="DATE", alignment_mode="expand")
            if span is not None:
                span._.iso_date = mention.iso
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("fr_dates", assigns=["doc.spans"], default_config={"spans_key": "dates"})
def make_date_recognizer(nlp: Language, name: str, spans_key: str) -> DateRecognizer:
    return DateRecognizer(spans_key)
