"""A clause of narration before a colon whose verb reports nothing ("La gendarmerie a dû
trier ses interventions : « … »") gives the quotation to its subject only when the
quotation names no one itself: an incise inside the marks that names its speaker ("…,
explique Lucie Marchal. …") wins, and the words on both sides of it are hers (session 15).

The sentences are invented; the layout is that of Swiss regional copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def said(nlp, text: str) -> list[tuple[str, str | None]]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return [(s.content, s.speaker.name if s.speaker else None) for s in found]


def test_an_incise_naming_the_speaker_wins_over_the_narration_before_the_colon(nlp) -> None:
    text = (
        "Samedi soir, la gendarmerie a dû trier ses interventions : « Nous n'avons pas été "
        "submergés, mais certaines demandes ont attendu une heure, explique Lucie Marchal. "
        "Notre priorité restait les accidents de la route. »"
    )
    assert said(nlp, text) == [
        (
            "Nous n'avons pas été submergés, mais certaines demandes ont attendu une heure",
            "Lucie Marchal",
        ),
        ("Notre priorité restait les accidents de la route.", "Lucie Marchal"),
    ]


def test_without_an_incise_the_subject_before_the_colon_speaks(nlp) -> None:
    text = (
        "Samedi soir, la porte-parole Lucie Marchal a dû trier les appels : « Nous n'avons "
        "pas été submergés, mais certaines demandes ont attendu une heure. »"
    )
    [(content, speaker)] = said(nlp, text)
    assert content.startswith("Nous n'avons pas été submergés")
    assert speaker == "Lucie Marchal"


def test_a_pronoun_incise_leaves_the_subject_before_the_colon(nlp) -> None:
    text = (
        "Lucie Marchal, porte-parole de la gendarmerie, a dû trier les appels : « Nous "
        "n'avons pas été submergés, reconnaît-elle. Notre priorité restait la route. »"
    )
    assert {speaker for _, speaker in said(nlp, text)} == {"Lucie Marchal"}
