"""The SQLite deals database, on real files in tmp_path (no model needed)."""

import sqlite3

import pytest

from extractor.aliases import canonical_name
from extractor.models import Article, FundingRound, Investor, ModelLaunch, Money, Person, Quote, Span
from extractor.store import (
    ADDED,
    REPLACED,
    SCHEMA_VERSION,
    UNCHANGED,
    Store,
    StoreError,
    migrate,
)


def article(id: str, amount: float = 12e6, investors=("Partech", "BPI France"), quotes: int = 1) -> Article:
    text = f"Voltaria lève {amount / 1e6:g} millions d'euros."
    return Article(
        id=id,
        published="2025-03-04",
        funding_rounds=[FundingRound(
            company="Voltaria", round_type="series_a", round_label="série A",
            amount=Money(value=amount, currency="EUR", text=f"{amount / 1e6:g} millions d'euros"),
            date="2025-03-04",
            investors=[Investor(name=name, kind="fund", lead=index == 0) for index, name in enumerate(investors)],
            evidence=[Span(start=0, end=len(text), text=text)],
        )],
        quotes=[Quote(text=f"Nous recrutons {n}", direct=True, speaker=Person(name="Léa Martin"),
                      verb="explique", start=10 * n, end=10 * n + 5) for n in range(quotes)],
        model_launches=[ModelLaunch(name="Orque 2", organization="Voltaria", open_weights=True,
                                    evidence=[Span(start=0, end=5, text="Orque")])],
        warnings=["encoding: decoded as cp1252, not UTF-8"],
    )


def table_counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in ("articles", "rounds", "round_investors", "quotes", "launches")}


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "news.sqlite")


def test_ingest_writes_every_fact_with_its_evidence(db_path):
    with Store(db_path) as store:
        assert store.put(article("a1"), "sha-1", "in/a1.txt") == ADDED
        assert table_counts(store) == {"articles": 1, "rounds": 1, "round_investors": 2, "quotes": 1,
                                       "launches": 1}
    # Read back with plain sqlite3, as a user would.
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    row = conn.execute("SELECT source_path, text_sha256, published, extractor_version, warnings"
                       " FROM articles").fetchone()
    assert row[:3] == ("in/a1.txt", "sha-1", "2025-03-04") and row[3]
    assert "cp1252" in row[4]
    company, key, amount, currency, evidence = conn.execute(
        "SELECT company, company_key, amount_value, amount_currency, evidence FROM rounds").fetchone()
    assert (company, key, amount, currency) == ("Voltaria", "voltaria", 12e6, "EUR")
    assert '"start": 0' in evidence
    investors = conn.execute("SELECT name, canonical, investor_key, lead FROM round_investors"
                             " ORDER BY position").fetchall()
    assert investors == [("Partech", "Partech", "partech", 1), ("BPI France", "Bpifrance", "bpifrance", 0)]
    assert conn.execute('SELECT speaker_name, start, "end" FROM quotes').fetchone() == ("Léa Martin", 0, 5)


def test_reingest_unchanged_changes_nothing(db_path):
    with Store(db_path) as store:
        store.put(article("a1"), "sha-1")
        before = store.conn.execute("SELECT * FROM articles").fetchall()
        rounds_before = store.conn.execute("SELECT * FROM rounds").fetchall()
        assert store.put(article("a1"), "sha-1") == UNCHANGED
        assert store.conn.execute("SELECT * FROM articles").fetchall() == before
        assert store.conn.execute("SELECT * FROM rounds").fetchall() == rounds_before
        assert store.is_current("a1", "sha-1") and not store.is_current("a1", "sha-2")


def test_reingest_changed_replaces_the_article_whole(db_path):
    with Store(db_path) as store:
        store.put(article("a1"), "sha-1")
        store.put(article("a2"), "sha-2")
        assert store.put(article("a1", amount=15e6, investors=("Elaia",), quotes=0), "sha-1b") == REPLACED
        assert store.conn.execute(
            "SELECT amount_value FROM rounds WHERE article_id = 'a1'").fetchall() == [(15e6,)]
        assert table_counts(store) == {"articles": 2, "rounds": 2, "round_investors": 3, "quotes": 1,
                                       "launches": 2}
        assert store.check() == []


def test_a_new_extractor_version_replaces_an_unchanged_text(db_path):
    with Store(db_path, version="0.1.0") as store:
        store.put(article("a1"), "sha-1")
    with Store(db_path, version="0.2.0") as store:
        assert store.put(article("a1"), "sha-1") == REPLACED


def test_one_id_twice_in_a_bulk_load_keeps_the_last_text(db_path):
    with Store(db_path) as store:
        counts = store.put_many([(article("a1"), "sha-1", None), (article("a1"), "sha-1", None),
                                 (article("a1", amount=15e6), "sha-2", None), (article("a2"), "sha-3", None)])
        assert (counts.added, counts.replaced, counts.unchanged) == (2, 1, 1)
        assert store.conn.execute("SELECT article_id, amount_value FROM rounds ORDER BY article_id").fetchall() == [
            ("a1", 15e6), ("a2", 12e6)]
        assert store.check() == []


class Crash(Exception):
    pass


