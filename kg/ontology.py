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

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

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


def _rows(name: str):
    with data_path(name).open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.reader(lines, delimiter="\t")


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
