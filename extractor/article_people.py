"""Stage 2b of quote extraction: who an article names, to resolve speaker phrases.

:class:`ArticlePeople` lists the people an article names (from the model's PER
entities and from names followed by a role apposition), with their title,
organisation and gender, and the article's main company. Its
:meth:`ArticlePeople.speaker` turns a speaker phrase of an
:class:`~extractor.quote_attribution.Attribution` into the contract's Person:
a name is completed from its fullest mention ("Mensch" -> "Arthur Mensch"), a
pronoun or a description ("la dirigeante") is the person last named (of that
gender or role), a statement speaks for its organisation.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractor.entities import entities
from extractor.extensions import doc_text
from extractor.investor_kinds import has_organization_word
from extractor.lexicon import table, words
from extractor.quote_attribution import VERB_FORM, Attribution, fold_form, person_tail
from extractor.speakers import (
    DETERMINER_GENDERS,
    INDEFINITE,
    NAME_RE,
    SpeakerPhrase,
    gender_of,
    gender_of_name,
    institution_nouns,
    is_first_name,
    is_function_word,
    leader_nouns,
    norm,
    organization_nouns,
    person_nouns,
    read_name,
    read_speaker,
    sentence_end,
    sentence_start,
    skip_honorific,
    speech_verbs,
    split_title,
    starts_with_person_noun,
    title_segment,
)

# How far ahead (in characters) a pronoun with no antecedent looks for the person it stands for.
CATAPHORA_REACH = 1500


@dataclass
class Mention:
    """A person named in the article, with what the text says about them."""

    start: int
    name: str
    title: str | None
    organization: str | None
    generic_org: bool
    gender: str


@lru_cache(maxsize=1)
def _NOUN_NAMED_ORGANIZATION() -> re.Pattern:
    """ "la société Kivo", "le groupe Alto": an organisation's noun, with its article, then its name."""
    nouns = "|".join(re.escape(n) for n in organization_nouns() + tuple(n for n, _ in institution_nouns()))
    return re.compile(rf"\b(le|la|l[’'])[ \u00a0]?(?i:{nouns})[ \u00a0]+({NAME_RE.pattern})")


