"""kg.pipeline: builds that resume, documents that fail alone, and build == extract + load."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from kg.errors import UnreadableInput
from kg.ingest import read_documents
from kg.jsonl import read_relations, write_relations
from kg.model import Mention
from kg.pipeline import BuildReport, ExtractionFailed, build, extract, load, show
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BOOM = "BOOM"


@Language.component("explode_on_boom")
def explode_on_boom(doc):
    """Fails the way spaCy can on odd text, for documents that contain BOOM."""
    if BOOM in doc.text:
        raise ValueError("odd text")
    return doc


@Language.component("interrupt_on_stop")
def interrupt_on_stop(doc):
    """A Ctrl-C in the middle of a build, when the parser reaches a document saying STOP."""
    if "STOP" in doc.text:
        raise KeyboardInterrupt
    return doc


def blank(*components: str):
    """A pipeline without a model: it finds no relations, but runs in milliseconds."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for component in components:
        nlp.add_pipe(component)
    return nlp


def articles(folder: Path, *texts: str) -> list[Path]:
    paths = []
    for number, text in enumerate(texts, 1):
        path = folder / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


TEXTS = ("Kenya sent police officers to Haiti on Monday.",
         "The talks in Doha ended without an agreement.",
         "Japan pledged aid to the Philippines after the typhoon.")


# ---------------------------------------------------------------------------- build

def test_build_skips_documents_the_store_already_has(tmp_path):
    paths = articles(tmp_path, *TEXTS)
    first = next(read_documents(paths[0]))
    with open_store(tmp_path / "g.json") as store:
        store.add([], documents=[first])
    report = build(paths, store=tmp_path / "g.json", nlp=blank())
    assert (report.documents, report.skipped, report.failed) == (3, 1, ())
    assert report.added["documents"] == 2


def test_documents_without_relations_are_recorded_and_skipped_next_time(tmp_path):
    paths = articles(tmp_path, *TEXTS)
    assert build(paths, store=tmp_path / "g.json", nlp=blank()).added == {
        "documents": 3, "actors": 0, "relations": 0}
    again = build(paths, store=tmp_path / "g.json", nlp=blank())
    assert (again.documents, again.skipped, again.added["documents"]) == (3, 3, 0)


def test_the_same_text_twice_in_one_run_is_read_once(tmp_path):
    paths = articles(tmp_path, TEXTS[0], TEXTS[0])
    report = build(paths, store=tmp_path / "g.json", nlp=blank())
    assert (report.documents, report.skipped, report.duplicates) == (2, 0, 1)
    assert report.added["documents"] == 1


def test_a_failing_document_is_reported_and_the_others_land(tmp_path):
    paths = articles(tmp_path, TEXTS[0], f"{BOOM} goes the parser.", TEXTS[2])
    errors = []
    report = build(paths, store=tmp_path / "g.json", nlp=blank("explode_on_boom"),
                   on_error=errors.append)
    assert [type(error) for error in errors] == [ExtractionFailed]
    assert report.failed == (f"{paths[1]}: extraction failed (ValueError: odd text)",)
    assert (report.documents, report.added["documents"]) == (3, 2)
    with open_store(tmp_path / "g.json", read_only=True) as store:
        assert sorted(document.source for document in store.documents()) == [
            str(paths[0]), str(paths[2])]
    # Not recorded as stored, so the next run tries it again.
    retry = build(paths, store=tmp_path / "g.json", nlp=blank())
    assert (retry.skipped, retry.added["documents"]) == (2, 1)


def test_unreadable_sources_are_reported_and_the_others_land(tmp_path):
    paths = articles(tmp_path, TEXTS[0])
    errors = []
    report = build([tmp_path / "gone.txt", *paths], store=tmp_path / "g.json", nlp=blank(),
                   on_error=errors.append)
    assert [str(error) for error in errors] == [f"{tmp_path / 'gone.txt'}: no such file"]
    assert report.failed == (f"{tmp_path / 'gone.txt'}: no such file",)
    assert (report.documents, report.added["documents"]) == (1, 1)


def test_without_on_error_the_first_failure_is_raised(tmp_path):
    with pytest.raises(UnreadableInput, match="gone.txt: no such file"):
        build(tmp_path / "gone.txt", store=tmp_path / "g.json", nlp=blank())


def test_an_interrupted_build_keeps_what_reached_the_store(tmp_path):
    paths = articles(tmp_path, TEXTS[0], TEXTS[1], "STOP here.", TEXTS[2])
    with pytest.raises(KeyboardInterrupt):
        build(paths, store=tmp_path / "g.json", nlp=blank("interrupt_on_stop"), batch_docs=1)
    report = build(paths, store=tmp_path / "g.json", nlp=blank())
    assert (report.documents, report.skipped, report.added["documents"]) == (4, 2, 2)


def test_progress_follows_the_documents(tmp_path):
    paths = articles(tmp_path, *TEXTS)
    seen = []
    build(paths, store=tmp_path / "g.json", nlp=blank(),
          progress=lambda documents, relations: seen.append(documents))
    assert seen[-1] == 3 and seen == sorted(seen)


def test_no_model_is_loaded_when_every_document_is_stored(tmp_path, monkeypatch):
    paths = articles(tmp_path, *TEXTS)
    build(paths, store=tmp_path / "g.json", nlp=blank())

    def no_model(name=None):
        raise AssertionError("the model was loaded for nothing")

    monkeypatch.setattr("kg.extract.load_model", no_model)
    assert build(paths, store=tmp_path / "g.json").skipped == 3


