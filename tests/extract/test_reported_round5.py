"""Reported speech as real copy writes it (fifth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, ExtractionRule


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text))


def test_a_colon_after_a_reported_clause_ends_it_before_the_quotation(nlp) -> None:
    text = (
        "La conseillère Odile Sarrazin estime que le quartier a été oublié : "
        "« Personne ne vient jamais voir nos trottoirs défoncés. »"
    )
    clause, quote = extract(nlp, text)
    assert (clause.method, clause.content) == (
        ExtractionRule.QUE,
        "le quartier a été oublié",
    )
    assert quote.content == "Personne ne vient jamais voir nos trottoirs défoncés."
    assert quote.speaker_mention == clause.speaker_mention


def test_a_quotation_inside_the_clause_still_leaves_the_colon_quotation_to_the_speaker(
    nlp,
) -> None:
    text = (
        "Le maire Hugues Ferrand juge que « la commune paie trop » et qu'il ne cédera pas : "
        "« Nous avons déjà fait assez d'efforts. »"
    )
    clause, quote = extract(nlp, text)
    assert clause.content == "« la commune paie trop » et qu'il ne cédera pas"
    assert quote.content == "Nous avons déjà fait assez d'efforts."
    assert quote.speaker_mention == clause.speaker_mention


def test_a_quotation_right_after_que_and_a_colon_is_the_clause_itself(nlp) -> None:
    # "que : « … »": the colon sits between the complementizer and its clause.
    text = (
        "L'entraîneur Paul Vasseur fait remarquer que : « Nous connaissons bien cette "
        "équipe, le match sera très disputé. »"
    )
    [statement] = extract(nlp, text)
    assert "Nous connaissons bien cette équipe" in statement.content


def test_a_colon_inside_the_quotation_of_a_clause_cuts_nothing(nlp) -> None:
    text = (
        "La directrice Anne Morvan a expliqué que « deux choses comptent : la sécurité et "
        "les horaires » pour les familles."
    )
    [statement] = extract(nlp, text)
    assert statement.content.endswith("pour les familles")


def test_a_quoted_object_runs_over_its_sentences_to_the_closing_mark(nlp) -> None:
    text = (
        "Le syndic Marc Aubertin dénonce un « projet bâclé, mené sans les riverains. "
        "Même si la mairie promet des réunions, personne n'a été consulté »."
    )
    [statement] = extract(nlp, text)
    assert statement.content.endswith("personne n'a été consulté »")
    assert statement.content.startswith("un « projet bâclé")


def test_a_quotation_opening_the_next_sentence_stays_out_of_the_object(nlp) -> None:
    text = (
        "Elle regrette la fermeture de la gare de Vernay. "
        "« On sait que ce sont les anciens qui prenaient ce train. Ils devront conduire. »"
    )
    statements = extract(nlp, text)
    assert statements[0].content == "la fermeture de la gare de Vernay"
