"""Property-based fuzzing: ingest and extraction raise nothing but kg's own errors, and every
relation's offsets index its document's text.

tests/test_ingest.py already fuzzes clean_text, clean_html and read_documents with text; this
adds arbitrary bytes (the decoders), detect_date, JSONL built from arbitrary values, and the
extraction with the real model (loaded once per session). Under CI=true the ``ci`` profile
runs a fixed, derandomized set of examples; locally the ``dev`` profile explores more.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KGError
from kg.ingest import clean_html, clean_text, detect_date, read_documents, read_text
from kg.model import Document, Mention, Quantity

settings.register_profile("ci", max_examples=60, derandomize=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = "ci" if os.environ.get("CI") == "true" else "dev"
# Extraction parses with spaCy: fewer examples, always bounded.
EXTRACTION = settings(max_examples=60, deadline=None, derandomize=os.environ.get("CI") == "true",
                      suppress_health_check=[HealthCheck.too_slow,
                                             HealthCheck.function_scoped_fixture])

WORDS = ["Mark Rutte", "Donald Trump", "NATO", "Russia", "Ukraine", "met", "said", "on",
         "Thursday", "5%", "$3 billion", "the", "in", "Washington", "he", "she", "will",
         "sanctioned", "attacked", "visited", "not", "of", "GDP", ".", ",", "\n", "\n\n",
         "\u200f", "🇺🇸", "日本", "—", "'s", "(", ")", "\"", "at least", "March 17, 2025"]
# Text that looks like news (so the rules fire) mixed with arbitrary unicode.
NEWSY = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)),
                 max_size=60).map(" ".join)
HOSTILE_TEXT = st.one_of(st.text(), NEWSY)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children,
                                                                       max_size=3),
    max_leaves=8)


@settings(settings.get_profile(PROFILE))
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".html", ".htm", ".jsonl", ".md"]))
def test_read_documents_on_any_bytes_raises_only_kg_errors(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"a{suffix}"
        path.write_bytes(data)
        errors = []
        for document in read_documents(path, on_error=errors.append):
            assert document.text.strip() and document.source == str(path)
        assert all(isinstance(error, KGError) and "\n" not in str(error) for error in errors)


@settings(settings.get_profile(PROFILE))
@given(st.binary(max_size=4000))
def test_read_text_on_any_bytes_is_text_or_one_kg_error(data):
    try:
        assert isinstance(read_text(data, name="x.txt"), str)
    except KGError as err:
        assert str(err).startswith("x.txt: ")


@settings(settings.get_profile(PROFILE))
@given(st.dictionaries(st.sampled_from(["text", "id", "title", "url", "date", "extra"]),
                       JSON_VALUES), st.integers(min_value=1, max_value=3))
def test_jsonl_records_of_any_shape_are_documents_or_one_error_each(record, copies):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.jsonl"
        path.write_text("\n".join([json.dumps(record)] * copies) + "\n", encoding="utf-8")
        errors = []
        documents = list(read_documents(path, on_error=errors.append))
        assert len(documents) + len(errors) == copies
        assert all(isinstance(error, KGError) for error in errors)


@settings(settings.get_profile(PROFILE))
@given(HOSTILE_TEXT)
def test_detect_date_is_a_date_or_none(text):
    found = detect_date(text)
    assert found is None or (isinstance(found, date) and 1900 <= found.year <= 2100)


@settings(settings.get_profile(PROFILE))
@given(HOSTILE_TEXT, JSON_VALUES)
def test_detect_date_takes_any_metadata_value(text, value):
    found = detect_date(text, metadata={"date": value})
    assert found is None or isinstance(found, date)


@settings(settings.get_profile(PROFILE))
@given(st.text(alphabet=st.sampled_from("<>/\"'=!-[]&;ab \n")) | st.text())
def test_clean_html_and_clean_text_on_markup_soup(text):
    cleaned, metadata = clean_html(text)
    assert isinstance(cleaned, str) and set(metadata) == {"title", "date", "url"}
    assert isinstance(clean_text(text), str)


@pytest.mark.model
@EXTRACTION
@given(HOSTILE_TEXT)
def test_extraction_raises_nothing_and_offsets_index_the_text(nlp, text):
    from kg.extract import extract_relations

    if not text.strip():
        return
    document = Document.create(text, date=date(2025, 3, 17))
    for relation in extract_relations([document], nlp=nlp):
        assert relation.doc == document.id
        start = relation.sentence_start
        assert text[start:start + len(relation.sentence)] == relation.sentence
        for argument in (relation.subject, relation.object):
            if isinstance(argument, (Mention, Quantity)):
                assert 0 <= argument.start <= argument.end <= len(text)
                assert text[argument.start:argument.end] == argument.text


@pytest.mark.model
@EXTRACTION
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join),
       st.integers(min_value=0, max_value=3))
def test_offsets_hold_across_chunk_boundaries(nlp, monkeypatch, sentence, pad):
    """Texts longer than a chunk: offsets of later pieces are shifted, and still index it."""
    from kg import extract

    monkeypatch.setattr(extract, "CHUNK_CHARS", 200)
    text = ("Filler words here. " * (5 + pad) + "\n" + sentence + "\n") * 3
    document = Document.create(text)
    for relation in extract.extract_relations([document], nlp=nlp):
        assert text[relation.sentence_start:].startswith(relation.sentence)
        assert text[relation.subject.start:relation.subject.end] == relation.subject.text