def test_a_store_given_open_is_left_open(tmp_path):
    paths = articles(tmp_path, TEXTS[0])
    with open_store(tmp_path / "g.json") as store:
        report = build(paths, store=store, nlp=blank())
        assert report.store == store.target
        assert store.counts()["documents"] == 1


def test_build_report_defaults_say_nothing_happened():
    assert BuildReport() == BuildReport(
        documents=0, skipped=0, failed=(), relations=0, store="", duplicates=0,
        added={"documents": 0, "actors": 0, "relations": 0})


# ---------------------------------------------------------------------------- extract, load

def test_extract_skips_failures_and_goes_on(tmp_path):
    paths = articles(tmp_path, TEXTS[0], f"{BOOM}!", TEXTS[2])
    errors = []
    relations = list(extract([tmp_path / "gone.txt", *paths], nlp=blank("explode_on_boom"),
                             on_error=errors.append))
    assert relations == []
    assert [str(error) for error in errors] == [
        f"{tmp_path / 'gone.txt'}: no such file",
        f"{paths[1]}: extraction failed (ValueError: odd text)"]


def test_load_reports_bad_lines(tmp_path):
    path = tmp_path / "rels.jsonl"
    path.write_text('{"subject": {"id": "x", "name": "X"}}\n\n[1]\n', encoding="utf-8")
    errors = []
    report = load(path, store=tmp_path / "g.json", on_error=errors.append)
    assert [str(error) for error in errors] == [
        f"{path} line 1: missing key 'predicate' (a relation record needs subject, predicate, "
        "object, doc)",
        f"{path} line 3: expected a JSON object (a relation record), got list"]
    assert (report.relations, len(report.failed)) == (0, 2)


@pytest.mark.parametrize("line, message", [
    ("{", "invalid JSON (Expecting property name enclosed in double quotes)"),
    ('{"subject": {"id": "a"}, "predicate": "MEET", "object": {"id": "b", "name": "B"}, '
     '"doc": "d"}', "missing key 'subject.name' (a subject needs id, name)"),
    ('{"subject": {"id": "a", "name": "A"}, "predicate": "MEET", "object": {"id": "b"}, '
     '"doc": "d"}', "missing key 'object.name' (an object needs id and name, or value for a "
                    "quantity)"),
    ('{"subject": {"id": "a", "name": "A"}, "predicate": "MEET`]-()", "object": {"value": 3}, '
     '"doc": "d"}', "predicate 'MEET`]-()' is not a valid relation type; use upper-case "
                    "letters, digits and underscores, starting with a letter (e.g. MEET)"),
])
def test_read_relations_names_the_line_and_what_is_wrong(line, message):
    errors = []
    assert list(read_relations(io.StringIO(line + "\n"), on_error=errors.append)) == []
    assert [str(error) for error in errors] == [f"<stream> line 1: {message}"]


# ---------------------------------------------------------------------------- build == load

def contents(store) -> tuple:
    """A store's relations and actors, comparable across stores.

    Aliases are left out: relation JSONL does not carry them (``Mention.as_row`` drops them),
    so a store loaded from JSONL has none.
    """
    def plain(mention):
        return replace(mention, actor=replace(mention.actor, aliases=())) \
            if isinstance(mention, Mention) else mention

    relations = [replace(relation, subject=plain(relation.subject), object=plain(relation.object))
                 for relation in store.relations()]
    return (sorted(relations, key=lambda relation: relation.id),
            sorted((replace(actor, aliases=()) for actor in store.actors()),
                   key=lambda actor: actor.id))


def build_and_load(nlp, built_store, loaded_store, tmp_path: Path) -> None:
    report = build(EXAMPLES, store=built_store, nlp=nlp)
    assert report.failed == () and report.relations > 0
    path = tmp_path / "relations.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        assert write_relations(extract(EXAMPLES, nlp=nlp), handle) == report.relations
    loaded = load(path, store=loaded_store)
    assert loaded.relations == report.relations
    assert loaded.added["relations"] == report.added["relations"]


@pytest.mark.model
def test_build_equals_extract_then_load_networkx(nlp, tmp_path):
    build_and_load(nlp, tmp_path / "built.json", tmp_path / "loaded.json", tmp_path)
    with open_store(tmp_path / "built.json", read_only=True) as built, \
            open_store(tmp_path / "loaded.json", read_only=True) as loaded:
        assert contents(built) == contents(loaded)
        # load knows documents only from their relations; build also records the others.
        assert show(built)["relations_by_category"] == show(loaded)["relations_by_category"]


@pytest.mark.model
@pytest.mark.neo4j
def test_build_equals_extract_then_load_neo4j(nlp, neo4j_target, tmp_path):
    built = tmp_path / "built.json"
    build_and_load(nlp, built, neo4j_target, tmp_path)
    with open_store(built, read_only=True) as networkx, \
            open_store(neo4j_target, read_only=True) as neo4j:
        assert contents(neo4j) == contents(networkx)


@pytest.mark.model
@pytest.mark.neo4j
def test_build_into_neo4j_resumes(nlp, neo4j_target):
    first = build(EXAMPLES, store=neo4j_target, nlp=nlp)
    again = build(EXAMPLES, store=neo4j_target, nlp=nlp)
    assert again.skipped == again.documents == first.documents
    assert again.added == {"documents": 0, "actors": 0, "relations": 0}
