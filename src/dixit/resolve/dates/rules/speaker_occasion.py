"""A speaker keeps the day of the occasion at which the text dates them speaking.

Real copy dates an occasion of speaking once ("a expliqué mardi en conférence de presse",
"a annoncé le 7 mars sur RTL", "interrogée jeudi par une radio") and then quotes the same
speaker without a date word: "« … », poursuit-elle", "selon M. X", "a-t-il insisté" two
paragraphs on. Those statements
were made at that occasion and carry its day (the shared real-news convention). The lead's
occasion has its own rule (``lead_speaker``); this one covers a dated statement anywhere.

The occasion is the latest earlier statement of the same person (same speaker id, or a shared
name word) that its own words date to a day (``explicit`` or ``relative`` cue, day precision,
not a pluperfect), in a sentence that names an occasion of speaking (a press conference, an
interview, a broadcast: ``speaking_occasion`` in ``time.yaml``). A bare "a déclaré mardi" is
not enough for a paraphrase: the same person may be reported from several days. It is for a
quotation told while the story stays on that day (round 10, ``quotes_the_saying``): the
quoted words are those of the dated saying. Not for a statement in the
pluperfect (a flashback), nor one whose own sentence names a channel of its own ("dans un
communiqué", "sur BFMTV"): a new occasion.
A later statement of the same person that the walk left undated, or a narrative sentence told
on a later day ("Samedi, des casseurs …"), stands between them: the occasion is no longer the
current one (round 9: an earlier day told after its verb is background, and does not).

A narrated sentence that names the speaker at a dated occasion of speaking or at a meeting
("Le colonel X a reçu l'AFP jeudi", "…, a réitéré hier le PDG, Jean Dupin, lors de
l'assemblée annuelle" where no statement was read), or a sentence whose statement is dated by
its own words at a meeting its speaker holds ("X a convoqué lundi l'ambassadeur pour
protester …": ``meeting_verbs`` in ``time.yaml``, session 21) is that occasion too: their
later words without a day carry its day.
Not a flashback (pluperfect, "la veille"), nor a night.
"""

from __future__ import annotations

from collections.abc import Set
from itertools import islice

from dixit.model import DateMethod, Span, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.speakers import name_within, names_speaker, same_person
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Entry
from dixit.resolve.dates.verbs import is_pluperfect

#: how a statement's own words dated it: the only occasions this rule carries over
OWN_DATE_METHODS = (DateMethod.EXPLICIT, DateMethod.RELATIVE)
#: how many timeline entries back an occasion is looked for: a report's occasion is told within
#: a few dozen statements and sentences, and the walk stays linear in article length
REACH = 60


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if is_pluperfect(statement, state.lexicon):
        return None
    sentence = state.walked_sentence(statement)
    if state.mentions(state.lexicon.new_occasion, sentence, state.contents_in(sentence)):
        return None
    occasion = dated_occasion(state, statement)
    return DateResolution.dated(occasion) if occasion is not None else None


def dated_occasion(state: DateState, statement: Statement) -> Resolved | None:
    """The day of the same person's latest earlier statement dated by its own words, if that
    statement is still their current occasion."""
    openers = state.grammar.name_openers
    # the days of the narration read in between, and whether each opened its sentence
    told: set[tuple[str, bool]] = set()
    for back, entry in enumerate(islice(reversed(state.timeline), REACH)):
        earlier = entry.statement
        if earlier is None:
            if entry.resolved is None:
                continue
            day = entry.resolved.value.isoformat()
            if (
                narrated_occasion(state, entry, statement)
                and not told_later(told, entry.resolved)
                and not quoted_undated_before(state, statement, back)
            ):
                return entry.resolved
            told.add((day, state.opens_on_a_day(entry.sentence)))
            continue
        if earlier is statement:
            continue
        if not same_person(earlier, statement, openers):
            continue
        if entry.resolved is None:
            return None  # an undated saying of theirs stands in between
        if entry.resolved.precision != "day":
            return None
        if not (earlier.date_method in OWN_DATE_METHODS and earlier.date_cue):
            # a saying the lead's day dated: only a quotation of it goes on with its day
            quoted = lead_scene_saying(state, earlier) and quotes_the_saying(
                statement, earlier, told, entry.resolved, openers
            )
            if quoted and not quoted_undated_before(state, statement, back):
                return entry.resolved
            continue
        if is_pluperfect(earlier, state.lexicon) or told_later(told, entry.resolved):
            return None
        sentence = state.walked_sentence(earlier)
        pattern = state.lexicon.speaking_occasion
        named = state.mentions(pattern, sentence, state.contents_in(sentence))
        named = named or holds_meeting(state, sentence)
        if not named and not quotes_the_saying(statement, earlier, told, entry.resolved, openers):
            return None
        if quoted_undated_before(state, statement, back):
            return None
        return entry.resolved
    return None


