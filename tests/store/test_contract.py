"""The Store contract: every test runs on the NetworkX store and on a real Neo4j server."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.codes import actor_codes
from kg.errors import InvalidName, QueryNotSupported
from kg.model import Actor, Document, Mention, Relation
from kg.ontology import read_table
from kg.store import Store, open_store, rows
from store_sample import NATO, PESKOV, RUTTE, STUB_DOC, TRUMP, relate, under_every_predicate


def without_text(documents):
    return {Document.from_row(document.as_row()) for document in documents}


def sort_rows(found):
    return sorted(found, key=lambda row: [str(value) for value in row.values()])


def test_store_follows_protocol(store):
    assert isinstance(store, Store)


def test_add_returns_what_it_created(store, sample):
    created = store.add(sample.relations, documents=sample.documents)

    # Two given documents plus the one known only from a relation; Peskov only as a source.
    assert created == {"documents": 3, "actors": 9, "relations": 11}


def test_relations_round_trip(store, sample):
    store.add(sample.relations, documents=sample.documents)

    assert sorted(store.relations(), key=lambda r: r.id) == sorted(sample.relations,
                                                                   key=lambda r: r.id)


def test_relation_ids_survive(store, sample):
    store.add(sample.relations)

    assert {relation.id for relation in store.relations()} == {r.id for r in sample.relations}


def test_actors_round_trip(store, sample):
    store.add(sample.relations, documents=sample.documents)

    assert set(store.actors()) == set(sample.actors)


def test_actor_codes_are_node_properties(store, sample):
    store.add(sample.relations, documents=sample.documents)

    found = store.query("MATCH (a:Actor) RETURN a.id AS id, a.cameo_code AS cameo, "
                        "a.cow_code AS cow, a.wikidata AS qid")
    expected = []
    for actor in sample.actors:
        codes = actor_codes(actor)
        expected.append({"id": actor.id, "cameo": codes.get("cameo_code"),
                         "cow": codes.get("cow_code"), "qid": codes.get("wikidata")})
    assert sort_rows(found) == sort_rows(expected)
    assert {"id": NATO.id, "cameo": "IGOWSTNAT", "cow": None, "qid": "Q7184"} in found
    assert any(row["qid"] and row["qid"].startswith("Q") for row in found)


def test_a_leader_has_the_gazetteer_qid_as_a_node_property(store, sample):
    store.add(sample.relations, documents=sample.documents)

    (qid,) = {row["wikidata"] for row in read_table("leaders.tsv", header=True)
              if row["name"] == TRUMP.name}
    found = store.query("MATCH (a:Actor {id: $id}) RETURN a.wikidata AS qid", id=TRUMP.id)
    assert qid.startswith("Q") and found == [{"qid": qid}]


def test_documents_round_trip_without_text(store, sample):
    store.add(sample.relations, documents=sample.documents)

    stub = Document(id=STUB_DOC, text="", date=date(2025, 7, 1), title="Tariff threat",
                    url="https://example.org/tariffs")
    assert set(store.documents()) == without_text(sample.documents) | {stub}


def test_stored_hashes_are_those_of_given_documents(store, sample):
    store.add(sample.relations, documents=sample.documents)

    assert store.stored_hashes() == {document.content_hash for document in sample.documents}


def snapshot(store):
    return (store.counts(), set(store.relations()), set(store.actors()),
            set(store.documents()))


def test_second_add_creates_and_changes_nothing(store, sample):
    store.add(sample.relations, documents=sample.documents)
    before = snapshot(store)

    assert store.add(sample.relations, documents=sample.documents) == dict.fromkeys(
        ("documents", "actors", "relations"), 0)
    assert snapshot(store) == before


def test_add_after_reopening_creates_nothing(open_test_store, sample):
    with open_test_store() as store:
        store.add(sample.relations, documents=sample.documents)

    with open_test_store() as reopened:
        assert reopened.add(sample.relations, documents=sample.documents) == dict.fromkeys(
            ("documents", "actors", "relations"), 0)
        assert set(reopened.relations()) == set(sample.relations)


def test_a_batch_of_many_types_stores_each_relation_once(store, sample):
    mixed = under_every_predicate(sample.relations)

    created = store.add(mixed + mixed[::7])  # repeats inside the batch too

    assert created["relations"] == len(mixed) == len({r.id for r in mixed})
    assert store.counts()["relations"] == len(mixed)
    assert set(store.relations()) == set(mixed)


def test_a_batch_of_many_types_added_again_creates_nothing(store, sample):
    mixed = under_every_predicate(sample.relations)
    store.add(mixed)

    assert store.add(reversed(mixed))["relations"] == 0
    assert store.counts()["relations"] == len(mixed)


def test_small_batches_store_the_same(store, sample, monkeypatch):
    monkeypatch.setattr(rows, "BATCH_SIZE", 3)

    created = store.add(iter(sample.relations), documents=iter(sample.documents))

    assert created == {"documents": 3, "actors": 9, "relations": 11}
    assert set(store.relations()) == set(sample.relations)


def test_counts(store, sample):
    store.add(sample.relations, documents=sample.documents)

    assert store.counts() == {
        "documents": 3,
        "actors": 9,
        "relations": 11,
        "events": 7,
        "actors_by_type": {"IGO": 1, "PERSON": 4, "STATE": 4},
        "relations_by_category": {"CONSULT": 2, "SUPPORT": 1, "AID": 1, "SANCTION": 1,
                                  "REJECT": 1, "THREATEN": 1, rows.NO_CATEGORY: 4},
    }


def test_empty_store_counts_zero(store):
    assert store.counts() == {"documents": 0, "actors": 0, "relations": 0, "events": 0,
                              "actors_by_type": {}, "relations_by_category": {}}


def test_aliases_of_a_returning_actor_are_united(store, sample):
    met = sample.relations[0]
    for aliases in [(), ("Rutte", "M. Rutte"), ("Mr Rutte", "Rutte")]:
        actor = replace(RUTTE, aliases=aliases)
        store.add([met.with_(subject=replace(met.subject, actor=actor))])

    (stored,) = [actor for actor in store.actors() if actor.id == RUTTE.id]
    assert stored.aliases == ("Rutte", "M. Rutte", "Mr Rutte")


def test_aliases_are_united_within_one_batch(store, sample):
    met = sample.relations[0]
    both = [met.with_(subject=replace(met.subject, actor=replace(RUTTE, aliases=aliases)))
            for aliases in [("Rutte",), ("M. Rutte", "Rutte")]]

    store.add(both)

    (stored,) = [actor for actor in store.actors() if actor.id == RUTTE.id]
    assert stored.aliases == ("Rutte", "M. Rutte")


def test_given_document_fills_in_a_stub(store, sample):
    (threat,) = [r for r in sample.relations if r.doc == STUB_DOC]
    store.add([threat])
    document = Document(id=STUB_DOC, text="Trump threatened Russia with tariffs.",
                        date=date(2025, 7, 1), title="Tariff threat", source="Wire")

    assert store.add([], documents=[document])["documents"] == 0
    assert store.stored_hashes() == {document.content_hash}
    # Given fields replace the stub's; the url only the relation knew stays.
    assert list(store.documents()) == [Document(
        id=STUB_DOC, text="", date=date(2025, 7, 1), title="Tariff threat",
        url="https://example.org/tariffs", source="Wire")]


def test_query_returns_rows_as_dicts(store, sample):
    store.add(sample.relations, documents=sample.documents)

    found = store.query("MATCH (a:Actor)-[r]->(b) RETURN a.name AS a, type(r) AS t, b.name AS b")

    expected = [{"a": r.subject.actor.name, "t": r.predicate,
                 "b": r.object.actor.name if isinstance(r.object, Mention) else None}
                for r in sample.relations]
    assert sort_rows(found) == sort_rows(expected)


def test_query_columns_follow_return_order(store, sample):
    store.add(sample.relations)

    found = store.query("MATCH (a:Actor)-[r:MEET]->(b:Actor) RETURN type(r) AS t, b.name AS b, "
                        "a.name AS a")

    assert [list(row) for row in found] == [["t", "b", "a"]] * 2


# The Cypher both stores answer alike: what the named analyst queries may use.
PORTABLE_QUERIES = [
    ("MATCH (a:Actor)-[r:MEET]->(b:Actor) RETURN a.name AS a, b.name AS b", {},
     [{"a": "Mark Rutte", "b": "Donald Trump"}, {"a": "Volodymyr Zelenskiy", "b": "Mark Rutte"}]),
    ("MATCH (a:Actor)-[r]->(b) WHERE r.category = $category RETURN a.name AS a, type(r) AS t",
     {"category": "CONSULT"},
     [{"a": "Mark Rutte", "t": "MEET"}, {"a": "Volodymyr Zelenskiy", "t": "MEET"}]),
    ("MATCH (a:Actor)-[r]->(b) WHERE r.date >= $since RETURN type(r) AS t, r.date AS d",
     {"since": date(2025, 5, 1)},
     [{"t": "GIVE_MILITARY_AID", "d": "2025-05-01"}, {"t": "MEET", "d": "2025-06-26"}]),
    ("MATCH (a:Actor)-[r]->(b) RETURN a.name AS actor, count(r) AS n ORDER BY n DESC, actor "
     "LIMIT 2", {},
     [{"actor": "United States", "n": 3}, {"actor": "Volodymyr Zelenskiy", "n": 3}]),
    ("MATCH (a:Actor)-[r]->(b) WHERE r.negated = true RETURN a.name AS a, b.name AS b", {},
     [{"a": "United States", "b": "Côte d'Ivoire"}]),
    ("MATCH (a:Actor) WHERE a.type IN $types RETURN a.name AS a", {"types": ["IGO"]},
     [{"a": "NATO"}]),
    ("MATCH (a:Actor)-[r]->(b:Actor) WHERE b.name STARTS WITH 'Côte' RETURN type(r) AS t", {},
     [{"t": "PRAISE"}, {"t": "SANCTION"}]),
    ("MATCH (a:Actor)-[r:TARGET]->(q:Quantity) RETURN a.name AS a, q.value AS v, "
     "q.comparator AS c, q.label AS label", {},
     [{"a": "NATO", "v": 3.0, "c": ">=", "label": "≥3%"}]),
    ("MATCH (a:Actor)-[r]->(b) WHERE r.attributed_to = $who RETURN a.name AS a, "
     "r.attributed_name AS said, r.modality AS m", {"who": PESKOV.id},
     [{"a": "Russia", "said": "Dmitry Peskov", "m": "reported"}]),
    ("MATCH (a:Actor)-[r]->(b) WHERE NOT r.date IS NULL AND r.goldstein > 0 "
     "RETURN type(r) AS t ORDER BY t", {},
     [{"t": "GIVE_MILITARY_AID"}, {"t": "MEET"}, {"t": "MEET"}]),
    ("MATCH (a:Actor)-[r]->(b) WHERE r.quad_class = $quad OR r.goldstein < -5 "
     "RETURN DISTINCT a.name", {"quad": "verbal_conflict"},
     [{"a.name": "Donald Trump"}, {"a.name": "Russia"}, {"a.name": "United States"}]),
    ("MATCH (a:Actor {id: $id}) RETURN a", {"id": NATO.id},
     [{"a": {"id": "igo:nato", "name": "NATO", "type": "IGO",
             "aliases": ["North Atlantic Treaty Organization"], "cameo_code": "IGOWSTNAT",
             "wikidata": "Q7184"}}]),
    ("MATCH (a:Actor)-[r]->(b:Actor) WHERE a.id = $id AND r.sentence_end - r.sentence_start > 9 "
     "RETURN toLower(b.name) AS b, coalesce(r.date, r.doc_date) AS d", {"id": TRUMP.id},
     [{"b": "russia", "d": "2025-07-01"}]),
    ("MATCH (a:Actor)-[r:MEET|PRAISE]->(b:Actor) WHERE a.name = $name RETURN b.name AS b, "
     "size(a.aliases) AS n", {"name": "Volodymyr Zelenskiy"},
     [{"b": "Mark Rutte", "n": 1}, {"b": "Côte d'Ivoire", "n": 1}]),
    ("MATCH (a:Actor)-[r*1..2]->(b:Actor) WHERE a.name = $name RETURN b.name AS b",
     {"name": "Mark Rutte"}, [{"b": "Donald Trump"}, {"b": "NATO"}, {"b": "Russia"}]),
    ("MATCH (a:Actor)<-[r]-(b:Actor) WHERE a.name = $name RETURN b.name AS b",
     {"name": "Ukraine"},
     [{"b": "Volodymyr Zelenskiy"}, {"b": "United States"}, {"b": "Russia"}]),
    ("MATCH (a:Actor) WHERE EXISTS { MATCH (a)-[:TARGET]->(q) } RETURN a.name AS a", {},
     [{"a": "NATO"}]),
    ("MATCH (a:Actor)-[r]->(b:Actor) WHERE r.goldstein > 0 RETURN a.name AS a, "
     "sum(r.goldstein) AS g, count(r) AS n ORDER BY g DESC", {},
     [{"a": "United States", "g": 8.3, "n": 1}, {"a": "Volodymyr Zelenskiy", "g": 4.4, "n": 2},
      {"a": "Mark Rutte", "g": 1.0, "n": 1}]),
    ("MATCH (a:Actor)-[r:MEET]->(b:Actor) WHERE a.name = $name RETURN a.name AS a, "
     "collect(b.name) AS met", {"name": "Mark Rutte"},
     [{"a": "Mark Rutte", "met": ["Donald Trump"]}]),
    ("MATCH (d:Document) RETURN d.title AS t, d.date AS date ORDER BY date SKIP 1 LIMIT 1", {},
     [{"t": "NATO summit", "date": "2025-06-25"}]),
    ("MATCH (a:Actor)-[r]->(b) WHERE a.name = $name RETURN b.name AS b  // says who",
     {"name": "Nobody"}, []),
]


@pytest.mark.parametrize(("cypher", "params", "expected"), PORTABLE_QUERIES)
def test_portable_query(store, sample, cypher, params, expected):
    store.add(sample.relations, documents=sample.documents)

    found = store.query(cypher, **params)

    if " ORDER BY " in cypher:
        assert found == expected
    else:
        assert sort_rows(found) == sort_rows(expected)


def test_read_only_store_refuses_add(open_test_store, sample):
    open_test_store().add(sample.relations)

    with pytest.raises(QueryNotSupported, match="read-only"):
        open_test_store(read_only=True).add(sample.relations)


WRITES = [
    'CREATE (n:Actor {id: "x", name: "x"})',
    'MERGE (n:Actor {id: "x"})',
    "MATCH (n) DETACH DELETE n",
    "MATCH (a:Actor) DELETE a",
    'MATCH (a:Actor) SET a.name = "x"',
    "MATCH (a:Actor) REMOVE a.name",
    'match (a:Actor) set a.name = "lower case"',
]


@pytest.mark.parametrize("cypher", WRITES)
def test_read_only_query_refuses_writes(open_test_store, sample, cypher):
    writable = open_test_store()
    writable.add(sample.relations, documents=sample.documents)
    writable.close()
    reader = open_test_store(read_only=True)
    before = (reader.counts(), set(reader.relations()))

    with pytest.raises(QueryNotSupported):
        reader.query(cypher)

    assert (reader.counts(), set(reader.relations())) == before


EVIL_TEXTS = [
    '"}) DETACH DELETE n //',
    "'}) DETACH DELETE n //",
    "`MEET`]->() DETACH DELETE n //",
    "$x",
    "\\u0027",
    "'",
    "a\nb\\",
    "MATCH (n) DETACH DELETE n;",
]


@pytest.mark.parametrize("text", EVIL_TEXTS)
def test_injection_shaped_values_are_stored_verbatim(store, sample, text):
    store.add(sample.relations, documents=sample.documents)
    evil = Actor.create(text, "PERSON")
    relation = relate((evil, text), "CRITICIZE", (NATO, "NATO"), f"{text} criticised NATO.",
                      doc=text)

    store.add([relation], documents=[Document(id=text, text=text, title=text)])

    assert set(store.relations()) == set(sample.relations) | {relation}
    assert store.counts()["actors"] == len(sample.actors) + 1
    assert store.query("MATCH (a:Actor) WHERE a.name = $name RETURN a.id AS id",
                       name=text) == [{"id": evil.id}]


BAD_PREDICATES = ["MEET`]->() DETACH DELETE n //", "meet", "", "1MEET", "MEET-X", "MEET {id: 1}"]


@pytest.mark.parametrize("predicate", BAD_PREDICATES)
def test_invalid_predicate_writes_nothing(store, sample, predicate):
    good = sample.relations[0]
    bad = sample.relations[1].with_(predicate=predicate)

    with pytest.raises(InvalidName):
        store.add([good, bad], documents=sample.documents)

    assert store.counts() == {"documents": 0, "actors": 0, "relations": 0, "events": 0,
                              "actors_by_type": {}, "relations_by_category": {}}


@pytest.mark.neo4j
def test_both_stores_hold_the_same(tmp_path, neo4j_target, sample):
    with open_store(tmp_path / "g.json") as embedded, open_store(neo4j_target) as server:
        for store in (embedded, server):
            store.add(sample.relations, documents=sample.documents)

        assert set(embedded.relations()) == set(server.relations())
        assert set(embedded.actors()) == set(server.actors())
        assert set(embedded.documents()) == set(server.documents())
        assert embedded.counts() == server.counts()


# Text both stores must keep exactly: no surrogates (not UTF-8), mention text non-empty
# (a Mention without text reads back as the actor's name).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
NAMES = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)


@st.composite
def relations(draw):
    subject = Actor.create(draw(NAMES), draw(st.sampled_from(["STATE", "PERSON", "IGO"])),
                           country=draw(st.none() | st.sampled_from(["USA", "UKR"])),
                           aliases=tuple(draw(st.lists(NAMES, max_size=2, unique=True))))
    obj = Actor.create(draw(NAMES), "ORG")
    start = draw(st.integers(0, 10**9))
    return Relation(
        subject=Mention(subject, draw(NAMES), start, start + 3),
        predicate=draw(st.sampled_from(["MEET", "CRITICIZE", "LEADER_OF"])),
        object=Mention(obj, draw(NAMES), start + 5, start + 9),
        doc=draw(NAMES), sentence=draw(TEXT), sentence_start=start,
        category=draw(st.none() | st.sampled_from(["CONSULT", "DISAPPROVE"])),
        goldstein=draw(st.none() | st.floats(-10, 10)),
        doc_date=draw(st.none() | st.dates()), date=draw(st.none() | st.dates()),
        date_text=draw(st.none() | TEXT), negated=draw(st.booleans()),
        modality=draw(st.sampled_from(["asserted", "reported"])),
        attributed_to=draw(st.none() | st.just(PESKOV)),
        confidence=draw(st.floats(0, 1)), rule=draw(TEXT), doc_title=draw(st.none() | TEXT),
    )


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(relation=relations())
def test_any_relation_round_trips(fresh_store, relation):
    store = fresh_store()
    store.add([relation])

    assert list(store.relations()) == [relation]


def test_unknown_predicate_property_reads_as_none(store, sample):
    store.add(sample.relations)

    found = store.query("MATCH (a:Actor)-[r:MEMBER_OF]->(b) RETURN r.category AS c, "
                        "r.no_such_property AS x")

    assert found == [{"c": None, "x": None}]



def test_attributed_actor_exists_as_actor(store, sample):
    store.add([r for r in sample.relations if r.attributed_to is not None])

    assert PESKOV in set(store.actors())


def test_object_quantity_round_trips_with_offsets(store, sample):
    (target,) = [r for r in sample.relations if r.predicate == "TARGET"]
    store.add([target])

    (stored,) = store.relations()
    assert (stored.object, stored.object.id) == (target.object, target.object.id)


def test_two_relations_of_one_sentence_stay_two(store, sample):
    same = [r for r in sample.relations if r.subject.actor.name == "Volodymyr Zelenskiy"
            and r.sentence_start == 0]
    store.add(same)

    assert len(same) == 2 and set(store.relations()) == set(same)



@pytest.mark.parametrize("removed", ["summit", "kyiv", STUB_DOC])
def test_remove_leaves_what_the_other_documents_make(store, sample, removed):
    ids = {"summit": sample.documents[0].id, "kyiv": sample.documents[1].id}
    doc = ids.get(removed, removed)
    store.add(sample.relations, documents=sample.documents)
    kept = [relation for relation in sample.relations if relation.doc != doc]

    gone = store.remove([doc])

    named = {mention.id for relation in kept for mention in (relation.subject, relation.object)}
    named |= {relation.attributed_to.id for relation in kept if relation.attributed_to}
    assert set(store.relations()) == set(kept)
    assert {actor.id for actor in store.actors()} | {
        row["id"] for row in store.query("MATCH (q:Quantity) RETURN q.id AS id")} == named
    assert doc not in {document.id for document in store.documents()}
    assert gone["relations"] == len(sample.relations) - len(kept)
    assert gone["documents"] == 1


def test_document_texts_survive_reopening(open_test_store, sample):
    with open_test_store() as store:
        store.add(sample.relations, documents=sample.documents)

    reopened = open_test_store(read_only=True)

    assert set(reopened.documents(with_text=True)) >= set(sample.documents)


def test_cypher_reads_a_document_text(store, sample):
    store.add(sample.relations, documents=sample.documents)
    summit = sample.documents[0]

    found = store.query("MATCH (d:Document) WHERE d.id = $id RETURN d.text AS text", id=summit.id)

    assert found == [{"text": summit.text}]


def test_a_given_text_replaces_the_stored_one(open_test_store, sample):
    summit = sample.documents[0]
    revised = replace(summit, text=summit.text + " The talks go on tomorrow.")
    with open_test_store() as store:
        store.add(sample.relations, documents=sample.documents)
        store.add([], documents=[revised])

    (stored,) = [document for document in open_test_store().documents(with_text=True)
                 if document.id == summit.id]
    assert stored.text == revised.text


def test_removing_a_document_removes_its_text_only(open_test_store, sample):
    summit, kyiv = sample.documents
    with open_test_store() as store:
        store.add(sample.relations, documents=sample.documents)
        store.remove([summit.id])

    texts = {document.id: document.text for document in open_test_store().documents(
        with_text=True)}
    assert summit.id not in texts and texts[kyiv.id] == kyiv.text
