"""Sources on the web: a URL fetched and read by the reader its content calls for.

A URL given as a source is fetched (politely: :mod:`kg.ingest.fetch`) and recognised by what
comes back, not by its name: an RSS/Atom feed or a sitemap lists articles, each fetched in
turn; anything else is an article page (or plain text). What a feed or sitemap says of an
article (title, date, when it was updated) is kept as a hint its page can override only
where the page knows better (its own site name as the outlet).

>>> xml_root('<?xml version="1.0"?>\\n<!-- a feed -->\\n<rss version="2.0"><channel>')
'rss'
>>> xml_root("<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>")
'urlset'
>>> xml_root("Nato chief meets Trump") is None
True
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from kg.errors import UnreadableInput
from kg.ingest.fetch import Fetcher, Page, is_url, outlet_of
from kg.ingest.registry import Input, sniff_reader
from kg.model import Document

__all__ = ["LISTERS", "Entry", "article_document", "entries_of", "fetch_entries", "read_article",
           "read_entries", "read_url", "resolve_link", "xml_root"]

# What may come before an XML document's root element: a declaration, comments, a doctype,
# processing instructions (a stylesheet), whitespace and a byte order mark.
_PROLOG = re.compile(r"\A(?:\ufeff|\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.DOTALL)
_ROOT = re.compile(r"<([A-Za-z_][\w.-]*(?::[\w.-]+)?)[\s>/]")


def xml_root(start: bytes | str) -> str | None:
    """The name of the first element of decoded XML text (``rss``, ``rdf:RDF``), or None."""
    if isinstance(start, bytes):
        return None
    head = start[:4000]
    prolog = _PROLOG.match(head)
    found = _ROOT.match(head, prolog.end() if prolog else 0)
    return found.group(1) if found else None


@dataclass(frozen=True, slots=True)
class Entry:
    """An article a feed or sitemap lists: where it is and what the list says of it."""

    url: str
    title: str | None = None
    published: date | None = None
    updated: str | None = None  # the list's own stamp of the last change, as given
    listed_in: str = ""  # the feed or sitemap, for messages


# Query parameters that say who sent a reader, not which page: left out of an entry's link,
# so that the same article linked from two feeds (or one feed twice) is one URL.
TRACKING_PARAMETERS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


def resolve_link(link: str | None, *, base: str | None, listed_in: str) -> str:
    """An entry's link as an absolute http(s) URL without fragment or tracking parameters,
    or UnreadableInput naming the list.

    >>> resolve_link("/world/a?utm_source=rss&id=7#top", base="https://x.org/feed", listed_in="f")
    'https://x.org/world/a?id=7'
    """
    link = (link or "").strip()
    if not link:
        raise UnreadableInput(f"{listed_in}: an entry without a link; skipped")
    absolute = urllib.parse.urljoin(base, link) if base else link
    parts = urllib.parse.urlsplit(urllib.parse.urldefrag(absolute).url)
    if parts.scheme.lower() not in ("http", "https"):
        raise UnreadableInput(f"{listed_in}: entry link {link!r} is not an http(s) URL; skipped")
    query = [(name, value) for name, value in urllib.parse.parse_qsl(parts.query,
                                                                     keep_blank_values=True)
             if not name.lower().startswith(TRACKING_PARAMETERS)]
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def read_url(url: str, *, fetcher: Fetcher,
             ids: dict[str, tuple[str, int]] | None = None) -> Iterator[Document | UnreadableInput]:
    """The Documents behind ``url``: a feed's or sitemap's articles, or the page itself."""
    try:
        page = fetcher.fetch(url)
    except UnreadableInput as err:
        yield err
        return
    source = _page_input(page, fetcher=fetcher, ids=ids)
    try:
        yield from sniff_reader(source).read(source)
    except UnreadableInput as err:
        yield err


def read_article(entry: Entry, *, fetcher: Fetcher,
                 ids: dict[str, tuple[str, int]] | None = None) -> Document:
    """The Document of the article ``entry`` lists (raises UnreadableInput naming its URL)."""
    page = fetcher.fetch(entry.url)
    return article_document(page, entry, fetcher=fetcher, ids=ids)


def article_document(page: Page, entry: Entry, *, fetcher: Fetcher | None = None,
                  ids: dict[str, tuple[str, int]] | None = None) -> Document:
    """An article page read as HTML (or as text when it is not markup), with the entry's hints."""
    from kg.ingest.readers.html import html_document, is_html
    from kg.ingest.readers.text import text_document

    source = _page_input(page, fetcher=fetcher, ids=ids)
    text = source.text()
    to_document = html_document if is_html(text) else text_document
    return to_document(text, name=page.url, source=page.url, url=page.final_url,
                       title=entry.title, published=entry.published,
                       outlet=outlet_of(page.final_url), updated=entry.updated)


def _page_input(page: Page, *, fetcher: Fetcher | None, ids) -> Input:
    """The page as an Input: decoded by the charset its server declares, when it declares
    one that decodes it; else as bytes, decoded by kg's own rules (BOM, UTF-8, cp1252)."""
    charset = _charset(page.content_type)
    if charset and charset not in ("utf-8", "utf8"):
        try:
            text = page.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            return Input(page.url, [text], ids=ids, url=page.final_url, fetcher=fetcher)
    return Input(page.url, [page.body], ids=ids, url=page.final_url, fetcher=fetcher)


def _charset(content_type: str) -> str | None:
    """The charset of a Content-Type header, in lower case.

    >>> _charset("text/html; charset=Shift_JIS"), _charset("text/html")
    ('shift_jis', None)
    """
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


# Readers whose documents are the articles they list (feeds, sitemaps), by reader name, and
# how each lists them; filled in by the reader modules, so that watching knows a list by
# the same sniffing that reads it.
LISTERS: dict[str, Callable[[Input], Iterator[Entry | UnreadableInput]]] = {}


def entries_of(source: Input) -> Iterator[Entry | UnreadableInput]:
    """The entries of a feed or sitemap ``source`` (UnreadableInput when it is neither)."""
    lister = LISTERS.get(sniff_reader(source).name)
    if lister is None:
        raise UnreadableInput(f"{source.name}: not an RSS/Atom feed or a sitemap")
    yield from lister(source)


def fetch_entries(target: str, *, fetcher: Fetcher) -> Iterator[Entry | UnreadableInput]:
    """The entries of the feed or sitemap at URL (or path) ``target``, each article unfetched."""
    if is_url(target):
        page = fetcher.fetch(target, revalidate=True)  # polled: unchanged costs a 304
        source = _page_input(page, fetcher=fetcher, ids=None)
    else:
        try:
            with open(target, "rb") as handle:
                body = handle.read()
        except OSError as err:
            raise UnreadableInput(f"{target}: cannot read ({err.strerror or err})") from err
        source = Input(target, [body], fetcher=fetcher)
    yield from entries_of(source)


def read_entries(source: Input, entries: Iterable[Entry | UnreadableInput]
                 ) -> Iterator[Document | UnreadableInput]:
    """Each entry's article fetched and read; a failing one is an error in place."""
    fetcher = source.fetcher or Fetcher()
    for entry in entries:
        if isinstance(entry, UnreadableInput):
            yield entry
            continue
        try:
            yield read_article(entry, fetcher=fetcher, ids=source.ids)
        except UnreadableInput as err:
            yield err
