"""A company's change told through its spokesman: "X avait pourtant assuré …" (a name the
parser leaves without its verb), set against the words told just before it, and a
description that says X speaks for the body ("le directeur de la communication de
l'enseigne") makes the reversal the body's. Invented sentences; each with a case that must
read otherwise (a president speaks for himself, two bodies leave a common noun unresolved)."""

from __future__ import annotations

import pytest

from dixit.analyse.reported import reported_reversals
from dixit.core import parse, statements_from_doc
from dixit.model import Article

pytestmark = pytest.mark.slow

STORY = (
    "La coopérative Valfruits a annoncé mardi soir qu'elle ne vendrait pas son cidre de "
    "rhubarbe en France.\n\nValfruits a finalement plié. La marque bretonne a renoncé à ce "
    "lancement après une vague de critiques.\n\n"
    "« Nous prenons la décision, en responsabilité, de ne pas commercialiser ce cidre en "
    "France », a annoncé {role} de l'enseigne, Marc Lenoir, sur Radio Vallée.\n\n"
    "Un peu plus tôt dans la journée, Marc Lenoir avait {contrast}assuré à l'AFP que ce cidre "
    "serait « rendu disponible dans tous les magasins » Valfruits qui en feraient la "
    "demande.{other}"
)


def run(nlp, role: str, other: str = "", contrast: str = "pourtant ") -> list[dict]:
    text = STORY.format(role=role, other=other, contrast=contrast)
    article = Article(text=text, id="t", language="fr")
    doc = parse(nlp, text)
    statements = statements_from_doc(doc, article)
    return [r.to_dict() for r in reported_reversals(article, statements, doc=doc)]


def test_a_communication_director_voices_the_company(nlp) -> None:
    [reversal] = run(nlp, "le directeur de la communication")
    assert reversal["speaker"]["name"] == "Valfruits"
    assert reversal["before"]["content"].startswith("avait pourtant assuré")
    # "pourtant" sets it against the words told just before it, the spokesman's quote.
    assert reversal["after"]["content"].startswith("Nous prenons la décision")
    assert (reversal["before"]["stance"], reversal["after"]["stance"]) == ("supports", "opposes")


def test_a_president_speaks_for_himself(nlp) -> None:
    [reversal] = run(nlp, "le président")
    assert reversal["speaker"]["name"] == "Marc Lenoir"


def test_two_bodies_leave_the_common_noun_unresolved(nlp) -> None:
    other = (
        "\n\nLa Fédération des cidriers de Bretagne a déclaré mercredi que ce retrait "
        "coûterait cher aux producteurs."
    )
    found = run(nlp, "le directeur de la communication", other)
    [told] = [r for r in found if r["before"]["content"].startswith("avait pourtant")]
    assert told["speaker"]["name"] == "Marc Lenoir"


def test_without_a_contrast_the_nearest_new_position_is_taken(nlp) -> None:
    found = run(nlp, "le directeur de la communication", contrast="")
    assert all(not r["after"]["content"].startswith("Nous prenons") for r in found)
