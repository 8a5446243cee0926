"""kg's exceptions: one root, a few subclasses named for what went wrong.

Each message names the input, shows the bad value and says what to do instead. The CLI
prints a ``KGError`` as one ``error:`` line; anything else escaping is a bug.
"""

from __future__ import annotations

__all__ = [
    "KGError",
    "UnreadableInput",
    "UnknownStore",
    "StoreUnavailable",
    "QueryNotFound",
    "QueryNotSupported",
    "InvalidName",
    "ModelNotFound",
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
