"""Pure text helpers for quotes: quotation-mark pairing, speech-verb forms,
person names, appositions ("X, cofondateur et PDG d'Alan") and speaker phrases.

Everything here works on plain strings and offsets, without the spaCy model.
"""

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from extractor.lexicon import table, words

SPACES = " \t\u00a0\u202f\u2009\u2007"
APOS = "’'"

# --------------------------------------------------------------------------
# Quotation marks


_QUOTE_MARK_OR_BREAK = re.compile("[\n«»“”\"]")


def pair_quote_marks(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the outermost quotation marks of ``text``.

    « » may span paragraphs, and French typography repeats « at the start of
    each new paragraph of a long quote: such a repeated mark is ignored.
    “ ” pair as a stack; straight " toggle and never cross a paragraph.
    Marks nested in another pair are dropped (their words belong to the outer quote).
    """
    pairs: list[tuple[int, int]] = []
    guillemets: list[int] = []
    curly: list[int] = []
    straight: list[int] = []
    for mark in _QUOTE_MARK_OR_BREAK.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "\n":
            straight = []
        elif ch == "«":
            if guillemets and _closes_glued(text, i):
                pairs.append((guillemets.pop(), i))  # « A« , dit X: a closing mark typed as an opening one
                continue
            if guillemets and _paragraph_start(text, i) and "\n" in text[guillemets[-1]:i]:
                continue  # a continued quote re-opened at a new paragraph
            guillemets.append(i)
        elif ch == "»":
            if guillemets:
                pairs.append((guillemets.pop(), i))
            elif _paragraph_start(text, i) and _opens_reversed(text, i):
                guillemets.append(i)  # "» Nous avons ..." opening a paragraph: an opener typed reversed
        elif ch == "“":
            if curly and _closes_glued(text, i):
                pairs.append((curly.pop(), i))  # “A“, dit X: a closing mark typed as an opening one
                continue
            curly.append(i)
        elif ch == "”":
            if curly:
                pairs.append((curly.pop(), i))
            elif _opens_straight(text, i) or (i == 0 or text[i - 1] == "\n") and text[i + 1:i + 2].isalnum():
                curly.append(i)  # ”A”: a closing mark typed to open a quote
        elif ch == '"':
            if straight and _opens_straight(text, i):
                straight.append(i)  # « "A, dit X à "Le Monde". B" »: a title nested in a quote
            elif straight:
                pairs.append((straight.pop(), i))
            else:
                straight.append(i)
    pairs.sort()
    outer: list[tuple[int, int]] = []
    for start, end in pairs:
        if outer and start < outer[-1][1]:
            continue
        outer.append((start, end))
    return outer


def retype_glued_closers(text: str, pairs: list[tuple[int, int]]) -> str:
    """``text`` with each « that closes a pair (see ``_closes_glued``) retyped as », so that
    the attribution rules, which look for », read "« A« , dit X" like "« A », dit X".
    One character for one: every offset stays that of the input."""
    closers = [c for _, c in pairs if text[c] in "«“"]
    openers = [o for o, _ in pairs if text[o] == "»"]
    if not closers and not openers:
        return text
    chars = list(text)
    for c in closers:
        chars[c] = "»" if text[c] == "«" else "”"
    for o in openers:
        chars[o] = "«"
    return "".join(chars)


def _opens_reversed(text: str, i: int) -> bool:
    """A » followed by a space and a capitalised word: shaped like an opening mark."""
    return re.match(r"[ \u00a0\u202f]?[A-ZÀ-ÖØ-Þ]", text[i + 1:i + 3]) is not None


def _opens_straight(text: str, i: int) -> bool:
    """A straight mark shaped like an opening one: after a space or bracket, before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in SPACES or before in "([") and after.isalnum()


