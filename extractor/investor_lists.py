"""Stage 2 of investor extraction, its reader: a list of names, read into investors.

``parse_list`` takes the text a cue or a verb governs ("le fonds X, Y et de ses
investisseurs historiques Z, déjà actionnaire") and returns one ``Found`` per name, with
the words before it (its descriptor), its apposition and its lead / existing marks;
``_segments`` cuts the list, ``_ListReader`` reads it and says where it ends.
"""

import re
from dataclasses import dataclass, field
from functools import cache

from extractor.investor_kinds import _context_kind, existing_marker, lead_marker
from extractor.investor_names import (
    _NAME_JOINERS,
    ARTICLES,
    PREPOSITIONS,
    Token,
    _clean_name,
    _function_words,
    _fund_name_words,
    _not_names,
    _org_heads,
    fold,
    is_name_word,
    looks_like_person,
    name_runs,
    tokenize,
)
from extractor.lexicon import table, words


@dataclass
class Found:
    """An investor named in a sentence; offsets are relative to the text given."""

    name: str
    start: int
    end: int
    lead: bool = False
    existing: bool = False
    context: str = ""  # descriptor words before the name ("le fonds américain"), for the kind
    apposition: str = ""  # words after it between commas ("le bancassureur belge")
    group: str = ""  # words that describe its whole list ("plusieurs partenaires stratégiques, dont")
    cue: str = ""
    subject: bool = False  # named as the subject of a participation verb
    start_of_object: int = -1  # for subjects: where the verb's object starts


_LIST_SEPARATORS = frozenset({",", ":", "et", "ou", "puis", "voire"})
# Square brackets are an editor's insertion in quoted words: a list does not run into them.
_LIST_STOPS = frozenset({".", ";", "!", "?", "«", "»", "“", "”", '"', "(", ")", "—", "–", "[", "]"})
_SEGMENT_STOPS = frozenset({
    "pour", "dans", "afin", "lors", "sur", "selon", "depuis", "avec", "en", "à", "au",
    "sans", "mais", "tandis", "alors", "car", "soit", "contre", "via", "lorsque",
    "pendant", "après", "avant", "jusqu'",
})
_RELATIVES = frozenset({"qui", "que", "qu'", "dont", "lequel", "laquelle"})


@dataclass
class Segment:
    """One item of a list: its tokens, the separator before it ("," "et" "ou" ":"
    "ainsi que", "" for the first) and whether it was between parentheses."""

    tokens: list[Token]
    separator: str = ""
    parenthetical: bool = False


# Phrases that add one more item to a list, like "ainsi que". Not "mais aussi", which
# as often opposes another subject or clause to the list.
# ("et même Z", "voire Z": the last item, stressed.)
_JOINING_PHRASES = (("sans", "oublier"), ("de", "même", "que"), ("de", "même", "qu'"),
                    ("et", "même"), ("voire",))


def _joining_phrase(tokens: list[Token], i: int) -> int:
    """The number of tokens of a joining phrase starting at ``i`` ("sans oublier"), or 0."""
    for phrase in _JOINING_PHRASES:
        if tuple(t.lower for t in tokens[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _segments(tokens: list[Token]) -> list[Segment]:
    """Split a list on ", " / " et " / " ou " / " ainsi que " / ":"; a parenthesis is an
    item of its own ("Orion (chef de file)", "X (7 millions)"); stop at ". ; « »" and
    at a closing parenthesis the list did not open."""
    segments: list[Segment] = [Segment([])]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower
        if tok.text == "(":
            close = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ")"), None)
            if close is None:
                break
            segments.append(Segment(tokens[i + 1:close], parenthetical=True))
            segments.append(Segment([]))
            i = close + 1
            continue
        if tok.text in _LIST_STOPS:
            break
        if low == "ainsi" and i + 1 < len(tokens) and tokens[i + 1].lower in ("que", "qu'"):
            segments.append(Segment([], "ainsi que"))
            i += 2
            continue
        joined = _joining_phrase(tokens, i)
        if joined:
            # "X, sans oublier Z", "de même que W": one more item, as "ainsi que".
            segments.append(Segment([], "ainsi que"))
            i += joined
            continue
        if low == "etc":
            i += 1
            continue  # "X, Y, Z etc.": no item of its own
        if low in _LIST_SEPARATORS:
            last = segments[-1]
            separator = low if last.tokens or not last.separator else last.separator + " " + low
            if segments[-1].tokens:
                segments.append(Segment([], separator))
            else:
                segments[-1].separator = separator
        else:
            segments[-1].tokens.append(tok)
        i += 1
    return [s for s in segments if s.tokens]


