"""The ontology is data: every fact about a predicate, category, quad class or modality is a
column of a table in kg/data, read once by kg.ontology; code keeps no set of predicate names."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.model import MODALITIES
from kg.ontology import (CATEGORIES, CATEGORY, HAPPENED, PREDICATES, QUAD_CLASSES, QUADS,
                         predicates_with)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"
VOCABULARY = set(PREDICATES) | set(CATEGORIES) | set(QUADS)


def literal_sets(path: Path):
    """Set, list and tuple displays, and dict keys, made only of vocabulary names."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        items = (node.elts if isinstance(node, (ast.Set, ast.List, ast.Tuple))
                 else node.keys if isinstance(node, ast.Dict) else None)
        if not items:
            continue
        names = [item.value for item in items
                 if isinstance(item, ast.Constant) and isinstance(item.value, str)]
        if names and len(names) == len(items) and set(names) <= VOCABULARY:
            yield node.lineno, names


def test_no_set_of_predicates_categories_or_quads_outside_the_ontology():
    found = [f"{path.relative_to(ROOT)}:{line}: {names}"
             for path in sorted((ROOT / "kg").rglob("*.py")) if path.name != "ontology.py"
             for line, names in literal_sets(path)]
    assert found == []


def test_every_predicate_a_rule_names_is_in_the_table():
    named = set()
    for path in (ROOT / "kg" / "extract").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Event"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                named.add(node.args[0].value)
    assert named and named <= set(PREDICATES)


def test_every_predicate_a_lexicon_names_is_in_the_table():
    from kg.extract.lexicon import load_lexicon

    from kg.extract.lexicon import NO_EVENT

    lex = load_lexicon()  # loading checks each row against predicates.tsv
    used = {word.predicate for table in (lex.verbs, lex.nouns) for word in table.values()}
    assert used and used <= set(PREDICATES) | {NO_EVENT}
    # an entry that is no event of its own ("described X as ...") is decided by its objects
    undecided = {word.lemma for word in lex.verbs.values() if word.predicate == NO_EVENT}
    decided = {event for event, _ in lex.objects}
    assert undecided <= decided


def test_the_tables_agree_with_each_other():
    assert set(MODALITIES) == {row.split("\t")[0] for row in
                               (DATA / "modalities.tsv").read_text().splitlines()[1:]
                               if row and not row.startswith(("#", "modality"))}
    assert HAPPENED == {"asserted", "reported"}
    assert set(QUAD_CLASSES) == set(QUADS) and sum(map(len, QUAD_CLASSES.values())) == 18
    assert all(p.category is None or p.category in CATEGORY for p in PREDICATES.values())


@pytest.mark.parametrize("query, trait", [
    ("commitments", "commitment"), ("roles", "role"),
])
def test_named_queries_match_the_types_the_ontology_gives(query, trait):
    cypher = (ROOT / "queries" / f"{query}.cypher").read_text(encoding="utf-8")
    types = set(re.search(r"\[r:([A-Z_|]+)\]", cypher).group(1).split("|"))
    assert types == predicates_with(trait)


@pytest.mark.parametrize("table, row, error", [
    ("predicates.tsv", "SEIZE_ASSETS\tCOERCE\t171\tsymmetrical\tseized assets",
     "SEIZE_ASSETS: unknown trait symmetrical"),
    ("predicates.tsv", "SEIZE_ASSETS\tCOERSE\t171\t-\tseized assets",
     "unknown category 'COERSE'"),
])
def test_a_typo_in_a_table_stops_the_load(tmp_path, table, row, error):
    (tmp_path / table).write_text((DATA / table).read_text() + row + "\n")
    done = subprocess.run([sys.executable, "-c", "import kg.ontology"], capture_output=True,
                          text=True, env={**os.environ, "KG_DATA": str(tmp_path)})
    assert done.returncode != 0 and error in done.stderr


@pytest.mark.model
def test_a_new_predicate_is_one_row_plus_its_cue_word(tmp_path):
    """The README's promise: a predicate is added by data alone, in a folder given as KG_DATA."""
    shutil.copy(DATA / "predicates.tsv", tmp_path)
    shutil.copy(DATA / "event_verbs.tsv", tmp_path)
    with (tmp_path / "predicates.tsv").open("a", encoding="utf-8") as table:
        table.write("EXPROPRIATE\tCOERCE\t171\t-\ttook foreign-owned property into state hands\n")
    with (tmp_path / "event_verbs.tsv").open("a", encoding="utf-8") as table:
        table.write("expropriate\tEXPROPRIATE\tfrom\t-\tseizing what another owns\n")
    article = tmp_path / "a.txt"
    article.write_text("Venezuela expropriated the assets of Exxon Mobil on Monday.\n",
                       encoding="utf-8")
    run = [sys.executable, "-m", "kg.cli", "extract", str(article), "--min-confidence", "0"]

    before = subprocess.run(run, capture_output=True, text=True, cwd=ROOT)
    after = subprocess.run(run, capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "KG_DATA": str(tmp_path)})

    assert before.returncode == after.returncode == 0, after.stderr
    assert "EXPROPRIATE" not in before.stdout
    found = [json.loads(line) for line in after.stdout.splitlines()]
    assert [(r["predicate"], r["category"], r["cameo"]) for r in found
            if r["predicate"] == "EXPROPRIATE"] == [("EXPROPRIATE", "COERCE", "171")]
