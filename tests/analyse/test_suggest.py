"""Suggesting issues (``dixit.analyse.suggest``): clustering parsed statements and writing
each group as a catalogue entry. Vectors are made by hand so that no model is needed,
except in the last test, which runs the French model on invented statements."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from dixit.analyse.issues import issues_of
from dixit.analyse.suggest import (
    Parsed,
    as_issues,
    clusters,
    particular_words,
    suggest_issues,
    suggestions_yaml,
)
from dixit.model import Speaker, Statement

TRAM = np.array([1.0, 0.1, 0.0])
BUDGET = np.array([0.0, 1.0, 0.1])
FOOT = np.array([0.1, 0.0, 1.0])


def parsed(content: str, words: list[str], direction: np.ndarray, n: int) -> Parsed:
    statement = Statement(
        article=f"a{n}",
        kind="indirect",
        content=content,
        content_span=(0, len(content)),
        speaker=Speaker(f"p{n}", f"Personne {n}", "person"),
    )
    noise = np.array([0.02 * (n % 3), 0.01 * (n % 2), 0.0])
    vector = direction + noise
    return Parsed(statement, tuple((w, w) for w in words), vector / np.linalg.norm(vector))


def story() -> list[Parsed]:
    return [
        parsed("le tramway passera par le nord", ["tramway", "nord"], TRAM, 1),
        parsed("le tracé du tramway au nord est figé", ["tracé", "tramway", "nord"], TRAM, 2),
        parsed("prolonger le tramway vers le nord", ["tramway", "nord"], TRAM, 3),
        parsed("le budget municipal sera tenu", ["budget", "municipal"], BUDGET, 4),
        parsed("la dette et le budget inquiètent", ["dette", "budget"], BUDGET, 5),
        parsed("le budget de la ville baisse", ["budget", "ville"], BUDGET, 6),
        parsed("le club a perdu son match", ["club", "match"], FOOT, 7),
    ]


def test_statements_about_one_matter_form_one_group():
    groups = clusters(story(), threshold=0.3)
    assert sorted(map(sorted, groups)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_a_group_s_terms_are_the_words_particular_to_it():
    items = story()
    terms = particular_words(items[:3], items)
    assert terms[:2] == ["tramway*", "nord*"] or terms[:2] == ["nord*", "tramway*"]
    assert "budget*" not in terms


def test_each_group_of_enough_statements_becomes_an_entry_that_finds_it_again():
    items = story()
    suggestions = suggest_issues(items, "fr", threshold=0.3, min_size=3, taken=["nord-tramway"])
    assert len(suggestions) == 2
    ids = {s.id for s in suggestions}
    # Terms found as often rank by name: "nord-tramway" is taken, so the id is numbered.
    assert ids == {"nord-tramway-2", "budget"}
    for suggestion, issue in zip(suggestions, as_issues(suggestions), strict=True):
        found = {p.statement.id for p in items if issues_of(p.statement, [issue], "fr")}
        assert found == {s.id for s in suggestion.members}


def test_statements_unlike_each_other_suggest_nothing():
    items = [p for p in story() if p.statement.article in ("a1", "a4", "a7")]
    assert suggest_issues(items, "fr", threshold=0.3, min_size=2) == []
    assert yaml.safe_load(suggestions_yaml([])) == {"issues": []}


def test_the_yaml_is_a_catalogue_with_examples_as_comments():
    text = suggestions_yaml(suggest_issues(story(), "fr", threshold=0.3, min_size=3))
    data = yaml.safe_load(text)
    assert len(data["issues"]) == 2
    assert all(set(entry) == {"id", "label", "terms"} for entry in data["issues"])
    assert "#   Personne" in text


@pytest.mark.slow
def test_the_french_model_groups_invented_statements_by_matter(nlp):
    from dixit.analyse.suggest import parse_statements

    contents = [
        "les loyers des logements sociaux vont augmenter",
        "la hausse des loyers pèsera sur les locataires",
        "il faut geler les loyers des logements étudiants",
        "l'équipe a remporté le championnat régional",
        "le championnat reprendra avec une équipe remaniée",
        "l'entraîneur veut une équipe plus offensive pour le championnat",
    ]
    statements = [
        Statement(article=f"s{i}", kind="indirect", content=c, content_span=(0, len(c)))
        for i, c in enumerate(contents)
    ]
    suggestions = suggest_issues(
        parse_statements(statements, nlp, "fr"), "fr", threshold=0.5, min_size=3
    )
    groups = sorted(sorted(s.article for s in suggestion.members) for suggestion in suggestions)
    assert groups == [["s0", "s1", "s2"], ["s3", "s4", "s5"]]