def _complement_before(tokens: list[Token]) -> bool:
    """Words after the item's first word that hang it on a person with an article
    ("fonds du milliardaire", "family office de la famille"): the name that follows
    owns what the item names; it is not the item."""
    lows = [t.lower for t in tokens]
    for k, low in enumerate(lows):
        if low in ("du", "des") or low == "de" and k + 1 < len(lows) and lows[k + 1] in ("la", "l'"):
            after = lows[k + 1:] if low in ("du", "des") else lows[k + 2:]
            if after and fold(after[0]) in _owner_nouns():
                return True
    return False


@cache
def _owner_nouns() -> frozenset[str]:
    """Person nouns an investment vehicle may hang on: "du milliardaire", "de la famille"."""
    return frozenset({fold(row[0]) for row in table("person_nouns.tsv")}
                     | {"milliardaire", "famille", "homme", "femme", "magnat", "entrepreneur", "fondateur"})


def _pick_name(seg: list[Token]) -> tuple[int, int] | None:
    """The name of a list item: the first name run not governed by a preposition
    ("le fonds américain Coatue" -> Coatue; "le fonds de croissance d'Alphabet" -> none)."""
    for i, j in name_runs(seg):
        if j == i + 1 and len(seg[i].text) == 1:
            continue  # the letter of a round ("lors d'une série A"), an initial
        if _complement_before(seg[1:i]):
            return None  # "le fonds du milliardaire X": X owns what the item names
        prev = seg[i - 1].lower if i > 0 else ""
        prev2 = seg[i - 2].lower if i > 1 else ""
        if prev in PREPOSITIONS or (prev in ARTICLES and prev2 in PREPOSITIONS):
            # "l'ancien patron de Lumo Paul Varin": the person named after the company
            # of their role is the item.
            if j - i >= 3 and looks_like_person(" ".join(t.text for t in seg[j - 2:j])):
                return j - 2, j
            continue
        return i, j
    return None



def _apply_markers(targets: list, seg_text: str) -> None:
    """Mark ``targets`` as leading or existing when ``seg_text`` says so."""
    if lead_marker(seg_text):
        for f in targets:
            f.lead = True
    if existing_marker(seg_text):
        for f in targets:
            f.existing = True


def parse_list(text: str, offset: int = 0, lead: bool = False, existing: bool = False,
               cue: str = "", context: str = "") -> list[Found]:
    """Investors named in a list that starts ``text``: "le fonds X, Y et de ses
    investisseurs historiques Z, déjà actionnaire". Appositions ("fondateur de Free"),
    founders ("cofondé par ...") and lower-case descriptors are not names; an
    existing or lead marker after a name applies to it (singular) or to all (plural).
    ``context`` describes the whole list ("plusieurs partenaires stratégiques, dont"),
    as does a descriptor without a name at its head ("de groupes technologiques : X, Y");
    names without a descriptor of their own take it, for their kind."""
    reader = _ListReader(text, offset, lead, cue, sticky_existing=existing, group_context=context)
    for segment in _segments(tokenize(text)):
        if not reader.read(segment):
            break
    return reader.found


# What ``_ListReader.read`` says after a segment.
_GO_ON, _STOP = True, False


def _adverbial_goes_on(body: list[Token]) -> bool:
    """Words that still belong to an adverbial ("via ses fonds A"): names then a participle
    phrase ("B dédiés à l'industrie"), or a complement opening on "à" ("à la défense")."""
    k = 0
    while k < len(body) and is_name_word(body[k]):
        k += 1
    if k == len(body) or any(t.text[:1].isdigit() for t in body):
        return False
    first = body[k].lower
    participle = k > 0 and re.fullmatch(r"[a-zéèêàâîôûç]+(?:é|ée|és|ées|ant)", first) is not None
    complement = k == 0 and first in ("à", "au", "aux")
    return (participle or complement) and not any(is_name_word(t) for t in body[k:])


