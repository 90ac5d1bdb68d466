"""Subjects with an apposition, read from news copy (session 14).

- A quoted phrase inside the subject's apposition ("Me X, avocat des victimes du « rôdeur
  de la gare », avait indiqué …") leaves the verb to its subject: no incise, and the
  report is the subject's.
- A cue right after a quotation and its comma has the quotation for its object: the
  noun after it is its subject, never words said.
- A description and the name after it, both read as subjects by the parser ("Le procureur
  de Lyon, Jean Arlot, l'a annoncé …, expliquant que …"), name one speaker: the name.
- An adjective's complement stays in the speaker's phrase ("une source proche du
  dossier").

The sentences are invented; the layouts are those of wire copy.
"""

from __future__ import annotations

from extracted import extract

from dixit.model import ExtractionRule


def test_a_quoted_phrase_inside_the_subjects_apposition_is_no_incise(nlp) -> None:
    text = (
        "Me Paul Vernet, avocat des parents de Lina Morel, première des trois victimes du "
        '"rôdeur de la gare", avait indiqué auparavant avoir déposé plainte mardi auprès '
        "du parquet de Lyon."
    )
    [statement] = extract(nlp, text)
    assert statement.method == ExtractionRule.INFINITIVE
    assert statement.content == "avoir déposé plainte mardi auprès du parquet de Lyon"
    assert statement.speaker is not None and statement.speaker.name == "Paul Vernet"


def test_a_quotation_before_its_incise_is_still_one(nlp) -> None:
    text = "« Nous ferons appel », a déclaré Me Paul Vernet, avocat des parents de Lina Morel."
    [statement] = extract(nlp, text)
    assert statement.method == ExtractionRule.INCISE
    assert statement.content == "Nous ferons appel"
    assert statement.speaker is not None and statement.speaker.name == "Paul Vernet"


def test_the_subject_after_an_incise_cue_is_no_object_said(nlp) -> None:
    text = (
        "« Le chantier reprendra en mars », a annoncé le président du conseil "
        "départemental, Marc Lenoir, lundi."
    )
    [statement] = extract(nlp, text)
    assert statement.content == "Le chantier reprendra en mars"
    assert statement.speaker is not None and statement.speaker.name == "Marc Lenoir"


def test_an_object_without_a_quotation_before_the_cue_is_still_said(nlp) -> None:
    text = "Le président du conseil départemental, Marc Lenoir, a annoncé la reprise du chantier."
    [statement] = extract(nlp, text)
    assert statement.method == ExtractionRule.OBJECT
    assert statement.content == "la reprise du chantier"


def test_a_description_and_its_name_both_parsed_as_subjects_name_the_name(nlp) -> None:
    text = (
        "Alors que la fillette n'a pas été retrouvée, le parquet de Lyon a ouvert une "
        'enquête pour "violation du secret". Le procureur de la République de Lyon, '
        "Jean-Yves Arlot, l'a annoncé à l'AFP, mardi 24 octobre, expliquant qu'il "
        "s'agissait d'une réaction aux multiples fuites parues dans la presse."
    )
    [statement] = [s for s in extract(nlp, text) if s.cue == "expliquant"]
    assert statement.content.startswith("il s'agissait d'une réaction")
    assert statement.speaker is not None and statement.speaker.name == "Jean-Yves Arlot"


def test_an_adjectives_complement_stays_in_the_speakers_phrase(nlp) -> None:
    text = "Une source proche de l'enquête a confirmé que deux hommes avaient été interpellés."
    [statement] = extract(nlp, text)
    assert statement.speaker_mention == "Une source proche de l'enquête"
    assert statement.content == "deux hommes avaient été interpellés"
