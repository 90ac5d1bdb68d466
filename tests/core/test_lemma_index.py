"""The rule lemmatizer's index as sets (``dixit.lemma_index``): the same lemmas, faster.

The text is invented, in the layout of a regional report: rare verb forms, adjectives and
nouns the lemmatizer has to find in its index or derive with its rules, and proper names
it looks up.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from dixit.core import load_pipeline, parser_input
from dixit.lemma_index import INDEX_TABLE, index_as_sets
from dixit.settings import get_settings

TEXT = (
    "Les vignerons de Castelmaure rechignaient à replanter leurs parcelles abîmées. "
    "« Nous réensemencerons les coteaux dès que les gelées s'estomperont », a assuré "
    "Maëlle Gaudissart, qui préside la coopérative, en évoquant des récoltes amoindries "
    "et des cuves désespérément vides."
)


def index_values(nlp: Language) -> list[object]:
    table = nlp.get_pipe("lemmatizer").lookups.get_table(INDEX_TABLE)
    return list(table.values())


def test_dixit_pipeline_holds_the_index_as_sets() -> None:
    values = index_values(load_pipeline(language="fr"))
    assert values and all(isinstance(words, frozenset) for words in values)


def test_same_lemmas_as_the_model_as_shipped() -> None:
    shipped = spacy.load(get_settings().model_for("fr"))
    assert all(isinstance(words, list) for words in index_values(shipped))
    seen = parser_input(TEXT, "fr", "all")
    before = [(t.text, t.pos_, t.lemma_) for t in shipped(seen)]
    assert index_as_sets(shipped) == len(index_values(shipped))
    shipped.get_pipe("lemmatizer").cache.clear()  # derive every lemma again, from the sets
    after = [(t.text, t.pos_, t.lemma_) for t in shipped(seen)]
    assert after == before
    assert any(lemma != text.lower() for text, _, lemma in after)  # the rules did work
    assert index_as_sets(shipped) == 0  # already sets: nothing to turn


def test_a_model_without_rule_lemmatizer_is_left_alone() -> None:
    blank = spacy.blank("fr")
    assert index_as_sets(blank) == 0
