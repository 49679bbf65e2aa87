"""Stage 1a of launch extraction: launch triggers and the names they launch.

In: the words of one sentence. ``find_triggers`` gives its launch triggers ("a
lancé", "la sortie de", "X est disponible"), dropped when in the future, negated or
told as hearsay; ``names_of_trigger`` gives, for one trigger, the names standing
where it puts the launched thing (its object, its subject, "que X", "baptisé X").
"""

from dataclasses import dataclass
from functools import cache, lru_cache

from extractor.launch_names import (
    _ADVERBS,
    _AVOIR,
    _CLITICS,
    _COORDINATORS,
    _DETERMINERS,
    _ER_ENDINGS,
    _ETRE,
    _FUTURE_AUXILIARIES,
    _FUTURE_ENDINGS,
    _NEGATIONS,
    _NEW,
    _PARTICIPLE_ENDINGS,
    _RECENT_PAST,
    _RELATIVES,
    _RENDRE,
    _SOFT_STOPS,
    _STOP_WORDS,
    _VERSION,
    Name,
    Word,
    _apos,
    _apposition,
    _apposition_head,
    _family_apposition_end,
    _has_version,
    _lex,
    _match_phrase,
    _model_noun_at,
    _name_at,
    _name_ending_at,
    _non_model_noun_at,
    _phrase_at,
    _stems,
)
from extractor.lexicon import words

# ---------------------------------------------------------------------------
# Triggers

@dataclass
class Trigger:
    first: int
    last: int
    direction: str  # "forward" (object follows), "backward" (subject precedes)
    noun: bool = False


def _verb_form(word: str, kind: str = "verb_stems") -> str | None:
    """The ending when ``word`` is a form of a launch verb (or of ``kind``), else None."""
    return _verb_forms(kind).get(word.lower())


@cache
def _verb_forms(kind: str) -> dict[str, str]:
    """Every form of the verbs of ``kind`` -> its ending; the first stem listed wins."""
    forms: dict[str, str] = {}
    for stems in _lex()[kind]:
        for stem in stems:
            for ending in _ER_ENDINGS:
                forms.setdefault(stem + ending, ending)
    return forms


def _is_speech_or_launch_verb(word: str) -> bool:
    if _verb_form(word) is not None:
        return True
    lower = word.lower()
    for stems in _speech_stems():
        for stem in stems:
            if lower.startswith(stem) and lower[len(stem):] in _ER_ENDINGS:
                return True
    return False


@lru_cache(maxsize=1)
def _speech_stems() -> tuple[tuple[str, ...], ...]:
    return tuple(_stems(lemma) for lemma in words("reported_speech_verbs.txt") if lemma.endswith("er"))


def _previous_words(words_: list[Word], i: int, skip: frozenset = _ADVERBS) -> list[str]:
    """The words before ``i``, nearest first, adverbs and negations skipped."""
    out = []
    for k in range(i - 1, -1, -1):
        lower = _apos(words_[k].lower)
        if lower in skip or lower in _NEGATIONS:
            continue
        out.append(lower)
    return out


def _negated(words_: list[Word], first: int, last: int) -> bool:
    window = [_apos(w.lower) for w in words_[max(0, first - 6):last + 3]]
    return any(w in ("ne", "n") for w in window) and any(w in _NEGATIONS for w in window)


def _future(words_: list[Word], first: int) -> bool:
    """A future cue among the four words before ``first`` ("devrait lancer"), or a
    phrase of waiting before it ("à la veille de la sortie de X")."""
    before = [_apos(w.lower) for w in words_[max(0, first - 4):first]]
    # "envisagerait de lancer", "voudrait publier": a conditional before the trigger
    # tells an intention or a report, not a launch.
    if any(w in _lex()["future"] or _conditional(w) for w in before):
        return True
    return any(_phrase_at(words_, k, _lex()["future_phrases"]) for k in range(max(0, first - 5), first))


# Nouns ending like a conditional verb ("-rait").
_RAIT_NOUNS = frozenset(["trait", "portrait", "retrait", "attrait", "extrait", "abstrait", "distrait"])


def _conditional(word: str) -> bool:
    """A verb in the conditional: "mentionnerait", "seraient"."""
    lower = word.lower()
    return len(lower) >= 6 and lower.endswith(("rait", "raient")) and lower not in _RAIT_NOUNS


def _purpose_infinitive(words_: list[Word], i: int) -> bool:
    """"lève 5 millions pour déployer X", "afin de lancer X": an infinitive of purpose
    tells an aim, not a launch."""
    if not words_[i].lower.endswith(("er", "ir", "re")):
        return False
    before = [_apos(w.lower) for w in words_[max(0, i - 3):i] if w.text not in ("'", "’")][-2:]
    return before[-1:] == ["pour"] or before == ["afin", "de"] or before == ["afin", "d"]


def _hearsay_before(words_: list[Word], i: int, noun: bool = True) -> bool:
    """A launch told as hearsay: a leak or rumour word before the trigger at ``i`` in
    its clause ("une fuite annonce la sortie de X"; not "Après des mois de rumeurs,
    Borée a lancé X"), or, for a launch noun, a verb in the conditional before it in
    its sentence ("un document mentionnerait le lancement de X")."""
    for k in range(i - 1, -1, -1):
        if words_[k].text in (",", ";", ":", "(", ")"):
            break
        if words_[k].lower in _lex()["hearsay"]:
            return True
    return noun and any(_conditional(w.text) for w in words_[:i])


