"""What kg needs for a news feed of a given size, derived from rates measured in one run.

:func:`sizing` turns the measured figures (:class:`Rates`) into cores, Dask workers, Neo4j
load time and store size for a number of articles a day; :func:`sizing_table` prints them as
markdown, with the point where one Neo4j server stops being enough. Every figure is
arithmetic on the rates and the assumptions below, each with its reason.

>>> rates = Rates(sentences_per_article=20, relations_per_article=1.0,
...               sentences_per_s_per_core=400, dask_speedup_2_workers=1.8,
...               neo4j_relationships_per_s=10_000, neo4j_bytes_per_relationship=5_000,
...               networkx_bytes_per_edge=600)
>>> need = sizing(rates, 1_000_000)
>>> need.cores, need.dask_workers, need.relations_per_year
(2, 3, 365000000)
>>> round(need.neo4j_load_hours_per_year, 1), round(need.neo4j_store_gb_per_year)
(10.1, 1825)
>>> sizing(rates, 100_000).dask_workers  # one core needs no cluster
1
>>> {name: round(articles) for name, articles in one_server_limits(rates).items()}
{'store': 140274, 'writes': 432000000}
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Articles a day to size for: a large newsroom's aggregator, and GDELT's scale.
ARTICLES_PER_DAY = (100_000, 1_000_000)
# News arrives unevenly: the busiest hours carry about twice the day's mean rate, and the
# pipeline must keep up with them, not with the mean.
PEAK_FACTOR = 2.0
# Page cache of one large commodity server: Neo4j answers from memory while the store fits
# in it (beyond, every traversal that misses goes to disk). 256 GB of a 384 GB machine.
PAGE_CACHE_GB = 256
# Share of the day one server may spend on writes, leaving the rest to the analysts' reads.
WRITE_SHARE = 0.5
SECONDS_PER_DAY = 86_400
DAYS_PER_YEAR = 365


@dataclass(frozen=True, slots=True)
class Rates:
    """Figures measured by ``python -m bench`` on this machine."""

    sentences_per_article: float
    relations_per_article: float
    sentences_per_s_per_core: float
    dask_speedup_2_workers: float
    neo4j_relationships_per_s: float
    neo4j_bytes_per_relationship: float
    networkx_bytes_per_edge: float


@dataclass(frozen=True, slots=True)
class Need:
    """What ``articles_per_day`` needs, by :func:`sizing`."""

    articles_per_day: int
    cores: int
    dask_workers: int
    relations_per_year: int
    neo4j_load_hours_per_year: float
    neo4j_store_gb_per_year: float
    networkx_gb_per_year: float
    neo4j_write_share_of_day: float


def sizing(rates: Rates, articles_per_day: int) -> Need:
    """Cores to extract at the peak rate; Dask workers of one core each, at the parallel
    efficiency measured with two; a year's relations, their online load time and size."""
    sentences_per_s = articles_per_day * rates.sentences_per_article / SECONDS_PER_DAY
    cores = math.ceil(sentences_per_s * PEAK_FACTOR / rates.sentences_per_s_per_core)
    efficiency = min(1.0, rates.dask_speedup_2_workers / 2)
    relations_per_day = articles_per_day * rates.relations_per_article
    relations_per_year = round(relations_per_day * DAYS_PER_YEAR)
    return Need(
        articles_per_day=articles_per_day,
        cores=cores,
        dask_workers=1 if cores == 1 else math.ceil(cores / efficiency),
        relations_per_year=relations_per_year,
        neo4j_load_hours_per_year=relations_per_year / rates.neo4j_relationships_per_s / 3600,
        neo4j_store_gb_per_year=relations_per_year * rates.neo4j_bytes_per_relationship / 1e9,
        networkx_gb_per_year=relations_per_year * rates.networkx_bytes_per_edge / 1e9,
        neo4j_write_share_of_day=relations_per_day / rates.neo4j_relationships_per_s
        / SECONDS_PER_DAY,
    )


def one_server_limits(rates: Rates) -> dict[str, float]:
    """Articles a day at which one Neo4j server stops being enough, by each limit:
    ``store``: a year's store outgrows :data:`PAGE_CACHE_GB`; ``writes``: the day's load
    takes more than :data:`WRITE_SHARE` of the day."""
    per_article_year = rates.relations_per_article * DAYS_PER_YEAR
    return {
        "store": PAGE_CACHE_GB * 1e9 / rates.neo4j_bytes_per_relationship / per_article_year,
        "writes": WRITE_SHARE * SECONDS_PER_DAY * rates.neo4j_relationships_per_s
        / rates.relations_per_article,
    }


def sizing_table(rates: Rates, volumes=ARTICLES_PER_DAY) -> str:
    """Markdown: one column per volume, then the one-server threshold and its assumptions."""
    needs = [sizing(rates, volume) for volume in volumes]
    rows = [
        ("articles a day", lambda n: f"{n.articles_per_day:,}"),
        (f"cores for extraction (peak = {PEAK_FACTOR:g}x the mean)", lambda n: f"{n.cores:,}"),
        ("Dask workers (one core each)", lambda n: f"{n.dask_workers:,}"),
        ("relations a year", lambda n: f"{n.relations_per_year:,}"),
        ("Neo4j online load, hours a year", lambda n: f"{n.neo4j_load_hours_per_year:,.1f}"),
        ("Neo4j online load, share of each day",
         lambda n: f"{n.neo4j_write_share_of_day:.1%}"),
        ("Neo4j store, GB a year", lambda n: f"{n.neo4j_store_gb_per_year:,.0f}"),
        ("NetworkX graph file, GB a year", lambda n: f"{n.networkx_gb_per_year:,.0f}"),
    ]
    lines = ["| | " + " | ".join(f"{volume:,}/day" for volume in volumes) + " |",
             "|---|" + "---|" * len(volumes)]
    lines += [f"| {name} | " + " | ".join(cell(need) for need in needs) + " |"
              for name, cell in rows]
    limits = one_server_limits(rates)
    reasons = {"store": f"a year's store outgrows a {PAGE_CACHE_GB} GB page cache",
               "writes": f"the day's online load takes more than {WRITE_SHARE:.0%} of the day"}
    first, second = sorted(limits, key=limits.get)
    lines += ["", f"One Neo4j server suffices up to about {limits[first]:,.0f} articles a day: "
              f"above it {reasons[first]}; above {limits[second]:,.0f} {reasons[second]}. "
              f"Assumptions: {rates.sentences_per_article:.1f} sentences and "
              f"{rates.relations_per_article:.2f} relations per article (this corpus), "
              f"{rates.sentences_per_s_per_core:.0f} sentences/s per core, Dask efficiency "
              f"{min(1.0, rates.dask_speedup_2_workers / 2):.0%} (measured with 2 workers), "
              f"{rates.neo4j_relationships_per_s:,.0f} relationships/s online, "
              f"{rates.neo4j_bytes_per_relationship:,.0f} B per relationship on disk (document "
              "texts included), a year kept. A Neo4j cluster (neo4j:// routing) spreads reads "
              "over secondaries and survives a lost server, but every write still goes to the "
              "one primary and every server holds the whole store: past the store limit, keep "
              "one database per year (queried together as a composite database) or drop the "
              "texts from Neo4j; past the write limit, load with neo4j-admin."]
    return "\n".join(lines)
