"""Stage 1 of quote extraction: candidate spans of speech.

Pure functions of the article's text (no spaCy model). Direct quotes are the
spans between paired quotation marks (:func:`quoted_spans`); reported speech
is a clause introduced by "selon X" / "d'après X" (:func:`reported_selon`),
followed by an inverted attribution ("CLAUSE, précise X.",
:func:`reported_inverted`) or governed by a speech verb + que ("X affirme que
CLAUSE", :func:`reported_que`, whose subject the parser gives later).
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from extractor.lexicon import word_trie_pattern, words
from extractor.quote_attribution import (
    AUXILIARY,
    AUXILIARY_WORDS,
    MODAL_LEAD_IN,
    SOURCE_CUES,
    SUBJECT_PRONOUN,
    SPACE,
    SPLIT_VERB_FORM,
    TIME,
    VERB_FORM,
    Attribution,
    fold_form,
    parse_after,
    pronoun_phrase,
    split_verb,
    speaker_after_verb,
    speech_verbs_in,
    split_incise,
)
from extractor.speakers import (
    SpeakerPhrase,
    clause_text_end,
    norm,
    pair_quote_marks,
    read_name,
    read_speaker,
    reported_speech_lemmas,
    rumour_cues,
    sentence_end,
    sentence_start,
    speech_verbs,
    starts_with_person_noun,
    strip_span,
    title_segment,
)

# Shortest quote kept without an explicit attribution right after or before it.
MIN_WORDS = 4


def word_count(text: str, start: int, end: int) -> int:
    return len(re.findall(r"\w+", text[start:end]))


_INVERTED = re.compile(
    rf",{SPACE}+(?:({AUXILIARY})-t-({SUBJECT_PRONOUN}){SPACE}+({VERB_FORM})|({AUXILIARY}){SPACE}+({VERB_FORM})|{SPLIT_VERB_FORM}"
    rf"|((?:se|s[’']){SPACE}?)?({VERB_FORM})(?:-t)?(?:-({SUBJECT_PRONOUN})\b)?)"
)


def reported_inverted(text: str) -> list[tuple[int, Attribution, int, int]]:
    """"CLAUSE, précise X." / "CLAUSE, a fait valoir X, qui ..." / "CLAUSE, indique-t-elle."
    -> (comma offset, attribution, clause start, clause end): reported speech whose
    speaker comes after it, inverted, without quotation marks."""
    out = []
    for comma, att, weak in inverted_attributions(text):
        if weak:
            continue
        sent_start = sentence_start(text, comma)
        clause_start, clause_end = strip_span(text, sent_start, comma)
        if re.match(r"(?:selon|d[’']après)\b", text[clause_start:clause_end], re.IGNORECASE):
            continue
        if _holds_quote(text[clause_start:clause_end]):
            # "Pensé pour « l'ère des agents », le modèle ..., rapporte X": the clause after the quote.
            last_close = max(text.rfind(mark, clause_start, clause_end) for mark in "»”\"")
            after = re.compile(r"[ \u00a0\u202f]*,[ \u00a0\u202f]*").match(text, last_close + 1)
            if not after or re.search(r"[«»“”\"]", text[after.end():clause_end]):
                continue
            clause_start = after.end()
        if len(re.findall(r"\w+", text[clause_start:clause_end])) < MIN_WORDS:
            continue
        out.append((comma, att, clause_start, clause_end))
    return out


# ", le patron de Kivo," after the speaker's name: an apposition of their role.
_ROLE_INSET = re.compile(rf",{SPACE}*([^,;:«»“”\"\n.!?]{{2,80}})(?=,)")
# ", de la fondation Kivo,", ", chez Kivo,": the speaker's organisation.
_OF_ORGANIZATION = re.compile(r"(?:de|du|des|d[’']|chez)\b")
# Words that open a clause of its own rather than continue the sentence.
_NEW_CLAUSE = re.compile(r"(?:et|mais|ou|car|donc|or|puis|qui|que|qu[’']|dont|où)\b", re.IGNORECASE)
# What goes on after the incise: the rest of the sentence, in lower case.
_GOES_ON = re.compile(rf",{SPACE}+(?=[a-zà-ÿ0-9])")


def reported_incise(text: str) -> list[tuple[int, Attribution, int, int]]:
    """"Les fonds, précise-t-il, serviront à recruter." / "Le marché, juge Anne Roy,
    présidente de Kivo, reste fragmenté.": an attribution set between commas inside a
    sentence without quotation marks makes the whole sentence reported speech ->
    (comma offset, attribution, sentence start, sentence end)."""
    out = []
    for start, verb, phrase, end in _inverted_heads(text):
        inset = _ROLE_INSET.match(text, end)
        if inset and phrase.kind == "name" and (starts_with_person_noun(inset.group(1).strip())
                                                or _OF_ORGANIZATION.match(inset.group(1).strip())):
            end = inset.end()
        goes_on = _GOES_ON.match(text, end)
        if not goes_on:
            continue
        sent_start, sent_end = sentence_start(text, start), sentence_end(text, goes_on.end())
        before, after = text[sent_start:start], text[goes_on.end():sent_end]
        if re.search(r"[«»“”\":;]", before + after) or re.match(r"(?i)(?:selon|d[’']après|pour)\b", before):
            continue
        if _NEW_CLAUSE.match(after):
            continue  # "..., observe X, et les banques hésitent": a clause of its own follows
        if "," in before:
            continue  # "La société, qui emploie dix personnes, indique X, a été fondée": a relative clause first
        if len(re.findall(r"\w+", before)) < 2 or len(re.findall(r"\w+", after)) < 3:
            continue
        out.append((start, Attribution(verb, phrase, start, end), *strip_span(text, sent_start, sent_end)))
    return out


def closing_attribution(text: str, close_pos: int,
                        attributions: tuple[tuple[int, Attribution, bool], ...]) -> Attribution | None:
    """The inverted attribution that closes the sentence of a quote ending at ``close_pos``,
    past more words of that sentence: "L'entreprise « a doublé ses ventes » cette année,
    explique-t-elle." (a comma right after the mark is :func:`parse_after`'s)."""
    end = sentence_end(text, close_pos + 1)
    for comma, att, _ in attributions:  # a handful per article
        if comma <= close_pos:
            continue
        if comma > end:
            break
        # (Another quote may lie between: « A », une région jugée « B », déclare X.)
        if not text[close_pos + 1:comma].strip(" ,"):
            continue
        if speech_verbs().lemma(att.verb.split()[-1]) == "rapporter":
            return None  # "..., rapporte Reuters": the medium reports words of someone else
        return replace(att, in_sentence=True)
    return None