def quotes_the_saying(
    statement: Statement,
    saying: Statement,
    told: set[tuple[str, bool]],
    day: Resolved,
    openers: Set[str],
) -> bool:
    """Whether ``statement`` quotes the words of a saying dated without a named occasion.

    "Le Québec a une chance sur trois …, a réitéré mercredi le ministre" names no occasion,
    yet a quotation of the same person told next ("« Ce qu'on observe … », estime M. X")
    gives the words of that saying: a report that dates someone's saying and then quotes
    them, the story staying on that day, quotes that day's words. Only a quotation (a
    reported paraphrase, "X a reconnu que …", may sum up a position held from anywhere),
    and only when no other day at all was told in between, not even an earlier one as
    background ("À la suite des émeutes de samedi soir, …"): the weaker occasion does not
    outlast a change of scene. Two resolved speakers are the same person here only by their id
    or a name held whole in the other's ("Police Chief Ann Doe" and "Police Chief Bo Roe"
    share only a title).
    """
    if statement.kind != "direct":
        return False
    ids = {s.speaker.id for s in (statement, saying) if s.speaker is not None}
    if len(ids) == 2 and not name_within(saying, statement, openers):
        return False
    value = day.value.isoformat()
    return all(other == value for other, _ in told)


def lead_scene_saying(state: DateState, saying: Statement) -> bool:
    """Whether ``saying`` is the first saying told right after the lead, dated by the lead's
    day ("… ont pris l'apéro avec le gouvernement mercredi." then "« … », a déclaré X aux
    médias"): the day's occasion, whose later quotations of X were said there too
    (session 17). Not a pluperfect."""
    if state.lead_time is None or is_pluperfect(saying, state.lexicon):
        return False
    resolved = saying.statement_date
    if resolved != state.lead_time.value:
        return False
    first = next(iter(state.statements), None)
    return first is saying or state.sentence_index(state.walked_sentence(saying)[0]) in state.lead


def told_later(told: set[tuple[str, bool]], day: Resolved) -> bool:
    """Whether a narrated sentence read since the occasion told a later day, or another day
    opening its sentence ("Dimanche, des centaines …": a new scene): the story has moved past
    it. An earlier day told as a detail ("the report was first broken by CNN Tuesday") is
    background to the occasion, which goes on."""
    value = day.value.isoformat()
    return any(other > value or (other != value and scene) for other, scene in told)


def narrated_occasion(state: DateState, entry: Entry, statement: Statement) -> bool:
    """Whether the narrated sentence of ``entry`` names the speaker at an occasion of
    speaking on its day (not a flashback)."""
    if entry.background or entry.resolved is None or entry.resolved.precision != "day":
        return False
    sentence = entry.sentence
    if not names_speaker(state, sentence, statement, set()):
        return False
    excluded = state.contents_in(sentence)
    return state.mentions(state.lexicon.speaking_occasion, sentence, excluded) or holds_meeting(
        state, sentence
    )


def holds_meeting(state: DateState, sentence: Span) -> bool:
    """Whether ``sentence`` tells a meeting its subject holds ("X a convoqué lundi
    l'ambassadeur pour protester …", "a reçu mardi les syndicats", "s'est entretenu jeudi
    avec Y": ``meeting_verbs`` in ``time.yaml``): an occasion, whose day the same speaker's
    later words with no day of their own carry (session 21), as a press conference's."""
    return state.mentions(state.lexicon.meeting, sentence, state.contents_in(sentence))


def quoted_undated_before(state: DateState, statement: Statement, back: int) -> bool:
    """Whether the body quoted the same person without a day before their dated occasion:
    then the text gathers their words from several moments, and the one it dates is not
    the occasion of the rest."""
    openers = state.grammar.name_openers
    older = list(islice(reversed(state.timeline), REACH))[back + 1 :]
    for entry in older:
        earlier = entry.statement
        if earlier is None or not same_person(earlier, statement, openers):
            continue
        if state.in_headline(state.walked_sentence(earlier)):
            continue
        if entry.resolved is None:
            return True
    return False
