"""The company that raises: the subject of the raise verb, read from plain text.

``subject_of`` looks at the words before the verb ("La néobanque Qonto a bouclé",
"Hugging Face, la plateforme ..., a levé", "Elle a levé") and says whether they
name the company, refer back to it ("la société", "elle") or are generic ("les
start-up françaises", "une start-up qui lève").
"""

import re
from dataclasses import dataclass
from functools import cache

from extractor.investor_names import (
    PREPOSITIONS,
    Token,
    fold,
    is_name_word,
    looks_like_person,
    name_runs,
    tokenize,
)
from extractor.lexicon import alternation, table, words

# Words between the subject and the raise verb: auxiliaries, clitics, adverbs.
_VERB_PREFIX = frozenset({
    "a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "était", "étaient",
    "vient", "viennent", "venait", "de", "d'", "va", "vont", "allait", "s'", "se", "ne", "n'",
    "y", "en", "également", "aussi", "déjà", "ainsi", "enfin", "finalement", "auparavant",
    "notamment", "encore", "récemment", "officiellement", "désormais", "donc", "pourtant",
    "cependant", "lui", "elle-même", "lui-même", "bien", "tout", "juste", "annoncé", "annonce",
    "indiqué", "dit", "affirme", "fait", "savoir", "avoir", "être", "d’",
    # "Vexo a confirmé avoir levé": verbs that announce the raise.
    "confirmé", "confirme", "dévoilé", "dévoile", "officialisé", "officialise", "révélé", "révèle",
    "précisé", "précise", "déclaré", "déclare", "affirmé",
})
_ANAPHORIC_DETERMINERS = frozenset({"le", "la", "l'", "ce", "cet", "cette", "notre", "son", "sa"})
_GENERIC_DETERMINERS = frozenset({
    "les", "des", "ces", "plusieurs", "certaines", "certains", "nombreuses", "nombreux",
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "quelques", "leurs", "ses", "toutes", "tous", "nos", "vos", "toute", "tout", "chaque", "aucune", "aucun",
})
_ANAPHORIC_PRONOUNS = frozenset({"elle", "il", "celle-ci", "celui-ci", "nous", "on", "je"})
_GENERIC_PRONOUNS = frozenset({"elles", "ils", "celles-ci", "ceux-ci"})
_RELATIVES = frozenset({"qui"})
_CONJUNCTIONS = frozenset({"lorsque", "lorsqu'", "quand", "puisque", "si", "et", "mais", "car", "puis", "alors",
                           "tandis", "comme", "où"})
_ROUND_NOUN_PHRASE = re.compile(
    r"(?:(?:premier|première|second|seconde|deuxième|troisième|nouveau|nouvelle|autre)\s+)?"
    r"(?:tour|levée|ronde|opération|financement|augmentation)(?![\w-])", re.IGNORECASE)
_NON_NOUN_OPENERS = frozenset({"qui", "que", "dont", "où", "et", "mais"})
_EMPHATIC_PRONOUNS = frozenset({"elle", "lui", "eux", "elles"})
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "est", "sont"})
_OF_WORDS = frozenset({"de", "d'", "d’", "du", "des"})
_CLAUSE_CUTS = frozenset({",", ":", ";", ".", "?", "!", "«", "»", "-", "–", "—"})


@dataclass(frozen=True)
class Subject:
    kind: str  # "name" | "anaphor" | "generic"
    name: str | None = None
    start: int = -1
    end: int = -1


def _strip_verb_prefix(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[-1].lower in _VERB_PREFIX:
        tokens = tokens[:-1]
    return tokens


def _skip_bracket(tokens: list[Token]) -> list[Token]:
    """Drop appositions and relative clauses between commas before the verb:
    "Mirakl, l'éditeur français de logiciels, a bouclé" -> "Mirakl"."""
    if not tokens or tokens[-1].text != ",":
        return tokens
    tokens = tokens[:-1]
    for _ in range(3):
        commas = [k for k, t in enumerate(tokens) if t.text == ","]
        if not commas:
            return tokens
        piece = tokens[commas[-1] + 1:]
        # "Vorta, fondée en 2019 par Anne Morel et Paul Girard, annonce": a piece that
        # opens on a participle or an adjective is an apposition, whatever it ends with.
        # A conjunction opens a clause, not an apposition: "lorsque la société X, créée
        # peu avant, avait levé".
        apposition = piece and piece[0].text.islower() and piece[0].lower not in (
            _ANAPHORIC_DETERMINERS | _GENERIC_DETERMINERS | _CONJUNCTIONS | {"l'"})
        if piece and is_name_word(piece[-1]) and not piece[0].lower in ("qui", "que") and not apposition:
            return tokens
        if piece and piece[0].lower in _CONJUNCTIONS:
            return tokens  # "lorsque le groupe, créé en mai, avait levé": the clause's subject
        tokens = tokens[:commas[-1]]
    return tokens


def _np_start(tokens: list[Token]) -> bool:
    return bool(tokens) and tokens[0].lower in _ANAPHORIC_DETERMINERS | _GENERIC_DETERMINERS


_PROGRESSIVE = re.compile(r"(?:en\s+train|sur\s+le\s+point)\s+d(?:e\s*|['’]\s*)$", re.IGNORECASE)


@cache
def _insets_at_end() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(words('subject_verb_insets.txt'))})\s*$", re.IGNORECASE)