@dataclass
class _ListReader:
    """Reads the items of a list one segment at a time (see ``_segments``), remembering
    what the previous segment was: a name, an apposition about it, a relative clause,
    a descriptor of the names to come, an adverbial ("à hauteur de 10 millions")."""

    text: str
    offset: int
    lead: bool
    cue: str
    sticky_existing: bool = False  # an existing marker seen before the names of the group
    group_context: str = ""
    found: list[Found] = field(default_factory=list)
    group_start: int = 0  # index in ``found`` where the current group of names begins
    previous: str = "start"  # "name" | "apposition" | "relative" | "start" | "descriptor" | "adverbial"
    apposition_names: bool = False  # the last apposition names something ("fondateur de Lumio")
    founders_named: bool = False  # ... and they are founders ("créé par Paul Girard")
    managers_named: bool = False  # ... or the managers of a fund ("géré par Selva")

    def read(self, segment: Segment) -> bool:
        """Take one segment in; False when the list has ended."""
        if segment.parenthetical:
            self._note_parenthetical(segment.tokens)
            return _GO_ON
        leading_de, body = self._strip_repeated_preposition(segment.tokens)
        if not body:
            return _GO_ON
        seg_text = self.text[body[0].start:body[-1].end]
        if self.previous == "relative" and segment.separator == "et" and not leading_de:
            return _GO_ON  # "X, qui a investi dans Brisk et Tilia": still the relative clause
        if body[0].lower in _RELATIVES or (body[0].lower == "ne" and self.previous == "name"):
            self._mark_from_relative(seg_text)
            return _GO_ON
        if body[0].lower in _SEGMENT_STOPS and not (leading_de and self.previous in ("name", "start", "adverbial")):
            if self.previous == "name":
                self.previous = "adverbial"  # "du fonds X, à hauteur de 10 millions, et du groupe Y"
                return _GO_ON
            if self.previous == "adverbial" and segment.separator in ("et", ",") and _adverbial_goes_on(body):
                return _GO_ON  # "via ses fonds A dédiés à l'industrie et à la défense"
            return _STOP
        if self.previous == "adverbial" and not leading_de:
            if segment.separator in ("et", ",") and all(is_name_word(t) for t in body):
                return _GO_ON  # "via ses fonds SPI et FDI": still the adverbial's names
            if segment.separator in ("et", ",") and _adverbial_goes_on(body):
                return _GO_ON  # "via ses fonds A et B dédiés à l'industrie et à la défense"
            return _STOP
        picked = _pick_name(body)
        if (picked is None and segment.separator.endswith("et") and self.previous == "name" and self.found
                and not leading_de and _institution_goes_on(self.found[-1].name, body)):
            self._extend_last_name(body[-1])  # "Caisse de dépôt et placement du Québec"
            return _GO_ON
        if self._still_the_apposition(segment, leading_de, body, picked):
            return _GO_ON
        if (segment.separator.endswith("et") and self.previous == "name" and self.found and not leading_de
                and picked is not None and picked[1] == len(body) and _name_goes_on(body[:picked[0]])):
            self._extend_last_name(body[picked[1] - 1])
            return _GO_ON
        starts_lower = not is_name_word(body[0])
        has_prep_before = picked is not None and any(t.lower in PREPOSITIONS for t in body[:picked[0]])
        founder_words = _FOUNDER_WORDS.search(seg_text)
        # "du fabricant de vélos X" after the cue's preposition: a kind noun, then its name.
        # So does "et le fonds de capital-risque belge X" after a name.
        new_item = ((leading_de or segment.separator.endswith("et")) and picked is not None
                    and _kind_descriptor(body[:picked[0]]) and not founder_words)
        # "Norvalia, le groupe danois de la logistique, propriétaire de l'appli Y": a second
        # apposition after the first still describes the name before them.
        if picked is None or (starts_lower and self.previous in ("name", "apposition")
                              and (has_prep_before or founder_words) and not new_item):
            if self.found and (self.previous == "name" or self.previous == "apposition" and picked is not None):
                self._note_apposition(segment, body, seg_text)
            else:
                self._note_descriptor(seg_text, picked)
            return _GO_ON
        return self._add_name(body, picked, segment.separator)

    def _strip_repeated_preposition(self, seg: list[Token]) -> tuple[bool, list[Token]]:
        """"de X" after "auprès de", "aux côtés de"; "par X" after "rejoint par"; "à X"
        after "ouvre son capital à": the cue's preposition said again before the next item."""
        first = seg[0].lower
        cue = fold(self.cue)
        # "avec l'appui de X, ..., ainsi qu'avec Y": the cue's own first preposition.
        leading = (first in ("de", "d'", "du", "des") or (first == "par" and cue.endswith(" par"))
                   or (first in ("avec", "auprès") and cue.startswith(first + " "))
                   or (first in ("à", "au", "aux") and cue.split()[-1:] in (["a"], ["au"], ["aux"])))
        return leading, (seg[1:] if leading and len(seg) > 1 else seg)

    def _note_parenthetical(self, seg: list[Token]) -> None:
        """"Orion (chef de file)", "X (7 millions)", "Y (BEI)": about the name before it."""
        if self.previous == "name" and self.found:
            paren_text = self.text[seg[0].start:seg[-1].end]
            _apply_markers(self.found[-1:], paren_text)
            self.found[-1].apposition = (self.found[-1].apposition + " " + paren_text).strip()

    def _mark_from_relative(self, seg_text: str) -> None:
        """A relative clause about the names before it: "qui mène le tour"."""
        if self.found:
            targets = (self.found[-1:] if len(self.found) - self.group_start <= 1 or _singular(seg_text)
                       else self.found[self.group_start:])
            _apply_markers(targets, seg_text)
        self.previous = "relative"

    def _still_the_apposition(self, segment: Segment, leading_de: bool, body: list[Token],
                              picked: tuple[int, int] | None) -> bool:
        """Does the segment go on with the apposition before it? "X, le fonds créé par
        Paul Girard et Anne Morel"; "cofondateur de Fotolia et d'eFounders" (but after
        "X, chef de file, et de Y" or "X, filiale de Y, et du fonds Z", the next investor)."""
        if self.previous != "apposition":
            return False
        if self.founders_named and segment.separator.endswith("et") and not leading_de:
            return True
        if self.managers_named and segment.separator == "et" and not leading_de:
            return True
        return (leading_de and self.apposition_names and not segment.separator.startswith(",")
                and not (picked and _kind_descriptor(body[:picked[0]])))

    def _extend_last_name(self, last_token: Token) -> None:
        """"Exportation et développement Canada", "Capital régional et coopératif X":
        lower-case words between "et" and a name continue the name before."""
        last = self.found[-1]
        last.name = _clean_name(self.text[last.start - self.offset:last_token.end])
        last.end = self.offset + last_token.end

    def _note_apposition(self, segment: Segment, body: list[Token], seg_text: str) -> None:
        """An apposition after a name carries markers for it ("déjà actionnaire") or for
        its group ("déjà présents"), and words for its kind ("le bancassureur belge")."""
        targets = self.found[-1:] if _singular(seg_text) else self.found[self.group_start:]
        _apply_markers(targets, seg_text)
        # "X, le bancassureur belge" describes X; "X et plusieurs entrepreneurs" is
        # another (unnamed) investor.
        if re.search(r"[,:(]\s*$", self.text[:segment.tokens[0].start]):
            self.found[-1].apposition += " " + seg_text
        self.previous = "apposition"
        self.apposition_names = bool(name_runs(body))
        self.founders_named = self.apposition_names and _FOUNDED_BY.search(seg_text) is not None
        self.managers_named = self.apposition_names and _MANAGED_BY.search(seg_text) is not None

    def _note_descriptor(self, seg_text: str, picked: tuple[int, int] | None) -> None:
        """Words before the names ("ses investisseurs historiques :", "de groupes
        technologiques") describe the group that follows."""
        if existing_marker(seg_text):
            self.sticky_existing = True
            self.group_start = len(self.found)
        if picked is None and self.previous in ("start", "descriptor"):
            self.group_context = seg_text
        if picked is None:
            self.previous = "descriptor"

    def _add_name(self, body: list[Token], picked: tuple[int, int], separator: str = "") -> bool:
        """The item's name, with the descriptor before it and the markers after it."""
        i, j = _without_origin_or_firm(body, *picked)
        j = _institution_name_end(body, i, j)
        if separator == "," and self.previous == "name" and j < len(body) and _starts_a_clause(body[j]):
            return _STOP  # "... l'apport de Selva, Vorta recrute": the main clause, not an item
        descriptor = self.text[body[0].start:body[i].start] if i > 0 else ""
        if descriptor and any(t.lower in ("qui", "que", "qu'") for t in body[:i]):
            return _GO_ON  # "un anticorps qui cible le récepteur X": a clause, not a descriptor
        if descriptor and self.previous == "name" and not _descriptor_words(body[:i]):
            return _STOP  # "..., rapportaient le FT": a verb, not a descriptor; the list has ended
        if descriptor and existing_marker(descriptor):
            self.sticky_existing = True
        if descriptor and self.previous != "name":
            self.group_start = len(self.found)
        name = _clean_name(self.text[body[i].start:body[j - 1].end])
        if not name:
            return _GO_ON
        for part, p_start, p_end in _split_on_slash(name, self.offset + body[i].start):
            self.found.append(Found(
                name=part, start=p_start, end=p_end, lead=self.lead, existing=self.sticky_existing,
                context=descriptor, group=self.group_context, cue=self.cue,
            ))
        self.previous = "name"
        # Words after the name inside the segment: "Bpifrance dans le cadre de ..." ends the list.
        rest = body[j:]
        if rest and lead_marker(self.text[rest[0].start:rest[-1].end]):
            self.found[-1].lead = True  # "auprès de X en tant que chef de file"
        if rest and rest[0].text[0].isupper() and rest[0].lower in _function_words():
            return _STOP  # "X La biotech ...": a new sentence glued to the list
        if rest and rest[0].lower in _SEGMENT_STOPS:
            # "par X à hauteur de 3 millions et par Y pour le solde": only an item led by
            # the cue's preposition may follow.
            self.previous = "adverbial"
        return _GO_ON


