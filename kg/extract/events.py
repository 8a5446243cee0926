"""Events from dependency patterns and the verb and event-noun lexicon.

A verb or event noun from the lexicon gives the predicate; the parse gives who did it to whom
(active and passive voice, coordination, control verbs, light verbs) and how firmly the text
says it happened (negation, intent, obligation, possibility, reported speech). The PLOVER
category follows the coding convention of CAMEO and PLOVER: an intended or promised act of
cooperation is AGREE, an intended act of conflict is THREATEN, a refused act of cooperation is
REJECT, an obligation a speaker puts on others is DEMAND, and what is only possible or negated
is stored without a category, so nothing hypothetical counts as done.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import ADJ, AUX, NOUN, PROPN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.actors import (LOCATIVE_PREPS, MEDIATE, PLACE_LABELS, PRONOUNS, THING_PRONOUNS,
                               ActorIndex, is_generic)
from kg.extract.lexicon import (ACT_LABELS, COMMANDED_SECTORS, DEED_LABEL_KINDS, FORCE_SECTORS,
                               LABEL_KINDS, NO_EVENT, STATE_SECTORS, EventWord, Lexicon,
                               lemma_candidates)
from kg.extract.places import city_population, resolve_place
from kg.model import Actor, Mention
from kg.ontology import CATEGORY, PREDICATES, QUADS

__all__ = ["Dealings", "Event", "event_starts", "find_events"]

SUBJECT_DEPS = {"nsubj", "csubj"}                 # active subjects
PASSIVE_DEPS = {"nsubjpass", "csubjpass"}         # passive subjects are the targets
OBJECT_DEPS = {"dobj", "dative", "obj"}           # direct and indirect objects
# Words after a verb that may make a two-word entry with it ("call on", "call off", "hit back":
# the small model parses "back" as an adverb as often as a particle).
PHRASAL_DEPS = {"prep", "prt", "dobj", "advmod"}
RESULT_DEPS = {"advcl", "ccomp", "oprd", "acomp"}  # "kept the border closed", as parsed
NAMING_ENTRY = "call"  # "X said Y is a puppet" judges Y as "X called Y a puppet" would
# Nouns that refer to an organisation named before ("left the bloc", "quit the court")
IGO_NOUNS = {"bloc", "alliance", "union", "court", "organisation", "organization", "group"}
# Nouns a body of people acting as one is called by, besides those of people (sectors.tsv)
BODY_NOUNS = IGO_NOUNS | {"movement", "militia", "party", "faction", "coalition", "network"}
# Verbs whose "with" names the act they answer with ("retaliated with tariffs on X"; also
# "hit back with")
RETORT_VERBS = {"retaliate", "respond", "reply", "react", "counter"}
CRAFT_KINDS = {"@craft", "@weapon"}  # what flies or sails, and makes no visit
ACCLAIM = "@acclaim"  # what a deed is called in praise ("a positive step")
DEED_PRONOUNS = {"it", "this", "that"}  # what "called it a mistake" calls
# Speakers who are nobody in particular: what "somebody says" or "nobody says" was not said
NOBODY = {"somebody", "someone", "anybody", "anyone", "nobody", "whoever"}
NAMING_DEPS = {"oprd"}  # "called X a liar", "named X envoy": what the object is said to be
RELATIVE_PRONOUNS = {"whom", "who", "which", "that"}  # stand for the noun their clause is on
RELATIVE_TAGS = {"WP", "WDT"}  # "that" as a relative pronoun, not as a determiner or conjunction
HYPHEN_DOER_DEPS = {"npadvmod", "compound", "nmod"}  # "US" of "US-brokered", as the parser hangs it
OWNING_VERBS = {"own", "flag", "operate", "control", "hold", "run", "register"}  # "British-owned"
NAME_MODIFIER_DEPS = ("amod", "compound", "nmod")  # "Israeli air strikes", "US sanctions"
# Nouns that, owned by "our" in what someone says, are the speaker's side ("our country").
OWN_SIDE_NOUNS = {"country", "nation", "government", "state", "people", "alliance", "union"}
# Speakers whose "we" names an actor: a body that speaks for itself, or a person for the
# state whose government they serve.
SIDE_TYPES = {"STATE", "IGO", "ORG", "PARTY", "ARMED_GROUP", "PERSON"}
# Verbs that say what their subject is or stays ("remained the key issue", "would be next").
COPULAS = {"be", "remain", "become", "stay"}
RECIPROCAL_WORDS = {"each", "one", "the"}  # "each other", "one another", "the other"
# Objects that are the subject itself ("pushed themselves to", "injured himself").
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"}
# Cues whose verb governs a gerund after a preposition ("refrained from criticising X"); other
# verbs only place it in time or manner ("after meeting X", "by signing a deal").
COMPLEMENT_CUES = {"refuse", "intend", "deny", "attempt"}
# Cues whose verb takes an infinitive as what is (not) done: "vowed to", "refused to", "tried to".
INFINITIVE_CUES = {"intend", "refuse", "attempt", "require"}
# Prepositions that say what a text or a plan is about: "a report on Xinjiang" is no act of
# Xinjiang's, so whom criticising the report is aimed at is not found there.
TOPIC_PREPS = {"on", "about", "regarding", "concerning", "into", "over"}
# Kinds of object that are words or plans: an actor inside one is their author or their topic.
WORDS_KINDS = {"@document", "@claim", "@proposal", "@view"}
# Clauses that share the subject of the verb they hang off ("agreed to withdraw",
# "denounced X and called for Y", "while praising").
SUBJECT_SHARING_DEPS = {"xcomp", "advcl", "conj", "pcomp"}
# Clauses whose verb is said by someone else: the event is attributed to the speaker.
CLAUSE_DEPS = {"ccomp"}
# Punctuation that ends a noun phrase read backwards from its verb.
PHRASE_BREAKS = {",", ";", ":", "(", ")", "--", "—", "–", '"', "``", "''"}
# Conjunctions that make a clause hypothetical.
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# Cues that say nothing of how firmly the clause under them holds, for the clause's own modality:
# a light verb hands over its noun, a reporting verb its speaker, an asking word (below) only
# makes a question of a clause that opens with a question word; "maintain" only keeps a measure.
UNMODAL_CUES = frozenset({"light", "report", "question", "maintain"})
# Words that open an indirect question ("wondered how X will respond", "unclear if X will
# attend", "asked whether X would meet Y"): "whether" always; the others under an asking word
# (the "question" cue), as "if" also opens conditions and "how" what was done ("described how").
QUESTION_WORDS = {"whether", "if", "how", "why"}
# Modifiers that make a direct object belong to both subjects ("their ties", "bilateral trade").
SHARED_MODIFIERS = {"bilateral", "mutual", "joint"}
# Objects that are between their subjects by their meaning ("X and Y restored relations").
RELATION_NOUNS = {"relations", "ties"}
# Instruments each party signs or ratifies on its own, with no other party in particular
MULTILATERAL_NOUNS = {"convention", "charter", "statute", "covenant"}
# One of a side's own ("a member state of the court", "an ally of Togo"): not the side itself
ONE_OF_NOUNS = {"member", "ally", "neighbour", "neighbor", "partner", "rival", "enemy", "foe",
                "friend", "critic", "opponent", "signatory"}
MUTUAL_VERBS = {"trade", "exchange", "swap"}  # what two sides trade goes both ways
# Prepositions whose object is never the target: agents, concessions, times.
# Exercises one side holds near another are a show of force aimed at it (CAMEO 150).
SHOW_OF_FORCE = "MOBILIZE"
PROTECTION = "PROTECT"  # forces sent to a side's aid ("in support of X")
# Stance phrases that put the act on the side of whom they name ("in support of X").
ON_SIDE_OF = {"support", "aid"}
# The purpose of forces sent to a side's aid: "sent troops to X to help expel the invaders"
HELPING_VERBS = {"help", "assist", "support", "protect", "defend", "reinforce", "bolster"}
SHOW_PREPS = ("near", "around", "off", "against", "toward", "towards")
# Verbs whose "as" says what part their subject plays: "acted as a mediator between X and Y"
# mediates between them.
ROLE_VERBS = {"act", "serve", "work"}
# The kind of objects that are somebody's deed though no event noun ("an offer", "the plan").
PROPOSAL_KIND = "@proposal"
MADE_KINDS = {PROPOSAL_KIND, "@document"}  # laws, resolutions, statements: their maker acts
ENACTING_VERBS = {"pass", "adopt", "approve", "enact"}  # how a law or resolution is made
NOT_TARGET_PREPS = {"by", "despite", "after", "before", "since", "until", "during", "because",
                    "according"}  # "according to X": who says so
# Of those, what says when or who says so: "vowed to respond after returning from X"
WHEN_PREPS = {"after", "before", "since", "until", "during", "according"}
COMPANION_PREPS = {"with", "alongside"}
PARTY_PRONOUNS = {"him", "her", "them", "us", "me", "you"}
UNKNOWN_NAME_ENTS = {"PERSON", ""}  # a name no place or body: somebody the gazetteer lacks
# What a side has, not what it does: "a violation of X's sovereignty" judges nothing of X's.
BELONGINGS = {"sovereignty", "territory", "integrity", "independence", "security", "interest",
              "right", "border", "airspace", "water", "people", "citizen", "law", "constitution"}
# Nouns of "in X of/against/with Y" phrases that name whom an act answers or is aimed at.
STANCE_NOUNS = {"defiance", "protest", "solidarity", "retaliation", "response", "opposition",
                "support", "reprisal", "revenge", "honour", "honor", "memory", "defence", "defense"}
# Dealings an act can come out of, whose other side it is aimed at: "agreed to withdraw after
# talks with X", "declared a ceasefire after days of fighting with X".
DEALING_NOUNS = {"talk", "talks", "negotiation", "negotiations", "deliberation", "deliberations",
                 "consultation", "consultations", "discussion", "discussions", "meeting",
                 "meetings", "fighting", "clash", "clashes", "battle", "battles", "war", "row",
                 "dispute", "standoff", "confrontation", "skirmishes"}
# What is offered or asked for: the clause of "an offer to hold talks with X" names its target.
PROPOSAL_NOUNS = {"offer", "invitation", "proposal", "plan", "call", "request", "demand",
                  "bid", "appeal", "ultimatum", "initiative", "suggestion"}
# The office of offices.tsv that envoys hold (ambassador, envoy, diplomat, consul ...).
ENVOY_OFFICE = "ambassador"
EXPULSION = "EXPEL"  # the predicate of envoys expelled
DEPLOYMENT = "DEPLOY"  # the predicate of forces sent or stationed somewhere
MOTION_PREPS = {"to", "toward", "towards"}  # where forces are sent, not where they are
CIVILIANS = "CVL"  # the sector of people who act as no body of a state
# People in a city a visit stands for its state by itself, whether or not the article names the
# state ("returned to Geneva for talks"); a smaller town of that name may be another country's.
VISITED_CITY = 100_000
LAWSUIT = "SUE"  # the predicate of cases brought before a court
COURT_DESCRIPTION = "the court"  # how the gazetteer describes a court (igos.tsv)
DEPARTURES = {"leave", "depart", "quit", "go"}  # what envoys told to do are expelled by
CONTINUATIONS = {"ahead", "on", "forward", "along"}  # "go ahead": no departure
# Verbs whose object may be a gerund the parser tags a noun ("continue mediating"; "won
# backing" is a noun)
ASPECT_VERBS = {"continue", "keep", "stop", "cease", "resume", "start", "begin", "finish", "quit"}
# Prepositions that say where an envoy serves: "its ambassador to Niger", "the envoy in
# Moscow", "recalled its diplomats from Kabul".
POSTING_PREPS = ("to", "in", "from")
# Dependencies of a participle that describes the noun it hangs on ("a deal brokered by X",
# "a US-brokered deal").
PARTICIPLE_DEPS = ("acl", "amod")
# The predicate a promise becomes when it is aimed against somebody.
THREAT = "THREATEN"
# Who makes a strike military (@forces of event_objects.tsv): states, armed groups, armies,
# rebels and unidentified gunmen; police, civilians and workers strike otherwise.
ARMED_TYPES = {"STATE", "ARMED_GROUP"}
ARMED_SECTORS = {"MIL", "REB", "UAF"}
# Verbs of addressing somebody, whom a demand coordinated with them is made of
ADDRESS_VERBS = {"tell", "call", "phone", "telephone", "write", "ring"}
# How a speaker names its own government without saying whose ("said the government would")
OWN_GOVERNMENT = {"the government", "government"}
# Whose arrival somewhere is a deployment, not a visit (@troops): a state's army or police
TROOP_SECTORS = {"MIL", "COP"}
# Prepositions that aim an act the lexicon does not know against somebody: "vowed to
# retaliate against X" ("on", "at" also place or time an act, so they are not here).
HOSTILE_PREPS = ("against",)
# What is taken on somebody ("take revenge on X") for something done ("for the strike")
REPRISALS = {"revenge", "vengeance", "retribution", "retaliation", "reprisal", "reprisals"}
# Verbs of taking it ("retaliate for the strike", "avenge the attack"): what for is the reason.
REPRISAL_VERBS = {"retaliate", "avenge"}
# Nouns an event noun names the kind of ("a peace mission", "a bombing campaign"): the
# phrase is that event, and its prepositions are the event's.
VEHICLE_NOUNS = {"effort", "efforts", "bid", "mission", "initiative", "campaign", "drive",
                 "attempt", "process", "package", "packages"}
# Talks and deals a text refers back to once it has reported them ("X and Y held talks ... Y
# suspended the talks"), with the words that make the noun refer back rather than introduce.
RECALLED_DEALINGS = {"talks", "negotiations", "dialogue", "deal", "agreement", "accord", "pact",
                     "truce", "ceasefire", "treaty", "meeting", "summit", "ceremony", "signing"}
DEFINITE_WORDS = {"the", "this", "these", "that", "those", "their"}
RECALLED = "recalled"  # the rule suffix of an event aimed at the other side of such talks
HOST = "HOST"  # receiving a visitor; hosting talks between others is mediating them
RELEASE = "RELEASE"  # setting people or property free: the freed are its target, nobody else's
VISIT = "VISIT"  # "X, on a visit to Y, said": a visit whatever the clause's own act
# "Y and Z agreed to a truce after talks hosted by X", "agreed ..., in a deal brokered by X":
# what the talks came to, or the deal they were made in
OUTCOME_PREPS = ("after", "following", "at", "in")
# "X said after meeting Y", "after talks with Y, X said", "during his visit to Y": what the
# clause's subject had done, or was doing, when it acted; "before" and "ahead of" name acts
# still to come, which may not happen
SEQUEL_PREPS = ("after", "following", "during", "upon", "on")
# "after meeting Y", "retaliated by attacking Y", "hours before announcing X" (as done or meant
# as the act it came before); "on meeting" may ask for it
SEQUEL_VERB_PREPS = ("after", "following", "upon", "by", "before")
# Where an attack named as a subject struck: "air strikes hit targets in Kabul"
STRUCK_PREPS = ("in", "on", "at", "across", "near")
# Parts of an occasion: "at the end of the visit", "on the sidelines of the summit"
OCCASION_EDGES = {"end", "start", "beginning", "close", "sidelines", "margins", "eve", "middle"}
# How long or how many times an act went on: "two days of talks", "a round of talks"
SPELL_NOUNS = {"day", "week", "month", "hour", "year", "round", "series", "spate", "wave"}
# "the first leader to visit X": the one who did it, among others who did not
SINGLING_WORDS = {"first", "only", "last", "second", "third", "latest"}
MEDIATED_PREPS = ("between", "with")  # whom a mediator brings together
# attacks, whichever of the two the sides made them
VIOLENT = frozenset(name for name, row in CATEGORY.items() if "violent" in row.traits)
# An act a noun names with one of these is only a possible one ("any attack on X by Y").
UNREAL_DETERMINERS = {"any"}
# Words on a deed judged that say it was not done: "condemned the planned strikes".
UNDONE_MODIFIERS = UNREAL_DETERMINERS | {"planned", "proposed", "possible", "threatened",
                                         "potential", "future"}
# Verbs that say the meeting or truce a noun names did not take place, or not yet: "the summit
# between X and Y was cancelled", "postponed the X-Y talks".
UNDOING_VERBS = {"cancel", "postpone", "delay", "scrap", "shelve", "defer", "suspend"}
# A verb that only proposes, plans or asks for what its object noun names ("proposed a meeting
# between X and Y"): the noun's act was not done, and its sides did not mean it.
UNDONE_CUES = frozenset({"intend", "require", "possible", "question", "attempt"})
# Nouns that sum up the clause they are set against: "X expelled the envoys, a move that drew
# protests from Y" (the move is X's expelling).
SUMMING_NOUNS = {"move", "step", "decision", "action", "measure", "announcement", "gesture",
                 "shift"}
# What a definite "the move" or "the decision" refers back to, when the sentence or one of the
# two before reported it ("X closed the border. Y condemned the move"): steps, not words.
MOVE_CATEGORIES = frozenset(name for name, row in CATEGORY.items() if "move" in row.traits)
# Taking captives or freeing them: what "demanded their release" answers
CAPTIVE_CATEGORIES = frozenset(name for name, row in CATEGORY.items()
                               if "captive" in row.traits)


@dataclass
class Event:
    """One event found in a sentence, before it becomes Relation records."""

    predicate: str
    subjects: list[Mention]
    objects: list[Mention]
    anchor: Token
    rule: str
    category: str | None = None
    cameo: str | None = None
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Actor | None = None
    reciprocal: bool = False
    clause: list[Token] = field(default_factory=list)


@dataclass
class _Context:
    effects: set[str]
    negated: bool
    speaker: list[Mention]
    threatened: bool
    conditional: bool
    warned: bool = False  # what a warning foretells: "warned that X would ..."
    promised: bool = False  # what a pledge undertakes: "pledged that X would ..."


class Dealings:
    """The talks, deals and truces a text has reported so far, by their two sides: what a
    later "the talks" or "the truce" refers back to. In "X and Y held talks ... X suspended
    the talks", the suspension is aimed at Y, the side of the talks X is not on. Also the
    demands reported so far, which a later refusal answers.
    """

    def __init__(self) -> None:
        self._sides: list[tuple[Actor, Actor]] = []
        self._demands: list[tuple[list[Actor], list[Actor]]] = []
        # category, doers, sentence (its first token), word and its token of each event, and
        # its predicate (a praise is words only, a lawsuit a step in a category of words)
        self._acts: list[tuple[str, list[Actor], int, Token, str]] = []
        # Accusations, by who made them, whom they were aimed at and the sentence's start.
        self._charges: list[tuple[list[Actor], list[Actor], int]] = []

    def record(self, event: Event) -> None:
        """Remember the sides of ``event`` if it is a dealing that happened or was agreed, and
        who demanded what of whom."""
        if event.category == "DEMAND" and event.objects:
            self._demands.append(([m.actor for m in event.subjects],
                                  [m.actor for m in event.objects]))
        if event.category is None or not PREDICATES[event.predicate].dealing:
            return
        if event.objects:
            pairs = [(s, o) for s in event.subjects for o in event.objects]
        else:
            # "Russian and Ukrainian delegations met": two actors of one phrase are two sides
            pairs = [(a, b) for i, a in enumerate(event.subjects) for b in event.subjects[i + 1:]]
        self._sides.extend((a.actor, b.actor) for a, b in pairs if a.actor.id != b.actor.id)

    def other_side(self, subjects: list[Mention]) -> list[Actor]:
        """The other side of the latest dealing all of ``subjects`` were a side of."""
        for first, second in reversed(self._sides):
            for own, other in ((first, second), (second, first)):
                if subjects and all(_same_side(s.actor, own) for s in subjects) and not any(
                        _same_side(s.actor, other) for s in subjects):
                    return [other]
        return []

    def record_act(self, event: Event) -> None:
        """Remember who did ``event``, once its category is settled, whether or not it named
        whom it was aimed at ("X struck a boat ... Y denounced the strike")."""
        doers = [m.actor for m in event.subjects if not is_generic(m.actor)]
        if event.category == "AGREE" and not event.objects and len(doers) < 2:
            return  # "vowed to respond", "promised a response": a promise to nobody named
        if event.category is not None and doers and not event.negated:
            # "drones entered the airspace ... Y dismissed the accusations": nobody named did it
            self._acts.append((event.category, doers, event.anchor.sent.start, event.anchor,
                               event.predicate))
        if event.category == "DISAPPROVE" and doers and event.objects and not event.negated:
            self._charges.append((doers, [m.actor for m in event.objects],
                                  event.anchor.sent.start))

    def accusers(self, accused: list[Mention], since: int) -> list[Actor]:
        """Who made the latest charge against all of ``accused``, from the sentence starting
        at token ``since`` on: whom "Y denied taking sides" answers."""
        for sources, targets, start in reversed(self._charges):
            if start < since:
                break
            if accused and all(any(_same_side(a.actor, t) for t in targets) for a in accused):
                return [s for s in sources if not any(_same_side(a.actor, s) for a in accused)]
        return []

    def latest(self) -> list[Actor]:
        """The two sides of the latest dealing reported."""
        return list(self._sides[-1]) if self._sides else []

    def doers(self, categories: Collection[str], reactors: list[Mention], since: int = 0,
              word: str | None = None, *, steps: bool = False,
              aside: Collection[int] = ()) -> list[Actor]:
        """Who did the latest act of one of ``categories`` reported so far, from the sentence
        starting at token ``since`` on, other than ``reactors``: whom "condemned the strikes"
        or "rejected the accusations" is aimed at. With ``word``, only an act that verb or
        noun reported ("the decision to expel the envoys": the expelling); with ``steps``,
        only an act done, not said ("the decision" is no praise); never one told at a token
        of ``aside`` (the reactors' own phrase: "X, which is backed by Y, called the decision
        a betrayal")."""
        for category, subjects, start, anchor, predicate in reversed(self._acts):
            if start < since:
                break
            done = PREDICATES[predicate]
            # a lawsuit is a step in a category of words ("filed a case ... welcomed the move")
            if (category in categories or (steps and done.step)) and word in (
                    None, anchor.lemma_) and not (steps and done.words) and anchor.i not in aside:
                others = [a for a in subjects
                          if not any(_same_side(r.actor, a) for r in reactors)]
                if others:
                    return others
        return []

    def demanders(self, subjects: list[Mention]) -> list[Actor]:
        """Who made the latest demand of all of ``subjects``: whom their refusal answers ("Y
        demanded that X retract the remarks. X refused to withdraw them")."""
        for sources, targets in reversed(self._demands):
            if subjects and all(any(_same_side(s.actor, t) for t in targets) for s in subjects):
                return [a for a in sources
                        if not any(_same_side(s.actor, a) for s in subjects)]
        return []


def _same_side(actor: Actor, side: Actor) -> bool:
    """Whether ``actor`` is ``side`` or acts for it, either way round: a state's leader,
    government or army is the state's side of its talks; its rebels or opposition are not."""
    if actor.id == side.id:
        return True
    state, other = (side, actor) if side.type == "STATE" else (actor, side)
    return (state.type == "STATE" and other.country == state.country
            and other.sector in STATE_SECTORS)


def _one_side(doers: list[Mention], index: ActorIndex) -> bool:
    """Whether ``doers`` all act for one side: officials of one government, or a state and
    its bodies."""
    sides = [(index.government_of(m.actor) if m.actor.type == "PERSON" else None) or m.actor
             for m in doers]
    return all(_same_side(side, sides[0]) for side in sides[1:])


def _is_commanded(actor: Actor, state: Actor) -> bool:
    """Whether ``actor`` is ``state`` or a body of it under its government's command."""
    return actor.id == state.id or (actor.country == state.country
                                    and actor.sector in COMMANDED_SECTORS)


def find_events(sent: Span, index: ActorIndex, lex: Lexicon,
                starts: Sequence[int] | None = None,
                dealings: Dealings | None = None) -> Iterator[Event]:
    """Every event in one sentence.

    ``starts``, the :func:`event_starts` of the sentence's Doc, spares looking at the
    tokens that cannot start one; the events are the same with or without it. ``dealings``,
    kept over the sentences of a text, lets "the talks" name the sides of talks reported
    before.
    """
    if starts is None:
        tokens: Iterator[Token] = iter(sent)
    else:
        doc = sent.doc
        tokens = (doc[i] for i in
                  starts[bisect_left(starts, sent.start):bisect_left(starts, sent.end)])
    for token in tokens:
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.dep_ == "ROOT") or (
                _is_gerund_as_noun(token)):
            event = _verb_event(token, index, lex, dealings)
            if event is None:
                yield from _obligation(token, index, lex)
        elif token.pos_ in ("NOUN", "PROPN"):
            event = _noun_event(token, index, lex) or _spoken_label(token, index, lex, dealings)
            if event is not None and dealings is not None:
                event = _judged_back(event, token, index, dealings)
        elif token.pos_ == "ADJ" and token.dep_ == "acomp":
            # "X said the sanctions were illegal"
            event = _spoken_label(token, index, lex, dealings)
        else:
            continue
        if event is None:
            continue
        visit = _met_on_their_ground(event, index)
        for finished in _finish(event, index, lex, dealings):
            if dealings is not None:
                dealings.record(finished)
            yield finished
        if visit is not None:
            yield from _finish(visit, index, lex, dealings)
        if dealings is not None:
            dealings.record_act(event)


