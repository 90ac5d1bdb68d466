"""Attribution: turn quotes, cues and the parse into statements.

The rules are in :mod:`dixit.extract.reported` (a reporting verb with its complement,
"selon X", headlines) and :mod:`dixit.extract.quotations` (a quotation with its cue, or a
floating one); ``docs/extraction.md`` lists every construction. This module runs them,
keeps one statement where two claim the same words (``PRIORITY``), links floating
quotations to the statement they continue and nested reports to the one that reports
them (``via``).

Content spans are the exact characters of what was said; for direct speech the marks are
left out, for mixed speech the marks inside the clause are kept.
"""

from __future__ import annotations

import bisect
import dataclasses

from spacy.language import Language
from spacy.tokens import Doc, Token

from dixit.extract.context import MIN_QUOTE_WORDS
from dixit.extract.cues import Cue
from dixit.extract.datelines import dateline_at
from dixit.extract.extensions import FoundStatement, register_extensions
from dixit.extract.interval_index import GrowingSpans
from dixit.extract.interviews import InterviewAnswers
from dixit.extract.posts import EmbeddedPosts
from dixit.extract.quotations import QuotedSpeech
from dixit.extract.reported import ReportedSpeech
from dixit.extract.views import HeldViews
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span

#: Rules by priority when two statements claim the same words.
PRIORITY = (
    ExtractionRule.HEADLINE,
    ExtractionRule.INTERVIEW,
    ExtractionRule.QUE,
    ExtractionRule.INFINITIVE,
    ExtractionRule.QUE_QUOTE,
    ExtractionRule.INCISE,
    ExtractionRule.PREPOSED,
    ExtractionRule.POSTPOSED,
    ExtractionRule.OBJECT,
    ExtractionRule.ATTRIBUTE,
    ExtractionRule.STANCE,
    ExtractionRule.COLON_TEXT,
    ExtractionRule.PREPOSITION,
    ExtractionRule.VIEW,
    ExtractionRule.FLOATING,
)
#: Constructions whose content may report someone else's words (a nested report).
REPORTING = frozenset(
    {
        ExtractionRule.QUE,
        ExtractionRule.INFINITIVE,
        ExtractionRule.OBJECT,
        ExtractionRule.ATTRIBUTE,
        ExtractionRule.COLON_TEXT,
        ExtractionRule.QUE_QUOTE,
        ExtractionRule.PREPOSITION,
    }
)
#: Words a line may have to be read as a subheading between two paragraphs of quotation.
MAX_HEADING_WORDS = 12
#: Rules whose statement a floating quotation in the next paragraph may continue.
CONTINUED_ACROSS_PARAGRAPHS = frozenset(
    {
        ExtractionRule.INCISE,
        ExtractionRule.PREPOSED,
        ExtractionRule.FLOATING,
        ExtractionRule.QUE_QUOTE,
    }
)


class Attributor:
    """Pipeline component: stores ``FoundStatement`` objects on ``doc._.dixit_statements``.

    The rules read the closed word classes of ``language`` (the pipeline's, which is the
    article's: ``core`` loads one pipeline per language).
    """

    def __init__(self, language: str = "fr", min_quote_words: int = MIN_QUOTE_WORDS) -> None:
        register_extensions()
        self.language = language
        self.min_quote_words = min_quote_words

    def __call__(self, doc: Doc) -> Doc:
        doc._.dixit_statements = Attribution(doc, self.min_quote_words, self.language).run()
        return doc


@Language.factory(
    "dixit_attribution",
    default_config={"language": "fr", "min_quote_words": MIN_QUOTE_WORDS},
    assigns=["doc._.dixit_statements"],
    requires=["doc._.dixit_quotes", "doc._.dixit_cues", "token.dep"],
)
def make_attributor(nlp: Language, name: str, language: str, min_quote_words: int) -> Attributor:
    return Attributor(language, min_quote_words)