# A capitalised noun of origin after an article: "l'Américaine Jeanne Roux", "le Britannique X".
_DEMONYM = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?:ain|aine|ais|aise|ois|oise|ien|ienne|and|ande|ol|ole|ite|tannique)s?$")


def _without_origin_or_firm(tokens: list[Token], i: int, j: int) -> tuple[int, int]:
    """The name run [i, j) without what is not the name: a noun of origin before it
    ("le Britannique Selva Capital" -> Selva Capital) and a person's firm after a
    person's name ("Paul Girard d'Upflow" -> Paul Girard); with a fund word alone, the
    common acronym before it ("IA Ventures")."""
    if (j == i + 1 and i > 0 and tokens[i].text in _fund_name_words() and tokens[i - 1].text in _not_names()
            and tokens[i - 1].end + 1 == tokens[i].start):
        return i - 1, j  # "IA Ventures": a common acronym opens the fund's name
    if (j - i >= 2 and i > 0 and tokens[i - 1].lower in ("le", "la", "l'", "les")
            and _DEMONYM.match(tokens[i].text) and is_name_word(tokens[i + 1])):
        i += 1
    for k in range(i + 2, j - 1):
        if tokens[k].lower in ("d'", "de", "du", "chez") and looks_like_person(
                " ".join(t.text for t in tokens[i:k])):
            return i, k
    return i, j


