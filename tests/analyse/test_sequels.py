"""Constructions of real U-turn copy (round 5): the new position told right after the cue
("a fait volte-face, abandonnant l'idée de …", "en suspendant …", "et décide de …", "a dû
rétropédaler : …"), an opening "après avoir" clause whose holder is the main subject, a
cue whose object only names what was given up ("est revenu sur ses promesses"), two cue
clauses that are both the new side (a headline and its body), a pronoun after "que" that
takes up who announces, an undone participle ("en suspendant le péage instauré …"),
words of going back ("n'exclut plus", "a renié"), "volte-face" kept one token, and a seat
of power ("Matignon") one holder with the person named with its office. Invented
sentences; each construction with a case that must report nothing."""

from __future__ import annotations

import pytest

from dixit.analyse.reported import reversal_cues
from dixit.analyse.subjects import reporter_of
from dixit.core import parse

pytestmark = pytest.mark.slow


def only(found: list[dict]) -> dict:
    assert len(found) == 1, found
    return found[0]


def test_a_participle_after_the_volte_face_is_the_new_side(reversals_in) -> None:
    text = (
        "Lundi, la présidente de la région, Odile Varenne, avait menacé de supprimer les "
        "trains du soir vers Saint-Aubry. Mardi, Odile Varenne a fait une volte-face "
        "inattendue, abandonnant l'idée de supprimer ces trains."
    )
    reversal = only(reversals_in(text))
    assert "Varenne" in reversal["speaker"]["name"]
    assert reversal["after"]["content"].startswith("abandonnant l'idée")
    assert "menacé de supprimer" in reversal["before"]["content"]


def test_a_denied_volte_face_has_no_sequel(reversals_in) -> None:
    text = (
        "Lundi, la présidente de la région, Odile Varenne, avait menacé de supprimer les "
        "trains du soir vers Saint-Aubry. Mardi, Odile Varenne a démenti toute volte-face, "
        "rappelant qu'elle voulait supprimer ces trains."
    )
    assert reversals_in(text) == []


def test_a_gerund_after_a_revirement_is_the_new_side(reversals_in) -> None:
    text = (
        "En janvier, le ministre des Transports, Hugo Lambert, avait imposé un péage sur le "
        "pont de Brévanne. Hugo Lambert a opéré un revirement mercredi en suspendant le "
        "péage pour six mois."
    )
    reversal = only(reversals_in(text))
    assert "Lambert" in reversal["speaker"]["name"]
    assert reversal["after"]["content"].startswith("en suspendant le péage")


def test_a_successor_suspending_the_measure_is_no_reversal(reversals_in) -> None:
    text = (
        "En janvier, le ministre des Transports, Hugo Lambert, avait imposé un péage sur le "
        "pont de Brévanne. Son successeur, Marc Joly, a opéré un revirement mercredi en "
        "suspendant le péage pour six mois."
    )
    assert reversals_in(text) == []


def test_what_a_colon_opens_after_the_cue_is_the_new_side(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, avait promis de raser l'ancien marché couvert. "
        "Jeudi, Paul Darnac a dû rétropédaler : le marché couvert sera rénové et gardé."
    )
    reversal = only(reversals_in(text))
    assert reversal["after"]["content"].startswith("le marché couvert sera rénové")


def test_a_refusal_to_back_down_before_a_colon_is_no_reversal(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, avait promis de raser l'ancien marché couvert. "
        "Jeudi, Paul Darnac a refusé de rétropédaler : le marché couvert sera rasé."
    )
    assert reversals_in(text) == []


def test_an_opening_after_having_clause_is_held_by_the_main_subject(reversals_in) -> None:
    text = (
        "Une semaine après avoir promis une baisse des tarifs de la cantine, le maire de "
        "Lormes, Paul Darnac, a brutalement changé de cap : les tarifs augmenteront à la "
        "rentrée."
    )
    reversal = only(reversals_in(text))
    assert "Darnac" in reversal["speaker"]["name"]
    assert "promis une baisse des tarifs" in reversal["before"]["content"]
    assert "Paul Darnac" not in reversal["before"]["content"]
    assert "les tarifs augmenteront" in reversal["after"]["content"]


def test_an_opening_after_having_clause_without_a_change_is_no_reversal(reversals_in) -> None:
    text = (
        "Une semaine après avoir promis une baisse des tarifs de la cantine, le maire de "
        "Lormes, Paul Darnac, a inauguré la nouvelle salle des fêtes."
    )
    assert reversals_in(text) == []


