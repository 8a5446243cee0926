"""kg.ingest: files, folders and stdin -> Documents; hostile inputs become one-line errors."""

from __future__ import annotations

import io
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures.servers import require_shared
from kg.errors import UnreadableInput
from kg.ingest import clean_html, clean_text, detect_date, read_documents, read_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "rutte-nato-2025-03-17.txt"
SEED_HEADLINE = "Nato chief Mark Rutte says Russia relations should be restored after war"

BODY = "Mark Rutte met Donald Trump in the White House on Thursday to discuss Ukraine."


def read_all(sources, **options):
    """Documents and error messages of one read_documents call."""
    errors = []
    documents = list(read_documents(sources, on_error=errors.append, **options))
    return documents, [str(error) for error in errors]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def mojibake(text: str) -> str:
    """``text`` as UTF-8 misread as cp1252 (its five undefined bytes read as Latin-1)."""
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
                   for byte in text.encode("utf-8"))


def jsonl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


# ---------------------------------------------------------------------------- decoding

@pytest.mark.parametrize("data, expected", [
    ("Zürich and Côte d'Ivoire".encode("utf-8"), "Zürich and Côte d'Ivoire"),
    ("\ufeffZürich".encode("utf-8"), "Zürich"),
    ("\ufeffZürich".encode("utf-16-le"), "Zürich"),
    ("\ufeffZürich".encode("utf-16-be"), "Zürich"),
    ("\ufeffZürich".encode("utf-32-le"), "Zürich"),
    ("Zürich and Côte d'Ivoire".encode("latin-1"), "Zürich and Côte d'Ivoire"),
    ("Côte d’Ivoire — “quoted”".encode("cp1252"), "Côte d’Ivoire — “quoted”"),
    (b"caf\xc3\xa9 then na\xefve", "café then naïve"),  # UTF-8 with a stray Latin-1 byte
    (b"undefined cp1252 byte \x81 survives", "undefined cp1252 byte \x81 survives"),
    (mojibake("Rutte’s “plan” – café").encode("utf-8"), "Rutte’s “plan” – café"),
    ("مارك روته 🇳🇱 北约".encode("utf-8"), "مارك روته 🇳🇱 北约"),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom", "latin-1",
        "cp1252", "mixed-utf-8-latin-1", "cp1252-undefined", "mojibake", "rtl-emoji-cjk"])
def test_read_text_decodes(data, expected):
    assert read_text(data, name="a.txt") == expected


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "bad.bin: binary file (NUL bytes), not text"),
    (bytes(range(1, 9)) * 50, "bad.bin: binary file (control characters), not text"),
    (b"\xff\xfeA", "bad.bin: broken UTF-16 text after its byte-order mark"),
], ids=["nul-bytes", "control-characters", "odd-utf-16"])
def test_read_text_refuses_binary(data, message):
    with pytest.raises(UnreadableInput) as caught:
        read_text(data, name="bad.bin")
    assert str(caught.value).startswith(message)


def test_read_text_reads_a_path(tmp_path):
    path = write(tmp_path / "a.txt", "Zürich".encode("latin-1"))
    assert read_text(path, name="a.txt") == "Zürich"


# ---------------------------------------------------------------------------- one file

@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty.txt: empty document (no text after cleaning)"),
    ("blank.txt", " \n\t\n\u00a0\n", "blank.txt: empty document (no text after cleaning)"),
    ("chrome.txt", "Share\nAdvertisement\nSubscribe\n",
     "chrome.txt: empty document (no text after cleaning)"),
    ("bad.bin", b"ab\x00cd" * 10, "bad.bin: binary file (NUL bytes), not text"),
    ("empty.html", "<html><script>var x = 1;</script></html>",
     "empty.html: empty document (no text after cleaning)"),
    ("empty.jsonl", "\n \n", "empty.jsonl: no records (the JSONL file is empty)"),
])
def test_a_bad_file_is_one_error_line(tmp_path, monkeypatch, name, content, message):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / name, content)
    documents, errors = read_all(name)
    assert documents == []
    assert errors == [message]


