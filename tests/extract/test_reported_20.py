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


# -- "… selon lui, « … »": the clause before the source and the quotation after it -----------


def test_source_without_a_comma_reports_the_clause_and_the_quotation(nlp) -> None:
    text = (
        "Un dispositif spécial a été mis en place selon lui, « la caserne de Vernelle a "
        "mobilisé cinquante pompiers »."
    )
    statements = extract(nlp, text)
    assert [s.content for s in statements] == [
        "Un dispositif spécial a été mis en place",
        "la caserne de Vernelle a mobilisé cinquante pompiers",
    ]
    assert {s.speaker_mention for s in statements} == {"lui"}


def test_quotation_inside_the_clause_after_the_source_stays_in_it(nlp) -> None:
    text = "Selon lui, « la caserne de Vernelle » a mobilisé cinquante pompiers."
    (statement,) = extract(nlp, text)
    assert statement.content == "« la caserne de Vernelle » a mobilisé cinquante pompiers"


# -- '« … 200 mm. » Ces pompiers …': a quotation closing its sentence ends the written one -----


def test_sentence_after_a_closed_quotation_is_its_own(nlp) -> None:
    text = (
        "La crue a surpris les habitants. « Il est tombé 200 mm en une nuit. » Ces pompiers "
        "sont en lien avec des experts météo, selon Paul Ravel."
    )
    statements = extract(nlp, text)
    assert [s.content for s in statements] == ["Ces pompiers sont en lien avec des experts météo"]


def test_incise_after_a_closed_quotation_still_reports_it(nlp) -> None:
    text = "« Nous partons demain pour Vernelle. » a dit Paul Ravel."
    (statement,) = extract(nlp, text)
    assert statement.content == "Nous partons demain pour Vernelle."
    assert statement.speaker_mention == "Paul Ravel"


# -- "selon cette dernière": the one last named ------------------------------------------------


def test_source_named_as_the_last_mentioned_reports(nlp) -> None:
    text = (
        "Plusieurs médias évoquent un accord, dont la radio locale. Les deux parties ont "
        "confirmé l'entrée en vigueur de l'accord, selon cette dernière."
    )
    statements = extract(nlp, text)
    assert any(
        s.content == "Les deux parties ont confirmé l'entrée en vigueur de l'accord"
        and s.speaker_mention == "cette dernière"
        for s in statements
    )


def test_last_before_a_noun_is_no_pointer(nlp) -> None:
    text = "La grève sera reconduite selon cette dernière étude du ministère."
    assert all(s.speaker_mention != "cette dernière" for s in extract(nlp, text))


# -- "une théorie des enquêteurs, selon laquelle …": the claim agreeing with the pronoun ----


def test_claim_with_its_holder_reports_the_relative_clause(nlp) -> None:
    text = (
        "Elle est en prison en raison d'une théorie totalement fumeuse des enquêteurs belges, "
        "selon laquelle elle aurait fourni des armes."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "elle aurait fourni des armes"
    assert statement.speaker_mention == "une théorie totalement fumeuse des enquêteurs belges"


def test_claim_without_a_holder_reports_nothing(nlp) -> None:
    text = (
        "Elle est en prison en raison d'une théorie fumeuse, selon laquelle elle aurait "
        "fourni des armes."
    )
    assert extract(nlp, text) == []


# -- "Titre, selon les médias": a verbless headline with its source -----------------------------


def test_headline_with_its_source_reports_once(nlp) -> None:
    line = "Vernelle dans la tourmente après la fermeture de l'usine, selon la presse locale"
    text = f"{line}\n{line}\nLa pression monte contre la mairie."
    (statement,) = extract(nlp, text)
    assert statement.content == "Vernelle dans la tourmente après la fermeture de l'usine"
    assert statement.speaker_mention == "la presse locale"


def test_verbless_sentence_with_a_source_in_the_body_reports_nothing(nlp) -> None:
    text = (
        "La pression monte contre la mairie. Vernelle dans la tourmente après la fermeture "
        "de l'usine, selon la presse locale."
    )
    assert all(not s.content.startswith("Vernelle") for s in extract(nlp, text))


# -- "Le mouvement X a annoncé lundi soir un …": a body named after its kind noun -------------


def test_body_named_after_its_kind_announces_an_object(nlp) -> None:
    text = "Le mouvement écologiste Vertmonde a annoncé lundi soir une trêve entre les deux camps."
    (statement,) = extract(nlp, text)
    assert statement.content == "une trêve entre les deux camps"
    assert statement.speaker_mention == "Le mouvement écologiste Vertmonde"


def test_kind_noun_without_a_name_announces_no_object(nlp) -> None:
    text = "Le mouvement écologiste a annoncé lundi soir une trêve entre les deux camps."
    assert extract(nlp, text) == []


# -- "a profité de la réunion pour annoncer que …": what was done on the occasion -------------


def test_announcing_on_an_occasion_seized_reports(nlp) -> None:
    text = (
        "Le gouvernement a profité de cette réunion pour annoncer qu'il relançait le projet de "
        "tramway."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "il relançait le projet de tramway"
    assert statement.speaker_mention == "Le gouvernement"


def test_gathering_to_announce_is_no_statement(nlp) -> None:
    text = (
        "Les habitants se sont réunis devant la mairie pour annoncer qu'ils relançaient le "
        "projet de tramway."
    )
    assert extract(nlp, text) == []
