"""The article kg was designed from, end to end: extraction, and loading twice into both stores."""

from datetime import date
from pathlib import Path

import pytest

from kg.ingest import read_documents
from kg.store import open_store

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "rutte-nato-2025-03-17.txt"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def relations(nlp):
    from kg.extract import extract_relations

    return list(extract_relations(read_documents(ARTICLE), nlp=nlp))


@pytest.fixture(scope="module")
def document():
    (doc,) = read_documents(ARTICLE)
    return doc


def test_publication_date_is_the_first_published_line(document):
    assert document.date == date(2025, 3, 17)


def test_rutte_met_trump_on_thursday(relations):
    assert any(r.subject.actor.name == "Mark Rutte" and r.predicate == "MEET"
               and r.category == "CONSULT" and r.object.actor.name == "Donald Trump"
               and r.date == date(2025, 3, 13) for r in relations)


def test_trumps_threat_to_pull_the_us_out_is_aimed_at_nato(relations):
    # the README's transcript: a withdrawal of the US from NATO, threatened, not a cut in
    # relations with the US
    assert [(r.subject.actor.name, r.predicate, r.modality, r.category, r.object.actor.name)
            for r in relations if r.category == "THREATEN"] == [
        ("Donald Trump", "DEESCALATE", "intended", "THREATEN", "NATO")]


def test_nato_target_is_at_least_three_percent(relations):
    targets = [r for r in relations if r.predicate == "TARGET"]
    assert [(r.subject.actor.id, r.object.value, r.object.unit, r.object.comparator)
            for r in targets] == [("igo:nato", 3.0, "%", ">=")]


@pytest.mark.parametrize("name, actor_id", [
    ("Rutte", "person:mark-rutte"), ("Trump", "person:donald-trump"), ("Nato", "igo:nato"),
    ("US", "state:usa"),
])
def test_one_actor_however_named(relations, name, actor_id):
    ends = [m for r in relations for m in (r.subject, r.object) if hasattr(m, "actor")]
    assert actor_id in {m.actor.id for m in ends}
    assert {m.actor.id for m in ends if name.lower() in m.text.lower().split()} <= {actor_id}


def test_no_actor_from_page_chrome(relations):
    chrome = ("business standard", "bloomberg", "telegram", "reuters", "listen", "explore")
    names = {m.actor.name.lower() for r in relations for m in (r.subject, r.object)
             if hasattr(m, "actor")}
    assert not any(word in name for name in names for word in chrome)


def test_every_relation_has_its_words(relations, document):
    for r in relations:
        assert document.text[r.sentence_start:r.sentence_end] == r.sentence
        assert document.text[r.subject.start:r.subject.end] == r.subject.text


def counts(store):
    numbers = store.counts()
    return numbers["actors"], numbers["relations"], numbers["documents"]


def load_twice(target, relations, document):
    with open_store(target) as store:
        first = store.add(relations, documents=[document])
        after_first = counts(store)
    with open_store(target) as store:
        second = store.add(relations, documents=[document])
        after_second = counts(store)
    return first, second, after_first, after_second


def test_loading_twice_into_networkx_changes_nothing(relations, document, tmp_path):
    first, second, after_first, after_second = load_twice(str(tmp_path / "g.json"), relations,
                                                          document)
    assert first["relations"] == len(relations)
    assert second == {"documents": 0, "actors": 0, "relations": 0}
    assert after_first == after_second


@pytest.mark.neo4j
def test_both_stores_hold_the_same_graph_after_two_loads(relations, document, tmp_path,
                                                         neo4j_target):
    json_counts = load_twice(str(tmp_path / "g.json"), relations, document)[3]
    first, second, after_first, after_second = load_twice(neo4j_target, relations, document)
    assert second == {"documents": 0, "actors": 0, "relations": 0}
    assert after_first == after_second == json_counts
    with open_store(str(tmp_path / "g.json")) as a, open_store(neo4j_target) as b:
        assert set(a.relations()) == set(b.relations())
        assert set(a.actors()) == set(b.actors())
