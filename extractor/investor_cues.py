"""Stage 1 of investor extraction: the cues of a sentence, and whether each opens a list.

``sentence_cues`` finds the list openers of one sentence (investor_cues.tsv: "mené par",
"aux côtés de", "dont"; "Parmi les investisseurs figurent :", field labels, copulas) and
its participation verbs with their other tenses; ``_cue_opens_list`` says whether a cue
opens a list of investors here, ``_off_round`` whether a verb is about something else
than the round ("participe à l'étude", "investit dans l'IA").
"""

import re
from dataclasses import dataclass
from functools import cache

from extractor.investor_kinds import _AN_AMOUNT, _OTHER_ROUND
from extractor.investor_names import (
    PREPOSITIONS,
    _function_words,
    _has,
    _not_names,
    _phrase_pattern,
    _regex,
    fold,
    is_name_word,
    name_runs,
    phrase_regex,
    tokenize,
)
from extractor.lexicon import table, words


# ---------------------------------------------------------------- cue and verb lexicons


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


def participation_verb_at(text: str) -> bool:
    """Does ``text`` start with a participation verb ("avaient mené la précédente levée")?"""
    verb_pattern, _ = _verb_table()
    m = verb_pattern.match(text)
    return m is not None and not re.match(r"\s+par\b", text[m.end():])


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


# ---------------------------------------------------------------- the cues of a sentence


@dataclass(frozen=True)
class _Cues:
    """The lexicon phrases found in one sentence."""

    cues: list[re.Match]  # list openers ("mené par", "aux côtés de", "dont")
    verbs: list[re.Match]  # participation verbs with their subject before them
    relative_verbs: list[re.Match]  # every verb match, also those after "qui"


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
                                                               re.IGNORECASE)
                   or _VERBLESS_COUNT.fullmatch(m.group()))]
    return found


# "D'abord, trois fonds d'investissement parisiens : X, Y et Z": a count of investors and
# a few words describing them, no verb ("Deux fonds ont bouclé leur collecte : X" is news).
_VERBLESS_COUNT = re.compile(r"[\w'’-]+\s+(?:[\w'’-]+\s+)?[\w'’-]+"
                             r"(?:\s+(?!(?:a|ont|est|sont|avait|avaient|vont|va)\s)[a-zéèêàâîôûç'’-]+){0,3}"
                             r"\s*:\s*")


# ---------------------------------------------------------------- does a cue open a list here


# A spaced dash opens an aside: "mené par X et Y – Z y a aussi pris part –".
_CLAUSE_START = re.compile(r"[:;?!«»“”\"]|\s[–—]\s|(?<!\w)(?:tandis\s+que|alors\s+que|mais|tout\s+comme|puis)(?!\w)")


def _clause_before(text: str) -> str:
    start = 0
    for c in _CLAUSE_START.finditer(text):
        start = c.end()
    return text[start:]


def financing_spoken_of(text: str) -> bool:
    """Does ``text`` speak of money or a funding round ("a levé 3 millions", "le tour")?"""
    return _has("investor_financing_words.txt", text)


_ROUND_WORDS = re.compile(
    r"(?<!\w)(?:opération|tour|levée|financement|augmentation|capital|round|introduction|table|"
    r"souscription|émission|emprunt|prêt|ronde|série|amorçage)", re.IGNORECASE)


def _round_told(text: str) -> bool:
    """Does the sentence tell a round (an amount, a round noun, a raise or an entry into
    the capital), leaving aside the words that describe the investor and the names
    ("Orion Capital" says nothing of a round)?"""
    text = re.sub(r"(?<![\w-])(?!S[ée]ries?\b)[A-Z][\w-]*", "", text)
    return _ROUND_WORDS.search(text) is not None or _ENDS_ON_MONEY.search(text) is not None or re.search(
        r"(?<!\w)(?:lev[ée]\w*|lève\w*|millions?|milliards?|M€|M\$|euros|dollars|capital)(?!\w)", text, re.IGNORECASE
    ) is not None


def _without_names(text: str) -> str:
    """``text`` without its capitalised words: "Orion Capital, recrute" speaks of no money."""
    return re.sub(r"(?<![\w-])(?!S[ée]ries?\b)[A-Z][\w-]*", "", text)


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


_INTO_CAPITAL = re.compile(r"(?<!\w)(?:à\s+(?:son|leur|notre)\s+capital|au\s+capital)(?!\w)", re.IGNORECASE)


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


# A company given as an example right before the cue: "tels que Lumo", "comme Orvane,".
_EXAMPLE_COMPANY_BEFORE = re.compile(r"(?<!\w)(?:tel(?:le)?s?\s+qu(?:e\s+|['’]\s*)|comme\s+|notamment\s+)"
                                     r"[A-ZÀ-Ý][\w'’&.-]*(?:\s+[A-ZÀ-Ý][\w'’&.-]*){0,3}\s*,?\s*$")


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
    if role == "support" and _EXAMPLE_COMPANY_BEFORE.search(before):
        return False  # "des rivaux tels que Lumo soutenue par X": the backers of another company
    if role == "support" and not (financing_spoken_of(judged) or financing_spoken_of(m.group())
                                  or financing_spoken_of(_without_names(sentence[m.end():m.end() + 100]))):
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


# ---------------------------------------------------------------- is a verb about this round


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
