"""The day of a dated speaking occasion carries to the words said there (session 17).

Real copy dates an occasion once ("Lundi avant-midi, en conférence de presse, la mairesse a
souligné …", "Le préfet a jugé samedi que … a déclaré M. X lors d'une conférence de presse")
and then reports what was said there, paragraph after paragraph, with no date word: "a
ajouté Mme X" after an unattributed quotation, "a précisé à ses côtés le préfet de police",
"M. X a déclaré que …". The shared convention gives those statements the occasion's day.

The occasion opens a frame: an earlier timeline entry with a day of its own (a statement
dated by its own words, or a narrated sentence with a day cue), not a flashback, whose
sentence names an occasion of speaking (``speaking_occasion``), or whose next sentence does,
with no day of its own, naming the same speaker ("X a jugé samedi que …" then "a déclaré
X lors d'une conférence de presse"). A later statement carries its day when:

- its speaker is the occasion's (``same_speaker``: id, pronoun, shortened description, or a
  name word), or it goes on ("a ajouté X") from the statement read just before, itself of
  the frame, whose speaker it cannot contradict (a quotation with no speaker at all), or its
  sentence places it beside the speaker (``occasion_copresence`` in ``time.yaml``: "à ses
  côtés"), or its speaker is the written channel the occasion named ("indique le
  communiqué", "précise le texte" after "a déclaré dimanche, dans un communiqué, …");
- nothing in between told another day, a flashback or a background day, nor dated a
  statement to another day, nor left one of the same person undated;
- the text did not quote the same person undated before the occasion (``speaker_occasion``'s
  ``quoted_undated_before``: their words then come from several moments);
- its own sentence names no occasion or channel of its own (a new occasion), and it is no
  pluperfect.

A narrated sentence that dates a gathering (``gatherings`` in ``time.yaml``: "lors de la
première séance du conseil lundi soir", "comparaît ce jeudi"), wherever the text tells it,
opens a frame where everyone speaks: the councillors and the mayor, the judge and the
prosecutor, under the same breaks (session 20; ``gathering`` dates the gathering the top of
the text tells).

A convention of the language (``occasion_frame`` in ``time.yaml``): French copy's gold
carries the occasion's day; English gold dates a statement by its own words only.
"""

from __future__ import annotations

import re
from itertools import islice

from dixit.model import Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.later_occasion import OWN_DATE_METHODS
from dixit.resolve.dates.rules.gathering import position_of_a_body
from dixit.resolve.dates.rules.speaker_occasion import quoted_undated_before
from dixit.resolve.dates.speakers import names_speaker, same_person, same_speaker
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Entry, resolved_of
from dixit.resolve.dates.verbs import continues, is_pluperfect

#: how many timeline entries back an occasion is looked for (as ``speaker_occasion``)
REACH = 60


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if not state.lexicon.convention("occasion_frame", default=False):
        return None
    if is_pluperfect(statement, state.lexicon):
        return None
    sentence = state.walked_sentence(statement)
    excluded = state.contents_in(sentence)
    if state.mentions(state.lexicon.speaking_occasion, sentence, excluded):
        return None  # an occasion of its own: dated by its own words or not at all
    day = framing_day(state, statement)
    return DateResolution.dated(day) if day is not None else None


def framing_day(state: DateState, statement: Statement) -> Resolved | None:
    """The day of the occasion whose frame ``statement`` is still in, if it speaks there."""
    entries = [e for e in islice(reversed(state.timeline), REACH) if e.statement is not statement]
    seen: list[Entry] = []
    for back, entry in enumerate(entries):
        if opens_frame(state, entry):
            day = entry.resolved
            assert day is not None
            if breaks(state, seen, statement, day) or quoted_undated_before(state, statement, back):
                return None
            return day if speaks_in_frame(state, entry, statement, day) else None
        seen.append(entry)
    return None


def opens_frame(state: DateState, entry: Entry) -> bool:
    """Whether ``entry`` dates an occasion of speaking by its own words."""
    resolved = entry.resolved
    if entry.background or resolved is None or resolved.precision != "day" or resolved.future:
        return False
    earlier = entry.statement
    if earlier is not None:
        if earlier.date_method not in OWN_DATE_METHODS or not earlier.date_cue:
            return False
        if is_pluperfect(earlier, state.lexicon):
            return False
    if names_occasion(state, entry.sentence):
        return True
    following = next_sentence(state, entry.sentence)
    if following is None or earlier is None or has_day(state, following):
        return False
    return names_occasion(state, following) and names_speaker(state, following, earlier, set())