@lru_cache(maxsize=4)
def inverted_attributions(text: str) -> tuple[tuple[int, Attribution, bool], ...]:
    """Every inverted attribution that closes its sentence ("..., précise X.",
    "..., indique-t-elle."): (comma offset, attribution, whether only a participle
    apposition closes it), in text order."""
    out = []
    for start, verb, phrase, end in _inverted_heads(text):
        # The attribution closes the sentence, or a relative clause or channel follows it.
        tail = text[end:end + 60]
        # "..., indique Le Figaro ce jeudi.": when it was said may close the sentence.
        when = _TIME_AFTER.match(tail)
        if when:
            tail = tail[when.end():]
        # "..., affirme X : il y a deux jours, ...": a colon opens what illustrates it (not after
        # a channel alone: "X, directeur de Y, déclare dans un communiqué : « ... »").
        colon = ":" if phrase.kind != "statement" else ""
        if not re.match(rf"{SPACE}*(?:[.!?…{colon}]|$|\n|,{SPACE}*(?:qui|dont|lors|dans|en|au|à|sur|avant|après|selon)\b)"
                        rf"|{SPACE}+(?:dans|lors|au|à|sur|en)\b", tail) and not (
                tail.startswith(",") and starts_with_person_noun(tail[1:].lstrip())) and \
                not _closing_apposition(text, end) and not _role_apposition(tail):
            # A participle about the speaker may close the sentence too, but only a
            # quotation is then trusted to be that speaker's words.
            if _PARTICIPLE_APPOSITION.match(tail):
                out.append((start, Attribution(verb, phrase, start, end), True))
            continue
        out.append((start, Attribution(verb, phrase, start, end), False))
    return tuple(out)


@lru_cache(maxsize=4)
def _inverted_heads(text: str) -> tuple[tuple[int, str, SpeakerPhrase, int], ...]:
    """Every ``_INVERTED`` match of the text whose verb is reported speech with a speaker,
    read once for the sentence-closing and the mid-sentence readings: (match start, verb,
    speaker phrase, where they end)."""
    heads = ((m.start(), _inverted_head(text, m)) for m in _INVERTED.finditer(text))
    return tuple((start, *head) for start, head in heads if head is not None)


def _inverted_head(text: str, m: re.Match) -> tuple[str, SpeakerPhrase, int] | None:
    """The verb, the speaker phrase and where they end, of an ``_INVERTED`` match
    whose verb is a reported-speech verb with a speaker ("précise X", "a-t-il ajouté")."""
    verbs = speech_verbs()
    lemmas = reported_speech_lemmas()
    if m.group(6):  # "fait-il valoir"
        verb = split_verb(m, 6)
        lemma, phrase = verbs.present.get(verb or "") or verbs.plural.get(verb or ""), pronoun_phrase(m, 7, 0)
        if m.group(7) == "on":
            return None
    elif m.group(3):  # "a-t-il précisé"
        lemma, verb = verbs.participle.get(fold_form(m.group(3))), f"{m.group(1)} {m.group(3)}"
        phrase = pronoun_phrase(m, 2, 0)
    elif m.group(5):  # "a précisé X"
        lemma, verb = verbs.participle.get(fold_form(m.group(5))), f"{m.group(4)} {m.group(5)}"
        # The speaker is read only after a speech verb: the regex stops at every ", word".
        phrase = speaker_after_verb(text, m.end()) if lemma and lemma in lemmas else None
    else:
        form = fold_form(m.group(10))
        lemma, verb = verbs.present.get(form) or verbs.plural.get(form), (m.group(9) or "") + m.group(10)
        if m.group(11):
            phrase = pronoun_phrase(m, 11, 0)
        else:
            phrase = speaker_after_verb(text, m.end()) if lemma and lemma in lemmas else None
    if not lemma or lemma not in lemmas or phrase is None:
        return None
    if phrase.kind == "pronoun" and (phrase.gender == "-" or m.group(2) == "on" or m.group(11) == "on"):
        return None
    if m.group(10) and fold_form(m.group(10)) in verbs.plural or m.group(4) in ("ont", "avaient"):
        phrase = _coordinated_sources(text, phrase)
    return verb, phrase, phrase.end if phrase.kind != "pronoun" else m.end()