class ArticlePeople:
    """The people one article names (where, with which role and organisation) and
    the article's main company: the register that turns a speaker phrase
    ("il", "la dirigeante", "Mensch", "un communiqué") into a person."""

    def __init__(self, doc: Doc, quote_spans: list[tuple[int, int]]):
        self.text = doc_text(doc)
        self.quote_spans = quote_spans
        ents = entities(doc)
        self.main_company = _main_company(doc, ents)
        # Span.text joins the span's tokens anew on each read: fold each name once.
        folded = [(e.label_, norm(self.text[e.start_char:e.end_char])) for e in ents]
        self.org_names = {name for label, name in folded if label != "PER"}
        # Where organisations are named, for "le conglomérat", "le quotidien" (kept short:
        # read only when such a reference speaks).
        self.org_spans = [(e.start_char, self.text[e.start_char:e.end_char]) for e in ents
                          if e.label_ in ("ORG", "MISC") and self.text[e.start_char:e.start_char + 1].isupper()]
        self.person_names = {name for label, name in folded if label == "PER"}
        self.entity_names = {name for _, name in folded} | ({norm(self.main_company)} if self.main_company else set())
        self.mentions: list[Mention] = []
        for ent in ents:
            if ent.label_ != "PER" or self.inside_quote(ent.start_char):
                continue
            span = read_name(self.text, ent.start_char)
            end = max(ent.end_char, span[1]) if span else ent.end_char
            unglued = _after_medium(self.text, ent.start_char, end)
            start = skip_honorific(self.text, unglued)
            self.add_mention(start, self.text[start:end], end, honored=start > unglued)
        # Names the model missed, recognised by the role apposition that follows them.
        seen = {m.start for m in self.mentions}
        for match in NAME_RE.finditer(self.text):
            start, name = match.start(), match.group()
            # "Selon Neil Zeghidour": a capitalised first word may be a preposition.
            first = name.split(" ", 1)
            if len(first) == 2 and is_function_word(first[0]):
                start, name = start + len(first[0]) + 1, first[1]
            unglued = _after_medium(self.text, start, match.end())
            trimmed = skip_honorific(self.text, unglued)
            # An honorific shows a person as well as a role apposition does ("la Dre Anne Roy").
            honored = trimmed > unglued
            start, name = trimmed, self.text[trimmed:match.end()]
            if start not in seen and not self.inside_quote(start) \
                    and (honored or title_segment(self.text, match.end())) \
                    and (_looks_like_person(name) or honored and self._person_entity(name)):
                self.add_mention(start, name, match.end(), honored=honored)
        self.mentions.sort(key=lambda m: m.start)
        for mention in self.mentions:
            if not mention.title:
                self._role_before(mention)
        self.starts = [m.start for m in self.mentions]

    def _role_before(self, mention: Mention) -> None:
        """"la ministre de l'Agriculture, Anne Vasseur": the role precedes the name
        (past an honorific: "Médecin à Lyon, la Dre Anne Vasseur")."""
        name_start = _before_honorific(self.text, mention.start)
        sent_start = sentence_start(self.text, mention.start)
        prefix = self.text[sent_start:name_start].rstrip()
        if not prefix.endswith(","):
            # "la ministre déléguée au Numérique Anne Vasseur a annoncé": no comma between.
            seg_start = max(self.text.rfind(",", 0, name_start) + 1, sent_start)
            role = re.compile(r"[\s\u00a0]*(?:[Ll]e|[Ll]a|[Ll][’']|[Ss]on|[Ss]a|[Ll]eur)[\s\u00a0]?").match(self.text, seg_start)
            if role and starts_with_person_noun(self.text[role.end():name_start]):
                phrase = read_speaker(self.text, seg_start)
                if phrase and phrase.kind == "name" and phrase.name == mention.name and phrase.title \
                        and not phrase.extra.get("split"):
                    mention.title, mention.organization = phrase.title, phrase.organization
                    mention.generic_org = phrase.generic_org
                    if phrase.gender != "-":
                        mention.gender = phrase.gender
            return
        comma = name_start - (len(self.text[:name_start]) - len(self.text[:name_start].rstrip())) - 1
        seg_start = max(self.text.rfind(",", 0, comma) + 1, sentence_start(self.text, mention.start))
        # "C'est la ministre, Anne Roy, qui ...": the presentative is not part of the role.
        presentative = _PRESENTATIVE.match(self.text, seg_start, comma)
        if presentative:
            seg_start = presentative.end()
        segment = self.text[seg_start:comma]
        if starts_with_person_noun(segment) and not self.text[seg_start:seg_start + 1].islower():
            # "Chercheuse à l'Inria et cofondatrice de Qubitek, Hélène Marchal ..."
            title = split_title(segment)
            if title.title and re.match(r"[^\W\d_][a-zà-ÿ]", title.title):
                # The role opens the sentence: "Médecin à Lyon, ..." is a "médecin à Lyon".
                title.title = title.title[0].lower() + title.title[1:]
            mention.title, mention.organization, mention.generic_org = title.title, title.organization, title.generic_org
            mention.gender = gender_of(segment)
            return
        phrase = read_speaker(self.text, seg_start)
        if phrase and phrase.kind == "name" and phrase.name == mention.name and phrase.title:
            mention.title, mention.organization = phrase.title, phrase.organization
            mention.generic_org, mention.gender = phrase.generic_org, phrase.gender

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_spans, (pos, 10**12)) - 1
        return i >= 0 and self.quote_spans[i][0] < pos < self.quote_spans[i][1]

    def _person_entity(self, name: str) -> bool:
        return norm(name) in self.person_names

    def add_mention(self, start: int, name: str, end: int, honored: bool = False) -> None:
        """Record a person; a lone surname only after an honorific ("M. Roy", "Mme Roy")."""
        name = name.strip()
        if norm(name) in person_nouns():
            return  # "le Premier Ministre", capitalised, is a role, not a name
        known = self.known(name)
        if not known and not _looks_like_person(name) and not (honored and name[:1].isupper()):
            return
        seg = title_segment(self.text, end)
        if seg:
            title = split_title(seg[0])
            mention = Mention(start, known.name if known else name, title.title, title.organization,
                              title.generic_org, gender_of(seg[0]))
        elif known:
            mention = Mention(start, known.name, known.title, known.organization, known.generic_org, known.gender)
        else:
            mention = Mention(start, name, None, None, False, "-")
        if mention.gender == "-":
            mention.gender = _honorific_gender(self.text, start)
        if mention.gender == "-":
            mention.gender = gender_of_name(mention.name)
        self.mentions.append(mention)

    def remember(self, mention: Mention, end: int) -> None:
        """Record a person named with a role by a speaker phrase, for later pronouns."""
        if any(m.start == mention.start and m.title for m in self.mentions):
            return
        self.mentions = [m for m in self.mentions if not mention.start <= m.start < end]
        i = bisect_left(self.starts_of(), mention.start)
        self.mentions.insert(i, mention)
        self.starts = self.starts_of()

    def starts_of(self) -> list[int]:
        return [m.start for m in self.mentions]

    def known(self, name: str) -> Mention | None:
        """The fullest earlier mention of this person ("Mensch" -> "Arthur Mensch")."""
        key = norm(name)
        best = None
        for m in self.mentions:
            mk = norm(m.name)
            if mk == key or mk.endswith(" " + key) or key.endswith(" " + mk) and len(key.split()) <= len(mk.split()):
                if best is None or (m.title and not best.title) or len(m.name) > len(best.name):
                    best = m
        if best is None and " " not in key and key not in self.org_names and name[:1].isupper():
            # "explique Solène": a given name alone stands for the one person named with it.
            full = {norm(m.name): m for m in self.mentions if norm(m.name).startswith(key + " ")}
            if len(full) == 1:
                best = max((m for m in self.mentions if norm(m.name) in full),
                           key=lambda m: (m.title is not None, len(m.name)))
        return best

    def last_person(self, pos: int, gender: str = "-", noun: str | None = None) -> Mention | None:
        """The person the text last named before ``pos``, of ``gender`` and role when possible."""
        i = bisect_left(self.starts, pos)
        candidates = self.mentions[:i][::-1]
        if noun:
            recent = [c for c in candidates if norm(c.name) != norm(self.main_company or "")][:4]
            # "la présidente" is the "présidente", not the "vice-présidente" named after her.
            for m in recent:
                if m.title and noun in re.findall(r"[\w\-]+(?: [\w\-]+)?", norm(m.title)) + norm(m.title).split():
                    return m
            for m in recent:
                # "le chercheur" is also the "enseignant-chercheur" (not "vice-président" for "président").
                parts = [p for w in norm(m.title or "").split() if "-" in w and w.split("-")[0] not in
                         ("vice", "ex", "co", "sous", "pro", "anti", "pré", "post", "demi") for p in w.split("-")]
                if noun in parts:
                    return m
            for m in recent:
                if m.title and re.search(r"(?<![\w\-])" + re.escape(noun.split()[0][:5]), norm(m.title)):
                    return m
            if noun not in leader_nouns():
                return None  # "le ministre" is not whoever was named last
        orgs = {norm(m.organization) for m in self.mentions if m.organization}
        if self.main_company:
            orgs.add(norm(self.main_company))
        candidates = [m for m in candidates if norm(m.name) not in orgs]
        for m in candidates:
            if gender == "-" or self.gender_of_person(m) in ("-", gender):
                if gender != "-" and self.gender_of_person(m) == "-":
                    # In the same paragraph, a person whose gender the text shows beats
                    # a nearer one it does not.
                    for other in candidates[candidates.index(m) + 1:]:
                        if "\n" in self.text[other.start:m.start]:
                            break
                        if self.gender_of_person(other) == gender:
                            return other
                if gender != "-" and self._oblique(m):
                    # "... publiée par Paul Roy. « ... », tempête-t-il": a person named as an
                    # agent or a complement is a weaker antecedent than a subject of the paragraph.
                    for other in candidates[candidates.index(m) + 1:]:
                        if "\n" in self.text[other.start:m.start] or m.start - other.start > 600:
                            break
                        if self.gender_of_person(other) == gender and not self._oblique(other):
                            return other
                return m
        return candidates[0] if candidates else None

    def first_person_after(self, pos: int, gender: str = "-", reach: int = CATAPHORA_REACH) -> Mention | None:
        """The first person named after ``pos`` (within ``reach`` characters), when of ``gender``."""
        orgs = {norm(m.organization) for m in self.mentions if m.organization}
        if self.main_company:
            orgs.add(norm(self.main_company))
        for m in self.mentions[bisect_left(self.starts, pos):]:
            if m.start - pos > reach:
                return None
            if norm(m.name) in orgs:
                continue
            return m if gender == "-" or self.gender_of_person(m) in ("-", gender) else None
        return None

    def _oblique(self, mention: Mention) -> bool:
        """Whether a person is named after a preposition ("par Paul Roy", "à Anne Roy")."""
        return _OBLIQUE.search(self.text[max(0, mention.start - 14):mention.start]) is not None

    def gender_of_person(self, mention: Mention) -> str:
        """The gender any mention of this person shows ("-" when none does)."""
        if mention.gender != "-":
            return mention.gender
        key = norm(mention.name)
        for m in self.mentions:
            if m.gender != "-" and (norm(m.name) == key or norm(m.name).endswith(" " + key)):
                return m.gender
        return "-"

    def company_at(self, pos: int) -> str | None:
        """The company "la start-up" or "un communiqué" at ``pos`` speaks for: the
        article's company, unless the text names it only after ``pos`` (a reference looks
        back); then the organisation the text named most before ``pos``."""
        main = self.main_company
        if main is None or pos < 0 or self.text.find(main) <= pos:
            return main  # named before (or nowhere in the text): the article's company
        counts: dict[str, list] = {}
        for start, name in self.org_spans:
            if start >= pos or self.inside_quote(start) or norm(name) in self.person_names \
                    or _is_medium(self.text, start):
                continue
            entry = counts.setdefault(norm(name), [0, start, name])
            entry[0] += 1
            entry[1] = start
        # "Paul Roy, patron de Vexo": the organisation of a person named before counts too
        # (the model often tags unfamiliar company names as places).
        for mention in self.mentions:
            if mention.start < pos and mention.organization and not mention.generic_org:
                entry = counts.setdefault(norm(mention.organization), [0, mention.start, mention.organization])
                entry[0] += 1
                entry[1] = max(entry[1], mention.start)
        if not counts:
            return main
        return max(counts.values(), key=lambda entry: (entry[0], entry[1]))[2]

    def fallback_org(self, name: str) -> str | None:
        """The organisation of a person whose apposition names none ("directeur général
        délégué"): that of the colleague named just before, when the article names it
        more than once, else the article's company."""
        before = [m for m in self.mentions if norm(m.name) != norm(name)]
        position = next((m.start for m in self.mentions if norm(m.name) == norm(name)), len(self.text))
        for m in reversed(before):
            if m.start < position and m.organization and self.text.count(m.organization) >= 2:
                return m.organization
        return self.main_company

    def is_organization(self, name: str) -> bool:
        key = norm(name)
        if self.main_company and (key == norm(self.main_company) or norm(self.main_company).startswith(key + " ")):
            return True
        if key in self.person_names:
            return False
        return key in self.org_names

    def speaker(self, att: Attribution) -> dict | None:
        phrase = att.phrase
        if phrase is None:
            return None
        if phrase.kind == "statement" and phrase.organization and " " in phrase.organization.strip() \
                and is_first_name(phrase.organization.split()[0]) and self.known(phrase.organization):
            # "les chiffres compilés par Paul Roy": a person's own figures speak for them.
            known = self.known(phrase.organization)
            return self._person(known.name, known.title, known.organization, known.generic_org)
        if phrase.kind == "statement":
            org = phrase.organization or self.company_at(phrase.start)
            return {"name": None, "title": phrase.title or "communiqué", "organization": org}
        if phrase.kind == "organization":
            if phrase.organization and (_looks_like_person(phrase.organization) and (
                    norm(phrase.organization) in self.person_names or self.known(phrase.organization))
                    or " " not in phrase.organization and self.known(phrase.organization) is not None):
                # "le géographe Paul Roy": an unlisted role before a person's name.
                phrase = SpeakerPhrase("name", phrase.start, phrase.end, name=phrase.organization,
                                       title=phrase.title)
            else:
                org = phrase.organization or self._referred_organization(phrase, att.at) \
                    or self.company_at(phrase.start)
                return {"name": None, "title": phrase.title, "organization": org} if org else None
        if phrase.kind == "name" and phrase.extra.get("split") and not (
                norm(phrase.name) in self.person_names or self.known(phrase.name)):
            # A guessed cut of "de Banque Populaire Grand Ouest": the whole run is the organisation.
            org = f"{phrase.organization} {phrase.name}"
            mention = self.last_person(att.at, phrase.gender, norm(phrase.title or "").split(" ")[0] or None)
            if mention is None:
                return None
            return self._person(mention.name, mention.title or phrase.title, mention.organization or org,
                                mention.generic_org)
        if phrase.kind == "name":
            known = self.known(phrase.name)
            if known and known.start < phrase.start < known.start + len(known.name) \
                    and norm(known.name).endswith(" " + norm(phrase.name)):
                # The same occurrence, with a medium or place glued before the name.
                known.name, known.start = phrase.name, phrase.start
                self.mentions.sort(key=lambda m: m.start)
                self.starts = self.starts_of()
            if phrase.extra.get("honored") and not phrase.title:
                if known:
                    return self._person(known.name, known.title, phrase.organization or known.organization,
                                        known.generic_org)
                return self._person(phrase.name, None, phrase.organization, False)
            if " " not in phrase.name.strip() and not known and not phrase.title \
                    and norm(phrase.name) not in self.entity_names:
                if self._recurring_name(phrase.name):
                    # "Kivo affirme que": a firm the model did not tag, named again and again.
                    return {"name": None, "title": None, "organization": phrase.name}
                return None  # "Cela confirme que", "Entretien : « ... »"
            if not phrase.title and not known and self.is_organization(phrase.name):
                return {"name": None, "title": None, "organization": phrase.name}
            if not phrase.title and self._organization_rather_than_person(phrase.name, known, att.verb):
                # "selon Kivolab": no given name, no role anywhere.
                return {"name": None, "title": None, "organization": phrase.name}
            if phrase.title:
                self.remember(Mention(phrase.start, known.name if known else phrase.name, phrase.title,
                                      phrase.organization, phrase.generic_org, phrase.gender), phrase.end)
                return self._person(phrase.name if not known else known.name, phrase.title,
                                    phrase.organization or (known.organization if known else None),
                                    phrase.generic_org)
            if known:
                return self._person(known.name, known.title, phrase.organization or known.organization,
                                    known.generic_org)
            return self._person(phrase.name, None, phrase.organization, False)
        # Pronoun or description: the person last named.
        mention = None
        if phrase.kind == "description" and phrase.organization:
            # "le PDG d'Alan": the person last named with that organisation.
            i = bisect_left(self.starts, max(att.at, phrase.start))
            mention = next((m for m in reversed(self.mentions[:i])
                            if m.organization and norm(m.organization) == norm(phrase.organization)), None)
        if mention is None:
            mention = self.last_person(att.at, phrase.gender, phrase.noun)
            if mention is not None and phrase.kind == "description" and phrase.organization \
                    and not phrase.generic_org and (not mention.title or mention.organization):
                # "le directeur de la mission X": a person named with another organisation, or
                # with no role at all, does not hold the role of X.
                mention = None
        if mention is None and phrase.kind == "description" and _FORMER_ROLE.match(norm(phrase.title or "")):
            # "l'ancienne ingénieure d'Orbo", "l'ex-banquier": a past career describes the
            # person the passage is about, not a role someone holds now.
            near = self.last_person(att.at, phrase.gender)
            if near is not None and 0 <= att.at - near.start <= FORMER_ROLE_REACH \
                    and self.gender_of_person(near) in ("-", phrase.gender):
                mention = near
        if phrase.kind == "pronoun" and phrase.extra.get("latest"):
            # "Quelio a été lancée par la société Vantor. Cette dernière a déclaré que": "ce
            # dernier" takes up what was named last, an organisation named after the person.
            org_start, org = self._organization_named_last(att.at if att.at >= 0 else phrase.start, phrase.gender)
            # (Not the organisation of that person's role: "Paul Roy, PDG de Kivo. Selon ce dernier".)
            if org and (mention is None or mention.start < org_start
                        and norm(org) != norm(mention.organization or "")):
                return {"name": None, "title": None, "organization": org}
        if phrase.kind == "pronoun":
            # "DeepSeek a annoncé une mise à jour. Selon elle, ...": the pronoun takes up an
            # organisation that opens this sentence or the one before, when no person is
            # named since.
            org_start, org = self._organization_subject_before(att.at if att.at >= 0 else phrase.start,
                                                               phrase.gender)
            if org and (mention is None or mention.start < org_start):
                return {"name": None, "title": None, "organization": org}
        if mention is None and phrase.kind == "pronoun" and att.at >= 0:
            # "« A », a-t-il dit." opening an excerpt: nobody is named before, so the pronoun
            # looks ahead to the first person the text names after it.
            mention = self.first_person_after(att.at, phrase.gender)
        if mention is None and phrase.kind == "description" and phrase.title \
                and re.match(r"(?:son|sa|leur)[ \u00a0]", self.text[phrase.start:phrase.start + 6].lower()):
            # "», résume son patron": a role nobody named holds speaks for its organisation
            # ("son", "sa": the organisation the sentence is about, else the article's).
            org = phrase.organization or self.main_company
            return {"name": None, "title": phrase.title, "organization": org} if org else None
        if mention is None and phrase.kind == "description" and phrase.title and phrase.organization \
                and not phrase.generic_org:
            # "observe la directrice de Kivo", "le patron de Kivo estime que": a role named with
            # its organisation, held by nobody the article names, speaks for that organisation.
            return {"name": None, "title": phrase.title, "organization": phrase.organization}
        if mention is None:
            return None
        return self._person(mention.name, mention.title, mention.organization, mention.generic_org)

    def _organization_subject_before(self, pos: int, gender: str = "-") -> tuple[int, str | None]:
        """The organisation that opens the sentence holding ``pos`` (before it) or the
        sentence before, and where it is named; "la société" is not taken up by "il"."""
        start = sentence_start(self.text, pos)
        starts = [start] if start < pos else []
        if start > 1 and self.text[start - 1] != "\n":
            starts.append(sentence_start(self.text, start - 2))
        for s in starts:
            if self.inside_quote(s):
                return -1, None  # a sentence of quoted words has no subject of the article's
            phrase = read_speaker(self.text[:pos], s)
            if phrase is None:
                continue
            if phrase.kind == "organization" and "refers" not in phrase.extra:
                article = self.text[s:s + 3].lower()
                if gender != "-" and article in ("la ", "le ") and {"la ": "f", "le ": "m"}[article] != gender:
                    return s, None
                # "Le laboratoire chinois d'IA Kivo a annoncé": the name after the noun's adjectives.
                named = next((name for start, name in self.org_spans if s <= start < min(pos, s + 80)
                              and not re.search(r"[,;:]", self.text[s:start])), None)
                org = phrase.organization or named or self.company_at(s)
                return (s, org) if org else (s, None)
            if phrase.kind == "name" and not phrase.title and self.is_organization(phrase.name):
                return s, phrase.name
            return s, None  # a person or a description opens it
        return -1, None

    def _organization_named_last(self, pos: int, gender: str) -> tuple[int, str | None]:
        """The organisation named last before ``pos`` in its sentence or the one before, and
        where: a name the model tags as one, or one its noun introduces ("la société Kivo").
        A noun of the other gender than the pronoun's ("la société" for "ce dernier") is not it."""
        start = sentence_start(self.text, pos)
        if start > 1 and self.text[start - 1] != "\n":
            start = sentence_start(self.text, start - 2)
        named = {s: (name, "-") for s, name in self.org_spans
                 if start <= s < pos and norm(name) not in self.person_names}
        for m in _NOUN_NAMED_ORGANIZATION().finditer(self.text, start, pos):
            named[m.start(2)] = (m.group(2), DETERMINER_GENDERS.get(m.group(1).lower(), "-"))
        for s in sorted(named, reverse=True):
            if self.inside_quote(s):
                continue
            name, noun_gender = named[s]
            if "-" in (gender, noun_gender) or gender == noun_gender:
                return s, name
            break  # named last with the other gender: the pronoun is about something else
        return -1, None

    def _referred_organization(self, phrase: SpeakerPhrase, at: int) -> str | None:
        """The organisation "le conglomérat" or "le quotidien" refers back to: the last one
        named before it, other than the article's own company."""
        if "refers" not in phrase.extra:
            return None
        before = min(phrase.start, at) if at >= 0 else phrase.start
        main = norm(self.main_company or "")
        named = [(start, name) for start, name in reversed(self.org_spans)
                 if start < before and norm(name) != main and not self.inside_quote(start)
                 and norm(name) not in self.person_names]
        if phrase.title:
            # "Numeum, un syndicat du numérique ... Le syndicat explique": the organisation
            # introduced by the same noun, if one was.
            noun = re.escape(phrase.title)
            introduced = [m.group(1) or m.group(2) for m in re.finditer(
                rf"({NAME_RE.pattern}),[ \u00a0]+(?:un|une|le|la|l[’'])[ \u00a0]?(?i:{noun})\b"
                rf"|\b(?i:{noun})[ \u00a0]+({NAME_RE.pattern})", self.text[:before])]
            # (The noun shows an organisation, whatever the model tagged the name as.)
            introduced = [name for name in introduced if norm(name) != main]
            if introduced:
                return introduced[-1]
        if phrase.extra["refers"] == "medium":
            # A medium whose title the text puts in quotation marks: "au quotidien « Le Matin »".
            titled = [(m.start(), m.group(1)) for m in _MEDIUM_TITLE.finditer(self.text, 0, before)]
            # A medium was named as a source: "selon Le Figaro", "a indiqué à l'AFP".
            for start, name in named:
                if _SOURCE_BEFORE.search(self.text[max(0, start - 25):start]):
                    if titled and titled[-1][0] > start:
                        break
                    return name
            if titled:
                return titled[-1][1]
        return named[0][1] if named else None

    def _recurring_name(self, name: str) -> bool:
        """Whether a capitalised word is a name the article repeats (three times or more,
        not as the first word of a sentence only), rather than a pronoun or a heading."""
        if is_function_word(name) or name.lower() in _CAPITALISED_NON_NAMES or not name[:1].isupper():
            return False
        return _standalone_count(self.text, name) >= 3

    def _organization_rather_than_person(self, name: str, known: Mention | None, verb: str | None) -> bool:
        """Whether a source named without a role is an organisation: no mention gives it a
        role or a longer name, and it opens on no known given name (the model tags many firms
        and data providers as persons). Names of several words qualify only after a source
        cue ("selon Orvane Partners"), where firms are the rule."""
        if known is not None and (known.title or norm(known.name) != norm(name)):
            return False
        if " " in name.strip() and has_organization_word(name):
            return True  # "Orvane Resorts Group indique que", "Orvane Partners estime"
        if " " in name.strip() and verb not in _SOURCE_VERBS:
            return False
        return not is_first_name(name.split()[0].split("-")[0])

    def _person(self, name: str, title: str | None, org: str | None, generic: bool) -> dict:
        main = self.main_company
        if org and main and norm(main).startswith(norm(org) + " "):
            org = main  # "CEO de Mistral" in an article about "Mistral AI"
        if org is None and (generic or (title and not INDEFINITE.search(title))):
            org = self.fallback_org(name)
        return {"name": name, "title": title, "organization": org}


