"""Reported speech on unseen copy (eleventh pass, issue 11), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading. The texts
are invented, laid out as wire copy and regional pages write them.
"""

from __future__ import annotations

from extracted import extract


def speakers(statements) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in statements]


# -- a country named like a demonym is no person's description -------------------------------


def test_a_country_ending_like_a_demonym_speaks_as_a_place(nlp) -> None:
    text = "L'Ukraine a affirmé jeudi que les frappes sur Kherbalt avaient repris dans la nuit."
    (statement,) = extract(nlp, text)
    assert statement.content == "les frappes sur Kherbalt avaient repris dans la nuit"
    assert speakers([statement]) == ["Ukraine"]


def test_a_demonym_of_the_same_country_stays_a_person(nlp) -> None:
    text = "L'Ukrainienne a affirmé jeudi que les frappes sur Kherbalt avaient repris dans la nuit."
    (statement,) = extract(nlp, text)
    assert speakers([statement]) != ["Ukraine"]


# -- an adjunct between the auxiliary and the participle is inside the cue ---------------------


def test_an_adjunct_after_the_auxiliary_is_part_of_the_cue(nlp) -> None:
    texts = {
        "Le ministre Paul Varnier a d'ailleurs fait savoir qu'il ne se représenterait pas.": (
            "a d'ailleurs fait savoir"
        ),
        "La préfète Anne Coudray a par ailleurs indiqué que les routes resteraient fermées.": (
            "a par ailleurs indiqué"
        ),
        "La ministre a en outre assuré que le budget serait voté avant l'été.": (
            "a en outre assuré"
        ),
        "Les pompiers ont par la suite précisé que deux personnes avaient été relogées.": (
            "ont par la suite précisé"
        ),
    }
    for text, cue in texts.items():
        (statement,) = extract(nlp, text)
        assert statement.cue == cue, text


def test_an_adjunct_before_a_verb_without_auxiliary_stays_out_of_the_cue(nlp) -> None:
    text = "Par ailleurs, la préfète indique que les routes resteront fermées."
    (statement,) = extract(nlp, text)
    assert statement.cue == "indique"


def test_an_adjunct_inside_a_narrated_compound_tense_reports_nothing(nlp) -> None:
    text = "La préfète Anne Coudray a par ailleurs inauguré la nouvelle caserne des pompiers."
    assert extract(nlp, text) == []


# -- an impersonal "on" incise: the body named after it speaks --------------------------------


