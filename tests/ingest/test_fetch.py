"""The polite fetcher against a real HTTP server on 127.0.0.1 (tests/fixtures/web.py)."""

from __future__ import annotations

import pytest

from fixtures.web import Reply
from kg import __version__
from kg.errors import UnreadableInput
from kg.ingest.fetch import Fetcher


def fetcher(**options) -> Fetcher:
    waits: list[float] = []
    defaults = {"delay": 0.0, "backoff": 0.01, "timeout": 2.0, "sleep": waits.append}
    made = Fetcher(**{**defaults, **options})
    made.waits = waits  # what it slept, in order
    return made


def test_a_page_is_fetched_with_a_user_agent_naming_kg_and_its_version(site):
    site.pages["/a"] = Reply("<p>hello</p>")

    page = fetcher().fetch(site.url("/a"))

    assert page.body == b"<p>hello</p>"
    assert page.final_url == site.url("/a")
    assert [agent for path, agent, _ in site.log if path == "/a"] == [
        f"kg/{__version__} (+https://github.com/kg-news/kg; knowledge graphs of news)"]


def test_robots_txt_is_read_once_per_host_and_obeyed(site):
    site.pages["/robots.txt"] = Reply("User-agent: *\nDisallow: /private/\n",
                                      content_type="text/plain")
    site.pages["/private/a"] = Reply("<p>secret</p>")
    site.pages["/public"] = Reply("<p>open</p>")
    get = fetcher()

    with pytest.raises(UnreadableInput) as caught:
        get.fetch(site.url("/private/a"))
    get.fetch(site.url("/public"))

    assert str(caught.value) == (f"{site.url('/private/a')}: disallowed by {site.root}/robots.txt "
                                 f"for kg/{__version__}; not fetched")
    assert site.requested("/private/a") == 0
    assert site.requested("/robots.txt") == 1


def test_requests_to_one_host_wait_the_delay_between_them(site):
    site.pages["/a"] = Reply("a")
    site.pages["/b"] = Reply("b")
    get = Fetcher(delay=0.3, timeout=2.0)

    get.fetch(site.url("/a"))
    get.fetch(site.url("/b"))

    times = {path: at for path, _, at in site.log}
    assert times["/b"] - times["/a"] >= 0.29


def test_a_429_is_retried_after_the_wait_the_server_asks_for(site):
    site.pages["/busy"] = lambda hit: (Reply("slow down", status=429, headers={"Retry-After": "2"})
                                       if hit == 1 else Reply("<p>done</p>"))
    get = fetcher()

    assert get.fetch(site.url("/busy")).body == b"<p>done</p>"
    assert 2.0 in [round(wait) for wait in get.waits]
    assert site.requested("/busy") == 2


def test_a_server_error_is_retried_with_backoff_then_reported_in_one_line(site):
    site.pages["/broken"] = Reply("oops", status=500)
    get = fetcher(retries=2)

    with pytest.raises(UnreadableInput) as caught:
        get.fetch(site.url("/broken"))

    assert str(caught.value) == (f"{site.url('/broken')}: HTTP 500 Internal Server Error "
                                 "(tried 3 times); try again later")
    assert site.requested("/broken") == 3


@pytest.mark.parametrize(("route", "message"), [
    (Reply("gone", status=404), "HTTP 404 Not Found"),
    (Reply("x" * 5000), "page of 5000 bytes is larger than the limit of 1000 bytes; not read"),
])
def test_a_page_that_cannot_be_had_is_one_error_naming_it(site, route, message):
    site.pages["/p"] = route

    with pytest.raises(UnreadableInput) as caught:
        fetcher(max_bytes=1000).fetch(site.url("/p"))

    assert str(caught.value) == f"{site.url('/p')}: {message}"


def test_a_slow_page_times_out(site):
    site.pages["/slow"] = Reply("late", delay=1.5)

    with pytest.raises(UnreadableInput) as caught:
        fetcher(timeout=0.3, retries=1).fetch(site.url("/slow"))

    assert str(caught.value) == f"{site.url('/slow')}: no answer within 0.3 s (tried 2 times); try again later"


def test_a_redirect_loop_is_refused(site):
    site.pages["/loop-a"] = Reply(status=302, headers={"Location": "/loop-b"})
    site.pages["/loop-b"] = Reply(status=302, headers={"Location": "/loop-a"})

    with pytest.raises(UnreadableInput) as caught:
        fetcher().fetch(site.url("/loop-a"))

    assert "redirect" in str(caught.value)
    assert str(caught.value).startswith(site.url("/loop-a") + ": ")
    assert site.requested("/loop-a") <= 3


def test_a_redirect_is_followed_and_the_page_knows_where_it_ended(site):
    site.pages["/old"] = Reply(status=301, headers={"Location": "/new"})
    site.pages["/new"] = Reply("<p>here</p>")

    page = fetcher().fetch(site.url("/old"))

    assert (page.url, page.final_url) == (site.url("/old"), site.url("/new"))


@pytest.mark.parametrize(("url", "message"), [
    ("file:///etc/passwd", "only http and https URLs are fetched, not 'file'"),
    ("http:///nohost", "no host in this URL"),
])
def test_only_http_urls_with_a_host_are_fetched(url, message):
    with pytest.raises(UnreadableInput) as caught:
        Fetcher().fetch(url)

    assert str(caught.value) == f"{url}: {message}"


def test_a_redirect_to_another_scheme_is_not_followed(site):
    site.pages["/away"] = Reply(status=302, headers={"Location": "file:///etc/passwd"})

    with pytest.raises(UnreadableInput) as caught:
        fetcher().fetch(site.url("/away"))

    assert "not http or https" in str(caught.value)


def test_robots_txt_is_read_again_after_a_while(site):
    site.pages["/robots.txt"] = Reply("User-agent: *\nAllow: /\n", content_type="text/plain")
    site.pages["/a"] = Reply("a")
    now = [0.0]
    get = fetcher(clock=lambda: now[0])

    get.fetch(site.url("/a"))
    now[0] += 7 * 3600
    site.pages["/robots.txt"] = Reply("User-agent: *\nDisallow: /\n", content_type="text/plain")

    with pytest.raises(UnreadableInput):
        get.fetch(site.url("/a"))
    assert site.requested("/robots.txt") == 2


def test_a_crawl_delay_longer_than_the_fetchers_is_kept(site):
    site.pages["/robots.txt"] = Reply("User-agent: *\nCrawl-delay: 5\n", content_type="text/plain")
    site.pages["/a"] = Reply("a")
    site.pages["/b"] = Reply("b")
    now = [0.0]
    get = fetcher(clock=lambda: now[0])

    get.fetch(site.url("/a"))
    get.fetch(site.url("/b"))

    assert get.waits[-1] == pytest.approx(5.0)


def test_a_page_polled_again_is_revalidated_and_a_304_gives_it_back(site):
    def feed(hit):
        return Reply("<rss/>", headers={"ETag": '"v1"'}) if hit == 1 else Reply(status=304)

    site.pages["/feed"] = feed
    get = fetcher()

    first = get.fetch(site.url("/feed"), revalidate=True)
    again = get.fetch(site.url("/feed"), revalidate=True)

    assert again.body == first.body == b"<rss/>"
    assert site.requested("/feed") == 2
    assert site.headers[-1]["If-None-Match"] == '"v1"'

