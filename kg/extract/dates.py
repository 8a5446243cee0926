"""Event dates from their own words, resolved against the publication date.

>>> from datetime import date
>>> monday = date(2025, 3, 17)
>>> resolve_date("Thursday", monday)
(datetime.date(2025, 3, 13), 'day')
>>> resolve_date("in November", monday)
(datetime.date(2024, 11, 1), 'month')
>>> resolve_date("next June", monday)
(datetime.date(2025, 6, 1), 'month')
>>> resolve_date("last week", monday)
(datetime.date(2025, 3, 10), 'week')
>>> resolve_date("March 13, 2025", monday)
(datetime.date(2025, 3, 13), 'day')
>>> resolve_date("recent weeks", monday) is None
True
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["resolve_date"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: i for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Explicit dates, most specific first: each pattern is one common way newspapers write a date.
EXPLICIT = [
    (re.compile(rf"\b{_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b"), "day"),        # 2025-03-13
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I), "day"),          # March 13, 2025
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I), "day"),  # 13 March 2025
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)", re.I), "day"),        # March 13
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I), "day"),            # 13 March
    (re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I), "month"),                   # March 2025
    (re.compile(rf"\b(?:in|since|during|by)\s+{_YEAR}\b", re.I), "year"),     # in 2024
]
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def resolve_date(text: str, published: date | None, *, future: bool = False
                 ) -> tuple[date, str] | None:
    """The date ``text`` names, with its granularity (day, week, month, year), or None.

    Bare weekdays and months point back from the publication date (news reports what
    happened) unless ``future`` is set or the text says "next".
    """
    lowered = text.lower().strip()
    explicit = _explicit(lowered, published)
    if explicit is not None:
        return explicit
    if published is None:
        return None
    words = re.findall(r"[a-z]+", lowered)
    ahead = future or "next" in words or "coming" in words
    back = "last" in words or "past" in words or "previous" in words
    for word, offset in RELATIVE_DAYS.items():
        if word in words:
            return published + timedelta(days=offset), "day"
    for i, name in enumerate(WEEKDAYS):
        if name in words:
            delta = (published.weekday() - i) % 7
            if ahead and not back:
                delta = -((i - published.weekday()) % 7 or 7)
            elif delta == 0:
                delta = 7 if back else 0
            return published - timedelta(days=delta), "day"
    if "week" in words and (back or ahead or "this" in words):
        monday = published - timedelta(days=published.weekday())
        shift = -7 if back else 7 if ahead else 0
        return monday + timedelta(days=shift), "week"
    if "month" in words and (back or ahead or "this" in words):
        month = published.month + (-1 if back else 1 if ahead else 0)
        year = published.year + (month - 1) // 12
        return date(year, (month - 1) % 12 + 1, 1), "month"
    if "year" in words and (back or ahead or "this" in words):
        return date(published.year + (-1 if back else 1 if ahead else 0), 1, 1), "year"
    for word in words:
        month = MONTHS.get(word)
        if month is None or (word == "may" and len(words) > 1 and words[0] != "in"):
            continue
        year = published.year
        if ahead and not back:
            year += 1 if month <= published.month else 0
        elif month > published.month:
            year -= 1
        return date(year, month, 1), "month"
    return None


def _explicit(lowered: str, published: date | None) -> tuple[date, str] | None:
    for pattern, granularity in EXPLICIT:
        match = pattern.search(lowered)
        if match is None:
            continue
        groups = match.groupdict()
        try:
            if "m" in groups and groups.get("m"):
                return date(int(groups["year"]), int(groups["m"]), int(groups["d"])), granularity
            year = int(groups["year"]) if groups.get("year") else None
            month = MONTHS[groups["month"].lower().rstrip(".")] if groups.get("month") else 1
            day = int(groups["day"]) if groups.get("day") else 1
            if year is None:
                if published is None:
                    continue
                year = published.year
                if date(year, month, min(day, 28)) > published + timedelta(days=7):
                    year -= 1
            return date(year, month, day), granularity
        except (ValueError, KeyError):
            continue
    return None
