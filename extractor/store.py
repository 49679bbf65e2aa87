"""The deals database: every Article's facts in one SQLite file.

Standard library ``sqlite3``, WAL journal, foreign keys on. An article is keyed
by its id and the SHA-256 of its text: storing it again with the same text and
the same extractor version changes nothing, with another text (or version) its
old facts are replaced, all in one transaction, so a run that stops at any
point leaves every article either wholly old or wholly new.

The schema is versioned: ``schema_version`` holds the version, and
``MIGRATIONS`` brings an older file forward step by step (each step in its own
transaction). README.md documents the tables.
"""

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from extractor.aliases import canonical_name, name_key
from extractor.batch import text_digest
from extractor.models import Article, FundingRound, Investor, ModelLaunch, Money, Person, Quote, Span

ADDED, REPLACED, UNCHANGED = "added", "replaced", "unchanged"

# Articles per transaction in ``Store.put_many``: large enough that commits are
# rare, small enough that an interrupted bulk load loses little.
BULK_BATCH = 2000

_V1 = """
CREATE TABLE articles (
    id                TEXT PRIMARY KEY,
    source_path       TEXT,
    text_sha256       TEXT NOT NULL,
    published         TEXT,
    extractor_version TEXT NOT NULL,
    extracted_at      TEXT NOT NULL,
    warnings          TEXT NOT NULL DEFAULT '[]'   -- JSON array of strings
);
CREATE TABLE rounds (
    id                    INTEGER PRIMARY KEY,
    article_id            TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,           -- index in Article.funding_rounds
    company               TEXT,                       -- the text's words
    company_canonical     TEXT,                       -- alias table's name, else company
    company_key           TEXT,                       -- folded canonical name
    round_type            TEXT NOT NULL,
    round_label           TEXT,
    amount_value          REAL,
    amount_currency       TEXT,
    amount_text           TEXT,
    amount_approximate    INTEGER,
    valuation_value       REAL,
    valuation_currency    TEXT,
    valuation_text        TEXT,
    valuation_approximate INTEGER,
    date                  TEXT,
    evidence              TEXT NOT NULL DEFAULT '[]',  -- JSON [{start, end, text}]
    UNIQUE (article_id, position)
);
CREATE INDEX rounds_company_key ON rounds(company_key);
CREATE TABLE round_investors (
    round_id      INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    canonical     TEXT NOT NULL,
    investor_key  TEXT NOT NULL,                      -- folded canonical name
    kind          TEXT NOT NULL,
    lead          INTEGER NOT NULL,
    existing      INTEGER,                            -- NULL: the text does not say
    PRIMARY KEY (round_id, position)
);
CREATE INDEX round_investors_key ON round_investors(investor_key);
CREATE TABLE quotes (
    id                   INTEGER PRIMARY KEY,
    article_id           TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    text                 TEXT NOT NULL,
    direct               INTEGER NOT NULL,
    speaker_name         TEXT,
    speaker_title        TEXT,
    speaker_organization TEXT,
    verb                 TEXT,
    start                INTEGER NOT NULL,
    "end"                INTEGER NOT NULL,
    UNIQUE (article_id, position)
);
CREATE INDEX quotes_speaker ON quotes(speaker_name);
CREATE TABLE launches (
    id            INTEGER PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    organization  TEXT,
    open_weights  INTEGER,
    evidence      TEXT NOT NULL DEFAULT '[]',
    UNIQUE (article_id, position)
);
"""

# Version 2: the last `deals` run, kept so that users can query deals in SQL.
# Rebuilt whole by every `deals` run; rounds point to it by id, not by key, so
# re-ingesting articles leaves it stale until the next run (deals.computed_at).
_V2 = """
CREATE TABLE deals (
    id                TEXT PRIMARY KEY,
    company           TEXT,
    round_type        TEXT NOT NULL,
    amount_value      REAL,
    amount_currency   TEXT,
    valuation_value   REAL,
    valuation_currency TEXT,
    date              TEXT,
    sources           INTEGER NOT NULL,
    computed_at       TEXT NOT NULL
);
CREATE TABLE deal_rounds (
    deal_id   TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    round_id  INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (deal_id, round_id)
);
CREATE TABLE deal_investors (
    deal_id      TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    investor_key TEXT NOT NULL,
    kind         TEXT NOT NULL,
    lead         INTEGER NOT NULL,
    existing     INTEGER,
    PRIMARY KEY (deal_id, investor_key)
);
CREATE INDEX deal_investors_key ON deal_investors(investor_key);
"""

