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
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, Union

from kg.errors import UnreadableInput, skip_failures
from kg.model import Document

__all__ = ["STDIN", "SUFFIXES", "clean_html", "clean_text", "detect_date", "read_documents",
           "read_text"]

Source = Union[str, "os.PathLike[str]"]

# The source name that reads standard input, and how documents read from it are named.
STDIN = "-"
STDIN_NAME = "<stdin>"

# The files a folder is searched for, and how each is read. A file named directly with another
# suffix is read as text, or as HTML when it starts with markup.
SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

CHROME_FILE = "ingest_chrome.tsv"

# Chrome lines are short: longer lines are body text and are never matched against the chrome
# patterns, which also bounds what any pattern can cost on a pathological 1 MB line.
MAX_CHROME_CHARS = 400
# "First Published: Mar 17 2025 | 5:20 PM IST" is a few words; a longer line that starts with
# "Published" is a sentence.
MAX_CUE_WORDS = 12
# A body paragraph ends a sentence and has at least this many words (or characters, for scripts
# written without spaces); the lines above the first one are the page header.
MIN_PROSE_WORDS = 8
MIN_PROSE_CHARS = 80
# Headlines have a few words; shorter lines in the page header are site names and section tags.
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 300
# Above and below the body, shorter lines are labels (site names, section tags, bylines,
# buttons) and go; longer ones are text (a standfirst, a closing paragraph) and stay.
MIN_TEXT_WORDS = 8
# A date in the first lines of a page dates the page; further down it dates the news.
TOP_LINES = 10
TOP_CHARS = 200
# Binary files without NUL bytes still show up as control characters.
MAX_CONTROL_RATIO = 0.05
CONTROL_SAMPLE = 100_000
# Bracketed notes longer than this are prose, not disclaimers or picture credits.
MAX_BRACKET_CHARS = 600
# Dates outside these years are misreadings ("1 May 0001"), not publication dates.
YEARS = range(1900, 2101)

# trafilatura: the article body as plain text, without comments, tables or image text (cells
# and alt text are not sentences). Dates come from markup only: htmldate's extensive search
# guesses from any date in the page, which detect_date does with more care.
TRAFILATURA_OPTIONS = {
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "with_metadata": True,
    "date_extraction_params": {"original_date": True, "extensive_search": False},
}

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters are never article text (and XML exports cannot hold them); tab and
# newline are layout. The binary check counts them the same way.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SENTENCE_ENDS = ".!?…。！？؟।۔"
CLOSERS = "\"'”’»›)]*_ \u00a0"
# Ideographs and kana: text written without spaces, where a "word" is about two characters.
CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"\w+")
BRACKET = re.compile(r"\(([^()]{1,%d})\)" % MAX_BRACKET_CHARS)
LAST_BRACKET = re.compile(r"\(([^()]{1,200})\)$")
TAG = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|<!doctype\s", re.IGNORECASE)

# UTF-8 read as cp1252 ("â€™" for "’"): a lead byte and the continuation bytes its length needs,
# as cp1252 shows them. A match is repaired only when its bytes decode as UTF-8.
_CONTINUATION = ("\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
                 "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e"
                 "\u0178\u0081\u008d\u008f\u0090\u009d\u00a0-\u00bf")
MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
                      f"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}")

