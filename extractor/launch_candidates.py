"""Stage 1b of launch extraction: candidates, the names an article launches.

In: the article as :class:`Sentences` (cut into words only where ``has_launch_cue``
finds what a launch needs). Out: ``find_candidates``'s :class:`Candidate` list: the
names of each trigger, launches told without a launch word (``implied_launches``) and
the other versioned names of a launch sentence, kept when presented as models.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extractor.launch_names import (
    _ADVERBS,
    _AVOIR,
    _COORDINATORS,
    _DETERMINERS,
    _ETRE,
    _FUTURE_AUXILIARIES,
    _NEW,
    _NEW_DETERMINERS,
    _NEWBORN,
    _NEWEST,
    _PARTS,
    _SIZE,
    _SOFT_STOPS,
    _STOP_WORDS,
    Name,
    Word,
    _apos,
    _apposition,
    _apposition_head,
    _cues_by_first_word,
    _fold,
    _has_version,
    _is_round_label,
    _lex,
    _model_noun_at,
    _name_at,
    _name_ending_at,
    _non_model_noun_at,
    _noun_kind_at,
    _phrase_at,
    sentences,
    tokenize,
)
from extractor.launch_triggers import (
    _CLOSING_QUOTES,
    _METTRE,
    _OPENING_QUOTES,
    Trigger,
    _after_owner,
    _aside_end,
    _common_word_at,
    _conditional,
    _future,
    _is_speech_or_launch_verb,
    _listed_names,
    _subject_of_next_clause,
    _verb_form,
    _verb_forms,
    find_triggers,
    names_of_trigger,
)
from extractor.lexicon import table, words

# ---------------------------------------------------------------------------
# The article, and which sentences can hold a launch

class LazyWords(Sequence):
    """The words of each sentence, cut on first use: most sentences of most articles
    hold no launch cue and are never cut into words at all."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self._text, self._spans = text, spans
        self._words: list[list[Word] | None] = [None] * len(spans)

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        words_ = self._words[index]
        if words_ is None:
            words_ = self._words[index] = tokenize(self._text, *self._spans[index])
        return words_

    def opening(self, index: int) -> list[Word]:
        """The first words of a sentence (all of them when already cut)."""
        words_ = self._words[index]
        if words_ is not None:
            return words_
        s0, s1 = self._spans[index]
        return tokenize(self._text, s0, min(s1, s0 + 120))[:-1] if s1 > s0 + 120 else self[index]


@dataclass
class Sentences:
    """The article cut into sentences and (lazily) words, shared by the stages."""

    text: str
    spans: list[tuple[int, int]]
    words: Sequence[list[Word]]  # a LazyWords when made by ``of``
    _cues: list[bool] | None = field(default=None, repr=False, compare=False)
    # (sentence index, trigger) of the first launch of a nameless new model; () when
    # the candidates were read and found none, None before
    nameless: tuple | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, text: str, start: int = 0) -> "Sentences":
        spans = [(max(s0, start), s1) for s0, s1 in sentences(text) if s1 > start]
        return cls(text, spans, LazyWords(text, spans))

    def with_cues(self) -> list[bool]:
        """Per sentence, whether it holds the words a launch trigger or an implied launch
        needs (``has_launch_cue``); a sentence without them yields no candidate.
        Computed once: the candidates and the nameless-launch fallback both read it."""
        if self._cues is None:
            self._cues = [has_launch_cue(self.text[s0:s1]) for s0, s1 in self.spans]
        return self._cues


_PLAIN_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def has_launch_cue(sentence: str) -> bool:
    """Whether ``sentence`` holds what a trigger (``find_triggers``) or an implied launch
    (``implied_launches``, ``_named``) needs: a form of a launch or arrival verb, an
    availability word or a form of "mettre"; every word of a launch noun or phrase; a
    family noun with a model noun; "nouveau" or "dernier" after a determiner, with a
    naming word or before a colon. A superset, checked on plain words: the stages decide."""
    cues = _launch_cues()
    plain = set(_PLAIN_WORD.findall(sentence.lower()))
    if not cues.single.isdisjoint(plain):
        return True
    if any(all_words <= plain for key in cues.phrase_keys & plain for all_words in cues.phrases[key]):
        return True
    if not cues.family.isdisjoint(plain) and not cues.model_words.isdisjoint(plain):
        return True
    if ":" in sentence and not _LAUNCH_ROUNDUP_NOUNS.isdisjoint(plain):
        return True  # "Les nouveautés de la semaine : A de Borée, B de Lumen"
    return not cues.newest.isdisjoint(plain) and (
        not cues.naming.isdisjoint(plain) or ":" in sentence
        or cues.new_after_determiner.search(sentence) is not None
    )


@dataclass(frozen=True)
class _LaunchCues:
    single: frozenset[str]
    phrase_keys: frozenset[str]
    phrases: dict[str, list[frozenset[str]]]
    family: frozenset[str]
    model_words: frozenset[str]
    newest: frozenset[str]
    naming: frozenset[str]
    new_after_determiner: re.Pattern


