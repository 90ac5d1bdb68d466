"""Narration taken for speech on real French copy (session 20): sayings, kinds of people,
quoted terms, written here as invented sentences.

Each case has a positive and a negative side: the narration that must give nothing, and the
neighbouring construction that must keep its statement.
"""

from __future__ import annotations

from extracted import extract

# -- "Or, qui dit pluies, dit rivières …": a saying, whoever says ------------------------------


def test_saying_opened_by_a_headless_relative_is_no_statement(nlp) -> None:
    text = "Or, qui dit grève, dit trains qui restent au dépôt."
    assert extract(nlp, text) == []


def test_clause_before_a_postposed_cue_still_reports(nlp) -> None:
    text = "Or, la grève laissera les trains au dépôt, dit le syndicat des cheminots."
    (statement,) = extract(nlp, text)
    assert statement.content == "Or, la grève laissera les trains au dépôt"
    assert statement.speaker_mention == "le syndicat des cheminots"


# -- "Ceux qui prévoyaient de partir le savent": a kind of people -------------------------------


def test_cue_in_a_relative_on_a_demonstrative_is_no_statement(nlp) -> None:
    text = (
        "Ceux qui prévoyaient de prendre le bus ce week-end le savent, la régie de Vernelle "
        "est pessimiste."
    )
    assert extract(nlp, text) == []


def test_cue_in_a_relative_on_a_named_speaker_still_reports(nlp) -> None:
    text = (
        "Paul Ravel, qui prévoyait de prendre le bus ce week-end, a annoncé qu'il irait à "
        "pied à la mairie."
    )
    statements = extract(nlp, text)
    assert "il irait à pied à la mairie" in [s.content for s in statements]


# -- "lui disent quoi faire": a bare infinitive after an interrogative word ---------------------


def test_telling_what_to_do_is_no_statement(nlp) -> None:
    text = (
        "La maire de Vernelle, Claire Dumont, dit que ce n'est pas la première fois que des "
        "messieurs lui disent quoi faire."
    )
    statements = extract(nlp, text)
    assert [s.content for s in statements] == [
        "ce n'est pas la première fois que des messieurs lui disent quoi faire"
    ]


def test_explaining_how_to_act_with_an_object_still_reports(nlp) -> None:
    text = "Le préfet a expliqué comment protéger les maisons de la crue."
    (statement,) = extract(nlp, text)
    assert statement.content == "comment protéger les maisons de la crue"


# -- "Pour d'autres habitants, …": an indefinite group after "pour" ----------------------------


def test_view_of_other_people_after_pour_is_no_statement(nlp) -> None:
    text = (
        "Pour d'autres habitants de Vernelle, la fête d'aujourd'hui est une occasion de "
        "rencontrer leur idole."
    )
    assert extract(nlp, text) == []


def test_view_of_a_named_person_after_pour_still_reports(nlp) -> None:
    text = "Pour la maire de Vernelle, la fermeture de la piscine est une erreur."
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == "la maire de Vernelle"


# -- '"Plus d'une centaine" de campeurs "évacués"': quoted terms in a line of narration -------


def test_quoted_terms_in_a_heading_are_no_statement(nlp) -> None:
    text = (
        '"Nous avons pris des mesures pour protéger la vallée", a expliqué le préfet.\n\n'
        '"Plus d\'une centaine" de campeurs "évacués"\n\n'
        'Des campings ont été fermés et "plus d\'une centaine" de campeurs "évacués".'
    )
    statements = extract(nlp, text)
    assert [s.content for s in statements] == [
        "Nous avons pris des mesures pour protéger la vallée"
    ]


def test_quotation_alone_on_its_line_stays_floating(nlp) -> None:
    text = (
        "Le préfet a pris des mesures à Vernelle.\n\n"
        '"Nous avons évacué plus d\'une centaine de campeurs cette nuit."\n\n'
        "Des campings ont été fermés au bord de la rivière."
    )
    statements = extract(nlp, text)
    assert [s.content for s in statements] == [
        "Nous avons évacué plus d'une centaine de campeurs cette nuit."
    ]
