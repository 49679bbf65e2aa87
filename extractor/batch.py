"""Batch extraction over files: the plain functions behind the CLI.

One bad input never costs the results of the others: each failure becomes a
``Result`` with an ``error`` and the batch goes on. Inputs are read one at a
time, as the pipeline asks for them, and results are handed out as they come,
so memory stays bounded however many inputs there are.
"""

import hashlib
import os
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.api import Document, Extractor, Failed
from extractor.inputs import InputError, decode, encoding_warning, html_to_text, is_html
from extractor.models import Article

STDIN = "-"
STDIN_ID = "stdin"
# File kinds a directory is searched for.
SUFFIXES = (".txt", ".html", ".htm")
# Longest text accepted (characters); longer inputs are refused with a message.
# Up to this size a text is processed in chunks, in bounded memory.
DEFAULT_MAX_CHARS = 10_000_000
# Every encoding the decoder knows spends at most 4 bytes per character.
_MAX_BYTES_PER_CHAR = 4

__all__ = [
    "DEFAULT_MAX_CHARS", "Input", "InputError", "Result", "collect_inputs", "load_document",
    "output_path", "read_text", "run_batch", "write_atomic",
]


@dataclass(frozen=True)
class Input:
    id: str
    path: str  # a file path, or "-" for standard input

    @property
    def display(self) -> str:
        return "<stdin>" if self.path == STDIN else self.path


@dataclass(frozen=True)
class Result:
    input: Input
    article: Article | None = None
    error: str | None = None
    skipped: bool = False
    text_sha256: str | None = None  # of the text the article was extracted from


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and not path.name.startswith(".")


def _walk(root: Path) -> list[Path]:
    """Files below ``root`` with a wanted suffix, sorted by relative path; hidden
    files and directories (``.git``, temporary files) are left out."""
    found = []
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        base = Path(directory)
        found.extend(base / name for name in files if _wanted(base / name))
    return sorted(found, key=lambda f: f.relative_to(root).parts)


def collect_inputs(paths: Iterable[str]) -> list[Input]:
    """Files as given, directories as every .txt / .html / .htm file below them
    (sorted), ``-`` as stdin.

    The id is the file stem; when two inputs share a stem, the path relative to
    its directory argument without suffix (with it, if that still collides).
    """
    found: list[tuple[Path | None, Path | None]] = []  # (root, file); (None, None) is stdin
    for raw in paths:
        if raw == STDIN:
            found.append((None, None))
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend((path, f) for f in _walk(path))
        else:
            found.append((None, path))

    def relative(root: Path | None, f: Path) -> Path:
        if root is not None:
            return f.relative_to(root)
        # A file named on the command line: its path without anchor and "..",
        # so that an id never leads out of an output directory.
        parts = f.parts[1:] if f.anchor else f.parts
        return Path(*[part for part in parts if part != ".."])

    stems: dict[str, int] = {}
    bare: dict[str, int] = {}
    for root, f in found:
        if f is not None:
            stems[f.stem] = stems.get(f.stem, 0) + 1
            key = relative(root, f).with_suffix("").as_posix()
            bare[key] = bare.get(key, 0) + 1
    inputs = []
    for root, f in found:
        if f is None:
            inputs.append(Input(STDIN_ID, STDIN))
        elif stems[f.stem] == 1:
            inputs.append(Input(f.stem, str(f)))
        else:
            rel = relative(root, f)
            key = rel.with_suffix("").as_posix()
            inputs.append(Input(key if bare[key] == 1 else rel.as_posix(), str(f)))
    return inputs


class _TooLong(InputError):
    pass


def _read_bytes(path: str, max_bytes: int) -> bytes:
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            file = Path(path)
            if file.is_dir():
                raise InputError("is a directory")
            if file.stat().st_size > max_bytes:  # refused without reading it
                raise _TooLong()
            data = file.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as err:
        raise InputError(err.strerror or str(err)) from None
    if len(data) > max_bytes:
        raise _TooLong()
    return data


def load_document(item: Input, max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    """The Document for one input, or an InputError saying in one line why not."""
    too_long = f"too long: more than {max_chars} characters (see --max-chars)"
    try:
        data = _read_bytes(item.path, max_chars * _MAX_BYTES_PER_CHAR)
    except _TooLong:
        raise InputError(too_long) from None
    text, encoding = decode(data)
    warnings = [w for w in [encoding_warning(encoding)] if w]
    if is_html(item.path):
        text = html_to_text(text)
    if len(text) > max_chars:
        raise InputError(too_long)
    return Document(item.id, text, warnings=tuple(warnings))


def read_text(path: str) -> str:
    """The text of a file (or stdin), whatever its encoding, or an InputError."""
    return load_document(Input("", path)).text


def run_batch(
    inputs: Iterable[Input],
    extractor: Extractor,
    batch_size: int = 32,
    n_process: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    skip: Callable[[Input], bool] | None = None,
) -> Iterator[Result]:
    """Results for ``inputs`` in order.

    Each input is read only when the pipeline is ready for it. Unreadable inputs
    and inputs the pipeline fails on yield a Result with ``error``; inputs for
    which ``skip`` says True yield a Result with ``skipped`` and are not read.
    """

    # Digests of the texts sent, in input order: results come back in that order.
    digests: deque[str | None] = deque()

    def payloads() -> Iterator[tuple[Input, object]]:
        for item in inputs:
            if skip is not None and skip(item):
                digests.append(None)
                yield item, Result(item, skipped=True)
                continue
            try:
                document = load_document(item, max_chars)
            except InputError as err:
                digests.append(None)
                yield item, Result(item, error=str(err))
                continue
            digests.append(text_digest(document.text))
            yield item, document

    for item, outcome in extractor.stream(payloads(), batch_size=batch_size, n_process=n_process):
        digest = digests.popleft()
        if isinstance(outcome, Result):
            yield outcome
        elif isinstance(outcome, Failed):
            yield Result(item, error=outcome.reason)
        else:
            yield Result(item, article=outcome, text_sha256=digest)


def text_digest(text: str) -> str:
    """SHA-256 (hex) of a text's UTF-8 bytes: the key that says an input changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- output files ---------------------------------------------------------


def output_path(output_dir: Path, item: Input) -> Path:
    """Where the record of ``item`` goes in ``output_dir``: ``<id>.json``."""
    return output_dir / f"{item.id}.json"


def is_up_to_date(output: Path, item: Input) -> bool:
    """True when ``output`` exists and is newer than the input file."""
    if item.path == STDIN:
        return False
    try:
        return output.stat().st_mtime > Path(item.path).stat().st_mtime
    except OSError:
        return False


def write_atomic(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole
    new one, never a part: a temporary file beside it, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
