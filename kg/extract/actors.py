"""Actors in a parsed document: gazetteer names, people, groups, offices and what refers to them.

One :class:`ActorIndex` per document answers "which actor does this token name?" for the event
rules. It merges every way a person is named in the document into one actor ("NATO Secretary
General Mark Rutte", "Rutte", "the NATO chief", "he"), whatever label the statistical NER gave
the name, and turns office titles into role relations.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterator

import numpy
from spacy.attrs import ENT_IOB, POS
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.lexicon import ANY_HEAD, SELF_SECTORS, STATE_SECTORS, Gazetteer, Office
from kg.extract.places import resolve_place, water_heads
from kg.model import Actor, Mention
from kg.ontology import PREDICATES

__all__ = ["ActorIndex", "Role", "build_matchers", "index_actors", "is_generic"]

# Entity labels whose spans can name an actor when the gazetteer does not know them.
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# As ids: reading label_ of every entity costs a string lookup each.
_NAME_LABEL_IDS = {get_string_id(label) for label in NAME_LABELS}
# Personal pronouns and the kind of actor each can stand for.
PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
THING_PRONOUNS = {"it", "its", "itself"}
# Actors that are one, never "they": a state or body ("Togo ... their governments" is not Togo)
SINGULAR_TYPES = frozenset({"STATE", "IGO"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS
# Left modifiers that may carry the actor of a phrase ("U.N. resolution", "Israeli changes").
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod", "nummod"}
# Prepositions that name where something happened: their object is a place, not a party
# ("leaders meet in Geneva", "a group based in Turkey").
LOCATIVE_PREPS = {"in", "at", "near", "inside", "within", "across", "throughout", "outside"}
# Words that make the name before them a place ("Seattle-based", "London-headquartered").
PLACE_SUFFIXES = {"based", "headquartered", "born", "registered", "listed"}
# Entity labels of a name used as a place
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions whose object names whom a group noun belongs to ("rebels of X", "doctors from X").
BELONGING_PREPS = {"of", "from", "in"}
# News agencies and broadcasters report events; they are sources, never actors in them.
PUBLISHERS = {
    "reuters", "afp", "ap", "associated press", "bloomberg", "bloomberg tv", "bbc", "cnn",
    "xinhua", "agence france-presse", "upi", "dpa", "efe", "ansa", "tass", "interfax",
    "business standard", "al jazeera", "the new york times", "the washington post",
    "yonhap", "kyodo", "anadolu", "pti", "ians",
}
# Heads of phrases that name a part or number of a group ("members of", "thousands of").
QUANTIFIER_HEADS = {"group", "member", "members", "thousand", "thousands", "hundred", "hundreds",
                    "dozen", "dozens", "score", "scores", "third", "half", "some", "many", "most",
                    "number", "delegation", "team", "contingent", "band", "all", "several", "one",
                    "two", "three", "majority", "minority", "part", "rest", "million", "millions"}
# Words that count the actors a plural refers back to ("the two leaders", "both men").
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}
# Determiners of a plural that refers back to actors named before ("the leaders", "these men").
DEFINITE_PLURAL = {"the", "these", "those"}
# Courtesy titles before a name: "Mr Kennedy" is the Charles Kennedy named elsewhere.
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame",
              "lord", "lady", "prof", "prof.", "professor"}
# Words that end the names of bodies and places, not people ("Imam Khomeini International
# Airport", "General Electric Company").
BODY_NAME_WORDS = {"airport", "international", "company", "corporation", "group", "league",
                   "bank", "university", "council", "party", "club", "airlines", "motors",
                   "electric", "institute", "foundation", "hospital", "square", "street"}
# Titles written before a first name ("Sir Edward", "Dame Judi"), not a surname.
FIRST_NAME_TITLES = {"sir", "dame"}
# Last words of names that name a text, a plan or an event, not who acts ("the Minsk Agreement",
# "the Paris Accord", "Operation Sindoor" aside, "the Kursk Offensive", "the G20 Summit").
THING_HEADS = {"agreement", "agreements", "accord", "accords", "treaty", "deal", "convention",
               "protocol", "act", "charter", "declaration", "doctrine", "plan", "summit",
               "offensive", "war", "crisis", "talks", "format", "process", "resolution",
               "initiative", "corridor", "pipeline", "line", "system", "dome"}
# Nouns of weapons: a name that modifies one is the weapon's ("Patriot batteries", "Storm
# Shadow missiles"), not an actor.
WEAPON_NOUNS = {"missile", "missiles", "battery", "batteries", "rocket", "rockets", "drone",
                "drones", "jet", "jets", "tank", "tanks", "system", "systems", "launcher",
                "launchers", "warhead", "warheads", "bomb", "bombs", "shell", "shells",
                "helicopter", "helicopters", "submarine", "submarines"}
# Nouns for a people or its fighters, whose name the model may take for a person's ("the Druze
# minority", "Druze fighters", "the Ewe people").
COMMUNITY_NOUNS = {"minority", "community", "population", "people", "tribe", "clan", "sect",
                   "fighter", "militia", "militiaman", "tribesman"}  # lemmas
# What a person's name before it names, as its namesake: "the Al Udeid air base", "the King
# Fahd airport" (a body's name there may be the owner: "the Chevron refinery").
FACILITY_NOUNS = {"base", "airbase", "airport", "airfield", "port", "harbour", "harbor",
                  "plant", "refinery", "dam", "bridge", "camp", "prison", "hospital", "mine",
                  "reactor", "terminal", "pipeline", "complex", "facility", "barracks"}
# Words that end the name of an institution named after a person ("the Reagan Presidential
# Library", "the Kennedy Center", "the Nelson Mandela Foundation"): a name they end is the
# institution's, and the word alone is nobody's ("Hall", "Camp" and "Plant" are surnames too).
INSTITUTION_WORDS = {"library", "museum", "center", "centre", "foundation", "institute",
                     "college", "university", "memorial", "stadium"}
# Words after a person's name that make it a namesake's ("the King Fahd airport" too).
NAMESAKE_WORDS = FACILITY_NOUNS | INSTITUTION_WORDS
# Nouns of "the city of X": X is a place, whatever the model tagged it ("the town of Goma").
SETTLEMENT_NOUNS = {"city", "town", "village", "port", "province", "region", "district",
                    "county", "island", "enclave", "settlement", "municipality", "oblast"}
# Entity labels of laws, events and products: never actors, nor the names inside them.
THING_LABELS = {"LAW", "EVENT", "PRODUCT", "WORK_OF_ART"}
# A name that ends in a number after a hyphen names a model or a strain, not who acts
MODEL_NUMBER = re.compile(r"[A-Za-z]-\d+$")
# Words that only qualify a title ("Rear Admiral", "Deputy Prime Minister", "Foreign Minister").
TITLE_WORDS = {"rear", "vice", "deputy", "acting", "foreign", "defence", "defense", "prime",
               "general", "secretary", "interim", "former", "chief", "senior", "lieutenant"}
# Offices that name any head of anything ("the chief", "the leader"), not one office.
GENERIC_OFFICES = ("chief",)
# Articles that bring a new referent into the text: "a judge" is nobody named before.
INDEFINITE = {"a", "an", "another"}
# Sides a part of a city is named by ("East Jerusalem", "West Beirut").
COMPASS = {"east", "west", "north", "south", "eastern", "western", "northern", "southern"}
# The Arabic article a surname may be written with or without ("al-Sharaa", "Sharaa").
ARTICLE_PREFIXES = {"al", "el", "ad", "as", "ash", "az", "ar", "an", "at"}
# Pronouns in the object case, whatever the parser makes them ("called for him to resign").
OBJECT_CASE = {"him", "her", "them", "us", "me"}
# A person's relatives, who are not that person ("Duterte's daughter, Sara Duterte").
KIN_NOUNS = {"daughter", "son", "wife", "husband", "brother", "sister", "father", "mother",
             "widow", "widower", "nephew", "niece", "cousin", "spouse", "uncle", "aunt",
             "grandson", "granddaughter", "son-in-law", "daughter-in-law", "brother-in-law"}
# A person of another state or body, the same office's: "her Venezuelan counterpart" is
# Venezuela's, and "her counterpart, Yvan Gil" is Yvan Gil
COUNTERPART = "counterpart"
# Words that take an unnamed part of a group: "other nations", "several European leaders".
UNSPECIFIED_SHARES = {"other", "several", "some", "many", "few", "various", "numerous"}
# Names of continents that the gazetteer also gives a state or a body ("America" the United
# States, "European" the EU): after a compass word they name part of the continent.
CONTINENT_WORDS = {"america", "american", "americans", "africa", "african", "africans", "europe",
                   "european", "europeans", "asia", "asian", "asians"}
# Nouns that refer back to people named before when plural and definite ("the two leaders",
# "both men", "the presidents"): the set the article named, never one of them.
PERSON_PLURALS = {"leader", "man", "woman", "president", "minister", "premier", "chancellor",
                  "counterpart", "head", "monarch", "king", "diplomat", "envoy", "official",
                  "judge", "prosecutor", "ruler"}
# Nouns of epithets that refer back to a state named before ("the island nation", "the Gulf
# state", "the Central Asian country").
STATE_NOUNS = {"country", "nation", "kingdom", "republic", "state"}
# Nouns of states a word may describe without naming them ("Muslim countries", "Western powers")
DESCRIBED_STATES = STATE_NOUNS | {"government", "power"}
# Words on the object of "of" that still name whose an office is ("the leader of the Ukrainian
# delegation", "the chief of Israel's militia ally"); a name deeper down ("of the UN mission's
# division") names another body's
OWNING_MODIFIERS = {"compound", "amod", "nmod", "poss"}
# Of those, the ones that refer back alone ("the kingdom"); "the country" is as often the
# actor's own ("toured the country").
BARE_EPITHETS = {"kingdom"}
# Of those, the forms of state a state's official name gives ("Kingdom of Saudi Arabia").
FORMS_OF_STATE = {"kingdom", "republic"}
# Nouns that refer back to the parties named before ("the two sides", "both countries").
PARTY_PLURALS = {"side", "country", "nation", "government", "state", "neighbour", "neighbor",
                 "ally", "power", "capital"}
# Of those, the ones only states are ("the three countries" is no bloc named beside them)
STATE_PLURALS = STATE_NOUNS | {"government", "neighbour", "neighbor", "capital"}
# Actor types whose descriptions the gazetteer resolves ("the alliance" is NATO only where NATO
# is named): a description resolved to one of them names its actor; and who "the leaders of X
# and Y" are when X and Y are of them.
DESCRIBED_TYPES = {"STATE", "IGO"}
# Political parties refer back to parties only ("all three parties" is no state).
PARTY_NOUNS = {"party"}
# Firms refer back to firms only ("both companies" is no state).
FIRM_NOUNS = {"firm", "company", "bank", "carrier", "lender", "producer"}
# Organisations whose members act as the organisation ("Hamas fighters", "UN peacekeepers",
# "Labour MPs"): a group that acts as a unit.
UNIT_TYPES = {"ARMED_GROUP", "IGO", "PARTY"}
# Sectors whose bodies news names by their own names: "the company" is the one named (Yukos),
# not the "Russian firms" mentioned before it.
NAMED_ELSEWHERE = {"BUS", "MED"}
# Actor kinds a party plural can refer back to.
PARTY_TYPES = {"STATE", "IGO", "ARMED_GROUP", "PARTY"}
# Words that make a title one held before the article's day ("former president X"): the data
# cannot tell which office of which state it was.
PAST_TITLE = {"former", "ex", "then", "late"}
# Key of the groups named with an owner, by sector rather than by noun.
SECTOR_KEY = "sector:"
# State bodies a bare noun may refer back to by sector ("Kenyan troops ... the army"), or to the
# one state just named ("Kenya ... the police"): a reader takes them for that state's.
BODY_SECTORS = STATE_SECTORS - SELF_SECTORS
# Sentences looked back over for the set a plural or a bare group noun refers to; farther
# back it is a guess.
PLURAL_WINDOW = 3
# Sentences a plural looks back through for a pair named together ("Japan and the Philippines
# agreed ... [three sentences] ... urged both countries").
COORDINATED_WINDOW = 5
# Bare body nouns a bare body noun may be traced back through to its state ("Zimbabwe ...
# troops ... the generals" is one): farther, the story may have moved to another state.
BODY_LINKS = 2
# Words a water's name reaches on either side of a state's name in it ("the Sea of | Japan",
# "the South | China | Sea").
WATER_REACH = 3
# Bringing two sides together: their talks or truce is theirs as well.
MEDIATE = "MEDIATE"
# Predicates of the meetings whose sides a "they" after them refers to ("X met Y. They agreed"):
# contact of any kind but brokering, whose sides are those brokered between.
MEETINGS = frozenset(name for name, row in PREDICATES.items() if row.category == "CONSULT"
                     ) - {MEDIATE}
# Actors that are sides of a meeting.
SIDE_TYPES = {"PERSON", "STATE", "IGO"}
# The roles in which a word heads a noun phrase, whatever its tag.
ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos"}
# Actors named together that a "they" after them in the sentence may be.
COORDINATED_KINDS = frozenset({"PERSON", "STATE", "IGO", "ARMED_GROUP", "PARTY"})
# Dashes that end a dateline ("KYIV (Reuters) - ...", "BEIRUT, Lebanon (AP) — ...").
DASHES = {"-", "—", "–", "--"}
# A dateline is a few words: the place, the date, the agency.
DATELINE_MAX = 12
# Words that open credit lines ("By Jane Roe", "Reporting by ...; Editing by ..."): who wrote
# the story, never who acted in it.
CREDIT_WORDS = {"by", "reporting", "writing", "editing", "additional"}
# Finite verb tags: a line with one is prose, whatever word it starts with.
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


@dataclass(frozen=True, slots=True)
class Role:
    """An office a person holds in a state or organisation, read from a title."""

    person: Mention
    office: Office
    organisation: Mention
    sentence_start: int
    sentence: str


def refers_back(mention: Mention) -> bool:
    """Whether ``mention`` is a plural that stood for actors named before it ("the two
    leaders", "both sides", "the four"), read from its words.

    >>> refers_back(Mention(Actor.create("Ruritania", "STATE"), "both countries", 0, 14))
    True
    >>> refers_back(Mention(Actor.create("Gaunt", "PERSON"), "gaunt", 0, 5))
    False
    """
    words = mention.text.lower().split()
    if not words or is_generic(mention.actor):
        return False
    if any(word in NUMBERS for word in words):
        return True
    last = words[-1]
    if not last.endswith(("s", "men")):
        return False
    singulars = {last[:-1], last[:-2], last[:-3] + "y", last.replace("men", "man")}
    return bool(singulars & (PERSON_PLURALS | PARTY_PLURALS | PARTY_NOUNS | FIRM_NOUNS))


def is_generic(actor: Actor) -> bool:
    """A group named by a common noun and no state or organisation it belongs to ("officials",
    "Tuareg rebels"). The event rules rank it below named actors; it becomes a node only when
    its phrase says who the group is (:meth:`ActorIndex.is_accepted`)."""
    return actor.id.startswith("group:")


@dataclass
class ActorIndex:
    """Actor mentions of one document, by token, in document order."""

    doc: Doc
    gazetteer: Gazetteer
    lex: object = None
    by_token: dict[int, Mention] = field(default_factory=dict)
    mentions: list[tuple[int, Mention]] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    people: dict[str, Actor] = field(default_factory=dict)
    # Groups named with their owner ("Hong Kong police"), by lemma, for bare mentions after them.
    owned: dict[str, list[tuple[int, list[Mention]]]] | None = None
    # The day the document was published: offices resolve to whoever held them that day.
    when: date | None = None
    # Tokens of datelines and credit lines (see _structure).
    structure: set[int] = field(default_factory=set)
    # Groups the text names by a common noun alone, as (start char, actor id): no nodes.
    bare: set[tuple[int, str]] = field(default_factory=set)

    def add(self, span: Span, actor: Actor) -> Mention:
        mention = Mention(actor, span.text, span.start_char, span.end_char)
        for token in span:
            self.by_token[token.i] = mention
        self.mentions.append((span.start, mention))
        return mention

    def resolve(self, token: Token) -> list[Mention]:
        """Every actor the phrase headed by ``token`` names (several for "the two leaders")."""
        direct = self.by_token.get(token.i)
        if direct is not None:
            return [direct]
        lower = token.lower_
        if token.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            return self._antecedent(token)
        kin = token.lemma_.lower() in KIN_NOUNS
        if token.tag_ in ("NN", "NNP") and (kin or self._names_people(token)
                                            or token.lemma_.lower() == COUNTERPART):
            # "Macron's envoy, Jean Roe", "her Venezuelan counterpart, Yvan Gil": a named
            # official is that person (a plural's apposition gives examples: "G7 nations, in
            # particular the US")
            named = self._apposed(token)
            if named:
                return named
        if token.tag_ == "NN":
            # "Machar's party, the SPLM-IO", "Russia's ally, Belarus": a body described, then
            # named after a comma, is the one named (a person so named keeps the description:
            # "a member of parliament, X," may be coded either way; a name in brackets is an
            # abbreviation of the phrase itself)
            named = [m for m in self._apposed(token, after_comma=True)
                     if m.actor.type != "PERSON"]
            if named:
                return named
        if token.tag_ in ("NNS", "NNPS"):
            # "its allies Burkina Faso and Niger": names right after a plural are its members;
            # after a comma, only as many as the plural counts ("Togo's two biggest banks,
            # Ecobank and Orabank", not "G7 nations, in particular the US")
            count = next((NUMBERS[c.lower_] for c in token.children
                          if c.dep_ == "nummod" and c.lower_ in NUMBERS), None)
            for appos in (c for c in token.children if c.dep_ == "appos"):
                members = [appos, *(g for g in appos.children if g.dep_ == "conj")]
                named = [m for t in members for m in self.resolve(t) if not is_generic(m.actor)]
                if named and (appos.left_edge.i == token.i + 1 or count == len(members)
                              == len(named)):
                    return named
            # "the seven countries, which include X, Y and Z", "states including X and Y":
            # the ones named are members of the plural, and what it did each of them did
            for named in (c for c in token.children if (c.dep_ == "relcl" and c.lemma_ == "include")
                          or (c.dep_ in ("prep", "acl") and c.lower_ == "including")):
                members = [o for o in named.children if o.dep_ in ("dobj", "pobj")]
                members += [g for o in members for g in o.conjuncts]
                found = [m for t in members for m in self.resolve(t) if not is_generic(m.actor)]
                if found:
                    return found
        if token.tag_ in ("NNS", "NNPS") and (
                token.lemma_.lower() in PERSON_PLURALS | PARTY_PLURALS):
            # "the leaders of Armenia and Azerbaijan", "the foreign ministers of X and Y": the
            # states they lead act
            led = [m for member in self._of_members(token) for m in self.resolve(member)
                   if m.actor.type in DESCRIBED_TYPES]
            if led:
                return led
        plural = _plural_reference(token, self.gazetteer)
        if plural is not None:
            # "the two leaders" is the pair named before or nobody, never one of them
            return self._named_set(token, *plural) or (
                [] if plural[0] else self._named_before(token))
        if token.lemma_.lower() in QUANTIFIER_HEADS:
            # "a group of Moroccan diplomats", "thousands of Nigerians": the group is its members.
            # "scores of Sierra Leonean and Liberian refugees": every coordinated group
            found: list[Mention] = []
            for member in self._of_members(token):
                found.extend(m for m in self.resolve(member)
                             if all(f.actor.id != m.actor.id for f in found))
            # ("the BRICS group of emerging economies" is the group its name names)
            if found or (self._of_members(token) and not any(
                    c.dep_ == "compound" and c.i in self.by_token for c in token.children)):
                return found
        if self._stacked_states(token):
            # "the Turkish Cypriot leader", "Bosnian Serb leaders": a community of one state's
            # people in another, whose leaders serve neither state
            return []
        found = self._described(token)
        if found:
            return found
        if self._is_epithet(token):
            # "the island nation", "the West African state": a state named before, or nobody
            return self._state_referred(token)
        found = self._grouped(token)
        if found:
            return found
        # "Duterte's daughter" is not Duterte, as "Macron's envoy" is not Macron
        people = kin or self._names_people(token)
        # "Machar's party" is not Machar: a person's party is a party nobody named
        party = token.lemma_.lower() in PARTY_NOUNS
        office = token.lemma_.lower() == "office"
        for child in token.lefts:
            owner = self.by_token.get(child.i) if child.dep_ in MODIFIER_DEPS else None
            if owner is None and child.dep_ == "poss" and office:
                # "Israel's prime minister's office": the office of an office named, whoever
                # holds it, is its state's
                held = next(iter(self.resolve(child)), None)
                state = None if held is None else held.actor if held.actor.type == "STATE" \
                    else self.government_of(held.actor) if held.actor.type == "PERSON" else None
                if state is not None:
                    start, end = _phrase_bounds(token)
                    span = token.doc[start:end]
                    return [Mention(state, span.text, span.start_char, span.end_char)]
                continue
            if owner is None:
                continue
            person = owner.actor.type == "PERSON"
            state = self.government_of(owner.actor) if person and office else None
            if state is not None:
                # "Ramaphosa's office" is the presidency: the government he heads
                start, end = _phrase_bounds(token)
                span = token.doc[start:end]
                return [Mention(state, span.text, span.start_char, span.end_char)]
            if not ((people or party) and person):
                # "G7 ministers", "Merck's head": an unnamed official acts for the body
                return self._body_beside(child) or [owner]
        # "Macron's envoy" acts himself: a person who owns him is not the one who acts
        return self._apposed(token) if people else []

    def _stacked_states(self, token: Token) -> bool:
        """Whether two states' names modify ``token`` side by side ("Turkish Cypriot",
        "Bosnian Serb"), not coordinated ("Greek and Turkish leaders")."""
        return _names_two_states([c for c in token.lefts if c.dep_ in MODIFIER_DEPS], self)

    @staticmethod
    def _of_members(token: Token) -> list[Token]:
        """The first object of ``token``'s "of" and those coordinated with it ("scores of
        Sierra Leonean and Liberian refugees", "the leaders of X, Y and Z", where the parser
        hangs Z on Y)."""
        of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        members = of[:1]
        for member in members:
            members.extend(c for c in member.children if c.dep_ == "conj")
        return members

    def _body_beside(self, name: Token) -> list[Mention]:
        """A state's body named by the noun right after the state's name when the parser hangs
        both on a third noun ("a Dutch court ruling", "the New Zealand police raid"): that
        body, not the state, is whose the thing is."""
        mention = self.by_token[name.i]
        doc = name.doc
        after = doc[name.i + 1] if name.i + 1 < len(doc) else None
        if after is None or mention.actor.type != "STATE" or after.dep_ != "compound" or (
                after.head.i != name.head.i) or self.by_token.get(after.i) is not None:
            return []
        sector = self.gazetteer.sector(after)
        if sector not in BODY_SECTORS:
            return []
        start = name.i
        while start > 0 and self.by_token.get(start - 1) is mention:
            start -= 1  # the name's first word ("New" of "New Zealand")
        span = doc[start:after.i + 1]
        actor = self.gazetteer.group_actor(mention.actor.country, sector, span.text)
        return [Mention(actor, span.text, span.start_char, span.end_char)]

    def _names_people(self, token: Token) -> bool:
        """Whether ``token`` is a noun for people or offices ("envoy", "aides", "minister")."""
        return self.gazetteer.names_people(token)

    def may_be(self, pronoun: Token, actor: Actor) -> bool:
        """Whether ``pronoun`` can stand for ``actor``: "it" is no person, "he" no state (the
        model tags some surnames as organisations: "Lord Tebbit said he ...")."""
        lower = pronoun.lower_
        if lower in PERSON_PRONOUNS:
            return actor.type in ("PERSON", "ORG", "OTHER")
        if lower in THING_PRONOUNS:
            return actor.type != "PERSON"
        return True

    def is_place(self, position: int, *, locative: bool = True) -> bool:
        """Whether the name starting at token ``position`` is used as a place: the object of a
        locative preposition ("in Geneva", "based in Turkey"), or where a body is based ("the
        Seattle-based company"). A place is where things happen, not a party to them nor a
        referent for "it" or "both sides". Without ``locative``, only the second counts."""
        token = self._name_head(position)
        mention = self.by_token.get(position)
        end = mention.end if mention is not None else token.idx + len(token)
        after = self.doc[token.i + 1:token.i + 3] if token.i + 2 < len(self.doc) else []
        if len(after) == 2 and after[0].text == "-" and after[1].lower_ in PLACE_SUFFIXES \
                and after[0].idx == end:
            return True  # "the Seattle-based company"
        return locative and self.locative_prep(position) is not None

    def locative_prep(self, position: int) -> Token | None:
        """The locative preposition whose object is the name at ``position`` ("in Geneva")."""
        token = self._name_head(position)
        if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
            return token.head
        return None

    def _name_head(self, position: int) -> Token:
        token = self.doc[position]
        mention = self.by_token.get(position)
        while token.head.i != token.i and self.by_token.get(token.head.i) is mention:
            token = token.head
        return token

    def _apposed(self, token: Token, *, after_comma: bool = False) -> list[Mention]:
        """"Macron's envoy, Jane Roe, met ...": the name set beside a description is who acts
        (with ``after_comma``, only a name the text sets off with a comma)."""
        for child in token.children:
            if child.dep_ == "appos" and not (after_comma and not (
                    child.left_edge.i > 0 and token.doc[child.left_edge.i - 1].text == ",")):
                named = [m for m in self.resolve(child) if not is_generic(m.actor)]
                if named:
                    return named
        return []

    def _named_set(self, token: Token, count: int | None, kinds: set[str],
                   office: bool = False) -> list[Mention]:
        """The actors a plural refers back to: those named in the nearest sentences before it.

        "X met Y. The two leaders agreed": X and Y. If the sentences name more than ``count``
        (or, for a plural without a number, more than a handful) the reference is ambiguous
        and nothing is returned; a plural is never resolved to one of its members.
        """
        start, end = _phrase_bounds(token)
        span = token.doc[start:end]
        doc = token.doc
        sentence = token.sent
        found: list[Actor] = []
        # "German Chancellor X, whose carmakers fear Chinese reprisals, urged both sides": the
        # words of the phrase that acts on the plural name none of its members
        acting = _acting_phrase(token)
        position = bisect_left(self.mentions, start, key=lambda pair: pair[0])
        batches = 0  # the sentences that named any of them
        for _ in range(PLURAL_WINDOW):
            batch: list[Actor] = []
            while position > 0:
                at, mention = self.mentions[position - 1]
                if at < sentence.start:
                    break
                position -= 1
                if mention.actor.type in kinds and not is_generic(mention.actor) and all(
                        mention.actor.id != a.id for a in found + batch) and not self.is_place(
                        at) and (not office or self._holds_office(mention.actor)) and (
                        at not in acting):
                    batch.append(mention.actor)
            found.extend(batch)
            batches += bool(batch)
            if len(found) >= (count or 2) or sentence.start == 0:
                break
            sentence = doc[sentence.start - 1].sent
        if count is not None and len(found) != count:
            # "X and Y agreed ... Z urged both countries": the pair named together before
            found = self._coordinated_before(token, count, kinds, office)
        elif count is not None and batches > 1 and (
                paired := self._coordinated_before(token, count, kinds, office)) and not (
                {a.id for a in paired} & {self.by_token[i].actor.id for i in acting
                                          if i in self.by_token}):
            # "X and Y should mend ties, X said ... influence on Z ... The two governments":
            # members gathered from several sentences are no surer than a pair named together
            # (not the pair that acts on the plural: "X and Y urged both sides")
            found = paired
        elif count is not None and any(a.id in (speakers := self._speakers_above(token))
                                       for a in found):
            # "X and Y signed a treaty ... Z said it hoped cooperation between the two
            # countries would ...": the one who speaks of them is not one of them, when a pair
            # named together without it is there to be meant
            paired = self._coordinated_before(token, count, kinds, office)
            if paired and not any(a.id in speakers for a in paired):
                found = paired
        elif count is None and len(found) > 2:
            # "X and Y signed a truce witnessed by Z's president, after the neighbours
            # fought": a plural with no number is the pair named together, when there is one;
            # else all named in one sentence, never some of one and all of another
            found = self._coordinated_before(token, 2, kinds, office) or (
                found if batches == 1 else [])
        if (count is not None and len(found) != count) or not 2 <= len(found) <= 4:
            return []
        return [Mention(actor, span.text, span.start_char, span.end_char) for actor in found]

    def _speakers_above(self, token: Token) -> set[str]:
        """The actors named as subjects of the verbs ``token``'s clause hangs under ("Z" of
        "Z said it hoped cooperation between the two countries would ...")."""
        return {self.by_token[t.i].actor.id for verb in token.ancestors
                for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                and not (c.left_edge.i <= token.i <= c.right_edge.i)
                for t in c.subtree if t.i in self.by_token}

    def _coordinated_before(self, token: Token, count: int, kinds: set[str],
                            office: bool) -> list[Actor]:
        """The latest ``count`` actors named together, as conjuncts, in the few sentences up
        to ``token`` ("Japan and the Philippines", "Russian and Ukrainian delegations", "talks
        between X and Y"): what "both countries" or "the two sides" refers back to when those
        sentences name others as well. Farther back, the story has moved on; and a pair whose
        sentence names another such actor ("X met Y and Z") is no surer than the window was,
        unless that actor is who acts on the plural ("Z, host of talks between X and Y, urged
        both sides") or the pair is the subject of its clause ("X and Y pledged jets to Z"),
        unless that clause is a meeting with the others."""
        doc = self.doc
        start = _phrase_bounds(token)[0]
        first = _window_start(token, COORDINATED_WINDOW)
        acting = {self.by_token[i].actor.id for i in _acting_phrase(token) if i in self.by_token}
        groups: dict[int, list[Actor]] = {}
        others: dict[int, set[str]] = {}  # by sentence start: the actors each sentence names
        for at, mention in self.mentions:
            actor = mention.actor
            if at < first:
                continue
            if at >= start:
                break
            if actor.type not in kinds or is_generic(actor) or self.is_place(at) or (
                    at in self.structure) or (office and not self._holds_office(actor)):
                continue
            root = doc[at]
            if not self._in_title(root, mention):
                others.setdefault(doc[at].sent.start, set()).add(actor.id)
            while root.head.i != root.i and self.by_token.get(root.head.i) is mention:
                root = root.head
            if root.dep_ == "poss" and self.gazetteer.sector(root.head) in STATE_SECTORS:
                root = root.head  # "Sudan's army and the RSF": the state's body is the conjunct
            head = root
            while head.dep_ == "conj":
                head = head.head
            if head.i == root.i and not any(c.dep_ == "conj" for c in root.children):
                continue  # named alone
            group = groups.setdefault(head.i, [])
            if all(a.id != actor.id for a in group):
                group.append(actor)
        passed = False  # past a pair named with others
        for at, group in sorted(groups.items(), reverse=True):
            if len(group) == count:
                extra = others[doc[at].sent.start] - {a.id for a in group} - acting
                # "X and Y pledged jets to Z after W approved": a pair that is its clause's
                # subject is who the sentence is about, whoever else it names; not one that
                # met a third ("X and Y met Z": the three are sides alike). Past a pair named
                # with others ("X and Y signed a truce brokered by Z and W"), only such a
                # subject is meant.
                if self._subject_pair(doc[at]) or not (extra or passed):
                    return group
                passed = True
        return []

    def _subject_pair(self, head: Token) -> bool:
        """Whether the pair headed by ``head`` is the subject of a verb that is no meeting."""
        if head.dep_ not in ("nsubj", "nsubjpass") or self.lex is None:
            return False
        entry = self.lex.verb(head.head)
        return entry is None or entry.predicate not in MEETINGS

    def _in_title(self, token: Token, mention: Mention) -> bool:
        """Whether ``mention`` is part of a person's title ("Nigerian" of "Nigerian President
        X"): the state the person serves, no other party named beside a pair."""
        titled = self._titled(token, mention)
        return titled is not None and titled.actor.type == "PERSON"

    def _titled(self, token: Token, mention: Mention | None = None) -> Mention | None:
        """The first name other than ``mention`` that the title words from ``token`` lead to
        ("Minister" of "Defence Minister Omane Boamah" leads to Boamah), if any."""
        while token.dep_ in ("amod", "compound") and token.head.i != token.i:
            token = token.head
            titled = self.by_token.get(token.i)
            if titled is not None and titled is not mention:
                return titled
        return None

    def _only_title(self, token: Token, owner: Mention) -> bool:
        """Whether the words before an office are its owner and its title alone: "the US
        president", "Hungary's foreign minister"; not "the UN human rights chief" (another
        office of the UN) nor "the outgoing US president" (perhaps not the one in office)."""
        for child in token.lefts:
            if child.dep_ in ("det", "case", "punct") or self.by_token.get(child.i) is owner:
                continue
            words = [t.lower_ for t in child.subtree if self.by_token.get(t.i) is not owner
                     and t.dep_ not in ("det", "punct")]
            if not all(self.gazetteer.offices.get(w) is not None or w in TITLE_WORDS
                       or w in ("'s", "’s") for w in words):
                return False
        return True

    def _is_epithet(self, token: Token) -> bool:
        """"The island nation", "the Gulf state", "the kingdom": a state described, not named
        (an actor named in the phrase, or an "of" after it, makes it another thing: "the
        Ghanaian state", "the Baltic state of X")."""
        return token.lemma_.lower() in STATE_NOUNS and token.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) and (any(
            c.dep_ in ("amod", "compound") for c in token.lefts)
            or token.lemma_.lower() in BARE_EPITHETS) and not any(
            c.dep_ == "poss" or t.i in self.by_token for c in token.lefts for t in c.subtree) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)

    def _state_referred(self, token: Token) -> list[Mention]:
        """"Modi arrived in the Maldives ... India announced aid for the island nation": an
        epithet ("the island nation", "the Gulf state") is the one state named in the sentence
        or the one before that is not the side acting on it (nor its country); with two such
        states, or none, nobody. A bare "the country" ("toured the country") and "the
        country's" are as often the actor's own, and are left alone."""
        if token.dep_ == "poss":
            return []
        # the subject of the verb it is an object of (not of verbs further up: "X said,
        # prompting the Baltic state to ...", where X does not act on it)
        verb = next((v for v in token.ancestors if v.pos_ in ("VERB", "AUX")), None)
        acting = [self.by_token[t.i].actor for c in (verb.children if verb is not None else ())
                  if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree if t.i in self.by_token]
        own = {a.country or a.id for a in acting} | {
            c for a in acting if a.type == "PERSON" for c in [self._served(a)] if c}
        first = _window_start(token, 2)
        # a state's army or police named there ("Estonia's military") names the state as well
        states = {m.actor.country or m.actor.id: m.actor for at, m in self.mentions
                  if first <= at < token.i and (m.actor.type == "STATE" or (
                      m.actor.country and m.actor.sector in STATE_SECTORS))
                  and (m.actor.country or m.actor.id) not in own}
        states = {key: self.gazetteer.states.get(key, actor) if actor.type != "STATE" else actor
                  for key, actor in states.items()}
        form = token.lemma_.lower()
        if form in FORMS_OF_STATE:
            # "the kingdom" is one whose name says so ("Kingdom of Saudi Arabia"), not Israel
            states = {key: actor for key, actor in states.items()
                      if any(form in alias.lower().split() for alias in actor.aliases)}
        if len(states) != 1:
            return []
        start, end = _phrase_bounds(token)
        span = token.doc[start:end]
        return [Mention(next(iter(states.values())), span.text, span.start_char, span.end_char)]

    def _holds_office(self, person: Actor) -> bool:
        """Whether the article or the gazetteer gives ``person`` an office: "the two presidents"
        are office holders, not whoever the model took for a person."""
        words = person.name.split()
        return self.gazetteer.person(person.name) is not None or any(
            role.person.actor.id == person.id for role in self.roles) or (
            len(words) > 1 and self.gazetteer.person(words[-1]) is not None)  # "Gen Musharraf"

    def _named_before(self, token: Token) -> list[Mention]:
        """A bare group noun ("the government", "police") is the group named with its owner
        in the sentences just before ("the Afghan government", "Hong Kong police"), when only
        one was; otherwise it names nobody in particular."""
        if self.owned is None:
            self.owned = {}
            sectors = self.gazetteer.sectors
            for t in self.doc:
                if t.lower_ in sectors and t.pos_ in ("NOUN", "PROPN"):
                    # "Hong Kong police" may be one name, or a noun its owner modifies
                    named = self.by_token.get(t.i)
                    if named is not None and self._name_head(t.i).i != t.i:
                        continue  # "Association of Chief Police Officers" is no police
                    owners = [named] if named is not None else [
                        m for m in self._owners(t) if not is_generic(m.actor)]
                    if not owners and any(c.dep_ in MODIFIER_DEPS and c.i in self.by_token
                                          for c in t.children):
                        # "Darfur rebels": a group with a name of its own, though no state's
                        owners = self._unowned(t, sectors[t.lower_])
                    if owners:
                        self.owned.setdefault(t.lemma_.lower(), []).append((t.i, owners))
                        # "Kenyan troops ... the army": one body under any of its nouns
                        self.owned.setdefault(SECTOR_KEY + sectors[t.lower_], []).append(
                            (t.i, owners))
        sector = self.gazetteer.sector(token)
        # ("the foreign ministry": a word of the body's own name is no owner)
        if any(c.dep_ in MODIFIER_DEPS and not self._names_body_with(c, token)
               for c in token.children) or sector in NAMED_ELSEWHERE:
            return []  # "European firms", "two firms", "the Houston court": other groups
        first = _window_start(token, PLURAL_WINDOW)
        keys = [token.lemma_.lower()] + ([SECTOR_KEY + sector] if sector in BODY_SECTORS else [])
        before = next(([(i, owners) for i, owners in self.owned.get(key, ())
                        if first <= i < token.i] for key in keys
                       if any(first <= i < token.i for i, _ in self.owned.get(key, ()))), [])
        if not before:
            return self._body_of_state_before(token, sector, first)
        distinct = {tuple(sorted(m.actor.id for m in owners)) for _, owners in before}
        if len(distinct) != 1:
            return []
        start, end = _phrase_bounds(token)
        span = token.doc[start:end]
        return [Mention(m.actor, span.text, span.start_char, span.end_char) for m in before[-1][1]]

    def _body_of_state_before(self, token: Token, sector: str | None, first: int,
                              links: int = 0) -> list[Mention]:
        """"Kenya arrested ... The police said": a bare state body is that of the one state
        named in the sentences just before; with none, that of a bare noun of its sector just
        before it (at most BODY_LINKS back); with two states it is nobody's. Of a government's
        own bodies only a named department counts ("the foreign ministry"), and with two
        states it is that of the state the sentence before was about."""
        if sector not in STATE_SECTORS or token.dep_ in MODIFIER_DEPS:
            return []  # "army reservists", "the military takeover": the noun names no body
        if sector in SELF_SECTORS and not (token.tag_ == "NN" and any(
                self._names_body_with(c, token) for c in token.children)):
            return []  # "the government", "officials": of whichever state the story is about
        states = {m.actor.id: m.actor for start, m in self.mentions
                  if first <= start < token.i and m.actor.type == "STATE"
                  and start not in self.structure}
        start, end = _phrase_bounds(token)
        span = token.doc[start:end]
        if not states:
            # "... attacked by troops. ... between Mugabe and the generals": the body a bare
            # noun of the same sector was just before
            earlier = next((t for t in reversed(token.doc[first:token.i])
                            if t.pos_ in ("NOUN", "PROPN") and t.i not in self.by_token
                            and self.gazetteer.sector(t) == sector), None)
            found = [] if earlier is None or links >= BODY_LINKS else self._body_of_state_before(
                earlier, sector, _window_start(earlier, PLURAL_WINDOW), links + 1)
            return [Mention(m.actor, span.text, span.start_char, span.end_char) for m in found]
        if len(states) != 1 and sector in SELF_SECTORS:
            # "Ghana imposed sanctions on Benin. The foreign ministry said ...": a government's
            # own body is that of the state the sentence before was about, its subject; else
            # nobody's (a force or a police there may be anybody's)
            states = self._subject_before(token)
        if len(states) != 1:
            return []
        (state,) = states.values()
        actor = self.gazetteer.group_actor(state.country, sector, span.text)
        return [Mention(actor, span.text, span.start_char, span.end_char)]

    def _names_body_with(self, modifier: Token, token: Token) -> bool:
        """Whether ``modifier`` and ``token`` name a body together ("foreign ministry",
        sectors.tsv), the modifier no owner of it."""
        return f"{modifier.lower_} {token.lower_}" in self.gazetteer.sectors

    def _subject_before(self, token: Token) -> dict[str, Actor]:
        """The state that is the subject of the sentence before ``token``'s, if one is."""
        if token.sent.start == 0:
            return {}
        root = token.doc[token.sent.start - 1].sent.root
        return {m.actor.id: m.actor for c in root.children if c.dep_ == "nsubj"
                for m in [self.by_token.get(c.i)] if m is not None and m.actor.type == "STATE"}

    def _owners(self, token: Token, sector: str | None = None) -> list[Mention]:
        """The actors a sector noun belongs to ("Egyptian police", "rebels in Darfur"), as actors
        of that sector; empty when nobody is named with it."""
        sector = sector or self.gazetteer.sector(token)
        if sector is None:
            return []
        owners: list[Mention] = []
        direct: set[str] = set()  # owners that modify the noun themselves ("Hamas fighters")
        units = [self.by_token[c.i] for c in token.children
                 if c.dep_ in ("compound", "amod", "nmod") and c.i in self.by_token
                 and self.by_token[c.i].actor.type in UNIT_TYPES]
        if units:
            # "Yemen's Houthi rebels", "Lebanon's Hezbollah fighters": the group named beside
            # the noun acts, not a group of the state that owns the phrase
            owners, direct = units[:1], {units[0].actor.id}
        # "handed over its military bases in Senegal": the doer's own, wherever they are
        held = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")
                   for c in token.children)
        for child in () if units else token.children:
            if child.dep_ == "poss" and child.lower_ in PRONOUNS and token.dep_ in (
                    "nsubj", "nsubjpass"):
                # "her government would cooperate", "its army withdrew": the pronoun's
                # antecedent owns the body that acts ("recalled its envoy" is the act's own)
                owners = [m for m in self._antecedent(child) if not is_generic(m.actor)]
                if owners:
                    break
            if child.dep_ == "poss" and child.lower_ == "their" and token.tag_ == "NNS" and (
                    token.dep_ not in ("nsubj", "nsubjpass")):
                # "accused their governments of bias": several states named together own
                # them; not the doers' own ("X and Y recalled their envoys")
                subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                doers = {m.actor.id for c in subjects for m in self.resolve(c)} | {
                    self.by_token[t.i].actor.id for c in subjects for t in c.subtree
                    if t.i in self.by_token}
                owners = [m for m in self._antecedent(child) if not is_generic(m.actor)]
                if len(owners) >= 2 and not any(m.actor.id in doers for m in owners):
                    break
                owners = []
            if child.dep_ in MODIFIER_DEPS or (child.dep_ == "prep" and
                                               child.lower_ in BELONGING_PREPS and
                                               not _opens_clause(child) and not held):
                for t in child.subtree:
                    found = self.by_token.get(t.i)
                    if found is not None and all(o.actor.id != found.actor.id for o in owners):
                        owners.append(found)
                        if t.i == child.i:
                            direct.add(found.actor.id)
                if owners:
                    break
        start, end = _phrase_bounds(token)
        span = token.doc[start:end]
        actors = []
        for owner in owners:
            if owner.actor.type == "STATE":
                actors.append(self.gazetteer.group_actor(owner.actor.country, sector, span.text))
            elif (sector in ("GOV", "LEG", "MIL") and owner.actor.type != "PERSON") or (
                    owner.actor.type in UNIT_TYPES and owner.actor.id in direct):
                actors.append(owner.actor)  # "the government of X", "Hamas fighters" are X
            elif owner.actor.type == "PERSON" and sector in STATE_SECTORS:
                # "Macron's envoy": an official nobody names acts for the state his principal
                # serves, as CAMEO codes an unnamed envoy by his government; never as Macron.
                country = self._served(owner.actor)
                if country is not None:
                    actors.append(self.gazetteer.group_actor(country, sector, span.text))
        return [Mention(actor, span.text, span.start_char, span.end_char) for actor in actors]

    def _served(self, person: Actor) -> str | None:
        """The country a person holds office in: a role the article gives, else the gazetteer's."""
        for role in self.roles:
            if role.person.actor.id == person.id and role.organisation.actor.type == "STATE":
                return role.organisation.actor.country
        known = self.gazetteer.person(person.name)
        return known.country if known is not None and known.id == person.id else None

    def government_of(self, person: Actor) -> Actor | None:
        """The state whose government ``person`` serves: a government office the article gives
        them ("X, the White House press secretary"), else one the gazetteer knows."""
        for role in self.roles:
            if role.person.actor.id == person.id and role.office.sector == "GOV" and (
                    role.organisation.actor.type == "STATE"):
                return role.organisation.actor
        if person.sector == "GOV":
            return self.gazetteer.states.get(person.country or "")
        return None

    def _grouped(self, token: Token) -> list[Mention]:
        """A sector noun with a country ("Egyptian police", "rebels in Darfur"), or the group
        named so earlier in the article; else a group of nobody in particular."""
        sectors = self.gazetteer.sectors
        sector = self.gazetteer.sector(token)
        if sector is None and token.tag_ in ("NNS", "NNPS"):
            # "opposition groups", "rebel leaders": a sector noun as modifier names the sector
            sector = next((sectors[c.lower_] for c in token.lefts
                           if c.dep_ in ("compound", "amod") and c.lower_ in sectors), None)
        if sector is None:
            return []
        owned = self._owners(token, sector)
        if owned:
            return owned
        if any(c.dep_ in MODIFIER_DEPS and c.i in self.by_token
               and self.by_token[c.i].actor.type == "PERSON" for c in token.children):
            return []  # "Mr Roe's aides": owned by somebody whose state is unknown
        # "the Court of Appeal": a capitalised name is a body of its own, not one named before
        titled = token.text[:1].isupper() and not self._opens(token)
        named = (None if titled else self._named_before(token)) or self._apposed(token)
        if named:
            return named
        return self._unowned(token, sector)

    def _unowned(self, token: Token, sector: str) -> list[Mention]:
        start, end = _phrase_bounds(token)
        span = token.doc[start:end]
        # A group nobody owns is named by its head and the words before it ("opposition
        # to new stores" is the opposition); a capitalised name keeps all its words
        # ("the Court of Appeal"). It is no node of the graph (is_generic), but the event
        # rules weigh it against better-named targets.
        titled = token.text[:1].isupper() and not self._opens(token)
        words = _as_written([t for t in span if (titled or t.i <= token.i)
                             and t.dep_ not in ("det", "prep", "punct") and t.pos_ != "NUM"])
        if token.pos_ == "PRON" or not words or any(
                c.lower_ in UNSPECIFIED_SHARES for c in token.lefts):
            # "the US and other developed nations", "several European leaders": some of a
            # group, nobody in particular and no unit that acts
            return []
        actor = self.gazetteer.group_actor(None, sector, _title_case_group(words))
        if not self._has_identity(token):
            self.bare.add((span.start_char, actor.id))
        return [Mention(actor, span.text, span.start_char, span.end_char)]

    def _has_identity(self, token: Token) -> bool:
        """Whether a group noun nobody owns says who the group is: a name in its phrase
        ("rebels in Darfur", "refugees fleeing the war in Liberia", "supporters of X") or a
        capitalised word ("Muslim hackers", "the Court of Appeal"). "Officials", "critics",
        "the two sides" say nothing of the kind."""
        skip = {t.i for c in token.children if c.dep_ in ("relcl", "advcl", "conj", "appos")
                or (c.dep_ == "prep" and _opens_clause(c)) for t in c.subtree}
        # where a body is based says where it is, not who ("a Seattle-based company")
        skip |= {t.i for t in token.subtree
                 if t.i in self.by_token and self.is_place(t.i, locative=False)}
        # "Muslim countries", "Western nations": states a word describes are no set that
        # acts, as "Muslim hackers" may be; only a name makes them one
        described = token.lemma_.lower() in DESCRIBED_STATES
        return any(t.i not in skip and (t.i in self.by_token or (
            not described and t.text[:1].isupper() and t.is_alpha and (
                not self._opens(t) or t.pos_ == "PROPN" or t.ent_type_)))
            for t in token.subtree)

    def _opens(self, token: Token) -> bool:
        """Whether ``token`` opens its sentence, after any dateline: its capital says nothing."""
        return token.is_sent_start or (token.i - 1) in self.structure

    def is_accepted(self, mention: Mention) -> bool:
        """Whether ``mention`` may be a node of the graph: anything but a group the text
        gives no identity ("officials said", "critics argue")."""
        return (mention.start, mention.actor.id) not in self.bare

    def _described(self, token: Token) -> list[Mention]:
        """An office described without a name: "the Ukrainian leader", "the NATO chief"."""
        titled = self._titled(token)
        if titled is not None and titled.actor.type == "PERSON":
            return [titled]  # "Defence Minister Omane Boamah": his title, not a holder's
        # "the British prime minister" is a prime minister, not any minister; "the US
        # secretary of state" a foreign minister
        of = [t for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"
              for t in c.subtree if t.i not in self.by_token][:2]
        office = _office_in([c for c in token.lefts if c.dep_ in ("compound", "amod")]
                            + [token] + of, self.gazetteer, head=token) or \
            self.gazetteer.office(token)
        if office is None:
            return []
        new = any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.lefts)
        # the owner may modify the title's first word ("the U.N. secretary-general")
        owner = next((self.by_token[t.i] for c in token.lefts for t in (
            [c, *(g for g in c.lefts if g.dep_ == "compound")] if c.dep_ == "compound" else [c])
            if t.i in self.by_token), None)
        start, end = _phrase_bounds(token)
        span = token.doc[start:end]
        if owner is None:  # "the president of Armenia", not "accused the president of aiding Iran"
            # nor "the head of the UN mission's rights division", whose office is the division's
            owner = next((self.by_token[t.i] for c in token.rights if c.dep_ == "prep"
                          and c.lower_ == "of" and not _opens_clause(c)
                          for g in c.children if g.dep_ == "pobj"
                          for t in [g, *(m for m in g.children if m.dep_ in OWNING_MODIFIERS)]
                          if t.i in self.by_token), None)
        if owner is not None and any(s.kind == "institution" and s.sector != "GOV"
                                     for s in self.gazetteer.lookup(owner.text)):
            return []  # "the head of the Revolutionary Guards" heads the Guards, not Iran
        plural = token.tag_ in ("NNS", "NNPS")  # "European leaders" are not one leader
        # one office holder; "general" of "secretary-general" may be tagged an adjective
        one = token.tag_ in ("NN", "NNP") or (token.tag_ == "JJ" and token.dep_ in ARGUMENTS)
        for role in reversed(self.roles):
            if new or plural or role.office.predicate != office.predicate:
                continue
            if office.title not in (role.office.title, *GENERIC_OFFICES):
                # "the prime minister" is not the "Tory leader" named before, nor "Moscow's
                # envoy" the Kremlin spokesman
                continue
            held = role.organisation.actor  # a state's, or a sector of it ("Kenyan opposition")
            if owner is None or held.id == owner.actor.id or (
                    owner.actor.type == "STATE" and held.country == owner.actor.country):
                return [Mention(role.person.actor, span.text, span.start_char, span.end_char)]
        if owner is not None and not new and one and \
                self.when is not None and owner.actor.type in ("STATE", "IGO") and \
                self._only_title(token, owner):
            # "the US president" in March 2025: the one person who held the office that day
            holder = self.gazetteer.holder(office, owner.actor, self.when)
            if holder is not None:
                return [Mention(self.people.get(holder.name, holder), span.text,
                                span.start_char, span.end_char)]
        if owner is not None and one and owner.actor.type in (
                "STATE", "IGO", "PARTY", "ARMED_GROUP"):
            # An office holder nobody named acts for the office: "the German chancellor".
            return [Mention(owner.actor, span.text, span.start_char, span.end_char)]
        if owner is not None and one and owner.actor.type == "PERSON":
            # "Macron's foreign minister": the official acts for the state his principal
            # serves (CAMEO codes an unnamed official by his government), never as Macron.
            state = self.gazetteer.states.get(self._served(owner.actor) or "")
            if state is not None:
                return [Mention(state, span.text, span.start_char, span.end_char)]
        return []

    def _antecedent(self, token: Token) -> list[Mention]:
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            wanted = {"PERSON"}
        elif lower in THING_PRONOUNS:
            if token.dep_ == "nsubj" and token.head.lemma_ == "be":
                return []  # "it is normal that ...": a placeholder, not a referent
            wanted = {"STATE", "IGO", "ORG", "PARTY", "ARMED_GROUP"}
        elif lower in GROUP_PRONOUNS:
            wanted = {"STATE", "IGO", "ORG", "PARTY", "ARMED_GROUP", "OTHER"}
        else:
            return []
        if lower in GROUP_PRONOUNS:
            # "Russia expelled Berg and Petrov after they criticized it", "Odinga and Karua
            # fled after their homes were attacked": two actors just named together in the
            # sentence are "they" before the subject of the clause above
            nearest = next((start for start, _ in reversed(self.mentions)
                            if start < token.i and not self.is_place(start)), None)
            # (or states or bodies, as a clause's subject: "Poland and Lithuania warned that
            # they could close"; not "let them fight", said of two states compared to boys)
            kinds = COORDINATED_KINDS if lower == "they" else frozenset({"PERSON"})
            pair = self._coordinated(nearest, kinds) if nearest is not None and (
                nearest >= token.sent.start) else []
            if pair:
                return pair
            if lower == "their" and token.dep_ == "poss" and token.head.tag_ == "NNS":
                # "Ghana and Togo said their governments would ...": the owners of several
                # governments are several states or bodies named together, or a group ("the
                # rebels"); "Togo expelled diplomats of three countries after their
                # governments ...": Togo has one government, and the countries are nobody
                if nearest is None or nearest < _window_start(token, 2):
                    return []
                if self.by_token[nearest].actor.type not in SINGULAR_TYPES:
                    return [self.by_token[nearest]]
                return self._coordinated(nearest, SINGULAR_TYPES)
        if lower == "they" and token.dep_ == "nsubj":
            met = self._met_before(token)
            if met:
                return met
        subject = self._governing_subject(token, wanted)
        if subject is not None:
            return [subject]
        plurals = self._plurals_between(token) if lower == "them" else []
        if any(not self.gazetteer.names_people(t) for t in plurals):
            return []  # "demanded that X retract the remarks; X refused to withdraw them"
        if plurals:
            # "spoke with the ministers of both countries and urged them to": those ministers,
            # whoever they serve, not an actor named before them
            return [Mention(m.actor, token.text, token.idx, token.idx + len(token))
                    for m in self.resolve(plurals[-1])]
        disjoint = self._local_subjects(token)
        passed = False  # past the clause's own subject, to somebody who acted before
        for start, mention in reversed(self.mentions):
            if start < token.i and mention.actor.type in wanted:
                if mention.actor.id in disjoint or (
                        passed and self._name_head(start).dep_ == "poss"):
                    if lower in PERSON_PRONOUNS:
                        # "Faure brokered a deal with him": somebody named before, as a doer
                        # or a patient ("Fox said the plan was at odds with Blair's. Clarke
                        # accused him": Fox, not the owner of a thing)
                        passed = True
                        continue
                    # "Mahama accused it": not Mahama, nor the state he governs; the actor named
                    # before that one may be it, or "it" may be a thing ("would no longer
                    # accept it"): nobody
                    return []
                if mention.actor.type != "PERSON" and self.is_place(start):
                    # "it"/"they" right after a place ("argued for them in Cabinet") is
                    # something else, not the place, nor an actor further back
                    return []
                if start >= token.sent.start:
                    return [mention]  # the name itself stands in the same sentence
                return [Mention(mention.actor, token.text, token.idx, token.idx + len(token))]
        return []

    def _local_subjects(self, token: Token) -> set[str]:
        """The actors an object pronoun cannot stand for: the subject of its own clause and
        the government that subject serves ("Mahama accused it" is neither Mahama nor Ghana,
        "Faure brokered a deal with him" is not Faure; a reflexive would say so)."""
        verb = token.head
        if token.dep_ == "pobj" and verb.dep_ == "prep":
            # "brokered a deal with him", "met with him": in the verb's phrase or its object's
            verb = verb.head.head if verb.head.dep_ in ("dobj", "dative") else verb.head
        elif token.dep_ not in ("dobj", "dative"):
            return set()
        if verb.pos_ != "VERB":
            return set()
        subjects = [self.by_token[c.i].actor for c in verb.children
                    if c.dep_ == "nsubj" and c.i in self.by_token]
        governments = [self.government_of(a) for a in subjects if a.type == "PERSON"]
        return {a.id for a in subjects} | {g.id for g in governments if g is not None}

    def _plurals_between(self, token: Token) -> list[Token]:
        """The plural nouns naming no actor ("the remarks", "the ministers of both
        countries") between ``token`` and the last actor named before it, in its sentence or
        the one before: a "them" there is those things or people, not the actor."""
        # the subject of the clause "them" is in is never "them" ("X refused to free them")
        own = _acting_phrase(token)
        last = next((start for start, _ in reversed(self.mentions)
                     if start < token.i and start not in own), -1)
        first = _window_start(token, 2)
        return [t for t in token.doc[max(last + 1, first):token.i]
                if t.tag_ == "NNS" and t.i not in self.by_token]

    def _coordinated(self, position: int, kinds: frozenset[str] = frozenset({"PERSON"})
                     ) -> list[Mention]:
        """The actors of ``kinds`` named together with the one named at ``position``
        ("Macron and Scholz", "Ghana and Togo"), when there are two or more of them; else
        nothing."""
        if self.by_token[position].actor.type not in kinds:
            return []
        head = self._name_head(position)
        while head.dep_ == "conj" and head.head.i in self.by_token:
            head = head.head
        named: list[Mention] = []
        stack = [head]
        while stack:
            token = stack.pop()
            mention = self.by_token.get(token.i)
            if mention is None or mention.actor.type not in kinds:
                continue
            if all(m.actor.id != mention.actor.id for m in named):
                named.append(mention)
            stack.extend(c for c in token.children if c.dep_ == "conj")
        return named if len(named) > 1 else []

    def _met_before(self, token: Token) -> list[Mention]:
        """"X met Y in Accra. They agreed to ...": a "they" that opens its sentence is the
        sides of the meeting the sentence before reports (its main verb, or the verb's object,
        a meeting, a call or talks; its subject and whom it was with named), when there are two
        or more."""
        sentence = token.sent
        if self.lex is None or sentence.start == 0 or any(
                i in self.by_token for i in range(sentence.start, token.i)):
            return []
        root = self.doc[sentence.start - 1].sent.root
        # the meeting is the verb's, or its object's ("held talks with Y")
        words = [root] + [c for c in root.children if c.dep_ == "dobj"]
        entries = [self.lex.verb(root)] + [self.lex.noun(c) for c in words[1:]]
        if not any(entry is not None and entry.predicate in MEETINGS for entry in entries) or any(
                c.dep_ == "neg" for c in root.children):
            return []
        heads = [c for c in root.children if c.dep_ in ("nsubj", "dobj")] + [
            g for word in words for c in word.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj"]
        sides: list[Actor] = []
        for head in heads:
            for part in [head, *head.conjuncts]:
                for mention in self.resolve(part):
                    if mention.actor.type in SIDE_TYPES and not is_generic(mention.actor) and all(
                            mention.actor.id != a.id for a in sides):
                        sides.append(mention.actor)
        if len(sides) < 2:
            return []
        return [Mention(actor, token.text, token.idx, token.idx + len(token)) for actor in sides]

    def _governing_subject(self, token: Token, wanted: set[str]) -> Mention | None:
        """A subject pronoun in a clause under another is that clause's named subject: in
        "Mandela backed Mr Brown's plan when he urged ...", he is Mandela, not Mr Brown."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ in OBJECT_CASE:
            return None  # "calling for him to apologise": "him" is not who calls
        # the first verb above that has a subject of its own ("China will resume imports,
        # lifting a ban it imposed": "lifting" has none, "resume" has China)
        for verb in (v for v in token.head.ancestors if v.pos_ in ("VERB", "AUX")):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue
            for subject in subjects:
                mention = self.by_token.get(subject.i)
                if subject.i < token.i and mention is not None and mention.actor.type in wanted:
                    return mention
            return None
        return None


def _acting_phrase(token: Token) -> set[int]:
    """Tokens of the subject of the clause ``token`` is an object in ("X urged both sides"):
    who acts on a plural is not among those it refers to. A plural that is itself a subject
    acts ("X met Y, and the two discussed ...": nobody acts on it)."""
    acting: set[int] = set()
    for verb in token.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.left_edge.i <= token.i <= c.right_edge.i for c in subjects):
            break
        acting.update(t.i for c in subjects for t in c.subtree)
        if verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in subjects):
            # "X, which brokered a truce between the two countries": "which" is X
            acting.update(range(verb.head.left_edge.i, verb.head.i + 1))
    return acting


def _window_start(token: Token, sentences: int) -> int:
    """The first token of the sentence ``sentences - 1`` sentences before ``token``'s."""
    sentence = token.sent
    for _ in range(sentences - 1):
        if sentence.start == 0:
            break
        sentence = token.doc[sentence.start - 1].sent
    return sentence.start


def _plural_reference(token: Token, gazetteer: Gazetteer
                      ) -> tuple[int | None, set[str], bool] | None:
    """How many actors, and of which kinds, a definite plural refers back to ("the two
    leaders": two people; "both countries": two states; "the presidents": a few people).

    A plural with its own owner ("the leaders of X", "European leaders") or no article
    ("leaders meet") refers to nobody named before.
    """
    if token.lower_ in NUMBERS and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
        if not _definite_count(token, token):
            return None  # "two were arrested": two more, not two named before
        return NUMBERS[token.lower_], {"PERSON"}, False  # "the two agreed", "both said"
    lemma = token.lemma_.lower()
    office = gazetteer.offices.get(lemma) is not None
    if lemma in STATE_PLURALS:
        kinds = {"STATE"}
    elif lemma in PARTY_PLURALS:
        kinds = PARTY_TYPES
    elif lemma in PARTY_NOUNS:
        kinds = {"PARTY"}
    elif lemma in FIRM_NOUNS:
        kinds = {"ORG"}
    elif lemma in PERSON_PLURALS or office:
        kinds = {"PERSON"}
    else:
        return None
    numbers = [c for c in token.lefts if c.lower_ in NUMBERS and c.dep_ in ("nummod", "det",
                                                                           "predet")]
    if numbers:
        if not _definite_count(numbers[0], token):
            return None  # "expelled two diplomats": two more, not two named before
        return NUMBERS[numbers[0].lower_], kinds, office
    if kinds in ({"PERSON"}, {"ORG"}) and not office:
        return None  # "the men", "the officials", "the firms": too vague without a number
    if token.tag_ not in ("NNS", "NNPS") or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_PLURAL for c in token.lefts):
        return None
    if any(c.dep_ in MODIFIER_DEPS for c in token.lefts) or any(
            c.dep_ == "prep" and c.lower_ in BELONGING_PREPS for c in token.rights):
        return None
    return None, kinds, office


