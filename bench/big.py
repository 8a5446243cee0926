"""The bulk-load benchmark (``make bench-big``): Neo4j at a million relationships.

    .venv/bin/python -m bench.big                      # 1,000,000 relationships
    .venv/bin/python -m bench.big --relations 100000 --online 20000

The BBC corpus (``../shared/corpus/bbc_news.jsonl``) is extracted once; its relations are
cached in ``~/.cache/kg/bench`` (keyed by the corpus and by kg's extraction code). They are
replicated under distinct document ids (``<doc>~k``, so every copy is a distinct relationship
with its own id) up to ``--relations``, staged in a NetworkX store, exported with
``kg export --to neo4j-admin`` and imported with ``neo4j-admin database import full``; the
import is timed whole, JVM start included. The online loader (``Neo4jStore.add``) is timed on
the first ``--online`` of the same relations (all of them by default). Both graphs are counted
per label and per relationship type against what was given.

Without ../shared it prints one line saying so and exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shlex
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from bench.__main__ import (ROOT, SHARED_CORPUS, Figures, _neo4j_script, neo4j_admin,
                            read_corpus, wall)

RELATIONS = 1_000_000
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg" / "bench"
# What the cached relations depend on besides the corpus: the extraction code and its data.
EXTRACTION_CODE = ("kg/extract", "kg/data", "kg/model.py", "kg/ontology.py", "kg/codes.py")

LABELS = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n"
TYPES = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"


def extraction_key() -> str:
    """A hash of every file the extracted relations depend on."""
    digest = hashlib.sha256()
    for name in EXTRACTION_CODE:
        path = ROOT / name
        for file in sorted(path.rglob("*") if path.is_dir() else [path]):
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(file.relative_to(ROOT).as_posix().encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def corpus_relations(corpus: Path) -> list:
    """The corpus' relations, extracted once and then read from the cache."""
    from kg.jsonl import read_relations, write_relations

    stat = corpus.stat()
    cached = CACHE / f"{corpus.stem}-{stat.st_size}-{stat.st_mtime_ns}-{extraction_key()}.jsonl"
    if not cached.exists():
        from kg.extract import extract_relations, load_model

        documents = read_corpus(corpus, None)
        print(f"# extracting {len(documents)} documents of {corpus} into {cached} "
              "(once; later runs read the cache)", flush=True)
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as handle:
            write_relations(extract_relations(documents, nlp=load_model()), handle)
        partial.replace(cached)
    return list(read_relations(cached))


def replicated(relations: list, size: int) -> list:
    """``size`` distinct relations: copy k of every relation has document ``<doc>~k``."""
    unique = list({relation.id: relation for relation in relations}.values())
    made, copy = [], 0
    while len(made) < size:
        made += [relation.with_(doc=f"{relation.doc}~{copy}")
                 for relation in unique[:size - len(made)]]
        copy += 1
    return made


def expected_counts(relations: list) -> dict:
    """Relationships per type and documents, as a store must hold them."""
    return {"types": dict(Counter(relation.predicate for relation in relations)),
            "documents": len({relation.doc for relation in relations})}


def stored_counts(store) -> dict:
    labels = {row["label"]: row["n"] for row in store.query(LABELS)}
    return {"types": {row["type"]: row["n"] for row in store.query(TYPES)},
            "documents": labels.get("Document", 0), "labels": labels}


def matches(found: dict, expected: dict) -> bool:
    return found["types"] == expected["types"] and found["documents"] == expected["documents"]


def _started(state: Path, **options):
    """Start the bench's server of ``state`` and open a store on it (its port may change
    from one start to the next)."""
    from kg.store.neo4j import Neo4jStore

    started = _neo4j_script("start", state)
    if started.returncode != 0:
        raise SystemExit(f"bench.big: Neo4j did not start:\n{started.stderr}")
    env = {key: shlex.split(value)[0]
           for key, value in re.findall(r"export (\w+)=(\S+)", started.stdout)}
    return Neo4jStore(env["KG_NEO4J_URI"], user=env.get("KG_NEO4J_USER") or "neo4j",
                      password=env.get("KG_NEO4J_PASSWORD") or None, **options)


