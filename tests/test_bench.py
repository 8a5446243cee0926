"""`python -m bench` runs and names every figure; timings are never asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FIGURES = (
    "extract_overhead_ratio", "extract_overhead_ratio_short", "extract_overhead_ratio_medium",
    "extract_overhead_ratio_long", "sentences_per_s_per_core", "parse_sentences_per_s",
    "pipe_vs_loop", "batch_size_8", "batch_size_32", "batch_size_128", "n_process_2_speedup",
    "networkx_bytes_per_edge", "html_build_s_2k", "dask_speedup_2_workers",
    "dask_identical_output", "neo4j_relationships_per_s", "neo4j_batched_vs_per_row",
    "neo4j_merge_uses_index", "neo4j_admin_import_relationships_per_s",
)


@pytest.mark.slow
@pytest.mark.model
def test_bench_prints_every_figure(tmp_path):
    pytest.importorskip("distributed")
    written = tmp_path / "BENCHMARKS.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--corpus", str(ROOT / "bench" / "sample.jsonl"),
         "--limit", "20", "--sample", "6", "--skip-neo4j", "--skip-browser",
         "--write", str(written)],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    printed = {line.split(":", 1)[0] for line in done.stdout.splitlines()
               if line and not line.startswith("#")}
    assert set(FIGURES) <= printed
    assert "dask_identical_output: true" in done.stdout
    assert "| `networkx_bytes_per_edge` |" in written.read_text()


def test_big_bench_replicates_into_distinct_relationships():
    from bench.big import expected_counts, replicated
    from kg.model import Actor, Mention, Relation

    a, b, c = (Mention(Actor.create(name, "PERSON"), name, 0, 1) for name in "ABC")
    given = [Relation(subject=a, predicate="MEET", object=b, doc="d1", sentence="A met B.",
                      sentence_start=0, category="CONSULT"),
             Relation(subject=a, predicate="PRAISE", object=c, doc="d2", sentence="A hailed C.",
                      sentence_start=0, category="APPEAL")]

    made = replicated(given, 5)

    assert len({relation.id for relation in made}) == 5
    assert [relation.doc for relation in made] == ["d1~0", "d2~0", "d1~1", "d2~1", "d1~2"]
    assert expected_counts(made) == {"types": {"MEET": 3, "PRAISE": 2}, "documents": 5}


def test_big_bench_says_in_one_line_why_it_skips(tmp_path):
    done = subprocess.run([sys.executable, "-m", "bench.big", "--corpus",
                           str(tmp_path / "absent.jsonl")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stderr
    assert done.stdout == f"bench.big: skipped: ../shared absent: {tmp_path}/absent.jsonl " \
                          "does not exist\n"
