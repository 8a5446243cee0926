"""Whether a text is a sports report, where the names of states are teams and athletes.

In a sports report "England beat France", "Ireland meet Wales on Saturday" and "Italy travel to
Paris" are results and fixtures; an event coder reading them as relations between the states
fills the graph with wrong edges (on the BBC corpus, 40 of 40 sampled edges from sports
reports were no relation a reader of international news would code). The events and numbers
of such a text are kept with the confidence measured for them, below the line relations are
shown at; roles ("Prime Minister X") are read as anywhere else.

A text is a sports report when the words of ``kg/data/sport_words.tsv`` make up at least
:data:`SPORT_SHARE` of its words, with :data:`SPORT_DISTINCT` different ones among them (one
word, "Olympics" in a story of a boycott, is not enough). On the 2,225 BBC articles this finds
378 of the 511 sports reports (with 272 of the 324 event edges kg drew from sports reports),
and 17 of the 1,714 others, each about the business or culture of sport (club takeovers,
sponsors, a Super Bowl show, a football video game); none of the news development articles
and none of the PLOVER sentences.

>>> is_sport_report("Ireland beat England 19-13 in the Six Nations. O'Gara scored two tries "
...                 "at Lansdowne Road.")
True
>>> is_sport_report("France and Germany agreed on new sanctions against Russia at the summit.")
False
"""

from __future__ import annotations

import re
from functools import cache

from kg.ontology import read_table

__all__ = ["SPORT", "SPORT_DISTINCT", "SPORT_SHARE", "is_sport_report"]

# The row of the confidence table for events and numbers read in a sports report, and the
# prefix of their rule ("sport.verb").
SPORT = "sport"

SPORT_SHARE = 0.005
SPORT_DISTINCT = 3
# A result: "6-4", "19-13", "2-1" (a vote split is rarer in news than a score is in sport).
SCORE = r"\d{1,2}-\d{1,2}"


@cache
def _sport_words() -> re.Pattern:
    terms = sorted((row["term"] for row in read_table("sport_words.tsv", header=True)),
                   key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join([*map(re.escape, terms), SCORE]) + r")(?![\w-])")


def is_sport_report(text: str) -> bool:
    """Whether ``text`` is a sports report (see the module's docstring)."""
    found = _sport_words().findall(text.lower())
    if len(found) < SPORT_DISTINCT:
        return False
    distinct = {"score" if word[0].isdigit() else word for word in found}
    return len(distinct) >= SPORT_DISTINCT and len(found) >= SPORT_SHARE * len(text.split())
