"""Records <-> flat property dicts: the one graph shape both stores write and read.

Neo4j properties must be primitives or lists of primitives, so a :class:`~kg.model.Relation`
is flattened onto its relationship (``subject_text``, ``object_start``, ``attributed_to`` as an
actor id...) and rebuilt from the relationship plus the nodes at its ends. Everything here is
built on the records' ``as_row()``/``from_row()``, so a field added to a record needs no
change in either store.

The graph:

* ``(:Actor {id, name, type, country, sector, aliases, iso3, cameo_country, cow_code,
  cow_letters, cameo_code, wikidata})``: the codes derived from country and sector and the
  gazetteer's own (an IGO's CAMEO code, a state's QID; :mod:`kg.codes`)
* ``(:Quantity {id, value, unit, text, comparator, counts, label})``
* ``(:Document {id, date, title, url, source, outlet, updated, extractor, copy_of,
  content_hash, text})``: the text is kept so that a newer extractor can read it again
  (``kg.pipeline.rebuild``), but ``documents()`` leaves it out unless asked
* ``(subject:Actor)-[:PREDICATE {id, doc, ..., sentence, confidence}]->(object:Actor|Quantity)``

Dates travel as ISO strings so that both stores (and grand-cypher) compare them alike.
None is never stored: Neo4j drops null properties, so the NetworkX store omits them as
well and a missing property reads back as None.

>>> from kg.model import Actor, Mention, Quantity, Relation
>>> nato = Mention(Actor.create("NATO", "IGO"), "NATO", 0, 4)
>>> share = Quantity(3.0, "%", "at least 3%", 20, 31, comparator=">=")
>>> rel = Relation(subject=nato, predicate="TARGET", object=share, doc="d1",
...                sentence="NATO set a goal of at least 3%.", sentence_start=0)
>>> batch = plan_batch([rel])
>>> [row["id"] for row in batch.actors], [row["props"]["label"] for row in batch.quantities]
(['igo:nato'], ['≥3%'])
>>> [(key, [row["s"] for row in edges]) for key, edges in batch.relations.items()]
[(('TARGET', 'Quantity'), ['igo:nato'])]
>>> edge = batch.relations["TARGET", "Quantity"][0]
>>> relation_from_props(edge["props"], subject=batch.actors[0]["props"],
...                     object=batch.quantities[0]["props"], object_label=QUANTITY) == rel
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any, TypeVar

from kg.codes import actor_codes
from kg.model import Actor, Document, Quantity, Relation
from kg.ontology import CAMEO, PREDICATES, check_identifier, quad_class

__all__ = [
    "ACTOR",
    "BATCH_SIZE",
    "DEFAULTED_RELATION_FIELDS",
    "DERIVED_RELATION_FIELDS",
    "DOCUMENT",
    "NO_CATEGORY",
    "QUANTITY",
    "Batch",
    "actor_props",
    "batched",
    "derive_relation_fields",
    "document_props",
    "merge_aliases",
    "plain_params",
    "plan_batch",
    "quantity_props",
    "relation_from_props",
    "relation_defaults",
    "relation_props",
]

# Node labels; fixed here, never taken from input.
ACTOR = "Actor"
QUANTITY = "Quantity"
DOCUMENT = "Document"

# Relations per write transaction: large enough to amortise a Neo4j round trip,
# small enough that one transaction's state stays a few MB.
BATCH_SIZE = 10_000

# Key of relations without a PLOVER category (roles, numbers) in counts(); "-" is how
# predicates.tsv marks them too.
NO_CATEGORY = "-"

# Relationship properties computed from others; the NetworkX file leaves them out.
DERIVED_RELATION_FIELDS = ("quad_class", "sentence_end")

# Relationship properties that usually hold what :func:`relation_defaults` computes from
# the others (the predicate's PLOVER category and CAMEO code, the code's Goldstein score, an
# asserted and not negated event, a mention ending where its text does). The NetworkX file
# leaves them out when they do, and writes an explicit null when a relation lacks one.
DEFAULTED_RELATION_FIELDS = ("category", "cameo", "goldstein", "modality", "negated",
                             "subject_end", "object_end")

T = TypeVar("T")


def _compact(props: Mapping[str, Any]) -> dict[str, Any]:
    # Neo4j cannot store null, so neither store does: missing means None.
    return {key: value for key, value in props.items() if value is not None}


def actor_props(actor: Actor) -> dict[str, Any]:
    """Properties of an ``:Actor`` node (``aliases`` always a list, possibly empty), with
    the standard codes of :func:`kg.codes.actor_codes` (``iso3``, ``cameo_code``...)."""
    return _compact({**actor.as_row(), **actor_codes(actor)})


def quantity_props(quantity: Quantity) -> dict[str, Any]:
    """Properties of a ``:Quantity`` node: the number and its readable ``label``.

    Offsets are not kept on the node; the relationship's ``object_start``/``object_end``
    hold them.
    """
    row = quantity.as_row()
    del row["start"], row["end"]
    return _compact({**row, "label": quantity.label})


def document_props(document: Document, *, with_text: bool = False) -> dict[str, Any]:
    """Provenance of a ``:Document`` node and the hash of its text; the text itself only
    ``with_text`` (what a store writes, so that the document can be extracted again)."""
    props = _compact({**document.as_row(), "content_hash": document.content_hash})
    if with_text and document.text:
        props["text"] = document.text
    return props


def _stub_document_props(relation: Relation) -> dict[str, Any]:
    # What a relation knows of its document, for when the Document itself was not given.
    return _compact({"id": relation.doc, "date": relation.as_row()["doc_date"],
                     "title": relation.doc_title, "url": relation.doc_url})


def relation_props(relation: Relation) -> dict[str, Any]:
    """The flat properties of a relation's relationship.

    >>> from kg.model import Actor, Mention, Relation
    >>> a, b = (Mention(Actor.create(n, "PERSON"), n, i, i + 1) for i, n in enumerate("AB"))
    >>> props = relation_props(Relation(subject=a, predicate="MEET", object=b, doc="d",
    ...                                 sentence="A met B.", sentence_start=0, category="CONSULT"))
    >>> props["quad_class"], props["subject_text"], props["object_start"], "date" in props
    ('verbal_cooperation', 'A', 1, False)
    """
    row = relation.as_row()
    subject, obj, attributed = row.pop("subject"), row.pop("object"), row.pop("attributed_to")
    location = row.pop("location") or {}
    return _compact({
        **row,
        **{f"location_{key}": value for key, value in location.items()},
        "quad_class": quad_class(relation.category),
        "attributed_to": attributed["id"] if attributed else None,
        "attributed_name": attributed["name"] if attributed else None,
        "subject_text": subject["text"],
        "subject_start": subject["start"],
        "subject_end": subject["end"],
        "object_text": obj["text"],
        "object_start": obj["start"],
        "object_end": obj["end"],
    })


def derive_relation_fields(props: dict[str, Any]) -> dict[str, Any]:
    """Fill in :data:`DERIVED_RELATION_FIELDS` (in place) and return ``props``."""
    props["sentence_end"] = props.get("sentence_start", 0) + len(props.get("sentence", ""))
    quad = quad_class(props.get("category"))
    if quad is not None:
        props["quad_class"] = quad
    return props


def relation_defaults(props: Mapping[str, Any]) -> dict[str, Any]:
    """What each of :data:`DEFAULTED_RELATION_FIELDS` would be, judged from ``props``.

    Reads only fields that are never defaulted, or defaulted fields in the order of
    :data:`DEFAULTED_RELATION_FIELDS` (``goldstein`` from ``cameo``), so that a reader
    restoring them one by one computes the same values as the writer.

    >>> made = relation_defaults({"predicate": "MEET", "cameo": "036", "subject_start": 3,
    ...                           "subject_text": "Rutte"})
    >>> made["category"], made["cameo"], made["goldstein"], made["subject_end"]
    ('CONSULT', '040', 4.0, 8)
    """
    predicate = PREDICATES.get(props.get("predicate"))
    cameo = props.get("cameo")
    if cameo in CAMEO:
        goldstein = CAMEO[cameo].goldstein
    else:
        goldstein = predicate.goldstein if predicate else None
    return {
        "category": predicate.category if predicate else None,
        "cameo": predicate.cameo if predicate else None,
        "goldstein": goldstein,
        "modality": "asserted",
        "negated": False,
        "subject_end": _end(props, "subject"),
        "object_end": _end(props, "object"),
    }


def _end(props: Mapping[str, Any], mention: str) -> int | None:
    start, text = props.get(f"{mention}_start"), props.get(f"{mention}_text")
    return start + len(text) if isinstance(start, int) and isinstance(text, str) else None


def relation_from_props(
    props: Mapping[str, Any],
    *,
    subject: Mapping[str, Any],
    object: Mapping[str, Any],
    object_label: str,
    attributed: Mapping[str, Any] | None = None,
) -> Relation:
    """Rebuild a Relation from its relationship and the properties of the nodes it joins.

    ``attributed`` is the ``:Actor`` node named by ``props["attributed_to"]``; when it is
    missing the actor is rebuilt from the id and ``attributed_name`` alone.
    """
    row = dict(props)
    row["subject"] = {**subject, "text": props.get("subject_text"),
                      "start": props.get("subject_start"), "end": props.get("subject_end")}
    if object_label == QUANTITY:
        target = {key: value for key, value in object.items() if key != "label"}
    else:
        target = dict(object)
    row["object"] = {**target, "text": props.get("object_text"),
                     "start": props.get("object_start"), "end": props.get("object_end")}
    location = {key[len("location_"):]: props[key] for key in props
                if key.startswith("location_")}
    row["location"] = location or None
    attributed_id = props.get("attributed_to")
    if attributed_id is None:
        row["attributed_to"] = None
    elif attributed is not None:
        row["attributed_to"] = dict(attributed)
    else:
        row["attributed_to"] = {"id": attributed_id,
                                "name": props.get("attributed_name") or attributed_id}
    return Relation.from_row(row)


def merge_aliases(old: Iterable[str] | None, new: Iterable[str] | None) -> list[str]:
    """``old`` followed by the aliases of ``new`` it lacks: the union, first-seen order.

    >>> merge_aliases(["NATO"], ["OTAN", "NATO"])
    ['NATO', 'OTAN']
    """
    merged = list(old or ())
    merged.extend(alias for alias in dict.fromkeys(new or ()) if alias not in merged)
    return merged


@dataclass
class Batch:
    """One transaction's worth of rows, deduplicated by id.

    Node rows are ``{"id": ..., "props": {...}}``; relation rows add ``"s"`` and ``"o"``,
    the ids of the nodes they join, and are grouped by ``(predicate, object label)``
    because a relationship type and a label must be spelled out in the Cypher text.
    """

    actors: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    relations: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)


def plan_batch(relations: Iterable[Relation]) -> Batch:
    """The node and relationship rows that store ``relations``.

    Every predicate is checked with :func:`kg.ontology.check_identifier` before a row is
    returned, so an unsafe relation type stops the batch before it touches a store.
    Actors seen more than once keep their first fields and the union of their aliases.
    """
    actors: dict[str, dict[str, Any]] = {}
    quantities: dict[str, dict[str, Any]] = {}
    documents: dict[str, dict[str, Any]] = {}
    grouped: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}

    # Properties are built only for what a batch has not seen yet: a batch of hubs and
    # long documents names the same actors and documents thousands of times.
    def add_actor(actor: Actor) -> None:
        row = actors.get(actor.id)
        if row is None:
            actors[actor.id] = {"id": actor.id, "props": actor_props(actor)}
        elif actor.aliases:
            row["props"]["aliases"] = merge_aliases(row["props"]["aliases"], actor.aliases)

    for relation in relations:
        add_actor(relation.subject.actor)
        if relation.attributed_to is not None:
            add_actor(relation.attributed_to)
        if isinstance(relation.object, Quantity):
            label = QUANTITY
            if relation.object.id not in quantities:
                quantities[relation.object.id] = {
                    "id": relation.object.id, "props": quantity_props(relation.object)}
        else:
            label = ACTOR
            add_actor(relation.object.actor)
        if relation.doc not in documents:
            documents[relation.doc] = {"id": relation.doc,
                                       "props": _stub_document_props(relation)}
        group = grouped.get((relation.predicate, label))
        if group is None:
            check_identifier(relation.predicate)
            group = grouped[relation.predicate, label] = {}
        if relation.id not in group:
            group[relation.id] = {"id": relation.id, "s": relation.subject.id,
                                  "o": relation.object.id, "props": relation_props(relation)}
    return Batch(actors=list(actors.values()), quantities=list(quantities.values()),
                 documents=list(documents.values()),
                 relations={key: list(rows.values()) for key, rows in grouped.items()})


def batched(items: Iterable[T], size: int | None = None) -> Iterator[list[T]]:
    """Lists of up to ``size`` (default :data:`BATCH_SIZE`) items, consuming ``items`` lazily.

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    size = size or BATCH_SIZE  # read at call time, so a test can shrink the batches
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def plain_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters as both stores compare them: dates become ISO strings.

    >>> plain_params({"since": date(2025, 3, 1), "names": ("NATO",)})
    {'since': '2025-03-01', 'names': ['NATO']}
    """
    return {name: _plain_value(value) for name, value in params.items()}


def _plain_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain_value(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _plain_value(item) for key, item in value.items()}
    return value
