"""RSS and Atom feeds (content whose root is ``rss``, ``feed`` or ``rdf:RDF``): one document
per entry, each entry's article fetched from its link.

Feeds are parsed by feedparser, given the text already fetched (never a URL: all fetching
goes through :mod:`kg.ingest.fetch`). An entry's title and date are kept; its page's own
metadata fills in what the feed lacks.

>>> is_feed('<?xml version="1.0"?><rss version="2.0">'), is_feed("<html><body>")
(True, False)
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime, timezone

from kg.errors import UnreadableInput
from kg.ingest.registry import Input, register_reader
from kg.ingest.web import LISTERS, Entry, read_entries, resolve_link, xml_root
from kg.model import Document

__all__ = ["FEED_ROOTS", "feed_entries", "is_feed", "read_feed_input"]

# Root elements of RSS 2.0/0.9x, Atom and RSS 1.0 (RDF).
FEED_ROOTS = frozenset({"rss", "feed", "rdf:RDF", "RDF"})


def is_feed(start: bytes | str) -> bool:
    """True when decoded text is XML whose root element is a feed's."""
    return xml_root(start) in FEED_ROOTS


@register_reader("feed", suffixes=(), sniff=is_feed)
def read_feed_input(source: Input) -> Iterator[Document | UnreadableInput]:
    yield from read_entries(source, feed_entries(source))


def feed_entries(source: Input) -> Iterator[Entry | UnreadableInput]:
    """The entries of a feed, in the feed's order, each with its link made absolute."""
    import feedparser

    parsed = feedparser.parse(source.text(), sanitize_html=False, resolve_relative_uris=False)
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise UnreadableInput(f"{source.name}: not a readable RSS/Atom feed ({reason})")
    if not parsed.entries:
        raise UnreadableInput(f"{source.name}: the feed lists no entries")
    base = source.url or parsed.feed.get("link")
    for entry in parsed.entries:
        try:
            url = resolve_link(entry.get("link"), base=base, listed_in=source.name)
        except UnreadableInput as err:
            yield err
            continue
        # dict.get: feedparser's own get() maps a missing "updated" to "published", warning.
        published = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        yield Entry(url=url, title=(entry.get("title") or "").strip() or None,
                    published=_date(published),
                    updated=dict.get(entry, "updated") or dict.get(entry, "published"),
                    listed_in=source.name)


def _date(parsed) -> date | None:
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).date()


LISTERS["feed"] = feed_entries  # what kg.pipeline.watch polls
