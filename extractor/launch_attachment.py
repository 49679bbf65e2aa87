"""Stages 2, 4 and 5 of launch extraction: launchers, organisations, open weights.

In: the candidates of stage 1, then the consolidated launches. ``attach_launchers``
makes one :class:`Launch` per name with the organisation its sentence gives;
``attach_organisations`` gives the others the article's main organisation, and
``attach_open_weights`` reads the weight cues of the sentences about each model.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.launch_candidates import Candidate, LazyWords, Sentences
from extractor.launch_names import (
    _ADVERBS,
    _AVOIR,
    _DATELINE_MARKS,
    _DETERMINERS,
    _ETRE,
    _NEGATIONS,
    _PARTS,
    _RELATIVES,
    _SIZE,
    _VERSION,
    Name,
    Word,
    _apos,
    _apposition,
    _apposition_head,
    _cues_by_first_word,
    _fold,
    _is_name_start,
    _lex,
    _model_noun_at,
    _name_at,
    _name_ending_at,
    _trailing_acronyms,
    tokenize,
)
from extractor.launch_triggers import Trigger, _after_owner, _common_word_at, _is_speech_or_launch_verb
from extractor.lexicon import words
from extractor.speakers import person_nouns


@dataclass
class Launch:
    """One launched model while the article is read; ``as_dict`` gives the contract shape."""

    name: str
    first: int  # offset of the first mention, for the output order
    organization: str | None = None
    open_weights: bool | None = None
    evidence: list[list[int]] = field(default_factory=list)
    family: bool = False  # "X, une famille de modèles": gives way to its members
    variant: bool = False  # "une version compacte, X": inherits its model's weights
    base: str | None = None  # the folded name of the launch it is a member of, if known

    def add_evidence(self, sentence: tuple[int, int]) -> None:
        if list(sentence) not in self.evidence:
            self.evidence.append(list(sentence))

    def as_dict(self) -> dict:
        return {"name": self.name, "organization": self.organization,
                "open_weights": self.open_weights, "evidence": self.evidence}


# ---------------------------------------------------------------------------
# Launchers

def attach_launchers(text: str, candidates: list[Candidate]) -> tuple[dict[str, Launch], set[str]]:
    """Stage 2: one Launch per folded name, with the launcher its sentences name;
    also the folded names of every launcher seen."""
    launched_folds = {_fold(c.name.text) for c in candidates}
    launches: dict[str, Launch] = {}
    launchers: set[str] = set()
    for candidate in candidates:
        if _used_from_another_maker(text, candidate):
            continue
        organisation = launcher_of(text, candidate, launched_folds)
        if organisation and _is_person(organisation, text):
            organisation = None  # "Paul Durand dévoile X": the main organisation stands in
        name = candidate.name
        launch = launches.setdefault(_fold(name.text), Launch(name.text, name.start))
        launch.family = launch.family or _presented_as_family(candidate.words, candidate.name)
        launch.variant = launch.variant or _presented_as_variant(candidate)
        if launch.organization is None and organisation:
            launch.organization = organisation
        if organisation:
            launchers.add(_fold(organisation))
        launch.add_evidence(candidate.sentence)
    return launches, launchers


def _used_from_another_maker(text: str, candidate: Candidate) -> bool:
    """"Borée a déployé X de Lumen dans ses agences": the subject of an active launch
    verb is another organisation than the maker named after the model, so the
    subject uses (deploys, offers) the model; it does not launch it."""
    words_, trigger, name = candidate.words, candidate.trigger, candidate.name
    if trigger.direction != "forward" or trigger.noun:
        return False
    owner_end = _after_owner(text, words_, name.last + 1)
    if owner_end == name.last + 1:
        return False
    owner = _name_ending_at(text, words_, owner_end - 1)
    k = _back_to_auxiliary(words_, trigger.first - 1, 4)
    while k >= 0 and _apos(words_[k].lower) in _AVOIR | _ADVERBS | {"n", "ne"}:
        k -= 1
    subject = _name_ending_at(text, words_, k) if k >= 0 else None
    if owner is None or subject is None or _is_person(subject.text, text):
        return False
    a, b = _fold(owner.text), _fold(subject.text)
    return a not in b and b not in a


def launcher_of(text: str, candidate: Candidate, launched: set[str] = frozenset()) -> str | None:
    """The organisation the candidate's sentence gives: "le modèle de X", the subject
    of an active trigger, the agent of a passive one, an inverted speaker."""
    words_, trigger = candidate.words, candidate.trigger
    # "le lancement du modèle R1 par Borée": the agent after the name of a launch noun
    agent = (_agent_after(text, words_, Trigger(candidate.name.first, candidate.name.last, "forward"))
             or _agent_after(text, words_, trigger)) if trigger.noun else None
    return (
        _of_organisation(text, words_, candidate.name)
        or agent
        or _maker_in_sentence(text, words_)
        or (_subject_before(text, words_, trigger, set(launched)) if trigger.direction == "forward"
            else _agent_after(text, words_, trigger))
        or _inverted_subject(text, words_, trigger)
    )


def _maker_in_sentence(text: str, words_: list[Word]) -> str | None:
    """"... développé par sa filiale Borée", "conçu par le laboratoire Y": the maker
    the sentence names after a participle of making."""
    for k, word in enumerate(words_[:-1]):
        if word.lower in _lex()["makers"] and words_[k + 1].lower == "par":
            organisation = _name_after_description(text, words_, k + 2)
            if organisation and not _is_person(organisation, text):
                return organisation
    return None


def _presented_as_family(words_: list[Word], name: Name) -> bool:
    """"X, une famille de modèles" or "sa gamme de modèles X"."""
    first, last = _apposition(words_, name)
    if last >= first and _apposition_head(words_, first, last) == "family":
        return True
    return any(w.lower in _lex()["family_nouns"] for w in words_[max(0, name.first - 4):name.first])


def _presented_as_variant(candidate: "Candidate") -> bool:
    """"une version compacte, X" or "X, une déclinaison plus légère"."""
    words_, name = candidate.words, candidate.name
    first, last = _apposition(words_, name)
    nearby = list(words_[max(0, name.first - 4):name.first]) + list(words_[first:min(last + 1, first + 3)])
    return any(w.lower in _lex()["variant_nouns"] for w in nearby)


def _back_to_auxiliary(words_: list, k: int, window: int) -> int:
    """The position of an auxiliary (avoir, être) among the ``window`` lowercase words
    ending at ``k`` ("a de son côté publié"), or ``k`` when there is none."""
    j = k
    while j >= 0 and j > k - window and words_[j].text.isalpha() and words_[j].text.islower():
        if _apos(words_[j].lower) in _AVOIR | _ETRE:
            return j
        j -= 1
    return k


_COMING = frozenset(["vient", "viennent", "venait", "venaient"])
# Participles that place a company: "basée à Lyon", "installée à Nantes".
_PLACED = frozenset(["basé", "basée", "basés", "basées", "installé", "installée", "implanté",
                     "implantée", "situé", "située", "établi", "établie", "sise", "sis", "domicilié",
                     "domiciliée"])


def _subject_before(text: str, words_: list[Word], trigger: Trigger, launched: set[str]) -> str | None:
    """The organisation named just before an active trigger, or opening the sentence."""
    k = trigger.first - 1
    if trigger.noun:
        # "X a annoncé la sortie de Y", "X a procédé mercredi au lancement de Y":
        # past the determiner and the verb governing the noun.
        while k >= 0 and _apos(words_[k].lower) in _DETERMINERS | {"au", "aux"}:
            k -= 1
        if k >= 0 and _is_speech_or_launch_verb(words_[k].text):
            k -= 1
        else:
            k = _back_to_auxiliary(words_, k, 3)
    else:
        # "X a de son côté publié", "X a pour sa part dévoilé": past a short aside.
        k = _back_to_auxiliary(words_, k, 4)
    while k >= 0 and (_apos(words_[k].lower) in _AVOIR | _ETRE | _ADVERBS | {"n", "ne", "se", "s"} | _NEGATIONS):
        k -= 1
    # "X vient de dévoiler": the recent past.
    j = k - 1 if k > 0 and words_[k].text in ("'", "’") else k
    if j > 0 and _apos(words_[j].lower) in ("de", "d") and words_[j - 1].lower in _COMING:
        k = j - 2
    if k > 0 and words_[k].text == ",":
        # "Kivo, une des figures de la branche, vient de dévoiler": an apposition
        # in lower case between commas stands between the subject and its verb (not a
        # person's role: "Anne Roy, à la tête des produits chez Kivo, annonce").
        opening = next((j for j in range(k - 1, max(-1, k - 14), -1) if words_[j].text == ","), None)
        if opening is not None and opening > 0 and words_[opening + 1].text[:1].islower() \
                and not any(w.lower in _RELATIVES for w in words_[opening + 1:k]):
            subject = _name_ending_at(text, words_, opening - 1)
            role = any(w.lower in person_nouns() or w.lower in ("chez", "tête") for w in words_[opening + 1:k])
            if subject is not None and not role and not _is_person(subject.text, text):
                k = opening - 1
    if k > 1 and _apos(words_[k - 1].lower) == "à" and words_[k - 2].lower in _PLACED:
        return None  # "La société basée à Lyon a dévoilé": a place, the subject is a description
    trailing = ""
    if k > 0 and words_[k].text in _trailing_acronyms() and words_[k - 1].text[:1].isupper():
        trailing = " " + words_[k].text  # "la jeune pousse Boréal IA a publié"
        k -= 1
    for first in range(max(0, k - 4), k + 1):
        name = _name_at(text, words_, first)
        if name is not None and name.last == k and _fold(name.text) not in launched:
            if trailing:
                return name.text + trailing
            # "Mistral AI et Nvidia ont dévoilé": the first of coordinated launchers.
            # "L'EPFL et l'ETH Zurich ont publié": determiners skipped.
            j = first - 1
            while j >= 0 and _apos(words_[j].lower) in ("'", "l", "le", "la", "les"):
                j -= 1
            if j >= 1 and words_[j].lower == "et":
                partner = _name_ending_at(text, words_, j - 1)
                if partner is not None:
                    return partner.text
            return name.text
    # "Chez Mistral AI, on a publié X": the team speaks for its company.
    for k in range(trigger.first - 1, 0, -1):
        if _apos(words_[k - 1].lower) == "chez":
            name = _name_at(text, words_, k)
            if name is not None and name.last < trigger.first and _fold(name.text) not in launched:
                return name.text
    if words_ and _is_name_start(words_, 0) and words_[0].text not in _lex()["stopwords"]:
        name = _name_at(text, words_, 0)
        if name is not None and name.last < trigger.first and _fold(name.text) not in launched \
                and _opens_as_subject(words_, name):
            return name.text
    return None


def _opens_as_subject(words_: list[Word], name: Name) -> bool:
    """Whether a name opening a sentence can be its subject: not a number or a common
    word ("Trois jours plus tard", "But : ..."), nor a photo credit ("AGENCE/...")."""
    if _fold(name.text) in _common_opening_words() or _common_word_at(words_, name.first):
        return False
    following = words_[name.last + 1].text if name.last + 1 < len(words_) else ""
    return following not in (":", "/")


@lru_cache(maxsize=1)
def _common_opening_words() -> frozenset[str]:
    return frozenset(
        _fold(w) for w in words("number_words.txt") + words("french_function_words.txt")
        + words("launch_opening_words.txt")
    )


def _agent_after(text: str, words_: list[Word], trigger: Trigger) -> str | None:
    """"X a été publié par Meta", "X, publié mardi par la société Brume" -> the agent."""
    k = trigger.last + 1
    limit = min(len(words_), k + 4)
    while k < limit and words_[k].lower != "par":
        if not words_[k].text.isalnum() or not words_[k].text.islower():
            return None  # only a short time or manner ("mardi", "en mai") before "par"
        k += 1
    if k >= limit:
        return None
    return _name_after_description(text, words_, k + 1)


def _name_after_description(text: str, words_: list[Word], k: int) -> str | None:
    """The name at ``k``, after a determiner, organisation noun and adjectives:
    "la start-up parisienne Brume" -> "Brume"."""
    for j in range(k, min(len(words_), k + 5)):
        name = _name_at(text, words_, j)
        if name is not None:
            return name.text
        word = words_[j]
        if not (word.text[:1].islower() or word.text in ("'", "’")) or _apos(word.lower) in _RELATIVES:
            return None  # "une famille de modèles dont A et B": A is a member, not the maker
    return None


def _inverted_subject(text: str, words_: list[Word], trigger: Trigger) -> str | None:
    """"X est disponible, a annoncé Alibaba" / ", précise la société Brume" -> the speaker.

    The name closes the sentence after a comma, an optional
    auxiliary and a verb of speech or launch.
    """
    for k in range(trigger.last + 1, len(words_) - 2):
        if words_[k].text != ",":
            continue
        j = k + 1
        if words_[j].lower in _AVOIR:
            j += 1
        if j >= len(words_) or not _is_speech_or_launch_verb(words_[j].text):
            continue
        name_text = _name_after_description(text, words_, j + 1)
        if name_text is None:
            continue
        end = text.find(name_text, words_[j].end) + len(name_text)
        rest = [w for w in words_ if w.start >= end]
        if not rest or rest[0].text in (".", "!", "?"):
            return name_text
    return None


_FLAGSHIP = frozenset(["phare", "vedette", "amiral", "principal", "star"])


def _of_organisation(text: str, words_: list[Word], name: Name) -> str | None:
    """"X, le modèle de Google" or "le modèle de Google, X" -> "Google"."""
    after_owner = _after_owner(text, words_, name.last + 1)
    if after_owner > name.last + 1:
        return _name_ending_at(text, words_, after_owner - 1).text  # "Vega 3 de Borée"
    first, last = _apposition(words_, name)
    # "X, un modèle qui équipera l'agent Lumo de Borée": a relative clause
    # of the apposition speaks of something else.
    last = next((j for j in range(first, last) if _apos(words_[j].lower) in _RELATIVES), last)
    ranges = [range(first, last), range(max(1, name.first - 6), name.first)]
    for indexes in ranges:
        for k in indexes:
            # (A word for the flagship may come between: "le nouveau modèle phare d'Orvane".)
            qualified = k > 1 and words_[k - 1].lower in _FLAGSHIP and _model_noun_at(words_, k - 2) == 1
            if _apos(words_[k].lower) in ("de", "d", "du") and (_model_noun_at(words_, k - 1) or qualified):
                # "le modèle de Google", "d'Alibaba", "du laboratoire Sirocco"
                owner = _name_after_description(text, words_, k + 1)
                if owner is not None and owner != name.text and not _versioned(owner):
                    # "une famille de modèles composée de Vega 3 Pro": a member, not a maker
                    return owner
    return None


def _is_person(name: str, text: str = "") -> bool:
    """"Paul Durand", "Claire Martin": a known first name and a surname; also the
    surname alone when ``text`` names the person in full ("Durand" after "Paul Durand")."""
    parts = name.split()
    if len(parts) >= 2:
        return all(_fold(p) in _first_names() for p in parts[0].split("-"))
    if not text or len(parts) != 1:
        return False
    return name in _surnames(text)


@lru_cache(maxsize=4)
def _surnames(text: str) -> frozenset[str]:
    """Words that follow a known first name in ``text`` ("Durand" of "Paul Durand")."""
    return frozenset(
        m.group(2) for m in re.finditer(r"([A-ZÀ-Þ][\w-]+)\s+(?=([A-ZÀ-Þ][\w-]+))", text)
        if all(_fold(p) in _first_names() for p in m.group(1).split("-"))
    )


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(_fold(w) for w in words("first_names.txt"))


# ---------------------------------------------------------------------------
# Organisations

def sentence_openers(article: "Sentences") -> list[str]:
    """Names opening sentences (datelines, launch words and common nouns left out):
    organisations the NER may have missed."""
    openers = []
    for index in range(len(article.spans)):
        words_ = article.words.opening(index) if isinstance(article.words, LazyWords) else article.words[index]
        opener = _name_at(article.text, words_, 0) if words_ else None
        if opener is None or opener.text in _lex()["stopwords"] or _common_word_at(words_, 0) \
                or _fold(opener.text) in _common_opening_words():
            continue
        if opener.last + 1 < len(words_) and words_[opener.last + 1].text in _DATELINE_MARKS:
            continue
        openers.append(opener.text)
    return openers


def _model_shaped(name: str) -> bool:
    """"Nimbus 3", "GPT-4o": a version or size closing the name is a model's, not a company's."""
    last = re.split(_PARTS, name.strip(" .,;:!?"))[-1]
    return bool(_VERSION.match(last) or _SIZE.match(last)) and len(name.split()[0]) > 1


def _versioned(name: str) -> bool:
    """"Nimbus 4 Opus", "Vega-3": a version or size among the parts after the first."""
    parts = [p for p in re.split(_PARTS, name.strip(" .,;:!?")) if p]
    return any(_VERSION.match(p) or _SIZE.match(p) for p in parts[1:])


def attach_organisations(text: str, launches: dict[str, Launch], organizations: list[str]) -> None:
    """Stage 4: descriptions ("la jeune pousse") and missing launchers -> the main organisation.

    The main organisation is the most frequent launcher named in the article,
    else the most mentioned of ``organizations`` (NER names and names opening
    sentences), launched models left out.
    """
    named = Counter(launch.organization for launch in launches.values() if launch.organization)
    known = [
        o for o in dict.fromkeys(organizations)
        if _fold(o) not in launches and not _model_shaped(o) and not _is_person(o, text)
        and not _common_word_at(tokenize(o, 0, len(o)), 0)
    ]
    main = named.most_common(1)[0][0] if named else None
    if main is None and known:
        main = max(known, key=lambda o: (text.count(o), -text.find(o)))
    for launch in launches.values():
        if launch.organization is None:
            launch.organization = main
        elif main and _fold(main).startswith(_fold(launch.organization) + " "):
            launch.organization = main  # "Mistral" -> "Mistral AI"


# ---------------------------------------------------------------------------
# Open weights

def attach_open_weights(article: "Sentences", launches: dict[str, Launch]) -> None:
    """Stage 5: the first weight cue in the sentences about each model (see the docstring
    of :mod:`extractor.launches`); a variant without a cue of its own takes its model's
    verdict."""
    _resolve_open_weights(article.text, article.spans, launches)
    _inherit_open_weights(launches)


def _resolve_open_weights(text: str, spans: list[tuple[int, int]], launches: dict[str, Launch]) -> None:
    """First cue in the sentences about each model (see :mod:`extractor.launches`)."""
    keys = list(launches)
    pattern = re.compile(
        "|".join(re.escape(launches[k].name) for k in sorted(keys, key=len, reverse=True))
    ) if keys else None
    current: list[str] = []
    decided: dict[str, bool] = {}
    for sentence in spans:
        chunk = text[sentence[0]:sentence[1]]
        named = []
        rest_start = sentence[0]  # where the clauses about the sentence's subject start
        if pattern is not None:
            for m in pattern.finditer(chunk):
                key = _fold(m.group())
                if key not in launches:
                    continue
                if not _contrasted(text, sentence[0], sentence[0] + m.start()):
                    named.append(key)
                    continue
                clause = _clause_after(text, sentence[0] + m.end(), sentence[1])
                if clause is not None:
                    rest_start = max(rest_start, clause[1])
                    verdict = open_weights_cue(text, clause[0], clause[1])
                    if verdict is not None and key not in decided:
                        decided[key] = verdict
            named = list(dict.fromkeys(named))
        if named and current:
            # "Ses poids sont publiés, tout comme ceux de X": the words before the
            # sentence's first name still speak of the models of the sentences before.
            first = pattern.search(chunk)
            before = [_apos(w.lower) for w in tokenize(text, sentence[0], sentence[0] + first.start())]
            contrasted = any(w in _lex()["contrast"] for w in before)  # "Contrairement aux premiers modèles, ..."
            verdict = open_weights_cue(text, sentence[0], sentence[0] + first.start()) \
                if before and not contrasted else None
            if verdict is not None:
                for key in current:
                    decided.setdefault(key, verdict)
        if named:
            current = named
        if not current:
            continue
        for key in current:
            if key in decided:
                continue
            if key in named:
                occurrence = pattern.search(chunk, 0) if pattern else None
                for m in pattern.finditer(chunk):
                    if _fold(m.group()) == key:
                        occurrence = m
                        break
                verdict = open_weights_cue(text, sentence[0], sentence[1], sentence[0] + occurrence.end())
            else:
                verdict = open_weights_cue(text, rest_start, sentence[1])
            if verdict is not None:
                decided[key] = verdict
                launches[key].add_evidence(sentence)
    for key, verdict in decided.items():
        launches[key].open_weights = verdict


def _contrasted(text: str, start: int, end: int) -> bool:
    """"Contrairement à son prédécesseur X": a contrast word among the four before X."""
    before = [_apos(w.lower) for w in tokenize(text, max(start, end - 50), end)][-4:]
    return any(w in _lex()["contrast"] for w in before)


def _clause_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of ", publié en open source l'an dernier," right after a name."""
    match = re.match(r",\s+(?=[a-zà-ÿ])[^,;:.]*,", text[start:end])
    return (start, start + match.end()) if match else None


