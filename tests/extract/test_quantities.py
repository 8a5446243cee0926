import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.extract import extract_document
from kg.extract.quantities import cue_offsets, find_quantities, parse_count
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
    ("C$2bn", 2e9, "CAD", None),      # a dollar with a country's letter is that country's
    ("A$68m", 6.8e7, "AUD", None),
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


@pytest.mark.parametrize("text, value, comparator", [
    ("at least 1,200", 1200.0, ">="),
    ("more than 39,000", 39000.0, ">"),
    ("three", 3.0, None),
    ("1.5 million", 1.5e6, None),
    ("Dozens", 24.0, ">="),          # at least two dozen
    ("hundreds", 200.0, ">="),
    ("some 300", 300.0, "~"),
    ("an additional 700", 700.0, None),
])
def test_counts_as_the_tagger_spans_them(text, value, comparator):
    assert parse_count(text) == (value, comparator)


@pytest.mark.parametrize("text", ["2024 and 2025", "the first", "a few"])
def test_what_is_no_count(text):
    assert parse_count(text) is None


def test_a_range_keeps_its_floor():
    (quantity,) = find_quantities("a rise of 20-25% in duties")
    assert (quantity.value, quantity.comparator, quantity.text) == (20.0, ">=", "20-25%")


@pytest.mark.parametrize("text, value, shown", [
    ("between 2% and 3%", 2.0, "between 2% and 3%"),
    ("between 5 and 6 per cent", 5.0, "between 5 and 6 per cent"),
])
def test_between_keeps_the_floor_once(text, value, shown):
    (quantity,) = find_quantities(f"They will spend {text} of GDP.")
    assert (quantity.value, quantity.comparator, quantity.text) == (value, ">=", shown)


def test_cents_are_not_whole_euros():
    assert list(find_quantities("a dividend of 70 euro cents")) == []


