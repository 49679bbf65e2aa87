"""Batch extraction over files: the plain functions behind the CLI.

One bad input never costs the results of the others: each failure becomes a
``Result`` with an ``error`` and the batch goes on.
"""

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.api import Extractor
from extractor.models import Article

STDIN = "-"


class InputError(Exception):
    """An input that cannot be read as text; the message says why."""


@dataclass(frozen=True)
class Input:
    id: str
    path: str  # a file path, or "-" for standard input


@dataclass(frozen=True)
class Result:
    input: Input
    article: Article | None = None
    error: str | None = None


def collect_inputs(paths: Iterable[str]) -> list[Input]:
    """Files as given, directories as every ``*.txt`` below them (sorted), ``-`` as stdin.

    The id is the file stem, or the path relative to its directory argument
    (without suffix) when two inputs share a stem.
    """
    found: list[tuple[Path | None, Path | None]] = []  # (root, file); (None, None) is stdin
    for raw in paths:
        if raw == STDIN:
            found.append((None, None))
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend((path, f) for f in sorted(path.rglob("*.txt")) if f.is_file())
        else:
            found.append((None, path))
    stems: dict[str, int] = {}
    for _, f in found:
        if f is not None:
            stems[f.stem] = stems.get(f.stem, 0) + 1
    inputs = []
    for root, f in found:
        if f is None:
            inputs.append(Input("stdin", STDIN))
        elif stems[f.stem] > 1:
            relative = f.relative_to(root) if root is not None else f
            inputs.append(Input(relative.with_suffix("").as_posix(), str(f)))
        else:
            inputs.append(Input(f.stem, str(f)))
    return inputs


def read_text(path: str) -> str:
    """The text of a file (or stdin), or an InputError saying why not."""
    try:
        data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as err:
        raise InputError(err.strerror or str(err)) from None
    if b"\x00" in data:
        raise InputError("not a text file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not valid UTF-8 (byte {err.start})") from None


def run_batch(
    inputs: Iterable[Input], extractor: Extractor, batch_size: int = 32, n_process: int = 1
) -> Iterator[Result]:
    """Results for ``inputs`` in order; unreadable inputs yield a Result with ``error``."""
    inputs = list(inputs)
    readable: list[tuple[Input, str]] = []
    errors: dict[int, str] = {}
    for index, item in enumerate(inputs):
        try:
            readable.append((item, read_text(item.path)))
        except InputError as err:
            errors[index] = str(err)
    articles = extractor.extract_many(
        ((item.id, text) for item, text in readable), batch_size=batch_size, n_process=n_process
    )
    for index, item in enumerate(inputs):
        if index in errors:
            yield Result(item, error=errors[index])
        else:
            yield Result(item, article=next(articles))
