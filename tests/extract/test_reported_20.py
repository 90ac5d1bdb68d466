"""Reported speech on real French copy (session 20): frames of unseen copy, written here as
invented sentences.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from extracted import extract

# -- "…, comme il l'a déclaré": a comparative clause with its subject before the clitic -------


def test_comparative_with_a_pronoun_subject_reports_the_clause(nlp) -> None:
    text = (
        "La commune compte désormais « le meilleur réseau cyclable du pays », comme il l'a "
        "déclaré lors de son discours."
    )
    (statement,) = extract(nlp, text)
    assert "le meilleur réseau cyclable du pays" in statement.content
    assert statement.speaker_mention == "il"


def test_comparative_with_a_named_subject_reports_the_clause(nlp) -> None:
    text = (
        "Le nouveau pont sera ouvert aux cyclistes dès le printemps, comme Paul Ravel l'a "
        "rappelé samedi à Vernelle."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "Le nouveau pont sera ouvert aux cyclistes dès le printemps"
    assert statement.speaker_mention == "Paul Ravel"


def test_comparative_of_an_act_is_no_statement(nlp) -> None:
    text = (
        "Le nouveau pont sera ouvert aux cyclistes dès le printemps, comme Paul Ravel l'a "
        "fait pour l'ancien."
    )
    assert extract(nlp, text) == []


def test_comparative_of_a_wish_is_no_statement(nlp) -> None:
    text = "Le nouveau pont sera ouvert aux cyclistes dès le printemps, comme il le souhaitait."
    assert extract(nlp, text) == []


# -- "…, comme l'explique X : « … »": the quotation after the colon is X's -------------------


def test_comparative_before_a_colon_gives_the_quotation_to_its_subject(nlp) -> None:
    text = (
        "Une journée importante, comme l'explique la maire de Vernelle, Claire Dumont : "
        "« Nous fêtons nos pompiers chaque année depuis trente ans. »"
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "Nous fêtons nos pompiers chaque année depuis trente ans."
    assert statement.speaker_mention == "la maire de Vernelle, Claire Dumont"
    assert statement.kind == "direct"


def test_comparative_of_a_narrated_list_before_a_colon_is_no_statement(nlp) -> None:
    text = (
        "La fête a lieu chaque année, comme l'an dernier à Vernelle : une parade, un bal et "
        "un feu d'artifice."
    )
    assert extract(nlp, text) == []


# -- "Pour X, « … », comme l'a affirmé Y": the comparative names the speaker -------------------


def test_comparative_after_a_pour_opener_names_the_speaker(nlp) -> None:
    text = (
        "Pour la mairie, « ce sera une personne attachée à la question sociale », comme l'a "
        "affirmé Paul Ravel lors de sa visite à Vernelle."
    )
    (statement,) = extract(nlp, text)
    assert "ce sera une personne attachée à la question sociale" in statement.content
    assert statement.speaker_mention == "Paul Ravel"


def test_pour_opener_without_a_comparative_keeps_its_source(nlp) -> None:
    text = (
        "Pour la mairie, « ce sera une personne attachée à la question sociale », et rien "
        "ne presse."
    )
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == "la mairie"


# -- "a invité … à « … » et souligné que …": a second cue sharing the first one's auxiliary ----


def test_participle_sharing_the_auxiliary_reports_for_the_same_speaker(nlp) -> None:
    text = (
        "Paul Ravel a invité tous les conseillers à « travailler ensemble » et souligné que "
        "« la ville ne pouvait plus attendre »."
    )
    statements = extract(nlp, text)
    assert [s.content for s in statements] == [
        "tous les conseillers à « travailler ensemble »",
        "« la ville ne pouvait plus attendre »",
    ]
    assert {s.speaker_mention for s in statements} == {"Paul Ravel"}


def test_participle_coordinated_with_an_act_is_no_statement(nlp) -> None:
    text = "Le projet de Paul Ravel a été lancé en mars et annoncé aux habitants en avril."
    assert extract(nlp, text) == []


# -- "a salué l'action de X, qu'elle a remerciée": a relative "que" on the cue's object --------


def test_relative_on_the_object_of_a_cue_is_no_clause(nlp) -> None:
    text = (
        "Claire Dumont a, en outre, salué l'action déterminée de la brigade fluviale, "
        "qu'elle a remerciée."
    )
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("l'action déterminée de la brigade fluviale")


def test_relative_on_people_after_a_comma_is_no_clause(nlp) -> None:
    text = "Claire Dumont a, en outre, salué les pompiers volontaires, qu'elle a remerciés."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("les pompiers volontaires")


# -- "a prévenu les pompiers qu'elle …": the one addressed, then the reported clause ---------


def test_clause_after_the_one_warned_is_reported(nlp) -> None:
    text = "Claire Dumont a prévenu les pompiers qu'elle ne signerait pas le budget."
    (statement,) = extract(nlp, text)
    assert statement.content == "elle ne signerait pas le budget"
    assert statement.speaker_mention == "Claire Dumont"


def test_relative_on_the_one_warned_is_no_clause(nlp) -> None:
    text = "Claire Dumont a prévenu les pompiers qu'elle avait rencontrés la veille."
    assert not any(s.content.startswith("elle avait") for s in extract(nlp, text))
