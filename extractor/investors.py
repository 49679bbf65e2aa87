"""Investors of a funding round, read from French sentences.

Pure functions over plain text: names are runs of capitalised words, lists are
split on ", ", " et ", " ou ", " ainsi que " (parentheses are items of their own);
cues ("mené par", "aux côtés de", "dont") open a list, participation verbs
("remettent au pot", "participent") close one. ``find_investors`` runs these stages
over one sentence, each a function testable on a short French sentence:

- ``sentence_cues``: list openers (lexicon cues, "Parmi les investisseurs figurent :",
  field labels, copulas) and participation verbs (with their other tenses);
- ``lists_after_cues``: the list each cue governs, if the cue opens one here (weak
  cues need money or a round spoken of; a lead participle must describe the round);
- ``names_before_relative_verbs``: "X, qui mène le tour";
- ``subjects_of_verbs``: "X et Y ont participé", unless the verb is about
  something else ("investit dans l'IA", "mène la danse");
- ``names_described_as_investors``: "X et Y, deux fonds d'investissement", "le fonds Z";
- ``leads_named_by_role``, ``investors_speaking``, ``bullet_line_investors``;
- ``excluded_clauses``: sellers and advisers (and banks placing shares), clause by
  clause; ``speaker_spans``: the person quoted after "», explique X, PDG de Y".
``parse_list`` splits a list into names (``_ListReader``), ``lead_marker`` /
``existing_marker`` mark them, ``investor_kind`` gives their kind.
Lexicons live in extractor/data (investor_*.tsv / .txt, public_investors.txt).
"""

import re
from dataclasses import dataclass
from functools import cache

from extractor.investor_kinds import (
    _AN_AMOUNT,
    _OTHER_ROUND,
    _names_an_investor,
    existing_marker,
    lead_marker,
)
from extractor.investor_lists import Found, _segments, parse_list
from extractor.investor_names import (
    PREPOSITIONS,
    Token,
    _clean_name,
    _function_words,
    _has,
    _not_names,
    _phrase_pattern,
    _regex,
    fold,
    is_name_word,
    looks_like_person,
    name_runs,
    phrase_regex,
    tokenize,
)
from extractor.lexicon import table, words

# ---------------------------------------------------------------- lexicons


@cache
def _cue_table() -> tuple[re.Pattern, dict[str, str]]:
    rows = table("investor_cues.tsv")
    roles = {fold(r[0]): r[1] for r in rows}
    return phrase_regex([r[0] for r in rows], adverbs=True), roles


# Auxiliaries of the passé composé and the tenses the press tells past rounds in:
# "ont participé" is also said "avaient participé", "auraient participé".
_AUXILIARY_TENSES = {"a": ("avait", "aurait", "aura"), "ont": ("avaient", "auraient", "auront"),
                     "est": ("était",), "sont": ("étaient",)}


def with_other_tenses(phrase: str) -> list[str]:
    """A verb phrase and its forms with the auxiliary in other tenses: "a mené" ->
    "avait mené", "aurait mené", "aura mené"."""
    first, _, rest = phrase.partition(" ")
    return [phrase] + [f"{aux} {rest}" for aux in _AUXILIARY_TENSES.get(first, ()) if rest]


def with_simple_tenses(phrase: str) -> list[str]:
    """A verb phrase in the present and its first verb in the other simple tenses the
    press tells rounds in: "participent au tour" -> "participaient au tour",
    "participeront au tour", "participeraient au tour". The forms are built from the
    present's stem (3rd person "-e" / "-ent"; the plural's stem gives both imperfects,
    "investissent" -> "investissait"); a form that French does not have ("prennaient")
    is harmless, it never occurs. A stem in "è" gives the imperfect in "e" and "é"
    ("mènent" -> "menaient", "complètent" -> "complétaient")."""
    first, _, rest = phrase.partition(" ")
    tail = f" {rest}" if rest else ""
    if not first.isalpha():
        return [phrase]
    if first.endswith("ent") and len(first) > 4:
        stem, endings, futures = first[:-3], ("ait", "aient"), ("eront", "eraient")
    elif first.endswith("e") and len(first) > 3:
        stem, endings, futures = first[:-1], ("ait",), ("era", "erait")
    else:
        return [phrase]
    stems = [stem] + ([stem.replace("è", "e"), stem.replace("è", "é")] if "è" in stem else [])
    # "finance" -> "finançait", "engage" -> "engageait": the consonant keeps its sound before "a".
    imperfect_stems = [s[:-1] + "ç" if s.endswith("c") else s + "e" if s.endswith("g") else s for s in stems]
    out = [phrase] + [f"{s}{e}{tail}" for s in imperfect_stems for e in endings]
    out += [f"{stem}{e}{tail}" for e in futures]
    return list(dict.fromkeys(out))


def with_infinitive(carrier: str, infinitive: str) -> str:
    """A semi-auxiliary and its infinitive, "de" elided before a vowel or a mute h:
    ("vient de", "investir") -> "vient d'investir"; ("va", "mener") -> "va mener"."""
    if carrier.endswith(" de") and re.match(r"[aeiouyhéèêâîôû]", infinitive, re.IGNORECASE):
        return f"{carrier[:-3]} d'{infinitive}"
    return f"{carrier} {infinitive}"


@cache
def _verb_forms() -> tuple[tuple[str, str], ...]:
    """Every participation verb form with its role: the lexicon's phrases in their
    other tenses, and the infinitives after a semi-auxiliary ("vient d'investir",
    "ont décidé de participer", "va mener")."""
    return _lexicon_verb_forms() + _infinitive_verb_forms()


@cache
def _lexicon_verb_forms() -> tuple[tuple[str, str], ...]:
    out = []
    for phrase, role in table("investor_participation_verbs.tsv"):
        out += [(f, role) for tense in with_other_tenses(phrase) for f in with_simple_tenses(tense)]
    return tuple(out)


@cache
def _infinitive_verb_forms() -> tuple[tuple[str, str], ...]:
    out = []
    for carrier in words("investor_semi_auxiliaries.txt"):
        for tense in with_other_tenses(carrier):
            out += [(with_infinitive(tense, infinitive), role)
                    for infinitive, role in table("investor_participation_infinitives.tsv")]
    return tuple(out)


@cache
def _verb_table() -> tuple[re.Pattern, dict[str, str]]:
    roles: dict[str, str] = {}
    for form, role in _verb_forms():
        roles.setdefault(fold(form), role)
    # Lexicon phrases allow two words inside ("fait en revanche son entrée"); a
    # semi-auxiliary only an adverb before its infinitive: "va pouvoir financer son
    # lancement" is the company's own spending, "vient aussi d'investir" a share.
    gapped = phrase_regex([f for f, _ in _lexicon_verb_forms()], gaps=True)
    return re.compile(f"{_infinitive_pattern()}|{gapped.pattern}", re.IGNORECASE), roles


_ONE_ADVERB = r"\s+(?:(?:\w+ment|aussi|déjà|également|encore)\s+)?"


def _infinitive_pattern() -> str:
    """The semi-auxiliaries and their infinitives as one factored regex (the two lists
    multiplied out would make a regex slow to build): carrier, "de" / "d'" or "à" as the
    carrier wants, infinitive; one adverb may come between words."""
    def alt(phrases) -> str:
        return "|".join(_phrase_pattern(p).replace(r"\s+", _ONE_ADVERB) for p in sorted(set(phrases), key=len, reverse=True))

    carriers = [t for c in words("investor_semi_auxiliaries.txt") for t in with_other_tenses(c)]
    with_de = [c[:-3] for c in carriers if c.endswith(" de")]
    with_a = [c[:-2] for c in carriers if c.endswith(" à")]
    bare = [c for c in carriers if not c.endswith((" de", " à"))]
    infinitives = alt(i for i, _ in table("investor_participation_infinitives.tsv"))
    return (rf"(?<![\w-])(?:(?:{alt(with_de)}){_ONE_ADVERB}(?:de\s+|d['’])|(?:{alt(with_a)}){_ONE_ADVERB}à\s+"
            rf"|(?:{alt(bare)}){_ONE_ADVERB})(?:{infinitives})(?![\w-])")


# Words that only carry a verb phrase: the key word of "a participé" is "participé".
_CARRIER_WORDS = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "est", "sont",
                            "était", "étaient", "été", "se", "s", "le", "la", "les", "l", "au", "à", "de", "du"})
_WORD = re.compile(r"[\w-]+")


@cache
def _verb_key_words() -> frozenset[str]:
    """One word of each participation verb form that a sentence must hold for the form
    to occur in it ("participé" for "ont participé"): a set test before the regex spares
    most sentences, which speak of something else, the cost of the whole alternation."""
    keys = set()
    for form, _ in _verb_forms():
        words_ = [w.lower() for w in _WORD.findall(form)]
        keys.add(next((w for w in words_ if w not in _CARRIER_WORDS), words_[0]))
    return frozenset(keys)


def participation_verbs(sentence: str) -> list[re.Match]:
    """Every match of a participation verb form in ``sentence``."""
    if _verb_key_words().isdisjoint(_WORD.findall(sentence.lower())):
        return []
    return list(_verb_table()[0].finditer(sentence))


# ---------------------------------------------------------------- sentences


# A spaced dash opens an aside: "mené par X et Y – Z y a aussi pris part –".
_CLAUSE_START = re.compile(r"[:;?!«»“”\"]|\s[–—]\s|(?<!\w)(?:tandis\s+que|alors\s+que|mais|tout\s+comme|puis)(?!\w)")


_MONEY_FONDS = re.compile(r"(?<!\w)(?:levées?|lever|collectes?|collecter|recherches?|appels?|afflux)\s+de\s+fonds(?!\w)",
                          re.IGNORECASE)


def _investor_noun_before(text: str) -> bool:
    """Going back from a gated cue ("dont"), is the nearest listed noun an investor
    noun ("investisseurs, dont") rather than customers ("clients, dont")?"""
    investor = _regex("investor_nouns.txt")
    customer = _regex("customer_nouns.txt")
    # "levées de fonds", "collecte de fonds": money, not funds that invest.
    text = _MONEY_FONDS.sub(lambda m: "_" * len(m.group()), text)
    last_inv = max((m.end() for m in investor.finditer(text)), default=-1)
    last_cust = max((m.end() for m in customer.finditer(text)), default=-1)
    last_verb = max((m.end() for m in participation_verbs(text)), default=-1)
    # "mené par X, auquel se sont joints plusieurs industriels, dont Y": a list opened
    # by a cue is a list of investors, whatever its nouns.
    cue_pattern, cue_roles = _cue_table()
    # Not "la ville compte d'autres initiatives comme X", nor "accueille" without the
    # capital after it: those open a list only with a round or the capital said.
    last_cue = max((m.end() for m in cue_pattern.finditer(text) if fold(m.group()) not in ("par", "via") and (
                    _role(m.group(), cue_roles) not in ("gated", "round", "capital")
                    or _role(m.group(), cue_roles) == "capital" and _INTO_CAPITAL.search(text, m.end()))
                    # "pour accélérer auprès de ses clients, comme X": a cue of another verb
                    and not (_role(m.group(), cue_roles) == "weak"
                             and _CUE_OF_ANOTHER_VERB.search(text[max(0, m.start() - 80):m.start()]))),
                   default=-1)
    if last_cue >= 0 and not re.search(r"(?<!\w)(?:qui|que|qu['’])", text[last_cue:], re.IGNORECASE):
        return True
    return max(last_inv, last_verb) > last_cust


@dataclass(frozen=True)
class _Cues:
    """The lexicon phrases found in one sentence."""

    cues: list[re.Match]  # list openers ("mené par", "aux côtés de", "dont")
    verbs: list[re.Match]  # participation verbs with their subject before them
    relative_verbs: list[re.Match]  # every verb match, also those after "qui"


