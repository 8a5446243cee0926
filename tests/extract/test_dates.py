from datetime import date

import pytest

from kg.extract.dates import resolve_date

MONDAY = date(2025, 3, 17)


@pytest.mark.parametrize("text, future, expected", [
    ("Thursday", False, (date(2025, 3, 13), "day")),
    ("on Thursday", False, (date(2025, 3, 13), "day")),
    ("last Monday", False, (date(2025, 3, 10), "day")),
    ("Monday", False, (date(2025, 3, 17), "day")),
    ("Thursday", True, (date(2025, 3, 20), "day")),
    ("next Thursday", False, (date(2025, 3, 20), "day")),
    ("yesterday", False, (date(2025, 3, 16), "day")),
    ("today", False, (date(2025, 3, 17), "day")),
    ("last week", False, (date(2025, 3, 10), "week")),
    ("next week", False, (date(2025, 3, 24), "week")),
    ("last month", False, (date(2025, 2, 1), "month")),
    ("in November", False, (date(2024, 11, 1), "month")),
    ("in June", True, (date(2025, 6, 1), "month")),
    ("next June", False, (date(2025, 6, 1), "month")),
    ("March 13, 2025", False, (date(2025, 3, 13), "day")),
    ("13 March 2025", False, (date(2025, 3, 13), "day")),
    ("2025-03-13", False, (date(2025, 3, 13), "day")),
    ("March 2024", False, (date(2024, 3, 1), "month")),
    ("Jan. 5", False, (date(2025, 1, 5), "day")),
    ("in 2019", False, (date(2019, 1, 1), "year")),
    ("last year", False, (date(2024, 1, 1), "year")),
])
def test_resolves_against_publication_date(text, future, expected):
    assert resolve_date(text, MONDAY, future=future) == expected


@pytest.mark.parametrize("text", ["recent weeks", "the past", "two decades", "soon", ""])
def test_vague_time_is_no_date(text):
    assert resolve_date(text, MONDAY) is None


def test_relative_date_without_publication_date_is_unknown():
    assert resolve_date("Thursday", None) is None


def test_explicit_date_needs_no_publication_date():
    assert resolve_date("13 March 2025", None) == (date(2025, 3, 13), "day")


def test_impossible_day_keeps_only_the_month():
    assert resolve_date("February 30, 2025", MONDAY) == (date(2025, 2, 1), "month")
