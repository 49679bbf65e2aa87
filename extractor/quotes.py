"""Direct and reported quotes with their speakers.

Sets ``doc._.quotes``: a list of dicts {"start", "end", "direct", "verb",
"speaker": {"name", "title", "organization"} | None}.

Three stages, each a function you can call on a short French sentence:

1. :func:`find_candidates` — spans of speech: the words between quotation marks
   (cut in two at an inserted "dit-il", one entry per re-opened paragraph, a quote
   cut off by the end of the excerpt), and reported speech without marks ("selon X,
   ...", "..., précise X.", "X affirme que ...", "X affirme avoir ...", "X ajoute une
   précision : ..."). Pure text: :mod:`extractor.quote_candidates`.
2. :func:`attribute_speakers` — each candidate's verb and speaker, tried in order:
   the words after its closing mark ("», explique X"), an incise, the words before its
   opening mark ("X a déclaré : «", "Pour X, «"), the subject of a speech verb earlier
   in its sentence ("X estime que la société « ... »", "qu'il qualifie de « ... »"),
   the next sentence ("C'est en ces termes que X..."), then for a quote with none of
   these (:func:`orphan_speaker`) the previous quote, the nearest attributed quote of
   its paragraph, a caption line, or the person just introduced before it. The
   speaker phrase is resolved by :class:`extractor.article_people.ArticlePeople`:
   pronouns and descriptions ("la dirigeante") become the person last named, with
   their role and organisation. Attribution patterns: :mod:`extractor.quote_attribution`.
3. :func:`consolidate` — keep what has a speaker, drop reported speech that
   repeats a span already kept, order by position.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from extractor.article_people import ArticlePeople
from extractor.extensions import doc_text
from extractor.quote_attribution import (
    AUXILIARY,
    RUMOUR,
    Attribution,
    _speech_nouns,
    attribution_follows,
    clause_subject,
    parse_after,
    parse_before,
    parse_next_sentence,
    reaches_verb,
    speaker_after_verb,
    speech_verbs_in,
)
from extractor.quote_candidates import (
    MIN_WORDS,
    Candidate,
    closing_attribution,
    inverted_attributions,
    quoted_spans,
    reported_que,
    reported_speech,
    word_count,
)
from extractor.speakers import (
    DETERMINER_GENDERS,
    SpeakerPhrase,
    is_function_word,
    pair_quote_marks,
    read_speaker,
    retype_glued_closers,
    sentence_end,
    sentence_start,
    starts_with_person_noun,
    strip_span,
)


def extract_quotes(doc: Doc) -> list[dict]:
    """The quotes of ``doc``: candidates, then their speakers, then consolidation."""
    text = doc_text(doc)
    pairs = pair_quote_marks(text)
    fixed = retype_glued_closers(text, pairs)
    if fixed != text:
        # Same length, so the offsets stay valid; the quote modules read doc._.text.
        text = doc._.text = fixed
    people = ArticlePeople(doc, pairs)
    candidates = find_candidates(text, pairs)
    return consolidate(text, attribute_speakers(doc, people, candidates))


# --------------------------------------------------------------------------
# Stage 1: candidates


def find_candidates(text: str, pairs: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Quoted spans, then reported speech, each in text order."""
    if pairs is None:
        pairs = pair_quote_marks(text)
    que = reported_que(text)
    return quoted_spans(text, pairs) + reported_speech(text, pairs, que)


# --------------------------------------------------------------------------
# Stage 2: attribution of speakers


def attribute_speakers(doc: Doc, people: ArticlePeople, candidates: list[Candidate]) -> list[dict]:
    """A quote dict for each candidate whose speaker is found (quoted ones first,
    in text order, since a quote without attribution may continue the previous one)."""
    text = doc_text(doc)
    by_start = TokenStarts(doc)
    quoted = [c for c in candidates if c.kind == "quoted"]
    que = [c for c in candidates if c.kind == "que"]  # they may frame a quotation
    out = attribute_quoted(doc, people, quoted, _que_clauses(text, que), by_start)
    for candidate in candidates:
        if candidate.kind == "quoted" or candidate.frames_quote or candidate.end <= candidate.start \
                or candidate.kind == "que" and people.inside_quote(candidate.cue):
            continue
        speaker, verb = _reported_speaker(doc, people, candidate, by_start)
        if speaker is None and candidate.kind == "que":
            speaker, verb = _participle_speaker(text, candidate, out)
        if speaker:
            out.append(_quote(candidate.start, candidate.end, False, verb, speaker, candidate))
    return out


