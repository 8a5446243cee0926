"""The scorers, on hand-made cases: PLOVER sentences, and news articles about made-up states
(no model needed, except where marked); kg's news scores are checked against the news gold's
own scorer where ../shared is present."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures.servers import require_shared
from kg.errors import UnreadableInput
from kg.evaluate import (
    PRIORS, Judged, NewsReport, Predicted, Report, calibrate, content_words, evaluate, format_report,
    gold_format, match_events, read_gold, reliability, score_article, score_news, score_sentence,
    summary_line)
from kg.model import Actor, Mention, Quantity, Relation


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


# ---------------------------------------------------------------------------- news articles

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

# A made-up article about made-up states, and its gold in the news format.
ARTICLE = {
    "id": "ru-1", "title": "Ruritania and Borduria", "date": "2024-05-02", "url": "",
    "text": "Ruritania imposed sanctions on Borduria. Foreign Minister Anna Kovac met Borduria's "
            "envoy. Syldavia sent 300 troops.",
    "actors": [
        {"name": "Ruritania", "aliases": ["Ruritanian government"], "type": "STATE"},
        {"name": "Borduria", "aliases": ["Bordurian government"], "type": "STATE"},
        {"name": "Syldavia", "aliases": [], "type": "STATE"},
        {"name": "Anna Kovac", "aliases": ["Kovac"], "type": "PERSON"},
        {"name": "Peter Kovac", "aliases": [], "type": "PERSON"},
    ],
    "events": [
        {"source": "Ruritania", "target": "Borduria", "category": "SANCTION", "also": ["COERCE"],
         "cue": "imposed sanctions", "sent": 0},
        {"source": "Anna Kovac", "target": "Borduria", "category": "CONSULT", "undirected": True,
         "cue": "met", "sent": 1},
        {"source": "Syldavia", "target": "Borduria", "category": "MOBILIZE", "cue": "sent troops",
         "sent": 2},
        {"source": "Peter Kovac", "target": "Syldavia", "category": "DISAPPROVE", "cue": "x",
         "sent": 3},
    ],
    "doubtful": [{"source": "Borduria", "target": "Ruritania", "category": "DEMAND"}],
    "roles": [{"person": "Anna Kovac", "org": "Ruritania", "role": "foreign minister"}],
    "quantities": [{"actor": "Syldavia", "value": 300.0, "unit": "troops", "cue": "sent 300"}],
}


def mention(name, text=None, type="STATE"):
    return Mention(Actor.create(name, type), text or name, 0, len(text or name))


def event(subject, category, obj, *, doc="ru-1", confidence=0.8, rule="verb", **fields):
    subject = subject if isinstance(subject, Mention) else mention(subject)
    obj = obj if isinstance(obj, Mention) else mention(obj)
    return Relation(subject=subject, predicate=category, object=obj, doc=doc,
                    sentence=f"{subject.text} did it to {obj.text}.", sentence_start=0,
                    category=category, confidence=confidence, rule=rule, **fields)


def role(person, org, *, confidence=0.9):
    return Relation(subject=mention(person, type="PERSON"), predicate="MINISTER_OF",
                    object=mention(org), doc="ru-1", sentence="s", sentence_start=0,
                    confidence=confidence, rule="role.title")


def quantity(subject, value, *, confidence=0.7):
    return Relation(subject=mention(subject), predicate="DEPLOY",
                    object=Quantity(value, "troops", str(value)), doc="ru-1", sentence="s",
                    sentence_start=0, confidence=confidence, rule="quantity")


def scored(*relations, record=ARTICLE):
    report = NewsReport()
    score_article(record, list(relations), report)
    return report


@pytest.mark.parametrize("relation, right", [
    (event("Ruritania", "SANCTION", "Borduria"), True),
    (event("Ruritanian government", "SANCTION", "Borduria"), True),   # an alias
    (event("Ruritania", "COERCE", "Borduria"), True),                  # the gold's `also`
    (event("Ruritania", "SANCTION", "Syldavia"), False),               # another target
    (event("Borduria", "SANCTION", "Ruritania"), False),               # a directed event reversed
    (event("Borduria", "CONSULT", mention("Kovac", type="PERSON")), True),  # undirected, reversed
    (event(mention("Anna Kovac", type="PERSON"), "CONSULT", "Borduria"), True),
    (event("Ruritania", "CONSULT", "Borduria"), True),  # the state a gold person serves
    (event("Syldavia", "MOBILIZE", "Bordurian government"), True),
])
def test_an_event_tuple_is_right_by_pair_and_category(relation, right):
    report = scored(relation)
    assert (report.events.right, report.events.predicted) == (int(right), 1)


def test_a_suffix_names_an_actor_only_when_it_names_one():
    actors = [dict(a, aliases=[]) for a in ARTICLE["actors"]]
    record = dict(ARTICLE, actors=actors)
    # a bare "Kovac" could be either Kovac; "Minister Anna Kovac" ends with one name only
    assert scored(event(mention("Kovac", type="PERSON"), "CONSULT", "Borduria"),
                  record=record).junk == 1
    assert scored(event(mention("Minister Anna Kovac", type="PERSON"), "CONSULT", "Borduria"),
                  record=record).junk == 0


@pytest.mark.parametrize("relation", [
    event("Ruritania", "SANCTION", "Borduria", negated=True),
    event("Ruritania", "SANCTION", "Borduria", modality="possible"),
    event("Ruritania", "SANCTION", "Borduria", modality="hypothetical"),
])
def test_negated_and_unhappened_acts_are_not_counted(relation):
    assert scored(relation).events.predicted == 0


def test_a_doubtful_event_counts_neither_way():
    report = scored(event("Borduria", "DEMAND", "Ruritania"))
    assert (report.events.right, report.events.predicted) == (0, 0)


def test_repeated_mentions_are_one_tuple_and_recall_counts_gold_found():
    report = scored(event("Ruritania", "SANCTION", "Borduria", confidence=0.6),
                    event("Ruritanian government", "SANCTION", "Borduria", confidence=0.9),
                    event("Ruritania", "COERCE", "Borduria"))
    assert (report.events.right, report.events.predicted) == (2, 2)
    assert (report.events.found, report.events.gold) == (1, 4)
    # the tuple is as confident as its most confident relation: that decides if it is shown
    assert sorted(j.confidence for j in report.judged) == [0.8, 0.9]


def test_roles_quantities_and_junk():
    report = scored(role("Anna Kovac", "Ruritania"), role("Anna Kovac", "Syldavia"),
                    quantity("Syldavia", 301.0), quantity("Borduria", 300.0),
                    event("Ruritania", "SANCTION", mention("Bordurian villages", type="OTHER")))
    assert (report.roles.right, report.roles.predicted, report.roles.gold) == (1, 2, 1)
    assert (report.quantities.right, report.quantities.predicted) == (1, 2)  # within 1 %
    assert (report.junk, report.actors) == (1, 5)


def test_summary_line_has_the_scorer_keys_in_order():
    line = summary_line(scored(event("Ruritania", "SANCTION", "Borduria")))
    assert line == ("news P=1.000 R=0.250 F1=0.400 roles P=0.000 R=0.000 qty P=0.000 R=0.000 "
                    "junk=0.000 docs=1 gold=4 pred=1")


def test_min_confidence_scores_what_is_shown_and_keeps_every_judgement():
    relations = {"ru-1": [event("Ruritania", "SANCTION", "Borduria", confidence=0.9),
                          event("Syldavia", "FIGHT", "Borduria", confidence=0.3)]}
    report = score_news([ARTICLE], relations, min_confidence=0.5)
    assert (report.events.right, report.events.predicted) == (1, 1)
    assert (report.unfiltered.events.right, report.unfiltered.events.predicted) == (1, 2)
    assert len(report.judged) == 2


# ---------------------------------------------------------------------------- error classes

def classes(report, kind):
    return [klass for (k, klass) in report.errors if k == kind]


@pytest.mark.parametrize("relation, expected", [
    (event("Ruritania", "SANCTION", mention("Tarnvik Holdings", type="OTHER")),
     "actor not in gold: other name"),
    (event("Ruritania", "SANCTION", mention("officials", type="OTHER")),
     "actor not in gold: generic word"),
    (event(mention("Kurvland"), "SANCTION", "Borduria"), "actor not in gold: state or place"),
    (event(mention("Lena Holt", "she", type="PERSON"), "SANCTION", "Borduria"),
     "actor not in gold: pronoun"),
    (event("Borduria", "SANCTION", "Ruritania"), "pair right, direction reversed"),
    (event("Ruritania", "AID", "Borduria"), "pair right, category wrong"),
    (event("Borduria", "AID", "Ruritania"), "pair right, category wrong"),
    (event("Syldavia", "FIGHT", "Ruritania"), "no such event between the pair"),
])
def test_false_positive_classes(relation, expected):
    report = scored(relation, record=dict(ARTICLE, events=ARTICLE["events"][:1], doubtful=[]))
    assert classes(report, "FP") == [expected]


def test_a_refusal_in_the_sentence_is_its_own_class():
    relation = event("Ruritania", "AID", "Borduria").with_(
        sentence="Ruritania refused to send aid to Borduria.")
    report = scored(relation, record=dict(ARTICLE, events=ARTICLE["events"][:1], doubtful=[]))
    assert classes(report, "FP") == ["negation or refusal in the sentence"]


@pytest.mark.parametrize("relations, expected", [
    ([], "neither actor found"),
    ([event("Ruritania", "SANCTION", "Borduria")], "neither actor found"),
    ([event(mention("Peter Kovac", type="PERSON"), "AID", "Ruritania")], "one actor found"),
    ([event("Syldavia", "MOBILIZE", "Ruritania")], "one actor found"),
    ([event("Peter Kovac", "DISAPPROVE", "Syldavia", negated=True)],
     "pair found only negated or not happened"),
    ([event("Syldavia", "PRAISE", "Peter Kovac")], "pair found with another category or direction"),
    ([event("Peter Kovac", "AID", "Ruritania"), event("Syldavia", "AID", "Ruritania")],
     "pair found, never related"),
])
def test_miss_classes(relations, expected):
    record = dict(ARTICLE, events=[ARTICLE["events"][3]], doubtful=[])
    assert classes(scored(*relations, record=record), "MISS") == [expected]


@pytest.mark.parametrize("relation, expected", [
    (quantity("Tarnvik", 300.0), "actor not in gold"),
    (quantity("Borduria", 300.0), "right number, wrong actor"),
    (quantity("Syldavia", 40.0), "number not in gold"),
])
def test_quantity_classes(relation, expected):
    assert classes(scored(relation), "QTY") == [expected]


# ---------------------------------------------------------------------------- reading gold

def test_the_format_is_read_from_the_records(tmp_path):
    news = tmp_path / "gold.txt"  # the name says nothing
    news.write_text(json.dumps(ARTICLE) + "\n")
    assert [gold_format(r) for r in read_gold(news)] == ["news"]
    assert gold_format({"text": "t", "expected": []}) == "plover"


def test_a_file_of_two_formats_is_refused(tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(json.dumps(ARTICLE) + "\n" + json.dumps({"text": "t", "expected": []}) + "\n")
    with pytest.raises(UnreadableInput) as err:
        list(read_gold(mixed))
    assert str(err.value) == (f"{mixed} line 2: a plover record among news records; "
                              "keep one gold format a file")


def test_a_record_of_neither_format_is_refused(tmp_path):
    odd = tmp_path / "odd.jsonl"
    odd.write_text('{"text": "t"}\n')
    with pytest.raises(UnreadableInput) as err:
        list(read_gold(odd))
    assert str(err.value) == (f"{odd} line 1: not a gold record; a PLOVER sentence has 'text' "
                              "and 'expected', a news article 'text', 'actors' and 'events'")


# ---------------------------------------------------------------------------- reliability

def test_reliability_counts_events_per_band():
    judged = [Judged(0.3, ("a",), False), Judged(0.55, ("a",), True), Judged(0.85, ("b",), True),
              Judged(0.85, ("b",), False), Judged(1.0, ("c",), True),
              Judged(0.95, ("role.title",), True, kind="role")]
    rows = {band: (n, right) for band, n, right in reliability(judged)}
    assert rows == {"<0.3": (0, 0), "0.3-0.4": (1, 0), "0.4-0.5": (0, 0), "0.5-0.6": (1, 1),
                    "0.6-0.7": (0, 0), "0.7-0.8": (0, 0), "0.8-0.9": (2, 1), "0.9-1.0": (1, 1)}


def test_calibrate_measures_roles_and_quantities_on_news():
    report = scored(role("Anna Kovac", "Ruritania"), role("Anna Kovac", "Syldavia"),
                    role("Anna Kovac", "Borduria"), quantity("Borduria", 1.0),
                    quantity("Borduria", 2.0), quantity("Borduria", 3.0))
    table = calibrate(report)
    assert table["role.title"] == round((1 + 1) / (3 + 2), 3)
    assert table["quantity"] == round((0 + 1) / (3 + 2), 3)


def test_calibrate_leaves_the_rows_judged_by_hand():
    # "unnamed" and "sport" were judged on many BBC edges: three gold cases do not replace them
    report = Report(judged=[Judged(0.3, ("unnamed",), True) for _ in range(3)]
                    + [Judged(0.02, ("sport",), True) for _ in range(3)])
    table = calibrate(report)
    assert table["unnamed"] == PRIORS["unnamed"] and table["sport"] == PRIORS["sport"]


# ---------------------------------------------------------------------------- the shared scorer

def _shared_scorer():
    # kg is checked against the news gold's own scorer only where the evaluation data is.
    return require_shared(SHARED / "score_news.py")


def _shared_line(scorer, gold, relations, tmp_path):
    out = tmp_path / "relations.jsonl"
    out.write_text("".join(json.dumps(r.as_row()) + "\n" for r in relations))
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(out)],
                            capture_output=True, text=True, check=True)
    return result.stdout.splitlines()[-1]


def test_kg_scores_hand_made_relations_as_the_shared_scorer_does(tmp_path):
    scorer = _shared_scorer()
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(ARTICLE) + "\n")
    relations = [event("Ruritania", "SANCTION", "Borduria"),
                 event("Borduria", "DEMAND", "Ruritania"),
                 event("Borduria", "CONSULT", mention("Kovac", type="PERSON")),
                 event(mention("Mr Kovac", type="PERSON"), "AID", "Syldavia"),
                 event("Syldavia", "FIGHT", "Borduria", negated=True),
                 role("Anna Kovac", "Ruritania"), role("Anna Kovac", "Syldavia"),
                 quantity("Syldavia", 302.0), quantity("Borduria", 300.0)]
    expected = _shared_line(scorer, gold, relations, tmp_path)
    assert summary_line(score_news([ARTICLE], {"ru-1": relations})) == expected


@pytest.mark.model
def test_kg_scores_news_dev_as_the_shared_scorer_does(nlp, tmp_path):
    scorer = _shared_scorer()
    from kg.pipeline import extract

    gold = SHARED / "news_dev.jsonl"
    relations = list(extract(gold, nlp=nlp, min_confidence=0))
    by_doc = {}
    for relation in relations:
        by_doc.setdefault(relation.doc, []).append(relation)
    expected = _shared_line(scorer, gold, relations, tmp_path)
    assert summary_line(score_news(read_gold(gold), by_doc)) == expected


@pytest.mark.parametrize("predicted, expected", [
    ([pred("AID", "Finland", "Tanzania")], [("FALSE", "actors right, category wrong"),
                                            ("MISSED", "actors found, category wrong")]),
    ([pred("AGREE", "Sweden", "Kenya")], [("FALSE", "category right, actors wrong"),
                                          ("MISSED", "category found, actors wrong")]),
    ([], [("MISSED", "nothing like it found")]),
])
def test_plover_errors_are_grouped_by_class(predicted, expected):
    report = Report()
    score_sentence({"id": "s3", "text": "Finland will give Tanzania a loan.",
                    "expected": [gold("AGREE", "Finland", "Tanzania")]}, predicted, report)
    assert sorted(report.grouped) == expected
    assert "errors by class" in format_report(report)


def test_news_categories_count_predictions_by_their_category_and_gold_by_its_own():
    report = scored(event("Ruritania", "COERCE", "Borduria"))  # the gold SANCTION's `also`
    coerce, sanction = report.per_category["COERCE"], report.per_category["SANCTION"]
    assert (coerce.right, coerce.predicted, coerce.gold) == (1, 1, 0)
    assert (sanction.found, sanction.gold, sanction.predicted) == (1, 1, 0)


FRESH = Path(__file__).parent / "fixtures" / "fresh_sentences.jsonl"


def test_the_rules_hold_on_sentences_written_for_no_rule(nlp):
    """130 wire-style sentences across the 18 categories, written by us in the PLOVER format
    to check rules on text they were not written from (issue #18): the first 82 found the
    mechanisms of one change, the last 48 were written after it and scored once, 0.62 -> 0.73.
    A rule fitted to one sentence that breaks a construction shows here as a drop."""
    report = evaluate(FRESH, nlp=nlp)
    assert report.sentences == 130
    assert report.event.precision >= 0.85 and report.event.f1 >= 0.80


FRESH_NEWS = Path(__file__).parent / "fixtures" / "fresh_news.jsonl"


def test_the_rules_hold_on_articles_written_for_no_rule(nlp):
    """Three hundred and seventy-one wire-style articles of our own (2023-25 dates, real actors,
    invented wording) with exhaustive gold in the news format (issue #18), written in ninety-two
    rounds, each scored once with the rules of its day before the rules it showed missing were
    written (event P/R as first scored): 0.894/0.543 (six articles); 0.647/0.550 (two);
    0.882/0.484, 0.688/0.355 (three each); 0.815/0.350, 0.625/0.319, 0.818/0.365, 0.688/0.245,
    0.882/0.364, 0.500/0.295, 0.783/0.444 (five each); 0.667/0.300, 0.700/0.318 (three each);
    then four each: 0.607/0.481, 0.784/0.564, 0.765/0.412, 0.923/0.375, 0.917/0.360,
    0.867/0.448, 0.938/0.593, 0.739/0.385, 0.682/0.467, 0.824/0.424, 0.885/0.535, 0.692/0.281,
    0.704/0.419, 0.750/0.371, 0.647/0.481, 0.667/0.375, 0.800/0.472, 0.947/0.481, 0.846/0.458,
    0.889/0.444, 0.875/0.500, 0.722/0.737, 0.909/0.345, 0.889/0.667, 0.538/0.333, 0.727/0.348,
    0.571/0.333, 0.750/0.455, 0.611/0.579, 0.600/0.182, 1.000/0.636, 0.875/0.429, 0.750/0.500,
    0.800/0.450, 0.933/0.542, 0.700/0.304, 0.800/0.625, 0.667/0.333, 1.000/0.625, 0.818/0.316,
    0.833/0.278, 0.588/0.344, 0.786/0.407, 0.600/0.536, 0.958/0.719, 0.857/0.520, 0.889/0.581,
    0.739/0.600, 0.857/0.462, 0.929/0.619, 0.882/0.636, 0.667/0.368, 1.000/0.211, 0.955/0.857,
    0.647/0.611, 1.000/0.471, 0.667/0.333, 0.769/0.611, 0.889/0.538, 0.875/0.412, 0.667/0.400,
    1.000/0.318, 0.667/0.400, 1.000/0.250, 0.857/0.400, 0.706/0.474, 1.000/0.500, 0.929/0.500,
    0.750/0.667, 0.722/0.526, 0.824/0.619, 0.947/0.636, 1.000/0.500, 0.818/0.556, 0.923/0.609,
    1.000/0.526, 0.583/0.412, 1.000/0.556, 0.857/0.526. The mechanisms were tested on other
    sentences of ours. On the first 219 the rules of 24b5afc score P 0.729 and R 0.339, those of
    77d8e22 (the start of session 9) P 0.876 and R 0.535; the README's table gives each round
    with today's rules."""
    report = evaluate(FRESH_NEWS, nlp=nlp)
    assert report.documents == 371
    assert report.events.precision >= 0.87 and report.events.recall >= 0.53
    assert report.actors and report.junk / report.actors <= 0.10