def test_going_back_on_ones_promises_names_no_new_position(reversals_in) -> None:
    text = (
        "En mars, la maire de Brévanne, Hélène Vasseur, avait assuré qu'elle ne toucherait "
        "pas aux impôts locaux. Depuis, Hélène Vasseur est souvent revenue sur ses promesses."
    )
    assert reversals_in(text) == []


def test_going_back_on_a_promise_with_the_new_course_is_a_reversal(reversals_in) -> None:
    text = (
        "En mars, la maire de Brévanne, Hélène Vasseur, avait assuré qu'elle ne toucherait "
        "pas aux impôts locaux. Jeudi, Hélène Vasseur est revenue sur sa promesse en "
        "annonçant une hausse de la taxe foncière."
    )
    reversal = only(reversals_in(text))
    assert "une hausse de la taxe foncière" in reversal["after"]["content"]


def test_a_headline_and_its_body_giving_up_are_one_side(reversals_in) -> None:
    text = (
        "La mairie de Lormes renonce au projet de parking souterrain\n\n"
        "Le maire et son équipe renoncent à ce projet, faute d'avoir pu acheter le terrain."
    )
    assert reversals_in(text) == []


def test_an_earlier_giving_up_can_be_the_old_side(reversals_in) -> None:
    text = (
        "Mardi matin, le préfet Louis Berthier avait dit renoncer à la fermeture du pont. "
        "Mardi soir, Louis Berthier a fait marche arrière : le pont fermera en juin."
    )
    reversal = only(reversals_in(text))
    assert "renoncer à la fermeture" in reversal["before"]["content"]


def test_someone_described_by_their_tie_to_a_person_is_not_that_person(reversals_in) -> None:
    text = (
        "Selon le juge, Marc Ferrand avait affirmé qu'il voulait quitter la ville, mais "
        "qu'il avait finalement fait machine arrière. L'avocat de Marc Ferrand souhaite "
        "porter plainte contre le juge."
    )
    assert all("porter plainte" not in r["after"]["content"] for r in reversals_in(text))


def test_a_name_after_a_place_in_a_description_is_the_holder(reversals_in) -> None:
    text = (
        "La veille encore, la maire de Brévanne Hélène Vasseur excluait toute fermeture de la "
        "piscine. Jeudi, Hélène Vasseur a fait volte-face, annonçant la fermeture de la "
        "piscine en juillet."
    )
    reversal = only(reversals_in(text))
    assert "Vasseur" in reversal["speaker"]["name"]


def pronoun_holder(nlp, text: str):
    doc = parse(nlp, text)
    [pronoun] = [t for t in doc if t.text == "elle"]
    return reporter_of(pronoun)


def test_a_pronoun_after_que_takes_up_who_announces(nlp, reversals_in) -> None:
    text = (
        "Lundi, la société Brévia avait annoncé son souhait de faire payer le parking de la "
        "gare de Lormes. En fin de journée, Brévia annonçait par communiqué de presse "
        "qu'elle renonçait à ce projet."
    )
    assert pronoun_holder(nlp, text).text == "Brévia"
    reversal = only(reversals_in(text))
    assert "Brévia" in reversal["speaker"]["name"]
    assert "renonçait à ce projet" in reversal["after"]["content"]


def test_a_pronoun_of_another_gender_is_not_the_announcer(nlp, reversals_in) -> None:
    text = (
        "Lundi, la société Brévia avait annoncé son souhait de faire payer le parking de la "
        "gare de Lormes. Mardi soir, le préfet Louis Berthier annonçait qu'elle renonçait à ce "
        "projet."
    )
    assert pronoun_holder(nlp, text) is None
    assert all("Berthier" not in r["speaker"]["name"] for r in reversals_in(text))


def test_undoing_what_a_participle_says_was_set_up_is_a_turn(reversals_in) -> None:
    text = (
        "Le ministre des Transports, Hugo Lambert, a opéré un revirement mercredi en "
        "suspendant le péage instauré en janvier sur le pont de Brévanne."
    )
    reversal = only(reversals_in(text))
    assert reversal["before"]["content"].startswith("instauré en janvier")
    assert reversal["after"]["content"] == "en suspendant le péage"


