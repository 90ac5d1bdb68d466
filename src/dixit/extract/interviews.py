"""Interviews laid out as questions and answers: each answer is the interviewee's words.

Real copy prints an interview as alternating paragraphs: the journalist's question (often
opened by a dash, or set in bold that the page text has lost) ending with a question
mark, then the answer, with or without quotation marks. The questions are no statements;
the answers are, in the interviewee's name (``shared/corpus/real_fr/README.md``).

The layout is recognised only when it repeats (two questions at least, each followed by
an answer, the questions not quoted) and half the answers at least speak in
the first person singular, so that an explainer whose subheadings are questions ("Que
contient la réforme ?") is not read as one; a line before the first question that
announces an interview ("Interview de X", "Entretien avec X": ``announcers``) stands for
that test, since short answers ("« Médecin »") need not say "je".
The interviewee is the person that announcing line names, else the speaker of the
statement found before the first question (a quoted headline), else the first person
the headline or the lead names.
"""

from __future__ import annotations

from functools import cached_property

from dixit.extract.context import ArticleContext
from dixit.extract.extensions import FoundStatement
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span

#: Answers, each after its own question, that make a run of paragraphs an interview.
MIN_ANSWERS = 2
#: Words at most in a question paragraph: a longer one is narration that ends on a query.
MAX_QUESTION_WORDS = 60