# A fund raising money for itself: its subscribers invest in the fund, not in a round.
_FUND_OWN_RAISE = re.compile(
    r"(?<!\w)(?:levée|closing|collecte|lève|levé|boucle|bouclé)(?!\w)[^.;«»]{0,60}?(?<!\w)pour\s+(?:son|leur|un|le|ce)\s+"
    r"(?:(?:nouveau|premier|deuxième|second|troisième)\s+)?fonds(?!\w)"
    r"|(?<!\w)(?:le|son|ce)\s+(?:nouveau\s+)?fonds\s+(?:[^\s,]+\s+){0,3}?(?:est|a\s+été)\s+(?:également\s+|aussi\s+)?"
    r"(?:soutenu|souscrit|abondé)(?!\w)", re.IGNORECASE)


# Thanks addressed to names: "Nous remercions X et Y", "Merci à nos investisseurs X, Y",
# with the investors' noun group when there is one.
_THANKS = re.compile(
    r"(?<!\w)(?i:remerci(?:e|ent|ons|er|é|ée|és)|merci\s+(?:à|aux|au)|reconnaissance\s+(?:à|envers))"
    r"(?:\s+(?:chaleureusement|vivement|sincèrement|tout\s+particulièrement|également|aussi))*\s+"
    r"(?:(?P<group>(?:nos|ses|leurs|les|tous\s+(?:nos|ses|leurs|les))\s+(?:[^\W\d_A-ZÀ-Ý][\w'’-]*\s+){0,2}?"
    r"(?P<noun>[^\W\d_A-ZÀ-Ý][\w'’-]*)(?:\s+(?!et\s|ainsi\s)[^\W\d_A-ZÀ-Ý][\w'’-]*){0,2}?)\s*[,:]?\s*)?"
    r"(?=[A-Z0-9])")
_THANKED_INVESTORS = re.compile(r"(?<!\w)(?:investisseu|actionnaire|fonds|financeu|bailleu|souscripteu|business\s+angel"
                                r"|family\s+office|partenaires\s+financiers)", re.IGNORECASE)
# What the thanks are for, when it tells money: "pour leur soutien financier", "pour leur investissement".
_THANKED_FOR_MONEY = re.compile(
    r"(?<!\w)(?:pour|de)\s+(?:leur|son|sa|ses)\s+(?:(?:soutien|engagement|appui|confiance)\s+financier"
    r"|investissement|participation|apport|financement)", re.IGNORECASE)


def thanked_investors(sentence: str, offset: int = 0) -> list[Found]:
    """Names thanked in a round's story: "Nous remercions nos investisseurs X et Y",
    "merci à X et Y pour leur soutien dans cette levée". Thanks to clients,
    partners or teams ("nos clients X et Y") name no investor; thanks to bare names
    count only when what they are thanked for is the round or the money ("pour leur
    soutien dans cette levée", "pour leur investissement"), not "pour son aide"."""
    found: list[Found] = []
    for m in _THANKS.finditer(sentence):
        rest = sentence[m.end():]
        if m.group("group"):
            if not _THANKED_INVESTORS.search(m.group("group")):
                continue  # "nos clients X et Y", "nos partenaires X": not investors
        elif not (_round_told(rest) or _THANKED_FOR_MONEY.search(rest)):
            continue
        found.extend(parse_list(rest, offset + m.end(), cue=m.group(), context=m.group("group") or ""))
    return found


# The investors of the company named by a copula after a relative clause: "les
# investisseurs qui ont financé Vorta sont X et Y", "ses actionnaires qui ont misé sur Z étaient W".
_BACKERS_ARE = re.compile(
    r"(?<!\w)(?:les|ses|leurs)\s+(?:premiers\s+|principaux\s+|tout\s+premiers\s+)?"
    r"(?:investisseurs|business\s+angels|actionnaires|financeurs|fonds)\s+"
    r"qui\s+(?:ont|avaient)\s+(?:d['’]abord\s+|déjà\s+|alors\s+)?"
    r"(?:soutenu|financé|accompagné|misé\s+sur|cru\s+en|investi\s+dans|participé\s+à)"
    r"[^,;:.!?«»]{0,40}?\s+(?:sont|étaient|furent)\s+", re.IGNORECASE)


def backers_named_by_copula(sentence: str, offset: int = 0) -> list[Found]:
    """"Les premiers investisseurs qui ont soutenu Vorta sont X, Y et Z": the list after the copula."""
    found: list[Found] = []
    for m in _BACKERS_ARE.finditer(sentence):
        found.extend(parse_list(sentence[m.end():], offset + m.end(), cue=m.group(), context=m.group()))
    return found


# Investors teaming up to fund: "X s'associe à Y pour investir", "X s'allie avec Y pour
# financer la société".
_TEAMING_UP = re.compile(
    r"(?<!\w)(?:s['’]\s*(?:associe|associent|allie|allient|est\s+associée?|est\s+alliée?|sont\s+associés|sont\s+alliés)"
    r"|se\s+sont\s+(?:associés|alliés))\s+(?:à|au|aux|avec)\s+", re.IGNORECASE)
_TO_FUND = re.compile(r"\s*(?:,\s*)?pour\s+(?:co-?)?(?:investir|financer|soutenir|mener|participer|injecter|apporter|"
                      r"lever|boucler)(?!\w)", re.IGNORECASE)


def investors_teaming_up(sentence: str, offset: int = 0) -> list[Found]:
    """"Orion s'associe à Selva pour investir 5 millions dans Vorta": both sides fund;
    "Orion s'associe à Selva pour distribuer ses produits" is a partnership."""
    found: list[Found] = []
    for m in _TEAMING_UP.finditer(sentence):
        partners = parse_list(sentence[m.end():], offset + m.end(), cue=m.group())
        if not partners or not _TO_FUND.match(sentence, partners[-1].end - offset):
            continue
        start = _subject_start(sentence[:m.start()])
        # "Pour ce tour, X s'associe à Y": past an opening complement.
        opening = re.match(r"\s*(?:pour|dans|lors|sur|avec|en|à)\s[^,]{0,60},\s*", sentence[start:m.start()], re.IGNORECASE)
        if opening:
            start += opening.end()
        found.extend(parse_list(sentence[start:m.start()], offset + start, cue=m.group()) + partners)
    return found


# Every investor's name holds a capital letter ("Bpifrance", "eFounders"): a sentence
# whose only capital opens a function word ("Elle", "Cette", "L'") names nobody.
_NO_CAPITAL_AFTER_FIRST_WORD = re.compile(r"([^\W\d_]+)\b[^A-ZÀ-ÖØ-ÞŒ]*\Z")


def _names_nobody(sentence: str) -> bool:
    m = _NO_CAPITAL_AFTER_FIRST_WORD.match(sentence.lstrip())
    return m is not None and m.group(1).lower() in _function_words()


def find_investors(sentence: str, offset: int = 0) -> list[Found]:
    """Investors named in one sentence, with lead / existing flags.

    Three stages, each over the cue phrases found in the sentence:
    lists after cues ("menée par", "aux côtés de", "dont" after investor nouns), the
    name before "qui" + a funder's verb ("l'agence X, qui lui attribue"), and the
    subjects of participation verbs ("X et Y remettent au pot", "Z fait son entrée").
    Sentences about sellers or advisers give none.
    """
    if _names_nobody(sentence):
        return []
    if _FUND_OWN_RAISE.search(sentence):
        return []  # "une collecte de 45 M€ pour son fonds X auprès de Y": Y invests in the fund
    cues = sentence_cues(sentence)
    found = (lists_after_cues(sentence, offset, cues)
             + names_before_relative_verbs(sentence, offset, cues)
             + subjects_after_relative_verbs(sentence, offset, cues)
             + subjects_of_verbs(sentence, offset, cues)
             + names_described_as_investors(sentence, offset)
             + leads_named_by_role(sentence, offset)
             + bullet_line_investors(sentence, offset)
             + thanked_investors(sentence, offset)
             + investors_teaming_up(sentence, offset)
             + backers_named_by_copula(sentence, offset))
    # The person quoted and the title after "», explique X, PDG de Y" speak; they do not
    # invest (only an investor's own words, read by ``investors_speaking``, name a firm).
    speakers = speaker_spans(sentence)
    found = [f for f in found if not any(a <= f.start - offset < b for a, b in speakers)]
    found += investors_speaking(sentence, offset)
    excluded = excluded_clauses(sentence) + portfolio_spans(sentence)
    found = [f for f in found if not any(a <= f.start - offset < b for a, b in excluded)]
    return _merge(found)


# What an investor has backed before: "qui a notamment investi dans", "connu pour avoir
# financé", "dont le portefeuille compte", "ayant déjà soutenu".
_PORTFOLIO = re.compile(
    r"(?<!\w)(?:(?:qui\s+(?:a|ont|avait|avaient)|ayant|pour\s+avoir|après\s+avoir|déjà)\s+"
    r"(?:(?:\w+ment|déjà|aussi|également|par\s+le\s+passé|entre\s+autres)\s+)*"
    r"(?:investi\s+dans|financé|soutenu|accompagné|misé\s+sur|parié\s+sur|(?:co-?)?mené\s+les\s+tours\s+de)"
    r"|présente?s?\s+au\s+capital\s+(?=de\s|d['’]|du\s)|(?:investisseurs?|fonds|financeurs?)\s+derrière"
    r"|(?:dont|(?:dans|parmi)\s+(?:son|leur|ses|leurs))\s+(?:le\s+|les\s+)?(?:portefeuilles?|participations)"
    r"(?:\s+(?:comptent|compte|comprend|comprennent|inclut|incluent|figurent|figure))?)"
    r"(?!\s+par)(?:\s+(?:\w+ment|déjà|aussi|également|entre\s+autres))*\s*[,:]?\s*", re.IGNORECASE)


def portfolio_spans(sentence: str) -> list[tuple[int, int]]:
    """The names an investor has backed before, listed after "qui a investi dans",
    "dont le portefeuille compte": companies of its portfolio, not investors of this
    round (as (start, end) offsets of the list)."""
    # "qui compte X et Y parmi ses participations": the names before the portfolio.
    spans = [(m.start(), m.end()) for m in _COUNTS_IN_PORTFOLIO.finditer(sentence)]
    for m in _PORTFOLIO.finditer(sentence):
        rest = sentence[m.end():]
        listed = parse_list(rest)
        if not listed or listed[0].start > 3:
            continue
        end = listed[0].end
        # Only the names joined by bare commas and "et": "..., et de Y" or "sont Y"
        # go back to the sentence's own list.
        for f in listed[1:]:
            if not _PORTFOLIO_JOINER.fullmatch(rest[end:f.start]):
                break
            end = f.end
        spans.append((m.start(), m.end() + end))
    return spans


_COUNTS_IN_PORTFOLIO = re.compile(
    r"(?<!\w)(?:compte|comptent|détient|détiennent|possède|possèdent)\s+[^,;:.()]{1,80}?\s+(?:parmi|dans)\s+"
    r"(?:ses|son|leurs?)\s+(?:participations|portefeuilles?|lignes)(?!\w)", re.IGNORECASE)
_PORTFOLIO_JOINER = re.compile(r"\s*(?:,\s*(?:et\s+|ou\s+)?|et\s+|ou\s+)", re.IGNORECASE)


# A sentence whose subject points back at the names just listed: "Cette liste ...",
# "Ces sept groupes ...", "Tous ...", "L'ensemble de ces fonds ...".
_POINTS_BACK_AT_A_LIST = re.compile(
    r"\s*(?:cette\s+liste|ces\s+(?:[\w-]+\s+){0,2}?(?:noms|groupes|entreprises|acteurs|géants|sociétés|fonds"
    r"|investisseurs|industriels)|tous|toutes|l['’]ensemble\s+de\s+ces\s+[\w-]+)(?!\w)", re.IGNORECASE)
# Investors named in an earlier sentence, then listed: "... auprès d'autres co-investisseurs.
# Ces derniers réuniraient X, Y et Z".
_ANAPHOR_THEN_LIST = re.compile(
    r"(?<!\w)(?:ces\s+derniers|ceux-ci|ces\s+(?:co-?)?investisseurs|ces\s+fonds)\s+(?:\w+ment\s+)?"
    r"(?:réuni\w*|compt\w*|inclu\w*|compren\w*|regroup\w*|sont|seraient|seront|étaient)\s+(?=[A-Z])",
    re.IGNORECASE)


