"""Reported reversals: the text itself says a speaker changed position ("volte-face",
"a fait marche arrière", "contrairement à ce qu'il avait dit").

The cue words come from ``lang/<code>/reversals.yaml``. Around each cue, the nearest
statement with a speaker is the new position; the old one is another statement of the same
speaker that the text sets earlier: a pluperfect cue ("avait assuré que …", often the
journalist's summary), an earlier date, or failing both the opposite stance. Without both
sides there is no reversal to show, so a lone cue yields nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc

from dixit.analyse.holders import Ties, holder, same_holder, seat_ties
from dixit.analyse.issues import Issue, issues_of
from dixit.analyse.narrated import read_narrated
from dixit.analyse.narrated_lexicon import narrated_lexicon
from dixit.analyse.probes import NARRATED
from dixit.analyse.reversals import ArticleSource, Evidence, Position, Reversal, is_change
from dixit.analyse.stance import OTHER_SIDE, Stance, stance_of, stance_towards
from dixit.analyse.uncued import held_until_then, told_at_last
from dixit.analyse.words import Match, Phrase, Word, find, phrases, words
from dixit.lang import get_language
from dixit.model import Article, Speaker, Statement

#: Words before a cue that a denial may sit in ("il n'y a pas eu de volte-face").
DENIAL_REACH = 5
#: Words before a cue in which a negation of the grammar cancels it ("n'a pas changé
#: d'avis", "ne renonce pas").
NEGATION_REACH = 2
#: Strength of a reported reversal whose two stances read as a change, and of one whose
#: stances do not (the text's words alone say it changed).
REPORTED_WITH_STANCES = 0.9
REPORTED_ON_WORDS = 0.6


@dataclass(frozen=True)
class ReversalLexicon:
    """The reversal words of one language, parsed once."""

    cues: list[Phrase]
    weak_cues: list[Phrase]
    denials: list[Phrase]
    window: int
    earlier_auxiliaries: frozenset[str]
    earlier_words: list[Phrase]
    imperfect_endings: tuple[str, ...]
    contrary: list[Phrase]
    turn_words: list[Phrase]
    retractions: list[Phrase]
    contrast_words: list[Phrase]
    #: Coordinators after which a verb without a subject of its own shares the tense of
    #: the clause before ("il avait critiqué …, et déclarait …"): ``with_shared_tense``.
    shared_tense_links: frozenset[str] = frozenset()
    #: Nouns of a matter talked about: after a cue ending in a preposition ("revenir sur
    #: le sujet", "est revenue sur l'incident") the cue tells talking again, no change.
    topic_nouns: frozenset[str] = frozenset()
    #: Words a cue of several words may have inside it ("est revenue mardi sur", "a fait
    #: aussitôt machine arrière"): days, parts of the day, adverbs (``cue_matches``).
    cue_gaps: frozenset[str] = frozenset()


@cache
def reversal_lexicon(language: str | None) -> ReversalLexicon:
    """The ``reversals`` lexicon of ``language``."""
    data = get_language(language).lexicon("reversals")
    return ReversalLexicon(
        cues=phrases(data.get("cues") or ()),
        weak_cues=phrases(data.get("weak_cues") or ()),
        denials=phrases(data.get("denials") or ()),
        window=int(data.get("window") or 600),
        earlier_auxiliaries=frozenset(w.lower() for w in data.get("earlier_auxiliaries") or ()),
        earlier_words=phrases(data.get("earlier_words") or ()),
        imperfect_endings=tuple(str(e) for e in data.get("imperfect_endings") or ()),
        contrary=phrases(data.get("contrary") or ()),
        turn_words=phrases(data.get("turn_words") or ()),
        retractions=phrases(data.get("retractions") or ()),
        contrast_words=phrases(data.get("contrast_words") or ()),
        shared_tense_links=frozenset(str(w).lower() for w in data.get("shared_tense_links") or ()),
        topic_nouns=frozenset(str(w).lower() for w in data.get("topic_nouns") or ()),
        cue_gaps=frozenset(str(w).lower() for w in data.get("cue_gaps") or ()),
    )


@dataclass(frozen=True)
class ReversalCue:
    """Words of the text that say a change of position happened."""

    text: str
    start: int
    end: int
    #: The words say a position came at last ("a finalement accepté"), not that it
    #: changed: a reversal only when the stances read as a change.
    weak: bool = False
    #: The words take back a claim ("se rétracte", "mea culpa"): they presuppose an
    #: earlier claim of the same holder.
    retracts: bool = False
    #: The cue's object is a demonstrative ("est revenu sur cette promesse"): it takes up
    #: the position the text has just told.
    takes_up: bool = False
    #: The cue is a noun after a possessive ("sans justifier son revirement"): it names a
    #: change the text tells elsewhere, so it goes after the cues that tell one.
    owned: bool = False


def reversal_cues(text: str, language: str | None) -> list[ReversalCue]:
    """The reversal cues of ``text``, leaving out those a denial or a negation bears on."""
    lexicon = reversal_lexicon(language)
    grammar = get_language(language).grammar
    negations = grammar.negations
    found = []
    tagged = [("cue", p) for p in lexicon.cues] + [("weak", p) for p in lexicon.weak_cues]
    for text_words, match in cue_matches(tagged, words(text), lexicon.cue_gaps):
        before = in_cue_sentence(
            text_words[max(0, match.first - DENIAL_REACH) : match.first],
            text,
            text_words[match.first].start,
            grammar.sentence_ends,
        )
        if find([("denial", p) for p in lexicon.denials], before):
            continue
        if any(w.text in negations for w in before[-NEGATION_REACH:]):
            continue
        if names_a_topic(text_words[match.last : match.last + TOPIC_REACH], lexicon):
            continue
        start, end = text_words[match.first].start, text_words[match.last - 1].end
        cue_words = text_words[match.first : match.last]
        retracts = bool(find([("retracts", p) for p in lexicon.retractions], cue_words))
        found.append(
            ReversalCue(text[start:end], start, end, weak=match.tag == "weak", retracts=retracts)
        )
    return found


def cue_matches(
    tagged: list[tuple[str, Phrase]], text_words: list[Word], gaps: frozenset[str]
) -> list[tuple[list[Word], Match]]:
    """The matches of the cue phrases, each with the word list its indexes refer to: on
    the text's words, then the phrases of several words matched over the words without
    the gaps ("est revenue mardi sur sa décision", "a fait aussitôt machine arrière"),
    when such a match runs over a gap word and overlaps no match of the text's words."""
    found = [(text_words, m) for m in find(tagged, text_words)]
    spans = [(w[m.first].start, w[m.last - 1].end) for w, m in found]
    kept = [w for w in text_words if w.text not in gaps]
    if len(kept) == len(text_words):
        return found
    several = [(tag, p) for tag, p in tagged if len(p.parts) > 1]
    for match in find(several, kept):
        start, end = kept[match.first].start, kept[match.last - 1].end
        inside = sum(1 for w in text_words if start <= w.start and w.end <= end)
        if inside == match.last - match.first:
            continue  # no gap word inside: the text's own match
        if any(start < b and a < end for a, b in spans):
            continue
        found.append((kept, match))
    return found