@cache
def _trigger_starts() -> tuple[frozenset[str], frozenset[str]]:
    """First words (folded apostrophes) of launch nouns and phrases; forms of launch
    and arrival verbs, and availability words: what a trigger can start with."""
    lex = _lex()
    starts = frozenset(lex["nouns"]) | frozenset(lex["phrases"]) | frozenset(lex["arrival_phrases"])
    forms = frozenset(_verb_forms("verb_stems")) | frozenset(_verb_forms("arrival_stems")) | lex["available"]
    return starts, forms


# Adverbs of degree: a launch verb's form right after one is an adjective.
_DEGREE_ADVERBS = frozenset(["plus", "moins", "très", "trop", "assez"])
# Words after which a launch verb's form is a noun ("une annonce", "sans annonce").
_NOUN_DETERMINERS = frozenset(
    ["sans", "un", "une", "cette", "cet", "son", "sa", "ses", "notre", "votre", "chaque", "aucune"]
)
_METTRE = frozenset(["met", "mettent", "mis", "mise", "mettait", "mettaient", "mettre"])


# Launch verbs also used without an object, the model as subject: "X sort aujourd'hui".
_INTRANSITIVE = frozenset(["sort", "sortent", "sortait", "sortaient"])


def _no_object_after(words_: list[Word], last: int) -> bool:
    """No capitalised word nor determiner among the four words after ``last``."""
    for word in words_[last + 1:last + 5]:
        if word.text in (".", ";", ":", "!", "?", ","):
            return True
        if word.text[:1].isupper() or _apos(word.lower) in _DETERMINERS:
            return False
    return True


def _put_complement_after(words_: list[Word], i: int) -> bool:
    """"mis X à disposition", "met X en ligne": the complement of "mettre" that makes
    a launch, within a few words after the verb (the object in between)."""
    for k in range(i + 2, min(len(words_), i + 9)):
        if words_[k].text in (".", ";", ":", "!", "?"):
            return False
        if _phrase_at(words_, k, _lex()["put_complements"]):
            return True
    return False


def find_triggers(words_: list[Word]) -> list[Trigger]:
    """Launch triggers in one sentence, with the side the model stands on."""
    lex = _lex()
    starts, forms = _trigger_starts()
    triggers = []
    i = 0
    while i < len(words_):
        if words_[i].lower in _METTRE and _put_complement_after(words_, i) \
                and not _future(words_, i) and not _negated(words_, i, i):
            triggers.append(Trigger(i, i, "forward"))  # "a mis X à disposition", "met X en ligne"
            i += 1
            continue
        if words_[i].key not in starts and words_[i].lower not in forms:
            i += 1  # no noun, phrase, verb form or availability word starts here
            continue
        noun_len = _phrase_at(words_, i, lex["nouns"])
        phrase_len = _phrase_at(words_, i, lex["phrases"])
        ending = _verb_form(words_[i].text)
        if noun_len and words_[i].lower in ("sortie", "sorties") and _previous_words(words_, i)[:1] \
                and _previous_words(words_, i)[0] in _ETRE:
            if _previous_words(words_, i)[0] not in _FUTURE_AUXILIARIES:
                triggers.append(Trigger(i, i, "backward"))  # "X est sortie mardi": a participle here
            i += 1
            continue
        if noun_len and phrase_len <= noun_len:
            last = i + noun_len - 1
            after = words_[last + 1].lower if last + 1 < len(words_) else ""
            # "Conséquence de ce lancement : X sera retiré": a demonstrative refers back
            # to a launch already told; what follows is not launched.
            retold = i > 0 and words_[i - 1].lower in ("ce", "cet", "cette", "ces")
            if after not in lex["future_after"] and not _future(words_, i) and not _negated(words_, i, last) \
                    and not retold and not _hearsay_before(words_, i):
                triggers.append(Trigger(i, last, "forward", noun=True))
            i = last + 1
            continue
        arrival_phrase = _phrase_at(words_, i, lex["arrival_phrases"])
        if arrival_phrase and not _future(words_, i) and not _negated(words_, i, i):
            triggers.append(Trigger(i, i + arrival_phrase - 1, "backward"))  # "X fait ses débuts"
            i += arrival_phrase
            continue
        arrival = _verb_form(words_[i].text, "arrival_stems")
        if arrival is not None and arrival not in _FUTURE_ENDINGS and arrival not in ("er", "ant"):
            following = _apos(words_[i + 1].lower) if i + 1 < len(words_) else ""
            if following != "à" and not _future(words_, i) and not _negated(words_, i, i):
                triggers.append(Trigger(i, i, "backward"))  # "X débarque dans l'API"
            i += 1
            continue
        if words_[i].lower in lex["available"]:
            previous = _previous_words(words_, i)
            if previous[:1] and previous[0] in _FUTURE_AUXILIARIES:
                i += 1  # "X sera disponible en juin": not out yet
                continue
            if not _negated(words_, i, i):
                # "L'entreprise rend aussi disponible X": made available, object after.
                r = i - 1
                while r >= 0 and _apos(words_[r].lower) in _ADVERBS | _NEGATIONS:
                    r -= 1
                if r >= 0 and words_[r].lower in _RENDRE:
                    triggers.append(Trigger(r, i, "forward"))
                else:
                    triggers.append(Trigger(i, i, "backward"))
            i += 1
            continue
        if ending is not None and not phrase_len and i > 0 and _apos(words_[i - 1].lower) in _NOUN_DETERMINERS:
            i += 1  # "sans annonce officielle", "cette présente étude": a noun or an adjective
            continue
        if ending is not None and not phrase_len and i > 0 and words_[i - 1].lower in _DEGREE_ADVERBS:
            i += 1  # "des initiatives plus diffuses", "une offre très présente": an adjective
            continue
        if phrase_len or ending is not None:
            last = i + max(phrase_len, 1) - 1
            if _phrase_at(words_, i, lex["descriptions"]):
                i = last + 1  # "Présenté comme une étape ...": a description, not a launch
                continue
            if ending in _FUTURE_ENDINGS or _future(words_, i) or _negated(words_, i, last) \
                    or _hearsay_before(words_, i, noun=False) or _purpose_infinitive(words_, i):
                i = last + 1
                continue
            participle = (ending in _PARTICIPLE_ENDINGS) or (phrase_len and words_[i].lower in ("sorti", "rendu", "rendue", "rendus", "mis", "mise", "levé", "ouvert"))
            previous = _previous_words(words_, i)
            aux = previous[0] if previous else ""
            if participle and aux not in _AVOIR | _ETRE:
                # "a de son côté mis en ligne", "a pour sa part présenté": an auxiliary
                # before a short aside of the same clause.
                for word in previous[:4]:
                    if not word.isalpha():
                        break
                    if word in _AVOIR | _ETRE:
                        aux = word
                        break
            if participle and aux in _FUTURE_AUXILIARIES:
                i = last + 1  # "X sera présenté en mai": not out yet
                continue
            coordinated = participle and i > 0 and words_[i - 1].lower == "et" \
                and not _no_object_after(words_, last) and any(w in _AVOIR for w in previous[:8])
            if participle and aux in _ETRE:
                direction = "backward"
            elif coordinated:
                direction = "forward"  # "a mis fin à X et déployé Y": "a" serves both participles
            elif participle and aux not in _AVOIR:
                direction = "backward"  # adjectival: "Codestral, dévoilé en mai"
            elif words_[i].lower in _INTRANSITIVE and _no_object_after(words_, last):
                direction = "backward"  # "X sort aujourd'hui": the subject is launched
            else:
                direction = "forward"
            triggers.append(Trigger(i, last, direction))
            i = last + 1
            continue
        i += 1
    return triggers


