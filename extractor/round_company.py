"""Funding rounds, the company of a round: who raised it.

In: the parsed Doc and where an amount (or a round mention) sits in its sentence.
Out: a :class:`extractor.company.Subject` (``_subject``: the raise verb's subject, the
owner of a round noun, a passive's agent, the company a funder's verb puts money in),
or for a sentence naming none, the company a heading, the title or the text suggests.
"""

import re

from spacy.tokens import Doc

from extractor.company import (
    Subject,
    dateline,
    genitive_of,
    inverted_subject,
    is_rubric,
    paragraph_label,
    recipient_of,
    subject_of,
)
from extractor.entities import entities
from extractor.extensions import doc_text
from extractor.investor_cues import participation_verb_at
from extractor.investor_names import PREPOSITIONS, fold, looks_like_person, name_runs, tokenize
from extractor.investors import find_investors
from extractor.lexicon import words
from extractor.speakers import sentence_end, sentence_start
from extractor.round_amounts import (
    BULLET,
    FUNDER_PASSIVE,
    INJECTED_INTO,
    INTO_COFFERS,
    NOUN_CUES,
    _cue,
    amount_first,
    cleft_subject_first,
    last_raise_cue,
    passive_agent,
    title_beneficiary,
)

# A round noun whose complement is the amount: "la levée de", "un tour de table de
# près de", "une opération d'un montant de".
_ROUND_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:levée|tour(?:\s+de\s+(?:table|financement))?|financement|opération)"
    r"(?:\s+(?:de\s+fonds|[\w-]+))?\s+(?:d['’]un\s+montant\s+)?(?:de|d['’])\s*(?:(?:près|plus|moins)\s+d(?:e\s+|['’]))?$",
    re.IGNORECASE)



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


# A round noun or a lettered series right before its amount: "la série A de", "le tour de".
_NAMED_ROUND_BEFORE = re.compile(
    r"(?<![\w-])(?:s[ée]rie\s+[A-H]\d?|levée(?:\s+de\s+fonds)?|tour(?:\s+de\s+(?:table|financement))?|amorçage|seed"
    r"|opération|financement)\s+(?:d['’]un\s+montant\s+)?(?:de|d['’])\s*$", re.IGNORECASE)


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


_ENABLING = re.compile(r"(?<![\w-])(?:permis|permet|permettent|permettra|permettant|aidé|aide|aidera)(?![\w-])",
                       re.IGNORECASE)


def _owned_round_subject(before: str, offset: int) -> Subject | None:
    """The company owning the round noun that is the subject of the clause telling
    the amount ("Le tour de table de Vexo atteint 5 M€", "La levée de Vexo a réuni
    5 M€"), unless another name follows the owner or the round enables another raise
    ("a permis à Norial de lever"); else None."""
    whose = _WHOSE_ROUND.search(before)
    if whose is not None:
        # "Vexo, dont la levée atteint 5 M€, recrute": the round of the name before "dont".
        named = subject_of(before[:whose.start()], offset)
        if named.kind == "name" and not looks_like_person(named.name) and not last_raise_cue(before[whose.end():]):
            return named
    m = _ROUND_SUBJECT.search(before)
    if m is None:
        return None
    owner = genitive_of(before[m.end():], offset + m.end())
    if owner.kind != "name" or looks_like_person(owner.name):
        return None
    rest = before[owner.end - offset:]
    cue = last_raise_cue(rest)
    if cue is not None and not NOUN_CUES.match(cue.group()) and _ENABLING.search(rest[:cue.start()]):
        return None  # "La levée de Vexo a permis à Norial de lever": another raiser
    # ("La levée de fonds de Vexo a réuni 18 M€": the round noun is the verb's subject.)
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



_HEADING_MAX = 80


def _bullet_name_line(line: str) -> str | None:
    """A bullet line that holds a name only: "– Vexo", "• Orbo Systems"."""
    bullet = BULLET.match(line)
    if bullet is None or bullet.end() == 0:
        return None
    rest = line[bullet.end():].strip()
    tokens = tokenize(rest)
    runs = name_runs(tokens)
    if tokens and runs == [(0, len(tokens))] and not is_rubric(rest):
        return rest
    return None


