"""Funding rounds, candidates at the sentence level: which amounts are money raised.

In: a sentence's text, the offsets of an amount and of the sentence's round mentions.
Out: what the amount is (``classify_amount``: ROUND, VALUATION, EARLIER_VALUATION or
None), the name heading a round-up item ("Vexo (12 M€)"), and the round mention bound
to each amount raised (``bind_mentions``). Pure text; the raise cues every stage reads.
"""

import re
from dataclasses import dataclass
from functools import cache

from extractor.company import genitive_of, is_market_name, is_rubric, is_sector_name
from extractor.investor_cues import participation_verb_at
from extractor.investor_names import looks_like_person, name_runs, phrase_regex, tokenize
from extractor.lexicon import words
from extractor.speakers import organization_nouns

ROUND = "round"
VALUATION = "valuation"
EARLIER_VALUATION = "earlier_valuation"

# Raise cues that are nouns: the subject is that of the sentence's verb, not of the cue.
NOUN_CUES = re.compile(r"^(?:(?:m[ée]ga-?)?levée|(?:m[ée]ga-?)?levées|tour|financement|opération|augmentation"
                        r"|clôture|finalisation|extension|rallonge)(?!\w)",
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


# "porter à": the verb of a running total.
_CARRIED = r"(?<!\w)port(?:e|ent|ant|é|ée|és|ées|era)\s+"
_RUNNING_TOTAL = re.compile(_CARRIED + r"à(?!\w)", re.IGNORECASE)
# "portant son financement cumulé à 12 M€", "porte la somme réunie à": a running total
# whose noun stands between the verb and the amount.
_RUNNING_TOTAL_OF = re.compile(_CARRIED + r"(?:(?:son|sa|leur|le|la|l['’])\s*)?"
                               r"(?:total|montant|somme|financement|enveloppe|levée)(?:\s+[^\s,.;:]+){0,5}?\s+à\s*$",
                               re.IGNORECASE)
# "2 milliards dans 400 jeunes pousses": money spread over a number of companies.
_SPREAD_OVER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:dans|entre|à|pour)\s+(?:plus\s+de\s+|près\s+de\s+)?\d[\d\s\u00a0\u202f]*"
                          r"\s*(?:start-?ups?|jeunes\s+pousses|pépites|entreprises|sociétés|projets|PME|fonds)(?![\w-])",
                          re.IGNORECASE)
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
# "8 millions de francs suisses (": the unit's country adjective may follow it.
_MONEY_END = re.compile(r"(?:\d|€|\$|£|(?<![^\W\d_])(?:(?:euros?|dollars?|francs?|livres?)(?:\s+[a-zé]+)?|CHF|USD|EUR|GBP"
                        r"|CAD|M|Mds?|Md|k))\s*\(\s*$")
_LIST_ITEM_OPENERS = frozenset({"et", "puis", "après", "ainsi", "que", "dont", "ou", "avec",
                                # "Viennent ensuite Vexo (12 M€)": a ranking's verb or adverb
                                "viennent", "vient", "suivent", "suit", "ensuite", "enfin", "citons", "notons",
                                "derrière", "aussi", "également", "suivi", "suivie", "suivis", "suivies", "par"})


