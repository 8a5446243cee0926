"""Every kg benchmark in one run: extraction speed, the stores, the page, Dask.

    .venv/bin/python -m bench                         # the shared BBC corpus, Neo4j, Chromium
    .venv/bin/python -m bench --limit 20 --skip-neo4j --skip-browser
    .venv/bin/python -m bench --check-score --write BENCHMARKS.md

Prints one ``name: value`` line per figure, all measured in this run, and ``# note:`` lines
that say what a figure means here. Times of one process are CPU seconds of this process
(``time.process_time``), so other work on the machine disturbs them little; speed-ups of
several processes are wall-clock ratios measured back to back. Nothing here asserts a time:
the goals are printed beside the figures in ``--write`` output.

The corpus is ``../shared/corpus/bbc_news.jsonl`` when it is there, else
``bench/sample.jsonl`` (twenty short articles written for kg), or any JSONL given with
``--corpus``. Neo4j is the server of ``KG_NEO4J_URI``/``USER``/``PASSWORD``; without them
one of the bench's own is started with ``scripts/neo4j`` on a free port, in a new state
directory, and stopped and deleted on every exit (errors and Ctrl-C too). Synthetic relations come from :func:`bench.html.synthetic_relations`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import importlib.util
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

from bench.html import page_figures, synthetic_relations, time_build

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc_news.jsonl"
SAMPLE_CORPUS = Path(__file__).resolve().parent / "sample.jsonl"
PLOVER_DEV = ROOT.parent / "shared" / "eval" / "plover_dev.jsonl"

# Pieces parsed and then extracted from at a time for the overhead ratio (two nlp.pipe batches).
EXTRACT_CHUNK = 64
# Documents of the corpus used for the figures that parse the same texts several times
# (pipe vs loop, batch sizes, processes, Dask): the whole corpus would take an hour.
SAMPLE_DOCS = 120
# Documents for the Dask figure: enough partitions (of kg.distributed.PARTITION_DOCS) that the
# last one, which leaves a worker idle, is a small part of the run.
DASK_DOCS = 480
# Articles streamed through extraction 1x and 4x for the peak-memory figure: a few minutes.
MEMORY_DOCS = 300
# Pairs of runs (one process, then two Dask workers) the Dask figure is the median of.
DASK_ROUNDS = 3
# Synthetic relations loaded into Neo4j in batches, and one by one.
NEO4J_BATCHED = 20_000
NEO4J_PER_ROW = 1_000
# Loads measured (the figures are their medians), and most warm-up loads before them.
NEO4J_LOADS = 3
NEO4J_WARMUP_MAX = 6
# Plan operators that read every node of a label (or every node) instead of seeking an index.
SCANS = ("LabelScan", "AllNodesScan", "RelationshipTypeScan", "AllRelationshipsScan")
# What kg's rules read from a parse: so every component of the pipeline is needed.
USED_COMPONENTS = {
    "tok2vec": "features for tagger and parser",
    "tagger": "tag_, read by attribute_ruler and the rules",
    "parser": "dependencies and sentence boundaries",
    "attribute_ruler": "pos_ (VERB/AUX/PROPN) in the event and actor rules",
    "lemmatizer": "lemma_ of verbs and cues in the event lexicon",
    "ner": "PERSON/ORG/GPE/NORP/DATE entities for actors and dates",
}

GOALS = {
    "extract_overhead_ratio": ("<=", 1.10),
    "extract_overhead_ratio_short": ("<=", 1.10),
    "extract_overhead_ratio_medium": ("<=", 1.10),
    "extract_overhead_ratio_long": ("<=", 1.10),
    "sentences_per_s_per_core": (">=", 300),
    "neo4j_batched_vs_per_row": (">=", 50),
    "neo4j_relationships_per_s": (">=", 3500),
    "neo4j_merge_uses_index": ("==", "true"),
    "networkx_bytes_per_edge": ("<=", 600),
    "extract_peak_rss_ratio_4x": ("<=", 1.2),
    "html_build_s_2k": ("<=", 0.5),
    "html_interactive_s_20k": ("<=", 3.0),
    "dask_speedup_2_workers": (">=", 1.6),
    "dask_identical_output": ("==", "true"),
}


def bench_pages(page_2k: str, figures, *, skip: bool) -> None:
    """Size, seconds to usable and pan frame time of the 2k, 20k and 50k pages."""
    for name, value in page_figures(page_2k, browser=not skip):
        figures(name, value)


class Figures:
    """The printed lines, kept for ``--write``."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []

    def __call__(self, name: str, value) -> None:
        text = value if isinstance(value, str) else _number(value)
        self.lines.append((name, text))
        print(f"{name}: {text}", flush=True)

    def value(self, name: str) -> float | None:
        """A figure printed in this run (the last, if printed twice) as a number; None if
        absent or skipped."""
        try:
            return next(float(text) for key, text in reversed(self.lines) if key == name)
        except (StopIteration, ValueError):
            return None

    def note(self, text: str) -> None:
        self.lines.append(("#", text))
        print(f"# note: {text}", flush=True)


