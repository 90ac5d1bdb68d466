"""Where a reported complement ends: the boundaries (a semicolon, a dash, "…, mais
il a ajouté", a new report) and the adjuncts allowed between a cue and its
complement.
"""

from __future__ import annotations

from spacy.tokens import Token

from dixit.extract.context import ArticleContext
from dixit.extract.quotes import Quote
from dixit.extract.syntax import subject_of

#: Dashes that end a reported clause in the middle of a sentence.
DASHES = frozenset({"—", "–"})


class ComplementBounds(ArticleContext):
    """Where a complement ends, and what may stand between a cue and it."""

    def only_adjuncts(self, start: int, end: int) -> bool:
        """Between a verb and its "que": adverbials, not another clause.

        An adjunct set off by commas may hold a verb that is not finite ("a annoncé, au
        sortir du conseil, que …"): it is an incidental phrase, not a clause of its own.
        """
        stretch = self.doc[start:end]
        incidental = len(stretch) > 2 and stretch[0].text == "," and stretch[-1].text == ","
        for t in stretch:
            if (
                incidental
                and "Fin" not in t.morph.get("VerbForm")
                and (t.pos_ == "VERB" or t.dep_ == "advcl")
            ):
                continue
            if t.pos_ in {"VERB"} and t.dep_ not in {"acl", "amod"}:
                return False
            if t.text in self.grammar.sentence_ends or t.text == ":":
                return False
        return True

    def complement_end(self, end: int, start: int, s_end: int) -> int:
        """Where a reported complement ends.

        The parse often attaches the tail of a long clause to the reporting verb, so the
        complement runs on to the end of its sentence unless a boundary comes first: a
        semicolon or dash, a contrastive connective after a comma ("…, mais …"), an
        attribution ("…, selon lui"), or a new reporting clause with its own subject.

        It never runs past the full stop of its written sentence: the parser may read on
        over a quotation that opens the next one ("… leurs intentions. « Dans deux jours,
        nous … »"); only a quotation the complement itself opens goes on over it.
        """
        doc = self.doc
        s_end = min(s_end, self.written_sentence(start)[1])
        end = min(end, s_end - 1)
        if self.grammar.dash_ends_complement:
            # "they had sex with X – payments that …": the parse may hang what follows a
            # dash inside the clause; the dash ends it all the same.
            dash = self._lone_dash(start + 1, end)
            if dash is not None:
                end = dash - 1
        colon = self.colon_before_a_quotation(start + 1, end)
        if colon is not None:
            end = colon - 1  # the parse hung the announced quotation on the clause
        else:
            k = end + 1
            while k < s_end and not self._is_boundary(k):
                k += 1
            end = max(end, k - 1)
        end = self._before_an_infinitive_adjunct(start, end)
        for j in range(start + 2, end + 1):
            cue = self.cue_at.get(j)
            if cue is None:
                continue
            if cue.kind == "verb":
                if self._heads_the_clause_reporting_nothing(doc[j], start):
                    continue  # "qu'en apprenant …, il a appelé le préfet": its own verb
                if self._shares_the_clause(doc[j], start):
                    continue
                subject = subject_of(doc[j])
                if subject is None:
                    main = self.report_coordinated_with(doc[j])
                    if main is None or main.i >= start:
                        continue
                    subject = subject_of(main)
                if self.grammar.subordinate_cue_in_complement and self.opens_a_subordinate(doc[j]):
                    continue  # "… because he thought …": no new report, part of this one
            cut = self._coordination_start(start, j)
            if cut is None:
                continue
            if cue.kind == "verb" and subject.head.i == j and start < subject.i <= cut:
                continue  # "que l'actionnaire, le fonds X, s'était engagé à …": its own verb
            end = cut
            break
        end = self._extend_to_closing_quote(end, s_end, start)
        while end > start and (doc[end].is_space or doc[end].text in {",", ";", ".", ":"}):
            end -= 1
        return end

    def _before_an_infinitive_adjunct(self, start: int, end: int) -> int:
        """ "assure que la grève n'est plus d'actualité, après avoir pourtant affirmé
        l'inverse": a comma, a clause breaker (``clause_breakers``) and an infinitive open an
        adjunct of the speaker's own clause, which the parse may hang inside the reported
        one; the complement ends before the comma."""
        doc = self.doc
        for k in range(start + 2, end):
            if doc[k].text != "," or doc[k + 1].lower_ not in self.grammar.clause_breakers:
                continue
            if self.in_quote(doc[k].idx):
                continue
            if any("Inf" in t.morph.get("VerbForm") for t in doc[k + 2 : min(end + 1, k + 5)]):
                return k - 1
        return end

    def colon_before_a_quotation(self, start: int, end: int) -> int | None:
        """The first colon in tokens ``start..end``, outside quotation marks, that announces a
        quotation ("X estime que la ville avance : « Nous … »"): the reported clause ends
        there and the quotation after it is a statement of its own, not part of the clause."""
        doc = self.doc
        for k in range(start, end + 1):
            if doc[k].text != ":" or self.in_quote(doc[k].idx):
                continue
            if k > 0 and doc[k - 1].lower_ in self.grammar.complementizers:
                continue  # "fait remarquer que : « … »": the quotation is the clause itself
            after = self.text[doc[k].idx + 1 :]
            opening = doc[k].idx + 1 + len(after) - len(after.lstrip())
            if any(q.start == opening for q in self.quotes):
                return k
        return None

    def _lone_dash(self, start: int, end: int) -> int | None:
        """The first dash in tokens ``start..end`` that opens no aside closed by a second
        dash ("troops – including soldiers – sprayed …"), outside quotation marks."""
        dashes = [
            j
            for j in range(start, end + 1)
            if self.doc[j].text in DASHES and not self.in_quote(self.doc[j].idx)
        ]
        return dashes[0] if len(dashes) % 2 == 1 else None

    def _breaks_before(self, token: Token) -> bool:
        """A clause breaker that is no part of the content before it ("… before declaring")."""
        return token.lower_ in self.grammar.clause_breakers

    def opens_a_subordinate(self, verb: Token) -> bool:
        """A verb opening a subordinate clause ("because he thought", "as he denied"): its
        own mark is no complementizer of a report."""
        return verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ not in self.grammar.complementizers for c in verb.children
        )

    def _heads_the_clause_reporting_nothing(self, verb: Token, start: int) -> bool:
        """ "a dit qu'en apprenant la nouvelle, il a appelé le préfet": a cue that heads the
        complement itself (its complementizer at ``start``), with no clause of its own to
        report, is the reported clause's verb, not a new report; "said that when …, he told
        her it might …" still reports on its own."""
        return any(c.i == start and c.dep_ == "mark" for c in verb.children) and not any(
            c.dep_ in {"ccomp", "xcomp"} for c in verb.children
        )

    def _shares_the_clause(self, verb: Token, start: int) -> bool:
        """ "de s'être exprimé … et d'avoir suggéré …": an infinitive cue coordinated inside
        the complement, without a subject of its own, goes on with the same report."""
        if verb.dep_ != "conj" or not start <= verb.head.i < verb.i:
            return False
        infinitive = "Inf" in verb.morph.get("VerbForm") or any(
            a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in verb.children
        )
        return infinitive and not any(c.dep_ in self.grammar.subject_labels for c in verb.children)

    def _is_boundary(self, k: int) -> bool:
        doc = self.doc
        t = doc[k]
        if t.text in {";", "—", "–"}:
            return True
        if t.text == ":" and self.colon_before_a_quotation(k, k) is not None:
            return True
        if t.text == "," and k + 1 < len(doc):
            nxt = doc[k + 1]
            after = doc[k + 2] if k + 2 < len(doc) else None
            if after is not None and after.lower_ in self.grammar.complementizers:
                return False  # "…, mais qu'il …": the same report goes on
            if nxt.lower_ in self.grammar.clause_breakers or (k + 1) in self.cue_at:
                return True
            if nxt.lower_ in self.grammar.incise_comparatives and any(
                j in self.cue_at and self.cue_at[j].kind == "verb" for j in range(k + 2, k + 5)
            ):
                return True  # "…, comme l'ont rapporté des journaux": an attribution
            if nxt.lower_ in self.grammar.gerund_openers and any(
                "Part" in d.morph.get("VerbForm") for d in doc[k + 2 : k + 4]
            ):
                return True  # "…, tout en rappelant que …": a new report by the same speaker
            if (k + 1) in self.cue_at or (
                "Part" in nxt.morph.get("VerbForm") and "Pres" in nxt.morph.get("Tense")
            ):
                return True  # "…, chiffrant les pertes à …": a new clause
            if self._compound_cue_opens_at(k + 1):
                return True  # "… avoir bu deux verres, a déclaré mardi le procureur"
        return False

    def _compound_cue_opens_at(self, k: int) -> bool:
        """A verb cue in a compound tense whose written words start at token ``k``, its
        auxiliary first ("a déclaré", "a-t-il ajouté"): after a comma it opens a reporting
        clause of its own (postposed, or a second report of the same speaker), which the
        parse may hang inside the complement before it when its subject is misread."""
        token = self.doc[k]
        if not token.dep_.startswith("aux") or "Fin" not in token.morph.get("VerbForm"):
            return False
        return any(c.kind == "verb" and c.span[0] == token.idx and c.token > k for c in self.cues)

    def _coordination_start(self, start: int, cue_token: int) -> int | None:
        """Before "…, mais il a souligné" or "… et la ministre a ajouté": the last content token."""
        doc = self.doc
        k = cue_token - 1
        steps = 0
        while k > start and steps < 8:
            t = doc[k]
            if t.lower_ in self.grammar.complementizers:
                return None  # "…, mais qu'elle demanderait …": the same report goes on
            if (
                t.pos_ == "CCONJ"
                or t.text in {",", ";"}
                or t.lower_ in self.grammar.clause_breakers
            ):
                while k > start and (
                    doc[k].pos_ == "CCONJ"
                    or doc[k].is_punct
                    or (self.grammar.breaker_ends_complement and self._breaks_before(doc[k]))
                ):
                    k -= 1
                return k
            if t.pos_ in {"VERB"} and k != cue_token:
                return None
            k -= 1
            steps += 1
        return None

    def _extend_to_closing_quote(self, end: int, s_end: int, start: int) -> int:
        """Keep a quote that the clause opens whole, up to its closing mark: in its sentence,
        or over the sentences of one paragraph ("dénonce « un amalgame … . Même si … »") when
        the complement opens it, since the parse ends a sentence inside the quotation."""
        doc = self.doc
        char = doc[end].idx
        for q in self.quote_spans.around(char, char):
            if q.start < char < q.end - 1:
                closing = self.token_at(q.end - 1)
                if closing.i < s_end + 1 or (
                    self.doc[start].idx <= q.start and self.quotation_goes_on_in_its_paragraph(q)
                ):
                    return max(end, closing.i)
        return end

    def quotation_goes_on_in_its_paragraph(self, quote: Quote) -> bool:
        """A quotation opened inside a written sentence ("dénonce « un … »") and closed in
        the same paragraph; not one that opens a sentence of its own after a full stop."""
        opening = self.token_at(quote.start).i
        return self.written_sentence(opening)[0] < opening and self.paragraph_of(
            quote.start
        ) == self.paragraph_of(quote.end - 1)
