"""The date assignment: one walk through the article in text order, over ordered rules.

``assign_dates`` builds the article's ``DateState`` and walks its units (``walk``): each
statement is dated by the first rule of ``RULES`` that answers, a statement no rule decides
may take the date of a dated neighbour in its sentence, and a sentence without statements
moves the story's time (``narrate``). A headline quoting the body then takes the body's date
(``date_headline``), nested speech is dated from its outer content, and every content's
mentioned times are listed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from dixit.model import Article, Span, Statement
from dixit.resolve.dates.anchoring import Resolved, resolve_expression
from dixit.resolve.dates.contents import date_nested, mention_times
from dixit.resolve.dates.cues import (
    after_compound_past,
    applicable,
    main_verb_first,
    resolve_cue,
)
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.later_occasion import OWN_DATE_METHODS, date_lead_from_later_occasion
from dixit.resolve.dates.own_said import date_own_said, said_outside_outer
from dixit.resolve.dates.rules import (
    continuation,
    dateline,
    earlier_time,
    gathering,
    headline,
    lead,
    lead_channel,
    lead_speaker,
    named_gathering,
    occasion,
    occasion_frame,
    other_event,
    own_cue,
    paragraph,
    participle,
    past_position,
    pluperfect,
    relative,
    reply,
    source,
    speaker_occasion,
    speech_day,
)
from dixit.resolve.dates.spans import overlaps
from dixit.resolve.dates.speakers import same_person, same_speaker
from dixit.resolve.dates.speaking_sentence import date_from_speaking_sentences
from dixit.resolve.dates.stamps import (
    adopt_page_day,
    is_date_line,
    stamp_taken_up,
    stamped_small_hours,
)
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import (
    DateResolution,
    Entry,
    Outcome,
    apply,
    clear,
    resolved_of,
)
from dixit.resolve.dates.trailing_day import date_from_trailing_day
from dixit.resolve.dates.verbs import is_pluperfect, tense

Rule = Callable[[Statement, DateState], DateResolution | None]

#: the rules in the order they are tried; the first that answers decides
RULES: tuple[Rule, ...] = (
    own_cue.resolve,
    earlier_time.resolve,
    past_position.resolve,
    headline.resolve,
    relative.resolve,
    other_event.resolve,
    participle.resolve,
    reply.resolve,
    lead_speaker.resolve,
    lead_channel.resolve,
    speaker_occasion.resolve,
    gathering.resolve,
    source.resolve,
    lead.resolve,
    occasion.resolve,
    speech_day.resolve,
    continuation.resolve,
    pluperfect.resolve,
    occasion_frame.resolve,
    named_gathering.resolve,
    paragraph.resolve,
)

#: share of a headline quotation's words a body statement must hold to be the same statement
HEADLINE_MATCH = 0.6
#: kinds of cue that can give the lead its day
LEAD_KINDS = ("weekday", "deictic", "explicit", "ago")

_WORD = re.compile(r"\w{4,}")


def date_statement(statement: Statement, state: DateState) -> DateResolution:
    """The first rule's answer for ``statement`` (``Outcome.OPEN`` when none answers); a
    wire dispatch's dateline dates what the rules left undated (``rules.dateline``)."""
    return dateline.resolve_open(statement, state, first_answer(statement, state))


def first_answer(statement: Statement, state: DateState) -> DateResolution:
    for rule in RULES:
        resolution = rule(statement, state)
        if resolution is not None:
            return resolution
    return DateResolution.undated(Outcome.OPEN)


def lead_time(state: DateState) -> Resolved | None:
    """The day of the lead's main event: its first day cue (a headline repeats the lead).

    The page's date stamp above the headline ("lundi 26 septembre 2016") names the day of
    publishing: it gives the lead its day only when no later sentence of the headline or
    lead has a day word of its own ("a reconnu, hier, …" tells the news's day).
    """
    stamped: tuple[int, Resolved] | None = None
    for index, resolved, stamp in lead_days(state):
        if not stamp:
            state.lead_day_sentence = index
            state.lead_day_stamped = False
            return resolved
        stamped = stamped or (index, resolved)
    if stamped is not None and not stamped_small_hours(state):
        # (a page out in the small hours reports the night's news: its stamp is no day of it)
        if not stamp_taken_up(state, *stamped):
            state.lead_stamp_alone = True
            return None
        state.lead_day_sentence, state.lead_day_stamped = stamped[0], True
        return stamped[1]
    return None