def test_an_impersonal_incise_speaks_for_the_place_named_after_it(nlp) -> None:
    text = (
        "Les deux hommes étaient connus des services de police, indique-t-on à la préfecture "
        "de la Somme."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "Les deux hommes étaient connus des services de police"
    assert speakers([statement]) == ["Préfecture de la Somme"]


def test_an_impersonal_incise_with_no_body_named_is_hearsay(nlp) -> None:
    text = "Le suspect a été placé en garde à vue, dit-on dans le quartier des Tanneurs."
    assert extract(nlp, text) == []


def test_words_learnt_from_a_body_are_that_body_s(nlp) -> None:
    for text in (
        "Le suspect a été placé en garde à vue, a-t-on appris auprès du parquet de Valbrune.",
        "Le suspect a été placé en garde à vue, a appris l'AFP auprès du parquet de Valbrune.",
    ):
        (statement,) = extract(nlp, text)
        assert statement.content == "Le suspect a été placé en garde à vue", text
        assert speakers([statement]) == ["Parquet de Valbrune"], text


def test_learning_something_outside_an_incise_reports_nothing(nlp) -> None:
    for text in (
        "Le maire de Valbrune a appris que sa commune serait fusionnée avec sa voisine.",
        "Le jeune homme a appris à nager auprès du maître nageur de la piscine municipale.",
    ):
        assert extract(nlp, text) == [], text


def test_an_impersonal_on_speaks_for_the_body_set_before_it(nlp) -> None:
    cases = {
        "Du côté de la mairie, on assure que les travaux seront terminés avant l'été.": "Mairie",
        "Chez Varnelec, on affirme que l'usine de Valbrune ne fermera pas.": "Varnelec",
    }
    for text, body in cases.items():
        (statement,) = extract(nlp, text)
        assert speakers([statement]) == [body], text


def test_an_impersonal_on_after_a_town_or_a_narrated_deed_reports_nothing(nlp) -> None:
    for text in (
        "À Valbrune, on assure que les travaux seront terminés avant l'été.",
        "Du côté de la mairie, on a inauguré la nouvelle piscine samedi matin.",
    ):
        assert extract(nlp, text) == [], text


# -- evaluative verbs: "s'est félicité de …", "juge la proposition insuffisante" ----------------


def test_what_someone_welcomes_is_a_statement(nlp) -> None:
    text = "Le député Marc Olivier s'est félicité de cette décision du conseil de Valbrune."
    (statement,) = extract(nlp, text)
    assert statement.cue == "s'est félicité"
    assert statement.content == "de cette décision du conseil de Valbrune"
    assert speakers([statement]) == ["Marc Olivier"]


def test_congratulating_someone_without_a_reason_reports_nothing(nlp) -> None:
    text = "Le député Marc Olivier a félicité les pompiers de Valbrune."
    assert extract(nlp, text) == []


def test_an_object_judged_with_an_evaluative_attribute_is_a_statement(nlp) -> None:
    cases = {
        "La syndicaliste Jeanne Portal juge la proposition insuffisante.": (
            "la proposition insuffisante"
        ),
        "La syndicaliste Jeanne Portal a jugé la proposition de la direction insuffisante.": (
            "la proposition de la direction insuffisante"
        ),
        "La ministre considère cette hausse des tarifs inacceptable.": (
            "cette hausse des tarifs inacceptable"
        ),
        "Le maire de Valbrune estime ce délai trop court.": "ce délai trop court",
    }
    for text, content in cases.items():
        (statement,) = extract(nlp, text)
        assert statement.content == content, text


def test_judging_a_case_or_a_person_reports_nothing(nlp) -> None:
    for text in (
        "Le tribunal correctionnel de Valbrune jugera le dossier européen en mars.",
        "La cour d'assises juge les deux accusés depuis mardi.",
    ):
        assert extract(nlp, text) == [], text


# -- the medium someone speaks to is no part of the speaker ------------------------------------


def test_the_medium_after_the_speaker_stays_out_of_the_mention(nlp) -> None:
    for text in (
        "« La fête sera annulée », a confié le maire Paul Durand à France Bleu Nord.",
        "« La fête sera annulée », a déclaré à France Bleu Nord le maire, Paul Durand.",
    ):
        (statement,) = extract(nlp, text)
        assert speakers([statement]) == ["Paul Durand"], text
        assert "Bleu" not in statement.speaker_mention, text


def test_a_medium_that_speaks_keeps_its_whole_name(nlp) -> None:
    text = "« La fête de la musique sera annulée », a annoncé France Bleu Nord."
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == "France Bleu Nord"


def test_a_participle_on_the_source_says_where_it_spoke(nlp) -> None:
    cases = {
        "Le pont de Valbrune sera fermé trois mois, selon le maire, interrogé par France Bleu "
        "Nord.": "Le pont de Valbrune sera fermé trois mois",
        "Selon le maire, interrogé par France Bleu Nord, le pont de Valbrune sera fermé trois "
        "mois.": "le pont de Valbrune sera fermé trois mois",
    }
    for text, content in cases.items():
        (statement,) = extract(nlp, text)
        assert statement.cue.lower() == "selon", text
        assert statement.content == content, text


def test_a_participle_inside_the_words_stays_in_them(nlp) -> None:
    text = "Le pont de Valbrune, fermé depuis mars, rouvrira lundi selon le maire."
    (statement,) = extract(nlp, text)
    assert statement.content == "Le pont de Valbrune, fermé depuis mars, rouvrira lundi"


# -- coordinated speakers: the mention covers both, the first one speaks ------------------------


def test_coordinated_speakers_are_one_statement_of_the_first(nlp) -> None:
    text = "Paul Durand et Marie Lenoir ont affirmé que la fête de Valbrune serait annulée."
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == "Paul Durand et Marie Lenoir"
    assert speakers([statement]) == ["Paul Durand"]


def test_coordinated_people_in_narration_report_nothing(nlp) -> None:
    text = "Paul Durand et Marie Lenoir ont inauguré la nouvelle salle des fêtes de Valbrune."
    assert extract(nlp, text) == []


# -- quotation layouts: a caption, a glued colon, a colon closing the paragraph before ---------


def test_a_caption_gives_the_quotation_to_the_person_in_it(nlp) -> None:
    for opener, closer in (('"', '"'), ("« ", " »")):
        text = (
            f"Le plus heureux : Paul Durand (entraîneur). {opener}On a tenu jusqu'au bout, "
            f"c'est énorme.{closer}"
        )
        (statement,) = extract(nlp, text)
        assert statement.content == "On a tenu jusqu'au bout, c'est énorme."
        assert speakers([statement]) == ["Paul Durand"]


def test_a_caption_naming_no_person_gives_the_quotation_to_no_one(nlp) -> None:
    text = "Au menu : Tarte Tatin (maison). « Une recette de grand-mère, simple et bonne. »"
    assert all(s.speaker is None for s in extract(nlp, text))


def test_a_colon_glued_to_the_quotation_mark_still_announces_it(nlp) -> None:
    for text in (
        'Le maire Paul Durand a réagi:"Nous ne céderons pas sur la piscine."',
        "Le maire Paul Durand a réagi :«Nous ne céderons pas sur la piscine.»",
    ):
        (statement,) = extract(nlp, text)
        assert statement.kind == "direct", text
        assert statement.content == "Nous ne céderons pas sur la piscine.", text
        assert statement.cue == "a réagi", text
        assert speakers([statement]) == ["Paul Durand"], text


def test_a_glued_colon_without_a_quotation_is_left_alone(nlp) -> None:
    doc = nlp("Rendez-vous à 14:30 devant la mairie, le cortège partira ensuite.")
    assert "14:30" in [t.text for t in doc]


def test_a_colon_closing_the_paragraph_announces_the_next_quotation(nlp) -> None:
    text = (
        "Le maire Paul Durand a affirmé que la situation de la piscine était grave. "
        "Avant de développer :\n"
        '"Nous avons tout essayé, rien n\'a marché."'
    )
    statements = extract(nlp, text)
    assert [s.content for s in statements][-1] == "Nous avons tout essayé, rien n'a marché."
    assert speakers(statements) == ["Paul Durand", "Paul Durand"]


def test_a_paragraph_of_narration_ending_on_a_full_stop_does_not_announce(nlp) -> None:
    text = (
        "Le maire Paul Durand a affirmé que la situation de la piscine était grave. "
        "Il a ensuite développé son programme.\n"
        '"Nous avons tout essayé, rien n\'a marché."'
    )
    statements = extract(nlp, text)
    assert all(s.cue != "développé" for s in statements)


def test_the_agency_a_source_speaks_to_is_no_part_of_it(nlp) -> None:
    text = (
        "L'instruction portera aussi sur le recel de documents, précise une source judiciaire "
        "à l'AFP."
    )
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == "une source judiciaire"


def test_an_agency_whose_spokesman_speaks_stays_in_the_mention(nlp) -> None:
    text = "L'enquête se poursuit à Valbrune, a déclaré le porte-parole de l'AFP."
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == "le porte-parole de l'AFP"


def test_an_impersonal_incise_names_its_body_after_du_cote_de_or_chez(nlp) -> None:
    cases = {
        "« Les salaires seront versés », assure-t-on du côté de la direction de Varnelec.": (
            "Varnelec"
        ),
        "Les salaires seront versés, assure-t-on du côté de la direction de Varnelec.": (
            "Varnelec"
        ),
        "Les salaires seront versés, indique-t-on chez Varnelec.": "Varnelec",
    }
    for text, body in cases.items():
        (statement,) = extract(nlp, text)
        assert statement.content == "Les salaires seront versés", text
        assert speakers([statement]) == [body], text


def test_an_impersonal_incise_naming_a_town_is_hearsay(nlp) -> None:
    text = "Les salaires de l'usine seront versés lundi, dit-on à Valbrune."
    assert extract(nlp, text) == []


def test_a_compound_tense_impersonal_incise_after_a_quotation(nlp) -> None:
    cases = (
        "« Les deux hommes étaient connus des services de police », a-t-on appris auprès de "
        "la préfecture de la Somme.",
        "« Les deux hommes étaient connus des services de police », a-t-on précisé à la "
        "préfecture de la Somme.",
    )
    for text in cases:
        (statement,) = extract(nlp, text)
        assert statement.content == "Les deux hommes étaient connus des services de police"
        assert speakers([statement]) == ["Préfecture de la Somme"], text


def test_a_compound_tense_impersonal_incise_naming_no_body_has_no_speaker(nlp) -> None:
    text = "« Les deux hommes étaient connus des services de police », a-t-on dit."
    assert all(s.speaker is None for s in extract(nlp, text))


def test_two_bodies_after_an_incise_verb_are_one_mention(nlp) -> None:
    for text in (
        "La fête de Valbrune sera annulée, ont annoncé la mairie et la préfecture.",
        "« La fête de Valbrune sera annulée », ont annoncé la mairie et la préfecture.",
    ):
        (statement,) = extract(nlp, text)
        assert statement.speaker_mention == "la mairie et la préfecture", text


def test_a_body_opening_the_next_clause_is_no_second_speaker(nlp) -> None:
    text = "« La fête de Valbrune sera annulée », a annoncé le maire, et la préfecture a suivi."
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == "le maire"


# -- the speaker's own infinitive adjunct after a comma ends the reported clause ---------------


def test_an_infinitive_adjunct_after_a_comma_is_the_speaker_s_own(nlp) -> None:
    text = (
        "Au syndicat des cheminots, on assure désormais que la grève n'est plus d'actualité, "
        "après avoir pourtant affirmé l'inverse pendant des semaines."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "la grève n'est plus d'actualité"


def test_an_infinitive_adjunct_without_a_comma_stays_in_the_clause(nlp) -> None:
    text = "Le maire de Valbrune a assuré que la piscine rouvrirait après avoir été rénovée."
    (statement,) = extract(nlp, text)
    assert statement.content == "la piscine rouvrirait après avoir été rénovée"
