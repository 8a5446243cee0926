"""How many dead: the KILL/WOUND figures of a sentence given to its violent events.

The quantity extractor already reads casualty figures as relations of their own ("Russia
attacked Ukraine, killing at least 12 people" gives ``Russia -KILL-> ≥12 people``). An
ASSAULT or FIGHT event of the same sentence with the same subject is the act that caused
them, so the figure becomes a field of that event, as ACLED's ``fatalities`` is a field of an
event row; the quantity relation stays, the words it came from.

>>> from kg.model import Actor, Mention, Quantity, Relation
>>> rus = Mention(Actor.create("Russia", "STATE", country="RUS"), "Russia", 0, 6)
>>> ukr = Mention(Actor.create("Ukraine", "STATE", country="UKR"), "Ukraine", 16, 23)
>>> said = "Russia attacked Ukraine, killing at least 12 people."
>>> attack = Relation(subject=rus, predicate="ATTACK", category="FIGHT", object=ukr, doc="d",
...                   sentence=said, sentence_start=0)
>>> toll = Quantity(12.0, "people", "at least 12 people", 33, 51, ">=")
>>> kill = Relation(subject=rus, predicate="KILL", object=toll, doc="d", sentence=said,
...                 sentence_start=0)
>>> [(r.predicate, r.killed, r.killed_comparator) for r in attach_casualties([attack, kill])]
[('ATTACK', 12.0, '>='), ('KILL', None, None)]
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Quantity, Relation
from kg.ontology import CATEGORY, predicates_with

__all__ = ["attach_casualties"]

# Which casualty predicate (the `casualty` trait of predicates.tsv) fills which field of an
# event: KILL the event's `killed`, WOUND its `wounded`.
FIELDS = {predicate: predicate.lower() + "ed" for predicate in predicates_with("casualty")}

# Categories whose events can cause casualties: those with the `violent` trait (ASSAULT, FIGHT).
VIOLENT = frozenset(name for name, category in CATEGORY.items() if category.violent)


def attach_casualties(relations: list[Relation]) -> list[Relation]:
    """``relations`` with each violent event given the KILL/WOUND figures its sentence gives
    its subject (the first figure of each kind, by position); everything else unchanged."""
    figures: dict[tuple[int, str, str], Quantity] = {}
    for relation in sorted(relations, key=lambda r: r.object.start if isinstance(
            r.object, Quantity) else 0):
        field_name = FIELDS.get(relation.predicate)
        if field_name and isinstance(relation.object, Quantity) and relation.category is None:
            figures.setdefault((relation.sentence_start, relation.subject.id, field_name),
                               relation.object)
    if not figures:
        return relations
    attached = []
    for relation in relations:
        if relation.category in VIOLENT:
            changes = {}
            for field_name in sorted(FIELDS.values()):
                figure = figures.get((relation.sentence_start, relation.subject.id, field_name))
                if figure is not None:
                    changes[field_name] = figure.value
                    changes[f"{field_name}_comparator"] = figure.comparator
            relation = replace(relation, **changes) if changes else relation
        attached.append(relation)
    return attached
