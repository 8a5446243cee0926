"""kg.ingest.registry: one table of readers, read by the folder walk, the errors and the CLI."""

from __future__ import annotations

import ast
import io
import json
import re
import sys
from pathlib import Path

import pytest

from kg.ingest import read_documents
from kg.ingest.registry import (READERS, SUFFIXES, create_document, describe_formats,
                                register_reader)

ROOT = Path(__file__).resolve().parents[2]
BODY = "Mark Rutte met Donald Trump in the White House on Thursday to discuss Ukraine."


@pytest.fixture
def markdown():
    """A Markdown reader registered for one test: ``.md`` files, or text opening with ``# ``."""
    readers, suffixes = dict(READERS), dict(SUFFIXES)

    def is_markdown(start: bytes | str) -> bool:
        return start.lstrip()[:2] in ("# ", b"# ")

    @register_reader("markdown", suffixes=(".md",), sniff=is_markdown)
    def read_markdown(source):
        title, _, text = source.text().lstrip().partition("\n")
        yield create_document(text.strip(), name=source.name, source=source.name,
                              title=title.removeprefix("# "))

    yield
    READERS.clear()
    READERS.update(readers)
    SUFFIXES.clear()
    SUFFIXES.update(suffixes)


def read_all(sources):
    errors = []
    documents = list(read_documents(sources, on_error=errors.append))
    return documents, [str(error) for error in errors]


def test_a_registered_reader_is_used_by_the_folder_walk(tmp_path, markdown):
    (tmp_path / "a.md").write_text(f"# Rutte meets Trump\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    documents, errors = read_all(tmp_path)
    assert [(Path(d.source).name, d.title, d.text) for d in documents] == [
        ("a.md", "Rutte meets Trump", BODY), ("b.txt", None, BODY)]
    assert errors == []


def test_a_registered_reader_is_listed_where_formats_are(tmp_path, markdown):
    documents, errors = read_all(tmp_path)
    assert errors == [f"{tmp_path}: no .txt, .html, .htm, .jsonl or .md files in this folder "
                      "(hidden files and other suffixes are skipped)"]
    assert describe_formats() == ".txt, .html/.htm, .jsonl or .md"


def test_a_registered_reader_sniffs_stdin(monkeypatch, markdown):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"\n# Talks\n{BODY}".encode())))
    [document] = read_documents("-")
    assert (document.title, document.text, document.source) == ("Talks", BODY, "<stdin>")


@pytest.mark.parametrize("name, content, expected", [
    ("a.md", f"<html><body><p>{BODY}</p></body></html>", [BODY]),
    ("a.json", json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY + " Again."}),
     [BODY, BODY + " Again."]),
    ("a", f"Share\n\n{BODY}", [BODY]),
], ids=["html-in-md", "jsonl-in-json", "text-without-suffix"])
def test_a_file_no_reader_claims_is_read_by_what_its_content_starts_with(
        tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert [d.text for d in read_documents(path)] == expected


@pytest.mark.parametrize("name, suffixes, message", [
    ("text", (".rst",), "reader 'text' is already registered; choose another name"),
    ("markup", (".htm",), "reader 'markup': suffix '.htm' is already read by 'html'"),
    ("markup", ("MD",), "reader 'markup': suffix 'MD' must be lower case and start with a dot, "
                        "like '.txt'"),
])
def test_a_clashing_registration_is_refused(name, suffixes, message):
    with pytest.raises(ValueError) as error:
        register_reader(name, suffixes=suffixes)(lambda source: iter(()))
    assert str(error.value) == message
    assert "markup" not in READERS and ".rst" not in SUFFIXES


def test_a_reader_error_names_the_input_and_the_rest_are_read(tmp_path, markdown):
    (tmp_path / "a.md").write_text("# Only a title\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    documents, errors = read_all(tmp_path)
    assert [d.text for d in documents] == [BODY]
    assert errors == [f"{tmp_path / 'a.md'}: empty document (no text after cleaning)"]


def test_the_cli_help_lists_the_registry_formats(markdown):
    from kg.cli import make_parser

    parser = make_parser()
    [commands] = [action for action in parser._actions if action.dest == "command"]
    help_text = " ".join(commands.choices["extract"].format_help().split())
    assert "SOURCE a .txt, .html/.htm, .jsonl or .md file, a folder of them" in help_text


def code_strings(path: Path) -> list[str]:
    """The string constants of a module's code, less its docstrings (prose may name formats)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
            and isinstance(node.value, str) and id(node) not in docstrings]


def test_formats_are_listed_once():
    """Outside the reader that takes them, code asks the registry for the suffixes."""
    readers = ROOT / "kg" / "ingest" / "readers"
    listing = [path.relative_to(ROOT).as_posix() for path in sorted((ROOT / "kg").rglob("*.py"))
               if readers not in path.parents
               for value in code_strings(path) if re.search(r"\.htm\b", value)]
    assert listing == []
