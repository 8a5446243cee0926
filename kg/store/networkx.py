"""The embedded store: a ``networkx.MultiDiGraph`` kept in memory and saved as JSON.

Nodes are keyed by their id, relationships by the relation id. Labels live where
grand-cypher looks for them: a set under ``__labels__`` on every node (``{"Actor"}``) and
every edge (``{"MEET"}``), so ``MATCH (a:Actor)-[r:MEET]->(b) RETURN a.name, type(r)`` runs
unchanged on this store and on Neo4j.

The file is node-link JSON (``networkx.node_link_data(G, edges="edges", key="id")``),
without indentation, with ``__labels__`` as a sorted list on nodes other than actors (a node
without labels is an ``:Actor``, and an actor without ``aliases`` has none). To keep bytes per
edge down, what can be recomputed is left out of each edge and restored on load: its ``id`` (it
is the edge key), its ``__labels__`` (its ``predicate``),
:data:`~kg.store.rows.DERIVED_RELATION_FIELDS`, ``doc_date``/``doc_title``/``doc_url``
when they equal the ``:Document`` node's, and :data:`~kg.store.rows.DEFAULTED_RELATION_FIELDS`
when they equal :func:`~kg.store.rows.relation_defaults` (in both cases an explicit null
marks a value the relation lacks although it could be derived). Sentences are kept once
per ``(doc, sentence_start)`` in a table under the graph attribute ``sentences``, not on
every edge of the sentence, and the ``source`` most documents share once under
``document_source``; each edge's ``rule`` and ``confidence`` are one index into the table
of pairs under ``rules``. Document nodes are a table under the graph attribute ``documents``
(id -> properties), not in the node list. Document texts, most of a store's bytes and read
only to extract again (``kg rebuild``, exports), are kept out of the graph file: read when
asked for, and on disk in a gzipped JSON Lines file beside the graph (:func:`texts_path`:
``g.json.texts.jsonl.gz``, one ``{"id": ..., "text": ...}`` per document), written before
the graph. A file of format 3 or older, with texts on its document nodes, still opens. Saving writes a temporary file
beside the target, fsyncs it and renames it over the target, so a crash leaves the old graph
or the new one, never half of one. Two processes adding to the same file at once lose updates:
the last to save wins.

>>> import pathlib, tempfile
>>> from kg.model import Actor, Mention, Relation
>>> rutte = Mention(Actor.create("Mark Rutte", "PERSON"), "Rutte", 0, 5)
>>> trump = Mention(Actor.create("Donald Trump", "PERSON"), "Trump", 10, 15)
>>> met = Relation(subject=rutte, predicate="MEET", object=trump, doc="doc-1",
...                sentence="Rutte met Trump.", sentence_start=0, category="CONSULT")
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.json"
>>> with NetworkXStore(path) as store:
...     store.add([met])
{'documents': 1, 'actors': 2, 'relations': 1}
>>> with NetworkXStore(path, read_only=True) as store:
...     store.query("MATCH (a:Actor)-[r:MEET]->(b) RETURN a.name AS a, type(r) AS t, b.name AS b")
[{'a': 'Mark Rutte', 't': 'MEET', 'b': 'Donald Trump'}]
"""

from __future__ import annotations

import contextlib
import gzip
import json
import math
import os
import re
import secrets
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import lark
import networkx as nx
from grandcypher import GrandCypher

from kg.errors import QueryNotSupported, StoreUnavailable
from kg.model import Actor, Document, Relation
from kg.store import rows
from kg.store.rows import ACTOR, DOCUMENT, NO_CATEGORY, QUANTITY

__all__ = ["FORMAT", "NetworkXStore", "texts_path"]

# Version of the file layout, kept in the graph attributes for future readers. 2: defaulted
# relation fields left out, sentences in a per-document table. 3: actor label and empty
# aliases left out. 4: document texts in the side file of texts_path().
FORMAT = 4
# The graph attribute holding {document id: properties}: documents are not in the node
# list, where each would repeat its label and the key "id".
DOCUMENTS = "documents"
# The graph attribute holding the [rule, confidence] pairs edges name by index: a rule
# always gives the same few confidences, so each edge writes a small number for both.
RULES = "rules"
# The graph attribute holding how many document texts the side file has.
TEXTS = "document_texts"
# What the side file's name adds to the graph file's.
TEXTS_SUFFIX = ".texts.jsonl.gz"
# The side file is rewritten on every save of a build (every --batch-docs documents) and read
# rarely: level 1 packs news text 2.3x (BBC) at ~90 MB/s; level 6 packs 2.7x, 5x slower.
TEXTS_COMPRESSLEVEL = 1
# The graph attribute holding {doc id: {sentence_start: sentence}} in the file.
SENTENCES = "sentences"
# The graph attribute holding the ``source`` most documents share, left out of their nodes.
DOCUMENT_SOURCE = "document_source"

