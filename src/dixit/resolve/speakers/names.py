"""Names: finding a person's name in a mention, and the person it stands for.

A mention is read as runs of capitalised words ("Mme Karoline Leavitt"), titles stripped
(with the gender they show), and a run is kept when it is a person's name rather than a body
or a place (registry, NER label, type nouns, first names). ``parse`` returns the name and the
description around it; ``person_for_name`` finds the entity (a longer name of the article,
the registry, or a new person); ``resolve`` is the rule for a mention holding a name.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Span, Token

from dixit.lang import get_language
from dixit.model import SpeakerMethod
from dixit.registry import normalise_name
from dixit.resolve.speakers.acronyms import acronyms
from dixit.resolve.speakers.descriptions import description_of
from dixit.resolve.speakers.entities import UNRESOLVED, Binding, Entity, ParsedMention, Resolution
from dixit.resolve.speakers.named_bodies import nouns_apposed_to
from dixit.resolve.speakers.phrases import (
    PERSON_LABELS,
    breaks_phrase,
    opens_sentence,
    strip_leading,
)
from dixit.resolve.speakers.state import ArticleState, Mention


def first_name_gender(state: ArticleState, name_words: list[str]) -> str | None:
    if len(name_words) < 2:
        return None
    return state.lex.first_names.get(name_words[0])


def person_for_name(state: ArticleState, name: str) -> tuple[Entity | None, SpeakerMethod, float]:
    """The entity a written name stands for, with how it was found and how sure that is.

    Order: a longer name of the same person used in this article ("Leavitt" after
    "Karoline Leavitt"), the registry (exact alias, unique surname, then fuzzy), and last a
    new person named as written. A surname shared by two people of the article is left
    unresolved rather than guessed.
    """
    name = without_nickname(name)
    unglued, glued_gender = unglued_title(state, name)
    if unglued != name:
        entity, method, confidence = person_for_name(state, unglued)
        if entity is not None and entity.type == "person":
            state.vote_gender(entity, glued_gender)
        return entity, method, confidence
    words = normalise_name(name).split()
    if not words:
        return None, SpeakerMethod.NAME, 0.0
    suffixed = suffixed_person(state, words)
    if suffixed is not None:
        return suffixed, SpeakerMethod.ALIAS, 0.85
    longer = {
        key
        for full, key in state.full_names_ending(words[-1])
        if len(full) > len(words) and full[-len(words) :] == words
    }
    if len(longer) == 1:
        return state.entities[longer.pop()], SpeakerMethod.ALIAS, 0.85
    if len(longer) > 1:
        chosen = shared_surname_holder(state, name, longer)
        if chosen is None:
            return None, SpeakerMethod.NAME, 0.0
        return chosen, SpeakerMethod.ALIAS, 0.7
    if len(words) == 1:
        full = written_in_full(state, words[0])
        if full is not None:
            entity, _, confidence = person_for_name(state, full)
            if entity is not None:
                return entity, SpeakerMethod.ALIAS, min(confidence, 0.85)
        opened = opened_full_name(state, words[0])
        if opened is not None:
            return opened, SpeakerMethod.ALIAS, 0.7
    if (
        len(words) > 1
        and words[0] in state.lex.name_particles
        and state.lex.determiners.get(words[0]) is None
    ):
        # "De Vos", "Van Acker"; a surname opening on a gendered article ("Le Goff") is
        # left to the rules that tell it from a paper's title.
        full = first_name_written_before(state, words)
        if full is not None:
            entity, _, confidence = person_for_name(state, full)
            if entity is not None:
                return entity, SpeakerMethod.ALIAS, min(confidence, 0.85)
    misspelt = misspelt_surname(state, words)
    if misspelt is not None:
        return misspelt, SpeakerMethod.ALIAS, 0.75
    exact = state.registry.candidates(name)
    if len(exact) == 1:
        entry = exact[0]
        same = normalise_name(entry.name_in(state.lang)) == " ".join(words)
        method = SpeakerMethod.NAME if same else SpeakerMethod.ALIAS
        return state.entity_for_entry(entry), method, 0.95 if same else 0.9
    if len(exact) > 1:
        return None, SpeakerMethod.NAME, 0.0
    if len(words) == 1 or words[0] in state.lex.name_particles:
        by_surname = state.registry.by_surname(name)
        if len(by_surname) == 1:
            return state.entity_for_entry(by_surname[0]), SpeakerMethod.ALIAS, 0.8
    fuzzy = state.registry.fuzzy_lookup(name)
    if fuzzy is not None:
        return state.entity_for_entry(fuzzy), SpeakerMethod.ALIAS, 0.8
    variant = spelling_variant(state, words)
    if variant is not None:
        return variant, SpeakerMethod.ALIAS, 0.8
    entity = state.new_entity(with_initial_stop(state, " ".join(name.split())), "person")
    state.vote_gender(entity, first_name_gender(state, words))
    return entity, SpeakerMethod.NAME, 0.9 if len(words) > 1 else 0.6


def with_initial_stop(state: ArticleState, name: str) -> str:
    """ "Odile T." for "Odile T": a surname the copy cuts to its initial keeps the full stop
    the article writes after it (the stop is part of the abbreviation, not the sentence's)."""
    last = name.rsplit(" ", 1)[-1]
    if " " not in name or len(last) != 1 or not last.isupper():
        return name
    return name + "." if name + "." in state.text else name


def opened_full_name(state: ArticleState, word: str) -> Entity | None:
    """ "Lina a raconté …" after "Lina Ferrand": a known first name written alone, which no
    full name of the article ends with, is the one person whose full name opens with it
    (feature copy names a person by the first name once introduced). Two such people, or
    none, and the first name stays a name of its own."""
    if word not in state.lex.first_names or state.full_names_ending(word):
        return None
    people = {key for full, key in state.full_names if len(full) > 1 and full[0] == word}
    return state.entities[people.pop()] if len(people) == 1 else None


def generational_suffix(state: ArticleState, last: int) -> Token | None:
    """The word right after a name's last token ``last`` that tells a father from his son
    ("Paul X fils, lors de …", "Jean X père"), when there is one: it belongs to the person's
    canonical name. Followed by a complement ("X, père de trois enfants", "X père de
    famille") it is a description, not part of the name."""
    doc = state.doc
    i = last + 1
    if not state.lex.generational_suffixes or i >= len(doc) or not joined(doc[last]):
        return None
    tok = doc[i]
    if tok.text[:1].isupper() or normalise_name(tok.text) not in state.lex.generational_suffixes:
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if (
        nxt is not None
        and joined(tok)
        and (nxt.pos_ == "ADP" or normalise_name(nxt.text) in state.lex.partitives)
    ):
        return None
    return tok


def suffixed_person(state: ArticleState, words: list[str]) -> Entity | None:
    """The one person of the article whose full name is ``words`` and a generational suffix
    ("Paul X" and "M. X" are "Paul X fils" when the article writes him so); with a father
    and a son both written so, none: the name alone does not tell them apart."""
    if not state.lex.generational_suffixes:
        return None
    found = set()
    for full, key in state.full_names_ending(words[-1]):
        entity = state.entities.get(key)
        if full != words or entity is None:
            continue
        own = normalise_name(entity.name).split()
        if len(own) == len(words) + 1 and own[-1] in state.lex.generational_suffixes:
            found.add(key)
    return state.entities[found.pop()] if len(found) == 1 else None


#: A nickname between quote marks inside a name ("J.R. “Rusty” Norman").
#: A short title glued to the name by its dot: "M.Petrov".
_GLUED_TITLE = re.compile(r"^([^\W\d_]{1,5})\.(?=[^\W\d_]{2})")
_NICKNAME = re.compile(r"\s*[“\"«‹][^“”\"«»‹›]{1,30}[”\"»›]\s*")


def shared_surname_holder(state: ArticleState, name: str, keys: set[str]) -> Entity | None:
    """Who a surname shared by several people of the article stands for, in languages whose
    press writes the others in full (``shared_surname_registry``): the one person the
    registry knows by that surname ("Trump" is Donald Trump beside Ivanka Trump). Two people
    nobody knows by it stay unresolved ("Mr Okafor" after Stephen and Martin Okafor)."""
    if not state.lex.shared_surname_registry:
        return None
    known = [entry for entry in state.registry.candidates(name) if entry.id in keys]
    return state.entities[known[0].id] if len(known) == 1 else None


def unglued_title(state: ArticleState, name: str) -> tuple[str, str | None]:
    """The name without a title glued to it by its dot ("M.Petrov", "Mme.Roy": the copy
    dropped the space), and the gender that title shows. The title is no part of the
    person's name; "J.R. Norman" (initials, no title) is left as written."""
    glued = _GLUED_TITLE.match(name)
    title = normalise_name(glued.group(1)) if glued is not None else ""
    if glued is None or not name[glued.end()].isupper() or title not in state.lex.titles:
        return name, None
    return name[glued.end() :], state.lex.title_gender.get(title)


def without_nickname(name: str) -> str:
    """The name without a quoted nickname between its words: "J.R. “Rusty” Norman" is
    J.R. Norman. A name that is only quoted words is left as written."""
    stripped = _NICKNAME.sub(" ", name).strip()
    return stripped if stripped and len(stripped.split()) < len(name.split()) else name


def name_end(state: ArticleState, last: int) -> int:
    """The end (exclusive token index) of a name whose last read token is ``last``: the
    capitalised words that follow in the same sentence belong to it ("Harlem" + "Désir",
    "Bruno" + "Le Maire": after a particle even a title word is part of the name). A
    mention or a tag that cuts a name short does not cut the person's name."""
    doc = state.doc
    end = last + 1
    while end < len(doc) and joined(doc[end - 1]):
        tok = doc[end]
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if name_word(state, tok) or verb_surname(state, tok):
            end += 1
            continue
        if glued_hyphen(tok) and nxt is not None and name_word(state, nxt):
            # "France-Élaine X": a hyphenated first name the tokenizer split.
            end += 2
            continue
        particle = normalise_name(tok.text) in state.lex.name_particles
        if (
            particle
            and nxt is not None
            and joined(tok)
            and is_capitalised(nxt)
            and not function_word(state, nxt)
            and not body_noun(state, nxt)
        ):
            end += 2
            continue
        after = doc[end + 2] if end + 2 < len(doc) else None
        if (
            particle
            and nxt is not None
            and after is not None
            and joined(tok)
            and joined(nxt)
            and is_capitalised(nxt)
            and normalise_name(nxt.text) in state.lex.name_particles
            and name_word(state, after)
        ):
            # "Louis de La Tour": a particle, a capitalised particle, then the name.
            end += 3
            continue
        break
    return end


def body_noun(state: ArticleState, tok: Token) -> bool:
    """ "Paul X du Parti vallonnais": a capitalised noun of a kind of body after a particle
    opens the complement that says whose member the person is, never a surname."""
    word = normalise_name(tok.text)
    return word in state.lex.type_heads or state.lex.organisation_head([word])


def verb_surname(state: ArticleState, tok: Token) -> bool:
    """ "Claude Jugé", "Marie Aimé": a capitalised word inside a sentence, right after a known
    first name, is a surname even when the tagger reads it as a verb."""
    doc = state.doc
    if tok.i == 0 or tok.pos_ not in {"VERB", "AUX"} or not is_capitalised(tok):
        return False
    first = doc[tok.i - 1]
    return normalise_name(first.text) in state.lex.first_names and not opens_sentence(state, tok)


def glued_hyphen(tok: Token) -> bool:
    """Whether ``tok`` is a hyphen written between two words with no space ("France-Élaine"
    split in three by the tokenizer), after a word written as a name (a capital, then
    lower case: "D-Ohio" is a party and a state): the words are one."""
    doc = tok.doc
    if tok.text not in _HYPHENS or tok.whitespace_ or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before = doc[tok.i - 1]
    word = before.text
    return not before.whitespace_ and len(word) > 1 and word[0].isupper() and word[1:].islower()


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def joined(tok: Token) -> bool:
    """Whether the next token may continue a name after ``tok``: no punctuation or line
    break between (the parser's sentence starts are not trusted: it cuts "Bruno | Le Maire")."""
    return not (tok.is_punct or tok.is_space or "\n" in tok.whitespace_)


def name_start(state: ArticleState, first: int) -> int:
    """The start of a name whose first read token is ``first``: proper nouns written right
    before it ("Esmaeil" before "Baqaei"), titles and sentence openers excluded."""
    doc = state.doc
    start = first
    while start > 0:
        tok = doc[start - 1]
        if glued_hyphen(tok):
            if hyphen_start(state, start) == start:
                break
            start -= 2
            continue
        if not joined(tok) or tok.i in state.openers:
            break
        proper = tok.pos_ == "PROPN" or tok.ent_type_ in PERSON_LABELS
        if not (proper and name_word(state, tok)):
            break
        start -= 1
    return start


def hyphen_start(state: ArticleState, first: int) -> int:
    """The start of a name whose first read token ``first`` is the second half of a
    hyphenated first name the tokenizer split ("France-|Élaine X", the tagger reading
    "France" as a place): the proper noun glued before the hyphen. ``first`` otherwise."""
    doc = state.doc
    if first < 2 or not glued_hyphen(doc[first - 1]):
        return first
    tok = doc[first - 2]
    return first - 2 if tok.pos_ == "PROPN" and name_word(state, tok) else first


def name_word(state: ArticleState, tok: Token) -> bool:
    """A capitalised word that may be part of a person's name (no title, no function word)."""
    return (
        is_capitalised(tok)
        and not function_word(state, tok)
        and normalise_name(tok.text) not in state.lex.titles
        and tok.text[:1] not in {"«", "“", '"'}
    )


def written_in_full(state: ArticleState, word: str) -> str | None:
    """The one longer name the article writes around a lone name: "Baqaei" is "Esmaeil
    Baqaei" and "M. Zhao" is "Zhao Lijian" when the article writes them so, and nothing
    else around that word. Asked once per word: the answer is the whole article's."""
    if word not in state.longer_names:
        state.longer_names[word] = _longer_name(state, word)
    return state.longer_names[word]


def first_name_written_before(state: ArticleState, words: list[str]) -> str | None:
    """The one full name the article writes with a surname that opens on a particle ("Mme
    De Smet" after "la ministre des Transports Annelies De Smet", whose long office the
    tagger read as one body with her first name): the surname written right after a
    known first name or a proper noun of a name, nothing but a space between them. None
    when no first name or two different ones are written before it."""
    found: dict[str, str] = {}
    doc = state.doc
    for i in state.word_positions(words[0]):
        end = i + len(words)
        if i < 1 or end > len(doc) or normalise_name(doc[i:end].text).split() != words:
            continue
        before = doc[i - 1]
        if not (is_capitalised(before) and joined(before)):
            continue
        if particle_first_name(state, doc[i], len(words)):
            # "la N-VA Ben Weyts": a particle that is also a first name opens the name.
            continue
        known = normalise_name(before.text) in state.lex.first_names
        if not (known or (before.pos_ == "PROPN" and name_word(state, before))):
            continue
        span = doc[i - 1 : end]
        found.setdefault(normalise_name(span.text), span.text)
    return next(iter(found.values())) if len(found) == 1 else None


def particle_first_name(state: ArticleState, first: Token, length: int) -> bool:
    """Whether a name of ``length`` words opening on ``first`` opens on a first name that is
    also a particle ("Ben Weyts": "ben" is both). The word is a known first name
    (``first_names``) written with a capital, the name has two words (first name and
    surname), and no first name is written right before it: "Mohammed ben Salmane" (lower
    case) and "Zine Ben Ali" (a word of a name before it, written as first names are) read
    it as a particle; "la N-VA Ben Weyts" (a body's acronym before it) does not."""
    low = normalise_name(first.text)
    if length != 2 or low not in state.lex.name_particles or low not in state.lex.first_names:
        return False
    if not first.text[:1].isupper() or first.text.isupper():
        return False
    before = first.doc[first.i - 1] if first.i > 0 else None
    return not (
        before is not None
        and joined(before)
        and before.is_alpha
        and before.text.istitle()
        and not function_word(state, before)
    )


def _longer_name(state: ArticleState, word: str) -> str | None:
    found: dict[str, str] = {}
    for i in state.word_positions(word):
        if normalise_name(state.doc[i].text) != word:
            continue
        start, end = name_start(state, i), name_end(state, i)
        if end - start < 2 or (start == i and word in state.lex.first_names):
            # "Bruno" alone is someone's first name, not the start of "Bruno X".
            continue
        start += capitalised_office_end(state, list(state.doc[start:end]))
        span = state.doc[start:end]
        found.setdefault(normalise_name(span.text), span.text)
    if len(found) > 1 and state.lex.capitalised_offices:
        # "World Health Organization Tedros Adhanom Ghebreyesus" in a caption: the words
        # before a name the article also writes alone are a body or office written before it
        # (a language that writes offices with capitals before names).
        shortest = min(found, key=len)
        if all(key.endswith(" " + shortest) for key in found if key != shortest):
            return found[shortest]
    return next(iter(found.values())) if len(found) == 1 else None


def spelling_variant(state: ArticleState, words: list[str]) -> Entity | None:
    """A person of the article whose full name differs from ``words`` by a letter or two in
    the first name ("Maud" / "Maude Bregeon"), or by a short form of it the lexicon lists
    ("Steve" / "Stephen Barclay"): one person, named as first written."""
    if len(words) < 2:
        return None
    forms = state.lex.first_name_forms
    matches = {
        key
        for full, key in state.full_names_ending(words[-1])
        if len(full) == len(words)
        and full[1:] == words[1:]
        and full[0] != words[0]
        and (
            SequenceMatcher(None, full[0], words[0]).ratio() >= 0.85
            or forms.get(full[0], full[0]) == forms.get(words[0], words[0])
        )
    }
    written = state.full_names_ending(words[-1])
    if not matches and (len(words) > 2 or any(len(full) > 2 for full, _ in written)):
        # "Jean-Bapiste X" after "Jean-Baptiste X": a compound first name (its parts are
        # words of their own) a letter away, the surname the same, and no one of the
        # article written exactly so.
        given = " ".join(words[:-1])
        if len(given) < 6 or any(full == words for full, _ in written):
            return None
        matches = {
            key
            for full, key in written
            if " ".join(full[:-1]) != given
            and Levenshtein.distance(" ".join(full[:-1]), given) == 1
        }
    return state.entities[matches.pop()] if len(matches) == 1 else None


#: The shortest surname a one-letter slip is read in: shorter names differ by a letter
#: between people ("Martin", "Martins"), long ones hardly ever do.
MISSPELT_MIN_LENGTH = 8


def misspelt_surname(state: ArticleState, words: list[str]) -> Entity | None:
    """The one person of the article whose full name ends with a long surname one letter away
    from the mention's ("Vahaezebrouck" after "Hein Vanhaezebrouck", "Hein Vahaezebrouck"),
    the rest of the name equal: copy misspells a long name, it rarely names two people whose
    long surnames differ by a letter. With the same first name, a surname of four letters
    is long enough ("Jean-Luc Marc" after "Jean-Luc Marx")."""
    last = words[-1]
    # With the first name written too ("Jean-Luc Marc" after "Jean-Luc Marx"), a shorter
    # surname is enough: the same first name and a surname a letter away is one person.
    shortest = MISSPELT_MIN_LENGTH if len(words) == 1 else MISSPELT_MIN_LENGTH // 2
    for full, key in state.full_names_ending(last):
        entity = state.entities.get(key)
        if full == words and entity is not None and normalise_name(entity.name).split() != full:
            return entity  # the scan already read this spelling as that person's
    if len(last) < shortest or state.full_names_ending(last):
        return None
    found: set[str] = set()
    # ``full_names_ending`` above indexed every full name by its last word: one look at
    # each distinct surname of the article.
    for surname, names in state.full_names_by_last.items():
        if abs(len(surname) - len(last)) > 1 or Levenshtein.distance(surname, last) != 1:
            continue
        for full, key in names:
            if len(full) < len(words) or (len(words) > 1 and len(full) != len(words)):
                continue
            if full[len(full) - len(words) : -1] == words[:-1]:
                found.add(key)
    return state.entities[found.pop()] if len(found) == 1 else None


def widened_mention(state: ArticleState, span: tuple[int, int]) -> tuple[int, int] | None:
    """A mention span that stops short of the name it introduces, widened to it.

    "prévient Météo|-France": a capitalised word glued by a hyphen goes on with the name.
    "a renchéri le troisième ligne | François Cros": a description ending in a lower-case
    noun, followed in the same clause (no punctuation between) by a person's name, is that
    name's apposition; the extractor may stop at the noun. None when nothing follows.
    """
    start, end = span
    text = state.text
    particle = _PARTICLE_TAIL.match(text, end)
    if particle is not None and normalise_name(text[start : particle.end()]) in state.lex.pronouns:
        # "Celui|-ci a fait part …": the demonstrative's particle is part of the pronoun.
        return start, particle.end()
    glued = _HYPHEN_TAIL.match(text, end)
    if glued is not None and end > start and text[end - 1].isalpha():
        return start, glued.end()
    mention = state.span(start, end)
    if mention is None or len(mention) == 0:
        # An empty or blank mention span covers no token.
        return None
    closing = closing_apposition(state, mention)
    if closing is not None:
        return start, closing
    last = mention[-1]
    titled = titles_only(state, mention)
    if titled and joined(last):
        # "a déclaré Me | Hélène Grandjean": a title is no one without the name after it.
        stop = name_end(state, last.i)
        if stop <= last.i + 1:
            return None
        return start, state.doc[stop - 1].idx + len(state.doc[stop - 1])
    if len(mention) < 2:
        return None
    if is_capitalised(last) and joined(last) and last.i + 1 < len(state.doc):
        # "la coprésidente d'Ecolo Zakia | Khattabi": the name the mention ends on goes on.
        nxt = state.doc[last.i + 1]
        stop = name_end(state, last.i)
        if is_capitalised(nxt) and name_word(state, nxt) and stop > last.i + 1:
            tagged = nxt.ent_type_ in PERSON_LABELS and last.ent_type_ in PERSON_LABELS
            if tagged or body_then_person(state, state.doc[last.i : stop]):
                return start, state.doc[stop - 1].idx + len(state.doc[stop - 1])
        return None
    if not (last.is_alpha and last.text.islower()) or not joined(last):
        return None
    if last.pos_ not in {"NOUN", "ADJ"} or normalise_name(last.text) in state.lex.pronouns:
        return None
    if any(is_capitalised(t) for t in mention[1:]):
        # A mention that holds a name already is read by ``parse``.
        return None
    stop = name_end(state, last.i)
    run = state.doc[last.i + 1 : stop]
    if not len(run) or not all(name_word(state, t) for t in run if t.is_alpha):
        return None
    # The tagger or a known first name must say it is a person ("le quotidien Libération"
    # is a body's name, left to the organisation rules).
    words = normalise_name(run.text).split()
    tagged = any(t.ent_type_ in PERSON_LABELS for t in run)
    if not tagged and not (len(words) > 1 and words[0] in state.lex.first_names):
        return None
    return start, run.end_char


def body_then_person(state: ArticleState, run: Span) -> bool:
    """ "le capitaine du Paris | FC Maxence Laurel": a run of capitalised words that opens
    on a body's name the mention ends with (no person's, for the tagger) and closes on a
    person's name of two words or more (tagged, or opening with a known first name): the
    club's or company's name is glued to the name of the person the mention describes."""
    if not len(run) or run[0].ent_type_ in PERSON_LABELS:
        return False
    for k in range(1, len(run) - 1):
        name = run[k:]
        tagged = all(t.ent_type_ in PERSON_LABELS for t in name if t.is_alpha)
        if tagged or normalise_name(name[0].text) in state.lex.first_names:
            return all(t.ent_type_ not in PERSON_LABELS for t in run[:k])
    return False


#: Between a description and the name closing its sentence: a bracket ("de la FEB (…)"),
#: then a comma.
_CLOSING_APPOSITION = re.compile(r"\s*(?:\([^()\n]{1,80}\)\s*)?,\s*")
#: What may follow the name that closes a sentence.
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.!?\n]|$)")
#: After a description of a person's (a lower-case noun), also a bracket (a party) and a
#: relative clause about the person ("…, Paul Lenoir (PLD), qui ne se dit « pas … »").
_RELATIVE_CLOSE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*qui\b")
#: Words of a description the extractor may leave out between its head and the comma
#: before the name: "le maire | non reconnu de Castelroc, Paul X".
MAX_DESCRIPTION_TAIL = 12


