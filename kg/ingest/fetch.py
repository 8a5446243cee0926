"""Polite, bounded HTTP fetching: the only place kg talks to the network.

A :class:`Fetcher` gets pages for the URL, feed and sitemap readers. It is polite: it names
itself (``kg/VERSION``), asks each host's ``robots.txt`` first (again every
:data:`ROBOTS_TTL` seconds) and obeys it (a Crawl-delay longer than its own delay too), and sends one request at a time per host with
:data:`DELAY` seconds between them. It is bounded: only ``http``/``https``, :data:`TIMEOUT`
seconds per request, :data:`MAX_BYTES` per page, :data:`MAX_REDIRECTS` redirects, and
:data:`RETRIES` retries with exponential backoff on 429 and 5xx (a ``Retry-After`` the
server sends is honoured, up to :data:`MAX_WAIT` seconds). Everything that goes wrong is
an :class:`~kg.errors.UnreadableInput` whose message is one line naming the URL, so the
caller reports it and goes on with the other sources.

Only the standard library is used (``urllib``), so fetching adds no dependency.

>>> Fetcher().fetch("ftp://example.org/a")
Traceback (most recent call last):
...
kg.errors.UnreadableInput: ftp://example.org/a: only http and https URLs are fetched, not 'ftp'
"""

from __future__ import annotations

import email.utils
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from kg import __version__
from kg.errors import UnreadableInput

__all__ = ["DELAY", "MAX_BYTES", "MAX_REDIRECTS", "RETRIES", "TIMEOUT", "USER_AGENT",
           "Fetcher", "Page", "is_url", "outlet_of"]

# How kg names itself to servers, so that a site can tell it apart and write robots.txt rules.
USER_AGENT = f"kg/{__version__} (+https://github.com/kg-news/kg; knowledge graphs of news)"
# Seconds between two requests to one host: a reader's pace, not a crawler's.
DELAY = 1.0
# Seconds to wait for a connection or for the next bytes of a response.
TIMEOUT = 20.0
# The largest page read: a news article is tens of kilobytes, a feed or sitemap a few MB.
MAX_BYTES = 10 * 1024 * 1024
# Redirects followed for one request (http -> https -> canonical path is two).
MAX_REDIRECTS = 5
# Retries after a 429 or 5xx response or a dropped connection, waiting BACKOFF * 2**n seconds.
RETRIES = 3
BACKOFF = 1.0
# The longest wait kg accepts from a Retry-After or Crawl-delay before giving up on a URL.
MAX_WAIT = 300.0
# Seconds a host's robots.txt is trusted before it is read again (a watch runs for days).
ROBOTS_TTL = 6 * 3600.0
# Statuses worth retrying: the server is busy or broken now, and may not be soon.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
SCHEMES = ("http", "https")

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: object) -> bool:
    """True for a string that names a URL (any scheme: an unsupported one is refused later).

    >>> is_url("https://example.org/a"), is_url("news/a.txt"), is_url("C:/news")
    (True, False, False)
    """
    return isinstance(source, str) and _URL.match(source) is not None


