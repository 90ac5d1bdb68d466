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
An answer that opens on "oui" or "non" counts as one in the first person (a player
answers in "on"), and a short remark on an ellipsis is a question ("Le podium
s'éloigne…"). Transcripts whose turns open on the speaker's name ("SOPHIE GARNIER. — …",
"M. Rivière : …", ``tagged_turns``) give each turn to that name, without the name.
The interviewee is the person that announcing line names, else the speaker of the
statement found before the first question (a quoted headline), else the first person
the headline or the lead names (not an announcing word the tagger reads as a name,
"Interview…").
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from dixit.extract.context import ArticleContext
from dixit.extract.extensions import FoundStatement
from dixit.lang import get_language
from dixit.model import ExtractionRule, Span

#: Answers, each after its own question, that make a run of paragraphs an interview.
MIN_ANSWERS = 2
#: Words at most in a question paragraph: a longer one is narration that ends on a query.
MAX_QUESTION_WORDS = 60
#: Words at most in a prompt: a journalist's remark left hanging on an ellipsis, that the
#: answer takes up ("Le podium s'éloigne…").
MAX_PROMPT_WORDS = 12
#: Words at most in the name that opens a transcript turn ("JEAN-MARC DUPONT. — …").
MAX_TAG_WORDS = 4


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
            and (len(text.split()) <= MAX_QUESTION_WORDS or self.marked_question(text))
            and text[0] not in self.marks.all
            and text[-2:-1] not in self.marks.all
        )

    def marked_question(self, text: str) -> bool:
        """A line opening on a question marker ("Q : …", "Q - …"): a question whatever its
        length (a radio host's question recalls the last interview at length)."""
        return any(text.startswith(m) for m in self.interview_words.get("question_markers", ()))

    def addresses_someone(self, span: Span) -> bool:
        """A line that speaks to someone in the second person ("Que voulez-vous …",
        "Quel parcours as-tu suivi ?")."""
        words = self.text[span[0] : span[1]].lower().replace("’", "'").split()
        second = self.interview_words.get("second_person", frozenset())
        return any(
            piece.strip(',.;:!?«»"') in second for w in words for piece in (w, *w.split("-")[1:])
        )

    def lone_pair(self, question: Span, answer: Span) -> bool:
        """One question and its answer make an interview (a page cut after the first
        answer) when the question speaks to someone and the answer, holding no quotation,
        speaks in the first person singular, or when the turns are marked ("Q :", "R :")."""
        line = (self.line_at(answer[0]), answer[1])
        if self.marked_pair(question, line):
            return True
        words = self.text[answer[0] : answer[1]]
        return (
            self.addresses_someone(question)
            and self.speaks_in_first_person(answer)
            and not any(c in self.marks.all and c not in "'’" for c in words)
        )

    def is_prompt(self, span: Span) -> bool:
        """A journalist's short remark that ends on an ellipsis instead of a question mark
        ("Chaque équipe a eu sa mi-temps pourtant…"): inside an interview, a question."""
        text = self.text[span[0] : span[1]]
        return (
            text.endswith(("…", "..."))
            and len(text.split()) <= MAX_PROMPT_WORDS
            and text[0] not in self.marks.all
        )

    def is_addressed_prompt(self, span: Span, following: Span | None) -> bool:
        """A journalist's remark put to the interviewee without a question mark ("C'est
        une belle victoire pour vous.", "Vous êtes le premier à … trois médailles…"): a
        paragraph that speaks to someone in the second person and of no "je", not quoted,
        no longer than a question, and answered by the next paragraph, which speaks in
        the first person singular or opens on "oui" or "non". Inside an interview it is a
        question; an answer that says "vous" ("Vous savez, …") also says "je"."""
        text = self.text[span[0] : span[1]]
        return (
            following is not None
            and bool(text)
            and text[0] not in self.marks.all
            and text.rstrip("".join(self.marks.all) + " ")[-1:] in self.grammar.sentence_ends
            and len(text.split()) <= MAX_QUESTION_WORDS
            and self.addresses_someone(span)
            and not self.speaks_in_first_person(span)
            and (self.speaks_in_first_person(following) or self.opens_on_a_reply(following))
        )

    def speaks_in_first_person(self, span: Span) -> bool:
        words = self.text[span[0] : span[1]].lower().replace("’", "'").split()
        first_person = self.interview_words.get("first_person", frozenset())
        return any(w.strip(',.;:!?«»"') in first_person for w in words) or any(
            w.startswith(p) for w in words for p in first_person if p.endswith("'")
        )

    def opens_on_a_reply(self, span: Span) -> bool:
        """An answer that opens on "oui" or "non" ("Oui, on aurait mérité de gagner."):
        the words of someone answering, even when they speak as "on" or "nous"."""
        words = self.text[span[0] : span[1]].lower().split()
        replies = self.interview_words.get("reply_words", frozenset())
        return bool(words) and words[0].strip(',.;:!?«»"…') in replies

    def speaker_tag(self, span: Span) -> Span | None:
        """The speaker's name that opens a transcript turn ("SOPHIE GARNIER. — Je …",
        "M. Rivière : Nous …", "Sophie Garnier: Je …"): a name (``tag_kind``), then a
        separator (``tag_separators``), then the turn's words. None for any other line."""
        tag = self.name_before_separator(span)
        if tag is None or not self.text[self.after_tag(span, tag) : span[1]].strip():
            return None
        return tag

    def bare_tag(self, span: Span) -> Span | None:
        """A line that holds only a speaker's name and its separator ("Sophie Garnier :"),
        or only a name of two words at least in capitals that the transcript repeats
        ("SOPHIE GARNIER", a broadcast's transcript): the turn it opens is the next
        paragraph."""
        tag = self.name_before_separator(span)
        if tag is None:
            text = self.text[span[0] : span[1]]
            named = self.tag_kind(text) == "capitals" and len(text.split()) > 1
            return span if named and self.line_counts[text] > 1 else None
        if self.text[self.after_tag(span, tag) : span[1]].strip():
            return None
        return tag

    @cached_property
    def line_counts(self) -> Counter[str]:
        """How many times each paragraph's words stand in the article."""
        return Counter(self.text[start:end] for start, end in self.lines())

    def name_before_separator(self, span: Span) -> Span | None:
        """The name (``tag_kind``) that opens the line before its first separator, with or
        without words after it; None when the words before the separator are no name."""
        text = self.text[span[0] : span[1]]
        separators = self.interview_words.get("tag_separators", frozenset())
        cuts = [(text.find(sep), sep) for sep in separators if text.find(sep) > 0]
        if not cuts:
            return None
        at, _ = min(cuts)
        if self.tag_kind(text[:at]) is None:
            return None
        return span[0], span[0] + at

    def tag_kind(self, name: str) -> str | None:
        """How a turn's name is written: "titled" ("M. Rivière"), "capitals" ("SOPHIE
        GARNIER", "SG") or "capitalised" ("Sophie Garnier": two words at least, each
        opening on a capital but for the name's particles, "Jean de Vallon"); None for
        other words ("Mise à jour", "Vernelle")."""
        words = name.split()
        if not words or len(words) > MAX_TAG_WORDS:
            return None
        titles = self.interview_words.get("tag_titles", frozenset())
        if len(words) > 1 and words[0] in titles and words[1][:1].isupper():
            return "titled"
        if not all(c.isalpha() or c in " -'’." for c in name) or sum(c.isalpha() for c in name) < 2:
            return None
        if name == name.upper():
            return "capitals" if sum(c.isalpha() for c in name) > 2 or len(words) == 1 else None
        particles = self.name_particles
        if (
            len(words) > 1
            and words[0][:1].isupper()
            and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in particles for w in words)
        ):
            return "capitalised"
        return None

    @cached_property
    def name_particles(self) -> frozenset[str]:
        """Lower-case words inside a name (``name_particles`` of the speakers lexicon)."""
        lexicon = get_language(self.language).lexicon("speakers")
        return frozenset(str(w) for w in lexicon.get("name_particles") or ())

    def after_tag(self, span: Span, tag: Span) -> int:
        """Where a tagged turn's words start: past the name, its separator and spaces."""
        start = tag[1]
        while start < span[1] and (self.text[start] in " \t\u00a0.:—–"):
            start += 1
        return start

    def tagged_turns(self) -> dict[Span, Span]:
        """The turns of ``turn_layout``: each turn's words and the name it is given."""
        return self.turn_layout[0]

    @cached_property
    def turn_layout(self) -> tuple[dict[Span, Span], list[Span]]:
        """Each turn of a transcript whose lines open on their speaker's name, as the turn's
        words and the name (``speaker_tag``; a name alone on its line opens the next
        paragraph, ``bare_tag``). A name that asks a question is the interviewer's: none
        of its turns is a statement; nor is a turn with no verb. A name written in
        capitals or in mixed case must open two turns at least (a wire dateline, "PARIS —
        …", opens one paragraph), its initials standing for it ("JG" after "Jean Gros"),
        or answer a named question on the line before; the transcript needs two turns, or
        one that answers a named question. With the turns, the names that open them."""
        lines = self.lines()
        if not lines:
            return {}, []
        following = dict(zip(lines, [*lines[1:], None], strict=True))
        tagged: list[tuple[Span, Span, Span]] = []
        for line in lines:
            if tag := self.speaker_tag(line):
                tagged.append((line, tag, (self.after_tag(line, tag), line[1])))
            elif (tag := self.bare_tag(line)) and self.opens_a_bare_turn(following[line]):
                tagged.append((line, tag, following[line]))
        aliases = self.initial_aliases([self.text[t[0] : t[1]] for _, t, _ in tagged])
        names = [
            aliases.get(n, n) for n in (self.text[t[0] : t[1]].casefold() for _, t, _ in tagged)
        ]
        asking = {
            n
            for (_, _, words), n in zip(tagged, names, strict=True)
            if self.text[words[1] - 1] == "?"
        }
        asked_lines = {line for (line, _, _), n in zip(tagged, names, strict=True) if n in asking}
        previous = dict(zip(lines[1:], lines, strict=False))
        first_tag: dict[str, Span] = {}
        for (_, tag, _), name in zip(tagged, names, strict=True):
            first_tag.setdefault(name, tag)
        turns: dict[Span, Span] = {}
        own: dict[Span, Span] = {}
        answering = 0
        for (line, tag, words), name in zip(tagged, names, strict=True):
            if name in asking:
                continue
            kind = self.tag_kind(self.text[tag[0] : tag[1]])
            answers = previous.get(line) in asked_lines
            if kind == "titled" or names.count(name) > 1 or answers:
                turns[self.bare_answer(words)] = first_tag[name]
                own[self.bare_answer(words)] = tag
                answering += answers
        turns = {words: tag for words, tag in turns.items() if self.has_a_verb(words)}
        if len(turns) < 2 and not (turns and answering):
            return {}, []
        return turns, [own[words] for words in turns]

    def opens_a_bare_turn(self, line: Span | None) -> bool:
        """The paragraph after a name alone on its line is that name's turn, unless it
        opens on a name of its own."""
        return line is not None and self.name_before_separator(line) is None

    def initial_aliases(self, names: list[str]) -> dict[str, str]:
        """Turn names in capitals that are the initials of one longer name ("JG" of
        "Jean Gros", "PM" of "Paris Match"), casefolded, to that name."""
        full: dict[str, set[str]] = {}
        for name in names:
            words = [w for w in name.split() if w not in self.name_particles]
            if len(words) > 1:
                full.setdefault("".join(w[0] for w in words).casefold(), set()).add(name.casefold())
        return {
            name.casefold(): next(iter(full[name.casefold()]))
            for name in names
            if len(name.split()) == 1 and name.isupper() and len(full.get(name.casefold(), ())) == 1
        }

    def has_a_verb(self, span: Span) -> bool:
        """Words with a verb: a turn says a sentence, a list's "M. X : 45 %" does not."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return any(t.pos_ in {"VERB", "AUX"} for t in words or ())

    def tag_mention(self, tag: Span) -> Span:
        """The name a turn's tag gives, as the article writes it elsewhere when it does
        ("SOPHIE GARNIER" is the "Sophie Garnier" of the lead), else the tag."""
        name = self.text[tag[0] : tag[1]].casefold()
        for entity in self.doc.ents:
            if entity.label_ in {"PER", "PERSON"} and entity.text.casefold() in name:
                return entity.start_char, entity.end_char
        return tag

    def without_turn_marker(self, span: Span) -> Span:
        """The answer without its opening dash or "R.-"."""
        start, end = span
        for marker in sorted(self.interview_words.get("turn_markers", ()), key=len, reverse=True):
            if self.text.startswith(marker, start):
                start += len(marker)
                break
        while start < end and self.text[start] in " \t\u00a0":
            start += 1
        tag = self.speaker_tag((start, end))
        if tag is not None:
            start = self.after_tag((start, end), tag)
        return self.bare_answer((start, end))

    def bare_answer(self, span: Span) -> Span:
        """An answer printed as one quotation ('"Non, parce que … je travaille."'): its
        words, without the marks, also when the full stop follows the closing mark."""
        start, end = span
        if (
            end - start > 2
            and self.text[end - 1] in self.grammar.sentence_ends
            and self.text[end - 2] in self.marks.closers
            and self.text[start] in self.marks.openers
        ):
            end -= 1
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
        elif (
            end - start > 2
            and self.text[start] in self.marks.openers
            and not any(c in self.marks.closers for c in self.text[start + 1 : end])
        ):
            # An answer whose quotation the page's cut left open ('R: « On a jou'): its
            # words, without the opening mark.
            start += 1
            while start < end and self.text[start] in " \t\u00a0":
                start += 1
        return start, end

    def with_interview_answers(self, found: list[FoundStatement]) -> list[FoundStatement]:
        """``found`` with the answers of an interview that no other rule read: an answer
        printed as a quotation with its own cue, or holding a report, keeps what was found;
        a floating quotation that is an answer gives way (its speaker is the interviewee,
        not the speaker before the question)."""
        answers = self.interview_answers()
        turns = self.tagged_turns()
        if not answers and not turns:
            return found
        mention = self.interviewee(answers[0][0][0], found) if answers else None
        spoken = {answer: mention for _, answer in answers}
        spoken.update({words: self.tag_mention(tag) for words, tag in turns.items()})
        tags = self.turn_layout[1]
        asked = {question for question, _ in answers}

        def overlaps(a: Span, b: Span) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        kept = [
            s
            for s in found
            if (
                s.method != ExtractionRule.FLOATING
                or not any(overlaps(s.content, a) for a in spoken)
            )
            # A speaker's name opening a turn is none of their words.
            and not any(overlaps(s.content, tag) for tag in tags)
            # What a question or a prompt reports ("On dit que X demande …", "Y vous a
            # dit « … » ?") is the journalist's framing of the question, no statement.
            and not any(q[0] <= s.content[0] and s.content[1] <= q[1] for q in asked)
            # "toute personne raisonnable souhaite que …" inside an answer: the
            # interviewee's own words, no report of a named source.
            and not (
                s.kind != "direct"
                and any(a[0] <= s.content[0] and s.content[1] <= a[1] for a in spoken)
                and not self.names_a_source(s)
            )
        ]
        return kept + [
            FoundStatement(
                kind="direct", content=answer, method=ExtractionRule.INTERVIEW, mention=speaker
            )
            for answer, speaker in sorted(spoken.items())
            if answer[1] > answer[0] and not any(overlaps(s.content, answer) for s in kept)
        ]

    def names_a_source(self, statement: FoundStatement) -> bool:
        """A report whose source is written as a name ("Paul Roy estime que …"), not a
        pronoun or a common noun ("on", "toute personne raisonnable")."""
        if statement.mention is None:
            return False
        words = self.doc.char_span(*statement.mention, alignment_mode="expand")
        return any(t.pos_ == "PROPN" for t in words or ())

    def without_questions_put(self, found: list[FoundStatement]) -> list[FoundStatement]:
        """``found`` without the reports that are a journalist's question to the person
        interviewed: reported words ending on a question mark, in a line that addresses
        someone ("Pape X vient de confirmer que vous restiez ?"). Questions are no
        statements (``shared/corpus/real_fr/README.md``)."""
        return [s for s in found if s.kind == "direct" or not self.question_put(s.content)]

    def question_put(self, content: Span) -> bool:
        words = self.text[content[0] : content[1]].rstrip("".join(self.marks.all) + " ")
        if not words.endswith("?"):
            return False
        line_start = self.text.rfind("\n", 0, content[0]) + 1
        line_end = self.text.find("\n", content[1])
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        addressing = self.interview_words.get("second_person", frozenset())
        return any(
            w.strip(',.;:!?«»"') in addressing
            or w.startswith(tuple(a for a in addressing if a.endswith("'")))
            for w in line.lower().replace("’", "'").split()
        )

    def interview_answers(self) -> list[tuple[Span, Span]]:
        """(question, answer) paragraph pairs, when the article is laid out as an interview."""
        lines = self.lines()
        pairs: list[tuple[Span, Span]] = []
        for i, line in enumerate(lines[:-1]):
            nxt = lines[i + 1]
            if self.bare_tag(nxt) is not None and i + 2 < len(lines):
                nxt = lines[i + 2]  # "Le Journal : … ?" / "Paul Roy :" / the answer
            if self.is_question(line) and not self.is_question(nxt):
                answer = self.without_turn_marker(nxt)
                if answer[1] > answer[0]:
                    pairs.append((line, answer))
        spoken = [
            a
            for q, a in pairs
            if self.speaks_in_first_person(a)
            or self.opens_on_a_reply(a)
            or self.marked_pair(q, (self.line_at(a[0]), a[1]))
        ]
        if len(pairs) < MIN_ANSWERS and not (len(pairs) == 1 and self.lone_pair(*pairs[0])):
            return []
        if len(spoken) < max(1, len(pairs) // 2) and self.announcement(pairs[0][0][0]) is None:
            return []
        return pairs + self.answer_continuations(lines, pairs)

    def answer_continuations(
        self, lines: list[Span], pairs: list[tuple[Span, Span]]
    ) -> list[tuple[Span, Span]]:
        """The further paragraphs of each answer: an answer runs until the next question,
        one statement per paragraph (``shared/corpus/real_fr/README.md``), and stops at a
        subheading (a line that ends on no sentence end). A short remark on an ellipsis
        (``is_prompt``) is a question too. After the last question only
        paragraphs in the first person follow on: the page's own closing narration or
        credits do not."""
        questions = {q for q, _ in pairs}
        answers = {a[1] for _, a in pairs}
        first = min(q[0] for q in questions)
        following = dict(zip(lines, [*lines[1:], None], strict=True))
        prompts = {
            line
            for line in lines
            if line[0] > first
            and line not in questions
            and line[1] not in answers
            and (self.is_prompt(line) or self.is_addressed_prompt(line, following[line]))
        }
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
            if line in prompts:
                # The answer after a prompt opens as one after a question does.
                question = line
                continue
            text = self.text[line[0] : line[1]].rstrip("".join(self.marks.all) + " ")
            if not open_answer or text[-1:] not in self.grammar.sentence_ends:
                open_answer = False
                continue
            last = not any(q[0] > line[0] for q in questions | prompts)
            if self.is_question(line) or (last and not self.speaks_in_first_person(line)):
                open_answer = False
                continue
            found.append((question, self.without_turn_marker(line)))
        return found

    def line_at(self, char: int) -> int:
        """Where the paragraph holding ``char`` starts."""
        return self.text.rfind("\n", 0, char) + 1

    def marked_pair(self, question: Span, answer: Span) -> bool:
        """A question opening on a question marker ("Q : … ?") answered by a line opening
        on an answer marker ("R : « … »"): a press conference's or an interview's turns,
        whatever person the answer speaks in ("On a manqué d'énergie")."""
        asked = self.text[question[0] : question[1]]
        answered = self.text[answer[0] : answer[1]]
        return self.marked_question(asked) and any(
            answered.startswith(m) for m in self.interview_words.get("answer_markers", ())
        )

    def announcement(self, before: int) -> Span | None:
        """The paragraph right before ``before`` (the first question) when its last
        sentence says its subject is interviewed ("X était l'invité de la radio"), else
        the last line before it that announces an interview ("Interview de X",
        "Entretien avec Y"), else None."""
        announcers = self.interview_words.get("announcers", frozenset())
        lines = [line for line in self.lines() if line[1] <= before]
        invited = self.invitation(lines[-1]) if lines else None
        if invited is not None:
            return invited
        announcing = [
            line
            for line in lines
            if any(self.text[line[0] : line[1]].lower().startswith(word) for word in announcers)
        ]
        return announcing[-1] if announcing else None

    def invitation(self, line: Span) -> Span | None:
        """The last sentence of ``line`` when it says someone is interviewed
        (``invitations``: "X était l'invité de France Radio"), else None."""
        text = self.text[line[0] : line[1]]
        cut = text.rfind(". ", 0, len(text) - 1)
        start = cut + 2 if cut >= 0 else 0
        sentence = text[start:].lower()
        if any(word in sentence for word in self.interview_words.get("invitations", ())):
            return line[0] + start, line[1]
        return None

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
            if entity.label_ == "PER" and not self.announcing_word(entity.text):
                return entity.start_char, entity.end_char
        return None

    def announcing_word(self, words: str) -> bool:
        """Words the tagger may take for a name that only announce the interview
        ("Interview…", "Entretien"): no one answers by that name."""
        announcers = self.interview_words.get("announcers", frozenset())
        return words.strip(" .…:!-–—").casefold() in announcers
