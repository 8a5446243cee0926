"""Network measures of the actors, computed with networkx for either store.

:func:`to_networkx` pulls a store's graph into a ``networkx.MultiDiGraph`` (through
``store.relations()`` and ``store.actors()``, so Neo4j and the NetworkX store give the same
graph), :func:`analyze` computes one row of measures per actor and can write them back as
Actor properties, :func:`ego_network` cuts out the relations around one actor.

The measures are about actors, so they are computed on the actors alone: quantities are
leaves that would only inflate the betweenness of whoever named a number.

* ``degree``: relations between the actor and other actors, in and out, each parallel one
  counted (so two meetings count two); the ``central_actors`` named query also counts the
  relations to quantities;
* ``betweenness``: normalised betweenness centrality on the undirected simple projection
  (one edge per pair of actors that share any relation);
* ``eigenvector``: eigenvector centrality on the same projection; 0.0 for an actor without
  relations, None for all when the power iteration does not converge;
* ``community``: Louvain communities (``nx.community.louvain_communities``) of the
  projection weighted by how many relations each pair shares, numbered from 0 by size
  (largest first), then by smallest actor id.

Nodes and edges are added in id order and Louvain is seeded, so the same graph gives the same
rows whichever store holds it.

>>> from kg.model import Actor, Mention, Relation
>>> def meet(a, b, i):
...     return Relation(subject=Mention(Actor.create(a, "PERSON"), a, i, i + 1), predicate="MEET",
...                     object=Mention(Actor.create(b, "PERSON"), b, i + 2, i + 3), doc="d",
...                     sentence=f"{a} met {b}.", sentence_start=i, category="CONSULT")
>>> graph = relations_graph([meet("A", "B", 0), meet("B", "C", 10), meet("A", "B", 20)])
>>> [(row["name"], row["degree"], row["betweenness"]) for row in measure(graph)]
[('B', 3, 1.0), ('A', 2, 0.0), ('C', 1, 0.0)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.model import Actor, Quantity, Relation
from kg.store.rows import ACTOR, QUANTITY, actor_props, quantity_props, relation_props

__all__ = ["MEASURES", "analyze", "ego_network", "measure", "relations_graph", "to_networkx"]

# What analyze() computes, in the order its rows list them.
MEASURES = ("degree", "betweenness", "eigenvector", "community")

# Power iteration budget of the eigenvector centrality: a few hundred iterations suffice
# for news graphs; beyond this the graph is reported as not converging.
EIGENVECTOR_MAX_ITER = 1000
EIGENVECTOR_TOL = 1.0e-08

# Writes the measures back onto the Neo4j Actor nodes; one transaction per batch of rows.
def to_networkx(store) -> nx.MultiDiGraph:
    """The store's actors, quantities and relations as a ``MultiDiGraph``.

    Nodes are keyed by id and carry their properties (as in :mod:`kg.store.rows`) plus
    ``kind`` (``"Actor"`` or ``"Quantity"``) and ``label`` (the actor's name, the quantity's
    readable value). Every relation is one edge keyed by its id, carrying its flat
    properties (``predicate``, ``category``, ``date``, ``sentence``...).
    """
    return relations_graph(store.relations(), actors=store.actors())


def relations_graph(relations: Iterable[Relation], *,
                    actors: Iterable[Actor] = ()) -> nx.MultiDiGraph:
    """The graph of :func:`to_networkx` built from records: ``actors`` plus those the
    relations name (a given Actor wins over the one a relation carries)."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    for relation in relations:
        for actor in filter(None, (relation.subject.actor, relation.attributed_to)):
            nodes.setdefault(actor.id, _actor_node(actor))
        if isinstance(relation.object, Quantity):
            nodes.setdefault(relation.object.id, {
                **quantity_props(relation.object), "kind": QUANTITY,
                "label": relation.object.label})
        else:
            nodes.setdefault(relation.object.id, _actor_node(relation.object.actor))
        edges.append((relation.subject.id, relation.object.id, relation.id,
                      relation_props(relation)))
    for actor in actors:
        nodes[actor.id] = _actor_node(actor)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(sorted(nodes.items()))
    for source, target, key, props in sorted(edges, key=lambda edge: edge[2]):
        graph.add_edge(source, target, key=key, **props)
    return graph


def _actor_node(actor: Actor) -> dict[str, Any]:
    return {**actor_props(actor), "kind": ACTOR, "label": actor.name}


def _actor_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return graph.subgraph(node for node, kind in graph.nodes(data="kind") if kind == ACTOR)


