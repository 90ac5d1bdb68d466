"""Who takes the floor before a floating quotation: the readings that come before "the
previous speaker goes on".

A quotation with no reporting clause of its own continues the speaker before it
(``resolver.resolve_continuation``), unless the copy between the two has handed the floor
to someone else. Real copy does so in two ways:

- narration whose main subject is another named person, right before the quotation (in its
  paragraph, or ending the paragraph before): "Son avocat X se dit choqué … « … »",
  "Yann, venu de Brest, est là pour « soutenir les jeunes ». « … »";
- a line that only names a person and their description, right above the quotation's
  paragraph, as portraits and reportages set their witnesses: "Nicole X, éleveuse à Y." ¶
  "« … »".

Both are read on the references the article-wide scan made (``ArticleState.refs``); the
words that end a sentence and the marks that open a quotation come from the language.
"""

from __future__ import annotations

from dixit.extract.quotes import quote_marks
from dixit.lang import get_language
from dixit.model import Statement
from dixit.registry import normalise_name
from dixit.resolve.speakers import names
from dixit.resolve.speakers.entities import Entity
from dixit.resolve.speakers.state import ArticleState, anchor

#: Sentences the narration may hold from the newcomer's name to the quotation: the one
#: naming them and one more ("X se dit choqué. Il a vu la vidéo. « … »").
MAX_NARRATION_SENTENCES = 2
#: Words a caption line may hold ("Nicole X, éleveuse de vaches dans le Tarn à Y."): a
#: longer line is narration.
MAX_CAPTION_WORDS = 25


def introduced_speaker(
    state: ArticleState, st: Statement, previous: Statement | None
) -> Entity | None:
    """The person the copy right before the floating quotation ``st`` hands the floor to
    (a caption line above it, a newcomer subject), or None when it hands it to nobody new."""
    return (
        caption_above(state, st, previous)
        or subject_since(state, previous, st)
        or verbless_topic(state, previous, st)
    )


def subject_since(state: ArticleState, previous: Statement | None, st: Statement) -> Entity | None:
    """ "« … », ajoute Maria. Me X se dit offusqué par le comportement du prévenu. « Il a
    vu sa proie … »": a person named as the main subject of the narration right before a
    floating quotation, after the previous statement, has taken the floor; the quotation is
    theirs, not the previous speaker's. Only the narration just before the quotation, in
    its paragraph or ending the paragraph before, counts; without a previous statement,
    the narration since the start of the paragraph before."""
    hi = anchor(st)
    here = state.para_of(hi)
    if previous is None:
        lo = state.para_starts[here - 1] if here >= 1 else 0
        speaking = None
    else:
        ends = [previous.content_span[1]]
        if previous.speaker_mention_span:
            ends.append(previous.speaker_mention_span[1])
        if previous.cue_span:
            ends.append(previous.cue_span[1])
        lo = max(ends)
        speaking = previous.speaker.id if previous.speaker else None
    if lo >= hi or here - state.para_of(lo) > 1:
        return None
    subjects = [
        r
        for r in state.refs_between(lo, hi)
        if r.subject
        and r.main
        and not r.quoted
        and not state.inside(r.start, state.contents)
        and r.entity != speaking
        and state.entities[r.entity].type == "person"
    ]
    if not subjects:
        return None
    last = subjects[-1]
    # Count sentences on the words, not the parse: the parser may split the narration at a
    # quoted word ("se dit « offusqué » par …", "pour « soutenir les jeunes »").
    if sentence_ends(state, last.end, hi) > MAX_NARRATION_SENTENCES:
        return None
    there = state.para_of(last.start)
    opens = not state.text[state.para_starts[here] : hi].strip(' «“"')
    if here != there and not (here == there + 1 and opens):
        return None
    return state.entities[last.entity]


