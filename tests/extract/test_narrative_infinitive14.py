""" "Et de + infinitive" opening its own paragraph (session 14): "Et d'ajouter que …" goes
on with the speaker of the paragraph before, whatever ends that paragraph (an incise, a
place, a medium), with or without a quotation in the reported words.

The sentences are invented; the layout is that of news copy.
"""

from __future__ import annotations

import pytest
from extracted import extract


@pytest.mark.parametrize(
    ("first", "content"),
    [
        pytest.param(
            "Le syndicat Sud-Rail a dénoncé la gestion de la compagnie dans un communiqué.",
            "les seules mesures prises par la direction sont des sanctions",
            id="after-a-paragraph-that-ends-on-its-report",
        ),
        pytest.param(
            "Il s'agit d'une faute « grave et répétée », a dénoncé le syndicat Sud-Rail "
            "dans un communiqué.",
            "les seules mesures prises par la direction sont des sanctions",
            id="after-an-incise-and-a-medium",
        ),
    ],
)
def test_et_de_opening_a_paragraph_goes_on_with_the_speaker_before(
    nlp, first: str, content: str
) -> None:
    text = f"{first}\n\nEt d'ajouter que {content}.\n"
    found = extract(nlp, text)
    [added] = [s for s in found if s.cue == "ajouter"]
    assert added.content == content
    assert added.speaker is not None and "Sud-Rail" in added.speaker.name


def test_a_quotation_after_et_de_que_is_reported_too(nlp) -> None:
    text = (
        "Le syndicat Sud-Rail a dénoncé la gestion de la compagnie dans un communiqué.\n\n"
        "Et d'ajouter que « les seules mesures prises par la direction sont des "
        "sanctions », mettant en garde contre la politique menée.\n"
    )
    [added] = [s for s in extract(nlp, text) if s.cue == "ajouter"]
    assert added.kind == "mixed"
    assert added.speaker is not None and "Sud-Rail" in added.speaker.name


def test_a_paragraph_of_narration_after_a_report_is_not_continued(nlp) -> None:
    text = (
        "Le syndicat Sud-Rail a dénoncé la gestion de la compagnie dans un communiqué.\n\n"
        "Et de nombreux trains ont été supprimés dans la matinée.\n"
    )
    found = extract(nlp, text)
    assert [s.cue for s in found] == ["a dénoncé"]


def test_a_paragraph_opening_on_a_participle_of_saying_and_a_colon_goes_on(nlp) -> None:
    text = (
        "« Nous avons manqué de réalisme », a reconnu l'entraîneur Paul Garnier en "
        "conférence de presse.\n\n"
        "Poursuivant ensuite son analyse : « Il faut vraiment que l'on se renforce "
        "rapidement. »\n"
    )
    found = extract(nlp, text)
    assert [s.speaker.name if s.speaker else None for s in found] == ["Paul Garnier"] * 2


def test_pour_and_an_infinitive_opening_a_sentence_is_no_source(nlp) -> None:
    text = "Pour finir, Paul Garnier a regretté les deux buts encaissés sur coup de pied arrêté."
    assert [s.cue for s in extract(nlp, text)] == ["a regretté"]