def _closes_glued(text: str, i: int) -> bool:
    """A « glued to the word or stop before it and followed by a space, a comma or the end:
    shaped like a closing mark (an opening one is followed by its first word)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before not in SPACES and before != "\n" and (after in SPACES or after in ",.;:!?)…\n")


def _paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in SPACES:
        j -= 1
    return j < 0 or text[j] == "\n"


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without surrounding whitespace (typographic spaces included)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_end(text: str, pos: int) -> int:
    """Offset of the first sentence-final mark (or line break) at or after ``pos``."""
    match = re.compile(r"[.!?…](?=[\s»”\"]|$)|\n").search(text, pos)
    return match.start() if match else len(text)


# The gender a determiner gives its noun phrase ("la société" f, "le groupe" m); "l'" gives none.
DETERMINER_GENDERS = {"la": "f", "une": "f", "cette": "f", "sa": "f",
                      "le": "m", "un": "m", "ce": "m", "cet": "m", "son": "m"}
_ABBREVIATIONS = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste"})
_COMPANY_ABBREVIATIONS = frozenset({"inc", "ltd", "corp", "cie"})


def sentence_start(text: str, pos: int) -> int:
    """Offset where the sentence holding ``pos`` starts (after . ! ? or a line break)."""
    i = pos - 1
    while i >= 0:
        ch = text[i]
        if ch == "\n":
            break
        if ch in ".!?" and i + 1 < len(text) and text[i + 1].isspace():
            # "M. Dupont", "Mme" and initials are not sentence ends.
            k = i - 1
            while k >= 0 and text[k].isalpha():
                k -= 1
            word = text[k + 1:i]
            # "Kelba inc. depuis 2010": a company's abbreviation before a lower-case word.
            inside = word.lower() in _COMPANY_ABBREVIATIONS and re.match(r"\s+[a-zà-ÿ]", text[i + 1:i + 4])
            if not (len(word) == 1 and word.isupper()) and word not in _ABBREVIATIONS and not inside:
                break
        i -= 1
    j = i + 1
    while j < pos and text[j].isspace():
        j += 1
    return j


def clause_text_end(text: str, start: int) -> int:
    """End of a reported clause: the sentence end, without closing punctuation."""
    end = sentence_end(text, start)
    return strip_span(text, start, end)[1]


# --------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class SpeechVerbs:
    """Surface forms of the speech verbs, each mapped to its lemma."""

    present: dict[str, str]
    plural: dict[str, str]
    participle: dict[str, str]
    pronominal: frozenset[str]

    def lemma(self, form: str) -> str | None:
        form = form.lower()
        return self.present.get(form) or self.plural.get(form) or self.participle.get(form)


@lru_cache(maxsize=None)
def speech_verbs() -> SpeechVerbs:
    present: dict[str, str] = {}
    plural: dict[str, str] = {}
    participle: dict[str, str] = {}
    pronominal = set()
    adjectives = frozenset(words("speech_verb_adjectives.txt"))
    for row in table("speech_verbs.tsv"):
        lemma, third, past = row[0], row[1], row[2]
        many = row[3] if len(row) > 3 and row[3] else (third + "nt" if third.endswith("e") else "")
        present[third] = lemma
        participle[past] = lemma
        if many:
            plural[many] = lemma
        # The press tells speech in the imperfect too ("confiait", "mettait en garde",
        # "commentaient") and with a present participle ("précisant que").
        stem = _imperfect_stem(lemma, many)
        if stem:
            rest = third.split(" ", 1)[1] if " " in third else ""
            for ending, forms in (("ait", present), ("ant", present), ("aient", plural)):
                form = _soften(stem, ending) + ending
                if form not in adjectives:
                    forms.setdefault(f"{form} {rest}" if rest else form, lemma)
        # A narrative future tells speech too: "expliquera d'ailleurs X", "ajouteront-ils".
        future = _future_stem(lemma)
        if future:
            rest = third.split(" ", 1)[1] if " " in third else ""
            for ending, forms in (("a", present), ("ont", plural)):
                forms.setdefault(f"{future}{ending} {rest}" if rest else future + ending, lemma)
        if re.match(r"se |s'|s’", lemma):
            pronominal.add(lemma)
    return SpeechVerbs(present, plural, participle, frozenset(pronominal))


# Verbs whose future stem is not their infinitive's.
_IRREGULAR_FUTURE = {"faire": "fer", "venir": "viendr", "tenir": "tiendr", "voir": "verr", "vouloir": "voudr",
                     "pouvoir": "pourr", "devoir": "devr", "savoir": "saur", "envoyer": "enverr"}


def _future_stem(lemma: str) -> str | None:
    """The stem of the simple future: the infinitive ("confier" -> "confier"), less its
    final e ("dire" -> "dir"); "-eler" doubles its l ("rappeler" -> "rappeller")."""
    verb = re.sub(r"^(?:se |s['’])", "", lemma).split(" ")[0]
    if not re.search(r"(?:er|ir|re)$", verb):
        return None  # "veut croire": a conjugated form, not an infinitive
    for ending, stem in _IRREGULAR_FUTURE.items():
        if verb.endswith(ending) and (verb == ending or ending in ("venir", "tenir")):
            return verb[:-len(ending)] + stem
    if verb.endswith("eler") and verb not in ("geler", "peler", "modeler", "harceler"):
        return verb[:-3] + "ller"
    return verb[:-1] if verb.endswith("re") else verb


# Verbs whose imperfect stem does not follow from their other forms.
_IRREGULAR_IMPERFECT = {"faire": "fais", "vouloir": "voul", "veut": "voul"}


def _imperfect_stem(lemma: str, plural: str) -> str | None:
    """The stem of the imperfect: that of "nous" in the present. For -er verbs it is
    the infinitive less -er ("confier" -> "confi"); otherwise the 3rd person plural
    less -ent ("disent" -> "dis", "préviennent" -> "préven", "prévoient" -> "prévoy")."""
    verb = re.sub(r"^(?:se |s['’])", "", lemma).split(" ")[0]
    if verb in _IRREGULAR_IMPERFECT:
        return _IRREGULAR_IMPERFECT[verb]
    if verb.endswith("er"):
        return verb[:-2]
    first = plural.split(" ")[0]
    if not first.endswith("ent"):
        return None
    stem = first[:-3]
    for before, after in (("ienn", "en"), ("renn", "ren"), ("oi", "oy")):
        if stem.endswith(before):
            return stem[:-len(before)] + after
    return stem


def _soften(stem: str, ending: str) -> str:
    """Spelling before an ending in a: "annonc" -> "annonç", "jug" -> "juge"."""
    if ending.startswith("a") and stem.endswith("c"):
        return stem[:-1] + "ç"
    if ending.startswith("a") and stem.endswith("g"):
        return stem + "e"
    return stem


@lru_cache(maxsize=None)
def reported_speech_lemmas() -> frozenset[str]:
    return frozenset(words("reported_speech_verbs.txt"))


@lru_cache(maxsize=None)
def person_nouns() -> dict[str, str]:
    """Role noun -> gender ("m", "f" or "-")."""
    return {norm(row[0]): (row[1] if len(row) > 1 else "-") for row in table("person_nouns.tsv")}


@lru_cache(maxsize=None)
def leader_nouns() -> frozenset[str]:
    return frozenset(norm(w) for w in words("leader_nouns.txt"))


@lru_cache(maxsize=None)
def organization_nouns() -> tuple[str, ...]:
    return tuple(sorted(words("organization_nouns.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def institution_nouns() -> tuple[tuple[str, bool], ...]:
    """(noun, whether it belongs to the name), longest first."""
    rows = [(row[0], len(row) > 1 and row[1] == "yes") for row in table("institution_nouns.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=None)
def channel_cues() -> tuple[str, ...]:
    return tuple(sorted((w.lower().replace("'", "’") for w in words("speech_channels.txt")), key=len, reverse=True))


@lru_cache(maxsize=None)
def rumour_cues() -> tuple[str, ...]:
    return tuple(w.lower().replace("'", "’") for w in words("rumour_cues.txt"))


@lru_cache(maxsize=None)
def statement_nouns() -> tuple[str, ...]:
    return tuple(sorted(words("communique_nouns.txt"), key=len, reverse=True))


_SPACE_RUN = re.compile(r"[\s\u00a0\u202f]+")


def norm(s: str) -> str:
    """Lowercase with one apostrophe and plain spaces, for lexicon look-ups."""
    return _SPACE_RUN.sub(" ", s.lower().replace("'", "’"))


# --------------------------------------------------------------------------
# Names and appositions

_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_CAP_WORD = rf"(?:[{_UPPER}]\.|[{_UPPER}][\w’'\-]*[\w])|[{_UPPER}]"
_PARTICLE = r"(?:de la|de|du|des|d’|d'|van der|van|von|der|ben|bin|el|al|da|di|dos|le)"
NAME_RE = re.compile(rf"(?:{_CAP_WORD})(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]?)?(?:{_CAP_WORD}))*")
DETERMINERS = ("le ", "la ", "l’", "l'", "les ", "son ", "sa ", "ses ", "leur ", "notre ", "cet ", "cette ", "ce ")
INDEFINITE = re.compile(r"(?<![\w’'])(?:un|une|d’un|d’une|d'un|d'une)\b")
_ORG_SPLIT = re.compile(
    # "au CHU de Nantes", "à la Banque de France" name institutions; a bare "à Lyon" is a place.
    r"\s(?:au sein d[e’']\s?|chez\s|de la\s|de l[’']|du\s|des\s|de\s|d[’']|au\s|aux\s|à la\s|à l[’'])(?=\S)",
)


@lru_cache(maxsize=None)
def _honorific_re() -> re.Pattern:
    forms = sorted(words("honorifics.txt"), key=len, reverse=True)
    alternation = "|".join(re.escape(f) + ("" if f.endswith(".") else r"\b") for f in forms)
    dotted = "|".join(re.escape(f) for f in forms if f.endswith("."))
    # "M.Roy": a dotted honorific is sometimes glued to the name (not "M.I.T.", initials).
    return re.compile(rf"(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll][’'])[ \u00a0]?)?(?:(?:{alternation})[ \u00a0]+|(?:{dotted})(?=[{_UPPER}][a-zà-ÿ]))(?=[{_UPPER}])")


def skip_honorific(text: str, pos: int) -> int:
    """Past an honorific before a name: "la Dr Léa Morel" -> "Léa Morel"."""
    m = _honorific_re().match(text, pos)
    if m and text[m.end():m.end() + 2].strip() and NAME_RE.match(text, m.end()):
        return m.end()
    return pos


def read_name(text: str, pos: int) -> tuple[int, int] | None:
    """A capitalised proper name starting at ``pos`` ("Thibaud Hug de Larauze")."""
    match = NAME_RE.match(text, pos)
    if not match:
        return None
    end = match.end()
    # A particle must be followed by a capitalised word: "Arthur Mensch de" is trimmed.
    return pos, end


def starts_with_person_noun(segment: str) -> str | None:
    """The role noun an apposition starts with ("cofondateur et PDG" -> "cofondateur")."""
    s = norm(segment).lstrip()
    for prefix in ("l’un des ", "l’une des ", "un des ", "une des ", "l’autre ", "l’ancien ", "l’ancienne ",
                   "ancien ", "ancienne ", "actuel ", "actuelle ", "nouveau ", "nouvelle ", "jeune ", "ex-", "co-"):
        if s.startswith(prefix):
            s = s[len(prefix):]
            break
    for det in DETERMINERS:
        if s.startswith(det):
            s = s[len(det):]
            break
    nouns = person_nouns()
    for prefix in ("ancien ", "ancienne ", "nouveau ", "nouvelle ", "actuel ", "actuelle ", "autre ", "ex-",
                   "premier ", "première ", "second ", "seconde ", "haut ", "haute ", "grand ", "grande "):
        if s.startswith(prefix) and " ".join(s.split(" ")[:2]) not in nouns:  # "premier ministre" is a role
            s = s[len(prefix):]
    head = re.match(r"[\w\-]+(?: [\w\-’]+)?", s)
    if not head:
        return None
    two = head.group(0)
    one = two.split(" ")[0]
    for cand in (two, one, one.rstrip("s"), one[:-1] if one.endswith("x") else one):
        if cand in nouns:
            return cand
    # Unlisted trades are recognised by their endings ("viticulteur", "boulangère").
    if re.fullmatch(_ROLE_ENDINGS, one) and one not in _NOT_ROLES and one not in organization_agent_nouns():
        return one
    return None


_ROLE_ENDINGS = r"[a-zéèêàâîôûç\-]{3,}(?:teur|trice|eur|euse|iste|ien|ienne|ier|ière|logue|aire|ante)"
# Words with a role ending that start ordinary clauses after a comma.
_NOT_ROLES = frozenset({"plusieurs", "leur", "leurs", "ailleurs", "selon", "notamment", "entier", "dernier",
                        "dernière", "premier", "première", "meilleur", "meilleure", "contraire", "nécessaire",
                        "ordinaire", "seulement", "mieux", "intérieur", "extérieur", "supérieur", "inférieur",
                        "antérieur", "postérieur", "hier", "particulier", "financier", "financière"})


@lru_cache(maxsize=1)
def organization_agent_nouns() -> frozenset[str]:
    """Nouns with a trade's ending that name organisations ("l'accélérateur X")."""
    return frozenset(norm(w) for w in words("organization_agent_nouns.txt"))


