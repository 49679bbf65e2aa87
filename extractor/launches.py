"""AI model launches: which model, by whom, open weights or not.

Sets ``doc._.model_launches``: a list of dicts {"name", "organization",
"open_weights", "evidence": [[start, end], ...]}.

``find_launches`` (pure, on plain text) runs five named stages, each testable
on one French sentence. Sentences are cut into words only when they hold what a
trigger or an implied launch needs (``has_launch_cue``, a superset checked on
plain words): most sentences of most articles are never read further.

- ``find_candidates`` (:mod:`extractor.launch_candidates`): launch triggers
  (``find_triggers``) and the model-shaped names they launch (``names_of_trigger``,
  both in :mod:`extractor.launch_triggers`), launches told without a launch
  word (``implied_launches``: "le tout nouveau X", "X est une collection de
  modèles", "X, une nouvelle famille de modèles", "Les deux nouveaux modèles,
  ..., sont A et B", "ce nouveau modèle, baptisé X"), the models a sentence
  presents right after a launch of unnamed models ("a présenté dix nouveaux
  modèles. En tête : A, un modèle ..., et la gamme B") and the other versioned
  names of a launch sentence (``versioned_names_in_launch_sentence``), kept
  when presented as models (``is_presented_as_model``);
- ``attach_launchers`` (:mod:`extractor.launch_attachment`): one ``Launch`` per
  name, with the organisation its sentence gives (``launcher_of``; never a person);
- ``consolidate`` (this module): variants and members named later
  (``add_named_variants``, ``add_members_named_later``; not another generation,
  "GPT-3" beside "GPT-5", nor another maker's model), members listed after a
  colon announced by a count ("en trois tailles : Flash, Core et Titan" ->
  "X Flash", ``add_members_listed``),
  launchers dropped from the launched names, a bare name launched as "la nouvelle
  version de X" named after the highest version written (``name_latest_version``),
  names the article presents as a tool or an application and never after "modèle"
  dropped (``drop_products``), people described by a role noun dropped
  (``drop_people``), a bare headline word merged into its full name, bare
  members given their family's name (``name_members_after_family``,
  ``name_members_written_in_full``);
- ``launch_named_elsewhere`` (this module): when no launch was found, a launch of
  a nameless new model ("dévoile son premier modèle") takes the versioned name the
  article writes most often and presents as a model;
- ``attach_organisations`` (:mod:`extractor.launch_attachment`): launches without a
  launcher get the article's main organisation; then (after the weights) a launched
  name that another one repeats after its maker's name merges into it ("R1" and
  "Borée R1", ``merge_maker_prefixed``, this module);
- ``attach_open_weights`` (:mod:`extractor.launch_attachment`): the weight cues of
  the sentences about each model.

Words, names and lexicons, shared by the stages: :mod:`extractor.launch_names`.

In detail:
1. Sentences are cut by punctuation and line breaks, words by a small regex
   that keeps model names whole ("GPT-4o", "Alfred-40B-0723", "3.1", "8x7B").
2. Launch triggers come from lexicons: conjugated forms of launch verbs
   ("a lancé", "dévoile", "publient"), irregular phrases ("rendu public",
   "met à disposition", "ouvre l'accès à"), launch nouns ("le lancement de",
   "la disponibilité générale de"), verbs whose subject is the model ("X
   débarque") and "disponible". Triggers in the future, the conditional,
   under an intention or a delay ("devrait sortir", "a reporté le lancement
   de", "le lancement de X est prévu") or a negation are dropped.
3. Model names are recognised by shape, never by a list of known models: a
   word with a capital or a letter-digit mix, continued by versions and sizes
   ("3.1", "405B", "8x7B"), hyphenated parts and capitalised variant words
   ("Large", "Flash", "Sonnet"). The name must stand where the launched thing
   stands: the object of an active trigger (after determiners and adjectives,
   never after a preposition such as "avec", "que", "à partir de"), items
   coordinated with it ("X, son modèle phare, ainsi que Le Chat", "A de Borée,
   B de Lumen"), members in a family apposition or a list after "disponibles :"
   or "une famille de modèles :", the subject of a passive or "disponible"
   (before an apposition: "X, le modèle de Y, est disponible"), the subject
   after an opening participle ("Présenté mardi, X ..."), the antecedent of
   "que" ("X, que Borée a dévoilé"), or the name given by "baptisé X".
   "la version 3 de son modèle X" launches "X 3" (``numbered_version_of``).
   Besides, a launch sentence launches its other names with a model's version
   ("Vega 3", "Atlas 12B", "Kestrel-V3.2"; not a year, a month or a large
   number), unless they are compared, owned, after a preposition of base or
   platform ("construit sur X"), or the sentence speaks of the future, of
   training or of withdrawal.
4. The name must be presented as a model: a model noun before it ("son
   nouveau modèle ouvert Nimbus 8x3B") or in apposition ("Codestral, un
   modèle de langage"), a parameter size in the name, or a model noun in the
   sentence; a non-model noun (application, plateforme, start-up...) in
   apposition or just before it rules it out; so does a round label ("une
   Série C"); so does an article that calls the name an organisation ("la
   start-up X", "le directeur général de X", "le modèle Y de X"). A family
   and its members are all launches ("Ondra-2", "Ondra-2-30B", "Ondra-2-7B").
Organisation: "le modèle de X", else the name just before the trigger
("Mistral AI a lancé", "X et l'Y ont publié"), "chez X", the agent ("publié
par la société X"), an inverted subject (", a annoncé X."), the name opening
the sentence (datelines left out), else the article's main organisation
(given by the component from the NER, or the most frequent launcher).
open_weights: the first cue (open_weights_cues.tsv, with negation; cues
about a base model, "construit à partir d'un modèle ouvert", left out) in
the sentences about that model, following it until another launched model
is named; a model set against the subject ("Contrairement à X, publié en
open source, ...") takes its own clause's cue; a variant ("une version
compacte, X") without a cue takes the verdict of its model; null when none.
"""