@cache
def _time_at_end() -> re.Pattern:
    """A time adverbial closing the words before a verb, maybe between commas: "mercredi
    15 janvier", ", le 7 mai,", "en avril", "mardi dernier", "cette semaine", "en 2023"."""
    months = "(?:" + alternation(name for name, _ in table("date_months.tsv") if not name.endswith(".")) + ")"
    days = "(?:" + alternation(name for name, _ in table("date_weekdays.tsv")) + ")"
    day = rf"(?:(?:ce\s+|le\s+)?(?:{days})(?:\s+(?:dernier|prochain|matin|soir))?)"
    date = (rf"(?:(?:le\s+|dès\s+le\s+|depuis\s+le\s+)?(?:{days}\s+)?(?:1er|\d{{1,2}})\s+(?:{months})(?:\s+(?:19|20)\d\d)?"
            rf"|(?:en|début|fin|mi-|courant|dès|depuis)\s*(?:{months})(?:\s+(?:19|20)\d\d)?"
            rf"|en\s+(?:19|20)\d\d|(?:cette|la)\s+semaine(?:\s+dernière)?|ce\s+mois-ci|hier|aujourd['’]hui"
            rf"|il\s+y\s+a\s+(?:[\w-]+\s+){{1,2}}(?:jours|semaines|mois)|{day})")
    return re.compile(rf"(?:,\s*)?(?<![\w-])(?:{date})\s*,?\s*$", re.IGNORECASE)


def _time_inset(text: str) -> re.Match | None:
    """The time adverbial closing ``text`` when it is an inset: between commas (", le 7
    mai,") or after an auxiliary or a speech verb ("a annoncé mercredi"); not the
    complement of a participle ("Vexo, fondée en mai,")."""
    m = _time_at_end().search(text)
    if m is None:
        return None
    head = tokenize(text[:m.start()])
    if m.group().lstrip().startswith(",") or (head and head[-1].lower in _VERB_PREFIX):
        return m
    return None


def _strip_insets(text: str) -> str:
    """Cut the adverbial insets and success verbs that sit between a subject and its
    raise verb: "Vexo a de son côté", "Vexo a réussi à" -> "Vexo a"; and the time
    adverbials: "Vexo a annoncé, le 7 mai, avoir" -> "Vexo a annoncé"."""
    for _ in range(4):
        # "qui a « levé »": a verb put in quotation marks is still the verb.
        text = _strip_prefix_text(re.sub(r"[«“\"]\s*$", "", text))
        cut = _insets_at_end().search(text) or _time_inset(text) or _aside_after_verb(text)
        if cut is None:
            return text
        text = text[:cut.start()]
    return text


_ASIDE_AT_END = re.compile(r"\s*\([^()]{1,40}\)\s*$")


def _aside_after_verb(text: str) -> re.Match | None:
    """A short aside in brackets after the verb's words or a time adverbial: "a annoncé
    mardi (11 janvier) avoir levé" -> "a annoncé mardi"."""
    m = _ASIDE_AT_END.search(text)
    if m is None:
        return None
    head = tokenize(text[:m.start()])
    if head and (head[-1].lower in _VERB_PREFIX or _time_at_end().search(text[:m.start()] + " ")):
        return m
    return None


def _strip_prefix_text(text: str) -> str:
    """``text`` without the auxiliaries and adverbs it ends with (as _strip_verb_prefix)."""
    tokens = _strip_verb_prefix(tokenize(text))
    return text[:tokens[-1].end] + " " if tokens else ""


_COMPANY_PEOPLE = re.compile(
    r"(?:les|ses|leurs|nos|ces)\s+(?:deux\s+|trois\s+|quatre\s+)?(?:co-?)?(?:fondateur|fondatrice|dirigeant|associé)s?"
    r"(?:\s+(?:de|d['’]|du)\s*(?:la\s+|l['’]\s*)?(?:[a-zà-ÿ-]+\s+){0,3}?)?",
    re.IGNORECASE)


