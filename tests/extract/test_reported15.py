"""Reported speech on fresh real copy (session 15, issue 11), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading. The texts
are invented, laid out as wire copy and regional pages write them.
"""

from __future__ import annotations

import pytest
from extracted import extract

from dixit.model import ExtractionRule

# -- "Le maire dit que …": a present tense the tagger reads as its participle ------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "Le maire de Vernelle dit que la route du col restera fermée jusqu'en mai.",
            "dit",
            "la route du col restera fermée jusqu'en mai",
            id="dit-with-a-noun-subject",
        ),
        pytest.param(
            "Le syndicat écrit que la cantine de Brastel manque de personnel depuis janvier.",
            "écrit",
            "la cantine de Brastel manque de personnel depuis janvier",
            id="ecrit-with-a-noun-subject",
        ),
        pytest.param(
            "La ministre dit qu'elle signera le décret avant la fin du mois.",
            "dit",
            "elle signera le décret avant la fin du mois",
            id="dit-with-a-feminine-subject",
        ),
    ],
)
def test_a_present_tense_read_as_a_participle_still_reports(
    nlp, text: str, cue: str, content: str
) -> None:
    (statement,) = extract(nlp, text)
    assert statement.content == content
    assert statement.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Le discours terminé, le maire de Vernelle a quitté la salle.",
            id="an-absolute-participle",
        ),
        pytest.param(
            "Le rapport écrit par les inspecteurs a été remis au préfet lundi.",
            id="a-participle-on-a-noun",
        ),
    ],
)
def test_a_bare_participle_without_a_sentence_of_its_own_reports_nothing(nlp, text: str) -> None:
    assert extract(nlp, text) == []


# -- the complement's own verb is no new report ------------------------------------------------


def test_a_cue_heading_the_que_clause_does_not_cut_it(nlp) -> None:
    text = (
        "Le directeur du centre a dit qu'en apprenant la nouvelle, il a appelé les parents "
        "des élèves."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "en apprenant la nouvelle, il a appelé les parents des élèves"


def test_a_second_report_after_a_comma_still_starts_its_own_statement(nlp) -> None:
    text = (
        "La ministre a assuré que la loi passerait, et le député a répondu qu'il voterait contre."
    )
    found = extract(nlp, text)
    assert [s.content for s in found] == ["la loi passerait", "il voterait contre"]


# -- "…, selon X dans un communiqué": where the source spoke -----------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "La grève a été votée après l'annonce de quarante suppressions de postes, selon "
            "la CGT dans un communiqué.",
            "La grève a été votée après l'annonce de quarante suppressions de postes",
            id="in-a-press-release",
        ),
        pytest.param(
            "L'usine de Brastel fermera en mars après «un plan brutal et unilatéral», selon la "
            "CGT dans un communiqué, réclamant «le retrait pur et simple» du plan.",
            "L'usine de Brastel fermera en mars après «un plan brutal et unilatéral»",
            id="with-a-participle-on-the-source",
        ),
    ],
)
def test_a_place_of_speech_after_a_postposed_source(nlp, text: str, content: str) -> None:
    found = [s for s in extract(nlp, text) if s.method == ExtractionRule.PREPOSITION]
    assert [s.content for s in found] == [content]


def test_a_clause_after_the_source_and_its_adjunct_is_no_place_of_speech(nlp) -> None:
    text = "Les prix ont augmenté, selon l'Insee en 2023, et les salaires ont baissé."
    found = [s for s in extract(nlp, text) if s.method == ExtractionRule.PREPOSITION]
    assert found == []


# -- "…, pointe le syndicat", "…, grince un élu" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Les agents «ne sont plus remplacés depuis l'été», pointe le syndicat Sud-Santé.",
            "pointe",
            id="pointe",
        ),
        pytest.param(
            "« Le budget de la piscine est trop serré », grince un élu de l'opposition.",
            "grince",
            id="grince",
        ),
    ],
)
def test_an_incise_only_verb_after_the_words(nlp, text: str, cue: str) -> None:
    (statement,) = extract(nlp, text)
    assert statement.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le garde-chasse pointe son fusil vers le ciel de Vernelle.", id="pointe"),
        pytest.param("La porte de la grange grince, et le chien aboie.", id="grince"),
    ],
)
def test_an_incise_only_verb_in_narration(nlp, text: str) -> None:
    assert extract(nlp, text) == []


