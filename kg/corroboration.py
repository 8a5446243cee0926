"""How many sources: the relations that report one event, grouped, and counted as GDELT does.

The same event told by several articles (wire copies, rewrites, other outlets) is one
:class:`~kg.model.Event`: the happened relations with the same subject, PLOVER category and
object whose dates (the event's own, else the article's) lie within a day of one another,
chained (Monday, Tuesday and Wednesday reports of one strike are one event). Its counts:

* ``num_mentions``: relations (sentences) that report it;
* ``num_articles``: documents that carry them, near-duplicate copies included;
* ``num_sources``: distinct outlets among those documents (:func:`outlet_of`);
* ``killed`` / ``wounded``: the casualty figures of the latest report that gives them, with
  their comparators; never a sum of reports (each report restates the toll).

Nothing is stored for an event: it is read from the relations, so removing or re-reading a
document changes its counts without bookkeeping. ``queries/corroborated.cypher`` computes
the same groups in Cypher (the tests compare both).

>>> from kg.model import Actor, Document, Mention, Relation
>>> rus = Actor.create("Russia", "STATE", country="RUS")
>>> ukr = Actor.create("Ukraine", "STATE", country="UKR")
>>> def report(doc, day):
...     return Relation(subject=Mention(rus, "Russia", 0, 6), predicate="ATTACK",
...                     object=Mention(ukr, "Ukraine", 16, 23), doc=doc, category="FIGHT",
...                     sentence="Russia attacked Ukraine.", sentence_start=0,
...                     doc_date=date.fromisoformat(day))
>>> docs = [Document("a", "", url="https://www.reuters.com/x"), Document("b", "", outlet="AP"),
...         Document("c", "", source="notes.txt")]
>>> (event,) = group_events([report("a", "2025-03-19"), report("b", "2025-03-20"),
...                          report("c", "2025-03-19")], docs)
>>> event.num_articles, event.num_sources, event.sources, event.date.isoformat()
(3, 3, ('AP', 'notes.txt', 'reuters.com'), '2025-03-19')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from kg.model import Document, Event, Mention, Relation
from kg.ontology import HAPPENED

__all__ = ["event_id", "event_of", "group_events", "is_reportable", "outlet_of"]

# Reports of one event may date it a day apart (time zones, "overnight", the next day's paper).
SAME_EVENT_GAP = timedelta(days=1)


def outlet_of(document: Document) -> str:
    """Who published ``document``: its ``outlet``, else its URL's host without ``www.`` and
    port, else its ``source``, else its id (a document of its own).

    >>> outlet_of(Document("d", "", url="https://www.BBC.co.uk:443/news/1"))
    'bbc.co.uk'
    """
    if document.outlet:
        return document.outlet
    if document.url and "://" in document.url:
        host = document.url.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
        return host[4:] if host.startswith("www.") else host
    return document.source or document.id


def event_id(subject_id: str, category: str, object_id: str, day: str | None) -> str:
    """The event's id: readable, and the same string the Cypher builds.

    >>> event_id("state:rus", "FIGHT", "state:ukr", "2025-03-19")
    'state:rus|FIGHT|state:ukr|2025-03-19'
    """
    return f"{subject_id}|{category}|{object_id}|{day or 'undated'}"


def is_reportable(relation: Relation) -> bool:
    """An event that happened between two distinct actors: what events are made of."""
    return (relation.category is not None and isinstance(relation.object, Mention)
            and relation.subject.id != relation.object.id and not relation.negated
            and relation.modality in HAPPENED)


def event_of(relations: Iterable[Relation]) -> dict[str, str]:
    """Relation id -> the id of the event it reports, for the reportable ``relations``."""
    groups: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    for relation in relations:
        if is_reportable(relation):
            groups[relation.subject.id, relation.category, relation.object.id].append(relation)
    assigned = {}
    for (subject, category, obj), members in groups.items():
        starts = _run_starts(sorted({day for r in members if (day := _day(r)) is not None}))
        for relation in members:
            day = _day(relation)
            start = max((s for s in starts if s <= day), default=None) if day else None
            assigned[relation.id] = event_id(subject, category, obj, start)
    return assigned


def group_events(relations: Iterable[Relation], documents: Iterable[Document] = ()
                 ) -> list[Event]:
    """The events ``relations`` report, with their counts; ``documents`` are the stored
    articles (copies included) that give outlets and publication dates."""
    relations = list(relations)
    by_id = {document.id: document for document in documents}
    copies: dict[str, list[Document]] = defaultdict(list)
    for document in by_id.values():
        if document.copy_of:
            copies[document.copy_of].append(document)
    assigned = event_of(relations)
    members: dict[str, dict[str, Relation]] = defaultdict(dict)
    for relation in relations:
        if relation.id in assigned:
            members[assigned[relation.id]][relation.id] = relation
    events = []
    for event, group in members.items():
        reports = list(group.values())
        published: dict[str, date | None] = {}  # article id -> publication date
        outlets: dict[str, str] = {}
        for relation in reports:
            # A document known only from its relations is its own outlet, as in the Cypher.
            original = by_id.get(relation.doc) or Document(relation.doc, "")
            for document in (original, *copies.get(relation.doc, ())):
                published[document.id] = document.date or relation.doc_date
                outlets[document.id] = outlet_of(document)
        seen = sorted(day for day in published.values() if day is not None)
        days = sorted(day for r in reports if (day := _day(r)) is not None)
        first = reports[0]
        events.append(Event(
            id=event, subject=first.subject.actor, category=first.category or "",
            object=first.object.actor,  # type: ignore[union-attr]  # actors only (is_reportable)
            date=date.fromisoformat(days[0]) if days else None,
            first_seen=seen[0] if seen else None, last_seen=seen[-1] if seen else None,
            num_mentions=len(reports), num_articles=len(published),
            num_sources=len(set(outlets.values())),
            sources=tuple(sorted(set(outlets.values()))),
            evidence=tuple(sorted(r.id for r in reports)),
            **_latest_casualties(reports)))
    return sorted(events, key=lambda e: e.id)


def _latest_casualties(reports: list[Relation]) -> dict[str, Any]:
    """Each casualty figure as the latest report gives it (by publication date, then
    relation id): reports of one event repeat and revise a toll, they never add up."""
    fields: dict[str, Any] = {}
    for name in ("killed", "wounded"):
        giving = [r for r in reports if getattr(r, name) is not None]
        if giving:
            latest = max(giving, key=lambda r: (_iso(r.doc_date), r.id))
            fields[name] = getattr(latest, name)
            fields[f"{name}_comparator"] = getattr(latest, f"{name}_comparator")
    return fields


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def _run_starts(days: list[str]) -> list[str]:
    """The first day of each run of ``days`` (sorted ISO dates) with gaps of at most a day."""
    starts = []
    for index, day in enumerate(days):
        if index == 0 or (date.fromisoformat(day)
                          > date.fromisoformat(days[index - 1]) + SAME_EVENT_GAP):
            starts.append(day)
    return starts


def _day(relation: Relation) -> str | None:
    day = relation.date or relation.doc_date
    return day.isoformat() if day is not None else None
