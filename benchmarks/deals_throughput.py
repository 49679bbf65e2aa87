"""Deals database throughput: ingest and `deals` over synthetic Article records.

    python benchmarks/deals_throughput.py [--articles 100000] [--db PATH]

Builds ``--articles`` synthetic Articles (no model: records shaped like the
extractor's output), each reporting one round of a synthetic deal that 1 to 5
articles tell, in euros or dollars, with or without amount, investors written
several ways, plus quotes and the odd model launch. Then it measures:

- ingest: ``Store.put_many`` into a fresh SQLite file (articles/s), the time spent
  building the records counted apart;
- re-ingest of the same records (all unchanged, so skipped);
- ``deals``: merging every round into deals, and the same while saving them in the
  database as the CLI does;
- memory: resident set size sampled along the way, and the peak;
- pairwise merge precision / recall against the deals the records were made from.

Not part of the test suite; it prints figures and asserts nothing.
"""

import argparse
import array
import hashlib
import os
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.models import Article, FundingRound, Investor, ModelLaunch, Money, Person, Quote, Span  # noqa: E402
from extractor.round_merge import deals, euro_rate, save_deals  # noqa: E402
from extractor.store import Store, now_utc  # noqa: E402

SYLLABLES = ("vo", "la", "ri", "ka", "mu", "ze", "to", "ni", "bra", "que", "lo", "fi", "sa", "dor",
             "pe", "ga", "lu", "mi", "tre", "xo")
ROUND_TYPES = ("seed", "series_a", "series_b", "series_c", "unspecified", "growth")
INVESTOR_SPELLINGS = (("Bpifrance", "BPI France", "Bpi"), ("Andreessen Horowitz", "a16z"),
                      ("Partech", "Partech Partners"), ("Serena", "Serena Capital"),
                      ("Kima Ventures", "Kima"), ("Elaia", "Elaia Partners"))


def company_name(number: int) -> str:
    """A distinct invented name per number (distinct first word, as real names mostly are)."""
    parts = []
    n = number
    for _ in range(4):
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
    return "".join(parts).capitalize() + ("" if number % 3 else " Labs")


def investor_pool(rng: random.Random) -> list[tuple[str, ...]]:
    pool = list(INVESTOR_SPELLINGS)
    pool += [(f"{company_name(10_000 + k)} Capital",) for k in range(400)]
    return pool


