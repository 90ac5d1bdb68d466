"""Whom a present participle after a clause speaks for (session 16, issue 11).

A gerund or participle that closes a sentence ("…, en insistant sur …", "…, soulignant
que …") speaks for its clause's subject. When that clause opens after a comma, it may be
an incise with its subject after the verb ("…, précise la préfecture, tout en assurant
que …"); but a clause whose subject stands before it is no incise, even when a name set
between commas closes that subject. Invented text in the layout of wire copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def by_cue(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return {s.cue: (s.speaker_mention, s.speaker.name if s.speaker else None) for s in found}


def test_a_gerund_after_a_clause_with_its_subject_before_it(nlp) -> None:
    text = (
        "Le préfet et le directeur du site, Marc Delorme, ont livré un aperçu des "
        "négociations de la matinée, en insistant sur le rôle des élus locaux.\n"
    )
    mention, _ = by_cue(nlp, text)["insistant"]
    assert mention is not None and mention.startswith("Le préfet")


def test_the_object_of_that_clause_never_speaks(nlp) -> None:
    text = (
        "La maire de Vallon, Sophie Ravel, a présenté un bilan des travaux de l'été, en "
        "soulignant que le chantier de l'école avait pris du retard.\n"
    )
    found = by_cue(nlp, text)
    mention, speaker = found["soulignant"]
    assert mention is not None and "bilan" not in mention
    assert speaker == "Sophie Ravel"


def test_an_incise_still_gives_its_postposed_subject(nlp) -> None:
    text = (
        "« Les routes sont dégagées », précise la préfecture dans un communiqué, tout en "
        "assurant que la vigilance reste de mise.\n"
    )
    mention, _ = by_cue(nlp, text)["assurant"]
    assert mention == "la préfecture"
