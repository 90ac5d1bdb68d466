"""Reported speech on unseen copy (eighth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from extracted import extract

from dixit.model import ExtractionRule


def test_the_writers_own_saying_is_no_statement(nlp) -> None:
    text = "En arrivant à la séance, j'ai dit que je voulais lire le règlement de la commune."
    assert extract(nlp, text) == []


def test_a_third_person_saying_the_same_is_a_statement(nlp) -> None:
    text = "En arrivant à la séance, il a dit qu'il voulait lire le règlement de la commune."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.QUE
    assert statement.content == "il voulait lire le règlement de la commune"


def test_an_impersonal_aside_of_the_writer_is_no_statement(nlp) -> None:
    text = (
        "Il faut dire que la commune de Valnoir a connu trois crues depuis l'hiver dernier. "
        "Il convient de rappeler que le pont a été fermé en mars."
    )
    assert extract(nlp, text) == []


def test_a_speaker_who_says_it_is_needed_still_reports(nlp) -> None:
    text = "Le maire de Valnoir a dit qu'il fallait rouvrir le pont avant l'été."
    (statement,) = extract(nlp, text)
    assert statement.content == "il fallait rouvrir le pont avant l'été"
    assert statement.speaker_mention == "Le maire de Valnoir"


def test_a_negated_confirmation_of_a_noun_says_nothing(nlp) -> None:
    text = (
        "La direction de l'usine ne confirme pas ce chiffre. "
        "Les syndicats n'ont pas encore annoncé le nom de leurs délégués."
    )
    assert extract(nlp, text) == []


def test_a_confirmation_of_a_noun_is_a_statement(nlp) -> None:
    text = "La direction de l'usine confirme la fermeture du site de Valnoir."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "la fermeture du site de Valnoir"


def test_a_possibility_left_open_is_still_a_statement(nlp) -> None:
    text = "La préfète n'a pas exclu la fermeture des écoles de la vallée."
    (statement,) = extract(nlp, text)
    assert statement.content == "la fermeture des écoles de la vallée"


def test_a_negated_confirmation_with_a_clause_still_reports(nlp) -> None:
    text = "La gendarmerie ne confirme pas que l'incendie était criminel."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.QUE
    assert statement.content == "l'incendie était criminel"


def test_a_participle_after_a_scare_quote_is_no_incise(nlp) -> None:
    text = (
        "Un homme « dangereux », accusé de plusieurs vols dans le quartier de la gare, "
        "a été arrêté lundi."
    )
    assert extract(nlp, text) == []


def test_an_incise_with_its_auxiliary_is_kept(nlp) -> None:
    text = "« Cet homme est dangereux », a déclaré lundi la procureure de Valnoir."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.INCISE
    assert statement.content == "Cet homme est dangereux"


def test_alors_que_after_an_incise_opens_no_reported_clause(nlp) -> None:
    text = (
        "« Le calme doit revenir », clame encore Paul Verdier, alors que la région "
        "s'inquiète d'un nouvel incendie."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.INCISE
    assert statement.content == "Le calme doit revenir"


def test_a_que_clause_after_the_same_cue_is_kept(nlp) -> None:
    text = "Paul Verdier clame que la région s'inquiète d'un nouvel incendie."
    (statement,) = extract(nlp, text)
    assert statement.content == "la région s'inquiète d'un nouvel incendie"


def test_selon_a_norm_names_no_source(nlp) -> None:
    text = (
        "La défense réplique que la requête n'est pas fondée selon les règles du droit. "
        "Les loyers varient fortement à Valnoir, selon les cas."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.QUE
    assert statement.content == "la requête n'est pas fondée selon les règles du droit"


def test_selon_a_person_names_the_source(nlp) -> None:
    text = "Les loyers varient fortement à Valnoir, selon le maire."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.PREPOSITION
    assert statement.speaker_mention == "le maire"


def test_a_reiterated_wish_is_a_statement(nlp) -> None:
    text = "Le bourgmestre Paul Verdier a fermement réitéré son souhait d'être associé aux travaux."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "son souhait d'être associé aux travaux"


def test_a_reiterated_topic_alone_is_no_statement(nlp) -> None:
    assert extract(nlp, "Le bourgmestre Paul Verdier a réitéré ce point.") == []


def test_a_second_cue_coordinated_after_a_que_clause_is_its_own_report(nlp) -> None:
    text = (
        "La Couronne conclut que le préjudice allégué repose sur des hypothèses et invite "
        "le juge à rejeter la requête de l'accusé."
    )
    first, second = extract(nlp, text)
    assert first.content == "le préjudice allégué repose sur des hypothèses"
    assert second.content == "le juge à rejeter la requête de l'accusé"
    assert second.speaker_mention == "La Couronne"


def test_a_verb_coordinated_inside_the_clause_stays_in_it(nlp) -> None:
    text = "La maire explique que les riverains attendaient depuis mai et avaient perdu patience."
    (statement,) = extract(nlp, text)
    assert statement.content == "les riverains attendaient depuis mai et avaient perdu patience"


def test_a_participle_right_after_a_quotation_reports_for_the_one_quoted(nlp) -> None:
    text = (
        "Le ministre Paul Verdier était l'invité de la radio locale mardi. "
        "« Cette hausse restera plus forte qu'avant », expliquant que les prix tourneront "
        "désormais autour de 3 %."
    )
    quotation, clause = extract(nlp, text)
    assert quotation.content == "Cette hausse restera plus forte qu'avant"
    assert quotation.speaker_mention is None  # not a word inside the quotation
    assert clause.content == "les prix tourneront désormais autour de 3 %"
    assert clause.speaker_mention is None


def test_a_participle_of_narration_after_a_quotation_reports_nothing(nlp) -> None:
    text = (
        "Le ministre Paul Verdier était l'invité de la radio locale mardi. "
        "« Cette hausse restera plus forte qu'avant », rappelant les chiffres de l'hiver."
    )
    (quotation,) = extract(nlp, text)
    assert quotation.content == "Cette hausse restera plus forte qu'avant"


def test_a_headline_naming_a_source_before_a_clause_is_a_statement(nlp) -> None:
    text = (
        "Une source policière : les deux suspects ont quitté la région de Valnoir\n"
        "Les gendarmes ont lancé un appel à témoins lundi."
    )
    statements = extract(nlp, text)
    assert statements[0].method == ExtractionRule.HEADLINE
    assert statements[0].content == "les deux suspects ont quitté la région de Valnoir"
    assert statements[0].speaker_mention == "Une source policière"


def test_a_headline_naming_its_topic_before_a_clause_is_none(nlp) -> None:
    text = (
        "Lenoir : le parquet n'était pas informé du projet de fuite\n"
        "Les gendarmes ont lancé un appel à témoins lundi."
    )
    assert extract(nlp, text) == []


def test_a_headline_whose_clause_has_a_thing_as_subject_keeps_its_speaker(nlp) -> None:
    text = (
        "Ardoin : nos soldats ne défendront pas la frontière, un accord « impossible »\n"
        "Le président s'est exprimé lundi."
    )
    statements = extract(nlp, text)
    assert statements[0].method == ExtractionRule.HEADLINE
    assert statements[0].speaker_mention == "Ardoin"


def test_a_quotation_printed_with_inner_spaces_opening_a_paragraph(nlp) -> None:
    text = (
        "Le coach de Valnoir était satisfait après le match.\n"
        '" Je suis content des efforts de mes joueurs. Nous avons bien défendu. " '
        "a déclaré Paul Verdier."
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.INCISE
    assert (
        statement.content == "Je suis content des efforts de mes joueurs. Nous avons bien défendu."
    )


def test_spaced_straight_quotes_inside_a_sentence_open_nothing(nlp) -> None:
    text = 'Le club a aligné un " petit " effectif " cette " saison, a-t-il regretté.'
    statements = extract(nlp, text)
    assert [s.method for s in statements] == [ExtractionRule.POSTPOSED]


def test_a_belgian_mayor_is_a_speaker_for_an_object(nlp) -> None:
    text = "Le bourgmestre de Valnoir a réitéré son soutien aux commerçants du centre."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "son soutien aux commerçants du centre"


def test_a_thing_that_reiterates_is_no_speaker(nlp) -> None:
    assert extract(nlp, "La chorale de Valnoir a réitéré son concert de Noël.") == []


def test_a_cleft_sentence_points_back_at_the_statement(nlp) -> None:
    text = (
        "La ministre du Logement devrait présenter des excuses aux locataires.\n"
        "C'est ce qu'a réclamé le Parti vert lundi à la suite d'une erreur de son cabinet."
    )
    (statement,) = extract(nlp, text)
    assert (
        statement.content == "La ministre du Logement devrait présenter des excuses aux locataires"
    )
    assert statement.speaker_mention == "le Parti vert"


def test_a_cleft_of_cause_or_of_reading_reports_nothing(nlp) -> None:
    text = (
        "Le pont de Valnoir est fermé depuis mars. C'est pourquoi le maire a déclaré l'état "
        "d'urgence. Les loyers vont baisser. C'est ce qu'on peut lire mardi dans la gazette."
    )
    statements = extract(nlp, text)
    assert all(s.method != ExtractionRule.POSTPOSED for s in statements)


def test_a_quotation_runs_over_unmarked_paragraphs_to_its_closing_mark(nlp) -> None:
    text = (
        "Les joueurs se sont arrêtés au micro après le match.\n\n"
        "Paul Verdier: \"On avait besoin d'un peu de chance pendant ce match. Contre Valnoir, "
        "on encaissait dans les arrêts de jeu.\n\n"
        "Je trouve qu'on ne joue pas si mal que cela. Le but adverse est superbe.\n\n"
        "Les gens peuvent critiquer notre recrutement mais ils doivent soutenir l'équipe.\"\n"
        "Le président du club était aussi présent."
    )
    contents = [s.content for s in extract(nlp, text)]
    assert contents[1] == "Je trouve qu'on ne joue pas si mal que cela. Le but adverse est superbe."
    assert len(contents) == 3


def test_an_unclosed_quotation_before_a_paragraph_with_a_quotation_of_its_own_stops(
    nlp,
) -> None:
    text = (
        "Paul Verdier: \"On avait besoin d'un peu de chance pendant ce match.\n\n"
        "Le club de Valnoir reste quatrième du classement.\n\n"
        'Le capitaine a salué un "groupe solide" après la rencontre.'
    )
    contents = [s.content for s in extract(nlp, text)]
    assert "Le club de Valnoir reste quatrième du classement." not in contents


def test_a_paragraph_closed_after_a_colon_is_a_quotation_that_lost_its_opener(nlp) -> None:
    text = (
        "Marie Lenoir raconte :\n"
        "Quand j'ai commencé, j'ai voulu lire le règlement. Le maire m'a interrompue ».\n"
        "En face, le maire n'a pas les mêmes souvenirs."
    )
    (statement,) = extract(nlp, text)
    assert statement.kind == "direct"
    assert statement.speaker_mention == "Marie Lenoir"
    assert statement.content.startswith("Quand j'ai commencé")


def test_a_closing_mark_after_narration_opens_no_quotation(nlp) -> None:
    text = (
        "Le conseil municipal de Valnoir s'est réuni lundi.\n"
        "Les élus ont voté le budget de la commune ».\n"
        "La séance a été levée à minuit."
    )
    assert extract(nlp, text) == []


def test_a_gerund_cue_reports_its_bare_infinitive(nlp) -> None:
    text = (
        "La présidente de la banque a reconnu jeudi que l'inflation était plus forte, tout en "
        "répétant tabler sur un ralentissement des prix d'ici la fin de l'année."
    )
    reported, repeated = extract(nlp, text)
    assert reported.content == "l'inflation était plus forte"
    assert repeated.content == "tabler sur un ralentissement des prix d'ici la fin de l'année"
    assert repeated.speaker_mention == "La présidente de la banque"


def test_a_gerund_of_motion_before_an_infinitive_reports_nothing(nlp) -> None:
    assert extract(nlp, "Le maire de Valnoir est reparti en courant rejoindre sa voiture.") == []


def test_a_cleft_naming_a_view_and_its_holder_points_back(nlp) -> None:
    text = (
        "La ville de Valnoir manque de logements sociaux. C'est aussi le constat de la "
        "Fondation Lenoir, qui publie son rapport annuel."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "La ville de Valnoir manque de logements sociaux"
    assert statement.speaker_mention == "la Fondation Lenoir"


def test_a_cleft_naming_a_mood_without_a_holder_reports_nothing(nlp) -> None:
    text = (
        "La neige tombera lundi sur la vallée. C'est le sentiment général dans les stations. "
        "Le pont est fermé depuis mars. C'est l'avis de tous."
    )
    assert extract(nlp, text) == []


def test_a_colon_after_an_opening_participle_gives_the_main_subject(nlp) -> None:
    text = (
        "Interrogée sur le budget, la maire de Valnoir a livré son analyse : "
        "« Nous n'avons plus aucune marge de manoeuvre cette année. »"
    )
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.PREPOSED
    assert statement.speaker_mention == "la maire de Valnoir"


def test_a_colon_after_narration_without_a_person_gives_no_speaker(nlp) -> None:
    text = (
        "La maire de Valnoir a parlé lundi. Touchée par la crue, la vallée a livré son "
        "verdict : « Nous n'avons plus aucune marge de manoeuvre cette année. »"
    )
    statements = extract(nlp, text)
    assert all(s.speaker_mention != "la vallée" for s in statements)


def test_a_subheading_quoting_words_in_a_clause_is_a_statement(nlp) -> None:
    text = (
        "La société Valnoir a présenté ses comptes à ses actionnaires lundi.\n"
        "Les chiffres ne seront pas publiés pour « des raisons de concurrence »\n"
        "Le directeur a refusé d'en dire plus."
    )
    statements = extract(nlp, text)
    assert [s.content for s in statements if s.kind == "mixed"] == [
        "Les chiffres ne seront pas publiés pour « des raisons de concurrence »"
    ]


def test_a_label_with_a_scare_quote_or_a_name_in_marks_is_none(nlp) -> None:
    text = (
        "Le ministère convoque l'ambassadeur après les propos « inacceptables » du général\n"
        "Propos « menaçants »\n"
        "Le stade « Jean Ardoin » sera rénové cet été\n"
        "Les travaux commenceront en mai."
    )
    assert extract(nlp, text) == []


def test_a_finite_incise_the_tagger_reads_as_a_participle_is_kept(nlp) -> None:
    """ "lance à la cour Me X": "lance" is no participle of "lancer" (that is "lancé")."""
    text = "« Mon client n'a jamais menti », lance à la cour Me Paul Verrier."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.INCISE
    assert statement.content == "Mon client n'a jamais menti"
