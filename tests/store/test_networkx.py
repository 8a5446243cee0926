"""What only the NetworkX store does: its file, and the Cypher subset grand-cypher runs."""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import replace
from datetime import date

import networkx as nx
import pytest

from kg.errors import QueryNotSupported, StoreUnavailable
from kg.model import Actor
from kg.store.networkx import NetworkXStore, may_read_text, prepare_query, texts_path
from kg.store.rows import plain_params
from store_sample import NATO, relate


def refuse_to_replace(source, target):
    raise OSError(28, "No space left on device")


@pytest.fixture
def path(tmp_path):
    return tmp_path / "g.json"


@pytest.fixture
def saved(path, sample):
    """A graph file holding the sample."""
    with NetworkXStore(path) as store:
        store.add(sample.relations, documents=sample.documents)
    return path


def test_save_leaves_only_the_file_and_its_texts(saved):
    assert sorted(os.listdir(saved.parent)) == ["g.json", "g.json.texts.jsonl.gz"]


def test_failed_save_keeps_the_previous_file(path, sample, monkeypatch):
    store = NetworkXStore(path)
    store.add(sample.relations[:3])
    before = path.read_bytes()

    monkeypatch.setattr(os, "replace", refuse_to_replace)
    with pytest.raises(StoreUnavailable, match="g.json.*No space left.*unchanged"):
        store.add(sample.relations[3:])

    assert path.read_bytes() == before
    assert os.listdir(path.parent) == ["g.json"]


def test_failed_save_is_retried_by_the_next_flush(path, sample, monkeypatch):
    store = NetworkXStore(path)
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refuse_to_replace)
        with pytest.raises(StoreUnavailable):
            store.add(sample.relations)

    store.close()

    assert set(NetworkXStore(path).relations()) == set(sample.relations)


def test_reload_round_trips(saved, sample):
    reloaded = NetworkXStore(saved, read_only=True)

    assert set(reloaded.relations()) == set(sample.relations)
    assert set(reloaded.actors()) == set(sample.actors)
    assert reloaded.stored_hashes() == {document.content_hash for document in sample.documents}


def test_reloaded_graph_equals_the_saved_one(path, sample):
    with NetworkXStore(path) as store:
        store.add(sample.relations, documents=sample.documents)

    reloaded = NetworkXStore(path).graph

    assert dict(reloaded.nodes(data=True)) == dict(store.graph.nodes(data=True))
    assert sorted(reloaded.edges(keys=True, data=True)) == sorted(
        store.graph.edges(keys=True, data=True))


def test_file_is_compact_node_link_json(saved, sample):
    text = saved.read_text(encoding="utf-8")
    graph = nx.node_link_graph(json.loads(text), edges="edges", key="id")

    assert "\n" not in text
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (10, len(sample.relations))
    assert len(graph.graph["documents"]) == 3


def test_documents_are_a_table_not_nodes(saved, sample):
    data = json.loads(saved.read_text(encoding="utf-8"))

    assert not any("Document" in node.get("__labels__", ()) for node in data["nodes"])
    assert data["graph"]["documents"][sample.documents[1].id]["title"] == "Talks in Kyiv"


def test_file_leaves_out_what_it_can_recompute(saved):
    edges = json.loads(saved.read_text(encoding="utf-8"))["edges"]

    assert not {"__labels__", "quad_class", "sentence_end"} & set().union(*edges)


def test_file_leaves_out_the_actor_label_and_empty_aliases(saved, sample):
    nodes = json.loads(saved.read_text(encoding="utf-8"))["nodes"]
    unlabelled = [node for node in nodes if "__labels__" not in node]

    assert {node["id"] for node in unlabelled} == {actor.id for actor in sample.actors}
    assert all(node.get("aliases") != [] for node in unlabelled)
    assert any("aliases" not in node for node in unlabelled)
    assert set(NetworkXStore(saved).actors()) == set(sample.actors)


def test_a_file_of_the_previous_format_still_opens(saved, sample):
    data = json.loads(saved.read_text(encoding="utf-8"))
    for node in data["nodes"]:
        node.setdefault("__labels__", ["Actor"])
        if node["__labels__"] == ["Actor"]:
            node.setdefault("aliases", [])
    data["graph"]["kg_format"] = 2
    saved.write_text(json.dumps(data), encoding="utf-8")

    assert sorted(NetworkXStore(saved).relations(), key=lambda r: r.id) == sorted(
        sample.relations, key=lambda r: r.id)


