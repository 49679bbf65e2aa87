"""What a named investor is (stage 2 and the rounds): its kind, whether it leads, whether it held shares.

Text in, answers out: ``investor_kind`` gives fund | corporate | individual | public
from the name, the words around it and public_investors.txt (investor_kinds.tsv);
``lead_marker`` / ``existing_marker`` read an apposition or a relative clause about a
name ("qui mène le tour", "déjà actionnaire").
"""

import re
from dataclasses import dataclass
from functools import cache

from extractor.investor_names import _has, fold, looks_like_person, phrase_regex
from extractor.lexicon import table, words


# ---------------------------------------------------------------- lead and existing markers


_SINGULAR_EXISTING = re.compile(
    r"(?<!\w)(?:déjà\s+(?:actionnaire|présente?|investie?|engagée?)|actionnaire\s+(?:historique|de\s+longue\s+date|actuel)"
    r"|investisseur\s+(?:historique|existant|actuel)|présente?\s+depuis)(?!\w)",
    re.IGNORECASE,
)
_BECOMES = re.compile(r"(?<!\w)(?:devien\w*|deviendr\w*|entr\w+\s+au\s+capital|fai\w+\s+son\s+entrée|nouveau\s+venu|nouvel\s+entrant)(?!\w)", re.IGNORECASE)


def existing_marker(text: str) -> bool:
    """Does ``text`` mark an investor as already a shareholder?"""
    return _has("investor_existing_cues.txt", text) and not _BECOMES.search(text)


def singular_existing_marker(text: str) -> bool:
    """The marker applies to one name only ("déjà actionnaire", not "déjà actionnaires")."""
    return _SINGULAR_EXISTING.search(text) is not None


# An earlier round than this one: "le tour précédent", "la première levée". (Not "le
# tour de Selva": most often the company raising now.)
_OTHER_ROUND = re.compile(
    r"(?<!\w)(?:(?:tour|levée|opération|série|round)s?\s+(?:[\w'’-]+\s+){0,3}?(?:précédente?s?|antérieure?s?)"
    r"|(?:précédente?|premier|première)\s+(?:tour|levée|opération|série|round))", re.IGNORECASE)


_AN_AMOUNT = re.compile(r"\d[\d\s.,]*\s*(?:millions?|milliards?|M€|Md€|Mds?|k€|€|\$|M\$)", re.IGNORECASE)


def lead_marker(text: str) -> bool:
    """Does ``text`` (an apposition or relative clause) mark an investor as leading
    this round? "qui avait mené le tour précédent" led an earlier one."""
    return (_has("investor_lead_cues.txt", text) and not _has("investor_exclusion_cues.txt", text)
            and not _OTHER_ROUND.search(text))


# ---------------------------------------------------------------- kinds


@dataclass(frozen=True)
class _KindCues:
    decisive: dict[str, str]  # name words that settle the kind ("Corporate Ventures")
    name_words: dict[str, str]
    context: list[tuple[re.Pattern, str]]


@cache
def _kind_cues() -> _KindCues:
    decisive: dict[str, str] = {}
    name_words: dict[str, str] = {}
    context: list[tuple[str, str]] = []
    for cue, kind, where in table("investor_kinds.tsv"):
        if where == "name!":
            decisive[cue] = kind
        elif where == "name":
            name_words[cue] = kind
        else:
            context.append((cue, kind))
    context.sort(key=lambda c: len(c[0]), reverse=True)
    return _KindCues(decisive, name_words, [(phrase_regex([c]), k) for c, k in context])


def has_organization_word(name: str) -> bool:
    """Whether a word of ``name`` makes it a firm's or a fund's ("Partners", "Group",
    "International"), as the kind cues of names say."""
    cues = _kind_cues()
    return any(cues.decisive.get(w, cues.name_words.get(w)) in ("fund", "corporate") for w in name.split())


@cache
def _public_names() -> tuple[frozenset[str], tuple[str, ...]]:
    exact, prefixes = set(), []
    for entry in words("public_investors.txt"):
        if entry.endswith("*"):
            prefixes.append(fold(entry[:-1].strip()) + " ")
        else:
            exact.add(fold(entry))
    return frozenset(exact), tuple(prefixes)


def is_public_investor(name: str) -> bool:
    """A public name, one of its programmes or arms ("EIC Accelerator", "Bpifrance
    Investissement"), or a name opening on a public prefix ("Région Occitanie")."""
    exact, prefixes = _public_names()
    folded = fold(name)
    if folded in exact or folded.startswith(prefixes):
        return True
    words_ = folded.split()
    return any(" ".join(words_[:k]) in exact for k in range(1, len(words_)))


# A noun after "de la", "du", "d'un" completes another noun ("les actionnaires de la
# société", "fondateur d'un groupe"); partitive "de" / "d'" ("d'investisseurs") does not.
_COMPLEMENT = re.compile(r"(?<!\w)(?:de\s+la|de\s+l['’]|du|d['’]une?|de\s+cette|de\s+ce)\s*$", re.IGNORECASE)


def _context_kind(text: str, nearest_last: bool) -> str | None:
    """The kind the cue words of ``text`` give: the cue nearest the name, i.e. the last
    one in words before it ("le business angel") or the first one after it ("Belfius,
    le bancassureur belge")."""
    best = None
    for pattern, kind in _kind_cues().context:
        for m in pattern.finditer(text):
            if _COMPLEMENT.search(text, 0, m.start()):
                continue  # "les investisseurs historiques de la société": not the name's kind
            key = m.end() if nearest_last else -m.start()
            if best is None or key > best[0]:
                best = (key, kind)
    return best[1] if best else None


# The kind of a name that no word settles ("Partech", "Tiger Global"). In French startup
# press the names listed as investors without any cue are funds far more often than
# anything else (65 of 68 such names in our annotated articles; the others were large
# companies), so such an investor is taken for a fund rather than left unknown.
DEFAULT_KIND = "fund"


def investor_kind(name: str, context: str = "", person: bool = False, apposition: str = "",
                  group: str = "") -> str:
    """fund | corporate | individual | public, from, in this order: the public list; the
    name's own words ("Corporate Ventures", "Capital", "Groupe"); a given name and a
    surname; the descriptor before the name ("le fonds", "le business angel"), the
    apposition after it ("le bancassureur belge"); NER's person for names of two words
    or more; the words that describe its list ("plusieurs business angels, dont"); and
    the default for a name with no cue (DEFAULT_KIND)."""
    if is_public_investor(name):
        return "public"
    cues = _kind_cues()
    name_words = name.replace("-", " ").split()
    for word in name_words:
        if word in cues.decisive:
            return cues.decisive[word]
    found = {cues.name_words[w] for w in name_words if w in cues.name_words}
    for kind in ("fund", "corporate", "public", "individual"):
        if kind in found:
            return kind
    if looks_like_person(name):
        return "individual"
    for text, nearest_last in ((context, True), (apposition, False)):
        kind = _context_kind(text, nearest_last) if text else None
        if kind is not None:
            return kind
    if person and len(name_words) >= 2:
        return "individual"
    # Lists mix kinds ("des investisseurs incluant X, Y"): the list's noun comes last.
    kind = _context_kind(group, False) if group else None
    return kind or DEFAULT_KIND


def _names_an_investor(name: str) -> bool:
    """A name whose own words make it a fund or a public funder ("Orion Capital",
    "Selva Ventures", "Bpifrance")."""
    if is_public_investor(name):
        return True
    cues = _kind_cues()
    return any(cues.decisive.get(w) == "fund" or cues.name_words.get(w) == "fund"
               for w in name.replace("-", " ").split())
