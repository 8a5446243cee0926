import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.extract import extract_document
from kg.extract.quantities import cue_offsets, find_quantities
from kg.model import Document


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


@pytest.mark.parametrize("text, comparator", [
    ("Thunder 3%", None),      # "under" inside a word bounds nothing
    ("handsome 3%", None),
    ("UNDER 3%", "<"),
    ("Some $5bn", "~"),
])
def test_comparators_are_whole_words(text, comparator):
    (quantity,) = find_quantities(text)
    assert quantity.comparator == comparator
    assert quantity.text == text[quantity.start:quantity.end]


@pytest.mark.parametrize("text", ["İstanbul pays 3 Per Cent", "Ankara pays 3 Per Cent"])
def test_text_that_lowering_lengthens_keeps_its_offsets(text):
    # "İ".lower() is two characters; the quantity must still point into the text.
    (quantity,) = find_quantities(text, offset=10)
    assert text[quantity.start - 10:quantity.end - 10] == quantity.text == "3 Per Cent"
    assert [text[i:i + 3] for i in cue_offsets(text)] == ["Per"]


def test_plain_counts_are_not_quantities():
    assert list(find_quantities("Three soldiers and 40 civilians were hurt in 2024.")) == []


def test_label_reads_like_the_text():
    (quantity,) = find_quantities("at least 3 per cent")
    assert quantity.label == "≥3%"


# Pieces that make up quantities in every spelling the patterns know, and words around them
# that look like cues without being ones ("recent", "Europe", "centre").
_AMOUNTS = st.sampled_from(["3", "3.5", "1,200", "40", "three", "half", "twenty"])
_BEFORE = st.sampled_from(["", "at least ", "about ", "more than ", "$", "US$ ", "€", "£"])
_AFTER = st.sampled_from(["", "%", " %", " per cent", " percent", "percent", " percentage points",
                          "bn", " billion", "m euros", " million shillings", " dollars",
                          " yen", " pounds sterling"])
_WORDS = st.lists(st.sampled_from(["The", "recent", "Europe", "centre", "rose", "by", "to",
                                   "Nato", "spending", "3", "in", "2024", ".", ",", "said"]),
                  max_size=8)


@settings(max_examples=300, deadline=None)
@given(before=_WORDS, amount=_AMOUNTS, prefix=_BEFORE, suffix=_AFTER, after=_WORDS)
@example(before=[], amount="three", prefix="", suffix="percent", after=[])
@example(before=["someone"], amount="", prefix="", suffix=" percent", after=[])
def test_every_quantity_holds_a_cue(before, amount, prefix, suffix, after):
    # extract_document searches only sentences with a cue for quantities.
    text = " ".join(before + [prefix + amount + suffix] + after)
    cues = cue_offsets(text)
    for quantity in find_quantities(text):
        assert any(quantity.start <= cue < quantity.end for cue in cues), (text, quantity.text)


def test_cues():
    text = "£600m per cent PERCENT Euro centre recent 5-cent"
    assert [text[i:i + 4] for i in cue_offsets(text)] == ["£600", "per ", "PERC", "Euro"]


@pytest.mark.model
@pytest.mark.parametrize("before, stored", [
    ("Intro.\n", None),                   # the piece is the document's text from its offset
    ("", "something else entirely"),      # a Doc not parsed from its document: doc.text
])
def test_a_piece_finds_its_quantities_from_its_own_text(nlp, before, stored):
    text = "Nato will raise its spending target to at least 3 per cent."
    document = Document.create(stored or before + text)

    relations = extract_document(document, nlp(text), offset=len(before), nlp=nlp)

    assert [(r.predicate, r.object.label) for r in relations if r.rule == "quantity"] == [
        ("TARGET", "≥3%")]