# Words judged by event_starts before it forgets them, so that a long run stays bounded.
_STARTS_CACHE_MAX = 1 << 20
# The ids event_starts compares the Doc's arrays with (the same in every vocabulary).
_ROOT, _MODAL, _AUX = get_string_id("ROOT"), get_string_id("MD"), get_string_id("aux")
_XCOMP, _DOBJ, _NN = get_string_id("xcomp"), get_string_id("dobj"), get_string_id("NN")
_ACOMP = get_string_id("acomp")


def event_starts(doc: Doc, lex: Lexicon) -> list[int]:
    """Indices of the tokens of ``doc`` at which :func:`find_events` may find an event.

    A verb (or a root adjective) may start one if a lexicon verb entry begins with one of
    its lemma candidates, or if a modal of obligation hangs off it ("X must withdraw"); a
    noun if it is an event noun. Read from the Doc's arrays, with each (lemma, form) judged
    once: most tokens of a text are neither, and making a Token of each costs more than
    the rules do on the few that are.
    """
    if not len(doc):
        return []
    strings = doc.vocab.strings
    array = doc.to_array([POS, DEP, TAG, LEMMA, LOWER])
    pos, dep = array[:, 0], array[:, 1]
    # Comparisons, not numpy.isin: its set-up costs more than a sentence's worth of tokens.
    verbal = (pos == VERB) | (pos == AUX) | ((pos == ADJ) & (dep == _ROOT))
    # a noun, or an adjective said of something ("the sanctions were illegal"): labels
    nominal = (pos == NOUN) | (pos == PROPN) | ((pos == ADJ) & (dep == _ACOMP))
    cache = lex.starts_cache
    if len(cache) > _STARTS_CACHE_MAX:
        cache.clear()
    starts = set()
    where = numpy.flatnonzero(verbal | nominal)
    # Python ints, not numpy scalars: indexing an array one element at a time is slow.
    for i, key in zip(where.tolist(), zip(nominal[where].tolist(), array[where, 3].tolist(),
                                          array[where, 4].tolist())):
        may = cache.get(key)
        if may is None:
            noun, lemma, lower = key[0], strings[key[1]], strings[key[2]]
            may = cache[key] = (lex.may_be_noun(lemma, lower) if noun
                                else lex.may_be_verb_form(lemma, lower))
        if may:
            starts.add(i)
    # "will continue mediating": a gerund tagged a noun yet hung as a complement is a verb
    gerunds = (pos == NOUN) & ((dep == _XCOMP) | (dep == _DOBJ)) & (array[:, 2] == _NN)
    for i in numpy.flatnonzero(gerunds).tolist():
        lower = strings[int(array[i, 4])]
        if lower.endswith("ing") and _is_gerund_as_noun(doc[i]) and lex.may_be_verb_form(
                strings[int(array[i, 3])], lower):
            starts.add(i)
    # "X must act", said by someone: _obligation looks at the verb a modal hangs off.
    modals = numpy.flatnonzero((array[:, 2] == _MODAL) & (dep == _AUX))
    if len(modals):
        heads = doc.to_array(HEAD).astype("int64")
        for i in modals.tolist():
            head = i + int(heads[i])
            if pos[head] == VERB and "require" in lex.cues.get(strings[int(array[i, 4])], ()):
                starts.add(head)
    return sorted(starts)


def _obligation(verb: Token, index: ActorIndex, lex: Lexicon) -> Iterator[Event]:
    """"X said Y must act": whatever the act (lexicon verbs go through _finish), the speaker
    demands it of Y (CAMEO 10)."""
    if verb.pos_ != "VERB" or verb.dep_ not in CLAUSE_DEPS or not any(
            c.dep_ == "aux" and c.tag_ == "MD" and "require" in lex.cues.get(c.lower_, ())
            for c in verb.children):
        return
    ctx = _context(verb, index, lex)
    subjects, passive = _subjects(verb, index)
    subjects = _demanded_of(ctx.speaker, subjects, index)
    if ctx.speaker and subjects and not passive and not ctx.negated and not _of_own_side(verb):
        yield Event("DEMAND", ctx.speaker, subjects, verb, "speech.demand", category="DEMAND",
                    cameo="100", clause=_clause(verb))


def _demanded_of(speakers: list[Mention], subjects: list[Mention],
                 index: ActorIndex) -> list[Mention]:
    """Of whom "X said Y must act" demands it: Y, unless Y is or includes X's own side ("Trump
    said the United States should take over X", "Li said the two countries should manage
    their differences": a plan of X's side, or an aim shared with the other)."""
    sides = _own_sides(speakers, index)
    own = [m for m in subjects if any(_same_side(m.actor, s) for s in sides)]
    return [] if own else subjects


def _own_sides(speakers: list[Mention], index: ActorIndex) -> list[Actor]:
    """The speakers, the governments they serve and the bodies the article says they hold an
    office of: "Kallas warned that the EU could suspend funds" is the EU's own warning."""
    people = [s.actor for s in speakers if s.actor.type == "PERSON"]
    return [s.actor for s in speakers] + [
        g for a in people for g in [index.government_of(a)] if g is not None] + [
        role.organisation.actor for role in index.roles
        if any(role.person.actor.id == a.id for a in people)]


def _speakers_government(mention: Mention, speakers: list[Mention], index: ActorIndex
                         ) -> Mention:
    """"Mahama's office said the government would cut ties": a government its speaker does
    not say whose is the speaker's own, when the speaker is of one state."""
    if not (is_generic(mention.actor) and mention.actor.sector == "GOV"
            and mention.text.lower() in OWN_GOVERNMENT):
        return mention
    states = {a.country for a in _own_sides(speakers, index) if a.country}
    state = index.gazetteer.states.get(states.pop()) if len(states) == 1 else None
    return mention if state is None else Mention(state, mention.text, mention.start, mention.end)


def _event_word(verb: Token, lex: Lexicon, *, undecided: bool = False
                ) -> tuple[EventWord | None, Token | None]:
    """The lexicon entry of ``verb`` and the particle or preposition that chose it. An entry
    whose sense only its object decides ("described X as ...") is kept for ``undecided``
    callers, who go on to :func:`_by_object`, and is no event for the others."""
    word, particle = _entry(verb, lex)
    if word is not None and word.predicate == NO_EVENT and not undecided:
        return None, None
    return word, particle


def _entry(verb: Token, lex: Lexicon) -> tuple[EventWord | None, Token | None]:
    if not lex.may_be_verb(verb):
        return None, None  # most verbs of a text: no entry starts with any form of them
    for child in verb.children:
        if child.dep_ == "prep" and _says_when(child):
            continue  # "called Mexico on Tuesday" is no "call on"
        if child.dep_ in PHRASAL_DEPS:
            for lemma in lemma_candidates(verb):
                word = lex.verbs.get(f"{lemma} {child.lower_}")
                if word is not None and not (word.object == "none" and any(
                        c.dep_ in OBJECT_DEPS and c.i != child.i for c in verb.children)):
                    return word, child
        elif child.dep_ in ("advcl", "ccomp") and (mark := _asked_of(child)) is not None:
            # "called for X to withdraw": the entry "call for", aimed at X
            for lemma in lemma_candidates(verb):
                word = lex.verbs.get(f"{lemma} {mark.lower_}")
                if word is not None and mark.lower_ in word.target:
                    return word, mark
        elif child.dep_ in RESULT_DEPS and child.i > verb.i and not any(
                c.dep_ in ("mark", "nsubj") for c in child.children):
            # "will keep its border with X closed": the state the object is kept in, parsed
            # as a clause of its own (entries "keep closed", ...)
            for lemma in lemma_candidates(verb):
                word = lex.verbs.get(f"{lemma} {child.lower_}")
                if word is not None:
                    return word, None
        elif child.dep_ == "xcomp" and _is_object_control(verb) and _is_infinitive(child):
            # "ordered X to appear": the entry "order to" (a bare "ordered an inquiry" is light);
            # an infinitive, not a quotation the parser hung there ("told MPs: 'we will ...'")
            for lemma in lemma_candidates(verb):
                word = lex.verbs.get(f"{lemma} to")
                if word is not None:
                    return word, child
    return lex.verb(verb), None


def _asked_of(clause: Token) -> Token | None:
    """The "for" of a "for X to do" clause ("called for X to withdraw"), if it is one."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    return mark if mark is not None and _is_infinitive(clause) else None


def _is_gerund_as_noun(token: Token) -> bool:
    """A gerund the parser tagged a noun yet hung as a verb's complement, or as the bare object
    of a verb of aspect ("will continue mediating between X and Y"): a verb."""
    return token.tag_ == "NN" and token.lower_.endswith("ing") and (
        token.dep_ == "xcomp" or (token.dep_ == "dobj" and token.head.lemma_ in ASPECT_VERBS)
    ) and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children)


def _says_when(prep: Token) -> bool:
    """A preposition whose objects are all dates or times ("on Tuesday", "in March")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _verb_event(verb: Token, index: ActorIndex, lex: Lexicon,
                dealings: Dealings | None = None) -> Event | None:
    word, particle = _event_word(verb, lex, undecided=True)
    if word is None:
        return None
    subjects, passive = _subjects(verb, index)
    if verb.dep_ in PARTICIPLE_DEPS and word.predicate in (HOST, MEDIATE):
        return _mediation(verb, index, dealings)
    if passive and word.predicate in (HOST, MEDIATE):
        held = [c for c in verb.children if c.dep_ in PASSIVE_DEPS]
        if held and _is_dealing(held[0], index.lex):
            # "The talks were hosted by X": as "the talks, hosted by X"
            return _mediation(verb, index, dealings, noun=held[0])
    if _hands_over(verb, lex, index):
        # "agreed to withdraw from X": the inner verb carries the event; "denied supplying
        # arms", right after being accused of it, also answers the accuser
        return _denied_charge(verb, subjects, index, dealings)
    named, label = _named_as(word, verb, lex, particle)
    # "called the rebels terrorists" parsed as one noun: naming, not a call
    run_on = named is word and _label_run_on(word, verb, lex)
    entry = word
    word = named if named is not word else _by_object(word, verb, lex, index, particle)
    if word.predicate == NO_EVENT:
        return None  # "mobilised its supporters": no show of force
    if word.predicate == DEPLOYMENT and verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
            c.ent_type_ in ("DATE", "TIME") or (c.dep_ == "prep" and _says_when(c))
            for c in verb.children):
        return None  # "the troops stationed in X": where forces are, no deployment reported
    if PREDICATES[word.predicate].category == "DEMAND" and any(
            c.dep_ == "xcomp" and _is_departure(c) for c in verb.children) and any(
            _is_envoy(c, index) for c in verb.children if c.dep_ in OBJECT_DEPS):
        # "ordered six Togolese diplomats to leave", "asked Togo's envoy to leave": envoys told
        # to go are expelled (CAMEO 166), whether the verb has an entry of its own with "to"
        word = EventWord(word.lemma, EXPULSION, word.target, word.object)
    if subjects and not passive and not PREDICATES[word.predicate].symmetric:
        # "X recognised Y together with Z", "X, along with Z, condemned Y": Z did it too ("X
        # and Y signed alongside Z" may have Z look on)
        subjects += [m for m in _companions(verb, index)
                     if all(m.actor.id != s.actor.id for s in subjects)]
    if word.object == "required" and not any(c.dep_ in OBJECT_DEPS | PASSIVE_DEPS
                                             for c in verb.children):
        return None  # "exports dropped", "dropped out of the race": nothing dropped
    if PREDICATES[word.predicate].category == "CONSULT" and any(
            c.dep_ in SUBJECT_DEPS and lex.kind(c) in CRAFT_KINDS for c in verb.children):
        return None  # "a Chinese fighter flew near a Japanese plane": craft make no visits
    if _names_object(verb) and not _has(PREDICATES[word.predicate].category, "judgement"):
        return None  # "called Blair a liar": an object predicate makes the verb one of naming
    if run_on:
        return None
    objects, nested = _verb_objects(verb, word, particle, passive, index)
    if word.predicate == LAWSUIT and not objects and particle is not None and (
            particle.dep_ == "prep"):
        return None  # "would take the case to the ICJ": against whom, the case does not say
    if word.predicate == EXPULSION:
        # "expelled Togo's ambassador Kofi Abalo": the envoy and the state he speaks for
        objects += [m for m in _envoys_states(verb, index)
                    if all(m.actor.id != o.actor.id for o in objects)]
    if label is not None and not objects and not any(c.dep_ in OBJECT_DEPS
                                                     for c in verb.children):
        # "called Togo arrogant", "calling the Togolese government brutal": the parser may
        # hang the one named on the label, as a compound before it
        labels = _labels(verb, particle)
        for lab in labels:
            # (or as a modifier of it, "called Xi a dictator" parsed "[Xi] a dictator", or as
            # a label of its own before the label: "called [Gnassingbe] [a dictator]")
            hung = [c for c in lab.children if c.dep_ in ("compound", "nmod") and c.i < lab.i]
            # (or a deed with its doer: "called [Togo's accusations] [baseless]")
            named = [lab] if (lab.pos_ == "PROPN" or any(c.dep_ == "poss" for c in lab.children)
                              ) and any(o.i > lab.i for o in labels) else []
            objects += [m for m in _mentions(hung + named, index) + (
                index.resolve(lab) if hung else []) if not _is_generic(m)
                and (m.start < lab.idx or named)][:1]
    # "condemned the strike as a Togolese crime": a judgement with a label of its own
    judged_as = None if label is not None or not _has(
        PREDICATES[word.predicate].category, "judgement") else next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if (label is not None or judged_as is not None) and all(_is_generic(m) for m in objects):
        # "called the shelling an act of aggression by the regime in Lome": the one the label
        # says did it
        objects = _label_agents(verb, judged_as or particle, index) or objects
    if label in DEED_LABEL_KINDS and any(c.dep_ in OBJECT_DEPS and c.lower_ in DEED_PRONOUNS
                                         for c in verb.children):
        objects = []  # "called it a historic step": "it" is the deed, not an actor named before
    if "assist" in lex.cues_of(verb) and not any(c.dep_ in OBJECT_DEPS for c in verb.children) \
            and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and not any(
                g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children):
        return None  # "helped secure X's agreement": the act helped with is the event, if any
    aside, judged = _aside(verb, word, lex)
    objects = [m for m in objects if not any(m.start in r for r in aside)
               or any(m.start in r for r in judged)]
    if word.predicate == MEDIATE:
        # "hosted talks between X and Y": whom one mediates between, never what about
        # ("hosted the talks on Syria", "the meeting on Palestinian reform was hosted by X")
        held = OBJECT_DEPS | PASSIVE_DEPS if passive else OBJECT_DEPS
        holders = [verb, *(c for c in verb.children if c.dep_ in held)]
        objects = [m for h in holders for m in _targets(h, MEDIATED_PREPS, index)]
    if word is not entry and named is entry:
        # "X and Y will share intelligence": the word that chose the sense is what is done
        objects = [m for m in objects if not _chose_sense(m, entry, index)]
    if len(subjects) >= 2 and objects and all(
            m.actor.sector == CIVILIANS and m.actor.country and any(
                s.actor.id != m.actor.id and s.actor.country == m.actor.country for s in subjects)
            for m in objects):
        # "X and Y agreed to an exchange of X's hostages": the two agreed with each other;
        # the people of one of them are what the deal is about
        objects = []
    if len(subjects) >= 2 and not objects and PREDICATES[word.predicate].symmetric and (
            _party_to_a_deal_named_before(verb)):
        return None
    rule = "verb.passive" if passive else "verb"
    # "called the agreement a milestone", said by a side of it, praises no other side
    if not objects and not passive and dealings is not None and label != ACCLAIM:
        recalled = _recalled_dealing(verb, word, index)
        if recalled is not None and word.predicate in (HOST, MEDIATE) and all(
                _is_venue(s.actor) for s in subjects):
            recalled = None  # "the library, which hosted the meeting": where, not who
        if recalled is not None:
            # "Y suspended the talks": aimed at the other side of the talks reported before
            phrase = verb.doc[recalled.left_edge.i:recalled.i + 1]
            # "Z, who hosted the meeting": a mediator is between both sides of it
            sides = (dealings.latest() if word.predicate == MEDIATE
                     else dealings.other_side(subjects))
            if not sides and _has(PREDICATES[word.predicate].category, "judgement") and not any(
                    _same_side(o, a) for o in _own_sides(subjects, index)
                    for a in dealings.latest()):
                # "Z welcomed the agreement", "Z condemned the deal": a third party judges
                # both sides of it
                sides = _judged_sides(dealings, index)
            # (a side known only as "the opposition" is nobody in particular)
            objects = [Mention(actor, phrase.text, phrase.start_char, phrase.end_char)
                       for actor in sides if not is_generic(actor)
                       and not any(_same_side(s.actor, actor) for s in subjects)]
            rule += "." + RECALLED if objects else ""
    reacting = _has(PREDICATES[word.predicate].category, "reacts")
    summing = _summing_claim(verb, lex) if not objects and reacting else None
    if summing is not None:
        # "X accused Y of ..., a charge Y denied": aimed at X, whose words the charge sums up
        phrase = verb.doc[summing.left_edge.i:summing.i + 1]
        objects = [Mention(m.actor, phrase.text, phrase.start_char, phrase.end_char)
                   for m in _summed_up(summing, index) if not _is_generic(m)
                   and not any(_same_side(s.actor, m.actor) for s in subjects)]
        rule += "." + RECALLED if objects else ""
    if not objects and not passive and dealings is not None and reacting:
        act = _recalled_act(verb, word, index)
        if act is not None:
            # "X struck Y ... Z condemned the strikes": aimed at X, who struck; "X closed the
            # border. Z condemned the move": at X, whose act one of the two sentences before
            # reported
            # (nor whom the reaction calls wronged: "condemned the attack as a violation of
            # Iran's sovereignty" answers an attack on Iran)
            objects = _recalled_doers(act, subjects + _wronged(verb, index), index, dealings)
            rule += "." + RECALLED if objects else ""
    if not objects and not passive and PREDICATES[word.predicate].category == "DEMAND":
        # "told Y the attack was a crime and demanded an explanation", "wrote to Y and
        # demanded an apology": a demand naming nobody is made of whom its speaker addressed
        objects = _addressed_before(verb, index)
    if PREDICATES[word.predicate].category == SHOW_OF_FORCE and _in_support_of(verb, objects):
        # "deployed troops in support of X", "to help X": forces sent to X's side protect X
        # (CAMEO 074)
        word = EventWord(word.lemma, PROTECTION, word.target, word.object)
    if PREDICATES[word.predicate].category == "AGREE" and (not objects or nested) and (
            not passive):
        # "agreed to sell Ghana armoured vehicles": whom the act promised is done to, not
        # a deal between the ones who promise it
        own = _own_sides(subjects, index)
        done = [c for c in verb.children if c.dep_ == "xcomp" and _is_infinitive(c)]
        # "sell Ghana armoured vehicles": the parser may hang the receiver on the goods
        receivers = [g for c in done for g in c.children if g.dep_ == "dative" or (
            g.dep_ == "dobj" and (g.i in index.by_token or g.pos_ == "PROPN"))] + [
            m for c in done for g in c.children if g.dep_ == "dobj" for m in g.children
            if m.i == c.i + 1 and m.dep_ in ("nmod", "compound") and m.pos_ == "PROPN"]
        received = [m for m in _mentions(receivers, index)
                    if not _is_generic(m) and not any(_same_side(m.actor, o) for o in own)]
        if received:
            objects, nested = received, False
    if PREDICATES[word.predicate].category == "AGREE" and objects:
        against, opposed = _vowed_against(verb, index)
        if all(m.actor.id in against for m in objects):
            # "vowed to retaliate against X", "against X's tariffs": a promise aimed against
            # X is a threat to X
            word = EventWord(word.lemma, THREAT, word.target, word.object)
        elif all(m.actor.id in opposed for m in objects):
            return None  # "promised to vote against a plan proposed by X": no deal with X
    if word.object == "force" and not any(c.dep_ == "prt" for c in verb.children) and not any(
            m.actor.sector in FORCE_SECTORS for m in subjects + objects):
        return None  # "England beat France", "beat Scorsese to the award": a win, no beating
    if not passive:
        weapon = _violent_cause(verb, index, lex)
        if weapon is not None:  # "US drone strikes killed X": the strikes' event, by the US
            word, subjects = weapon
    if nested and len(subjects) >= 2 and PREDICATES[word.predicate].symmetric:
        objects = []  # "the two discussed a US-brokered ceasefire": the two talked to each other
    if len(subjects) >= 2 and all(_is_generic(m) for m in objects) and _is_mutual(verb, index):
        objects = []  # "X and Y each expelled two diplomats": each the other's
        reciprocal = True
    else:
        reciprocal = not objects and len(subjects) >= 2 and _is_shared_object(
            verb, PREDICATES[word.predicate].symmetric)
    return Event(word.predicate, subjects, objects, verb, rule, clause=_clause(verb),
                 reciprocal=reciprocal)


def _party_to_a_deal_named_before(verb: Token) -> bool:
    """"X and Y, which signed the deal, backed Z": a relative clause on the signers of a deal
    the text named before says they are parties to it (with others, maybe), no new deal of
    theirs with each other."""
    if verb.dep_ != "relcl" or not any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("WDT", "WP")
                                       for c in verb.children):
        return False
    deal = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return deal is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in deal.children) \
        and any(t.lemma_ == deal.lemma_ for t in verb.doc[:verb.sent.start])


def _denied_charge(verb: Token, subjects: list[Mention], index: ActorIndex,
                   dealings: Dealings | None) -> Event | None:
    """"X accused Y of arming rebels. Y denied taking sides": Y rejects X's charge (CAMEO 12),
    whatever Y says it did not do."""
    if dealings is None or "deny" not in index.lex.cues_of(verb):
        return None
    accusers = dealings.accusers(subjects, _sentence_before(verb))
    if not accusers:
        return None
    objects = [Mention(a, verb.text, verb.idx, verb.idx + len(verb)) for a in accusers]
    return Event("REJECT", subjects, objects, verb, "verb." + RECALLED, clause=_clause(verb))


