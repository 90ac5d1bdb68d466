"""Calibrated confidence: a statement's ``confidence`` is the chance that it is right.

"Right" is the shared scoring rule's: the statement matches a gold statement (content ranges
overlapping by half the gold range) and, when the gold names its speaker, dixit's canonical
speaker is that one (``docs/calibration.md``). The chance is a logistic model over a few coarse
classes of what dixit knows of the statement: its kind, the family of the rule that found it,
the class of its speaker's resolution, the shape of the speaker's canonical name (one word, an
organisation, a name with more than three words), whether the article names the speaker once at
most, its length bucket, whether it is nested or not asserted. Coarse classes on purpose: a
rule's or resolution method's own weight, fitted on a few dozen statements, follows the articles
it was fitted on, not news in general. The coefficients are a data file of the language
(``lang/<code>/calibration.yaml``), fitted on several gold sets by ``bench/calibrate.py``
(``dixit.eval.calibration``) at the level of articles no rule was developed on; a language
without one keeps the speaker resolution's own score.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from dixit.lang import LexiconMissing, get_language
from dixit.model import Certainty, ExtractionRule, SpeakerMethod, Statement

#: The name of the constant feature.
BIAS = "bias"

#: How a rule binds words to a speaker: next to a quotation, by a reported clause, by a
#: verb's complement, by a source preposition, or not at all (a floating quotation).
RULE_FAMILY: dict[str, str] = {
    ExtractionRule.INCISE: "quotation",
    ExtractionRule.PREPOSED: "quotation",
    ExtractionRule.QUE_QUOTE: "quotation",
    ExtractionRule.HEADLINE: "quotation",
    ExtractionRule.ATTRIBUTE: "quotation",
    ExtractionRule.INTERVIEW: "quotation",
    ExtractionRule.QUE: "clause",
    ExtractionRule.POSTPOSED: "clause",
    ExtractionRule.COLON_TEXT: "clause",
    ExtractionRule.STANCE: "clause",
    ExtractionRule.VIEW: "clause",
    ExtractionRule.OBJECT: "complement",
    ExtractionRule.INFINITIVE: "complement",
    ExtractionRule.PREPOSITION: "source",
    ExtractionRule.FLOATING: "floating",
}

#: How the speaker was found: a name in the text, or a reference to someone named elsewhere.
SPEAKER_CLASS: dict[str, str] = {
    SpeakerMethod.NAME: "named",
    SpeakerMethod.ALIAS: "named",
    SpeakerMethod.APPOSITION: "named",
    SpeakerMethod.ROLE: "named",
    SpeakerMethod.DESCRIPTION: "reference",
    SpeakerMethod.PRONOUN: "reference",
    SpeakerMethod.CONTINUATION: "reference",
    SpeakerMethod.HEADLINE: "reference",
}

#: A canonical name longer than this (words) has a title or a description glued to it ("Quebec
#: Liberal MP Alexandra Mendès"): the name was read from a mention the resolution did not cut.
LONG_NAME_WORDS = 3

#: The feature of a speaker the article names once at most (``speaker_mentions``).
NAMED_ONCE = "speaker_named_once"

#: Upper bounds (characters of content) of the length buckets; longer is "long".
LENGTH_BUCKETS: tuple[tuple[int, str], ...] = ((60, "short"), (250, "medium"))


def length_bucket(content: str) -> str:
    """A content's length class: "short" (a phrase), "medium", "long" (sentences)."""
    return next((name for bound, name in LENGTH_BUCKETS if len(content) < bound), "long")


def speaker_mentions(
    statement: Statement, text: str, counted: dict[str, int] | None = None
) -> int | None:
    """How many times the article's text writes the last word of the speaker's canonical name
    (its surname, mostly), or None for a statement without a speaker. A speaker the article
    names once at most (or only through a description the registry resolved) was tied to the
    statement by one mention: on every gold set, held out, such statements are wrong more
    often than those of a speaker the article names again and again. ``counted`` keeps each
    word's count over ``text`` for the article's next statements."""
    if statement.speaker is None or not statement.speaker.name.split():
        return None
    word = statement.speaker.name.split()[-1]
    if counted is None:
        return text.count(word)
    if word not in counted:
        counted[word] = text.count(word)
    return counted[word]


