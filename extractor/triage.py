"""Triage: which paragraphs of an article the statistical model has to read.

Most of a news feed reports neither a funding round, nor a quote, nor a model
launch, and inside a relevant article many paragraphs are background. The
parser and the named-entity recogniser cost far more than the rules, so a
paragraph only reaches them when a cheap cue says a rule may need it:
- money: a currency sign, code or word, a magnitude word, a number glued to a
  magnitude letter ("12 M€", "3,5 Md$", "800k");
- funding: round types, investor nouns, valuation cues (raise verbs alone are
  everyday words and keep no paragraph);
- speech: quotation marks, "selon", "d'après", and speech verbs where the quote
  rules read speech (``speech_told``) or a person's role is named;
- launches: model-name shapes ("GPT-4o", "7B", "R1") and the AI words of
  ``data/triage_cues.txt``; the launch rules' own lexicons are a kind left out
  by default (see ``DEFAULT_KINDS``).
The first paragraph (the headline) is always kept. Other paragraphs are
replaced by spaces, newlines kept, in the model's copy of the text: spaCy
reads a run of spaces as one whitespace token, so a blanked paragraph costs
the model almost nothing, and every character offset stays the same. The
rules still scan every paragraph: ``FullTextRestorer`` hands them a Doc of the
whole text carrying the model's annotations of the kept paragraphs (article-
wide clues such as a dateline, a company's mentions or a person's role named
early stay visible to them).

Cue words come from the rule components' own lexicons plus
``data/triage_cues.txt``; matching is one regular expression search per
paragraph, linear in the text's length.
"""

import re
from functools import lru_cache

import numpy
from spacy.attrs import HEAD, IDS, IDX, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from extractor import extensions  # noqa: F401 - declares doc._.full_text
from extractor.lexicon import prefix_trie_pattern, table, words

_APOSTROPHES = "['’]"
# Paragraphs are separated by a blank line (spaces allowed on it).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_QUOTE_MARKS = "«»“”„\""
# A model-name shape: letters then a digit ("GPT-4o", "R1", "Llama-3.1"), or a
# number glued to a size letter ("7B", "70b", "8x7B"). Ordinals ("9e", "XXIe") and
# units written apart ("12 km") are not cues.
_MODEL_SHAPE = r"\b[A-Za-z][A-Za-z]*[-.]?\d[\w.+-]*|\b\d+(?:[x×]\d+)?[BbMT]\b"
_MONEY_SIGNS = "[€$£¥]"


def _stem(infinitive: str) -> str | None:
    """The open prefix of a verb's forms ("affirmer" -> "affirm*"), or None
    when it would be too short to say anything ("dire")."""
    verb = infinitive.split()[-1] if " " in infinitive else infinitive
    if verb[-2:] in ("er", "ir", "re") and len(verb) >= 7:
        return verb[:-2] + "*"
    return None


def _verbs(infinitives) -> set[str]:
    """Each verb and, when long enough, the open prefix of its forms."""
    out = set()
    for verb in infinitives:
        out.add(verb)
        stem = _stem(verb)
        if stem:
            out.add(stem)
    return out


def _money() -> set[str]:
    # ISO codes are matched apart, case-sensitively (in ``cue_regex``): "ILS" is also "ils".
    currencies = {row[0] for row in table("currencies.tsv")
                  if len(row[0]) >= 3 and row[0][0].isalpha() and row[2] != "code"}
    return currencies | {row[0] for row in table("magnitudes.tsv") if len(row[0]) >= 3}


def _funding() -> set[str]:
    return ({row[0] for row in table("round_types.tsv")}
            | set(words("investor_nouns.txt")) | set(words("valuation_cues.txt")))


def _raise() -> set[str]:
    # Not a default kind: "a obtenu", "a reçu", "réunis" fill all kinds of news, and
    # without money, a round kind or an investor noun beside them they tell no round.
    return set(words("raise_cues.txt"))


def _speech() -> set[str]:
    forms = {form for row in table("speech_verbs.tsv") for form in row[1:] if form}
    infinitives = [row[0] for row in table("speech_verbs.tsv")] + list(words("reported_speech_verbs.txt"))
    return forms | _verbs(infinitives)


def _channels() -> set[str]:
    return set(words("speech_channels.txt"))


def _launch() -> set[str]:
    entries = _verbs(words("launch_verbs.txt"))
    for name in ("launch_nouns.txt", "launch_phrases.txt", "model_nouns.txt", "model_context_words.txt"):
        entries |= set(words(name))
    return entries | {row[0] for row in table("open_weights_cues.tsv") if "…" not in row[0]}


def _people() -> set[str]:
    return {row[0] for row in table("person_nouns.tsv")} | set(words("leader_nouns.txt"))