_AND = re.compile(rf"{SPACE}+et{SPACE}+(?=[A-ZÀ-ÖØ-ÞŒ]|l[’']|[Ll]e{SPACE}|[Ll]a{SPACE}|[Ll]es{SPACE})")


def _coordinated_sources(text: str, phrase: SpeakerPhrase) -> SpeakerPhrase:
    """"..., rapportent Kivo Info et Le Courrier": a plural verb's two sources, named
    without a role, speak together as one."""
    if phrase.kind not in ("name", "organization") or phrase.title:
        return phrase
    m = _AND.match(text, phrase.end)
    if not m:
        return phrase
    article = re.compile(rf"(?:[Ll][’']{SPACE}?|[Ll]es?{SPACE}+|[Ll]a{SPACE}+)?").match(text, m.end())
    second = read_name(text, article.end())
    if second is None:
        return phrase
    return SpeakerPhrase("organization", phrase.start, second[1], organization=text[phrase.start:second[1]])


_TIME_AFTER = re.compile(rf",?{SPACE}+{TIME}(?=[\s,.;!?]|$)", re.IGNORECASE)


# ", valorisée 2 milliards de dollars, dans un communiqué.": a participle about the
# speaker closes the sentence.
_PARTICIPLE_APPOSITION = re.compile(rf",{SPACE}*[a-zà-ÿ]+(?:é|ée|és|ées|ant){SPACE}[^«»“”\"\n.!?]{{0,140}}(?:[.!?]|$)")


def _role_apposition(tail: str) -> bool:
    """", tout juste nommée présidente de Kivo.": an apposition that closes the sentence
    and names the speaker's role within its first words."""
    m = re.match(rf",{SPACE}*([a-zà-ÿ][^,;:«»“”\"\n.!?]{{0,80}})(?:[.!?]|$)", tail)
    if not m:
        return False
    words = m.group(1).split()
    return any(starts_with_person_noun(" ".join(words[i:])) for i in range(min(4, len(words))))


def _closing_apposition(text: str, pos: int) -> bool:
    """", l'agence pour l'innovation.": a short apposition about the speaker's
    organisation closes the sentence after the attribution."""
    # ", de la fondation Kivo.", ", du cabinet Kivo.": the organisation the speaker is from.
    m = re.match(rf",{SPACE}*(?:de{SPACE}+|du{SPACE}+|d[’']|chez{SPACE}+)?(?:l[’']|la{SPACE}|le{SPACE}|les{SPACE})",
                 text[pos:pos + 14])
    if not m:
        return False
    end = sentence_end(text, pos)
    tail = text[pos + m.end():end]
    # "..., de la fondation Kivo, qui aide les jeunes pousses.": a relative clause may follow.
    tail = re.split(r",\s*(?:qui|dont)\b", tail, maxsplit=1)[0]
    return not re.search(r"[,;:«»“”\"]", tail) and len(tail.split()) <= 8


def _holds_quote(clause: str) -> bool:
    """Whether a clause holds quoted words of its own; a term in quotation marks
    ("des « hallucinations »", a title) does not make it a quotation."""
    if not re.search(r"[«»“”\"]", clause):
        return False
    pairs = pair_quote_marks(clause)
    marks = len(re.findall(r"[«»“”\"]", clause))
    return marks != 2 * len(pairs) or any(word_count(clause, o + 1, c) >= MIN_WORDS for o, c in pairs)


@lru_cache(maxsize=1)
def discourse_connectives() -> frozenset[str]:
    return frozenset(norm(w) for w in words("discourse_connectives.txt"))


_ACRONYM = re.compile(r"[ \u00a0]*\([A-ZÀ-ÖØ-ÞŒ][A-Za-z0-9&\-]{1,9}\)(?=\s*,)")
_COAUTHORS = re.compile(r"(?:\s*,\s*[A-ZÀ-ÖØ-ÞŒ][^,«»“”\"\n]{0,40}?)*\s+et\s+[A-ZÀ-ÖØ-ÞŒ][^,«»“”\"\n]{0,40}?(?=\s*,)")


