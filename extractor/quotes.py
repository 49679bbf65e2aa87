"""Direct and reported quotes with their speakers.

Sets ``doc._.quotes``: a list of dicts {"start", "end", "direct", "verb",
"speaker": {"name", "title", "organization"} | None}.

Direct quotes come from pairing quotation marks on ``doc.text``; each is then
attributed from the words after its closing mark ("», explique X", "»,
précise-t-elle"), before its opening mark ("X a déclaré : «", "Pour X, «"), an
incise inside it ("A, dit-il. B") or, for a following quote of the same speaker,
the previous quote. Reported speech comes from "selon X, ..." / "d'après X" and
from "X affirme que ...". Pronouns and descriptions ("la dirigeante") resolve to
the person the article last named, with the title and organisation of the
apposition that introduced them.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.entities import entities
from extractor.extensions import doc_text
from extractor.lexicon import table, words
from extractor.speakers import (
    INDEFINITE,
    NAME_RE,
    SpeakerPhrase,
    clause_text_end,
    gender_of,
    is_function_word,
    leader_nouns,
    norm,
    organization_nouns,
    pair_quote_marks,
    read_name,
    read_speaker,
    reported_speech_lemmas,
    rumour_cues,
    sentence_end,
    sentence_start,
    skip_honorific,
    speech_verbs,
    split_title,
    starts_with_person_noun,
    strip_span,
    title_segment,
)

_SP = r"[ \t\u00a0\u202f]"
_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_AUX = r"(?:a|avait|aurait|aura|ont|avaient|auraient)"
_PRON = r"(?:il|elle|ils|elles|on)"
_WORD = r"[^\W\d_][\w]*"


def _multiword_forms() -> str:
    """Speech verbs of several words ("fait valoir", "met en garde") as a regex alternation."""
    verbs = speech_verbs()
    forms = {f for table in (verbs.present, verbs.plural, verbs.participle) for f in table if " " in f}
    return "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))


def _split_multiword() -> str:
    """Multi-word speech verbs inverted around their pronoun ("met-elle en garde",
    "fait-il valoir") as a regex: groups (first word, pronoun, rest)."""
    verbs = speech_verbs()
    forms = [f.split(" ", 1) for table in (verbs.present, verbs.plural) for f in table if " " in f]
    firsts = "|".join(sorted({re.escape(f[0]) for f in forms}, key=len, reverse=True))
    rests = "|".join(r"\s+".join(map(re.escape, r.split())) for r in sorted({f[1] for f in forms}, key=len, reverse=True))
    return rf"({firsts})(?:-t)?-({_PRON})\s+({rests})\b"


def _low(form: str) -> str:
    return " ".join(form.lower().split())


# "nous explique X", "m'a confié X": the journalist or reader addressed.
_CLITIC = r"(?:nous|me|m[’']|vous|lui|leur)\s?"

# A speech verb form: one word, or a listed multi-word form.
_VERB = rf"(?:{_multiword_forms()}|{_WORD})"
_SPLIT_VERB = _split_multiword()


def _split_verb(m: re.Match, first: int) -> str | None:
    """The verb of a ``_SPLIT_VERB`` match whose first group is ``first``, when listed."""
    verb = f"{m.group(first)} {_low(m.group(first + 2))}"
    return verb if verb in speech_verbs().present or verb in speech_verbs().plural else None
# Shortest quote kept without an explicit attribution right after or before it.
MIN_WORDS = 4


@dataclass
class Mention:
    """A person named in the article, with what the text says about them."""

    start: int
    name: str
    title: str | None
    organization: str | None
    generic_org: bool
    gender: str


@dataclass
class Attribution:
    verb: str | None
    phrase: SpeakerPhrase | None
    at: int  # offset used to find "the person last named"
    end: int = -1  # where the attribution words end
    attribute: bool = False  # the quote qualifies the verb's object ("a jugé l'idée « ... »")


RUMOUR = Attribution(None, None, -1)


# --------------------------------------------------------------------------
# Attribution patterns (pure functions of the text)


def parse_after(text: str, pos: int) -> Attribution | None:
    """An inverted attribution right after a closing mark at ``pos``."""
    m = re.compile(rf"{_SP}*,?{_SP}*").match(text, pos)
    p = m.end()
    rest = text[p:p + 300]
    low = norm(rest)
    if any(low.startswith(cue) for cue in rumour_cues()):
        return RUMOUR
    verbs = speech_verbs()
    # "a-t-il déclaré", "avait-elle expliqué"
    m = re.match(rf"({_AUX})-t-({_PRON})\s+({_VERB})", rest)
    if m and _low(m.group(3)) in verbs.participle:
        if m.group(2) == "on":
            return RUMOUR
        return Attribution(f"{m.group(1)} {m.group(3)}", _pronoun(m, 2, p), p, p + m.end())
    # "s'est-il félicité"
    m = re.match(rf"(s[’']est|se sont)-({_PRON})\s+({_VERB})", rest)
    if m and _low(m.group(3)) in verbs.participle:
        return Attribution(f"{m.group(1)} {m.group(3)}", _pronoun(m, 2, p), p, p + m.end())
    # "met-elle en garde", "fait-il valoir"
    m = re.match(_SPLIT_VERB, rest)
    if m and m.group(2) != "on" and _split_verb(m, 1):
        return Attribution(_split_verb(m, 1), _pronoun(m, 2, p), p, p + m.end())
    # "précise-t-elle", "dit-il", "se félicite-t-il"
    m = re.match(rf"((?:se|s[’'])\s?)?({_WORD})(?:-t)?-({_PRON})\b", rest)
    if m and (_low(m.group(2)) in verbs.present or _low(m.group(2)) in verbs.plural):
        if m.group(3) == "on":
            # "explique-t-on chez X": the company speaks; a bare "on" is a rumour.
            where = re.match(r"\s+(?:chez\s+|du côté d[e’']\s?|au sein d[e’']\s?)", rest[m.end():])
            span = read_name(text, p + m.end() + where.end()) if where else None
            if span:
                phrase = SpeakerPhrase("organization", span[0], span[1], organization=text[span[0]:span[1]])
                return Attribution((m.group(1) or "") + m.group(2), phrase, p, span[1])
            return RUMOUR
        verb = (m.group(1) or "") + m.group(2)
        return Attribution(verb, _pronoun(m, 3, p), p, p + m.end())
    # "a déclaré Arthur Mensch", "s'est félicité X"
    m = re.match(rf"(?:{_CLITIC})?({_AUX}|s[’']est)\s+({_VERB})\s+", rest)
    if m and _low(m.group(2)) in verbs.participle:
        phrase = speaker_after_verb(text, p + m.end())
        if phrase:
            return Attribution(f"{m.group(1)} {m.group(2)}", phrase, p, phrase.end)
    # "explique Arthur Mensch", "se félicite la présidente", "indique un communiqué"
    m = re.match(rf"(?:{_CLITIC})?((?:se|s[’'])\s?)?({_VERB})\s+", rest)
    if m and (_low(m.group(2)) in verbs.present or _low(m.group(2)) in verbs.plural):
        phrase = speaker_after_verb(text, p + m.end())
        if phrase:
            return Attribution((m.group(1) or "") + m.group(2), phrase, p, phrase.end)
        if re.match(r"(?:un|une|des|certains|plusieurs|quelques)\s", rest[m.end():]):
            return RUMOUR  # "glisse un exploitant qui préfère rester anonyme"
    # "», selon X" / "d'après X"; a capitalised "Selon" opens the next sentence.
    m = re.match(r"(selon|d[’']après)\s+", rest)
    if m:
        if any(low.startswith(cue) for cue in rumour_cues()):
            return RUMOUR
        phrase = read_speaker(text, p + m.end(), allow_pronoun=True)
        if phrase:
            return Attribution(m.group(1).lower(), phrase, p, phrase.end)
    return None


@lru_cache(maxsize=1)
def _adverbials() -> str:
    return "|".join(re.escape(w).replace("’", "[’']") for w in sorted(words("speech_adverbs.txt"), key=len, reverse=True))


# A written or spoken channel between verb and speaker: "dans un communiqué",
# "dans un entretien accordé au Monde", "à l'AFP", "en entrevue", "lors d'une conférence".
_MEDIUM_NAME = rf"(?:l[’']\s?|la\s+|le\s+|les\s+)?[{_UPPER}][\w\-]*"
_MEDIUM = rf"(?:(?:à|au|aux)\s+{_MEDIUM_NAME})"
_CHANNEL = (
    rf"(?:(?:dans|via|par)\s+(?:un|une|le|la|son|sa|leur|ce|cet|cette|l[’']\s?)\s*[\w\-]+(?:\s+(?:de\s+presse|vidéo))?"
    rf"(?:\s+(?:accordée?|publiée?|diffusée?|donnée?))?(?:\s+{_MEDIUM})?"
    rf"|lors\s+d[’']\s?(?:un|une)\s+[\w\-]+(?:\s+de\s+presse)?"
    rf"|par\s+(?:courriel|e-mail|mail|téléphone|écrit|SMS|visioconférence|vidéo|voie\s+de\s+communiqué)"
    rf"|auprès\s+(?:de\s+|du\s+|des\s+|d[’']\s?){_MEDIUM_NAME}"
    rf"|en\s+(?:entrevue|entretien|conférence\s+de\s+presse|visioconférence|marge\s+d[\w’']*\s+[\w\-]+)"
    rf"|au\s+(?:micro|téléphone)(?:\s+(?:de\s+|d[’']\s?|du\s+){_MEDIUM_NAME})?"
    rf"|sur\s+(?:son\s+compte\s+)?(?:[{_UPPER}][\w]*|son\s+blog)"
    rf"|{_MEDIUM})"
)


@lru_cache(maxsize=1)
def _incidental_regex() -> re.Pattern:
    """Incidental words between a speech verb and its speaker: adverbials, channels."""
    return re.compile(rf"[{_SP[1:-1]}]*(?:{_adverbials()}|\w+ment|{_CHANNEL})(?=[\s,])[\s,]*", re.IGNORECASE)


def speaker_after_verb(text: str, pos: int) -> SpeakerPhrase | None:
    """The speaker of an inverted attribution at ``pos``, past incidental words:
    "souligne pour sa part X", "a déclaré à l'AFP X", "résume dans un communiqué son
    fondateur, X". A channel alone ("indique dans un communiqué l'entreprise") keeps
    its statement reading when no speaker follows it."""
    phrase = read_speaker(text, pos)
    channel_first = phrase is not None and phrase.kind == "statement" and \
        re.match(r"\s*(?:dans|via)\s", text[pos:pos + 8]) is not None
    if phrase is not None and not channel_first:
        return phrase
    skip = _incidental_regex()
    end = pos
    for _ in range(3):
        m = skip.match(text, end)
        if not m or m.end() == end:
            break
        end = m.end()
    if end > pos:
        later = read_speaker(text, end)
        if later is not None and later.kind == "name" and text.startswith(later.name, later.start):
            # "à L'Usine Nouvelle Pierre Roy": the rest of the medium's name is glued on.
            person = _person_tail(text, later.start, later.start + len(later.name))
            if person > later.start:
                later = read_speaker(text, person)
        if later is not None and later.kind != "organization" or later is not None and phrase is None:
            return later
    return phrase


_PARTICLES = frozenset({"le", "la", "de", "du", "des", "van", "von", "der", "da", "di", "del", "dos", "el", "al",
                        "ben", "bin", "d’", "d'"})


def _person_tail(text: str, start: int, end: int) -> int:
    """Where the person's name starts in a run of three or more capitalised words that
    follows a medium or a place: its two last words (three after a particle)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 3:
        return start
    keep = 3 if words[-2].group().lower() in _PARTICLES and len(words) > 3 else 2
    if keep == 2 and words[-2].group().lower() in _PARTICLES:
        return start
    return start + words[-keep].start()


