"""Which issues a statement is about, from the catalogue's phrase groups."""

from __future__ import annotations

from pathlib import Path

import pytest
from positions_story import said

from dixit.analyse import Issue, issues_of, load_catalogue
from dixit.errors import InputError


def ids(issues: list[Issue]) -> list[str]:
    return [i.id for i in issues]


def test_troops_need_troops_and_ukraine(ukraine: list[Issue]) -> None:
    statement = said("d'envoyer des soldats américains pour protéger l'Ukraine", cue="a exclu")
    assert ids(issues_of(statement, ukraine, "fr")) == ["us-troops-ukraine"]


def test_troops_elsewhere_are_not_the_issue(ukraine: list[Issue]) -> None:
    statement = said("les troupes resteront stationnées en Pologne")
    assert "us-troops-ukraine" not in ids(issues_of(statement, ukraine, "fr"))


def test_a_statement_can_belong_to_several_issues(ukraine: list[Issue]) -> None:
    statement = said("l'adhésion de Kyiv à l'OTAN et le retour de la Crimée sont exclus")
    assert ids(issues_of(statement, ukraine, "fr")) == ["ukraine-nato", "crimea-status"]


def test_no_issue_for_other_matters(pensions: list[Issue]) -> None:
    assert issues_of(said("le marché couvert rouvrira en mai"), pensions, "fr") == []


def test_typographic_apostrophe_and_case(pensions: list[Issue]) -> None:
    statement = said("Le Report De L’Âge Légal est une erreur")
    assert ids(issues_of(statement, pensions, "fr")) == ["retirement-age-64"]


def test_language_without_terms_matches_nothing(ukraine: list[Issue]) -> None:
    assert issues_of(said("des troupes en Ukraine"), ukraine, "de") == []


def test_unreadable_catalogue_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("issues:\n  - label: no id\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.yaml"):
        load_catalogue(broken)


def test_annotate_fills_issues_with_their_stance(ukraine: list[Issue]) -> None:
    from dixit.analyse import annotate

    statements = [
        said("l'adhésion de Kyiv à l'OTAN est impossible"),
        said("la météo sera clémente ce week-end"),
    ]
    first, second = annotate(statements, ukraine, "fr")
    assert [(i.id, i.stance) for i in first.issues] == [("ukraine-nato", "opposes")]
    assert second.issues == []
    assert statements[0].issues == []  # the input is left as it was
