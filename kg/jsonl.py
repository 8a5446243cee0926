"""The relation JSONL format: one :meth:`Relation.as_row` object a line, UTF-8.

It is what ``kg extract`` prints and ``kg load`` reads, so relations can be extracted on one
machine, inspected or filtered with any JSON tool, and loaded into a store on another.

>>> import io
>>> from kg.model import Actor, Mention, Relation
>>> rutte = Mention(Actor.create("Mark Rutte", "PERSON"), "Rutte", 0, 5)
>>> trump = Mention(Actor.create("Donald Trump", "PERSON"), "Trump", 10, 15)
>>> met = Relation(subject=rutte, predicate="MEET", object=trump, doc="doc-1",
...                sentence="Rutte met Trump.", sentence_start=0, category="CONSULT")
>>> out = io.StringIO()
>>> write_relations([met], out)
1
>>> list(read_relations(io.StringIO(out.getvalue()))) == [met]
True
>>> errors = []
>>> list(read_relations(io.StringIO('{"doc": "d"}\\n'), on_error=errors.append))
[]
>>> print(errors[0])
<stream> line 1: missing key 'subject' (a relation record needs subject, predicate, object, doc)
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Union

from kg.errors import InvalidName, UnreadableInput, skip_failures
from kg.ingest import open_input
from kg.model import Relation
from kg.ontology import check_identifier

__all__ = ["REQUIRED_KEYS", "read_relations", "write_relations"]

Source = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]

# The keys Relation.from_row cannot do without; every other key has a default.
REQUIRED_KEYS = {
    "": ("subject", "predicate", "object", "doc"),
    "subject": ("id", "name"),
}
# An object is an actor mention (id, name) or a quantity (value); both are checked apart.
ACTOR_KEYS = ("id", "name")

STDIN = "-"
STDIN_NAME = "<stdin>"


def write_relations(relations: Iterable[Relation], handle: IO[str]) -> int:
    """Write ``relations`` to the text ``handle``, one JSON object a line; return how many."""
    count = 0
    for relation in relations:
        handle.write(json.dumps(relation.as_row(), ensure_ascii=False))
        handle.write("\n")
        count += 1
    return count


def read_relations(source: Source, *,
                   on_error: Callable[[UnreadableInput], Any] | None = None) -> Iterator[Relation]:
    """Yield the relations of a JSONL file, ``"-"`` (stdin) or an open handle, in order.

    A line that is not a relation record becomes an :class:`UnreadableInput` naming the file,
    the line and what is wrong (``rels.jsonl line 3: invalid JSON (...)``); it is passed to
    ``on_error`` and skipped, and the other lines are still read. Without ``on_error`` it is
    raised. A file that cannot be opened is reported the same way. Blank lines are skipped.
    """
    try:
        yield from skip_failures(_read(source), on_error)
    except UnreadableInput as err:
        if on_error is None:
            raise
        on_error(err)


def _read(source: Source) -> Iterator[Relation | UnreadableInput]:
    if isinstance(source, str) and source == STDIN:
        stream = getattr(sys.stdin, "buffer", None) or sys.stdin
        yield from _records(stream, name=STDIN_NAME)
    elif isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        with open_input(Path(source), name=name,
                        folder="is a folder; give a .jsonl file of relations") as handle:
            yield from _records(handle, name=name)
    else:
        yield from _records(source, name=getattr(source, "name", None) or "<stream>")


def _records(lines: Iterable[str | bytes], *, name: str) -> Iterator[Relation | UnreadableInput]:
    for number, line in enumerate(lines, 1):
        where = f"{name} line {number}"
        try:
            text = _decode(line, where=where, first=number == 1)
            if text.strip():
                yield _relation(text, where=where)
        except UnreadableInput as err:
            yield err


def _decode(line: str | bytes, *, where: str, first: bool) -> str:
    if isinstance(line, str):
        return line.removeprefix("\ufeff") if first else line
    try:
        return line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as err:
        raise UnreadableInput(f"{where}: not UTF-8 ({err.reason} at byte {err.start}); "
                              "relation JSONL is written in UTF-8") from err


def _relation(text: str, *, where: str) -> Relation:
    try:
        row = json.loads(text)
    except json.JSONDecodeError as err:
        raise UnreadableInput(f"{where}: invalid JSON ({err.msg})") from err
    except (RecursionError, ValueError) as err:
        raise UnreadableInput(f"{where}: invalid JSON ({type(err).__name__})") from err
    problem = _problem(row)
    if problem:
        raise UnreadableInput(f"{where}: {problem}")
    try:
        check_identifier(row["predicate"])
        return Relation.from_row(row)
    except InvalidName as err:
        raise UnreadableInput(f"{where}: predicate {err}") from err
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise UnreadableInput(f"{where}: not a relation record ({type(err).__name__}: "
                              f"{err})") from err


def _problem(row: Any) -> str | None:
    """What keeps ``row`` from being a relation record, or None."""
    if not isinstance(row, dict):
        return f"expected a JSON object (a relation record), got {_type_name(row)}"
    for parent, keys in REQUIRED_KEYS.items():
        record = row[parent] if parent else row
        if not isinstance(record, dict):
            return f"key {parent!r} must be an object, got {_type_name(record)}"
        for key in keys:
            if key not in record:
                dotted = f"{parent}.{key}" if parent else key
                needed = ", ".join(keys)
                what = f"a {parent}" if parent else "a relation record"
                return f"missing key {dotted!r} ({what} needs {needed})"
    obj = row["object"]
    if not isinstance(obj, dict):
        return f"key 'object' must be an object, got {_type_name(obj)}"
    if "value" not in obj:
        missing = [key for key in ACTOR_KEYS if key not in obj]
        if missing:
            return (f"missing key 'object.{missing[0]}' (an object needs id and name, "
                    "or value for a quantity)")
    return None


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__
