"""The review page of samples/ in a real browser: headless Chromium (Debian's
``chromium`` package, which .ci/run installs) loads it with no console error,
its script works, and its screenshot is not blank.

Chromium is driven over the DevTools protocol on a pipe (see tests/chromium.py)."""

import os
from pathlib import Path

import pytest
from chromium import Browser, colour_stats, file_url, find_chromium

from extractor.review import extracted_entries, page_html

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CHROMIUM = find_chromium()


@pytest.fixture(autouse=True)
def _chromium() -> None:
    if CHROMIUM is None:
        if os.environ.get("FR_NEWS_REQUIRE_CHROMIUM"):  # set by .ci/run, which installs it
            pytest.fail("chromium is required here but not on PATH")
        pytest.skip("no chromium on PATH (.ci/run installs Debian's chromium package)")


@pytest.fixture(scope="module")
def sample_page(extractor, tmp_path_factory) -> Path:
    entries = [outcome for _, outcome in extracted_entries([str(SAMPLES)], extractor)]
    page = tmp_path_factory.mktemp("review") / "samples.html"
    page.write_text(page_html(entries, title="samples"), encoding="utf-8")
    return page


def test_the_harness_sees_errors_and_blank_pages(tmp_path):
    """The checks below can fail: a script error and a blank page are caught."""
    broken = tmp_path / "broken.html"
    broken.write_text('<!DOCTYPE html><p>x</p><script>console.error("bad"); missing();</script>',
                      encoding="utf-8")
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><title>blank</title><body></body>", encoding="utf-8")
    with Browser(CHROMIUM) as browser:
        browser.open(file_url(broken))
        errors = browser.errors()
    with Browser(CHROMIUM) as browser:
        browser.open(file_url(blank))
        assert browser.errors() == []
        colours, variance = colour_stats(browser.screenshot())
    assert any("bad" in e for e in errors) and any("missing" in e for e in errors)
    assert colours < 50 and variance < 100


def test_samples_page_in_chromium(sample_page, tmp_path):
    with Browser(CHROMIUM) as browser:
        browser.open(file_url(sample_page))
        assert browser.evaluate("document.querySelector('.fnx.page').getAttribute('data-ready')") == "1"
        assert browser.evaluate("document.querySelectorAll('section.article').length") == 15
        assert browser.evaluate("document.querySelectorAll('.text mark').length") > 200
        png = browser.screenshot()
        (tmp_path / "samples.png").write_bytes(png)
        # Clicking a highlight lights its row in the fact table.
        assert browser.evaluate("""(function () {
            var mark = document.querySelector('#a7 mark.k-model');
            mark.click();
            return document.getElementById(mark.getAttribute('data-fact')).classList.contains('flash');
        })()""")
        # Hovering a row lights its highlights.
        assert browser.evaluate("""(function () {
            var mark = document.querySelector('#a1 mark.k-investor.lead');
            var row = document.getElementById(mark.getAttribute('data-fact'));
            row.cells[2].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
            return mark.classList.contains('lit');
        })()""")
        # The filter keeps the articles with a model launch (two samples) in index and body.
        shown = browser.evaluate("""(function () {
            var f = document.getElementById('fnx-filter');
            f.value = 'model'; f.dispatchEvent(new Event('change'));
            return [document.querySelectorAll('section.article:not(.hidden)').length,
                    document.querySelectorAll('table.index tr[data-kinds]:not(.hidden)').length,
                    document.getElementById('fnx-shown').textContent];
        })()""")
        assert shown == [2, 2, "2"]
        # Unticking a kind takes its highlights' colour away.
        assert browser.evaluate("""(function () {
            var box = document.querySelector('input[data-kind=amount]');
            var mark = document.querySelector('#a0 mark.k-amount');
            var before = getComputedStyle(mark).backgroundColor;
            box.click();
            return [before, getComputedStyle(mark).backgroundColor];
        })()""") == ["rgb(178, 242, 187)", "rgba(0, 0, 0, 0)"]
        # The jump box goes to an article by its id.
        assert browser.evaluate("""(function () {
            var j = document.getElementById('fnx-jump');
            j.value = '13-introduction-bourse'; j.dispatchEvent(new Event('change'));
            return location.hash;
        })()""") == "#a12"
        errors = browser.errors()
    assert errors == []
    colours, variance = colour_stats(png)
    assert colours > 200, "the screenshot has too few colours to be the page"
    assert variance > 300, "the screenshot is nearly uniform"
