"""The server store: the same graph as :mod:`kg.store.networkx`, kept in Neo4j 5.7+.

Writes stream in batches of :data:`~kg.store.rows.BATCH_SIZE` relations, in managed
transactions (so the driver retries transient failures): nodes first, then one
``UNWIND $rows AS row ...`` per (relationship type, object label) that creates the
relationships whose id it does not find. A small batch is one transaction. A batch of
:data:`PARALLEL_FROM` relations or more commits its nodes, then writes its relationship
types in :data:`WRITERS` transactions at once: a Neo4j transaction runs on one core. Those
run while Python plans the next batch and the server stores the next batch's nodes.

Every ``MATCH``, ``MERGE`` and relationship seek names a label or type and an ``id``
covered by a uniqueness constraint, so each row costs an index seek, never a scan; the
write queries are module constants (and :func:`relation_query`) so a test can ``EXPLAIN``
them. Values always travel as parameters; the only names spelled into Cypher are the fixed
labels and relationship types checked by :func:`kg.ontology.check_identifier`.

Driver exceptions are caught here and nowhere else: they leave as
:class:`~kg.errors.StoreUnavailable` (cannot connect, wrong password, no such database)
or :class:`~kg.errors.QueryNotSupported` (Neo4j rejected a query, or a write reached a
read-only store).
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import neo4j
from neo4j.exceptions import AuthError, ClientError, ConstraintError, DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship

from kg.errors import InvalidName, InvalidOption, QueryNotSupported, StoreUnavailable
from kg.model import Actor, Document, Relation
from kg.ontology import check_identifier
from kg.store import rows
from kg.store.rows import ACTOR, DOCUMENT, NO_CATEGORY, QUANTITY

__all__ = [
    "MERGE_ACTORS",
    "MERGE_DOCUMENT_STUBS",
    "MERGE_QUANTITIES",
    "NODE_CONSTRAINTS",
    "UPSERT_DOCUMENTS",
    "Neo4jStore",
    "relation_constraint",
    "relation_doc_index",
    "relation_params",
    "relation_query",
]

# The codes Neo4j gives a schema rule another transaction created first
SCHEMA_EXISTS = ("EquivalentSchemaRuleAlreadyExists", "ConstraintAlreadyExists",
                 "IndexAlreadyExists")

# One uniqueness constraint per node label: it makes MERGE safe and gives it an index.
NODE_CONSTRAINTS = tuple(
    f"CREATE CONSTRAINT kg_{label.lower()}_id IF NOT EXISTS "
    f"FOR (n:{label}) REQUIRE n.id IS UNIQUE"
    for label in (ACTOR, QUANTITY, DOCUMENT)
)

# An actor seen again keeps its fields and gains the aliases it did not have. Only an actor
# with a new alias is written: setting every known actor's aliases to what they were took a
# write lock on it and a record in the transaction log, batch after batch of a long load.
MERGE_ACTORS = """
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a += row.props
WITH a, [alias IN row.props.aliases WHERE NOT alias IN coalesce(a.aliases, [])] AS new
WHERE size(new) > 0
SET a.aliases = coalesce(a.aliases, []) + new
"""

MERGE_QUANTITIES = """
UNWIND $rows AS row
MERGE (q:Quantity {id: row.id})
ON CREATE SET q += row.props
"""

# A document known only from its relations: create it, never overwrite a real one.
MERGE_DOCUMENT_STUBS = """
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d += row.props
"""

# A document given to add(): its provenance replaces what its relations said.
UPSERT_DOCUMENTS = """
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props
"""

# kg.pipeline.remove: a document's relations go, and with them the actors and quantities
# that no relation names any more. Relations are found by their ``doc`` property: a scan of
# the relationships, which removing (rare, and batched) can afford.
# Run once per relationship type, so that each seeks that type's index on doc
# (relation_doc_index) instead of reading every relationship of the graph.
REMOVE_RELATIONS = """
MATCH (s)-[r:`{predicate}`]->(o) WHERE r.doc IN $ids
WITH r, s.id AS s, o.id AS o, r.attributed_to AS a
DELETE r
RETURN s, o, a
"""
RELATIONSHIP_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"

STILL_ATTRIBUTED = """
MATCH ()-[r]->() WHERE r.attributed_to IN $ids
RETURN DISTINCT r.attributed_to AS id
"""

REMOVE_UNNAMED = {label: f"""
UNWIND $ids AS id
MATCH (n:{label} {{id: id}}) WHERE NOT EXISTS {{ (n)--() }}
DELETE n
""" for label in (ACTOR, QUANTITY)}

REMOVE_DOCUMENTS = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
DETACH DELETE d
"""

