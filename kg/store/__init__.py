"""Where relations are kept: one small :class:`Store` protocol, two engines, one opener.

``open_store(target)`` picks the engine from the target's shape: a path ending in
``.json`` opens a :class:`~kg.store.networkx.NetworkXStore` (an in-memory graph saved as
node-link JSON), a ``bolt://`` or ``neo4j://`` URI opens a
:class:`~kg.store.neo4j.Neo4jStore`. Both hold the same graph (see :mod:`kg.store.rows`),
so the same Cypher reads both, within what grand-cypher supports.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
>>> with open_store(path) as store:
...     store.counts()["relations"]
0
>>> open_store("neo4jj://x")
Traceback (most recent call last):
...
kg.errors.UnknownStore: store 'neo4jj://x' not understood; use a path ending in .json, or a bolt:// / neo4j:// URI
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

from kg.errors import InvalidOption, UnknownStore
from kg.model import Actor, Document, Relation

__all__ = ["NEO4J_SCHEMES", "Store", "open_store"]

# URI schemes the Neo4j driver understands: plain, TLS, and TLS with a self-signed cert.
NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# Where open_store(None) looks, and what it falls back to.
DEFAULT_TARGET = "graph.json"


@runtime_checkable
class Store(Protocol):
    """What every store does; both engines implement it alike and close on ``with`` exit.

    ``counts()`` returns ``{"documents", "actors", "relations", "events", "actors_by_type",
    "relations_by_category"}``; relations without a category are counted under ``"-"``.
    """

    target: str  # printable; never contains a password
    # Runs every Cypher query (Neo4j); False: a subset, and named queries outside it run
    # their Python implementations on the store's relations instead (kg.query).
    full_cypher: bool

    def add(self, relations: Iterable[Relation], *,
            documents: Iterable[Document] = ()) -> dict[str, int]:
        """Store documents and relations; return how many documents/actors/relations are new."""

    def relations(self) -> Iterator[Relation]:
        """Every stored relation, equal to the one that was added."""

    def actors(self) -> Iterator[Actor]:
        """Every stored actor (subjects, objects and the actors relations are attributed to)."""

    def documents(self, *, with_text: bool = False) -> Iterator[Document]:
        """Every stored document's provenance; ``text`` is empty unless ``with_text`` (and
        for documents known only from their relations, or stored before texts were kept)."""

    def stored_hashes(self) -> set[str]:
        """``content_hash`` of every stored document, so a build can skip what it has."""

    def remove(self, document_ids: Iterable[str]) -> dict[str, int]:
        """Delete documents, the relations they supported, and the actors and quantities
        no relation then names; return how many ``documents``/``actors``/``quantities``/
        ``relations`` went. The graph is then the one built without those documents."""

    def counts(self) -> dict[str, Any]:
        """Nodes and relations by kind (see the class docstring)."""

    def query(self, cypher: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run Cypher with ``params``; rows as dicts of column -> plain Python value."""

    def update_actors(self, rows: Iterable[dict[str, Any]]) -> int:
        """Set properties on existing actors (``{"id": ..., "degree": 3}``); None removes one."""

    def close(self) -> None:
        """Release the store (the NetworkX store saves first)."""

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc_info: object) -> None: ...


def open_store(
    target: str | os.PathLike[str] | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    read_only: bool = False,
) -> Store:
    """Open the store that ``target`` names.

    ``target`` None means ``$KG_NEO4J_URI`` if set, else ``graph.json``. For Neo4j, ``user``,
    ``password`` and ``database`` default to ``$KG_NEO4J_USER`` (else ``neo4j``),
    ``$KG_NEO4J_PASSWORD`` and ``$KG_NEO4J_DATABASE`` (else the server's default database),
    and ``$KG_NEO4J_WRITERS`` sets how many transactions write a large batch's relationships
    at once (else 2; more for a server with more cores).
    ``read_only`` opens without writing anything: no constraints, no file, and queries
    that write are refused.

    Raises :class:`~kg.errors.UnknownStore` for any other target, and
    :class:`~kg.errors.StoreUnavailable` when the store cannot be opened.
    """
    if target is None:
        target = os.environ.get("KG_NEO4J_URI") or DEFAULT_TARGET
    text = os.fspath(target)
    # A Path never holds a scheme: Path("bolt://x") has already collapsed to "bolt:/x".
    scheme = text.split("://", 1)[0].lower() if "://" in text else None
    if scheme in NEO4J_SCHEMES:
        from kg.store.neo4j import Neo4jStore  # the driver is imported only when needed

        return Neo4jStore(
            text,
            user=user if user is not None else os.environ.get("KG_NEO4J_USER", "neo4j"),
            password=password if password is not None else os.environ.get("KG_NEO4J_PASSWORD"),
            database=database if database is not None else os.environ.get("KG_NEO4J_DATABASE"),
            read_only=read_only,
            **_writers(os.environ.get("KG_NEO4J_WRITERS")),
        )
    if text.lower().endswith(".json") and scheme is None:
        from kg.store.networkx import NetworkXStore

        return NetworkXStore(text, read_only=read_only)
    raise UnknownStore(
        f"store {text!r} not understood; use a path ending in .json, or a bolt:// / neo4j:// URI"
    )


def _writers(value: str | None) -> dict[str, int]:
    """``$KG_NEO4J_WRITERS`` as Neo4jStore's keyword (none when unset: its default)."""
    if not value:
        return {}
    try:
        writers = int(value)
    except ValueError:
        writers = 0
    if writers < 1:
        raise InvalidOption(f"KG_NEO4J_WRITERS must be a whole number of at least 1, "
                            f"not {value!r}")
    return {"writers": writers}
