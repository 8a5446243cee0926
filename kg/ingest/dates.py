"""The publication date of an article: from its metadata, its date cues, or its first lines.

The cues ("First Published:", "Updated:", the page-header stamp) are patterns of
``kg/data/ingest_chrome.tsv`` (:mod:`kg.ingest.chrome`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from kg.ingest.chrome import MAX_CHROME_CHARS, Rules, load_rules

__all__ = ["as_date", "date_cue", "detect_date"]

# "First Published: Mar 17 2025 | 5:20 PM IST" is a few words; a longer line that starts with
# "Published" is a sentence.
MAX_CUE_WORDS = 12
# A date in the first lines of a page dates the page; further down it dates the news.
TOP_LINES = 10
TOP_CHARS = 200
# Dates outside these years are misreadings ("1 May 0001"), not publication dates.
YEARS = range(1900, 2101)

_MONTH = (r"\b(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
          r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# The date shapes news pages use. Numeric day/month orders are read only when one number is
# above 12; "03/04/2025" could be either and is skipped.
DATE_FORMATS = {
    "iso": re.compile(r"(?<!\d)(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    "day_month_year": re.compile(r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+"
                                 + _MONTH + r",?[\s-]+(?P<year>\d{4})(?!\d)", re.IGNORECASE),
    "month_day_year": re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
                                 r"(?P<year>\d{4})(?!\d)", re.IGNORECASE),
    "numeric": re.compile(r"(?<!\d)(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.]"
                          r"(?P<year>\d{4})(?!\d)"),
}


def detect_date(text: str, *, metadata: dict[str, Any] | None = None) -> date | None:
    """The publication date of an article, from the best cue it has.

    In order: ``metadata["date"]`` (HTML markup, a JSONL field); a "Published:" / "Posted on"
    line; an "Updated:" line; a date in the first lines that is not a page-header stamp; last,
    the stamp itself ("Friday, December 05, 2025 | 12:24 AM IST"), which is when the page was
    fetched. Numeric dates are read only when unambiguous ("17/03/2025", not "03/04/2025").

    >>> detect_date("Friday, December 05, 2025 | 12:24 AM IST\\nNato chief speaks\\n"
    ...             "First Published: Mar 17 2025 | 5:20 PM IST")
    datetime.date(2025, 3, 17)
    >>> detect_date("Updated: 18 March 2025\\nPublished on March 17, 2025")
    datetime.date(2025, 3, 17)
    >>> detect_date("Any text", metadata={"date": "2025-03-17T17:20:00+05:30"})
    datetime.date(2025, 3, 17)
    >>> detect_date("No date here.") is None
    True
    """
    if metadata:
        found = as_date(metadata.get("date"))
        if found:
            return found
    rules = load_rules()
    updated = top = stamp = None
    seen = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        cue = date_cue(stripped, rules) if len(stripped) <= MAX_CHROME_CHARS else None
        if cue is None:
            if seen <= TOP_LINES and top is None:
                top = _find_date(stripped[:TOP_CHARS])
            continue
        kind, found = cue
        if kind == "published" and found:
            return found
        if kind == "updated":
            updated = updated or found
        elif kind == "stamp":
            stamp = stamp or found
    return updated or top or stamp


def date_cue(stripped: str, rules: Rules) -> tuple[str, date | None] | None:
    """("published" | "updated" | "stamp", date) when the line is a date cue, else None."""
    if len(stripped.split()) > MAX_CUE_WORDS:
        return None
    if rules.stamp.fullmatch(stripped):
        return "stamp", _find_date(stripped)
    cue = rules.cue.match(stripped)
    if cue is None:
        return None
    found = _find_date(stripped[cue.end():])
    if found is None:
        return None
    return ("published" if cue.group("published") else "updated"), found


def _find_date(text: str) -> date | None:
    """The first full date (day, month and year) written in ``text``."""
    best: tuple[int, date] | None = None
    for shape, pattern in DATE_FORMATS.items():
        for match in pattern.finditer(text):
            found = _date_of(shape, match)
            if found is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), found)
                break
    return best[1] if best else None


def _date_of(shape: str, match: re.Match) -> date | None:
    year = int(match["year"])
    if shape == "numeric":
        first, second = int(match["first"]), int(match["second"])
        if first > 12:
            day, month = first, second
        elif second > 12 or first == second:
            month, day = first, second
        else:
            return None
    elif shape == "iso":
        month, day = int(match["month"]), int(match["day"])
    else:
        month, day = MONTHS[match["month"][:3].lower()], int(match["day"])
    if year not in YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def as_date(value: Any) -> date | None:
    """A date from a metadata value: a date, a datetime or a string holding one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        return _find_date(value[:TOP_CHARS])
    return None
