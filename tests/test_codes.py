"""Standard actor codes: ISO alpha-3, CAMEO, Correlates of War, from the gazetteer's country and
sector through a maintained converter."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.codes import actor_codes
from kg.model import Actor
from kg.ontology import read_table
from kg.store import open_store
from kg.store.rows import actor_props

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize(("actor", "cameo"), [
    (Actor.create("United States", "STATE", country="USA", sector="GOV"), "USAGOV"),
    (Actor.create("Russian army", "STATE", country="RUS", sector="MIL"), "RUSMIL"),
    (Actor.create("Ukrainian rebels", "ARMED_GROUP", country="UKR", sector="REB"), "UKRREB"),
    (Actor.create("NATO", "IGO"), "IGOWSTNAT"),  # the organisation's own code, from igos.tsv
    (Actor.create("AUKUS", "IGO"), "IGO"),  # none in the CAMEO dictionary: the bare sector
    (Actor.create("Labour Party", "PARTY", country="GBR"), "GBRPTY"),
    (Actor.create("Donald Trump", "PERSON", country="USA", sector="GOV"), "USAGOV"),
])
def test_cameo_actor_code_is_country_and_sector(actor, cameo):
    assert actor_codes(actor)["cameo_code"] == cameo


@pytest.mark.parametrize(("iso3", "cow", "letters"), [
    ("USA", 2, "USA"), ("RUS", 365, "RUS"), ("DEU", 255, "GMY"), ("TWN", 713, "TAW"),
    ("SRB", 345, "YUG"),  # the state system continues Yugoslavia as Serbia
    ("XKX", 347, "KOS"),  # no ISO code; found by name
    ("SUN", 365, "RUS"),  # the Soviet Union continues as Russia
])
def test_states_carry_correlates_of_war_codes(iso3, cow, letters):
    codes = actor_codes(Actor.create(iso3, "STATE", country=iso3))
    assert (codes["iso3"], codes["cameo_country"], codes["cow_code"], codes["cow_letters"]) == (
        iso3, iso3, cow, letters)


def test_a_state_outside_the_state_system_has_no_cow_code():
    codes = actor_codes(Actor.create("Palestine", "STATE", country="PSE"))
    assert codes["iso3"] == "PSE" and "cow_code" not in codes


def test_states_carry_their_gazetteer_qid():
    qids = {row["iso3"]: row["wikidata"] for row in read_table("states.tsv", header=True)}
    for iso3 in ("UKR", "RUS", "USA"):
        codes = actor_codes(Actor.create(iso3, "STATE", country=iso3, sector="MIL"))
        assert re.fullmatch(r"Q[0-9]+", codes["wikidata"]) and codes["wikidata"] == qids[iso3]
        assert codes["cameo_code"] == iso3 + "MIL"  # the table gives the QID, not the sector


def test_a_state_the_sources_lack_has_no_qid():
    qids = {row["iso3"]: row["wikidata"] for row in read_table("states.tsv", header=True)}
    missing = next(iso3 for iso3, qid in qids.items() if not qid)
    assert "wikidata" not in actor_codes(Actor.create(missing, "STATE", country=missing))


def test_only_states_get_qids_from_the_state_table():
    # A person of a country shares no id with the state, so never its QID.
    assert "wikidata" not in actor_codes(Actor.create("Somebody", "PERSON", country="UKR"))


def test_organisations_carry_their_gazetteer_qid_and_code():
    rows = read_table("igos.tsv", header=True)
    assert any(row["wikidata"] and not row["cameo"] for row in rows)  # each code on its own
    ids = [Actor.create(row["key"], "IGO").id for row in rows]
    for row, actor_id in zip(rows, ids):
        if ids.count(actor_id) > 1:
            continue  # "OPEC+" makes the id of "OPEC": one actor, whose codes are OPEC's
        codes = actor_codes(Actor.create(row["key"], "IGO"))
        assert codes.get("wikidata", "") == row["wikidata"], row["key"]
        assert codes["cameo_code"] == (row["cameo"] or "IGO"), row["key"]


def test_an_organisation_and_a_state_never_share_a_qid():
    un = actor_codes(Actor.create("UN", "IGO"))["wikidata"]
    states = {row["wikidata"] for row in read_table("states.tsv", header=True)}
    assert re.fullmatch(r"Q[0-9]+", un) and un not in states


def _leaders() -> list[dict[str, str]]:
    return list(read_table("leaders.tsv", header=True))


def _person(row: dict[str, str]) -> Actor:
    """The actor the leader gazetteer makes of a leaders.tsv row (kg.extract.lexicon)."""
    return Actor.create(row["name"], "PERSON", country=row["country"] or None, sector="GOV",
                        aliases=tuple(a for a in row["aliases"].split("|") if a))


def test_people_carry_their_gazetteer_qid():
    rows = [row for row in _leaders() if row["wikidata"]]
    assert rows, "leaders.tsv has no QIDs"
    for row in rows:
        codes = actor_codes(_person(row))
        assert codes["wikidata"] == row["wikidata"], row["name"]
        assert codes["cameo_code"] == row["country"] + "GOV"  # the QID adds, it replaces nothing


def test_a_person_the_sources_lack_has_no_qid():
    row = next(row for row in _leaders() if not row["wikidata"])
    assert "wikidata" not in actor_codes(_person(row))


def test_a_person_and_a_state_never_share_a_qid():
    person = next(row for row in _leaders() if row["wikidata"] and row["country"] == "USA")
    state = actor_codes(Actor.create("United States", "STATE", country="USA"))["wikidata"]
    assert actor_codes(_person(person))["wikidata"] != state


def test_actor_without_country_or_sector_has_no_codes():
    assert actor_codes(Actor.create("Somebody", "PERSON")) == {}


def test_codes_are_node_properties():
    props = actor_props(Actor.create("Ukraine", "STATE", country="UKR", sector="GOV"))
    assert props | {"iso3": "UKR", "cameo_country": "UKR", "cow_code": 369,
                    "cow_letters": "UKR", "cameo_code": "UKRGOV"} == props
    assert props["wikidata"] == actor_codes(Actor.create("Ukraine", "STATE", country="UKR"))[
        "wikidata"]
    nato = actor_props(Actor.create("NATO", "IGO"))
    assert (nato["cameo_code"], nato["wikidata"]) == ("IGOWSTNAT", "Q7184")
    row = next(row for row in _leaders() if row["wikidata"])
    assert actor_props(_person(row))["wikidata"] == row["wikidata"]


@pytest.mark.model
def test_every_state_in_the_demo_graph_has_iso3_cameo_and_cow(shared_model, tmp_path):
    from kg.pipeline import build

    target = tmp_path / "graph.json"
    build([EXAMPLES], store=target, nlp=shared_model)
    with open_store(target) as store:
        states = store.query("MATCH (a:Actor) WHERE a.type = 'STATE' "
                             "RETURN a.id AS id, a.iso3 AS iso3, a.cameo_country AS cameo, "
                             "a.cow_code AS cow")
    assert len(states) >= 10
    assert [row for row in states if None in row.values()] == []