# A person's title naming the company they lead, up to the company's name: "le
# cofondateur de", "PDG de la start-up", "directrice générale d'".
_LEADER_OF = re.compile(
    r",\s*(?:(?:le|la|l['’]|son|sa)\s*)?(?:[\w-]+\s+et\s+)?(?:co-?)?(?:fondat(?:eur|rice)|dirigeante?|patronne|patron"
    r"|pdg|ceo|présidente?|directeur|directrice)(?:\s+(?:général|générale|exécutif|exécutive))?"
    r"\s+(?:de\s+(?:(?:la|l['’])\s*(?:[a-zà-ÿ-]+\s+){1,3})?|d['’]\s*|du\s+(?:[a-zà-ÿ-]+\s+){0,3})(?=[A-ZÀ-Ý0-9])",
    re.IGNORECASE)


# Nouns whose "de" complement is what a following relative is about: "le cas de X, qui".
_EXAMPLE_NOUNS = frozenset({"cas", "exemple", "celui", "celle", "côté"})


def _relative_antecedent_governed(tokens: list[Token], i: int) -> bool:
    """Whether the preposition before the name at ``tokens[i]`` leaves the name the
    antecedent of a relative after it: "pour X, qui", "comme X, qui", "le cas de X,
    qui"; after another noun's "de" ("le fonds de X, qui") the relative may be the noun's."""
    if tokens[i - 1].lower not in _OF_WORDS:
        return True
    return i >= 2 and tokens[i - 2].lower in _EXAMPLE_NOUNS


_QUOTED_NAME = re.compile(r"([«“\"]\s*)([A-ZÀ-Ý0-9][\w&'’.-]*(?:\s+[A-ZÀ-Ý0-9][\w&'’.-]*){0,3})(\s*[»”\"])")


def subject_of(text: str, offset: int = 0) -> Subject:
    """Classify the subject that ends ``text`` (the words before a raise verb)."""
    # "La société « Vexo » a levé": a name in quotation marks, read without them
    # (blanked, so that offsets stay the text's).
    text = _QUOTED_NAME.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3)), text)
    found = _subject_of(text, offset)
    if found.kind == "name" and is_market_name(found.name):
        return Subject("generic")  # "la French Tech a levé": a market's sum
    if found.kind == "name" and not text[:found.start - offset].strip() and _PARTICIPLE_OPENER.fullmatch(found.name) \
            and "," in text[found.end - offset:]:
        # "Annoncé lundi, le palmarès distingue X, qui a levé": a participle clause
        # opening the sentence, not a name.
        return Subject("anaphor")
    if found.kind == "name":
        found = _without_descriptor(found, text[:found.start - offset])
    if found.kind == "anaphor":
        tokens = _strip_verb_prefix(tokenize(_strip_insets(text)))
        cut = max((k for k, t in enumerate(tokens) if t.text in _CLAUSE_CUTS), default=-1)
        piece = tokens[cut + 1:]
        if len(piece) >= 2 and piece[0].lower in _ANAPHORIC_DETERMINERS | {"cet"} \
                and fold(piece[1].text) in _market_words():
            return Subject("generic")  # "L'écosystème a levé 2 Md€"
    return found


def _without_descriptor(found: Subject, before: str) -> Subject:
    """A name run that opens on a describing word the capital glued to the name: a
    place adjective used as a noun after its article ("Le Nantais Vexo"), a market
    ("la pépite de la French Tech Vexo"). What follows is the company's name."""
    tokens = tokenize(found.name)
    cut = 0
    if (len(tokens) >= 2 and _DEMONYM.fullmatch(tokens[0].text) and tokens[0].text[:1].isupper()
            and tokens[1].text[:1].isupper() and re.search(r"(?<![\w-])(?:le|la|l['’])\s*$", before, re.IGNORECASE)):
        cut = 1
    else:
        for k in range(len(tokens) - 1, 0, -1):
            if fold(found.name[:tokens[k - 1].end]) in _market_words() | _sector_words():
                cut = k
                break
    if cut == 0:
        return found
    start = tokens[cut].start
    return Subject("name", found.name[start:], found.start + start, found.end)


@cache
def _market_words() -> frozenset[str]:
    return frozenset(fold(w) for w in words("market_subject_nouns.txt"))


@cache
def _sector_words() -> frozenset[str]:
    return frozenset(fold(w) for w in words("sector_nouns.txt"))


def _without_article(name: str) -> str:
    """The folded name without its leading article: "la French Tech" -> "french tech"."""
    return fold(re.sub(r"^(?:l[’']|les?\s+|la\s+)", "", name.strip(), flags=re.IGNORECASE))


