"""One article's explicit state, as the date rules read it.

``DateState`` is built once per article: the publication date, the sentences and paragraph
blocks, the lead, the time expressions, the language's lexicon and grammar, the statements
with the sentence each is walked in, and the timeline the walk fills. Its methods answer
where things are (the paragraph or block of a position, the sentence of a span, the contents
overlapping a region, the statement that reports another); they read the state and never
date anything. The rules (``rules/``) are plain functions of a statement and this state.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from dixit.extract.datelines import dateline_spans
from dixit.intervals import Cover
from dixit.lang import get_language
from dixit.lang.base import Grammar
from dixit.model import Article, Span, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.expressions import TimeExpression, find_time_expressions
from dixit.resolve.dates.lexicon import TimeLexicon, load_time_lexicon
from dixit.resolve.dates.sentences import QUOTE_CLOSE, SENTENCE_END, from_parser, sentence_spans
from dixit.resolve.dates.spans import inside, overlap, overlaps
from dixit.resolve.dates.timeline import Entry, Unit
from dixit.settings import get_settings

#: sentences of the lead paragraph that report the day's news (a lead is one or two sentences;
#: text scraped without line breaks is all one paragraph, and must not all count as lead)
LEAD_SENTENCES = 2
#: a "paragraph" longer than this is text that lost its line breaks: each of its sentences is
#: then treated as a paragraph of its own, so that inheritance stays local
LONG_PARAGRAPH = 6
#: a paragraph repeated in the next one is a caption printed twice only when it is this long
#: (a short line such as a name may well recur)
CAPTION_MIN = 40


@dataclass(frozen=True)
class DescriptionWords:
    """Words of a speaker's description that say who it is not: ``fillers`` describe nobody
    ("leur", "même"); ``same`` point back to a description given before ("la même source")."""

    fillers: frozenset[str] = frozenset()
    same: frozenset[str] = frozenset()


@dataclass
class DateState:
    """Where things are in one article, and the timeline told so far."""

    article: Article
    statements: list[Statement]
    lexicon: TimeLexicon
    grammar: Grammar
    sentences: list[Span]
    expressions: list[TimeExpression]
    #: the timeline, in reading order: what later statements inherit and "la veille" counts from
    timeline: list[Entry] = field(default_factory=list)
    #: the lead's day, once the walk has read it
    lead_time: Resolved | None = None
    #: the index of the sentence that gave ``lead_time``
    lead_day_sentence: int = 0
    #: whether ``lead_time`` comes from the page's date stamp ("lundi, septembre 25, 2017"),
    #: the day of publishing rather than of the news
    lead_day_stamped: bool = False
    #: whether the page's only day is a bare date stamp no words of its copy take up: the
    #: day it went out, which dates no statement, not even by the publication-day default
    lead_stamp_alone: bool = False
    #: how many opening paragraphs are headings: the headline and page furniture
    headings: int = 0
    lead: set[int] = field(default_factory=set)
    units: list[Unit] = field(default_factory=list)
    pronouns: frozenset[str] = frozenset()
    #: words of a speaker's description that describe nobody, or point back to one given
    descriptions: DescriptionWords = field(default_factory=lambda: DescriptionWords())
    #: the spans of each (pattern, start, end) ``mentions`` has searched, read once
    matches: dict[tuple[re.Pattern[str], int, int], list[Span]] = field(
        default_factory=dict, repr=False
    )
    #: ``contents_in``'s answers by region (the statements and their nesting are fixed)
    contents_by_region: dict[Span, tuple[Span, ...]] = field(default_factory=dict, repr=False)
    #: what a function of (statement, region) only answered, by its name, the statement's
    #: place in ``statements`` and the region (``cues.statement_cues``)
    readings: dict[tuple[str, int, Span], object] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls,
        article: Article,
        statements: list[Statement],
        parsed_sentences: Sequence[Span] | None = None,
    ) -> DateState:
        """The state of ``article`` and its statements (in text order), before any walk.

        ``parsed_sentences`` are the parser's sentence offsets (the Doc's); without them
        (a text never parsed) the paragraphs are cut into sentences here.
        """
        language = article.language or get_settings().language
        lexicon = load_time_lexicon(language)
        grammar = get_language(lexicon.language).grammar
        contents = [s.content_span for s in statements]
        if parsed_sentences is not None:
            sentences = from_parser(
                article.text, article.paragraphs, parsed_sentences, contents, grammar.abbreviations
            )
        else:
            sentences = sentence_spans(
                article.text, article.paragraphs, contents, grammar.abbreviations
            )
        state = cls(
            article=article,
            statements=statements,
            lexicon=lexicon,
            grammar=grammar,
            sentences=sentences,
            expressions=outside_datelines(article, lexicon, grammar),
            pronouns=frozenset(p.lower() for p in lexicon.words("pronouns")),
            descriptions=DescriptionWords(
                frozenset(w.lower() for w in lexicon.words("description_fillers")),
                frozenset(w.lower() for w in lexicon.words("same_markers")),
            ),
        )
        state.headings, state.lead = state.find_lead()
        state.units = state.walk_units()
        return state

    def __post_init__(self) -> None:
        self.text = self.article.text
        self.published: date | None = self.article.published
        self.contents = [s.content_span for s in self.statements]
        self.paragraph_starts = [p[0] for p in self.article.paragraphs]
        self.sentence_starts = [s[0] for s in self.sentences]
        self.expression_starts = [e.span[0] for e in self.expressions]
        # Statements by content start, and the longest content: the candidates that may
        # hold a given span lie in a window found by bisection, not in the whole article.
        self.by_start = sorted(self.statements, key=lambda st: st.content_span[0])
        self.content_starts = [st.content_span[0] for st in self.by_start]
        self.order = {id(st): i for i, st in enumerate(self.statements)}
        self.longest = max((e - b for b, e in self.contents), default=0)
        self.blocks = self.paragraph_blocks()
        # Each block's first sentence, and which blocks are captions, looked up often.
        self.block_first: dict[int, int] = {}
        for index, block in enumerate(self.blocks):
            self.block_first.setdefault(block, index)
        self.captions: dict[int, bool] = {}
        #: the blocks of the timeline's entries so far, and whether they never decrease
        self.timeline_blocks: list[int] = []
        self.timeline_in_order = True
        #: ``lead_entries``' answer so far: timeline entries read, those in the lead
        self.lead_read: tuple[int, list[Entry]] = (0, [])
        #: ``block_before``'s answers: a page of captions is walked over once
        self.befores: dict[int, int] = {}
        self.walked: dict[int, tuple[Span, Statement | None]] = {}
        self.ancestors: dict[int, Statement | None] = {}
        # ``reference``'s answers so far: timeline entries read, last date, last interview date.
        self.references: tuple[int, Resolved | None, Resolved | None] = (0, None, None)

    # ----- paragraphs and sentences

    def paragraph_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, position) - 1)

    def sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def paragraph_blocks(self) -> list[int]:
        """Per sentence, the number of its paragraph, counting each sentence of an overlong one."""
        sizes: dict[int, int] = {}
        for sentence in self.sentences:
            paragraph = self.paragraph_of(sentence[0])
            sizes[paragraph] = sizes.get(paragraph, 0) + 1
        blocks: list[int] = []
        block, last = -1, None
        for sentence in self.sentences:
            paragraph = self.paragraph_of(sentence[0])
            if paragraph != last or sizes[paragraph] > LONG_PARAGRAPH:
                block += 1
            last = paragraph
            blocks.append(block)
        return blocks

    def block_of(self, position: int) -> int:
        """The paragraph (or, in an overlong paragraph, the sentence) holding ``position``."""
        if not self.blocks:
            return self.paragraph_of(position)
        return self.blocks[self.sentence_index(position)]

    def block_across_silence(self, block: int, reach: int) -> int | None:
        """The nearest block before ``block`` with something on the timeline, passing over
        at most ``reach`` blocks after the headings that have nothing on it (subheadings,
        captions, narration without a day word or a statement); None when the block just
        before has something, or when nothing is found within reach."""
        previous = block - 1
        while previous >= 0 and block - previous <= reach + 1:
            index = self.block_first.get(previous, -1)
            if index < 0 or self.paragraph_of(self.sentences[index][0]) < self.headings:
                return None
            if any(e.block == previous for e in self.timeline):
                return previous if previous < block - 1 else None
            previous -= 1
        return None

    def find_lead(self) -> tuple[int, set[int]]:
        """How many paragraphs open the page as headings, and the indices of their sentences
        and of the lead's first sentences.

        Headings are the opening paragraphs without final punctuation (or equal to the title):
        the headline, and the page furniture scraped around it (a section name, "Publié", a
        byline, a caption without a full stop). The lead is the first paragraph after them, or
        the first one when there is no heading.
        """
        paragraphs = self.article.paragraphs
        title = (self.article.title or "").strip()

        def heading(index: int) -> bool:
            text = self.text[paragraphs[index][0] : paragraphs[index][1]].strip()
            bare = text.rstrip(" " + QUOTE_CLOSE + "\"'»")
            if not bare.endswith(tuple(SENTENCE_END)) or self.caption(index):
                return True
            # the title repeated as a paragraph is the headline, when it is one sentence
            start, end = paragraphs[index]
            sentences = sum(1 for s in self.sentences if start <= s[0] < end)
            return bool(title and text == title and sentences <= 1)

        headings = 0
        while headings < len(paragraphs) - 1 and heading(headings):
            headings += 1
        lead: set[int] = set()
        in_lead = 0
        for index, sentence in enumerate(self.sentences):
            paragraph = self.paragraph_of(sentence[0])
            if paragraph < headings:
                lead.add(index)
            elif paragraph == headings and in_lead < LEAD_SENTENCES:
                lead.add(index)
                in_lead += 1
        return headings, lead

    def caption(self, index: int) -> bool:
        """Whether paragraph ``index`` is a photo caption: it opens with a credit word
        ("Photo : …", ``caption_openers`` in ``time.yaml``), or the next paragraph repeats
        it (pages print a caption twice, once with its credit). Page furniture, not a lead."""
        paragraphs = self.article.paragraphs
        text = self.text[paragraphs[index][0] : paragraphs[index][1]].strip()
        if self.lexicon.caption_opener.match(text):
            return True
        if index + 1 >= len(paragraphs) or len(text) < CAPTION_MIN:
            return False
        return text in self.text[paragraphs[index + 1][0] : paragraphs[index + 1][1]]

    def photo_caption(self, index: int) -> bool:
        """Whether paragraph ``index``, anywhere on the page, is a photo caption: a heading's
        caption (``caption``), or a paragraph closing on its credit ("…, le 16 avril (Photo :
        J. Dupin)", "… May 6, 2018. J. Doe/BBC/ Handout via REUTERS": ``caption_credits``).
        Its day is the picture's, and it stands between paragraphs of the story."""
        if self.caption(index):
            return True
        start, end = self.article.paragraphs[index]
        return bool(self.lexicon.caption_credit.search(self.text[start:end].strip()))

    def caption_block(self, block: int) -> bool:
        """Whether ``block`` is (in) a photo caption."""
        if block not in self.block_first:
            return False
        if block not in self.captions:
            first = self.sentences[self.block_first[block]]
            self.captions[block] = self.photo_caption(self.paragraph_of(first[0]))
        return self.captions[block]

    def block_before(self, block: int) -> int:
        """The block before ``block`` in the story, passing over photo captions (pages
        insert them between the story's paragraphs)."""
        if block in self.befores:
            return self.befores[block]
        previous = block - 1
        while previous > 0 and self.caption_block(previous):
            if previous in self.befores:  # the walk from here on is already known
                previous = self.befores[previous]
                break
            previous -= 1
        self.befores[block] = previous
        return previous

    def names_occasion(self, sentence: Span) -> bool:
        """Whether ``sentence`` (outside its contents) names an occasion of speaking or a
        gathering ("at a news conference on Friday", "at a board meeting Monday")."""
        excluded = self.contents_in(sentence)
        patterns = [self.lexicon.speaking_occasion, self.lexicon.gathering]
        return any(p is not None and self.mentions(p, sentence, excluded) for p in patterns)

    def in_headline(self, sentence: Span) -> bool:
        """Whether ``sentence`` is in the headline (the opening headings)."""
        return self.paragraph_of(sentence[0]) < self.headings

    def sentence_of(self, span: Span) -> Span:
        """The sentence (or run of sentences) that ``span`` touches."""
        lo = max(0, bisect.bisect_right(self.sentence_starts, span[0]) - 1)
        hi = bisect.bisect_right(self.sentence_starts, span[1])
        window = self.sentences[lo : hi + 1]
        touched = [s for s in window if overlaps(s, span) or inside(span, s)]
        if not touched:
            return span
        return touched[0][0], touched[-1][1]

    # ----- statements

    def statement_range(self, statement: Statement) -> Span:
        """The statement's content with its cue and speaker mention when in the same paragraph."""
        start, end = statement.content_span
        paragraph = self.paragraph_of(start)
        for span in (statement.cue_span, statement.speaker_mention_span):
            if span and self.paragraph_of(span[0]) == paragraph:
                start, end = min(start, span[0]), max(end, span[1])
        return start, end

    def statement_end(self, statement: Statement) -> int:
        """The last character of the statement with its cue, which may follow in the next
        paragraph (a quotation whose « …, explique X » closes the paragraph after)."""
        end = statement.content_span[1] - 1
        cue = statement.cue_span
        if cue and cue[0] >= statement.content_span[1]:
            gap = self.paragraph_of(cue[0]) - self.paragraph_of(statement.content_span[0])
            if gap <= 1:
                end = max(end, cue[1] - 1)
        return end

    def near(self, span: Span) -> list[Statement]:
        """Statements whose content can overlap ``span``."""
        lo = bisect.bisect_left(self.content_starts, span[0] - self.longest)
        hi = bisect.bisect_right(self.content_starts, span[1])
        return self.by_start[lo:hi]

    def expressions_starting(self, lo: int, hi: int) -> list[TimeExpression]:
        """The time expressions starting in [lo, hi], in text order, found by bisection."""
        first = bisect.bisect_left(self.expression_starts, lo)
        last = bisect.bisect_right(self.expression_starts, hi)
        return self.expressions[first:last]

    def near_in_order(self, span: Span) -> list[Statement]:
        """``near(span)`` in the article's order of statements, for rules that keep it."""
        return sorted(self.near(span), key=lambda st: self.order[id(st)])

    def contents_in(self, region: Span) -> list[Span]:
        """Content spans that overlap ``region``: those of the statements walked, and of
        nested ones inside their outer content (a nested reading that runs past it, over
        the outer statement's incise, hides nothing of the incise). Asked of the same
        sentences by most rules: each region is read once."""
        known = self.contents_by_region.get(region)
        if known is None:
            known = self.contents_by_region[region] = tuple(self.find_contents_in(region))
        return list(known)

    def find_contents_in(self, region: Span) -> list[Span]:
        found = []
        for st in self.near(region):
            if not overlaps(st.content_span, region):
                continue
            outer = self.ancestor(st)
            if outer is None or inside(st.content_span, outer.content_span):
                found.append(st.content_span)
        return found

    def ancestor(self, statement: Statement) -> Statement | None:
        """The statement whose content reports this one (nested reported speech), innermost.

        Nested when its content, its reporting verb or its speaker lies (mostly) inside the
        other's content: "X a déclaré que le groupe avait promis de …" nests the promise even
        when the extractor ended X's content at "le groupe". Not when the other's reporting
        incise stands between its content and this statement's verb ("« … », a déclaré le
        directeur, exprimant …"): that verb goes on from the incise, outside the quotation.
        """
        if id(statement) in self.ancestors:
            return self.ancestors[id(statement)]
        best: Statement | None = None
        reach = [statement.content_span] + [
            sp for sp in (statement.cue_span, statement.speaker_mention_span) if sp is not None
        ]
        window = (min(sp[0] for sp in reach), max(sp[1] for sp in reach))
        for other in self.near(window):
            if other is statement or other.content_span == statement.content_span:
                continue
            if not reports(other, statement):
                continue
            # two readings that each hold the other's verb ("A …, a déclaré X" and a content
            # running from inside A over X's incise): the one opening first is the outer
            if reports(statement, other) and statement.content_span[0] < other.content_span[0]:
                continue
            if best is None or inside(other.content_span, best.content_span):
                best = other
        self.ancestors[id(statement)] = best
        return best

    def walk_units(self) -> list[Unit]:
        """Sentences in text order, each with the statements it holds (nested ones apart).

        Also records, for each statement, the sentence it is walked in and the statement
        walked just before it (``walked_sentence``, ``previous``).
        """
        spans: list[tuple[Span, list[Statement]]] = []
        for statement in self.statements:
            if self.ancestor(statement) is None:
                sentence = self.sentence_of(self.statement_range(statement))
                spans.append((sentence, [statement]))
        spans.sort(key=lambda item: item[0])
        merged: list[tuple[Span, list[Statement]]] = []
        for sentence, group in spans:
            if merged and overlaps(merged[-1][0], sentence):
                last_span, last_group = merged[-1]
                union = (last_span[0], max(last_span[1], sentence[1]))
                merged[-1] = (union, last_group + group)
            else:
                merged.append((sentence, group))
        units = [
            Unit(span[0], span, sorted(group, key=lambda s: s.content_span[0]))
            for span, group in merged
        ]
        taken = Cover(span for span, _ in merged)
        for sentence in self.sentences:
            if not taken.overlaps(*sentence):
                units.append(Unit(sentence[0], sentence))
        units.sort(key=lambda u: u.position)
        previous: Statement | None = None
        for unit in units:
            for statement in unit.statements:
                self.walked[id(statement)] = (unit.sentence, previous)
                previous = statement
        return units

    def walked_sentence(self, statement: Statement) -> Span:
        """The sentence (or merged sentences) the walk reads ``statement`` in."""
        found = self.walked.get(id(statement))
        return found[0] if found else self.sentence_of(self.statement_range(statement))

    def previous(self, statement: Statement) -> Statement | None:
        """The statement the walk reads just before ``statement``."""
        found = self.walked.get(id(statement))
        return found[1] if found else None

    # ----- expressions and words in a region

    def frame_expressions(self, region: Span, excluded: Iterable[Span]) -> list[TimeExpression]:
        """Time expressions inside ``region`` and outside every ``excluded`` span."""
        excluded = list(excluded)
        lo = bisect.bisect_left(self.expression_starts, region[0])
        hi = bisect.bisect_right(self.expression_starts, region[1])
        return [
            e
            for e in self.expressions[lo:hi]
            if inside(e.span, region) and not any(overlaps(e.span, x) for x in excluded)
        ]

    def opens_on_a_day(self, sentence: Span) -> bool:
        """Whether ``sentence`` opens on a time expression ("Dimanche, des centaines …", "On
        Saturday, two trawlers …"): a preposed time adverbial sets a new scene, where a day
        told after the verb ("the report was first broken by CNN Tuesday") is a detail of
        background."""
        found = self.frame_expressions(sentence, self.contents_in(sentence))
        return bool(found) and not re.search(r"\w", self.text[sentence[0] : found[0].span[0]])

    def quoted(self, span: Span) -> bool:
        """Whether ``span`` lies inside quote marks of its paragraph (« », “ ”, or straight
        quotes when they pair up)."""
        start, end = (
            self.article.paragraphs[self.paragraph_of(span[0])]
            if self.article.paragraphs
            else (0, len(self.text))
        )
        before = self.text[start : span[0]]
        para = self.text[start:end]
        for opening, closing in (("«", "»"), ("“", "”")):
            if para.count(opening) == para.count(closing) and before.count(opening) > before.count(
                closing
            ):
                return True
        return para.count('"') % 2 == 0 and before.count('"') % 2 == 1

    def mentions(self, pattern: re.Pattern[str], region: Span, excluded: Sequence[Span]) -> bool:
        """Whether ``pattern`` occurs in ``region`` outside the ``excluded`` spans."""
        key = (pattern, region[0], region[1])
        found = self.matches.get(key)
        if found is None:  # the rules ask of the same region again and again
            found = self.matches[key] = [
                m.span() for m in pattern.finditer(self.text, region[0], region[1])
            ]
        return any(not any(overlaps(span, x) for x in excluded) for span in found)

    def told_in_relative_clause(self, statement: Statement) -> bool:
        """Whether the statement is told in a relative clause ("payments to two women who said
        …", "which prosecutors said were …"): background about someone, not words said at
        the story's occasion. Read on the word right before its speaker or its cue."""
        relatives = {w.lower() for w in self.grammar.relative_subjects}
        for span in (statement.speaker_mention_span, statement.cue_span):
            if span is None:
                continue
            before = self.text[max(0, span[0] - 40) : span[0]].split()
            if before and before[-1].lower().strip(",") in relatives:
                return True
        return False

    def mentions_interview(self, region: Span, excluded: Sequence[Span]) -> bool:
        return self.mentions(self.lexicon.interview, region, excluded)

    # ----- the timeline

    def reference(self, interview: bool = False) -> Resolved | None:
        """The last date told (of a sentence mentioning an interview, with ``interview``).

        The timeline only grows at its end, so only the entries added since the last call are
        read: an article where little is dated (no publication date) stays linear.
        """
        read, last, last_interview = self.references
        if read > len(self.timeline):
            read, last, last_interview = 0, None, None
        for entry in self.timeline[read:]:
            if entry.resolved is not None:
                last = entry.resolved
                if entry.interview:
                    last_interview = entry.resolved
        self.references = (len(self.timeline), last, last_interview)
        return last_interview if interview else last

    def lead_entries(self) -> list[Entry]:
        """The timeline's entries in the lead's sentences, in timeline order; the timeline
        only grows at its end, so each entry is placed once."""
        read, found = self.lead_read
        if read > len(self.timeline):
            read, found = 0, []
        for entry in self.timeline[read:]:
            if self.sentence_index(entry.position) in self.lead:
                found.append(entry)
        self.lead_read = (len(self.timeline), found)
        return found

    def block_entries(self, block: int) -> list[Entry]:
        """Timeline entries of one paragraph block: those after the timeline's last entry of
        an earlier block. The timeline grows in reading order: while its blocks never
        decrease, the entries of ``block`` are found by bisection over the blocks read so
        far (a block far back, such as the first after a run of captions, costs no scan of
        the whole timeline); otherwise the timeline is read from its end."""
        timeline = self.timeline
        blocks = self.timeline_blocks
        if len(blocks) > len(timeline):
            blocks.clear()
            self.timeline_in_order = True
        for entry in timeline[len(blocks) :]:
            if blocks and entry.block < blocks[-1]:
                self.timeline_in_order = False
            blocks.append(entry.block)
        if self.timeline_in_order:
            # blocks never decrease: the entries of ``block`` are one run, after every
            # entry of an earlier block, found by bisection
            first = bisect.bisect_left(blocks, block)
            last = bisect.bisect_right(blocks, block)
            return timeline[first:last]
        found = []
        for entry in reversed(timeline):
            if entry.block < block:
                break
            if entry.block == block:
                found.append(entry)
        found.reverse()
        return found


