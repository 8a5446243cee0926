"""Actor rules on Docs built by hand (no model), and on the leaders gazetteer."""

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract import build_matchers_for
from kg.extract.actors import index_actors
from kg.extract.lexicon import load_lexicon


def make_doc(words, heads, deps, pos, ents, tags=None, sent_starts=None):
    nlp = English()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents,
              tags=tags or ["NNP" if p == "PROPN" else "XX" for p in pos],
              sent_starts=sent_starts or [True] + [False] * (len(words) - 1))
    return doc


def index(doc):
    lex = load_lexicon()
    return index_actors(doc, lex.gazetteer, build_matchers_for(doc, lex), lexicon=lex)


def test_surname_tagged_org_is_the_person_named_in_full():
    # "President Donald Trump spoke . Trump left ." with the small model's habit of tagging
    # the bare surname ORG.
    words = ["President", "Donald", "Trump", "spoke", ".", "Trump", "left", "."]
    doc = make_doc(words, heads=[2, 2, 3, 3, 3, 6, 6, 6],
                   deps=["compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
                   pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
                   ents=["O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O"])
    ix = index(doc)
    assert ix.by_token[2].actor.id == ix.by_token[5].actor.id == "person:donald-trump"


def test_known_leader_gets_nationality():
    words = ["Vladimir", "Putin", "spoke", "."]
    doc = make_doc(words, heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "punct"],
                   pos=["PROPN", "PROPN", "VERB", "PUNCT"], ents=["B-PERSON", "I-PERSON", "O", "O"])
    actor = index(doc).by_token[1].actor
    assert (actor.name, actor.country) == ("Vladimir Putin", "RUS")


