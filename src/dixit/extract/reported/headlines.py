"""A headline that gives its words to a source: "X : « … »"."""

from __future__ import annotations

from collections.abc import Iterable

from dixit.extract.context import ArticleContext
from dixit.extract.cues import Cue
from dixit.extract.extensions import FoundStatement
from dixit.extract.syntax import is_person_or_body, subject_of, trim_span
from dixit.model import ExtractionRule


class HeadlineReports(ArticleContext):
    """A headline's colon as its reporting cue."""

    def from_headline(self) -> Iterable[FoundStatement]:
        doc = self.doc
        first_line_end = self.breaks[0] if self.breaks else len(self.text)
        line = self.text[:first_line_end].rstrip()
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
        if end - start < 3:
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

    def attributes_the_headline(self, cue: Cue, start: int) -> bool:
        """Whether a reporting verb after a headline's colon gives its words a speaker of
        its own ("Lieu : X promet de « … »", "Lieu : « … » assure le procureur"); not one
        whose subject is a thing ("X : les troupes ne défendront pas …") or lies before the
        colon in the parse."""
        subject = subject_of(self.doc[cue.token])
        if subject is None or self.in_quote(subject.idx):
            return True  # "« … » assure le procureur": the subject the parser missed
        return subject.idx >= start and is_person_or_body(subject)

    def finite_clause(self, start: int, end: int) -> bool:
        """Whether the words between the offsets hold a finite verb (a clause, not a title)."""
        words = self.doc.char_span(start, end, alignment_mode="expand") or []
        return any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in words)