# Forward migrations: MIGRATIONS[n] takes a file from version n to n + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A database that cannot be used; the message says why, in one line."""


def now_utc() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if row is None:
        return 0
    version = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(version[0]) if version else 0


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to schema ``target``, one transaction per step.

    Returns the version reached. A file newer than this code is refused.
    """
    current = _schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(f"schema version {current} is newer than this fr-news-extractor knows "
                         f"({SCHEMA_VERSION}); upgrade fr-news-extractor")
    for version in range(current, target):
        # executescript commits first; BEGIN ... COMMIT makes the step atomic.
        try:
            conn.executescript(
                "BEGIN IMMEDIATE;\n"
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);\n"
                + MIGRATIONS[version]
                + "\nDELETE FROM schema_version;"
                + f"\nINSERT INTO schema_version (version) VALUES ({version + 1});\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return max(current, target)


def _money_columns(money: Money | None) -> tuple:
    if money is None:
        return (None, None, None, None)
    return (money.value, money.currency, money.text, int(money.approximate))


def _spans_json(spans) -> str:
    return json.dumps([{"start": s.start, "end": s.end, "text": s.text} for s in spans],
                      ensure_ascii=False)


def _bool(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _read_money(value, currency, text, approximate) -> Money | None:
    """A Money from its four columns (the inverse of ``_money_columns``)."""
    if value is None and text is None:
        return None
    return Money(value=value, currency=currency, text=text, approximate=bool(approximate))


def _read_spans(evidence: str | None) -> list[Span]:
    return [Span(**span) for span in json.loads(evidence or "[]")]


def _read_bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


@dataclass(frozen=True)
class StoredArticle:
    """An article read back from the database, with where its text was and its hash."""

    article: Article
    source_path: str | None
    text_sha256: str


@dataclass
class _Rows:
    """Rows queued in a transaction, written by ``Store._flush``."""

    ids: set = field(default_factory=set)
    articles: list = field(default_factory=list)
    rounds: list = field(default_factory=list)
    investors: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    launches: list = field(default_factory=list)


@dataclass
class Counts:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def __str__(self) -> str:
        return f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged"


@dataclass
class Store:
    """One SQLite deals database. ``Store(path)`` creates or migrates the file.

    ``":memory:"`` gives a database that lives as long as the Store.
    """

    path: str
    version: str = ""
    conn: sqlite3.Connection = field(init=False, repr=False)
    _rows: _Rows = field(init=False, repr=False, default_factory=_Rows)
    _next_round_id: int = field(init=False, repr=False, default=1)

    def __post_init__(self) -> None:
        from extractor import __version__

        self.version = self.version or __version__
        path = str(self.path)
        if path != ":memory:":
            parent = Path(path).parent
            if not parent.is_dir():
                raise StoreError(f"{path}: no such directory {parent}")
            if Path(path).is_dir():
                raise StoreError(f"{path}: is a directory")
        try:
            # isolation_level=None: transactions are opened and closed here, explicitly.
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            # About 20 MB of page cache (the default is 2 MB): index pages of a large
            # file stay in memory while a batch is written.
            self.conn.execute("PRAGMA cache_size = -20000")
            migrate(self.conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{path}: not a usable SQLite database ({err})") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":  # noqa: PYI034
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- reading ------------------------------------------------------------

    def schema_version(self) -> int:
        return _schema_version(self.conn)

    def state(self, article_id: str) -> tuple[str, str] | None:
        """(text_sha256, extractor_version) of a stored article, or None."""
        row = self.conn.execute(
            "SELECT text_sha256, extractor_version FROM articles WHERE id = ?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def is_current(self, article_id: str, text_sha256: str) -> bool:
        """True when the article is stored from this text by this extractor version."""
        return self.state(article_id) == (text_sha256, self.version)

    def count(self, table: str) -> int:
        if table not in ("articles", "rounds", "round_investors", "quotes", "launches", "deals"):
            raise ValueError(table)
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - checked name

    def articles(self) -> Iterator["StoredArticle"]:
        """Every stored article rebuilt as an Article (the inverse of ``put``), by id."""
        for row in iter_rows(self.conn, "SELECT id, source_path, text_sha256, published, warnings"
                                        " FROM articles ORDER BY id"):
            yield StoredArticle(self.article(row[0], row), row[1], row[2])

    def article(self, article_id: str, row: tuple | None = None) -> Article:
        """One stored article rebuilt from its rows; KeyError when there is none."""
        if row is None:
            row = self.conn.execute("SELECT id, source_path, text_sha256, published, warnings"
                                    " FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise KeyError(article_id)
        rounds = []
        for r in self.conn.execute(
                "SELECT id, company, round_type, round_label, amount_value, amount_currency, amount_text,"
                " amount_approximate, valuation_value, valuation_currency, valuation_text,"
                " valuation_approximate, date, evidence FROM rounds WHERE article_id = ? ORDER BY position",
                (article_id,)).fetchall():
            investors = [
                Investor(name=name, kind=kind, lead=bool(lead), existing=_read_bool(existing), canonical=canonical)
                for name, canonical, kind, lead, existing in self.conn.execute(
                    "SELECT name, canonical, kind, lead, existing FROM round_investors"
                    " WHERE round_id = ? ORDER BY position", (r[0],))]
            rounds.append(FundingRound(company=r[1], round_type=r[2], round_label=r[3],
                                       amount=_read_money(*r[4:8]), valuation=_read_money(*r[8:12]),
                                       date=r[12], investors=investors, evidence=_read_spans(r[13])))
        quotes = [
            Quote(text=text, direct=bool(direct), verb=verb, start=start, end=end,
                  speaker=None if (name, title, org) == (None, None, None)
                  else Person(name=name, title=title, organization=org))
            for text, direct, name, title, org, verb, start, end in self.conn.execute(
                "SELECT text, direct, speaker_name, speaker_title, speaker_organization, verb, start, \"end\""
                " FROM quotes WHERE article_id = ? ORDER BY position", (article_id,))]
        launches = [
            ModelLaunch(name=name, organization=org, open_weights=_read_bool(open_weights),
                        evidence=_read_spans(evidence))
            for name, org, open_weights, evidence in self.conn.execute(
                "SELECT name, organization, open_weights, evidence FROM launches"
                " WHERE article_id = ? ORDER BY position", (article_id,))]
        return Article(id=row[0], published=row[3], funding_rounds=rounds, quotes=quotes,
                       model_launches=launches, warnings=json.loads(row[4] or "[]"))

    # --- writing ------------------------------------------------------------

    def put(self, article: Article, text_sha256: str, source_path: str | None = None) -> str:
        """Store one article in its own transaction: ADDED, REPLACED or UNCHANGED."""
        self._begin()
        try:
            outcome = self._put(article, text_sha256, source_path, now_utc())
            self._flush()
        except BaseException:
            self._rollback()
            raise
        self.conn.execute("COMMIT")
        return outcome

    def put_many(self, records: Iterable[tuple[Article, str, str | None]],
                 batch_size: int = BULK_BATCH) -> Counts:
        """Store ``(article, text_sha256, source_path)`` records, ``batch_size``
        articles per transaction. A failure rolls back the batch in hand only;
        the batches before it stay committed."""
        counts = Counts()
        pending: list[str] = []
        extracted_at = now_utc()
        self._begin()
        try:
            for article, digest, source in records:
                pending.append(self._put(article, digest, source, extracted_at))
                if len(pending) == batch_size:
                    self._flush()
                    self.conn.execute("COMMIT")
                    for outcome in pending:
                        counts.add(outcome)
                    pending = []
                    self._begin()
            self._flush()
        except BaseException:
            self._rollback()
            raise
        self.conn.execute("COMMIT")
        for outcome in pending:
            counts.add(outcome)
        return counts

    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self._rows = _Rows()
        # Rounds get their ids here, so that a batch's rows go in with a few
        # executemany calls; the write lock is held, no one else adds rounds.
        self._next_round_id = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM rounds").fetchone()[0]

    def _rollback(self) -> None:
        self._rows = _Rows()
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _put(self, article: Article, digest: str, source: str | None, extracted_at: str) -> str:
        """Queue one article's rows inside the caller's transaction (``_flush`` writes them)."""
        if article.id in self._rows.ids:
            self._flush()  # the same id twice in a batch: the first must be in to be compared
        row = self.conn.execute("SELECT text_sha256, extractor_version FROM articles WHERE id = ?",
                                (article.id,)).fetchone()
        if row is not None:
            if (row[0], row[1]) == (digest, self.version):
                return UNCHANGED
            # Rounds, investors, quotes and launches go with it (ON DELETE CASCADE).
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        rows = self._rows
        rows.ids.add(article.id)
        rows.articles.append((article.id, source, digest, article.published, self.version, extracted_at,
                              json.dumps(article.warnings, ensure_ascii=False) if article.warnings else "[]"))
        for position, r in enumerate(article.funding_rounds):
            round_id = self._next_round_id
            self._next_round_id += 1
            canonical = canonical_name(r.company) if r.company else None
            rows.rounds.append(
                (round_id, article.id, position, r.company, canonical, name_key(r.company) or None,
                 r.round_type, r.round_label, *_money_columns(r.amount), *_money_columns(r.valuation),
                 r.date, _spans_json(r.evidence)))
            for index, inv in enumerate(r.investors):
                canonical_investor = inv.canonical or canonical_name(inv.name)
                rows.investors.append((round_id, index, inv.name, canonical_investor,
                                       name_key(canonical_investor) or canonical_investor.casefold(),
                                       inv.kind, int(inv.lead), _bool(inv.existing)))
        for i, q in enumerate(article.quotes):
            speaker = q.speaker
            rows.quotes.append((article.id, i, q.text, int(q.direct),
                                speaker.name if speaker else None, speaker.title if speaker else None,
                                speaker.organization if speaker else None, q.verb, q.start, q.end))
        for i, m in enumerate(article.model_launches):
            rows.launches.append((article.id, i, m.name, m.organization, _bool(m.open_weights),
                                  _spans_json(m.evidence)))
        return REPLACED if row is not None else ADDED

    def _flush(self) -> None:
        """Write the queued rows (inside the caller's transaction)."""
        rows, self._rows = self._rows, _Rows()
        cur = self.conn.cursor()
        cur.executemany(
            "INSERT INTO articles (id, source_path, text_sha256, published, extractor_version,"
            " extracted_at, warnings) VALUES (?, ?, ?, ?, ?, ?, ?)", rows.articles)
        cur.executemany(
            "INSERT INTO rounds (id, article_id, position, company, company_canonical, company_key,"
            " round_type, round_label, amount_value, amount_currency, amount_text,"
            " amount_approximate, valuation_value, valuation_currency, valuation_text,"
            " valuation_approximate, date, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.rounds)
        cur.executemany(
            "INSERT INTO round_investors (round_id, position, name, canonical, investor_key, kind,"
            " lead, existing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.investors)
        cur.executemany(
            "INSERT INTO quotes (article_id, position, text, direct, speaker_name, speaker_title,"
            " speaker_organization, verb, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows.quotes)
        cur.executemany(
            "INSERT INTO launches (article_id, position, name, organization, open_weights, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?)", rows.launches)

    # --- consistency ----------------------------------------------------------

    def check(self) -> list[str]:
        """Problems SQLite finds in the file (integrity, dangling references); [] when sound."""
        problems = [row[0] for row in self.conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"dangling reference in {row[0]} (row {row[1]})"
                     for row in self.conn.execute("PRAGMA foreign_key_check")]
        return problems


def iter_rows(conn: sqlite3.Connection, sql: str, parameters: tuple = (),
              size: int = 5000) -> Iterator[tuple]:
    """Rows of a query fetched ``size`` at a time, so memory stays bounded."""
    cursor = conn.execute(sql, parameters)
    while True:
        rows = cursor.fetchmany(size)
        if not rows:
            return
        yield from rows


class DatabaseSink:
    """The CLI's ``--db`` output: each Article stored in its own transaction as it
    comes, so an interrupted batch keeps every article finished before it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.store = Store(path)
        self.counts = Counts()

    def write(self, item, article: Article, text_sha256: str | None = None) -> None:
        digest = text_sha256 or text_digest(article.model_dump_json())
        self.counts.add(self.store.put(article, digest, source_path=item.display))

    def is_current(self, item, text_sha256: str) -> bool:
        return self.store.is_current(item.id, text_sha256)

    def close(self, commit: bool = True) -> None:
        self.store.close()

    def summary(self) -> str:
        return f"db: {self.path}: {self.counts}"