@cache
def _launch_cues() -> _LaunchCues:
    lex = _lex()
    phrases: dict[str, list[frozenset[str]]] = {}
    for name in ("launch_nouns.txt", "launch_phrases.txt", "launch_arrival_phrases.txt"):
        for entry in words(name):
            pieces = _PLAIN_WORD.findall(entry.lower())
            phrases.setdefault(max(pieces, key=len), []).append(frozenset(pieces))
    determiners = sorted(_NEW_DETERMINERS | lex["counts"], key=len, reverse=True)
    # "le tout nouveau X", "son dernier-né", "Les deux nouveaux modèles", "une « nouvelle » famille"
    new_after_determiner = re.compile(
        r"(?<!\w)(?i:" + "|".join(re.escape(d) for d in determiners) + r")[\s«»\"“”]+"
        r"(?:(?i:" + "|".join(re.escape(c) for c in sorted(lex["counts"])) + r")\s+)?"
        r"(?:" + "|".join(sorted(_NEWEST, key=len, reverse=True)) + ")"
    )
    return _LaunchCues(
        single=frozenset(set(_verb_forms("verb_stems")) | set(_verb_forms("arrival_stems")) | lex["available"]
                         | _METTRE | {"sortie", "sorties"}),
        phrase_keys=frozenset(phrases),
        phrases=phrases,
        family=frozenset(lex["family_nouns"]),
        # the longest word of each model noun: "neurones" of "réseau de neurones"
        model_words=frozenset(max(_PLAIN_WORD.findall(e.lower()), key=len) for e in words("model_nouns.txt")),
        newest=frozenset(_NEWEST),
        naming=frozenset(lex["naming"]),
        new_after_determiner=new_after_determiner,
    )


# ---------------------------------------------------------------------------
# Candidates

@dataclass
class Candidate:
    name: Name
    sentence: tuple[int, int]
    trigger: Trigger
    words: list[Word] = field(repr=False)


def find_candidates(article: "Sentences") -> list[Candidate]:
    """Stage 1: each name standing where a launch trigger puts the launched thing
    (object, subject of a passive, "baptisé X") and presented as a model."""
    text = article.text
    candidates: list[Candidate] = []
    # Read only once a name needs them: most articles and sentences have none.
    ai_article: bool | None = None
    announced = False  # the sentence before launched models without naming them
    with_cues = article.with_cues()
    article.nameless = ()  # read: none found yet
    for index, sentence in enumerate(article.spans):
        if not with_cues[index] and not announced:
            continue  # no trigger and no implied launch can start in this sentence
        words_ = article.words[index]
        about_models: bool | None = None
        triggers = find_triggers(words_)
        named = _named(text, words_) if triggers else []
        implied = implied_launches(text, words_)
        if not triggers:
            # "ce nouveau modèle, baptisé X, ...": naming a new model tells its launch
            implied += [(name, Trigger(0, 0, "implied")) for name, _ in _named(text, words_, new_only=True)]
        if announced:
            # "Borée a présenté dix nouveaux modèles. En tête : A, un modèle ..., et la gamme B."
            implied += [(name, Trigger(0, 0, "implied")) for name in _models_presented(text, words_)]
        found_before = len(candidates)
        if not article.nameless:
            # "Borée dévoile son premier modèle": kept for ``launch_named_elsewhere``
            nameless = next((t for t in triggers if _new_model_without_name(words_, t)), None)
            if nameless is not None:
                article.nameless = (index, nameless)
        for index, trigger in enumerate(triggers + [trigger for _, trigger in implied]):
            if trigger.direction == "implied":
                found = [(name, []) for name, t in implied if t is trigger]
            else:
                found = names_of_trigger(text, words_, trigger)
            if index == 0:
                found += named  # "Baptisé X, le modèle a été dévoilé mardi"
            for name, between in found:
                if name.text in _lex()["stopwords"] or _is_round_label(name):
                    continue
                if trigger.noun and _future_after(words_, name):
                    continue
                if _retired(words_, name, trigger):
                    continue
                if about_models is None:
                    about_models = _sentence_is_about_models(words_)
                if ai_article is None:
                    ai_article = mentions_ai(text)
                verdict = is_presented_as_model(text, words_, name, between, about_models, ai_article)
                if verdict:
                    candidates.append(Candidate(name, sentence, trigger, words_))
        # "les données disponibles sur X": availability of something else.
        # "Borée dévoile ses résultats": a launch of something that is not a model.
        telling = [t for t in triggers if words_[t.last].lower not in _lex()["available"]
                   and not _object_is_not_a_model(words_, t)]
        announced = len(candidates) == found_before and any(_nameless_models_object(words_, t) for t in telling)
        if telling and ai_article is None:
            ai_article = mentions_ai(text)
        if telling and ai_article:
            taken = {c.name.start for c in candidates if c.sentence == sentence}
            for name in versioned_names_in_launch_sentence(text, words_):
                if name.start not in taken:
                    candidates.append(Candidate(name, sentence, telling[0], words_))
    return candidates


