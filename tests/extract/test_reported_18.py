"""Reported speech on real French copy (session 18, statement recall): constructions found
frequent on fresh pages, written here as invented sentences.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from extracted import contents, extract

# -- idioms of action made with a cue verb and its object --------------------------------------


def test_announcing_the_colour_is_no_statement(nlp) -> None:
    text = "Le nouvel entraîneur, Paul Ravel, a annoncé la couleur dès son arrivée au club."
    assert extract(nlp, text) == []


def test_announcing_a_closure_is_still_a_statement(nlp) -> None:
    text = "Le nouvel entraîneur, Paul Ravel, a annoncé la fermeture du centre dès son arrivée."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("la fermeture du centre")


def test_beating_the_odds_is_no_denial(nlp) -> None:
    text = "Le club de Vernelle a démenti les pronostics en battant le leader samedi."
    assert extract(nlp, text) == []


def test_denying_reports_is_still_a_statement(nlp) -> None:
    text = "Le club de Vernelle a démenti samedi la vente prochaine du stade municipal."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("la vente prochaine du stade")


def test_living_up_to_a_status_is_no_confirmation(nlp) -> None:
    text = "La joueuse Claire Dumont a confirmé son statut de favorite en remportant le tournoi."
    assert extract(nlp, text) == []


def test_confirming_a_departure_is_still_a_statement(nlp) -> None:
    text = "La joueuse Claire Dumont a confirmé son départ du club de Vernelle en fin de saison."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("son départ du club")


def test_scouting_the_ground_is_no_admission(nlp) -> None:
    text = "Les pompiers de Vernelle ont reconnu le terrain avant l'opération de sauvetage."
    assert extract(nlp, text) == []


# -- "selon" with a likelihood: the writer's hedge ---------------------------------------------


def test_selon_toute_vraisemblance_names_no_source(nlp) -> None:
    text = "Selon toute vraisemblance, le match de Vernelle sera reporté à la semaine prochaine."
    assert extract(nlp, text) == []


def test_selon_a_club_names_its_source(nlp) -> None:
    text = "Selon le club, le match de Vernelle sera reporté à la semaine prochaine."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("le match de Vernelle sera reporté")


# -- "se montrer" + an adjective in -ant that the tagger reads as a verb -----------------------


def test_a_feminine_adjective_in_ante_after_se_montrer_is_the_position(nlp) -> None:
    text = "La présidente Claire Dumont s'est montrée confiante quant à l'issue des négociations."
    (statement,) = extract(nlp, text)
    assert statement.content == "confiante quant à l'issue des négociations"


def test_an_adjective_in_ant_hung_as_a_clause_is_the_position(nlp) -> None:
    text = "Le président Paul Ravel s'est montré confiant quant à l'issue des négociations."
    (statement,) = extract(nlp, text)
    assert statement.content == "confiant quant à l'issue des négociations"


def test_a_bare_adjective_in_ante_after_se_montrer_is_a_manner(nlp) -> None:
    text = "La maire Claire Dumont s'est montrée souriante."
    assert extract(nlp, text) == []


def test_a_gerund_after_se_montrer_is_no_attribute(nlp) -> None:
    text = "La maire Claire Dumont s'est montrée en courant devant les caméras."
    assert extract(nlp, text) == []


# -- "Après avoir affirmé que …, X a …": a perfect infinitive opening the sentence -------------


def test_a_perfect_infinitive_cue_speaks_for_the_main_subject(nlp) -> None:
    text = (
        "Après avoir longtemps affirmé que l'usine de Vernelle resterait ouverte, la direction "
        "a annoncé mardi sa fermeture."
    )
    found = {s.content: s.speaker_mention for s in extract(nlp, text)}
    assert found["l'usine de Vernelle resterait ouverte"] == "la direction"


def test_a_perfect_infinitive_cue_ends_at_the_main_clause(nlp) -> None:
    text = (
        "Après avoir assuré qu'il ne serait pas candidat, le maire de Vernelle, Paul Ravel, "
        "s'est finalement présenté."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "il ne serait pas candidat"
    assert "maire" in statement.speaker_mention or "Ravel" in statement.speaker_mention


def test_a_perfect_infinitive_of_a_verb_of_action_reports_nothing(nlp) -> None:
    text = (
        "Après avoir visité l'usine de Vernelle, la ministre a déclaré que le site serait "
        "modernisé."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "le site serait modernisé"


# -- stance nouns as the object of a verb that reports only with them --------------------------


def test_apologies_presented_are_a_statement(nlp) -> None:
    text = "La ministre Claire Dumont a présenté ses excuses aux familles au nom de l'État."
    (statement,) = extract(nlp, text)
    assert statement.content == "ses excuses aux familles au nom de l'État"
    assert statement.speaker_mention == "La ministre Claire Dumont"


def test_condolences_and_congratulations_are_statements(nlp) -> None:
    text = (
        "Le maire de Vernelle, Paul Ravel, a adressé ses félicitations aux lauréats du "
        "concours et a présenté ses condoléances à la famille du gardien."
    )
    assert contents(extract(nlp, text)) == [
        "ses félicitations aux lauréats du concours",
        "ses condoléances à la famille du gardien",
    ]


def test_support_displayed_is_a_statement(nlp) -> None:
    text = "La sénatrice Claire Dumont a affiché son soutien au projet de tramway de Vernelle."
    (statement,) = extract(nlp, text)
    assert statement.content == "son soutien au projet de tramway de Vernelle"


def test_presenting_a_budget_or_sending_a_letter_reports_nothing(nlp) -> None:
    text = (
        "Le maire de Vernelle, Paul Ravel, a présenté son budget aux élus mardi, puis a "
        "adressé une lettre aux habitants."
    )
    assert extract(nlp, text) == []


def test_presenting_oneself_as_a_candidate_reports_nothing(nlp) -> None:
    text = "La conseillère Claire Dumont s'est présentée candidate à la mairie de Vernelle."
    assert extract(nlp, text) == []


# -- "être d'avis que …" -------------------------------------------------------------------


def test_etre_d_avis_que_reports_a_position(nlp) -> None:
    text = "La maire Claire Dumont était d'avis qu'il fallait attendre le rapport de Vernelle."
    (statement,) = extract(nlp, text)
    assert statement.content == "il fallait attendre le rapport de Vernelle"
    assert "Claire Dumont" in statement.speaker_mention


def test_etre_d_usage_que_reports_nothing(nlp) -> None:
    text = "À Vernelle, il est d'usage que la doyenne du conseil ouvre la première séance."
    assert extract(nlp, text) == []


# -- more stance nouns after a verb of saying ------------------------------------------------


def test_discontent_said_is_a_statement(nlp) -> None:
    text = "Le maire de Vernelle, Paul Ravel, a dit son mécontentement au préfet mardi."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("son mécontentement")


def test_a_surprise_party_said_nothing(nlp) -> None:
    text = "Le maire de Vernelle, Paul Ravel, a organisé une surprise pour les aînés mardi."
    assert extract(nlp, text) == []
