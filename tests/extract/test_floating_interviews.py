"""An interview's answers over several paragraphs (round 7, issue 11): one statement per
paragraph, as the corpus convention counts a quotation over several paragraphs.

Every text is invented for the test (people and places included).
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, Statement


def answers(nlp, text: str) -> list[Statement]:
    statements = statements_from_doc(nlp(text), Article(text=text))
    return [s for s in statements if s.method == "interview"]


INTERVIEW = (
    "Hervé Castagne : « Je rouvrirai la piscine »\n"
    "Le maire de Valbrune répond à nos questions.\n"
    "Pourquoi avoir fermé la piscine ?\n"
    "Je n'avais pas le choix, le bassin fuyait de partout.\n"
    "Les experts ont été formels, et l'appel d'offres est lancé depuis mars.\n"
    "Quand rouvrira-t-elle ?\n"
    "Je m'engage sur le mois de juin. Les habitants le méritent.\n"
)


def test_an_answer_over_two_paragraphs_gives_two_statements(nlp) -> None:
    found = answers(nlp, INTERVIEW)
    assert [s.content for s in found] == [
        "Je n'avais pas le choix, le bassin fuyait de partout.",
        "Les experts ont été formels, et l'appel d'offres est lancé depuis mars.",
        "Je m'engage sur le mois de juin. Les habitants le méritent.",
    ]
    assert {s.speaker.name for s in found if s.speaker} == {"Hervé Castagne"}


def test_narration_after_the_last_answer_is_no_answer(nlp) -> None:
    text = INTERVIEW + "La piscine municipale avait été construite en 1974 par la commune.\n"
    found = answers(nlp, text)
    assert found[-1].content == "Je m'engage sur le mois de juin. Les habitants le méritent."


def test_a_subheading_ends_an_answer(nlp) -> None:
    text = INTERVIEW.replace(
        "Les experts ont été formels",
        "Un chantier de longue haleine\nLes experts ont été formels",
    )
    contents = [s.content for s in answers(nlp, text)]
    assert not any(c.startswith(("Un chantier", "Les experts")) for c in contents)