def _number(value: float) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int) or abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"


def cpu(work: Callable[[], object]) -> tuple[float, object]:
    started = time.process_time()
    result = work()
    return time.process_time() - started, result


def wall(work: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


# ---------------------------------------------------------------------------- extraction

def pieces_of(documents):
    """(text, (document, offset)) as extract_relations feeds nlp.pipe."""
    from kg.extract import _chunks

    return [(text, (document, offset)) for document in documents
            for offset, text in _chunks(document.text)]


def bench_extraction(documents, nlp, figures: Figures):
    """Parse a chunk, extract from its Docs, and so on; ratios by length tercile."""
    from kg.extract import extract_document
    from kg.extract.repair import NAME_REPAIR

    repair = nlp.get_pipe(NAME_REPAIR)

    ordered = sorted(documents, key=lambda d: len(d.text))
    third = max(1, len(ordered) // 3)
    groups = {"short": ordered[:third], "medium": ordered[third:2 * third],
              "long": ordered[2 * third:]}
    totals = {"parse": 0.0, "extract": 0.0, "sentences": 0}
    relations = []
    for name, group in groups.items():
        pieces = pieces_of(group)
        t_parse = t_extract = 0.0
        sentences = 0
        found: list = []
        # Parse a few batches, then extract from them, as extract_relations does: the two
        # share the machine's good and bad moments, and the Docs are as fresh as they are
        # in a real run.
        for start in range(0, len(pieces), EXTRACT_CHUNK):
            chunk = pieces[start:start + EXTRACT_CHUNK]
            # kg's name repair re-parses sentences: kg's work, timed with the extraction
            with nlp.select_pipes(disable=[NAME_REPAIR]):
                seconds, parsed = cpu(lambda: list(nlp.pipe(chunk, as_tuples=True,
                                                            batch_size=32)))
            t_parse += seconds
            seconds, _ = cpu(lambda: [found.extend(extract_document(document, repair(doc),
                                                                    offset=offset, nlp=nlp))
                                      for doc, (document, offset) in parsed])
            t_extract += seconds
            sentences += sum(1 for doc, _ in parsed for _ in doc.sents)
        if t_parse and group:
            figures(f"extract_overhead_ratio_{name}", (t_parse + t_extract) / t_parse)
        totals["parse"] += t_parse
        totals["extract"] += t_extract
        totals["sentences"] += sentences
        relations += found
    figures("extract_overhead_ratio", (totals["parse"] + totals["extract"]) / totals["parse"])
    figures("sentences", totals["sentences"])
    figures("relations", len(relations))
    figures("sentences_per_s_per_core",
            totals["sentences"] / (totals["parse"] + totals["extract"]))
    figures("parse_sentences_per_s", totals["sentences"] / totals["parse"])
    return relations


def bench_spacy(documents, nlp, figures: Figures) -> None:
    """nlp.pipe against nlp() per text, batch sizes, and two processes, on the same texts."""
    texts = [text for text, _ in pieces_of(documents)]
    sentences = None

    def pipe(batch_size: int, n_process: int = 1):
        return list(nlp.pipe(texts, batch_size=batch_size, n_process=n_process))

    t_loop, _ = cpu(lambda: [nlp(text) for text in texts])
    speeds = {}
    for size in (8, 32, 128):
        seconds, docs = cpu(lambda: pipe(size))
        sentences = sentences or sum(1 for doc in docs for _ in doc.sents)
        speeds[size] = seconds
        del docs
    figures("pipe_vs_loop", t_loop / speeds[32])
    for size, seconds in speeds.items():
        figures(f"batch_size_{size}", sentences / seconds)
    # Wall clock: the second process's CPU time is not this process's.
    one, _ = wall(lambda: pipe(32, 1))
    two, _ = wall(lambda: pipe(32, 2))
    figures("n_process_2_speedup", one / two)
    disabled = [name for name in nlp.component_names if name not in nlp.pipe_names]
    unused = [name for name in nlp.pipe_names
              if name not in USED_COMPONENTS and not name.startswith("kg_")]
    figures.note(f"components run: {', '.join(nlp.pipe_names)}; disabled already: "
                 f"{', '.join(disabled) or 'none'}; "
                 + (f"not used by kg: {', '.join(unused)}" if unused else
                    "kg reads all of them (tagger/attribute_ruler: pos_, lemmatizer: lemma_, "
                    "ner: actors and dates), so nothing can be excluded")
                 + "; attribute_ruler and lemmatizer run as kg's array versions and the models "
                   "multiply on numpy's BLAS, not blis (kg.extract.pipes: same annotations, "
                   "tested token by token)")


def bench_score(figures: Figures) -> None:
    from kg.evaluate import evaluate

    if not PLOVER_DEV.is_file():
        figures("plover_dev_event_f1", f"skipped (no {PLOVER_DEV})")
        return
    figures("plover_dev_event_f1", f"{evaluate(PLOVER_DEV).event.f1:.3f}")


def bench_dask(documents, nlp, figures: Figures) -> None:
    """Extraction in this process against a local cluster of two, models loaded first.

    Both are wall-clock, so other work on the machine moves them: the figure is the median
    of :data:`DASK_ROUNDS` pairs, one run of each, back to back.
    """
    if importlib.util.find_spec("distributed") is None:
        figures("dask_speedup_2_workers", "skipped (pip install 'kg[dask]')")
        figures("dask_identical_output", "skipped")
        return
    from kg.distributed import extract_on_dask, extract_partition, open_client
    from kg.extract import extract_relations

    speedups, identical = [], True
    # The local cluster `kg build --workers 2` starts.
    with open_client(workers=2) as client:
        # Loading the model and the lexicon is start-up, not throughput (as in this process).
        client.run(extract_partition, documents[:5])
        for _ in range(DASK_ROUNDS):
            one, single = wall(lambda: list(extract_relations(documents, nlp=nlp)))
            two, parts = wall(lambda: list(extract_on_dask(documents, client=client)))
            speedups.append(one / two)
            identical &= [relation for part in parts for relation in part.relations] == single
    figures("dask_documents", len(documents))
    figures("dask_speedup_2_workers", median(speedups))
    figures("dask_identical_output", identical)
    figures.note("Dask: speed-ups of the pairs "
                 + ", ".join(f"{speedup:.2f}" for speedup in speedups))


def bench_memory(corpus: Path, figures: Figures, *, docs: int) -> None:
    """Peak RSS of streaming ``docs`` articles through extraction, and 4x as many (the same
    articles under new ids), each in a fresh process (:func:`bench.memory.compare_corpus`)."""
    from bench.memory import compare_corpus

    runs = compare_corpus(corpus, docs=docs, times=4)
    one, four = runs["1x"], runs["4x"]
    figures("extract_peak_rss_mb_1x", one["peak_rss_mb"])
    figures("extract_peak_rss_mb_4x", four["peak_rss_mb"])
    figures("extract_peak_rss_ratio_4x", four["peak_rss_mb"] / one["peak_rss_mb"])
    figures.note(f"memory: peak RSS of one process each, streaming {one['documents']} and "
                 f"{four['documents']} articles of {corpus.name} (the first {docs}, then 4 copies "
                 f"under distinct ids) through extract_relations: {one['relations']} and "
                 f"{four['relations']} relations in {one['seconds']:.0f}s and "
                 f"{four['seconds']:.0f}s wall; {one['baseline_rss_mb']:.0f} MB of either peak is "
                 "the loaded model")


# ---------------------------------------------------------------------------- stores

def bench_networkx(relations, documents, figures: Figures) -> None:
    """Load relations and their documents; bytes of the graph file and of the texts beside it
    per distinct relation."""
    from kg.store.networkx import NetworkXStore, texts_path

    unique = max(1, len({relation.id for relation in relations}))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.json"
        with NetworkXStore(path) as store:
            seconds, _ = wall(lambda: store.add(relations, documents=documents))
        texts = texts_path(path)
        sizes = {"graph": path.stat().st_size / unique,
                 "texts": texts.stat().st_size / unique if texts.exists() else 0.0}
    figures("networkx_bytes_per_edge", sizes["graph"])
    figures("networkx_text_bytes_per_edge", sizes["texts"])
    figures("networkx_relationships_per_s", unique / seconds)
    figures.note(f"NetworkX bytes per edge: the graph file (actors, documents' provenance, "
                 f"relations, sentences) over {unique} distinct relations; the documents' full "
                 f"texts are in the gzipped side file, {sizes['texts']:.0f} B/edge more on disk")


@contextlib.contextmanager
def _neo4j_server(*, own: bool = False):
    """Yield (connection settings, state dir): the server of KG_NEO4J_URI (state None: not
    ours to stop) unless ``own``, else one the bench starts on a free port in a new state dir,
    stopped and deleted however the block ends."""
    if os.environ.get("KG_NEO4J_URI") and not own:
        yield {key: os.environ.get(key, "") for key in
               ("KG_NEO4J_URI", "KG_NEO4J_USER", "KG_NEO4J_PASSWORD")}, None
        return
    state = Path(tempfile.mkdtemp(prefix="kg-bench-neo4j."))
    try:
        started = _neo4j_script("start", state)
        if started.returncode != 0:
            raise SystemExit(f"bench: Neo4j did not start:\n{started.stderr}")
        env = dict(re.findall(r"export (\w+)=(\S+)", started.stdout))
        yield {key: shlex.split(value)[0] for key, value in env.items()}, state
    finally:
        _neo4j_script("stop", state)
        shutil.rmtree(state, ignore_errors=True)


def _neo4j_script(verb: str, state: Path) -> subprocess.CompletedProcess:
    """scripts/neo4j VERB for the bench's own server (ports left for the script to choose)."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("KG_NEO4J_PORT", "KG_NEO4J_HTTP_PORT")}
    return subprocess.run([str(ROOT / "scripts" / "neo4j"), verb], text=True,
                          capture_output=True, env={**env, "KG_NEO4J_STATE": str(state)})


def _forget(store, relations) -> None:
    """Delete the synthetic actors and documents (and so their relationships)."""
    ids = sorted({r.subject.actor.id for r in relations} | {r.doc for r in relations})
    for start in range(0, len(ids), 5000):
        store.query("MATCH (n) WHERE (n:Actor OR n:Document) AND n.id IN $ids "
                    "DETACH DELETE n", ids=ids[start:start + 5000])


def store_bytes(state: Path) -> int:
    """Bytes of the files of the ``neo4j`` database (store files and indexes, not the
    transaction logs or temporary id buffers) of a server run by scripts/neo4j in ``state``."""
    folder = state / "data" / "databases" / "neo4j"
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and ".tmp" not in path.name)


def bench_neo4j_size(relations, documents, figures: Figures) -> float | None:
    """Bytes on disk per relationship, on a server of the bench's own started for it: its
    empty database's files, then the corpus' relations and documents (texts included, as
    ``kg build`` stores them) loaded and the server stopped, which checkpoints the store
    (Community has no checkpoint procedure). Returns None if there is nothing to load."""
    from kg.store.neo4j import Neo4jStore

    if not relations:
        figures("neo4j_bytes_per_relationship", "skipped (no relations)")
        return None
    with _neo4j_server(own=True) as (env, state):
        empty = store_bytes(state)
        with Neo4jStore(env["KG_NEO4J_URI"], user=env.get("KG_NEO4J_USER") or "neo4j",
                        password=env.get("KG_NEO4J_PASSWORD") or None) as store:
            store.add(relations, documents=documents)
        _neo4j_script("stop", state)
        loaded = store_bytes(state)
    unique = max(1, len({relation.id for relation in relations}))
    per_relation = (loaded - empty) / unique
    figures("neo4j_bytes_per_relationship", per_relation)
    figures.note(f"Neo4j bytes per relationship: growth of the database's files (nodes, "
                 f"relationships, properties, indexes; not transaction logs) from empty to "
                 f"{unique} relations with their {len(documents)} documents, texts included, "
                 f"on a server started for it and stopped to checkpoint")
    return per_relation


def bench_neo4j(figures: Figures, *, admin: bool) -> None:
    from kg.store.neo4j import Neo4jStore

    with _neo4j_server() as (env, state):
        with Neo4jStore(env["KG_NEO4J_URI"], user=env.get("KG_NEO4J_USER") or "neo4j",
                        password=env.get("KG_NEO4J_PASSWORD") or None) as store:
            loads = [(synthetic_relations(NEO4J_BATCHED // 2, seed=10 + n),
                      synthetic_relations(NEO4J_PER_ROW // 2, seed=20 + n))
                     for n in range(NEO4J_LOADS)]
            for many, few in loads:
                _forget(store, many + few)
            # One relation of each type first: creating a type's constraint is schema work
            # done once, not loading; it also warms connections and the query caches.
            warm = list({r.predicate: r for r in loads[0][0] + loads[0][1]}.values())
            store.add(warm)
            _forget(store, warm)
            figures("neo4j_warmup_loads", _warm_up(store))
            batched_rates, per_row_rates = [], []
            for many, few in loads:
                per_row, _ = wall(lambda: [store.add([relation]) for relation in few])
                _forget(store, few)
                batched, _ = wall(lambda: store.add(many))
                _forget(store, many)
                per_row_rates.append(len(few) / per_row)
                batched_rates.append(len(many) / batched)
            rate, per_row_rate = median(batched_rates), median(per_row_rates)
            figures("neo4j_relationships_per_s", rate)
            figures("neo4j_per_row_relationships_per_s", per_row_rate)
            figures("neo4j_batched_vs_per_row", rate / per_row_rate)
            figures.note(f"Neo4j: median of {NEO4J_LOADS} loads of {len(loads[0][0])} "
                         f"relationships ({', '.join(f'{r:.0f}' for r in batched_rates)}/s) "
                         f"and of {len(loads[0][1])} added one by one "
                         f"({', '.join(f'{r:.0f}' for r in per_row_rates)}/s)")
            bench_explain(store, figures)
        if admin and state is not None:
            _neo4j_script("stop", state)
            bench_admin_import(loads[0][0], figures, rate, state=state)
        elif admin:
            figures("neo4j_admin_import_relationships_per_s",
                    "skipped (the server of KG_NEO4J_URI is not the bench's own to stop)")


def _warm_up(store) -> int:
    """Load, add one by one and delete synthetic relations until the load rate settles.

    A server just started runs in the JVM's interpreter, and its loads speed up for some
    rounds as the JIT compiles the write path; a long load, which these figures are for,
    runs at the settled speed. Settled is a load within 10% of the one before, or the last
    of :data:`NEO4J_WARMUP_MAX` rounds. Returns the number of rounds.
    """
    previous = None
    for round_ in range(1, NEO4J_WARMUP_MAX + 1):
        warm = synthetic_relations(NEO4J_BATCHED // 2, seed=100 + round_)
        seconds, _ = wall(lambda: store.add(warm))
        for relation in warm[:NEO4J_PER_ROW // 2]:
            store.add([relation])
        _forget(store, warm)
        rate = len(warm) / seconds
        if previous is not None and abs(rate - previous) <= 0.1 * previous:
            return round_
        previous = rate
    return NEO4J_WARMUP_MAX


def bench_explain(store, figures: Figures) -> None:
    """EXPLAIN every write query of kg.store.neo4j; list the ones that scan a label."""
    from kg.store import neo4j as module
    from kg.store.rows import ACTOR, QUANTITY

    queries = {name: getattr(module, name) for name in
               ("MERGE_ACTORS", "MERGE_QUANTITIES", "MERGE_DOCUMENT_STUBS", "UPSERT_DOCUMENTS")}
    queries["relation_query(MEET, Actor)"] = module.relation_query("MEET", ACTOR)
    queries["relation_query(TARGET, Quantity)"] = module.relation_query("TARGET", QUANTITY)
    scans = []
    with store._session() as session:  # EXPLAIN's plan is on the summary, not in rows
        for predicate in ("MEET", "TARGET"):
            session.run(module.relation_constraint(predicate)).consume()
        for name, cypher in queries.items():
            plan = session.run("EXPLAIN " + cypher, rows=[], keys=[], shared={}).consume().plan
            scans += [f"{name}: {op}" for op in _operators(plan) if any(s in op for s in SCANS)]
    figures("neo4j_merge_uses_index", not scans)
    if scans:
        figures.note("label scans: " + "; ".join(scans))


def _operators(plan) -> list[str]:
    if plan is None:
        return []
    kind = plan.get("operatorType", "") if isinstance(plan, dict) else plan.operator_type
    children = plan.get("children", []) if isinstance(plan, dict) else plan.children
    return [kind] + [op for child in children for op in _operators(child)]


def bench_admin_import(relations, figures: Figures, online_rate: float, *, state: Path) -> None:
    """Export to neo4j-admin CSV and time ``neo4j-admin database import full`` on the
    stopped bench server, run the way scripts/neo4j runs the admin tool."""
    from kg.export import export, import_arguments
    from kg.store.networkx import NetworkXStore

    with tempfile.TemporaryDirectory() as folder:
        with NetworkXStore(Path(folder) / "g.json") as store:
            store.add(relations)
        export(store, Path(folder) / "csv", to="neo4j-admin")
        seconds, done = wall(lambda: neo4j_admin(import_arguments(Path(folder) / "csv"),
                                                 state=state))
    if done.returncode != 0:
        tail = " ".join((done.stderr or done.stdout).split()[-30:])
        figures("neo4j_admin_import_relationships_per_s", f"failed ({tail})")
        return
    unique = len({relation.id for relation in relations})
    figures("neo4j_admin_import_relationships_per_s", unique / seconds)
    reported = re.search(r"IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms", done.stdout)
    if reported:
        minutes, secs, ms = (int(x or 0) for x in reported.groups())
        figures("neo4j_admin_import_relationships_per_s_excluding_jvm",
                unique / max(0.001, minutes * 60 + secs + ms / 1000))
    figures("neo4j_admin_vs_online", unique / seconds / online_rate)
    figures.note(f"neo4j-admin import of {unique} relationships took {seconds:.1f}s wall, "
                 "JVM start included; it needs the server stopped and replaces the database")


# ---------------------------------------------------------------------------- sizing

# Figures of this run the sizing table is derived from: Rates field -> printed figure.
SIZING_FIGURES = {
    "sentences_per_s_per_core": "sentences_per_s_per_core",
    "dask_speedup_2_workers": "dask_speedup_2_workers",
    "neo4j_relationships_per_s": "neo4j_relationships_per_s",
    "neo4j_bytes_per_relationship": "neo4j_bytes_per_relationship",
    "networkx_bytes_per_edge": "networkx_bytes_per_edge",
}


def sizing_rates(figures: Figures, documents: int):
    """:class:`bench.sizing.Rates` from this run's figures, or the names of those missing."""
    from bench.sizing import Rates

    values = {field: figures.value(name) for field, name in SIZING_FIGURES.items()}
    sentences, relations = figures.value("sentences"), figures.value("relations")
    missing = [SIZING_FIGURES[field] for field, value in values.items() if not value]
    if not documents or not sentences or not relations:
        missing.append("sentences and relations of a corpus")
    if missing:
        return missing
    return Rates(sentences_per_article=sentences / documents,
                 relations_per_article=relations / documents, **values)


def bench_sizing(figures: Figures, documents: int) -> str | None:
    """Print the sizing table (and return it) when every figure it needs was measured."""
    from bench.sizing import sizing_table

    rates = sizing_rates(figures, documents)
    if isinstance(rates, list):
        figures.note("sizing table skipped: not measured in this run: " + ", ".join(rates))
        return None
    table = sizing_table(rates)
    print("\n# sizing\n" + table, flush=True)
    return table


def neo4j_admin(arguments: list[str], *, state: Path) -> subprocess.CompletedProcess:
    """neo4j-admin ARGUMENTS for the bench's server of ``state``, run the way scripts/neo4j
    runs the admin tool (the distribution's jars, that server's conf)."""
    pom = (ROOT / "scripts" / "neo4j.d" / "pom.xml").read_text()
    version = re.search(r"<neo4j.version>(.*)</neo4j.version>", pom).group(1)
    home = Path(os.environ.get("KG_NEO4J_HOME") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg" / "neo4j")
    dist = home / f"neo4j-community-{version}"
    command = ["java", "-cp", f"{dist}/lib/*", "org.neo4j.server.startup.Neo4jAdminBoot",
               *arguments]
    env = {**os.environ, "NEO4J_HOME": str(dist), "NEO4J_CONF": str(state / "conf")}
    return subprocess.run(command, env=env, text=True, capture_output=True)


# ---------------------------------------------------------------------------- the run

def read_corpus(path: Path, limit: int | None):
    from itertools import islice

    from kg.ingest import read_documents

    return list(islice(read_documents(path), limit))


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown")
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in
                   Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({model}), {memory} GB RAM, Python "
            f"{platform.python_version()}, load average at the end {load}")


def write_markdown(path: Path, figures: Figures, command: str, *,
                   sizing: str | None = None) -> None:
    lines = ["# Benchmarks", "",
             "Written by `python -m bench --write BENCHMARKS.md`; every figure below comes from "
             "the one run named here, so ratios compare like with like. Times of one process "
             "are CPU seconds; speed-ups of several processes are wall-clock.", "",
             f"- date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
             f"- machine: {machine()}",
             f"- command: `{command}`", "",
             "| figure | value | goal | holds |", "|---|---|---|---|"]
    notes = []
    for name, value in figures.lines:
        if name == "#":
            notes.append(value)
            continue
        goal = GOALS.get(name)
        holds = ""
        if goal:
            op, target = goal
            try:
                number = float(value)
                holds = {"<=": number <= target, ">=": number >= target}.get(op, "")
            except ValueError:
                holds = value == target if op == "==" else ""
            holds = "yes" if holds is True else "no" if holds is False else ""
        lines.append(f"| `{name}` | {value} | {f'{goal[0]} {goal[1]}' if goal else ''} | "
                     f"{holds} |")
    lines += ["", *[f"- {note}" for note in notes]]
    if sizing:
        lines += ["", "## Sizing", "",
                  "Derived by `bench/sizing.py` from the figures above (same run).", "", sizing]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, help="a JSONL corpus (default: the shared BBC "
                                                    "corpus, else bench/sample.jsonl)")
    parser.add_argument("--limit", type=int, help="use the first N documents only")
    parser.add_argument("--sample", type=int, default=SAMPLE_DOCS,
                        help=f"documents re-parsed for the spaCy and Dask figures "
                             f"(default: {SAMPLE_DOCS})")
    parser.add_argument("--dask-docs", type=int, default=DASK_DOCS,
                        help=f"documents extracted for the Dask figure (default: {DASK_DOCS})")
    parser.add_argument("--skip-neo4j", action="store_true", help="no Neo4j figures")
    parser.add_argument("--skip-browser", action="store_true", help="no Chromium figure")
    parser.add_argument("--skip-dask", action="store_true", help="no Dask figures")
    parser.add_argument("--skip-memory", action="store_true",
                        help="no peak-memory figures (two extraction processes, minutes)")
    parser.add_argument("--memory-docs", type=int, default=MEMORY_DOCS,
                        help=f"articles extracted 1x and 4x for the memory figure "
                             f"(default: {MEMORY_DOCS})")
    parser.add_argument("--check-score", action="store_true",
                        help="also score the PLOVER dev set with these settings")
    parser.add_argument("--write", type=Path, metavar="FILE.md",
                        help="also write the figures, machine and command here")
    args = parser.parse_args(argv)
    command = "python -m bench " + " ".join(shlex.quote(a) for a in
                                            (argv if argv is not None else sys.argv[1:]))
    corpus = args.corpus or (SHARED_CORPUS if SHARED_CORPUS.is_file() else SAMPLE_CORPUS)
    figures = Figures()
    from kg.extract import load_model

    documents = read_corpus(corpus, args.limit)
    print(f"# corpus: {corpus} ({len(documents)} documents)", flush=True)
    nlp = load_model()
    from kg.extract import extract_relations

    # Lazy loading (vectors, lexicon, matchers) is not what is measured.
    list(extract_relations(documents[:5], nlp=nlp))
    sample = documents[:args.sample]

    relations = bench_extraction(documents, nlp, figures)
    bench_spacy(sample, nlp, figures)
    if args.check_score:
        bench_score(figures)
    bench_networkx(relations, documents, figures)
    if args.skip_memory:
        figures("extract_peak_rss_ratio_4x", "skipped (--skip-memory)")
    else:
        bench_memory(corpus, figures, docs=args.memory_docs)
    seconds, _baseline, page = time_build(2000, 3)
    figures("html_build_s_2k", seconds)
    bench_pages(page, figures, skip=args.skip_browser)
    if args.skip_dask:
        figures("dask_speedup_2_workers", "skipped (--skip-dask)")
        figures("dask_identical_output", "skipped (--skip-dask)")
    else:
        bench_dask(documents[:args.dask_docs], nlp, figures)
    if args.skip_neo4j:
        for name in ("neo4j_relationships_per_s", "neo4j_batched_vs_per_row",
                     "neo4j_merge_uses_index", "neo4j_admin_import_relationships_per_s",
                     "neo4j_bytes_per_relationship"):
            figures(name, "skipped (--skip-neo4j)")
    else:
        bench_neo4j_size(relations, documents, figures)
        bench_neo4j(figures, admin=True)
    sizing = bench_sizing(figures, len(documents))
    if args.write:
        write_markdown(args.write, figures, command, sizing=sizing)


if __name__ == "__main__":
    main()
