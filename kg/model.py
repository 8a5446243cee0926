"""The records that flow between kg's stages: frozen, slotted, comparable, picklable.

Every record holds plain values (strings, numbers, dates, character offsets) and never a
spaCy or driver object, so records outlive the ``Doc`` they came from. Ids derive from
content, so extracting or loading the same article twice yields the same ids.

>>> rutte = Actor.create("Mark Rutte", "PERSON", country="NLD", sector="GOV")
>>> rutte.id
'person:mark-rutte'
>>> Actor.from_row(rutte.as_row()) == rutte
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Union

__all__ = [
    "ACTOR_TYPES",
    "MODALITIES",
    "Actor",
    "Document",
    "Event",
    "Location",
    "Mention",
    "Quantity",
    "Relation",
    "content_hash",
    "slugify",
]

# Kinds of actor kg distinguishes; the HTML view and the Neo4j labels key on these.
ACTOR_TYPES = ("STATE", "IGO", "PERSON", "PARTY", "ARMED_GROUP", "ORG", "OTHER")

# How firmly the text asserts an event; anything but "asserted" did not (yet) happen.
MODALITIES = ("asserted", "intended", "possible", "required", "hypothetical", "reported")


def content_hash(*parts: Any, length: int = 16) -> str:
    """Return a short, stable hex digest of ``parts`` (the basis of every record id).

    >>> content_hash("a", 1) == content_hash("a", 1)
    True
    >>> len(content_hash("a"))
    16
    """
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: the readable part of an actor id.

    >>> slugify("Volodymyr Zelenskiy")
    'volodymyr-zelenskiy'
    >>> slugify("Côte d'Ivoire")
    'cote-d-ivoire'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or content_hash(text, length=10)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _number(value: Any) -> float | None:
    return float(value) if value is not None else None


def _parse_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class Document:
    """One article: cleaned text plus where and when it was published.

    ``outlet`` is who published it (a site's name or domain); ``updated`` the time its
    feed says it last changed (ISO text, as given); ``extractor`` the version of kg's
    rules that read it; ``copy_of`` the id of the stored article it nearly repeats (wire
    copy on another site), whose relations stand for both.
    """

    id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    outlet: str | None = None
    updated: str | None = None
    extractor: str | None = None
    copy_of: str | None = None

    @classmethod
    def create(cls, text: str, *, id: str | None = None, **fields: Any) -> Document:
        """Build a Document whose id, when not given, is the hash of its text.

        >>> Document.create("Some text.").id == Document.create("Some text.").id
        True
        """
        return cls(id=id or "doc-" + content_hash(text), text=text, **fields)

    @property
    def content_hash(self) -> str:
        """Hash of the text alone: what resumable builds use to know a document was stored."""
        return content_hash(self.text, length=32)

    def as_row(self) -> dict[str, Any]:
        return {"id": self.id, "date": _iso(self.date), "title": self.title,
                "url": self.url, "source": self.source, "outlet": self.outlet,
                "updated": self.updated, "extractor": self.extractor, "copy_of": self.copy_of}

    @classmethod
    def from_row(cls, row: dict[str, Any], *, text: str = "") -> Document:
        return cls(id=str(row["id"]), text=row.get("text", text) or text,
                   date=_parse_date(row.get("date")), title=row.get("title"),
                   url=row.get("url"), source=row.get("source"), outlet=row.get("outlet"),
                   updated=row.get("updated"), extractor=row.get("extractor"),
                   copy_of=row.get("copy_of"))


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor: a state, an international organisation, a person, a party..."""

    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()

    @classmethod
    def create(cls, name: str, type: str, **fields: Any) -> Actor:
        """Build an Actor whose id is its type and canonical key (country code for states).

        >>> Actor.create("Netherlands", "STATE", country="NLD").id
        'state:nld'
        """
        key = fields.get("country") if type == "STATE" and fields.get("country") else name
        return cls(id=f"{type.lower()}:{slugify(key)}", name=name, type=type, **fields)

    def as_row(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "country": self.country,
                "sector": self.sector, "aliases": list(self.aliases)}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Actor:
        return cls(id=str(row["id"]), name=str(row["name"]), type=str(row.get("type") or "OTHER"),
                   country=row.get("country"), sector=row.get("sector"),
                   aliases=tuple(row.get("aliases") or ()))


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor as named at one place in a document (``start``/``end`` index the text)."""

    actor: Actor
    text: str
    start: int
    end: int

    @property
    def id(self) -> str:
        return self.actor.id

    def as_row(self) -> dict[str, Any]:
        row = self.actor.as_row()
        row.update(text=self.text, start=self.start, end=self.end)
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Mention:
        return cls(actor=Actor.from_row(row), text=str(row.get("text") or row["name"]),
                   start=int(row.get("start") or 0), end=int(row.get("end") or 0))


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number the text commits to: ``at least 3 per cent`` is 3.0 '%' with comparator '>='.

    ``unit`` is what one of it is ('%', a currency code, or the noun a count counts:
    'troops', 'people'); ``counts`` what the number measures, in the text's words ('of GDP
    on defence', 'tariffs on steel', 'National Guard troops'), when the text says.
    """

    value: float
    unit: str
    text: str
    start: int = 0
    end: int = 0
    comparator: str | None = None
    counts: str | None = None

    @property
    def id(self) -> str:
        # A quantity node is one mention of a number, not the number itself: two unrelated
        # "3%" would otherwise join their subjects in path and centrality queries.
        return "quantity:" + content_hash(self.value, self.unit, self.text, self.start, self.end)

    @property
    def label(self) -> str:
        """Readable value with unit, e.g. ``'≥3%'`` or ``'$5bn'``."""
        number = f"{self.value:g}"
        if self.unit == "%":
            shown = number + "%"
        elif self.unit in ("USD", "EUR", "GBP"):
            shown = {"USD": "$", "EUR": "€", "GBP": "£"}[self.unit] + _compact(self.value)
        elif len(self.unit) == 3 and self.unit.isupper():  # another currency: "2bn CAD"
            shown = f"{_compact(self.value)} {self.unit}"
        elif self.unit:
            shown = f"{number} {self.unit}"
        else:
            shown = number
        symbol = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "~": "~"}.get(self.comparator or "", "")
        return symbol + shown

    def as_row(self) -> dict[str, Any]:
        return {"id": self.id, "value": self.value, "unit": self.unit, "text": self.text,
                "start": self.start, "end": self.end, "comparator": self.comparator,
                "counts": self.counts}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Quantity:
        return cls(value=float(row["value"]), unit=str(row.get("unit") or ""),
                   text=str(row.get("text") or ""), start=int(row.get("start") or 0),
                   end=int(row.get("end") or 0), comparator=row.get("comparator"),
                   counts=row.get("counts"))