def in_cue_sentence(before: list, text: str, cue_start: int, ends: frozenset[str]) -> list:
    """The words of ``before`` in the cue's own sentence: a denial or a negation in the
    sentence before ("X avait exclu de vendre le stade. Volte-face : …") bears on that
    sentence's verb, not on the cue. A sentence ends at a final mark or a line break
    between two words."""
    kept = list(before)
    for i, word in enumerate(before):
        following = before[i + 1].start if i + 1 < len(before) else cue_start
        gap = text[word.end : following]
        if "\n" in gap or any(end in gap for end in ends):
            kept = before[i + 1 :]
    return kept


#: Words after a cue in which the noun of a matter talked about may come ("revenir sur |
#: le sujet", "sur | l'incident de mercredi").
TOPIC_REACH = 2


def names_a_topic(after: list, lexicon: ReversalLexicon) -> bool:
    """The words right after a cue name a matter talked about ("revenir sur le sujet dans
    un livre"): the cue tells talking about it again, not a change of position."""
    return any(w.text.split("'")[-1] in lexicon.topic_nouns for w in after if w.text)


#: Tokens after a cue in which a demonstrative determiner makes its object the position
#: just told ("revenu sur cette promesse", "renonce donc à ce projet").
TAKE_UP_REACH = 3


def with_owner(cue: ReversalCue, doc: Doc) -> ReversalCue:
    """The cue, marked ``owned`` when it is a noun right after a possessive determiner
    (the parse's ``Poss=Yes``): "son revirement", "sa volte-face" name a change told
    elsewhere."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or span.start == 0 or span[0].pos_ != "NOUN":
        return cue
    before = doc[span.start - 1]
    if before.pos_ == "DET" and "Yes" in before.morph.get("Poss"):
        return replace(cue, owned=True)
    return cue


def with_take_up(cue: ReversalCue, doc: Doc) -> ReversalCue:
    """The cue, marked ``takes_up`` when a demonstrative determiner (the parse's
    ``PronType=Dem``) follows it closely: "X est revenu sur cette promesse" is about the
    promise the text has just told, whoever the text gave it to."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return cue
    after = doc[span.end : min(len(doc), span.end + TAKE_UP_REACH)]
    for token in after:
        if token.is_punct:
            break
        if token.pos_ == "DET":
            if "Dem" in token.morph.get("PronType"):
                return replace(cue, takes_up=True)
            break
    return cue