def _role_in_marks(text: str, open_pos: int, close_pos: int) -> bool:
    """"a fait valoir l'« ancien trader » Paul Roy": a role in quotation marks
    between a determiner and a name is part of a speaker phrase, not speech."""
    return re.search(r"(?:\b[Ll][’']|\b(?:le|la|les)\s+)$", text[max(0, open_pos - 4):open_pos]) is not None \
        and re.match(r"[\s\u00a0\u202f]+[A-ZÀ-ÖØ-Þ]", text[close_pos + 1:close_pos + 4]) is not None


def _participle_speaker(text: str, cand: Candidate, quotes: list[dict]) -> tuple[dict | None, str | None]:
    """"« ... », s'est-il réjoui, ajoutant que ...": a present participle has no subject of
    its own; the speaker of the words just before it in the sentence says the clause."""
    if not cand.verb or not cand.verb.endswith("ant"):
        return None, None
    sent_start = sentence_start(text, cand.verb_start)
    if text[sent_start:sent_start + 1] in ("»", "”", '"'):
        sent_start = sentence_start(text, sent_start - 1)  # « ... ! » s'est-il réjoui, ajoutant que
    before = [q for q in quotes if sent_start <= q["end"] <= cand.verb_start and q["speaker"]]
    if not before:
        return None, None
    return max(before, key=lambda q: q["end"])["speaker"], cand.verb


def _quote(start: int, end: int, direct: bool, verb: str | None, speaker: dict, candidate: Candidate) -> dict:
    return {"start": start, "end": end, "direct": direct, "verb": verb, "speaker": speaker,
            "kind": candidate.kind, "cue": candidate.cue}


def attribute_quoted(doc: Doc, people: ArticlePeople, quoted: list[Candidate],
                     que_clauses: list[tuple[int, int, int, str]], by_start: "TokenStarts") -> list[dict]:
    """Speakers of quotation-marked spans, from their attribution or the previous quote."""
    text = doc_text(doc)
    que_starts = [c[0] for c in que_clauses]
    quotes: list[dict] = []
    orphans: list[Candidate] = []
    previous: dict | None = None
    previous_close = -1
    previous_said = -1
    for cand in quoted:
        open_pos, close_pos, start, end = cand.open_pos, cand.close_pos, cand.start, cand.end
        incise = cand.attribution
        after = parse_after(text, close_pos + 1) or inverted_any_verb(text, by_start, close_pos + 1)
        if after is RUMOUR:
            continue
        att = after or incise or parse_before(text, open_pos, close_pos) or _inverted_before_colon(text, open_pos)
        clause = _clause_before(text, que_clauses, que_starts, open_pos) if att is None else None
        if clause is not None:
            verb_start, main_start, verb = clause
            for phrase in subject_phrases(doc, by_start, main_start, verb_start):
                if people.speaker(Attribution(verb, phrase, verb_start)):
                    att = Attribution(verb, phrase, verb_start, in_sentence=True)
                    break
        if att is None:
            att = sentence_verb_attribution(doc, people, by_start, cand)
        if att is None:
            att = closing_attribution(text, close_pos, inverted_attributions(text))
        if att is None:
            att = parse_next_sentence(text, close_pos + 1) or _next_sentence_names(text, close_pos) \
                or _words_named_after(text, close_pos)
        if att is not None and att.at < 0:
            att.at = open_pos
        if att is not None and att is not after:
            att = _subject_for_pronoun(text, att, open_pos)
        elif att is not None and att.phrase is not None and att.phrase.kind == "pronoun":
            after = att = _subject_for_pronoun(text, att, open_pos)
        speaker = people.speaker(att) if att else None
        words = word_count(text, start, end)
        if speaker is None:
            # A following quote of the same speaker ("« A », dit-il. « B »").
            sentence_like = text[start].isupper() and words >= MIN_WORDS + 1
            gap = text[previous_close + 1:open_pos]
            if previous and sentence_like and len(gap) < 300 and not attribution_follows(text, close_pos + 1) \
                    and not any(
                previous_said < m.start < open_pos for m in people.mentions
            ) and gap.count("\n\n") <= 1 and not _heading_between(text, previous_close, open_pos):
                quotes.extend(_quote(s, e, True, previous["verb"], previous["speaker"], cand) for s, e in cand.parts)
                previous_close = previous_said = close_pos
            elif att is None and not attribution_follows(text, close_pos + 1) \
                    and not _role_in_marks(text, open_pos, close_pos):
                orphans.append(cand)  # an attribution that names nobody known is not overruled
            continue
        if words < MIN_WORDS and after is None and not (att.attribute and words >= 3) \
                and not (att.in_sentence and (words >= 2 or _qualifies(text, open_pos))):
            continue
        found = [_quote(*_trim_trailing_comma(text, s, e), True, att.verb, speaker, cand) for s, e in cand.parts]
        if not (words < MIN_WORDS and after is None and _NAMING.search(text, max(0, open_pos - 30), open_pos)):
            quotes.extend(found)
        # else "se parent des termes « IA »": a term named, not words said; the speaker
        # still goes on to the next quotation.
        previous = found[-1]
        previous_close = close_pos
        # Names inside the attribution itself ("», souligne Marc Roy.") are its speaker.
        previous_said = max(close_pos, att.end if att is after else close_pos)
    for cand in orphans:
        speaker = orphan_speaker(text, people, cand, quotes) or announcing_organization(text, people, cand)
        if speaker is not None:
            quotes.extend(_quote(s, e, True, None, speaker, cand) for s, e in cand.parts)
    quotes.sort(key=lambda q: q["start"])
    return quotes


