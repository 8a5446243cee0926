"""Numbers in every spelling: percentages, money with currency and scale, counts.

>>> [(q.value, q.unit, q.comparator) for q in find_quantities("at least 3 per cent of GDP")]
[(3.0, '%', '>=')]
>>> [(q.value, q.unit) for q in find_quantities("a $5bn loan and €2.3 billion in aid")]
[(5000000000.0, 'USD'), (2300000000.0, 'EUR')]
>>> [(q.value, q.unit) for q in find_quantities("three percent")]
[(3.0, '%')]
"""

from __future__ import annotations

import re
from typing import Iterator

from kg.model import Quantity

__all__ = ["cue_offsets", "find_quantities"]

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "half": 0.5,
}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
          "trn": 1e12}
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
                    "₽": "RUB"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
                  "eur": "EUR", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "gbp": "GBP",
                  "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "roubles": "RUB",
                  "rubles": "RUB", "shillings": "KES"}
# Words before a number that bound it; the graph keeps them so "at least 3%" stays a floor.
COMPARATORS = {"at least": ">=", "no less than": ">=", "a minimum of": ">=", "more than": ">",
               "over": ">", "above": ">", "up to": "<=", "at most": "<=", "no more than": "<=",
               "less than": "<", "under": "<", "below": "<", "about": "~", "around": "~",
               "nearly": "~", "almost": "~", "roughly": "~", "some": "~", "approximately": "~"}

# The patterns are written in lower case and matched against the lowered text: Python's re
# skips ahead to a pattern's possible first characters only when it is case-sensitive, which
# made the currency words ten times slower to find with re.I.
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(WORD_NUMBERS) + r")"
_SCALE = r"(?:\s*(?P<scale>" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")\b)?"
_COMPARATOR = r"(?:\b(?P<cmp>" + "|".join(sorted(COMPARATORS, key=len, reverse=True)) + r")\s+)?"
_SYMBOL = r"(?P<sym>us\$|[$€£¥₹₽])"
PATTERNS = [
    # $5bn, €2.3 billion, US$ 40 million
    re.compile(_COMPARATOR + _SYMBOL + r"\s?" + _NUMBER + _SCALE),
    # 3%, 3 per cent, three percent, 3 percentage points
    re.compile(_COMPARATOR + _NUMBER
               + r"\s?(?P<pct>%|per\s?cent\b|percent\b|percentage points?\b)"),
    # 580 million shillings, 2 billion euros
    re.compile(_COMPARATOR + _NUMBER + _SCALE + r"\s+(?P<cur>" + "|".join(CURRENCY_WORDS) + r")\b"),
]
# What a match of each pattern must contain: a cheap search that skips the pattern (whose
# optional comparator is tried at every position) in the many sentences without one.
_NEEDS = [
    re.compile(_SYMBOL),
    re.compile(r"%|per\s?cent|percent"),
    re.compile("|".join(CURRENCY_WORDS)),
]
# For the rare text that lower() lengthens (a dotted capital I becomes two characters), so
# that offsets in the lowered text are not offsets in the text: the same patterns, with re.I.
_IGNORING_CASE = {pattern: re.compile(pattern.pattern, re.I) for pattern in PATTERNS + _NEEDS}


def _lowered(text: str) -> tuple[str, bool]:
    """``text`` lowered, and whether its offsets are still ``text``'s."""
    lowered = text.lower()
    return (lowered, True) if len(lowered) == len(text) else (text, False)


def cue_offsets(text: str) -> list[int]:
    """Where ``text`` has what some quantity pattern needs (:data:`_NEEDS`), in order: a
    sentence without one has no quantity.

    >>> cue_offsets("US$ 5, threepercent, 3 Euros, recent, centre, 3 per cent")
    [0, 12, 23, 48]
    >>> cue_offsets("İstanbul: 3 PER CENT")
    [12]
    """
    lowered, aligned = _lowered(text)
    needs = _NEEDS if aligned else [_IGNORING_CASE[need] for need in _NEEDS]
    return sorted(match.start() for need in needs for match in need.finditer(lowered))


def find_quantities(text: str, *, offset: int = 0) -> Iterator[Quantity]:
    """Every percentage and sum of money in ``text``; offsets are shifted by ``offset``.

    >>> [(q.text, q.comparator) for q in find_quantities("İstanbul, thunder: Over 3 PerCent")]
    [('Over 3 PerCent', '>')]
    """
    lowered, aligned = _lowered(text)
    taken: list[tuple[int, int]] = []
    for pattern, needs in zip(PATTERNS, _NEEDS):
        if not aligned:
            pattern, needs = _IGNORING_CASE[pattern], _IGNORING_CASE[needs]
        if not needs.search(lowered):
            continue
        for match in pattern.finditer(lowered):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            quantity = _quantity(match, text, offset)
            if quantity is not None:
                taken.append((start, end))
                yield quantity


def _quantity(match: re.Match, text: str, offset: int) -> Quantity | None:
    groups = match.groupdict()
    raw = groups["num"].lower().replace(",", "")
    value = float(WORD_NUMBERS[raw]) if raw in WORD_NUMBERS else float(raw)
    scale = (groups.get("scale") or "").lower()
    if scale:
        value *= SCALES[scale]
    if groups.get("pct"):
        unit = "%"
    elif groups.get("sym"):
        unit = CURRENCY_SYMBOLS[groups["sym"].lower()]
    elif groups.get("cur"):
        unit = CURRENCY_WORDS[groups["cur"].lower()]
    else:
        return None
    comparator = COMPARATORS.get(re.sub(r"\s+", " ", (groups.get("cmp") or "").lower()))
    start, end = match.span()
    return Quantity(value=value, unit=unit, text=text[start:end], start=start + offset,
                    end=end + offset, comparator=comparator)