def run(relations: list, online: int, figures: Figures) -> None:
    from kg.export import export, import_arguments
    from kg.store.networkx import NetworkXStore

    work = Path(tempfile.mkdtemp(prefix="kg-bench-big."))
    state = work / "neo4j"
    try:
        subset = relations[:online]
        # One relation of each type first, untimed: a type's constraint and index are
        # schema work done once per database, not loading (as in python -m bench).
        firsts = {relation.predicate: relation for relation in reversed(subset)}
        rest = [relation for relation in subset if firsts[relation.predicate] is not relation]
        with _started(state) as store:
            store.add(firsts.values())
            seconds, _ = wall(lambda: store.add(rest))
            online_counts = stored_counts(store)
        figures("neo4j_online_relationships_per_s_big", len(rest) / seconds)
        figures.note(f"online: Neo4jStore.add of {len(rest)} relationships took "
                     f"{seconds:.1f}s wall (after {len(firsts)} untimed, one of each type)")
        _neo4j_script("stop", state)

        seconds, _ = wall(lambda: NetworkXStore(work / "big.json").add(relations))
        figures.note(f"staging {len(relations)} relations in a NetworkX store took "
                     f"{seconds:.1f}s (not part of either load)")
        with NetworkXStore(work / "big.json", read_only=True) as staged:
            seconds, _ = wall(lambda: export(staged, work / "csv", to="neo4j-admin"))
        figures("neo4j_admin_export_s", seconds)
        seconds, done = wall(lambda: neo4j_admin(import_arguments(work / "csv"), state=state))
        if done.returncode != 0:
            tail = " ".join((done.stderr or done.stdout).split()[-30:])
            raise SystemExit(f"bench.big: neo4j-admin import failed: {tail}")
        name = ("neo4j_admin_relationships_per_s_1m" if len(relations) == RELATIONS
                else f"neo4j_admin_relationships_per_s_{len(relations)}")
        figures(name, len(relations) / seconds)
        reported = re.search(r"IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms", done.stdout)
        inside = (f"{int(reported[1] or 0) * 60 + int(reported[2]) + int(reported[3]) / 1000:.1f}s"
                  if reported else "an unreported time")
        figures.note(f"neo4j-admin import of {len(relations)} relationships took "
                     f"{seconds:.1f}s wall, JVM start included; neo4j-admin reports {inside}")

        with _started(state, read_only=True) as store:
            bulk_counts = stored_counts(store)
        equal = (matches(online_counts, expected_counts(subset))
                 and matches(bulk_counts, expected_counts(relations))
                 and (len(subset) < len(relations)
                      or online_counts["labels"] == bulk_counts["labels"]))
        figures("neo4j_big_counts_equal", equal)
        figures.note(f"online graph {sum(online_counts['types'].values())} relationships, "
                     f"{online_counts['labels']}; bulk graph "
                     f"{sum(bulk_counts['types'].values())} relationships, "
                     f"{bulk_counts['labels']}")
    finally:
        _neo4j_script("stop", state)
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.big",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--relations", type=int, default=RELATIONS,
                        help=f"relationships in the graph (default: {RELATIONS})")
    parser.add_argument("--online", type=int,
                        help="load only the first N of them online (default: all)")
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS,
                        help="a JSONL corpus (default: the shared BBC corpus)")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench.big: skipped: ../shared absent: {args.corpus} does not exist")
        return
    figures = Figures()
    seconds, relations = wall(lambda: corpus_relations(args.corpus))
    print(f"# corpus: {args.corpus} ({len(relations)} relations, read in {seconds:.1f}s)",
          flush=True)
    relations = replicated(relations, args.relations)
    run(relations, min(args.online or len(relations), len(relations)), figures)


if __name__ == "__main__":
    main()