READ_RELATIONS = """
MATCH (s:Actor)-[r]->(o)
OPTIONAL MATCH (a:Actor {id: r.attributed_to})
RETURN properties(s) AS s, properties(r) AS r, properties(o) AS o,
       o:Quantity AS is_quantity, properties(a) AS a
"""

_NODE_QUERIES = {label: f"MATCH (n:{label}) RETURN properties(n) AS n"
                 for label in (ACTOR, DOCUMENT)}

_COUNT_QUERIES = {
    "documents": "MATCH (d:Document) RETURN count(d) AS n",
    "actors_by_type": "MATCH (a:Actor) RETURN a.type AS key, count(*) AS n",
    "relations_by_category": "MATCH ()-[r]->() RETURN r.category AS key, count(*) AS n",
}

_OBJECT_LABELS = (ACTOR, QUANTITY)

# A property that a row does not have (None is a value to compare, here).
_ABSENT = object()

# Times a batch is rerun after losing a uniqueness race to another writer (see _write).
CONSTRAINT_RETRIES = 5

# Transactions that write one batch's relationships at once, and the batch size from which
# they do. One transaction runs on one server core; a batch of a few relations would only
# pay a second commit, and stays one transaction.
WRITERS = 2
PARALLEL_FROM = 1_000

_FIX_CONNECTION = "start it with 'scripts/neo4j start' or check KG_NEO4J_URI"

# The driver logs connection failures that kg already reports as StoreUnavailable; without
# a handler Python would print them to stderr beside kg's one-line error. Applications
# that configure logging still receive them.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

_USERINFO = re.compile(r"^([A-Za-z0-9+.-]+://)[^@/]*@")


def relation_query(predicate: str, object_label: str) -> str:
    """The statement that writes relations of one type to one kind of object.

    It takes the parameters of :func:`relation_params`, creates the relationships whose id
    it does not find and leaves the others as they are. The seek, not a ``MERGE``, decides
    what is new because ``MERGE ... ON CREATE SET`` cannot spread ``row.values`` over
    ``$keys``. Two writers that both find an id missing still store it once: the seek locks
    the id in the uniqueness index, so the second deadlocks or fails the constraint, and
    its batch runs again (by the driver, or by :func:`_write`) and finds the first's.

    ``replan=skip`` keeps the cached plan when the type's statistics change, as they do
    with every batch of a load: the plan is unique-index seeks whatever the numbers say,
    and planning it again costs more than writing a hundred relationships with it.

    >>> print(relation_query("MEET", "Actor"))
    CYPHER replan=skip
    UNWIND $rows AS row
    OPTIONAL MATCH ()-[known:MEET {id: row.id}]->()
    WITH row WHERE known IS NULL
    MATCH (s:Actor {id: row.s})
    MATCH (o:Actor {id: row.o})
    CREATE (s)-[r:MEET {id: row.id}]->(o)
    SET r += $shared
    FOREACH (i IN range(0, size($keys) - 1) | SET r[$keys[i]] = row.values[i])
    >>> relation_query("MEET`]->() DETACH DELETE n //", "Actor")
    Traceback (most recent call last):
    ...
    kg.errors.InvalidName: 'MEET`]->() DETACH DELETE n //' is not a valid relation type; use upper-case letters, digits and underscores, starting with a letter (e.g. MEET)
    """
    check_identifier(predicate)
    if object_label not in _OBJECT_LABELS:
        raise InvalidName(f"{object_label!r} is not an object label; use one of {_OBJECT_LABELS}")
    return (
        "CYPHER replan=skip\n"
        "UNWIND $rows AS row\n"
        f"OPTIONAL MATCH ()-[known:{predicate} {{id: row.id}}]->()\n"
        "WITH row WHERE known IS NULL\n"
        "MATCH (s:Actor {id: row.s})\n"
        f"MATCH (o:{object_label} {{id: row.o}})\n"
        f"CREATE (s)-[r:{predicate} {{id: row.id}}]->(o)\n"
        "SET r += $shared\n"
        "FOREACH (i IN range(0, size($keys) - 1) | SET r[$keys[i]] = row.values[i])"
    )


