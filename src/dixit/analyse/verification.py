"""Verification: does the text say a reported claim is unconfirmed, denied or second-hand?

A journalist who relays a claim often qualifies it in the same or the next sentence: "…,
mais cette information n'a pas encore été confirmée par X", "ce que le ministère a
démenti", "selon des informations non confirmées". Such a statement gets
``verified=False`` and a :class:`~dixit.model.Verification` naming the words. The words
are data (``lang/<code>/verification.yaml``); this module only decides where to read them:

- the statement's sentence and the next one (sentence ends from the grammar), when that
  one has no statement of its own: the words qualify the claim they follow;
- never inside the statement's own cue for a denial or a lack of confirmation ("X a démenti
  que …" is X's denial; "X n'a pas confirmé" is X's statement), nor inside the matter its
  content states (up to ", mais …", the stance module's main clause): "X a dit que le
  rapport n'avait pas été vérifié" is what X says, not a doubt about X;
- second-hand words count anywhere in that reach, the speaker's own mention included
  ("selon une source proche du dossier, …");
- a negation right before the words cancels them ("n'a pas démenti"), unless they hold
  one already ("n'a pas été confirmé").

A statement reported inside an unverified one (``via``) is unverified with it. Nothing here
says a claim is true: without such words ``verified`` stays unknown (None).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from dixit.analyse.stance import main_clause
from dixit.analyse.words import Phrase, find, phrases, words
from dixit.lang import get_language
from dixit.model import Span, Statement, Verification, VerificationReason

#: Words before a phrase in which a negation of the grammar cancels it ("n'a pas démenti").
NEGATION_REACH = 2
#: The reasons in the order they win when several are found around one statement: a claim
#: both second-hand and unconfirmed is shown as unconfirmed, the stronger word.
PRECEDENCE = (
    VerificationReason.DENIED,
    VerificationReason.UNCONFIRMED,
    VerificationReason.SECOND_HAND,
)
#: Reasons read outside the statement's own cue and stated matter only.
OUTSIDE_ONLY = frozenset({VerificationReason.DENIED, VerificationReason.UNCONFIRMED})


@dataclass(frozen=True)
class VerificationLexicon:
    """The verification phrases of one language, by reason."""

    phrases: tuple[tuple[VerificationReason, Phrase], ...]


@cache
def verification_lexicon(language: str | None) -> VerificationLexicon:
    """The ``verification`` lexicon of ``language``."""
    data = get_language(language).lexicon("verification")
    tagged = tuple(
        (reason, phrase)
        for reason in VerificationReason
        for phrase in phrases(data.get(reason.value) or ())
    )
    return VerificationLexicon(tagged)


@dataclass(frozen=True)
class VerificationCue:
    """Verification words found in a text, with their reason."""

    reason: VerificationReason
    text: str
    start: int
    end: int


def verification_cues(text: str, language: str | None) -> list[VerificationCue]:
    """Every verification phrase of ``text``, those a negation bears on left out."""
    negations = get_language(language).grammar.negations
    text_words = words(text)
    tagged = [(reason.value, phrase) for reason, phrase in verification_lexicon(language).phrases]
    found = []
    for match in find(tagged, text_words):
        # A phrase that holds its own negation ("pas encore été confirmé") is not turned
        # by the "n'" before it.
        negated_already = any(part in negations for part in match.phrase.parts)
        before = text_words[max(0, match.first - NEGATION_REACH) : match.first]
        if not negated_already and any(w.text in negations for w in before):
            continue
        start, end = text_words[match.first].start, text_words[match.last - 1].end
        found.append(VerificationCue(VerificationReason(match.tag), text[start:end], start, end))
    return found


def sentence_spans(text: str, language: str | None) -> list[Span]:
    """Sentences of ``text``: a newline, or a sentence end followed by a space, ends one.

    Stored statements carry no parse, so sentences are cut on characters; a closing quote
    after the end mark ("oui. »", French spacing included) stays with its sentence.
    """
    ends = "".join(re.escape(e) for e in sorted(get_language(language).grammar.sentence_ends))
    closing = r"(?:[ \u00a0\u202f]?[\"»”’)])*"
    pattern = re.compile(rf"[{ends}]+{closing}(?=\s)|\n" if ends else r"\n")
    spans: list[Span] = []
    start = 0
    for match in pattern.finditer(text):
        if text[start : match.end()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def extent(statement: Statement) -> Span:
    """Where a statement sits: its content, cue and speaker mention."""
    present = [
        s
        for s in (statement.content_span, statement.cue_span, statement.speaker_mention_span)
        if s is not None
    ]
    return min(s[0] for s in present), max(s[1] for s in present)


def sentence_range(span: Span, sentences: list[Span]) -> tuple[int, int]:
    """Indices of the first and last sentence ``span`` touches."""
    start, end = span
    inside = [i for i, (a, b) in enumerate(sentences) if a < end and start < b]
    return (inside[0], inside[-1]) if inside else (-1, -1)


def owners(
    cue: VerificationCue,
    statements: list[Statement],
    ranges: dict[str, tuple[int, int]],
    sentences: list[Span],
) -> set[str]:
    """The statements a cue qualifies: those in its sentence, else those of the sentence
    just before it (a qualification follows the claim: "… a affirmé que …. L'information
    n'a pas été confirmée."). A statement whose own cue the words are ("Y a démenti") is
    the denial, not a claim of the sentence: the claim is the one before."""
    at, _ = sentence_range((cue.start, cue.end), sentences)
    spoken_by = {
        s.id
        for s in statements
        if cue.reason in OUTSIDE_ONLY and s.cue_span and inside(cue, [s.cue_span])
    }
    same = {
        sid for sid, (first, last) in ranges.items() if first <= at <= last and sid not in spoken_by
    }
    if same:
        return same
    return {sid for sid, (_, last) in ranges.items() if last == at - 1}


def own_words(statement: Statement, language: str | None) -> list[Span]:
    """Spans a denial or lack of confirmation is not read in: the cue and the stated matter."""
    start = statement.content_span[0]
    stated = main_clause(statement.content, language)
    spans = [(start, start + len(stated))]
    if statement.cue_span is not None:
        spans.append(statement.cue_span)
    return spans


def inside(cue: VerificationCue, spans: Iterable[Span]) -> bool:
    return any(cue.start < b and a < cue.end for a, b in spans)


def verification_of(
    statement: Statement, cues: list[VerificationCue], language: str | None
) -> Verification | None:
    """The words among ``cues`` (those that qualify it) that make ``statement``
    unverified, or None."""
    own = own_words(statement, language)
    near = [c for c in cues if not (c.reason in OUTSIDE_ONLY and inside(c, own))]
    for reason in PRECEDENCE:
        found = [c for c in near if c.reason is reason]
        if found:
            first = found[0]
            return Verification(reason, first.text, (first.start, first.end))
    return None


def verify(text: str, statements: list[Statement], language: str | None) -> list[Statement]:
    """Copies of ``statements`` (all of one article whose text is ``text``) with
    ``verified=False`` and a ``verification`` where the text says so; others unchanged.

    A statement reported inside an unverified one (``via``) takes its verification.
    """
    cues = verification_cues(text, language)
    if not cues:
        return list(statements)
    sentences = sentence_spans(text, language)
    ranges = {s.id: sentence_range(extent(s), sentences) for s in statements}
    qualifying: dict[str, list[VerificationCue]] = {s.id: [] for s in statements}
    for cue in cues:
        for sid in owners(cue, statements, ranges, sentences):
            qualifying[sid].append(cue)
    found = {s.id: verification_of(s, qualifying[s.id], language) for s in statements}
    by_id = {s.id: s for s in statements}
    checked = []
    for statement in statements:
        verification = found[statement.id]
        reporter = by_id.get(statement.via) if statement.via else None
        if verification is None and reporter is not None:
            verification = found.get(reporter.id)
        if verification is None:
            checked.append(statement)
        else:
            checked.append(replace(statement, verified=False, verification=verification))
    return checked
