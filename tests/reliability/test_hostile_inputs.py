"""Hostile inputs through the real ``kg extract``: every bad document is one stderr line naming
it and the reason, every good one is still extracted exactly as on its own, exit code 3,
no traceback.

A fixture generates the corpus into tmp: files that cannot be articles (empty, whitespace,
binary, control characters, broken UTF-16, markup without text, JSONL lines that are not
records) and hostile files that are articles (Latin-1, invalid UTF-8, UTF-16 with BOM,
script-laden and deeply nested HTML, a 10,000-token sentence, RTL, emoji, CJK ...).
"""

from __future__ import annotations

import codecs
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import article, kg, no_traceback

pytestmark = pytest.mark.model

GOOD_SENTENCE = "Mark Rutte met Donald Trump in Washington on Thursday."


@dataclass
class Corpus:
    folder: Path
    good: list[Path] = field(default_factory=list)  # files holding only good documents
    # name of the file (with " line N" for JSONL lines) -> expected words of the reason
    bad: dict[str, str] = field(default_factory=dict)
    jsonl_good_lines: int = 0

    def add(self, name: str, data: bytes | str, *, reason: str | None = None) -> Path:
        path = self.folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        if reason is None:
            self.good.append(path)
        else:
            self.bad[str(path)] = reason
        return path


