"""Exports: GraphML/GEXF read back whole, neo4j-admin CSV imported by a real neo4j-admin, events."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import networkx as nx
import pytest

from fixtures.queries_sample import (  # noqa: F401  (fixtures)
    DOCUMENTS,
    NATO,
    RELATIONS,
    RUTTE,
    neo4j_store,
    nx_store,
)
from fixtures.servers import Server
from kg.analyze import to_networkx
from kg.codes import actor_codes
from kg.errors import KGError
from kg.export import (
    ARRAY_DELIMITER,
    EVENT_COLUMNS,
    export,
    flat_graph,
    import_command,
)
from kg.model import Actor, Mention, Relation
from kg.ontology import read_table
from kg.store import open_store

REPO = Path(__file__).resolve().parent.parent


# -- GraphML and GEXF ----------------------------------------------------------------------------


def test_flat_graph_holds_only_strings_numbers_and_booleans(nx_store):
    graph = flat_graph(to_networkx(nx_store))

    values = [value for _, attrs in graph.nodes(data=True) for value in attrs.values()]
    values += [value for _, _, attrs in graph.edges(data=True) for value in attrs.values()]
    assert values and all(isinstance(value, (str, int, float, bool)) for value in values)
    assert graph.nodes[NATO.id]["aliases"] == "North Atlantic Treaty Organization|OTAN"
    assert graph.nodes[RUTTE.id]["aliases"] == ""


def test_graphml_keeps_every_attribute(nx_store, tmp_path):
    (path,) = export(nx_store, tmp_path / "graph.graphml", to="graphml")

    expected = flat_graph(to_networkx(nx_store))
    found = nx.read_graphml(path, force_multigraph=True)
    assert dict(found.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(found.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


def test_gexf_keeps_every_attribute(nx_store, tmp_path):
    (path,) = export(nx_store, tmp_path / "graph.gexf", to="gexf")

    expected = flat_graph(to_networkx(nx_store))
    found = nx.read_gexf(path)
    # GEXF writes a node's "id" as the node's own id, not as an attribute.
    assert dict(found.nodes(data=True)) == {
        node: {name: value for name, value in attrs.items() if name != "id"}
        for node, attrs in expected.nodes(data=True)}
    assert sorted(found.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


@pytest.mark.parametrize("to", ["graphml", "gexf"])
def test_labels_are_names_and_predicates(nx_store, tmp_path, to):
    (path,) = export(nx_store, tmp_path / f"graph.{to}", to=to)

    found = nx.read_graphml(path, force_multigraph=True) if to == "graphml" else nx.read_gexf(path)
    assert found.nodes[NATO.id]["label"] == "NATO"
    assert {label for _, label in found.nodes(data="label")} >= {"Mark Rutte", "≥3%", "€2bn"}
    assert all(attrs["label"] == attrs["predicate"] for _, _, attrs in found.edges(data=True))


def test_graph_formats_keep_types_of_sparse_attributes(tmp_path):
    # A relation whose goldstein is None next to one with 1 must not give two goldstein keys.
    a, b = (Actor.create(name, "STATE", country=name) for name in ("AAA", "BBB"))
    made = [Relation(subject=Mention(a, "A", i, i + 1), predicate="MEET",
                     object=Mention(b, "B", i + 2, i + 3), doc="d", sentence="A met B.",
                     sentence_start=i, category="CONSULT", goldstein=goldstein, confidence=1)
            for i, goldstein in enumerate([None, 1, 2.5])]
    with open_store(tmp_path / "g.json") as store:
        store.add(made)
        (path,) = export(store, tmp_path / "g.graphml", to="graphml")

    found = nx.read_graphml(path, force_multigraph=True)
    assert sorted(attrs.get("goldstein", -1.0) for _, _, attrs in found.edges(data=True)) == [
        -1.0, 1.0, 2.5]
    assert {type(attrs["confidence"]) for _, _, attrs in found.edges(data=True)} == {float}


# -- the event table -----------------------------------------------------------------------------


def read_events(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_events_table_has_one_row_per_event(nx_store, tmp_path):
    (path,) = export(nx_store, tmp_path / "events.tsv", to="events")

    rows = read_events(path)
    assert path.read_text(encoding="utf-8").splitlines()[0].split("\t") == list(EVENT_COLUMNS)
    assert sorted(row["relation_id"] for row in rows) == sorted(
        r.id for r in RELATIONS if r.category is not None)


def test_events_row_reads_like_gdelt(nx_store, tmp_path):
    (path,) = export(nx_store, tmp_path / "events.tsv", to="events")

    (row,) = [row for row in read_events(path) if row["predicate"] == "ATTACK"]
    assert row == {**row, "event_date": "2025-03-19", "source_name": "Russia",
                   "source_country": "RUS", "source_sector": "", "target_name": "Ukraine",
                   "target_country": "UKR", "category": "FIGHT", "cameo": "190",
                   "quad_class": "material_conflict", "goldstein": "-10.0", "negated": "false",
                   "modality": "asserted", "document_id": DOCUMENTS[1].id,
                   "url": "https://example.org/kyiv",
                   "sentence": "Russia attacked Ukraine overnight."}


def test_events_carry_both_actors_codes(nx_store, tmp_path):
    (path,) = export(nx_store, tmp_path / "events.tsv", to="events")

    (row,) = [row for row in read_events(path) if row["predicate"] == "ATTACK"]
    source = actor_codes(Actor.create("Russia", "STATE", country="RUS"))
    target = actor_codes(Actor.create("Ukraine", "STATE", country="UKR"))
    assert re.fullmatch(r"Q[0-9]+", row["source_wikidata"])
    assert (row["source_cow"], row["source_wikidata"], row["target_cow"],
            row["target_wikidata"]) == (str(source["cow_code"]), source["wikidata"],
                                        str(target["cow_code"]), target["wikidata"])


def test_events_carry_a_leaders_qid(tmp_path):
    row = next(row for row in read_table("leaders.tsv", header=True) if row["wikidata"])
    person = Actor.create(row["name"], "PERSON", country=row["country"], sector="GOV")
    nato = Actor.create("NATO", "IGO")
    relation = Relation(subject=Mention(person, row["name"], 0, len(row["name"])),
                        predicate="MEET", object=Mention(nato, "NATO", 0, 4), doc="d1",
                        sentence=f"{row['name']} met NATO.", sentence_start=0, category="CONSULT")
    with open_store(tmp_path / "g.json") as store:
        store.add([relation])
        (path,) = export(store, tmp_path / "events.tsv", to="events")

    (event,) = read_events(path)
    assert (event["source_wikidata"], event["target_wikidata"]) == (
        row["wikidata"], actor_codes(nato)["wikidata"])


def test_gdelt_actor_codes_are_full_igo_codes(tmp_path):
    nato, rus = Actor.create("NATO", "IGO"), Actor.create("Russia", "STATE", country="RUS")
    relation = Relation(subject=Mention(nato, "NATO", 0, 4), predicate="ACCUSE",
                        object=Mention(rus, "Russia", 14, 20), doc="d1",
                        sentence="NATO accused Russia.", sentence_start=0, category="DISAPPROVE")
    with open_store(tmp_path / "g.json") as store:
        store.add([relation])
        (path,) = export(store, tmp_path / "gdelt.tsv", to="gdelt")

    (row,) = read_events(path)
    assert (row["Actor1Code"], row["Actor2Code"]) == ("IGOWSTNAT", "RUS")


def test_events_leave_out_roles_and_quantities(nx_store, tmp_path):
    (path,) = export(nx_store, tmp_path / "events.tsv", to="events")

    predicates = {row["predicate"] for row in read_events(path)}
    assert predicates.isdisjoint({"LEADER_OF", "MEMBER_OF", "TARGET", "PLEDGE", "SPEND",
                                  "CALL_FOR"})


def test_events_are_in_date_order_undated_last(nx_store, tmp_path):
    (path,) = export(nx_store, tmp_path / "events.tsv", to="events")

    dates = [row["event_date"] for row in read_events(path)]
    dated = [day for day in dates if day]
    assert dated == sorted(dated) and dates == dated + [""] * (len(dates) - len(dated))


def test_events_flatten_tabs_and_line_breaks(tmp_path):
    a, b = (Actor.create(name, "STATE", country=name) for name in ("AAA", "BBB"))
    relation = Relation(subject=Mention(a, "A", 0, 1), predicate="MEET",
                        object=Mention(b, "B", 2, 3), doc="d\tx", sentence="A\tmet\nB.",
                        sentence_start=0, category="CONSULT")
    with open_store(tmp_path / "g.json") as store:
        store.add([relation])
        (path,) = export(store, tmp_path / "events.tsv", to="events")

    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[1].count("\t") == len(EVENT_COLUMNS) - 1
    assert read_events(path)[0]["sentence"] == "A met B."


# -- neo4j-admin CSV -----------------------------------------------------------------------------


def test_neo4j_admin_files_and_command(nx_store, tmp_path):
    written = export(nx_store, tmp_path / "admin", to="neo4j-admin")

    assert [path.name for path in written] == ["actors.csv", "quantities.csv", "documents.csv",
                                               "relations.csv", "import.sh"]
    assert import_command(tmp_path / "admin") in written[-1].read_text(encoding="utf-8")


def header(path: Path) -> list[str]:
    return next(csv.reader(path.open(encoding="utf-8")))


def test_neo4j_admin_headers_are_typed(nx_store, tmp_path):
    export(nx_store, tmp_path, to="neo4j-admin")

    assert header(tmp_path / "actors.csv") == [":ID", "id", ":LABEL", "name", "type", "country",
                                               "sector", "aliases:string[]", "iso3",
                                               "cameo_country", "cow_code:long",
                                               "cow_letters", "cameo_code", "wikidata"]
    assert header(tmp_path / "quantities.csv")[:4] == [":ID", "id", ":LABEL", "value:double"]
    assert header(tmp_path / "documents.csv")[:3] == [":ID(Document)", "id", ":LABEL"]
    relations = header(tmp_path / "relations.csv")
    assert relations[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"goldstein:double", "confidence:double", "negated:boolean",
            "sentence_start:long"} <= set(relations)


def test_neo4j_admin_csv_tells_empty_text_from_missing(nx_store, tmp_path):
    export(nx_store, tmp_path, to="neo4j-admin")

    lines = (tmp_path / "actors.csv").read_text(encoding="utf-8").splitlines()
    (nato,) = [line.split(",", 1)[1] for line in lines if f',"{NATO.id}",' in line]
    # No country or sector: empty fields, no property. Aliases: one array field. Codes: an
    # IGO has its CAMEO code and QID, no state codes.
    assert nato == (f'"{NATO.id}","Actor","NATO","IGO",,,'
                    f'"North Atlantic Treaty Organization{ARRAY_DELIMITER}OTAN",,,,,"IGOWSTNAT",'
                    f'"Q7184"')
    relations = (tmp_path / "relations.csv").read_text(encoding="utf-8")
    assert ',"",' in relations  # rule "": an empty string, not a missing property


def test_neo4j_admin_doubles_quotes(tmp_path):
    quoted = Actor.create('The "Quartet"', "IGO")
    relation = Relation(subject=Mention(quoted, "Quartet", 0, 7), predicate="CRITICIZE",
                        object=Mention(NATO, "NATO", 10, 14), doc="d",
                        sentence='The "Quartet"\ncriticised NATO.', sentence_start=0,
                        category="DISAPPROVE")
    with open_store(tmp_path / "g.json") as store:
        store.add([relation])
        export(store, tmp_path / "admin", to="neo4j-admin")

    with (tmp_path / "admin" / "relations.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["sentence"] == 'The "Quartet"\ncriticised NATO.'


def test_unknown_format_lists_the_formats(nx_store, tmp_path):
    with pytest.raises(KGError, match="export format 'csv' not understood; use one of graphml, "
                                      "gexf, neo4j-admin, events"):
        export(nx_store, tmp_path / "x.csv", to="csv")


@pytest.mark.neo4j
@pytest.mark.parametrize("to", ["graphml", "neo4j-admin", "events"])
def test_both_stores_export_the_same_files(nx_store, neo4j_store, tmp_path, to):
    name = "out" if to == "neo4j-admin" else f"out.{to}"
    embedded = export(nx_store, tmp_path / "embedded" / name, to=to)
    server = export(neo4j_store, tmp_path / "server" / name, to=to)

    for mine, theirs in zip(embedded, server):
        if mine.name != "import.sh":
            assert mine.read_bytes() == theirs.read_bytes(), mine.name


# -- a real neo4j-admin import -------------------------------------------------------------------


def snapshot(store):
    return (store.counts(), set(store.relations()), set(store.actors()), set(store.documents()),
            store.stored_hashes())


def properties(store):
    """Every node's and relationship's properties, empty alias lists left out (neo4j-admin
    cannot write an empty array: an empty field is no property)."""
    nodes = store.query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    edges = store.query("MATCH (s)-[r]->(o) RETURN s.id AS s, type(r) AS t, o.id AS o, "
                        "properties(r) AS props")
    for row in nodes:
        if row["props"].get("aliases") == []:
            del row["props"]["aliases"]
    return (sorted(nodes, key=lambda row: row["props"]["id"]),
            sorted(edges, key=lambda row: row["props"]["id"]))


@pytest.mark.neo4j
@pytest.mark.slow
def test_neo4j_admin_import_loads_what_add_writes(nx_store, neo4j_store, tmp_path):
    files = tmp_path / "import"
    export(nx_store, files, to="neo4j-admin")
    server = Server(tmp_path / "server")
    try:
        uri = server.imported(files)
        with open_store(uri, user="neo4j", password=server.password) as store:
            assert snapshot(store) == snapshot(nx_store)
            assert properties(store) == properties(neo4j_store)
            # kg can go on adding to an imported database: nothing in it is new.
            assert store.add(RELATIONS, documents=DOCUMENTS) == {
                "documents": 0, "actors": 0, "relations": 0}
    finally:
        server.remove()