import re
from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extractor.entities import entities
from extractor.extensions import doc_text
from extractor.launch_attachment import (
    Launch,
    _is_person,
    _name_after_description,
    _subject_before,
    attach_launchers,
    attach_open_weights,
    attach_organisations,
    sentence_openers,
)
from extractor.launch_candidates import (
    _DIGIT,
    _PLAIN_WORD,
    Sentences,
    _clause_before,
    _end_of_model_at,
    _governed_by_preposition,
    _model_version,
    _presented_as_model,
    described_as_organisation,
    find_candidates,
)
from extractor.launch_names import (
    _AVOIR,
    _CLITICS,
    _COORDINATORS,
    _ETRE,
    _FUTURE_ENDINGS,
    _PARTS,
    _RELATIVES,
    _SIZE,
    _SOFT_STOPS,
    Name,
    Word,
    _apos,
    _apposition,
    _apposition_head,
    _fold,
    _has_size,
    _has_version,
    _is_round_label,
    _lex,
    _model_noun_at,
    _name_at,
    _name_ending_at,
    _noun_kind_at,
    _phrase_at,
)
from extractor.launch_triggers import _after_owner, _common_word_at, _verb_form
from extractor.lexicon import table

# ---------------------------------------------------------------------------
# The whole article: five stages, each a function testable on one sentence.
#
#   find_candidates        model-shaped names standing where a launch puts them
#   attach_launchers       one Launch per name, with the launcher its sentence names
#   consolidate            variants named later, launchers and short names removed
#   attach_organisations   missing launchers -> the article's main organisation
#   attach_open_weights    the weight cues of the sentences about each model

def find_launches(text: str, organizations: list[str] | None = None, start: int = 0) -> list[dict]:
    """Model launches in ``text[start:]`` as contract-shaped dicts with offsets.

    ``organizations``: organisation names found by other means (NER), most
    prominent first; the first one stands for "la start-up", "l'entreprise".
    """
    article = Sentences.of(text, start)
    candidates = find_candidates(article)
    launches, launchers = attach_launchers(text, candidates)
    consolidate(article, launches, launchers)
    if not launches:
        launches = launch_named_elsewhere(article)
    if launches:
        attach_organisations(text, launches, list(organizations or []) + sentence_openers(article))
        drop_gerund_subjects(text, launches)
        attach_open_weights(article, launches)
        merge_maker_prefixed(launches)
    return [launch.as_dict() for launch in sorted(launches.values(), key=lambda launch: launch.first)]


# ---------------------------------------------------------------------------
# Consolidation

def consolidate(article: "Sentences", launches: dict[str, Launch], launchers: set[str]) -> None:
    """Stage 3: variants named later join their model; a launcher is never a launched
    model ("Mistral AI a lancé ... ; X a lancé Mistral AI"); short names merge into
    the longer names they begin."""
    add_named_variants(article, launches)
    add_members_named_later(article, launches)
    add_members_listed(article, launches)
    for key in launchers & set(launches):
        del launches[key]
    name_latest_version(article, launches)
    drop_products(article, launches)
    drop_people(article.text, launches)
    _merge_short_names(launches, article.spans[0] if article.spans else None)
    name_members_after_family(launches)
    name_members_written_in_full(article.text, launches)


# Words that put an arrival later: "arrivera plus tard", "suivra prochainement".
_LATER = frozenset(["bientôt", "prochainement", "ultérieurement", "tard", "suivra", "suivront", "sortira", "sortiront"])