class Attribution(HeldViews, ReportedSpeech, QuotedSpeech, InterviewAnswers, EmbeddedPosts):
    """One article's attribution pass: every rule, then overlaps and links settled."""

    def run(self) -> list[FoundStatement]:
        if not len(self.doc):
            return []
        found: list[FoundStatement] = []
        for cue in self.cues:
            if self.in_quote(cue.span[0], cue.span[1]) and not self.quotes_only_the_cue(cue):
                continue
            if cue.kind == "preposition":
                statement = self.from_preposition(cue)
            elif cue.kind == "stance":
                statement = self.from_stance(cue)
            else:
                statement = self.from_verb(cue)
            if statement is not None:
                found.append(statement)
        found.extend(self.from_headline())
        found.extend(self.from_opinion_clefts())
        found.extend(self.from_views())
        by_content: GrowingSpans[FoundStatement] = GrowingSpans()
        for statement in found:
            by_content.add(statement.content, statement)
        for quote in self.quotes:
            given = self.from_quote(quote, found, by_content)
            found.extend(given)
            for statement in given:
                by_content.add(statement.content, statement)
        found = self.with_interview_answers(found)
        found = self.with_embedded_posts(found)
        found = self.with_repeated_subheadings(found)
        found = self.without_questions_put(found)
        found = [self.past_the_dateline(s) for s in found]
        found = self.resolve_overlaps(found)
        return self.link(found)

    def quotes_only_the_cue(self, cue: Cue) -> bool:
        """ "X a « reconnu » la responsabilité …": the writer's marks around the reporting
        verb alone distance it; the verb still reports, unlike one inside a quotation."""
        quote = self.in_quote(cue.span[0], cue.span[1])
        return quote is not None and (
            self.text[quote.inner_start : quote.inner_end].strip()
            == self.text[cue.span[0] : cue.span[1]]
        )

    def past_the_dateline(self, statement: FoundStatement) -> FoundStatement:
        """A content that opens a paragraph on a wire dateline ("KESSEL, Vestland (Wire) - The
        council approved …, a spokeswoman said") starts after it: the place and the day of
        filing are no words of the speaker (``Grammar.dateline_dashes``)."""
        start, end = statement.content
        if not self.grammar.dateline_dashes or (start and self.text[start - 1] != "\n"):
            return statement
        length = dateline_at(self.text, start, end, self.grammar.dateline_dashes)
        if not length or start + length >= end:
            return statement
        return dataclasses.replace(statement, content=(start + length, end))

    def resolve_overlaps(self, found: list[FoundStatement]) -> list[FoundStatement]:
        rank = {m: i for i, m in enumerate(PRIORITY)}
        ordered = sorted(found, key=lambda s: (rank.get(s.method, len(rank)), s.content[0]))
        kept: list[FoundStatement] = []
        # ``kept`` also by content start, to compare each with the kept ones it can overlap
        # only (a long text's statements are not compared pairwise).
        by_start: list[FoundStatement] = []
        longest = 0
        for s in ordered:
            lo = bisect.bisect_left(by_start, s.content[0] - longest, key=lambda k: k.content[0])
            hi = bisect.bisect_left(by_start, s.content[1], key=lambda k: k.content[0])
            near = by_start[lo:hi]
            if any(_same_words(s.content, k.content) and not _nested(s, k) for k in near):
                continue
            kept.append(s)
            bisect.insort_right(by_start, s, key=lambda k: k.content[0])
            longest = max(longest, s.content[1] - s.content[0])
        return sorted(kept, key=lambda s: s.content)

    def link(self, found: list[FoundStatement]) -> list[FoundStatement]:
        """Floating quotes take their speaker's statement; nested reports get ``via``."""
        result: list[FoundStatement] = []
        for s in found:
            if s.method == ExtractionRule.FLOATING:
                previous = self._previous_for_floating(s, result)
                if previous is None and not (
                    self.whole_paragraph_quote(s)
                    or self.after_a_named_subject(s)
                    or s.content in self.repeated_subheadings
                ):
                    continue
                s.previous = previous
            result.append(s)
        nested: set[int] = set()
        # ``result`` is in content order: a content holding a cue starts at most the longest
        # content's length before it, so only that stretch is searched.
        starts = [s.content[0] for s in result]
        longest = max((s.content[1] - s.content[0] for s in result), default=0)
        for i, s in enumerate(result):
            if not s.cue:
                continue
            lo = bisect.bisect_left(starts, s.cue[0] - longest)
            hi = bisect.bisect_right(starts, s.cue[0])
            for j in range(lo, hi):
                outer = result[j]
                if i != j and outer.content[0] <= s.cue[0] < outer.content[1]:
                    if self._relayed_by_medium(s, outer):
                        # "X a déclaré que …, note le Financial Times": X's words, which
                        # the paper only relays; its report adds no statement of its own.
                        nested.add(j)
                    elif outer.method == ExtractionRule.POSTPOSED or (
                        outer.method in REPORTING and self._names_other_source(s)
                    ):
                        # "Il conteste … mais a reconnu …, a précisé le parquet": the
                        # source reports whole clauses, each report in them is its own.
                        s.via = j
                    else:
                        nested.add(i)
                    break
        if not nested:
            return result
        # Drop the inner ones and renumber the links of those kept.
        keep = [i for i in range(len(result)) if i not in nested]
        new_index = {old: new for new, old in enumerate(keep)}
        kept = [result[i] for i in keep]
        for s in kept:
            s.via = new_index.get(s.via) if s.via is not None else None
            s.previous = new_index.get(s.previous) if s.previous is not None else None
        return kept

    def _relayed_by_medium(self, s: FoundStatement, outer: FoundStatement) -> bool:
        """Whether ``outer`` is a news medium's incise ("…, note le Financial Times") over a
        whole clause that opens on ``s``'s own named source ("X a déclaré que …"): the
        medium only relays X's statement."""
        if outer.method != ExtractionRule.POSTPOSED or outer.mention is None:
            return False
        if s.mention is None or not self._names_other_source(s):
            return False
        before = self.doc.char_span(outer.content[0], s.mention[0], alignment_mode="expand")
        if before is not None and any(
            t.pos_ not in {"DET", "PUNCT", "SPACE"} for t in before if t.idx < s.mention[0]
        ):
            return False  # narration before the named source: not a clause it opens
        words = self.text[outer.mention[0] : outer.mention[1]].split()
        media = {n.lower() for n in get_language(self.doc.lang_).media_names()}
        return any(" ".join(words[k:]).lower() in media for k in range(len(words)))

    def _names_other_source(self, s: FoundStatement) -> bool:
        """A nested report counts when it names its own source, not "il" (the reporter)."""
        if s.mention is None:
            return False
        head = self.token_at(s.mention[0])
        return head.pos_ != "PRON" and not head.text.startswith("-")

    def _previous_for_floating(self, s: FoundStatement, before: list[FoundStatement]) -> int | None:
        if not before:
            return None
        prev = before[-1]
        # "Avant de développer :" ¶ « … »: the quotation is where its cue is written.
        at = s.cue[0] if s.cue and s.cue[0] < s.content[0] else s.content[0]
        gap = self.paragraphs_between(prev.content[0], at) - self.headings_between(
            prev.content[1], at
        )
        if gap > 1:
            return None
        # Nothing but quotes and their incises between the two.
        between = self.text[prev.content[1] : s.content[0]]
        if gap == 1 and prev.method not in CONTINUED_ACROSS_PARAGRAPHS:
            # A paragraph of bare quotation after a paragraph whose last words report the
            # same speaker ("…, reprochant à la préfecture de …" ¶ « … »).
            # Only a quotation that opens its own paragraph.
            tail = self.text[prev.content[1] : self.text.find("\n", prev.content[1])]
            line_start = self.text.rfind("\n", 0, s.content[0]) + 1
            lead = self.text[line_start : s.content[0]]
            # "Et d'ajouter que …" opening the paragraph: the cue goes on with the speaker
            opening_cue = (
                s.cue is not None and len(self.text[line_start : s.cue[0]]) <= 6
            ) or self.participle_lead(line_start, s.content[0])
            if prev.mention is None:
                return None
            if not opening_cue and (len(tail.strip()) > 2 or len(lead.strip()) > 1):
                return None
        if len(between) > 200:
            return None
        return len(before) - 1

    def participle_lead(self, start: int, end: int) -> bool:
        """ "Poursuivant ensuite son analyse : « … »": a paragraph opening on a present
        participle of saying and a colon before the quotation goes on with the speaker
        before, as "Et d'ajouter : « … »" does."""
        lead = self.text[start:end].rstrip(' \u00a0«"“')
        if not lead.endswith(":"):
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span or [] if not t.is_space]
        if not words:
            return False
        first = words[0]
        return (
            "Part" in first.morph.get("VerbForm")
            and "Pres" in first.morph.get("Tense")
            and first.lemma_.lower() in get_language(self.doc.lang_).saying_verbs()
        )

    def whole_paragraph_quote(self, s: FoundStatement) -> bool:
        """A quotation that is a paragraph of its own, long enough to be no slogan and with a
        verb, so no title.

        Real copy sets a speaker's words as their own paragraph under a subheading, after a
        paragraph of narration, or at the top of the page; they are statements even when no
        earlier statement is near enough to lend its speaker, which then stays unresolved.
        """
        start, end = s.content
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        lead = self.text[line_start:start].strip()
        tail = self.text[end:line_end].strip()
        marks = self.marks.all
        if any(c not in marks and c not in self.grammar.sentence_ends for c in tail):
            return False
        if any(c not in marks for c in lead) and not (
            self.titles_the_quote(lead) and not self.ends_a_sentence(start, line_end)
        ):
            return False
        words = [w for w in self.text[start:end].split() if any(c.isalnum() for c in w)]
        if len(words) < self.min_sentence_quote_words:
            return False
        # A sentence, not a title in quotation marks ("« Une soirée de débats sur … »").
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return any(t.pos_ in {"VERB", "AUX"} for t in span or [])

    def after_a_named_subject(self, s: FoundStatement) -> bool:
        """ "L'entraîneur Paul X savourait après la finale. « … »": a quotation closing its
        paragraph right after a sentence of narration whose subject is a person's name (or
        a noun with the name in apposition) is that person's, even with no statement
        before it to continue; the resolver finds the subject. A sentence whose subject
        names no one ("La salle était comble.") hands the floor to nobody."""
        start, end = s.content
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        tail = self.text[end : len(self.text) if line_end < 0 else line_end].strip()
        marks = self.marks.all
        if any(c not in marks and c not in self.grammar.sentence_ends for c in tail):
            return False
        lead = self.text[line_start:start].rstrip(" \u00a0" + "".join(marks))
        if not lead or lead[-1] not in self.grammar.sentence_ends | set(
            self.grammar.quote_introducers
        ):
            return False
        span = self.doc.char_span(line_start, line_start + len(lead), alignment_mode="expand")
        if span is None or len(span) < 3:
            return False
        words = list(span)[:-1]
        cut = max((t.i for t in words if t.text in self.grammar.sentence_ends), default=-1)
        sentence = [t for t in words if t.i > cut]
        said = [w for w in self.text[start:end].split() if any(c.isalnum() for c in w)]
        if any(t.is_quote for t in sentence) or len(said) < self.min_sentence_quote_words:
            return False
        saying = get_language(self.doc.lang_).saying_verbs()
        roots = [
            t
            for t in sentence
            if t.dep_ == "ROOT"
            and t.pos_ in {"VERB", "AUX", "ADJ"}
            # "X n'a pas commenté …": a refusal, and a verb of saying is the cue rules' own
            and t.lemma_.lower() not in saying
            and not any(c.lower_ in self.grammar.negations for c in t.children)
        ]
        return any(
            c.dep_ in self.grammar.subject_labels and _names_a_person(c)
            for root in roots
            for c in root.children
        )

    def ends_a_sentence(self, start: int, end: int) -> bool:
        """Whether the words up to ``end`` close on a sentence end (marks aside): body
        copy does, a title does not."""
        words = self.text[start:end].rstrip("".join(self.marks.all) + " ")
        return words[-1:] in self.grammar.sentence_ends

    def titles_the_quote(self, lead: str) -> bool:
        """ "Une mairie dévastée par les flammes : « … »": a title phrase and a colon before
        a quotation that ends the line; the phrase holds no sentence end and no quotation
        of its own (``Grammar.quote_introducers``), and the line ends on none either."""
        lead = lead.rstrip("".join(self.marks.all) + " ")
        return (
            lead[-1:] in self.grammar.quote_introducers
            and not any(c in self.grammar.sentence_ends for c in lead[:-1])
            and not any(c in self.marks.all for c in lead)
        )

    def headings_between(self, start: int, end: int) -> int:
        """Lines between two offsets that are subheadings: short, no sentence end, no
        quotation mark ("Le mythe perdure"); a quotation under one still continues the
        statement before it."""
        lines = self.text[start:end].split("\n")[1:-1]
        return sum(
            1
            for line in lines
            if line.strip()
            and len(line.split()) <= MAX_HEADING_WORDS
            and line.strip()[-1] not in self.grammar.sentence_ends
            and not any(c in self.marks.all for c in line)
        )


def _nested(a: FoundStatement, b: FoundStatement) -> bool:
    """One reports the other: its cue sits inside the other's content."""
    return any(
        x.cue is not None and y.content[0] <= x.cue[0] < y.content[1] for x, y in ((a, b), (b, a))
    )


def _same_words(a: Span, b: Span) -> bool:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return False
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap >= 0.5 * shorter


def _names_a_person(subject: Token) -> bool:
    """A name ("Paul X") or a noun with a name in apposition ("l'entraîneur Paul X")."""
    if subject.pos_ == "PROPN":
        return subject.ent_type_ in {"", "PER"}
    return subject.pos_ == "NOUN" and any(
        c.dep_ in {"appos", "flat:name"} and c.pos_ == "PROPN" and c.ent_type_ == "PER"
        for c in subject.children
    )