def _companions(verb: Token, index: ActorIndex) -> list[Mention]:
    """Who acted with the subject, as a second doer: "together with Z", "along with Z",
    "alongside Z" (a bare "with Z" may be whom the act was with)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    joined = [p for p in preps if p.lower_ == "alongside"
              or (p.lower_ == "with" and any(a.lower_ == "together" for a in p.lefts))]
    joined += [g for p in preps if p.lower_ == "along" for g in p.children
               if g.dep_ == "prep" and g.lower_ == "with"]
    return [m for p in joined for m in _mentions([g for g in p.children if g.dep_ == "pobj"],
                                                  index) if not _is_generic(m)]


def _mediation(verb: Token, index: ActorIndex, dealings: Dealings | None,
               noun: Token | None = None) -> Event | None:
    """Talks or a truce "hosted by X", "brokered by X", "X-brokered" (or, as ``noun``, the
    subject of "were hosted by X"): X mediates between the talks' sides, named "between"
    them, as the subjects of the clause the talks are the object of ("Y and Z held talks
    hosted by X"), or, for "the talks" that refer back, those of the talks reported before."""
    noun = verb.head if noun is None else noun
    talks = index.lex.noun(noun)
    if talks is None or not PREDICATES[talks.predicate].dealing:
        return None  # "a plan backed by X", "a dinner hosted by X": no sides to bring together
    hosts = _mentions([g for c in verb.children if c.dep_ == "agent" for g in c.children
                       if g.dep_ == "pobj"], index) or _subjects(verb, index)[0]
    sides = _targets(noun, ("between",), index) or _targets(verb, ("between",), index)
    held = noun
    if held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.lemma_ in SPELL_NOUNS:
        held = held.head.head  # "held a new round of US-brokered talks"
    if not sides and held.dep_ in OBJECT_DEPS and _makes_parties(held.head, index.lex):
        sides = _subjects(held.head, index)[0]  # "Y and Z held talks hosted by X"
    if not sides and noun.dep_ == "pobj" and noun.head.lower_ in OUTCOME_PREPS:
        outcome = noun.head.head
        while outcome.dep_ == "xcomp" and outcome.head.i != outcome.i:
            outcome = outcome.head  # "agreed to reopen the border after talks": "agreed"
        if outcome.pos_ == "VERB" and _makes_parties(outcome, index.lex):
            sides = _subjects(outcome, index)[0]  # "Y and Z agreed ... after talks hosted by X"
    if not sides and dealings is not None and _recalls(
            noun, [t for c in noun.lefts for t in c.subtree], index):
        phrase = noun.doc[noun.left_edge.i:noun.i + 1]
        sides = [Mention(actor, phrase.text, phrase.start_char, phrase.end_char)
                 for actor in dealings.latest()]
    hosting = {m.actor.id for m in hosts}
    sides = [m for m in sides if m.actor.id not in hosting]
    return Event(MEDIATE, hosts, sides, verb, "verb.mediation", clause=_clause(verb))


def _aside(verb: Token, word: EventWord, lex: Lexicon) -> tuple[list[range], list[range]]:
    """Character ranges of the phrases of ``verb`` that name no target, and within them
    those of the owners of a deed, who are judged after all.

    - What an act aimed at a doer or judging a deed calls the deed: "condemned the
      deployment as a violation of U.N. resolutions", "dismissed the proposal as a trick to
      let Ukrainian forces regroup", "welcomed the deal as a step towards peace in Sudan";
      but "as evidence of NATO's militarisation" judges NATO (not "as a violation of X's
      sovereignty": what X has is no deed of X's), nor does "as a Togolese crime".
    - What the object is said to do: "accused the traders of freeloading on X's ports".
    """
    category = PREDICATES[word.predicate].category
    # the parser may hang "as" on the object ("welcomed the deal as a step towards ...")
    holders = [verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]
    labels = ([p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as"]
              if _has(category, "aimed_at_doer") or _has(category, "judgement") else [])
    aside = [_char_range(p) for p in labels]
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        aside += _gerund_phrases(verb)
    judged = [_char_range(t) for p in labels for t in p.subtree if (
        t.dep_ == "poss" and t.head.lemma_.lower() not in BELONGINGS) or (
        t.dep_ in ("amod", "compound") and lex.kind(t.head) == "@censure" and not _after_anti(t))]
    return aside, judged


def _gerund_phrases(token: Token) -> list[range]:
    """Character ranges of the "of" phrases of ``token`` that hold what someone did ("of
    freeloading", "of arming the rebels")."""
    return [_char_range(p) for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
            and any(g.dep_ in ("pobj", "pcomp") and (g.tag_ == "VBG" or g.lower_.endswith("ing"))
                    for g in p.children)]


def _is_dealing(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` names talks, a deal or a truce, which have sides."""
    talks = lex.noun(noun)
    return talks is not None and PREDICATES[talks.predicate].dealing


def _makes_parties(verb: Token, lex: Lexicon) -> bool:
    """Whether the subjects of ``verb`` are the parties of the talks or truce it takes:
    "held talks", "signed a truce", "agreed a ceasefire"; not "discussed a ceasefire"."""
    word, _ = _event_word(verb, lex)
    return "light" in lex.cues_of(verb) or (
        word is not None and PREDICATES[word.predicate].dealing and word.object != "topic")


def _places_as_sides(objects: list[Mention], subjects: list[Mention], index: ActorIndex,
                     *, violent: bool = False, visit: bool = False) -> list[Mention]:
    """Forces moved into, out of or near a city, or striking it, are moved against the state
    the city lies in ("withdrew from Kherson", "seized the city of Mosul", "shelled Kharkiv"),
    whether the model took the name for a place or, as it often does, for a person or a body
    nobody knows. A region keeps its own node ("withdrew from Gaza"). A name the model took
    for a place that no table knows is nobody's side; one it took for a person or a body
    stays as it was. A state's forces moving in their own state act on no other side, but a
    ``violent`` act on one of its own cities keeps the city ("stormed Grozny"). A ``visit``
    to a city is to its state only when the visitor's own state is known and the article
    names the state visited ("Zelenskiy visited an air base in Eindhoven", the Netherlands
    named) or the city is a large one ("returned to Geneva for talks"); a town of a campaign
    trail, or one GeoNames places in another country than the one meant, is nobody's side.
    """
    sides = []
    homes = {a.country or a.id for a in _own_sides(subjects, index)
             if a.type == "STATE"} if visit else set()
    for mention in objects:
        actor = mention.actor
        unknown = actor.type == "OTHER" or (
            actor.type in ("PERSON", "ORG") and " " not in actor.name
            and index.gazetteer.person(actor.name) is None)
        if unknown and not actor.country and not actor.sector:
            place = resolve_place(mention.text)
            if place is None and actor.type == "OTHER":
                continue
            span = index.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if place is not None and span is not None and span.root.dep_ == "poss":
                continue  # "suspended Slough's party branch": a town's own, not its state's
            if place is not None and place.feature == "city":
                state = index.gazetteer.states.get(place.country or "")
                if visit and (state is None or not homes or not (any(
                        m.actor.id == state.id for _, m in index.mentions)
                        or (city_population(mention.text) >= VISITED_CITY
                            and not mention.text.isupper()))):
                    continue  # (an acronym is no city: "return to the ERM")
                if state is None or any(_same_side(s.actor, state) for s in subjects):
                    if violent:
                        sides.append(mention)
                    continue  # a state's own army leaving its own town acts on no other side
                mention = Mention(state, mention.text, mention.start, mention.end)
        sides.append(mention)
    return sides


def _chose_sense(mention: Mention, entry: EventWord, index: ActorIndex) -> bool:
    """Whether ``mention`` is a common noun whose word chose the sense of ``entry`` in
    event_objects.tsv ("shared intelligence"): a thing acted on, not the group it also names."""
    if not _is_generic(mention):
        return False
    span = index.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(
        (event, lemma) in index.lex.objects for event in (entry.lemma, entry.predicate)
        for lemma in lemma_candidates(span.root))


def _is_venue(actor: Actor) -> bool:
    """Whether ``actor`` is a body of no known kind (a library, a hotel, a university): a
    place that hosts talks, not a side that brokers them."""
    return actor.type in ("ORG", "OTHER") and not actor.sector and not actor.country


def _recalled_dealing(verb: Token, word: EventWord, index: ActorIndex) -> Token | None:
    """The talks or deal ``verb`` acts on when the phrase only refers back to them ("scuttled
    the talks", "pulled out of the deal"): a definite dealing noun that names nobody."""
    for noun in _acted_on(verb, word, topics=False):
        if _recalls(noun, noun.subtree, index):
            return noun
        if noun.lower_ in ("it", "this"):
            # "X called the agreement historic, while Y welcomed it": "it" is the nearest
            # common noun before it (in its sentence or the one before), if that names talks
            # or a deal
            before = next((t for t in reversed(noun.doc[_sentence_before(noun):noun.i])
                           if t.pos_ == "NOUN" and t.i not in index.by_token
                           and t.dep_ not in NAMING_DEPS | {"attr"}), None)
            if before is not None and _is_dealing(before, index.lex):
                return before
    return None


def _acted_on(verb: Token, word: EventWord, *, topics: bool = True) -> list[Token]:
    """The nouns ``verb`` acts on: its objects (unless the entry makes them mere topics and
    ``topics`` is False) and the objects of its target prepositions."""
    nouns = ([] if word.object == "topic" and not topics
             else [c for c in verb.children if c.dep_ in OBJECT_DEPS])
    return nouns + [o for objects in _prep_objects(verb, word.target) for o in objects]


def _recalled_act(verb: Token, word: EventWord, index: ActorIndex) -> Token | None:
    """The act reported before that ``verb`` judges or answers, when its phrase only refers
    back to it ("condemned the strikes", "rejected the accusations", "called for a halt to
    the attacks", "welcomed the move"): a definite event noun, or a noun that sums up an act,
    that names nobody."""
    nouns = _acted_on(verb, word)
    nouns += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in (
        "to", "of") for g in c.children if g.dep_ == "pobj"]  # "an end to the attacks"
    for label in (c for c in verb.children if c.dep_ in NAMING_DEPS and not nouns):
        # "called the expulsion regrettable", parsed as one noun: the deed is its first part
        deed = next((c for c in label.children if c.dep_ == "compound"), None)
        if deed is not None and index.lex.noun(deed) is not None and _unnamed_definite(
                label, label.subtree, index, ("det",)):
            return deed
    if any(c.dep_ in OBJECT_DEPS and c.lower_ in DEED_PRONOUNS for c in verb.children):
        # "called it a bad decision", "described it as a wise move": "it" is the step the
        # label sums up, reported before
        particle = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"),
                        None)
        summed = next((label for label in _labels(verb, particle)
                       if label.lemma_ in SUMMING_NOUNS), None)
        if summed is not None:
            return summed
    return next((noun for noun in nouns if _is_recalled_act(noun, index)), None)


def _wronged(verb: Token, index: ActorIndex) -> list[Mention]:
    """Whose belongings a reaction says were wronged: "condemned the attack as a violation of
    Iran's sovereignty" (Iran)."""
    return [m for t in verb.subtree if t.lemma_ in BELONGINGS for c in t.children
            if c.dep_ == "poss" for m in index.resolve(c)]


def _recalled_doers(act: Token, reactors: list[Mention], index: ActorIndex,
                    dealings: Dealings) -> list[Mention]:
    """Who did the act reported before that the noun ``act`` refers back to, other than
    ``reactors``, as mentions spanning the noun's phrase."""
    done = index.lex.noun(act)
    # a release asked for or welcomed answers whoever took the captives, or freed them
    kinds = (CAPTIVE_CATEGORIES if done and done.predicate == RELEASE
             else _categories_of(done.predicate, index.lex) if done else MOVE_CATEGORIES)
    # "the decision to close the border": the closing, whenever it was reported
    content = next((c for c in act.children if c.dep_ == "acl" and c.pos_ == "VERB"
                    and any(a.lower_ == "to" for a in c.children)), None)
    # "the move" reaches back two sentences: a quote or a reaction may come between
    since = 0 if done or content is not None else _sentence_before(
        act.doc[_sentence_before(act)])
    told = content.lemma_ if content is not None else None
    phrase = act.doc[act.left_edge.i:act.i + 1]
    judging = next((t for t in act.ancestors if t.pos_ in ("VERB", "AUX")), None)
    aside = {t.i for c in (judging.children if judging is not None else ())
             if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return [Mention(actor, phrase.text, phrase.start_char, phrase.end_char)
            for actor in dealings.doers(kinds, reactors, since, told, steps=done is None,
                                        aside=aside)]


def _is_recalled_act(noun: Token, index: ActorIndex) -> bool:
    """Whether ``noun`` only refers back to an act reported before ("the strikes", "the
    move"): a definite event noun of an act with a doer, or a noun that sums one up, naming
    nobody."""
    done = index.lex.noun(noun)
    if done is not None:
        # talks and summits have sides, not doers: Dealings speaks for those
        acts = not PREDICATES[done.predicate].symmetric
    else:
        # "the European decision" says whose it is, though no actor is named in it
        acts = noun.lemma_ in SUMMING_NOUNS and not any(c.ent_type_ for c in noun.lefts)
    # "demanded their release": "their" are the captives, not who holds them
    owned = ("det", "poss") if done is not None and done.predicate == RELEASE else ("det",)
    return acts and _unnamed_definite(noun, noun.subtree, index, owned)


def _sentence_before(token: Token) -> int:
    """The first token of the sentence before ``token``'s (of its own, if it is the first)."""
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else 0


def _categories_of(predicate: str, lex: Lexicon) -> set[str]:
    """The categories an act named by ``predicate`` may have been coded as: its own, and both
    violent ones if it or a sense its sides give it is violent (event_objects.tsv: "the
    strikes" by an army were attacks)."""
    senses = {predicate} | {becomes for (event, _), becomes in lex.objects.items()
                            if event == predicate and becomes != NO_EVENT}
    categories = {PREDICATES[p].category for p in senses if p in PREDICATES}
    violent = bool(categories & VIOLENT)
    # "the expulsion": of diplomats a sanction, of a vessel or a person coercion; a sense of
    # another quad class ("struck a deal") is no act the noun recalls
    own = PREDICATES[predicate].category
    kin = {c for c in categories if c in CATEGORY and own in CATEGORY
           and CATEGORY[c].quad == CATEGORY[own].quad}
    return {own} | kin | (VIOLENT if violent else set())


def _judged_back(event: Event, noun: Token, index: ActorIndex, dealings: Dealings) -> Event:
    """A judgement named by a noun whose phrase only refers back to a deal or an act reported
    before ("voiced concern about the deal", "voiced concern over the strikes"), as the verb
    would be ("criticised the deal"): aimed at the deal's sides or the act's doers."""
    if event.objects or event.rule != "noun.light" or not _has(
            PREDICATES[event.predicate].category, "judgement"):
        return event
    for thing in (g for c in noun.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                  for g in c.children if g.dep_ == "pobj"):
        phrase = noun.doc[thing.left_edge.i:thing.i + 1]
        if _recalls(thing, thing.subtree, index):
            own = _own_sides(event.subjects, index)
            sides = _judged_sides(dealings, index)
            if any(_same_side(o, a) for o in own for a in sides):
                return event  # "X said it had concerns about the deal": a side of it
            aimed = [Mention(a, phrase.text, phrase.start_char, phrase.end_char) for a in sides]
        elif _is_recalled_act(thing, index):
            aimed = _recalled_doers(thing, event.subjects, index, dealings)
        else:
            continue
        if aimed:
            event.objects = aimed
            event.rule += "." + RECALLED
        return event
    return event


def _judged_sides(dealings: Dealings, index: ActorIndex) -> list[Actor]:
    """The sides a third party judges in judging the latest deal: the states its leaders made
    it for (the people a deal was about are no side of it)."""
    return [(index.government_of(a) if a.type == "PERSON" else None) or a
            for a in dealings.latest() if a.sector != CIVILIANS]


def _recalls(noun: Token, phrase: Iterable[Token], index: ActorIndex) -> bool:
    """Whether ``noun`` refers back to talks or a deal reported before ("the talks", "their
    deal")."""
    return noun.lower_ in RECALLED_DEALINGS and _unnamed_definite(noun, phrase, index)


def _unnamed_definite(noun: Token, phrase: Iterable[Token], index: ActorIndex,
                      deps: tuple[str, ...] = ("det", "poss")) -> bool:
    """Whether ``noun`` is definite ("the", "these", "their") with no actor named in
    ``phrase``, the words that would say whose: it refers back to something reported."""
    return any(c.dep_ in deps and c.lower_ in DEFINITE_WORDS for c in noun.children) and not any(
        t.i in index.by_token for t in phrase)


def _vowed_against(verb: Token, index: ActorIndex) -> tuple[set[str], set[str]]:
    """Who an act ``verb`` promises, one the lexicon does not know, is done against: those
    the "against" phrase names itself or as owner ("vowed to retaliate against X", "against
    X's tariffs", "to retaliate for X's strike"), and anybody named deeper in it ("a plan
    proposed by Y")."""
    named: set[str] = set()
    deeper: set[str] = set()
    for clause in verb.children:
        if clause.dep_ != "xcomp" or _event_word(clause, index.lex)[0] is not None:
            continue
        # "vowed to take revenge on X"; "vowed to retaliate for X's strike": on its doer
        reprisal = any(c.dep_ in OBJECT_DEPS and c.lemma_ in REPRISALS for c in clause.children)
        retaliating = clause.lemma_ in REPRISAL_VERBS
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in HOSTILE_PREPS + (
                    ("on",) if reprisal else ()) + (("for",) if retaliating else ()):
                continue
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                owners = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "poss")]
                named |= {m.actor.id for m in _mentions([noun, *owners], index)}
                deeper |= {m.actor.id for m in _first_in(noun, index)}
    return named, deeper


def _names_object(verb: Token) -> bool:
    """Whether ``verb`` says what its object is ("called X a liar"): an object and an object
    predicate both. The small model marks a lone object as one too ("called Putin on Monday")."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & NAMING_DEPS) and bool(deps & OBJECT_DEPS)


def _is_shared_object(verb: Token, symmetric: bool = True) -> bool:
    """"X and Y upgraded their ties", "restored bilateral relations", "restored diplomatic
    relations" (relations and ties are always between the two), "X and Y traded accusations"
    (what is traded goes both ways): an act between the two. "Their" makes the object shared
    only for an act two sides do together ("stepped up their cooperation"), not for one each
    does alone ("X and Y released their new consoles")."""
    if verb.lemma_ in MUTUAL_VERBS and any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return True
    return any(c.dep_ in OBJECT_DEPS and (c.lower_ in RELATION_NOUNS or any(
        (symmetric and m.dep_ == "poss" and m.lower_ == "their") or m.lower_ in SHARED_MODIFIERS
        for m in c.children)) for c in verb.children)


def _is_mutual(verb: Token, index: ActorIndex) -> bool:
    """Whether the sides that did the act did it to each other: "expelled each other's
    diplomats", "accused one another", "each accused the other"; and "X and Y each expelled
    two diplomats" (envoys expelled, recalled or summoned are the other side's)."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for obj in objects:
        words = [obj, *(c for c in obj.children if c.dep_ in ("poss", "det"))]
        words += [g for w in words for g in w.children if g.dep_ == "det"]
        lowers = {w.lower_ for w in words}
        if lowers & RECIPROCAL_WORDS and lowers & {"other", "another"}:
            return True
    floated = [c for s in (verb, *(c for c in verb.children if c.dep_ in SUBJECT_DEPS))
               for c in s.children if c.lower_ == "each" and c.dep_ != "det"]
    return bool(floated) and bool(objects) and all(_is_envoy(o, index) for o in objects)


def _violent_cause(verb: Token, index: ActorIndex, lex: Lexicon
                   ) -> tuple[EventWord, list[Mention]] | None:
    """An attack named as the subject of what it did ("Israeli air strikes killed ...")."""
    for cause in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        word = lex.noun(cause)
        if word is None or not _has(PREDICATES[word.predicate].category, "violent"):
            continue
        doers = [m for c in cause.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                 for m in index.resolve(c)]
        if doers:
            return word, doers
    return None


def _by_object(word: EventWord, verb: Token, lex: Lexicon, index: ActorIndex,
               particle: Token | None = None) -> EventWord:
    """The event as its object makes it: withdrawing inspectors is not withdrawing troops,
    and withdrawing from talks (the object of a target preposition) halts negotiations.

    The object's word decides first, then its kind: striking a deal agrees, striking a base
    attacks, and meeting a target is no meeting. For each key, a row for the verb entry
    itself ("strike") comes before a row for its predicate.
    """
    # the object of "set fire" is part of the entry, not what the act is done to
    direct = [c for c in verb.children if c.dep_ in OBJECT_DEPS | PASSIVE_DEPS and c != particle]
    if word.object == "topic":
        direct = []  # "discussed sanctions": what is talked about decides nothing
    # "hit X with tariffs": the object of the entry's own preposition is what the act is done with
    instrument = [g for g in particle.children if g.dep_ == "pobj"] if particle is not None and (
        particle.dep_ == "prep") else []
    for child in instrument + direct + [o for objects in _prep_objects(verb, word.target)
                                        for o in objects]:
        # "inspectors", "UN inspectors", "a team of inspectors"
        nouns = [child] + [c for c in child.children if c.dep_ == "compound"] + _of_objects(child)
        keys = [lemma for noun in nouns for lemma in lemma_candidates(noun)]
        # "met many of the demands": the kind of what the quantity counts
        keys += [k for noun in nouns[1:] for k in [lex.kind(noun)] if k and k not in LABEL_KINDS]
        keys += [k for k in _object_kinds(child, index, lex) if k not in LABEL_KINDS]
        for key in keys:  # the most specific key first, for the verb and then its predicate
            for event in (word.lemma, word.predicate):
                becomes = lex.objects.get((event, key))
                if becomes is not None:
                    return EventWord(word.lemma, becomes, word.target, word.object)
    return word


def _by_target(word: EventWord, noun: Token, index: ActorIndex) -> EventWord:
    """An event noun as the kind of whom it is aimed at makes it (the predicate's rows of
    event_objects.tsv): "its withdrawal from ECOWAS" cuts relations with the bloc, as
    withdrawing from it does; a withdrawal from a town is still a retreat."""
    for objects in _prep_objects(noun, word.target):
        for key in (k for child in objects for k in _object_kinds(child, index, index.lex)
                    if k not in LABEL_KINDS):
            becomes = index.lex.objects.get((word.predicate, key))
            if becomes is not None and becomes != NO_EVENT:
                return EventWord(word.lemma, becomes, word.target, word.object)
    return word


def _named_as(word: EventWord, verb: Token, lex: Lexicon, particle: Token | None
              ) -> tuple[EventWord, str | None]:
    """The event as what the object is called makes it: "called X a dictator" and "described
    X as a terrorist group" condemn X, "called X a true friend" praises X (object_kinds.tsv).
    The label or one of its modifiers is looked up, under the verb entry, then its predicate;
    with the event, the label's @kind (None when no label made it)."""
    for label in _labels(verb, particle):
        # "a reckless provocation", "an act of war": the label, its modifiers, what it is
        # an act of ("a victim of terrorism" is no terrorism)
        for noun in [label] + [c for c in label.children if c.dep_ in ("amod", "compound")
                               ] + (_of_objects(label) if label.lemma_ in ACT_LABELS else []):
            kind = lex.kind(noun)
            if kind not in LABEL_KINDS:
                continue
            for event in (word.lemma, word.predicate):
                becomes = lex.objects.get((event, kind))
                if becomes is not None:
                    return EventWord(word.lemma, becomes, word.target, word.object), kind
    return word, None


def _spoken_label(noun: Token, index: ActorIndex, lex: Lexicon,
                  dealings: Dealings | None = None) -> Event | None:
    """"X said Y is a puppet": the speaker judges Y as "X called Y a puppet" would; and "X said
    Y's sanctions were illegal" judges Y, whose deed they are, as "X said the sanctions were
    illegal" judges whoever imposed the sanctions reported before. Only in reported speech
    with a named speaker; the copula is the anchor, so "is not" negates."""
    be = noun.head
    if noun.dep_ not in ("attr", "acomp") or be.lemma_ != "be":
        return None
    # "an unfriendly act", "a historic step": the label or one of its modifiers, as for
    # "called X an unfriendly act" (:func:`_named_as`)
    kind = next((k for w in [noun] + [c for c in noun.children if c.dep_ in ("amod", "compound")]
                 + (_of_objects(noun) if noun.lemma_ in ACT_LABELS else [])
                 for k in [lex.kind(w)] if k in LABEL_KINDS), None)
    predicate = lex.objects.get((NAMING_ENTRY, kind)) if kind is not None else None
    reporting = _reporting_verb(be, lex)
    if predicate is None or reporting is None:
        return None
    speakers, passive = _subjects(reporting, index)
    if kind in DEED_LABEL_KINDS:
        deeds = [c for c in be.children if c.dep_ in SUBJECT_DEPS]
        named = [m for c in deeds for m in _deed_doers(c, index)]
        if not named and dealings is not None and not passive:
            named = [m for c in deeds if _is_recalled_act(c, index)
                     for m in _recalled_doers(c, speakers, index, dealings)]
    else:
        named, _ = _subjects(be, index)
    if passive or not speakers or not named:
        return None
    return Event(predicate, speakers, named, be, "speech.label", clause=_clause(be))


def _deed_doers(deed: Token, index: ActorIndex) -> list[Mention]:
    """Whose deed a noun names: a name or possessor on it ("Washington's sanctions", "the US
    tariffs"), else the agent of a participle on it ("the tariffs announced by Trump"). An
    actor named inside it otherwise ("the attack on Kyiv") is no doer."""
    found = [m for m in index.resolve(deed) if not _is_generic(m)]
    if found:
        return found
    # "the tariffs on steel imports announced by Trump": the parser hangs the participle on
    # the nearest noun; one that makes deeds ("announced", "imposed") makes this one
    makers = [c for c in deed.subtree if c.dep_ == "acl" and (
        c.head is deed or "light" in index.lex.cues_of(c))]
    agents = [g for c in makers for a in c.children
              if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return [m for m in _mentions(agents, index) if not _is_generic(m)]


def _labels(verb: Token, particle: Token | None) -> list[Token]:
    """What the object of ``verb`` is called: an object predicate ("called X a liar"), the
    object of "as" ("described X as a puppet"), a noun the small model hangs on the object
    as an apposition or adverb though no comma parts them ("called Zelensky a dictator",
    "called the strikes an act of aggression"), or an adjective it hangs on the object after
    it ("called X's remarks reckless") or on the object's last preposition ("called X's
    pressure on Y unacceptable")."""
    labels = [c for c in verb.children if c.dep_ in NAMING_DEPS]
    if particle is not None and particle.lower_ == "as":
        labels += [c for c in particle.children if c.dep_ == "pobj"]
    for obj in (c for c in verb.children if c.dep_ in OBJECT_DEPS):
        labels += [a for a in obj.children if a.dep_ in ("appos", "npadvmod") and a.i > obj.i
                   and not any(t.is_punct for t in obj.doc[obj.i + 1:a.i])
                   and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)]
        # "called X's remarks reckless": an adjective after its noun is said of it
        labels += [a for a in obj.children if a.dep_ == "amod" and a.i == obj.i + 1]
        # "called X's pressure on the island unacceptable": the model may take the adjective
        # that ends the object's phrase for the object of its last preposition
        last = obj.doc[obj.right_edge.i]
        if last.tag_ == "JJ" and last.dep_ == "pobj":
            labels.append(last)
    return labels


def _label_agents(verb: Token, particle: Token | None, index: ActorIndex) -> list[Mention]:
    """Who a label says did the deed it names: "an act of aggression by X", "a provocation by
    X", "an act of Togolese terrorism"."""
    for label in _labels(verb, particle):
        # not whom it is "anti-" ("called the accusations anti-Hungarian propaganda")
        named = [m for t in label.subtree if t.dep_ in ("amod", "compound", "poss")
                 and index.lex.kind(t.head) == "@censure" and not _after_anti(t)
                 for m in index.resolve(t) if not _is_generic(m)]
        if named:
            return named
        for prep in label.subtree:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ != "by":
                continue
            # "a provocation by the regime in Lome": the parser may hang the place on the
            # label, after the "by"
            doers = [m for g in prep.children if g.dep_ == "pobj"
                     for m in index.resolve(g) or _first_in(g, index)]
            doers = doers or [m for m in _first_in(label, index) if m.start > prep.idx]
            doers = [m for m in doers if not _is_generic(m)]
            if doers:
                return doers
    return []


def _after_anti(token: Token) -> bool:
    """Whether ``token`` follows "anti-" ("anti-Hungarian"): it names whom something is
    against, not who does it."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "anti"


def _label_run_on(word: EventWord, verb: Token, lex: Lexicon) -> bool:
    """Whether the object of a naming verb ("call", "brand") is a label run on to the named
    ("the rebels terrorists" parsed as one compound noun), so that the act cannot be read."""
    return any((word.lemma, kind) in lex.objects for kind in LABEL_KINDS) and any(c.dep_ in OBJECT_DEPS and any(d.dep_ == "compound" for d in c.children)
               and lex.kind(c) in LABEL_KINDS
               for c in verb.children)


def _object_kinds(noun: Token, index: ActorIndex, lex: Lexicon) -> list[str]:
    """The @kinds of an object, most specific first (see object_kinds.tsv)."""
    kinds = [kind for kind in [lex.kind(noun)] if kind]
    if lex.noun(noun) is not None:
        kinds.append("@event")  # "IMF support" names an act first, its actor second
    # "the BRICS group", "the ECOWAS bloc": the bloc its name before it names
    named = index.resolve(noun) or ([m for c in noun.children if c.dep_ == "compound"
                                     for m in index.resolve(c)] if noun.lemma_ in IGO_NOUNS
                                    else [])
    # (a bloc's own name the model tags a place is still its name: "joined BRICS"; a city
    # that is also a seat is a place: "left Brussels")
    entries = index.gazetteer.lookup(noun.text) if noun.ent_type_ in PLACE_LABELS else []
    if named and all(m.actor.type == "IGO" for m in named) and (
            noun.ent_type_ not in PLACE_LABELS or (entries and all(
                e.kind == "name" and e.actor.type == "IGO" for e in entries))) \
            and (noun.i in index.by_token or noun.lemma_ in IGO_NOUNS):
        # "left ECOWAS", "withdrew from the court"; not "left Brussels", "left a Brussels summit"
        courts = {e.actor.id for e in index.gazetteer.lookup(COURT_DESCRIPTION)}
        kinds += ["@court"] if any(m.actor.id in courts for m in named) else []
        kinds.append("@igo")
    if named:
        kinds.append("@actor")
    kinds.append("@any")
    return kinds


def _hands_over(verb: Token, lex: Lexicon, index: ActorIndex) -> bool:
    """A cue verb whose complement is an event with a target codes no event of its own.

    "agreed to withdraw from Lebanon" is one event, coded on "withdraw", and "helped support
    the Palestinians" one coded on "support"; "threatened to
    institute a curfew in Algiers" keeps "threatened", since the curfew has no target of its own.
    """
    cues = lex.cues_of(verb)
    if "deny" in cues and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True  # "denied supplying arms to X": no rejection of X
    if not cues & {"intend", "refuse", "attempt", "assist"}:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i:
            child = next((g for g in child.children if g.dep_ == "pcomp"), child)
        if child.dep_ not in ("xcomp", "pcomp"):
            continue
        word, particle = _event_word(child, lex)
        if word is not None and _foretells(verb, lex) and _by_object(
                word, child, lex, index, particle).predicate == NO_EVENT:
            word = None  # "threatened to bar X's troops from the force": a threat, no sanction
        # "threatened to expel diplomats unless X ...": an act on nobody in particular
        # leaves the threat its own, aimed at whoever must act
        if word is not None and not all(
                _is_generic(m) for m in _verb_objects(child, word, particle, False, index)[0]):
            return True
        noun = _light_noun(child, lex)
        if noun is not None:
            event = _noun_event(noun, index, lex)
            if event is not None and event.objects:
                return True
    return False


def _foretells(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is a threat or warning ("threatened to", "warned that")."""
    word = lex.verb(verb)
    return word is not None and word.predicate in PREDICATES and _has(
        PREDICATES[word.predicate].category, "foretells")


def _restates_object(slot: Token) -> bool:
    """Whether an object after a comma only says again what the verb's first object is ("would
    resume purchases of X, a key demand of Y"), as the parser hangs such an appositive: it is
    no second thing done, and the verb is no light verb of its noun."""
    return slot.dep_ == "dobj" and slot.left_edge.i > 0 and (
        slot.doc[slot.left_edge.i - 1].text == ",") and any(
        c.dep_ == "dobj" and c.i < slot.i for c in slot.head.children)


def _targets_told_before(noun: Token, word: EventWord, index: ActorIndex) -> list[Mention]:
    """Whom an act told just before was aimed at, when "the" act names nobody: "A drone attack
    on a U.S. outpost killed three soldiers. X claimed the attack" (on the United States)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            c.dep_ in ("prep", "poss") for c in noun.children):
        return []
    for told in reversed(noun.doc[_sentence_before(noun.doc[_sentence_before(noun)]):noun.i]):
        entry = index.lex.noun(told)
        if entry is not None and entry.predicate == word.predicate:
            found = [m for m in _targets(told, entry.target, index) if not _is_generic(m)]
            if found:
                return found
    return []


def _misparsed_receivers(noun: Token, verb: Token) -> list[Token]:
    """The receiver of "gave Togo aid", "handed Lome a missile system", which the parser may
    hang on the noun given as its compound (a name right after the verb of giving, with no
    determiner) or make the verb's particle."""
    return [c for c in verb.children if c.dep_ == "prt" and c.pos_ == "PROPN"] or [
        c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"
        and c.left_edge.i == verb.i + 1 and noun.i > c.i and not any(
            d.dep_ in ("det", "poss") for d in noun.children)]


def _light_noun(verb: Token, lex: Lexicon) -> Token | None:
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and lex.noun(child) is not None:
            return child
    return None


def _noun_event(noun: Token, index: ActorIndex, lex: Lexicon) -> Event | None:
    word = lex.noun(noun)
    if word is None:
        return None
    head = noun.head
    for lemma in lemma_candidates(head):  # "lodged a protest" is not a street protest
        word = lex.nouns.get(f"{lemma} {word.lemma}", word)
    word = _by_target(word, noun, index)
    shared = _their_own(noun, word, index)
    if shared:
        # "after their phone call, X and Y agreed": the call was between X and Y
        return Event(word.predicate, shared, [], noun, "noun.their", reciprocal=True,
                     clause=list(noun.subtree))
    relative = _relative_light_verb(noun, lex)
    if relative is not None:
        # "the sanctions (that) the EU imposed on Iran": the clause's subject imposed them
        subjects, _ = _subjects(relative, index)
        objects = _targets(relative, word.target, index) or _targets(noun, word.target, index)
        return Event(word.predicate, subjects, objects, relative, "noun.relative",
                     clause=_clause(relative))
    slot = noun
    while slot.dep_ == "conj" and slot.head.pos_ in ("NOUN", "PROPN") and (
            lex.noun(slot.head) is not None):
        # "responded with duties on X and an inquiry into Y", "imposed sanctions and travel
        # bans on X": a second act named beside the first stands where the first does
        slot = slot.head
        head = slot.head
    while slot.dep_ == "pobj" and (
            (_gives_example(head) and head.head.pos_ == "NOUN")
            or (head.lower_ == "of" and head.head.dep_ in OBJECT_DEPS)
            or (head.lower_ == "of" and head.head.lemma_ in SPELL_NOUNS)
            or (head.lower_ == "for" and head.head.lemma_ == "responsibility"
                and head.head.dep_ in OBJECT_DEPS)
            or (head.lower_ == "in" and head.head.dep_ in OBJECT_DEPS
                and _is_amount(head.head, index))):
        # "25,000 tons of food aid", "$50,000 worth of goods", "$2bn in loans"; "imposed
        # measures including duties on X", "a range of measures such as tariffs": the example
        # is what was done; "held two rounds of talks", "after two days of talks": the talks;
        # "claimed responsibility for the bombing": the bombing
        slot = head.head
        head = slot.head
    if noun.dep_ == "compound" and head.lower_ in VEHICLE_NOUNS:
        slot = head  # "began a mediation bid between X and Y"
        head = slot.head
    if slot.dep_ == "pobj" and head.lower_ == "with" and (head.head.lemma_ in RETORT_VERBS or (
            head.head.lemma_ == "hit" and any(c.lower_ == "back" for c in head.head.children))):
        # "retaliated with tariffs on X", "responded with sanctions": the answer is the act
        verb = head.head
        subjects, _ = _subjects(verb, index)
        objects = (_targets(noun, word.target, index) or _goods_origin(noun, verb, index)
                   or _targets(verb, word.target, index))
        return Event(word.predicate, subjects, objects, verb, "noun.light", clause=_clause(verb))
    if slot.dep_ in OBJECT_DEPS and head.pos_ == "VERB" and "elicit" in lex.cues_of(head):
        # "X's visit drew criticism from Y": Y criticised X; "X won Y's approval": Y approved
        # (of captives, "secured Y's release", the owner is who was freed)
        drawn = _targets(noun, ("from",), index) or _targets(head, ("from",), index) or (
            _mentions([c for c in noun.children if c.dep_ == "poss"], index)
            if not _has(PREDICATES[word.predicate].category, "captive") else [])
        if drawn:
            drawers = {d.actor.id for d in drawn}
            aimed = [m for m in _drawers(head, index) if m.actor.id not in drawers]
            return Event(word.predicate, drawn, aimed, head, "noun.elicited", clause=_clause(head))
    if slot.dep_ in OBJECT_DEPS | {"attr", "oprd"} and head.pos_ in ("VERB", "AUX") and (
            not _restates_object(slot)):
        verb_word, particle = _event_word(head, lex)
        if verb_word is not None:
            sense = _by_object(verb_word, head, lex, index, particle).predicate
            if sense in (NO_EVENT, MEDIATE):
                # "hosted talks between X and Y", "brokered a truce between X and Y": the talks
                # or the truce are X's and Y's as well, as sure as the hosting ("offered to host")
                return _between(noun, word, index, named=True, anchor=head)
            if _has(PREDICATES[sense].category, "judgement") and not _is_judged_unreal(noun) \
                    and _is_plainly_said(head, index, lex):
                # "condemned U.S. strikes on Iranian sites": the strikes happened, the
                # condemnation is of them; both are coded
                event = _done_by_named(noun, word, index, lex)
                return event if event is not None and event.subjects else None
            return None  # "signed a treaty", "lifted the curfew": the verb codes it
        if "light" not in lex.cues_of(head):
            if lex.cues_of(head) & UNDONE_CUES:
                return None  # "proposed a meeting between X and Y": none was held
            # "pared back support", "restore relations": not the noun's event; but talks
            # "between X and Y" are theirs, whoever arranged them, when both are named there
            return _between(noun, word, index, named=True, anchor=head)
        subjects, _ = _subjects(head, index)
        shown = _show_of_force(noun, head, word, subjects, index)
        if shown:
            return Event(SHOW_OF_FORCE, subjects, shown, head, "noun.light", clause=_clause(head))
        objects = (_targets(noun, word.target, index) or _targets(slot, word.target, index)
                   or _targets(head, word.target, index)
                   or _mentions([c for c in head.children if c.dep_ == "dative"], index)
                   or ("give" in lex.cues_of(head)
                       and _mentions(_misparsed_receivers(noun, head), index))
                   or _clause_subjects(noun, index)
                   or (PREDICATES[word.predicate].clause_target and _clause_subjects(head, index))
                   or _relative_objects(noun, index) or _purpose_objects(head, index)
                   or _goods_origin(noun, head, index) or _dealt_with(head, index)
                   or _deed_agents(noun, word, subjects, index)
                   or _struck_in(noun, head, word, index, subjects)
                   or _targets_told_before(noun, word, index))
        predicate = word.predicate
        if PREDICATES[predicate].category == SHOW_OF_FORCE and _in_support_of(head, objects):
            predicate = PROTECTION  # "sent 15,000 soldiers to Russia to help it": at its side
        return Event(predicate, subjects, objects, head, "noun.light", clause=_clause(head))
    if slot.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ == "acomp" and (
            "intend" in lex.cues_of(head.head)):
        # "is ready for talks with X": an intent, as "is ready to negotiate with X" is
        ready = head.head
        subjects, _ = _subjects(ready.head, index)
        return Event(word.predicate, subjects, _targets(noun, word.target, index), ready,
                     "noun.ready", clause=_clause(ready.head))
    if slot.dep_ == "pobj" and head.dep_ == "prep" and _is_sequel(noun, head, word, index):
        # "X, on a visit to Y, said ...", "after talks with Y, X said", "X said during his
        # visit to Y": whatever X said or did then, X visits Y or talks with Y (the parser
        # hangs the phrase on the verb or on X); the visit or the talks happened, whatever
        # became of what X then did ("agreed to reopen the border after talks with Y")
        owner = head.head
        if owner.dep_ in CLAUSE_DEPS and any(c.dep_ in SUBJECT_DEPS | {"mark"} and c.i > head.i
                                             for c in owner.children):
            owner = owner.head  # "X said, after talks with Y, that Z would": hung on "would"
        visitors = (_doers(owner, index) if owner.pos_ in ("VERB", "AUX")
                    else index.resolve(owner) if owner.dep_ in SUBJECT_DEPS else [])
        # "thanked Y during a meeting": the meeting was with Y
        partners = _partners(owner, index) if head.lower_ == "during" else []
        objects = (_targets(noun, word.target, index) or partners
                   or _visited_where(owner, word, index))
        return Event(word.predicate, visitors, objects, noun, "noun.purpose",
                     clause=list(owner.subtree))
    if slot.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" and (
            _is_exchange(noun, word, index)):
        # "congratulated Y in a phone call", "told Y in a meeting that ...": the call was
        # with Y, as done or meant as the act done in it
        verb = head.head
        partners = _targets(noun, word.target, index) or _partners(verb, index)
        while not partners and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ == "VERB":
            # "asked Y to remove the tariff in a video call": the call was with Y, whom the
            # asking verb acts on
            verb = verb.head
            partners = _partners(verb, index)
        if partners:
            return Event(word.predicate, _doers(verb, index), partners, verb, "noun.purpose",
                         clause=_clause(verb))
    if slot.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" and (
            "light" in lex.cues_of(head.head)) and not lex.cues_of(head.head) & UNDONE_CUES:
        # "provided X with aid", "supplied X with arms": the light verb's object receives it
        verb = head.head
        received = _mentions([c for c in verb.children if c.dep_ in OBJECT_DEPS], index)
        if received:
            return Event(word.predicate, _subjects(verb, index)[0], received, verb,
                         "noun.light", clause=_clause(verb))
    if slot.dep_ == "pobj" and head.dep_ == "prep" and (head.head.pos_ == "VERB" or (
            head.head.lemma_ in COPULAS and head.lower_ == "in")):
        # "remains in talks with X", "is in talks with X"
        verb = head.head
        acts_as = head.lower_ == "as" and verb.lemma_ in ROLE_VERBS
        if _event_word(verb, lex)[0] is not None or (
                head.lower_ not in ("for", "in", "to") and not acts_as):
            # "signed deals during Mahama's visit to Lome": an occasion its owner's own, done
            if head.lower_ not in SEQUEL_PREPS or not _held_by_others(noun, index):
                return None
            event = _done_by_named(noun, word, index, lex)
            if event is not None and word.predicate == VISIT and not event.objects:
                # "X upgraded ties with Y during a visit by Y's president": to X, whose act it
                # was the occasion of
                own = _own_sides(event.subjects, index)
                event.objects = [m for m in _subjects(verb, index)[0]
                                 if not any(_same_side(m.actor, side) for side in own)]
            return event
        if "report" in lex.cues_of(verb):
            return None  # "X said, in the first strike of a campaign": X only reports it
        if head.lower_ == "for" and (verb.lemma_ in REPRISAL_VERBS or any(
                c.dep_ in OBJECT_DEPS and c.lemma_ in REPRISALS for c in verb.children)):
            # "took revenge for an air strike on X", "retaliate for X's strike": the strike is
            # the reason, its doer's act
            return _done_by_named(noun, word, index, lex)
        subjects, _ = _subjects(verb, index)
        objects = _targets(noun, word.target, index)
        return Event(word.predicate, subjects, objects, verb, "noun.purpose", clause=_clause(verb))
    return _done_by_named(noun, word, index, lex)


def _met_on_their_ground(event: Event, index: ActorIndex) -> Event | None:
    """"X met Y in Tokyo", "held talks with Y in the Kremlin", "X and Y signed a pact in
    Warsaw" (Y being Polish): a meeting or a signing on one side's own ground is also a visit
    to its state by the others (that side being the state or serving it); at a third place
    nobody visits anybody."""
    predicate = PREDICATES[event.predicate]
    together = predicate.category == "CONSULT" or predicate.dealing
    if event.rule not in ("verb", "noun.light") or not predicate.symmetric or not together:
        return None
    # (the parser may hang the place on what was signed: "signed a pact in Warsaw")
    held = [event.anchor, *(c for c in event.anchor.children if c.dep_ in OBJECT_DEPS)]
    places = [m for h in held for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              and not _says_when(c) for g in c.children if g.dep_ == "pobj"
              for m in index.resolve(g) if m.actor.type == "STATE"]
    if len({m.actor.id for m in places}) != 1:
        return None
    host = places[0].actor

    def at_home(mention: Mention) -> bool:
        served = index.government_of(mention.actor) if mention.actor.type == "PERSON" else None
        return _same_side(mention.actor, host) or (served is not None and served.id == host.id)

    sides = event.subjects + event.objects
    hosts = [m for m in sides if at_home(m)]
    guests = [m for m in sides if not at_home(m)]
    if not guests or not hosts or all(m.actor.id == host.id for m in hosts):
        return None  # (met the state itself: the meeting says it all)
    return Event(VISIT, guests, [places[0]], event.anchor, "verb.met_there", clause=event.clause)


def _visited_where(verb: Token, word: EventWord, index: ActorIndex) -> list[Mention]:
    """The place a visit told in a "where" clause was made to: "signed it in Accra, where
    Gnassingbe was on a state visit" (the capital stands for its state)."""
    if word.predicate != VISIT or verb.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return []
    return [m for m in index.resolve(verb.head) if verb.head.ent_type_ in PLACE_LABELS]


def _done_by_named(noun: Token, word: EventWord, index: ActorIndex, lex: Lexicon
                   ) -> Event | None:
    """The event a noun names with its doer in its own phrase: a by-phrase, a possessor, a
    name that modifies it ("Israeli air strikes on Gaza"), or the two sides "between" it."""
    agents, by = _agents(noun, index)
    if agents:
        # "the release of the hostages by X", "Y's arrest by X": the by-phrase names the doer,
        # and with no target preposition the possessor is the one acted on. The parser may
        # hang the target on a name after "by" ("a visit by Macron to Iraq"); a name takes no
        # such phrase of its own, a title may ("by the ambassador to France").
        names = [g for g in by if g.pos_ == "PROPN"]
        objects = (_targets(noun, word.target, index)
                   or [m for g in names for m in _targets(g, word.target, index)]
                   or [m for c in noun.children if c.dep_ == "poss" for m in index.resolve(c)])
        objects = [m for m in objects if all(m.actor.id != a.actor.id for a in agents)]
        return Event(word.predicate, agents, objects, noun, "noun.by", clause=list(noun.subtree))
    owners = [m for c in noun.children if c.dep_ == "poss" for m in index.resolve(c)]
    # "X's troops near Y" are where they are; only a verb sends them near Y
    targets = tuple(p for p in word.target if word.predicate != DEPLOYMENT or p in MOTION_PREPS)
    objects = _targets(noun, targets, index) or _struck_objects(noun, word, lex, index)
    if owners:
        return Event(word.predicate, owners, objects, noun, "noun.poss", clause=list(noun.subtree))
    # "a White House meeting between X and Y": the sides are the two, the name its host
    sides = PREDICATES[word.predicate].symmetric and any(
        c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    paired = _hyphen_pair(noun, index) if PREDICATES[word.predicate].symmetric and not (
        _is_undone(noun)) else []
    if paired:
        # "US-China talks", "the Ghana-Togo summit": the two names joined before it
        return Event(word.predicate, paired, [], noun, "noun.pair", reciprocal=True,
                     clause=list(noun.subtree))
    named = [] if sides else _named_modifiers(noun, objects, index)
    if named:
        # "Israeli air strikes on Gaza", "US sanctions on Iran": with its target named in its
        # own phrase, the name that modifies the act is who did it
        return Event(word.predicate, named, objects, noun, "noun.modifier",
                     clause=list(noun.subtree))
    return _between(noun, word, index, objects)


def _is_plainly_said(verb: Token, index: ActorIndex, lex: Lexicon) -> bool:
    """Whether ``verb`` is said as done, not meant, asked, denied or supposed."""
    ctx = _context(verb, index, lex)
    return not (ctx.effects or ctx.negated or ctx.conditional)


def _is_undone(noun: Token) -> bool:
    """Whether the meeting or truce ``noun`` names is only planned, or was called off before
    it happened: "the planned X-Y summit", "the summit between X and Y was cancelled"."""
    return _is_judged_unreal(noun) or (noun.dep_ in ("nsubj", "nsubjpass", "dobj") and (
        noun.head.lemma_ in UNDOING_VERBS))


def _is_judged_unreal(noun: Token) -> bool:
    """Whether a deed judged is one not done: "condemned the planned strikes", "welcomed any
    talks", "rejected possible sanctions"."""
    return any(c.lower_ in UNDONE_MODIFIERS for c in noun.children
               if c.dep_ in ("amod", "det", "compound"))


def _is_sequel(noun: Token, prep: Token, word: EventWord, index: ActorIndex) -> bool:
    """Whether ``noun`` names a meeting or visit of whoever does the act its phrase hangs on:
    "on a visit to Y", "after talks with Y", "during his visit to Y" (not "after Z's visit",
    "after talks between Z and W", "after an attack on Y", whose doers are others)."""
    if prep.lower_ not in SEQUEL_PREPS:
        return False
    if word.predicate != VISIT and (prep.lower_ == "on" or word.predicate in (HOST, MEDIATE)
                                    or PREDICATES[word.predicate].category != "CONSULT"):
        return False
    return not _held_by_others(noun, index)


def _held_by_others(noun: Token, index: ActorIndex) -> bool:
    """Whether the meeting or visit ``noun`` names is others' by its own words: a doer in a
    by-phrase, a named owner ("Z's visit"), or sides "between" Z and W."""
    return bool(_agents(noun, index)[1]) or any(
        c.dep_ == "poss" and not _is_pronoun(c) or c.lower_ == "between" for c in noun.children)


def _names_occasion(prep: Token, lex: Lexicon) -> bool:
    """Whether ``prep`` says on what occasion something was done: "at the end of Macron's
    visit", "during X's summit" (whose host or visitor is no target of what was said there)."""
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        while noun.lemma_.lower() in OCCASION_EDGES and _of_objects(noun):
            noun = _of_objects(noun)[0]  # "the end of the visit"
        word = lex.noun(noun)
        if word is not None and PREDICATES[word.predicate].category == "CONSULT":
            return True
    return False


def _is_exchange(noun: Token, word: EventWord, index: ActorIndex) -> bool:
    """Whether ``noun`` names talks, a call or a meeting that its phrase's doer held ("in a
    phone call", not "in a visit", "in Z's call", "in talks between Z and W")."""
    return PREDICATES[word.predicate].category == "CONSULT" and word.predicate not in (
        VISIT, HOST, MEDIATE) and not _held_by_others(noun, index)


def _partners(verb: Token, index: ActorIndex) -> list[Mention]:
    """The actors ``verb`` acts on ("thanked Y", "told Y that ..."), named or referred to."""
    return [m for m in _mentions([c for c in verb.children if c.dep_ in OBJECT_DEPS], index)
            if not _is_generic(m)]


def _addressed_before(verb: Token, index: ActorIndex) -> list[Mention]:
    """Whom the verb ``verb`` follows in a coordination told, called or wrote to ("told Y ...
    and demanded", "called Y and urged"), as the parser hangs it: on that verb, or inside
    what was told."""
    if verb.dep_ != "conj":
        return []
    first = verb.head.head if _told_beside(verb, index) else verb.head
    if first.lemma_ not in ADDRESS_VERBS:
        return []
    return _partners(first, index) or [m for m in _targets(first, ("to",), index)
                                       if not _is_generic(m)]


def _finite_above(verb: Token) -> Token | None:
    """The finite verb a finite ``verb`` is really coordinated with, where the parser hangs it
    on an infinitive below ("accused X of trying to drag Y into war and called on Z": "called"
    is no second thing X tried, a past tense never joins a "to" infinitive)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ != "VB" or not _is_infinitive(head):
        return None
    return next((a for a in head.ancestors if a.tag_ in ("VBD", "VBZ", "VBP")), None)


def _said_beside(verb: Token, head: Token, index: ActorIndex) -> bool:
    """Whether the participle ``verb``, set off by a comma and hung on what was said, is the
    speaker's: "X said that talks had failed, accusing Y of ..." (talks accuse nobody; a named
    subject of what was said may be the one accusing)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and (
        verb.i > 0 and verb.doc[verb.i - 1].text == ",") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and _is_said(head, index) and (
        _says_no_doer(head, index))


def _is_said(clause: Token, index: ActorIndex) -> bool:
    """Whether ``clause`` is what a verb of saying says ("X said [talks had failed]")."""
    return clause.dep_ in CLAUSE_DEPS and "report" in index.lex.cues_of(clause.head)


def _says_no_doer(clause: Token, index: ActorIndex) -> bool:
    """Whether ``clause`` names nobody who does its act: no actor, and no pronoun that may be
    one ("talks had failed", "the step was insufficient"; not "a boat that Y said was
    carrying drugs", whose doer is the boat's)."""
    said = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return not _subjects(clause, index, 3)[0] and not any(
        _is_pronoun(c) or c.tag_ in RELATIVE_TAGS for c in said)


def _told_beside(verb: Token, index: ActorIndex) -> bool:
    """Whether ``verb``, which the parser hangs as a second verb inside what was said, is the
    speaker's own: "X said the step was insufficient and urged Y to ..." (a thing never
    urges), "X said the soldiers had entered illegally and accused Y of ..." (words said, in
    another tense than the clause's)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or not _is_said(head, index):
        return False
    said = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    if any(index.lex.kind(c) in WORDS_KINDS for c in said):
        return True  # "said X's comments were dangerous and demanded ...": words demand nothing
    if _says_no_doer(head, index):
        return True
    category = _category_of(verb, index.lex)
    if _is_verbal(category) and any(c.lemma_ in SUMMING_NOUNS or index.lex.noun(c) is not None
                                    or c.lower_ in DEED_PRONOUNS for c in said):
        # "said the Ghanaian move was improper and urged ...", "said it was a dark day and
        # accused ...": a deed or a thing says nothing
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in head.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and _is_verbal(category) and (
        not _is_cooperative(category))


def _is_sequel_clause(verb: Token) -> bool:
    """Whether ``verb`` is what a clause's subject did before it acted, or how: "after
    meeting Y", "a day after meeting Y", "upon arriving", "retaliated by attacking Y"
    ("insisted on meeting Y" asks for it)."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in SEQUEL_VERB_PREPS \
        and _sequel_owner(prep).pos_ in ("VERB", "AUX")


def _sequel_owner(prep: Token) -> Token:
    """The verb a phrase of time hangs on, through "a day" of "a day after"."""
    head = prep.head
    return head.head if head.dep_ == "npadvmod" and head.pos_ == "NOUN" else head


def _doers(verb: Token, index: ActorIndex) -> list[Mention]:
    """Who does ``verb``, passive or not: "X was praised after meeting Y": X met Y."""
    held = [c for c in verb.children if c.dep_ in PASSIVE_DEPS]
    return _mentions(held, index) if held else _subjects(verb, index)[0]


def _is_amount(token: Token, index: ActorIndex) -> bool:
    """A sum or a count of things ("$2bn", "500 million euros"), whose "in" says what it counts
    ("in loans"); "30 people in attacks" counts people, who are no aid."""
    counted = token.tag_ == "CD" or token.ent_type_ == "MONEY" or any(
        c.dep_ == "nummod" for c in token.children)
    return counted and not index.gazetteer.names_people(token)


def _struck_objects(noun: Token, word: EventWord, lex: Lexicon,
                    index: ActorIndex) -> list[Mention]:
    """What an attack named as the subject of a verb of no entry hit: "Pakistani air strikes
    hit targets in Kabul", "Russian drone attacks damaged Ukraine's grid" (a verb of the
    lexicon codes its own event: "air strikes killed ...")."""
    verb = noun.head
    if noun.dep_ not in SUBJECT_DEPS or verb.pos_ != "VERB" or lex.verb(verb) is not None or (
            not _has(PREDICATES[word.predicate].category, "violent")):
        return []
    struck = [c for c in verb.children if c.dep_ in OBJECT_DEPS or (
        c.dep_ == "prep" and c.lower_ in STRUCK_PREPS)]
    return [m for c in struck for m in _first_in(c, index) if not _is_generic(m)]


def _hyphen_pair(noun: Token, index: ActorIndex) -> list[Mention]:
    """The two sides a pair of names joined by a hyphen before ``noun`` names ("US-China
    talks", "Ghanaian-Togolese talks"), when both are distinct actors; else none. Talks that
    only describe another noun are no report of them ("the envoy for the X-Y dialogue")."""
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return []
    second = next((c for c in noun.lefts if c.dep_ in NAME_MODIFIER_DEPS and c.i == noun.i - 1),
                  None)
    if second is None or second.i < 2 or noun.doc[second.i - 1].text != "-":
        return []
    first = noun.doc[second.i - 2]
    found = [m for t in (first, second) for m in index.resolve(t)[:1] if not _is_generic(m)]
    if len(found) != 2 or found[0].actor.id == found[1].actor.id:
        return []
    return found


def _named_modifiers(noun: Token, objects: list[Mention], index: ActorIndex) -> list[Mention]:
    """The actors named by the words before ``noun`` that modify it ("Israeli", "US"), when
    its target phrase names somebody else; without a target they may be its topic or place
    ("the Gaza ceasefire", "Iran talks")."""
    if not objects:
        return []
    names: list[Token] = []
    stack = [c for c in noun.lefts if c.dep_ in NAME_MODIFIER_DEPS]
    while stack:  # "Russian missile strikes": "Russian" modifies "missile"
        token = stack.pop()
        if token.i in index.by_token:
            names.append(token)
        else:
            stack.extend(c for c in token.lefts if c.dep_ in NAME_MODIFIER_DEPS)
    found = [m for c in names for m in index.resolve(c) if not _is_generic(m)]
    targets = {m.actor.id for m in objects}
    return [m for m in found if m.actor.id not in targets]


def _drawers(verb: Token, index: ActorIndex) -> list[Mention]:
    """Who drew the reaction ``verb`` says was drawn: its subject, when an actor, else the
    subject's owner or doer ("Modi's visit", "the move by Russia"), never an actor the subject
    only places or aims at ("the attack on Kyiv drew condemnation": nobody named drew it); a
    participle after a clause is drawn by the clause's subject."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return _subjects(verb, index)[0]  # "X closed the border, drawing criticism from Y"
    found: list[Mention] = []
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if (subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl"
                and verb.head.lower_ in SUMMING_NOUNS):
            found += _summed_up(verb.head, index)
            continue
        if subject.i in index.by_token or _is_pronoun(subject):
            found += _subjects(verb, index)[0]
            continue
        owners = [m for c in subject.children if c.dep_ == "poss" for m in index.resolve(c)]
        found += owners or _agents(subject, index)[0] or index.resolve(subject)
    return found


def _summed_up(noun: Token, index: ActorIndex) -> list[Mention]:
    """Who did what ``noun`` sums up: the subjects of the clause it is set against ("X and Y
    agreed to open the border, a move that ...", "X expelled two envoys in a step that ...";
    the parser hangs the noun on the clause's last object or a preposition). Words said
    ("X said Y crossed the border, a claim Y denied") are the speaker's. The clause is the
    first finite one above the noun that describes nothing ("X accuses Y of sheltering
    militants who staged attacks, a charge Y denies": X's accusation)."""
    head = noun.head
    while not (head.pos_ == "VERB" and _is_finite(head) and head.dep_ not in ("relcl", "acl")) \
            and head.head.i != head.i:
        head = head.head
    if head.pos_ != "VERB":
        return []
    if index.lex.kind(noun) in WORDS_KINDS:
        head = _reporting_verb(head, index.lex) or head
    return _subjects(head, index)[0]


def _summing_claim(verb: Token, lex: Lexicon) -> Token | None:
    """The words, proposal or move that ``verb``'s relative clause is on, when they sum up
    the clause before them ("X accused Y of ..., a charge Y denied", "X offered talks, a plan
    Y rejected", "..., a move Z condemned"): ``verb`` answers whoever said or did them."""
    noun = verb.head
    # "a ruling" may come out tagged as a verb; its article says it is a noun
    named = noun.pos_ == "NOUN" or any(c.dep_ == "det" for c in noun.children)
    if verb.dep_ != "relcl" or not named or not (
            lex.kind(noun) in WORDS_KINDS or noun.lower_ in SUMMING_NOUNS) or any(
            c.dep_ in OBJECT_DEPS and c.tag_ not in RELATIVE_TAGS
            and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        return None
    before = noun.left_edge.i - 1
    return noun if before >= noun.sent.start and noun.doc[before].text == "," else None


def _gives_example(prep: Token) -> bool:
    """"including", "like", "such as": the words after it name an instance of the noun above."""
    return prep.dep_ == "prep" and (prep.lower_ in ("including", "like") or (
        prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)))


def _between(noun: Token, word: EventWord, index: ActorIndex,
             objects: list[Mention] | None = None, *, named: bool = False,
             anchor: Token | None = None) -> Event | None:
    """Talks, a truce or a meeting "between X and Y": an event of the two together. In a
    clause whose verb is not the noun's own ("arranged a meeting between him and ..."), only
    sides named there: a pronoun's antecedent is too far to carry an edge nobody acts in."""
    objects = _targets(noun, word.target, index) if objects is None else objects
    # "talks between the three countries, brokered by X and Y": the brokers are no sides
    brokers = _participle_agents(noun)
    objects = [m for m in objects if not any(m.start in span for span in brokers)]
    if _denied_by_no(noun):
        anchor = noun  # "there was no treaty between X and Y": the noun is denied itself
    if anchor is not None and anchor.i != noun.i:
        ctx = _context(anchor, index, index.lex)
        if ctx.effects or ctx.negated or ctx.conditional:
            return None  # "offered to host talks between X and Y": the host's intent, not theirs
    if named:
        objects = [m for m in objects if m.text.lower() not in PRONOUNS]
    if len(objects) >= 2 and PREDICATES[word.predicate].symmetric and any(
            c.dep_ == "prep" and c.lower_ == "between" for c in noun.children) and not (
            _is_undone(noun)):
        return Event(word.predicate, objects, [], anchor or noun, "noun.between",
                     reciprocal=True, clause=list(noun.subtree))
    return None


def _struck_in(noun: Token, verb: Token, word: EventWord, index: ActorIndex,
               doers: list[Mention]) -> list[Mention]:
    """Where strikes were carried out, as "struck targets in X" says: the place struck stands
    for its state ("carried out air strikes in Syria"); "strikes" a state carried out are
    military ones, whatever workers' strikes would be."""
    predicate = PREDICATES[word.predicate]
    armed = bool(doers) and all(m.actor.type == "STATE" or m.actor.sector in ARMED_SECTORS
                                for m in doers) and bool(
        VIOLENT & _categories_of(word.predicate, index.lex))
    if not (predicate.territorial and _has(predicate.category, "violent")) and not armed:
        return []
    return _targets(noun, ("in",), index) or _targets(verb, ("in",), index)


def _show_of_force(noun: Token, verb: Token, word: EventWord, subjects: list[Mention],
                   index: ActorIndex) -> list[Mention]:
    """Whom one side's exercises are aimed at: "held drills near Taiwan", "staged exercises
    off Korea's coast". Exercises with a partner are cooperation; held alone near somebody,
    they are a show of force (CAMEO 150)."""
    if PREDICATES[word.predicate].category != "COOPERATE" or len(subjects) != 1 or not (
            PREDICATES[word.predicate].symmetric) or _targets(noun, word.target, index) or (
            _targets(verb, word.target, index)) or any(
            m.lower_ in SHARED_MODIFIERS or m.lower_ == "their" for m in noun.children):
        return []
    found = _targets(noun, SHOW_PREPS, index) or _targets(verb, SHOW_PREPS, index)
    # drills at home ("the Afghan army held drills near Kabul") are aimed at nobody
    return [m for m in found if not _is_generic(m) and all(
        m.actor.id != s.actor.id and (m.actor.country or m.actor.id) != s.actor.country
        for s in subjects)]


def _goods_origin(noun: Token, verb: Token, index: ActorIndex) -> list[Mention]:
    """Whose goods a levy is laid on: "tariffs on steel and aluminum from Canada" hit Canada,
    however the parser hangs the "from" (on the goods, the levy or the verb). Only a levy (a @measure
    of object_kinds.tsv) on goods, and only a name right after "from"."""
    if index.lex.kind(noun) != "@measure":
        return []
    goods = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"
             for g in c.children if g.dep_ == "pobj"]
    if not goods:
        return []
    for holder in [verb, noun, *(t for g in goods for t in g.subtree)]:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"):
            found = [m for m in _mentions([g for g in prep.children if g.dep_ == "pobj"], index)
                     if not _is_generic(m)]
            if found:
                return found
    return []


def _agents(noun: Token, index: ActorIndex) -> tuple[list[Mention], list[Token]]:
    """The actors a "by" phrase on an event noun names as its doers ("the arrest of X by the
    police"), and the words after "by"; a means or a time ("an attack by drones", "by Friday")
    names no actor. The parser often hangs the phrase on the noun's "of" object ("the release
    of the hostages by X"), which is the doer's only if that object is no event of its own
    ("condemned the attacks by X": X attacked, it did not condemn).
    """
    owners = [noun] + [g for g in _of_objects(noun) if index.lex.noun(g) is None]
    by = [g for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "by"
          for g in c.children if g.dep_ == "pobj"]
    return [m for m in _mentions(by, index) if not _is_generic(m)], by


def _deed_agents(noun: Token, word: EventWord, subjects: list[Mention],
                 index: ActorIndex) -> list[Mention]:
    """The doers of the deed an act is about, from a "by" the parser hung on the act's noun:
    in "X opened an inquiry into war crimes by Y" the light verb says X inquires, so Y did
    the crimes. Only where the noun's target phrase holds no actor of its own."""
    if not subjects or not any(_prep_objects(noun, word.target)):
        return []
    own = {m.actor.id for m in subjects}
    return [m for m in _agents(noun, index)[0] if m.actor.id not in own]


def _their_own(noun: Token, word: EventWord, index: ActorIndex) -> list[Mention]:
    """The two or more subjects of the clause a "their <meeting>" phrase is set in, when the
    meeting is between them ("during their talks, X and Y signed ...")."""
    if not PREDICATES[word.predicate].symmetric or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or (
            not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)):
        return []
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.tag_ == "MD" for c in verb.children):
        return []  # "after their talks next week, X and Y will sign": not yet held
    subjects = [m for m in _subjects(verb, index)[0] if not _is_generic(m)]
    return subjects if len(subjects) >= 2 else []


def _relative_light_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The light verb of a relative clause whose object ``noun`` is ("the sanctions the EU
    imposed", "the talks that X held with Y"), if any; a verb that codes an event of its own
    ("the treaty X signed") codes it itself."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and "light" in lex.cues_of(clause) and (
                _event_word(clause, lex)[0] is None) and any(
                c.dep_ in SUBJECT_DEPS for c in clause.children) and not any(
                c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which")
                for c in clause.children):  # "gave the money to": the clause has its own
            return clause
    return None


def _relative_doers(noun: Token, index: ActorIndex) -> list[Mention]:
    """Who did the act a relative clause tells of: "criticised the sanctions that X imposed
    on Y" is aimed at X, as "criticised X's sanctions" is."""
    if index.lex.noun(noun) is None:
        return []
    clause = _relative_light_verb(noun, index.lex)
    if clause is None:
        return []
    doers = [m for m in _subjects(clause, index)[0] if not _is_generic(m)]
    acting = _subjects(noun.head, index)[0] if noun.dep_ in OBJECT_DEPS else []
    if doers and all(any(_same_side(a.actor, d.actor) for a in acting) for d in doers):
        # "lifted a ban it imposed on Y": the doer's own act, undone; aimed at Y, as it was
        word = index.lex.noun(noun)
        return [m for m in (_targets(noun, word.target, index)
                            or _targets(clause, word.target, index)) if not _is_generic(m)]
    return doers


def _is_attached_low(verb: Token, head: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is a "while/as ...-ing" clause the parser hung on the complement of an
    appeal ("called on X to repair ties while praising Y"), where it tells what the appealer
    did alongside: the complement's doer is only asked to act."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "xcomp"
            and any(c.dep_ == "mark" and c.lower_ in ("while", "as") for c in verb.children)
            and (_is_object_control(head.head) or _is_called_on(head.head, lex)))


def _judged_doers(noun: Token, word: EventWord, index: ActorIndex) -> list[Mention]:
    """Whose deed a praise or a criticism judges: the subject of a relative clause whose object
    the judged thing is ("praised everything the US had done for Kyiv")."""
    if not _has(PREDICATES[word.predicate].category, "judgement"):
        return []
    for clause in noun.children:
        if clause.dep_ == "relcl" and not any(
                c.dep_ in OBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children):
            subjects = [c for c in clause.children if c.dep_ == "nsubj"
                        and c.lower_ not in RELATIVE_PRONOUNS]
            found = [m for m in _mentions(subjects, index) if not _is_generic(m)]
            if found:
                return found
    return []


def _describes_subject(clause: Token) -> bool:
    """Whether a clause only says what its subject is or remains ("that X remained the most
    important issue", "that Y would be next"), doing nothing to anybody."""
    return clause.lemma_ in COPULAS and any(c.dep_ in ("attr", "acomp") for c in clause.children)


def _clause_subjects(token: Token, index: ActorIndex) -> list[Mention]:
    """Whom a demand is made of: "its demand that Israel ease restrictions"."""
    for child in token.children:
        if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
            found = _mentions([c for c in child.children if c.dep_ in SUBJECT_DEPS], index)
            if found:
                return found
    return []


def _relative_objects(noun: Token, index: ActorIndex) -> list[Mention]:
    """Whom an event did what a clause on it says: "a blockade that cut off Gaza"."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which")
                                          for c in clause.children):
            found = [m for c in clause.children if c.dep_ in OBJECT_DEPS
                     for m in _first_in(c, index) if not _is_generic(m)]
            if found:
                return found
    return []


def _purpose_objects(verb: Token, index: ActorIndex) -> list[Mention]:
    """Targets named in a purpose clause: "opened fire to disperse demonstrators"."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB":
            found = _mentions([c for c in child.children if c.dep_ in OBJECT_DEPS], index)
            if found:
                return found
    return []


def _subjects(verb: Token, index: ActorIndex, depth: int = 0) -> tuple[list[Mention], bool]:
    """Who acts: the verb's subject, the agent of a passive, or a subject it shares."""
    # "The agency operating in Chad said": the small model can make the participle the
    # subject and hang the name on it; a participle heads no noun phrase, its subject does.
    active = [_named_antecedent(g, index) for c in verb.children if c.dep_ in SUBJECT_DEPS
              for g in (_participle_subjects(c) or [c])]
    passive = [c for c in verb.children if c.dep_ in PASSIVE_DEPS]
    if passive or (not active and (_is_bare_passive(verb) or _is_done_to_noun(verb, index.lex))):
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        return _mentions(agents, index), True
    if active and depth < 4 and all(_is_first_plural(t) for t in active):
        found = _speakers_side(verb, index, depth)
        # "'We will support Ukraine,' the minister said": her state; with no speaker known,
        # "our country" is nobody in particular, not an actor named "Our country"
        return found, False
    if active:
        speaker = _reporting_verb(verb, index.lex) if all(_is_pronoun(t) for t in active) else None
        if speaker is not None:
            # "Syria says it will withdraw", "X said they would boycott": the pronoun is the speaker.
            spoken, _ = _subjects(speaker, index, depth + 1)
            if spoken and all(index.may_be(t, m.actor) for t in active for m in spoken):
                return spoken, False
        found = _mentions(active, index)
        made = verb.head
        if not found and depth < 4 and verb.dep_ == "relcl" and index.lex.verb(verb) and all(
                t.tag_ in RELATIVE_TAGS for t in active) and made.dep_ in OBJECT_DEPS and (
                index.lex.kind(made) in MADE_KINDS) and (
                "light" in index.lex.cues_of(made.head) or made.head.lemma_ in ENACTING_VERBS):
            # "passed laws that bar X", "adopted a resolution that condemns X": what the
            # text says does, its maker does
            return _subjects(made.head, index, depth + 1)[0], False
        return found, False
    infinitive = _is_infinitive(verb)
    if infinitive and verb.dep_ == "conj":
        return [], False  # a stray infinitive ("..., to restore relations") has no doer
    if verb.dep_ == "dobj" and _is_gerund_as_noun(verb) and depth < 4:
        return _subjects(verb.head, index, depth + 1)  # "ready to continue mediating"
    finite = _finite_above(verb)
    if finite is not None and depth < 4:
        return _subjects(finite, index, depth + 1)  # "accused X of trying to ... and called"
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
            c.dep_ == "aux" for c in verb.children):
        return [], True  # "When asked about X, Y said": Y was asked; who asked is unsaid
    intent = _intent_had(verb, index.lex)
    if intent is not None and depth < 4:
        return _subjects(intent.head, index, depth + 1)[0], False  # "X has no intention to"
    if depth < 4 and verb.dep_ in SUBJECT_SHARING_DEPS and verb.head.i != verb.i:
        head = verb.head
        owner = _complement_owner(verb)
        if owner is not None and owner.pos_ in ("VERB", "AUX", "ADJ") and (
                index.lex.cues_of(owner) & COMPLEMENT_CUES):
            head = owner  # "X refrained from criticising": X would have criticised
        complemented = owner is not None and head.i == owner.i
        if (complemented or verb.dep_ == "xcomp") and "intend" in index.lex.cues_of(head):
            # "X is committed to supporting Y", "X is expected to visit Y": the intent is
            # X's, though the parse is passive
            held = [c for c in head.children if c.dep_ in PASSIVE_DEPS]
            if held and not any(c.dep_ == "agent" for c in head.children):
                return _mentions(held, index), False
        if _is_attached_low(verb, head, index.lex):
            head = head.head  # "urged X to talk while praising Y": the urger praises
        if verb.dep_ == "conj" and head.dep_ == "acomp":
            head = head.head  # "he was disappointed and accused X": he accused X
        if head.pos_ == "ADJ":
            if not index.lex.cues_of(head) & {"intend", "able"}:
                return [], False  # "it is normal to restore ...": nobody in particular
            head = head.head  # "is willing to withdraw": the subject of "is"
        if verb.dep_ == "xcomp" and "cause" in index.lex.cues_of(head):
            # "prompted X to withdraw": X withdrew
            return _mentions([c for c in head.children if c.dep_ in OBJECT_DEPS], index), False
        if _is_object_control(head) and verb.dep_ == "xcomp":
            return [], False  # "urged X to withdraw": X, not the urger, would withdraw
        if verb.dep_ == "advcl" and infinitive and _is_called_on(head, index.lex):
            return [], False  # "called on X to unite", parsed as a purpose: X would unite
        if _told_beside(verb, index) or _said_beside(verb, head, index):
            return _subjects(head.head, index, depth + 1)[0], False
        if _is_sequel_clause(verb):
            # "X said after meeting Y": X met Y; not a pronoun's antecedent guessed here
            # ("after arriving in London, he said")
            doers = _doers(_sequel_owner(verb.head), index)
            if any(m.text.lower() in PRONOUNS for m in doers):
                return [], False
            return doers, False
        return _subjects(head, index, depth + 1)[0], False
    if verb.dep_ == "amod" and verb.tag_ == "VBN":
        # "a US-brokered truce", "a Qatari-mediated deal": the name before the hyphen did it
        return [m for m in _mentions([c for c in verb.children if c.dep_ in HYPHEN_DOER_DEPS
                                      and c.i < verb.i], index) if not _is_generic(m)], False
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        if _is_singled_out(verb) and depth < 4:
            if noun.dep_ == "appos":  # "X, the first leader to visit Y, ..."
                return [m for m in index.resolve(noun.head) if not _is_generic(m)], False
            return _subjects(noun.head, index, depth + 1)[0], False  # "X is the first to"
        found = index.resolve(noun)
        if not found and depth < 4 and verb.tag_ == "VBG" and noun.dep_ in OBJECT_DEPS:
            # "issued a statement condemning X": the statement's author condemns
            found = _subjects(noun.head, index, depth + 1)[0]
        return found, False
    if verb.dep_ == "ROOT" and _is_finite(verb):
        return _stranded_subject(verb, index), False
    return [], False


OPEN_QUOTES = ('"', "\u201c")
CLOSE_QUOTES = ('"', "\u201d")


def _is_first_plural(token: Token) -> bool:
    """"we", or "our country" / "our government": the speaker's side."""
    return token.lower_ == "we" or (token.lemma_.lower() in OWN_SIDE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in token.children))


def _of_own_side(verb: Token) -> bool:
    """"'We must act,' X said": what one's own side must do is no demand on others."""
    return any(_is_first_plural(c) for c in verb.children if c.dep_ in SUBJECT_DEPS)


def _speakers_side(verb: Token, index: ActorIndex, depth: int) -> list[Mention]:
    """The state or organisation a speaker speaks for, when ``verb`` is what they said.

    A state, organisation or group speaks for itself; a person speaks for their state only
    when they hold a government office (a party leader's "we" is the party, not known here).
    """
    speaker = _reporting_verb(verb, index.lex) or _quote_run_on(verb, index.lex)
    if speaker is None:
        return []
    found = []
    for mention in _subjects(speaker, index, depth + 1)[0]:
        actor = mention.actor
        if _is_generic(mention) or actor.type not in SIDE_TYPES:
            continue  # "the opposition leader said 'we ...'": whose side is not known
        if actor.type == "PERSON":
            state = index.government_of(actor)
            if state is None:
                continue
            actor = state
        if all(f.actor.id != actor.id for f in found):
            found.append(Mention(actor, mention.text, mention.start, mention.end))
    return found


def _quote_run_on(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of saying of the quote just before, when ``verb`` stands in a quoted sentence
    that names no speaker of its own: '"We pray for them," X said. "We thank Y."' runs on."""
    sent = verb.sent
    if sent.start == 0 or sent.text[:1] not in OPEN_QUOTES or any(
            "report" in lex.cues_of(t) for t in sent if t.pos == VERB):
        return None
    before = verb.doc[sent.start - 1].sent
    if before.text.rstrip()[-1:] not in ".!?" or not any(t.text in CLOSE_QUOTES for t in before):
        return None
    return next((t for t in before if "report" in lex.cues_of(t) and t.dep_ == "ROOT"
                 and any(c.dep_ == "ccomp" and c.i < t.i for c in t.children)), None)


def _participle_subjects(token: Token) -> list[Token]:
    if token.dep_ not in SUBJECT_DEPS or token.tag_ not in ("VBG", "VBN"):
        return []
    return [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]


def _is_bare_passive(verb: Token) -> bool:
    """A passive that shares its subject ("X criticised Y and was condemned by Z")."""
    return verb.dep_ in SUBJECT_SHARING_DEPS and any(c.dep_ == "auxpass" for c in verb.children)


def _is_done_to_noun(verb: Token, lex: Lexicon) -> bool:
    """A past participle on a noun, saying what was done to it by whoever its "by" phrase
    names ("Chinese traders accused of helping Moscow", "Mensah, convicted of fraud": nobody
    named accused or convicted them). Not one with an object of its own, an active verb the
    parser read as a participle ("Israeli airstrikes killed 40 people"), nor forces moved,
    which are their mover's ("Russian troops deployed in Syria")."""
    # a name the parser made the root has no verb of its own: its participle is the verb
    # ("Vincent Cable, for the Liberal Democrats, called on Mr Brown")
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not (verb.head.pos_ == "NOUN" or (
            verb.head.pos_ == "PROPN" and verb.head.dep_ != "ROOT")) or any(
            c.dep_ in OBJECT_DEPS for c in verb.children) or not any(
            c.dep_ == "prep" for c in verb.children):
        return False
    word = lex.verb(verb)
    return not (word is not None and word.predicate in PREDICATES
                and PREDICATES[word.predicate].own_object)


def _is_finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children)


def _stranded_subject(verb: Token, index: ActorIndex) -> list[Mention]:
    """The subject of a main verb the parser left without one: the noun phrase just before it.

    After a fronted phrase the small model can hang the real subject on the phrase's noun
    ("With the signing of the accord, the government and the rebels have agreed ...": the
    government becomes a conjunct of "accord"). The phrase is read back to the nearest comma
    or preposition, and taken only if it ends with a noun right before the verb.
    """
    doc, start = verb.doc, verb.sent.start
    end = verb.i - 1
    while end >= start and doc[end].head.i == verb.i and doc[end].dep_ in (
            "aux", "auxpass", "neg", "advmod"):
        end -= 1
    if end < start or doc[end].pos_ not in ("NOUN", "PROPN") or doc[end].head.i == verb.i:
        return []
    first = end
    while first > start and doc[first - 1].dep_ not in ("prep", "mark") and (
            doc[first - 1].lower_ not in PHRASE_BREAKS):
        first -= 1
    phrase = range(first, end + 1)
    tops = [doc[i] for i in phrase if doc[i].pos_ in ("NOUN", "PROPN")
            and doc[i].head.i not in phrase]
    return _mentions(tops[:1], index)


def _is_pronoun(token: Token) -> bool:
    return token.tag_ in ("PRP", "PRP$") and token.lower_ not in ("i", "we", "you", "me", "us")


def _reporting_verb(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of saying whose complement ``verb`` stands in, if any."""
    token = verb
    for _ in range(6):
        if token.dep_ in ("xcomp", "acomp", "conj") and token.head.i != token.i:
            token = token.head
            continue
        if token.dep_ == "ccomp" and "report" in lex.cues_of(token.head):
            return token.head
        return None
    return None


def _called_on(verb: Token) -> list[Token]:
    # "called on X to": the preposition follows the verb ("On Monday, X offered to" is a
    # date, and so is "X agreed on Friday to")
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
            and c.i > verb.i and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                         for g in c.children)]


def _is_called_on(verb: Token, lex: Lexicon) -> bool:
    """"called on X to": a lexicon verb with "on" ("put forces on standby to" is none)."""
    return any(f"{lemma} {prep.lower_}" in lex.verbs
               for prep in _called_on(verb) for lemma in lemma_candidates(verb))


def _is_object_control(verb: Token) -> bool:
    return any(c.dep_ in OBJECT_DEPS for c in verb.children) or bool(_called_on(verb))


def _verb_objects(verb: Token, word: EventWord, particle: Token | None, passive: bool,
                  index: ActorIndex) -> tuple[list[Mention], bool]:
    """The event's targets, and whether they were only found nested inside a phrase."""
    if passive:
        patients = [_antecedent(c, index) for c in verb.children if c.dep_ in PASSIVE_DEPS]
        if not patients and _is_bare_passive(verb):  # the subject it shares is the patient
            patients = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_DEPS]
        found = _mentions(patients, index)
        if not found:  # "a camp for Congolese refugees was attacked"
            found = [m for c in patients for m in _first_in(c, index)]
        return found or _pronoun_owners(patients, verb, index, passive=True), False
    if particle is not None and particle.dep_ == "mark":
        # "called for X to withdraw": whom the clause asks to act
        return _mentions([c for c in particle.head.children if c.dep_ in SUBJECT_DEPS],
                         index), False
    if particle is not None and particle.dep_ == "prep" and particle.lower_ in word.target:
        # "met with X"; not "hit X with tariffs", whose preposition names the instrument
        aimed = [c for c in particle.children if c.dep_ == "pobj"]
        found = _mentions(aimed, index)
        if found:
            return found, False
        if aimed and word.lemma.split()[-1] == particle.lower_:
            # "stands by his motto": the entry's own preposition says what the act is aimed
            # at; a thing there is the target's phrase, not a cue to look elsewhere
            aside = [_char_range(a) for c in aimed for a in c.children if a.dep_ == "appos"
                     and a.pos_ != "PROPN"]  # "courtesy of X" is aside, a name is who
            freed = [r for c in aimed for r in _freed(c, word, index)]
            aside += freed
            found = [m for c in aimed for m in _captors(c, freed, index)] or [
                m for c in aimed for m in _first_in(c, index) if not _is_generic(m)
                and not any(m.start in r for r in aside)]
            if not found and _has(PREDICATES[word.predicate].category, "place_addressed"):
                # "called for a truce in Mali": the state it is wanted in is asked for it, as
                # "urged an end to the fighting in Mali" asks Mali (a city is only where)
                found = [m for c in aimed for m in _mentions(
                    [t for t in c.subtree if t.i in index.by_token and t.dep_ == "pobj"
                     and t.head.lower_ == "in"], index)
                    if _is_state_named(m, index.lex) and not any(m.start in r for r in aside)]
            return found, bool(found)
    # "pushed themselves to": a reflexive object is the subject, not whom the act is aimed at
    direct = [_antecedent(c, index) for c in verb.children
              if c.dep_ in OBJECT_DEPS and c.lower_ not in REFLEXIVES]
    # "launched missiles at X": weapons nobody is named as owning are what is used, and moved
    # ("launched drones toward X"); "shot down Russian drones" is aimed at Russia
    used = [c for c in direct if index.lex.kind(c) == "@weapon" and not any(
        g.dep_ in ("amod", "compound", "poss") for g in c.children)] if _has(
        PREDICATES[word.predicate].category, "violent") else []
    direct = [c for c in direct if c not in used]
    own = direct if PREDICATES[word.predicate].own_object else []
    if own:
        direct = []  # "deployed 5,000 Polish troops": the forces moved are the doer's own
    topics: list[Token] = []
    if word.object == "topic":
        # "discussed Yemen": Yemen is what was talked about, not with whom; but the parser
        # may hang the target's preposition on the topic ("discussed sanctions with X")
        topics, direct = direct, []
    # the doer's own sides, once: its aid or envoys named in the object are no target
    sides = _own_sides(_subjects(verb, index)[0], index) if direct else []
    found = [m for m in _mentions(direct, index) if not _is_own_modifier(m, sides, index)]
    # "massed troops along the border with X": the parser may hang the phrase on the forces
    # or on what is moved ("seized the town from X")
    moved = (own or (direct if PREDICATES[word.predicate].moves_object else [])) + used
    # "signed the agreement with Y": the parser may hang the entry's own preposition on the
    # deal it names
    by_prep = _targets(verb, word.target, index) or [
        m for o in moved for m in _targets(o, word.target, index)] or [
        m for o in direct if PREDICATES[word.predicate].dealing and _is_dealing(o, index.lex)
        for m in _targets(o, word.target, index)]
    by_prep = [m for m in by_prep if not any(
        m.start in r for objects in _prep_objects(verb, word.target) for o in objects
        for r in _topics(o, index))]
    if not by_prep and topics:
        # found inside the topic's phrase: nested, so that "X and Y discussed trade with Z"
        # stays a talk between X and Y
        told = [m for t in topics
                for m in _targets(t, _not_its_own(t, word.target, index.lex), index)]
        if told:
            return told, True
    if PREDICATES[word.predicate].moves_object and by_prep and not all(
            _is_generic(m) for m in by_prep) and not (
            found and all(_on_own_ground(m, sides) for m in by_prep)):
        # "pulled the US out of NATO": the US is moved, NATO is the target; but "expelled
        # Togo's diplomats from Accra" moves them off the doer's own ground
        return by_prep, False
    if found and not all(_is_generic(m) for m in found):
        return found, False
    if by_prep and not all(_is_generic(m) for m in by_prep):
        return by_prep, False
    if "assist" in index.lex.cues_of(verb):
        # "helped Togo rebuild its ports", "will help X patrol the coast": whom one helps
        # act is the one helped (a pronoun there is as often a firm as any state before it)
        helped = [m for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                  and not any(g.dep_ in ("aux", "mark") for g in c.children)
                  for m in _mentions([g for g in c.children if g.dep_ in SUBJECT_DEPS
                                      and g.pos_ != "PRON"], index)
                  if not _is_generic(m)]
        if helped:
            return helped, False
    if PREDICATES[word.predicate].clause_target:
        for child in verb.children:
            # "demanded that the US cancel": the demand is on the US; "asked how the US will
            # respond" asks about the US, of somebody else
            if child.dep_ == "ccomp" and not _is_asked_about(child, index.lex) and not (
                    _has(PREDICATES[word.predicate].category, "foretells")
                    and (_describes_subject(child) or child.lemma_ in RETORT_VERBS)):
                # "warned that X would respond": X answers for the one who warns
                inner = _mentions([c for c in child.children if c.dep_ in SUBJECT_DEPS], index)
                # "warned it would retaliate", "Wang warned that Beijing would retaliate": the
                # speaker's own act, or the government's they serve, is aimed at somebody else
                own = {a.id for a in _own_sides(_subjects(verb, index)[0], index)}
                inner = [m for m in inner if m.actor.id not in own]
                if inner and not all(_is_generic(m) for m in inner):
                    return inner, False
    makers = _makers_of(direct, verb, index)
    if makers:
        return makers, True
    # "toured Africa with X": a "with" the entry does not take names company, not a target
    # nor does a "from" of a journey ("flew in from X"), which is where it began
    # nor the entry's own preposition, when it names no target ("took the case to the ICJ")
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ not in NOT_TARGET_PREPS
             and c != particle and (c.lower_ not in COMPANION_PREPS or c.lower_ in word.target)
             and not (c.lower_ == "from" and PREDICATES[word.predicate].homecoming)
             and not _is_fronted(c) and not _names_occasion(c, index.lex)]
    for child in (c for c in preps if _prep_rank(c) == 0):
        # "blocked streets in Hong Kong in defiance of Chinese authorities"
        named = [m for m in _first_in(child, index) if not _is_generic(m)]
        if named:
            return named, True
    # A place is the target of what is done to it ("struck targets in X", "lifted a curfew in
    # X"); of words it is only where they were said ("condemned the attack at a summit in
    # Brussels"), and of acts two sides do alike it is never the other side ("met aides in
    # Geneva", "crude traded in New York").
    category = PREDICATES[word.predicate].category
    places = not _is_verbal(category) and not PREDICATES[word.predicate].symmetric
    addressed = _has(category, "place_addressed")
    if word.predicate == DEPLOYMENT:
        # "stationed troops in X", the parser hanging "in X" on the troops: where they went
        posted = [m for o in own or direct for m in _targets(o, ("in", *word.target), index)
                  if not _is_generic(m)]
        if posted:
            return posted, True
    # (or a body of a state: "criticised the regime in Lome", "the army in Mali")
    groups = [m for m in found if _is_generic(m) and (
        _names_people(m, index) or _names_state_body(m, index))]
    if groups:
        # "attacked militants in Iraq": people are the target, never the place they are in
        # and never what their phrase names ("accused the rebels of arming Syria")
        # (a group left unnamed is still the target: "X and Y phoned people" is no call
        # between X and Y)
        return _placed_groups(groups, preps, index) or groups, False
    posted = [m for o in direct if _is_envoy(o, index) for m in _targets(o, POSTING_PREPS, index)]
    if posted:
        return posted, True  # "recalled its ambassador to Niger": the state the envoy serves in
    if not PREDICATES[word.predicate].symmetric and any(
            _is_unknown_party(o, index) for o in direct):
        # "accused the president of hiding Iraq's losses": whom the act is aimed at is said,
        # but not who it is; Iraq, named inside the charge, is no target
        return [], False
    # "X and Y normalised ties under an EU plan": ties and relations are between the two
    # doers, whoever is named in their phrase or around it
    shared = _is_shared_object(verb) and len(_subjects(verb, index)[0]) >= 2
    if shared:
        # "X and Y restored relations with Z": with Z; else with each other
        partners = [m for o in direct for m in _targets(o, ("with",), index)
                    if not _is_generic(m)]
        return partners, bool(partners)
    for obj in direct:  # "a resolution of the U.N. Security Council"
        freed = _freed(obj, word, index)
        topics = _topics(obj, index) + _victims(obj, word, index) + freed
        # "cut U.S.-funded aid to X": no maker of the thing, nor an end of its route, nor
        # what a phrase of time names ("barred inspectors after U.S. strikes"), is whom the act
        # is aimed at; who is may be named after them
        thirds = _route(obj, sides, index) + _makers(obj, category) + [
            _char_range(c) for c in obj.children if c.dep_ == "prep" and c.lower_ in WHEN_PREPS]
        # "demanded the release of prisoners held by X": the captors first
        nested = _captors(obj, freed, index) or [
            m for m in _first_in(obj, index, own_events=True, places=places, skip=thirds)
            if not _is_generic(m) and not any(m.start in r for r in topics)
            and not _is_own_modifier(m, sides, index)
        ] or _proposed(obj, index) or _relative_doers(obj, index) or (
            _judged_doers(obj, word, index)) or [
            m for m in (_first_in(obj, index, own_events=True) if addressed and not places else [])
            if _is_state_named(m, index.lex) and not any(m.start in r for r in topics)]
        if nested:
            return nested, True
    owners = _pronoun_owners(direct, verb, index)
    if owners:
        return owners, True
    # "blocked streets in Hong Kong in defiance of Chinese authorities": a place is the target
    # only when nothing else is ("lifted a curfew in Montenegro").
    judging = _has(category, "judgement") and _object_gap(verb)
    for child in sorted(preps, key=_prep_rank):
        if judging and any(g.dep_ == "pcomp" for g in child.children):
            # "the firms it accuses of arming X": the deed judged was done to X; the firms,
            # who did it, are who is judged
            continue
        topics = [r for g in child.children if g.dep_ == "pobj" for r in _topics(g, index)]
        topics += _participle_agents(child)
        named = [m for m in _first_in(child, index, places=places) if not _is_generic(m)
                 and not any(m.start in r for r in topics)]
        if named:
            return named, True
    # "urged donors to send aid to X": what the one asked is to do is not aimed at X
    asked = category == "DEMAND" and any(c.dep_ in OBJECT_DEPS for c in verb.children)
    for child in verb.children:
        # "threatened to pull the US out", "agreed to extend"
        # (what is refused being done to the doer names nobody it is aimed at: "rejected
        # being treated as equal to X")
        if child.dep_ == "xcomp" and not asked and not any(
                g.dep_ == "auxpass" for g in child.children):
            if getattr(_event_word(child, index.lex)[0], "object", None) == "topic":
                continue  # "refused to discuss reports that X ...": X is the topic
            # "threatened to use its missiles against X": a weapon is what is used, never whom
            weapons = [c for c in child.children if c.dep_ in OBJECT_DEPS
                       and index.lex.kind(c) == "@weapon"]
            # "vowed to overturn it": "it" of a verb that codes no act is the thing undone
            bare = _event_word(child, index.lex)[0] is None
            inner = [_antecedent(c, index) for c in child.children if c.dep_ in OBJECT_DEPS
                     and c not in weapons and not (bare and c.lower_ in DEED_PRONOUNS)]
            victims = [r for c in inner for r in _victims(c, word, index)]
            found_inner = _mentions(inner, index) or [
                m for c in inner for m in _first_in(c, index)
                if not any(m.start in r for r in victims)]
            if not found_inner:  # "threatened to institute a curfew in Algiers"
                at = _acts_on_places(child, inner, index.lex)
                found_inner = [m for h in [child, *weapons] for c in h.children
                               if c.dep_ == "prep" and c.lower_ not in WHEN_PREPS and (
                                   h.i == child.i or c.lower_ in ("against", "on", "at"))
                               for m in _first_in(c, index, places=at) if not _is_generic(m)]
            if found_inner and all(_is_generic(m) for m in found_inner) and (
                    PREDICATES[word.predicate].condition_target):
                # "threatened to expel diplomats unless X apologised": aimed at X
                conditioned = _condition_subjects(verb, index)
                if conditioned:
                    return conditioned, True
            if found_inner:
                return found_inner, True
    if found or by_prep:
        return found or by_prep, False
    for child in verb.children:
        if child.dep_ == "advcl" and _is_infinitive(child):
            # "blocked a road to show their anger at the US": the purpose names the target
            named = [m for c in child.children if c.dep_ in OBJECT_DEPS
                     for m in _first_in(c, index) if not _is_generic(m)]
            if named:
                return named, True
    if PREDICATES[word.predicate].condition_target:
        found = _condition_subjects(verb, index)
        if found:
            return found, True
    if verb.dep_ == "amod":  # "a US-brokered truce between X and Y": the truce's parties
        found = _targets(verb.head, word.target, index)
        if found:
            return found, False
    found = _dealt_with(verb, index)
    return found, bool(found)


def _in_purpose(verb: Token, objects: list[Mention], lex: Lexicon) -> bool:
    """Whether every target of ``verb`` was named in a purpose that is no help to it ("to
    curb attacks by X", "to fight X"; not "to protect X")."""
    purposes = [range(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                for c in verb.children if c.dep_ == "advcl" and _is_infinitive(c)
                and not _is_cooperative(_category_of(c, lex))]
    return bool(objects and purposes) and all(any(m.start in r for r in purposes)
                                              for m in objects)


def _category_of(verb: Token, lex: Lexicon) -> str | None:
    word = _event_word(verb, lex)[0]
    return PREDICATES[word.predicate].category if word is not None else None


def _object_gap(verb: Token) -> bool:
    """Whether ``verb`` is a relative clause whose object is the noun it describes ("the firms
    it accuses", "the sanctions the EU imposed"), not whose subject ("the EU, which imposed")."""
    return verb.dep_ == "relcl" and not any(c.dep_ in OBJECT_DEPS for c in verb.children) and any(
        c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS for c in verb.children)


def _pronoun_owners(objects: list[Token], verb: Token, index: ActorIndex, *,
                    passive: bool = False) -> list[Mention]:
    """Whom a thing acted on belongs to when a pronoun says so ("his home was attacked",
    "Labour attacked his policies"), as a name would ("Odinga's home"); never the doer's own
    ("the two upgraded their ties", "reneged on his pledge"). A doer's own is what a pronoun
    that agrees with the active subject most often means ("clients upgraded their networks",
    "Thailand cut its forecast"), so there it names nobody else."""
    pronouns = [c for o in objects for c in o.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if not pronouns or (not passive and any(_agrees_with_subject(p, verb) for p in pronouns)):
        return []
    doers = {m.actor.id for m in _subjects(verb, index)[0]}
    owners = [m for p in pronouns for m in index.resolve(p)]
    if any(m.actor.id in doers for m in owners):
        return []
    return [m for m in owners if not _is_generic(m)]


def _agrees_with_subject(pronoun: Token, verb: Token) -> bool:
    """Whether a possessive pronoun agrees in number with the verb's subject (or the
    subject it takes from the clause above); with no subject found, it is taken to agree (the
    doer's own), since whose else it is cannot be told."""
    clause = verb
    subject = None
    while subject is None:
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None and clause.dep_ in SUBJECT_SHARING_DEPS and clause.head.i != clause.i:
            clause = clause.head  # "vowed to cut its aid": the subject of the clause above
        elif subject is None:
            return True
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we") or any(
        c.dep_ == "conj" for c in subject.children)
    return plural == (pronoun.lower_ in ("their", "theirs"))


def _antecedent(token: Token, index: ActorIndex) -> Token:
    """The noun a relative pronoun stands for when it names an actor ("the envoy whom X
    expelled", "activists who were detained"): the head of the relative clause it opens. Any
    other word is itself, and so is a pronoun standing for a thing ("its currency, which X
    blamed for ..."), whose owner the clause's own rules look for."""
    if token.tag_ not in RELATIVE_TAGS or token.lower_ not in RELATIVE_PRONOUNS:
        return token
    clause = token.head
    for _ in range(3):  # "whom X vowed to kill": the pronoun may hang on the inner verb
        if clause.dep_ == "relcl":
            named = clause.head
            if token.lower_ == "which" and named.dep_ == "pobj" and index.lex.noun(
                    named.head.head) is not None and index.is_place(named.i, locative=True):
                # "the war in Darfur, which X condemned": the parser hangs the clause on the
                # place; the war is what was condemned, and it names nobody
                return token
            return named if _mentions([named], index) else token
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return token


def _is_state_named(mention: Mention, lex: Lexicon) -> bool:
    """Whether ``mention`` names a state by its name ("Haiti"), not by a city in it: what is
    asked for "in Haiti" is asked of Haiti, a ceasefire asked for in Geneva is not."""
    gaz = lex.gazetteer
    surfaces = gaz.surfaces.get(mention.text) or gaz.surfaces.get(mention.text.lower()) or []
    return mention.actor.type == "STATE" and any(
        s.kind == "name" and s.actor.id == mention.actor.id for s in surfaces)


def _named_antecedent(token: Token, index: ActorIndex) -> Token:
    """The name a relative pronoun subject stands for, set off by a comma ("Mexico, which
    refused to meet Canada, ..."). A clause without the comma picks out some of a group ("the
    lawmakers who blame X", "tourists who visit X"), and one on a common noun ("a ruling which
    said ...") has no actor for a subject: both keep the pronoun, which names nobody."""
    if token.i < 2 or token.doc[token.i - 1].text != ",":
        return token
    noun = _antecedent(token, index)
    if noun.i != token.i and (noun.i in index.by_token or _is_named_body(noun, index)):
        return noun
    before = token.doc[token.i - 2]
    if token.lower_ == "who" and token.head.dep_ == "relcl" and before.i in index.by_token:
        # "talks between X and the Taliban, who refused ...": the parser may hang the clause
        # on a noun further back; "who" is a person or group, and the name before the comma is
        return _name_root(before, index)
    return token


def _is_named_body(noun: Token, index: ActorIndex) -> bool:
    """Whether ``noun`` is people or a body named in its own phrase: "the Hamas militant
    group", "the French government"; not "the two countries" (named elsewhere, and the
    clause on them may be on another noun) nor "a Fiat share sale" (a thing)."""
    return (noun.lower_ in BODY_NOUNS or index.gazetteer.names_people(noun)) and any(
        t.i in index.by_token for c in noun.children if c.dep_ in NAME_MODIFIER_DEPS
        for t in c.subtree) and any(not _is_generic(m) for m in index.resolve(noun))


def _placed_groups(groups: list[Mention], preps: list[Token], index: ActorIndex
                   ) -> list[Mention]:
    """Groups a verb's locative phrase places ("attacked militants in Iraq", where the parser
    hangs "in Iraq" on the verb): a group the text names stays itself ("Kurdish fighters"), one
    it does not is the state's it is in, as "militants in Iraq" are; else nobody."""
    states = [m.actor for p in preps if p.lower_ == "in" for c in p.children if c.dep_ == "pobj"
              for m in index.resolve(c) if m.actor.type == "STATE"]
    placed: list[Mention] = []
    for group in groups:
        if index.is_accepted(group):
            placed.append(group)
        elif len(states) == 1:
            actor = index.gazetteer.group_actor(states[0].country, group.actor.sector or "", "")
            placed.append(Mention(actor, group.text, group.start, group.end))
    return placed


def _envoys_states(verb: Token, index: ActorIndex) -> list[Mention]:
    """The states whose named envoys are the objects of ``verb``, by the title's possessor or
    demonym: "Togo's ambassador Kofi Abalo" (the name in apposition, or the title parsed as
    its compound), "the Togolese envoy, Kofi Abalo"."""
    named = [c for c in verb.children if c.dep_ in OBJECT_DEPS and (any(
        m.actor.type == "PERSON" for m in index.resolve(c)) or any(
        a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children))]
    titles = [t for c in named for t in [c, *c.children]
              if (t is c or t.dep_ == "compound") and _is_envoy(t, index)]
    return [m for t in titles for c in t.children if c.dep_ in ("poss", "amod")
            for m in index.resolve(c) if m.actor.type == "STATE"]


def _is_departure(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive of going away ("to leave", "to go home"), not of
    going on ("to go ahead with the talks")."""
    return verb.lemma_ in DEPARTURES and _is_infinitive(verb) and not any(
        c.dep_ in ("advmod", "prt") and c.lower_ in CONTINUATIONS for c in verb.children)


def _is_envoy(token: Token, index: ActorIndex) -> bool:
    """Whether ``token`` names an ambassador or any envoy (offices.tsv), as a noun or as the
    title the parser hung on a name ("ambassador Kofi Abalo": compounds of "Abalo")."""
    return any(office is not None and office.title == ENVOY_OFFICE
               for office in map(index.gazetteer.office, [token] + [
                   c for c in token.children if c.dep_ == "compound" and c.i < token.i]))


def _on_own_ground(mention: Mention, sides: list[Actor]) -> bool:
    """Whether ``mention`` is one of the doer's own ``sides`` or a city in its state."""
    return any(_same_side(mention.actor, side) for side in sides) or _in_own_town(mention, sides)


def _in_own_town(mention: Mention, sides: list[Actor]) -> bool:
    """Whether ``mention`` is a city nobody knows as an actor, in the state of one of the
    doer's own ``sides``."""
    place = resolve_place(mention.text) if mention.actor.type == "OTHER" else None
    return place is not None and place.feature == "city" and any(
        side.type == "STATE" and side.country == place.country for side in sides)


def _is_own_modifier(mention: Mention, sides: list[Actor], index: ActorIndex) -> bool:
    """Whether ``mention`` only modifies a thing the doer acts on and is one of the doer's
    own ``sides``: "Mahama froze Ghanaian assistance to X", "Ghana cut Ghanaian aid to Togo":
    the aid is the doer's to give, and whom it went to is the target."""
    if not any(_same_side(mention.actor, side) for side in sides):
        return False
    span = index.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in NAME_MODIFIER_DEPS and (
        span.root.head.pos_ == "NOUN")


def _is_unknown_party(obj: Token, index: ActorIndex) -> bool:
    """An object that is a person or body the text does not name here: an office ("the
    president"), a group noun ("the rebels"), "him"/"them" or a person's name the gazetteer
    does not know ("invited Mr Abebe to the summit"), resolved to nobody."""
    party = obj.lower_ in PARTY_PRONOUNS or index.gazetteer.names_people(obj) or (
        obj.pos_ == "PROPN" and obj.ent_type_ in UNKNOWN_NAME_ENTS)
    # "two Pakistani diplomats", "the ambassadors of X and Y": a name among the words before
    # it or in its "of" phrase says whose they are
    return party and not index.resolve(obj) and not any(
        t.i in index.by_token for c in obj.lefts for t in c.subtree) and not any(
        g.dep_ == "pobj" and g.i in index.by_token
        for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _names_people(group: Mention, index: ActorIndex) -> bool:
    """Whether a group's head word is people ("militants"), not a thing they have ("militant
    camps", a place struck)."""
    span = index.doc.char_span(group.start, group.end, alignment_mode="expand")
    # people come in the plural ("militants"); "shared intelligence with X" names a thing
    return span is not None and span.root.tag_ in ("NNS", "NNPS") and (
        index.gazetteer.sector(span.root) is not None)


def _names_state_body(group: Mention, index: ActorIndex) -> bool:
    """Whether a group's head word is a body of a state ("the regime", "the army"), not a
    thing it has ("military ties", "shared intelligence")."""
    span = index.doc.char_span(group.start, group.end, alignment_mode="expand")
    return span is not None and index.gazetteer.sector(span.root) in STATE_SECTORS and any(
        c.dep_ == "det" for c in span.root.children)


def _is_talk(prep: Token | None, lex: Lexicon) -> bool:
    """Whether a place phrase says where words or talks happened ("talks in Jeddah", "a
    summit in Brussels"): a place there is no party to them."""
    word = lex.noun(prep.head) if prep is not None else None
    return word is not None and (PREDICATES[word.predicate].symmetric
                                 or _is_verbal(PREDICATES[word.predicate].category))


def _acts_on_places(verb: Token, objects: list[Token], lex: Lexicon) -> bool:
    """Whether the act of a complement can be aimed at a place: "to institute a curfew in
    Algiers" can, "to return to talks in Jeddah" (no act the lexicon knows) cannot."""
    words = [lex.verb(verb)] + [lex.noun(o) for o in objects]
    return any(w is not None and w.predicate != NO_EVENT and not PREDICATES[w.predicate].symmetric
               and not _is_verbal(PREDICATES[w.predicate].category) for w in words)


def _not_its_own(noun: Token, preps: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """The prepositions of ``preps`` that an event noun does not take for its own target:
    in "discussed trade with X" X is the trade's partner, in "discussed sanctions with X" the
    discussion's."""
    word = lex.noun(noun)
    return tuple(p for p in preps if word is None or p not in word.target)


def _victims(noun: Token, word: EventWord, index: ActorIndex) -> list[range]:
    """Character ranges of whom a condemned attack was aimed at: "condemned the attack on X"
    is aimed at the attacker (unnamed here), not at X; so is anything done "against X"."""
    if not _has(PREDICATES[word.predicate].category, "aimed_at_doer"):
        return []
    attack = index.lex.noun(noun)
    if attack is None and not index.resolve(noun):
        # "condemned the reckless action against a Philippine vessel", "the resolution
        # against X": what is done against X is not X's
        return [_char_range(c) for c in noun.children
                if c.dep_ == "prep" and c.lower_ in HOSTILE_PREPS]
    if attack is None or not _is_hostile(noun, index.lex) or attack.predicate == word.predicate:
        return []  # "raised concerns with X": the noun is the verb's own act, aimed at X
    return [_char_range(c)
            for c in noun.children if c.dep_ == "prep" and c.lower_ in attack.target]


def _makers(noun: Token, category: str | None) -> list[range]:
    """Character ranges of who made, funded or trained a thing acted on ("cut U.S.-funded aid
    to X", "expelled a Russian-trained commander"): a third party to what is done to it. Words
    on a thing take sides with its makers: "rejected a U.S.-proposed truce" rejects the US; and
    what is done to a thing is done to its owner: "seized a British-owned ship"."""
    if _is_verbal(category):
        return []
    return [_char_range(t) for p in noun.children if p.dep_ in PARTICIPLE_DEPS
            and p.tag_ == "VBN" and p.lemma_ not in OWNING_VERBS
            for t in p.children if t.dep_ in HYPHEN_DOER_DEPS]


def _route(noun: Token, sides: list[Actor], index: ActorIndex) -> list[range]:
    """Character ranges of where a thing acted on runs "between" ("forced ferries between X
    and Y to turn back"): the ends of its route, not whom the act is aimed at, unless the doer
    is one of them, or is on one's side (``sides``: "X suspended flights between X and Y" is
    aimed at Y)."""
    if index.lex.noun(noun) is not None:
        return []  # "violated the truce between X and Y": the truce's sides
    ranges = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        ends = _mentions([g for g in prep.children if g.dep_ == "pobj"], index)
        if not any(_same_side(e.actor, side) for side in sides for e in ends):
            ranges.append(_char_range(prep))
    return ranges


def _freed(noun: Token, word: EventWord, index: ActorIndex) -> list[range]:
    """Character ranges of whom a release set free: "demanded the release of X", "welcomed
    the release of X" are aimed at X's captors, not at X (a release itself is X's)."""
    done = index.lex.noun(noun)
    if done is None or done.predicate != RELEASE or word.predicate == RELEASE:
        return []
    return [_char_range(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]


def _captors(noun: Token, freed: list[range], index: ActorIndex) -> list[Mention]:
    """Who holds those a release would free (``freed``, from :func:`_freed`), as the phrase
    says: "the release of prisoners held by X" is asked of X."""
    return [m for t in noun.subtree if t.dep_ == "agent" and t.head.tag_ == "VBN"
            and t.head.dep_ == "acl" and any(t.idx in r for r in freed)
            for g in t.children if g.dep_ == "pobj" for m in _mentions([g], index)
            if not _is_generic(m)]


def _topics(noun: Token, index: ActorIndex) -> list[range]:
    """Character ranges of what a text or a plan is about ("a report on Xinjiang")."""
    if not WORDS_KINDS.intersection(_object_kinds(noun, index, index.lex)):
        return []
    # "the claim that Chinese exports soared": what is claimed is not who claims it
    return [_char_range(c)
            for c in noun.children if (c.dep_ == "prep" and c.lower_ in TOPIC_PREPS) or (
                c.dep_ in ("acl", "ccomp", "appos") and any(
                    m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children))]


def _dealt_with(verb: Token, index: ActorIndex) -> list[Mention]:
    """The other side of the dealings an act came out of: "called off the strike after talks
    with X", "agreed to a truce after a week of fighting with X"; or whose hostile act it
    answers: "imposed a curfew after riots by X"."""
    nouns = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "following")
             for g in c.children if g.dep_ == "pobj"]
    for dealing in nouns + [g for noun in nouns for g in _of_objects(noun)]:
        if dealing.lower_ in DEALING_NOUNS:
            side = ("with",)
        elif _is_hostile(dealing, index.lex):
            side = ("by",)  # "a curfew after riots by X": X's act answered
        else:
            continue
        found = [m for m in _targets(dealing, side, index) if not _is_generic(m)]
        if found:
            return found
    return []


def _is_hostile(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` names an act against somebody: of conflict, or a wrong coded only as a
    charge ("interference in X's affairs")."""
    word = lex.noun(noun)
    predicate = PREDICATES[word.predicate] if word is not None else None
    if predicate is None or predicate.category is None:
        return predicate is not None and predicate.charge
    return not QUADS[CATEGORY[predicate.category].quad].cooperative


def _proposed(noun: Token, index: ActorIndex) -> list[Mention]:
    """Whom a proposal is about: "rejected an offer to hold talks with X" is aimed at X. An
    owned one is its owner's: "backed its neighbour's bid to join X" is aimed at no X, even
    where the owner is named by no name. A proposal to do something else to X than
    cooperate ("a plan to impose sanctions on X", "to phase out X's gas") is no stance on X,
    for or against."""
    if noun.lemma_.lower() not in PROPOSAL_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return []
    for clause in noun.children:
        # ("an invitation for Ghana to join X": the parser hangs the clause as adverbial)
        if clause.dep_ in ("acl", "advcl") and _is_infinitive(clause) and _is_cooperative(
                _proposed_category(clause, index)):
            parts = [c for c in clause.children if c.dep_ in OBJECT_DEPS] + sorted(
                (c for c in clause.children if c.dep_ == "prep"
                 and c.lower_ not in NOT_TARGET_PREPS), key=_prep_rank)
            for part in parts:
                # not a clause about the part: "a bid to cut the rebate won by X" is not on X
                told = [range(c.left_edge.idx, c.right_edge.idx + 1) for t in part.subtree
                        for c in t.children if c.dep_ in ("acl", "relcl", "advcl")]
                named = [m for m in _first_in(part, index) if not _is_generic(m)
                         and not any(m.start in r for r in told)]
                if named:
                    return named
    return []


def _proposed_category(clause: Token, index: ActorIndex) -> str | None:
    """The category of what a proposal's clause would do: its verb's, as its object makes it
    ("to join ECOWAS"), or that of the event its object names ("to hold talks", "to attend a
    meeting", "to impose sanctions")."""
    lex = index.lex
    sense = _decided_predicate(clause, index)
    found = PREDICATES[sense].category if sense != NO_EVENT else None
    if found is None:
        nouns = [lex.noun(c) for c in clause.children if c.dep_ in OBJECT_DEPS]
        found = next((PREDICATES[w.predicate].category for w in nouns if w is not None), None)
    return found


def _makers_of(direct: list[Token], verb: Token, index: ActorIndex) -> list[Mention]:
    """Who made the deed an active verb acts on, from a "by" the parser hung on the verb:
    in "rejected mediation by X" and "welcomed the offer by X" the act answers X. An active
    verb has no agent of its own, so a name after its "by" is its object's."""
    lex = index.lex
    if not any(lex.noun(d) is not None or lex.kind(d) == PROPOSAL_KIND for d in direct):
        return []
    agents = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
              for g in c.children if g.dep_ == "pobj"]
    return [m for m in _mentions(agents, index) if not _is_generic(m)]


def _condition_subjects(verb: Token, index: ActorIndex) -> list[Mention]:
    """Whom a threat is aimed at: "threatened to quit the talks if the US ..." (the US),
    "warned that talks would collapse unless the US ..." (the US)."""
    for clause in [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]:
        for child in clause.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS
                                             for m in child.children):
                # in a reported clause "they" is too often somebody else's ("warned: 'if they
                # wear them ...'"): only a name there
                found = _mentions([c for c in child.children if c.dep_ in SUBJECT_DEPS and (
                    clause.i == verb.i or c.pos_ != "PRON")], index)
                if found:
                    return found
    return []


def _char_range(token: Token) -> range:
    """The character offsets of the phrase ``token`` heads, as :class:`Mention` starts are."""
    return range(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))


def _participle_agents(phrase: Token) -> list[range]:
    """The character spans of who did what a participle in ``phrase`` says was done ("in a
    deal brokered by China"): a third party to the act the phrase only places."""
    return [_char_range(t) for p in phrase.subtree if p.dep_ in PARTICIPLE_DEPS
            and p.tag_ == "VBN" for t in p.children if t.dep_ == "agent"]


def _in_support_of(verb: Token, objects: list[Mention]) -> bool:
    """Whether ``objects`` are named in a phrase of ``verb`` that takes their side ("in
    support of X", "in aid of X"), or are where forces went with the purpose of helping ("sent
    troops to X to help expel ...", "to help X")."""
    phrases = [_char_range(p) for p in verb.children if p.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ON_SIDE_OF for g in p.children)]
    if objects and phrases and all(any(m.start in phrase for phrase in phrases)
                                   for m in objects):
        return True
    return bool(objects) and any(c.dep_ == "advcl" and c.lemma_ in HELPING_VERBS
                                 and _is_infinitive(c) for c in verb.children)