def gender_of(title: str | None) -> str:
    """"m", "f" or "-" from the role nouns of a title."""
    if not title:
        return "-"
    nouns = person_nouns()
    for word in re.findall(r"[\w\-]+", norm(title)):
        g = nouns.get(word, "-")
        if g != "-":
            return g
    return "-"


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Given name (lowercase) -> "m" or "f", from the "# Men" and "# Women" sections of
    first_names.txt (names of the other sections are left out)."""
    raw = resources.files("extractor").joinpath("data", "first_names.txt").read_text(encoding="utf-8")
    genders: dict[str, str] = {}
    section = None
    for line in raw.splitlines():
        line = line.strip()
        if line.startswith("#"):
            header = line.lstrip("# ").lower()
            # Comment lines inside a section keep it; another section header ends it.
            section = {"men": "m", "women": "f"}.get(header, None if header.startswith("international") else section)
            continue
        if line and section:
            genders.setdefault(line.lower(), section)
    return genders


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(w.lower() for w in words("first_names.txt"))


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a given name of first_names.txt (any section)."""
    return word.lower() in _first_names()


def gender_of_name(name: str) -> str:
    """"m", "f" or "-" from a person's given name ("Claire Roy" -> "f")."""
    first = name.split()[0].split("-")[0].lower() if name.split() else ""
    return first_name_genders().get(first, "-")


@dataclass
class Title:
    title: str | None
    organization: str | None
    generic_org: bool = False  # "PDG de l'entreprise": the article's company


def split_title(segment: str) -> Title:
    """Split an apposition into a title and the organisation it names.

    "cofondateur et PDG d'Alan" -> ("cofondateur et PDG", "Alan");
    "PDG de l'entreprise" -> ("PDG", None, generic); a lowercase complement stays
    in the title ("professeur de physique à l'université").
    """
    seg = segment.strip(" ,.;:" + "\u00a0\u202f")
    low = norm(seg)
    for det in ("l’autre ", "le ", "la ", "l’", "les ", "son ", "sa ", "ses ", "leur "):
        if low.startswith(det) and not low.startswith("l’un") and not low.startswith("l’une"):
            seg = seg[len(det):]
            break
    for match in _ORG_SPLIT.finditer(seg):
        rest = seg[match.end():]
        title = seg[:match.start()].strip()
        if not title:
            continue
        if re.match(rf"[{_UPPER}0-9]", rest) or re.match(rf"[a-z][{_UPPER}]", rest):
            return Title(title, _trim_org(rest))
        rest_low = norm(rest)
        for det in ("l’", "la ", "le ", "cette ", "cet ", "ce ", "sa ", "son ", ""):
            if rest_low.startswith(det):
                tail = rest_low[len(det):]
                for noun in organization_nouns():
                    # "de la start-up Qubitek": the name after the noun is the organisation.
                    named = rest[len(det) + len(noun) + 1:]
                    if tail.startswith(noun + " ") and re.match(rf"[{_UPPER}]", named):
                        return Title(title, _trim_org(named))
                for noun, in_name in institution_nouns():
                    # "du fonds Agrinord", "à l'université Laval".
                    named = rest[len(det) + len(noun) + 1:]
                    if tail.startswith(noun + " ") and re.match(rf"[{_UPPER}]", named):
                        org = _trim_org(named)
                        return Title(title, f"{rest[len(det):len(det) + len(noun)]} {org}" if in_name else org)
                if any(tail == noun or tail.startswith(noun + " ") for noun in organization_nouns()):
                    if tail.count(" ") <= 2:
                        return Title(title, None, generic_org=True)
    return Title(seg or None, None, generic_org=False)