def _arrives_later(words_: list[Word]) -> bool:
    """A sentence that tells a model's arrival or launch in the future ("X arrivera
    en juin", "sera lancé plus tard", "est annoncée pour juin", "suivra bientôt");
    not "restera réservée aux abonnés", which tells how a launched model is sold."""
    for w in words_:
        lower = w.lower
        if lower in _LATER or lower in _lex()["future_after"]:
            return True
        if (_verb_form(w.text) or _verb_form(w.text, "arrival_stems")) in _FUTURE_ENDINGS:
            return True  # "arrivera", "dévoileront", "lancerait"
    return False


def add_named_variants(article: "Sentences", launches: dict[str, Launch]) -> None:
    """"Sa version la plus puissante, X Ultra, restera réservée ...", "X-Instruct, une
    variante adaptée au dialogue": a variant named as such of a launched model is
    launched with it, even in a sentence with no launch verb."""
    if not launches:
        return
    variants = _lex()["variant_nouns"]
    for index, sentence in enumerate(article.spans):
        if variants.isdisjoint(_PLAIN_WORD.findall(article.text[sentence[0]:sentence[1]].lower())):
            continue  # variant_names needs a variant noun
        words_ = article.words[index]
        if _arrives_later(words_):
            continue  # "une version X Ultra arrivera plus tard": not launched yet
        for name in variant_names(article.text, words_):
            key = _fold(name.text)
            base = _base_of_member({k: launch for k, launch in launches.items() if k != key}, name)
            if base is None or _letter_stem(base.name) != _letter_stem(name.text):
                continue  # "Vega-3, sa première version" beside "Vega-5": another generation
            launch = launches.setdefault(key, Launch(name.text, name.start, base.organization, variant=True))
            launch.add_evidence(sentence)


def variant_names(text: str, words_: list[Word]) -> list[Name]:
    """Names a sentence presents as a version of a model: after "sa version la plus
    puissante," (a variant noun opening the clause just before the name) or before
    ", une variante ..." / ", une version ..."."""
    variants = _lex()["variant_nouns"]
    out: list[Name] = []
    if not any(w.lower in variants for w in words_):
        return out  # a variant noun is needed before or after the name
    for k in range(len(words_)):
        name = _name_at(text, words_, k)
        if name is None or (out and name.first <= out[-1].last):
            continue
        first, last = _apposition(words_, name)
        after = last >= first and any(w.lower in variants for w in words_[first + 1:min(last + 1, first + 3)])
        before = False
        if name.first > 0 and words_[name.first - 1].lower in _lex()["naming"]:
            # "une version allégée de ce modèle, dite X"
            before = any(w.lower in variants for w in words_[max(0, name.first - 8):name.first - 1])
        elif name.first > 0 and words_[name.first - 1].text == ",":
            for j in range(name.first - 2, max(-1, name.first - 7), -1):
                if words_[j].text in (",", ".", ";", ":", "(", ")"):
                    break
                if words_[j].lower in variants:
                    before = True
                    break
        # "sa version précédente, X", "X, une version antérieure": an older model.
        described = words_[max(0, name.first - 7):name.first]
        if last >= first:
            described = described + words_[first:last + 1]
        if (after or before) and not any(_apos(w.lower) in _lex()["comparisons"] for w in described):
            out.append(name)
    return out


