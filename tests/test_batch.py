"""Batch functions behind the CLI: finding inputs, reading them, writing outputs."""

import os
from pathlib import Path

import pytest
import spacy

from extractor.api import Extractor
from extractor.batch import (
    Input,
    InputError,
    collect_inputs,
    is_up_to_date,
    load_document,
    output_path,
    run_batch,
    write_atomic,
)


def _tree(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_directories_give_text_and_html_files_sorted(tmp_path):
    _tree(tmp_path, {"b.txt": b"b", "a.txt": b"a", "c.HTML": b"c", "d.htm": b"d", "e.json": b"{}",
                     "notes.md": b"", ".cache.txt": b"", ".git/x.txt": b"", "sub/f.txt": b"f"})
    inputs = collect_inputs([str(tmp_path)])
    assert [i.id for i in inputs] == ["a", "b", "c", "d", "f"]
    assert inputs[-1].path == str(tmp_path / "sub" / "f.txt")


def test_colliding_stems_take_their_relative_path(tmp_path):
    _tree(tmp_path, {"a.txt": b"", "x/a.txt": b"", "y/a.html": b"", "y/a.txt": b"", "z.txt": b""})
    ids = [i.id for i in collect_inputs([str(tmp_path)])]
    assert ids == ["a", "x/a", "y/a.html", "y/a.txt", "z"]


def test_named_files_and_stdin(tmp_path):
    _tree(tmp_path, {"p/a.txt": b"", "q/a.txt": b""})
    inputs = collect_inputs([str(tmp_path / "p/a.txt"), "-", str(tmp_path / "q/a.txt"), "absent.txt"])
    assert inputs[1] == Input("stdin", "-")
    assert inputs[0].id.endswith("p/a") and inputs[2].id.endswith("q/a")
    assert not inputs[0].id.startswith("/")
    assert inputs[3].id == "absent"


@pytest.mark.parametrize(
    "name, data, text, warnings",
    [
        ("a.txt", "Élève à l’école".encode(), "Élève à l’école", ()),
        ("a.txt", "Élève à l’école".encode("cp1252"), "Élève à l’école",
         ("encoding: decoded as cp1252, not UTF-8",)),
        ("a.txt", "Élève".encode("utf-16"), "Élève", ("encoding: decoded as utf-16, not UTF-8",)),
        ("a.html", b"<p>Alan <script>x()</script>l\xc3\xa8ve</p>", "Alan lève", ()),
        ("a.txt", b"<p>Balises gard\xc3\xa9es</p>", "<p>Balises gardées</p>", ()),
        ("a.txt", b"", "", ()),
    ],
)
def test_load_document(tmp_path, name, data, text, warnings):
    (tmp_path / name).write_bytes(data)
    document = load_document(Input("a", str(tmp_path / name)))
    assert (document.id, document.text, document.warnings) == ("a", text, warnings)


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("a.txt", b"\x00\x01\x02binaire", "not a text file"),
        ("a.txt", "x" * 101, "too long: more than 100 characters"),
        ("a.txt", "é" * 60 * 4, "too long: more than 100 characters"),  # refused before reading
        ("absent.txt", None, "no such file"),
        ("dir.txt", "dir", "is a directory"),
    ],
)
def test_load_document_refuses(tmp_path, name, data, reason):
    path = tmp_path / name
    if data == "dir":
        path.mkdir()
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    elif data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError, match=reason):
        load_document(Input("a", str(path)), max_chars=100)


def test_write_atomic_leaves_only_the_file(tmp_path):
    target = tmp_path / "sub" / "x.json"
    write_atomic(target, "{}\n")
    write_atomic(target, '{"a": 1}\n')
    assert target.read_text(encoding="utf-8") == '{"a": 1}\n'
    assert os.listdir(target.parent) == ["x.json"]


def test_is_up_to_date(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("texte", encoding="utf-8")
    item = Input("a", str(source))
    output = output_path(tmp_path / "out", item)
    assert output == tmp_path / "out" / "a.json"
    assert not is_up_to_date(output, item)
    write_atomic(output, "{}")
    os.utime(source, (1_000_000, 1_000_000))
    assert is_up_to_date(output, item)
    os.utime(output, (500_000, 500_000))
    assert not is_up_to_date(output, item)
    assert not is_up_to_date(output, Input("stdin", "-"))


def test_run_batch_reads_lazily_and_reports_each_failure(tmp_path):
    files = []
    for i in range(100):
        path = tmp_path / f"{i:03}.txt"
        path.write_bytes(b"\x00" if i % 10 == 3 else f"Texte {i}.".encode())
        files.append(Input(path.stem, str(path)))
    consumed = []

    def inputs():
        for item in files:
            consumed.append(item)
            yield item

    extractor = Extractor(spacy.blank("fr"), check_language=False)
    results = run_batch(inputs(), extractor, batch_size=4, skip=lambda item: item.id == "050")
    first = next(results)
    assert len(consumed) < 20
    results = [first, *results]
    assert [r.input.id for r in results] == [f.id for f in files]
    assert [r.input.id for r in results if r.error] == [f"{i:03}" for i in range(3, 100, 10)]
    assert all(r.error == "not a text file (contains NUL bytes)" for r in results if r.error)
    assert [r.input.id for r in results if r.skipped] == ["050"]
    assert sum(r.article is not None for r in results) == 89