def taken_up(
    after: Statement, spoken: list[Statement], cue: ReversalCue, window: int
) -> Statement | None:
    """The position a demonstrative after the cue takes up: the one whose content ends
    last before the cue, within ``window``, when its holder may be the new position's
    (the same, or a body and a person who speaks for it: "le gouvernement jurait …. Le
    président est revenu sur cette promesse"). Two different people are not one line
    (a successor goes back on a predecessor's promise)."""
    told = [
        s
        for s in spoken
        if s.id != after.id
        and not overlaps(s, after)
        and s.content_span[1] <= cue.start
        and cue.start - s.content_span[1] <= window
    ]
    if not told:
        return None
    last = max(told, key=lambda s: s.content_span[1])
    if last.speaker is None or after.speaker is None:
        return None
    if last.speaker.id == after.speaker.id or "organisation" in {
        last.speaker.type,
        after.speaker.type,
    }:
        return last
    return None


def apart(statement: Statement, other: Statement) -> int:
    """Characters between two statements: an old position told just before the new one
    ("X a annoncé le renoncement à …. Mais quelques heures plus tard, X a affirmé que …")
    is tied to it, however far the cue that comments on the change comes."""
    (a, b), (c, d) = extent(statement), extent(other)
    return max(0, c - b, a - d)


def same_paragraph(statement: Statement, cue: ReversalCue, text: str) -> bool:
    """No line break between the statement and the cue: "Dans son mea-culpa …, X a
    indiqué : « … »" introduces its own paragraph's words, not the last ones before it."""
    start, end = extent(statement)
    lo, hi = min(start, cue.start), max(end, cue.end)
    return "\n" not in text[lo:hi]


def extent(statement: Statement) -> tuple[int, int]:
    """Where a statement sits in its article: its content, cue and speaker mention."""
    spans = [statement.content_span, statement.cue_span, statement.speaker_mention_span]
    present = [s for s in spans if s is not None]
    return min(s[0] for s in present), max(s[1] for s in present)


def distance(statement: Statement, cue: ReversalCue) -> int:
    """Characters between a statement and a cue; 0 when the cue is inside the statement."""
    start, end = extent(statement)
    return max(0, start - cue.end, cue.start - end)


def is_earlier(statement: Statement, lexicon: ReversalLexicon) -> bool:
    """The text sets this statement before the story: "avait assuré", "jusqu'ici"."""
    cue_words = words(statement.cue or "")
    # "était-il": the auxiliary before an inverted pronoun.
    if any(w.text.split("-")[0] in lexicon.earlier_auxiliaries for w in cue_words):
        return True
    return bool(find([("earlier", p) for p in lexicon.earlier_words], cue_words))


def is_imperfect(statement: Statement, lexicon: ReversalLexicon) -> bool:
    """The cue's verb is in the imperfect ("répétait que …"): maybe an earlier position."""
    # "affirmait-elle": the verb before an inverted pronoun.
    cue_words = [w.text.split("-")[0] for w in words(statement.cue or "")]
    # The verb opens the cue, or ends it after the words a narrated cue starts with
    # ("contrairement à ce qu'il affirmait").
    ends = lexicon.imperfect_endings
    return bool(cue_words) and (cue_words[0].endswith(ends) or cue_words[-1].endswith(ends))


def shared_issue(
    before: Statement, after: Statement, catalogue: list[Issue], language: str | None
) -> Issue | None:
    """The first catalogue issue both statements are about, if any."""
    after_ids = {i.id for i in issues_of(after, catalogue, language)}
    return next((i for i in issues_of(before, catalogue, language) if i.id in after_ids), None)


def pick_before(
    after: Statement,
    same_speaker: list[Statement],
    cue: ReversalCue,
    language: str | None,
    *,
    earlier_only: bool = False,
    fresh: frozenset[str] = frozenset(),
    text: str = "",
) -> Statement | None:
    """The old position, the nearest to the cue of the first kind found: a statement the
    text sets earlier (pluperfect cue, earlier date), else one of the opposite stance.
    An imperfect cue alone ("répétait") is too weak a sign: it also tells habits and
    ongoing states. ``fresh``: ids of positions that are a change themselves (``fresh``
    in ``reported_reversals``), never an old one. An opposite stance in the new one's own
    sentence is no old position (``text``: the article's): one sentence tells one change
    ("X est le premier à céder, annonçant se retirer")."""
    lexicon = reversal_lexicon(language)
    others = [
        s for s in same_speaker if s.id != after.id and not overlaps(s, after) and s.id not in fresh
    ]
    after_stance = stance_of(after, language).stance
    tests = [lambda s: is_earlier(s, lexicon) or dated_before(s, after)]
    if not earlier_only:
        tests.append(
            lambda s: (
                is_change(stance_of(s, language).stance, after_stance)
                and not told_later(s, after, lexicon)
                and not same_sentence(s, after, text, language)
                and (distance(s, cue) <= lexicon.window or apart(s, after) <= lexicon.window)
            )
        )
    if cue.retracts:
        # "se rétracte", "mea culpa": the words presuppose a claim of the holder's to take
        # back, wherever the article tells it.
        tests.append(lambda s: not told_later(s, after, lexicon))
    for test in tests:
        found = [s for s in others if test(s)]
        if found:
            return min(found, key=lambda s: distance(s, cue))
    return None