def test_file_leaves_out_provenance_its_document_holds(saved):
    edges = json.loads(saved.read_text(encoding="utf-8"))["edges"]

    assert not {"doc_date", "doc_title", "doc_url"} & set().union(*edges)


@pytest.mark.parametrize("changes", [
    {"doc_title": "Another headline"},
    {"doc_title": None, "doc_url": None, "doc_date": None},
    {"doc_date": date(2024, 1, 1), "doc_url": "https://example.org/elsewhere"},
])
def test_provenance_unlike_its_documents_survives_the_file(path, sample, changes):
    (summit, _) = sample.documents
    relation = sample.relations[0].with_(**changes)
    with NetworkXStore(path) as store:
        store.add([relation], documents=[summit])

    assert list(NetworkXStore(path).relations()) == [relation]


def test_nodes_carry_grand_cypher_labels(saved):
    graph = NetworkXStore(saved).graph

    assert graph.nodes["igo:nato"]["__labels__"] == {"Actor"}
    assert all(attrs["__labels__"] == {attrs["predicate"]}
               for _, _, attrs in graph.edges(data=True))


def test_opening_a_new_path_and_closing_creates_an_empty_graph(tmp_path):
    path = tmp_path / "new" / "g.json"

    NetworkXStore(path).close()

    assert NetworkXStore(path, read_only=True).counts()["relations"] == 0


def test_closing_unchanged_store_does_not_rewrite(saved):
    stamp = saved.stat().st_mtime_ns

    NetworkXStore(saved).close()

    assert saved.stat().st_mtime_ns == stamp


def test_read_only_store_never_writes(saved, sample):
    stamp = saved.stat().st_mtime_ns

    with NetworkXStore(saved, read_only=True) as store:
        store.query("MATCH (a:Actor) RETURN a.name AS a")

    assert saved.stat().st_mtime_ns == stamp


def test_read_only_missing_file_is_unavailable(tmp_path):
    with pytest.raises(StoreUnavailable, match="no graph file at .*missing.json"):
        NetworkXStore(tmp_path / "missing.json", read_only=True)


@pytest.mark.parametrize("content", [b"", b"{not json", b"[]", b'{"nodes": 1}',
                                     b"\xff\xfe", b'{"nodes": [], "edges": [{"source": 1}]}'])
def test_unreadable_file_is_unavailable(path, content):
    path.write_bytes(content)

    with pytest.raises(StoreUnavailable, match="cannot read graph file .*g.json"):
        NetworkXStore(path)


# Cypher grand-cypher 1.2 cannot run, and the word the error must name.
UNSUPPORTED = [
    ("MATCH (a:Actor) WITH a RETURN a.name AS a", "WITH"),
    ("MATCH (a:Actor) OPTIONAL MATCH (a)-[r]->(b) RETURN b.name AS b", "OPTIONAL"),
    ("MATCH (a:Actor) RETURN a.name AS n UNION MATCH (d:Document) RETURN d.title AS n", "UNION"),
    ("UNWIND [1, 2] AS x RETURN x", "UNWIND"),
    ("CALL db.labels()", "CALL"),
    ("MATCH (a:Actor) RETURN count(*) AS n", "'*'"),
    ("MATCH (a:Actor) RETURN count(DISTINCT a) AS n", "'a'"),
    ("MATCH (a:Actor) WHERE toLower(a.country) IS NOT NULL RETURN a.name AS a", "IS NOT NULL"),
    ("MATCH (a:Actor) RETURN labels(a) AS l", "'labels('"),
    ("MATCH (a:Actor), (b:Actor) RETURN a.name AS a", "','"),
    ("MATCH (a:Actor)-[r]->(b) RETURN r.sentence_end - r.sentence_start AS n", "'-'"),
    ("MATCH (a:Actor)-[r]->(b) RETURN DISTINCT a.name AS a", "KeyError"),
    ("MATCH (a:Actor)-[r]->(b) RETURN r.date AS d ORDER BY d", "TypeError"),
    ("MATCH (a:Actor) RETURN a.name AS `the name`", "'`'"),
]


@pytest.mark.parametrize(("cypher", "named"), UNSUPPORTED)
def test_unsupported_cypher_is_named(saved, cypher, named):
    with pytest.raises(QueryNotSupported) as raised:
        NetworkXStore(saved).query(cypher)

    assert named in str(raised.value)
    assert "use a Neo4j store" in str(raised.value)


