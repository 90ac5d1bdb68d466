"""Descriptions: rule 6 of the package docstring ("le locataire du Kremlin", "la joueuse").

Whether a phrase describes a person (``description_of``), and who a description is: an
apposition of this article, the registry office both name, the office's holder on the
publication date, a longer bound description, and for a definite description the subject the
paragraph just introduced or the article's most salient agreeing person. "son homologue
ukrainien" is the possessor's office in the other country. ``resolve`` is the rule for a
mention that describes a person.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeGuard

from spacy.tokens import Token

from dixit.extract.quotes import Quote, find_quotes
from dixit.lang import get_language
from dixit.model import SpeakerMethod, Statement
from dixit.registry import inflections, normalise_name, slugify
from dixit.resolve.speakers.acronyms import office_words
from dixit.resolve.speakers.countries import home_office_abroad
from dixit.resolve.speakers.entities import (
    UNRESOLVED,
    Binding,
    DescribeProfile,
    Entity,
    Ref,
    Resolution,
    compatible,
    sure_gender,
)
from dixit.resolve.speakers.phrases import core_phrase, opens_sentence
from dixit.resolve.speakers.state import (
    LOOKBACK_CHARS,
    PRONOUN_PARAGRAPH_WINDOW,
    ArticleState,
    Mention,
    anchor,
)


def person_noun(state: ArticleState, words: list[str], tokens: list[Token]) -> bool:
    """Whether a phrase's head names a person: a lexicon head, a noun of a person suffix,
    or a capitalised demonym ("la Lyonnaise")."""
    if not words:
        return False
    if " ".join(words) in state.lex.place_names:
        # "l'Ukraine", "la Mauritanie": a country named like a demonym is no person.
        return False
    if ends_on_head(state, words):
        # "the US president", "the Kremlin spokesman": in a language whose compounds end on
        # their head, capitalised words before a person's noun only say whose.
        return True
    if written_as_title(state, tokens):
        # "dit Le Parisien": a title inside a sentence, not a demonym.
        return False
    first = next((t for t in tokens if normalise_name(t.text) not in state.lex.determiners), None)
    if (
        first is not None
        and first.text[:1].isupper()
        and not first.is_sent_start
        and not state.lex.opens_with_description_head(words)
    ):
        # A capitalised head is a proper name ("les Jeunes Agriculteurs") unless it is a
        # demonym ("la Lyonnaise") or an office written with a capital ("le Premier
        # ministre").
        word = (normalise_name(first.text).split()[-1:] or [""])[0]
        return len(word) > 4 and word.endswith(state.lex.demonym_suffixes)
    if state.lex.description_head(words[:3]) or words[0] in state.lex.political_families:
        # "la libérale flamande": a political family made a noun by its determiner.
        return True
    if first is None:
        return False
    if first.pos_ == "ADJ" and first.i + 1 < len(state.doc):
        # "le jeune buteur", "l'ancien talonneur": the noun after the adjective is the head.
        nxt = state.doc[first.i + 1]
        if nxt.pos_ == "NOUN" and any(t.i == nxt.i for t in tokens):
            first = nxt
    word = (normalise_name(first.text).split()[-1:] or [""])[0]
    return first.pos_ in {"NOUN", "ADJ"} and word.endswith(state.lex.person_suffixes)


def written_as_title(state: ArticleState, tokens: list[Token]) -> bool:
    """Whether a phrase opens with an article written with a capital inside a sentence
    before a capitalised word ("selon Le Réveil de Valbrune"): a title's, not a noun's."""
    if len(tokens) < 2 or normalise_name(tokens[0].text) not in state.lex.title_articles:
        return False
    if not (tokens[0].text[:1].isupper() and tokens[1].text[:1].isupper()):
        return False
    return not opens_sentence(state, tokens[0])


def title_opening_sentence(state: ArticleState, tokens: list[Token]) -> bool:
    """ "La Gazette a révélé lundi que …": at a sentence's start an article's capital says
    nothing, but a common noun written with a capital after it is a title's ("Le Courrier de
    Vernay"); a person's noun ("Le Président"), a demonym ("La Lyonnaise") or a place or
    person the tagger knows is not."""
    if len(tokens) < 2 or normalise_name(tokens[0].text) not in state.lex.title_articles:
        return False
    noun = tokens[1]
    if not (tokens[0].text[:1].isupper() and noun.text[:1].isupper()):
        return False
    if not opens_sentence(state, tokens[0]) or noun.pos_ != "NOUN":
        return False
    word = normalise_name(noun.text)
    return (
        noun.ent_type_ not in {"PER", "PERSON", "LOC", "GPE"}
        and state.lex.description_head([word]) is None
        and not word.endswith(tuple(state.lex.demonym_suffixes))
    )


def ends_on_head(state: ArticleState, words: list[str]) -> bool:
    """Whether ``words`` end on a description head, in a language whose compounds end on
    their head (``head_last``: "the Kremlin spokesman", "the White House press secretary")."""
    if not state.lex.head_last:
        return False
    words = before_link(state, words)
    head = state.lex.description_head(words)
    return head is not None and tuple(words[-len(head) :]) == head


def before_link(state: ArticleState, words: list[str]) -> list[str]:
    """A compound's words up to its first link word (``Grammar.name_links``): "the Labour
    TD for North Ward" is headed by "TD", the place after "for" only says which."""
    links = get_language(state.lang).grammar.name_links
    link = next((k for k, w in enumerate(words) if k and w in links), None)
    return words if link is None else words[:link]


def description_of(state: ArticleState, tokens: list[Token]) -> tuple[list[str], str | None] | None:
    """A noun phrase as description words and the gender it shows, if it names a person."""
    tokens = [t for t in tokens if not (t.is_punct and t.text not in {"-", "'"})]
    if not tokens:
        return None
    if tokens[0].pos_ in {"VERB", "AUX"}:
        # "Christophe Castaner juge sévèrement": a verb after a name, with no determiner
        # to make it a noun, is the clause's verb ("juge"), not a title.
        return None
    words, det_gender = state.lex.strip_determiners(
        normalise_name(" ".join(t.text for t in tokens)).split()
    )
    if not words:
        return None
    if not person_noun(state, words, tokens):
        return None
    if state.lex.organisation_head(words) and not state.lex.opens_with_description_head(words):
        # "le procureur de la République" stands for its office's body when nobody is
        # named, but set beside a name it is that person's title.
        return None
    gender = det_gender
    if gender is None:
        for tok in tokens:
            if normalise_name(tok.text) not in state.lex.determiners:
                # With no determiner to show it, only a feminine form says a gender: the
                # tagger calls an epicene noun masculine ("Ine X, porte-parole du parquet").
                morph = tok.morph.get("Gender")
                gender = "fem" if morph and morph[0] == "Fem" else None
                break
    return words, gender


# -- resolving -----------------------------------------------------------------------------


