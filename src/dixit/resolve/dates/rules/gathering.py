"""Everyone quoted at the gathering the lead dates spoke on its day.

A report of a gathering where many people speak (a council meeting, a court hearing, a
sentencing) dates it once, at the top ("at a school board meeting Monday", "was sentenced
today", "arrived before the court today for a bail hearing"), then quotes one speaker after
another without a date word: the parents, the board president, the judge. Those statements
were made at the gathering and carry its day, whoever speaks (the shared real-news
convention: a statement made at an occasion the text dates carries its day). The gatherings
are ``gatherings`` in ``time.yaml``; a language without that list keeps the narrower rules
(``lead_speaker``: the lead's own speakers only).

The gathering's day is the lead's day when the sentence giving it names a gathering; a
heading that repeats the title as a whole sentence (the lead standing as headline) counts as
the lead. When the lead has no day of its own (none, or only a heading's), a day cue in a
sentence naming a gathering among the first sentences of the body (``LEAD_SENTENCES``: a
one-sentence lead paragraph is common) gives it. A heading's day (a photo caption) is never
enough. Not for a flashback (pluperfect), nor a statement placed on a channel of its own ("in
a statement", "on X"), nor once the story has told another day since.

The lead may date the day's saying without naming the gathering, which the next paragraphs
name without a day of their own ("…, ont accusé mardi X et Y." then "…, a lancé X lors de
la période des questions"): the gathering told right after the lead, before any other day,
is where the lead's saying was made, and takes its day (not when the lead tells a vote or a
court's work rather than words said: "le conseil a voté lundi …"; ``FOLLOWING_PARAGRAPHS``);
statements made there, from its sentence on, carry it. An earlier day told in between as a
detail ("Arrêté le 15 avril, il …") is background: only a later day, or one opening its
sentence ("Samedi, …": a new scene), tells that the story has moved on.
"""

from __future__ import annotations

import bisect

from dixit.model import Span, Statement
from dixit.resolve.dates.anchoring import Resolved, resolve_expression
from dixit.resolve.dates.cues import applicable, frame_head, names_an_event, phrase_start
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.sentences import QUOTE_CLOSE, SENTENCE_END
from dixit.resolve.dates.state import LEAD_SENTENCES, DateState
from dixit.resolve.dates.timeline import DateResolution
from dixit.resolve.dates.verbs import is_pluperfect, tense

#: kinds of cue that can give a gathering its day
DAY_KINDS = ("weekday", "deictic", "explicit", "ago")
#: how many paragraphs after the lead's day a gathering named without a day may be told
FOLLOWING_PARAGRAPHS = 3


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if state.lexicon.gathering is None or is_pluperfect(statement, state.lexicon):
        return None
    found = gathering_day(state)
    if found is None:
        return None
    day, index, named_later = found
    sentence = state.walked_sentence(statement)
    here = state.sentence_index(sentence[0])
    if here < index or (here == index and not named_later) or here in state.lead:
        return None
    if state.mentions(state.lexicon.new_occasion, sentence, state.contents_in(sentence)):
        return None
    if state.told_in_relative_clause(statement) or position_of_a_body(state, statement):
        return None
    if told_another_day(state, day, index):
        return None
    return DateResolution.dated(day)


def position_of_a_body(state: DateState, statement: Statement) -> bool:
    """Whether ``statement`` is an organisation's, in the present ("L'ONG réclame …", "…, se
    questionne l'organisation"): a body states its position in writing, on no day the
    gathering gives; the people who speak there are persons (or unnamed ones)."""
    speaker = statement.speaker
    if speaker is None or speaker.type != "organisation":
        return False
    return tense(statement, state.lexicon) == "present"


def gathering_day(state: DateState) -> tuple[Resolved, int, bool] | None:
    """The gathering's day, the index of the sentence that tells it, and whether that
    sentence names the gathering without the day (told after the lead's day), if the top of
    the body dates a gathering."""
    if state.lead_time is not None and not state.lead_day_stamped and not lead_night(state):
        # (a date stamp is the day of publishing, not of the news, and a night's events are
        # told afterwards ("C'était la nuit du 3 au 4 mars"): the body is read instead)
        index = state.lead_day_sentence
        opening = in_body(state, index) or repeats_title(state, index)
        if opening and (names_gathering(state, index) or set_just_before(state, index)):
            return state.lead_time, index, False
        if opening:
            # the lead's day is the news's: a gathering named right after it, without a day
            # of its own, is where that news was made; else the day is another event's
            later = gathering_after_lead(state, index)
            return (state.lead_time, later, True) if later is not None else None
    # the first LEAD_SENTENCES of the body; sentences are in text order, so the body's first
    # is found by bisection and a long text is not rescanned for each statement
    count = len(state.sentences)
    first = bisect.bisect_left(range(count), True, key=lambda i: in_body(state, i))
    body = range(first, min(count, first + LEAD_SENTENCES))
    for index in body:
        if not names_gathering(state, index):
            continue
        sentence = state.sentences[index]
        excluded = state.contents_in(sentence)
        for expr in state.frame_expressions(sentence, excluded):
            # a day in a phrase about another event is the gathering's all the same when the
            # sentence names it ("arrived before the court today for a bail hearing"); a
            # quoted or bracketed day has no bearing
            bearing = applicable(state, expr, sentence, excluded, None)
            if bearing is None and names_the_gathering(state, expr):
                bearing = True  # "la séance du conseil municipal du jeudi 11 avril"
            if expr.kind not in DAY_KINDS or bearing is None:
                continue
            if said_before(state, expr, sentence, excluded):
                continue
            resolved = resolve_expression(expr, state.published, None, state.lexicon)
            if resolved and resolved.precision == "day" and not resolved.future:
                return resolved, index, False
    return None