def _trim_org(org: str) -> str:
    """The organisation's name: stop at a lowercase word after it ("Alan depuis 2016")."""
    org = org.strip(" ,.;:")
    tokens = re.split(r"(\s+)", org)
    kept: list[str] = []
    for tok in tokens:
        if tok.isspace():
            kept.append(tok)
            continue
        if kept and not re.match(rf"[{_UPPER}0-9&]", tok) and tok not in ("et", "de", "du", "des", "&") \
                and not re.match(rf"[a-z][{_UPPER}]", tok):
            break
        kept.append(tok)
    out = "".join(kept).strip()
    return re.sub(r"\s+(?:et|de|du|des)$", "", out)



def cut_at_channel(segment: str) -> str:
    """``segment`` up to the first medium or channel ("aux Echos", "dans un communiqué")."""
    low = norm(segment)
    cut = len(segment)
    for cue in channel_cues():
        idx = low.find(" " + cue)
        if 0 <= idx < cut:
            cut = idx
    return segment[:cut].rstrip()


def title_segment(text: str, pos: int) -> tuple[str, int] | None:
    """An apposition ", cofondateur et PDG de X" starting at ``pos`` (on the comma).

    Returns the segment text (without the comma) and its end offset; the segment
    stops at the next comma, sentence end or quotation mark, and before a channel
    cue ("lors d'une conférence", "dans un entretien").
    """
    m = _COMMA.match(text, pos)
    if not m:
        return None
    start = m.end()
    stop = re.compile(r"[,;:()«»“”\"\n]|[.!?](?=\s|$)").search(text, start)
    end = stop.start() if stop else len(text)
    segment = text[start:end]
    age = re.fullmatch(r"\s*\d{1,3} ans\s*", segment)
    if age and stop and text[stop.start()] == ",":
        return title_segment(text, stop.start())  # "X, 45 ans, viticulteur à Pomerol"
    if not starts_with_person_noun(segment):
        return None
    segment = cut_at_channel(segment)
    clause = _CLAUSE_IN_TITLE.search(segment)
    if clause is not None:
        segment = segment[:clause.start()].rstrip()
    return segment, start + len(segment)


# A clause that goes on after a role: "directeur de l'incubateur, tout en ajoutant que",
# "directrice de Kivo qui a fondé". The role stops before it.
_CLAUSE_IN_TITLE = re.compile(r"\s(?:tout\s+en|en\s+[a-zàâçéèêëîïôûù]+ant|qui|que|qu['’]|lorsque|alors\s+que"
                              r"|avant\s+d[e'’]|après\s+avoir)(?![\w-])", re.IGNORECASE)


# --------------------------------------------------------------------------
# Speaker phrases


@dataclass
class SpeakerPhrase:
    """What a speaker phrase says, before pronouns are resolved."""

    kind: str  # "name", "pronoun", "description", "organization", "statement"
    start: int
    end: int
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    generic_org: bool = False
    gender: str = "-"
    noun: str | None = None
    extra: dict = field(default_factory=dict)


# Compiled patterns matched at an offset of the whole text (a slice of the
# rest of the text would copy it on every call).
_COMMA = re.compile(r"\s*,\s*")
_LEADING_SPACE = re.compile(r"[\s\u00a0\u202f]*")
_OF = re.compile(r"\s+(?:de la |de l[’']|du |des |de |d[’'])")

_PRONOUNS = {"il": "m", "elle": "f", "lui": "m", "ils": "m", "elles": "f", "eux": "m"}


_OWN_WORDS = re.compile(r"(?:ses|leurs?|son)[ ](?:propres[ ])?(?:mots|termes|dires|paroles|expression)(?![\w-])")
_DEMONSTRATIVE = re.compile(r"(ce dernier|cette dernière|celui-ci|celle-ci|celui-là|celle-là)(?![\w-])")


_STATEMENT_DETERMINERS = ("un ", "le ", "son ", "leur ", "dans un ", "via un ")


@lru_cache(maxsize=1)
def _statement_openings() -> tuple[str, ...]:
    """Every determiner and statement noun pair, for one quick look before the loop."""
    return tuple(det + noun for det in _STATEMENT_DETERMINERS for noun in statement_nouns())


# (A company's abbreviation does not end it: "celle qui dirige Kelba inc. depuis 2010".)
_RELATIVE_DESCRIPTION = re.compile(r"([Cc]el(?:ui|le)\s+qui\s+"
                                   r"(?:(?<![\w.])(?:[Ii]nc|[Ll]td|[Cc]orp|[Cc]ie)\.(?=\s+[a-zà-ÿ])"
                                   r"|[^,.;:!?«»“”\"\n]){3,100}?)(?=[,.;:!?\n]|$)(,\s*)?")


