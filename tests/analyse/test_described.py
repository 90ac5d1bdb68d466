"""Constructions of real U-turn copy (round 8): a holder known only by a description the
article never binds to a name ("le maire a finalement fait volte-face", "la direction …"),
and a fronted "Alors qu'il avait promis …, X a …" whose pronoun takes up the main clause's
subject. Invented sentences; each construction with a case that must report nothing: a
promise kept, a successor, a demonstrative or indefinite holder."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def only(found: list[dict]) -> dict:
    assert len(found) == 1, found
    return found[0]


def test_a_fronted_promise_set_against_a_volte_face(reversals_in) -> None:
    text = (
        "Alors qu'il avait promis qu'il ne fermerait pas la piscine de Brévanne, le maire "
        "a finalement fait volte-face, ce lundi."
    )
    reversal = only(reversals_in(text))
    assert reversal["speaker"]["name"] == "maire"
    assert reversal["before"]["content"].startswith("avait promis qu'il ne fermerait")
    assert "volte-face" in reversal["after"]["content"]


def test_a_fronted_promise_kept_is_no_reversal(reversals_in) -> None:
    text = (
        "Alors qu'il avait promis qu'il ne fermerait pas la piscine de Brévanne, le maire "
        "a tenu parole ce lundi."
    )
    assert reversals_in(text) == []


def test_a_successor_after_a_fronted_promise_is_no_reversal(reversals_in) -> None:
    text = (
        "Alors qu'il avait promis qu'il ne fermerait pas la piscine de Brévanne, son "
        "successeur a finalement fait volte-face, ce lundi."
    )
    assert reversals_in(text) == []


def test_a_short_description_takes_up_the_full_one(reversals_in) -> None:
    text = (
        "La direction de la laiterie de Vernoux avait annoncé la suppression de quarante "
        "postes en mars. Revirement jeudi : la direction renonce à toute suppression de "
        "poste et maintient l'équipe de nuit."
    )
    reversal = only(reversals_in(text))
    # The short description takes up the full one, which the resolver made the body.
    assert "Vernoux" in reversal["speaker"]["name"]
    assert "suppression de quarante" in reversal["before"]["content"]
    assert reversal["after"]["content"].startswith("renonce à toute suppression")


def test_a_body_repeating_its_plan_in_other_words_is_no_reversal(reversals_in) -> None:
    text = (
        "La direction de la laiterie de Vernoux avait annoncé la suppression de quarante "
        "postes en mars. Jeudi, la direction a confirmé que quarante postes seraient "
        "supprimés d'ici l'été."
    )
    assert reversals_in(text) == []


def test_an_indefinite_official_is_no_holder(reversals_in) -> None:
    text = (
        "Un ministre avait promis de rouvrir la ligne de Saint-Aubry. Volte-face jeudi : "
        "un ministre a renoncé à rouvrir la ligne."
    )
    assert reversals_in(text) == []


def test_a_refusal_then_acceptance_after_avant_de(reversals_in) -> None:
    text = (
        "Le maire de Lormes avait d'abord refusé de vendre le terrain de la gare, avant "
        "d'accepter l'offre de la région."
    )
    reversal = only(reversals_in(text))
    assert "maire" in reversal["speaker"]["name"]
    assert "refusé de vendre" in reversal["before"]["content"]
    assert reversal["after"]["content"].startswith("avant d'accepter")


def test_a_reluctance_overcome_at_last_after_avant_de(reversals_in) -> None:
    text = (
        "L'ancien gouverneur de la province aurait rechigné à signer cet accord avant de "
        "finalement se laisser convaincre par la présidente Ada Morel."
    )
    reversal = only(reversals_in(text))
    assert "gouverneur" in reversal["speaker"]["name"]
    assert "rechigné à signer" in reversal["before"]["content"]


def test_two_steps_of_one_position_after_avant_de_are_no_reversal(reversals_in) -> None:
    text = (
        "Le maire de Lormes a d'abord salué l'offre de la région, avant d'accepter de "
        "signer la vente du terrain de la gare."
    )
    assert reversals_in(text) == []


def test_a_third_party_convinced_after_avant_de_is_no_reversal(reversals_in) -> None:
    text = (
        "Le maire de Lormes avait d'abord refusé de vendre le terrain de la gare, avant "
        "que la préfète n'accepte l'offre de la région."
    )
    assert reversals_in(text) == []


def test_a_bare_marche_arriere_after_a_promise_is_the_new_side(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, avait promis de raser l'ancien marché couvert. "
        "Jeudi, Paul Darnac a fait marche arrière."
    )
    reversal = only(reversals_in(text))
    assert reversal["before"]["content"].startswith("avait promis de raser")
    assert reversal["after"]["content"] == "a fait marche arrière"
    # The words say the position is now the other one.
    assert reversal["before"]["stance"] == "supports"
    assert reversal["after"]["stance"] == "opposes"


def test_a_refusal_to_back_down_is_no_bare_new_side(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, avait promis de raser l'ancien marché couvert. "
        "Jeudi, Paul Darnac a refusé de faire marche arrière."
    )
    assert reversals_in(text) == []


def test_a_successor_backing_down_is_no_reversal(reversals_in) -> None:
    text = (
        "La ministre Ada Morel avait promis de raser l'ancien marché couvert. Jeudi, son "
        "successeur a fait marche arrière."
    )
    assert reversals_in(text) == []


def test_a_bare_cue_without_an_earlier_position_is_no_reversal(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, veut raser l'ancien marché couvert. Jeudi, "
        "Paul Darnac a fait marche arrière."
    )
    assert reversals_in(text) == []


def test_a_quote_after_a_bare_cue_is_the_new_side(reversals_in) -> None:
    text = (
        "Le maire de Lormes, Paul Darnac, avait promis de raser l'ancien marché couvert. "
        "Jeudi, Paul Darnac a fait marche arrière. « Le marché couvert sera rénové et "
        "gardé », a déclaré Paul Darnac."
    )
    reversal = only(reversals_in(text))
    assert reversal["after"]["content"].startswith("Le marché couvert sera rénové")


def test_an_imperfect_after_et_shares_the_pluperfect_before_it(reversals_in) -> None:
    text = (
        "Depuis son élection, le président Hugo Lambert est devenu maître dans l'art de la "
        "volte-face. En campagne, il avait vivement critiqué le péage du pont de Brévanne, "
        "et déclarait vouloir « supprimer ce péage ». Président, il estime qu'il faut "
        "seulement « réduire » le péage."
    )
    reversal = only(reversals_in(text))
    assert "Lambert" in reversal["speaker"]["name"]
    assert reversal["before"]["content"].startswith("vouloir « supprimer")
    assert "réduire" in reversal["after"]["content"]


def test_an_imperfect_with_its_own_subject_after_et_is_not_set_earlier(reversals_in) -> None:
    text = (
        "Depuis son élection, le président Hugo Lambert est devenu maître dans l'art de la "
        "volte-face. En campagne, son rival Paul Darnac avait vivement critiqué le péage du "
        "pont de Brévanne, et Hugo Lambert déclarait vouloir « supprimer ce péage ». "
        "Président, Hugo Lambert estime qu'il faut seulement « réduire » le péage."
    )
    assert reversals_in(text) == []


def test_the_main_clause_after_a_fronted_revirement_is_the_new_side(reversals_in) -> None:
    text = (
        "La direction de la laiterie de Vernoux avait promis de garder l'équipe de nuit. "
        "Revirement de dernière minute, la direction a supprimé l'équipe de nuit."
    )
    reversal = only(reversals_in(text))
    assert "Vernoux" in reversal["speaker"]["name"]
    assert reversal["after"]["content"] == "a supprimé l'équipe de nuit"


def test_a_third_party_after_a_fronted_revirement_is_no_reversal(reversals_in) -> None:
    text = (
        "La direction de la laiterie de Vernoux avait promis de garder l'équipe de nuit. "
        "Revirement de dernière minute, la préfète a supprimé l'équipe de nuit."
    )
    assert reversals_in(text) == []


def test_a_denied_fronted_revirement_is_no_reversal(reversals_in) -> None:
    text = (
        "La direction de la laiterie de Vernoux avait promis de garder l'équipe de nuit. "
        "Pas de revirement, la direction a confirmé qu'elle garderait l'équipe de nuit."
    )
    assert reversals_in(text) == []


@pytest.mark.parametrize(
    "turn",
    [
        "Jeudi, Paul Darnac s'est dédit : le marché couvert sera rénové et gardé.",
        "Jeudi, Paul Darnac a fait demi-tour : le marché couvert sera rénové et gardé.",
        "Jeudi, Paul Darnac a battu en retraite : le marché couvert sera rénové et gardé.",
        "Jeudi, Paul Darnac se déjuge : le marché couvert sera rénové et gardé.",
    ],
)
def test_words_of_going_back_on_ones_word(reversals_in, turn: str) -> None:
    text = (
        "En mars, le maire de Lormes, Paul Darnac, avait promis de raser l'ancien marché "
        "couvert. " + turn
    )
    reversal = only(reversals_in(text))
    assert "Darnac" in reversal["speaker"]["name"]
    assert "marché couvert sera rénové" in reversal["after"]["content"]


def test_no_longer_opposed_is_a_change(reversals_in) -> None:
    text = (
        "En mars, le maire de Lormes, Paul Darnac, s'était dit opposé à la piscine. Jeudi, "
        "Paul Darnac a affirmé qu'il n'est plus opposé à la piscine."
    )
    reversal = only(reversals_in(text))
    assert reversal["before"]["stance"] == "opposes"
    assert reversal["after"]["stance"] == "open"


@pytest.mark.parametrize(
    "turn",
    [
        "Jeudi, Paul Darnac a démenti se dédire : le marché couvert sera rasé.",
        "Jeudi, Paul Darnac n'a pas fait demi-tour : le marché couvert sera rasé.",
    ],
)
def test_a_denied_or_negated_going_back_is_no_reversal(reversals_in, turn: str) -> None:
    text = (
        "En mars, le maire de Lormes, Paul Darnac, avait promis de raser l'ancien marché "
        "couvert. " + turn
    )
    assert reversals_in(text) == []


def test_a_driver_turning_round_is_no_reversal(reversals_in) -> None:
    text = (
        "Le conducteur a fait demi-tour devant le barrage de Lormes. Selon les gendarmes, "
        "il roulait sans permis."
    )
    assert reversals_in(text) == []


def test_the_announcement_told_after_a_revirement_is_never_an_old_side(reversals_in) -> None:
    text = (
        "La mairie de Lormes a dû opérer un revirement express, ce mardi soir, en annonçant "
        "qu'elle maintiendrait le marché couvert. La mairie de Lormes avait fait savoir "
        "plus tôt qu'elle allait renoncer au marché couvert. Pour la mairie de Lormes, le "
        "marché n'avait plus de raison d'être."
    )
    for reversal in reversals_in(text):
        assert "maintiendrait" not in reversal["before"]["content"]


def test_a_gerund_in_the_next_sentence_is_no_sequel() -> None:
    from dixit.analyse.reported import ReversalCue, tells_sequel
    from dixit.model import Statement

    def gerund_after(text: str) -> bool:
        cue_at = text.index("revirement")
        cue = ReversalCue("revirement", cue_at, cue_at + len("revirement"))
        at = text.index("annonçant")
        statement = Statement(
            article="t",
            kind="indirect",
            content="le maintien du marché",
            content_span=(at + 10, at + 31),
            cue="annonçant",
            cue_span=(at, at + 9),
        )
        return tells_sequel(statement, cue, text, "fr")

    assert gerund_after(
        "La mairie a opéré un revirement, mardi, en annonçant le maintien du marché."
    )
    assert not gerund_after(
        "La mairie a opéré un revirement. En annonçant le maintien du marché, X …"
    )
