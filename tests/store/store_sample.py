"""The sample graph the store tests add: built by hand, no spaCy model needed.

A few documents and a dozen relations covering every shape a store must keep: states,
persons and an IGO; a Quantity object (NATO - TARGET - at least 3%); an attributed, a
negated and a merely intended relation; roles without a category; two relations from one
sentence; unicode names; and a document known only from its relations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kg.model import Actor, Document, Mention, Quantity, Relation
from kg.ontology import PREDICATES


@dataclass(frozen=True)
class Sample:
    """Documents and relations to add, and the actors they mention."""

    documents: tuple[Document, ...]
    relations: tuple[Relation, ...]
    actors: tuple[Actor, ...]


NATO = Actor.create("NATO", "IGO", aliases=("North Atlantic Treaty Organization",))
RUTTE = Actor.create("Mark Rutte", "PERSON", country="NLD", sector="GOV")
TRUMP = Actor.create("Donald Trump", "PERSON", country="USA", sector="GOV")
USA = Actor.create("United States", "STATE", country="USA", aliases=("US", "U.S."))
UKRAINE = Actor.create("Ukraine", "STATE", country="UKR")
ZELENSKIY = Actor.create("Volodymyr Zelenskiy", "PERSON", country="UKR", aliases=("Zelensky",))
IVORY_COAST = Actor.create("Côte d'Ivoire", "STATE", country="CIV")
RUSSIA = Actor.create("Russia", "STATE", country="RUS")
PESKOV = Actor.create("Dmitry Peskov", "PERSON", country="RUS", sector="GOV")

SUMMIT = Document.create(
    "NATO allies agreed to spend at least 3% of GDP. Rutte met Trump on Thursday.",
    date=date(2025, 6, 25), title="NATO summit", url="https://example.org/nato",
    source="Example News")
KYIV = Document.create(
    "Zelenskiy met Rutte in Kyiv and praised Côte d'Ivoire. Zelenskiy leads Ukraine.",
    date=date(2025, 3, 13), title="Talks in Kyiv", source="Wire")
# Known only from its relations: the store must create it from their doc_* fields.
STUB_DOC = "doc-not-given"


def mention(actor: Actor, text: str, sentence: str, sentence_start: int) -> Mention:
    """``actor`` as named by ``text``, with offsets into the document."""
    start = sentence_start + sentence.index(text)
    return Mention(actor, text, start, start + len(text))


def relate(subject: tuple[Actor, str], predicate: str, obj: tuple[Actor, str] | Quantity,
           sentence: str, *, doc: Document | str, sentence_start: int = 0,
           **fields) -> Relation:
    """A relation with the ontology's category/CAMEO/Goldstein for ``predicate``.

    ``doc`` is a Document (its provenance is copied) or the id of one never given.
    """
    entry = PREDICATES[predicate]
    if isinstance(doc, Document):
        fields = {"doc_date": doc.date, "doc_title": doc.title, "doc_url": doc.url, **fields}
        doc = doc.id
    target = obj if isinstance(obj, Quantity) else mention(*obj, sentence, sentence_start)
    return Relation(
        subject=mention(*subject, sentence, sentence_start), predicate=predicate, object=target,
        doc=doc, sentence=sentence, sentence_start=sentence_start, category=entry.category,
        cameo=entry.cameo, goldstein=entry.goldstein, **fields)


def build_sample() -> Sample:
    """About a dozen relations covering every shape the stores must keep."""
    spend = "NATO allies agreed to spend at least 3% of GDP."
    met = "Rutte met Trump on Thursday."
    kyiv = "Zelenskiy met Rutte in Kyiv and praised Côte d'Ivoire."
    leads = "Zelenskiy leads Ukraine."
    three = Quantity(3.0, "%", "at least 3%", spend.index("at least"),
                     spend.index("at least") + len("at least 3%"), comparator=">=")
    relations = (
        relate((RUTTE, "Rutte"), "MEET", (TRUMP, "Trump"), met, doc=SUMMIT,
               sentence_start=len(spend) + 1, date=date(2025, 6, 26), date_text="on Thursday",
               date_granularity="day", confidence=0.9, rule="verb:meet"),
        relate((NATO, "NATO"), "TARGET", three, spend, doc=SUMMIT, confidence=0.8,
               rule="quantity:target"),
        relate((RUTTE, "Rutte"), "SECRETARY_GENERAL_OF", (NATO, "NATO"),
               "Rutte, NATO's secretary general, spoke.", doc=SUMMIT, sentence_start=200,
               rule="role:apposition"),
        # Two relations in one sentence, with unicode names.
        relate((ZELENSKIY, "Zelenskiy"), "MEET", (RUTTE, "Rutte"), kyiv, doc=KYIV,
               date=date(2025, 3, 13), date_granularity="day", confidence=0.85),
        relate((ZELENSKIY, "Zelenskiy"), "PRAISE", (IVORY_COAST, "Côte d'Ivoire"), kyiv,
               doc=KYIV, confidence=0.7),
        relate((ZELENSKIY, "Zelenskiy"), "LEADER_OF", (UKRAINE, "Ukraine"), leads, doc=KYIV,
               sentence_start=len(kyiv) + 1),
        relate((USA, "United States"), "MEMBER_OF", (NATO, "NATO"),
               "The United States is a member of NATO.", doc=SUMMIT, sentence_start=300),
        relate((USA, "US"), "GIVE_MILITARY_AID", (UKRAINE, "Ukraine"),
               "The US sent arms to Ukraine in May.", doc=SUMMIT, sentence_start=400,
               date=date(2025, 5, 1), date_text="in May", date_granularity="month"),
        relate((USA, "US"), "SANCTION", (IVORY_COAST, "Côte d'Ivoire"),
               "The US did not sanction Côte d'Ivoire.", doc=KYIV, sentence_start=500,
               negated=True),
        relate((RUSSIA, "Russia"), "REJECT", (UKRAINE, "Ukraine"),
               "Russia rejected Ukraine's plan, Peskov said.", doc=KYIV, sentence_start=600,
               modality="reported", attributed_to=PESKOV),
        relate((TRUMP, "Trump"), "THREATEN", (RUSSIA, "Russia"),
               "Trump threatened Russia with tariffs.", doc=STUB_DOC,
               doc_date=date(2025, 7, 1), doc_title="Tariff threat",
               doc_url="https://example.org/tariffs", modality="intended", confidence=0.6),
    )
    actors = (NATO, RUTTE, TRUMP, USA, UKRAINE, ZELENSKIY, IVORY_COAST, RUSSIA, PESKOV)
    return Sample(documents=(SUMMIT, KYIV), relations=relations, actors=actors)


def under_every_predicate(relations: tuple[Relation, ...]) -> list[Relation]:
    """``relations`` once under each predicate of the ontology: a batch of ~90 types."""
    return [relation.with_(predicate=predicate)
            for predicate in PREDICATES for relation in relations]