def _name_stem(name: str) -> str:
    return re.split(_PARTS, _fold(name))[0]


def _inherit_open_weights(launches: dict[str, Launch]) -> None:
    """A variant launched with a model ("une version compacte, Xyla 3B") and with no
    cue of its own is released like that model, the first of its stem with a verdict."""
    for entry in launches.values():
        if entry.open_weights is not None or not entry.variant:
            continue
        for other in launches.values():
            same_stem = _name_stem(other.name) == _name_stem(entry.name) or _fold(other.name) == entry.base
            if other is not entry and other.open_weights is not None and same_stem:
                entry.open_weights = other.open_weights
                break


def _cue_verdicts(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, open?) of each weight cue in ``text[start:end]``; negation makes it closed."""
    verdicts = []
    lowered = text[start:end].lower().replace("’", "'")
    for first, pattern, kind in _cues_by_first_word():
        if first not in lowered:
            continue  # a substring test is far cheaper than the cue's regex
        for match in pattern.finditer(text, start, end):
            if _about_another_model(text, max(start, match.start() - 40), match.start()):
                continue
            window = text[max(start, match.start() - 30):match.end()]
            negated = bool(_NE.search(window) and _NOT.search(window))
            verdicts.append((match.start(), match.end(), kind == "open" and not negated))
    return sorted(verdicts)


def _about_another_model(text: str, start: int, end: int) -> bool:
    """Whether the words just before a cue make it describe a base model:
    "construit à partir d'un modèle ouvert", "dérivé d'un modèle open source"."""
    before = [_apos(w.lower) for w in tokenize(text, start, end)][-4:]
    return any(w in _lex()["other_model_cues"] for w in before)


_NE = re.compile(r"(?<!\w)(?:ne(?!\w)|n['’])", re.IGNORECASE)
_NOT = re.compile(r"(?<!\w)(?:pas|plus|jamais|aucunement|point)(?!\w)", re.IGNORECASE)


def open_weights_cue(text: str, start: int = 0, end: int | None = None, name_end: int | None = None) -> bool | None:
    """True / False from the weight cues of one sentence, None without any.

    With the model's name in the sentence (``name_end``), the first cue after
    it wins: the predicate says what the subject is ("Contrairement aux premiers
    modèles, diffusés sous licence libre, X n'est pas un modèle ouvert"); else
    the last cue before it ("son nouveau modèle ouvert X"). Without the name,
    any closed cue wins over open ones.
    """
    end = len(text) if end is None else end
    verdicts = _cue_verdicts(text, start, end)
    if not verdicts:
        return None
    if name_end is not None:
        after = [v for v in verdicts if v[0] >= name_end]
        return after[0][2] if after else verdicts[-1][2]
    return all(v[2] for v in verdicts)
