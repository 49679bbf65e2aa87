"""Funding rounds: which company raised how much, in what kind of round, from whom.

Sets ``doc._.funding_rounds``: a list of dicts shaped like the contract's
FundingRound, with offsets in place of surface texts:
{"company": str | None, "round_type": str, "round_label": str | None,
 "amount": money | None, "valuation": money | None, "date": str | None,
 "investors": [{"name", "kind", "lead", "existing"}], "evidence": [[start, end], ...]}
where money = {"start", "end", "value", "currency", "approximate"} as on
``doc.spans["money"]``.

How: every amount of the body is read in its sentence (``classify_amount``): money
raised when a raise cue ("a levé", "Série D de", "tour de table") is the nearest cue
before it, a valuation after "valorisée" / "valorisation de", nothing after
revenue, fund-size, total or average cues. Each raised amount becomes a round with
the nearest round mention, the subject of its verb as company, and the investors
named in its sentence or, for sentences without an amount, in the round the
paragraph is about.
"""

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extractor.amounts import article_currency
from extractor.company import (
    Subject,
    antecedent,
    genitive_of,
    inverted_subject,
    is_rubric,
    paragraph_label,
    recipient_of,
    subject_of,
)
from extractor.dates import date_for_round
from extractor.entities import entities
from extractor.extensions import doc_text
from extractor.investors import (
    PREPOSITIONS,
    Found,
    find_investors,
    fold,
    investor_kind,
    investors_after_amount,
    investors_named_before,
    looks_like_person,
    name_runs,
    participation_verb_at,
    phrase_regex,
    tokenize,
)
from extractor.lexicon import words
from extractor.round_types import find_round_mentions

ROUND = "round"
VALUATION = "valuation"
EARLIER_VALUATION = "earlier_valuation"

# Raise cues that are nouns: the subject is that of the sentence's verb, not of the cue.
_NOUN_CUES = re.compile(r"^(?:levée|levées|tour|financement|opération|augmentation|clôture|finalisation|extension"
                        r"|rallonge)(?!\w)",
                        re.IGNORECASE)


@cache
def _cue(name: str) -> re.Pattern:
    return phrase_regex(words(name))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    round_type: str
    label: str


# A round noun whose complement is the amount: "la levée de", "un tour de table de
# près de", "une opération d'un montant de".
_ROUND_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:levée|tour(?:\s+de\s+(?:table|financement))?|financement|opération)"
    r"(?:\s+(?:de\s+fonds|[\w-]+))?\s+(?:d['’]un\s+montant\s+)?(?:de|d['’])\s*(?:(?:près|plus|moins)\s+d(?:e\s+|['’]))?$",
    re.IGNORECASE)


def _nearest_before(pattern: re.Pattern, text: str) -> int:
    """End offset of the last match of ``pattern`` in ``text``, or -1."""
    return max((m.end() for m in pattern.finditer(text)), default=-1)


# An amount told before its raise verb: "Neuf millions : c'est la somme que vient
# d'obtenir X", "6 M€, c'est ce qu'a récolté X", "Quatre millions de francs ont
# été levés par X". The match ends where the company's words begin.
_AMOUNT_FIRST = re.compile(
    r"(?:\s*[:,–—-]\s*|\s+)(?:c['’]est\s+(?:(?:la\s+somme|le\s+montant|ce)\s+)?qu(?:e\s+|['’]\s*)"
    r"(?:(?:vient|viennent|venait)\s+d(?:e\s+|['’]\s*)|(?:a|ont|avait)\s+)?"
    r"|(?:ont|a|viennent\s+d['’]\s*être|vient\s+d['’]\s*être)\s+(?:été\s+)?"
    r"|\s*qu(?:e\s+|['’]\s*)(?:(?:vient|viennent|venait)\s+d(?:e\s+|['’]\s*)|(?:a|ont|avait)\s+))",
    re.IGNORECASE)
# The same cleft sentence with its subject before the verb: "5 M€ : c'est ce que la
# start-up a levé", "5 M€, c'est la somme que Vexo vient de récolter".
_CLEFT_SUBJECT_FIRST = re.compile(
    r"\s*[:,–—-]?\s*c['’]est\s+(?:(?:la\s+somme|le\s+montant|ce)\s+)?qu(?:e\s+|['’]\s*)"
    r"(?P<subject>(?:[^\s,;:.!?]+\s+){0,6}?[^\s,;:.!?]+)\s+"
    r"(?:(?:vient|viennent|venait|venaient)\s+d(?:e\s+|['’]\s*)|(?:a|ont|avait|avaient|aura)\s+"
    r"(?:(?:réussi|su|pu)\s+(?:à\s+)?)?)?(?=(?:lev|lèv|récolt|réuni|mobilis|obten|obtenu|engrang|empoch|boucl|sécuris"
    r"|décroch|reç|recev|collect)\w*)",
    re.IGNORECASE)
_AMOUNT_FIRST_VERB = re.compile(
    r"(?:lev|lèv|récolt|réuni|mobilis|obten|obtenu|engrang|empoch|boucl|sécuris|décroch|reç|recev|collect)\w*"
    r"(?:\s+par(?=\s))?",
    re.IGNORECASE)


# A raise participle after the amount, its agent the company: "les 12 millions réunis
# en mai par la start-up X", "30 millions levés l'an dernier par X".
_PASSIVE_AGENT = re.compile(
    r"\s+(?:levé|réuni|récolté|collecté|obtenu|mobilisé|engrangé|empoché|sécurisé|décroché|bouclé|finalisé"
    r"|clôturé|conclu|annoncé|réalisé)(?:es|e|s)?"
    r"(?:\s+[^\s,.;:!?«»()]+){0,3}?\s+par(?=\s)",
    re.IGNORECASE)


def passive_agent(after: str) -> re.Match | None:
    """The words after an amount that name its raiser next: " réunis en mai par"."""
    return _PASSIVE_AGENT.match(after)


# An agent that is a fund or investors: money they raised or put in, not a round's.
_FUNDER_AGENT = re.compile(r"\s*(?:(?:le|les|des|ces|ses|un|une|l['’])\s*)?(?:fonds|sociétés?\s+de\s+gestion|investisseurs?"
                           r"|business\s+angels)(?![\w-])", re.IGNORECASE)
# Several agents: "levés par Vexo, Orbo et Norial" is their sum.
_AGENT_LIST = re.compile(r"^[^.;:!?()]{0,60}?[A-ZÀ-Ý][\w'’&.-]*\s*(?:,\s*|\s+et\s+)[A-ZÀ-Ý]")


def raised_by_one_company(after: str) -> bool:
    """Whether the words after an amount make it the money one company raised, told
    in the passive with its agent: "les 7 millions levés par la start-up Vexo" (not
    "levés par le fonds X", nor "levés par Vexo, Orbo et Norial")."""
    agent = passive_agent(after)
    if agent is None:
        return False
    rest = after[agent.end():]
    return not _FUNDER_AGENT.match(rest) and not _AGENT_LIST.match(rest)


def cleft_subject_first(after: str) -> re.Match | None:
    """The cleft sentence after an amount that tells it raised, its subject before
    the verb (" : c'est ce que la start-up a levé"); None for money only sought ("c'est
    ce que Vexo espère lever")."""
    m = _CLEFT_SUBJECT_FIRST.match(after)
    if m is None:
        return None
    verb = _AMOUNT_FIRST_VERB.match(after, m.end())
    return None if verb is None or is_planned_raise(after, verb) else m


# Verbs that tell a round done, whose agent is the company once a round noun governs
# the amount: "Une levée de 5 M€ a été réalisée par Vexo" ("une vente réalisée par" is none).
_ROUND_DONE_VERB = re.compile(r"(?:réalis|finalis|clôtur|conclu|boucl)\w*\s+par(?=\s)", re.IGNORECASE)


def amount_first(after: str, round_noun: bool = False) -> re.Match | None:
    """The words after an amount that make it the money a company raised, the
    company named after them: " : c'est la somme que vient de lever", " ont été levés par";
    after a round noun also " a été réalisée par"."""
    m = _AMOUNT_FIRST.match(after)
    if not m:
        return None
    verb = _AMOUNT_FIRST_VERB.match(after, m.end()) or (_ROUND_DONE_VERB.match(after, m.end()) if round_noun else None)
    if verb is None:
        return None
    # The passive needs its agent ("levés par X"); the cleft sentence its subject.
    if not m.group().lstrip(" :,–—-").lower().startswith(("c", "q")) and not verb.group().endswith("par"):
        return None
    return verb


_RUNNING_TOTAL = re.compile(r"(?<!\w)port(?:e|ent|ant|é|ée|és|ées|era)\s+à(?!\w)", re.IGNORECASE)
# A total said before the amount, anywhere in its sentence.
_TOTAL_BEFORE = re.compile(r"(?<![\w-])(?:au\s+total|en\s+tout|au\s+cumul|en\s+cumulé|cumulés?|cumulées?|montant\s+total"
                           r"|depuis\s+(?:sa\s+création|son\s+lancement|ses\s+débuts|sa\s+fondation)"
                           r"|volume\s+(?:total|global|des|de|d['’])"
                           r"|(?:montant|ticket|investissement|tour)\s+(?:médian|moyen)|médiane?|en\s+moyenne)(?![\w-])",
                           re.IGNORECASE)
# A sum raised so far, its adverb within three words of the amount: "avait jusqu'ici
# levé", "a levé à ce jour"; further away it is no total ("Jusqu'ici discrète, X lève").
_SO_FAR = re.compile(r"(?<![\w-])(?:jusqu['’]ici|jusqu['’]à\s+(?:présent|maintenant|ce\s+jour)|à\s+ce\s+jour|jusque-là)"
                     r"(?:\s+[\w'’-]+){0,3}\s*$", re.IGNORECASE)
# The end of a money expression: a parenthesis after it holds a conversion.
# A unit is a word of its own: "Spendesk (" does not end on "k".
_MONEY_END = re.compile(r"(?:\d|€|\$|£|(?<![^\W\d_])(?:euros?|dollars?|francs?|livres?|CHF|USD|EUR|GBP|CAD|M|Mds?|Md|k))"
                        r"\s*\(\s*$")
_LIST_ITEM_OPENERS = frozenset({"et", "puis", "après", "ainsi", "que", "dont", "ou", "avec"})


def list_item_name(sentence: str, start: int) -> tuple[int, int] | None:
    """Where the name heading a round-up item is, for an amount in parentheses:
    "… : Vexo (12 M€), Norial, qui fabrique des drones (5 M€) et Orbo (3 M€)". The item
    runs from the last comma, colon or semicolon; it must open on a name."""
    before = sentence[:start]
    if not re.search(r"\(\s*$", before) or _MONEY_END.search(before):
        return None
    paren = before.rstrip().rstrip("(")
    cut = max(paren.rfind(c) for c in ",;:)•\n")
    tokens = tokenize(paren[cut + 1:])
    while tokens and tokens[0].lower in _LIST_ITEM_OPENERS:
        tokens = tokens[1:]
    runs = name_runs(tokens)
    if not runs:
        return None
    # "Vexo en février et son usine (2 M€)": the name opening the item; "comme la
    # biotech Orbo (8 M€)": the name right before the parenthesis.
    # "…, Vexo 4 M€ et Norial (2 M€)": an item that holds an amount of its own is
    # another item; the name is the one right before the parenthesis.
    other_item = any(t.text[:1].isdigit() for t in tokens) and runs[-1][1] == len(tokens)
    if runs[0][0] == 0 and not other_item:
        i, j = runs[0]
    elif runs[-1][1] == len(tokens) and len(tokens) <= 12:
        i, j = runs[-1]
    else:
        return None
    return cut + 1 + tokens[i].start, cut + 1 + tokens[j - 1].end


# A round-up item "Vexo (12 M€)" elsewhere in the sentence.
_PAREN_ITEM = re.compile(r"[A-ZÀ-Ý][\w'’&.-]*\s*\(\s*\d")


def bare_item_name(sentence: str, start: int) -> tuple[int, int] | None:
    """Where the name of a round-up item whose amount has no parentheses is, when the
    other items have them: "…, Norial (5 M€), Vexo 12 M€ et Orbo (3 M€)"."""
    before = sentence[:start]
    if not _PAREN_ITEM.search(sentence) or re.search(r"\(\s*$", before):
        return None
    cut = max(before.rfind(c) for c in ",;:)")
    if cut < 0:
        return None
    tokens = tokenize(before[cut + 1:])
    while tokens and tokens[0].lower in _LIST_ITEM_OPENERS:
        tokens = tokens[1:]
    runs = name_runs(tokens)
    if not tokens or runs != [(0, len(tokens))]:
        return None
    return cut + 1 + tokens[0].start, cut + 1 + tokens[-1].end


_BULLET = re.compile(r"\s*[-•▸►▹▪■□●◦‣*–—]\s*")


