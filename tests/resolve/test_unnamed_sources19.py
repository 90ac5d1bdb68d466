"""A source the text leaves unnamed ("une source militaire à Kayes") is anonymous: the place
or body its complement names is not taken for the speaker. A spokesperson of a named body
still speaks for that body."""

from __future__ import annotations

from said_by import speakers


def test_an_unnamed_source_at_a_named_place_is_anonymous(nlp) -> None:
    text = (
        "Le gouverneur Amadou Traoré a été arrêté dans la nuit, a affirmé une source "
        "militaire à Kayes."
    )
    assert speakers(nlp, text) == [("une source militaire à Kayes", None)]


def test_sources_after_selon_naming_a_ministry_are_anonymous(nlp) -> None:
    text = (
        "Selon des sources au ministère de l'Intérieur, le scrutin sera reporté de deux semaines."
    )
    found = speakers(nlp, text)
    assert found and all(name is None for _, name in found)


def test_a_spokesperson_of_a_named_body_still_speaks_for_it(nlp) -> None:
    text = (
        "Le gouverneur Amadou Traoré a été arrêté dans la nuit, a affirmé un porte-parole "
        "de la gendarmerie de Kayes."
    )
    found = speakers(nlp, text)
    assert found and found[0][1] is not None and "Kayes" in found[0][1]


def test_an_unnamed_source_in_english_is_anonymous(english_statements) -> None:
    found = english_statements(
        "The governor was arrested overnight, a military source in Kayes said."
    )
    assert [s.speaker_mention for s in found] == ["a military source"]
    assert found[0].speaker is None


def test_an_english_spokesman_for_a_named_body_still_speaks_for_it(english_statements) -> None:
    found = english_statements(
        "The governor was arrested overnight, a spokesman for the Kessel port authority said."
    )
    assert found and found[0].speaker is not None
