"""Speakers on real French copy (session 20b): spokespeople with no name, descriptions of
an office, nested and relative frames.

Each class was found on real French news pages (held-out copy rotated into study); the
texts here are invented (people, places, bodies) in the layout of that copy.
"""

from __future__ import annotations

from said_by import speaker_of

# 1. A spokesperson with no name and no body ("a déclaré lundi un porte-parole") right after
# narration about a body ("Le parquet de Vallon a fait appel …") speaks for that body; after
# narration about a person, for nobody.

APPEAL = (
    "VALLON (Agence) - {subject} a fait appel du jugement rendu contre trois anciens élus "
    "de la commune.\n\n"
    "« L'appel a été formé mardi », a déclaré lundi un porte-parole.\n"
)


def test_a_bare_spokesperson_speaks_for_the_body_narrated_before(nlp) -> None:
    text = APPEAL.format(subject="Le parquet de Vallon")
    assert speaker_of(nlp, text, "un porte-parole") == "Parquet de Vallon"


def test_a_bare_spokesperson_after_a_person_speaks_for_nobody(nlp) -> None:
    text = APPEAL.format(subject="L'ancien maire Gérard Poulain")
    assert speaker_of(nlp, text, "un porte-parole") is None
