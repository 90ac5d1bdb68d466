"""Venue: the occasion and the medium a statement was made at.

A statement's own venue is a phrase of its reporting clause (``frame.attached``): an occasion
of the language's ``venues.yaml`` ("lors d'une conférence de presse", "dans un communiqué"), a
medium of the list after an opener ("sur France Inter", "à l'AFP", "interrogé par Fox News"),
or any organisation the parser names after a strong opener ("au micro de …"). The venue's
name is the medium when one is named, else the occasion as written.

A statement without one takes one up: "dans la même interview", "lors de ce point de presse"
name the last venue of that type; and a speaker's statements that follow one made at a venue,
with no other speaker between them, were made there too (an interview is reported over
several sentences). ``docs/venue.md`` has the examples and the figures.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dixit.describe.frame import (
    VERBAL,
    attached,
    cue_verb,
    excluded_spans,
    frame_verbs,
    inside,
)
from dixit.describe.lexicon import VenueLexicon, folded, venue_lexicon
from dixit.extract.extensions import doc_text, token_texts
from dixit.model import ExtractionRule, Span, Statement, VenueType, paragraph_spans
from dixit.resolve.speakers.state import anchor

#: Entity labels a strong opener takes as a medium not in the list.
MEDIUM_LABELS = frozenset({"ORG", "MISC", "PER", "PERSON", "NORP", "WORK_OF_ART", "FAC"})
#: Dependency labels of a noun's owner ("discours de X", "X's speech").
OWNER_LABELS = frozenset({"nmod", "poss"})
#: Entity labels of a person.
PERSON_LABELS = frozenset({"PER", "PERSON"})
#: Parts of speech that end an occasion's name: a verb, a conjunction ("que", "et").
STOPS = VERBAL | {"SCONJ", "CCONJ"}
#: How many characters before a medium's name its opener may start ("sur l'antenne de ").
OPENER_REACH = 30


@dataclass(frozen=True)
class Venue:
    """A venue found in a statement's clause."""

    type: VenueType
    name: str
    span: Span
    #: the phrase takes up an occasion already told ("dans la même interview")
    same_occasion: bool = False


def phrase_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def occasion_name(root: Token, start: int, excluded: Sequence[Span]) -> tuple[str, Span]:
    """The occasion as written: from its first word over its own complements ("interview
    télévisée matinale", "conférence de presse à Genève"), up to a comma, a verb or the content."""
    doc = root.doc
    subtree = {t.i for t in root.subtree}
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None:
        return root.text, (root.idx, root.idx + len(root))
    begin = first[0]
    while begin.i < root.i and begin.pos_ in {"ADP", "DET"}:  # "devant l'Assemblée"
        begin = doc[begin.i + 1]
    start = begin.idx
    end_token = begin
    for token in doc[begin.i :]:
        if token.i not in subtree or token.pos_ in STOPS or _breaks(token):
            break
        if inside(token, excluded):
            break
        end_token = token
    end = end_token.idx + len(end_token)
    # The span's own text: ``doc.text`` is joined anew from every token at each access.
    return doc[begin.i : end_token.i + 1].text, (start, end)


def nominal(root: Token, lexicon: VenueLexicon) -> bool:
    """Whether an occasion word is used as a noun: "a communiqué sa désapprobation" is a verb,
    no written statement (a participle of occasion, "invité de RTL", still counts)."""
    return root.pos_ not in VERBAL or root.lemma_ in lexicon.occasion_verbs


def _breaks(token: Token) -> bool:
    """A punctuation mark between words, not one inside a word ("Maison-Blanche")."""
    if not token.is_punct:
        return False
    glued = token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_
    return not glued


def someone_elses(root: Token, statement: Statement) -> bool:
    """Whether the occasion is another person's, named in its complement ("a répondu au
    discours de Jordan Bardella", "responded to Smith's speech"): the statement answers it,
    it was not made there. The speaker's own ("lors de son discours", "le discours de la
    ministre" when she speaks) still counts."""
    speaker_words = set(folded(statement.speaker.name).split()) if statement.speaker else set()
    for child in root.children:
        if child.dep_ not in OWNER_LABELS or child.ent_type_ not in PERSON_LABELS:
            continue
        if statement.speaker_mention_span and inside(child, [statement.speaker_mention_span]):
            continue
        owner = {folded(t.text) for t in child.subtree if t.ent_type_ in PERSON_LABELS}
        if not owner & speaker_words:
            return True
    return False


