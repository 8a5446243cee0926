"""Named analyst queries: one Cypher file per question in ``queries/``, run against any store.

Each ``queries/NAME.cypher`` starts with a header of ``//`` comment lines that says what it
answers and how to call it::

    // question: Who met whom, how often, and when?
    // param: since: date = null -- count meetings on or after this ISO date; null counts all
    // param: actor: string (required) e.g. "Mark Rutte" -- name, id or alias of the actor
    // columns: actor_a, actor_b, meetings, first, last
    // stores: neo4j; NetworkX runs the Python implementation (needs WITH and CASE)

A parameter is ``NAME: TYPE`` (``string``, ``int`` or ``date``) with either a JSON default
(``= 50``, ``= null``) or ``(required) e.g. EXAMPLE``. ``stores: both (identical)`` marks a
query that grand-cypher runs on the NetworkX store exactly as Neo4j does; every other named
query has a Python implementation here (:data:`IMPLEMENTATIONS`) that returns the same rows
from the store's relations, because grand-cypher lacks ``WITH``, ``CASE``, ``OPTIONAL MATCH``,
subqueries and path functions, and never matches a relation from an actor to itself (it maps
distinct pattern variables to distinct nodes). The Python side sorts and limits by the
query's own final ``ORDER BY``/``LIMIT``, so the two can only differ in what they select, and
the tests compare every query row for row on both stores, on a hand-made sample and on
random graphs.

Conventions every query keeps: an actor parameter matches an actor's id, name or any alias,
ignoring case; an event's date is its own, else its document's (``coalesce(r.date,
r.doc_date)``); counts of what happened leave out negated events and those merely intended,
possible or hypothetical (:data:`HAPPENED`); rows come in a total order (``ORDER BY`` every
column that can differ), so both stores return them row for row alike.

Values always travel as Cypher parameters, never as query text.

>>> [q.name for q in list_queries()][:3]
['actors', 'between', 'categories']
>>> meetings = get_query("meetings")
>>> meetings.question, meetings.columns[:2], meetings.defaults["limit"]
('Who met whom, how often, and when?', ('actor_a', 'actor_b'), 50)
>>> get_query("meeting")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.QueryNotFound: no named query 'meeting'; did you mean 'meetings'? The named queries are: actors, between, ...
>>> print(format_rows([{"actor": "NATO", "events": 3}, {"actor": "Côte d'Ivoire", "events": 12}]))
actor          events
-------------  ------
NATO                3
Côte d'Ivoire      12
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

import kg
from kg.corroboration import event_of, group_events, outlet_of
from kg.errors import InvalidParameter, KGError, QueryNotFound, QueryNotSupported
from kg.model import Actor, Document, Mention, Quantity, Relation
from kg.ontology import HAPPENED, QUADS, predicates_with, quad_class

__all__ = [
    "FORMATS",
    "IMPLEMENTATIONS",
    "InvalidParameter",
    "NamedQuery",
    "format_rows",
    "get_query",
    "list_queries",
    "match_actors",
    "query_directories",
    "run_implementation",
    "run_query",
]

# Output formats of format_rows.
FORMATS = ("table", "csv", "json")

# Parameter types a header may declare, and what a value of each becomes.
PARAM_TYPES = ("string", "int", "date")

# The header's "stores:" value of a query grand-cypher runs exactly as written.
PORTABLE = "both (identical)"

# A named query's name: what `kg query NAME` accepts; anything else is taken for Cypher.
NAME = re.compile(r"^[a-z][a-z0-9_]*$")

_HEADER_LINE = re.compile(r"^//\s?(?:(?P<key>question|param|columns|stores):\s*(?P<value>.*))?")
_PARAM = re.compile(r"""
    ^(?P<name>[A-Za-z_]\w*) \s*:\s* (?P<type>\w+) \s*
    (?: = \s*(?P<default>.+?) | \(required\) \s* e\.g\. \s*(?P<example>.+?) )
    \s+--\s+(?P<doc>.+)$
