"""Funding rounds, candidates: the article's rounds before consolidation.

In: the Doc with its money spans (``read_story``). Out: a :class:`Story` whose ``rounds``
are one per amount raised (an amount told again merged into its round), named rounds
whose amount is withheld and companies a round-up counts or lists, each with its bound
kind, its company (:mod:`extractor.round_company`) and the investors after its amount.
"""

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from extractor.amounts import article_currency
from extractor.company import Subject, antecedent, genitive_of, is_market_name, is_rubric, is_sector_name
from extractor.extensions import doc_text
from extractor.entities import entities
from extractor.investor_cues import participation_verb_at
from extractor.investor_lists import Found
from extractor.investor_names import PREPOSITIONS, fold, looks_like_person, name_runs, tokenize
from extractor.investors import find_investors, investors_after_amount
from extractor.round_amounts import (
    BULLET,
    EACH,
    EARLIER_VALUATION,
    NOUN_CUES,
    ROUND,
    VALUATION,
    Mention,
    _cue,
    at_item_name,
    bracketed_item_name,
    bare_item_name,
    bind_mentions,
    bullet_item_name,
    classify_amount,
    for_item_name,
    gapped_item_name,
    headline_company,
    is_earlier,
    is_planned_raise,
    last_raise_cue,
    list_item_name,
    the_item_owner,
)
from extractor.round_company import (
    _subject,
    headline_name,
    most_named_organisation,
    paragraph_name,
    title_subject,
)
from extractor.round_types import find_round_mentions

_EACH_BEFORE = re.compile(r"(?<!\w)(?:chacun(?:e|s|es)?|(?:tous|toutes)\s+(?:les\s+)?(?:deux|trois))(?:\s+\S+){0,2}\s*$",
                          re.IGNORECASE)


# A fund named in apposition to "fonds" right before the raiser's name.
_FUND_APPOSITION = re.compile(r"(?<![\w-])(?:un|le|son|ce|nouveau)\s+(?:[\w'’-]+\s+)?fonds(?![\w-])[^.;:!?]{0,70},\s*$",
                              re.IGNORECASE)
# A fund or its manager named by its kind right before it: "la société de gestion Alto
# lève 80 M€", "le fonds de capital-risque Alto annonce lever": a fund's own money.
# (Not "la levée de fonds de Vexo": the round's noun.)
_FUND_NAMED_BY = re.compile(r"(?<![\w-])(?<!levée\sde\s)(?<!levées\sde\s)"
                            r"(?:société\s+de\s+gestion|sociétés?\s+de\s+capital[-\s](?:risque|investissement)"
                            r"|fonds|gestionnaire\s+d['’]actifs|capital-risqueur)"
                            r"(?:\s+(?:de\s+|d['’]\s?|du\s+)?(?:gestion|capital-risque|capital|risque|investissement"
                            r"|amorçage|croissance|impact|[a-zé]+(?:ais|aise|ain|aine|ien|ienne|ique|al|ale|é|ée)))"
                            r"{0,4}\s+$", re.IGNORECASE)
# A sentence about a fund's own money: "Ces fonds ont été récoltés auprès de ...".
_FUND_SUBJECT = re.compile(r"\s*(?:ces|les|le|ce)\s+fonds\s+(?:ont|a|sont|est)\s", re.IGNORECASE)
# A valuation only aimed at: "espère un tour qui lui permettrait une valorisation de", "vise le cap des".
_SOUGHT_VALUATION = re.compile(r"(?<!\w)(?:cherche|cherchent|vise|visent|espère|espèrent|ambitionne|souhaite|permettant"
                               r"|permettre|permettrait)(?!\w)[^.;!?]{0,70}$", re.IGNORECASE)



# A round told by a plain noun: "la levée de fonds", "le tour de table".
_PLAIN_ROUND_NOUN = re.compile(r"(?<!\w)(?:levée\s+de\s+fonds|tour\s+de\s+table|levée|augmentation\s+de\s+capital)(?!\w)",
                               re.IGNORECASE)



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
        if len(runs) > 1 and tokens[i - 1].lower in ("à", "en", "au", "aux"):
            i, j = runs[-2]  # "Vexo à Nantes": the company, its place left out
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



