"""The map view in a real browser, offline: located events on world-atlas outlines, and a click
on a country that leaves only its events in the graph."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import Actor, Location, Mention, Relation
from kg.ontology import PREDICATES
from kg.visualize import to_html

pytestmark = pytest.mark.browser

RUSSIA = Actor.create("Russia", "STATE", country="RUS")
UKRAINE = Actor.create("Ukraine", "STATE", country="UKR")
ISRAEL = Actor.create("Israel", "STATE", country="ISR")
HAMAS = Actor.create("Hamas", "ARMED_GROUP", country="PSE", sector="REB")
SAUDI = Actor.create("Saudi Arabia", "STATE", country="SAU")
USA = Actor.create("United States", "STATE", country="USA")
KHARKIV = Location("Kharkiv", "UKR", 49.98, 36.25, "city", "Kharkiv", geonames_id=706483)
GAZA = Location("Gaza", "PSE", 31.42, 34.36, "region", "Gaza")
RIYADH = Location("Riyadh", "SAU", 24.69, 46.72, "city", "Riyadh", geonames_id=108410)


def event(subject: Actor, predicate: str, obj: Actor, sentence: str, place=None) -> Relation:
    entry = PREDICATES[predicate]
    return Relation(subject=Mention(subject, subject.name, 0, len(subject.name)),
                    predicate=predicate, object=Mention(obj, obj.name, 20, 20 + len(obj.name)),
                    doc="d-" + sentence[:8], sentence=sentence, sentence_start=0,
                    category=entry.category, cameo=entry.cameo, goldstein=entry.goldstein,
                    doc_date=date(2025, 3, 19), location=place)


EVENTS = [
    event(RUSSIA, "ATTACK", UKRAINE, "Russia attacked Ukraine in Kharkiv.", KHARKIV),
    event(ISRAEL, "ATTACK", HAMAS, "Israel attacked Hamas in Gaza.", GAZA),
    event(USA, "MEET", SAUDI, "US officials met Saudi envoys in Riyadh.", RIYADH),
    event(USA, "CRITICIZE", RUSSIA, "The United States criticised Russia."),  # nowhere
]


def shown_edges(page) -> list[str]:
    return sorted(page.evaluate("""() => window.kgGraph.edges.get()
        .filter((e) => !e.hidden).map((e) => e.kg.pred)"""))


def test_the_map_draws_countries_and_located_events_offline(open_page):
    loaded = open_page(to_html(EVENTS))
    assert loaded.requests == [] and loaded.errors == []
    page = loaded.page
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map path.country.has-events").count() == 3  # UKR, PSE, SAU
    assert page.locator("#map circle.event").count() == 3


def test_clicking_a_country_shows_only_its_events(open_page):
    page = open_page(to_html(EVENTS)).page
    assert shown_edges(page) == ["ATTACK", "ATTACK", "CRITICIZE", "MEET"]

    page.click("#map path.country[data-geo='804']", force=True)  # Ukraine

    assert shown_edges(page) == ["ATTACK"]
    assert "Ukraine" in page.text_content("#map-msg")
    page.click("#map-all")
    assert shown_edges(page) == ["ATTACK", "ATTACK", "CRITICIZE", "MEET"]


def test_clicking_a_point_filters_to_its_country(open_page):
    page = open_page(to_html(EVENTS)).page
    page.click("#map circle.event[data-geo='682']", force=True)  # Riyadh, Saudi Arabia
    assert shown_edges(page) == ["MEET"]


def test_a_graph_without_located_events_has_no_map(open_page):
    page = open_page(to_html(EVENTS[-1:])).page
    assert page.locator("#map-box").is_hidden()