def lead_days(state: DateState) -> Iterator[tuple[int, Resolved, bool]]:
    """Each sentence of the headline and lead with a day cue: its index, the day of its
    first day cue, and whether it is the page's date stamp giving the publication day."""
    for index in sorted(state.lead):
        sentence = state.sentences[index]
        excluded = state.contents_in(sentence)
        stamp = state.paragraph_of(sentence[0]) < state.headings and is_date_line(state, sentence)
        for expr in main_verb_first(state, state.frame_expressions(sentence, excluded)):
            if expr.kind not in LEAD_KINDS:
                continue
            if not applicable(state, expr, sentence, excluded, None):
                continue
            resolved = resolve_expression(expr, state.published, None, state.lexicon)
            if stamp and resolved and resolved.value != state.published:
                # a heading's full date other than publication: a photo caption's day ("…
                # attends a news conference on Feb. 28, 2020"), not the day of the news
                continue
            if resolved and resolved.precision == "day" and not resolved.future:
                yield index, resolved, stamp and resolved.value == state.published
                break


def share_within_sentence(
    state: DateState, statements: list[Statement], outcomes: list[DateResolution]
) -> None:
    """Statements of one sentence belong to one moment: an open one takes its neighbour's.

    Not a statement in the present of another speaker ("Le gouvernement affirme que … « … »,
    dit le syndicaliste"): a position held, which the other's saying does not date; nor one
    of another speaker told in a relative clause ("En réaction à X, qui a demandé sa
    démission, il a répondu …"): background about X, said on a day of its own.
    """
    dated = [
        s
        for s, o in zip(statements, outcomes, strict=True)
        if o.outcome is Outcome.DATED and s.statement_date
    ]
    if not dated:
        return
    shared = resolved_of(dated[0])
    openers = state.grammar.name_openers
    for statement, outcome in zip(statements, outcomes, strict=True):
        if outcome.outcome is not Outcome.OPEN or shared is None:
            continue
        if not same_speaker(dated[0], statement, state.pronouns, openers, state.descriptions) and (
            tense(statement, state.lexicon) == "present" or state.told_in_relative_clause(statement)
        ):
            continue
        apply(statement, DateResolution.dated(shared))


def narrate(state: DateState, sentence: tuple[int, int]) -> None:
    """A sentence without statements moves the story's time when it has a day cue (not a
    timeless headline's: "X to set out plans on Tuesday" tells no day of the story)."""
    if state.in_headline(sentence) and state.lexicon.convention(
        "timeless_headlines", default=False
    ):
        return
    if state.photo_caption(state.paragraph_of(sentence[0])):
        return  # a photo caption's day is the picture's, not the story's
    heading = state.paragraph_of(sentence[0]) < state.headings
    if state.lead_stamp_alone and heading and is_date_line(state, sentence):
        return  # the day the page went out, which no words of its copy take up
    excluded = state.contents_in(sentence)
    # a night's events ("dans la nuit de dimanche à lundi") are told afterwards: its day is
    # no statement's to inherit;
    # a flashback ("Le 3 mars, ils avaient réclamé …") does not move the story's present,
    # but "alors", "la veille" may still refer to it; a pluperfect in a clause of its own
    # ("X a expliqué mardi pourquoi la police ne l'avait pas fait") is not the sentence's verb
    for expr in main_verb_first(state, state.frame_expressions(sentence, excluded)):
        if not applicable(state, expr, sentence, excluded, None):
            continue
        resolved = resolve_cue(state, expr)
        if caption_day(state, sentence, expr, resolved):
            continue
        if resolved and resolved.precision == "day" and not resolved.future:
            pluperfect = pluperfect_in_clause(state, sentence, expr)
            background = (
                (pluperfect and not after_compound_past(state, expr))
                or looks_back(expr)
                or bool(state.lexicon.night.match(expr.text))
                or told_as_earlier(state, sentence, excluded)
            )
            state.timeline.append(
                Entry(
                    sentence[0],
                    state.block_of(sentence[0]),
                    resolved,
                    state.mentions_interview(sentence, excluded),
                    None,
                    sentence,
                    background,
                )
            )
            return