def paragraph_name(text: str, paragraphs: list[tuple[int, int]], para: int, doc: Doc | None = None) -> str | None:
    """The name a round-up item gives its paragraph: in the paragraph's opening words
    ("Swilo. La carte ...") or on a heading line right above it ("▸ Orbo – 12 M€");
    never the place of a dateline ("Montréal — Le conseil ...": a place for the parser)."""
    if para < 0:
        return None
    start, end = paragraphs[para]
    label = paragraph_label(text[start:end])
    if label is not None and doc is not None:
        place = dateline(text[start:end], place=True)
        span = doc.char_span(start + place[0], start + place[1], alignment_mode="expand") if place else None
        if span is not None and span[0].ent_type_ in ("LOC", "GPE"):
            return None
    if label is None and para > 0:
        h_start, h_end = paragraphs[para - 1]
        heading = text[h_start:h_end].strip()
        if (len(heading) <= _HEADING_MAX and not heading.endswith((".", "!", "?", "»", '"'))
                and not text[h_end:start].strip() and text[h_end:start].count("\n") == 1):
            label = paragraph_label(heading) or _bullet_name_line(heading)
    return label



def title_subject(doc: Doc, sentences: list[tuple[int, int]]) -> str | None:
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
        named = title_beneficiary(doc_text(doc)[s_start:s_end]) or _title_opening_name(doc, s_start, s_end)
        if named is not None:
            return named
    return None



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



def headline_name(doc: Doc, sentences: list[tuple[int, int]]) -> str | None:
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



def most_named_organisation(doc: Doc) -> str | None:
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
    if _named_as_investor(text, ranked[0][0]):
        return None  # "mené par Tiger Global", "avec Tiger en co-lead": the funder, not the company
    return ranked[0][0]


def _named_as_investor(text: str, name: str) -> bool:
    """Whether the article names ``name`` (or a longer name starting with it) as an investor."""
    key = fold(name)
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        start, end = sentence_start(text, m.start()), sentence_end(text, m.end())
        if any(fold(f.name) == key or fold(f.name).startswith(key + " ") for f in find_investors(text[start:end])):
            return True
    return False



