"""Page chrome out of scraped plain text: the headline, standfirst and body stay, byte for byte.

Every later character offset indexes the cleaned text, so cleaning only drops whole lines of
page chrome (site names, share buttons, captions, footers, date cues) and bracketed
disclaimers; kept lines lose only their trailing whitespace. The patterns are data
(:mod:`kg.ingest.chrome`).
"""

from __future__ import annotations

import re
import unicodedata

from kg.ingest.chrome import MAX_CHROME_CHARS, Rules, load_rules
from kg.ingest.dates import date_cue
from kg.ingest.decoding import CONTROLS

__all__ = ["clean_text", "clean_with_headline", "is_blank"]

# A body paragraph ends a sentence and has at least this many words (or characters, for scripts
# written without spaces); the lines above the first one are the page header.
MIN_PROSE_WORDS = 8
MIN_PROSE_CHARS = 80
# Headlines have a few words; shorter lines in the page header are site names and section tags.
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 300
# Above and below the body, shorter lines are labels (site names, section tags, bylines,
# buttons) and go; longer ones are text (a standfirst, a closing paragraph) and stay.
MIN_TEXT_WORDS = 8
# Bracketed notes longer than this are prose, not disclaimers or picture credits.
MAX_BRACKET_CHARS = 600

SENTENCE_ENDS = ".!?…。！？؟।۔"
CLOSERS = "\"'”’»›)]*_ \u00a0"
# Ideographs and kana: text written without spaces, where a "word" is about two characters.
CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"\w+")
BRACKET = re.compile(r"\(([^()]{1,%d})\)" % MAX_BRACKET_CHARS)
LAST_BRACKET = re.compile(r"\(([^()]{1,200})\)$")


def clean_text(text: str) -> str:
    """Remove page chrome from scraped plain text, keeping the headline, standfirst and body.

    Lines matching the chrome patterns go wherever they are. Above the first body paragraph
    and below the last, short lines go too (site names, section tags, bylines), except the
    headline: the first line of a few words. A standfirst that repeats a paragraph is kept
    once. Bracketed syndication notes are cut from the line that carries them. Kept lines
    are unchanged but for trailing whitespace.

    >>> clean_text("Reuters\\nShare\\n\\nRutte met Trump in Washington on Thursday, officials said."
    ...            " (This story has been corrected to fix the date.)\\n\\nAdvertisement")
    'Rutte met Trump in Washington on Thursday, officials said.'
    >>> clean_text("Short notes stay when no paragraph marks the body")
    'Short notes stay when no paragraph marks the body'
    """
    return clean_with_headline(text)[0]


def clean_with_headline(text: str) -> tuple[str, str | None]:
    """The cleaned text and its headline, if one was found."""
    rules = load_rules()
    lines = []
    for raw in CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
        line = raw.rstrip()
        stripped = line.lstrip()
        if stripped and _is_chrome(stripped, rules):
            continue
        if "(" in line:
            line = _strip_asides(line, rules.aside).rstrip()
            if stripped and not line.strip():
                continue
        lines.append(line)
    prose = [index for index, line in enumerate(lines) if _is_prose(line)]
    if not prose:  # no body paragraph to anchor on: leave the short lines alone
        return _join(lines), None
    first, last = prose[0], prose[-1]
    body = lines[first:last + 1]
    header, headline = _header(lines[:first], body)
    footer = [line for line in lines[last + 1:] if _is_text(line) or not line.strip()]
    return _join(header + body + footer), headline


def _header(lines: list[str], body: list[str]) -> tuple[list[str], str | None]:
    """The lines above the body worth keeping: the headline and long lines (a standfirst)."""
    at = next((index for index, line in enumerate(lines) if _is_headline(line)), None)
    kept = []
    body_key = None
    for index, line in enumerate(lines):
        if index != at and line.strip():
            if not _is_text(line):
                continue
            body_key = body_key or _word_key("\n".join(body))
            if _word_key(line) in body_key:  # a standfirst repeating a paragraph: keep one
                continue
        kept.append(line)
    return kept, lines[at].strip() if at is not None else None


def _join(lines: list[str]) -> str:
    joined = []
    for line in lines:
        if line.strip():
            joined.append(line)
        elif joined and joined[-1]:
            joined.append("")
    return "\n".join(joined).strip()


def _is_chrome(stripped: str, rules: Rules) -> bool:
    if len(stripped) > MAX_CHROME_CHARS:
        return False
    if rules.drop.fullmatch(stripped):
        return True
    if stripped.endswith(")"):
        credit = LAST_BRACKET.search(stripped)
        if credit and rules.caption.fullmatch(credit.group(1).strip()):
            return True
    return date_cue(stripped, rules) is not None


def _strip_asides(line: str, aside: re.Pattern) -> str:
    pieces, end = [], 0
    for bracket in BRACKET.finditer(line):
        if aside.search(bracket.group(1)):
            pieces.append(line[end:bracket.start()].rstrip())
            end = bracket.end()
    if not pieces:
        return line
    pieces.append(line[end:])
    return "".join(pieces)


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    end = stripped.rstrip(CLOSERS)
    return (bool(end) and end[-1] in SENTENCE_ENDS
            and (len(stripped) >= MIN_PROSE_CHARS or _words(stripped) >= MIN_PROSE_WORDS))


def _is_text(line: str) -> bool:
    """Long enough to be text rather than a label, whatever its punctuation."""
    return _words(line) >= MIN_TEXT_WORDS


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    return (len(stripped) <= MAX_HEADLINE_CHARS and not stripped.endswith(":")
            and MIN_HEADLINE_WORDS <= _words(stripped) <= MAX_HEADLINE_WORDS
            and any(char.isalpha() for char in stripped))


def _words(text: str) -> int:
    count = len(text.split())
    if not text.isascii():
        count += len(CJK.findall(text)) // 2
    return count


def _word_key(text: str) -> str:
    return " " + " ".join(WORD.findall(text.casefold())) + " "


def is_blank(text: str) -> bool:
    """True when ``text`` holds nothing visible: whitespace and format characters only."""
    # Zero-width spaces, joiners and stray BOMs (format characters, category Cf) are not
    # whitespace to str.strip, but a file of them is as empty as a file of spaces. The scan
    # stops at the first visible character, so it costs nothing on real text.
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in text)