def read_speaker(text: str, pos: int, allow_pronoun: bool = False) -> SpeakerPhrase | None:
    """Parse a speaker phrase at ``pos``: a name with its apposition, "la dirigeante",
    "un communiqué de X", "la société", or (when allowed) "lui"/"elle"."""
    pos = _LEADING_SPACE.match(text, pos).end()
    rest = text[pos:pos + 200]
    low = norm(rest)
    if allow_pronoun:
        pm = re.match(r"(lui|elle|eux|elles|il|ils)\b", low)
        if pm:
            return SpeakerPhrase("pronoun", pos, pos + pm.end(), gender=_PRONOUNS[pm.group(1)])
        # "selon ses propres mots", "selon ses termes": the person the sentence is about.
        pm = _OWN_WORDS.match(low)
        if pm:
            return SpeakerPhrase("pronoun", pos, pos + pm.end(), gender="-")
        # "selon ce dernier", "d'après celle-ci": the person just named.
        pm = _DEMONSTRATIVE.match(low)
        if pm:
            gender = "f" if pm.group(1) in ("cette dernière", "celle-ci", "celle-là") else "m"
            return SpeakerPhrase("pronoun", pos, pos + pm.end(), gender=gender, extra={"latest": True})
    # "celui qui dirige Kivo depuis 2019", "celle qui a fondé Kivo": a relative clause
    # describing the person spoken of; a name in apposition after it is that person.
    rm = _RELATIVE_DESCRIPTION.match(text, pos)
    if rm:
        named = read_speaker(text, rm.end()) if rm.group(2) else None
        if named is not None and named.kind == "name":
            return replace(named, start=pos)
        gender = "f" if rm.group().lower().startswith("celle") else "m"
        return SpeakerPhrase("pronoun", pos, rm.end(1), gender=gender)
    honored = skip_honorific(text, pos)
    if honored > pos:
        phrase = read_speaker(text, honored)
        if phrase is not None and phrase.kind == "name":
            # "M. Roy", "Mme Lefèvre": an honorific shows a person, even by surname alone.
            phrase.extra["honored"] = True
        return phrase
    # Written statements: "un communiqué (de l'entreprise | de X)".
    for det in _STATEMENT_DETERMINERS if low.startswith(_statement_openings()) else ():
        for noun in statement_nouns():
            if low.startswith(det + noun) and not low[len(det + noun):len(det + noun) + 1].isalpha():
                end = pos + len(det + noun)
                org, generic, end = _of_organization(text, end)
                title = "porte-parole" if noun == "porte-parole" else "communiqué"
                phrase = SpeakerPhrase("statement", pos, end, title=title, organization=org,
                                       generic_org=generic or org is None)
                if noun == "porte-parole":
                    phrase.title = "porte-parole"
                    # "le porte-parole de Kivo, Paul Roy": the person is named after the comma.
                    comma = _COMMA.match(text, end)
                    span = read_name(text, comma.end()) if comma else None
                    if span and _looks_like_person(text[span[0]:span[1]]) \
                            and not starts_with_person_noun(text[span[0]:span[1]]):
                        return SpeakerPhrase("name", pos, span[1], name=text[span[0]:span[1]],
                                             title="porte-parole", organization=org)
                return phrase
    study = _study(text, pos)
    if study:
        return study
    group = _group_of_people(text, pos)
    if group:
        return group
    indefinite = _indefinite_role(text, pos)
    if indefinite:
        return indefinite
    reference = _organization_reference(text, pos, low)
    if reference:
        return reference
    # Descriptions: "la dirigeante", "le directeur général de Mistral AI, Arthur Mensch".
    for det in DETERMINERS:
        if low.startswith(det):
            after = rest[len(det):]
            noun = starts_with_person_noun(after)
            if noun:
                return _role_phrase(text, pos, noun)
            low_after = norm(after)
            noun_end = _organization_noun_end(low_after)
            if noun_end is not None:
                end = pos + len(det) + noun_end
                named = re.match(rf"[ \u00a0]+({NAME_RE.pattern})", text[end:end + 80])
                if named:  # "la start-up Qubix"
                    return SpeakerPhrase("organization", pos, end + named.end(), title=None,
                                         organization=_trim_org(named.group(1)))
                # "la start-up nantaise", "la société californienne": adjectives go with it,
                # and a complement of common nouns telling its business ("de capteurs").
                end = _past_adjectives(text, end)
                return SpeakerPhrase("organization", pos, _past_kind(text, end), generic_org=True)
            # "le cabinet Xerfi", "l'institut Kantar", "le journal l'Echo", "le média anglais Sifted":
            # a common noun (maybe with adjectives), then the organisation's name.
            named = _NOUN_THEN_NAME.match(after)
            if named and not is_function_word(named.group(1)):
                return SpeakerPhrase("organization", pos, pos + len(det) + named.end(), title=named.group(1),
                                     organization=_trim_org(named.group(3)))
            # "le Financial Times", "Les Echos": the article opens the name of a medium or an organisation.
            if det.strip() in ("le", "la", "les", "l’", "l'") and re.match(rf"[{_UPPER}]", after):
                span = read_name(text, pos + len(det))
                if span and not starts_with_person_noun(text[span[0]:span[1]]):
                    # "l'Autorité des marchés financiers (AMF)": lower-case words continue the
                    # name up to its acronym.
                    name, end = _name_with_acronym(text, span)
                    if det.strip() == "les" and rest[:1] == "L":
                        name = rest[:len(det)] + name  # "Les Echos" keeps its article
                    return SpeakerPhrase("organization", pos, end, organization=name)
            return None
    span = read_name(text, pos)
    if not span:
        return None
    name = text[span[0]:span[1]]
    role = starts_with_person_noun(name) if name.split()[0].lower() in person_nouns() else None
    if role and (len(name.split()) > 1 and re.match(r"[a-zà-ÿ]|[dD][’']", name.split()[1])
                 or re.match(r"[ \u00a0]+[a-zà-ÿ]", text[span[1]:span[1] + 3])):
        return _role_phrase(text, pos, role)  # "PDG de Kivo", "Directeur général de Kivo": a role
    phrase = SpeakerPhrase("name", pos, span[1], name=name)
    seg = title_segment(text, span[1])
    if seg:
        title = split_title(seg[0])
        phrase.title, phrase.organization, phrase.generic_org = title.title, title.organization, title.generic_org
        phrase.gender = gender_of(seg[0])
        phrase.end = seg[1]
    else:
        _organization_in_brackets(text, phrase)
    return phrase


@lru_cache(maxsize=1)
def organization_reference_nouns() -> dict[str, str]:
    """Noun -> "medium" or "organization" (organization_reference_nouns.tsv)."""
    return {norm(row[0]): row[1] for row in table("organization_reference_nouns.tsv")}


_REFERENCE = re.compile(r"(le|la|l’)[ ]?([a-zàâçéèêëîïôûùüÿœ\-]+)((?:[ ][a-zàâçéèêëîïôûùüÿœ\-]+){0,2})")


_ADJECTIVE = re.compile(r"[ \u00a0]([a-zàâçéèêëîïôûùüÿœ\-]+(?:ais|aise|ain|aine|ien|ienne|ique|al|ale|el|elle|é|ée|if|ive"
                       r"|ois|oise|and|ande|en|enne|eux|euse|ant|ante)s?)(?=[\s,.;:])")
# Words with an adjective's ending that are verbs or adverbs after the noun.
_NOT_ADJECTIVES = frozenset({"avait", "était", "serait", "aurait", "pourrait", "devrait", "vient", "tient", "rien",
                             "bien", "mien", "ensuite", "souvent", "pendant", "avant", "cependant", "maintenant"})


# Adjectives of origin whose ending is not an adjective's.
_PLAIN_ADJECTIVES = frozenset({"belge", "suisse", "russe", "tchèque", "jeune", "grande", "petite"})


def _past_adjectives(text: str, end: int) -> int:
    """Where the adjectives after a noun ending at ``end`` end ("la start-up nantaise")."""
    verbs = speech_verbs()
    while True:
        adjective = _ADJECTIVE.match(text, end) or re.compile(r"[ \u00a0]([a-zè]+)(?=[\s,.;:])").match(text, end)
        if adjective is None:
            return end
        word = adjective.group(1)
        if adjective.re is not _ADJECTIVE and word not in _PLAIN_ADJECTIVES:
            return end
        if word in _FUNCTION_WORDS or verbs.lemma(word) or word in _NOT_ADJECTIVES:
            return end
        end = adjective.end()


_KIND_COMPLEMENT = re.compile(r"[ \u00a0]+(?:de[ \u00a0]la[ \u00a0]|de[ \u00a0]l[’']|de|des|du|d[’'])[ \u00a0]?"
                              r"[a-zàâçéèêëîïôûùüÿœ\-]{3,}"
                              r"(?:[ \u00a0]+(?:et|ou)[ \u00a0]+(?:de[ \u00a0]|d[’'])?[a-zàâçéèêëîïôûùüÿœ\-]{3,})?"
                              r"(?=[ \u00a0]*(?:[,;:.]|$)|[ \u00a0]+[a-zàâçéèêëîïôûùüÿ])")


