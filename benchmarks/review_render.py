"""How long the review page takes to render for 1,000 articles (extraction not counted).

Run:  python benchmarks/review_render.py [--articles 1000] [--rounds 3] [--out FILE]

Articles: samples/ and, when present, ../shared/corpus/dev (funding and AI news,
many facts each) plus benchmarks/corpus/general (general French news, few facts), extracted
once, then cycled under new ids until there are --articles of them, two in five
with facts. The figure is the median over rounds of ``page_html`` on all of
them: index, every article's highlighted text and fact tables, one string.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import DEV, GENERAL, SAMPLES, read_texts  # noqa: E402

from extractor import Extractor  # noqa: E402
from extractor.review import Entry, page_html  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", help="also write the page here (to open it in a browser)")
    args = parser.parse_args()

    relevant = read_texts(SAMPLES) + read_texts(DEV)
    general = read_texts(GENERAL)
    started = time.perf_counter()
    extractor = Extractor()
    records = [a.model_dump() for a in extractor.extract_many(relevant + general)]
    print(f"extracted {len(records)} distinct texts in {time.perf_counter() - started:.1f} s (not counted)")
    texts = relevant + general
    with_facts = list(range(len(relevant)))
    without = list(range(len(relevant), len(texts))) or with_facts
    entries = []
    taken = [0, 0]  # how many were taken from each pool
    for i in range(args.articles):
        which = 0 if i % 5 in (0, 2) else 1
        pool = (with_facts, without)[which]
        source = pool[taken[which] % len(pool)]
        taken[which] += 1
        record = dict(records[source], id=f"{i:04d}-{records[source]['id']}")
        entries.append(Entry(record, texts[source]))

    times = []
    page = ""
    for _ in range(args.rounds):
        started = time.perf_counter()
        page = page_html(entries, title="benchmark")
        times.append(time.perf_counter() - started)
    marks = page.count("<mark ")
    chars = sum(len(e.text) for e in entries)
    print(f"{args.articles} articles ({chars / 1e6:.1f} M characters of text, {marks} highlights): "
          f"rendered in {statistics.median(times):.2f} s (median of {args.rounds}; "
          f"{', '.join(f'{t:.2f}' for t in times)}); page {len(page.encode()) / 2**20:.1f} MiB")
    if args.out:
        Path(args.out).write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