def add_members_named_later(article: "Sentences", launches: dict[str, Launch]) -> None:
    """"Nimbus Large 3, le modèle de pointe, ...", "la série Cirrus 3": a versioned name
    presented as a model, a family or a variant, that shares its letters or its version
    with a launched model, is a member launched with it, even without a launch word.
    Not when the sentence compares it ("surpasse X", "plus rapide que X")."""
    if not launches:
        return
    text = article.text
    for index, sentence in enumerate(article.spans):
        if _DIGIT.search(text, *sentence) is None:
            continue  # a member here carries a version or a size
        words_ = article.words[index]
        if any(w.lower in _lex()["retirements"] or _end_of_model_at(words_, k) for k, w in enumerate(words_)):
            continue  # "Borée retire Vega 1": withdrawn models are no members of a launch
        if _arrives_later(words_):
            continue  # "Vega 3 Ultra arrivera en juin": a member still to come
        k = 0
        member_end: int | None = None  # last word of the last member found in this sentence
        while k < len(words_):
            name = _name_at(text, words_, k)
            if name is None:
                k += 1
                continue
            if _common_word_at(words_, name.first) or words_[name.first].text in _lex()["stopwords"]:
                k = name.first + 1  # "Voici Vega 3", "Baptisé Orca 3": the name starts after
                continue
            k = name.last + 1
            key = _fold(name.text)
            listed = member_end is not None and all(
                _apos(w.lower) in _COORDINATORS for w in words_[member_end + 1:name.first]
            )
            if key in launches and not listed:
                # A launched name presented as a variant opens the list of its siblings.
                lead = _clause_before(words_, name.first)
                if not lead and name.first > 0 and words_[name.first - 1].text in (":", ","):
                    lead = _clause_before(words_, name.first - 1)
                if any(w.lower in _lex()["family_nouns"] | _lex()["variant_nouns"] for w in lead[-4:]):
                    member_end = name.last
                continue
            if not _has_version(name) or _is_round_label(name):
                continue
            base = _base_of_member(launches, name)
            if base is None or _governed_by_preposition(words_, name):
                continue  # another generation ("GPT-3" beside "GPT-5"), "comme X", "sur X"
            owner_end = _after_owner(text, words_, name.last + 1)
            if owner_end > name.last + 1 and (
                base.organization is None
                or _fold(_name_ending_at(text, words_, owner_end - 1).text) != _fold(base.organization)
            ):
                continue  # "le modèle o1 d'Orbis": another maker's model
            clause = _clause_before(words_, name.first)
            if any(_apos(w.lower) in _lex()["comparisons"] for w in clause):
                continue
            if not clause and name.first > 0 and words_[name.first - 1].text == ":":
                # "existe en deux versions : A et B": the clause before the colon presents the list
                clause = _clause_before(words_, name.first - 1)
            grouped = any(w.lower in _lex()["family_nouns"] | _lex()["variant_nouns"] for w in clause[-4:])
            same_stem = _letter_stem(base.name) == _letter_stem(name.text)
            presented = listed or grouped or (same_stem and _presented_as_model(words_, name, clause[-3:]))
            if presented:
                member_end = name.last
                launch = launches.setdefault(
                    key, Launch(name.text, name.start, base.organization, variant=True, base=_fold(base.name))
                )
                launch.add_evidence(sentence)


def _base_of_member(launches: dict[str, Launch], name: Name) -> Launch | None:
    """The launch a versioned ``name`` may be a member of: one with its letters and, when
    both carry a version, the same version or a size ("Gemma 7B" of "Gemma"; not "GPT-3"
    beside "GPT-5"); else one with its version ("Cirrus 3" beside "Nimbus 3")."""
    stem, version = _letter_stem(name.text), _version_of(name.text)
    folded = _fold(name.text)
    for launch in launches.values():
        if folded.startswith((_fold(launch.name) + "-", _fold(launch.name) + " ")):
            return launch  # "Vega-R1-0528" of "Vega-R1"
        if _letter_stem(launch.name) != stem:
            continue
        other = _version_of(launch.name)
        if other is None or version is None or other == version or _has_size(name):
            return launch
    if version is None:
        return None
    return next((launch for launch in launches.values() if _version_of(launch.name) == version), None)


_LIST_SEPARATORS = frozenset([",", ";", "et", "ou"])


def add_members_listed(article: "Sentences", launches: dict[str, Launch]) -> None:
    """"X existera en trois tailles : Flash, Core et Titan", "Deux variantes sont proposées :
    X Small, ... ; et X Medium": the list after a colon announced by a count and a member
    noun, in a sentence naming a launched model or listing names of its letters, gives
    that model's members. Bare items take the model's name ("X Ultra"). Sized names of a
    launched model's letters after a colon are members even without a count
    ("la différence vient de leur taille : X 2B et X 7B")."""
    if not launches:
        return
    text = article.text
    intro_words = set(_lex()["member_intros"])  # first words of "composée de", "comprenant"
    for index, sentence in enumerate(article.spans):
        plain = _PLAIN_WORD.findall(text[sentence[0]:sentence[1]].lower())
        if ":" not in text[sentence[0]:sentence[1]] and intro_words.isdisjoint(plain):
            continue
        words_ = article.words[index]
        colon, list_start = _members_intro(words_)
        if colon is None or list_start >= len(words_):
            continue
        clause = words_[:colon]
        if any(_apos(w.lower) in _lex()["comparisons"] or w.lower in _lex()["retirements"] for w in clause):
            continue
        counted = any(
            (w.lower in _lex()["counts"] or (w.text.isdigit() and int(w.text) <= 20))
            and any(x.lower in _lex()["member_nouns"] for x in clause[k + 1:k + 4])
            for k, w in enumerate(clause)
        )
        counted = counted or words_[colon].text != ":"  # "composée de" announces members by itself
        family = _launched_name_in(text, clause, launches)
        items = _list_items(text, words_, list_start, family, launches)
        if _parameter_counts(words_, [item for item, _ in items]):
            continue
        for item, bare in items:
            base = family if bare else _base_of_member(launches, item)
            if base is None or (not counted and not _has_size(item)) or _fold(item.text) == _fold(base.name):
                continue
            if _letter_stem(base.name) != _letter_stem(item.text) and not bare:
                continue
            name = f"{base.name} {item.text}" if bare else item.text
            launch = launches.setdefault(
                _fold(name), Launch(name, item.start, base.organization, variant=True, base=_fold(base.name))
            )
            launch.add_evidence(sentence)


