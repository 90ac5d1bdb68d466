"""A reported change with one side silent on its stance: the silent side holds the other
stance, inferred (confidence 0.5, ``stance_basis`` "inferred: …"); every side says how its
stance was read, who holds it as written, its cue and its article's source."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from positions_story import said

from dixit.analyse.reported import INFERRED_CONFIDENCE, inferred, reported_reversals
from dixit.analyse.reversals import Position
from dixit.model import Article, Statement


def placed(text: str, content: str, cue: str, lemma: str, mention: str) -> Statement:
    """A statement of Gaëlle Tissier whose spans point into ``text``."""
    cue_start = text.index(cue)
    start = text.index(content)
    statement = said(content, cue=cue, lemma=lemma, speaker="Gaëlle Tissier", article="lormes")
    mention_start = text.index(mention)
    return replace(
        statement,
        content_span=(start, start + len(content)),
        cue_span=(cue_start, cue_start + len(cue)),
        speaker_mention=mention,
        speaker_mention_span=(mention_start, mention_start + len(mention)),
    )


# The earlier side says a stance ("avait exclu"), the new one only what will happen.
TURNED = (
    "Volte-face de la présidente du syndicat des eaux de Lormes.\n"
    "Gaëlle Tissier avait exclu en mars de raccorder le hameau des Aulnes au réseau. "
    "Jeudi, elle a annoncé que les travaux commenceraient à l'automne.\n"
)
# The same words, the change denied: no reversal, no stance to infer.
DENIED = TURNED.replace("Volte-face de la présidente", "Pas de volte-face pour la présidente")


def turned_statements(text: str) -> list[Statement]:
    return [
        placed(
            text,
            "de raccorder le hameau des Aulnes au réseau",
            "avait exclu",
            "exclure",
            "Gaëlle Tissier",
        ),
        placed(text, "les travaux commenceraient à l'automne", "a annoncé", "annoncer", "elle"),
    ]


def test_a_reported_change_gives_the_silent_side_the_other_stance() -> None:
    article = Article(
        text=TURNED,
        id="lormes",
        language="fr",
        title="Les Aulnes raccordés",
        outlet="L'Écho des Aulnes",
        url="https://example.org/aulnes",
        published=date(2026, 4, 3),
    )
    [reversal] = reported_reversals(article, turned_statements(TURNED))
    assert (reversal.before.stance, reversal.after.stance) == ("opposes", "supports")
    assert reversal.before.stance_basis == "cue exclure"
    assert reversal.after.confidence == INFERRED_CONFIDENCE
    assert reversal.after.stance_basis.startswith("inferred")
    data = reversal.to_dict()
    assert data["before"]["speaker_mention"] == "Gaëlle Tissier"
    assert (data["after"]["speaker_mention"], data["after"]["cue"]) == ("elle", "a annoncé")
    for side in (data["before"], data["after"]):
        assert side["title"] == "Les Aulnes raccordés"
        assert side["outlet"] == "L'Écho des Aulnes"
        assert side["url"] == "https://example.org/aulnes"
        assert side["published"] == "2026-04-03"


def test_a_denied_change_reports_nothing_to_infer() -> None:
    article = Article(text=DENIED, id="lormes", language="fr")
    assert reported_reversals(article, turned_statements(DENIED)) == []


def position(stance: str, basis: str = "cue") -> Position:
    return Position("a1", "…", (0, 1), None, stance, 0.9, stance_basis=basis)  # type: ignore[arg-type]


def test_the_silent_old_side_takes_the_other_side_of_the_new_one() -> None:
    old, new = inferred(position("unclear", "no stance word"), position("opposes"))
    assert (old.stance, old.confidence, new.stance) == ("supports", INFERRED_CONFIDENCE, "opposes")
    assert old.stance_basis == "inferred: a reported change to opposes"


def test_a_change_from_open_can_only_be_to_opposing() -> None:
    old, new = inferred(position("open"), position("unclear", "no stance word"))
    assert (old.stance, new.stance) == ("open", "opposes")


def test_two_sides_that_say_their_stance_are_left_as_read() -> None:
    # A stable position told twice is no change: nothing is inferred on either side.
    old, new = inferred(position("supports"), position("supports"))
    assert (old.stance, new.stance) == ("supports", "supports")
    assert "inferred" not in (old.stance_basis or "") + (new.stance_basis or "")


def test_two_silent_sides_stay_unclear() -> None:
    old, new = inferred(position("unclear"), position("unclear"))
    assert (old.stance, new.stance) == ("unclear", "unclear")


WEAK = (
    "Gaëlle Tissier avait promis en mars de raccorder le hameau des Aulnes au réseau. "
    "Jeudi, elle a finalement accepté que les travaux commencent à l'automne.\n"
)


def test_a_position_that_came_at_last_infers_nothing() -> None:
    # "a finalement accepté" says a position came at last, not that it changed: a promise
    # then an acceptance is a position kept, and a weak cue never makes a stance up.
    statements = [
        placed(
            WEAK,
            "de raccorder le hameau des Aulnes au réseau",
            "avait promis",
            "promettre",
            "Gaëlle Tissier",
        ),
        placed(
            WEAK, "que les travaux commencent à l'automne", "a finalement accepté", "dire", "elle"
        ),
    ]
    article = Article(text=WEAK, id="lormes", language="fr")
    assert reported_reversals(article, statements) == []
