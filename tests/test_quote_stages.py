"""The three stages of quote extraction, each on a short invented French sentence."""

import pytest

from extractor.quote_attribution import parse_after, parse_before, split_incise
from extractor.quotes import consolidate, find_candidates

# --------------------------------------------------------------------------
# Stage 1: candidates (pure text)


def _candidates(text):
    return [(c.kind, text[c.start:c.end], [text[s:e] for s, e in c.parts]) for c in find_candidates(text)
            if not c.frames_quote]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("« Nous ouvrons Lyon », dit Anne Roy.", [("quoted", "Nous ouvrons Lyon", ["Nous ouvrons Lyon"])]),
        # A quote cut by an inserted attribution gives two parts.
        ("« Le marché bouge, dit-il. Nous suivons. »",
         [("quoted", "Le marché bouge, dit-il. Nous suivons.", ["Le marché bouge", "Nous suivons."])]),
        ("Selon Paul Roy, la demande double chaque année.",
         [("selon", "la demande double chaque année", ["la demande double chaque année"])]),
        ("La demande double chaque année, précise Paul Roy.",
         [("inverted", "La demande double chaque année", ["La demande double chaque année"])]),
        # A quote of two paragraphs, « re-opened at the second: one entry per paragraph.
        ("« Nous avons doublé.\n\n« Nous doublerons encore. »",
         [("quoted", "Nous avons doublé.\n\n« Nous doublerons encore.", ["Nous avons doublé.", "Nous doublerons encore."])]),
        ("Paul Roy affirme que la demande double chaque année.",
         [("que", "la demande double chaque année", ["la demande double chaque année"])]),
    ],
)
def test_find_candidates(text, expected):
    assert _candidates(text) == expected


def test_que_clause_holding_a_quote_frames_it():
    text = "Paul Roy estime que Kivo « a trouvé son marché »."
    que = [c for c in find_candidates(text) if c.kind == "que"]
    assert len(que) == 1 and que[0].frames_quote


# --------------------------------------------------------------------------
# Stage 2: attribution words (pure text)


@pytest.mark.parametrize(
    "text, verb, speaker",
    [
        ("« Nous recrutons », explique Anne Roy.", "explique", "Anne Roy"),
        ("« Nous recrutons », a-t-elle précisé.", "a précisé", None),
        ("« Nous recrutons », selon Anne Roy.", "selon", "Anne Roy"),
    ],
)
def test_parse_after(text, verb, speaker):
    att = parse_after(text, text.index("»") + 1)
    assert att.verb == verb
    assert att.phrase.name == speaker


def test_parse_before_colon():
    text = "Anne Roy, directrice de Kivo, a déclaré : « Nous recrutons vingt personnes. »"
    att = parse_before(text, text.index("«"))
    assert (att.verb, att.phrase.name, att.phrase.organization) == ("a déclaré", "Anne Roy", "Kivo")


def test_split_incise():
    text = "« Le marché bouge, poursuit-elle. Nous suivons. »"
    parts, att = split_incise(text, 2, len(text) - 2)
    assert [text[s:e] for s, e in parts] == ["Le marché bouge", "Nous suivons."]
    assert att.verb == "poursuit" and att.phrase.gender == "f"


# --------------------------------------------------------------------------
# Stage 3: consolidation


def _q(start, end, kind, cue=-1):
    return {"start": start, "end": end, "direct": kind == "quoted", "verb": None, "speaker": {"name": "X"},
            "kind": kind, "cue": cue}


def test_consolidate_drops_reported_speech_already_covered():
    quotes = [_q(50, 60, "quoted"), _q(0, 40, "selon"), _q(10, 30, "inverted"), _q(5, 20, "que", cue=12)]
    kept = consolidate("", quotes)
    assert [(q["start"], q["end"]) for q in kept] == [(0, 40), (50, 60)]
    assert all("kind" not in q for q in kept)
