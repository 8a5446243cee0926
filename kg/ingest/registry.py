"""Which reader reads which source: the one table of formats.

A reader is a function from an :class:`Input` to Documents, registered with the file suffixes
it takes and, optionally, a ``sniff`` that recognises its content where the name says nothing
(stdin, or a file with a suffix no reader claims). The folder walk, the error for a folder
without articles and the CLI's help all read this table, so a new format is one module under
``kg/ingest/readers/`` with one ``@register_reader`` and one import in its ``__init__``.

>>> describe_formats()
'.txt, .html/.htm or .jsonl'
>>> describe_formats(grouped=False)
'.txt, .html, .htm or .jsonl'
>>> SUFFIXES[".htm"]
'html'
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from kg.errors import UnreadableInput
from kg.ingest.cleaning import is_blank
from kg.ingest.decoding import check_text, read_text
from kg.ingest.fetch import outlet_of
from kg.model import Document

__all__ = ["FALLBACK", "READERS", "SUFFIXES", "Input", "Reader", "create_document",
           "describe_formats", "register_reader", "sniff_reader"]


class Input:
    """One source being read: its name, its lines as they come, or its whole decoded text.

    ``name`` is how errors and ``Document.source`` call it (a path, ``<stdin>``). ``lines()``
    streams the raw lines (bytes, or str from a text stream); ``text()`` reads the rest whole
    and decodes it by :func:`~kg.ingest.decoding.read_text`'s rules, after which ``lines()`` are
    the text's. ``ids`` maps each explicit document id read so far in this
    :func:`~kg.ingest.read_documents` call to where it was (name, line), so a repeated id is
    refused across sources. A fetched source also has its ``url`` (where it ended after
    redirects) and the run's ``fetcher`` (:class:`~kg.ingest.fetch.Fetcher`), which a feed
    or sitemap uses to fetch the articles it lists.

    >>> Input("a.txt", [b"Zurich\\n", b"Z\\xfcrich\\n"]).text()
    'Zurich\\nZürich\\n'
    """

    __slots__ = ("name", "ids", "url", "fetcher", "_lines", "_text")

    def __init__(self, name: str, lines: Iterable[bytes | str], *,
                 ids: dict[str, tuple[str, int]] | None = None, url: str | None = None,
                 fetcher=None) -> None:
        self.name = name
        self.ids = {} if ids is None else ids
        self.url = url
        self.fetcher = fetcher
        self._lines: Iterator[bytes | str] = iter(lines)
        self._text: str | None = None

    def lines(self) -> Iterator[bytes | str]:
        if self._text is not None:
            return iter(self._text.split("\n"))
        return self._lines

    def text(self) -> str:
        if self._text is None:
            lines = list(self._lines)
            data = (b"" if not lines or isinstance(lines[0], bytes) else "").join(lines)
            self._text = (check_text(data, name=self.name) if isinstance(data, str)
                          else read_text(data, name=self.name))
        return self._text

    def head(self) -> bytes | str | None:
        """The first line that is not blank (or the last blank one), read ahead of ``lines()``."""
        head = []
        for line in self._lines:
            head.append(line)
            if line.strip():
                break
        self._lines = itertools.chain(head, self._lines)
        return head[-1] if head else None


@dataclass(frozen=True, slots=True)
class Reader:
    """A format: its name, the suffixes it takes, how it reads, how it recognises its content.

    ``sniff(start)`` is given the first non-blank line as it comes (bytes, or str from a text
    stream) and then, if no reader claimed that, the whole decoded text; it must judge by the
    start alone, so that a line it accepts is also accepted as the start of the text.
    """

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[Input], Iterator[Document | UnreadableInput]]
    sniff: Callable[[bytes | str], bool] | None = None


# Every format, in the order help and errors list them and sniffing tries them.
READERS: dict[str, Reader] = {}
# Each suffix a folder is searched for (lower case, with its dot), and the reader it goes to.
SUFFIXES: dict[str, str] = {}
# Content that no reader recognises is read as plain text.
FALLBACK = "text"


def register_reader(name: str, *, suffixes: Iterable[str],
                    sniff: Callable[[bytes | str], bool] | None = None):
    """Register the decorated function as the reader of format ``name``."""
    suffixes = tuple(suffixes)

    def register(read: Callable[[Input], Iterator[Document | UnreadableInput]]):
        if name in READERS:
            raise ValueError(f"reader {name!r} is already registered; choose another name")
        for suffix in suffixes:
            if not suffix.startswith(".") or suffix != suffix.lower():
                raise ValueError(f"reader {name!r}: suffix {suffix!r} must be lower case and "
                                 "start with a dot, like '.txt'")
            if suffix in SUFFIXES:
                raise ValueError(f"reader {name!r}: suffix {suffix!r} is already read by "
                                 f"{SUFFIXES[suffix]!r}")
        READERS[name] = Reader(name, suffixes, read, sniff)
        SUFFIXES.update(dict.fromkeys(suffixes, name))
        return read

    return register


def reader_for_suffix(suffix: str) -> Reader | None:
    """The reader of files ending in ``suffix``, or None when no reader takes it."""
    name = SUFFIXES.get(suffix.lower())
    return READERS[name] if name else None


def sniff_reader(source: Input) -> Reader:
    """The reader for content whose name says nothing, judged by its start (see :class:`Reader`)."""
    sniffing = [reader for reader in READERS.values() if reader.sniff is not None]
    head = source.head()
    if head is not None:
        for reader in sniffing:
            if reader.sniff(head):
                return reader  # read as it streams, never whole: JSONL on stdin
    text = source.text()
    for reader in sniffing:
        if reader.sniff(text):
            return reader
    return READERS[FALLBACK]


def describe_formats(*, grouped: bool = True) -> str:
    """The suffixes readers take, for messages: each reader's joined by "/" when ``grouped``."""
    if grouped:
        names = ["/".join(reader.suffixes) for reader in READERS.values() if reader.suffixes]
    else:
        names = list(SUFFIXES)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def create_document(text: str, *, name: str, source: str, **fields) -> Document:
    """The Document of a reader's cleaned ``text``; an empty one is an UnreadableInput.
    A document with a URL and no outlet is published by the URL's domain."""
    if is_blank(text):
        raise UnreadableInput(f"{name}: empty document (no text after cleaning)")
    if fields.get("url") and not fields.get("outlet"):
        fields["outlet"] = outlet_of(fields["url"]) or None
    return Document.create(text, source=source, **fields)
