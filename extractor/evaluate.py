"""Score predicted Articles against gold annotations.

Implements "How accuracy is scored" of the output contract: per-field micro
precision / recall / F1 over a corpus, items paired one-to-one, greedily in
gold order. Works on plain dicts (parsed JSON), so it scores any predictions.
"""

import dataclasses
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEGAL_SUFFIXES = frozenset({"sas", "sa", "inc", "ltd", "gmbh", "group"})

# Fields in report order; the headline is the mean F1 of HEADLINE_FIELDS.
FIELDS = (
    "amount", "round_type", "valuation", "company", "investors", "lead_investors",
    "round_date", "quotes", "quote+speaker", "model_launches",
)
HEADLINE_FIELDS = ("amount", "round_type", "investors", "quote+speaker", "model_launches")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# Cached: deals compare the same names many times over.
@lru_cache(maxsize=1 << 14)
def fold(text: str | None) -> str:
    """Case- and accent-folded words, punctuation as spaces, legal suffixes dropped."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[^\w\s]|_", " ", plain)
    return " ".join(w for w in plain.split() if w not in LEGAL_SUFFIXES)


def names_match(a: str | None, b: str | None) -> bool:
    """Equal after folding, or one's words all in the other with at most two more."""
    fa, fb = fold(a).split(), fold(b).split()
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return set(short) <= set(long) and len(long) - len(short) <= 2


def money_match(pred: dict | None, gold: dict | None) -> bool:
    if not pred or not gold:
        return False
    gv, pv = float(gold["value"]), float(pred["value"])
    if abs(pv - gv) > 0.01 * abs(gv):
        return False
    return gold.get("currency") is None or pred.get("currency") == gold.get("currency")


def quotes_match(pred: dict, gold: dict) -> bool:
    p, g = fold(pred.get("text")), fold(gold.get("text"))
    if not p or not g:
        return False
    if p[:40] in g or g[:40] in p:
        return True
    short, long = (p.split(), g.split()) if len(p.split()) <= len(g.split()) else (g.split(), p.split())
    long_words = set(long)
    return sum(w in long_words for w in short) >= 0.6 * len(short)


def speaker_match(pred: dict, gold: dict) -> bool:
    gs, ps = gold.get("speaker") or {}, pred.get("speaker") or {}
    if gs.get("name"):
        return names_match(ps.get("name"), gs["name"])
    return names_match(ps.get("organization"), gs.get("organization"))