def test_a_missing_file_names_itself(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    documents, errors = read_all(["missing.txt"])
    assert (documents, errors) == ([], ["missing.txt: no such file"])


def test_without_on_error_the_error_is_raised(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UnreadableInput, match=r"^missing\.txt: no such file$"):
        list(read_documents("missing.txt"))


def test_a_text_file_becomes_a_document(tmp_path):
    path = write(tmp_path / "a.txt", f"Nato chief meets Trump at the White House\n\n{BODY}\n")
    [document] = read_documents(path)
    assert document.text == f"Nato chief meets Trump at the White House\n\n{BODY}"
    assert document.title == "Nato chief meets Trump at the White House"
    assert document.source == str(path)
    assert document.id == next(read_documents(path)).id  # derived from the content


def test_an_unknown_suffix_given_directly_is_read_as_text(tmp_path):
    path = write(tmp_path / "article.md", BODY)
    assert [d.text for d in read_documents(path)] == [BODY]


@pytest.mark.parametrize("text", [
    "北约秘书长吕特周四在白宫会见了美国总统特朗普，双方讨论了乌克兰停火问题。",
    "التقى الأمين العام لحلف الناتو مارك روته بالرئيس الأمريكي دونالد ترامب في البيت الأبيض.",
    "नाटो महासचिव मार्क रुटे ने गुरुवार को व्हाइट हाउस में राष्ट्रपति ट्रंप से मुलाकात की।",
    "Rutte 🤝 Trump: talks at the White House went well 👍, officials said on Thursday.",
    "Генсек НАТО Марк Рютте встретился с Дональдом Трампом в Белом доме в четверг.",
], ids=["chinese", "arabic-rtl", "hindi", "emoji", "russian"])
def test_non_english_text_is_kept_as_is(tmp_path, text):
    path = write(tmp_path / "a.txt", f"Share\n\n{text}\n\nAdvertisement\n")
    assert [d.text for d in read_documents(path)] == [text]


# ---------------------------------------------------------------------------- folders

def test_a_folder_yields_its_good_files_in_sorted_order(tmp_path):
    folder = tmp_path / "corpus"
    write(folder / "b.txt", BODY)
    write(folder / "a.html", f"<html><body><article><p>{BODY} Again.</p></article></body></html>")
    write(folder / "c" / "d.jsonl", jsonl({"id": "d1", "text": "First record text here."},
                                          {"id": "d2", "text": "Second record text here."}))
    write(folder / "c" / "empty.txt", "")
    write(folder / "bad.txt", b"\x00\x01binary")
    write(folder / "notes.md", "not an article suffix")
    write(folder / ".hidden.txt", "hidden file")
    write(folder / ".git" / "x.txt", "hidden folder")
    documents, errors = read_all(folder)
    assert [(Path(d.source).relative_to(folder).as_posix(), d.id[:3]) for d in documents] == [
        ("a.html", "doc"), ("b.txt", "doc"), ("c/d.jsonl", "d1"), ("c/d.jsonl", "d2")]
    assert errors == [f"{folder / 'bad.txt'}: binary file (NUL bytes), not text",
                      f"{folder / 'c' / 'empty.txt'}: empty document (no text after cleaning)"]


def test_a_folder_without_articles_says_so(tmp_path):
    write(tmp_path / "notes.md", "nothing to read")
    write(tmp_path / ".hidden.txt", "hidden")
    documents, errors = read_all(tmp_path)
    assert documents == []
    assert errors == [f"{tmp_path}: no .txt, .html, .htm or .jsonl files in this folder "
                      "(hidden files and other suffixes are skipped)"]


def test_an_error_does_not_stop_the_other_sources(tmp_path):
    good = write(tmp_path / "good.txt", BODY)
    documents, errors = read_all([tmp_path / "missing.txt", good, tmp_path / "missing.html"])
    assert [d.text for d in documents] == [BODY]
    assert len(errors) == 2


# ---------------------------------------------------------------------------- JSONL

BAD_LINES = [
    ('{"id": "a2" "text": "x"}', "invalid JSON (Expecting ',' delimiter)"),
    ('{"id": "a3"}', "missing field 'text' (the article text, a string)"),
    ('{"id": "a4", "text": 17}', "field 'text' must be a string, got int"),
    ('{"id": "a1", "text": "Another article text."}',
     "duplicate id 'a1' (first seen on line 1); give each record its own id"),
    ("[1, 2]", "expected a JSON object with a 'text' field, got list"),
    ('{"id": true, "text": "x y z."}', "field 'id' must be a string or an integer, got bool"),
    ('{"id": 1.5, "text": "x y z."}', "field 'id' must be a string or an integer, got float"),
    ('{"id": "", "text": "x y z."}', "field 'id' is empty; give a non-empty id or leave it out"),
    ('{"text": "x y z.", "title": 3}', "field 'title' must be a string, got int"),
    ('{"text": "x y z.", "url": ["u"]}', "field 'url' must be a string, got list"),
    ('{"text": "x y z.", "date": 20250317}', "field 'date' must be a string, got int"),
    ('{"text": " \\n "}', "empty document (no text after cleaning)"),
    ('{"text": "x"' + "[" * 100_000, "invalid JSON (Expecting ',' delimiter)"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON (nested too deeply)"),
]


@pytest.mark.parametrize("line, message", BAD_LINES, ids=[m.split(" (")[0] for _, m in BAD_LINES])
def test_a_bad_jsonl_line_is_one_error_and_the_rest_are_read(tmp_path, line, message):
    path = write(tmp_path / "corpus.jsonl", jsonl({"id": "a1", "text": "First article text."},
                                                  line, "", {"id": "a5", "text": "Last one."}))
    documents, errors = read_all(path)
    assert [d.id for d in documents] == ["a1", "a5"]
    assert errors == [f"{path} line 2: {message}"]


def test_jsonl_fields_become_document_fields(tmp_path):
    path = write(tmp_path / "corpus.jsonl", jsonl(
        {"id": 7, "text": BODY, "title": " Rutte meets Trump ", "url": "https://example.com/a",
         "date": "2025-03-17T10:00:00Z", "category": "politics"},
        {"text": BODY + " No id."}))
    first, second = read_documents(path)
    assert (first.id, first.title, first.url, first.date, first.source) == (
        "7", "Rutte meets Trump", "https://example.com/a", date(2025, 3, 17), str(path))
    assert second.id.startswith("doc-") and second.title is None


@pytest.mark.parametrize("value, text, expected", [
    ("2025-03-17", BODY, date(2025, 3, 17)),
    ("17 March 2025", BODY, date(2025, 3, 17)),
    ("unknown", f"Published: 18 March 2025\n\n{BODY}", date(2025, 3, 18)),
    ("2025-02-30", BODY, None),
    (None, BODY, None),
], ids=["iso", "words", "unreadable-falls-back-to-text", "impossible-day", "null"])
def test_a_jsonl_date_that_does_not_read_falls_back_to_detection(tmp_path, value, text, expected):
    path = write(tmp_path / "c.jsonl", jsonl({"text": text, "date": value}))
    [document] = read_documents(path)
    assert document.date == expected


def test_jsonl_text_that_is_html_is_cleaned_as_html(tmp_path):
    html = (f"<html><head><title>Rutte meets Trump</title><script>var secret = 1;</script></head>"
            f"<body><p>{BODY}</p></body></html>")
    path = write(tmp_path / "c.jsonl", jsonl({"id": "h", "text": html}))
    [document] = read_documents(path)
    assert document.text == f"Rutte meets Trump\n\n{BODY}"
    assert document.title == "Rutte meets Trump"


@pytest.mark.parametrize("raw, expected", [
    (b'{"text": "Z\xfcrich talks ended on Thursday."}\n', "Zürich talks ended on Thursday."),
    ('\ufeff{"text": "BOM first line."}\n'.encode("utf-8"), "BOM first line."),
    ('\ufeff{"text": "UTF-16 lines."}\n{"text": "Second."}\n'.encode("utf-16-le"),
     "UTF-16 lines."),
    ('{"text": "It\u00e2\u20ac\u2122s repaired."}\n'.encode("utf-8"), "It’s repaired."),
], ids=["latin-1-line", "utf-8-bom", "utf-16-bom", "mojibake"])
def test_jsonl_encodings(tmp_path, raw, expected):
    path = write(tmp_path / "c.jsonl", raw)
    documents, errors = read_all(path)
    assert (documents[0].text, errors) == (expected, [])


def test_a_jsonl_line_with_nul_bytes_is_one_error(tmp_path):
    path = write(tmp_path / "c.jsonl", b'{"text": "a\x00b"}\n{"text": "Fine."}\n')
    documents, errors = read_all(path)
    assert [d.text for d in documents] == ["Fine."]
    assert errors == [f"{path} line 1: binary data (NUL bytes), not text"]


def test_an_id_seen_in_another_file_names_that_file(tmp_path):
    first = write(tmp_path / "a.jsonl", jsonl({"id": "x", "text": "One."}))
    second = write(tmp_path / "b.jsonl", jsonl({"id": "x", "text": "Two."}))
    documents, errors = read_all([first, second])
    assert errors == [f"{second} line 1: duplicate id 'x' (first seen in {first} line 1); "
                      "give each record its own id"]


# ---------------------------------------------------------------------------- stdin

def fake_stdin(monkeypatch, data: bytes, *, binary: bool = True) -> None:
    stream = (io.TextIOWrapper(io.BytesIO(data), encoding="utf-8") if binary
              else io.StringIO(data.decode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stream)


@pytest.mark.parametrize("binary", [True, False], ids=["bytes", "text-only"])
def test_stdin_text_is_one_document(monkeypatch, binary):
    fake_stdin(monkeypatch, f"Share\n\n{BODY}\n".encode(), binary=binary)
    [document] = read_documents("-")
    assert (document.text, document.source) == (BODY, "<stdin>")


@pytest.mark.parametrize("binary", [True, False], ids=["bytes", "text-only"])
def test_stdin_jsonl_is_one_document_a_line(monkeypatch, binary):
    fake_stdin(monkeypatch, ("\n  " + jsonl({"id": "s1", "text": "One."}, "{broken",
                                            {"id": "s2", "text": "Two."})).encode(), binary=binary)
    documents, errors = read_all("-")
    assert [d.id for d in documents] == ["s1", "s2"]
    assert errors == ["<stdin> line 3: invalid JSON (Expecting property name enclosed in "
                      "double quotes)"]


def test_stdin_in_utf_16_is_decoded(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("\ufeff" + BODY).encode(
        "utf-16-le"))))
    assert [d.text for d in read_documents("-")] == [BODY]


def test_empty_stdin_is_an_error(monkeypatch):
    fake_stdin(monkeypatch, b"")
    assert read_all("-") == ([], ["<stdin>: empty document (no text after cleaning)"])


# ---------------------------------------------------------------------------- HTML

PAGE = """<!doctype html><html><head>
<title>Nato chief meets Trump | Example News</title>
<meta property="og:title" content="Nato chief meets Trump">
<meta property="article:published_time" content="2025-03-17T17:20:00+05:30">
<link rel="canonical" href="https://example.com/nato-chief">
<style>body { color: red } .STYLETEXT {}</style>
<script>var SCRIPTTEXT = "should never show";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Nato chief meets Trump</h1>
<p>Mark Rutte met Donald Trump in the White House on Thursday, where the two discussed a
ceasefire in Ukraine.</p>
<script>document.write("SCRIPTTEXT")</script>
<p>Europe has largely been sidelined in the negotiations, a fact that has rankled many leaders
on the continent.</p>
</article>
<footer>Copyright 2025 Example News. All rights reserved.</footer>
</body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    path = write(tmp_path / "a.html", PAGE)
    [document] = read_documents(path)
    assert document.text.startswith("Nato chief meets Trump\n\nMark Rutte met Donald Trump")
    assert "rankled many leaders on the continent." in document.text
    assert (document.title, document.date, document.url) == (
        "Nato chief meets Trump", date(2025, 3, 17), "https://example.com/nato-chief")


@pytest.mark.parametrize("leak", ["SCRIPTTEXT", "STYLETEXT", "color: red", "document.write",
                                  "Home", "All rights reserved"])
def test_html_code_and_chrome_stay_out_of_the_text(leak):
    text, _ = clean_html(PAGE)
    assert leak not in text


def test_deeply_nested_html_falls_back_without_recursion_error(tmp_path):
    depth = 5000
    html = "<html><body>" + "<div>" * depth + f"<p>{BODY}</p>" + "</div>" * depth + "</body></html>"
    path = write(tmp_path / "deep.html", html)
    assert [d.text for d in read_documents(path)] == [BODY]


def test_html_fallback_keeps_title_date_and_url():
    page = ("<html><head><title>Rutte meets Trump</title>"
            '<meta name="pubdate" content="2025-03-17">'
            '<link rel="canonical" href="https://x.org/a">'
            "<script>var SCRIPTTEXT = 1;</script></head><body>" + "<div>" * 3000
            + f"<p>{BODY}</p>" + "</div>" * 3000 + "</body></html>")
    text, metadata = clean_html(page)
    assert text == f"Rutte meets Trump\n\n{BODY}"
    assert metadata == {"title": "Rutte meets Trump", "date": date(2025, 3, 17),
                        "url": "https://x.org/a"}


@pytest.mark.parametrize("html", [
    "<a " * 100_000, "<!--x>" * 50_000, "<a b='" * 50_000, "<![x>" * 50_000, "<" * 300_000,
], ids=["unclosed-tags", "unclosed-comments", "unclosed-quotes", "marked-sections", "angles"])
def test_hostile_markup_finishes(html):
    text, metadata = clean_html(html)  # no timing assertion: it must simply return
    assert isinstance(text, str) and set(metadata) == {"title", "date", "url"}


# ---------------------------------------------------------------------------- the seed article

@pytest.fixture(scope="module")
def seed():
    [document] = read_documents(require_shared(SEED))
    return document


def test_seed_starts_with_the_headline(seed):
    assert seed.text.startswith(SEED_HEADLINE + "\n\n")
    assert seed.title == SEED_HEADLINE


def test_seed_date_is_first_published_not_the_fetch_stamp(seed):
    assert seed.date == date(2025, 3, 17)


def test_seed_body_paragraphs_are_kept_byte_for_byte(seed):
    lines = [line.rstrip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    first = next(i for i, line in enumerate(lines) if line.startswith("Nato Secretary General"))
    last = max(i for i, line in enumerate(lines) if line.startswith("Nato will seek"))
    for line in lines[first:last]:
        assert line in seed.text
    assert "one even the US doesn’t meet." in seed.text


@pytest.mark.parametrize("chrome", [
    "Business Standard", "Bloomberg\n", "Listen to This Article", "(Photo: Reuters)", "Telegram",
    "First Published", "Explore News", "हिंदी", "December 05, 2025", "Notification Icon",
    "IconSearch", "\nNATO\n", "syndicated feed", "Don't miss",
])
def test_seed_chrome_is_gone(seed, chrome):
    assert chrome not in seed.text


def test_seed_standfirst_that_repeats_the_body_is_kept_once(seed):
    assert seed.text.count("Rutte is walking a fine line") == 1


# ---------------------------------------------------------------------------- clean_text

CLEANING = [
    ("caption repeating a body sentence",
     f"Headline words for the test\n\n{BODY} (Photo: Reuters)\n\n{BODY}",
     f"Headline words for the test\n\n{BODY}"),
    ("wire photo credit caption",
     f"{BODY}\nTrump and Rutte at the White House (AP Photo/Evan Vucci)\n{BODY}",
     f"{BODY}\n{BODY}"),
    ("syndication disclaimer cut from the paragraph",
     f"{BODY}  (Only the headline and picture of this report may have been reworked by the "
     "Example staff; the rest of the content is auto-generated from a syndicated feed.)",
     BODY),
    ("chrome lines in the middle",
     f"{BODY}\nAdvertisement\nAlso read: Trump and Putin to meet in Alaska\nShare\n{BODY}",
     f"{BODY}\n{BODY}"),
    ("short lines above the headline and labels below it",
     "Example Times\nMenu\n\nRutte meets Trump at the White House\n\nWORLD\n\n"
     f"By Jane Doe\n\n{BODY}",
     f"Rutte meets Trump at the White House\n\n{BODY}"),
    ("a standfirst that says something new stays",
     "Rutte meets Trump at the White House\n\nThe Nato chief seeks to keep Washington engaged "
     f"in European security after the war\n\n{BODY}",
     "Rutte meets Trump at the White House\n\nThe Nato chief seeks to keep Washington engaged "
     f"in European security after the war\n\n{BODY}"),
    ("footer after the last paragraph",
     f"{BODY}\n\nTags: Nato, Russia\nFollow us on Twitter and Facebook\n© 2025 Example Media\n"
     "Sign up for our newsletter to get the day's news\nTerms of Use | Privacy Policy\nRelated",
     BODY),
    ("cookie notice",
     "We use cookies to improve your experience. By continuing you accept our cookie policy.\n"
     + BODY, BODY),
    ("published and updated lines anywhere",
     f"{BODY}\nPublished: 17 March 2025\nUpdated on March 18, 2025 10:02 GMT\n{BODY}",
     f"{BODY}\n{BODY}"),
    ("a sentence that starts like a cue stays",
     "Published on March 17, 2025, the Nato report said Russia remained the main threat.",
     "Published on March 17, 2025, the Nato report said Russia remained the main threat."),
    ("short text without a body paragraph is left alone",
     "Rutte meets Trump\nTalks on Ukraine", "Rutte meets Trump\nTalks on Ukraine"),
    ("brackets that are not disclaimers stay",
     "The North Atlantic Treaty Organization (Nato) met in Brussels (Belgium) on Thursday.",
     "The North Atlantic Treaty Organization (Nato) met in Brussels (Belgium) on Thursday."),
    ("line endings, control characters and blank runs",
     f"{BODY}\r\n\r\n\r\n\r\n{BODY}\x0c\x07\r{BODY}", f"{BODY}\n\n{BODY}\n{BODY}"),
    ("words that merely contain chrome stay",
     "Silicon Valley firms shared their views on Nato, shareholders said in a statement.",
     "Silicon Valley firms shared their views on Nato, shareholders said in a statement."),
]


@pytest.mark.parametrize("text, expected", [case[1:] for case in CLEANING],
                         ids=[case[0] for case in CLEANING])
def test_clean_text(text, expected):
    assert clean_text(text) == expected


@pytest.mark.parametrize("sentence", [
    "Copyright infringement claims against the broadcaster were dismissed by the court on Monday.",
    "Written by Tolstoy in 1869, the novel remains a touchstone for Russian officials.",
    "Don't miss the chance to make peace, Trump told Putin during the call on Tuesday.",
    "The regulator said the company uses cookies to track users across news sites.",
    "Follow the money, the prosecutor told the jury in the sanctions case on Friday.",
    "Sunday, March 16, 2025 at 10:00 the talks opened in Riyadh with both delegations present.",
    "Reuters reported that talks would resume in Istanbul next week, citing two officials.",
    "Share prices in Moscow fell 3% after the announcement, traders said on Wednesday.",
    "Home Secretary Yvette Cooper met her French counterpart in Paris on Monday morning.",
    "By 2030 the alliance wants every member to spend at least 3 per cent of GDP on defence.",
    "Live fire exercises began near the border on Monday, the defence ministry said.",
    "Related talks in Geneva ended without agreement, diplomats said late on Thursday.",
    "Updated figures from the ministry showed exports to China rose 4% in 2024.",
])
def test_body_sentences_that_look_like_chrome_stay(sentence):
    text = f"{BODY}\n{sentence}\n{BODY}"
    assert clean_text(text) == text


def test_clean_text_keeps_kept_lines_byte_for_byte():
    paragraph = "“It’s normal,” Rutte said\u00a0— of talks in Washington, D.C., on Thursday."
    assert clean_text(f"Share\n{paragraph}\u00a0 \nAdvertisement") == paragraph


# ---------------------------------------------------------------------------- detect_date

DATES = [
    ("first published beats the fetch stamp",
     "Friday, December 05, 2025 | 12:24 AM IST\nHeadline\n\n"
     "First Published: Mar 17 2025 | 5:20 PM IST",
     None, date(2025, 3, 17)),
    ("published beats updated", "Updated: 19 March 2025\nPosted on 17/03/2025", None,
     date(2025, 3, 17)),
    ("updated beats a date at the top", "Talks on 1 March 2025\nLast updated: 2025-03-18", None,
     date(2025, 3, 18)),
    ("a dateline at the top", "Nato chief speaks\nBRUSSELS, March 17, 2025 - Rutte said...", None,
     date(2025, 3, 17)),
    ("the fetch stamp as a last resort", "Friday, December 05, 2025 | 12:24 AM IST\nHeadline", None,
     date(2025, 12, 5)),
    ("metadata beats everything", "Published: 1 January 2024",
     {"date": "2025-03-17T17:20:00+05:30"}, date(2025, 3, 17)),
    ("unreadable metadata falls back", "Published: 17 March 2025", {"date": "soon"},
     date(2025, 3, 17)),
    ("date objects in metadata", "", {"date": date(2025, 3, 17)}, date(2025, 3, 17)),
    ("day month year", "17 March 2025", None, date(2025, 3, 17)),
    ("ordinal day of month", "Published: 17th of March, 2025", None, date(2025, 3, 17)),
    ("month day year", "March 17, 2025", None, date(2025, 3, 17)),
    ("abbreviated month with dot", "Published: Sept. 3, 2024 14:00 GMT", None, date(2024, 9, 3)),
    ("iso", "2025-03-17", None, date(2025, 3, 17)),
    ("iso with time", "Published: 2025-03-17T12:00:00Z", None, date(2025, 3, 17)),
    ("day first when unambiguous", "Posted on 17/03/2025", None, date(2025, 3, 17)),
    ("month first when unambiguous", "Posted on 03/17/2025", None, date(2025, 3, 17)),
    ("ambiguous day and month are skipped", "Posted on 03/04/2025", None, None),
    ("impossible dates are skipped", "Published: 31 February 2025", None, None),
    ("a date deep in the body is news, not publication",
     "\n".join(["Line of body text."] * 20) + "\nTalks resume on 3 April 2025.", None, None),
    ("no date", "Rutte met Trump.", None, None),
    ("year alone is not a date", "Published in 2025", None, None),
]


@pytest.mark.parametrize("text, metadata, expected", [case[1:] for case in DATES],
                         ids=[case[0] for case in DATES])
def test_detect_date(text, metadata, expected):
    assert detect_date(text, metadata=metadata) == expected


# ---------------------------------------------------------------------------- hostile inputs

@pytest.mark.parametrize("char", ["a", " ", "(", ".", "\u00a0", "Ã", "<", "1/", "日", "\n"])
def test_a_one_megabyte_line_of_one_character_finishes(char):
    line = char * 1_000_000
    assert isinstance(clean_text(line), str)  # no timing assertion: it must simply return
    detect_date(line)


def test_a_large_file_is_read_whole(tmp_path):
    paragraph = BODY + " Nato allies met again." * 20
    path = write(tmp_path / "big.txt", (paragraph + "\nAdvertisement\n") * 20_000)  # ~10 MB
    [document] = read_documents(path)
    assert document.text.count(paragraph) == 20_000 and "Advertisement" not in document.text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_text_never_raises(text):
    assert isinstance(clean_text(text), str)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_html_never_raises(text):
    cleaned, metadata = clean_html(text)
    assert isinstance(cleaned, str)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.sampled_from([".txt", ".html", ".jsonl"]))
def test_read_documents_raises_only_unreadable_input(text, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / f"a{suffix}", text)
        try:
            for document in read_documents(path):
                assert document.text and document.source == str(path)
        except UnreadableInput as err:
            assert "\n" not in str(err) and str(err).startswith(str(path))
