"""Scoring the extractor against a PLOVER-style gold standard.

The rule (the same one the gold standard's README gives): per sentence, every extracted relation
with an event category is a predicted event. A gold event is found when one predicted event of
the same sentence has (1) the same category, (2) a subject whose words share a content word
with the gold ``source_text`` (case-insensitive; a matching 3-letter country code also counts)
and (3), where the gold has a target, an object that matches ``target_text`` the same way.
Each predicted event finds at most one gold event. The category-only score uses rule 1 alone,
the dyad-only score rules 2 and 3 alone.

>>> gold = [{"code": "CONSULT", "source": "NLD", "target": "USA",
...          "source_text": "Mark Rutte", "target_text": "President Trump"}]
>>> predicted = [Predicted("CONSULT", "Rutte", None, "Trump", "USA")]
>>> match_events(gold, predicted, rules=("category", "dyad"))
[(0, 0)]
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import UnreadableInput
from kg.model import Document, Relation
from kg.ontology import CATEGORIES

__all__ = ["Predicted", "Report", "calibrate", "evaluate", "format_report", "match_events",
           "read_gold", "write_confidence"]

# Words that carry no content for matching an actor's words against the gold phrase.
STOPWORDS = frozenset("""
a an the of in on at to for from by with and or but its their his her our your my this that
these those who which whom whose as is are was were be been being has have had it they them he
she him we us you i me not no s
""".split())


@dataclass(frozen=True, slots=True)
class Predicted:
    """An extracted event reduced to what the scoring rule looks at."""

    category: str
    subject_text: str
    subject_country: str | None
    object_text: str | None
    object_country: str | None
    relation: Relation | None = None


@dataclass
class Score:
    found: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    event: Score = field(default_factory=Score)
    category: Score = field(default_factory=Score)
    dyad: Score = field(default_factory=Score)
    per_category: dict[str, Score] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    rules: Counter = field(default_factory=Counter)
    rules_right: Counter = field(default_factory=Counter)
    sentences: int = 0


def content_words(text: str | None) -> set[str]:
    words = re.findall(r"\w+", (text or "").lower())
    return {w for w in words if w not in STOPWORDS}


def _actor_matches(text: str | None, country: str | None, gold_text: str | None,
                   gold_code: str | None) -> bool:
    if content_words(text) & content_words(gold_text):
        return True
    return bool(country and gold_code and gold_code[:3].upper() == country.upper())


def _fits(gold: dict, pred: Predicted, rules: tuple[str, ...]) -> bool:
    if "category" in rules and gold["code"] != pred.category:
        return False
    if "dyad" in rules:
        if not _actor_matches(pred.subject_text, pred.subject_country, gold.get("source_text"),
                              gold.get("source")):
            return False
        if gold.get("target_text") or gold.get("target"):
            if not _actor_matches(pred.object_text, pred.object_country, gold.get("target_text"),
                                  gold.get("target")):
                return False
    return True


def match_events(gold: list[dict], predicted: list[Predicted], *, rules: tuple[str, ...]
                 ) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to predicted events: (gold index, predicted index)."""
    options = [[j for j, pred in enumerate(predicted) if _fits(g, pred, rules)] for g in gold]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        assign(i, set())
    return sorted((i, j) for j, i in owner.items())


