"""URLs, feeds and sitemaps as sources, recognised by their content, from 127.0.0.1."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures.web import Reply, article, news_sitemap, rss
from kg.ingest import read_documents
from kg.ingest.fetch import Fetcher

RUTTE = "Mark Rutte met Donald Trump in the White House on Thursday.\nThey discussed Ukraine."
TARIFFS = "Donald Trump threatened Russia with tariffs on Friday."


def quick() -> Fetcher:
    return Fetcher(delay=0.0, backoff=0.01, timeout=2.0)


def read(sources, errors=None):
    return list(read_documents(sources, fetcher=quick(),
                               on_error=(errors.append if errors is not None else None)))


def test_an_article_url_becomes_a_document_with_its_metadata(site):
    site.pages["/world/rutte"] = Reply(article("Rutte meets Trump", RUTTE,
                                               site_name="The Loopback Post"))

    (document,) = read([site.url("/world/rutte")])

    assert document.title == "Rutte meets Trump"
    assert document.date == date(2025, 3, 13)
    assert document.url == site.url("/world/rutte")
    assert document.outlet == "The Loopback Post"
    assert document.source == site.url("/world/rutte")
    assert "Mark Rutte met Donald Trump" in document.text
    assert "Home | World" not in document.text


def test_without_a_site_name_the_outlet_is_the_domain(site):
    site.pages["/a"] = Reply(article("Tariffs", TARIFFS))

    (document,) = read([site.url("/a")])

    assert document.outlet == "127.0.0.1"


def test_a_feed_is_recognised_by_its_content_and_its_articles_fetched(site):
    site.pages["/a"] = Reply(article("Rutte meets Trump", RUTTE))
    site.pages["/b"] = Reply(article("Tariffs", TARIFFS))
    # Served as text/html under a name that says nothing: the content decides.
    site.pages["/latest"] = Reply(rss([
        ("Nato chief meets Trump", site.url("/a"), "Thu, 13 Mar 2025 10:00:00 GMT"),
        ("Trump threatens tariffs", "/b", "Fri, 14 Mar 2025 08:00:00 GMT")]))

    documents = read([site.url("/latest")])

    assert [(d.url, d.title, d.date) for d in documents] == [
        (site.url("/a"), "Nato chief meets Trump", date(2025, 3, 13)),
        (site.url("/b"), "Trump threatens tariffs", date(2025, 3, 14))]


def test_a_failing_article_of_a_feed_is_one_error_and_the_rest_are_read(site):
    site.pages["/b"] = Reply(article("Tariffs", TARIFFS))
    site.pages["/feed"] = Reply(rss([("Gone", site.url("/gone"), "Thu, 13 Mar 2025 10:00:00 GMT"),
                                     ("Tariffs", site.url("/b"), "Fri, 14 Mar 2025 08:00:00 GMT")]),
                                content_type="application/rss+xml")
    errors = []

    documents = read([site.url("/feed")], errors)

    assert [d.url for d in documents] == [site.url("/b")]
    assert [str(e) for e in errors] == [f"{site.url('/gone')}: HTTP 404 Not Found"]


def test_a_news_sitemap_gives_titles_dates_and_pages(site):
    site.pages["/a"] = Reply(article("Page title", RUTTE))
    site.pages["/sitemap-news.xml"] = Reply(
        news_sitemap([(site.url("/a"), "Rutte meets Trump", "2025-03-13T09:00:00+00:00")]),
        content_type="application/xml")

    (document,) = read([site.url("/sitemap-news.xml")])

    assert (document.url, document.title, document.date) == (
        site.url("/a"), "Rutte meets Trump", date(2025, 3, 13))


def test_a_sitemap_index_is_followed_one_level(site):
    site.pages["/a"] = Reply(article("A", RUTTE))
    site.pages["/news.xml"] = Reply(news_sitemap([(site.url("/a"), "A", "2025-03-13")]))
    site.pages["/index.xml"] = Reply(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{site.url('/news.xml')}</loc></sitemap></sitemapindex>")

    assert [d.url for d in read([site.url("/index.xml")])] == [site.url("/a")]


def test_urls_mix_with_files_and_a_bad_url_stops_nothing(site, tmp_path):
    site.pages["/a"] = Reply(article("Rutte meets Trump", RUTTE))
    (tmp_path / "local.txt").write_text(TARIFFS, encoding="utf-8")
    errors = []

    documents = read([str(tmp_path / "local.txt"), site.url("/missing"), site.url("/a"),
                      "ftp://example.org/x"], errors)

    assert [d.url for d in documents] == [None, site.url("/a")]
    assert [str(e) for e in errors] == [
        f"{site.url('/missing')}: HTTP 404 Not Found",
        "ftp://example.org/x: only http and https URLs are fetched, not 'ftp'"]


def test_a_feed_file_is_recognised_by_its_content(site, tmp_path):
    site.pages["/a"] = Reply(article("Rutte meets Trump", RUTTE))
    feed = tmp_path / "saved.xml"
    feed.write_text(rss([("Rutte", site.url("/a"), "Thu, 13 Mar 2025 10:00:00 GMT")]),
                    encoding="utf-8")

    assert [d.url for d in read([str(feed)])] == [site.url("/a")]


@pytest.mark.parametrize(("body", "message"), [
    ('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
     "the feed lists no entries"),
    ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>',
     "not a readable sitemap (no element found: line 1, column 86)"),
])
def test_a_broken_list_is_one_error(site, body, message):
    site.pages["/list"] = Reply(body, content_type="application/xml")
    errors = []

    assert read([site.url("/list")], errors) == []
    assert [str(e) for e in errors] == [f"{site.url('/list')}: {message}"]


def test_a_page_is_decoded_by_the_charset_its_server_declares(site):
    page = article("Tokyo", "Japan pledged aid to the Philippines. 日本は支援を約束した。")
    site.pages["/jp"] = Reply(page.encode("shift_jis"), content_type="text/html; charset=Shift_JIS")

    (document,) = read([site.url("/jp")])

    assert "日本は支援を約束した。" in document.text
