"""Fixtures every test folder may use: the real spaCy pipeline, loaded once per session, and
an emptied Neo4j database, and Debian's chromium driven through Playwright — one browser for
the whole session, shared by tests/browser and tests/reliability (Playwright's sync API cannot
run two at once).

Tests that use ``nlp`` or ``shared_model`` are marked ``@pytest.mark.model``, tests that use
``neo4j_target`` ``@pytest.mark.neo4j``. Without the pinned pipeline or KG_NEO4J_URI they are
skipped, except under CI=true where either missing fails the run.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from fixtures.servers import required_neo4j_uri


@pytest.fixture(scope="session")
def nlp():
    """The installed spaCy pipeline (``kg.extract.load_model()``), loaded once."""
    from kg.errors import ModelNotFound
    from kg.extract import load_model

    try:
        return load_model()
    except ModelNotFound as err:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{err} (the model is required under CI=true)")
        pytest.skip(str(err))


@pytest.fixture
def shared_model(nlp, monkeypatch):
    """Make every ``kg.extract.load_model`` call (the CLI's too) return the session's pipeline."""
    monkeypatch.setattr("kg.extract.load_model", lambda name=None: nlp)
    return nlp


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    """KG_NEO4J_URI; skips without it, fails under CI=true (CI must test Neo4j)."""
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
# the browser tests skip, except under CI=true, where they fail (scripts/install-browser).
# Playwright's own browser download does not work everywhere kg is tested; Debian's does.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"]


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (under CI=true the browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        _unavailable("chromium not found; install Debian's with scripts/install-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright not installed; pip install -e '.[test]'")
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


def pytest_terminal_summary(terminalreporter):
    """Say how many tests ran against the real Neo4j server, so a green run shows it."""
    passed = terminalreporter.stats.get("passed", [])
    skipped = terminalreporter.stats.get("skipped", [])
    ran = sum(1 for report in passed if "neo4j" in report.keywords)
    missed = sum(1 for report in skipped if "neo4j" in report.keywords)
    if ran or missed:
        terminalreporter.write_line(f"neo4j: {ran} tests passed against a real server, "
                                    f"{missed} skipped")