def _pronoun(m: re.Match, group: int, offset: int) -> SpeakerPhrase:
    pron = m.group(group)
    gender = {"il": "m", "ils": "m", "elle": "f", "elles": "f"}.get(pron, "-")
    return SpeakerPhrase("pronoun", offset + m.start(group), offset + m.end(group), gender=gender)


def find_speech_verb(text: str, start: int, end: int) -> str | None:
    """The first speech verb in ``text[start:end]`` as written ("a résumé", "explique")."""
    verbs = speech_verbs()
    for m in re.compile(rf"(?:\b({_AUX}|s[’']est|se|s[’'])\s?)?\b({_VERB})\b").finditer(text, start, end):
        aux, word = m.group(1), _low(m.group(2))
        if aux and aux.lower() not in ("se", "s’", "s'") and word in verbs.participle:
            return f"{aux} {m.group(2)}"
        if word in verbs.present or word in verbs.plural:
            return (aux + ("" if aux.endswith(("’", "'")) else " ") if aux and aux.lower() in ("se", "s’", "s'") else "") + m.group(2)
    return None


def parse_before(text: str, open_pos: int, close_pos: int | None = None) -> Attribution | None:
    """An attribution ending right before an opening mark: "X a déclaré : «", "Pour X, «"."""
    start = sentence_start(text, open_pos)
    prefix = text[start:open_pos]
    stripped = prefix.rstrip(" \t\u00a0\u202f")
    if not stripped and start > 0 and text[start - 1] != "\n":
        return _sentence_before(text, start)
    if stripped.endswith(":"):
        colon = start + len(stripped) - 1
        clause = text[start:colon]
        # "Et d'ajouter :" — the subject is the person of the previous sentence.
        m = re.match(rf"(?:Et|Puis|Avant)\s+d[e’']\s?({_WORD})\s*$", clause)
        if m:
            return Attribution(m.group(1), SpeakerPhrase("pronoun", start, colon), start, colon)
        # "Comme le dit X :"
        m = re.search(rf"\b[Cc]omme\s+(?:le\s|l[’'])?\s*({_WORD})\s+", clause)
        if m and m.group(1).lower() in speech_verbs().present:
            phrase = read_speaker(text, start + m.end())
            if phrase:
                return Attribution(m.group(1), phrase, start, colon)
        phrase = _clause_subject(text, start, colon)
        if phrase:
            return Attribution(find_speech_verb(text, phrase.end, colon), phrase, start, colon)
        return None
    # "X a salué « ... »", "Elle dénonce « ... »": the quote is the verb's object.
    m = re.search(rf"(?:\b({_AUX})\s+)?\b({_VERB})$", stripped)
    if m:
        verbs = speech_verbs()
        form = _low(m.group(2))
        if (verbs.participle.get(form) if m.group(1) else verbs.present.get(form) or verbs.plural.get(form)):
            verb_start = start + m.start()
            phrase = _clause_subject(text, start, verb_start)
            if phrase and _reaches_verb(text, phrase.end, verb_start):
                verb = f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(2)
                return Attribution(verb, phrase, start, start + len(stripped))
    # "a jugé l'idée « intéressante mais coûteuse ».", "se souvient d'une étudiante « têtue »":
    # a lowercase quote closing the sentence qualifies the speech verb's short object.
    if close_pos is not None and re.match(r"[^\W\d_]", text[open_pos + 1:open_pos + 3].strip()[:1] or "A") \
            and text[open_pos + 1:open_pos + 3].strip()[:1].islower() \
            and re.match(rf"{_SP}*(?:[.!?]|\n|$)", text[close_pos + 1:close_pos + 4]):
        m = re.search(rf"(?:\b({_AUX}|se|s[’'])\s?)?\b({_VERB})\s+(?:d[’']\s?|de\s+)?"
                      rf"(?:l[’']\s?[\w\-]+|(?:le|la|les|un|une|des|son|sa|ses|leur|cette|ce|cet)(?:\s+[\w\-]+){{0,2}})$",
                      stripped)
        if m:
            verbs = speech_verbs()
            form, aux = _low(m.group(2)), (m.group(1) or "").lower()
            pronominal = aux in ("se", "s’", "s'")
            lemma = verbs.participle.get(form) if aux and not pronominal else verbs.present.get(form)
            if lemma and (not pronominal or lemma in verbs.pronominal):
                verb_start = start + m.start()
                phrase = _clause_subject(text, start, verb_start)
                if phrase and _reaches_verb(text, phrase.end, verb_start):
                    verb = m.group(2) if not aux else f"{m.group(1)}{'' if m.group(1).endswith(('’', chr(39))) else ' '}{m.group(2)}"
                    return Attribution(verb, phrase, start, start + len(stripped), attribute=True)
    if stripped.endswith(","):
        m = re.search(r"(?:^|,\s*)(Pour|Selon|D[’']après|pour|selon|d[’']après)\s+", stripped)
        if m:
            phrase = read_speaker(text, start + m.end(), allow_pronoun=True)
            if phrase and not text[phrase.end:start + len(stripped) - 1].strip():
                return Attribution(m.group(1).lower(), phrase, start, start + len(stripped))
    return None