# ---------------------------------------------------------------------------
# The names a trigger launches

def names_of_trigger(text: str, words_: list[Word], trigger: Trigger) -> list[tuple[Name, list[Word]]]:
    """The names a trigger launches, each with the words between it and the trigger."""
    if trigger.direction == "forward":
        if not trigger.noun and _object_pronoun_before(words_, trigger.first):
            return []  # "la première IA à le proposer, X peut ...": the object is the pronoun
        if not trigger.noun and _inverted_after_que(words_, trigger.first):
            return []  # "le modèle qu'a présenté Borée": the name after is the subject
        if not trigger.noun and _inverted_after_quote(words_, trigger.first):
            return []  # "« ... », a annoncé Paul Martin": the name after is the speaker
        return (_forward(text, words_, trigger) or _relative_object(text, words_, trigger)
                or _headline_subject(text, words_, trigger) or numbered_version_of(text, words_, trigger))
    found = _backward(text, words_, trigger) or _subject_after_opening(text, words_, trigger)
    if trigger.last + 1 < len(words_) and words_[trigger.last + 1].text == ":":
        # "Deux versions sont disponibles : A et B"; not "X est officiel : Borée dévoile ..."
        found += [(name, between) for name, between in _forward(text, words_, trigger)
                  if not _subject_of_next_clause(words_, name)]
    return found


