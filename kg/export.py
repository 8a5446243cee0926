"""Write a store's graph for other tools: GraphML/GEXF, neo4j-admin CSV, an event table.

``export(store, path, to=FORMAT)`` writes and returns the files:

* ``graphml`` / ``gexf``: the graph of :func:`kg.analyze.to_networkx` (actors and quantities
  as nodes, one edge per relation, keyed by id) with only strings, numbers and booleans as
  attributes: None is left out, aliases are joined with ``|``. Every node has a ``label``
  (the actor's name, the quantity's readable value) and every edge a ``label`` (its
  predicate), which is what Gephi and yEd show.
* ``neo4j-admin``: a folder of CSV files for ``neo4j-admin database import full`` (typed
  headers, one file per node label, one relationships file with a ``:TYPE`` column) and
  ``import.sh`` with the command; :func:`import_command` returns it. The imported database
  holds what ``store.add`` would have written: the same nodes, relationships and properties.
* ``events``: a tab-separated event table in the shape of GDELT/ICEWS event records, one row
  per event (a relation with a PLOVER category); relations that are not events (roles,
  membership, and the quantities of TARGET/PLEDGE/CALL_FOR/SPEND) are left out, since an
  event table's target is an actor. Negated and not-yet-happened events are kept, with
  their ``negated`` and ``modality`` columns, so that a consumer chooses.

>>> import pathlib, tempfile
>>> from kg.store import open_store
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with open_store(folder / "g.json") as store:
...     [path.name for path in export(store, folder / "graph.graphml", to="graphml")]
['graph.graphml']
"""

from __future__ import annotations

import os
import shlex
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from kg.analyze import to_networkx
from kg.codes import ACTOR_CODE_FIELDS, actor_codes
from kg.errors import KGError
from kg.corroboration import event_of, group_events, outlet_of
from kg.model import Document, Location, Mention, Relation, content_hash
from kg.ontology import CAMEO, QUADS, quad_class
from kg.store.rows import (
    ACTOR,
    DOCUMENT,
    QUANTITY,
    actor_props,
    document_props,
    quantity_props,
    relation_props,
)

__all__ = ["EVENT_COLUMNS", "FORMATS", "event_rows", "export", "flat_graph", "import_arguments",
           "import_command"]

FORMATS = ("graphml", "gexf", "neo4j-admin", "events", "gdelt", "icews")

# The event table's columns, after GDELT/ICEWS (source acts on target), plus kg's own
# provenance and certainty columns.
EVENT_COLUMNS = (
    "event_date", "source_name", "source_id", "source_country", "source_sector",
    "source_cameo", "source_cow", "source_wikidata", "target_name", "target_id",
    "target_country", "target_sector", "target_cameo", "target_cow", "target_wikidata",
    "predicate", "category",
    "cameo", "quad_class", "goldstein", "negated", "modality", "confidence", "document_id",
    "title", "url", "sentence", "relation_id",
)

# GDELT 2.0's event table columns kg can fill, by GDELT's own names and in its order (the
# full table has 61; the others, such as Actor1KnownGroupCode or the Actor1Geo_* columns, kg
# does not know). See the README for what each holds.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
)

# ICEWS's event table columns (the Dataverse "events" files), one row per report.
ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
    "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
    "Province", "Country", "Latitude", "Longitude",
)

# GDELT numbers the quad classes 1-4 in the order quad_classes.tsv lists them: verbal and
# material cooperation, verbal and material conflict.
QUAD_NUMBERS = {name: number for number, name in enumerate(QUADS, start=1)}

# Joins list-valued properties (aliases) in GraphML/GEXF, which hold no lists.
LIST_SEPARATOR = "|"

# Properties that are always floats: GraphML and GEXF declare one type per attribute, so an
# integral value must not make a second, integer-typed one.
FLOAT_PROPERTIES = frozenset({"goldstein", "confidence", "value"})

# neo4j-admin reads arrays split on this character: one no alias contains.
ARRAY_DELIMITER = "\x1f"

# Property types neo4j-admin must be told; everything else is a string. "double", never
# "float": neo4j-admin's float is 32 bits and would turn 8.3 into 8.300000190734863.
NODE_TYPES = {"aliases": "string[]", "value": "double", "cow_code": "long"}
RELATION_TYPES = {
    "goldstein": "double", "confidence": "double", "negated": "boolean",
    "sentence_start": "long", "sentence_end": "long", "subject_start": "long",
    "subject_end": "long", "object_start": "long", "object_end": "long",
    "killed": "double", "wounded": "double", "location_geonames_id": "long",
    "location_latitude": "double", "location_longitude": "double", "location_start": "long",
    "location_end": "long",
}