def names_occasion(state: DateState, sentence: tuple[int, int]) -> bool:
    pattern = state.lexicon.speaking_occasion
    return state.mentions(pattern, sentence, state.contents_in(sentence)) or names_gathering(
        state, sentence
    )


def names_gathering(state: DateState, sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` names a gathering where many people speak (``gatherings`` in
    ``time.yaml``: a council's sitting, a hearing)."""
    pattern = state.lexicon.gathering
    return pattern is not None and state.mentions(pattern, sentence, state.contents_in(sentence))


def has_day(state: DateState, sentence: tuple[int, int]) -> bool:
    return bool(state.frame_expressions(sentence, state.contents_in(sentence)))


def next_sentence(state: DateState, sentence: tuple[int, int]) -> tuple[int, int] | None:
    index = state.sentence_index(sentence[1] - 1) + 1
    return state.sentences[index] if index < len(state.sentences) else None


def breaks(state: DateState, seen: list[Entry], statement: Statement, day: Resolved) -> bool:
    """Whether an entry told between the occasion and ``statement`` moved the story: another
    day or a flashback told, a statement dated otherwise, or one of the same person left
    undated, or placed on a channel of its own."""
    openers = state.grammar.name_openers
    for entry in seen:
        if entry.statement is None:
            if entry.background or entry.resolved is None or entry.resolved.value != day.value:
                return True
            continue
        if entry.resolved is not None:
            if entry.resolved.value != day.value:
                return True
            continue
        if same_person(entry.statement, statement, openers):
            return True
        if state.mentions(state.lexicon.new_occasion, entry.sentence, []):
            return True
    return False


def speaks_in_frame(state: DateState, opener: Entry, statement: Statement, day: Resolved) -> bool:
    """Whether ``statement``'s speaker is the occasion's, goes on from a statement of the
    frame that it cannot contradict, or stands beside the speaker."""
    openers = state.grammar.name_openers
    occasion = opener.statement
    if occasion is None and names_gathering(state, opener.sentence):
        # a narrated gathering ("lors de la séance de lundi soir"): all speak there, but a
        # body's position in the present ("L'ONG réclame …") is no words said there
        return not position_of_a_body(state, statement)
    if occasion is not None:
        if same_speaker(occasion, statement, state.pronouns, openers, state.descriptions):
            return True
    elif names_speaker(state, opener.sentence, statement, set()):
        return True
    if beside_the_speaker(state, statement) or the_written_channel(state, opener, statement):
        return True
    previous = state.previous(statement)
    if previous is None or not continues(statement, state.lexicon):
        return False
    carried = resolved_of(previous)
    if carried is None or carried.value != day.value:
        return False
    return previous.speaker is None and not (previous.speaker_mention or "").strip()


def beside_the_speaker(state: DateState, statement: Statement) -> bool:
    """Whether the statement's sentence places its speaker beside another ("a précisé à ses
    côtés le préfet de police": ``occasion_copresence`` in ``time.yaml``)."""
    words = state.lexicon.words("occasion_copresence")
    if not words:
        return False
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    sentence = state.walked_sentence(statement)
    return state.mentions(pattern, sentence, state.contents_in(sentence))


def the_written_channel(state: DateState, opener: Entry, statement: Statement) -> bool:
    """Whether the statement's speaker is the written channel the occasion named: "a
    déclaré dimanche, dans un communiqué, que …" then "« … », précise le texte" or
    "indique le communiqué" (``document_mentions`` in ``time.yaml``, with a definite or
    demonstrative article): the same document, issued that day."""
    mention = (statement.speaker_mention or "").strip().lower().replace("’", "'")
    words = mention.split()
    documents = {w.lower() for w in state.lexicon.words("document_mentions")}
    if len(words) != 2 or words[0] not in ("le", "la", "ce", "cette") or words[1] not in documents:
        return False
    return state.mentions(state.lexicon.new_occasion, opener.sentence, [])
