"""Command line: ``fr-news-extractor extract | schema | evaluate | review | deals | spark``.

A thin layer over ``extractor.batch``, ``extractor.evaluate``, ``extractor.store``
and ``extractor.round_merge``. Exit status:
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
                         help="with --output-dir: skip inputs whose output exists and is newer; "
                              "with --db: skip inputs stored from the same text")
    extract.add_argument("--db", metavar="FILE",
                         help="store every article in this SQLite deals database (created if "
                              "missing); without -o or --output-dir no JSON is written")
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
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", nargs="?",
                          help="directory of NNN.txt with gold NNN.json")
    evaluate.add_argument("--deals", metavar="GOLD",
                          help="score deals (pairwise merge precision / recall) against this gold "
                               "deals file; texts are the *.txt beside it (or in --texts)")
    evaluate.add_argument("--predictions", metavar="FILE",
                          help="score this JSON / JSON Lines file instead of extracting")
    evaluate.add_argument("--texts", metavar="DIR",
                          help="directory holding the NNN.txt texts (default: GOLD_DIR)")
    evaluate.add_argument("--half", choices=("odd", "even"),
                          help="score only the items whose number is odd, or even")
    evaluate.add_argument("--html", metavar="FILE",
                          help="also write a review page: gold beside prediction, missed and extra facts marked")

    review = commands.add_parser(
        "review",
        help="write an HTML page showing each fact highlighted in its article",
        description=(
            "Write one self-contained HTML page (no network) with each article's text, its facts "
            "highlighted and the extracted record beside it. INPUT is what extract reads (files, "
            "directories, -) or a .jsonl / .json file of records already extracted, whose texts "
            "are read from --texts DIR; or, with --db FILE, the articles stored by extract --db. "
            "Exit status: 0 every input shown, 1 some failed, 2 usage error."
        ),
    )
    review.add_argument("inputs", nargs="*", metavar="INPUT",
                        help="a .txt/.html file, a directory, -, or a .jsonl/.json file of records")
    review.add_argument("--db", metavar="FILE",
                        help="show the articles stored by extract --db (texts read again from their "
                             "paths, checked against the stored SHA-256); not with INPUT")
    review.add_argument("-o", "--output", metavar="OUT", required=True, help="the HTML file to write")
    review.add_argument("--texts", metavar="DIR",
                        help="where the texts of .jsonl/.json records are (files named by record id)")
    review.add_argument("--title", default="fr-news-extractor review", help="the page title")
    review.add_argument("--workers", type=int, default=1, metavar="N",
                        help="processes running the model (default 1)")
    review.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                        help="refuse inputs longer than N characters (default %(default)s)")

    deals = commands.add_parser(
        "deals", help="rounds of a --db database merged across articles, one row per deal",
        description="Merge the rounds stored by `extract --db` into deals (one row per real-world "
                    "round) and write them; the deals are also saved in the database's deals tables.")
    deals.add_argument("database", metavar="DB", help="SQLite file written by extract --db")
    deals.add_argument("-o", "--output", metavar="OUT", help="write to this file instead of stdout")
    deals.add_argument("--format", choices=("csv", "jsonl", "json"),
                       help="default: from the suffix of OUT, else csv")
    deals.add_argument("--explain", metavar="ID",
                       help="print why the reports of deal ID were merged and others kept apart")
    deals.add_argument("--no-save", action="store_true",
                       help="do not replace the deals tables of the database")

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


class _Sinks:
    """The JSON output and the --db database side by side; the database gets the
    digest of each article's text, its key for re-runs."""

    def __init__(self, json_sink, database=None) -> None:
        self.json_sink = json_sink
        self.database = database

    def write(self, item, article, text_sha256: str | None = None) -> None:
        if self.json_sink is not None:
            self.json_sink.write(item, article)
        if self.database is not None:
            self.database.write(item, article, text_sha256)

    def close(self, commit: bool = True) -> None:
        for sink in (self.json_sink, self.database):
            if sink is not None:
                sink.close(commit=commit)


