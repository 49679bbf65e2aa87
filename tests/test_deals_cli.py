"""`extract --db` and `deals` on the command line, run in-process (model loaded once)."""

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from extractor.cli import main

SERIES_A = (
    "date 2025-03-04\n"
    "La start-up nantaise Voltaria lève 12 millions d'euros en série A. Le tour de table est mené "
    "par Partech, aux côtés de BPI France.\n"
)
SERIES_A_AGAIN = (
    "date 2025-03-07\n"
    "Voltaria, qui recycle les batteries des vélos, a bouclé une série A de 12 millions d'euros "
    "auprès de Partech et de Bpifrance.\n"
)
SEED = (
    "date 2024-02-10\n"
    "Voltaria annonce une levée de 3 millions d'euros en amorçage auprès de Kima Ventures.\n"
)


@pytest.fixture(autouse=True)
def _model(nlp):
    """The CLI loads the model; the session fixture keeps it loaded once."""


def write_inputs(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in (("a1", SERIES_A), ("a2", SERIES_A_AGAIN), ("s1", SEED)):
        (directory / f"{name}.txt").write_text(text, encoding="utf-8")
    return directory


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def db_line(err: str) -> str:
    return next(line for line in err.splitlines() if line.startswith("db: "))


def test_extract_db_is_idempotent_replaces_changed_texts_and_resumes(capsys, tmp_path):
    inputs = write_inputs(tmp_path / "in")
    db = tmp_path / "news.sqlite"
    code, out, err = run(capsys, "extract", inputs, "--db", db)
    assert code == 0 and out == ""  # --db alone writes no JSON
    assert db_line(err).endswith("3 added, 0 replaced, 0 unchanged")

    code, _, err = run(capsys, "extract", inputs, "--db", db)
    assert code == 0 and db_line(err).endswith("0 added, 0 replaced, 3 unchanged")

    (inputs / "s1.txt").write_text(SEED.replace("3 millions", "4 millions"), encoding="utf-8")
    code, _, err = run(capsys, "extract", inputs, "--db", db, "--resume")
    assert code == 0 and db_line(err).endswith("0 added, 1 replaced, 0 unchanged")
    assert "2 skipped" in err.splitlines()[-1]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT amount_value FROM rounds WHERE article_id = 's1'").fetchall() == [(4e6,)]
    assert conn.execute("SELECT source_path FROM articles WHERE id = 'a1'").fetchone()[0].endswith("a1.txt")


def test_extract_db_alongside_json(capsys, tmp_path):
    inputs = write_inputs(tmp_path / "in")
    code, _, err = run(capsys, "extract", inputs, "--db", tmp_path / "news.sqlite", "-o", tmp_path / "out.jsonl")
    assert code == 0
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1", "a2", "s1"]
    canonical = {i["name"]: i["canonical"] for r in records for f in r["funding_rounds"] for i in f["investors"]}
    assert canonical.get("BPI France") == "Bpifrance"


def test_deals_command_merges_writes_csv_json_and_explains(capsys, tmp_path):
    db = tmp_path / "news.sqlite"
    assert run(capsys, "extract", write_inputs(tmp_path / "in"), "--db", db)[0] == 0

    code, _, err = run(capsys, "deals", db, "-o", tmp_path / "deals.csv")
    assert code == 0 and "2 deals" in err
    rows = list(csv.DictReader(io.StringIO((tmp_path / "deals.csv").read_text(encoding="utf-8"))))
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {"voltaria-2024-02", "voltaria-2025-03"}
    series_a = by_id["voltaria-2025-03"]
    assert series_a["sources"] == "2" and series_a["articles"] == "a1; a2"
    assert series_a["investors"] == "Partech; Bpifrance" and series_a["lead_investors"] == "Partech"

    code, out, _ = run(capsys, "deals", db, "--format", "jsonl")
    assert code == 0
    deals = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in deals] == ["voltaria-2024-02", "voltaria-2025-03"]
    assert deals[1]["articles"][0]["evidence"][0]["text"].startswith("La start-up nantaise Voltaria")

    # The run saved the deals in the database for SQL queries.
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM deal_investors WHERE investor_key = 'bpifrance'").fetchone() == (1,)

    code, out, _ = run(capsys, "deals", db, "--explain", "voltaria-2025-03")
    assert code == 0 and "reports merged" in out and "a2#0" in out and "kept apart" in out
    code, _, err = run(capsys, "deals", db, "--explain", "nothing-2020-01")
    assert code == 1 and err.strip() == f"error: no deal nothing-2020-01 in {db}"


def test_bad_databases_are_one_line_usage_errors(capsys, tmp_path):
    code, _, err = run(capsys, "deals", tmp_path / "missing.sqlite")
    assert code == 2 and len(err.strip().splitlines()) == 1
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not sqlite" * 200)
    code, _, err = run(capsys, "deals", junk)
    assert code == 2 and "not a usable SQLite database" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "extract", write_inputs(tmp_path / "in"), "--db", tmp_path)
    assert code == 2 and "is a directory" in err
    code, _, err = run(capsys, "extract", tmp_path / "in", "--resume")
    assert code == 2 and "--resume needs --output-dir or --db" in err
    code, _, err = run(capsys, "evaluate", "--deals", junk)
    assert code == 2 and "not a gold deals file" in err