def _prep_rank(prep: Token) -> int:
    """Stance phrases first ("in defiance of X", "in protest against X"), places last."""
    if any(g.dep_ == "pobj" and g.lemma_.lower() in STANCE_NOUNS for g in prep.children):
        return 0
    return 2 if prep.lower_ in LOCATIVE_PREPS else 1


def _targets(token: Token, preps: tuple[str, ...], index: ActorIndex) -> list[Mention]:
    # "the withdrawal of troops from X": the parser hangs the target on the "of" object
    for place in [token, *_of_objects(token)]:
        for objects in _prep_objects(place, preps):
            found = _mentions(objects, index) or [m for o in objects for m in _first_in(o, index)]
            if found:
                return found
    return []


def _of_objects(token: Token) -> list[Token]:
    """The objects of ``token``'s "of" ("a team of inspectors", "days of fighting")."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def _prep_objects(token: Token, preps: tuple[str, ...]) -> Iterator[list[Token]]:
    """The objects of each of ``token``'s prepositions (or particles) named in ``preps``."""
    for child in token.children:
        # spaCy marks the "to" of give-type verbs as a dative: "granted asylum to X"
        if child.dep_ in ("prep", "prt", "dative") and child.lower_ in preps and not (
                _is_fronted(child)):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if not objects:  # "pull out of X": the particle's own preposition
                objects = [g for p in child.children if p.dep_ == "prep" for g in p.children
                           if g.dep_ == "pobj"]
            yield objects or _stranded_objects(child)