def takes_up(root: Token, lexicon: VenueLexicon) -> bool:
    """Whether the occasion's noun has a determiner or adjective of ``same_occasion``."""
    return any(
        folded(child.text) in lexicon.same_occasion
        for child in root.children
        if child.dep_.startswith(("det", "amod")) or child.pos_ in {"DET", "ADJ"}
    )


def opened(text: str, start: int, sentence_start: int, lexicon: VenueLexicon) -> bool:
    """Whether a medium's name at ``start`` follows an opener ("sur", "à l'", "au micro de")."""
    before = folded(text[max(sentence_start, start - OPENER_REACH) : start]).rstrip()
    if any(m.end() == len(before) for m in lexicon.strong_openers.finditer(before)):
        return True
    return any(
        before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum())
        for word in lexicon.weak_openers
    )


#: Matches of a pattern in a sentence (the pattern, the sentence's character span), kept for
#: the article's other statements in the same sentence.
SentenceMatches = dict[tuple[re.Pattern[str], int, int], list[re.Match[str]]]


def matches_in(
    pattern: re.Pattern[str], text: str, sentence: Span, found: SentenceMatches
) -> list[re.Match[str]]:
    """``pattern.finditer(text, *sentence)``, searched once per sentence and kept in ``found``."""
    key = (pattern, *sentence)
    known = found.get(key)
    if known is None:
        known = found[key] = list(pattern.finditer(text, *sentence))
    return known


def own_venue(
    doc: Doc,
    statement: Statement,
    lexicon: VenueLexicon,
    text: str | None = None,
    found: SentenceMatches | None = None,
) -> Venue | None:
    """The venue named in the statement's reporting clause, or None. ``text`` is
    the Doc's text (``doc_text``), which a caller may pass; ``found``, the article's
    matches of the lexicon's patterns by sentence so far (statements share sentences)."""
    verb = cue_verb(doc, statement)
    if verb is None:
        return None
    verbs = frame_verbs(verb, lexicon.occasion_verbs)
    excluded = excluded_spans(statement)
    mention = [statement.speaker_mention_span] if statement.speaker_mention_span else []
    sentence = verb.sent
    lo, hi = sentence.start_char, sentence.end_char
    text = doc_text(doc) if text is None else text
    found = {} if found is None else found

    def framed(token: Token | None, shut: Sequence[Span] = excluded) -> bool:
        return (
            token is not None
            and not inside(token, shut)
            and any(attached(token, v, shut, lexicon.occasion_verbs, mention) for v in verbs)
        )

    # an occasion may stand in the speaker's mention ("indique un bulletin de Météo-France"),
    # a medium may not ("le présentateur de France Inter" is no venue)
    content = [statement.content_span]
    # an occasion's word inside a medium's name is no occasion ("Post" of "Washington Post")
    media = matches_in(lexicon.media, text, (lo, hi), found)
    named_media = [(m.start(), m.end()) for m in media]
    occasions: list[tuple[VenueType, str, Span, bool, Token]] = []
    for m in matches_in(lexicon.occasions, text, (lo, hi), found):
        if any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in named_media):
            continue
        root = phrase_root(doc, m.start(), m.end())
        if root is None or not framed(root, content) or not nominal(root, lexicon):
            continue
        if someone_elses(root, statement):
            continue
        name, span = occasion_name(root, m.start(), content)
        occasions.append(
            (lexicon.occasion_type(m.group()), name, span, takes_up(root, lexicon), root)
        )
    # one outside the mention first: "X, auteur d'une tribune, a déclaré lors d'un meeting"
    occasions.sort(key=lambda o: inside(o[4], mention))
    occasion = occasions[0] if occasions else None
    # an object's content runs over the verb's adjuncts ("a défendu sa réforme mardi sur
    # RTL"): a medium opened in it is the saying's, as dates read its time word
    object_content = statement.method == ExtractionRule.OBJECT
    medium: tuple[str, Span] | None = None
    for m in media:
        root = phrase_root(doc, m.start(), m.end())
        if object_content and root is not None and inside(root, content):
            if opened(text, m.start(), lo, lexicon) and framed(root, []):
                medium = (m.group(), (m.start(), m.end()))
                break
            continue
        if root is None or not framed(root, content):
            continue
        in_occasion = occasion is not None and root.i in {t.i for t in occasion[4].subtree}
        if occasion is None and lexicon.is_agency(m.group()):
            continue  # "a déclaré à l'AFP": the reporter, not an occasion
        if in_occasion or opened(text, m.start(), lo, lexicon):
            medium = (m.group(), (m.start(), m.end()))
            break
    if medium is None:
        medium = _named_after_opener(doc, text, (lo, hi), framed, lexicon, found)
    if medium is not None and occasion is None and lexicon.is_agency(medium[0]):
        medium = None
    if occasion is None and medium is None:
        return None
    if medium is not None:
        name, span = medium
        kind = occasion[0] if occasion is not None else lexicon.medium_type(name)
        canonical = lexicon.canonical_medium(name)
        return Venue(kind, canonical, span)
    assert occasion is not None
    kind, name, span, same, _ = occasion
    return Venue(kind, name, span, same)