class InterviewAnswers(ArticleContext):
    """The rule that reads a question-and-answer layout."""

    @cached_property
    def interview_words(self) -> dict[str, frozenset[str]]:
        """The language's turn markers and first-person words (``quotes.yaml``)."""
        lexicon = get_language(self.language).lexicon("quotes").get("interview") or {}
        return {key: frozenset(str(w) for w in lexicon.get(key) or ()) for key in lexicon}

    def lines(self) -> list[Span]:
        """The article's non-blank paragraphs, trimmed of spaces."""
        spans: list[Span] = []
        start = 0
        for line in self.text.split("\n"):
            end = start + len(line)
            left = len(line) - len(line.lstrip())
            right = len(line.rstrip())
            if line.strip():
                spans.append((start + left, start + right))
            start = end + 1
        return spans

    def is_question(self, span: Span) -> bool:
        """A journalist's question: a short paragraph ending on a question mark, not a
        quotation (« Pourquoi attendre ? » is a speaker's own question)."""
        text = self.text[span[0] : span[1]]
        return (
            text.endswith("?")
            and len(text.split()) <= MAX_QUESTION_WORDS
            and text[0] not in self.marks.all
            and text[-2:-1] not in self.marks.all
        )

    def speaks_in_first_person(self, span: Span) -> bool:
        words = self.text[span[0] : span[1]].lower().replace("’", "'").split()
        first_person = self.interview_words.get("first_person", frozenset())
        return any(w.strip(',.;:!?«»"') in first_person for w in words) or any(
            w.startswith(p) for w in words for p in first_person if p.endswith("'")
        )

    def without_turn_marker(self, span: Span) -> Span:
        """The answer without its opening dash or "R.-"."""
        start, end = span
        for marker in sorted(self.interview_words.get("turn_markers", ()), key=len, reverse=True):
            if self.text.startswith(marker, start):
                start += len(marker)
                break
        while start < end and self.text[start] in " \t\u00a0":
            start += 1
        if (
            end - start > 2
            and self.text[start] in self.marks.openers
            and self.text[end - 1] in self.marks.closers
        ):
            # An answer printed as one quotation: its words, without the marks.
            start, end = start + 1, end - 1
            while start < end and self.text[start] in " \t\u00a0":
                start += 1
            while end > start and self.text[end - 1] in " \t\u00a0":
                end -= 1
        return start, end

    def with_interview_answers(self, found: list[FoundStatement]) -> list[FoundStatement]:
        """``found`` with the answers of an interview that no other rule read: an answer
        printed as a quotation with its own cue, or holding a report, keeps what was found;
        a floating quotation that is an answer gives way (its speaker is the interviewee,
        not the speaker before the question)."""
        answers = self.interview_answers()
        if not answers:
            return found
        mention = self.interviewee(answers[0][0][0], found)

        def overlaps(a: Span, b: Span) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        kept = [
            s
            for s in found
            if s.method != ExtractionRule.FLOATING
            or not any(overlaps(s.content, a) for _, a in answers)
        ]
        return kept + [
            FoundStatement(
                kind="direct", content=answer, method=ExtractionRule.INTERVIEW, mention=mention
            )
            for _, answer in answers
            if not any(overlaps(s.content, answer) for s in kept)
        ]

    def interview_answers(self) -> list[tuple[Span, Span]]:
        """(question, answer) paragraph pairs, when the article is laid out as an interview."""
        lines = self.lines()
        pairs: list[tuple[Span, Span]] = []
        for i, line in enumerate(lines[:-1]):
            nxt = lines[i + 1]
            if self.is_question(line) and not self.is_question(nxt):
                answer = self.without_turn_marker(nxt)
                if answer[1] > answer[0]:
                    pairs.append((line, answer))
        spoken = [a for _, a in pairs if self.speaks_in_first_person(a)]
        if len(pairs) < MIN_ANSWERS:
            return []
        if len(spoken) < max(1, len(pairs) // 2) and self.announcement(pairs[0][0][0]) is None:
            return []
        return pairs + self.answer_continuations(lines, pairs)

    def answer_continuations(
        self, lines: list[Span], pairs: list[tuple[Span, Span]]
    ) -> list[tuple[Span, Span]]:
        """The further paragraphs of each answer: an answer runs until the next question,
        one statement per paragraph (``shared/corpus/real_fr/README.md``), and stops at a
        subheading (a line that ends on no sentence end). After the last question only
        paragraphs in the first person follow on: the page's own closing narration or
        credits do not."""
        questions = {q for q, _ in pairs}
        answers = {a[1] for _, a in pairs}
        found: list[tuple[Span, Span]] = []
        question: Span | None = None
        open_answer = False
        for line in lines:
            if line in questions:
                question, open_answer = line, False
                continue
            if question is None:
                continue
            if line[1] in answers:
                open_answer = True
                continue
            text = self.text[line[0] : line[1]].rstrip("".join(self.marks.all) + " ")
            if not open_answer or text[-1:] not in self.grammar.sentence_ends:
                open_answer = False
                continue
            last = not any(q[0] > line[0] for q in questions)
            if self.is_question(line) or (last and not self.speaks_in_first_person(line)):
                open_answer = False
                continue
            found.append((question, self.without_turn_marker(line)))
        return found

    def announcement(self, before: int) -> Span | None:
        """The last line before ``before`` (the first question) that announces an
        interview ("Interview de Christian X, candidat", "Entretien avec Y"), or None."""
        announcers = self.interview_words.get("announcers", frozenset())
        announcing = [
            line
            for line in self.lines()
            if line[1] <= before
            and any(self.text[line[0] : line[1]].lower().startswith(word) for word in announcers)
        ]
        return announcing[-1] if announcing else None

    def after_announcer(self, line: Span) -> int:
        """Where the words after a line's announcing word start ("Entretien | avec X"): the
        tagger may read the capitalised announcer as a name of its own."""
        text = self.text[line[0] : line[1]].lower()
        announcers = self.interview_words.get("announcers", frozenset())
        word = max((w for w in announcers if text.startswith(w)), key=len, default="")
        return line[0] + len(word)

    def interviewee(self, before: int, found: list[FoundStatement]) -> Span | None:
        """Who answers: the person the line announcing the interview names, else the
        speaker a statement before the first question names (not a pronoun: "Il faut …" in
        a headline is no one), else the first person named before it."""
        announcing = self.announcement(before)
        if announcing is not None:
            named = next(
                (
                    e
                    for e in self.doc.ents
                    if e.label_ in {"PER", "PERSON"}
                    and self.after_announcer(announcing) <= e.start_char
                    and e.end_char <= announcing[1]
                ),
                None,
            )
            if named is not None:
                return named.start_char, named.end_char
        for statement in found:
            if (
                statement.content[0] < before
                and statement.mention is not None
                and self.token_at(statement.mention[0]).pos_ != "PRON"
            ):
                return statement.mention
        for entity in self.doc.ents:
            if entity.start_char >= before:
                break
            if entity.label_ == "PER":
                return entity.start_char, entity.end_char
        return None
