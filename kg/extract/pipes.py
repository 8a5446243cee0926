"""Array-at-a-time stand-ins for spaCy's ``attribute_ruler`` and rule ``lemmatizer``.

Both spaCy components do Python work per token: the attribute ruler builds a ``Span`` and
sets attributes for every pattern match (every token matches at least its tag's pattern),
the lemmatizer calls ``rule_lemmatize`` per token. On en_core_web_sm that is a fifth of the
whole parse. These stand-ins give the same annotations: they read the token attributes the
patterns test into one array, decide each distinct combination once (cached), and write
``POS``/``MORPH``/``LEMMA`` back with one ``Doc.from_array``. What they cannot decide from a
single token (multi-token or regex patterns) they hand to a ``Matcher`` holding only those
patterns, and the lemmatizer asks the original component for every (word, POS, morphology)
it has not seen. ``tests/extract/test_pipes.py`` compares them with the originals token by
token.

:func:`speed_up` swaps them in for a pipeline's ``AttributeRuler`` and rule-based
lemmatizer; other components, and pipelines without these, are left as they are.

It also moves the statistical components' matrix products from blis to numpy's BLAS
(OpenBLAS in numpy's wheels), held to one thread as blis is. blis picks its kernels by CPU
model and falls back to generic code on CPUs it does not know: on the AMD EPYC (Zen 3) of
the benchmark machine its products ran at a third of OpenBLAS's speed, the whole parse at
about two thirds. The products are the same up to rounding; on 300 BBC articles every
tag, dependency, entity and lemma came out identical.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import normalize_token_attrs
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

__all__ = ["ArrayAttributeRuler", "ArrayLemmatizer", "speed_up", "use_numpy_blas"]

ATTRIBUTE_RULER = "kg_attribute_ruler"
LEMMATIZER = "kg_lemmatizer"

# What a single-token pattern may test to be decided here without the Matcher.
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
# Attributes written back through one Doc.from_array; any other goes token by token.
_ARRAY_ATTRS = ("POS", "MORPH", "LEMMA")


def _simple(pattern: list[dict[str, Any]]) -> bool:
    if len(pattern) != 1:
        return False
    for key, value in pattern[0].items():
        if key not in _TESTED:
            return False
        if isinstance(value, dict) and not set(value) <= {"IN", "NOT_IN"}:
            return False
    return True


def _test(value: Any, wanted: Any) -> bool:
    if isinstance(wanted, dict):
        return (("IN" not in wanted or value in wanted["IN"])
                and ("NOT_IN" not in wanted or value not in wanted["NOT_IN"]))
    return value == wanted


class ArrayAttributeRuler:
    """The attribute ruler's patterns and exceptions, applied a whole Doc at a time."""

    def __init__(self, original) -> None:
        self.vocab = original.vocab
        # Single-token rules: those testing LOWER for given words, indexed by word; the rest
        # (decided per tag, dependency and whitespace, and per word only when one of them
        # tests LOWER otherwise, e.g. NOT_IN).
        self.by_word: dict[int, list[tuple[int, dict[str, Any], dict[str, Any]]]] = {}
        self.general: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
        self.matcher = Matcher(self.vocab, validate=False)
        self.matched_attrs: dict[int, tuple[int, dict[str, Any], int]] = {}
        for order, entry in enumerate(original.patterns):
            for pattern in entry["patterns"]:
                if not (_simple(pattern) and entry["index"] in (0, -1)):
                    key = self.vocab.strings.add(f"{ATTRIBUTE_RULER}-{order}")
                    self.matched_attrs[key] = (order, entry["attrs"], entry["index"])
                    self.matcher.add(key, [pattern])
                    continue
                rule = (order, pattern[0], entry["attrs"])
                words = pattern[0].get("LOWER")
                if isinstance(words, dict) and set(words) == {"IN"}:
                    words = words["IN"]
                if isinstance(words, str):
                    words = [words]
                if isinstance(words, list):
                    for word in words:
                        self.by_word.setdefault(self.vocab.strings.add(word), []).append(rule)
                else:
                    self.general.append(rule)
        self.general_tests_word = any("LOWER" in tests for _, tests, _ in self.general)
        self._decided: dict[tuple, tuple[list[tuple[int, dict[str, Any]]], dict]] = {}

    @staticmethod
    def handles(original) -> bool:
        return isinstance(original, AttributeRuler)

    def _matching(self, rules, key: tuple[int, int, int, bool]) -> list[tuple[int, dict]]:
        tag, word, dep, space = key
        strings = self.vocab.strings
        values = {"TAG": strings[tag] if tag else "", "LOWER": strings[word],
                  "DEP": strings[dep] if dep else "", "IS_SPACE": space}
        return [(order, attrs) for order, tests, attrs in rules
                if all(_test(values[name], wanted) for name, wanted in tests.items())]

    def _lookup(self, key: tuple[int, int, int, bool]):
        """The decision for one token's (tag, word, dep, space), cached."""
        tag, word, dep, space = key
        specific = self.by_word.get(word)
        if not specific and not self.general_tests_word:
            key = (tag, 0, dep, space)  # the word does not matter: one entry for all words
        found = self._decided.get(key)
        if found is None:
            rules = self._matching(self.general, key)
            if specific:
                rules = sorted(rules + self._matching(specific, key), key=lambda r: r[0])
            found = self._decided[key] = self._decide(rules)
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        extra: dict[int, list[tuple[int, dict[str, Any]]]] = {}
        if self.matched_attrs:
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                order, attrs, index = self.matched_attrs[match_id]
                position = range(start, end)[index]
                extra.setdefault(position, []).append((order, attrs))
        tested = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        written = doc.to_array([POS, MORPH, LEMMA])
        one_by_one: list[tuple[int, dict[str, Any]]] = []
        for i, (tag, word, dep, space) in enumerate(tested.tolist()):
            rules, values = self._lookup((tag, word, dep, bool(space)))
            if i in extra:
                # Multi-token matches join this token's single-token ones, in pattern order.
                rules, values = self._decide(sorted(rules + extra[i], key=lambda r: r[0]))
            for column, name in enumerate(_ARRAY_ATTRS):
                if name in values:
                    written[i, column] = values[name]
            if values["other"]:
                one_by_one.append((i, values["other"]))
        doc.from_array([POS, MORPH, LEMMA], written)
        for i, attrs in one_by_one:
            set_token_attrs(doc[i], normalize_token_attrs(self.vocab, attrs))
        return doc

    def _decide(self, rules: list[tuple[int, dict[str, Any]]]):
        """The attributes the rules leave, later rules winning, as array values."""
        merged: dict[str, Any] = {}
        for _, attrs in rules:
            merged.update(attrs)
        values: dict[str, Any] = {}
        other = {}
        for name, value in merged.items():
            if name == "POS":
                values[name] = POS_IDS[value]
            elif name == "MORPH":
                values[name] = self.vocab.morphology.add(value)
            elif name == "LEMMA":
                values[name] = self.vocab.strings.add(value)
            else:
                other[name] = value
        values["other"] = other
        return rules, values


