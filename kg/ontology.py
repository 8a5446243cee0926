"""The event ontology: PLOVER categories, CAMEO codes with Goldstein scores, kg's predicates.

Everything that may become a Neo4j relationship type comes from here and is checked by
:func:`check_identifier` before it touches a query string.

>>> PREDICATES["MEET"].category, PREDICATES["MEET"].cameo, PREDICATES["MEET"].goldstein
('CONSULT', '040', 1.0)
>>> quad_class("SANCTION")
'material_conflict'
>>> check_identifier("MEET")
'MEET'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kg.errors import InvalidName

__all__ = [
    "CAMEO",
    "CATEGORIES",
    "PREDICATES",
    "QUAD_CLASSES",
    "CameoCode",
    "Predicate",
    "check_identifier",
    "data_path",
    "quad_class",
    "read_table",
]

# The 18 PLOVER event categories, in the manual's order (cooperation first).
CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
    "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN",
    "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
)

# CAMEO's quad classes (verbal/material x cooperation/conflict), carried over to PLOVER:
# roots 01-05 talk, 06-08 cooperative deeds, 09-13 hostile talk, 14-20 hostile deeds.
QUAD_CLASSES = {
    "verbal_cooperation": ("AGREE", "CONSULT", "SUPPORT"),
    "material_cooperation": ("COOPERATE", "AID", "CONCEDE", "RETREAT"),
    "verbal_conflict": ("INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN"),
    "material_conflict": ("PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT"),
}
_QUAD_OF = {category: quad for quad, members in QUAD_CLASSES.items() for category in members}

# Relationship types and labels go into Cypher text, so only this shape is allowed.
# \Z, not $: "$" also matches before a final newline, and "MEET\n" must not reach Cypher.
IDENTIFIER = re.compile(r"[A-Z][A-Z0-9_]*\Z")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float


@dataclass(frozen=True, slots=True)
class Predicate:
    name: str
    category: str | None
    cameo: str | None
    goldstein: float | None
    why: str

    @property
    def is_event(self) -> bool:
        return self.category is not None


def data_path(name: str):
    """A data file shipped inside the package (``kg/data/NAME``)."""
    return resources.files("kg") / "data" / name


def read_table(name: str, *, header: bool = False) -> Iterator[Any]:
    """The rows of ``kg/data/NAME``, a tab-separated table, as lists of cells; with ``header``
    the first row names the columns and each row after it is a dict (missing cells are "").

    Lines starting with ``#`` and blank lines are skipped. Cells are split on tabs and taken
    as written, without csv quoting: a regex or a quoted example in a "why" column survives.

    >>> next(read_table("cameo_codes.tsv", header=True))["name"]
    'MAKE PUBLIC STATEMENT'
    """
    with data_path(name).open(encoding="utf-8") as handle:
        rows = (line.rstrip("\n").split("\t") for line in handle
                if line.strip() and not line.startswith("#"))
        if not header:
            yield from rows
            return
        columns = next(rows, [])
        for row in rows:
            yield dict(zip(columns, row + [""] * (len(columns) - len(row))))


# The name the loaders below read by.
_rows = read_table


@cache
def _load_cameo() -> dict[str, CameoCode]:
    rows = _rows("cameo_codes.tsv")
    next(rows)  # header
    return {code: CameoCode(code, name, float(score)) for code, name, score, *_ in rows}


@cache
def _load_predicates() -> dict[str, Predicate]:
    table = {}
    for name, category, cameo, why in _rows("predicates.tsv"):
        check_identifier(name)
        code = None if cameo == "-" else cameo
        table[name] = Predicate(
            name=name,
            category=None if category == "-" else category,
            cameo=code,
            goldstein=_load_cameo()[code].goldstein if code else None,
            why=why,
        )
    return table


def quad_class(category: str | None) -> str | None:
    """The quad class of a PLOVER category, or None for non-event relations."""
    return _QUAD_OF.get(category) if category else None


def check_identifier(name: str) -> str:
    """Return ``name`` if it is safe as a Cypher label or relationship type, else raise.

    >>> check_identifier("MEET`]->() DETACH DELETE n//")
    Traceback (most recent call last):
    ...
    kg.errors.InvalidName: 'MEET`]->() DETACH DELETE n//' is not a valid relation type; use upper-case letters, digits and underscores, starting with a letter (e.g. MEET)
    """
    if not isinstance(name, str) or not IDENTIFIER.match(name):
        raise InvalidName(
            f"{name!r} is not a valid relation type; use upper-case letters, digits and "
            "underscores, starting with a letter (e.g. MEET)"
        )
    return name


CAMEO: dict[str, CameoCode] = _load_cameo()
PREDICATES: dict[str, Predicate] = _load_predicates()
