"""The whole journey in one call: sources -> Documents -> Relations -> a store (and a page).

:func:`build` reads, extracts and stores, skipping documents the store already holds, so a
build that stopped half way is finished by running it again. :func:`extract` stops at the
relations, :func:`load` stores relations read back from JSONL, and :func:`show` counts
what a store holds. :func:`watch` follows feeds, building what is new at every poll;
:func:`remove` takes documents out again and :func:`rebuild` reads again what an older
version of the rules read. The ``kg`` command is a thin skin over these.

A document that cannot be read or whose text makes the parser fail is reported (passed to
``on_error``) and skipped; the others are still processed.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Mark Rutte met Donald Trump on Thursday.")
>>> report = build(folder, store=folder / "graph.json")
>>> report.documents, report.skipped, report.relations, report.added["relations"]
(1, 0, 1, 1)
>>> build(folder, store=folder / "graph.json").skipped
1
>>> show(folder / "graph.json")["relations_by_category"]
{'CONSULT': 1}
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Union

from kg import EXTRACTOR_VERSION
from kg.errors import DocumentNotFound, ExtractionFailed, InvalidOption, KGError, UnreadableInput
from kg.ingest import read_documents
from kg.ingest.fetch import Fetcher
from kg.ingest.web import Entry, fetch_entries, read_article
from kg.jsonl import read_relations
from kg.model import Document, Relation
from kg.store import Store, open_store

__all__ = ["MIN_CONFIDENCE", "BuildReport", "ExtractionFailed", "LoadReport", "RemoveReport",
           "WatchReport", "build", "check_confidence", "extract", "is_shown", "load",
           "rebuild", "remove", "show", "watch"]

Target = Union[str, "os.PathLike[str]"]
OnError = Callable[[KGError], Any]
Progress = Callable[[int, int], Any]

DEFAULT_STORE = "graph.json"
# Documents extracted between two writes to the store: the NetworkX store rewrites its whole
# file on every add, and a crash loses at most one batch of work.
BATCH_DOCS = 200
# Documents handed to spaCy at once by extract(); relations are yielded batch by batch.
EXTRACT_BATCH = 32
# Relations per store.add() when loading JSONL.
LOAD_BATCH = 5000
# The confidence below which what people read (kg extract's table, kg evaluate's scores, the
# HTML page's first view) hides a relation: a row of the confidence table (a rule, or events
# with an unnamed side) right less than 40% of the time on the news gold is more often wrong
# than right even allowing for the sampling error of a row measured on a dozen or so news
# events (0.5 less one standard error, about 0.13). Stores keep every relation with its
# confidence, so extract() yields everything unless asked for less.
MIN_CONFIDENCE = 0.4


@dataclass(frozen=True)
class BuildReport:
    """What :func:`build` did.

    ``documents`` counts the documents read (stored now, skipped, or failed in extraction);
    ``skipped`` those the store already held (by content hash) and ``duplicates`` those whose
    text came earlier in the same run; ``failed`` holds one line per input that could not be
    read or extracted; ``relations`` counts the relations extracted; ``added`` is what the
    store reports as new (``documents``, ``actors``, ``relations``). ``store`` names the
    store, without password. ``replaced`` counts stored articles that a new version at the
    same URL replaced, relations and all; ``copies`` the near-duplicates of another article
    (the same wire story on another site), stored as its copies without relations of their own.
    """

    documents: int = 0
    skipped: int = 0
    failed: tuple[str, ...] = ()
    relations: int = 0
    added: dict[str, int] = field(default_factory=lambda: dict(_NOTHING_ADDED))
    store: str = ""
    duplicates: int = 0
    replaced: int = 0
    copies: int = 0


@dataclass(frozen=True)
class LoadReport:
    """What :func:`load` did: relations read, lines that failed, what the store added."""

    relations: int = 0
    failed: tuple[str, ...] = ()
    added: dict[str, int] = field(default_factory=lambda: dict(_NOTHING_ADDED))
    store: str = ""


_NOTHING_ADDED = {"documents": 0, "actors": 0, "relations": 0}


def build(sources, *, store: Target | Store = DEFAULT_STORE, html: Target | None = None,
          model: str | None = None, nlp=None, batch_docs: int = BATCH_DOCS,
          on_error: OnError | None = None, progress: Progress | None = None,
          max_nodes: int | None = 500, workers: int | None = None,
          scheduler: str | None = None, fetcher: Fetcher | None = None,
          near_duplicates: bool = True) -> BuildReport:
    """Read ``sources``, extract their relations and add them to ``store``; return a report.

    ``sources`` is what :func:`~kg.ingest.read_documents` takes (paths, folders, ``"-"``,
    URLs of articles, feeds and sitemaps, fetched by ``fetcher``).
    ``store`` is an open :class:`~kg.store.Store` or a target for
    :func:`~kg.store.open_store`, opened here and closed at the end. Documents whose text
    the store already holds are skipped, so running a build again only does what is left.
    Every ``batch_docs`` documents are added to the store with their relations; documents
    without relations are recorded too, so they are skipped next time. With ``html`` the
    whole store is then drawn there (:func:`~kg.visualize.to_html`, ``max_nodes`` actors;
    relations below :data:`MIN_CONFIDENCE` hidden until the reader asks for them).

    Failures are passed to ``on_error`` (a :class:`~kg.errors.UnreadableInput` or
    :class:`ExtractionFailed`, each one line naming the document) and skipped; without
    ``on_error`` the first one is raised. ``progress(documents, relations)`` is called often
    with the documents done (skipped or parsed) and the relations found so far. ``nlp`` is a
    loaded spaCy pipeline; by default ``model`` (or the preferred installed one) is loaded,
    and only if there is a document to parse.

    With ``workers=N`` (a local Dask cluster of N processes) or ``scheduler`` (the address
    of a running one) extraction runs on the cluster (:mod:`kg.distributed`, which needs
    ``kg[dask]``) and gives the same relations; storing stays here, batch by batch.

    An article at the URL of a stored one, with another text, is an update: it replaces the
    older version and its relations. With ``near_duplicates`` (the default) an article nearly
    the same as a stored one from another URL (:mod:`kg.duplicates`: the same wire story on
    another site) is stored as a copy of it (``Document.copy_of``), a second source, not
    new events; the stored texts are indexed for that at the first document to store.
    """
    if batch_docs < 1:
        raise ValueError(f"batch_docs must be at least 1, got {batch_docs}")
    run = _Run(nlp=nlp, model=model, on_error=on_error, progress=progress, workers=workers,
               scheduler=scheduler)
    with run.cluster, _opened(store) as opened:
        documents = read_documents(sources, on_error=run.fail, fetcher=fetcher)
        _store_documents(documents, opened, run, batch_docs=batch_docs,
                         near_duplicates=near_duplicates)
        if html is not None:
            from kg.visualize import to_html

            to_html(opened, html, max_nodes=max_nodes, min_confidence=MIN_CONFIDENCE)
        return run.report(opened)


def _store_documents(documents: Iterable[Document], store: Store, run: _Run, *,
                     batch_docs: int = BATCH_DOCS, near_duplicates: bool = True) -> None:
    """Extract and store ``documents`` batch by batch, skipping what ``store`` holds.

    A document whose text is stored already is skipped; one at the URL of a stored document
    with another text is an update: the older version and its relations are removed when the
    new one is stored. With ``near_duplicates``, a text nearly the same as a stored one from
    another URL (:mod:`kg.duplicates`) is stored as a copy of it, without relations of its own.
    """
    known = _Known(store, near_duplicates=near_duplicates)
    batch: list[Document] = []
    for document in documents:
        run.documents += 1
        if document.content_hash in known.hashes:
            run.skip(duplicate=document.content_hash in known.seen)
            known.restamp(store, document)
            continue
        document = known.note(document)
        batch.append(document)
        if len(batch) >= batch_docs:
            run.store(store, batch, replacing=known.replacing)
            batch = []
    if batch:
        run.store(store, batch, replacing=known.replacing)


class _Known:
    """What a store holds, as a build needs it: texts by hash, documents by URL."""

    def __init__(self, store: Store, *, near_duplicates: bool = False) -> None:
        self.store = store
        self.near_duplicates = near_duplicates
        self._index = None  # kg.duplicates.DuplicateIndex of the stored texts, when first needed
        self.hashes = store.stored_hashes()
        self.seen: set[str] = set()  # hashes first met in this run
        self.by_url: dict[str, str] = {}
        self.stored: dict[str, Document] = {}  # by URL
        for document in store.documents():
            if document.url:
                self.by_url[document.url] = document.id
                self.stored[document.url] = document
        # New document id -> the stored version it replaces (same URL, other text).
        self.replacing: dict[str, str] = {}

    def restamp(self, store: Store, document: Document) -> None:
        """A stored text met again under a new update stamp: only the stamp is new, so it
        is stored and the article is not fetched again at the next poll."""
        old = self.stored.get(document.url) if document.url else None
        if (old is not None and old.id == document.id and document.updated
                and old.updated != document.updated):
            kept = replace(document, extractor=old.extractor, copy_of=old.copy_of)
            store.add([], documents=[kept])
            self.stored[document.url] = kept

    def note(self, document: Document) -> Document:
        """Record a document about to be stored; return it, marked as a copy if it is one."""
        self.hashes.add(document.content_hash)
        self.seen.add(document.content_hash)
        older = self.by_url.get(document.url) if document.url else None
        if document.url:
            if older is not None:
                self.replacing[document.id] = older
            self.by_url[document.url] = document.id
        if not self.near_duplicates:
            return document
        index = self.index()
        if older is not None:
            index.discard(older)
        else:
            original = index.original_of(document.text, url=document.url)
            if original is not None:
                return replace(document, copy_of=original)
        index.add(document.id, document.text, url=document.url)
        return document

    def index(self):
        """The stored originals' texts, indexed at the first document that needs them."""
        if self._index is None:
            from kg.duplicates import DuplicateIndex

            self._index = DuplicateIndex()
            for document in self.store.documents(with_text=True):
                if document.text and document.copy_of is None:
                    self._index.add(document.id, document.text, url=document.url)
        return self._index