# Files of the neo4j-admin export, and the columns of each (in order).
ACTOR_COLUMNS = ("id", "name", "type", "country", "sector", "aliases", *ACTOR_CODE_FIELDS)
QUANTITY_COLUMNS = ("id", "value", "unit", "text", "comparator", "counts", "label")
# Every property a store writes on a document, its text included, so that a graph imported
# with neo4j-admin can be rebuilt and followed like one loaded online.
DOCUMENT_COLUMNS = ("id", "date", "title", "url", "source", "outlet", "updated", "extractor",
                    "copy_of", "content_hash", "text")
RELATION_COLUMNS = (
    "id", "doc", "doc_date", "doc_title", "doc_url", "predicate", "category", "cameo",
    "goldstein", "quad_class", "date", "date_text", "date_granularity", "negated", "modality",
    "attributed_to", "attributed_name", "sentence", "sentence_start", "sentence_end",
    "confidence", "rule", "subject_text", "subject_start", "subject_end", "object_text",
    "object_start", "object_end", "killed", "killed_comparator", "wounded",
    "wounded_comparator",
    # Where the event happened, flattened as kg.store.rows.relation_props writes it.
    *(f"location_{field.name}" for field in fields(Location)),
)


def export(store, path: str | os.PathLike[str], *, to: str) -> list[Path]:
    """Write ``store``'s graph to ``path`` in format ``to``; return the files written.

    ``path`` is the file for ``graphml``, ``gexf`` and ``events``, and the folder (created
    if missing) for ``neo4j-admin``. Existing files are overwritten.
    """
    if to not in FORMATS:
        raise KGError(f"export format {to!r} not understood; use one of {', '.join(FORMATS)}")
    target = Path(path)
    if to == "neo4j-admin":
        return _write_neo4j_admin(store, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if to == "events":
        _write_events(store.relations(), target)
    elif to == "gdelt":
        _write_table(gdelt_rows(store.relations(), store.documents()), GDELT_COLUMNS, target)
    elif to == "icews":
        _write_table(icews_rows(store.relations(), store.documents()), ICEWS_COLUMNS, target)
    elif to == "graphml":
        nx.write_graphml(flat_graph(to_networkx(store)), target, encoding="utf-8")
    else:
        nx.write_gexf(flat_graph(to_networkx(store)), target, encoding="utf-8")
    return [target]


# -- GraphML / GEXF ------------------------------------------------------------------------------


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose attributes are all strings, numbers or booleans.

    None is dropped, lists are joined with ``|``; edges gain ``label`` = their predicate.
    """
    flat = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **_flat(attrs))
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **_flat({**attrs, "label": attrs["predicate"]}))
    return flat


def _flat(attrs: Mapping[str, Any]) -> dict[str, Any]:
    flat = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            value = LIST_SEPARATOR.join(str(item) for item in value)
        elif name in FLOAT_PROPERTIES and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, (str, bool, int, float)):
            value = str(value)
        flat[name] = value
    return flat


# -- neo4j-admin ---------------------------------------------------------------------------------


def _write_neo4j_admin(store, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    actors: dict[str, dict[str, Any]] = {actor.id: actor_props(actor) for actor in store.actors()}
    quantities: dict[str, dict[str, Any]] = {}
    relations: list[dict[str, Any]] = []
    for relation in store.relations():
        if isinstance(relation.object, Mention):
            actors.setdefault(relation.object.id, actor_props(relation.object.actor))
        else:
            quantities.setdefault(relation.object.id, quantity_props(relation.object))
        actors.setdefault(relation.subject.id, actor_props(relation.subject.actor))
        relations.append({**relation_props(relation), ":START_ID": relation.subject.id,
                          ":END_ID": relation.object.id, ":TYPE": relation.predicate})
    hashes = {row["id"]: row["h"] for row in store.query(
        "MATCH (d:Document) RETURN d.id AS id, d.content_hash AS h")}
    documents = []
    for document in store.documents(with_text=True):
        props = {key: value for key, value in document_props(document, with_text=True).items()
                 if key != "content_hash"}
        documents.append({**props, "content_hash": hashes.get(document.id)})
    numbers = _number_nodes(actors, quantities)
    files = {
        "actors.csv": _node_rows(ACTOR, ACTOR_COLUMNS, actors.values(), numbers=numbers,
                                 id_space=None),
        "quantities.csv": _node_rows(QUANTITY, QUANTITY_COLUMNS, quantities.values(),
                                     numbers=numbers, id_space=None),
        "documents.csv": _node_rows(DOCUMENT, DOCUMENT_COLUMNS, documents,
                                    numbers=_number_nodes(row["id"] for row in documents),
                                    id_space=DOCUMENT),
        "relations.csv": _relation_rows(sorted(relations, key=lambda row: row["id"]),
                                        numbers=numbers),
    }
    written = []
    for name, (header, lines) in files.items():
        path = folder / name
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(_csv_line(header) + "\n")
            for line in lines:
                handle.write(_csv_line(line) + "\n")
        written.append(path)
    script = folder / "import.sh"
    script.write_text("#!/bin/sh\n# Import into a stopped Neo4j 5 server (replaces the database).\n"
                      + import_command(folder) + "\n", encoding="utf-8")
    written.append(script)
    return written


def import_command(folder: str | os.PathLike[str], *, database: str = "neo4j",
                   admin: str = "neo4j-admin") -> str:
    """The ``neo4j-admin database import full`` command that loads an exported ``folder``.

    The server must be stopped; ``--overwrite-destination`` replaces ``database``. Aliases
    are written as arrays split on U+001F (unit separator), which no name contains. Nodes
    are joined to relationships by the number in their ``:ID`` column (``--id-type=integer``);
    kg's id is their ``id`` property, as in a store.

    >>> print(import_command("out"))  # doctest: +NORMALIZE_WHITESPACE
    neo4j-admin database import full neo4j --overwrite-destination --id-type=integer
      --multiline-fields=true --array-delimiter=U+001F --nodes=out/actors.csv --nodes=out/quantities.csv
      --nodes=out/documents.csv --relationships=out/relations.csv
    """
    return " ".join(shlex.quote(part) for part in [admin, *import_arguments(folder,
                                                                          database=database)])


def import_arguments(folder: str | os.PathLike[str], *, database: str = "neo4j") -> list[str]:
    """The arguments of :func:`import_command` after ``neo4j-admin``, unquoted."""
    # The database goes before the options: --nodes and --relationships take several
    # values, so a name after them would be read as one more file.
    folder = Path(folder)
    parts = ["database", "import", "full", database, "--overwrite-destination",
             "--id-type=integer", "--multiline-fields=true",
             f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}"]
    parts += [f"--nodes={folder / name}" for name in
              ("actors.csv", "quantities.csv", "documents.csv")]
    parts.append(f"--relationships={folder / 'relations.csv'}")
    return parts


def _typed(column: str, types: Mapping[str, str]) -> str:
    return f"{column}:{types[column]}" if column in types else column


def _node_rows(label: str, columns: tuple[str, ...], rows: Iterable[Mapping[str, Any]], *,
               numbers: Mapping[str, int], id_space: str | None,
               ) -> tuple[list[str], Iterable[list[Any]]]:
    # The importer joins relationships to nodes by the :ID column, which is a number (see
    # _number_nodes); kg's own id is an ordinary property beside it. Actors and quantities
    # share the global id space (relationships end at either); documents get their own,
    # since no relationship refers to one.
    header = [f":ID({id_space})" if id_space else ":ID", "id", ":LABEL"]
    header += [_typed(column, NODE_TYPES) for column in columns[1:]]
    lines = ([numbers[row["id"]], row["id"], label, *(row.get(column) for column in columns[1:])]
             for row in sorted(rows, key=lambda row: row["id"]))
    return header, lines


def _number_nodes(*groups: Iterable[str]) -> dict[str, int]:
    """Consecutive numbers for the ids of ``groups``, in sorted order within each group.

    neo4j-admin reads string ids into a map it must build, sort and search for both ends of
    every relationship; numbers (``--id-type=integer``) it uses as they are, which took a
    tenth off a million-relationship import here.

    >>> _number_nodes(["state:usa", "igo:nato"], ["quantity:q1"])
    {'igo:nato': 0, 'state:usa': 1, 'quantity:q1': 2}
    """
    numbers: dict[str, int] = {}
    for ids in groups:
        for node_id in sorted(ids):
            numbers.setdefault(node_id, len(numbers))
    return numbers


def _relation_rows(rows: list[dict[str, Any]], *,
                   numbers: Mapping[str, int]) -> tuple[list[str], Iterable[list[Any]]]:
    props = [column for column in RELATION_COLUMNS if column != "predicate"]
    header = [":START_ID", ":END_ID", ":TYPE", "predicate"]
    header += [_typed(column, RELATION_TYPES) for column in props]
    lines = ([numbers[row[":START_ID"]], numbers[row[":END_ID"]], row[":TYPE"],
              row.get("predicate"), *(row.get(column) for column in props)] for row in rows)
    return header, lines


def _csv_line(values: Iterable[Any]) -> str:
    """One CSV line as neo4j-admin reads it: a missing value is an empty field (no property),
    a string is always quoted (so "" stays an empty string), quotes doubled."""
    return ",".join(_csv_field(value) for value in values)


def _csv_field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        value = ARRAY_DELIMITER.join(str(item) for item in value)
    return '"' + str(value).replace('"', '""') + '"'


# -- event table ---------------------------------------------------------------------------------


def event_rows(relations: Iterable[Relation]) -> list[dict[str, Any]]:
    """The event table's rows: events only, by date (undated last), source, target, id."""
    rows = []
    for relation in relations:
        if relation.category is None or not isinstance(relation.object, Mention):
            continue
        source, target = relation.subject.actor, relation.object.actor
        day = relation.date or relation.doc_date
        source_codes, target_codes = actor_codes(source), actor_codes(target)
        rows.append({
            "event_date": day.isoformat() if day else None, "source_name": source.name,
            "source_id": source.id, "source_country": source.country,
            "source_sector": source.sector, "source_cameo": source_codes.get("cameo_code"),
            "source_cow": source_codes.get("cow_code"),
            "source_wikidata": source_codes.get("wikidata"), "target_name": target.name,
            "target_id": target.id, "target_country": target.country,
            "target_sector": target.sector, "target_cameo": target_codes.get("cameo_code"),
            "target_cow": target_codes.get("cow_code"),
            "target_wikidata": target_codes.get("wikidata"),
            "predicate": relation.predicate, "category": relation.category,
            "cameo": relation.cameo, "quad_class": quad_class(relation.category),
            "goldstein": relation.goldstein, "negated": relation.negated,
            "modality": relation.modality, "confidence": relation.confidence,
            "document_id": relation.doc, "title": relation.doc_title, "url": relation.doc_url,
            "sentence": relation.sentence, "relation_id": relation.id})
    rows.sort(key=lambda row: (row["event_date"] is None, row["event_date"] or "",
                               row["source_name"], row["target_name"], row["relation_id"]))
    return rows


def _write_events(relations: Iterable[Relation], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(EVENT_COLUMNS) + "\n")
        for row in event_rows(relations):
            handle.write("\t".join(_tsv_field(row[column]) for column in EVENT_COLUMNS) + "\n")


def _tsv_field(value: Any) -> str:
    # TSV has no quoting: tabs and line breaks inside a sentence become spaces.
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())