def synthetic_articles(count: int, seed: int = 7) -> Iterator[tuple[Article, str, str | None, str]]:
    """(article, text digest, source path, true deal id) records, built lazily."""
    rng = random.Random(seed)
    pool = investor_pool(rng)
    made = 0
    deal_number = 0
    while made < count:
        deal_number += 1
        company = company_name(deal_number // 2)  # two deals per company, a year apart
        year = 2024 + deal_number % 2
        month = rng.randint(1, 12)
        day = rng.randint(1, 16)
        value = rng.choice((1.5, 2, 3, 4.5, 7, 12, 18, 25, 40, 85, 150)) * 1e6
        round_type = rng.choice(ROUND_TYPES)
        investors = rng.sample(pool, rng.randint(1, 4))
        # The dollar figure of a deal told in euros: converted once at about the day's
        # rate (within 2 %), then repeated by the outlets that give it.
        dollars = round(value / euro_rate("USD", f"{year}-{month:02d}") * rng.uniform(0.98, 1.02) / 1e5) * 1e5
        for report in range(min(rng.randint(1, 5), count - made)):
            published = f"{year}-{month:02d}-{day + report * rng.randint(0, 3):02d}"
            if rng.random() < 0.1:
                amount = None
            elif rng.random() < 0.25:
                usd = dollars
                amount = Money(value=usd, currency="USD", text=f"{usd / 1e6:g} millions de dollars")
            else:
                amount = Money(value=value, currency="EUR", text=f"{value / 1e6:g} millions d'euros")
            told = investors[:rng.randint(1, len(investors))]
            text = f"{company} lève {amount.text if amount else 'des fonds'} auprès de ses investisseurs."
            article_id = f"s{made:06d}"
            article = Article(
                id=article_id, published=published,
                funding_rounds=[FundingRound(
                    company=company, round_type=round_type if rng.random() < 0.8 else "unspecified",
                    amount=amount, date=published,
                    investors=[Investor(name=rng.choice(spellings), kind="fund", lead=k == 0 and rng.random() < 0.5)
                               for k, spellings in enumerate(told)],
                    evidence=[Span(start=0, end=len(text), text=text)],
                )],
                quotes=[Quote(text="Nous allons recruter cinquante personnes", direct=True,
                              speaker=Person(name="Camille Martin", organization=company),
                              verb="explique", start=80, end=120)],
                model_launches=[ModelLaunch(name=f"{company} 2", organization=company)] if made % 50 == 0 else [],
            )
            digest = hashlib.sha256(f"{article_id}:{text}".encode()).hexdigest()
            yield article, digest, f"synthetic/{article_id}.txt", f"d{deal_number}"
            made += 1


def rss_mib() -> float:
    """Resident set size now (Linux /proc), in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pairs(count: int) -> int:
    return count * (count - 1) // 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", help="database file (default: a temporary one, removed at the end)")
    args = parser.parse_args()
    directory = None
    if args.db:
        path = args.db
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.unlink(path + suffix)
    else:
        directory = tempfile.TemporaryDirectory()
        path = os.path.join(directory.name, "deals.sqlite")

    print(f"{args.articles} synthetic articles into {path}")
    print(f"RSS at start: {rss_mib():.0f} MiB")
    # The true deal of each article, by article number: 4 bytes an article, so the
    # benchmark's own bookkeeping does not hide the store's memory use.
    truth = array.array("I")
    samples: list[tuple[int, float]] = []
    building = 0.0
    building_cpu = 0.0

    def records() -> Iterator[tuple[Article, str, str | None]]:
        nonlocal building, building_cpu
        source = synthetic_articles(args.articles)
        while True:
            started, started_cpu = time.perf_counter(), time.process_time()
            try:
                article, digest, where, deal_id = next(source)
            except StopIteration:
                return
            building += time.perf_counter() - started
            building_cpu += time.process_time() - started_cpu
            if len(truth) < args.articles:
                truth.append(int(deal_id[1:]))
            if len(truth) % 20_000 == 0 and len(samples) < len(truth) // 20_000:
                samples.append((len(truth), rss_mib()))
            yield article, digest, where

    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          "(wall-clock figures drop when other processes share the CPUs; CPU-time figures do not)")
    with Store(path) as store:
        started, started_cpu = time.perf_counter(), time.process_time()
        counts = store.put_many(records())
        total = time.perf_counter() - started
        ingest = total - building
        ingest_cpu = time.process_time() - started_cpu - building_cpu
        print(f"ingest: {counts}; {total:.1f} s in all, of which {building:.1f} s building the records "
              f"and {ingest:.1f} s storing them: {args.articles / ingest:,.0f} articles/s stored "
              f"({args.articles / total:,.0f} articles/s with the building); storing took "
              f"{ingest_cpu:.1f} s of CPU: {args.articles / ingest_cpu:,.0f} articles per CPU second")
        print("RSS during ingest: " + ", ".join(f"{n // 1000}k: {mib:.0f} MiB" for n, mib in samples))
        size = sum(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))
        print(f"database: {size / 2**20:.0f} MiB, {store.count('rounds')} rounds, "
              f"{store.count('round_investors')} investor rows, {store.count('quotes')} quotes")

        building = 0.0
        started = time.perf_counter()
        again = store.put_many(records())
        total = time.perf_counter() - started
        print(f"re-ingest, same records: {again}; {total - building:.1f} s storing "
              f"({args.articles / (total - building):,.0f} articles/s)")

        deal_samples: list[tuple[int, float]] = []
        sizes: Counter = Counter()
        predicted_pairs = true_pairs = 0
        started, started_cpu = time.perf_counter(), time.process_time()
        for number, deal in enumerate(deals(store), 1):
            members = [a["article_id"] for a in deal.articles]
            sizes[len(members)] += 1
            predicted_pairs += pairs(len(members))
            true_pairs += sum(pairs(c) for c in Counter(truth[int(m[1:])] for m in members).values())
            if number % 5_000 == 0:
                deal_samples.append((number, rss_mib()))
        merge_time = time.perf_counter() - started
        merge_cpu = time.process_time() - started_cpu
        count = sum(sizes.values())
        gold_pairs = sum(pairs(c) for c in Counter(truth).values())
        print(f"deals: {count} deals from {store.count('rounds')} rounds in {merge_time:.1f} s, "
              f"{merge_cpu:.1f} s of CPU "
              f"(sources per deal: {dict(sorted(sizes.items()))})")
        print("RSS during deals (MiB): " + ", ".join(f"{n // 1000}k: {mib:.0f}" for n, mib in deal_samples))
        print(f"pairwise merge against the records' deals: precision {true_pairs / max(predicted_pairs, 1):.3f}, "
              f"recall {true_pairs / max(gold_pairs, 1):.3f}")

        started, started_cpu = time.perf_counter(), time.process_time()
        saved = sum(1 for _ in save_deals(store, deals(store), now_utc()))
        print(f"deals saved in the database as the CLI does: {saved} deals in "
              f"{time.perf_counter() - started:.1f} s, {time.process_time() - started_cpu:.1f} s of CPU")
    print(f"peak RSS: {peak_mib():.0f} MiB")
    if directory is not None:
        directory.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
