"""A present read as its participle homograph after an apposition (session 15, issue 11).

"X, porte-parole de Y, décrit « … »": the tagger reads "décrit" as a participle and the
parser hangs it on the apposition; with a direct object, in a sentence with no other verb, it
is the speaker's own verb. The texts are invented, laid out as regional pages write them.
"""

from __future__ import annotations

import pytest
from extracted import extract


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Lucien Ferrand, porte-parole de l'association des riverains, décrit « un climat "
            "de peur » dans le quartier.",
            "Lucien Ferrand",
            id="decrit-after-a-spokesperson-apposition",
        ),
        pytest.param(
            "Maëlle Korvin, présidente du comité des fêtes, décrit « une ambiance "
            "électrique » sur la place du marché.",
            "Maëlle Korvin",
            id="decrit-after-a-chair-apposition",
        ),
    ],
)
def test_a_present_after_an_apposition_reports(nlp, text: str, speaker: str) -> None:
    (statement,) = extract(nlp, text)
    assert statement.cue == "décrit"
    assert statement.kind == "mixed"
    assert statement.speaker is not None and statement.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Lucien Ferrand, porte-parole de l'association des riverains, décrit par ses "
            "voisins comme un homme « discret », a quitté Montclar en mai.",
            id="a-passive-participle-with-its-agent",
        ),
        pytest.param(
            "Le rapport des inspecteurs, décrit comme « accablant » par la presse locale.",
            id="a-participle-without-an-object",
        ),
    ],
)
def test_a_participle_on_the_apposition_reports_nothing(nlp, text: str) -> None:
    assert [s for s in extract(nlp, text) if s.cue == "décrit"] == []
