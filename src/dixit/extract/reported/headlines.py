"""A headline that gives its words to a source: "X : « … »", "… on Tuesday -minister"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement
from dixit.extract.syntax import is_person_or_body, subject_of, trim_span
from dixit.lang import get_language
from dixit.model import ExtractionRule


@lru_cache(maxsize=4)
def _trailing_source(dashes: frozenset[str]) -> re.Pattern[str]:
    """A headline's words, a space, a dash and up to four words of a source at its end."""
    marks = "|".join(re.escape(d) for d in sorted(dashes, key=len, reverse=True))
    return re.compile(rf"^(?P<words>.*\S)[ ]+(?P<dash>{marks})[ ]?(?P<source>\w[\w.'’ ]{{1,40}})$")


@lru_cache(maxsize=4)
def _source_words(language: str) -> frozenset[str]:
    return frozenset(get_language(language).lexicon("sources").get("nouns", []))


class HeadlineReports(ArticleContext):
    """A headline's colon as its reporting cue."""

    def from_headline(self) -> Iterable[FoundStatement]:
        doc = self.doc
        first_line_end = self.breaks[0] if self.breaks else len(self.text)
        line = self.text[:first_line_end].rstrip()
        if line and ":" not in line:
            return self.source_after_a_dash(line)
        if not line or line.endswith(".") or ":" not in line:
            return []
        colon = line.index(":")
        left = doc.char_span(0, colon, alignment_mode="contract")
        if left is None or not 0 < len(left) <= 12 or any(t.pos_ == "VERB" for t in left):
            return []
        describes_source = any(
            t.pos_ != "PROPN" and is_person_or_body(t) and not t.is_sent_start for t in left
        )
        names_source = describes_source or any(
            e.label_ in {"PER", "PERSON", "ORG"} for e in left.ents
        )
        if not names_source:
            return []
        start, end = trim_span(self.text, colon + 1, len(line), keep_final=True)
        if end - start < 3 or self.opens_on_a_question_word(start):
            return []
        if not (
            self.has_quote((start, end)) or (describes_source and self.finite_clause(start, end))
        ):
            # "Une source policière : les suspects sont en fuite" states; a name alone
            # before a clause is often the topic ("Dupont : le parquet n'était pas informé").
            return []
        if any(
            c.kind == "verb" and start <= c.span[0] < end and self.attributes_the_headline(c, start)
            for c in self.cues
        ):
            return []  # "Lieu : X promet de « … »": the reporting verb attributes it
        whole = next((q for q in self.quotes if q.start == start and q.end == end), None)
        if whole is not None:
            kind, span = "direct", (whole.inner_start, whole.inner_end)
        else:
            kind, span = ("mixed" if self.has_quote((start, end)) else "indirect"), (start, end)
        mention = trim_span(self.text, left.start_char, left.end_char)
        return [
            FoundStatement(
                kind=kind,
                content=span,
                method=ExtractionRule.HEADLINE,
                cue=(colon, colon + 1),
                cue_lemma=":",
                mention=mention,
            )
        ]

    def source_after_a_dash(self, line: str) -> list[FoundStatement]:
        """ "UK's Truss to set out next steps on Tuesday -minister", "Kessel to raise its
        tax - sources": wire headlines name their source after a closing dash. The words
        after it are a source (a source noun of the sources lexicon, or a person or body the
        model tags), the words before it a clause (a verb in them); then those words are the
        source's. Only in a language whose wire headlines are written so
        (``Grammar.headline_source_dashes``)."""
        dashes = self.grammar.headline_source_dashes
        if not dashes:
            return []
        match = _trailing_source(dashes).match(line)
        if match is None:
            return []
        source = match.group("source").strip()
        words = source.split()
        if not 1 <= len(words) <= 4:
            return []
        span = self.doc.char_span(match.start("source"), match.end("source"), "expand")
        tagged = span is not None and any(
            t.ent_type_ in {"PER", "PERSON", "ORG"} and t.text[:1].isupper() for t in span
        )
        if not tagged and words[-1].lower() not in _source_words(self.doc.lang_):
            return []
        head = self.doc.char_span(0, match.end("words"), "expand")
        if head is None or not any(t.pos_ in {"VERB", "AUX"} for t in head):
            return []  # "Harbour tax - a guide": no clause told
        start, end = trim_span(self.text, 0, match.end("words"), keep_final=True)
        kind = "mixed" if self.has_quote((start, end)) else "indirect"
        dash = match.start("dash")
        return [
            FoundStatement(
                kind=kind,
                content=(start, end),
                method=ExtractionRule.HEADLINE,
                cue=(dash, dash + len(match.group("dash"))),
                cue_lemma=match.group("dash"),
                mention=(match.start("source"), match.end("source")),
            )
        ]

    def attributes_the_headline(self, cue: Cue, start: int) -> bool:
        """Whether a reporting verb after a headline's colon gives its words a speaker of
        its own ("Lieu : X promet de « … »", "Lieu : « … » assure le procureur"); not one
        whose subject is a thing ("X : les troupes ne défendront pas …") or lies before the
        colon in the parse."""
        subject = subject_of(self.doc[cue.token])
        if subject is None or self.in_quote(subject.idx):
            return True  # "« … » assure le procureur": the subject the parser missed
        return subject.idx >= start and is_person_or_body(subject)

    def opens_on_a_question_word(self, start: int) -> bool:
        """Whether the words after a headline's colon open on a question word ("Courrier
        suspect : comment la police a réagi"): an explainer's title, not a source's words."""
        words = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return bool(words) and words[0].lower_ in self.grammar.question_words

    def finite_clause(self, start: int, end: int) -> bool:
        """Whether the words between the offsets hold a finite verb (a clause, not a title)."""
        words = self.doc.char_span(start, end, alignment_mode="expand") or []
        return any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in words)