def resolve_description(
    state: ArticleState,
    words: list[str],
    start: int,
    gender: str | None,
    previous: Statement | None,
    definite: bool = True,
    st: Statement | None = None,
) -> Resolution:
    """A description: an apposition of this article, the office it names, the registry's
    holder on the day, and last, for a definite description ("le magistrat"), the most
    salient person of the article that agrees with it."""
    if words[0] in state.lex.counterpart_heads:
        return resolve_counterpart(state, words, start, previous)
    near = state.bindings_between(start - LOOKBACK_CHARS, start + LOOKBACK_CHARS)
    said = tuple(words)
    exact = [b for b in near if _same_word_tuples(said, b.words)]
    chosen = _latest_before(exact, start)
    if chosen is not None:
        return Resolution(state.entities[chosen.entity], SpeakerMethod.DESCRIPTION, 0.85)
    found = state.registry.offices_for(" ".join(words))
    offices = {o.id for o in found}
    if offices:
        labels = [
            tuple(normalise_name(label).split())
            for office in found
            for label in office.all_labels(state.lang)
        ]
        for binding in sorted(near, key=lambda b: (b.start > start, -b.start)):
            bound = {o.id for o in state.registry.offices_for(" ".join(binding.words))}
            # "le Premier ministre, X," is the article's holder of "Premier ministre
            # français" (the nationality goes without saying): the article wins over the
            # registry's holder on the day.
            if bound & offices or any(_label_prefix(binding.words, lw) for lw in labels):
                return Resolution(state.entities[binding.entity], SpeakerMethod.DESCRIPTION, 0.8)
    abroad = home_office_abroad(state, words, offices)
    entry = None if abroad else state.registry.role_holder(" ".join(words), state.day)
    if entry is not None:
        return Resolution(state.entity_for_entry(entry), SpeakerMethod.ROLE, 0.75)
    holder = None if abroad else undated_holder(state, offices)
    if holder is not None:
        return Resolution(holder, SpeakerMethod.ROLE, 0.7)
    parties = family_parties(state, words)
    if parties and st is not None:
        members = party_members(state, parties, start, gender)
        if len(members) == 1:
            return Resolution(members[0], SpeakerMethod.DESCRIPTION, 0.6)
    headline = st is not None and in_title(state, st, start)
    loose = [
        b
        for b in near
        if (b.start <= start or headline)
        and _contains_words(b.words, words)
        and compatible(state.entities[b.entity], gender, "sing")
    ]
    candidates = {b.entity for b in loose}
    if len(candidates) == 1:
        return Resolution(state.entities[loose[0].entity], SpeakerMethod.DESCRIPTION, 0.65)
    if not candidates and st is not None:
        seated = same_head_person(state, words, start, gender, near)
        if seated is not None:
            return Resolution(seated, SpeakerMethod.DESCRIPTION, 0.55)
        same_office = office_synonym_holder(state, words, start, gender, near, st)
        if same_office is not None:
            return Resolution(same_office, SpeakerMethod.DESCRIPTION, 0.6)
    if not definite or st is None:
        return UNRESOLVED
    titled = titled_person(state, words, start, gender)
    if titled is not None and (not candidates or titled.id in candidates):
        return Resolution(titled, SpeakerMethod.DESCRIPTION, 0.6)
    later = None if candidates else bound_later(state, words, start, gender)
    if later is not None:
        return Resolution(later, SpeakerMethod.DESCRIPTION, 0.55)
    resumed = resumed_speaker(state, start, gender, previous, st)
    if fits(state, resumed, candidates, words):
        return Resolution(resumed, SpeakerMethod.DESCRIPTION, 0.55)
    if not candidates and kin_only(state, words):
        return UNRESOLVED
    introduced = introduced_subject(state, start, gender, st)
    if fits(state, introduced, candidates, words):
        return Resolution(introduced, SpeakerMethod.DESCRIPTION, 0.5)
    found = salient_person(state, start, gender, previous, st, candidates, words)
    if found.entity is None and not candidates:
        named = named_after(state, start, gender, words)
        if named is not None:
            return Resolution(named, SpeakerMethod.DESCRIPTION, 0.4)
        headline = headline_name(state, start)
        if (
            headline is not None
            and not kin_only(state, words)
            and not other_function(state, headline.id, words)
        ):
            return Resolution(headline, SpeakerMethod.DESCRIPTION, 0.4)
    return found


def bound_later(
    state: ArticleState, words: list[str], start: int, gender: str | None
) -> Entity | None:
    """ "« … », a déclaré le nouveau bourgmestre. … Le bourgmestre, Marc X, a reçu …": a
    description of a person that the article gives later, by apposition or title, to one
    agreeing person (by the same words, or a noun of the same office) is that person,
    when the article has named nobody it could be before it. A current holder's words
    ("nouveau", "actuel") say nothing; a former holder ("l'ancien bourgmestre", "le
    bourgmestre sortant") is someone else."""
    own = current_office(state, words)
    if not own or own[0] in state.lex.kinship_heads or own[0] in state.lex.plain_person_nouns:
        return None
    if len(own) < len(words) and words[0] in state.lex.former_markers:
        return None
    heads = [own] + [
        (*synonym, *own[1:]) for synonym in state.lex.office_synonyms.get(own[:1], frozenset())
    ]

    def holds(binding: Binding) -> bool:
        bound = current_office(state, list(binding.words))
        if not bound:
            return False
        # "le directeur sportif" and "le directeur sportif de Vernay": one phrase opens the other
        return any(_same_words(bound[: len(h)], h[: len(bound)]) for h in heads)

    if any(holds(b) for b in state.bindings if b.start < start):
        return None
    if any(
        compatible(state.entities[ref.entity], gender, "sing")
        and state.entities[ref.entity].type == "person"
        for ref in state.refs_between(0, start)
    ):
        return None  # someone the story already follows, whom the rules weigh
    people = {
        b.entity
        for b in state.bindings
        if b.start > start
        and holds(b)
        and state.entities[b.entity].type == "person"
        and compatible(state.entities[b.entity], gender, "sing")
    }
    return state.entities[people.pop()] if len(people) == 1 else None


def current_office(state: ArticleState, words: list[str]) -> tuple[str, ...] | None:
    """A description's words past those of a current holder ("nouveau", "actuelle"); None
    for a former holder's ("ancien", "ex", "sortant")."""
    rest = list(words)
    while rest and rest[0] in state.lex.current_holder_words:
        rest = rest[1:]
    if any(w in state.lex.former_markers or w in state.lex.outgoing_markers for w in rest):
        return None
    return tuple(rest)


