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
  median over ``--rounds`` runs of each, back to back. Also CPU seconds (this
  process and extract's workers; this process, the JVM and Spark's Python
  workers), steadier than the clock on a machine shared with other work.
Every Python worker that loads the model appends a line to a log
(FR_NEWS_EXTRACTOR_LOAD_LOG), so the number of loads is printed too.
"""

import argparse
import os
import random
import resource
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


def process_cpu() -> float:
    return time.process_time()


def children_cpu() -> float:
    """CPU seconds of the child processes that have ended (extract's workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def spark_cpu() -> dict[int, float]:
    """CPU seconds so far of each Spark process: the JVM and the Python workers (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            if not (b"pyspark.daemon" in command or (command[0].endswith(b"java")
                                                      and any(b"pyspark" in c for c in command))):
                continue
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[int(pid)] = (int(fields[11]) + int(fields[12])) / ticks
    return found


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
        items = collect_inputs([str(inputs)])

        def time_extract(round: int) -> tuple[float, float]:
            """(wall-clock, CPU) seconds; CPU of this process and its workers."""
            start, cpu = time.perf_counter(), process_cpu() + children_cpu()
            with open(work / f"warm-{round}.jsonl", "w", encoding="utf-8") as out:
                out.writelines(result.article.model_dump_json() + "\n"
                               for result in run_batch(items, extractor, n_process=2))
            return time.perf_counter() - start, process_cpu() + children_cpu() - cpu

        cli_runs = [time_extract(round) for round in range(options.rounds)]
        for round, (wall, cpu) in enumerate(cli_runs):
            print(f"  extract round {round + 1}: {wall:.1f} s, {cpu:.1f} CPU s")
        sys.stdout.flush()

        session = spark_session("local[2]", {"spark.ui.enabled": "false",
                                             "spark.ui.showConsoleProgress": "false"})
        write_articles(session, str(inputs), str(work / "warm-up"))
        loads_before, _ = load_count(log)

        def time_spark(round: int) -> tuple[float, float]:
            """(wall-clock, CPU) seconds; CPU of this process, the JVM and the Python workers."""
            before = spark_cpu()
            start, cpu = time.perf_counter(), process_cpu()
            write_articles(session, str(inputs), str(work / f"warm-spark-{round}"))
            wall = time.perf_counter() - start
            after = spark_cpu()
            return wall, process_cpu() - cpu + sum(after[p] - before.get(p, 0.0) for p in after)

        # Back to back: Spark ends a Python worker idle for a minute, and the
        # next job would load the model again.
        spark_runs = [time_spark(round) for round in range(options.rounds)]
        for round, (wall, cpu) in enumerate(spark_runs):
            print(f"  spark round {round + 1}: {wall:.1f} s, {cpu:.1f} CPU s")
        loads, workers = load_count(log)
        session.stop()
        cli, spark = (statistics.median(r[0] for r in runs) for runs in (cli_runs, spark_runs))
        cli_cpu, spark_cpu_s = (statistics.median(r[1] for r in runs) for runs in (cli_runs, spark_runs))
        print(f"warm (median of {options.rounds} runs; model and session already loaded):")
        print(f"  extract --workers 2      {words / cli:8.0f} words/s   {words / cli_cpu:6.0f} words per CPU s")
        print(f"  spark local[2]           {words / spark:8.0f} words/s   {words / spark_cpu_s:6.0f} words per CPU s")
        print(f"  ratio spark / extract    {cli / spark:8.2f}           {cli_cpu / spark_cpu_s:6.2f}")
        print(f"  model loads in Spark's Python workers: {loads_before} for the warm-up job, "
              f"{loads - loads_before} in the {options.rounds} jobs after it ({workers} processes in all)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
