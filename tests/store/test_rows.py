"""kg.store.rows: relations flattened to properties and rebuilt, and the batches stores write."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kg.errors import InvalidName
from kg.model import Quantity
from kg.store import rows
from store_sample import NATO, PESKOV, RUTTE, build_sample

SAMPLE = build_sample()


def nodes_of(relation):
    """The node properties a store would hold for ``relation``."""
    if isinstance(relation.object, Quantity):
        obj, label = rows.quantity_props(relation.object), rows.QUANTITY
    else:
        obj, label = rows.actor_props(relation.object.actor), rows.ACTOR
    attributed = rows.actor_props(relation.attributed_to) if relation.attributed_to else None
    return {"subject": rows.actor_props(relation.subject.actor), "object": obj,
            "object_label": label, "attributed": attributed}


@pytest.mark.parametrize("relation", SAMPLE.relations, ids=lambda r: r.predicate)
def test_relation_round_trips_through_props(relation):
    props = rows.relation_props(relation)

    assert rows.relation_from_props(props, **nodes_of(relation)) == relation


@pytest.mark.parametrize("relation", SAMPLE.relations, ids=lambda r: r.predicate)
def test_props_are_flat_and_never_none(relation):
    values = rows.relation_props(relation).values()

    assert all(isinstance(value, (str, int, float, bool)) for value in values)


def test_derived_fields_are_restored():
    props = rows.relation_props(SAMPLE.relations[0])
    stripped = {k: v for k, v in props.items() if k not in rows.DERIVED_RELATION_FIELDS}

    assert rows.derive_relation_fields(stripped) == props


def test_missing_attributed_node_falls_back_to_its_name():
    (reported,) = [r for r in SAMPLE.relations if r.attributed_to is not None]
    nodes = {**nodes_of(reported), "attributed": None}

    rebuilt = rows.relation_from_props(rows.relation_props(reported), **nodes)

    assert (rebuilt.attributed_to.id, rebuilt.attributed_to.name) == (PESKOV.id, PESKOV.name)


def test_plan_batch_keeps_each_relation_and_node_once():
    batch = rows.plan_batch(SAMPLE.relations + SAMPLE.relations)

    assert sum(len(edges) for edges in batch.relations.values()) == len(SAMPLE.relations)
    assert sorted(row["id"] for row in batch.actors) == sorted(a.id for a in SAMPLE.actors)
    assert len(batch.quantities) == 1 and len(batch.documents) == 3


def test_plan_batch_groups_by_type_and_object_label():
    batch = rows.plan_batch(SAMPLE.relations)

    assert ("TARGET", rows.QUANTITY) in batch.relations
    assert [row["s"] for row in batch.relations["MEET", rows.ACTOR]] == [
        "person:mark-rutte", "person:volodymyr-zelenskiy"]


def test_plan_batch_unites_aliases():
    first = SAMPLE.relations[2]  # Rutte, secretary general of NATO
    again = first.with_(object=replace(first.object, actor=replace(NATO, aliases=("OTAN",))))

    batch = rows.plan_batch([first, again])

    (nato,) = [row for row in batch.actors if row["id"] == NATO.id]
    assert nato["props"]["aliases"] == ["North Atlantic Treaty Organization", "OTAN"]


@pytest.mark.parametrize("predicate", ["meet", "MEET`]->()", "", "_MEET"])
def test_plan_batch_refuses_unsafe_predicates(predicate):
    with pytest.raises(InvalidName):
        rows.plan_batch([SAMPLE.relations[0], SAMPLE.relations[1].with_(predicate=predicate)])


@pytest.mark.parametrize(("old", "new", "merged"), [
    (None, None, []),
    ([], ["A", "A"], ["A"]),
    (["A"], ["B", "A"], ["A", "B"]),
    (["B", "A"], [], ["B", "A"]),
])
def test_merge_aliases(old, new, merged):
    assert rows.merge_aliases(old, new) == merged


@pytest.mark.parametrize(("params", "plain"), [
    ({"d": date(2025, 3, 13)}, {"d": "2025-03-13"}),
    ({"xs": ("a", date(2025, 1, 1))}, {"xs": ["a", "2025-01-01"]}),
    ({"n": 3, "s": "x", "none": None}, {"n": 3, "s": "x", "none": None}),
])
def test_plain_params(params, plain):
    assert rows.plain_params(params) == plain


def test_document_props_hold_the_hash_not_the_text():
    (summit, _) = SAMPLE.documents

    props = rows.document_props(summit)

    assert props["content_hash"] == summit.content_hash and "text" not in props


def test_actor_props_keep_empty_aliases():
    assert rows.actor_props(RUTTE)["aliases"] == []