class ArrayLemmatizer:
    """The rule lemmatizer's answers, cached per (word, POS, morphology) as spaCy caches them."""

    def __init__(self, original) -> None:
        self.original = original
        self.overwrite = original.overwrite
        self._lemmas: dict[tuple[int, int, int], int] = {}
        # rule_lemmatize asks "form in index" of a list of thousands of words per rule that
        # applies; as a set the same question is answered in constant time.
        if original.lookups.has_table("lemma_index"):
            index = original.lookups.get_table("lemma_index")
            for pos in list(index):
                index[pos] = frozenset(index[pos])

    @staticmethod
    def handles(original) -> bool:
        return getattr(original, "mode", None) == "rule" and hasattr(original, "rule_lemmatize")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = keys[:, 3].copy()
        cache = self._lemmas
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(keys.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            if key not in cache:
                cache[key] = strings.add(self.original.rule_lemmatize(doc[i])[0])
            lemmas[i] = cache[key]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def speed_up(nlp: Language) -> Language:
    """Swap the array stand-ins into ``nlp`` where they give the same annotations, and
    run its models' matrix products on numpy's BLAS (:func:`use_numpy_blas`)."""
    use_numpy_blas(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        original = nlp.get_pipe("attribute_ruler")
        if ArrayAttributeRuler.handles(original):
            _replace(nlp, "attribute_ruler", ATTRIBUTE_RULER, ArrayAttributeRuler(original))
    if "lemmatizer" in nlp.pipe_names:
        original = nlp.get_pipe("lemmatizer")
        if ArrayLemmatizer.handles(original):
            _replace(nlp, "lemmatizer", LEMMATIZER, ArrayLemmatizer(original))
    return nlp


def use_numpy_blas(nlp: Language) -> None:
    """Make the layers of ``nlp``'s models that multiply with blis use numpy's BLAS instead.

    numpy's BLAS is then limited to one thread for the whole process (through
    threadpoolctl), as blis is: kg runs in parallel by processes (``n_process``, Dask
    workers), and a BLAS thread pool in each would only have them compete for the same
    cores. Layers on other backends (a GPU, Apple's Accelerate) are left alone.
    """
    ops = NumpyOps(use_blis=False)
    swapped = False
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps and layer.ops.use_blis:
                layer.ops = ops
                swapped = True
    if swapped:
        threadpool_limits(1, user_api="blas")


# The component each factory call adopts: replace_pipe removes the original before it calls
# the factory, so the original is handed over here.
_ADOPTING: dict[str, Any] = {}


def _replace(nlp: Language, name: str, factory: str, component) -> None:
    if not Language.has_factory(factory):
        Language.factory(factory, func=_adopt)
    _ADOPTING[name] = component
    try:
        nlp.replace_pipe(name, factory)
    finally:
        _ADOPTING.pop(name, None)


def _adopt(nlp, name):
    # No annotations: spaCy validates a factory's arguments against them, and under
    # ``from __future__ import annotations`` "Language" is a name confection 0.1 cannot resolve.
    try:
        return _ADOPTING[name]
    except KeyError:
        raise ValueError(f"{ATTRIBUTE_RULER} and {LEMMATIZER} are installed by "
                         "kg.extract.pipes.speed_up, not added by name") from None