# Where grand-cypher reads node labels and relationship types.
LABELS = "__labels__"

# Clauses that change a graph: the NetworkX store is queried read-only.
WRITE_CLAUSES = frozenset({"CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP",
                           "LOAD", "FOREACH"})
# Reading clauses grand-cypher 1.2 does not parse; named so the error can say which.
UNSUPPORTED_CLAUSES = frozenset({"WITH", "UNWIND", "OPTIONAL", "UNION", "CALL", "CASE",
                                 "YIELD", "SHOW", "USE", "EXPLAIN", "PROFILE"})
# grand-cypher only knows these aggregations in upper case; Cypher ignores case, so
# ``count(r)`` is upper-cased before parsing.
AGGREGATIONS = frozenset({"COUNT", "SUM", "AVG", "MIN", "MAX", "COLLECT"})

# What grand-cypher raises for queries it cannot run: lark's parse and transform errors,
# and assorted builtins from its executor (e.g. TypeError for ORDER BY over None and str).
_ENGINE_ERRORS = (lark.exceptions.LarkError, AssertionError, AttributeError, IndexError,
                  KeyError, NotImplementedError, TypeError, ValueError)

# Relation properties that repeat their Document node's: relation field -> node field.
DOCUMENT_FIELDS = {"doc_date": "date", "doc_title": "title", "doc_url": "url"}

_SUBSET = ("grand-cypher runs MATCH ... [WHERE ...] RETURN ... [ORDER BY ...] [SKIP n] "
           "[LIMIT n] with COUNT/SUM/AVG/MIN/MAX/COLLECT")


