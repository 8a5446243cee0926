"""Fixtures for the store tests: the sample graph and stores of both engines.

Neo4j tests need a real server (``eval "$(scripts/neo4j start)"`` exports KG_NEO4J_*); they
are skipped without one, except under CI=true where a missing server fails the run.
Every Neo4j test starts from an empty database: do not point KG_NEO4J_URI at data you
want to keep while running these tests.
"""

from __future__ import annotations

import itertools

import pytest

from kg.store import open_store
from store_sample import Sample, build_sample


@pytest.fixture
def sample() -> Sample:
    return build_sample()


@pytest.fixture(params=["networkx", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def engine(request) -> str:
    """Which store engine a contract test runs on."""
    return request.param


@pytest.fixture
def open_test_store(engine, request, tmp_path):
    """Open (and later close) stores of one engine on one target, empty at first.

    ``open_(**options)`` passes ``options`` (e.g. ``read_only=True``) to ``open_store``.
    """
    target = request.getfixturevalue("neo4j_target") if engine == "neo4j" else tmp_path / "g.json"
    opened = []

    def open_(**options):
        store = open_store(target, **options)
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def store(open_test_store):
    """An empty, writable store of each engine."""
    return open_test_store()


@pytest.fixture
def fresh_store(engine, request, tmp_path):
    """``fresh()`` opens a new, empty store on every call (for property-based tests)."""
    uri = request.getfixturevalue("neo4j_uri") if engine == "neo4j" else None
    opened = []
    counter = itertools.count()

    def fresh():
        while opened:
            opened.pop().close()
        if uri is None:
            store = open_store(tmp_path / f"g{next(counter)}.json")
        else:
            store = open_store(uri)
            store.query("MATCH (n) DETACH DELETE n")
        opened.append(store)
        return store

    yield fresh
    for store in opened:
        store.close()