WRITES = [
    ('CREATE (n:Actor {id: "x"})', "CREATE"),
    ('MERGE (n:Actor {id: "x"})', "MERGE"),
    ("MATCH (n) DETACH DELETE n", "DETACH"),
    ("MATCH (n) DELETE n", "DELETE"),
    ('MATCH (a:Actor) SET a.name = "x"', "SET"),
    ("MATCH (a:Actor) REMOVE a.name", "REMOVE"),
    ("LOAD CSV FROM 'file:///x.csv' AS row RETURN row", "LOAD"),
    ("MATCH (a:Actor) FOREACH (x IN [1] | SET a.n = x)", "FOREACH"),
    ("DROP CONSTRAINT kg_actor_id", "DROP"),
    ("match (a:Actor) detach delete a", "DETACH"),
]


@pytest.mark.parametrize(("cypher", "clause"), WRITES)
def test_writes_are_refused_even_when_writable(saved, sample, cypher, clause):
    store = NetworkXStore(saved)

    with pytest.raises(QueryNotSupported, match=f"read-only: {clause} is not supported"):
        store.query(cypher)

    assert set(store.relations()) == set(sample.relations)


# Clause words inside strings, property names and variables are not clauses.
HARMLESS = [
    ('MATCH (a:Actor) WHERE a.name = "SET x DELETE y" RETURN a.name AS a', []),
    ("MATCH (a:Actor) WHERE a.name = 'MATCH (n) DETACH DELETE n' RETURN a.name AS a", []),
    ("MATCH (a:Actor) WHERE a.set = 1 RETURN a.name AS a", []),
    ("MATCH (create:Actor {id: \"igo:nato\"}) RETURN create.name AS a", [{"a": "NATO"}]),
    ("MATCH (a:Actor) WHERE a.name ENDS WITH 'NATO' RETURN a.name AS a", [{"a": "NATO"}]),
    ("// CREATE nothing\nMATCH (a:Actor {id: \"igo:nato\"}) RETURN a.name AS a;",
     [{"a": "NATO"}]),
]


@pytest.mark.parametrize(("cypher", "expected"), HARMLESS)
def test_clause_words_outside_clauses_are_allowed(saved, cypher, expected):
    assert NetworkXStore(saved).query(cypher) == expected


def test_is_not_null_is_read_as_not_is_null(saved):
    found = NetworkXStore(saved).query(
        "MATCH (a:Actor)-[r]->(b) WHERE r.attributed_to IS NOT NULL AND a.type = 'STATE' "
        "RETURN a.name AS a")

    assert found == [{"a": "Russia"}]


def test_missing_parameter_is_named(saved):
    with pytest.raises(QueryNotSupported, match=r"needs parameter \$name; pass name="):
        NetworkXStore(saved).query("MATCH (a:Actor) WHERE a.name = $name RETURN a.id AS id")


# Parameters become literals that grand-cypher reads back as the same value.
LITERALS = [
    ("NATO", '"NATO"'),
    ('say "hi"\\', '"say \\"hi\\"\\\\"'),
    ("a\nb\tc", '"a\\nb\\tc"'),
    ("Côte d'Ivoire 🇨🇮", '"Côte d\'Ivoire 🇨🇮"'),
    (3, "3"),
    (-2.5, "-2.5"),
    (True, "TRUE"),
    (None, "NULL"),
    (date(2025, 3, 13), '"2025-03-13"'),
    (["IGO", "STATE"], '["IGO", "STATE"]'),
]


@pytest.mark.parametrize(("value", "literal"), LITERALS)
def test_parameter_becomes_literal(value, literal):
    assert prepare_query("RETURN $v", plain_params({"v": value})) == f"RETURN {literal}"


@pytest.mark.parametrize("value", [{"a": 1}, float("nan"), float("inf"), object()])
def test_unsupported_parameter_is_refused(value):
    with pytest.raises(QueryNotSupported, match="cannot pass"):
        prepare_query("RETURN $v", {"v": value})


@pytest.mark.parametrize("name", ['say "hi"\\', "a\nb", "Côte d'Ivoire 🇨🇮", "\\u0027"])
def test_string_parameter_matches_exactly(tmp_path, name):
    actor = Actor.create(name, "PERSON")
    store = NetworkXStore(tmp_path / "g.json")
    store.add([relate((actor, name), "PRAISE", (NATO, "NATO"), f"{name} praised NATO.",
                      doc="d")])

    assert store.query("MATCH (a:Actor) WHERE a.name = $name RETURN a.id AS id",
                       name=name) == [{"id": actor.id}]


