"""Checks for kg's actor gazetteer data (kg/data/states.tsv, igos.tsv, groups.tsv, institutions.tsv,
offices.tsv, sectors.tsv): every file parses, codes are valid and cross-referenced, and no surface form
names two different actors unless it is listed, with a reason, in ALLOWED_AMBIGUOUS.

Only the standard library and pytest; the files are read straight from the checkout.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"

COLUMNS = {
    "states.tsv": ("iso3", "name", "aliases", "demonyms", "capitals", "wikidata", "descriptions"),
    "igos.tsv": ("key", "name", "aliases", "descriptions", "members", "cameo", "cameo_entry",
                 "wikidata"),
    "groups.tsv": ("name", "type", "country", "sector", "aliases"),
    "institutions.tsv": ("name", "aliases", "country", "sector"),
    "offices.tsv": ("office", "predicate", "sector", "aliases"),
    "sectors.tsv": ("noun", "sector", "why"),
}
REQUIRED = {
    "states.tsv": ("iso3", "name"),
    "igos.tsv": ("key", "name"),
    "groups.tsv": ("name", "type"),
    "institutions.tsv": ("name", "country", "sector"),
    "offices.tsv": ("office", "predicate", "sector", "aliases"),
    "sectors.tsv": ("noun", "sector", "why"),
}
MULTI_VALUED = {
    "states.tsv": ("aliases", "demonyms", "capitals", "descriptions"),
    "igos.tsv": ("aliases", "descriptions", "members"),
    "groups.tsv": ("aliases",),
    "institutions.tsv": ("aliases",),
    "offices.tsv": ("aliases",),
    "sectors.tsv": (),
}
# Columns whose values are names matched in text (descriptions such as "the bloc" are not names).
SURFACE_COLUMNS = {
    "states.tsv": ("name", "aliases", "demonyms", "capitals"),
    "igos.tsv": ("name", "aliases"),
    "groups.tsv": ("name", "aliases"),
    "institutions.tsv": ("name", "aliases"),
}
ACTOR_FILES = tuple(SURFACE_COLUMNS)

SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "REB", "OPP", "CVL", "LAB", "BUS", "MED",
           "NGO", "REL", "CRM", "UAF"}
GROUP_TYPES = {"PARTY", "ARMED_GROUP", "ORG"}

# The 193 UN member states.
UN_MEMBERS = frozenset("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM
ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN
ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX
MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON
TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
# Observers, partly recognised states and dissolved states that kg also lists.
EXTRA_STATES = frozenset({"PSE", "XKX", "TWN", "VAT", "SUN", "YUG", "DDR", "CSK", "HKG"})

# Surface forms allowed to name more than one actor, each with the reason. Keep this small: every
# entry is a place where the loader has to disambiguate from context. (All other known clashes
# were resolved in the data, e.g. "Congo" and "Congolese" -> DR Congo only, "RSF" -> Rapid Support
# Forces only, "Moscow" -> Russia only, "Kremlin" -> institutions only.)
ALLOWED_AMBIGUOUS: dict[str, str] = {
    "brussels": "Belgium's capital and the EU's seat: the EU, unless the text named Belgium "
                "before it and the EU not (kg.extract.actors._seats)",
}


class Table:
    def __init__(self, name: str):
        self.name = name
        self.path = DATA / name
        self.header: tuple[str, ...] = ()
        self.rows: list[tuple[int, dict[str, str]]] = []  # (line number, row)
        self.comment_before_first_row = False
        self.problems: list[str] = []
        self._parse()

    def _parse(self) -> None:
        raw = self.path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            self.problems.append(f"not UTF-8: {error}")
            return
        if "\r" in text:
            self.problems.append("has carriage returns (use LF line ends)")
        if text.startswith("\ufeff"):
            self.problems.append("starts with a byte-order mark")
        if not text.endswith("\n"):
            self.problems.append("does not end with a newline")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        previous_was_comment = False
        for number, line in enumerate(lines, start=1):
            if line.startswith("#"):
                previous_was_comment = True
                continue
            if not line.strip():
                self.problems.append(f"line {number}: empty line")
                continue
            if '"' in line:
                # kg reads cells as written; a spreadsheet or csv tool would take it for quoting.
                self.problems.append(f"line {number}: double quote outside a comment")
            cells = line.split("\t")
            if not self.header:
                self.header = tuple(cells)
                previous_was_comment = False
                continue
            if not self.rows:
                self.comment_before_first_row = previous_was_comment
            previous_was_comment = False
            if len(cells) != len(self.header):
                self.problems.append(
                    f"line {number}: {len(cells)} columns, expected {len(self.header)}: {line!r}")
                continue
            self.rows.append((number, dict(zip(self.header, cells))))

    def values(self, row: dict[str, str], column: str) -> list[str]:
        cell = row[column]
        if column in MULTI_VALUED[self.name]:
            return cell.split("|") if cell else []
        return [cell] if cell else []


@pytest.fixture(scope="module")
def tables() -> dict[str, Table]:
    return {name: Table(name) for name in COLUMNS}


def _key(form: str) -> str:
    """How surface forms are compared: case-insensitively and without a leading 'the '."""
    folded = form.casefold().strip()
    return folded[4:] if folded.startswith("the ") else folded


def _actor_id(file: str, row: dict[str, str]) -> str:
    if file == "states.tsv":
        return "state:" + row["iso3"]
    if file == "igos.tsv":
        return "igo:" + row["key"]
    if file == "groups.tsv":
        return f"{row['type'].lower()}:{row['name']}"
    return "institution:" + row["name"]


@pytest.mark.parametrize("name", list(COLUMNS))
def test_file_parses(tables, name):
    table = tables[name]
    assert not table.problems, "\n".join(table.problems)
    assert table.header == COLUMNS[name], f"header is {table.header}"
    assert table.rows, "no data rows"
    assert table.comment_before_first_row, "the first group of rows needs a # comment saying why"


@pytest.mark.parametrize("name", list(COLUMNS))
def test_cells_are_clean(tables, name):
    table = tables[name]
    problems = []
    for number, row in table.rows:
        for column in REQUIRED[name]:
            if not row[column].strip():
                problems.append(f"line {number}: empty required column {column}")
        for column in COLUMNS[name]:
            cell = row[column]
            if cell != cell.strip():
                problems.append(f"line {number}: {column} has surrounding whitespace")
            if column in MULTI_VALUED[name] and cell:
                items = cell.split("|")
                if any(not item.strip() or item != item.strip() for item in items):
                    problems.append(f"line {number}: {column} has an empty or padded item: {cell!r}")
                if len(set(items)) != len(items):
                    problems.append(f"line {number}: {column} repeats an item: {cell!r}")
    assert not problems, "\n".join(problems)


def test_states_codes(tables):
    rows = [row for _, row in tables["states.tsv"].rows]
    codes = [row["iso3"] for row in rows]
    bad = [code for code in codes if not re.fullmatch(r"[A-Z]{3}", code)]
    assert not bad, f"not three upper-case letters: {bad}"
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    assert not duplicates, f"duplicate iso3: {duplicates}"
    names = [_key(row["name"]) for row in rows]
    assert len(set(names)) == len(names), "duplicate state name"


@pytest.mark.parametrize(("file", "least"), [("states.tsv", 190), ("igos.tsv", 50)])
def test_wikidata_qids_are_wellformed_and_distinct(tables, file, least):
    qids = [row["wikidata"] for _, row in tables[file].rows if row["wikidata"]]
    assert len(qids) >= least, f"the fill left most of {file} without a QID"
    bad = [qid for qid in qids if not re.fullmatch(r"Q[1-9][0-9]*", qid)]
    assert not bad, f"not a Wikidata item id: {bad}"
    duplicates = sorted({qid for qid in qids if qids.count(qid) > 1})
    assert not duplicates, f"one QID for two rows of {file}: {duplicates}"


def test_no_qid_names_both_a_state_and_an_organisation(tables):
    states = {row["wikidata"] for _, row in tables["states.tsv"].rows if row["wikidata"]}
    shared = sorted(states & {row["wikidata"] for _, row in tables["igos.tsv"].rows})
    assert not shared, f"one QID for a state and an organisation: {shared}"


# The QIDs of the organisations every Wikidata-linked dataset names first.
KNOWN_IGO_QIDS = {"UN": "Q1065", "NATO": "Q7184", "EU": "Q458"}


def test_well_known_igos_have_their_wikidata_qids(tables):
    qids = {row["key"]: row["wikidata"] for _, row in tables["igos.tsv"].rows}
    assert {key: qids[key] for key in KNOWN_IGO_QIDS} == KNOWN_IGO_QIDS


# The CAMEO codes of the organisations the issue and every CAMEO-coded dataset name first.
KNOWN_IGO_CODES = {"NATO": "IGOWSTNAT", "EU": "IGOEUREEC", "UN": "IGOUNO"}


def test_igo_cameo_codes_are_full_codes_with_their_dictionary_entry(tables):
    problems = []
    for number, row in tables["igos.tsv"].rows:
        code, entry = row["cameo"], row["cameo_entry"]
        if bool(code) != bool(entry):
            problems.append(f"line {number}: cameo and cameo_entry go together: {code!r} {entry!r}")
        if code and not re.fullmatch(r"IGO[A-Z]{3,}", code):
            problems.append(f"line {number}: {code!r} is not IGO + region/organisation letters")
        if entry and not re.fullmatch(r"[A-Z][A-Z0-9_',.()-]*_", entry):
            problems.append(f"line {number}: {entry!r} is not a dictionary entry (UPPER_CASE_)")
    assert not problems, "\n".join(problems)


def test_well_known_igos_have_their_cameo_codes(tables):
    codes = {row["key"]: row["cameo"] for _, row in tables["igos.tsv"].rows}
    assert {key: codes[key] for key in KNOWN_IGO_CODES} == KNOWN_IGO_CODES


def test_organs_share_their_organisations_code(tables):
    # The dictionary codes the UN's organs as the UN and the EU's institutions as the EU.
    codes = {row["key"]: row["cameo"] for _, row in tables["igos.tsv"].rows}
    assert {codes["UNSC"], codes["UNGA"], codes["UN Secretariat"]} == {codes["UN"]}
    assert {codes["European Commission"], codes["European Parliament"]} == {codes["EU"]}


def test_all_un_members_and_extras_present(tables):
    assert len(UN_MEMBERS) == 193
    codes = {row["iso3"] for _, row in tables["states.tsv"].rows}
    assert not UN_MEMBERS - codes, f"missing UN members: {sorted(UN_MEMBERS - codes)}"
    assert not EXTRA_STATES - codes, f"missing extra states: {sorted(EXTRA_STATES - codes)}"
    unexpected = codes - UN_MEMBERS - EXTRA_STATES
    assert not unexpected, f"states neither UN members nor listed extras: {sorted(unexpected)}"
    assert len(codes) >= 193 + len(EXTRA_STATES)


def test_country_and_member_codes_exist(tables):
    codes = {row["iso3"] for _, row in tables["states.tsv"].rows}
    problems = []
    for name in ("groups.tsv", "institutions.tsv"):
        for number, row in tables[name].rows:
            if row["country"] and row["country"] not in codes:
                problems.append(f"{name} line {number}: unknown country {row['country']}")
    for number, row in tables["igos.tsv"].rows:
        for code in tables["igos.tsv"].values(row, "members"):
            if code not in codes:
                problems.append(f"igos.tsv line {number}: unknown member {code}")
    assert not problems, "\n".join(problems)


def test_igos(tables):
    table = tables["igos.tsv"]
    keys = [row["key"] for _, row in table.rows]
    assert len(set(keys)) == len(keys), "duplicate IGO key"
    problems = []
    for number, row in table.rows:
        forms = {row["name"], *table.values(row, "aliases")}
        if row["key"] not in forms:
            problems.append(f"line {number}: key {row['key']!r} is neither the name nor an alias")
    assert not problems, "\n".join(problems)


def test_groups(tables):
    table = tables["groups.tsv"]
    problems = []
    names = [row["name"] for _, row in table.rows]
    if len(set(names)) != len(names):
        problems.append("duplicate group name")
    for number, row in table.rows:
        if row["type"] not in GROUP_TYPES:
            problems.append(f"line {number}: type {row['type']!r} not in {sorted(GROUP_TYPES)}")
        if row["sector"] and row["sector"] not in SECTORS:
            problems.append(f"line {number}: unknown sector {row['sector']!r}")
        if row["type"] != "PARTY" and not row["sector"]:
            problems.append(f"line {number}: {row['type']} needs a sector")
    assert not problems, "\n".join(problems)


def test_institutions(tables):
    table = tables["institutions.tsv"]
    names = [row["name"] for _, row in table.rows]
    assert len(set(names)) == len(names), "duplicate institution name"
    bad = [(n, row["sector"]) for n, row in table.rows if row["sector"] not in SECTORS]
    assert not bad, f"unknown sectors: {bad}"


def test_offices(tables):
    predicates = set()
    for line in (DATA / "predicates.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            predicates.add(line.split("\t")[0])
    assert {"LEADER_OF", "MINISTER_OF", "OFFICIAL_OF", "SECRETARY_GENERAL_OF"} <= predicates
    table = tables["offices.tsv"]
    problems = []
    owner: dict[str, str] = {}
    offices = [row["office"] for _, row in table.rows]
    if len(set(offices)) != len(offices):
        problems.append("duplicate office")
    for number, row in table.rows:
        if row["predicate"] not in predicates:
            problems.append(f"line {number}: predicate {row['predicate']!r} not in predicates.tsv")
        if row["sector"] != "-" and row["sector"] not in SECTORS:
            problems.append(f"line {number}: unknown sector {row['sector']!r}")
        for alias in table.values(row, "aliases"):
            other = owner.setdefault(_key(alias), row["office"])
            if other != row["office"]:
                problems.append(f"line {number}: alias {alias!r} also belongs to office {other!r}")
    assert not problems, "\n".join(problems)


def test_sectors(tables):
    table = tables["sectors.tsv"]
    problems = []
    seen: dict[str, int] = {}
    for number, row in table.rows:
        if row["sector"] not in SECTORS:
            problems.append(f"line {number}: unknown sector {row['sector']!r}")
        if "|" in row["noun"]:
            problems.append(f"line {number}: one noun per row, found {row['noun']!r}")
        key = _key(row["noun"])
        if key in seen:
            problems.append(f"line {number}: noun {row['noun']!r} repeats line {seen[key]}")
        seen[key] = number
    assert not problems, "\n".join(problems)


def _surface_index(tables) -> dict[str, dict[str, list[str]]]:
    """normalised surface form -> actor id -> where it was found."""
    index: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for name in ACTOR_FILES:
        table = tables[name]
        for number, row in table.rows:
            actor = _actor_id(name, row)
            for column in SURFACE_COLUMNS[name]:
                for form in table.values(row, column):
                    index[_key(form)][actor].append(f"{name}:{number} {column} {form!r}")
    return index


def test_no_surface_form_names_two_actors(tables):
    index = _surface_index(tables)
    clashes = []
    for form, actors in sorted(index.items()):
        if len(actors) > 1 and form not in ALLOWED_AMBIGUOUS:
            places = "; ".join(place for places in actors.values() for place in places)
            clashes.append(f"{form!r} -> {sorted(actors)} ({places})")
    assert not clashes, "surface forms naming two actors:\n" + "\n".join(clashes)


def test_allowed_ambiguous_is_current(tables):
    index = _surface_index(tables)
    stale = [form for form in ALLOWED_AMBIGUOUS if len(index.get(form, {})) < 2]
    assert not stale, f"ALLOWED_AMBIGUOUS entries that are no longer ambiguous: {stale}"
    assert all(reason.strip() for reason in ALLOWED_AMBIGUOUS.values())
