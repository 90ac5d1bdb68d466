"""Posts embedded in a page: a social-network post quoted whole, signed by its author.

Pages embed a post as its text, one paragraph or a few, then a line that signs it with
the author's name, their handle in brackets and the day ("— Paul Roy (@paulroy) May 27,
2019"); the page text keeps no quotation marks around it. The post is the author's
statement, across its paragraphs. A post is short (``MAX_POST_CHARS``): the paragraphs
above the signature belong to it while they fit, and narration that introduces it (a
paragraph ending on a colon, or one where another rule found a report) or an earlier
signature ends it.
"""

from __future__ import annotations

import re

from dixit.extract.context import ArticleContext
from dixit.extract.extensions import FoundStatement
from dixit.model import ExtractionRule, Span

#: Characters a post may hold (the longest a network lets one post be).
MAX_POST_CHARS = 280
#: A signature: a dash, the author's name, their handle in brackets, then the day.
_SIGNATURE = re.compile(r"[—–-][ \u00a0]+([^\n()@]{2,60}?)[ \u00a0]+\(@\w{1,30}\)[^\n]{0,40}$")
#: A link to the post's picture, left at the end of its text.
_PICTURE_LINK = re.compile(r"\s*pic\.twitter\.com/\w+\s*$")


class EmbeddedPosts(ArticleContext):
    """The rule that reads posts embedded with their author's signature."""

    def with_embedded_posts(self, found: list[FoundStatement]) -> list[FoundStatement]:
        """``found`` with each signed post as a direct statement of its author; a floating
        quotation inside a post gives way to it."""
        cues = sorted(s.cue[0] for s in found if s.cue and s.method != ExtractionRule.FLOATING)
        posts = self.embedded_posts(cues)
        if not posts:
            return found
        kept = [
            s
            for s in found
            if not (
                s.method == ExtractionRule.FLOATING
                and any(p[0] <= s.content[0] and s.content[1] <= p[1] for p, _ in posts)
            )
        ]
        return kept + [
            FoundStatement.labelled(self.text, post, author[0] - 2, author)
            for post, author in posts
        ]

    def embedded_posts(self, cues: list[int]) -> list[tuple[Span, Span]]:
        """Each signed post, as its words (paragraphs joined) and its author's name;
        ``cues`` are where the reports other rules found are cued (narration)."""
        posts: list[tuple[Span, Span]] = []
        start = 0
        paragraphs: list[Span] = []
        for line in self.text.split("\n"):
            end = start + len(line)
            signature = _SIGNATURE.search(line)
            if signature is not None:
                dash = start + signature.start()
                author = (start + signature.start(1), start + signature.end(1))
                post = self.post_before(paragraphs, start, dash, cues)
                if post is not None:
                    posts.append((post, author))
                paragraphs = []
            elif line.strip():
                paragraphs.append((start, end))
            start = end + 1
        return posts

    def post_before(
        self, paragraphs: list[Span], line_start: int, dash: int, cues: list[int]
    ) -> Span | None:
        """The post's words: the signature line's words before its dash, and the
        paragraphs above it while the post stays short enough and they report no one (a
        paragraph where another rule found a report is the page's narration)."""
        last = self.text[line_start:dash].strip()
        first = line_start if last else None
        size = len(last)
        for para in reversed(paragraphs):
            words = self.text[para[0] : para[1]].strip()
            reports = any(para[0] <= c < para[1] for c in cues)
            if words.endswith(":") or reports or size + len(words) > MAX_POST_CHARS:
                break
            size += len(words)
            first = para[0]
        if first is None:
            return None
        end = dash if last else paragraphs[-1][1]
        words = self.text[first:end]
        words = _PICTURE_LINK.sub("", words.rstrip())
        begin = first + len(words) - len(words.lstrip())
        close = first + len(words)
        return (begin, close) if close - begin > 1 else None
