"""Parse repairs: a person's name the model reads as an ordinary word, and a verb it reads as
an adjective between two names.

Some surnames are English words ("Trump", "May", "Rice"). The small English model often tags
them as a noun, an adjective or a verb, and then builds the sentence around them:
"Trump imposed sanctions on Iran" comes out as a noun phrase with "imposed" as its adjective
and no clause at all, "May met Merkel" as a modal. kg then finds no event in the sentence.

:class:`NameRepair` runs after the pipeline's other components. Where a surname the article
names in full elsewhere ("Donald Trump"), or a one-word alias of a known office holder, heads
the sentence or is read as a verb, it parses the sentence again with the name swapped for a
name the model knows as one, and keeps that parse when it makes the name the subject of a
verb. The words, the entities and everything outside the sentence stay as they were.

The same model reads "Modi's visit to Moscow angered Ukraine" as one noun phrase, "angered"
an adjective of "Ukraine" and "Moscow" a modifier of it, so that the visit was to Ukraine. An
-ed word between two names in a sentence with no verb at its root is parsed again as the verb
"hit", and that parse is kept when the stand-in becomes the sentence's root; the word gets the
lemma of its new tag.

>>> from kg.extract import load_model
>>> nlp = load_model()
>>> doc = nlp("Donald Trump spoke on Monday.\\n\\nTrump imposed sanctions on Iran.")
>>> [(t.text, t.dep_) for t in doc[7:10]]
[('Trump', 'nsubj'), ('imposed', 'ROOT'), ('sanctions', 'dobj')]
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, IS_TITLE, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import load_lexicon

__all__ = ["NAME_REPAIR", "NameRepair", "with_name_repair"]

NAME_REPAIR = "kg_name_repair"
# A name the model reads as a name wherever it stands; one token, as the name it replaces.
STAND_IN = "Macron"
# A past verb it reads as a verb wherever it stands, with an object or without.
VERB_STAND_IN = "hit"
# The parse of a sentence, as it is copied back; a name's first four are set as a name's.
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
_NNP, _PROPN, _NO_MORPH = get_string_id("NNP"), POS_IDS["PROPN"], get_string_id("")
_JJ, _AMOD = get_string_id("JJ"), get_string_id("amod")
# What a name read as a word is tagged as; read as a verb, or heading a sentence that is
# left without a verb at its root, it broke the sentence's parse.
_WORD_POS_IDS = [POS_IDS[pos] for pos in ("NOUN", "ADJ", "VERB", "AUX")]
_CLAUSE_POS = {"VERB", "AUX"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Components that do not shape a sentence's parse, left out of the second one.
_SKIPPED = {"ner", "kg_paragraphs", NAME_REPAIR}


class NameRepair:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        gazetteer = load_lexicon().gazetteer
        self.known = frozenset(name for name in gazetteer.people if " " not in name)

    def __call__(self, doc: Doc) -> Doc:
        names = {ent[-1].text for ent in doc.ents
                 if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title}
        # One array pass: the Python loop sees only title-case words tagged as words, and
        # adjectives after a proper noun.
        pos, title, tag, dep = doc.to_array([POS, IS_TITLE, TAG, DEP]).T
        candidates = numpy.flatnonzero(numpy.isin(pos, _WORD_POS_IDS) & (title == 1))
        misread = [doc[int(i)] for i in candidates
                   if doc[int(i)].text in names or doc[int(i)].lower_ in self.known]
        after_name = numpy.flatnonzero((tag[1:] == _JJ) & (dep[1:] == _AMOD)
                                       & (pos[:-1] == _PROPN)) + 1
        verbs = [doc[int(i)] for i in after_name if _verb_read_as_adjective(doc[int(i)])]
        if not misread and not verbs:
            return doc
        array = doc.to_array(_ATTRS)
        parsed: set[int] = set()
        for word in misread:
            sent = word.sent
            broken = (word.dep_ == "ROOT" or word.pos_ in _CLAUSE_POS
                      or sent.root.pos_ not in _CLAUSE_POS)
            if sent.start not in parsed and broken:
                again = self._parse_with_stand_in(sent, word, STAND_IN, _SUBJECT_DEPS)
                if again is not None:
                    array[sent.start:sent.end] = again
                    parsed.add(sent.start)
        relemmatize = False
        for word in verbs:
            sent = word.sent
            if sent.start not in parsed:
                again = self._parse_with_stand_in(sent, word, VERB_STAND_IN, {"ROOT"})
                if again is not None:
                    array[sent.start:sent.end] = again
                    array[word.i, _ATTRS.index(LEMMA)] = 0  # the lemmatizer fills it below
                    parsed.add(sent.start)
                    relemmatize = True
        for word in misread:
            array[word.i, :4] = [_NNP, _PROPN, _NO_MORPH, doc.vocab.strings.add(word.text)]
        doc.from_array(_ATTRS, array)
        if relemmatize and "lemmatizer" in self.nlp.pipe_names:
            # the verb's lemma ("angered" -> "anger") from its new tag, as spaCy gives it;
            # the lemmatizer fills only lemmas left empty
            doc = self.nlp.get_pipe("lemmatizer")(doc)
        return doc

    def _parse_with_stand_in(self, sent: Span, word: Token, stand_in_word: str,
                             wanted: set[str]):
        """The sentence's parse with ``word`` swapped for ``stand_in_word``, or None when
        that parse does not give the stand-in a dependency of ``wanted`` (a name a verb's
        subject, a verb the root) under a verb, in one sentence."""
        words = [t.text for t in sent]
        at = word.i - sent.start
        words[at] = stand_in_word
        again = Doc(self.nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
        for name, component in self.nlp.pipeline:
            if name not in _SKIPPED:
                again = component(again)
        stand_in = again[at]
        roots = [t for t in again if t.dep_ == "ROOT"]
        governor = stand_in if stand_in.dep_ == "ROOT" else stand_in.head
        if (len(roots) != 1 or stand_in.dep_ not in wanted
                or governor.pos_ not in _CLAUSE_POS):
            return None
        array = again.to_array(_ATTRS)
        array[at, _ATTRS.index(LEMMA)] = sent.doc[word.i].lemma
        return array


def _verb_read_as_adjective(word: Token) -> bool:
    """"Modi's visit to Moscow angered Ukraine" read as a noun phrase, "angered" an adjective
    of "Ukraine": an -ed word between two names, in a sentence with no verb at its root."""
    return (word.lower_.endswith("ed") and word.head.pos_ == "PROPN" and word.head.i > word.i
            and word.sent.root.pos_ not in _CLAUSE_POS)


def with_name_repair(nlp: Language) -> Language:
    """Add :class:`NameRepair` at the end of ``nlp``, once."""
    if not Language.has_factory(NAME_REPAIR):
        Language.factory(NAME_REPAIR, func=_factory)
    if NAME_REPAIR not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME_REPAIR, last=True)
    return nlp


def _factory(nlp, name):
    return NameRepair(nlp)
