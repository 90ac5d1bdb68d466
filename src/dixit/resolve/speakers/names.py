"""Names: finding a person's name in a mention, and the person it stands for.

A mention is read as runs of capitalised words ("Mme Karoline Leavitt"), titles stripped
(with the gender they show), and a run is kept when it is a person's name rather than a body
or a place (registry, NER label, type nouns, first names). ``parse`` returns the name and the
description around it; ``person_for_name`` finds the entity (a longer name of the article,
the registry, or a new person); ``resolve_name`` is rule 4 of the package docstring.
The helpers at the end cut a mention's text (leading prepositions, what follows a comma).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dixit.registry import normalise_name
from dixit.resolve.speakers.article import ArticleState
from dixit.resolve.speakers.entities import _UNRESOLVED, Binding, Entity, Resolution, _Parsed
from dixit.resolve.speakers.lexicon import (
    _COMPLEMENT_WORDS,
    _LEADING_PREPOSITIONS,
    _NAME_PARTICLES,
    SpeakerLexicon,
)


class NameReader(ArticleState):
    """Reads names in mentions and finds the people they name."""

    def _first_name_gender(self, name_words: list[str]) -> str | None:
        if len(name_words) < 2:
            return None
        return self.lex.first_names.get(name_words[0])

    def person_for_name(self, name: str) -> tuple[Entity | None, str, float]:
        """The entity a written name stands for, with how it was found and how sure that is.

        Order: a longer name of the same person used in this article ("Leavitt" after
        "Karoline Leavitt"), the registry (exact alias, unique surname, then fuzzy), and last a
        new person named as written. A surname shared by two people of the article is left
        unresolved rather than guessed.
        """
        words = normalise_name(name).split()
        if not words:
            return None, "", 0.0
        longer = {
            key
            for full, key in self.full_names
            if len(full) > len(words) and full[-len(words) :] == words
        }
        if len(longer) == 1:
            return self.entities[longer.pop()], "alias", 0.85
        if len(longer) > 1:
            return None, "", 0.0
        exact = self.registry.candidates(name)
        if len(exact) == 1:
            entry = exact[0]
            same = normalise_name(entry.name_in(self.lang)) == " ".join(words)
            return self._entity_for_entry(entry), "name" if same else "alias", 0.95 if same else 0.9
        if len(exact) > 1:
            return None, "", 0.0
        if len(words) == 1 or words[0] in _NAME_PARTICLES:
            by_surname = self.registry.by_surname(name)
            if len(by_surname) == 1:
                return self._entity_for_entry(by_surname[0]), "alias", 0.8
        fuzzy = self.registry.fuzzy_lookup(name)
        if fuzzy is not None:
            return self._entity_for_entry(fuzzy), "alias", 0.8
        entity = self._new_entity(" ".join(name.split()), "person")
        self._vote_gender(entity, self._first_name_gender(words))
        return entity, "name", 0.9 if len(words) > 1 else 0.6

    # -- reading a mention ---------------------------------------------------------------------

    def _is_capitalised(self, token: Token) -> bool:
        text = token.text.lstrip("-")
        return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)

    def _function_word(self, tok: Token) -> bool:
        """Articles, pronouns and prepositions, whatever the tagger says ("Poutine" as PRON)."""
        low = normalise_name(tok.text)
        if low in self.lex.determiners or low in self.lex.pronouns:
            return True
        if low in _COMPLEMENT_WORDS or low in _LEADING_PREPOSITIONS:
            return True
        return tok.pos_ in {"AUX", "VERB", "SCONJ", "CCONJ"} and tok.ent_type_ not in {
            "PER",
            "PERSON",
        }

    def _name_runs(self, tokens: list[Token]) -> list[list[Token]]:
        """Runs of capitalised words that may be a name; complements of "de", "du" excluded."""
        runs: list[list[Token]] = []
        current: list[Token] = []
        for i, tok in enumerate(tokens):
            low = normalise_name(tok.text)
            if self._is_capitalised(tok) and not self._function_word(tok):
                current.append(tok)
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            bridging = (
                current
                and low in _NAME_PARTICLES
                and nxt is not None
                and (self._is_capitalised(nxt) or normalise_name(nxt.text) in _NAME_PARTICLES)
            )
            if bridging and (self._is_capitalised(tok) or tok.pos_ in {"DET", "ADP", "X", "PROPN"}):
                current.append(tok)
                continue
            if current:
                runs.append(current)
            current = []
        if current:
            runs.append(current)
        kept = []
        for run in runs:
            while run and normalise_name(run[-1].text) in _NAME_PARTICLES:
                run = run[:-1]
            if not run:
                continue
            before = [t for t in tokens if t.i < run[0].i]
            prev = normalise_name(before[-1].text) if before else ""
            prev2 = normalise_name(before[-2].text) if len(before) > 1 else ""
            if prev in _COMPLEMENT_WORDS or (
                prev in self.lex.determiners and prev2 in _COMPLEMENT_WORDS
            ):
                continue
            kept.append(run)
        return kept

    def _strip_titles(self, run: list[Token]) -> tuple[list[Token], str | None]:
        gender = None
        while run and normalise_name(run[0].text) in self.lex.titles:
            gender = self.lex.title_gender.get(normalise_name(run[0].text)) or gender
            run = run[1:]
        return run, gender

    def _run_is_person(self, run: list[Token], text: str, tokens: list[Token]) -> bool | None:
        """True for a person's name, False for a body or place, None when nothing says.

        A name right after "description," is a person even when the tagger calls it a place
        ("La ministre de l'Environnement des Tuvalu, Mele Tafaoga").
        """
        entry = self.registry.lookup(text, fuzzy=False)
        if entry is not None:
            return entry.type == "person"
        prev = self.doc[run[0].i - 1] if run[0].i > 0 else None
        if (
            prev is not None
            and prev.text.islower()
            and normalise_name(prev.text) in self.lex.type_heads
        ):
            # "la société Hydrelis", "le collectif Eau commune": a body, whatever the tagger says.
            return False
        labels = {t.ent_type_ for t in run if t.ent_type_}
        if "PER" in labels or "PERSON" in labels:
            return True
        words = normalise_name(text).split()
        if self.lex.organisation_head(words):
            return False
        before = [t for t in tokens if t.i < run[0].i]
        if before and before[-1].text == "," and self._description_of(before[:-1]):
            return True
        if labels & {"ORG", "LOC", "GPE", "NORP", "FAC", "MISC"}:
            return False
        if len(words) > 1 and words[0] in self.lex.first_names:
            return True
        return None

    def _after_determiner(self, run: list[Token], tokens: list[Token]) -> bool:
        """A lone capitalised word after an article is a noun ("la Lyonnaise"), not a name:
        French does not put articles before people's names."""
        before = [t for t in tokens if t.i < run[0].i]
        return (
            len(run) == 1
            and bool(before)
            and normalise_name(before[-1].text) in self.lex.determiners
        )

    def _plausible_unknown_name(self, run: list[Token], tokens: list[Token]) -> bool:
        """A capitalised run nothing identifies: a name only if it looks like one.

        Two capitalised words ("Mele Tafaoga") or a surname the article gives in full pass; a
        lone unknown word does not ("Océans" heading a title, "la Lyonnaise" after an article).
        """
        text = self.text[run[0].idx : run[-1].idx + len(run[-1])]
        words = normalise_name(text).split()
        if self._after_determiner(run, tokens):
            return False
        if len(words) > 1:
            return True
        return (
            any(full[-1:] == words for full, _ in self.full_names)
            or len(self.registry.by_surname(text)) == 1
        )

    def parse(self, text: str, span: Span | None) -> _Parsed:
        words, det_gender = self.lex.strip_determiners(normalise_name(text).split())
        parsed = _Parsed(words=words, det_gender=det_gender)
        if span is None:
            return parsed
        tokens = [t for t in span if not t.is_space]
        # "Selon X", "Pour X": the preposition introduces the source, it is not part of it.
        while tokens and normalise_name(tokens[0].text) in _LEADING_PREPOSITIONS:
            tokens = tokens[1:]
        best: tuple[list[Token], str | None] | None = None
        for run in reversed(self._name_runs(tokens)):
            stripped, title_gender = self._strip_titles(run)
            if not stripped:
                continue
            name = self.text[stripped[0].idx : stripped[-1].idx + len(stripped[-1])]
            verdict = self._run_is_person(stripped, name, tokens)
            if verdict is False or (
                self._after_determiner(stripped, tokens) and not self.registry.candidates(name)
            ):
                continue
            if verdict is None and not self._plausible_unknown_name(stripped, tokens):
                continue
            best = (stripped, title_gender)
            break
        if best is None:
            return parsed
        run, parsed.title_gender = best
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        parsed.name = self.text[start:end]
        parsed.name_span = (start, end)
        before = [t for t in tokens if t.idx < start and not t.is_punct]
        after = [t for t in tokens if t.idx >= end and not t.is_punct]
        side = before if any(t.is_alpha for t in before) else after
        described = self._description_of(side)
        if described:
            parsed.description = described[0]
        return parsed

    # -- resolving -----------------------------------------------------------------------------

    def resolve_name(self, parsed: _Parsed, start: int) -> Resolution:
        assert parsed.name is not None
        entity, method, confidence = self.person_for_name(parsed.name)
        if entity is None:
            return _UNRESOLVED
        if entity.type == "person":
            self._vote_gender(entity, parsed.title_gender)
            if parsed.description:
                self._vote_gender(entity, parsed.det_gender)
                self.bindings.append(Binding(start, tuple(parsed.description), entity.id))
                return Resolution(entity, "apposition", max(confidence, 0.95))
        return Resolution(entity, method, confidence)


