"""HTML pages to article text and metadata: trafilatura, or the standard library's parser.

The text then goes through :func:`~kg.ingest.cleaning.clean_text`, like scraped plain text.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any, NamedTuple

from kg.ingest.cleaning import clean_with_headline
from kg.ingest.dates import as_date, detect_date

__all__ = ["clean_html"]

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


class _Page(NamedTuple):
    text: str
    title: str | None
    date: str | None
    url: str | None
    sitename: str | None = None  # the site's own name (og:site_name), for the outlet


def clean_html(html: str, *, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The article text of an HTML page and its metadata: ``title``, ``date`` and ``url``.

    trafilatura finds the main text and the metadata (Open Graph, JSON-LD, canonical link).
    When it finds nothing, or the page is nested too deeply for it, the page's text is taken
    with the standard library's HTML parser instead. The text goes through
    :func:`~kg.ingest.cleaning.clean_text` and the title heads it, as the headline does in
    scraped plain text.

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
    text, _ = clean_with_headline(page.text)
    if title and text:
        first, _, rest = text.partition("\n")
        if first.strip() == title:  # the page repeats its title as the first heading
            text = rest.lstrip("\n")
        text = f"{title}\n\n{text}" if text else ""
    metadata = {"title": title or None,
                "date": as_date(page.date) or detect_date(page.text),
                "url": page.url or url}
    if page.sitename:
        metadata["sitename"] = page.sitename  # only when the page names its site
    return text, metadata


def _main_text(html: str, *, url: str | None) -> _Page | None:
    import trafilatura  # imported here: it takes most of a second, and plain text never needs it

    try:
        found = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
    except RecursionError:  # markup nested deeper than lxml or trafilatura can walk
        return None
    if found is None or not (found.text or "").strip():
        return None
    return _Page(found.text, found.title, found.date, found.url, found.sitename)


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