def is_sector_name(name: str) -> bool:
    """A sector's name alone ("Fintech", "la Biotech"): a market's sum, never a company."""
    return _without_article(name) in _sector_words()


def is_market_name(name: str) -> bool:
    """A name that stands for a whole market ("la French Tech", "le Portugal"), not a company."""
    return _without_article(name) in _market_words()


def _subject_of(text: str, offset: int = 0) -> Subject:
    # "X est en train de boucler", "X est sur le point de lever": the verb is "est".
    text = _strip_insets(_PROGRESSIVE.sub("", text))
    tokens = _strip_verb_prefix(tokenize(text))
    tokens = _skip_bracket(tokens)
    tokens = _strip_verb_prefix(tokens)
    if not tokens:
        return Subject("anaphor")
    last = tokens[-1]
    if last.lower in _RELATIVES:
        rest = tokens[:-1]
        comma = bool(rest) and rest[-1].text == ","
        if comma:
            rest = rest[:-1]
        if not rest:
            return Subject("anaphor")
        # "une start-up qui lève 10 millions": an indefinite with a relative clause is
        # any company, a hypothesis; "ce sont les jeunes pousses du secteur qui ont
        # attiré": a plural put forward, a market.
        cut = max((k for k, t in enumerate(rest) if t.text in _CLAUSE_CUTS), default=-1)
        if rest[cut + 1:] and rest[cut + 1].lower in ("un", "une"):
            return Subject("generic")
        opening = [t.lower for t in rest[cut + 1:cut + 4]]
        if opening[:2] == ["ce", "sont"] and len(opening) == 3 and opening[2] in _GENERIC_DETERMINERS:
            return Subject("generic")
        # "Paul Roy, le cofondateur de Vexo, qui a annoncé avoir levé": a person named
        # with the company they lead; the money raised is the company's.
        led = None
        for led in _LEADER_OF.finditer(text, 0, rest[-1].end):
            pass
        if led is not None:
            tail = tokenize(text[led.end():rest[-1].end])
            runs = name_runs(tail)
            if runs and runs[0] == (0, len(tail)) and not looks_like_person(text[led.end():rest[-1].end]):
                return Subject("name", text[led.end():rest[-1].end], offset + led.end(), offset + rest[-1].end)
        # "Il en va de même pour Vexo, qui a levé", "comme Vexo, qui a bouclé": the
        # relative's antecedent is the name right before it, whatever governs that name.
        runs = name_runs(rest)
        if comma and runs and runs[-1][1] == len(rest) and runs[-1][0] > 0 \
                and rest[runs[-1][0] - 1].lower in PREPOSITIONS and _relative_antecedent_governed(rest, runs[-1][0]):
            i, j = runs[-1]
            name = text[rest[i].start:rest[j - 1].end]
            if not looks_like_person(name) and not is_rubric(name) and len(name) > 1:
                return Subject("name", name, offset + rest[i].start, offset + rest[j - 1].end)
        # "la société Vexo, spécialisée dans X, qui a levé": with its comma kept, an
        # apposition before the relative is read as one and skipped.
        return subject_of(text[:rest[-1].end] + ("," if comma else ""), offset)
    if last.lower in _GENERIC_PRONOUNS:
        return Subject("generic")
    if last.lower in _EMPHATIC_PRONOUNS and len(tokens) >= 3 and tokens[-2].lower in _AUXILIARIES:
        # "Vexo a elle annoncé", "Vexo a, lui, bouclé": a pronoun stressing the
        # subject named before the auxiliary.
        named = subject_of(text[:tokens[-2].start], offset)
        if named.kind == "name":
            return named
    if last.lower in _ANAPHORIC_PRONOUNS:
        return Subject("anaphor")
    # The last clause piece: after the last comma, colon or sentence stop.
    # Spaced dashes too: "FINANCEMENT - Velcor lève", "LYON — Velcor a levé".
    cut = max((k for k, t in enumerate(tokens) if t.text in _CLAUSE_CUTS), default=-1)
    piece = tokens[cut + 1:]
    if not piece:
        return Subject("anaphor")
    runs = name_runs(piece)
    named = _name_before_apposition(tokens, cut, piece)
    if named is not None:
        return Subject("name", text[named[0]:named[1]], offset + named[0], offset + named[1])
    if runs:
        i, j = runs[-1]
        prev = piece[i - 1].lower if i > 0 else ""
        prev2 = piece[i - 2].lower if i > 1 else ""
        governed = prev in PREPOSITIONS or (prev in ("le", "la", "les", "l'") and prev2 in PREPOSITIONS)
        if prev in ("et", "ou") and len(runs) > 1 and runs[-2][1] == i - 1 and runs[-2][0] > 0 \
                and piece[runs[-2][0] - 1].lower in PREPOSITIONS:
            governed = True  # "des anciens de Delpha et Kimori a levé": a complement's second name
        # "Le spécialiste de l'IoT Vexo a levé": a name closing a company phrase is
        # its subject, whatever complement comes between.
        if j == len(piece) and (not governed or _introduced_before(piece, i)):
            return Subject("name", text[piece[i].start:piece[j - 1].end], offset + piece[i].start,
                           offset + piece[j - 1].end)
    # "Les cofondateurs de Vexo ont levé", "ses fondateurs ont bouclé": the people of a
    # company raise for it.
    people = _COMPANY_PEOPLE.match(text, piece[0].start)
    if people:
        tail = [t for t in piece if t.start >= people.end()]
        tail_runs = name_runs(tail)
        if tail_runs and tail_runs[0][0] == 0:
            i, j = tail_runs[0]
            return Subject("name", text[tail[i].start:tail[j - 1].end], offset + tail[i].start,
                           offset + tail[j - 1].end)
        return Subject("anaphor")
    # "Le fonds a levé 150 millions": a fund raising money for itself is no round.
    if len(piece) >= 2 and piece[0].lower in _ANAPHORIC_DETERMINERS and piece[1].lower in ("fonds", "véhicule"):
        return Subject("generic")
    # A noun phrase: its determiner says whether it refers back or is generic.
    for k, tok in enumerate(piece):
        low = tok.lower
        # "Une plateforme fintech opérant au Kenya a obtenu": one company described,
        # not a market; what it is may be found elsewhere.
        if low in ("un", "une") and _antecedent_noun().match(" ".join(t.text for t in piece[k + 1:k + 3])):
            return Subject("anaphor")
        # "Un premier tour de table a permis à la pépite de lever": a round is the
        # subject, its company told around it.
        if low in ("un", "une") and _ROUND_NOUN_PHRASE.match(" ".join(t.text for t in piece[k + 1:k + 4])):
            return Subject("anaphor")
        if low in _GENERIC_DETERMINERS or tok.text.isdigit():
            return Subject("generic")
        if low in _ANAPHORIC_DETERMINERS:
            return Subject("anaphor")
    if runs:
        i, j = runs[0]
        return Subject("name", text[piece[i].start:piece[j - 1].end], offset + piece[i].start,
                       offset + piece[j - 1].end)
    return Subject("anaphor")