def description_tail_end(state: ArticleState, mention: Span) -> int:
    """Where the description a mention starts ends before a comma: past the lower-case
    words that go on with it ("non reconnu", "sortant", "de la commune voisine") and the
    place names they hold ("de Castelroc"). The mention's own end when no comma closes such
    a run within ``MAX_DESCRIPTION_TAIL`` words, or when the run holds a clause (a finite
    verb, a quotation mark, other punctuation) or a complement not opened by "de" ("à",
    "pour": the name after it may be the complement's)."""
    end = mention.end_char
    tokens = [t for t in state.doc[mention.end : mention.end + MAX_DESCRIPTION_TAIL + 1]]
    for k, tok in enumerate(tokens):
        if tok.text == ",":
            return tokens[k - 1].idx + len(tokens[k - 1]) if k else end
        if not tok.text.rstrip("'’-").isalpha():
            return end
        if tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm"):
            return end
        if tok.pos_ == "ADP" and normalise_name(tok.text) not in state.lex.partitives:
            return end  # "une lettre au maire, X": a complement of another kind
        # "de Castelroc", "de l'Action et des Comptes publics": a capitalised word after a
        # preposition, an article or another capitalised word names a place or a body.
        if is_capitalised(tok) and not (
            k and (tokens[k - 1].pos_ in {"ADP", "DET"} or is_capitalised(tokens[k - 1]))
        ):
            return end
    return end


