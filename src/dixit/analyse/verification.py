"""Verification: does the text say a reported claim is unconfirmed, denied or second-hand?

A journalist who relays a claim often qualifies it in the same or the next sentence: "…,
mais cette information n'a pas encore été confirmée par X", "ce que le ministère a
démenti", "selon des informations non confirmées". Such a statement gets a
:class:`~dixit.model.Verification` naming the words, and ``verified=False`` when they say
it is unconfirmed or denied (second-hand words are noted, ``verified`` stays unknown). The
words are data (``lang/<code>/verification.yaml``); this module decides where to read them:

- the statement's sentence, or the sentence before the words when theirs has no other
  statement: the words qualify the claim they follow;
- the speaker who denies or does not confirm is not the claim's: a statement whose cue the
  words are ("Y a démenti avoir …"), or whose speaker mention is their subject ("le
  groupe n'a pas confirmé, se bornant à dire que …"), and that speaker's other statements
  there, are passed over;
- never inside the statement's own cue for a denial or a lack of confirmation, nor inside
  the matter its content states (up to ", mais …", the stance module's main clause): "X a
  dit que le rapport n'avait pas été vérifié" is what X says, not a doubt about X;
- second-hand words count anywhere in that reach, the speaker's own mention included
  ("selon une source proche du dossier, …");
- a negation right before the words cancels them ("n'a pas démenti"), unless they hold
  one already ("n'a pas été confirmé").

A denial that is another named speaker's statement ("Le directeur a démenti avoir …") is a
contradiction between two speakers (:class:`Denial`), not a doubt the journalist casts:
the claim's ``verified`` is left alone. A statement reported inside an unverified one
(``via``) is unverified with it. Nothing here says a claim is true: without such words
``verified`` stays unknown (None).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
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
#: Reasons that make a claim unverified (``verified=False``); a second-hand one is noted.
UNVERIFYING = frozenset({VerificationReason.DENIED, VerificationReason.UNCONFIRMED})
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


#: Words between a speaker mention and the words after it for that speaker to be their
#: subject: the auxiliary and negation of "le groupe Brivane n'a pas confirmé".
SUBJECT_GAP = 2


def deniers(cue: VerificationCue, statements: Sequence[Statement], text: str) -> list[Statement]:
    """Statements whose speaker says the words: the words are their cue ("Y a démenti
    avoir …"), or their speaker mention is the words' subject ("Le groupe Brivane n'a pas
    confirmé, se bornant à dire que …")."""
    found = []
    for s in statements:
        said = s.cue_span is not None and inside(cue, [s.cue_span])
        mention = s.speaker_mention_span
        subject = (
            mention is not None
            and mention[1] <= cue.start
            and len(words(text[mention[1] : cue.start])) <= SUBJECT_GAP
        )
        if said or subject:
            found.append(s)
    return found


def owners(
    cue: VerificationCue,
    statements: Sequence[Statement],
    ranges: dict[str, tuple[int, int]],
    sentences: list[Span],
    text: str,
) -> list[Statement]:
    """The statements a cue qualifies: those in its sentence, else those of the sentence
    just before it (a qualification follows the claim: "… a affirmé que …. L'information
    n'a pas été confirmée."). The speaker who denies or does not confirm is not the
    claim's: their statements in that sentence (the words as cue, or as their subject's
    verb) are left out, and the claim is looked for before them."""
    at, _ = sentence_range((cue.start, cue.end), sentences)
    speaking = deniers(cue, statements, text)
    saying = {s.speaker.id for s in speaking if s.speaker is not None}
    left_out = {s.id for s in speaking} | {
        s.id
        for s in statements
        if s.speaker is not None
        and s.speaker.id in saying
        and ranges[s.id][0] <= at <= ranges[s.id][1]
    }
    if cue.reason not in OUTSIDE_ONLY:
        left_out = set()
    candidates = [s for s in statements if s.id not in left_out]
    same = [s for s in candidates if ranges[s.id][0] <= at <= ranges[s.id][1]]
    if same:
        return same
    before = [s for s in candidates if ranges[s.id][1] == at - 1]
    return before + earlier_run(before, candidates, ranges)


def earlier_run(
    found: list[Statement], candidates: list[Statement], ranges: dict[str, tuple[int, int]]
) -> list[Statement]:
    """Statements of the same single speaker in the sentences just before ``found``, back
    to another speaker's: a qualification after a speaker's run of statements ("X a
    déclaré que …. « … », a ajouté X. L'engagement n'a pas été confirmé.") is about the
    run."""
    speakers = {s.speaker.id if s.speaker else None for s in found}
    if len(speakers) != 1 or None in speakers:
        return []
    (speaker,) = speakers
    first = min(ranges[s.id][0] for s in found)
    run: list[Statement] = []
    for statement in sorted(candidates, key=lambda s: -ranges[s.id][1]):
        if ranges[statement.id][1] >= first or statement in found:
            continue
        if statement.speaker is None or statement.speaker.id != speaker:
            if statement.via is None:
                break
            continue
        run.append(statement)
    return run


@dataclass(frozen=True)
class Denial:
    """A claim and another speaker's statement that denies it, in one article."""

    claim: Statement
    denial: Statement
    cue: VerificationCue


def named_denials(
    cue: VerificationCue,
    statements: Sequence[Statement],
    ranges: dict[str, tuple[int, int]],
    sentences: list[Span],
    text: str,
) -> list[Denial]:
    """When denying words are said by a known speaker (a statement's cue, "Le directeur a
    démenti avoir …", or its speaker's verb, "La direction a démenti …, assurant que …"),
    the claims they answer and that statement: a contradiction between two speakers, not
    a doubt the journalist casts."""
    if cue.reason is not VerificationReason.DENIED:
        return []
    spoken = [s for s in deniers(cue, statements, text) if s.speaker is not None]
    if not spoken:
        return []
    denial = spoken[0]
    return [
        Denial(claim, denial, cue)
        for claim in owners(cue, statements, ranges, sentences, text)
        if claim.speaker is not None and claim.speaker.id != denial.speaker.id
    ]


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


@dataclass(frozen=True)
class ArticleReading:
    """What the verification words of one article say: each statement's verification,
    and the denials by named speakers."""

    verifications: dict[str, Verification]
    denials: list[Denial]


def read_article(
    text: str, statements: Sequence[Statement], language: str | None
) -> ArticleReading:
    """The verification words of ``text`` (one article) read against its statements."""
    cues = verification_cues(text, language)
    if not cues:
        return ArticleReading({}, [])
    sentences = sentence_spans(text, language)
    ranges = {s.id: sentence_range(extent(s), sentences) for s in statements}
    qualifying: dict[str, list[VerificationCue]] = {s.id: [] for s in statements}
    denials: list[Denial] = []
    for cue in cues:
        said_by = [s for s in deniers(cue, statements, text) if s.speaker is not None]
        if cue.reason is VerificationReason.DENIED and said_by:
            # A named speaker's denial: a contradiction, whoever made the claim.
            denials += named_denials(cue, statements, ranges, sentences, text)
            continue
        for statement in owners(cue, statements, ranges, sentences, text):
            qualifying[statement.id].append(cue)
    verifications = {}
    for statement in statements:
        verification = verification_of(statement, qualifying[statement.id], language)
        if verification is not None:
            verifications[statement.id] = verification
    for statement in statements:
        if statement.id not in verifications and statement.via in verifications:
            verifications[statement.id] = verifications[statement.via]
    return ArticleReading(verifications, denials)


def verify(text: str, statements: list[Statement], language: str | None) -> list[Statement]:
    """Copies of ``statements`` (all of one article whose text is ``text``) with their
    ``verification`` where the text qualifies them; others unchanged.

    ``verified`` is set to False for a claim the text says is unconfirmed or denied; a
    second-hand one keeps ``verified`` unknown, its words noted in ``verification`` (the
    gold's convention: naming no source is not doubting the claim). A statement reported
    inside an unverified one (``via``) takes its verification. A denial spoken by another
    named speaker is a contradiction (:func:`read_article`), and leaves ``verified`` alone.
    """
    found = read_article(text, statements, language).verifications
    checked = []
    for statement in statements:
        verification = found.get(statement.id)
        if verification is None:
            checked.append(statement)
            continue
        verified = False if verification.reason in UNVERIFYING else statement.verified
        checked.append(replace(statement, verified=verified, verification=verification))
    return checked