def _name_before_apposition(tokens: list[Token], cut: int, piece: list[Token]) -> tuple[int, int] | None:
    """ "Vexo, une place de marché pour artisans a levé", "Vexo, société qui conçoit
    des drones a levé": an apposition whose closing comma is missing; the subject is
    the name that opens the clause before it."""
    if cut < 1 or tokens[cut].text != "," or not piece:
        return None
    first = piece[0]
    if not (first.lower in ("un", "une") or (first.text.islower() and first.lower not in _NON_NOUN_OPENERS
                                             and _antecedent_noun().match(first.text))):
        return None
    if name_runs(piece):
        return None  # a name inside the apposition: leave it to the usual reading
    before = tokens[:cut]
    runs = name_runs(before)
    if not runs or runs[-1][1] != len(before):
        return None
    i, _ = runs[-1]
    if i > 0 and before[i - 1].text not in _CLAUSE_CUTS:
        return None  # "Pour Vexo, une ..." : a complement, not a subject
    return before[i].start, before[-1].end


# A dateline opening a paragraph: a place (one to four words, capitalised or joining
# words such as "sur", "de"), maybe a wire agency in brackets, then a dash and a sentence:
# "LAUSANNE – Le conseil ...", "PARIS (AFP) - La ...", "Montréal — Les ...".
_DATELINE = re.compile(
    r"\s*(?P<place>[^\W\d_][\w'’.]*(?:(?:-|[ \t]+)(?:[^\W\d_][\w'’.]*|sur|en|de|du|la|le|les|d['’]\w+)){0,3})"
    r"[ \t]*(?P<agency>\([^()\n]{1,40}\))?[ \t]*[–—-][ \t]+(?=[^\W\d_])"
)


@cache
def _agencies() -> frozenset[str]:
    return frozenset(fold(w) for w in words("news_agencies.txt"))