_NAME_SOON = re.compile(rf"(?:[ \u00a0]+[a-zàâçéèêëîïôûùüÿœ\-]+){{0,2}}[ \u00a0]+[{_UPPER}]")


def _past_kind(text: str, end: int) -> int:
    """Where a complement telling a business ("de meubles", "des puces") after a noun
    ending at ``end`` ends; ``end`` itself when there is none, or when it leads to a
    name ("le site de traçage américain Kivo") or holds a verb."""
    kind = _KIND_COMPLEMENT.match(text, end)
    if kind is None or any(speech_verbs().lemma(w) for w in kind.group().split()) or _NAME_SOON.match(text, kind.end()):
        return end
    # "de robots agricoles.": the words that close the clause after the complement describe it.
    closing = _CLOSING_WORDS.match(text, kind.end())
    if closing and not any(w in _FUNCTION_WORDS or speech_verbs().lemma(w) for w in closing.group().split()):
        return closing.end()
    return _past_adjectives(text, kind.end())


_CLOSING_WORDS = re.compile(r"(?:[ \u00a0]+[a-zàâçéèêëîïôûùüÿœ\-]+){1,2}(?=[ \u00a0]*(?:[,;.]|$))")


# Adjectives written before an organisation's noun: "la jeune entreprise", "la petite société".
_PRENOMINAL = re.compile(r"(?:jeune|petite?|grande?|nouvel(?:le)?|nouveau)[ \u00a0]+")


def _organization_noun_end(low: str) -> int | None:
    """Where the company noun opening ``low`` ends ("start-up", "jeune pousse"), maybe
    after an adjective placed before it ("petite société"), or None."""
    before_noun = _PRENOMINAL.match(low)
    for skip in (0, before_noun.end()) if before_noun else (0,):
        for noun in organization_nouns():
            if low.startswith(noun, skip) and not low[skip + len(noun):skip + len(noun) + 1].isalpha():
                return skip + len(noun)
    return None


def _organization_reference(text: str, pos: int, low: str) -> SpeakerPhrase | None:
    """"le conglomérat japonais", "le quotidien", "le journal économique": an organisation
    named just before, referred to by its kind and adjectives only (no name, no complement).
    Kind "organization" with no organisation; ``extra["refers"]`` tells which kind to look back for."""
    m = _REFERENCE.match(low)
    if not m or m.group(2) not in organization_reference_nouns():
        return None
    end = m.end(2)
    # Adjectives may follow ("japonais", "économique"), not a complement, a name or the verb.
    verbs = speech_verbs()
    for adjective in _ADJECTIVE.finditer(text[pos + end:pos + end + 40]):
        word = adjective.group(1)
        if adjective.start() != 0 or word in _FUNCTION_WORDS or verbs.lemma(word) or word in _NOT_ADJECTIVES:
            break
        end += adjective.end()
    # "le fabricant suédois de meubles", "le géant des puces": a complement of common nouns
    # tells the kind of business, not a name.
    end = _past_kind(text, pos + end) - pos
    if re.match(rf"[ \u00a0]+(?:[{_UPPER}]|l[’'][ \u00a0]?[{_UPPER}]|d[eu’']|des\b)", text[pos + end:pos + end + 5]):
        return None  # "le cabinet Xerfi", "le fonds de Kivo": named, read elsewhere
    return SpeakerPhrase("organization", pos, pos + end, title=m.group(2), generic_org=True,
                         extra={"refers": organization_reference_nouns()[m.group(2)]})


def _role_phrase(text: str, pos: int, noun: str) -> SpeakerPhrase:
    """A speaker phrase opening on a role at ``pos`` ("le PDG de Kivo, Anne Roy",
    "sa cofondatrice Anne Roy", "la dirigeante"): a named person or a description."""
    seg_end = re.compile(r"[,;:()«»“”\"\n]|[.!?](?=\s|$)").search(text, pos)
    seg_end_pos = seg_end.start() if seg_end else len(text)
    segment = text[pos:seg_end_pos]
    segment = cut_at_channel(segment)
    # "le PDG du groupe X, Anne Roy": a person's name after the comma names the speaker.
    after_comma = _COMMA.match(text, pos + len(segment))
    name_span = read_name(text, after_comma.end()) if after_comma else None
    if name_span and _looks_like_person(text[name_span[0]:name_span[1]]) \
            and not starts_with_person_noun(text[name_span[0]:name_span[1]]):
        title = split_title(segment)
        return SpeakerPhrase("name", pos, name_span[1], name=text[name_span[0]:name_span[1]],
                             title=title.title, organization=title.organization,
                             generic_org=title.generic_org, gender=gender_of(segment))
    named = _role_then_name(segment)
    if named:
        role, name_start, name_end, split = named
        title = split_title(role)
        name = segment[name_start:name_end]
        if re.search(r"\b(?:de\s+la|du|de\s+l[’']|des)\s+[a-zà-ÿ\-]{3,}\s*$", role) \
                and not is_first_name(name.split()[0]):
            # "le directeur de la mission Numéria Tech", "le patron du fonds Alto": the name
            # after a role's complement noun is that organisation's, not a person's.
            return SpeakerPhrase("description", pos, pos + name_end, title=title.title, organization=name,
                                 gender=gender_of(role), noun=noun)
        phrase = SpeakerPhrase("name", pos, pos + name_end, name=segment[name_start:name_end],
                               title=title.title, organization=title.organization,
                               generic_org=title.generic_org, gender=gender_of(role),
                               extra={"split": True} if split else {})
        if phrase.organization is None and not split:
            _organization_in_brackets(text, phrase)
        return phrase
    # "le fournisseur de données Preqin": a role, then a one-word name that is the firm.
    firm = re.search(rf"[ \u00a0]([a-zà-ÿ][\w\-]+)[ \u00a0]+([{_UPPER}][\w.\-]*[\w])$", segment)
    if firm and firm.group(1) not in ("de", "du", "des", "chez", "pour", "au", "aux", "à", "et", "la", "le", "les") \
            and not is_first_name(firm.group(2)):
        role = segment[:firm.start(2)].strip()
        return SpeakerPhrase("organization", pos, pos + len(segment), title=split_title(role).title,
                             organization=firm.group(2))
    title = split_title(segment)
    end = pos + len(segment)
    return SpeakerPhrase("description", pos, end, title=title.title, organization=title.organization,
                         generic_org=title.generic_org, gender=person_nouns().get(noun, "-"), noun=noun)


_BRACKETED_ORG = re.compile(rf"[ \u00a0]*\(([{_UPPER}][^()\n]{{0,40}}?)\)")


def _organization_in_brackets(text: str, phrase: SpeakerPhrase) -> None:
    """"Anne Roy (Kivo)": the organisation in brackets after a person's name."""
    m = _BRACKETED_ORG.match(text, phrase.end)
    if m and " " in (phrase.name or "") and not re.search(r"\d", m.group(1)) and len(m.group(1)) > 1:
        phrase.organization = m.group(1).strip()
        phrase.end = m.end()