def _subject(doc: Doc, sent_start: int, amount_start: int, after: str = "",
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
    funded = FUNDER_PASSIVE.match(after)
    if funded is not None:
        # "16 M€ consentis par Selva et Alpaga pour le spécialiste des drones Vexo".
        found = _recipient_after_for(after[funded.end():], after_start + funded.end())
        if found is not None:
            return found
    coffers = INTO_COFFERS.match(after)
    if coffers is not None:
        return genitive_of(after[coffers.end():], after_start + coffers.end())
    # "la série F de Vexo totalisant 213 M$": the company owns the named round.
    series = None
    for series in _SERIES_LETTER.finditer(before):
        pass
    if series is not None and not last_raise_cue(before[series.end():]):
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
    if owner is not None and not last_raise_cue(before[:owner.start()]):
        found = inverted_subject(before[owner.end():], sent_start + owner.end())
        if found.kind == "name":
            return found
    injected = INJECTED_INTO.match(after)
    if injected is not None:
        found = recipient_of(after[injected.end():], after_start + injected.end())
        if found.kind in ("name", "generic"):
            return found  # "ont été investis dans les start-up suisses": a market
    agent = passive_agent(after)
    if agent is not None:
        found = inverted_subject(after[agent.end():], after_start + agent.end())
        if found.kind == "name":
            return found
        if re.match(r"\s*(?:les|ces|nos|ses|leurs|des)\s", after[agent.end():], re.IGNORECASE):
            return Subject("generic")  # "1,3 Md€ levés par nos jeunes pousses": a market total
    # "120 millions qu'a reçu X": the company after the amount, unless a raise verb
    # came before it (a round noun, "le financement de", does not count).
    last_cue = last_raise_cue(before)
    inverted = (amount_first(after, round_noun=last_cue is not None) if last_cue is None
                or NOUN_CUES.match(last_cue.group()) else None)
    if inverted is not None:
        return inverted_subject(after[inverted.end():], after_start + inverted.end())
    cleft = cleft_subject_first(after) if last_cue is None else None
    if cleft is not None:
        return subject_of(after[cleft.start("subject"):cleft.end("subject")], after_start + cleft.start("subject"))
    cues = list(_cue("raise_cues.txt").finditer(before))
    cue = cues[-1] if cues else None
    # "boucler une levée de fonds de": the verb that governs the round noun.
    if (len(cues) > 1 and NOUN_CUES.match(cue.group()) and not NOUN_CUES.match(cues[-2].group())
            and re.fullmatch(r"\s*(?:[\w'’-]+\s*){0,2}", before[cues[-2].end():cue.start()])):
        cue = cues[-2]
    if cue is not None and _STAKE_CUE.match(cue.group()):
        # "X prend une participation de 15 M$ au capital de Y": Y raises.
        return recipient_of(after, after_start)
    if cue is not None and not NOUN_CUES.match(cue.group()):
        enabled = _enabled_raiser(doc, sent_start, sent_start + cue.start())
        if enabled is not None:
            return enabled
    verb_at = None
    if cue is not None and not NOUN_CUES.match(cue.group()):
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
    if verb_at is not None and (cue is None or NOUN_CUES.match(cue.group())):
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
            if _NAMED_ROUND_BEFORE.search(text, verb_at, amount_start):
                # "Selva a mené la série A de 10 M€ de Vexo": the round's owner after its amount.
                owner = genitive_of(after, after_start)
                if owner.kind == "name" and not looks_like_person(owner.name):
                    return owner
        return found
    non_finite = _non_finite_raiser(doc, sent_start, verb_at, amount_start, after_start, after_start + len(after))
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
    if (found.kind == "generic" and cue is not None and NOUN_CUES.match(cue.group())
            and re.search(r"(?<!\w)(?:son|sa)\s+(?:[\w-]+\s+)?$", before[:cue.start()], re.IGNORECASE)):
        # "Les analystes saluent sa levée de 6 M€": the round
        # is the company's, whoever the sentence's subject is.
        return Subject("anaphor")
    return found



# A raise verb a round or a grant enables: "qui lui a permis de lever", "lui permettant
# de boucler", "a permis à la medtech Vexo de lever".
_ENABLED = re.compile(r"(?<![\w-])(?:(?P<pronoun>lui|leur)\s+(?:a\s+|ont\s+|avait\s+|aura\s+)?|(?:a|ont|avait)\s+)"
                      r"(?:permis|permet|permettent|permettant|permettra|permettait)"
                      r"(?P<object>\s+à\s+[^,;:.]{1,60}?)?\s+d(?:e\s+|['’]\s*)$", re.IGNORECASE)


def _enabled_raiser(doc: Doc, sent_start: int, verb_at: int) -> Subject | None:
    """The company of a raise verb in the infinitive that a round enables: the one
    named after "permis à" ("a permis à la start-up Vexo de lever"), or, for "lui",
    the subject of the sentence's main verb ("Vexo a bouclé un tour qui lui a permis
    de lever"). None when the verb is no such infinitive."""
    text = doc_text(doc)
    m = _ENABLED.search(text, sent_start, verb_at)
    if m is None:
        return None
    if m.group("object"):
        found = recipient_of(m.group("object"), m.start("object"))
        return found if found.kind == "name" and not looks_like_person(found.name) else None
    if not m.group("pronoun"):
        return None
    main = next((t for t in doc.char_span(sent_start, m.start(), alignment_mode="contract") or []
                 if t.pos_ in ("VERB", "AUX") and not _in_subordinate(t)), None)
    if main is None or main.idx <= sent_start:
        return None
    found = subject_of(text[sent_start:main.idx], sent_start)
    return found if found.kind == "name" and not looks_like_person(found.name) else None


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
        found = subject_of(before[:comma], sent_start)
        if found.kind == "anaphor":
            # "La lyonnaise Vexo reste la mieux financée, après avoir levé": the
            # main clause ends on its predicate; its subject comes before its verb.
            main = next((t for t in doc.char_span(sent_start, sent_start + comma, alignment_mode="contract") or []
                         if t.pos_ in ("VERB", "AUX") and not _in_subordinate(t)), None)
            if main is not None and main.idx > sent_start:
                named = subject_of(text[sent_start:main.idx], sent_start)
                if named.kind == "name":
                    return named
        return found
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
