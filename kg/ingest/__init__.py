r"""Read articles from files, folders and stdin into :class:`~kg.model.Document` records.

The first stage of kg: ``.txt``, ``.html``/``.htm`` and ``.jsonl`` files, folders of them, or
``-`` for stdin become Documents holding clean text, publication date, title, url and source.
Every later character offset indexes ``Document.text``, so cleaning only drops whole lines of
page chrome (site names, share buttons, captions, footers) and bracketed disclaimers; the body
paragraphs are kept byte for byte, less trailing whitespace. The chrome patterns are data, in
``kg/data/ingest_chrome.tsv``.

>>> page = ("Friday, December 05, 2025 | 12:24 AM IST\nBusiness Standard\nShare\n\n"
...         "Nato chief meets Trump in Washington\n\nNATO\n\n"
...         "Mark Rutte met Donald Trump in the White House on Thursday.\n\n"
...         "First Published: Mar 17 2025 | 5:20 PM IST\nExplore News")
>>> print(clean_text(page))
Nato chief meets Trump in Washington
<BLANKLINE>
Mark Rutte met Donald Trump in the White House on Thursday.
>>> detect_date(page)
datetime.date(2025, 3, 17)
"""

from __future__ import annotations

import codecs
import itertools
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Union

from kg.errors import UnreadableInput, skip_failures
from kg.ingest.cleaning import clean_text, clean_with_headline, is_blank
from kg.ingest.dates import as_date, detect_date
from kg.ingest.decoding import BOMS, check_text, decode_utf8, open_input, read_text, repair_mojibake
from kg.ingest.markup import clean_html
from kg.model import Document

__all__ = ["STDIN", "SUFFIXES", "clean_html", "clean_text", "detect_date", "open_input",
           "read_documents", "read_text"]

Source = Union[str, "os.PathLike[str]"]

# The source name that reads standard input, and how documents read from it are named.
STDIN = "-"
STDIN_NAME = "<stdin>"

# The files a folder is searched for, and how each is read. A file named directly with another
# suffix is read as text, or as HTML when it starts with markup.
SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

TAG = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|<!doctype\s", re.IGNORECASE)


# ---------------------------------------------------------------------------- documents

def read_documents(sources: Source | Iterable[Source], *,
                   on_error: Callable[[UnreadableInput], Any] | None = None) -> Iterator[Document]:
    """Yield one Document per article in ``sources``, in order.

    ``sources`` is a path or an iterable of paths: ``.txt``, ``.html``/``.htm`` and ``.jsonl``
    files, folders (searched recursively in sorted order for those suffixes, hidden names
    skipped) or ``"-"`` for stdin, read as JSONL when it starts with ``{`` and as one text
    document otherwise.

    A document that cannot be read becomes an :class:`UnreadableInput` whose message is one
    line naming it (``corpus.jsonl line 17: invalid JSON (...)``); it is passed to
    ``on_error`` and skipped, and the rest are still read. Without ``on_error`` it is raised.

    JSONL records hold ``text`` (required) and optional ``id`` (string or integer; the text's
    hash otherwise), ``title``, ``url`` and ``date``. A ``date`` that does not read as a date is
    ignored and the date is detected from the text, since a bad date is no reason to lose the
    article; a field of the wrong type rejects the record. A ``text`` that is HTML is cleaned
    as HTML. An explicit ``id`` seen twice rejects the second record.

    >>> errors = []
    >>> list(read_documents(["no/such/file.txt"], on_error=errors.append))
    []
    >>> print(errors[0])
    no/such/file.txt: no such file
    """
    seen: dict[str, tuple[str, int]] = {}
    for source in _each_source(sources):
        yield from skip_failures(_read_source(source, seen=seen), on_error)


def _each_source(sources: Source | Iterable[Source]) -> Iterator[Source]:
    if isinstance(sources, (str, os.PathLike)):
        yield sources
        return
    for source in sources:
        if not isinstance(source, (str, os.PathLike)):
            raise TypeError(f"sources must be paths or {STDIN!r} for stdin, "
                            f"got {type(source).__name__}: {source!r}")
        yield source


def _read_source(source: Source, *, seen: dict) -> Iterator[Document | UnreadableInput]:
    if isinstance(source, str) and source == STDIN:
        yield from _read_stdin(seen=seen)
        return
    name = os.fspath(source)
    path = Path(source)
    try:
        is_folder, exists = path.is_dir(), path.exists()
    except (OSError, ValueError) as err:
        yield UnreadableInput(f"{name}: not a readable path ({err})")
        return
    if is_folder:
        yield from _read_folder(path, name=name, seen=seen)
    elif not exists:
        yield UnreadableInput(f"{name}: no such file")
    else:
        yield from _read_file(path, name=name, kind=SUFFIXES.get(path.suffix.lower(), "any"),
                              seen=seen)


