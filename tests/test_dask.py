"""Extraction on a real local Dask cluster gives exactly the relations of one process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the test extras install dask[distributed]")

from kg.distributed import extract_on_dask, extract_partition, open_client  # noqa: E402
from kg.extract import extract_relations, load_model  # noqa: E402
from kg.ingest import read_documents  # noqa: E402
from kg.pipeline import build, extract  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

pytestmark = [pytest.mark.slow, pytest.mark.model]
# Read before any cluster starts: a nanny sets its variables in the process that starts it.
TRIM_BEFORE = os.environ.get("MALLOC_TRIM_THRESHOLD_")


@pytest.fixture(scope="module")
def documents():
    return list(read_documents(EXAMPLES))


@pytest.fixture(scope="module")
def single(documents):
    return list(extract_relations(documents, nlp=load_model()))


@pytest.fixture(scope="module")
def client():
    # The local cluster `kg build --workers 2` starts.
    with open_client(workers=2) as opened:
        yield opened


def test_the_examples_have_relations(single):
    assert len(single) > 10


def test_dask_gives_the_same_relations_in_the_same_order(documents, single, client):
    # Partitions of one document: every document crosses to a worker on its own.
    found = [relation for part in extract_on_dask(documents, partition_size=1, client=client)
             for relation in part.relations]
    assert {r.id for r in found} == {r.id for r in single}
    assert found == single


def test_each_worker_loads_the_model_once(documents, client):
    list(extract_on_dask(documents * 3, partition_size=1, client=client))
    loaded = client.run(lambda: __import__("kg.distributed").distributed._MODELS.keys().__len__())
    assert set(loaded.values()) == {1}


def test_workers_keep_glibc_s_own_memory_thresholds(client):
    # Dask's nanny would set MALLOC_TRIM_THRESHOLD_, which slows extraction by half; workers
    # keep what the process that started them had (nothing, unless the tests ran with it set).
    found = client.run(lambda: __import__("os").environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert len(found) == 2 and set(found.values()) == {TRIM_BEFORE}


def test_pipeline_extract_on_a_local_cluster_matches_one_process(single):
    assert list(extract(EXAMPLES, workers=2)) == single


def test_build_on_a_local_cluster_stores_the_same_graph(tmp_path, single):
    report = build(EXAMPLES, store=tmp_path / "g.json", workers=2)
    assert report.relations == len(single)
    assert report.added["relations"] == len({r.id for r in single})


def test_a_failing_document_is_reported_and_the_others_kept(documents, monkeypatch):
    import kg.extract

    real = kg.extract.extract_document
    broken = documents[0].id

    def fail_on_one(document, doc, **options):
        if document.id == broken:
            raise ValueError("odd text")
        return real(document, doc, **options)

    monkeypatch.setattr(kg.extract, "extract_document", fail_on_one)
    part = extract_partition(documents)
    assert [document_id for document_id, _ in part.failed] == [broken]
    assert "ValueError: odd text" in part.failed[0][1]
    assert part.relations
    assert broken not in {r.doc for r in part.relations}
