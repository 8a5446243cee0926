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

The model also breaks names with a particle ("Ursula von der Leyen" as the person "Ursula
von der" and the place "Leyen", "Von der Leyen" as an organisation) and parses the sentence
around the pieces. A particle run between a person's name and a capitalised word, or opening
a name the article or the gazetteer gives in full, is made one PERSON, and when the parse
split it the sentence is parsed again with the name swapped for a one-word stand-in. So is a
name cut before its hyphenated part ("Jean-Victor Harvel Jean-Baptiste" read as "Jean-Victor"),
and one read as two people side by side.

"Met Indian Foreign Minister A and Pakistani Prime Minister B" comes out with A as a modifier
of B's title, so that A was met by nobody; :func:`rehang_named_pairs` makes them conjuncts.

"X accused Y of arming the rebels, a charge Y denied" comes out with "denied" as the root and
the accusation as what was denied, so that nobody accused anybody. A noun set off by a comma
after a clause, followed by a subject and the verb it is the object of, is a relative clause
on a noun that sums the clause up; :func:`rehang_summary` hangs it so ("accused" the root,
"charge" its modifier, "denied" a relative clause on "charge").

>>> from kg.extract import load_model
>>> nlp = load_model()
>>> doc = nlp("Donald Trump spoke on Monday.\\n\\nTrump imposed sanctions on Iran.")
>>> [(t.text, t.dep_) for t in doc[7:10]]
[('Trump', 'nsubj'), ('imposed', 'ROOT'), ('sanctions', 'dobj')]
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, IS_TITLE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

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
_COMPOUND, _PUNCT = get_string_id("compound"), get_string_id("punct")
# What a name read as a word is tagged as; read as a verb, or heading a sentence that is
# left without a verb at its root, it broke the sentence's parse.
_WORD_POS_IDS = [POS_IDS[pos] for pos in ("NOUN", "ADJ", "VERB", "AUX")]
_CLAUSE_POS = {"VERB", "AUX"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# What the noun that sums up a clause is tagged as: a noun, or a gerund ("a ruling").
_SUMMING_TAGS = {"NN", "NNS", "VBG"}
# Lower-case words inside personal names: "von der Leyen", "da Silva", "bin Salman".
PARTICLES = frozenset({"von", "van", "der", "den", "de", "di", "da", "del", "della", "dos", "das",
                       "du", "la", "le", "ter", "ten", "zu", "bin", "ibn"})
# Components that do not shape a sentence's parse, left out of the second one.
_SKIPPED = {"ner", "kg_paragraphs", NAME_REPAIR}


class NameRepair:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        gazetteer = load_lexicon().gazetteer
        self.known = frozenset(name for name in gazetteer.people if " " not in name)
        self.particle_ids = numpy.array([get_string_id(p) for p in sorted(PARTICLES)],
                                        dtype="uint64")
        self.particle_names = frozenset(name for name in gazetteer.people
                                        if PARTICLES.intersection(name.split()))

    def __call__(self, doc: Doc) -> Doc:
        _trim_leading_verbs(doc)
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
        for sent in list(doc.sents):
            rehang_summary(sent)
        rehang_named_pairs(doc)
        whole_names = sorted(filter_spans(self._particle_names(doc) + _hyphenated_rest(doc)
                                          + _split_names(doc)),
                             key=lambda name: name.start)
        if not misread and not verbs and not whole_names:
            return doc
        array = doc.to_array(_ATTRS)
        parsed: set[int] = set()
        for sent in {name.sent.start: name.sent for name in whole_names}.values():
            names = [n for n in whole_names if n.sent.start == sent.start]
            if not all(_is_one_phrase(name) for name in names):
                again = self._parse_with_names(sent, names)
                if again is not None:
                    array[sent.start:sent.end] = again
                    parsed.add(sent.start)
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
        if whole_names:
            doc.set_ents(whole_names, default="unmodified")
        if relemmatize and "lemmatizer" in self.nlp.pipe_names:
            # the verb's lemma ("angered" -> "anger") from its new tag, as spaCy gives it;
            # the lemmatizer fills only lemmas left empty
            doc = self.nlp.get_pipe("lemmatizer")(doc)
        return doc

    def _particle_names(self, doc: Doc) -> list[Span]:
        """Names with a particle the model split or did not read as a person's: a particle
        run and the capitalised word after it, from the first word of the person the model
        found before it ("Ursula von der" + "Leyen"), or alone when the article or the
        gazetteer gives a person's full name ending so ("Von der Leyen")."""
        lower = doc.to_array([LOWER])
        if not numpy.isin(lower, self.particle_ids).any():
            return []
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and doc[j].lower_ in PARTICLES and (
                    doc[j].is_lower or doc[j].is_title):
                j += 1
            if j > i and j < len(doc) and doc[j].is_title and doc[j].lower_ not in PARTICLES:
                runs.append((i, j + 1))
                i = j + 1
            else:
                i = max(j, i + 1)
        if not runs:
            return []
        found: list[Span] = []
        tails = set(self.particle_names)
        for start, end in runs:
            before = doc[start - 1] if start > 0 else None
            if before is not None and before.ent_type_ == "PERSON" and before.is_title:
                first = before.i
                while first > 0 and doc[first - 1].ent_type_ == "PERSON" and (
                        doc[first].ent_iob_ != "B"):
                    first -= 1
                name = doc[first:end]
                found.append(name)
                tails.add(name.text.lower())
        for start, end in runs:
            span = doc[start:end]
            if any(span.start >= n.start and span.end <= n.end for n in found):
                continue
            text = span.text.lower()
            if any(full == text or full.endswith(" " + text) for full in tails):
                found.append(span)
        # a name the model already read whole is left as it is
        whole = {(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"}
        return sorted((Span(doc, n.start, n.end, label="PERSON") for n in found
                       if (n.start, n.end) not in whole), key=lambda n: n.start)

    def _parse_with_names(self, sent: Span, names: list[Span]):
        """The sentence's parse with each of ``names`` swapped for one word the model reads as
        a name, mapped back onto its words (a name's last word takes the stand-in's place, the
        others are its compounds); None when that parse has more than one root."""
        words: list[str] = []
        spaces: list[bool] = []
        origin: list[int] = []  # the sentence's word each parsed word stands for
        k = 0
        for name in names:
            for t in sent[k:name.start - sent.start]:
                words.append(t.text)
                spaces.append(bool(t.whitespace_))
                origin.append(t.i - sent.start)
            words.append(STAND_IN)
            spaces.append(bool(name[-1].whitespace_))
            origin.append(name.end - 1 - sent.start)
            k = name.end - sent.start
        for t in sent[k:]:
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
            origin.append(t.i - sent.start)
        again = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for component_name, component in self.nlp.pipeline:
            if component_name not in _SKIPPED:
                again = component(again)
        if sum(1 for t in again if t.dep_ == "ROOT") != 1:
            return None
        parsed = again.to_array(_ATTRS)
        offsets = parsed[:, _ATTRS.index(HEAD)].astype("int64")  # HEAD is relative, signed
        array = numpy.zeros((len(sent), len(_ATTRS)), dtype="uint64")
        for j, i in enumerate(origin):
            array[i] = parsed[j]
            array[i, _ATTRS.index(HEAD)] = _relative(origin[j + int(offsets[j])] - i)
            array[i, _ATTRS.index(LEMMA)] = sent[i].lemma
        for name in names:
            last = name.end - 1 - sent.start
            for i in range(name.start - sent.start, last):
                word = sent[i]
                if word.is_punct:  # the hyphen of "Jean-Baptiste" stays a hyphen
                    array[i, :4] = [word.tag, word.pos, word.morph.key, word.lemma]
                    array[i, _ATTRS.index(DEP)] = _PUNCT
                else:
                    array[i, :4] = [_NNP, _PROPN, _NO_MORPH,
                                    sent.doc.vocab.strings.add(word.text)]
                    array[i, _ATTRS.index(DEP)] = _COMPOUND
                array[i, _ATTRS.index(HEAD)] = _relative(last - i)
        return array

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


def rehang_summary(sent: Span) -> bool:
    """Hang "X accused Y ..., a charge Y denied" as a clause and a relative clause on the noun
    that sums it up, when the parser made the clause the complement of the last verb; return
    whether it did. The noun comes after a comma, before that verb's subject: object, subject
    and verb in that order are a relative clause without its pronoun.

    >>> from kg.extract import load_model
    >>> doc = load_model()("Togo accused Ghana of arming rebels, a charge Accra denied.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("accused", "charge", "denied")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('accused', 'ROOT', 'accused'), ('charge', 'npadvmod', 'accused'),
     ('denied', 'relcl', 'charge')]
    """
    root = sent.root
    if root.pos_ != "VERB":
        return False
    clauses = [c for c in root.lefts if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    subjects = [c for c in root.lefts if c.dep_ in _SUBJECT_DEPS]
    if len(clauses) != 1 or not subjects:
        return False
    clause = clauses[0]
    doc = sent.doc
    comma = clause.right_edge.i + 1
    if comma + 2 >= root.i or doc[comma].text != ",":
        return False
    article, noun = doc[comma + 1], doc[comma + 2]
    # the noun may be read as the verb's object, or as a gerund on its subject ("a ruling
    # Caracas ignored")
    if not (article.tag_ == "DT" and noun.tag_ in _SUMMING_TAGS
            and all(noun.i < s.i for s in subjects)):
        return False
    arcs = {clause.i: (clause.i, "ROOT"), noun.i: (clause.i, "npadvmod"),
            article.i: (noun.i, "det"), root.i: (noun.i, "relcl")}
    for child in root.children:
        # the comma before the noun and the closing punctuation belong to the clause
        if child.dep_ == "punct" and (child.i < comma + 1 or child.i == sent.end - 1):
            arcs[child.i] = (clause.i, child.dep_)
    _rehang(doc, arcs)
    return True


def rehang_named_pairs(doc: Doc) -> bool:
    """Hang "met Indian Foreign Minister A and Pakistani Prime Minister B" as the two people
    it coordinates, when the parser made A a modifier of B or of B's title (and that title a
    conjunct of A), or A an apposition of its own title and that title a modifier of B
    ("President A and Russian President B met"); return whether it did.

    >>> from kg.extract import load_model
    >>> doc = load_model()("Ghana hosted Togolese President Faure Gnassingbe and Beninese "
    ...                    "President Patrice Talon on Monday.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Gnassingbe", "Talon")]
    [('Gnassingbe', 'dobj', 'hosted'), ('Talon', 'conj', 'Gnassingbe')]
    """
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    done = False
    for first, second in zip(people, people[1:]):
        a, b = first[-1], second[-1]
        between = doc[first.end:second.start]
        # "President A and ...": A may hang as an apposition of its own title, and the title
        # as the modifier of B
        title = a.head if a.dep_ == "appos" and a.head.i < first.start else None
        modifier = title if title is not None else a
        if not (first.end <= modifier.head.i < second.end and modifier.dep_ in ("nmod", "compound")
                and b.dep_ != "ROOT" and a.sent.start == b.sent.start
                and len(between) >= 2 and between[0].lower_ == "and"
                and all(t.is_title and t.pos_ in ("PROPN", "ADJ") for t in between[1:])):
            continue
        arcs = {a.i: (b.head.i, b.dep_), b.i: (a.i, "conj"), between[0].i: (a.i, "cc")}
        if title is not None:
            arcs[title.i] = (a.i, "compound")
        for t in between[1:]:
            if t.head.i in (a.i, b.i) or t.dep_ == "conj":
                arcs[t.i] = (b.i, "amod" if t.pos_ == "ADJ" or t.ent_type_ == "NORP"
                             else "compound")
        _rehang(doc, arcs)
        done = True
    return done


def _rehang(doc: Doc, arcs: dict[int, tuple[int, str]]) -> None:
    """Give the words of ``doc`` in ``arcs`` new heads and dependency labels, by index."""
    whole = doc.to_array([HEAD, DEP])
    for i, (head, dep) in arcs.items():
        whole[i] = [_relative(head - i), doc.vocab.strings.add(dep)]
    doc.from_array([HEAD, DEP], whole)


def _hyphenated_rest(doc: Doc) -> list[Span]:
    """People whose name the model cut short before a hyphenated part: "Jean-Victor Harvel
    Jean-Baptiste" read as "Jean-Victor" and words of no entity. Capitalised words with no
    entity after a person (and a space), one of them hyphenated, that the parse hangs with
    the person's name on one head, are the rest of the name."""
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        end, hyphen = ent.end, False
        while end < len(doc) and not doc[end].ent_type_:
            word = doc[end]
            if word.tag_ == "HYPH" and not doc[end - 1].whitespace_ and end + 1 < len(doc) \
                    and doc[end + 1].is_title and not word.whitespace_:
                hyphen = True
            elif not (word.is_title and word.pos_ == "PROPN"):
                break
            end += 1
        if not hyphen or end == ent.end or doc[ent.end].tag_ == "HYPH":
            continue  # "the Ferguson-Wenger feud": two names joined, not one cut short
        head = doc[end - 1]
        if all(t.head.i in range(ent.start, end) for t in doc[ent.start:end - 1]) and (
                head.head.i not in range(ent.start, end)):
            found.append(Span(doc, ent.start, end, label="PERSON"))
    return found


def _split_names(doc: Doc) -> list[Span]:
    """People whose name the model read as two people side by side ("Hassan Sheikh" and
    "Mohamud"): two PERSON entities with only a space between them that the parse hangs on
    the last word of the second, as one name's words."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    return [Span(doc, first.start, second.end, label="PERSON")
            for first, second in zip(people, people[1:])
            if second.start == first.end and doc[first.end - 1].whitespace_
            and _is_one_phrase(doc[first.start:second.end])]


def _trim_leading_verbs(doc: Doc) -> None:
    """Take a sentence's opening participle out of the name the model ran it into ("Meeting
    Macron on the sidelines, X said": "Meeting Macron" is no person)."""
    ents = list(doc.ents)
    trimmed = [Span(doc, e.start + 1, e.end, label=e.label) if len(e) > 1 and (
        e[0].is_sent_start and e[0].tag_ == "VBG" and e[0].pos_ == "VERB") else e for e in ents]
    if trimmed != ents:
        doc.ents = trimmed


def _relative(offset: int) -> int:
    """A signed head offset as ``Doc.to_array`` stores it, in an unsigned 64-bit cell."""
    return offset % (1 << 64)


def _is_one_phrase(name: Span) -> bool:
    """Whether the parse hangs every word of ``name`` on its last one, as a name's."""
    return all(t.head.i == name.end - 1 for t in name[:-1])


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
