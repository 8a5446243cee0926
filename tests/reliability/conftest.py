"""Shared helpers of the reliability tests: the real ``kg`` command as a subprocess, a corpus
of short news sentences.

Neo4j tests use the root conftest's ``neo4j_target`` (KG_NEO4J_URI, emptied; skipped without it,
failed under CI=true); tests that stop and restart a server start their OWN one on a
free port with its state under tmp (see ``private_neo4j`` in test_neo4j_faults.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]

# Who, what and where of the generated articles: every combination is one short article
# that the pinned model turns into at least one relation.
LEADERS = ["Mark Rutte", "Donald Trump", "Emmanuel Macron", "Olaf Scholz", "Keir Starmer",
           "Volodymyr Zelenskiy", "Recep Tayyip Erdogan", "Narendra Modi", "Xi Jinping",
           "Ursula von der Leyen"]
VERBS = ["met", "criticized", "praised", "called", "visited"]
OBJECTS = ["Germany", "France", "Japan", "Brazil", "Canada", "Kenya", "Poland", "Egypt"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(i: int) -> str:
    """The ``i``-th generated article: a dateline, two sentences, distinct for every ``i``."""
    leader = LEADERS[i % len(LEADERS)]
    other = LEADERS[(i * 3 + 1) % len(LEADERS)]
    if other == leader:
        other = LEADERS[(i + 1) % len(LEADERS)]
    verb = VERBS[(i // len(LEADERS)) % len(VERBS)]
    place = OBJECTS[i % len(OBJECTS)]
    day = DAYS[i % len(DAYS)]
    return (f"Published: March {1 + i % 28}, 2025\n\n"
            f"{leader} {verb} {other} on {day}, officials said in report number {i}.\n\n"
            f"{other} visited {place} later that week to discuss trade and security.\n")


@dataclass
class Run:
    code: int
    out: str
    err: str


def kg(*argv, env: dict | None = None, timeout: float = 1800, input: str | None = None) -> Run:
    """Run ``python -m kg.cli ARGV`` as a subprocess (tracebacks cannot hide in one)."""
    done = subprocess.run([sys.executable, "-m", "kg.cli", *map(str, argv)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout, input=input,
                          env={**os.environ, **(env or {})})
    return Run(done.returncode, done.stdout, done.stderr)


def no_traceback(text: str) -> bool:
    return "Traceback (most recent call last)" not in text and 'File "' not in text


