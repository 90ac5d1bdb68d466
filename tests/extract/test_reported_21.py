"""Reported speech on real French copy (session 21): classes seen on three pages or more of
the study sets, written here as invented sentences.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from extracted import contents, extract

# -- a plan or a hope in the infinitive is the subject's own, no statement ------------------


def test_planning_an_infinitive_is_no_statement(nlp) -> None:
    text = "Le préfet ne prévoit pas de se rendre à Vernelle pour l'instant."
    assert extract(nlp, text) == []


def test_planned_infinitive_in_a_compound_tense_is_no_statement(nlp) -> None:
    text = "Les juges de Vernelle ont prévu de rendre leur décision dans la soirée."
    assert extract(nlp, text) == []


def test_hoping_an_infinitive_is_no_statement(nlp) -> None:
    text = "L'éleveur espère convaincre le préfet de la gravité de la situation."
    assert extract(nlp, text) == []


def test_hoping_in_a_participle_is_no_statement(nlp) -> None:
    text = "La coopérative a gagné trois clients, espérant continuer à profiter de la reprise."
    assert extract(nlp, text) == []


def test_hoping_that_still_reports(nlp) -> None:
    text = "L'éleveur espère que le préfet autorisera les pompages avant l'été."
    assert contents(extract(nlp, text)) == ["le préfet autorisera les pompages avant l'été"]


def test_foreseeing_that_still_reports(nlp) -> None:
    text = "Le syndicat prévoit que la moitié des écoles de Vernelle resteront fermées."
    assert contents(extract(nlp, text)) == ["la moitié des écoles de Vernelle resteront fermées"]


# -- "a convoqué X pour protester contre …", "a écrit à X pour lui faire part de …" ---------


def test_summoning_someone_to_protest_reports_the_protest(nlp) -> None:
    text = (
        "Le vice-ministre a convoqué lundi Paul Durand, ambassadeur de Norlande, pour "
        "protester solennellement contre les taxes imposées par le voisin."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "contre les taxes imposées par le voisin"
    assert statement.speaker_mention == "Le vice-ministre"


def test_writing_to_someone_to_denounce_reports_it(nlp) -> None:
    text = "La ministre a écrit au président de la chaîne pour dénoncer la diffusion des images."
    (statement,) = extract(nlp, text)
    assert statement.content == "la diffusion des images"
    assert statement.speaker_mention == "La ministre"


def test_summoning_hung_on_the_object_still_reports(nlp) -> None:
    text = "Le ministre a convoqué l'ambassadeur pour protester contre les taxes."
    (statement,) = extract(nlp, text)
    assert statement.content == "contre les taxes"


def test_a_plain_purpose_of_a_gathering_is_no_statement(nlp) -> None:
    text = "Les agriculteurs se sont réunis devant la mairie pour protester contre les taxes."
    assert extract(nlp, text) == []


def test_a_plain_purpose_of_a_visit_is_no_statement(nlp) -> None:
    text = "Le maire est venu à Vernelle pour dénoncer la fermeture de l'école."
    assert extract(nlp, text) == []
