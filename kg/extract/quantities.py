"""Numbers in every spelling (percentages, money with currency and scale, counts of people)
and the actor each is given to by the clause that says it (:func:`find_claims`).

A number belongs to the verb its phrase hangs from, and to a verb of control or demand above
that ("sought to boost", "urged X to spend"), never to a verb of saying or a neighbouring
clause; the words on the way (``quantity_cues.tsv``) say what it is to the actor: a target,
a pledge, a demand, a sum spent, a tariff or fine imposed, troops deployed, people killed,
taken or freed. A figure refused, negated or only possible is nobody's.

>>> [(q.value, q.unit, q.comparator) for q in find_quantities("at least 3 per cent of GDP")]
[(3.0, '%', '>=')]
>>> [(q.value, q.unit) for q in find_quantities("a $5bn loan and €2.3 billion in aid")]
[(5000000000.0, 'USD'), (2300000000.0, 'EUR')]
>>> [(q.value, q.unit) for q in find_quantities("three percent")]
[(3.0, '%')]
>>> [(q.value, q.comparator, q.text) for q in find_quantities("between 2 and 3.5 per cent")]
[(2.0, '>=', 'between 2 and 3.5 per cent')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterator

from kg.extract.actors import UNIT_TYPES
from kg.extract.events import _context, _is_generic, _mentions, _same_side, _subjects
from kg.model import Mention, Quantity
from kg.ontology import PREDICATES, predicates_with, read_table

__all__ = ["Claim", "cue_offsets", "find_claims", "find_quantities", "parse_count"]

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "half": 0.5,
}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
          "trn": 1e12}
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "c$": "CAD", "a$": "AUD", "nz$": "NZD",
                    "hk$": "HKD", "s$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
                    "₽": "RUB"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
                  "eur": "EUR", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "gbp": "GBP",
                  "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "roubles": "RUB",
                  "rubles": "RUB", "shillings": "KES"}
# Words before a number that bound it; the graph keeps them so "at least 3%" stays a floor.
COMPARATORS = {"at least": ">=", "no less than": ">=", "a minimum of": ">=", "more than": ">",
               "over": ">", "above": ">", "up to": "<=", "at most": "<=", "no more than": "<=",
               "less than": "<", "under": "<", "below": "<", "about": "~", "around": "~",
               "nearly": "~", "almost": "~", "roughly": "~", "some": "~", "approximately": "~"}

# The patterns are written in lower case and matched against the lowered text: Python's re
# skips ahead to a pattern's possible first characters only when it is case-sensitive, which
# made the currency words ten times slower to find with re.I.
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(WORD_NUMBERS) + r")"
_SCALE = r"(?:\s*(?P<scale>" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")\b)?"
_COMPARATOR = r"(?:\b(?P<cmp>" + "|".join(sorted(COMPARATORS, key=len, reverse=True)) + r")\s+)?"
_SYMBOL = r"(?P<sym>\b(?:us|c|a|nz|hk|s)\$|[$€£¥₹₽])"
PATTERNS = [
    # $5bn, €2.3 billion, US$ 40 million
    re.compile(_COMPARATOR + _SYMBOL + r"\s?" + _NUMBER + _SCALE),
    # 3%, 3 per cent, three percent, 3 percentage points; between 2% and 3% (its floor)
    re.compile(r"(?:\bbetween\s+" + _NUMBER.replace("?P<num>", "?P<low>")
               + r"\s?(?:%|per\s?cent\b|percent\b)?\s+and\s+)?" + _COMPARATOR + _NUMBER
               + r"\s?(?P<pct>%|per\s?cent\b|percent\b|percentage points?\b)"),
    # 580 million shillings, 2 billion euros
    re.compile(_COMPARATOR + _NUMBER + _SCALE + r"\s+(?P<cur>" + "|".join(CURRENCY_WORDS)
               + r")\b(?!\s*cents?\b)"),
]
# "20-25%", "2–3 per cent": the number before the dash is the floor of a range.
_RANGE_FLOOR = re.compile(r"(\d+(?:\.\d+)?)\s?[-–]\s?$")
# What a match of each pattern must contain: a cheap search that skips the pattern (whose
# optional comparator is tried at every position) in the many sentences without one.
_NEEDS = [
    re.compile(_SYMBOL),
    re.compile(r"%|per\s?cent|percent"),
    re.compile("|".join(CURRENCY_WORDS)),
]
# For the rare text that lower() lengthens (a dotted capital I becomes two characters), so
# that offsets in the lowered text are not offsets in the text: the same patterns, with re.I.
_IGNORING_CASE = {pattern: re.compile(pattern.pattern, re.I) for pattern in PATTERNS + _NEEDS}


def _lowered(text: str) -> tuple[str, bool]:
    """``text`` lowered, and whether its offsets are still ``text``'s."""
    lowered = text.lower()
    return (lowered, True) if len(lowered) == len(text) else (text, False)


