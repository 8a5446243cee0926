"""The two ways into Neo4j load the same graph: ``Neo4jStore.add`` online, and
``kg export --to neo4j-admin`` + ``neo4j-admin database import full`` into a server of the
test's own. Relations come from real articles (the examples and the three-outlet fixture), so
the graph has quantities, tolls, locations and dates as extraction makes them.
"""

from __future__ import annotations

import pytest

from fixtures.servers import REPO, Server
from kg.cli import main
from kg.ingest import read_documents
from kg.store import open_store

ARTICLES = (REPO / "examples" / "wire-2025.jsonl",
            REPO / "examples" / "rutte-nato-2025-03-17.txt",
            REPO / "examples" / "asean-myanmar-truce-2025-05-27.html",
            REPO / "tests" / "fixtures" / "three_outlets" / "kharkiv.jsonl")
# Relations compared property by property (every one, when the graph has fewer).
SAMPLED = 30

LABELS = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label"
TYPES = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type"
RELATIONS = ("MATCH (s)-[r]->(o) RETURN s.id AS subject, type(r) AS type, o.id AS object, "
             "properties(r) AS props ORDER BY r.id")


def graph_summary(store) -> dict:
    """Nodes per label, relationships per type, and every SAMPLED-th-part relation whole."""
    relations = store.query(RELATIONS)
    step = max(1, len(relations) // SAMPLED)
    return {"labels": {row["label"]: row["n"] for row in store.query(LABELS)},
            "types": {row["type"]: row["n"] for row in store.query(TYPES)},
            "sample": relations[::step][:SAMPLED]}


def test_graph_summary_tells_a_changed_property_apart():
    class Fake:
        def __init__(self, confidence):
            self.confidence = confidence

        def query(self, cypher):
            if cypher == RELATIONS:
                return [{"subject": "a", "type": "MEET", "object": "b",
                         "props": {"id": "r1", "confidence": self.confidence}}]
            return [{"label": "Actor", "type": "MEET", "n": 2}]

    assert graph_summary(Fake(0.5)) == graph_summary(Fake(0.5))
    assert graph_summary(Fake(0.5)) != graph_summary(Fake(0.6))


@pytest.fixture(scope="module")
def articles():
    return [document for path in ARTICLES for document in read_documents(path)]


@pytest.mark.neo4j
@pytest.mark.model
@pytest.mark.slow
def test_online_and_bulk_loads_make_the_same_graph(articles, nlp, neo4j_target, tmp_path,
                                                   monkeypatch):
    from kg.extract import extract_relations

    relations = list(extract_relations(articles, nlp=nlp))
    assert len(relations) >= 20, "the articles should give a graph worth comparing"
    with open_store(neo4j_target) as online:
        online.add(relations, documents=articles)
        expected = graph_summary(online)
    assert len(expected["types"]) >= 10 and len(expected["sample"]) >= 20

    with open_store(tmp_path / "g.json") as staged:
        staged.add(relations, documents=articles)
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--store", "g.json", "--to", "neo4j-admin", "-o", "import"]) == 0
    server = Server(tmp_path / "server")
    try:
        uri = server.imported(tmp_path / "import")
        with open_store(uri, user="neo4j", password=server.password) as bulk:
            found = graph_summary(bulk)
    finally:
        server.remove()
    assert found["labels"] == expected["labels"]
    assert found["types"] == expected["types"]
    assert found["sample"] == expected["sample"]

