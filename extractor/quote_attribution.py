"""Stage 2a of quote extraction: the attribution words around a quote, as text.

Pure functions of the article's text (no spaCy model): each reads the words
after a closing mark ("», explique X", "», a-t-elle précisé"), before an opening
mark ("X a déclaré : «", "Pour X, «"), or an incise inside the quote ("A, dit-il.
B"), and returns an :class:`Attribution`: the speech verb as written and the
speaker phrase (a name, a pronoun, a description, an organisation or a
statement) still to be resolved to a person by
:class:`extractor.article_people.ArticlePeople`.

Try one on a sentence::

    >>> parse_after("« Nous recrutons », explique Anne Roy.", 18).phrase.name
    'Anne Roy'
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.lexicon import words
from extractor.speakers import (
    SpeakerPhrase,
    is_function_word,
    norm,
    read_name,
    reported_speech_lemmas,
    read_speaker,
    rumour_cues,
    sentence_end,
    sentence_start,
    speech_verbs,
    starts_with_person_noun,
    strip_span,
)

SPACE = r"[ \t\u00a0\u202f]"
_UPPER = "A-ZÀ-ÖØ-ÞŒ"
AUXILIARY_WORDS = ("a", "avait", "aurait", "aura", "ont", "avaient", "auraient")
AUXILIARY = "(?:" + "|".join(AUXILIARY_WORDS) + ")"
SUBJECT_PRONOUN = r"(?:il|elle|ils|elles|on)"
WORD = r"[^\W\d_][\w]*"


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
    return rf"({firsts})(?:-t)?-({SUBJECT_PRONOUN})\s+({rests})\b"


def fold_form(form: str) -> str:
    return " ".join(form.lower().split())


# "nous explique X", "m'a confié X": the journalist or reader addressed.
_CLITIC = r"(?:(?:nous|me|vous|lui|leur)\s+|m[’']\s?)"

# A speech verb form: one word, or a listed multi-word form.
VERB_FORM = rf"(?:{_multiword_forms()}|{WORD})"
SPLIT_VERB_FORM = _split_multiword()


def split_verb(m: re.Match, first: int) -> str | None:
    """The verb of a ``SPLIT_VERB_FORM`` match whose first group is ``first``, when listed."""
    verb = f"{m.group(first)} {fold_form(m.group(first + 2))}"
    return verb if verb in speech_verbs().present or verb in speech_verbs().plural else None


@dataclass
class Attribution:
    verb: str | None
    phrase: SpeakerPhrase | None
    at: int  # offset used to find "the person last named"
    end: int = -1  # where the attribution words end
    attribute: bool = False  # the quote qualifies the verb's object ("a jugé l'idée « ... »")
    in_sentence: bool = False  # the verb comes earlier in the quote's sentence ("qui a dit « ... »")


RUMOUR = Attribution(None, None, -1)


# --------------------------------------------------------------------------
# Attribution patterns (pure functions of the text)


# A sentence that names the speaker of the quote before it: "C'est en ces termes que
# X a réagi", "C'est ainsi qu'a résumé X", "Ce sont les mots de X".
_NEXT_SENTENCE = re.compile(
    r"[\s.]*(?:C[’']est|Ce\s+sont|Voilà|Tels\s+sont)\s+(?:(?:en|par|avec)\s+ces\s+(?:termes|mots)|ainsi|"
    r"les\s+(?:mots|propos|termes)\s+d[e’']\s?|ce\s+qu(?:e\s+|[’']\s?))(?:\s*qu(?:e\s+|[’']\s?))?")


def parse_next_sentence(text: str, pos: int) -> Attribution | None:
    """The speaker named by the sentence right after a closing mark at ``pos``."""
    m = _NEXT_SENTENCE.match(text, pos)
    if not m:
        return None
    at = m.end()
    # "C'est ce qu'a aussi affirmé X", "ce qu'affirmait encore X": an adverb may sit
    # between auxiliary and participle or between the verb and its subject.
    inverted = re.compile(rf"({AUXILIARY}|s[’']est){_ADVERB_GAP}\s+({VERB_FORM}){_ADVERB_GAP}\s+").match(text, at)
    # "C'est ce qu'annonçait Paul Roy": the verb alone, then its subject.
    alone = re.compile(rf"({VERB_FORM}){_ADVERB_GAP}\s+").match(text, at)
    if alone and not (fold_form(alone.group(1)) in speech_verbs().present
                      or fold_form(alone.group(1)) in speech_verbs().plural):
        alone = None
    if inverted:
        phrase = read_speaker(text, inverted.end())
        verb = f"{inverted.group(1)} {inverted.group(2)}"
    elif alone:
        phrase = read_speaker(text, alone.end())
        verb = alone.group(1)
    else:
        phrase = read_speaker(text, at)
        verb = find_speech_verb(text, phrase.end, sentence_end(text, phrase.end)) if phrase else None
    if phrase is None or phrase.kind == "pronoun" or verb is None and re.search(r"ce\s+qu", m.group()):
        return None  # "C'est ce que Kivo prévoit": no words said
    # The sentence names the quote as what was said: even a short one is speech.
    return Attribution(verb, phrase, at, phrase.end, in_sentence=True)


def _as_cue() -> str:
    """"comme le souligne", "comme l'a rappelé", "comme l'expliquait": a speech verb after
    "comme le" names the source of the clause it goes with, like "selon"."""
    verbs = speech_verbs()
    lemmas = reported_speech_lemmas()
    present = sorted((f for f, lemma in verbs.present.items() if lemma in lemmas and " " not in f), key=len,
                     reverse=True)
    past = sorted((f for f, lemma in verbs.participle.items() if lemma in lemmas and " " not in f), key=len,
                  reverse=True)
    return (rf"comme\s+(?:le\s+|l[’']\s?)(?:(?:{'|'.join(map(re.escape, present))})"
            rf"|(?:a|avait)\s+(?:{'|'.join(map(re.escape, past))}))(?!\w)(?!-)")


# Words that name the source of what follows, like "selon X": "d'après X", "aux dires de X",
# "comme le souligne X".
SOURCE_CUES = (r"selon|d[’']après|aux\s+dires\s+d[eu’']\s?|à\s+en\s+croire|de\s+l[’']avis\s+d[eu’']\s?"
               rf"|aux\s+yeux\s+d[eu’']\s?|{_as_cue()}")


# "assure-t-on chez Kivo": the "on" of a named organisation is no rumour.
_ON_NAMED = re.compile(r"\s+(?:chez\s|du côté d|au sein d)")


def parse_after(text: str, pos: int) -> Attribution | None:
    """An inverted attribution right after a closing mark at ``pos``."""
    m = re.compile(rf"{SPACE}*,?{SPACE}*").match(text, pos)
    p = m.end()
    rest = text[p:p + 300]
    low = norm(rest)
    if any(low.startswith(cue) and not _ON_NAMED.match(low, len(cue)) for cue in rumour_cues()):
        return RUMOUR
    verbs = speech_verbs()
    # "a-t-il déclaré", "avait-elle expliqué"
    m = re.match(rf"({AUXILIARY})-t-({SUBJECT_PRONOUN}){_ADVERB_GAP}\s+({VERB_FORM})", rest)
    if m and fold_form(m.group(3)) in verbs.participle:
        if m.group(2) == "on":
            return RUMOUR
        return Attribution(f"{m.group(1)} {m.group(3)}", pronoun_phrase(m, 2, p), p, p + m.end())
    # "s'est-il félicité"
    m = re.match(rf"(s[’']est|se sont)-({SUBJECT_PRONOUN})\s+({VERB_FORM})", rest)
    if m and fold_form(m.group(3)) in verbs.participle:
        return Attribution(f"{m.group(1)} {m.group(3)}", pronoun_phrase(m, 2, p), p, p + m.end())
    # "met-elle en garde", "fait-il valoir"
    m = re.match(SPLIT_VERB_FORM, rest)
    if m and m.group(2) != "on" and split_verb(m, 1):
        return Attribution(split_verb(m, 1), pronoun_phrase(m, 2, p), p, p + m.end())
    # "précise-t-elle", "dit-il", "se félicite-t-il"
    m = re.match(rf"((?:se|s[’'])\s?)?({WORD})(?:-t)?-({SUBJECT_PRONOUN})\b", rest)
    if m and (fold_form(m.group(2)) in verbs.present or fold_form(m.group(2)) in verbs.plural):
        if m.group(3) == "on":
            # "explique-t-on chez X": the company speaks; a bare "on" is a rumour.
            where = re.match(r"\s+(?:chez\s+|du côté d[e’']\s?|au sein d[e’']\s?)", rest[m.end():])
            span = read_name(text, p + m.end() + where.end()) if where else None
            if span:
                phrase = SpeakerPhrase("organization", span[0], span[1], organization=text[span[0]:span[1]])
                return Attribution((m.group(1) or "") + m.group(2), phrase, p, span[1])
            return RUMOUR
        verb = (m.group(1) or "") + m.group(2)
        return Attribution(verb, pronoun_phrase(m, 3, p), p, p + m.end())
    # "a déclaré Arthur Mensch", "s'est félicité X"
    # ("a souligné, auprès de l'AFP, X": commas may set the channel apart.)
    m = re.match(rf"(?:{_CLITIC})?({AUXILIARY}|s[’']est){_ADVERB_GAP}\s+({VERB_FORM})(?:\s+|\s*,\s*(?=[a-zà-ÿ]))", rest)
    if m and fold_form(m.group(2)) in verbs.participle:
        phrase = speaker_after_verb(text, p + m.end())
        if phrase:
            return Attribution(f"{m.group(1)} {m.group(2)}", phrase, p, phrase.end)
    # "explique Arthur Mensch", "se félicite la présidente", "indique un communiqué"
    m = re.match(rf"(?:{_CLITIC})?((?:se|s[’'])\s?)?({VERB_FORM})(?:\s+|\s*,\s*(?=[a-zà-ÿ]))", rest)
    if m and (fold_form(m.group(2)) in verbs.present or fold_form(m.group(2)) in verbs.plural):
        phrase = speaker_after_verb(text, p + m.end())
        if phrase:
            return Attribution((m.group(1) or "") + m.group(2), phrase, p, phrase.end)
        if re.match(r"(?:un|une|des|certains|plusieurs|quelques)\s", rest[m.end():]):
            return RUMOUR  # "glisse un exploitant qui préfère rester anonyme"
    # "», se contente de commenter X", "», a tenu à préciser X": a speech verb in the
    # infinitive after a verb of manner.
    m = _MANNER.match(rest)
    if m and m.group(2).lower() in _infinitives():
        phrase = speaker_after_verb(text, p + m.end())
        if phrase:
            return Attribution(" ".join(m.group().split()), phrase, p, phrase.end)
    # "», peut-on lire dans le communiqué de Kivo": the written statement speaks.
    m = re.match(r"(?:peut-on|pouvait-on|lit-on|pourra-t-on)(?:\s+lire)?\s+(?:dans|sur)\s+", rest)
    if m:
        phrase = read_speaker(text, p + m.end())
        if phrase is not None and phrase.kind in ("statement", "organization"):
            return Attribution(" ".join(m.group().split()[:2]), phrase, p, phrase.end)
    # "», selon X" / "d'après X"; a capitalised "Selon" opens the next sentence.
    m = re.match(rf"({SOURCE_CUES})\s+", rest)
    if m:
        if any(low.startswith(cue) for cue in rumour_cues()):
            return RUMOUR
        phrase = read_speaker(text, p + m.end(), allow_pronoun=True)
        if phrase:
            return Attribution(" ".join(m.group(1).lower().split()), phrase, p, phrase.end)
    return None


_MANNER = re.compile(
    r"(se\s+contente|s[’']est\s+contentée?|tient|a\s+tenu|tenait|préfère|a\s+préféré|préférait|vient|venait)"
    r"\s+(?:de\s+|d[’']\s?|à\s+)([a-zàâçéèêëîïôûùüÿ]+)\s+")


@lru_cache(maxsize=1)
def _infinitives() -> frozenset[str]:
    """The speech verbs' infinitives ("commenter", "préciser"), pronominal ones left out."""
    return frozenset(lemma for lemma in speech_verbs().present.values() if " " not in lemma)


