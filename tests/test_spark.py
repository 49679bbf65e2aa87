"""Extraction on Apache Spark (``extractor.spark``, the ``spark`` command).

Schema and row-building tests need pyspark and pyarrow only; the others run
Spark in local mode (local[2], one session for the module) and need Java 17+.
The Spark output is compared with the extract command's, article for article.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

try:
    import pyarrow as pa
    import pyspark  # noqa: F401
except ImportError:
    pytest.skip("pyspark or pyarrow is not installed (pip install -e '.[spark]')", allow_module_level=True)

import spacy
from pydantic import BaseModel, Field
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
)
from spacy.language import Language
from synthetic_articles import articles as synthetic_articles

from extractor import spark as spark_support
from extractor.api import Extractor
from extractor.batch import too_long_reason
from extractor.cli import main
from extractor.inputs import html_to_text
from extractor.models import Article, Span

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


# --- the schema, derived from the models -------------------------------------

def _from_json_schema(node: dict, defs: dict) -> tuple:
    """(Spark type, nullable) read from a JSON Schema node: a second derivation,
    independent of the one in extractor.spark (which reads model_fields)."""
    if "$ref" in node:
        return _struct_from_json_schema(defs[node["$ref"].rsplit("/", 1)[1]], defs), False
    if "anyOf" in node:
        members = [m for m in node["anyOf"] if m.get("type") != "null"]
        assert len(members) == 1
        return _from_json_schema(members[0], defs)[0], len(members) < len(node["anyOf"])
    kind = node.get("type")
    if kind == "array":
        return ArrayType(*_from_json_schema(node["items"], defs)), False
    scalars = {"string": StringType(), "integer": LongType(), "number": DoubleType(),
               "boolean": BooleanType()}
    return scalars[kind], False


def _struct_from_json_schema(schema: dict, defs: dict) -> StructType:
    return StructType([StructField(name, *_from_json_schema(prop, defs))
                       for name, prop in schema["properties"].items()])


def _json_schema_struct(model: type[BaseModel]) -> StructType:
    schema = model.model_json_schema()
    return _struct_from_json_schema(schema, schema.get("$defs", {}))


def test_the_spark_schema_is_the_models_json_schema():
    assert spark_support.article_schema() == _json_schema_struct(Article)


def test_a_change_to_the_models_changes_the_spark_schema():
    class Tagged(Span):
        label: str | None = None

    class Extended(Article):
        tags: list[Tagged] = Field(default_factory=list)
        score: float = 0.0

    extended = spark_support.model_struct(Extended)
    assert extended == _json_schema_struct(Extended)
    assert extended != spark_support.article_schema()
    assert extended["tags"].dataType.elementType["label"] == StructField("label", StringType(), True)
    assert extended["score"] == StructField("score", DoubleType(), False)


def test_the_contract_fields_are_typed_columns():
    schema = spark_support.result_schema()
    assert schema.fieldNames() == [*Article.model_fields, "error"]
    rounds = schema["funding_rounds"].dataType.elementType
    assert rounds["amount"].dataType["value"].dataType == DoubleType()
    assert rounds["investors"].dataType.elementType["lead"].dataType == BooleanType()
    assert schema["quotes"].dataType.elementType["start"].dataType == LongType()
    assert schema["warnings"].dataType == ArrayType(StringType(), False)


@pytest.mark.parametrize("annotation, expected", [
    (str, (StringType(), False)),
    (int | None, (LongType(), True)),
    (bool, (BooleanType(), False)),
    (list[str], (ArrayType(StringType(), False), False)),
    (list[float | None], (ArrayType(DoubleType(), True), False)),
])
def test_spark_type_of_an_annotation(annotation, expected):
    assert spark_support.spark_type(annotation) == expected


@pytest.mark.parametrize("annotation", [dict[str, str], int | str, bytes])
def test_annotations_without_a_spark_type_are_refused(annotation):
    with pytest.raises(TypeError, match="no Spark type"):
        spark_support.spark_type(annotation)


# --- pure helpers ---------------------------------------------------------------

def test_file_ids_are_stems_unless_two_files_share_one():
    ids = spark_support.file_ids(["/in/a.txt", "/in/x/page.html", "/in/y/page.txt", "/in/y/b.htm"])
    assert ids == {"/in/a.txt": "a", "/in/x/page.html": "x/page", "/in/y/page.txt": "y/page",
                   "/in/y/b.htm": "b"}
    assert spark_support.file_ids(["/in/c.txt", "/in/c.html"]) == {"/in/c.txt": "c.txt",
                                                                     "/in/c.html": "c.html"}


@pytest.mark.parametrize("uri, path", [
    ("file:/tmp/a b/x é.txt", "/tmp/a b/x é.txt"),
    ("file:///tmp/x.txt", "/tmp/x.txt"),
    ("hdfs://namenode:8020/news/x.txt", "/news/x.txt"),
    ("/plain/x.txt", "/plain/x.txt"),
])
def test_file_path_of_a_uri(uri, path):
    assert spark_support.file_path(uri) == path


@pytest.mark.parametrize("output, major", [
    ('openjdk version "17.0.15" 2025-04-15', 17),
    ('java version "1.8.0_392"', 8),
    ('openjdk version "21" 2023-09-19', 21),
    ("no version here", None),
])
def test_java_major(output, major):
    assert spark_support.java_major(output) == major


def test_java_problem_names_what_is_missing(monkeypatch, tmp_path):
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    assert spark_support.java_problem() == (
        f"Spark needs Java {spark_support.MIN_JAVA} or later and there is no java in JAVA_HOME")
    monkeypatch.delenv("JAVA_HOME")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert "no java on PATH" in spark_support.java_problem()


# --- rows through a pipeline that fails on purpose (no Spark, no model) ------

@Language.component("test_spark_fails_on_boum")
def _fails_on_boum(doc):
    if "BOUM" in doc.text:
        raise ValueError("BOUM")
    return doc


CP1252 = "encoding: decoded as cp1252, not UTF-8"


def _row(id, text, error=None, warnings=None, published=None):
    return {"id": id, "text": text, "published": published, "warnings": warnings, "error": error}


def test_rows_keep_their_place_whatever_fails():
    nlp = spacy.blank("fr")
    nlp.add_pipe("test_spark_fails_on_boum")
    extractor = Extractor(nlp, check_language=False)
    rows = [_row("a", "Un texte."), _row("b", "Texte BOUM."), _row("c", None),
            _row("d", "Jamais lu.", error="not a text file (contains NUL bytes)"),
            _row(None, "Sans id."), _row("f", "date 2024-05-02\nDaté.", warnings=[CP1252]),
            _row("g", "Publié.", published="2023-01-09")]
    schema = pa.schema(spark_support.to_arrow_schema(spark_support.result_schema()))
    batches = list(spark_support.extract_rows(iter(rows), extractor, schema, batch_size=3))
    assert [b.num_rows for b in batches] == [3, 3, 1]
    out = [record for batch in batches for record in batch.to_pylist()]
    assert [r["id"] for r in out] == ["a", "b", "c", "d", "", "f", "g"]
    assert out[0]["error"] is None and out[0]["warnings"] == []
    assert out[1]["error"] is None and out[1]["warnings"][0].startswith("extraction failed: ValueError: BOUM")
    assert out[2]["error"] == spark_support.NO_TEXT
    assert out[3]["error"] == "not a text file (contains NUL bytes)"
    assert out[4]["error"] == spark_support.NO_ID
    assert out[5]["published"] == "2024-05-02" and out[5]["warnings"] == [CP1252]
    assert out[6]["published"] == "2023-01-09"
    assert all(r["funding_rounds"] == [] and r["quotes"] == [] for r in out)


# --- Spark in local mode ---------------------------------------------------------

@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    problem = spark_support.java_problem()
    if problem:
        pytest.skip(f"Spark cannot start: {problem}")
    load_log = tmp_path_factory.mktemp("spark") / "model-loads.log"
    os.environ[spark_support.LOAD_LOG_ENV] = str(load_log)  # inherited by the Python workers
    session = spark_support.spark_session("local[2]", {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "2",
        "spark.default.parallelism": "2",
    })
    yield session
    session.stop()
    os.environ.pop(spark_support.LOAD_LOG_ENV, None)


@pytest.fixture(autouse=True)
def _model(request):
    """Tests that run Spark compare with the extractor in this process: load it
    once, outside any test's own work."""
    if "spark" in request.fixturenames:
        request.getfixturevalue("extractor")