def _forward(text: str, words_: list[Word], trigger: Trigger) -> list[tuple[Name, list[Word]]]:
    """Names in the object position of ``trigger`` and those coordinated with it."""
    found: list[tuple[Name, list[Word]]] = []
    k = trigger.last + 1
    between: list[Word] = []
    allow_de = trigger.noun
    blocked = False  # inside a circumstance ("à Paris") until a model noun
    while k < len(words_):
        word = words_[k]
        lower = _apos(word.lower)
        if _quoted_name(text, words_, k) is not None:
            k += 1  # « Vega 3 »: the name inside the quotation marks
            continue
        aside_end = _aside_end(words_, k) if not found else None
        if aside_end is not None:
            k = aside_end + 1  # "le modèle d'intelligence artificielle (IA) X"
            continue
        if word.text in (".", ";", "!", "?", "«", "»", "(", ")", "\"", "“", "”"):
            break
        if trigger.noun and k == trigger.last + 1 and lower == "par":
            agent = _name_at(text, words_, k + 1)
            if agent is not None and agent.last + 1 < len(words_) \
                    and _apos(words_[agent.last + 1].lower) in ("de", "d", "du", "des"):
                k, allow_de = agent.last + 2, True  # "le lancement par Borée de X": the agent, then the name
                continue
        naming = _naming_phrase_end(words_, k)
        if naming is not None:
            k = naming  # "un modèle sous le nom de X", "deux modèles sous sa marque X : A et B"
            continue
        if lower in _SOFT_STOPS:
            blocked = True
        elif blocked and (_model_noun_at(words_, k) or word.text == ":"):
            blocked = False  # "Nouvelle sortie chez X : Y, un modèle ..."
        name = _name_at(text, words_, k)
        if name is not None and blocked:
            # "a présenté dans la foulée X, un modèle ...": the apposition says the
            # name after the circumstance is the object after all.
            first, last = _apposition(words_, name)
            if last < first or _apposition_head(words_, first, last) not in ("model", "family"):
                k = name.last + 1
                continue
            blocked = False
        if name is not None:
            if between and _apos(between[-1].lower) in ("de", "d", "des", "du") and not allow_de:
                break
            if found and _subject_of_next_clause(words_, name):
                break  # "lance X, et Y sera présenté en mai": Y opens a clause of its own
            found.append((name, between))
            k = name.last + 1
            closing = k < len(words_) and words_[k].text in _CLOSING_QUOTES
            if closing and _quoted_name(text, words_, name.first - 1):
                k += 1
            k = _after_owner(text, words_, k)
            first, last = _apposition(words_, Name(name.first, k - 1, name.text, name.start, name.end))
            if last >= first:
                if _apposition_head(words_, first, last) == "family":
                    for j in range(first, _family_apposition_end(words_, first, last) + 1):
                        member = _name_at(text, words_, j)
                        if member is not None and (not found or member.start >= found[-1][0].end):
                            found.append((member, [words_[first]]))
                    if last + 1 < len(words_) and words_[last + 1].text == ":":
                        # "X, une famille de modèles : A et B": the members follow the colon.
                        members = _listed_names(text, words_, last + 2)
                        found += [(member, [words_[first]]) for member in members]
                        break
                k = last + 1
            k = _after_relative_clause(words_, k)
            # Only a coordinator lets another launched name follow.
            if k < len(words_) and words_[k].text == "," and k + 1 < len(words_):
                k += 1
            if k < len(words_) and _match_phrase(words_, k, ("ainsi", "que")):
                k += 2
            elif k < len(words_) and _apos(words_[k].lower) in _COORDINATORS:
                k += 1
            elif k < len(words_) and words_[k - 1].text == "," and _name_at(text, words_, k) \
                    and not _subject_of_next_clause(words_, _name_at(text, words_, k)) \
                    and _ends_list_item(words_, _name_at(text, words_, k)):
                pass  # "A, B et C": a bare comma continues the list
            else:
                break
            between = []
            allow_de = False
            continue
        if lower in ("de", "d", "du", "des"):
            # "le lancement de X", "publie les poids de X": only after the trigger
            # noun, a coordinated "et de", or weights and code.
            previous = _apos(words_[k - 1].lower)
            linked = (
                previous in _COORDINATORS
                or k - 1 == trigger.last
                or previous in _lex()["released_parts"]
                or (trigger.noun and not found and _only_adjectives(between))
                # "une série de modèles de langage : A, B et C"
                or (not found and (previous in _lex()["family_nouns"] or _model_noun_at(words_, k - 1)))
            )
            if not linked and not trigger.noun:
                break
            allow_de = linked
        elif lower == "dont" and not found and between and words_[k - 1].text == "," \
                and _dont_opens_subset(text, words_, k):
            # "a présenté plusieurs nouveautés, dont le très attendu X et Y": the
            # subset after "dont" names what the plural object holds.
            between = []
            k += 1
            continue
        elif lower in _STOP_WORDS or _verb_form(word.text) is not None \
                or word.lower in _lex()["unfinished"] or word.lower in _lex()["retirements"] \
                or (found and lower in _lex()["comparisons"]) \
                or (lower in _lex()["comparisons"] and k > 0 and words_[k - 1].lower == "et"):
            # "lance X et entraîne déjà Y", "lance X et remplace Y", "dévoile ses modèles
            # et défie Y": Y is not launched
            break
        between.append(word)
        if len(between) > 14:  # room for a date: "le 9 juin une série de modèles de langage :"
            break
        k += 1
    return found


# Nouns that name what follows them: "sous la marque X", "sous le nom de X".
_NAMING_NOUNS = frozenset(["marque", "nom", "appellation", "dénomination", "bannière", "label"])


def _naming_phrase_end(words_: list[Word], k: int) -> int | None:
    """Where the words after "sous le nom de", "sous sa marque" begin, when such a
    phrase starts at ``k``; None otherwise. With a colon after the brand ("sous sa
    marque X : A et B"), the names after the colon."""
    if _apos(words_[k].lower) != "sous" or k + 2 >= len(words_) \
            or _apos(words_[k + 1].lower) not in _DETERMINERS or words_[k + 2].lower not in _NAMING_NOUNS:
        return None
    j = k + 3
    if j < len(words_) and _apos(words_[j].lower) in ("de", "d"):
        j += 1
    # (the brand may be spelled out in brackets: "sous sa marque KLB (Kelba Labs) :")
    colon = next((m for m in range(j, min(len(words_), j + 10)) if words_[m].text == ":"), None)
    return colon + 1 if colon is not None else j