# The comma that closes a source phrase, maybe after a relative clause about the source
# written without a comma, quotation included ("Selon les fondateurs de Kivo qui veut rendre
# « la banque simple », CLAUSE").
_AFTER_SOURCE = re.compile(r"\s*,\s*|\s+(?:qui|dont)\s(?:[^,.;:!?«»“”\"\n]|«[^»\n]{0,120}»|“[^”\n]{0,120}”){1,160},\s*")
# A source cue right after a relative pronoun or a conjunction opens the clause it reports.
_CLAUSE_OPENER_END = re.compile(r"(?:^|[\s,])(?:qui|que|qu[’']|dont|et|mais|car|donc)$", re.IGNORECASE)
# Where a new clause of the sentence starts: what a mid-sentence source reports begins there
# ("A a fait ceci, tandis que B ferait cela selon Kivo").
_CLAUSE_BOUNDARY = re.compile(r"[;:]\s+|,\s+(?:et|mais|car|puis|or)\s+|\s(?:tandis|alors|parce|bien)\s+qu(?:e\s+|[’'])")


def _last_clause_start(text: str, start: int, cue: int) -> int:
    """Where the clause holding the cue at ``cue`` starts, in the sentence starting at ``start``."""
    last = None
    for last in _CLAUSE_BOUNDARY.finditer(text, start, cue):
        pass
    if last is None or word_count(text, last.end(), cue) < 2:
        return start
    return last.end()


_RELAYED = re.compile(r"(?:une|des|plusieurs|deux|trois)\s+sources?\b[^,.;:«»“”\"\n]{0,60}?\b"
                      r"(?:citée?s?|consultée?s?|interrogée?s?|contactée?s?|jointes?)\s+par\s+"
                      r"(?:le\s+|la\s+|les\s+|l[’']\s?)?")


def _relayed_source(text: str, pos: int) -> SpeakerPhrase | None:
    """"d'après des sources au fait du projet citées par Kivo Info": the anonymous source speaks
    through the medium that quotes it."""
    m = _RELAYED.match(text, pos)
    span = read_name(text, m.end()) if m else None
    if span is None:
        return None
    return SpeakerPhrase("organization", pos, span[1], organization=text[span[0]:span[1]])


_SOURCE_RELATIVE = re.compile(r"qui[ \u00a0\u202f]+")


def reported_selon(text: str) -> list[tuple[int, Attribution, int, int]]:
    """"Selon X, CLAUSE." and "CLAUSE, selon X." -> (cue offset, attribution, clause start, clause end)."""
    out = []
    for m in re.finditer(rf"\b({SOURCE_CUES})\s+", text, re.IGNORECASE):
        low = norm(text[m.start():m.start() + 60])
        phrase = _relayed_source(text, m.end())
        if phrase is None and any(low.startswith(cue) for cue in rumour_cues()):
            continue  # an anonymous source speaks for nobody
        if phrase is None:
            phrase = read_speaker(text, m.end(), allow_pronoun=True)
        relative = _SOURCE_RELATIVE.match(text, m.end())
        if phrase is None and relative and text[:m.start()].rstrip().endswith(","):
            # "..., constate X, selon qui CLAUSE": the relative pronoun takes up the person just named.
            clause_end = clause_text_end(text, relative.end())
            if word_count(text, relative.end(), clause_end) >= MIN_WORDS:
                who = SpeakerPhrase("pronoun", m.end(), m.end() + 3, gender="-")
                out.append((m.start(), Attribution(" ".join(m.group(1).lower().split()), who, m.start(), who.end),
                            relative.end(), clause_end))
            continue
        if phrase and phrase.kind == "description" and _ACRONYM.match(text, phrase.end):
            # "selon la directrice de Banque Alto (BA), Léa Simon": read past the acronym,
            # blanked out so that offsets stay those of the text.
            bracket = _ACRONYM.match(text, phrase.end)
            blanked = text[:bracket.start()] + " " * (bracket.end() - bracket.start()) + text[bracket.end():]
            phrase = read_speaker(blanked, m.end(), allow_pronoun=True) or phrase
        if not phrase:
            continue
        when = _TIME_AFTER.match(text, phrase.end)
        if when and re.match(r"\s*,", text[when.end():when.end() + 3]):
            phrase = replace(phrase, end=when.end())  # "Selon Kivo ce mardi, ...": when it said so
        att = Attribution(" ".join(m.group(1).lower().split()), phrase, m.start(), phrase.end)
        # "D'après les travaux d'Orvane, Alto et Nexo, ...": further co-authors of the source.
        coauthors = _COAUTHORS.match(text, phrase.end)
        after = _AFTER_SOURCE.match(text[coauthors.end() if coauthors else phrase.end:])
        if coauthors and after:
            phrase = replace(phrase, end=coauthors.end())
            att = Attribution(att.verb, phrase, m.start(), phrase.end)
        sent_start = sentence_start(text, m.start())
        before = text[sent_start:m.start()].rstrip()
        if before.strip("»”\" \u00a0\u202f") == "":
            before = ""  # « ... fin. » Selon X, ...: the quote closed the previous sentence
        elif norm(before.rstrip(",")).strip() in discourse_connectives():
            before = ""  # "Et selon elle, ...": the connective opens the sentence, not the clause
        opener = _CLAUSE_OPENER_END.search(before) if after and not before.endswith(",") else None
        if opener:
            before = ""  # "..., qui selon Kivo, CLAUSE": the clause follows the source
        if not before and after:
            clause_start = phrase.end + after.end()
            # Skip a further apposition without a verb ("l'un des chercheurs fondateurs,").
            seg = title_segment(text, phrase.end)
            if seg and phrase.kind == "name":
                nxt = re.match(r"\s*,\s*", text[seg[1]:])
                if nxt:
                    clause_start = seg[1] + nxt.end()
            # Skip a relative clause about the source ("Selon Kivo, qui a mené l'étude, ...").
            relative = _RELATIVE_INCISE.match(text, clause_start)
            if relative:
                clause_start = relative.end()
            clause_end = clause_text_end(text, clause_start)
            if clause_end > clause_start:
                out.append((m.start(), att, clause_start, clause_end))
        elif _closes_sentence(text, phrase.end) and (before.endswith(",") or word_count(text, sent_start, m.start())
                                                      >= MIN_WORDS + 2):
            # "CLAUSE, selon X." and "CLAUSE selon X.".
            clause_start = _last_clause_start(text, sent_start, m.start())
            clause_end = sent_start + len(before) - (1 if before.endswith(",") else 0)
            s, e = strip_span(text, clause_start, clause_end)
            if e > s:
                out.append((m.start(), att, s, e))
        elif after and not before.endswith(",") and word_count(text, sent_start, m.start()) >= MIN_WORDS + 2 \
                and not _holds_quote(before):
            # "CLAUSE selon X, an apposition about the clause.": the clause before the cue.
            s, e = strip_span(text, _last_clause_start(text, sent_start, m.start()), sent_start + len(before))
            out.append((m.start(), att, s, e))
        elif before.endswith(",") and after and re.match(r"[a-zà-ÿ]", text[phrase.end + after.end():][:1]):
            # "Le marché, selon X, devrait doubler.": the whole sentence, incise included.
            s, e = strip_span(text, sent_start, clause_text_end(text, sent_start))
            if word_count(text, s, e) >= MIN_WORDS + 2:
                out.append((m.start(), att, s, e))
    return out