_FIRST_OR_NEW = frozenset(["nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "premier", "première", "premiers", "premières"])


def _new_model_without_name(words_: list[Word], trigger: Trigger) -> bool:
    """"dévoile son premier modèle d'IA", "le lancement d'un nouveau modèle par Borée":
    a forward trigger whose object is a new (or first) model with no name."""
    if trigger.direction != "forward":
        return False
    window = words_[trigger.last + 1:trigger.last + 6]
    for k, word in enumerate(window):
        if word.text[:1].isupper() or word.text in (".", ";", ":", ",", "«"):
            return False
        if word.lower in _FIRST_OR_NEW:
            return any(_model_noun_at(words_, trigger.last + 1 + j) for j in range(k + 1, min(k + 3, len(window))))
    return False


def _nameless_models_object(words_: list[Word], trigger: Trigger) -> bool:
    """"a présenté dix nouveaux modèles", "dévoile une nouvelle gamme de modèles": the object
    of an active trigger is new models, counted or new, with no name."""
    if trigger.direction != "forward" or trigger.noun:
        return False
    window = words_[trigger.last + 1:trigger.last + 8]
    for k, word in enumerate(window):
        if word.text[:1].isupper() or word.text in (".", ";", ":", ","):
            return False
        if word.lower in _NEW or word.lower in _lex()["counts"]:
            return any(_model_noun_at(window, j) for j in range(k + 1, min(len(window), k + 3)))
    return False


def _models_presented(text: str, words_: list[Word]) -> list[Name]:
    """Names a sentence presents as models or families: "A, un modèle ...", "la gamme B";
    not compared, nor after a preposition."""
    out: list[Name] = []
    k = 0
    while k < len(words_):
        name = _name_at(text, words_, k)
        if name is None or _common_word_at(words_, name.first):
            k += 1
            continue
        k = name.last + 1
        first, last = _apposition(words_, name)
        head = _apposition_head(words_, first, last) if last >= first else None
        family_before = name.first > 0 and words_[name.first - 1].lower in _lex()["family_nouns"]
        if not (head in ("model", "family") or family_before) or _governed_by_preposition(words_, name):
            continue
        if any(_apos(w.lower) in _lex()["comparisons"] for w in _clause_before(words_, name.first)):
            continue
        out.append(name)
    return out


def _object_is_not_a_model(words_: list[Word], trigger: Trigger) -> bool:
    """"dévoile ses résultats", "lance sa plateforme": the noun heading the object of a
    forward trigger is a non-model noun."""
    if trigger.direction != "forward":
        return False
    k = trigger.last + 1
    while k < len(words_) and (_apos(words_[k].lower) in _DETERMINERS or _apos(words_[k].lower) in _NEW):
        k += 1
    return k < len(words_) and _noun_kind_at(words_, k) == "other"


# Adjectives that present a model as still to come: "son prochain modèle", "le futur X".
_UPCOMING = frozenset(["prochain", "prochaine", "prochains", "prochaines", "futur", "future", "futurs", "futures"])


def _future_after(words_: list[Word], name: Name) -> bool:
    """"Le lancement de X est prévu pour l'été": the launch noun's predicate is future."""
    k = name.last + 1
    first, last = _apposition(words_, name)
    if last >= first:
        # "la sortie de X, le prochain modèle de Borée, est attendue": the aside names it
        # future, or the predicate after the aside does.
        if any(w.lower in _UPCOMING for w in words_[first:last + 1]):
            return True
        k = last + 1
    if k + 1 < len(words_) and words_[k].text == ",":
        # "la sortie de X, prévue en mai, ...": an aside says it too; not "X, annoncé
        # mardi, ...", a launch told in the past
        if words_[k + 1].lower.startswith("annonc"):
            return False
        k += 1
    if k < len(words_) and (_apos(words_[k].lower) in _lex()["future"] or _conditional(words_[k].text)):
        return True  # "la sortie de X pourrait avoir lieu cet été", "le lancement de X doit intervenir"
    linking = _ETRE | _ADVERBS | {"reste", "restent"}
    start = k
    while k < len(words_) and k <= start + 3 and _apos(words_[k].lower) in linking:
        k += 1
    return k < len(words_) and words_[k].lower in _lex()["future_after"]


def _named(text: str, words_: list[Word], new_only: bool = False) -> list[tuple[Name, list[Word]]]:
    """Names given to a model by "baptisé X", "nommé X" in a sentence about a launch:
    "son nouveau modèle, baptisé X", "Baptisé X, le modèle ..."; not "un jeu de
    données, baptisé X"."""
    out = []
    for k, word in enumerate(words_[:-1]):
        if word.lower not in _lex()["naming"]:
            continue
        name = _name_at(text, words_, k + 1)
        if name is None:
            continue
        described = words_[max(0, k - 6):k] if k > 0 else words_[name.last + 1:name.last + 5]
        for j in range(len(described) - 1, -1, -1):
            if _non_model_noun_at(described, j):
                break
            if _model_noun_at(described, j) and j > 0 and _apos(described[j - 1].lower) in ("en", "de", "d", "'"):
                continue  # "une offre de conseil en IA, baptisée X": a complement, not the head
            if _model_noun_at(described, j):
                if not new_only or any(w.lower in _NEWEST for w in described[max(0, j - 2):j]):
                    out.extend((named, [word]) for named in _with_coordinated(text, words_, name))
                break
    return out


def _with_coordinated(text: str, words_: list[Word], name: Name) -> list[Name]:
    """``name`` and the names coordinated after it: "baptisés Vega 120B et Vega 20B",
    "nommés A, B et C"."""
    names = [name]
    k = name.last + 1
    while k + 1 < len(words_) and words_[k].text in (",", "et") and words_[k].start == \
            (words_[k - 1].end if words_[k].text == "," else words_[k].start):
        following = _name_at(text, words_, k + 1)
        if following is None or not _model_version(following.text):
            break
        names.append(following)
        k = following.last + 1
    return names


# ---------------------------------------------------------------------------
# Presented as a model

def _presented_as_model(words_: list[Word], name: Name, between: list[Word]) -> bool | None:
    """True (model), False (not a model) or None (no sign) from the words around ``name``."""
    first, last = _apposition(words_, name)
    head = _apposition_head(words_, first, last) if last >= first else None
    if head == "other":
        return False
    if head in ("model", "family"):
        return True
    # "la V2 de sa plateforme": the version of something that is not a model.
    k = name.last + 1
    if k < len(words_) and _apos(words_[k].lower) in ("de", "d", "du", "des"):
        k += 1
        possessive = False
        while k < len(words_) and _apos(words_[k].lower) in _DETERMINERS | {"'"}:
            possessive = possessive or _apos(words_[k].lower) in ("sa", "son", "ses", "leur", "leurs")
            k += 1
        if k < len(words_) and _noun_kind_at(words_, k) == "other" \
                and (possessive or not _phrase_at(words_, k, _lex()["organization_nouns"])):
            return False  # but "X de la start-up Borée" names the maker
    # The noun nearest before the name decides: "son application X" vs "son modèle X";
    # a model noun in a complement ("sa plateforme d'IA X", "une offre de conseil en IA")
    # leaves the decision to the head noun before it.
    for k in range(name.first - 1, name.first - 1 - len(between), -1):
        kind = _noun_kind_at(words_, k)
        if kind == "model" and k > 0 and _apos(words_[k - 1].lower) in ("en", "de", "d", "'") \
                and k - 1 > name.first - 1 - len(between):
            continue
        if kind is not None:
            return kind == "model"
    return None


def _sentence_is_about_models(words_: list[Word]) -> bool:
    """A model noun or a word only models have ("poids", "paramètres", "open-weight")."""
    context = _lex()["context"]
    return any(_model_noun_at(words_, k) or words_[k].lower in context for k in range(len(words_)))


def is_presented_as_model(
    text: str, words_: list[Word], name: Name, between: list[Word], about_models: bool,
    ai_article: bool = True,
) -> bool:
    """Whether the launched ``name`` is a model.

    The sentence decides first ("son modèle X", "X, une application"); then an
    article that calls the name an organisation ("la start-up X", "le directeur
    de X") rules it out; then a version number in an article about AI, a
    sentence about models, or another sentence calling it a model let it in.
    """
    verdict = _presented_as_model(words_, name, between)
    if verdict is not None:
        return verdict
    if described_as_organisation(text, name.text):
        return False
    if _has_version(name) and not _model_version(name.text):
        return False  # "Top 50", "Salon 2026": a ranking or an event, not a model's version
    if (_model_version(name.text) and ai_article) or about_models:
        return True
    return _described_as_model(text, name.text)


def described_as_organisation(text: str, name: str) -> bool:
    """Whether the article calls ``name`` an organisation: "la start-up X",
    "X, un laboratoire de recherche", "le directeur général de X", "le capital de X"."""
    lex = _lex()
    for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?![\w-])", text):
        before = tokenize(text, max(0, match.start() - 60), match.start())
        before = [w for w in before if w.text not in ("'", "’")][-4:]
        for k in range(len(before)):
            length = _phrase_at(before, k, lex["organization_nouns"])
            if length and not _model_noun_at(before, k) and all(
                _is_plain_adjective(w) for w in before[k + length:]
            ):
                return True  # "la start-up X", "le laboratoire parisien X"; not "le laboratoire de X"
        if len(before) >= 2 and _apos(before[-1].lower) in ("de", "d", "du") and any(
            w.lower in lex["owners"] or w.lower in _leader_nouns() for w in before[-3:-1]
        ):
            return True  # "le capital de X", "le directeur général de X"
        # ("la première version de X" calls X a model, not its maker)
        if len(before) >= 2 and _apos(before[-1].lower) in ("de", "d", "du") and (
            (_model_noun_at(before, len(before) - 2)
             and before[-2].lower not in lex["variant_nouns"] | lex["family_nouns"])
            or _has_digit_and_letter(before[-2].text)
        ):
            return True  # "les modèles de Borée", "le modèle Vega 3 de Borée": the maker of a model
        after = tokenize(text, match.end(), min(len(text), match.end() + 40))[:4]
        # "Pour X, la société prévoit ...": a fronted complement, not an apposition.
        fronted = bool(before) and _apos(before[-1].lower) in _STOP_WORDS | _SOFT_STOPS
        apposed = len(after) >= 3 and after[0].text == "," and not fronted
        if apposed and _apos(after[1].lower) in ("un", "une", "le", "la", "l"):
            if _phrase_at(after, 2, lex["organization_nouns"]) and not _model_noun_at(after, 2):
                return True
    return False


def described_as_ranking(text: str, name: str) -> bool:
    """Whether the article sets a noun of list, ranking or label in apposition to
    ``name`` somewhere: "X, la liste des pépites", "X, un classement"."""
    for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?![\w-])", text):
        after = tokenize(text, match.end(), min(len(text), match.end() + 50))[:5]
        if len(after) < 3 or after[0].text != ",":
            continue
        before = tokenize(text, max(0, match.start() - 20), match.start())[-1:]
        if before and _apos(before[0].lower) in _STOP_WORDS | _SOFT_STOPS:
            continue  # "Avec X, l'entreprise vise ...": a fronted complement
        k = 1
        while k < len(after) - 1 and _apos(after[k].lower) in ("le", "la", "les", "l", "'", "un", "une", "son", "sa"):
            k += 1
        if k > 1 and after[k].lower in _lex()["rankings"]:
            return True
    return False


