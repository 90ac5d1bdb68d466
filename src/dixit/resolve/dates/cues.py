"""Cues: which time expressions date a statement, and which only date another event.

A cue in the statement's own sentence, outside any content, dates it (``statement_cues``,
``leading``), unless it sits in a phrase about another event ("après sa visite la semaine
dernière", found by ``frame_head``) or follows another reporting incise (``after_incise``).
``resolve_cue`` anchors a cue on publication or on the timeline's last date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dixit.model import ExtractionRule, Span, Statement
from dixit.resolve.dates.anchoring import Resolved, resolve_expression
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.spans import inside
from dixit.resolve.dates.speakers import same_named_speaker
from dixit.resolve.dates.state import DateState

DELIMITERS = ",;:()–—"
#: kinds that keep the story on a day it has already told
CONTINUING_KINDS = ("continuation", "same_interview", "anaphoric_event")
#: how far after a possessive day word ("Tuesday's …") its noun is looked for
POSSESSIVE_NOUN_REACH = 40


def leading(state: DateState, statement: Statement) -> list[TimeExpression]:
    """A time word of reported content that belongs to the reporting verb.

    "a dénoncé dimanche « un abandon »": when the content starts right on "dimanche" (no
    "que" before it), the word says when the denouncing happened, not what was said. In a
    noun-phrase object ("a défendu sa réforme mardi sur France Inter", "… lors d'une
    conférence de presse mardi"), a time word next to an occasion of speaking is that
    occasion's: the verb's adjuncts, which the object ran over (``verb_adjunct``).
    Only after the verb: content told before its incise ("Hier soir, nous n'aurions pas
    parié sur ce site\", a-t-il dit", a quotation that lost its opening mark) is the
    speaker's words, and its day word is theirs (session 17).
    """
    if statement.kind == "direct" or told_before_its_verb(statement):
        return []
    start, end = statement.content_span
    return [
        e
        for e in state.expressions_starting(start, end)
        if start <= e.span[0] < end
        and e.kind in ("weekday", "deictic", "explicit")
        and not attributive(state, e)
        and (
            not state.text[start : e.span[0]].strip()
            or verb_adjunct(state, statement, e)
            or closes_object(state, statement, e)
        )
    ]


def closes_object(state: DateState, statement: Statement, expr: TimeExpression) -> bool:
    """Whether ``expr`` ends a noun-phrase object after a comma, outside quote marks ("a
    défendu son remaniement ministériel, hier, en accusant …"): set off from the noun, it is
    the verb's adjunct, which the object ran over (session 17). Without the comma it may
    qualify the noun ("le budget voté hier")."""
    if statement.method != ExtractionRule.OBJECT or state.quoted(expr.span):
        return False
    start, end = statement.content_span
    if state.text[expr.span[1] : end].strip(" ,"):
        return False
    return state.text[start : expr.span[0]].rstrip().endswith(",")


def attributive(state: DateState, expr: TimeExpression) -> bool:
    """Whether ``expr`` opens with an article that makes it qualify a noun ("the Jan. 30
    declaration was made …"): the content's subject, not the day of saying
    (``attributive_openers`` in ``time.yaml``)."""
    words = expr.text.split()
    openers = {w.lower() for w in state.lexicon.words("attributive_openers")}
    return bool(words) and words[0].lower() in openers


def told_before_its_verb(statement: Statement) -> bool:
    """Whether the content ends before its reporting verb starts ("…, a-t-il dit")."""
    cue = statement.cue_span
    return cue is not None and statement.content_span[1] <= cue[0]


def verb_adjunct(state: DateState, statement: Statement, expr: TimeExpression) -> bool:
    """Whether ``expr``, inside a noun-phrase object's content and outside quote marks,
    stands right next to an occasion of speaking ("mardi sur France Inter", "en conférence
    de presse jeudi"): it dates the saying, not the thing said."""
    if statement.method != ExtractionRule.OBJECT or state.quoted(expr.span):
        return False
    start, end = statement.content_span
    for m in state.lexicon.speaking_occasion.finditer(state.text, start, end):
        if m.end() <= expr.span[0]:
            gap = state.text[m.end() : expr.span[0]]
        elif m.start() >= expr.span[1]:
            gap = state.text[expr.span[1] : m.start()]
        else:
            continue
        if not gap.strip(" ,"):
            return True
    return False


def frame_head(
    state: DateState, expr: TimeExpression, sentence: Span, excluded: Sequence[Span]
) -> tuple[str, Span] | None:
    """The head (après, lors de …) of the phrase holding ``expr``, with the phrase's extent."""
    text, lexicon = state.text, state.lexicon
    start = sentence[0]
    for x in excluded:
        if x[1] <= expr.span[0]:
            start = max(start, x[1])
    segment = text[start : expr.span[0]]
    cut = max((segment.rfind(c) for c in DELIMITERS), default=-1)
    seg_start = start + cut + 1
    head: tuple[str, Span] | None = None
    during: tuple[str, Span] | None = None
    relatives = {w.lower() for w in lexicon.words("relative_heads")}
    for m in lexicon.heads.finditer(text, seg_start, expr.span[0]):
        if any(
            x.start() <= m.start() < x.end()
            for x in lexicon.head_exceptions.finditer(text, max(seg_start - 10, 0), expr.span[0])
        ):
            continue
        kind = lexicon.head_kind(m.group())
        if kind:
            head = (kind, (m.start(), m.end()))
            if kind == "during":
                during = head
            elif not (kind == "other" and m.group().lower() in relatives):
                during = None
    if head is None:
        return None
    if head[0] == "other" and during is not None:
        # "lors des débats qui commencent mercredi": the relative clause tells the day of the
        # occasion the statement is made at, so the day is the occasion's
        head = during
    end = expr.span[1]
    limit = min([x[0] for x in excluded if x[0] >= end] + [sentence[1]])
    while end < limit and text[end] not in DELIMITERS:
        end += 1
    return head[0], (head[1][0], end)


def applicable(
    state: DateState,
    expr: TimeExpression,
    sentence: Span,
    excluded: Sequence[Span],
    own_cue: Span | None,
) -> bool | None:
    """True: the cue dates the statement. False: it dates another event. None: no bearing."""
    if expr.kind in ("year", "vague_future", "vague_past", "future_count"):
        return None
    if state.quoted(expr.span):
        return None  # someone's own words, even where no statement was found around them
    if in_parentheses(state.text, expr.span, sentence):
        return None  # an aside: a source cited with its date, a range ("du 22 au 31 mai")
    if expr.kind == "anaphoric" and names_its_event(state, expr):
        return None  # "à la veille de l'élection": counted from an event it names, not told
    if possessive(state, expr):
        return None  # "tonight's votes": a day naming an event, not a day told
    if expr.kind == "month":
        before = state.text[sentence[0] : expr.span[0]]
        if not re.fullmatch(r"\W*(?:\w+\W+)?", before):
            return None  # a month is a statement's time only as a preposed adverbial
    if expr.kind in CONTINUING_KINDS:
        return True
    head = frame_head(state, expr, sentence, excluded)
    if head is not None and head[0] == "during":
        return True  # "lors de la séance du 12": the statement is made at that event
    if head is not None and head[0] == "after" and closes_gathering(state, head[1], expr):
        return True  # "…, after the meeting on Friday": said as the gathering broke up
    if head is None:
        # "elle réagit aux élections du 20 octobre": a date naming an event, not a day told
        return None if names_an_event(state, expr) else True
    # "…, avant de préciser mardi que": the phrase is the statement itself
    return bool(own_cue and inside(own_cue, head[1]))


def closes_gathering(state: DateState, phrase: Span, expr: TimeExpression) -> bool:
    """Whether an "after" phrase names a gathering and the day it was held ("after the
    meeting on Friday"): what is said after a meeting or a hearing is said to the press as it
    breaks up, on its day (``gatherings`` in ``time.yaml``; a language without them, none)."""
    if expr.kind not in ("weekday", "deictic", "explicit"):
        return False
    # a meeting the spokesperson briefs on as it ends too ("à l'issue du Conseil des
    # ministres mercredi": ``briefing_meetings``, round 10)
    patterns = (state.lexicon.gathering, state.lexicon.briefing_meeting)
    return any(p is not None and p.search(state.text, phrase[0], expr.span[0]) for p in patterns)


def names_an_event(state: DateState, expr: TimeExpression) -> bool:
    """Whether a day word qualifies a noun, after a preposition of the noun phrase ("les
    élections du 20 octobre"): it names that event; it does not say
    when the sentence's verb happened (``nominal_date_openers`` in ``time.yaml``)."""
    if expr.kind not in ("explicit", "weekday"):
        return False
    openers = {w.lower().replace("’", "'") for w in state.lexicon.words("nominal_date_openers")}
    before = state.text[max(0, expr.span[0] - 30) : expr.span[0]].lower().replace("’", "'")
    words = re.findall(r"[\w-]+'?", before)
    if words and expr.kind == "weekday" and event_of_the_day(state, words):
        return True  # "la manifestation de samedi": that event's day, past or to come
    if not words or words[-1] not in openers:
        return False
    parts = {w.lower() for w in state.lexicon.words("day_parts")}
    if len(words) > 1 and words[-2] in parts:
        return False  # "dans la soirée du 12 mars": a part of that day, which it dates
    # "dans un courrier daté du 18 août", "dans son entretien du 3 mars": the noun is the
    # channel the statement was made in, whose day is the statement's
    segment = state.text[phrase_start(state, expr) : expr.span[0]]
    return not state.lexicon.speaking_occasion.search(segment)


def event_of_the_day(state: DateState, words: list[str]) -> bool:
    """Whether the words before a weekday end with an event noun and "de" ("la
    manifestation de samedi", "le match de dimanche": ``weekday_event_nouns`` and
    ``weekday_event_openers`` in ``time.yaml``): the weekday names that event, which may
    lie ahead as well as behind, and says nothing of when the sentence's verb happened.
    Not a channel ("le journal de vendredi"), which is no such noun."""
    openers = {w.lower().replace("’", "'") for w in state.lexicon.words("weekday_event_openers")}
    nouns = {w.lower() for w in state.lexicon.words("weekday_event_nouns")}
    return len(words) > 1 and words[-1] in openers and words[-2] in nouns


def possessive(state: DateState, expr: TimeExpression) -> bool:
    """Whether a day word takes a possessive ending ("tonight's votes", "Saturday's
    election"): it qualifies the noun after it, an event, and tells no day of the sentence
    (``possessive_endings`` in ``time.yaml``). Not when that noun is a gathering or an
    occasion of speaking the sentence is placed at ("said at Tuesday's meeting", "in
    Monday's interview": ``possessive_scene_prepositions``): the saying was made there; nor
    when that noun is a gathering right after the day ("led Thursday's question period"):
    the day is the gathering's, told as the day of the sentence."""
    end = expr.span[1]
    following = state.text[end : end + 2]
    if not any(following.startswith(e) for e in state.lexicon.words("possessive_endings")):
        return False
    before = state.text[max(0, expr.span[0] - 12) : expr.span[0]].split()
    scene = {w.lower() for w in state.lexicon.words("possessive_scene_prepositions")}
    if not (before and before[-1].lower() in scene):
        return True
    noun = (end, min(len(state.text), end + POSSESSIVE_NOUN_REACH))
    patterns = [state.lexicon.speaking_occasion, state.lexicon.gathering]
    return not any(p is not None and p.search(state.text, *noun) for p in patterns)


def phrase_start(state: DateState, expr: TimeExpression) -> int:
    """Where the phrase holding ``expr`` starts: after the last delimiter of its sentence."""
    start = state.sentences[state.sentence_index(expr.span[0])][0] if state.sentences else 0
    segment = state.text[start : expr.span[0]]
    return start + max((segment.rfind(c) for c in DELIMITERS), default=-1) + 1


def names_its_event(state: DateState, expr: TimeExpression) -> bool:
    """Whether an anaphoric word is followed by the event it counts from: "la veille de
    l'élection", "au lendemain du vote" (a partitive of the grammar follows it)."""
    following = state.text[expr.span[1] : expr.span[1] + 12].lstrip().lower().replace("’", "'")
    word = re.match(r"\w+'?", following)
    return bool(word) and word.group() in state.grammar.partitives


def in_parentheses(text: str, span: Span, sentence: Span) -> bool:
    """Whether ``span`` lies between an opening and a closing parenthesis of its sentence."""
    before = text[sentence[0] : span[0]]
    opened = before.rfind("(")
    if opened < 0 or before.rfind(")") > opened:
        return False
    after = text[span[1] : sentence[1]]
    closed = after.find(")")
    return closed >= 0 and not 0 <= after.find("(") < closed


def after_incise(
    state: DateState, own_cue: Span | None, expr: TimeExpression, excluded: list[Span]
) -> bool:
    """Whether another reporting incise (", a précisé X") stands between the statement's
    cue and ``expr``: the time word is that incise's."""
    if own_cue is None or expr.span[0] < own_cue[1]:
        return False
    for m in state.lexicon.incise.finditer(state.text, own_cue[1], expr.span[0]):
        if not any(x[0] <= m.start() < x[1] for x in excluded):
            return True
    return False


@dataclass(frozen=True)
class StatementCues:
    """The time expressions around a statement, sorted by what they date."""

    #: cues that date the statement
    applicable: list[TimeExpression]
    #: cues that date another event (a phrase headed by "après", another incise)
    blocked: list[TimeExpression]


def statement_cues(state: DateState, statement: Statement, sentence: Span) -> StatementCues:
    """The cues of ``statement`` in its ``sentence``, outside contents, sorted by bearing.
    A function of the text, the statements and the sentence alone (two rules ask it of each
    statement): read once per statement and sentence."""
    place = state.order.get(id(statement))
    if place is None:  # a statement of no article's list (a rule's probe)
        return read_statement_cues(state, statement, sentence)
    key = ("statement_cues", place, sentence)
    known = state.readings.get(key)
    if not isinstance(known, StatementCues):
        known = state.readings[key] = read_statement_cues(state, statement, sentence)
    return known


def read_statement_cues(state: DateState, statement: Statement, sentence: Span) -> StatementCues:
    excluded = state.contents_in(sentence)
    cues = state.frame_expressions(sentence, excluded) + leading(state, statement)
    own_cue = statement.cue_span
    # a night ("dans la nuit de mercredi à jeudi") spans two days: it pins no statement
    cues = [e for e in cues if not state.lexicon.night.match(e.text)]
    # "Il conteste …, a précisé le parquet lundi soir": a time word after another reporting
    # incise dates that incise, whose content this statement is
    incised = [e for e in cues if after_incise(state, own_cue, e, excluded)]
    cues = [e for e in cues if e not in incised]
    bearing = [(e, applicable(state, e, sentence, excluded, own_cue)) for e in cues]
    return StatementCues(
        applicable=[e for e, b in bearing if b],
        blocked=[e for e, b in bearing if b is False] + incised,
    )


def same_occasion(state: DateState, statement: Statement | None) -> Resolved | None:
    """The occasion "dans la même interview" refers to.

    The last dated sentence that mentions an interview; failing that, the same speaker's
    last dated statement, since an interview the article did not name is still theirs.
    """
    found = state.reference(interview=True)
    if found is not None or statement is None:
        return found
    for entry in reversed(state.timeline):
        earlier = entry.statement
        if (
            entry.resolved
            and earlier
            and same_named_speaker(earlier, statement, state.grammar.name_openers)
        ):
            return entry.resolved
    return None


def resolve_cue(
    state: DateState,
    expr: TimeExpression,
    anchor: date | None = None,
    statement: Statement | None = None,
) -> Resolved | None:
    """The date ``expr`` stands for: from ``anchor`` (publication by default), or from the
    timeline for anaphoric and continuing words."""
    published = anchor if anchor is not None else state.published
    if expr.kind == "same_interview":
        return same_occasion(state, statement)
    if expr.kind in ("continuation", "anaphoric", "anaphoric_event", "day_part"):
        return resolve_expression(expr, published, state.reference(), state.lexicon)
    return resolve_expression(expr, published, None, state.lexicon)


def main_verb_first(state: DateState, found: list[TimeExpression]) -> list[TimeExpression]:
    """``found`` (a sentence's day cues, in text order) with those right after a verb in the
    compound past first: "X, pointé du doigt pour avoir laissé passer dimanche des
    supporters, a expliqué mardi que …" tells its news on Tuesday; Sunday belongs to the
    infinitive's event. A sentence's own time stands next to its main verb."""
    return sorted(found, key=lambda e: not after_compound_past(state, e))


def after_compound_past(state: DateState, expr: TimeExpression) -> bool:
    """Whether ``expr`` follows an auxiliary and a past participle ("a expliqué mardi", "ont
    bloqué mercredi", "a également indiqué jeudi"), one adverb allowed between them."""
    table = state.lexicon.data.get("tense") or {}
    auxiliaries = [str(w) for w in table.get("compound_past_auxiliaries") or []]
    participles = [str(w) for w in table.get("past_participle_endings") or []]
    if not auxiliaries or not participles:
        return False
    before = state.text[max(0, expr.span[0] - 60) : expr.span[0]]
    aux = "|".join(re.escape(a) for a in auxiliaries)
    ends = "|".join(re.escape(e) for e in sorted(participles, key=len, reverse=True))
    # a short object between them ("a subi le même sort le 15 avril", "a rendu son avis
    # mardi"): a determiner and at most two words (``compound_past_object_openers``)
    openers = [str(w) for w in table.get("compound_past_object_openers") or []]
    obj = ""
    if openers:
        det = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
        obj = rf"(?:(?:{det})(?:\s+|(?<=')){{1}}[\w-]+(?:\s+[\w-]+)?\s+)?"
    pattern = rf"(?<![\w-])(?:{aux})\s+(?:\w+\s+)?\w+(?:{ends})\s+{obj}$"
    plain = rf"(?<![\w-])(?:{aux})\s+(?:\w+\s+)?\w+(?:{ends})\s*,?\s*$"
    return any(re.search(p, before, re.IGNORECASE) for p in (plain, pattern))