def extract(sources, *, model: str | None = None, nlp=None, on_error: OnError | None = None,
            progress: Progress | None = None, workers: int | None = None,
            scheduler: str | None = None, min_confidence: float = 0.0,
            fetcher: Fetcher | None = None) -> Iterator[Relation]:
    """Yield the relations of ``sources`` with a confidence of at least ``min_confidence``;
    unreadable and failing documents are skipped.

    Like :func:`build` without a store: failures go to ``on_error`` (raised without it), and
    ``progress(documents, relations)`` follows the work (counting every relation found, shown
    or not); ``workers``/``scheduler`` extract on Dask as in :func:`build`. By default every
    relation is yielded, as :func:`build` stores them, so that extracting and then loading
    gives the store a build gives; ``min_confidence=MIN_CONFIDENCE`` keeps what is likely
    right.
    """
    line = check_confidence(min_confidence)  # here, not on the first relation asked for
    relations = _extract(sources, model=model, nlp=nlp, on_error=on_error, progress=progress,
                         workers=workers, scheduler=scheduler, fetcher=fetcher)
    return (relation for relation in relations if is_shown(relation, line))


def is_shown(relation: Relation, min_confidence: float = MIN_CONFIDENCE) -> bool:
    """Whether ``relation`` is confident enough to be shown at ``min_confidence``."""
    return relation.confidence >= min_confidence