# -- "…, a-t-on appris de source policière" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Le suspect a été relâché mardi soir, a-t-on appris de source policière.",
            "source policière",
            id="de-source",
        ),
        pytest.param(
            "La garde à vue du gérant a été levée, a-t-on appris mercredi de sources concordantes.",
            "sources concordantes",
            id="de-sources-after-a-date",
        ),
    ],
)
def test_the_source_of_what_one_learned(nlp, text: str, speaker: str) -> None:
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == speaker


def test_learning_from_someone_in_narration_reports_nothing(nlp) -> None:
    text = "Le jeune menuisier a appris de son grand-père le travail du chêne."
    assert extract(nlp, text) == []


# -- a quotation opened right before the object quotes it -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Paul Arnaud, porte-parole du syndicat, a décrit "un homme isolé, avec des dettes '
            'lourdes".',
            id="a-man",
        ),
        pytest.param(
            "La gendarme a décrit « une personne très agitée, avec un couteau à la main ».",
            id="une-personne-is-a-noun",
        ),
    ],
)
def test_a_quotation_opened_on_the_object_is_the_description(nlp, text: str) -> None:
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content.endswith(('lourdes"', "main »"))


def test_an_unquoted_description_is_narration(nlp) -> None:
    text = "Le guide a décrit la cathédrale de Vernelle aux touristes pendant une heure."
    assert extract(nlp, text) == []


def test_personne_as_a_pronoun_is_still_no_one(nlp) -> None:
    assert extract(nlp, "Personne n'a dit que la route du col serait fermée.") == []


# -- 'Le parquet précise "les éléments …"': a quoted clause in lower case ------------------------


def test_a_quoted_clause_in_lower_case_after_the_cue(nlp) -> None:
    text = (
        'Ce vendredi, le parquet de Brastel précise "les éléments recueillis ne permettent '
        'pas de retenir cette hypothèse".'
    )
    (statement,) = extract(nlp, text)
    assert statement.kind == "direct"
    assert statement.content.startswith("les éléments recueillis")


def test_a_quoted_noun_phrase_after_the_cue_stays_an_object(nlp) -> None:
    text = "Le syndicat a dénoncé « une dérive qui menace l'hôpital de Brastel »."
    (statement,) = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT


# -- "parle de « fantasmes »": a quoted phrase after "parler de" --------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            'Le procureur de Brastel, Michel Sarlin, parle lui de "fantasmes".',
            'de "fantasmes"',
            id="present",
        ),
        pytest.param(
            "La maire de Vernelle a parlé d'« une faute lourde » de l'ancien directeur.",
            "« une faute lourde » de l'ancien directeur",
            id="past-with-an-article",
        ),
    ],
)
def test_a_quoted_phrase_after_parler_de(nlp, text: str, content: str) -> None:
    (statement,) = extract(nlp, text)
    assert statement.content == content


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le maire de Vernelle a parlé de ses vacances en Bretagne.", id="a-topic"),
        pytest.param("La ministre a parlé aux journalistes pendant une heure.", id="to-someone"),
    ],
)
def test_an_unquoted_phrase_after_parler_is_a_topic(nlp, text: str) -> None:
    assert extract(nlp, text) == []