def _own() -> set[str]:
    return set(words("triage_cues.txt"))


# Kinds of cue words, each read from the lexicons that define it.
CUE_KINDS = {
    "money": _money, "funding": _funding, "raise": _raise, "speech": _speech, "channels": _channels,
    "launch": _launch, "people": _people, "own": _own,
}
# Person and leader nouns, and speech channels, are left out by default: the
# rules find roles and channels on the full text by themselves, and keeping
# those paragraphs changed no output on the annotated corpora. Launch words are
# left out too: the launch rules read plain words, not the parser, and find
# launchers in the sentence itself; keeping launch paragraphs for the entity
# recogniser changed no output on 213 texts (dev, samples, real press and
# unlabelled press) and cost about 5 % of extraction time on mixed news.
DEFAULT_KINDS = frozenset({"money", "funding", "own"})
# Speech verbs are everyday words ("point", "rappelle", "prévoit"): a paragraph is kept
# for them only when the quote rules can read speech in it (see ``speech_told``).
SPEECH_KINDS = frozenset({"speech"})
PEOPLE_KINDS = frozenset({"people"})


def cue_entries(kinds: frozenset[str] = DEFAULT_KINDS) -> set[str]:
    """Every cue word or phrase of ``kinds``, ``*`` marking an open prefix."""
    entries = set()
    for kind in kinds:
        entries |= CUE_KINDS[kind]()
    return {entry for entry in entries if entry.strip("* ")}


# Pieces of an entry's regex.
_APOSTROPHE_PIECE, _SPACE_PIECE, _WORD_END, _OPEN_END = _APOSTROPHES, r"\s+", r"(?!\w)", ""


def _entry_pieces(entry: str) -> list[str]:
    """A lexicon entry as the pieces of a regex, the last one its end: ``*`` ends an
    open prefix, spaces match any whitespace, apostrophes match both forms."""
    open_end = entry.endswith("*")
    pieces = []
    for char in entry.rstrip("*").strip():
        if char in "'’":
            pieces.append(_APOSTROPHE_PIECE)
        elif char.isspace():
            pieces.append(_SPACE_PIECE)
        else:
            pieces.append(re.escape(char))
    return [*pieces, _OPEN_END if open_end else _WORD_END]


def _trie_pattern(entries) -> str:
    """One regex matching where any entry matches, its alternatives sharing their
    common beginnings ("lev(?:ée|er)..."): the regex engine tries every alternative
    at every position, so a flat list of hundreds of entries is slow. Meant for
    ``search`` (is there a cue?): where an open prefix ends, longer entries
    through it are left out, since the prefix alone already matches."""
    # An open end is the empty last piece: the prefix trie stops there.
    return prefix_trie_pattern(_entry_pieces(entry) for entry in entries)


@lru_cache(maxsize=4)
def cue_regex(kinds: frozenset[str] = DEFAULT_KINDS) -> re.Pattern:
    """One regex that finds whether a text holds any cue; compiled once per process."""
    magnitudes = sorted({row[0] for row in table("magnitudes.tsv")}, key=len, reverse=True)
    magnitude = "|".join(re.escape(m) for m in magnitudes)
    glued = rf"\d\s?(?:{magnitude})(?![^\W\d_])"
    alternatives = _trie_pattern(cue_entries(kinds))
    codes = "|".join(sorted(row[0] for row in table("currencies.tsv") if row[2] == "code"))
    return re.compile(
        rf"[{_QUOTE_MARKS}]|{_MONEY_SIGNS}|{glued}|{_MODEL_SHAPE}|(?-i:\b(?:{codes})\b)|(?<!\w){alternatives}",
        re.IGNORECASE,
    )


def speech_told(paragraph: str) -> bool:
    """Whether the quote rules find reported speech in ``paragraph``: a speech verb
    with "que" or an infinitive after it, an inverted incise (", estime X"), a verb
    before a colon, "selon" / "d'après". Quotation marks are cues of their own."""
    # Imported here: the quote rules import the lexicons this module builds on.
    from extractor.quote_candidates import reported_colon, reported_inverted, reported_que, reported_selon

    return bool(reported_selon(paragraph) or reported_que(paragraph) or reported_inverted(paragraph)
                or reported_colon(paragraph))