def pluperfect_in_clause(state: DateState, sentence: tuple[int, int], expr: TimeExpression) -> bool:
    """Whether a pluperfect auxiliary of ``sentence`` shares a clause with the day word: "X
    had declined interviews since May, but yesterday struck a softer tone" tells yesterday in
    a clause of its own (``clause_breaks`` in ``time.yaml`` after a comma, or a semicolon,
    between the two), which is no flashback."""
    breaks = state.lexicon.clause_break
    for m in state.lexicon.pluperfect.finditer(state.text, sentence[0], sentence[1]):
        if copula_alone(state, m.group(0), m.end()):
            continue
        start, end = sorted((m.start(), expr.span[0]))
        between = state.text[start:end]
        if ";" in between or (breaks is not None and breaks.search(between)):
            continue
        return True
    return False


def told_as_earlier(state: DateState, sentence: tuple[int, int], excluded: list[Span]) -> bool:
    """Whether a narrated sentence's verb marks its event as earlier than the story's news
    ("L'alliance a déjà organisé des actions cette semaine, lundi et mardi": an adverb of
    ``earlier_times`` right after a compound past's auxiliary): background, which the
    sayings told after it do not inherit."""
    table = state.lexicon.data.get("tense") or {}
    auxiliaries = {str(w).lower() for w in table.get("compound_past_auxiliaries") or []}
    for match in state.lexicon.earlier_time.finditer(state.text, sentence[0], sentence[1]):
        if any(overlaps((match.start(), match.end()), x) for x in excluded):
            continue
        before = re.findall(r"[^\W\d_]+", state.text[sentence[0] : match.start()])
        if before and before[-1].lower() in auxiliaries:
            return True
    return False


#: how many words after "était" a past participle may come ("était déjà bien arrivé")
PARTICIPLE_REACH = 3


def copula_alone(state: DateState, auxiliary: str, end: int) -> bool:
    """Whether "était", "étaient" (``copula_imperfect`` in ``time.yaml``) is "être" in the
    imperfect rather than a pluperfect's auxiliary: no past participle among the next few
    words ("Ils étaient environ 300 à manifester ce samedi": the day's scene, told in the
    imperfect, not a flashback; "ils étaient arrivés samedi" stays one)."""
    copulas = {w.lower() for w in state.lexicon.words("copula_imperfect")}
    if auxiliary.lower().replace("’", "'") not in copulas:
        return False
    table = state.lexicon.data.get("tense") or {}
    endings = tuple(str(w) for w in table.get("past_participle_endings") or [])
    following = re.findall(r"[^\W\d_]+|\d+", state.text[end : end + 60])[:PARTICIPLE_REACH]
    return not any(word.lower().endswith(endings) for word in following)


def looks_back(expr: TimeExpression) -> bool:
    """Whether a narrated day word counts back from the story's day ("la veille", "the day
    before"), or marks its weekday as a past one ("Jeudi dernier, un incendie a ravagé
    l'entrepôt": the event is told as background, not as the day's news): a flashback,
    which "alors" may refer to but nothing inherits."""
    if expr.kind == "weekday" and expr.direction == "past":
        return True
    return expr.kind == "anaphoric" and expr.offset < 0


def caption_day(
    state: DateState, sentence: tuple[int, int], expr: TimeExpression, resolved: Resolved | None
) -> bool:
    """Whether a heading's written date is a photo caption's ("… sécurise un quartier, le 22
    novembre 2015" above the lead): the day the picture was taken, not a day of the story,
    unless it is the publication day (the page's date stamp)."""
    return (
        state.in_headline(sentence)
        and expr.kind == "explicit"
        and resolved is not None
        and resolved.value != state.published
    )