# "investisseurs", "co-investisseurs", "actionnaires", "souscripteurs" ... in any form.
_INVESTOR_WORD = re.compile(r"investisseu|actionnaire|souscripteu|financeu|business\s+angel", re.IGNORECASE)


def _only_names(text: str) -> bool:
    """Is ``text`` a bare list of two names or more ("X, Y, Z et W.")?"""
    tokens = tokenize(text.strip().rstrip("."))
    names = [t for t in tokens if t.text not in (",", "&") and t.lower != "et"]
    return (len(tokens) > 2 and all(is_name_word(t) or t.text in ("&", "-") for t in names)
            and any(t.text == "," or t.lower == "et" for t in tokens))


def investors_named_before(previous: str, previous_offset: int, sentence: str, offset: int = 0) -> list[Found]:
    """Investors of a sentence that names them by pointing back at the one before it:
    a bare list of names, then "Cette liste est celle des nouveaux investisseurs de
    Vorta"; "... auprès d'autres investisseurs. Ces derniers réuniraient X et Y"."""
    if not previous:
        return []
    investor_noun = _regex("investor_nouns.txt")
    if (_POINTS_BACK_AT_A_LIST.match(sentence) and _only_names(previous)
            and (investor_noun.search(sentence) or participation_verbs(sentence))
            and financing_spoken_of(sentence)):
        return parse_list(previous, previous_offset)
    m = _ANAPHOR_THEN_LIST.search(sentence)
    if m and _INVESTOR_WORD.search(previous):
        return parse_list(sentence[m.end():], offset + m.end())
    return []


@cache
def _inverted_speech_verb() -> re.Pattern:
    """A speech verb put after the words it reports, its speaker after it: "», explique",
    ", a rappelé", ", estime-t-il" is no name."""
    forms = set()
    for row in table("speech_verbs.tsv"):
        if row[0].startswith("se ") or len(row) < 3:
            continue
        present, participle = row[1], row[2]
        plural = row[3] if len(row) > 3 and row[3] else (present + "nt" if present.endswith("e") else "")
        forms.update(f for f in (present, plural, f"a {participle}", f"ont {participle}",
                                 f"avait {participle}") if f)
    forms.update(words("investor_source_verbs.txt"))
    verbs = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    # "», indique à Jeune Tech, Paul Girard": a medium may come between verb and speaker.
    return re.compile(rf"(?:[,»”\"]|\s[-–—])\s*(?:{verbs})(?:\s+(?:à|au|aux)\s+[^,;.«»]{{1,40}}?\s*,)?\s+(?=[A-Z])")


# Where a speaker's name and title end: "..., précise X, directeur financier de Y, qui ..."
_SPEAKER_END = re.compile(r"[;«“\"]|,?\s*(?<!\w)(?:qui|dont|lequel|laquelle)(?!\w)|(?<=[.!?])\s")


def speaker_spans(sentence: str) -> list[tuple[int, int]]:
    """The spans of a sentence that name a speaker after an inverted speech verb, with
    the speaker's title: "« Le marché repart », estime Jeanne Roux, PDG de Vorta"."""
    spans = []
    for m in _inverted_speech_verb().finditer(sentence):
        end = _SPEAKER_END.search(sentence, m.end())
        spans.append((m.end(), end.start() if end else len(sentence)))
    return spans


# Where a clause of a sentence starts: punctuation that closes one, or a conjunction
# after a comma ("..., tandis que X a cédé ses titres"); not ", et", which may join the
# subjects of the selling verb ("le fonds X, entré en 2019, et les salariés cèdent").
_CLAUSE_BOUNDARY = re.compile(
    r"[;:()—–«»]|,\s*(?=(?:tandis|alors|mais|quant|tout\s+en|avec)(?!\w))|(?<!\w)(?=tandis\s+que|alors\s+que)"
    r"|,\s*(?=(?:[\w'’-]+\s+){0,3}?(?:étant|ayant)(?!\w))|,\s*(?=(?-i:[^\W\d_A-Z]+)(?:é|ée|és|ées)\s+par(?!\w))",
    re.IGNORECASE)  # (?-i:): under IGNORECASE "[^A-Z]" would refuse lower-case letters too


# Selling shares, in any tense, whatever is sold: "a cédé ses titres", "vendent une
# partie de leurs actions", "céder sa participation", "sort du capital".
_SELLING = re.compile(
    r"(?<!\w)(?:c[èé]d\w*|vend(?!redi)\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:actions|titres|parts|participations?|stakes?)(?!\w)"
    r"|(?<!\w)(?:sort\w*|sorti\w*|se\s+retir\w*|s['’]est\s+retir\w*)\s+(?:\w+ment\s+)?du\s+capital(?!\w)",
    re.IGNORECASE)


def excluded_clauses(sentence: str) -> list[tuple[int, int]]:
    """The clauses of a sentence that speak of sellers of shares or advisers (their
    names are no investors), as (start, end) offsets; the other clauses keep theirs:
    "Orion mène le tour, tandis que Selva a cédé une partie de ses titres"."""
    hits = sorted([m.start() for m in _regex("investor_exclusion_cues.txt").finditer(sentence)]
                  + [m.start() for m in _SELLING.finditer(sentence)])
    if not hits:
        return []
    boundaries = list(_CLAUSE_BOUNDARY.finditer(sentence))
    cuts = [0] + [m.end() for m in boundaries] + [len(sentence)]
    spans = list(zip(cuts, cuts[1:]))
    excluded = [(a, min([b] + _investor_cues_after(sentence, a, b, hits)))
                for a, b in spans if any(a <= h < b for h in hits)]
    # A parenthesis gives the role of the names before it: "menée par X et Y (chefs de
    # file et teneurs de livre)" excludes the clause that lists X and Y.
    in_brackets = [h for h in hits if _inside_brackets(sentence, h)]
    if in_brackets:
        outer = [0] + [m.end() for m in boundaries if m.group() not in "()"] + [len(sentence)]
        excluded += [(a, b) for a, b in zip(outer, outer[1:]) if any(a <= h < b for h in in_brackets)]
    return excluded


def _investor_cues_after(sentence: str, start: int, end: int, hits: list[int]) -> list[int]:
    """Where a list of investors opens in a clause after its adviser or seller words:
    "conseillée par Kappa lors de cette levée auprès d'Orion" keeps Orion."""
    cue_pattern, cue_roles = _cue_table()
    first_hit = min(h for h in hits if start <= h < end)
    return [m.start() for m in cue_pattern.finditer(sentence, first_hit, end)
            if _role(m.group(), cue_roles) in ("lead", "weak") and m.start() > first_hit
            and _cue_opens_list(sentence, m, _role(m.group(), cue_roles))]


def _inside_brackets(text: str, i: int) -> bool:
    """Is position ``i`` of ``text`` inside a parenthesis?"""
    return text.rfind("(", 0, i) > text.rfind(")", 0, i)


@cache
def _investor_descriptor_patterns() -> tuple[re.Pattern, re.Pattern]:
    nouns = "|".join(_phrase_pattern(n)
                     for n in sorted(words("investor_describing_nouns.txt"), key=len, reverse=True))
    # "X, le fonds d'investissement parisien," / "X et Y, deux fonds américains,"
    # Case matters: the nouns are lower-case ("le Fonds de solidarité X" is a name).
    apposition = re.compile(rf",\s*(?!(?:et|ou|de|du|des|d['’]|à|au|aux|par|avec|dont|qui|que)(?!\w))"
                            rf"(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})(?!\w)[^,;.:()«»]{{0,60}}")
    # "le fonds américain X", "les fonds d'investissement Y et Z", "l'investisseur X"
    before = re.compile(rf"(?<!\w)(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?:{nouns})(?!\w)(?:\s+(?:d['’]|de\s+)[^\W\d_A-Z][\w-]*)?"
                        r"(?:\s+(?!(?:par|de|du|des|d['’]|à|au|aux|pour|dans|en|sur|avec|chez|qui|que|et|ou)(?!\w))"
                        r"[^\W\d_A-Z][\w-]*){0,2}\s+(?=[A-Z0-9])")
    return apposition, before


def names_described_as_investors(sentence: str, offset: int = 0) -> list[Found]:
    """Names the sentence describes as investors while it tells a round, whatever its
    verb: "X et Y, deux fonds d'investissement américains, entrent au capital en
    participant ...", "le fonds Z, leur souscripteur", "on y retrouve le fonds W"."""
    apposition, before = _investor_descriptor_patterns()
    found: list[Found] = []
    for m in before.finditer(sentence):
        rest = sentence[m.end():]
        if not _round_told(sentence[:m.start()] + " " + rest) or _GIVEN_TO_THEM.search(m.group()):
            continue
        items = parse_list(rest, offset + m.end(), context=m.group())
        items = items[:1] if not re.match(r"les\s", m.group(), re.IGNORECASE) else items
        for f in items:
            # "le fonds d'investissement X": the noun right before the name gives its kind.
            f.context = f.context or m.group()
        found.extend(items)
    for m in apposition.finditer(sentence):
        head = sentence[:m.start()]
        # "X, chef de file de l'opération, est rejoint par Y": the apposition tells the round.
        leads_the_round = lead_marker(m.group()) and _ROUND_WORDS.search(m.group()) is not None
        if not (leads_the_round or _round_told(head + " " + sentence[m.end():])) \
                or re.search(r"(?<!\w)(?:chez|de|d['’]|du)\s+[A-Z]", m.group()):
            continue
        if _person_role_apposition(m.group()) and not lead_marker(m.group()):
            continue  # "Jeanne Roux, fondatrice d'un fonds d'investissement": she works there
        tokens = tokenize(head)
        runs = name_runs(tokens)
        if not runs or runs[-1][1] != len(tokens):
            continue
        i, j = runs[-1]
        if j - i == 1 and len(tokens[i].text) == 1:
            continue
        # The name just before the apposition, or the names listed right before a plural
        # one: "X, le fonds ...", "X et Y, deux fonds ...".
        named = [(i, j)]
        if _PLURAL_APPOSITION.match(m.group()):
            named = _names_listed_before(tokens, runs)
        items = [Found(name=_clean_name(head[tokens[a].start:tokens[b - 1].end]), start=offset + tokens[a].start,
                       end=offset + tokens[b - 1].end, context=head[max(0, tokens[a].start - 40):tokens[a].start])
                 for a, b in named]
        for f in items:
            f.apposition = (f.apposition + " " + m.group()).strip()
            if lead_marker(m.group()):
                f.lead = True
        found.extend(items)
    return found


@cache
def _person_role_nouns() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in table("person_nouns.tsv"))


def _person_role_apposition(apposition: str) -> bool:
    """An apposition that gives a person's role at a fund ("fondatrice d'un fonds",
    "associé du fonds"): the name before it is a person working there, not the investor."""
    first = re.match(r"[,\s]*(?:l['’]|le\s+|la\s+|un\s+|une\s+|sa\s+|son\s+)?(?:ancienn?e?\s+|ex-?)?([\w-]+)", apposition)
    return first is not None and fold(first.group(1)) in _person_role_nouns()