# "», introduit la cheffe de chœur, Anne Roy": a comma, then a verb (maybe after
# its auxiliary) and the person who says the words.
_INCISE_VERB = re.compile(rf"[ \u00a0\u202f]*,[ \u00a0\u202f]*(?:({AUXILIARY})[ \u00a0\u202f]+)?"
                          r"([a-zàâçéèêëîïôûùüÿ]{3,})[ \u00a0\u202f]+")


def inverted_any_verb(text: str, by_start: "TokenStarts", pos: int) -> Attribution | None:
    """"« ... », sourit Paul Roy": after a quotation, French inverts subject and verb
    only to say who speaks, so a verb the lexicon does not list still attributes the
    words when the tagger reads it as a verb and a person follows it."""
    m = _INCISE_VERB.match(text, pos)
    if m is None:
        return None
    token = by_start.get(m.start(2))
    if token is None or token.pos_ != "VERB" or token.morph.get("VerbForm") == ["Inf"]:
        return None
    phrase = speaker_after_verb(text, m.end())
    if phrase is None or phrase.kind not in ("name", "description"):
        return None
    verb = f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(2)
    return Attribution(verb, phrase, m.start(2), phrase.end)


def _inverted_before_colon(text: str, open_pos: int) -> Attribution | None:
    """"Le marché reste fragmenté, affirme X : « ... »": an inverted attribution that
    closes its clause on a colon attributes the quotation after it too."""
    for _, att, _ in inverted_attributions(text):
        if att.end < open_pos and att.end > open_pos - 200 and re.fullmatch(r"[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*",
                                                                        text[att.end:open_pos]):
            return att
    return None


# How far back (in characters) an unattributed quote looks for the person last named.
ORPHAN_REACH = 400


