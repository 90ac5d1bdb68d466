"""Reversal words of session 10: reworking one's plan ("a revu sa copie"), correcting one's
line ("a corrigé le tir"), giving ground ("lâche du lest"), thinking better of it ("s'est
ravisée"), turning back ("rebrousse chemin"). Invented sentences; each with cases that must
report nothing (a denied change, a third party's change, the same words about something
else)."""

from __future__ import annotations

import pytest

from dixit.analyse.reported import reversal_cues

pytestmark = pytest.mark.slow


def cue_texts(text: str) -> list[str]:
    return [c.text for c in reversal_cues(text, "fr")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mardi, la ministre a revu sa copie.", "revu sa copie"),
        ("Le gouvernement révise sa position sur les péages.", "révise sa position"),
        ("Face aux critiques, la mairie a corrigé le tir.", "corrigé le tir"),
        ("La direction lâche du lest sur les horaires.", "lâche du lest"),
        ("Elle s'est ravisée dans la soirée.", "s'est ravisée"),
        ("Le syndicat rebrousse chemin.", "rebrousse chemin"),
    ],
)
def test_reworking_ones_line_is_a_cue(text: str, cue: str) -> None:
    assert cue_texts(text) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Le professeur a corrigé les copies du bac.",
        "Le tireur a corrigé sa visée avant le tir.",
        "Le ballon lâché par le gardien a fini au fond.",
        "Le navire a largué du lest pour passer le banc de sable.",
    ],
)
def test_the_same_words_about_something_else_are_no_cue(text: str) -> None:
    assert cue_texts(text) == []


def test_a_plan_reworked_after_a_promise(reversals_in) -> None:
    text = (
        "Le maire de Vernoux, Paul Darnac, avait promis de maintenir la fête du village. "
        "Mardi, il a revu sa copie et a annulé la fête."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Darnac"
    assert "maintenir la fête" in reversal["before"]["content"]
    assert "annulé la fête" in reversal["after"]["content"]


def test_a_line_corrected_after_a_colon(reversals_in) -> None:
    text = (
        "La présidente de la région, Hélène Morvan, avait juré que la ligne de car "
        "resterait gratuite. Elle a finalement corrigé le tir : la ligne sera payante dès "
        "janvier."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Hélène Morvan"
    assert "resterait gratuite" in reversal["before"]["content"]
    assert "payante" in reversal["after"]["content"]


def test_ground_given_after_a_quoted_refusal(reversals_in) -> None:
    text = (
        "« Nous ne toucherons pas aux horaires », avait assuré le directeur de l'usine, "
        "Marc Lévêque. Face à la grève, il a lâché du lest et accepte de revoir le planning."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Marc Lévêque"
    assert "revoir le planning" in reversal["after"]["content"]


def test_a_denied_rework_is_none(reversals_in) -> None:
    text = (
        "Le maire de Vernoux, Paul Darnac, dément avoir revu sa copie : « La fête aura "
        "lieu », assure-t-il."
    )
    assert reversals_in(text) == []


def test_a_third_partys_rework_is_none(reversals_in) -> None:
    text = (
        "Le maire de Vernoux, Paul Darnac, avait promis la rénovation de la piscine. Le "
        "préfet, Jean Aubert, a revu sa copie et a suspendu le chantier."
    )
    assert reversals_in(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("La ministre est revenue mardi sur sa décision.", "revenue mardi sur"),
        ("Le maire est revenu jeudi soir sur sa promesse.", "revenu jeudi soir sur"),
    ],
)
def test_a_day_inside_a_cue_of_several_words(text: str, cue: str) -> None:
    assert cue_texts(text) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "La ministre n'est pas revenue mardi sur sa décision.",
        "La ministre est revenue mardi sur le sujet.",
    ],
)
def test_a_day_inside_a_denied_or_topic_cue_is_still_none(text: str) -> None:
    assert cue_texts(text) == []


def test_a_weak_cue_keeps_its_adverb() -> None:
    [cue] = reversal_cues("Le maire a finalement renoncé.", "fr")
    assert cue.text == "finalement renoncé" and cue.weak


def test_words_taken_back_after_a_pluperfect_claim(reversals_in) -> None:
    text = (
        "Mardi, le maire de Lormes, Paul Darnac, avait qualifié les manifestants de "
        "« casseurs ». Jeudi, il a retiré ses propos : « Je me suis trompé, ce sont des "
        "parents inquiets. »"
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Paul Darnac"
    assert "casseurs" in reversal["before"]["content"]
    assert "parents inquiets" in reversal["after"]["content"]


def test_an_apology_for_a_delay_with_no_claim_is_none(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, a présenté ses excuses aux parents pour le "
        "retard du car scolaire, dû à une panne."
    )
    assert reversals_in(text) == []


def test_a_denied_retraction_is_none(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, dément avoir retiré ses propos : « Je maintiens "
        "ce que j'ai dit », a-t-il insisté."
    )
    assert reversals_in(text) == []


def test_a_decision_given_up_a_day_after_the_cue_verb(reversals_in) -> None:
    text = (
        "La ministre de la Culture, Anne Morvan, est revenue mardi sur sa décision de "
        "fermer le musée de Vernoux."
    )
    [reversal] = reversals_in(text)
    assert reversal["speaker"]["name"] == "Anne Morvan"
    assert "fermer le musée" in reversal["before"]["content"]