def verbless_topic(state: ArticleState, previous: Statement | None, st: Statement) -> Entity | None:
    """ "Même constat pour Freddy, 40 ans, venu de l'Aveyron. « … »": a sentence with no
    verb of its own (a participle aside) that names one person, right before the quotation
    in its paragraph, introduces that person as the next to speak. A sentence with a finite
    verb ("Il a salué Paul X.") is narration about its subject, left to the other rules."""
    hi = st.content_span[0]
    here = state.para_of(hi)
    lo = state.para_starts[here]
    if previous is not None:
        lo = max(lo, previous.content_span[1])
    ends = get_language(state.lang).grammar.sentence_ends
    text = state.text
    # The last sentence before the quotation: back to the sentence end before it.
    cut = hi
    while cut > lo and (text[cut - 1] in quote_openers(state) or text[cut - 1].isspace()):
        cut -= 1
    if cut <= lo or text[cut - 1] not in ends:
        return None
    begin = max((text.rfind(c, lo, cut - 1) for c in ends), default=-1) + 1
    begin = max(begin, lo)
    if sentence_ends(state, begin, cut - 1) or not text[begin : cut - 1].strip():
        return None
    span = state.span(begin, cut)
    if span is None or any(c in text[begin:cut] for c in quote_openers(state)):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in span):
        return None
    speaking = previous.speaker.id if previous is not None and previous.speaker else None
    people = {
        r.entity
        for r in state.refs_between(begin, cut)
        if state.entities[r.entity].type == "person"
    }
    if len(people) != 1 or speaking in people:
        return None
    return state.entities[people.pop()]


def caption_above(state: ArticleState, st: Statement, previous: Statement | None) -> Entity | None:
    """ "Nicole X, éleveuse de vaches dans le Tarn." ¶ "« Quand j'ai démarré … »": a
    quotation opening its paragraph right under a line that only names a person with their
    description (no verb of its own, no quotation) is that person's. A line naming the
    previous speaker again changes nothing."""
    start = st.content_span[0]
    here = state.para_of(start)
    if here < 1:
        return None
    para_start = state.para_starts[here]
    if state.text[para_start:start].strip(" " + "".join(quote_openers(state))):
        return None
    line_start = state.para_starts[here - 1]
    line = state.text[line_start:para_start].strip()
    if not line or len(line.split()) > MAX_CAPTION_WORDS:
        return None
    if any(c in line for c in quote_openers(state)):
        return None
    span = state.span(line_start, line_start + len(line))
    if span is None or any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in span
    ):
        return None
    person = _person_opening(state, line_start, line)
    if person is None:
        return None
    if previous is not None and previous.speaker and previous.speaker.id == person.id:
        return None
    return person


def _person_opening(state: ArticleState, start: int, line: str) -> Entity | None:
    """The person whose name opens ``line`` (written at ``start``): a name the scan found
    there, else capitalised words up to the comma that open on a known first name
    ("Marion X, éleveuse …", which the tagger may miss)."""
    refs = [
        r
        for r in state.refs_between(start, start + len(line))
        if state.entities[r.entity].type == "person"
    ]
    if refs and not state.text[start : refs[0].start].strip():
        return state.entities[refs[0].entity]
    name, comma, _ = line.partition(",")
    words = name.split()
    if not comma or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    if normalise_name(words[0]) not in state.lex.first_names:
        return None
    entity, _, _ = names.person_for_name(state, name)
    return entity if entity is not None and entity.type == "person" else None


def quote_openers(state: ArticleState) -> frozenset[str]:
    """The marks that open a quotation in the article's language."""
    return quote_marks(state.lang).openers


def sentence_ends(state: ArticleState, lo: int, hi: int) -> int:
    """Sentence ends in the text between ``lo`` and ``hi``, outside quotation marks."""
    ends = get_language(state.lang).grammar.sentence_ends
    marks = quote_marks(state.lang)
    text = state.text
    depth = count = 0
    for i in range(lo, min(hi, len(text))):
        c = text[i]
        if c in marks.apostrophes and text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha():
            continue  # "l’eau": an apostrophe, no mark
        if c in marks.symmetric:
            depth = 0 if depth else 1
        elif c in marks.typographic_openers:
            depth += 1
        elif c in marks.closing_only:
            depth = max(0, depth - 1)
        elif depth == 0 and c in ends:
            count += 1
    return count
