"""The headline and the lead report the day's news: they take the lead's day.

The lead's day is its first day cue outside quote marks. Without one, the publication day,
except for a statement in the present ("Le maire estime que …", a headline's "…, prévient la
préfecture"): a position held, not the day's saying; and except for a text that opens by
resuming words said before ("« … », a poursuivi l'entraîneur"): it was cut inside the story.
A statement of the lead told before the sentence whose day word gives the lead's day is not
dated by the lead: the day belongs to the news told after it
("Le parquet a confirmé l'interpellation. Un homme a été interpellé vendredi …"). A
statement in the pluperfect ("avait dénoncé") was made before the day's news, and takes none
of it.
"""

from __future__ import annotations

import re

from dixit.model import Span, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.sentences import QUOTE_OPEN
from dixit.resolve.dates.speakers import (
    DESCRIPTION_WORD,
    description_words,
    names_speaker,
    same_speaker,
)
from dixit.resolve.dates.stamps import stamped_small_hours
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution
from dixit.resolve.dates.verbs import is_pluperfect, tense

#: words that carry a content's meaning, and the share of a headline's the lead repeats
WORD = re.compile(r"\w{4,}")
REPEAT_SHARE = 0.6


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    index = state.sentence_index(sentence[0])
    if index not in state.lead:
        return None
    if is_pluperfect(statement, state.lexicon):
        return None  # said before the day's news ("le maire avait dénoncé …")
    headline = state.in_headline(sentence)
    if state.lead_time is not None:
        if (
            index < state.lead_day_sentence
            and not headline
            and not day_names_speaker(state, statement)
        ):
            return None  # told before the day word: the day is the later news's
        if index != state.lead_day_sentence and not reaches_other_sentences(state):
            return None  # the day of a narrated event, not of this saying
        if index != state.lead_day_sentence and holds_position_of_another(state, statement):
            return None
        return DateResolution.dated(state.lead_time)
    if state.published is None or opens_mid_story(state) or stamped_small_hours(state):
        return None
    if state.lead_stamp_alone:
        return None  # the page prints the day it went out and its copy names no day
    if not state.lexicon.convention("publication_day_dates_lead", default=True):
        return None  # the copy leaves the day unsaid: the publication day is no cue
    if tells_an_earlier_event(state):
        return None  # the news is what followed an earlier event, on a day left unsaid
    if lead_tells_an_interview(state) or questions_and_answers(state):
        return None  # an interview given on a day the copy leaves unsaid
    # without a day in the lead, the day's news is the publication day; a statement in the
    # present ("X estime …", a headline's "…, prévient X") is a position held, which no day
    # pins; a headline without a verb ("X : « … »") announces the day's news
    if tense(statement, state.lexicon) != "present":
        return DateResolution.dated(Resolved(state.published, "day"))
    return None


def day_names_speaker(state: DateState, statement: Statement) -> bool:
    """Whether the sentence giving the lead's day, told after ``statement``, puts its speaker
    there: by name, or opening on the description the statement gave them ("« … », a dit le
    premier ministre X. Le premier ministre était de passage à Outremont mercredi soir"): the
    day is that of the occasion where they spoke (session 19). Another subject ("Un homme a
    été interpellé vendredi") tells the day of the news the statement comes before."""
    sentence = state.sentences[state.lead_day_sentence]
    if names_speaker(state, sentence, statement, set()):
        return True
    return opens_on_description(state, sentence, statement)


def opens_on_description(state: DateState, sentence: Span, statement: Statement) -> bool:
    """Whether ``sentence``'s first words (four letters or more) are words of the speaker's
    mention, one at least, before any other: "Le premier ministre était …" after "le premier
    ministre Justin X"."""
    theirs = set(description_words(statement)) - state.descriptions.fillers
    opening = DESCRIPTION_WORD.findall(state.text[sentence[0] : sentence[1]])
    matched = 0
    for word in opening:
        if word.lower() not in theirs:
            break
        matched += 1
    return matched > 0


def tells_an_earlier_event(state: DateState) -> bool:
    """Whether the lead, which gives no day of its own, tells its event on a day marked as
    past ("L'incendie qui a ravagé jeudi dernier l'entrepôt …", "La semaine dernière, un
    incendie a détruit …"): the story reports what followed it, and its sayings may have
    been made on any day since, so the publication day is none of theirs (session 17)."""
    for index in state.lead:
        sentence = state.sentences[index]
        if state.in_headline(sentence):
            continue
        for expr in state.frame_expressions(sentence, state.contents_in(sentence)):
            if expr.kind == "weekday" and expr.direction == "past":
                return True
            if expr.kind == "deictic" and expr.unit == "weeks" and expr.offset < 0:
                return True
    return False


