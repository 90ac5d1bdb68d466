"""Reported speech of wire and court copy (seventh pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from extracted import extract

from dixit.model import ExtractionRule


def test_a_requested_sentence_is_the_prosecutors_statement(nlp) -> None:
    text = "Le procureur Henri Lachaume a demandé mardi six ans de prison contre le trésorier."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "six ans de prison contre le trésorier"
    assert statement.speaker_mention == "Le procureur Henri Lachaume"


def test_a_request_foreseen_by_a_modal_is_no_statement(nlp) -> None:
    text = (
        "Si les jurés acquittent l'accusé, la partie civile devrait demander un nouveau procès. "
        "La ministre doit annoncer jeudi un plan pour les hôpitaux de la région."
    )
    assert extract(nlp, text) == []


def test_a_modal_in_the_past_still_reports(nlp) -> None:
    text = "Le maire de Valnoir a dû reconnaître que le chantier avait pris du retard."
    (statement,) = extract(nlp, text)
    assert statement.content == "le chantier avait pris du retard"


def test_a_reaffirmed_position_is_a_statement(nlp) -> None:
    text = "Le gouverneur Paul Ardent a réaffirmé son attachement à l'indépendance de la banque."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "son attachement à l'indépendance de la banque"


def test_a_reaffirmed_topic_alone_is_no_statement(nlp) -> None:
    assert extract(nlp, "Le gouverneur Paul Ardent a réaffirmé ce point.") == []


def test_a_plea_after_an_incidental_is_the_lawyers_statement(nlp) -> None:
    text = "Ses avocats ont, par conséquent, plaidé l'acquittement de leur client."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "l'acquittement de leur client"
    assert statement.speaker_mention == "Ses avocats"


def test_pleading_for_hours_reports_nothing(nlp) -> None:
    assert extract(nlp, "Les deux avocats ont plaidé pendant trois heures.") == []


def test_a_relative_clause_on_the_subject_is_no_clause_before_an_incise(nlp) -> None:
    text = (
        "Plus tôt dans la journée, la procureure, qui avait souligné les incohérences du "
        "prévenu, avait réclamé une peine de huit ans de prison."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "une peine de huit ans de prison"
    assert statement.speaker_mention == "la procureure"


def test_a_clause_with_a_relative_before_an_incise_stays_postposed(nlp) -> None:
    text = "Le chantier, qui avait pris du retard, sera achevé en mai, a annoncé la maire."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.POSTPOSED
    assert statement.content == "Le chantier, qui avait pris du retard, sera achevé en mai"


def test_a_participle_with_its_agent_inside_a_clause_is_no_incise(nlp) -> None:
    text = (
        "Un diplomate autrichien a assuré jeudi que l'appel à la trêve, lancé par la Suisse "
        "et l'Autriche, était une avancée majeure."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.QUE
    assert statement.speaker_mention == "Un diplomate autrichien"


def test_an_incise_followed_by_a_participle_and_its_agent_still_reports(nlp) -> None:
    text = (
        "La trêve tiendra jusqu'à dimanche, a déclaré le porte-parole Marc Olin, cité par "
        "l'agence Belga."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.POSTPOSED
    assert statement.content == "La trêve tiendra jusqu'à dimanche"


def test_an_infinitive_of_purpose_after_an_incise_is_no_content(nlp) -> None:
    text = "« Nous irons jusqu'au bout », a-t-elle lancé pour conclure la réunion."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.INCISE
    assert statement.content == "Nous irons jusqu'au bout"


def test_an_infinitive_after_the_cues_own_preposition_is_content(nlp) -> None:
    text = "L'avocate a plaidé pour rejuger l'affaire devant une autre cour."
    (statement,) = extract(nlp, text)
    assert statement.content.endswith("rejuger l'affaire devant une autre cour")


def test_going_on_doing_something_is_narration(nlp) -> None:
    text = "Malgré la défaite, les supporters continuent de chanter dans les rues de Valmont."
    assert extract(nlp, text) == []


def test_going_on_saying_something_reports(nlp) -> None:
    text = "Le maire de Valmont continue d'affirmer que le projet de stade est viable."
    (statement,) = extract(nlp, text)
    assert statement.content == "le projet de stade est viable"
    assert statement.speaker_mention == "Le maire de Valmont"


def test_a_cue_in_a_condition_with_a_future_main_clause_reports_nothing(nlp) -> None:
    text = "Si le tribunal rejette sa requête, l'association fera appel dès lundi."
    assert extract(nlp, text) == []


def test_a_cue_in_a_contrastive_si_clause_reports(nlp) -> None:
    text = "Si le libéral assure apprendre le flamand, il répond encore en français."
    (statement,) = extract(nlp, text)
    assert statement.content == "apprendre le flamand"


def test_a_comparison_with_que_is_no_reported_clause(nlp) -> None:
    assert extract(nlp, "La banque centrale se montre plus optimiste que prévu cette année.") == []


def test_an_attribute_with_its_own_que_clause_still_reports(nlp) -> None:
    text = "La syndique Léa Morand s'est dite convaincue que la grève sera suivie."
    (statement,) = extract(nlp, text)
    assert statement.content.endswith("que la grève sera suivie")


def test_a_quoted_slogan_object_is_kept_from_its_opening_mark(nlp) -> None:
    text = "Des centaines de manifestants ont scandé « à bas la corruption » devant le parlement."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("« à bas la corruption »")


def test_a_quoted_word_before_the_object_is_no_opening_of_it(nlp) -> None:
    text = "Le délégué syndical a dénoncé jeudi le « mépris » de la direction envers les salariés."
    (statement,) = extract(nlp, text)
    assert statement.content == "le « mépris » de la direction envers les salariés"


def test_a_quoted_sentence_right_after_the_cue_is_its_complement(nlp) -> None:
    text = (
        "À l'issue de l'audience, l'ancien maire de Valnoir a déclaré "
        '"Je regrette profondément ce qui s\'est passé".'
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.PREPOSED
    assert statement.kind == "direct"
    assert statement.content == "Je regrette profondément ce qui s'est passé"


def test_a_quoted_noun_phrase_right_after_the_cue_stays_its_object(nlp) -> None:
    text = "Le délégué Paul Ferrand a dénoncé « une dérive autoritaire » de la direction."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT


def test_a_comparative_incise_with_clitics_takes_no_object(nlp) -> None:
    text = (
        "Les délégués ont critiqué la direction de l'usine, comme le lui a demandé le "
        "conseil municipal."
    )
    statements = extract(nlp, text)
    assert all(s.cue_lemma != "demander" for s in statements)


def test_a_comparative_clause_with_its_own_subject_still_reports(nlp) -> None:
    text = "Comme il l'avait promis, le maire de Valnoir a demandé une enquête sur le chantier."
    (statement,) = extract(nlp, text)
    assert statement.content == "une enquête sur le chantier"


def test_a_quoted_call_after_a_comma_set_date_is_the_call(nlp) -> None:
    text = (
        "La Suisse et l'Autriche, qui jouent un rôle de médiatrices dans la crise, ont "
        "appelé, samedi 3 avril, « à la retenue » et à une « trêve immédiate » entre les "
        "deux camps."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == (
        "« à la retenue » et à une « trêve immédiate » entre les deux camps"
    )
    assert statement.speaker_mention == "La Suisse et l'Autriche"


def test_calling_someone_after_a_comma_set_date_is_no_call_to_anything(nlp) -> None:
    assert extract(nlp, "Le maire a appelé, samedi 3 avril, les pompiers du canton.") == []


def test_a_bare_participle_after_the_object_describes_it(nlp) -> None:
    text = (
        "La Valdorie a demandé une réunion d'urgence du Conseil de sécurité, prévue "
        "vendredi à New York."
    )
    (statement,) = extract(nlp, text)
    assert statement.content.endswith("prévue vendredi à New York")


def test_a_present_participle_after_the_object_is_narration(nlp) -> None:
    text = (
        "Le maire de Valnoir a annoncé la fermeture du pont, déclenchant la colère des riverains."
    )
    statements = extract(nlp, text)
    assert statements[0].content == "la fermeture du pont"