def same_head_person(
    state: ArticleState, words: list[str], start: int, gender: str | None, near: list[Binding]
) -> Entity | None:
    """ "le député libéral Gregory X … « … », a dit le député de Jacques-Cartier": a
    description that adds a seat or a body to its head ("de Jacques-Cartier") takes up the
    one agreeing person bound before it by the same head with no seat or body of their own
    and no other qualifier of the kind the mention gives ("le président américain X" is
    not "le président français"). A person bound by another office (the premier the MP
    addresses) is never one, nor a title given inside someone's words ("« … le président
    X … », a ajouté le président de la région": the regional president speaks of X)."""
    if len(words) < 3 or words[1] not in state.lex.partitives:
        return None
    quoted_mention = in_quotation(state, start)
    people: set[str] = set()
    for binding in near:
        bound = binding.words
        if binding.start >= start or not bound or not _same_words(bound[:1], words[:1]):
            continue
        if not quoted_mention and in_quotation(state, binding.start):
            continue
        if any(w in state.lex.partitives for w in bound[1:]):
            continue  # a seat or a body of their own: "le député de Laval" is someone else
        entity = state.entities[binding.entity]
        if entity.type == "person" and compatible(entity, gender, "sing"):
            people.add(entity.id)
    if len(people) != 1:
        return None
    found = state.entities[people.pop()]
    return None if other_function(state, found.id, words) else found


def headline_name(state: ArticleState, start: int) -> Entity | None:
    """ "Blanc donnera le nom des exclus demain" over a body that only says "le
    sélectionneur": the headline's subject, a capitalised word with no determiner (French
    puts none before a person's name), is the person a description of the body takes up
    when the article names nobody else it could be. The tagger often misreads such a
    surname ("Blanc" as an adjective or a place), so no label is asked; a body the registry
    knows, an acronym, or a word the article writes after a preposition of place ("à X",
    "en X") is no person."""
    if not state.lex.headline_surname:
        return None
    if not state.opens_on_headline or state.para_of(start) == 0:
        return None
    end = state.para_starts[1]
    title = state.span(state.para_starts[0], end)
    if title is None:
        return None
    root = next((t for t in title if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}), None)
    if root is None:
        return None
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if subject is None or subject.i > root.i or not subject.text[:1].isupper():
        return None
    if any(c.dep_ == "det" for c in subject.children) or subject.pos_ in {"PRON", "DET"}:
        return None
    if normalise_name(subject.text) in state.lex.time_words:
        return None  # "Mercredi, journée de grève, les syndicats ont …": a date, no name
    if any(t.text in state.lex.rubric_marks for t in state.doc[subject.i : root.i]):
        return None  # "Assises : la victime affirme …": a topic before the colon
    words = [subject, *(c for c in subject.children if c.dep_ == "flat:name")]
    name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    if name.isupper() or state.registry.lookup(name, fuzzy=False) is not None:
        return None
    places = state.lex.place_prepositions
    for i in state.word_positions(normalise_name(subject.text)):
        prev = state.doc[i - 1] if i > 0 else None
        if prev is not None and normalise_name(prev.text) in places:
            return None
    known = state.entities.get(slugify(name))
    if known is not None and known.type != "person":
        return None
    return state.new_entity(name, "person")


def undated_holder(state: ArticleState, offices: set[str]) -> Entity | None:
    """ "le président français" in a page with no date, after "M. Trump" and "M. Macron":
    the one person of the article the registry knows as a holder of that office at any
    time. With a date the holder of the day answers (``role_holder``); two people of the
    article who held it (a president and his predecessor) leave it open."""
    if state.day is not None or not offices:
        return None
    held = [
        entity
        for entity in state.entities.values()
        if entity.entry is not None
        and entity.type == "person"
        and any(role.office in offices for role in entity.entry.roles)
    ]
    return held[0] if len(held) == 1 else None


def kin_only(state: ArticleState, words: list[str]) -> bool:
    """ "« … », clame la mère": a kinship noun names someone's relative, whom the article
    presents as such ("Sa mère, Maryvonne X,") or not at all; the story's most salient
    person is the one whose relative speaks, never the relative."""
    return words[0] in state.lex.kinship_heads or " ".join(words[:2]) in state.lex.kinship_heads


def family_parties(state: ArticleState, words: list[str]) -> frozenset[tuple[str, ...]]:
    """The parties of the political family a description names, as its head made a noun
    ("la libérale flamande") or as an adjective of its head ("le chef solidaire", "l'élue
    socialiste de Valbrune"); none when it names no family. A complement's words ("le
    président du groupe socialiste") describe someone else's family, not the person's."""
    families = state.lex.political_families
    for word in words[:3]:
        if word in state.lex.partitives:
            break
        if word in families:
            return families[word]
    return frozenset()


#: A party's initials or name in brackets right after a person's name: "Maggie X (Open VLD)".
_BRACKETED = re.compile(r"\s*\(([^()]{1,40})\)")


def party_members(
    state: ArticleState, parties: frozenset[tuple[str, ...]], start: int, gender: str | None
) -> list[Entity]:
    """The agreeing people named before ``start`` whom the article ties to one of
    ``parties``: the party in brackets after their name ("Maggie X (Open VLD)", "(MR,
    Valbrune)"), or in a description set beside them ("la présidente du MR, X")."""

    def holds(words: Iterable[str]) -> bool:
        words = tuple(words)
        return any(
            words[i : i + len(party)] == party
            for party in parties
            for i in range(len(words) - len(party) + 1)
        )

    found: dict[str, Entity] = {}
    for ref in state.refs_between(max(0, start - LOOKBACK_CHARS), start):
        entity = state.entities[ref.entity]
        if entity.type != "person" or not compatible(entity, gender, "sing"):
            continue
        bracket = _BRACKETED.match(state.text, ref.end)
        first = bracket.group(1).split(",")[0] if bracket else ""
        if first and holds(normalise_name(first).split()):
            found[entity.id] = entity
    for binding in state.bindings_between(max(0, start - LOOKBACK_CHARS), start):
        entity = state.entities[binding.entity]
        if entity.type == "person" and compatible(entity, gender, "sing") and holds(binding.words):
            found[entity.id] = entity
    return list(found.values())


