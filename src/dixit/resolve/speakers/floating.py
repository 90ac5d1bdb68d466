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

from spacy.tokens import Span

from dixit.extract.quotes import quote_marks
from dixit.lang import get_language
from dixit.model import Statement
from dixit.registry import normalise_name
from dixit.resolve.speakers import names
from dixit.resolve.speakers.entities import Entity
from dixit.resolve.speakers.state import PRONOUN_PARAGRAPH_WINDOW, ArticleState, anchor

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
        or person_in_narration(state, previous, st)
    )


def subject_since(state: ArticleState, previous: Statement | None, st: Statement) -> Entity | None:
    """ "« … », ajoute Maria. Me X se dit offusqué par le comportement du prévenu. « Il a
    vu sa proie … »": a person named as the main subject of the narration right before a
    floating quotation, after the previous statement, has taken the floor; the quotation is
    theirs, not the previous speaker's. Only the narration just before the quotation, in
    its paragraph or ending the paragraph before, counts: since the previous statement, and
    at most since the start of the paragraph before."""
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
        # A previous statement further back than the paragraph before does not close the
        # window: "… ». ¶ (narration) ¶ En face, le maire, X, n'a pas les mêmes souvenirs : ¶
        # « … »": the narration looked at starts at the paragraph before, as without one.
        lo = max(*ends, state.para_starts[here - 1] if here >= 1 else 0)
        speaking = previous.speaker.id if previous.speaker else None
    if lo >= hi:
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
    """ "Même constat pour Freddy, 40 ans, venu de l'Aveyron. « … »", "Même sentiment chez
    Paul X, du garage : « … »": a sentence with no verb of its own (a participle aside)
    that names one person, right before the quotation in its paragraph (after its full
    stop or its colon), introduces that person as the next to speak. A sentence with a finite
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
    # A colon may close it too: "Même sentiment chez Paul X, du garage : « … »".
    if cut <= lo or (text[cut - 1] not in ends and text[cut - 1] != ":"):
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


def person_in_narration(
    state: ArticleState, previous: Statement | None, st: Statement
) -> Entity | None:
    """ "C'est plutôt la déception qui primait chez la capitaine Léa X." ¶ "« On est
    déçues … »"; "La réaction la plus vive vient de Julie Y, qui a réalisé un bon match." ¶
    "« … »": a paragraph of one sentence of narration, right before a quotation opening its
    own paragraph, whose subject is no person (a thing, "c'"), and that names one person
    other than the previous speaker, hands that person the floor. A sentence whose subject
    is a person or a personal pronoun ("Il a salué Paul X.") is narration about its
    subject, left to the other rules."""
    hi = st.content_span[0]
    here = state.para_of(hi)
    if here < 1 or state.text[state.para_starts[here] : hi].strip(' «“"\n'):
        return None
    begin, end = state.para_starts[here - 1], state.para_starts[here]
    if previous is not None and anchor(previous) >= begin:
        return None
    body = state.text[begin:end].strip()
    if (
        not body
        or any(c in body for c in quote_openers(state))
        or sentence_ends(state, begin, begin + len(state.text[begin:end].rstrip()) - 1)
    ):
        return None
    span = state.span(begin, end)
    if _topic_heading(state, body, span):
        return None
    roots = [tok for tok in span or () if tok.dep_ == "ROOT"]
    if not roots or any(_person_subject(state, tok) for tok in span or ()):
        # No clause of its own (the line goes on with the sentence above), or a clause
        # about a person ("l'élu a croisé le maire, X"; "Le tournant : l'arbitre a
        # expulsé X").
        return None
    speaking = previous.speaker.id if previous is not None and previous.speaker else None
    refs = [
        r
        for r in state.refs_between(begin, end)
        if state.entities[r.entity].type == "person" and not r.quoted
    ]
    people = {r.entity for r in refs}
    if len(people) != 1 or speaking in people or any(_acted_on(state, r) for r in refs):
        return None
    return state.entities[people.pop()]


def _topic_heading(state: ArticleState, body: str, span: Span | None) -> bool:
    """ "Sur l'affaire X" above an answer: a verbless line opening on a word that
    introduces a topic (``topic_heading_openers``), the rubric of a press conference."""
    openers = get_language(state.lang).lexicon("speakers").get("topic_heading_openers") or ()
    lowered = body.lower().replace("’", "'")
    if not any(lowered.startswith(f"{word} ") for word in openers):
        return False
    return not any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in span or ()
    )


def _acted_on(state: ArticleState, ref) -> bool:
    """Whether a person is named as a verb's object ("l'arbitre a expulsé X"): narration
    about what was done to them, not a turn to their words."""
    span = state.span(ref.start, ref.end)
    return span is not None and len(span) > 0 and span.root.dep_ in {"obj", "iobj"}


def _person_subject(state: ArticleState, root) -> bool:
    """Whether a clause's subject is a personal pronoun or a name ("Il", "Paul X")."""
    for child in root.children:
        if child.dep_ not in _SUBJECT_LABELS:
            continue
        if normalise_name(child.text) in state.lex.pronouns or child.pos_ == "PROPN":
            return True
        if child.pos_ == "NOUN" and state.lex.description_head((normalise_name(child.text),)):
            return True  # "l'arbitre a expulsé X", "l'élu a croisé X"
        if any(
            state.entities[r.entity].type == "person"
            for r in state.refs_between(
                child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            )
        ):
            return True
    return False