def _dont_opens_subset(text: str, words_: list[Word], k: int) -> bool:
    """", dont le très attendu X", ", dont X et Y": the "dont" at ``k`` opens a subset
    of the object (no verb after it), not a relative clause ("dont Borée assure que")."""
    j = k + 1
    while j < len(words_) and j <= k + 5:
        name = _name_at(text, words_, j)
        if name is not None:
            return not _subject_of_next_clause(words_, name)
        if _verb_form(words_[j].text) is not None and _apos(words_[j].lower) not in _DETERMINERS:
            return False
        j += 1
    return False


def _aside_end(words_: list[Word], k: int) -> int | None:
    """Index of the ")" closing a short aside opened at ``k`` that names nothing:
    an acronym or a few lower-case words ("(IA)", "(en anglais)"); else None."""
    if words_[k].text != "(":
        return None
    for j in range(k + 1, min(len(words_), k + 5)):
        if words_[j].text == ")":
            return j if j > k + 1 else None
        word = words_[j]
        if not (word.text in _lex()["stopwords"] or word.text in _lex()["non_starts"]
                or (word.text.isalpha() and word.text.islower())):
            return None
    return None


def _listed_names(text: str, words_: list[Word], k: int) -> list[Name]:
    """The names of a list "A, B et C" starting at word ``k``; it ends at the first
    word that is neither a name nor a coordinator."""
    out: list[Name] = []
    while k < len(words_):
        name = _name_at(text, words_, k)
        if name is None:
            break
        out.append(name)
        k = _after_relative_clause(words_, _after_owner(text, words_, name.last + 1))
        if k < len(words_) and words_[k].text == "," and k + 1 < len(words_) and words_[k + 1].lower == "et":
            k += 1
        if k >= len(words_) or _apos(words_[k].lower) not in _COORDINATORS:
            break
        k += 1
    return out


_OPENING_QUOTES = frozenset(["«", "\"", "“"])
_CLOSING_QUOTES = frozenset(["»", "\"", "”"])


def _quoted_name(text: str, words_: list[Word], k: int) -> Name | None:
    """The name between the quotation mark at ``k`` and a closing one right after it."""
    if k < 0 or k + 2 >= len(words_) or words_[k].text not in _OPENING_QUOTES:
        return None
    name = _name_at(text, words_, k + 1)
    if name is None or name.last + 1 >= len(words_) or words_[name.last + 1].text not in _CLOSING_QUOTES:
        return None
    return name


def _after_owner(text: str, words_: list[Word], k: int) -> int:
    """Past "de Borée" at ``k`` ("Vega 3 de Borée, Orion-5 de Lumen"): a list item
    may name its maker. Unchanged when no capitalised name follows "de"."""
    if k + 1 < len(words_) and _apos(words_[k].lower) in ("de", "d", "du"):
        j = k + 1 if words_[k + 1].text not in ("'", "’") else k + 2
        owner = _name_at(text, words_, j) if j < len(words_) else None
        if owner is not None and not _has_version(owner) and not _model_noun_at(words_, j):
            return owner.last + 1
    return k


def _subject_of_next_clause(words_: list[Word], name: Name) -> bool:
    """"En annonçant la sortie de X, Durand s'est ...": a name after a comma and before
    a verb, an auxiliary or a clitic opens the next clause; it is not a list item."""
    k = name.last + 1
    if k >= len(words_):
        return False
    following = words_[k]
    return (
        _apos(following.lower) in _AVOIR | _ETRE | _CLITICS
        or _verb_form(following.text) is not None
        or _is_speech_or_launch_verb(following.text)
        or _unknown_verb_then_object(words_, k)
    )


def _unknown_verb_then_object(words_: list[Word], k: int) -> bool:
    """"Orbo renforce son offre", "Orbo veut rattraper son retard": a lower-case word
    the lexicons do not know, right after a name and followed by a determiner or an
    infinitive, is the verb of a clause the name opens; a model name's own lower-case
    parts ("mini", "turbo") are read into the name before this point."""
    if k + 1 >= len(words_):
        return False
    verb, after = words_[k], words_[k + 1]
    if not (verb.text.isalpha() and verb.text.islower()) or _apos(verb.lower) in _STOP_WORDS | _SOFT_STOPS \
            or verb.lower in _lex()["stopwords"] or _apos(verb.lower) in _DETERMINERS | _COORDINATORS:
        return False
    after_lower = _apos(after.lower)
    return after_lower in _DETERMINERS - {"premier", "première", "nouveau", "nouvelle", "nouveaux", "nouvelles"} \
        or (after.text.isalpha() and after.text.islower() and after_lower.endswith(("er", "ir", "re")))


