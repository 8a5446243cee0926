"""The page-chrome patterns of ``kg/data/ingest_chrome.tsv``, compiled once.

Two readers of the same table: :mod:`kg.ingest.cleaning` drops the lines they match, and
:mod:`kg.ingest.dates` reads the publication date from the date cues among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.ontology import read_table

__all__ = ["MAX_CHROME_CHARS", "Rules", "load_rules"]

CHROME_FILE = "ingest_chrome.tsv"

# Chrome lines are short: longer lines are body text and are never matched against the chrome
# patterns, which also bounds what any pattern can cost on a pathological 1 MB line.
MAX_CHROME_CHARS = 400


@dataclass(frozen=True, slots=True)
class Rules:
    """One pattern per kind of line; ``cue`` names its match ``published`` or ``updated``."""

    drop: re.Pattern
    caption: re.Pattern
    aside: re.Pattern
    cue: re.Pattern
    stamp: re.Pattern


@cache
def load_rules() -> Rules:
    """The chrome patterns of ``kg/data/ingest_chrome.tsv``, compiled once."""
    kinds: dict[str, list[str]] = {kind: [] for kind in
                                   ("drop", "caption", "aside", "published", "updated", "stamp")}
    for row in read_table(CHROME_FILE):
        if len(row) != 2 or row[0] not in kinds:
            line = "\t".join(row)
            raise ValueError(f"{CHROME_FILE}: expected '<kind><TAB><pattern>' with a kind among "
                             f"{', '.join(kinds)}, got {line!r}")
        kind, pattern = row
        kinds[kind].append(pattern)

    def either(kind: str) -> str:
        return "|".join(f"(?:{pattern})" for pattern in kinds[kind])

    flags = re.IGNORECASE
    return Rules(
        drop=re.compile(either("drop"), flags),
        caption=re.compile(either("caption"), flags),
        aside=re.compile(either("aside"), flags),
        cue=re.compile(f"(?:(?P<published>{either('published')})|(?P<updated>{either('updated')}))"
                       r"(?:\s*[:|\-–—]\s*|\s+)", flags),
        stamp=re.compile(either("stamp"), flags),
    )