def same_sentence(statement: Statement, other: Statement, text: str, language: str | None) -> bool:
    """No sentence end nor line break between the two statements (read on characters:
    statements carry no parse)."""
    if not text:
        return False
    (a, b), (c, d) = extent(statement), extent(other)
    between = text[min(b, d) : max(a, c)]
    ends = get_language(language).grammar.sentence_ends
    return "\n" not in between and not any(e in between for e in ends)


def told_later(statement: Statement, other: Statement, lexicon: ReversalLexicon) -> bool:
    """The tenses put ``statement`` after ``other``: "refusait" (imperfect) tells what held
    before "a voulu" (passé composé), so the imperfect one cannot be the new position."""
    return is_imperfect(other, lexicon) and not (
        is_imperfect(statement, lexicon) or is_earlier(statement, lexicon)
    )


def dated_before(statement: Statement, other: Statement) -> bool:
    a, b = statement.statement_date, other.statement_date
    return a is not None and b is not None and a < b


def overlaps(statement: Statement, other: Statement) -> bool:
    """Two statements sharing content (a headline and its body are one position)."""
    (a, b), (c, d) = statement.content_span, other.content_span
    return a < d and c < b


def nearest_pair(
    current: list[Statement],
    free: list[Statement],
    cue: ReversalCue,
    language: str | None,
    ties: Ties = frozenset(),
    text: str = "",
    fresh: frozenset[str] = frozenset(),
    changes: frozenset[str] = frozenset(),
) -> tuple[Statement, Statement] | None:
    """The (old, new) positions of one speaker the cue is about (``text``: the article's,
    to rank the cue's own paragraph first).

    The nearest statement is the new position (one in the imperfect, "refusait", only when
    there is no other: the imperfect often tells the old position), with any old position
    ``pick_before`` finds. A farther statement is taken instead only when its speaker has
    an old position the text sets earlier (pluperfect, earlier date) nearer the cue than
    the nearest pair: "X avait assuré …. Un revirement" is about X, whoever spoke between.
    """
    lexicon = reversal_lexicon(language)
    ranked = sorted(
        current,
        key=lambda s: (
            # A statement built on the cue's own verb tells the change ("il rectifiait
            # que …"), whatever its tense.
            not on_cue(s, cue),
            is_imperfect(s, lexicon),
            # The cue's own paragraph first; there, a cue clause that only says a change
            # happened is the new side when no position tells what it is.
            not same_paragraph(s, cue, text),
            s.id in changes,
            distance(s, cue),
        ),
    )
    if cue.takes_up and ranked:
        told = taken_up(ranked[0], [s for s in free if s.id not in fresh], cue, lexicon.window)
        if told is not None:
            return told, ranked[0]
    pairs = []
    for rank, after in enumerate(ranked):
        assert after.speaker is not None
        same_speaker = [s for s in free if same_holder(s.speaker, after.speaker, ties)]
        before = pick_before(
            after, same_speaker, cue, language, earlier_only=rank > 0, fresh=fresh, text=text
        )
        if before is not None:
            pairs.append((before, after))
    if not pairs:
        return None
    first = pairs[0]
    if cue.retracts:
        # The claim taken back is told anywhere: the position nearest the cue is the one
        # that takes it back, whichever old position is nearer.
        return first
    if first[1] is ranked[0]:
        closer = [
            p for p in pairs[1:] if distance(p[0], cue) < min(distance(s, cue) for s in first)
        ]
        return min(closer, key=lambda p: distance(p[0], cue), default=first)
    return min(pairs, key=lambda p: distance(p[0], cue))


def on_cue(statement: Statement, cue: ReversalCue) -> bool:
    """The statement's cue is (or holds) the reversal cue's words: "rectifiait" in "il
    rectifiait que …"."""
    span = statement.cue_span
    return span is not None and span[0] < cue.end and cue.start < span[1]


def position(
    side: Statement, origin: dict[str, Statement], issue: Issue | None, language: str | None
) -> Position:
    """The position a statement or a narrated clause shows, its stance read towards the
    issue both sides share (if any); a narrated clause links the statement whose cue it is
    built on, if any."""
    reading = stance_towards(side, issue, language) if issue else stance_of(side, language)
    found = Position.of(side, reading)
    if side.method == NARRATED:
        return replace(found, statement=origin.get(side.via or ""))
    return found


def sides(
    before: Statement,
    after: Statement,
    origin: dict[str, Statement],
    issue: Issue | None,
    language: str | None,
) -> tuple[Position, Position]:
    """The two positions of a reversal. An old position said to be the contrary of the
    new one ("après avoir assuré l'inverse", "contrairement à ce qu'il avait dit") has the
    other side of the new one's stance: its own words name no matter to read."""
    old, new = (position(s, origin, issue, language) for s in (before, after))
    lexicon = reversal_lexicon(language)
    contrary = find([("contrary", p) for p in lexicon.contrary], words(before.content))
    if new.stance in OTHER_SIDE and (contrary or conceded(before, language)):
        said = "the contrary" if contrary else "conceded"
        basis = f"{said} of the new position ({new.stance})"
        old = replace(old, stance=OTHER_SIDE[new.stance], stance_basis=basis)
    return old, new