_MADE_TO_SAY = re.compile(r"\b(fai[ts]|a\s+fait|avait\s+fait)\s+dire\s+(?:à\s+|au\s+|aux\s+)")


def reported_made_to_say(text: str) -> list[tuple[int, Attribution, int, int]]:
    """"Kivo fait dire à son porte-parole que CLAUSE": X speaks the clause."""
    out = []
    for m in _MADE_TO_SAY.finditer(text):
        phrase = read_speaker(text, m.end())
        if phrase is None:
            continue
        que = re.compile(r"[ \u00a0]+(?:que\s+|qu[’'])").match(text, phrase.end)
        if not que:
            continue
        clause_end = clause_text_end(text, que.end())
        if word_count(text, que.end(), clause_end) >= MIN_WORDS:
            verb = " ".join(m.group().split()[:-1])
            out.append((m.start(), Attribution(verb, phrase, m.start(), phrase.end), que.end(), clause_end))
    return out


_RELATIVE_INCISE = re.compile(r"(?:qui|dont|lequel|laquelle)\s[^,.;:!?«»\n]{1,120},\s*")


def _closes_sentence(text: str, pos: int) -> bool:
    """Whether the source phrase ending at ``pos`` closes its sentence, maybe after a few
    words that qualify it without a comma ("selon une étude parue lundi.")."""
    end = sentence_end(text, pos)
    tail = text[pos:end]
    return not re.search(r"[,;:«»“”\"]", tail) and len(tail.split()) <= 12


def _verb_start_trie() -> str:
    """The first words of every speech verb form and of the auxiliaries, as a trie."""
    verbs = speech_verbs()
    firsts = {form.split()[0] for table in (verbs.present, verbs.plural, verbs.participle) for form in table}
    firsts |= set(AUXILIARY_WORDS)
    return word_trie_pattern(firsts)


@lru_cache(maxsize=1)
def _reported_que_regex() -> re.Pattern:
    adverbs = "|".join(re.escape(w) for w in sorted(words("speech_adverbs.txt"), key=len, reverse=True))
    # A lookahead, so that matches may overlap: a wrong start ("valeur à 2 M€ et révèle
    # que") must not hide the right one ("révèle que"). Group 1 is the whole match.
    # Only a word that may open a speech verb (an auxiliary, a form's first word) can
    # start one: the leading trie rejects other positions after a letter or two.
    return re.compile(
        rf"(?=(?i:{_verb_start_trie()})(?!\w))"
        rf"(?=(\b(?:({AUXILIARY})\s+(?:(?:{adverbs}|\w+ment)\s+)?)?({VERB_FORM})"
        rf"(?:\s+(?:{TIME}|{adverbs}|\w+ment))?"
        # "a expliqué au quotidien « Le Matin » que": to whom, a medium's title in marks included.
        rf"((?:\s*,[^,.«»“”\"\n]{{1,60}},)|(?:\s+(?:à|au|aux)\s(?:[^,.«»“”\"\n]|[«“\"][^«»“”\"\n]{{1,40}}[»”\"]){{1,60}}?)"
        # "indique dans un communiqué que", "affirme sur son blog que": a channel.
        rf"|(?:\s+(?:dans|sur|via|lors\s+d[’'e]|en)\s?[^,.«»“”\"\n]{{1,50}}?)"
        # "a indiqué la semaine dernière que", "a déclaré ce jeudi à l'AFP que": when, then to whom.
        rf"|(?:\s+{TIME}(?:\s+(?:à|au|aux|dans|lors\s+d[’'e])\s[^,.«»“”\"\n]{{1,40}}?)?))?"
        rf"\s+(?:que\s|qu[’']|(?=((?:ne\s+pas\s+|n[’']\s?)?[a-zà-ÿ]{{2,}}(?:er|ir|re|oir))\b))))"
    )


