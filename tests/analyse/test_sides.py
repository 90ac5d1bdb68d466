"""An issue's sides: a statement naming the contrary of the label is read towards the
issue, and a change within one day counts when the text sets a statement later."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from positions_story import said

from dixit.analyse import Issue, computed_reversals, stance_towards
from dixit.analyse.issues import issue_from_mapping

MON, TUE = date(2026, 3, 2), date(2026, 3, 3)

POOL = issue_from_mapping(
    {
        "id": "pool",
        "label": "Keep the Brévanne pool open",
        "terms": {"fr": [["piscine"]]},
        "sides": {
            "fr": {
                "supports": ["restera ouverte", "rester ouverte", "réouverture"],
                "opposes": ["fermeture", "fermer", "fermera"],
            }
        },
    }
)


def test_rejecting_the_contrary_supports_the_issue() -> None:
    rejected = said("toute fermeture de la piscine", cue="a exclu", lemma="exclure")
    assert stance_towards(rejected, POOL, "fr").stance == "supports"


def test_naming_a_side_without_a_stance_takes_that_side() -> None:
    closing = said("la piscine fermera ses portes en juillet")
    assert stance_towards(closing, POOL, "fr").stance == "opposes"


def test_an_issue_without_sides_reads_the_statement_alone() -> None:
    bare = Issue(id="p", label="Keep the pool open", terms=POOL.terms)
    rejected = said("toute fermeture de la piscine", cue="a exclu", lemma="exclure")
    assert stance_towards(rejected, bare, "fr").stance == "opposes"


def test_same_position_in_other_words_across_days_is_no_reversal() -> None:
    story = [
        said("toute fermeture de la piscine", cue="a exclu", lemma="exclure", day=MON),
        said("la piscine restera ouverte cet été", cue="a assuré", lemma="assurer", day=TUE),
    ]
    assert computed_reversals(story, [POOL], "fr") == []


def test_the_contrary_side_on_a_later_day_is_a_reversal() -> None:
    story = [
        said("toute fermeture de la piscine", cue="a exclu", lemma="exclure", day=MON),
        said("la piscine fermera en juillet", cue="a annoncé", lemma="annoncer", day=TUE, start=90),
    ]
    [reversal] = computed_reversals(story, [POOL], "fr")
    assert (reversal.before.stance, reversal.after.stance) == ("supports", "opposes")


def later(statement, cue: str):
    return replace(statement, date_cue=cue)


def test_a_change_set_later_in_the_same_day_is_a_reversal() -> None:
    story = [
        later(said("la piscine fermera en juillet", day=MON, start=200), "lundi"),
        later(
            said("la piscine restera ouverte", cue="a assuré", lemma="assurer", day=MON, start=10),
            "plus tard dans la journée",
        ),
    ]
    [reversal] = computed_reversals(story, [POOL], "fr")
    assert reversal.after.content == "la piscine restera ouverte"


def test_two_sides_the_same_day_without_order_anchor_nothing() -> None:
    story = [
        later(said("la piscine fermera en juillet", day=MON), "lundi"),
        later(
            said("la piscine restera ouverte", cue="a assuré", lemma="assurer", day=MON), "lundi"
        ),
    ]
    assert computed_reversals(story, [POOL], "fr") == []