#: Words a label may hold before the colon of a caption line ("Le plus amer : Julien X").
MAX_LABEL_WORDS = 5


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
    label, colon, rest = line.partition(":")
    if person is None and colon and rest.strip() and len(label.split()) <= MAX_LABEL_WORDS:
        # "Le plus amer : Julien X (entraîneur de Vaubrune)": a rubric's label before the
        # colon, as reaction pages head each quotation, then the person's name.
        offset = line_start + len(label) + 1 + (len(rest) - len(rest.lstrip()))
        person = _person_opening(state, offset, rest.strip())
    if person is None:
        return None
    if previous is not None and previous.speaker and previous.speaker.id == person.id:
        return None
    return person


def _person_opening(state: ArticleState, start: int, line: str) -> Entity | None:
    """The person whose name opens ``line`` (written at ``start``): a name the scan found
    there, else capitalised words up to the comma or the bracket that open on a known
    first name ("Marion X, éleveuse …", "Marion X (gardienne)", which the tagger may
    miss)."""
    refs = [
        r
        for r in state.refs_between(start, start + len(line))
        if state.entities[r.entity].type == "person"
    ]
    if refs and not state.text[start : refs[0].start].strip():
        return state.entities[refs[0].entity]
    # "Marion X, éleveuse …" or, on reaction pages, "Marion X (gardienne)".
    cuts = [k for k in (line.find(","), line.find(" (")) if k > 0]
    name = line[: min(cuts)] if cuts else line
    comma = bool(cuts)
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


#: Dependencies of a first-person subject on the word that agrees with it ("je suis
#: ravie", "je me suis sentie seule").
_SUBJECT_LABELS = frozenset({"nsubj", "nsubj:pass"})


def quotation_gender(state: ArticleState, st: Statement) -> str | None:
    """The gender the quotation's own words give whoever says them: an adjective or a past
    participle after the copula, agreeing with a first-person singular subject ("je suis
    ravie", "je me suis sentie impuissante"; "j'ai démarré" agrees with nothing). None
    when the words say nothing, or say both."""
    span = state.span(*st.content_span)
    genders: set[str] = set()
    for tok in span or ():
        if tok.pos_ not in {"ADJ", "VERB"} or "Sing" not in tok.morph.get("Number"):
            continue
        if tok.pos_ == "VERB" and "Part" not in tok.morph.get("VerbForm"):
            continue
        gender = tok.morph.get("Gender")
        children = list(tok.children)
        if len(gender) != 1 or not any(
            c.dep_ in _SUBJECT_LABELS
            and c.morph.get("Person") == ["1"]
            and "Sing" in c.morph.get("Number")
            for c in children
        ):
            continue
        # Only after the copula: "j'ai démarré" agrees with nothing, "je suis née" does.
        if not any(c.lemma_.lower() in state.lex.copulas for c in children if c.i < tok.i):
            continue
        genders.add(gender[0].lower()[:4])
    if len(genders) != 1:
        return None
    found = genders.pop()
    return found if found in {"fem", "masc"} else None


