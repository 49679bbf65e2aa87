"""Investors of a funding round, read from French sentences.

Pure functions over plain text: names are runs of capitalised words, lists are
split on ", ", " et ", " ou ", " ainsi que " (parentheses are items of their own);
cues ("mené par", "aux côtés de", "dont") open a list, participation verbs
("remettent au pot", "participent") close one. ``find_investors`` runs these stages
over one sentence, each a function testable on a short French sentence:

1. cues — ``sentence_cues`` (investor_cues.py): list openers (lexicon cues, "Parmi les
   investisseurs figurent :", field labels, copulas) and participation verbs (with
   their other tenses);
2. names, in this module, in this order: ``lists_after_cues``: the list each cue
   governs, if the cue opens one here (weak cues need money or a round spoken of; a
   lead participle must describe the round); ``names_before_relative_verbs``: "X, qui
   mène le tour"; ``subjects_after_relative_verbs``: "à laquelle ont participé X et Y";
   ``subjects_of_verbs``: "X et Y ont participé", unless the verb is about something
   else ("investit dans l'IA", "mène la danse");
   ``names_described_as_investors``: "X et Y, deux fonds d'investissement", "le fonds
   Z"; ``leads_named_by_role``, ``bullet_line_investors``, ``thanked_investors``,
   ``investors_teaming_up``, ``backers_named_by_copula``, ``investors_speaking``. Each
   list is read by ``parse_list`` (investor_lists.py), whose ``lead_marker`` /
   ``existing_marker`` mark the names (investor_kinds.py);
3. exclusions: ``speaker_spans``: the person quoted after "», explique X, PDG de Y";
   ``excluded_clauses``: sellers and advisers (and banks placing shares), clause by
   clause; ``portfolio_spans``: the companies an investor backed before;
4. consolidation: ``_merge``, one entry per name.

``investors_after_amount`` ("500 000 euros de Bpifrance") and ``investors_named_before``
(a list of names, then "Ces derniers ...") serve the rounds (round_*.py);
``investor_kind`` (investor_kinds.py) gives each investor its kind. Tokens, names and
lexicon phrases: investor_names.py. Lexicons live in extractor/data (investor_*.tsv /
.txt, public_investors.txt).
"""

import re
from functools import cache

from extractor.investor_cues import (
    _CLAUSE_START,
    _GIVEN_TO_THEM,
    _INVESTOR_IS,
    _INVESTOR_LABEL,
    _LEAD_TAKEN_BY,
    _OBJECT_PRONOUN,
    _ROUND_WORDS,
    _clause_before,
    _cue_opens_list,
    _cue_table,
    _Cues,
    _last_verb_word,
    _object_pronoun_before_auxiliary,
    _off_round,
    _role,
    _round_told,
    _verb_table,
    financing_spoken_of,
    participation_verbs,
    sentence_cues,
)
from extractor.company import dateline
from extractor.investor_kinds import _names_an_investor, existing_marker, lead_marker
from extractor.investor_lists import Found, _segments, parse_list
from extractor.investor_names import (
    Token,
    _clean_name,
    _function_words,
    _phrase_pattern,
    _regex,
    fold,
    is_name_word,
    looks_like_person,
    name_runs,
    tokenize,
)
from extractor.lexicon import table, words


# Every investor's name holds a capital letter ("Bpifrance", "eFounders"): a sentence
# whose only capital opens a function word ("Elle", "Cette", "L'") names nobody.
_NO_CAPITAL_AFTER_FIRST_WORD = re.compile(r"([^\W\d_]+)\b[^A-ZÀ-ÖØ-ÞŒ]*\Z")


def _names_nobody(sentence: str) -> bool:
    m = _NO_CAPITAL_AFTER_FIRST_WORD.match(sentence.lstrip())
    return m is not None and m.group(1).lower() in _function_words()


# A fund raising money for itself: its subscribers invest in the fund, not in a round.
_FUND_OWN_RAISE = re.compile(
    r"(?<!\w)(?:levée|closing|collecte|lève|levé|boucle|bouclé)(?!\w)[^.;«»]{0,60}?(?<!\w)pour\s+(?:son|leur|un|le|ce)\s+"
    r"(?:(?:nouveau|premier|deuxième|second|troisième)\s+)?fonds(?!\w)"
    r"|(?<!\w)(?:le|son|ce)\s+(?:nouveau\s+)?fonds\s+(?:[^\s,]+\s+){0,3}?(?:est|a\s+été)\s+(?:également\s+|aussi\s+)?"
    r"(?:soutenu|souscrit|abondé)(?!\w)", re.IGNORECASE)


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
    # "PARIS (AFP) - X et Y ont investi": the dateline's place invests in nothing.
    place = dateline(sentence)
    if place is not None:
        excluded.append(place)
    found = [f for f in found if not any(a <= f.start - offset < b for a, b in excluded)
             and not _opening_participle(sentence, f.start - offset, f.end - offset)]
    return _merge(found)


# A participle or an adjective in "-é", "-is", "-u", "-ant" ...: capitalised only because it
# opens the sentence ("Séduits par ...", "Officialisée en mars, la levée ...").
_PARTICIPLE_ENDING = re.compile(r"[^\W\d_]{3,}(?:ée?s?|ie?s|ise?s?|ite?s?|ue?s?|ant|ants|ante|antes)")


# What follows a fronted participle: its agent or a complement of time or place
# ("Séduits par", "Officialisée début mars", "Installée depuis"); a name's verb does not.
_AFTER_A_PARTICIPLE = re.compile(r"\s+(?:(?:par|pour|en|début|fin|mi|dans|depuis|lors|avec|sur|à|au|aux|de|du|des)"
                                 r"(?![\w'’])|d['’])")


