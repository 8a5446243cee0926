"""kg's array attribute ruler and lemmatizer, and its models on numpy's BLAS, give exactly
what spaCy's own components on blis give."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from fixtures.servers import require_shared
from kg.extract.pipes import ArrayAttributeRuler, ArrayLemmatizer, speed_up

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "bbc_news.jsonl"
ANNOTATIONS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]

# Written to reach the attribute ruler's exceptions: contractions and multi-token patterns,
# pronoun case by dependency, auxiliaries, "there is", determiners used as pronouns, and
# runs of whitespace.
SENTENCES = [
    "We're gonna sign it, and they've got ta ratify the treaty.",
    "Let's meet in Geneva, she said; y'all know I ain't leaving.",
    "There were talks, but it did not help; they said that was that.",
    "I told you it would happen, and you told me it would not.",
    "C'mon, the ministers do have a deal: this is what they wanted.",
    "Rebels  attacked \n\n the town.\tTroops were   deployed, officials said.",
    "The data were published, and the euros and the Mini sold further afield.",
    "He has been meeting his counterparts; had they agreed, he'd have signed.",
]


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    from kg.extract import PREFERRED_MODELS

    name = next(n for n in PREFERRED_MODELS if spacy.util.is_package(n))
    return spacy.load(name), speed_up(spacy.load(name))


def differences(pipelines, texts):
    spacy_nlp, kg_nlp = pipelines
    found = []
    for ours, theirs in zip(kg_nlp.pipe(texts), spacy_nlp.pipe(texts)):
        a, b = ours.to_array(ANNOTATIONS), theirs.to_array(ANNOTATIONS)
        for i in numpy.flatnonzero((a != b).any(axis=1)):
            found.append((ours[i].text, ours[i].pos_, str(ours[i].morph), ours[i].lemma_,
                          theirs[i].pos_, str(theirs[i].morph), theirs[i].lemma_))
    return found


def test_the_array_components_replace_spacys(pipelines):
    _, kg_nlp = pipelines

    assert isinstance(kg_nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert isinstance(kg_nlp.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert kg_nlp.pipe_names == pipelines[0].pipe_names


def test_the_models_multiply_on_one_thread_of_numpy_blas(pipelines):
    spacy_nlp, kg_nlp = pipelines

    def layers(nlp):
        return [layer for _, component in nlp.pipeline
                if hasattr(getattr(component, "model", None), "walk")
                for layer in component.model.walk()]

    assert layers(kg_nlp) and all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis
                                  for layer in layers(kg_nlp))
    # spaCy's default, what the other pipeline is compared with.
    assert all(layer.ops.use_blis for layer in layers(spacy_nlp))
    assert all(pool["num_threads"] == 1 for pool in threadpool_info()
               if pool["user_api"] == "blas")


def test_same_annotations_on_written_sentences(pipelines):
    assert differences(pipelines, SENTENCES) == []


def test_same_annotations_on_real_news(pipelines):
    with require_shared(CORPUS).open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(40), lines)]

    assert differences(pipelines, texts) == []


def test_a_pipeline_without_those_components_is_left_alone():
    import spacy

    blank = spacy.blank("en")

    assert speed_up(blank).pipe_names == []


def test_only_blis_layers_move_to_numpy():
    import spacy

    from kg.extract.pipes import use_numpy_blas

    class OtherOps(NumpyOps):  # a backend of its own, such as Apple's Accelerate
        name = "other"

    nlp = spacy.blank("en")
    tagger, textcat = nlp.add_pipe("tagger"), nlp.add_pipe("textcat")
    for layer in textcat.model.walk():
        layer.ops = OtherOps()
    use_numpy_blas(nlp)

    assert all(type(layer.ops) is NumpyOps and not layer.ops.use_blis
               for layer in tagger.model.walk())
    assert all(type(layer.ops) is OtherOps for layer in textcat.model.walk())