def outside_datelines(
    article: Article, lexicon: TimeLexicon, grammar: Grammar
) -> list[TimeExpression]:
    """The article's time expressions but those of a wire dateline (the day of filing), in a
    language whose datelines date nothing (``Grammar.dateline_day_dates_nothing``)."""
    found = find_time_expressions(article.text, lexicon)
    if not grammar.dateline_day_dates_nothing:
        return found
    datelines = dateline_spans(article.text, article.paragraphs, grammar.dateline_dashes)
    return [e for e in found if not any(overlaps(e.span, d) for d in datelines)]


def reports(outer: Statement, statement: Statement) -> bool:
    """Whether ``outer``'s content holds ``statement``: its content, or (most of) its
    reporting verb or speaker mention, unless ``outer``'s incise comes between (see
    ``DateState.ancestor``)."""
    if inside(statement.content_span, outer.content_span):
        return True
    if inside(outer.content_span, statement.content_span) or after_incise(statement, outer):
        return False
    reported = [
        span for span in (statement.cue_span, statement.speaker_mention_span) if span is not None
    ]
    return any(2 * overlap(span, outer.content_span) >= span[1] - span[0] for span in reported)


def after_incise(statement: Statement, other: Statement) -> bool:
    """Whether ``other``'s reporting verb follows its content and comes before ``statement``'s
    verb: "« … », a déclaré X, exprimant …" (the participle continues the incise)."""
    if statement.cue_span is None or other.cue_span is None:
        return False
    return other.content_span[1] <= other.cue_span[0] < statement.cue_span[0]