def pair_indices(golds: list, preds: list, match: Callable[[object, object], bool]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing in gold order: (gold index, pred index) pairs."""
    free = list(range(len(preds)))
    pairs = []
    for g, gold in enumerate(golds):
        for i, p in enumerate(free):
            if match(preds[p], gold):
                pairs.append((g, p))
                del free[i]
                break
    return pairs


def pair(golds: list, preds: list, match: Callable[[object, object], bool]) -> list[tuple]:
    """Greedy one-to-one pairing in gold order: (gold, pred) pairs."""
    return [(golds[g], preds[p]) for g, p in pair_indices(golds, preds, match)]


def _unique_names(names: Iterable[str | None]) -> list[str]:
    """Names without those matching an earlier one."""
    return _unique_keyed((name, ()) for name in names)[0]


def _unique_keyed(items: Iterable[tuple[str | None, tuple]]) -> tuple[list[str], list[list[tuple]]]:
    """``_unique_names`` of (name, key) items, with the keys each kept name stands for
    (a name joins the first kept name it matches, the one that made it a duplicate)."""
    names: list[str] = []
    keys: list[list[tuple]] = []
    for name, key in items:
        if not name:
            continue
        for i, seen in enumerate(names):
            if names_match(name, seen):
                keys[i].append(key)
                break
        else:
            names.append(name)
            keys.append([key])
    return names, keys


def _rounds_match(p: dict, g: dict) -> bool:
    if g.get("amount"):
        return money_match(p.get("amount"), g["amount"])
    return p.get("round_type") == g.get("round_type") and not p.get("amount")


def _date_right(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    return pred.startswith(gold) or (gold.startswith(pred) and len(pred) >= 7)


@dataclass
class FieldMatch:
    """One field's pairing in one article: the items compared on each side, each
    with the keys of the facts it stands for (("amount", 0), ("investor", 0, 2),
    ("quote", 1)...: positions of rounds, investors, quotes and launches in the
    record), and the (gold index, pred index) pairs."""

    gold: list[list[tuple]]
    pred: list[list[tuple]]
    pairs: list[tuple[int, int]]


def _money_items(rounds: list[dict], name: str) -> tuple[list[dict], list[list[tuple]]]:
    found = [i for i, r in enumerate(rounds) if r.get(name)]
    return [rounds[i][name] for i in found], [[(name, i)] for i in found]


def _investor_items(rounds: list[dict], lead_only: bool) -> Iterator[tuple[str, tuple]]:
    for r, rnd in enumerate(rounds):
        for i, investor in enumerate(rnd.get("investors", [])):
            if investor.get("lead") or not lead_only:
                yield investor["name"], ("investor", r, i)


def _company_items(rounds: list[dict]) -> Iterator[tuple[str | None, tuple]]:
    return ((r.get("company"), ("company", i)) for i, r in enumerate(rounds))


def match_article(pred: dict, gold: dict) -> dict[str, FieldMatch]:
    """How one article's predicted facts pair with its gold facts, field by field:
    every field of FIELDS, plus "rounds" (the round pairing round_date rests on).
    The scores are counted from this, so whatever shows these pairs agrees with them."""
    p_rounds, g_rounds = pred.get("funding_rounds", []), gold.get("funding_rounds", [])
    out: dict[str, FieldMatch] = {}
    for name in ("amount", "valuation"):
        golds, gold_keys = _money_items(g_rounds, name)
        preds, pred_keys = _money_items(p_rounds, name)
        out[name] = FieldMatch(gold_keys, pred_keys, pair_indices(golds, preds, money_match))

    g_typed = [i for i, r in enumerate(g_rounds) if r["round_type"] != "unspecified"]
    p_typed = [i for i, r in enumerate(p_rounds) if r["round_type"] != "unspecified"]
    out["round_type"] = FieldMatch(
        [[("round", i)] for i in g_typed], [[("round", i)] for i in p_typed],
        pair_indices([g_rounds[i]["round_type"] for i in g_typed],
                     [p_rounds[i]["round_type"] for i in p_typed], lambda p, g: p == g))

    for name, items in (
        ("company", _company_items),
        ("investors", lambda rounds: _investor_items(rounds, lead_only=False)),
        ("lead_investors", lambda rounds: _investor_items(rounds, lead_only=True)),
    ):
        golds, gold_keys = _unique_keyed(items(g_rounds))
        preds, pred_keys = _unique_keyed(items(p_rounds))
        out[name] = FieldMatch(gold_keys, pred_keys, pair_indices(golds, preds, names_match))

    rounds = pair_indices(g_rounds, p_rounds, _rounds_match)
    out["rounds"] = FieldMatch([[("round", i)] for i in range(len(g_rounds))],
                               [[("round", i)] for i in range(len(p_rounds))], rounds)
    # round_date is a share of the paired, gold-dated rounds: P = R = F1.
    dated = [(g, p) for g, p in rounds if g_rounds[g].get("date")]
    out["round_date"] = FieldMatch(
        [[("round", g)] for g, _ in dated], [[("round", p)] for _, p in dated],
        [(n, n) for n, (g, p) in enumerate(dated)
         if _date_right(p_rounds[p].get("date"), g_rounds[g]["date"])])

    p_quotes, g_quotes = pred.get("quotes", []), gold.get("quotes", [])
    out["quotes"] = FieldMatch([[("quote", i)] for i in range(len(g_quotes))],
                               [[("quote", i)] for i in range(len(p_quotes))],
                               pair_indices(g_quotes, p_quotes, quotes_match))
    out["quote+speaker"] = FieldMatch(
        [[("speaker", i)] for i in range(len(g_quotes))], [[("speaker", i)] for i in range(len(p_quotes))],
        pair_indices(g_quotes, p_quotes, lambda p, g: quotes_match(p, g) and speaker_match(p, g)))

    golds, gold_keys = _unique_keyed((m["name"], ("model", i))
                                     for i, m in enumerate(gold.get("model_launches", [])))
    preds, pred_keys = _unique_keyed((m["name"], ("model", i))
                                     for i, m in enumerate(pred.get("model_launches", [])))
    out["model_launches"] = FieldMatch(gold_keys, pred_keys, pair_indices(golds, preds, names_match))
    return out


def score_article(pred: dict, gold: dict, scores: dict[str, Score]) -> None:
    """Add one article's counts to ``scores`` (one Score per field)."""
    for name, match in match_article(pred, gold).items():
        if name in scores:
            scores[name].add(len(match.pairs), len(match.pred), len(match.gold))


def score_corpus(pairs: Iterable[tuple[dict, dict]]) -> dict[str, Score]:
    """Scores for (prediction, gold) article pairs."""
    scores = {field: Score() for field in FIELDS}
    for pred, gold in pairs:
        score_article(pred, gold, scores)
    return scores


def headline(scores: dict[str, Score]) -> float:
    return sum(scores[f].f1 for f in HEADLINE_FIELDS) / len(HEADLINE_FIELDS)


def format_table(scores: dict[str, Score]) -> str:
    lines = [f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for field in FIELDS:
        s = scores[field]
        lines.append(f"{field:<16}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6d}{s.fp:6d}{s.fn:6d}")
    lines.append(f"{'headline F1':<16}{headline(scores):21.3f}")
    return "\n".join(lines)


def read_gold(gold_dir: Path, half: str | None = None) -> dict[str, dict]:
    """Gold annotations of a directory: ``{stem: parsed NNN.json}``, sorted by stem.

    ``half`` keeps the items whose number is "odd" or "even" (a corpus split
    into a half to tune on and a half kept unseen).
    """
    files = sorted(gold_dir.glob("*.json"))
    if half is not None:
        parity = {"odd": 1, "even": 0}[half]
        files = [f for f in files if f.stem.isdigit() and int(f.stem) % 2 == parity]
    return {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}


def predict_directory(extractor, text_dir: Path, stems: Iterable[str]) -> dict[str, dict]:
    """Predictions for ``text_dir/<stem>.txt``, as plain dicts keyed by id.

    A gold item whose text is missing gets no prediction (the caller reports it).
    """
    items = [(stem, (text_dir / f"{stem}.txt").read_text(encoding="utf-8"))
             for stem in stems if (text_dir / f"{stem}.txt").is_file()]
    return {article.id: article.model_dump() for article in extractor.extract_many(items)}


def score_directory(extractor, gold_dir: Path, text_dir: Path | None = None,
                    half: str | None = None) -> dict[str, Score]:
    """Extract every text that has gold and score the lot (texts beside the gold
    unless ``text_dir`` says where they are)."""
    golds = read_gold(gold_dir, half)
    preds = predict_directory(extractor, text_dir or gold_dir, golds)
    return score_corpus((preds.get(stem, {}), gold) for stem, gold in golds.items())


def f1_by_field(scores: dict[str, Score]) -> dict[str, float]:
    """F1 of every field, plus the headline."""
    reached = {field: scores[field].f1 for field in FIELDS}
    reached["headline"] = headline(scores)
    return reached


def below_floors(scores: dict[str, Score], floors: dict[str, float]) -> dict[str, float]:
    """Fields (or "headline") whose F1 is under its floor, with the F1 reached."""
    reached = f1_by_field(scores)
    return {field: round(reached[field], 3) for field, floor in floors.items() if reached[field] < floor}


# --- deals: pairwise merge precision / recall ------------------------------------


@dataclass
class DealScores:
    """Pairs of reports (one round as one article tells it) put in the same deal."""

    true_pairs: int = 0
    predicted_pairs: int = 0
    gold_pairs: int = 0
    mentions: int = 0
    mentions_found: int = 0
    gold_deals: int = 0
    predicted_deals: int = 0
    # Gold deals whose reports the prediction split, and predicted deals mixing gold deals.
    split: list[str] = dataclasses.field(default_factory=list)
    mixed: list[str] = dataclasses.field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def _mention_fits(report: dict, deal: dict, mention: dict, strict: bool) -> bool:
    if not names_match(report.get("company"), deal.get("company")):
        return False
    if not strict:
        return True
    wanted = mention.get("amount", deal.get("amount"))
    told = report.get("amount")
    if wanted is None or told is None:
        return wanted is None and told is None
    return (told.get("currency") == wanted.get("currency")
            and abs(float(told["value"]) - float(wanted["value"])) <= 0.02 * float(wanted["value"]))


def score_deals(predicted: Iterable[dict], gold: dict) -> DealScores:
    """Pairwise merge precision and recall of predicted deals against a gold table.

    ``gold`` is ``{"deals": [{"id", "company", "amount"?, "mentions": [{"article",
    "amount"?}]}]}``: each mention is one article's report of that deal. A predicted
    deal's ``articles`` are its reports (``article_id``, ``company``, ``amount``).
    Each gold mention is paired with one report of its article, greedily in gold
    order: first a report of the same company with the mention's amount (the
    deal's amount unless the mention gives its own; none for a deal told without
    one), then any report of the same company. A predicted pair counts as true when
    both its reports are paired with mentions of one gold deal; reports paired with
    no mention make false pairs only.
    """
    scores = DealScores()
    reports: list[tuple[int, dict]] = []  # (predicted deal index, report)
    predicted = list(predicted)
    scores.predicted_deals = len(predicted)
    for index, deal in enumerate(predicted):
        reports.extend((index, report) for report in deal.get("articles", []))
    by_article: dict[str, list[int]] = {}
    for number, (_, report) in enumerate(reports):
        by_article.setdefault(str(report["article_id"]), []).append(number)

    label: dict[int, str] = {}  # report number -> gold deal id
    gold_deals = gold.get("deals", [])
    scores.gold_deals = len(gold_deals)
    mentions = [(deal, mention) for deal in gold_deals for mention in deal.get("mentions", [])]
    scores.mentions = len(mentions)
    unpaired = []
    for strict in (True, False):
        for deal, mention in (mentions if strict else unpaired):
            candidates = [n for n in by_article.get(str(mention["article"]), [])
                          if n not in label and _mention_fits(reports[n][1], deal, mention, strict)]
            if candidates:
                label[candidates[0]] = deal["id"]
            elif strict:
                unpaired.append((deal, mention))
    scores.mentions_found = len(label)

    scores.gold_pairs = sum(_pairs(len(deal.get("mentions", []))) for deal in gold_deals)
    members: dict[int, list[int]] = {}
    for number, (index, _) in enumerate(reports):
        members.setdefault(index, []).append(number)
    for index, numbers in members.items():
        scores.predicted_pairs += _pairs(len(numbers))
        counts: dict[str, int] = {}
        for n in numbers:
            if n in label:
                counts[label[n]] = counts.get(label[n], 0) + 1
        scores.true_pairs += sum(_pairs(c) for c in counts.values())
        if len(counts) > 1 or (counts and len(numbers) > sum(counts.values())):
            scores.mixed.append(str(predicted[index].get("id")))
    for deal in gold_deals:
        holders = {reports[n][0] for n, deal_id in label.items() if deal_id == deal["id"]}
        if len(holders) > 1 or len(holders) < min(1, len(deal.get("mentions", []))):
            scores.split.append(deal["id"])
    return scores


def format_deal_scores(scores: DealScores) -> str:
    lines = [
        f"pairwise merge precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}",
        f"pairs: {scores.true_pairs} right of {scores.predicted_pairs} predicted, {scores.gold_pairs} in gold",
        f"reports paired with gold mentions: {scores.mentions_found} of {scores.mentions}; "
        f"deals: {scores.predicted_deals} predicted, {scores.gold_deals} in gold",
    ]
    if scores.split:
        lines.append("gold deals split or missed: " + ", ".join(scores.split))
    if scores.mixed:
        lines.append("predicted deals mixing reports: " + ", ".join(scores.mixed))
    return "\n".join(lines)
