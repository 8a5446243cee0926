"""The scorer itself, on hand-made cases (no model needed)."""

import pytest

from kg.evaluate import Predicted, Report, content_words, format_report, match_events, score_sentence


def gold(code, source_text, target_text=None, source="", target=""):
    return {"code": code, "source_text": source_text, "target_text": target_text,
            "source": source, "target": target}


def pred(category, subject, obj=None, subject_country=None, object_country=None):
    return Predicted(category, subject, subject_country, obj, object_country)


@pytest.mark.parametrize("g, p, rules, matched", [
    (gold("AGREE", "Finland", "Tanzania"), pred("AGREE", "Finland", "Tanzania"), ("category", "dyad"), True),
    (gold("AGREE", "Finland", "Tanzania"), pred("AID", "Finland", "Tanzania"), ("category", "dyad"), False),
    (gold("AGREE", "Finland", "Tanzania"), pred("AID", "Finland", "Tanzania"), ("dyad",), True),
    (gold("AGREE", "Finland", "Tanzania"), pred("AGREE", "Sweden", "Kenya"), ("category",), True),
    (gold("AGREE", "Finland", "Tanzania"), pred("AGREE", "Tanzania", "Finland"), ("category", "dyad"), False),
    # a shared content word is enough, stop words are not
    (gold("DEMAND", "the Sudanese government", "rebels"), pred("DEMAND", "government", "the rebels"),
     ("category", "dyad"), True),
    (gold("DEMAND", "the government", "rebels"), pred("DEMAND", "the army", "the rebels"),
     ("category", "dyad"), False),
    # a matching 3-letter country code counts
    (gold("SANCTION", "Washington", "Iran", source="USAGOV", target="IRN"),
     pred("SANCTION", "the White House", "Tehran", "USA", "IRN"), ("category", "dyad"), True),
    # no gold target: any object will do
    (gold("REJECT", "Syria"), pred("REJECT", "Syria", "refugees"), ("category", "dyad"), True),
])
def test_one_pair(g, p, rules, matched):
    assert bool(match_events([g], [p], rules=rules)) is matched


def test_each_prediction_finds_at_most_one_gold():
    golds = [gold("AGREE", "Jordan", "United States"), gold("AGREE", "Jordan", "United States")]
    assert len(match_events(golds, [pred("AGREE", "Jordan", "the United States")],
                            rules=("category", "dyad"))) == 1


def test_matching_is_maximal_not_greedy():
    # The first prediction fits both golds; a greedy pass could waste it on the first gold.
    golds = [gold("AGREE", "Hungary", "Romania"), gold("AGREE", "Hungary", "Serbia")]
    preds = [pred("AGREE", "Hungary", "Romania Serbia"), pred("AGREE", "Hungary", "Romania")]
    assert len(match_events(golds, preds, rules=("category", "dyad"))) == 2


def test_report_counts_precision_and_recall():
    report = Report()
    score_sentence({"id": "s1", "text": "...", "expected": [gold("AGREE", "A land", "B land")]},
                   [pred("AGREE", "A land", "B land"), pred("FIGHT", "A land", "B land")], report)
    assert (report.event.found, report.event.predicted, report.event.gold) == (1, 2, 1)
    assert report.event.precision == 0.5 and report.event.recall == 1.0
    assert report.per_category["FIGHT"].predicted == 1
    assert any(line.startswith("FALSE s1: FIGHT") for line in report.errors)


def test_missed_gold_is_listed_with_errors():
    report = Report()
    score_sentence({"id": "s2", "text": "t", "expected": [gold("PROTEST", "students", "police")]}, [],
                   report)
    text = format_report(report, errors=True)
    assert "MISS s2: PROTEST 'students' -> 'police'" in text
    assert text.splitlines()[-1].startswith("event F1: 0.000")


def test_content_words_drop_stop_words():
    assert content_words("The Prime Minister of the Netherlands") == {"prime", "minister", "netherlands"}