# Words with an infinitive's ending that start ordinary objects ("affirme notre ...").
_NOT_INFINITIVES = frozenset({"notre", "votre", "entre", "contre", "autre", "outre", "plusieurs", "leur", "premier",
                              "dernier", "hier", "cher", "fier", "lire", "titre", "chiffre", "nombre", "centre",
                              "membre", "ordre", "offre", "livre", "libre", "propre", "lettre", "quatre", "mettre",
                              "filière", "manière", "matière", "première", "dernière", "carrière", "frontière",
                              "barrière", "lumière", "pierre", "guerre", "terre", "heure", "cœur", "valoir",
                              "soir", "espoir", "noir"})
# Verbs that do not report words with an infinitive ("annonce avoir levé" is the company's news).
_NO_INFINITIVE = frozenset({"annoncer", "révéler", "promettre", "faire valoir", "faire savoir"})


def reported_que(text: str) -> list[tuple[int, int, str, int]]:
    """"X affirme que CLAUSE", "X affirme avoir CLAUSE" -> (verb offset, verb end, verb as
    written, clause start)."""
    verbs = speech_verbs()
    lemmas = reported_speech_lemmas()
    out = []
    seen_verbs = set()
    for m in _reported_que_regex().finditer(text):
        aux, word = m.group(2), fold_form(m.group(3))
        if aux:
            lemma = verbs.participle.get(word)
        else:
            lemma = verbs.present.get(word) or verbs.plural.get(word)
        if not lemma or lemma not in lemmas or m.start(3) in seen_verbs:
            continue
        infinitive = m.group(5)
        if infinitive is not None and (lemma in _NO_INFINITIVE or infinitive.split()[-1] in _NOT_INFINITIVES
                                       or m.group(4) and not m.group(4).strip().startswith(",")):
            continue
        seen_verbs.add(m.start(3))  # "a affirmé que": not "affirmé que" again
        verb = f"{aux} {m.group(3)}" if aux else m.group(3)
        clause_start = m.end(1)
        hoped = _HOPE_THAT.match(text, m.end(1)) if infinitive is not None else None
        if hoped is not None:
            # "dit espérer que CLAUSE": the words reported are the clause after "que".
            verb, clause_start = f"{verb} {hoped.group(1)}", hoped.end()
        out.append((m.start(), m.start(3), verb, clause_start))
    for m in _SAYS_CONVINCED.finditer(text):
        if m.start(1) not in seen_verbs:
            out.append((m.start(), m.start(1), " ".join(text[m.start():m.end(1)].split()), m.end()))
    for m in _MODAL_SPEECH.finditer(text):
        # "a tenu à rappeler que", "n'a pas manqué de souligner que": the infinitive says.
        if m.group(2).lower() in lemmas and m.start(2) not in seen_verbs:
            out.append((m.start(), m.start(2), " ".join(text[m.start():m.end(2)].split()), m.end()))
    out.sort()
    return out


# An infinitive of belief or hope after the speech verb: "dit espérer que", "affirme croire que".
_HOPE_THAT = re.compile(r"(espérer|croire|penser|souhaiter|savoir|craindre|regretter)\s+(?:que\s|qu[’'])")
# "se dit convaincue que", "se dit persuadé que": a speaker's stated conviction.
_SAYS_CONVINCED = re.compile(
    r"\b(?:se|s[’'])\s?((?:dit|disent|disait|disaient|déclare|déclarent)\s+"
    r"(?:convaincue?s?|persuadée?s?|certaine?s?|sûre?s?|confiante?s?|heureu(?:x|se|ses)|ravie?s?|fière?s?|fiers?))"
    r"\s+(?:que\s|qu[’'])")
# A verb of will or insistence before the infinitive of a speech verb, then "que".
_MODAL_SPEECH = re.compile(rf"\b({MODAL_LEAD_IN})\s+([a-zà-ÿ]+)\s+(?:que\s|qu[’'])")


# Verbs whose object before a colon is news rather than words ("annonce trois nouveautés :").
# "pose des défis :", "en posant des garde-fous :" list conditions, not words.
_NO_COLON = frozenset({"annoncer", "révéler", "lancer", "prévoir", "présenter", "poser"})


