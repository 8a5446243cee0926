"""The event ontology: PLOVER categories, CAMEO codes with Goldstein scores, kg's predicates.

Every fact about the vocabulary is data in ``kg/data`` (predicates.tsv, categories.tsv,
quad_classes.tsv, modalities.tsv, cameo_codes.tsv), read once here; code asks the ontology
(``PREDICATES[p].symmetric``, ``CATEGORY["FIGHT"].violent``) and keeps no set of its own.
Adding a predicate is one row of predicates.tsv plus its cue words in the lexicons. A folder
named by ``$KG_DATA`` overrides the packaged files of the same name, to extend the vocabulary
without editing kg.

Everything that may become a Neo4j relationship type comes from here and is checked by
:func:`check_identifier` before it touches a query string.

>>> PREDICATES["MEET"].category, PREDICATES["MEET"].cameo, PREDICATES["MEET"].goldstein
('CONSULT', '040', 1.0)
>>> PREDICATES["MEET"].symmetric, CATEGORY["FIGHT"].violent, QUADS["verbal_conflict"].verbal
(True, True, True)
>>> quad_class("SANCTION")
'material_conflict'
>>> check_identifier("MEET")
'MEET'
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from kg.errors import InvalidName

__all__ = [
    "CAMEO",
    "CATEGORIES",
    "CATEGORY",
    "HAPPENED",
    "PREDICATES",
    "QUADS",
    "QUAD_CLASSES",
    "CameoCode",
    "Category",
    "Predicate",
    "QuadClass",
    "check_identifier",
    "data_path",
    "predicates_with",
    "quad_class",
    "read_table",
]

# Relationship types and labels go into Cypher text, so only this shape is allowed.
# \Z, not $: "$" also matches before a final newline, and "MEET\n" must not reach Cypher.
IDENTIFIER = re.compile(r"[A-Z][A-Z0-9_]*\Z")

# The traits a row may carry, per table; anything else is a typo and stops the load.
PREDICATE_TRAITS = frozenset({"symmetric", "moves_object", "clause_target", "condition_target",
                              "homecoming", "own_object", "commitment", "role",
                              "casualty", "dealing", "territorial", "charge", "words",
                              "step", "promised"})
CATEGORY_TRAITS = frozenset({"violent", "aimed_at_doer", "judgement", "refusable_force",
                             "place_addressed", "reacts", "foretells", "move", "captive"})
QUAD_TRAITS = frozenset({"verbal", "cooperative"})


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float


class _Traits:
    """A table row whose traits read as flags (``PREDICATES["MEET"].symmetric``); ``ALLOWED``
    are the traits its table may give."""

    __slots__ = ()
    ALLOWED: ClassVar[frozenset[str]] = frozenset()

    def __getattr__(self, trait: str) -> bool:
        if trait in self.ALLOWED:
            return trait in self.traits
        raise AttributeError(f"{type(self).__name__} has no attribute {trait!r}")


@dataclass(frozen=True, slots=True)
class Predicate(_Traits):
    """A row of predicates.tsv: its category (None: not an event), CAMEO code and traits."""

    ALLOWED: ClassVar[frozenset[str]] = PREDICATE_TRAITS

    name: str
    category: str | None
    cameo: str | None
    goldstein: float | None
    why: str
    traits: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Category(_Traits):
    """A row of categories.tsv: a PLOVER category, its quad class, traits and CAMEO variants."""

    ALLOWED: ClassVar[frozenset[str]] = CATEGORY_TRAITS

    name: str
    quad: str
    intent: str | None  # the CAMEO code of an intent to do it
    threat: str | None  # the CAMEO code of a threat to do it
    stopped: str | None = None  # the predicate that stopping it is ("stopped sending arms")
    traits: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class QuadClass(_Traits):
    """A row of quad_classes.tsv: a CAMEO quad class, its edge colour and traits."""

    ALLOWED: ClassVar[frozenset[str]] = QUAD_TRAITS

    name: str
    colour: str
    traits: frozenset[str] = frozenset()


def data_path(name: str):
    """A data file: ``$KG_DATA/NAME`` when that folder has it, else the packaged ``kg/data/NAME``."""
    override = os.environ.get("KG_DATA")
    if override and (Path(override) / name).is_file():
        return Path(override) / name
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



def _traits(cell: str, allowed: frozenset[str], *, where: str) -> frozenset[str]:
    traits = frozenset(t.strip() for t in cell.split(",") if t.strip() not in ("", "-"))
    if traits - allowed:
        raise ValueError(f"{where}: unknown trait {', '.join(sorted(traits - allowed))}; "
                         f"the traits are {', '.join(sorted(allowed))}")
    return traits


def _dash(cell: str) -> str | None:
    return None if cell == "-" else cell


@cache
def _load_cameo() -> dict[str, CameoCode]:
    rows = read_table("cameo_codes.tsv")
    next(rows)  # header
    return {code: CameoCode(code, name, float(score)) for code, name, score, *_ in rows}


@cache
def _load_quads() -> dict[str, QuadClass]:
    rows = read_table("quad_classes.tsv")
    next(rows)  # header
    return {name: QuadClass(name, colour, _traits(traits, QUAD_TRAITS, where=name))
            for name, traits, colour in rows}


@cache
def _load_categories() -> dict[str, Category]:
    rows = read_table("categories.tsv")
    next(rows)  # header
    table = {}
    for name, quad, traits, intent, threat, stopped, _why in rows:
        if quad not in _load_quads():
            raise ValueError(f"categories.tsv: {name} has unknown quad class {quad!r}")
        table[name] = Category(name, quad, _dash(intent), _dash(threat), _dash(stopped),
                               _traits(traits, CATEGORY_TRAITS, where=name))
    return table


@cache
def _load_predicates() -> dict[str, Predicate]:
    table = {}
    for name, category, cameo, traits, why in read_table("predicates.tsv"):
        check_identifier(name)
        code = _dash(cameo)
        if category != "-" and category not in _load_categories():
            raise ValueError(f"predicates.tsv: {name} has unknown category {category!r}")
        table[name] = Predicate(
            name=name,
            category=_dash(category),
            cameo=code,
            goldstein=_load_cameo()[code].goldstein if code else None,
            why=why,
            traits=_traits(traits, PREDICATE_TRAITS, where=name),
        )
    for category in _load_categories().values():
        if category.stopped is not None and category.stopped not in table:
            raise ValueError(f"categories.tsv: {category.name} stops as unknown predicate "
                             f"{category.stopped!r}")
    return table


@cache
def _load_happened() -> frozenset[str]:
    rows = read_table("modalities.tsv")
    next(rows)  # header
    return frozenset(modality for modality, happened, _why in rows if happened == "yes")


def predicates_with(trait: str) -> frozenset[str]:
    """The names of the predicates that carry ``trait`` (see predicates.tsv).

    >>> sorted(predicates_with("casualty"))
    ['KILL', 'WOUND']
    """
    if trait not in PREDICATE_TRAITS:
        raise ValueError(f"unknown trait {trait!r}; the traits are "
                         f"{', '.join(sorted(PREDICATE_TRAITS))}")
    return frozenset(name for name, p in PREDICATES.items() if trait in p.traits)


def quad_class(category: str | None) -> str | None:
    """The quad class of a PLOVER category, or None for non-event relations."""
    found = CATEGORY.get(category) if category else None
    return found.quad if found else None


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
QUADS: dict[str, QuadClass] = _load_quads()
CATEGORY: dict[str, Category] = _load_categories()
# The 18 PLOVER event categories, in the manual's order (cooperation first).
CATEGORIES: tuple[str, ...] = tuple(CATEGORY)
QUAD_CLASSES: dict[str, tuple[str, ...]] = {
    quad: tuple(c.name for c in CATEGORY.values() if c.quad == quad) for quad in QUADS}
PREDICATES: dict[str, Predicate] = _load_predicates()
# Modalities whose acts count as having happened (modalities.tsv).
HAPPENED: frozenset[str] = _load_happened()