def _stranded_objects(prep: Token) -> list[Token]:
    """The object of a preposition the parser made the subject of a participle after it.

    "gave shelter to two journalists hiding in its embassy": the small model can hang
    "hiding" on "to" and make "journalists" its subject, or leave "to" empty and make the
    noun phrase after it the subject of a clause of its own. After a comma, "with" and a
    clause is the clause's setting, not a companion ("X and Y held talks, with Z shuttling
    between them").
    """
    if prep.lower_ in COMPANION_PREPS and prep.i > 0 and prep.doc[prep.i - 1].text == ",":
        return []
    for child in prep.children:
        if child.dep_ == "pcomp" and child.tag_ in ("VBG", "VBN") and not any(
                g.dep_ in ("mark", "aux") for g in child.children):  # not "on whether X should"
            return [g for g in child.children if g.dep_ == "nsubj" and g.i < child.i]
    if prep.n_lefts + prep.n_rights:
        return []
    start = prep.i + 1  # the noun phrase right after the empty preposition
    for token in prep.doc[start:min(start + 8, prep.sent.end)]:
        if token.left_edge.i == start and token.dep_ == "nsubj" and token.pos_ in (
                "NOUN", "PROPN") and token.head.i > token.i and token.head.tag_ in (
                "VBG", "VBN", "VBD"):
            return [token]
    return []


