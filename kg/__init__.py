"""kg: news articles -> a knowledge graph of international relations.

The records and errors are imported at once; every function is imported on first use, so
``import kg`` stays fast (spaCy, the Neo4j driver and trafilatura load only when needed).

>>> import kg
>>> report = kg.build("examples/", store="graph.json")          # doctest: +SKIP
>>> kg.Actor.create("Netherlands", "STATE", country="NLD").id
'state:nld'

The pipeline's ``extract`` is :func:`kg.pipeline.extract`: ``kg.extract`` is the extraction
subpackage, whose ``extract_relations`` works on Documents.
"""

from __future__ import annotations

import importlib
from typing import Any

from kg.errors import (
    InvalidName,
    KGError,
    ModelNotFound,
    QueryNotFound,
    QueryNotSupported,
    StoreUnavailable,
    UnknownStore,
    UnreadableInput,
)
from kg.model import Actor, Document, Event, Location, Mention, Quantity, Relation

# Public functions and the module each comes from, imported when first asked for.
LAZY = {
    "read_documents": "kg.ingest",
    "extract_relations": "kg.extract",
    "load_model": "kg.extract",
    "open_store": "kg.store",
    "build": "kg.pipeline",
    "load": "kg.pipeline",
    "show": "kg.pipeline",
    "remove": "kg.pipeline",
    "rebuild": "kg.pipeline",
    "watch": "kg.pipeline",
    "BuildReport": "kg.pipeline",
    "LoadReport": "kg.pipeline",
    "ExtractionFailed": "kg.pipeline",
    "read_relations": "kg.jsonl",
    "write_relations": "kg.jsonl",
    "to_html": "kg.visualize",
    "evaluate": "kg.evaluate",
}

__all__ = [
    "Actor", "Document", "Event", "Location", "Mention", "Quantity", "Relation",
    "KGError", "InvalidName", "ModelNotFound", "QueryNotFound", "QueryNotSupported",
    "StoreUnavailable", "UnknownStore", "UnreadableInput",
    *LAZY,
]
__version__ = "0.1.0"
# The version of the extraction rules and their data (kg/extract/, kg/data/). Every stored
# document records the one that read it, and kg.pipeline.rebuild reads again those read by
# another: bump it whenever a change to the rules or lexicons changes what is extracted.
EXTRACTOR_VERSION = "14"  # 2: casualties and locations (issue #19); 3-14: the rules of issue #18


def __getattr__(name: str) -> Any:
    if name not in LAZY:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(LAZY))