#: Confidence of a stance a reported change implies rather than words state (``inferred``).
INFERRED_CONFIDENCE = 0.5
#: The stance a reported change implies on the silent side: the other side; from "open",
#: the only change is to or from opposing (``is_change``).
IMPLIED: dict[str, Stance] = {"supports": "opposes", "opposes": "supports", "open": "opposes"}


def inferred(old: Position, new: Position) -> tuple[Position, Position]:
    """The two sides of a change the text reports ("volte-face", "après avoir affirmé …, X
    a finalement …"), when only one of them says a stance: the silent side (``unclear``)
    holds the other one, with a lower confidence and a basis that says it is inferred.
    Sides that both say a stance, or neither, are left as read."""
    if old.stance == "unclear" and new.stance in IMPLIED:
        basis = f"inferred: a reported change to {new.stance}"
        old = replace(
            old, stance=IMPLIED[new.stance], confidence=INFERRED_CONFIDENCE, stance_basis=basis
        )
    elif new.stance == "unclear" and old.stance in IMPLIED:
        basis = f"inferred: a reported change from {old.stance}"
        new = replace(
            new, stance=IMPLIED[old.stance], confidence=INFERRED_CONFIDENCE, stance_basis=basis
        )
    return old, new


def conceded(before: Statement, language: str | None) -> bool:
    """The old position is a concession's noun ("malgré ses dénégations"): what the holder
    held against the clause, so the other side of it."""
    first = words(before.cue or "")[:1]
    marks = narrated_lexicon(language).concession_marks
    return before.method == NARRATED and bool(first) and first[0].text in marks


def reported_reversals(
    article: Article,
    statements: Iterable[Statement],
    catalogue: Iterable[Issue] = (),
    language: str | None = None,
    doc: Doc | None = None,
) -> list[Reversal]:
    """The reversals ``article`` reports in words, each with both positions.

    With ``doc``, the parse of ``article.text``, the positions the journalist narrates
    (``dixit.analyse.narrated``: "avait promis que …", "jusque-là réticent à …", "a fini
    par …") take part besides the statements; without it only statements do.
    """
    language = language or article.language
    lexicon = reversal_lexicon(language)
    catalogue = list(catalogue)
    statements = [s for s in statements if s.article == article.id]
    origin = {s.id: s for s in statements}
    spoken = [
        with_shared_tense(
            with_earlier_adverbs(with_auxiliary(s, article.text, lexicon), article.text, lexicon),
            article.text,
            lexicon,
            language,
        )
        for s in statements
        if s.speaker
    ]
    cues = reversal_cues(article.text, language)
    if doc is not None:
        cues = [with_owner(with_take_up(cue, doc), doc) for cue in cues]
    turns: list[tuple[Statement, Statement]] = []
    ties: Ties = frozenset()
    undone: frozenset[str] = frozenset()
    ordered: frozenset[str] = frozenset()
    changes: frozenset[str] = frozenset()
    plans: frozenset[str] = frozenset()
    voiced: dict[str, str] = {}
    if doc is not None:
        # A retraction's verb names what is taken back ("se rétracte sur la qualité de
        # l'eau"), not a new position: its clause is no side.
        positions_at = [(c.start, c.end) for c in cues if not c.retracts]
        reading = read_narrated(doc, article, statements, positions_at)
        narrated = [p for p in reading.positions if p.speaker is not None]
        widened = {p.via for p in narrated}
        spoken = [s for s in spoken if s.id not in widened] + narrated
        # A turn's current side may be a statement ("Cette annonce, attendue malgré …"
        # takes up the words told before).
        by_id = {p.id: p for p in spoken}
        turns = [(by_id[a], by_id[b]) for a, b in reading.turns if a in by_id and b in by_id]
        ties = reading.ties
        undone = reading.undone
        ordered = reading.ordered
        changes = reading.changes
        plans = reading.plans
        voiced = reading.voices
    reversals: list[Reversal] = []
    # A statement is one side of one reported reversal: a second cue near the same words
    # ("revirement …, virage …") says the same change again.
    used: set[str] = set()
    # The cue nearest to a statement first: a headline's "volte-face" far from any
    # statement takes what the cues in the body have left. Between cues as near, the one
    # nearer a position the text sets earlier: a headline ("X renonce à …") repeats what the
    # body tells with both sides.
    earlier = [s for s in spoken if is_earlier(s, lexicon)]
    cues.sort(
        key=lambda cue: (
            # "sans justifier son revirement" names the change a cue elsewhere tells.
            cue.owned,
            min((distance(s, cue) for s in spoken), default=0),
            min((distance(s, cue) for s in earlier), default=0),
        )
    )
    ties = ties | seat_ties(spoken, language)
    # A cue clause that says only that a change happened is a new side, never an old one.
    fresh = fresh_positions(spoken, cues, lexicon, article.text, language) | changes
    undoings = {b.id for a, b in turns if a.id in undone}
    for cue in cues:
        free = [s for s in spoken if s.id not in used]
        # The earlier side of an undoing ("les droits imposés …") is never the new one, and
        # the undoing itself is paired with it below, whatever stances lie nearer the cue.
        current = [
            s
            for s in free
            if distance(s, cue) <= lexicon.window
            and not is_earlier(s, lexicon)
            and s.id not in undone
            and s.id not in undoings
        ]
        if not current:
            continue
        pair = nearest_pair(current, free, cue, language, ties, article.text, fresh, changes)
        if pair is None:
            continue
        before, after = pair
        after = contrasted(before, free, language, ties) or after
        assert before.speaker is not None and after.speaker is not None
        issue = shared_issue(before, after, catalogue, language)
        old, new = sides(before, after, origin, issue, language)
        if after.id in changes and old.stance in OTHER_SIDE:
            # "X a fait marche arrière": the words say the position is now the other one.
            basis = f"a bare change from {old.stance}"
            new = replace(new, stance=OTHER_SIDE[old.stance], stance_basis=basis)
        changed = is_change(old.stance, new.stance)
        if cue.weak and not changed:
            continue
        # A cue that says a change happened: a side silent on its stance holds the other.
        old, new = inferred(old, new)
        used |= {before.id, after.id} | told_with(spoken, (before, after), doc, ties)
        reversals.append(
            Reversal(
                speaker=voiced_holder(holder(before.speaker, after.speaker), voiced, spoken),
                issue=issue,
                before=old,
                after=new,
                evidence=Evidence("reported", cue.text, (cue.start, cue.end), article.id),
                strength=REPORTED_WITH_STANCES if changed else REPORTED_ON_WORDS,
            )
        )

    def told_turn(before: Statement, after: Statement) -> Reversal:
        """The reversal a turn of the narration tells ("avait promis …, a finalement …"),
        its evidence the earlier statement's own cue; both sides' statements are used."""
        assert before.speaker is not None and after.speaker is not None
        assert before.cue_span is not None
        used.update({before.id, after.id} | told_with(spoken, (before, after), doc, ties))
        issue = shared_issue(before, after, catalogue, language)
        old, new = inferred(*sides(before, after, origin, issue, language))
        return Reversal(
            speaker=voiced_holder(holder(before.speaker, after.speaker), voiced, spoken),
            issue=issue,
            before=old,
            after=new,
            evidence=Evidence("reported", before.cue, before.cue_span, article.id),
            strength=REPORTED_WITH_STANCES,
        )

    for before, after in turns:
        if before.id in used or after.id in used:
            continue
        if not is_turn(
            before,
            after,
            language,
            ties,
            undone=before.id in undone or before.id in plans,
            ordered=before.id in ordered,
        ):
            continue
        if any(retells(r, after, lexicon.window, ties) for r in reversals):
            continue
        reversals.append(told_turn(before, after))
    for before, after in uncued_pairs(spoken, used, fresh, language, ties, article.text):
        if any(retells(r, after, lexicon.window, ties) for r in reversals):
            continue
        reversals.append(told_turn(before, after))
    source = ArticleSource.of(article)
    return [
        replace(r, before=replace(r.before, source=source), after=replace(r.after, source=source))
        for r in reversals
    ]