def cue_offsets(text: str) -> list[int]:
    """Where ``text`` has what some quantity pattern needs (:data:`_NEEDS`), in order: a
    sentence without one has no quantity.

    >>> cue_offsets("US$ 5, threepercent, 3 Euros, recent, centre, 3 per cent")
    [0, 12, 23, 48]
    >>> cue_offsets("İstanbul: 3 PER CENT")
    [12]
    """
    lowered, aligned = _lowered(text)
    needs = _NEEDS if aligned else [_IGNORING_CASE[need] for need in _NEEDS]
    return sorted(match.start() for need in needs for match in need.finditer(lowered))


def find_quantities(text: str, *, offset: int = 0) -> Iterator[Quantity]:
    """Every percentage and sum of money in ``text``; offsets are shifted by ``offset``.

    >>> [(q.text, q.comparator) for q in find_quantities("İstanbul, thunder: Over 3 PerCent")]
    [('Over 3 PerCent', '>')]
    """
    lowered, aligned = _lowered(text)
    taken: list[tuple[int, int]] = []
    for pattern, needs in zip(PATTERNS, _NEEDS):
        if not aligned:
            pattern, needs = _IGNORING_CASE[pattern], _IGNORING_CASE[needs]
        if not needs.search(lowered):
            continue
        for match in pattern.finditer(lowered):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            quantity = _quantity(match, text, offset)
            if quantity is not None:
                taken.append((start, end))
                yield quantity


def _quantity(match: re.Match, text: str, offset: int) -> Quantity | None:
    groups = match.groupdict()
    raw = groups["num"].lower().replace(",", "")
    value = float(WORD_NUMBERS[raw]) if raw in WORD_NUMBERS else float(raw)
    scale = (groups.get("scale") or "").lower()
    if scale:
        value *= SCALES[scale]
    if groups.get("pct"):
        unit = "%"
    elif groups.get("sym"):
        unit = CURRENCY_SYMBOLS[groups["sym"].lower()]
    elif groups.get("cur"):
        unit = CURRENCY_WORDS[groups["cur"].lower()]
    else:
        return None
    comparator = COMPARATORS.get(re.sub(r"\s+", " ", (groups.get("cmp") or "").lower()))
    start, end = match.span()
    floor = _RANGE_FLOOR.search(text, max(0, start - 12), start) if not groups.get("cmp") else None
    if groups.get("low"):
        low = groups["low"].replace(",", "")
        value, comparator = float(WORD_NUMBERS[low]) if low in WORD_NUMBERS else float(low), ">="
    elif floor is not None and groups.get("pct"):
        # A range keeps its floor, which the whole range is at least.
        value, comparator, start = float(floor.group(1)), ">=", floor.start()
    return Quantity(value=value, unit=unit, text=text[start:end], start=start + offset,
                    end=end + offset, comparator=comparator)


