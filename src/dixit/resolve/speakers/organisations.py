"""Organisations that speak: rule 5 of the package docstring.

A body is found by its registry name, by an organisation noun ("le syndicat CGT", "la
direction de Régiorail", a bare "le ministère" completed from the article), by the one court
or council the article names for "les juges", or by an ORG/place tag. A bare place body ("la
préfecture", "la mairie") takes the département or town the article names most.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from dixit.registry import normalise_name, strip_accents
from dixit.resolve.speakers.article import ArticleState
from dixit.resolve.speakers.entities import Entity, Resolution
from dixit.resolve.speakers.names import _strip_leading

#: The preposition and article before a département's name ("des Landes" -> "Landes").
_DEPT_PREFIX = re.compile(r"^(de la |de l'|des |du |de |d')")


class OrganisationResolver(ArticleState):
    """Resolves mentions of bodies: names, organisation nouns and their complements, places."""

    def organisation_for(self, text: str, words: list[str], gender: str | None) -> Entity:
        entry = self.registry.lookup(text, fuzzy=False) or self.registry.lookup(
            " ".join(words), fuzzy=False
        )
        if entry is not None and entry.type == "organisation":
            entity = self._entity_for_entry(entry)
        else:
            name = self._expand_acronym(text.strip(" ,;:"))
            name = name[:1].upper() + name[1:]
            entity = self._new_entity(name, "organisation", gender)
        if entity.gender is None and entity.type == "organisation":
            entity.gender = gender
        return entity

    def _member_body(self, words: list[str], start: int) -> Resolution | None:
        """ "Les juges ont estimé": members in the plural speak for the body the article names
        ("le tribunal administratif de Limoges"), when it names exactly one."""
        heads = self.lex.member_bodies.get(words[0]) if len(words) == 1 else None
        if not heads:
            return None
        names: set[str] = set()
        first = ""
        for head in heads:
            for i, j in self._phrase_spans(head):
                complement = self._complement_after(self.doc[j - 1])
                if complement is None or complement.start != j:
                    continue
                name = self.text[self.doc[i].idx : complement.end_char]
                name = name[:1].upper() + name[1:]
                if normalise_name(name) not in {normalise_name(n) for n in names}:
                    names.add(name)
                    first = first or name
        if not names:
            # "les gendarmes" where the article writes "la gendarmerie" bare: the body a
            # bare mention of it would be (place bodies only: "le tribunal" alone names none).
            for head in heads:
                if " ".join(head) in self.lex.department_bodies | self.lex.town_bodies and (
                    self._phrase_spans(head)
                ):
                    found = self.resolve_organisation(" ".join(head), list(head), None, None, start)
                    if found is not None and found.entity is not None:
                        return Resolution(found.entity, "description", 0.6)
            return None
        if len(names) != 1:
            return None
        return Resolution(self.organisation_for(first, [], None), "description", 0.6)

    def _typed_name(self, core: str, span: Span | None, gender: str | None) -> Resolution | None:
        """A mention right after a type noun is the name of that body: "Eau commune 32" in
        "le collectif Eau commune 32 a annoncé"."""
        if span is None or span.start < 1 or not core[:1].isupper():
            return None
        before = self.doc[span.start - 1]
        if normalise_name(before.text) not in self.lex.type_heads or not before.text.islower():
            return None
        name = _strip_leading(core, self.lex)
        return Resolution(self.organisation_for(name, [], gender), "name", 0.8)

    def resolve_organisation(
        self, core: str, words: list[str], gender: str | None, span: Span | None, start: int
    ) -> Resolution | None:
        """A body that speaks: a registry name, an organisation noun, or a tagged ORG/place.

        "le syndicat CGT" is the CGT; "la direction de Régiorail" speaks for Régiorail; a bare
        "le ministère" takes its complement from the article ("ministère de la Santé", or
        "la ministre de la Santé" for the ministry she heads).
        """
        text = _strip_leading(core, self.lex)
        entry = self.registry.lookup(text, fuzzy=False)
        if entry is not None:
            entity = self._entity_for_entry(entry)
            if entity.type == "organisation" and entity.gender is None:
                entity.gender = gender
            return Resolution(entity, "name", 0.9)
        if self.lex.organisation_head(words):
            head, _, rest = text.partition(" ")
            head_key = normalise_name(head)
            rest_words = normalise_name(rest).split()
            proper = _first_capitalised(rest, within=2)
            if head_key in self.lex.type_heads and head[:1].islower() and proper is not None:
                # "le syndicat CGT", "le groupe portugais AeroLusa", "l'association des Amis
                # du musée": the name is the body; the noun only says what kind it is.
                found = self.resolve_organisation(
                    proper, normalise_name(proper).split(), gender, None, start
                )
                if found is not None:
                    return found
                return Resolution(self.organisation_for(proper, [], gender), "name", 0.8)
            if head_key in self.lex.proxy_heads:
                if rest_words[:1] and rest_words[0] in {"de", "du", "des", "d'"}:
                    inner = _strip_leading(rest, self.lex)
                    inner_words, inner_gender = self.lex.strip_determiners(
                        normalise_name(inner).split()
                    )
                    found = self.resolve_organisation(inner, inner_words, inner_gender, None, start)
                    if found is not None:
                        return Resolution(found.entity, found.method, found.confidence * 0.9)
                    return Resolution(self.organisation_for(inner, [], inner_gender), "name", 0.6)
                if not rest_words:
                    named = self._proxy_named(head_key, start)
                    if named is not None:
                        return named
                    body = self._main_organisation(start)
                    if body is not None:
                        return Resolution(self.organisation_for(body, [], None), "description", 0.5)
                    return None
            if len(words) == 1:
                known = self._known_body_before(head_key, start)
                if known is not None:
                    return known
                expanded = self._expand_organisation(head_key, start)
                if expanded is not None:
                    entity = self.organisation_for(expanded, [], gender)
                    return Resolution(entity, "description", 0.7)
                placed = self._place_body(head, head_key)
                if placed is not None:
                    entity = self.organisation_for(placed, [], gender)
                    return Resolution(entity, "description", 0.6)
            return Resolution(self.organisation_for(text, words, gender), "name", 0.75)
        if span is not None:
            labels = {t.ent_type_ for t in span if t.ent_type_}
            tokens = [t for t in span if not t.is_punct]
            if labels & {"ORG", "LOC", "GPE"} and not self._person_noun(words, tokens):
                return Resolution(self.organisation_for(text, words, gender), "name", 0.7)
        return None

    def _proxy_named(self, head: str, start: int) -> Resolution | None:
        """ "La direction du Grand Port maritime de Port-Vendrelles a dénoncé …" somewhere in
        the article: a bare "la direction" elsewhere is that body's (nearest before, else the
        first after, as a headline is written before the body names it)."""
        found: list[tuple[int, Span]] = []
        for i, j in self._phrase_spans((head,)):
            nxt = self.doc[j] if j < len(self.doc) else None
            if nxt is None or normalise_name(nxt.text) not in {"de", "du", "des", "d'"}:
                continue
            complement = self._complement_after(self.doc[j - 1])
            if complement is None or complement.start != j:
                continue
            inner = _strip_leading(complement.text, self.lex)
            if not inner[:1].isupper():
                continue
            found.append((self.doc[i].idx, complement))
        if not found:
            return None
        before = [f for f in found if f[0] < start]
        complement = (before[-1] if before else found[0])[1]
        inner = _strip_leading(complement.text, self.lex)
        inner_words, inner_gender = self.lex.strip_determiners(normalise_name(inner).split())
        body = self.resolve_organisation(inner, inner_words, inner_gender, None, start)
        entity = body.entity if body is not None else self.organisation_for(inner, [], None)
        return Resolution(entity, "description", 0.6)

    def _known_body_before(self, head: str, start: int) -> Resolution | None:
        """ "La CGT, majoritaire au CSE, … D'après le syndicat": a bare type noun takes up
        the body of that kind the article named last before it (the lexicon's
        ``known_bodies``: the unions)."""
        best: tuple[int, str] | None = None
        for name in self.lex.known_bodies.get(head, ()):
            for i, j in self._phrase_spans(tuple(name.split())):
                idx = self.doc[i].idx
                if idx < start and (best is None or idx > best[0]):
                    best = (idx, self.text[idx : self.doc[j - 1].idx + len(self.doc[j - 1])])
        if best is None:
            return None
        name = best[1]
        found = self.resolve_organisation(name, normalise_name(name).split(), None, None, start)
        entity = found.entity if found is not None else self.organisation_for(name, [], None)
        return Resolution(entity, "description", 0.65)

    def _main_organisation(self, start: int) -> str | None:
        """The body an article is about: its most often tagged organisation (for "la
        direction" with no company named in the mention)."""
        counts: Counter[str] = Counter()
        first: dict[str, str] = {}
        for ent in self.ents:
            if ent.label_ != "ORG":
                continue
            key = normalise_name(_strip_leading(ent.text, self.lex))
            if not key or self.registry.lookup(ent.text, fuzzy=False) is not None:
                continue
            counts[key] += 1
            first.setdefault(key, _strip_leading(ent.text, self.lex))
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2)
        if rest and rest[0][1] == n:
            return None
        return first[top]

    def _complement_after(self, tok: Token) -> Span | None:
        """ "de la Santé" after "ministre", "nationale de rugby" after "Ligue", "Centre-Val de
        Loire" after "région": the words that say which body a head noun means."""
        doc = self.doc
        j = tok.i + 1
        if j >= len(doc):
            return None
        first = doc[j]
        opens = normalise_name(first.text) in {"de", "du", "des", "d'"} or (
            first.pos_ == "ADJ" and not first.text[:1].isupper()
        )
        if not opens and not (first.text[:1].isupper() and first.pos_ in {"PROPN", "NOUN", "X"}):
            return None
        end = j
        while end < len(doc) and end - j < 8:
            t = doc[end]
            low = normalise_name(t.text)
            if low in {"de", "du", "des", "d'"} or t.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "NUM"}:
                end += 1
                continue
            if t.text in {"-", "'"}:
                end += 1
                continue
            break
        while end > j and (doc[end - 1].pos_ in {"DET", "ADP"} or doc[end - 1].text in {"-", "'"}):
            end -= 1
        if end <= j or (end == j + 1 and normalise_name(first.text) in {"de", "du", "des", "d'"}):
            return None
        complement = doc[j:end]
        for drop in self.lex.complement_drop:
            text = normalise_name(complement.text)
            if text.startswith(drop + " "):
                cut = len(drop.split())
                complement = doc[j + cut : end] if j + cut < end else complement
        return complement

    def _expand_organisation(self, head: str, start: int) -> str | None:
        """The fuller name the article gives a bare organisation noun, nearest before first.

        The noun itself with a complement ("la mairie de Lyon"), another name of the same kind
        of body ("le centre hospitalier de Valbrune" for "l'hôpital"), or the title of who
        heads it ("le maire de Lyon"). After a type noun the proper name alone is the body
        ("le collectif Eau commune 32" -> "Eau commune 32").
        """
        display = self.lex.organisation_display.get(head, head)
        related = self.lex.organisation_people.get(head, frozenset())
        found: list[tuple[int, str]] = []
        for phrase in ((head,), *self.lex.organisation_synonyms.get(head, ())):
            for i, j in self._phrase_spans(phrase):
                quoted = self._quoted_name_after(j)
                if quoted is not None and phrase[0] in self.lex.type_heads:
                    # "le collectif « Sauvons Léo-Lagrange »": a slogan, not a name; the
                    # body is the collectif of that slogan.
                    found.append((self.doc[i].idx, f"{display} {quoted}"))
                    continue
                complement = self._complement_after(self.doc[j - 1])
                if complement is None:
                    continue
                first = self.doc[j]
                if (
                    phrase[0] in self.lex.type_heads
                    and first.text[:1].isupper()
                    and complement.start == j
                ):
                    name = complement.text
                elif complement.start == j:
                    name = self.text[self.doc[i].idx : complement.end_char]
                else:
                    name = f"{display} {complement.text}"
                found.append((self.doc[i].idx, name[:1].upper() + name[1:]))
        for title in related:
            for i in self._word_positions(title):
                if normalise_name(self.doc[i].text) != title:
                    continue
                complement = self._complement_after(self.doc[i])
                if complement is not None:
                    name = f"{display} {complement.text}"
                    found.append((self.doc[i].idx, name[:1].upper() + name[1:]))
        if not found:
            return None
        found.sort()
        before = [f for f in found if f[0] < start]
        return (before[-1] if before else found[0])[1]

    def _quoted_name_after(self, j: int) -> str | None:
        """The capitalised words in quotation marks at token ``j``: « Sauvons Léo-Lagrange »."""
        if j >= len(self.doc) or self.doc[j].text not in {"«", "“", '"'}:
            return None
        end = j + 1
        while end < len(self.doc) and end - j < 8 and self.doc[end].text not in {"»", "”", '"'}:
            end += 1
        if end >= len(self.doc) or end - j >= 8 or end == j + 1:
            return None
        inner = self.doc[j + 1 : end]
        if not inner.text[:1].isupper():
            return None
        return inner.text

    # -- places --------------------------------------------------------------------------------

    def _departement(self) -> str | None:
        """The département the article names most ("des Landes"), if one stands out."""
        if "departement" not in self._places:
            counts: Counter[str] = Counter()
            for form in self.lex.departements:
                name = _DEPT_PREFIX.sub("", form, count=1)
                # "Saint-Lys-d'Ariège" is a town, not the Ariège.
                pattern = rf"(?<![\w-])(?<!-d')(?<!-d’){re.escape(name)}(?![\w-])"
                hits = len(re.findall(pattern, self.text))
                if hits:
                    counts[form] = hits
            self._places["departement"] = _unique_top(counts, 1)
        return self._places["departement"]

    def _town(self) -> str | None:
        """The place the article names most often, at least twice ("Villeneuve-la-Rivière"):
        where a bare "la mairie" is."""
        if "town" not in self._places:
            counts: Counter[str] = Counter()
            departements = {
                normalise_name(_DEPT_PREFIX.sub("", d, count=1)) for d in self.lex.departements
            }
            for ent in self.ents:
                if ent.label_ not in {"LOC", "GPE"}:
                    continue
                text = _strip_leading(ent.text, self.lex).strip(" ,;:")
                key = normalise_name(text)
                if not key or key in departements or not text[:1].isupper():
                    continue
                if self.registry.lookup(text, fuzzy=False) is not None:
                    continue
                counts[text] += 1
            self._places["town"] = _unique_top(counts, 2)
        return self._places["town"]

    def _place_body(self, head: str, head_key: str) -> str | None:
        """A bare body named after its place: "la préfecture" -> "Préfecture des Landes" when
        the article names the département, "la mairie" -> "Mairie de X" for its main town."""
        display = head[:1].upper() + head[1:]
        if head_key in self.lex.department_bodies:
            departement = self._departement()
            return f"{display} {departement}" if departement else None
        if head_key in self.lex.town_bodies:
            town = self._town()
            return f"{display} {_de(town)}" if town else None
        return None


def _first_capitalised(text: str, within: int = 99) -> str | None:
    """From the first capitalised word on ("portugais AeroLusa" -> "AeroLusa"), if it is
    among the first ``within`` words."""
    words = text.split()
    for i, word in enumerate(words[:within]):
        if word[:1].isupper() or word[:1].isdigit():
            return " ".join(words[i:])
    return None


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