def _parameter_counts(words_: list[Word], items: list[Name]) -> bool:
    """"trois variantes réduites de 3B, 8B et 32B paramètres": sizes read as parameter
    counts (followed by "paramètres"), not as the names of members."""
    if not items or not all(_SIZE.match(item.text) for item in items):
        return False
    after = [_apos(w.lower) for w in words_[items[-1].last + 1:items[-1].last + 3]]
    return "paramètres" in after


def _members_intro(words_: list[Word]) -> tuple[int | None, int]:
    """(index of the colon or of the first word of "composée de", index of the list's
    first item), or (None, 0) when the sentence introduces no list."""
    for k, word in enumerate(words_):
        if word.text == ":":
            return k, k + 1  # "se déclinent en deux tailles : A et B": the colon opens the list
    for k in range(len(words_)):
        length = _phrase_at(words_, k, _lex()["member_intros"])
        if length:
            return k, k + length
    return None, 0


def _launched_name_in(text: str, words_: list[Word], launches: dict[str, Launch]) -> Launch | None:
    """The first launched model named in ``words_``."""
    for k in range(len(words_)):
        name = _name_at(text, words_, k)
        if name is not None and _fold(name.text) in launches:
            return launches[_fold(name.text)]
    return None


def _list_items(
    text: str, words_: list[Word], k: int, family: Launch | None, launches: dict[str, Launch]
) -> list[tuple[Name, bool]]:
    """The items of a list starting at word ``k``, each with whether it is bare (a variant
    word to be prefixed with ``family``'s name: "Flash, Core et Titan"). Items of a launched
    model's letters may follow a description ("A, riche de 9 milliards de paramètres ; et
    B"); bare items must follow each other, separated by commas or "et"."""
    out: list[tuple[Name, bool]] = []
    bare_list = family is not None
    # a size launched alone ("déclinée en deux tailles, 2B et 7B") is no family
    stems = {_letter_stem(launch.name) for launch in launches.values() if not _SIZE.match(launch.name)}
    item_start = True
    while k < len(words_):
        name = _name_at(text, words_, k) if item_start else None
        if name is not None:
            bare = bare_list and _is_bare(name.text) and _letter_stem(name.text) not in stems
            if bare or _letter_stem(name.text) in stems:
                out.append((name, bare))
                if k > 0 and _apos(words_[k - 1].lower) in ("et", "ou"):
                    return out  # "A, B et C": the item after "et" closes the list
                k = name.last + 1
                if k < len(words_) and words_[k].text == "(":
                    k = next((j + 1 for j in range(k, len(words_)) if words_[j].text == ")"), len(words_))
                item_start = k < len(words_) and _apos(words_[k].lower) in _LIST_SEPARATORS
                bare_list = bare_list and bare
                k += 1
                while k < len(words_) and _apos(words_[k].lower) in _LIST_SEPARATORS | {"le", "la", "l", "'"}:
                    k += 1
                continue
            if not out:
                return []
        if bare_list and out:
            return out  # a bare list ends at its first word that is no item
        item_start = _apos(words_[k].lower) in _LIST_SEPARATORS
        k += 1
    return out


def _version_of(name: str) -> str | None:
    """The version closing a name: "Cirrus 3" -> "3", "Vega4.5-Pro" -> "4.5"."""
    numbers = re.findall(r"\d+(?:\.\d+)*", name)
    return numbers[-1] if numbers else None


def _merge_short_names(launches: dict[str, Launch], headline: tuple[int, int] | None = None) -> None:
    """A bare word that begins one longer launched name is the same launch.

    "Alfred" in a headline and "Alfred-40B-0723" in the body are one launch.
    A family and its members are all launches ("Ondra-2, une famille" with
    "Ondra-2-30B" and "Ondra-2-7B"), and so are "GPT-5" and "GPT-5 mini". With
    the ``headline`` span given, only a bare name launched in the headline alone
    merges: one the body launches too is a launch of its own.
    """
    for key in sorted(launches, key=len):
        longer = [k for k in launches if k != key and k.startswith((key + "-", key + " "))]
        bare = " " not in key and "-" not in key
        if len(longer) != 1 or not bare or launches[key].family:
            continue
        if headline is not None and any(e[0] >= headline[1] for e in launches[key].evidence):
            continue  # launched in the body too ("Vega, dévoilé en mai" then "Vega Turbo"): its own launch
        short = launches.pop(key)
        target = launches[longer[0]]
        target.evidence = sorted(short.evidence + [e for e in target.evidence if e not in short.evidence])
        for launch in (launches[k] for k in longer):
            launch.organization = launch.organization or short.organization
        target.first = min(target.first, short.first)