def described_parties(state: ArticleState, words: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The parties a description names: by a family ("le chef solidaire", ``family_parties``)
    or by a party in its complement ("le chef de la CAQ", "la présidente du MR")."""
    key = tuple(words)
    known = state.described_party_cache.get(key)
    if known is not None:
        return known
    words = list(key)
    parties = set(family_parties(state, words))
    for party in state.lex.party_names:
        n = len(party)
        if any(tuple(words[i : i + n]) == party for i in range(1, len(words) - n + 1)):
            parties.add(party)
    state.described_party_cache[key] = frozenset(parties)
    return state.described_party_cache[key]


def person_parties(state: ArticleState, entity_id: str) -> frozenset[tuple[str, ...]]:
    """The parties the article ties a person to: in brackets after their name, or in a
    description set beside them, by name ("président du MR") or by family ("le chef
    caquiste X")."""
    parties: set[tuple[str, ...]] = set()
    for ref in state.refs:
        if ref.entity != entity_id:
            continue
        bracket = _BRACKETED.match(state.text, ref.end)
        if bracket:
            first = tuple(normalise_name(bracket.group(1).split(",")[0]).split())
            if first in state.lex.party_names:
                parties.add(first)
    for binding in state.bindings_of(entity_id):
        parties |= described_parties(state, ["", *binding.words])
    return frozenset(parties)


def other_party(state: ArticleState, entity_id: str, words: list[str]) -> bool:
    """Whether a description names parties and the article ties the person only to others
    ("le chef solidaire" is not "le chef caquiste X")."""
    wanted = described_parties(state, words)
    if not wanted:
        return False
    theirs = person_parties(state, entity_id)
    return bool(theirs) and not (theirs & wanted)


def named_after(
    state: ArticleState, start: int, gender: str | None, words: list[str]
) -> Entity | None:
    """ "Le maire a annoncé une plainte. Sur l'hypothèse d'un incendie volontaire, Jean X a
    dit « s'interroger »": an office's description ("le maire", "la procureure") before
    the article has named anyone it could be is the first person named after it in the same
    paragraph as the subject of a main clause, with no description of their own. Kinship
    nouns and generic nouns ("le responsable") are not offices."""
    group = state.lex.office_group(words)
    if group is None or any(w in state.lex.kinship_heads for w in words[:2]):
        return None
    para = state.para_of(start)
    if not any(
        state.entities[ref.entity].type == "person"
        for ref in state.refs_between(max(0, start - LOOKBACK_CHARS), start)
    ):
        # "Selon le ministre, …" opening the copy, nobody named before: the lead names
        # the minister in the paragraph after.
        para += 1
    end = state.para_starts[para + 1] if para + 1 < len(state.para_starts) else len(state.text)
    for ref in state.refs_between(start + 1, end):
        entity = state.entities[ref.entity]
        if entity.type != "person" or not ref.subject or not ref.main or ref.quoted:
            continue
        if state.inside(ref.start, state.contents):
            continue
        if not compatible(entity, gender, "sing"):
            return None
        if any(b.entity == entity.id for b in state.bindings):
            return None
        if other_function(state, entity.id, words):
            # "Le prévenu s'écrie … Le président X lui demande …"; "souligne le procureur ¶
            # Le ministre X s'est rendu …": a person of another function (the article's or
            # the registry's on the day) is someone else.
            return None
        return entity
    return None


def content_only(state: ArticleState, entity_id: str, start: int) -> bool:
    """Whether the article names a person, around a description at ``start``, only inside
    what statements report or between quote marks ("X a taclé le film réalisé par Claire
    Y", "X a rappelé que ses collègues, Y et Z, avaient réagi"): someone spoken about
    rather than an actor of the story. A description inside a content or a quotation may
    take them up (it speaks of them)."""
    if state.inside(start, state.contents) or in_quotation(state, start):
        return False
    for ref in state.refs_between(max(0, start - LOOKBACK_CHARS), start + LOOKBACK_CHARS):
        if ref.entity != entity_id or state.inside(ref.start, state.contents):
            continue
        if not in_quotation(state, ref.start):
            return False
    return True


def in_quotation(state: ArticleState, char: int) -> bool:
    """Whether ``char`` lies between the quote marks of one of the article's quotations
    (the extractor's, ``doc._.dixit_quotes``: sorted, never overlapping), whether or not a
    statement was found for it: "Arouna X est un attaquant important" in a coach's words
    speaks of the player."""
    quotes = (
        getattr(state.doc._, "dixit_quotes", None)
        if state.doc.has_extension("dixit_quotes")
        else None
    )
    if quotes is None:
        # A Doc the extractor did not process: the same quotations, found on the text.
        quotes = text_quotations(state.text, state.lang)
    at = bisect.bisect_right(quotes, char, key=lambda q: q.start) - 1
    return at >= 0 and quotes[at].start <= char < quotes[at].end


@lru_cache(maxsize=8)
def text_quotations(text: str, language: str) -> list[Quote]:
    """The quotations of a text, as the extractor finds them (asked again for each
    description of one article: kept for the last few texts)."""
    return find_quotes(text, language)


def fits(
    state: ArticleState, entity: Entity | None, candidates: set[str], words: list[str]
) -> TypeGuard[Entity]:
    """Whether a person a context rule proposes may be the description: among the people
    its words bind, if any, and not called by a noun of another function."""
    if entity is None or (candidates and entity.id not in candidates):
        return False
    return not other_function(state, entity.id, words)


def office_synonym_holder(
    state: ArticleState,
    words: list[str],
    start: int,
    gender: str | None,
    near: list[Binding],
    st: Statement,
) -> Entity | None:
    """ "L'entraîneur du club, Marc X, … « … », a expliqué le technicien": the press
    names one office by several nouns (``office_synonyms``); a description nothing binds
    takes up the one agreeing person bound before it by a noun of the same office. A
    description naming its own body ("le technicien de Valbrune") must find that body in
    the binding, and two people of that office is no answer."""
    head = next(
        (h for h in state.lex.office_synonyms if tuple(words[: len(h)]) == h),
        None,
    )
    if head is None:
        return None
    span = state.span(start, st.speaker_mention_span[1]) if st.speaker_mention_span else None
    named = [
        normalise_name(t.text)
        for t in span or ()
        if t.text[:1].isupper() and t.idx > start and not t.is_sent_start
    ]
    people: set[str] = set()
    for binding in near:
        if binding.start >= start:
            continue
        bound = next(
            (h for h in state.lex.office_synonyms[head] if tuple(binding.words[: len(h)]) == h),
            None,
        )
        if bound is None or not all(
            any(_same_words([w], [b]) for b in binding.words) for w in named
        ):
            continue
        entity = state.entities[binding.entity]
        if entity.type == "person" and compatible(entity, gender, "sing"):
            people.add(entity.id)
    if len(people) != 1:
        return None
    return state.entities[people.pop()]


#: a capitalised title written before a name: "U.S. District Judge", "Prime Minister"
_TITLE_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,4})$")


def titled_person(
    state: ArticleState, words: list[str], start: int, gender: str | None
) -> Entity | None:
    """ "U.S. District Judge Ann X said … « … », the judge said": in a language that writes
    offices with capitals before names and ends its compounds on their head (``head_last``),
    a definite description takes up the one person the article named after a title ending
    with its words. Two such people, or none: not this rule's."""
    if not state.lex.head_last:
        return None
    people: set[str] = set()
    for ref in state.refs_between(max(0, start - LOOKBACK_CHARS), start):
        entity = state.entities[ref.entity]
        if entity.type != "person" or not compatible(entity, gender, "sing"):
            continue
        found = _TITLE_BEFORE.search(state.text, max(0, ref.start - 60), ref.start)
        if found is None:
            continue
        title = normalise_name(found.group(1)).split()
        if len(title) >= len(words) and _same_words(title[-len(words) :], words):
            people.add(entity.id)
    return state.entities[people.pop()] if len(people) == 1 else None