def attribution_follows(text: str, pos: int) -> bool:
    """Whether a speech verb and a named speaker open the words after a closing mark at
    ``pos`` ("», a fait valoir l'« expert » Paul Roy", "», se contente de commenter Anne
    Roy"): such a quote has an attribution of its own, even one not understood. (A
    description, "», s'est félicité l'ancien marin", may well be the previous speaker.)"""
    m = re.compile(rf"{SPACE}*,?{SPACE}*(?:{_CLITIC})?(?:({AUXILIARY}|s[’']est){_ADVERB_GAP}\s+)?"
                   rf"(?:(?:se|s[’'])\s?)?({VERB_FORM})").match(text, pos)
    if not m:
        return False
    named = re.compile(rf"(?:{SPACE}+(?:de|d[’']|à){SPACE}*[a-zàâçéèêëîïôûùüÿ]+)?[\s,]*(?:l[’']{SPACE}?)?"
                       rf"[{_UPPER}«\"“]").match(text, m.end())
    if not named:
        return False
    verbs = speech_verbs()
    form = fold_form(m.group(2)).split("-")[0]
    if m.group(1) and m.group(1).lower() not in ("s’est", "s'est"):
        return form in verbs.participle
    return form in verbs.present or form in verbs.plural or form in verbs.participle \
        or _MANNER.search(text, m.start(), m.end() + 40) is not None


