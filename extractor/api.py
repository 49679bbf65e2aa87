"""The library API: ``Extractor`` and the ``extract`` shortcut.

Besides running the pipeline, the Extractor makes every input safe to run:
empty texts give an Article with no facts and a warning, texts that do not
look French are processed with a warning, and texts longer than one chunk
are processed in paragraph chunks whose offsets are mapped back to the whole
text. ``Extractor.stream`` isolates failures: a document that makes a
component raise costs only itself, never the other documents of its batch.
"""

import itertools
import multiprocessing
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractor.article import Header, model_text, parse_header
from extractor.inputs import language_warning
from extractor.models import Article
from extractor.output import doc_to_article
from extractor.pipeline import COMPONENTS, DEFAULT_MODEL, load
from extractor.triage import triage as triage_text

Item = str | tuple[str, str]

# Texts longer than this are processed in chunks, one chunk at a time, so the
# memory the parser needs stays bounded whatever the input size (measured with
# fr_core_news_md: about +170 MB for a 50,000-character chunk, +390 MB for
# 100,000). nlp.max_length is a hard ceiling on top of it.
DEFAULT_CHUNK_CHARS = 50_000
# Texts longer than this are processed on their own rather than in nlp.pipe's
# batches, so one batch never holds more than batch_size times this much text.
BATCH_MAX_CHARS = 20_000
MIN_CHUNK_CHARS = 1_000

EMPTY_WARNING = "empty: the input has no text"

# Documents sent to a worker process at a time: small enough that the workers
# share the end of a stream evenly, large enough that messages stay few.
WINDOW_DOCS = 8


@dataclass(frozen=True)
class Document:
    """One text to extract from, with what its caller already knows about it."""

    id: str
    text: str
    published: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Failed:
    """An input the extractor could not process; ``reason`` is one line."""

    reason: str


