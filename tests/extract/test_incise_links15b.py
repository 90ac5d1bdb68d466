"""An incise whose euphonic "-t-" is misspelt in the copy ("a-til", "a-t'il"), session 15.

The tokenizer cuts the pronoun off its link, so the incise keeps its pronoun and its speaker.
The texts are invented, laid out as wire copy writes them.
"""

from __future__ import annotations

import pytest
from extracted import extract


@pytest.mark.parametrize(
    "incise",
    [
        pytest.param("a-til ajouté", id="no-second-hyphen"),
        pytest.param("a-t'il ajouté", id="an-apostrophe"),
        pytest.param("a t-il ajouté", id="a-space-for-the-first-hyphen"),
        pytest.param("a-t’elle ajouté", id="a-curly-apostrophe"),
        pytest.param("a-telle ajouté", id="feminine-no-second-hyphen"),
    ],
)
def test_a_misspelt_link_keeps_the_incise(nlp, incise: str) -> None:
    text = (
        "Odile Marsan, maire de Brastel, a reçu les riverains mardi.\n\n"
        f"« Nous irons jusqu'au bout des travaux », {incise}."
    )
    (statement,) = extract(nlp, text)
    assert statement.kind == "direct"
    assert statement.content == "Nous irons jusqu'au bout des travaux"
    assert statement.speaker_mention in {"il", "elle"}
    assert statement.cue == incise


@pytest.mark.parametrize(
    "word",
    ["a-til", "a-t'il"],
)
def test_a_misspelt_link_is_cut_into_link_and_pronoun(nlp, word: str) -> None:
    doc = nlp(f"Le maire {word} ajouté quelque chose.")
    assert [t.text for t in doc][2:5] == ["a", word[1:-2], "il"]


def test_a_subject_pronoun_in_narration_is_no_incise(nlp) -> None:
    # "il" as the plain subject of the next sentence, not glued to a link: narration.
    text = (
        "Le slogan « Nous irons jusqu'au bout des travaux » est resté. Il a été peint sur le "
        "mur de la mairie de Brastel."
    )
    assert extract(nlp, text) == []


def test_a_word_ending_in_til_is_not_cut(nlp) -> None:
    # Only a link after a hyphen is cut: "outil", "gentil" stay whole.
    doc = nlp("Le gentil outil du jardinier a été volé.")
    assert [t.text for t in doc][:4] == ["Le", "gentil", "outil", "du"]
