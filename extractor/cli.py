"""Command line: ``fr-news-extractor extract | schema | evaluate | spark``.

A thin layer over ``extractor.batch`` and ``extractor.evaluate``. Exit status:
0 every input succeeded, 1 some failed, 2 usage error, 130 interrupted.
Messages go to stderr, one line each; the batch ends with a summary line.
"""

import argparse
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from extractor import __version__
from extractor.api import DEFAULT_CHUNK_CHARS
from extractor.batch import DEFAULT_MAX_CHARS, SUFFIXES

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fr-news-extractor",
        description="Funding rounds, quotes and AI model launches from French news articles, as JSON.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract",
        help="extract from text or HTML files, directories or stdin",
        description=(
            "Extract from each INPUT: a .txt or .html/.htm file, a directory (every such file "
            "below it, sorted) or - for stdin. Files are decoded whatever their encoding "
            "(UTF-8, UTF-16 with BOM, cp1252 / latin-1...); from HTML the visible text is read "
            "and offsets refer to that text. Exit status: 0 every input processed, 1 some "
            "failed, 2 usage error, 130 interrupted."
        ),
    )
    extract.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="a .txt/.html file, a directory or - for stdin")
    where = extract.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="OUT",
                       help="write all records to this file instead of stdout")
    where.add_argument("--output-dir", metavar="DIR",
                       help="write one DIR/<id>.json per input, each written atomically")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl",
                         help="JSON Lines, one article per line (default), or one JSON array")
    extract.add_argument("--resume", action="store_true",
                         help="with --output-dir: skip inputs whose output exists and is newer")
    extract.add_argument("--errors", metavar="FILE",
                         help="write one JSON line (path, reason) per failed input")
    extract.add_argument("--workers", type=int, default=1, metavar="N",
                         help="processes running the model (default 1)")
    extract.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                         help="refuse inputs longer than N characters (default %(default)s); "
                              "long inputs under the limit are processed in paragraph chunks")
    extract.add_argument("--batch-size", type=int, default=32, metavar="N", help=argparse.SUPPRESS)
    extract.add_argument("--chunk-chars", type=int, default=DEFAULT_CHUNK_CHARS, metavar="N",
                         help=argparse.SUPPRESS)

    commands.add_parser("schema", help="print the JSON Schema of the output")

    evaluate = commands.add_parser("evaluate", help="score against a gold directory")
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", help="directory of NNN.txt with gold NNN.json")
    evaluate.add_argument("--predictions", metavar="FILE",
                          help="score this JSON / JSON Lines file instead of extracting")
    evaluate.add_argument("--texts", metavar="DIR",
                          help="directory holding the NNN.txt texts (default: GOLD_DIR)")
    evaluate.add_argument("--half", choices=("odd", "even"),
                          help="score only the items whose number is odd, or even")

    spark = commands.add_parser(
        "spark",
        help="extract on Apache Spark (the spark extra), output written by Spark",
        description=(
            "Read every file INPUT_GLOB names (a file, a glob such as 'news/2024-*/*.txt', or a "
            "directory: every .txt/.html/.htm below it), extract, and write one row per file to "
            "OUTPUT_DIR as Spark part files. Rows of files that are not text carry an 'error'. "
            "Needs pip install \"fr-news-extractor[spark]\" and Java 17+. Exit status: 0 every "
            "input processed, 1 some failed, 2 usage error or missing Spark, 130 interrupted."
        ),
    )
    spark.add_argument("input_glob", metavar="INPUT_GLOB", help="a file, a Hadoop glob or a directory")
    spark.add_argument("output_dir", metavar="OUTPUT_DIR", help="a directory Spark creates (must not exist)")
    spark.add_argument("--master", metavar="URL",
                       help="Spark master, e.g. local[4] or spark://host:7077 (default: Spark's own, "
                            "local[*] outside spark-submit)")
    spark.add_argument("--format", choices=("parquet", "jsonl"), default="parquet",
                       help="Parquet (default) or JSON Lines part files")
    spark.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                       help="a Spark setting, e.g. spark.executor.memory=4g (repeatable)")
    return parser


class UsageError(Exception):
    """A command line that cannot run; the message says why."""


class _Interrupts:
    """SIGINT handling for a batch: the first Ctrl-C asks the batch to stop
    after the record in hand. With one process a second Ctrl-C stops at once;
    with worker processes it is ignored, because spaCy's workers deadlock when
    their pipe is torn down mid-batch: they finish the batches they hold.
    Worker processes forked from this one ignore SIGINT: the parent ends them.
    """

    def __init__(self, hard_stop: bool = True) -> None:
        self.requested = False
        self.hard_stop = hard_stop
        self._pid = os.getpid()
        self._previous = None

    def _handle(self, signum, frame) -> None:
        if os.getpid() != self._pid:
            return
        if self.requested and self.hard_stop:
            raise KeyboardInterrupt
        if self.requested:
            print("stopping: the workers finish the batches they hold", file=sys.stderr)
        self.requested = True

    def __enter__(self) -> "_Interrupts":  # noqa: PYI034
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread: Ctrl-C stays Python's
            self._previous = None
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


