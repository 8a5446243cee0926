"""The extractor's data: event verbs and nouns, cue words, and the actor gazetteer.

Every table lives in ``kg/data/*.tsv`` with a one-line reason per group, and is loaded once.

>>> lex = load_lexicon()
>>> lex.verbs["meet"].predicate, lex.verbs["meet"].target
('MEET', ('with',))
>>> "intend" in lex.cues["will"]
True
>>> lex.gazetteer.states["NLD"].name
'Netherlands'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache

from kg.model import Actor
from kg.ontology import PREDICATES, read_table

__all__ = ["EventWord", "Gazetteer", "Lexicon", "Office", "Surface", "load_lexicon"]

# Sectors of the state (CAMEO codes them by the state's country).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# The sectors in which a state acts as itself: "the Iraqi government", its officials and spies
# are the state, as news gold files ministries under their state. The other state sectors are
# bodies of their own ("Egyptian police" -> Egypt police, EGYCOP), as readers and CAMEO
# tell an army or a court from the government it may turn on.
SELF_SECTORS = frozenset({"GOV", "SPY"})

# How a group actor of a country reads in the graph ("Rwanda rebels", "Kenya police").
SECTOR_NAMES = {
    "MIL": "military", "COP": "police", "LEG": "legislature", "JUD": "judiciary",
    "REB": "rebels", "OPP": "opposition", "CVL": "civilians", "BUS": "business",
    "MED": "media", "NGO": "aid groups", "UAF": "armed men", "REF": "refugees",
    "LAB": "workers", "EDU": "students", "AGR": "farmers", "HLH": "doctors",
    "REL": "religious groups", "CRM": "criminals", "SPY": "intelligence",
}
SECTOR_TYPES = {"REB": "ARMED_GROUP", "UAF": "ARMED_GROUP"}


OBJECT_SENSES = frozenset({"target", "topic", "none", "force", "required"})
# Labels that name a deed by what it is an act of ("an act of war", "a declaration of war").
ACT_LABELS = frozenset({"act", "declaration"})
# Nouns that judge through their modifier ("an unfriendly act", "a historic step", "a
# reckless move"): labels when the modifier is one.
MODIFIED_LABELS = ACT_LABELS | {"step", "move"}
# The state sectors under a government's command: its orders to them are the state acting, while
# a parliament or a court it presses is a side of its own ("urged parliament to pass the bill").
COMMANDED_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
# Sectors whose side makes an act of force what it says ("police beat protesters"): armed and
# police forces, criminals, and the civilians they are used on.
FORCE_SECTORS = frozenset({"MIL", "COP", "REB", "CRM", "UAF", "CVL"})


@dataclass(frozen=True, slots=True)
class EventWord:
    lemma: str
    predicate: str
    target: tuple[str, ...]
    # What the verb's direct object is: "target" (whom the act is aimed at), "topic" (what
    # it is about, never the target: "discussed Yemen"), "none" (the entry holds only without
    # one), "force" (an act of force only where a force or civilians take part) or
    # "required" (the entry holds only with one: "dropped its tariffs", not "exports dropped").
    object: str = "target"


@dataclass(frozen=True, slots=True)
class Office:
    """An office title and the role relation it gives its holder."""

    title: str
    predicate: str
    sector: str


# What event_objects.tsv says an act on some objects becomes when it is no event at all.
NO_EVENT = "-"
# Kinds of object_kinds.tsv that say what an actor is called, never what an act is done to
LABEL_KINDS = frozenset({"@insult", "@tribute", "@censure", "@acclaim"})
# Of those, the kinds said of a deed ("the sanctions are illegal"), which judge its doer
DEED_LABEL_KINDS = frozenset({"@censure", "@acclaim"})
# Kinds of object read off the parse, not listed in object_kinds.tsv: a noun naming an
# international court (an organisation the gazetteer describes as "the court": "took X to the
# ICJ"), an international organisation (not by its seat: "left ECOWAS", not "left Brussels"),
# an actor, an event noun, and any object at all (tried last). Four are read off an event's
# sides once found: "@people", all its targets people or civilians; "@rivals", people attacked
# by people or parties, no force among them; "@military", all its doers states or their
# armies; "@forces", all its doers states or armed forces (rebels, militias, gunmen too);
# "@troops", all its doers a state's army or police; "@states", all its targets states or
# blocs themselves, none of their people or bodies.
PARSED_KINDS = ("@court", "@igo", "@actor", "@event", "@any", "@people", "@rivals", "@military",
                "@forces", "@troops", "@states")


@dataclass(frozen=True, slots=True)
class Surface:
    """What a surface form names: an actor, and in which way (name, demonym, capital...)."""

    actor: Actor
    kind: str
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Holder:
    """Who held an office of a state or organisation, from when to when (leaders.tsv)."""

    person: Actor
    start: date
    end: date  # the last day in office; date.max while in office
    title: str  # the office's title where it tells heads of one state apart ("president")


# Titles that name whichever head an organisation has ("the US leader", "the NATO chief").
ANY_HEAD = frozenset({"chief"})


@dataclass
class Gazetteer:
    states: dict[str, Actor] = field(default_factory=dict)
    surfaces: dict[str, list[Surface]] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    members: dict[str, frozenset[str]] = field(default_factory=dict)
    # Surfaces written in capitals or as short acronyms match only with that exact casing.
    exact: set[str] = field(default_factory=set)
    # Known office holders by full name and unambiguous aliases: their nationality and sector.
    people: dict[str, Actor] = field(default_factory=dict)

    # Office holders by (predicate, organisation actor id), for "the US president" on a day.
    holders: dict[tuple[str, str], list[Holder]] = field(default_factory=dict)
    # The states and IGOs the holders serve, by actor id.
    organisations: dict[str, Actor] = field(default_factory=dict)

    def person(self, name: str) -> Actor | None:
        return self.people.get(name.lower())

    def sector(self, token) -> str | None:
        """The sector a word names by its form or its lemma ("troops", "army" -> MIL)."""
        return self.sectors.get(token.lower_) or self.sectors.get(token.lemma_.lower())

    def office(self, token) -> Office | None:
        """The office a word names by its form or its lemma ("envoys" -> ambassador)."""
        return self.offices.get(token.lower_) or self.offices.get(token.lemma_.lower())

    def names_people(self, token) -> bool:
        """Whether a word is a noun for people or offices ("envoy", "aides", "rebels")."""
        return self.sector(token) is not None or self.office(token) is not None

    def holder(self, office: Office, organisation: Actor, day: date) -> Actor | None:
        """The one person who held ``office`` of ``organisation`` on ``day``, if the data
        tells exactly one ("the US president" on 14 March 2025 is Donald Trump; "the Russian
        leader" in a year with a president and a prime minister is nobody in particular).
        A state's office must match a row's title; an IGO has one head.

        >>> from kg.extract.lexicon import load_lexicon
        >>> gaz = load_lexicon().gazetteer
        >>> gaz.holder(gaz.offices["president"], gaz.states["USA"], date(2025, 3, 14)).name
        'Donald Trump'
        >>> gaz.holder(gaz.offices["president"], gaz.states["USA"], date(2025, 1, 10)).name
        'Joe Biden'
        """
        predicates = [office.predicate]
        if organisation.type == "IGO" and office.predicate == "LEADER_OF":
            predicates.append("SECRETARY_GENERAL_OF")  # "the NATO chief" is its secretary general
        held = [h for p in predicates for h in self.holders.get((p, organisation.id), ())
                if h.start <= day <= h.end]
        if office.title not in ANY_HEAD and organisation.type != "IGO":
            # a state's rows name their office only by title: an untitled row might hold
            # another ("the Spanish king" is not the prime minister the table lists)
            held = [h for h in held if h.title == office.title]
        people = {h.person.id: h.person for h in held}
        return next(iter(people.values())) if len(people) == 1 else None

    def held_by(self, person: Actor, office: Office, day: date) -> Actor | None:
        """The one state or organisation in which ``person`` held ``office`` on ``day``
        ("President Trump" in 2019 is president of the United States); None when the data
        gives none or several.

        >>> from kg.extract.lexicon import load_lexicon
        >>> gaz = load_lexicon().gazetteer
        >>> trump = gaz.person("Donald Trump")
        >>> gaz.held_by(trump, gaz.offices["president"], date(2019, 11, 19)).name
        'United States'
        >>> gaz.held_by(trump, gaz.offices["president"], date(2022, 6, 1)) is None
        True
        """
        found = {organisation_id for (predicate, organisation_id), rows in self.holders.items()
                 if predicate == office.predicate
                 for h in rows if h.person.id == person.id and h.start <= day <= h.end
                 and h.title in ("", office.title)}
        if len(found) != 1:
            return None
        (organisation_id,) = found
        return self.organisations.get(organisation_id)

    def add(self, surface: str, entry: Surface) -> None:
        surface = surface.strip()
        if not surface:
            return
        if surface.isupper() or len(surface) <= 3 or any(c.isupper() for c in surface[1:]):
            self.exact.add(surface)
        key = surface if surface in self.exact else surface.lower()
        bucket = self.surfaces.setdefault(key, [])
        if all(existing.actor.id != entry.actor.id for existing in bucket):
            bucket.append(entry)

    def lookup(self, text: str) -> list[Surface]:
        return self.surfaces.get(text) or self.surfaces.get(text.lower(), [])

    def group_actor(self, country: str | None, sector: str, words: str) -> Actor:
        """The actor for a sector noun of a country ("Rwandan rebels"), or the state itself."""
        state = self.states.get(country or "")
        if state is not None and sector in SELF_SECTORS:
            return state
        if state is not None:
            name = f"{state.name} {SECTOR_NAMES.get(sector, sector.lower())}"
            return Actor.create(name, SECTOR_TYPES.get(sector, "OTHER"),
                                country=state.country, sector=sector)
        generic = Actor.create(words, SECTOR_TYPES.get(sector, "OTHER"), sector=sector)
        return Actor("group:" + generic.id.split(":", 1)[1], generic.name, generic.type,
                     sector=sector)


# Inflections to undo when the statistical lemmatizer gets a word wrong ("staged" -> "stag").
SUFFIXES = (("ied", "y"), ("ies", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""),
            ("d", ""), ("es", ""), ("s", ""))


def lemma_candidates(token) -> list[str]:
    """The token's lemma, its lower-cased form, and regular de-inflections of it."""
    return list(_candidates(token.lemma_, token.lower_))


MODIFIER_DEPS = {"compound", "amod"}  # "air strikes", "retaliatory duties"


@lru_cache(maxsize=1 << 16)
def _candidates(lemma: str, lower: str) -> tuple[str, ...]:
    # Asked for every verb and noun of every sentence: a news vocabulary repeats a lot.
    found = [lemma.lower(), lower]
    for suffix, replacement in SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            found.append(lower[: -len(suffix)] + replacement)
    if lower.endswith(("pped", "tted", "gged", "nned")):
        found.append(lower[:-3])  # "shipped" -> "ship"
    return tuple(found)


def _known(lemma: str, lower: str, table: dict | set) -> str | None:
    return next((c for c in _candidates(lemma, lower) if c in table), None)


@dataclass
class Lexicon:
    verbs: dict[str, EventWord]
    nouns: dict[str, EventWord]
    cues: dict[str, frozenset[str]]
    gazetteer: Gazetteer
    # (predicate or verb entry, object noun or @kind) -> what the act becomes
    objects: dict[tuple[str, str], str] = field(default_factory=dict)
    # object noun -> its @kind in object_kinds.tsv
    kinds: dict[str, str] = field(default_factory=dict)
    # The first words of the verb entries ("call" of "call on"): a verb none of whose lemma
    # candidates is one can be no event, which spares most verbs of a text every other test.
    verb_heads: frozenset[str] = field(init=False)
    # Two-word noun entries by their first word: modifier -> noun -> entry.
    modified_nouns: dict[str, dict[str, EventWord]] = field(
        init=False, default_factory=dict, repr=False, compare=False)
    # The nouns of those entries: "duties" is an event only as "retaliatory duties".
    modified_heads: set[str] = field(init=False, default_factory=set, repr=False, compare=False)
    # Two-word kinds of object_kinds.tsv by their first word: modifier -> noun -> @kind.
    compound_kinds: dict[str, dict[str, str]] = field(
        init=False, default_factory=dict, repr=False, compare=False)
    # What kg.extract.events.event_starts judged of each (noun?, lemma id, form id).
    starts_cache: dict[tuple[bool, int, int], bool] = field(
        init=False, default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.verb_heads = frozenset(key.split(" ", 1)[0] for key in self.verbs)
        for key, word in self.nouns.items():
            if " " in key:  # "air strike": the noun "strike" with the modifier "air"
                modifier, noun = key.split(" ", 1)
                self.modified_nouns.setdefault(modifier, {})[noun] = word
                self.modified_heads.add(noun)
        for key, kind in self.kinds.items():
            if key.count(" ") == 1:  # "police post": the noun "post" after "police"
                modifier, noun = key.split(" ")
                self.compound_kinds.setdefault(modifier, {})[noun] = kind

    def may_be_verb(self, token) -> bool:
        """Whether ``token``, with or without a particle or object, may be an entry of verbs."""
        return self.may_be_verb_form(token.lemma_, token.lower_)

    def may_be_verb_form(self, lemma: str, lower: str) -> bool:
        """:meth:`may_be_verb` for a word given by its lemma and lower-cased form."""
        return any(c in self.verb_heads for c in _candidates(lemma, lower))

    def may_be_noun(self, lemma: str, lower: str) -> bool:
        """Whether a word, by its lemma and lower-cased form, is an entry of nouns or a label
        an actor is called by ("X said Y is a puppet")."""
        return any(_known(lemma, lower, table) is not None
                   for table in (self.nouns, self.modified_heads)) or any(
            self.kinds.get(c) in LABEL_KINDS or c in MODIFIED_LABELS
            for c in _candidates(lemma, lower))

    def kind(self, token) -> str | None:
        """The @kind of object_kinds.tsv the token's word belongs to, by its first known lemma;
        a compound with the word before it first ("a police post" is no social-media post)."""
        before = token.doc[token.i - 1] if token.i else None
        if before is not None and before.dep_ == "compound" and before.head.i == token.i:
            known = _known(token.lemma_, token.lower_,
                           self.compound_kinds.get(before.lower_, {}))
            if known is not None:
                return self.compound_kinds[before.lower_][known]
        known = _known(token.lemma_, token.lower_, self.kinds)
        return self.kinds[known] if known is not None else None

    def lemma(self, token, table: dict) -> str | None:
        """The first of the token's lemma candidates that ``table`` knows."""
        return _known(token.lemma_, token.lower_, table)

    def verb(self, token) -> EventWord | None:
        key = self.lemma(token, self.verbs)
        return self.verbs[key] if key else None

    def noun(self, token) -> EventWord | None:
        for child in token.children:  # "air strikes": an entry with the noun's modifier first
            entries = (self.modified_nouns.get(child.lower_)
                       if child.dep_ in MODIFIER_DEPS else None)
            key = _known(token.lemma_, token.lower_, entries) if entries else None
            if key:
                # An entry of no event vetoes the bare noun: "a trade war" is no war.
                return None if entries[key].predicate == NO_EVENT else entries[key]
        key = self.lemma(token, self.nouns)
        return self.nouns[key] if key else None

    def cues_of(self, token) -> frozenset[str]:
        """The cue effects of ``token``; a "lemma particle" entry ("rule out") wins."""
        for child in token.children:
            if child.dep_ == "prt":
                for lemma in _candidates(token.lemma_, token.lower_):
                    found = self.cues.get(f"{lemma} {child.lower_}")
                    if found is not None:
                        return found
        key = self.lemma(token, self.cues)
        return self.cues[key] if key else frozenset()


def _day(cell: str, *, first: bool) -> date:
    """A start or end of leaders.tsv as a day: a year covers all of it; an ISO date is a
    handover, so an end date is the successor's first day and its holder's last is the one before."""
    if not cell:
        return date.min if first else date.max
    if len(cell) == 4:
        return date(int(cell), 1, 1) if first else date(int(cell), 12, 31)
    day = date.fromisoformat(cell)
    return day if first else day - timedelta(days=1)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip() and part != "-"]


def _event_words(name: str) -> dict[str, EventWord]:
    table = {}
    for row in read_table(name, header=True):
        lemma = row.get("lemma") or row.get("noun")
        predicate = row["predicate"]
        if predicate not in PREDICATES and predicate != NO_EVENT:
            raise ValueError(f"{name}: unknown predicate {predicate!r} for {lemma!r}")
        obj = (row.get("object") or "-").replace("-", "target")
        if obj not in OBJECT_SENSES:
            raise ValueError(f"{name}: unknown object {obj!r} for {lemma!r}; use one of "
                             f"{sorted(OBJECT_SENSES)}")
        table[lemma] = EventWord(lemma, predicate, tuple(_split(row["target"])), obj)
    return table


# What a story calls the one armed group or party it has named: "Hezbollah fired rockets ...
# the militant group said" (a description names its actor only where that one is named).
GROUP_DESCRIPTIONS = {
    "ARMED_GROUP": ("the group", "the militant group", "the armed group", "the rebel group",
                    "the militia", "the movement", "the insurgent group"),
    "PARTY": ("the party",),
}


def _gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    for row in read_table("states.tsv", header=True):
        state = Actor.create(row["name"], "STATE", country=row["iso3"], sector="GOV",
                             aliases=tuple(_split(row["aliases"])))
        gaz.states[row["iso3"]] = state
        for surface in [row["name"], *_split(row["aliases"])]:
            gaz.add(surface, Surface(state, "name"))
        for surface in _split(row["demonyms"]):
            gaz.add(surface, Surface(state, "demonym"))
        for surface in _split(row["capitals"]):
            gaz.add(surface, Surface(state, "capital"))
        for surface in _split(row["descriptions"]):
            gaz.add(surface, Surface(state, "description"))
    igos: dict[str, Actor] = {}
    for row in read_table("igos.tsv", header=True):
        igo = Actor.create(row["key"], "IGO", aliases=tuple(_split(row["aliases"]) + [row["name"]]))
        igo = Actor(id=igo.id, name=row["key"] if len(row["key"]) <= 6 else row["name"],
                    type="IGO", aliases=igo.aliases)
        igos[row["key"]] = igo
        for surface in [row["key"], row["name"], *_split(row["aliases"])]:
            gaz.add(surface, Surface(igo, "name"))
        for surface in _split(row["descriptions"]):
            gaz.add(surface, Surface(igo, "description"))
        gaz.members[igo.id] = frozenset(_split(row.get("members", "")))
    for row in read_table("groups.tsv", header=True):
        group = Actor.create(row["name"], row["type"] or "ORG", country=row["country"] or None,
                             sector=row["sector"] or None, aliases=tuple(_split(row["aliases"])))
        for surface in [row["name"], *_split(row["aliases"])]:
            gaz.add(surface, Surface(group, "name"))
        for surface in GROUP_DESCRIPTIONS.get(group.type, ()):
            gaz.add(surface, Surface(group, "description"))
    for row in read_table("institutions.tsv", header=True):
        state = gaz.states.get(row["country"])
        if state is None:
            continue
        for surface in [row["name"], *_split(row["aliases"])]:
            gaz.add(surface, Surface(state, "institution", row["sector"] or "GOV"))
    for row in read_table("leaders.tsv", header=True):
        person = Actor.create(row["name"], "PERSON", country=row["country"] or None,
                              sector="GOV", aliases=tuple(_split(row["aliases"])))
        for surface in [row["name"], *_split(row["aliases"])]:
            gaz.people.setdefault(surface.lower(), person)
        organisation = gaz.states.get(row["organisation"]) or igos.get(row["organisation"])
        if organisation is not None:
            gaz.organisations[organisation.id] = organisation
            gaz.holders.setdefault((row["office"], organisation.id), []).append(Holder(
                person, _day(row["start"], first=True), _day(row["end"], first=False),
                row.get("title", "")))
    for row in read_table("offices.tsv", header=True):
        for title in [row["office"], *_split(row["aliases"])]:
            gaz.offices[title.lower()] = Office(row["office"], row["predicate"], row["sector"])
    for row in read_table("sectors.tsv", header=True):
        for noun in _split(row["noun"]):
            gaz.sectors[noun.lower()] = row["sector"]
    return gaz


def _cues() -> dict[str, frozenset[str]]:
    cues: dict[str, set[str]] = {}
    for row in read_table("event_cues.tsv", header=True):
        cues.setdefault(row["lemma"], set()).add(row["effect"])
    return {lemma: frozenset(effects) for lemma, effects in cues.items()}


@cache
def load_lexicon() -> Lexicon:
    """All of the extractor's tables, loaded once per process."""
    verbs = _event_words("event_verbs.tsv")
    kinds = {noun: "@" + row["kind"]
             for row in read_table("object_kinds.tsv", header=True)
             for noun in _split(row["nouns"])}
    known_kinds = set(kinds.values()) | set(PARSED_KINDS)
    objects = {}
    for row in read_table("event_objects.tsv", header=True):
        event, becomes = row["event"], row["becomes"]
        if event not in PREDICATES and event not in verbs:
            raise ValueError(f"event_objects.tsv: {event!r} is neither a predicate nor a verb "
                             "of event_verbs.tsv")
        if becomes not in PREDICATES and becomes != NO_EVENT:
            raise ValueError(f"event_objects.tsv: unknown predicate {becomes!r}")
        for noun in _split(row["objects"]):
            if noun.startswith("@") and noun not in known_kinds:
                raise ValueError(f"event_objects.tsv: unknown kind {noun!r}; use one of "
                                 f"{', '.join(sorted(known_kinds))}")
            objects[(event, noun)] = becomes
    return Lexicon(verbs=verbs, nouns=_event_words("event_nouns.tsv"),
                   cues=_cues(), gazetteer=_gazetteer(), objects=objects, kinds=kinds)
