"""The whole chain on an invented two-day story: dixit extracts, resolves speakers and
dates, then the analyse functions find the one speaker who changed position."""

from __future__ import annotations

from datetime import date

import pytest

from dixit.analyse import Issue, computed_reversals
from dixit.analyse.reported import reported_reversals
from dixit.core import analyze
from dixit.model import Article

pytestmark = pytest.mark.slow

MONDAY = Article(
    id="retraites-lundi",
    published=date(2026, 5, 4),
    language="fr",
    text=(
        "Retraites : la ministre ouvre la porte à une consultation\n"
        "La ministre du Travail, Claire Dumontel, n'a pas exclu lundi un référendum sur "
        "la réforme des retraites, lors d'un déplacement à Vierzon.\n"
        "Le député Marc Aubrac a réclamé lundi un référendum sur la réforme des retraites.\n"
    ),
)
TUESDAY = Article(
    id="retraites-mardi",
    published=date(2026, 5, 5),
    language="fr",
    text=(
        "Retraites : la ministre ferme la porte\n"
        "Mardi, Claire Dumontel a exclu tout référendum sur la réforme des retraites "
        "devant les sénateurs.\n"
        "Marc Aubrac a de nouveau réclamé mardi un référendum sur la réforme des retraites.\n"
        "Claire Dumontel avait pourtant assuré la veille qu'un référendum restait possible. "
        "Un revirement que l'opposition a aussitôt dénoncé.\n"
    ),
)


def test_only_the_minister_reverses(nlp, pensions: list[Issue]) -> None:
    statements = analyze(MONDAY, nlp=nlp) + analyze(TUESDAY, nlp=nlp)
    found = [
        r
        for r in computed_reversals(statements, pensions, "fr")
        if r.issue and r.issue.id == "pension-reform-referendum"
    ]
    assert [r.speaker.name for r in found] == ["Claire Dumontel"]
    [reversal] = found
    assert (reversal.before.stance, reversal.after.stance) == ("open", "opposes")
    assert reversal.before.article == "retraites-lundi"
    assert reversal.after.article == "retraites-mardi"


def test_the_revirement_is_reported_with_the_pluperfect_summary(nlp) -> None:
    statements = analyze(TUESDAY, nlp=nlp)
    [reversal] = reported_reversals(TUESDAY, statements)
    assert reversal.speaker.name == "Claire Dumontel"
    assert "restait possible" in reversal.before.content
    assert reversal.after.content.startswith("tout référendum")
    assert reversal.evidence.cue == "revirement"