def agrees(entity: Entity, gender: str | None) -> bool:
    """Whether a person may say words of this gender about themselves (a person whose
    gender the article does not show may; a body has no first-person gender)."""
    return gender is None or entity.type != "person" or entity.known_gender in (None, gender)


def earlier_agreeing(state: ArticleState, st: Statement, gender: str) -> Entity | None:
    """The latest speaker before ``st``, at most ``PRONOUN_PARAGRAPH_WINDOW`` paragraphs
    back, whom the article shows to be of ``gender``: who says "je suis ravie" after a
    man spoke, when a woman spoke just before him."""
    hi = anchor(st)
    here = state.para_of(hi)
    lo = state.para_starts[max(0, here - PRONOUN_PARAGRAPH_WINDOW)]
    for other in reversed(state.statements_anchored_between(lo, hi)):
        if other is st or other.speaker is None:
            continue
        entity = state.entities.get(other.speaker.id)
        if entity is not None and entity.type == "person" and entity.known_gender == gender:
            return entity
    return None


def named_after(state: ArticleState, st: Statement, introduced: bool) -> Entity | None:
    """ "« Nous ne lâcherons rien » : ainsi Paul X a-t-il résumé …": a colon right after a
    floating quotation opens a sentence that names one person with a reporting verb: that
    person said it. When nothing before introduced a speaker (``introduced`` false: the top
    of a page, a quotation under a subheading), the next sentence (in the quotation's
    paragraph, or opening the next when the quotation ends its own) whose main subject is a
    named person is enough ("« … » ¶ Paul X, délégué syndical, ne décolère pas."). A
    reporting verb after a full stop is not: real copy goes on to the next speaker there
    ("« … ». Paul X a également réagi sur les réseaux sociaux")."""
    sentence = _sentence_after(state, st.content_span[1])
    if sentence is None:
        return None
    begin, end = sentence
    people = [
        r
        for r in state.refs_between(begin, end)
        if state.entities[r.entity].type == "person" and not r.quoted
    ]
    if len({r.entity for r in people}) != 1:
        return None
    if _colon_after(state, st.content_span[1], begin):
        verbs = get_language(state.lang).saying_verbs()
        span = state.span(begin, end)
        if any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in verbs for t in span or ()):
            return state.entities[people[0].entity]
    if not introduced and any(r.subject and r.main for r in people):
        return state.entities[people[0].entity]
    return None


def _colon_after(state: ArticleState, end: int, begin: int) -> bool:
    """Whether the words between a quotation's end and the sentence after it hold a colon
    (``Grammar.quote_introducers``), on the same line."""
    between = state.text[end:begin]
    introducers = get_language(state.lang).grammar.quote_introducers
    return "\n" not in between and any(c in introducers for c in between)


def _sentence_after(state: ArticleState, end: int) -> tuple[int, int] | None:
    """The sentence after a quotation ending at ``end``: the rest of its paragraph past the
    closing mark and a colon or comma, else the first sentence of the next paragraph."""
    text = state.text
    marks = quote_marks(state.lang)
    skip = set(marks.closing_only | marks.symmetric) | set(" \t\u00a0.,:;!?…")
    pos = end
    while pos < len(text) and text[pos] in skip:
        pos += 1
    if pos < len(text) and text[pos] == "\n":
        while pos < len(text) and text[pos].isspace():
            pos += 1
    if pos >= len(text) or state.inside(pos, state.contents):
        return None
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    ends = get_language(state.lang).grammar.sentence_ends
    stop = pos
    while stop < line_end and (text[stop] not in ends or sentence_ends(state, pos, stop + 1) == 0):
        stop += 1
    return pos, min(stop + 1, line_end)


def participle_cue(state: ArticleState, st: Statement) -> bool:
    """Whether the statement's cue is a present participle ("« … », assurant que …",
    "ajoutant"): an adjunct with no subject of its own, whose subject is the clause's, or
    after a quotation standing alone, whoever was speaking."""
    if st.cue_span is None:
        return False
    span = state.span(*st.cue_span)
    words = [t for t in span or () if not t.is_space]
    if not words:
        return False
    morph = words[0].morph
    return "Part" in morph.get("VerbForm") and "Pres" in morph.get("Tense")


