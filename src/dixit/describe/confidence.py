"""Calibrated confidence: a statement's ``confidence`` is the chance that it is right.

"Right" is the shared scoring rule's: the statement matches a gold statement (content ranges
overlapping by half the gold range) and, when the gold names its speaker, dixit's canonical
speaker is that one (``docs/calibration.md``). The chance is a logistic model over what dixit
already knows of the statement: the rule that found it, how its speaker was resolved, its
kind and certainty, whether it has a cue, a venue, a reporting statement above it, and the
length of its content. The coefficients are a data file of the language
(``lang/<code>/calibration.yaml``), fitted on the development gold by
``bench/calibrate.py`` (``dixit.eval.calibration``); a language without one keeps the speaker
resolution's own score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from dixit.lang import LexiconMissing, get_language
from dixit.model import Statement

#: The name of the constant feature.
BIAS = "bias"


def features(statement: Statement) -> dict[str, float]:
    """The features of one statement, by name: indicators, and the content's length as
    log(characters / 100)."""
    speaker = str(statement.speaker_method) if statement.speaker is not None else "none"
    found = {
        BIAS: 1.0,
        f"method={statement.method}": 1.0,
        f"speaker_method={speaker}": 1.0,
        f"kind={statement.kind}": 1.0,
        f"certainty={statement.certainty}": 1.0,
        "log_length": math.log(max(len(statement.content), 1) / 100),
    }
    if statement.cue is None:
        found["no_cue"] = 1.0
    if statement.venue is not None:
        found["venue"] = 1.0
    if statement.via is not None:
        found["nested"] = 1.0
    if statement.polarity == "negated":
        found["negated"] = 1.0
    return found


@dataclass(frozen=True)
class Calibration:
    """Logistic coefficients by feature name; a feature without one weighs nothing."""

    weights: dict[str, float]

    def probability(self, statement: Statement) -> float:
        score = sum(
            self.weights.get(name, 0.0) * value for name, value in features(statement).items()
        )
        return 1.0 / (1.0 + math.exp(-score))


@cache
def calibration_for(language: str) -> Calibration | None:
    """The language's fitted coefficients, or None when it has none yet."""
    try:
        data = get_language(language).lexicon("calibration")
    except LexiconMissing:
        return None
    return Calibration({str(k): float(v) for k, v in (data.get("weights") or {}).items()})


def calibrate(statements: list[Statement], language: str) -> None:
    """Set each statement's ``confidence`` to its calibrated chance of being right, in place."""
    calibration = calibration_for(language)
    if calibration is None:
        return
    for statement in statements:
        statement.confidence = round(calibration.probability(statement), 3)
