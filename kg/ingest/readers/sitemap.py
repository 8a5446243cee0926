"""Sitemaps (content whose root is ``urlset`` or ``sitemapindex``): one document per listed
page, with what a Google News sitemap says of it (title, publication date, outlet name).

An index of sitemaps is followed one level down. The XML is read by the standard library
(whose expat refuses entity expansion attacks).

>>> is_sitemap("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>")
True
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from kg.errors import UnreadableInput
from kg.ingest.dates import as_date
from kg.ingest.registry import Input, register_reader
from kg.ingest.web import LISTERS, Entry, read_entries, resolve_link, xml_root
from kg.model import Document

__all__ = ["SITEMAP_ROOTS", "is_sitemap", "read_sitemap_input", "sitemap_entries"]

SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


def is_sitemap(start: bytes | str) -> bool:
    """True when decoded text is XML whose root element is a sitemap's."""
    return xml_root(start) in SITEMAP_ROOTS


@register_reader("sitemap", suffixes=(), sniff=is_sitemap)
def read_sitemap_input(source: Input) -> Iterator[Document | UnreadableInput]:
    yield from read_entries(source, sitemap_entries(source))


def sitemap_entries(source: Input, *, depth: int = 1) -> Iterator[Entry | UnreadableInput]:
    """The pages a sitemap lists; an index's sitemaps are fetched ``depth`` levels down."""
    try:
        root = ET.fromstring(source.text())
    except ET.ParseError as err:
        raise UnreadableInput(f"{source.name}: not a readable sitemap ({err})") from err
    if _local(root.tag) == "sitemapindex":
        yield from _index_entries(root, source, depth=depth)
        return
    for url in root:
        if _local(url.tag) != "url":
            continue
        fields = {_local(child.tag): child for child in url.iter()}
        try:
            link = resolve_link(_text(fields.get("loc")), base=source.url, listed_in=source.name)
        except UnreadableInput as err:
            yield err
            continue
        published = _text(fields.get("publication_date"))
        yield Entry(url=link, title=_text(fields.get("title")),
                    published=as_date(published) if published else None,
                    updated=_text(fields.get("lastmod")) or published, listed_in=source.name)


def _index_entries(root: ET.Element, source: Input, *, depth: int
                   ) -> Iterator[Entry | UnreadableInput]:
    if depth < 1:
        yield UnreadableInput(f"{source.name}: a sitemap index nested in an index; not followed")
        return
    from kg.ingest.fetch import Fetcher

    fetcher = source.fetcher or Fetcher()
    for child in root:
        loc = next((node for node in child if _local(node.tag) == "loc"), None)
        try:
            link = resolve_link(_text(loc), base=source.url, listed_in=source.name)
            page = fetcher.fetch(link)
        except UnreadableInput as err:
            yield err
            continue
        inner = Input(link, [page.body], ids=source.ids, url=page.final_url, fetcher=fetcher)
        try:
            yield from sitemap_entries(inner, depth=depth - 1)
        except UnreadableInput as err:
            yield err


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(node: ET.Element | None) -> str | None:
    text = (node.text or "").strip() if node is not None else ""
    return text or None


LISTERS["sitemap"] = sitemap_entries  # what kg.pipeline.watch polls