# Plural words that give a count only as a floor: "dozens" is at least two dozen.
VAGUE_COUNTS = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2000.0,
                "tens of thousands": 20000.0, "hundreds of thousands": 200000.0,
                "millions": 2e6}
_COUNT = re.compile(r"^(?:(?:an?|the|another)\s+)?(?:(?:additional|further|extra)\s+)?"
                    r"(?:(?P<cmp>" + "|".join(sorted(COMPARATORS, key=len, reverse=True))
                    + r")\s+)?" + _NUMBER + _SCALE + r"$")


def parse_count(text: str) -> tuple[float, str | None] | None:
    """The value and comparator of a count as an entity tagger spans it, or None.

    >>> parse_count("at least 1,200"), parse_count("Dozens"), parse_count("1.5 million")
    ((1200.0, '>='), (24.0, '>='), (1500000.0, None))
    >>> parse_count("an additional 700")
    (700.0, None)
    >>> parse_count("2024 and 2025") is None
    True
    """
    lowered = re.sub(r"\s+", " ", text.lower().strip())
    if lowered in VAGUE_COUNTS:
        return VAGUE_COUNTS[lowered], ">="
    match = _COUNT.match(lowered)
    if match is None:
        return None
    raw = match.group("num").replace(",", "")
    value = float(WORD_NUMBERS[raw]) if raw in WORD_NUMBERS else float(raw)
    if match.group("scale"):
        value *= SCALES[match.group("scale")]
    return value, COMPARATORS.get(match.group("cmp") or "")


@dataclass(frozen=True)
class Cue:
    """A word that says what a number is to its actor (a row of quantity_cues.tsv)."""

    predicate: str   # a quantity predicate, HOLD, or "-" for a refused figure
    takes: str       # amount | level | people | troops | any (kinds of number it takes)
    owner: bool      # a possessor or name before the noun holds the figure


@cache
def quantity_cues() -> dict[str, tuple[Cue, ...]]:
    """Lemma -> its cues, from ``quantity_cues.tsv``."""
    cues: dict[str, list[Cue]] = {}
    for row in read_table("quantity_cues.tsv", header=True):
        if row["predicate"] in PREDICATES or row["predicate"] in ("HOLD", "CARRY", "-"):
            cues.setdefault(row["lemma"], []).append(
                Cue(row["predicate"], row["takes"], row["owner"] == "yes"))
    return {lemma: tuple(found) for lemma, found in cues.items()}


@cache
def counted_nouns() -> dict[str, str]:
    """Noun lemma -> what kind of count it makes (troops or people), from ``counted_nouns.tsv``."""
    return {row["lemma"]: row["kind"] for row in read_table("counted_nouns.tsv", header=True)}


# What a verb of holding gives when it announces a sum of a carrier.
PLEDGE = Cue("PLEDGE", "amount", False)
# Carriers that name a change in a sum, not a sum given ("announced a $60m cut in aid").
CHANGE_CARRIERS = frozenset({"rise", "increase", "hike", "cut"})


@dataclass
class Claim:
    """A number the clause gives to actors, before it becomes Relation records."""

    quantity: Quantity
    predicate: str
    subjects: list[Mention]
    anchor: object   # the verb whose clause dates the claim (a spaCy Token)
    modality: str