def _has_digit_and_letter(word: str) -> bool:
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _is_plain_adjective(word: Word) -> bool:
    """A lower-case word that may qualify a noun ("parisienne"): not a preposition,
    an auxiliary or a verb of launch or speech."""
    lower = _apos(word.lower)
    return (
        word.text.isalpha() and word.text.islower()
        and lower not in ("de", "d", "du", "des", "à", "au", "aux", "en", "et")
        and lower not in _AVOIR | _ETRE
        and not _is_speech_or_launch_verb(word.text)
    )


@lru_cache(maxsize=1)
def _leader_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in words("leader_nouns.txt"))


def mentions_ai(text: str) -> bool:
    """Whether ``text`` uses a word of AI (ai_context_words.txt) or speaks of
    model weights and licences (open_weights_cues.tsv)."""
    if _lex()["ai_context"].search(text) is not None:
        return True
    # A cue's regex runs only when its first word is in the text at all (a substring
    # test is far cheaper than a regex scan, and most articles have none).
    lowered = text.lower().replace("’", "'")
    return any(first in lowered and pattern.search(text) for first, pattern in _open_weights_cues_by_first_word())


@lru_cache(maxsize=1)
def _open_weights_cues_by_first_word() -> list[tuple[str, re.Pattern]]:
    return [(first, pattern) for first, pattern, _ in _cues_by_first_word()]