_MEDIUM_TITLE = re.compile(r"\b(?:quotidien|journal|hebdomadaire|mensuel|magazine|site|média)(?:\s+[a-zéèêàç\-]+)?"
                           r"\s+[«“\"]\s*([A-ZÀ-ÖØ-ÞŒ][^«»“”\"\n]{0,40}?)\s*[»”\"]")
_PRESENTATIVE = re.compile(r"\s*(?:[Cc][’']est|[Cc]e\s+sont|[Cc][’']était|[Ii]l\s+s[’']agit\s+d[eu]?[’']?)\s+")
_SOURCE_BEFORE = re.compile(rf"(?:\b(?:selon|après|rapporte|révèle|indique|écrit|affirme|précise|[àa]u?x?)"
                            rf"|\b{VERB_FORM}\s+(?:à|au|aux))\s+(?:l[’']\s?|le\s+|la\s+|les\s+)?$", re.IGNORECASE)


_OBLIQUE = re.compile(r"\b(?:par|de|d[’']|avec|chez|pour|à|auprès\s+d[eu]|aux\s+côtés\s+d[eu])\s*$")


# Attributions that name a source rather than a speaker.
_SOURCE_VERBS = frozenset({"selon", "d’après", "d'après", "aux dires de", "à en croire", "de l’avis de", "de l'avis de"})

