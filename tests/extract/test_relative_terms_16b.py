"""A cue heading a relative clause (session 16b, issue 11): "Le ministre, qui enchaîne
les « couacs » depuis sa nomination, …" describes the minister; the quoted word is a term
the narration borrows, not words he said. A verb whose bare object reports (``object``
in the cue lexicon) still reports from a relative clause, and the same verb after a
quotation is still an incise. Invented sentences in the layout of real copy."""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def contents(nlp, text: str) -> list[str]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return [s.content for s in found]


def test_a_quoted_term_in_a_relative_clause_is_no_statement(nlp) -> None:
    text = (
        "Le ministre des Transports, qui enchaîne les « couacs » depuis sa nomination, a "
        "présenté son plan ferroviaire mardi à Vaubrune.\n"
    )
    assert contents(nlp, text) == []


def test_the_same_verb_as_an_incise_still_reports(nlp) -> None:
    text = "« Nous tiendrons les délais du chantier », enchaîne le ministre des Transports.\n"
    assert contents(nlp, text) == ["Nous tiendrons les délais du chantier"]


def test_a_reporting_object_in_a_relative_clause_still_reports(nlp) -> None:
    text = (
        "Le maire de Vaubrune, qui a dénoncé « une campagne de dénigrement », a porté "
        "plainte mardi.\n"
    )
    assert any("campagne de dénigrement" in c for c in contents(nlp, text))


def test_a_verb_of_saying_in_a_relative_clause_still_reports(nlp) -> None:
    text = (
        "La fusillade a fait réagir Paul Ardouin, qui qualifie l'attaque de « lâche et "
        "révoltante ».\n"
    )
    assert any("lâche et" in c for c in contents(nlp, text))
