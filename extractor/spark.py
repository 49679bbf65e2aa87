"""Extraction on Apache Spark: the same Articles, from a laptop to a cluster.

- ``read_articles(spark, path_glob)``: text and HTML files as a DataFrame of
  ``id, path, text, warnings, error``, decoded by the project's own rules
  (``extractor.batch.decode_document``); a file that is not text is a row
  with an ``error``.
- ``extract_dataframe(df)``: one row per input row with the contract's fields
  as typed columns (``article_schema()``, derived from the pydantic models),
  ``warnings`` and ``error``.
- ``extract_files(spark, path_glob)``: both in one pass (one Python worker per
  task instead of two).
- ``write_articles(spark, input_glob, output_dir)``: that, written by Spark as
  Parquet or JSON Lines part files; what the ``spark`` command runs.

Each Python worker builds the extraction pipeline once and keeps it for every
task it runs afterwards (``worker_extractor``; Spark reuses its Python workers,
``spark.python.worker.reuse``). The functions handed to ``mapInArrow`` are
module-level, so that workers import this module, with its cache, instead of
unpickling a copy of it with each task.
"""

import os
import re
import shutil
import subprocess
import sys
import time
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import PurePosixPath
from typing import Any, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import to_arrow_schema
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DataType,
    DateType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
    TimestampNTZType,
    TimestampType,
)

from extractor.api import Document, Extractor, Failed
from extractor.batch import (
    DEFAULT_MAX_CHARS,
    InputError,
    decode_document,
    max_bytes,
    too_long_reason,
)
from extractor.models import Article

# When this environment variable names a file, every Python worker that builds
# the pipeline appends "<pid>\t<seconds>" to it: how benchmarks and tests count
# model loads across processes.
LOAD_LOG_ENV = "FR_NEWS_EXTRACTOR_LOAD_LOG"

# Files a directory is searched for (as the extract command does), in both cases.
# (extractor.batch.SUFFIXES; Hadoop's globs match case).
DIRECTORY_GLOB = "*.{txt,html,htm,TXT,HTML,HTM}"

NO_TEXT = "no text: the text column is null"
NO_ID = "no id: the id column is null"

# --- schema: derived from the pydantic models --------------------------------

_SCALARS: dict[type, DataType] = {
    str: StringType(),
    bool: BooleanType(),  # before int: bool is a subclass of int
    int: LongType(),
    float: DoubleType(),
}


def spark_type(annotation: Any) -> tuple[DataType, bool]:
    """The Spark type of a pydantic field annotation, and whether it may be null.

    ``X | None`` is X, nullable; ``Literal[...]`` of strings is a string;
    ``list[X]`` an array; a pydantic model a struct of its fields.
    """
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) != 1:
            raise TypeError(f"no Spark type for the union {annotation!r}")
        return spark_type(members[0])[0], True
    if origin is Literal:
        if not all(isinstance(value, str) for value in get_args(annotation)):
            raise TypeError(f"no Spark type for {annotation!r}: only string literals")
        return StringType(), False
    if origin is list:
        item_type, item_nullable = spark_type(get_args(annotation)[0])
        return ArrayType(item_type, containsNull=item_nullable), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_struct(annotation), False
    for python_type, data_type in _SCALARS.items():
        if annotation is python_type:
            return data_type, False
    raise TypeError(f"no Spark type for {annotation!r}")


def model_struct(model: type[BaseModel]) -> StructType:
    """A struct with one field per field of ``model``, in the model's order."""
    return StructType([StructField(name, *spark_type(info.annotation))
                       for name, info in model.model_fields.items()])


def article_schema() -> StructType:
    """The contract's Article (with ``warnings``) as a Spark struct."""
    return model_struct(Article)


def result_schema() -> StructType:
    """The rows of ``extract_dataframe``: an Article, plus ``error`` (null when
    the input was read and extracted)."""
    return StructType([*article_schema().fields, StructField("error", StringType(), True)])