def _is_fronted(prep: Token) -> bool:
    """A phrase set before its verb ("With the accord signed, X agreed ...") frames the
    clause; it does not name whom the act is aimed at."""
    return prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and prep.i < prep.head.i


def _decided_predicate(verb: Token, index: ActorIndex) -> str:
    """The predicate ``verb`` codes as its object makes it ("joining NATO" cooperates,
    "joining up" and "joining the protest" code nothing), NO_EVENT for none."""
    word, particle = _event_word(verb, index.lex, undecided=True)
    if word is None or (word.object == "required" and not any(
            c.dep_ in OBJECT_DEPS for c in verb.children)):
        return NO_EVENT
    return _by_object(word, verb, index.lex, index, particle).predicate


def _codes_event(verb: Token, index: ActorIndex) -> bool:
    """Whether ``verb`` codes an event as its object makes it."""
    return _decided_predicate(verb, index) != NO_EVENT


def _first_in(token: Token, index: ActorIndex, *, own_events: bool = False,
              places: bool = True, skip: list[range] = ()) -> list[Mention]:
    """The first named actor inside a phrase ("a resolution of the U.N. Security Council").

    With ``own_events``, a participle that codes an event of its own is left to it: in
    "approved a motion condemning X", X is what the condemning is aimed at. Without
    ``places``, names used as places ("a summit in Brussels") are passed over. Names within
    the character ranges ``skip`` always are.
    """
    # Clauses about the phrase are skipped, but not participles that place it ("power lines
    # leading into Kabul", "a protest staged by students").
    inner = {t.i for c in token.children if c.dep_ in ("relcl", "acl", "advcl")
             and not (c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
                      and not (own_events and _codes_event(c, index)))
             for t in c.subtree}
    if index.lex.noun(token) is None:
        # "accused European allies of freeloading on American protection": what they are
        # said to do is not who they are; nor what "a tanker suspected of damaging the cable
        # between X and Y" is suspected of
        suspected = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        inner.update(t.i for w in [token, *suspected] for r in _gerund_phrases(w)
                     for t in token.subtree if t.idx in r)
    inner.update(i for t in token.subtree for i in _one_of(t))
    # "a truce with rebels bombing their positions and killing French soldiers": a clause with
    # a subject of its own says what happened besides, not who is in the phrase
    inner.update(t.i for c in token.subtree if c.dep_ == "pcomp" and any(
        g.dep_ in SUBJECT_DEPS for g in c.children) for t in c.subtree)
    generic: list[Mention] = []
    for t in token.subtree:
        if t.i in inner or any(t.idx in r for r in skip):
            continue
        if t.i in index.by_token and (index.is_place(t.i, locative=not places) or
                                      _is_talk(index.locative_prep(t.i), index.lex)):
            continue
        if t.i in index.by_token:
            root = _name_root(t, index)  # "Hong Kong court": the name's last word modifies
            named = _named_head(root, index)
            if named is not None:
                # "sanctions on former Bosnian Serb President Milorad Dodik": the name the
                # title words lead to, not the state a demonym among them names
                return _mentions([named], index)
            if root.dep_ in ("amod", "compound") and root.head.i != token.i and (
                    root.head.pos_ == "NOUN"):
                # "war crimes by Croatian extremists": the group the demonym modifies
                headed = index.resolve(root.head)
                if headed:
                    return headed
            return _mentions([root], index)  # "blows to the US and Israel"
        if not generic and t.pos_ == "NOUN" and t.i != token.i:
            generic = index.resolve(t)
    return generic