def dateline(text: str, place: bool = False) -> tuple[int, int] | None:
    """Where the place of a dateline opening ``text`` is ("LAUSANNE –", "PARIS (AFP) -",
    "Montréal —"), or None: a place in capitals, or one followed by a press agency in
    brackets, or (``place``: the parser says it is a place) any capitalised one, then a
    dash and a sentence. Never a round's company nor an investor."""
    found = _DATELINE.match(text)
    if found is None:
        return None
    name = found.group("place")
    agency = found.group("agency")
    if agency is not None:
        parts = [fold(p.strip()) for p in re.split(r"[/,]", agency[1:-1])]
        if not all(p in _agencies() for p in parts):
            return None
    elif not place and not (name.isupper() and sum(c.isalpha() for c in name) >= 3):
        return None
    return found.start("place"), found.end("place")


def paragraph_label(text: str) -> str | None:
    """The name a round-up paragraph opens with: "Swile. La carte titre-restaurant ...",
    "■ Brindille : 800 k€ en pré-amorçage"; never a dateline's place ("LAUSANNE – Le
    conseil ...")."""
    if dateline(text) is not None:
        return None
    head = re.sub(r"^[\s■□•◦‣▪▫●○◆◇►▶▸▹›»→➜➤✓✔·*–—-]+", "", text)
    found = re.search(r"\.\s|\s:\s|\s[–—]\s|\.$", head)
    if not found:
        return None
    stop = found.start()
    if stop <= 0 or stop > 60:
        return None
    tokens = tokenize(head[:stop])
    if not tokens or len(tokens) > 5:
        return None
    if found.group().strip() != ".":
        # "Agritech : Vexo séduit ses clients": a clause with a named subject of its own
        # after the colon or dash; the word before it is a kicker, not the company.
        rest = tokenize(head[found.end():found.end() + 80])
        rest_runs = name_runs(rest)
        # A person's name there ("Vexo : Paul Roy lève") speaks for the company before.
        if rest_runs and rest_runs[0][0] == 0 and rest_runs[0][1] < len(rest) and not looks_like_person(
                head[found.end() + rest[0].start:found.end() + rest[rest_runs[0][1] - 1].end]):
            word = rest[rest_runs[0][1]]
            if word.text.isalpha() and word.text.islower() and word.lower not in PREPOSITIONS \
                    and word.lower not in ("et", "ou"):
                return None
    runs = name_runs(tokens)
    if len(runs) == 1 and runs[0] == (0, len(tokens)):
        label = head[:stop].strip()
        return None if is_rubric(label) else label
    return None


def is_rubric(label: str) -> bool:
    """A section label ("REPORTAGE", "Financement"), not a name."""
    return fold(label) in _rubrics()


@cache
def _rubrics() -> frozenset[str]:
    return frozenset(fold(w) for w in words("rubric_words.txt"))


# "dans", "à", "sur", "au capital de": where a funder puts the money.
_RECIPIENT = re.compile(
    r"\s*(?:(?:dans|à|sur|au\s+capital\s+d(?:e\s+|['’]|u\s+)|en\s+faveur\s+d(?:e\s+|['’]|u\s+))\s*"
    r"(?P<det>(?:(?:la|le|les|cette|ce|cet|une|un|sa|son|ses|leur)(?!\w)|l['’])\s*)?"
    # "au fabricant de vaccins X": "à" and "le" in one word
    r"|(?P<contracted>au)\s+(?!capital\b))",
    re.IGNORECASE,
)


def recipient_of(text: str, offset: int = 0) -> Subject:
    """The company a funder's money goes to, read from the words after the amount:
    "dans Brisk" and "dans la start-up lyonnaise Brisk" name it, "dans la jeune pousse"
    refers back to it, "dans sa R&D" or "dans une usine" is no company at all."""
    m = _RECIPIENT.match(text)
    if not m:
        return Subject("anaphor")
    return _company_phrase(text, m, offset)


# After an amount that a round noun governs: "la levée de 5 M€ [de la société X]".
# "de la part de X" names a funder, not the owner.
# "du" holds the article: "la série C de 40 M€ du lyonnais Vexo" reads as "de le lyonnais Vexo".
_GENITIVE = re.compile(r"\s+(?:de\s+|d['’]\s*|(?P<contracted>du)\s+)(?!la\s+part\b)"
                       r"(?P<det>(?:(?:la|le)(?!\w)|l['’])\s*)?", re.IGNORECASE)


def genitive_of(text: str, offset: int = 0) -> Subject:
    """The company named as the owner of a round right after its amount: "de Norial",
    "de la jeune pousse lyonnaise Norial"; anything else is no name."""
    m = _GENITIVE.match(text)
    if not m:
        return Subject("anaphor")
    found = _company_phrase(text, m, offset)
    if found.kind != "name":
        return Subject("anaphor")
    # "de la Spacetech Vexo": a sector word glued to the name describes it.
    return _without_descriptor(found, text[:found.start - offset])


