"""HTML pages (``.html``, ``.htm``, or content that starts with markup): one document each."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from kg.ingest.dates import detect_date
from kg.ingest.fetch import outlet_of
from kg.ingest.markup import clean_html
from kg.ingest.registry import Input, create_document, register_reader
from kg.model import Document

__all__ = ["html_document", "is_html", "read_html_input"]

# A start tag or a doctype: "<" alone starts many a plain text ("<1% of voters").
TAG = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|<!doctype\s", re.IGNORECASE)


def is_html(start: bytes | str) -> bool:
    """True when decoded text starts with markup (raw bytes are judged once decoded).

    >>> is_html("  <!DOCTYPE html><html>"), is_html("<1% said yes")
    (True, False)
    """
    if isinstance(start, bytes):
        return False
    start = start.lstrip()[:1000]
    return start.startswith("<") and TAG.search(start) is not None


@register_reader("html", suffixes=(".html", ".htm"), sniff=is_html)
def read_html_input(source: Input) -> Iterator[Document]:
    yield html_document(source.text(), name=source.name, source=source.name, url=source.url,
                        outlet=outlet_of(source.url) if source.url else None)


def html_document(raw: str, *, name: str, source: str, id: str | None = None,
                  title: str | None = None, url: str | None = None,
                  published: date | None = None, outlet: str | None = None,
                  updated: str | None = None) -> Document:
    """The Document of an HTML page; given fields win over the page's own metadata, except
    the outlet: a page's own site name (og:site_name) beats the domain it was fetched from."""
    text, metadata = clean_html(raw, url=url)
    site = metadata.get("sitename")
    if site and site.lower().removeprefix("www.").split(":")[0] == outlet:
        site = None  # trafilatura's stand-in for a page without a name: the host and port
    return create_document(text, name=name, source=source, id=id,
                           date=published or detect_date(text, metadata=metadata),
                           title=title or metadata.get("title"), url=url or metadata.get("url"),
                           outlet=site or outlet, updated=updated)