_MONTH = (r"\b(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
          r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# The date shapes news pages use. Numeric day/month orders are read only when one number is
# above 12; "03/04/2025" could be either and is skipped.
DATE_FORMATS = {
    "iso": re.compile(r"(?<!\d)(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    "day_month_year": re.compile(r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+"
                                 + _MONTH + r",?[\s-]+(?P<year>\d{4})(?!\d)", re.IGNORECASE),
    "month_day_year": re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
                                 r"(?P<year>\d{4})(?!\d)", re.IGNORECASE),
    "numeric": re.compile(r"(?<!\d)(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.]"
                          r"(?P<year>\d{4})(?!\d)"),
}


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
        text = _checked(data, name=STDIN_NAME) if isinstance(data, str) else read_text(
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
        text, headline = _clean(raw)
        metadata = {}
    if _is_blank(text):
        raise UnreadableInput(f"{name}: empty document (no text after cleaning)")
    return Document.create(
        text, id=id, source=source,
        date=published or detect_date(text if kind == "html" else raw, metadata=metadata),
        title=title or metadata.get("title") or headline,
        url=url or metadata.get("url"),
    )


def _is_blank(text: str) -> bool:
    # Zero-width spaces, joiners and stray BOMs (format characters, category Cf) are not
    # whitespace to str.strip, but a file of them is as empty as a file of spaces. The scan
    # stops at the first visible character, so it costs nothing on real text.
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in text)


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
    return _decode_utf8(line)


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
    text = _repair_mojibake(_field(record, "text", where=where))
    doc_id = _record_id(record, where=where)
    title = _field(record, "title", where=where)
    url = _field(record, "url", where=where)
    published = _as_date(_field(record, "date", where=where))
    if doc_id is not None and doc_id in seen:
        first_source, first_number = seen[doc_id]
        first = (f"on line {first_number}" if first_source == source
                 else f"in {first_source} line {first_number}")
        raise UnreadableInput(f"{where}: duplicate id {doc_id!r} (first seen {first}); "
                              "give each record its own id")
    document = _document(text, name=where, source=source, kind="any", id=doc_id,
                         title=_repair_mojibake(title.strip()) if title and title.strip() else None,
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


# ---------------------------------------------------------------------------- decoding

def read_text(path_or_bytes: str | os.PathLike[str] | bytes, *, name: str) -> str:
    """Decode a file (or its bytes) to text; ``name`` names it in error messages.

    A byte-order mark decides (UTF-8, UTF-16 or UTF-32); otherwise the text is UTF-8, and any
    byte that is not is read as cp1252 (a superset of Latin-1's letters), so a Latin-1 file and
    a UTF-8 file with a few stray Latin-1 bytes both read right. UTF-8 that was once misread as
    cp1252 ("â€™") is repaired. Binary data (NUL bytes outside UTF-16/32, or many control
    characters) is refused.

    >>> read_text("Zürich".encode("latin-1"), name="a.txt")
    'Zürich'
    >>> read_text("café ".encode("utf-8") + "naïve".encode("latin-1"), name="a.txt")
    'café naïve'
    >>> read_text("It’s".encode("utf-8").decode("cp1252").encode("utf-8"), name="a.txt")
    'It’s'
    >>> read_text(b"PK\\x03\\x04\\x00\\x00", name="bad.bin")
    Traceback (most recent call last):
    ...
    kg.errors.UnreadableInput: bad.bin: binary file (NUL bytes), not text
    """
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data = bytes(path_or_bytes)
    else:
        data = _read_bytes(Path(path_or_bytes), name=name)
    for bom, codec in BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":
                return _checked(_decode_utf8(data[len(bom):]), name=name)
            try:
                return _checked(_repair_mojibake(data.decode(codec)), name=name)
            except UnicodeDecodeError as err:
                raise UnreadableInput(f"{name}: broken {codec.upper()} text after its byte-order "
                                      f"mark ({err.reason} at byte {err.start})") from err
    if b"\x00" in data:
        raise UnreadableInput(f"{name}: binary file (NUL bytes), not text")
    return _checked(_decode_utf8(data), name=name)


def _read_bytes(path: Path, *, name: str) -> bytes:
    with open_input(path, name=name) as handle:
        return handle.read()


def open_input(path: Path, *, name: str, folder: str = "is a folder, not a file"):
    """``path`` opened for reading bytes, or one UnreadableInput line naming ``name``."""
    try:
        return path.open("rb")
    except FileNotFoundError as err:
        raise UnreadableInput(f"{name}: no such file") from err
    except IsADirectoryError as err:
        raise UnreadableInput(f"{name}: {folder}") from err
    except PermissionError as err:
        raise UnreadableInput(f"{name}: permission denied; make the file readable") from err
    except OSError as err:
        raise UnreadableInput(f"{name}: cannot read ({err.strerror or err})") from err


def _decode_utf8(data: bytes) -> str:
    """UTF-8, with each byte that is not UTF-8 read as cp1252, and mojibake repaired."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="surrogateescape").translate(_SURROGATE_TO_CP1252)
    return _repair_mojibake(text)


# cp1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D); they keep their Latin-1
# meaning, so every byte has a character and back.
_CP1252 = {byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
           for byte in range(256)}
_SURROGATE_TO_CP1252 = {0xDC00 + byte: _CP1252[byte] for byte in range(0x80, 0x100)}
_CP1252_BYTES = {char: byte for byte, char in _CP1252.items()}


def _repair_mojibake(text: str) -> str:
    return MOJIBAKE.sub(_unmangle, text)


def _unmangle(match: re.Match) -> str:
    try:
        return bytes(_CP1252_BYTES[char] for char in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def _checked(text: str, *, name: str) -> str:
    sample = text[:CONTROL_SAMPLE]
    if sample and len(CONTROLS.findall(sample)) > MAX_CONTROL_RATIO * len(sample):
        raise UnreadableInput(f"{name}: binary file (control characters), not text")
    return text


# ---------------------------------------------------------------------------- plain text

def clean_text(text: str) -> str:
    """Remove page chrome from scraped plain text, keeping the headline, standfirst and body.

    Lines matching the chrome patterns go wherever they are. Above the first body paragraph
    and below the last, short lines go too (site names, section tags, bylines), except the
    headline: the first line of a few words. A standfirst that repeats a paragraph is kept
    once. Bracketed syndication notes are cut from the line that carries them. Kept lines
    are unchanged but for trailing whitespace.

    >>> clean_text("Reuters\\nShare\\n\\nRutte met Trump in Washington on Thursday, officials said."
    ...            " (This story has been corrected to fix the date.)\\n\\nAdvertisement")
    'Rutte met Trump in Washington on Thursday, officials said.'
    >>> clean_text("Short notes stay when no paragraph marks the body")
    'Short notes stay when no paragraph marks the body'
    """
    return _clean(text)[0]


def _clean(text: str) -> tuple[str, str | None]:
    """The cleaned text and its headline, if one was found."""
    rules = _rules()
    lines = []
    for raw in CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
        line = raw.rstrip()
        stripped = line.lstrip()
        if stripped and _is_chrome(stripped, rules):
            continue
        if "(" in line:
            line = _strip_asides(line, rules.aside).rstrip()
            if stripped and not line.strip():
                continue
        lines.append(line)
    prose = [index for index, line in enumerate(lines) if _is_prose(line)]
    if not prose:  # no body paragraph to anchor on: leave the short lines alone
        return _join(lines), None
    first, last = prose[0], prose[-1]
    body = lines[first:last + 1]
    header, headline = _header(lines[:first], body)
    footer = [line for line in lines[last + 1:] if _is_text(line) or not line.strip()]
    return _join(header + body + footer), headline


def _header(lines: list[str], body: list[str]) -> tuple[list[str], str | None]:
    """The lines above the body worth keeping: the headline and long lines (a standfirst)."""
    at = next((index for index, line in enumerate(lines) if _is_headline(line)), None)
    kept = []
    body_key = None
    for index, line in enumerate(lines):
        if index != at and line.strip():
            if not _is_text(line):
                continue
            body_key = body_key or _word_key("\n".join(body))
            if _word_key(line) in body_key:  # a standfirst repeating a paragraph: keep one
                continue
        kept.append(line)
    return kept, lines[at].strip() if at is not None else None


def _join(lines: list[str]) -> str:
    joined = []
    for line in lines:
        if line.strip():
            joined.append(line)
        elif joined and joined[-1]:
            joined.append("")
    return "\n".join(joined).strip()


def _is_chrome(stripped: str, rules: _Rules) -> bool:
    if len(stripped) > MAX_CHROME_CHARS:
        return False
    if rules.drop.fullmatch(stripped):
        return True
    if stripped.endswith(")"):
        credit = LAST_BRACKET.search(stripped)
        if credit and rules.caption.fullmatch(credit.group(1).strip()):
            return True
    return _date_cue(stripped, rules) is not None


def _strip_asides(line: str, aside: re.Pattern) -> str:
    pieces, end = [], 0
    for bracket in BRACKET.finditer(line):
        if aside.search(bracket.group(1)):
            pieces.append(line[end:bracket.start()].rstrip())
            end = bracket.end()
    if not pieces:
        return line
    pieces.append(line[end:])
    return "".join(pieces)


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    end = stripped.rstrip(CLOSERS)
    return (bool(end) and end[-1] in SENTENCE_ENDS
            and (len(stripped) >= MIN_PROSE_CHARS or _words(stripped) >= MIN_PROSE_WORDS))


def _is_text(line: str) -> bool:
    """Long enough to be text rather than a label, whatever its punctuation."""
    return _words(line) >= MIN_TEXT_WORDS


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    return (len(stripped) <= MAX_HEADLINE_CHARS and not stripped.endswith(":")
            and MIN_HEADLINE_WORDS <= _words(stripped) <= MAX_HEADLINE_WORDS
            and any(char.isalpha() for char in stripped))


def _words(text: str) -> int:
    count = len(text.split())
    if not text.isascii():
        count += len(CJK.findall(text)) // 2
    return count


def _word_key(text: str) -> str:
    return " " + " ".join(WORD.findall(text.casefold())) + " "


@dataclass(frozen=True, slots=True)
class _Rules:
    drop: re.Pattern
    caption: re.Pattern
    aside: re.Pattern
    cue: re.Pattern
    stamp: re.Pattern


@cache
def _rules() -> _Rules:
    """The chrome patterns of ``kg/data/ingest_chrome.tsv``, compiled once."""
    kinds: dict[str, list[str]] = {kind: [] for kind in
                                   ("drop", "caption", "aside", "published", "updated", "stamp")}
    text = resources.files("kg").joinpath("data", CHROME_FILE).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, tab, pattern = line.partition("\t")
        if not tab or kind not in kinds:
            raise ValueError(f"{CHROME_FILE} line {number}: expected '<kind><TAB><pattern>' with "
                             f"a kind among {', '.join(kinds)}, got {line!r}")
        kinds[kind].append(pattern)

    def either(kind: str) -> str:
        return "|".join(f"(?:{pattern})" for pattern in kinds[kind])

    flags = re.IGNORECASE
    return _Rules(
        drop=re.compile(either("drop"), flags),
        caption=re.compile(either("caption"), flags),
        aside=re.compile(either("aside"), flags),
        cue=re.compile(f"(?:(?P<published>{either('published')})|(?P<updated>{either('updated')}))"
                       r"(?:\s*[:|\-–—]\s*|\s+)", flags),
        stamp=re.compile(either("stamp"), flags),
    )


# ---------------------------------------------------------------------------- HTML

class _Page(NamedTuple):
    text: str
    title: str | None
    date: str | None
    url: str | None


def clean_html(html: str, *, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The article text of an HTML page and its metadata: ``title``, ``date`` and ``url``.

    trafilatura finds the main text and the metadata (Open Graph, JSON-LD, canonical link).
    When it finds nothing, or the page is nested too deeply for it, the page's text is taken
    with the standard library's HTML parser instead. The text goes through :func:`clean_text`
    and the title heads it, as the headline does in scraped plain text.

    >>> text, metadata = clean_html(
    ...     "<html><head><title>Rutte meets Trump</title><script>var x = 1;</script></head>"
    ...     "<body><p>Mark Rutte met Donald Trump in the White House on Thursday.</p>"
    ...     "</body></html>")
    >>> print(text)
    Rutte meets Trump
    <BLANKLINE>
    Mark Rutte met Donald Trump in the White House on Thursday.
    >>> metadata["title"]
    'Rutte meets Trump'
    """
    page = _main_text(html, url=url) or _page_text(html)
    title = " ".join(page.title.split()) if page.title else None
    text, _ = _clean(page.text)
    if title and text:
        first, _, rest = text.partition("\n")
        if first.strip() == title:  # the page repeats its title as the first heading
            text = rest.lstrip("\n")
        text = f"{title}\n\n{text}" if text else ""
    metadata = {"title": title or None,
                "date": _as_date(page.date) or detect_date(page.text),
                "url": page.url or url}
    return text, metadata


def _main_text(html: str, *, url: str | None) -> _Page | None:
    import trafilatura  # imported here: it takes most of a second, and plain text never needs it

    try:
        found = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
    except RecursionError:  # markup nested deeper than lxml or trafilatura can walk
        return None
    if found is None or not (found.text or "").strip():
        return None
    return _Page(found.text, found.title, found.date, found.url)


def _page_text(html: str) -> _Page:
    parser = _TextParser()
    parser.feed(_defused(html))
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return _Page("\n".join(line for line in lines if line), "".join(parser.title) or None,
                 parser.meta.get("date"), parser.meta.get("url"))


def _defused(html: str) -> str:
    """``html`` with every ``<`` that cannot open a complete tag escaped as text.

    The html.parser of Python 3.11.7 rescans to the end of the input for each unclosed
    construct (python/cpython#135462, CVE-2025-6069), so ``"<a " * 300_000`` takes hours.
    Comments are removed (never text), an unclosed one and marked sections are escaped, and
    between two ``>`` only the last ``<`` may open a tag: each scan then stops at the next ``>``.
    """
    pieces, start = [], 0
    while (opening := html.find("<!--", start)) != -1:
        closing = html.find("-->", opening + 4)
        if closing == -1:
            pieces.append(html[start:opening] + "&lt;!--")
            start = opening + 4
            break
        pieces.append(html[start:opening])
        start = closing + 3
    pieces.append(html[start:].replace("<!--", "&lt;!--"))
    segments = "".join(pieces).replace("<![", "&lt;![").split(">")
    for index, segment in enumerate(segments):
        if segment.count("<") > 1:
            head, mark, tail = segment.rpartition("<")
            segments[index] = head.replace("<", "&lt;") + mark + tail
    return ">".join(segments)


class _TextParser(HTMLParser):
    """The text of a page without markup, scripts or styles; no recursion, so no depth limit."""

    # Elements whose content is code, controls or navigation, never article text.
    SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe",
                      "object", "canvas", "nav", "footer", "aside", "form", "button", "select"})
    # Elements that end a line of text.
    BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                        "tr", "table", "section", "article", "header", "main", "blockquote",
                        "pre", "dd", "dt", "dl", "figure", "figcaption", "hr", "title"})
    # Meta tags that carry the publication date, as sites name them.
    DATE_META = frozenset({"article:published_time", "og:published_time", "datepublished",
                           "pubdate", "publishdate", "publish-date", "date", "dc.date",
                           "dc.date.issued", "dcterms.date", "dcterms.created",
                           "parsely-pub-date", "sailthru.date"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self.skipping: dict[str, int] = {}
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_startendtag(tag, attrs)
        if tag in self.SKIP:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
        self.in_title = tag == "title" or self.in_title

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")
        values = {key: value or "" for key, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "")
            if key.lower() in self.DATE_META and values.get("content"):
                self.meta.setdefault("date", values["content"])
            if key.lower() == "og:url" and values.get("content"):
                self.meta.setdefault("url", values["content"])
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            if values.get("href"):
                self.meta["url"] = values["href"]

    def handle_endtag(self, tag: str) -> None:
        if self.skipping.get(tag):
            self.skipping[tag] -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not any(self.skipping.values()):
            self.parts.append(data)


# ---------------------------------------------------------------------------- dates

def detect_date(text: str, *, metadata: dict[str, Any] | None = None) -> date | None:
    """The publication date of an article, from the best cue it has.

    In order: ``metadata["date"]`` (HTML markup, a JSONL field); a "Published:" / "Posted on"
    line; an "Updated:" line; a date in the first lines that is not a page-header stamp; last,
    the stamp itself ("Friday, December 05, 2025 | 12:24 AM IST"), which is when the page was
    fetched. Numeric dates are read only when unambiguous ("17/03/2025", not "03/04/2025").

    >>> detect_date("Friday, December 05, 2025 | 12:24 AM IST\\nNato chief speaks\\n"
    ...             "First Published: Mar 17 2025 | 5:20 PM IST")
    datetime.date(2025, 3, 17)
    >>> detect_date("Updated: 18 March 2025\\nPublished on March 17, 2025")
    datetime.date(2025, 3, 17)
    >>> detect_date("Any text", metadata={"date": "2025-03-17T17:20:00+05:30"})
    datetime.date(2025, 3, 17)
    >>> detect_date("No date here.") is None
    True
    """
    if metadata:
        found = _as_date(metadata.get("date"))
        if found:
            return found
    rules = _rules()
    updated = top = stamp = None
    seen = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        cue = _date_cue(stripped, rules) if len(stripped) <= MAX_CHROME_CHARS else None
        if cue is None:
            if seen <= TOP_LINES and top is None:
                top = _find_date(stripped[:TOP_CHARS])
            continue
        kind, found = cue
        if kind == "published" and found:
            return found
        if kind == "updated":
            updated = updated or found
        elif kind == "stamp":
            stamp = stamp or found
    return updated or top or stamp


def _date_cue(stripped: str, rules: _Rules) -> tuple[str, date | None] | None:
    """("published" | "updated" | "stamp", date) when the line is a date cue, else None."""
    if len(stripped.split()) > MAX_CUE_WORDS:
        return None
    if rules.stamp.fullmatch(stripped):
        return "stamp", _find_date(stripped)
    cue = rules.cue.match(stripped)
    if cue is None:
        return None
    found = _find_date(stripped[cue.end():])
    if found is None:
        return None
    return ("published" if cue.group("published") else "updated"), found


def _find_date(text: str) -> date | None:
    """The first full date (day, month and year) written in ``text``."""
    best: tuple[int, date] | None = None
    for shape, pattern in DATE_FORMATS.items():
        for match in pattern.finditer(text):
            found = _date_of(shape, match)
            if found is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), found)
                break
    return best[1] if best else None


def _date_of(shape: str, match: re.Match) -> date | None:
    year = int(match["year"])
    if shape == "numeric":
        first, second = int(match["first"]), int(match["second"])
        if first > 12:
            day, month = first, second
        elif second > 12 or first == second:
            month, day = first, second
        else:
            return None
    elif shape == "iso":
        month, day = int(match["month"]), int(match["day"])
    else:
        month, day = MONTHS[match["month"][:3].lower()], int(match["day"])
    if year not in YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _as_date(value: Any) -> date | None:
    """A date from a metadata value: a date, a datetime or a string holding one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        return _find_date(value[:TOP_CHARS])
    return None
