"""Shared fixtures: the model is loaded once per test session."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# The development corpus lives beside the checkout in the workplace only;
# tests that read it skip when it is absent.
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from extractor import load

    return load()


@pytest.fixture(scope="session")
def extractor(nlp):
    from extractor import Extractor

    return Extractor(nlp)


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not (DEV_CORPUS / "000.txt").is_file():
        pytest.skip("development corpus ../shared/corpus/dev is not present")
    return DEV_CORPUS