def _read_folder(folder: Path, *, name: str, seen: dict) -> Iterator[Document | UnreadableInput]:
    problems: list[OSError] = []
    found = []
    for parent, folders, files in os.walk(folder, onerror=problems.append):
        folders[:] = [child for child in folders if not child.startswith(".")]
        found.extend(Path(parent, file) for file in files
                     if not file.startswith(".") and Path(file).suffix.lower() in SUFFIXES)
    for problem in problems:
        yield UnreadableInput(f"{problem.filename}: cannot list folder ({problem.strerror})")
    if not found and not problems:
        yield UnreadableInput(f"{name}: no .txt, .html, .htm or .jsonl files in this folder "
                              "(hidden files and other suffixes are skipped)")
    for path in sorted(found, key=lambda path: path.relative_to(folder).parts):
        yield from _read_file(path, name=str(Path(name, path.relative_to(folder))),
                              kind=SUFFIXES[path.suffix.lower()], seen=seen)


def _read_file(path: Path, *, name: str, kind: str,
               seen: dict) -> Iterator[Document | UnreadableInput]:
    try:
        if kind == "jsonl":
            with open_input(path, name=name) as handle:
                yield from _jsonl_documents(handle, source=name, seen=seen)
        else:
            yield _document(read_text(path, name=name), name=name, source=name, kind=kind)
    except UnreadableInput as err:
        yield err


def _read_stdin(*, seen: dict) -> Iterator[Document | UnreadableInput]:
    stream = getattr(sys.stdin, "buffer", None) or sys.stdin
    lines = iter(stream)
    head = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    try:
        if head and _starts_object(head[-1]):
            yield from _jsonl_documents(itertools.chain(head, lines), source=STDIN_NAME, seen=seen)
            return
        data = (b"" if not head or isinstance(head[0], bytes) else "").join(
            itertools.chain(head, lines))
        text = check_text(data, name=STDIN_NAME) if isinstance(data, str) else read_text(
            data, name=STDIN_NAME)
        if _starts_object(text):  # JSONL in UTF-16, seen only once decoded
            yield from _jsonl_documents(text.split("\n"), source=STDIN_NAME, seen=seen)
        else:
            yield _document(text, name=STDIN_NAME, source=STDIN_NAME, kind="any")
    except UnreadableInput as err:
        yield err


def _starts_object(line: str | bytes) -> bool:
    if isinstance(line, bytes):
        return line.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{"
    return line.lstrip("\ufeff \t\r\n")[:1] == "{"


def _document(raw: str, *, name: str, source: str, kind: str, id: str | None = None,
              title: str | None = None, url: str | None = None,
              published: date | None = None) -> Document:
    if kind == "any":
        kind = "html" if _looks_like_html(raw) else "text"
    if kind == "html":
        text, metadata = clean_html(raw, url=url)
        headline = None
    else:
        text, headline = clean_with_headline(raw)
        metadata = {}
    if is_blank(text):
        raise UnreadableInput(f"{name}: empty document (no text after cleaning)")
    return Document.create(
        text, id=id, source=source,
        date=published or detect_date(text if kind == "html" else raw, metadata=metadata),
        title=title or metadata.get("title") or headline,
        url=url or metadata.get("url"),
    )


def _looks_like_html(text: str) -> bool:
    start = text.lstrip()[:1000]
    return start.startswith("<") and TAG.search(start) is not None


# ---------------------------------------------------------------------------- JSONL

def _jsonl_documents(lines: Iterable[bytes | str], *, source: str,
                     seen: dict) -> Iterator[Document | UnreadableInput]:
    records = 0
    for number, line in _numbered(lines, source=source):
        where = f"{source} line {number}"
        try:
            line = _decode_line(line, where=where)
            if not line.strip():
                continue
            records += 1
            document = _jsonl_document(line, where=where, source=source, number=number, seen=seen)
        except UnreadableInput as err:
            yield err
            continue
        yield document
    if not records:
        yield UnreadableInput(f"{source}: no records (the JSONL file is empty)")


def _numbered(lines: Iterable[bytes | str], *, source: str) -> Iterator[tuple[int, bytes | str]]:
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    if isinstance(first, bytes):
        for bom, codec in BOMS:
            if first.startswith(bom) and codec != "utf-8-sig":
                # Lines split at b"\n" cut UTF-16 characters in half: decode the file whole.
                text = read_text(first + b"".join(lines), name=source)
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


def _jsonl_document(line: str, *, where: str, source: str, number: int, seen: dict) -> Document:
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
    if doc_id is not None and doc_id in seen:
        first_source, first_number = seen[doc_id]
        first = (f"on line {first_number}" if first_source == source
                 else f"in {first_source} line {first_number}")
        raise UnreadableInput(f"{where}: duplicate id {doc_id!r} (first seen {first}); "
                              "give each record its own id")
    document = _document(text, name=where, source=source, kind="any", id=doc_id,
                         title=repair_mojibake(title.strip()) if title and title.strip() else None,
                         url=url.strip() if url and url.strip() else None, published=published)
    if doc_id is not None:
        seen[doc_id] = (source, number)
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
