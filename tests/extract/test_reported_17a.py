"""Reported speech missed on fresh real copy (session 17, recall), on sentences written for the
test.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading. The texts are
invented, laid out as wire copy and regional pages write them.
"""

from __future__ import annotations

from extracted import extract


def by_cue(statements) -> dict[str, str]:
    return {s.cue: s.content for s in statements}


# -- a day, a venue or an occasion between the cue and its noun-phrase object ------------------


def test_an_object_after_a_day_and_a_venue_is_the_statement(nlp) -> None:
    text = (
        "La ministre, Claire Dumas, a condamné lundi sur les réseaux sociaux l'incendie "
        "volontaire de la mairie de Vernelle et a promis une enquête rapide."
    )
    found = by_cue(extract(nlp, text))
    assert found["a condamné"] == "l'incendie volontaire de la mairie de Vernelle"
    assert found["a promis"] == "une enquête rapide"


def test_an_object_after_an_occasion_is_the_statement(nlp) -> None:
    text = (
        "La préfète a annoncé mardi lors d'une conférence de presse la fermeture du pont de "
        "Vernelle."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "la fermeture du pont de Vernelle"
    assert statement.speaker_mention == "La préfète"


def test_a_plural_object_after_a_date_opens_on_its_article(nlp) -> None:
    text = (
        "La mairie a démenti vendredi 12 mars des informations du quotidien local sur la "
        "fermeture de l'école."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == ("des informations du quotidien local sur la fermeture de l'école")


def test_a_verb_that_reports_nothing_keeps_its_object_after_an_occasion(nlp) -> None:
    text = "Le maire a inauguré mardi lors d'une cérémonie la nouvelle salle des fêtes."
    assert extract(nlp, text) == []


def test_des_after_an_adverb_of_a_verb_without_object_is_no_object(nlp) -> None:
    text = "Au marché, on parle désormais des « anciens » et des « nouveaux » comme de deux clans."
    assert extract(nlp, text) == []


def test_a_que_clause_after_the_day_and_an_incidental_keeps_its_reading(nlp) -> None:
    text = "La préfète a annoncé mardi à Vernelle, lors d'une visite, que le pont rouvrira en juin."
    (statement,) = extract(nlp, text)
    assert statement.content == "le pont rouvrira en juin"


# -- "a fustigé le « mépris de l'État », qu'il juge …": a relative "que" on the object ---------


def test_a_relative_on_the_object_is_part_of_the_object(nlp) -> None:
    text = (
        "Le maire a fustigé le « mépris de l'État », qu'il juge responsable de la fermeture "
        "du bureau de poste."
    )
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("le « mépris de l'État »")


def test_a_relative_on_a_prepositional_object_is_no_reported_clause(nlp) -> None:
    text = "L'association se réjouit de la rencontre que le maire a organisée avec les riverains."
    statements = extract(nlp, text)
    assert all(not s.content.startswith("le maire a organisée") for s in statements)


def test_a_que_clause_after_those_addressed_keeps_its_reading(nlp) -> None:
    text = "La directrice a rappelé aux parents que la cantine resterait ouverte."
    (statement,) = extract(nlp, text)
    assert statement.content == "la cantine resterait ouverte"


def test_a_claim_noun_keeps_its_own_clause(nlp) -> None:
    text = "Le ministre a rejeté l'idée que la réforme soit abandonnée."
    (statement,) = extract(nlp, text)
    assert statement.content == "l'idée que la réforme soit abandonnée"


# -- "a affirmé à l'agence Belga souhaiter que …": a bare infinitive after the one addressed ----


def test_a_bare_infinitive_after_the_agency_addressed_is_the_statement(nlp) -> None:
    text = (
        "M. Lefort a affirmé à l'agence Belga souhaiter que les mesures soient élargies à la "
        "périphérie."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "souhaiter que les mesures soient élargies à la périphérie"
    assert statement.speaker_mention == "M. Lefort"


def test_an_infinitive_describing_a_place_after_a_cue_is_no_statement(nlp) -> None:
    text = "La maire a parlé à la salle comble pendant une heure."
    assert extract(nlp, text) == []


# -- "a appelé, une fois de plus, les pays à agir": a call after a comma-set phrase -------------


def test_a_call_after_a_comma_set_phrase_is_the_statement(nlp) -> None:
    text = (
        "Le directeur de l'OMS a appelé, une fois de plus, les pays à agir pour contenir "
        "l'épidémie."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "les pays à agir pour contenir l'épidémie"


def test_a_name_called_after_a_comma_set_phrase_is_no_call(nlp) -> None:
    text = "Le maire a appelé, comme chaque matin, son adjoint au téléphone."
    assert extract(nlp, text) == []


# -- "Le tribunal a condamné un homme à deux ans de prison": a judgment, no statement -----------


def test_a_sentence_passed_by_a_court_is_no_statement(nlp) -> None:
    text = "Le tribunal correctionnel a condamné lundi un homme de 30 ans à deux ans de prison."
    assert extract(nlp, text) == []


def test_a_court_ordering_a_payment_is_no_statement(nlp) -> None:
    text = "Le tribunal a condamné la société à verser 10 000 euros aux victimes."
    assert extract(nlp, text) == []


def test_a_condemnation_of_an_act_in_a_town_still_reports(nlp) -> None:
    text = "Le maire a condamné l'agression d'un pompier à Vernelle."
    (statement,) = extract(nlp, text)
    assert statement.content == "l'agression d'un pompier à Vernelle"


# -- "La réforme est, selon le ministre, indispensable …": a source inside a verbless rest ------


def test_a_source_between_a_copula_and_its_attribute_reports_the_whole_clause(nlp) -> None:
    text = "La réforme est, selon le ministre, indispensable à l'équilibre des comptes."
    (statement,) = extract(nlp, text)
    assert statement.content == (
        "La réforme est, selon le ministre, indispensable à l'équilibre des comptes"
    )
    assert statement.speaker_mention == "le ministre"


def test_a_source_before_a_relative_appendix_reports_the_whole_sentence(nlp) -> None:
    text = "Trois personnes ont été blessées, selon les pompiers, dont une grièvement."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("Trois personnes ont été blessées")
    assert statement.content.endswith("dont une grièvement")


def test_a_norm_between_a_verb_and_its_route_is_no_source(nlp) -> None:
    text = "Le cortège est parti, selon l'horaire prévu, vers la frontière."
    assert extract(nlp, text) == []


def test_a_law_between_a_copula_and_its_attribute_is_no_source(nlp) -> None:
    text = "Le projet est, selon la loi, soumis à enquête publique."
    assert extract(nlp, text) == []


# -- "Il a par ailleurs annoncé …": the subject hung on the auxiliary -------------------------


def test_a_subject_on_the_auxiliary_before_an_adverbial_speaks(nlp) -> None:
    text = "Il a par ailleurs annoncé avoir ouvert une enquête."
    (statement,) = extract(nlp, text)
    assert statement.content == "avoir ouvert une enquête"
    assert statement.speaker_mention == "Il"


def test_the_auxiliary_of_a_verb_that_reports_nothing_gives_no_speaker(nlp) -> None:
    text = "Il a par ailleurs ouvert une enquête."
    assert extract(nlp, text) == []


# -- "Le parquet rappelle, néanmoins, que …": a cue the tagger reads as an adjective -----------


def test_a_mistagged_cue_before_an_adverb_between_commas_reports(nlp) -> None:
    text = "Le parquet rappelle, néanmoins, qu'ils sont tous les deux présumés innocents."
    (statement,) = extract(nlp, text)
    assert statement.content == "ils sont tous les deux présumés innocents"
    assert statement.speaker_mention == "Le parquet"


def test_the_same_form_without_a_subject_before_it_reports_nothing(nlp) -> None:
    text = "Une rappelle, néanmoins, que tout est prévu."
    assert extract(nlp, text) == []


# -- "Il s'agit de dénoncer …": the expletive of "s'agir" speaks for no one --------------------


def test_a_cue_under_il_s_agit_de_is_no_statement(nlp) -> None:
    text = "Il s'agit de dénoncer une injustice."
    assert extract(nlp, text) == []


def test_a_person_who_acts_to_denounce_keeps_the_reported_clause(nlp) -> None:
    text = "Le maire a dit qu'il agit pour dénoncer une injustice."
    (statement,) = extract(nlp, text)
    assert statement.content == "il agit pour dénoncer une injustice"


# -- "Les sages, qui étaient réunis hier, invitent …": no incise after the verb's own subject ----


def test_the_verbs_own_subject_before_the_comma_is_no_words_told(nlp) -> None:
    text = (
        "Les anciens du parti, qui étaient en conférence de presse hier, invitent donc les "
        "recalés à «s'en tenir au choix du chef» et à s'abstenir de verser dans les "
        "«invectives» qui avaient pollué les réunions."
    )
    statements = extract(nlp, text)
    assert all(not s.content.startswith("Les anciens du parti") for s in statements)


def test_a_clause_before_a_postposed_cue_is_still_the_words(nlp) -> None:
    text = "Le musée rendra les masques, a annoncé sa directrice."
    (statement,) = extract(nlp, text)
    assert statement.content == "Le musée rendra les masques"