# Which number of a sentence goes to whom: (subject, predicate, value, comparator) of every
# quantity relation. Sentences are our own, written for these constructions.
def claims(extract, text):
    return sorted((r.subject.actor.name, r.predicate, r.object.value, r.object.comparator)
                  for r in extract(text) if r.rule == "quantity")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Sweden pledged $400m to the reconstruction fund on Wednesday.",
     [("Sweden", "PLEDGE", 4e8, None)]),
    ("Norway promised to give Ukraine 2 billion euros in military assistance.",
     [("Norway", "PLEDGE", 2e9, None)]),
    ("Australia committed $50m in humanitarian aid to Gaza.",
     [("Australia", "PLEDGE", 5e7, None)]),
    ("The Netherlands has earmarked €1.5bn for weapons deliveries to Kyiv.",
     [("Netherlands", "PLEDGE", 1.5e9, None)]),
    ("Canada will provide $300m in aid to Haiti, Prime Minister Justin Trudeau said.",
     [("Canada", "PLEDGE", 3e8, None)]),
    ("France unveiled 3 billion euros in aid for its farmers.",
     [("France", "PLEDGE", 3e9, None)]),
    # a sum paid for something is a price, not aid
    ("Qatar gave its stake in the port to Oman for $2bn.", []),
    # "it" resolved across sentences names too often the wrong payer
    ("The bank was sold last year. It has offered to pay $300m to settle the case.", []),
])
def test_commitments_and_aid(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Denmark announced a 2% defence spending goal on Monday.",
     [("Denmark", "TARGET", 2.0, None)]),
    ("NATO set a target of 3.5% of GDP for core defence spending.",
     [("NATO", "TARGET", 3.5, None)]),
    ("Japan aims to raise its defence budget to 2% of GDP within five years.",
     [("Japan", "TARGET", 2.0, None)]),
    ("Argentina wants to cut its budget deficit to 1% of GDP.",
     [("Argentina", "TARGET", 1.0, None)]),
    # a level reached is no target: "raised rates to 5.5%"
    ("The Reserve Bank of India raised interest rates to 6.5% on Thursday.", []),
    # rejected, refused, negated and merely possible targets belong to nobody
    ("Belgium refused to accept the 5% target.", []),
    ("Spain rejected NATO's 5% spending goal as unreasonable.", []),
    ("France did not commit to the 3% target.", []),
    ("Italy said it might reach the 2% goal by 2030.", []),
])
def test_targets(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Donald Trump demanded that NATO members spend 5% of their GDP on defence.",
     [("Donald Trump", "CALL_FOR", 5.0, None)]),
    ("Poland urged Germany to spend at least 3% of its economic output on the military.",
     [("Poland", "CALL_FOR", 3.0, ">=")]),
    ("Ukraine called for $50bn in annual support from its allies.",
     [("Ukraine", "CALL_FOR", 5e10, None)]),
    # the speaker is not the one who spends
    ("Georgia said Russia would spend 2% of its budget on the occupied regions.",
     [("Russia", "SPEND", 2.0, None)]),
    # a count demanded of another is the demander's, and not done
    ("Greece wants Turkey to withdraw 40,000 troops from northern Cyprus.",
     [("Greece", "CALL_FOR", 40000.0, None)]),
    # the nearest demand owns the figure, not one above it
    ("Poland wants a 3% target, while Hungary wants it to be 1.5%.",
     [("Hungary", "CALL_FOR", 1.5, None), ("Poland", "CALL_FOR", 3.0, None)]),
    # asking that a figure be removed is no demand for it
    ("China wants the US to lift 25% tariffs on its goods.", []),
    # wanting to give is one's own intent, not a demand on others
    ("Gordon Brown wanted to provide $10bn a year to poor countries.",
     [("Gordon Brown", "PLEDGE", 1e10, None)]),
    # an appeal or a call made on others to approve or pay a sum demands it
    ("Mahama appealed to Togolese lawmakers to approve $50 million in new aid.",
     [("John Mahama", "CALL_FOR", 5e7, None)]),
    ("Ghana called on Togo to pay $5 million.", [("Ghana", "CALL_FOR", 5e6, None)]),
    ("Ghana's parliament approved $5 million in aid for Togo.",
     [("Ghana legislature", "PLEDGE", 5e6, None)]),
])
def test_demands_and_speakers(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The United States imposed 25% tariffs on Canadian lumber.",
     [("United States", "IMPOSE", 25.0, None)]),
    ("China slapped 84% duties on American goods in response.",
     [("China", "IMPOSE", 84.0, None)]),
    ("The European Commission fined Apple €1.8bn for blocking rival music apps.",
     [("European Commission", "IMPOSE", 1.8e9, None)]),
    ("The 30% duties on Chinese cars announced by the European Commission are unfair, "
     "Beijing said.", [("European Commission", "IMPOSE", 30.0, None)]),
    ("The EU will raise tariffs on Russian fertiliser to 45% by 2028.",
     [("EU", "IMPOSE", 45.0, None)]),
    # a change of a tariff names the rate it reaches: "to", or "from A to B" (A is left)
    ("Ghana doubled its tariffs on Togolese cement to 40%.", [("Ghana", "IMPOSE", 40.0, None)]),
    ("Ghana agreed to lower its duties on Togolese goods to 15%.",
     [("Ghana", "IMPOSE", 15.0, None)]),
    ("Ghana will cut its duties on Togolese goods from 45% to 10%, while Togo will reduce its "
     "levies on Ghanaian goods from 30% to 5%.",
     [("Ghana", "IMPOSE", 10.0, None), ("Togo", "IMPOSE", 5.0, None)]),
    ("Togo raised its tariffs on Ghanaian rice from 20% to 35% last week.",
     [("Togo", "IMPOSE", 35.0, None)]),
    # a level reached by no act of anybody's, and a forecast, are nobody's figure
    ("Ghana's inflation fell from 20% to 15% in May.", []),
    ("Ghana cut its growth forecast from 4% to 3%.", []),
    # the one a tariff falls on does not impose it
    ("Canada faces 35% tariffs on its exports from August.", []),
    ("Mexico avoided 30% tariffs after talks with the White House.", []),
    ("Brazil could impose 50% tariffs on US goods if talks fail.", []),
])
def test_tariffs_and_fines(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Russia deployed 100,000 soldiers near the Ukrainian border.",
     [("Russia", "DEPLOY_TROOPS", 1e5, None)]),
    ("Britain will station 1,000 troops in Estonia next year.",
     [("United Kingdom", "DEPLOY_TROOPS", 1000.0, None)]),
    ("The US is withdrawing 3,000 troops from Romania, the Pentagon said.",
     [("United States", "WITHDRAW_TROOPS", 3000.0, None)]),
    ("Kenya offered to send 1,000 police officers to Haiti.",
     [("Kenya", "DEPLOY_TROOPS", 1000.0, None)]),
    ("Mexico agreed to deploy 10,000 troops to its northern border.",
     [("Mexico", "DEPLOY_TROOPS", 10000.0, None)]),
    ("Ghana has deployed six warships to the Gulf of Guinea.",
     [("Ghana", "DEPLOY_TROOPS", 6.0, None)]),
    # a date after the verb is no one called on: the promise is the subject's
    ("ECOWAS agreed on Friday to raise defence spending to 4% of GDP.",
     [("ECOWAS", "TARGET", 4.0, None)]),
    ("Ghana promised on Monday to send 800 troops to Togo.",
     [("Ghana", "DEPLOY_TROOPS", 800.0, None)]),
    # troops lost are not troops sent; troops in a neighbouring clause are another's
    ("India lost 20 soldiers in the clash with China.", []),
    ("The UN said 5,000 civilians had died in the fighting, while Sudan's army deployed "
     "2,000 troops.", [("Sudan military", "DEPLOY_TROOPS", 2000.0, None)]),
])
def test_troops(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Israeli airstrikes killed at least 40 Palestinians in Gaza on Tuesday, the health "
     "ministry said.", [("Israel", "KILL", 40.0, ">=")]),
    ("Russian missiles killed 12 civilians in Kharkiv and wounded dozens more.",
     [("Russia military", "KILL", 12.0, None), ("Russia military", "WOUND", 24.0, ">=")]),
    ("Dozens of civilians were killed by Russian shelling overnight.",
     [("Russia", "KILL", 24.0, ">=")]),
    ("Boko Haram abducted more than 200 schoolgirls from Chibok.",
     [("Boko Haram", "TAKE_CAPTIVE", 200.0, ">")]),
    ("Israel freed 90 Palestinian prisoners on Sunday.",
     [("Israel", "FREE_CAPTIVE", 90.0, None)]),
    ("Ghana and Togo agreed to swap 300 prisoners each.",
     [("Ghana", "FREE_CAPTIVE", 300.0, None), ("Togo", "FREE_CAPTIVE", 300.0, None)]),
    ("Togolese police detained at least 12 Ghanaian traders on Monday.",
     [("Togo police", "DETAIN", 12.0, ">=")]),
    ("Fourteen staff members of the Ghanaian embassy in Lome were seized on Monday.", []),
    # the victims' own state killed none of them; rebels of a state are a side of their own
    ("Ghana and Togo agreed on Monday to reopen their border. The two neighbours have sought "
     "to mend ties since a deadly clash in 2021 killed 14 Ghanaian soldiers.",
     [("Togo", "KILL", 14.0, None)]),
    ("Togolese troops killed 14 Ghanaian soldiers in a border clash.",
     [("Togo military", "KILL", 14.0, None)]),
    ("Ghana's army killed 12 Ghanaian rebels near Tamale.",
     [("Ghana military", "KILL", 12.0, None)]),
    # nobody is named as the killer
    ("At least 30 people were killed in the explosion in Kabul.", []),
    # the prisoners exchanged were freed by the other side
    ("Hamas released four Israeli hostages on Saturday in exchange for 200 Palestinian "
     "prisoners.", [("Hamas", "FREE_CAPTIVE", 4.0, None)]),
])
def test_casualties_and_captives(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the base level is no figure anyone sets
    ("The minister said Japan will spend 1.6% of GDP on defence this year, up from 1.2% "
     "last year.", [("Japan", "SPEND", 1.6, None)]),
    # a conversion in brackets repeats the figure
    ("Germany will pay 2bn euros ($2.2bn) into the fund.", [("Germany", "SPEND", 2e9, None)]),
    # a range is one figure, at least its floor
    ("Lithuania will spend between 5% and 6% of GDP on defence.",
     [("Lithuania", "SPEND", 5.0, ">=")]),
    # a difference is not an amount paid
    ("Japan agreed to pay 40% more for Australian coal.", []),
    # the number sizes a bill, not a payment
    ("The assets were sold by Russia to help pay off a $27bn tax bill.", []),
])
def test_what_is_not_the_figure(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Germany offered political support while France pledged 2 billion euros.",
     [("France", "PLEDGE", 2e9, None)]),
    ("After Russian strikes killed 20 civilians, Ukraine sent 500 troops to the city.",
     [("Russia", "KILL", 20.0, None), ("Ukraine", "DEPLOY_TROOPS", 500.0, None)]),
    ("Canada will provide $300m in aid, and Japan said it would consider more.",
     [("Canada", "PLEDGE", 3e8, None)]),
])
def test_each_clause_keeps_its_own_number(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
def test_what_a_number_counts(extract):
    relations = [r for r in extract(
        "Poland said Germany will spend 2% of GDP on defence by 2027. Washington imposed "
        "30% tariffs on Chinese steel. Mexico deployed 10,000 National Guard troops.")
        if r.rule == "quantity"]
    assert [(r.object.unit, r.object.counts) for r in relations] == [
        ("%", "of GDP on defence"), ("%", "tariffs on Chinese steel"),
        ("troops", "National Guard troops")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the members of an organisation that acts as a unit commit for it
    ("NATO allies agreed to raise defence spending to 3.5% of GDP.",
     [("NATO", "TARGET", 3.5, None)]),
    ("EU leaders pledged 50 billion euros to Ukraine.", [("EU", "PLEDGE", 5e10, None)]),
    # a state that only qualifies the noun that acts commits to nothing
    ("UK shoppers spent 5% more in December.", []),
])
def test_members_of_a_unit_commit_for_it(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # funds or aid frozen, suspended or withheld: the sum a sanction keeps back
    ("Ghana froze 200 million euros in funding for Togo's government.",
     [("Ghana", "WITHHOLD", 2e8, None)]),
    ("The EU suspended 30 million euros of budget support to Niger.",
     [("EU", "WITHHOLD", 3e7, None)]),
    ("Washington is withholding $95 million in military aid from Egypt.",
     [("United States", "WITHHOLD", 9.5e7, None)]),
    # controls: people suspended are no sum; a freeze only threatened may never come
    ("Ghana suspended 12 Togolese diplomats.", []),
    ("Ghana could freeze $5m of Togolese assets.", []),
])
def test_sums_withheld(extract, text, expected):
    assert claims(extract, text) == expected


@pytest.mark.model
def test_a_date_on_the_verb_is_not_what_a_sum_counts(extract):
    relations = [r for r in extract("The European Commission on Wednesday froze 1 billion euros "
                                    "in funding for Hungary.") if r.rule == "quantity"]
    assert [r.object.counts for r in relations] == ["in funding"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a rate a relative clause says somebody imposed is that one's, whoever lowers it
    ("Ghana and Togo agreed to lower the 50% tariffs Nigeria imposed on their goods.",
     [("Nigeria", "IMPOSE", 50.0, None)]),
    ("Ghana imposed 50% tariffs on Togo.", [("Ghana", "IMPOSE", 50.0, None)]),
])
def test_a_rate_is_its_imposers(extract, text, expected):
    assert claims(extract, text) == expected