class NetworkXStore:
    """A graph in memory, loaded from and saved to a node-link JSON file at ``path``.

    ``read_only`` stores never write the file and refuse :meth:`add`; a missing file is
    then an error rather than an empty graph.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.target = os.fspath(path)
        # grand-cypher runs a subset; named queries outside it run their Python twins.
        self.full_cypher = False
        self.read_only = read_only
        # A new file is written on close even if nothing is added: the store then exists.
        self._dirty = not read_only and not self.path.exists()
        # {document id: text}, read from the side file the first time a text is needed
        # (None until then); _texts_dirty: the side file lags behind it.
        self._texts: dict[str, str] | None = None
        self._texts_dirty = False
        # The texts are also on the graph's document nodes, for Cypher that reads them.
        self._texts_in_graph = False
        self.graph = self._load()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.target!r})"

    def __enter__(self) -> NetworkXStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def add(self, relations: Iterable[Relation], *,
            documents: Iterable[Document] = ()) -> dict[str, int]:
        """Add relations, then documents; return how many documents/actors/relations are new.

        Documents go last so that a stored ``content_hash`` means the document's relations
        are stored too (what resumable builds rely on). A given Document overwrites the
        provenance of a stored one with the same id; one known only from its relations is
        created from their ``doc_*`` fields. The file is saved at the end if anything changed.
        """
        if self.read_only:
            raise QueryNotSupported(
                f"store {self.target!r} was opened read-only; open it without read_only to add")
        created = {"documents": 0, "actors": 0, "relations": 0}
        for chunk in rows.batched(relations):
            self._apply(rows.plan_batch(chunk), created)
        for document in documents:
            props = rows.document_props(document)
            created["documents"] += self._put_node(DOCUMENT, props["id"], props, update=True)
            if document.text:
                self._set_text(document.id, document.text)
        self.flush()
        return created

    def remove(self, document_ids: Iterable[str]) -> dict[str, int]:
        """Delete documents, their relations, and the actors and quantities left unnamed."""
        if self.read_only:
            raise QueryNotSupported(
                f"store {self.target!r} was opened read-only; open it without read_only to remove")
        ids = set(document_ids)
        graph = self.graph
        edges = [(source, target, key, attrs.get("attributed_to"))
                 for source, target, key, attrs in graph.edges(keys=True, data=True)
                 if attrs.get("doc") in ids]
        touched = {node for source, target, _key, attributed in edges
                   for node in (source, target, attributed) if node is not None}
        graph.remove_edges_from((source, target, key) for source, target, key, _ in edges)
        # An actor a remaining relation is attributed to stays, though no edge touches it.
        attributed = {attrs.get("attributed_to") for _s, _t, attrs in graph.edges(data=True)}
        orphans = [node for node in touched if node in graph and graph.degree(node) == 0
                   and node not in attributed and graph.nodes[node][LABELS] & {ACTOR, QUANTITY}]
        removed = {"documents": 0, "actors": 0, "quantities": 0, "relations": len(edges)}
        for node in orphans:
            removed["actors" if ACTOR in graph.nodes[node][LABELS] else "quantities"] += 1
        documents = [node for node in ids
                     if node in graph and DOCUMENT in graph.nodes[node][LABELS]]
        removed["documents"] = len(documents)
        graph.remove_nodes_from(orphans + documents)
        if documents and self._text_count():
            texts = self._loaded_texts()
            if any([texts.pop(node, None) is not None for node in documents]):
                self._texts_dirty = True
        self._dirty = self._dirty or any(removed.values())
        self.flush()
        return removed

    def _apply(self, batch: rows.Batch, created: dict[str, int]) -> None:
        for row in batch.actors:
            if self._put_node(ACTOR, row["id"], row["props"]):
                created["actors"] += 1
            else:
                node = self.graph.nodes[row["id"]]
                aliases = rows.merge_aliases(node.get("aliases"), row["props"].get("aliases"))
                if aliases != node.get("aliases"):
                    node["aliases"] = aliases
                    self._dirty = True
        for row in batch.quantities:
            self._put_node(QUANTITY, row["id"], row["props"])
        for row in batch.documents:
            created["documents"] += self._put_node(DOCUMENT, row["id"], row["props"])
        for (predicate, _label), edges in batch.relations.items():
            for row in edges:
                if not self.graph.has_edge(row["s"], row["o"], key=row["id"]):
                    self.graph.add_edge(row["s"], row["o"], key=row["id"],
                                        **row["props"], **{LABELS: {predicate}})
                    created["relations"] += 1
                    self._dirty = True

    def _put_node(self, label: str, node_id: str, props: Mapping[str, Any], *,
                  update: bool = False) -> bool:
        """Create the node if missing (True); else, with ``update``, overwrite its props."""
        if node_id not in self.graph:
            self.graph.add_node(node_id, **props, **{LABELS: {label}})
            self._dirty = True
            return True
        if update:
            node = self.graph.nodes[node_id]
            if any(node.get(key) != value for key, value in props.items()):
                node.update(props)
                self._dirty = True
        return False

    def _set_text(self, document_id: str, text: str) -> None:
        texts = self._loaded_texts()
        if texts.get(document_id) != text:
            texts[document_id] = text
            self._texts_dirty = self._dirty = True
        if self._texts_in_graph:
            self.graph.nodes[document_id]["text"] = text

    def flush(self) -> None:
        """Save the graph if it changed: temp file, fsync, rename over the target.

        The side file of texts goes first, so that a crash between the two leaves the old
        graph with every text it names (and perhaps some more, which are not read).
        """
        if self.read_only or not self._dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._texts_dirty:
            texts = self._loaded_texts()
            _write_atomically(texts_path(self.path), lambda handle: _dump_texts(texts, handle),
                              binary=True)
            self._texts_dirty = False
        _write_atomically(self.path, lambda handle: json.dump(
            self._file_data(), handle, separators=(",", ":"), ensure_ascii=False))
        self._dirty = False

    def close(self) -> None:
        """Save (unless read-only). The store stays readable."""
        self.flush()

    # -- the file --------------------------------------------------------------------------

    def _load(self) -> nx.MultiDiGraph:
        if not self.path.exists():
            if self.read_only:
                raise StoreUnavailable(
                    f"no graph file at {self.target!r}; build one first, or check the path")
            return nx.MultiDiGraph(kg_format=FORMAT)
        try:
            with self.path.open(encoding="utf-8") as handle:
                data = json.load(handle)
            graph = nx.node_link_graph(data, directed=True, multigraph=True,
                                       edges="edges", key="id")
            if not (graph.is_directed() and graph.is_multigraph()):
                raise ValueError("not a directed multigraph")
            version = graph.graph.get("kg_format", 1)
            compact = version >= 2
            sentences = graph.graph.pop(SENTENCES, None) or {}
            rule_pairs = graph.graph.pop(RULES, None) or []
            source = graph.graph.pop(DOCUMENT_SOURCE, None)
            # Formats before 4 keep texts on the document nodes: taken off into memory,
            # and into the side file with the next save.
            inline = None if version >= 4 else {}
            for node, props in (graph.graph.pop(DOCUMENTS, None) or {}).items():
                graph.add_node(node, **props, **{LABELS: [DOCUMENT]})
            for node, attrs in graph.nodes(data=True):
                attrs["id"] = node
                attrs[LABELS] = set(attrs.get(LABELS) or ())
                if version >= 3 and not attrs[LABELS]:
                    attrs[LABELS] = {ACTOR}
                    attrs.setdefault("aliases", [])
                if compact and DOCUMENT in attrs[LABELS]:
                    if "source" not in attrs and source is not None:
                        attrs["source"] = source
                    elif "source" in attrs and attrs["source"] is None:
                        del attrs["source"]
                if inline is not None and DOCUMENT in attrs[LABELS] and "text" in attrs:
                    inline[node] = attrs.pop("text")
            graph.graph["kg_format"] = FORMAT  # what the next save writes
            if inline is not None:
                self._texts, self._texts_dirty = inline, True
                graph.graph[TEXTS] = len(inline)
            for source, target, key, attrs in graph.edges(keys=True, data=True):
                attrs["id"] = key
                if isinstance(attrs.get("rule"), int):
                    attrs["rule"], attrs["confidence"] = rule_pairs[attrs["rule"]]
                if compact:
                    _restore_mention_texts(attrs, graph.nodes[source], graph.nodes[target])
                attrs[LABELS] = {attrs["predicate"]}
                if compact:
                    _restore_defaults(attrs, sentences)
                rows.derive_relation_fields(attrs)
                _restore_document_fields(attrs, graph.nodes.get(attrs.get("doc")) or {})
        except (OSError, ValueError, KeyError, TypeError, AttributeError,
                nx.NetworkXError) as err:
            raise StoreUnavailable(
                f"cannot read graph file {self.target!r} ({type(err).__name__}: {err}); "
                "it is not a kg graph: move it aside or choose another .json path") from err
        return graph

    def _file_data(self) -> dict[str, Any]:
        data = nx.node_link_data(self.graph, edges="edges", key="id")
        documents = [node for node in data["nodes"] if DOCUMENT in node[LABELS]]
        # Documents of one build mostly come from one file: its name is written once.
        source = Counter(node.get("source") for node in documents).most_common(1)
        source = source[0][0] if source else None
        for node in data["nodes"]:
            if node[LABELS] == {ACTOR}:
                del node[LABELS]
                if not node.get("aliases"):
                    node.pop("aliases", None)
            else:
                node[LABELS] = sorted(node[LABELS])
        for node in documents if source is not None else ():
            if "source" not in node:
                node["source"] = None  # no source, although the others have one
            elif node["source"] == source:
                del node["source"]
        sentences: dict[str, dict[str, str]] = {}
        rules: dict[tuple[Any, Any], int] = {}
        for edge in data["edges"]:
            del edge[LABELS]
            if isinstance(edge.get("rule"), str) and "confidence" in edge:
                pair = (edge.pop("rule"), edge.pop("confidence"))
                edge["rule"] = rules.setdefault(pair, len(rules))
            for name in rows.DERIVED_RELATION_FIELDS:
                edge.pop(name, None)
            _leave_out_document_fields(edge, self.graph.nodes.get(edge.get("doc")) or {})
            _leave_out_defaults(edge, sentences)
            _leave_out_mention_texts(edge, self.graph.nodes[edge["source"]],
                                     self.graph.nodes[edge["target"]])
        # A copy: node_link_data hands out the graph's own attribute dict.
        data["graph"] = {**data["graph"], "kg_format": FORMAT, SENTENCES: sentences,
                         DOCUMENT_SOURCE: source, TEXTS: self._text_count(),
                         RULES: [list(pair) for pair in rules]}
        data["graph"][DOCUMENTS] = {
            node["id"]: {key: value for key, value in node.items()
                         if key not in ("id", LABELS, "text")}  # text: in the side file
            for node in documents}
        data["nodes"] = [node for node in data["nodes"] if DOCUMENT not in node.get(LABELS, ())]
        return data

    # -- the texts -------------------------------------------------------------------------

    def _text_count(self) -> int:
        """How many texts there are: in memory once read, else by the graph file's count."""
        return self.graph.graph.get(TEXTS, 0) if self._texts is None else len(self._texts)

    def _loaded_texts(self) -> dict[str, str]:
        """The texts, read from the side file on first use."""
        if self._texts is None:
            self._texts = self._read_texts() if self.graph.graph.get(TEXTS) else {}
        return self._texts

    def _read_texts(self) -> dict[str, str]:
        path = texts_path(self.path)
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                texts = {}
                for line in handle:
                    record = json.loads(line)
                    texts[record["id"]] = record["text"]
        except FileNotFoundError as err:
            raise StoreUnavailable(
                f"graph file {self.target!r} names {self.graph.graph[TEXTS]} document texts "
                f"kept in {os.fspath(path)!r}, which is missing; move it back beside the "
                "graph file (documents have no text without it)") from err
        except (OSError, EOFError, ValueError, KeyError, TypeError) as err:
            raise StoreUnavailable(
                f"cannot read document texts {os.fspath(path)!r} ({type(err).__name__}: "
                f"{err}); restore it from the graph file's backup") from err
        return texts

    def _texts_into_graph(self) -> None:
        """Put the texts on the document nodes, where Cypher reads ``d.text``."""
        if self._texts_in_graph:
            return
        nodes = self.graph.nodes
        for node, text in self._loaded_texts().items():
            if node in nodes:
                nodes[node]["text"] = text
        self._texts_in_graph = True

    # -- reading ---------------------------------------------------------------------------

    def _nodes(self, label: str) -> Iterator[dict[str, Any]]:
        for attrs in self.graph.nodes.values():
            if label in attrs[LABELS]:
                yield _props(attrs)

    def relations(self) -> Iterator[Relation]:
        """Every stored relation, rebuilt from its edge and the nodes around it."""
        nodes = self.graph.nodes
        for source, target, attrs in self.graph.edges(data=True):
            attributed = nodes.get(attrs.get("attributed_to"))
            yield rows.relation_from_props(
                _props(attrs),
                subject=_props(nodes[source]),
                object=_props(nodes[target]),
                object_label=QUANTITY if QUANTITY in nodes[target][LABELS] else ACTOR,
                attributed=_props(attributed) if attributed is not None else None,
            )

    def update_actors(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Set properties on existing Actor nodes (``{"id": ..., "degree": 3, ...}``), as
        analytics write them back; a None value removes the property. Returns rows applied."""
        if self.read_only:
            raise QueryNotSupported(
                f"store {self.target!r} is open read-only; open it writable to store measures")
        applied = 0
        for row in rows:
            node = self.graph.nodes.get(row["id"]) if row["id"] in self.graph else None
            if node is None or ACTOR not in node.get(LABELS, ()):
                continue
            for key, value in row.items():
                if key == "id":
                    continue
                if value is None:
                    node.pop(key, None)
                else:
                    node[key] = value
            applied += 1
            self._dirty = True
        self.flush()
        return applied

    def actors(self) -> Iterator[Actor]:
        """Every stored actor."""
        return (Actor.from_row(props) for props in self._nodes(ACTOR))

    def documents(self, *, with_text: bool = False) -> Iterator[Document]:
        """Every stored document's provenance (``text`` is empty unless ``with_text``)."""
        texts = self._loaded_texts() if with_text else {}
        return (Document.from_row({**props, "text": texts.get(props["id"])})
                for props in self._nodes(DOCUMENT))

    def stored_hashes(self) -> set[str]:
        """``content_hash`` of every stored document that has one."""
        return {props["content_hash"] for props in self._nodes(DOCUMENT)
                if "content_hash" in props}

    def counts(self) -> dict[str, Any]:
        """Documents, actors, relations and events; actors by type, relations by category."""
        by_type = Counter(props.get("type") for props in self._nodes(ACTOR))
        by_category = Counter(attrs.get("category") or NO_CATEGORY
                              for _s, _t, attrs in self.graph.edges(data=True))
        return {
            "documents": sum(1 for _ in self._nodes(DOCUMENT)),
            "actors": sum(by_type.values()),
            "relations": self.graph.number_of_edges(),
            "events": sum(n for category, n in by_category.items() if category != NO_CATEGORY),
            "actors_by_type": dict(by_type),
            "relations_by_category": dict(by_category),
        }

    def query(self, cypher: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run read-only Cypher through grand-cypher; rows as dicts, columns in RETURN order.

        ``$name`` parameters are written into the query as literals (grand-cypher has no
        parameters). Nodes and relationships come back as dicts of their properties.
        Writes, and anything grand-cypher cannot parse or run, raise
        :class:`~kg.errors.QueryNotSupported`.

        Differences from Neo4j to keep in mind (grand-cypher 1.2):

        * not understood: ``WITH``, ``OPTIONAL MATCH``, ``UNWIND``, ``UNION``, ``CALL``,
          ``CASE``, ``count(*)``, ``count(DISTINCT x)``, ``labels()``, arithmetic in
          ``RETURN`` (it works in ``WHERE``), comma-separated patterns, backtick names,
          ``RETURN DISTINCT x AS y`` (``DISTINCT`` works without ``AS``);
        * nulls: a missing property compares as None == None, so ``r.category <> "X"``
          keeps relations without a category, which Neo4j drops; ``avg()`` counts None as
          0 and ``min()``/``max()`` of only None give infinities; ``ORDER BY`` a column
          holding both None and strings fails;
        * an undirected ``(a)-[r]-(b)`` matches nothing: write both directions;
        * ``id(a)`` is the kg id here and an internal number in Neo4j: use ``a.id``.

        ``x.y IS NOT NULL`` is rewritten as ``NOT x.y IS NULL``, which grand-cypher reads.
        Name every returned expression with ``AS`` so both stores name columns alike.
        """
        text = prepare_query(cypher, rows.plain_params(params))
        if may_read_text(text):
            self._texts_into_graph()
        try:
            result = GrandCypher(self.graph).run(text)
        except lark.exceptions.UnexpectedInput as err:
            raise QueryNotSupported(_parse_failure(text, err)) from err
        except _ENGINE_ERRORS as err:
            cause = err.orig_exc if isinstance(err, lark.exceptions.VisitError) else err
            raise QueryNotSupported(
                f"the NetworkX store cannot run this query: grand-cypher failed with "
                f"{type(cause).__name__}: {cause}; {_SUBSET}; use a Neo4j store for full "
                "Cypher") from err
        return _result_rows(result, text)


def _props(attrs: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in attrs.items() if key != LABELS}


def _leave_out_document_fields(edge: dict[str, Any], document: Mapping[str, Any]) -> None:
    for edge_field, node_field in DOCUMENT_FIELDS.items():
        if edge_field not in edge:
            if node_field in document:
                edge[edge_field] = None  # the relation lacks what its document has
        elif edge[edge_field] == document.get(node_field):
            del edge[edge_field]


def _restore_document_fields(attrs: dict[str, Any], document: Mapping[str, Any]) -> None:
    for edge_field, node_field in DOCUMENT_FIELDS.items():
        if edge_field not in attrs:
            if node_field in document:
                attrs[edge_field] = document[node_field]
        elif attrs[edge_field] is None:
            del attrs[edge_field]


def _leave_out_defaults(edge: dict[str, Any], sentences: dict[str, dict[str, str]]) -> None:
    made = rows.relation_defaults(edge)
    for name in rows.DEFAULTED_RELATION_FIELDS:
        if name not in edge:
            if made[name] is not None:
                edge[name] = None  # the relation lacks what would be derived
        elif edge[name] == made[name] and type(edge[name]) is type(made[name]):
            del edge[name]
    if isinstance(edge.get("sentence"), str) and "doc" in edge and "sentence_start" in edge:
        table = sentences.setdefault(edge["doc"], {})
        known = table.setdefault(str(edge["sentence_start"]), edge["sentence"])
        if known == edge["sentence"]:
            del edge["sentence"]


# A mention's text is most often its actor's name: left out of the file when it is.
MENTION_TEXTS = {"subject_text": 0, "object_text": 1}


def _leave_out_mention_texts(edge: dict[str, Any], *nodes: Mapping[str, Any]) -> None:
    for name, end in MENTION_TEXTS.items():
        named = nodes[end].get("name")
        if name not in edge:
            if named is not None:
                edge[name] = None  # no text, although the actor has a name
        elif edge[name] == named:
            del edge[name]


def _restore_mention_texts(attrs: dict[str, Any], *nodes: Mapping[str, Any]) -> None:
    for name, end in MENTION_TEXTS.items():
        if name not in attrs:
            if nodes[end].get("name") is not None:
                attrs[name] = nodes[end]["name"]
        elif attrs[name] is None:
            del attrs[name]


def _restore_defaults(attrs: dict[str, Any], sentences: Mapping[str, Mapping[str, str]]) -> None:
    if "sentence" not in attrs and "doc" in attrs and "sentence_start" in attrs:
        attrs["sentence"] = sentences[attrs["doc"]][str(attrs["sentence_start"])]
    for name in rows.DEFAULTED_RELATION_FIELDS:
        if name not in attrs:
            value = rows.relation_defaults(attrs)[name]
            if value is not None:
                attrs[name] = value
        elif attrs[name] is None:
            del attrs[name]


def texts_path(path: str | os.PathLike[str]) -> Path:
    """The side file holding the document texts of the graph file at ``path``.

    >>> texts_path("data/news.json").as_posix()
    'data/news.json.texts.jsonl.gz'
    """
    path = Path(path)
    return path.with_name(path.name + TEXTS_SUFFIX)


def _dump_texts(texts: Mapping[str, str], handle) -> None:
    # mtime=0: the same texts make the same bytes.
    with gzip.GzipFile(fileobj=handle, mode="wb", compresslevel=TEXTS_COMPRESSLEVEL,
                       mtime=0) as packed:
        for node, text in texts.items():
            packed.write(json.dumps({"id": node, "text": text}, ensure_ascii=False)
                         .encode("utf-8") + b"\n")


def _write_atomically(path: Path, write, *, binary: bool = False) -> None:
    """``write(handle)`` into a temporary file beside ``path``, fsync, rename over it."""
    temp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        # O_EXCL: never write through someone else's file; mode 0o666 lets the umask
        # decide, as for any file the user creates.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with (os.fdopen(fd, "wb") if binary else
              os.fdopen(fd, "w", encoding="utf-8")) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise StoreUnavailable(
            f"cannot write graph file {os.fspath(path)!r} ({err}); the previous file is "
            "unchanged; check free space and permissions") from err
    _fsync_directory(path.parent)


# Words in a RETURN clause that name no value: a bare name among the others is a whole node.
_RETURN_WORDS = frozenset({"DISTINCT", "AS", "ORDER", "BY", "ASC", "DESC", "ASCENDING",
                           "DESCENDING", "SKIP", "LIMIT", "AND", "OR", "XOR", "NOT", "IS",
                           "NULL", "TRUE", "FALSE", "IN", "STARTS", "ENDS", "WITH",
                           "CONTAINS"})
# Functions of a whole node or relationship that do not hand out its properties.
_OPAQUE_FUNCTIONS = frozenset({"TYPE", "ID", "COUNT", "LABELS"})


def may_read_text(cypher: str) -> bool:
    """Whether a query could see a document's text: it names ``text``, or returns a node
    whole (as a column or collected), which carries all of its properties.

    >>> may_read_text('MATCH (d:Document) RETURN d.title AS t, COUNT(d) AS n')
    False
    >>> may_read_text('MATCH (d:Document) WHERE d.text CONTAINS "tariff" RETURN d.id AS id')
    True
    >>> may_read_text('MATCH (a)-[r]->(b) RETURN a, type(r) AS t')
    True
    """
    if re.search(r"\btext\b", cypher, re.IGNORECASE):
        return True
    returns = list(re.finditer(r"\bRETURN\b", cypher, re.IGNORECASE))
    clause = cypher[returns[-1].end():] if returns else ""
    clause = re.sub(r'"(?:[^"\\]|\\.)*"', '""', clause)
    clause = re.sub(r"\bAS\s+\w+", "", clause, flags=re.IGNORECASE)
    for match in re.finditer(r"(?<![.\w])([^\W\d]\w*)\b(?!\s*[.(])", clause):
        if match.group(1).upper() in _RETURN_WORDS:
            continue
        function = re.search(r"([^\W\d]\w*)\s*\(\s*$", clause[:match.start()])
        if function and function.group(1).upper() in _OPAQUE_FUNCTIONS:
            continue
        return True
    return False


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- Cypher text for grand-cypher --------------------------------------------------------------

_TOKEN = re.compile(r"""
      (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
    | (?P<name>`[^`]*`)
    | (?P<comment>//[^\n]*|/\*.*?\*/)
    | (?P<param>\$\w+)
    | (?P<word>[^\W\d]\w*)
    | (?P<space>\s+)
    | (?P<other>.)
""", re.VERBOSE | re.DOTALL)

_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f",
            "'": "'", '"': '"', "\\": "\\"}


def prepare_query(cypher: str, params: Mapping[str, Any]) -> str:
    """Cypher rewritten into the dialect grand-cypher parses, or QueryNotSupported.

    String literals become double-quoted, ``$name`` becomes the literal value, lower-case
    aggregations are upper-cased and a trailing ``;`` is dropped. Clauses that write or
    that grand-cypher lacks are refused by name.

    >>> prepare_query("MATCH (a:Actor) WHERE a.name = $name RETURN count(a) AS n;",
    ...               {"name": "Côte d'Ivoire"})
    'MATCH (a:Actor) WHERE a.name = "Côte d\\'Ivoire" RETURN COUNT(a) AS n'
    >>> prepare_query("MATCH (a) DETACH DELETE a", {})
    Traceback (most recent call last):
    ...
    kg.errors.QueryNotSupported: the NetworkX store is read-only: DETACH is not supported; use a Neo4j store for writes and full Cypher
    """
    tokens = [(match.lastgroup, match.group()) for match in _TOKEN.finditer(cypher)]
    significant = [i for i, (kind, _) in enumerate(tokens) if kind not in ("space", "comment")]
    while significant and tokens[significant[-1]] == ("other", ";"):
        tokens[significant.pop()] = ("space", "")
    for position, index in enumerate(significant):
        kind, text = tokens[index]
        before = tokens[significant[position - 1]][1] if position else ""
        after = tokens[significant[position + 1]][1] if position + 1 < len(significant) else ""
        # A word after "." or before ":" / "." names a property, label or variable.
        if kind == "word" and before not in (".", ":") and after not in (":", "."):
            upper = text.upper()
            if upper in WRITE_CLAUSES:
                raise QueryNotSupported(
                    f"the NetworkX store is read-only: {upper} is not supported; use a Neo4j "
                    "store for writes and full Cypher")
            # STARTS WITH and ENDS WITH are string operators, not the WITH clause.
            if upper in UNSUPPORTED_CLAUSES and not (
                    upper == "WITH" and before.upper() in ("STARTS", "ENDS")):
                raise QueryNotSupported(
                    f"the NetworkX store cannot run {upper}: {_SUBSET}; use a Neo4j store for "
                    "full Cypher")
            if upper in AGGREGATIONS and after == "(":
                tokens[index] = (kind, upper)
            if upper == "NOT" and before.upper() == "IS" and after.upper() == "NULL":
                _move_not(tokens, significant, position)
        elif kind == "string":
            tokens[index] = (kind, _literal(_unescape(text[1:-1])))
        elif kind == "param":
            name = text[1:]
            if name not in params:
                raise QueryNotSupported(
                    f"query needs parameter ${name}; pass {name}=... to query()")
            tokens[index] = (kind, _literal(params[name]))
    return "".join(text for kind, text in tokens if kind != "comment").strip()


def _move_not(tokens: list[tuple[str, str]], significant: list[int], position: int) -> None:
    """Rewrite ``x.y IS NOT NULL`` (NOT at ``position``) as ``NOT x.y IS NULL``.

    grand-cypher parses only the second form, which means the same in Cypher.
    """
    start = position - 2  # the operand before IS: a variable, or variable.property
    if start >= 2 and tokens[significant[start - 1]][1] == ".":
        start -= 2
    if start < 0 or tokens[significant[start]][0] != "word" or (
            start > 0 and tokens[significant[start - 1]][1] == "."):
        raise QueryNotSupported(
            "the NetworkX store reads IS NOT NULL only after a variable or a property "
            "(x.y IS NOT NULL); use a Neo4j store for full Cypher")
    kind, text = tokens[significant[start]]
    tokens[significant[start]] = (kind, "NOT " + text)
    tokens[significant[position]] = ("space", "")


def _unescape(body: str) -> str:
    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "uU" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _ESCAPES.get(code, code)

    return re.sub(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", replace, body, flags=re.DOTALL)


def _literal(value: Any) -> str:
    """A value as a grand-cypher literal (its strings are read back with Python's eval)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    if isinstance(value, str):
        # JSON string syntax is a subset of Python's, and escapes every control character.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    raise QueryNotSupported(
        f"the NetworkX store cannot pass {value!r} as a parameter; use strings, numbers, "
        "booleans, dates, None or lists of them")


def _parse_failure(text: str, err: lark.exceptions.UnexpectedInput) -> str:
    position = getattr(err, "pos_in_stream", None)
    token = getattr(err, "token", None)
    if position is None and token is not None:
        position = getattr(token, "start_pos", None)
    if position is None:
        where = "the end of the query"
    else:
        word = re.match(r"[^\W\d]\w*|\S", text[position:])
        shown = word.group() if word else "the end"
        function = re.search(r"([^\W\d]\w*)\s*$", text[:position])
        if shown == "(" and function:
            # grand-cypher reads an unknown function's name as a variable and stops at "(".
            shown = function.group(1) + "("
        near = " ".join(text[max(position - 20, 0):position + 20].split())
        where = f"{shown!r} (near {near!r})"
    return (f"the NetworkX store cannot run this query: grand-cypher does not understand "
            f"{where}; {_SUBSET}; use a Neo4j store for full Cypher")


def _result_rows(result: Mapping[Any, list[Any]], text: str) -> list[dict[str, Any]]:
    columns = sorted((str(key) for key in result), key=_column_order(text))
    values = {str(key): column for key, column in result.items()}
    length = max((len(column) for column in values.values()), default=0)
    return [{column: _plain(values[column][i]) if i < len(values[column]) else None
             for column in columns} for i in range(length)]


def _column_order(text: str):
    # grand-cypher returns columns in no fixed order; sort them by where RETURN names them.
    returns = list(re.finditer(r"\bRETURN\b", text, re.IGNORECASE))
    clause = text[returns[-1].end():] if returns else text
    lowered = clause.lower()

    def position(column: str) -> int:
        alias = re.search(rf"\bAS\s+{re.escape(column)}\b", clause, re.IGNORECASE)
        if alias:
            return alias.start()
        found = lowered.find(column.lower())
        return found if found >= 0 else len(clause)

    return position


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items() if key != LABELS}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(item) for item in value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value