# After a raise verb whose subject comes last: "c'est la somme que vient de lever [la
# medtech grenobloise Orbalis]", "ont été levés par [la start-up Orbalis]".
# Each determiner a whole word: "le" must not match the start of "les".
_INVERTED = re.compile(r"\s*(?P<det>(?:(?:la|le|cette|ce|cet)(?!\w)|l['’])\s*)?", re.IGNORECASE)


def inverted_subject(text: str, offset: int = 0) -> Subject:
    """The company named right after a raise verb placed before its subject."""
    return _company_phrase(text, _INVERTED.match(text), offset)


def _company_phrase(text: str, m: re.Match, offset: int) -> Subject:
    """A company named by the words from ``m.end()``: its name after at most four
    lower-case words when a determiner opened them, a company noun alone, or neither."""
    det = (m.group("det") or "").strip().lower().replace("’", "'")
    if m.groupdict().get("contracted"):
        det = "le"
    if det and det not in ("la", "le", "l'", "cette", "ce", "cet"):
        return Subject("generic")
    tokens = tokenize(text[m.end():m.end() + 80])
    k = 0
    while k < len(tokens) and k < 4 and tokens[k].text.islower() \
            and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", tokens[k].text):
        k += 1
    runs = [r for r in name_runs(tokens) if r[0] == k]
    if runs and k > 0 and looks_like_person(text[m.end() + tokens[runs[0][0]].start:m.end() + tokens[runs[0][1] - 1].end]):
        runs = []  # "par la start-up proviennent de Paul Roy": a person further on, not the company
    if runs and (det or k == 0):
        i, j = runs[0]
        return Subject("name", text[m.end() + tokens[i].start:m.end() + tokens[j - 1].end],
                       offset + m.end() + tokens[i].start, offset + m.end() + tokens[j - 1].end)
    # "dans la jeune pousse", "dans la medtech" refer back to the company; "dans la
    # construction de son usine" names no company at all.
    nouns = " ".join(t.text for t in tokens[:k])
    if det and (_organization_noun().search(nouns) or re.search(r"tech\b", nouns)):
        return Subject("anaphor")
    return Subject("generic")


