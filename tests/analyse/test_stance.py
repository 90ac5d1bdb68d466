"""Stance from the cue's meaning, its negation, and the content's own words."""

from __future__ import annotations

import pytest
from positions_story import said

from dixit.analyse import stance_of


@pytest.mark.parametrize(
    ("content", "cue", "lemma", "polarity", "expected"),
    [
        # the cue's meaning
        ("de rouvrir la ligne ferroviaire", "a exclu", "exclure", "affirmed", "opposes"),
        ("de rouvrir la ligne ferroviaire", "n'a pas exclu", "exclure", "negated", "open"),
        ("un référendum local sur le barrage", "a promis", "promettre", "affirmed", "supports"),
        ("pour une taxe sur les yachts", "a plaidé", "plaider", "affirmed", "supports"),
        ("toute fusion des deux communes", "a rejeté", "rejeter", "affirmed", "opposes"),
        ("qu'un accord soit signé", "a démenti", "démentir", "affirmed", "opposes"),
        # a supporting cue over a negated content
        ("de ne pas fermer la maternité", "a promis", "promettre", "affirmed", "opposes"),
        # a neutral cue: the content decides
        ("la fusion est impossible", "a déclaré", "déclarer", "affirmed", "opposes"),
        ("il n'est pas question de fermer le port", "a dit", "dire", "affirmed", "opposes"),
        ("une hausse est hors de question", "a tranché", "trancher", "affirmed", "opposes"),
        ("une hausse n'est pas exclue", "a déclaré", "déclarer", "affirmed", "open"),
        ("elle était ouverte à l'idée d'un péage", "a dit", "dire", "affirmed", "open"),
        ("les gendarmes ne quitteront pas le village", "a dit", "dire", "affirmed", "opposes"),
        ("il faut agrandir le port", "a déclaré", "déclarer", "affirmed", "supports"),
        ("ce n'est pas possible", "a déclaré", "déclarer", "affirmed", "opposes"),
        # a vouching cue lets the content decide
        ("le péage restait possible", "a assuré", "assurer", "affirmed", "open"),
        ("le péage ne verra jamais le jour", "a assuré", "assurer", "affirmed", "opposes"),
        ("le péage sera construit", "a confirmé", "confirmer", "affirmed", "supports"),
        # nothing says: unclear, never a guess
        ("le conseil se réunira jeudi", "a déclaré", "déclarer", "affirmed", "unclear"),
        ("il a plu toute la nuit", "a raconté", "raconter", "affirmed", "unclear"),
    ],
)
def test_stance_of(content: str, cue: str, lemma: str, polarity: str, expected: str) -> None:
    statement = said(content, cue=cue, lemma=lemma, polarity=polarity)
    assert stance_of(statement, "fr").stance == expected


def test_cue_weighs_more_than_content() -> None:
    by_cue = stance_of(said("la fusion", cue="a rejeté", lemma="rejeter"), "fr")
    by_content = stance_of(said("la fusion est impossible"), "fr")
    assert by_cue.confidence > by_content.confidence > 0


def test_plus_without_particle_is_no_negation() -> None:
    # "plus" of quantity: no "ne" before it.
    statement = said("il faut plus de trains vers la côte")
    assert stance_of(statement, "fr").stance == "supports"


def test_negated_supporting_cue_leaves_the_content_to_decide() -> None:
    statement = said(
        "l'accord « impossible »", cue="ne défendra pas", lemma="défendre", polarity="negated"
    )
    assert stance_of(statement, "fr").stance == "opposes"


def test_negation_after_mais_is_another_matter() -> None:
    statement = said(
        "il viendrait au sommet, mais la date n'est pas fixée", cue="a promis", lemma="promettre"
    )
    assert stance_of(statement, "fr").stance == "supports"


def test_negation_before_mais_counts() -> None:
    statement = said(
        "il ne viendra pas au sommet, mais il enverra un ministre",
        cue="a promis",
        lemma="promettre",
    )
    assert stance_of(statement, "fr").stance == "opposes"
