"""Fixtures every test folder may use: the real spaCy pipeline, loaded once per session, and
an emptied Neo4j database, and Debian's chromium driven through Playwright — one browser for
the whole session, shared by tests/browser and tests/reliability (Playwright's sync API cannot
run two at once).

Tests that use ``nlp`` or ``shared_model`` are marked ``@pytest.mark.model``, tests that use
``neo4j_target`` ``@pytest.mark.neo4j``. What happens without a part (fail in ``make test`` and
CI, skip when KG_TEST_WITHOUT names it) is decided in ``fixtures/servers.py``; the end of the run
counts the skips by reason and fails a strict run that skipped for a missing part.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from fixtures.servers import (ALLOWED_IN_STRICT, is_strict, parts_left_out, require,
                              required_neo4j_uri, skip_if_left_out, skip_reason_kind)


@pytest.fixture(scope="session")
def nlp():
    """The installed spaCy pipeline (``kg.extract.load_model()``), loaded once."""
    from kg.errors import ModelNotFound
    from kg.extract import load_model

    skip_if_left_out("model")
    try:
        return load_model()
    except ModelNotFound as err:
        require("model", str(err))


@pytest.fixture
def shared_model(nlp, monkeypatch):
    """Make every ``kg.extract.load_model`` call (the CLI's too) return the session's pipeline."""
    monkeypatch.setattr("kg.extract.load_model", lambda name=None: nlp)
    return nlp


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    """KG_NEO4J_URI; without it, fails in make test and CI, skips in a partial run."""
    return required_neo4j_uri()


@pytest.fixture
def neo4j_target(neo4j_uri: str) -> str:
    """KG_NEO4J_URI, its database emptied first (see tests/store/conftest.py for the server)."""
    from kg.store import open_store

    with open_store(neo4j_uri) as store:
        store.query("MATCH (n) DETACH DELETE n")
    return neo4j_uri


def pytest_ignore_collect(collection_path, config):
    """Keep --doctest-modules away from conftest files: it would import each of them as a
    module named ``conftest``, and pytest refuses a second one (tests/, tests/store/, ...)."""
    if collection_path.name == "conftest.py":
        return True
    return None


# -- the browser: every request that is not file:// is aborted and recorded. Without chromium
# the browser tests fail in make test and CI (scripts/install-browser installs it), and skip in
# a partial run. Playwright's own browser download does not work everywhere kg is tested;
# Debian's does.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    skip_if_left_out("browser")
    executable = shutil.which("chromium")
    if executable is None:
        require("browser", "chromium not found; install Debian's with scripts/install-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require("browser", "playwright not installed; pip install -e '.[test]'")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Loaded:
    """A page opened from a file, with what it tried to fetch and what it complained about."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser, tmp_path):
    contexts = []

    def open_(html: str, *, name: str = "graph.html", timeout: float = 30_000) -> Loaded:
        path = Path(tmp_path) / name
        path.write_text(html, encoding="utf-8")
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        loaded = Loaded(page=context.new_page())

        def route(route):
            url = route.request.url
            if url.startswith("file:"):
                route.continue_()
            else:
                loaded.requests.append(url)
                route.abort()

        context.route("**/*", route)
        loaded.page.on("console", lambda message: message.type == "error"
                       and loaded.errors.append(message.text))
        loaded.page.on("pageerror", lambda error: loaded.errors.append(str(error)))
        loaded.page.goto(path.as_uri())
        # The page sets window.kgReady and this attribute once drawn; a selector, unlike
        # wait_for_function, needs no eval, which the page's Content-Security-Policy forbids.
        loaded.page.wait_for_selector("html[data-kg-ready]", state="attached", timeout=timeout)
        assert loaded.page.evaluate("window.kgReady") is True
        return loaded

    yield open_
    for context in contexts:
        context.close()


def _skip_reason(report) -> str:
    """A skipped test's reason, without pytest's 'Skipped: '."""
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return reason.removeprefix("Skipped: ")


def _skips(terminalreporter) -> Counter:
    return Counter(_skip_reason(report) for report in terminalreporter.stats.get("skipped", []))


def _unallowed(skips: Counter) -> Counter:
    """Skips a strict run must not have: for a missing part, or for no stated kind."""
    if not is_strict():
        return Counter()
    return Counter({reason: n for reason, n in skips.items()
                    if skip_reason_kind(reason) not in ALLOWED_IN_STRICT})


def pytest_terminal_summary(terminalreporter):
    """Say how many tests ran against the real Neo4j server, list the skips by reason, and say
    in one line what a partial run left out, so a green run shows what it tested."""
    passed = terminalreporter.stats.get("passed", [])
    skipped = terminalreporter.stats.get("skipped", [])
    ran = sum(1 for report in passed if "neo4j" in report.keywords)
    missed = sum(1 for report in skipped if "neo4j" in report.keywords)
    if ran or missed:
        terminalreporter.write_line(f"neo4j: {ran} tests passed against a real server, "
                                    f"{missed} skipped")
    skips = _skips(terminalreporter)
    if skips:
        terminalreporter.write_line(f"skipped by reason ({sum(skips.values())}):")
        for reason, n in sorted(skips.items(), key=lambda item: (-item[1], item[0])):
            terminalreporter.write_line(f"  {n:4d}  {reason}")
    left_out = sorted(parts_left_out())
    if left_out:
        terminalreporter.write_line(f"not tested: {', '.join(left_out)} (KG_TEST_WITHOUT); "
                                    "this run says nothing about them")
    bad = _unallowed(skips)
    if bad:
        terminalreporter.write_line(
            f"error: {sum(bad.values())} tests skipped in a run that needs every real part "
            "(make test, CI); only '../shared absent' and KG_TEST_WITHOUT skips are allowed",
            red=True)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session):
    """A strict run that skipped for a missing part fails, even when nothing else did."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and _unallowed(_skips(reporter)) and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def site():
    """A web site on 127.0.0.1 serving what the test puts in ``site.pages`` (fixtures/web.py)."""
    from fixtures.web import Site

    served = Site()
    yield served
    served.close()