def said_before(
    state: DateState, expr: TimeExpression, sentence: Span, excluded: list[Span]
) -> bool:
    """Whether the gathering's day names the gathering inside a phrase headed by "avant"
    (``frame_heads``' ``before``): "les confidences avant les matchs de samedi" were made
    some day before the gathering, which no word gives (session 21). Not a day of the
    sentence's own ("appeared before the court today": the day of the appearance)."""
    if not names_an_event(state, expr):
        return False
    head = frame_head(state, expr, sentence, excluded)
    return head is not None and head[0] == "before"


def gathering_after_lead(state: DateState, lead_index: int) -> int | None:
    """The first sentence after the lead's day sentence, within ``FOLLOWING_PARAGRAPHS``
    paragraphs, that names a gathering and has no day word of its own; None when a sentence
    with another day ("la veille" too) comes first (the news has moved to another occasion),
    or when the lead's day is a night's (its events are told afterwards)."""
    lead = state.sentences[lead_index]
    if state.lexicon.night.search(state.text, lead[0], lead[1]):
        return None  # a night's events are told afterwards: no gathering was held that day
    if not reports_a_saying(state, lead):
        return None  # a vote, a hearing's work: the gathering named next may be another's
    last = state.paragraph_of(lead[0]) + FOLLOWING_PARAGRAPHS
    for index in range(lead_index + 1, len(state.sentences)):
        sentence = state.sentences[index]
        if state.paragraph_of(sentence[0]) > last:
            return None
        excluded = state.contents_in(sentence)
        days = [
            e
            for e in state.frame_expressions(sentence, excluded)
            if e.kind in (*DAY_KINDS, "anaphoric")
            and applicable(state, e, sentence, excluded, None) is not None
        ]
        if days:
            return None
        if names_gathering(state, index):
            # a gathering told with a time of its own, even vague ("le procès s'ouvrira en
            # septembre", "lors de son procès en 2019") is another one than the day's
            timed = state.frame_expressions(sentence, excluded)
            return None if timed else index
    return None


def lead_night(state: DateState) -> bool:
    """Whether the lead's day is a night's ("C'était la nuit du 3 au 4 mars": the events the
    story goes back to, not a gathering's day); the body's first sentences may date one."""
    start, end = state.sentences[state.lead_day_sentence]
    return state.lexicon.night.search(state.text, start, end) is not None


def set_just_before(state: DateState, index: int) -> bool:
    """Whether the sentence right before the lead's day sentence, in its paragraph, names a
    gathering without a day of its own: the day sentence goes on with that scene ("Il
    s'avance à la barre, le visage grave. Sa présence, ce jeudi 28 mai devant la chambre
    correctionnelle, …": the hearing is that Thursday's; session 17)."""
    if index < 1 or index - 1 not in state.lead or not in_body(state, index - 1):
        return False
    before, day = state.sentences[index - 1], state.sentences[index]
    if state.paragraph_of(before[0]) != state.paragraph_of(day[0]):
        return False
    if state.frame_expressions(before, state.contents_in(before)):
        return False
    return names_gathering(state, index - 1)


def reports_a_saying(state: DateState, sentence: Span) -> bool:
    """Whether ``sentence`` reports words said: it holds a statement, or a reporting incise
    the extractor did not read ("…, ont accusé mardi X et Y"). A lead telling a vote or a
    court's work ("le conseil a voté lundi …") dates that event, not the sayings of the
    gathering named after it."""
    if any(state.walked_sentence(s) == sentence for s in state.near(sentence)):
        return True
    incise = state.lexicon.incise
    return incise is not None and incise.search(state.text, sentence[0], sentence[1]) is not None


def in_body(state: DateState, index: int) -> bool:
    """Whether sentence ``index`` is below the headings (a caption is a heading)."""
    return state.paragraph_of(state.sentences[index][0]) >= state.headings


def repeats_title(state: DateState, index: int) -> bool:
    """Whether sentence ``index`` is a heading that is a whole sentence (the page's title
    repeated as its first paragraph, full stop included): the lead standing as headline, not
    a caption or page furniture."""
    start, end = state.sentences[index]
    if in_body(state, index):
        return False
    title = (state.article.title or "").strip()
    text = state.text[start:end].strip()
    return (
        bool(title)
        and text == title
        and text.rstrip(QUOTE_CLOSE + "\"'").endswith(tuple(SENTENCE_END))
    )


def names_gathering(state: DateState, index: int) -> bool:
    """Whether sentence ``index`` names a gathering outside the statements' contents."""
    sentence = state.sentences[index]
    pattern = state.lexicon.gathering
    assert pattern is not None
    return state.mentions(pattern, sentence, state.contents_in(sentence))


def names_the_gathering(state: DateState, expr: TimeExpression) -> bool:
    """Whether a day word qualifies the gathering's own noun ("la séance du conseil
    municipal du jeudi 11 avril"): a date naming an event, and that event is the gathering."""
    if not names_an_event(state, expr):
        return False
    pattern = state.lexicon.gathering
    assert pattern is not None
    return pattern.search(state.text, phrase_start(state, expr), expr.span[0]) is not None


def told_another_day(state: DateState, day: Resolved, index: int) -> bool:
    """Whether the timeline after the gathering's sentence holds a later day, or another day
    opening its sentence ("Samedi, des casseurs …": a new scene): the story has moved on. An
    earlier day told as a detail ("Arrêté le 15 avril, il est poursuivi pour …") is
    background to the gathering, not the end of it."""
    return any(
        entry.resolved is not None
        and entry.resolved.precision == "day"
        and entry.resolved.value != day.value
        and (entry.resolved.value > day.value or state.opens_on_a_day(entry.sentence))
        and state.sentence_index(entry.position) > index
        for entry in state.timeline
    )
