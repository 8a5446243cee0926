"""How many sources: reports of one event grouped, counted by mentions, articles and outlets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.corroboration import group_events, outlet_of
from kg.model import Actor, Document, Mention, Relation
from kg.query import run_query
from kg.store import open_store

THREE_OUTLETS = Path(__file__).resolve().parent / "fixtures" / "three_outlets" / "kharkiv.jsonl"

RUSSIA = Actor.create("Russia", "STATE", country="RUS")
UKRAINE = Actor.create("Ukraine", "STATE", country="UKR")


def report(doc: str, day: str | None, *, predicate="ATTACK", category="FIGHT",
           subject=RUSSIA, obj=UKRAINE, **fields) -> Relation:
    return Relation(subject=Mention(subject, subject.name, 0, 6), predicate=predicate,
                    object=Mention(obj, obj.name, 16, 23), doc=doc, category=category,
                    sentence=f"{subject.name} hit {obj.name}.", sentence_start=0,
                    doc_date=date.fromisoformat(day) if day else None, **fields)


def article(id: str, day: str = "2025-03-19", **fields) -> Document:
    return Document(id, "", date=date.fromisoformat(day), **fields)


@pytest.mark.parametrize(("document", "outlet"), [
    (Document("d", "", outlet="Reuters", url="https://www.bbc.co.uk/x"), "Reuters"),
    (Document("d", "", url="https://www.BBC.co.uk/news/1"), "bbc.co.uk"),
    (Document("d", "", url="http://localhost:8000/a", source="feed"), "localhost"),
    (Document("d", "", source="notes/a.txt"), "notes/a.txt"),
    (Document("d", ""), "d"),
])
def test_outlet_is_the_outlet_else_the_domain_else_the_source(document, outlet):
    assert outlet_of(document) == outlet


def test_reports_a_day_apart_are_one_event_and_chain():
    days = ["2025-03-19", "2025-03-20", "2025-03-21"]
    relations = [report(f"d{i}", day) for i, day in enumerate(days)]
    documents = [article(f"d{i}", day, url=f"https://site{i}.example/a")
                 for i, day in enumerate(days)]

    (event,) = group_events(relations, documents)

    assert (event.num_mentions, event.num_articles, event.num_sources) == (3, 3, 3)
    assert (event.date, event.first_seen, event.last_seen) == (
        date(2025, 3, 19), date(2025, 3, 19), date(2025, 3, 21))
    assert event.evidence == tuple(sorted(r.id for r in relations))


def test_reports_two_days_apart_are_two_events():
    events = group_events([report("a", "2025-03-19"), report("b", "2025-03-21")],
                          [article("a"), article("b", "2025-03-21")])
    assert [e.num_articles for e in events] == [1, 1]


@pytest.mark.parametrize("other", [
    report("b", "2025-03-19", predicate="CRITICIZE", category="DISAPPROVE"),  # other category
    report("b", "2025-03-19", subject=UKRAINE, obj=RUSSIA),  # other direction
])
def test_another_category_or_direction_is_another_event(other):
    assert len(group_events([report("a", "2025-03-19"), other])) == 2


def test_one_outlet_twice_is_one_source():
    documents = [article("a", url="https://example.com/1"),
                 article("b", url="https://example.com/2")]
    (event,) = group_events([report("a", "2025-03-19"), report("b", "2025-03-19")], documents)
    assert (event.num_articles, event.num_sources) == (2, 1)


def test_a_near_duplicate_copy_is_one_more_article_and_source():
    documents = [article("a", url="https://one.example/x"),
                 article("b", "2025-03-20", url="https://two.example/y", copy_of="a")]
    (event,) = group_events([report("a", "2025-03-19")], documents)
    assert (event.num_mentions, event.num_articles, event.num_sources) == (1, 2, 2)
    assert event.last_seen == date(2025, 3, 20)


@pytest.mark.parametrize("fields", [{"negated": True}, {"modality": "intended"}])
def test_what_did_not_happen_is_no_event(fields):
    assert group_events([report("a", "2025-03-19", **fields)]) == []


def test_undated_reports_of_a_dyad_are_one_undated_event():
    (event,) = group_events([report("a", None), report("b", None)])
    assert event.id.endswith("|undated") and event.date is None and event.num_articles == 2


@pytest.fixture(params=["networkx", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def three_outlets(request, tmp_path, shared_model):
    """A store of each engine holding one strike on Kharkiv told by three outlets."""
    from kg.pipeline import build

    target = request.getfixturevalue("neo4j_target") if request.param == "neo4j" else (
        tmp_path / "g.json")
    build([THREE_OUTLETS], store=target, nlp=shared_model)
    with open_store(target) as store:
        yield store


STRIKE = "state:rus|FIGHT|state:ukr|2025-03-19"


@pytest.mark.model
def test_one_event_told_by_three_outlets_is_corroborated(three_outlets):
    (row,) = [row for row in run_query(three_outlets, "corroborated") if row["event"] == STRIKE]

    assert (row["subject"], row["category"], row["object"], row["date"]) == (
        "Russia", "FIGHT", "Ukraine", "2025-03-19")
    assert (row["num_articles"], row["num_sources"], row["num_mentions"]) == (3, 3, 3)
    assert (row["first_seen"], row["last_seen"]) == ("2025-03-19", "2025-03-20")
    assert STRIKE not in [row["event"] for row in run_query(three_outlets, "single_source")]


@pytest.mark.model
def test_the_toll_is_the_latest_reports_never_a_sum(three_outlets):
    # 12 (wire, 19 March), 14 (daily, 19 March), "dozens" (gazette, 20 March): the gazette's.
    (row,) = [row for row in run_query(three_outlets, "corroborated") if row["event"] == STRIKE]
    assert (row["killed"], row["wounded"]) == (24.0, 30.0)
    reports = run_query(three_outlets, "evidence", subject="Russia", object="Ukraine",
                        event=STRIKE)
    assert sorted(row["outlet"] for row in reports) == [
        "example-gazette.org", "example-wire.com", "news.example-daily.co.uk"]


def test_event_takes_the_latest_figures_and_keeps_the_comparator():
    relations = [report("a", "2025-03-19", killed=12.0, killed_comparator=">=", wounded=30.0),
                 report("b", "2025-03-20", killed=24.0, killed_comparator=">="),
                 report("c", "2025-03-19", killed=14.0)]
    (event,) = group_events(relations)
    assert (event.killed, event.killed_comparator, event.wounded, event.wounded_comparator) == (
        24.0, ">=", 30.0, None)


@pytest.mark.model
def test_gdelt_export_loads_in_pandas_with_gdelt_columns(three_outlets, tmp_path):
    pandas = pytest.importorskip("pandas")
    from kg.export import GDELT_COLUMNS, export

    (path,) = export(three_outlets, tmp_path / "gdelt.tsv", to="gdelt")
    table = pandas.read_csv(path, sep="\t", dtype={"EventCode": str, "EventRootCode": str,
                                                   "EventBaseCode": str})
    assert tuple(table.columns) == GDELT_COLUMNS
    (row,) = table[table.Actor2Name == "Ukraine"].to_dict("records")
    assert row | {"SQLDATE": 20250319, "Actor1Code": "RUSGOV", "Actor1CountryCode": "RUS",
                  "Actor2Code": "UKRGOV", "EventCode": "190", "EventRootCode": "19",
                  "QuadClass": 4, "GoldsteinScale": -10.0, "NumMentions": 3,
                  "NumSources": 3, "NumArticles": 3, "DATEADDED": 20250319,
                  "SOURCEURL": "https://news.example-daily.co.uk/europe/kharkiv",
                  "ActionGeo_Type": 4, "ActionGeo_FullName": "Kharkiv, UKR",
                  "ActionGeo_CountryCode": "UKR", "ActionGeo_FeatureID": 706483} == row
    assert (round(row["ActionGeo_Lat"]), round(row["ActionGeo_Long"])) == (50, 36)


@pytest.mark.model
def test_icews_export_has_one_row_per_report(three_outlets, tmp_path):
    pandas = pytest.importorskip("pandas")
    from kg.export import ICEWS_COLUMNS, export

    (path,) = export(three_outlets, tmp_path / "icews.tsv", to="icews")
    table = pandas.read_csv(path, sep="\t", dtype={"CAMEO Code": str})
    assert tuple(table.columns) == ICEWS_COLUMNS
    strike = table[table["Event ID"] == STRIKE]
    assert sorted(strike["Publisher"]) == ["example-gazette.org", "example-wire.com",
                                           "news.example-daily.co.uk"]
    assert set(strike["Event Text"]) == {"Use conventional military force"}
    assert set(strike["City"]) == {"Kharkiv"} and set(strike["Country"]) == {"UKR"}


@pytest.mark.model
def test_the_location_survives_both_stores(three_outlets):
    located = [r for r in three_outlets.relations() if r.location is not None]
    assert located and {r.location.name for r in located} == {"Kharkiv"}
    rows = three_outlets.query("MATCH (s:Actor)-[r:ATTACK]->(o:Actor) "
                               "RETURN r.location_name AS name, r.location_latitude AS lat")
    assert {row["name"] for row in rows} == {"Kharkiv"} and all(row["lat"] for row in rows)