def list_item_name(sentence: str, start: int) -> tuple[int, int] | None:
    """Where the name heading a round-up item is, for an amount in parentheses:
    "… : Vexo (12 M€), Norial, qui fabrique des drones (5 M€) et Orbo (3 M€)". The item
    runs from the last comma, colon or semicolon; it must open on a name."""
    before = sentence[:start]
    if not re.search(r"\(\s*$", before) or _MONEY_END.search(before):
        return None
    # "Lumio Finance, (55 M€)": a stray comma before the bracket.
    paren = before.rstrip().rstrip("(").rstrip().rstrip(",")
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
    # "Complètent la liste les sociétés Norial (": a company noun introduces the name
    # right before the bracket, whatever word opens the item.
    noun = tokens[runs[-1][0] - 1].lower.rstrip("s") if runs[-1][0] > 0 else ""
    introduced = runs[-1][1] == len(tokens) and bool(noun) \
        and (noun in _company_nouns() or is_sector_name(noun))
    if runs[0][0] == 0 and not other_item and not introduced:
        i, j = runs[0]
    elif runs[-1][1] == len(tokens) and (
            len(tokens) <= 12 or _ROUNDS_OF.search(paren[:cut + 1 + tokens[runs[-1][0]].start])):
        # "…, marqué par les levées de fonds de Vexo (12 M€)": a long clause whose last
        # words name the rounds the list is made of.
        i, j = runs[-1]
    else:
        return None
    return cut + 1 + tokens[i].start, cut + 1 + tokens[j - 1].end


@cache
def _company_nouns() -> frozenset[str]:
    """One-word nouns that introduce a company: "la start-up", "les sociétés"."""
    return frozenset(w.lower() for w in organization_nouns() if " " not in w)


_ROUNDS_OF_ANYWHERE = re.compile(r"(?<![\w-])(?:tours\s+de\s+(?:table|financement)|financements)\s+(?:de\s|d['’])"
                                 # "Trois transactions ont marqué le mois : Vexo (12 M€)"
                                 r"|(?<![\w-])(?:transactions|opérations|méga-levées|levées)(?![\w-])[^:()]{0,60}:",
                                 re.IGNORECASE)
# A bracketed amount with its raise participle: "Vexo (12 M€ levés), Norial (5 M€)".
_RAISED_IN_BRACKETS = re.compile(r"\(\s*[^()]{1,30}?\d[^()]{0,20}?\s(?:levés|levées|récoltés|obtenus)\s*\)", re.IGNORECASE)
# A ranking or a list going on: "viennent ensuite", "le reste du top 5", "suivent", "derrière".
_RANKING = re.compile(r"(?<![\w-])(?:viennent|vient|suivent|suivie?s?|ensuite|derrière|top\s*\d+|podium|classement"
                      r"|place|position|palmarès|opérations|levées|tours\s+de\s+table|en\s+tête)(?![\w-])",
                      re.IGNORECASE)
# Rounds named right before the company of a list item: "les tours de table de", "la levée d'".
# ("deux levées exceptionnelles avec Vexo (": an adjective or two may come between.)
# ("sont celles de la medtech Vexo (": the pronoun for the rounds, a word or two describing the name.)
_ROUNDS_OF = re.compile(r"(?<![\w-])(?:levées?(?:\s+de\s+fonds)?|tours?\s+de\s+(?:table|financement)|opérations?"
                        r"|financements?|transactions?)(?:\s+[a-zéèêàâîôûç-]+){0,2}?"
                        r"\s+(?:de\s+|d['’]\s?|du\s+|avec\s+|pour\s+|chez\s+)$"
                        r"|(?<![\w-])(?:celles?|ceux|celui)\s+"
                        r"(?:de\s+(?:la\s+|l['’]\s?)?|d['’]\s?|du\s+|des\s+)"
                        r"(?:[a-zéèêàâîôûç-]+\s+){0,2}$", re.IGNORECASE)


# A round-up item "Vexo (12 M€)" elsewhere in the sentence.
_PAREN_ITEM = re.compile(r"[A-ZÀ-Ý][\w'’&.-]*\s*\(\s*\d")


# A round-up item whose name and amount share the brackets: "(Vexo, 9 M€ levés)".
_NAME_IN_BRACKETS = re.compile(r"\(\s*([^(),;:]{1,40}?)\s*,\s*"
                               r"(?:(?:près|plus|environ)\s+(?:de\s+|d['’]\s?)?)?$")
# What follows its amount: a raise participle or nothing, then the bracket closing.
_BRACKET_CLOSES = re.compile(r"\s*(?:levés|levées|récoltés|récoltées|obtenus|réunis"
                             r"|en\s+[a-zé]+\s+[A-H])?\s*\)", re.IGNORECASE)


