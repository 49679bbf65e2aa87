"""Words, lexicons and model-shaped names: what every launch stage reads.

Pure functions of plain text (no spaCy model). In: an article's text. Out: its
sentences (``sentences``), the :class:`Word` list of a sentence (``tokenize``), the
model-shaped :class:`Name` starting at a word (``_name_at``), the nouns and appositions
around a name, and the launch lexicons (``_lex``), each read once.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from extractor.investor_names import _function_words
from extractor.lexicon import table, words

# ---------------------------------------------------------------------------
# Words and sentences

# A word keeps inner dots, hyphens and pluses ("3.1", "GPT-4o", "DeepSeek-R1");
# apostrophes split ("l'API" -> "l", "'", "API").
# U+2010 and U+2011 are the hyphens web pages write inside names ("GPT\u20115").
_WORD = re.compile(r"\w(?:[\w.+\-\u2010\u2011]*[\w+])?|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-Ý0-9])|\n+")


class Word:
    """A word of a sentence and its offsets. A plain class with slots rather than a
    dataclass: every word of every article is built, and lexicon look-ups read the
    lowercase form (``lower``; ``key`` with straight apostrophes) many times."""

    __slots__ = ("end", "key", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.lower = text.lower()
        self.key = self.lower.replace("’", "'")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Word:
            return NotImplemented
        return (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Word(text={self.text!r}, start={self.start!r}, end={self.end!r})"


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; headlines and paragraphs end at line breaks."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def tokenize(text: str, start: int, end: int) -> list[Word]:
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()  # nothing to decompose; casefold is lower on ASCII
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# Lexicons

@lru_cache(maxsize=1)
def _lex() -> dict:
    def phrases(name: str) -> dict[str, list[tuple[str, ...]]]:
        index: dict[str, list[tuple[str, ...]]] = {}
        for entry in words(name):
            phrase = tuple(_apos(w.lower()) for w in _WORD.findall(entry))
            index.setdefault(phrase[0], []).append(phrase)
        for group in index.values():
            group.sort(key=len, reverse=True)
        return index

    return {
        "verb_stems": tuple(_stems(lemma) for lemma in words("launch_verbs.txt")),
        "arrival_stems": tuple(_stems(lemma) for lemma in words("launch_arrival_verbs.txt")),
        "phrases": phrases("launch_phrases.txt"),
        "nouns": phrases("launch_nouns.txt"),
        "arrival_phrases": phrases("launch_arrival_phrases.txt"),
        "descriptions": phrases("launch_description_phrases.txt"),
        "available": {w.lower() for w in words("launch_available.txt")},
        "future": {w.lower() for w in words("launch_future_cues.txt")},
        "future_phrases": phrases("launch_future_phrases.txt"),
        "future_after": {w.lower() for w in words("launch_future_after.txt")},
        "hearsay": {w.lower() for w in words("launch_hearsay_cues.txt")},
        "model_nouns": phrases("model_nouns.txt"),
        "family_nouns": {w.lower() for w in words("model_family_nouns.txt")},
        "non_model_nouns": phrases("non_model_nouns.txt"),
        "variants": {w.lower() for w in words("model_name_variants.txt")},
        "stopwords": set(words("model_name_stopwords.txt")),
        "cues": [(_cue_pattern(cue), kind) for cue, kind in table("open_weights_cues.tsv")],
        "other_model_cues": {w.lower() for w in words("open_weights_other_model_cues.txt")},
        "non_heads": {_fold(w) for w in words("model_name_non_heads.txt")},
        "non_starts": set(words("model_name_non_starts.txt")),
        "variant_nouns": {w.lower() for w in words("model_variant_nouns.txt")},
        "naming": {w.lower() for w in words("model_naming_words.txt")},
        "contrast": {w.lower() for w in words("open_weights_contrast_cues.txt")},
        "ai_context": re.compile(
            r"(?<![\w-])(?:" + "|".join(_context_pattern(w) for w in words("ai_context_words.txt")) + r")(?![\w-])"
        ),
        "context": {w.lower() for w in words("model_context_words.txt")},
        "organization_nouns": phrases("organization_nouns.txt"),
        "owners": {w.lower() for w in words("organization_owner_nouns.txt")},
        "put_complements": phrases("launch_put_complements.txt"),
        "comparisons": {w.lower() for w in words("model_comparison_cues.txt")},
        "makers": {w.lower() for w in words("model_maker_participles.txt")},
        "retirements": {w.lower() for w in words("model_retirement_cues.txt")},
        "unfinished": {w.lower() for w in words("model_unfinished_cues.txt")},
        "released_parts": {w.lower() for w in words("model_released_parts.txt")},
        "member_nouns": {w.lower() for w in words("model_member_nouns.txt")},
        "rankings": {w.lower() for w in words("ranking_nouns.txt")},
        "member_intros": phrases("model_member_intros.txt"),
        "counts": {w.lower() for w in words("number_words.txt")} - {"un", "une", "mille"},
    }


@lru_cache(maxsize=1)
def _trailing_acronyms() -> frozenset[str]:
    return frozenset(words("name_trailing_acronyms.txt"))


def _context_pattern(entry: str) -> str:
    """Upper-case acronyms ("IA", "AI", "LLM") match as written, other words in any case."""
    escaped = re.escape(entry).replace(r"\ ", r"\s+")
    return escaped if entry.isupper() else "(?i:" + escaped + ")"


def _stems(lemma: str) -> tuple[str, ...]:
    """Stems of a regular -er verb, with the ç spelling of -cer verbs and the i
    spelling of -oyer / -uyer verbs ("déploie")."""
    stem = lemma[:-2].lower()
    if stem.endswith("c"):
        return (stem, stem[:-1] + "ç")
    if stem.endswith(("oy", "uy")):
        return (stem, stem[:-1] + "i")
    return (stem,)


# Endings of regular -er verbs, finite, participle and infinitive forms.
_ER_ENDINGS = frozenset(
    ["e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "er", "ais", "ait", "aient", "ions", "iez", "a", "as", "âmes", "èrent", "ant", "erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "erions", "eriez", "eraient"]
)
_FUTURE_ENDINGS = frozenset(["erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "erions", "eriez", "eraient"])
_PARTICIPLE_ENDINGS = frozenset(["é", "ée", "és", "ées"])


def _cue_pattern(cue: str) -> re.Pattern:
    parts = []
    for part in cue.split("…"):
        escaped = re.escape(part.strip()).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(escaped)
    gap = r"(?:\s+\S+){0,6}?\s+"
    return re.compile(r"(?<!\w)" + gap.join(parts) + r"(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues_by_first_word() -> list[tuple[str, re.Pattern, str]]:
    """(first word, pattern, kind) of each weight cue, in the order of open_weights_cues.tsv."""
    return [(cue.split("…")[0].strip().split()[0].lower().replace("’", "'"), pattern, kind)
            for (cue, _), (pattern, kind) in zip(table("open_weights_cues.tsv"), _lex()["cues"])]


# Auxiliaries before a participle: avoir makes it active, être passive.
_AVOIR = frozenset(["a", "ont", "avait", "avaient", "aura", "auront", "ayant", "avoir", "eu"])
_ETRE = frozenset(["est", "sont", "était", "étaient", "sera", "seront", "été", "être", "fut", "furent"])
_ADVERBS = frozenset(
    ["aussi", "déjà", "désormais", "officiellement", "enfin", "également", "ainsi", "récemment", "finalement", "discrètement", "notamment", "même", "encore", "d'ailleurs", "hier", "aujourd'hui"]
)
# Auxiliaries in the future or the conditional: the launch has not happened.
_FUTURE_AUXILIARIES = frozenset(
    ["sera", "seront", "serait", "seraient", "aura", "auront", "aurait", "auraient"]
)
_RENDRE = frozenset(["rend", "rendent", "rendu", "rendue", "rendus", "rendues", "rendait", "rendaient", "rendre"])
_NEGATIONS = frozenset(["pas", "plus", "jamais", "point", "guère"])
# Words that end an object noun phrase: the next name is not the launched thing.
_STOP_WORDS = frozenset(
    ["avec", "par", "contre", "sous", "selon", "comme", "que", "qu", "qui", "dont", "où", "face", "devant", "derrière", "vers", "via", "entre", "depuis", "malgré", "outre", "quand", "lorsque", "si", "car", "mais",
     # participles and nouns of comparison or use: "un rapport comparant X", "une offre intégrant X"
     "comparant", "comparé", "comparée", "intégrant", "utilisant", "exploitant", "rival", "rivale", "concurrent",
     "concurrente"]
)
_COORDINATORS = frozenset(["et", ",", "puis"])
_RECENT_PAST = frozenset(["vient", "viennent", "venait", "venaient", "d", "'"])
# Pronouns and negation that stand between a subject and its verb: "X s'est", "X n'a".
_CLITICS = frozenset(["s", "se", "n", "ne", "lui", "y"])
# A place opening a wire dispatch: "Montréal - ...", "Genève (ats) - ...".
_DATELINE_MARKS = frozenset(["-", "–", "—", "("])
_RELATIVES = frozenset(["qui", "dont", "que", "qu", "lequel", "laquelle"])
# Prepositions that open a circumstance ("présenté à Paris son modèle X"): names
# after them are skipped, and a model noun later reopens the object.
_SOFT_STOPS = frozenset(["à", "au", "aux", "devant", "lors", "pour", "chez", "dans", "sur"])
_DETERMINERS = frozenset(
    ["le", "la", "les", "l", "un", "une", "des", "du", "son", "sa", "ses", "notre", "nos", "votre", "leur", "leurs", "ce", "cet", "cette", "ces", "premier", "première", "nouveau", "nouvelle", "nouveaux", "nouvelles"]
)

_NEW = frozenset(["nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"])
_NEWEST = _NEW | {"dernier", "dernière", "derniers", "dernières"}
_DEMONSTRATIVES = frozenset(["ce", "cet", "cette", "ces"])
_NEW_DETERMINERS = (_DETERMINERS - _DEMONSTRATIVES) | {"tout", "toute"}
_NEWBORN = frozenset(["dernier-né", "dernière-née", "derniers-nés", "dernières-nées"])

_PARTS = re.compile(r"[\s\-\u2010\u2011]+")  # what separates the parts of a name
_SIZE = re.compile(r"^(?:\d+(?:[.,]\d+)?[BMKT]|\d+x\d+(?:[.,]\d+)?[BM])$", re.IGNORECASE)
# "2.5", "v3", "4o", and a version with a suffix of its own: "2.5-Max", "3.1-405B".
_VERSION = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-z]?(?:[-\u2010\u2011][^\W_][\w.]*)*)$", re.IGNORECASE)
# A name may start with a capital anywhere ("SmolLM", "iPhone") or a letter-digit mix ("o1").
# A lower-case word counts when it mixes letters and digits: "o1", "gpt-oss-120b".
_NAME_START = re.compile(
    r"^(?=.*[A-ZÀ-ÖØ-Þ])[\w][\w.+\-\u2010\u2011]*$|^[a-z]+\d[\w.+\-\u2010\u2011]*$"
    r"|^[a-z][a-z]*[-\u2010\u2011][\w.+\-\u2010\u2011]*\d[\w.+\-\u2010\u2011]*$"
)


# ---------------------------------------------------------------------------
# Names

@dataclass
class Name:
    first: int  # index of the first word
    last: int  # index of the last word (inclusive)
    text: str
    start: int
    end: int


_FOOTNOTE = re.compile(r"^[a-zà-ÿ]{3,}\d{1,2}$")


def _footnote_marker(words_: list[Word], i: int) -> bool:
    """"à ce jour1." : a common word after a determiner, a footnote number glued to it
    and punctuation after; not a lower-case model name ("le modèle vexo3 est ...")."""
    if not _FOOTNOTE.match(words_[i].text) or i == 0:
        return False
    after = words_[i + 1].text if i + 1 < len(words_) else "."
    return _apos(words_[i - 1].lower) in _DETERMINERS and after in (".", ",", ";", ":", "!", "?")


def _is_name_start(words_: list[Word], i: int) -> bool:
    word = words_[i]
    if not _NAME_START.match(word.text) or word.text.isdigit() or word.text in _lex()["non_starts"]:
        return False
    if word.lower in _date_words():
        return False  # "Lundi 3 mars, Borée a présenté ...": a date, not a model
    if len(word.text) == 1 and i + 1 < len(words_) and words_[i + 1].text in ("'", "’"):
        return False  # an elided "C'", "D'", "L'" opening a sentence
    if _footnote_marker(words_, i):
        return False
    if _apos(word.lower) in _function_words() and word.text not in ("Le", "La", "Les"):
        return False  # "Lorsque Vega 3 a paru", "Depuis Orion-5": a clause's first word
    if word.text in _lex()["stopwords"]:
        # A capitalised article opens a name only before another capital: "Le Chat".
        return (
            word.text in ("Le", "La", "Les")
            and i + 1 < len(words_)
            and words_[i + 1].start == word.end + 1
            and words_[i + 1].text[:1].isupper()
            and words_[i + 1].text not in _lex()["stopwords"]
        )
    return True


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """French weekday and month names, lower case: never part of a model's name."""
    return frozenset(row[0].lower() for name in ("date_weekdays.tsv", "date_months.tsv") for row in table(name))


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    """Present forms of the launch verbs ("dévoile", "lancent"): a headline in title case
    capitalises them ("Orvane Dévoile Nimbus 4"), and they are never part of a name."""
    return frozenset(stem + ending for stems in _lex()["verb_stems"] for stem in stems for ending in ("e", "ent"))