def test_crash_in_the_middle_of_a_batch_leaves_a_consistent_database(db_path):
    def records():
        for n in range(7):
            if n == 5:
                raise Crash("the process dies while the third batch is in hand")
            yield article(f"a{n}"), f"sha-{n}", None

    with Store(db_path) as store:
        with pytest.raises(Crash):
            store.put_many(records(), batch_size=2)
    with Store(db_path) as store:
        # Batches 1 and 2 are committed; a4 (third batch, not committed) is gone with its facts.
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id")]
        assert ids == ["a0", "a1", "a2", "a3"]
        assert table_counts(store) == {"articles": 4, "rounds": 4, "round_investors": 8, "quotes": 4,
                                       "launches": 4}
        assert store.check() == []


def test_crash_while_replacing_an_article_keeps_its_old_version(db_path, monkeypatch):
    with Store(db_path) as store:
        store.put(article("a1"), "sha-1")
        real_put = Store._put

        def failing_put(self, art, *args):
            real_put(self, art, *args)  # rows written inside the transaction...
            raise Crash("...then the process fails before the commit")

        monkeypatch.setattr(Store, "_put", failing_put)
        with pytest.raises(Crash):
            store.put(article("a1", amount=99e6), "sha-1b")
        with pytest.raises(Crash):
            store.put(article("a9"), "sha-9")
    with Store(db_path) as store:
        assert store.state("a1")[0] == "sha-1"
        assert store.state("a9") is None
        assert store.conn.execute("SELECT amount_value FROM rounds").fetchall() == [(12e6,)]
        assert table_counts(store)["round_investors"] == 2
        assert store.check() == []


def test_an_older_schema_is_migrated_forward_keeping_its_data(db_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute("INSERT INTO articles (id, text_sha256, extractor_version, extracted_at)"
                 " VALUES ('old', 'sha', '0.0.1', '2025-01-01')")
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'deals'").fetchone() is None
    conn.close()
    with Store(db_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.state("old") == ("sha", "0.0.1")
        assert store.count("deals") == 0


def test_a_newer_schema_or_another_file_is_refused_in_one_line(db_path, tmp_path):
    with Store(db_path) as store:
        store.conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="newer than this"):
        Store(db_path)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is no database at all" * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(str(junk))
    with pytest.raises(StoreError, match="no such directory"):
        Store(str(tmp_path / "missing" / "x.sqlite"))


def readme_queries() -> list[str]:
    """The SQL blocks of README.md's "Queries" section."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Queries", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.DOTALL)


def test_the_readme_queries_run_and_answer(db_path):
    from extractor.round_merge import deals, save_deals
    from extractor.store import now_utc

    quillon = [article(f"q{n}", amount=150e6, investors=("Lightspeed", "Bpi")) for n in range(2)]
    for art in quillon:
        art.funding_rounds[0].company = "Quillon AI"
        art.funding_rounds[0].date = art.published = "2025-10-14"
        art.quotes[0].speaker.name = "Clara Weiss"
    with Store(db_path) as store:
        store.put_many([(article("a1"), "s1", None), (article("a2", investors=("Bpifrance",)), "s2", None),
                        *((art, art.id, None) for art in quillon)])
        assert sum(1 for _ in save_deals(store, deals(store), now_utc())) == 2
        queries = readme_queries()
        assert len(queries) == 4
        top, company, leads, quotes = (store.conn.execute(q).fetchall() for q in queries)
    # In both deals under its alias table name; a2 names it alone, first, so as lead.
    assert top[0] == ("Bpifrance", 2, 1)
    assert [row[0] for row in company] == ["quillon-ai-2025-10"] and company[0][-1] == 2
    assert ("2025-Q1", "Partech", 1) in leads and ("2025-Q4", "Lightspeed Venture Partners", 1) in leads
    assert [row[1] for row in quotes] == ["q0", "q1"]


def test_stored_articles_read_back_equal_to_what_was_put(db_path):
    variants = [
        article("a1"),
        article("a2", investors=(), quotes=0),
        Article(id="a3"),  # no facts, no date, no warnings
        Article(id="a4", funding_rounds=[FundingRound(
            valuation=Money(value=2e9, text="2 milliards", approximate=True),
            investors=[Investor(name="BPI France", kind="public", existing=False, canonical="Bpifrance"),
                       Investor(name="Anne Roux", kind="individual", existing=True, canonical="Anne Roux")])],
            quotes=[Quote(text="Nous grandissons", direct=False, start=3, end=19),
                    Quote(text="Oui", direct=True, speaker=Person(title="directrice", organization="Voltaria"),
                          start=30, end=33)],
            model_launches=[ModelLaunch(name="Orque 3")]),
    ]
    for variant in variants:  # investors' canonical names are filled in as put stores them
        for r in variant.funding_rounds:
            for inv in r.investors:
                inv.canonical = inv.canonical or canonical_name(inv.name)
    with Store(db_path) as store:
        for n, variant in enumerate(variants):
            store.put(variant, f"sha-{n}", f"in/{variant.id}.txt" if n != 2 else None)
    with Store(db_path) as store:
        stored = list(store.articles())
        assert [s.article for s in stored] == variants
        assert [(s.source_path, s.text_sha256) for s in stored] == [
            ("in/a1.txt", "sha-0"), ("in/a2.txt", "sha-1"), (None, "sha-2"), ("in/a4.txt", "sha-3")]
        assert store.article("a4") == variants[3]
        with pytest.raises(KeyError):
            store.article("absent")
