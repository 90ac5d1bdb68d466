"""The article-wide scan, done once before any statement is resolved.

``scan`` learns the article's people: every name the NER tags or a mention contains, the
full names (so that a surname anywhere joins them), where each is named and whether as a
main-clause subject (``Ref``), and the descriptions written next to a name or before a
body's name (``Binding``), with the gender they show. ``_acronyms`` reads the acronyms the
article spells out ("… (SNPE)") so that a later bare acronym gets its long form.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from dixit.extract.syntax import sentence_of
from dixit.model import Statement
from dixit.registry import normalise_name
from dixit.resolve.speakers.article import ArticleState
from dixit.resolve.speakers.entities import Binding, Entity, Ref
from dixit.resolve.speakers.lexicon import _COMPLEMENT_WORDS, _DEFINITE, _NAME_PARTICLES
from dixit.resolve.speakers.names import _breaks_phrase

#: An acronym in brackets after the name it abbreviates: "(SNPE)", "(Inrap)".
_ACRONYM = re.compile(r"\(([A-ZÉÈ][A-Za-zÉÈ]{1,9})\)")
#: Words an acronym skips: "Service départemental d'incendie et de secours" is SDIS.
_ACRONYM_SKIP = frozenset(
    {"de", "du", "des", "d", "d'", "et", "la", "le", "l", "l'", "les", "en", "a", "au", "aux"}
)


class MentionScanner(ArticleState):
    """Scans the whole article for names, appositions, subjects and acronyms."""

    # -- scanning the article ------------------------------------------------------------------

    def _is_subject(self, token: Token) -> tuple[bool, bool]:
        """(is a subject, of a main clause): climbs appositions and flat names first."""
        seen = 0
        while token.dep_ in {"appos", "flat:name", "flat", "compound", "nmod"} and seen < 4:
            if token.head is token:
                break
            token = token.head
            seen += 1
        subject = token.dep_.startswith("nsubj")
        head = token.head
        main = subject and (head.dep_ == "ROOT" or head.dep_.startswith("conj"))
        return subject, main

    def scan(self, statements: list[Statement]) -> None:
        """Learn the article's names, appositions and genders before resolving anything."""
        for st in statements:
            if st.kind == "direct":
                self._quoted.append(st.content_span)
            self._contents.append(st.content_span)
        person_ents = [e for e in self.ents if e.label_ in {"PER", "PERSON"} and e.text.strip()]
        # Mentions the extractor found but NER missed are names too.
        extra: list[Span] = []
        for st in statements:
            if st.speaker_mention_span:
                span = self._span(*st.speaker_mention_span)
                if span is not None and not any(
                    e.start < span.end and span.start < e.end for e in person_ents
                ):
                    extra.append(span)
        found: list[tuple[Span, list[Token], str | None]] = []
        for span in [*person_ents, *extra]:
            tokens = [t for t in span if not t.is_space]
            runs = self._name_runs(tokens) if span in extra else [tokens]
            for run in runs[-1:]:
                stripped, title_gender = self._strip_titles(run)
                if not stripped:
                    continue
                text = self.text[stripped[0].idx : stripped[-1].idx + len(stripped[-1])]
                if self._run_is_person(stripped, text, tokens) is False:
                    continue
                prev = self.doc[stripped[0].i - 1] if stripped[0].i > 0 else None
                if title_gender is None and prev is not None:
                    title_gender = self.lex.title_gender.get(normalise_name(prev.text))
                found.append((self.doc[stripped[0].i : stripped[-1].i + 1], stripped, title_gender))
        found.sort(key=lambda f: f[0].start_char)
        # Full names first, so that surnames anywhere in the article can join them.
        for span, _, _ in found:
            words = normalise_name(span.text).split()
            if len(words) < 2 or words[0] in _NAME_PARTICLES:
                continue
            entity, _, _ = self.person_for_name(span.text)
            if entity is not None and entity.type == "person":
                self.full_names.append((words, entity.id))
        seen: set[str] = set()
        for span, _, title_gender in found:
            entity, _, _ = self.person_for_name(span.text)
            if entity is None:
                continue
            self._vote_gender(entity, title_gender)
            self._add_ref(span.start_char, span.end_char, entity, span.root)
            for start, words, gender in self._appositions(span):
                self.bindings.append(Binding(start, tuple(words), entity.id))
                self._vote_gender(entity, gender)
                kin = words[0] in self.lex.kinship_heads or (
                    " ".join(words[:2]) in self.lex.kinship_heads
                )
                if entity.id not in seen and kin and self._possessive_at(start):
                    self.relatives.add(entity.id)
            seen.add(entity.id)
        self._organisation_appositions()
        self.bindings.sort(key=lambda b: b.start)

    def _possessive_at(self, char: int) -> bool:
        """Whether the phrase at ``char`` opens with a possessive ("Sa mère", "Son avocat")."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span is not None and normalise_name(span[0].text) in self.lex.possessives

    def _organisation_appositions(self) -> None:
        """Descriptions written before a body's name: "Le promoteur, la société Éolia Centre,"
        binds "promoteur" to Éolia Centre, so that a later "le promoteur" is that company."""
        doc = self.doc
        starts: set[int] = set()
        for ent in self.ents:
            if ent.label_ == "ORG" or (ent.label_ == "MISC" and ent.start > 0):
                starts.add(ent.start)
        for head in self.lex.type_heads:
            for i in self._word_positions(head):
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if (
                    normalise_name(doc[i].text) == head
                    and nxt is not None
                    and nxt.text[:1].isupper()
                    and not nxt.is_sent_start
                ):
                    starts.add(i + 1)
        for first in sorted(starts):
            typed = first >= 1 and normalise_name(doc[first - 1].text) in self.lex.type_heads
            end = first + 1
            if doc[first].ent_iob_ == "B":
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            else:
                while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                    end += 1
            name = doc[first:end].text
            np_start = first - 1 if typed else first
            if np_start >= 1 and normalise_name(doc[np_start - 1].text) in self.lex.determiners:
                np_start -= 1
            if np_start < 2 or doc[np_start - 1].text != ",":
                continue
            sent = sentence_of(doc, first)
            collected: list[Token] = []
            i = np_start - 2
            while i >= sent.start and len(collected) < 8:
                tok = doc[i]
                if _breaks_phrase(tok) or tok.ent_type_:
                    break
                collected.insert(0, tok)
                low = normalise_name(tok.text)
                if low in self.lex.determiners and low not in _COMPLEMENT_WORDS:
                    break
                i -= 1
            if not collected or normalise_name(collected[0].text) not in _DEFINITE | {"son", "sa"}:
                continue
            if len(collected) < 2 or not collected[1].text.islower() or collected[1].pos_ != "NOUN":
                continue
            words, _ = self.lex.strip_determiners(
                normalise_name(" ".join(t.text for t in collected)).split()
            )
            if (
                not words
                or self.lex.organisation_head(words)
                or self.lex.description_head(words[:1])
            ):
                continue
            entity = self.organisation_for(name, [], None)
            self.bindings.append(Binding(collected[0].idx, tuple(words), entity.id))

    def _add_ref(self, start: int, end: int, entity: Entity, token: Token | None) -> None:
        subject, main = self._is_subject(token) if token is not None else (True, True)
        ref = Ref(
            start=start,
            end=end,
            entity=entity.id,
            sent=self.sent_of(start),
            subject=subject,
            main=main,
            quoted=self._inside(start, self._quoted),
        )
        if ref not in self._ref_set:
            self._ref_set.add(ref)
            bisect.insort(self.refs, ref, key=lambda r: (r.start, r.end))

    def _appositions(self, name: Span) -> list[tuple[int, list[str], str | None]]:
        """Descriptions written right before or right after a name, where, and their gender.

        "le président russe Vladimir Poutine", "la porte-parole de X, Karoline Leavitt" and
        "Karoline Leavitt, porte-parole de X," all bind a description to the name. A phrase
        after the name that itself contains another name is a list, not an apposition
        ("Trump, le président ukrainien Volodymyr Zelensky et …").
        """
        doc, sent = self.doc, sentence_of(self.doc, name.start)
        found = []
        # Before: walk left over the description, through "de la", to its determiner; a
        # second description before a comma names the same person ("le commandant de la
        # compagnie de Lézat, le capitaine Sébastien Roques").
        i = name.start - 1
        if i >= sent.start and doc[i].text == ",":
            i -= 1
        for round_ in range(2):
            collected, i = self._walk_description(i, sent.start)
            before = self._description_of(collected)
            if not before:
                break
            found.append((collected[0].idx, *before))
            i -= 1
            if round_ or i < sent.start + 1 or doc[i].text != ",":
                break
            i -= 1
        # After: ", description," up to the next comma or verb.
        j = name.end
        if j < sent.end and doc[j].text == ",":
            j += 1
            collected = []
            while j < sent.end and len(collected) < 12:
                tok = doc[j]
                if _breaks_phrase(tok):
                    break
                collected.append(tok)
                j += 1
            if collected and not any(t.ent_type_ in {"PER", "PERSON"} for t in collected):
                after = self._description_of(collected)
                if after:
                    found.append((name.start_char, *after))
        return found

    def _walk_description(self, i: int, lo: int) -> tuple[list[Token], int]:
        """The description phrase ending at token ``i``, walking left to its determiner, and
        the index of its first token."""
        doc = self.doc
        collected: list[Token] = []
        while i >= lo and len(collected) < 10:
            tok = doc[i]
            # "le ministre délégué chargé de l'Industrie": participles that qualify a noun
            # belong to the description; a participle after "a" is the verb.
            qualifying = (
                tok.pos_ == "VERB"
                and "Part" in tok.morph.get("VerbForm")
                and i - 1 >= lo
                and doc[i - 1].pos_ in {"NOUN", "ADJ", "VERB", "PROPN"}
            )
            if _breaks_phrase(tok) and not qualifying:
                break
            if tok.ent_type_ in {"PER", "PERSON"}:
                break
            collected.insert(0, tok)
            low = normalise_name(tok.text)
            if low not in _COMPLEMENT_WORDS and (tok.pos_ == "DET" or low in self.lex.determiners):
                prev = normalise_name(doc[i - 1].text) if i - 1 >= lo else ""
                if prev not in _COMPLEMENT_WORDS:
                    break
            i -= 1
        return collected, (collected[0].i if collected else i)

    # -- acronyms ------------------------------------------------------------------------------

    def _acronyms(self) -> dict[str, tuple[str, str | None]]:
        """Acronyms the article spells out: "le Syndicat national des personnels enseignants
        (SNPE)" gives SNPE -> (its long form, None); "(SDIS) du Var" keeps "du Var" too.

        The long form is the shortest phrase before the bracket whose content words' initials
        are the acronym's letters.
        """
        if self._acronym_table is not None:
            return self._acronym_table
        table: dict[str, tuple[str, str | None]] = {}
        for m in _ACRONYM.finditer(self.text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            letters = normalise_name(m.group(1))
            sent_start = sentence_of(self.doc, span.start).start
            long_form = None
            j = span.start - 1
            while j >= max(sent_start, span.start - 14):
                tok = self.doc[j]
                if _breaks_phrase(tok) and tok.pos_ != "PRON":
                    break
                words = normalise_name(self.doc[j : span.start].text).replace("' ", " ").split()
                initials = "".join(w[0] for w in words if w not in _ACRONYM_SKIP)
                if initials == letters and normalise_name(tok.text) not in _ACRONYM_SKIP:
                    long_form = self.doc[j : span.start].text
                    break
                if len(initials) >= len(letters) and not letters.startswith(initials):
                    break
                j -= 1
            if long_form is None:
                continue
            closing = self.doc[span.end - 1]
            complement = self._complement_after(closing)
            comp = None
            if complement is not None and normalise_name(self.doc[closing.i + 1].text) in {
                "de",
                "du",
                "des",
                "d'",
            }:
                comp = self.text[self.doc[closing.i + 1].idx : complement.end_char]
            table.setdefault(letters, (long_form[:1].upper() + long_form[1:], comp))
        self._acronym_table = table
        return table

    def _expand_acronym(self, name: str) -> str:
        """The long form the article gives an acronym: "SNPE" -> "Syndicat national des
        personnels enseignants", "SDIS" -> "Service départemental … du Var"."""
        first, _, rest = name.partition(" ")
        key = normalise_name(first)
        if not key or " " in key or not self._acronyms().get(key):
            return name
        long_form, complement = self._acronyms()[key]
        if rest:
            return f"{long_form} {rest}"
        return f"{long_form} {complement}" if complement else long_form
