"""Named queries: headers, parameters, formatting, and the same rows from both stores."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures.queries_sample import (  # noqa: F401  (fixtures)
    CHINA,
    DOCUMENTS,
    IVORY_COAST,
    NATO,
    PESKOV,
    PUTIN,
    RUSSIA,
    TRUMP,
    USA,
    empty_neo4j,
    neo4j_store,
    neo4j_target,
    nx_store,
    sample_store,
)
from kg.errors import KGError, QueryNotFound, QueryNotSupported
from kg.model import Actor, Mention, Quantity, Relation
from kg.ontology import PREDICATES
from kg.query import (
    IMPLEMENTATIONS,
    InvalidParameter,
    format_rows,
    get_query,
    list_queries,
    parse_query,
    run_implementation,
    run_query,
)
from kg.store import open_store

QUERIES = list_queries()
NAMES = [query.name for query in QUERIES]


def same_rows(found, expected, *, unordered_lists=()):
    """Rows equal column for column, floats within 1e-9 (sums may add up in another order)."""
    assert [list(row) for row in found] == [list(row) for row in expected]
    assert len(found) == len(expected)
    for row, other in zip(found, expected):
        for column, value in row.items():
            wanted = other[column]
            if column in unordered_lists:
                value, wanted = sorted(value), sorted(wanted)
            if isinstance(value, float) or isinstance(wanted, float):
                assert wanted is not None and math.isclose(value, wanted, abs_tol=1e-9), \
                    (column, row, other)
            else:
                assert value == wanted, (column, row, other)
    return True


# -- the query files ------------------------------------------------------------------------------


def test_at_least_twelve_named_queries():
    assert len(QUERIES) >= 12


@pytest.mark.parametrize("query", QUERIES, ids=NAMES)
def test_header_is_complete(query):
    assert query.question.endswith("?")
    assert query.columns and all(column.isidentifier() for column in query.columns)
    assert set(query.required) | set(query.defaults) == set(query.params)
    assert set(query.examples) == set(query.required)


@pytest.mark.parametrize("query", QUERIES, ids=NAMES)
def test_every_query_says_how_networkx_answers_it(query):
    if query.is_portable:
        assert query.name not in IMPLEMENTATIONS
    else:
        assert query.name in IMPLEMENTATIONS
        assert "NetworkX runs the Python implementation" in query.stores
    assert query.runs_on_networkx


def test_the_asked_for_questions_are_there():
    assert {"meetings", "timeline", "between", "dyad_balance", "central_actors", "commitments",
            "statements", "new_dyads", "evidence", "shortest_path", "profile",
            "conflicting_signals"} <= set(NAMES)


def test_unknown_query_lists_the_valid_names():
    with pytest.raises(QueryNotFound) as caught:
        get_query("who_met_whom")

    message = str(caught.value)
    assert "'who_met_whom'" in message and "The named queries are: actors, between" in message
    assert all(name in message for name in NAMES)


def test_query_not_found_is_a_lookup_error():
    with pytest.raises(LookupError):
        run_query(None, "no_such_query")


def write_query(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


def test_list_queries_reads_another_folder(tmp_path):
    write_query(tmp_path, "count_actors", "// question: How many actors?\n"
                "// columns: n\n// stores: both (identical)\nMATCH (a:Actor) RETURN count(a) AS n\n")

    (query,) = list_queries(tmp_path)

    assert (query.name, query.columns, query.params, query.is_portable) == (
        "count_actors", ("n",), {}, True)


HEADER_ERRORS = [
    ("// columns: n\n// stores: both (identical)\nMATCH (a) RETURN a", "question"),
    ("// question: Q?\n// stores: both (identical)\nMATCH (a) RETURN a", "columns"),
    ("// question: Q?\n// columns: n\n// stores: x\nMATCH (a) WHERE a.id = $id RETURN a",
     r"declares \[\]"),
    ("// question: Q?\n// param: id = 1 -- no type\n// columns: n\n// stores: x\n"
     "MATCH (a) WHERE a.id = $id RETURN a", "cannot read"),
    ("// question: Q?\n// param: id: int = one -- bad json\n// columns: n\n// stores: x\n"
     "MATCH (a) WHERE a.id = $id RETURN a", "not JSON"),
]


@pytest.mark.parametrize(("text", "message"), HEADER_ERRORS)
def test_bad_header_is_an_error_naming_the_file(tmp_path, text, message):
    path = write_query(tmp_path, "bad", text)

    with pytest.raises(KGError, match=message) as caught:
        parse_query(path)
    assert str(path) in str(caught.value)


def test_parameters_in_strings_and_comments_are_not_parameters(tmp_path):
    path = write_query(tmp_path, "q", "// question: Q?\n// columns: n\n// stores: x\n"
                       "MATCH (a) WHERE a.name = '$not' RETURN a.name AS n // $neither\n")

    assert parse_query(path).params == {}


def test_queries_are_found_without_the_checkout(monkeypatch, tmp_path):
    # An installed kg has no queries/ beside the package: list_queries falls back to kg/queries.
    packaged = tmp_path / "kg" / "queries"
    packaged.mkdir(parents=True)
    write_query(packaged, "only_here", "// question: Q?\n// columns: n\n"
                "// stores: both (identical)\nMATCH (a:Actor) RETURN a.name AS n ORDER BY n\n")
    monkeypatch.setattr("kg.query.query_directories",
                        lambda: [tmp_path / "missing", packaged])

    assert [query.name for query in list_queries()] == ["only_here"]


# -- parameters ----------------------------------------------------------------------------------


def test_defaults_fill_missing_parameters():
    assert get_query("meetings").bind({}) == {"since": None, "until": None, "limit": 50}


BIND_ERRORS = [
    ("timeline", {}, "query 'timeline' needs parameter 'actor' (name, id or alias of the actor "
                     "(any case)), e.g. actor=\"Donald Trump\""),
    ("timeline", {"actor": None}, "needs parameter 'actor'"),
    ("meetings", {"sinc": "2025-01-01"}, "query 'meetings' has no parameter 'sinc'; its "
                                         "parameters: since, until, limit"),
    ("meetings", {"since": "March 2025"}, "since='March 2025' is not an ISO date (YYYY-MM-DD)"),
    ("meetings", {"limit": "ten"}, "limit='ten' is not a whole number >= 0; e.g. limit=50"),
    ("meetings", {"limit": -1}, "is not a whole number"),
    ("meetings", {"limit": None}, "limit cannot be null"),
    ("new_dyads", {"since": "2025-03-01"}, "needs parameter 'until'"),
]


@pytest.mark.parametrize(("name", "params", "message"), BIND_ERRORS)
def test_bad_parameters_say_what_to_pass(name, params, message):
    with pytest.raises(InvalidParameter) as caught:
        get_query(name).bind(params)

    assert message in str(caught.value)
    assert isinstance(caught.value, KGError)


def test_parameters_are_converted_to_their_type():
    bound = get_query("conflicting_signals").bind({"days": "3", "limit": 2.0})

    assert bound == {"days": 3, "limit": 2}
    assert get_query("new_dyads").bind({"since": date(2025, 3, 1), "until": " 2025-03-31"}) == {
        "since": "2025-03-01", "until": "2025-03-31"}


# -- rows ----------------------------------------------------------------------------------------


# Every named query with parameters that give it rows on the sample (and some that do not).
CASES = [
    ("actors", {}),
    ("actors", {"name": "IN"}),
    ("categories", {}),
    ("roles", {}),
    ("meetings", {}),
    ("meetings", {"since": "2025-03-20"}),
    ("meetings", {"until": "2025-03-19", "limit": 1}),
    ("timeline", {"actor": "trump"}),
    ("timeline", {"actor": "state:rus", "since": "2025-03-20", "limit": 3}),
    ("timeline", {"actor": "Nobody"}),
    ("between", {"a": "Donald Trump", "b": "putin"}),
    ("between", {"a": "Ukraine", "b": "russia", "limit": 1}),
    ("dyad_balance", {}),
    ("dyad_balance", {"since": "2025-03-20", "until": "2025-04-02", "limit": 3}),
    ("central_actors", {}),
    ("central_actors", {"type": "igo"}),
    ("commitments", {}),
    ("commitments", {"actor": "EU"}),
    ("statements", {"actor": "dmitry peskov"}),
    ("statements", {"actor": "Xi Jinping"}),
    ("new_dyads", {"since": "2025-03-15", "until": "2025-03-31"}),
    ("new_dyads", {"since": "2025-01-01", "until": "2025-02-28"}),
    ("evidence", {"subject": "Mark Rutte", "object": "Donald Trump"}),
    ("evidence", {"subject": "NATO", "object": "≥3%", "predicate": "target"}),
    ("evidence", {"subject": "trump", "object": "$100bn"}),
    ("evidence", {"subject": "Trump", "object": "Putin", "predicate": "MEET"}),
    ("evidence", {"subject": "Russia", "object": "Ukraine",
                  "event": "state:rus|REJECT|state:ukr|2025-03-20"}),
    ("shortest_path", {"a": "Mark Rutte", "b": "China"}),
    ("shortest_path", {"a": "US", "b": "Xi Jinping"}),
    ("shortest_path", {"a": "Côte d'Ivoire", "b": "OTAN"}),
    ("shortest_path", {"a": "NATO", "b": "NATO"}),
    ("profile", {"actor": "Mark Rutte"}),
    ("profile", {"actor": "north atlantic treaty organization"}),
    ("profile", {"actor": "Dmitry Peskov"}),
    ("conflicting_signals", {}),
    ("conflicting_signals", {"days": 60}),
    ("conflicting_signals", {"days": 4, "limit": 1}),
    ("corroborated", {}),
    ("corroborated", {"min_sources": 1}),
    ("corroborated", {"min_sources": 1, "limit": 3}),
    ("single_source", {}),
    ("single_source", {"limit": 2}),
]


def case_id(case):
    name, params = case
    return name + "".join(f"-{key}={value}" for key, value in params.items())


def test_every_query_has_cases():
    assert {name for name, _ in CASES} == set(NAMES)


@pytest.mark.parametrize(("name", "params"), CASES, ids=[case_id(c) for c in CASES])
def test_rows_have_the_header_columns(nx_store, name, params):
    rows = run_query(nx_store, name, **params)

    assert all(tuple(row) == get_query(name).columns for row in rows)


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "params"), CASES, ids=[case_id(c) for c in CASES])
def test_both_stores_give_the_same_rows(nx_store, neo4j_store, name, params):
    expected = run_query(neo4j_store, name, **params)

    assert same_rows(run_query(nx_store, name, **params), expected)
    assert all(tuple(row) == get_query(name).columns for row in expected)


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "params"),
                         [case for case in CASES if case[0] in IMPLEMENTATIONS],
                         ids=[case_id(c) for c in CASES if c[0] in IMPLEMENTATIONS])
def test_python_implementation_matches_cypher_on_one_store(neo4j_store, name, params):
    assert same_rows(run_implementation(neo4j_store, name, **params),
                     run_query(neo4j_store, name, **params))


class Engine:
    """A store of no kg class (a third engine): the protocol, answered by the NetworkX store."""

    def __init__(self, inner, *, full_cypher: bool):
        self.inner, self.target, self.full_cypher = inner, "engine://test", full_cypher

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_a_store_of_another_class_is_asked_what_it_can_do(nx_store):
    asked = []
    engine = Engine(nx_store, full_cypher=True)
    engine.query = lambda cypher, **params: asked.append(cypher) or []

    assert run_query(engine, "meetings") == [] and asked == [get_query("meetings").cypher]
    assert same_rows(run_query(Engine(nx_store, full_cypher=False), "meetings"),
                     run_query(nx_store, "meetings"))


def test_most_cases_have_rows(nx_store):
    empty = [case_id(case) for case in CASES if not run_query(nx_store, case[0], **case[1])]

    # Every article of the sample is on example.org: one outlet, so nothing is corroborated.
    assert empty == ["timeline-actor=Nobody", "evidence-subject=Trump-object=Putin-predicate=MEET",
                     "shortest_path-a=NATO-b=NATO", "corroborated"]


# What the sample's answers are, worked out by hand from tests/fixtures/queries_sample.py.
EXPECTED = [
    ("meetings", {}, [
        {"actor_a": "Emmanuel Macron", "actor_b": "Volodymyr Zelenskiy", "meetings": 2,
         "first": "2025-03-19", "last": "2025-03-20"},
        {"actor_a": "Vladimir Putin", "actor_b": "Xi Jinping", "meetings": 2,
         "first": "2025-04-01", "last": "2025-04-02"},
        # Trump's intended call to Putin and his denied meeting with Xi are no meetings.
        {"actor_a": "Donald Trump", "actor_b": "Mark Rutte", "meetings": 1,
         "first": "2025-03-13", "last": "2025-03-13"},
        {"actor_a": "European Union", "actor_b": "Ukraine", "meetings": 1, "first": None,
         "last": None},
        {"actor_a": "Mark Rutte", "actor_b": "Volodymyr Zelenskiy", "meetings": 1,
         "first": "2025-03-20", "last": "2025-03-20"},
    ]),
    ("conflicting_signals", {}, [
        {"source": "Donald Trump", "target": "Vladimir Putin", "cooperative_date": "2025-04-01",
         "cooperative": "PRAISE", "conflictual_date": "2025-04-05", "conflictual": "THREATEN",
         "days": 4},
        {"source": "United States", "target": "China", "cooperative_date": "2025-03-28",
         "cooperative": "TRADE", "conflictual_date": "2025-04-02", "conflictual": "SANCTION",
         "days": 5},
    ]),
    ("dyad_balance", {"limit": 2}, [
        {"source": "Donald Trump", "target": "Vladimir Putin", "events": 2,
         "verbal_cooperation": 1, "material_cooperation": 0, "verbal_conflict": 1,
         "material_conflict": 0, "goldstein": 3.4 - 4.4, "first": "2025-04-01",
         "last": "2025-04-05"},
        {"source": "Russia", "target": "Ukraine", "events": 2, "verbal_cooperation": 0,
         "material_cooperation": 0, "verbal_conflict": 1, "material_conflict": 1,
         "goldstein": -14.0, "first": "2025-03-19", "last": "2025-03-20"},
    ]),
    ("new_dyads", {"since": "2025-03-21", "until": "2025-04-01"}, [
        {"actor_a": "China", "actor_b": "United States", "first": "2025-03-28",
         "last": "2025-04-02", "events": 2},
        {"actor_a": "Donald Trump", "actor_b": "Vladimir Putin", "first": "2025-04-01",
         "last": "2025-04-05", "events": 2},
        {"actor_a": "Vladimir Putin", "actor_b": "Xi Jinping", "first": "2025-04-01",
         "last": "2025-04-02", "events": 2},
    ]),
    ("shortest_path", {"a": "Mark Rutte", "b": "China"}, [
        {"hops": 3, "path": ["Mark Rutte", "Donald Trump", "Russia", "China"],
         "links": [["MEET", "PRAISE"], ["THREATEN"], ["SUPPORT"]]},
        {"hops": 3, "path": ["Mark Rutte", "Donald Trump", "United States", "China"],
         "links": [["MEET", "PRAISE"], ["LEADER_OF"], ["SANCTION", "TRADE"]]},
        {"hops": 3, "path": ["Mark Rutte", "NATO", "United States", "China"],
         "links": [["SECRETARY_GENERAL_OF"], ["MEMBER_OF"], ["SANCTION", "TRADE"]]},
        {"hops": 3, "path": ["Mark Rutte", "Volodymyr Zelenskiy", "Russia", "China"],
         "links": [["MEET"], ["CRITICIZE"], ["SUPPORT"]]},
    ]),
    ("profile", {"actor": "Dmitry Peskov"}, [
        {"id": PESKOV.id, "name": "Dmitry Peskov", "type": "PERSON", "country": "RUS",
         "sector": "GOV", "aliases": [], "roles": ["OFFICIAL_OF Russia"], "held_by": [],
         "relations": 1, "statements": 1, "documents": 1, "first": "2025-03-20",
         "last": "2025-03-20"},
    ]),
    ("profile", {"actor": "united states"}, [
        {"id": USA.id, "name": "United States", "type": "STATE", "country": "USA",
         "sector": None, "aliases": ["US", "U.S."], "roles": ["MEMBER_OF NATO"],
         "held_by": ["Donald Trump LEADER_OF"], "relations": 4, "statements": 0,
         "documents": 2, "first": "2025-03-13", "last": "2025-04-02"},
    ]),
    ("statements", {"actor": "DMITRY PESKOV"}, [
        {"speaker": "Dmitry Peskov", "date": "2025-03-20", "subject": "Russia",
         "predicate": "REJECT", "object": "Ukraine", "category": "REJECT", "negated": False,
         "modality": "reported", "sentence": "Russia rejected Ukraine's plan, Peskov said.",
         "doc": DOCUMENTS[1].id},
    ]),
    ("commitments", {"actor": "eu"}, [
        {"actor": "European Union", "predicate": "SPEND", "quantity": "€50bn", "value": 50e9,
         "unit": "EUR", "comparator": None, "date": None, "negated": False,
         "modality": "asserted", "sentence": "The EU spent €50bn.", "doc": DOCUMENTS[3].id},
    ]),
    ("evidence", {"subject": "nato", "object": "at least 3%"}, [
        {"date": "2025-03-13", "predicate": "TARGET",
         "sentence": "NATO allies set a target of at least 3% of GDP.",
         "title": "Rutte meets Trump", "source": "Example Wire",
         "url": "https://example.org/washington", "doc": DOCUMENTS[0].id, "negated": False,
         "modality": "asserted", "confidence": 0.5, "rule": "", "event": None,
         "outlet": "example.org"},
    ]),
    ("evidence", {"subject": "russia", "object": "ukraine",
                  "event": "state:rus|FIGHT|state:ukr|2025-03-19"}, [
        {"date": "2025-03-19", "predicate": "ATTACK",
         "sentence": "Russia attacked Ukraine overnight.", "title": "Macron in Kyiv",
         "source": "Example News", "url": "https://example.org/kyiv", "doc": DOCUMENTS[1].id,
         "negated": False, "modality": "asserted", "confidence": 0.5, "rule": "",
         "event": "state:rus|FIGHT|state:ukr|2025-03-19", "outlet": "example.org"},
    ]),
    ("single_source", {"limit": 1}, [
        {"event": "person:donald-trump|THREATEN|state:rus|2025-02-01", "date": "2025-02-01",
         "subject": "Donald Trump", "category": "THREATEN", "object": "Russia",
         "source": "example.org", "num_articles": 1, "num_mentions": 1,
         "first_seen": "2025-03-13", "last_seen": "2025-03-13", "killed": None,
         "wounded": None},
    ]),
    ("central_actors", {"type": "IGO"}, [
        {"actor": "European Union", "id": "igo:european-union", "type": "IGO", "degree": 3,
         "in_degree": 0, "out_degree": 3, "partners": 2},
        {"actor": "NATO", "id": NATO.id, "type": "IGO", "degree": 3, "in_degree": 2,
         "out_degree": 1, "partners": 2},
    ]),
    ("between", {"a": "Ukraine", "b": "Russia"}, [
        {"date": "2025-03-19", "subject": "Russia", "predicate": "ATTACK", "object": "Ukraine",
         "category": "FIGHT", "quad_class": "material_conflict", "goldstein": -10.0,
         "negated": False, "modality": "asserted",
         "sentence": "Russia attacked Ukraine overnight.", "doc": DOCUMENTS[1].id},
        {"date": "2025-03-20", "subject": "Russia", "predicate": "REJECT", "object": "Ukraine",
         "category": "REJECT", "quad_class": "verbal_conflict", "goldstein": -4.0,
         "negated": False, "modality": "reported",
         "sentence": "Russia rejected Ukraine's plan, Peskov said.", "doc": DOCUMENTS[1].id},
    ]),
    ("roles", {}, [
        {"organisation": "China", "role": "LEADER_OF", "holder": "Xi Jinping", "mentions": 1},
        {"organisation": "France", "role": "LEADER_OF", "holder": "Emmanuel Macron",
         "mentions": 1},
        {"organisation": "NATO", "role": "MEMBER_OF", "holder": "United States", "mentions": 1},
        {"organisation": "NATO", "role": "SECRETARY_GENERAL_OF", "holder": "Mark Rutte",
         "mentions": 1},
        {"organisation": "Russia", "role": "OFFICIAL_OF", "holder": "Dmitry Peskov",
         "mentions": 1},
        {"organisation": "Ukraine", "role": "LEADER_OF", "holder": "Volodymyr Zelenskiy",
         "mentions": 1},
        {"organisation": "United States", "role": "LEADER_OF", "holder": "Donald Trump",
         "mentions": 1},
    ]),
]


@pytest.mark.parametrize(("name", "params", "expected"), EXPECTED,
                         ids=[case_id(case[:2]) for case in EXPECTED])
def test_answers_on_the_sample(sample_store, name, params, expected):
    assert same_rows(run_query(sample_store, name, **params), expected)


def test_timeline_puts_undated_relations_last(nx_store):
    rows = run_query(nx_store, "timeline", actor="European Union")

    assert [row["date"] for row in rows] == [None, None, None]
    rows = run_query(nx_store, "timeline", actor="Russia")
    assert rows[-1] == {**rows[-1], "date": None, "subject": "European Union"}


def test_timeline_shows_denied_and_intended_events(nx_store):
    rows = run_query(nx_store, "timeline", actor="Donald Trump")

    assert {(row["predicate"], row["negated"], row["modality"]) for row in rows} >= {
        ("MEET", True, "asserted"), ("CALL", False, "intended")}


def test_limit_cuts_the_ordered_rows(sample_store):
    every = run_query(sample_store, "central_actors", limit=100)

    assert run_query(sample_store, "central_actors", limit=3) == every[:3]
    assert run_query(sample_store, "central_actors", limit=0) == []


def test_portable_query_runs_through_grand_cypher(nx_store, monkeypatch):
    monkeypatch.setattr("kg.query.IMPLEMENTATIONS", {})

    assert run_query(nx_store, "actors", name="xi") == [
        {"name": "Xi Jinping", "id": "person:xi-jinping", "type": "PERSON", "country": "CHN"}]


def test_networkx_refuses_a_query_without_implementation(nx_store, monkeypatch):
    monkeypatch.setattr("kg.query.IMPLEMENTATIONS", {})

    with pytest.raises(QueryNotSupported, match="'meetings' runs on Neo4j only"):
        run_query(nx_store, "meetings")


def test_raw_cypher_passes_through_with_parameters(sample_store):
    rows = run_query(sample_store, "MATCH (a:Actor) WHERE a.id = $id RETURN a.name AS name",
                     id=NATO.id)

    assert rows == [{"name": "NATO"}]


INJECTIONS = ['"}) DETACH DELETE n //', "'}) DETACH DELETE n //", "x' OR 1=1 OR '",
              "$actor", "\\u0027) DETACH DELETE n //"]


@pytest.mark.parametrize("text", INJECTIONS)
@pytest.mark.parametrize("name", ["timeline", "profile", "statements"])
def test_values_travel_as_parameters(sample_store, name, text):
    before = sample_store.counts()

    assert run_query(sample_store, name, actor=text) == []
    assert sample_store.counts() == before


def test_an_actor_named_like_an_injection_is_found(tmp_path):
    evil = Actor.create("x'}) DETACH DELETE n //", "PERSON")
    relation = Relation(subject=Mention(evil, "x", 0, 1), predicate="CRITICIZE",
                        object=Mention(NATO, "NATO", 5, 9), doc="d", sentence="x criticised NATO.",
                        sentence_start=0, category="DISAPPROVE")
    with open_store(tmp_path / "g.json") as store:
        store.add([relation])

        rows = run_query(store, "timeline", actor=evil.name)

    assert [(row["subject"], row["object"]) for row in rows] == [(evil.name, "NATO")]


@pytest.mark.parametrize("name", NAMES)
def test_every_query_runs_on_an_empty_store(tmp_path, name):
    query = get_query(name)
    with open_store(tmp_path / "empty.json") as store:
        assert run_query(store, name, **query.examples) == []


@pytest.mark.neo4j
@pytest.mark.parametrize("name", NAMES)
def test_every_query_runs_on_an_empty_neo4j(empty_neo4j, name):
    assert run_query(empty_neo4j, name, **get_query(name).examples) == []


# -- random graphs: the Python implementations against Neo4j's Cypher -------------------------------

POOL = (TRUMP, PUTIN, USA, RUSSIA, CHINA, NATO, IVORY_COAST,
        Actor.create("Georgia", "STATE", country="GEO"),
        Actor.create("Georgia", "PERSON"),  # a namesake: rows tie on every name
        Actor.create("Us", "ORG"))  # named like USA's alias: "us" finds both
EVENTS = ("MEET", "CALL", "PRAISE", "TRADE", "GIVE_MILITARY_AID", "THREATEN", "CRITICIZE",
          "SANCTION", "ATTACK", "LEADER_OF", "MEMBER_OF")
DAYS = st.none() | st.dates(min_value=date(2025, 3, 1), max_value=date(2025, 3, 25))
DOCS = {"d1": date(2025, 3, 10), "d2": None, "d3": date(2025, 3, 24)}


@st.composite
def relations(draw):
    subject = draw(st.sampled_from(POOL))
    start = draw(st.integers(0, 50)) * 100
    if draw(st.integers(0, 5)) == 0:
        predicate = draw(st.sampled_from(("TARGET", "PLEDGE", "CALL_FOR", "SPEND")))
        obj = Quantity(draw(st.sampled_from([2.0, 3.0, 5e9])), "%", "3%", start + 10, start + 12,
                       draw(st.sampled_from([None, ">="])))
    else:
        predicate = draw(st.sampled_from(EVENTS))
        actor = draw(st.sampled_from(POOL))
        obj = Mention(actor, actor.name, start + 10, start + 20)
    entry = PREDICATES[predicate]
    doc = draw(st.sampled_from(sorted(DOCS)))
    return Relation(
        subject=Mention(subject, subject.name, start, start + 5), predicate=predicate, object=obj,
        doc=doc, doc_date=DOCS[doc], sentence=f"Sentence {start}.", sentence_start=start,
        # Extraction may pair a predicate with another category: queries read the category.
        category=draw(st.sampled_from([entry.category] * 4 + [None, "SUPPORT", "FIGHT"])),
        cameo=entry.cameo,
        goldstein=draw(st.sampled_from([entry.goldstein, entry.goldstein, None])),
        date=draw(DAYS), negated=draw(st.booleans()),
        modality=draw(st.sampled_from(["asserted", "reported", "intended"])),
        attributed_to=draw(st.none() | st.sampled_from(POOL)),
        confidence=draw(st.sampled_from([0.5, 0.9])))


ACTOR_TEXTS = st.sampled_from(["us", "Georgia", "RUSSIA", "igo:nato", "Donald Trump",
                               "Côte d'Ivoire", "nobody"])


@st.composite
def params_for(draw, query):
    values = {}
    for name, kind in query.types.items():
        if name in query.defaults and draw(st.booleans()):
            continue
        if kind == "date":
            values[name] = draw(st.dates(min_value=date(2025, 3, 1),
                                         max_value=date(2025, 3, 25))).isoformat()
        elif kind == "int":
            values[name] = draw(st.integers(0, 12))
        elif name == "type":
            values[name] = draw(st.sampled_from(["state", "PERSON"]))
        elif name == "predicate":
            values[name] = draw(st.sampled_from(["meet", "SANCTION", "TARGET"]))
        elif name == "object":
            values[name] = draw(ACTOR_TEXTS | st.just("3%"))
        elif name == "name":
            values[name] = draw(st.sampled_from(["", "g", "Us"]))
        else:
            values[name] = draw(ACTOR_TEXTS)
    return values


@pytest.mark.neo4j
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sample=st.lists(relations(), min_size=1, max_size=40), data=st.data())
def test_random_graphs_give_the_same_rows_on_both_stores(tmp_path_factory, sample, data):
    path = tmp_path_factory.mktemp("random") / "g.json"
    with open_store(path) as embedded, open_store(neo4j_target()) as server:
        server.query("MATCH (n) DETACH DELETE n")
        for store in (embedded, server):
            store.add(sample)
        for query in QUERIES:
            params = data.draw(params_for(query), label=query.name)
            assert same_rows(run_query(embedded, query.name, **params),
                             run_query(server, query.name, **params)), query.name


# -- the design article, extracted with the real model ----------------------------------------------

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "rutte-nato-2025-03-17.txt"


@pytest.fixture(scope="module")
def article_relations(nlp):
    from kg.extract import extract_relations
    from kg.ingest import read_documents

    documents = list(read_documents([ARTICLE]))
    return documents, list(extract_relations(documents, nlp=nlp))


@pytest.mark.model
@pytest.mark.neo4j
def test_design_article_gives_the_same_rows_on_both_stores(tmp_path, article_relations):
    documents, relations = article_relations
    assert relations, "the model found no relations in the design article"
    names = sorted({r.subject.actor.name for r in relations})
    with open_store(tmp_path / "g.json") as embedded, open_store(neo4j_target()) as server:
        server.query("MATCH (n) DETACH DELETE n")
        for store in (embedded, server):
            store.add(relations, documents=documents)
        for query in QUERIES:
            for params in _article_params(query, names):
                assert same_rows(run_query(embedded, query.name, **params),
                                 run_query(server, query.name, **params)), (query.name, params)


def _article_params(query, names):
    if not query.required:
        return [{}]
    if query.name == "new_dyads":
        return [{"since": "2025-01-01", "until": "2025-12-31"}]
    every = []
    for first in names:
        params = {}
        for position, name in enumerate(query.required):
            params[name] = names[(names.index(first) + position) % len(names)]
        every.append(params)
    return every


# -- formatting ----------------------------------------------------------------------------------


ROWS = [{"actor": "NATO", "events": 3, "goldstein": -1.0000000000000004, "aliases": ["OTAN"],
         "first": None, "negated": True},
        {"actor": "Côte d'Ivoire", "events": 12, "goldstein": 3.4, "aliases": [],
         "first": "2025-03-13", "negated": False}]


def test_table_aligns_columns_and_right_aligns_numbers():
    assert format_rows(ROWS).splitlines() == [
        "actor          events  goldstein  aliases  first       negated",
        "-------------  ------  ---------  -------  ----------  -------",
        "NATO                3       -1.0  OTAN                 true",
        "Côte d'Ivoire      12        3.4           2025-03-13  false",
    ]


def test_table_cuts_long_cells():
    (line,) = format_rows([{"sentence": "word " * 40}]).splitlines()[2:]

    assert len(line) == 60 and line.endswith("…")


def test_table_of_no_rows():
    assert format_rows([]) == "(no rows)"


def test_csv_keeps_every_digit_and_quotes_what_needs_it():
    text = format_rows(ROWS + [{"actor": 'say "hi", ok', "events": 1}], "csv")

    assert text.splitlines() == [
        "actor,events,goldstein,aliases,first,negated",
        "NATO,3,-1.0000000000000004,OTAN,,true",
        "Côte d'Ivoire,12,3.4,,2025-03-13,false",
        '"say ""hi"", ok",1,,,,',
    ]


def test_json_is_a_list_of_objects_with_iso_dates():
    rows = [{"date": date(2025, 3, 13), "n": 1, "path": ["a", "b"], "none": None}]

    assert json.loads(format_rows(rows, "json")) == [
        {"date": "2025-03-13", "n": 1, "path": ["a", "b"], "none": None}]


def test_unknown_format_lists_the_formats():
    with pytest.raises(KGError, match="output format 'xml' not understood; use one of table, "
                                      "csv, json"):
        format_rows(ROWS, "xml")


@pytest.mark.parametrize("name", NAMES)
def test_every_query_formats_in_every_format(nx_store, name):
    rows = run_query(nx_store, name, **get_query(name).examples)

    for fmt in ("table", "csv", "json"):
        assert format_rows(rows, fmt)


@pytest.mark.parametrize(("env", "outcome", "reason_start"), [
    ({"KG_TEST_STRICT": "1"}, pytest.fail.Exception, "KG_NEO4J_URI is not set"),
    ({"CI": "true"}, pytest.fail.Exception, "KG_NEO4J_URI is not set"),
    ({"KG_TEST_STRICT": "1", "KG_TEST_WITHOUT": "browser,neo4j"}, pytest.skip.Exception,
     "not tested (KG_TEST_WITHOUT): neo4j"),
    ({}, pytest.skip.Exception, "missing part: neo4j: KG_NEO4J_URI is not set"),
], ids=["make-test", "ci", "asked-without", "by-hand"])
def test_a_missing_server_fails_a_whole_run_and_skips_a_partial_one(monkeypatch, env, outcome,
                                                                   reason_start):
    for name in ("KG_NEO4J_URI", "KG_TEST_STRICT", "CI", "KG_TEST_WITHOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(outcome) as raised:
        neo4j_target()
    assert str(raised.value).startswith(reason_start)


def test_an_unknown_part_to_leave_out_is_a_usage_error(monkeypatch):
    monkeypatch.setenv("KG_TEST_WITHOUT", "neo4j,chromium")
    monkeypatch.delenv("KG_NEO4J_URI", raising=False)

    with pytest.raises(pytest.UsageError, match="names chromium; the parts are neo4j, browser"):
        neo4j_target()
