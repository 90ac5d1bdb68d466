"""Reported speech missed on fresh real copy (session 17, recall), on sentences written for the
test.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading. The texts are
invented, laid out as wire copy and regional pages write them.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text, language="fr"))


def by_cue(statements) -> dict[str, str]:
    return {s.cue: s.content for s in statements}


# -- a day, a venue or an occasion between the cue and its noun-phrase object ------------------


def test_an_object_after_a_day_and_a_venue_is_the_statement(nlp) -> None:
    text = (
        "La ministre, Claire Dumas, a condamné lundi sur les réseaux sociaux l'incendie "
        "volontaire de la mairie de Vernelle et a promis une enquête rapide."
    )
    found = by_cue(extract(nlp, text))
    assert found["a condamné"] == "l'incendie volontaire de la mairie de Vernelle"
    assert found["a promis"] == "une enquête rapide"


def test_an_object_after_an_occasion_is_the_statement(nlp) -> None:
    text = (
        "La préfète a annoncé mardi lors d'une conférence de presse la fermeture du pont de "
        "Vernelle."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == "la fermeture du pont de Vernelle"
    assert statement.speaker_mention == "La préfète"


def test_a_plural_object_after_a_date_opens_on_its_article(nlp) -> None:
    text = (
        "La mairie a démenti vendredi 12 mars des informations du quotidien local sur la "
        "fermeture de l'école."
    )
    (statement,) = extract(nlp, text)
    assert statement.content == ("des informations du quotidien local sur la fermeture de l'école")


def test_a_verb_that_reports_nothing_keeps_its_object_after_an_occasion(nlp) -> None:
    text = "Le maire a inauguré mardi lors d'une cérémonie la nouvelle salle des fêtes."
    assert extract(nlp, text) == []


def test_des_after_an_adverb_of_a_verb_without_object_is_no_object(nlp) -> None:
    text = "Au marché, on parle désormais des « anciens » et des « nouveaux » comme de deux clans."
    assert extract(nlp, text) == []


def test_a_que_clause_after_the_day_and_an_incidental_keeps_its_reading(nlp) -> None:
    text = "La préfète a annoncé mardi à Vernelle, lors d'une visite, que le pont rouvrira en juin."
    (statement,) = extract(nlp, text)
    assert statement.content == "le pont rouvrira en juin"


# -- "a fustigé le « mépris de l'État », qu'il juge …": a relative "que" on the object ---------


def test_a_relative_on_the_object_is_part_of_the_object(nlp) -> None:
    text = (
        "Le maire a fustigé le « mépris de l'État », qu'il juge responsable de la fermeture "
        "du bureau de poste."
    )
    (statement,) = extract(nlp, text)
    assert statement.content.startswith("le « mépris de l'État »")


def test_a_relative_on_a_prepositional_object_is_no_reported_clause(nlp) -> None:
    text = "L'association se réjouit de la rencontre que le maire a organisée avec les riverains."
    statements = extract(nlp, text)
    assert all(not s.content.startswith("le maire a organisée") for s in statements)


def test_a_que_clause_after_those_addressed_keeps_its_reading(nlp) -> None:
    text = "La directrice a rappelé aux parents que la cantine resterait ouverte."
    (statement,) = extract(nlp, text)
    assert statement.content == "la cantine resterait ouverte"


def test_a_claim_noun_keeps_its_own_clause(nlp) -> None:
    text = "Le ministre a rejeté l'idée que la réforme soit abandonnée."
    (statement,) = extract(nlp, text)
    assert statement.content == "l'idée que la réforme soit abandonnée"