def _names_listed_before(tokens: list[Token], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name runs ending ``tokens`` that only commas and "et" separate: "... pour X,
    Y et Z" -> X, Y, Z."""
    listed = [runs[-1]]
    for i, j in reversed(runs[:-1]):
        between = [t.lower for t in tokens[j:listed[0][0]]]
        if not between or not all(w in (",", "et") for w in between):
            break
        listed.insert(0, (i, j))
    return listed


_PLURAL_APPOSITION = re.compile(r",\s*(?:deux|trois|quatre|cinq|des|les|plusieurs|tous)\s")


# An investor speaking of the round in the first person: "« Nous sommes ravis
# d'accompagner Vorta », déclare Paul Girard, associé chez Orion".
_WE_INVEST = re.compile(
    r"(?<!\w)(?:nous|notre|nos)(?!\w)[^«»“”\"]{0,80}?(?<!\w)(?:accompagner|investir|soutenir|mener|co-mener|participer|"
    r"rejoindre|menons|investissons|soutenons|accompagnons|participons|rejoignons|avons\s+(?:mené|investi|décidé\s+d['’]investir))"
    r"(?!\w)", re.IGNORECASE)
_INVESTOR_TITLE = re.compile(
    r",\s*(?:(?:managing|general|senior)\s+)?(?:associée?|partner|directeur\s+d['’]investissement|directrice\s+d['’]investissement|"
    r"directeur\s+associé|directrice\s+associée|investment\s+(?:director|manager)|principal|"
    r"directeur\s+des\s+investissements|directrice\s+des\s+investissements)(?:\s+[^\W\d_A-Z][\w-]*){0,2}?"
    r"\s+(?:chez|de\s+la|de\s+l['’]|du|de|d['’])\s*(?=[A-Z0-9])")


def investors_speaking(sentence: str, offset: int = 0) -> list[Found]:
    """The firm of a partner who speaks of investing in the first person: "« Nous sommes
    fiers d'accompagner Vorta », explique Paul Girard, associé chez Orion Capital" -> Orion
    Capital. A founder's "nous" ("fondateur de Vorta") has no investor title."""
    if not _WE_INVEST.search(sentence) or re.search(r"(?<!\w)accompagnée?s?\s+par(?!\w)", sentence):
        return []
    found = []
    for m in _INVESTOR_TITLE.finditer(sentence):
        tokens = tokenize(sentence[m.end():])
        runs = name_runs(tokens)
        if runs and runs[0][0] == 0:
            i, j = runs[0]
            found.append(Found(name=sentence[m.end() + tokens[i].start:m.end() + tokens[j - 1].end],
                               start=offset + m.end() + tokens[i].start, end=offset + m.end() + tokens[j - 1].end,
                               cue=m.group().strip(", ")))
    # "« Nous avons investi dans Vorta », explique Orion Capital": the firm itself speaks;
    # only a name that says it is an investor ("Capital", "Ventures", a public funder),
    # since a company also says "nous investissons dans notre usine".
    for a, _ in speaker_spans(sentence):
        tokens = tokenize(sentence[a:])
        runs = name_runs(tokens)
        if not runs or runs[0][0] != 0:
            continue
        i, j = runs[0]
        name = sentence[a + tokens[i].start:a + tokens[j - 1].end]
        if _names_an_investor(name) and not looks_like_person(name):
            found.append(Found(name=name, start=offset + a + tokens[i].start, end=offset + a + tokens[j - 1].end,
                               cue="nous"))
    return found


# Fields of a round-up's bullet line: "• Vorta — 12 M€ — Série A — Orion (lead), Selva".
_FIELD_SEPARATOR = re.compile(r"\s+[—–|-]\s+|\s*\|\s*")
_AMOUNT_FIELD = re.compile(r"\d[\d\s.,]*\s*(?:(?:k|K|M|Md|Mds)?\s*(?:€|\$|£|CHF)|(?:millions?|milliards?|euros?|dollars?)(?!\w))")


@cache
def _round_label_pattern() -> re.Pattern:
    labels = [row[0] for row in table("round_types.tsv")]
    return re.compile(rf"(?:{'|'.join(_phrase_pattern(p) for p in sorted(labels, key=len, reverse=True))}"
                      r"|s[ée]ries?\s+[A-H])$", re.IGNORECASE)


def bullet_line_investors(line: str, offset: int = 0) -> list[Found]:
    """The names of the last fields of a round-up's bullet line, after the company and
    the amount: "Vorta — 12 M€ — Série A — Orion (lead), Selva" -> Orion (lead), Selva."""
    cuts = list(_FIELD_SEPARATOR.finditer(line))
    if len(cuts) < 2:
        return []
    starts = [0] + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [len(line)]
    fields = list(zip(starts, ends))
    money = next((k for k, (a, b) in enumerate(fields) if _AMOUNT_FIELD.search(line[a:b])), None)
    if money is None or money == 0:
        return []
    found: list[Found] = []
    for a, b in fields[money + 1:]:
        text = line[a:b].strip(" .;")
        tokens = tokenize(text)
        if not tokens or not is_name_word(tokens[0]) or _round_label_pattern().match(text):
            continue
        found.extend(parse_list(line[a:b], offset + a))
    return found


def _round_told(text: str) -> bool:
    """Does the sentence tell a round (an amount, a round noun, a raise or an entry into
    the capital), leaving aside the words that describe the investor and the names
    ("Orion Capital" says nothing of a round)?"""
    text = re.sub(r"(?<![\w-])(?!S[ée]ries?\b)[A-Z][\w-]*", "", text)
    return _ROUND_WORDS.search(text) is not None or _ENDS_ON_MONEY.search(text) is not None or re.search(
        r"(?<!\w)(?:lev[ée]\w*|lève\w*|millions?|milliards?|M€|M\$|euros|dollars|capital)(?!\w)", text, re.IGNORECASE
    ) is not None


def _overlapping(pattern: re.Pattern, text: str) -> list[re.Match]:
    """Every match of ``pattern``, also those that start inside another: "réalisée
    avec le concours de X" holds "réalisée avec" and "avec le concours de"."""
    found = []
    for m in pattern.finditer(text):
        found.append(m)
        for word in re.finditer(r"(?<=\s)\S", text[m.start():m.end()]):
            inner = pattern.match(text, m.start() + word.start())
            if inner:
                found.append(inner)
                break
    return sorted(found, key=lambda c: c.start())


def sentence_cues(sentence: str) -> _Cues:
    """The list cues and participation verbs of a sentence; verbs followed by "par"
    (passive), after "qui"/"que" or used as nouns ("la mise") have no subject here."""
    cue_pattern, _ = _cue_table()
    verb_matches = [m for m in participation_verbs(sentence) if not negated(sentence, m.start(), m.end())]
    verbs = [m for m in verb_matches
             if not re.match(r"\s+(?:\w+ment\s+)?par\b", sentence[m.end():])  # "souscrit notamment par"
             and not re.search(r"(?<!\w)(?:qui|que|qu['’]|auquel|auxquels|auxquelles|laquelle|lequel|dont|où)\s*"
                               r"(?:lui\s+|leur\s+|y\s+|en\s+|ont\s+|a\s+)?$", sentence[:m.start()])
             and not (_noun_or_reflexive(sentence[:m.start()]) and not _infinitive(m.group())
                      and not _object_pronoun_before_auxiliary(sentence[:m.start()], m.group()))
             # A capital inside the sentence makes a name of it: "Allegra Finance".
             and not (m.group()[0].isupper() and sentence[:m.start()].strip())]
    # "rejoint par là même", "soutenu par ailleurs": "par" starts an adverb, no agent.
    cues = [m for m in _overlapping(cue_pattern, sentence)
            if not (m.group().endswith("par") and _ADVERB_AFTER_PAR.match(sentence, m.end()))]
    cues += announced_lists(sentence)
    return _Cues(sorted(cues, key=lambda m: m.start()), verbs, verb_matches)


# "ne" / "n'" before a verb (an object pronoun may follow it: "n'y a pas"), and the
# second word of the negation in the verb phrase or right after it.
_NE_BEFORE = re.compile(r"(?<![\w'’])(?:ne|n['’])\s*(?:(?:y|en|lui|leur|se|s['’]|l['’]|la|le|les)\s*)?$", re.IGNORECASE)
_NEGATION_WORD = re.compile(r"(?<!\w)(?:pas|jamais|plus|point|guère|nullement|aucunement)(?!\w)", re.IGNORECASE)


def negated(sentence: str, start: int, end: int) -> bool:
    """Is the verb phrase at ``start:end`` negated? "Bpifrance n'a pas participé au tour",
    "X ne fait plus partie du tour de table": its subject takes no part."""
    if not _NE_BEFORE.search(sentence, 0, start):
        return False
    return _NEGATION_WORD.search(sentence[start:end]) is not None or \
        _NEGATION_WORD.match(sentence[end:end + 20].lstrip()) is not None


_ADVERB_AFTER_PAR = re.compile(r"\s+(?:là|ailleurs|exemple|conséquent|contre|rapport|la\s+suite|définition)(?!\w)",
                               re.IGNORECASE)


@cache
def _announcing_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    nouns = "|".join(_phrase_pattern(n)
                     for n in sorted(words("investor_announcing_nouns.txt"), key=len, reverse=True))
    among = re.compile(
        rf"(?<!\w)parmi\s+(?:les|ses|leurs|nos|ces)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})(?!\w)[^.;:!?«»“”,]{{0,50}}?"
        r"(?:\s*[,:]\s*(?:on\s+(?:re)?trouve|on\s+compte|figurent|figure|citons)?(?!\w)"
        r"|\s+(?:figurent|figure|on\s+(?:re)?trouve|on\s+compte|se\s+trouvent|se\s+trouve|citons|"
        r"comptent|compte)(?!\w)\s*:?)\s*", re.IGNORECASE)
    # "Trois fonds d'investissement privés complètent l'opération : X, Y et Z".
    counts = "|".join(_phrase_pattern(n) for n in words("number_words.txt") if n not in ("un", "une"))
    colon = re.compile(rf"(?<!\w)(?:les|ses|leurs|nos|ces|aux|à|plusieurs|d['’]autres|{counts})\s+"
                       rf"(?:[\w'’-]+\s+)?(?:{nouns})(?!\w)"
                       r"[^.;:!?«»“”,()]{0,70}?:\s*", re.IGNORECASE)
    # "En plus des investisseurs déjà présents (X, Y et Z)": the names between parentheses.
    # Not "trois levées de fonds (X, Y et Z)": companies that raised; "de nouveaux
    # entrants (X)" is a noun group.
    # Case matters: "Provence Business Angels (PBA)" is a name and its acronym.
    # The noun in a noun group ("des investisseurs déjà présents (", "ses actionnaires ("),
    # not a heading's word ("Incitations investisseurs (IR-PME, JEI)").
    parenthesis = re.compile(rf"(?<![\w'’])(?:(?i:les|des|ses|leurs|nos|ces|aux|plusieurs|deux|trois|quatre|d['’]|de(?=\s+nouv))\s*)"
                             rf"(?:[^\W\d_A-ZÀ-Ý][\w'’-]*\s+)?(?:{nouns})(?!\w)(?:\s+[^\W\d_A-ZÀ-Ý][\w'’-]*){{0,3}}?\s*\(\s*(?=[A-Z0-9])")
    return among, colon, parenthesis


# The investor of the round named by a copula: "l'un des nouveaux financeurs de
# l'opération n'est autre que X", "le chef de file du tour est Y", "l'investisseur principal est Z".
_INVESTOR_IS = re.compile(
    r"(?<!\w)(?:l['’]un\s+des\s+|le\s+|la\s+|les\s+|l['’]|(?P<own>ses|leurs|son|sa|nos|notre)\s+)"
    r"(?:principaux\s+|principal\s+|nouveaux\s+|nouvel\s+)?"
    r"(?:investisseurs?|chefs?\s+de\s+file|financeurs?|(?<=s\s)actionnaires)"
    r"(?P<main>\s+principa(?:l|ux))?"
    r"(?P<round>\s+(?:du\s+|de\s+(?:cette|ce|cet|l['’]|la)\s*|d['’]\s*)(?:nouvelle\s+|nouveau\s+|dernière\s+|dernier\s+)?"
    r"(?:levée|tour|opération|financement|série|round)(?:\s+de\s+(?:fonds|table))?)?"
    r"\s+(?:est|sont|n['’]est\s+autre\s+qu?e?|ne\s+sont\s+autres\s+qu?e?|était|étaient)['’]?\s*",
    re.IGNORECASE)


# The lead taken by someone: "le lead de l'opération est assuré par X", "le rôle de chef
# de file a été tenu par Y".
_LEAD_TAKEN_BY = re.compile(
    r"(?<!\w)(?:le\s+rôle\s+de\s+)?(?:le\s+)?(?:lead|co-?lead|chef\s+de\s+file)"
    r"(?:\s+(?:du|de\s+(?:l['’]|la|ce|cette|cet)|d['’])\s*(?:tour|opération|levée|financement|série|round)"
    r"(?:\s+de\s+(?:table|fonds))?)?"
    r"\s+(?:est|a\s+été|sera|était|avait\s+été)\s+(?:assurée?|pris|tenue?|confiée?)\s+(?:par|à)\s+", re.IGNORECASE)


# A field label of a round-up: "Investisseurs : X, Y", "— Lead : Z".
_INVESTOR_LABEL = re.compile(
    r"(?:^|(?<=[—–|•▸■·-])\s*|(?<=[—–|•▸■·-]))\s*(?P<label>[Ii]nvestisseurs?|[Ff]inanceurs?|[Aa]ctionnaires?|[Ll]eads?|"
    r"[Cc]hefs?\s+de\s+file|[Tt]our\s+de\s+table)\s*:\s*")


# A sentence opening on the round or the capital: "Au tour de table, X et Y",
# "Au capital, on retrouve X".
_AT_THE_TABLE = re.compile(r"\s*(?:au|à\s+son|à\s+leur)\s+(?:capital|tour\s+de\s+table)\s*[,:]\s*"
                           r"(?:on\s+(?:re)?trouve\s*(?:aussi\s+|également\s+|notamment\s+)?:?\s*)?", re.IGNORECASE)


# A verb of giving with a dative pronoun: "leur confier", "lui ont apporté".
_GIVEN_TO_THEM = re.compile(r"(?<![\w'’])(?:leur|lui)\s+(?:(?:a|ont|avaient|avait)\s+)?"
                            r"(?:confi|apport|donn|accord|prêt|vers|allou|octroy|inject|fourn|avanc)\w*",
                            re.IGNORECASE)


def announced_lists(sentence: str) -> list[re.Match]:
    """Phrases that announce a list of investors: "Parmi les investisseurs figurent :",
    "Parmi les actionnaires de la société,", "nos investisseurs historiques :"."""
    among, colon, parenthesis = _announcing_patterns()
    found = list(among.finditer(sentence)) + list(_INVESTOR_LABEL.finditer(sentence))
    found += parenthesis.finditer(sentence)
    # Only with the round or "principal" said: "les fonds les plus actifs du trimestre ont été" are a ranking.
    found += [m for m in _INVESTOR_IS.finditer(sentence) if m.group("main") or m.group("round")
              or re.search(r"principa|chef|(?:investisseurs|financeurs)\s+sont\s*$", m.group(), re.IGNORECASE)
              or m.group("own") and re.search(r"(?:investisseurs|financeurs|actionnaires)\s+sont\s*$", m.group())]
    found += _LEAD_TAKEN_BY.finditer(sentence)
    if at_table := _AT_THE_TABLE.match(sentence):
        found.append(at_table)
    # "Deux fonds ont bouclé leur collecte : X et Y" is no round; "les investisseurs :" is one.
    # "convaincre les investisseurs de leur confier 5 M€ : X et Y": the names are those
    # the investors give to, the companies.
    found += [m for m in colon.finditer(sentence) if not any(a.start() <= m.start() < a.end() for a in found)
              and not _GIVEN_TO_THEM.search(m.group())
              and (_ROUND_WORDS.search(m.group()) or re.match(r"(?:les|ses|leurs|nos|ces|aux|à)\s", m.group(),
                                                               re.IGNORECASE))]
    return found


def financing_spoken_of(text: str) -> bool:
    """Does ``text`` speak of money or a funding round ("a levé 3 millions", "le tour")?"""
    return _has("investor_financing_words.txt", text)


# Words between a noun and the participle that describes it: "la société, dirigée par".
_AUXILIARY_OR_ADVERB = re.compile(r"(?:\s*,|\s+(?:est|sont|a|ont|été|était|étaient|sera|seront|"
                                  # an adverb, not a noun of money ("un investissement mené par")
                                  r"(?!\w*(?:investissement|financement|engagement|placement)(?!\w))\w+ment|"
                                  r"aussi|également|notamment|déjà))+\s*$", re.IGNORECASE)
_LAST_WORD = re.compile(r"([\w'’-]+)\s*$")


# "comme" opening a clause: "comme l'a révélé X", "comme le rapporte Y", "comme il l'a dit".
_COMPARATIVE_CLAUSE = re.compile(
    r"\s*(?:(?:l['’]|le\s+|la\s+|les\s+)?(?:a|avait|ont|avaient|aurait|est|était)\s"
    r"|(?:le|l['’])\s*(?:\w+ent|\w+e|\w+it)\s+(?=[A-Z])|(?:il|elle|ils|elles|on|nous|vous|je)\s)", re.IGNORECASE)


_ROUND_LABEL_BEFORE = re.compile(r"(?<!\w)(?:séries?|series|round|tour|levée|ronde)\s+\S{1,3}\s*,\s*$", re.IGNORECASE)
# A name and a comma right before a participle: "le fonds Orion, dirigé par ...".
_RUN_BY_AFTER_A_NAME = re.compile(r"(?<![\w'’])[A-Z][\w'’&-]*\s*,\s*$")


def led_thing_is_not_a_round(before: str) -> bool:
    """"la société dirigée par X", "le projet mené par Y": the participle of a lead cue
    describes a lower-case noun that is neither a round nor an amount; its agent leads
    a company or a project, not the round."""
    head = before[:len(before) - len(m.group())] if (m := _AUXILIARY_OR_ADVERB.search(before)) else before
    last = _LAST_WORD.search(head)
    if not last:
        return False
    word = last.group(1)
    if word.lower() in ("elle", "il", "elles", "ils", "celle-ci", "celui-ci"):
        return True  # "Elle est dirigée par X": the company, run by its managers
    if not word.isalpha() or not word.islower() or word in PREPOSITIONS or word in _function_words():
        return False
    # The noun group the participle agrees with: "une levée de fonds menée par",
    # "un tour de table mené par", "10 millions d'euros menés par".
    group = " ".join(_clause_before(head).split()[-4:])
    return not (_ROUND_WORDS.search(group) or financing_spoken_of(group))


_ENDS_ON_MONEY = re.compile(
    r"(?<!\w)(?:\d[\d\s.,]*\s*(?:millions?|milliards?|M|Md|Mds|k|K)?\s*(?:€|\$|£|euros?|dollars?|francs?(?:\s+suisses)?|CHF)"
    r"|(?:millions?|milliards?)(?:\s+d['’]euros|\s+de\s+dollars|\s+de\s+francs(?:\s+suisses)?)?"
    r"|tour\s+de\s+table|tour|levée\s+de\s+fonds|levée|financement|série\s+[A-H]|round|amorçage|seed)"
    # "une levée de 5 millions en janvier 2016 via X": a date may come between.
    r"(?:\s+(?:en|début|fin|mi|courant|le|au\s+mois\s+de)\s+(?:\d{1,2}\s+)?(?:[^\W\d_]+\s+)?\d{4}"
    r"|\s+(?:en|début|fin|courant)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre)|\s+(?:cette\s+année|l['’]an\s+dernier|l['’]année\s+dernière|récemment))?"
    r"(?:\s+(?:notamment|également|aussi|principalement|entre\s+autres))?\s*,?\s*$", re.IGNORECASE)


def _opens_on_name(text: str) -> bool:
    """"Avec Orion et Selva, Vorta lève ...": the words after a cue opening the sentence
    start with a name, not with "ses 120 000 membres" or "ce nouveau tour"."""
    tokens = tokenize(text)
    return bool(tokens) and is_name_word(tokens[0])


_OTHER_RELATIVE = re.compile(r"(?<!\w)(?:(?:dans|sur|avec|pour|par)\s+(?:lequel|laquelle|lesquels|lesquelles)|où)(?!\w)",
                             re.IGNORECASE)


def _right_after_money(before: str) -> bool:
    """Does the text before a cue end on an amount or a round ("a réuni 6 millions
    d'euros", "un financement d'amorçage")? Only then "avec X" names an investor; "rivaliser
    avec X", "en concurrence avec Y" do not."""
    return _ENDS_ON_MONEY.search(before) is not None


_RAISE_NOUN = re.compile(r"(?<!\w)(?:levée|tour|opération|augmentation|émission|collecte)(?!\w)", re.IGNORECASE)


_DETERMINER = re.compile(r"(?<!\w)(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces)(?!\w)",
                         re.IGNORECASE)


def _subject_group(before: str) -> str:
    """The noun group ending ``before``, from its last determiner: "... que le peloton
    de tête est" -> "le peloton de tête est"."""
    clause = _clause_before(before)
    starts = [m.start() for m in _DETERMINER.finditer(clause)]
    return clause[starts[-1]:] if starts else clause


def _investment_noun_heads(before: str) -> bool:
    """Does the noun group before a participle ("un investissement de 5 millions
    d'euros réalisé par") name an investment rather than a raise?"""
    group = " ".join(_clause_before(before).split()[-9:])
    last_investment = max((m.end() for m in _regex("investor_investment_nouns.txt").finditer(group)), default=-1)
    last_raise = max((m.end() for m in _RAISE_NOUN.finditer(group)), default=-1)
    return last_investment > last_raise


_LEADING_ARTICLE = re.compile(r"\s*(?:(?:la|le|les|l['’]|des|de|du|d['’]|un|une|ses|son|sa|leurs?|plusieurs)\s*)*",
                              re.IGNORECASE)


def _opens_on_name_or_investor_noun(after_cue: str) -> bool:
    """"avec Orion", "grâce aux fonds X et Y", "avec le fonds Z": a name or an investor
    noun comes first after the cue; not "grâce au succès de sa plateforme Z"."""
    rest = after_cue[_LEADING_ARTICLE.match(after_cue).end():]
    tokens = tokenize(rest)
    if not tokens or not (tokens[0].text[:1].isalpha() and tokens[0].text.islower()):
        return True
    # An adjective may come first: "avec de nouveaux investisseurs".
    after_adjective = rest[len(tokens[0].text):].lstrip() if len(tokens) > 1 else ""
    return any(_regex(lexicon).match(text) for text in (rest, after_adjective) if text
               for lexicon in ("investor_nouns.txt", "investor_describing_nouns.txt"))


def _main_clause_is_a_total(after_cue: str) -> bool:
    """After "Avec X, Y," opening a sentence: does the main clause open on a sum or a
    count ("le montant cumulé", "le nombre de levées") rather than on the company?"""
    comma = re.search(r",\s*(?=(?:le|la|les|l['’]|ce|cette)\s*([\w-]+))", after_cue)
    return comma is not None and fold(comma.group(1)) in {fold(w) for w in words("investor_total_nouns.txt")}


# The round told after the list, as its purpose: "a pu compter sur X et Y pour boucler
# ce tour de table", "... afin de finaliser sa levée".
_ROUND_AS_PURPOSE = re.compile(
    r"(?<!\w)(?:pour|afin\s+de|afin\s+d['’])\s*(?:\w+ment\s+)?(?:boucler|finaliser|compléter|réaliser|mener\s+à\s+bien|"
    r"clôturer|conclure|lever|réunir)\s+(?:\S+\s+){0,3}?(?:tour|levée|financement|opération|montant|millions?|fonds)(?!\w)",
    re.IGNORECASE)


def _cue_opens_list(sentence: str, m: re.Match, role: str) -> bool:
    """Whether a cue found in the sentence really opens a list of investors here."""
    before = sentence[:m.start()]
    # "Aux côtés de X et Y, Vorta lève 5 millions": a cue opening the sentence is
    # judged on the rest of the sentence.
    judged = before if before.strip() else sentence[m.end():]
    # "... le projet X, dans lequel A et B sont associés aux côtés de C": a relative
    # clause about something else; only its own words say whether money is spoken of.
    relative = None
    for relative in _OTHER_RELATIVE.finditer(judged):
        pass
    if relative is not None:
        judged = judged[relative.end():]
    if role == "support" and not (financing_spoken_of(judged) or financing_spoken_of(m.group())
                                  or financing_spoken_of(sentence[m.end():m.end() + 100])):
        return False  # "avec l'appui de son ministre": no money spoken of near the cue
    if role == "weak" and not (financing_spoken_of(judged) or participation_verbs(judged)
                               or _ROUND_AS_PURPOSE.search(sentence, m.end())
                               or _apposition_before_a_raise(sentence, m)):
        return False  # "a indiqué auprès du site X", "aux côtés de son ministre"
    if role == "weak" and _CUE_OF_ANOTHER_VERB.search(before[-80:]):
        return False  # "a-t-on appris auprès de X", "pour accélérer auprès de ses clients"
    if role == "after_money" and not _opens_on_name_or_investor_noun(sentence[m.end():]):
        return False  # "grâce au succès de sa plateforme X": no funder after the cue
    if role == "after_money" and not before.strip() and _main_clause_is_a_total(sentence[m.end():]):
        return False  # "Avec X, le montant cumulé levé par le secteur dépasse ...": X is counted
    if role == "after_money" and fold(m.group()) == "avec" and _after_a_lead_list(before) \
            and _opens_on_name(sentence[m.end():]):
        return True  # "une opération menée par X, avec Y et Z"
    if role == "after_money" and not (before.strip() and _right_after_money(before)
                                      or not before.strip() and financing_spoken_of(judged)
                                      and _opens_on_name(sentence[m.end():])):
        return False  # "un partenariat avec X"; "a levé 5 millions avec X" is a round
    if role == "following" and not any(_role(c.group(), _cue_table()[1]) == "lead"
                                       for c in _cue_table()[0].finditer(before)) \
            and not participation_verbs(before):
        return False  # "la région X, suivie par la région Y": a ranking
    if role == "lead" and led_thing_is_not_a_round(before):
        return False
    if role == "lead" and _RUN_BY_AFTER_A_NAME.search(before) and re.match(r"dirig", fold(m.group())) \
            and not _ROUND_LABEL_BEFORE.search(before):  # "en série B, dirigé par X" is the round
        return False  # "mené par le fonds X, dirigé par Paul Roy": who runs the fund
    if role == "capital" and not _INTO_CAPITAL.search(sentence, m.end(), m.end() + 120):
        return False  # "la plateforme accueille chaque mois des millions de visiteurs"
    if role == "investment" and not _investment_noun_heads(before):
        return False  # "la levée réalisée par Vorta": the company raising
    if role == "composed" and not (_ROUND_WORDS.search(subject := _subject_group(before))
                                   or _investor_noun_before(subject)):
        return False  # "le tour est composé de X", not "le podium est composé de Y"
    if role == "round" and not _ROUND_WORDS.search(_clause_before(before)):
        return False  # "la conférence réunit X et Y"
    if role == "gated" and _COMPARATIVE_CLAUSE.match(sentence, m.end()):
        return False  # "comme l'a révélé Les Echos", "comme le rapporte X": a clause, not examples
    if role == "gated" and not (financing_spoken_of(sentence[:m.end() + 40]) or participation_verbs(sentence)):
        return False  # "disponible via des partenaires comme X": no round spoken of
    if role == "gated" and not _investor_noun_before(_clause_before(before)):
        # "Outre les fonds déjà présents X": investor noun right after the cue.
        after = sentence[m.end():m.end() + 40]
        if not (_regex("investor_nouns.txt").match(after.strip()) or
                re.match(r"\s*(?:\w+ment\s+|aussi\s+)?(?:les|des|ses|leurs)\s+(?:fonds|investisseurs|actionnaires)",
                         after)):
            return False
    return True


_SUPPORT_NOT_MONEY = re.compile(r"\s*(?:l['’]|le\s|la\s|les\s|son\s|sa\s|ses\s)?\s*(?:incubateurs?|accélérateurs?|"
                                r"cabinets?|banques?\s+d['’]affaires|programmes?|réseaux?|pôles?|écoles?)(?!\w)",
                                re.IGNORECASE)


# A verb right before a weak cue that the cue completes, other than raising: learning or
# telling ("a-t-on appris auprès de X", "a confirmé auprès de Y"), or a purpose
# ("pour se développer auprès de ses clients").
_CUE_OF_ANOTHER_VERB = re.compile(
    r"(?:(?<!\w)(?:appris|apprend|confirmé|confirme|indiqué|précisé|déclaré|expliqué|assuré|affirmé|"
    r"renseigné|vérifié|enquêté|témoigné|confié|(?:-t-on|-on)\s+appris)"
    r"|(?<!\w)(?:pour|afin\s+d[e'’])\s*(?:se\s+|s['’]\s*)?(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?:er|ir|re))"
    r"(?:\s+(?:[^\W\d_]+\s+){0,3}?)?\s*$", re.IGNORECASE)


def _apposition_before_a_raise(sentence: str, m: re.Match) -> bool:
    """"Vorta, accompagnée par X et Y, lève 5 millions": a participle's agents in an
    apposition to the company, the raise told right after it. Not "accompagnée par
    l'incubateur X" (support that is not money)."""
    if not fold(m.group()).endswith(" par") or not sentence[:m.start()].rstrip().endswith(","):
        return False
    after = sentence[m.end():]
    if _SUPPORT_NOT_MONEY.match(after):
        return False
    close = after.find(",")
    return close > 0 and re.match(r"\s*(?:[\w'’-]+\s+){0,3}?(?:lève|lèvent|a\s+levé|ont\s+levé|boucle|bouclent|"
                                  r"a\s+bouclé|ont\s+bouclé|annonce\s+(?:une\s+)?(?:levée|tour)|réalise\s+une\s+levée|"
                                  r"obtient|a\s+obtenu|sécurise|a\s+sécurisé)(?!\w)",
                                  after[close + 1:], re.IGNORECASE) is not None


def _after_a_lead_list(before: str) -> bool:
    """Does ``before`` end on a lead cue and one short item, then a comma ("menée par
    X, ")? Then "avec Y et Z" names the others of the round."""
    cue_pattern, cue_roles = _cue_table()
    last = None
    for c in cue_pattern.finditer(before):
        if _role(c.group(), cue_roles) == "lead" and _cue_opens_list(before, c, "lead"):
            last = c
    return (last is not None and re.fullmatch(r"\s*[^,;:.()«»]{1,60},\s*", before[last.end():]) is not None
            and bool(name_runs(tokenize(before[last.end():]))))


# Investors described by where they come from, the names after are places.
_PLACES_OF_ORIGIN = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:venu|originaire|basé|issu|implanté|situé)e?s?\s+(?:de|d['’]|du|des|en|au|aux)(?!\w)",
    re.IGNORECASE)


def lists_after_cues(sentence: str, offset: int, cues: _Cues) -> list[Found]:
    """Names listed after a cue: "mené par X et Y", "aux côtés de Z", "dont W"."""
    _, cue_roles = _cue_table()
    _, verb_roles = _verb_table()
    sentence_existing = any(_role(m.group(), verb_roles) == "existing" for m in cues.verbs)
    # A bare "par" / "via" / "avec" ends a list only where it opens one ("suivi par X, via
    # son agence Y, et par Z" goes on); the list reader stops on them by itself.
    bounding = [m for m in cues.cues if fold(m.group()) not in ("par", "via", "avec")
                or _cue_opens_list(sentence, m, _role(m.group(), cue_roles))]
    boundaries = sorted([m.start() for m in bounding] + [m.start() for m in cues.verbs] + [len(sentence)])
    found: list[Found] = []
    for m in cues.cues:
        role = _role(m.group(), cue_roles)
        if not _cue_opens_list(sentence, m, role):
            continue
        # A verb inside the cue ("à laquelle participent") does not end its list.
        end = min(b for b in boundaries if b >= m.end())
        clause = _clause_before(sentence[:m.start()])
        existing = existing_marker(m.group()) or role == "gated" and (existing_marker(clause) or sentence_existing)
        # "plusieurs partenaires stratégiques dont X": the noun before a gated cue
        # describes the names of its list.
        list_context = _list_noun(clause) if role == "gated" else ""
        start = m.end()
        into = re.match(r"\s*(?:à\s+(?:son|leur)\s+capital|au\s+capital)\s*,?", sentence[start:])
        if role == "capital" and into:
            start += into.end()  # "accueille à son capital X et Y"
        lead = role == "lead" or (m.re in (_INVESTOR_IS, _INVESTOR_LABEL, _LEAD_TAKEN_BY)
                                  and re.search(r"chef|principal\b|lead", m.group(), re.IGNORECASE) is not None)
        if _PLACES_OF_ORIGIN.match(sentence, start):
            continue  # "auprès d'investisseurs venus de France et d'Allemagne": places
        items = parse_list(sentence[start:end], offset + start, lead=lead,
                           existing=existing, cue=m.group(), context=list_context)
        if (not sentence[:m.start()].strip() and items
                and re.match(r"\s+[^\W\d_A-Z]", sentence[items[-1].end - offset:])
                and sentence[:items[-1].start - offset].rstrip().endswith(",")):
            items = items[:-1]  # "Avec X et Y, Vorta lève ...": the subject of the main clause
        if role == "gated":
            # "des jeunes pousses comme X (71 millions d'euros), Y (...)": companies with their raise.
            items = [f for f in items if not _AMOUNT_FIELD.search(f.apposition)]
        found.extend(items)
    return found


# The round as the object of a relative clause whose subjects follow its verb: "une
# levée à laquelle auront participé X et Y", "le tour, auquel se sont joints Z".
_ROUND_RELATIVE = re.compile(r"(?<!\w)(?:à\s+laquelle|auquel|auxquels|auxquelles|à\s+qui)\s*$", re.IGNORECASE)
_ADVERBS_AFTER_VERB = re.compile(r"(?:\s*,)?(?:\s+(?:également|aussi|notamment|entre\s+autres|déjà|enfin|"
                                 r"[^\W\d_]+ment))*\s*(?::\s*)?")


def subjects_after_relative_verbs(sentence: str, offset: int, cues: _Cues) -> list[Found]:
    """The subjects after the verb of a relative clause about the round: "une augmentation
    de capital à laquelle ont participé la banque Orvéa et le fonds Lumido",
    "menée par X, et à laquelle se sont joints Y et Z"."""
    _, verb_roles = _verb_table()
    found: list[Found] = []
    for m in cues.relative_verbs:
        if not _ROUND_RELATIVE.search(sentence, 0, m.start()):
            continue
        role = _role(m.group(), verb_roles)
        start = _ADVERBS_AFTER_VERB.match(sentence, m.end()).end()
        found.extend(parse_list(sentence[start:], offset + start, lead=role == "lead",
                                existing=role == "existing", cue=m.group()))
    return found


# "C'est X qui ...", "Ce sont X et Y qui ...", with no other relative before the verb's.
_CLEFT = re.compile(r"(?<![\w'’])(?:c['’]est|ce\s+sont|c['’]était)\s+(?=[^«»]*$)(?!.*(?<!\w)(?:qui|que|qu['’])(?!\w))",
                    re.IGNORECASE)


_CLEFT_OF_CIRCUMSTANCE = re.compile(r"(?:là|ici|alors|ainsi|à\s+ce\s+moment(?:-là)?|dans\s+ce\s+contexte)\s+qu(?:e\s|['’])",
                                    re.IGNORECASE)


def names_before_relative_verbs(sentence: str, offset: int, cues: _Cues) -> list[Found]:
    """The name before "qui" + a lead, existing or funder verb: "Chez Kernel Santé
    Invest, qui mène le tour"; "l'agence X, le programme européen de ..., qui lui attribue"."""
    _, verb_roles = _verb_table()
    found: list[Found] = []
    for m in cues.relative_verbs:
        before = sentence[:m.start()]
        rel = re.search(r",?\s*qui\s+(?:lui\s+|leur\s+|y\s+|en\s+)?$", before)
        if not rel or rel.start() == 0:
            continue
        role = _role(m.group(), verb_roles)
        if role == "participant" and not _explicitly_in_the_round(sentence[m.end():]):
            continue  # "Paul Girard, qui participe au salon": only the round counts here
        if _off_round(m.group(), sentence[m.end():], role, before):
            continue
        cleft = _CLEFT.search(before, 0, rel.start())
        # "C'est alors qu'intervient la banque X, qui lui prête": a cleft of time or place,
        # the name is the inverted subject before "qui".
        if cleft and not _CLEFT_OF_CIRCUMSTANCE.match(before, cleft.end()):
            # "C'est le fonds X, déjà présent au capital, qui mène le tour": what "c'est" names.
            named = parse_list(before[cleft.end():rel.start()], offset + cleft.end(), lead=role == "lead",
                               existing=role == "existing", cue=m.group())
            # Only the names "c'est" lists, not those of an apposition after them: "C'est X,
            # déjà présent au capital de Y, Z ou W, qui mène le tour" -> X.
            kept = named[:1]
            for f in named[1:]:
                between = sentence[kept[-1].end - offset:f.start - offset]
                if re.fullmatch(r"\s*(?:,|et|ou)?\s*", between) is None:
                    break
                kept.append(f)
            found.extend(kept)
            continue
        # "la Banque X (BX), qui lui accorde": the name before its acronym.
        head_text = re.sub(r"\s*\([^()]*\)\s*$", "", before[:rel.start()])
        # Past the apposition to the name it describes.
        apposition = re.search(r",\s*(?:le|la|les|l['’]|un|une)\s[^,]*$", head_text)
        if apposition and apposition.start() > 0:
            head_text = head_text[:apposition.start()]
        head = tokenize(head_text)
        runs = name_runs(head)
        if runs and runs[-1][1] == len(head):
            i, j = runs[-1]
            found.append(Found(name=before[head[i].start:head[j - 1].end], start=offset + head[i].start,
                               end=offset + head[j - 1].end, lead=role == "lead",
                               existing=role == "existing", cue=m.group()))
    return found


_AS_LEAD = re.compile(r"(?<!\w)(?:(?:comme|en\s+tant\s+que|au\s+titre\s+de)\s+(?:leader|chef\s+de\s+file|co-?lead|lead"
                      r"(?:\s+investor)?|investisseur\s+principal|investisseur\s+de\s+référence)"
                      r"|en\s+(?:chef\s+de\s+file|co-?lead|lead(?:\s+investor)?))(?!\w)", re.IGNORECASE)


def leads_named_by_role(sentence: str, offset: int = 0) -> list[Found]:
    """"X intervient comme leader de ce tour", "avec Y comme chef de file", "Z agit en
    tant que lead investor": the name at most four words before the role leads."""
    found = []
    for m in _AS_LEAD.finditer(sentence):
        head = _clause_before(sentence[:m.start()])
        head_start = m.start() - len(head)
        tokens = tokenize(head)
        runs = name_runs(tokens)
        if not runs:
            continue
        i, j = runs[-1]
        between = tokens[j:]
        if len(between) > 4 or any(t.text in ",;:" for t in between) or (j - i == 1 and len(tokens[i].text) == 1):
            continue
        found.append(Found(name=_clean_name(head[tokens[i].start:tokens[j - 1].end]),
                           start=offset + head_start + tokens[i].start,
                           end=offset + head_start + tokens[j - 1].end, lead=True, cue=m.group()))
    return found


def _explicitly_in_the_round(after: str) -> bool:
    """"X, qui a également participé.", "Y, qui participe à l'opération": the round
    itself, or nothing, after a participation verb in a relative clause."""
    return re.match(r"\s*(?:(?:également|aussi|de\s+nouveau|à\s+nouveau)\s*)?(?:[,.;:!?»)]|$)", after) is not None \
        or re.match(r"\s+(?:\w+ment\s+)?(?:à\s+l['’]|à\s+la|à\s+ce|à\s+cette|au|aux)\s*(?:opération|tour|levée|"
                    r"financement|capital|augmentation|série|round|ronde)", after) is not None


def _subject_start(before: str) -> int:
    """Where the subject of a verb starts: after the last clause start and an opening
    adverbial ("En parallèle, la Banque X accorde")."""
    start = 0
    for c in _CLAUSE_START.finditer(before):
        start = c.end()
    return _past_opening_adverbials(before, start)


def _past_opening_adverbials(text: str, start: int = 0, comma: bool = True) -> int:
    """Where the clause goes on after its opening adverbials: "Par ailleurs, pour ce
    tour de 5 millions, X remet au pot" -> at X. Without ``comma``, a complement of the
    round may run into the verb that ends ``text`` ("À ce tour participent X et Y")."""
    while True:
        adverbial = (_OPENING_ADVERBIAL.match(text, start) or _FRONTED_ROUND.match(text, start)
                     or _FRONTED_APPOSITION.match(text, start))
        if adverbial is None and not comma:
            adverbial = _FRONTED_ROUND_BARE.match(text, start)
        if adverbial is None or adverbial.end() == start:
            return start
        start = adverbial.end()


def _verb_opens_clause(before: str) -> bool:
    """Nothing but opening adverbials and "y" before the verb, whose subjects then
    follow it: "Y ont participé X et Y", "Pour ce tour, ont également investi X"."""
    rest = before[_past_opening_adverbials(before, 0, comma=False):]
    return re.fullmatch(r"[\s•–—-]*(?:[Yy]\s*)?", rest) is not None


# After a verb that opens the sentence: its round object, then a colon or the subjects.
_INVERTED_SUBJECT = re.compile(
    r"(?:\s+(?:également|aussi|notamment))?(?:\s+(?:à|au)\s+(?:ce|cette|cet|l['’]|la)?\s*[^\W\d_]+(?:\s+de\s+table)?)?"
    r"\s*(?::\s*|\s(?=[A-Z]))")


def subjects_of_verbs(sentence: str, offset: int, cues: _Cues) -> list[Found]:
    """The subjects of participation verbs: "X et Y remettent au pot", "le fonds Z
    fait son entrée", "Noria, déjà présente au capital, a également suivi"."""
    _, verb_roles = _verb_table()
    found: list[Found] = []
    for m in cues.verbs:
        role = _role(m.group(), verb_roles)
        before = sentence[:m.start()]
        if _off_round(m.group(), sentence[m.end():], role, before):
            continue
        inverted = _INVERTED_SUBJECT.match(sentence, m.end()) if _verb_opens_clause(before) else None
        if inverted:
            # "Ont également participé à ce tour : X et Y": the subjects after the verb.
            found.extend(parse_list(sentence[inverted.end():], offset + inverted.end(), lead=role == "lead",
                                    existing=role == "existing", cue=m.group()))
            continue
        if _object_pronoun_before_auxiliary(before, m.group()):
            before = before[:_OBJECT_PRONOUN.search(before).start()]  # "Kalima l'a suivi": Kalima
        start = _subject_start(before)
        # "... de groupes technologiques : X, Y et Z y participent": what the colon
        # announces describes the names.
        announced = before[:start][-60:] if before[:start].rstrip().endswith(":") else ""
        # "Déjà actionnaire, X a suivi": the apposition before the subject marks it.
        fronted_existing = any(existing_marker(a.group()) for a in _FRONTED_APPOSITION.finditer(before[:start]))
        items = parse_list(before[start:], offset + start, lead=role == "lead",
                           existing=role == "existing" or fronted_existing, cue=m.group(), context=announced)
        if _last_verb_word(m.group()).startswith("accompagn"):
            # "La banque X a accompagné la société": advisers, not investors.
            items = [f for f in items if not _ADVISER.search(f.context + " " + f.apposition)]
        for f in items:
            f.subject = True
            f.start_of_object = offset + m.end()
        found.extend(items)
        if re.search(r"(?:investisseurs|actionnaires)$", m.group()) and re.match(
                r"\s+(?:(?!(?:de|du|des|d)\b)[a-zà-ÿ][\w-]*\s+){0,2}(?=[A-Z])", sentence[m.end():]):
            # "X rejoint les investisseurs historiques Y et Z": those it joins are investors too.
            found.extend(parse_list(sentence[m.end():], offset + m.end(), existing=True, cue=m.group(),
                                    context=m.group()))
    return found


_BEFORE_NOUN_OR_REFLEXIVE = re.compile(
    r"(?<![\w'’])(?:le|la|les|l['’]|un|une|sa|son|ses|leur|leurs|de|d['’]|du|des|s['’]|se)\s*$", re.IGNORECASE)


_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront"})
_OBJECT_PRONOUN = re.compile(r"(?<![\w'’])(?:l['’]|les)\s*$", re.IGNORECASE)


def _object_pronoun_before_auxiliary(before: str, verb: str) -> bool:
    """"Kalima l'a suivi", "Orbo les a rejoints": "l'" / "les" before an auxiliary is
    the verb's object pronoun, not an article (no noun starts with "a" + participle)."""
    return fold(verb).split()[0] in _AUXILIARIES and _OBJECT_PRONOUN.search(before) is not None


def _noun_or_reflexive(before: str) -> bool:
    """A verb form after a determiner or a preposition is a noun ("la mise sur le
    marché", "de suite"); after "s'" / "se" a reflexive ("l'opération s'accompagne d'une
    subvention"): neither has an investor as subject."""
    return _BEFORE_NOUN_OR_REFLEXIVE.search(before) is not None


def _infinitive(verb: str) -> bool:
    """"de renforcer sa participation": an infinitive after "de", not a noun."""
    return re.match(r"\w+(?:er|ir)(?!\w)", verb) is not None


def _list_noun(clause: str) -> str:
    """The words from the noun a gated list hangs on: "... le soutien de plusieurs
    [investisseurs privés] dont", "[investisseurs] déjà engagés ..., parmi lesquels"."""
    start = max((m.start() for m in _regex("investor_nouns.txt").finditer(clause)), default=-1)
    return clause[start:] if start >= 0 else clause[-60:]


_INTO_CAPITAL = re.compile(r"(?<!\w)(?:à\s+(?:son|leur|notre)\s+capital|au\s+capital)(?!\w)", re.IGNORECASE)

# An apposition put before the investor it describes: "Déjà actionnaire, X remet au
# pot", "Nouvel entrant, Y prend 10 %", "Investisseur historique, Z a suivi".
_FRONTED_APPOSITION = re.compile(
    r"\s*(?:déjà\s+[^,;:.]{1,40}|nouve(?:au|l|lle)s?\s+(?:venue?s?|entrante?s?|actionnaires?|investisseurs?)"
    r"|(?:actionnaires?|investisseurs?)\s+(?:historiques?|de\s+longue\s+date|de\s+la\s+première\s+heure"
    r"|depuis\s+[^,;:.]{1,20})|présente?s?\s+(?:au\s+capital|depuis)[^,;:.]{0,30}|fidèles?\s+[^,;:.]{1,40})\s*,\s*",
    re.IGNORECASE)

# A complement of the round that opens the clause: "Pour ce tour de 5 millions,", "Lors
# de cette levée,", "Dans le cadre de l'opération,", "À cette augmentation de capital".
_FRONTED_ROUND_WORDS = (r"\s*(?:pour|avec|dans|sur|lors|à|au|en|durant|pendant)(?!\w)(?:\s*[\w'’-]+){0,4}?\s*"
                        r"(?<!\w)(?:opération|tour|levée|financement|augmentation|round|ronde|série|amorçage|"
                        r"émission|souscription)(?!\w)[^,:;.!?«»()]{0,60}?")
_FRONTED_ROUND = re.compile(_FRONTED_ROUND_WORDS + r"\s*,\s*", re.IGNORECASE)
_FRONTED_ROUND_BARE = re.compile(_FRONTED_ROUND_WORDS + r"\s*(?:[Yy]\s*)?$", re.IGNORECASE)

_OPENING_ADVERBIAL = re.compile(
    r"\s*(?:en\s+parallèle|parallèlement|par\s+ailleurs|de\s+son\s+côté|de\s+leur\s+côté|enfin|en\s+outre"
    r"|de\s+plus|dans\s+le\s+même\s+temps|en\s+\d{4}|côté\s+\w+"
    r"|selon\s+[^,]{1,60}|d['’]après\s+[^,]{1,60})\s*,\s*",
    re.IGNORECASE,
)


def _role(matched: str, roles: dict[str, str]) -> str:
    """The role of the lexicon phrase a (possibly gapped) match stands for."""
    got = fold(matched).split()
    key = " ".join(got)
    if key in roles:
        return roles[key]
    for phrase, role in sorted(roles.items(), key=lambda r: -len(r[0])):
        want = phrase.split()
        if want[0] != got[0] or want[-1] != got[-1]:
            continue
        it = iter(got)
        if all(w in it for w in want):
            return role
    return "participant"


_ADVISER = re.compile(r"(?<!\w)(?:banques?|cabinets?|avocats?|conseils?|conseillers?)(?!\w)", re.IGNORECASE)
_ROUND_WORDS = re.compile(
    r"(?<!\w)(?:opération|tour|levée|financement|augmentation|capital|round|introduction|table|"
    r"souscription|émission|emprunt|prêt|ronde|série|amorçage)", re.IGNORECASE)


def _round_object(after: str, role: str) -> bool:
    """"participent à l'opération", "participent également." take part in the round;
    "a participé à l'étude clinique" does not."""
    m = re.match(r"[\s\w'’-]{0,25}?(?<!\w)(?:à\s+l['’]|à\s+la|à\s+une|à\s+un|à|au|aux)\s+(\S+(?:\s+\S+)?)", after)
    if not m or re.match(r"(?:côtés|hauteur|nouveau|son\s+tour|leur\s+tour|parts)(?!\w)", m.group(1)):
        return True  # "participe aux côtés de Y", "à hauteur de 2 millions": no object
    return _ROUND_WORDS.search(m.group(1)) is not None


_ROUND_OF = re.compile(r"\s*(?:d[eu]s?\s+|d['’]|de\s+(?:l['’]|la\s+|ce\s+|cette\s+|cet\s+))\s*(\S+(?:\s+\S+)?)")


def _leads_round(after: str) -> bool:
    """"prend la tête du tour", "est le chef de file de l'opération" lead the round;
    "prend la tête de la filiale" does not. Nothing after the phrase: the round."""
    m = _ROUND_OF.match(after)
    if m:
        return _ROUND_WORDS.search(m.group(1)) is not None
    return re.match(r"\s*(?:[,.;:!?]|$)", after) is not None


def _off_round(verb: str, after: str, role: str, before: str = "") -> bool:
    """Whether the verb phrase is about something else than the round: taking part
    in a study, heading a subsidiary."""
    if role == "lead" and _OTHER_ROUND.search(re.split(r"[,;.:!?()]", after, maxsplit=1)[0]) \
            and not _AN_AMOUNT.search(after):
        # "X, qui avait mené le tour précédent": an earlier round, told without an
        # amount (with one, "la précédente levée, une série B de 10 millions", it is a
        # round of the article that X leads).
        return True
    if _takes_part(verb):
        return not _round_object(after, role)
    if re.search(r"\bt[eê]te$|\bfile$|\bprincipa(?:l|ux)$|\bprincipa(?:l|ux) investisseurs?$", fold(verb)):
        return not _leads_round(after)
    if re.search(r"invest|mis", fold(verb)) and _invests_in_a_field(after):
        return True
    first = _last_verb_word(verb)
    if first.endswith(("er", "ir", "re")) and _OWN_SPENDING.match(after):
        # "va financer sa croissance", "doit investir 2 millions dans ses usines": the
        # company spending its money, not an investor's share.
        return True
    if re.match(r"(?:pilot|conduit|conduis|emmen|dirig|orchestr)\w*$", first) and "tour" not in fold(verb) \
            and not _STRICT_ROUND_OBJECT.match(after):
        return True  # "la banque X a piloté l'opération": an arranger; a lead "pilote le tour"
    if re.match(r"men\w*$", first) and not _leads_the_round(after):
        return True  # "X mène la danse", "xAI a mené une levée de fonds" (it raised)
    if re.match(r"(?:invest|accompagn|finan|soutien|souti)", first) and _GENERIC_OBJECT.match(after):
        return True  # "Orion investit dans les start-up de la santé": its strategy, not this round
    if re.match(r"(?:mis|place|engage)$", first) and "table" not in fold(verb) and "poche" not in fold(verb):
        # "X a placé 5 millions dans Vexo": an amount right after; not "a mis en place".
        return not re.match(r"\s+(?:(?:près\s+de|plus\s+de|environ|quelque)\s+)?" + _AN_AMOUNT.pattern, after,
                            re.IGNORECASE)
    money_verb = re.match(r"(?:apport|inject|mis|pari|accord|vers|pret|octroi|octroy|attribu|allou|debloqu)", first)
    if money_verb and "table" not in fold(verb):
        # "X apporte 2 millions", "la BEI prête 10 millions"; not "X apporte son expertise".
        return not (financing_spoken_of(after[:100]) or _round_told(after[:100]) or _round_told(before))
    if re.match(r"sui[tv]", first):
        # "Selva suit", "suivent également le tour"; not "Vorta suit les traces de Y".
        return not (re.match(r"\s*(?:(?:également|aussi|de\s+nouveau|à\s+nouveau)\s*)?(?:[.,;:!?»)]|$)", after)
                    or _ROUND_WORDS.search(" ".join(after.split()[:4])))
    return False


# A plural, generic object: "dans les start-up", "des entreprises innovantes", also
# after a yearly sum ("a investi 12 milliards d'euros dans les PME") or "de plus en plus de".
_GENERIC_OBJECT = re.compile(
    r"\s+(?:\w+ment\s+|surtout\s+|aussi\s+)?"
    r"(?:(?:(?:près\s+de|plus\s+de|environ)\s+)?\d[\d\s.,]*\s*(?:millions?|milliards?|Mds?)?\s*"
    r"(?:d['’]euros|de\s+dollars|de\s+francs|€|\$)?\s*)?"
    r"(?:de\s+plus\s+en\s+plus\s+d['e’]\s*\w|(?:(?:dans|en)\s+)?(?:les|des)\s+[^\W\d_A-Z])")


# A round named as such after a verb of leading that banks also use for the deals they
# arrange: "conduit ce tour de table", "emmène la levée", "dirige la série B".
_STRICT_ROUND_OBJECT = re.compile(r"\s+(?:\w+ment\s+)?(?:le|la|l['’]|ce|cette|cet)\s*(?:\S+\s+)?"
                                  r"(?:tour|levée|série|round|ronde)(?!\w)", re.IGNORECASE)


def _leads_the_round(after: str) -> bool:
    """"mène le tour", "a mené cette levée", "mène" alone: leading the round; "mène la
    danse", "a mené une levée de fonds" (the company raised), "mène des projets": not."""
    if re.match(r"\s*(?:(?:conjointement|également|aussi)\s*)?(?:[,.;:!?»)]|$|aux\s+côtés|avec)", after):
        return True
    m = re.match(r"\s+(?:\w+ment\s+)?(?:le|la|l['’]|ce|cette|cet|ces|les)\s*((?:\S+\s+){0,2}\S+)", after)
    return m is not None and _ROUND_WORDS.search(m.group(1)) is not None


_INVESTED_IN = re.compile(r"\s+(?:\w+ment\s+)?(?:dans|sur)\s+(?:le|la|les|l['’])\s*([^\W\d_]+(?:-[^\W\d_]+)*)",
                          re.IGNORECASE)


@cache
def _recipient_nouns() -> frozenset[str]:
    """Nouns naming a company or a round that money goes into ("dans la start-up")."""
    nouns = {fold(w) for w in words("antecedent_nouns.txt") + words("organization_nouns.txt")}
    return frozenset(nouns | {"capital", "tour", "operation", "levee", "entreprise", "societe", "projet"})


def _invests_in_a_field(after: str) -> bool:
    """"a investi massivement dans le multilinguisme", "misent sur l'IA": money put into
    a field or a technology, not into the round (a lower-case noun that names no
    company, or a common acronym such as "IA")."""
    m = _INVESTED_IN.match(after)
    if not m:
        return False
    noun = m.group(1)
    if noun in _not_names():
        return True
    return noun.islower() and fold(noun) not in _recipient_nouns() and not fold(noun).endswith("tech")


# What a company does with money raised: its own projects, named by a possessive.
_OWN_SPENDING = re.compile(r"\s+(?:\w+ment\s+|aussi\s+|ainsi\s+)?(?:[^,;.]{0,40}?\s)?(?:dans\s+|en\s+|à\s+)?"
                           r"(?:son|sa|ses|leur|leurs)\s", re.IGNORECASE)


def _last_verb_word(verb: str) -> str:
    """The last word of a verb phrase, folded, its elided "d'" dropped: "vient
    d'investir" -> "investir"."""
    return re.sub(r"^\w['’]", "", fold(verb).split()[-1])


def _takes_part(verb: str) -> bool:
    return re.search(r"particip(?!ation)|\bpart\b|contribu", fold(verb)) is not None


def participation_verb_at(text: str) -> bool:
    """Does ``text`` start with a participation verb ("avaient mené la précédente levée")?"""
    verb_pattern, _ = _verb_table()
    m = verb_pattern.match(text)
    return m is not None and not re.match(r"\s+par\b", text[m.end():])


def _clause_before(text: str) -> str:
    start = 0
    for c in _CLAUSE_START.finditer(text):
        start = c.end()
    return text[start:]


def _merge(found: list[Found]) -> list[Found]:
    """One entry per name; lead and existing flags add up."""
    merged: dict[str, Found] = {}
    order = []
    for f in found:
        key = fold(f.name)
        if key in merged:
            m = merged[key]
            m.lead = m.lead or f.lead
            m.existing = m.existing or f.existing
            m.context = (m.context + " " + f.context).strip()
            m.apposition = (m.apposition + " " + f.apposition).strip()
            m.group = m.group or f.group
        else:
            merged[key] = f
            order.append(key)
    return [merged[k] for k in order]


def investors_after_amount(text: str, offset: int = 0) -> list[Found]:
    """A funder named right after a round's amount: "une subvention de 500 000 euros
    de Bpifrance", "un prêt de 2 millions d'euros de la BEI"; or the names between
    parentheses after it, in round-ups: "20 M€ (Orion, Selva Capital, Alder)"."""
    listed = _names_between_parentheses(text, offset)
    if listed:
        return listed
    m = re.match(r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])", text)
    if not m:
        return []
    tokens = tokenize(text[m.end():])
    runs = name_runs(tokens)
    if not runs or runs[0][0] != 0:
        return []
    # "5 millions de dollars d'Orion et de Selva": the list that opens there.
    listed = parse_list(text[m.end():], offset + m.end(), cue="de")
    if listed:
        return listed
    i, j = runs[0]
    name = text[m.end() + tokens[i].start:m.end() + tokens[j - 1].end]
    return [Found(name=name, start=offset + m.end() + tokens[i].start,
                  end=offset + m.end() + tokens[j - 1].end, cue="de")]


def _names_between_parentheses(text: str, offset: int) -> list[Found]:
    """"(Orion, Selva Capital et Alder)" right after an amount: a list of names only,
    each item opening on a name; "(8 millions d'euros)", "(lead)" or "(photonique)" are not."""
    m = re.match(r"\s*\(([^()]{2,300})\)", text)
    if not m:
        return []
    inner = m.group(1)
    segments = _segments(tokenize(inner))
    if not segments or not all(is_name_word(seg.tokens[0]) for seg in segments):
        return []
    found = parse_list(inner, offset + m.start(1))
    return found