def test_undoing_what_someone_else_set_up_is_no_turn(reversals_in) -> None:
    text = (
        "Le ministre des Transports, Hugo Lambert, a opéré un revirement mercredi en "
        "suspendant le péage instauré par son prédécesseur sur le pont de Brévanne."
    )
    assert reversals_in(text) == []


def test_an_infinitive_of_setting_up_after_giving_up_the_idea_is_no_earlier_side(
    reversals_in,
) -> None:
    text = (
        "La veille, la présidente de la région, Odile Varenne, avait menacé les communes du "
        "nord. Jeudi, Odile Varenne a fait volte-face, abandonnant l'idée d'instaurer une "
        "taxe sur les résidences secondaires."
    )
    reversal = only(reversals_in(text))
    assert "instaurer une taxe" in reversal["after"]["content"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Le maire n'exclut plus de fermer la piscine.", "n'exclut plus"),
        ("La ministre ne ferme plus la porte à une candidature.", "ne ferme plus la porte"),
        ("Le sénateur a renié sa promesse de campagne.", "renié"),
        ("Le député a retourné sa veste après le vote.", "retourné sa veste"),
    ],
)
def test_words_of_going_back_are_cues(text: str, cue: str) -> None:
    assert [c.text for c in reversal_cues(text, "fr")] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire exclut plus que jamais de fermer la piscine.",
        "La ministre n'a jamais renié ses engagements.",
        "Le sénateur ferme la porte à toute candidature.",
    ],
)
def test_the_same_words_holding_a_position_are_no_cue(text: str) -> None:
    assert reversal_cues(text, "fr") == []


def test_no_longer_ruling_out_after_ruling_out_is_a_reversal(reversals_in) -> None:
    text = (
        "En mars, le maire de Lormes, Paul Darnac, avait exclu toute hausse des impôts "
        "locaux. Jeudi, Paul Darnac n'exclut plus une hausse des impôts locaux en 2027."
    )
    reversal = only(reversals_in(text))
    assert "Darnac" in reversal["speaker"]["name"]
    assert "hausse des impôts locaux en 2027" in reversal["after"]["content"]


def test_volte_face_and_week_end_stay_one_token(nlp) -> None:
    words = [t.text for t in nlp.tokenizer("Volte-face ce week-end : elle a fait volte-face.")]
    assert words == ["Volte-face", "ce", "week-end", ":", "elle", "a", "fait", "volte-face", "."]


def test_other_hyphenated_words_keep_their_tokens(nlp) -> None:
    words = [t.text for t in nlp.tokenizer("Que pense-t-il de l'accord-cadre ?")]
    assert "volte-face" not in words
    assert "pense" in words and "accord" in words


SEAT = (
    "« La ligne de tram ne sera pas prolongée », avait fait valoir Matignon lundi. Mardi "
    "soir, {office} Paul Darnac a annoncé que la ligne de tram serait prolongée jusqu'à "
    "Lormes, un revirement salué par les élus."
)


def test_a_seat_of_power_and_the_person_named_with_its_office_are_one_holder(
    reversals_in,
) -> None:
    reversal = only(reversals_in(SEAT.format(office="le Premier ministre")))
    assert reversal["before"]["content"] == "La ligne de tram ne sera pas prolongée"
    assert "prolongée jusqu'à Lormes" in reversal["after"]["content"]


def test_a_person_named_with_another_office_is_not_the_seat(reversals_in) -> None:
    assert reversals_in(SEAT.format(office="le ministre des Transports")) == []


def test_an_imperfect_with_still_after_the_verb_is_an_earlier_side(reversals_in) -> None:
    text = (
        "En mars, la maire de Brévanne, Hélène Vasseur, clamait pourtant encore que la "
        "piscine resterait ouverte. Dans son bilan publié jeudi, Hélène Vasseur affirme que "
        "la piscine fermera, un revirement complet."
    )
    reversal = only(reversals_in(text))
    assert "resterait ouverte" in reversal["before"]["content"]
    assert "la piscine fermera" in reversal["after"]["content"]


def test_a_present_with_still_after_the_verb_is_no_earlier_side(reversals_in) -> None:
    text = (
        "La maire de Brévanne, Hélène Vasseur, affirme encore que la piscine restera "
        "ouverte. Dans son bilan publié jeudi, Hélène Vasseur répète que la piscine restera "
        "ouverte, sans revirement."
    )
    assert reversals_in(text) == []
