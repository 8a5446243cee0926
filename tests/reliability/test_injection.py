"""Cypher injection: names, sentences, quantities and query parameters crafted as Cypher never
change a query. Stored strings come back byte for byte, parameters only select, invalid
relation types are refused before anything is written, and ``kg query`` writes only with
``--write`` - on both stores where the store can do it.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import kg, no_traceback
from kg.errors import InvalidName, QueryNotSupported
from kg.jsonl import write_relations
from kg.model import Actor, Mention, Quantity, Relation
from kg.store import open_store

PAYLOADS = [
    '"}) DETACH DELETE n //',
    "'}) DETACH DELETE n //",
    "'; MATCH (n) DETACH DELETE n; //",
    '"; MATCH (n) DETACH DELETE n; //',
    "` MATCH (n) DETACH DELETE n //",
    "`]->() DETACH DELETE n //",
    "$name $rows ${x}",
    "\\u0027) DETACH DELETE n //",
    "\\' OR 1=1 //",
    "x' OR '1'='1",
    "\") CREATE (:Pwned) //",
    "*/ MATCH (n) DETACH DELETE n /*",
    "Robert'); DROP DATABASE neo4j;--",
    "__import__('os').system('touch /tmp/kg-pwned')",
    "\"\"\"+__import__('os').getcwd()+\"\"\"",
    "\n} CALL db.clearQueryCaches() //\r\n",
    "\u2028\u2029\x00\x1f nul",
]


def relation(i: int, payload: str) -> Relation:
    subject = Actor.create(f"Actor {payload} {i}", "PERSON", aliases=(payload,))
    # Named exactly as the payload (ids are made here: slugs of two payloads may collide).
    obj = Actor(f"org:payload-{i}", payload, "ORG") if i % 2 else Actor.create(
        f"Other {i} {payload}", "ORG")
    sentence = f"{subject.name} met {obj.name}: {payload}"
    target = (Mention(obj, obj.name, sentence.index(obj.name, len(subject.name)),
                      sentence.index(obj.name, len(subject.name)) + len(obj.name))
              if i % 3 else Quantity(float(i), payload[:20], payload, 0, len(payload)))
    return Relation(subject=Mention(subject, subject.name, 0, len(subject.name)),
                    predicate="MEET" if i % 3 else "TARGET", object=target,
                    doc=f"doc-{payload}", sentence=sentence, sentence_start=0,
                    category="CONSULT" if i % 3 else None, date=date(2025, 3, 1 + i % 28),
                    date_text=payload, doc_title=payload, doc_url=payload)


# What a command line can carry (no NUL byte).
ARGV_PAYLOADS = [payload for payload in PAYLOADS if "\x00" not in payload]

SEEDED = [relation(i, payload) for i, payload in enumerate(PAYLOADS)]


@pytest.fixture(params=["networkx", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def target(request, tmp_path):
    """A store of each engine holding the hostile relations (and nothing else)."""
    if request.param == "neo4j":
        uri = request.getfixturevalue("neo4j_target")
    else:
        uri = str(tmp_path / "graph.json")
    with open_store(uri) as store:
        store.add(SEEDED)
    return uri


def everything(uri: str) -> dict:
    with open_store(uri, read_only=True) as store:
        counts = store.counts()
        return {"counts": counts, "relations": sorted(r.as_row()["id"] for r in store.relations()),
                "actors": sorted(a.id for a in store.actors()),
                "documents": sorted(d.id for d in store.documents())}


def test_hostile_strings_are_stored_as_given(target):
    with open_store(target, read_only=True) as store:
        stored = {r.id: r for r in store.relations()}
    assert stored == {r.id: r for r in SEEDED}
    names = {a.name for r in SEEDED for a in (r.subject.actor,)}
    assert names <= {a.name for a in open_store(target, read_only=True).actors()}


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_parameter_only_selects(target, payload):
    before = everything(target)
    cypher = "MATCH (a:Actor) WHERE a.name = $name RETURN a.name AS name, a.id AS id"
    with open_store(target, read_only=True) as store:
        rows = store.query(cypher, name=payload)
    expected = sorted({(r.object.actor.name, r.object.actor.id) for r in SEEDED
                       if isinstance(r.object, Mention) and r.object.actor.name == payload})
    assert sorted((row["name"], row["id"]) for row in rows) == expected
    assert everything(target) == before


@pytest.mark.parametrize("payload", ARGV_PAYLOADS)
def test_the_cli_passes_parameters_as_values(target, payload):
    before = everything(target)
    run = kg("query", "-e", "MATCH (a:Actor) WHERE a.name = $name RETURN a.id AS id",
             "--param", f"name={payload}", "--format", "json", "--store", target)
    assert run.code == 0 and no_traceback(run.err), run.err
    ids = [row["id"] for row in json.loads(run.out)]
    assert len(ids) <= 1
    assert everything(target) == before


@pytest.mark.parametrize("name", ["actors", "profile"])
@pytest.mark.parametrize("payload", ARGV_PAYLOADS[:8])
def test_named_queries_take_hostile_parameters(target, name, payload):
    before = everything(target)
    param = "name" if name == "actors" else "actor"
    run = kg("query", name, "--param", f"{param}={payload}", "--format", "json",
             "--store", target)
    assert run.code in (0, 1) and no_traceback(run.err), run.err
    if run.code == 0:  # rows about actors whose names hold the payload, at most all of them
        assert len(json.loads(run.out)) <= len(before["actors"])
    else:  # e.g. "no actor named ..."
        assert len(run.err.strip().splitlines()) == 1
    assert everything(target) == before


@pytest.mark.parametrize("predicate", ["MEET`]->() DETACH DELETE n //", "meet", "MEET {x:1}",
                                       "MEET|CRITICIZE", "", "1MEET", "MEET\n", "MÉET"])
def test_an_invalid_predicate_is_refused_before_anything_is_written(target, predicate):
    before = everything(target)
    good = relation(100, "fine")
    bad = relation(101, "bad")
    bad = Relation(**{**{f: getattr(bad, f) for f in bad.__dataclass_fields__
                         if f != "id"}, "predicate": predicate})
    with open_store(target) as store, pytest.raises(InvalidName):
        store.add([good, bad])
    assert everything(target) == before


def test_kg_load_refuses_an_invalid_predicate_line(target, tmp_path):
    before = everything(target)
    path = tmp_path / "evil.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        write_relations([relation(200, "x")], handle)
    row = json.loads(path.read_text())
    row["predicate"] = "MEET]->(o) DETACH DELETE o //"
    path.write_text(json.dumps(row) + "\n")
    run = kg("load", path, "--store", target)
    assert run.code == 1 and no_traceback(run.err)
    assert run.err.startswith(f"error: {path} line 1: predicate ")
    assert everything(target) == before


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Pwned {x: 1})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (a:Actor) SET a.name = 'pwned'",
    "MERGE (n:Pwned {id: 'x'}) RETURN n",
    "MATCH (a:Actor) RETURN a.name AS n UNION MATCH (b:Actor) DETACH DELETE b RETURN 1 AS n",
    "CALL { CREATE (:Pwned) } IN TRANSACTIONS",
])
def test_query_without_write_changes_nothing(target, cypher):
    before = everything(target)
    run = kg("query", "-e", cypher, "--store", target)
    assert run.code == 1 and no_traceback(run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.err
    assert everything(target) == before


@pytest.mark.neo4j
def test_query_with_write_writes_on_neo4j(neo4j_target):
    run = kg("query", "-e", "CREATE (n:Scratch {x: $x}) RETURN n.x AS x", "--param",
             "x='; MATCH (n) DETACH DELETE n; //", "--write", "--store", neo4j_target,
             "--format", "json")
    assert run.code == 0, run.err
    assert json.loads(run.out) == [{"x": "'; MATCH (n) DETACH DELETE n; //"}]
    with open_store(neo4j_target, read_only=True) as store:
        assert store.query("MATCH (n:Scratch) RETURN count(n) AS n") == [{"n": 1}]


def test_query_with_write_is_still_refused_by_the_json_store(tmp_path):
    path = tmp_path / "graph.json"
    with open_store(path) as store:
        store.add(SEEDED[:2])
    before = path.read_bytes()
    run = kg("query", "-e", "CREATE (n:X)", "--write", "--store", path)
    assert run.code == 1 and run.err.startswith("error: the NetworkX store is read-only: CREATE")
    assert path.read_bytes() == before


# The NetworkX store writes parameters into the query text for grand-cypher (which reads
# string literals back with Python's eval): any text must come back as itself.
@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_text_parameter_is_one_literal_on_the_json_store(tmp_path_factory, text):
    path = tmp_path_factory.getbasetemp() / "fuzz-param.json"
    if not path.exists():
        with open_store(path) as store:
            store.add(SEEDED)
    with open_store(path, read_only=True) as store:
        try:
            rows = store.query("MATCH (a:Actor) WHERE a.name = $name RETURN a.name AS name",
                               name=text)
        except QueryNotSupported:
            return
        assert all(row["name"] == text for row in rows)
        [echo] = store.query("MATCH (a:Actor) WHERE a.id = $id RETURN a.id AS id",
                             id=SEEDED[0].subject.actor.id)
        assert echo["id"] == SEEDED[0].subject.actor.id