def resumed_speaker(
    state: ArticleState,
    start: int,
    gender: str | None,
    previous: Statement | None,
    st: Statement,
) -> Entity | None:
    """ "« … » a rappelé Jean X. « … » continue l'élu": a verb that goes on with words said
    just before ("continuer", "poursuivre", "ajouter", "insister") gives a description
    nothing binds to the person who said them, when that person agrees and spoke in the
    same or the previous paragraph. None otherwise."""
    if (st.cue_lemma or "") not in state.lex.resuming_cues:
        return None
    if previous is None or previous.speaker is None or previous.speaker.type != "person":
        return None
    if state.para_of(start) - state.para_of(anchor(previous)) > 1:
        return None
    entity = state.entities.get(previous.speaker.id)
    if entity is None or not compatible(entity, gender, "sing"):
        return None
    return entity


def introduced_subject(
    state: ArticleState, start: int, gender: str | None, st: Statement
) -> Entity | None:
    """ "Son capitaine, Yanis Ferhat, s'est montré plus sévère. « … », a lâché le milieu
    de terrain": a definite description takes up the person the same paragraph has just
    made the subject of a main clause (outside quotes and reported content), rather than
    the article's most salient person."""
    if in_title(state, st, start):
        return None
    para_index = state.para_of(start)
    para = state.para_starts[para_index]
    sent = state.sent_of(start)
    own = st.content_span
    found = main_subject_between(state, para, start, sent, own)
    if found is None and para_index > 1 and quote_opens_paragraph(state, own, para):
        # "Pour sa part, Me X s'étonne.¶« … », s'est questionné l'avocat": a quote opening
        # its paragraph takes up the subject the paragraph before ended on.
        found = main_subject_between(state, state.para_starts[para_index - 1], para, sent, own)
    if found is None:
        return None
    entity = state.entities[found.entity]
    if entity.type == "person" and compatible(entity, gender, "sing"):
        return entity
    return None


def quote_opens_paragraph(state: ArticleState, own: tuple[int, int], para: int) -> bool:
    """Whether a statement's words open their paragraph, after at most a quote mark."""
    return own[0] >= para and not state.text[para : own[0]].strip(' «“"\u00a0\u202f')


def main_subject_between(
    state: ArticleState, lo: int, hi: int, sent: int, own: tuple[int, int]
) -> Ref | None:
    """The last subject of a main clause of the narration between ``lo`` and ``hi``, before
    sentence ``sent`` (outside quotes and reported content, and outside ``own``)."""
    for ref in reversed(state.refs_between(lo, hi)):
        if ref.sent >= sent or ref.quoted or own[0] <= ref.start < own[1]:
            continue
        if not ref.main or state.inside(ref.start, state.contents):
            continue
        if in_quotation(state, ref.start):
            continue  # a subject in someone's words, not the narration's
        return ref
    return None


def in_title(state: ArticleState, st: Statement, start: int) -> bool:
    """Whether a mention sits in the headline, which names people introduced below it."""
    if st.method == "headline-subject":
        return True
    return state.opens_on_headline and state.para_of(start) == 0


def salient_person(
    state: ArticleState,
    start: int,
    gender: str | None,
    previous: Statement | None,
    st: Statement,
    among: set[str],
    words: list[str] | None = None,
) -> Resolution:
    """The person a definite description most likely takes up: the agreeing person the
    article has made most salient so far (mentions, twice for a subject, once more for
    the previous speaker). Descriptions name the story's main actors, who are not always
    the last speaker ("la joueuse" after her opponent's reply). A headline names people
    the article introduces below it: all of it is context. So does the opening paragraph
    of a text stored without its headline, but only when it names nobody before the
    description ("La mairesse a affirmé …" opening the page): a person it has just named
    ("un échange entre X et le maire. Le chef de l'opposition a contesté …") comes first."""
    if in_title(state, st, start):
        return salient_within(
            state, start, start + LOOKBACK_CHARS, previous, st, among, words, gender
        )
    opening = len(state.para_starts) > 1 and state.para_of(start) == 0
    # In the opening paragraph, a name only written between quotation marks ('a "crié
    # X"') is no actor who was named before the description.
    found = salient_within(state, start, start, previous, st, among, words, gender, opening)
    if found.entity is None and opening:
        return salient_within(
            state, start, start + LOOKBACK_CHARS, previous, st, among, words, gender
        )
    return found


def salient_within(
    state: ArticleState,
    start: int,
    horizon: int,
    previous: Statement | None,
    st: Statement,
    among: set[str],
    words: list[str] | None,
    gender: str | None,
    narrated: bool = False,
) -> Resolution:
    """``salient_person`` over the references before ``horizon`` (``narrated``: only those
    outside quotation marks)."""
    own = st.content_span
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    excluded: dict[str, bool] = {}
    acted: set[str] = set()
    for ref in state.refs_between(start - LOOKBACK_CHARS, horizon):
        if ref.start >= horizon or own[0] <= ref.start < own[1] or ref.quoted:
            continue
        if narrated and in_quotation(state, ref.start):
            continue
        entity = state.entities[ref.entity]
        if entity.type != "person" or (among and entity.id not in among):
            continue
        if ref.start > start and related_to_someone(state, ref):
            # "… », a répondu le conseiller fédéral. … Son collègue X a fait savoir": a person
            # the headline's lead introduces as someone's relation is someone else.
            continue
        if entity.id not in excluded:
            excluded[entity.id] = other_function(state, entity.id, words)
        if excluded[entity.id]:
            continue
        if compatible(entity, gender, "sing"):
            # The subject of what someone reports ("X a rappelé que ses collègues … avaient
            # réagi") is spoken about: a mention there, not the story's actor.
            actor = ref.subject and not state.inside(ref.start, state.contents)
            counts[entity.id] += 2 if actor else 1
            if actor:
                acted.add(entity.id)
            last[entity.id] = ref.start
    if previous is not None and previous.speaker is not None:
        near = state.para_of(start) - state.para_of(anchor(previous)) <= PRONOUN_PARAGRAPH_WINDOW
        if near and contrasted(state, words, previous):
            # "« … », a lancé l'actrice. « … », a bredouillé l'humoriste": another epithet
            # right after is another person.
            counts.pop(previous.speaker.id, None)
        elif near and previous.speaker.id in counts:
            counts[previous.speaker.id] += 1
    if words and spokesperson_words(state, words):
        # "a ajouté le porte-parole de la police": a spokesperson is someone who acts or
        # speaks in the story, not a person only named in passing ("un été sans X").
        spoke = {s.speaker.id for s in state.statements if s.speaker and anchor(s) < start}
        counts = Counter({e: n for e, n in counts.items() if e in acted or e in spoke})
    narrated = {e for e in counts if not content_only(state, e, start)}
    if narrated:
        # "« … », a lancé l'actrice" after "le film réalisé par Claire X" in what someone
        # else said: people the narration names come before people only spoken about.
        counts = Counter({e: n for e, n in counts.items() if e in narrated})
    if gender == "fem":
        # "le roman de Tobias X … le roman de Claire Y. La romancière s'est dite ravie": a
        # feminine form never names a man, so a person known as a woman comes before one
        # only named in passing whose gender the article never showed (a person the
        # narration made a subject may be a woman with a first name no list holds).
        women = {e for e in counts if sure_gender(state.entities[e], gender)}
        if women:
            counts = Counter({e: n for e, n in counts.items() if e in women or e in acted})
    if not counts:
        return UNRESOLVED
    best = max(counts, key=lambda e: (counts[e], last[e]))
    sure = len(counts) == 1 or sorted(counts.values())[-2] < counts[best]
    return Resolution(state.entities[best], SpeakerMethod.DESCRIPTION, 0.45 if sure else 0.35)


