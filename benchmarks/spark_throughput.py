"""Throughput of the extraction on Spark local[2] against ``extract --workers 2``.

Run:  python benchmarks/spark_throughput.py [--articles 1000] [--rounds 2]

Both read the same files from disk and write every record: ``extract --workers
2 -o FILE`` (JSON Lines) and ``spark --master local[2]`` (Parquet part files).
Corpus: ``--articles`` files, nine in ten generated from the templates of
tests/synthetic_articles.py (invented French news: rounds, launches, general
news), one in ten a text of samples/ with a generated paragraph appended.

Two measures, each words per second (whitespace-separated words of the inputs):
- cold: each command run as a new process, start-up included (Python imports,
  model loads, and for Spark the JVM and its Python workers);
- warm: in one process, the model already loaded, Spark's session already up
  and its workers already holding the model (after an untimed warm-up job);
  median over ``--rounds`` alternating runs.
Every Python worker that loads the model appends a line to a log
(FR_NEWS_EXTRACTOR_LOAD_LOG), so the number of loads is printed too.
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the article templates live with the tests

from synthetic_articles import GENERAL, articles

CLI = [sys.executable, "-m", "extractor.cli"]


def corpus(n: int, seed: int = 2026) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    generated = articles(n, seed=seed, filler=6)
    out = []
    for i, (id, text) in enumerate(generated):
        if i % 10 == 9 and samples:
            text = samples[i % len(samples)] + "\n\n" + " ".join(rng.sample(GENERAL, 3)) + "\n"
            id = f"sample-{i:04d}"
        out.append((id, text))
    return out


def load_count(log: Path) -> tuple[int, int]:
    """(loads, distinct worker processes) in the load log."""
    lines = log.read_text(encoding="utf-8").split("\n")[:-1] if log.exists() else []
    return len(lines), len({line.split("\t")[0] for line in lines})


def run_cold(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(args[:1])} failed: {done.stderr.strip().splitlines()[-1:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--skip-cold", action="store_true")
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="spark-throughput-"))
    try:
        inputs = work / "in"
        inputs.mkdir()
        texts = corpus(options.articles)
        for id, text in texts:
            (inputs / f"{id}.txt").write_text(text, encoding="utf-8")
        words = sum(len(text.split()) for _, text in texts)
        print(f"corpus: {len(texts)} articles, {words} words ({words / len(texts):.0f} per article), "
              f"{os.cpu_count()} cores")
        sys.stdout.flush()

        log = work / "model-loads.log"
        env = {**os.environ, "FR_NEWS_EXTRACTOR_LOAD_LOG": str(log)}
        if not options.skip_cold:
            cli = run_cold(["extract", str(inputs), "--workers", "2", "-o", str(work / "cold.jsonl")], env)
            spark = run_cold(["spark", str(inputs), str(work / "cold-spark"), "--master", "local[2]"], env)
            loads, workers = load_count(log)
            print("cold (one new process each, start-up included):")
            print(f"  extract --workers 2      {words / cli:8.0f} words/s  ({cli:.1f} s)")
            print(f"  spark --master local[2]  {words / spark:8.0f} words/s  ({spark:.1f} s)")
            print(f"  ratio spark / extract    {cli / spark:8.2f}")
            print(f"  model loads in Spark's Python workers: {loads} in {workers} processes")
            sys.stdout.flush()
            log.unlink(missing_ok=True)

        # Warm: everything loaded once, untimed.
        os.environ["FR_NEWS_EXTRACTOR_LOAD_LOG"] = str(log)
        from extractor.api import Extractor
        from extractor.batch import collect_inputs, run_batch
        from extractor.spark import spark_session, write_articles

        extractor = Extractor()
        session = spark_session("local[2]", {"spark.ui.enabled": "false",
                                             "spark.ui.showConsoleProgress": "false"})
        write_articles(session, str(inputs), str(work / "warm-up"))
        items = collect_inputs([str(inputs)])

        def time_extract(round: int) -> float:
            start = time.perf_counter()
            with open(work / f"warm-{round}.jsonl", "w", encoding="utf-8") as out:
                out.writelines(result.article.model_dump_json() + "\n"
                               for result in run_batch(items, extractor, n_process=2))
            return time.perf_counter() - start

        def time_spark(round: int) -> float:
            start = time.perf_counter()
            write_articles(session, str(inputs), str(work / f"warm-spark-{round}"))
            return time.perf_counter() - start

        cli_times, spark_times = [], []
        for round in range(options.rounds):
            cli_times.append(time_extract(round))
            spark_times.append(time_spark(round))
            print(f"  round {round + 1}: extract {cli_times[-1]:.1f} s, spark {spark_times[-1]:.1f} s")
            sys.stdout.flush()
        loads, workers = load_count(log)
        session.stop()
        cli, spark = statistics.median(cli_times), statistics.median(spark_times)
        print(f"warm (median of {options.rounds} rounds; model and session already loaded):")
        print(f"  extract --workers 2      {words / cli:8.0f} words/s")
        print(f"  spark local[2]           {words / spark:8.0f} words/s")
        print(f"  ratio spark / extract    {cli / spark:8.2f}")
        print(f"  per core, spark          {words / spark / 2:8.0f} words/s")
        print(f"  model loads in Spark's Python workers: {loads} in {workers} processes, "
              f"over {options.rounds + 1} jobs")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