def uncued_pairs(
    spoken: list[Statement],
    used: set[str],
    fresh: frozenset[str],
    language: str | None,
    ties: Ties,
    text: str,
) -> list[tuple[Statement, Statement]]:
    """(old, new) positions of one holder that the text sets against each other with no
    reversal word (``dixit.analyse.uncued``): the old one in a past tense with a word that
    says it held until then ("assurait pourtant", "Jusque-là, X se refusait …"), the new
    one of the same holder told as the present state, within the window, when the stances
    read as a change or the new one is said to come at last ("tranche-t-il désormais").
    Each old position takes the nearest such new one; a position serves one pair."""
    lexicon = reversal_lexicon(language)
    free = [s for s in spoken if s.id not in used and s.cue_span is not None]
    olds = [
        s
        for s in free
        if s.id not in fresh
        and (is_earlier(s, lexicon) or is_imperfect(s, lexicon))
        and held_until_then(s, text, language)
    ]
    taken: set[str] = set()
    pairs = []
    for before in sorted(olds, key=lambda s: extent(s)[0]):
        if before.id in taken:
            continue
        stance = stance_of(before, language).stance
        contrary = find([("contrary", p) for p in lexicon.contrary], words(before.content))
        found = [
            s
            for s in free
            if s.id not in taken
            and s.id != before.id
            and not overlaps(s, before)
            and same_holder(s.speaker, before.speaker, ties)
            and not (is_earlier(s, lexicon) or is_imperfect(s, lexicon))
            and apart(s, before) <= lexicon.window
            and (contrary or reads_as_turn(stance, s, text, language))
        ]
        if not found:
            continue
        after = min(found, key=lambda s: apart(s, before))
        taken |= {before.id, after.id}
        pairs.append((before, after))
    return pairs