def lead_tells_an_interview(state: DateState) -> bool:
    """Whether a sentence of the headings or the lead, which give no day, tells an interview
    ("Dans une interview accordée à l'agence X, le ministre a déclaré …", "l'occasion, dans
    un entretien, d'en savoir plus …": ``interview_nouns`` in ``time.yaml``): interviews are
    given on a day the copy seldom says, often before the page goes out, so the publication
    day dates none of its sayings (session 21)."""
    pattern = state.lexicon.interview_noun
    for index in state.lead:
        sentence = state.sentences[index]
        if state.mentions(pattern, sentence, state.contents_in(sentence)):
            return True
    return False


#: how many paragraphs closing on a question mark make a page a question-and-answer interview
QA_QUESTIONS = 2


def questions_and_answers(state: DateState) -> bool:
    """Whether the page is a question-and-answer interview: paragraphs of its body that are a
    question alone ("Satisfait du budget ?" then the answer), ``QA_QUESTIONS`` at least. An
    interview's day is seldom told, and the publication day dates none of its answers."""
    found = 0
    for start, end in state.article.paragraphs[state.headings :]:
        text = state.text[start:end].strip()
        if text.endswith("?") and "\n" not in text:
            found += 1
    return found >= QA_QUESTIONS


def holds_position_of_another(state: DateState, statement: Statement) -> bool:
    """Whether ``statement`` is in the present ("Les syndicats appellent à …", "…, rapporte
    le centre de secours") and the sentence giving the lead's day neither names its speaker
    nor reports a statement of theirs: a position held, which another's news does not date."""
    if tense(statement, state.lexicon) != "present":
        return False
    if state.in_headline(state.walked_sentence(statement)) and repeats_day_sentence(
        state, statement
    ):
        return False  # the headline's present tells the lead's news ("X promet de …")
    sentence = state.sentences[state.lead_day_sentence]
    if names_speaker(state, sentence, statement, set()):
        return False
    openers = state.grammar.name_openers
    return not any(
        same_speaker(other, statement, set(), openers, state.descriptions)
        for other in state.statements
        if other is not statement and state.walked_sentence(other) == sentence
    )


def repeats_day_sentence(state: DateState, headline: Statement) -> bool:
    """Whether most words of a headline statement's content are in the sentence giving the
    lead's day: the headline tells that news ("X promet de …" over "X a promis lundi de …")."""
    words = {w.lower() for w in WORD.findall(headline.content)}
    start, end = state.sentences[state.lead_day_sentence]
    told = {w.lower() for w in WORD.findall(state.text[start:end])}
    return bool(words) and len(words & told) / len(words) >= REPEAT_SHARE


def reaches_other_sentences(state: DateState) -> bool:
    """Whether the lead's day dates the lead's other sentences. Where the language's copy
    says so (``lead_day_needs_occasion``), only when the sentence giving the day names an
    occasion of speaking or a gathering ("at a news conference on Friday", "at a board
    meeting Monday"): a narrated event's day ("surged to a lead in returns Monday") is not
    the day of a saying told in the next sentence."""
    if not state.lexicon.convention("lead_day_needs_occasion", default=False):
        return True
    return state.names_occasion(state.sentences[state.lead_day_sentence])


def opens_mid_story(state: DateState) -> bool:
    """Whether the page was cut inside the story, so that what opens it is no lead reporting
    the day's news: its first statement goes on with words said before ("« … », a continué
    l'entraîneur") or has a pronoun for its speaker ("il a répondu"), or its first sentence
    points back to a place it never named ("dans cette ville", "dans cette capitale": the
    dateline was cut); or the page opens on a quotation without a headline above it ("« … »,
    a estimé X" as its first words): a story's opening quote stands under its headline, and a
    page that starts with one was cut from it (its day is not the page's)."""
    if state.headings == 0 and state.text.lstrip()[:1] in QUOTE_OPEN + '"':
        return True
    if state.sentences:
        # reported words are the journalist's too, but not words inside quote marks
        start, end = state.sentences[0]
        for m in state.lexicon.place_anaphor.finditer(state.text, start, end):
            if not state.quoted(m.span()):
                return True
    first = next(iter(state.statements), None)
    if first is None:
        return False
    if (first.speaker_mention or "").lower() in state.pronouns:
        return True  # "…, il a répondu : « … »": its speaker was named above the cut
    if not first.cue_lemma:
        return False
    return first.cue_lemma.lower() in {w.lower() for w in state.lexicon.words("resuming_verbs")}
