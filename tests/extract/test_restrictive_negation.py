""" "ne … que" is a restriction ("only"), not a negation: "n'a exclu que la hausse" excludes
the rise, "n'a promis que la réfection du pont" promises the repair. A negation word
("pas", "jamais") keeps the cue negated, whatever follows. Invented sentences."""

from __future__ import annotations

import pytest

from dixit.analyse import stance_of
from dixit.core import statements_from_doc
from dixit.lang import get_language
from dixit.model import Article


def only(nlp, text: str):
    [statement] = statements_from_doc(nlp(text), Article(text=text, language="fr"))
    return statement


@pytest.mark.parametrize(
    ("text", "content", "stance"),
    [
        (
            "Le maire de Lormes, Bastien Corre, n'a exclu que la hausse de la taxe foncière.",
            "la hausse de la taxe foncière",
            "opposes",
        ),
        (
            "Le maire de Lormes, Bastien Corre, n'a promis que la réfection du pont.",
            "la réfection du pont",
            "supports",
        ),
    ],
)
def test_ne_que_leaves_the_cue_affirmed(nlp, text: str, content: str, stance: str) -> None:
    statement = only(nlp, text)
    assert (statement.content, statement.polarity) == (content, "affirmed")
    assert stance_of(statement, "fr").stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Le maire de Lormes, Bastien Corre, n'a pas exclu la hausse de la taxe foncière.", "open"),
        ("Le maire de Lormes, Bastien Corre, n'a jamais exclu la hausse de la taxe.", "open"),
    ],
)
def test_a_negation_word_keeps_the_cue_negated(nlp, text: str, stance: str) -> None:
    statement = only(nlp, text)
    assert statement.polarity == "negated"
    assert stance_of(statement, "fr").stance == stance


def test_the_grammar_reads_a_restriction_only_with_a_lone_particle() -> None:
    grammar = get_language("fr").grammar
    assert grammar.restricts({"n'"}, "que")
    assert grammar.restricts({"ne"}, "qu'")
    assert not grammar.restricts({"n'", "pas"}, "que")  # "n'a pas dit que …": a denial
    assert not grammar.restricts({"n'"}, "la")
    assert not grammar.restricts(set(), "que")