def relation_params(edges: list[dict[str, Any]]) -> dict[str, Any]:
    """The parameters of :func:`relation_query` for rows of one ``Batch.relations`` group.

    The driver packs parameters in Python one value at a time, and a map repeats its keys
    in every row: half of what a batch of relationships sent was the same twenty property
    names. So a row holds its ids and the ``values`` of the properties named once in
    ``$keys`` (None where it has none), and the properties that every row has alike (the
    predicate's category, CAMEO code and Goldstein score, mostly) travel once in ``$shared``.

    >>> params = relation_params([
    ...     {"id": "r1", "s": "a", "o": "b", "props": {"id": "r1", "cameo": "040", "doc": "d1"}},
    ...     {"id": "r2", "s": "a", "o": "c",
    ...      "props": {"id": "r2", "cameo": "040", "doc": "d2", "date": "2025-03-13"}}])
    >>> params["shared"], params["keys"]
    ({'cameo': '040'}, ['date', 'doc'])
    >>> params["rows"][0]
    {'id': 'r1', 's': 'a', 'o': 'b', 'values': [None, 'd1']}
    """
    props = [edge["props"] for edge in edges]
    # The id is in the CREATE pattern already.
    names = sorted({name for row in props for name in row} - {"id"})
    shared: dict[str, Any] = {}
    for name in names:
        value = props[0].get(name, _ABSENT)
        if value is not _ABSENT and all(_same(row.get(name, _ABSENT), value) for row in props):
            shared[name] = value
    keys = [name for name in names if name not in shared]
    return {
        "rows": [{"id": edge["id"], "s": edge["s"], "o": edge["o"],
                  "values": [edge["props"].get(name) for name in keys]} for edge in edges],
        "keys": keys,
        "shared": shared,
    }


def _same(value: Any, other: Any) -> bool:
    # Of one type too: 1 == 1.0 == True in Python, not in Neo4j.
    return type(value) is type(other) and value == other


def relation_constraint(predicate: str) -> str:
    """The uniqueness constraint on ``id`` for one relationship type (Neo4j 5.7+).

    >>> relation_constraint("MEET")
    'CREATE CONSTRAINT kg_meet_id IF NOT EXISTS FOR ()-[r:MEET]-() REQUIRE r.id IS UNIQUE'
    """
    check_identifier(predicate)
    return (f"CREATE CONSTRAINT kg_{predicate.lower()}_id IF NOT EXISTS "
            f"FOR ()-[r:{predicate}]-() REQUIRE r.id IS UNIQUE")


def relation_doc_index(predicate: str) -> str:
    """The index on ``doc`` for one relationship type, which ``remove`` seeks.

    >>> relation_doc_index("MEET")
    'CREATE INDEX kg_meet_doc IF NOT EXISTS FOR ()-[r:MEET]-() ON (r.doc)'
    """
    check_identifier(predicate)
    return (f"CREATE INDEX kg_{predicate.lower()}_doc IF NOT EXISTS "
            f"FOR ()-[r:{predicate}]-() ON (r.doc)")


def _printable(uri: str) -> str:
    # Credentials never belong in a URI kg prints.
    return _USERINFO.sub(r"\1", uri)


