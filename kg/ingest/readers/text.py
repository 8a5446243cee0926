"""Plain text (``.txt``, and whatever no reader recognises): one document, page chrome removed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kg.ingest.cleaning import clean_with_headline
from kg.ingest.dates import detect_date
from kg.ingest.registry import Input, create_document, register_reader
from kg.model import Document

__all__ = ["read_text_input", "text_document"]


@register_reader("text", suffixes=(".txt",))
def read_text_input(source: Input) -> Iterator[Document]:
    yield text_document(source.text(), name=source.name, source=source.name)


def text_document(raw: str, *, name: str, source: str, id: str | None = None,
                  title: str | None = None, url: str | None = None,
                  published: date | None = None) -> Document:
    """The Document of scraped plain text; its first short line is the title unless one is given."""
    text, headline = clean_with_headline(raw)
    return create_document(text, name=name, source=source, id=id,
                           date=published or detect_date(raw), title=title or headline, url=url)