def _name_at(text: str, words_: list[Word], i: int) -> Name | None:
    """The model-shaped name starting at word ``i``, or None."""
    if not _is_name_start(words_, i) or words_[i].lower in _headline_verbs():
        return None
    last = i
    j = i + 1
    while j < len(words_):
        word, previous = words_[j], words_[last]
        gap = text[previous.end:word.start]
        if gap == "" and word.text in "-+" and j + 1 < len(words_) and words_[j + 1].start == word.end:
            last = j + 1  # "DeepSeek - R1" written without spaces
            j += 2
            continue
        if gap not in (" ", "\u00a0", "\u202f"):
            break
        if word.lower in _date_words() or word.lower in _headline_verbs():
            break  # "a lancé Vega 3 Mardi": a weekday or a month ends the name; so does a verb
        if (
            _SIZE.match(word.text)
            or _VERSION.match(word.text)
            or word.lower in _lex()["variants"]
            or (word.text[:1].isupper() and word.text not in _lex()["stopwords"])
        ):
            last = j
            j += 1
            continue
        break
    start, end = words_[i].start, words_[last].end
    return Name(i, last, text[start:end], start, end)


def _name_ending_at(text: str, words_: list[Word], k: int) -> Name | None:
    for first in range(max(0, k - 4), k + 1):
        name = _name_at(text, words_, first)
        if name is not None and name.last == k:
            return name
    return None