# "trois opérations (Vexo, Norial et Orbo)": a round-up counts rounds and names their
# companies in parentheses, their amounts left out. The nouns that always mean a raise
# are told apart from those that do only once the article has told a round.
_COUNTED_ROUNDS = re.compile(
    r"(?<![\w-])(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|autres)\s+"
    r"(?:(?:nouvelles|autres)\s+)?(levées(?:\s+de\s+fonds)?|tours\s+de\s+table|opérations|financements"
    r"|investissements|deals|transactions),?(?:\s+[^\s().;:!?]+){0,6}?\s*\(([^()]{3,240})\)"
    # "la région en totalise deux, toutes industrielles (Vexo à Nantes, Orbo à Lyon)": the
    # rounds counted by "en", their noun told before.
    r"|(?<![\w-])en\s+(?:compte|comptent|totalise|totalisent|réunit|affiche)\s+"
    r"(deux|trois|quatre|cinq|six|sept|huit|neuf|dix),?(?:\s+[^\s().;:!?]+){0,6}?\s*\(([^()]{3,240})\)",
    re.IGNORECASE)
_RAISE_ONLY_NOUNS = ("levées", "tours")


def counted_round_names(sentence: str, rounds_told: bool) -> list[tuple[int, int]]:
    """The companies a round-up lists in parentheses after a count of rounds
    ("deux levées (Kalima et Orbo)"), as offsets in ``sentence``; nouns such as
    "opérations" count only when ``rounds_told`` (the article has told a round)."""
    spans = []
    for m in _COUNTED_ROUNDS.finditer(sentence):
        names = 2 if m.group(2) is not None else 4
        if m.group(1) is not None and not rounds_told and not m.group(1).lower().startswith(_RAISE_ONLY_NOUNS):
            continue
        if m.group(1) is None and not rounds_told:
            continue
        spans.extend((m.start(names) + a, m.start(names) + b) for a, b in coordinated_names(m.group(names)))
    return spans



@dataclass
class Round:
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



def _same_money(a: dict | None, b: dict | None) -> bool:
    """Whether two amounts tell the same money: equal within 1 %, or within 10 % when
    one is approximate ("près de 10 millions" and "9,7 millions")."""
    if not a or not b:
        return False
    tolerance = 0.1 if a.get("approximate") or b.get("approximate") else 0.01
    if abs(a["value"] - b["value"]) > tolerance * max(abs(b["value"]), 1):
        return False
    return a.get("currency") == b.get("currency") or not a.get("currency") or not b.get("currency")


def _precision(text: str, money: dict) -> float | None:
    """The unit of the last digit a figure is written with, in the amount's own units:
    "12 M€" -> 1 000 000, "1,7 milliard" -> 100 000 000; None for no digit."""
    surface = text[money["start"]:money["end"]]
    number = re.search(r"\d[\d \u00a0\u202f.]*(?:,(\d+))?", surface)
    if number is None:
        return None
    digits = re.sub(r"\D", "", number.group().split(",")[0])
    whole = int(digits) if digits else 0
    if whole == 0:
        return None
    scale = money["value"] / (whole + (float("0." + number.group(1)) if number.group(1) else 0))
    return scale * 10 ** -(len(number.group(1)) if number.group(1) else 0)


def rounded_same(text: str, a: dict | None, b: dict | None) -> bool:
    """Whether one amount is the other rounded to the digits it is written with ("12 M€"
    and "12,3 millions d'euros"), in the same currency (or one unknown)."""
    if not a or not b or a["value"] == b["value"]:
        return False
    if a.get("currency") and b.get("currency") and a["currency"] != b["currency"]:
        return False
    pa, pb = _precision(text, a), _precision(text, b)
    if pa is None or pb is None or pa == pb:
        return False
    rough, exact = (a, b) if pa > pb else (b, a)
    unit = max(pa, pb)
    return abs(rough["value"] - exact["value"]) <= 0.5 * unit * 1.0001 and abs(rough["value"] - exact["value"]) <= 0.05 * exact["value"]


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



@dataclass
class Story:
    """What the stages of round assembly share about one article."""

    doc: Doc
    text: str
    amounts: list[dict]  # the body's amounts, one per place, in text order
    mentions: list[Mention]  # round mentions of the body ("Série B", "tour de table")
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    rounds: list[Round] = field(default_factory=list)
    valuations: list[tuple[dict, tuple[int, int], str]] = field(default_factory=list)
    sentence_rounds: dict[tuple[int, int], list[Round]] = field(default_factory=dict)
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