def _described_as_model(text: str, name: str) -> bool:
    """Whether the article elsewhere calls ``name`` a model: "Moshi, un assistant vocal",
    "Moshi est un modèle", "le modèle Moshi"."""
    for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        after = tokenize(text, match.end(), min(len(text), match.end() + 60))[:5]
        if after and after[0].text in (",", "est"):
            for k in range(1, len(after)):
                if _model_noun_at(after, k):
                    return True
                if _non_model_noun_at(after, k):
                    break
        before = tokenize(text, max(0, match.start() - 30), match.start())[-3:]
        if any(_model_noun_at(before, k) for k in range(len(before))):
            return True
    return False


# ---------------------------------------------------------------------------
# Launches told without a launch word

def _name_after_model_noun(text: str, words_: list[Word], k: int) -> Name | None:
    """"[son nouveau] modèle de langage X", "[le dernier] modèle d'IA de Borée, X":
    the name after a model noun, its qualifiers and its maker, else None."""
    length = _model_noun_at(words_, k)
    if not length:
        return None
    j = k + length
    for _ in range(8):
        if j >= len(words_):
            return None
        word = words_[j]
        lower = _apos(word.lower)
        aside_end = _aside_end(words_, j)
        if aside_end is not None:
            j = aside_end + 1  # "d'intelligence artificielle (IA)"
        elif lower in ("de", "d", "du"):
            owner_end = _after_owner(text, words_, j)
            if owner_end > j:
                j = owner_end  # "de Borée": the maker ends the description
                break
            j += 1  # "de langage"
        elif _model_noun_at(words_, j):
            j += _model_noun_at(words_, j)  # "d'IA"
        elif lower == "'" or (_is_plain_adjective(word) and lower not in _STOP_WORDS | _SOFT_STOPS
                              and lower not in _lex()["comparisons"]):
            j += 1
        else:
            break
    if j < len(words_) and words_[j].text == ",":
        j += 1
        name = _name_at(text, words_, j) if j < len(words_) else None
        # "Avec X, son nouveau modèle, Orbo veut ...": the name after the comma opens
        # the main clause; it does not name the model.
        return None if name is None or _subject_of_next_clause(words_, name) else name
    return _name_at(text, words_, j) if j < len(words_) else None