def name_members_after_family(launches: dict[str, Launch]) -> None:
    """"Pic, Pilot et Titan" then "Nimbus 4 Titan": a bare member named in
    full elsewhere takes its full name, and so do the members listed with it."""
    bare = [key for key, launch in launches.items() if _is_bare(launch.name)]
    for key in bare:
        if key not in launches:
            continue
        full = next((other for k, other in launches.items() if k.endswith(" " + key) and k != key), None)
        if full is None:
            continue
        prefix = full.name[: len(full.name) - len(launches[key].name)]
        member = launches.pop(key)
        full.first = min(full.first, member.first)
        full.evidence = sorted(full.evidence + [e for e in member.evidence if e not in full.evidence])
        for sibling_key in [k for k in bare if k in launches and k != key and k != _fold(prefix.strip())]:
            sibling = launches[sibling_key]
            listed_with = any(e in member.evidence for e in sibling.evidence)
            if listed_with and _fold(prefix + sibling.name) not in launches:
                del launches[sibling_key]
                sibling.name = prefix + sibling.name
                sibling.organization = sibling.organization or full.organization
                launches[_fold(sibling.name)] = sibling


# Nouns that name a model and nothing else; "assistant", "agent", "chatbot" also name
# the products built on models.
_STRICT_MODEL_NOUNS = frozenset(["modèle", "modèles", "llm", "llms"])


def drop_products(article: "Sentences", launches: dict[str, Launch]) -> None:
    """"son outil d'IA, baptisé Kali", "son assistant Kali", "Kali, un smartphone": a
    launched name the article presents somewhere as a product (tool, application,
    device: a product noun before it or heading its apposition) and nowhere after the
    word "modèle" or with a model in apposition is the product, not a model."""
    text = article.text
    for key, launch in list(launches.items()):
        product = model = False
        for m in re.finditer(r"(?<![\w\-])" + re.escape(launch.name) + r"(?![\w\-])", text):
            index = next((i for i, (s0, s1) in enumerate(article.spans) if s0 <= m.start() < s1), None)
            if index is None:
                continue
            words_ = article.words[index]
            first = next((k for k, w in enumerate(words_) if w.start == m.start()), None)
            if first is None:
                continue
            if any(w.lower in _STRICT_MODEL_NOUNS for w in words_[max(0, first - 4):first]):
                model = True
            product = product or _product_noun_before(words_, first)
            # "X, un smartphone ...", "X, une interface de discussion": the head of an
            # apposition opened by an indefinite article
            name = _name_at(text, words_, first)
            if name is not None and name.text == launch.name:
                start, last = _apposition(words_, name)
                # only "un"/"une": "Avec X, l'entreprise franchit ..." opens the main clause
                described = last >= start and _apos(words_[start].lower) in ("un", "une")
                head = _apposition_head(words_, start, last) if described else None
                model = model or head in ("model", "family")
                product = product or head == "other"
        if product and not model:
            del launches[key]


def _product_noun_before(words_: list[Word], first: int) -> bool:
    """"son outil d'IA générative, baptisé X", "l'application X": the noun heading the
    words just before the name at ``first`` is a product noun (a model noun in a
    complement, "d'IA", does not count)."""
    for k in range(first - 1, max(-1, first - 9), -1):
        word = words_[k]
        lower = _apos(word.lower)
        if word.text == "," and k + 1 < first and words_[k + 1].lower in _lex()["naming"]:
            continue  # "son outil d'IA, baptisé X"
        if word.text.isupper() and k > 0 and _apos(words_[k - 1].lower) in ("de", "d", "'"):
            continue  # "d'IA", "de NLP": an acronym in a complement of the head noun
        if not (word.text.isalpha() or word.text in ("'", "’")) or word.text[:1].isupper() \
                or lower in _CLITICS | _RELATIVES | _SOFT_STOPS | {"selon", "par", "comme", "que"}:
            return False  # another clause, phrase or name comes between
        kind = _noun_kind_at(words_, k)
        if kind == "model" and k > 0 and _apos(words_[k - 1].lower) in ("de", "d", "en", "'"):
            continue  # "d'intelligence artificielle": a complement of the head noun
        if kind is not None:
            return kind == "other"
        if _verb_form(word.text) is not None or _apos(word.lower) in _AVOIR | _ETRE:
            return False
    return False


