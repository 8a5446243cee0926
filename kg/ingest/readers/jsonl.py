"""JSONL (``.jsonl``, or content whose first line opens a JSON object): one document a line.

Records hold ``text`` (required) and optional ``id`` (string or integer; the text's hash
otherwise), ``title``, ``url`` and ``date``. A ``date`` that does not read as a date is ignored
and the date is detected from the text, since a bad date is no reason to lose the article; a
field of the wrong type rejects the record. A ``text`` that is HTML is cleaned as HTML. An
explicit ``id`` seen twice in one read rejects the second record. The lines are read as they
come, so a corpus of any size streams.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from typing import Any

from kg.errors import UnreadableInput
from kg.ingest.dates import as_date
from kg.ingest.decoding import BOMS, decode_utf8, read_text, repair_mojibake
from kg.ingest.readers.html import html_document, is_html
from kg.ingest.readers.text import text_document
from kg.ingest.registry import Input, register_reader
from kg.model import Document

__all__ = ["is_jsonl", "read_jsonl_input"]


def is_jsonl(start: bytes | str) -> bool:
    """True when the first non-blank line opens a JSON object.

    >>> is_jsonl(b'\\xef\\xbb\\xbf {"text": "..."}'), is_jsonl("Nato chief meets Trump")
    (True, False)
    """
    if isinstance(start, bytes):
        return start.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{"
    return start.lstrip("\ufeff \t\r\n")[:1] == "{"


@register_reader("jsonl", suffixes=(".jsonl",), sniff=is_jsonl)
def read_jsonl_input(source: Input) -> Iterator[Document | UnreadableInput]:
    records = 0
    for number, line in _numbered(source.lines(), name=source.name):
        where = f"{source.name} line {number}"
        try:
            line = _decode_line(line, where=where)
            if not line.strip():
                continue
            records += 1
            document = _jsonl_document(line, where=where, source=source, number=number)
        except UnreadableInput as err:
            yield err
            continue
        yield document
    if not records:
        yield UnreadableInput(f"{source.name}: no records (the JSONL file is empty)")


def _numbered(lines: Iterable[bytes | str], *, name: str) -> Iterator[tuple[int, bytes | str]]:
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    if isinstance(first, bytes):
        for bom, codec in BOMS:
            if first.startswith(bom) and codec != "utf-8-sig":
                # Lines split at b"\n" cut UTF-16 characters in half: decode the file whole.
                text = read_text(first + b"".join(lines), name=name)
                yield from enumerate(text.split("\n"), 1)
                return
        first = first.removeprefix(codecs.BOM_UTF8)
    else:
        first = first.removeprefix("\ufeff")
    yield 1, first
    yield from enumerate(lines, 2)


def _decode_line(line: bytes | str, *, where: str) -> str:
    if isinstance(line, str):
        return line
    if b"\x00" in line:
        raise UnreadableInput(f"{where}: binary data (NUL bytes), not text")
    return decode_utf8(line)


def _jsonl_document(line: str, *, where: str, source: Input, number: int) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise UnreadableInput(f"{where}: invalid JSON ({err.msg})") from err
    except RecursionError as err:
        raise UnreadableInput(f"{where}: invalid JSON (nested too deeply)") from err
    except ValueError as err:
        raise UnreadableInput(f"{where}: invalid JSON ({err})") from err
    if not isinstance(record, dict):
        raise UnreadableInput(f"{where}: expected a JSON object with a 'text' field, "
                              f"got {_type_name(record)}")
    if record.get("text") is None:
        raise UnreadableInput(f"{where}: missing field 'text' (the article text, a string)")
    text = repair_mojibake(_field(record, "text", where=where))
    doc_id = _record_id(record, where=where)
    title = _field(record, "title", where=where)
    url = _field(record, "url", where=where)
    published = as_date(_field(record, "date", where=where))
    if doc_id is not None and doc_id in source.ids:
        first_source, first_number = source.ids[doc_id]
        first = (f"on line {first_number}" if first_source == source.name
                 else f"in {first_source} line {first_number}")
        raise UnreadableInput(f"{where}: duplicate id {doc_id!r} (first seen {first}); "
                              "give each record its own id")
    title = repair_mojibake(title.strip()) if title and title.strip() else None
    to_document = html_document if is_html(text) else text_document
    document = to_document(text, name=where, source=source.name, id=doc_id, title=title,
                           url=url.strip() if url and url.strip() else None, published=published)
    if doc_id is not None:
        source.ids[doc_id] = (source.name, number)
    return document


def _field(record: dict, key: str, *, where: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise UnreadableInput(f"{where}: field {key!r} must be a string, got {_type_name(value)}")
    return value


def _record_id(record: dict, *, where: str) -> str | None:
    value = record.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise UnreadableInput(f"{where}: field 'id' must be a string or an integer, "
                              f"got {_type_name(value)}")
    if not str(value).strip():
        raise UnreadableInput(f"{where}: field 'id' is empty; give a non-empty id or leave it out")
    return str(value)


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__