def reads_as_turn(old: str, new: Statement, text: str, language: str | None) -> bool:
    """The new position against an old one of ``old`` stance reads as a change: the
    stances do, or the new one is said to come at last ("tranche-t-il désormais") without
    repeating the same side ("s'y oppose désormais fermement" after "s'opposait")."""
    now = stance_of(new, language).stance
    if is_change(old, now):  # type: ignore[arg-type]
        return True
    return told_at_last(new, text, language) and not (old == now != "unclear")


def with_auxiliary(statement: Statement, text: str, lexicon: ReversalLexicon) -> Statement:
    """A statement whose cue the extractor took without the auxiliary just before it ("«
    … », avait fait valoir Matignon": cue "fait valoir") gets it back in its cue: the
    pluperfect sets the position before the story."""
    if statement.cue_span is None:
        return statement
    start = statement.cue_span[0]
    head = text[:start].rstrip()
    if len(head) == len(text[:start]) or not head:
        return statement
    word = head.split()[-1].lower()
    if word not in lexicon.earlier_auxiliaries:
        return statement
    begin = len(head) - len(word)
    return replace(
        statement, cue=text[begin : statement.cue_span[1]], cue_span=(begin, statement.cue_span[1])
    )


#: Words after an imperfect cue verb in which an earlier-time adverb may come ("clamait
#: pourtant encore que …").
ADVERB_REACH = 3


def with_earlier_adverbs(statement: Statement, text: str, lexicon: ReversalLexicon) -> Statement:
    """An imperfect cue followed by earlier-time adverbs the extractor left out of it ("X
    clamait pourtant encore que …", "assurait jusque-là que …") gets them in its cue: the
    imperfect with "encore" tells what held until then, before the story. With a present
    ("affirme encore que …") the position is the current one, and nothing is added."""
    if statement.cue_span is None or not is_imperfect(statement, lexicon):
        return statement
    end = statement.cue_span[1]
    after = words(text[end : end + 80])[:ADVERB_REACH]
    found = []
    for word in after:
        if not find([("earlier", p) for p in lexicon.earlier_words], [word]):
            break
        found.append(word)
    if not found:
        return statement
    upto = end + found[-1].end
    return replace(
        statement, cue=text[statement.cue_span[0] : upto], cue_span=(statement.cue_span[0], upto)
    )


def with_shared_tense(
    statement: Statement, text: str, lexicon: ReversalLexicon, language: str | None
) -> Statement:
    """ "En campagne, il avait vivement critiqué l'accord, et déclarait vouloir le casser":
    an imperfect cue right after a coordinator (``shared_tense_links``), with no subject of
    its own, continues the clause before it in the same sentence; when that clause is in
    the pluperfect, the statement is set before the story too, and its cue is extended back
    to that auxiliary. Read on characters: real copy breaks the parse there ("avait" taken
    for the root)."""
    if statement.cue_span is None or is_earlier(statement, lexicon):
        return statement
    if not is_imperfect(statement, lexicon):
        return statement
    start = statement.cue_span[0]
    head = text[:start].rstrip()
    before = words(head[-40:])
    if not before or before[-1].text not in lexicon.shared_tense_links:
        return statement
    ends = get_language(language).grammar.sentence_ends
    sentence_start = max([head.rfind(e) for e in ends] + [head.rfind("\n")]) + 1
    clause = words(text[sentence_start:start])
    auxiliaries = [w for w in clause if w.text in lexicon.earlier_auxiliaries]
    if not auxiliaries:
        return statement
    begin = sentence_start + auxiliaries[-1].start
    end = statement.cue_span[1]
    return replace(statement, cue=text[begin:end], cue_span=(begin, end))


def fresh_positions(
    spoken: list[Statement],
    cues: list[ReversalCue],
    lexicon: ReversalLexicon,
    text: str = "",
    language: str | None = None,
) -> frozenset[str]:
    """Ids of the positions built on a reversal cue's own verb and not set earlier ("La
    mairie renonce au projet" in a headline, "le maire renonce à ce projet" in the body):
    each is the new side of a change, so never the old side of another; so is a statement
    told in a participle right after a cue (``tells_sequel``). One the text sets
    earlier ("Matignon avait dit renoncer") may be."""
    return frozenset(
        s.id
        for s in spoken
        if s.cue_span is not None
        and not is_earlier(s, lexicon)
        and (
            any(s.cue_span[0] < c.end and c.start < s.cue_span[1] for c in cues)
            or any(tells_sequel(s, c, text, language) for c in cues)
        )
    )


#: Characters between a reversal cue and the participle of a statement that tells what
#: the change is ("a opéré un revirement express, ce mardi soir, en annonçant …").
SEQUEL_REACH = 60


