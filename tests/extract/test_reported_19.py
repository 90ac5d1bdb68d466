"""Reported speech on real French copy (session 19, indirect and mixed statements):
constructions found missed on fresh pages, written here as invented sentences.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from extracted import extract

# -- "demande à Y de …": the request after the one addressed ---------------------------------


def test_asking_someone_to_act_reports_the_request(nlp) -> None:
    text = (
        "La maire de Vernelle, Claire Dumont, demande même au nouveau préfet de l'inviter "
        "à la réunion."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "de l'inviter à la réunion"
    assert statement.speaker_mention == "La maire de Vernelle, Claire Dumont"


def test_asking_colleagues_to_vote_reports_the_request(nlp) -> None:
    text = "Paul Ravel a demandé à ses collègues de voter contre le budget de Vernelle."
    (statement,) = extract(nlp, text)
    assert statement.content == "de voter contre le budget de Vernelle"


def test_asking_for_a_right_keeps_the_whole_object(nlp) -> None:
    text = "Le syndicat des pêcheurs a demandé le droit de manifester devant la mairie de Vernelle."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("le droit de manifester")


# -- "protestent contre …": the protest's object -------------------------------------------------


def test_protesting_against_a_measure_reports_it(nlp) -> None:
    text = "Les pêcheurs de Vernelle protestent contre les quotas fixés par la préfecture."
    (statement,) = extract(nlp, text)
    assert statement.content == "contre les quotas fixés par la préfecture"


def test_protesting_after_an_adjunct_reports_it(nlp) -> None:
    text = (
        "Les pêcheurs de Vernelle protestent en premier lieu contre les quotas et les zones "
        "interdites fixés par la préfecture."
    )
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("contre les quotas et les zones interdites")


def test_gathering_to_protest_is_no_statement(nlp) -> None:
    text = "Les pêcheurs de Vernelle se sont rassemblés samedi pour protester contre les quotas."
    assert extract(nlp, text) == []


# -- "revient sur …": what one comments on ------------------------------------------------------


def test_coming_back_to_a_defeat_reports_the_comment(nlp) -> None:
    text = "Le capitaine Paul Ravel revient sur les erreurs qui ont coûté le match à son équipe."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("les erreurs qui ont coûté le match")


def test_going_back_on_ones_steps_is_no_statement(nlp) -> None:
    text = "Le randonneur Paul Ravel revient sur ses pas avant la tempête de Vernelle."
    assert extract(nlp, text) == []


def test_coming_back_to_the_pitch_is_no_statement(nlp) -> None:
    text = "Le capitaine Paul Ravel revient sur le terrain après trois mois de blessure."
    assert extract(nlp, text) == []


# -- "ont énuméré leurs doléances": a list of grievances said -----------------------------------


def test_listing_grievances_reports_them(nlp) -> None:
    text = "Les délégués du syndicat ont énuméré leurs doléances devant la direction de Vernelle."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("leurs doléances")


def test_listing_works_done_is_no_statement(nlp) -> None:
    text = "L'adjoint aux travaux, Paul Ravel, a énuméré toutes les réalisations de l'année."
    assert extract(nlp, text) == []


# -- "a vanté …", "a mis en évidence que …" ------------------------------------------------------


def test_praising_achievements_reports_them(nlp) -> None:
    text = "La maire de Vernelle a vanté des réalisations passées ou en cours devant le conseil."
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("des réalisations passées ou en cours")


def test_a_leaflet_that_praises_the_town_is_no_statement(nlp) -> None:
    text = "Un dépliant touristique vante les charmes de la vieille ville de Vernelle."
    assert extract(nlp, text) == []


def test_pointing_out_that_reports_the_clause(nlp) -> None:
    text = (
        "L'élu d'opposition, Paul Ravel, a mis en évidence que dix firmes ont obtenu la "
        "moitié des contrats de Vernelle."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "dix firmes ont obtenu la moitié des contrats de Vernelle"


def test_a_finding_in_a_lab_is_no_statement(nlp) -> None:
    text = "Le chercheur Paul Ravel a mis en évidence une bactérie inconnue dans le lac."
    assert extract(nlp, text) == []


# -- "a salué la foule": a greeting, no statement ------------------------------------------------


def test_greeting_the_crowd_is_no_statement(nlp) -> None:
    text = "La maire de Vernelle a salué la foule depuis le balcon de l'hôtel de ville."
    assert extract(nlp, text) == []


def test_welcoming_a_decision_is_still_a_statement(nlp) -> None:
    text = "La maire de Vernelle a salué la décision du tribunal administratif."
    (statement,) = extract(nlp, text)
    assert statement.content == "la décision du tribunal administratif"


# -- "Selon X, les … ": the reported clause's subject read as coordinated with the source ------

# word, head, dependency, part of speech: the parse the French model may give when a long
# relative follows the subject of the reported clause, written out so that the rule is
# tested whatever the model's version does.
SOURCE_WITH_A_STRAY_CONJUNCT = [
    ("Selon", 1, "case", "ADP"),
    ("M.", 7, "nsubj", "NOUN"),
    ("Ravel", 1, "flat:name", "PROPN"),
    (",", 5, "punct", "PUNCT"),
    ("les", 5, "det", "DET"),
    ("dossiers", 1, "conj", "NOUN"),
    ("courants", 5, "amod", "ADJ"),
    ("attendront", 7, "ROOT", "VERB"),
    (".", 7, "punct", "PUNCT"),
]


def test_a_stray_conjunct_after_the_source_is_no_part_of_it(nlp) -> None:
    from spacy.tokens import Doc

    from dixit.extract.reported import ReportedSpeech

    rows = SOURCE_WITH_A_STRAY_CONJUNCT
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    start, end = ReportedSpeech(doc).source_mention(doc[1])
    assert doc.text[start:end] == "M. Ravel"


def test_two_coordinated_sources_stay_one_mention(nlp) -> None:
    text = "Selon le maire et le préfet, la route de Vernelle sera rouverte lundi."
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == "le maire et le préfet"
    assert statement.content == "la route de Vernelle sera rouverte lundi"


def test_coming_back_to_the_match_alone_names_only_a_topic(nlp) -> None:
    text = "Le capitaine Paul Ravel a salué les supporters, puis il revient sur le match."
    assert extract(nlp, text) == []


# -- a staff as the holder of a demand ------------------------------------------------------------


def test_the_staff_who_demand_a_raise_make_a_statement(nlp) -> None:
    text = "Le personnel de la clinique de Vernelle réclame des hausses de salaires."
    (statement,) = extract(nlp, text)
    assert statement.content == "des hausses de salaires"


def test_a_staff_room_that_needs_repairs_is_no_statement(nlp) -> None:
    text = "La salle du personnel de la clinique de Vernelle réclame des travaux urgents."
    assert extract(nlp, text) == []