def closing_apposition(state: ArticleState, mention: Span) -> int | None:
    """ "« … », explique l'administrateur délégué de la FEB (Fédération …), Paul Lenoir.":
    a definite description after its cue, followed by a comma and a person's name (tagged,
    or opening with a known first name) that ends the sentence, is that name's apposition;
    the extractor stopped at the bracket. The end of the name, or None. A name followed
    by more words ("…, Paul Lenoir et Luc Roy ont …") is left alone; a bracket and a
    relative clause about the person may follow it. The description may go on past where
    the extractor stopped ("réagit le maire | non reconnu de Castelroc, Paul X")."""
    if len(mention) < 2 or normalise_name(mention[0].text) not in state.lex.definite:
        return None
    if any(t.ent_type_ in PERSON_LABELS for t in mention):
        return None
    gap = _CLOSING_APPOSITION.match(state.text, description_tail_end(state, mention))
    if gap is None or "," not in gap.group(0):
        return None
    first = next((t for t in state.doc[mention.end :] if t.idx >= gap.end()), None)
    if first is None or first.idx != gap.end() or not name_word(state, first):
        return None
    run = state.doc[first.i : name_end(state, first.i)]
    words = normalise_name(run.text).split()
    tagged = all(t.ent_type_ in PERSON_LABELS for t in run if t.is_alpha)
    if len(words) < 2 or not (tagged or words[0] in state.lex.first_names):
        return None
    described = mention[1].text[:1].islower()  # "le maire …", not a body "l'AFP"
    if not _SENTENCE_CLOSE.match(state.text, run.end_char) and not (
        described and _RELATIVE_CLOSE.match(state.text, run.end_char)
    ):
        return None
    return run.end_char


