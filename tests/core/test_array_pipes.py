"""The attribute ruler and the lemmatizer on arrays (``dixit.array_pipes``): the same
tags, parts of speech, morphology, dependencies and lemmas as the model's own.

The text is invented, in the layout of a local report: a headline, paragraphs separated
by blank lines (whitespace tokens, which the ruler's later patterns fix), runs of spaces,
a quotation and rare word forms the lemmatizer derives with its rules.
"""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from dixit.array_pipes import ArrayAttributeRuler, ArrayLemmatizer, array_pipes
from dixit.core import load_pipeline
from dixit.settings import get_settings

TEXT = (
    "Halle de Vermenton : les maraîchers réinstallés\n\n"
    "Les étals   ont été remontés  jeudi, après trois semaines de travaux.\n\n\n"
    "« Nous réensemencerons les parcelles abîmées dès que possible », a assuré "
    "Corentine Maubrac, qui préside l'association des producteurs.\n \n"
    "Les clients, eux, reviennent peu à peu."
)
ATTRS = [TAG, POS, MORPH, DEP, HEAD, LEMMA]


@pytest.fixture(scope="module")
def shipped() -> Language:
    return spacy.load(get_settings().model_for("fr"))


def test_dixit_pipeline_holds_them_under_the_models_names() -> None:
    nlp = load_pipeline(language="fr")
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert nlp.get_pipe("lemmatizer").mode == "rule"  # the model's, read through


def test_every_token_gets_the_models_attributes(shipped: Language) -> None:
    nlp = load_pipeline(language="fr")
    spacy_names = [n for n in shipped.pipe_names if n != "ner"]
    with nlp.select_pipes(enable=spacy_names), shipped.select_pipes(enable=spacy_names):
        for text in (TEXT, TEXT.upper(), "", "\n\n", "  ", "Oui."):
            ours, theirs = nlp(text), shipped(text)
            assert np.array_equal(ours.to_array(ATTRS), theirs.to_array(ATTRS))
            assert [(t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in ours] == [
                (t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in theirs
            ]
    assert any(t.is_space and t.tag_ == "SPACE" for t in nlp(TEXT))


def test_a_ruler_that_opens_on_another_pattern_is_left_as_it_is() -> None:
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add(patterns=[[{"LOWER": "vermenton"}]], attrs={"TAG": "PROPN"})
    ruler.add(patterns=[[{"POS": "NOUN"}]], attrs={"TAG": "NOUN"})
    assert array_pipes(nlp) == []
    assert nlp.get_pipe("attribute_ruler") is ruler


def test_a_ruler_of_part_of_speech_tags_only_is_replaced() -> None:
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add(patterns=[[{"POS": "NOUN"}]], attrs={"TAG": "NOUN"})
    assert array_pipes(nlp) == ["attribute_ruler"]
    assert nlp.pipe_names == ["attribute_ruler"]
    doc = nlp.make_doc("halle couverte")
    doc[0].pos_ = "NOUN"
    assert [t.tag_ for t in nlp.get_pipe("attribute_ruler")(doc)] == ["NOUN", ""]


def test_the_later_patterns_are_applied_as_the_ruler_applies_them(shipped: Language) -> None:
    # A word the tagger would call whitespace, whitespace with and without a dependency
    # label, and ordinary words: each rule of the model's ruler applies to one of them.
    nlp = load_pipeline(language="fr")
    ours, theirs = nlp.get_pipe("attribute_ruler"), shipped.get_pipe("attribute_ruler")
    assert isinstance(ours, ArrayAttributeRuler) and ours.tests is not None
    docs = []
    for _ in range(2):
        doc = shipped.make_doc("Halle  couverte\n\nde Vermenton rouverte")
        for token, pos, dep in zip(
            doc,
            ["NOUN", "SPACE", "SPACE", "", "ADP", "PROPN", "VERB"],
            ["", "dep", "", "", "", "", ""],
            strict=True,
        ):
            token.pos_, token.dep_ = pos, dep
        docs.append(doc)
    assert [t.is_space for t in docs[0]] == [False, True, False, True, False, False, False]
    ours(docs[0])
    theirs(docs[1])
    assert np.array_equal(docs[0].to_array(ATTRS), docs[1].to_array(ATTRS))
    assert [(t.tag_, t.pos_, str(t.morph), t.dep_) for t in docs[0]] == [
        (t.tag_, t.pos_, str(t.morph), t.dep_) for t in docs[1]
    ]
    assert docs[0][2].pos_ == "X" and docs[0][1].dep_ == "dep"
