"""Secrets: the Neo4j password comes from the environment, ``--password`` or a prompt, and is
never printed, logged, stored, or written into a page or a JSON file - in runs that work,
runs that fail (closed port, wrong password, credentials in the URI) and ``--help``.

A user with a distinctive password is created on the test server for this module (Neo4j
Community has users, not roles) and dropped at the end.
"""

from __future__ import annotations

import io
import json
import os
import socket
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from conftest import kg, no_traceback
from kg.jsonl import write_relations
from kg.model import Actor, Mention, Relation
from kg.store import open_store

pytestmark = pytest.mark.neo4j

USER = "kgsecrettest"
SECRET = "Sq7-unlikely-Secret-Zephyr-91c4"
WRONG = "Wr0ng-unlikely-Secret-Quokka-55"


@pytest.fixture(scope="module")
def secret_user(neo4j_uri):
    """KG_NEO4J_URI, with user USER (password SECRET) created for this module."""
    import neo4j

    auth = (os.environ.get("KG_NEO4J_USER", "neo4j"), os.environ.get("KG_NEO4J_PASSWORD"))
    with neo4j.GraphDatabase.driver(neo4j_uri, auth=auth) as driver:
        driver.execute_query(f"CREATE OR REPLACE USER {USER} SET PASSWORD $p CHANGE NOT REQUIRED",
                             p=SECRET, database_="system")
        try:
            yield neo4j_uri
        finally:
            driver.execute_query(f"DROP USER {USER} IF EXISTS", database_="system")


@pytest.fixture(scope="module")
def relations_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("secrets") / "relations.jsonl"
    rutte, trump = Actor.create("Mark Rutte", "PERSON"), Actor.create("Donald Trump", "PERSON")
    sentence = "Mark Rutte met Donald Trump on Thursday."
    with path.open("w", encoding="utf-8") as handle:
        write_relations([Relation(subject=Mention(rutte, "Mark Rutte", 0, 10), predicate="MEET",
                                  object=Mention(trump, "Donald Trump", 15, 27), doc="doc-1",
                                  sentence=sentence, sentence_start=0, category="CONSULT")],
                        handle)
    return path


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.model
def test_the_password_is_nowhere_after_every_command(secret_user, relations_file, tmp_path):
    uri = secret_user
    with open_store(uri) as store:
        store.query("MATCH (n) DETACH DELETE n")
    article = tmp_path / "article.txt"
    article.write_text("Mark Rutte met Donald Trump in Washington on Thursday.\n")
    page, rows = tmp_path / "graph.html", tmp_path / "rows.json"
    by_env = {"KG_NEO4J_USER": USER, "KG_NEO4J_PASSWORD": SECRET}
    store = ["--store", uri]
    by_flag = ["--store", uri, "--user", USER, "--password", SECRET]
    bad_uri = f"bolt://127.0.0.1:{closed_port()}"
    runs = [
        (kg("build", article, *store, "--html", page, env=by_env), 0),
        (kg("load", relations_file, *by_flag, env={"KG_NEO4J_PASSWORD": ""}), 0),
        (kg("query", "-e", "MATCH (a:Actor) RETURN a.name AS name", "--format", "json",
            *store, env=by_env), 0),
        (kg("show", *by_flag), 0),
        (kg("visualize", *store, "-o", page, env=by_env), 0),
        (kg("extract", article, "-o", tmp_path / "relations.jsonl", env=by_env), 0),
        # failing runs
        (kg("show", "--store", bad_uri, env=by_env), 1),
        (kg("build", article, "--store", bad_uri, "--password", SECRET), 1),
        (kg("load", relations_file, "--store", f"bolt://{USER}:{SECRET}@127.0.0.1:7687"), 1),
        (kg("query", "-e", "RETURN $x AS x", "--param", "x=1", *store,
            env={"KG_NEO4J_USER": "nobody-here", "KG_NEO4J_PASSWORD": SECRET}), 1),
        (kg("query", "-e", "RETURN 1 AS one", "--store", "neo4jj://x", env=by_env), 1),
        (kg("query", "-e", "THIS IS NOT CYPHER", *store, env=by_env), 1),
        (kg("--help", env=by_env), 0),
        (kg("build", "--help", env=by_env), 0),
        (kg("show", "--store", uri, "--user", "nobody-here", "--password", WRONG), 1),
    ]
    for run, code in runs:
        assert run.code == code and no_traceback(run.err), run.err
    rows.write_text(runs[2][0].out)
    assert json.loads(rows.read_text())  # the query did run with the password from env

    texts = [run.out + run.err for run, _ in runs]
    texts += [path.read_text(encoding="utf-8", errors="replace")
              for path in tmp_path.rglob("*") if path.is_file()]
    with open_store(uri, read_only=True) as opened:
        texts += [json.dumps(row, default=str) for row in opened.query(
            "MATCH (n) RETURN properties(n) AS p UNION ALL "
            "MATCH ()-[r]->() RETURN properties(r) AS p")]
    # The server's own logs (query.log, security.log ...), when we know where they are.
    state = os.environ.get("KG_NEO4J_STATE")
    if state and Path(state, "logs").is_dir():
        texts += [path.read_text(encoding="utf-8", errors="replace")
                  for path in Path(state, "logs").iterdir() if path.is_file()]
    assert len(texts) > 20
    for secret in (SECRET, WRONG):
        assert not [text[:200] for text in texts if secret in text]


def test_a_prompted_password_is_read_with_getpass_and_not_echoed(secret_user, monkeypatch,
                                                                 capsys):
    from kg.cli import main

    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or SECRET)
    monkeypatch.delenv("KG_NEO4J_PASSWORD", raising=False)
    assert main(["show", "--store", secret_user, "--user", USER, "--password", "-"]) == 0
    captured = capsys.readouterr()
    assert asked == ["Neo4j password: "]
    assert SECRET not in captured.out + captured.err


def test_no_password_anywhere_is_a_clear_error(secret_user, monkeypatch, capsys):
    from kg.cli import main

    monkeypatch.delenv("KG_NEO4J_PASSWORD", raising=False)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["show", "--store", secret_user, "--user", USER])
    text = err.getvalue() + capsys.readouterr().err
    assert code == 1 and text.count("error: ") == 1 and secret_user in text
