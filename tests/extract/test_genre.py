"""Sports reports: states named there are teams, and their events are not shown as relations."""

import pytest

from kg.extract.genre import is_sport_report


@pytest.mark.parametrize("text", [
    "Brazil thrashed Chile 4-1 in the World Cup qualifier. Vinicius scored twice and the striker "
    "was booked by the referee before half-time.",
    "Australia's batsmen struggled as India took six wickets on the first day of the cricket Test.",
    "Japan beat Scotland in the rugby World Cup. The winger ran in two tries in front of a full "
    "stadium.",
])
def test_a_sports_report_is_known_by_its_words(text):
    assert is_sport_report(text)


@pytest.mark.parametrize("text", [
    "Brazil and Chile signed a trade agreement in Santiago on Monday.",
    # a story of politics that names a sport or two is no sports report
    "The United States announced a diplomatic boycott of the Beijing Olympics over human rights, "
    "and China accused Washington of politicising sport.",
    "The talks were held at the national football stadium because the palace was damaged.",
    "",
])
def test_news_of_politics_is_not_a_sports_report(text):
    assert not is_sport_report(text)


@pytest.mark.model
def test_events_of_a_sports_report_fall_below_the_line(extract):
    from kg.pipeline import MIN_CONFIDENCE

    report = extract("Ireland meet Wales on Saturday in the Six Nations. The fly-half scored two "
                     "tries in the last match and the squad praised France.")
    events = [r for r in report if r.category]
    assert events and all(r.confidence < MIN_CONFIDENCE and r.rule.startswith("sport.")
                          for r in events)
    # control: the same kind of sentence in a story of politics is shown
    politics = [r for r in extract("Ireland praised France for its stand on the fishing talks.")
                if r.category]
    assert politics and all(r.confidence >= MIN_CONFIDENCE for r in politics)
