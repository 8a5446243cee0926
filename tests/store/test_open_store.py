"""open_store: which engine a target opens, and the errors for targets it cannot open."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import StoreUnavailable, UnknownStore
from kg.store import open_store
from kg.store.networkx import NetworkXStore

HINT = "use a path ending in .json, or a bolt:// / neo4j:// URI"


@pytest.mark.parametrize(("target", "message"), [
    ("neo4jj://x", f"store 'neo4jj://x' not understood; {HINT}"),
    ("graph.csv", f"store 'graph.csv' not understood; {HINT}"),
    ("http://example.org/g.json", f"store 'http://example.org/g.json' not understood; {HINT}"),
    ("", f"store '' not understood; {HINT}"),
    ("bolt:/127.0.0.1", f"store 'bolt:/127.0.0.1' not understood; {HINT}"),
    (Path("bolt://127.0.0.1"), f"store 'bolt:/127.0.0.1' not understood; {HINT}"),
])
def test_unknown_target_is_refused_with_exact_message(target, message):
    with pytest.raises(UnknownStore) as raised:
        open_store(target)

    assert str(raised.value) == message


@pytest.mark.parametrize("name", ["g.json", "G.JSON", "deeper/dir/g.json"])
@pytest.mark.parametrize("as_path", [False, True])
def test_json_path_opens_networkx(tmp_path, name, as_path):
    target = tmp_path / name

    with open_store(target if as_path else str(target)) as store:
        assert isinstance(store, NetworkXStore) and store.target == str(target)


def test_no_target_and_no_uri_opens_graph_json(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_NEO4J_URI", raising=False)
    monkeypatch.chdir(tmp_path)

    with open_store() as store:
        assert isinstance(store, NetworkXStore) and store.target == "graph.json"


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:1", "neo4j://127.0.0.1:1"])
def test_unreachable_server_is_unavailable(uri, monkeypatch):
    monkeypatch.setenv("KG_NEO4J_PASSWORD", "env-secret-123")

    with pytest.raises(StoreUnavailable) as raised:
        open_store(uri)

    message = str(raised.value)
    assert message.startswith(f"cannot reach Neo4j at {uri} (")
    assert message.endswith("start it with 'scripts/neo4j start' or check KG_NEO4J_URI")
    assert "env-secret-123" not in message and "\n" not in message


def test_password_argument_never_printed(monkeypatch):
    with pytest.raises(StoreUnavailable) as raised:
        open_store("bolt://127.0.0.1:1", user="analyst", password="arg-secret-456")

    assert "arg-secret-456" not in str(raised.value)
    assert "arg-secret-456" not in repr(raised.value.__cause__)
