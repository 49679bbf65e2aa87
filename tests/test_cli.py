"""The command line, run in-process through ``extractor.cli.main`` (the model is
loaded once per session), plus two subprocess tests: stdin and Ctrl-C."""

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.inputs import html_to_text

ROOT = Path(__file__).resolve().parent.parent

ALAN = (
    "date 2024-03-12\n"
    "La start-up parisienne Alan lève 10 millions d'euros auprès de Index Ventures. "
    "« Nous allons recruter », explique Jean Dupont, son directeur général.\n"
)
ONDINE = (
    "Ondine IA présente Galet 8x5B, un modèle ouvert. La jeune pousse a obtenu 212 millions d'euros "
    "au cours d'une levée pilotée par Cormoran Capital. « Nous changeons d'échelle », dit Léa Morvan.\n"
)
UNBALANCED = (
    "« Nous allons recruter, explique Jean Dupont. Il ajoute : « c'est \"énorme. "
    "La société lève 3 millions d'euros » auprès de Bpifrance.\n"
)
ENGLISH = (
    "Paris-based startup Alan has raised 10 million euros from Index Ventures, "
    "the company said on Tuesday in a statement to the press.\n"
)


@pytest.fixture(autouse=True)
def _model(nlp):
    """Every CLI test needs the model; loading it here keeps timings honest."""


def run(capsys, *args):
    code = main(["extract", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def test_one_file_to_stdout_as_json_lines(capsys, tmp_path):
    code, out, err = run(capsys, write(tmp_path / "alan.txt", ALAN))
    assert code == 0
    [record] = records(out)
    assert record["id"] == "alan" and record["published"] == "2024-03-12"
    assert err.strip().splitlines()[-1].startswith("done: 1 processed, 0 with warnings, 0 failed")


def test_json_and_jsonl_hold_the_same_records(capsys, tmp_path):
    write(tmp_path / "in" / "alan.txt", ALAN)
    write(tmp_path / "in" / "ondine.txt", ONDINE)
    code, out, _ = run(capsys, tmp_path / "in")
    assert code == 0
    code, _, _ = run(capsys, tmp_path / "in", "--format", "json", "-o", tmp_path / "out.json")
    assert code == 0
    array = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert array == records(out)
    assert [r["id"] for r in array] == ["alan", "ondine"]
    assert sorted(os.listdir(tmp_path)) == ["in", "out.json"]  # no temporary file left


def test_stdin_in_process(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ALAN.encode("cp1252"))))
    code, out, err = run(capsys, "-")
    assert code == 0
    [record] = records(out)
    assert record["id"] == "stdin"
    assert record["warnings"] == ["encoding: decoded as cp1252, not UTF-8"]
    assert "warning: <stdin>: encoding: decoded as cp1252" in err


def test_unreadable_file_is_reported_and_the_batch_goes_on(capsys, tmp_path):
    good = write(tmp_path / "alan.txt", ALAN)
    missing = tmp_path / "absent.txt"
    code, out, err = run(capsys, missing, good)
    assert code == 1
    assert [r["id"] for r in records(out)] == ["alan"]
    assert f"error: {missing}: no such file" in err.splitlines()
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--workers", "0", "{good}"],
        ["--max-chars", "0", "{good}"],
        ["--resume", "{good}"],
        ["-o", "{tmp}/a.jsonl", "--output-dir", "{tmp}/out", "{good}"],
        ["--format", "xml", "{good}"],
        ["{tmp}/empty_dir"],
        ["-", "-"],
        ["-o", "{tmp}/no/such/dir/out.jsonl", "{good}"],
    ],
)
def test_usage_errors_exit_2(capsys, tmp_path, args):
    good = write(tmp_path / "alan.txt", ALAN)
    (tmp_path / "empty_dir").mkdir()
    args = [a.format(good=good, tmp=tmp_path) for a in args]
    assert run(capsys, *args)[0] == 2
    assert "Traceback" not in capsys.readouterr().err
    assert main(["no-such-command"]) == 2


