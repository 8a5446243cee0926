"""kg's exceptions: one root, a few subclasses named for what went wrong.

Each message names the input, shows the bad value and says what to do instead. The CLI
prints a ``KGError`` as one ``error:`` line; anything else escaping is a bug.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")

__all__ = [
    "KGError",
    "UnreadableInput",
    "UnknownStore",
    "StoreUnavailable",
    "QueryNotFound",
    "QueryNotSupported",
    "InvalidName",
    "ModelNotFound",
    "InvalidParameter",
    "InvalidOption",
    "DaskUnavailable",
    "ExtractionFailed",
    "DocumentNotFound",
    "skip_failures",
]


class KGError(Exception):
    """Root of every error kg raises on purpose."""


class UnreadableInput(KGError, ValueError):
    """A document or file could not be read or decoded into text."""


class UnknownStore(KGError, ValueError):
    """A store target is neither a ``.json`` path nor a Neo4j URI."""


class StoreUnavailable(KGError, ConnectionError):
    """The store exists in name but cannot be reached or refused the credentials."""


class QueryNotFound(KGError, LookupError):
    """A named query is not in ``queries/``."""


class QueryNotSupported(KGError, NotImplementedError):
    """The embedded store cannot run this Cypher; the message names the unsupported part."""


class InvalidName(KGError, ValueError):
    """A label, relationship type or property name is not a safe Cypher identifier."""


class ModelNotFound(KGError, LookupError):
    """No spaCy pipeline of the requested name is installed."""


class InvalidParameter(KGError, ValueError):
    """A named query was given a parameter it lacks, a bad value, or not one it needs."""


class InvalidOption(KGError, ValueError):
    """An option (of the HTML view, or a store's setting) has a value it cannot use."""


class DaskUnavailable(KGError, ImportError):
    """Dask (distributed) is not installed, or the scheduler cannot be reached."""


class ExtractionFailed(KGError, RuntimeError):
    """The parser or the extraction rules failed on one document's text."""


class DocumentNotFound(KGError, LookupError):
    """No stored document has the id or URL asked for."""


def skip_failures(items: Iterable[T | KGError], on_error: Callable[[KGError], Any] | None
                  ) -> Iterator[T]:
    """Yield the items that are not errors; hand each error to ``on_error`` (raise without one).

    The readers yield a bad document or line as an error in place, so one bad input is
    reported and the others are still read.
    """
    for item in items:
        if isinstance(item, KGError):
            if on_error is None:
                raise item
            on_error(item)
        else:
            yield item
