"""kg.pipeline.watch: polls a feed on 127.0.0.1 and stores only what is new."""

from __future__ import annotations

import pytest

from fixtures.web import Reply, article, rss
from kg.ingest.fetch import Fetcher
from kg.pipeline import watch
from kg.store import open_store

RUTTE = "Mark Rutte met Donald Trump in the White House on Thursday."
TARIFFS = "Donald Trump threatened Russia with tariffs on Friday."
UPDATED = "Donald Trump threatened China with tariffs on Friday."


def quick() -> Fetcher:
    return Fetcher(delay=0.0, backoff=0.01, timeout=2.0)


def feed(site, *items) -> str:
    return rss([(title, site.url(path), "Thu, 13 Mar 2025 10:00:00 GMT")
                for title, path in items])


@pytest.fixture(params=["networkx", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def target(request, tmp_path):
    if request.param == "neo4j":
        return request.getfixturevalue("neo4j_target")
    return tmp_path / "g.json"


@pytest.mark.model
def test_two_polls_of_a_feed_with_one_new_item_process_exactly_one_new_article(
        nlp, site, target):
    site.pages["/a"] = Reply(article("Rutte meets Trump", RUTTE))
    site.pages["/b"] = Reply(article("Tariffs", TARIFFS))
    first, second = feed(site, ("Rutte", "/a")), feed(site, ("Tariffs", "/b"), ("Rutte", "/a"))
    site.pages["/feed.xml"] = lambda hit: Reply(first if hit == 1 else second)
    added, polls = [], []

    report = watch([site.url("/feed.xml")], store=target, polls=2, every=60,
                   nlp=nlp, fetcher=quick(), sleep=lambda seconds: None,
                   on_added=lambda document, relations, replaced: added.append(
                       (document.url, replaced)),
                   on_poll=lambda number, new: polls.append((number, new)))

    assert added == [(site.url("/a"), False), (site.url("/b"), False)]
    assert polls == [(1, 1), (2, 1)]
    assert (report.polls, report.new, report.documents) == (2, 2, 2)
    assert site.requested("/a") == 1  # known by its URL at the second poll: not fetched again
    with open_store(target) as store:
        assert store.counts()["documents"] == 2


@pytest.mark.model
def test_an_article_updated_in_place_replaces_its_older_version(nlp, site, tmp_path):
    site.pages["/b"] = lambda hit: Reply(article("Tariffs", TARIFFS if hit == 1 else UPDATED))
    stamps = ["2025-03-14T08:00:00Z", "2025-03-14T09:30:00Z"]
    site.pages["/atom"] = lambda hit: Reply(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        f'<id>urn:t</id><updated>{stamps[min(hit, 2) - 1]}</updated>'
        f'<entry><title>Tariffs</title><link href="{site.url("/b")}"/><id>urn:b</id>'
        f'<updated>{stamps[min(hit, 2) - 1]}</updated></entry></feed>')

    told = []

    report = watch(site.url("/atom"), store=tmp_path / "g.json", polls=3, nlp=nlp,
                   fetcher=quick(), sleep=lambda seconds: None,
                   on_added=lambda document, relations, replaced: told.append(replaced))

    assert (report.new, report.replaced) == (2, 1)
    assert told == [False, True]
    assert site.requested("/b") == 2  # the third poll sees the same stamp: nothing to fetch
    with open_store(tmp_path / "g.json") as store:
        (document,) = store.documents()
        assert document.updated == stamps[1]
        assert {relation.object.actor.name for relation in store.relations()
                if relation.predicate != "MEMBER_OF"} == {"China"}


def blank():
    """A pipeline without a model: no relations, in milliseconds."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_ctrl_c_between_polls_ends_the_watch_with_what_was_stored(site, tmp_path):
    site.pages["/a"] = Reply(article("Rutte meets Trump", RUTTE))
    site.pages["/feed.xml"] = Reply(feed(site, ("Rutte", "/a")))

    def interrupt(seconds):
        raise KeyboardInterrupt

    report = watch(site.url("/feed.xml"), store=tmp_path / "g.json", nlp=blank(),
                   fetcher=quick(), sleep=interrupt)

    assert (report.polls, report.interrupted, report.documents) == (1, True, 1)
    with open_store(tmp_path / "g.json") as store:
        assert store.counts()["documents"] == 1


def test_a_feed_that_fails_is_reported_and_the_others_polled(site, tmp_path):
    site.pages["/a"] = Reply(article("Rutte meets Trump", RUTTE))
    site.pages["/feed.xml"] = Reply(feed(site, ("Rutte", "/a")))
    errors = []

    report = watch([site.url("/gone.xml"), site.url("/feed.xml")], store=tmp_path / "g.json",
                   polls=1, nlp=blank(), fetcher=quick(), on_error=errors.append)

    assert [str(error) for error in errors] == [f"{site.url('/gone.xml')}: HTTP 404 Not Found"]
    assert report.documents == 1
