"""Nothing lost: ``kg build`` SIGKILLed mid-run and run again ends with exactly what an
uninterrupted build stores, in the NetworkX file and in Neo4j.

The corpus is 80 generated articles; ``--batch-docs 4`` makes the build write to its store
every 4 documents, and the kill lands after the store holds some documents but not all
(checked, not hoped for).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, article, kg, no_traceback
from kg.store import open_store

pytestmark = [pytest.mark.model, pytest.mark.slow]

DOCUMENTS = 80
BATCH = "4"
# The kill waits for this many stored documents: past the first batches, far from the end.
KILL_AFTER = 12


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("resume") / "news"
    folder.mkdir()
    for i in range(DOCUMENTS):
        (folder / f"article-{i:03}.txt").write_text(article(i), encoding="utf-8")
    return folder


def snapshot(target) -> dict:
    """Counts and the exact sets of ids a store holds."""
    with open_store(target, read_only=True) as store:
        counts = store.counts()
        return {"documents": counts["documents"], "actors": counts["actors"],
                "relations": counts["relations"],
                "relation_ids": sorted(relation.id for relation in store.relations()),
                "actor_ids": sorted(actor.id for actor in store.actors()),
                "hashes": sorted(store.stored_hashes())}


def stored_documents(target) -> int:
    try:
        with open_store(target, read_only=True) as store:
            return len(store.stored_hashes())
    except Exception:  # noqa: BLE001 - not there yet (file or first batch), or mid-rename
        return 0


def build_and_kill(corpus: Path, target: str, tmp_path: Path) -> int:
    """Start ``kg build``, SIGKILL it once the store holds KILL_AFTER documents; return how
    many it held when it died."""
    log = (tmp_path / "killed.err").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "--store", target,
         "--batch-docs", BATCH], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
    try:
        deadline = time.monotonic() + 600
        while stored_documents(target) < KILL_AFTER:
            assert process.poll() is None, "the build ended before the kill"
            assert time.monotonic() < deadline, "the build stored nothing in 10 minutes"
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
        log.close()
    assert process.returncode == -signal.SIGKILL
    held = stored_documents(target)
    assert KILL_AFTER <= held < DOCUMENTS, f"the kill did not land mid-run ({held} stored)"
    return held


def test_networkx_build_killed_and_rerun_equals_an_uninterrupted_build(corpus, tmp_path):
    clean = tmp_path / "clean.json"
    assert kg("build", corpus, "--store", clean).code == 0
    expected = snapshot(clean)
    assert expected["documents"] == DOCUMENTS and expected["relations"] > DOCUMENTS

    target = tmp_path / "graph.json"
    build_and_kill(corpus, str(target), tmp_path)
    json.loads(target.read_text(encoding="utf-8"))  # never half-written
    rerun = kg("build", corpus, "--store", target, "--batch-docs", BATCH)
    assert rerun.code == 0 and no_traceback(rerun.err), rerun.err
    assert "already stored" in rerun.err
    assert snapshot(target) == expected


@pytest.mark.neo4j
def test_neo4j_build_killed_and_rerun_equals_an_uninterrupted_build(corpus, neo4j_target,
                                                                    tmp_path):
    assert kg("build", corpus, "--store", neo4j_target).code == 0
    expected = snapshot(neo4j_target)
    assert expected["documents"] == DOCUMENTS

    with open_store(neo4j_target) as store:
        store.query("MATCH (n) DETACH DELETE n")
    build_and_kill(corpus, neo4j_target, tmp_path)
    rerun = kg("build", corpus, "--store", neo4j_target, "--batch-docs", BATCH)
    assert rerun.code == 0 and no_traceback(rerun.err), rerun.err
    assert snapshot(neo4j_target) == expected


def test_batch_docs_must_be_a_positive_whole_number(tmp_path):
    run = kg("build", tmp_path, "--batch-docs", "0")
    assert run.code == 2
    assert "argument --batch-docs: '0' is below 1" in run.err