def implied_launches(text: str, words_: list[Word]) -> list[tuple[Name, Trigger]]:
    """Launches told without a launch word, each with a pseudo-trigger ("implied"):

    - "le tout nouveau X", "sa nouvelle X": a name right after "nouveau";
    - "X est une collection de modèles", "X est le nouveau modèle de Y": a name
      opening a clause whose predicate is a new model or a family of models.
    """
    out: list[tuple[Name, Trigger]] = []
    for k, word in enumerate(words_):
        lower = _apos(word.lower)
        # Lower case only: "Un Nouveau Saut" in a title-case headline names nothing.
        # "ce nouveau modèle" refers back to a model already named.
        determined = k > 0 and _apos(words_[k - 1].lower) in _NEW_DETERMINERS
        if word.text in _NEWEST and determined:
            name = _name_at(text, words_, k + 1) or _name_after_model_noun(text, words_, k + 1)
            if name is not None and not _future(words_, k):
                out.append((name, Trigger(k, k, "implied")))
        elif word.text == "," and k > 0:
            # "avec X, une nouvelle famille de modèles": a launch told in an apposition
            last = _new_model_predicate(words_, k + 1, require_new=True)
            subject = _name_ending_at(text, words_, k - 1) if last is not None else None
            if subject is not None and subject.first < subject.last \
                    and _common_word_at(words_, subject.first):
                subject = _name_at(text, words_, subject.first + 1)  # "Voici X, ..."
            if subject is not None and subject.first > 0 \
                    and _apos(words_[subject.first - 1].lower) in _SOURCE_PREPOSITIONS:
                subject = None  # "Selon Borée, le nouveau modèle ...": a source, not an apposition
            if subject is not None and not _predicate_is_not_a_model(words_, last + 1):
                out.append((subject, Trigger(k, last, "implied")))
        elif word.text == ":" and _new_models_before(words_, k):
            # "Cette semaine, trois nouveaux modèles : A de Borée, B de Lumen et C"
            # Not "Nouveaux modèles : Borée dégaine X": a name with its own verb is the subject.
            # After a round-up noun alone ("Les sorties de la semaine :"), each item names
            # its maker: "A de Borée, B de Lumen".
            roundup = not _new_models_before(words_, k, roundup=False)
            out += [(name, Trigger(k, k, "implied")) for name in _listed_names(text, words_, k + 1)
                    if not _subject_of_next_clause(words_, name)
                    and (not roundup or _after_owner(text, words_, name.last + 1) > name.last + 1)]
        elif word.lower in _NEWBORN and k > 0 and _apos(words_[k - 1].lower) in _DETERMINERS:
            name = _name_after_model_noun(text, words_, k)  # "son dernier-né, X"
            if name is not None:
                out.append((name, Trigger(k, k, "implied")))
        elif lower in ("est", "sont") and k > 0 and _new_models_subject(words_, k):
            # "Les deux nouveaux modèles, disponibles dès lundi, sont le A et le B"
            out += [(name, Trigger(k, k, "implied")) for name in _predicate_names(text, words_, k + 1)]
        elif lower in ("est", "sont") and k > 0:
            last = _new_model_predicate(words_, k + 1, require_new=False)
            subject = _name_ending_at(text, words_, k - 1) if last is not None else None
            opens_clause = subject is not None and (
                subject.first == 0 or words_[subject.first - 1].text in (",", ":", ";")
            )
            if opens_clause:
                if last is not None:
                    out.append((subject, Trigger(k, last, "implied")))
    return out


# Words before a name that make it a source or a place, not a model in apposition:
# "Selon Borée, le nouveau modèle ...", "Chez Lumen, la nouvelle famille de modèles ...".
_SOURCE_PREPOSITIONS = frozenset(["selon", "après", "pour", "chez", "par", "de", "d", "du", "à", "au"])


def _predicate_is_not_a_model(words_: list[Word], k: int) -> bool:
    """"X, le dernier-né de Borée, est un smartphone": after the aside that ends
    before ``k``, the main predicate names something other than a model."""
    while k < len(words_) and words_[k].text != ",":
        k += 1
    k += 1
    if k + 1 >= len(words_) or _apos(words_[k].lower) not in _ETRE:
        return False
    k += 1
    if _apos(words_[k].lower) not in _DETERMINERS:
        return False
    return any(_non_model_noun_at(words_, j) for j in range(k + 1, min(len(words_), k + 3)))


def _new_models_before(words_: list[Word], colon: int, roundup: bool = True) -> bool:
    """"nouveaux modèles" / "nouvelle famille de modèles", or a round-up noun ("les
    sorties de la semaine", "nouveautés"), among the five words before a colon."""
    window = words_[max(0, colon - 5):colon]
    if any(_apos(w.lower) in _lex()["comparisons"] or w.lower.startswith("compar") for w in window):
        return False  # "Les nouveaux modèles comparés : A et B"
    if roundup and any(w.lower in _LAUNCH_ROUNDUP_NOUNS for w in window):
        return True  # "Les sorties de la semaine : A de Borée, B de Lumen"
    return any(
        w.lower in _NEW and any(_model_noun_at(window, j) for j in range(i + 1, len(window)))
        for i, w in enumerate(window)
    )


# Plural nouns that open a round-up of launches before a colon.
_LAUNCH_ROUNDUP_NOUNS = frozenset(["nouveautés", "sorties", "lancements"])


def _new_models_subject(words_: list[Word], k: int) -> bool:
    """Whether the sentence opens with "Le nouveau modèle" / "Les deux nouveaux modèles"
    and the verb at ``k`` is its own (only an apposition between commas in between)."""
    j = 0
    if j < len(words_) and _apos(words_[j].lower) in ("le", "la", "les", "l", "ses", "son", "sa", "leurs", "leur"):
        j += 1
    else:
        return False
    if j < len(words_) and words_[j].lower in _lex()["counts"]:
        j += 1
    if j >= len(words_) or words_[j].lower not in _NEW:
        return False
    j += 1
    length = _model_noun_at(words_, j)
    if not length:
        return False
    j += length
    if j == k:
        return True
    return words_[j].text == "," and words_[k - 1].text == "," and not any(
        words_[m].text in (".", ";", ":") for m in range(j, k))


def _predicate_names(text: str, words_: list[Word], k: int) -> list[Name]:
    """The names of "le A et le B" starting at word ``k``."""
    out: list[Name] = []
    while k < len(words_):
        while k < len(words_) and _apos(words_[k].lower) in ("le", "la", "les", "l", "'"):
            k += 1
        name = _name_at(text, words_, k) if k < len(words_) else None
        if name is None:
            break
        out.append(name)
        k = name.last + 1
        if k < len(words_) and (words_[k].text == "," or _apos(words_[k].lower) == "et"):
            k += 1
            continue
        break
    return out