def outlet_of(url: str) -> str:
    """The outlet a URL belongs to: its host, without ``www.``.

    >>> outlet_of("https://www.reuters.com/world/nato-2025-03-13/")
    'reuters.com'
    """
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response: the URL asked for, where it ended after redirects, its body and
    its headers (names in lower case)."""

    url: str
    final_url: str
    body: bytes
    content_type: str = ""
    headers: dict[str, str] = field(default_factory=dict)


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2  # a loop is reported as one, not after MAX_REDIRECTS hops

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in SCHEMES:
            raise UnreadableInput(f"{req.full_url}: redirected to {newurl!r}, which is not "
                                  "http or https; not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Fetcher:
    """Fetches pages politely; one instance per run, shared by every reader of the run.

    ``delay``, ``timeout``, ``max_bytes``, ``retries`` and ``backoff`` override the module
    defaults (tests shrink them); ``sleep`` and ``clock`` are how it waits and tells time.
    Thread-safe: requests to one host wait for each other, other hosts do not wait.
    """

    def __init__(self, *, user_agent: str = USER_AGENT, delay: float = DELAY,
                 timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
                 retries: int = RETRIES, backoff: float = BACKOFF,
                 respect_robots: bool = True, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.user_agent = user_agent
        self.delay = delay
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.respect_robots = respect_robots
        self.sleep = sleep
        self.clock = clock
        self._opener = urllib.request.build_opener(_Redirects())
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._robots_read_at: dict[str, float] = {}
        self._remembered: dict[str, Page] = {}  # pages fetched to revalidate, by URL
        self._next_at: dict[str, float] = {}
        self._host_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def fetch(self, url: str, *, revalidate: bool = False) -> Page:
        """The page at ``url``, or :class:`UnreadableInput` saying in one line why not.

        With ``revalidate`` (a feed polled again and again) the page is remembered with its
        ETag and Last-Modified, and the next fetch asks the server whether it changed: a
        304 answer costs the server nothing and gives the remembered page back.
        """
        parts = urllib.parse.urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in SCHEMES:
            raise UnreadableInput(f"{url}: only http and https URLs are fetched, not {scheme!r}")
        if not parts.hostname:
            raise UnreadableInput(f"{url}: no host in this URL")
        host = f"{scheme}://{parts.netloc.lower()}"
        with self._host_lock(host):
            if self.respect_robots and not self._allowed(host, url):
                raise UnreadableInput(f"{url}: disallowed by {host}/robots.txt for "
                                      f"{self.user_agent.split()[0]}; not fetched")
            page = self._get(url, host=host, revalidate=revalidate)
            if revalidate and ("etag" in page.headers or "last-modified" in page.headers):
                self._remembered[url] = page
            return page

    # -- one host at a time ----------------------------------------------------------------

    def _host_lock(self, host: str) -> threading.Lock:
        with self._lock:
            return self._host_locks.setdefault(host, threading.Lock())

    def _wait_turn(self, host: str) -> None:
        wait = self._next_at.get(host, 0.0) - self.clock()
        if wait > 0:
            self.sleep(wait)

    def _done(self, host: str, *, at_least: float = 0.0) -> None:
        self._next_at[host] = self.clock() + max(self._host_delay(host), at_least)

    def _host_delay(self, host: str) -> float:
        robots = self._robots.get(host)
        crawl_delay = robots.crawl_delay(self.user_agent) if robots is not None else None
        return min(max(self.delay, float(crawl_delay or 0)), MAX_WAIT)

    # -- robots.txt ------------------------------------------------------------------------

    def _allowed(self, host: str, url: str) -> bool:
        read_at = self._robots_read_at.get(host)
        if read_at is None or self.clock() - read_at > ROBOTS_TTL:
            self._robots[host] = self._read_robots(host)
            self._robots_read_at[host] = self.clock()
        robots = self._robots[host]
        return robots is None or robots.can_fetch(self.user_agent, url)

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's rules; None (everything allowed) when it has no robots.txt.

        As robotparser does: 401/403 forbid everything; other failures allow everything.
        """
        robots = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        try:
            page = self._get(host + "/robots.txt", host=host, retries=1)
        except _HTTPStatus as err:
            if err.status in (401, 403):
                robots.disallow_all = True
                return robots
            return None
        except UnreadableInput:
            return None
        robots.parse(page.body.decode("utf-8", "replace").splitlines())
        return robots

    # -- the request -----------------------------------------------------------------------

    def _get(self, url: str, *, host: str, retries: int | None = None,
             revalidate: bool = False) -> Page:
        retries = self.retries if retries is None else retries
        known = self._remembered.get(url) if revalidate else None
        for attempt in range(retries + 1):
            self._wait_turn(host)
            try:
                page = self._request(url, known=known)
            except _Retryable as err:
                wait = err.retry_after if err.retry_after is not None else \
                    self.backoff * 2 ** attempt
                self._done(host, at_least=wait)
                if attempt == retries or wait > MAX_WAIT:
                    raise err.final(url, attempts=attempt + 1) from None
                continue
            except BaseException:
                self._done(host)
                raise
            self._done(host)
            return page
        raise AssertionError("unreachable")  # pragma: no cover

    def _request(self, url: str, *, known: Page | None = None) -> Page:
        headers = {
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                      "application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "identity"}
        if known is not None:
            for header, condition in (("etag", "If-None-Match"),
                                      ("last-modified", "If-Modified-Since")):
                if header in known.headers:
                    headers[condition] = known.headers[header]
        request = urllib.request.Request(url, headers=headers)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise UnreadableInput(f"{url}: page of {int(length)} bytes is larger than "
                                          f"the limit of {self.max_bytes} bytes; not read")
                body = response.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise UnreadableInput(f"{url}: page larger than the limit of "
                                          f"{self.max_bytes} bytes; not read")
                return Page(url=url, final_url=response.geturl(), body=body,
                            content_type=response.headers.get("Content-Type", ""),
                            headers={name.lower(): value
                                     for name, value in response.headers.items()})
        except urllib.error.HTTPError as err:
            with err:
                if err.code == 304 and known is not None:
                    return known  # not modified since it was remembered
                if err.code in RETRY_STATUSES:
                    wait = _retry_after(err.headers.get("Retry-After"))
                    raise _Retryable(f"HTTP {err.code} {err.reason}", retry_after=wait) from None
                if err.code in (301, 302, 303, 307, 308) and "not allowed" in str(err.msg):
                    raise UnreadableInput(f"{url}: redirected to a URL that is not http or "
                                          "https; not followed") from None
                if err.code in (301, 302, 303, 307, 308):
                    raise UnreadableInput(f"{url}: too many redirects (more than "
                                          f"{MAX_REDIRECTS}, or a loop); not followed") from None
                raise _HTTPStatus(url, err.code, err.reason) from None
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise _Retryable(f"no answer within {self.timeout:g} s") from None
            if isinstance(reason, ConnectionError):
                raise _Retryable(f"connection failed ({reason})") from None
            raise UnreadableInput(f"{url}: cannot connect ({reason})") from None
        except (socket.timeout, TimeoutError):
            raise _Retryable(f"no answer within {self.timeout:g} s") from None
        except (ConnectionError, http.client.HTTPException) as err:
            raise _Retryable(f"connection failed ({type(err).__name__}: {err})") from None


class _HTTPStatus(UnreadableInput):
    """A final HTTP error status (404, 410, 403...)."""

    def __init__(self, url: str, status: int, reason: str) -> None:
        super().__init__(f"{url}: HTTP {status} {reason}")
        self.status = status


class _Retryable(Exception):
    """A failure that may pass: 429, 5xx, a timeout or a dropped connection."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after

    def final(self, url: str, *, attempts: int) -> UnreadableInput:
        tries = "once" if attempts == 1 else f"{attempts} times"
        if self.retry_after is not None and self.retry_after > MAX_WAIT:
            return UnreadableInput(f"{url}: {self.reason}, and the server asks to wait "
                                   f"{self.retry_after:g} s (more than {MAX_WAIT:g}); try later")
        return UnreadableInput(f"{url}: {self.reason} (tried {tries}); try again later")


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds, or an HTTP date.

    >>> _retry_after("3"), _retry_after(None), _retry_after("soon")
    (3.0, None, None)
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