def orphan_speaker(text: str, people: ArticlePeople, cand: Candidate, quotes: list[dict]) -> dict | None:
    """The speaker of a quotation with no attribution of its own: the speaker of the
    nearest attributed quote of its paragraph, else (for a whole sentence) the person
    named last in the paragraph or just before it."""
    letters = len(re.findall(r"[^\W\d_]+", text[cand.start:cand.end]))
    # "« A », a-t-il salué, voyant dans Kivo « une rencontre formidable »": the sentence goes on.
    sent_start = sentence_start(text, cand.open_pos)
    same_sentence = [q for q in quotes if sent_start <= q["end"] <= cand.open_pos and q["speaker"]
                     and q["speaker"].get("name") and q["direct"]]
    # "directeur général de « Banque Alto »": a capitalised complement of a role is a name.
    complement = text[cand.start:cand.start + 1].isupper() and re.search(
        r"\b(?:de|du|des|d[’']|chez)[\s\u00a0\u202f]*$", text[max(0, cand.open_pos - 8):cand.open_pos]) is not None
    if complement:
        return None
    if same_sentence and letters >= 2 and not is_name_like(text, cand.start, cand.end):
        return same_sentence[-1]["speaker"]
    if letters < MIN_WORDS:
        return None  # a term, a title or a figure in quotation marks
    start, end = paragraph_bounds(text, cand.open_pos)
    if not text[start:cand.open_pos].strip() and not text[cand.close_pos + 1:end].strip(" .\t\u00a0\u202f"):
        # A quotation standing as a heading ("«Nous allons recruter»" between two paragraphs)
        # is pulled from the article's words: when one person alone is quoted, theirs.
        speakers = {q["speaker"]["name"]: q["speaker"] for q in quotes
                    if q["direct"] and q["speaker"] and q["speaker"].get("name")}
        heading = _folded_words(text[cand.start:cand.end])
        if any(heading in _folded_words(text[q["start"]:q["end"]]) for q in quotes):
            return None  # a heading repeating a quote of the body is no new quote
        if len(speakers) == 1 and is_heading(text, cand.open_pos) and cand.close_pos < len(text):
            return next(iter(speakers.values()))
    near = [q for q in quotes if start <= q["start"] < end and q["speaker"] and q["speaker"].get("name")]
    if near:
        # The quote before it in the paragraph first: "« A », dit X. « B »" goes on with X.
        nearest = min(near, key=lambda q: (q["start"] > cand.start, abs(q["start"] - cand.start)))
        return nearest["speaker"]
    if not is_sentence_like(text, cand.start, cand.end):
        return None
    continued = _continued_from_paragraph_before(text, people, cand, quotes)
    if continued is not None:
        return continued
    caption = _caption_after(text, cand.close_pos + 1) or _introduced_after(text, cand)
    if caption is not None:
        speaker = people.speaker(Attribution(None, caption, caption.start))
        if speaker is not None:
            return speaker
    mention = people.last_person(cand.open_pos)
    if mention is None:
        return None
    if _heading_between(text, mention.start, cand.open_pos):
        return None  # a heading (maybe a quote of its own) starts a new passage
    # Only a person just introduced with their role, in the sentence or line before the quote,
    # or the subject of the sentence right before it ("Paul Roy a fondé Kivo en 2019. « ... »").
    near_enough = cand.open_pos - mention.start <= ORPHAN_REACH \
        and text.count("\n", mention.start, cand.open_pos) <= 1 \
        and sentence_start(text, cand.open_pos) - mention.start <= 250 \
        and (mention.title or _subject_of_sentence_before(text, mention.start, cand.open_pos)
             or _pronoun_opens_sentence_before(text, people.gender_of_person(mention), cand.open_pos))
    # Words said in the first person ("Nous avons signé...") are someone's: the person
    # the passage is about, named last a few sentences before, when nobody else was quoted since.
    if not near_enough and not _first_person_said(text, people, cand, mention, quotes):
        return None
    return people.speaker(Attribution(None, SpeakerPhrase("name", mention.start, mention.start + len(mention.name),
                                                           name=mention.name), mention.start))


# How far back a quotation in the first person looks for the person the passage is about.
FIRST_PERSON_REACH = 900

_FIRST_PERSON = re.compile(r"(?i)(?<![\w’'])(?:je|j[’']|nous|notre|nos|mon|ma|mes|moi|on)(?![\w’'])")


def _first_person_said(text: str, people: ArticlePeople, cand: Candidate, mention, quotes: list[dict]) -> bool:
    """Whether an unattributed quotation in the first person can go to the person named
    last before it: within a few sentences, in the same passage (no paragraph gap of
    more than one break), with no other speaker quoted in between."""
    if cand.open_pos - mention.start > FIRST_PERSON_REACH:
        return False
    if not _FIRST_PERSON.search(text, cand.start, min(cand.end, cand.start + 200)):
        return False
    if text[sentence_start(text, cand.open_pos):cand.open_pos].strip():
        return False  # words before it in its sentence ("une page qui indique « ... »") frame it
    if text.count("\n\n", mention.start, cand.open_pos) or text.count("\n", mention.start, cand.open_pos) > 2:
        return False
    if any(mention.start < q["start"] < cand.open_pos for q in quotes):
        return False
    # "Paul Roy a fondé Kivo. Elle veut conquérir l'Europe. « Nous ... »": a pronoun of the
    # other gender opening the sentence before takes up the company, whose "nous" it is.
    before = text[:cand.open_pos].rstrip()
    if before.endswith((".", "!", "?", ":")):
        pronoun = re.match(r"(Il|Elle)s?\b", text[sentence_start(text, len(before) - 1):])
        gender = people.gender_of_person(mention)
        if pronoun and gender != "-" and gender != ("f" if pronoun.group(1) == "Elle" else "m"):
            return False
    return True