def read_gold(path: str | Path) -> Iterator[dict]:
    """Gold records, one JSON object a line (see ``../shared/eval/README.md``)."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise UnreadableInput(f"{path}: cannot read gold standard ({err.strerror})") from err
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record["text"], record["expected"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise UnreadableInput(f"{path} line {number}: not a gold record ({err})") from err
            yield record


def _predicted(relations: Iterable[Relation]) -> list[Predicted]:
    found = []
    for relation in relations:
        if relation.category is None:
            continue
        obj = relation.object
        found.append(Predicted(
            relation.category, relation.subject.text, relation.subject.actor.country,
            getattr(obj, "text", None), getattr(getattr(obj, "actor", None), "country", None),
            relation))
    return found


def evaluate(gold_path: str | Path, *, nlp=None, model: str | None = None) -> Report:
    """Extract every gold sentence (its date as publication date) and score the events."""
    from kg.extract import extract_relations, load_model

    nlp = nlp or load_model(model)
    records = list(read_gold(gold_path))
    documents = [Document.create(r["text"], id=str(r.get("id") or i),
                                 date=date.fromisoformat(r["date"]) if r.get("date") else None)
                 for i, r in enumerate(records)]
    by_doc: dict[str, list[Relation]] = {d.id: [] for d in documents}
    for relation in extract_relations(documents, nlp=nlp):
        by_doc[relation.doc].append(relation)
    report = Report(per_category={c: Score() for c in CATEGORIES})
    for record, document in zip(records, documents):
        score_sentence(record, _predicted(by_doc[document.id]), report)
    return report


def score_sentence(record: dict, predicted: list[Predicted], report: Report) -> None:
    gold = record["expected"]
    report.sentences += 1
    for score, rules in ((report.event, ("category", "dyad")), (report.category, ("category",)),
                         (report.dyad, ("dyad",))):
        pairs = match_events(gold, predicted, rules=rules)
        score.found += len(pairs)
        score.predicted += len(predicted)
        score.gold += len(gold)
    pairs = match_events(gold, predicted, rules=("category", "dyad"))
    found_gold = {i for i, _ in pairs}
    found_pred = {j for _, j in pairs}
    for i, g in enumerate(gold):
        per = report.per_category.setdefault(g["code"], Score())
        per.gold += 1
        per.found += i in found_gold
        if i not in found_gold:
            report.errors.append(
                f"MISS {record.get('id', '')}: {g['code']} {g.get('source_text')!r} -> "
                f"{g.get('target_text')!r} | {record['text']}")
    for j, pred in enumerate(predicted):
        report.per_category.setdefault(pred.category, Score()).predicted += 1
        rule = pred.relation.rule if pred.relation else "?"
        report.rules[rule] += 1
        report.rules_right[rule] += j in found_pred
        if j not in found_pred:
            report.errors.append(
                f"FALSE {record.get('id', '')}: {pred.category} {pred.subject_text!r} -> "
                f"{pred.object_text!r} [{rule}] | {record['text']}")


def format_report(report: Report, *, errors: bool = False) -> str:
    lines = [f"sentences: {report.sentences}",
             f"{'score':<14}{'P':>7}{'R':>7}{'F1':>7}{'found':>7}{'pred':>6}{'gold':>6}"]
    for name, score in (("event", report.event), ("category-only", report.category),
                        ("dyad-only", report.dyad)):
        lines.append(f"{name:<14}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
                     f"{score.found:>7}{score.predicted:>6}{score.gold:>6}")
    lines.append("")
    lines.append(f"{'category':<14}{'P':>7}{'R':>7}{'F1':>7}{'found':>7}{'pred':>6}{'gold':>6}")
    for name, score in report.per_category.items():
        if score.gold or score.predicted:
            lines.append(f"{name:<14}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
                         f"{score.found:>7}{score.predicted:>6}{score.gold:>6}")
    if errors:
        lines.append("")
        lines.extend(report.errors)
    lines.append("")
    lines.append(f"event F1: {report.event.f1:.3f}  category-only F1: {report.category.f1:.3f}  "
                 f"dyad-only F1: {report.dyad.f1:.3f}")
    return "\n".join(lines)


# Rules that the event gold standard cannot measure (roles and quantities are not events);
# their confidence is a stated prior until a gold standard for them exists.
PRIORS = {"role.title": 0.9, "quantity": 0.7}


def calibrate(report: Report, *, min_count: int = 3) -> dict[str, float]:
    """Each rule's precision on the scored sentences, smoothed: (right + 1) / (seen + 2).

    Rules seen fewer than ``min_count`` times are pooled into their parent rule
    ("verb.passive.intended" into "verb.passive"), so rare rules get a steadier estimate.

    >>> r = Report(); r.rules.update({"verb": 8, "verb.passive": 1}); r.rules_right.update({"verb": 6})
    >>> calibrate(r)
    {'verb': 0.636, 'role.title': 0.9, 'quantity': 0.7}
    """
    seen: Counter = Counter()
    right: Counter = Counter()
    for rule, count in report.rules.items():
        key = rule if count >= min_count or "." not in rule else rule.rsplit(".", 1)[0]
        seen[key] += count
        right[key] += report.rules_right[rule]
    table = {rule: round((right[rule] + 1) / (n + 2), 3) for rule, n in sorted(seen.items())
             if n >= min_count}
    table.update(PRIORS)
    return table


def write_confidence(table: dict[str, float], path: str | Path, *, source: str) -> None:
    """Write the rule confidence table the extractor reads (``kg/data/rule_confidence.tsv``)."""
    lines = ["# How often each extraction rule was right: (right + 1) / (seen + 2) on " + source,
             "# written by 'kg evaluate GOLD --calibrate'; role.title and quantity are priors.",
             "rule\tconfidence"]
    lines += [f"{rule}\t{value}" for rule, value in sorted(table.items())]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