# A common noun, up to two lowercase words ("anglais", "de données"), maybe an article,
# then a capitalised name: "cabinet Xerfi", "média anglais Sifted", "journal l'Echo".
_NOUN_THEN_NAME = re.compile(
    rf"([a-zà-ÿœ\-]{{3,}})((?:[ \u00a0]+(?:de[ \u00a0]+)?[a-zà-ÿœ\-]{{3,}}){{0,2}})[ \u00a0]+"
    rf"(?:l[’']|la[ \u00a0]|le[ \u00a0])?({NAME_RE.pattern})")


def _group_of_people(text: str, pos: int) -> SpeakerPhrase | None:
    """A group speaking for an organisation: "les fondateurs de Kivo", "ses dirigeants",
    "l'équipe de Kivo". Kind "organization": its title is the group, its organisation
    the one named after it (none: the article's company)."""
    m = _GROUP.match(text, pos)
    if not m:
        return None
    noun = m.group(2)
    if m.group(1) is None and not (noun.lower() in collective_nouns()):
        return None
    if m.group(1) is not None and not (noun[-1] in "sx" and starts_with_person_noun(noun)):
        return None
    end = m.end()  # (a match at an offset of the whole text: already absolute)
    org, generic, end = _of_organization(text, end)
    if org is None and not generic and m.group(1) is not None and m.group(1).lower().startswith("les"):
        return None  # "les analystes": no organisation speaks
    return SpeakerPhrase("organization", pos, end, title=noun, organization=org, generic_org=org is None)


@lru_cache(maxsize=1)
def collective_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in words("collective_speaker_nouns.txt"))


# "les fondateurs", "ses dirigeants" (group 1: a plural determiner) or "l'équipe", "la direction".
_GROUP = re.compile(r"(?i:(les|ses|leurs)[ \u00a0]+(?:(?:deux|trois|quatre|cinq)[ \u00a0]+)?|l[’']|la[ \u00a0]|son[ \u00a0]|sa[ \u00a0])"
                    r"([a-zà-ÿ\-]{4,}s|[a-zà-ÿ\-]{4,})\b")


def _indefinite_role(text: str, pos: int) -> SpeakerPhrase | None:
    """"un associé de Kora Capital", "une porte-parole de Kivo": an unnamed person who
    speaks for the organisation named after the role (kind "organization")."""
    m = re.compile(r"(?i:un|une)[ \u00a0]+").match(text, pos)
    if not m:
        return None
    seg_end = re.compile(r"[,;:()«»“”\"\n]|[.!?](?=\s|$)").search(text, m.end())
    segment = cut_at_channel(text[m.end():seg_end.start() if seg_end else len(text)])
    if not starts_with_person_noun(segment):
        return None
    title = split_title(segment)
    if not title.organization:
        return None
    return SpeakerPhrase("organization", pos, m.end() + len(segment), title=title.title,
                         organization=title.organization)


_NAME_PARTICLES = frozenset({"le", "la", "de", "du", "des", "van", "von", "der", "da", "di", "del", "dos", "el", "al",
                             "ben", "bin"})


def _role_then_name(segment: str) -> tuple[str, int, int, bool] | None:
    """A role followed by a name without a comma: "sa cofondatrice Anaïs Le Goff",
    "le ministre Paul Roy", "l'associé de Boréal Capital Hugo Roy".
    Returns (role, name start, name end, guessed) where ``guessed`` marks a name cut
    from the end of an organisation's name (two last words)."""
    run = None
    for word in re.finditer(rf"(?<=[ \u00a0’'])[{_UPPER}]", segment):
        match = NAME_RE.match(segment, word.start())
        if match and match.end() == len(segment) and starts_with_person_noun(segment[:word.start()]):
            if starts_with_person_noun(match.group()):
                return None  # "le cofondateur et PDG de Vartel": a second role, not a name
            run = match
            break
    if run is None:
        return _role_then_name_then_verb(segment)
    role = segment[:run.start()].rstrip()
    if not re.search(r"(?:\s(?:de|du|des|chez|de la|pour|au|aux|à la)\s+|\sd[’']|\sde l[’'])$", segment[:run.start()]):
        name = run.group()
        return (role, run.start(), run.end(), False) if " " in name else None
    # "de Boréal Capital Hugo Roy": the organisation, then the person's two last words.
    words = run.group().split()
    person = 2
    if len(words) > 3 and words[-2].lower() in _NAME_PARTICLES:
        person = 3
    if len(words) - person < 1:
        return None
    org = " ".join(words[:-person])
    name_start = run.start() + len(run.group()) - len(" ".join(words[-person:]))
    return (f"{role} {org}" if not role.endswith(("’", "'")) else f"{role}{org}", name_start, run.end(), True)


def _role_then_name_then_verb(segment: str) -> tuple[str, int, int, bool] | None:
    """"l'associée Claire Roy assume un pari : «": a role, a person's name of two words
    or more, then the lowercase words of the clause (its verb)."""
    for word in re.finditer(rf"(?<=[ \u00a0’'])[{_UPPER}]", segment):
        match = NAME_RE.match(segment, word.start())
        if not match:
            continue
        prefix = segment[:word.start()]
        if not starts_with_person_noun(prefix) or starts_with_person_noun(match.group()):
            return None
        if " " not in match.group() or not re.match(r" [a-zà-ÿ]", segment[match.end():]):
            return None
        if re.search(r"(?:\s(?:de|du|des|chez|pour|au|aux|à|à la|de la)\s+|\sd[’']|\sl[’'])$", prefix):
            # "le ministre de l'Économie Paul Roy a dit": the role's complement, then a
            # person whose first name the lexicon knows.
            person = _first_name_start(match.group())
            if person is None:
                return None
            return (prefix + match.group()[:person]).rstrip(), match.start() + person, match.end(), False
        return prefix.rstrip(), match.start(), match.end(), False
    return None


def _first_name_start(run: str) -> int | None:
    """Where a person's name of two words or more starts inside a run of capitalised
    words that opens on something else ("Économie Paul Roy" -> 9), if a first name shows it."""
    starts = [m.start() for m in re.finditer(r"\S+", run)]
    for start in starts[1:-1]:
        if is_first_name(run[start:].split()[0]):
            return start
    return None


