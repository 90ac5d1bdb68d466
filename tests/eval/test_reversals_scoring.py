"""The reversals scoring rule (corpus/reversals_fr README) on invented lines."""

from __future__ import annotations

from dixit.eval.reversals import content_covered, score, speaker_agrees

GOLD = [
    {
        "article": "a1",
        "id": "a1-1",
        "speaker": "Claire Dumontel",
        "before": {"content": "un référendum restait possible"},
        "after": {"content": "tout référendum sur la réforme"},
    },
    {"article": "a2", "id": "a2", "no_reversal": True},
]


def predicted(article: str, name: str, before: str, after: str) -> dict:
    return {
        "speaker": {"id": name.lower(), "name": name},
        "before": {"article": article, "content": before},
        "after": {"article": article, "content": after},
    }


def test_speaker_word_and_half_the_words_match() -> None:
    assert speaker_agrees("Claire Dumontel", "Mme Dumontel")
    assert not speaker_agrees("Claire Dumontel", "Marc Aubrac")
    assert content_covered("un référendum restait possible", "le référendum restait possible")
    assert not content_covered("un référendum restait possible", "la ministre a parlé")


def test_score_counts_matches_misses_and_negatives() -> None:
    good = predicted(
        "a1",
        "Dumontel",
        "un référendum restait possible hier",
        "tout référendum sur la réforme des retraites",
    )
    wrong_speaker = predicted(
        "a1", "Marc Aubrac", good["before"]["content"], good["after"]["content"]
    )
    on_negative = predicted("a2", "Dumontel", "x y z", "a b c")
    result = score(GOLD, [good, wrong_speaker, on_negative])
    assert result.figures() == {
        "gold": 1,
        "predicted": 3,
        "matched": 1,
        "sides_matched": 2,
        "precision": 0.333,
        "recall": 1.0,
        # the gold lines carry no stance: nothing to compare
        "stance_accuracy": 0.0,
    }
    assert result.missed == []


def test_stance_accuracy_over_the_matched_sides() -> None:
    gold = [
        {
            "article": "a1",
            "id": "a1-1",
            "speaker": "Claire Dumontel",
            "before": {"content": "un référendum restait possible", "stance": "open"},
            "after": {"content": "tout référendum sur la réforme", "stance": "opposes"},
        }
    ]
    found = predicted(
        "a1", "Dumontel", "un référendum restait possible", "tout référendum sur la réforme"
    )
    found["before"]["stance"], found["after"]["stance"] = "open", "supports"
    assert score(gold, [found]).stance_accuracy == 0.5


def test_a_gold_reversal_is_matched_once() -> None:
    good = predicted(
        "a1", "Dumontel", "un référendum restait possible", "tout référendum sur la réforme"
    )
    result = score(GOLD, [good, good])
    assert (result.matched, len(result.wrong)) == (1, 1)