""", re.VERBOSE)
# The final "ORDER BY columns [LIMIT $param]" the Python implementations sort and cut by.
_ORDER = re.compile(r"\bORDER\s+BY\s+(?P<items>[\w\s,]+?)\s*"
                    r"(?:\bLIMIT\s+\$(?P<limit>\w+)\s*)?;?\s*$", re.IGNORECASE)
_PARAM_USE = re.compile(r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|//[^\n]*)|\$(\w+)""")

# Table cells longer than this are cut, ending in "…".
MAX_CELL = 60

# What happened, what cooperates and which predicates commit or hold office: the ontology's
# (kg/data/modalities.tsv, quad_classes.tsv, predicates.tsv), in the order the columns use.
COOPERATION = tuple(name for name, quad in QUADS.items() if quad.cooperative)
CONFLICT = tuple(name for name, quad in QUADS.items() if not quad.cooperative)
COMMITMENTS = predicates_with("commitment")
ROLES = predicates_with("role")
# Longest chain shortest_path follows (the query's [*..10]).
MAX_HOPS = 10


@dataclass(frozen=True)
class NamedQuery:
    """One ``queries/NAME.cypher`` file: the question, its parameters, columns and Cypher.

    ``params`` maps each parameter to a line for people (``'default 50: at most this many
    pairs'``, ``'required, e.g. "Mark Rutte": name, id or alias'``); ``defaults`` holds the
    optional ones' values, ``examples`` the required ones', ``types`` every one's type.
    """

    name: str
    question: str
    params: dict[str, str]
    columns: tuple[str, ...]
    stores: str
    cypher: str
    path: Path
    notes: str = ""
    defaults: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, Any] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)

    @property
    def required(self) -> tuple[str, ...]:
        """Parameters without a default, in header order."""
        return tuple(name for name in self.params if name not in self.defaults)

    @property
    def is_portable(self) -> bool:
        """True if grand-cypher runs the Cypher itself with the same rows as Neo4j."""
        return self.stores.startswith(PORTABLE)

    @property
    def runs_on_networkx(self) -> bool:
        """True if the NetworkX store answers this query (as Cypher or in Python)."""
        return self.is_portable or self.name in IMPLEMENTATIONS

    def bind(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """``params`` checked, typed, and completed with the defaults of those not given.

        >>> get_query("meetings").bind({"limit": "5", "since": date(2025, 3, 1)})
        {'since': '2025-03-01', 'until': None, 'limit': 5}
        >>> get_query("timeline").bind({})
        Traceback (most recent call last):
        ...
        kg.errors.InvalidParameter: query 'timeline' needs parameter 'actor' (name, id or alias of the actor (any case)), e.g. actor="Donald Trump"
        """
        unknown = sorted(set(params) - set(self.params))
        if unknown:
            raise InvalidParameter(
                f"query {self.name!r} has no parameter {unknown[0]!r}; its parameters: "
                f"{', '.join(self.params) or 'none'}")
        bound = {}
        for name in self.params:
            if name in params and not (params[name] is None and name in self.required):
                bound[name] = self._coerce(name, params[name])
            elif name in self.defaults:
                bound[name] = self.defaults[name]
            else:
                raise InvalidParameter(
                    f"query {self.name!r} needs parameter {name!r} ({self._doc(name)}), "
                    f"e.g. {name}={json.dumps(self.examples[name], ensure_ascii=False)}")
        return bound

    def _doc(self, name: str) -> str:
        return self.params[name].split(": ", 1)[-1]

    def _coerce(self, name: str, value: Any) -> Any:
        kind = self.types[name]
        if value is None:
            if self.defaults.get(name) is None:
                return None
            raise InvalidParameter(f"query {self.name!r}: {name} cannot be null; "
                                   f"leave it out for the default {self.defaults[name]!r}")
        try:
            if kind == "int":
                if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                    raise ValueError(value)
                number = int(value)
                if number < 0:
                    raise ValueError(value)
                return number
            if kind == "date":
                if isinstance(value, datetime):
                    return value.date().isoformat()
                if isinstance(value, date):
                    return value.isoformat()
                return date.fromisoformat(str(value).strip()).isoformat()
            return str(value)
        except (TypeError, ValueError) as err:
            what = {"int": "a whole number >= 0", "date": "an ISO date (YYYY-MM-DD)"}[kind]
            raise InvalidParameter(
                f"query {self.name!r}: {name}={value!r} is not {what}; e.g. "
                f"{name}={json.dumps(self.examples.get(name, self.defaults.get(name)))}"
            ) from err


# -- finding queries ----------------------------------------------------------------------------


def query_directories() -> list[Path]:
    """Where named queries live: the checkout's ``queries/``, then the installed ``kg/queries``."""
    found = [Path(kg.__file__).resolve().parent.parent / "queries"]
    packaged = resources.files("kg") / "queries"
    if isinstance(packaged, Path):
        found.append(packaged)
    return found


def list_queries(directory: str | Path | None = None) -> list[NamedQuery]:
    """Every named query in ``directory`` (default: the first of :func:`query_directories`
    holding any), sorted by name.

    Raises :class:`~kg.errors.KGError` for a file whose header is incomplete.
    """
    if directory is not None:
        return _load_directory(Path(directory))
    for candidate in query_directories():
        if candidate.is_dir() and any(candidate.glob("*.cypher")):
            return _load_directory(candidate)
    return []


@cache
def _cached_directory(directory: Path, stamp: tuple) -> tuple[NamedQuery, ...]:
    return tuple(parse_query(path) for path in sorted(directory.glob("*.cypher")))


def _load_directory(directory: Path) -> list[NamedQuery]:
    # Re-read when a file changes, so an analyst editing a query sees the edit at once.
    paths = sorted(directory.glob("*.cypher"))
    stamp = tuple((path.name, path.stat().st_mtime_ns) for path in paths)
    return list(_cached_directory(directory.resolve(), stamp))


def get_query(name: str, *, directory: str | Path | None = None) -> NamedQuery:
    """The named query ``name``, or :class:`~kg.errors.QueryNotFound` listing the valid names."""
    queries = {query.name: query for query in list_queries(directory)}
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise QueryNotFound(
        f"no named query {name!r}; {hint}The named queries are: "
        f"{', '.join(sorted(queries)) or 'none found in ' + str(query_directories()[0])}")


def parse_query(path: str | Path) -> NamedQuery:
    """Read one ``.cypher`` file and its header."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: dict[str, str] = {}
    defaults: dict[str, Any] = {}
    examples: dict[str, Any] = {}
    types: dict[str, str] = {}
    notes: list[str] = []
    for line in text.splitlines():
        match = _HEADER_LINE.match(line.strip())
        if not line.strip():
            continue
        if match is None:
            break
        key, value = match.group("key"), (match.group("value") or "").strip()
        if key == "param":
            _parse_param(path, value, params, defaults, examples, types)
        elif key:
            fields[key] = value
        else:
            notes.append(line.strip()[2:].strip())
    missing = [key for key in ("question", "columns", "stores") if not fields.get(key)]
    if missing:
        raise KGError(f"query file {path} lacks a '// {missing[0]}: ...' header line; "
                      "see kg/query.py for the header format")
    used = {match.group(2) for match in _PARAM_USE.finditer(text) if match.group(2)}
    if used != set(params):
        raise KGError(f"query file {path} uses parameters {sorted(used)} but its header "
                      f"declares {sorted(params)}; declare each with a '// param:' line")
    return NamedQuery(
        name=path.stem, question=fields["question"], params=params,
        columns=tuple(column.strip() for column in fields["columns"].split(",")),
        stores=fields["stores"], cypher=text, path=path, notes=" ".join(notes).strip(),
        defaults=defaults, examples=examples, types=types)


def _parse_param(path: Path, value: str, params: dict, defaults: dict, examples: dict,
                 types: dict) -> None:
    match = _PARAM.match(value)
    if match is None or match.group("type") not in PARAM_TYPES:
        raise KGError(
            f"query file {path}: cannot read '// param: {value}'; write 'NAME: TYPE = DEFAULT "
            f"-- what it is' or 'NAME: TYPE (required) e.g. EXAMPLE -- what it is', TYPE one "
            f"of {', '.join(PARAM_TYPES)}, DEFAULT and EXAMPLE as JSON")
    name, doc = match.group("name"), match.group("doc").strip()
    raw = match.group("default") if match.group("default") is not None else match.group("example")
    try:
        parsed = json.loads(raw)
    except json.JSONDecodeError as err:
        raise KGError(f"query file {path}: {name}'s value {raw} is not JSON (quote strings, "
                      "write null for none)") from err
    types[name] = match.group("type")
    if match.group("default") is not None:
        defaults[name] = parsed
        params[name] = f"default {raw}: {doc}"
    else:
        examples[name] = parsed
        params[name] = f"required, e.g. {raw}: {doc}"


# -- running ------------------------------------------------------------------------------------


def run_query(store, name_or_cypher: str, /, **params: Any) -> list[dict[str, Any]]:
    """Run a named query (``meetings``) or raw Cypher against ``store``; rows as dicts.

    A named query has its parameters checked and completed from its header
    (:meth:`NamedQuery.bind`). Neo4j runs its Cypher; the NetworkX store runs it through
    grand-cypher when the header says ``stores: both (identical)``, else the query's Python
    implementation. Raw Cypher goes to ``store.query`` as it is.

    Raises :class:`~kg.errors.QueryNotFound` for an unknown name,
    :class:`InvalidParameter` for missing or bad parameters and
    :class:`~kg.errors.QueryNotSupported` for what the store cannot run.
    """
    if not NAME.match(name_or_cypher.strip()):
        return store.query(name_or_cypher, **params)
    query = get_query(name_or_cypher.strip())
    bound = query.bind(params)
    if store.full_cypher or query.is_portable:
        return store.query(query.cypher, **bound)
    if query.name not in IMPLEMENTATIONS:
        raise QueryNotSupported(
            f"query {query.name!r} runs on Neo4j only ({query.stores}); load the graph into "
            "Neo4j, or use a query whose header says 'stores: both'")
    return _run_python(store, query, bound)


def run_implementation(store, name: str, /, **params: Any) -> list[dict[str, Any]]:
    """Run the Python implementation of named query ``name`` on any store's relations.

    What the NetworkX store answers for queries grand-cypher cannot run; on a Neo4j store it
    gives the same rows as the Cypher (the tests check that).
    """
    query = get_query(name)
    if name not in IMPLEMENTATIONS:
        raise QueryNotSupported(f"query {name!r} has no Python implementation; its Cypher "
                                f"runs on both stores ({query.stores})")
    return _run_python(store, query, query.bind(params))


def _run_python(store, query: NamedQuery, params: dict[str, Any]) -> list[dict[str, Any]]:
    order, limit = _order_clause(query)
    rows = IMPLEMENTATIONS[query.name](Snapshot.of(store), **params)
    rows = [{column: row[column] for column in query.columns} for row in rows]
    rows = neo4j_sorted(rows, order)
    return rows[:params[limit]] if limit else rows


def _order_clause(query: NamedQuery) -> tuple[list[tuple[str, bool]], str | None]:
    body = "\n".join(line.split("//", 1)[0] for line in query.cypher.splitlines())
    match = _ORDER.search(body)
    if match is None:
        raise KGError(f"query file {query.path} must end in 'ORDER BY columns [LIMIT $param]' "
                      "so that both stores return rows in one order")
    order = []
    for item in match.group("items").split(","):
        column, *direction = item.split()
        if column not in query.columns:
            raise KGError(f"query file {query.path} orders by {column!r}, not a returned column")
        order.append((column, bool(direction) and direction[0].upper() == "DESC"))
    return order, match.group("limit")


def neo4j_sorted(rows: Iterable[dict[str, Any]], order: list[tuple[str, bool]]) -> list[dict]:
    """``rows`` sorted as Cypher's ``ORDER BY`` does: nulls last ascending, first descending.

    >>> neo4j_sorted([{"n": 1, "d": None}, {"n": 2, "d": "2025"}, {"n": 2, "d": None}],
    ...              [("n", True), ("d", False)])
    [{'n': 2, 'd': '2025'}, {'n': 2, 'd': None}, {'n': 1, 'd': None}]
    """
    result = list(rows)
    for column, descending in reversed(order):
        # Stable sorts from the last key to the first; reverse=True keeps ties in order.
        result.sort(key=lambda row: (row[column] is None,
                                     0 if row[column] is None else row[column]),
                    reverse=descending)
    return result


# -- the Python implementations ------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """What the Python implementations read: a store's relations, actors and documents."""

    relations: tuple[Relation, ...]
    actors: dict[str, Actor]
    documents: dict[str, Document]

    @classmethod
    def of(cls, store) -> Snapshot:
        return cls(relations=tuple(store.relations()),
                   actors={actor.id: actor for actor in store.actors()},
                   documents={document.id: document for document in store.documents()})

    def matching(self, text: str) -> set[str]:
        """Ids of the actors whose id, name or an alias is ``text``, ignoring case."""
        return match_actors(self.actors.values(), text)

    def actor_relations(self, ids: set[str]) -> list[Relation]:
        """Relations with one of ``ids`` as subject or object."""
        return [r for r in self.relations
                if r.subject.id in ids or (_is_actor(r) and r.object.id in ids)]


def match_actors(actors: Iterable[Actor], text: str) -> set[str]:
    """Ids of the ``actors`` whose id, name or an alias is ``text``, ignoring case: how every
    named query's actor parameter is matched (``toLower($actor) IN [...]`` in Cypher).

    >>> match_actors([Actor.create("United States", "STATE", country="USA", aliases=("US",))],
    ...              "us")
    {'state:usa'}
    """
    key = text.lower()
    return {actor.id for actor in actors
            if key in (actor.id.lower(), actor.name.lower())
            or key in (alias.lower() for alias in actor.aliases)}


def _is_actor(relation: Relation) -> bool:
    return isinstance(relation.object, Mention)


def _day(relation: Relation) -> str | None:
    """The event date: its own, else its document's (``coalesce(r.date, r.doc_date)``)."""
    day = relation.date or relation.doc_date
    return day.isoformat() if day is not None else None


def _object_name(relation: Relation) -> str:
    obj = relation.object
    return obj.label if isinstance(obj, Quantity) else obj.actor.name


def _happened(relation: Relation) -> bool:
    return not relation.negated and relation.modality in HAPPENED


def _within(day: str | None, since: str | None, until: str | None) -> bool:
    if since is not None and (day is None or day < since):
        return False
    return until is None or (day is not None and day <= until)


def _pair(a: Actor, b: Actor) -> tuple[Actor, Actor]:
    """An unordered pair in the queries' order: by name, then id."""
    return (a, b) if (a.name, a.id) <= (b.name, b.id) else (b, a)


def _dates(days: Iterable[str | None]) -> tuple[str | None, str | None]:
    known = [day for day in days if day is not None]
    return (min(known), max(known)) if known else (None, None)


def _meetings(g: Snapshot, *, since, until, limit) -> list[dict]:
    pairs: dict[tuple[str, str], list] = defaultdict(list)
    names = {}
    for r in g.relations:
        if (r.category == "CONSULT" and _is_actor(r) and r.subject.id != r.object.id
                and _happened(r) and _within(_day(r), since, until)):
            a, b = _pair(r.subject.actor, r.object.actor)
            pairs[a.id, b.id].append(_day(r))
            names[a.id, b.id] = (a.name, b.name)
    return [{"actor_a": names[key][0], "actor_b": names[key][1], "meetings": len(days),
             "first": _dates(days)[0], "last": _dates(days)[1]}
            for key, days in pairs.items()]


def _relation_row(r: Relation) -> dict[str, Any]:
    return {"date": _day(r), "subject": r.subject.actor.name, "predicate": r.predicate,
            "object": _object_name(r), "category": r.category,
            "quad_class": quad_class(r.category), "goldstein": r.goldstein,
            "negated": r.negated, "modality": r.modality, "title": r.doc_title,
            "sentence": r.sentence, "doc": r.doc}


def _timeline(g: Snapshot, *, actor, since, until, limit) -> list[dict]:
    return [_relation_row(r) for r in g.actor_relations(g.matching(actor))
            if _within(_day(r), since, until)]


def _between(g: Snapshot, *, a, b, limit) -> list[dict]:
    first, second = g.matching(a), g.matching(b)
    return [_relation_row(r) for r in g.relations if _is_actor(r) and (
        (r.subject.id in first and r.object.id in second)
        or (r.subject.id in second and r.object.id in first))]


def _dyad_balance(g: Snapshot, *, since, until, limit) -> list[dict]:
    dyads: dict[tuple[str, str], list[Relation]] = defaultdict(list)
    for r in g.relations:
        if (quad_class(r.category) and _is_actor(r) and r.subject.id != r.object.id
                and _happened(r) and _within(_day(r), since, until)):
            dyads[r.subject.id, r.object.id].append(r)
    rows = []
    for events in dyads.values():
        quads = [quad_class(r.category) for r in events]
        first, last = _dates(_day(r) for r in events)
        rows.append({
            "source": events[0].subject.actor.name, "target": events[0].object.actor.name,
            "events": len(events), **{quad: quads.count(quad) for quad in COOPERATION + CONFLICT},
            "goldstein": sum(r.goldstein for r in events if r.goldstein is not None),
            "first": first, "last": last})
    return rows


def _central_actors(g: Snapshot, *, type, limit) -> list[dict]:
    out_degree: dict[str, int] = defaultdict(int)
    in_degree: dict[str, int] = defaultdict(int)
    partners: dict[str, set[str]] = defaultdict(set)
    for r in g.relations:
        out_degree[r.subject.id] += 1
        in_degree[r.object.id] += 1
        if _is_actor(r) and r.subject.id != r.object.id:
            partners[r.subject.id].add(r.object.id)
            partners[r.object.id].add(r.subject.id)
    return [{"actor": actor.name, "id": actor.id, "type": actor.type,
             "degree": in_degree[actor.id] + out_degree[actor.id],
             "in_degree": in_degree[actor.id], "out_degree": out_degree[actor.id],
             "partners": len(partners[actor.id])}
            for actor in g.actors.values() if type is None or actor.type == type.upper()]


def _commitments(g: Snapshot, *, actor) -> list[dict]:
    ids = g.matching(actor) if actor is not None else None
    return [{"actor": r.subject.actor.name, "predicate": r.predicate, "quantity": r.object.label,
             "value": r.object.value, "unit": r.object.unit, "comparator": r.object.comparator,
             "date": _day(r), "negated": r.negated, "modality": r.modality,
             "sentence": r.sentence, "doc": r.doc}
            for r in g.relations
            if r.predicate in COMMITMENTS and isinstance(r.object, Quantity)
            and (ids is None or r.subject.id in ids)]


def _statements(g: Snapshot, *, actor) -> list[dict]:
    speakers = g.matching(actor)
    return [{**_relation_row(r), "speaker": g.actors[r.attributed_to.id].name}
            for r in g.relations
            if r.attributed_to is not None and r.attributed_to.id in speakers]


def _new_dyads(g: Snapshot, *, since, until) -> list[dict]:
    pairs: dict[tuple[str, str], list] = defaultdict(list)
    names = {}
    for r in g.relations:
        if r.category is not None and _is_actor(r) and r.subject.id != r.object.id \
                and _happened(r):
            a, b = _pair(r.subject.actor, r.object.actor)
            pairs[a.id, b.id].append(_day(r))
            names[a.id, b.id] = (a.name, b.name)
    rows = []
    for key, days in pairs.items():
        first, last = _dates(days)
        if first is not None and since <= first <= until:
            rows.append({"actor_a": names[key][0], "actor_b": names[key][1], "first": first,
                         "last": last, "events": len(days)})
    return rows


def _names_of(argument: Mention | Quantity) -> set[str]:
    if isinstance(argument, Quantity):
        return {argument.id.lower(), argument.label.lower(), argument.text.lower()}
    actor = argument.actor
    return {actor.id.lower(), actor.name.lower(), *(alias.lower() for alias in actor.aliases)}


def _evidence(g: Snapshot, *, subject, object, predicate, event) -> list[dict]:
    subjects = g.matching(subject)
    events = event_of(g.relations)
    rows = []
    for r in g.relations:
        if r.subject.id not in subjects or object.lower() not in _names_of(r.object):
            continue
        if predicate is not None and r.predicate != predicate.upper():
            continue
        if event is not None and events.get(r.id) != event:
            continue
        document = g.documents.get(r.doc)
        rows.append({"date": _day(r), "predicate": r.predicate, "sentence": r.sentence,
                     "title": r.doc_title or (document and document.title),
                     "source": document and document.source,
                     "url": r.doc_url or (document and document.url), "doc": r.doc,
                     "negated": r.negated, "modality": r.modality,
                     "confidence": r.confidence, "rule": r.rule, "event": events.get(r.id),
                     "outlet": outlet_of(document) if document else r.doc})
    return rows


def _event_rows(g: Snapshot) -> list[dict]:
    rows = []
    for event in group_events(g.relations, g.documents.values()):
        rows.append({"event": event.id, "date": _iso(event.date), "subject": event.subject.name,
                     "category": event.category, "object": event.object.name,
                     "num_sources": event.num_sources, "num_articles": event.num_articles,
                     "num_mentions": event.num_mentions, "first_seen": _iso(event.first_seen),
                     "last_seen": _iso(event.last_seen), "source": event.sources[0],
                     "killed": event.killed, "wounded": event.wounded})
    return rows


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _corroborated(g: Snapshot, *, min_sources, limit) -> list[dict]:
    return [row for row in _event_rows(g) if row["num_sources"] >= min_sources]


def _single_source(g: Snapshot, *, limit) -> list[dict]:
    return [row for row in _event_rows(g) if row["num_sources"] == 1]


def _shortest_path(g: Snapshot, *, a, b) -> list[dict]:
    graph = nx.Graph()
    links: dict[frozenset, set[str]] = defaultdict(set)
    for r in g.relations:
        if _is_actor(r) and not r.negated and r.subject.id != r.object.id:
            graph.add_edge(r.subject.id, r.object.id)
            links[frozenset((r.subject.id, r.object.id))].add(r.predicate)
    chains = set()
    for start in g.matching(a):
        for end in g.matching(b):
            if start == end or start not in graph or end not in graph \
                    or not nx.has_path(graph, start, end):
                continue
            for chain in nx.all_shortest_paths(graph, start, end):
                if len(chain) - 1 <= MAX_HOPS:
                    chains.add(tuple(chain))
    return [{"hops": len(chain) - 1, "path": [g.actors[node].name for node in chain],
             "links": [sorted(links[frozenset(pair)]) for pair in zip(chain, chain[1:])]}
            for chain in chains]


def _profile(g: Snapshot, *, actor) -> list[dict]:
    rows = []
    for actor_id in g.matching(actor):
        found = g.actors[actor_id]
        at = g.actor_relations({actor_id})
        first, last = _dates(_day(r) for r in at)
        rows.append({
            "id": found.id, "name": found.name, "type": found.type, "country": found.country,
            "sector": found.sector, "aliases": list(found.aliases),
            "roles": sorted({f"{r.predicate} {r.object.actor.name}" for r in at
                             if r.subject.id == actor_id and _is_actor(r)
                             and r.predicate in ROLES}),
            "held_by": sorted({f"{r.subject.actor.name} {r.predicate}" for r in at
                               if _is_actor(r) and r.object.id == actor_id
                               and r.predicate in ROLES}),
            "relations": len(at),
            "statements": sum(1 for r in g.relations
                              if r.attributed_to is not None and r.attributed_to.id == actor_id),
            "documents": len({r.doc for r in at}), "first": first, "last": last})
    return rows


def _conflicting_signals(g: Snapshot, *, days, limit) -> list[dict]:
    dyads: dict[tuple[str, str], list[Relation]] = defaultdict(list)
    for r in g.relations:
        if quad_class(r.category) and _is_actor(r) and _happened(r) and _day(r) is not None:
            dyads[r.subject.id, r.object.id].append(r)
    rows = set()
    for events in dyads.values():
        for c in events:
            if quad_class(c.category) not in COOPERATION:
                continue
            for x in events:
                if quad_class(x.category) not in CONFLICT:
                    continue
                apart = abs((date.fromisoformat(_day(c)) - date.fromisoformat(_day(x))).days)
                if apart <= days:
                    rows.add((c.subject.actor.name, c.object.actor.name, _day(c), c.predicate,
                              _day(x), x.predicate, apart))
    columns = ("source", "target", "cooperative_date", "cooperative", "conflictual_date",
               "conflictual", "days")
    return [dict(zip(columns, row)) for row in rows]


def _categories(g: Snapshot) -> list[dict]:
    counts: dict[str, int] = defaultdict(int)
    for r in g.relations:
        if r.category is not None:
            counts[r.category] += 1
    return [{"category": category, "quad_class": quad_class(category), "events": n}
            for category, n in counts.items()]


def _roles(g: Snapshot) -> list[dict]:
    counts: dict[tuple[str, ...], int] = defaultdict(int)
    for r in g.relations:
        if r.predicate in ROLES and _is_actor(r):
            # Grouped by actor, not by name: namesakes stay apart.
            counts[r.object.actor.name, r.predicate, r.subject.actor.name, r.object.id,
                   r.subject.id] += 1
    return [{"organisation": key[0], "role": key[1], "holder": key[2], "mentions": n}
            for key, n in counts.items()]


# Named query -> its Python implementation, for the stores that cannot run its Cypher. Each
# returns the query's columns, unsorted; ORDER BY and LIMIT are applied from the Cypher.
IMPLEMENTATIONS: dict[str, Callable[..., list[dict[str, Any]]]] = {
    "meetings": _meetings,
    "timeline": _timeline,
    "between": _between,
    "dyad_balance": _dyad_balance,
    "central_actors": _central_actors,
    "commitments": _commitments,
    "statements": _statements,
    "new_dyads": _new_dyads,
    "evidence": _evidence,
    "corroborated": _corroborated,
    "single_source": _single_source,
    "shortest_path": _shortest_path,
    "profile": _profile,
    "conflicting_signals": _conflicting_signals,
    "categories": _categories,
    "roles": _roles,
}


# -- formatting ---------------------------------------------------------------------------------


def format_rows(rows: Iterable[Mapping[str, Any]], fmt: str = "table") -> str:
    """``rows`` as an aligned text table, CSV or JSON (a list of objects, dates as ISO).

    >>> print(format_rows([{"a": ["x", "y"], "b": None, "c": True}], "csv"), end="")
    a,b,c
    x|y,,true
    >>> print(format_rows([{"day": date(2025, 3, 13)}], "json"))
    [
      {
        "day": "2025-03-13"
      }
    ]
    """
    rows = list(rows)
    if fmt not in FORMATS:
        raise KGError(f"output format {fmt!r} not understood; use one of {', '.join(FORMATS)}")
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=_json_value)
    columns = list(dict.fromkeys(column for row in rows for column in row))
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_text(row.get(column), sep="|", exact=True) for column in columns])
        return buffer.getvalue()
    if not rows:
        return "(no rows)"
    cells = [[_cut(_text(row.get(column))) for column in columns] for row in rows]
    numeric = [all(isinstance(row.get(column), (int, float)) and
                   not isinstance(row.get(column), bool)
                   for row in rows if row.get(column) is not None) for column in columns]
    widths = [max([len(column)] + [len(line[i]) for line in cells])
              for i, column in enumerate(columns)]

    def line(values: list[str], header: bool = False) -> str:
        return "  ".join(value.rjust(width) if numeric[i] and not header else value.ljust(width)
                         for i, (value, width) in enumerate(zip(values, widths))).rstrip()

    return "\n".join([line(columns, header=True), line(["-" * width for width in widths])]
                     + [line(values) for values in cells])


def _json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def _text(value: Any, *, sep: str = ", ", exact: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        # A table shows sums like -1.0000000000000004 as -1.0; CSV keeps every digit.
        return repr(value) if exact or not math.isfinite(value) else repr(round(value, 6))
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return sep.join(_text(item, sep=sep, exact=exact) for item in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    return " ".join(str(value).split())


def _cut(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"
