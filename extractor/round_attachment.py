"""Funding rounds, attachment: facts told elsewhere in the article given to the rounds.

In: a :class:`extractor.round_candidates.Story` with its consolidated rounds. Out: the
same rounds with a kind named in a later sentence, the valuations noted while reading
the amounts, and the investors named anywhere (each to the round its sentence tells,
or the one its paragraph is about).
"""

import re

from extractor.investor_names import fold
from extractor.investors import find_investors, investors_named_before
from extractor.round_amounts import EARLIER_VALUATION, _cue, is_earlier
from extractor.round_candidates import Round, Story

# A possessive or demonstrative right before a kind: "sa série A", "cette série B".
_OWN_ROUND = re.compile(r"(?<!\w)(?:sa|son|cette|ce|la|le)\s+(?:(?:nouvelle|nouveau|premier|première)\s+)?"
                        r"(?:(?:levée|tour|ronde)\s+(?:de\s+(?:fonds|table)\s+)?(?:de\s+|d['’]\s*|en\s+)?)?$", re.IGNORECASE)



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



def _round_named_later(rounds: list["Round"], same_paragraph, position: int) -> "Round | None":
    """The round a sentence at ``position`` may name the kind of: the round last told
    before it in its paragraph, when that round is the current one and of no kind yet."""
    told = [(e[0], r) for r in rounds for e in r.evidence if e[0] < position and same_paragraph(e[0])]
    if not told:
        return None
    _, last = max(told, key=lambda item: item[0])
    return last if last.current and last.round_type == "unspecified" else None



def _round_for(story: Story, sent: tuple[int, int], pos: int, object_at: int = -1) -> Round:
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



def attach_kinds_named_later(story: Story) -> None:
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



def attach_valuations(story: Story) -> None:
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
                owner = _round_for(story, sent, money["start"])
                target = Round(amount=None, sentence=sent, paragraph=owner.paragraph, current=False,
                                company=owner.company, round_type=mention.round_type,
                                round_label=mention.label, position=money["start"])
                target.evidence.append(sent)
                story.rounds.append(target)
            if target.valuation is None:
                target.valuation = money
            continue
        target = _round_for(story, sent, money["start"])
        if target.valuation is None:
            target.valuation = money
            if sent not in target.evidence:
                target.evidence.append(sent)



def attach_investors(story: Story) -> None:
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
            target = _round_for(story, sent, found.start, found.start_of_object if found.subject else -1)
            target.investors.append(found)
            if sent not in target.evidence:
                target.evidence.append(sent)