@lru_cache(maxsize=None)
def _study_re() -> re.Pattern:
    """A study noun with its determiner and adjectives: "le baromètre trimestriel",
    "les dernières données", "une étude"; group 1 is the noun with what qualifies it."""
    nouns = "|".join(re.escape(n) for n in sorted(words("study_nouns.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?i:le|la|l[’']\s?|un|une|des|son|sa|leur|les|ses|leurs|ces|cette|ce)\s*"
        rf"(?:(?i:{_STUDY_ADJECTIVES})\s+)?"
        rf"((?i:{nouns})s?(?:\s+(?!de\b|des\b|du\b|d[’']|par\b|publi|compil|réalis|effectu|fourni|dévoil|divulgu|réuni|rassembl|collect|analys|trait|recens|agrég|calcul|tiré)"
        rf"[a-zà-ÿ\-]{{3,}}){{0,2}})\s+(?:\d{{4}}\s+)?")


_STUDY_ADJECTIVES = r"derni[eè]re?s?|nouvel(?:le)?s?|nouveaux?|récente?s?|premi[eè]re?s?|propres?"


@lru_cache(maxsize=None)
def _publisher_re() -> re.Pattern:
    """What links a study to its publisher: "du cabinet", "de l'", "publiés par le",
    "compilées par"; then the publisher's capitalised name."""
    org_nouns = "|".join(re.escape(n) for n in organization_nouns() + tuple(n for n, _ in institution_nouns())
                         + ("cabinet", "institut", "fonds", "banque", "agence", "observatoire", "fédération",
                            "répertoire", "site", "journal", "média", "quotidien", "magazine", "plateforme"))
    # After the link, an organisation noun or a field ("du capital-risque EY"), then the name.
    # "du site de traçage X", "par le site technologique X": the noun may take a complement or an adjective.
    return re.compile(rf"{_PUBLISHER_LINK}(?:(?i:{org_nouns})s?(?:\s+(?:de\s+|d[’']\s?)?[a-zà-ÿ\-]{{3,}})?\s+"
                      rf"|[a-zà-ÿ][a-zà-ÿ\-]{{2,}}\s+)?(?=[{_UPPER}])")


_PUBLISHER_LINK = (r"(?:(?:publi|compil|réalis|effectu|fourni|dévoil|divulgu|men|diffus|recueilli|réuni|rassembl"
                   r"|collect|établi|produit|analys|trait|recens|agrég|calcul|tiré)[a-zé]*\s+par\s+(?:le\s+|la\s+|les\s+|l[’']\s?)?"
                   r"|de\s+la\s+|de\s+l[’']\s?|du\s+|des\s+|de\s+|d[’']\s?)")
_REFERRED_PUBLISHER = re.compile(rf"{_PUBLISHER_LINK[:-1]})(?=l[’']|le\s|la\s)")
_ACRONYM_AFTER = re.compile(r"((?:[ \u00a0]+(?:d[’']|[a-zà-ÿ][a-zà-ÿ’'\-]*)){1,5})[ \u00a0]+\(([A-Z][A-Z0-9&\-]{1,9})\)")


_BRACKETED_ACRONYM = re.compile(r"[ \u00a0]+\(([A-Z][A-Z0-9&\-]{1,9})\)")


def _name_with_acronym(text: str, span: tuple[int, int]) -> tuple[str, int]:
    """The organisation's name and where its phrase ends, when lower-case words continue the
    name up to its acronym: "la Fédération nationale des artisans (FNA)" -> the name up to
    "artisans", the phrase past the bracket. Else the name of ``span``, trimmed."""
    m = _ACRONYM_AFTER.match(text, span[1])
    if m and m.group(2)[0] == text[span[0]].upper():
        return text[span[0]:span[1] + len(m.group(1))], m.end()
    bracket = _BRACKETED_ACRONYM.match(text, span[1])
    if bracket and bracket.group(1)[0] == text[span[0]].upper():
        return _trim_org(text[span[0]:span[1]]), bracket.end()
    return _trim_org(text[span[0]:span[1]]), span[1]


# Adjectives that make a study the organisation's own.
_OWN_STUDY = re.compile(r"\s+(?:internes?|officiel(?:le)?s?|maison)(?=[\s,.;:])")


def _study(text: str, pos: int) -> SpeakerPhrase | None:
    """A study speaking for its publisher: "le baromètre trimestriel du cabinet Xerfi",
    "une étude Kivo", "les dernières données Kivo", "l'étude Pulse 2024 du cabinet Kivo",
    "les chiffres publiés par l'institut Kivo"."""
    m = _study_re().match(text, pos)
    if not m:
        return None
    named = read_name(text, m.start(1)) if text[m.start(1)].isupper() else None
    if named and (_ACRONYM_AFTER.match(text, named[1]) or _BRACKETED_ACRONYM.match(text, named[1])):
        return None  # "l'Observatoire Européen du Numérique (OEN)": the noun opens a name
    title = " ".join(m.group(1).lower().split())
    publisher = _publisher_re().match(text, m.end())
    if publisher:
        span = read_name(text, publisher.end())
        if span:
            name, end = _name_with_acronym(text, span)
            return SpeakerPhrase("statement", pos, end, title=title, organization=name)
        return None
    span = read_name(text, m.end())
    own = _OWN_STUDY.match(text, m.end(1))
    if not span and own:
        # "selon les données internes", "selon les chiffres officiels": the organisation's own
        # figures, that of the article (resolved with the speaker).
        return SpeakerPhrase("statement", pos, own.end(), title=title.split()[0], generic_org=True)
    if not span:
        # "les données réunies par le cabinet": the publisher named before, referred to by its kind.
        referred = _REFERRED_PUBLISHER.match(text, m.end())
        if referred:
            reference = _organization_reference(text, referred.end(), norm(text[referred.end():referred.end() + 200]))
            if reference is not None and reference.extra.get("refers") == "organization":
                return replace(reference, start=pos, title=title)
        return None
    # "l'étude Pulse 2024 du cabinet Kivo": the study's own name, then its publisher.
    own = re.compile(r"(?:\s+\d{4})?\s+").match(text, span[1])
    publisher = _publisher_re().match(text, own.end()) if own else None
    if publisher and not publisher.group().startswith(("publi", "compil", "réalis")):
        later = read_name(text, publisher.end())
        if later:
            return SpeakerPhrase("statement", pos, later[1], title=title,
                                 organization=_trim_org(text[later[0]:later[1]]))
    return SpeakerPhrase("statement", pos, span[1], title=title, organization=_trim_org(text[span[0]:span[1]]))


def _of_organization(text: str, pos: int) -> tuple[str | None, bool, int]:
    """An optional "de X" / "de l'entreprise" after a statement noun."""
    m = _OF.match(text, pos)
    if not m:
        return None, False, pos
    start = m.end()
    span = read_name(text, start)
    if span:
        return _trim_org(text[span[0]:span[1]]), False, span[1]
    low = norm(text[start:start + 40])
    for noun in organization_nouns():
        if low.startswith(noun):
            return None, True, start + len(noun)
    return None, False, pos


def _looks_like_person(name: str) -> bool:
    return len(name.split()) >= 2 or "-" in name


_FUNCTION_WORDS = frozenset(
    "le la les l’ l' un une des de du et mais il elle ils elles on nous je tu vous ce cette ces "
    "selon pour dans avec sans sur sous par en au aux à après avant depuis lors".split()
)


def is_function_word(word: str) -> bool:
    return word.lower() in _FUNCTION_WORDS