#: What may stand between an apposed name and the verb after it: a party or a place in
#: brackets ("Alexander X (Open VLD),"), then the closing comma.
_APPOSITION_CLOSE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*(?:qui\s+)?$")


def apposed_name(
    state: ArticleState, span: tuple[int, int], cue_start: int | None
) -> tuple[int, int] | None:
    """ "Le vice-premier et ministre de l'Économie, Alexander X (Open VLD), a affirmé": a
    description the extractor kept as the subject, followed between commas by a person's
    name (tagged, or opening with a known first name) and then the cue, stops short of the
    name it introduces; widened to it. Nothing else may stand between the name and the cue
    but a bracket, so "Le ministre, Paul X et Jean Y ont …" stays as written."""
    start, end = span
    if cue_start is None or cue_start <= end:
        return None
    mention = state.span(start, end)
    if mention is None or not len(mention):
        return None
    # "celui du secrétaire d'État | auprès du ministre …, Paul X, qui a jugé": the
    # description may go on past where the extractor stopped.
    tail_end = description_tail_end(state, mention)
    if tail_end >= cue_start:
        return None
    after = state.span(tail_end, cue_start)
    if after is None or len(after) < 3 or after[0].text != ",":
        return None
    if not mention[-1].is_alpha or any(t.ent_type_ in PERSON_LABELS for t in mention):
        return None
    first = after[1]
    stop = name_end(state, first.i)
    run = state.doc[first.i : stop]
    particles = state.lex.name_particles
    if not name_word(state, first) or not all(
        name_word(state, t) or normalise_name(t.text) in particles for t in run if t.is_alpha
    ):
        return None
    words = normalise_name(run.text).split()
    tagged = all(t.ent_type_ in PERSON_LABELS for t in run if t.is_alpha)
    if len(words) < 2 or not (tagged or words[0] in state.lex.first_names):
        return None
    if not _APPOSITION_CLOSE.match(state.text[run.end_char : cue_start]):
        return None
    return start, run.end_char


def name_before_apposition(state: ArticleState, span: tuple[int, int]) -> tuple[int, int] | None:
    """ "Me X, avocat de la victime, demande …": a mention that is a bare description (no
    determiner: an apposition's form) right after a person's name and a comma is that
    name's apposition; the extractor kept the apposition as the subject. Widened back to
    the name the tagger reads as a person."""
    start, end = span
    mention = state.span(start, end)
    if mention is None or not len(mention) or mention.start < 2:
        return None
    first = mention[0]
    if not (first.is_alpha and first.text.islower()) or first.pos_ != "NOUN":
        return None
    if normalise_name(first.text) in state.lex.determiners:
        return None
    comma = state.doc[mention.start - 1]
    if comma.text != "," or state.doc[mention.start - 2].ent_type_ not in PERSON_LABELS:
        return None
    entity = next(
        (e for e in state.ents if e.end == mention.start - 1 and e.label_ in PERSON_LABELS),
        None,
    )
    if entity is None or "\n" in state.text[entity.start_char : start]:
        return None
    return entity.start_char, end