_LATEST_VERSION = re.compile(
    r"(?<!\w)(?:nouvelle|dernière|récente)s?\s+(?:version|génération|mouture|itération)s?(?!\w)", re.IGNORECASE
)


def name_latest_version(article: "Sentences", launches: dict[str, Launch]) -> None:
    """"Borée dévoile la nouvelle version de Vexo" and, elsewhere, "Vexo 3" beside
    "Vexo 2.0": the bare family name launched as its new version stands for its
    highest version the article writes, outside a sentence about the future."""
    text = article.text
    for key, launch in list(launches.items()):
        if not _is_bare(launch.name) or _SIZE.match(launch.name):
            continue
        told = any(
            (m := _LATEST_VERSION.search(text, start, end)) is not None and text.find(launch.name, m.end(), end) >= 0
            for start, end in launch.evidence
        )
        if not told:
            continue
        best: tuple[tuple[int, ...], str] | None = None
        for m in re.finditer(re.escape(launch.name) + r"[ \-\u2010\u2011]?(\d+(?:\.\d+)?)(?![\w.\-]\w)", text):
            if _in_future_sentence(article, m.start()):
                continue
            version = tuple(int(n) for n in m.group(1).split("."))
            if best is None or version > best[0]:
                best = (version, m.group(0))
        if best is None:
            continue
        del launches[key]
        full = launches.get(_fold(best[1]))
        if full is None:
            launch.name = best[1]
            launches[_fold(best[1])] = launch
        else:
            full.first = min(full.first, launch.first)
            full.evidence = sorted(full.evidence + [e for e in launch.evidence if e not in full.evidence])
            full.organization = full.organization or launch.organization


def _in_future_sentence(article: "Sentences", offset: int) -> bool:
    """Whether the sentence holding ``offset`` has a future cue ("devrait", "prochain")."""
    for start, end in article.spans:
        if start <= offset < end:
            said = set(_PLAIN_WORD.findall(article.text[start:end].lower()))
            return not said.isdisjoint(_lex()["future"])
    return False


def name_members_written_in_full(text: str, launches: dict[str, Launch]) -> None:
    """"Deux versions sont disponibles : Pic et Titan" then "Vexo 4 Pic" in a sentence
    with no launch word: a bare member that the article writes after a launched
    versioned name takes that full name. Only the members written so: the article
    may name the others bare throughout."""
    families = [launch for launch in launches.values() if not _is_bare(launch.name)
                and any(c.isdigit() for c in launch.name)]
    for key in [k for k, launch in launches.items() if _is_bare(launch.name)]:
        if key not in launches:
            continue
        member = launches[key]
        for family in families:
            pattern = re.escape(family.name) + r"[ \u00a0\-\u2010\u2011]+" + re.escape(member.name) + r"(?![\w\-])"
            if re.search(pattern, text) is None or _fold(f"{family.name} {member.name}") in launches:
                continue
            del launches[key]
            member.name = f"{family.name} {member.name}"
            member.organization = member.organization or family.organization
            launches[_fold(member.name)] = member
            break


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(_fold(row[0]) for row in table("person_nouns.tsv"))


def drop_people(text: str, launches: dict[str, Launch]) -> None:
    """"Borée a présenté Paul Roy comme son nouveau directeur": a launched name made
    of a first name and a surname, without a version, that the article describes
    by a role noun near it is a person ("Claude Sonnet 4.5" keeps its version)."""
    for key, launch in list(launches.items()):
        if any(c.isdigit() for c in launch.name) or not _is_person(launch.name):
            continue
        for m in re.finditer(re.escape(launch.name), text):
            near = _PLAIN_WORD.findall(text[max(0, m.start() - 60):m.end() + 60].lower())
            if any(_fold(w) in _person_nouns() for w in near):
                del launches[key]
                break


# "En décalant son lancement, X affiche": a gerund clause opening the
# sentence; the name after its comma is the main clause's subject.
_AFTER_GERUND_CLAUSE = re.compile(r"(?:^|[.!?]\s+|\n)\s*En\s+[a-zàâçéèêëîïôûùü]+ant\b[^,.;:!?]*,\s*$")


def drop_gerund_subjects(text: str, launches: dict[str, Launch]) -> None:
    """A bare name (no version, no size) that first appears as the subject after an
    opening gerund clause ("En décalant son lancement, Altair affiche ...")
    is the organisation the clause is about, not a launched model."""
    for key, launch in list(launches.items()):
        if not _is_bare(launch.name) or _SIZE.match(launch.name):
            continue
        before = text[max(0, launch.first - 200):launch.first]
        if _AFTER_GERUND_CLAUSE.search(before):
            del launches[key]


