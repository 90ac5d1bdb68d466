"""The interviewee a headline names: "Léa X : « Je reviendrai plus forte »" over a page of
questions and answers.

A question-and-answer page is often stored with its headline apart, and the headline is the
one place that writes the interviewee's full name, before the colon that opens one of the
answers quoted ("Nom Prénom : « … »"). The body's lead may name the opponent or the
colleague first ("sa victoire contre X"), whom the extractor's fallback would otherwise
take for the interviewee. Every answer of the page (``ExtractionRule.INTERVIEW``) is that
person's, when the body writes the name or one of its words too (a question opening on
the first name, "Léa, comment …"), and when the name is no body the registry knows.
"""

from __future__ import annotations

import re

from dixit.model import ExtractionRule, SpeakerMethod, Statement
from dixit.registry import normalise_name
from dixit.resolve.speakers.entities import Entity
from dixit.resolve.speakers.state import ArticleState

#: A headline opening on a name (capitalised words, a party in brackets allowed), then a
#: colon and an opening quotation mark: "Léa Marchal : « … »", 'Paul Roy (PS): "…"'.
_NAMED_HEADLINE = re.compile(
    r"^\s*(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})\s*(?:\([^)]*\)\s*)?:\s*[«\"“]"
)
#: Confidence of an answer given to the person its headline names.
HEADLINE_INTERVIEWEE = 0.7


def headline_interviewee(state: ArticleState) -> Entity | None:
    """The person the headline stored apart names before an answer it quotes, else None."""
    found = _NAMED_HEADLINE.match(state.article.title or "")
    if found is None:
        return None
    name = found.group("name")
    words = normalise_name(name).split()
    if state.registry.lookup(name, fuzzy=False) is not None:
        return None
    body = set(normalise_name(state.text).split())
    if not (words[0] in body or words[-1] in body):
        return None
    known = [
        e
        for e in state.entities.values()
        if e.type == "person" and normalise_name(e.name).split()[-1:] == words[-1:]
    ]
    if len(known) == 1 and len(normalise_name(known[0].name).split()) >= len(words):
        return known[0]
    if len(words) < 2:
        return known[0] if len(known) == 1 else None
    return state.new_entity(name, "person")


def answers_of_headline_interviewee(state: ArticleState, statements: list[Statement]) -> None:
    """Give each answer of a question-and-answer page to the person its headline names."""
    answers = [st for st in statements if st.method == ExtractionRule.INTERVIEW]
    if not answers:
        return
    entity = headline_interviewee(state)
    if entity is None:
        return
    for st in answers:
        st.speaker = entity.speaker()
        st.speaker_method = SpeakerMethod.HEADLINE
        st.confidence = HEADLINE_INTERVIEWEE