def first_name_before(state: ArticleState, span: tuple[int, int]) -> tuple[int, int] | None:
    """ "Marine | Le Pen a réfuté": a mention of capitalised words right after a known first
    name (nothing between but a space) is cut short of that first name; widened to it. In a
    language that writes lone surnames (``lone_proper_noun_surname``), any proper noun the
    tagger labels as nobody else's goes too ("Ivanka | Trump said", the parser having
    split them). None when the word before is anything else."""
    mention = state.span(*span)
    if mention is None or not len(mention) or mention.start < 1:
        return None
    if not all(is_capitalised(t) or t.is_punct for t in mention):
        return None
    before = state.doc[mention.start - 1]
    if not is_capitalised(before) or not joined(before):
        return None
    known = normalise_name(before.text) in state.lex.first_names
    untagged = (
        state.lex.lone_proper_noun_surname
        and before.pos_ == "PROPN"
        and before.ent_type_ in PERSON_LABELS | {""}
        and any(t.pos_ == "PROPN" for t in mention)
    )
    if not (known or untagged):
        return None
    return before.idx, span[1]


def titles_only(state: ArticleState, mention: Span) -> bool:
    """Whether a mention is only capitalised titles ("Me", "M.", "Mme"): a description such
    as "la ministre" is lower-case and read by the description rules."""
    words = [t for t in mention if not t.is_punct]
    while words and normalise_name(words[0].text) in state.lex.determiners:
        words = words[1:]
    return bool(words) and all(
        normalise_name(t.text) in state.lex.titles and t.text[:1].isupper() for t in words
    )


#: A capitalised word glued to the previous one by a hyphen ("-France" of "Météo-France").
_HYPHEN_TAIL = re.compile(r"-[A-ZÀ-ÖØ-Þ][\w'’-]*")
#: A lower-case word glued by a hyphen ("-ci", "-là", "-même").
_PARTICLE_TAIL = re.compile(r"-[a-zà-ÿ]+")


# -- reading a mention -------------------------------------------------------------------------


def is_capitalised(token: Token) -> bool:
    text = token.text.lstrip("-")
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def function_word(state: ArticleState, tok: Token) -> bool:
    """Articles, pronouns and prepositions, whatever the tagger says ("Poutine" as PRON)."""
    lex = state.lex
    low = normalise_name(tok.text)
    if low in lex.determiners or low in lex.pronouns or low in lex.speech_pronouns:
        return True
    if low in lex.complement_words or low in lex.leading_prepositions:
        return True
    return tok.pos_ in {"AUX", "VERB", "SCONJ", "CCONJ"} and tok.ent_type_ not in PERSON_LABELS


