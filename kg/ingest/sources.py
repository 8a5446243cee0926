"""Sources to Documents: paths, folders and stdin, each handed to the reader the registry names."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Union

from kg.errors import UnreadableInput, skip_failures
from kg.ingest.decoding import open_input
from kg.ingest.fetch import Fetcher, is_url
from kg.ingest.registry import (SUFFIXES, Input, Reader, describe_formats, reader_for_suffix,
                                sniff_reader)
from kg.ingest.web import read_url
from kg.model import Document

__all__ = ["STDIN", "count_documents", "read_documents"]

Source = Union[str, "os.PathLike[str]"]

# The source name that reads standard input, and how documents read from it are named.
STDIN = "-"
STDIN_NAME = "<stdin>"


def read_documents(sources: Source | Iterable[Source], *,
                   on_error: Callable[[UnreadableInput], Any] | None = None,
                   fetcher: Fetcher | None = None) -> Iterator[Document]:
    """Yield one Document per article in ``sources``, in order.

    ``sources`` is a path or an iterable of paths: files, folders (searched recursively in
    sorted order for the suffixes of :mod:`kg.ingest.registry`, ``.txt``, ``.html``/``.htm``
    and ``.jsonl``; hidden names skipped), ``"-"`` for stdin, or ``http(s)://`` URLs. A file
    is read by the reader of its suffix; stdin, a file with another suffix and whatever a
    URL returns by the reader that recognises its start (an RSS/Atom feed or a sitemap,
    whose articles are fetched in turn; JSONL when it opens a JSON object, HTML when it
    starts with markup), or as text. URLs are fetched by ``fetcher`` (a polite
    :class:`~kg.ingest.fetch.Fetcher` by default, one for the whole call).

    A document that cannot be read becomes an :class:`UnreadableInput` whose message is one
    line naming it (``corpus.jsonl line 17: invalid JSON (...)``); it is passed to
    ``on_error`` and skipped, and the rest are still read. Without ``on_error`` it is raised.
    JSONL records are described in :mod:`kg.ingest.readers.jsonl`; an explicit ``id`` seen
    twice in one call rejects the second record.

    >>> errors = []
    >>> list(read_documents(["no/such/file.txt"], on_error=errors.append))
    []
    >>> print(errors[0])
    no/such/file.txt: no such file
    """
    ids: dict[str, tuple[str, int]] = {}
    fetcher = fetcher or Fetcher()
    for source in _each_source(sources):
        yield from skip_failures(_read_source(source, ids=ids, fetcher=fetcher), on_error)


def count_documents(sources: Source | Iterable[Source]) -> int | None:
    """How many documents :func:`read_documents` will yield at most, counted without
    parsing (a JSONL file by its non-blank lines); None when a source is stdin or a URL,
    whose documents are known only once read.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("One.")
    >>> _ = (folder / "b.jsonl").write_text('{"text": "Two."}\\n\\n{"text": "Three."}\\n')
    >>> count_documents([folder]), count_documents([folder, "https://example.org/rss"])
    (3, None)
    """
    total = 0
    for source in _each_source(sources):
        if is_url(source) or (isinstance(source, str) and source == STDIN):
            return None
        path = Path(source)
        if path.is_dir():
            files = [Path(parent, file) for parent, folders, names in os.walk(path)
                     for file in names if not file.startswith(".")
                     and Path(file).suffix.lower() in SUFFIXES]
        else:
            files = [path]
        for file in files:
            total += _count_file(file)
    return total


def _count_file(path: Path) -> int:
    if SUFFIXES.get(path.suffix.lower()) != "jsonl":
        return 1
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0


def _each_source(sources: Source | Iterable[Source]) -> Iterator[Source]:
    if isinstance(sources, (str, os.PathLike)):
        yield sources
        return
    for source in sources:
        if not isinstance(source, (str, os.PathLike)):
            raise TypeError(f"sources must be paths, URLs or {STDIN!r} for stdin, "
                            f"got {type(source).__name__}: {source!r}")
        yield source


def _read_source(source: Source, *, ids: dict,
                 fetcher: Fetcher) -> Iterator[Document | UnreadableInput]:
    if is_url(source):
        yield from read_url(source, fetcher=fetcher, ids=ids)
        return
    if isinstance(source, str) and source == STDIN:
        stream = getattr(sys.stdin, "buffer", None) or sys.stdin
        yield from _read(Input(STDIN_NAME, stream, ids=ids, fetcher=fetcher), reader=None)
        return
    name = os.fspath(source)
    path = Path(source)
    try:
        is_folder, exists = path.is_dir(), path.exists()
    except (OSError, ValueError) as err:
        yield UnreadableInput(f"{name}: not a readable path ({err})")
        return
    if is_folder:
        yield from _read_folder(path, name=name, ids=ids)
    elif not exists:
        yield UnreadableInput(f"{name}: no such file")
    else:
        yield from _read(Input(name, _file_lines(path, name=name), ids=ids, fetcher=fetcher),
                         reader=reader_for_suffix(path.suffix))


def _read_folder(folder: Path, *, name: str, ids: dict) -> Iterator[Document | UnreadableInput]:
    problems: list[OSError] = []
    found = []
    for parent, folders, files in os.walk(folder, onerror=problems.append):
        folders[:] = [child for child in folders if not child.startswith(".")]
        found.extend(Path(parent, file) for file in files
                     if not file.startswith(".") and Path(file).suffix.lower() in SUFFIXES)
    for problem in problems:
        yield UnreadableInput(f"{problem.filename}: cannot list folder ({problem.strerror})")
    if not found and not problems:
        yield UnreadableInput(f"{name}: no {describe_formats(grouped=False)} files in this "
                              "folder (hidden files and other suffixes are skipped)")
    for path in sorted(found, key=lambda path: path.relative_to(folder).parts):
        path_name = str(Path(name, path.relative_to(folder)))
        yield from _read(Input(path_name, _file_lines(path, name=path_name), ids=ids),
                         reader=reader_for_suffix(path.suffix))


def _file_lines(path: Path, *, name: str) -> Iterator[bytes]:
    """The file's lines, opened when first asked for (so an unread file is never opened)."""
    with open_input(path, name=name) as handle:
        yield from handle


def _read(source: Input, *, reader: Reader | None) -> Iterator[Document | UnreadableInput]:
    try:
        yield from (reader or sniff_reader(source)).read(source)
    except UnreadableInput as err:
        yield err