def _named_after_opener(
    doc: Doc,
    text: str,
    sentence: Span,
    framed: Callable[[Token | None], bool],
    lexicon: VenueLexicon,
    found: SentenceMatches,
) -> tuple[str, Span] | None:
    """An organisation the parser names right after a strong opener ("au micro de …")."""
    lo, hi = sentence
    ends = {m.end() for m in matches_in(lexicon.strong_openers, text, sentence, found)}
    if not ends:
        return None
    for ent in entities_between(doc, lo, hi):
        opener_end = max((e for e in ends if e <= ent.start_char), default=None)
        if opener_end is None or text[opener_end : ent.start_char].strip(" l'’"):
            continue
        if framed(ent.root):
            return ent.text, (ent.start_char, ent.end_char)
    return None


#: Where a Doc keeps its medium-like entities in text order, built once per article.
ENTITY_INDEX_KEY = "dixit_venue_entities"


def entities_between(doc: Doc, lo: int, hi: int) -> list[SpacySpan]:
    """The entities that could name a medium starting in ``[lo, hi)``, found by bisection:
    each statement looks at its own sentence, so the cost stays linear in the article's
    length rather than statements times entities (a 1 MB text holds thousands of each)."""
    index = doc.user_data.get(ENTITY_INDEX_KEY)
    if index is None:
        ents = [e for e in doc.ents if e.label_ in MEDIUM_LABELS]
        index = ([e.start_char for e in ents], ents)
        doc.user_data[ENTITY_INDEX_KEY] = index
    starts, ents = index
    return ents[bisect_left(starts, lo) : bisect_left(starts, hi)]


def taken_up(found: Venue, told: Sequence[Venue]) -> Venue:
    """The venue "dans la même interview" names: the last one told of its type (itself when
    the text told none)."""
    for earlier in reversed(told):
        if earlier.type == found.type:
            return earlier
    return found


def carried(
    statement: Statement,
    previous: Statement | None,
    previous_venue: Venue | None,
    lexicon: VenueLexicon,
) -> Venue | None:
    """The venue of the statement just before, when the same speaker goes on speaking there."""
    if previous is None or previous_venue is None or previous_venue.type not in lexicon.carried:
        return None
    if statement.speaker is None or previous.speaker is None:
        return None
    return previous_venue if statement.speaker.id == previous.speaker.id else None


def taken_up_venues(doc: Doc, text: str, lexicon: VenueLexicon) -> list[tuple[int, Venue]]:
    """Venues told after the words they place: "Ces propos, tenus lors d'un meeting à Rodez,
    …", "These remarks, made at a rally, …". A noun of ``taken_up_words`` with a demonstrative
    and a participle of saying; the occasion or medium must hang from that participle. Each
    with where its noun starts."""
    if not lexicon.taken_up_words:
        return []
    found: list[tuple[int, Venue]] = []
    for i, word in enumerate(token_texts(doc)):
        if folded(word) not in lexicon.taken_up_words:
            continue
        noun = doc[i]
        if noun.pos_ != "NOUN":
            continue
        if not any(demonstrative(c, lexicon) for c in noun.children):
            continue
        for participle in noun.children:
            if participle.dep_.startswith("acl") and (
                participle.lemma_ in lexicon.taken_up_participles
            ):
                venue = clause_venue(doc, text, participle, lexicon)
                if venue is not None:
                    found.append((noun.idx, venue))
                    break
    return found


