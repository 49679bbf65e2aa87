"""Turn a processed Doc into the contract's pydantic ``Article``.

Components leave offsets; surface texts are cut here from the caller's
original text, so they keep its exact characters (non-breaking spaces too).
"""

from spacy.tokens import Doc

from extractor.aliases import canonical_name
from extractor.models import Article, FundingRound, Investor, ModelLaunch, Money, Person, Quote, Span


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _money(text: str, money: dict | None) -> Money | None:
    if not money:
        return None
    return Money(
        value=float(money["value"]),
        currency=money.get("currency"),
        text=text[money["start"]:money["end"]],
        approximate=bool(money.get("approximate", False)),
    )


def _round(text: str, data: dict) -> FundingRound:
    return FundingRound(
        company=data.get("company"),
        round_type=data.get("round_type", "unspecified"),
        round_label=data.get("round_label"),
        amount=_money(text, data.get("amount")),
        valuation=_money(text, data.get("valuation")),
        date=data.get("date"),
        investors=[
            Investor(
                name=inv["name"],
                kind=inv.get("kind", "unknown"),
                lead=bool(inv.get("lead", False)),
                existing=inv.get("existing"),
                canonical=canonical_name(inv["name"]),
            )
            for inv in data.get("investors", [])
        ],
        evidence=[_span(text, s, e) for s, e in data.get("evidence", [])],
    )


def _quote(text: str, data: dict) -> Quote:
    speaker = data.get("speaker")
    return Quote(
        text=text[data["start"]:data["end"]],
        direct=bool(data["direct"]),
        speaker=Person(**speaker) if speaker else None,
        verb=data.get("verb"),
        start=data["start"],
        end=data["end"],
    )


def _launch(text: str, data: dict) -> ModelLaunch:
    return ModelLaunch(
        name=data["name"],
        organization=data.get("organization"),
        open_weights=data.get("open_weights"),
        evidence=[_span(text, s, e) for s, e in data.get("evidence", [])],
    )


def doc_to_article(doc: Doc, text: str, id: str, warnings: list[str] | None = None) -> Article:
    """The Article for ``doc``; ``text`` is the caller's text (same length as ``doc.text``)."""
    return Article(
        id=id,
        published=doc._.published,
        funding_rounds=[_round(text, r) for r in doc._.funding_rounds or []],
        quotes=[_quote(text, q) for q in doc._.quotes or []],
        model_launches=[_launch(text, m) for m in doc._.model_launches or []],
        warnings=list(warnings or []),
    )