def features(statement: Statement, mentions: int | None = None) -> dict[str, float]:
    """The features of one statement, by name: indicators of coarse classes; ``mentions`` is
    ``speaker_mentions`` (None: not known, so not given)."""
    if statement.speaker is None:
        speaker = "none"
    else:
        speaker = SPEAKER_CLASS.get(str(statement.speaker_method), "reference")
    found = {
        BIAS: 1.0,
        f"kind={statement.kind}": 1.0,
        f"family={RULE_FAMILY.get(str(statement.method), 'other')}": 1.0,
        f"speaker={speaker}": 1.0,
        f"length={length_bucket(statement.content)}": 1.0,
    }
    found.update(speaker_shape(statement))
    if statement.speaker is not None and mentions is not None and mentions <= 1:
        found[NAMED_ONCE] = 1.0
    if statement.via is not None:
        found["nested"] = 1.0
    if statement.certainty not in (None, Certainty.ASSERTED):
        found["not_asserted"] = 1.0
    return found


def speaker_shape(statement: Statement) -> dict[str, float]:
    """What the speaker's canonical name says of how firmly it was resolved, on articles no
    rule was developed on: one word (a surname never tied to a full name, or a common word
    taken for a name), an organisation (the resolution's type: often a medium or an office
    read where a person spoke), a name with a title glued to it."""
    if statement.speaker is None:
        return {}
    words = len(statement.speaker.name.split())
    shape = {}
    if words == 1:
        shape["speaker_one_word"] = 1.0
    if words > LONG_NAME_WORDS:
        shape["speaker_long_name"] = 1.0
    if statement.speaker.type == "organisation":
        shape["speaker_org"] = 1.0
    return shape


@dataclass(frozen=True)
class Step:
    """One value of the shipped confidence: statements whose model score (``Calibration.score``)
    is below ``below`` and not below the previous step's bound get ``confidence``."""

    below: float
    confidence: float


def stepped(score: float, steps: Sequence[Step]) -> float:
    """The confidence of the step ``score`` falls in; ``score`` itself without steps."""
    if not steps:
        return score
    return next((step.confidence for step in steps if score < step.below), steps[-1].confidence)


@dataclass(frozen=True)
class Calibration:
    """Logistic coefficients by feature name (a feature without one weighs nothing), and the
    steps the score is read through (none: the score is the confidence). A few steps, each the
    mean chance of its statements, on purpose: a fresh set's level differs from the others' by
    as much as the finer distinctions of the score, and ten bins of a hundred statements are
    mostly noise (``docs/calibration.md``)."""

    weights: dict[str, float]
    steps: tuple[Step, ...] = ()

    def score(self, statement: Statement, mentions: int | None = None) -> float:
        """The logistic model's chance that the statement is right, at the fresh level;
        ``mentions`` as ``features`` takes it."""
        found = features(statement, mentions)
        total = sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        return 1.0 / (1.0 + math.exp(-total))

    def probability(self, statement: Statement, mentions: int | None = None) -> float:
        """The statement's confidence: its score read through the steps."""
        return stepped(self.score(statement, mentions), self.steps)


@cache
def calibration_for(language: str) -> Calibration | None:
    """The language's fitted coefficients and steps, or None when it has none yet."""
    try:
        data = get_language(language).lexicon("calibration")
    except LexiconMissing:
        return None
    weights = {str(k): float(v) for k, v in (data.get("weights") or {}).items()}
    steps = tuple(
        Step(float(step["below"]), float(step["confidence"])) for step in data.get("steps") or []
    )
    return Calibration(weights, steps)


def calibrate(statements: list[Statement], text: str, language: str) -> None:
    """Set each statement's ``confidence`` to its calibrated chance of being right, in place;
    ``text`` is their article's."""
    calibration = calibration_for(language)
    if calibration is None:
        return
    counted: dict[str, int] = {}
    for statement in statements:
        mentions = speaker_mentions(statement, text, counted)
        statement.confidence = round(calibration.probability(statement, mentions), 3)
