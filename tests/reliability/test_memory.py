"""A long text is parsed in bounded pieces, pulled lazily, never as one Doc
(bench/memory.py measures what that means for peak memory)."""

from __future__ import annotations

import itertools

from kg import extract
from kg.model import Document


class RecordingNLP:
    """Stands in for a spaCy pipeline: records what ``pipe`` is given, parses nothing."""

    pipe_names: list[str] = []  # no parser, so kg adds no component of its own

    def __init__(self, *, stop_after: int | None = None) -> None:
        self.pieces: list[tuple[int, str]] = []
        self.stop_after = stop_after

    def pipe(self, items, *, as_tuples, batch_size, n_process):
        assert as_tuples
        for text, (document, offset) in itertools.islice(items, self.stop_after):
            self.pieces.append((offset, text))
        return iter(())


def test_a_long_text_reaches_the_parser_in_bounded_pieces_that_tile_it():
    paragraph = "Mark Rutte met Donald Trump on Thursday, officials said. " * 30 + "\n\n"
    text = paragraph * 3000 + "x" * (3 * extract.CHUNK_CHARS)  # ~5 MB, and one endless word
    nlp = RecordingNLP()
    assert list(extract.extract_relations([Document.create(text)], nlp=nlp)) == []
    lengths = [len(piece) for _, piece in nlp.pieces]
    assert max(lengths) <= extract.CHUNK_CHARS
    assert len(lengths) >= len(text) // extract.CHUNK_CHARS
    assert "".join(piece for _, piece in nlp.pieces) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in nlp.pieces)


def test_pieces_are_cut_only_as_the_parser_asks_for_them(monkeypatch):
    calls = []
    original = extract._chunks

    def counting(text):
        for piece in original(text):
            calls.append(piece[0])
            yield piece

    monkeypatch.setattr(extract, "_chunks", counting)
    text = ("Rutte met Trump. " * 1000 + "\n") * 2000  # ~34 MB
    nlp = RecordingNLP(stop_after=3)
    list(extract.extract_relations([Document.create(text)], nlp=nlp))
    assert len(calls) == 3  # no list of every piece was built up front


def test_a_corpus_is_read_only_as_far_as_the_parser_has_got():
    read = []

    def corpus():
        for i in itertools.count():
            read.append(i)
            yield Document.create(f"Article {i}: the minister met the envoy.", id=f"a{i}")

    nlp = RecordingNLP(stop_after=3)
    list(extract.extract_relations(corpus(), nlp=nlp))
    assert len(read) <= 4  # an endless corpus: no list of the documents was built