class _StreamSink:
    """All records into one stream (stdout or a file), JSON Lines or one array.

    A file is written beside its destination and renamed over it at the end,
    also after an interrupt, so it is never seen half-written.
    """

    def __init__(self, path: str | None, fmt: str) -> None:
        self.fmt = fmt
        self.count = 0
        self.path = Path(path) if path else None
        self.temporary: str | None = None
        if self.path is None:
            self.file = sys.stdout
        else:
            try:
                handle, self.temporary = tempfile.mkstemp(
                    dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
            except OSError as err:
                raise UsageError(f"cannot write {self.path}: {err.strerror or err}") from None
            self.file = os.fdopen(handle, "w", encoding="utf-8")
        if fmt == "json":
            self.file.write("[")

    def write(self, item, article) -> None:
        if self.fmt == "json":
            body = article.model_dump_json(indent=2)
            self.file.write(("\n" if self.count == 0 else ",\n") + body)
        else:
            self.file.write(article.model_dump_json() + "\n")
        self.count += 1
        if self.path is None:
            self.file.flush()

    def close(self, commit: bool = True) -> None:
        if self.fmt == "json":
            self.file.write("\n]\n" if self.count else "]\n")
        if self.path is None:
            self.file.flush()
            return
        self.file.close()
        if commit:
            os.replace(self.temporary, self.path)
        else:
            os.unlink(self.temporary)


class _DirectorySink:
    """One ``<id>.json`` per input in a directory, each written atomically."""

    def __init__(self, directory: str) -> None:
        self.directory = Path(directory)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise UsageError(f"cannot create {self.directory}: {err.strerror or err}") from None

    def write(self, item, article) -> None:
        from extractor.batch import output_path, write_atomic

        write_atomic(output_path(self.directory, item), article.model_dump_json(indent=2) + "\n")

    def close(self, commit: bool = True) -> None:
        pass


class _Report:
    """Messages and counts on stderr, kept out of the way of a progress bar."""

    def __init__(self, total: int) -> None:
        self.processed = self.with_warnings = self.failed = self.skipped = 0
        self.started = time.monotonic()
        self.progress = None
        if total > 1 and sys.stderr.isatty():
            from tqdm import tqdm

            self.progress = tqdm(total=total, unit="article", file=sys.stderr)

    def say(self, message: str) -> None:
        if self.progress is not None:
            self.progress.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def step(self) -> None:
        if self.progress is not None:
            self.progress.update(1)

    def summary(self, interrupted: bool) -> str:
        if self.progress is not None:
            self.progress.close()
        elapsed = time.monotonic() - self.started
        head = "interrupted" if interrupted else "done"
        return (f"{head}: {self.processed} processed, {self.with_warnings} with warnings, "
                f"{self.failed} failed, {self.skipped} skipped, {elapsed:.1f} s elapsed")


def _check_usage(args: argparse.Namespace) -> None:
    for option, value in (("--workers", args.workers), ("--batch-size", args.batch_size),
                          ("--max-chars", args.max_chars), ("--chunk-chars", args.chunk_chars)):
        if value < 1:
            raise UsageError(f"{option} must be at least 1")
    if args.resume and not args.output_dir:
        raise UsageError("--resume needs --output-dir")
    if args.inputs.count("-") > 1:
        raise UsageError("stdin (-) can be read only once")


def _extract(args: argparse.Namespace) -> int:
    from extractor.batch import collect_inputs, is_up_to_date, output_path, run_batch

    try:
        _check_usage(args)
        inputs = collect_inputs(args.inputs)
        if not inputs:
            raise UsageError("no input files found (directories are searched for "
                             + ", ".join(f"*{s}" for s in SUFFIXES) + ")")
        sink = _DirectorySink(args.output_dir) if args.output_dir else _StreamSink(args.output, args.format)
    except UsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    try:
        errors = open(args.errors, "w", encoding="utf-8") if args.errors else None  # noqa: SIM115 - closed below
    except OSError as err:
        sink.close(commit=False)
        print(f"error: cannot write {args.errors}: {err.strerror or err}", file=sys.stderr)
        return EXIT_USAGE

    skip = None
    if args.resume:
        directory = Path(args.output_dir)

        def skip(item) -> bool:
            return is_up_to_date(output_path(directory, item), item)

    report = _Report(len(inputs))
    interrupted = False
    commit = False
    results = None
    with _Interrupts(hard_stop=args.workers == 1) as interrupts:
        try:
            from extractor.api import Extractor

            extractor = Extractor(chunk_chars=args.chunk_chars) if not interrupts.requested else None
            if extractor is not None:
                results = run_batch(inputs, extractor, batch_size=args.batch_size,
                                    n_process=args.workers, max_chars=args.max_chars, skip=skip)
                for result in results:
                    report.step()
                    _record(result, sink, errors, report)
                    if interrupts.requested:
                        break  # the record in hand is written; the batch stops here
            interrupted = interrupts.requested
            commit = True
        except KeyboardInterrupt:
            interrupted = commit = True
        finally:
            if results is not None:
                results.close()
            sink.close(commit=commit)
            if errors is not None:
                errors.close()
    report.say(report.summary(interrupted))
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def _record(result, sink, errors, report: _Report) -> None:
    """Write or report one Result."""
    where = result.input.display
    if result.skipped:
        report.skipped += 1
    elif result.error is not None:
        report.failed += 1
        report.say(f"error: {where}: {result.error}")
        if errors is not None:
            errors.write(json.dumps({"path": where, "id": result.input.id, "reason": result.error},
                                    ensure_ascii=False) + "\n")
            errors.flush()
    else:
        sink.write(result.input, result.article)
        report.processed += 1
        if result.article.warnings:
            report.with_warnings += 1
            for warning in result.article.warnings:
                report.say(f"warning: {where}: {warning}")


def _schema(args: argparse.Namespace) -> int:
    from extractor.models import Article

    print(json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _read_predictions(path: str) -> dict[str, dict]:
    raw = Path(path).read_text(encoding="utf-8").strip()
    if raw.startswith("["):
        records = json.loads(raw)
    else:
        records = [json.loads(line) for line in raw.splitlines() if line.strip()]
    return {record["id"]: record for record in records}


def _evaluate(args: argparse.Namespace) -> int:
    from extractor.evaluate import format_table, predict_directory, read_gold, score_corpus

    gold_dir = Path(args.gold_dir)
    golds = read_gold(gold_dir, args.half) if gold_dir.is_dir() else {}
    if not golds:
        print(f"error: {gold_dir}: no gold *.json files", file=sys.stderr)
        return EXIT_USAGE
    if args.predictions:
        preds = _read_predictions(args.predictions)
    else:
        from extractor.api import Extractor

        text_dir = Path(args.texts) if args.texts else gold_dir
        if not text_dir.is_dir():
            print(f"error: {text_dir}: not a directory", file=sys.stderr)
            return EXIT_USAGE
        preds = predict_directory(Extractor(), text_dir, golds)
    missing = [stem for stem in golds if stem not in preds]
    if missing:
        print(f"warning: no prediction for {len(missing)} article(s): {', '.join(missing[:10])}",
              file=sys.stderr)
    scores = score_corpus((preds.get(stem, {}), gold) for stem, gold in golds.items())
    half = f" ({args.half} half)" if args.half else ""
    print(f"{len(golds)} articles in {gold_dir}{half}")
    print(format_table(scores))
    return EXIT_OK


def _spark(args: argparse.Namespace) -> int:
    """The spark command: checks what Spark needs, then ``extractor.spark.write_articles``."""
    try:
        from extractor import spark as spark_support
    except ImportError as err:
        print(f"error: the spark command needs the spark extra: pip install \"fr-news-extractor[spark]\" "
              f"({err})", file=sys.stderr)
        return EXIT_USAGE
    conf = {}
    for item in args.conf:
        key, equals, value = item.partition("=")
        if not key.strip() or not equals:
            print(f"error: --conf takes KEY=VALUE, not {item!r}", file=sys.stderr)
            return EXIT_USAGE
        conf[key.strip()] = value
    if Path(args.output_dir).exists():
        print(f"error: {args.output_dir}: already exists (Spark writes a new directory)", file=sys.stderr)
        return EXIT_USAGE
    from pyspark.sql import SparkSession

    started_here = SparkSession.getActiveSession() is None
    problem = spark_support.java_problem() if started_here else None
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    started = time.monotonic()
    session = spark_support.spark_session(args.master, conf)
    try:
        summary = spark_support.write_articles(session, args.input_glob, args.output_dir, args.format)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as err:  # noqa: BLE001 - Spark's own errors are pages long: their first line
        first = (str(err).strip().splitlines() or [type(err).__name__])[0]
        print(f"error: the Spark job failed: {first[:300]}", file=sys.stderr)
        return EXIT_SOME_FAILED
    finally:
        if started_here:
            session.stop()
    for id, error in summary.errors:
        print(f"error: {id}: {error}", file=sys.stderr)
    if summary.failed > len(summary.errors):
        more = summary.failed - len(summary.errors)
        print(f"error: ... and {more} more (rows with an error in the output)", file=sys.stderr)
    print(f"done: {summary.processed} processed, {summary.with_warnings} with warnings, "
          f"{summary.failed} failed, {time.monotonic() - started:.1f} s elapsed; "
          f"{args.format} written to {args.output_dir}", file=sys.stderr)
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit:  # --help, --version, or a usage error already printed
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
    if hasattr(sys.stdout, "reconfigure") and (sys.stdout.encoding or "").lower() not in ("utf-8", "utf8"):
        sys.stdout.reconfigure(encoding="utf-8")
    handlers = {"extract": _extract, "schema": _schema, "evaluate": _evaluate, "spark": _spark}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, and keep Python
        # from complaining when it flushes stdout at exit.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - a bug: one clear line rather than a traceback
        message = " ".join(str(error).split())
        print(f"error: unexpected {type(error).__name__}: {message}", file=sys.stderr)
        return EXIT_SOME_FAILED


if __name__ == "__main__":  # "python -m extractor.cli" as well as "python -m extractor"
    sys.exit(main())