def _one_of(noun: Token) -> list[int]:
    """The tokens of the "of" phrase of a noun naming one of a side's own ("a member state
    of the court", "an ally of Togo"), which names the side, not the one meant."""
    if noun.lemma_ not in ONE_OF_NOUNS:
        return []
    phrase = noun.head if noun.dep_ == "compound" else noun
    if phrase.tag_ != "NN" or not any(
            d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in phrase.children):
        return []
    return [t.i for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"
            for t in c.subtree]


def _named_head(word: Token, index: ActorIndex) -> Token | None:
    """The person's name a modifier leads to through the title words between them ("Bosnian"
    in "Bosnian Serb President Milorad Dodik" leads to Dodik), if it leads to one."""
    own = index.by_token[word.i].actor.id if word.i in index.by_token else None
    head = word
    while head.dep_ in ("amod", "compound") and head.head.i != head.i:
        head = head.head
        mention = index.by_token.get(head.i)
        if mention is not None and mention.actor.id != own:
            return head if mention.actor.type == "PERSON" else None
    return None


def _name_root(token: Token, index: ActorIndex) -> Token:
    """The head word of the name ``token`` is part of ("States" of "the United States")."""
    mention = index.by_token[token.i]
    while token.head.i != token.i and index.by_token.get(token.head.i) is mention:
        token = token.head
    return token


def _is_generic(mention: Mention) -> bool:
    """A group named only by a common noun ("demonstrators"), with no country or name."""
    return is_generic(mention.actor)


