"""One article's structure, as the date rules see it: paragraphs, sentences, lead, statements.

``ArticleStructure`` reads the article once (sentences, time expressions, the headline and
lead) and answers where things are: the paragraph or block of a position, the sentence of a
span, a statement's extent with its cue, the contents overlapping a region, and the
statement that reports another (nested speech). The rule mixins (``cues``, ``inheritance``,
``contents``) are built on it and joined in ``resolver._DateAssigner``; a mixin may call
another's methods through ``self``.
"""

from __future__ import annotations

import bisect

from dixit.model import Article, Span, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.expressions import TimeExpression, find_time_expressions
from dixit.resolve.dates.lexicon import load_time_lexicon
from dixit.resolve.dates.sentences import (
    _QUOTE_CLOSE,
    _SENTENCE_END,
    _inside,
    _overlap,
    _overlaps,
    _sentence_spans,
)
from dixit.resolve.dates.timeline import _Entry

#: sentences of the lead paragraph that report the day's news (a lead is one or two sentences;
#: text scraped without line breaks is all one paragraph, and must not all count as lead)
_LEAD_SENTENCES = 2
#: a "paragraph" longer than this is text that lost its line breaks: each of its sentences is
#: then treated as a paragraph of its own, so that inheritance stays local
_LONG_PARAGRAPH = 6


class ArticleStructure:
    """Where things are in one article; the state the date rules share."""

    def __init__(self, article: Article, statements: list[Statement]) -> None:
        self.article = article
        self.text = article.text
        self.published = article.published
        self.lexicon = load_time_lexicon(article.language or "fr")
        self.statements = statements
        self.contents = [s.content_span for s in statements]
        self.paragraph_starts = [p[0] for p in article.paragraphs]
        self.sentences = _sentence_spans(self.text, article.paragraphs, self.contents)
        self.expressions = find_time_expressions(self.text, self.lexicon)
        self.expression_starts = [e.span[0] for e in self.expressions]
        # Statements by content start, and the longest content: the candidates that may
        # hold a given span lie in a window found by bisection, not in the whole article.
        self.by_start = sorted(statements, key=lambda st: st.content_span[0])
        self.content_starts = [st.content_span[0] for st in self.by_start]
        self.longest = max((e - b for b, e in self.contents), default=0)
        self.timeline: list[_Entry] = []
        self.sentence_starts = [s[0] for s in self.sentences]
        self.headline = False
        self.lead = self._lead_sentences()
        self.lead_time: Resolved | None = None
        self.blocks = self._blocks()

    # ----- structure

    def paragraph_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, position) - 1)

    def sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def _blocks(self) -> list[int]:
        """Per sentence, the number of its paragraph, counting each sentence of an overlong one."""
        sizes: dict[int, int] = {}
        for sentence in self.sentences:
            paragraph = self.paragraph_of(sentence[0])
            sizes[paragraph] = sizes.get(paragraph, 0) + 1
        blocks: list[int] = []
        block, last = -1, None
        for sentence in self.sentences:
            paragraph = self.paragraph_of(sentence[0])
            if paragraph != last or sizes[paragraph] > _LONG_PARAGRAPH:
                block += 1
            last = paragraph
            blocks.append(block)
        return blocks

    def block_of(self, position: int) -> int:
        """The paragraph (or, in an overlong paragraph, the sentence) holding ``position``."""
        if not self.blocks:
            return self.paragraph_of(position)
        return self.blocks[self.sentence_index(position)]

    def _lead_sentences(self) -> set[int]:
        """Indices of the headline's sentences and the first sentences of the lead paragraph.

        The headline is a first paragraph without final punctuation (or equal to the title);
        the lead is the paragraph after it, or the first one when there is no headline.
        """
        paragraphs = self.article.paragraphs
        if not paragraphs:
            return set()
        first = self.text[paragraphs[0][0] : paragraphs[0][1]].strip()
        bare = first.rstrip(" " + _QUOTE_CLOSE + "\"'»")
        is_headline = len(paragraphs) > 1 and bool(
            (self.article.title and first == self.article.title.strip())
            or not bare.endswith(tuple(_SENTENCE_END))
        )
        self.headline = is_headline
        lead: set[int] = set()
        lead_paragraph = 1 if is_headline else 0
        in_lead = 0
        for index, sentence in enumerate(self.sentences):
            paragraph = self.paragraph_of(sentence[0])
            if is_headline and paragraph == 0:
                lead.add(index)
            elif paragraph == lead_paragraph and in_lead < _LEAD_SENTENCES:
                lead.add(index)
                in_lead += 1
        return lead

    def expressions_starting(self, lo: int, hi: int) -> list[TimeExpression]:
        """The time expressions starting in [lo, hi], in text order, found by bisection."""
        first = bisect.bisect_left(self.expression_starts, lo)
        last = bisect.bisect_right(self.expression_starts, hi)
        return self.expressions[first:last]

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

    def _near(self, span: Span) -> list[Statement]:
        """Statements whose content can overlap ``span``."""
        lo = bisect.bisect_left(self.content_starts, span[0] - self.longest)
        hi = bisect.bisect_right(self.content_starts, span[1])
        return self.by_start[lo:hi]

    def contents_in(self, region: Span) -> list[Span]:
        """Content spans that overlap ``region``."""
        return [st.content_span for st in self._near(region) if _overlaps(st.content_span, region)]

    def sentence_of(self, span: Span) -> Span:
        lo = max(0, bisect.bisect_right(self.sentence_starts, span[0]) - 1)
        hi = bisect.bisect_right(self.sentence_starts, span[1])
        window = self.sentences[lo : hi + 1]
        touched = [s for s in window if _overlaps(s, span) or _inside(span, s)]
        if not touched:
            return span
        return touched[0][0], touched[-1][1]

    def ancestor(self, statement: Statement) -> Statement | None:
        """The statement whose content reports this one (nested reported speech), innermost.

        Nested when its content, its reporting verb or its speaker lies (mostly) inside the
        other's content: "X a déclaré que le groupe avait promis de …" nests the promise even
        when the extractor ended X's content at "le groupe".
        """
        best: Statement | None = None
        reach = [statement.content_span] + [
            sp for sp in (statement.cue_span, statement.speaker_mention_span) if sp is not None
        ]
        window = (min(sp[0] for sp in reach), max(sp[1] for sp in reach))
        for other in self._near(window):
            if other is statement or other.content_span == statement.content_span:
                continue
            reported = [
                span
                for span in (statement.cue_span, statement.speaker_mention_span)
                if span is not None
            ]
            holds = _inside(statement.content_span, other.content_span) or (
                not _inside(other.content_span, statement.content_span)
                and any(
                    2 * _overlap(span, other.content_span) >= span[1] - span[0] for span in reported
                )
            )
            if holds and (best is None or _inside(other.content_span, best.content_span)):
                best = other
        return best