def _open_sinks(args: argparse.Namespace) -> _Sinks:
    from extractor.store import DatabaseSink, StoreError

    database = None
    if args.db:
        try:
            database = DatabaseSink(args.db)
        except StoreError as err:
            raise UsageError(str(err)) from None
    try:
        if args.output_dir:
            json_sink = _DirectorySink(args.output_dir)
        elif args.output or database is None:
            json_sink = _StreamSink(args.output, args.format)
        else:
            json_sink = None
    except UsageError:
        if database is not None:
            database.close()
        raise
    return _Sinks(json_sink, database)


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
    if args.resume and not (args.output_dir or args.db):
        raise UsageError("--resume needs --output-dir or --db")
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
        sink = _open_sinks(args)
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
        directory = Path(args.output_dir) if args.output_dir else None

        def skip(item) -> bool:
            if directory is not None and not is_up_to_date(output_path(directory, item), item):
                return False
            return sink.database is None or _stored_from_same_text(sink.database, item, args.max_chars)

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
    if sink.database is not None:
        report.say(sink.database.summary())
    report.say(report.summary(interrupted))
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def _stored_from_same_text(database, item, max_chars: int) -> bool:
    """For --resume with --db: is this input already stored from the same text?
    Standard input is never skipped (reading it would consume it)."""
    from extractor.batch import STDIN, InputError, load_document, text_digest

    if item.path == STDIN:
        return False
    try:
        return database.is_current(item, text_digest(load_document(item, max_chars).text))
    except InputError:
        return False  # read again, and reported, by the batch


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
        sink.write(result.input, result.article, result.text_sha256)
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

    if args.deals:
        return _evaluate_deals(args)
    if not args.gold_dir:
        print("error: evaluate needs GOLD_DIR or --deals GOLD", file=sys.stderr)
        return EXIT_USAGE
    gold_dir = Path(args.gold_dir)
    if args.html and not _writable_place(args.html):
        return EXIT_USAGE
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
    if args.html:
        return _evaluation_page(args, golds, preds, scores, f"{gold_dir}{half}")
    return EXIT_OK


def _evaluate_deals(args: argparse.Namespace) -> int:
    from extractor.evaluate import format_deal_scores, score_deals

    gold_path = Path(args.deals)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not isinstance(gold, dict) or not isinstance(gold.get("deals"), list):
            raise ValueError('no "deals" list')
    except (OSError, ValueError) as err:
        print(f"error: {gold_path}: not a gold deals file ({getattr(err, 'strerror', None) or err})",
              file=sys.stderr)
        return EXIT_USAGE
    if args.predictions:
        predicted = list(_read_predictions(args.predictions).values())
        where = args.predictions
    else:
        from extractor.api import Extractor
        from extractor.round_merge import deals_of_articles

        text_dir = Path(args.texts) if args.texts else gold_path.parent
        texts = sorted(text_dir.glob("*.txt")) if text_dir.is_dir() else []
        if not texts:
            print(f"error: {text_dir}: no *.txt texts", file=sys.stderr)
            return EXIT_USAGE
        articles = Extractor().extract_many((f.stem, f.read_text(encoding="utf-8")) for f in texts)
        predicted = [deal.to_dict() for deal in deals_of_articles(articles)]
        where = f"{len(texts)} texts in {text_dir}"
    print(f"deals of {where} against {gold_path}")
    print(format_deal_scores(score_deals(predicted, gold)))
    return EXIT_OK


def _deals(args: argparse.Namespace) -> int:
    from extractor.round_merge import deals, explain, save_deals, write_deals
    from extractor.store import Store, StoreError, now_utc

    if not Path(args.database).is_file():
        print(f"error: {args.database}: no such database (write one with extract --db)", file=sys.stderr)
        return EXIT_USAGE
    fmt = args.format or (Path(args.output).suffix.lstrip(".").lower() if args.output else "csv")
    if fmt not in ("csv", "jsonl", "json"):
        fmt = "csv"
    try:
        store = Store(args.database)
    except StoreError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    with store:
        if args.explain:
            text = explain(store, args.explain)
            if text is None:
                print(f"error: no deal {args.explain} in {args.database}", file=sys.stderr)
                return EXIT_SOME_FAILED
            print(text)
            return EXIT_OK
        try:
            # A file is written beside its destination and renamed at the end.
            sink = _StreamSink(args.output, "jsonl")
        except UsageError as err:
            print(f"error: {err}", file=sys.stderr)
            return EXIT_USAGE
        rows = deals(store)
        if not args.no_save:
            rows = save_deals(store, rows, now_utc())
        commit = False
        try:
            count = write_deals(rows, sink.file, fmt)
            commit = True
        finally:
            rows.close()  # an early stop (a closed pipe) rolls the deals tables back now
            sink.close(commit)
    print(f"done: {count} deals from {args.database}", file=sys.stderr)
    return EXIT_OK