def chunk_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` pieces of ``text``, each at most ``limit`` long.

    Cuts after a blank line when the second half of the window has one, else
    after a line break, a sentence end, a space; a hard cut as a last resort.
    """
    spans = []
    start, size = 0, len(text)
    while size - start > limit:
        window_end = start + limit
        cut = window_end
        for separator in ("\n\n", "\r\n\r\n", "\n", ". ", " "):
            found = text.rfind(separator, start + limit // 2, window_end)
            if found != -1:
                cut = found + len(separator)
                break
        spans.append((start, cut))
        start = cut
    spans.append((start, size))
    return spans


def shift_offsets(article: Article, offset: int) -> Article:
    """Move every character offset in ``article`` by ``offset`` (in place)."""
    if offset:
        for funding_round in article.funding_rounds:
            for span in funding_round.evidence:
                span.start += offset
                span.end += offset
        for launch in article.model_launches:
            for span in launch.evidence:
                span.start += offset
                span.end += offset
        for quote in article.quotes:
            quote.start += offset
            quote.end += offset
    return article


def _one_line(error: BaseException) -> str:
    message = " ".join(str(error).split())
    if len(message) > 200:
        message = message[:199] + "…"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


class _ErrorHandler:
    """spaCy error handler shared by every component of a pipeline.

    It raises, as spaCy's default does, except while ``Extractor.stream``
    advances ``nlp.pipe``: then it drops the failing documents so the batch goes
    on, and the stream retries the missing ones one by one.
    """

    def __init__(self) -> None:
        self.tolerant = False

    def __call__(self, proc_name: str, proc: Any, docs: list, error: Exception) -> None:
        if not self.tolerant:
            raise error


def _error_handler(nlp: Language) -> _ErrorHandler:
    """The pipeline's _ErrorHandler, installed on first use."""
    handler = nlp.default_error_handler
    if not isinstance(handler, _ErrorHandler):
        handler = _ErrorHandler()
        # Not nlp.set_error_handler: it stops at the first component that
        # cannot take one (spaCy's Cython parsers raise AttributeError).
        nlp.default_error_handler = handler
        for _, component in nlp.pipeline:
            try:
                component.set_error_handler(handler)
            except AttributeError:
                pass
    return handler


@dataclass
class _Job:
    """One input on its way through the stream, in input order."""

    key: Any
    result: Any = None  # the Article, a Failed, or a payload passed through
    document: Document | None = None
    header: Header | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)
    chunks: list[tuple[int, int]] = field(default_factory=list)
    parts: dict[int, Article] = field(default_factory=dict)
    alone: bool = False  # processed on its own, outside nlp.pipe's batches

    @property
    def done(self) -> bool:
        return self.result is not None


class Extractor:
    """Extracts funding rounds, quotes and model launches from French articles.

    One instance holds one spaCy pipeline; build it once and reuse it.
    ``chunk_chars``: texts longer than this are processed in paragraph chunks.
    ``check_language``: warn when a text does not look French.
    ``triage``: the model reads only the paragraphs some rule may need, the
    others are blanked in its copy of the text (see ``extractor.triage``).
    """

    def __init__(
        self,
        nlp: Language | None = None,
        model: str = DEFAULT_MODEL,
        chunk_chars: int = DEFAULT_CHUNK_CHARS,
        check_language: bool = True,
        triage: bool = True,
    ) -> None:
        self.nlp = nlp if nlp is not None else load(model)
        self.triage = triage
        self.chunk_chars = max(MIN_CHUNK_CHARS, min(chunk_chars, self.nlp.max_length))
        self.check_language = check_language
        self._handler = _error_handler(self.nlp)

    def make_doc(self, text: str, published: str | None = None) -> Doc:
        """Tokenize ``text`` for the pipeline, with its header read and blanked."""
        header = parse_header(text)
        return self._doc(text, header, published or header.published)

    def _doc(self, text: str, header: Header, published: str | None) -> Doc:
        full_text = model_text(text, header)
        kept_text = triage_text(full_text, header.body_start) if self.triage else full_text
        doc = self.nlp.make_doc(kept_text)
        doc._.text = kept_text  # the tokenizer keeps every character
        if kept_text is not full_text and "fr_full_text" in self.nlp.pipe_names:
            doc._.full_text = full_text
        doc._.published = published
        doc._.body_start = header.body_start
        return doc

    # --- one document -------------------------------------------------------

    def _plan(self, key: Any, document: Document) -> _Job:
        """Read the header, check the text, and either finish the job (empty
        input) or cut it into the chunks the pipeline will read."""
        text = document.text
        header = parse_header(text)
        job = _Job(key, document=document, header=header,
                   published=document.published or header.published,
                   warnings=list(document.warnings))
        body = text[header.body_start:]
        if not body.strip():
            job.warnings.append(EMPTY_WARNING)
            job.result = Article(id=document.id, published=job.published, warnings=job.warnings)
            return job
        if self.check_language:
            warning = language_warning(body)
            if warning:
                job.warnings.append(warning)
        job.chunks = chunk_spans(text, self.chunk_chars)
        job.alone = len(text) > BATCH_MAX_CHARS
        if len(job.chunks) > 1:
            job.warnings.append(
                f"long: {len(text)} characters processed in {len(job.chunks)} chunks;"
                " facts spread over two chunks may be missed"
            )
        return job

    def _chunk_doc(self, job: _Job, index: int) -> Doc:
        start, end = job.chunks[index]
        chunk = job.document.text[start:end]
        # Only the first chunk holds the date header.
        header = job.header if start == 0 and job.header.body_start <= end else Header(None, 0)
        return self._doc(chunk, header, job.published)

    def _finish_chunk(self, job: _Job, index: int, doc: Doc, strict: bool = False) -> None:
        if job.done:
            return
        start, end = job.chunks[index]
        try:
            part = doc_to_article(doc, job.document.text[start:end], job.document.id)
        except Exception as error:  # a component left data the contract rejects
            if strict:
                raise
            job.result = Failed(f"extraction failed: {_one_line(error)}")
            return
        job.parts[index] = shift_offsets(part, start)
        if len(job.parts) == len(job.chunks):
            job.result = self._merge(job)

    def _merge(self, job: _Job) -> Article:
        parts = [job.parts[i] for i in range(len(job.chunks))]
        return Article(
            id=job.document.id,
            published=job.published,
            funding_rounds=[r for p in parts for r in p.funding_rounds],
            quotes=[q for p in parts for q in p.quotes],
            model_launches=[m for p in parts for m in p.model_launches],
            warnings=job.warnings,
        )

    def _run_chunk(self, job: _Job, index: int) -> None:
        """Run one chunk on its own: a long text, or a chunk nlp.pipe dropped because
        it (or its batch) failed. A failure fails the whole text."""
        if job.done:
            return
        try:
            doc = self.nlp(self._chunk_doc(job, index))
        except Exception:  # noqa: BLE001 - any failure costs this text only
            doc = self._run_components_apart(job, index)
            if doc is None:
                return
        self._finish_chunk(job, index, doc)

    def _run_components_apart(self, job: _Job, index: int) -> Doc | None:
        """Run a chunk that failed once more, one component at a time, so that a
        rule component's failure costs only its own facts (with a warning), not
        the quotes or launches the others found. A failure of the model's own
        components fails the whole text."""
        doc = self._chunk_doc(job, index)
        for name, component in self.nlp.pipeline:
            try:
                doc = component(doc)
            except Exception as error:  # noqa: BLE001 - reported in the article's warnings
                if name not in COMPONENTS:
                    job.result = Failed(f"extraction failed: {_one_line(error)}")
                    return None
                job.warnings.append(f"{name} failed, its facts are missing: {_one_line(error)}")
        return doc

    def extract(self, text: str, id: str | None = None, published: str | None = None) -> Article:
        """The Article for one text. ``published`` overrides the text's date header.

        Exceptions of the pipeline propagate; ``stream`` isolates them instead.
        """
        job = self._plan(None, Document(id if id is not None else "", text, published))
        for index in range(len(job.chunks)):
            self._finish_chunk(job, index, self.nlp(self._chunk_doc(job, index)), strict=True)
        return job.result

    def _run_alone(self, job: _Job) -> None:
        """Process a long text chunk after chunk; a failure fails the whole text."""
        for index in range(len(job.chunks)):
            if job.done:
                return
            self._run_chunk(job, index)

    # --- streams ------------------------------------------------------------

    def stream(
        self, items: Iterable[tuple[Any, Any]], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[tuple[Any, Any]]:
        """``(key, result)`` for each ``(key, payload)`` of ``items``, in order.

        A ``Document`` payload gives its Article, or ``Failed`` when the
        pipeline raised on it (after a retry on its own); any other payload is
        passed through untouched. ``items`` is read lazily, a batch ahead of the
        results, so neither inputs nor results pile up in memory.

        With ``n_process`` > 1 where processes can be forked, each worker
        process runs this same pipeline on windows of documents and sends back
        finished Articles (see ``_stream_forked``); elsewhere spaCy's own
        multiprocessing runs the pipeline and the rules run here.
        """
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            yield from self._stream_forked(items, batch_size, n_process)
            return
        jobs: deque[_Job] = deque()
        in_flight: deque[tuple[int, _Job, int]] = deque()
        numbers = itertools.count()
        source = iter(items)
        source_errors: list[Exception] = []
        stopping = False  # set when the caller stops early: feed no more items

        def feed() -> Iterator[tuple[Doc, int]]:
            while not stopping:
                try:
                    key, payload = next(source)
                except StopIteration:
                    return
                except Exception as error:  # noqa: BLE001 - the caller's iterable broke: re-raised below
                    source_errors.append(error)
                    return
                if not isinstance(payload, Document):
                    jobs.append(_Job(key, result=payload))
                    continue
                try:
                    job = self._plan(key, payload)
                except Exception as error:  # noqa: BLE001 - costs this text only
                    jobs.append(_Job(key, result=Failed(f"extraction failed: {_one_line(error)}")))
                    continue
                jobs.append(job)
                if job.alone:
                    continue  # run by ready() when its turn comes
                # Chunks are tokenized one at a time, as the pipeline asks for them.
                for index in range(len(job.chunks)):
                    try:
                        doc = self._chunk_doc(job, index)
                    except Exception as error:  # noqa: BLE001 - e.g. the tokenizer refused the text
                        job.result = Failed(f"extraction failed: {_one_line(error)}")
                        break
                    number = next(numbers)
                    in_flight.append((number, job, index))
                    yield doc, number

        def ready() -> Iterator[tuple[Any, Any]]:
            while jobs and (jobs[0].done or jobs[0].alone):
                job = jobs.popleft()
                if not job.done:
                    self._run_alone(job)
                yield job.key, job.result

        def retry_in_flight(before: int | None = None) -> None:
            while in_flight and (before is None or in_flight[0][0] < before):
                _, job, index = in_flight.popleft()
                self._run_chunk(job, index)

        finished = False
        while not finished:
            workers_before = set(multiprocessing.active_children())
            docs = self.nlp.pipe(feed(), batch_size=batch_size, n_process=n_process, as_tuples=True)
            completed = False
            try:
                while True:
                    self._handler.tolerant = True
                    try:
                        doc, number = next(docs)
                    except StopIteration:
                        finished = completed = True
                        break
                    except Exception:  # noqa: BLE001
                        # A component that ignores error handlers (spaCy's Cython
                        # parsers) broke the whole pipe: every document in flight is
                        # retried alone, then a new pipe takes the rest of the items.
                        break
                    finally:
                        self._handler.tolerant = False
                    # Documents the error handler dropped come back as a gap in the numbers.
                    retry_in_flight(before=number)
                    _, job, index = in_flight.popleft()
                    self._finish_chunk(job, index, doc)
                    yield from ready()
            finally:
                if not completed and n_process > 1:
                    # The caller stopped early (or Ctrl-C). Closing spaCy's
                    # multiprocess pipe now would deadlock: workers block while
                    # sending results nobody reads. Feed nothing more and let the
                    # workers finish the batches they hold.
                    stopping = True
                    self._drain(docs, workers_before)
                docs.close()
            retry_in_flight()
            yield from ready()
        if source_errors:
            raise source_errors[0]

    def _stream_forked(
        self, items: Iterable[tuple[Any, Any]], batch_size: int, n_process: int
    ) -> Iterator[tuple[Any, Any]]:
        """``stream`` over forked worker processes that return finished results.

        Workers are forked with this Extractor already loaded (nothing is
        pickled but the Documents going out and the Articles coming back,
        which is far less than spaCy's Docs). Documents go out in windows of
        at most WINDOW_DOCS; at most two windows per worker are in flight, so
        memory stays bounded whatever the input's length, and results come
        back in input order. Each worker isolates failures per document as
        the one-process stream does; if a worker process dies, the windows it
        may have held are run again here, in this process.
        """
        window_docs = max(1, min(batch_size, WINDOW_DOCS))
        source = iter(items)
        # In input order: ("done", key, result) or ("window", keys, window, future).
        pending: deque[tuple] = deque()
        executor = ProcessPoolExecutor(
            max_workers=n_process,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_init_worker,
            initargs=(self,),
        )
        broken = False
        source_error: Exception | None = None
        exhausted = False

        def submit(keys: list, window: list) -> None:
            future = None
            if not broken:
                try:
                    future = executor.submit(_run_window, window, batch_size)
                except BrokenProcessPool:
                    future = None
            pending.append(("window", keys, window, future))

        def fill() -> None:
            nonlocal exhausted, source_error
            keys: list = []
            window: list = []
            while not exhausted and sum(1 for p in pending if p[0] == "window") < 2 * n_process:
                try:
                    key, payload = next(source)
                except StopIteration:
                    exhausted = True
                    break
                except Exception as error:  # noqa: BLE001 - the caller's iterable broke: re-raised below
                    source_error = error
                    exhausted = True
                    break
                if not isinstance(payload, Document):
                    if window:
                        submit(keys, window)
                        keys, window = [], []
                    pending.append(("done", key, payload))
                    continue
                keys.append(key)
                window.append((len(window), payload))
                if len(window) == window_docs:
                    submit(keys, window)
                    keys, window = [], []
            if window:
                submit(keys, window)

        try:
            fill()
            while pending:
                entry = pending.popleft()
                if entry[0] == "done":
                    yield entry[1], entry[2]
                    fill()
                    continue
                _, keys, window, future = entry
                results = None
                if future is not None and not broken:
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        broken = True
                if results is None:
                    # No worker could run it: run it here, one document at a time.
                    results = list(self.stream(window, batch_size=batch_size))
                for (_, result), key in zip(results, keys):
                    yield key, result
                fill()
        finally:
            # On an early stop (close, Ctrl-C) the windows in flight are dropped
            # and the workers ended; on a normal end they are already idle.
            executor.shutdown(wait=True, cancel_futures=True)
        if source_error is not None:
            raise source_error

    def _drain(self, docs: Iterator, workers_before: set) -> None:
        """Run a multiprocess pipe to its end, throwing its results away."""
        self._handler.tolerant = True
        try:
            for _ in docs:
                pass
        except Exception:  # noqa: BLE001, S110 - results thrown away, errors too
            pass
        except BaseException:
            # A second Ctrl-C: no more waiting, the pipe's workers are ended.
            for worker in set(multiprocessing.active_children()) - workers_before:
                worker.terminate()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                docs.close()
            raise
        finally:
            self._handler.tolerant = False

    def extract_many(
        self, items: Iterable[Item], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Article]:
        """Stream Articles for texts or ``(id, text)`` pairs, in input order.

        Texts without an id get their position in ``items`` ("0", "1", ...).
        A text the pipeline fails on gives an Article with no facts and an
        "extraction failed" warning, so the stream stays aligned with ``items``.
        """

        def documents() -> Iterator[tuple[str, Document]]:
            for index, item in enumerate(items):
                id, text = (str(index), item) if isinstance(item, str) else item
                yield id, Document(id, text)

        for id, result in self.stream(documents(), batch_size=batch_size, n_process=n_process):
            if isinstance(result, Failed):
                yield Article(id=id, warnings=[result.reason])
            else:
                yield result


# The Extractor a forked worker process runs, inherited from its parent.
_WORKER_EXTRACTOR: "Extractor | None" = None


def _init_worker(extractor: Extractor) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor


def _run_window(window: list[tuple[int, Document]], batch_size: int) -> list[tuple[int, Any]]:
    """In a worker: the results of one window of documents, in order."""
    return list(_WORKER_EXTRACTOR.stream(window, batch_size=batch_size))


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, id: str | None = None, published: str | None = None) -> Article:
    """Extract with a cached default Extractor."""
    return default_extractor().extract(text, id=id, published=published)