READ_SCHEMA = StructType([
    StructField("id", StringType(), False),
    StructField("path", StringType(), False),
    StructField("text", StringType(), True),
    StructField("warnings", ArrayType(StringType(), False), False),
    StructField("error", StringType(), True),
])


# --- in the Python workers ---------------------------------------------------


@lru_cache(maxsize=1)
def worker_extractor() -> Extractor:
    """The Extractor of this process, built on first use and then reused."""
    started = time.perf_counter()
    extractor = Extractor()
    log = os.environ.get(LOAD_LOG_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as file:  # one short append per load
            file.write(f"{os.getpid()}\t{time.perf_counter() - started:.2f}\n")
    return extractor


@dataclass(frozen=True)
class _Unread:
    """An input row that is not extracted; ``reason`` is one line."""

    reason: str


def _payload(row: dict) -> tuple[str, Any]:
    """``(id, payload)`` for ``Extractor.stream``: a Document, or the reason it is none."""
    if row["id"] is None:
        return "", _Unread(NO_ID)
    if row["error"] is not None:
        return row["id"], _Unread(row["error"])
    if row["text"] is None:
        return row["id"], _Unread(NO_TEXT)
    return row["id"], Document(row["id"], row["text"], published=row["published"],
                               warnings=tuple(row["warnings"] or ()))


def _record(id: str, result: Any) -> dict:
    """The output row for one stream result, as plain JSON data."""
    if isinstance(result, _Unread):
        return {**Article(id=id).model_dump(mode="json"), "error": result.reason}
    if isinstance(result, Failed):
        # As extract_many does: the row stays, with no facts and the reason.
        result = Article(id=id, warnings=[result.reason])
    return {**result.model_dump(mode="json"), "error": None}


def extract_rows(
    rows: Iterable[dict], extractor: Extractor, schema: pa.Schema, batch_size: int = 32
) -> Iterator[pa.RecordBatch]:
    """Output batches for rows of ``id, text, published, warnings, error``.

    Rows go through ``Extractor.stream`` as they come, so a partition is never
    held in memory; a row the pipeline fails on keeps its place with an
    "extraction failed" warning. Output batches hold ``batch_size`` rows.
    """
    records: list[dict] = []
    for id, result in extractor.stream(map(_payload, rows), batch_size=batch_size):
        records.append(_record(id, result))
        if len(records) >= batch_size:
            yield pa.RecordBatch.from_pylist(records, schema=schema)
            records = []
    if records:
        yield pa.RecordBatch.from_pylist(records, schema=schema)


def _rows(batches: Iterable[pa.RecordBatch]) -> Iterator[dict]:
    for batch in batches:
        yield from batch.to_pylist()


def _extract_partition(batch_size: int, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    schema = to_arrow_schema(result_schema())
    yield from extract_rows(_rows(batches), worker_extractor(), schema, batch_size)


def file_path(uri: str) -> str:
    """The path part of a file URI as Spark lists it (``file:/a/b``, ``hdfs://host/a/b``)."""
    return re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*:(//[^/]*)?", "", uri)


def _stem(path: str) -> str:
    return PurePosixPath(path).stem


def file_ids(paths: list[str]) -> dict[str, str]:
    """The id of each file path, as the extract command gives them: the file
    stem; when two files share a stem, their path without suffix relative to
    the deepest folder holding every file (with the suffix, if that still
    collides)."""
    stems: dict[str, int] = {}
    for path in paths:
        stems[_stem(path)] = stems.get(_stem(path), 0) + 1
    shared = [p for p in paths if stems[_stem(p)] > 1]
    if not shared:
        return {p: _stem(p) for p in paths}
    base = os.path.commonpath([str(PurePosixPath(p).parent) for p in paths])
    relative = {p: PurePosixPath(os.path.relpath(p, base)) for p in shared}
    keys: dict[str, int] = {}
    for rel in relative.values():
        keys[rel.with_suffix("").as_posix()] = keys.get(rel.with_suffix("").as_posix(), 0) + 1
    ids = {p: _stem(p) for p in paths}
    for p, rel in relative.items():
        key = rel.with_suffix("").as_posix()
        ids[p] = key if keys[key] == 1 else rel.as_posix()
    return ids


def file_row(uri: str, data: bytes | None, max_chars: int, ids: dict[str, str]) -> dict:
    """The ``read_articles`` row of one file; ``data`` is None for a file too
    large to be read."""
    path = file_path(uri)
    id = ids.get(path) or _stem(path)
    try:
        if data is None:  # not read: over the size limit
            raise InputError(too_long_reason(max_chars))
        document = decode_document(id, path, data, max_chars)
    except InputError as error:
        return {"id": id, "path": uri, "text": None, "warnings": [], "error": str(error)}
    except Exception as error:  # noqa: BLE001 - a decoder bug costs this file only
        return {"id": id, "path": uri, "text": None, "warnings": [],
                "error": f"unreadable: {type(error).__name__}: {' '.join(str(error).split())}"}
    return {"id": id, "path": uri, "text": document.text, "warnings": list(document.warnings),
            "error": None}


def _file_rows(max_chars: int, ids: dict[str, str], batches: Iterable[pa.RecordBatch]) -> Iterator[dict]:
    for batch in batches:
        uris, contents = batch.column("path").to_pylist(), batch.column("content").to_pylist()
        for uri, data in zip(uris, contents):
            yield file_row(uri, data, max_chars, ids)


def _read_partition(
    max_chars: int, ids: dict[str, str], batches: Iterator[pa.RecordBatch]
) -> Iterator[pa.RecordBatch]:
    schema = to_arrow_schema(READ_SCHEMA)
    for batch in batches:
        yield pa.RecordBatch.from_pylist(list(_file_rows(max_chars, ids, [batch])), schema=schema)


def _extract_files_partition(
    max_chars: int, ids: dict[str, str], batch_size: int, batches: Iterator[pa.RecordBatch]
) -> Iterator[pa.RecordBatch]:
    schema = to_arrow_schema(result_schema())
    rows = ({**row, "published": None} for row in _file_rows(max_chars, ids, batches))
    yield from extract_rows(rows, worker_extractor(), schema, batch_size)


# --- on the driver -----------------------------------------------------------


def _is_directory(spark: SparkSession, path: str) -> bool:
    """True when ``path`` names a directory, on any file system Spark reads."""
    try:
        jvm = spark.sparkContext._jvm
        hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
        fs = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        return bool(fs.getFileStatus(hadoop_path).isDirectory())
    except Exception:  # noqa: BLE001 - a glob, a missing path, or no JVM access (Spark Connect)
        return os.path.isdir(path)


def _files(spark: SparkSession, path_glob: str, max_chars: int) -> tuple[DataFrame, dict[str, str]]:
    """The ``path, content`` rows of the files ``path_glob`` names (content
    null over the size limit), and the ids that are not the file stem."""
    from pyspark.errors import AnalysisException

    reader = spark.read.format("binaryFile")
    if _is_directory(spark, path_glob):
        reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", DIRECTORY_GLOB)
    try:
        files = reader.load(path_glob)
    except AnalysisException as error:
        if "PATH_NOT_FOUND" in str(error) or "does not exist" in str(error):
            raise FileNotFoundError(f"{path_glob}: no such file or directory") from None
        raise
    # The file listing is on the driver already; ids need every path once.
    paths = [file_path(_unquote_uri(uri)) for uri in files.inputFiles()]
    ids = {path: id for path, id in file_ids(paths).items() if id != _stem(path)}
    limit = max_bytes(max_chars)
    # Files over the limit are listed without their content: the binaryFile
    # source checks a filter on length before it reads a file.
    small = files.where(F.col("length") <= limit).select("path", "content")
    large = files.where(F.col("length") > limit).select("path", F.lit(None).cast("binary").alias("content"))
    return small.unionByName(large), ids


def read_articles(spark: SparkSession, path_glob: str, max_chars: int = DEFAULT_MAX_CHARS) -> DataFrame:
    """Text and HTML files as rows of ``id, path, text, warnings, error``.

    ``path_glob`` is a file, a Hadoop glob (``data/2024-*/*.txt``) or a
    directory (every ``*.txt``, ``*.html``, ``*.htm`` below it). Files are
    decoded as the extract command decodes them: the same encodings, HTML's
    visible text, the same ids (file stems). A file that is not text, or
    longer than ``max_chars``, is a row with ``text`` null and an ``error``;
    ``warnings`` holds the encoding warning of a file that was not UTF-8.
    Raises FileNotFoundError when nothing matches ``path_glob``.
    """
    files, ids = _files(spark, path_glob, max_chars)
    return files.mapInArrow(partial(_read_partition, max_chars, ids), READ_SCHEMA)


def extract_files(
    spark: SparkSession, path_glob: str, max_chars: int = DEFAULT_MAX_CHARS, batch_size: int = 32
) -> DataFrame:
    """``extract_dataframe(read_articles(spark, path_glob))`` in one Python stage.

    Chained, the two steps are two Python operators in each task, and Spark
    gives each its own Python worker: twice the workers, so up to twice the
    model loads and the memory. This reads and extracts in the same worker.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    files, ids = _files(spark, path_glob, max_chars)
    return files.mapInArrow(partial(_extract_files_partition, max_chars, ids, batch_size), result_schema())


def _unquote_uri(uri: str) -> str:
    from urllib.parse import unquote

    return unquote(uri)


def _as_text(df: DataFrame, name: str):
    """A column as a string; dates and timestamps as ISO dates."""
    data_type = df.schema[name].dataType
    if isinstance(data_type, DateType | TimestampType | TimestampNTZType):
        return F.date_format(F.col(name), "yyyy-MM-dd")
    return F.col(name).cast("string")


def extract_dataframe(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    published_col: str | None = None,
    batch_size: int = 32,
    *,
    warnings_col: str = "warnings",
    error_col: str = "error",
) -> DataFrame:
    """One row of ``result_schema()`` per row of ``df``, in no particular order.

    ``published_col`` (a date, or an ISO date string) overrides each text's
    date header. Columns ``warnings_col`` (strings) and ``error_col`` (a
    string), as ``read_articles`` gives them, are carried over when ``df``
    has them: a row with an error is not extracted and keeps its error. A row
    whose text or id is null gets an error too; a text the pipeline fails on
    gives a row with no facts and an "extraction failed" warning. The job
    itself does not fail for any input.
    """
    for name in (text_col, id_col, published_col):
        if name is not None and name not in df.columns:
            raise ValueError(f"no column {name!r} in the DataFrame (columns: {', '.join(df.columns)})")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    none = F.lit(None)
    inputs = df.select(
        F.col(id_col).cast("string").alias("id"),
        F.col(text_col).cast("string").alias("text"),
        (_as_text(df, published_col) if published_col else none.cast("string")).alias("published"),
        (F.col(warnings_col).cast("array<string>") if warnings_col in df.columns
         else none.cast("array<string>")).alias("warnings"),
        (F.col(error_col).cast("string") if error_col in df.columns else none.cast("string")).alias("error"),
    )
    return inputs.mapInArrow(partial(_extract_partition, batch_size), result_schema())


# --- the spark command --------------------------------------------------------


@dataclass
class JobSummary:
    """Counts over a written output, and the first rows with an error."""

    processed: int = 0
    with_warnings: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (id, error)


FORMATS = ("parquet", "jsonl")
ERRORS_SHOWN = 20


def write_articles(
    spark: SparkSession,
    input_glob: str,
    output_dir: str,
    fmt: str = "parquet",
    max_chars: int = DEFAULT_MAX_CHARS,
    batch_size: int = 32,
) -> JobSummary:
    """Read, extract and write every file of ``input_glob`` to ``output_dir``
    (one part file per partition, written by the executors), then count the
    output. Nothing but the counts and the first errors reaches the driver.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    articles = extract_files(spark, input_glob, max_chars, batch_size)
    if fmt == "jsonl":
        # Null fields written as null, as the extract command writes them.
        articles.write.option("ignoreNullFields", "false").json(output_dir)
        written = spark.read.schema("id string, warnings array<string>, error string").json(output_dir)
    else:
        articles.write.parquet(output_dir)
        written = spark.read.parquet(output_dir).select("id", "warnings", "error")
    counts = written.agg(
        F.count(F.when(F.col("error").isNull(), 1)).alias("processed"),
        F.count(F.when(F.col("error").isNull() & (F.size("warnings") > 0), 1)).alias("with_warnings"),
        F.count(F.col("error")).alias("failed"),
    ).first()
    errors = [(row.id, row.error) for row in
              written.where(F.col("error").isNotNull()).orderBy("id").limit(ERRORS_SHOWN).collect()]
    return JobSummary(counts.processed, counts.with_warnings, counts.failed, errors)


def java_major(version_output: str) -> int | None:
    """The major version in ``java -version``'s output ("1.8.0_392" is 8)."""
    found = re.search(r'version "(\d+)(?:\.(\d+))?', version_output)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


MIN_JAVA = 17


def java_problem() -> str | None:
    """Why Spark cannot start here for want of Java, in one line; None when it can."""
    java_home = os.environ.get("JAVA_HOME")
    java = os.path.join(java_home, "bin", "java") if java_home else shutil.which("java")
    where = "in JAVA_HOME" if java_home else "on PATH"
    if not java or not os.access(java, os.X_OK):
        return f"Spark needs Java {MIN_JAVA} or later and there is no java {where}"
    try:
        shown = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"Spark needs Java {MIN_JAVA} or later and {java} does not run ({error})"
    major = java_major(shown.stderr + shown.stdout)
    if major is not None and major < MIN_JAVA:
        return f"Spark needs Java {MIN_JAVA} or later; {java} is Java {major}"
    return None


# How the files of a job are cut into tasks (see spark_session); measured on
# 1,000 articles in local[2]: 64 tasks with Spark's defaults, 16 with these,
# warm run about 19 s -> 16 s.
FILE_OPEN_COST_BYTES = 8 * 1024
FILE_TASKS_PER_CORE = 4


def spark_session(master: str | None = None, conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession for the extractor (or the one already running).

    Python workers are reused across tasks, so each loads the model once. In
    local mode they run this interpreter, which has the extractor installed;
    on a cluster, ``spark.pyspark.python`` (or PYSPARK_PYTHON) must name an
    interpreter that has it (see README, "Scale out").
    """
    conf = dict(conf or {})
    local = (master or conf.get("spark.master") or "local").startswith("local")
    if local and "spark.pyspark.python" not in conf:
        # Read by the Python side when it starts the JVM, and inherited by
        # local workers; without it they would run whatever "python3" is.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("fr-news-extractor")
    if master:
        builder = builder.master(master)
    settings = {
        "spark.python.worker.reuse": "true",
        "spark.log.level": "ERROR",
        # Spark's progress bar is for a terminal, not for a log file.
        "spark.ui.showConsoleProgress": "true" if sys.stderr.isatty() else "false",
        # Articles are files of a few kilobytes. Spark counts opening a file as
        # reading 4 MB (a cost meant for big data files), which cuts 1,000 articles
        # into 64 tasks, each paying a round trip to a Python worker; counted as
        # 8 KB, they make a few tasks per core (see FILE_TASKS_PER_CORE).
        "spark.sql.files.openCostInBytes": str(FILE_OPEN_COST_BYTES),
        **conf,
    }
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    if "spark.sql.files.minPartitionNum" not in conf:
        # With cheap opens, small inputs would make one task per core; a few per
        # core keep both cores busy to the end of a job.
        parallelism = session.sparkContext.defaultParallelism
        session.conf.set("spark.sql.files.minPartitionNum", str(FILE_TASKS_PER_CORE * parallelism))
    return session