def _evaluation_page(args: argparse.Namespace, golds: dict, preds: dict, scores, where: str) -> int:
    from html import escape

    from extractor.batch import write_atomic
    from extractor.evaluate import format_table, match_article
    from extractor.review import Entry, page_html

    text_dir = Path(args.texts) if args.texts else Path(args.gold_dir)
    entries, failures = [], []
    for stem, gold in golds.items():
        try:
            text = (text_dir / f"{stem}.txt").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            failures.append((str(text_dir / f"{stem}.txt"), getattr(err, "strerror", None) or str(err)))
            continue
        pred = preds.get(stem) or {"id": stem, "warnings": ["no prediction"]}
        entries.append(Entry(pred, text, gold, match_article(pred, gold)))
    preamble = f'<pre class="scores">{escape(format_table(scores))}</pre>'
    try:
        write_atomic(Path(args.html), page_html(entries, f"evaluate {where}", preamble, failures))
    except OSError as err:
        print(f"error: cannot write {args.html}: {err.strerror or err}", file=sys.stderr)
        return EXIT_SOME_FAILED
    print(f"review page: {args.html}", file=sys.stderr)
    return EXIT_OK


def _writable_place(path: str) -> bool:
    """Whether a page can be written at ``path`` (checked before any work; says why not)."""
    target = Path(path)
    if target.is_dir():
        print(f"error: {path}: is a directory", file=sys.stderr)
        return False
    if not target.parent.is_dir():
        print(f"error: {path}: no such directory {target.parent}", file=sys.stderr)
        return False
    return True


def _review(args: argparse.Namespace) -> int:
    from itertools import groupby

    from extractor.batch import write_atomic
    from extractor.review import extracted_entries, is_record_file, page_html, record_entries
    from extractor.store import StoreError

    started = time.monotonic()
    if bool(args.db) == bool(args.inputs):
        print("error: give either INPUT paths or --db FILE" if args.db is None
              else "error: --db and INPUT paths cannot be combined", file=sys.stderr)
        return EXIT_USAGE
    if args.db and not Path(args.db).is_file():
        print(f"error: {args.db}: no such database (write one with extract --db)", file=sys.stderr)
        return EXIT_USAGE
    records = [path for path in args.inputs if is_record_file(path)]
    if records and not args.texts:
        print("error: records (.jsonl / .json) need --texts DIR, where their texts are", file=sys.stderr)
        return EXIT_USAGE
    if args.texts and not Path(args.texts).is_dir():
        print(f"error: {args.texts}: not a directory", file=sys.stderr)
        return EXIT_USAGE
    for option, value in (("--workers", args.workers), ("--max-chars", args.max_chars)):
        if value < 1:
            print(f"error: {option} must be at least 1", file=sys.stderr)
            return EXIT_USAGE
    if not _writable_place(args.output):
        return EXIT_USAGE
    entries, failures = [], []
    extractor = None
    groups = [(None, [])] if args.db else groupby(args.inputs, key=is_record_file)
    for are_records, group in groups:
        paths = list(group)
        if args.db:
            from extractor.review import stored_entries

            found = stored_entries(args.db, args.max_chars)
        elif are_records:
            found = record_entries(paths, args.texts, args.max_chars)
        else:
            if extractor is None:
                from extractor.api import Extractor

                extractor = Extractor()
            found = extracted_entries(paths, extractor, workers=args.workers, max_chars=args.max_chars)
        try:
            for where, outcome in found:
                if isinstance(outcome, str):
                    print(f"error: {where}: {outcome}", file=sys.stderr)
                    failures.append((where, outcome))
                else:
                    entries.append(outcome)
        except StoreError as err:
            print(f"error: {err}", file=sys.stderr)
            return EXIT_USAGE
    if not entries and not failures:
        print(f"error: {args.db}: no articles stored" if args.db else "error: no input files found",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        write_atomic(Path(args.output), page_html(entries, args.title, failures=failures))
    except OSError as err:
        print(f"error: cannot write {args.output}: {err.strerror or err}", file=sys.stderr)
        return EXIT_USAGE
    print(f"done: {len(entries)} article{'' if len(entries) == 1 else 's'} in {args.output}, "
          f"{len(failures)} failed, "
          f"{time.monotonic() - started:.1f} s elapsed", file=sys.stderr)
    return EXIT_SOME_FAILED if failures else EXIT_OK


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
    handlers = {"extract": _extract, "schema": _schema, "evaluate": _evaluate, "review": _review,
                "deals": _deals, "spark": _spark}
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