def announcing_organization(text: str, people: ArticlePeople, cand: Candidate) -> dict | None:
    """A quoted sentence right after a sentence in which an organisation speaks ("Kivo a
    annoncé une levée de 5 millions. « Ces fonds serviront à recruter. »"): the organisation's
    own statement."""
    if not text[cand.start:cand.start + 1].isupper() or word_count(text, cand.start, cand.end) < MIN_WORDS + 1:
        return None
    before = text[:cand.open_pos].rstrip(" \t\u00a0\u202f")
    if not before.endswith(".") or before[-2:-1] in "»”\"":
        return None  # not right after a sentence of the article's own (same paragraph)
    prev_start = sentence_start(text, len(before) - 1)
    found = speech_verbs_in(text, prev_start, len(before))
    if not found:
        return None
    verb_start, _, verb = found[0]
    phrase = clause_subject(text, prev_start, verb_start)
    if phrase is None or phrase.kind == "pronoun":
        return None
    # "Kivo, spécialisée dans l'irrigation, a annoncé": past an apposition between commas.
    if not reaches_verb(text, phrase.end, verb_start) \
            and not re.fullmatch(r"\s*,[^,;:«»“”\"\n]{1,200},\s*", text[phrase.end:verb_start]):
        return None
    speaker = people.speaker(Attribution(verb, phrase, prev_start))
    if speaker is None or speaker.get("name") or not speaker.get("organization"):
        return None
    return speaker


def _folded_words(words: str) -> str:
    return " ".join(re.findall(r"\w+", words.lower()))


def _continued_from_paragraph_before(text: str, people: ArticlePeople, cand: Candidate,
                                     quotes: list[dict]) -> dict | None:
    """A quotation that opens its paragraph and follows a paragraph whose last words
    were quoted from a named speaker, no other person named since: the speaker goes on
    ("« A », explique Anne Roy.\n« B »"). A heading never continues a quote."""
    start, _ = paragraph_bounds(text, cand.open_pos)
    if text[start:cand.open_pos].strip() or is_heading(text, cand.open_pos):
        return None
    previous_end = len(text[:start].rstrip())
    if previous_end == 0:
        return None
    previous_start, _ = paragraph_bounds(text, previous_end - 1)
    before = [q for q in quotes if previous_start <= q["start"] < previous_end and q["direct"]]
    if not before:
        return None
    last = max(before, key=lambda q: q["end"])
    speaker = last["speaker"]
    if not speaker or not speaker.get("name") or any(q["start"] > last["end"] for q in quotes
                                                     if previous_start <= q["start"] < cand.open_pos):
        return None
    # The attribution after the last quote may name its speaker; nobody else may be named.
    names = [m for m in people.mentions if last["end"] < m.start < cand.open_pos]
    if any(m.name != speaker["name"] and not speaker["name"].endswith(m.name) for m in names):
        return None
    return speaker


def _introduced_after(text: str, cand: Candidate) -> SpeakerPhrase | None:
    """A quote standing as its own paragraph (or opening it), then a paragraph (or a
    sentence) that opens on a person and their role ("« ... »\nAnne Roy, directrice de
    Kivo, rappelle ..."): that person."""
    start, end = paragraph_bounds(text, cand.open_pos)
    if text[start:cand.open_pos].strip():
        return None
    if text[cand.close_pos + 1:end].strip(" .\t\u00a0\u202f"):
        # "« ... ». Anne Roy, directrice de Kivo, donne le ton": a quote opening its
        # paragraph, then a sentence of the same paragraph opening on the person and role.
        m = re.compile(r"[ \t\u00a0\u202f]*\.?[ \t\u00a0\u202f]+(?=[A-ZÀ-Ý])").match(text, cand.close_pos + 1)
    else:
        m = re.compile(r"\s*\n\s*").match(text, end)
    if not m:
        return None
    phrase = read_speaker(text, m.end())
    if phrase is None or phrase.kind != "name" or " " not in phrase.name or not phrase.title \
            or not re.match(r"\s*,?\s*[a-zà-ÿ]", text[phrase.end:phrase.end + 4]):
        return None
    return phrase


def _next_sentence_names(text: str, close_pos: int) -> Attribution | None:
    """A quotation inside a sentence of the article's own words, the sentence after it
    naming who said them ("Il faut « oser » davantage, pense-t-on ? C'est ce qu'a
    rappelé Anne Roy."): the end of the quote's sentence, then that next sentence.
    The rest of the sentence may hold only the article's words, no other attribution."""
    end = sentence_end(text, close_pos + 1)
    if end >= len(text) or text[end] == "\n" or re.search(r"[«“\"\n]", text[close_pos + 1:end]):
        return None
    return parse_next_sentence(text, end + 1)


_DEMONSTRATIVE_WORDS = re.compile(
    rf"[^.!?\n«»“”\"]{{0,60}}?\b(?:ces?|cet|cette)\s+(?:[a-zà-ÿ\-]+\s+)?(?:{_speech_nouns()}|propos|mots|paroles|phrase|déclaration|confidence|formule)s?"
    rf"\b[^.!?\n«»“”\"]{{0,60}}?\s(?:de|d[’']|du|par)\s?(?=\S)", re.IGNORECASE)


