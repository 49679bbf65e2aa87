"""Make docs/review.png: the review page of one sample article, in headless Chromium.

Run:  python docs/make_review_png.py [SAMPLE_ID] [--height PIXELS]
"""

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Browser, file_url, find_chromium  # noqa: E402

from extractor import Extractor  # noqa: E402
from extractor.review import extracted_entries, page_html  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sample", nargs="?", default="02-les-echos-serie-d")
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--out", default=str(ROOT / "docs" / "review.png"))
    args = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        sys.exit("error: no chromium on PATH")
    entries = [entry for _, entry in extracted_entries([str(ROOT / "samples")], Extractor())]
    index = next(i for i, e in enumerate(entries) if e.record["id"] == args.sample)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "samples.html"
        page.write_text(page_html(entries, title="samples"), encoding="utf-8")
        with Browser(chromium) as browser:
            browser.open(file_url(page), width=1280, height=args.height)
            browser.evaluate(f"document.getElementById('a{index}').scrollIntoView()")
            png = browser.screenshot()
            errors = browser.errors()
    if errors:
        sys.exit(f"error: the page reported {errors}")
    Path(args.out).write_bytes(png)
    print(f"{args.out}: {len(png)} bytes")


if __name__ == "__main__":
    main()