def has_cue(paragraph: str) -> bool:
    """Whether a rule may need the model's reading of ``paragraph``."""
    if cue_regex().search(paragraph) is not None:
        return True
    # A person introduced with a role ("Anne Roy, maire de Vexin, rappelle...") is kept
    # too: a quote further on names her by her name alone.
    return cue_regex(SPEECH_KINDS).search(paragraph) is not None and (
        cue_regex(PEOPLE_KINDS).search(paragraph) is not None or speech_told(paragraph))


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text`` from ``start``; blank lines separate them."""
    spans = []
    position = start
    for match in _PARAGRAPH_BREAK.finditer(text, start):
        if text[position:match.start()].strip():
            spans.append((position, match.start()))
        position = match.end()
    if text[position:].strip():
        spans.append((position, len(text)))
    return spans


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character inside ``spans`` but newlines made a space."""
    if not spans:
        return text
    pieces = []
    position = 0
    for start, end in spans:
        pieces.append(text[position:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def dropped_paragraphs(text: str, body_start: int = 0) -> list[tuple[int, int]]:
    """The paragraphs of the body the model can skip: no cue, not the headline."""
    spans = paragraph_spans(text, body_start)
    return [span for span in spans[1:] if not has_cue(text[span[0]:span[1]])]


def triage(text: str, body_start: int = 0) -> str:
    """The model's copy of ``text``: paragraphs without a cue blanked; same length."""
    return blank(text, dropped_paragraphs(text, body_start))


# ---------------------------------------------------------------------------
# Back to the full text after the model

# What the rules read from the model: coarse part of speech, the dependency
# parse and the entities. Heads are handled apart (they are relative offsets).
_COPIED = ("POS", "DEP", "ENT_IOB", "ENT_TYPE")
_OUTSIDE = 2  # ENT_IOB "O": outside any entity, as opposed to 0, unannotated


def transfer_annotations(model_doc: Doc, full_doc: Doc) -> Doc:
    """Copy the model's annotations from ``model_doc`` (the triaged text) onto
    ``full_doc`` (the same text unblanked, tokenized alike) and return it.

    A token of the kept paragraphs has the same start offset and text in both;
    a whitespace token that absorbed a blanked paragraph is paired with the
    whitespace token at its start. Tokens of blanked paragraphs get no part of
    speech, no dependency (each is its own head) and no entity. Vectorised:
    linear in the number of tokens.
    """
    attrs = [IDS[name] for name in _COPIED] + [HEAD]
    source = model_doc.to_array(attrs)
    model_keys = model_doc.to_array([IDX, ORTH, IS_SPACE]).astype(numpy.int64)
    full_keys = full_doc.to_array([IDX, ORTH, IS_SPACE]).astype(numpy.int64)
    n_full = len(full_doc)
    target = numpy.zeros((n_full, len(attrs)), dtype=numpy.uint64)
    target[:, _COPIED.index("ENT_IOB")] = _OUTSIDE
    if n_full and len(model_doc):
        position = numpy.searchsorted(full_keys[:, 0], model_keys[:, 0]).clip(max=n_full - 1)
        candidate = full_keys[position]
        same = (candidate[:, 0] == model_keys[:, 0]) & (
            (candidate[:, 1] == model_keys[:, 1]) | ((candidate[:, 2] == 1) & (model_keys[:, 2] == 1))
        )
        model_index = numpy.nonzero(same)[0]
        full_index = position[model_index]
        target[full_index] = source[model_index]
        # Heads: relative offsets in the model doc -> relative offsets in the full doc.
        to_full = numpy.full(len(model_doc), -1, dtype=numpy.int64)
        to_full[model_index] = full_index
        head_column = len(attrs) - 1
        model_head = model_index + source[model_index, head_column].view(numpy.int64)
        full_head = to_full[model_head]
        relative = numpy.where(full_head >= 0, full_head - full_index, 0)
        target[full_index, head_column] = relative.astype(numpy.int64).view(numpy.uint64)
    full_doc.from_array(attrs, target)
    return full_doc


class FullTextRestorer:
    """Puts the rules back on the whole text once the model has read the triaged copy.

    ``Extractor`` hands the pipeline a Doc of the triaged text with the full
    text in ``doc._.full_text``; this component, placed after the trained
    model's components, returns a Doc of the full text carrying the model's
    annotations, so rules scan every paragraph while the model read only the
    kept ones. Docs without ``full_text`` pass through untouched.
    """

    def __init__(self, nlp: Language) -> None:
        self.tokenizer = nlp.tokenizer

    def __call__(self, doc: Doc) -> Doc:
        full_text = doc._.full_text
        if full_text is None:
            return doc
        full_doc = transfer_annotations(doc, self.tokenizer(full_text))
        full_doc.user_data.update(doc.user_data)
        full_doc._.full_text = None
        full_doc._.text = full_text  # not the triaged text copied with user_data
        # nlp.pipe(as_tuples=True) keeps each input's context on its Doc.
        full_doc._context = doc._context
        return full_doc


@Language.factory("fr_full_text")
def make_full_text_restorer(nlp: Language, name: str) -> FullTextRestorer:
    return FullTextRestorer(nlp)