def agent_before_colon(state: ArticleState, st: Statement) -> Span | None:
    """ "Une théorie qui n'a pas été confirmée par le Codis : « … »", "Une version contestée
    par la déléguée syndicale : « … »": a floating quotation right after a colon (in its
    paragraph, or opening the next) whose clause names, as the agent of a passive ("par
    X"), who answers; the agent's phrase is returned for the resolver to read as a
    mention. The agent must end the clause (no verb after it); a clause whose main subject
    is a person is left to ``subject_since``."""
    start = st.content_span[0]
    colon = colon_before(state, st)
    if colon is None:
        return None
    cut = colon + 1
    if state.para_of(cut - 1) < state.para_of(start) - 1:
        return None
    span = state.span(max(0, cut - 400), cut - 1)
    if span is None or not len(span):
        return None
    last = span[-1]
    clause = [t for t in last.sent if t.idx < cut - 1]
    agents = [t for t in clause if t.dep_ == "obl:agent" and t.pos_ in {"NOUN", "PROPN"}]
    if not agents:
        return None
    agent = agents[-1]
    if any(
        state.entities[r.entity].type == "person" and r.subject and r.main
        for r in state.refs_between(clause[0].idx, cut)
    ):
        return None
    begin = next((t.i for t in agent.subtree if t.dep_ != "case"), agent.i)
    phrase = state.doc[begin : agent.right_edge.i + 1]
    if phrase.end_char > cut:
        return None
    # "… consignés par la police et fournis dès dimanche, comme le souligne le parquet :":
    # a verb after the agent opens another clause, whose own subject announces the words.
    if any(t.pos_ in {"VERB", "AUX"} and t.idx >= phrase.end_char for t in clause):
        return None
    return phrase


def colon_before(state: ArticleState, st: Statement) -> int | None:
    """Where the colon (a ``quote_introducers`` mark) right before a quotation's opening
    marks and spaces is, or None when the quotation follows no colon."""
    text = state.text
    cut = st.content_span[0]
    openers = quote_openers(state)
    while cut > 0 and (text[cut - 1] in openers or text[cut - 1].isspace()):
        cut -= 1
    introducers = get_language(state.lang).grammar.quote_introducers
    if cut < 1 or text[cut - 1] not in introducers:
        return None
    return cut - 1


#: Words a "Name : « … »" heading may hold before its colon besides the name (a title, a
#: link's label such as ">> Lire aussi").
MAX_COLON_HEADING_WORDS = 4


def name_before_colon(state: ArticleState, st: Statement) -> Span | None:
    """ "Me Roux : « … »", ">> Lire aussi : Falciani: « … »": a floating quotation right
    after a colon whose segment (from the line's start, or the colon before) is nothing but
    a name (capitalised words, a title among them), with at most a short label before it,
    is that name's, as interviews, live reports and related-article links write it. The
    name's phrase is returned for the resolver to read as a mention. A longer segment is a
    clause, read by the other rules."""
    text = state.text
    introducers = get_language(state.lang).grammar.quote_introducers
    colon = colon_before(state, st)
    if colon is None:
        return None
    line_start = text.rfind("\n", 0, colon) + 1
    segment_start = max(line_start, *(text.rfind(i, line_start, colon) + 1 for i in introducers))
    segment = state.doc.char_span(segment_start, colon, alignment_mode="contract")
    if segment is None:
        return None
    tokens = [t for t in segment if not t.is_space]
    k = len(tokens)
    while k > 0 and (
        tokens[k - 1].text[:1].isupper() or normalise_name(tokens[k - 1].text) in state.lex.titles
    ):
        k -= 1
    name = tokens[k:]
    if not name or not any(t.pos_ == "PROPN" for t in name):
        return None
    if len(tokens[:k]) > MAX_COLON_HEADING_WORDS:
        return None
    return state.doc[name[0].i : name[-1].i + 1]