def _words_named_after(text: str, close_pos: int) -> Attribution | None:
    """The sentence right after a quote takes it up with a demonstrative and names its
    author ("« ... ». Ces mots de son cofondateur Paul Roy résument le projet.",
    "« ... ». Cette explication, livrée par Anne Roy, ..."): that author."""
    m = re.compile(r"[\s.]{0,4}").match(text, close_pos + 1)
    if "\n" in m.group():
        return None
    words = _DEMONSTRATIVE_WORDS.match(text, m.end())
    if words is None:
        return None
    phrase = read_speaker(text, words.end())
    if phrase is None or phrase.kind not in ("name", "description"):
        return None
    return Attribution(None, phrase, m.end(), phrase.end, in_sentence=True)


def _subject_of_sentence_before(text: str, name_start: int, open_pos: int) -> bool:
    """Whether the name opens the sentence that ends right before the quote."""
    before = text[:open_pos].rstrip()
    if not before.endswith((".", "!", "?", ":")):
        return False
    prev_start = sentence_start(text, len(before) - 1)
    return _before_honorific_start(text, name_start) == prev_start


def _pronoun_opens_sentence_before(text: str, gender: str, open_pos: int) -> bool:
    """Whether the sentence right before the quote opens on "Il" or "Elle" that may stand
    for a person of ``gender`` ("Paul Roy a fondé Kivo. Il veut grandir. « ... »")."""
    before = text[:open_pos].rstrip()
    if not before.endswith((".", "!", "?", ":")):
        return False
    prev_start = sentence_start(text, len(before) - 1)
    m = re.match(r"(?:(?:Et|Mais|Alors|Puis|Aujourd[’']hui|Depuis)\s*,?\s+)?(Il|Elle)\s", text[prev_start:prev_start + 30])
    return m is not None and gender in ("-", {"Il": "m", "Elle": "f"}[m.group(1)])


def _before_honorific_start(text: str, name_start: int) -> int:
    m = re.search(r"(?:M|Mme|Mlle|Dr|Pr|Me)\.?[ \u00a0\u202f]+$", text[max(0, name_start - 6):name_start])
    return name_start - len(m.group()) if m else name_start


def _caption_after(text: str, pos: int) -> SpeakerPhrase | None:
    """A line right after a quote that only names a person and their role
    ("Anne Roy, directrice de Kivo"), as under a pull quote."""
    # On the next line, or on the quote's own line when nothing else follows it; a
    # dash may open the caption ("– Anne Roy, directrice de Kivo").
    m = re.compile(r"[ \t\u00a0\u202f.]*(?:\n\s*)?(?:[–—-][ \t\u00a0\u202f]*)?").match(text, pos)
    if not m or m.end() == pos:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if line_end - m.end() > 250 or "\n" not in text[pos:m.end()] and not re.match(r"\s*[–—-]", text[pos:m.end()]):
        return None
    phrase = read_speaker(text[:line_end], m.end())
    if phrase is None or phrase.kind not in ("name", "statement") or phrase.kind == "name" and " " not in phrase.name:
        return None
    rest = text[phrase.end:line_end].strip(" .\u00a0")
    # Only further roles may follow ("…, ministre de X, ministre responsable de Y").
    if rest and not (rest.startswith(",") and starts_with_person_noun(rest[1:]) and not re.search(r"[.!?:;«»“”]", rest)):
        return None
    return phrase


def _heading_between(text: str, start: int, pos: int) -> bool:
    """Whether a heading line lies between ``start`` and ``pos`` (or holds ``pos``)."""
    return is_heading(text, pos) or any(is_heading(text, start + line.end()) for line in
                                        re.finditer(r"\n[ \t\u00a0]*", text[start:pos]))