def test_mixed_batch_keeps_every_good_record(capsys, tmp_path):
    folder = tmp_path / "in"
    goods = {"alan": ALAN, "ondine": ONDINE, "unbalanced": UNBALANCED}
    for stem, text in goods.items():
        write(folder / f"{stem}.txt", text)
    write(folder / "alan_cp1252.txt", ALAN, "cp1252")
    write(folder / "ondine_utf16.txt", ONDINE, "utf-16")
    write(folder / "english.txt", ENGLISH)
    write(folder / "empty.txt", "")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write(folder / "oversize.txt", ONDINE * 60)
    errors = tmp_path / "errors.jsonl"

    code, out, err = run(capsys, folder, "--max-chars", "5000", "--errors", errors)
    assert code == 1
    by_id = {r["id"]: r for r in records(out)}
    assert sorted(by_id) == ["alan", "alan_cp1252", "empty", "english", "ondine",
                             "ondine_utf16", "unbalanced"]
    for stem in goods:
        _, single, _ = run(capsys, folder / f"{stem}.txt")
        assert records(single) == [by_id[stem]]
    assert by_id["alan_cp1252"] == {**by_id["alan"], "id": "alan_cp1252",
                                    "warnings": ["encoding: decoded as cp1252, not UTF-8"]}
    assert by_id["ondine_utf16"] == {**by_id["ondine"], "id": "ondine_utf16",
                                      "warnings": ["encoding: decoded as utf-16, not UTF-8"]}
    assert by_id["empty"]["warnings"] == ["empty: the input has no text"]
    assert by_id["english"]["warnings"][0].startswith("language: the text does not look French")
    lines = err.splitlines()
    assert f"error: {folder / 'binary.txt'}: not a text file (contains NUL bytes)" in lines
    assert f"error: {folder / 'oversize.txt'}: too long: more than 5000 characters (see --max-chars)" in lines
    assert lines[-1].startswith("done: 7 processed, 4 with warnings, 2 failed, 0 skipped")
    failures = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(f["id"], f["reason"][:15]) for f in failures] == [
        ("binary", "not a text file"), ("oversize", "too long: more ")]
    assert "Traceback" not in err


def test_html_offsets_refer_to_the_visible_text(capsys, tmp_path):
    markup = ("<html><head><title>Alan</title><script>var a = '« faux »';</script></head><body>"
              "<h1>Alan lève 10 M€</h1><p>« Nous allons recruter », explique "
              "<b>Jean Dupont</b>, son directeur général.</p></body></html>")
    page = write(tmp_path / "page.html", markup)
    code, out, _ = run(capsys, page)
    assert code == 0
    [record] = records(out)
    text = html_to_text(markup)
    assert record["quotes"], "the quote in the page is found"
    for quote in record["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_output_dir_and_resume(capsys, tmp_path):
    inputs = [write(tmp_path / "in" / f"{stem}.txt", text)
              for stem, text in (("alan", ALAN), ("ondine", ONDINE))]
    out_dir = tmp_path / "out"
    code, stdout, err = run(capsys, tmp_path / "in", "--output-dir", out_dir)
    assert code == 0 and stdout == ""
    assert sorted(os.listdir(out_dir)) == ["alan.json", "ondine.json"]
    assert json.loads((out_dir / "alan.json").read_text(encoding="utf-8"))["id"] == "alan"
    for path in inputs:  # inputs older than their outputs
        os.utime(path, (1_000_000, 1_000_000))

    code, _, err = run(capsys, tmp_path / "in", "--output-dir", out_dir, "--resume")
    assert code == 0
    assert err.splitlines()[-1].startswith("done: 0 processed, 0 with warnings, 0 failed, 2 skipped")

    os.utime(out_dir / "ondine.json", (500_000, 500_000))  # now older than its input
    code, _, err = run(capsys, tmp_path / "in", "--output-dir", out_dir, "--resume")
    assert err.splitlines()[-1].startswith("done: 1 processed, 0 with warnings, 0 failed, 1 skipped")
    assert os.stat(out_dir / "ondine.json").st_mtime > 1_000_000


def test_two_workers_give_the_same_output_in_order(capsys, tmp_path):
    for i in range(8):
        write(tmp_path / "in" / f"{i:02}.txt", (ALAN, ONDINE, UNBALANCED, "")[i % 4])
    _, one, _ = run(capsys, tmp_path / "in", "--batch-size", "2")
    code, two, _ = run(capsys, tmp_path / "in", "--batch-size", "2", "--workers", "2")
    assert code == 0
    assert [r["id"] for r in records(two)] == [f"{i:02}" for i in range(8)]
    assert two == one


# --- subprocesses (each loads the model: a few seconds) ------------------------

def _command(*args) -> list[str]:
    return [sys.executable, "-m", "extractor", "extract", *map(str, args)]


def test_stdin_through_the_command(tmp_path):
    done = subprocess.run(_command("-"), input=ALAN.encode("utf-8"), capture_output=True,
                          cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    [record] = records(done.stdout.decode("utf-8"))
    assert record["id"] == "stdin" and record["published"] == "2024-03-12"


def test_ctrl_c_stops_cleanly(tmp_path):
    folder = tmp_path / "in"
    for i in range(3000):
        write(folder / f"{i:04}.txt", (ALAN, ONDINE, UNBALANCED)[i % 3])
    out_dir = tmp_path / "out"
    process = subprocess.Popen(_command(folder, "--output-dir", out_dir, "--batch-size", "8"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    deadline = time.monotonic() + 120
    while not (out_dir.is_dir() and any(out_dir.glob("*.json"))):
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    err = err.decode("utf-8")
    assert process.returncode == 130, err
    assert err.splitlines()[-1].startswith("interrupted: ")
    assert "Traceback" not in err
    written = sorted(os.listdir(out_dir))
    assert 0 < len(written) < 3000
    assert all(name.endswith(".json") and not name.startswith(".") for name in written)
    for name in written:
        assert json.loads((out_dir / name).read_text(encoding="utf-8"))["id"] == name[:-5]
