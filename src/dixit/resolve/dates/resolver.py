"""The date assignment: one walk through the article in text order.

``_DateAssigner`` joins the rule mixins (``cues``, ``inheritance``, ``contents``) on the
article's structure and walks its sentences: a statement takes its own cue, the lead's day,
the same speaker's date or its paragraph's time (``date_statement``), and a sentence
without statements moves the story's time (``narrate``). A headline quoting the body takes
the body's date. ``assign_dates`` is the entry point the pipeline calls.
"""

from __future__ import annotations

import logging
import re

from dixit.intervals import Cover
from dixit.model import Article, Span, Statement
from dixit.resolve.dates.anchoring import Resolved, resolve_expression
from dixit.resolve.dates.contents import ContentTimes
from dixit.resolve.dates.cues import CueReader
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.inheritance import Inheritance, _same_speaker
from dixit.resolve.dates.sentences import _distance, _overlaps
from dixit.resolve.dates.timeline import _clear, _Entry, _resolved_of, _set, _Unit

logger = logging.getLogger(__name__)


#: share of a headline quotation's words a body statement must hold to be the same statement
_HEADLINE_MATCH = 0.6


class _DateAssigner(CueReader, Inheritance, ContentTimes):
    """Walks an article in text order, keeping the timeline that later cues refer back to."""

    def units(self) -> list[_Unit]:
        """Sentences in text order, each with the statements it holds (nested ones apart)."""
        spans: list[tuple[Span, list[Statement]]] = []
        for statement in self.statements:
            if self.ancestor(statement) is None:
                sentence = self.sentence_of(self.statement_range(statement))
                spans.append((sentence, [statement]))
        spans.sort(key=lambda item: item[0])
        merged: list[tuple[Span, list[Statement]]] = []
        for sentence, group in spans:
            if merged and _overlaps(merged[-1][0], sentence):
                last_span, last_group = merged[-1]
                union = (last_span[0], max(last_span[1], sentence[1]))
                merged[-1] = (union, last_group + group)
            else:
                merged.append((sentence, group))
        units = [
            _Unit(span[0], span, sorted(group, key=lambda s: s.content_span[0]))
            for span, group in merged
        ]
        taken = Cover(span for span, _ in merged)
        for sentence in self.sentences:
            if not taken.overlaps(*sentence):
                units.append(_Unit(sentence[0], sentence))
        units.sort(key=lambda u: u.position)
        return units

    def run(self) -> None:
        for statement in self.statements:
            _clear(statement)
        self.lead_time = self._lead_time()
        previous: Statement | None = None
        for unit in self.units():
            if not unit.statements:
                self.narrate(unit.sentence)
                continue
            outcomes = []
            for statement in unit.statements:
                outcomes.append(self.date_statement(statement, unit.sentence, previous))
                previous = statement
            self.share_within_sentence(unit.statements, outcomes)
            excluded = self.contents_in(unit.sentence)
            interview = self.mentions_interview(unit.sentence, excluded)
            for statement in unit.statements:
                self.timeline.append(
                    _Entry(
                        self.statement_range(statement)[0],
                        self.block_of(self.statement_end(statement)),
                        _resolved_of(statement),
                        interview,
                        statement,
                        unit.sentence,
                    )
                )
        self.date_headline()
        for statement in self.statements:
            outer = self.ancestor(statement)
            if outer is not None:
                self.date_nested(statement, outer)
        for statement in self.statements:
            self.mention_times(statement)

    def after_incise(
        self, own_cue: Span | None, expr: TimeExpression, excluded: list[Span]
    ) -> bool:
        """Whether another reporting incise (", a précisé X") stands between the statement's
        cue and ``expr``: the time word is that incise's."""
        if own_cue is None or expr.span[0] < own_cue[1]:
            return False
        for m in self.lexicon.incise.finditer(self.text, own_cue[1], expr.span[0]):
            if not any(x[0] <= m.start() < x[1] for x in excluded):
                return True
        return False

    def date_headline(self) -> None:
        """A headline quotes a statement the body reports: it takes that statement's date."""
        if not self.headline:
            return
        headlines = [s for s in self.statements if self.paragraph_of(s.content_span[0]) == 0]
        body = [s for s in self.statements if self.paragraph_of(s.content_span[0]) > 0]
        for statement in headlines:
            words = _content_words(statement.content)
            if len(words) < 2:
                continue
            for candidate in body:
                shared = words & _content_words(candidate.content)
                if len(shared) / len(words) >= _HEADLINE_MATCH and candidate.statement_date:
                    _set(statement, _resolved_of(candidate), None, None, "inherited")  # type: ignore[arg-type]
                    break

    def _lead_time(self) -> Resolved | None:
        """The day of the lead's main event: its first day cue (a headline repeats the lead)."""
        for index in sorted(self.lead):
            sentence = self.sentences[index]
            excluded = self.contents_in(sentence)
            for expr in self.frame_expressions(sentence, excluded):
                if expr.kind not in ("weekday", "deictic", "explicit", "ago"):
                    continue
                if not self.applicable(expr, sentence, excluded, None):
                    continue
                resolved = resolve_expression(expr, self.published, None, self.lexicon)
                if resolved and resolved.precision == "day" and not resolved.future:
                    return resolved
        return None

    def share_within_sentence(self, statements: list[Statement], outcomes: list[str]) -> None:
        """Statements of one sentence belong to one moment: an open one takes its neighbour's."""
        dated = [
            s
            for s, o in zip(statements, outcomes, strict=True)
            if o == "dated" and s.statement_date
        ]
        if not dated:
            return
        for statement, outcome in zip(statements, outcomes, strict=True):
            if outcome == "open":
                _set(statement, _resolved_of(dated[0]), None, None, "inherited")  # type: ignore[arg-type]

    def narrate(self, sentence: Span) -> None:
        """A sentence without statements moves the story's time when it has a day cue."""
        excluded = self.contents_in(sentence)
        # a flashback ("Le 3 mars, ils avaient réclamé …") does not move the story's present,
        # but "alors", "la veille" may still refer to it
        background = bool(self.lexicon.pluperfect.search(self.text, sentence[0], sentence[1]))
        for expr in self.frame_expressions(sentence, excluded):
            if not self.applicable(expr, sentence, excluded, None):
                continue
            resolved = self.resolve(expr)
            if resolved and resolved.precision == "day" and not resolved.future:
                self.timeline.append(
                    _Entry(
                        sentence[0],
                        self.block_of(sentence[0]),
                        resolved,
                        self.mentions_interview(sentence, excluded),
                        None,
                        sentence,
                        background,
                    )
                )
                return

    def date_statement(
        self, statement: Statement, sentence: Span, previous: Statement | None
    ) -> str:
        """Date one statement; say how it went ("dated", "open", or why it stays undated)."""
        excluded = self.contents_in(sentence)
        cues = self.frame_expressions(sentence, excluded) + self.leading(statement)
        own_cue = statement.cue_span
        anchor = own_cue or statement.content_span
        # a night ("dans la nuit de mercredi à jeudi") spans two days: it pins no statement
        cues = [e for e in cues if not self.lexicon.night.match(e.text)]
        # "Il conteste …, a précisé le parquet lundi soir": a time word after another reporting
        # incise dates that incise, whose content this statement is
        incised = [e for e in cues if self.after_incise(own_cue, e, excluded)]
        cues = [e for e in cues if e not in incised]
        applicable = [e for e in cues if self.applicable(e, sentence, excluded, own_cue)]
        blocked = [e for e in cues if self.applicable(e, sentence, excluded, own_cue) is False]
        blocked += incised
        index = self.sentence_index(sentence[0])
        headline = index in self.lead and self.paragraph_of(sentence[0]) == 0 and self.headline
        if applicable:
            cue = min(applicable, key=lambda e: (_distance(e.span, anchor), e.span[0]))
            resolved = self.resolve(cue, statement=statement)
            if resolved is None or resolved.future or resolved.precision == "year":
                logger.debug(
                    "article %s: cue %r for %s gives %s; left undated",
                    self.article.id,
                    cue.text,
                    statement.id,
                    resolved.timex() if resolved else "no date",
                )
                return "rejected"
            method = "explicit" if cue.kind == "explicit" else "relative"
            if cue.kind in ("continuation", "same_interview", "anaphoric_event"):
                method = "inherited"
            _set(statement, resolved, cue.text, cue.span, method)
            return "dated"
        if any(e.kind != "anaphoric" for e in blocked):
            logger.debug(
                "article %s: %s is placed after or before another dated event; left undated",
                self.article.id,
                statement.id,
            )
            return "blocked"
        pronouns = {p.lower() for p in self.lexicon.words("pronouns")}
        mention = (statement.speaker_mention or "").strip().lower()
        if self.by_source_preposition(statement) and not headline and mention not in pronouns:
            # "selon X": a position held, not an utterance with a day ("selon lui" goes on
            # with the speaker before, and is dated like any continuation)
            return "source"
        if index in self.lead:
            lead = self.lead_time or (
                Resolved(self.published, "day") if self.published is not None else None
            )
            if lead is not None:
                _set(statement, lead, None, None, "inherited")
                return "dated"
        if self.lead_time is not None and not headline and self.at_occasion(sentence):
            # "À la barre, le prévenu a contesté …": at the occasion the lead dates
            _set(statement, self.lead_time, None, None, "inherited")
            return "dated"
        continued = previous is not None and self.continues(statement)
        if continued and _same_speaker(previous, statement, pronouns):  # type: ignore[arg-type]
            carried = _resolved_of(previous)  # type: ignore[arg-type]
            if carried is None:
                return "undated"
            _set(statement, carried, None, None, "inherited")
            return "dated"
        if self.is_pluperfect(statement):
            return "pluperfect"  # said before the story's time: nothing to inherit
        carried, decided = self.inherit(statement, sentence, previous, pronouns)
        if carried is not None:
            _set(statement, carried, None, None, "inherited")
            return "dated"
        return "undated" if decided else "open"


_WORD = re.compile(r"\w{4,}")


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def assign_dates(article: Article, statements: list[Statement]) -> None:
    """Set each statement's date, precision, cue, method and mentioned times, in place.

    ``statements`` are those of ``article``, in text order. See the module docstring and
    ``docs/dates.md`` for the rules.
    """
    if not statements:
        return
    _DateAssigner(article, statements).run()