def bullet_item_name(sentence: str, start: int) -> tuple[int, int] | None:
    """Where the name heading a bullet line is, for the first amount of that line:
    "• Vexo — 23 M€ — Série B", "- Norial (robotique), 5 M€ en amorçage"."""
    bullet = _BULLET.match(sentence)
    if bullet is None or bullet.end() == 0 or re.search(r"\d", sentence[bullet.end():start].split("(")[0]):
        return None
    tokens = tokenize(sentence[bullet.end():start])
    runs = name_runs(tokens)
    if not runs or runs[0][0] != 0:
        return None
    i, j = runs[0]
    # The name ends the item's head: a parenthesis, a comma, a dash or a colon follows.
    if j < len(tokens) and tokens[j].text not in ("(", ",", "—", "–", "-", ":"):
        return None
    return bullet.end() + tokens[i].start, bullet.end() + tokens[j - 1].end


def classify_amount(sentence: str, start: int, end: int,
                    mention_spans: list[tuple[int, int]] = ()) -> str | None:
    """What the amount at ``sentence[start:end]`` is: money raised in a round
    (``ROUND``), a valuation, an earlier valuation ("contre 2,7 milliards"), or
    something else (None: revenue, fund sizes, totals, averages, share prices,
    the second amount of a conversion)."""
    before = sentence[:start]
    surface = sentence[start:end]
    after = re.split(r"[,.;:!?]", sentence[end:end + 60], maxsplit=1)[0]
    if re.search(r"\(\s*$", before):
        # "335 millions de dollars (276 millions d'euros)" is a conversion; "Vexo (12
        # M€), Norial (5 M€)" lists rounds when the sentence tells of money raised.
        item = list_item_name(sentence, start)
        # "Vexo (300 millions levés au total)", "Orbo (12 M€ depuis sa création)"
        after_words = re.sub(r"^\s*(?:levés?|levées?|récoltés?|réunis)\s+", "", after)
        if _cue("non_round_cues_after.txt").match(after_words.strip()):
            return None
        if (item and _cue("raise_cues.txt").search(sentence)
                and not _cue("non_round_cues.txt").fullmatch(sentence[item[0]:item[1]])):
            return ROUND
        return None  # a conversion, or "Moyenne (3,3 millions)"
    if _TOTAL_BEFORE.search(before) or _SO_FAR.search(before[-60:]):
        return None  # "Au total, elle aura levé 38 millions", "qui avait jusqu'ici levé"
    digit = re.search(r"\d", surface)
    if _cue("non_round_cues.txt").search(surface[:digit.start()] if digit else surface):
        return None  # "au-delà de 50 millions" (the cue before the number; "9 M$ CA" is a currency)
    if _CONVERSION_BEFORE.search(before):
        return None  # "9 millions de dollars, ou 8 millions d'euros"

    if _INTO_COFFERS.match(sentence, end):
        return ROUND  # "les 6 M€ tombés dans l'escarcelle de Vexo": money a company received
    clause = re.split(r"[;.!?]|,\s*(?:et|mais|tandis)\s", sentence[end:], maxsplit=1)[0]
    if re.search(r"\d", clause) is None and _cue("secondary_sale_cues.txt").search(clause):
        return None  # "environ 20 millions, correspond à des actions cédées par des salariés"
    funder_verb = _last_raise_cue(sentence[:start])
    if _EACH.match(sentence[end:]) and funder_verb and participation_verb_at(sentence[funder_verb.start():start]):
        return None  # "les deux fonds ont investi 1 million chacun": a share, not a round
    if _SINCE_YEAR.match(sentence[end:]):
        return None  # "a investi 13 milliards dans X depuis 2019": a sum over years
    if _FUND_AFTER.match(sentence[end:]):
        return None  # "vient de lever 25 millions pour son premier fonds": a fund's own money
    negative_after = _cue("non_round_cues_after.txt").search(after)
    if negative_after and (negative_after.start() < 25 or re.match(
            r"depuis|au total|en cumulé", negative_after.group(), re.IGNORECASE)):
        return None
    raise_cue = _last_raise_cue(before)
    raise_end = raise_cue.end() if raise_cue else -1
    if raise_cue is not None and is_planned_raise(before, raise_cue):
        return None
    if raise_cue is not None and _PLURAL_ROUND_NOUN.match(raise_cue.group()):
        return None  # "les levées de fonds ont atteint 8 milliards": a market's sum
    if raise_cue is not None and _NEGATED.search(before[:raise_cue.start()]):
        return None  # "aucune levée de plus de 8 millions"
    for m_start, m_end in mention_spans:
        if m_end <= start:
            raise_end = max(raise_end, m_end)
    negative = None
    for negative in _cue("non_round_cues.txt").finditer(before):
        pass
    negative_end = negative.end() if negative else -1
    # "a levé des fonds à hauteur de 5 M€", "lève un total de 12 M€": right after a
    # raise verb these cues only introduce the amount.
    if (negative is not None and _TRANSPARENT_AFTER_RAISE.fullmatch(negative.group())
            and raise_cue is not None and raise_cue.end() <= negative.start()
            and (re.fullmatch(r"\s*(?:[\w'’-]+\s*){0,3}", before[raise_cue.end():negative.start()])
                 or _NOUN_CUES.match(raise_cue.group())
                 and _OWNER_BEFORE_TOTAL.fullmatch(before[raise_cue.end():negative.start()]))):
        negative_end = -1
    # "la série F de Vexo totalisant 213 M$": a named round's own amount, not a total.
    if negative is not None and negative_end >= 0 and re.fullmatch(r"totalis\w*", negative.group(), re.IGNORECASE) \
            and any(m_end <= negative.start() and re.fullmatch(
                r"\s*(?:d(?:e\s+|['’]\s*|u\s+)(?:la\s+|l['’]\s*)?(?:[a-zà-ÿ-]+\s+){0,3}[A-ZÀ-Ý][^,;:()]{0,40}?)?\s*,?\s*",
                before[m_end:negative.start()]) for _, m_end in mention_spans):
        negative_end = -1
    valuation_end = _nearest_before(_cue("valuation_cues.txt"), before)
    comparison_end = _nearest_before(_cue("comparison_cues.txt"), before)
    if valuation_end >= 0 and comparison_end > valuation_end and comparison_end > raise_end:
        return EARLIER_VALUATION
    best = max(raise_end, negative_end, valuation_end)
    if best < 0:
        if (amount_first(sentence[end:]) or cleft_subject_first(sentence[end:])
                or _FUNDER_PASSIVE.match(sentence[end:]) or _INJECTED_INTO.match(sentence[end:])):
            return ROUND
        if raised_by_one_company(sentence[end:]):
            return ROUND  # "les 7 millions levés par la start-up X" (a market's agent is dropped later)
        if headline_company(sentence, start, end) is not None or _AMOUNT_FIELD.fullmatch(before):
            return ROUND  # "Montant : 5 M€": a deal card's field, its company told around it
        if _FRONTED_RAISED.match(sentence[end:]) and _FRONTED_WITH.fullmatch(before):
            return ROUND  # "Avec 9 millions levés, Vexo occupe la première place"
        if _RAISED_AFTER.match(sentence[end:]) and re.search(r"(?<!\w)avec\s+$", before, re.IGNORECASE):
            return ROUND  # "Vexo mène la semaine avec 9 millions récoltés auprès de Selva"
        # "680 millions de dollars lors d'une Série B": a round mention right after.
        for m_start, _ in mention_spans:
            if end <= m_start <= end + 40 and re.fullmatch(
                    r"\s*(?:\S+\s+){0,4}?(?:lors|en|pour|dans|au\s+cours|sur)\b.*|\s+[—–-]\s+", sentence[end:m_start],
                    re.DOTALL):  # "... lors d'une Série B", "Vexo — 23 M€ — Série B"
                return ROUND
        # "- Vexo (drones), 23 M€, série B", "- Orbo, 5 M€, financement": a bullet
        # line's fields, the one after the amount naming a round.
        field_after = re.match(r"\s*,\s*", sentence[end:])
        if field_after and bullet_item_name(sentence, start) is not None and (
                any(m_start == end + field_after.end() for m_start, _ in mention_spans)
                or _cue("raise_cues.txt").match(sentence, end + field_after.end())):
            return ROUND
        return None
    if best == valuation_end and valuation_end > max(raise_end, negative_end):
        return VALUATION
    # "la valorisation serait portée à 60 Md$": a valuation brought to a new level.
    if (negative_end == best and valuation_end > raise_end
            and _RUNNING_TOTAL.search(before[valuation_end:negative_end])):
        return VALUATION
    if best == raise_end and raise_end > negative_end:
        return ROUND
    return None


# "La levée de fonds de la start-up Vexo s'élève à": the round's owner between the
# round noun and the cue that gives its amount.
_OWNER_BEFORE_TOTAL = re.compile(
    r"\s*(?:de\s+(?:fonds|table|financement)\s+)?d(?:e\s+|u\s+|['’]\s*)(?:(?:la|le)\s+|l['’]\s*)?"
    r"(?:[a-zà-ÿ-]+\s+){0,3}[A-ZÀ-Ý0-9][\w&'’.-]*(?:\s+[A-ZÀ-Ý0-9][\w&'’.-]*){0,2}\s*,?\s*")
_AMOUNT_FIELD = re.compile(r"\s*(?:[-•▸►*]\s*)?montant(?:\s+levé|\s+de\s+la\s+levée(?:\s+de\s+fonds)?"
                           r"|\s+du\s+tour(?:\s+de\s+table)?)?\s*:\s*", re.IGNORECASE)
_TRANSPARENT_AFTER_RAISE = re.compile(r"(?:à\s+hauteur\s+de|total\s+de|s['’]élève|montant\s+total\s+de)",
                                      re.IGNORECASE)
# "Avec", an adverb maybe quoted: "Avec « seulement » 9 millions levés, Vexo ...".
# "Forte de 5 M€ levés, Vexo ...", "Riche de ses 5 M€ obtenus", "5 M€ en poche, Vexo":
# the same, with the opener that says the company now has the money, or none.
_FRONTED_WITH = re.compile(r"\s*(?:(?:avec|fort(?:e|s|es)?\s+d(?:e|es)?|riches?\s+d(?:e|es)?)(?:\s+|(?<=d)['’]\s*)"
                           r"(?:(?:ses|ces|leurs|les)\s+)?)?(?:[«“\"]\s*)?"
                           r"(?:seulement|près\s+de|plus\s+de|environ|pas\s+moins\s+de)?"
                           r"\s*(?:[»”\"]\s*)?", re.IGNORECASE)
_FRONTED_RAISED = re.compile(r"\s+(?:(?:levés|récoltés|réunis|collectés|obtenus|engrangés|mobilisés|sécurisés)"
                             r"(?:\s+(?:auprès|lors|cette|ce|l['’]an)(?![\w-])[^,.;:!?]{0,50})?|en\s+poche)\s*,",
                             re.IGNORECASE)
# A raise participle right after the amount, then its investors, its round or the clause's end.
_RAISED_AFTER = re.compile(r"\s+(?:levés|levées|récoltés|récoltées|réunis|réunies|collectés|collectées|obtenus|obtenues"
                           r"|engrangés|mobilisés|rassemblés|sécurisés)(?:\s*[,.;:)]|\s*$|\s+(?:auprès|lors|grâce|au\s+cours"
                           r"|en\s+(?:série|seed|amorçage)|par\s+(?:le|la|l['’]|ce|cette)|cette|ce\s+mois|la\s+semaine))",
                           re.IGNORECASE)
_FUND_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?pour\s+(?:son|leur|un|le|ce)\s+(?:[\w-]+\s+){0,2}?fonds\b", re.IGNORECASE)
_SINCE_YEAR = re.compile(r"[^,;.]{0,40}?(?<!\w)depuis\s+(?:(?:le\s+début\s+de\s+|l['’]an\s+)?(?:19|20)\d\d|\d+\s+ans)(?!\w)",
                         re.IGNORECASE)
_CONVERSION_BEFORE = re.compile(
    r"\d[^,;()]{0,40}?(?:€|euros?|dollars?|francs?|livres?|\$|£|CHF|USD|EUR|CAD)(?:\s+[a-zé]+)?\s*,?\s*"
    r"(?:ou|soit|(?:l['’]\s*)?équivalent\s+(?:de|d['’]|à)|équivalant\s+à|c['’]est-à-dire)\s*(?:environ|près\s+de|plus\s+de)?\s*$",
    re.IGNORECASE)
_EACH = re.compile(r"\s*,?\s*chacun(?:e|s|es)?(?!\w)", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"(?<!\w)(?:chacun(?:e|s|es)?|(?:tous|toutes)\s+(?:les\s+)?(?:deux|trois))(?:\s+\S+){0,2}\s*$",
                          re.IGNORECASE)


# A fund named in apposition to "fonds" right before the raiser's name.
_FUND_APPOSITION = re.compile(r"(?<![\w-])(?:un|le|son|ce|nouveau)\s+(?:[\w'’-]+\s+)?fonds(?![\w-])[^.;:!?]{0,70},\s*$",
                              re.IGNORECASE)