def _ends_list_item(words_: list[Word], name: Name) -> bool:
    """"A, B et C", "A, B, C.": a list item is followed by a comma, a coordinator, a
    bracket or the end of the sentence; a name followed by anything else after a bare
    comma opens the next clause ("Avec X, son modèle, Orbo veut ...")."""
    k = name.last + 1
    return k >= len(words_) or words_[k].text in (",", ".", ";", ":", "(", "!", "?") \
        or _apos(words_[k].lower) in _COORDINATORS | {"ou", "ainsi"}


def _only_adjectives(between: list[Word]) -> bool:
    """One or two lower-case words after a launch noun: "la disponibilité générale de"."""
    return 0 < len(between) <= 2 and all(
        w.text.isalpha() and w.text.islower() and _apos(w.lower) not in _DETERMINERS for w in between
    )


def _after_relative_clause(words_: list[Word], k: int) -> int:
    """Index of the comma closing ", qui compte 8 milliards de paramètres," at ``k``.

    A relative clause after a launched name says more about it; a coordinated
    name may follow it ("A, qui ..., et B"). Unchanged when no closed clause starts at ``k``.
    """
    if k + 1 >= len(words_) or words_[k].text != "," or _apos(words_[k + 1].lower) not in _RELATIVES:
        return k
    for j in range(k + 2, min(len(words_), k + 25)):
        if words_[j].text in (".", ";", "!", "?", ":", "(", ")"):
            return k
        if words_[j].text == ",":
            if any(_apos(w.lower) in _lex()["comparisons"] for w in words_[k + 2:j]):
                # ", qui surpasse A, B et C": the names after the comma go on with the
                # comparison, the list of launched names ends here.
                return len(words_)
            return j
    return k


def _backward(text: str, words_: list[Word], trigger: Trigger) -> list[tuple[Name, list[Word]]]:
    """The subject name of a passive, adjectival or "disponible" trigger."""
    k = trigger.first - 1
    skipped = 0
    while k >= 0 and skipped < 6:
        lower = _apos(words_[k].lower)
        # "X vient d'être lancé": the recent past reads like a passive.
        if lower in _ETRE | _AVOIR | _ADVERBS | _RECENT_PAST or lower in (",", "n", "ne", "dès"):
            k -= 1
            skipped += 1
            continue
        break
    if k < 0:
        return []
    k = _before_relative_clause(words_, k)
    subject = _subject_before_apposition(text, words_, trigger.first)
    if subject is not None:
        return _with_coordinated_before(text, words_, subject)
    # Walk back to the start of the name that ends at word k.
    for first in range(max(0, k - 4), k + 1):
        name = _name_at(text, words_, first)
        if name is not None and name.last == k:
            before = _apos(words_[first - 1].lower) if first > 0 else ""
            owner = _apos(words_[first - 2].lower) if first > 1 else ""
            governed = first  # where the words that govern the name end
            if before == "'" and owner == "d":
                # "d'Orvane": the elided "de" governs the name.
                before, owner = "d", _apos(words_[first - 3].lower) if first > 2 else ""
                governed = first - 1
            # "Avec X, lancé mardi, ...", "plus rapide que X, sorti en mai": a participle
            # in apposition right after the name tells its launch, whatever governs it.
            apposed = k + 2 == trigger.first and words_[k + 1].text == ","
            maker_of = _name_ending_at(text, words_, governed - 2) if before in ("de", "d") and governed > 1 \
                else None
            if maker_of is not None and _has_version(maker_of):
                # "Vega 3 de Borée est disponible"
                return [(maker_of, _noun_phrase_before(words_, maker_of))]
            if before in ("que", "qu") and _speech_before_que(words_, first - 1):
                return _with_coordinated_before(text, words_, name)  # "annonce que X est disponible"
            if ((before in _STOP_WORDS or before in _PLACE_PREPOSITIONS) and not apposed) or (
                before in ("de", "d", "du", "des") and owner not in _lex()["released_parts"]
            ):
                return []
            if before in _lex()["naming"]:
                # "un jeu de données, baptisé X, est accessible": the named noun tells what X is.
                return [(name, words_[max(0, first - 7):first])]
            return _with_coordinated_before(text, words_, name)
    return []


# Prepositions of place or time before the name that ends a subject: "le premier
# modèle conçu en Suisse est disponible" launches the model, not "Suisse".
_PLACE_PREPOSITIONS = frozenset(["en", "à", "au", "aux", "dans", "sur", "pour", "chez", "depuis", "après", "avant"])


def _speech_before_que(words_: list[Word], k: int) -> bool:
    """"Borée a annoncé (mardi) que X est disponible", "confirme qu'X est accessible":
    the "que" at ``k`` opens a clause reported by a speech or launch verb, whose
    subject is the launched name; not "plus rapide que X"."""
    window = words_[max(0, k - 3):k]
    return any(_is_speech_or_launch_verb(w.text) for w in window) \
        and not any(_apos(w.lower) in _lex()["comparisons"] - {"que", "qu"} for w in window)