def _starts_a_clause(token: Token) -> bool:
    """A lower-case word right after a name that reads as its verb ("Vorta recrute"),
    not a descriptor, an adverb or a participle ("basé à Paris", "également")."""
    word = token.text
    if not (word.isalpha() and word.islower()) or word in _SEGMENT_STOPS or word in _RELATIVES:
        return False
    if fold(word) in _descriptor_starts() or re.search(r"(?:é|ée|és|ées|i|ie|is|ies|ment|u|ue|us|ues)$", word):
        return False
    return True


_FOUNDER_WORDS = re.compile(r"(?<!\w)(?:co)?fond[ée]e?s?\s+par|créée?s?\s+par|(?:co)?fondateur|(?:co)?fondatrice",
                            re.IGNORECASE)
_FOUNDED_BY = re.compile(r"(?<!\w)(?:co)?(?:fond[ée]e?s?|créée?s?|lancée?s?)\s+par(?!\w)", re.IGNORECASE)
# The managers of a fund named in its apposition: "X, le fonds de la mutuelle Y géré par
# Z et W"; "et W" goes on with the managers, unless a comma closes the apposition first.
_MANAGED_BY = re.compile(r"(?<!\w)(?:gérée?s?|opérée?s?|conseillée?s?|animée?s?)\s+par(?!\w)", re.IGNORECASE)


@cache
def _descriptor_starts() -> frozenset[str]:
    """Lower-case words a list item's descriptor may open with: determiners and
    prepositions, kind and investor nouns, person nouns, quantities and list adverbs."""
    out = set(_function_words()) | ARTICLES | PREPOSITIONS
    out |= {fold(cue.split()[0]) for cue, _, where in table("investor_kinds.tsv") if where == "context"}
    out |= {fold(w.split()[0]) for w in words("investor_nouns.txt")}
    out |= {fold(row[0]) for row in table("person_nouns.tsv")}
    out |= {fold(w) for w in words("investor_descriptor_starts.txt")}
    return frozenset(out)