def _mentions(tokens: list[Token], index: ActorIndex) -> list[Mention]:
    """Actors named by ``tokens`` and everything coordinated with them."""
    found: list[Mention] = []
    for token in tokens:
        for t in _conjuncts(token):
            for mention in index.resolve(t):
                if all(m.actor.id != mention.actor.id for m in found):
                    found.append(mention)
    return found


def _conjuncts(token: Token) -> list[Token]:
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
            found.extend(_conjuncts(child))
    return found


def _clause(verb: Token) -> list[Token]:
    """The verb's own words, without the clauses that hang off it."""
    skip = {"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj"}
    tokens = [verb]
    stack = list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in skip and token.pos_ in ("VERB", "AUX"):
            continue
        tokens.append(token)
        stack.extend(token.children)
    return sorted(tokens, key=lambda t: t.i)


def _is_infinitive(verb: Token) -> bool:
    """Whether ``verb`` heads a "to" infinitive ("to withdraw", "a plan to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _infinitive_complement(clause: Token, lex: Lexicon) -> bool:
    """Whether an infinitive the parser hung as an adverbial clause is the complement of a
    verb of intent, refusal or attempt: "threatened in July to halt talks with X" (a phrase
    between the two words makes the small model read a purpose, as in "met X to discuss")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and _is_infinitive(clause) and (
        not any(c.dep_ == "mark" for c in clause.children)) and bool(
        lex.cues_of(clause.head) & INFINITIVE_CUES)


def _context(anchor: Token, index: ActorIndex, lex: Lexicon) -> _Context:
    """Negation, intent, obligation and the speaker of the clause ``anchor`` stands in."""
    ctx = _Context(set(), False, [], False, False)
    # "no talks between X and Y", "held no talks", "sent no troops": denied by the determiner
    denied = [anchor] if anchor.pos_ == "NOUN" else [
        c for c in anchor.children if c.dep_ == "dobj"] if anchor.pos_ == "VERB" else []
    ctx.negated = any(_denied_by_no(d) for d in denied)
    if anchor.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in UNREAL_DETERMINERS
                                     for c in anchor.children):
        ctx.effects.add("possible")  # "warned that any attack on X by Y would ...": none yet
    if anchor.pos_ == "NOUN" and anchor.dep_ in SUBJECT_DEPS | PASSIVE_DEPS and any(
            "possible" in lex.cues_of(c) for c in anchor.head.children
            if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"):
        # "a Chinese attack on Taiwan could justify a response": an attack supposed
        ctx.effects.add("possible")
    token = anchor
    own_negation = False  # the next clause's negation is not this one's
    own_mood = False  # nor, after a conjunct with an auxiliary of its own, its modal
    for _ in range(8):
        negated = ctx.negated
        _read_cues(token, ctx, lex, modals=not own_mood)
        own_mood = False
        if own_negation:
            ctx.negated, own_negation = negated, False  # "did not speak after meeting Y"
        if token.dep_ in ("xcomp", "acomp") or (token.pos_ == "ADJ" and token.dep_ != "ROOT") or (
                _infinitive_complement(token, lex)) or _is_gerund_as_noun(token):
            head = token.head
            ctx.effects |= lex.cues_of(head) - UNMODAL_CUES
            ctx.threatened |= lex.lemma(head, lex.cues) == "threaten"
            if head.i == token.i:
                break
            token = head
            continue
        owner = _complement_owner(token)
        if owner is not None and owner.pos_ in ("VERB", "AUX", "ADJ") and (
                lex.cues_of(owner) & COMPLEMENT_CUES):
            # "refrained from criticising X", "abstained from voting on X"
            ctx.effects |= lex.cues_of(owner) - UNMODAL_CUES
            token = owner
            continue
        intent = _intent_had(token, lex)
        if intent is not None:
            # "has no intention of talking to X": an intent, denied by its determiner
            ctx.effects.add("intend")
            ctx.negated ^= _denied_by_no(intent)
            token = intent.head  # "has": its negation and its speaker
            continue
        if token.dep_ in ("acl", "ccomp") and _is_nominal(token.head) and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            ctx.effects.add("embedded")  # "its demand that Israel ease ...": not done
            break
        if _is_asked_about(token, lex):
            ctx.effects.add("embedded")  # "wondered whether X will meet Y": neither done nor meant
            break
        if _asked_of(token) is not None:
            ctx.effects.add("embedded")  # "its call for the UK to leave the EU": asked for
            break
        if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN") and (
                _is_infinitive(token) and not _is_singled_out(token)):
            ctx.effects.add("embedded")  # "an offer to host talks", "a plan to attack": not done
            break
        if token.dep_ in CLAUSE_DEPS and token.head.i != token.i:
            head = token.head
            cues = lex.cues_of(head)
            if "report" in cues:
                if any(c.dep_ in SUBJECT_DEPS and c.lower_ in NOBODY for c in head.children):
                    ctx.effects.add("embedded")  # "until somebody says they will leave": unsaid
                else:
                    ctx.speaker = _subjects(head, index)[0]
            elif "imply" in cues and any(c.dep_ == "neg" for c in head.children):
                ctx.effects.add("embedded")  # "did not mean that X recognised Y": not done
            elif lex.verb(head) is not None or _light_noun(head, lex) is not None:
                # "demanded that X withdraw", "renewed its demand that X withdraw": not done
                ctx.effects.add("embedded")
                if _foretells(head, lex):
                    # "warned that X would ...": foretold by the one who warns
                    ctx.warned, ctx.speaker = True, _subjects(head, index)[0]
                elif token.dep_ == "ccomp" and {"intend", "promise"} <= cues:
                    # "pledged that X would ...": undertaken by the one who pledges
                    ctx.promised, ctx.speaker = True, _subjects(head, index)[0]
            break
        if _is_sequel_clause(token):
            # "could play a role after signing a deal": as possible as the act it precedes;
            # "did not respond by attacking Y": as denied as the act it is the means of
            token, own_negation = _sequel_owner(token.head), token.head.lower_ != "by"
            continue
        if token.dep_ == "conj" and _told_beside(token, index):
            token = token.head.head  # "said X would not ... and vowed to respond": vowed
            continue
        finite = _finite_above(token)
        if finite is not None:
            token = finite  # "accused X of trying to drag Y into war and called on Z": called
            continue
        if token.dep_ == "conj" and token.head.i != token.i and any(
                c.dep_ in ("aux", "auxpass") for c in token.children):
            # "will not meet X and will sign a deal with Y": a conjunct with its own auxiliary
            # has its own negation, and its own mood ("would finish the depot and had already
            # handed Y arms": handed); what governs both still governs it
            token, own_negation, own_mood = token.head, True, True
            continue
        if token.dep_ in ("conj", "advcl") and token.head.i != token.i:
            if token.dep_ == "advcl" and not _is_infinitive(token):
                break
            # "pledged to send troops to fight X", "did not deploy troops to protect X": a
            # purpose is as done, meant or denied as the act it is the purpose of
            token = token.head
            continue
        break
    return ctx


def _is_nominal(word: Token) -> bool:
    """A noun, or a word the parser tagged otherwise but hung as one ("reports" tagged as a
    verb, yet the subject of "were")."""
    return word.pos_ in ("NOUN", "PROPN") or word.dep_ in (
        SUBJECT_DEPS | PASSIVE_DEPS | OBJECT_DEPS | {"pobj"})


def _is_singled_out(clause: Token) -> bool:
    """Whether an infinitive on a noun tells what its subject did: "X is the only leader to
    have met Y", "X became the first president to visit Y" (not "an offer to host talks", "a
    plan to attack", nor a description set beside a name, whose doers the clause leaves
    unsaid)."""
    singling = any(c.dep_ in ("amod", "advmod")
                   and (c.lower_ in SINGLING_WORDS or _is_superlative(c))
                   for c in clause.head.children)
    # "X met Y, the most senior Saudi official to visit Iran in decades": said of X beside it
    return (clause.head.dep_ == "attr" and (
        any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children) or singling)) or (
        clause.head.dep_ == "appos" and singling)


def _is_superlative(word: Token) -> bool:
    """"highest", "most senior": a word that picks one out of all."""
    return word.tag_ in ("JJS", "RBS") or any(c.lower_ == "most" for c in word.children)


def _is_asked_about(clause: Token, lex: Lexicon) -> bool:
    """Whether ``clause`` is an indirect question: opened by "whether", or by "if", "how" or
    "why" under an asking word ("wonder", "unclear", "questions over") that governs it, or
    that is the subject or complement of the verb that does."""
    if clause.dep_ not in ("ccomp", "advcl", "pcomp", "acl", "csubj"):
        return False
    opening = {c.lower_ for c in clause.children if c.i < clause.i and c.lower_ in QUESTION_WORDS
               and (c.dep_ == "mark" or c.tag_ == "WRB")}
    if "whether" in opening:
        return True
    if not opening:
        return False
    host = clause.head.head if clause.dep_ == "pcomp" else clause.head
    hosts = [host, *(c for c in host.children if c.dep_ in ("acomp", "attr", "nsubj", "dobj"))]
    return any("question" in lex.cues_of(h) for h in hosts)


def _denied_by_no(noun: Token) -> bool:
    """Whether "no" is the noun's determiner ("no talks", "no intention")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _is_home(subject: Mention, place: Mention) -> bool:
    """Whether ``place`` is the state ``subject`` belongs to."""
    return place.actor.type == "STATE" and subject.actor.country is not None and (
        place.actor.country == subject.actor.country)


def _complement_owner(token: Token) -> Token | None:
    """What a gerund after a preposition complements: "refrained from criticising" (refrained),
    "no intention of talking" (intention)."""
    if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.i != token.head.i:
        return token.head.head
    return None


def _intent_had(verb: Token, lex: Lexicon) -> Token | None:
    """The noun of "has (no) intention to/of ..." whose intent ``verb`` is, if it is one."""
    noun = _complement_owner(verb) or (
        verb.head if verb.dep_ == "acl" and _is_infinitive(verb) else None)
    if noun is None or noun.pos_ != "NOUN" or "intend" not in lex.cues_of(noun) or (
            noun.lemma_.lower() in PROPOSAL_NOUNS):
        return None  # "has no plans to visit X" may only mean none was made yet
    if noun.dep_ in OBJECT_DEPS and "have" in lemma_candidates(noun.head):
        return noun
    return None


def _read_cues(token: Token, ctx: _Context, lex: Lexicon, *, modals: bool = True) -> None:
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(
                g.lower_ == "no" for g in child.children):
            ctx.effects.add("cease")  # "would no longer attack X", "no longer sends arms"
        elif child.dep_ == "neg":
            ctx.negated = not ctx.negated  # "did not", "never"
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD" and modals:
            # Only modals change modality: "has agreed" is done, "must agree" is not.
            ctx.effects |= lex.cues.get(child.lower_, frozenset()) - UNMODAL_CUES
            ctx.effects |= lex.cues.get(child.lemma_.lower(), frozenset()) - UNMODAL_CUES
        elif child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            ctx.conditional = True


def _condition(anchor: Token) -> str | None:
    """The conjunction of a condition put on the act ("if", "unless"), if any."""
    return next((m.lower_ for child in anchor.children if child.dep_ == "advcl"
                 for m in child.children if m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS),
                None)


def _is_threat(condition: str | None, cooperative: bool) -> bool:
    """"will cut aid if/unless X", "will withdraw unless X" threaten; "would meet X if Y" offers."""
    return condition is not None and (condition == "unless" or not cooperative)


def _predicate_for_sides(event: Event, lex: Lexicon) -> str:
    """The act as its sides make it (event_objects.tsv): a strike by states or armed forces is
    a military one (@forces), a state's bombing an air strike (@military); "troops attacked
    their homes", aimed at people or civilians only, is violence against them, not a battle
    (@people); one politician or party attacking another is a verbal attack (@rivals); a ban
    on a state or a bloc is an embargo (@states); troops or police arriving somewhere are
    deployed there (@troops)."""
    predicate = event.predicate
    if event.objects and event.subjects:
        doers = [m.actor for m in event.subjects]
        kinds = ["@troops"] if all(a.sector in TROOP_SECTORS for a in doers) else []
        if all(a.type == "STATE" or a.sector == "MIL" for a in doers):
            kinds.append("@military")
        if all(a.type in ARMED_TYPES or a.sector in ARMED_SECTORS for a in doers):
            kinds.append("@forces")
        # "Israel's strikes on X": a strike by states or armed forces is no walkout (@forces);
        # a state's bombing is an air strike, not a bomb planted (@military)
        armed = next((lex.objects[(predicate, kind)] for kind in kinds
                      if (predicate, kind) in lex.objects), predicate)
        predicate = predicate if armed == NO_EVENT else armed
    if event.objects and all(m.actor.type in ("STATE", "IGO") and m.actor.sector in (None, "GOV")
                             for m in event.objects):
        # "the EU's arms ban on China": a ban on a state or a bloc is an embargo (@states)
        becomes = lex.objects.get((predicate, "@states"), predicate)
        return predicate if becomes == NO_EVENT else becomes
    if not event.objects or not all(m.actor.type == "PERSON" or m.actor.sector == CIVILIANS
                                    for m in event.objects):
        return predicate
    kinds = ["@people"]
    if all(m.actor.type == "PERSON" for m in event.objects) and event.subjects and all(
            m.actor.type in ("PERSON", "PARTY") and m.actor.sector not in FORCE_SECTORS
            for m in event.subjects):
        kinds.insert(0, "@rivals")
    becomes = next((lex.objects[(predicate, kind)] for kind in kinds
                    if (predicate, kind) in lex.objects), predicate)
    return predicate if becomes == NO_EVENT else becomes


def _finish(event: Event, index: ActorIndex, lex: Lexicon,
            dealings: Dealings | None = None) -> Iterator[Event]:
    """Apply negation, modality and the coding convention; drop events with no dyad.
    ``dealings`` names whom a refusal aimed at nobody answers (:meth:`Dealings.demanders`)."""
    event.predicate = _predicate_for_sides(event, lex)
    ctx = _context(event.anchor, index, lex)
    predicate = PREDICATES[event.predicate]
    category, cameo = predicate.category, predicate.cameo
    cooperative = _is_cooperative(category)
    refused = False
    effects = ctx.effects
    if event.rule in ("noun.light", "noun.ready") and "intend" in lex.cues_of(event.anchor):
        # "offered assistance": the offer is not the aid; "ready for talks": none held yet
        effects = effects | {"intend"}
    event.negated = ctx.negated
    if "cease" in effects:
        # "stopped sending arms to X", "no longer talks to X": the act ended, which cuts aid or
        # halts talks (categories.tsv). Ending an attack is no act against anybody, an end
        # announced ("would no longer cooperate with X") refuses as "would not" does, and not
        # stopping is nothing new.
        stopped = CATEGORY[category].stopped if category in CATEGORY else None
        if event.negated:
            category = None
        elif stopped is None or "intend" in effects:
            event.negated = True
        else:
            event.predicate, predicate = stopped, PREDICATES[stopped]
            category, cameo = predicate.category, predicate.cameo
            cooperative = _is_cooperative(category)
    if ctx.speaker and all(m.actor.id not in {s.actor.id for s in event.subjects}
                           for m in ctx.speaker):
        event.attributed_to = ctx.speaker[0].actor
    event.subjects = [_speakers_government(m, ctx.speaker, index) for m in event.subjects]
    if ctx.promised and _by_own_side(event.subjects, ctx.speaker, index):
        # "Mahama pledged that Ghana would stand by Togo": his side's act, undertaken as
        # if he had pledged to do it; another's act ("that Togo would be safe") stays unsaid
        effects = effects - {"embedded"} | {"intend", "promise"}
    foretold = ctx.warned or ("possible" in effects and "embedded" not in effects)
    if foretold and _is_deed_of_conflict(category) and not event.negated and _by_own_side(
            event.subjects, ctx.speaker, index):
        # "Mahama said Accra could impose sanctions on X", "X warned that it would cut
        # aid to Y": a hostile act the speaker's own side may take, said in public, is a
        # threat to its target (CAMEO 13)
        category, cameo, event.modality = THREAT, _threat_code(category), "intended"
    elif "embedded" in effects:
        category, event.modality = None, "hypothetical"
    elif "deny" in effects:
        category, event.negated = None, True  # "denied supplying arms": said not to be done
        event.rule += ".denied"
    elif "refuse" in effects:
        # Refusing to cooperate, or to send the forces others ask for, is REJECT; refusing or
        # failing to criticise, attack or sanction X is no rejection of X (X would have been
        # its victim). The act itself is not done.
        # A refusal that is only possible, required or conditional ("could refuse", "if X
        # refuses") has not happened either.
        refused = (cooperative or _has(category, "refusable_force")) and not ctx.conditional and not (
            effects & {"possible", "require"})
        category, event.negated = None, True
    elif ctx.threatened:
        category, cameo, event.modality = "THREATEN", _threat_code(category), "intended"
    elif "require" in effects:
        event.modality = "required"
        asked = _demanded_of(ctx.speaker, event.subjects, index)
        if ctx.speaker and asked and not _of_own_side(event.anchor):
            yield Event("DEMAND", ctx.speaker, asked, event.anchor, "speech.demand",
                        category="DEMAND", cameo="100", clause=event.clause)
        category = None
    elif "intend" in effects and _is_threat(_condition(event.anchor), cooperative) \
            and not event.negated:
        # "will withdraw unless X", "would boycott if Y": a conditional intent is a threat.
        category, cameo, event.modality = "THREATEN", _threat_code(category), "intended"
    elif "intend" in effects:
        event.modality = "intended"
        if event.negated and cooperative:
            category, refused = None, True  # "will not meet X": a refusal, said now
        elif event.negated:
            category = None
        elif cooperative:
            category, cameo = "AGREE", _intent_code(category)
        elif "promise" in effects and _has(category, "refusable_force"):
            # "pledged to send troops to X": forces promised to X are protection offered;
            # "pledged to deploy police to curb attacks by X": forces promised against X,
            # to somebody else, which is no deal with X and no threat made to X
            purposed = _in_purpose(event.anchor, event.objects, lex)
            category, cameo = (None, None) if purposed else ("AGREE", _intent_code(category))
        elif _has(category, "violent") and "ready" in effects:
            category, cameo = "MOBILIZE", "150"  # "prepared to storm the city": forces readied
        elif _is_deed_of_conflict(category) and "maintain" in lex.cues_of(event.anchor):
            category = None  # "would keep its tariffs on X": in force, kept; no threat made
        elif _is_deed_of_conflict(category):
            category, cameo = "THREATEN", _threat_code(category)
    elif "possible" in effects or ctx.conditional:
        category, event.modality = None, "possible" if not ctx.conditional else "hypothetical"
    elif event.negated:
        category = None
    if "attempt" in effects:
        event.rule += ".attempt"
    if event.modality != "asserted":
        event.rule += "." + event.modality
    event.category, event.cameo = category, cameo if category else None
    if predicate.promised and event.modality == "asserted" and not event.negated:
        return  # "worked with X for years": a career told, no act between them
    if not event.objects and len(event.subjects) >= 2 and PREDICATES[event.predicate].symmetric \
            and not any(c.dep_ in OBJECT_DEPS and c.lemma_ in MULTILATERAL_NOUNS
                        for c in event.anchor.children) and not _one_side(event.subjects, index):
        # "X and Y signed a deal" with each other; "X and Y ratified the convention" each
        # alone; "Ghana's foreign and defence ministers signed the deal" together, for Ghana
        event.reciprocal = True
    if PREDICATES[event.predicate].territorial:
        event.objects = _places_as_sides(event.objects, event.subjects, index,
                                         violent=_has(predicate.category, "violent"),
                                         visit=event.predicate == VISIT)
    elif event.objects and not _has(predicate.category, "violent"):
        # "Ghana closed schools in Kumasi": a town of the doer's own state is where, not whom
        own = _own_sides(event.subjects, index)
        event.objects = [m for m in event.objects if not _in_own_town(m, own)]
    if PREDICATES[event.predicate].homecoming:
        # "the exiled leader returned to Zimbabwe": coming home is no visit; "Turkish tourists
        # visiting Greek islands" is travel, not a state's visit
        event.objects = [o for o in event.objects
                         if not any(_is_home(s, o) for s in event.subjects)]
        if all(s.actor.sector == CIVILIANS and s.actor.type != "PERSON" for s in event.subjects):
            event.objects = []
    if category == "CONSULT" or _has(category, "judgement"):
        # "Saudi Defence Minister X met Y, the most senior Saudi official to visit ...",
        # "Lula criticised the tariffs on Brazil": an official meets, praises or condemns for
        # the state or body he serves, never it
        served = {o.id for s in event.subjects if s.actor.type == "PERSON"
                  for o in _own_sides([s], index) if o.id != s.actor.id}
        event.objects = [m for m in event.objects if m.actor.id not in served]
    elif category == "DEMAND":
        # "Mahama ordered the Ghanaian army to withdraw", "urged Ghana to stay calm": an order
        # down a government's own chain of command is the state acting, no demand of another
        governed = [g for s in event.subjects if s.actor.type == "PERSON"
                    for g in [index.government_of(s.actor)] if g is not None]
        event.objects = [m for m in event.objects
                         if not any(_is_commanded(m.actor, g) for g in governed)]
    said_of_it = any(c.dep_ in SUBJECT_DEPS and c.lower_ in THING_PRONOUNS
                     for c in event.anchor.children)
    if PREDICATES[event.predicate].charge and event.modality == "asserted" and ctx.speaker and (
            said_of_it and _by_own_side(event.subjects, ctx.speaker, index)):
        # "X condemned the pledge, saying it violated the rights of Y": "it" is the pledge,
        # no breach X owns up to ("X said it would break the truce if attacked" threatens)
        return
    only_charge = predicate.category is None  # "undermined", "meddled": wrong, yet no event
    if predicate.charge and (category is not None or (only_charge and not event.negated)) and (
            event.modality == "asserted") and ctx.speaker and event.subjects and not any(
            _is_generic(m) or _by_own_side([m], ctx.speaker, index) for m in event.subjects):
        # "Ghana said Togo had violated the truce", "... that Togo's measures ignored the
        # ruling", "... that Togo was meddling in its affairs": the speaker charges the doer
        # (CAMEO 112), whether or not a target is named
        yield Event("ACCUSE", ctx.speaker, event.subjects, event.anchor, "speech.charge",
                    category="DISAPPROVE", cameo="112", clause=event.clause)
    if predicate.charge and only_charge:
        return
    refused_whom = event.objects
    if refused and event.subjects and not event.objects and not event.reciprocal and (
            dealings is not None):
        # "X refused to withdraw them": a refusal of what was just demanded of X
        anchor = event.anchor
        refused_whom = [Mention(a, anchor.text, anchor.idx, anchor.idx + len(anchor))
                        for a in dealings.demanders(event.subjects)]
    if refused and (event.reciprocal or (event.subjects and refused_whom)):
        # The refusal happened: REJECT of whom the act would have been aimed at (CAMEO 12),
        # or of who asked for it. "will refuse to": a refusal announced; "will not meet": a
        # refusal said now
        announced = "intend" in effects and "refuse" in effects
        yield replace(event, objects=refused_whom, predicate="REJECT", category="REJECT",
                      cameo="120", negated=False, modality="intended" if announced else "asserted",
                      rule=event.rule + ".refusal" + ("" if event.objects else ".answer"))
    if event.reciprocal or (event.subjects and event.objects):
        yield event


# -- what the ontology says of a category (kg/data/categories.tsv, quad_classes.tsv) ------------

def _has(category: str | None, trait: str) -> bool:
    """Whether PLOVER ``category`` carries ``trait`` (violent, judgement, ...)."""
    return category in CATEGORY and trait in CATEGORY[category].traits


def _is_verbal(category: str | None) -> bool:
    """Said, not done to anything: the verbal quad classes."""
    return category in CATEGORY and QUADS[CATEGORY[category].quad].verbal


def _is_cooperative(category: str | None) -> bool:
    return category in CATEGORY and QUADS[CATEGORY[category].quad].cooperative


def _by_own_side(doers: list[Mention], speakers: list[Mention], index: ActorIndex) -> bool:
    """Whether every doer is the speaker or on the speaker's side ("Mahama said Accra
    could ...", "X said it could ...")."""
    sides = _own_sides(speakers, index)
    return bool(speakers) and bool(doers) and all(
        any(_same_side(d.actor, side) for side in sides) for d in doers)


def _is_deed_of_conflict(category: str | None) -> bool:
    return category in CATEGORY and not (_is_verbal(category) or _is_cooperative(category))


def _intent_code(category: str | None) -> str:
    """CAMEO's code for an intent to do ``category``: 030, "expressed intent to cooperate",
    where it has no more precise one."""
    return (CATEGORY[category].intent if category in CATEGORY else None) or "030"


def _threat_code(category: str | None) -> str:
    """CAMEO's code for a threat to do ``category``: 130, "threaten", where it has none."""
    return (CATEGORY[category].threat if category in CATEGORY else None) or "130"
