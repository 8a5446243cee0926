"""Standard codes for actors, as event datasets key them: ISO, CAMEO, Correlates of War.

kg's gazetteer already knows each actor's country (ISO 3166-1 alpha-3) and sector; this
module turns them into the codes analysts join on, from a maintained converter
(``countrycode``, the Python port of the R package political scientists use, with its
Correlates of War columns) rather than a table typed here:

* ``iso3``: the state's ISO alpha-3 code (states only; dissolved states keep their withdrawn
  code, Kosovo the XKX in common use);
* ``cameo_country``: CAMEO's country code, which is the ISO alpha-3 code for states
  (CAMEO manual, ch. 3), so the same value under the name GDELT and ICEWS files use;
* ``cow_code`` / ``cow_letters``: the Correlates of War state number and abbreviation, when
  the state system has the state (Palestine, for one, is not in it);
* ``cameo_code``: the CAMEO actor code every actor gets, country + sector (``USAGOV``,
  ``RUSMIL``, ``UKRREB``; a party's sector ``PTY``); an international organisation gets the
  full code of the CAMEO actor dictionaries where igos.tsv has it (``IGOWSTNAT`` for NATO,
  ``IGOEUREEC`` for the EU), else the bare ``IGO``;
* ``wikidata``: the actor's Wikidata QID where the gazetteer knows it (states.tsv, from a
  Correlates of War crosswalk and a table of country labels; igos.tsv, from a table of
  international bodies; leaders.tsv, from Wikidata lists of heads of state and government and
  of foreign ministers; see THIRD_PARTY.md).

>>> codes = actor_codes(Actor.create("Russia", "STATE", country="RUS", sector="MIL"))
>>> [codes[name] for name in ACTOR_CODE_FIELDS]
['RUS', 'RUS', 365, 'RUS', 'RUSMIL', 'Q159']
>>> trump = actor_codes(Actor.create("Donald Trump", "PERSON", country="USA", sector="GOV"))
>>> trump["cameo_code"], trump["wikidata"]
('USAGOV', 'Q22686')
>>> actor_codes(Actor.create("NATO", "IGO"))
{'cameo_code': 'IGOWSTNAT', 'wikidata': 'Q7184'}
>>> actor_codes(Actor.create("AUKUS", "IGO"))
{'cameo_code': 'IGO'}
"""

from __future__ import annotations

import sys
from functools import lru_cache
from typing import Any

from countrycode import countrycode

from kg.model import Actor
from kg.ontology import read_table

__all__ = ["ACTOR_CODE_FIELDS", "actor_codes", "iso_numeric"]

# The node properties and export columns this module adds, in order.
ACTOR_CODE_FIELDS = ("iso3", "cameo_country", "cow_code", "cow_letters", "cameo_code", "wikidata")

# Sector codes for actors whose type says it and whose gazetteer row does not.
TYPE_SECTORS = {
    "IGO": "IGO",  # CAMEO codes every intergovernmental organisation IGO (igos.tsv has more)
    "PARTY": "PTY",  # CAMEO's political-party role; a party's government or opposition role changes
}

# Codes countrycode keeps under another name: the Correlates of War state system continues
# Yugoslavia as Serbia (345) and has withdrawn codes under the dissolved states' names.
COW_NAMES = {
    "SRB": "Yugoslavia",  # COW 345 is "Yugoslavia/Serbia", one state in the state system
    "XKX": "Kosovo",  # not an ISO code; countrycode lists Kosovo by name
    "SUN": "Russia",  # COW continues the Soviet Union as Russia (365)
    "YUG": "Yugoslavia",
    "DDR": "German Democratic Republic",
    "CSK": "Czechoslovakia",
}


def actor_codes(actor: Actor) -> dict[str, Any]:
    """The standard codes of ``actor`` that are known; unknown ones are left out."""
    codes: dict[str, Any] = {}
    country = actor.country
    if actor.type == "STATE" and country:
        codes["iso3"] = country
        codes["cameo_country"] = country
        cow = _cow(country)
        if cow[0] is not None:
            codes["cow_code"], codes["cow_letters"] = cow
    sector = actor.sector or TYPE_SECTORS.get(actor.type, "")
    cameo = (country or "") + sector
    if cameo:
        codes["cameo_code"] = cameo
    codes.update(_gazetteer_codes().get(actor.id, {}))
    return codes


@lru_cache(maxsize=None)
def _gazetteer_codes() -> dict[str, dict[str, str]]:
    """The codes the gazetteer's tables hold, by actor id: a state's Wikidata QID, an
    organisation's full CAMEO code and QID, and an office holder's QID. A state's id does not say
    its sector, so its CAMEO code stays country + sector; an IGO has no sector of its own, so its
    row's code is its code. A person's id is its name, as the leader gazetteer makes it."""
    codes: dict[str, dict[str, str]] = {}
    for row in read_table("states.tsv", header=True):
        if row["wikidata"]:
            state = Actor.create(row["name"], "STATE", country=row["iso3"])
            codes[state.id] = {"wikidata": row["wikidata"]}
    for row in read_table("igos.tsv", header=True):
        known = {"cameo_code": row["cameo"], "wikidata": row["wikidata"]}
        if any(known.values()):
            codes[Actor.create(row["key"], "IGO").id] = {k: v for k, v in known.items() if v}
    for row in read_table("leaders.tsv", header=True):
        if row["wikidata"]:
            codes[Actor.create(row["name"], "PERSON").id] = {"wikidata": row["wikidata"]}
    return codes


@lru_cache(maxsize=None)
def _cow(iso3: str) -> tuple[int | None, str | None]:
    """The Correlates of War number and letters of the state with ISO code ``iso3``."""
    if iso3 in COW_NAMES:
        origin, value = "country.name", COW_NAMES[iso3]
    else:
        origin, value = "iso3c", iso3
    number = _country_code(value, origin=origin, destination="cown")
    letters = _country_code(value, origin=origin, destination="cowc")
    return (int(number) if number is not None else None), letters


@lru_cache(maxsize=None)
def iso_numeric(iso3: str) -> str | None:
    """The ISO 3166-1 numeric code of ``iso3``, three digits, as world maps key countries.

    >>> iso_numeric("UKR"), iso_numeric("AFG"), iso_numeric("XKX")
    ('804', '004', None)
    """
    number = _country_code(iso3, origin="iso3c", destination="iso3n")
    return f"{int(number):03d}" if number is not None else None


def _country_code(value: str, *, origin: str, destination: str) -> Any:
    # countrycode reads its pickled table from disk on every call unless it is handed one
    # (17 ms a call: the first load of 190 countries spent 6 s there); it loaded the table
    # once at import, so pass that. None if that load failed: then it reads the file.
    table = getattr(sys.modules["countrycode.countrycode"], "codelist", None)
    return countrycode(value, origin=origin, destination=destination, custom_dict=table)