VERBS = {"VERB", "AUX"}
# Links that end the phrase a number is part of: what lies beyond is another phrase's.
PHRASE_ENDS = {"appos", "parataxis", "relcl", "advcl", "acl", "ccomp", "csubj", "meta", "dep"}
# Links from a number's phrase into its verb by which the phrase is the verb's subject: the
# figure is then what acts ("25% tariffs hit exports"), not what an actor gives.
SUBJECT_LINKS = {"nsubj", "csubj"}
# Prepositions whose object is where a change ends or by how much ("raise to 3%", "cut by 5%").
LEVEL_PREPS = {"to", "by"}
# A phrase in which a number is a starting level or a base, never the figure an actor sets.
BASE_PREPS = {"from", "than", "since"}
# Tags of comparatives a number can measure ("72% more"), which make it a difference.
COMPARATIVES = {"JJR", "RBR"}
# Links by which a number gives the size of a noun ("a 10% increase", "a $60bn package").
SIZE_LINKS = {"nummod", "compound", "amod", "quantmod", "nmod"}
# Links by which a verb takes the amount it is about ("pledged $5bn", "$5bn was pledged").
OBJECT_LINKS = {"dobj", "dative", "attr", "oprd", "nsubjpass"}
# Prepositions that name whom a demand is made of ("appealed to X to", "called on X to").
ADDRESSEE_PREPS = {"to", "on", "upon"}
# Prepositions by which a verb takes it too ("provide X with $5bn", "commit to 2%").
AMOUNT_PREPS = {"with", "of", "to"}
# Predicates whose subject may be named by a modifier of the noun that acts ("Israeli
# strikes killed"): the weapon's side is who killed (the casualty trait of predicates.tsv).
ATTACKS = predicates_with("casualty")
# Pronouns whose antecedent stands in another sentence: "it" and "they" are resolved there to
# the last state or organisation, which is too often not the one that pays.
UNSURE_PRONOUNS = {"it", "its", "they", "them", "their"}
# Modal effects (events.py's cues) under which the clause says no actor holds the figure.
UNSURE = {"refuse", "possible", "require", "embedded"}


def find_claims(sent, index, lex, *, amounts: list[Quantity], counts: list) -> Iterator[Claim]:
    """The numbers of ``sent`` that its clauses give to an actor, with their predicate.

    ``amounts`` are the sentence's percentages and sums (:func:`find_quantities`, offsets
    in the parsed text); ``counts`` its CARDINAL entity spans. A number belongs to the clause
    whose verb its phrase hangs from; a verb of control or demand above it ("sought to boost",
    "urged X to spend") may own it too, a verb of saying never does.
    """
    doc = sent.doc
    for quantity in amounts:
        words = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if words is None or _in_brackets(words) or _is_former(words):
            continue
        claim = _claim(words.root, quantity, "amount", index, lex)
        if claim is not None:
            yield claim
    for span in counts:
        found = _count(span)
        if found is None:
            continue
        head, kind, quantity = found
        claim = _claim(head, quantity, kind, index, lex)
        if claim is not None:
            yield claim


def _in_brackets(words) -> bool:
    """"$850m (£415m)", "481m yuan ($58m; £31m)": a conversion repeats the figure before it."""
    doc = words.doc
    before = doc[words.start - 1] if words.start > words.sent.start else None
    return words.root.dep_ == "appos" or (before is not None and before.text in ("(", ";"))


def _is_former(words) -> bool:
    """"from 45% to 10%": the figure after "from" is the level left, which the parser hangs
    on the one reached."""
    root = words.root
    return root.dep_ == "quantmod" and root.head.like_num and root.head not in words


def _reaches(prep, number) -> bool:
    """Whether ``prep`` leads to the level a change reaches: "to 10%", or "from 45% to 10%",
    which the parser hangs on "from"."""
    return prep.lower_ == "to" or (prep.lower_ == "from" and any(
        t.lower_ == "to" and t.dep_ == "quantmod" for t in number.subtree))


def _count(span):
    """A CARDINAL entity that counts people: its phrase head, their kind and the Quantity."""
    parsed = parse_count(span.text)
    if parsed is None:
        return None
    # The number's own word: the span's root may be an article ("an additional 700").
    number = next((t for t in reversed(span) if t.like_num), span.root)
    nouns = counted_nouns()
    noun, head = None, number
    if number.dep_ in ("nummod", "quantmod", "amod", "compound") and number.head.pos_ in (
            "NOUN", "PROPN"):
        noun = head = number.head                 # "10,000 troops"
    elif number.pos_ in ("NOUN", "NUM"):
        noun = next((g for c in number.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)  # "dozens of civilians"
    if noun is not None:
        kind = nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_.rstrip("s"))
        if kind is None:
            return None
        unit, counts = noun.lower_, _noun_phrase(noun)
    elif number.dep_ in ("dobj", "nsubjpass"):
        kind, unit, counts = "bare", "people", None  # "killed at least 12"
    else:
        return None
    value, comparator = parsed
    return head, kind, Quantity(value, unit, span.text, span.start_char, span.end_char,
                                comparator, counts)