@lru_cache(maxsize=1)
def _adverbials() -> str:
    return "|".join(re.escape(w).replace("’", "[’']") for w in sorted(words("speech_adverbs.txt"), key=len, reverse=True))


# An optional adverb between an auxiliary and its participle ("a-t-il ainsi annoncé",
# "a aussi déclaré").
_ADVERB_GAP = rf"(?:\s+(?:{_adverbials()}|\w+ment))?"


_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_MONTH = r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)"
_DAY_OF_MONTH = rf"\d{{1,2}}(?:er)?\s+{_MONTH}(?:\s+\d{{4}})?"
# When the words were said, as a phrase between a speech verb and its speaker or
# after the speaker ("mettait en garde la semaine dernière X", "indique X ce jeudi 4 mai",
# "selon Kivo mardi soir,"): one regex, since the phrases combine a few parts freely.
TIME = (
    rf"(?:(?:ce|cette)\s+(?:semaine|matin|soir|week-end|année|mois|{_WEEKDAY})(?:\s+(?:matin|soir|après-midi))?"
    rf"(?:\s+{_DAY_OF_MONTH})?"
    rf"|{_WEEKDAY}(?:\s+(?:matin|soir|après-midi|dernier|prochain))?(?:\s+{_DAY_OF_MONTH})?"
    rf"|(?:la\s+semaine|le\s+mois|l[’']an|l[’']année|le\s+week-end)\s+(?:dernière|dernier|passée|passé|prochaine|prochain)"
    rf"|(?:le\s+)?{_DAY_OF_MONTH}"
    rf"|(?:en|début|fin|mi-)\s*{_MONTH}(?:\s+\d{{4}})?"
    rf"|en\s+\d{{4}}|hier(?:\s+(?:matin|soir))?|aujourd[’']hui|à\s+l[’']époque|plus\s+tôt)"
)


# A written or spoken channel between verb and speaker: "dans un communiqué",
# "dans un entretien accordé au Monde", "à l'AFP", "en entrevue", "lors d'une conférence".
_MEDIUM_NAME = rf"(?:l[’']\s?|la\s+|le\s+|les\s+)?[{_UPPER}][\w\-]*"
# "à l'AFP", "au site d'information technologique Kivo": a medium, maybe with its kind.
_MEDIUM = rf"(?:(?:à|au|aux)\s+(?:(?:site|journal|quotidien|magazine|média|hebdomadaire|mensuel|blog)(?-i:(?:\s+[a-zéèêàç’'\-]+){{0,3}})\s+)?{_MEDIUM_NAME})"
_CHANNEL = (
    rf"(?:(?:dans|via|par)\s+(?:un|une|le|la|son|sa|leur|ce|cet|cette|l[’']\s?)\s*[\w\-]+(?:\s+(?:de\s+presse|vidéo))?"
    rf"(?:\s+(?:accordée?|publiée?|diffusée?|donnée?))?(?:\s+{_MEDIUM})?"
    rf"|lors\s+d[’']\s?(?:un|une)\s+[\w\-]+(?:\s+de\s+presse)?"
    rf"|par\s+(?:courriel|e-mail|mail|téléphone|écrit|SMS|visioconférence|vidéo|voie\s+de\s+communiqué)"
    rf"|auprès\s+(?:de\s+|du\s+|des\s+|d[’']\s?){_MEDIUM_NAME}"
    rf"|en\s+(?:entrevue|entretien|conférence\s+de\s+presse|visioconférence|marge\s+d[\w’']*\s+[\w\-]+)"
    rf"|au\s+(?:micro|téléphone)(?:\s+(?:de\s+|d[’']\s?|du\s+){_MEDIUM_NAME})?"
    rf"|sur\s+(?:son\s+compte\s+)?(?:(?:son|sa|leur)\s+(?:blog|page|profil|site)|(?-i:[{_UPPER}])[\w]*)"
    # "à nos confrères", "à la presse", "aux journalistes": the press addressed without a name.
    rf"|(?:à|auprès\s+d)\s*(?:nos|ses|leurs|des)\s+confrères(?:\s+(?:de\s+|du\s+|d[’']\s?){_MEDIUM_NAME})?"
    rf"|à\s+la\s+presse|aux\s+journalistes|aux\s+médias"
    rf"|{_MEDIUM})"
)


