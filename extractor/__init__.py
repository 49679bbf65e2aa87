"""fr-news-extractor: funding rounds, quotes and AI model launches from French news."""

from extractor.api import Extractor, extract
from extractor.models import Article
from extractor.pipeline import load
from extractor.review import render_html
from extractor.round_merge import deals
from extractor.store import Store

__all__ = ["Article", "Extractor", "Store", "deals", "extract", "load", "render_html"]
__version__ = "0.1.0"
