"""The spark command where Spark cannot run: one clear line and exit status 2,
never a traceback. These run with or without pyspark installed (a fresh
interpreter, so that no Spark session of the other tests is reused)."""

import os
import subprocess
import sys

import pytest

RUN_CLI = "import sys; from extractor.cli import main; sys.exit(main(sys.argv[1:]))"
HIDE_PYSPARK = "import sys; sys.modules['pyspark'] = None; " + RUN_CLI


def _run(code: str, args: list[str], env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=300, check=False)


def test_without_pyspark_the_spark_command_says_which_extra_to_install(tmp_path):
    result = _run(HIDE_PYSPARK, ["spark", str(tmp_path), str(tmp_path / "out")])
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(
        'error: the spark command needs the spark extra: pip install "fr-news-extractor[spark]"')
    assert not (tmp_path / "out").exists()


def test_without_java_the_spark_command_says_so(tmp_path):
    pytest.importorskip("pyspark")
    env = {key: value for key, value in os.environ.items() if key != "JAVA_HOME"}
    env["PATH"] = str(tmp_path)  # no java on it
    result = _run(RUN_CLI, ["spark", str(tmp_path), str(tmp_path / "out")], env)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: Spark needs Java 17 or later and there is no java on PATH"]


def test_an_existing_output_directory_is_refused_before_spark_starts(tmp_path):
    pytest.importorskip("pyspark")
    (tmp_path / "out").mkdir()
    result = _run(RUN_CLI, ["spark", str(tmp_path), str(tmp_path / "out")])
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'out'}: already exists (Spark writes a new directory)"]


def test_conf_must_be_key_equals_value(tmp_path):
    pytest.importorskip("pyspark")
    result = _run(RUN_CLI, ["spark", str(tmp_path), str(tmp_path / "out"),
                            "--conf", "spark.executor.memory"])
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["error: --conf takes KEY=VALUE, not 'spark.executor.memory'"]
