"""The ``kg`` command: exact error lines, exit codes, help, and each command end to end."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.cli import COMMANDS, PROGRESS_INTERVAL, Console, main, parse_param
from kg.errors import UnreadableInput
from kg.jsonl import write_relations
from kg.model import Actor, Document, Mention, Quantity, Relation
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EXAMPLE_DOCUMENTS = 4  # the Rutte page, the ASEAN page and two wire items
KG = Path(sys.executable).with_name("kg")

# Every key of the relation JSONL format, and of its subject and (actor) object.
RELATION_KEYS = {"id", "doc", "doc_date", "subject", "predicate", "category", "cameo", "object",
                 "date", "date_text", "negated", "modality", "attributed_to", "sentence",
                 "confidence", "rule"}
MENTION_KEYS = {"id", "name", "type", "country", "text", "start", "end"}


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def kg(capsys):
    """``kg(*argv)`` runs the command in this process and returns its code, stdout, stderr."""

    def run(*argv: str) -> Result:
        try:
            code = main([str(arg) for arg in argv])
        except SystemExit as exit:  # argparse: --help, usage errors
            code = exit.code
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def met(subject: str = "Mark Rutte", obj: str = "Donald Trump", doc: str = "doc-1") -> Relation:
    sentence = f"{subject} met {obj} on Thursday."
    return Relation(
        subject=Mention(Actor.create(subject, "PERSON"), subject, 0, len(subject)),
        predicate="MEET", object=Mention(Actor.create(obj, "PERSON"), obj, 0, len(obj)),
        doc=doc, sentence=sentence, sentence_start=0, category="CONSULT", cameo="040")


@pytest.fixture
def small_store(tmp_path) -> Path:
    """A .json store holding two meetings and a pledge, made without the model."""
    path = tmp_path / "small.json"
    nato = Mention(Actor.create("NATO", "IGO"), "NATO", 0, 4)
    target = Relation(subject=nato, predicate="TARGET",
                      object=Quantity(3.0, "%", "3 per cent", 20, 30, ">="), doc="doc-2",
                      sentence="NATO aims at 3 per cent.", sentence_start=0)
    with open_store(path) as store:
        store.add([met(), met("Kaja Kallas", "Mark Rutte", doc="doc-2"), target])
    return path


# ---------------------------------------------------------------------------- errors

def test_missing_file_is_one_error_line_and_exit_1(kg, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = kg("extract", "missing.txt")
    assert (result.code, result.out, result.err) == (1, "", "error: missing.txt: no such file\n")


def test_unknown_store_is_one_error_line_and_exit_1(kg):
    result = kg("show", "--store", "neo4jj://x")
    assert result.code == 1
    assert result.err == ("error: store 'neo4jj://x' not understood; use a path ending in "
                          ".json, or a bolt:// / neo4j:// URI\n")


def test_bad_param_is_a_usage_error(kg, small_store):
    result = kg("query", "-e", "MATCH (a:Actor) RETURN a.name AS name", "--param", "actor",
                "--store", small_store)
    assert result.code == 2
    assert result.err.splitlines()[-1] == (
        "kg query: error: argument --param: 'actor' is not NAME=VALUE; write e.g. "
        "--param actor=state:usa --param limit=10")


def test_missing_graph_file_is_an_error(kg, tmp_path):
    result = kg("show", "--store", tmp_path / "none.json")
    assert result.code == 1
    assert result.err == (f"error: no graph file at '{tmp_path / 'none.json'}'; build one "
                          "first, or check the path\n")


def test_password_is_never_printed(kg):
    result = kg("show", "--store", "bolt://127.0.0.1:9", "--password", "s3cret-pw")
    assert result.code == 1
    assert result.err.startswith("error: ") and result.err.count("\n") == 1
    assert "s3cret-pw" not in result.err + result.out


def test_interrupt_exits_130(kg, monkeypatch, tmp_path):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.pipeline.build", interrupted)
    result = kg("build", EXAMPLES, "--store", tmp_path / "g.json")
    assert (result.code, result.err) == (130, "error: interrupted\n")


def test_broken_pipe_exits_quietly(small_store):
    process = subprocess.Popen([KG, "show", "--store", small_store], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.close()  # the reader is gone before kg writes
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (0, b"")


@pytest.mark.parametrize("text, expected", [
    ("actor=state:usa", ("actor", "state:usa")),
    ("limit=10", ("limit", 10)),
    ("min=0.5", ("min", 0.5)),
    ("events=true", ("events", True)),
    ("ids=[\"a\", \"b\"]", ("ids", ["a", "b"])),
    ("name=Mark Rutte", ("name", "Mark Rutte")),
    ("empty=", ("empty", "")),
    ("url=a=b", ("url", "a=b")),
])
def test_param_values_are_json_when_they_parse(text, expected):
    assert parse_param(text) == expected


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_documents_relations_rate_and_time_left():
    terminal = Terminal()
    console = Console(terminal)
    console.expect(10)
    console.progress(0, 0)
    time.sleep(PROGRESS_INTERVAL * 1.5)  # the bar is redrawn at most every PROGRESS_INTERVAL
    console.progress(4, 17)
    console.close()
    drawn = terminal.getvalue().split("\r")
    assert any(re.fullmatch(r"4/10 documents, 17 relations \|#+ +\| [\d.]+ documents/s, "
                            r"00:00 left", line) for line in drawn), drawn


def test_progress_bar_without_a_total_counts_and_is_erased_before_an_error():
    terminal = Terminal()
    console = Console(terminal)
    console.progress(1, 5)
    console.failed(UnreadableInput("b.txt: no such file"))
    shown = terminal.getvalue()
    assert "\r1 documents, 5 relations, " in shown, repr(shown)
    assert shown.endswith("\rerror: b.txt: no such file\n") or \
        shown.endswith("\r\x1b[Aerror: b.txt: no such file\n") or \
        re.search(r"\r\s*\rerror: b.txt: no such file\n$", shown), repr(shown)


def test_no_progress_line_unless_stderr_is_a_terminal():
    stream = io.StringIO()
    Console(stream).progress(1, 5)
    assert stream.getvalue() == ""


def test_import_kg_and_its_cli_leave_spacy_unloaded():
    code = ("import sys, kg, kg.cli; kg.build, kg.open_store, kg.read_documents; "
            "print('spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout == "False\n"


# ---------------------------------------------------------------------------- help

COMMAND_NAMES = [command.name for command in COMMANDS]


@pytest.mark.parametrize("name", COMMAND_NAMES)
def test_every_command_has_help_with_examples_and_exit_codes(kg, name):
    result = kg(name, "--help")
    assert result.code == 0
    assert f"usage: kg {name}" in result.out
    assert "examples:" in result.out and "exit codes:" in result.out


def test_top_level_help_lists_every_command(kg):
    result = kg("--help")
    assert result.code == 0
    for name in COMMAND_NAMES:
        assert re.search(rf"^    {name}\b", result.out, re.MULTILINE), name


def test_every_command_is_documented_in_the_readme():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in COMMAND_NAMES if not re.search(rf"\bkg {name}\b", text)]
    assert not missing, f"README.md does not show: {', '.join('kg ' + n for n in missing)}"


# ---------------------------------------------------------------------------- extract

@pytest.mark.model
def test_extract_prints_relation_jsonl_with_every_key(kg, shared_model):
    result = kg("extract", EXAMPLES / "rutte-nato-2025-03-17.txt")
    assert result.code == 0
    assert re.fullmatch(r"(\d+ relations? below confidence 0.4 not shown; --min-confidence 0 "
                        r"shows every relation\n)?", result.err)
    records = [json.loads(line) for line in result.out.splitlines()]
    assert any(r["predicate"] == "MEET" and r["object"]["name"] == "Donald Trump"
               for r in records)
    for record in records:
        assert RELATION_KEYS <= set(record)
        assert MENTION_KEYS <= set(record["subject"])
        assert MENTION_KEYS <= set(record["object"]) or "value" in record["object"]


@pytest.mark.model
def test_extract_table_shows_one_relation_a_line(kg, shared_model):
    result = kg("extract", EXAMPLES / "rutte-nato-2025-03-17.txt", "--format", "table")
    header, *lines = result.out.splitlines()
    assert header.split() == ["subject", "predicate", "category", "object", "date", "sentence"]
    assert any(re.match(r"Mark Rutte +MEET +CONSULT +Donald Trump +2025-03-13 ", line)
               for line in lines)


@pytest.mark.model
def test_one_bad_file_among_good_ones_is_partial_exit_3(kg, shared_model, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Mark Rutte met Donald Trump in the White House on Thursday.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"PK\x03\x04\x00\x00binary")
    result = kg("extract", good, bad, "-o", tmp_path / "out.jsonl")
    assert result.code == 3
    assert result.err == f"error: {bad}: binary file (NUL bytes), not text\n"
    assert (tmp_path / "out.jsonl").read_text().count("\n") >= 1


def test_output_to_a_missing_folder_is_an_error(kg, tmp_path):
    result = kg("extract", tmp_path / "none.txt", "-o", tmp_path / "no" / "such" / "out.jsonl")
    assert result.code == 1
    assert result.err.startswith(f"error: {tmp_path / 'no' / 'such' / 'out.jsonl'}: cannot write")


# ---------------------------------------------------------------------------- build, load

@pytest.mark.model
def test_build_twice_adds_nothing_the_second_time(kg, shared_model, tmp_path):
    store = tmp_path / "g.json"
    first = kg("build", EXAMPLES, "--store", store, "--html", tmp_path / "g.html")
    assert first.code == 0
    assert re.fullmatch(rf"{EXAMPLE_DOCUMENTS} documents, \d+ relations; store {store}: "
                        rf"\+\d+ actors, \+\d+ relations; page {tmp_path / 'g.html'}\n", first.err)
    assert "<html" in (tmp_path / "g.html").read_text()
    second = kg("build", EXAMPLES, "--store", store)
    assert second.code == 0
    assert second.err == (f"{EXAMPLE_DOCUMENTS} documents ({EXAMPLE_DOCUMENTS} already stored), "
                          f"0 relations; store {store}: +0 actors, +0 relations\n")


@pytest.mark.model
def test_build_with_one_missing_source_is_partial(kg, shared_model, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Mark Rutte met Donald Trump in the White House on Thursday.")
    result = kg("build", good, tmp_path / "gone.txt", "--store", tmp_path / "g.json")
    assert result.code == 3
    first, summary = result.err.splitlines()
    assert first == f"error: {tmp_path / 'gone.txt'}: no such file"
    # the meeting, and Rutte's visit to the United States it took place in
    assert summary.startswith("1 document (1 failed), 2 relations; store ")


@pytest.mark.model
def test_load_of_extracted_jsonl_gives_the_build_counts(kg, shared_model, tmp_path):
    assert kg("build", EXAMPLES, "--store", tmp_path / "built.json").code == 0
    assert kg("extract", EXAMPLES, "-o", tmp_path / "relations.jsonl",
              "--min-confidence", "0").code == 0
    loaded = kg("load", tmp_path / "relations.jsonl", "--store", tmp_path / "loaded.json")
    assert loaded.code == 0
    assert re.fullmatch(r"\d+ relations read; store .*loaded\.json: \+\d+ documents, "
                        r"\+\d+ actors, \+\d+ relations\n", loaded.err)
    built = kg("show", "--store", tmp_path / "built.json").out
    assert kg("show", "--store", tmp_path / "loaded.json").out == built


def test_load_reports_bad_lines_and_loads_the_rest(kg, tmp_path):
    path = tmp_path / "rels.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        write_relations([met()], handle)
        handle.write("{not json\n")
        handle.write('{"doc": "d", "predicate": "MEET", "object": {}}\n')
    result = kg("load", path, "--store", tmp_path / "g.json")
    assert result.code == 3
    assert result.err.splitlines() == [
        f"error: {path} line 2: invalid JSON (Expecting property name enclosed in double quotes)",
        f"error: {path} line 3: missing key 'subject' (a relation record needs subject, "
        "predicate, object, doc)",
        f"1 relation read (2 lines failed); store {tmp_path / 'g.json'}: +1 documents, "
        "+2 actors, +1 relations",
    ]


def test_load_of_a_missing_file_is_exit_1(kg, tmp_path):
    result = kg("load", tmp_path / "nope.jsonl", "--store", tmp_path / "g.json")
    assert result.code == 1
    assert result.err.splitlines()[0] == f"error: {tmp_path / 'nope.jsonl'}: no such file"


def test_load_reads_stdin(kg, tmp_path, monkeypatch):
    path = tmp_path / "rels.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        write_relations([met(), met("Kaja Kallas")], handle)
    with path.open("rb") as stdin:
        monkeypatch.setattr("sys.stdin", stdin)
        result = kg("load", "-", "--store", tmp_path / "g.json")
    assert result.code == 0
    assert result.err.startswith("2 relations read; ")


# ---------------------------------------------------------------------------- query, show

def test_query_prints_a_table(kg, small_store):
    result = kg("query", "-e", "MATCH (a:Actor)-[r:MEET]->(b:Actor) WHERE a.name = $name "
                "RETURN a.name AS who, b.name AS whom", "--param", "name=Kaja Kallas",
                "--store", small_store)
    assert (result.code, result.err) == (0, "")
    lines = [line.split() for line in result.out.splitlines() if not line.startswith("---")]
    assert lines == [["who", "whom"], ["Kaja", "Kallas", "Mark", "Rutte"]]


def test_query_from_a_file_as_csv(kg, small_store, tmp_path):
    cypher = tmp_path / "meetings.cypher"
    cypher.write_text("MATCH (a:Actor)-[r:MEET]->(b:Actor) RETURN a.name AS who, "
                      "b.name AS whom ORDER BY a.name")
    result = kg("query", "-f", cypher, "--format", "csv", "--store", small_store)
    assert result.code == 0
    assert result.out.splitlines() == ["who,whom", "Kaja Kallas,Mark Rutte",
                                       "Mark Rutte,Donald Trump"]


def test_query_is_read_only_without_write(kg, small_store):
    result = kg("query", "-e", "CREATE (n:Actor {id: 'x'})", "--store", small_store)
    assert result.code == 1
    assert result.err.startswith("error: ") and result.err.count("\n") == 1


def test_named_query_prints_its_rows(kg, small_store):
    result = kg("query", "categories", "--store", small_store, "--format", "json")
    assert (result.code, result.err) == (0, "")
    assert [row["category"] for row in json.loads(result.out)] == ["CONSULT"]


def test_unknown_named_query_is_one_error_line(kg, small_store):
    result = kg("query", "no-such-query", "--store", small_store)
    assert result.code == 1
    assert result.err.startswith("error: no named query 'no-such-query'")
    assert result.err.count("\n") == 1


def test_queries_lists_every_named_query(kg):
    from kg.query import list_queries

    result = kg("queries")
    assert result.code == 0
    names = [line.split()[0] for line in result.out.splitlines() if line and line[0] != " "]
    assert names == [query.name for query in list_queries()]


def test_show_prints_counts_as_an_aligned_table(kg, small_store):
    result = kg("show", "--store", small_store)
    assert result.code == 0
    assert result.out == (
        "documents         2\n"
        "actors            4\n"
        "  PERSON          3\n"
        "  IGO             1\n"
        "relations         3\n"
        "  CONSULT         2\n"
        "  - (not events)  1\n")


def test_visualize_writes_a_page(kg, small_store, tmp_path):
    page = tmp_path / "page.html"
    result = kg("visualize", "--store", small_store, "-o", page, "--title", "Meetings")
    assert (result.code, result.err) == (0, f"store {small_store}: wrote {page}\n")
    assert "Meetings" in page.read_text()


@pytest.mark.model
@pytest.mark.neo4j
def test_build_into_neo4j_with_a_prompted_password(kg, shared_model, neo4j_target,
                                                   monkeypatch):
    password = os.environ["KG_NEO4J_PASSWORD"]
    monkeypatch.delenv("KG_NEO4J_PASSWORD")
    monkeypatch.setattr("getpass.getpass", lambda prompt: password)
    built = kg("build", EXAMPLES, "--store", neo4j_target, "--password", "-")
    assert built.code == 0
    assert built.err.startswith(f"{EXAMPLE_DOCUMENTS} documents, ")
    shown = kg("show", "--store", neo4j_target, "--password", "-")
    assert shown.code == 0 and shown.out.split()[:2] == ["documents", str(EXAMPLE_DOCUMENTS)]
    assert password not in built.err + shown.out + shown.err


# ---------------------------------------------------------------------------- confidence

@pytest.mark.parametrize("command", [("extract", "x.txt"), ("evaluate", "gold.jsonl"),
                                     ("visualize",)])
@pytest.mark.parametrize("value, message", [
    ("1.5", "'1.5' is not between 0 and 1; use 0 to keep every relation"),
    ("-0.1", "'-0.1' is not between 0 and 1; use 0 to keep every relation"),
    ("high", "'high' is not a number; give a confidence between 0 and 1, e.g. 0.5"),
    ("nan", "'nan' is not between 0 and 1; use 0 to keep every relation"),
])
def test_a_bad_min_confidence_is_a_usage_error(kg, command, value, message):
    result = kg(*command, "--min-confidence", value)
    assert result.code == 2
    assert result.err.splitlines()[-1] == (
        f"kg {command[0]}: error: argument --min-confidence: {message}")


def test_the_cli_states_the_api_line():
    from kg.cli import DEFAULT_MIN_CONFIDENCE
    from kg.pipeline import MIN_CONFIDENCE

    assert DEFAULT_MIN_CONFIDENCE == MIN_CONFIDENCE


@pytest.fixture
def sure_and_unsure(monkeypatch):
    """kg.pipeline extracts two meetings, at confidence 0.9 and 0.2, without the model."""
    found = [met().with_(confidence=0.9), met("Kaja Kallas", "Mark Rutte").with_(confidence=0.2)]

    def extract(sources, *, progress, **options):
        progress(1, len(found))
        yield from found

    monkeypatch.setattr("kg.pipeline._extract", extract)


@pytest.mark.parametrize("options, subjects", [
    (("--format", "table"), ["Mark Rutte"]),  # kg's answer hides what is below the line,
    ((), ["Mark Rutte"]),  # in JSONL too
    (("--min-confidence", "0"), ["Mark Rutte", "Kaja Kallas"]),  # piped to kg load: every one
    (("--format", "table", "--min-confidence", "0"), ["Mark Rutte", "Kaja Kallas"]),
    (("--min-confidence", "0.95"), []),
])
def test_extract_hides_what_is_below_the_line(kg, sure_and_unsure, options, subjects):
    result = kg("extract", "any.txt", *options)
    assert result.code == 0
    hidden = 2 - len(subjects)
    assert result.err == (f"{hidden} relation{'s' if hidden > 1 else ''} below confidence "
                          f"{options[-1] if '--min-confidence' in options else 0.4} not shown; "
                          "--min-confidence 0 shows every relation\n" if hidden else "")
    if "table" in options:
        shown = [line.split("  ")[0] for line in result.out.splitlines()[1:]]
    else:
        shown = [json.loads(line)["subject"]["name"] for line in result.out.splitlines()]
    assert shown == subjects


def test_evaluate_refuses_a_file_of_two_formats(kg, tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text('{"text": "t", "actors": [], "events": []}\n{"text": "t", "expected": []}\n')
    result = kg("evaluate", mixed)
    assert (result.code, result.out) == (1, "")
    assert result.err == (f"error: {mixed} line 2: a plover record among news records; "
                          "keep one gold format a file\n")


@pytest.mark.model
def test_evaluate_scores_news_articles_and_ends_with_the_news_line(kg, shared_model, tmp_path):
    article = {"id": "n1", "title": "Talks", "date": "2025-03-17", "url": "https://example.org/n1",
               "text": "Kenya's president met Tanzania's president in Arusha on Monday. Kenya "
                       "condemned the attack on the border post.",
               "actors": [{"name": "Kenya", "aliases": ["Kenyan government"]},
                          {"name": "Tanzania", "aliases": []}],
               "events": [{"source": "Kenya", "target": "Tanzania", "category": "CONSULT",
                           "undirected": True}],
               "roles": [], "quantities": []}
    gold = tmp_path / "news.jsonl"
    gold.write_text(json.dumps(article) + "\n")
    result = kg("evaluate", gold, "--errors", "--calibrate", tmp_path / "conf.tsv")
    assert result.code == 0
    lines = result.out.splitlines()
    assert re.fullmatch(r"news P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3} roles P=\d\.\d{3} R=\d\.\d{3} "
                        r"qty P=\d\.\d{3} R=\d\.\d{3} junk=\d\.\d{3} docs=1 gold=1 pred=\d+",
                        lines[-1])
    assert "reliability (every event relation, before --min-confidence)" in lines
    assert result.err == f"rule confidence written to {tmp_path / 'conf.tsv'}\n"
    assert (tmp_path / "conf.tsv").read_text().splitlines()[2] == "rule\tconfidence"


@pytest.mark.parametrize("options, line", [((), 0.4), (("--min-confidence", "0"), 0.0),
                                           (("--min-confidence", "0.75"), 0.75)])
def test_the_page_starts_its_confidence_slider_at_the_line(kg, small_store, tmp_path, options,
                                                           line):
    page = tmp_path / "page.html"
    result = kg("visualize", "--store", small_store, "-o", page, *options)
    assert result.code == 0
    assert f'"minConfidence":{line}' in page.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- remove, rebuild, watch

def test_remove_names_what_went_and_reports_a_name_not_stored(kg, small_store):
    result = kg("remove", "doc-1", "nope", "--store", small_store)

    assert result.code == 3
    assert result.err == (
        f"error: no document with id or URL 'nope' in store '{small_store}'; list them with "
        "show() or a query of (:Document) nodes\n"
        "removed 1 document, 1 relation, 1 actor and 0 quantities no other relation names; "
        f"store {small_store}\n")


def test_rebuild_with_nothing_older_reads_nothing_again(kg, tmp_path):
    from kg import EXTRACTOR_VERSION

    store = tmp_path / "g.json"
    (tmp_path / "a.txt").write_text("Nothing happened.", encoding="utf-8")
    with open_store(store) as opened:
        opened.add([], documents=[Document.create("Nothing happened.",
                                                  extractor=EXTRACTOR_VERSION)])

    result = kg("rebuild", "--store", store)

    assert (result.code, result.err) == (0, f"0 documents read again by extractor "
                                            f"{EXTRACTOR_VERSION}, 0 relations; store {store}: "
                                            "+0 actors, +0 relations\n")


@pytest.mark.parametrize(("period", "message"), [
    ("0", "'0' is not a period; write e.g. 90s, 15m or 1h"),
    ("soon", "'soon' is not a period; write e.g. 90s, 15m or 1h"),
])
def test_watch_refuses_a_period_it_cannot_read(kg, period, message):
    result = kg("watch", "https://example.org/rss", "--every", period)

    assert result.code == 2
    assert result.err.endswith(f"kg watch: error: argument --every: {message}\n")


@pytest.mark.model
def test_watch_once_logs_each_article_added(kg, site, tmp_path):
    from fixtures.web import Reply, article, rss

    site.pages["/a"] = Reply(article("Rutte meets Trump",
                                     "Mark Rutte met Donald Trump in the White House on Thursday."))
    site.pages["/rss"] = Reply(rss([("Rutte meets Trump", site.url("/a"),
                                     "Thu, 13 Mar 2025 10:00:00 GMT")]))
    store = tmp_path / "g.json"

    first = kg("watch", site.url("/rss"), "--once", "--store", store)
    second = kg("watch", site.url("/rss"), "--once", "--store", store)

    lines = first.err.splitlines()
    assert first.code == 0
    # both sides of the meeting, and Rutte's visit to the United States it took place in
    assert lines[0] == f"added {site.url('/a')} 'Rutte meets Trump': 3 relations"
    assert re.fullmatch(r"poll 1 at \d\d:\d\d:\d\d: 1 new article", lines[1])
    assert lines[2] == (f"1 poll, 1 new article, 3 relations; store {store}: +3 actors, "
                        "+3 relations")
    assert second.err.splitlines()[-1] == (f"1 poll, 0 new articles, 0 relations; store {store}: "
                                           "+0 actors, +0 relations")