_ROLE_IN_MARKS = re.compile(rf"{SPACE}*(?:l[’']|le{SPACE}+|la{SPACE}+)[\"«“”]{SPACE}*([^\"«»“”\n]{{1,40}}?){SPACE}*[\"»”]"
                            rf"{SPACE}+(?=[{_UPPER}])")
_TIME_FIRST = re.compile(rf"{SPACE}*{TIME}(?=[\s,])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _incidental_regex() -> re.Pattern:
    """Incidental words between a speech verb and its speaker: adverbials, channels."""
    return re.compile(rf"[{SPACE[1:-1]}]*(?:{TIME}|{_adverbials()}|\w+ment|{_CHANNEL})(?=[\s,])[\s,]*", re.IGNORECASE)


def speaker_after_verb(text: str, pos: int) -> SpeakerPhrase | None:
    """The speaker of an inverted attribution at ``pos``, past incidental words:
    "souligne pour sa part X", "a déclaré à l'AFP X", "résume dans un communiqué son
    fondateur, X". A channel alone ("indique dans un communiqué l'entreprise") keeps
    its statement reading when no speaker follows it."""
    role = _ROLE_IN_MARKS.match(text, pos)
    if role:
        # "l'« ancien trader » Paul Roy": a role in quotation marks, then the name.
        named = read_speaker(text, role.end())
        if named is not None and named.kind == "name":
            named.title = named.title or role.group(1).strip()
            return named
    phrase = read_speaker(text, pos)
    if phrase is not None and _TIME_FIRST.match(text, pos):
        phrase = None  # "la semaine dernière Anne Roy": not "la semaine" of "Anne Roy"
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
            person = person_tail(text, later.start, later.start + len(later.name))
            if person > later.start:
                later = read_speaker(text, person)
        if later is not None and later.kind != "organization" or later is not None and phrase is None:
            return later
    return phrase


_PARTICLES = frozenset({"le", "la", "de", "du", "des", "van", "von", "der", "da", "di", "del", "dos", "el", "al",
                        "ben", "bin", "d’", "d'"})


def person_tail(text: str, start: int, end: int) -> int:
    """Where the person's name starts in a run of three or more capitalised words that
    follows a medium or a place: its two last words (three after a particle)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 3:
        return start
    keep = 3 if words[-2].group().lower() in _PARTICLES and len(words) > 3 else 2
    if keep == 2 and words[-2].group().lower() in _PARTICLES:
        return start
    return start + words[-keep].start()


def pronoun_phrase(m: re.Match, group: int, offset: int) -> SpeakerPhrase:
    pron = m.group(group)
    gender = {"il": "m", "ils": "m", "elle": "f", "elles": "f"}.get(pron, "-")
    return SpeakerPhrase("pronoun", offset + m.start(group), offset + m.end(group), gender=gender)


# A verb of will, insistence or occasion before the infinitive of a speech verb: "a tenu à
# rappeler", "n'a pas manqué de souligner", "n'hésite pas à affirmer", "s'est empressée de
# saluer", "a profité du salon pour déclarer".
# Without a "que" clause, only insistence and occasion ("veut compléter son offre « ... »" is no speech).
_INSISTENCE = (
    r"(?:a|avait|ont|avaient)\s+tenu\s+à|(?:tient|tenait|tiennent|tenaient)\s+à"
    r"|n[’']a\s+pas\s+manqué\s+de|ne\s+manque\s+pas\s+de|s[’']est\s+empressée?\s+de"
    r"|n[’'](?:hésite|hésitait|hésitent|a\s+pas\s+hésité|avait\s+pas\s+hésité)(?:\s+pas)?\s+à"
    r"|s[’'](?:empresse|empressait)\s+de"
    r"|(?:a|avait|ont)\s+profité\s+d[eu’'][^,.;:«»\n]{1,40}?\s+pour|(?:profite|profitait)\s+d[eu’'][^,.;:«»\n]{1,40}?\s+pour")
MODAL_LEAD_IN = (r"(?:a|avait|ont|avaient)\s+(?:voulu|souhaité|préféré|choisi\s+de)"
                 rf"|(?:veut|voulait|veulent|souhaite|souhaitait|préfère|préférait)|{_INSISTENCE}")
_MODAL_INFINITIVE = re.compile(rf"\b({_INSISTENCE})\s+([a-zà-ÿ]+)\b")


@lru_cache(maxsize=1)
def _speech_infinitives() -> frozenset[str]:
    return frozenset(lemma for lemma in speech_verbs().present.values() if " " not in lemma)


_PLAN = re.compile(r"\s+(?:de|d[’'])\s?[a-zà-ÿ]+(?:er|ir|re|oir)\b")


def speech_verbs_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Every speech verb in ``text[start:end]``: (verb group start, main verb start, the
    verb as written: "a résumé", "se félicite", "explique", "confiait")."""
    verbs = speech_verbs()
    out = []
    pattern = rf"(?:\b({AUXILIARY}|s[’']est|se|s[’'])(?:{_ADVERB_GAP}\s|\s?))?\b({VERB_FORM})\b"
    for m in re.compile(pattern).finditer(text, start, end):
        aux, word = m.group(1), fold_form(m.group(2))
        if verbs.lemma(word) == "prévoir" and _PLAN.match(text, m.end()):
            continue  # "il prévoit de lancer un « grand modèle »": a plan, not words said
        pronominal = aux is not None and aux.lower() in ("se", "s’", "s'")
        if aux and not pronominal and word in verbs.participle:
            out.append((m.start(), m.start(2), f"{aux} {m.group(2)}"))
        elif word in verbs.present or word in verbs.plural:
            prefix = (aux + ("" if aux.endswith(("’", "'")) else " ")) if pronominal else ""
            out.append((m.start(1) if pronominal else m.start(2), m.start(2), prefix + m.group(2)))
    for m in _MODAL_INFINITIVE.finditer(text, start, end):
        # "n'hésite pas à affirmer", "s'est empressée de saluer": the infinitive says.
        if m.group(2) in _speech_infinitives() and not any(m.start() <= s < m.end() for s, _, _ in out):
            out.append((m.start(), m.start(2), " ".join(text[m.start():m.end()].split())))
    out.sort()
    return out


def find_speech_verb(text: str, start: int, end: int) -> str | None:
    """The first speech verb in ``text[start:end]`` as written ("a résumé", "explique")."""
    found = speech_verbs_in(text, start, end)
    return found[0][2] if found else None


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
        m = re.match(rf"(?:Et|Puis|Avant)\s+d[e’']\s?({WORD})\s*$", clause)
        if m:
            return Attribution(m.group(1), SpeakerPhrase("pronoun", start, colon), start, colon)
        # "Et à Anne Roy de conclure :", "Et au journal de conclure :".
        m = re.match(rf"(?:Et\s+)?(?:à|au|aux)\s+(.+?)\s+d[e’']\s?({WORD})\s*$", clause)
        if m and m.group(2).lower() in set(speech_verbs().present.values()):
            target_end = start + m.end(1)
            phrase = read_speaker(text[:target_end], start + m.start(1), allow_pronoun=True)
            medium = re.fullmatch(rf"(?:[Ll][’']\s?|[Ll]a\s|[Ll]e\s)?([{_UPPER}]\S*)", m.group(1))
            if medium and (phrase is None or phrase.kind != "name" or " " not in (phrase.name or "")):
                # "à L'Observateur de conclure": one capitalised word given the floor is a medium.
                phrase = SpeakerPhrase("organization", start + m.start(1), target_end, organization=m.group(1))
            if phrase is not None and phrase.end <= target_end:
                return Attribution(m.group(2), phrase, start, colon)
        # "Comme le dit X :"
        att = _as_said_by(text, start, clause)
        if att:
            return Attribution(att.verb, att.phrase, start, colon)
        phrase = clause_subject(text, start, colon)
        if phrase:
            # A description may run up to the colon ("Le PDG de Kivo a conclu :").
            verb = find_speech_verb(text, phrase.end, colon) or find_speech_verb(text, phrase.start, colon)
            return Attribution(verb, phrase, start, colon)
        return None
    # "X a salué « ... »", "Elle dénonce « ... »": the quote is the verb's object.
    # "X parle d'« ... »", "X a parlé de « ... »": the quote is the verb's complement.
    m = re.search(rf"(?:\b({AUXILIARY})\s+)?\b({VERB_FORM})(?:\s+de|\s+d[’'])?$", stripped)
    if m:
        verbs = speech_verbs()
        form = fold_form(m.group(2))
        if (verbs.participle.get(form) if m.group(1) else verbs.present.get(form) or verbs.plural.get(form)):
            verb_start = start + m.start()
            phrase = clause_subject(text, start, verb_start)
            if phrase and reaches_verb(text, phrase.end, verb_start):
                verb = f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(2)
                return Attribution(verb, phrase, start, start + len(stripped))
    # "a jugé l'idée « intéressante mais coûteuse ».", "se souvient d'une étudiante « têtue »":
    # a lowercase quote closing the sentence qualifies the speech verb's short object.
    if close_pos is not None and re.match(r"[^\W\d_]", text[open_pos + 1:open_pos + 3].strip()[:1] or "A") \
            and text[open_pos + 1:open_pos + 3].strip()[:1].islower() \
            and re.match(rf"{SPACE}*(?:[.!?]|\n|$)", text[close_pos + 1:close_pos + 4]):
        m = re.search(rf"(?:\b({AUXILIARY}|se|s[’'])\s?)?\b({VERB_FORM})\s+(?:d[’']\s?|de\s+)?"
                      rf"(?:l[’']\s?[\w\-]+|(?:le|la|les|un|une|des|son|sa|ses|leur|cette|ce|cet)(?:\s+[\w\-]+){{0,2}})$",
                      stripped)
        if m:
            verbs = speech_verbs()
            form, aux = fold_form(m.group(2)), (m.group(1) or "").lower()
            pronominal = aux in ("se", "s’", "s'")
            lemma = verbs.participle.get(form) if aux and not pronominal else verbs.present.get(form)
            if lemma and (not pronominal or lemma in verbs.pronominal):
                verb_start = start + m.start()
                phrase = clause_subject(text, start, verb_start)
                if phrase and reaches_verb(text, phrase.end, verb_start):
                    verb = m.group(2) if not aux else f"{m.group(1)}{'' if m.group(1).endswith(('’', chr(39))) else ' '}{m.group(2)}"
                    return Attribution(verb, phrase, start, start + len(stripped), attribute=True)
    if stripped.endswith(","):
        # "Et d'ajouter, « ... »": the subject is the person of the previous sentence.
        m = re.match(rf"(?:Et|Puis|Avant)\s+d[e’']\s?({WORD})\s*,$", stripped)
        if m and m.group(1).lower() in set(speech_verbs().present.values()):
            comma = start + len(stripped) - 1
            return Attribution(m.group(1), SpeakerPhrase("pronoun", start, comma), start, comma)
        # "À ses yeux, «", "Selon ses termes, «": a possessive names the person last spoken of.
        # "Comme le résume X, «", "Comme l'a rappelé la directrice de Kivo, Anne Roy, «".
        att = _as_said_by(text, start, stripped[:-1])
        if att and not text[att.phrase.end:start + len(stripped) - 1].strip(" ,"):
            return Attribution(att.verb, att.phrase, start, start + len(stripped) - 1)
        m = _POSSESSIVE_VIEW.search(stripped)
        if m:
            comma = start + len(stripped) - 1
            return Attribution(" ".join(m.group(1).lower().split()), SpeakerPhrase("pronoun", start + m.start(1), comma),
                               start, comma)
        m = re.search(rf"(?:^|,\s*)(Pour|Selon|D[’']après|pour|selon|d[’']après|(?i:aux\s+yeux\s+d[eu’']\s?|à\s+en\s+croire))\s*", stripped)
        if m:
            phrase = read_speaker(text, start + m.end(), allow_pronoun=True)
            between = text[phrase.end:start + len(stripped) - 1] if phrase else ""
            # "Pour X, associé chez Y, qui a mené le tour, «": past a relative clause about X.
            between = re.sub(r"^\s*,\s*(?:qui|dont)\s[^,«»]{1,100}$", "", between)
            # "Pour X, président d'Alto, filiale du groupe Roy, «": past a further apposition
            # (a noun and its complement, no verb).
            between = re.sub(r"^(?:\s*,\s*[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?\s+(?:de|du|des|d[’']|chez|à|au)\s?"
                             r"[^,«»“”\"]{1,80}?)+$", "", between)
            # "D'après les travaux d'Orvane, Alto et Nexo, «": further co-authors of the source.
            between = re.sub(rf"^(?:\s*,\s*[{_UPPER}][^,«»“”\"]{{0,40}}?)*\s+et\s+[{_UPPER}][^,«»“”\"]{{0,40}}$", "", between)
            if phrase and not between.strip():
                return Attribution(m.group(1).lower(), phrase, start, start + len(stripped))
    return presented_as(text, start, open_pos) or source_in_sentence(text, start, open_pos)


def _as_said_by(text: str, start: int, clause: str) -> Attribution | None:
    """"Comme le dit X", "comme l'a souligné X", "comme le rappelait X": the speaker
    after a speech verb in a "comme" clause."""
    m = re.search(rf"\b[Cc]omme\s+(?:le\s|l[’']\s?)?(?:({AUXILIARY}){_ADVERB_GAP}\s+)?({VERB_FORM}){_ADVERB_GAP}\s+", clause)
    if not m:
        return None
    verbs = speech_verbs()
    form = fold_form(m.group(2))
    if not (verbs.participle.get(form) if m.group(1) else verbs.present.get(form)):
        return None
    phrase = read_speaker(text, start + m.end())
    if phrase is None:
        return None
    verb = f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(2)
    return Attribution(verb, phrase, start, phrase.end)


# "à ses yeux", "à son avis", "selon ses mots": the view of the person last named.
_POSSESSIVE_VIEW = re.compile(r"(?:^|,\s*)((?i:à|a)\s+(?:ses|son|leurs|leur)\s+(?:yeux|avis|sens)"
                              r"|(?i:selon)\s+(?:ses|leurs)\s+(?:mots|termes|propres\s+mots|propres\s+termes))\s*,$")


# "X présente Vega comme «", "X décrit le modèle comme «": the subject presents the words.
_PRESENTS_AS = re.compile(r"\b(présente|présentait|présentent|a\s+présenté|avait\s+présenté|définit|a\s+défini)"
                          r"\s+[^«»“”\".;:!?]{1,80}?\s+comme\s*$")
# "un outil qualifié par l'entreprise de «", "présenté par Kivo comme «": the agent said it.
_PASSIVE_AGENT = re.compile(r"\b(?:qualifiée?s?|présentée?s?|décrite?s?|définie?s?)\s+par\s+")


_RELATIVE_DESCRIBES = re.compile(rf"\b(que\s+|qu[’']\s?)[^«»“”\".;:!?,]{{1,60}}?\s({VERB_FORM})\s+(?:comme|de|d[’'])\s*$")


def presented_as(text: str, start: int, open_pos: int) -> Attribution | None:
    """Words a speaker gives as what something is: "Kivo présente Vega comme « le meilleur
    assistant »", "un outil qualifié par l'entreprise de « révolutionnaire »"."""
    prefix = text[start:open_pos]
    agents = list(_PASSIVE_AGENT.finditer(prefix))
    if agents:
        m = agents[-1]
        phrase = read_speaker(text[:open_pos], start + m.end())
        if phrase is not None and re.fullmatch(r"\s*(?:de|d[’']|comme)\s*", text[phrase.end:open_pos]):
            return Attribution(" ".join(m.group().split()[:1]), phrase, start, phrase.end, attribute=True)
    # "un modèle que le PDG Paul Roy décrit comme «": the subject of the relative clause.
    m = _RELATIVE_DESCRIBES.search(prefix)
    if m:
        phrase = read_speaker(text[:start + m.start(2)], start + m.end(1))
        if phrase is not None and phrase.kind != "pronoun" and reaches_verb(text, phrase.end, start + m.start(2)) \
                and speech_verbs().lemma(fold_form(m.group(2))) is not None:
            return Attribution(m.group(2), phrase, start, start + len(prefix), attribute=True, in_sentence=True)
    m = _PRESENTS_AS.search(prefix)
    if m:
        verb_start = start + m.start(1)
        phrase = clause_subject(text, start, verb_start)
        if phrase is not None and reaches_verb(text, phrase.end, verb_start):
            return Attribution(" ".join(m.group(1).split()), phrase, start, start + len(prefix), attribute=True)
    return None


# "Pour X," opening a sentence (maybe after a connective), or "selon X" anywhere before the quote.
_OPENING_POUR = re.compile(r"(?:(?:Et|Mais|Or|Car|Ainsi|Enfin|Aussi)\s*,?\s+)?(Pour)\s+")
_SOURCE_CUE = re.compile(rf"\b({SOURCE_CUES})\s+", re.IGNORECASE)


def source_in_sentence(text: str, start: int, open_pos: int) -> Attribution | None:
    """A source named earlier in the quote's sentence, with other words between:
    "Pour Paul Roy, c'est une levée « emblématique »", "il reste selon lui « peu
    de rivaux »", "Toujours selon le quotidien, Kivo « va recruter »"."""
    prefix = text[start:open_pos]
    if "\n" in prefix:
        return None
    cues = list(_SOURCE_CUE.finditer(text, start, open_pos))
    if cues:
        m = cues[-1]
        if any(norm(text[m.start():m.start() + 60]).startswith(cue) for cue in rumour_cues()):
            return None
        phrase = read_speaker(text[:open_pos], m.end(), allow_pronoun=True)
        if phrase is not None:
            return Attribution(" ".join(m.group(1).lower().split()), phrase, m.start(), phrase.end)
        return None
    m = _OPENING_POUR.match(text, start)
    if m:
        phrase = read_speaker(text[:open_pos], m.end(), allow_pronoun=True)
        if phrase is not None and phrase.kind in ("name", "pronoun", "description") \
                and re.match(r"\s*,", text[phrase.end:phrase.end + 3]) \
                and not (phrase.kind == "name" and " " not in phrase.name and not phrase.title):
            return Attribution("pour", phrase, m.start(), phrase.end)
    return None


_INCIDENTAL_START = re.compile(rf"{SPACE}+(?:{TIME}|à|au|aux|sur|dans|lors|en|devant|auprès|par)\b", re.IGNORECASE)


def _sentence_before(text: str, start: int) -> Attribution | None:
    """"Anne Roy, fondatrice de Kiwi, raconte. « ... »": a previous sentence of the same
    paragraph that ends on a speech verb introduces the quote."""
    end = len(text[:start].rstrip())
    if end == 0 or text[end - 1] != ".":
        return None
    prev_start = sentence_start(text, end - 1)
    found = speech_verbs_in(text, prev_start, end - 1)
    if not found:
        return None
    verb_start, main_start, verb = found[-1]
    # The verb may be followed by when and to whom it was said ("Il l'a confié lundi
    # à Paul Roy sur Radio Nord."), not by an object of its own.
    main_end = re.compile(rf"{VERB_FORM}").match(text, main_start).end()
    tail = text[main_end:end - 1]
    if tail.strip() and (not _INCIDENTAL_START.match(tail) or re.search(r"[,;:«»“”\"]", tail)
                         or len(tail.split()) > 10):
        return None
    phrase = clause_subject(text, prev_start, verb_start)
    if phrase is None or not reaches_verb(text, phrase.end, verb_start):
        return None
    return Attribution(verb, phrase, prev_start, end)


def _speech_nouns() -> str:
    return "|".join(re.escape(w).replace("’", "[’']") for w in sorted(words("speech_nouns.txt"), key=len, reverse=True))


def clause_subject(text: str, start: int, end: int) -> SpeakerPhrase | None:
    """The speaker a clause starts with, after a leading connective, a leading
    circumstance ("Chez Kora, l'associée Anne Roy ...", "Présente à la conférence,
    Anne Roy ...") or a noun of what they say ("Le constat d'Anne Roy est ...")."""
    m = re.match(r"(?:(?:Et|Mais|Puis|Alors|Ainsi|Aujourd[’']hui|Enfin|Lui|Elle)\s*,?\s+)?", text[start:end])
    pos = start + m.end()
    source = re.match(r"(?:Pour|Selon|D[’']après)\s+", text[pos:end])
    if source:
        # "Pour Anne Roy, le changement est crucial :": the source is the speaker.
        phrase = read_speaker(text[:end], pos + source.end(), allow_pronoun=True)
        if phrase is not None and phrase.kind in ("name", "pronoun", "description", "organization"):
            return phrase
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
        # "La même année, il crée un projet :", "En 2015 elle lance Kivo :": a pronoun subject
        # after a leading circumstance of a few words.
        pronoun = re.match(r"(?:[^\s,:;«»“”\"]+\s+){1,4}?,?\s*(il|elle)\s+(?!y\b|s[’']agit|faut)", text[pos:end])
        if pronoun and not re.search(r"\bqu[e’']", pronoun.group()):
            start_pronoun = pos + pronoun.start(1)
            return SpeakerPhrase("pronoun", start_pronoun, start_pronoun + len(pronoun.group(1)),
                                 gender={"il": "m", "elle": "f"}[pronoun.group(1)])
        if phrase is not None and phrase.kind == "name" and is_function_word(first_word):
            return None
    return phrase


# What may close an incise after its speaker: a medium the words were given to
# (« A, dit Marie Roy à "La Presse". B »), then the full stop or comma.
_INCISE_TAIL = re.compile(
    rf"\s*(?:(?:à|au|aux)\s+(?:[\"«“]\s?[^\"«»“”\n]{{1,40}}?\s?[\"»”]|{_MEDIUM_NAME}(?:\s+[{_UPPER}][\w\-]*){{0,3}}))?"
    # « A, poursuit Marie Roy, qui a fondé X. B »: a relative clause about the speaker ends the incise.
    rf"(?:\s*,\s*(?:qui|dont)\s[^.!?«»\"“”\n]{{1,160}}?(?=\.\s))?"
    rf"\s*[.,]\s+"
)


def split_incise(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], Attribution | None]:
    """Cut a quote interrupted by its attribution: « A, dit-il. B » -> A and B."""
    dashed = _dashed_incise(text, start, end)
    if dashed is not None:
        return dashed
    verbs = speech_verbs()
    incise = re.compile(
        rf",\s+(?:({AUXILIARY})-t-({SUBJECT_PRONOUN})\s+({VERB_FORM})|((?:se|s[’'])\s?)?({WORD})(?:-t)?-({SUBJECT_PRONOUN}))\s*[.,]\s+"
    )
    for m in re.compile(rf",\s+{SPLIT_VERB_FORM}\s*[.,]\s+").finditer(text, start, end):
        if m.group(2) != "on" and split_verb(m, 1):  # « A, fait-il valoir. B »
            att = Attribution(split_verb(m, 1), pronoun_phrase(m, 2, 0), m.start())
            return [strip_span(text, start, m.start()), strip_span(text, m.end(), end)], att
    for m in incise.finditer(text, start, end):
        if m.group(1):
            if fold_form(m.group(3)) not in verbs.participle:
                continue
            att = Attribution(f"{m.group(1)} {m.group(3)}", pronoun_phrase(m, 2, 0), m.start())
        else:
            if fold_form(m.group(5)) not in verbs.present:
                continue
            att = Attribution((m.group(4) or "") + m.group(5), pronoun_phrase(m, 6, 0), m.start())
        first = strip_span(text, start, m.start())
        second = strip_span(text, m.end(), end)
        return [first, second], att
    # « A, poursuit Marie Roy. B »: a named speaker inside the marks.
    named = re.compile(rf",{SPACE}+(?:({AUXILIARY}){SPACE}+({VERB_FORM})|((?:se|s[’']){SPACE}?)?({VERB_FORM})"
                       rf"|({_INSISTENCE}){SPACE}+([a-zà-ÿ]+)){SPACE}+")
    speaker_start = re.compile(rf"[{_UPPER}]|l[ae]\s|l[’']")
    for m in named.finditer(text, start, end):
        if not speaker_start.match(text, m.end()) and not _incidental_regex().match(text, m.end()):
            continue
        if m.group(5):  # « A, n'hésite pas à affirmer Marie Roy. B »
            lemma = m.group(6) if m.group(6) in _speech_infinitives() else None
            verb = " ".join(text[m.start(5):m.end(6)].split())
        elif m.group(2):
            lemma, verb = verbs.participle.get(fold_form(m.group(2))), f"{m.group(1)} {m.group(2)}"
        else:
            lemma, verb = verbs.present.get(fold_form(m.group(4))), (m.group(3) or "") + m.group(4)
        if not lemma:
            continue
        # Past a channel too: « A, dit en entrevue au Soleil Mme Roy. B ».
        phrase = speaker_after_verb(text[:end], m.end())
        if phrase is None or phrase.kind not in ("name", "description") or \
                phrase.kind == "name" and " " not in phrase.name and not _after_honorific(text, phrase.start):
            continue
        tail = _INCISE_TAIL.match(text[phrase.end:end])
        if not tail:
            continue
        first = strip_span(text, start, m.start())
        second = strip_span(text, phrase.end + tail.end(), end)
        if second[1] <= second[0]:
            continue
        return [first, second], Attribution(verb, phrase, m.start())
    return [(start, end)], None


