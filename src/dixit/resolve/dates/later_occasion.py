"""An undated lead's statement takes the day its speaker's occasion is dated later in the body.

A lead without a day word gives its statements the publication day (``rules.lead``): the day's
news. But a report often dates the occasion only further down: the headline and the lead
quote the minister, and the third paragraph says "a-t-il déclaré dimanche lors de son
discours". Likewise when the lead's only day is the page's date stamp ("lundi, septembre
25, 2017" above the headline), the day of publishing. The lead's statements of that speaker
were made at that occasion (the shared real-news convention), so they take its day rather
than the publication day.

Where the publication day dates no lead (English copy), the lead's undated statements are
moved the same way: the occasion dated further down is the text's own date for them.

Round 10: a statement of the lead in the present ("Le premier ministre prévient que …",
"X is confirming …"), which no lead day dates, is the day's news told in the journalist's
present; when the body dates the same resolved speaker's saying by its own words further
down ("Il a dit mercredi …"), it takes that day too.

This reads forward in the text, so it runs once after the walk, like the headline pass.
Only a statement of the headline or the lead that got the publication day from the lead (no
cue of its own) is moved, and only to the first later statement of the same person (same
speaker id or a shared name word) that its own words date to a day, not in the pluperfect.
"""

from __future__ import annotations

from collections.abc import Set

from dixit.model import DateMethod, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.speakers import name_within, same_person
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, apply, resolved_of
from dixit.resolve.dates.verbs import is_pluperfect, tense

#: how a statement's own words dated it: the only occasions carried back to the lead
OWN_DATE_METHODS = (DateMethod.EXPLICIT, DateMethod.RELATIVE)


def date_lead_from_later_occasion(state: DateState) -> None:
    """Move the lead's publication-day statements to their speaker's later dated occasion."""
    if state.published is None:
        return
    if state.lead_time is not None and not state.lead_day_stamped:
        return
    for statement in state.statements:
        if not awaits_occasion(state, statement):
            continue
        day = later_occasion(state, statement)
        if day is not None:
            apply(statement, DateResolution.dated(day))


def awaits_occasion(state: DateState, statement: Statement) -> bool:
    """Whether the lead left ``statement`` to its speaker's later occasion: it gave it the
    publication day, or, where the publication day dates no lead (English copy,
    ``publication_day_dates_lead``) or the page's only day is a bare date stamp
    (``DateState.lead_stamp_alone``), it left it undated (not in the headline, nor in the
    present, a participle or the pluperfect)."""
    if present_in_lead(state, statement):
        return True
    if state.lexicon.convention("publication_day_dates_lead", default=True) and not (
        state.lead_stamp_alone
    ):
        return took_publication_day(state, statement)
    if statement.date_cue or statement.statement_date is not None:
        return False
    sentence = state.walked_sentence(statement)
    if state.sentence_index(sentence[0]) not in state.lead or state.in_headline(sentence):
        return False
    # a participle hangs on its host's date ("…, after rejecting the outcome"): decided
    return tense(statement, state.lexicon) not in ("present", "participle") and not (
        is_pluperfect(statement, state.lexicon)
    )


def present_in_lead(state: DateState, statement: Statement) -> bool:
    """Whether ``statement`` is an undated statement of the lead (not the headline) in the
    present ("François X prévient que …", "X is confirming he will …"), with a resolved
    speaker: the journalist's present for the day's news, which the body dates further
    down ("Il a dit mercredi …"). Round 10."""
    if statement.speaker is None or statement.date_cue or statement.statement_date is not None:
        return False
    sentence = state.walked_sentence(statement)
    if state.sentence_index(sentence[0]) not in state.lead or state.in_headline(sentence):
        return False
    return tense(statement, state.lexicon) == "present"


def took_publication_day(state: DateState, statement: Statement) -> bool:
    """Whether the lead gave ``statement`` the publication day (no cue of its own): it had
    no day word, or only the page's date stamp."""
    resolved = resolved_of(statement)
    if resolved is None or resolved.value != state.published or statement.date_cue:
        return False
    sentence = state.walked_sentence(statement)
    return state.sentence_index(sentence[0]) in state.lead


def same_resolved(statement: Statement, later: Statement, openers: Set[str]) -> bool:
    """Both speakers resolved, and one person: the same id or a name held whole in the
    other's (a plural "MPs" shared by two groups is no one)."""
    if statement.speaker is None or later.speaker is None:
        return False
    return statement.speaker.id == later.speaker.id or name_within(statement, later, openers)


def later_occasion(state: DateState, statement: Statement) -> Resolved | None:
    """The day of the first later statement of the same person dated by its own words (a
    lead's statement in the present: only of the same resolved speaker)."""
    openers = state.grammar.name_openers
    present = present_in_lead(state, statement)
    lead_end = max(state.sentences[i][1] for i in state.lead)
    for later in state.statements:
        if later.content_span[0] < lead_end or later is statement:
            continue
        if not same_person(statement, later, openers):
            continue
        if present and not same_resolved(statement, later, openers):
            continue
        if later.date_method not in OWN_DATE_METHODS or not later.date_cue:
            continue
        resolved = resolved_of(later)
        if resolved is None or resolved.precision != "day" or is_pluperfect(later, state.lexicon):
            continue
        return resolved
    return None
