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