def _sentence_before(text: str, start: int) -> Attribution | None:
    """"Anne Roy, fondatrice de Kiwi, raconte. « ... »": a previous sentence of the same
    paragraph that ends on a speech verb introduces the quote."""
    end = len(text[:start].rstrip())
    if end == 0 or text[end - 1] != ".":
        return None
    prev_start = sentence_start(text, end - 1)
    m = re.search(rf"(?:\b({_AUX})\s+)?\b({_VERB})\s*\.$", text[prev_start:end])
    if not m:
        return None
    verbs = speech_verbs()
    form = _low(m.group(2))
    if not (verbs.participle.get(form) if m.group(1) else verbs.present.get(form) or verbs.plural.get(form)):
        return None
    verb_start = prev_start + m.start()
    phrase = _clause_subject(text, prev_start, verb_start)
    if phrase is None or not _reaches_verb(text, phrase.end, verb_start):
        return None
    verb = f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(2)
    return Attribution(verb, phrase, prev_start, end)


def _speech_nouns() -> str:
    return "|".join(re.escape(w).replace("’", "[’']") for w in sorted(words("speech_nouns.txt"), key=len, reverse=True))


def _clause_subject(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The speaker a clause starts with, after a leading connective, a leading
    circumstance ("Chez Kora, l'associée Anne Roy ...", "Présente à la conférence,
    Anne Roy ...") or a noun of what they say ("Le constat d'Anne Roy est ...")."""
    m = re.match(r"(?:(?:Et|Mais|Puis|Alors|Ainsi|Aujourd[’']hui|Enfin|Lui|Elle)\s*,?\s+)?", text[start:end])
    pos = start + m.end()
    said = re.match(rf"(?:Le|La|L[’'])\s?(?:{_speech_nouns()})\s+(?:de\s+|d[’']\s?)(?=[{_UPPER}])",
                    text[pos:end], re.IGNORECASE)
    if said:
        phrase = read_speaker(text, pos + said.end())
        if phrase and phrase.kind == "name" and phrase.end <= end:
            return phrase
    phrase = read_speaker(text, pos, allow_pronoun=True)
    if phrase and phrase.end > end:
        phrase = None
    if phrase and phrase.kind == "name" and len(phrase.name.split()) == 1 and phrase.name.lower() in (
        "il", "elle", "le", "la", "les", "un", "une", "ce", "cette", "on", "nous"
    ):
        return None
    first_word = phrase.name.split()[0] if phrase and phrase.kind == "name" else ""
    if phrase is None or is_function_word(first_word) or first_word in ("Chez", "Côté") or \
            phrase.kind == "name" and not phrase.title and " " not in phrase.name:
        # A leading circumstance: the subject follows one of the next commas.
        for comma in list(re.finditer(r",[\s\u00a0\u202f]*", text[pos:end]))[:3]:
            later = read_speaker(text, pos + comma.end())
            if later is None or later.end > end or later.kind not in ("name", "description"):
                continue
            if later.kind == "name" and " " not in later.name and not later.title:
                continue
            # Its verb follows, maybe past further appositions.
            if re.match(r"(?:\s*,[^,:;«»]{1,80}?,)?\s*,?\s*(?:[a-zà-ÿ]|$)", text[later.end:end]):
                return later
    return phrase


def split_incise(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], Attribution | None]:
    """Cut a quote interrupted by its attribution: « A, dit-il. B » -> A and B."""
    verbs = speech_verbs()
    incise = re.compile(
        rf",\s+(?:({_AUX})-t-({_PRON})\s+({_VERB})|((?:se|s[’'])\s?)?({_WORD})(?:-t)?-({_PRON}))\s*[.,]\s+"
    )
    for m in re.compile(rf",\s+{_SPLIT_VERB}\s*[.,]\s+").finditer(text, start, end):
        if m.group(2) != "on" and _split_verb(m, 1):  # « A, fait-il valoir. B »
            att = Attribution(_split_verb(m, 1), _pronoun(m, 2, 0), m.start())
            return [strip_span(text, start, m.start()), strip_span(text, m.end(), end)], att
    for m in incise.finditer(text, start, end):
        if m.group(1):
            if _low(m.group(3)) not in verbs.participle:
                continue
            att = Attribution(f"{m.group(1)} {m.group(3)}", _pronoun(m, 2, 0), m.start())
        else:
            if _low(m.group(5)) not in verbs.present:
                continue
            att = Attribution((m.group(4) or "") + m.group(5), _pronoun(m, 6, 0), m.start())
        first = strip_span(text, start, m.start())
        second = strip_span(text, m.end(), end)
        return [first, second], att
    # « A, poursuit Marie Roy. B »: a named speaker inside the marks.
    named = re.compile(rf",{_SP}+(?:({_AUX}){_SP}+({_VERB})|((?:se|s[’']){_SP}?)?({_VERB})){_SP}+(?=[{_UPPER}]|l[ae]\s|l[’'])")
    for m in named.finditer(text, start, end):
        if m.group(2):
            lemma, verb = verbs.participle.get(_low(m.group(2))), f"{m.group(1)} {m.group(2)}"
        else:
            lemma, verb = verbs.present.get(_low(m.group(4))), (m.group(3) or "") + m.group(4)
        if not lemma:
            continue
        phrase = read_speaker(text[:end], m.end())
        if phrase is None or phrase.kind not in ("name", "description") or \
                phrase.kind == "name" and " " not in phrase.name:
            continue
        tail = re.match(r"\s*[.,]\s+", text[phrase.end:end])
        if not tail:
            continue
        first = strip_span(text, start, m.start())
        second = strip_span(text, phrase.end + tail.end(), end)
        if second[1] <= second[0]:
            continue
        return [first, second], Attribution(verb, phrase, m.start())
    return [(start, end)], None


_INVERTED = re.compile(
    rf",{_SP}+(?:({_AUX})-t-({_PRON}){_SP}+({_VERB})|({_AUX}){_SP}+({_VERB})|{_SPLIT_VERB}"
    rf"|((?:se|s[’']){_SP}?)?({_VERB})(?:-t)?(?:-({_PRON})\b)?)"
)


def reported_inverted(text: str) -> list[tuple[int, Attribution, int, int]]:
    """"CLAUSE, précise X." / "CLAUSE, a fait valoir X, qui ..." / "CLAUSE, indique-t-elle."
    -> (comma offset, attribution, clause start, clause end): reported speech whose
    speaker comes after it, inverted, without quotation marks."""
    verbs = speech_verbs()
    lemmas = reported_speech_lemmas()
    out = []
    for m in _INVERTED.finditer(text):
        if m.group(6):  # "fait-il valoir"
            verb = _split_verb(m, 6)
            lemma, phrase = verbs.present.get(verb or "") or verbs.plural.get(verb or ""), _pronoun(m, 7, 0)
            if m.group(7) == "on":
                continue
        elif m.group(3):  # "a-t-il précisé"
            lemma, verb = verbs.participle.get(_low(m.group(3))), f"{m.group(1)} {m.group(3)}"
            phrase = _pronoun(m, 2, 0)
        elif m.group(5):  # "a précisé X"
            lemma, verb = verbs.participle.get(_low(m.group(5))), f"{m.group(4)} {m.group(5)}"
            # The speaker is read only after a speech verb: the regex stops at every ", word".
            phrase = speaker_after_verb(text, m.end()) if lemma and lemma in lemmas else None
        else:
            form = _low(m.group(10))
            lemma, verb = verbs.present.get(form) or verbs.plural.get(form), (m.group(9) or "") + m.group(10)
            if m.group(11):
                phrase = _pronoun(m, 11, 0)
            else:
                phrase = speaker_after_verb(text, m.end()) if lemma and lemma in lemmas else None
        if not lemma or lemma not in lemmas or phrase is None:
            continue
        if phrase.kind == "pronoun" and (phrase.gender == "-" or m.group(2) == "on" or m.group(11) == "on"):
            continue
        end = phrase.end if phrase.kind != "pronoun" else m.end()
        # The attribution closes the sentence, or a relative clause or channel follows it.
        tail = text[end:end + 60]
        if not re.match(rf"{_SP}*(?:[.!?…]|$|\n|,{_SP}*(?:qui|dont|lors|dans|en|au|à|sur|avant|après|selon)\b)"
                        rf"|{_SP}+(?:dans|lors|au|à|sur|en)\b", tail) and not (
                tail.startswith(",") and starts_with_person_noun(tail[1:].lstrip())):
            continue
        sent_start = sentence_start(text, m.start())
        clause_start, clause_end = strip_span(text, sent_start, m.start())
        if re.match(r"(?:selon|d[’']après)\b", text[clause_start:clause_end], re.IGNORECASE):
            continue
        if _holds_quote(text[clause_start:clause_end]):
            continue
        if len(re.findall(r"\w+", text[clause_start:clause_end])) < MIN_WORDS:
            continue
        out.append((m.start(), Attribution(verb, phrase, m.start(), end), clause_start, clause_end))
    return out


def _holds_quote(clause: str) -> bool:
    """Whether a clause holds quoted words of its own; a term in quotation marks
    ("des « hallucinations »", a title) does not make it a quotation."""
    if not re.search(r"[«»“”\"]", clause):
        return False
    pairs = pair_quote_marks(clause)
    marks = len(re.findall(r"[«»“”\"]", clause))
    return marks != 2 * len(pairs) or any(_word_count(clause, o + 1, c) >= MIN_WORDS for o, c in pairs)


def reported_selon(text: str) -> list[tuple[int, Attribution, int, int]]:
    """"Selon X, CLAUSE." and "CLAUSE, selon X." -> (cue offset, attribution, clause start, clause end)."""
    out = []
    for m in re.finditer(r"\b(selon|d[’']après)\s+", text, re.IGNORECASE):
        low = norm(text[m.start():m.start() + 60])
        if any(low.startswith(cue) for cue in rumour_cues()):
            continue
        phrase = read_speaker(text, m.end(), allow_pronoun=True)
        if not phrase:
            continue
        att = Attribution(m.group(1).lower(), phrase, m.start(), phrase.end)
        after = re.match(r"\s*,\s*", text[phrase.end:])
        sent_start = sentence_start(text, m.start())
        before = text[sent_start:m.start()].rstrip()
        if before.strip("»”\" \u00a0\u202f") == "":
            before = ""  # « ... fin. » Selon X, ...: the quote closed the previous sentence
        if not before and after:
            clause_start = phrase.end + after.end()
            # Skip a further apposition without a verb ("l'un des chercheurs fondateurs,").
            seg = title_segment(text, phrase.end)
            if seg and phrase.kind == "name":
                nxt = re.match(r"\s*,\s*", text[seg[1]:])
                if nxt:
                    clause_start = seg[1] + nxt.end()
            clause_end = clause_text_end(text, clause_start)
            if clause_end > clause_start:
                out.append((m.start(), att, clause_start, clause_end))
        elif before.endswith(",") and re.match(r"\s*[.!?]", text[phrase.end:phrase.end + 3] or "."):
            clause_start = sent_start
            clause_end = sent_start + len(before) - 1
            s, e = strip_span(text, clause_start, clause_end)
            if e > s:
                out.append((m.start(), att, s, e))
    return out


@lru_cache(maxsize=1)
def _reported_que_regex() -> re.Pattern:
    adverbs = "|".join(re.escape(w) for w in sorted(words("speech_adverbs.txt"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:({_AUX})\s+(?:(?:{adverbs}|\w+ment)\s+)?)?({_VERB})"
        rf"(?:\s+(?:{adverbs}|\w+ment))?"
        rf"((?:\s*,[^,.«»“”\"\n]{{1,60}},)|(?:\s+(?:à|au|aux)\s[^,.«»“”\"\n]{{1,40}}?))?"
        rf"\s+(?:que\s|qu[’'])"
    )


def reported_que(text: str) -> list[tuple[int, int, str, int]]:
    """"X affirme que CLAUSE" -> (verb offset, verb end, verb as written, clause start)."""
    verbs = speech_verbs()
    lemmas = reported_speech_lemmas()
    out = []
    for m in _reported_que_regex().finditer(text):
        aux, word = m.group(1), _low(m.group(2))
        if aux:
            lemma = verbs.participle.get(word)
        else:
            lemma = verbs.present.get(word) or verbs.plural.get(word)
        if not lemma or lemma not in lemmas:
            continue
        verb = f"{aux} {m.group(2)}" if aux else m.group(2)
        out.append((m.start(), m.start(2), verb, m.end()))
    return out


# --------------------------------------------------------------------------
# The article's people and company


class Article:
    """Who the article names, where, and its main company."""

    def __init__(self, doc: Doc, quote_spans: list[tuple[int, int]]):
        self.text = doc_text(doc)
        self.quote_spans = quote_spans
        ents = entities(doc)
        self.main_company = _main_company(doc, ents)
        # Span.text joins the span's tokens anew on each read: fold each name once.
        folded = [(e.label_, norm(self.text[e.start_char:e.end_char])) for e in ents]
        self.org_names = {name for label, name in folded if label != "PER"}
        self.person_names = {name for label, name in folded if label == "PER"}
        self.entity_names = {name for _, name in folded} | ({norm(self.main_company)} if self.main_company else set())
        self.mentions: list[Mention] = []
        for ent in ents:
            if ent.label_ != "PER" or self.inside_quote(ent.start_char):
                continue
            span = read_name(self.text, ent.start_char)
            end = max(ent.end_char, span[1]) if span else ent.end_char
            start = skip_honorific(self.text, _after_medium(self.text, ent.start_char, end))
            self.add_mention(start, self.text[start:end], end)
        # Names the model missed, recognised by the role apposition that follows them.
        seen = {m.start for m in self.mentions}
        for match in NAME_RE.finditer(self.text):
            start, name = match.start(), match.group()
            # "Selon Neil Zeghidour": a capitalised first word may be a preposition.
            first = name.split(" ", 1)
            if len(first) == 2 and is_function_word(first[0]):
                start, name = start + len(first[0]) + 1, first[1]
            unglued = _after_medium(self.text, start, match.end())
            trimmed = skip_honorific(self.text, unglued)
            # An honorific shows a person as well as a role apposition does ("la Dre Anne Roy").
            honored = trimmed > unglued
            start, name = trimmed, self.text[trimmed:match.end()]
            if start not in seen and not self.inside_quote(start) \
                    and (honored or title_segment(self.text, match.end())) and _looks_like_person(name):
                self.add_mention(start, name, match.end())
        self.mentions.sort(key=lambda m: m.start)
        for mention in self.mentions:
            if not mention.title:
                self._role_before(mention)
        self.starts = [m.start for m in self.mentions]

    def _role_before(self, mention: Mention) -> None:
        """"la ministre de l'Agriculture, Anne Vasseur": the role precedes the name
        (past an honorific: "Médecin à Lyon, la Dre Anne Vasseur")."""
        name_start = _before_honorific(self.text, mention.start)
        prefix = self.text[sentence_start(self.text, mention.start):name_start].rstrip()
        if not prefix.endswith(","):
            return
        comma = name_start - (len(self.text[:name_start]) - len(self.text[:name_start].rstrip())) - 1
        seg_start = max(self.text.rfind(",", 0, comma) + 1, sentence_start(self.text, mention.start))
        segment = self.text[seg_start:comma]
        if starts_with_person_noun(segment) and not self.text[seg_start:seg_start + 1].islower():
            # "Chercheuse à l'Inria et cofondatrice de Qubitek, Hélène Marchal ..."
            title = split_title(segment)
            if title.title and re.match(r"[^\W\d_][a-zà-ÿ]", title.title):
                # The role opens the sentence: "Médecin à Lyon, ..." is a "médecin à Lyon".
                title.title = title.title[0].lower() + title.title[1:]
            mention.title, mention.organization, mention.generic_org = title.title, title.organization, title.generic_org
            mention.gender = gender_of(segment)
            return
        phrase = read_speaker(self.text, seg_start)
        if phrase and phrase.kind == "name" and phrase.name == mention.name and phrase.title:
            mention.title, mention.organization = phrase.title, phrase.organization
            mention.generic_org, mention.gender = phrase.generic_org, phrase.gender

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_spans, (pos, 10**12)) - 1
        return i >= 0 and self.quote_spans[i][0] < pos < self.quote_spans[i][1]

    def add_mention(self, start: int, name: str, end: int) -> None:
        name = name.strip()
        known = self.known(name)
        if not known and not _looks_like_person(name):
            return
        seg = title_segment(self.text, end)
        if seg:
            title = split_title(seg[0])
            mention = Mention(start, known.name if known else name, title.title, title.organization,
                              title.generic_org, gender_of(seg[0]))
        elif known:
            mention = Mention(start, known.name, known.title, known.organization, known.generic_org, known.gender)
        else:
            mention = Mention(start, name, None, None, False, "-")
        if mention.gender == "-":
            mention.gender = _honorific_gender(self.text, start)
        self.mentions.append(mention)

    def remember(self, mention: Mention, end: int) -> None:
        """Record a person named with a role by a speaker phrase, for later pronouns."""
        if any(m.start == mention.start and m.title for m in self.mentions):
            return
        self.mentions = [m for m in self.mentions if not mention.start <= m.start < end]
        i = bisect_left(self.starts_of(), mention.start)
        self.mentions.insert(i, mention)
        self.starts = self.starts_of()

    def starts_of(self) -> list[int]:
        return [m.start for m in self.mentions]

    def known(self, name: str) -> Mention | None:
        """The fullest earlier mention of this person ("Mensch" -> "Arthur Mensch")."""
        key = norm(name)
        best = None
        for m in self.mentions:
            mk = norm(m.name)
            if mk == key or mk.endswith(" " + key) or key.endswith(" " + mk) and len(key.split()) <= len(mk.split()):
                if best is None or (m.title and not best.title) or len(m.name) > len(best.name):
                    best = m
        return best

    def last_person(self, pos: int, gender: str = "-", noun: str | None = None) -> Mention | None:
        """The person the text last named before ``pos``, of ``gender`` and role when possible."""
        i = bisect_left(self.starts, pos)
        candidates = self.mentions[:i][::-1]
        if noun:
            recent = [c for c in candidates if norm(c.name) != norm(self.main_company or "")][:4]
            # "la présidente" is the "présidente", not the "vice-présidente" named after her.
            for m in recent:
                if m.title and noun in re.findall(r"[\w\-]+(?: [\w\-]+)?", norm(m.title)) + norm(m.title).split():
                    return m
            for m in recent:
                # "le chercheur" is also the "enseignant-chercheur" (not "vice-président" for "président").
                parts = [p for w in norm(m.title or "").split() if "-" in w and w.split("-")[0] not in
                         ("vice", "ex", "co", "sous", "pro", "anti", "pré", "post", "demi") for p in w.split("-")]
                if noun in parts:
                    return m
            for m in recent:
                if m.title and re.search(r"(?<![\w\-])" + re.escape(noun.split()[0][:5]), norm(m.title)):
                    return m
            if noun not in leader_nouns():
                return None  # "le ministre" is not whoever was named last
        orgs = {norm(m.organization) for m in self.mentions if m.organization}
        if self.main_company:
            orgs.add(norm(self.main_company))
        candidates = [m for m in candidates if norm(m.name) not in orgs]
        for m in candidates:
            if gender == "-" or self.gender_of_person(m) in ("-", gender):
                if gender != "-" and self.gender_of_person(m) == "-":
                    # In the same paragraph, a person whose gender the text shows beats
                    # a nearer one it does not.
                    for other in candidates[candidates.index(m) + 1:]:
                        if "\n" in self.text[other.start:m.start]:
                            break
                        if self.gender_of_person(other) == gender:
                            return other
                return m
        return candidates[0] if candidates else None

    def gender_of_person(self, mention: Mention) -> str:
        """The gender any mention of this person shows ("-" when none does)."""
        if mention.gender != "-":
            return mention.gender
        key = norm(mention.name)
        for m in self.mentions:
            if m.gender != "-" and (norm(m.name) == key or norm(m.name).endswith(" " + key)):
                return m.gender
        return "-"

    def fallback_org(self, name: str) -> str | None:
        """The organisation of a person whose apposition names none ("directeur général
        délégué"): that of the colleague named just before, when the article names it
        more than once, else the article's company."""
        before = [m for m in self.mentions if norm(m.name) != norm(name)]
        position = next((m.start for m in self.mentions if norm(m.name) == norm(name)), len(self.text))
        for m in reversed(before):
            if m.start < position and m.organization and self.text.count(m.organization) >= 2:
                return m.organization
        return self.main_company

    def is_organization(self, name: str) -> bool:
        key = norm(name)
        if self.main_company and (key == norm(self.main_company) or norm(self.main_company).startswith(key + " ")):
            return True
        if key in self.person_names:
            return False
        return key in self.org_names

    def speaker(self, att: Attribution) -> dict | None:
        phrase = att.phrase
        if phrase is None:
            return None
        if phrase.kind == "statement":
            org = phrase.organization or self.main_company
            return {"name": None, "title": phrase.title or "communiqué", "organization": org}
        if phrase.kind == "organization":
            if phrase.organization and _looks_like_person(phrase.organization) and (
                    norm(phrase.organization) in self.person_names or self.known(phrase.organization)):
                # "le géographe Paul Roy": an unlisted role before a person's name.
                phrase = SpeakerPhrase("name", phrase.start, phrase.end, name=phrase.organization,
                                       title=phrase.title)
            else:
                org = phrase.organization or self.main_company
                return {"name": None, "title": phrase.title, "organization": org} if org else None
        if phrase.kind == "name" and phrase.extra.get("split") and not (
                norm(phrase.name) in self.person_names or self.known(phrase.name)):
            # A guessed cut of "de Banque Populaire Grand Ouest": the whole run is the organisation.
            org = f"{phrase.organization} {phrase.name}"
            mention = self.last_person(att.at, phrase.gender, norm(phrase.title or "").split(" ")[0] or None)
            if mention is None:
                return None
            return self._person(mention.name, mention.title or phrase.title, mention.organization or org,
                                mention.generic_org)
        if phrase.kind == "name":
            known = self.known(phrase.name)
            if known and known.start < phrase.start < known.start + len(known.name) \
                    and norm(known.name).endswith(" " + norm(phrase.name)):
                # The same occurrence, with a medium or place glued before the name.
                known.name, known.start = phrase.name, phrase.start
                self.mentions.sort(key=lambda m: m.start)
                self.starts = self.starts_of()
            if " " not in phrase.name.strip() and not known and not phrase.title \
                    and norm(phrase.name) not in self.entity_names:
                return None  # "Cela confirme que", "Entretien : « ... »"
            if not phrase.title and not known and self.is_organization(phrase.name):
                return {"name": None, "title": None, "organization": phrase.name}
            if phrase.title:
                self.remember(Mention(phrase.start, known.name if known else phrase.name, phrase.title,
                                      phrase.organization, phrase.generic_org, phrase.gender), phrase.end)
                return self._person(phrase.name if not known else known.name, phrase.title,
                                    phrase.organization or (known.organization if known else None),
                                    phrase.generic_org)
            if known:
                return self._person(known.name, known.title, known.organization, known.generic_org)
            return self._person(phrase.name, None, None, False)
        # Pronoun or description: the person last named.
        mention = self.last_person(att.at, phrase.gender, phrase.noun)
        if mention is None:
            return None
        return self._person(mention.name, mention.title, mention.organization, mention.generic_org)

    def _person(self, name: str, title: str | None, org: str | None, generic: bool) -> dict:
        main = self.main_company
        if org and main and norm(main).startswith(norm(org) + " "):
            org = main  # "CEO de Mistral" in an article about "Mistral AI"
        if org is None and (generic or (title and not INDEFINITE.search(title))):
            org = self.fallback_org(name)
        return {"name": name, "title": title, "organization": org}


def _honorifics_before() -> re.Pattern:
    genders = dict(table("honorific_genders.tsv"))
    forms = sorted(words("honorifics.txt"), key=len, reverse=True)
    alternation = "|".join(re.escape(f) + ("" if f.endswith(".") else r"\b") for f in forms)
    return re.compile(rf"(?:\b([Ll]e|[Ll]a)[ \u00a0])?({alternation})[ \u00a0]+$"), genders


_HONORIFIC_BEFORE, _HONORIFIC_GENDERS = _honorifics_before()


def _before_honorific(text: str, start: int) -> int:
    """Where the honorific before the name at ``start`` begins ("la Dre Anne Roy")."""
    m = _HONORIFIC_BEFORE.search(text[max(0, start - 30):start])
    return start - len(m.group()) if m else start


def _honorific_gender(text: str, start: int) -> str:
    """The gender an honorific before the name shows: "Mme", "la Dre", "le Dr"."""
    m = _HONORIFIC_BEFORE.search(text[max(0, start - 30):start])
    if not m:
        return "-"
    return _HONORIFIC_GENDERS.get(m.group(2)) or _HONORIFIC_GENDERS.get((m.group(1) or "").lower(), "-")


def _is_medium(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the medium a speech verb addresses:
    "a déclaré à l'AFP", "confie au Parisien"."""
    window = text[max(0, start - 40):start]
    if "à" not in window and "au" not in window:
        return False  # the pattern needs one of them; most names have neither before them
    before = re.search(rf"\b({_VERB})\s+(?:à|au|aux|auprès\s+d[eu]s?|auprès\s+d[’'])\s*(?:l[’']\s?|la\s+|le\s+|les\s+)?$",
                       window)
    return before is not None and speech_verbs().lemma(_low(before.group(1))) is not None


def _after_medium(text: str, start: int, end: int) -> int:
    """Where a person name starts when the model glued the medium to it:
    "a déclaré à Reuters Boris Klein" -> "Boris Klein"."""
    if not _is_medium(text, start):
        return start
    return _person_tail(text, start, end)


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in ("de", "du", "des", "d’", "van", "von", "ben", "el", "al", "la", "le") for w in words)


@lru_cache(maxsize=1)
def _named_organization_regex() -> re.Pattern:
    """An organisation noun and the name after it ("la start-up Qubitek")."""
    nouns = "|".join(re.escape(n) for n in organization_nouns())
    return re.compile(rf"\b(?:{nouns})\s+({NAME_RE.pattern})")


_NAME_FOLLOWER = frozenset(chr(c) for c in range(ord("A"), ord("Z") + 1)) | frozenset(
    chr(c) for c in [*range(0xC0, 0xD7), *range(0xD8, 0xDF), 0x152]) | frozenset("0123456789")


def _standalone_count(text: str, name: str) -> int:
    """Non-overlapping occurrences of ``name`` in ``text`` that are whole words and
    not the start of a longer name: no word character before; no word character or
    hyphen after, nor spaces then a capital or a digit ("Kora" in "Kora Ventures").
    A plain scan: a regex per name would be compiled anew for every article."""
    count, size, position = 0, len(text), text.find(name)
    while position != -1:
        end = position + len(name)
        before = text[position - 1] if position else ""
        if not (before.isalnum() or before == "_") and not _name_continues(text, end, size):
            count += 1
            position = text.find(name, end)
        else:
            position = text.find(name, position + 1)
    return count


def _name_continues(text: str, end: int, size: int) -> bool:
    if end >= size:
        return False
    after = text[end]
    if after.isalnum() or after in "_-":
        return True
    if not after.isspace():
        return False
    while end < size and text[end].isspace():
        end += 1
    return end < size and text[end] in _NAME_FOLLOWER


def _main_company(doc: Doc, ents: list[Span]) -> str | None:
    """The organisation the article is about: the most mentioned non-person entity
    of ``ents``, with a bonus for the headline or first sentence."""
    counts: dict[str, list] = {}
    text = doc_text(doc)
    body = doc._.body_start or 0
    head_end = sentence_end(text, body + 1) if text else 0
    for ent in ents:
        ent_text = text[ent.start_char:ent.end_char]  # Span.text rebuilds it on each read
        if not ent_text[:1].isupper():
            continue
        if _is_medium(text, ent.start_char):
            continue  # "a déclaré à l'AFP": the medium, not the subject of the article
        if ent.label_ == "PER" and _looks_like_person(ent_text) or re.match(r"(?:L[’']|La |Le |Les )", ent_text):
            continue
        key = norm(ent_text)
        if re.match(r"s[ée]ries?\b", key):
            continue
        entry = counts.setdefault(key, [0, ent.start_char, ent_text])
        # Place names are often the model's label for unfamiliar company names.
        # Place names get no headline bonus: datelines and "à Paris" open many articles.
        place = ent.label_ == "LOC"
        entry[0] += (0.5 if place or ent.label_ == "PER" else 1) + (ent.start_char < head_end and not place)
        entry.append(place)
    # "la start-up Qubitek": names the model may have missed.
    for m in _named_organization_regex().finditer(text):
        key = norm(m.group(1))
        entry = counts.setdefault(key, [0, m.start(1), m.group(1)])
        entry[0] += 1
    if not counts:
        return None
    for key, entry in counts.items():
        # Mentions the model did not tag count too.
        seen = _standalone_count(text, entry[2])
        place = len(entry) > 3 and all(entry[3:])
        entry[0] = max(entry[0], seen * 0.75 + (text.find(entry[2], body) < head_end and not place))
    key = max(counts, key=lambda k: (counts[k][0], -counts[k][1]))
    return counts[key][2] if counts[key][0] >= 1.5 else None


# --------------------------------------------------------------------------
# The component


def _word_count(text: str, start: int, end: int) -> int:
    return len(re.findall(r"\w+", text[start:end]))


def extract_quotes(doc: Doc) -> list[dict]:
    text = doc_text(doc)
    pairs = pair_quote_marks(text)
    article = Article(doc, pairs)
    by_start = TokenStarts(doc)
    que = reported_que(text)
    # "Il affirme que « ... »", "Elle estime que la société « ... »": the quote opens
    # the reported clause or follows its first words.
    que_clauses = sorted((strip_span(text, clause_start, len(text))[0], verb_start, main_start, verb)
                         for verb_start, main_start, verb, clause_start in que)
    que_starts = [c[0] for c in que_clauses]
    quotes: list[dict] = []
    previous: dict | None = None
    previous_close = -1
    previous_said = -1
    for open_pos, close_pos in pairs:
        start, end = strip_span(text, open_pos + 1, close_pos)
        if end <= start:
            continue
        parts, incise = split_incise(text, start, end)
        after = parse_after(text, close_pos + 1)
        if after is RUMOUR:
            continue
        att = after or incise or parse_before(text, open_pos, close_pos)
        clause = _clause_before(text, que_clauses, que_starts, open_pos) if att is None else None
        if clause is not None:
            verb_start, main_start, verb = clause
            for phrase in _subjects(doc, by_start, main_start, verb_start):
                if article.speaker(Attribution(verb, phrase, verb_start)):
                    att = Attribution(verb, phrase, verb_start)
                    break
        if att is not None and att.at < 0:
            att.at = open_pos
        if att is not None and incise is att:
            att.at = open_pos
        speaker = article.speaker(att) if att else None
        words = _word_count(text, start, end)
        if speaker is None:
            # A following quote of the same speaker ("« A », dit-il. « B »").
            sentence_like = text[start].isupper() and words >= MIN_WORDS + 1
            gap = text[previous_close + 1:open_pos]
            if previous and sentence_like and len(gap) < 300 and not any(
                previous_said < m.start < open_pos for m in article.mentions
            ) and gap.count("\n\n") <= 1:
                quotes.extend(
                    {"start": s, "end": e, "direct": True, "verb": previous["verb"], "speaker": previous["speaker"]}
                    for s, e in parts
                )
                previous_close = previous_said = close_pos
            continue
        if words < MIN_WORDS and after is None and not (att.attribute and words >= 3):
            continue
        verb = att.verb
        for s, e in parts:
            s, e = _trim_trailing_comma(text, s, e)
            quotes.append({"start": s, "end": e, "direct": True, "verb": verb, "speaker": speaker})
        previous = quotes[-1]
        previous_close = close_pos
        # Names inside the attribution itself ("», souligne Marc Roy.") are its speaker.
        previous_said = max(close_pos, att.end if att is after else close_pos)
    quotes.extend(_reported(doc, article, pairs, by_start, que))
    quotes.sort(key=lambda q: q["start"])
    return quotes


class TokenStarts:
    """The token starting at a character offset, looked up by bisection on the
    tokens' offsets (read once, and only when a lookup is made)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts: list[int] | None = None

    def get(self, offset: int) -> Token | None:
        if self.starts is None:
            self.starts = self.doc.to_array(IDX).tolist()
        i = bisect_left(self.starts, offset)
        return self.doc[i] if i < len(self.starts) and self.starts[i] == offset else None


def _clause_before(text: str, clauses: list, starts: list[int], open_pos: int) -> tuple[int, int, str] | None:
    """The reported clause an opening mark sits in, a few words after its "que"."""
    i = bisect_right(starts, open_pos) - 1
    if i < 0:
        return None
    clause_start, verb_start, main_start, verb = clauses[i]
    between = text[clause_start:open_pos]
    if re.search(r"[.!?;:«»“”\"\n]", between) or len(between.split()) > 6:
        return None
    return verb_start, main_start, verb


def _trim_trailing_comma(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in ",;":
        end -= 1
    return strip_span(text, start, end)


def _reported(doc: Doc, article: Article, pairs: list[tuple[int, int]], by_start: "TokenStarts",
              que: list[tuple[int, int, str, int]]) -> list[dict]:
    text = doc_text(doc)
    out: list[dict] = []
    taken: list[tuple[int, int]] = []

    def after_close(pos: int) -> bool:
        j = pos - 1
        while j >= 0 and text[j] in " ,\t\u00a0\u202f":
            j -= 1
        return j >= 0 and text[j] in "»”\""

    for cue, att, s, e in reported_selon(text):
        # "», selon X" attributes the quote; "» Selon X, ..." opens a sentence of its own.
        attached = after_close(cue) and text[cue].islower()
        if article.inside_quote(cue) or attached or any(o <= s < c or o < e <= c for o, c in pairs):
            continue
        speaker = article.speaker(att)
        if speaker:
            out.append({"start": s, "end": e, "direct": False, "verb": att.verb, "speaker": speaker})
            taken.append((s, e))
    for comma, att, s, e in reported_inverted(text):
        if article.inside_quote(comma) or any(o < e and s < c for o, c in taken):
            continue
        speaker = article.speaker(att)
        if speaker:
            out.append({"start": s, "end": e, "direct": False, "verb": att.verb, "speaker": speaker})
            taken.append((s, e))
    for verb_start, main_start, verb, clause_start in que:
        if article.inside_quote(verb_start) or any(s <= verb_start < e for s, e in taken):
            continue
        clause_end = clause_text_end(text, clause_start)
        if clause_end <= clause_start or any(clause_start <= o < clause_end for o, _ in pairs):
            continue
        for phrase in _subjects(doc, by_start, main_start, verb_start):
            speaker = article.speaker(Attribution(verb, phrase, verb_start))
            if speaker:
                break
        else:
            continue
        if speaker:
            out.append({"start": clause_start, "end": clause_end, "direct": False, "verb": verb, "speaker": speaker})
    return out


def _subjects(doc: Doc, by_start: "TokenStarts", verb_pos: int, clause_pos: int) -> Iterator[SpeakerPhrase]:
    """Candidate speaker phrases for the subject of the verb at ``verb_pos``, best first;
    ``clause_pos`` is where the verb group starts (its auxiliary), so the subject ends before it."""
    text = doc_text(doc)
    sent_start = sentence_start(text, clause_pos)
    # The speaker phrase never runs into the verb ("sa présidente assure que").
    head_text = text[:clause_pos]
    starts = []
    token = by_start.get(verb_pos)
    if token is not None:
        head = token
        for _ in range(2):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
            for subject in subjects:
                edge = subject.left_edge
                # The parser sometimes hangs a previous closing mark on the subject.
                while edge.i < subject.i and (edge.is_punct or edge.is_space):
                    edge = doc[edge.i + 1]
                # It also hangs subjects of earlier sentences on the verb.
                if sent_start <= edge.idx < clause_pos:
                    starts.append(edge.idx)
            if subjects or head.dep_ != "conj":
                break
            head = head.head
    starts.append(sent_start)
    # "Côté investisseurs, Xavier Roy, associé chez Kora, estime que": the subject
    # follows a leading circumstance.
    for comma in re.finditer(r",[\s\u00a0\u202f]*", text[sent_start:clause_pos]):
        starts.append(sent_start + comma.end())
    for start in starts:
        phrase = read_speaker(head_text, start, allow_pronoun=True)
        if phrase is None or phrase.end > clause_pos:
            continue
        if phrase.kind == "pronoun" and phrase.gender == "-":
            continue
        if start != starts[0] and not _reaches_verb(text, phrase.end, clause_pos):
            continue
        yield phrase


def _reaches_verb(text: str, end: int, verb_start: int) -> bool:
    """Only punctuation, an adverb or a further role apposition between a subject phrase
    and its verb ("le directeur, Paul Roy, professeur à Lyon, se souvient")."""
    gap = text[end:verb_start]
    role = re.match(r"\s*,\s*([^,«»:;\n]{1,100}),", gap)
    if role and starts_with_person_noun(role.group(1)):
        gap = gap[role.end():]
    gap = gap.strip(" ,\t\u00a0\u202f")
    return not gap or bool(re.fullmatch(r"(?:\w+ment|aussi|également|toutefois|pourtant|quant à (?:lui|elle)|"
                                        r"de son côté|pour sa part|lui|elle|lui aussi|elle aussi)", gap))


class QuoteExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc)
        return doc


@Language.factory("fr_quotes", assigns=["doc._.quotes"])
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor()
