"""Fixtures every test folder may use: the real spaCy pipeline, loaded once per session, and
an emptied Neo4j database.

Tests that use ``nlp`` or ``shared_model`` are marked ``@pytest.mark.model``, tests that use
``neo4j_target`` ``@pytest.mark.neo4j``. Without the pinned pipeline or KG_NEO4J_URI they are
skipped, except under CI=true where either missing fails the run.
"""

from __future__ import annotations

import os

import pytest


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


@pytest.fixture
def neo4j_target() -> str:
    """KG_NEO4J_URI, its database emptied first (see tests/store/conftest.py for the server)."""
    from kg.store import open_store

    uri = os.environ.get("KG_NEO4J_URI")
    if not uri:
        message = "KG_NEO4J_URI is not set; start a server with: eval \"$(scripts/neo4j start)\""
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (Neo4j is required under CI=true)")
        pytest.skip(message)
    with open_store(uri) as store:
        store.query("MATCH (n) DETACH DELETE n")
    return uri


def pytest_ignore_collect(collection_path, config):
    """Keep --doctest-modules away from conftest files: it would import each of them as a
    module named ``conftest``, and pytest refuses a second one (tests/, tests/store/, ...)."""
    if collection_path.name == "conftest.py":
        return True
    return None