def _descriptor_words(tokens: list[Token]) -> bool:
    """Whether the words before a list item's name describe it ("le fonds américain",
    "ses investisseurs historiques") rather than start a clause ("rapportaient le",
    "un anticorps qui cible le")."""
    first = tokens[0]
    return (not first.text.isalpha() or not first.text.islower() or fold(first.lower) in _descriptor_starts()
            or _NATIONALITY.search(first.text) is not None)


# Adjectives of origin open descriptors too: "le japonais X", "du singapourien Y".
_NATIONALITY = re.compile(r"(?:ais|aise|ain|aine|ien|ienne|ois|oise|and|ande|ol|ole|in|ine|on|onne)s?$")


def _kind_descriptor(tokens: list[Token]) -> bool:
    """Words before a name that say what kind of investor it is ("le fonds", "du groupe")."""
    return bool(tokens) and _context_kind(" ".join(t.text for t in tokens), True) is not None


def _name_goes_on(tokens: list[Token]) -> bool:
    """One to three lower-case words that are no descriptor ("développement", "coopératif"):
    after "et", they carry a name on rather than open a new item."""
    return (0 < len(tokens) <= 3 and all(t.text.isalpha() and t.text.islower() for t in tokens)
            and fold(tokens[0].lower) not in _descriptor_starts())


def _institution_goes_on(name: str, body: list[Token]) -> bool:
    """After a name with lower-case words ("Caisse de dépôt"), "et" + lower-case words +
    "de" / "du" + a name carries that name on ("et placement du Québec"); after "Orion"
    or with no name at the end ("et gestion de patrimoine"), it does not."""
    if not re.search(r"\s(?!(?:de|du|des|la|le|les)\s)[a-zà-ÿ]", name) or len(body) > 7:
        return False
    k = 0
    while k < len(body) and k < 3 and body[k].text.isalpha() and body[k].text.islower() \
            and body[k].lower not in ("de", "du", "des"):
        k += 1
    if k == 0 or k >= len(body) or body[k].lower not in ("de", "du", "des", "d'"):
        return False
    rest = body[k + 1:]
    if rest and rest[0].lower in ("la", "l'"):
        rest = rest[1:]
    return bool(rest) and all(is_name_word(t) or t.lower in _NAME_JOINERS for t in rest) and is_name_word(rest[-1])


def _institution_name_end(body: list[Token], i: int, j: int) -> int:
    """A generic head noun alone ("Mutuelle", "Caisse", "Fondation") followed by its
    lower-case complement up to the end of the list item is one name: "de la Mutuelle
    d'assurances des artisans du bâtiment"."""
    if body[i].text not in _org_heads() or j >= len(body) or len(body) - j > 8:
        return j
    rest = body[j:]
    if j != i + 1:
        # "l'Institut Naos des technologies marines": a head noun, its own name, then a
        # lower-case complement up to the end of the item, all of it the name.
        if rest[0].lower in ("de", "d'", "du", "des") and len(rest) > 1 and all(
                t.lower in _NAME_JOINERS or t.lower in ("l'", "la", "les") or t.text.isalpha() and t.text.islower()
                for t in rest):
            return len(body)
        return j
    # "Société américaine de financement du développement": an adjective may come first.
    complement = rest[1:] if len(rest) > 1 and rest[0].text.isalpha() and rest[0].text.islower() else rest
    if complement[0].lower not in ("de", "d'", "du", "des"):
        return j
    if all(t.lower in _NAME_JOINERS or t.lower in ("l'", "la", "les") or t.text.isalpha() and t.text.islower()
           for t in rest):
        return len(body)
    return j


def _split_on_slash(name: str, start: int) -> list[tuple[str, int, int]]:
    """"Orion/Fonds Alto": two names written with a slash between them, in round-ups;
    each part opens on a capital. Offsets follow the parts."""
    parts = name.split("/")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return [(name, start, start + len(name))]
    out, at = [], start
    for part in parts:
        out.append((part, at, at + len(part)))
        at += len(part) + 1
    return out


def _singular(text: str) -> bool:
    """Is the apposition singular ("déjà actionnaire", "qui mène")?"""
    words_ = [t.lower for t in tokenize(text)]
    for w in words_:
        if w in ("actionnaire", "présent", "présente", "investisseur", "historique", "engagé", "engagée",
                 "mène", "a", "avait", "renouvelle", "confirme", "devient", "prend"):
            return True
        if w in ("actionnaires", "présents", "présentes", "investisseurs", "historiques", "engagés",
                 "mènent", "ont", "avaient", "renouvellent", "confirment", "deviennent", "prennent"):
            return False
    return False