def reported_colon(text: str) -> list[tuple[int, int, str, int, int]]:
    """"Kivo ajoute une précision : CLAUSE." -> (verb group start, main verb start, verb,
    clause start, clause end): what a speech verb announces after a colon, without
    quotation marks (a quotation there is a direct quote)."""
    out = []
    for colon in re.finditer(r"[ \u00a0\u202f]?:[ \u00a0\u202f]+", text):
        sent_start = sentence_start(text, colon.start())
        if "\n" in text[sent_start:colon.start()]:
            continue
        verbs = speech_verbs_in(text, sent_start, colon.start())
        if not verbs:
            continue
        group_start, main_start, verb = verbs[-1]
        if speech_verbs().lemma(verb.split()[-1]) in _NO_COLON or any(
                speech_verbs().lemma(w) in _NO_COLON for w in verb.split()):
            continue
        clause_start = colon.end()
        clause_end = clause_text_end(text, clause_start)
        clause = text[clause_start:clause_end]
        if re.search(r"[«»“”\"]", clause) or word_count(text, clause_start, clause_end) < MIN_WORDS + 2:
            continue
        if re.match(r"\d|[A-ZÀ-Ö][^\s]*\s*(?:[,;(–—-]|$)", clause):
            continue  # a figure, or a list of names
        out.append((group_start, main_start, verb, clause_start, clause_end))
    return out


# --------------------------------------------------------------------------
# The candidates of one article


@dataclass
class Candidate:
    """A span of speech whose speaker is still to be found.

    ``kind`` says how it was found: "quoted" (between quotation marks), "selon"
    ("selon X, ..."), "inverted" ("..., précise X.") or "que" ("X affirme que ...").
    ``parts`` are the spans it becomes in the output: a quote cut by an inserted
    attribution (« A, dit-il. B ») is two entries. ``attribution`` is what the
    words that found it already say about the speaker ("selon X", the incise);
    a "que" clause leaves its subject to the parser: ``verb_start`` is where its
    verb group starts and ``main_start`` where its main verb starts."""

    kind: str
    start: int
    end: int
    parts: list[tuple[int, int]]
    attribution: Attribution | None = None
    open_pos: int = -1
    close_pos: int = -1
    cue: int = -1  # the offset of the words that introduce it ("selon", the comma, the verb)
    verb: str | None = None
    verb_start: int = -1
    main_start: int = -1
    # A "que" clause that holds a quotation ("Il estime que « ... »"): it attributes
    # that quote and is not reported speech of its own.
    frames_quote: bool = False

    @property
    def direct(self) -> bool:
        return self.kind == "quoted"


def inside_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies strictly inside one of the sorted (open, close) ``spans``."""
    i = bisect_right(spans, (pos, 10**12)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def cut_off_quote(text: str, pairs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """An opening mark whose quote the excerpt cuts off: the last mark of the text opens a
    quote in its last paragraph ("... a-t-il conclu : « Nous allons"). Its span runs to the end."""
    last = max(text.rfind("«"), text.rfind("“"), _unpaired_straight(text))
    if last < 0 or any(o <= last <= c for o, c in pairs) or re.search(r"[»”\n\"]", text[last + 1:].rstrip()):
        return None
    if word_count(text, last, len(text)) < 1:
        return None
    return last, len(text)


def _unpaired_straight(text: str) -> int:
    """The last straight mark of the text when it opens a quote left unclosed: an odd
    count of straight marks in the last paragraph, the last one shaped as an opener
    ('Pour Anne Roy : "Nous avons' at the end of an excerpt)."""
    last = text.rfind('"')
    if last < 0:
        return -1
    para = text.rfind("\n", 0, last) + 1
    if text.count('"', para, last + 1) % 2 == 0:
        return -1
    before = text[last - 1] if last > 0 else " "
    after = text[last + 1] if last + 1 < len(text) else " "
    return last if (before.isspace() or before in "([:") and after.isalnum() else -1


def quoted_spans(text: str, pairs: list[tuple[int, int]]) -> list[Candidate]:
    """The words between each pair of quotation marks, cut at an inserted attribution
    (and those of a quote the excerpt cuts off at its end)."""
    out = []
    cut_off = cut_off_quote(text, pairs)
    for open_pos, close_pos in pairs + ([cut_off] if cut_off else []):
        start, end = strip_span(text, open_pos + 1, close_pos)
        if end <= start:
            continue
        parts, incise = split_incise(text, start, end)
        if incise is not None:
            incise.at = open_pos
        parts = [piece for s, e in parts for piece in split_paragraphs(text, s, e)]
        out.append(Candidate("quoted", start, end, parts, incise, open_pos, close_pos, cue=open_pos))
    cut_in = cut_in_quote(text, pairs)
    if cut_in is not None:
        start, end = strip_span(text, 0, cut_in)
        out.insert(0, Candidate("quoted", start, end, split_paragraphs(text, start, end), None, start, cut_in,
                                cue=start))
    return out


_CUT_IN_CLOSER = re.compile(r"[»”\"]")


def cut_in_quote(text: str, pairs: list[tuple[int, int]]) -> int | None:
    """The closing mark of a quote whose opening the excerpt cut off: the text's first
    paragraph starts in the middle of a quote ("nous visons l'Asie », ajoute Anne Roy.").
    Only when the first mark of the text closes and an attribution follows it."""
    m = _CUT_IN_CLOSER.search(text)
    if m is None or "\n" in text[:m.start()].strip() or any(o <= m.start() <= c for o, c in pairs):
        return None
    if m.group() == '"' and text.count('"', 0, text.find("\n") if "\n" in text else len(text)) % 2 == 0:
        return None  # straight marks paired in the paragraph: this one opens
    if word_count(text, 0, m.start()) < MIN_WORDS + 2:
        return None
    after = parse_after(text, m.start() + 1)
    return m.start() if after is not None and after.phrase is not None else None


_REOPENED = re.compile(r"\n[ \t\u00a0\u202f\n]*«")


def split_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quote of several paragraphs, « re-opened at each one and » closing only the
    last, is one entry per paragraph."""
    parts = []
    for reopened in _REOPENED.finditer(text, start, end):
        parts.append(strip_span(text, start, reopened.start()))
        start = reopened.end()
    parts.append(strip_span(text, start, end))
    return [(s, e) for s, e in parts if e > s]