def is_heading(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a heading: short, and its words (maybe in
    quotation marks) end without a full stop."""
    start, end = paragraph_bounds(text, pos)
    line = text[start:end].strip(" \t\u00a0\u202f«»“”\"")
    return 0 < len(line) < 100 and not line.endswith((".", "!", "?", "…", ":", ","))


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    """The paragraph (between line breaks) holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def is_sentence_like(text: str, start: int, end: int) -> bool:
    """Quoted words that make a sentence of their own: a capital, a verb's worth of
    words, and not a title or a name in quotation marks."""
    return text[start:start + 1].isupper() and word_count(text, start, end) >= MIN_WORDS + 2


def sentence_verb_attribution(doc: Doc, people: ArticlePeople, by_start: "TokenStarts",
                              cand: Candidate) -> Attribution | None:
    """A quotation inside a sentence whose speech verb comes before it: "Il a rappelé
    que, face à Orvane, Kivo avait « ... »", "une année qu'il qualifie de « ... »",
    "La dirigeante, qui a dit « ... »". The subject of the nearest such verb speaks."""
    text = doc_text(doc)
    if is_name_like(text, cand.start, cand.end):
        return None  # "a annoncé le lancement de « Kivo Pro »": a name, not words said
    sent_start = sentence_start(text, cand.open_pos)
    for group_start, main_start, verb in reversed(speech_verbs_in(text, sent_start, cand.open_pos)):
        for phrase in subject_phrases(doc, by_start, main_start, group_start):
            att = Attribution(verb, phrase, group_start, in_sentence=True)
            if people.speaker(att):
                return att
    return None


def _subject_for_pronoun(text: str, att: Attribution | None, open_pos: int) -> Attribution | None:
    """"L'entreprise « a doublé ses ventes », explique-t-elle.": a pronoun attribution
    whose sentence opens, before the quote, on an organisation speaks for that organisation."""
    if att is None or att.phrase is None or att.phrase.kind != "pronoun":
        return att
    sent_start = sentence_start(text, open_pos)
    if sent_start >= open_pos:
        return att  # the quote opens its sentence: no subject of its own
    subject = read_speaker(text[:open_pos], sent_start)
    if subject is not None and subject.kind in ("organization", "statement"):
        gender = subject.gender if subject.gender != "-" else _article_gender(text, subject.start)
        if "-" not in (gender, att.phrase.gender) and gender != att.phrase.gender:
            return att  # "La start-up « a profité de ... », a-t-il affirmé": he is someone else
        return Attribution(att.verb, subject, att.at, att.end, in_sentence=att.in_sentence)
    return att


def _article_gender(text: str, start: int) -> str:
    """The gender the determiner at ``start`` gives its noun phrase: "La start-up" f,
    "Le groupe" m, "L'entreprise" unknown ("-")."""
    word = re.match(r"\w+", text[start:start + 8])
    return DETERMINER_GENDERS.get(word.group().lower(), "-") if word else "-"


# A noun or participle that names what follows in quotation marks: the marks hold a term.
_NAMING = re.compile(r"\b(?:termes?|expressions?|mots?|vocables?|appellations?|étiquettes?|slogans?"
                     r"|appel(?:é|ée|és|ées)|baptisé(?:e|s|es)?|surnommé(?:e|s|es)?|dénommé(?:e|s|es)?)"
                     r"(?:\s+(?:de|d[’']|du|des))?[\s\u00a0\u202f]*$")


def _qualifies(text: str, open_pos: int) -> bool:
    """Whether a quote follows "de", "d'" or "comme": the words qualify what the verb's
    subject said ("qu'il qualifie de « compliquée »", "décrit comme « historique »")."""
    return re.search(r"(?:\bde|\bd[’']|\bcomme)[\s\u00a0\u202f]*$", text[max(0, open_pos - 12):open_pos]) is not None


def is_name_like(text: str, start: int, end: int) -> bool:
    """Quoted words that are all capitalised or numbers: a name or a title, not speech."""
    words = re.findall(r"[\w’'-]+", text[start:end])
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("de", "du", "des", "la", "le", "les", "et", "&")
               for w in words)


def _que_clauses(text: str, que: list[Candidate]) -> list[tuple[int, int, int, str]]:
    """"Il affirme que « ... »", "Elle estime que la société « ... »": the quote opens
    the reported clause or follows its first words. (clause start, verb group start,
    main verb start, verb), sorted."""
    return sorted((strip_span(text, c.start, len(text))[0], c.verb_start, c.main_start, c.verb) for c in que)


def _reported_speaker(doc: Doc, people: ArticlePeople, cand: Candidate,
                      by_start: "TokenStarts") -> tuple[dict | None, str | None]:
    """The speaker of reported speech: its "selon X" or inverted attribution, or the
    subject of the verb of a "que" clause."""
    if cand.attribution is not None:
        return people.speaker(cand.attribution), cand.attribution.verb
    for phrase in subject_phrases(doc, by_start, cand.main_start, cand.verb_start):
        speaker = people.speaker(Attribution(cand.verb, phrase, cand.verb_start))
        if speaker:
            return speaker, cand.verb
    return None, None


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


