"""kg.pipeline.remove and rebuild: the graph afterwards is the one a fresh build gives,
on both stores (node and relationship counts, relations, actors)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import kg
import kg.extract
import kg.pipeline
from kg.errors import DocumentNotFound
from kg.pipeline import build, rebuild, remove
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WIRE = [line for line in (EXAMPLES / "wire-2025.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()]
REMOVED_ID = "wire-2025-06-12-eu-belarus"
REMOVED_URL = "https://wire.example/2025/06/12/eu-belarus-sanctions"


def corpus(folder: Path, *, without: str | None = None) -> Path:
    """The examples, less the wire record whose id is ``without``."""
    folder.mkdir()
    for name in ("rutte-nato-2025-03-17.txt", "asean-myanmar-truce-2025-05-27.html"):
        shutil.copy(EXAMPLES / name, folder / name)
    kept = [line for line in WIRE if without is None or f'"id": "{without}"' not in line]
    (folder / "wire-2025.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return folder


def shape(store) -> tuple:
    """Nodes and relationships by kind, and what they hold."""
    if store.full_cypher:
        nodes = store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]
        edges = store.query("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    else:
        nodes, edges = store.graph.number_of_nodes(), store.graph.number_of_edges()
    # The source is the path read, which differs between the two corpora's folders.
    documents = {document.id: replace(document, source=None)
                 for document in store.documents(with_text=True)}
    return (nodes, edges, store.counts(), set(store.relations()), set(store.actors()),
            documents)


@pytest.fixture(params=["networkx", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def target(request, tmp_path):
    if request.param == "neo4j":
        return request.getfixturevalue("neo4j_target")
    return tmp_path / "graph.json"


@pytest.mark.model
@pytest.mark.parametrize("name", [REMOVED_ID, REMOVED_URL])
def test_remove_gives_the_graph_built_without_the_document(nlp, target, tmp_path, name):
    build(corpus(tmp_path / "all"), store=target, nlp=nlp)
    build(corpus(tmp_path / "less", without=REMOVED_ID), store=tmp_path / "less.json", nlp=nlp)

    report = remove([name], store=target)

    assert report.documents == (REMOVED_ID,)
    assert report.removed["relations"] > 0 and report.removed["documents"] == 1
    with open_store(target) as removed, open_store(tmp_path / "less.json") as fresh:
        assert shape(removed) == shape(fresh)


def test_a_name_not_stored_is_reported_and_the_others_removed(tmp_path):
    build(corpus(tmp_path / "all"), store=tmp_path / "g.json", nlp=_blank())
    errors = []

    report = remove(["nope", REMOVED_ID], store=tmp_path / "g.json", on_error=errors.append)

    assert report.documents == (REMOVED_ID,)
    assert [str(error) for error in errors] == [
        f"no document with id or URL 'nope' in store '{tmp_path / 'g.json'}'; list them with "
        "show() or a query of (:Document) nodes"]
    with pytest.raises(DocumentNotFound):
        remove("nope", store=tmp_path / "g.json")


@pytest.mark.model
def test_rebuild_reads_again_what_an_older_extractor_read(nlp, target, tmp_path, monkeypatch):
    rules = kg.extract.extract_relations

    def older_rules(documents, *args, **kwargs):  # found only half of what today's rules do
        return [relation for number, relation in enumerate(rules(documents, *args, **kwargs))
                if number % 2 == 0]

    with monkeypatch.context() as older:
        older.setattr(kg.pipeline, "EXTRACTOR_VERSION", "0")
        older.setattr(kg.extract, "extract_relations", older_rules)
        build(corpus(tmp_path / "all"), store=target, nlp=nlp)
    build(tmp_path / "all", store=tmp_path / "fresh.json", nlp=nlp)

    with open_store(target) as stale, open_store(tmp_path / "fresh.json") as fresh:
        assert shape(stale) != shape(fresh)
    report = rebuild(store=target, nlp=nlp)
    again = rebuild(store=target, nlp=nlp)

    assert report.documents == 4 and report.replaced == 4
    assert again.documents == 0
    with open_store(target) as rebuilt, open_store(tmp_path / "fresh.json") as fresh:
        assert shape(rebuilt) == shape(fresh)
        assert {document.extractor for document in rebuilt.documents()} == {
            kg.EXTRACTOR_VERSION}


def test_rebuild_without_text_or_url_reports_the_document(tmp_path):
    from kg.model import Actor, Mention, Relation

    a, b = (Mention(Actor.create(name, "PERSON"), name, 0, 1) for name in "AB")
    with open_store(tmp_path / "g.json") as store:
        store.add([Relation(subject=a, predicate="MEET", object=b, doc="d1",
                            sentence="A met B.", sentence_start=0)])
    errors = []

    report = rebuild(store=tmp_path / "g.json", nlp=_blank(), on_error=errors.append)

    assert report.replaced == 0
    assert [str(error) for error in errors] == [
        "document d1: the store kept no text and it has no URL; read its source again with "
        "build() after removing it"]


def _blank():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_rebuild_fetches_again_a_document_stored_without_its_text(site, tmp_path):
    from fixtures.web import Reply, article
    from kg.ingest.fetch import Fetcher
    from kg.model import Actor, Mention, Relation

    site.pages["/a"] = Reply(article("Rutte meets Trump", "Rutte met Trump on Thursday."))
    a, b = (Mention(Actor.create(name, "PERSON"), name, 0, 1) for name in "AB")
    with open_store(tmp_path / "g.json") as store:  # as kg load leaves it: no text
        store.add([Relation(subject=a, predicate="MEET", object=b, doc="d1", sentence="A met B.",
                            sentence_start=0, doc_url=site.url("/a"))])

    report = rebuild(store=tmp_path / "g.json", nlp=_blank(),
                     fetcher=Fetcher(delay=0, timeout=2))

    assert (report.documents, report.replaced, report.failed) == (1, 1, ())
    with open_store(tmp_path / "g.json") as store:
        (document,) = store.documents(with_text=True)
        assert (document.id, document.url, document.extractor) == (
            "d1", site.url("/a"), kg.EXTRACTOR_VERSION)
        assert "Rutte met Trump on Thursday." in document.text
        assert list(store.relations()) == []  # what today's rules (here: none) find in it