def _compact(value: float) -> str:
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, as the text names it: ``text`` at ``start``/``end`` in the
    document resolved to a place with a GeoNames id (when the gazetteer has one), the ISO
    alpha-3 ``country``, coordinates (None for a country or US state as a whole) and a
    ``feature``: ``city``, ``region``, ``country`` or ``water``.
    """

    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    feature: str
    text: str
    start: int = 0
    end: int = 0
    geonames_id: int | None = None

    def as_row(self) -> dict[str, Any]:
        return {"name": self.name, "geonames_id": self.geonames_id, "country": self.country,
                "latitude": self.latitude, "longitude": self.longitude,
                "feature": self.feature, "text": self.text, "start": self.start,
                "end": self.end}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Location:
        return cls(name=str(row["name"]), country=row.get("country"),
                   latitude=_number(row.get("latitude")), longitude=_number(row.get("longitude")),
                   feature=str(row.get("feature") or ""), text=str(row.get("text") or ""),
                   start=int(row.get("start") or 0), end=int(row.get("end") or 0),
                   geonames_id=int(row["geonames_id"]) if row.get("geonames_id") else None)


Argument = Union[Mention, Quantity]


@dataclass(frozen=True, slots=True)
class Relation:
    """One edge of the graph and the sentence that says so.

    ``category`` is the PLOVER event category, or None for relations that are not events
    (roles such as SECRETARY_GENERAL_OF, membership). ``date`` is the event's own date when
    the text gives one; consumers fall back to ``doc_date``. ``killed``/``wounded`` are the
    casualty figures the sentence gives a violent event (ASSAULT, FIGHT), ACLED-style, each
    with its comparator (``">="`` for "at least 12" and "dozens"); the KILL/WOUND quantity
    relations they come from stay in the graph.
    """

    subject: Mention
    predicate: str
    object: Argument
    doc: str
    sentence: str
    sentence_start: int
    category: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    doc_date: date | None = None
    date: date | None = None
    date_text: str | None = None
    date_granularity: str | None = None
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Actor | None = None
    confidence: float = 0.5
    rule: str = ""
    doc_title: str | None = None
    doc_url: str | None = None
    killed: float | None = None
    killed_comparator: str | None = None
    wounded: float | None = None
    wounded_comparator: str | None = None
    location: Location | None = None
    id: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", "rel-" + content_hash(
                self.subject.id, self.predicate, self.object.id, _iso(self.date),
                self.doc, self.sentence_start, self.subject.start, self.object.start))

    @property
    def sentence_end(self) -> int:
        return self.sentence_start + len(self.sentence)

    def with_(self, **changes: Any) -> Relation:
        """A copy with ``changes`` applied and the id derived anew."""
        return replace(self, id="", **changes)

    def as_row(self) -> dict[str, Any]:
        """The public relation JSONL record (see the README); keys and meanings are stable."""
        return {
            "id": self.id,
            "doc": self.doc,
            "doc_date": _iso(self.doc_date),
            "doc_title": self.doc_title,
            "doc_url": self.doc_url,
            "subject": self.subject.as_row(),
            "predicate": self.predicate,
            "category": self.category,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "object": self.object.as_row(),
            "date": _iso(self.date),
            "date_text": self.date_text,
            "date_granularity": self.date_granularity,
            "negated": self.negated,
            "modality": self.modality,
            "attributed_to": self.attributed_to.as_row() if self.attributed_to else None,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "confidence": self.confidence,
            "rule": self.rule,
            "killed": self.killed,
            "killed_comparator": self.killed_comparator,
            "wounded": self.wounded,
            "wounded_comparator": self.wounded_comparator,
            "location": self.location.as_row() if self.location else None,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Relation:
        obj = row["object"]
        target: Argument = Quantity.from_row(obj) if "value" in obj else Mention.from_row(obj)
        attributed = row.get("attributed_to")
        return cls(
            subject=Mention.from_row(row["subject"]),
            predicate=str(row["predicate"]),
            object=target,
            doc=str(row["doc"]),
            sentence=str(row.get("sentence") or ""),
            sentence_start=int(row.get("sentence_start") or 0),
            category=row.get("category"),
            cameo=row.get("cameo"),
            goldstein=row.get("goldstein"),
            doc_date=_parse_date(row.get("doc_date")),
            date=_parse_date(row.get("date")),
            date_text=row.get("date_text"),
            date_granularity=row.get("date_granularity"),
            negated=bool(row.get("negated", False)),
            modality=str(row.get("modality") or "asserted"),
            attributed_to=Actor.from_row(attributed) if attributed else None,
            confidence=float(row.get("confidence", 0.5)),
            rule=str(row.get("rule") or ""),
            doc_title=row.get("doc_title"),
            doc_url=row.get("doc_url"),
            killed=_number(row.get("killed")),
            killed_comparator=row.get("killed_comparator"),
            wounded=_number(row.get("wounded")),
            wounded_comparator=row.get("wounded_comparator"),
            location=Location.from_row(row["location"]) if row.get("location") else None,
            id=str(row.get("id") or ""),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One happening however many articles report it: the relations that say so (its
    ``evidence``) grouped by subject, category, object and dates within a day.

    ``date`` is the earliest date a report gives it; ``first_seen``/``last_seen`` the first
    and last publication dates of the articles that carry it (copies included);
    ``num_mentions`` counts relations, ``num_articles`` documents and ``num_sources``
    distinct outlets, as GDELT's NumMentions, NumArticles and NumSources do. ``killed`` and
    ``wounded`` are the latest report's figures (by publication date), never a sum of
    reports; the other reports' figures stay on their relations.
    """

    id: str
    subject: Actor
    category: str
    object: Actor
    date: date | None
    first_seen: date | None
    last_seen: date | None
    num_mentions: int
    num_articles: int
    num_sources: int
    sources: tuple[str, ...]
    evidence: tuple[str, ...]
    killed: float | None = None
    killed_comparator: str | None = None
    wounded: float | None = None
    wounded_comparator: str | None = None

    def as_row(self) -> dict[str, Any]:
        return {"id": self.id, "subject": self.subject.as_row(), "category": self.category,
                "object": self.object.as_row(), "date": _iso(self.date),
                "first_seen": _iso(self.first_seen), "last_seen": _iso(self.last_seen),
                "num_mentions": self.num_mentions, "num_articles": self.num_articles,
                "num_sources": self.num_sources, "sources": list(self.sources),
                "evidence": list(self.evidence), "killed": self.killed,
                "killed_comparator": self.killed_comparator, "wounded": self.wounded,
                "wounded_comparator": self.wounded_comparator}