# A sentence about a fund's own money: "Ces fonds ont été récoltés auprès de ...".
_FUND_SUBJECT = re.compile(r"\s*(?:ces|les|le|ce)\s+fonds\s+(?:ont|a|sont|est)\s", re.IGNORECASE)
# A valuation only aimed at: "espère un tour qui lui permettrait une valorisation de", "vise le cap des".
_SOUGHT_VALUATION = re.compile(r"(?<!\w)(?:cherche|cherchent|vise|visent|espère|espèrent|ambitionne|souhaite|permettant"
                               r"|permettre|permettrait)(?!\w)[^.;!?]{0,70}$", re.IGNORECASE)
# A possessive or demonstrative right before a kind: "sa série A", "cette série B".
_OWN_ROUND = re.compile(r"(?<!\w)(?:sa|son|cette|ce|la|le)\s+(?:(?:nouvelle|nouveau|premier|première)\s+)?"
                        r"(?:(?:levée|tour|ronde)\s+(?:de\s+(?:fonds|table)\s+)?(?:de\s+|d['’]\s*|en\s+)?)?$", re.IGNORECASE)
# "celle de X", "celui de X": a pronoun for a round, owned by X.
_PRONOUN_OF = re.compile(r"(?<!\w)(?:celle|celui)\s+d(?:e\s+|['’]\s*)(?=[A-ZÀ-Ý])")
# A funder's stake: the company is the one whose capital it enters.
_STAKE_CUE = re.compile(r"(?:prend|prennent|a\s+pris|ont\s+pris|prise)\s+(?:une\s+|de\s+)participation", re.IGNORECASE)
# "et", "puis" (and an auxiliary or adverb or two) right before a verb coordinate it.
_COORDINATED_VERB = re.compile(r"(?<!\w)(?:et|puis)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# A completive clause opened after a verb: "ont déclaré que", "indique qu'".
_THAT_CLAUSE = re.compile(r"(?<!\w)qu(?:e\s+|['’]\s*)(?!(?:à|de)\s)", re.IGNORECASE)


def opening_name(clause: str) -> tuple[int, int] | None:
    """Where the name that opens ``clause`` as its subject is: first, or right after a
    fronted phrase and its comma ("Deuxième du classement, Vexo se hisse"), followed by
    a lower-case word that is no preposition or determiner; never a person."""
    tokens = tokenize(clause)
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), -1)
    for i, j in name_runs(tokens):
        if i != 0 and i != comma + 1:
            continue
        if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower == "qui":
            pass  # "Vexo, qui vend des bougies, se classe": a relative between subject and verb
        elif j + 1 < len(tokens) and tokens[j].lower == "et" and tokens[j + 1].lower in ("son", "sa", "ses"):
            pass  # "Vexo et son site de vente :": the company and what it owns
        elif j >= len(tokens) or not tokens[j].text.isalpha() or not tokens[j].text.islower() \
                or tokens[j].lower in PREPOSITIONS or tokens[j].lower in ("le", "la", "les", "un", "une", "des", "et", "ou"):
            continue
        name = clause[tokens[i].start:tokens[j - 1].end]
        if looks_like_person(name) or is_rubric(name):
            return None
        return tokens[i].start, tokens[j - 1].end
    return None


# A round noun as the subject of a passive whose agent is the company: "la plus grosse
# levée a été réalisée par", "ce deal record est signé par".
_DEAL_BY = re.compile(r"(?<!\w)(?:deal|levée|opération|tour\s+de\s+table|financement|record)(?!\w)[^,;:.]{0,40}?"
                      r"(?<!\w)(?:signée?|réalisée?|bouclée?|détenue?|établie?)\s+par\s+", re.IGNORECASE)
# Money fallen into a company's coffers: "tombés mardi dans l'escarcelle de", "entrés
# dans les caisses de". The match ends before the owner's "de".
_INTO_COFFERS = re.compile(r"\s+(?:(?!d['’]|de\s|des\s|du\s)[\w'’-]+\s+){0,3}?(?:dans|en)\s+(?:l['’]\s*escarcelle|les\s+caisses|la\s+poche"
                           r"|les\s+poches)(?=\s+d(?:e\s|['’]|u\s))", re.IGNORECASE)
def _recipient_after_for(text: str, offset: int) -> Subject | None:
    """The company after "pour" in a funder's clause: "pour l'éditeur de logiciels
    de paie Vexo" (company words, lower-case, then its name)."""
    clause = re.split(r"[;.!?]", text, maxsplit=1)[0]
    m = re.search(r"\s+pour\s+(?:la|le|l['’]|cette|ce|cet)\s*", clause, re.IGNORECASE)
    if m is None:
        return None
    tokens = tokenize(clause[m.end():])
    runs = name_runs(tokens)
    if not runs or runs[0][0] > 10 or not _antecedent_words(tokens[:runs[0][0]]):
        return None
    i, j = runs[0]
    name = clause[m.end() + tokens[i].start:m.end() + tokens[j - 1].end]
    if looks_like_person(name):
        return None
    return Subject("name", name, offset + m.end() + tokens[i].start, offset + m.end() + tokens[j - 1].end)


def _antecedent_words(tokens: list) -> bool:
    """Lower-case words that start with a company noun: "spécialiste de la gestion"."""
    return bool(tokens) and all(t.text.islower() or t.text in ("'", "’") for t in tokens) and bool(
        _ANTECEDENT_START.match(tokens[0].text))


_ANTECEDENT_START = re.compile("|".join(re.escape(w) for w in words("antecedent_nouns.txt")) + r"|[^\W\d_]*tech",
                               re.IGNORECASE)
# A round told by a plain noun: "la levée de fonds", "le tour de table".
_PLAIN_ROUND_NOUN = re.compile(r"(?<!\w)(?:levée\s+de\s+fonds|tour\s+de\s+table|levée|augmentation\s+de\s+capital)(?!\w)",
                               re.IGNORECASE)
# A lettered series followed by its owner: "la série F de".
_SERIES_LETTER = re.compile(r"(?<!\w)s[ée]rie\s+[A-Ha-h]\d?(?=\s+d(?:e\s|['’]|u\s))")
# "Vexo et son tour de table de": a possessive round coordinated after its company.
_AND_ITS_ROUND = re.compile(
    r"\s+et\s+(?:son|sa)\s+(?:(?:nouvelle|nouveau|premier|première|dernier|dernière|récent|récente)\s+)?"
    r"(?:levée|tour|ronde|opération|financement|augmentation)(?:\s+(?:de\s+(?:fonds|table|financement|capital)"
    r"|d['’]amorçage|[\w-]+)){0,2}\s+(?:d['’]un\s+montant\s+)?(?:de|d['’])\s*(?:(?:près|plus)\s+d(?:e\s+|['’]))?$",
    re.IGNORECASE)
# A subject pronoun opening a completive clause right before the raise verb.
_PRONOUN_THAT = re.compile(r"(?<!\w)qu['’]\s*(?:il|elle)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# A ranking of round-ups fronted before a verb of place and its subject: "En
# deuxième position arrive Vexo", "Derrière elle, on trouve Norial", "Suit Orbo".
_FRONTED_PLACE = re.compile(r"\s*(?:(?:en|à\s+la|au|sur\s+la|derrière|juste\s+derrière|puis|ensuite|enfin)(?!\w)"
                            r"[^,;.:]{0,40}?,?\s*)?(?:on\s+|se\s+|s['’]\s*)?$", re.IGNORECASE)
_PLACED_AFTER = re.compile(r"(?:vient|viennent|arrive|arrivent|suit|suivent|figure|figurent|se\s+place|se\s+hisse"
                           r"|se\s+classe|pointe|place|hisse|classe|trouve|retrouve)(?!\w)\s*", re.IGNORECASE)


def _clause_of(sentence: str, start: int) -> str:
    """The words of the clause that holds ``start``, up to it."""
    cut = max(sentence.rfind(c, 0, start) for c in ",;:")
    return sentence[cut + 1:start]


def coordinated_names(clause: str) -> list[tuple[int, int]]:
    """The names a coordination lists ("Vexo et Norial", "la fintech Kalima et la medtech
    Orbo"), each part naming one; fewer than two parts naming one gives nothing."""
    spans = []
    pos = 0
    for part in re.split(r"\s+et\s+|\s*,\s*", clause):
        at = clause.find(part, pos)
        pos = at + len(part)
        tokens = tokenize(part)
        # "xAI d'Anne Morel": a name after "de" is an owner, not the coordinated one.
        runs = [r for r in name_runs(tokens) if r[0] == 0 or tokens[r[0] - 1].lower not in ("de", "d'", "d’", "du")]
        if not runs:
            return []
        i, j = runs[-1]
        # "Selva de Paul Roy": the company, its owner left out.
        for k in range(i + 1, j - 1):
            if tokens[k].lower in ("de", "d'", "d’", "du") and looks_like_person(
                    part[tokens[k + 1].start:tokens[j - 1].end]):
                j = k
                break
        spans.append((at + tokens[i].start, at + tokens[j - 1].end))
    return spans if len(spans) >= 2 else []


def coordinated_subject_names(subject: str) -> list[tuple[int, int]]:
    """The names of a subject made only of coordinated names ("Vexo, Norial et Orbo",
    "la fintech Kalima et la medtech Orbo"), each part a name or a company noun and a
    name; a fund, a person or any other word gives nothing."""
    clause_start = max(subject.rfind(c) for c in ":;.!?\n") + 1
    clause = subject[clause_start:]
    spans = []
    pos = 0
    for part in re.split(r"\s+et\s+|\s*,\s*", clause):
        at = clause.find(part, pos)
        pos = at + len(part)
        tokens = tokenize(part)
        runs = name_runs(tokens)
        if not runs and not spans and pos < len(clause):
            continue  # "Cette semaine, Vexo et Orbo": a fronted phrase
        if not runs or runs[-1][1] != len(tokens):
            return []
        i, j = runs[-1]
        if i > 0 and not _introduced_name(tokens, i):
            return []
        name = part[tokens[i].start:tokens[j - 1].end]
        if looks_like_person(name) or re.search(r"(?<![\w-])fonds(?![\w-])", part, re.IGNORECASE):
            return []
        spans.append((clause_start + at + tokens[i].start, clause_start + at + tokens[j - 1].end))
    return spans if len(spans) >= 2 else []


def _introduced_name(tokens: list, i: int) -> bool:
    """A name after a determiner and company words only: "la fintech X", "les start-up X"."""
    return tokens[0].lower in ("la", "le", "l'", "l’", "les") and all(
        t.text.islower() and t.lower not in PREPOSITIONS for t in tokens[1:i])


_NEGATED = re.compile(r"(?<!\w)(?:aucune?|pas\s+de|pas\s+d['’]|nulle)\s*$", re.IGNORECASE)

# "trois opérations (Vexo, Norial et Orbo)": a round-up counts rounds and names their
# companies in parentheses, their amounts left out. The nouns that always mean a raise
# are told apart from those that do only once the article has told a round.
_COUNTED_ROUNDS = re.compile(
    r"(?<![\w-])(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|autres)\s+"
    r"(?:(?:nouvelles|autres)\s+)?(levées(?:\s+de\s+fonds)?|tours\s+de\s+table|opérations|financements"
    r"|investissements|deals|transactions)\s*\(([^()]{3,240})\)",
    re.IGNORECASE)
_RAISE_ONLY_NOUNS = ("levées", "tours")


def counted_round_names(sentence: str, rounds_told: bool) -> list[tuple[int, int]]:
    """The companies a round-up lists in parentheses after a count of rounds
    ("deux levées (Kalima et Orbo)"), as offsets in ``sentence``; nouns such as
    "opérations" count only when ``rounds_told`` (the article has told a round)."""
    spans = []
    for m in _COUNTED_ROUNDS.finditer(sentence):
        if not rounds_told and not m.group(1).lower().startswith(_RAISE_ONLY_NOUNS):
            continue
        spans.extend((m.start(2) + a, m.start(2) + b) for a, b in coordinated_names(m.group(2)))
    return spans


# Rounds counted together: an amount after them is their sum.
_PLURAL_ROUND_NOUN = re.compile(r"(?:levées|opérations)(?!\w)", re.IGNORECASE)


# A round noun opening a clause, its owner named after it: "La levée de fonds de
# Vexo s'élève à", "Le montant du tour de table de la société Vexo atteint", "La
# dernière levée de Vexo, de 5 M€, ...". The match ends before the owner's "de".
_ROUND_SUBJECT = re.compile(
    r"(?:^|[,:;(]\s*|\s[—–-]\s+)(?:(?:le\s+montant|la\s+taille|l['’]ampleur)\s+(?=d))?"
    r"(?:(?:d(?:e\s+|u\s+|['’]\s*))?(?:(?:la|le|cette|ce|cet|sa|son)\s+|l['’]\s*)|du\s+)"
    r"(?:(?:dernière|dernier|nouvelle|nouveau|récente|récent|première|premier|deuxième|seconde?|précédente?)\s+)?"
    r"(?:levée(?:\s+de\s+fonds)?|tour(?:\s+de\s+(?:table|financement))?|opération|financement"
    r"|augmentation\s+de\s+capital)(?=\s+d(?:e\s|u\s|['’]))",
    re.IGNORECASE)


_ROUND_NOUN_OWNED = re.compile(
    r"(?<![\w-])(?:levée(?:\s+de\s+fonds)?|tour(?:\s+de\s+(?:table|financement))?|opération|financement"
    r"|augmentation\s+de\s+capital|s[ée]rie\s+[A-H]\d?)(?=\s+d(?:e\s|u\s|['’]))",
    re.IGNORECASE)


def _round_owner_within(text: str, offset: int) -> Subject | None:
    """The company owning a round noun inside ``text`` ("le tour de table de Vexo"),
    a person or a non-name left out; None when there is none."""
    for m in _ROUND_NOUN_OWNED.finditer(text):
        owner = genitive_of(text[m.end():], offset + m.end())
        if owner.kind == "name" and not looks_like_person(owner.name):
            return owner
    return None


_WHOSE_ROUND = re.compile(
    r"\s*,\s*dont\s+(?:(?:la|le|sa|son)\s+|l['’]\s*)(?:(?:dernière|dernier|nouvelle|nouveau|récente|première|premier)\s+)?"
    r"(?:levée(?:\s+de\s+fonds)?|tour(?:\s+de\s+(?:table|financement))?|opération|financement)(?![\w-])",
    re.IGNORECASE)


def _owned_round_subject(before: str, offset: int) -> Subject | None:
    """The company owning the round noun that is the subject of the clause telling
    the amount ("Le tour de table de Vexo atteint 5 M€"), when no raise verb of its
    own comes after the owner; else None."""
    whose = _WHOSE_ROUND.search(before)
    if whose is not None:
        # "Vexo, dont la levée atteint 5 M€, recrute": the round of the name before "dont".
        named = subject_of(before[:whose.start()], offset)
        if named.kind == "name" and not looks_like_person(named.name) and not _last_raise_cue(before[whose.end():]):
            return named
    m = _ROUND_SUBJECT.search(before)
    if m is None:
        return None
    owner = genitive_of(before[m.end():], offset + m.end())
    if owner.kind != "name" or looks_like_person(owner.name):
        return None
    rest = before[owner.end - offset:]
    cue = _last_raise_cue(rest)
    if cue is not None and not _NOUN_CUES.match(cue.group()):
        return None  # "La levée de Vexo a permis à Norial de lever": another raiser
    if name_runs(tokenize(rest)):
        return None  # another name after the owner may be the subject
    return owner


# What opens a non-finite clause right before its raise verb: "Ayant", "Après
# avoir", "Avant d'avoir", "En", "Tout en", "Sans avoir", maybe with an adverb.
_NON_FINITE_OPENER = re.compile(
    r"\s*(?:(?:tout\s+)?(?:juste\s+)?(?:après|avant\s+d['’]\s*|sans|pour)\s*(?:avoir|être)|ayant|étant|(?:tout\s+)?en)"
    r"(?:\s+(?:déjà|récemment|tout\s+juste|ainsi|aussi|notamment|à\s+peine|enfin|pourtant|encore|[\w-]+ment))?\s*",
    re.IGNORECASE)


_BARE_ADVERBS = re.compile(r"\s*(?:(?:tout\s+)?juste|tout\s+récemment|récemment|déjà|à\s+peine|[\w-]+ment)?\s*",
                           re.IGNORECASE)
_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:é|ée|és|ées)(?![\w-])", re.IGNORECASE)