def _claim(head, quantity: Quantity, kind: str, index, lex) -> Claim | None:
    path = _path(head)
    if path is None:
        return None
    cues = quantity_cues()
    found = _cue(path, kind, cues)
    if found is None:
        return None
    word, cue = found
    verb = next((t for t in path[path.index(word):] if t.pos_ in VERBS), None)
    subjects: list[Mention] = []
    if word.pos_ not in VERBS:
        # A noun cue: its holder is named before it ("NATO's 3% target", "US tariffs"), by a
        # participle after it ("tariffs imposed by X"), or is the subject of a verb of holding
        # ("set a 3% target", "imposed 25% tariffs").
        if cue.owner:
            subjects = index.resolve(word) or _agents(word, index, cues)
        if not subjects and (verb is None or not _holds(verb, cues)):
            return None
    modality = "asserted"
    if verb is not None:
        ctx = _context(verb, index, lex)
        if ctx.negated or ctx.conditional or ctx.effects & UNSURE or _is_doubted(verb, lex):
            return None
        modality = "intended" if "intend" in ctx.effects else "asserted"
    if cue.takes == "level" and modality != "intended":
        return None  # "raised rates to 5%" is a level reached, not a target set
    if not subjects and verb is not None:
        subjects = _doers(verb, path, cue, index)
    subjects = [m for m in subjects
                if not _is_generic(m) and m.text.lower() not in UNSURE_PRONOUNS]
    if cue.predicate in ATTACKS and kind != "amount":
        # "a clash between the two killed 20 Indian soldiers": India did not kill its own;
        # "Ghanaian rebels" are a side of their own
        victims = [m.actor for m in index.resolve(head)] or [
            m.actor for c in head.children if c.dep_ in ("amod", "compound", "poss")
            for m in index.resolve(c)]
        subjects = [m for m in subjects if not any(
            _same_side(m.actor, v) or _same_side(v, m.actor) for v in victims)]
    if not subjects:
        return None
    if kind == "amount":
        quantity = _with_counts(quantity, head, path)
    return Claim(quantity, cue.predicate, subjects, verb if verb is not None else word, modality)


def _cue(path: list, kind: str, cues: dict) -> tuple | None:
    """The highest word on ``path`` that says what the number is, with its cue; None when a
    word refuses the figure ("rejected the 5% target") or none says."""
    best = None
    between: list = []   # the nouns passed on the way up, other than the number's own
    for position, token in enumerate(path):
        own = cues.get(token.lemma_.lower(), ())
        if any(cue.predicate == "-" for cue in own):
            return None  # "rejected the 5% target", "faces 25% tariffs"
        for cue in own:
            if cue.predicate in ("HOLD", "CARRY"):
                continue
            if _fits(cue, kind, token, path, position, between):
                best = (token, cue)
                break
        if position and token.pos_ in ("NOUN", "PROPN"):
            between.append(token)
    verb_at = next((i for i, t in enumerate(path) if t.pos_ in VERBS), 0)
    if best is None and kind == "amount" and verb_at and any(
            c.predicate == "HOLD" for c in cues.get(path[verb_at].lemma_.lower(), ())) and (
            _carried(path[0], cues) if verb_at == 1 else _all_carriers(path[1:verb_at], cues)):
        # "announced £100m of new investment", "unveiled $5bn in aid", "announced a $60m aid
        # package", "a loan of $500m": a sum given
        best = (path[verb_at], PLEDGE)
    if best is not None and best[1].takes == "level" and _reaches(
            path[path.index(best[0]) - 1], path[0]):
        # "raised its tariff to 150%", "cut its target to 2%": the figure is what the object
        # names, however long ago it was set ("raised its target by 40%" names a change).
        token = best[0]
        named = next((c for obj in token.children if obj.dep_ == "dobj"
                      for c in cues.get(obj.lemma_.lower(), ())
                      if c.predicate in PREDICATES and c.takes == "amount"), None)
        if named is not None:
            best = (token, named)
    return best


