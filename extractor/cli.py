"""Command line: ``fr-news-extractor extract | schema | evaluate``.

A thin layer over ``extractor.batch`` and ``extractor.evaluate``. Exit status:
0 every input succeeded, 1 some failed, 2 usage error.
"""

import argparse
import json
import sys
from pathlib import Path

from extractor import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fr-news-extractor",
        description="Funding rounds, quotes and AI model launches from French news articles, as JSON.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract from text files, directories or stdin")
    extract.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="a .txt file, a directory (every *.txt below it) or - for stdin")
    extract.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl",
                         help="JSON Lines, one article per line (default), or one JSON array")
    extract.add_argument("--workers", type=int, default=1, metavar="N",
                         help="processes running the model (default 1)")
    extract.add_argument("--batch-size", type=int, default=32, metavar="N", help=argparse.SUPPRESS)

    commands.add_parser("schema", help="print the JSON Schema of the output")

    evaluate = commands.add_parser("evaluate", help="score against a gold directory")
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", help="directory of NNN.txt with gold NNN.json")
    evaluate.add_argument("--predictions", metavar="FILE",
                          help="score this JSON / JSON Lines file instead of extracting")
    return parser


def _progress(total: int):
    if total > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(total=total, unit="article", file=sys.stderr)
    return None


def _extract(args: argparse.Namespace) -> int:
    from extractor.api import Extractor
    from extractor.batch import collect_inputs, run_batch

    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    inputs = collect_inputs(args.inputs)
    if not inputs:
        print("error: no input files found (directories are searched for *.txt)", file=sys.stderr)
        return EXIT_USAGE
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    progress = _progress(len(inputs))
    try:
        results = run_batch(inputs, Extractor(), batch_size=args.batch_size, n_process=args.workers)
        if args.format == "json":
            out.write("[")
        first = True
        for result in results:
            if progress is not None:
                progress.update(1)
            if result.error is not None:
                failed += 1
                print(f"error: {result.input.path}: {result.error}", file=sys.stderr)
                continue
            line = result.article.model_dump_json(indent=2 if args.format == "json" else None)
            if args.format == "json":
                out.write(("\n" if first else ",\n") + line)
            else:
                out.write(line + "\n")
            first = False
        if args.format == "json":
            out.write("\n]\n" if not first else "]\n")
    finally:
        if progress is not None:
            progress.close()
        if out is not sys.stdout:
            out.close()
    return EXIT_SOME_FAILED if failed else EXIT_OK


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
    from extractor.evaluate import format_table, score_corpus

    gold_dir = Path(args.gold_dir)
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_dir.is_dir() or not gold_files:
        print(f"error: {gold_dir}: no gold *.json files", file=sys.stderr)
        return EXIT_USAGE
    golds = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in gold_files}
    if args.predictions:
        preds = _read_predictions(args.predictions)
    else:
        from extractor.api import Extractor

        items = [(stem, (gold_dir / f"{stem}.txt").read_text(encoding="utf-8")) for stem in golds]
        preds = {a.id: a.model_dump() for a in Extractor().extract_many(items)}
    missing = [stem for stem in golds if stem not in preds]
    if missing:
        print(f"warning: no prediction for {len(missing)} article(s): {', '.join(missing[:10])}",
              file=sys.stderr)
    scores = score_corpus((preds.get(stem, {}), gold) for stem, gold in golds.items())
    print(f"{len(golds)} articles in {gold_dir}")
    print(format_table(scores))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"extract": _extract, "schema": _schema, "evaluate": _evaluate}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