# « A – souligne Anne Roy – B »: an attribution set apart by a pair of dashes.
_DASHED = re.compile(r"[ \u00a0]([–—-])[ \u00a0]+([^–—«»\"“”\n]{4,90}?)[ \u00a0]+\1[ \u00a0]")


def _dashed_incise(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], Attribution] | None:
    """A quote cut by an inverted attribution between dashes, read like one after the marks."""
    for m in _DASHED.finditer(text, start, end):
        att = parse_after(text[:m.end(2)], m.start(2))
        if att is None or att is RUMOUR or att.phrase is None or max(att.end, att.phrase.end) < m.end(2) - 1:
            continue
        second = strip_span(text, m.end(), end)
        if second[1] <= second[0]:
            continue
        return [strip_span(text, start, m.start()), second], Attribution(att.verb, att.phrase, m.start())
    return None


def _after_honorific(text: str, pos: int) -> bool:
    """A lone surname is a person's when an honorific introduces it ("Mme Roy")."""
    return bool(re.search(r"(?<![\w])(?:M|Mme|Mlle|MM|Mmes|Dr|Pr|Me)\.?[ \u00a0\u202f]+$", text[max(0, pos - 8):pos]))


def reaches_verb(text: str, end: int, verb_start: int) -> bool:
    """Only punctuation, an adverb or a further role apposition between a subject phrase
    and its verb ("le directeur, Paul Roy, professeur à Lyon, se souvient")."""
    gap = text[end:verb_start]
    role = re.match(r"\s*,\s*([^,«»:;\n]{1,100}),", gap)
    if role and starts_with_person_noun(role.group(1)):
        gap = gap[role.end():]
    gap = gap.strip(" ,\t\u00a0\u202f")
    # "Paul Roy nous explique", "Il l'a confié", "Anne Roy, elle, leur a dit": a clitic
    # pronoun before the verb (or its auxiliary) belongs to the verb group.
    gap = re.sub(rf"(?:^|(?<=\s))(?:nous|vous|me|lui|leur|l[’']|m[’']|y)(?:{SPACE}*|$)$", "", gap).strip(" ,\t\u00a0\u202f")
    return not gap or bool(re.fullmatch(r"(?:\w+ment|aussi|également|toutefois|pourtant|quant à (?:lui|elle)|"
                                        r"de son côté|pour sa part|lui|elle|lui aussi|elle aussi|qui)", gap))