def _projection(graph: nx.MultiDiGraph) -> nx.Graph:
    """Undirected, one edge per pair of actors with ``weight`` = their relations; no loops."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    for source, target in graph.edges():
        if source != target:
            weight = simple.edges[source, target]["weight"] if simple.has_edge(source, target) \
                else 0
            simple.add_edge(source, target, weight=weight + 1)
    return simple


def measure(graph: nx.MultiDiGraph, *, measures: Sequence[str] = MEASURES,
            seed: int = 42) -> list[dict[str, Any]]:
    """One row per actor node of ``graph`` (a :func:`to_networkx` graph): id, name, type and
    the ``measures`` asked for; sorted by the first measure (largest first; community
    ascending), then name and id."""
    unknown = [name for name in measures if name not in MEASURES]
    if unknown:
        raise KGError(f"measure {unknown[0]!r} not understood; use any of {', '.join(MEASURES)}")
    actors = _actor_graph(graph)
    simple = _projection(actors)
    values: dict[str, dict[str, Any]] = {}
    if "degree" in measures:
        # A relation from an actor to itself joins it to no one else.
        values["degree"] = {node: actors.degree(node) - 2 * actors.number_of_edges(node, node)
                            for node in actors}
    if "betweenness" in measures:
        values["betweenness"] = nx.betweenness_centrality(simple) if len(simple) else {}
    if "eigenvector" in measures:
        values["eigenvector"] = _eigenvector(simple)
    if "community" in measures:
        values["community"] = _communities(simple, seed=seed)
    rows = [{"id": node, "name": attrs.get("name"), "type": attrs.get("type"),
             **{name: values[name].get(node) for name in measures}}
            for node, attrs in actors.nodes(data=True)]
    first = measures[0] if measures else None

    def order(row: dict[str, Any]) -> tuple:
        value = row[first] if first else None
        rank = 0 if value is None else value if first == "community" else -value
        return (value is None, rank, row["name"] or "", row["id"])

    rows.sort(key=order)
    return rows


def _eigenvector(simple: nx.Graph) -> dict[str, float | None]:
    connected = simple.subgraph(node for node in simple if simple.degree(node) > 0)
    values: dict[str, float | None] = dict.fromkeys(simple, 0.0)
    if len(connected) == 0:
        return values
    try:
        values.update(nx.eigenvector_centrality(connected, max_iter=EIGENVECTOR_MAX_ITER,
                                                tol=EIGENVECTOR_TOL))
    except nx.PowerIterationFailedConvergence:
        return dict.fromkeys(simple)
    return values


def _communities(simple: nx.Graph, *, seed: int) -> dict[str, int]:
    if len(simple) == 0:
        return {}
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda members: (-len(members), min(members)))
    return {node: number for number, members in enumerate(ordered) for node in members}


def analyze(store, *, measures: Sequence[str] = MEASURES, ego: str | None = None,
            radius: int = 1, write: bool = False, seed: int = 42) -> list[dict[str, Any]]:
    """Measures of every actor in ``store`` (see the module docstring), one row each.

    ``ego`` (an actor's name, id or alias) restricts the graph to the actors within
    ``radius`` relations of it, and the measures are those of that network. ``write``
    stores the measures as properties of the Actor nodes (``a.degree``, ``a.community``...)
    so that Cypher can use them; a store opened read-only refuses.
    """
    graph = to_networkx(store)
    if ego is not None:
        graph = graph.subgraph(_ball(graph, ego, radius)).copy()
    rows = measure(graph, measures=measures, seed=seed)
    if write:
        write_measures(store, rows, measures=measures)
    return rows


def ego_network(store, actor: str, *, radius: int = 1) -> list[Relation]:
    """The relations among the actors within ``radius`` relations of ``actor`` (name, id or
    alias, any case; either direction), with the quantities those actors name."""
    graph = to_networkx(store)
    ball = _ball(graph, actor, radius)
    return [relation for relation in store.relations()
            if relation.subject.id in ball
            and (isinstance(relation.object, Quantity) or relation.object.id in ball)]


def _ball(graph: nx.MultiDiGraph, actor: str, radius: int) -> set[str]:
    from kg.query import match_actors

    if isinstance(radius, bool) or not isinstance(radius, int) or radius < 0:
        raise KGError(f"radius {radius!r} is not a whole number >= 0; e.g. radius=1")
    actors = _actor_graph(graph)
    centres = match_actors((Actor.from_row(attrs) for _, attrs in actors.nodes(data=True)), actor)
    if not centres:
        raise KGError(f"no actor {actor!r} in the graph; give a name, id or alias as the "
                      f"named query 'actors' (name=...) lists them")
    reach = nx.multi_source_dijkstra_path_length(actors.to_undirected(as_view=True), centres,
                                                 cutoff=radius, weight=lambda *_: 1)
    return set(reach)


def write_measures(store, rows: Iterable[dict[str, Any]], *,
                   measures: Sequence[str] = MEASURES) -> int:
    """Store ``rows``' measures as properties of their Actor nodes; returns how many rows.

    Through the store's ``update_actors``; a measure that is None removes the property
    (Neo4j keeps no nulls).
    """
    payload = [{"id": row["id"], **{name: row.get(name) for name in measures}} for row in rows]
    store.update_actors(payload)
    return len(payload)

