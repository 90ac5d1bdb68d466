"""Addressee: whom a statement was addressed to, resolved like a speaker (invented copy)."""

from __future__ import annotations

import pytest

from dixit.core import analyze
from dixit.model import Article, Statement


def statement_of(nlp, text: str, content: str) -> Statement:
    found = [s for s in analyze(Article(text=text, language="fr"), nlp=nlp) if content in s.content]
    assert found, f"no statement holding {content!r}"
    return found[0]


def test_a_person_addressed_is_resolved_like_a_speaker(nlp) -> None:
    text = (
        "La ministre Inès Camoin a reçu mardi le maire de Dole, Thierry Ravel.\n"
        "Le maire a promis à Camoin que le dossier serait bouclé en juin."
    )
    statement = statement_of(nlp, text, "le dossier serait bouclé")
    assert statement.addressee_mention == "Camoin"
    assert statement.addressee is not None
    assert statement.addressee.name == "Inès Camoin"


def test_an_agency_addressed(nlp) -> None:
    statement = statement_of(
        nlp, "Le ministre Paul Sarrade a déclaré à l'AFP que la réforme passerait.", "la réforme"
    )
    assert statement.addressee_mention == "l'AFP"
    assert statement.addressee is not None
    assert statement.addressee.name == "AFP"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "« Nous ne lâcherons rien », a lancé la syndicaliste Marie Deschanel aux journalistes.",
            "Nous ne lâcherons",
            "journalistes",
        ),
        (
            "La candidate Sylvie Aubrac a promis à ses partisans que la gare serait rouverte.",
            "la gare",
            "ses partisans",
        ),
    ],
)
def test_people_addressed_as_a_group_keep_their_mention(nlp, text, content, mention) -> None:
    statement = statement_of(nlp, text, content)
    assert statement.addressee_mention == mention


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a place is no one addressed
        ("La députée Léa Fournier a déclaré à Paris que la loi serait votée.", "la loi"),
        # a time
        ("La députée Léa Fournier a déclaré à la mi-journée que la loi serait votée.", "la loi"),
        # the same person named inside what was said, not addressed
        (
            "Le maire Thierry Ravel a déclaré que la ministre Inès Camoin avait écrit à la "
            "préfète.",
            "la ministre",
        ),
    ],
)
def test_no_addressee_without_someone_addressed(nlp, text, content) -> None:
    statement = statement_of(nlp, text, content)
    assert statement.addressee_mention is None
    assert statement.addressee is None
