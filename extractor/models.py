"""The output contract (../shared/CONTRACT.md, v1) as pydantic v2 models.

Field names and vocabularies are fixed by the contract; ``Article.warnings`` is
this project's extension for input problems (encoding, language, size), and
``Investor.canonical`` its extension naming an organisation one way across articles.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

RoundType = Literal[
    "pre_seed", "seed",
    "series_a", "series_b", "series_c", "series_d",
    "series_e", "series_f", "series_g", "series_h",
    "bridge", "growth", "ipo", "debt", "grant", "unspecified",
]
InvestorKind = Literal["fund", "corporate", "individual", "public", "unknown"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    start: int
    end: int
    text: str


class Money(_Model):
    value: float
    currency: str | None = None
    text: str
    approximate: bool = False


class Investor(_Model):
    name: str
    kind: InvestorKind = "unknown"
    lead: bool = False
    existing: bool | None = None
    # Project extension: the alias table's name for this organisation
    # ("BPI France" -> "Bpifrance"), else `name` tidied. `name` stays the text's words.
    canonical: str | None = None


class FundingRound(_Model):
    company: str | None = None
    round_type: RoundType = "unspecified"
    round_label: str | None = None
    amount: Money | None = None
    valuation: Money | None = None
    date: str | None = None
    investors: list[Investor] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)


class Person(_Model):
    name: str | None = None
    title: str | None = None
    organization: str | None = None


class Quote(_Model):
    text: str
    direct: bool
    speaker: Person | None = None
    verb: str | None = None
    start: int
    end: int


class ModelLaunch(_Model):
    name: str
    organization: str | None = None
    open_weights: bool | None = None
    evidence: list[Span] = Field(default_factory=list)


class Article(_Model):
    id: str
    published: str | None = None
    funding_rounds: list[FundingRound] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    model_launches: list[ModelLaunch] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