@cache
def _organization_noun() -> re.Pattern:
    body = "|".join(re.escape(w) for w in sorted(words("organization_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


# Place adjectives ("la parisienne X", "la genevoise X") read from their endings.
_DEMONYM = re.compile(r"(?!(?:sem|diz|douz|quinz|vingt|trent|quarant|cinquant|soixant|cent)aine|(?:anc|moy)ienne)"
                      r"[^\W\d_]{3,}(?:aise|oise|ienne|aine|éenne|ais|ois)", re.IGNORECASE)
_DETERMINERS_OF_NAME = frozenset({"la", "le", "l'", "l’", "cette", "ce", "cet"})
_INTRODUCERS = frozenset({"une", "un", "la", "le", "l'", "l’"})
_SENTENCE_STOPS = frozenset({".", "!", "?", ":"})
_PLACE_PREPOSITIONS = frozenset({"à", "au", "aux", "en", "dans", "vers", "sur", "depuis"})


@cache
def _antecedent_noun() -> re.Pattern:
    body = "|".join(re.escape(w) for w in sorted(words("antecedent_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body}|[^\W\d_]*tech)(?![\w-])", re.IGNORECASE)


def _lower_words(tokens: list[Token]) -> bool:
    """Lower-case words, hyphenated ("start-up") or elided ("d'") ones included."""
    return all(t.text.islower() and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*['’]?", t.text) for t in tokens)


def _introduced_before(tokens: list[Token], i: int, loose: bool = True) -> bool:
    """ "la start-up X", "la jeune pousse lausannoise X", "la toulousaine X", "le
    spécialiste de la recharge électrique X": a determiner and at most six lower-case
    words naming a company or a place before it. A name right after "de" is no such
    name: "la jeune pousse de Loire-Atlantique", "la filiale de Vexo" tell the
    company's place or owner."""
    if i > 0 and tokens[i - 1].lower in _OF_WORDS | _PLACE_PREPOSITIONS:
        return False  # "l'entreprise installée à Toulouse": a place, not the company
    for k in range(1, 8):
        if i - k < 0:
            return False
        det = tokens[i - k]
        if det.lower in _DETERMINERS_OF_NAME or det.lower == "au":
            if not loose and i - k > 0 and tokens[i - k - 1].lower in PREPOSITIONS:
                return False  # "fondateur de la fintech X": a complement, once a round is told
            between = tokens[i - k + 1:i]
            if between and _lower_words(between):
                nouns = " ".join(t.text for t in between)
                # Past four words, the phrase's head noun must name a company itself.
                if k <= 5 and _antecedent_noun().search(nouns) or _antecedent_noun().match(between[0].text):
                    return True
                if k == 2 and _DEMONYM.fullmatch(between[0].text):
                    return True
            # "de la recharge électrique": an article inside a complement; walk on.
            if i - k > 0 and tokens[i - k - 1].lower in ("de", "à"):
                continue
            return False
        if not _lower_words([det]) and det.text != "-":
            return False
    return False


def _introduced_after(tokens: list[Token], i: int, j: int) -> bool:
    """ "X, une jeune pousse installée à Annecy": a company noun in apposition after it."""
    if j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lower not in _INTRODUCERS:
        return False
    if i > 0 and tokens[i - 1].lower in _PLACE_PREPOSITIONS and (
            i < 2 or tokens[i - 2].text in _SENTENCE_STOPS or tokens[i - 2].text == ","
            or re.search(r"(?:é|ée|és|ées|is|ise)$", tokens[i - 2].lower)):
        # "Basée à Lyon, la jeune pousse ...": a place, not the company; "revient à
        # Vexo, la plateforme ..." names a company after a verb.
        return False
    piece = tokens[j + 2:j + 5]
    return bool(piece) and bool(_antecedent_noun().match(" ".join(t.text for t in piece)))


_ROUND_LETTER_NOUNS = frozenset({"série", "serie", "séries", "round", "tranche", "phase", "catégorie"})


def _round_letter(tokens: list[Token], i: int, j: int) -> bool:
    """A lone capital is no company: the letter of a round ("une série A") or a word
    cut from its sentence ("C'est")."""
    return j - i == 1 and len(tokens[i].text) == 1 or i > 0 and tokens[i - 1].lower in _ROUND_LETTER_NOUNS


# A past participle of a verb in -er, capitalised as a sentence's first word.
_PARTICIPLE_OPENER = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:é|ée|és|ées)")
_FRONTED_PARTICIPLE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:é|ée|és|ées|ie|ies|is|ise|ises|ue|ues|u|us|te|tes)")


def _after_fronted_participle(tokens: list[Token], i: int) -> bool:
    """A name right after the comma closing a participle clause that opens its
    sentence: "Fondée en 2022 à Lyon par deux ingénieurs, Vexo vend ..."."""
    if i == 0 or tokens[i - 1].text != ",":
        return False
    k = i - 1
    while k > 0 and tokens[k - 1].text not in _SENTENCE_STOPS:
        k -= 1
    return i - k <= 25 and bool(_FRONTED_PARTICIPLE.fullmatch(tokens[k].text))


def antecedent(text: str, offset: int = 0, loose: bool = True) -> Subject | None:
    """The company a later "la start-up" or "elle" refers back to: the last name in
    ``text`` introduced by a company noun ("la medtech X", "X, une jeune pousse ...")
    or a place adjective ("la lyonnaise X"), or that opens a sentence as the subject
    of a verb ("X vend aux collectivités ...") or a complement ("le patron de la
    start-up X") only when ``loose``; never a person."""
    tokens = tokenize(text)
    for i, j in reversed(name_runs(tokens)):
        name = text[tokens[i].start:tokens[j - 1].end]
        if looks_like_person(name) or _round_letter(tokens, i, j):
            continue
        fronted = loose and _after_fronted_participle(tokens, i)
        opens = loose and (i == 0 or tokens[i - 1].text in _SENTENCE_STOPS
                 or "\n" in text[tokens[i - 1].end:tokens[i].start]) or fronted
        subject = (opens and j < len(tokens) and tokens[j].text.islower() and tokens[j].text.isalpha()
                   and tokens[j].lower not in PREPOSITIONS and tokens[j].lower not in _GENERIC_DETERMINERS
                   and tokens[j].lower not in _ANAPHORIC_DETERMINERS)
        # A capital at a sentence start is no name by itself ("Six ans de développement"):
        # an opener must be named again.
        if subject and not fronted and len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) < 2:
            subject = False
        named = re.search(r"(?:du\s+nom\s+d[e']|baptisée?s?|appelée?s?|nommée?s?|dénommée?s?)\s*$",
                          text[max(0, tokens[i].start - 20):tokens[i].start].replace("’", "'"), re.IGNORECASE)
        if subject or named or _introduced_before(tokens, i, loose) or _introduced_after(tokens, i, j):
            return Subject("name", name, offset + tokens[i].start, offset + tokens[j - 1].end)
    return None