def _is_bare(name: str) -> bool:
    """One word without digits ("Pic", "Titan") or a size alone ("la version 7B")."""
    if " " in name:
        return False
    return bool(_SIZE.match(name)) or (not any(c.isdigit() for c in name) and "-" not in name)


def _letter_stem(name: str) -> str:
    """The letters opening a name: "Vega4.5-Pro" and "Vega 4.5" share "vega"."""
    match = re.match(r"[^\W\d_]+", _fold(name))
    return match.group() if match else _fold(name)


# ---------------------------------------------------------------------------
# When no sentence names the launched model

def launch_named_elsewhere(article: "Sentences") -> dict[str, Launch]:
    """Fallback when no sentence names the launched model: the article tells the launch
    of a new model without a name ("Borée dévoile son premier modèle d'IA") and names
    it elsewhere ("Le modèle R1 de Borée ...", "Vexo 7B compte ..."). The versioned
    name the article writes most often (at least twice), presented as a model at least
    once (a size, or a model or family noun just before it), is that model."""
    text = article.text
    if article.nameless is None:
        find_candidates(article)  # finds the launch of a nameless new model, if any
    if not article.nameless:
        return {}
    index, trigger = article.nameless
    launch_sentence, words_ = article.spans[index], article.words[index]
    # "le lancement d'un nouveau modèle par Borée", "Borée dévoile son premier modèle"
    by = next((k for k in range(trigger.last + 1, min(len(words_), trigger.last + 12))
               if words_[k].lower == "par"), None)
    agent = _name_after_description(text, words_, by + 1) if by is not None else None
    launcher = agent or _subject_before(text, words_, trigger, set())
    counts: Counter[str] = Counter()
    shown: dict[str, Name] = {}
    presented: set[str] = set()
    for index, sentence in enumerate(article.spans):
        if not _DIGIT.search(text, sentence[0], sentence[1]):
            continue
        words_ = article.words[index]
        k = 0
        while k < len(words_):
            name = _name_at(text, words_, k)
            if name is None:
                k += 1
                continue
            k = name.last + 1
            if not _model_version(name.text) or _is_round_label(name) or _SIZE.match(name.text):
                continue
            key = _fold(name.text)
            counts[key] += 1
            shown.setdefault(key, name)
            before = words_[max(0, name.first - 2):name.first]
            if _has_size(name) or any(w.lower in _lex()["family_nouns"] or _model_noun_at(words_, name.first - 1 - j)
                                      for j, w in enumerate(reversed(before))):
                presented.add(key)
    ranked = [key for key, count in counts.most_common() if count >= 2 and key in presented]
    if not ranked or described_as_organisation(text, shown[ranked[0]].text):
        return {}
    name = shown[ranked[0]]
    if launcher and _is_person(launcher, text):
        launcher = None
    launch = Launch(name.text, name.start, launcher)
    launch.add_evidence(launch_sentence)
    return {ranked[0]: launch}


# ---------------------------------------------------------------------------
# After the open weights: one launch under its maker-prefixed name

def merge_maker_prefixed(launches: dict[str, Launch]) -> None:
    """"R1" and "Borée R1", "V3.2" and "Borée-V3.2" by Borée: one launch under the full name."""
    for key in list(launches):
        short = launches.get(key)
        if short is None:
            continue
        parts = [p for p in _PARTS.split(key) if p]
        for other_key, full in list(launches.items()):
            maker = full.organization or short.organization
            if other_key == key or not maker:
                continue
            if [p for p in _PARTS.split(other_key) if p] == [p for p in _PARTS.split(_fold(maker)) if p] + parts:
                del launches[key]
                full.first = min(full.first, short.first)
                full.evidence = sorted(full.evidence + [e for e in short.evidence if e not in full.evidence])
                if full.open_weights is None:
                    full.open_weights = short.open_weights
                break


# ---------------------------------------------------------------------------
# spaCy component

class LaunchExtractor:
    def __init__(self, org_labels: list[str]) -> None:
        self.org_labels = set(org_labels)

    def __call__(self, doc: Doc) -> Doc:
        counts = Counter(ent.text for ent in entities(doc) if ent.label_ in self.org_labels)
        organizations = [name for name, _ in counts.most_common()]
        doc._.model_launches = find_launches(doc_text(doc), organizations, doc._.body_start)
        return doc


@Language.factory(
    "fr_model_launches",
    assigns=["doc._.model_launches"],
    default_config={"org_labels": ["ORG", "MISC"]},
)
def make_launch_extractor(nlp: Language, name: str, org_labels: list[str]) -> LaunchExtractor:
    return LaunchExtractor(org_labels)