def test_graph_file_holds_no_document_text(saved, sample):
    graph = saved.read_text(encoding="utf-8")
    with gzip.open(texts_path(saved), "rt", encoding="utf-8") as handle:
        texts = {record["id"]: record["text"] for record in map(json.loads, handle)}

    assert not any(document.text in graph for document in sample.documents)
    assert texts == {document.id: document.text for document in sample.documents}


def test_texts_are_not_read_until_asked_for(saved, sample):
    texts_path(saved).unlink()
    store = NetworkXStore(saved, read_only=True)

    assert set(store.relations()) == set(sample.relations)
    assert store.query("MATCH (d:Document) RETURN d.title AS title")
    with pytest.raises(StoreUnavailable, match=r"2 document texts.*g\.json\.texts\.jsonl\.gz"
                                               r".*missing; move it back"):
        list(store.documents(with_text=True))


def test_a_store_without_texts_needs_no_texts_file(path, sample):
    with NetworkXStore(path) as store:
        store.add(sample.relations)

    assert os.listdir(path.parent) == ["g.json"]
    assert {document.text for document in NetworkXStore(path).documents(with_text=True)} == {""}


def test_a_file_with_texts_on_its_nodes_still_opens(saved, sample):
    """Format 3 kept each text on its document node; the next save moves them out."""
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["nodes"] += [{**props, "id": node, "__labels__": ["Document"]}
                      for node, props in data["graph"].pop("documents").items()]
    for node in data["nodes"]:
        node.update(text=next((d.text for d in sample.documents if d.id == node["id"]), None)
                    or node.get("text"))
        if node["text"] is None:
            del node["text"]
    data["graph"]["kg_format"] = 3
    del data["graph"]["document_texts"]
    saved.write_text(json.dumps(data), encoding="utf-8")
    texts_path(saved).unlink()

    assert set(NetworkXStore(saved, read_only=True).documents(with_text=True)) >= set(
        sample.documents)
    with NetworkXStore(saved) as store:
        store.add([], documents=[replace(sample.documents[0], title="Revised")])
    assert sample.documents[1].text not in saved.read_text(encoding="utf-8")
    assert sample.documents[1] in set(NetworkXStore(saved).documents(with_text=True))


def test_failed_save_of_the_texts_keeps_both_files(saved, sample, monkeypatch):
    before = saved.read_bytes(), texts_path(saved).read_bytes()
    store = NetworkXStore(saved)
    monkeypatch.setattr(os, "replace", refuse_to_replace)

    with pytest.raises(StoreUnavailable, match=r"texts\.jsonl\.gz.*No space left.*unchanged"):
        store.add([], documents=[replace(sample.documents[0], text="Another text.")])

    assert (saved.read_bytes(), texts_path(saved).read_bytes()) == before
    assert sorted(os.listdir(saved.parent)) == ["g.json", "g.json.texts.jsonl.gz"]


@pytest.mark.parametrize("cypher, reads", [
    ("MATCH (d:Document) RETURN d.title AS title, d.date AS date", False),
    ("MATCH (a:Actor)-[r]->(b) RETURN a.name AS a, type(r) AS t, COUNT(b) AS n", False),
    ('MATCH (a:Actor) WHERE a.name = "Context" RETURN a.id AS id', False),
    ("MATCH (d:Document) RETURN d.text AS text", True),
    ("MATCH (d:Document) WHERE d.TEXT CONTAINS 'x' RETURN d.id AS id", True),
    ("MATCH (d:Document) RETURN d", True),
    ("MATCH (d:Document) RETURN d.id AS id, COLLECT(d) AS all", True),
    ("MATCH (d:Document) RETURN DISTINCT d ORDER BY d.id LIMIT 3", True),
])
def test_may_read_text(cypher, reads):
    assert may_read_text(cypher) is reads


def test_a_whole_document_node_carries_its_text(saved, sample):
    rows = NetworkXStore(saved, read_only=True).query(
        "MATCH (d:Document) WHERE d.id = $id RETURN d", id=sample.documents[1].id)

    assert [row["d"]["text"] for row in rows] == [sample.documents[1].text]


def test_edges_name_their_rule_and_confidence_by_index(saved, sample):
    data = json.loads(saved.read_text(encoding="utf-8"))
    pairs = data["graph"]["rules"]

    assert {(r.rule, r.confidence) for r in sample.relations} == {
        tuple(pair) for pair in pairs}
    assert all(isinstance(edge["rule"], int) and "confidence" not in edge
               for edge in data["edges"] if "rule" in edge)