def check_confidence(value: float) -> float:
    """``value`` as a confidence line, or :class:`InvalidOption` saying what to give.

    >>> check_confidence(1.5)
    Traceback (most recent call last):
    ...
    kg.errors.InvalidOption: min_confidence 1.5 is not between 0 and 1; use 0 to keep every relation
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not 0.0 <= number <= 1.0:  # also false for NaN
        raise InvalidOption(f"min_confidence {value!r} is not between 0 and 1; "
                            "use 0 to keep every relation")
    return number


def _extract(sources, *, model: str | None, nlp, on_error: OnError | None,
             progress: Progress | None, workers: int | None,
             scheduler: str | None, fetcher: Fetcher | None = None) -> Iterator[Relation]:
    run = _Run(nlp=nlp, model=model, on_error=on_error, progress=progress, workers=workers,
               scheduler=scheduler)
    # A cluster needs batches of many partitions to keep every worker busy.
    size = EXTRACT_BATCH if run.local else BATCH_DOCS
    with run.cluster:
        batch: list[Document] = []
        for document in read_documents(sources, on_error=run.fail, fetcher=fetcher):
            run.documents += 1
            batch.append(document)
            if len(batch) >= size:
                yield from run.extract(batch)
                batch = []
        if batch:
            yield from run.extract(batch)


def load(relations: Target | Iterable[Relation], *, store: Target | Store = DEFAULT_STORE,
         on_error: OnError | None = None) -> LoadReport:
    """Add relations (a JSONL file, ``"-"`` for stdin, or Relation records) to ``store``.

    Lines that are not relation records go to ``on_error`` and are skipped (raised without
    it); see :func:`~kg.jsonl.read_relations`. Documents are known only from their relations,
    so they are not recorded as fully stored: a later :func:`build` of the same articles
    extracts them again (and adds nothing new).
    """
    failed: list[str] = []

    def fail(error: KGError) -> None:
        failed.append(str(error))
        if on_error is None:
            raise error
        on_error(error)

    if isinstance(relations, (str, os.PathLike)):
        relations = read_relations(relations, on_error=fail)
    added = dict(_NOTHING_ADDED)
    count = 0
    with _opened(store) as opened:
        chunk: list[Relation] = []
        for relation in relations:
            chunk.append(relation)
            if len(chunk) >= LOAD_BATCH:
                _sum_into(added, opened.add(chunk))
                count += len(chunk)
                chunk = []
        if chunk:
            _sum_into(added, opened.add(chunk))
            count += len(chunk)
        return LoadReport(relations=count, failed=tuple(failed), added=added,
                          store=opened.target)


@dataclass(frozen=True)
class RemoveReport:
    """What :func:`remove` did: the documents removed, names not found, what the store lost
    (``documents``, ``actors``, ``quantities``, ``relations``)."""

    documents: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    removed: dict[str, int] = field(default_factory=dict)
    store: str = ""
    promoted: int = 0  # copies of removed articles that now stand as originals


def remove(documents: str | Iterable[str], *, store: Target | Store = DEFAULT_STORE,
           on_error: OnError | None = None, model: str | None = None,
           nlp=None) -> RemoveReport:
    """Remove documents, named by id or URL, from ``store``: with them go the relations they
    supported and the actors and quantities no other relation names, so that the graph is
    the one built without them. A removed article's copies (near-duplicates on other sites)
    then stand alone: the first of them by id is extracted (by ``nlp``, else ``model``) and
    the others become its copies.

    A name that is neither a stored document's id nor its URL is a
    :class:`~kg.errors.DocumentNotFound` passed to ``on_error`` (raised without it).
    """
    names = [documents] if isinstance(documents, str) else list(documents)
    failed: list[str] = []
    with _opened(store) as opened:
        by_id: dict[str, str] = {}
        by_url: dict[str, list[str]] = {}
        for document in opened.documents():
            by_id[document.id] = document.id
            if document.url:
                by_url.setdefault(document.url, []).append(document.id)
        ids: list[str] = []
        for name in names:
            found = [by_id[name]] if name in by_id else by_url.get(name)
            if not found:
                error = DocumentNotFound(f"no document with id or URL {name!r} in store "
                                         f"{opened.target!r}; list them with show() or a query "
                                         "of (:Document) nodes")
                failed.append(str(error))
                if on_error is None:
                    raise error
                on_error(error)
                continue
            ids.extend(found)
        ids = list(dict.fromkeys(ids))
        with _uninterrupted():
            removed = opened.remove(ids) if ids else dict.fromkeys(
                ("documents", "actors", "quantities", "relations"), 0)
        promoted = _promote_copies(opened, set(ids), nlp=nlp, model=model, on_error=on_error)
        return RemoveReport(documents=tuple(ids), failed=tuple(failed), removed=removed,
                            store=opened.target, promoted=promoted)


def _promote_copies(store: Store, removed: set[str], *, nlp, model: str | None,
                    on_error: OnError | None) -> int:
    """The copies of removed articles, each group led by its first copy, now an original."""
    groups: dict[str, list[Document]] = {}
    for document in store.documents(with_text=True):
        if document.copy_of in removed:
            groups.setdefault(document.copy_of, []).append(document)
    if not groups:
        return 0
    batch: list[Document] = []
    for copies in groups.values():
        first, *rest = sorted(copies, key=lambda document: document.id)
        batch.append(replace(first, copy_of=None))
        batch.extend(replace(document, copy_of=first.id) for document in rest)
    run = _Run(nlp=nlp, model=model, on_error=on_error, progress=None)
    with run.cluster:
        # Removed and stored again: a stored document's copy_of is not unset by adding it.
        run.store(store, batch, replacing={document.id: document.id for document in batch})
    return len(groups)


def rebuild(*, store: Target | Store = DEFAULT_STORE, model: str | None = None, nlp=None,
            batch_docs: int = BATCH_DOCS, on_error: OnError | None = None,
            progress: Progress | None = None, fetcher: Fetcher | None = None,
            everything: bool = False) -> BuildReport:
    """Extract again the documents of ``store`` read by another version of the rules than
    this one (:data:`kg.EXTRACTOR_VERSION`; every document with ``everything``), and replace
    their relations: the graph is then the one a fresh build of the same documents gives.

    The text is the one the store kept; a document stored without it (known only from
    loaded relations, or stored by an older kg) is fetched again from its URL, and one with
    neither is an :class:`~kg.errors.UnreadableInput` for ``on_error``. ``documents`` in the
    report counts the documents read again.
    """
    run = _Run(nlp=nlp, model=model, on_error=on_error, progress=progress)
    with run.cluster, _opened(store) as opened:
        outdated = [document for document in opened.documents(with_text=True)
                    if everything or document.extractor != EXTRACTOR_VERSION]
        fetcher = fetcher or Fetcher()
        batch: list[Document] = []
        for document in outdated:
            run.documents += 1
            if not document.text and document.url:
                try:
                    fetched = read_article(Entry(document.url, title=document.title,
                                                 published=document.date,
                                                 updated=document.updated), fetcher=fetcher)
                except UnreadableInput as err:
                    run.fail(err)
                    continue
                document = replace(fetched, id=document.id)
            elif not document.text:
                run.fail(UnreadableInput(
                    f"document {document.id}: the store kept no text and it has no URL; "
                    "read its source again with build() after removing it"))
                continue
            batch.append(document)
            if len(batch) >= batch_docs:
                run.store(opened, batch, replacing={doc.id: doc.id for doc in batch})
                batch = []
        if batch:
            run.store(opened, batch, replacing={doc.id: doc.id for doc in batch})
        return run.report(opened)


@dataclass(frozen=True)
class WatchReport:
    """What :func:`watch` did over all its polls: ``polls`` made, ``new`` articles fetched
    (unknown URLs, or known ones their feed says were updated), and the totals of the
    builds (``documents`` read, ``relations``, ``added``, ``replaced``, ``failed``)."""

    polls: int = 0
    new: int = 0
    documents: int = 0
    relations: int = 0
    replaced: int = 0
    failed: tuple[str, ...] = ()
    added: dict[str, int] = field(default_factory=lambda: dict(_NOTHING_ADDED))
    store: str = ""
    interrupted: bool = False


def watch(feeds: str | Iterable[str], *, store: Target | Store = DEFAULT_STORE,
          every: float = 900.0, polls: int | None = None, model: str | None = None,
          nlp=None, on_error: OnError | None = None,
          on_added: Callable[[Document, int, bool], Any] | None = None,
          on_poll: Callable[[int, int], Any] | None = None,
          fetcher: Fetcher | None = None, sleep: Callable[[float], Any] | None = None,
          ) -> WatchReport:
    """Poll ``feeds`` (RSS/Atom or sitemap URLs or files) every ``every`` seconds and store
    the articles that are new: a URL the store lacks, or a stored URL whose entry carries
    another update stamp than the stored version (an update, which replaces it). An
    article whose text the store holds is not extracted again (by content hash).

    ``polls`` stops after that many polls (1 for cron); None polls until Ctrl-C, which
    ends the watch between two writes: an article is stored whole or not at all, and the
    report says ``interrupted``. ``on_added(document, relations, replaced)`` is told of each
    article stored (``replaced``: it is a new version of a stored one; a copy of another
    article has ``document.copy_of``), ``on_poll(number, new)`` of each poll. Failures (a
    feed or an article that cannot be had) go to ``on_error`` and the others are still
    processed.
    """
    feeds = [feeds] if isinstance(feeds, str) else list(feeds)
    if polls is not None and polls < 1:
        raise ValueError(f"polls must be at least 1 (or None to poll until interrupted), "
                         f"got {polls}")
    if every <= 0:
        raise ValueError(f"every must be a positive number of seconds, got {every}")
    fetcher = fetcher or Fetcher()
    sleep = sleep or time.sleep
    run = _Run(nlp=nlp, model=model, on_error=on_error, progress=None)
    run.on_stored = on_added
    done = new = 0
    interrupted = False
    with run.cluster, _opened(store) as opened:
        try:
            while True:
                stamps = {document.url: document.updated for document in opened.documents()
                          if document.url}
                fresh = []
                for feed in feeds:
                    try:
                        entries = list(fetch_entries(feed, fetcher=fetcher))
                    except UnreadableInput as err:
                        run.fail(err)
                        continue
                    for entry in entries:
                        if isinstance(entry, UnreadableInput):
                            run.fail(entry)
                        elif _is_news(entry, stamps):
                            stamps[entry.url] = entry.updated  # listed by two feeds: once
                            fresh.append(entry)
                new += len(fresh)
                articles = _fetched(fresh, fetcher=fetcher, run=run)
                _store_documents(articles, opened, run)
                done += 1
                if on_poll is not None:
                    on_poll(done, len(fresh))
                if polls is not None and done >= polls:
                    break
                sleep(every)
        except KeyboardInterrupt:
            interrupted = True
        report = run.report(opened)
    return WatchReport(polls=done, new=new, documents=report.documents,
                       relations=report.relations, replaced=report.replaced,
                       failed=report.failed, added=report.added, store=report.store,
                       interrupted=interrupted)


def _is_news(entry: Entry, stamps: dict[str, str | None]) -> bool:
    """A URL never stored, or stored from an entry stamped otherwise (updated since)."""
    if entry.url not in stamps:
        return True
    return entry.updated is not None and stamps[entry.url] not in (None, entry.updated)


def _fetched(entries: Iterable[Entry], *, fetcher: Fetcher, run: _Run) -> Iterator[Document]:
    for entry in entries:
        try:
            yield read_article(entry, fetcher=fetcher)
        except UnreadableInput as err:
            run.fail(err)


def show(store: Target | Store = DEFAULT_STORE) -> dict[str, Any]:
    """What ``store`` holds: ``documents``, ``actors``, ``relations``, ``events``,
    ``actors_by_type`` and ``relations_by_category`` (see :meth:`~kg.store.Store.counts`)."""
    with _opened(store, read_only=True) as opened:
        return opened.counts()


# ---------------------------------------------------------------------------- helpers

def _relink_copies(store: Store, replaced: dict[str, str]) -> None:
    """Copies of an article replaced by a new version become copies of the new version."""
    moved = [replace(document, copy_of=replaced[document.copy_of])
             for document in store.documents(with_text=True) if document.copy_of in replaced]
    if moved:
        store.add([], documents=moved)


def _stamped(document: Document) -> Document:
    """The document as stored: marked with the version of the rules that read it."""
    return replace(document, extractor=EXTRACTOR_VERSION)


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold a Ctrl-C (SIGINT) until the block is done, then raise it: a store write is never
    cut in half. Only the main thread can; elsewhere the block simply runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


@contextlib.contextmanager
def _opened(store: Target | Store, *, read_only: bool = False) -> Iterator[Store]:
    """A Store as given (the caller closes it), or a target opened here and closed on exit."""
    if isinstance(store, Store):
        yield store
        return
    with open_store(store, read_only=read_only) as opened:
        yield opened


def _sum_into(total: dict[str, int], added: dict[str, int]) -> None:
    for key, value in added.items():
        total[key] = total.get(key, 0) + value


def _document_name(document: Document) -> str:
    """How error messages name a document: its source file and, for records, its id."""
    if not document.source:
        return f"document {document.id}"
    if document.source.endswith(".jsonl") or document.source.startswith("<"):
        return f"{document.source} id {document.id}"
    return document.source


class _Run:
    """One build or extract: its counters, its failure and progress hooks, and the parser."""

    def __init__(self, *, nlp, model: str | None, on_error: OnError | None,
                 progress: Progress | None, workers: int | None = None,
                 scheduler: str | None = None) -> None:
        self.nlp = nlp
        self.workers = workers
        self.scheduler = scheduler
        self.local = workers is None and scheduler is None
        # Holds the Dask client, opened at the first batch to parse and closed with the run.
        self.cluster = contextlib.ExitStack()
        self.client = None
        self.model = model
        self.on_error = on_error
        self.progress = progress
        self.documents = 0  # read
        self.skipped = 0  # already stored
        self.duplicates = 0  # the same text earlier in this run
        self.done = 0  # skipped, or handed to the parser
        self.relations = 0  # extracted from documents that did not fail
        self.failed: list[str] = []
        self.failed_ids: set[str] = set()  # documents of the last batch that failed to parse
        self.added = dict(_NOTHING_ADDED)
        self.replaced = 0  # older versions of an updated article removed
        self.copies = 0  # near-duplicates of another article, stored as its copies
        # Told of every document stored, with its number of relations (kg watch's log).
        self.on_stored: Callable[[Document, int, bool], Any] | None = None

    def fail(self, error: KGError) -> None:
        self.failed.append(str(error))
        if self.on_error is None:
            raise error
        self.on_error(error)

    def tick(self, pending: int = 0) -> None:
        if self.progress is not None:
            self.progress(self.done, self.relations + pending)

    def skip(self, *, duplicate: bool = False) -> None:
        if duplicate:
            self.duplicates += 1
        else:
            self.skipped += 1
        self.done += 1
        self.tick()

    def store(self, store: Store, batch: list[Document], *,
              replacing: dict[str, str] | None = None) -> None:
        """Extract ``batch`` and store it; a document given in ``replacing`` (new id -> old
        id) replaces the older version, whose relations go first."""
        # A copy of another article (kg.duplicates) is a second source of its relations.
        originals = [doc for doc in batch if doc.copy_of is None]
        relations = self.extract(originals) if originals else []
        self.done += len(batch) - len(originals)
        self.copies += len(batch) - len(originals)
        # A document that failed is not recorded, so that the next build tries it again;
        # nor is a copy of it.
        done = [_stamped(doc) for doc in batch
                if doc.id not in self.failed_ids and doc.copy_of not in self.failed_ids]
        older = {replacing.pop(doc.id): doc.id for doc in done
                 if replacing and doc.id in replacing}
        with _uninterrupted():  # a Ctrl-C now waits until the batch is whole in the store
            if older:
                self.replaced += store.remove(list(older))["documents"]
                _relink_copies(store, older)
            _sum_into(self.added, store.add(relations, documents=done))
        if self.on_stored is not None:
            counts = Counter(relation.doc for relation in relations)
            updates = set(older.values())
            for document in done:
                self.on_stored(document, counts[document.id], document.id in updates)

    def report(self, store: Store) -> BuildReport:
        return BuildReport(documents=self.documents, skipped=self.skipped,
                           duplicates=self.duplicates, failed=tuple(self.failed),
                           relations=self.relations, added=self.added, store=store.target,
                           replaced=self.replaced, copies=self.copies)

    def extract(self, batch: list[Document]) -> list[Relation]:
        """The relations of ``batch``. When a document breaks the parser, the batch is redone
        one document at a time, so that only the broken one is lost."""
        from kg.extract import extract_relations, load_model

        if not self.local:
            return self._extract_on_dask(batch)
        if self.nlp is None:
            self.nlp = load_model(self.model)  # a missing model fails the run, not a document
        fed: set[str] = set()
        self.failed_ids = set()
        found: list[Relation] = []
        if len(batch) > 1:
            try:
                for relation in extract_relations(self._feed(batch, fed), nlp=self.nlp):
                    found.append(relation)
                    self.tick(len(found))
            except Exception:  # noqa: BLE001 - whatever spaCy or a rule raises on odd text
                found = []
            else:
                return self._found(found)
        for document in batch:
            try:
                found.extend(extract_relations(self._feed([document], fed), nlp=self.nlp))
            except Exception as err:  # noqa: BLE001 - reported, and the run goes on
                self.failed_ids.add(document.id)
                reason = " ".join(f"{type(err).__name__}: {err}".split())
                failure = ExtractionFailed(
                    f"{_document_name(document)}: extraction failed ({reason})")
                failure.__cause__ = err
                self.fail(failure)
            self.tick(len(found))
        return self._found(found)

    def _extract_on_dask(self, batch: list[Document]) -> list[Relation]:
        from kg.distributed import extract_on_dask, open_client

        if self.client is None:
            self.client = self.cluster.enter_context(
                open_client(workers=self.workers, scheduler=self.scheduler))
        self.failed_ids = set()
        names = {document.id: document for document in batch}
        found: list[Relation] = []
        self.done += len(batch)
        for part in extract_on_dask(batch, model=self.model, client=self.client):
            found.extend(part.relations)
            self.tick(len(found))
            for document_id, reason in part.failed:
                self.failed_ids.add(document_id)
                self.fail(ExtractionFailed(
                    f"{_document_name(names[document_id])}: extraction failed ({reason})"))
        return self._found(found)

    def _found(self, relations: list[Relation]) -> list[Relation]:
        self.relations += len(relations)
        self.tick()
        return relations

    def _feed(self, documents: list[Document], fed: set[str]) -> Iterator[Document]:
        """``documents``, counted as done when the parser takes them (once, if redone)."""
        for document in documents:
            if document.id not in fed:
                fed.add(document.id)
                self.done += 1
                self.tick()
            yield document