def _new_model_predicate(words_: list[Word], k: int, require_new: bool) -> int | None:
    """The last word of "une (nouvelle) famille de (grands) modèles" or "le nouveau
    modèle" starting at ``k``, else None: a bare "un modèle" describes, it does not
    launch. With ``require_new``, a family must be new too ("X, une nouvelle gamme de
    modèles"). Quotation marks are skipped ("une « famille » de modèles")."""
    def skip_quotes(j: int) -> int:
        while j < len(words_) and words_[j].text in _OPENING_QUOTES | _CLOSING_QUOTES:
            j += 1
        return j

    if k >= len(words_) or _apos(words_[k].lower) not in ("un", "une", "le", "la", "l"):
        return None
    k = skip_quotes(k + 1)
    new = k < len(words_) and words_[k].lower in _NEW
    k = skip_quotes(k + new)
    if k >= len(words_):
        return None
    if words_[k].lower in _lex()["family_nouns"] and (new or not require_new):
        length = _model_noun_at(words_, k)
        if length > 1:  # "collection de modèles"
            return k + length - 1
        j = skip_quotes(k + 1)
        if j < len(words_) and _apos(words_[j].lower) in ("de", "d"):
            for m in range(j + 1, min(len(words_), j + 3)):  # "de (grands) modèles"
                if _model_noun_at(words_, m):
                    return m
        return None
    if new and _model_noun_at(words_, k):
        return k + _model_noun_at(words_, k) - 1
    if words_[k].lower in _NEWBORN:
        return k  # "X, le dernier-né de Borée", "X est la dernière-née de la famille"
    return None


# ---------------------------------------------------------------------------
# The other versioned names of a launch sentence

def versioned_names_in_launch_sentence(text: str, words_: list[Word]) -> list[Name]:
    """The other names with a model's version in a sentence that tells a launch
    ("Borée lance A, qui succède à ..., et publie aussi les poids de B-7B"), wherever
    they stand: real sentences put launched models in places the object rules miss.

    Only in a sentence with no future, waiting or retirement cue; not a name compared
    ("plus rapide que X"), owned ("le modèle X de Borée"), after a non-model noun
    ("la licence X 2.0"), a date ("Juin 2023", "Salon 2026") or a ranking ("Top 50").
    """
    lex = _lex()
    not_now = lex["future"] | lex["future_after"] | _FUTURE_AUXILIARIES
    if any(_apos(w.lower) in not_now or w.lower in lex["retirements"] or w.lower in lex["unfinished"]
           or _end_of_model_at(words_, k) for k, w in enumerate(words_)) \
            or any(_phrase_at(words_, k, lex["future_phrases"]) for k in range(len(words_))):
        return []
    out: list[Name] = []
    rejected_end: int | None = None  # last word of the last name ruled out by its preposition
    k = 0
    while k < len(words_):
        name = _name_at(text, words_, k)
        if name is None:
            k += 1
            continue
        if _common_word_at(words_, name.first) or words_[name.first].text in lex["stopwords"]:
            k = name.first + 1  # "Voici X": the name starts after
            continue
        k = name.last + 1
        clause = _clause_before(words_, name.first)
        if any(_apos(w.lower) in lex["comparisons"] for w in clause):
            rejected_end = name.last  # "surpasse A, B et C": the names listed after it too
            continue
        if not _model_version(name.text) or _is_round_label(name) or _SIZE.match(name.text):
            continue
        if _inside_quoted_words(words_, name):
            continue  # "« Avec A, nous rattrapons B », a annoncé ...": words of a speaker
        if any(_apos(w.lower) in _TIME_PREPOSITIONS for w in clause):
            rejected_end = name.last
            continue  # "Quelques semaines après les annonces consacrées à X, Borée lance Y"
        if any(_non_model_noun_at(words_, j) for j in range(max(0, name.first - 3), name.first)):
            continue
        if _presented_as_model(words_, name, clause[-3:]) is False \
                or described_as_organisation(text, name.text) or described_as_ranking(text, name.text):
            continue  # "l'iPhone 16, son nouveau smartphone", "la start-up X 2"
        listed_after_rejected = rejected_end is not None and all(
            _apos(w.lower) in _COORDINATORS | {"ou"} for w in words_[rejected_end + 1:name.first]
        )
        if _governed_by_preposition(words_, name) or listed_after_rejected:
            rejected_end = name.last
            continue  # "propulsé par X", "sur iOS 18 et Android 15", "après X et Y"
        owned = _after_owner(text, words_, name.last + 1) > name.last + 1
        if owned and _is_owner_an_organisation(text, words_, name):
            continue
        out.append(name)
    return out


def _inside_quoted_words(words_: list[Word], name: Name) -> bool:
    """Whether ``name`` stands inside a quotation of several words («...»), not alone
    between quotation marks (« Vega 3 »)."""
    opening = next((k for k in range(name.first - 1, -1, -1) if words_[k].text in ("«", "»")), None)
    if opening is None or words_[opening].text != "«":
        return False
    closing = next((k for k in range(name.last + 1, len(words_)) if words_[k].text in ("«", "»")), None)
    if closing is None or words_[closing].text != "»":
        return False
    return closing - opening - 1 > name.last - name.first + 1