def _with_coordinated_before(text: str, words_: list[Word], name: Name) -> list[tuple[Name, list[Word]]]:
    """The subject ``name`` of a passive or "disponible" and the names coordinated
    before it: "A et B, les deux nouveaux modèles, sont disponibles", "Les modèles A,
    B et C ont été publiés". Only a list that opens the sentence or follows a
    determiner, a model noun or a colon: not "plus rapide que A et B".
    """
    listed = [name]
    k = name.first - 1
    while k >= 1 and (words_[k].text == "," or _apos(words_[k].lower) in ("et", "ou")):
        previous = _name_ending_at(text, words_, k - 1)
        if previous is None:
            break
        listed.insert(0, previous)
        k = previous.first - 1
    if len(listed) > 1:
        opening = k < 0 or words_[k].text == ":" or _apos(words_[k].lower) in _DETERMINERS \
            or _model_noun_at(words_, k) or (k >= 1 and _model_noun_at(words_, k - 1)) \
            or (_apos(words_[k].lower) in ("que", "qu") and _speech_before_que(words_, k))
        if not opening:
            listed = [name]
    return [(n, _noun_phrase_before(words_, n)) for n in listed]


def _before_relative_clause(words_: list[Word], k: int) -> int:
    """"X, qui succède à Y, est disponible": when word ``k`` ends a relative clause
    opened by ", qui", the word before that comma (the clause's antecedent); else ``k``."""
    if k + 1 >= len(words_) or words_[k + 1].text != ",":
        return k
    for j in range(k, max(0, k - 15), -1):
        if words_[j].text in (".", ";", ":", "!", "?", "(", ")"):
            return k
        if words_[j].text == "," and j + 1 <= k and _apos(words_[j + 1].lower) in ("qui", "dont", "que", "qu"):
            return j - 1 if j > 0 else k
    return k


def _noun_phrase_before(words_: list[Word], name: Name) -> list[Word]:
    """Up to three words before a subject name, within its clause: "Le fonds X" ->
    [Le, fonds], so the noun tells what the name is."""
    out: list[Word] = []
    for k in range(name.first - 1, max(-1, name.first - 4), -1):
        if not words_[k].text[:1].isalpha():
            break
        out.insert(0, words_[k])
    return out


def _subject_before_apposition(text: str, words_: list[Word], i: int) -> Name | None:
    """"X, le modèle du laboratoire Y, est disponible": X, the name before the
    apposition that ends just before word ``i`` (auxiliaries and adverbs skipped)."""
    k = i - 1
    while k >= 0 and _apos(words_[k].lower) in _ETRE | _AVOIR | _ADVERBS | {"n", "ne"}:
        k -= 1
    if k < 2 or words_[k].text != ",":
        return None
    for opening in range(k - 1, max(0, k - 15), -1):
        word = words_[opening].text
        if word in (".", ";", ":", "!", "?", "(", ")", "«", "»"):
            return None
        if word == ",":
            if opening + 1 < k and _apos(words_[opening + 1].lower) in _DETERMINERS:
                name = _name_ending_at(text, words_, opening - 1)
                before = _apos(words_[name.first - 1].lower) if name is not None and name.first > 0 else ""
                if before in _STOP_WORDS or before in ("de", "d", "du", "des"):
                    return None  # "le nouveau modèle de Renault, la ..."
                return name
            return None
    return None


def _subject_after_opening(text: str, words_: list[Word], trigger: Trigger) -> list[tuple[Name, list[Word]]]:
    """"Présenté mardi à Paris, X est ...", "Disponible dès aujourd'hui, X ...":
    a participle opening the sentence describes the subject after its comma."""
    if trigger.first != 0 and words_[trigger.first - 1].text != ":":  # "IA : Présenté mardi, X ..."
        return []
    for k in range(trigger.last + 1, min(len(words_) - 1, trigger.last + 12)):
        if words_[k].text in (".", ";", ":", "!", "?", "(", ")"):
            return []
        if words_[k].text == ",":
            j = k + 1
            # "..., le modèle X" / "..., son nouveau modèle X"
            while j < len(words_) and j < k + 5 and _apos(words_[j].lower) in _DETERMINERS:
                j += 1
            j += _model_noun_at(words_, j) if j > k + 1 else 0
            name = _name_at(text, words_, j) if j < len(words_) else None
            return [(name, words_[k + 1:j])] if name is not None else []
    return []


def _common_word_at(words_: list[Word], i: int) -> bool:
    """A capitalised launch word or noun opening a sentence ("Sortie de X", "Présenté
    mardi, X"): not an organisation."""
    lex = _lex()
    lower = words_[i].lower
    return (
        _verb_form(words_[i].text) is not None
        or lower in lex["available"] or lower in lex["naming"]
        or bool(_phrase_at(words_, i, lex["nouns"]) or _phrase_at(words_, i, lex["phrases"]))
        or bool(_model_noun_at(words_, i) or _non_model_noun_at(words_, i))
        or bool(_phrase_at(words_, i, lex["organization_nouns"]))
    )


_VERSION_NOUNS = frozenset(["version", "génération", "mouture", "itération"])


