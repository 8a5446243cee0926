"""What only the Neo4j store does, against a real server: plans, constraints, errors."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import neo4j
import pytest

from kg.errors import InvalidOption, QueryNotSupported, StoreUnavailable
from kg.store import neo4j as neo4j_store
from kg.store import open_store, rows
from kg.store.neo4j import (
    MERGE_ACTORS,
    MERGE_DOCUMENT_STUBS,
    MERGE_QUANTITIES,
    REMOVE_RELATIONS,
    UPSERT_DOCUMENTS,
    Neo4jStore,
    relation_params,
    relation_query,
)
from store_sample import under_every_predicate

pytestmark = pytest.mark.neo4j

# Operators that read every node or relationship of a kind instead of seeking an index.
SCANS = ("AllNodesScan", "NodeByLabelScan", "NodeIndexScan", "UndirectedAllRelationshipsScan",
         "DirectedAllRelationshipsScan", "UndirectedRelationshipTypeScan",
         "DirectedRelationshipTypeScan")


@pytest.fixture
def driver(neo4j_target):
    """A plain driver, to look at the database the way the store does not."""
    auth = (os.environ.get("KG_NEO4J_USER", "neo4j"), os.environ.get("KG_NEO4J_PASSWORD"))
    with neo4j.GraphDatabase.driver(neo4j_target, auth=auth) as driver:
        yield driver


@pytest.fixture
def filled(neo4j_target, sample):
    """A store holding the sample (so every constraint the sample needs exists)."""
    with open_store(neo4j_target) as store:
        store.add(sample.relations, documents=sample.documents)
        yield store


def operators(plan: dict) -> list[str]:
    """Every operator of an EXPLAIN plan, without the ``@neo4j`` suffix."""
    found = [plan["operatorType"].split("@")[0]]
    for child in plan.get("children", []):
        found += operators(child)
    return found


WRITE_QUERIES = [MERGE_ACTORS, MERGE_QUANTITIES, MERGE_DOCUMENT_STUBS, UPSERT_DOCUMENTS,
                 relation_query("MEET", "Actor"), relation_query("TARGET", "Quantity")]


@pytest.mark.parametrize("cypher", WRITE_QUERIES)
def test_write_queries_seek_indexes(filled, driver, cypher):
    plan = driver.execute_query("EXPLAIN " + cypher, rows=[], keys=[], shared={}).summary.plan

    used = operators(plan)
    assert not [op for op in used if op.startswith(SCANS)]
    assert [op for op in used if "UniqueIndexSeek" in op]


def test_relationship_types_get_uniqueness_constraints(filled, driver, sample):
    records = driver.execute_query(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type = 'RELATIONSHIP_UNIQUENESS' RETURN labelsOrTypes[0] AS t, properties AS p"
    ).records

    assert {record["t"] for record in records if record["p"] == ["id"]} >= {
        relation.predicate for relation in sample.relations}


def test_removal_seeks_each_types_doc_index(filled, driver, sample):
    # Neo4j's server applies index creation shortly after commit: wait for it.
    driver.execute_query("CALL db.awaitIndexes(60)")
    for predicate in {relation.predicate for relation in sample.relations}:
        plan = driver.execute_query("EXPLAIN " + REMOVE_RELATIONS.format(predicate=predicate),
                                    ids=["doc"]).summary.plan

        used = operators(plan)
        assert not [op for op in used if op.startswith(SCANS)], (predicate, used)
        assert [op for op in used if "RelationshipIndexSeek" in op], (predicate, used)


def test_remove_finds_relations_of_a_type_without_its_index(filled, driver, sample):
    # A graph imported with neo4j-admin has no kg index until kg writes each type.
    driver.execute_query("DROP INDEX kg_meet_doc")
    meetings = {r.doc for r in sample.relations if r.predicate == "MEET"}

    removed = filled.remove(meetings)

    assert removed["relations"] == sum(r.doc in meetings for r in sample.relations)
    assert not driver.execute_query("MATCH ()-[r:MEET]->() RETURN r").records


def test_node_labels_get_uniqueness_constraints(filled, driver):
    records = driver.execute_query(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' "
        "RETURN labelsOrTypes[0] AS label, properties AS p").records

    assert {record["label"] for record in records if record["p"] == ["id"]} >= {
        "Actor", "Quantity", "Document"}


def test_properties_are_flat_primitives(filled, driver):
    record = driver.execute_query(
        "MATCH (:Actor)-[r:REJECT]->(:Actor) RETURN properties(r) AS p").records[0]

    assert record["p"]["attributed_to"] == "person:dmitry-peskov"
    assert not [value for value in record["p"].values() if isinstance(value, (dict, list))]


def test_relationships_hold_exactly_the_relation_props(neo4j_target, sample):
    relations = under_every_predicate(sample.relations)

    with open_store(neo4j_target) as store:
        store.add(relations)
        found = store.query("MATCH ()-[r]->() RETURN properties(r) AS p")

    assert {row["p"]["id"]: row["p"] for row in found} == {
        relation.id: rows.relation_props(relation) for relation in relations}


def test_relation_params_share_only_values_of_one_type():
    edges = [{"id": f"r{i}", "s": "a", "o": "b",
              "props": {"id": f"r{i}", "goldstein": goldstein, "negated": False}}
             for i, goldstein in enumerate([1.0, 1])]  # 1.0 == 1 in Python, not in Neo4j

    params = relation_params(edges)

    assert (params["shared"], params["keys"]) == ({"negated": False}, ["goldstein"])
    assert [type(row["values"][0]) for row in params["rows"]] == [float, int]


@pytest.mark.parametrize("writers", [2, 3])
def test_a_large_batch_written_in_parallel_stores_the_same(neo4j_target, sample, monkeypatch,
                                                             writers):
    monkeypatch.setattr(neo4j_store, "PARALLEL_FROM", 1)  # every batch takes that path
    mixed = under_every_predicate(sample.relations)
    assert len({r.predicate for r in mixed}) > writers  # so each writer gets some types

    with Neo4jStore(neo4j_target, password=os.environ.get("KG_NEO4J_PASSWORD"),
                    writers=writers) as store:
        created = store.add(mixed + mixed[::5], documents=sample.documents)
        again = store.add(reversed(mixed))
        stored = set(store.relations())
        counts = store.counts()

    assert created == {"documents": 3, "actors": 9, "relations": len(mixed)}
    assert again["relations"] == 0
    assert stored == set(mixed)
    assert counts["relations"] == len(mixed)


@pytest.mark.parametrize("writers", [0, -1, 1.5, True])
def test_writers_must_be_a_whole_number_of_at_least_one(neo4j_target, writers):
    with pytest.raises(InvalidOption, match="Neo4j writers must be a whole number of at least 1"):
        Neo4jStore(neo4j_target, writers=writers)


def test_open_store_takes_its_writers_from_the_environment(neo4j_target, monkeypatch):
    monkeypatch.setenv("KG_NEO4J_WRITERS", "4")
    with open_store(neo4j_target) as store:
        assert store.writers == 4
    monkeypatch.delenv("KG_NEO4J_WRITERS")
    with open_store(neo4j_target) as store:
        assert store.writers == neo4j_store.WRITERS


@pytest.mark.parametrize("value", ["0", "two", "-3", "1.5"])
def test_a_bad_writers_setting_is_one_line_naming_it(neo4j_target, monkeypatch, value):
    monkeypatch.setenv("KG_NEO4J_WRITERS", value)
    with pytest.raises(InvalidOption, match=f"KG_NEO4J_WRITERS must be a whole number of at "
                                            f"least 1, not '{value}'"):
        open_store(neo4j_target)


@pytest.mark.parametrize("parallel_from", [neo4j_store.PARALLEL_FROM, 1],
                         ids=["one transaction a batch", "relationships in parallel"])
def test_two_writers_of_one_batch_create_each_relationship_once(neo4j_target, sample,
                                                               monkeypatch, parallel_from):
    monkeypatch.setattr(neo4j_store, "PARALLEL_FROM", parallel_from)
    relations = under_every_predicate(sample.relations)  # the sample's own among them
    together = threading.Barrier(2)

    def load(store):
        together.wait()
        return store.add(relations)["relations"]

    with open_store(neo4j_target) as first, open_store(neo4j_target) as second:
        first.add(sample.relations)  # nodes stored already: the writers meet at relationships
        with ThreadPoolExecutor(2) as pool:
            created = list(pool.map(load, (first, second)))
        stored = first.query("MATCH ()-[r]->() RETURN count(r) AS n, count(DISTINCT r.id) AS ids")

    assert sum(created) == len(relations) - len(sample.relations)
    assert stored == [{"n": len(relations), "ids": len(relations)}]


def test_query_returns_plain_values(filled):
    (row,) = filled.query(
        "MATCH p = (a:Actor {id: $id})-[r:TARGET]->(q:Quantity) "
        "RETURN a.name AS name, q AS q, r.confidence AS c, date('2025-03-13') AS d, p AS path",
        id="igo:nato")

    assert (row["name"], row["c"], row["d"]) == ("NATO", 0.8, "2025-03-13")
    assert row["q"]["label"] == "≥3%"
    assert [step.get("id", "")[:4] for step in row["path"]] == ["igo:", "rel-", "quan"]


def test_query_accepts_calls_in_transactions(filled):
    filled.query("UNWIND range(1, 3) AS i CALL (i) { CREATE (:Scratch {i: i}) } "
                 "IN TRANSACTIONS OF 2 ROWS")

    assert filled.query("MATCH (s:Scratch) RETURN count(s) AS n") == [{"n": 3}]


@pytest.mark.parametrize(("cypher", "message"), [
    ("MATCH (n RETURN n", "rejected the query: Invalid input"),
    ("MATCH (n) WHERE n.id = $x RETURN n", "rejected the query: Expected parameter"),
])
def test_rejected_query_names_the_store(filled, cypher, message):
    with pytest.raises(QueryNotSupported, match=message) as raised:
        filled.query(cypher)

    assert filled.target in str(raised.value)


def test_read_only_creates_no_constraints(neo4j_target, driver):
    for record in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
        driver.execute_query(f"DROP CONSTRAINT `{record['name']}`")

    open_store(neo4j_target, read_only=True).close()

    assert driver.execute_query("SHOW CONSTRAINTS").records == []


def test_wrong_password_is_unavailable(neo4j_target):
    # Not user neo4j: failed logins lock a user out for a while, and other tests need it.
    with pytest.raises(StoreUnavailable) as raised:
        open_store(neo4j_target, user="kg-intruder", password="not-the-password-42")

    message = str(raised.value)
    assert message.startswith(f"Neo4j at {neo4j_target} refused user 'kg-intruder'")
    assert "set KG_NEO4J_PASSWORD" in message
    assert "not-the-password-42" not in message


def test_unknown_database_is_unavailable(neo4j_target):
    with pytest.raises(StoreUnavailable, match="has no database 'nosuchdb'; create it"):
        open_store(neo4j_target, database="nosuchdb")


def test_credentials_in_uri_are_refused_unprinted(neo4j_target):
    uri = neo4j_target.replace("://", "://neo4j:hunter2-secret@")

    with pytest.raises(StoreUnavailable, match="must not hold credentials") as raised:
        open_store(uri)

    assert "hunter2" not in str(raised.value)


def test_neo4j_scheme_reaches_the_same_server(neo4j_target, sample):
    with open_store(neo4j_target) as store:
        store.add(sample.relations)

    with open_store(neo4j_target.replace("bolt://", "neo4j://")) as routed:
        assert routed.counts()["relations"] == len(sample.relations)


def test_open_store_without_target_uses_the_environment(neo4j_target, monkeypatch):
    monkeypatch.setenv("KG_NEO4J_URI", neo4j_target)

    with open_store() as store:
        assert isinstance(store, Neo4jStore) and store.target == neo4j_target