def _is_doubted(verb, lex) -> bool:
    """A clause under a verb that is neither saying nor demanding ("a pact which could see
    India invest $20bn"), when that verb is negated or only possible."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or "report" in lex.cues_of(head) or _demands(head):
        return False
    return any(c.dep_ == "neg" or (c.tag_ == "MD" and lex.cues.get(c.lower_, frozenset())
                                   & {"possible", "require"}) for c in head.children)


def _all_carriers(words: list, cues: dict) -> bool:
    """Whether ``words``, between a sum and its verb, are carriers of a sum and the
    prepositions that join them ("package", "loan of"); a change ("a $60m cut in aid") is
    no sum given."""
    def carries(t) -> bool:
        return t.lemma_.lower() not in CHANGE_CARRIERS and any(
            c.predicate == "CARRY" for c in cues.get(t.lemma_.lower(), ()))
    return any(carries(t) for t in words) and all(
        (t.pos_ == "ADP" and t.lower_ in ("of", "in")) or carries(t) for t in words)


def _carried(head, cues: dict) -> bool:
    """Whether the sum ``head`` is said to be of a carrier ("£100m of investment")."""
    return any(c.predicate == "CARRY" for prep in head.children if prep.dep_ == "prep"
               and prep.lower_ in ("of", "in") for noun in prep.children if noun.dep_ == "pobj"
               for c in cues.get(noun.lemma_.lower(), ()))


def _doers(verb, path: list, cue: Cue, index) -> list[Mention]:
    """Who does what ``verb`` says to the number: its subject, the agent of a passive, the
    subject of the verb a gerund complements ("committed to deploying")."""
    below = path[path.index(verb) - 1] if verb in path and path.index(verb) > 0 else None
    if below is not None and below.dep_ in SUBJECT_LINKS and below.head.i == verb.i:
        return []  # the figure is the subject: "25% tariffs took effect"
    subjects = _subjects(verb, index)[0]
    if not subjects and verb.dep_ == "pcomp" and verb.head.head.pos_ in VERBS and not any(
            c.dep_ in OBJECT_LINKS for c in verb.head.head.children):
        # "committed to deploying", "responded by sending"; not "accused X of paying"
        subjects = _subjects(verb.head.head, index)[0]
    if cue.predicate not in ATTACKS:
        subjects = [m for m in subjects if not _names_a_modifier(m, verb.doc, index)]
    return subjects


def _names_a_modifier(mention: Mention, doc, index) -> bool:
    """"UK shoppers", "Mexican labourers": the actor only qualifies the noun that acts. A
    sector noun acts for it ("Boko Haram militants", "Chinese police"), and so do the members
    of an organisation that acts as a unit ("NATO allies", "EU leaders", "Labour MPs")."""
    words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None or mention.actor.type in UNIT_TYPES:
        return False
    root = words.root
    noun = root.head
    return root.dep_ in ("compound", "amod", "nmod", "poss") and noun.pos_ == "NOUN" and (
        noun.i >= words.end) and index.gazetteer.sector(noun) is None


def _path(head):
    """The words from a number's phrase head up to its clause verb and the verbs that own it.

    None when the number is a base ("from 2% to 3%") or the second of a range ("between 2%
    and 3%").
    """
    path = [head]
    token = head
    if head.head.tag_ in COMPARATIVES:
        return None  # "paid 72% more", "5% higher": a change, not an amount
    while token.pos_ not in VERBS:
        if token.head.i == token.i or token.dep_ in PHRASE_ENDS:
            return path
        if token.dep_ == "pobj" and token.head.lower_ in BASE_PREPS and not _reaches(
                token.head, token):
            return None
        if token.dep_ == "conj" and any(t.lower_ == "between" for t in token.head.ancestors):
            return None
        token = token.head
        path.append(token)
    # Control and demand: "will seek to boost ... to 3%", "demanded allies spend 5%",
    # "committed to deploying 10,000 troops".
    while token.head.i != token.i and not _demands(token):
        # the nearest demand owns the figure ("X wants A, Y wants it to be 1.26%")
        if token.head.pos_ in VERBS and (
                token.dep_ == "xcomp" or (token.dep_ == "ccomp" and _demands(token.head))
                or (token.dep_ == "conj" and token.head.dep_ in ("xcomp", "ccomp"))):
            token = token.head
            path.append(token)
        elif token.dep_ == "pcomp" and token.head.head.pos_ in VERBS and (
                token.head.head.i != token.head.i):
            path.extend([token.head, token.head.head])
            token = token.head.head
        else:
            break
    return path


def _agents(noun, index, cues) -> list[Mention]:
    """Who set a figure named by a participle after it ("tariffs imposed by Washington") or by
    a relative clause ("the tariffs Washington imposed"); the parser may hang the participle
    on the noun's own phrase ("duties on cars imposed by")."""
    nouns = [noun] + [g for c in noun.children if c.dep_ == "prep" for g in c.children
                      if g.dep_ == "pobj"]
    for verb in (c for n in nouns for c in n.children):
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and _holds(verb, cues):
            agents = [g for c in verb.children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"]
            return _mentions(agents, index)
        if verb.dep_ == "relcl" and _holds(verb, cues):
            return _mentions([c for c in verb.children if c.dep_ == "nsubj"], index)
    return []


def _demands(verb) -> bool:
    return any(cue.predicate == "CALL_FOR" for cue in quantity_cues().get(verb.lemma_.lower(), ()))


def _holds(verb, cues) -> bool:
    """Whether the subject of ``verb`` holds what its object names: a verb of holding
    ("set", "imposed") or one that is a cue itself ("pledged a 2% target")."""
    return any(cue.predicate != "-" for cue in cues.get(verb.lemma_.lower(), ()))


def _fits(cue: Cue, kind: str, token, path: list, position: int, between: list) -> bool:
    """Whether the number may be what ``cue`` says: a sum for money words, troops for
    deployments, for a verb of change the level its "to"/"by" phrase gives, and for a verb
    the amount it takes, not the size of some other thing ("pay off a $2bn bill")."""
    below = path[position - 1] if position > 0 else None
    if cue.takes == "any":
        return True
    if cue.predicate == "CALL_FOR" and below is not None and below.pos_ in VERBS:
        # a demand on another of any figure ("wants Turkey to withdraw 40,000 troops"):
        # the act is only demanded, and it is the demander's figure
        return _is_demanded(below, token) and all(_carries(noun, True) for noun in between)
    if cue.takes in ("troops", "people"):
        # "killed 12 civilians", "12 civilians were killed"; not "released four hostages in
        # exchange for 200 prisoners", whom the other side freed. A number with no noun
        # counts the dead or wounded ("killed at least 12"); what "captured three" counts
        # (towns? soldiers?) the clause does not say.
        fitting = {"troops", cue.takes} | ({"bare"} if cue.predicate in ATTACKS else set())
        return kind in fitting and below is not None and below.dep_ in OBJECT_LINKS and (
            not between)
    if kind != "amount":
        return False
    if cue.takes == "level":
        return below is not None and (
            (below.dep_ == "prep" and (below.lower_ in LEVEL_PREPS or _reaches(below, path[0])))
            or (below.dep_ in ("dobj", "npadvmod") and token.lemma_.lower() == "reach"))
    if token.pos_ not in VERBS or below is None:
        return True
    demand = cue.predicate == "CALL_FOR"
    if not all(_carries(noun, demand) for noun in between):
        return False
    if between and path[0].dep_ not in SIZE_LINKS and path[1].lower_ != "of":
        return False  # "£100,000 a year" hung on "an increase": not its size
    if below.dep_ in OBJECT_LINKS or (below.dep_ == "prep" and below.lower_ in AMOUNT_PREPS):
        return True
    return demand and below.dep_ == "prep" and below.lower_ == "for"  # "called for 5%"


def _is_demanded(clause, verb) -> bool:
    """"demanded that allies spend", "urged Canada to spend", "wants Turkey to withdraw",
    "appealed to lawmakers to approve", "called on X to pay"; not "wanted to provide $10bn",
    which is its own intent."""
    return clause.dep_ == "ccomp" or (clause.dep_ == "xcomp" and (
        any(c.dep_ in OBJECT_LINKS or (c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS)
            for c in verb.children)
        or any(c.dep_ in SUBJECT_LINKS for c in clause.children)))


def _carries(noun, demand: bool) -> bool:
    """Whether a verb's cue reaches a number through ``noun``: a carrier ("a $60bn aid
    package"), and for a demand a figure named by a cue ("demanded a 5% target")."""
    own = quantity_cues().get(noun.lemma_.lower(), ())
    return any(c.predicate == "CARRY" or (demand and c.predicate in PREDICATES) for c in own)


def _noun_phrase(noun) -> str:
    """A noun with the words that name it ("National Guard troops"), without the number."""
    words = [w for t in noun.lefts if t.dep_ in ("compound", "amod") and not any(
        w.like_num or w.pos_ in ("NUM", "PUNCT", "SYM") or w.tag_ == "$" for w in t.subtree)
        for w in t.subtree] + [noun]
    return " ".join(t.text for t in words)


def _names_a_kind(prep) -> bool:
    """"in military aid", not "in October" or "in Gaza"."""
    return any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ for g in prep.children)


def _prep_phrase(prep) -> str:
    """A preposition and the noun phrase it takes, without the phrases hanging off that."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return f"{prep.text} {_noun_phrase(noun)}" if noun is not None else prep.text


def _with_counts(quantity: Quantity, head, path) -> Quantity:
    """``quantity`` with what it measures: its "of" phrase ("of GDP"), or the noun it
    modifies ("tariffs on steel"), with the verb's "on" phrase ("on defence")."""
    parts = []
    of = next((c for c in head.children if c.dep_ == "prep" and (
        c.lower_ == "of" or (c.lower_ == "in" and _names_a_kind(c)))), None)
    if of is not None:
        parts.append(_prep_phrase(of))
    elif len(path) > 1 and head.dep_ in ("compound", "nummod", "amod") and path[1].pos_ == "NOUN":
        noun = path[1]
        on = next((c for c in noun.children if c.dep_ == "prep" and (
            c.lower_ in ("on", "for") or (c.lower_ == "in" and _names_a_kind(c)))), None)
        parts.append(_noun_phrase(noun))
        if on is not None:
            parts.append(_prep_phrase(on))
    verb = next((t for t in path if t.pos_ in VERBS), None)
    if verb is not None and of is None and len(path) > 1 and path[1] is verb:
        # "pledged $60bn in military aid": the sum's kind hangs on the verb
        of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                   and _names_a_kind(c)), None)
        if of is not None:
            parts.append(_prep_phrase(of))
    elif verb is not None and of is not None:
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                   and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)), None)
        if on is not None:  # "spend 2% of GDP on defence"; not "on Wednesday"
            parts.append(_prep_phrase(on))
    counts = " ".join(parts)
    if not counts or len(counts) > 60:
        return quantity
    return Quantity(quantity.value, quantity.unit, quantity.text, quantity.start, quantity.end,
                    quantity.comparator, counts)