# Analytics' measures onto existing actors; a null in the map removes that property.
UPDATE_ACTORS = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a += row.measures
"""


class Neo4jStore:
    """A Neo4j database reached through the official driver.

    ``password`` None connects without authentication. ``database`` None uses the
    server's default database. ``read_only`` opens read sessions only: no constraints are
    created, :meth:`add` is refused and the server rejects writing queries. ``writers`` is
    how many transactions write a large batch's relationships at once (1: one at a time).
    """

    def __init__(self, uri: str, *, user: str = "neo4j", password: str | None = None,
                 database: str | None = None, read_only: bool = False,
                 writers: int = WRITERS) -> None:
        if isinstance(writers, bool) or not isinstance(writers, int) or writers < 1:
            raise InvalidOption(f"Neo4j writers must be a whole number of at least 1, "
                                f"not {writers!r}")
        self.target = _printable(uri)
        self.full_cypher = True
        self.user = user
        self.database = database or None
        self.read_only = read_only
        self.writers = writers
        self._password = password
        self._constrained: set[str] = set()
        if _USERINFO.match(uri):
            # The driver would refuse too, but quoting the URI, password included.
            raise StoreUnavailable(
                f"Neo4j URI {self.target} must not hold credentials; set KG_NEO4J_USER and "
                "KG_NEO4J_PASSWORD instead")
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=(user, password) if password is not None else None)
        except (ValueError, DriverError) as err:
            raise StoreUnavailable(self._scrub(
                f"cannot open Neo4j at {self.target} ({_reason(err)}); check KG_NEO4J_URI"
            )) from err
        try:
            with self._errors():
                self._driver.verify_connectivity()
                with self._session() as session:
                    # Also proves the database exists, which connecting alone does not.
                    for statement in () if read_only else NODE_CONSTRAINTS:
                        _ensure_schema(session, statement)
                    session.run("RETURN 1").consume()
        except BaseException:
            self._driver.close()
            raise

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.target!r})"

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    # -- errors ----------------------------------------------------------------------------

    def _scrub(self, message: str) -> str:
        if self._password:
            message = message.replace(self._password, "***")
        return message

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn the driver's exceptions into kg's, with a message that says what to do."""
        try:
            yield
        except AuthError as err:
            raise StoreUnavailable(self._scrub(
                f"Neo4j at {self.target} refused user {self.user!r} ({_reason(err)}): "
                "wrong password? set KG_NEO4J_PASSWORD")) from err
        except ClientError as err:
            code = err.code or ""
            if code.endswith("DatabaseNotFound"):
                raise StoreUnavailable(self._scrub(
                    f"Neo4j at {self.target} has no database {self.database!r}; create it or "
                    "check KG_NEO4J_DATABASE")) from err
            if code.endswith("AccessMode") or code.endswith("ForbiddenOnReadOnlyDatabase"):
                raise QueryNotSupported(self._scrub(
                    f"store {self.target} was opened read-only and refuses writes "
                    f"({_reason(err)}); open it without read_only to write")) from err
            raise QueryNotSupported(self._scrub(
                f"Neo4j at {self.target} rejected the query: {_reason(err)}")) from err
        except Neo4jError as err:
            raise StoreUnavailable(self._scrub(
                f"Neo4j at {self.target} failed ({_reason(err)}); try again, or check the "
                "server log")) from err
        except DriverError as err:
            raise StoreUnavailable(self._scrub(
                f"cannot reach Neo4j at {self.target} ({_reason(err)}); {_FIX_CONNECTION}"
            )) from err

    def _session(self) -> neo4j.Session:
        mode = neo4j.READ_ACCESS if self.read_only else neo4j.WRITE_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    # -- writing ---------------------------------------------------------------------------

    def add(self, relations: Iterable[Relation], *,
            documents: Iterable[Document] = ()) -> dict[str, int]:
        """Add relations, then documents; return how many documents/actors/relations are new.

        A batch's relation types are checked before it is sent, so an invalid one stops
        the batch with nothing of it written. A small batch is one transaction; a large one
        commits its nodes first, then its relationships in :attr:`writers` transactions, each
        holding whole relationship types, so that no two of them create the same
        relationship; the next batch is planned, and its nodes committed, meanwhile (the
        input is read one batch ahead, in another thread). Documents go last so that a
        stored ``content_hash`` means the document's relations are stored too.
        """
        if self.read_only:
            raise QueryNotSupported(
                f"store {self.target} was opened read-only; open it without read_only to add")
        created = Counter({"documents": 0, "actors": 0, "relations": 0})
        chunks = rows.batched(relations)

        def plan_next() -> tuple[int, rows.Batch] | None:
            chunk = next(chunks, None)
            return None if chunk is None else (len(chunk), rows.plan_batch(chunk))

        with (self._errors(), self._session() as session,
              ThreadPoolExecutor(1, thread_name_prefix="kg-plan") as planner,
              ThreadPoolExecutor(self.writers, thread_name_prefix="kg-neo4j") as pool):
            # Python plans batch n + 1 and the server stores batch n + 1's nodes while batch
            # n's relationships are written: the server's cores and Python's take turns no more.
            writing: list[Future[int]] = []
            planned = planner.submit(plan_next)
            while (next_batch := planned.result()) is not None:
                planned = planner.submit(plan_next)
                size, batch = next_batch
                self._constrain(session, {predicate for predicate, _ in batch.relations})
                if self.writers == 1 or size < PARALLEL_FROM:
                    created["relations"] += sum(future.result() for future in writing)
                    writing = []
                    created.update(_write(session, _write_batch, batch))
                    continue
                created.update(_write(session, _write_nodes, batch))
                created["relations"] += sum(future.result() for future in writing)
                writing = [pool.submit(self._write_relations, share)
                           for share in _shares(batch.relations, self.writers)]
            created["relations"] += sum(future.result() for future in writing)
            for chunk in rows.batched(rows.document_props(doc, with_text=True)
                                      for doc in documents):
                doc_rows = [{"id": props["id"], "props": props} for props in chunk]
                created["documents"] += _write(
                    session, _run_counting, UPSERT_DOCUMENTS, "nodes_created", rows=doc_rows)
        return dict(created)

    def remove(self, document_ids: Iterable[str]) -> dict[str, int]:
        """Delete documents, their relations, and the actors and quantities left unnamed,
        all in one transaction."""
        if self.read_only:
            raise QueryNotSupported(
                f"store {self.target} was opened read-only; open it without read_only to remove")
        ids = sorted(set(document_ids))
        with self._errors(), self._session() as session:
            return session.execute_write(_remove, ids)

    def _write_relations(self, groups: dict[tuple[str, str], list[dict[str, Any]]]) -> int:
        # In a thread of add()'s pool: a driver is shared by threads, a session is not.
        with self._session() as session:
            return _write(session, _write_relation_groups, groups)

    def _constrain(self, session: neo4j.Session, predicates: set[str]) -> None:
        # Schema changes cannot share a transaction with data, so each new relationship
        # type gets its constraint before the batch that first writes it.
        for predicate in sorted(predicates - self._constrained):
            _ensure_schema(session, relation_constraint(predicate))
            _ensure_schema(session, relation_doc_index(predicate))
            self._constrained.add(predicate)

    # -- reading ---------------------------------------------------------------------------

    def _stream(self, cypher: str) -> Iterator[neo4j.Record]:
        with self._errors(), self._session() as session:
            yield from session.run(cypher)

    def relations(self) -> Iterator[Relation]:
        """Every stored relation, rebuilt from its relationship and the nodes around it."""
        for record in self._stream(READ_RELATIONS):
            yield rows.relation_from_props(
                record["r"], subject=record["s"], object=record["o"],
                object_label=QUANTITY if record["is_quantity"] else ACTOR,
                attributed=record["a"])

    def actors(self) -> Iterator[Actor]:
        """Every stored actor."""
        return (Actor.from_row(record["n"]) for record in self._stream(_NODE_QUERIES[ACTOR]))

    def documents(self, *, with_text: bool = False) -> Iterator[Document]:
        """Every stored document's provenance (``text`` is empty unless ``with_text``)."""
        cypher = (_NODE_QUERIES[DOCUMENT] if with_text
                  else "MATCH (n:Document) RETURN n {.*, text: null} AS n")
        return (Document.from_row(record["n"]) for record in self._stream(cypher))

    def stored_hashes(self) -> set[str]:
        """``content_hash`` of every stored document that has one."""
        cypher = ("MATCH (d:Document) WHERE d.content_hash IS NOT NULL "
                  "RETURN d.content_hash AS h")
        return {record["h"] for record in self._stream(cypher)}

    def counts(self) -> dict[str, Any]:
        """Documents, actors, relations and events; actors by type, relations by category."""
        with self._errors(), self._session() as session:
            documents = session.run(_COUNT_QUERIES["documents"]).single()["n"]
            by_type = {record["key"]: record["n"]
                       for record in session.run(_COUNT_QUERIES["actors_by_type"])}
            by_category = {record["key"] if record["key"] is not None else NO_CATEGORY:
                           record["n"]
                           for record in session.run(_COUNT_QUERIES["relations_by_category"])}
        return {
            "documents": documents,
            "actors": sum(by_type.values()),
            "relations": sum(by_category.values()),
            "events": sum(n for key, n in by_category.items() if key != NO_CATEGORY),
            "actors_by_type": by_type,
            "relations_by_category": by_category,
        }

    def update_actors(self, updates: Iterable[dict[str, Any]]) -> int:
        """Set properties on existing Actor nodes (``{"id": ..., "degree": 3, ...}``), as
        analytics write them back; a None value removes the property. Returns rows sent."""
        if self.read_only:
            raise QueryNotSupported(
                f"store {self.target} was opened read-only; open it writable to store measures")
        sent = 0
        with self._errors(), self._session() as session:
            for chunk in rows.batched(updates):
                payload = [{"id": row["id"], "measures": {key: value for key, value in row.items()
                                                          if key != "id"}} for row in chunk]
                session.run(UPDATE_ACTORS, rows=payload).consume()
                sent += len(payload)
        return sent

    def query(self, cypher: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run any Cypher with ``params``; rows as dicts of column -> plain Python value.

        Nodes and relationships come back as dicts of their properties, paths as a list
        of them, temporal values as ISO strings. Run as an auto-commit transaction, so
        ``CALL { ... } IN TRANSACTIONS`` works; in a read-only store the server refuses
        writes and this raises :class:`~kg.errors.QueryNotSupported`.
        """
        with self._errors(), self._session() as session:
            result = session.run(cypher, rows.plain_params(params))
            return [{key: _plain(value) for key, value in record.items()} for record in result]


def _write(session: neo4j.Session, work, *args, **kwargs):
    """``session.execute_write(work, ...)``, rerun when another writer won a uniqueness race.

    Two writers storing the same relationship at once (two ``kg load`` of one file) may
    have the later one fail the uniqueness constraint instead of finding the other's
    relationship: a client error, which the driver does not retry (deadlocks, which it does
    retry, are what the tests see). A batch MERGEs its nodes and creates only the
    relationships it does not find, so running it again is safe: it then finds what the
    other writer committed.
    """
    for _ in range(CONSTRAINT_RETRIES - 1):
        try:
            return session.execute_write(work, *args, **kwargs)
        except ConstraintError:
            continue
    return session.execute_write(work, *args, **kwargs)


def _remove(tx: neo4j.ManagedTransaction, ids: list[str]) -> dict[str, int]:
    touched: set[str] = set()
    relations = 0
    # Every type in the database, kg's or not; a backtick in a name is doubled to quote it.
    for (predicate,) in list(tx.run(RELATIONSHIP_TYPES)):
        quoted = REMOVE_RELATIONS.format(predicate=predicate.replace("`", "``"))
        for record in tx.run(quoted, ids=ids):
            relations += 1
            touched.update(value for value in record.values() if value is not None)
    attributed = {record["id"] for record in tx.run(STILL_ATTRIBUTED, ids=sorted(touched))}
    unnamed = sorted(touched - attributed)
    removed = {"documents": 0, "actors": 0, "quantities": 0, "relations": relations}
    for label, key in ((ACTOR, "actors"), (QUANTITY, "quantities")):
        removed[key] = _run_counting(tx, REMOVE_UNNAMED[label], "nodes_deleted", ids=unnamed)
    removed["documents"] = _run_counting(tx, REMOVE_DOCUMENTS, "nodes_deleted", ids=ids)
    return removed


def _ensure_schema(session: neo4j.Session, statement: str) -> None:
    """Create a constraint or index "IF NOT EXISTS". That is checked before the commit: when
    another loader creates the same rule in between, Neo4j reports it as existing, which is
    what was asked for."""
    try:
        session.execute_write(_run_schema, statement)
    except ClientError as err:
        if not (err.code or "").endswith(SCHEMA_EXISTS):
            raise


def _run_schema(tx: neo4j.ManagedTransaction, statement: str) -> None:
    # In a managed transaction, so that the driver retries the deadlocks a constraint being
    # created meets when another process writes that relationship type at the same moment.
    tx.run(statement).consume()


def _run_counting(tx: neo4j.ManagedTransaction, cypher: str, counter: str,
                  **params: Any) -> int:
    return getattr(tx.run(cypher, params).consume().counters, counter)


def _write_batch(tx: neo4j.ManagedTransaction, batch: rows.Batch) -> dict[str, int]:
    """One batch in one transaction; returns what it created (fresh on every retry)."""
    created = _write_nodes(tx, batch)
    created["relations"] = _write_relation_groups(tx, batch.relations)
    return created


def _write_nodes(tx: neo4j.ManagedTransaction, batch: rows.Batch) -> dict[str, int]:
    created = {"documents": 0, "actors": 0}
    if batch.actors:
        created["actors"] += _run_counting(tx, MERGE_ACTORS, "nodes_created", rows=batch.actors)
    if batch.quantities:
        _run_counting(tx, MERGE_QUANTITIES, "nodes_created", rows=batch.quantities)
    if batch.documents:
        created["documents"] += _run_counting(tx, MERGE_DOCUMENT_STUBS, "nodes_created",
                                              rows=batch.documents)
    return created


def _write_relation_groups(tx: neo4j.ManagedTransaction,
                           groups: dict[tuple[str, str], list[dict[str, Any]]]) -> int:
    return sum(_run_counting(tx, relation_query(predicate, label), "relationships_created",
                             **relation_params(edges))
               for (predicate, label), edges in groups.items())


def _shares(groups: dict[tuple[str, str], list[dict[str, Any]]],
            n: int) -> list[dict[tuple[str, str], list[dict[str, Any]]]]:
    """``groups`` dealt into at most ``n`` parts of about equal rows, whole groups each.

    >>> shares = _shares({("MEET", "Actor"): [1, 2, 3], ("VISIT", "Actor"): [4],
    ...                   ("TARGET", "Quantity"): [5, 6]}, 2)
    >>> [sorted(share) for share in shares]
    [[('MEET', 'Actor')], [('TARGET', 'Quantity'), ('VISIT', 'Actor')]]
    """
    shares: list[dict[tuple[str, str], list[dict[str, Any]]]] = [{} for _ in range(n)]
    sizes = [0] * n
    # Largest first, each to the lightest share so far.
    for key, edges in sorted(groups.items(), key=lambda item: -len(item[1])):
        lightest = sizes.index(min(sizes))
        shares[lightest][key] = edges
        sizes[lightest] += len(edges)
    return [share for share in shares if share]


def _reason(err: BaseException) -> str:
    # The server's own message for server errors (str() adds codes and GQL status); the
    # driver's for the rest. Both may span lines; kg's errors are one line.
    text = err.message if isinstance(err, Neo4jError) and err.message else str(err)
    return " ".join((text or type(err).__name__).split())


def _plain(value: Any) -> Any:
    """A driver value as plain Python: entities as property dicts, temporals as ISO text."""
    if isinstance(value, (Node, Relationship)):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, Path):
        # Nodes and relationships alternating, as the path runs.
        path: list[Any] = [_plain(value.nodes[0])]
        for relationship, node in zip(value.relationships, value.nodes[1:]):
            path += [_plain(relationship), _plain(node)]
        return path
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
