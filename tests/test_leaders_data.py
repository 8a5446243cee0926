"""Checks for kg's leader gazetteer (kg/data/leaders.tsv): the file parses, every code and office is
valid and cross-referenced with states.tsv, igos.tsv and predicates.tsv, years are sane, and no surface
form (name or alias) names two different people or clashes with an actor name in the other gazetteers.

Only the standard library and pytest; the files are read straight from the checkout.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"
LEADERS = DATA / "leaders.tsv"

COLUMNS = ("name", "aliases", "country", "office", "organisation", "start", "end", "title", "wikidata")
# A start or end is a year, or the day of a handover where two holders share the year.
DAY = r"\d{4}(?:-\d{2}-\d{2})?"
OFFICES = {"LEADER_OF", "SECRETARY_GENERAL_OF", "MINISTER_OF", "OFFICIAL_OF"}
FIRST_YEAR, LAST_YEAR = 1900, 2026


def _read_rows(path: Path) -> tuple[tuple[str, ...], list[tuple[int, dict[str, str]]], bool, list[str]]:
    """(header, [(line number, row)], first row has a comment above it, problems)."""
    problems: list[str] = []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return (), [], False, [f"not UTF-8: {error}"]
    if "\r" in text:
        problems.append("has carriage returns (use LF line ends)")
    if text.startswith("\ufeff"):
        problems.append("starts with a byte-order mark")
    if not text.endswith("\n"):
        problems.append("does not end with a newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header: tuple[str, ...] = ()
    rows: list[tuple[int, dict[str, str]]] = []
    comment_before_first_row = False
    previous_was_comment = False
    for number, line in enumerate(lines, start=1):
        if line.startswith("#"):
            previous_was_comment = True
            continue
        if not line.strip():
            problems.append(f"line {number}: empty line")
            continue
        if '"' in line:
            # kg reads cells as written; a spreadsheet or csv tool would take it for quoting.
            problems.append(f"line {number}: double quote outside a comment")
        cells = line.split("\t")
        if not header:
            header = tuple(cells)
            previous_was_comment = False
            continue
        if not rows:
            comment_before_first_row = previous_was_comment
        previous_was_comment = False
        if len(cells) != len(header):
            problems.append(f"line {number}: {len(cells)} columns, expected {len(header)}: {line!r}")
            continue
        rows.append((number, dict(zip(header, cells))))
    return header, rows, comment_before_first_row, problems


def _first_column(name: str) -> set[str]:
    _, rows, _, _ = _read_rows(DATA / name)
    return {row[next(iter(row))] for _, row in rows}


def _key(form: str) -> str:
    """How surface forms are compared: case-insensitively and without a leading 'the '."""
    folded = form.casefold().strip()
    return folded[4:] if folded.startswith("the ") else folded


def _aliases(row: dict[str, str]) -> list[str]:
    return row["aliases"].split("|") if row["aliases"] else []


@pytest.fixture(scope="module")
def leaders():
    return _read_rows(LEADERS)


@pytest.fixture(scope="module")
def rows(leaders):
    return leaders[1]


@pytest.fixture(scope="module")
def states() -> set[str]:
    return _first_column("states.tsv")


@pytest.fixture(scope="module")
def igos() -> set[str]:
    return _first_column("igos.tsv")


def test_file_parses(leaders):
    header, rows, comment_before_first_row, problems = leaders
    assert not problems, "\n".join(problems)
    assert header == COLUMNS, f"header is {header}"
    assert rows, "no data rows"
    assert comment_before_first_row, "the first group of rows needs a # comment saying why"


def test_cells_are_clean(rows):
    problems = []
    for number, row in rows:
        for column in ("name", "country", "office", "organisation", "start"):
            if not row[column].strip():
                problems.append(f"line {number}: empty required column {column}")
        for column in COLUMNS:
            if row[column] != row[column].strip():
                problems.append(f"line {number}: {column} has surrounding whitespace")
        items = _aliases(row)
        if any(not item.strip() or item != item.strip() for item in items):
            problems.append(f"line {number}: aliases has an empty or padded item: {row['aliases']!r}")
        keys = [_key(item) for item in items]
        if len(set(keys)) != len(keys):
            problems.append(f"line {number}: aliases repeat an item (ignoring case): {row['aliases']!r}")
        if _key(row["name"]) in keys:
            problems.append(f"line {number}: an alias repeats the name {row['name']!r}")
    assert not problems, "\n".join(problems)


def test_country_is_a_state(rows, states):
    bad = [f"line {n}: {row['name']} country {row['country']!r}" for n, row in rows
           if row["country"] not in states]
    assert not bad, "countries not in states.tsv:\n" + "\n".join(bad)


def test_organisation_is_a_state_or_igo(rows, states, igos):
    bad = [f"line {n}: {row['name']} organisation {row['organisation']!r}" for n, row in rows
           if row["organisation"] not in states and row["organisation"] not in igos]
    assert not bad, "organisations in neither states.tsv nor igos.tsv:\n" + "\n".join(bad)


def test_office_is_a_role_predicate(rows):
    predicates = set()
    for line in (DATA / "predicates.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            predicates.add(line.split("\t")[0])
    assert OFFICES <= predicates, f"predicates.tsv lacks {sorted(OFFICES - predicates)}"
    bad = [f"line {n}: {row['office']!r}" for n, row in rows if row["office"] not in OFFICES]
    assert not bad, f"office not in {sorted(OFFICES)}:\n" + "\n".join(bad)


def test_years(rows):
    problems = []
    for number, row in rows:
        start, end = row["start"], row["end"]
        if not re.fullmatch(DAY, start):
            problems.append(f"line {number}: start {start!r} is not a year or a YYYY-MM-DD day")
            continue
        if not FIRST_YEAR <= int(start[:4]) <= LAST_YEAR:
            problems.append(f"line {number}: start {start} outside {FIRST_YEAR}-{LAST_YEAR}")
        if end:
            if not re.fullmatch(DAY, end):
                problems.append(f"line {number}: end {end!r} is not a year or a YYYY-MM-DD day")
            elif not start <= end or not int(end[:4]) <= LAST_YEAR:
                problems.append(f"line {number}: end {end} before start {start} or after {LAST_YEAR}")
    assert not problems, "\n".join(problems)


def test_terms_of_one_office_do_not_overlap(rows):
    """Two rows of one person in one office may touch in a year (a term ending in the year the next
    starts) but not overlap; an open row must be that office's last."""
    terms: dict[tuple[str, str, str], list[tuple[int, float, int]]] = defaultdict(list)
    for number, row in rows:
        if re.fullmatch(DAY, row["start"]) and re.fullmatch(f"{DAY}|", row["end"]):
            end = int(row["end"][:4]) if row["end"] else float("inf")
            terms[(row["name"], row["office"], row["organisation"])].append(
                (int(row["start"][:4]), end, number))
    problems = []
    for (name, office, organisation), spans in terms.items():
        spans.sort()
        for (start1, end1, line1), (start2, _end2, line2) in zip(spans, spans[1:]):
            if start2 < end1:
                problems.append(f"{name} {office} {organisation}: lines {line1} and {line2} overlap")
    assert not problems, "\n".join(problems)