#: Dependency steps from a name up to the noun it is in apposition to ("Son collègue et
#: camarade de parti X": X, "camarade", "collègue").
RELATION_STEPS = 3


def related_to_someone(state: ArticleState, ref: Ref) -> bool:
    """Whether the name at ``ref`` is in apposition to a noun with a possessive ("Son
    collègue X", "sa porte-parole, Y"): the person is introduced as someone's relation."""
    span = state.span(ref.start, ref.end)
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(RELATION_STEPS):
        if tok.dep_ not in {"appos", "flat:name", "conj", "nmod"} or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and any(
            c.dep_ == "det" and normalise_name(c.text) in state.lex.possessives
            for c in tok.children
        ):
            return True
    return False


def other_function(state: ArticleState, entity_id: str, words: list[str] | None) -> bool:
    """Whether the article has called a person by a noun of another function than the
    description's ("la procureure" and "la maire de la commune, X"; "le frère aîné de la
    victime" and "son avocat, Y"): then the description is someone else. A description of
    no distinct function ("le responsable"), or a person the article never so described,
    is no contrast. A description of a party's person ("le chef solidaire", "le chef de la
    CAQ") is not a person the article tied to another party (``other_party``)."""
    if words and other_party(state, entity_id, words):
        return True
    if words and bench_and_dock(state, entity_id, words):
        return True
    group = state.lex.office_group(words or ())
    if group is None:
        return bool(words) and head_apart(state, entity_id, words)
    if words and another_holding(state, entity_id, words, group):
        return True
    profile = describe_profile(state, entity_id)
    if profile.offices and group not in profile.offices:
        return True
    if not profile.offices and profile.headed and state.lex.apart_from_heads(group):
        # "le ministre" after "le président X": the head of a state or a body is not who an
        # office no head holds besides describes.
        return True
    if not spokesperson_words(state, words or ()):
        return False
    # "le porte-parole" speaks for someone else: not a person the article described by
    # another office ("le président du groupe X"), unless also as a spokesperson.
    return profile.described and not profile.spokesperson


def head_apart(state: ArticleState, entity_id: str, words: list[str]) -> bool:
    """Whether a head's title ("le président", "la directrice") describes a person the
    article has called only by an office no head holds besides ("le ministre X")."""
    if not state.lex.head_title(words):
        return False
    profile = describe_profile(state, entity_id)
    return not profile.headed and any(state.lex.apart_from_heads(g) for g in profile.offices)


def another_holding(state: ArticleState, entity_id: str, words: list[str], group: int) -> bool:
    """Whether a description names another holding of the office the article gave a
    person: a past one ("l'ancien maire du Plateau" for the sitting "mairesse de Valmont,
    X") or one of another place ("le maire de Bellerive" for "le maire de Valmont, X")."""
    former = words[0] in state.lex.former_markers
    place = office_place(state, words)
    for binding in state.bindings_of(entity_id):
        bound = list(binding.words)
        if state.lex.office_group(bound) != group:
            continue
        if former and bound[0] not in state.lex.former_markers:
            return True
        other = office_place(state, bound)
        if place and other and not (_is_prefix(place, other) or _is_prefix(other, place)):
            # "de l'Économie" and "de l'Économie et des Finances" are one portfolio.
            return True
    return False


def _is_prefix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return long[: len(short)] == short


def office_place(state: ArticleState, words: list[str]) -> tuple[str, ...]:
    """The named place or body an office's complement gives ("maire de Valmont" ->
    "valmont"); empty when there is none or it is a common noun ("de la commune")."""
    lex = state.lex
    for skip in (0, 1):
        rest = tuple(words[skip:])
        for n in range(min(len(rest), 4), 0, -1):
            if rest[:n] not in lex.office_groups:
                continue
            if rest[n : n + 1] not in {("de",), ("du",), ("des",), ("d'",)}:
                return ()
            after, _ = lex.strip_determiners(list(rest[n + 1 :]))
            if not after or after[0] in lex.place_nouns:
                return ()
            return tuple(after)
    return ()


def bench_and_dock(state: ArticleState, entity_id: str, words: list[str]) -> bool:
    """Whether a court report's description and a person's title are two sides of the
    hearing: "le prévenu" (``tried_parties``) is never a person titled as an officer of the
    court ("le président X", "Maître Y": a ``court_titles`` word right before the name, or
    bound alone; "le président du club" is no judge), and "la présidente" is never the
    person the article called "l'accusé"."""
    lex = state.lex
    tried = any(w in lex.tried_parties for w in words[:2])
    bench = len(words) == 1 and words[0] in lex.court_titles
    if not (tried or bench):
        return False
    for binding in state.bindings_of(entity_id):
        bound = binding.words
        if tried and len(bound) == 1 and bound[0] in lex.court_titles:
            return True
        if bench and any(w in lex.tried_parties for w in bound[:2]):
            return True
    if not tried:
        return False
    # "Le président Marchand": a surname alone is bound when its mention is read, which
    # may come after the description; the title written before any of its mentions says it.
    for ref in state.refs_between(0, len(state.text)):
        if ref.entity != entity_id:
            continue
        before = normalise_name(state.text[max(0, ref.start - 30) : ref.start]).split()
        if before and before[-1] in lex.court_titles:
            return True
    return False


def describe_profile(state: ArticleState, entity_id: str) -> DescribeProfile:
    """The entity's ``DescribeProfile``, rebuilt only when it gains a binding: asked for
    every earlier reference of every description, it must not rescan the article."""
    bound = state.bindings_of(entity_id)
    known = state.profiles.get(entity_id)
    if known is not None and known[0] == len(bound):
        return known[1]
    # Bindings are only ever added: fold the new ones into what is known.
    done, before = known if known is not None else (0, registry_profile(state, entity_id))
    new = bound[done:]
    offices = {state.lex.office_group(b.words) for b in new}
    profile = DescribeProfile(
        offices=before.offices | frozenset(o for o in offices if o is not None),
        described=before.described or any(state.lex.description_head(list(b.words)) for b in new),
        spokesperson=before.spokesperson
        or any(spokesperson_words(state, b.words, anywhere=True) for b in new),
        headed=before.headed or any(state.lex.head_title(b.words) for b in new),
    )
    state.profiles[entity_id] = (len(bound), profile)
    return profile


