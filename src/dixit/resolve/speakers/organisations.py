"""Organisations that speak.

A body is found by its registry name, by an organisation noun ("le syndicat CGT", "la
direction de Régiorail", a bare "le ministère" completed from the article), by the one court
or council the article names for "les juges", or by an ORG/place tag. A bare place body ("la
préfecture", "la mairie") takes the département or town the article names most.

The rules, in the resolver's order: ``resolve_group`` (a plural group nobody in particular),
``resolve_member_body`` ("les juges"), ``resolve_typed_name`` ("le collectif X"),
``resolve`` (the body itself).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from dixit.lang import get_language
from dixit.model import SpeakerMethod, Statement
from dixit.registry import normalise_name, strip_accents
from dixit.resolve.speakers.acronyms import expand_acronym, office_words
from dixit.resolve.speakers.descriptions import (
    before_link,
    person_noun,
    title_opening_sentence,
    written_as_title,
)
from dixit.resolve.speakers.entities import UNRESOLVED, Entity, Resolution
from dixit.resolve.speakers.named_bodies import (
    is_news_medium,
    named_body_before,
    nouns_apposed_to,
)
from dixit.resolve.speakers.names import is_acronym
from dixit.resolve.speakers.phrases import (
    complement_after,
    core_phrase,
    first_capitalised,
    name_after_epithets,
    strip_leading,
)
from dixit.resolve.speakers.state import LOOKBACK_CHARS, ArticleState, Mention, anchor

#: The preposition and article before a département's name ("des Landes" -> "Landes").
_DEPT_PREFIX = re.compile(r"^(de la |de l'|des |du |de |d')")


"""Resolves mentions of bodies: names, organisation nouns and their complements, places."""


#: A capitalised place's possessive opening a body's name of common nouns ("Qatar’s
#: government press office").
_PLACE_POSSESSIVE = re.compile(r"^([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})['’]s (?=[a-z])")


def organisation_for(
    state: ArticleState, text: str, words: list[str], gender: str | None
) -> Entity:
    entry = state.registry.lookup(text, fuzzy=False) or state.registry.lookup(
        " ".join(words), fuzzy=False
    )
    if entry is not None and entry.type == "organisation":
        entity = state.entity_for_entry(entry)
    else:
        name = expand_acronym(state, text.strip(" ,;:"))
        # "Qatar’s government press office" is the "Qatar government press office": a
        # place's possessive before a body's common nouns is part of its name
        name = _PLACE_POSSESSIVE.sub(r"\1 ", name, count=1)
        head, _, rest = name.partition(" ")
        if rest[:1].isupper() and normalise_name(head) in state.lex.foreign_articles:
            # "The Washington Post" is "le Washington Post" in French copy.
            name = rest
        first = name.split(" ", 1)[0]
        if not any(c.isupper() for c in first[1:]):
            # "la mairie" is "Mairie"; a name written with an inner capital ("cdH",
            # "eBay") keeps its own case.
            name = name[:1].upper() + name[1:]
        name = departement_form(state, name)
        entity = state.new_entity(name, "organisation", gender)
    if entity.gender is None and entity.type == "organisation":
        entity.gender = gender
    return entity


def member_body(state: ArticleState, words: list[str], start: int) -> Resolution | None:
    """ "Les juges ont estimé": members in the plural speak for the body the article names
    ("le tribunal administratif de Limoges"), when it names exactly one."""
    heads = state.lex.member_bodies.get(words[0]) if len(words) == 1 else None
    if not heads:
        return None
    names: set[str] = set()
    first = ""
    for head in heads:
        for i, j in state.phrase_spans(head):
            complement = complement_after(state, state.doc[j - 1])
            if complement is None or complement.start != j:
                continue
            name = state.text[state.doc[i].idx : complement.end_char]
            name = name[:1].upper() + name[1:]
            if normalise_name(name) not in {normalise_name(n) for n in names}:
                names.add(name)
                first = first or name
    if not names:
        # "les gendarmes" where the article writes "la gendarmerie" bare: the body a
        # bare mention of it would be (place bodies only: "le tribunal" alone names none).
        for head in heads:
            if " ".join(head) in state.lex.department_bodies | state.lex.town_bodies and (
                state.phrase_spans(head)
            ):
                found = resolve_organisation(state, " ".join(head), list(head), None, None, start)
                if found is not None and found.entity is not None:
                    return Resolution(found.entity, SpeakerMethod.DESCRIPTION, 0.6)
        return None
    if len(names) != 1:
        return None
    return Resolution(organisation_for(state, first, [], None), SpeakerMethod.DESCRIPTION, 0.6)


def typed_name(
    state: ArticleState, core: str, span: Span | None, gender: str | None
) -> Resolution | None:
    """A mention right after a type noun is the name of that body: "Eau commune 32" in
    "le collectif Eau commune 32 a annoncé"."""
    if span is None or span.start < 1 or not core[:1].isupper():
        return None
    before = state.doc[span.start - 1]
    if normalise_name(before.text) not in state.lex.type_heads or not before.text.islower():
        return None
    name = strip_leading(core, state.lex)
    return Resolution(organisation_for(state, name, [], gender), SpeakerMethod.NAME, 0.8)


def resolve_organisation(
    state: ArticleState,
    core: str,
    words: list[str],
    gender: str | None,
    span: Span | None,
    start: int,
) -> Resolution | None:
    """A body that speaks: a registry name, an organisation noun, or a tagged ORG/place.

    "le syndicat CGT" is the CGT; "la direction de Régiorail" speaks for Régiorail; a bare
    "le ministère" takes its complement from the article ("ministère de la Santé", or
    "la ministre de la Santé" for the ministry she heads).
    """
    text = strip_leading(core, state.lex)
    entry = state.registry.lookup(text, fuzzy=False)
    if entry is not None:
        entity = state.entity_for_entry(entry)
        if entity.type == "organisation" and entity.gender is None:
            entity.gender = gender
        return Resolution(entity, SpeakerMethod.NAME, 0.9)
    text = titled_name(state, core, text)
    if tuple(normalise_name(text).split()) in state.lex.party_names and text[:1].isupper():
        # "Groen reproche au bourgmestre …": a party's name, whatever the tagger says.
        return Resolution(organisation_for(state, text, words, gender), SpeakerMethod.NAME, 0.8)
    if text[:1].isupper() and any(
        normalise_name(text) in bodies for bodies in state.lex.known_bodies.values()
    ):
        # "Sud Rail entend consulter les salariés": a body of a known kind, named bare.
        return Resolution(organisation_for(state, text, words, gender), SpeakerMethod.NAME, 0.8)
    if state.lex.organisation_head(words):
        head, _, rest = text.partition(" ")
        head_key = normalise_name(head)
        rest_words = normalise_name(rest).split()
        proper = first_capitalised(rest, within=2) or name_after_epithets(rest, state.lex)
        if head_key in state.lex.type_heads and head[:1].islower() and proper is not None:
            # "le syndicat CGT", "le groupe portugais AeroLusa", "l'association des Amis
            # du musée": the name is the body; the noun only says what kind it is.
            found = resolve_organisation(
                state, proper, normalise_name(proper).split(), gender, None, start
            )
            if found is not None:
                return found
            return Resolution(organisation_for(state, proper, [], gender), SpeakerMethod.NAME, 0.8)
        # "la Direction des poursuites criminelles": after its determiner, a capital makes
        # the noun the first word of a body's own name, not a body's management.
        named_so = head[:1].isupper() and len(text) < len(core.strip())
        if head_key in state.lex.proxy_heads and not named_so:
            if rest_words[:1] and rest_words[0] in state.lex.partitives:
                inner = strip_leading(rest, state.lex)
                inner_words, inner_gender = state.lex.strip_determiners(
                    normalise_name(inner).split()
                )
                found = resolve_organisation(state, inner, inner_words, inner_gender, None, start)
                if found is not None:
                    return Resolution(found.entity, found.method, found.confidence * 0.9)
                return Resolution(
                    organisation_for(state, inner, [], inner_gender), SpeakerMethod.NAME, 0.6
                )
            if not rest_words:
                named = proxy_named(state, head_key, start)
                if named is not None:
                    return named
                body = main_organisation(state, start)
                if body is not None:
                    return Resolution(
                        organisation_for(state, body, [], None), SpeakerMethod.DESCRIPTION, 0.5
                    )
                return None
        phrase = " ".join(words)
        if len(words) > 1 and phrase in state.lex.organisation_synonyms:
            # "le ministère public" is the article's "parquet de Versailles".
            expanded = expand_organisation(state, phrase, start, speakers_first=True)
            if expanded is not None:
                entity = organisation_for(state, expanded, [], gender)
                return Resolution(entity, SpeakerMethod.DESCRIPTION, 0.7)
        if len(words) == 1:
            known = known_body_before(state, head_key, start)
            if known is not None:
                return known
            expanded = expand_organisation(state, head_key, start)
            if expanded is not None:
                entity = organisation_for(state, expanded, [], gender)
                return Resolution(entity, SpeakerMethod.DESCRIPTION, 0.7)
            placed = place_body(state, head, head_key)
            if placed is not None:
                entity = organisation_for(state, placed, [], gender)
                return Resolution(entity, SpeakerMethod.DESCRIPTION, 0.6)
        if len(words) > 1:
            fuller = fuller_body(state, words)
            if fuller is not None:
                return Resolution(fuller, SpeakerMethod.DESCRIPTION, 0.7)
        return Resolution(organisation_for(state, text, words, gender), SpeakerMethod.NAME, 0.75)
    if is_acronym(text):
        # "le SNPS": an acronym is a body's name, whatever the tagger says.
        return Resolution(organisation_for(state, text, words, gender), SpeakerMethod.NAME, 0.7)
    if text[:1].isupper() and nouns_apposed_to(state, tuple(words)) & state.lex.type_heads:
        # "Cantines-Debout, un collectif qui …": a body wherever the article names it
        return Resolution(organisation_for(state, text, words, gender), SpeakerMethod.NAME, 0.7)
    if span is not None:
        labels = {t.ent_type_ for t in span if t.ent_type_}
        tokens = [t for t in span if not t.is_punct]
        if labels & {"ORG", "LOC", "GPE"} and not person_noun(state, words, tokens):
            return Resolution(organisation_for(state, text, words, gender), SpeakerMethod.NAME, 0.7)
        if headed_body(state, words, tokens):
            # "the finance ministry", "the state election commission": a compound ending
            # on a body's noun
            return Resolution(organisation_for(state, text, words, gender), SpeakerMethod.NAME, 0.6)
        if linked_capitalised_name(state, tokens):
            # "The Fund for Peace", "the Friends of the Harbour": no tag, but a name
            return Resolution(organisation_for(state, text, words, gender), SpeakerMethod.NAME, 0.7)
    return None


def titled_name(state: ArticleState, core: str, stripped: str) -> str:
    """The name with its article when the article is part of a medium's title: "Le
    Parisien", "Les Échos", "La Gazette de X" (a medium of the venues lexicon or a name
    opening on a medium's kind noun, written with a capitalised article); otherwise the
    name without it ("Kremlin", "Harbour Trust")."""
    whole = core.strip()
    if whole == stripped or not stripped[:1].isupper():
        return stripped
    first = whole.split(" ", 1)[0]
    if not first[:1].isupper() or normalise_name(first) not in state.lex.determiners:
        return stripped
    return whole if is_news_medium(state, whole) else stripped


def headed_body(state: ArticleState, words: list[str], tokens: list[Token]) -> bool:
    """Whether a mention is a compound of common nouns ending on an organisation noun, in a
    language whose compounds end on their head ("the finance ministry"): that body."""
    if not state.lex.head_last or len(words) < 2 or not state.lex.organisation_head(words[-1:]):
        return False
    nouns = [t for t in tokens if normalise_name(t.text) not in state.lex.determiners]
    return len(nouns) >= 2 and all(t.is_alpha and t.is_lower for t in nouns)


def linked_capitalised_name(state: ArticleState, tokens: list[Token]) -> bool:
    """Whether a mention is a body's own name with its link words ("The Fund for Peace",
    "the Friends of the Harbour"): capitalised words joined by a link word of
    ``Grammar.name_links`` (and maybe an article), no person tagged in it, and no office at
    its head ("Secretary of State" is a person's)."""
    links = get_language(state.lang).grammar.name_links
    if not links:
        return False
    words = [t for t in tokens if normalise_name(t.text) not in state.lex.determiners]
    if len(words) < 3 or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
        return False
    if any(t.ent_type_ in {"PERSON", "PER"} for t in words):
        return False
    linked = False
    for t in words:
        if t.lower_ in links:
            linked = True
        elif not (t.text[:1].isupper() and t.is_alpha):
            return False
    head = before_link(state, [normalise_name(t.text) for t in words])
    return linked and not person_headed(state, head)


def fuller_body(state: ArticleState, words: list[str]) -> Entity | None:
    """ "le ministère russe" after "le ministère russe de la Défense" spoke: a body named
    by its noun and an adjective is the one body of the article whose fuller name goes on
    from those words with a complement; two such bodies ("… de la Défense", "… des
    Affaires étrangères"): neither."""
    prefix = " ".join(words) + " "
    found = [
        entity
        for entity in state.entities.values()
        if entity.type == "organisation"
        and normalise_name(entity.name).startswith(prefix)
        and normalise_name(entity.name)[len(prefix) :].split()[:1][0] in state.lex.partitives
    ]
    return found[0] if len(found) == 1 else None


def proxy_named(state: ArticleState, head: str, start: int) -> Resolution | None:
    """ "La direction du Grand Port maritime de Port-Vendrelles a dénoncé …" somewhere in
    the article: a bare "la direction" elsewhere is that body's (nearest before, else the
    first after, as a headline is written before the body names it)."""
    found: list[tuple[int, Span]] = []
    for i, j in state.phrase_spans((head,)):
        nxt = state.doc[j] if j < len(state.doc) else None
        if nxt is None or normalise_name(nxt.text) not in state.lex.partitives:
            continue
        complement = complement_after(state, state.doc[j - 1])
        if complement is None or complement.start != j:
            continue
        inner = strip_leading(complement.text, state.lex)
        if not inner[:1].isupper():
            continue
        found.append((state.doc[i].idx, complement))
    if not found:
        return None
    before = [f for f in found if f[0] < start]
    complement = (before[-1] if before else found[0])[1]
    inner = strip_leading(complement.text, state.lex)
    inner_words, inner_gender = state.lex.strip_determiners(normalise_name(inner).split())
    body = resolve_organisation(state, inner, inner_words, inner_gender, None, start)
    entity = body.entity if body is not None else organisation_for(state, inner, [], None)
    return Resolution(entity, SpeakerMethod.DESCRIPTION, 0.6)


def known_body_before(state: ArticleState, head: str, start: int) -> Resolution | None:
    """ "La CGT, majoritaire au CSE, … D'après le syndicat": a bare type noun takes up
    the body of that kind the article named last before it (the lexicon's
    ``known_bodies``: the unions)."""
    best: tuple[int, str] | None = None
    for name in state.lex.known_bodies.get(head, ()):
        for i, j in state.phrase_spans(tuple(name.split())):
            idx = state.doc[i].idx
            if idx < start and (best is None or idx > best[0]):
                j = whole_name_end(state, i, j)
                best = (idx, state.text[idx : state.doc[j - 1].idx + len(state.doc[j - 1])])
    if best is None:
        return None
    name = best[1]
    found = resolve_organisation(state, name, normalise_name(name).split(), None, None, start)
    entity = found.entity if found is not None else organisation_for(state, name, [], None)
    return Resolution(entity, SpeakerMethod.DESCRIPTION, 0.65)


def whole_name_end(state: ArticleState, i: int, j: int) -> int:
    """The end of the name that the words ``i``..``j`` open: "l'Unsa Sapap" is the
    section, not the confederation its first word names. The name runs on over the
    capitalised proper nouns that follow, in the same sentence."""
    doc = state.doc
    while (
        j < len(doc)
        and doc[j].pos_ == "PROPN"
        and doc[j].text[:1].isupper()
        and not doc[j].is_sent_start
    ):
        j += 1
    return j


def main_organisation(state: ArticleState, start: int) -> str | None:
    """The body an article is about: its most often tagged organisation (for "la
    direction" with no company named in the mention)."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for ent in state.ents:
        if ent.label_ != "ORG":
            continue
        key = normalise_name(strip_leading(ent.text, state.lex))
        if not key or state.registry.lookup(ent.text, fuzzy=False) is not None:
            continue
        counts[key] += 1
        first.setdefault(key, strip_leading(ent.text, state.lex))
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    if rest and rest[0][1] == n:
        return None
    return first[top]


def expand_organisation(
    state: ArticleState, head: str, start: int, speakers_first: bool = False
) -> str | None:
    """The fuller name the article gives a bare organisation noun, nearest before first.

    The noun itself with a complement ("la mairie de Lyon"), another name of the same kind
    of body ("le centre hospitalier de Valbrune" for "l'hôpital"), or the title of who
    heads it ("le maire de Lyon"). After a type noun the proper name alone is the body
    ("le collectif Eau commune 32" -> "Eau commune 32"). With ``speakers_first``, a body
    that already spoke comes first ("le ministère public" is the prosecutor quoted before).
    """
    display = state.lex.organisation_display.get(head, head)
    related = state.lex.organisation_people.get(head, frozenset())
    found: list[tuple[int, str]] = []
    for phrase in ((head,), *state.lex.organisation_synonyms.get(head, ())):
        for i, j in state.phrase_spans(phrase):
            quoted = quoted_name_after(state, j)
            if quoted is not None and phrase[0] in state.lex.type_heads:
                # "le collectif « Sauvons Léo-Lagrange »": a slogan, not a name; the
                # body is the collectif of that slogan.
                found.append((state.doc[i].idx, f"{display} {quoted}"))
                continue
            complement = complement_after(state, state.doc[j - 1])
            if complement is None or names_a_person(state, complement):
                continue
            first = state.doc[j]
            if (
                phrase[0] in state.lex.type_heads
                and first.text[:1].isupper()
                and complement.start == j
            ):
                name = complement.text
            elif complement.start == j:
                name = state.text[state.doc[i].idx : complement.end_char]
            else:
                name = f"{display} {complement.text}"
            found.append((state.doc[i].idx, name[:1].upper() + name[1:]))
    for title in related:
        for i in state.word_positions(title):
            if normalise_name(state.doc[i].text) != title:
                continue
            complement = complement_after(state, state.doc[i])
            if complement is not None:
                name = f"{display} {complement.text}"
                found.append((state.doc[i].idx, name[:1].upper() + name[1:]))
    if not found:
        return None
    found.sort()
    if speakers_first:
        spoke = {normalise_name(state.entities[e].name) for e in state.history}
        found = [f for f in found if normalise_name(f[1]) in spoke] or found
    before = [f for f in found if f[0] < start]
    if len(before) >= 2 and coordinated_bodies(state, before[-2], before[-1]):
        # "Le parquet fédéral et le parquet d'Anvers ont ouvert une enquête. Le parquet a
        # demandé …": after two bodies of the noun named together, the bare noun is
        # neither in particular.
        return None
    return (before[-1] if before else found[0])[1]


def names_a_person(state: ArticleState, complement: Span) -> bool:
    """ "Police Spokesman Eric X": capitalised words after a body's noun that open on a
    person's noun or hold a person's name say who, not which body."""
    if any(t.ent_type_ in {"PERSON", "PER"} for t in complement):
        return True
    return state.lex.description_head([normalise_name(complement[0].text)]) is not None


def coordinated_bodies(
    state: ArticleState, first: tuple[int, str], second: tuple[int, str]
) -> bool:
    """Whether two fuller names of one noun are different bodies named in one sentence."""
    if normalise_name(first[1]) == normalise_name(second[1]):
        return False
    a, b = state.span(first[0], first[0] + 1), state.span(second[0], second[0] + 1)
    return a is not None and b is not None and a.sent.start == b.sent.start


def quoted_name_after(state: ArticleState, j: int) -> str | None:
    """The capitalised words in quotation marks at token ``j``: « Sauvons Léo-Lagrange »."""
    if j >= len(state.doc) or state.doc[j].text not in {"«", "“", '"'}:
        return None
    end = j + 1
    while end < len(state.doc) and end - j < 8 and state.doc[end].text not in {"»", "”", '"'}:
        end += 1
    if end >= len(state.doc) or end - j >= 8 or end == j + 1:
        return None
    inner = state.doc[j + 1 : end]
    if not inner.text[:1].isupper():
        return None
    return inner.text


# -- places --------------------------------------------------------------------------------


def departement_form(state: ArticleState, name: str) -> str:
    """A place body's name with its département as the lexicon writes it: "Préfecture de
    Martinique" -> "Préfecture de la Martinique". Any other name is returned as it is."""
    lowered = name[:1].lower() + name[1:]
    for body in state.lex.department_bodies:
        if not normalise_name(lowered).startswith(body + " "):
            continue
        place = _DEPT_PREFIX.sub("", lowered[len(body) + 1 :], count=1)
        for form in state.lex.departements:
            if normalise_name(_DEPT_PREFIX.sub("", form, count=1)) == normalise_name(place):
                return f"{name[: len(body)]} {form}"
    return name


def main_departement(state: ArticleState) -> str | None:
    """The département the article names most ("des Landes"), if one stands out."""
    if "departement" not in state.places:
        counts: Counter[str] = Counter()
        for form in state.lex.departements:
            name = _DEPT_PREFIX.sub("", form, count=1)
            # "Saint-Lys-d'Ariège" is a town, not the Ariège.
            pattern = rf"(?<![\w-])(?<!-d')(?<!-d’){re.escape(name)}(?![\w-])"
            hits = len(re.findall(pattern, state.text))
            if hits:
                counts[form] = hits
        if set(counts) - set(state.lex.habit_departements):
            # "Paris, France | AFP - La Martinique …", "(heure de Paris)": a place named
            # by habit gives way to any other département the article names.
            for form in state.lex.habit_departements:
                counts.pop(form, None)
        state.places["departement"] = _unique_top(counts, 1)
    return state.places["departement"]


def main_town(state: ArticleState) -> str | None:
    """The place the article names most often, at least twice ("Villeneuve-la-Rivière"):
    where a bare "la mairie" is."""
    if "town" not in state.places:
        counts: Counter[str] = Counter()
        departements = {
            normalise_name(_DEPT_PREFIX.sub("", d, count=1)) for d in state.lex.departements
        }
        for ent in state.ents:
            if ent.label_ not in {"LOC", "GPE"}:
                continue
            text = strip_leading(ent.text, state.lex).strip(" ,;:")
            key = normalise_name(text)
            if not key or key in departements or not text[:1].isupper():
                continue
            if state.registry.lookup(text, fuzzy=False) is not None:
                continue
            counts[text] += 1
        state.places["town"] = _unique_top(counts, 2)
    return state.places["town"]


def place_body(state: ArticleState, head: str, head_key: str) -> str | None:
    """A bare body named after its place: "la préfecture" -> "Préfecture des Landes" when
    the article names the département, "la mairie" -> "Mairie de X" for its main town."""
    display = head[:1].upper() + head[1:]
    if head_key in state.lex.department_bodies:
        departement = main_departement(state)
        return f"{display} {departement}" if departement else None
    if head_key in state.lex.town_bodies:
        town = main_town(state)
        return f"{display} {_de(town)}" if town else None
    return None


def resolve_group(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "les syndicats", "les enquêteurs", or nothing left once the determiners are gone:
    nobody in particular, so no later rule may guess."""
    words = mention.words
    if words and words[0] in state.lex.qualified_groups and len(words) > 1:
        qualified = qualified_group(state, mention)
        if qualified is not None:
            return qualified
    if not words or words[0] in state.lex.group_heads:
        return UNRESOLVED
    return None


def qualified_group(state: ArticleState, mention: Mention) -> Resolution | None:
    """ "les autorités françaises ont affirmé": a group head whose only other words are
    lower-case adjectives is one body, named by those words without the article."""
    tokens = [t for t in mention.tokens if normalise_name(t.text) not in state.lex.determiners]
    if len(tokens) < 2 or any(t.pos_ != "ADJ" or not t.text.islower() for t in tokens[1:]):
        return None
    name = state.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    entity = organisation_for(state, name, normalise_name(name).split(), None)
    entity.number = "plur"
    return Resolution(entity, SpeakerMethod.NAME, 0.7)


def office_holder_before_dropped_complement(
    state: ArticleState, mention: Mention
) -> Resolution | None:
    """ "a déclaré le procureur de la République (de Brive)" after "le procureur de Brive,
    Jean X,": a person's head noun followed by a complement that names no body
    (``complement_drop``) is that person's office, held by the one person the article
    described with the same head noun before. Nobody so described: the office is left to
    the body rules (the prosecution speaking)."""
    words = mention.words
    if state.lex.head_last or len(words) < 2 or state.lex.description_head(words[:1]) is None:
        return None
    rest = " ".join(words[1:])
    if not any(rest == drop or rest.startswith(drop + " ") for drop in state.lex.complement_drop):
        return None
    near = state.bindings_between(mention.start - LOOKBACK_CHARS, mention.start)
    holders = {
        b.entity
        for b in near
        if b.start < mention.start
        and b.words[:1] == (words[0],)
        and state.entities[b.entity].type == "person"
    }
    if len(holders) != 1:
        return None
    return Resolution(state.entities[holders.pop()], SpeakerMethod.DESCRIPTION, 0.65)


def person_headed(state: ArticleState, words: list[str]) -> bool:
    """Whether a compound ends on a noun of a person, in a language whose compounds end on
    their head ("the police spokesman", "the city council member"): a person, not a body.
    An office written in capitals ("the PM", ``office_acronyms``) is a person too."""
    if words and words[-1] in state.lex.office_acronyms:
        return True
    if not state.lex.head_last or not words:
        return False
    if len(words) == 1:
        # "the Taoiseach", "the Premier": an office alone, whose holder the description
        # rules find; a body tag on it is the tagger's.
        return state.lex.description_head(words) is not None
    # "the Labour TD for North Ward", "the Minister for Ports": the office before the link
    # word heads the phrase; the place or portfolio after it only says which.
    last = before_link(state, words)[-1]
    return last in state.lex.titles or any(head[-1] == last for head in state.lex.description_heads)


def resolve_body_members(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "African Union observers", "election observers from the Commonwealth": people a
    body sent speak for it; the body is the capitalised phrase before the noun or after its
    complement word ("from", "of", "by"). Nothing named there: not this rule's."""
    tokens, lex = mention.tokens, state.lex
    at = next((k for k, t in enumerate(tokens) if normalise_name(t.text) in lex.body_members), None)
    if at is None:
        return None
    phrase = _complement_name(state, tokens[at + 1 :])
    before = [t for t in tokens[:at] if normalise_name(t.text) not in lex.determiners]
    if not phrase and before and all(t.pos_ == "PROPN" for t in before):
        # a capitalised common noun opening the sentence ("Election observers") is no name
        phrase = before
    if not phrase:
        return None
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    text = state.text[start:end]
    words = normalise_name(text).split()
    found = resolve_organisation(state, text, words, None, state.span(start, end), start)
    if found is None or found.entity is None or found.entity.type != "organisation":
        return Resolution(organisation_for(state, text, words, None), SpeakerMethod.NAME, 0.7)
    return Resolution(found.entity, found.method, found.confidence * 0.9)


def _complement_name(state: ArticleState, tokens: list[Token]) -> list[Token]:
    """The capitalised name after the first complement word or agent preposition of
    ``tokens`` ("from the Southern African Development Community", "organized by the
    Commonwealth"), its article left out; empty when there is none."""
    lex = state.lex
    links = lex.complement_words | lex.agent_prepositions
    first = next((k for k, t in enumerate(tokens) if normalise_name(t.text) in links), None)
    if first is None:
        return []
    phrase: list[Token] = []
    for tok in tokens[first + 1 :]:
        low = normalise_name(tok.text)
        if not phrase and low in lex.determiners:
            continue
        if not (tok.text[:1].isupper() or (phrase and low in lex.name_particles)):
            break
        phrase.append(tok)
    return phrase


def resolve_member_body(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "Les juges ont estimé": the one court the article names."""
    return member_body(state, mention.words, mention.start)


def resolve_typed_name(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "le collectif Eau commune 32": the name after a type noun is the body."""
    return typed_name(state, mention.core, mention.span, mention.det_gender)


def resolve_body_epithet(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "« … », poursuit le service météorologique", "Le journal américain évoque …": a
    definite description of a kind of body, with no name in it, takes up the body that has
    just been speaking (the last body among the speakers of the previous paragraphs). Its
    determiner gives the body the gender later pronouns agree with ("poursuit-il").

    A bare noun the other rules complete from the article ("le syndicat", "la mairie")
    is left to them; so is any mention with nothing spoken for by a body before it.
    """
    words, core_raw = mention.words, mention.core_raw
    if not words or not core_raw or core_raw[0] not in state.lex.definite:
        return None
    if words[0] not in state.lex.body_epithets:
        return None
    kind = state.lex.body_epithets[words[0]]
    # "le quotidien Le Soir" is a name; "le service de presse de la mairie" says whose.
    named = any(t.text[:1].isupper() for t in mention.tokens[1:])
    if any(
        t.text.islower() and normalise_name(t.text) in state.lex.partitives for t in mention.tokens
    ):
        return None
    if named:
        # "le quotidien De Morgen": a kind noun the description rules would take for a
        # person's (by its ending) gives way to the name; "la radio Canal Sud" is left to
        # the organisation rules, which keep the noun in the name.
        return epithet_name(state, mention) if person_noun(state, words, mention.tokens) else None
    body = last_body_speaking(state, mention.start, mention.statement)
    # A bare noun the other rules complete from the article ("le syndicat") is theirs,
    # unless a body of its kind has just been speaking ("D'après le quotidien X, … Selon le
    # journal, …").
    bare = len(words) == 1 and state.lex.organisation_head(words)
    if bare and (body is None or body_kind(state, body) != kind):
        # "Le groupe chimique Varnel … admet l'entreprise": the body of that kind the text
        # named by its kind noun, when no body of that kind has just been speaking.
        return named_body_resolution(state, mention, kind, other_than=words[0])
    if body is None and words[0] in state.lex.known_bodies:
        # "La FGTB mènera une grève … Le syndicat socialiste qualifie …": with nobody of
        # its kind speaking, the noun takes up the body of that kind named last.
        known = known_body_before(state, words[0], mention.start)
        if known is not None and known.entity is not None:
            if mention.det_gender is not None:
                # "Le syndicat socialiste … Il indique": the pronouns agree with the noun.
                known.entity.gender = mention.det_gender
            return known
    if body is None:
        # "a révélé L'Indépendant. … le quotidien a rapporté …": a body's noun is nobody's
        # description, even when its ending looks like a person's ("quotidien",
        # "constructeur"), unless the article set that noun beside a name ("L'exploitant,
        # la société X,"), which the description rules read.
        if any(b.words[:1] == (words[0],) for b in state.bindings):
            return None
        return named_body_resolution(state, mention, kind) or UNRESOLVED
    found_kind = body_kind(state, body)
    if found_kind is not None and found_kind != kind:
        # "La CGT a dénoncé … Le groupe industriel a répondu": a union is no company.
        return None
    newer = body_named_since(state, body, mention, kind)
    if newer is not None:
        return newer
    if mention.det_gender is not None:
        body.gender = mention.det_gender
    return Resolution(body, SpeakerMethod.DESCRIPTION, 0.6)


def body_named_since(
    state: ArticleState, body: Entity, mention: Mention, kind: str
) -> Resolution | None:
    """ "« … », a prévenu le collectif X. L'association Y a également réagi. « … », estime
    l'association": a body of the same kind named by its kind noun after the speaking body
    last spoke is the one the bare noun takes up, not the body speaking before it."""
    since = max(
        (
            max(st.content_span[1], (st.speaker_mention_span or (0, 0))[1])
            for st in state.statements_anchored_between(0, mention.start)
            if st.speaker is not None and st.speaker.id == body.id
        ),
        default=None,
    )
    if since is None or since >= mention.start:
        return None
    name = named_body_before(state, mention.start, kind, since=since)
    if name is None or normalise_name(name) == normalise_name(body.name):
        return None
    return body_named(state, mention, name)


def epithet_name(state: ArticleState, mention: Mention) -> Resolution | None:
    """ "D'après le quotidien De Standaard", "a écrit l'hebdomadaire flamand Knack": a
    body's kind noun before a capitalised name is that body, named by the words from the
    first capital on (the kind noun and its adjectives only say what it is). A name the
    tagger reads as a person's is left to the other rules."""
    span = mention.span
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    head = next(
        (k for k, t in enumerate(tokens) if normalise_name(t.text) == mention.words[0]), None
    )
    if head is None:
        return None
    rest = tokens[head + 1 :]
    first = next((k for k, t in enumerate(rest) if t.text[:1].isupper()), None)
    if first is None or any(not t.text.islower() for t in rest[:first]):
        return None
    name_tokens = rest[first:]
    if {t.ent_type_ for t in name_tokens} & {"PER"}:
        return None
    name = state.text[name_tokens[0].idx : name_tokens[-1].idx + len(name_tokens[-1])]
    entity = organisation_for(state, name, normalise_name(name).split(), mention.det_gender)
    return Resolution(entity, SpeakerMethod.NAME, 0.75)


def resolve_title(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "« … », a rapporté L'Indépendant": a mention that is only a title (an article
    written with a capital inside a sentence, then capitalised words) and that no other
    rule read is a newspaper or another titled body, named as written, article included.
    Tried last, so that names the other rules already give stay as they are."""
    span = mention.span
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space and not t.is_punct]
    while tokens and normalise_name(tokens[0].text) in state.lex.leading_prepositions:
        tokens = tokens[1:]
    if not (written_as_title(state, tokens) or title_opening_sentence(state, tokens)):
        return None
    # "L'Écho du Causse": lower-case links may join its capitalised words.
    links = state.lex.complement_words | state.lex.name_particles
    if not tokens[-1].text[:1].isupper() or any(
        not (t.text[:1].isupper() or t.text in {"'", "’"} or normalise_name(t.text) in links)
        for t in tokens
    ):
        return None
    name = state.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    entity = organisation_for(state, name, normalise_name(name).split(), mention.det_gender)
    return Resolution(entity, SpeakerMethod.NAME, 0.6)


def body_kind(state: ArticleState, body: Entity) -> str | None:
    """The kind of body the article makes ``body`` (a kind of ``body_epithets``): its name's
    own first noun ("Syndicat national …"), a kind noun written right before its name ("la
    société Arvel", "le groupe pharmaceutique Arvel"), or a body of a known kind (the
    unions of ``known_bodies``). None when the article does not say."""
    kinds = state.lex.body_epithets
    words = normalise_name(body.name).split()
    if not words:
        return None
    if words[0] in kinds:
        return kinds[words[0]]
    for head, bodies in state.lex.known_bodies.items():
        if " ".join(words) in bodies and head in kinds:
            return kinds[head]
    doc = state.doc
    for i, _ in state.phrase_spans(tuple(words)):
        j = i - 1
        if j > 0 and doc[j].pos_ == "ADJ" and doc[j].text.islower():
            j -= 1
        if j >= 0 and doc[j].text.islower() and normalise_name(doc[j].text) in kinds:
            return kinds[normalise_name(doc[j].text)]
    # "Cantines-Debout, un collectif qui …": the kind noun set beside the name
    apposed = sorted(n for n in nouns_apposed_to(state, tuple(words)) if n in kinds)
    return kinds[apposed[0]] if apposed else None


def last_body_speaking(
    state: ArticleState, start: int, st: Statement, skip_media: bool = False
) -> Entity | None:
    """The organisation that spoke last before ``start``, in the same or the previous
    paragraph (found by bisection, not by a scan of the article); with ``skip_media``, not
    a news medium ("selon l'agence Reuters" reports, nobody's spokesperson speaks for it)."""
    here = state.para_of(start)
    since = state.para_starts[here - 1] if here >= 1 else 0
    best: tuple[int, Entity] | None = None
    for other in state.statements_anchored_between(since, start):
        if other is st or other.speaker is None or other.speaker.type != "organisation":
            continue
        entity = state.entities.get(other.speaker.id)
        if entity is not None and skip_media and is_news_medium(state, entity.name):
            continue
        at = anchor(other)
        if entity is not None and (best is None or at > best[0]):
            best = (at, entity)
    return best[1] if best else None


def resolve(mention: Mention, state: ArticleState) -> Resolution | None:
    """A body that speaks: a registry name, an organisation noun, a tagged ORG or place."""
    if person_headed(state, mention.words) or office_words(state, mention.core):
        return None
    holder = office_holder_before_dropped_complement(state, mention)
    if holder is not None:
        return holder
    return resolve_organisation(
        state, mention.core, mention.words, mention.det_gender, mention.span, mention.start
    )


def _unique_top(counts: Counter[str], least: int) -> str | None:
    """The most frequent key if it occurs at least ``least`` times and nothing ties with it."""
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    if n < least or (rest and rest[0][1] == n):
        return None
    return top


def _de(place: str) -> str:
    """A place name after "de": "de Sabres", "d'Uzès", "du Havre", "des Mureaux"."""
    first, _, rest = place.partition(" ")
    if first == "Le" and rest:
        return f"du {rest}"
    if first == "Les" and rest:
        return f"des {rest}"
    if strip_accents(place[:1]).lower() in set("aeiouy"):
        return f"d'{place}"
    return f"de {place}"


def spokesperson_gender(state: ArticleState, mention: str | None) -> str | None:
    """The gender of one spokesperson who is nobody in particular ("un porte-parole", "une
    représentante de X"), from the determiner; None for any other mention (a plural or
    definite one included)."""
    words = normalise_name(core_phrase(mention or "", state.lex)).split()
    if len(words) < 2 or words[0] not in state.lex.anonymous_openers:
        return None
    if not any(words[1 : 1 + len(h.split())] == h.split() for h in state.lex.spokesperson_heads):
        return None
    return state.lex.determiners.get(words[0])


def resolve_bare_spokesperson(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "La police a confirmé l'opération. « … », a ajouté un porte-parole": a spokesperson
    of no body named, nobody in particular, speaks for the body that was speaking just
    before (the convention: a spokesperson's body is the source). Without such a body the
    mention is left to the other rules (an anonymous source)."""
    if spokesperson_gender(state, mention.text) is None:
        return None
    if " ".join(mention.words) not in state.lex.spokesperson_heads:
        # "un porte-parole de FO" names its body (``resolve_voiced_body``).
        return None
    body = last_body_speaking(state, mention.start, mention.statement, skip_media=True)
    if body is None:
        # "Le groupe chimique Varnel a fermé son usine, a indiqué un porte-parole": the
        # body the text last named by its kind.
        return named_body_resolution(state, mention, None)
    return Resolution(body, SpeakerMethod.DESCRIPTION, 0.6)


def body_named(state: ArticleState, mention: Mention, name: str) -> Resolution:
    """``name``, written before ``mention`` after a noun of its kind, resolved as a body (a
    person the name would resolve to gives way to a body of that name)."""
    words = normalise_name(name).split()
    found = resolve_organisation(state, name, words, None, None, mention.start)
    if found is None or found.entity is None or found.entity.type == "person":
        entity = organisation_for(state, name, words, mention.det_gender)
    else:
        entity = found.entity
    return Resolution(entity, SpeakerMethod.DESCRIPTION, 0.55)


def named_body_resolution(
    state: ArticleState, mention: Mention, kind: str | None, other_than: str | None = None
) -> Resolution | None:
    """The body named after a noun of its kind before the mention, resolved as a body."""
    name = named_body_before(state, mention.start, kind, other_than=other_than)
    if name is None:
        return None
    return body_named(state, mention, name)


def resolve_spokesperson_body(mention: Mention, state: ArticleState) -> Resolution | None:
    """ "a spokesman for the Vestland Ministry of Transport", "officials at the Ministry",
    "A Government spokesman": someone speaking for a body and named by it only speaks for
    the body (the real sets' convention: a spokesperson of a named body is the body). The
    body is the capitalised name after the link word ("for", "at", "of", "from"), else the
    capitalised words before the noun. The nouns are ``Grammar.spokesperson_nouns`` (English
    for now); a definite or possessive phrase ("the spokesman", "his spokeswoman") may be a
    person the article names, and is left to the description rules; a named spokesperson
    ("spokesman Ivo X") is the person (the name rule comes first)."""
    nouns = get_language(state.lang).grammar.spokesperson_nouns
    tokens, lex = mention.tokens, state.lex
    at = next((k for k, t in enumerate(tokens) if t.lower_ in nouns), None)
    if at is None:
        return None
    before = [t for t in tokens[:at] if normalise_name(t.text) not in lex.determiners]
    opener = normalise_name(tokens[0].text) if tokens else ""
    if opener in lex.definite or opener in lex.singular_possessives:
        return None
    phrase = body_after_link(state, tokens[at + 1 :]) or body_before(before)
    if not phrase:
        return None
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    text = state.text[start:end]
    words = normalise_name(text).split()
    found = resolve_organisation(state, text, words, None, state.span(start, end), start)
    if found is not None and found.entity is not None and found.entity.type == "person":
        if not (is_acronym(text) and found.entity.entry is None):
            return None  # "a spokesman for Ms X" speaks for no body
        # "A PSNI spokesperson": capitals before the noun are a body's, whatever a lone
        # proper noun was taken for elsewhere
        found.entity.type = "organisation"
    if found is None or found.entity is None:
        return Resolution(organisation_for(state, text, words, None), SpeakerMethod.NAME, 0.7)
    return Resolution(found.entity, found.method, found.confidence * 0.9)


def body_after_link(state: ArticleState, tokens: list[Token]) -> list[Token]:
    """The capitalised name after a link word opening ``tokens`` ("for the Vestland Ministry
    of Transport"), with the lower-case words joining its capitalised ones; empty if none."""
    links = get_language(state.lang).grammar.spokesperson_links
    if not tokens or tokens[0].lower_ not in links:
        return []
    rest = [t for t in tokens[1:] if not t.is_punct]
    while rest and normalise_name(rest[0].text) in state.lex.determiners:
        rest = rest[1:]
    phrase: list[Token] = []
    for k, tok in enumerate(rest):
        if tok.text[:1].isupper():
            phrase.append(tok)
        elif phrase and k + 1 < len(rest) and rest[k + 1].text[:1].isupper():
            phrase.append(tok)  # "Ministry of Transport", "Trade and Industry"
        else:
            break
    return phrase


def body_before(before: list[Token]) -> list[Token]:
    """The nouns right before a spokesperson's noun ("A Government spokesman", "a police
    spokeswoman", "a Foreign Ministry official"): the body, without an adjective before it
    ("a senior government official")."""
    phrase: list[Token] = []
    for tok in reversed(before):
        if tok.pos_ not in {"NOUN", "PROPN"} and not tok.text[:1].isupper():
            break
        phrase.insert(0, tok)
    return phrase