def name_runs(state: ArticleState, tokens: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words that may be a name; complements of "de", "du" excluded."""
    lex = state.lex
    runs: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(tokens):
        low = normalise_name(tok.text)
        if is_capitalised(tok) and (not function_word(state, tok) or verb_surname(state, tok)):
            current.append(tok)
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if current and glued_hyphen(tok) and nxt is not None and name_word(state, nxt):
            current.append(tok)  # "France-Élaine X": one first name, split by the tokenizer
            continue
        bridging = (
            current
            and low in lex.name_particles
            and nxt is not None
            and (is_capitalised(nxt) or normalise_name(nxt.text) in lex.name_particles)
            and not body_noun(state, nxt)
        )
        if bridging and (is_capitalised(tok) or tok.pos_ in {"DET", "ADP", "X", "PROPN"}):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    kept = []
    for run in runs:
        if is_date(state, run) or only_a_place(state, run):
            continue
        run = person_after_body(state, run)
        while run and normalise_name(run[-1].text) in lex.name_particles:
            run = run[:-1]
        if not run:
            continue
        before = [t for t in tokens if t.i < run[0].i]
        prev = normalise_name(before[-1].text) if before else ""
        prev2 = normalise_name(before[-2].text) if len(before) > 1 else ""
        if prev in lex.complement_words or (
            prev in lex.determiners and prev2 in lex.complement_words
        ):
            continue
        if before and before[-1].text == "-" and prev2 in lex.party_initials:
            continue  # "D-Ohio": a party and a state
        kept.append(run)
    return kept


def is_date(state: ArticleState, run: list[Token]) -> bool:
    """Whether a run is a month (or other time word) written with a day number ("May 29"
    in a dateline, "29 May"): a date, not a person called May."""
    if len(run) != 1 or normalise_name(run[0].text) not in state.lex.time_words:
        return False
    doc, i = state.doc, run[0].i
    after = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    if after is not None and after.text == "," and opens_sentence(state, run[0]):
        return True  # "Vendredi, il a fait plus fort encore": a time adverbial opening the clause
    return (after is not None and after.like_num) or (before is not None and before.like_num)


def only_a_place(state: ArticleState, run: list[Token]) -> bool:
    """Whether a one-word name is written nowhere but after a preposition of place ("à
    Brossard", "en Lorraine": ``place_prepositions``): a place the tagger read as a person,
    never someone who speaks. A word the article also writes elsewhere ("Paul Brossard")
    may be a name."""
    if len(run) != 1 or not state.lex.place_prepositions:
        return False
    word = normalise_name(run[0].text)
    doc = state.doc
    seen = [i for i in state.word_positions(word) if normalise_name(doc[i].text) == word]
    return bool(seen) and all(
        i > 0 and normalise_name(doc[i - 1].text) in state.lex.place_prepositions for i in seen
    )


def person_after_body(state: ArticleState, run: list[Token]) -> list[Token]:
    """The person's name at the end of a run that opens with a body's name ("le PDG de
    Renault Luca Serafini", "de la CGT-Métaux Philippe Garnier"): the run is cut where a
    known first name or a person tag starts, when nothing before it is a person's."""
    for k in range(1, len(run) - 1):
        tok = run[k]
        starts = normalise_name(tok.text) in state.lex.first_names or (
            tok.ent_type_ in PERSON_LABELS and tok.ent_iob_ == "B"
        )
        if not starts or not is_capitalised(run[k + 1]):
            continue
        before = run[:k]
        # A tag running on from the body into the first name ("de Valtec Denis X" as one
        # person) glued them: it says nothing of the words before the first name.
        glued = tok.ent_iob_ == "I" and normalise_name(tok.text) in state.lex.first_names
        if any(
            (t.ent_type_ in PERSON_LABELS and not glued)
            or normalise_name(t.text) in state.lex.first_names
            for t in before
        ):
            return run
        return run[k:]
    return run


def strip_titles(state: ArticleState, run: list[Token]) -> tuple[list[Token], str | None]:
    """The run without its leading titles ("Mme", "le ministre") and party or body acronyms
    ("le député RN Sébastien X"), and the gender the titles show."""
    gender = None
    run = run[capitalised_office_end(state, run) :]
    while run:
        if normalise_name(run[0].text) in state.lex.titles:
            gender = state.lex.title_gender.get(normalise_name(run[0].text)) or gender
        elif not (
            len(run) > 2 and is_acronym(run[0].text) and not is_acronym(run[1].text)
        ) and not leading_demonym(state, run):
            break
        run = run[1:]
    return run, gender


def leading_demonym(state: ArticleState, run: list[Token]) -> bool:
    """ "le jeune Américain Frances X", "l'Italienne Anna Y": a capitalised demonym after
    an article (and an adjective) opens a run of at least two more capitalised words; it
    describes the person, and is no word of the name. A known first name ("Alain",
    "Julien") is never one, nor a run's word after no article ("Romain X")."""
    if len(run) < 3 or run[0].i == 0:
        return False
    word = normalise_name(run[0].text)
    if len(word) <= 4 or not word.endswith(state.lex.demonym_suffixes):
        return False
    if word in state.lex.first_names or word in state.lex.titles:
        return False
    doc = state.doc
    k = run[0].i - 1
    if doc[k].pos_ == "ADJ" and doc[k].text.islower() and k > 0:
        k -= 1  # "le jeune Américain"
    return normalise_name(doc[k].text) in state.lex.definite


def capitalised_office_end(state: ArticleState, run: list[Token]) -> int:
    """Where the name starts after an office written with capitals before it, in languages
    that do so ("Foreign Secretary Liz Truss", "Police Spokesman Eric X", "U.S. District
    Judge William X"): just after the run's last title or description head, when two words
    of the name are left. 0 when the language has no such offices or the run holds none."""
    if not state.lex.capitalised_offices or len(run) < 3:
        return 0
    words = [normalise_name(t.text) for t in run]
    heads = {head[-1] for head in state.lex.description_heads} | state.lex.titles
    for k in range(len(run) - 3, -1, -1):
        if words[k] in heads and run[k].text[:1].isupper():
            return k + 1
    return 0


def office_phrase_end(state: ArticleState, tokens: list[Token]) -> int:
    """Where a name starts after an office written in capitals with its complement, in
    languages that write offices so: "Secretary of State Ivo X", "Chancellor of the
    Exchequer Ana X", "Minister of State for Trade Ana X" (a title or description head, a
    link word, maybe an article, one capitalised word, maybe further complements so, then
    two capitalised words at least). 0 when there is none."""
    lex = state.lex
    if not lex.capitalised_offices:
        return 0
    k = 0
    while k < len(tokens) and normalise_name(tokens[k].text) in lex.determiners:
        k += 1
    heads = {head[-1] for head in lex.description_heads} | lex.titles
    if k + 2 >= len(tokens) or not is_capitalised(tokens[k]):
        return 0
    if normalise_name(tokens[k].text) not in heads:
        return 0
    link = k + 1
    if normalise_name(tokens[link].text) not in lex.complement_words:
        return 0
    k = link + 1
    if k < len(tokens) and normalise_name(tokens[k].text) in lex.determiners:
        k += 1
    if k >= len(tokens) or not is_capitalised(tokens[k]):
        return 0
    # "Minister of State for Trade Ana X": the office goes on with another complement
    while k + 1 < len(tokens) and normalise_name(tokens[k + 1].text) in lex.complement_words:
        j = k + 2
        if j < len(tokens) and normalise_name(tokens[j].text) in lex.determiners:
            j += 1
        further = tokens[j : j + 3]
        if len(further) < 3 or not all(is_capitalised(t) for t in further):
            break
        k = j
    rest = tokens[k + 1 : k + 3]
    if len(rest) < 2 or not all(is_capitalised(t) for t in rest):
        return 0
    return k + 1


def office_without_name(state: ArticleState, run: list[Token]) -> bool:
    """ "the Opposition Leader", "the Foreign Secretary": in a language that writes offices
    with capitals, a run ending on a title or description head is an office, not a name
    (the description rules find who holds it)."""
    if not state.lex.capitalised_offices:
        return False
    last = normalise_name(run[-1].text)
    return last in state.lex.titles or any(
        head[-1] == last and len(head) <= len(run) for head in state.lex.description_heads
    )


def is_acronym(text: str) -> bool:
    """A word of two to eight capitals and digits ("RN", "CFDT", "G7")."""
    return 2 <= len(text) <= 8 and text.isupper() and text.isalnum()


def qualifier_noun(state: ArticleState, run: list[Token], noun: Token) -> bool:
    """ "son camarade de parti Paul X": a body's noun after a bare "de" qualifies the
    person's noun before it (no article: no body is named), so a full name after it that
    the tagger reads as a person's, or that opens on a known first name, is the person's,
    not the body's ("le parti Avenir" keeps its article)."""
    if noun.i < 1 or normalise_name(state.doc[noun.i - 1].text) not in {"de", "d'"}:
        return False
    words = normalise_name(" ".join(t.text for t in run)).split()
    tagged = all(t.ent_type_ in PERSON_LABELS for t in run if t.is_alpha)
    return len(words) > 1 and (tagged or words[0] in state.lex.first_names)


def run_is_person(
    state: ArticleState, run: list[Token], text: str, tokens: list[Token]
) -> bool | None:
    """True for a person's name, False for a body or place, None when nothing says.

    A name right after "description," is a person even when the tagger calls it a place
    ("La ministre de l'Environnement des Tuvalu, Mele Tafaoga").
    """
    entry = state.registry.lookup(text, fuzzy=False)
    if entry is not None:
        return entry.type == "person"
    prev = state.doc[run[0].i - 1] if run[0].i > 0 else None
    if quoted_title(state, run) or rubric_word(state, run):
        return False
    if (
        prev is not None
        and prev.text.islower()
        and normalise_name(prev.text) in state.lex.type_heads
        and not president_of_body(state, run, prev)
        and not qualifier_noun(state, run, prev)
    ):
        # "la société Hydrelis", "le collectif Eau commune": a body, whatever the tagger says.
        return False
    if nouns_apposed_to(state, tuple(normalise_name(text).split())) & state.lex.type_heads:
        return False  # "Cantines-Debout, un collectif qui …": a body wherever it is named
    labels = {t.ent_type_ for t in run if t.ent_type_}
    if labels & PERSON_LABELS:
        return True
    words = normalise_name(text).split()
    if words and any(
        len(full) >= len(words) and full[-len(words) :] == words
        for full, _ in state.full_names_ending(words[-1])
    ):
        # A person the article names in full, or their surname, whatever the tagger says of
        # it here ("Norouzani" tagged as an organisation after "Taher Norouzani").
        return True
    if words and misspelt_surname(state, words) is not None:
        return True  # the same, misspelt once ("Vahaezebrouck" after "Hein Vanhaezebrouck")
    if state.lex.organisation_head(words):
        return False
    before = [t for t in tokens if t.i < run[0].i]
    if before and before[-1].text == "," and description_of(state, before[:-1]):
        return True
    if len(words) > 1 and words[0] in state.lex.first_names and run[0].ent_iob_ == "I":
        # The tag glued a body to the name after it ("de Valmetal Marc Serafini" as one
        # place): the known first name opens a person's name.
        return True
    if len(words) > 1 and after_person_noun(state, run):
        # "MPC member Michael X", "RBI Governor Shaktikanta X" tagged as a body: a name
        # right after a noun of a person ("member", "governor") is that person's. Without a
        # known first name, only after a title ("the sales director Lumen Corp" is a body).
        titled = normalise_name(state.doc[run[0].i - 1].text) in state.lex.titles
        if words[0] in state.lex.first_names or titled:
            return True
    if labels == {"MISC"} and bare_speaker_name(state, run, tokens):
        return True
    if len(run) == 1 and described_after_comma(state, run[0]):
        return True
    if labels & {"ORG", "LOC", "GPE", "NORP", "FAC", "MISC"}:
        return False
    if len(words) > 1 and words[0] in state.lex.first_names:
        return True
    return None


def described_after_comma(state: ArticleState, tok: Token) -> bool:
    """ "Odile, habitante de Vaubrune, a trouvé …", "Coralie, également voisine, dit …": a
    lone capitalised word followed by a comma and a person's description (an adverb
    allowed before it) is a person named by a first name, as local copy introduces the
    people it meets, whatever the tagger calls it."""
    doc = state.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    start = tok.i + 2
    if doc[start].pos_ == "ADV" and start + 1 < len(doc):
        start += 1
    if not doc[start].text.islower() or doc[start].pos_ == "DET":
        # "… la piscine de Brévanne, le maire a …": a phrase with its article after the
        # comma is the next clause's subject, not an apposition of the word before.
        return False
    end = start
    while end < len(doc) and end - start < 3 and not breaks_phrase(doc[end]):
        if doc[end].pos_ == "ADP":
            break  # the description's own noun: "habitante | de Vaubrune"
        end += 1
    return description_of(state, list(doc[start:end])) is not None


def bare_speaker_name(state: ArticleState, run: list[Token], tokens: list[Token]) -> bool:
    """ "« … », a lancé Servais X" with the name tagged as a miscellany (the French tagger
    so reads many Flemish and foreign names): two proper nouns or more standing alone as a
    speaker's mention, no body's noun among them and no body's tag where the article writes
    them again, are a person's name."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if len(run) < 2 or len(words) != len(run) or any(t.pos_ != "PROPN" for t in run):
        return False
    if any(not t.text[:1].isupper() or t.text.isupper() for t in run):
        return False
    first = run[0].text
    return not any(t.text == first and t.ent_type_ in {"ORG", "LOC", "GPE"} for t in state.doc)


def president_of_body(state: ArticleState, run: list[Token], kind: Token) -> bool:
    """Whether "TYPE NAME" is the complement of a person's noun and the name a person's:
    "le président du groupe Mathieu X" names the president (a known first name and a
    surname after "noun of a person + de + type noun"), where "la société Hydrelis" is a
    company."""
    if len(run) < 2 or normalise_name(run[0].text) not in state.lex.first_names:
        return False
    doc = state.doc
    k = kind.i - 1
    partitives = state.lex.partitives
    if k >= 1 and normalise_name(doc[k].text) not in partitives:
        k -= 1  # "de la société": the determiner after the partitive
    if k < 1 or normalise_name(doc[k].text) not in partitives:
        return False
    head = normalise_name(doc[k - 1].text)
    return state.lex.description_head([head]) is not None


def quoted_title(state: ArticleState, run: list[Token]) -> bool:
    """Whether a name stands alone between quote marks ("à «Jeune Afrique» et au quotidien
    «Libération», l'émission « De Zevende »"): the press so writes the titles of papers,
    programmes and works, not people."""
    doc = state.doc
    first, last = run[0].i, run[-1].i
    # "l'émission « De Ochtend »": a particle or article opening the title, outside the run.
    while first > 1 and normalise_name(doc[first - 1].text) in state.lex.name_particles:
        first -= 1
    if first < 1 or last + 1 >= len(doc):
        return False
    pairs = get_language(state.lang).lexicon("quotes").get("pairs") or {}
    return doc[last + 1].text in (pairs.get(doc[first - 1].text) or ())


def rubric_word(state: ArticleState, run: list[Token]) -> bool:
    """Whether one capitalised word opening a paragraph heads it as a rubric before a colon
    and lower-case words ("Chic : le Serbe X …", "Éternels favoris : l'entraîneur …"): a
    label, not a person, unless it is a known first name. The marks are the lexicon's
    ``rubric_marks``."""
    if len(run) != 1 or normalise_name(run[0].text) in state.lex.first_names:
        return False
    start = run[0].idx
    if state.para_starts[state.para_of(start)] != start:
        return False
    doc = state.doc
    after = doc[run[0].i + 1 : run[0].i + 5]
    mark = next((k for k, t in enumerate(after) if t.text in state.lex.rubric_marks), None)
    # "Brexit news latest: Michel Barnier …" is a headline's topic before a name.
    return mark is not None and mark + 1 < len(after) and after[mark + 1].text.islower()


def after_person_noun(state: ArticleState, run: list[Token]) -> bool:
    """Whether the word right before ``run`` is a lower-case title or description head
    ("member", "spokesman"), or a capitalised one in a language that writes offices so
    ("RBI Governor Shaktikanta X"): what follows it names the person it describes."""
    prev = state.doc[run[0].i - 1] if run[0].i > 0 else None
    if prev is None or not (prev.text.islower() or state.lex.capitalised_offices):
        return False
    word = normalise_name(prev.text)
    return word in state.lex.titles or any(head[-1] == word for head in state.lex.description_heads)


def possessor_of_person(state: ArticleState, run: list[Token], tokens: list[Token]) -> bool:
    """Whether ``run`` is the possessor of the person the mention names ("Putin's
    spokesman", "the mayor's lawyer"): a possessive marker after it (the tagger's ``POS``)
    and a noun of a person after that. "Zelenskyy's office" names no person: the possessor
    stays the speaker."""
    after = [t for t in tokens if t.i > run[-1].i]
    if not after or after[0].tag_ != "POS":
        return False
    words, _ = state.lex.strip_determiners([normalise_name(t.text) for t in after[1:]])
    words = [w for w in words if w]
    return bool(words) and state.lex.description_head(words) is not None


def named_after(state: ArticleState, run: list[Token], tokens: list[Token]) -> bool:
    """Whether ``run`` names what a place or an institution is named after ("la Fondation
    Jean Moulin", "le lycée Victor-Hugo", "rue Jean-Jaurès"): right after one of the
    ``named_after_heads``, it is part of that name, and no one who speaks."""
    before = [t for t in tokens if t.i < run[0].i]
    return bool(before) and normalise_name(before[-1].text) in state.lex.named_after_heads


def after_determiner(state: ArticleState, run: list[Token], tokens: list[Token]) -> bool:
    """A lone capitalised word after an article is a noun ("la Lyonnaise"), not a name:
    French does not put articles before people's names."""
    before = [t for t in tokens if t.i < run[0].i]
    return (
        len(run) == 1 and bool(before) and normalise_name(before[-1].text) in state.lex.determiners
    )


def plausible_unknown_name(state: ArticleState, run: list[Token], tokens: list[Token]) -> bool:
    """A capitalised run nothing identifies: a name only if it looks like one.

    Two capitalised words ("Mele Tafaoga") or a surname the article gives in full pass; a
    lone unknown word does not ("Océans" heading a title, "la Lyonnaise" after an article).
    """
    text = state.text[run[0].idx : run[-1].idx + len(run[-1])]
    words = normalise_name(text).split()
    if after_determiner(state, run, tokens):
        return False
    if len(words) > 1:
        return True
    if len(words) == 1 and lone_surname(state, run):
        return True
    return (len(words) == 1 and bool(state.full_names_ending(words[0]))) or len(
        state.registry.by_surname(text)
    ) == 1


def lone_surname(state: ArticleState, run: list[Token]) -> bool:
    """ "Maddow said …": one word the tagger reads as a proper noun, with no entity label
    here or wherever else the article writes it, in a language that writes people so
    (``lone_proper_noun_surname``)."""
    tok = run[0]
    if not (
        state.lex.lone_proper_noun_surname
        and tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.text[1:].islower()
    ):
        return False
    # The same word tagged elsewhere as a body or place is that body or place.
    return not any(t.text == tok.text and t.ent_type_ for t in state.doc)


def surname_with_particle(state: ArticleState, tokens: list[Token]) -> list[Token] | None:
    """ "Le Barbier, adjointe …" after "Béatrice Le Barbier": a mention opening with a
    capitalised particle is a surname when the article writes it as the end of a full name
    (otherwise "La Lyonnaise" is a description)."""
    if len(tokens) < 2 or not is_capitalised(tokens[0]):
        return None
    if normalise_name(tokens[0].text) not in state.lex.name_particles:
        return None
    end = name_end(state, tokens[0].i)
    run = list(state.doc[tokens[0].i : max(end, tokens[1].i + 1)])
    words = normalise_name(" ".join(t.text for t in run)).split()
    if not words or not any(
        len(full) > len(words) and full[-len(words) :] == words
        for full, _ in state.full_names_ending(words[-1])
    ):
        return None
    return run


def parse(state: ArticleState, text: str, span: Span | None) -> ParsedMention:
    """A mention taken apart: the person's name it holds, if any, and the description
    around it."""
    words, det_gender = state.lex.strip_determiners(normalise_name(text).split())
    parsed = ParsedMention(words=words, det_gender=det_gender)
    if span is None:
        return parsed
    tokens = [t for t in span if not t.is_space]
    # "Selon X", "Pour X": the preposition introduces the source, it is not part of it.
    while tokens and normalise_name(tokens[0].text) in state.lex.leading_prepositions:
        tokens = tokens[1:]
    office_end = office_phrase_end(state, tokens)
    tokens = tokens[office_end:]
    best: tuple[list[Token], str | None] | None = None
    particled = surname_with_particle(state, tokens)
    if particled is not None:
        best = (particled, None)
    for run in reversed(name_runs(state, tokens) if best is None else []):
        if possessor_of_person(state, run, tokens) or named_after(state, run, tokens):
            continue
        stripped, title_gender = strip_titles(state, run)
        if not stripped or stripped[0].text[:1].islower():
            # "le Prince de Schepdaal": a title and a place, an epithet; no name opens
            # with a lower-case particle
            continue
        if stripped[-1].i == span.end - 1:
            # The mention may cut the name short ("estime encore Harlem | Désir").
            stripped = list(state.doc[stripped[0].i : name_end(state, stripped[-1].i)])
            stripped = stripped[capitalised_office_end(state, stripped) :]
        name = state.text[stripped[0].idx : stripped[-1].idx + len(stripped[-1])]
        verdict = run_is_person(state, stripped, name, tokens)
        if office_end and stripped[0].i == tokens[0].i and not state.registry.lookup(name):
            verdict = True  # "Secretary of State Ivo X" tagged as one body: the name after it
        if verdict is False or (
            after_determiner(state, stripped, tokens) and not state.registry.candidates(name)
        ):
            continue
        if verdict is None and not plausible_unknown_name(state, stripped, tokens):
            continue
        if office_without_name(state, stripped) and not (
            {t.ent_type_ for t in stripped} & PERSON_LABELS
            or state.registry.lookup(name, fuzzy=False)
        ):
            continue
        best = (stripped, title_gender)
        break
    if best is None:
        return parsed
    run, parsed.title_gender = best
    suffix = generational_suffix(state, run[-1].i)
    if suffix is not None:
        run = [*run, suffix]  # "Paul X fils" is not his father "Paul X père"
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    parsed.name = state.text[start:end]
    parsed.name_span = (start, end)
    before = [t for t in tokens if t.idx < start and not t.is_punct]
    after = [t for t in tokens if t.idx >= end and not t.is_punct]
    side = before if any(t.is_alpha for t in before) else after
    described = description_of(state, side)
    if described:
        parsed.description = described[0]
    return parsed


# -- resolving ---------------------------------------------------------------------------------


def titled_first_name(state: ArticleState, parsed: ParsedMention) -> Entity | None:
    """ "Sir Keir said": a first name alone after a title that takes one
    (``first_name_titles``) is the one person of the article whose full name opens with
    it; two such people, or none, and the rule says nothing."""
    if not state.lex.first_name_titles or parsed.name_span is None:
        return None
    words = normalise_name(parsed.name or "").split()
    span = state.doc.char_span(*parsed.name_span, alignment_mode="expand")
    if len(words) != 1 or span is None or span.start == 0:
        return None
    if normalise_name(state.doc[span.start - 1].text) not in state.lex.first_name_titles:
        return None
    people = {key for full, key in state.full_names if len(full) > 1 and full[0] == words[0]}
    return state.entities[people.pop()] if len(people) == 1 else None


def resolve_first_name(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "« … », a dit Josiane": a mention that is one capitalised known first name
    (``first_names``), which no full name of the article ends with, is the one person whose
    full name opens with it (feature and sports copy name a person by the first name once
    introduced); two such people, or none, and the rule says nothing."""
    tokens = [t for t in mention.tokens if not t.is_punct]
    if len(tokens) != 1 or not tokens[0].text[:1].isupper():
        return None
    words = normalise_name(tokens[0].text).split()
    if len(words) != 1 or words[0] not in state.lex.first_names:
        return None
    if state.full_names_ending(words[0]):
        return None  # "Martin" may be a surname here
    people = {key for full, key in state.full_names if len(full) > 1 and full[0] == words[0]}
    if len(people) != 1:
        return None
    return Resolution(state.entities[people.pop()], SpeakerMethod.ALIAS, 0.7)


def resolve_parsed(state: ArticleState, parsed: ParsedMention, start: int) -> Resolution:
    """The person a parsed name stands for; a description written with it is bound to them."""
    assert parsed.name is not None
    titled = titled_first_name(state, parsed)
    if titled is not None:
        return Resolution(titled, SpeakerMethod.ALIAS, 0.8)
    entity, method, confidence = person_for_name(state, parsed.name)
    if entity is None:
        return UNRESOLVED
    if entity.type == "person":
        state.vote_gender(entity, parsed.title_gender)
        if parsed.description:
            state.vote_gender(entity, parsed.det_gender)
            state.add_binding(Binding(start, tuple(parsed.description), entity.id))
            return Resolution(entity, SpeakerMethod.APPOSITION, max(confidence, 0.95))
    return Resolution(entity, method, confidence)


def resolve(mention: Mention, state: ArticleState) -> Resolution | None:
    """A mention holding a person's (or a registry body's) name: that entity."""
    parsed = parse(state, mention.text, mention.span)
    if not parsed.name:
        return None
    return resolve_parsed(state, parsed, mention.start)


def initials(name: str) -> str:
    """The initials of a person's name, each part of a compound counting ("Paul St-Pierre
    Plamondon" -> "pspp")."""
    return "".join(part[0] for part in normalise_name(name).replace("-", " ").split())


def person_initials(state: ArticleState, letters: str) -> bool:
    """Whether two capitals may be a person's initials ("a répliqué DD" after "Didier
    Deschamps"): no party, no body the registry knows, no acronym the article spells out,
    and never a body's tag wherever the article writes them. Two letters name too many
    bodies ("PS", "MR") to be read so otherwise."""
    if not state.lex.two_letter_initials:
        return False
    key = normalise_name(letters)
    if (key,) in state.lex.party_names or state.registry.lookup(letters, fuzzy=False):
        return False
    if key in acronyms(state):
        return False
    return not any(t.text == letters and t.ent_type_ in {"ORG", "LOC", "GPE"} for t in state.doc)


def resolve_initials(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "PSPP a assuré que …" after "Paul St-Pierre Plamondon", "a répliqué DD" after
    "Didier Deschamps": a person the press calls by the initials of a name the article
    wrote in full. Exactly one person of the article with those initials (two letters
    only when nothing makes them a body's, ``person_initials``); otherwise the acronym is
    left to the other rules (a body's name, most often)."""
    core = strip_leading(mention.core, state.lex)
    if len(core) < 2 or not is_acronym(core) or not core.isalpha():
        return None
    if len(core) == 2 and not person_initials(state, core):
        return None
    letters = core.lower()
    people = [
        e
        for e in state.entities.values()
        if e.type == "person" and len(e.name.split()) > 1 and initials(e.name) == letters
    ]
    if len(people) != 1:
        return None
    return Resolution(people[0], SpeakerMethod.ALIAS, 0.8)