# Capitalised words that open sentences as subjects without naming anyone.
_CAPITALISED_NON_NAMES = frozenset(
    "cela ceci ça ce cet cette ces celui celle ceux celles tout tous toutes rien chacun chacune certains "
    "certaines beaucoup personne plusieurs aucun aucune nul on nous vous je tu ils elles il elle "
    "aujourd’hui demain hier ici là entretien interview".split())


# A role held in the past: "ancien", "ancienne", "ex-", "ex ".
_FORMER_ROLE = re.compile(r"(?:ancien(?:ne)?\s|ex[\s\-])")
# How far back a former-role description looks for its person (a few sentences).
FORMER_ROLE_REACH = 600


def _honorifics_before() -> re.Pattern:
    genders = dict(table("honorific_genders.tsv"))
    forms = sorted(words("honorifics.txt"), key=len, reverse=True)
    alternation = "|".join(re.escape(f) + ("" if f.endswith(".") else r"\b") for f in forms)
    return re.compile(rf"(?:\b([Ll]e|[Ll]a)[ \u00a0])?({alternation})[ \u00a0]+$"), genders


_HONORIFIC_BEFORE, _HONORIFIC_GENDERS = _honorifics_before()


def _before_honorific(text: str, start: int) -> int:
    """Where the honorific before the name at ``start`` begins ("la Dre Anne Roy")."""
    m = _HONORIFIC_BEFORE.search(text[max(0, start - 30):start])
    return start - len(m.group()) if m else start