def _as_written(tokens: list[Token]) -> str:
    """The words of ``tokens`` spaced as the text spaces them ("Pro-Russian rebels", not
    "Pro - Russian rebels"); a space wherever a word was left out between two."""
    text = ""
    for previous, token in zip([None, *tokens], tokens):
        if previous is not None and (previous.whitespace_ or token.i != previous.i + 1):
            text += " "
        text += token.text
    return text


def _definite_count(number: Token, head: Token) -> bool:
    """Whether a counted plural refers back: "both", or a number after "the", "these",
    "those", "all" or an owner ("the two leaders", "all three", "their two countries");
    "two diplomats" are new."""
    return number.lower_ == "both" or any(
        c.dep_ in ("det", "poss", "predet") and (
            c.lower_ in DEFINITE_PLURAL | {"all"} or c.tag_ == "PRP$")
        for t in (number, head) for c in t.children if c.i < number.i)


def _title_case_group(words: str) -> str:
    return words[:1].upper() + words[1:]


def _phrase_bounds(token: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``token``, without clauses hanging off it."""
    start = token.left_edge.i
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"):
            break
        end = child.right_edge.i + 1
    doc = token.doc
    while start < token.i and doc[start].dep_ in ("det", "punct", "cc", "predet"):
        start += 1
    return start, end


def build_matchers(nlp, gazetteer: Gazetteer) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers for the gazetteer: exact casing for acronyms, lower case for the rest."""
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact_forms = sorted(s for s in gazetteer.surfaces if s in gazetteer.exact)
    folded_forms = sorted(s for s in gazetteer.surfaces if s not in gazetteer.exact)
    exact.add("GAZ", list(nlp.tokenizer.pipe(exact_forms)))
    folded.add("GAZ", list(nlp.tokenizer.pipe(folded_forms)))
    return exact, folded


def index_actors(doc: Doc, gazetteer: Gazetteer, matchers, *, lexicon=None,
                 ents: tuple[Span, ...] | None = None, when: date | None = None) -> ActorIndex:
    """Find every actor mention in ``doc`` and the roles its titles give people.

    ``ents`` is ``doc.ents`` when the caller has it already (spaCy builds it afresh on
    every read). ``when`` is the publication day, on which an office named without its
    holder ("the US president") is resolved.
    """
    index = ActorIndex(doc, gazetteer, lexicon, when=when)
    structure = index.structure = _structure(doc)
    ents = doc.ents if ents is None else ents
    names = _name_spans(doc, ents)
    things = {i for span in ents if _is_thing(span) and not _is_state_alone(span, gazetteer)
              for i in range(span.start, span.end)}
    spans = _seats(gazetteer, [
        (span, actor) for span, actor in _gazetteer_spans(doc, gazetteer, matchers)
        if span.start not in structure and span.start not in things])
    names = filter_spans([_namesake_body(_after_title(span, gazetteer)) for span in names
                          if span.start not in structure and _is_name(span, gazetteer)])
    spans = [(span, actor) for span, actor in spans
             if actor.type != "STATE" or not _opens_person(span, names, gazetteer)]
    # "the Court of Appeal" is a name of its own, not "the court" of a court named elsewhere
    spans = [(span, actor) for span, actor in spans if not _is_description(span, gazetteer)
             or not any(name.start < span.end <= name.end - 1 for name in names)]
    bodies = _bodies_named_after_states(names, spans, gazetteer)
    in_bodies = {i for body in bodies for i in range(body.start, body.end)}
    spans = [(span, actor) for span, actor in spans
             if not any(i in in_bodies for i in range(span.start, span.end))]
    taken = {t.i for span, _ in spans for t in span}
    names = [span for span in names if not any(t.i in taken for t in span)]
    people = _people(names, gazetteer)
    surnames = {form: people[words[-1]] for words in
                (_given_words(span, gazetteer) for span in names if span.label_ == "PERSON")
                if len(words) >= 2 and words[-1] in people for form in _surname_forms(words[-1])}
    missed = _missed_names(doc, surnames, gazetteer, taken | {t.i for span in names for t in span}
                           | structure | things, ents)
    if missed:
        names = sorted(names + missed, key=lambda span: span.start)
        people = _people(names, gazetteer)
    index.people = people
    chosen: list[tuple[Span, Actor]] = list(spans)
    for span in names:
        if span in bodies:
            actor = Actor.create(span.text, "ORG", country=bodies[span])
        else:
            whole = _hyphen_whole(span)
            if whole.end > span.end and whole.text.split()[-1] in people:
                # "Owusu-Ansah" opening a sentence, of which the model took "Owusu"
                # alone for a firm: the surname of a person named before
                span = whole
            span = _name_completed(span)
            actor = _actor_for_name(span, people, gazetteer)
        if actor is not None:
            chosen.append((span, actor))
    described = {a.id for span, a in spans if gazetteer.lookup(span.text) and
                 all(s.kind == "description" for s in gazetteer.lookup(span.text))}
    named = {a.id for span, a in chosen if a.id not in described or
             any(s.kind != "description" for s in gazetteer.lookup(span.text))}
    for span, actor in sorted(chosen, key=lambda pair: pair[0].start):
        if _is_description(span, gazetteer):
            # "the alliance" means NATO only where NATO itself was named in the document, and
            # "the South" South Korea where South Korea is named and South Sudan is not.
            meant = {s.actor for s in gazetteer.lookup(span.text) if s.actor.id in named}
            if len(meant) != 1:
                continue
            actor = meant.pop()
        index.add(span, actor)
    _read_roles(index, gazetteer)
    return index


def _seats(gazetteer: Gazetteer, spans: list[tuple[Span, Actor]]) -> list[tuple[Span, Actor]]:
    """"Brussels" is the EU's seat and Belgium's capital: the EU, as the international press
    uses it ("Poland defied Brussels"), unless the text has named Belgium before and the EU
    not ("Rwanda cut ties with Belgium, accusing Brussels of bias")."""
    seen: set[str] = set()
    chosen = []
    for span, actor in sorted(spans, key=lambda pair: pair[0].start):
        entries = gazetteer.lookup(span.text)
        igo = next((e.actor for e in entries if e.actor.type == "IGO"), None)
        state = next((e.actor for e in entries if e.kind == "capital"), None)
        if igo is not None and state is not None:
            actor = state if state.id in seen and igo.id not in seen else igo
        seen.add(actor.id)
        chosen.append((span, actor))
    return chosen


def _is_name(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether an entity the model found can name an actor: names are capitalised in news
    ("pale and gaunt" is no person), a title alone ("Rear Admiral", "Prime Minister")
    names an office, not who holds it, and treaties, summits and weapons act on nobody."""
    if not any(t.text[:1].isupper() for t in span):
        return False
    if _is_thing(span) or _is_weapon_name(span) or _is_settlement_name(span) or (
            _is_community_name(span)) or _names_region(span) or _is_facility_name(span) or (
            _in_water_name(span)):
        return False
    if span.label_ == "PERSON" and len(span) == 1 and span[0].lower_ in INSTITUTION_WORDS:
        return False  # "Library" of "the Reagan Presidential Library", tagged alone
    if span.label_ == "PERSON" and any(c.isdigit() for c in span.text):
        return False  # "Perm 35", "Terminal 5": people are not named with numbers
    if MODEL_NUMBER.search(span.text):
        return False  # "COVID-19", "S-400", "MH-17": a disease, a weapon, a flight
    if _ends_title(span, gazetteer) or _opens_title(span, gazetteer):
        return False
    words = [t.lower_ for t in span if t.text != "-"]
    return not (_office_in(list(span), gazetteer) is not None and all(
        w in HONORIFICS or gazetteer.offices.get(w) is not None or w in TITLE_WORDS
        for w in words))


def _ends_title(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether ``span`` is the end of an office title ("Secretary of State", "Minister of
    Defence"), which the model may tag as a body of its own."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    found = _office_match(list(doc[span.start - 2:span.end]), gazetteer)
    return found is not None and found[1][0].i < span.start and found[1][-1].i == span.end - 1


def _opens_title(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether ``span`` ends with the first words of an office title that goes on after it
    ("Philippine Defence" of "Philippine Defence Secretary"), which the model may tag as a
    body of its own."""
    if span.label_ != "ORG":
        return False
    found = _office_match(list(span.doc[span.end - 1:span.end + 2]), gazetteer)
    return found is not None and found[1][0].i == span.end - 1 and found[1][-1].i >= span.end


def _names_region(span: Span) -> bool:
    """"North Africa", "Latin America", "Central Asia": part of a continent, where people
    come from or go to, which acts as nobody."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return len(words) >= 2 and words[-1] in CONTINENT_WORDS and all(
        w in COMPASS | {"latin", "central"} for w in words[:-1])


def _is_thing(span: Span) -> bool:
    """A treaty, a summit, an offensive: no actor, nor are the names in it ("the Minsk
    Agreement" is not Belarus)."""
    return span.label_ in THING_LABELS or span.root.lower_ in THING_HEADS


def _is_community_name(span: Span) -> bool:
    """A person or body the model found in "the Druze minority", "Druze fighters": the name of
    a people, which names no one who acts."""
    root = span.root
    return span.label_ in ("PERSON", "ORG") and root.dep_ in ("compound", "amod") and (
        root.head.lemma_.lower() in COMMUNITY_NOUNS)


def _is_settlement_name(span: Span) -> bool:
    """A person or body the model found in "the city of X", "the port of X": a place the
    gazetteer does not know (a known one is matched before), no actor."""
    root = span.root
    return span.label_ in ("PERSON", "ORG") and root.dep_ == "pobj" and (
        root.head.lower_ == "of" and root.head.head.lower_ in SETTLEMENT_NOUNS)


def _is_state_alone(span: Span, gazetteer: Gazetteer) -> bool:
    """A state's name standing alone where the model saw a thing ("sanctions on Niger" tagged a
    work of art): a treaty or summit named after a state has a word of its own ("Accords")."""
    return len(span) == 1 and any(s.actor.type == "STATE" for s in gazetteer.lookup(span.text))


def _is_facility_name(span: Span) -> bool:
    """A person the model found naming a facility ("the Al Udeid air base"): a namesake,
    not anybody who acts; a known actor there is matched by the gazetteer instead."""
    root = span.root
    return span.label_ == "PERSON" and root.dep_ == "compound" and (
        root.head.lower_ in FACILITY_NOUNS)


def _is_weapon_name(span: Span) -> bool:
    """A name the model found on a weapon ("Patriot batteries"); a known actor there is
    the weapon's owner ("U.N. helicopters") and is matched by the gazetteer instead."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in WEAPON_NOUNS


def _structure(doc: Doc) -> set[int]:
    """Tokens of datelines and credit lines: where and by whom a story was filed, not who
    acted in it ("KYIV (Reuters) -", "BEIRUT, Lebanon (AP) —", "By Jane Roe")."""
    found: set[int] = set()
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ in CREDIT_WORDS and len(sent) <= 25 and not any(
                t.tag_ in FINITE_TAGS for t in sent):
            found.update(range(sent.start, sent.end))
            continue
        end = dateline_end(doc, sent.start, sent.end)
        if end is not None:
            found.update(range(sent.start, end))
    return found


def dateline_end(doc: Doc, start: int, stop: int) -> int | None:
    """The end of the dateline opening ``doc[start:stop]``, if one does: capitalised place
    and date words, with a bracketed agency or a place in capitals, then a spaced dash.

    It reads tags only, so it also runs before the parser, which then parses the story
    without its dateline (:func:`kg.extract.prepared`).
    """
    for i in range(start + 1, min(stop, start + DATELINE_MAX)):
        token = doc[i]
        if token.text in DASHES:
            if not doc[i - 1].whitespace_:
                return None  # "NATO-Russia": a hyphen inside words
            words = [t for t in doc[start:i] if not t.is_punct]
            if not words or not all(t.text[:1].isupper() or t.like_num for t in words):
                return None
            agency = any(t.lower_ in PUBLISHERS and doc[t.i - 1].text == "(" for t in words)
            shouted = words[0].is_alpha and len(words[0]) >= 3 and words[0].text.isupper()
            return i + 1 if agency or shouted else None
        if token.tag_.startswith("VB") or token.tag_ == "MD":
            return None
    return None


def _bodies_named_after_states(names: list[Span], spans: list[tuple[Span, Actor]],
                               gazetteer: Gazetteer) -> dict[Span, str | None]:
    """Organisations whose names hold a state's ("British Airways", "Bank of America", "Air
    China", "the Confederation of British Industry"), with that state's country.

    They are bodies of their own, not the state. A name headed by a sector noun or an
    office is the state's ("the Indian Government", "the US Senate") and is left to the
    state and its sector.
    """
    bodies: dict[Span, str | None] = {}
    at = {i: (span, actor) for span, actor in spans for i in range(span.start, span.end)}
    for name in names:
        if name.label_ != "ORG" or len(name) < 2:
            continue
        found = {at[i] for i in range(name.start, name.end) if i in at}
        inside = [actor for span, actor in found
                  if name.start <= span.start and span.end <= name.end]
        if not inside or any(a.type != "STATE" for a in inside) or any(
                span.start == name.start and span.end == name.end for span, _ in found):
            continue
        root = name.root
        if gazetteer.names_people(root):
            continue
        countries = {a.country for a in inside}  # "British American Tobacco": neither
        bodies[name] = countries.pop() if len(countries) == 1 else None
    return bodies


def _is_description(span: Span, gazetteer: Gazetteer) -> bool:
    entries = gazetteer.lookup(span.text)
    return bool(entries) and all(entry.kind == "description" for entry in entries)


def _hyphen_joined(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether ``span`` is joined by a hyphen to a capitalised word before or after it that
    names nobody, as part of a longer name ("SPLM-IO", "Anglo-Irish"; not "China-UK")."""
    doc = span.doc
    after = span.end + 1 < len(doc) and doc[span.end].text == "-" and not (
        span[-1].whitespace_ or doc[span.end].whitespace_) and _is_name_part(
        doc[span.end + 1], gazetteer)
    before = span.start >= 2 and doc[span.start - 1].text == "-" and not (
        doc[span.start - 2].whitespace_ or doc[span.start - 1].whitespace_) and _is_name_part(
        doc[span.start - 2], gazetteer)
    return after or before


def _is_name_part(token: Token, gazetteer: Gazetteer) -> bool:
    # "SPLM-IO", "Anglo-Irish"; not "US-brokered" or "pro-Russian", where the name is whole,
    # nor "China-UK", two names
    return (token.is_title or token.is_upper) and not gazetteer.lookup(token.text)


def _gazetteer_spans(doc: Doc, gazetteer: Gazetteer, matchers) -> Iterator[tuple[Span, Actor]]:
    exact, folded = matchers
    candidates = []
    for matcher in (exact, folded):
        for _, start, end in matcher(doc):
            span = doc[start:end]
            entries = gazetteer.lookup(span.text)
            if not entries:
                continue
            if entries[0].kind != "description" and not any(t.text[:1].isupper() for t in span):
                # names are capitalised in news, if not always on their first word
                # ("al-Shabab"); "us", "chad" in lower case are words
                continue
            if span.text.lower() in PUBLISHERS:
                continue
            if _hyphen_joined(span, gazetteer):
                continue  # "SPLM-IO" is not the SPLM, "Anglo-Irish" not Ireland
            candidates.append(span)
    # a name beats a description it overlaps: "the North Korean army" names no "the North"
    names = [span for span in candidates if not _is_description(span, gazetteer)]
    candidates = [span for span in candidates if not _is_description(span, gazetteer) or not any(
        name.start < span.end and span.start < name.end for name in names)]
    for span in filter_spans(candidates):
        entries = gazetteer.lookup(span.text)
        if _is_district(span, entries) or _is_region(span, entries) or _is_elsewhere(
                span, entries) or _is_ethnic(span, entries) or _in_water_name(span) or (
                _is_namesake(span, entries)):
            continue
        if len(entries) == 1 or span.label_:
            yield span, entries[0].actor
        else:
            # An ambiguous form ("Georgia") goes to the kind the gazetteer lists first:
            # states before organisations before groups.
            yield span, entries[0].actor


def _is_district(span: Span, entries) -> bool:
    """"East Jerusalem", "West Beirut": part of a capital named by its side is a place of its
    own; only the capital's name stands for its state (a listed name such as "East Berlin",
    the capital of East Germany, is matched whole before this)."""
    before = span.doc[span.start - 1] if span.start else None
    return (before is not None and before.lower_ in COMPASS and before.text[:1].isupper()
            and before.ent_type_ in PLACE_LABELS
            and all(entry.kind == "capital" for entry in entries))


def _is_ethnic(span: Span, entries) -> bool:
    """"ethnic Armenian forces": the forces of a people named by a state's adjective, not
    the state's (they may live anywhere and fight it)."""
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and before.lower_ == "ethnic" and span.root.dep_ in (
        "amod", "compound") and all(entry.actor.type == "STATE" for entry in entries)


def _is_elsewhere(span: Span, entries) -> bool:
    """"New Mexico", "Northern Ireland": a state's name after a capitalised word of the same
    place name names that place, when the place gazetteer puts it in another state ("Western
    Cambodia" is still Cambodia)."""
    before = span.doc[span.start - 1] if span.start else None
    if before is None or not before.is_title or before.ent_type_ not in PLACE_LABELS:
        return False
    place = resolve_place(span.doc[span.start - 1:span.end].text)
    return place is not None and all(entry.actor.type == "STATE"
                                     and entry.actor.country != place.country
                                     for entry in entries)


def _is_namesake(span: Span, entries) -> bool:
    """"the Reagan Presidential Library", "the Kennedy Center": a person's name that opens the
    name of an institution named after him is the institution's, not the person acting."""
    return all(entry.actor.type == "PERSON" for entry in entries) and (
        _namesake_end(span) is not None)


def _namesake_end(span: Span) -> int | None:
    """The end of the institution's name ``span`` opens, if capitalised words after it end in
    a word of one ("Reagan | Presidential Library")."""
    for token in span.doc[span.end:span.end + 3]:
        if not token.is_title:
            return None
        if token.lower_ in NAMESAKE_WORDS:
            return token.i + 1
    return None


def _namesake_body(span: Span) -> Span:
    """"the Reagan Presidential Library", "the Carter Center" tagged as a person, or as two:
    a body's name, its namesake's name and all."""
    if span.label_ != "PERSON":
        return span
    end = _namesake_end(span)
    if end is not None:
        return Span(span.doc, span.start, end, label="ORG")
    if len(span) > 1 and span[-1].lower_ in INSTITUTION_WORDS:
        return Span(span.doc, span.start, span.end, label="ORG")
    return span


def _in_water_name(span: Span) -> bool:
    """"the South China Sea", "the Sea of Japan", "the Philippine Sea": a name that is, or is
    inside, the name of a sea, a gulf or a strait the place table lists names the water, not
    a state nor anybody else."""
    doc = span.doc
    heads = water_heads()
    if not any(t.lower_ in heads for t in doc[max(span.start - WATER_REACH, 0):
                                             span.end + WATER_REACH]):
        return False
    windows = (doc[span.start - before:span.end + after]
               for before in range(min(span.start, WATER_REACH) + 1)
               for after in range(min(len(doc) - span.end, WATER_REACH) + 1))
    return any(getattr(resolve_place(window.text), "feature", None) == "water"
               for window in windows)


def _is_region(span: Span, entries) -> bool:
    """"Latin American cartels", "North African states", "Latin America": a continent's name
    that is also a state's or a body's ("America", "African") names part of the continent
    after a capitalised compass word or "Latin" (the gazetteer lists "South Korean" and "East
    Germany", matched whole before this; "South Lebanon" is still Lebanon)."""
    before = span.doc[span.start - 1] if span.start else None
    return (before is not None and before.lower_ in COMPASS | {"latin"}
            and before.text[:1].isupper() and span.text.lower() in CONTINENT_WORDS
            and all(entry.kind in ("name", "demonym") for entry in entries))


def _name_spans(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    spans = []
    for ent in ents:
        if ent.label not in _NAME_LABEL_IDS:
            continue
        span = _strip(ent)
        if span is None or span.text.lower() in PUBLISHERS:
            continue
        spans.append(span)
    return spans


def _after_title(span: Span, gazetteer: Gazetteer) -> Span:
    """"Field Marshal Asim Munir", which the model may take whole for a body: an office title
    the name opens with is no part of it, and what follows it is a person (the title is read
    before the name as any title is)."""
    if span.label_ not in ("ORG", "PERSON") or len(span) < 2:
        return span
    found = _office_match(list(span[:-1]), gazetteer)
    if found is None or found[1][0].i != span.start:
        return span
    rest = Span(span.doc, found[1][-1].i + 1, span.end, label="PERSON")
    # a person's names, two or three of them ("General Motors", "Imam Khomeini International
    # Airport" are bodies and places whose names open with a title word)
    return rest if 2 <= len(rest) <= 3 and all(
        t.pos_ == "PROPN" and t.lower_ not in BODY_NAME_WORDS for t in rest) else span


def _opens_person(span: Span, names: list[Span], gazetteer: Gazetteer) -> bool:
    """Whether a state's name is the given name of a person the model found ("Israel Katz",
    "Jordan Bardella"): it opens a name of two or three words whose rest is capitalised and
    is no known person or actor on its own ("China Xi Jinping" is a state and its leader)."""
    for name in names:
        if name.label_ != "PERSON" or name.start != span.start or not (
                span.end < name.end <= span.start + 3):
            continue
        rest = name.doc[span.end:name.end]
        return all(t.pos_ == "PROPN" and t.is_title for t in rest) and (
            gazetteer.person(name.text) is not None
            or (gazetteer.person(rest.text) is None and not gazetteer.lookup(rest.text)))
    return False


def _strip(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    # One Token made per word looked at: making them is most of what this costs.
    while start < end:
        first = doc[start]
        if not (first.is_punct or first.lower_ in ("the", "a", "an")):
            break
        start += 1
    while end > start:
        last = doc[end - 1]
        if not (last.is_punct or last.tag_ == "POS" or last.text in ("’s", "'s")
                or last.lower_ in ("the", "a", "an")):  # "Perm 35 - a": ran into the apposition
            break
        end -= 1
    if start >= end:
        return None
    if span.label_ == "PERSON":
        # "Rainer Schuettler 7-5", "Mario Ancic 6": a full name the model ran into the score
        last = end
        while last - start > 2 and (doc[last - 1].is_punct
                                    or any(c.isdigit() for c in doc[last - 1].text)):
            last -= 1
        if any(c.isdigit() for c in doc[last - 1].text):
            last = end  # "Perm 35": no name is left without it, and none is a person
        end = last
    if end - start >= 3 and "(" in (text := span.text) and ")" not in text:
        # "China Aviation Oil (CAO": a name the model ran into its acronym's bracket
        end = next((i for i in range(start + 1, end) if doc[i].text == "("), end)
    return Span(doc, start, end, label=span.label)


def _people(names: list[Span], gazetteer: Gazetteer) -> dict[str, Actor]:
    """Every person in the document, keyed by each way the text names them.

    A full name joins a person named before only if one name holds the other ("Donald J.
    Trump", "Donald Trump"); "Sherry Edwards" is not "Richey Edwards". A titled surname
    ("Mr Kennedy") and a lone surname are the person named in full with that surname.
    """
    people: dict[str, Actor] = {}
    full = [(s, _given_words(s, gazetteer)) for s in names if s.label_ == "PERSON"]
    for span, words in sorted(full, key=lambda pair: len(pair[1]), reverse=True):
        if len(words) < 2:
            continue
        name = " ".join(words)
        actor = people.get(name)
        if actor is None:
            namesake = people.get(words[-1])
            if namesake is not None and _same_person(words, namesake):
                actor = namesake
        actor = actor or gazetteer.person(name) or Actor.create(name, "PERSON")
        people.setdefault(name, actor)
        known = gazetteer.person(words[-1])
        if known is not None and known.id == actor.id:
            # "Mr Blair" in a story naming Tony Blair and Ian Blair: the one the
            # gazetteer knows by that surname
            people[words[-1]] = actor
        else:
            people.setdefault(words[-1], actor)
        for form in _surname_forms(words[-1])[1:]:
            people.setdefault(form, actor)  # "Sharaa" after "Ahmed al-Sharaa"
    for span, words in full:
        if len(words) == 1 and len(span) > 1 and span.text not in people:
            actor = (people.get(words[0]) or gazetteer.person(words[0])
                     or Actor.create(span.text, "PERSON"))
            people[span.text] = actor
            people.setdefault(words[0], actor)
    first = _first_words(people, gazetteer)
    for span in names:
        if len(span) == 1 and span.text not in people:
            # A lone surname is a known leader only where the gazetteer says it names one
            # person ("Putin"); otherwise a PERSON stays a person of this document.
            known = gazetteer.person(span.text) or (
                first.get(span.text) if _may_be_first(span[0]) else None)
            if known is not None:
                people[span.text] = known
            elif span.label_ == "PERSON":
                people[span.text] = Actor.create(span.text, "PERSON")
    return people


def _first_words(people: dict[str, Actor], gazetteer: Gazetteer) -> dict[str, Actor]:
    """The first word of each full name the document gives one person alone, and no
    person as a surname: in "Xi Jinping ... Xi said" and "Yoon Suk Yeol ... Yoon" the family
    name comes first, and "Sir Edward" is Edward Heath. Two people with one first word ("Kim
    Jong Un", "Kim Yo Jong") leave it nobody's; a word that names an actor ("Wales") or a name
    that is no name ("Wales 13 - 12", a score the model took for one) gives none."""
    owners: dict[str, set[str]] = {}
    actors: dict[str, Actor] = {}
    for name, actor in people.items():
        words = name.split()
        if len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").replace("'", "")
                                   .isalpha() for w in words) and not gazetteer.lookup(words[0]):
            owners.setdefault(words[0], set()).add(actor.id)
            actors[words[0]] = actor
    return {word: actors[word] for word, ids in owners.items()
            if len(ids) == 1 and word not in people}


def _may_be_first(word: Token) -> bool:
    """Whether ``word`` may be the first word of a name: not after "Mr", "Dr" or "Lord",
    which take a surname ("Mr Howard" is not Howard Flight); "Sir" and "Dame" take the first."""
    before = word.doc[word.i - 1].lower_ if word.i else ""
    return before not in HONORIFICS or before in FIRST_NAME_TITLES


def _surname_forms(surname: str) -> list[str]:
    """A surname and the form news also uses without its Arabic article ("al-Sharaa",
    "Sharaa")."""
    head, dash, rest = surname.partition("-")
    if dash and head.lower() in ARTICLE_PREFIXES and rest[:1].isupper():
        return [surname, rest]
    return [surname]


def _missed_names(doc: Doc, surnames: dict[str, Actor], gazetteer: Gazetteer,
                  taken: set[int], ents: tuple[Span, ...] = ()) -> list[Span]:
    """People the model did not tag, as PERSON spans: a capitalised proper noun outside every
    entity that is the surname of a person the document names in full ("Sinwar" after "Yahya
    Sinwar"; a one-word PERSON the model found is not trusted as far), or a name the leader
    gazetteer gives one person ("Scholz", "Olaf Scholz" left untagged next to a quotation
    mark); also such a surname the model took for a place or a thing ("sanctions on Dagalo"
    after "Mohamed Hamdan Dagalo"). Two words are tried before one."""
    # Read from the Doc's arrays: most tokens are no untagged proper noun, and making a Token
    # of each costs more than the test.
    array = doc.to_array([POS, ENT_IOB])
    free = (array[:, 0] == PROPN) & (array[:, 1] == 2)  # IOB 2: outside every entity
    candidates = {i for i in numpy.flatnonzero(free).tolist() if i not in taken}
    candidates |= {ent.start for ent in ents if len(ent) == 1 and ent.label not in _NAME_LABEL_IDS
                   and ent.text in surnames and ent.start not in taken}
    missed: list[Span] = []
    skip = -1
    for i in sorted(candidates):
        if i <= skip or not doc[i].text[:1].isupper():
            continue
        for width in (2, 1):
            if any(j not in candidates for j in range(i, i + width)):
                continue
            span = doc[i:i + width]
            if span.text in surnames or gazetteer.person(span.text) is not None:
                missed.append(Span(doc, span.start, span.end, label="PERSON"))
                skip = i + width - 1
                break
    return missed


def _given_words(span: Span, gazetteer: Gazetteer) -> list[str]:
    """The words of a name without courtesy titles and offices ("Mr", "Secretary General"),
    as written: "Jens-Frederik" is one word, though three tokens."""
    words: list[str] = []
    word = ""
    for t in span:
        if t.lower_ in HONORIFICS or gazetteer.offices.get(t.lower_) is not None:
            words += [word] if word else []
            word = ""
            continue
        word += t.text
        if t.whitespace_:
            words.append(word)
            word = ""
    return words + ([word] if word else [])


def _same_person(words: list[str], actor: Actor) -> bool:
    """Whether one name holds the other, courtesy titles aside."""
    mine = {w.lower().rstrip(".") for w in words}
    theirs = {w.lower().rstrip(".") for w in actor.name.split() if w.lower() not in HONORIFICS}
    return mine <= theirs or theirs <= mine


def _names_two_states(tokens: list[Token], index: ActorIndex) -> bool:
    """Whether ``tokens`` name two states or more ("Turkish Cypriot")."""
    return len({index.by_token[t.i].actor.id for t in tokens if t.i in index.by_token
                and index.by_token[t.i].actor.type == "STATE"}) >= 2


def _name_completed(span: Span) -> Span:
    """A person's name with the surname the model left out of it: "Maria Corina" of "Maria
    Corina Machado", where the surname is the head the given names hang on and no entity of
    its own."""
    doc = span.doc
    end = span.end
    while span.label_ == "PERSON" and end < len(doc) and doc[end].pos_ == "PROPN" and (
            doc[end].ent_iob_ == "O" and doc[end].text[:1].isupper()
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end):
        end += 1
    return span if end == span.end else Span(doc, span.start, end, label=span.label)


def _hyphen_whole(span: Span) -> Span:
    """``span`` with the words hyphened onto its end ("Owusu" of "Owusu-Ansah")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and not doc[end - 1].whitespace_ and "-" in (doc[end].text,
                                                                    doc[end - 1].text):
        end += 1
    return Span(doc, span.start, end, label=span.label)


def _actor_for_name(span: Span, people: dict[str, Actor], gazetteer: Gazetteer) -> Actor | None:
    text = span.text
    words = text.split()
    if text in people:
        return people[text]
    if span.label_ in ("PERSON", "ORG", "GPE") and words and words[-1] in people:
        # The small model often tags a surname as ORG ("Trump"): a surname of a person named
        # in full elsewhere in the document is that person, but "Sierra Wireless" is not
        # the "Cingular Wireless" the model took for a person.
        actor = people[words[-1]]
        if _same_person(_given_words(span, gazetteer), actor):
            return actor
    if span.label_ == "PERSON":
        return Actor.create(text, "PERSON")
    if span.label_ == "ORG":
        return Actor.create(text, "ORG")
    if span.label_ in ("GPE", "FAC"):
        return Actor.create(text, "OTHER")
    return None


def _opens_clause(prep: Token) -> bool:
    """"of receiving arms from Syria": a preposition before a clause says what was done, not
    whose the noun is ("rebels of Darfur")."""
    return any(c.dep_ == "pcomp" for c in prep.children)


def _read_roles(index: ActorIndex, gazetteer: Gazetteer) -> None:
    """Roles from titles before a name and from "X, the Y of Z" / "X was Y of Z" phrases."""
    doc = index.doc
    seen: set[int] = set()
    for _, mention in list(index.mentions):
        if mention.actor.type != "PERSON":
            continue
        head = doc.char_span(mention.start, mention.end)
        if head is None or head.start in seen:
            continue
        seen.add(head.start)
        for office, organisation, title in [*_titles_before(head, index, gazetteer),
                                            *_titles_around(head.root, index, gazetteer)]:
            if organisation is None:
                organisation = _office_held(mention, office, title, index, gazetteer) or (
                    _state_of_title_before(head, index))
            if organisation is not None:
                _add_role(index, mention, office, _side_of(organisation, office, gazetteer),
                          head)
    for _, mention in list(index.mentions):
        if mention.actor.type == "PERSON":
            _counterpart_role(mention, index)


def _counterpart_role(person: Mention, index: ActorIndex) -> None:
    """"Ghana's foreign minister X met his Togolese counterpart, Y": Y holds X's office in
    Togo. A counterpart with no state named ("his counterpart at the talks") holds none known,
    nor does one of a person with several offices."""
    span = index.doc.char_span(person.start, person.end)
    if span is None:
        return
    name = span.root
    noun = name.head if name.dep_ == "appos" else next(
        (c for c in name.children if c.dep_ in ("appos", "compound")
         and c.lemma_.lower() == COUNTERPART), None)
    if noun is None or noun.lemma_.lower() != COUNTERPART:
        return
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return
    whose = {m.actor.id for m in index.resolve(owner) if m.actor.type == "PERSON"} - {
        person.actor.id}
    if not whose and owner.pos_ == "PRON":
        # "X met Y, his Togolese counterpart": "his" is no Y, so the one who met him
        verb = next((v for v in noun.ancestors if v.pos_ in ("VERB", "AUX")), None)
        whose = {index.by_token[c.i].actor.id for c in (verb.children if verb else ())
                 if c.dep_ == "nsubj" and c.i in index.by_token} - {person.actor.id}
    states = {m.actor.id: m for t in noun.lefts if t.i != owner.i
              for m in [index.by_token.get(t.i)] if m is not None and m.actor.type == "STATE"}
    offices = {r.office for r in index.roles if r.person.actor.id in whose
               and r.organisation.actor.type == "STATE" and r.organisation.actor.id not in states}
    if len(states) == 1 and len(offices) == 1:
        _add_role(index, person, offices.pop(), next(iter(states.values())), span)


def _side_of(organisation: Mention, office: Office, gazetteer: Gazetteer) -> Mention:
    """"Kenyan opposition leader X" leads Kenya's opposition, not Kenya: an office outside
    the state's own bodies (opposition, rebels, clergy, business) is held in that sector of
    the state named with it."""
    actor = organisation.actor
    if actor.type != "STATE" or office.sector in STATE_SECTORS or office.sector == "-":
        return organisation
    return replace(organisation, actor=gazetteer.group_actor(actor.country, office.sector, ""))


def _office_held(person: Mention, office: Office, title: list[Token], index: ActorIndex,
                 gazetteer: Gazetteer) -> Mention | None:
    """"President Trump" names no state: the one whose office the person held on the
    article's day (leaders.tsv), if the article has a day and the data one such office."""
    if office.title in ANY_HEAD or index.when is None or gazetteer.person(
            person.actor.name) is None:
        # "security chief Mnangagwa": a generic title is no office the data can date
        return None
    organisation = gazetteer.held_by(person.actor, office, index.when)
    if organisation is None:
        return None
    doc = title[0].doc  # the title stands for the organisation it names no word of
    span = doc[title[0].i:title[-1].i + 1]
    return Mention(organisation, span.text, span.start_char, span.end_char)


def _state_of_title_before(name: Span, index: ActorIndex) -> Mention | None:
    """"Japanese Foreign Minister X and Defence Minister Y": the state of the title of the
    person the name is coordinated with holds for its own title too."""
    root = name.root
    first = index.by_token.get(root.head.i) if root.dep_ == "conj" else None
    if first is None or first.actor.type != "PERSON":
        return None
    return next((r.organisation for r in index.roles if r.person.actor.id == first.actor.id
                 and r.organisation.actor.type == "STATE"), None)


def _add_role(index: ActorIndex, person: Mention, office: Office, organisation: Mention,
              span: Span) -> None:
    if organisation.actor.type == "PERSON" or organisation.actor.id == person.actor.id:
        return
    sentence = span.sent
    role = Role(person, office, organisation, sentence.start_char, sentence.text)
    pair = (person.actor.id, organisation.actor.id)
    same = [r for r in index.roles if (r.person.actor.id, r.organisation.actor.id) == pair]
    if any(r.office.predicate == office.predicate for r in same):
        return
    # "the NATO chief" and "NATO Secretary General" are one office: the specific title wins.
    if office.predicate == "LEADER_OF" and same:
        return
    index.roles[:] = [r for r in index.roles if not (
        (r.person.actor.id, r.organisation.actor.id) == pair and r.office.predicate == "LEADER_OF")]
    index.roles.append(role)


def _titles_before(span: Span, index: ActorIndex, gazetteer: Gazetteer):
    """"Nato Secretary General Mark Rutte": the office and its organisation, left of the name."""
    doc = span.doc
    i = span.start - 1
    words: list[Token] = []
    # Titles are capitalised words right before the name ("Ukrainian President", "Nato
    # Secretary General"); the parser sometimes attaches them oddly, so read the words.
    while i >= 0 and doc[i].text not in (",", "(", ")", "and", "or", "the") and (
            doc[i].dep_ in ("compound", "amod", "nmod", "poss", "case")
            or (doc[i].text[:1].isupper() and doc[i].pos_ in ("PROPN", "ADJ", "NOUN"))
            # "Secretary of State Mike Pompeo": "of" between two capitalised title words
            or (doc[i].lower_ == "of" and words and i > 0 and doc[i - 1].text[:1].isupper())):
        words.insert(0, doc[i])
        i -= 1
    found = _office_match(words, gazetteer)
    ofs = [t.i for t in words if t.lower_ == "of"]
    if found is not None and ofs and all(t.i != ofs[-1] for t in found[1]):
        # "Archbishop of Canterbury", "Undersecretary of State": an "of" the title found does
        # not span is no part of a title; only the words after it stand before the name
        found = _office_match([t for t in words if t.i > ofs[-1]], gazetteer)
    if found is None:
        return
    office, title = found
    spelt = {t.i for t in title}  # "Secretary of State": "State" is the title, no organisation
    organisation = next((index.by_token[t.i] for t in reversed(words) if t.i in index.by_token
                         and (t.i not in spelt or index.by_token[t.i].actor.type in (
                             "STATE", "IGO"))  # "Federal Reserve chairman" is the Fed's
                         and index.by_token[t.i].actor.type != "PERSON"), None)
    if _names_two_states(words, index):
        # "Bosnian Serb leader X", "Turkish Cypriot leader X": a community's leader, of
        # neither state (the data may still know the office X holds)
        organisation = None
    if organisation is not None:
        organisation = _body_named(organisation, office, words, gazetteer)
    if organisation is not None or not any(t.lower_ in PAST_TITLE for t in words):
        yield office, organisation, title  # None: no organisation named ("President Trump")


def _titles_around(token: Token, index: ActorIndex, gazetteer: Gazetteer):
    """"Rutte was prime minister of the Netherlands", "Rutte, the Dutch prime minister"."""
    candidates = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ in ("nsubj", "nsubjpass"):
        candidates += [c for c in token.head.children if c.dep_ in ("attr", "oprd")]
    for noun in candidates:
        phrase = [t for t in noun.subtree if t.i <= noun.i]
        found = _office_match(phrase, gazetteer)
        if found is None:
            continue
        office, title = found
        organisation = None
        # not in a clause on the title: "X is the first leader to visit Togo" leads no Togo
        clauses = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
        for t in noun.subtree:
            mention = index.by_token.get(t.i)
            if mention is not None and mention.actor.type != "PERSON" and t.i not in clauses:
                organisation = mention
                break
        if organisation is not None:
            organisation = _body_named(organisation, office, phrase, gazetteer)
        if organisation is not None or not any(t.lower_ in PAST_TITLE for t in phrase):
            yield office, organisation, title


def _body_named(organisation: Mention, office: Office, words: list[Token], gazetteer: Gazetteer
                ) -> Mention:
    """"Kenya's police commissioner" serves the Kenya police, "the army chief" the military:
    a title that names a body of the state gives the role in that body. A bare "General" or
    "minister" stays the state's: the text does not say which body; and a head of state
    ("military ruler Pinochet") leads the state, whatever body brought him to power."""
    if organisation.actor.type != "STATE" or office.predicate == "LEADER_OF":
        return organisation
    sector = next((gazetteer.sectors[t.lower_] for t in words
                   if gazetteer.sectors.get(t.lower_) in BODY_SECTORS), None)
    if sector is None:
        return organisation
    body = gazetteer.group_actor(organisation.actor.country, sector, organisation.text)
    return Mention(body, organisation.text, organisation.start, organisation.end)


def _office_in(tokens: list[Token], gazetteer: Gazetteer, *,
               head: Token | None = None) -> Office | None:
    """The longest office title among ``tokens``; with ``head``, only one that holds it
    ("prime minister" for "minister", not "official" for "official newspaper")."""
    found = _office_match(tokens, gazetteer, head=head)
    return found[0] if found is not None else None


def _office_match(tokens: list[Token], gazetteer: Gazetteer, *,
                  head: Token | None = None) -> tuple[Office, list[Token]] | None:
    """The longest office title among ``tokens`` and the tokens that spell it."""
    tokens = [t for t in tokens if t.text != "-"]  # "Secretary-General" is three tokens
    words = [t.lower_ for t in tokens]
    for size in (3, 2, 1):
        for i in range(len(words) - size, -1, -1):
            if head is not None and all(t.i != head.i for t in tokens[i:i + size]):
                continue
            phrase = words[i:i + size]
            office = (gazetteer.offices.get(" ".join(phrase))
                      or gazetteer.offices.get("-".join(phrase)))
            if office is not None:
                return office, tokens[i:i + size]
    return None
