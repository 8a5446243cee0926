"""`python -m bench` runs and names every figure; timings are never asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import Figures, sizing_rates, write_markdown
from bench.memory import write_corpus
from bench.sizing import Rates, one_server_limits, sizing, sizing_table

ROOT = Path(__file__).resolve().parents[1]

FIGURES = (
    "extract_overhead_ratio", "extract_overhead_ratio_short", "extract_overhead_ratio_medium",
    "extract_overhead_ratio_long", "sentences_per_s_per_core", "parse_sentences_per_s",
    "pipe_vs_loop", "batch_size_8", "batch_size_32", "batch_size_128", "n_process_2_speedup",
    "networkx_bytes_per_edge", "html_build_s_2k", "dask_speedup_2_workers",
    "dask_identical_output", "neo4j_relationships_per_s", "neo4j_batched_vs_per_row",
    "neo4j_merge_uses_index", "neo4j_admin_import_relationships_per_s",
    "networkx_text_bytes_per_edge", "extract_peak_rss_ratio_4x", "neo4j_bytes_per_relationship",
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


RATES = Rates(sentences_per_article=25, relations_per_article=1.5, sentences_per_s_per_core=300,
              dask_speedup_2_workers=1.5, neo4j_relationships_per_s=5_000,
              neo4j_bytes_per_relationship=4_000, networkx_bytes_per_edge=500)


def test_cores_keep_up_with_the_peak_of_the_day():
    # 1M articles * 25 sentences / 86,400 s = 289 sentences/s; twice that at the peak.
    assert sizing(RATES, 1_000_000).cores == 2
    assert sizing(RATES, 10_000_000).cores == 20


def test_dask_workers_make_up_for_the_measured_efficiency():
    # Efficiency 1.5 / 2 = 75%: 20 cores of work need 27 workers.
    assert sizing(RATES, 10_000_000).dask_workers == 27
    assert sizing(RATES, 10_000).dask_workers == 1


def test_a_year_of_relations_its_load_time_and_size():
    need = sizing(RATES, 100_000)

    assert need.relations_per_year == 54_750_000
    assert need.neo4j_load_hours_per_year == pytest.approx(54_750_000 / 5_000 / 3600)
    assert need.neo4j_store_gb_per_year == pytest.approx(219.0)
    assert need.networkx_gb_per_year == pytest.approx(27.375)
    assert need.neo4j_write_share_of_day == pytest.approx(150_000 / 5_000 / 86_400)


def test_one_server_limits():
    limits = one_server_limits(RATES)

    # 256 GB / 4,000 B = 64M relations a year = 116,895 articles a day at 1.5 each.
    assert limits["store"] == pytest.approx(256e9 / 4_000 / 1.5 / 365)
    assert limits["writes"] == pytest.approx(0.5 * 86_400 * 5_000 / 1.5)


def test_sizing_table_names_both_volumes_and_the_threshold():
    table = sizing_table(RATES)

    assert table.splitlines()[0] == "| | 100,000/day | 1,000,000/day |"
    assert "| Dask workers (one core each) | 1 | 3 |" in table
    assert "suffices up to about 116,895 articles a day: above it a year's store" in table


def test_sizing_needs_every_rate_measured_in_the_run():
    figures = Figures()
    for name, value in [("sentences", 500), ("relations", 30), ("sentences_per_s_per_core", 300),
                        ("dask_speedup_2_workers", "skipped (--skip-dask)"),
                        ("neo4j_relationships_per_s", 5000),
                        ("neo4j_bytes_per_relationship", 4000),
                        ("networkx_bytes_per_edge", 500)]:
        figures(name, value)

    assert sizing_rates(figures, 20) == ["dask_speedup_2_workers"]
    figures("dask_speedup_2_workers", 1.5)
    assert sizing_rates(figures, 20) == Rates(25, 1.5, 300, 1.5, 5000, 4000, 500)


def test_written_markdown_carries_the_sizing_table(tmp_path):
    figures = Figures()
    figures("extract_peak_rss_ratio_4x", 1.0)
    target = tmp_path / "BENCHMARKS.md"

    write_markdown(target, figures, "python -m bench", sizing=sizing_table(RATES))

    text = target.read_text()
    assert "| `extract_peak_rss_ratio_4x` | 1.000 | <= 1.2 | yes |" in text
    assert "## Sizing" in text and "| relations a year | 54,750,000 | 547,500,000 |" in text


def test_corpus_copies_have_distinct_ids(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps({"id": f"n{i}", "text": f"Text {i}."}) + "\n"
                              for i in range(5)))

    assert write_corpus(source, target, docs=3, times=4) == 12

    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert len({record["id"] for record in records}) == 12
    assert [record["text"] for record in records] == ["Text 0.", "Text 1.", "Text 2."] * 4


def test_skip_memory_is_an_option():
    done = subprocess.run([sys.executable, "-m", "bench", "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)

    assert "--skip-memory" in done.stdout and "--memory-docs" in done.stdout


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