def tells_sequel(statement: Statement, cue: ReversalCue, text: str, language: str | None) -> bool:
    """The statement's cue is a participle or gerund right after the reversal cue, in the
    same sentence ("X a dû opérer un revirement, ce mardi soir, en annonçant le maintien
    de …"): it says what the change is, so it is a new side."""
    assert statement.cue_span is not None
    start = statement.cue_span[0]
    if not 0 <= start - cue.end <= SEQUEL_REACH:
        return False
    between = text[cue.end : start]
    ends = get_language(language).grammar.sentence_ends
    if "\n" in between or any(e in between for e in ends):
        return False
    cue_words = words(statement.cue or "")
    before = words(between)
    links = narrated_lexicon(language).sequel_links
    gerund = bool(before) and before[-1].text in links
    participle = bool(cue_words) and cue_words[0].text.endswith("ant")
    return gerund or participle


def contrasted(
    before: Statement,
    free: list[Statement],
    language: str | None,
    ties: Ties = frozenset(),
) -> Statement | None:
    """ "« Nous renonçons … », a annoncé X. Un peu plus tôt, X avait pourtant assuré …":
    an old position set against what was just told (``contrast_words`` in its cue) is
    set against the same holder's current position told last before it, within the
    window, that has a stance (words that take no side are no position to contrast)."""
    lexicon = reversal_lexicon(language)
    if not find([("contrast", p) for p in lexicon.contrast_words], words(before.cue or "")):
        return None
    start = extent(before)[0]
    told = [
        s
        for s in free
        if s.id != before.id
        and same_holder(s.speaker, before.speaker, ties)
        and not is_earlier(s, lexicon)
        and extent(s)[1] <= start
        and start - extent(s)[1] <= lexicon.window
        and stance_of(s, language).stance != "unclear"
    ]
    return max(told, key=lambda s: extent(s)[1], default=None)


def voiced_holder(speaker: Speaker, voiced: dict[str, str], spoken: list[Statement]) -> Speaker:
    """The body a person speaks for ("le directeur de la communication de l'enseigne"),
    as one of the article's statements names it; else the person."""
    body = voiced.get(speaker.id)
    named = next((s.speaker for s in spoken if s.speaker and s.speaker.id == body), None)
    return named or speaker


def told_with(
    spoken: list[Statement],
    sides: tuple[Statement, Statement],
    doc: Doc | None,
    ties: Ties = frozenset(),
) -> set[str]:
    """The positions of the same holder that a sentence of a reversal's side also holds:
    one sentence tells one position, however many clauses it strings ("affirmait que …,
    et qu'il croyait …, fustigeant au passage …"), so what is left of it is no side of
    another reversal."""
    if doc is None or not doc.has_annotation("SENT_START"):
        return set()
    sentences = {sentence_at(doc, side.content_span[0]) for side in sides}
    return {
        s.id
        for s in spoken
        if sentence_at(doc, s.content_span[0]) in sentences
        and any(same_holder(s.speaker, side.speaker, ties) for side in sides)
    }


def sentence_at(doc: Doc, char: int) -> int:
    """The index of the first token of the sentence that holds character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start if span is not None else -1


def retells(reversal: Reversal, side: Statement, window: int, ties: Ties = frozenset()) -> bool:
    """A sentence that sets an earlier position against a current one near a reversal of
    the same speaker already found tells that change again ("Volte-face …. comme il s'y
    était engagé …")."""
    if not same_holder(side.speaker, reversal.speaker, ties):
        return False
    start, end = extent(side)
    spans = [reversal.before.content_span, reversal.after.content_span]
    return any(max(0, start - b, a - end) <= window for a, b in spans)


def is_turn(
    before: Statement,
    after: Statement,
    language: str | None,
    ties: Ties = frozenset(),
    *,
    undone: bool = False,
    ordered: bool = False,
) -> bool:
    """One sentence sets an earlier position of a holder against a current one ("X, qui
    avait promis …, a annoncé …"; "après avoir assuré l'inverse, X …"): a reversal when
    the earlier one is set before the story (pluperfect, "après avoir", or an imperfect
    against a current clause), the holder is the same, and either the
    stances read as a change, the earlier one is said to be the contrary, or the current
    one is said to come at last ("a finalement accepté", "assure désormais")."""
    lexicon = reversal_lexicon(language)
    if not same_holder(before.speaker, after.speaker, ties):
        return False
    if is_earlier(after, lexicon) or is_imperfect(after, lexicon):
        return False
    if undone:
        # "a annulé la taxe qu'il avait instaurée", "a fermé l'école malgré ses
        # promesses": undoing what one set up, or going against what one held, is the
        # change; the construction sets the earlier side before.
        return True
    # "X, qui jurait encore que …, a signé …": against a passé composé or a present, an
    # imperfect tells what held before.
    # ``ordered``: the construction tells the earlier one first ("X a refusé …, avant
    # d'accepter …"), whatever its tense.
    if not (ordered or is_earlier(before, lexicon) or is_imperfect(before, lexicon)):
        return False
    if find([("contrary", p) for p in lexicon.contrary], words(before.content)):
        return True
    if find([("turn", p) for p in lexicon.turn_words], words(after.content)):
        return True
    return is_change(stance_of(before, language).stance, stance_of(after, language).stance)