def _breaks_phrase(tok: Token) -> bool:
    """Whether a token ends a noun phrase: punctuation (not hyphens), verbs, clause words."""
    if tok.is_punct and tok.text not in {"-", "'"}:
        return True
    return tok.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}


def _strip_leading(mention: str, lex: SpeakerLexicon) -> str:
    """The mention without its leading article or preposition, as written ("Kremlin")."""
    text = mention.strip()
    while True:
        head, sep, rest = text.partition(" ")
        low = normalise_name(head)
        for det in ("l'", "d'"):
            if low.startswith(det) and len(low) > len(det):
                text = text[len(det) :].lstrip()
                break
        else:
            if sep and (low in lex.determiners or low in _LEADING_PREPOSITIONS):
                text = rest.lstrip()
                continue
            return text


def _core_phrase(mention: str, lex: SpeakerLexicon) -> str:
    """The mention without its leading preposition, bracketed acronyms or what follows a comma.

    "L'agence régionale de santé (ARS) d'Occitanie" -> "L'agence régionale de santé
    d'Occitanie"; "La direction, de son côté" -> "La direction".
    """
    words = mention.strip().split(" ")
    while len(words) > 1 and normalise_name(words[0]) in _LEADING_PREPOSITIONS:
        words = words[1:]
    text = re.sub(r"\s*\([^)]*\)", "", " ".join(words))
    for stop in (",", "(", ";"):
        text = text.split(stop, 1)[0]
    return " ".join(text.split()) or mention.strip()
