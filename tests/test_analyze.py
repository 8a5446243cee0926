"""Network measures of the actors: the graph, the measures, ego networks, writing them back."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from fixtures.queries_sample import (  # noqa: F401  (fixtures)
    ACTORS,
    NATO,
    PESKOV,
    RELATIONS,
    RUTTE,
    TRUMP,
    ZELENSKIY,
    empty_neo4j,
    neo4j_store,
    neo4j_target,
    nx_store,
    sample_store,
)
from kg.analyze import (
    MEASURES,
    analyze,
    ego_network,
    measure,
    relations_graph,
    to_networkx,
    write_measures,
)
from kg.errors import KGError, QueryNotSupported
from kg.model import Actor, Mention, Quantity, Relation
from kg.store import open_store


def meet(a: Actor, b: Actor, start: int = 0) -> Relation:
    return Relation(subject=Mention(a, a.name, start, start + 1), predicate="MEET",
                    object=Mention(b, b.name, start + 2, start + 3), doc="d",
                    sentence=f"{a.name} met {b.name}.", sentence_start=start,
                    category="CONSULT", goldstein=1.0)


def person(name: str) -> Actor:
    return Actor.create(name, "PERSON")


A, B, C, D = (person(name) for name in "ABCD")


# -- the graph -----------------------------------------------------------------------------------


def test_graph_has_a_node_per_actor_and_quantity_and_an_edge_per_relation(sample_store):
    graph = to_networkx(sample_store)
    quantities = {r.object.id for r in RELATIONS if isinstance(r.object, Quantity)}

    assert isinstance(graph, nx.MultiDiGraph)
    assert set(graph) == {actor.id for actor in ACTORS} | quantities
    assert sorted(key for _, _, key in graph.edges(keys=True)) == sorted(r.id for r in RELATIONS)


def test_nodes_carry_their_properties(nx_store):
    graph = to_networkx(nx_store)

    assert graph.nodes[NATO.id] == {"id": NATO.id, "name": "NATO", "type": "IGO",
                                    "aliases": ["North Atlantic Treaty Organization", "OTAN"],
                                    "kind": "Actor", "label": "NATO", "cameo_code": "IGOWSTNAT",
                                    "wikidata": "Q7184"}
    target = next(r.object for r in RELATIONS if r.predicate == "TARGET")
    assert graph.nodes[target.id] == {"id": target.id, "value": 3.0, "unit": "%",
                                      "text": "at least 3%", "comparator": ">=", "label": "≥3%",
                                      "kind": "Quantity"}


def test_edges_carry_the_relation(nx_store):
    graph = to_networkx(nx_store)
    met = RELATIONS[0]

    edge = graph.edges[met.subject.id, met.object.id, met.id]
    assert (edge["predicate"], edge["category"], edge["date"], edge["sentence"]) == (
        "MEET", "CONSULT", "2025-03-13", met.sentence)


@pytest.mark.neo4j
def test_both_stores_give_the_same_graph(nx_store, neo4j_store):
    embedded, server = to_networkx(nx_store), to_networkx(neo4j_store)

    assert list(embedded.nodes(data=True)) == list(server.nodes(data=True))
    assert list(embedded.edges(keys=True, data=True)) == list(server.edges(keys=True, data=True))


# -- the measures --------------------------------------------------------------------------------


def test_star_centre_lies_between_everyone():
    rows = measure(relations_graph([meet(A, B), meet(A, C, 10), meet(D, A, 20), meet(A, B, 30)]))

    assert [(row["name"], row["degree"], row["betweenness"]) for row in rows] == [
        ("A", 4, 1.0), ("B", 2, 0.0), ("C", 1, 0.0), ("D", 1, 0.0)]


def test_degree_counts_actor_relations_only(nx_store):
    rows = {row["id"]: row for row in analyze(nx_store, measures=("degree",))}

    # Trump: MEET Rutte (in), PRAISE Rutte, LEADER_OF USA, THREATEN Russia, CALL Putin,
    # MEET Xi, PRAISE Putin, THREATEN Putin; his two CALL_FOR quantities do not count.
    assert rows[TRUMP.id]["degree"] == 8
    # Peskov: OFFICIAL_OF Russia; a statement attributed to him is no relation of his.
    assert rows[PESKOV.id]["degree"] == 1


def test_rows_have_the_asked_for_measures():
    rows = measure(relations_graph([meet(A, B)]), measures=("community", "degree"))

    assert [list(row) for row in rows] == [["id", "name", "type", "community", "degree"]] * 2


def test_rows_are_sorted_by_the_first_measure(nx_store):
    rows = analyze(nx_store, measures=("betweenness", "degree"))

    values = [row["betweenness"] for row in rows]
    assert values == sorted(values, reverse=True)
    ties = [row["name"] for row in rows if row["betweenness"] == 0.0]
    assert ties == sorted(ties)


def test_communities_are_numbered_by_size():
    graph = relations_graph([meet(A, B), meet(B, C, 10), meet(A, C, 20),
                             meet(D, person("E"), 30)])

    communities = {row["name"]: row["community"] for row in measure(graph)}
    assert communities == {"A": 0, "B": 0, "C": 0, "D": 1, "E": 1}


def test_same_seed_same_communities(nx_store):
    first = analyze(nx_store, measures=("community",), seed=7)

    assert analyze(nx_store, measures=("community",), seed=7) == first


@pytest.mark.neo4j
def test_both_stores_give_the_same_measures(nx_store, neo4j_store):
    embedded, server = analyze(nx_store), analyze(neo4j_store)

    assert [(row["id"], row["degree"], row["community"]) for row in embedded] == [
        (row["id"], row["degree"], row["community"]) for row in server]
    for mine, theirs in zip(embedded, server):
        for name in ("betweenness", "eigenvector"):
            assert math.isclose(mine[name], theirs[name], abs_tol=1e-9)


def test_eigenvector_of_an_actor_without_relations_is_zero(tmp_path):
    with open_store(tmp_path / "g.json") as store:
        # Peskov is only the source of a statement: an actor without relations of his own.
        store.add([meet(A, B).with_(attributed_to=PESKOV)])

        rows = {row["id"]: row for row in analyze(store)}

    assert rows[PESKOV.id]["eigenvector"] == 0.0 and rows[PESKOV.id]["degree"] == 0
    assert rows[A.id]["eigenvector"] == pytest.approx(math.sqrt(0.5))


def test_eigenvector_that_does_not_converge_is_none(nx_store, monkeypatch):
    def fail(graph, **options):
        raise nx.PowerIterationFailedConvergence(options["max_iter"])

    monkeypatch.setattr(nx, "eigenvector_centrality", fail)

    rows = analyze(nx_store, measures=("eigenvector", "degree"))
    assert {row["eigenvector"] for row in rows} == {None}


def test_a_graph_of_quantities_only_has_actors_without_relations(tmp_path):
    target = Relation(subject=Mention(NATO, "NATO", 0, 4), predicate="TARGET",
                      object=Quantity(3.0, "%", "3%", 10, 12), doc="d", sentence="NATO: 3%.",
                      sentence_start=0)
    with open_store(tmp_path / "g.json") as store:
        store.add([target])

        assert analyze(store) == [{"id": NATO.id, "name": "NATO", "type": "IGO", "degree": 0,
                                   "betweenness": 0.0, "eigenvector": 0.0, "community": 0}]


def test_empty_store_has_no_rows(tmp_path):
    with open_store(tmp_path / "g.json") as store:
        assert analyze(store) == []
        assert to_networkx(store).number_of_nodes() == 0


@pytest.mark.neo4j
def test_empty_neo4j_has_no_rows(empty_neo4j):
    assert analyze(empty_neo4j) == []


def test_unknown_measure_lists_the_measures(nx_store):
    with pytest.raises(KGError, match="measure 'pagerank' not understood; use any of degree, "
                                      "betweenness, eigenvector, community"):
        analyze(nx_store, measures=("pagerank",))


# -- ego networks --------------------------------------------------------------------------------


def test_ego_network_holds_the_relations_around_an_actor(sample_store):
    found = ego_network(sample_store, "mark rutte")

    # Rutte's neighbours: Trump, NATO, Zelenskiy; the relations among the four, and the
    # numbers they name (Trump's CALL_FOR, NATO's TARGET).
    ball = {RUTTE.id, TRUMP.id, NATO.id, ZELENSKIY.id}
    assert {r.id for r in found} == {r.id for r in RELATIONS if r.subject.id in ball and (
        r.object.id in ball or isinstance(r.object, Quantity))}


def test_ego_network_keeps_the_quantities_of_its_actors(nx_store):
    found = ego_network(nx_store, "Donald Trump")

    assert {r.object.label for r in found if isinstance(r.object, Quantity)} == {"5%", "$100bn"}


def test_wider_radius_reaches_further(nx_store):
    assert len(ego_network(nx_store, "NATO", radius=0)) == 1  # NATO's own target
    assert len(ego_network(nx_store, "NATO", radius=1)) < len(
        ego_network(nx_store, "NATO", radius=2))


def test_analyze_an_ego_network(nx_store):
    rows = analyze(nx_store, ego="Mark Rutte", measures=("betweenness", "degree"))

    assert [(row["name"], row["betweenness"], row["degree"]) for row in rows] == [
        ("Mark Rutte", 1.0, 4), ("Donald Trump", 0.0, 2), ("NATO", 0.0, 1),
        ("Volodymyr Zelenskiy", 0.0, 1)]


@pytest.mark.parametrize(("actor", "radius", "message"), [
    ("Nobody", 1, "no actor 'Nobody' in the graph"),
    ("NATO", -1, "radius -1 is not a whole number >= 0"),
    ("NATO", 1.5, "radius 1.5 is not a whole number >= 0"),
])
def test_bad_ego_says_what_to_give(nx_store, actor, radius, message):
    with pytest.raises(KGError, match=message):
        ego_network(nx_store, actor, radius=radius)


# -- writing measures back -----------------------------------------------------------------------


@pytest.mark.neo4j
def test_write_stores_measures_on_neo4j_actors(neo4j_store):
    rows = analyze(neo4j_store, write=True)

    stored = neo4j_store.query("MATCH (a:Actor) RETURN a.id AS id, a.degree AS degree, "
                               "a.betweenness AS betweenness, a.eigenvector AS eigenvector, "
                               "a.community AS community ORDER BY id")
    assert stored == sorted(({name: row[name] for name in ("id", *MEASURES)} for row in rows),
                            key=lambda row: row["id"])
    # The actors themselves are unchanged: measures are extra properties.
    assert set(neo4j_store.actors()) == set(ACTORS)


@pytest.mark.neo4j
def test_write_none_removes_a_stored_measure(neo4j_store):
    write_measures(neo4j_store, [{"id": NATO.id, "eigenvector": 0.5}], measures=("eigenvector",))
    write_measures(neo4j_store, [{"id": NATO.id, "eigenvector": None}], measures=("eigenvector",))

    assert neo4j_store.query("MATCH (a:Actor {id: $id}) RETURN a.eigenvector AS e",
                             id=NATO.id) == [{"e": None}]


@pytest.mark.neo4j
def test_read_only_neo4j_refuses_to_write(neo4j_store):
    with open_store(neo4j_target(), read_only=True) as reader:
        with pytest.raises(QueryNotSupported):
            analyze(reader, write=True)


def test_networkx_store_writes_measures(nx_store, tmp_path):
    rows = analyze(nx_store, write=True)
    nx_store.close()
    with open_store(nx_store.target, read_only=True) as reopened:
        stored = reopened.query("MATCH (a:Actor) RETURN a.id AS id, a.degree AS degree")
    assert sorted((row["id"], row["degree"]) for row in stored) == sorted(
        (row["id"], row["degree"]) for row in rows)