# -- "Le procureur d'ajouter : « … »": a narrative infinitive with its own subject --------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param(
            "Le procureur de Brastel d'ajouter : « L'enquête s'oriente vers un accident. »",
            "Le procureur de Brastel",
            "L'enquête s'oriente vers un accident.",
            id="a-quotation-after-a-colon",
        ),
        pytest.param(
            "Et la maire de Vernelle de conclure que la piscine rouvrira en juin.",
            "la maire de Vernelle",
            "la piscine rouvrira en juin",
            id="a-que-clause",
        ),
    ],
)
def test_a_narrative_infinitive_hung_on_its_subject(
    nlp, text: str, speaker: str, content: str
) -> None:
    (statement,) = extract(nlp, text)
    assert statement.speaker_mention == speaker
    assert statement.content == content


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Le temps de conclure : « Nous rouvrirons la piscine en juin », et la séance "
            "était levée.",
            id="a-noun-that-names-no-one",
        ),
        pytest.param(
            "La décision de fermer la piscine de Vernelle a été prise lundi.", id="narration"
        ),
    ],
)
def test_an_infinitive_on_a_noun_that_names_no_one(nlp, text: str) -> None:
    assert [s.speaker_mention for s in extract(nlp, text) if s.speaker_mention] == []


# -- '… bon « , a confié X': the opening mark printed for the closer, spaced -------------------


def test_a_spaced_opening_mark_before_a_comma_closes_the_quotation(nlp) -> None:
    text = (
        "« Nous sommes tous des enfants de Vernelle. Le moral est plus que bon « , a confié "
        "Paul Sarr, maire sortant de la commune."
    )
    (statement,) = extract(nlp, text)
    assert statement.kind == "direct"
    assert statement.content.endswith("Le moral est plus que bon")
    assert statement.speaker_mention.startswith("Paul Sarr")


def test_a_spaced_opening_mark_before_words_still_opens(nlp) -> None:
    text = "« Le moral est bon », a confié Paul Sarr. « Nous continuerons », a-t-il ajouté."
    found = extract(nlp, text)
    assert [s.content for s in found] == ["Le moral est bon", "Nous continuerons"]


# -- two incises in one sentence: the later one reports only what follows the earlier ----------


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        pytest.param(
            "La route du col sera fermée, a indiqué la préfète, et les écoles de Vernelle "
            "resteront ouvertes, a-t-elle ajouté.",
            ["La route du col sera fermée", "les écoles de Vernelle resteront ouvertes"],
            id="unquoted",
        ),
        pytest.param(
            "« Nous savons d'où vient ce tir », a indiqué le ministre, mais « ce n'est pas la "
            "seule piste », a-t-il ajouté.",
            ["Nous savons d'où vient ce tir", "ce n'est pas la seule piste"],
            id="quoted",
        ),
    ],
)
def test_a_second_incise_after_a_first_one(nlp, text: str, contents: list[str]) -> None:
    assert [s.content for s in extract(nlp, text)] == contents


def test_a_verb_of_narration_before_an_incise_is_part_of_the_words(nlp) -> None:
    text = "Le maire a fermé la route, puis il a rouvert l'école, a précisé la préfète."
    (statement,) = extract(nlp, text)
    assert statement.content == "Le maire a fermé la route, puis il a rouvert l'école"


# -- "Il convient de rester prudent : …": the writer's advice ----------------------------------


def test_an_impersonal_convenir_reports_no_one(nlp) -> None:
    text = (
        "Pour l'instant, il convient de rester prudent : rien ne dit que l'homme arrêté "
        "à Brastel est le tireur."
    )
    assert [s for s in extract(nlp, text) if s.cue == "convient"] == []


def test_a_man_who_agrees_still_reports(nlp) -> None:
    text = "Le maire de Vernelle convient que la piscine a coûté trop cher."
    (statement,) = extract(nlp, text)
    assert statement.content == "la piscine a coûté trop cher"


# -- "a accusé des élus au sein du conseil de « … »": the infinitive on the phrase's last noun --


def test_an_accusation_after_an_adjunct_of_the_addressee(nlp) -> None:
    text = (
        "La présidente de l'association a accusé des élus au sein du conseil municipal de "
        "« travailler pour les promoteurs »."
    )
    (statement,) = extract(nlp, text)
    assert statement.content.endswith("« travailler pour les promoteurs »")


def test_a_project_on_a_noun_after_the_object_is_no_accusation(nlp) -> None:
    text = "La présidente a accusé des élus du conseil qui prévoit de rénover la gare."
    accused = [s for s in extract(nlp, text) if s.cue == "a accusé"]
    assert all(s.method != ExtractionRule.INFINITIVE for s in accused)