def numbered_version_of(text: str, words_: list[Word], trigger: Trigger) -> list[tuple[Name, list[Word]]]:
    """"dévoile la version 3 de son modèle Vexo" -> "Vexo 3": the object of a forward
    trigger is a numbered version of a named model; the name is the model's with the
    number after it. Not a version of something else ("la version 2 de son application")."""
    k = trigger.last + 1
    while k < len(words_) and _apos(words_[k].lower) in _DETERMINERS | _NEW | {"'"}:
        k += 1
    if k + 2 >= len(words_) or words_[k].lower not in _VERSION_NOUNS or not _VERSION.match(words_[k + 1].text):
        return []
    number, k = words_[k + 1], k + 2
    if _apos(words_[k].lower) not in ("de", "d", "du"):
        return []
    k += 1
    while k < len(words_) and (_apos(words_[k].lower) in _DETERMINERS | {"'", "de", "d"} or _model_noun_at(words_, k)):
        k += _model_noun_at(words_, k) or 1
    name = _name_at(text, words_, k) if k < len(words_) else None
    if name is None or any(c.isdigit() for c in name.text) or _non_model_noun_at(words_, k - 1):
        return []
    full = f"{name.text} {number.text.lstrip('vV')}"
    return [(Name(name.first, name.last, full, name.start, name.end), [words_[k - 1]])]


def _inverted_after_que(words_: list[Word], i: int) -> bool:
    """"le modèle qu'a présenté Borée", "les modèles qu'ont publiés Norial et Selva",
    "le modèle que présente Borée": a relative "que" right before the verb (or its
    auxiliary) puts the subject after the verb; the object is the antecedent."""
    k = i - 1
    while k >= 0 and _apos(words_[k].lower) in _ADVERBS:
        k -= 1
    if k >= 0 and _apos(words_[k].lower) in _AVOIR | _ETRE:
        k -= 1
    if k >= 0 and words_[k].text in ("'", "’"):
        k -= 1
    return k >= 0 and _apos(words_[k].lower) in ("que", "qu")


def _inverted_after_quote(words_: list[Word], i: int) -> bool:
    """"« Nous rattrapons X », a annoncé Paul Martin", "» annonce Borée": a verb (with
    its auxiliary) right after the closing quotation mark, or after the comma that
    follows it, reports the quote; the name after it is its speaker."""
    k = i - 1
    while k >= 0 and _apos(words_[k].lower) in _AVOIR | _ADVERBS:
        k -= 1
    if k >= 0 and words_[k].text == ",":
        k -= 1
    return k >= 0 and words_[k].text in _CLOSING_QUOTES


def _object_pronoun_before(words_: list[Word], i: int) -> bool:
    """An object pronoun before the verb at ``i``, past its auxiliary and negation:
    "à le proposer", "Borée les publie", "elle l'a dévoilé"."""
    k = i - 1
    while k >= 0 and _apos(words_[k].lower) in _AVOIR | {"n", "ne"}:
        k -= 1
    if k >= 0 and words_[k].text in ("'", "’"):
        k -= 1
        return k >= 0 and words_[k].lower == "l"
    return k >= 0 and words_[k].lower in ("le", "la", "les")


def _headline_subject(text: str, words_: list[Word], trigger: Trigger) -> list[tuple[Name, list[Word]]]:
    """"Vega 3 : Borée dévoile son modèle le plus puissant": a headline naming the
    model before a colon, then telling its launch without naming it again."""
    if len(words_) < 3 or words_[0].text in _lex()["stopwords"]:
        return []
    name = _name_at(text, words_, 0)
    if name is None or name.last + 1 >= trigger.first or words_[name.last + 1].text != ":":
        return []
    if not _has_version(name) or any(_name_at(text, words_, k) for k in range(trigger.last + 1, len(words_))
                                     if words_[k].text[:1].isupper()):
        return []
    told = words_[trigger.last + 1:trigger.last + 6]
    if not any(_model_noun_at(told, k) for k in range(len(told))):
        return []  # the launched thing must be a model: "son nouveau modèle", "son IA"
    return [(name, [])]


def _relative_object(text: str, words_: list[Word], trigger: Trigger) -> list[tuple[Name, list[Word]]]:
    """"X, que Borée a dévoilé mardi, ...": the antecedent of "que" is the object of an
    active trigger whose subject stands between them."""
    k = trigger.first - 1
    while k >= 0 and _apos(words_[k].lower) in _AVOIR | _ADVERBS | _NEGATIONS | {"n", "ne", "l", "'"}:
        k -= 1
    subject = _name_ending_at(text, words_, k) if k >= 0 else None
    if subject is not None:
        k = subject.first - 1
        while k >= 0 and _apos(words_[k].lower) in ("l", "le", "la", "les", "'"):
            k -= 1
    elif k >= 0 and _apos(words_[k].lower) in ("il", "elle", "on", "ils", "elles"):
        k -= 1
    else:
        return []
    if k >= 0 and words_[k].text in ("'", "’"):
        k -= 1
    if k < 1 or _apos(words_[k].lower) not in ("que", "qu"):
        return []
    k -= 1
    if words_[k].text == ",":
        k -= 1
    name = _name_ending_at(text, words_, k) if k >= 0 else None
    if name is None:
        return []
    # "le nouveau modèle phare d'Orvane que Paul Roy présente": a name governed by "de"
    # is the model's maker; the antecedent of "que" is the model noun before it.
    j = name.first - 1
    if j >= 0 and words_[j].text in ("'", "’"):
        j -= 1
    if j >= 0 and _apos(words_[j].lower) in ("de", "d", "du"):
        return []
    return [(name, _noun_phrase_before(words_, name))]