def _honorific_gender(text: str, start: int) -> str:
    """The gender an honorific before the name shows: "Mme", "la Dre", "le Dr"."""
    m = _HONORIFIC_BEFORE.search(text[max(0, start - 30):start])
    if not m:
        return "-"
    return _HONORIFIC_GENDERS.get(m.group(2)) or _HONORIFIC_GENDERS.get((m.group(1) or "").lower(), "-")


def _is_medium(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the medium a speech verb addresses:
    "a déclaré à l'AFP", "confie au Parisien"."""
    window = text[max(0, start - 40):start]
    if "à" not in window and "au" not in window:
        return False  # the pattern needs one of them; most names have neither before them
    before = re.search(rf"\b({VERB_FORM})\s+(?:à|au|aux|auprès\s+d[eu]s?|auprès\s+d[’'])\s*(?:l[’']\s?|la\s+|le\s+|les\s+)?$",
                       window)
    return before is not None and speech_verbs().lemma(fold_form(before.group(1))) is not None


def _after_medium(text: str, start: int, end: int) -> int:
    """Where a person name starts when the model glued the medium to it:
    "a déclaré à Reuters Boris Klein" -> "Boris Klein"."""
    if not _is_medium(text, start):
        return start
    return person_tail(text, start, end)


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in ("de", "du", "des", "d’", "van", "von", "ben", "el", "al", "la", "le") for w in words)


@lru_cache(maxsize=1)
def _named_organization_regex() -> re.Pattern:
    """An organisation noun and the name after it ("la start-up Qubitek")."""
    nouns = "|".join(re.escape(n) for n in organization_nouns())
    return re.compile(rf"\b(?:{nouns})\s+({NAME_RE.pattern})")


_NAME_FOLLOWER = frozenset(chr(c) for c in range(ord("A"), ord("Z") + 1)) | frozenset(
    chr(c) for c in [*range(0xC0, 0xD7), *range(0xD8, 0xDF), 0x152]) | frozenset("0123456789")


def _standalone_count(text: str, name: str) -> int:
    """Non-overlapping occurrences of ``name`` in ``text`` that are whole words and
    not the start of a longer name: no word character before; no word character or
    hyphen after, nor spaces then a capital or a digit ("Kora" in "Kora Ventures").
    A plain scan: a regex per name would be compiled anew for every article."""
    count, size, position = 0, len(text), text.find(name)
    while position != -1:
        end = position + len(name)
        before = text[position - 1] if position else ""
        if not (before.isalnum() or before == "_") and not _name_continues(text, end, size):
            count += 1
            position = text.find(name, end)
        else:
            position = text.find(name, position + 1)
    return count


def _name_continues(text: str, end: int, size: int) -> bool:
    if end >= size:
        return False
    after = text[end]
    if after.isalnum() or after in "_-":
        return True
    if not after.isspace():
        return False
    while end < size and text[end].isspace():
        end += 1
    return end < size and text[end] in _NAME_FOLLOWER


# A photo's credit line names a photographer or an agency, not the article's company.
_PHOTO_CREDIT = re.compile(r"(?:photo|crédit|credit|illustration|image)s?\b|©", re.IGNORECASE)


def _main_company(doc: Doc, ents: list[Span]) -> str | None:
    """The organisation the article is about: the most mentioned non-person entity
    of ``ents``, with a bonus for the headline or first sentence."""
    counts: dict[str, list] = {}
    text = doc_text(doc)
    surnames = {text[e.start_char:e.end_char].split()[-1] for e in ents
                if e.label_ == "PER" and _looks_like_person(text[e.start_char:e.end_char])}
    body = doc._.body_start or 0
    head_end = sentence_end(text, body + 1) if text else 0
    for ent in ents:
        ent_text = text[ent.start_char:ent.end_char]  # Span.text rebuilds it on each read
        if not ent_text[:1].isupper():
            continue
        if _is_medium(text, ent.start_char):
            continue  # "a déclaré à l'AFP": the medium, not the subject of the article
        if ent.label_ == "PER" and _looks_like_person(ent_text) or re.match(r"(?:L[’']|La |Le |Les )", ent_text):
            continue
        if ent_text in surnames:
            continue  # "Musk" after "Elon Musk": the person again
        if " " not in ent_text and is_function_word(ent_text) or _PHOTO_CREDIT.match(ent_text):
            continue  # "Un groupe de ... financeront", "(Photo by X / AFP)": no company
        key = norm(ent_text)
        if re.match(r"s[ée]ries?\b", key):
            continue
        if re.search(r"[\s\-]v?\d[\w.]*$", key):
            continue  # "Vega 3", "Orion-5": a versioned product, not the company
        entry = counts.setdefault(key, [0, ent.start_char, ent_text])
        # Place names are often the model's label for unfamiliar company names.
        # Place names get no headline bonus: datelines and "à Paris" open many articles.
        place = ent.label_ == "LOC"
        entry[0] += (0.5 if place or ent.label_ == "PER" else 1) + (ent.start_char < head_end and not place)
        entry.append(place)
    # "la start-up Qubitek": names the model may have missed.
    for m in _named_organization_regex().finditer(text):
        key = norm(m.group(1))
        entry = counts.setdefault(key, [0, m.start(1), m.group(1)])
        entry[0] += 1
    if not counts:
        return None
    for key, entry in counts.items():
        # Mentions the model did not tag count too.
        seen = _standalone_count(text, entry[2])
        place = len(entry) > 3 and all(entry[3:])
        entry[0] = max(entry[0], seen * 0.75 + (text.find(entry[2], body) < head_end and not place))
    key = max(counts, key=lambda k: (counts[k][0], -counts[k][1]))
    return counts[key][2] if counts[key][0] >= 1.5 else None


# --------------------------------------------------------------------------
# The component