def content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def date_headline(state: DateState) -> None:
    """A headline quotes a statement the body reports: it takes that statement's date
    (not a timeless headline: ``rules.headline``).

    A headline that quotes none of them ("Affaire X : le parquet indique que …") reports
    the lead's saying of its speaker: when the lead dates a statement of the same person by
    its own words ("Le parquet rappelle ce jeudi soir que …"), the headline takes that day.
    """
    if not state.headings or state.lexicon.convention("timeless_headlines", default=False):
        return
    statements = state.statements
    headlines = [s for s in statements if state.paragraph_of(s.content_span[0]) < state.headings]
    body = [s for s in statements if state.paragraph_of(s.content_span[0]) >= state.headings]
    for statement in headlines:
        words = content_words(statement.content)
        if len(words) < 2:
            continue
        for candidate in body:
            shared = words & content_words(candidate.content)
            carried = resolved_of(candidate)
            if len(shared) / len(words) >= HEADLINE_MATCH and candidate.statement_date:
                if carried is not None:
                    apply(statement, DateResolution.dated(carried))
                break
        else:
            said = lead_saying(state, statement, body)
            if said is not None:
                apply(statement, DateResolution.dated(said))


def lead_saying(state: DateState, headline: Statement, body: list[Statement]) -> Resolved | None:
    """The day of the lead's first statement of the headline's speaker dated by its own
    words (not in the pluperfect), if any."""
    openers = state.grammar.name_openers
    for candidate in body:
        if state.sentence_index(state.walked_sentence(candidate)[0]) not in state.lead:
            continue
        if not same_person(headline, candidate, openers) or is_pluperfect(candidate, state.lexicon):
            continue
        resolved = resolved_of(candidate)
        if resolved is None or resolved.precision != "day":
            continue
        if candidate.date_method in OWN_DATE_METHODS or says_the_headline(state, headline):
            return resolved
    return None


def says_the_headline(state: DateState, headline: Statement) -> bool:
    """Whether a headline is a quotation with its reporting verb ("« … », affirme X"): it
    announces the lead's saying of X, whatever dated that saying (session 17), where a
    headline paraphrase in the present ("X refuse de …") may sum up a position held."""
    return headline.kind == "direct" and headline.cue_span is not None


def walk(state: DateState) -> None:
    """Date every statement in text order, keeping the timeline later cues refer back to."""
    for statement in state.statements:
        clear(statement)
    state.lead_time = lead_time(state)
    own_said = [s for s in state.statements if said_outside_outer(state, s)]
    for unit in state.units:
        if not unit.statements:
            narrate(state, unit.sentence)
            continue
        outcomes = []
        for statement in unit.statements:
            resolution = date_statement(statement, state)
            apply(statement, resolution)
            outcomes.append(resolution)
        share_within_sentence(state, unit.statements, outcomes)
        excluded = state.contents_in(unit.sentence)
        interview = state.mentions_interview(unit.sentence, excluded)
        for statement in unit.statements:
            # a saying in the pluperfect ("avait annoncé lundi") is a flashback, like a
            # narrated one: "la veille" may count from it, but no later statement inherits it
            state.timeline.append(
                Entry(
                    state.statement_range(statement)[0],
                    state.block_of(state.statement_end(statement)),
                    resolved_of(statement),
                    interview,
                    statement,
                    unit.sentence,
                    is_pluperfect(statement, state.lexicon),
                )
            )
        date_own_said(state, unit.sentence, own_said)
    date_from_trailing_day(state)
    date_from_speaking_sentences(state)
    date_headline(state)
    date_lead_from_later_occasion(state)
    for statement in state.statements:
        outer = state.ancestor(statement)
        if outer is not None and statement not in own_said:
            date_nested(state, statement, outer)
    for statement in state.statements:
        mention_times(state, statement)


def assign_dates(
    article: Article,
    statements: list[Statement],
    sentences: Sequence[tuple[int, int]] | None = None,
) -> None:
    """Set each statement's date, precision, cue, method and mentioned times, in place.

    ``statements`` are those of ``article``, in text order; ``sentences`` are the parser's
    sentence offsets when the article was parsed. ``docs/dates.md`` lists the rules.
    """
    if not statements:
        return
    state = DateState.build(article, statements, sentences)
    adopt_page_day(state)
    walk(state)