def _loads() -> list[str]:
    log = Path(os.environ[spark_support.LOAD_LOG_ENV])
    return log.read_text(encoding="utf-8").split("\n")[:-1] if log.exists() else []


def _cli_records(capsys, *args) -> list[dict]:
    code = main(["extract", *map(str, args)])
    out, _ = capsys.readouterr()
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def _spark_json_records(directory: Path) -> list[dict]:
    records = []
    for part in sorted(directory.glob("part-*.json")):
        records += [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
    return records


def test_spark_output_equals_the_extract_command_article_for_article(spark, tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for sample in SAMPLES.glob("*.txt"):
        shutil.copy(sample, inputs)
    for id, text in synthetic_articles(240):
        (inputs / f"{id}.txt").write_text(text, encoding="utf-8")
    expected = {record["id"]: record for record in _cli_records(capsys, inputs)}

    code = main(["spark", str(inputs), str(tmp_path / "out"), "--format", "jsonl", "--master", "local[2]"])
    _, err = capsys.readouterr()
    assert code == 0
    assert err.strip().splitlines()[-1].startswith("done: 255 processed, ")
    assert ", 0 failed" in err
    records = _spark_json_records(tmp_path / "out")
    assert all(record.pop("error") is None for record in records)
    assert len(records) == len(expected) == 255
    assert {record["id"]: record for record in records} == expected
    # Not a comparison of empty records: the generated articles hold facts.
    assert sum(len(r["funding_rounds"]) for r in records) >= 120
    assert sum(len(r["quotes"]) for r in records) >= 160
    assert sum(len(r["model_launches"]) for r in records) >= 50


def _bad_inputs(directory: Path) -> None:
    directory.mkdir()
    (directory / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (directory / "broken-utf16.txt").write_bytes(b"\xff\xfe" + "Texte".encode("utf-16-le") + b"\x00\xd8")
    (directory / "ancien.txt").write_bytes(
        "La société Ferronnière lève 2 millions d'euros auprès de Galet Capital, précise-t-elle."
        .encode("cp1252"))
    (directory / "utf16.txt").write_bytes(
        "\ufeffLa start-up Kelpéo présente Aster 4, un modèle ouvert.".encode("utf-16-le"))
    (directory / "vide.txt").write_bytes(b"   \n")
    (directory / "page.html").write_text(
        "<html><head><title>Titre</title><script>var x = 1;</script></head><body><p>La start-up "
        "Verdanne lève 3 millions d'euros auprès de Boréal Invest.</p><p>« Nous recrutons », "
        "explique Léa Morel, sa présidente.</p></body></html>", encoding="utf-8")
    (directory / "sub").mkdir()
    (directory / "sub" / "page.txt").write_text("Une page du même nom, ailleurs.", encoding="utf-8")
    (directory / "notes.md").write_text("Pas lu : ce n'est ni du texte ni du HTML.", encoding="utf-8")


def test_bad_inputs_are_rows_with_errors_as_the_extract_command_reports_them(spark, tmp_path, capsys):
    inputs = tmp_path / "in"
    _bad_inputs(inputs)
    code = main(["extract", str(inputs), "-o", str(tmp_path / "cli.jsonl"),
                 "--errors", str(tmp_path / "errors.jsonl")])
    cli_summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == 1 and cli_summary.startswith("done: 5 processed, 3 with warnings, 2 failed")
    expected = {r["id"]: r for r in
                map(json.loads, (tmp_path / "cli.jsonl").read_text(encoding="utf-8").splitlines())}
    expected_errors = {r["id"]: r["reason"] for r in
                       map(json.loads, (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines())}
    assert set(expected_errors) == {"image", "broken-utf16"}

    code = main(["spark", str(inputs), str(tmp_path / "out")])  # Parquet
    _, err = capsys.readouterr()
    assert code == 1
    assert "error: image: not a text file" in err
    assert err.strip().splitlines()[-1].startswith("done: 5 processed, 3 with warnings, 2 failed")
    rows = [row.asDict(recursive=True) for row in spark.read.parquet(str(tmp_path / "out")).collect()]
    errors = {row["id"]: row.pop("error") for row in rows}
    assert {id: error for id, error in errors.items() if error} == expected_errors
    assert {row["id"]: row for row in rows if not errors[row["id"]]} == expected
    assert set(expected) == {"ancien", "utf16", "vide", "page", "sub/page"}


def test_read_articles_then_extract_dataframe_equals_extract_files(spark, tmp_path):
    inputs = tmp_path / "in"
    _bad_inputs(inputs)
    chained = spark_support.extract_dataframe(spark_support.read_articles(spark, str(inputs)))
    fused = spark_support.extract_files(spark, str(inputs))
    rows = {row.id: row.asDict(recursive=True) for row in chained.collect()}
    assert rows == {row.id: row.asDict(recursive=True) for row in fused.collect()}
    assert rows["ancien"]["warnings"][0] == CP1252 and rows["ancien"]["error"] is None
    assert rows["image"]["error"].startswith("not a text file") and rows["image"]["warnings"] == []
    assert rows["page"]["funding_rounds"][0]["company"] == "Verdanne"


def test_read_articles_decodes_as_the_extract_command(spark, tmp_path):
    inputs = tmp_path / "in"
    _bad_inputs(inputs)
    (inputs / "long.txt").write_text("Un texte un peu trop long pour la limite. " * 6, encoding="utf-8")
    (inputs / "huge.txt").write_text("Beaucoup trop long. " * 100, encoding="utf-8")
    rows = {row.id: row for row in spark_support.read_articles(spark, str(inputs), max_chars=200).collect()}
    assert set(rows) == {"image", "broken-utf16", "ancien", "utf16", "vide", "page", "sub/page",
                         "long", "huge"}
    assert rows["ancien"].warnings == [CP1252]
    assert rows["ancien"].text.startswith("La société Ferronnière")
    assert rows["utf16"].warnings == ["encoding: decoded as utf-16, not UTF-8"]
    assert rows["utf16"].error is None
    html = (inputs / "page.html").read_text(encoding="utf-8")
    assert rows["page"].text == html_to_text(html) and rows["page"].path.endswith("in/page.html")
    assert rows["image"].text is None and rows["image"].error.startswith("not a text file")
    # Decoded then refused, and refused by size without being read: the same message.
    assert rows["long"].error == rows["huge"].error == too_long_reason(200)


def test_a_glob_names_files_and_nothing_matching_is_an_error(spark, tmp_path, capsys):
    inputs = tmp_path / "in"
    _bad_inputs(inputs)
    ids = {row.id for row in spark_support.read_articles(spark, str(inputs / "*.txt")).collect()}
    assert ids == {"image", "broken-utf16", "ancien", "utf16", "vide"}
    with pytest.raises(FileNotFoundError):
        spark_support.read_articles(spark, str(tmp_path / "absent" / "*.txt"))
    code = main(["spark", str(tmp_path / "absent"), str(tmp_path / "out")])
    assert code == 2 and "no such file or directory" in capsys.readouterr().err


def test_extract_dataframe_on_a_dataframe_of_texts(spark, extractor):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    published = "2025-06-30"
    df = spark.createDataFrame([(id, text, published) for id, text in texts.items()]
                               + [("sans-texte", None, None)],
                               "doc_id string, body string, day string")
    out = spark_support.extract_dataframe(df, text_col="body", id_col="doc_id", published_col="day")
    assert out.schema == spark_support.result_schema()
    rows = {row.id: row.asDict(recursive=True) for row in out.collect()}
    assert rows.pop("sans-texte")["error"] == spark_support.NO_TEXT
    expected = {id: {**extractor.extract(text, id=id, published=published).model_dump(mode="json"),
                     "error": None}
                for id, text in texts.items()}
    assert rows == expected


def test_missing_columns_are_named(spark):
    df = spark.createDataFrame([("a", "Texte.")], "id string, contenu string")
    with pytest.raises(ValueError, match="no column 'text'"):
        spark_support.extract_dataframe(df)


def test_the_model_is_loaded_once_per_python_worker(spark):
    before = len(_loads())
    texts = [(str(i), f"La start-up Solvéo lève {i} millions d'euros.") for i in range(40)]
    df = spark.createDataFrame(texts, "id string, text string").repartition(8)
    rows = spark_support.extract_dataframe(df, batch_size=4).collect()
    assert len(rows) == 40 and all(row.error is None for row in rows)
    loads = _loads()
    # Eight tasks ran on local[2]: a load per task would be eight.
    assert len(loads) - before <= 2
    pids = [line.split("\t")[0] for line in loads]
    assert len(pids) == len(set(pids)) >= 1  # no worker process loaded it twice