def registry_profile(state: ArticleState, entity_id: str) -> DescribeProfile:
    """What the registry says of a person's function on the article's day: the office groups
    and heads' titles of the offices they hold then ("ministre de l'Intérieur"), so that
    "le procureur" in a headline is not the minister the lead names, even before the
    article describes him."""
    entity = state.entities.get(entity_id)
    if entity is None or entity.entry is None or entity.type != "person":
        return DescribeProfile(frozenset(), False, False)
    offices: set[int] = set()
    headed = False
    for role in entity.entry.roles:
        office = state.registry.offices.get(role.office)
        if office is None or (state.day is not None and not role.holds_on(state.day)):
            continue
        for label in office.all_labels(state.lang):
            words = normalise_name(label).split()
            group = state.lex.office_group(words)
            if group is not None:
                offices.add(group)
            headed = headed or state.lex.head_title(words)
    return DescribeProfile(frozenset(offices), False, False, headed)


def spokesperson_words(state: ArticleState, words: Iterable[str], anywhere: bool = False) -> bool:
    """Whether description words open with a spokesperson's noun ("porte-parole"), or hold
    one anywhere ("secrétaire d'État et porte-parole du gouvernement")."""
    words = list(words)
    starts = range(len(words)) if anywhere else range(1)
    return any(
        " ".join(words[i : i + n]) in state.lex.spokesperson_heads for i in starts for n in (1, 2)
    )


def contrasted(state: ArticleState, words: list[str] | None, previous: Statement) -> bool:
    """Whether a description follows the previous statement's description of another head
    ("l'actrice" then "l'humoriste"): copy that alternates epithets in a dialogue names
    two people, so the previous speaker is not this one. Nouns of one office
    (``office_synonyms``) and the same noun are no contrast."""
    if not words or previous.speaker_method != SpeakerMethod.DESCRIPTION:
        return False
    if words[0] in state.lex.plain_person_nouns:
        return False  # "l'homme de 47 ans" says no function: no other person
    if words[0] in state.lex.generic_office_nouns:
        return False  # "la maire" then "l'élue": the same office said more loosely
    if previous.speaker is None or previous.speaker.type != "person":
        return False
    before, _ = state.lex.strip_determiners(
        normalise_name(core_phrase(previous.speaker_mention or "", state.lex)).split()
    )
    if not before:
        return False
    if _same_words(before[:1], words[:1]):
        return False
    same_office = state.lex.office_synonyms.get((words[0],), frozenset())
    # "le ministre flamand X … a commenté le chef de file du parti. Le ministre flamand …":
    # the previous speaker was introduced by the description's own noun, and is no other
    # person for an epithet said in between.
    introduced = {b.words[0] for b in state.bindings_of(previous.speaker.id) if b.words}
    if words[0] in introduced or any((noun,) in same_office for noun in introduced):
        return False
    return (before[0],) not in same_office


def resolve_counterpart(
    state: ArticleState, words: list[str], start: int, previous: Statement | None
) -> Resolution:
    """ "son homologue ukrainien": the same office as the possessor's, in the other country.

    The possessor is the previous statement's speaker, else the last subject before; its
    office (from this article's appositions or the registry) gives the head ("président"),
    the mention gives the country ("ukrainien").
    """
    qualifiers = words[1:]
    if not qualifiers:
        return UNRESOLVED
    possessor = None
    if previous is not None and previous.speaker is not None:
        possessor = previous.speaker.id
    else:
        subjects = [r for r in state.refs_between(start - LOOKBACK_CHARS, start) if r.subject]
        possessor = subjects[-1].entity if subjects else None
    if possessor is None:
        return UNRESOLVED
    heads: list[tuple[str, ...]] = [
        b.words[:1] for b in state.bindings if b.entity == possessor and b.words
    ]
    for office in state.registry.roles_of(possessor, state.day):
        for label in office.all_labels(state.lang):
            label_words = tuple(normalise_name(label).split())
            if label_words:
                heads.append(label_words[:1])
    for head in dict.fromkeys(heads):
        wanted = [*head, *qualifiers]
        near = state.bindings_between(start - LOOKBACK_CHARS, start + LOOKBACK_CHARS)
        exact = [b for b in near if _same_words(wanted, b.words)]
        chosen = _latest_before(exact, start) or (exact[0] if exact else None)
        if chosen is not None and chosen.entity != possessor:
            return Resolution(state.entities[chosen.entity], SpeakerMethod.DESCRIPTION, 0.7)
        entry = state.registry.role_holder(" ".join(wanted), state.day)
        if entry is not None and entry.id != possessor:
            return Resolution(state.entity_for_entry(entry), SpeakerMethod.ROLE, 0.65)
    return UNRESOLVED


def head_gender(state: ArticleState, tokens: list[Token]) -> str | None:
    """The gender of a description's head noun when its determiner shows none: a feminine
    ending says so ("l'actrice", "l'avocate"); nothing else does, since the tagger gives
    epicene nouns a gender of its own ("l'archéologue" is not masculine)."""
    for tok in tokens:
        if normalise_name(tok.text) in state.lex.determiners:
            continue
        if tok.pos_ == "NOUN":
            word = normalise_name(tok.text)
            if not word.split():
                continue  # a symbol the tagger read as a noun: no word to read
            if word.endswith(state.lex.feminine_suffixes):
                return "fem"
            return "masc" if marked_masculine(state, word.split()[-1]) else None
        if tok.pos_ != "ADJ":
            return None
    return None


def marked_masculine(state: ArticleState, word: str) -> bool:
    """Whether a listed head is the masculine of a listed feminine formed by an ending the
    press always uses for a woman (``feminine_endings``: "l'ex-candidat", not
    "l'ex-candidate"): such a head says a man, as "le" would."""
    heads = set(state.lex.description_heads)
    if (word,) not in heads:
        return False
    return any(
        word.endswith(masc) and (word[: len(word) - len(masc)] + fem,) in heads
        for masc, fem in state.lex.feminine_endings.items()
    )


def resolve(mention: Mention, state: ArticleState) -> Resolution | None:
    """A mention whose head names a person ("le magistrat", "son homologue ukrainien")."""
    # "le DDSP": an office in capitals is the description it stands for.
    words = office_words(state, mention.core) or mention.words
    if words[0] not in state.lex.counterpart_heads and not person_noun(
        state, words, mention.tokens
    ):
        return bound_qualifier(state, mention) or pointed_back(state, mention)
    definite = bool(mention.core_raw) and mention.core_raw[0] in state.lex.definite
    definite = definite or bare_office_opening(state, mention.tokens)
    if definite and words[0] in state.lex.political_families:
        # "a insisté le républicain": the one person the article described with the word,
        # and nobody when it described two ("le sénateur républicain X … comme le sénateur
        # républicain Y").
        described = qualified_people(state, mention, words[0])
        if len(described) == 1:
            return Resolution(described[0], SpeakerMethod.DESCRIPTION, 0.6)
        if len(described) > 1:
            return UNRESOLVED
    found = resolve_description(
        state,
        words,
        mention.start,
        mention.det_gender or head_gender(state, mention.tokens),
        mention.previous,
        definite,
        mention.statement,
    )
    if found.entity is not None and found.entity.id in complement_people(state, mention):
        # "ce proche de X", "la fille de X": the person the description is related to is
        # someone else than the person it describes.
        return UNRESOLVED
    remember_function(state, mention, found)
    return found


