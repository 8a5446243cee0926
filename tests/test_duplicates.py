"""Near-duplicates: a wire story on two sites is one story with two sources; an article
updated in place replaces its older version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.duplicates import DuplicateIndex
from kg.pipeline import build, remove
from kg.store import open_store

STORY = ("Mark Rutte met Donald Trump in the White House on Thursday. The NATO chief praised "
         "the president for pressing allies to spend more on defence, and said the alliance "
         "would agree a new target at its summit in The Hague in June. Trump said Russia must "
         "agree to a ceasefire in Ukraine before sanctions are lifted. European ministers, "
         "meeting in Brussels on the same day, said they would keep buying weapons for Kyiv "
         "whatever Washington decided, and Kaja Kallas called on allies to stay united. The "
         "Kremlin dismissed the talks as theatre and said Moscow would not be lectured.")
OTHER = ("Japan pledged emergency aid to the Philippines on Friday after a typhoon killed "
         "dozens of people on the island of Luzon, and Tokyo said it would send a medical team.")


def records(path: Path, *rows: dict) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "copy"), [
    (STORY + " Reporting by Jane Doe; editing by John Roe.", True),  # a byline added
    ("WASHINGTON (Wire) - " + STORY, True),  # a dateline
    (STORY.replace("Thursday", "Friday"), True),  # a word changed
    (OTHER, False),
    (STORY[:len(STORY) // 2], False),  # half of it: not the same story
])
def test_what_counts_as_the_same_story(text, copy):
    index = DuplicateIndex()
    index.add("wire", STORY, url="https://wire.example/a")

    assert (index.original_of(text, url="https://paper.example/b") == "wire") is copy


@pytest.mark.model
def test_a_wire_copy_on_another_site_is_a_second_source_not_new_events(nlp, tmp_path):
    corpus = records(
        tmp_path / "news.jsonl",
        {"id": "wire", "text": STORY, "url": "https://wire.example/rutte"},
        {"id": "paper", "text": "WASHINGTON (Wire) - " + STORY + " Reporting by Jane Doe.",
         "url": "https://paper.example/world/rutte"},
        {"id": "other", "text": OTHER, "url": "https://paper.example/world/typhoon"})
    alone = records(tmp_path / "alone.jsonl",
                    {"id": "wire", "text": STORY, "url": "https://wire.example/rutte"},
                    {"id": "other", "text": OTHER, "url": "https://paper.example/world/typhoon"})

    report = build(corpus, store=tmp_path / "g.json", nlp=nlp)
    build(alone, store=tmp_path / "alone.json", nlp=nlp)

    assert report.copies == 1
    with open_store(tmp_path / "g.json") as store, open_store(tmp_path / "alone.json") as single:
        assert set(store.relations()) == set(single.relations())
        assert {d.id: d.copy_of for d in store.documents()} == {
            "wire": None, "paper": "wire", "other": None}


@pytest.mark.model
def test_removing_the_original_lets_its_copy_stand_alone(nlp, tmp_path):
    copy = {"id": "paper", "text": "WASHINGTON (Wire) - " + STORY,
            "url": "https://paper.example/world/rutte"}
    build(records(tmp_path / "both.jsonl", {"id": "wire", "text": STORY,
                                             "url": "https://wire.example/rutte"}, copy),
          store=tmp_path / "g.json", nlp=nlp)
    build(records(tmp_path / "copy.jsonl", copy), store=tmp_path / "copy.json", nlp=nlp)

    report = remove("https://wire.example/rutte", store=tmp_path / "g.json", nlp=nlp)

    assert report.promoted == 1
    with open_store(tmp_path / "g.json") as store, open_store(tmp_path / "copy.json") as fresh:
        assert set(store.relations()) == set(fresh.relations())
        assert store.counts() == fresh.counts()
        assert [d.copy_of for d in store.documents()] == [None]


@pytest.mark.model
def test_a_new_text_at_a_stored_url_replaces_the_older_version(nlp, tmp_path):
    url = "https://wire.example/rutte"
    build(records(tmp_path / "v1.jsonl", {"text": STORY, "url": url}), store=tmp_path / "g.json",
          nlp=nlp)
    updated = STORY.replace("Russia", "China")
    build(records(tmp_path / "v2.jsonl", {"text": updated, "url": url}),
          store=tmp_path / "fresh.json", nlp=nlp)

    report = build(tmp_path / "v2.jsonl", store=tmp_path / "g.json", nlp=nlp)

    assert (report.replaced, report.copies) == (1, 0)
    with open_store(tmp_path / "g.json") as store, open_store(tmp_path / "fresh.json") as fresh:
        assert set(store.relations()) == set(fresh.relations())
        assert store.counts() == fresh.counts()