# Words that open a time reference ("après", "lorsque"): a name in their clause dates the launch
# told by the sentence by another event; it is not launched there.
_TIME_PREPOSITIONS = frozenset(["après", "avant", "depuis", "lorsque", "quand"])

# Prepositions whose object is a base, a platform, a reference or a time, never the
# launched model ("construit sur X", "sur iOS 18", "après X"). Not "avec" ("Borée
# frappe fort avec X"), "de" ("la sortie de X"), "à" ("passe à X") nor "par"
# ("remplacé par X").
_PREPOSITIONS = frozenset(
    ["sur", "dans", "après", "avant", "contre", "chez", "vers", "depuis", "sous", "entre", "via", "comme"]
)


def _governed_by_preposition(words_: list[Word], name: Name) -> bool:
    """Whether a preposition heads the noun phrase of ``name`` ("sur les puces X",
    "propulsé par X", "les poids de X" excepted: a released part is the model's)."""
    k = name.first - 1
    for _ in range(4):
        if k < 0:
            return False
        lower = _apos(words_[k].lower)
        if lower in _PREPOSITIONS:
            return True
        if lower == "'" or lower in _DETERMINERS or words_[k].text.isdigit() or (
            words_[k].text.isalpha() and words_[k].text.islower() and _verb_form(words_[k].text) is None
            and lower not in _AVOIR | _ETRE | _COORDINATORS
        ):
            k -= 1  # "les puces", "2 000 GPU" and other words of the noun phrase
            continue
        if words_[k].text.isupper() and words_[k].text.isalpha():
            k -= 1  # "GPU H100"
            continue
        return False
    return False


def _is_owner_an_organisation(text: str, words_: list[Word], name: Name) -> bool:
    """"le modèle X de Borée" in a sentence about another launch: X is Borée's, named
    as a reference, unless the name is the sentence's launched object."""
    return _model_noun_at(words_, name.first - 1) > 0 if name.first > 0 else False


def _model_version(name: str) -> bool:
    """Whether ``name`` carries a model's version: a size ("7B", "8x22B"), a decimal
    ("3.5"), a letter-digit mix ("o1", "V3", "4o") or a small number ("Vega 3"), not a
    year ("Salon 2026"), a month ("Juin 2023") nor a large number ("Top 50")."""
    parts = [p for p in _PARTS.split(name) if p]
    # (an acronym is no month: "MAI-Voice-1" is a model, "Mai 2024" a date)
    if not parts or _fold(parts[0]) in _month_names() and not parts[0].isupper():
        return False
    found = False
    for part in parts:
        if not any(c.isdigit() for c in part):
            continue
        if _SIZE.match(part) or re.fullmatch(r"v?\d+\.\d+[a-z]?", part, re.IGNORECASE) \
                or (re.search(r"[^\W\d_]", part) and not re.fullmatch(r"(?:19|20)\d\d", part)):
            found = True
        elif part.isdigit() and int(part) <= 20:
            found = True
        elif re.fullmatch(r"(?:19|20)\d\d", part):
            return False  # a year: "Salon 2026"
    return found


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    return frozenset(_fold(row[0]) for row in table("date_months.tsv"))


def _retired(words_: list[Word], name: Name, trigger: Trigger) -> bool:
    """"Borée retire X, Y et Z, publiés en 2024": a name after a retirement word, with
    no launch trigger between them, is withdrawn, not launched."""
    cues = [k for k in range(name.first) if words_[k].lower in _lex()["retirements"] or _end_of_model_at(words_, k)]
    return bool(cues) and not cues[-1] < trigger.first < name.first


_ENDING_VERBS = frozenset(["met", "mettent", "mis", "mettre", "mettra", "mettait", "signe", "signé", "sonne", "sonné"])
# "à la fin de mars", "vers la fin du mois": a date, not the end of a model.
_DATE_BEFORE_END = frozenset(["à", "vers", "dès", "avant", "jusqu", "ici", "depuis", "après", "en", "d"])


def _end_of_model_at(words_: list[Word], k: int) -> bool:
    """"Borée met fin à X", "annonce la fin de X", "signe l'arrêt de X": the end of a
    model told by a noun; not "fin mars" or "à la fin de l'année", which date things."""
    lower = words_[k].lower
    if lower not in ("fin", "arrêt"):
        return False
    j = k - 1
    if j > 0 and words_[j].text in ("'", "’"):
        j -= 1  # "l'arrêt": the apostrophe is a word of its own
    before = _apos(words_[j].lower) if j >= 0 else ""
    after = _apos(words_[k + 1].lower) if k + 1 < len(words_) else ""
    if before in _ENDING_VERBS:
        return after in ("à", "au", "aux")
    if before in ("la", "l") and after in ("de", "d", "du", "des"):
        return j < 1 or _apos(words_[j - 1].lower) not in _DATE_BEFORE_END
    return False


def _clause_before(words_: list[Word], first: int) -> list[Word]:
    """The words before ``first`` back to the previous punctuation mark."""
    k = first - 1
    while k >= 0 and words_[k].text not in (",", ";", ":", ".", "(", ")", "«", "»"):
        k -= 1
    return words_[k + 1:first]