def test_titles_are_offices(rows):
    """A title names an office of offices.tsv, so "the US president" finds the rows it names."""
    offices = set()
    for line in (DATA / "offices.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("office\t"):
            offices.add(line.split("\t")[0])
    bad = [f"line {n}: {row['title']!r}" for n, row in rows
           if row["title"] and row["title"] not in offices]
    assert not bad, "title not an office of offices.tsv:\n" + "\n".join(bad)


def test_one_person_per_name(rows):
    """Every row of a name has the same country and aliases (one person, one set of surface forms)."""
    first: dict[str, tuple[int, dict[str, str]]] = {}
    problems = []
    for number, row in rows:
        seen = first.setdefault(row["name"], (number, row))
        if seen[1]["country"] != row["country"]:
            problems.append(f"line {number}: {row['name']} has country {row['country']}, "
                            f"line {seen[0]} has {seen[1]['country']}")
        if seen[1]["aliases"] != row["aliases"]:
            problems.append(f"line {number}: {row['name']} has other aliases than line {seen[0]}")
    assert not problems, "\n".join(problems)


def test_no_surface_form_names_two_people(rows):
    """Names and aliases, compared case-insensitively, each belong to one person."""
    owner: dict[str, set[str]] = defaultdict(set)
    for _, row in rows:
        for form in [row["name"], *_aliases(row)]:
            owner[_key(form)].add(row["name"])
    clashes = [f"{form!r} -> {sorted(names)}" for form, names in sorted(owner.items()) if len(names) > 1]
    assert not clashes, "surface forms naming two people:\n" + "\n".join(clashes)


def test_no_surface_form_is_another_actor(rows):
    """A person's name or alias must not also be a name, alias, demonym or capital in the actor
    gazetteers (e.g. "Montenegro" would be both a Portuguese prime minister and a state)."""
    surface = {
        "states.tsv": ("name", "aliases", "demonyms", "capitals"),
        "igos.tsv": ("name", "aliases"),
        "groups.tsv": ("name", "aliases"),
        "institutions.tsv": ("name", "aliases"),
    }
    actors: dict[str, str] = {}
    for file, columns in surface.items():
        for number, row in _read_rows(DATA / file)[1]:
            for column in columns:
                for form in row[column].split("|") if row[column] else []:
                    actors.setdefault(_key(form), f"{file}:{number} {column} {form!r}")
    clashes = []
    for number, row in rows:
        for form in [row["name"], *_aliases(row)]:
            if _key(form) in actors:
                clashes.append(f"line {number}: {form!r} is also {actors[_key(form)]}")
    assert not clashes, "\n".join(clashes)


def test_bare_surnames_are_not_risky(rows):
    """Single-word aliases that are common words or surnames shared by several office holders in
    news must not be used (they would misattribute mentions)."""
    risky = {"bush", "clinton", "kim", "lee", "singh", "khan", "johnson", "abe", "may", "brown",
             "major", "castro", "assad", "aliyev", "sharif", "bhutto", "abdullah", "hariri", "aoun",
             "kaczynski", "papandreou", "mitsotakis", "aquino", "rajapaksa", "kabila", "shinawatra",
             "rasmussen", "herzog", "kirchner", "fernandez", "fernández", "moon", "park", "li",
             "wang", "xi", "hu", "martin", "michel", "costa", "santos", "fox", "hunt", "straw",
             "cook", "hague", "truss", "wong", "ramos", "salam", "marcos", "duterte", "gandhi",
             "ortega", "fujimori", "karamanlis", "izetbegovic", "sharaa", "kenyatta", "koizumi",
             # shared with relatives or namesakes in office, or ordinary English words
             "pence", "gallant", "solana", "talabani", "allawi", "maliki", "rabbani", "patrushev",
             "landsbergis", "borisov", "dissanayake", "tshisekedi", "zardari", "najib", "anwar",
             "abbas", "moi", "kohl", "kerry", "rice", "gates", "miliband", "montenegro"}
    bad = [f"line {n}: {row['name']} alias {alias!r}" for n, row in rows for alias in _aliases(row)
           if _key(alias) in risky]
    assert not bad, "\n".join(bad)


def test_current_holders_are_few_per_office(rows):
    """At most a handful of open-ended rows per office and organisation: catches a forgotten end year
    (a state can have a head of state and a head of government, plus a monarch or party leader)."""
    current: dict[tuple[str, str], list[str]] = defaultdict(list)
    for _, row in rows:
        if not row["end"]:
            current[(row["office"], row["organisation"])].append(row["name"])
    crowded = {key: names for key, names in current.items()
               if key[0] == "LEADER_OF" and len(names) > 3}
    assert not crowded, f"more than 3 current leaders: {crowded}"


def test_wikidata_qids_are_wellformed(rows):
    bad = [(number, row["wikidata"]) for number, row in rows
           if row["wikidata"] and not re.fullmatch(r"Q[1-9][0-9]*", row["wikidata"])]
    assert not bad, f"not a Wikidata item id: {bad}"


def test_wikidata_qid_is_the_same_on_every_row_of_a_person(rows):
    qids: dict[str, set[str]] = defaultdict(set)
    for _, row in rows:
        qids[row["name"]].add(row["wikidata"])
    mixed = {name: sorted(found) for name, found in qids.items() if len(found) > 1}
    assert not mixed, f"rows of one person with different QIDs: {mixed}"


def test_wikidata_qid_names_one_person(rows):
    people: dict[str, set[str]] = defaultdict(set)
    for _, row in rows:
        if row["wikidata"]:
            people[row["wikidata"]].add(row["name"])
    shared = {qid: sorted(names) for qid, names in people.items() if len(names) > 1}
    assert not shared, f"one QID for two people: {shared}"


def test_wikidata_qids_are_not_states_or_organisations(rows):
    places = {row["wikidata"] for name in ("states.tsv", "igos.tsv")
              for _, row in _read_rows(DATA / name)[1] if row["wikidata"]}
    shared = sorted({row["wikidata"] for _, row in rows} & places)
    assert not shared, f"a person's QID is a state's or an organisation's: {shared}"


def test_most_current_leaders_have_a_wikidata_qid(rows):
    people = {row["name"] for _, row in rows}
    current = {row["name"] for _, row in rows if not row["end"]}
    linked = {row["name"] for _, row in rows if row["wikidata"]}
    assert len(linked) >= 250, f"only {len(linked)} of {len(people)} people have a QID"
    assert len(linked & current) * 2 > len(current), "most people in office have no QID"
