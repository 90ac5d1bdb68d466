"""Words that keep a matter open ("reste incertain", "pas encore tranché", "en suspens",
"n'exclut plus", hesitating), the same words where they say no such thing, time words
inside a phrase, and "ne … que", which restricts rather than denies."""

from __future__ import annotations

import pytest
from positions_story import said

from dixit.analyse import stance_of


@pytest.mark.parametrize(
    "content",
    [
        "l'avenir de la halle aux grains reste incertain",
        "le coût du chantier reste à ce jour inconnu",
        "le sort de la ligne de bus demeure incertain",
        "le dossier de la fusion n'est pas encore tranché",
        "la réouverture de la passerelle est en suspens",
        "le conseil n'exclut plus une hausse de la redevance",
        "la communauté de communes hésite encore à racheter le moulin",
        "après avoir tergiversé sur le tracé de la rocade",
        "ce n'est toujours pas exclu",
    ],
)
def test_words_that_keep_a_matter_open(content: str) -> None:
    assert stance_of(said(content), "fr").stance == "open"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # not hesitating is no hesitation: what follows decides
        ("la maire n'a pas hésité à fermer la halle aux grains", "unclear"),
        ("il faut racheter le moulin sans hésiter", "supports"),
        ("il n'hésite pas : la passerelle ne rouvrira pas", "opposes"),
        # "rester" without a word of doubt keeps nothing open
        ("la halle aux grains reste ouverte le dimanche", "unclear"),
        ("le dossier reste à ce jour sur le bureau du préfet", "unclear"),
        # a time word inside a phrase does not hide its negation
        ("ce n'est toujours pas possible", "opposes"),
        # putting a project on hold holds it off, as "a suspendu"
        ("le projet de rocade est mis en suspens", "opposes"),
        # "tranché" with no "pas encore": a decision, no stance of its own
        ("le conseil a tranché pour le tracé nord", "unclear"),
    ],
)
def test_the_same_words_that_keep_nothing_open(content: str, expected: str) -> None:
    assert stance_of(said(content), "fr").stance == expected


def test_ne_que_restricts_and_denies_nothing() -> None:
    # "ne … que" is "only": the content is affirmed, not negated.
    statement = said(
        "le péage ne serait exigé que pour les poids lourds",
        cue="a promis",
        lemma="promettre",
    )
    reading = stance_of(statement, "fr")
    assert reading.stance == "supports"


def test_a_negation_after_ne_que_is_still_read_when_a_particle_comes_again() -> None:
    statement = said(
        "le péage ne vaudrait que pour les camions et les cars ne paieraient pas",
        cue="a promis",
        lemma="promettre",
    )
    assert stance_of(statement, "fr").stance == "opposes"


def test_a_plain_negation_is_still_a_negation() -> None:
    statement = said("le péage ne sera pas exigé des riverains", cue="a promis", lemma="promettre")
    assert stance_of(statement, "fr").stance == "opposes"