def _last_raise_cue(before: str) -> re.Match | None:
    """The last raise cue of ``before``, a funder's verb read as a noun left out
    ("rafle la mise")."""
    last = None
    for m in _cue("raise_cues.txt").finditer(before):
        if m.group().lower() == "mise" and re.search(r"(?:la|une|sa|de)\s+$", before[:m.start()], re.IGNORECASE):
            continue
        last = m
    return last


# A funder's participle after the amount: "16 M€ consentis par Alpaga et Selva",
# "un prêt de 2 M€ accordé par Bpifrance".
_FUNDER_PASSIVE = re.compile(
    r"\s*(?:\([^()]{0,60}\))?\s*,?\s*(?:apport|consenti|investi|injecté|accordé|octroyé|versé|souscrit)\w*"
    r"\s+(?:[\w'’-]+\s+){0,6}?par\s",
    re.IGNORECASE)


# A title with no verb: "12 millions d'euros pour Vexo", "Vexo : 5 M€ pour recruter".
_HEADLINE_FOR = re.compile(r"\s+pour\s+(?:la\s+(?:[a-zà-ÿ-]+\s+){1,3}|l['’](?:[a-zà-ÿ-]+\s+){1,3})?(?=[A-Z0-9])")
_HEADLINE_MAX_WORDS = 14


# A title's round noun or money word with its beneficiary after "pour": "Nouvelle
# levée pour Vexo", "Un tour de table record pour la medtech Vexo".
_TITLE_ROUND_FOR = re.compile(r"(?<![\w-])(?:levée|levées|tour|table|financement|fonds|opération|argent|millions?"
                              r"|milliards?|M€|M\$|k€|Md€)(?:\s+[\w'’-]+){0,3}?(?=\s+pour\s)", re.IGNORECASE)


def _title_beneficiary(title: str) -> str | None:
    """The company a verbless title gives a round to, or None."""
    if len(title.split()) > _HEADLINE_MAX_WORDS:
        return None
    for m in _TITLE_ROUND_FOR.finditer(title):
        after = _HEADLINE_FOR.match(title, m.end())
        if after is None:
            continue
        tokens = tokenize(title[after.end():])
        runs = name_runs(tokens)
        if runs and runs[0][0] == 0:
            i, j = runs[0]
            name = title[after.end() + tokens[i].start:after.end() + tokens[j - 1].end]
            if not looks_like_person(name):
                return name
    return None