def _after_close(text: str, pos: int) -> bool:
    """Whether only spaces or a comma separate ``pos`` from a closing mark before it."""
    j = pos - 1
    while j >= 0 and text[j] in " ,\t\u00a0\u202f":
        j -= 1
    return j >= 0 and text[j] in "»”\""


def reported_speech(text: str, pairs: list[tuple[int, int]],
                    que: list[tuple[int, int, str, int]] | None = None) -> list[Candidate]:
    """Reported-speech candidates outside quotation marks, in order of trust:
    "selon X" clauses, inverted attributions, then "que" clauses."""
    out = []
    for cue, att, s, e in reported_selon(text):
        # "», selon X" attributes the quote; "» Selon X, ..." opens a sentence of its own.
        attached = _after_close(text, cue) and text[cue].islower()
        if inside_spans(pairs, cue) or attached or any(o <= s < c or o < e <= c for o, c in pairs):
            continue
        if any(s <= o and c <= e and word_count(text, o + 1, c) >= MIN_WORDS for o, c in pairs):
            continue  # as with "que", a clause framing a quotation leaves it to the quotation
        out.append(Candidate("selon", s, e, [(s, e)], att, cue=cue, verb=att.verb))
    for cue, att, s, e in reported_made_to_say(text):
        if not inside_spans(pairs, cue):
            out.append(Candidate("selon", s, e, [(s, e)], att, cue=cue, verb=att.verb))
    for comma, att, s, e in reported_inverted(text):
        if inside_spans(pairs, comma):
            continue
        out.append(Candidate("inverted", s, e, [(s, e)], att, cue=comma, verb=att.verb))
    for comma, att, s, e in reported_incise(text):
        if not inside_spans(pairs, comma):
            out.append(Candidate("inverted", s, e, [(s, e)], att, cue=comma, verb=att.verb))
    for verb_start, main_start, verb, clause_start, clause_end in reported_colon(text):
        if inside_spans(pairs, verb_start) or inside_spans(pairs, clause_start):
            continue
        out.append(Candidate("colon", clause_start, clause_end, [(clause_start, clause_end)], cue=verb_start,
                             verb=verb, verb_start=verb_start, main_start=main_start))
    for verb_start, main_start, verb, clause_start in reported_que(text) if que is None else que:
        clause_end = clause_text_end(text, clause_start)
        # A clause framing a quotation leaves it to the quote; a term in marks
        # of one word ("moins sujet aux « hallucinations »") does not make it one.
        framed = [o for o, c in pairs if clause_start <= o < clause_end and word_count(text, o + 1, c) >= 2]
        if framed:
            # "Elle ajoute que Kivo progresse vite, « et ce n'est qu'un début »": words of her own
            # before the comma that opens the quotation are reported speech of their own.
            head = text[clause_start:framed[0]].rstrip(" \t\u00a0\u202f")
            size = word_count(text, clause_start, clause_start + len(head))
            # A long head is a statement of its own too ("que Kivo dépasse ses rivaux sur la
            # plupart des tests de référence « dans le domaine du code »").
            if head.endswith(",") and size >= MIN_WORDS + 1 or size >= 2 * MIN_WORDS + 2:
                s, e = strip_span(text, clause_start, clause_start + len(head) - (1 if head.endswith(",") else 0))
                out.append(Candidate("que", s, e, [(s, e)], cue=verb_start, verb=verb, verb_start=verb_start,
                                     main_start=main_start))
        out.append(Candidate("que", clause_start, clause_end, [(clause_start, clause_end)], cue=verb_start,
                             verb=verb, verb_start=verb_start, main_start=main_start, frames_quote=bool(framed)))
    return out