# -- GDELT and ICEWS -----------------------------------------------------------------------------


def gdelt_rows(relations: Iterable[Relation], documents: Iterable[Document] = ()
               ) -> list[dict[str, Any]]:
    """One GDELT 2.0 event row per event (:func:`kg.corroboration.group_events`), by date.

    The event's CAMEO code is the one most of its reports give (ties: the lower code);
    SOURCEURL the URL of its earliest report, as GDELT keeps the first it saw.
    """
    relations = list(relations)
    documents = list(documents)
    by_id = {relation.id: relation for relation in relations}
    urls = {document.id: document.url for document in documents}
    rows = []
    for event in group_events(relations, documents):
        reports = [by_id[relation_id] for relation_id in event.evidence]
        codes = Counter(r.cameo for r in reports if r.cameo)
        code = min(codes, key=lambda c: (-codes[c], c)) if codes else None
        first = min(reports, key=lambda r: (r.doc_date or date.max, r.id))
        subject, target = actor_codes(event.subject), actor_codes(event.object)
        day = event.date
        rows.append({
            "GLOBALEVENTID": int(content_hash(event.id, length=15), 16),
            "SQLDATE": day.strftime("%Y%m%d") if day else None,
            "Actor1Code": subject.get("cameo_code"), "Actor1Name": event.subject.name,
            "Actor1CountryCode": event.subject.country,
            "Actor1Type1Code": event.subject.sector,
            "Actor2Code": target.get("cameo_code"), "Actor2Name": event.object.name,
            "Actor2CountryCode": event.object.country, "Actor2Type1Code": event.object.sector,
            "IsRootEvent": 1, "EventCode": code,
            "EventBaseCode": code[:3] if code else None,
            "EventRootCode": code[:2] if code else None,
            "QuadClass": QUAD_NUMBERS.get(quad_class(event.category) or ""),
            "GoldsteinScale": CAMEO[code].goldstein if code in CAMEO else None,
            "NumMentions": event.num_mentions, "NumSources": event.num_sources,
            "NumArticles": event.num_articles,
            **_gdelt_geo(reports),
            "DATEADDED": event.first_seen.strftime("%Y%m%d") if event.first_seen else None,
            "SOURCEURL": first.doc_url or urls.get(first.doc),
        })
    rows.sort(key=lambda row: (row["SQLDATE"] is None, row["SQLDATE"] or "",
                               row["GLOBALEVENTID"]))
    return rows