def complement_people(state: ArticleState, mention: Mention) -> set[str]:
    """The people a description names in its own words ("le proche de X": X)."""
    span = mention.statement.speaker_mention_span
    if span is None:
        return set()
    return {ref.entity for ref in state.refs_between(span[0], span[1]) if ref.start > span[0]}


def remember_function(state: ArticleState, mention: Mention, found: Resolution) -> None:
    """ "« … », a assuré la prévenue. La procureure a requis …": a description of a distinct
    function (``office_group``) the context gave to a person is that person's function from
    then on, so that a description of another function later is someone else. Kept as a
    binding of the person, once per function."""
    entity = found.entity
    if entity is None or entity.type != "person" or found.method != SpeakerMethod.DESCRIPTION:
        return
    group = state.lex.office_group(mention.words)
    if group is None or any(w in state.lex.kinship_heads for w in mention.words[:2]):
        return
    if group in describe_profile(state, entity.id).offices:
        return
    state.add_binding(Binding(mention.start, tuple(mention.words), entity.id))


def bare_office_opening(state: ArticleState, tokens: list[Token]) -> bool:
    """ "Prime Minister tries to head off a challenge": a standfirst's office written in
    capitals with no article, opening its sentence, reads as "the Prime Minister" in a
    language that writes offices with capitals (running copy puts a name after such an
    office, or an article before it)."""
    if not state.lex.capitalised_offices or not tokens:
        return False
    if not opens_sentence(state, tokens[0]):
        return False
    return all(t.text[:1].isupper() for t in tokens if t.is_alpha)


def resolve_apposed(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Le procureur de Valbrune, Armand X, précise … Le procureur de Valbrune ajoute": a
    definite description the article has already set in apposition to a person is that
    person, before any rule reads its words as a body's name (a title such as "procureur de
    la République" also names an office the article may leave unnamed). The latest such
    binding before the mention wins; a body so bound is left to the other rules."""
    words, core_raw = mention.words, mention.core_raw
    if not words or not core_raw or core_raw[0] not in state.lex.definite:
        return None
    near = state.bindings_between(mention.start - LOOKBACK_CHARS, mention.start - 1)
    said = tuple(words)
    exact = [b for b in near if _same_word_tuples(said, b.words)]
    if not exact:
        return None
    chosen = max(exact, key=lambda b: b.start)
    entity = state.entities[chosen.entity]
    if entity.type != "person":
        return None
    return Resolution(entity, SpeakerMethod.DESCRIPTION, 0.85)


def resolve_age(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "The 54-year-old added …": the one person the article gave that age, as a number
    set off after the name ("Dale X, 54, a farmer"). The age words are ``age_words`` in
    ``speakers.yaml`` ("year old"); another age, or two people of that age: not this rule's."""
    words, age = mention.words, state.lex.age_words
    if not age or len(words) != len(age) + 1 or tuple(words[1:]) != age:
        return None
    if not words[0].isdigit():
        return None
    written = re.compile(rf"\s*,\s*{words[0]}\s*[,.;)]")
    people = {
        ref.entity
        for ref in state.refs_between(max(0, mention.start - LOOKBACK_CHARS), mention.start)
        if state.entities[ref.entity].type == "person" and written.match(state.text, ref.end)
    }
    if len(people) != 1:
        return None
    return Resolution(state.entities[people.pop()], SpeakerMethod.DESCRIPTION, 0.8)


def pointed_back(state: ArticleState, mention: Mention) -> Resolution | None:
    """ "« … », a insisté ce transfuge de la droite": a demonstrative points back at someone
    just named, whatever its noun; with a verb that goes on with the words said before, it
    is the previous speaker (``resumed_speaker``)."""
    core_raw = mention.core_raw
    if not core_raw or core_raw[0] not in state.lex.demonstratives:
        return None
    st = mention.statement
    gender = mention.det_gender or head_gender(state, mention.tokens)
    resumed = resumed_speaker(state, mention.start, gender, mention.previous, st)
    if resumed is None:
        return None
    return Resolution(resumed, SpeakerMethod.DESCRIPTION, 0.5)


def bound_qualifier(state: ArticleState, mention: Mention) -> Resolution | None:
    """ "Le sénateur républicain Tom X …« … », a insisté le républicain": a definite
    description of one word that no lexicon calls a person, used as a noun, takes up the
    one person the article described with that word ("sénateur républicain", "l'élu
    écologiste"). Two people so described, or none: not this rule's."""
    words, core_raw = mention.words, mention.core_raw
    if len(words) != 1 or not core_raw or core_raw[0] not in state.lex.definite:
        return None
    if any(t.text[:1].isupper() for t in mention.tokens[1:]):
        return None
    people = qualified_people(state, mention, words[0])
    if len(people) != 1:
        return None
    return Resolution(people[0], SpeakerMethod.DESCRIPTION, 0.6)


def qualified_people(state: ArticleState, mention: Mention, word: str) -> list[Entity]:
    """The agreeing people the article described, before the mention, with ``word`` after
    their description's head ("le sénateur républicain X" for "républicain")."""
    near = state.bindings_between(mention.start - LOOKBACK_CHARS, mention.start)
    people = {
        b.entity: state.entities[b.entity]
        for b in near
        if len(b.words) > 1
        and any(_same_words([w], [word]) for w in b.words[1:])
        and state.entities[b.entity].type == "person"
        and compatible(state.entities[b.entity], mention.det_gender, "sing")
    }
    return list(people.values())


def _same_words(a: Iterable[str], b: Iterable[str]) -> bool:
    return _same_word_tuples(tuple(a), tuple(b))


@lru_cache(maxsize=1 << 16)
def _same_word_tuples(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``_same_words``'s answer, kept: a long article asks it of the same descriptions
    for each mention (every binding in the lookback window)."""
    return len(a) == len(b) and all(
        x in inflections(y) or y in inflections(x) for x, y in zip(a, b, strict=True)
    )


def _contains_words(bigger: Iterable[str], smaller: Iterable[str]) -> bool:
    """Whether every word of ``smaller`` is in ``bigger`` and both share the same head."""
    bigger, smaller = list(bigger), list(smaller)
    if not smaller or not _same_words(bigger[:1], smaller[:1]):
        return False
    return all(any(_same_words([w], [b]) for b in bigger) for w in smaller)


def _label_prefix(words: tuple[str, ...], label: tuple[str, ...]) -> bool:
    """Whether a description of two words or more opens an office label ("premier ministre"
    of "premier ministre francais"); one word ("président") names too many offices."""
    return 2 <= len(words) < len(label) and _same_words(words, label[: len(words)])


def _latest_before(bindings: list[Binding], start: int) -> Binding | None:
    before = [b for b in bindings if b.start <= start]
    if before:
        return max(before, key=lambda b: b.start)
    after = [b for b in bindings if b.start > start]
    return min(after, key=lambda b: b.start) if after else None
