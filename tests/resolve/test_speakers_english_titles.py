"""English speakers named by a title before their name, and wire datelines.

"District Judge Anna X … , the judge said": a definite description takes up the one person
the article named after a title ending with its words, rather than the story's most salient
person. A dateline's place ("KESSEL, Vestland, May 29 – Police say …") is never the speaker.
Every person and place here is invented; statements are built by hand for the resolution
tests, and the dateline test runs the whole English pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_speakers import names
from test_speakers_english import Said, en_nlp, run  # noqa: F401  (fixtures)

from dixit.core import analyze
from dixit.model import Article

pytestmark = pytest.mark.slow


def sentencing(title: str) -> str:
    return (
        f"{title} Anna Kessler sentenced a Kessel skipper to two years in prison today.\n\n"
        "Tom Reyl, a skipper, told the court he had been paid by a dealer in Dunmore. Reyl said "
        "he regretted it.\n\n"
        '"Somewhere along the way Mr. Reyl lost his way," the judge said.'
    )


SAID = [
    Said("he had been paid by a dealer in Dunmore", "Tom Reyl, a skipper"),
    Said("he regretted it", "Reyl"),
    Said("Somewhere along the way Mr. Reyl lost his way", "the judge"),
]


@pytest.mark.parametrize(
    ("title", "judge"),
    [
        ("District Judge", "Anna Kessler"),
        # a title with another head: "the judge" is not hers by its words
        ("Harbour Master", "Tom Reyl"),
    ],
)
def test_the_judge_is_the_person_named_after_the_title_judge(
    en_nlp,  # noqa: F811
    registry,
    title: str,
    judge: str,
):
    out = run(en_nlp, registry, sentencing(title), SAID, date(2025, 3, 3))
    assert names(out)[-1] == judge


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # the dateline's place is where the copy was filed: the police speak
        ("KESSEL, Vestland, May 29 – Police say", "Police"),
        # without the dash it is no dateline: the town is the subject as written
        ("Kessel police say", "Kessel police"),
    ],
)
def test_dateline_place_is_never_the_speaker(en_nlp, opening: str, expected: str):  # noqa: F811
    text = (
        "Two men sought over shed fire\n\n"
        f"{opening} they are looking for two men who set fire to a shed.\n\n"
        "The fire spread to the harbour wall before it was put out."
    )
    [statement] = analyze(Article(text=text, language="en", published=date(2025, 5, 29)))
    assert statement.speaker_mention == expected


def speakers_of(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = analyze(Article(text=text, language="en", published=date(2025, 3, 5)))
    return [
        (
            s.speaker_mention,
            s.speaker.name if s.speaker else None,
            s.speaker.type if s.speaker else None,
        )
        for s in found
    ]


@pytest.mark.parametrize(
    ("sentence", "mention", "body"),
    [
        (
            '"The tax will pay for the sea wall," a spokesman for the Vestland Ministry of '
            "Transport told reporters.",
            "a spokesman for the Vestland Ministry of Transport",
            "Vestland Ministry of Transport",
        ),
        (
            "Officials at the Kessel Port Authority said the work would start in May.",
            "Officials at the Kessel Port Authority",
            "Kessel Port Authority",
        ),
        (
            "A Harbour Board spokeswoman said the decision was final.",
            "A Harbour Board spokeswoman",
            "Harbour Board",
        ),
    ],
)
def test_spokesperson_named_by_a_body_speaks_for_it(
    en_nlp,  # noqa: F811
    sentence: str,
    mention: str,
    body: str,
):
    [found] = speakers_of(f"Kessel harbour tax approved\n\n{sentence}")
    assert found == (mention, body, "organisation")


def test_named_spokesperson_is_the_person(en_nlp):  # noqa: F811
    sentence = "Harbour Board spokeswoman Ines Calloway said the decision was final."
    [found] = speakers_of(f"Kessel harbour tax approved\n\n{sentence}")
    assert found[1:] == ("Ines Calloway", "person")


def test_a_lawyer_for_a_body_is_not_its_spokesperson(en_nlp):  # noqa: F811
    sentence = "A lawyer for the Kessel Port Authority said the decision was final."
    [found] = speakers_of(f"Kessel harbour tax approved\n\n{sentence}")
    assert found[1] != "Kessel Port Authority"
