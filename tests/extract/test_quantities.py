import pytest

from kg.extract.quantities import find_quantities


@pytest.mark.parametrize("text, value, unit, comparator", [
    ("3 per cent", 3.0, "%", None),
    ("3%", 3.0, "%", None),
    ("3.5 percent", 3.5, "%", None),
    ("three percent", 3.0, "%", None),
    ("at least 3 per cent", 3.0, "%", ">="),
    ("more than 2%", 2.0, "%", ">"),
    ("up to 5 percentage points", 5.0, "%", "<="),
    ("$5bn", 5e9, "USD", None),
    ("€2.3 billion", 2.3e9, "EUR", None),
    ("£600m", 6e8, "GBP", None),
    ("US$ 40 million", 4e7, "USD", None),
    ("$1,200", 1200.0, "USD", None),
    ("580 million shillings", 5.8e8, "KES", None),
    ("2 billion euros", 2e9, "EUR", None),
    ("about $50,000", 50000.0, "USD", "~"),
])
def test_spellings(text, value, unit, comparator):
    (quantity,) = find_quantities(f"They agreed on {text} for the fund.")
    assert (quantity.value, quantity.unit, quantity.comparator) == (value, unit, comparator)


def test_offsets_point_into_the_text():
    text = "Nato wants at least 3 per cent by June."
    (quantity,) = find_quantities(text, offset=100)
    assert text[quantity.start - 100:quantity.end - 100] == quantity.text == "at least 3 per cent"


def test_plain_counts_are_not_quantities():
    assert list(find_quantities("Three soldiers and 40 civilians were hurt in 2024.")) == []


def test_label_reads_like_the_text():
    (quantity,) = find_quantities("at least 3 per cent")
    assert quantity.label == "≥3%"