def test_title_before_name_gives_role():
    words = ["Ukrainian", "President", "Volodymyr", "Zelenskiy", "spoke", "."]
    doc = make_doc(words, heads=[1, 3, 3, 4, 4, 4],
                   deps=["amod", "compound", "compound", "nsubj", "ROOT", "punct"],
                   pos=["ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                   ents=["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O"])
    (role,) = index(doc).roles
    assert (role.person.actor.name, role.office.predicate, role.organisation.actor.id) == (
        "Volodymyr Zelenskiy", "LEADER_OF", "state:ukr")


@pytest.mark.parametrize("words, pos, expected", [
    (["Washington", "spoke", "."], ["PROPN", "VERB", "PUNCT"], "state:usa"),     # capital as metonym
    (["Nato", "spoke", "."], ["PROPN", "VERB", "PUNCT"], "igo:nato"),            # acronym, any casing
    (["Kremlin", "spoke", "."], ["PROPN", "VERB", "PUNCT"], "state:rus"),        # institution
    (["Ukrainians", "spoke", "."], ["PROPN", "VERB", "PUNCT"], "state:ukr"),     # demonym
])
def test_gazetteer_forms(words, pos, expected):
    doc = make_doc(words, heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"], pos=pos,
                   ents=["O", "O", "O"])
    assert index(doc).by_token[0].actor.id == expected


def test_lower_case_word_is_not_a_country():
    doc = make_doc(["us", "spoke", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"],
                   pos=["PRON", "VERB", "PUNCT"], ents=["O", "O", "O"])
    assert 0 not in index(doc).by_token


def test_alliance_means_nato_only_after_nato_is_named():
    words = ["The", "alliance", "met", "."]
    doc = make_doc(words, heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "punct"],
                   pos=["DET", "NOUN", "VERB", "PUNCT"], ents=["O", "O", "O", "O"])
    assert not index(doc).by_token


def flat_doc(words, ents, pos=None):
    """One clause whose words all hang off the first verb: enough for the name rules."""
    pos = pos or ["VERB" if w in ("met", "spoke", "left") else "PUNCT" if w == "." else "PROPN"
                  for w in words]
    root = pos.index("VERB")
    return make_doc(words, heads=[root] * len(words),
                    deps=["ROOT" if i == root else "dep" for i in range(len(words))],
                    pos=pos, ents=ents)


def test_namesakes_are_two_people():
    doc = flat_doc(["Richey", "Edwards", "met", "Sherry", "Edwards", "."],
                   ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"])
    ix = index(doc)
    assert (ix.by_token[1].actor.name, ix.by_token[4].actor.name) == (
        "Richey Edwards", "Sherry Edwards")


def test_titled_surname_is_the_person_named_in_full():
    doc = flat_doc(["Mr", "Kennedy", "met", "Charles", "Kennedy", "."],
                   ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"])
    ix = index(doc)
    assert ix.by_token[1].actor is ix.by_token[4].actor
    assert ix.by_token[1].actor.name == "Charles Kennedy"


@pytest.mark.parametrize("person, organisation, same", [
    (["Ms", "Sturgeon"], ["Nicola", "Sturgeon"], True),        # a full name the model took for an ORG
    (["Cingular", "Wireless"], ["Sierra", "Wireless"], False),  # a firm the model took for a person
])
def test_org_ending_in_a_surname(person, organisation, same):
    doc = flat_doc(person + ["met"] + organisation + ["."],
                   ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O"])
    ix = index(doc)
    assert (ix.by_token[1].actor.id == ix.by_token[4].actor.id) is same


def office_holder(article, office):
    """Whom "<article> <office> left." names after "Ukrainian President Volodymyr Zelenskiy
    spoke."."""
    words = ["Ukrainian", "President", "Volodymyr", "Zelenskiy", "spoke", ".",
             article, office, "left", "."]
    doc = make_doc(words, heads=[1, 3, 3, 4, 4, 4, 7, 8, 8, 8],
                   deps=["amod", "compound", "compound", "nsubj", "ROOT", "punct",
                         "det", "nsubj", "ROOT", "punct"],
                   pos=["ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT",
                        "DET", "NOUN", "VERB", "PUNCT"],
                   ents=["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"],
                   sent_starts=[True] + [False] * 5 + [True] + [False] * 3)
    return [m.actor.name for m in index(doc).resolve(doc[7])]


@pytest.mark.parametrize("article, refers", [("The", True), ("A", False)])
def test_an_indefinite_office_is_somebody_new(article, refers):
    assert (office_holder(article, "president") == ["Volodymyr Zelenskiy"]) is refers


@pytest.mark.parametrize("words, expected", [
    # a firm named after a state is a body of its own, with the state's country
    (["British", "Airways", "met", "Spain", "."], ("British Airways", "ORG", "GBR")),
    (["Air", "China", "met", "Spain", "."], ("Air China", "ORG", "CHN")),
    # a name headed by a sector noun stays the state's
    (["Indian", "Government", "met", "Spain", "."], ("India", "STATE", "IND")),
])
def test_organisation_named_after_a_state(words, expected):
    doc = make_doc(words, heads=[1, 2, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "dobj", "punct"],
                   pos=["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                   ents=["B-ORG", "I-ORG", "O", "B-GPE", "O"])
    (actor,) = {m.actor for m in index(doc).resolve(doc[1])}
    assert (actor.name, actor.type, actor.country) == expected


@pytest.mark.parametrize("office, refers", [("president", True), ("chancellor", False)])
def test_an_office_without_owner_is_the_holder_of_that_office(office, refers):
    assert (office_holder("The", office) == ["Volodymyr Zelenskiy"]) is refers


def test_a_name_run_into_its_acronym_bracket_ends_before_it():
    words = ["Chen", "met", "China", "Aviation", "Oil", "(", "CAO", ")", "."]
    doc = flat_doc(words, ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
                   pos=["PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT",
                        "PUNCT"])
    assert index(doc).by_token[2].actor.name == "China Aviation Oil"


@pytest.mark.parametrize("words, expected", [
    # part of a capital named by its side is a place of its own, not the state
    (["Israel", "raided", "East", "Jerusalem", "."], ("East Jerusalem", "OTHER")),
    (["Israel", "raided", "West", "Beirut", "."], ("West Beirut", "OTHER")),
    # a listed name is matched whole; the capital alone stands for its state
    (["Israel", "raided", "East", "Berlin", "."], ("East Germany", "STATE")),
])
def test_a_district_of_a_capital_is_no_state(words, expected):
    doc = make_doc(words, heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "compound", "dobj", "punct"],
                   pos=["PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
                   ents=["B-GPE", "O", "B-GPE", "I-GPE", "O"])
    (actor,) = {m.actor for m in index(doc).resolve(doc[3])}
    assert (actor.name, actor.type) == expected


def test_a_capital_stands_for_its_state():
    doc = make_doc(["Israel", "raided", "Beirut", "."], heads=[1, 1, 1, 1],
                   deps=["nsubj", "ROOT", "dobj", "punct"], pos=["PROPN", "VERB", "PROPN", "PUNCT"],
                   ents=["B-GPE", "O", "B-GPE", "O"])
    assert index(doc).by_token[2].actor.name == "Lebanon"


def plain_doc(words, spaces, tags, pos=None):
    nlp = English()
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags,
               pos=pos or ["PROPN" if t == "NNP" else "PUNCT" if t in ("-LRB-", "-RRB-", ":", ".")
                           else "VERB" if t.startswith("VB") else "NOUN" for t in tags],
               sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize("words, spaces, tags, expected", [
    # a capitalised place, the agency in brackets, a spaced dash: a dateline
    (["KYIV", "(", "Reuters", ")", "-", "Ukraine", "protested", "."],
     [True, False, False, True, True, True, False, False],
     ["NNP", "-LRB-", "NNP", "-RRB-", ":", "NNP", "VBD", "."], set(range(5))),
    # a place in capitals and a dash, no agency
    (["BEIRUT", "—", "Israel", "struck", "."], [True, True, True, False, False],
     ["NNP", ":", "NNP", "VBD", "."], {0, 1}),
    # a hyphen inside words joins them: no dateline
    (["NATO", "-", "Russia", "talks", "resumed", "."], [False, False, True, True, False, False],
     ["NNP", ":", "NNP", "NNS", "VBD", "."], set()),
    # a credit line has no finite verb
    (["By", "Jane", "Roe"], [True, True, False], ["IN", "NNP", "NNP"], {0, 1, 2}),
    # a sentence opening with "By" and a finite verb is prose
    (["By", "Friday", "Russia", "had", "withdrawn", "."], [True, True, True, True, False, False],
     ["IN", "NNP", "NNP", "VBD", "VBN", "."], set()),
])
def test_datelines_and_credit_lines_are_structure(words, spaces, tags, expected):
    from kg.extract.actors import _structure

    assert _structure(plain_doc(words, spaces, tags)) == expected


def test_a_person_name_with_a_number_or_a_trailing_article_is_no_person():
    # "Camp 14 - a prison": the model's PERSON ran over the number and into the apposition
    words = ["Camp", "14", "-", "a", "prison", "closed", "."]
    doc = make_doc(words, heads=[4, 0, 4, 4, 5, 5, 5],
                   deps=["compound", "nummod", "punct", "det", "nsubj", "ROOT", "punct"],
                   pos=["PROPN", "NUM", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                   ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"])
    ix = index(doc)
    assert not any(m.actor.type == "PERSON" for m in ix.by_token.values())
    # control: the same shape without the number keeps the person, without the article
    words = ["Anna", "Berg", "-", "a", "lawyer", "spoke", "."]
    doc = make_doc(words, heads=[1, 5, 4, 4, 1, 5, 5],
                   deps=["compound", "nsubj", "punct", "det", "appos", "ROOT", "punct"],
                   pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                   ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"])
    assert index(doc).by_token[1].actor.name == "Anna Berg"


def test_a_score_run_into_a_full_name_is_trimmed():
    # "Anna Berg 6-4 won .": the model's PERSON took the score with it
    words = ["Anna", "Berg", "6", "-", "4", "won", "."]
    doc = make_doc(words, heads=[1, 5, 4, 4, 1, 5, 5],
                   deps=["compound", "nsubj", "nummod", "punct", "appos", "ROOT", "punct"],
                   pos=["PROPN", "PROPN", "NUM", "PUNCT", "NUM", "VERB", "PUNCT"],
                   ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert index(doc).by_token[1].actor.name == "Anna Berg"