def demonstrative(token: Token, lexicon: VenueLexicon) -> bool:
    """A demonstrative determiner ("ces", "these"), as tagged or as listed."""
    return token.dep_ == "det" and (
        "Dem" in token.morph.get("PronType") or folded(token.text) in lexicon.same_occasion
    )


def clause_venue(doc: Doc, text: str, verb: Token, lexicon: VenueLexicon) -> Venue | None:
    """The occasion or medium hanging from ``verb`` through nouns and prepositions only, as
    ``own_venue`` names it (the medium when one is named)."""
    lo, hi = verb.sent.start_char, verb.sent.end_char
    occasion: tuple[VenueType, str, Span, Token] | None = None
    for m in lexicon.occasions.finditer(text, lo, hi):
        root = phrase_root(doc, m.start(), m.end())
        if root is None or not attached(root, verb, [], frozenset()) or not nominal(root, lexicon):
            continue
        name, span = occasion_name(root, m.start(), [])
        occasion = (lexicon.occasion_type(m.group()), name, span, root)
        break
    for m in lexicon.media.finditer(text, lo, hi):
        root = phrase_root(doc, m.start(), m.end())
        if root is None or not attached(root, verb, [], frozenset()):
            continue
        in_occasion = occasion is not None and root.i in {t.i for t in occasion[3].subtree}
        if lexicon.is_agency(m.group()) and not in_occasion:
            continue
        if in_occasion or opened(text, m.start(), lo, lexicon):
            kind = occasion[0] if occasion is not None else lexicon.medium_type(m.group())
            return Venue(kind, lexicon.canonical_medium(m.group()), (m.start(), m.end()))
    if occasion is None:
        return None
    return Venue(occasion[0], occasion[1], occasion[2])


def placed_before(
    ordered: Sequence[Statement], own: set[str], at: int, venue: Venue, paragraph_of: Callable
) -> None:
    """Give ``venue`` to the last statement before ``at`` (in its paragraph or the one
    before) and to the same speaker's statements just before it that have no venue of their
    own."""
    before = [s for s in ordered if anchor(s) < at]
    if not before or paragraph_of(at) - paragraph_of(anchor(before[-1])) > 1:
        return
    last = before[-1]
    for statement in reversed(before):
        same = statement is last or (
            statement.speaker is not None
            and last.speaker is not None
            and statement.speaker.id == last.speaker.id
        )
        if not same:
            break
        if statement.id not in own:
            statement.venue = venue.name
            statement.venue_type = venue.type


def assign_venues(doc: Doc, statements: Sequence[Statement], language: str) -> None:
    """Set ``venue`` and ``venue_type`` of each statement, in reading order, in place."""
    lexicon = venue_lexicon(language)
    text = doc_text(doc)
    told: list[Venue] = []
    previous: Statement | None = None
    previous_venue: Venue | None = None
    ordered = sorted(statements, key=anchor)
    own: set[str] = set()
    matches: SentenceMatches = {}
    for statement in ordered:
        found = own_venue(doc, statement, lexicon, text, matches)
        if found is not None:
            own.add(statement.id)
        if found is not None and found.same_occasion:
            found = taken_up(found, told)
        elif found is not None:
            told.append(found)
        else:
            found = carried(statement, previous, previous_venue, lexicon)
        if found is not None:
            statement.venue = found.name
            statement.venue_type = found.type
        previous, previous_venue = statement, found
    later = taken_up_venues(doc, text, lexicon)
    if later:
        starts = [start for start, _ in paragraph_spans(text)]
        for at, venue in later:
            placed_before(ordered, own, at, venue, lambda char: bisect_right(starts, char))