def bracketed_item_name(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the name of a round-up item "(Vexo, 9 M€ levés)" is: a name alone between
    the opening bracket and the comma before the amount, which closes the bracket."""
    opening = _NAME_IN_BRACKETS.search(sentence[:start])
    if opening is None or not _BRACKET_CLOSES.match(sentence, end):
        return None
    tokens = tokenize(opening.group(1))
    if name_runs(tokens) != [(0, len(tokens))] or looks_like_person(opening.group(1)) \
            or is_market_name(opening.group(1)) or is_rubric(opening.group(1)):
        return None
    return opening.start(1), opening.end(1)


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


# Money given by the names after it: "abondés (en première position) par", "apportés par",
# "auprès de" ("mené par", "suivi par" rank or lead, they give no share).
_AGENT = re.compile(r"(?<![\w-])(?:(?:abond|apport|souscri|financ|invest|vers|fourni|inject)\w*(?:\s+[\w'’-]+){0,3}?"
                    r"\s+par|auprès\s+d(?:e|u|es|['’])|de\s+la\s+part\s+d(?:e|u|es|['’]))(?![\w-])",
                    re.IGNORECASE)
_SECTORS = re.compile(r"(?<![\w-])(?:secteurs|filières|verticales|régions|pays|villes)(?![\w-])", re.IGNORECASE)
_LIST_GLUE = frozenset({",", "et", "puis", "la", "le", "les", "l'", "l’", "'", "’", "de", "d", "d'", "d’", "du", "des"})


def _funders_list(before_item: str) -> bool:
    """Whether a bracketed list item stands in a list of funders governed by "par" or
    "auprès de" ("abondé par Selva (20 M€), Alpaga (5 M€)"): only names, their
    brackets and commas between the preposition and the item."""
    agents = list(_AGENT.finditer(before_item))
    if not agents:
        return False
    between = re.sub(r"\([^()]*\)", " ", before_item[agents[-1].end():])
    return all(t.lower in _LIST_GLUE or t.text[:1].isupper() or t.text[:1].isdigit() for t in tokenize(between))


# The end of a ranking's item before its amount: "Vexo (santé) à ", "Norial, avec ",
# "celle de Vexo, à ", "Orbo (drones) à Lyon avec ".
# ("la troisième place revient à Orbo, avec": no city after "revient".)
_AT_AMOUNT = re.compile(r"(?:\s*\([^()]{1,120}\))?(?<!revient)(?:\s+à\s+[A-ZÀ-Ý][\w'’-]*)?"
                        r"\s*,?\s+(?:à|avec)\s+"
                        # "avec une levée de 9 M€", "avec son tour de table de": the round and its amount
                        r"(?:(?:un|une|son|sa)\s+(?:tour\s+de\s+(?:table|financement)|levée(?:\s+de\s+fonds)?"
                        r"|opération|financement)\s+(?:d['’]un\s+montant\s+)?(?:de\s+|d['’]\s?))?"
                        r"(?:(?:près|plus|environ)\s+(?:de\s+|d['’]\s?)?)?$", re.IGNORECASE)
# A ranking's place said between the name and "avec": "Vexo est deuxième du classement
# avec", "Norial arrive en tête avec", "Orbo complète le podium avec".
_RANK_PREDICATE = re.compile(
    r"\s+(?:est|arrive|se\s+classe|se\s+hisse|se\s+place|termine|complète|ferme|occupe|prend|décroche"
    r"|monte\s+sur)(?:\s+[a-zéèêàâîôûç'’-]+){0,4}?"
    r"\s+(?:premi(?:er|ère)|second|seconde|[a-z]+ième|tête|podium|place|position)"
    r"(?:\s+[a-zéèêàâîôûç'’-]+){0,4}?\s*$")


def at_item_name(sentence: str, start: int) -> tuple[int, int] | None:
    """Where the name of a ranking's item told "Name à|avec amount" is: the item runs
    from the last comma, colon, semicolon or bracket and holds a name, maybe after
    "celle de", "la" and words describing it ("la néobanque Vexo, avec 486 M€")."""
    tail = _AT_AMOUNT.search(sentence[:start])
    if tail is None:
        return None
    head = sentence[:tail.start()]
    ranked = _RANK_PREDICATE.search(head)
    if ranked is not None:
        head = head[:ranked.start()]
    # The item opens after the last separator (not the comma of "10,3"), or "et".
    cut = max((m.end() for m in _ITEM_SEPARATOR.finditer(head)), default=0)
    tokens = tokenize(head[cut:])
    while tokens and tokens[0].lower in _LIST_ITEM_OPENERS | {"mais", "celle", "celui", "de", "d'", "d’", "du"}:
        tokens = tokens[1:]
    runs = name_runs(tokens)
    if not runs or runs[-1][1] != len(tokens) or len(tokens) > 10:
        return None
    lead = tokens[:runs[-1][0]]
    # "On note la néobanque Vexo": a presentative may open the item.
    if lead and lead[0].lower in ("il", "on") and not lead[0].text.islower():
        lead = lead[1:]
    # "La huitième place revient à Vexo, avec": the sentence's capitalised article
    # before a ranking's place (not "Le tour a été mené par Selva, avec": the lead investor).
    if lead and lead[0].text in ("La", "Le", "Les", "L'", "L’") and cut == 0 \
            and any(t.lower in ("place", "position", "marche", "rang") for t in lead):
        lead = lead[1:]
    if lead and not all(t.text.islower() or t.text in ("'", "’") for t in lead):
        return None
    i, j = runs[-1]
    name = head[cut + tokens[i].start:cut + tokens[j - 1].end]
    if looks_like_person(name) or is_rubric(name):
        return None
    return cut + tokens[i].start, cut + tokens[j - 1].end


# "celui de Vexo de", "celle d'Orbo d'un montant de": a pronoun for a round, its owner, then the amount.
_ROUND_PRONOUN_OWNER = re.compile(r"(?<!\w)(?:celle|celui)\s+d(?:e\s+|['’]\s*)"
                                  r"[A-ZÀ-Ý][\w'’&.-]*(?:\s+[A-ZÀ-Ý][\w'’&.-]*){0,3}"
                                  r"\s+d(?:e\s+|['’]\s*)(?:(?:près|plus|environ)\s+(?:de\s+|d['’]\s*))?$")
# "les 17 M$ pour Vexo": an amount with the definite article, each item of a list of deals.
_THE_PLURAL = re.compile(r"(?<!\w)(?:les|et\s+les)\s+$", re.IGNORECASE)


def the_item_owner(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the owner of an item "les 15 M$ de la fintech Norial" is (an amount with the
    definite article, then its company as a genitive), or None."""
    if not _THE_PLURAL.search(sentence[:start]):
        return None
    owner = genitive_of(sentence[end:], end)
    if owner.kind != "name" or looks_like_person(owner.name):
        return None
    return owner.start, owner.end
_ROUND_NOUN_ANYWHERE = re.compile(r"(?<![\w-])(?:tours?|levées?|opérations?)(?![\w-])", re.IGNORECASE)


_ITEM_SEPARATOR = re.compile(r"[;:(]|,(?!\d)|\s(?:et|puis|ou)\s", re.IGNORECASE)


_IN_N_DEALS = re.compile(r"\s*(?:d['’]euros\s+|de\s+dollars\s+)?(?:levés?\s+|récoltés?\s+|investis\s+)?"
                         r"(?:en|pour|via|sur|lors\s+de|à\s+travers|,)\s+\d+\s+(?:opérations|levées|tours|transactions"
                         r"|deals|financements|entreprises|start-?ups?|sociétés)(?![\w-])", re.IGNORECASE)
# An item of a list told amount first: "180 M€ pour la plateforme de paie Vexo, 125 M€ pour Norial".
_FOR_ITEM = re.compile(r"\s+pour\s+(?:(?:la|le|les|l['’])\s*)?(?:[«\"“]?[a-zéèêàâîôûç'’-]+[»\"”]?\s+){0,8}?"
                       r"(?=[A-ZÀ-Ý0-9])")


def for_item_name(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the company of a list item told amount first is: the name after "pour",
    maybe after lower-case words that describe it, when the item opens after a colon,
    a comma, a semicolon or "et" (no verb of its own before the amount)."""
    m = _FOR_ITEM.match(sentence, end)
    if m is None:
        return None
    head = sentence[:start]
    cut = max(head.rfind(c) for c in ":,;")
    # (A list of deals may open the sentence on a presentative: "Il y a eu les 17 M$ pour Vexo, ...".)
    if not re.fullmatch(r"\s*(?:et|puis|ou|dont)?\s*(?:les\s+)?"
                        r"(?:(?:près|plus|environ|quelque)\s+(?:de|d['’])?\s*)?",
                        head[cut + 1:], re.IGNORECASE) and not (cut < 0 and _PRESENTATIVE.fullmatch(head)):
        return None
    if cut < 0 and not re.match(r"\s*(?:il|on)\s", head, re.IGNORECASE):
        return None
    tokens = tokenize(sentence[m.end():m.end() + 80])
    runs = name_runs(tokens)
    if not runs or runs[0][0] != 0:
        return None
    i, j = runs[0]
    return m.end() + tokens[i].start, m.end() + tokens[j - 1].end


# An amount told as a part of the one before it: "dont 60 M€ pour Vexo".
_PART_OF_SUM = re.compile(r"(?<!\w)dont\s+(?:(?:près|plus|environ)\s+(?:de\s+|d['’]\s?))?$", re.IGNORECASE)
_PRESENTATIVE = re.compile(r"\s*(?:il\s+y\s+a\s+eu|on\s+(?:note|retrouve|compte))\s+les\s+", re.IGNORECASE)


# The word that opens the next item of a gapped coordination: a comma, "et", a semicolon.
_GAP_CUT = re.compile(r",|;|\s(?:et|puis|tandis\s+que|quand|alors\s+que)\s", re.IGNORECASE)


def gapped_item_name(sentence: str, start: int) -> tuple[int, int] | None:
    """Where the company of an amount told with its raise verb left out is: "Vexo a levé
    8 M€, la medtech Norial 3 M€ et Orbo 1 M€" (the verb said once, for the first item).
    The item runs from the last comma, "et" or semicolon up to the amount and holds a
    name only, maybe after a determiner and company words; an earlier clause of the
    sentence tells an amount after a raise verb."""
    before = sentence[:start]
    cuts = list(_GAP_CUT.finditer(before))
    if not cuts:
        return None
    cut = cuts[-1]
    head = before[:cut.start()]
    verb = last_raise_cue(head)
    if verb is None or not re.search(r"\d", head[verb.end():]):
        return None
    piece = before[cut.end():]
    tokens = tokenize(piece)
    runs = name_runs(tokens)
    if not runs or runs[-1][1] != len(tokens) or len(tokens) > 10:
        return None
    i, j = runs[-1]
    lead = tokens[:i]
    if lead and not (lead[0].lower in ("la", "le", "l'", "l’", "les") and all(
            t.text.islower() or t.text in ("'", "’") for t in lead)):
        return None
    if any(t.lower in ("dont", "soit", "contre", "après", "avant") for t in lead):
        return None
    name = piece[tokens[i].start:tokens[j - 1].end]
    if looks_like_person(name) or is_rubric(name):
        return None
    return cut.end() + tokens[i].start, cut.end() + tokens[j - 1].end


_DAY_MONTH = re.compile(r"(?<![\w-])\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
                        r"|octobre|novembre|décembre)(?:\s+\d{4})?(?![\w-])", re.IGNORECASE)
# A bullet, or a list number ("1- ", "2. ", "3) "; not the "3.5" of an amount).
BULLET = re.compile(r"\s*(?:[-•▸►▹▪■□●◦‣*–—]|\d{1,2}\s*[-.)–](?=\s))\s*")


def bullet_item_name(sentence: str, start: int) -> tuple[int, int] | None:
    """Where the name heading a bullet line is, for the first amount of that line:
    "• Vexo — 23 M€ — Série B", "- Norial (robotique), 5 M€ en amorçage"."""
    bullet = BULLET.match(sentence)
    # A date may stand between the name and the amount: "- Vexo – 25 mai – 500 M$".
    head = _DAY_MONTH.sub(" ", sentence[bullet.end():start].split("(")[0]) if bullet else ""
    if bullet is None or bullet.end() == 0 or re.search(r"\d", head):
        return None
    tokens = tokenize(sentence[bullet.end():start])
    runs = name_runs(tokens)
    if not runs or runs[0][0] != 0:
        return None
    i, j = runs[0]
    # The name ends the item's head: a parenthesis, a comma, a dash or a colon follows.
    if j < len(tokens) and tokens[j].text not in ("(", ",", "—", "–", "-", ":"):
        return None
    # "1- Vexo du Nigéria, 250 M$": the company's country is no part of its name.
    for k in range(i + 1, j - 1):
        if tokens[k].lower in ("du", "de", "d'", "d’") and is_market_name(
                sentence[bullet.end() + tokens[k + 1].start:bullet.end() + tokens[j - 1].end]):
            j = k
            break
    return bullet.end() + tokens[i].start, bullet.end() + tokens[j - 1].end


def classify_amount(sentence: str, start: int, end: int,
                    mention_spans: list[tuple[int, int]] = (), raise_told_before: bool = False) -> str | None:
    """What the amount at ``sentence[start:end]`` is: money raised in a round
    (``ROUND``), a valuation, an earlier valuation ("contre 2,7 milliards"), or
    something else (None: revenue, fund sizes, totals, averages, share prices,
    the second amount of a conversion). ``raise_told_before``: the sentence before, in
    the same paragraph (for a bullet line, the line that opens its list), tells of money
    raised, so a list may go on from it."""
    before = sentence[:start]
    surface = sentence[start:end]
    after = re.split(r"[,.;:!?]", sentence[end:end + 60], maxsplit=1)[0]
    if _IN_N_DEALS.match(sentence, end):
        return None  # "581 millions en 9 opérations", "Biotech (81 M€, 18 opérations)": a sum
    if re.search(r"\(\s*$", before):
        # "335 millions de dollars (276 millions d'euros)" is a conversion; "Vexo (12
        # M€), Norial (5 M€)" lists rounds when the sentence tells of money raised.
        item = list_item_name(sentence, start)
        # "Vexo (300 millions levés au total)", "Orbo (12 M€ depuis sa création)"
        after_words = re.sub(r"^\s*(?:levés?|levées?|récoltés?|réunis)\s+", "", after)
        if _cue("non_round_cues_after.txt").match(after_words.strip()):
            return None
        if item and _funders_list(sentence[:item[0]]):
            return None  # "abondé par Selva (20 M€), Alpaga (5 M€)": each funder's share
        if item and _SECTORS.search(sentence[max(0, item[0] - 40):item[0]]):
            return None  # "Suivent les secteurs Biotech (81 M€), Cleantech (57 M€)": markets
        # A list of rounds is told by a raise cue, a rounds noun or a ranking in the sentence
        # ("Viennent ensuite Vexo (12 M€), Norial (5 M€)" after a sentence about a raise).
        if (item and (_cue("raise_cues.txt").search(sentence) or _ROUNDS_OF_ANYWHERE.search(sentence)
                      or _RAISED_IN_BRACKETS.search(sentence)
                      # (a ranking's item names its company right before the bracket:
                      # not "Loin derrière arrivent les entreprises du logiciel (250 M€)")
                      or raise_told_before and _RANKING.search(sentence)
                      and re.fullmatch(r"\s*,?\s*\(\s*", sentence[item[1]:start]))
                and not _cue("non_round_cues.txt").fullmatch(sentence[item[0]:item[1]])):
            return ROUND
        return None  # a conversion, or "Moyenne (3,3 millions)"
    if bracketed_item_name(sentence, start, end) is not None and (
            _cue("raise_cues.txt").search(sentence) or _ROUND_NOUN_ANYWHERE.search(sentence)):
        return ROUND  # "la cybersécurité (Vexo, 9 M€ levés) et la santé (Orbo, 5 M€ levés)"
    if _PART_OF_SUM.search(before) and (raised_by_one_company(sentence[end:]) or (
            last_raise_cue(before) is not None and for_item_name(sentence, start, end) is not None)):
        return ROUND  # "312 M€ en 4 opérations (dont 300 M€ levés par Vexo)": one company's round in a sum
    if _TOTAL_BEFORE.search(before) or _SO_FAR.search(before[-60:]) or _RUNNING_TOTAL_OF.search(before[-80:]):
        return None  # "Au total, elle aura levé 38 millions", "qui avait jusqu'ici levé"
    if _SPREAD_OVER.match(sentence, end):
        return None  # "a investi 2 milliards dans 400 jeunes pousses": a funder's total
    digit = re.search(r"\d", surface)
    if _cue("non_round_cues.txt").search(surface[:digit.start()] if digit else surface):
        return None  # "au-delà de 50 millions" (the cue before the number; "9 M$ CA" is a currency)
    # "des rondes à moins de un million": a cue whose last words the amount's surface holds.
    tail = before[-20:]
    spanning = _cue("non_round_cues.txt").search(tail + (surface[:digit.start()] if digit else surface))
    if spanning is not None and spanning.start() < len(tail) < spanning.end():
        return None
    if _CONVERSION_BEFORE.search(before):
        return None  # "9 millions de dollars, ou 8 millions d'euros"

    if INTO_COFFERS.match(sentence, end):
        return ROUND  # "les 6 M€ tombés dans l'escarcelle de Vexo": money a company received
    clause = re.split(r"[;.!?]|,\s*(?:et|mais|tandis)\s", sentence[end:], maxsplit=1)[0]
    if re.search(r"\d", clause) is None and _cue("secondary_sale_cues.txt").search(clause):
        return None  # "environ 20 millions, correspond à des actions cédées par des salariés"
    funder_verb = last_raise_cue(sentence[:start])
    if EACH.match(sentence[end:]) and funder_verb and participation_verb_at(sentence[funder_verb.start():start]):
        return None  # "les deux fonds ont investi 1 million chacun": a share, not a round
    if _SINCE_YEAR.match(sentence[end:]):
        return None  # "a investi 13 milliards dans X depuis 2019": a sum over years
    if _FUND_AFTER.match(sentence[end:]):
        return None  # "vient de lever 25 millions pour son premier fonds": a fund's own money
    negative_after = _cue("non_round_cues_after.txt").search(after)
    if negative_after and (negative_after.start() < 25 or re.match(
            r"depuis|au total|en cumulé", negative_after.group(), re.IGNORECASE)):
        return None
    raise_cue = last_raise_cue(before)
    raise_end = raise_cue.end() if raise_cue else -1
    if raise_cue is not None and is_planned_raise(before, raise_cue):
        return None
    if for_item_name(sentence, start, end) is not None and _ROUNDS_OF_ANYWHERE.search(before):
        return ROUND  # "quatre levées : 180 M€ pour la plateforme Vexo, 125 M€ pour Norial"
    if at_item_name(sentence, start) is not None and _ROUNDS_OF_ANYWHERE.search(before):
        return ROUND  # "deux grosses levées : Vexo (drones) à Lyon, avec 100 M€, et Norial avec 70 M€"
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
            and (re.fullmatch(r"\s*(?:[\w'’-]+\s*){0,3}", _without_time(before[raise_cue.end():negative.start()]))
                 or NOUN_CUES.match(raise_cue.group())
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
                or FUNDER_PASSIVE.match(sentence[end:]) or INJECTED_INTO.match(sentence[end:])):
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
        if raise_told_before and bullet_item_name(sentence, start) is not None:
            return ROUND  # "Les start-up qui ont le plus levé :\n- Vexo – 25 mai – 500 M$"
        if at_item_name(sentence, start) is not None and (raise_told_before or _RANKING.search(sentence)):
            return ROUND  # "Dans le top 10, Vexo (santé) à 20 M€, Norial avec 14 M€"
        if raise_told_before and _THE_PLURAL.search(before) and (
                for_item_name(sentence, start, end) is not None or the_item_owner(sentence, start, end) is not None):
            return ROUND  # "Les levées ont doublé. Il y a eu les 17 M$ pour Vexo, les 15 M$ de Norial"
        if _ROUND_PRONOUN_OWNER.search(before) and _ROUND_NOUN_ANYWHERE.search(before):
            return ROUND  # "de gros tours, comme celui de Vexo de 304 M€": the pronoun stands for the round
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


# A time adverbial between a raise verb and its amount: "a levé cette année des fonds à hauteur de".
_TIME_WORDS = re.compile(r"(?<![\w-])(?:l['’]an\s+(?:passé|dernier)|l['’]année\s+(?:passée|dernière)|cette\s+(?:semaine|année)"
                         r"|(?:en|début|fin|mi-)\s*(?:19|20)\d\d|en\s+[a-zéû]+\s+(?:19|20)\d\d)(?![\w-])", re.IGNORECASE)


def _without_time(words: str) -> str:
    return _TIME_WORDS.sub(" ", words)


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
EACH = re.compile(r"\s*,?\s*chacun(?:e|s|es)?(?!\w)", re.IGNORECASE)



# Money fallen into a company's coffers: "tombés mardi dans l'escarcelle de", "entrés
# dans les caisses de". The match ends before the owner's "de".
INTO_COFFERS = re.compile(r"\s+(?:(?!d['’]|de\s|des\s|du\s)[\w'’-]+\s+){0,3}?(?:dans|en)\s+(?:l['’]\s*escarcelle|les\s+caisses|la\s+poche"
                           r"|les\s+poches)(?=\s+d(?:e\s|['’]|u\s))", re.IGNORECASE)



_NEGATED = re.compile(r"(?<!\w)(?:aucune?|pas\s+de|pas\s+d['’]|nulle)\s*$", re.IGNORECASE)



# Rounds counted together: an amount after them is their sum.
_PLURAL_ROUND_NOUN = re.compile(r"(?:(?:m[ée]ga-?)?levées|opérations)(?!\w)", re.IGNORECASE)



def last_raise_cue(before: str) -> re.Match | None:
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
FUNDER_PASSIVE = re.compile(
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


def title_beneficiary(title: str) -> str | None:
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
INJECTED_INTO = re.compile(r"\s+(?:ont|a)\s+été\s+(?:injecté|investi|apporté|placé)\w*(?:\s+[\w'’-]+){0,3}?"
                            r"(?=\s+(?:dans|au\s+capital|sur)\s)", re.IGNORECASE)


def is_planned_raise(text: str, verb: re.Match) -> bool:
    """Whether the raise cue ``verb`` found in ``text`` is a verb only sought or
    planned: "elle espère lever", "cherche à lever", "pour lever", or an infinitive
    opening the sentence ("Lever des fonds demande...")."""
    if NOUN_CUES.match(verb.group()) or not _INFINITIVE.search(verb.group()):
        return False  # "pour photographes a levé": a verb told in a tense is done
    if not text[:verb.start()].strip(" \t\n\u00a0\u202f«“\"-–—•*"):
        return True  # "Lever des fonds demande de la patience": advice, no round
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