def _is_round_label(name: Name) -> bool:
    """"Série C", "Round B": funding words shaped like a model name."""
    return _fold(name.text.split()[0]) in _lex()["non_heads"]


def _has_size(name: Name) -> bool:
    return any(_SIZE.match(part) for part in re.split(_PARTS, name.text))


def _has_version(name: Name) -> bool:
    """A size or version number in the name ("Gemini 2.0 Flash", "Grok-1", "o1")."""
    return any(c.isdigit() for c in name.text)


def _match_phrase(words_: list[Word], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(words_):
        return False
    return all(words_[i + k].key == _apos(p) for k, p in enumerate(phrase))


def _apos(word: str) -> str:
    return word.replace("’", "'")


def _phrase_at(words_: list[Word], i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest phrase of ``phrases`` (indexed by first word, longest
    first) starting at word ``i`` (0 if none)."""
    if i >= len(words_):
        return 0
    for phrase in phrases.get(words_[i].key, ()):
        if _match_phrase(words_, i, phrase):
            return len(phrase)
    return 0


# ---------------------------------------------------------------------------
# Nouns and appositions around a name

def _model_noun_at(words_: list[Word], i: int) -> int:
    return _phrase_at(words_, i, _lex()["model_nouns"])


def _non_model_noun_at(words_: list[Word], i: int) -> int:
    return _phrase_at(words_, i, _lex()["non_model_nouns"])


def _apposition(words_: list[Word], name: Name) -> tuple[int, int]:
    """(first, last) word indexes of ", un modèle de ..." after ``name``; (0, -1) if none."""
    k = name.last + 1
    if k + 1 >= len(words_) or words_[k].text != ",":
        return 0, -1
    if _apos(words_[k + 1].lower) not in _DETERMINERS:
        return 0, -1
    end = k + 1
    while end + 1 < len(words_) and words_[end + 1].text not in (",", ";", ":", "(", ")"):
        if _match_phrase(words_, end + 1, ("ainsi", "que")):
            break
        end += 1
    return k + 1, end


def _family_apposition_end(words_: list[Word], first: int, last: int) -> int:
    """Last word of a family apposition that can still name members: "X, une famille
    de modèles qui rivalise avec A et B" names rivals after its relative pronoun or
    comparison word, not members ("dont A et B" still lists them)."""
    for k in range(first, last + 1):
        lower = _apos(words_[k].lower)
        if (lower in _RELATIVES and lower != "dont") or lower in _lex()["comparisons"]:
            return k - 1  # "dont A et B" lists members
    return last


def _apposition_head(words_: list[Word], first: int, last: int) -> str | None:
    """'model', 'family', 'other' or None for the head noun of an apposition."""
    for k in range(first, min(last + 1, first + 5)):
        if words_[k].lower in _lex()["family_nouns"] and _model_noun_at(words_, k):
            return "family"
        kind = _noun_kind_at(words_, k)
        if kind == "model" and words_[k].lower in _lex()["variant_nouns"] and _of_a_thing(words_, k + 1, last):
            return "other"  # "une version de son système d'exploitation": a version of a product
        if kind is not None:
            return kind
    return None


def _of_a_thing(words_: list[Word], k: int, last: int) -> bool:
    """"de son système d'exploitation", "de l'application" at ``k``: a complement whose
    noun is a non-model noun."""
    if k > last or _apos(words_[k].lower) not in ("de", "d", "du", "des"):
        return False
    k += 1
    while k <= last and _apos(words_[k].lower) in _DETERMINERS | {"'"}:
        k += 1
    return k <= last and _noun_kind_at(words_, k) == "other"


def _noun_kind_at(words_: list[Word], k: int) -> str | None:
    """'model' or 'other' for a model noun or a non-model noun at ``k``, the longer
    phrase winning ("robot conversationnel" is a model, "robot" is not)."""
    model, other = _model_noun_at(words_, k), _non_model_noun_at(words_, k)
    if not model and not other:
        return None
    return "model" if model >= other else "other"
