"""Reported speech on unseen copy (tenth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from extracted import extract

from dixit.model import ExtractionRule


def test_a_complement_ends_at_its_full_stop_before_a_quotation(nlp) -> None:
    text = (
        "L'avocate a demandé que le tribunal prononce une peine avec sursis, soit deux ans "
        'au plus. "Mon client a tout perdu dans cette affaire. Il a déjà payé", '
        "a-t-elle plaidé."
    )
    reported = [s for s in extract(nlp, text) if s.method == ExtractionRule.QUE]
    assert [s.content for s in reported] == [
        "le tribunal prononce une peine avec sursis, soit deux ans au plus"
    ]
    assert reported[0].kind == "indirect"


def test_a_que_clause_does_not_swallow_the_next_sentence_quoted(nlp) -> None:
    text = (
        'La présidente estime que cette réforme est l\'une des "priorités" du mandat. '
        '"C\'est un chantier national" explique-t-elle devant les élus.'
    )
    contents = [s.content for s in extract(nlp, text)]
    assert 'cette réforme est l\'une des "priorités" du mandat' in contents
    assert "C'est un chantier national" in contents


def test_a_quotation_the_complement_opens_runs_over_its_full_stop(nlp) -> None:
    text = (
        "Le maire de Vernouillet dénonce « une décision prise dans la précipitation. "
        "Personne dans la commune n'a été consulté »."
    )
    (statement,) = extract(nlp, text)
    assert statement.content.endswith("n'a été consulté »")


def test_a_figure_put_on_a_risk_is_the_statement(nlp) -> None:
    text = (
        "L'institut Varlet, qui estimait à 40 % le risque d'une crise en début d'année, "
        "a revu sa prévision."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "à 40 % le risque d'une crise en début d'année"


def test_a_figure_after_the_thing_rated_and_a_plural_indefinite(nlp) -> None:
    contents = [
        s.content
        for text in (
            "Le ministre de l'Économie évalue les pertes à trois millions d'euros.",
            "Le gouverneur évaluait à 30 % des chances d'une reprise au printemps.",
        )
        for s in extract(nlp, text)
    ]
    assert contents == [
        "les pertes à trois millions d'euros",
        "à 30 % des chances d'une reprise au printemps",
    ]


def test_a_figure_put_by_no_one_or_with_no_number_states_nothing(nlp) -> None:
    assert extract(nlp, "Le modèle estime à 6 % la probabilité d'une récession.") == []
    assert extract(nlp, "La commission évalue les candidatures à la fin du mois.") == []


def test_a_figure_after_the_object_is_no_postposed_subject(nlp) -> None:
    text = (
        "Paul Varenne, qui dirige le service des prévisions de la banque, estime la "
        'probabilité d\'une crise à environ 15 %, "bien moins que ce que disent certains".'
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content.startswith("la probabilité d'une crise à environ 15 %")
    assert statement.speaker_mention == "Paul Varenne"


def test_a_hint_dropped_after_the_words_is_a_postposed_report(nlp) -> None:
    text = (
        "Il y aura alors un vrai risque de revoir les chauffeurs dans la rue et devant "
        "les dépôts, a-t-il laissé entendre."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.POSTPOSED
    assert statement.content.startswith("Il y aura alors un vrai risque")


def test_voices_let_heard_are_no_statement(nlp) -> None:
    text = "Les enfants de l'école ont laissé entendre leurs voix dans toute la salle des fêtes."
    assert extract(nlp, text) == []


def test_a_name_before_a_comma_set_relative_clause_is_the_cue_subject(nlp) -> None:
    text = (
        "Luc Ferrand, qui dirige l'équipe de prévision économique européenne de la société "
        "de courtage, estime que la récession est peu probable."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "la récession est peu probable"
    assert statement.speaker_mention == "Luc Ferrand"


def test_a_relative_clause_and_its_own_verb_report_alone(nlp) -> None:
    text = (
        "Luc Ferrand, qui dirige l'équipe de prévision économique européenne de la société "
        "de courtage, a quitté la banque en mars."
    )
    assert extract(nlp, text) == []


def test_words_reported_in_a_preposed_subordinate_end_at_the_main_clause(nlp) -> None:
    text = (
        "Alors qu'elle proposait une retraite pour tous à taux plein à partir de 60 ans, "
        "la candidate avait changé d'avis en février."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "une retraite pour tous à taux plein à partir de 60 ans"


def test_a_cue_of_the_main_clause_after_a_subordinate_keeps_its_words(nlp) -> None:
    text = (
        "Quand la presse est arrivée, le ministre a annoncé la fermeture de l'usine de "
        "Vernon et de son entrepôt."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "la fermeture de l'usine de Vernon et de son entrepôt"


def test_hearsay_of_a_named_source_attributes_the_words(nlp) -> None:
    contents = [
        (s.speaker_mention, s.content)
        for text in (
            "Aux dires de ses voisins, le couple vivait reclus depuis des années.",
            "Le coup est parti d'une arme tenue par son mari, il visait sa femme, selon les "
            "dires de celle-ci, mais la balle s'est finalement logée dans la vitrine.",
        )
        for s in extract(nlp, text)
    ]
    assert contents == [
        ("ses voisins", "le couple vivait reclus depuis des années"),
        ("celle-ci", "Le coup est parti d'une arme tenue par son mari, il visait sa femme"),
    ]


def test_hearsay_with_no_one_behind_it_is_no_source(nlp) -> None:
    assert extract(nlp, "Selon les dires, le couple vivait reclus depuis des années.") == []
    assert extract(nlp, "La police a recueilli les dires de la vendeuse dans la soirée.") == []