def read_story(doc: Doc, money_key: str) -> Story:
    text = doc_text(doc)
    body = doc._.body_start or 0
    moneys = sorted(
        (dict(s._.money) for s in doc.spans.get(money_key, []) if s._.money and s._.money["start"] >= body),
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
    return Story(doc, text, unique, mentions, sentences, _paragraph_index(text, body))



def _raised_amounts(story: Story, sent: tuple[int, int]) -> list[dict]:
    """The amounts of a sentence that are money raised; its valuations are noted
    on the story for later."""
    s_start, s_end = sent
    s_text = story.sentence_text(sent)
    spans = [(m.start - s_start, m.end - s_start) for m in story.mentions_in(sent)]
    raised = []
    told_before = None
    for money in (m for m in story.amounts if s_start <= m["start"] < s_end):
        if told_before is None:
            told_before = _follows_a_raise(story, sent)
        kind = classify_amount(s_text, money["start"] - s_start, money["end"] - s_start, spans, told_before)
        if kind == ROUND:
            raised.append(money)
        elif kind in (VALUATION, EARLIER_VALUATION) and not _SOUGHT_VALUATION.search(
                s_text[max(0, money["start"] - s_start - 80):money["start"] - s_start]):
            story.valuations.append((money, sent, kind))
    return raised



def _common_word(text: str, name: str) -> bool:
    """A one-word name the text also writes in lower case ("Transition" and "la
    transition"): a common word capitalised by a heading or a sentence start."""
    word = name.strip()
    return " " not in word and word[:1].isupper() and not word.isupper() and re.search(
        rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def rounds_from_amounts(story: Story) -> None:
    """A round for each amount raised, with the round mention bound to it, its
    company and the investors named right after it."""
    text = story.text
    for sent in story.sentences:
        raised = _raised_amounts(story, sent)
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
            item = (_respective_item(s_text, [(m["start"] - s_start, m["end"] - s_start) for m in raised], i)
                    or list_item_name(s_text, money["start"] - s_start)
                    or bracketed_item_name(s_text, money["start"] - s_start, money["end"] - s_start)
                    or bullet_item_name(s_text, money["start"] - s_start)
                    or bare_item_name(s_text, money["start"] - s_start)
                    or gapped_item_name(s_text, money["start"] - s_start)
                    or for_item_name(s_text, money["start"] - s_start, money["end"] - s_start)
                    or at_item_name(s_text, money["start"] - s_start)
                    or _listed_owner(story, sent, money)
                    or headline_company(s_text, money["start"] - s_start, money["end"] - s_start))
            if item is not None:
                subject = Subject("name", s_text[item[0]:item[1]], s_start + item[0], s_start + item[1])
            else:
                # "la série A de 10 M€ de Vexo": a named round's owner after its amount
                # is the company, whoever the sentence's subject is.
                subject = _named_round_owner(text, mention, money, s_end) or _subject(
                    story.doc, s_start, money["start"], text[money["end"]:s_end], money["end"])
            if subject.kind == "name" and (is_market_name(subject.name) or is_sector_name(subject.name)):
                subject = Subject("generic")  # "la Suède (700 M€)", "le Portugal a levé 90 M€": a market's sum
            if subject.kind == "name" and _GIVES_TO_PRONOUN.match(text, subject.end, money["start"]):
                subject = Subject("anaphor")  # "Selva, qui lui a accordé un prêt de 2 M€": the funder
            each = _each_company(s_text, money["start"] - s_start, money["end"] - s_start)
            if subject.kind == "generic" and not each:
                continue  # "les start-up françaises ont levé ...": a market, not a round
            if subject.kind == "name" and (_FUND_APPOSITION.search(text, max(0, subject.start - 90), subject.start)
                                           or _FUND_NAMED_BY.search(text, max(0, subject.start - 80), subject.start)):
                continue  # "un fonds consacré à la donnée, Alpaga Data, qui a récolté": a fund's own money
            company, guessed = subject.name, False
            if company is not None and (looks_like_person(company) or len(company.strip()) < 2):
                company = None  # "Paul Roy a levé 7 000 euros": a founder speaks for the company
            if company is None:
                company, guessed = _company_by_context(story, para, money["start"])
                if company is not None and (is_market_name(company) or is_sector_name(company)
                                            or _common_word(text, company)):
                    company = None  # "Développement", "le Portugal": a heading or a market
            # An amount raised is a round even when no company is found: the
            # round is kept with what is known (company null).
            if company is not None:
                company = company.strip()
                if para >= 0:
                    story.paragraph_company.setdefault(para, company)
                if story.main_company is None:
                    story.main_company = company
            new = Round(amount=money, sentence=sent, paragraph=para, current=not earlier,
                         company=company, position=money["start"], guessed=guessed,
                         told_before=_raise_told_before(story, sent))
            if mention is not None:
                new.round_type, new.round_label = mention.round_type, mention.label
            new.evidence.append(sent)
            new.investors.extend(investors_after_amount(text[money["end"]:s_end], money["end"]))
            if each:
                # "Vexo et Norial ont levé 4 millions chacune": one round per company.
                for name in each:
                    story.rounds.append(Round(amount=money, sentence=sent, paragraph=para, current=not earlier,
                                               company=name, position=money["start"],
                                               round_type=new.round_type, round_label=new.round_label,
                                               evidence=[sent]))
                story.sentence_rounds.setdefault(sent, []).extend(story.rounds[-len(each):])
                continue
            _add_round(story, new)



# Between a named round and its amount: "la série B de", "un seed d'un montant de".
_MENTION_OF_AMOUNT = re.compile(r"\s*(?:d['’]un\s+montant\s+)?(?:de\s+|d['’]\s*)$", re.IGNORECASE)


def _named_round_owner(text: str, mention: Mention | None, money: dict, s_end: int) -> Subject | None:
    """The company owning a named round whose amount follows it: "la série B de 12 M€ de
    Vexo", "l'amorçage de 2 M€ d'Orbo" (the owner after the amount, as for "la levée de")."""
    if mention is None or mention.round_type in ("grant", "debt") or mention.end > money["start"] \
            or not _MENTION_OF_AMOUNT.fullmatch(
            text, mention.end, money["start"]):
        return None
    owner = genitive_of(text[money["end"]:s_end], money["end"])
    return owner if owner.kind == "name" and not looks_like_person(owner.name) else None


# A funder's verb whose beneficiary is a pronoun: "X, qui lui a accordé", "X leur octroie".
_GIVES_TO_PRONOUN = re.compile(
    r"\s*,?\s*(?:qui\s+)?(?:[^,;.]{0,40},\s*)?(?:lui|leur)\s+(?:a\s+|ont\s+|avait\s+|avaient\s+|aura\s+)?"
    r"(?:accord|octroi|octroy|consent|vers|prêt|attribu|apport|allou|alloué|avanc)\w*", re.IGNORECASE)


def _raise_told_before(story: Story, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence before ``sent`` in its paragraph, when it tells of money raised
    (a raise cue) and gives no amount of its own."""
    before = _sentence_before_in_paragraph(story, sent)
    if before is None or any(before[0] <= m["start"] < before[1] for m in story.amounts):
        return None
    return before if _cue("raise_cues.txt").search(story.sentence_text(before)) else None


def _sentence_before_in_paragraph(story: Story, sent: tuple[int, int]) -> tuple[int, int] | None:
    index = story.sentences.index(sent)
    if index == 0:
        return None
    before = story.sentences[index - 1]
    return before if story.paragraph_of(before[0]) == story.paragraph_of(sent[0]) else None


def _listed_owner(story: Story, sent: tuple[int, int], money: dict) -> tuple[int, int] | None:
    """The owner of an item "les 12 M€ de la medtech Norial" in a sentence that goes on
    from one about raises, as offsets in the sentence; the cheap test on the words first."""
    s_start = sent[0]
    owner = the_item_owner(story.sentence_text(sent), money["start"] - s_start, money["end"] - s_start)
    return owner if owner is not None and _follows_a_raise(story, sent) else None


def _follows_a_raise(story: Story, sent: tuple[int, int]) -> bool:
    """Whether the sentence before ``sent``, in its paragraph, tells of money raised; for
    a bullet line, the line that introduces the list."""
    if not _is_bullet_line(story.sentence_text(sent)):
        before = _sentence_before_in_paragraph(story, sent)
        return before is not None and _cue("raise_cues.txt").search(story.sentence_text(before)) is not None
    # Each line of a list is a paragraph of its own: a bullet line looks back past the
    # list's earlier items to the line that introduces it.
    index = story.sentences.index(sent)
    while index > 0:
        before_text = story.sentence_text(story.sentences[index - 1])
        if _cue("raise_cues.txt").search(before_text):
            return True
        if not _is_bullet_line(before_text):
            # "Les plus grosses levées du mois. Par ordre de taille, nous avons :": a line
            # ending on a colon introduces the list with the few sentences before it.
            if not before_text.rstrip().endswith(":"):
                return False
            earlier = story.sentences[max(0, index - 4):index - 1]
            return any(_cue("raise_cues.txt").search(story.sentence_text(s)) for s in earlier)
        index -= 1
    return False


def _is_bullet_line(sentence: str) -> bool:
    bullet = BULLET.match(sentence)
    return bullet is not None and bullet.end() > 0


_RESPECTIVELY = re.compile(r"(?<![\w-])respectivement(?![\w-])", re.IGNORECASE)
# Where a subject given as examples begins: "des start-up telles que Vexo et Orbo, qui ont".
_EXAMPLES_OPENING = re.compile(r"(?<![\w-])(?:tel(?:le)?s?\s+que|comme|dont)\s+", re.IGNORECASE)


def _respective_item(s_text: str, amounts: list[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """The company of the ``index``-th amount of "Vexo et Orbo ont levé respectivement
    14 M€ et 8 M€": the names of the coordinated subject, in the order of the amounts."""
    if len(amounts) < 2:
        return None
    told = list(_RESPECTIVELY.finditer(s_text, 0, amounts[0][0]))
    verb = last_raise_cue(s_text[:told[-1].start()]) if told else None
    if verb is None:
        return None
    subject = re.sub(r"\s*,?\s+(?:qui\s+)?(?:ont|avaient|sont)\s*$", "", s_text[:verb.start()].rstrip())
    opening = list(_EXAMPLES_OPENING.finditer(subject))
    start = opening[-1].end() if opening else 0
    spans = coordinated_subject_names(subject[start:])
    if len(spans) != len(amounts):
        return None
    a, b = spans[index]
    return start + a, start + b


def _each_company(s_text: str, start: int, end: int) -> list[str]:
    """The companies of a round told once for several ("ont chacune levé 4 M€",
    "ont levé 3 M€ chacune"), named by the coordinated subject before the verb."""
    if not (EACH.match(s_text[end:]) or _EACH_BEFORE.search(s_text[:start])):
        return []
    verb = last_raise_cue(s_text[:start])
    if verb is None:
        return []
    subject = re.sub(r"\s*,?\s+(?:qui\s+)?(?:ont|sont|avaient)\s+(?:chacun\w*\s+|(?:tous|toutes)\s+(?:les\s+)?"
                     r"(?:deux|trois)\s+)?$", "", s_text[:verb.start()].rstrip() + " ")
    clause = _clause_of(subject + " ", len(subject))
    return [clause[a:b] for a, b in coordinated_names(clause)]



def _company_by_context(story: Story, para: int, at: int) -> tuple[str | None, bool]:
    """The company of a round whose sentence names none, and whether it is only a
    guess from the title: the paragraph's label, the company last introduced
    nearby, the paragraph's or the previous round's company, the article's."""
    doc, text, rounds = story.doc, story.text, story.rounds
    label = paragraph_name(text, story.paragraphs, para, doc)
    # "La start-up, qui ..., a bouclé": the company last introduced in this
    # paragraph or the one before, when nearer than the previous round.
    window = story.paragraphs[max(para - 1, 0)][0] if para >= 0 else at
    # A name that merely opens a sentence ("Bpifrance accorde ...") may be a
    # funder once a round is told: then only an introduced name counts.
    introduced = antecedent(text[window:at], window, loose=not rounds) or _parsed_antecedent(story, window, at)
    if introduced is not None and rounds and introduced.start < rounds[-1].position:
        introduced = None
    company = (label or (introduced.name if introduced else None) or story.paragraph_company.get(para)
               or (rounds[-1].company if rounds else None)
               or story.main_company
               or title_subject(doc, story.sentences)
               or headline_name(doc, story.sentences)
               or most_named_organisation(doc))
    guessed = not (label or introduced or story.paragraph_company.get(para) or rounds or story.main_company)
    return company, guessed



def _parsed_antecedent(story: Story, window: int, at: int) -> Subject | None:
    """The company a later "la start-up" refers back to, read by the parser where the
    words fail: the named subject of the main verb of one of the sentences just before
    ("Fondée en 2022 par deux ingénieurs, Vexo est installée à Lyon"), a name the
    article repeats; never a person."""
    text = story.text
    before = [sent for sent in story.sentences if sent[0] >= window and sent[1] <= at][-3:]
    for s_start, s_end in reversed(before):
        span = story.doc.char_span(s_start, s_end, alignment_mode="contract")
        if span is None:
            continue
        subjects = [tok for tok in reversed(span) if tok.dep_ in ("nsubj", "nsubj:pass")
                    and tok.head.dep_ == "ROOT" and tok.text[:1].isupper()]
        if not subjects:
            continue
        tokens = tokenize(text[s_start:s_end])
        runs = name_runs(tokens)
        for tok in subjects:
            run = next(((i, j) for i, j in runs
                        if tokens[i].start <= tok.idx - s_start < tokens[j - 1].end), None)
            if run is None:
                continue
            start, end = s_start + tokens[run[0]].start, s_start + tokens[run[1] - 1].end
            name = text[start:end]
            if len(name) < 2 or looks_like_person(name) or is_rubric(name) or any(
                    e.label_ == "PER" and e.start_char <= start < e.end_char for e in entities(story.doc)):
                continue
            if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) < 2:
                continue
            return Subject("name", name, start, end)
    return None


def _other_companies(story: Story, a: Round, b: Round) -> bool:
    """Whether two rounds are told of two different companies, each named in its own
    sentence: "3- Vexo, 40 M$; 4- Norial, 40 M$" are two rounds of the same size."""
    if not (a.company and b.company) or a.company not in story.sentence_text(a.sentence) \
            or b.company not in story.sentence_text(b.sentence):
        return False
    first, second = fold(a.company), fold(b.company)
    # (A name glued to a heading's last word, "particuliersVexo", is the same company.)
    return first != second and not first.endswith(second) and not second.endswith(first)


def _add_round(story: Story, new: Round) -> None:
    """Add a round, or merge it into the round whose amount it tells again."""
    merged = next((r for r in story.rounds if _same_money(r.amount, new.amount)
                   and not _other_companies(story, r, new)), None)
    if merged is None:
        # "Vexo lève 12 M€" over "Vexo a bouclé un tour de 12,3 millions": a figure rounded
        # in the title or the lead is the same money, for the same company.
        merged = next((r for r in story.rounds if r.current and new.current
                       and (r.company is None or new.company is None or fold(r.company) == fold(new.company))
                       and rounded_same(story.text, r.amount, new.amount)), None)
        if merged is not None and _precision(story.text, new.amount) < _precision(story.text, merged.amount):
            merged.amount = new.amount  # the exact figure is the round's
    if merged is None:
        story.rounds.append(new)
        story.sentence_rounds.setdefault(new.sentence, []).append(new)
        return
    if new.company and not new.guessed and (merged.company is None or merged.guessed):
        # "Vexo voit sa valorisation doubler grâce à 1,7 milliard levé" under a caption, then
        # "La société Vexo a annoncé une levée de 1,7 milliard": the sentence's own company.
        merged.company, merged.guessed = new.company, False
    if merged.round_type == "unspecified" and new.round_type != "unspecified":
        merged.round_type, merged.round_label = new.round_type, new.round_label
    elif merged.round_label is None:
        merged.round_label = new.round_label
    if new.sentence not in merged.evidence:
        merged.evidence.append(new.sentence)
    merged.investors.extend(new.investors)
    merged.retold.append((new.sentence, new.amount["start"]))
    story.sentence_rounds.setdefault(new.sentence, []).append(merged)



def rounds_without_amount(story: Story) -> None:
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
            owned = _undisclosed_owned_round(s_text, sent[0]) or _undisclosed_subject_round(story, sent)
            if owned is not None and not any(r.company and fold(r.company) == fold(owned.name)
                                             for r in story.rounds):
                new = Round(amount=None, sentence=sent, paragraph=story.paragraph_of(sent[0]), current=True,
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
        subject = _subject(story.doc, sent[0], mention.start)
        if subject.kind == "generic":
            continue
        company = subject.name or story.main_company
        if company is None:
            # "Vexo, en partie financée par Bpifrance via une subvention": the
            # paragraph's or the headline's company.
            company = _company_by_context(story, story.paragraph_of(sent[0]), mention.start)[0]
        new = Round(amount=None, sentence=sent, paragraph=story.paragraph_of(sent[0]),
                     current=not is_earlier(s_text, mention.start - sent[0]),
                     company=company.strip() if company else None,
                     round_type=mention.round_type, round_label=mention.label, position=mention.start)
        new.evidence.append(sent)
        story.rounds.append(new)
        story.sentence_rounds.setdefault(sent, []).append(new)



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



def _undisclosed_subject_round(story: Story, sent: tuple[int, int]) -> Subject | None:
    """The company that is the subject of a round told without its amount ("Norial a
    bouclé un tour de table d'un montant non communiqué"), or None."""
    s_text = story.sentence_text(sent)
    cue = _cue("undisclosed_amount_cues.txt").search(s_text) if "montant" in s_text else None
    noun = None
    for noun in _PLAIN_ROUND_NOUN.finditer(s_text, 0, cue.start()) if cue is not None else ():
        pass  # the round noun nearest the cue
    if noun is None:
        return None
    subject = _subject(story.doc, sent[0], sent[0] + noun.start())
    if subject.kind != "name" or looks_like_person(subject.name) or len(subject.name.strip()) < 2:
        return None
    return subject


def rounds_counted_in_roundup(story: Story) -> None:
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
            if is_market_name(name) or is_sector_name(name):
                continue  # "d'autres levées (Kenya, Nigeria)": markets, not companies
            new = Round(amount=None, sentence=sent, paragraph=story.paragraph_of(sent[0]), current=True,
                         company=name, position=sent[0] + a, evidence=[sent])
            story.rounds.append(new)
            story.sentence_rounds.setdefault(sent, []).append(new)



# A round noun and its owners, in a round-up that tells other rounds: "la jolie levée de
# Vexo", "avec les opérations de Vexo et Orbo"; "celle de Norial" after such a noun.
_OWNED_ROUND_NOUN = re.compile(
    r"(?<![\w-])(?:(?:la|sa|une|cette|leur|les|des|aux|ses|leurs)\s+(?:[a-zàâéèêîôûç-]+\s+)?levées?(?:\s+de\s+fonds)?"
    r"|(?:l['’]\s*|les\s+|aux\s+|des\s+)opérations?|(?:le|son|leur|du)\s+tour\s+de\s+table)"
    r"\s+(?=d(?:e\s|['’]|u\s))", re.IGNORECASE)
_PRONOUN_ROUND = re.compile(r"(?<![\w-])celles?\s+(?=d(?:e\s|['’]|u\s))", re.IGNORECASE)


def rounds_owned_in_roundup(story: Story) -> None:
    """ "Côté énergie, la jolie levée de Vexo, puis celle d'Orbo": in an article
    that tells rounds with amounts, a round noun owned by companies that have no round
    yet gives each a round, its amount unknown."""
    if not story.rounds or not _OWNED_ROUND_NOUN.search(story.text):
        return
    for sent in story.sentences:
        if sent in story.sentence_rounds:
            continue
        s_text = story.sentence_text(sent)
        nouns = list(_OWNED_ROUND_NOUN.finditer(s_text))
        if not nouns:
            continue
        owners = nouns + [m for m in _PRONOUN_ROUND.finditer(s_text) if m.start() > nouns[0].end()]
        for m in owners:
            if is_earlier(s_text, m.start()) or _cue("non_round_cues.txt").search(s_text[max(0, m.start() - 30):m.start()]):
                continue
            clause = re.split(r"[,;:.!?()]|\s(?:qui|que|dont|mais|alors|tandis)\s", s_text[m.end():], maxsplit=1)[0]
            owned = re.sub(r"^d(?:e\s+|['’]\s*|u\s+)", "", clause)
            base = m.end() + len(clause) - len(owned)
            spans = coordinated_names(owned)
            if not spans:
                # One owner: "la jolie levée de la medtech Vexo".
                owner = genitive_of(" " + clause, sent[0] + m.end() - 1)
                if owner.kind != "name":
                    continue
                base = m.end()
                spans = [(owner.start - sent[0] - base, owner.end - sent[0] - base)]
            for a, b in spans:
                name = s_text[base + a:base + b]
                if looks_like_person(name) or is_rubric(name) or len(name) < 2 or name[:1].isdigit() \
                        or is_market_name(name) or is_sector_name(name) or any(
                        r.company and (fold(r.company) in fold(name) or fold(name) in fold(r.company))
                        for r in story.rounds):
                    continue
                new = Round(amount=None, sentence=sent, paragraph=story.paragraph_of(sent[0]), current=True,
                             company=name, position=sent[0] + base + a, evidence=[sent])
                story.rounds.append(new)
                story.sentence_rounds.setdefault(sent, []).append(new)


def rounds_of_coordinated_subjects(story: Story) -> None:
    """ "Vexo, Norial et Orbo lèvent plusieurs millions": companies coordinated as
    the subject of a raise verb whose sentence gives no amount each have a round."""
    for sent in story.sentences:
        if sent in story.sentence_rounds:
            continue
        s_text = story.sentence_text(sent)
        if " et " not in s_text:
            continue
        verb = next((m for m in _cue("raise_cues.txt").finditer(s_text) if not NOUN_CUES.match(m.group())
                     and not is_planned_raise(s_text, m)), None)
        if verb is None or participation_verb_at(s_text[verb.start():]) or is_earlier(s_text, verb.start()):
            continue
        # "Vexo, Norial et Orbo ont également levé": an adverb may follow the auxiliary.
        subject = re.sub(r"\s+(?:ont|sont|avaient|viennent\s+d['’]|viennent\s+de)"
                         r"(?:\s+(?:également|aussi|elles\s+aussi|eux\s+aussi|récemment|déjà|[a-zé]+ment))?\s*$", "",
                         s_text[:verb.start()].rstrip())
        names = coordinated_subject_names(subject)
        if not names:
            continue
        for a, b in names:
            name = subject[a:b]
            if any(r.company and fold(r.company) == fold(name) for r in story.rounds):
                continue
            new = Round(amount=None, sentence=sent, paragraph=story.paragraph_of(sent[0]), current=True,
                         company=name, position=sent[0] + a, evidence=[sent])
            story.rounds.append(new)
            story.sentence_rounds.setdefault(sent, []).append(new)



def round_told_by_its_investors(story: Story, other_company_only: bool = False) -> None:
    """ "Vexo a levé des fonds auprès de Selva et d'Alpaga": an article that gives no
    amount still tells a round when a raise verb has investors in its sentence. With
    ``other_company_only`` (the article has rounds already), only a sentence with no round
    whose subject names a company none of them has: "Vexo a levé 12 M€. La start-up
    Norial lève des fonds auprès d'Alto": Alto invests in Norial, not in Vexo."""
    for sent in story.sentences:
        if other_company_only and sent in story.sentence_rounds:
            continue
        s_text = story.sentence_text(sent)
        verb = next((m for m in _cue("raise_cues.txt").finditer(s_text) if not NOUN_CUES.match(m.group())
                     and not is_planned_raise(s_text, m)), None)
        # The investors come after the verb: "Alpaga a investi 3 M€ dans son usine" is a
        # funder's (or a company's own) spending.
        if verb is None or not any(f.start >= sent[0] + verb.end() for f in find_investors(s_text, sent[0])):
            continue
        if participation_verb_at(s_text[verb.start():]):
            continue
        subject = _subject(story.doc, sent[0], sent[0] + verb.end())
        if subject.kind == "generic":
            continue
        # ("La DeepTech a bouclé son tour grâce à Selva": a sector word is the company named before.)
        if other_company_only and (subject.kind != "name" or looks_like_person(subject.name)
                                   or is_sector_name(subject.name) or is_market_name(subject.name)
                                   or any(r.company and fold(r.company) == fold(subject.name) for r in story.rounds)):
            continue
        para = story.paragraph_of(sent[0])
        company = subject.name or _company_by_context(story, para, sent[0] + verb.start())[0]
        mention = next((m for m in story.mentions_in(sent) if m.round_type != "unspecified"), None)
        new = Round(amount=None, sentence=sent, paragraph=para, current=not is_earlier(s_text, verb.start()),
                     company=company.strip() if company else None, position=sent[0] + verb.start())
        if mention is not None:
            new.round_type, new.round_label = mention.round_type, mention.label
        new.evidence.append(sent)
        story.rounds.append(new)
        story.sentence_rounds.setdefault(sent, []).append(new)
        return