def headline_company(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the company of a title that states a round without a verb is: after "pour"
    right behind the amount, or before a colon that opens the title."""
    if len(sentence.split()) > _HEADLINE_MAX_WORDS:
        return None
    after = _HEADLINE_FOR.match(sentence, end)
    if after:
        tokens = tokenize(sentence[after.end():])
        runs = name_runs(tokens)
        if runs and runs[0][0] == 0:
            i, j = runs[0]
            return after.end() + tokens[i].start, after.end() + tokens[j - 1].end
        return None
    colon = re.fullmatch(r"\s*([^:]{1,40}?)\s*:\s*", sentence[:start])
    if colon:
        tokens = tokenize(colon.group(1))
        runs = name_runs(tokens)
        if runs and runs[0] == (0, len(tokens)) and not is_rubric(colon.group(1)):
            return colon.start(1), colon.end(1)
    return None


# "Un apport de 4 M€ a été injecté dans le capital de X": the company follows.
_INJECTED_INTO = re.compile(r"\s+(?:ont|a)\s+été\s+(?:injecté|investi|apporté|placé)\w*(?:\s+[\w'’-]+){0,3}?"
                            r"(?=\s+(?:dans|au\s+capital|sur)\s)", re.IGNORECASE)


def is_planned_raise(text: str, verb: re.Match) -> bool:
    """Whether the raise cue ``verb`` found in ``text`` is a verb only sought or
    planned: "elle espère lever", "cherche à lever", "pour lever"."""
    if _NOUN_CUES.match(verb.group()) or not _INFINITIVE.search(verb.group()):
        return False  # "pour photographes a levé": a verb told in a tense is done
    planned = _planned_cue_at_end().search(text[:verb.start()])
    if planned is None:
        return False
    # "Elle a réalisé un tour de table en mai pour lever 20 millions": the purpose of
    # a round already done is the money it raised.
    return not (planned.group().lower().startswith("pour") and _DONE_ROUND.search(text[:planned.start()]))


# A round told as done in the passé composé: "a réalisé son dernier tour", "a bouclé une levée".
_DONE_ROUND = re.compile(r"(?<!\w)(?:a|ont|avait|avaient)\s+(?:[\w'’-]+\s+){0,2}?(?:réalisé|bouclé|finalisé|clôturé|conclu"
                         r"|mené|organisé)\s+(?:[\w'’-]+\s+){0,3}?(?:tour|levée|opération|ronde)(?!\w)", re.IGNORECASE)


# Money sought is told with an infinitive: "espère lever", "pour boucler", "compte obtenir".
_INFINITIVE = re.compile(r"(?:er|ir|oir|re)$", re.IGNORECASE)


@cache
def _planned_cue_at_end() -> re.Pattern:
    cue = phrase_regex(words("planned_raise_cues.txt")).pattern
    # The cue, at most one adverb and a preposition right before the verb: "espère
    # encore lever", "cherche actuellement à lever", "prévoit de boucler".
    return re.compile(rf"{cue}\s*(?:[\w'’-]+\s+){{0,2}}?(?:(?:de|à)\s+|d['’]\s*)?$", re.IGNORECASE)


def is_earlier(sentence: str, start: int) -> bool:
    """Is the round whose amount is at ``sentence[start:]`` one before the reported one
    ("avait levé", "la précédente levée", "après une Série C de ...")?"""
    before = sentence[:start]
    if _cue("earlier_round_cues.txt").search(before):
        return True
    return re.search(r"(?<!\w)après\s+(?:les|le|la|l['’]|une|un|sa|son|ses)\b[^,;]{0,40}$", before) is not None


def bind_mentions(amounts: list[tuple[int, int]], mentions: list[Mention], sentence_text: str,
                  offset: int) -> dict[int, Mention]:
    """Give each amount (index) the nearest round mention of its sentence; a named
    kind ("Série B") wins over a plain "tour de table"; a named mention goes to one
    amount only."""
    def gap(a: tuple[int, int], m: Mention) -> int:
        lo, hi = (m.end, a[0]) if m.end <= a[0] else (a[1], m.start)
        between = sentence_text[max(lo - offset, 0):max(hi - offset, 0)]
        cost = len(between.split())
        if re.search(r"(?<!\w)(?:après|contre)(?!\w)|[;]", between):
            cost += 5
        if re.search(r",\s*(?:qu|qui|dont|mais)\b", between, re.IGNORECASE):
            cost += 5  # "un tour d'amorçage, qu'il compte prolonger avec 900 000 €": another clause
        for other in amounts:
            if other != a and lo <= other[0] < hi:
                cost += 100
        return cost

    bound: dict[int, Mention] = {}
    specific = [m for m in mentions if m.round_type != "unspecified"]
    pairs = sorted((gap(a, m), i, k) for i, a in enumerate(amounts) for k, m in enumerate(specific))
    used = set()
    for cost, i, k in pairs:
        if cost > 15 or i in bound or k in used:
            continue
        bound[i] = specific[k]
        used.add(k)
    plain = [m for m in mentions if m.round_type == "unspecified"]
    for i, a in enumerate(amounts):
        if i in bound or not plain:
            continue
        # Compared by gap only (Mentions are not ordered): a tie goes to the earlier mention.
        cost, m = min(((gap(a, m), m) for m in plain), key=lambda pair: pair[0])
        if cost <= 10:
            bound[i] = m
    return bound


# ---------------------------------------------------------------- component


@dataclass
class _Round:
    amount: dict | None
    sentence: tuple[int, int]
    paragraph: int
    current: bool
    company: str | None = None
    round_type: str = "unspecified"
    round_label: str | None = None
    valuation: dict | None = None
    investors: list[Found] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    position: int = 0
    guessed: bool = False  # company taken from the title, not from the sentence
    # Other sentences that state the same amount again: (sentence, amount offset).
    retold: list[tuple[tuple[int, int], int]] = field(default_factory=list)
    # The sentence just before, when it tells the raise without an amount ("Vexo a
    # bouclé en mars sa série A. Le tour de 8 millions ..."): it may date the round.
    told_before: tuple[int, int] | None = None


_ACRONYM_SKIP = frozenset({"de", "d", "du", "des", "la", "le", "l", "et", "pour", "en"})


def acronym_of(folded_name: str) -> str | None:
    """The initials of a name of three words or more ("banque europeenne d'investissement"
    -> "bei"), for telling an acronym and its long form apart as one name."""
    words_ = [w for w in re.split(r"[\s'’-]+", folded_name) if w and w not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words_) if len(words_) >= 3 else None


def _same_money(a: dict | None, b: dict | None) -> bool:
    """Whether two amounts tell the same money: equal within 1 %, or within 10 % when
    one is approximate ("près de 10 millions" and "9,7 millions")."""
    if not a or not b:
        return False
    tolerance = 0.1 if a.get("approximate") or b.get("approximate") else 0.01
    if abs(a["value"] - b["value"]) > tolerance * max(abs(b["value"]), 1):
        return False
    return a.get("currency") == b.get("currency") or not a.get("currency") or not b.get("currency")


# A sentence ends at . ! ? … (and a closing quote) before a capital, a digit or an
# opening quote; "M. Dupont" and initials ("J. Martin") do not end one.
_SENTENCE_END = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?[»”\"])?(?=\s+[«“\"A-ZÀ-ÖØ-Þ0-9])")
# Before the stop: "M." or a lone capital is an initial ("J. Martin")...
_INITIAL = re.compile(r"(?:^|[\s(])(?:M|Mme|Dr|[A-Z]|janv|févr|fév|avr|juil|sept|oct|nov|déc)$")
# ...unless it is the letter of a round ("a levé 50 millions en Série B. DST Global mène").
_ROUND_LETTER = re.compile(r"(?:[Ss][ée]ries?|Round|round|[Tt]ranche)\s+[A-Z]$")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:]``, cut at line breaks too (titles have no stop).

    The trained parser splits French news sentences at odd places ("L'opération
    valorise | l'entreprise ..."), so sentences are cut by punctuation here."""
    out = []
    for line in re.finditer(r"[^\n]+", text[start:]):
        l_start = start + line.start()
        piece_start = 0
        chunk = line.group()
        cuts = [m.end() for m in _SENTENCE_END.finditer(chunk)
                if not _INITIAL.search(chunk[:m.start()]) or _ROUND_LETTER.search(chunk[:m.start()])]
        cuts.append(len(chunk))
        for cut in cuts:
            piece = chunk[piece_start:cut]
            ls = len(piece) - len(piece.lstrip())
            rs = len(piece.rstrip())
            if rs > ls:
                out.append((l_start + piece_start + ls, l_start + piece_start + rs))
            piece_start = cut
    return out


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    return split_sentences(doc_text(doc), doc._.body_start or 0)


def _paragraph_index(text: str, body_start: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.end() > body_start]


_SUBORDINATE_DEPS = frozenset({"acl", "acl:relcl", "xcomp"})


def _in_subordinate(token) -> bool:
    """Whether a verb sits in a relative clause or what hangs from one: in "Chlorofil,
    qui conçoit des capteurs pour optimiser l'éclairage, a annoncé", neither
    "conçoit" nor "optimiser" is the verb whose subject is the company."""
    while token.dep_ != "ROOT" and token.head is not token:
        if token.dep_ in _SUBORDINATE_DEPS:
            return True
        token = token.head
    return False


# "présent au capital depuis l'amorçage", "dès la série A": a round before this one.
_SINCE = re.compile(r"(?<!\w)(?:depuis|dès|avant|après|jusqu['’]à)\s+(?:(?:l['’]|la|le|sa|son|leur|une?|d['’]une?)\s*)?$",
                    re.IGNORECASE)


# A demonstrative naming the round told before: "ce tour de table", "cette levée".
_ROUND_REFERENCE = re.compile(
    r"(?<!\w)(?:ce\s+(?:tour|financement|nouveau\s+tour)|cette\s+(?:levée|opération|nouvelle\s+levée|augmentation"
    r"\s+de\s+capital|série))(?!\w)", re.IGNORECASE)


# A kind told of many rounds at once: "le pipeline des IPO", "les séries A se font
# rares", "plusieurs introductions en Bourse": the market's, not one round's.
_GENERIC_KIND = re.compile(r"(?<!\w)(?:des|les|aux|ces|plusieurs|nombreuses|nombreux|certaines|certains)\s+"
                           r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# A pluperfect right after a kind: "Sa série A avait été bouclée en 2021" is an earlier round.
_PLUPERFECT_AFTER = re.compile(r"[^,.;:!?]{0,30}?(?<!\w)(?:avait|avaient)(?!\w)", re.IGNORECASE)


# Aid or a loan received, said before its kind: "a bénéficié d'une subvention",
# "financé par Bpifrance via une Bourse French Tech", "lauréate d'une aide", "a décroché un
# prêt d'honneur". Such a grant or loan is a round even when the text gives no amount.
_AID_RECEIVED = re.compile(
    r"(?<!\w)(?:a|ont|avait|avaient)?\s*(?:bénéficié|obtenu|décroché|reçu|perçu|touché|empoché)\s+(?:d['’]|de\s|une?\s|la\s|le\s)"
    r"[^.;:]{0,20}$"
    r"|(?<!\w)(?:bénéficie|bénéficient|obtient|obtiennent|décroche|décrochent|reçoit|reçoivent)\s+(?:d['’]|de\s|une?\s)[^.;:]{0,20}$"
    r"|(?<!\w)(?:financée?s?|soutenue?s?|aidée?s?)\s+(?:en\s+partie\s+)?par\s+[^.;:]{2,60}?"
    r"\s(?:via|grâce\s+à|avec|dans\s+le\s+cadre\s+d['’]|sous\s+forme\s+d['’])[^.;:]{0,30}$",
    re.IGNORECASE)


def _round_named_later(rounds: list["_Round"], same_paragraph, position: int) -> "_Round | None":
    """The round a sentence at ``position`` may name the kind of: the round last told
    before it in its paragraph, when that round is the current one and of no kind yet."""
    told = [(e[0], r) for r in rounds for e in r.evidence if e[0] < position and same_paragraph(e[0])]
    if not told:
        return None
    _, last = max(told, key=lambda item: item[0])
    return last if last.current and last.round_type == "unspecified" else None


def is_sum_of_parts(total: "_Round", rounds: list["_Round"]) -> bool:
    """Whether ``total`` only adds up other rounds of the article: "réunit près de
    10 millions" over "un tour d'amorçage de 7 millions" and "une subvention de 2,8
    millions". Such a total has no kind of its own and its parts are current."""
    if total.amount is None or total.round_type != "unspecified" or not total.current:
        return False
    parts = [r.amount for r in rounds if r is not total and r.current and r.amount
             and r.company == total.company and r.amount.get("currency") == total.amount.get("currency")
             and r.amount["value"] < total.amount["value"]]
    if len(parts) < 2:
        return False
    tolerance = 0.05 if total.amount.get("approximate") else 0.01
    target = total.amount["value"]
    # Every part at once, or any two of them: articles split a total in two or three.
    sums = [sum(p["value"] for p in parts)] + [a["value"] + b["value"] for k, a in enumerate(parts)
                                                 for b in parts[k + 1:]]
    return any(abs(x - target) <= tolerance * target for x in sums)


_HEADING_MAX = 80


def _bullet_name_line(line: str) -> str | None:
    """A bullet line that holds a name only: "– Vexo", "• Orbo Systems"."""
    bullet = _BULLET.match(line)
    if bullet is None or bullet.end() == 0:
        return None
    rest = line[bullet.end():].strip()
    tokens = tokenize(rest)
    runs = name_runs(tokens)
    if tokens and runs == [(0, len(tokens))] and not is_rubric(rest):
        return rest
    return None


def _paragraph_name(text: str, paragraphs: list[tuple[int, int]], para: int) -> str | None:
    """The name a round-up item gives its paragraph: in the paragraph's opening words
    ("Swilo. La carte ...") or on a heading line right above it ("▸ Orbo – 12 M€")."""
    if para < 0:
        return None
    start, end = paragraphs[para]
    label = paragraph_label(text[start:end])
    if label is None and para > 0:
        h_start, h_end = paragraphs[para - 1]
        heading = text[h_start:h_end].strip()
        if (len(heading) <= _HEADING_MAX and not heading.endswith((".", "!", "?", "»", '"'))
                and not text[h_end:start].strip() and text[h_end:start].count("\n") == 1):
            label = paragraph_label(heading) or _bullet_name_line(heading)
    return label


@dataclass
class _Story:
    """What the stages of round assembly share about one article."""

    doc: Doc
    text: str
    amounts: list[dict]  # the body's amounts, one per place, in text order
    mentions: list[Mention]  # round mentions of the body ("Série B", "tour de table")
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    rounds: list[_Round] = field(default_factory=list)
    valuations: list[tuple[dict, tuple[int, int], str]] = field(default_factory=list)
    sentence_rounds: dict[tuple[int, int], list[_Round]] = field(default_factory=dict)
    main_company: str | None = None  # the first company found raising
    paragraph_company: dict[int, str] = field(default_factory=dict)

    def paragraph_of(self, pos: int) -> int:
        for k, (s, e) in enumerate(self.paragraphs):
            if s <= pos < e:
                return k
        return -1

    def mentions_in(self, sent: tuple[int, int]) -> list[Mention]:
        return [m for m in self.mentions if sent[0] <= m.start < sent[1]]

    def sentence_text(self, sent: tuple[int, int]) -> str:
        return self.text[sent[0]:sent[1]]


_READ_ALSO = re.compile(r"(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|également)|sur\s+le\s+même\s+sujet|lien\s*:", re.IGNORECASE)


class FundingRoundExtractor:
    """Round assembly in stages: candidates (amounts raised, and named rounds whose
    amount is withheld), the company of each, consolidation (retold amounts merged,
    totals of parts dropped), then attachment of kinds named later, valuations and
    investors. Each stage is a method below, in that order."""

    def __init__(self, money_key: str) -> None:
        self.money_key = money_key

    def __call__(self, doc: Doc) -> Doc:
        doc._.funding_rounds = [self._as_dict(doc, r) for r in self.rounds(doc)]
        return doc

    def rounds(self, doc: Doc) -> list[_Round]:
        story = self._read_story(doc)
        self._rounds_from_amounts(story)
        self._rounds_without_amount(story)
        self._rounds_counted_in_roundup(story)
        self._rounds_of_coordinated_subjects(story)
        if not story.rounds:
            self._round_told_by_its_investors(story)
        story.rounds.sort(key=lambda r: r.position)
        story.rounds = [r for r in story.rounds if not is_sum_of_parts(r, story.rounds)]
        if not story.rounds:
            return []
        self._attach_kinds_named_later(story)
        self._attach_valuations(story)
        self._attach_investors(story)
        return sorted(story.rounds, key=lambda r: r.position)

    # -- candidates

    def _read_story(self, doc: Doc) -> _Story:
        text = doc_text(doc)
        body = doc._.body_start or 0
        moneys = sorted(
            (dict(s._.money) for s in doc.spans.get(self.money_key, []) if s._.money and s._.money["start"] >= body),
            key=lambda m: m["start"],
        )
        # One amount per place (the money component may report a span twice).
        unique: list[dict] = []
        for m in moneys:
            if not unique or m["start"] >= unique[-1]["end"]:
                unique.append(m)
        # "une ronde de 20 millions": an amount printed without a currency takes the
        # one the article implies.
        implied = article_currency(text, [m["currency"] for m in moneys])
        for m in unique:
            if m["currency"] is None:
                m["currency"] = implied
        mentions = [Mention(m.start, m.end, m.round_type, m.label)
                    for m in find_round_mentions(text) if m.start >= body]
        # "Lire aussi : Vexo lève 5 M€" links to another article: its facts are not this one's.
        sentences = [sent for sent in _sentences(doc) if not _READ_ALSO.match(text, sent[0])]
        return _Story(doc, text, unique, mentions, sentences, _paragraph_index(text, body))

    def _raised_amounts(self, story: _Story, sent: tuple[int, int]) -> list[dict]:
        """The amounts of a sentence that are money raised; its valuations are noted
        on the story for later."""
        s_start, s_end = sent
        s_text = story.sentence_text(sent)
        spans = [(m.start - s_start, m.end - s_start) for m in story.mentions_in(sent)]
        raised = []
        for money in (m for m in story.amounts if s_start <= m["start"] < s_end):
            kind = classify_amount(s_text, money["start"] - s_start, money["end"] - s_start, spans)
            if kind == ROUND:
                raised.append(money)
            elif kind in (VALUATION, EARLIER_VALUATION) and not _SOUGHT_VALUATION.search(
                    s_text[max(0, money["start"] - s_start - 80):money["start"] - s_start]):
                story.valuations.append((money, sent, kind))
        return raised

    def _rounds_from_amounts(self, story: _Story) -> None:
        """A round for each amount raised, with the round mention bound to it, its
        company and the investors named right after it."""
        text = story.text
        for sent in story.sentences:
            raised = self._raised_amounts(story, sent)
            if not raised or _FUND_SUBJECT.match(story.sentence_text(sent)):
                continue  # "Ces fonds ont été levés auprès de X, qui investit 13 M€": a fund's backers
            s_start, s_end = sent
            s_text = story.sentence_text(sent)
            bound = bind_mentions([(m["start"], m["end"]) for m in raised], story.mentions_in(sent), s_text, s_start)
            para = story.paragraph_of(s_start)
            for i, money in enumerate(raised):
                mention = bound.get(i)
                earlier = is_earlier(s_text, money["start"] - s_start) or (
                    mention is not None and is_earlier(s_text, mention.start - s_start))
                item = (list_item_name(s_text, money["start"] - s_start)
                        or bullet_item_name(s_text, money["start"] - s_start)
                        or bare_item_name(s_text, money["start"] - s_start)
                        or headline_company(s_text, money["start"] - s_start, money["end"] - s_start))
                if item is not None:
                    subject = Subject("name", s_text[item[0]:item[1]], s_start + item[0], s_start + item[1])
                else:
                    subject = self._subject(story.doc, s_start, money["start"], text[money["end"]:s_end],
                                            money["end"])
                each = self._each_company(s_text, money["start"] - s_start, money["end"] - s_start)
                if subject.kind == "generic" and not each:
                    continue  # "les start-up françaises ont levé ...": a market, not a round
                if subject.kind == "name" and _FUND_APPOSITION.search(text, max(0, subject.start - 90), subject.start):
                    continue  # "un fonds consacré à la donnée, Alpaga Data, qui a récolté": a fund's own money
                company, guessed = subject.name, False
                if company is not None and looks_like_person(company):
                    company = None  # "Paul Roy a levé 7 000 euros": a founder speaks for the company
                if company is None:
                    company, guessed = self._company_by_context(story, para, money["start"])
                # An amount raised is a round even when no company is found: the
                # round is kept with what is known (company null).
                if company is not None:
                    company = company.strip()
                    if para >= 0:
                        story.paragraph_company.setdefault(para, company)
                    if story.main_company is None:
                        story.main_company = company
                new = _Round(amount=money, sentence=sent, paragraph=para, current=not earlier,
                             company=company, position=money["start"], guessed=guessed,
                             told_before=self._raise_told_before(story, sent))
                if mention is not None:
                    new.round_type, new.round_label = mention.round_type, mention.label
                new.evidence.append(sent)
                new.investors.extend(investors_after_amount(text[money["end"]:s_end], money["end"]))
                if each:
                    # "Vexo et Norial ont levé 4 millions chacune": one round per company.
                    for name in each:
                        story.rounds.append(_Round(amount=money, sentence=sent, paragraph=para, current=not earlier,
                                                   company=name, position=money["start"],
                                                   round_type=new.round_type, round_label=new.round_label,
                                                   evidence=[sent]))
                    story.sentence_rounds.setdefault(sent, []).extend(story.rounds[-len(each):])
                    continue
                self._add_round(story, new)

    @staticmethod
    def _raise_told_before(story: _Story, sent: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence before ``sent`` in its paragraph, when it tells of money raised
        (a raise cue) and gives no amount of its own."""
        index = story.sentences.index(sent)
        if index == 0:
            return None
        before = story.sentences[index - 1]
        if story.paragraph_of(before[0]) != story.paragraph_of(sent[0]):
            return None
        if any(before[0] <= m["start"] < before[1] for m in story.amounts):
            return None
        return before if _cue("raise_cues.txt").search(story.sentence_text(before)) else None

    @staticmethod
    def _each_company(s_text: str, start: int, end: int) -> list[str]:
        """The companies of a round told once for several ("ont chacune levé 4 M€",
        "ont levé 3 M€ chacune"), named by the coordinated subject before the verb."""
        if not (_EACH.match(s_text[end:]) or _EACH_BEFORE.search(s_text[:start])):
            return []
        verb = _last_raise_cue(s_text[:start])
        if verb is None:
            return []
        subject = re.sub(r"\s*,?\s+(?:qui\s+)?(?:ont|sont|avaient)\s+(?:chacun\w*\s+|(?:tous|toutes)\s+(?:les\s+)?"
                         r"(?:deux|trois)\s+)?$", "", s_text[:verb.start()].rstrip() + " ")
        clause = _clause_of(subject + " ", len(subject))
        return [clause[a:b] for a, b in coordinated_names(clause)]

    def _company_by_context(self, story: _Story, para: int, at: int) -> tuple[str | None, bool]:
        """The company of a round whose sentence names none, and whether it is only a
        guess from the title: the paragraph's label, the company last introduced
        nearby, the paragraph's or the previous round's company, the article's."""
        doc, text, rounds = story.doc, story.text, story.rounds
        label = _paragraph_name(text, story.paragraphs, para)
        # "La start-up, qui ..., a bouclé": the company last introduced in this
        # paragraph or the one before, when nearer than the previous round.
        window = story.paragraphs[max(para - 1, 0)][0] if para >= 0 else at
        # A name that merely opens a sentence ("Bpifrance accorde ...") may be a
        # funder once a round is told: then only an introduced name counts.
        introduced = antecedent(text[window:at], window, loose=not rounds)
        if introduced is not None and rounds and introduced.start < rounds[-1].position:
            introduced = None
        company = (label or (introduced.name if introduced else None) or story.paragraph_company.get(para)
                   or (rounds[-1].company if rounds else None)
                   or story.main_company
                   or self._title_subject(doc, story.sentences)
                   or self._headline_name(doc, story.sentences)
                   or self._most_named_organisation(doc))
        guessed = not (label or introduced or story.paragraph_company.get(para) or rounds or story.main_company)
        return company, guessed

    def _add_round(self, story: _Story, new: _Round) -> None:
        """Add a round, or merge it into the round whose amount it tells again."""
        merged = next((r for r in story.rounds if _same_money(r.amount, new.amount)), None)
        if merged is None:
            story.rounds.append(new)
            story.sentence_rounds.setdefault(new.sentence, []).append(new)
            return
        if merged.round_type == "unspecified" and new.round_type != "unspecified":
            merged.round_type, merged.round_label = new.round_type, new.round_label
        elif merged.round_label is None:
            merged.round_label = new.round_label
        if new.sentence not in merged.evidence:
            merged.evidence.append(new.sentence)
        merged.investors.extend(new.investors)
        merged.retold.append((new.sentence, new.amount["start"]))
        story.sentence_rounds.setdefault(new.sentence, []).append(merged)

    def _rounds_without_amount(self, story: _Story) -> None:
        """ "Elle avait bouclé sa Série A en 2022, sans en dévoiler le montant": a named
        round whose amount the text says it does not give."""
        for sent in story.sentences:
            if sent in story.sentence_rounds:
                continue
            # The named round first: most sentences have none, and the cue is a regex search.
            mention = next((m for m in story.mentions_in(sent) if m.round_type != "unspecified"), None)
            s_text = story.sentence_text(sent)
            if mention is None:
                # "le tour de table de la fintech Vexo, dont le montant n'a pas été
                # dévoilé": a plain round noun with its owner named after it.
                owned = self._undisclosed_owned_round(s_text, sent[0])
                if owned is not None and not any(r.company and fold(r.company) == fold(owned.name)
                                                 for r in story.rounds):
                    new = _Round(amount=None, sentence=sent, paragraph=story.paragraph_of(sent[0]), current=True,
                                 company=owned.name, position=owned.start, evidence=[sent])
                    story.rounds.append(new)
                    story.sentence_rounds.setdefault(sent, []).append(new)
                continue
            if not _cue("undisclosed_amount_cues.txt").search(s_text) and not (
                    # Only where the article tells of no round with an amount: beside
                    # one, an aid received is background ("elle avait eu un prêt d'honneur").
                    mention.round_type in ("grant", "debt") and not story.rounds
                    and _AID_RECEIVED.search(s_text[:mention.start - sent[0]])
                    and not any(sent[0] <= m["start"] < sent[1] for m in story.amounts)):
                continue
            if any(r.round_type == mention.round_type for r in story.rounds):
                continue
            subject = self._subject(story.doc, sent[0], mention.start)
            if subject.kind == "generic":
                continue
            company = subject.name or story.main_company
            if company is None:
                # "Vexo, en partie financée par Bpifrance via une subvention": the
                # paragraph's or the headline's company.
                company = self._company_by_context(story, story.paragraph_of(sent[0]), mention.start)[0]
            new = _Round(amount=None, sentence=sent, paragraph=story.paragraph_of(sent[0]),
                         current=not is_earlier(s_text, mention.start - sent[0]),
                         company=company.strip() if company else None,
                         round_type=mention.round_type, round_label=mention.label, position=mention.start)
            new.evidence.append(sent)
            story.rounds.append(new)
            story.sentence_rounds.setdefault(sent, []).append(new)

    @staticmethod
    def _undisclosed_owned_round(s_text: str, offset: int) -> Subject | None:
        """The company whose round the sentence names without its amount ("la levée de
        fonds de Vexo, dont le montant n'a pas été dévoilé"), or None."""
        if "montant" not in s_text:
            return None
        cue = _cue("undisclosed_amount_cues.txt").search(s_text)
        if cue is None:
            return None
        noun = None
        for noun in _PLAIN_ROUND_NOUN.finditer(s_text, 0, cue.start()):
            pass
        if noun is None:
            return None
        owner = genitive_of(s_text[noun.end():cue.start()], offset + noun.end())
        return owner if owner.kind == "name" and not looks_like_person(owner.name) else None

    def _rounds_counted_in_roundup(self, story: _Story) -> None:
        """ "la foodtech compte deux opérations (Kalima, Orbo)": each company a round-up
        lists after a count of rounds has a round, its amount unknown unless told
        elsewhere (then the round is already there)."""
        if not _COUNTED_ROUNDS.search(story.text):
            return
        for sent in story.sentences:
            s_text = story.sentence_text(sent)
            for a, b in counted_round_names(s_text, rounds_told=bool(story.rounds)):
                name = s_text[a:b]
                if any(r.company and fold(r.company) == fold(name) for r in story.rounds):
                    continue
                new = _Round(amount=None, sentence=sent, paragraph=story.paragraph_of(sent[0]), current=True,
                             company=name, position=sent[0] + a, evidence=[sent])
                story.rounds.append(new)
                story.sentence_rounds.setdefault(sent, []).append(new)

    def _rounds_of_coordinated_subjects(self, story: _Story) -> None:
        """ "Vexo, Norial et Orbo lèvent plusieurs millions": companies coordinated as
        the subject of a raise verb whose sentence gives no amount each have a round."""
        for sent in story.sentences:
            if sent in story.sentence_rounds:
                continue
            s_text = story.sentence_text(sent)
            if " et " not in s_text:
                continue
            verb = next((m for m in _cue("raise_cues.txt").finditer(s_text) if not _NOUN_CUES.match(m.group())
                         and not is_planned_raise(s_text, m)), None)
            if verb is None or participation_verb_at(s_text[verb.start():]) or is_earlier(s_text, verb.start()):
                continue
            subject = re.sub(r"\s+(?:ont|sont|avaient|viennent\s+d['’]|viennent\s+de)\s*$", "",
                             s_text[:verb.start()].rstrip())
            names = coordinated_subject_names(subject)
            if not names:
                continue
            for a, b in names:
                name = subject[a:b]
                if any(r.company and fold(r.company) == fold(name) for r in story.rounds):
                    continue
                new = _Round(amount=None, sentence=sent, paragraph=story.paragraph_of(sent[0]), current=True,
                             company=name, position=sent[0] + a, evidence=[sent])
                story.rounds.append(new)
                story.sentence_rounds.setdefault(sent, []).append(new)

    def _round_told_by_its_investors(self, story: _Story) -> None:
        """ "Vexo a levé des fonds auprès de Selva et d'Alpaga": an article that gives no
        amount still tells a round when a raise verb has investors in its sentence."""
        for sent in story.sentences:
            s_text = story.sentence_text(sent)
            verb = next((m for m in _cue("raise_cues.txt").finditer(s_text) if not _NOUN_CUES.match(m.group())
                         and not is_planned_raise(s_text, m)), None)
            # The investors come after the verb: "Alpaga a investi 3 M€ dans son usine" is a
            # funder's (or a company's own) spending.
            if verb is None or not any(f.start >= sent[0] + verb.end() for f in find_investors(s_text, sent[0])):
                continue
            if participation_verb_at(s_text[verb.start():]):
                continue
            subject = self._subject(story.doc, sent[0], sent[0] + verb.end())
            if subject.kind == "generic":
                continue
            para = story.paragraph_of(sent[0])
            company = subject.name or self._company_by_context(story, para, sent[0] + verb.start())[0]
            mention = next((m for m in story.mentions_in(sent) if m.round_type != "unspecified"), None)
            new = _Round(amount=None, sentence=sent, paragraph=para, current=not is_earlier(s_text, verb.start()),
                         company=company.strip() if company else None, position=sent[0] + verb.start())
            if mention is not None:
                new.round_type, new.round_label = mention.round_type, mention.label
            new.evidence.append(sent)
            story.rounds.append(new)
            story.sentence_rounds.setdefault(sent, []).append(new)
            return

    # -- attachment

    def _round_for(self, story: _Story, sent: tuple[int, int], pos: int, object_at: int = -1) -> _Round:
        """The round a fact at ``pos`` belongs to: one told in its sentence, else the
        current round last told in its paragraph, else the article's main round."""
        here = story.sentence_rounds.get(sent)
        if here and object_at >= 0:
            # "la Région Bretagne apporte une subvention de 300 000 euros": the
            # subject of a participation verb funds the round its object names.
            after = [r for r in here if r.position >= object_at]
            if after:
                return after[0]
        if here:
            before = [r for r in here if r.position <= pos]
            return before[-1] if before else here[0]
        para = story.paragraph_of(sent[0])
        earlier = [r for r in story.rounds if r.paragraph == para and r.position < sent[0]]
        if earlier and earlier[-1].current:
            return earlier[-1]
        return next((r for r in story.rounds if r.current), story.rounds[0])

    def _attach_kinds_named_later(self, story: _Story) -> None:
        """ "Le tour de table, une série B, est mené par X": a kind named in a later
        sentence of the paragraph, with no amount of its own, is that of the round."""
        for sent in story.sentences:
            if sent in story.sentence_rounds:
                continue
            s_text = story.sentence_text(sent)
            mention = next((m for m in story.mentions_in(sent) if m.round_type != "unspecified"), None)
            if mention is None:
                continue
            para = story.paragraph_of(sent[0])

            def same_story(pos: int, para: int = para) -> bool:
                # The headline's round ("Vorta empoche 12 millions") gets its kind from
                # the lead paragraph below it ("Vorta a bouclé sa Série B").
                told = story.paragraph_of(pos)
                return told == para or (para == 1 and told == 0)

            target = _round_named_later(story.rounds, same_story, sent[0])
            if target is None and para == 0:
                # "Vorta boucle sa série A" over "La start-up Vorta a levé 8 millions":
                # the headline names the kind of the lead paragraph's round.
                lead = [r for r in story.rounds if r.paragraph == 1 and r.current]
                if lead and lead[0].round_type == "unspecified":
                    target = lead[0]
            if target is None:
                # "Vorta a finalisé sa série B. La start-up a levé 40 millions": the kind
                # told just before the sentence with the amount, in the same paragraph.
                index = story.sentences.index(sent)
                following = story.sentences[index + 1] if index + 1 < len(story.sentences) else None
                if following is not None and story.paragraph_of(following[0]) == para:
                    told = [r for r in story.sentence_rounds.get(following, []) if r.amount is not None]
                    # Only the round's own kind ("sa série B", "cette série B", "s'est
                    # introduite en Bourse"), not a kind the sentence merely names.
                    own = _OWN_ROUND.search(s_text[:mention.start - sent[0]]) or mention.round_type == "ipo"
                    if own and len(told) == 1 and told[0].current and told[0].round_type == "unspecified":
                        target = told[0]
            if target is None and _ROUND_REFERENCE.search(s_text):
                # "Qualifié de série C, ce tour a été piloté par X", several paragraphs
                # later: a round referred back to is the article's one round.
                current = [r for r in story.rounds if r.current]
                if len(current) > 1 and story.main_company:
                    # "plus que les 484 M$ levés par X en 2019": other companies' rounds
                    # told for comparison; the round referred back to is the main company's.
                    current = [r for r in current if r.company == story.main_company]
                if len(current) == 1 and current[0].round_type == "unspecified" and current[0].position < sent[0]:
                    target = current[0]
            if target is None and sent[0] > story.rounds[0].position:
                # "La start-up avait bouclé ... Sa série A doit financer ...", paragraphs
                # later: the kind of an article's only round, when no other round is told.
                told = [r for r in story.rounds if r.amount is not None]
                if len(told) == 1 and told[0].current and told[0].round_type == "unspecified" \
                        and _OWN_ROUND.search(s_text[:mention.start - sent[0]]):
                    target = told[0]
            if (target is not None and not is_earlier(s_text, mention.start - sent[0])
                    and not _SINCE.search(s_text[:mention.start - sent[0]])
                    and not _GENERIC_KIND.search(s_text[:mention.start - sent[0]])
                    and not _PLUPERFECT_AFTER.match(s_text, mention.end - sent[0])
                    and not _cue("round_future_cues.txt").search(s_text)
                    and not any(r.round_type == mention.round_type for r in story.rounds)):
                target.round_type, target.round_label = mention.round_type, mention.label
                target.evidence.append(sent)

    def _attach_valuations(self, story: _Story) -> None:
        """Each valuation to the round of its sentence; an earlier one ("valorisée 2
        milliards lors de sa Série C") to that earlier round, told or not."""
        text = story.text
        for money, sent, kind in story.valuations:
            if kind == EARLIER_VALUATION:
                mention = next((m for m in story.mentions_in(sent) if m.start >= money["end"]
                                and re.match(r"\s*(?:\S+\s+){0,3}?(?:lors|au\s+moment)\b", text[money["end"]:m.start])),
                               None)
                if mention is None:
                    continue
                target = next((r for r in story.rounds if r.round_type == mention.round_type
                               and mention.round_type != "unspecified" and not r.current), None)
                if target is None:
                    owner = self._round_for(story, sent, money["start"])
                    target = _Round(amount=None, sentence=sent, paragraph=owner.paragraph, current=False,
                                    company=owner.company, round_type=mention.round_type,
                                    round_label=mention.label, position=money["start"])
                    target.evidence.append(sent)
                    story.rounds.append(target)
                if target.valuation is None:
                    target.valuation = money
                continue
            target = self._round_for(story, sent, money["start"])
            if target.valuation is None:
                target.valuation = money
                if sent not in target.evidence:
                    target.evidence.append(sent)

    def _attach_investors(self, story: _Story) -> None:
        """Investors named anywhere in the story go to the round their sentence tells,
        or the one their paragraph is about; the raising companies themselves never."""
        companies = {fold(r.company) for r in story.rounds if r.company}
        previous: tuple[int, int] | None = None
        for sent in story.sentences:
            s_text = story.sentence_text(sent)
            # "X, Y et Z. Cette liste est celle des nouveaux investisseurs": the sentence
            # before may hold the names this one speaks of.
            before = investors_named_before(story.sentence_text(previous), previous[0], s_text, sent[0]) \
                if previous else []
            previous = sent
            for found in find_investors(s_text, sent[0]) + before:
                if fold(found.name) in companies or any(fold(found.name) in c.split() for c in companies):
                    continue
                target = self._round_for(story, sent, found.start, found.start_of_object if found.subject else -1)
                target.investors.append(found)
                if sent not in target.evidence:
                    target.evidence.append(sent)

    # -- company of a round

    def _title_subject(self, doc: Doc, sentences: list[tuple[int, int]]) -> str | None:
        """The named subject of the article's first sentence or title ("IA : Aubrac AI publie ...")."""
        for s_start, s_end in sentences[:2]:
            span = doc.char_span(s_start, s_end, alignment_mode="expand")
            if span is None:
                continue
            # "Nouvelle levée pour Vexo": the tagger may read the round noun as a verb.
            verb = next((t for t in span if t.pos_ == "VERB" and t.lower_ not in ("levée", "levées")), None)
            if verb is not None:
                subject = subject_of(doc_text(doc)[s_start:verb.idx], s_start)
                if subject.kind == "name":
                    return subject.name
            named = _title_beneficiary(doc_text(doc)[s_start:s_end]) or self._title_opening_name(doc, s_start, s_end)
            if named is not None:
                return named
        return None

    @staticmethod
    def _title_opening_name(doc: Doc, s_start: int, s_end: int) -> str | None:
        """ "Fintech - Norial change de cap", "Kalima boucle un tour": the name opening
        a title's clause (after a kicker and its colon or dash), a lower-case word after
        it, when the tagger found no verb; places and people left out."""
        title = doc_text(doc)[s_start:s_end]
        kicker = re.match(r"[^:–—]{1,40}?\s(?::|[–—-])\s+", title)
        tokens = tokenize(title)
        begin = len(tokenize(title[:kicker.end()])) if kicker else 0
        runs = [r for r in name_runs(tokens) if r[0] == begin]
        if not runs or runs[0][1] >= len(tokens):
            return None
        i, j = runs[0]
        word = tokens[j]
        if not (word.text.isalpha() and word.text.islower() and word.lower not in PREPOSITIONS):
            return None
        start, end = s_start + tokens[i].start, s_start + tokens[j - 1].end
        name = doc_text(doc)[start:end]
        if begin == 0 and len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc_text(doc))) < 2:
            return None  # "Faits saillants": a capital opening a title is no name by itself
        # A place does not raise: before a raise verb, a name read as a place is a company.
        places = ("PER",) if _cue("raise_cues.txt").match(title, word.start) else ("LOC", "PER")
        if looks_like_person(name) or is_rubric(name) or any(
                e.label_ in places and e.start_char < end and start < e.end_char for e in entities(doc)):
            return None
        return name

    def _headline_name(self, doc: Doc, sentences: list[tuple[int, int]]) -> str | None:
        """The organisation a feature article is about, for rounds told with "la jeune
        pousse" only: the headline's name ("Les drones de Vorta sortent de l'eau") that
        the text repeats most, places and people left out."""
        if not sentences:
            return None
        h_start, h_end = sentences[0]
        headline = doc_text(doc)[h_start:h_end]
        tokens = tokenize(headline)
        places = [(e.start_char - h_start, e.end_char - h_start) for e in entities(doc)
                  if e.label_ in ("LOC", "PER") and h_start <= e.start_char < h_end]
        body = fold(doc_text(doc))
        best: tuple[int, str] | None = None
        for i, j in name_runs(tokens):
            start, end = tokens[i].start, tokens[j - 1].end
            if any(s < end and start < e for s, e in places) or is_rubric(headline[start:end]):
                continue
            name = headline[start:end]
            if len(fold(name)) < 2:
                continue  # "Série A": a letter is no name
            count = len(re.findall(rf"(?<!\w){re.escape(fold(name))}(?!\w)", body))
            if count >= 2 and (best is None or count > best[0]):
                best = (count, name)
        return best[1] if best else None

    @staticmethod
    def _most_named_organisation(doc: Doc) -> str | None:
        """The organisation an article keeps naming ("via Vexo. Cette application ...
        L'entreprise vient de lever"), for a round told with "l'entreprise" only: the
        organisation the text names at least three times, and more than any other."""
        text = doc_text(doc)
        counts: dict[str, int] = {}
        for ent in entities(doc):
            name = ent.text.strip()
            if ent.label_ not in ("ORG", "MISC") or name in counts or is_rubric(name) or len(name) < 3 \
                    or looks_like_person(name):
                continue
            counts[name] = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _subject(self, doc: Doc, sent_start: int, amount_start: int, after: str = "",
                 after_start: int = 0) -> Subject:
        """The subject of the verb that reports the amount raised; for a funder's verb
        ("Le fonds X injecte 5 millions dans Y"), the company it puts the money in."""
        text = doc_text(doc)
        before = text[sent_start:amount_start]
        if _ROUND_NOUN_BEFORE.search(before):
            owner = genitive_of(after, after_start)
            if owner.kind == "name":
                return owner
        owned = _owned_round_subject(before, sent_start)
        if owned is not None:
            return owned
        # "un deal record signé par l'assureur Vexo, avec 90 M$": a round
        # whose agent is the company.
        deal = None
        for deal in _DEAL_BY.finditer(before):
            pass
        if deal is not None:
            found = inverted_subject(before[deal.end():], sent_start + deal.end())
            if found.kind == "name" and not looks_like_person(found.name):
                return found
        funded = _FUNDER_PASSIVE.match(after)
        if funded is not None:
            # "16 M€ consentis par Selva et Alpaga pour le spécialiste des drones Vexo".
            found = _recipient_after_for(after[funded.end():], after_start + funded.end())
            if found is not None:
                return found
        coffers = _INTO_COFFERS.match(after)
        if coffers is not None:
            return genitive_of(after[coffers.end():], after_start + coffers.end())
        # "la série F de Vexo totalisant 213 M$": the company owns the named round.
        series = None
        for series in _SERIES_LETTER.finditer(before):
            pass
        if series is not None and not _last_raise_cue(before[series.end():]):
            owner = genitive_of(before[series.end():], sent_start + series.end())
            if owner.kind == "name":
                return owner
        # "l'insurtech Vexo et son tour de table de 18 M€": a round owned by the name
        # coordinated before it.
        owned = _AND_ITS_ROUND.search(before)
        if owned is not None:
            head = tokenize(before[:owned.start()])
            runs = name_runs(head)
            if runs and runs[-1][1] == len(head):
                i, j = runs[-1]
                name = before[head[i].start:head[j - 1].end]
                if not looks_like_person(name):
                    return Subject("name", name, sent_start + head[i].start, sent_start + head[j - 1].end)
        # "En tête, celle de Vexo, nouveau record, avec 500 millions": the pronoun
        # stands for the round, its complement names the company.
        owner = _PRONOUN_OF.search(before)
        if owner is not None and not _last_raise_cue(before[:owner.start()]):
            found = inverted_subject(before[owner.end():], sent_start + owner.end())
            if found.kind == "name":
                return found
        injected = _INJECTED_INTO.match(after)
        if injected is not None:
            found = recipient_of(after[injected.end():], after_start + injected.end())
            if found.kind in ("name", "generic"):
                return found  # "ont été investis dans les start-up suisses": a market
        agent = passive_agent(after)
        if agent is not None:
            found = inverted_subject(after[agent.end():], after_start + agent.end())
            if found.kind == "name":
                return found
            if re.match(r"\s*(?:les|ces|nos)\s", after[agent.end():], re.IGNORECASE):
                return Subject("generic")  # "1,3 Md€ levés par nos jeunes pousses": a market total
        # "120 millions qu'a reçu X": the company after the amount, unless a raise verb
        # came before it (a round noun, "le financement de", does not count).
        last_cue = _last_raise_cue(before)
        inverted = (amount_first(after, round_noun=last_cue is not None) if last_cue is None
                    or _NOUN_CUES.match(last_cue.group()) else None)
        if inverted is not None:
            return inverted_subject(after[inverted.end():], after_start + inverted.end())
        cleft = cleft_subject_first(after) if last_cue is None else None
        if cleft is not None:
            return subject_of(after[cleft.start("subject"):cleft.end("subject")], after_start + cleft.start("subject"))
        cues = list(_cue("raise_cues.txt").finditer(before))
        cue = cues[-1] if cues else None
        # "boucler une levée de fonds de": the verb that governs the round noun.
        if (len(cues) > 1 and _NOUN_CUES.match(cue.group()) and not _NOUN_CUES.match(cues[-2].group())
                and re.fullmatch(r"\s*(?:[\w'’-]+\s*){0,2}", before[cues[-2].end():cue.start()])):
            cue = cues[-2]
        if cue is not None and _STAKE_CUE.match(cue.group()):
            # "X prend une participation de 15 M$ au capital de Y": Y raises.
            return recipient_of(after, after_start)
        verb_at = None
        if cue is not None and not _NOUN_CUES.match(cue.group()):
            verb_at = sent_start + cue.start()
        else:
            limit = sent_start + (cue.start() if cue is not None else len(before))
            verbs = [t for t in doc.char_span(sent_start, limit, alignment_mode="contract") or []
                     if t.pos_ in ("VERB", "AUX") and not _in_subordinate(t)
                     # a capital inside the sentence is a name the tagger misread ("CeQur")
                     and not (t.text[:1].isupper() and t.idx > sent_start)
                     # "la jeune pousse" is a noun phrase the tagger may read as a verb
                     and not (t.lower_ in ("pousse", "pousses") and t.i > 0 and t.nbor(-1).lower_ in ("jeune", "jeunes"))]
            if not verbs:
                # The parser may hang the clause's verb under a misread word ("La jeune
                # pousse X a annoncé la clôture"): the first auxiliary or verb still ends the subject.
                verbs = [t for t in doc.char_span(sent_start, limit, alignment_mode="contract") or []
                         if t.pos_ in ("VERB", "AUX") and t.dep_ in ("aux:tense", "aux", "xcomp", "ROOT")
                         and not (t.lower_ in ("pousse", "pousses") and t.i > 0
                                  and t.nbor(-1).lower_ in ("jeune", "jeunes"))]
            if verbs:
                verb_at = verbs[0].idx
        if verb_at is not None and (cue is None or _NOUN_CUES.match(cue.group())):
            # "Deux sources ont déclaré que le montant du tour s'élevait à": the round is
            # told in the clause after "que"; its subject is that clause's.
            limit = sent_start + (cue.start() if cue is not None else len(before))
            clause = _THAT_CLAUSE.search(text, verb_at, limit)
            if clause is not None:
                inner_verbs = [t for t in doc.char_span(clause.end(), limit, alignment_mode="contract") or []
                               if t.pos_ in ("VERB", "AUX")]
                if not inner_verbs:  # the round noun is that clause's subject
                    return subject_of(text[clause.end():limit], clause.end())
        if verb_at is None:
            # "Avec un tour de 6 M€, Vexo arrive deuxième": the amount in a fronted
            # phrase, the company the subject of the verb after the comma.
            fronted = re.match(r"[^,;:.]{0,40},\s*", after)
            if fronted:
                found = inverted_subject(after[fronted.end():], after_start + fronted.end())
                # Its verb next, or an apposition first ("Vexo, détenteur du record, devra").
                if found.kind == "name" and re.match(r"\s+[a-zà-ÿ]|\s*,\s*[a-zà-ÿ]", after[found.end - after_start:]):
                    return found
            # "Vexo se classe troisième grâce à un tour de 4 M€": a verb the tagger
            # read as a noun; the name opening the sentence, a verb-like word after it.
            opening = opening_name(text[sent_start:limit])
            if opening is not None:
                return Subject("name", text[sent_start + opening[0]:sent_start + opening[1]],
                               sent_start + opening[0], sent_start + opening[1])
            return Subject("anaphor")
        if participation_verb_at(text[verb_at:amount_start]):
            # "Tencent et DST Global avaient mené la précédente levée de la fintech":
            # the subject leads the round; the company is the one the text is about,
            # or the one named as where the money goes ("injecte 5 millions dans Y"),
            # or the owner of the round it led ("a mené le tour de table de Y, d'un
            # montant de").
            found = recipient_of(after, after_start)
            if found.kind != "name":
                owner = _round_owner_within(text[verb_at:amount_start], verb_at)
                if owner is not None:
                    return owner
            return found
        non_finite = self._non_finite_raiser(doc, sent_start, verb_at, amount_start, after_start, after_start + len(after))
        if non_finite is not None:
            return non_finite
        span = doc.char_span(verb_at, verb_at + 1, alignment_mode="expand")
        if span is not None:
            token = span[0]
            if token.dep_.startswith("aux") and token.head.pos_ in ("VERB", "AUX"):
                token = token.head  # "a" of "et a levé": the verb is what coordinates
            # "LightOn réussit son entrée en Bourse et lève 11,9 millions": the subject
            # of a coordinated verb is that of the first one.
            # Only a verb coordinated by "et" / "puis" shares the subject: the parser
            # also hangs "lorsque le groupe avait levé" or "celles-ci ont levé" as a
            # conjunct of an earlier verb with a subject of its own.
            while (token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ in ("VERB", "AUX")
                   and _COORDINATED_VERB.search(text[max(sent_start, verb_at - 40):verb_at])):
                token = token.head
                verb_at = min(verb_at, token.idx)
        found = subject_of(text[sent_start:verb_at], sent_start)
        if found.kind == "anaphor":
            # "Deuxième, Vexo et son site de vente : la start-up a levé": the company
            # named before the colon is the one the anaphor after it refers to.
            colon = text.rfind(":", sent_start, verb_at)
            opening = opening_name(text[sent_start:colon]) if colon > sent_start else None
            if opening is not None:
                return Subject("name", text[sent_start + opening[0]:sent_start + opening[1]],
                               sent_start + opening[0], sent_start + opening[1])
        that = _PRONOUN_THAT.search(text, sent_start, verb_at) if found.kind == "anaphor" else None
        if that is not None:
            # "Vexo fait savoir qu'elle a bouclé un tour": the pronoun of the completive
            # clause is the main clause's subject.
            main = next((t for t in doc.char_span(sent_start, that.start(), alignment_mode="contract") or []
                         if t.pos_ in ("VERB", "AUX") and not _in_subordinate(t)), None)
            named = subject_of(text[sent_start:main.idx], sent_start) if main is not None else None
            if named is None or named.kind != "name":
                # A main verb the tagger missed: the noun phrase opening the sentence,
                # when it ends on a name.
                opening = tokenize(text[sent_start:that.start()])
                runs = name_runs(opening)
                if runs and runs[0][1] < len(opening) and opening[runs[0][1]].text.islower():
                    named = subject_of(text[sent_start:sent_start + opening[runs[0][1] - 1].end], sent_start)
            if named is not None and named.kind == "name" and not looks_like_person(named.name):
                return named
        if found.kind == "anaphor":
            placed = _PLACED_AFTER.match(text, verb_at, amount_start)
            if placed is not None and _FRONTED_PLACE.match(text[sent_start:verb_at]):
                # "En troisième position vient Vexo, avec une levée de 6 M€": a ranking
                # fronted, its verb before the company.
                named = inverted_subject(text[placed.end():amount_start], placed.end())
                if named.kind == "name":
                    return named
        if (found.kind == "generic" and cue is not None and _NOUN_CUES.match(cue.group())
                and re.search(r"(?<!\w)(?:son|sa)\s+(?:[\w-]+\s+)?$", before[:cue.start()], re.IGNORECASE)):
            # "Les analystes saluent sa levée de 6 M€": the round
            # is the company's, whoever the sentence's subject is.
            return Subject("anaphor")
        return found

    @staticmethod
    def _non_finite_raiser(doc: Doc, sent_start: int, verb_at: int, amount_start: int, after_start: int,
                           s_end: int) -> Subject | None:
        """The raiser of a raise verb in a non-finite clause ("Ayant levé", "Après
        avoir bouclé", "En levant", a participle opening the sentence: "Tout juste
        auréolée d'une levée de"): the subject of the main clause, named before the
        clause set off by commas ("Vexo, après avoir levé 5 M€, recrute") or after
        the fronted clause ("Après avoir levé 5 M€, la start-up Vexo recrute"). None
        when the verb is no such clause's."""
        text = doc_text(doc)
        before = text[sent_start:verb_at]
        comma = before.rfind(",")
        if "," in text[verb_at:amount_start]:
            return None  # "Créée en 2019, Vexo annonce une levée": the amount in the main clause
        # A participle with no subject before it opens a fronted clause.
        participle = comma < 0 and _BARE_ADVERBS.fullmatch(before) and _PARTICIPLE.match(text, verb_at)
        if not (_NON_FINITE_OPENER.fullmatch(before[comma + 1:]) or participle):
            return None
        if comma >= 0:
            return subject_of(before[:comma], sent_start)
        # Fronted: the main clause's first finite verb after a comma, its subject before it.
        first_comma = text.find(",", after_start, s_end)
        if first_comma < 0:
            return Subject("anaphor")
        span = doc.char_span(first_comma + 1, s_end, alignment_mode="contract") or []
        # Any verb but an infinitive: the tagger reads many a present ("recrute") as a participle.
        verb = next((t for t in span if t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm")), None)
        if verb is None:
            # A verb the tagger missed ("accélère" read as an adjective): the name
            # opening the main clause, a lower-case word after it.
            found = inverted_subject(text[first_comma + 1:s_end], first_comma + 1)
            if found.kind == "name" and re.match(r"\s+[a-zà-ÿ]", text[found.end:s_end]):
                return found
            return Subject("anaphor")
        return subject_of(text[first_comma + 1:verb.idx], first_comma + 1)

    def _as_dict(self, doc: Doc, r: _Round) -> dict:
        ents = {(e.start_char, e.end_char): e.label_ for e in entities(doc)}
        investors = []
        seen: dict[str, dict] = {}
        for f in r.investors:
            key = fold(f.name)
            if r.company and key == fold(r.company):
                continue  # "la levée de 5 M€ de Norial": the owner, not a funder
            # "Banque européenne d'investissement" then "BEI": one investor, named once.
            same = next((k for k in seen if acronym_of(k) == key or acronym_of(key) == k), None)
            if same is not None:
                key = same
            person = ents.get((f.start, f.end)) == "PER"
            if key in seen:
                seen[key]["lead"] = seen[key]["lead"] or f.lead
                seen[key]["existing"] = seen[key]["existing"] or f.existing
                continue
            item = {"name": f.name, "kind": investor_kind(f.name, f.context, person, f.apposition, f.group),
                    "lead": f.lead, "existing": f.existing}
            seen[key] = item
            investors.append(item)
        evidence = sorted(set(r.evidence))
        anchor = r.amount or r.valuation
        date = date_for_round(doc, r.sentence[0], r.sentence[1], r.current,
                              anchor=anchor["start"] if anchor else None)
        # "qui a levé 6,5 millions cet été" ... "En juillet, elle a bouclé un tour de 6,5
        # millions": a sentence that tells the amount again may date it more precisely,
        # or date it at all (an undated headline, "annoncé le 14 février 2025" below).
        for (s_start, s_end), at in r.retold:
            again = date_for_round(doc, s_start, s_end, False, anchor=at)
            if again and (date is None or again.startswith(date) and len(again) > len(date)):
                date = again
        if r.told_before and r.current and date_for_round(doc, r.sentence[0], r.sentence[1], False,
                                                           anchor=anchor["start"] if anchor else None) is None:
            # "Vexo a bouclé en mars sa série A. Le tour de 8 millions ...": the date
            # of the raise told just before, when the amount's own sentence has none.
            before = date_for_round(doc, r.told_before[0], r.told_before[1], False)
            if before:
                date = before
        return {
            "company": r.company,
            "round_type": r.round_type,
            "round_label": r.round_label,
            "amount": r.amount,
            "valuation": r.valuation,
            "date": date,
            "investors": investors,
            "evidence": [list(e) for e in evidence],
        }


@Language.factory(
    "fr_funding_rounds",
    assigns=["doc._.funding_rounds"],
    requires=["doc.spans"],
    default_config={"money_key": "money"},
)
def make_funding_round_extractor(nlp: Language, name: str, money_key: str) -> FundingRoundExtractor:
    return FundingRoundExtractor(money_key)
