"""scripts/neo4j and scripts/run-tests when the server cannot be had: a busy port that was asked
for, no Java. Each fails at once with one line that says why, and starts nothing."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def script(path: str, *argv: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(ROOT / path), *argv], env=env, text=True, capture_output=True,
                          timeout=120, cwd=ROOT)


def path_without_java(folder: Path) -> str:
    """A PATH of links to every program of this one's folders but java."""
    folder.mkdir()
    for directory in os.environ["PATH"].split(os.pathsep):
        if not Path(directory).is_dir():
            continue
        for program in Path(directory).iterdir():
            link = folder / program.name
            if program.name != "java" and not link.exists() and os.access(program, os.X_OK):
                link.symlink_to(program)
    return str(folder)


@pytest.mark.neo4j
def test_a_busy_port_that_was_asked_for_is_one_error_and_starts_nothing(neo4j_uri, tmp_path):
    with socket.socket() as listener:  # a plain TCP listener, not Neo4j
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        env = {**os.environ, "KG_NEO4J_STATE": str(tmp_path / "state"),
               "KG_NEO4J_PORT": str(port)}
        started = script("scripts/neo4j", "start", env=env)

    assert started.returncode == 1 and started.stdout == ""
    assert started.stderr.splitlines()[-1] == (
        f"scripts/neo4j: port {port} is already in use by another program; choose a free one "
        "or unset the variable to let scripts/neo4j pick one")
    assert script("scripts/neo4j", "status", env=env).returncode == 3  # nothing running


def test_run_tests_without_java_fails_with_one_line_that_says_why(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("KG_", "JAVA_HOME"))}
    env.update(PATH=path_without_java(tmp_path / "bin"), TMPDIR=str(tmp_path))
    assert shutil.which("java", path=env["PATH"]) is None

    done = script("scripts/run-tests", "--co", "-q", env=env)

    assert done.returncode == 1 and "passed" not in done.stdout
    assert done.stderr.splitlines()[-1] == (
        "scripts/run-tests: error: Neo4j did not start (java 17+ not found; install "
        "openjdk-17-jre-headless), so the Neo4j tests cannot run; fix that, or run the rest "
        "with: KG_TEST_WITHOUT=neo4j make test")
    assert not list(tmp_path.glob("kg-test-neo4j.*"))  # its state directory is gone too