def _gdelt_geo(reports: list[Relation]) -> dict[str, Any]:
    """ActionGeo_* columns from the location of the event's earliest located report."""
    located = [r for r in reports if r.location is not None]
    if not located:
        return dict.fromkeys(("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                              "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID"))
    place = min(located, key=lambda r: (r.doc_date or date.max, r.id)).location
    in_usa = place.country == "USA"
    kind = {"country": 1, "region": 2 if in_usa else 5}.get(place.feature, 3 if in_usa else 4)
    return {"ActionGeo_Type": kind,
            "ActionGeo_FullName": ", ".join(filter(None, (place.name, place.country))),
            "ActionGeo_CountryCode": place.country, "ActionGeo_Lat": place.latitude,
            "ActionGeo_Long": place.longitude, "ActionGeo_FeatureID": place.geonames_id}


def icews_rows(relations: Iterable[Relation], documents: Iterable[Document] = ()
               ) -> list[dict[str, Any]]:
    """One ICEWS row per report of an event (ICEWS codes each story's sentences), by date.

    ``Event ID`` is kg's event id, so a report's row joins its GDELT row; ``Story ID`` the
    document id, ``Sentence Number`` the sentence's character offset in it.
    """
    relations = list(relations)
    documents = {document.id: document for document in documents}
    events = event_of(relations)
    rows = []
    for relation in relations:
        if relation.id not in events:
            continue
        source, target = relation.subject.actor, relation.object.actor  # type: ignore[union-attr]
        day = relation.date or relation.doc_date
        document = documents.get(relation.doc)
        rows.append({
            "Event ID": events[relation.id], "Event Date": day.isoformat() if day else None,
            "Source Name": source.name, "Source Sectors": source.sector,
            "Source Country": source.country,
            "Event Text": CAMEO[relation.cameo].name if relation.cameo in CAMEO else None,
            "CAMEO Code": relation.cameo, "Intensity": relation.goldstein,
            "Target Name": target.name, "Target Sectors": target.sector,
            "Target Country": target.country, "Story ID": relation.doc,
            "Sentence Number": relation.sentence_start,
            "Publisher": outlet_of(document) if document else relation.doc,
            **_icews_geo(relation),
        })
    rows.sort(key=lambda row: (row["Event Date"] is None, row["Event Date"] or "",
                               row["Event ID"], row["Story ID"], row["Sentence Number"]))
    return rows


def _icews_geo(relation: Relation) -> dict[str, Any]:
    place = relation.location
    if place is None:
        return dict.fromkeys(("City", "District", "Province", "Country", "Latitude",
                              "Longitude"))
    return {"City": place.name if place.feature == "city" else None, "District": None,
            "Province": place.name if place.feature == "region" else None,
            "Country": place.country, "Latitude": place.latitude, "Longitude": place.longitude}


def _write_table(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(columns) + "\n")
        for row in rows:
            handle.write("\t".join(_tsv_field(row[column]) for column in columns) + "\n")
