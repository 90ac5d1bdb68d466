"""Reported speech on unseen copy (tenth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, ExtractionRule


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text))


def test_a_complement_ends_at_its_full_stop_before_a_quotation(nlp) -> None:
    text = (
        "L'avocate a demandé que le tribunal prononce une peine avec sursis, soit deux ans "
        'au plus. "Mon client a tout perdu dans cette affaire. Il a déjà payé", '
        "a-t-elle plaidé."
    )
    reported = [s for s in extract(nlp, text) if s.method == ExtractionRule.QUE]
    assert [s.content for s in reported] == [
        "le tribunal prononce une peine avec sursis, soit deux ans au plus"
    ]
    assert reported[0].kind == "indirect"


def test_a_que_clause_does_not_swallow_the_next_sentence_quoted(nlp) -> None:
    text = (
        'La présidente estime que cette réforme est l\'une des "priorités" du mandat. '
        "\"C'est un chantier national\" explique-t-elle devant les élus."
    )
    contents = [s.content for s in extract(nlp, text)]
    assert 'cette réforme est l\'une des "priorités" du mandat' in contents
    assert "C'est un chantier national" in contents


def test_a_quotation_the_complement_opens_runs_over_its_full_stop(nlp) -> None:
    text = (
        "Le maire de Vernouillet dénonce « une décision prise dans la précipitation. "
        "Personne dans la commune n'a été consulté »."
    )
    (statement,) = extract(nlp, text)
    assert statement.content.endswith("n'a été consulté »")
