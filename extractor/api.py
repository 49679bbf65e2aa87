"""The library API: ``Extractor`` and the ``extract`` shortcut."""

from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extractor.article import model_text, parse_header
from extractor.models import Article
from extractor.output import doc_to_article
from extractor.pipeline import DEFAULT_MODEL, load

Item = str | tuple[str, str]


class Extractor:
    """Extracts funding rounds, quotes and model launches from French articles.

    One instance holds one spaCy pipeline; build it once and reuse it.
    """

    def __init__(self, nlp: Language | None = None, model: str = DEFAULT_MODEL) -> None:
        self.nlp = nlp if nlp is not None else load(model)

    def make_doc(self, text: str, published: str | None = None) -> Doc:
        """Tokenize ``text`` for the pipeline, with its header read and blanked."""
        header = parse_header(text)
        doc = self.nlp.make_doc(model_text(text, header))
        doc._.published = published or header.published
        doc._.body_start = header.body_start
        return doc

    def extract(self, text: str, id: str | None = None, published: str | None = None) -> Article:
        """The Article for one text. ``published`` overrides the text's date header."""
        doc = self.nlp(self.make_doc(text, published))
        return doc_to_article(doc, text, id if id is not None else "")

    def extract_many(
        self, items: Iterable[Item], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Article]:
        """Stream Articles for texts or ``(id, text)`` pairs, in input order.

        Texts without an id get their position in ``items`` ("0", "1", ...).
        """
        pending: deque[tuple[str, str]] = deque()

        def docs() -> Iterator[Doc]:
            for index, item in enumerate(items):
                id, text = (str(index), item) if isinstance(item, str) else item
                pending.append((id, text))
                yield self.make_doc(text)

        for doc in self.nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
            id, text = pending.popleft()
            yield doc_to_article(doc, text, id)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, id: str | None = None, published: str | None = None) -> Article:
    """Extract with a cached default Extractor."""
    return default_extractor().extract(text, id=id, published=published)