def _bad_files(corpus: Corpus, rng: random.Random) -> None:
    corpus.add("empty.txt", b"", reason="empty document")
    for i, blank in enumerate([" ", "\n", "\t\t\n", "\r\n" * 50, " \u00a0 \u2003\n", "\u3000",
                               "\ufeff", "\n \n \n" * 1000, "\u200b\u200b\n", "\u2060\u200d \ufeff"]):
        corpus.add(f"blank-{i}.txt", blank, reason="empty document")
    corpus.add("form-feeds.txt", "\x0c\x0b", reason="binary file (control characters)")
    for i in range(12):  # random bytes with NULs: zip, png, elf headers or just noise
        head = [b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\x7fELF", b"%PDF-1.7\n\x00", b""][i % 5]
        noise = bytes(rng.randrange(256) for _ in range(rng.randrange(50, 5000)))
        corpus.add(f"binary-{i}.txt", head + b"\x00" + noise, reason="binary")
    for i in range(6):  # no NUL, but mostly control characters
        data = bytes(rng.choice(list(range(1, 9)) + [0x0e, 0x1f, 0x7f]) for _ in range(2000))
        corpus.add(f"controls-{i}.txt", b"Hello " + data, reason="binary")
    corpus.add("nul-in-text.txt", f"{GOOD_SENTENCE}\x00{GOOD_SENTENCE}", reason="binary")
    corpus.add("broken-utf16.txt", codecs.BOM_UTF16_LE + "Rutte".encode("utf-16-le") + b"\x00\xd8",
               reason="broken UTF-16")
    for i, html in enumerate([
        "<html><head><script>alert(1)</script><style>p{}</style></head><body></body></html>",
        "<!doctype html><html><body><script>" + "var x = 1;" * 1000 + "</script></body></html>",
        "<html><body><nav>Home</nav><footer>(c)</footer></body></html>",
        "<html><body>" + "<div>" * 3000 + "</div>" * 3000 + "</body></html>",
        "<html><body><!-- " + "comment " * 500 + " --></body></html>",
    ]):
        corpus.add(f"no-text-{i}.html", html, reason="empty document")
    corpus.add("empty.jsonl", b"", reason="no records")
    corpus.add("blank-lines.jsonl", b"\n\n  \n", reason="no records")


# JSONL lines that are not records, and the words their error line must hold.
BAD_LINES = [
    ("{not json", "invalid JSON"),
    ('{"text": "unterminated', "invalid JSON"),
    ("[1, 2, 3]", "expected a JSON object"),
    ('"just a string"', "expected a JSON object"),
    ("42", "expected a JSON object"),
    ("null", "expected a JSON object"),
    ("true", "expected a JSON object"),
    ("{}", "missing field 'text'"),
    ('{"title": "no text"}', "missing field 'text'"),
    ('{"text": null}', "missing field 'text'"),
    ('{"text": 42}', "field 'text' must be a string"),
    ('{"text": ["a", "b"]}', "field 'text' must be a string"),
    ('{"text": {"nested": "x"}}', "field 'text' must be a string"),
    ('{"text": true}', "field 'text' must be a string"),
    ('{"text": ""}', "empty document"),
    ('{"text": "   \\n\\t  "}', "empty document"),
    ('{"text": "<script>alert(1)</script>"}', "empty document"),
    (f'{{"text": "{GOOD_SENTENCE}", "id": 1.5}}', "field 'id' must be a string or an integer"),
    (f'{{"text": "{GOOD_SENTENCE}", "id": true}}', "field 'id' must be a string or an integer"),
    (f'{{"text": "{GOOD_SENTENCE}", "id": ["x"]}}', "field 'id' must be a string or an integer"),
    (f'{{"text": "{GOOD_SENTENCE}", "id": ""}}', "field 'id' is empty"),
    (f'{{"text": "{GOOD_SENTENCE}", "title": 7}}', "field 'title' must be a string"),
    (f'{{"text": "{GOOD_SENTENCE}", "url": ["http://x"]}}', "field 'url' must be a string"),
    (f'{{"text": "{GOOD_SENTENCE}", "date": 20250317}}', "field 'date' must be a string"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
    ("\x00\x00\x00", "binary data"),
    ("{\"text\": \"" + "x" * 10 + "\"" + "}" * 3, "invalid JSON"),
]


def _jsonl(corpus: Corpus, rng: random.Random) -> None:
    """Three JSONL files mixing good records and bad lines; the good lines' documents are
    extracted on their own from a JSONL file holding only them."""
    good_records = []
    for part in range(3):
        lines, bad_here = [], []
        for i, (line, reason) in enumerate(BAD_LINES):
            if i % 3 != part:
                lines.append(json.dumps({"id": f"good-{part}-{i}",
                                         "text": article(100 + part * 40 + i)}))
                good_records.append(lines[-1])
            lines.append(line)
            bad_here.append((len(lines), reason))
        # A duplicate id: the second record is refused, naming the first.
        first = json.loads(next(line for line in lines if line.startswith('{"id": "good-')))
        lines.append(json.dumps({"id": first["id"], "text": GOOD_SENTENCE + f" {part}"}))
        bad_here.append((len(lines), "duplicate id"))
        path = corpus.folder / f"records-{part}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for number, reason in bad_here:
            corpus.bad[f"{path} line {number}"] = reason
    corpus.jsonl_good_lines = len(good_records)
    # The good records alone, in the same order, with the same ids: same relations expected.
    (corpus.folder.parent / "good-records.jsonl").write_text("\n".join(good_records) + "\n",
                                                             encoding="utf-8")


def _good_files(corpus: Corpus) -> None:
    text = article(1)
    corpus.add("utf16-bom.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    corpus.add("utf16be-bom.txt", codecs.BOM_UTF16_BE + article(2).encode("utf-16-be"))
    corpus.add("utf8-bom.txt", codecs.BOM_UTF8 + article(3).encode("utf-8"))
    corpus.add("latin1.txt", ("Angela Merkel met Mark Rutte in Zürich on Thursday, "
                              "officials said. Café talks followed.\n").encode("latin-1"))
    corpus.add("invalid-utf8.txt", article(4).encode("utf-8") + b"\xff\xfe\xc3(\xa0\xa1 end.\n")
    corpus.add("crlf.txt", article(5).replace("\n", "\r\n"))
    corpus.add("script-laden.html",
               "<html><head><title>Summit</title>" + "<script>document.write('x')</script>" * 200
               + "<style>body{color:red}</style>" * 200 + "</head><body><article><p>"
               + GOOD_SENTENCE + "</p><script>alert('in body')</script><p>"
               + "Emmanuel Macron praised Olaf Scholz on Friday, officials said.</p>"
               "</article></body></html>")
    corpus.add("deeply-nested.html", "<html><body>" + "<div><span>" * 5000 + "<p>"
               + GOOD_SENTENCE + "</p>" + "</span></div>" * 5000 + "</body></html>")
    corpus.add("unclosed.html", "<html><body><p>" + GOOD_SENTENCE + "<a " * 20_000)
    words = " ".join(["and", "the", "allies"] * 3334)  # a 10,000-token sentence
    corpus.add("long-sentence.txt", f"{GOOD_SENTENCE}\n\nMark Rutte said {words} agreed.\n")
    corpus.add("one-long-word.txt", GOOD_SENTENCE + "\n\n" + "x" * 200_000 + "\n")
    corpus.add("german.txt", "Bundeskanzler Olaf Scholz traf am Donnerstag Emmanuel Macron in "
                             "Paris, teilte die Regierung mit.\n")
    corpus.add("arabic-rtl.txt", "\u200fالتقى الرئيس عبد الفتاح السيسي بالملك عبد الله في "
                                 "القاهرة يوم الخميس.\n" + GOOD_SENTENCE + "\n")
    corpus.add("hebrew-bidi.txt", "\u202eנתניהו נפגש עם טראמפ\u202c " + GOOD_SENTENCE + "\n")
    corpus.add("chinese.txt", "习近平星期四在北京会见了普京。双方讨论了贸易问题。\n")
    corpus.add("emoji.txt", "🔥🔥 BREAKING 🚨: Mark Rutte 🤝 met Donald Trump 🇺🇸 in Washington "
                            "on Thursday. 👍🏽👨‍👩‍👧‍👦\n")
    corpus.add("zalgo.txt", "M̷̢a̸r̵k̶ R̷u̵t̶t̸e̷ met Donald Trump on Thursday.\n")
    corpus.add("homoglyphs.txt", "Маrk Rutte met Dоnald Trump on Thursday.\n")  # Cyrillic a, o
    corpus.add("surrogate-escapes.txt", GOOD_SENTENCE.encode() + b" \xed\xa0\x80 done.\n")
    corpus.add("no-suffix-html.htm", "<p>" + GOOD_SENTENCE + "</p>")
    corpus.add("markup-in-text.txt", "<notatag> " + GOOD_SENTENCE + " </script> & &amp;\n")
    corpus.add("only-numbers.txt", "1 2 3 4 5 6 7 8 9 10 11 12 13.\n" * 100)
    corpus.add("punctuation.txt", "!?.,;:" * 5000 + "\n" + GOOD_SENTENCE + "\n")
    corpus.add("many-lines.txt", (GOOD_SENTENCE + "\n") * 2000)
    corpus.add("tabs.txt", "\t".join(GOOD_SENTENCE.split()) + "\n")
    corpus.add("mojibake.txt", "Mark Rutte’s team met Donald Trump on Thursday.".encode()
               .decode("cp1252", errors="replace").encode("utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    folder = tmp_path_factory.mktemp("hostile") / "in"
    folder.mkdir()
    corpus = Corpus(folder)
    rng = random.Random(7)
    _bad_files(corpus, rng)
    _jsonl(corpus, rng)
    _good_files(corpus)
    return corpus


def test_the_corpus_has_at_least_100_cases(corpus):
    assert len(corpus.bad) + len(corpus.good) + corpus.jsonl_good_lines >= 100


@pytest.fixture(scope="module")
def mixed_run(corpus):
    return kg("extract", corpus.folder, timeout=3600)


@pytest.fixture(scope="module")
def good_run(corpus):
    return kg("extract", *corpus.good, corpus.folder.parent / "good-records.jsonl", timeout=3600)


def test_the_run_is_partial_without_traceback(mixed_run):
    assert mixed_run.code == 3, mixed_run.err[-3000:]
    assert no_traceback(mixed_run.err)


def test_every_bad_document_is_one_error_line_naming_it_and_why(corpus, mixed_run):
    lines = mixed_run.err.splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == len(lines), [line for line in lines if not line.startswith("error: ")]
    named = {}
    for line in errors:
        name = re.match(r"error: (.+?(?: line \d+)?): ", line)
        assert name, line
        named.setdefault(name.group(1), []).append(line)
    assert sorted(named) == sorted(corpus.bad)
    for name, reason in corpus.bad.items():
        assert len(named[name]) == 1, named[name]
        assert reason in named[name][0], (reason, named[name][0])


def test_good_documents_give_the_relations_they_give_alone(corpus, mixed_run, good_run):
    assert good_run.code == 0, good_run.err[-3000:]
    assert good_run.err == ""
    # The JSONL run names its good records by another file: compare by document id.
    mixed = sorted(_relations(mixed_run.out))
    alone = sorted(_relations(good_run.out))
    assert mixed == alone
    assert len({doc for doc, _ in alone}) >= 30  # most good documents yield relations


def _relations(out: str) -> list[tuple[str, str]]:
    return [(record["doc"], json.dumps(record, sort_keys=True))
            for record in map(json.loads, out.splitlines())]


@pytest.mark.slow
def test_a_50_mb_text_is_extracted_in_bounded_pieces(tmp_path):
    """50 MB: a real article on top, then 50 MB of one unbroken 'word' (no sentences, so the
    parser's time stays minutes, not hours) - read, cut into pieces, never one Doc."""
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(article(0) + "\n")
        chunk = ("z" * 999 + "\n")
        for _ in range(50_000):
            handle.write(chunk)
    assert path.stat().st_size >= 50_000_000
    run = kg("extract", path, tmp_path / "missing.txt", timeout=3600)
    assert run.code == 3 and no_traceback(run.err)
    assert run.err.strip().splitlines() == [f"error: {tmp_path / 'missing.txt'}: no such file"]
    assert any(json.loads(line)["predicate"] == "MEET" for line in run.out.splitlines())
