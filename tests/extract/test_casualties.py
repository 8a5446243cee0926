"""Casualty figures of violent events: the KILL/WOUND quantities of their sentence, as fields."""

from __future__ import annotations

import pytest

from kg.extract.casualties import attach_casualties
from kg.model import Actor, Mention, Quantity, Relation

RUSSIA = Actor.create("Russia", "STATE", country="RUS")
UKRAINE = Actor.create("Ukraine", "STATE", country="UKR")
SENTENCE = "Russia attacked Ukraine, killing at least 12 people and wounding dozens."


def event(category="FIGHT", predicate="ATTACK", subject=RUSSIA, sentence_start=0) -> Relation:
    return Relation(subject=Mention(subject, subject.name, 0, 6), predicate=predicate,
                    category=category, object=Mention(UKRAINE, "Ukraine", 16, 23), doc="d",
                    sentence=SENTENCE, sentence_start=sentence_start)


def figure(predicate, value, text, start, comparator=None, subject=RUSSIA) -> Relation:
    return Relation(subject=Mention(subject, subject.name, 0, 6), predicate=predicate, doc="d",
                    sentence=SENTENCE, sentence_start=0,
                    object=Quantity(value, "people", text, start, start + len(text), comparator))


KILLED = figure("KILL", 12.0, "at least 12 people", 33, ">=")
WOUNDED = figure("WOUND", 24.0, "dozens", 65, ">=")


def test_a_violent_event_takes_its_sentences_killed_and_wounded():
    (attack, *_) = attach_casualties([event(), KILLED, WOUNDED])
    assert (attack.killed, attack.killed_comparator, attack.wounded,
            attack.wounded_comparator) == (12.0, ">=", 24.0, ">=")


def test_the_relation_json_carries_the_figures_and_reads_back():
    (attack, *_) = attach_casualties([event(), KILLED])
    row = attack.as_row()
    assert (row["killed"], row["killed_comparator"], row["wounded"]) == (12.0, ">=", None)
    assert Relation.from_row(row) == attack and Relation.from_row(row).id == attack.id


@pytest.mark.parametrize("other", [
    event(category="DISAPPROVE", predicate="CRITICIZE"),  # not violent
    event(subject=UKRAINE),  # another subject: not the one who killed
    event(sentence_start=200),  # another sentence
])
def test_figures_go_only_to_the_same_subjects_violent_event_in_the_sentence(other):
    (unchanged, *_) = attach_casualties([other, KILLED])
    assert unchanged.killed is None


def test_the_quantity_relations_stay_as_evidence():
    assert attach_casualties([event(), KILLED])[1] == KILLED


@pytest.mark.model
@pytest.mark.parametrize(("text", "killed", "comparator", "wounded"), [
    ("Russia attacked Ukraine, killing at least 12 people and wounding 30.", 12.0, ">=", 30.0),
    ("Israel attacked Gaza on Monday, killing dozens of people.", 24.0, ">=", None),
    ("Russian forces attacked Ukraine, killing 14 civilians.", 14.0, None, None),
])
def test_the_real_model_gives_violent_events_their_toll(nlp, text, killed, comparator, wounded):
    from kg.extract import extract_relations
    from kg.model import Document

    (attack,) = [r for r in extract_relations([Document.create(text)], nlp=nlp)
                 if r.category in ("FIGHT", "ASSAULT")][:1]
    assert (attack.killed, attack.killed_comparator, attack.wounded) == (
        killed, comparator, wounded)