def subject_phrases(doc: Doc, by_start: "TokenStarts", verb_pos: int, clause_pos: int) -> Iterator[SpeakerPhrase]:
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
    # A present participle ("..., indiquant que") says the words of the sentence's
    # subject, which may also follow a short leading circumstance ("En mai, X a ...").
    participle = re.match(r"\w+ant\b", text[verb_pos:verb_pos + 30]) is not None
    subject_start = None
    # "Côté investisseurs, Xavier Roy, associé chez Kora, estime que": the subject
    # follows a leading circumstance.
    for comma in re.finditer(r",[\s\u00a0\u202f]*", text[sent_start:clause_pos]):
        starts.append(sent_start + comma.end())
        lead_end = sent_start + comma.start()
        if participle and subject_start is None \
                and _LEADING_CIRCUMSTANCE.fullmatch(text, sent_start, lead_end):
            subject_start = sent_start + comma.end()
    # "une année que Paul Roy qualifie de": the subject of a relative clause.
    for que in re.finditer(r"\bqu(?:e[\s\u00a0]+|[’'])", text[sent_start:clause_pos]):
        starts.append(sent_start + que.end())
    for start in starts:
        phrase = read_speaker(head_text, start, allow_pronoun=True)
        if phrase is None or phrase.end > clause_pos:
            continue
        if phrase.kind == "pronoun" and phrase.gender == "-":
            continue
        if phrase.kind == "name" and phrase.name.split()[0].lower() in _PREPOSITIONS:
            continue  # "Côté API, ...", "Chez Kivo, ...": a circumstance, not the subject
        if start != starts[0] and start != subject_start and not reaches_verb(text, phrase.end, clause_pos):
            continue
        yield phrase


# A short circumstance opening a sentence: "En mai", "Lundi", "Dès 2023", "Lors du salon".
_LEADING_CIRCUMSTANCE = re.compile(
    r"(?:(?:En|Dès|Depuis|Lors|Début|Fin|Mi|Le|Ce|Cette|Mardi|Lundi|Mercredi|Jeudi|Vendredi|Samedi"
    r"|Dimanche|Hier|Aujourd['’]hui|Plus\s+tôt|Récemment)(?:[\s\u00a0\u202f-]+[\w'’]+){0,4})")


# Capitalised prepositions that open a circumstance rather than name a speaker.
_PREPOSITIONS = frozenset({"côté", "chez", "pour", "selon", "après", "avant", "dans", "face", "outre", "comme",
                           "malgré", "grâce", "parmi", "entre", "vers", "depuis", "avec", "sans", "sur", "en"})


# --------------------------------------------------------------------------
# Stage 3: consolidation


def consolidate(text: str, quotes: list[dict]) -> list[dict]:
    """The kept quotes in text order: reported speech is dropped where a more trusted
    reported span ("selon X" before an inverted attribution, both before a "que"
    clause) already covers it."""
    kept: list[dict] = []
    taken: list[tuple[int, int]] = []
    for q in quotes:
        kind, s, e = q.pop("kind"), q["start"], q["end"]
        cue = q.pop("cue")
        if kind == "inverted" and any(o < e and s < c for o, c in taken):
            continue
        if kind in ("que", "colon") and any(o <= cue < c for o, c in taken):
            continue
        if kind == "colon" and any(k["start"] < e and s < k["end"] for k in kept):
            continue  # what follows the colon is already a quote
        if kind in ("selon", "inverted"):
            taken.append((s, e))
        q["speaker"] = tidy_speaker(q["speaker"])
        if q["speaker"] is None:
            continue
        kept.append(q)
    kept.sort(key=lambda q: q["start"])
    return kept


def tidy_speaker(speaker: dict | None) -> dict | None:
    """A speaker as the output gives it: a line break inside a field is a wrapped line
    (one space), except a paragraph break, before which the words belong to something
    else; a name or organisation that is a capitalised heading, or a lone function word,
    names nobody (None when nothing is left)."""
    if speaker is None:
        return None
    tidy = dict(speaker)
    for field in ("name", "title", "organization"):
        value = tidy.get(field)
        if not value:
            continue
        value = re.split(r"\n[ \t\u00a0]*\n", value)[-1]
        value = " ".join(value.split())
        if field != "title" and (is_function_word(value) or len(value.split()) > 3 and value.isupper()):
            value = None
        tidy[field] = value or None
    return tidy if tidy.get("name") or tidy.get("organization") or tidy.get("title") else None


class QuoteExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc)
        return doc


@Language.factory("fr_quotes", assigns=["doc._.quotes"])
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor()