def _opening_participle(sentence: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the sentence's first word, a participle capitalised
    only by its place, with its agent or a complement after it?"""
    word = sentence[start:end]
    return (not sentence[:start].strip(" \t\n•–—-") and _PARTICIPLE_ENDING.fullmatch(word) is not None
            and _AFTER_A_PARTICIPLE.match(sentence, end) is not None)


# ---------------------------------------------------------------- lists after cues


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


def _list_noun(clause: str) -> str:
    """The words from the noun a gated list hangs on: "... le soutien de plusieurs
    [investisseurs privés] dont", "[investisseurs] déjà engagés ..., parmi lesquels"."""
    start = max((m.start() for m in _regex("investor_nouns.txt").finditer(clause)), default=-1)
    return clause[start:] if start >= 0 else clause[-60:]


# ---------------------------------------------------------------- names before and after relative verbs


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


def _explicitly_in_the_round(after: str) -> bool:
    """"X, qui a également participé.", "Y, qui participe à l'opération": the round
    itself, or nothing, after a participation verb in a relative clause."""
    return re.match(r"\s*(?:(?:également|aussi|de\s+nouveau|à\s+nouveau)\s*)?(?:[,.;:!?»)]|$)", after) is not None \
        or re.match(r"\s+(?:\w+ment\s+)?(?:à\s+l['’]|à\s+la|à\s+ce|à\s+cette|au|aux)\s*(?:opération|tour|levée|"
                    r"financement|capital|augmentation|série|round|ronde)", after) is not None


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


# ---------------------------------------------------------------- subjects of participation verbs


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


_ADVISER = re.compile(r"(?<!\w)(?:banques?|cabinets?|avocats?|conseils?|conseillers?)(?!\w)", re.IGNORECASE)


# ---------------------------------------------------------------- names described as investors


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


# ---------------------------------------------------------------- leads named by role


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


# ---------------------------------------------------------------- round-up lines


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


# ---------------------------------------------------------------- thanks, partners, backers


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


# ---------------------------------------------------------------- speakers and exclusions


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
        stop = end.start() if end else len(sentence)
        # "», explique X, porteur du projet Vorta, financé par Orion": the title ends
        # where a cue opens a list of funders; the names it governs are investors.
        cue = _funders_cue_in(sentence, m.end(), stop)
        spans.append((m.end(), cue if cue is not None else stop))
    return spans


def _funders_cue_in(sentence: str, start: int, end: int) -> int | None:
    """Where a lead or participation cue that opens a list here ("financé par",
    "mené par", "auprès de") starts between ``start`` and ``end``, or None."""
    cue_pattern, cue_roles = _cue_table()
    for c in cue_pattern.finditer(sentence, start, end):
        role = _role(c.group(), cue_roles)
        if role in ("lead", "participant", "weak", "support") and fold(c.group()) not in ("par", "via", "avec") \
                and _cue_opens_list(sentence, c, role):
            return c.start()
    return None


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


# What an investor has backed before: "qui a notamment investi dans", "connu pour avoir
# financé", "dont le portefeuille compte", "ayant déjà soutenu".
_PORTFOLIO = re.compile(
    r"(?<!\w)(?:(?:qui\s+(?:a|ont|avait|avaient)|ayant|pour\s+avoir|après\s+avoir|déjà)\s+"
    r"(?:(?:\w+ment|déjà|aussi|également|par\s+le\s+passé|entre\s+autres)\s+)*"
    r"(?:investi\s+dans|financé|soutenu|accompagné|misé\s+sur|parié\s+sur|(?:co-?)?mené\s+les\s+tours\s+de)"
    r"|présente?s?\s+au\s+capital\s+(?=de\s|d['’]|du\s)|(?:investisseurs?|fonds|financeurs?)\s+derrière"
    # "bailleur de fonds de jeunes entreprises telles que X": what it backed.
    r"|(?:bailleurs?\s+de\s+fonds|investisseurs?|financeurs?)\s+(?:d['’]|de\s+)(?:\w+\s+)?"
    r"(?:entreprises|sociétés|start-?ups?|pépites|jeunes\s+pousses)(?=\s+(?:comme|tel(?:le)?s?\s+qu|dont|notamment))"
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
        # "qui a accompagné des pépites comme X, Y": past the noun to the names.
        examples = _PORTFOLIO_EXAMPLES.match(rest)
        if examples:
            rest = rest[examples.end():]
            m_end = m.end() + examples.end()
        else:
            m_end = m.end()
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
        spans.append((m.start(), m_end + end))
    return spans


_PORTFOLIO_EXAMPLES = re.compile(
    r"\s*(?:(?:des|de|d['’]|les|plusieurs|nombreuses|nombreux)\s*(?:[\w'’-]+\s+){0,3}?)?"
    r"(?:comme|tel(?:le)?s?\s+qu(?:e\s+|['’])|dont|notamment)\s*", re.IGNORECASE)


_COUNTS_IN_PORTFOLIO = re.compile(
    r"(?<!\w)(?:compte|comptent|détient|détiennent|possède|possèdent)\s+[^,;:.()]{1,80}?\s+(?:parmi|dans)\s+"
    r"(?:ses|son|leurs?)\s+(?:participations|portefeuilles?|lignes)(?!\w)", re.IGNORECASE)
_PORTFOLIO_JOINER = re.compile(r"\s*(?:,\s*(?:et\s+|ou\s+)?|et\s+|ou\s+)", re.IGNORECASE)


# ---------------------------------------------------------------- consolidation


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


# ---------------------------------------------------------------- used by the round modules


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
