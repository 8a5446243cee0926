"""Extraction on a Dask cluster: the same relations as one process, on many cores or machines.

:func:`extract_on_dask` cuts the documents into partitions, extracts each partition on a
worker and yields, partition by partition and in input order, what the worker found. Each
worker process loads the spaCy pipeline once (:func:`worker_model`, a per-process cache)
and keeps it for every partition it is given, so a task ships documents and relations,
never a model. Only extraction runs on the cluster: storing stays with the caller, which
adds the relations in batches (MERGE on ids, so loading twice changes nothing).

``workers=N`` starts a local cluster of N single-threaded processes for the call;
``scheduler="tcp://host:8786"`` uses a running one (``dask scheduler`` and ``dask worker``
on each machine, kg and the spaCy model installed on every worker). Dask is optional:
``pip install 'kg[dask]'``.

A document that makes the parser or a rule fail is reported as a
:class:`~kg.errors.ExtractionFailed`-style line in :attr:`Partition.failed`, and the
others of its partition are still extracted, as in a single-process run.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from kg.errors import DaskUnavailable
from kg.model import Document, Relation

__all__ = ["PARTITION_DOCS", "WORKER_CONFIG", "DaskUnavailable", "Partition", "extract_on_dask",
           "extract_partition", "open_client", "worker_model"]

# Documents per task: enough to keep nlp.pipe batching worthwhile, few enough that the
# last tasks of a run do not leave most workers idle.
PARTITION_DOCS = 16
# Partitions in flight per worker: the cluster never waits for the client to read more
# input, and the client never holds the whole corpus.
IN_FLIGHT_PER_WORKER = 3

# Dask's nanny starts each worker with MALLOC_TRIM_THRESHOLD_=65536, which also fixes glibc's
# mmap threshold at 128 kB: every array of the models' layers is then mapped and unmapped
# afresh, and extraction in a worker took 1.45x the CPU it takes in a plain process. None
# unsets it (for a cluster kg starts; see the README for workers started by hand).
WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}

# The pipelines this process has loaded, by model name (None: the preferred installed one).
_MODELS: dict[str | None, Any] = {}


@dataclass(frozen=True)
class Partition:
    """What a worker returns for one partition: its relations, in document order, and
    one line per document that failed (``document id: reason``), with those documents' ids."""

    relations: list[Relation] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def worker_model(model: str | None = None):
    """The spaCy pipeline ``model``, loaded once per process and reused by every task."""
    if model not in _MODELS:
        from kg.extract import load_model

        _MODELS[model] = load_model(model)
    return _MODELS[model]


def extract_partition(documents: list[Document], model: str | None = None) -> Partition:
    """Extract ``documents`` with this process's pipeline (the task a worker runs).

    When the partition breaks the parser it is redone one document at a time, so only the
    broken document is lost, as :func:`kg.pipeline.build` does in one process.
    """
    from kg.extract import extract_relations

    nlp = worker_model(model)
    try:
        return Partition(relations=list(extract_relations(documents, nlp=nlp)))
    except Exception:  # noqa: BLE001 - whatever spaCy or a rule raises on odd text
        pass
    found: list[Relation] = []
    failed: list[tuple[str, str]] = []
    for document in documents:
        try:
            found.extend(extract_relations([document], nlp=nlp))
        except Exception as err:  # noqa: BLE001 - reported, and the run goes on
            failed.append((document.id, " ".join(f"{type(err).__name__}: {err}".split())))
    return Partition(relations=found, failed=failed)


@contextlib.contextmanager
def open_client(*, workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler`` if given, else to a new local cluster of
    ``workers`` single-threaded processes, closed on exit."""
    if workers is None and scheduler is None:
        raise ValueError("give workers=N for a local cluster or scheduler='tcp://host:port'")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise DaskUnavailable(
            "extracting on Dask needs dask[distributed]; run \"pip install 'kg[dask]'\" "
            "or extract without workers and scheduler") from err
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as err:
            raise DaskUnavailable(
                f"cannot reach the Dask scheduler at {scheduler} ({err}); start it with "
                "'dask scheduler' and check the address") from err
        with client:
            yield client
        return
    import dask

    # Processes, one thread each: spaCy and kg's rules hold the GIL. Without Dask's
    # MALLOC_TRIM_THRESHOLD_ (see WORKER_CONFIG), so the workers extract at this process's speed.
    with dask.config.set(WORKER_CONFIG), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                         dashboard_address=":0") as cluster, Client(cluster) as client:
        yield client


def extract_on_dask(documents: Iterable[Document], *, workers: int | None = None,
                    scheduler: str | None = None, model: str | None = None,
                    partition_size: int = PARTITION_DOCS, client=None) -> Iterator[Partition]:
    """Yield one :class:`Partition` per ``partition_size`` documents, in input order.

    Runs on ``client`` if given (an open ``distributed.Client``), else on a cluster opened
    for the call (see :func:`open_client`). Input is read lazily: a few partitions per
    worker are in flight at a time.
    """
    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, got {partition_size}")
    if client is None:
        with open_client(workers=workers, scheduler=scheduler) as opened:
            yield from extract_on_dask(documents, model=model, partition_size=partition_size,
                                       client=opened)
        return
    width = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
    pending: deque = deque()
    iterator = iter(documents)
    while True:
        while len(pending) < width * IN_FLIGHT_PER_WORKER:
            part = list(islice(iterator, partition_size))
            if not part:
                break
            # pure=False: the same documents submitted twice are extracted twice, not
            # answered from a result the scheduler may already have dropped.
            pending.append(client.submit(extract_partition, part, model, pure=False))
        if not pending:
            return
        future = pending.popleft()
        try:
            yield future.result()
        finally:
            future.release()
