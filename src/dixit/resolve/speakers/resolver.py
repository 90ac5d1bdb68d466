"""The orchestration: scan the article once, then resolve each statement in reading order.

``ArticleResolver`` joins the rule mixins (names, mentions, organisations, pronouns,
descriptions) and tries them in the order the package docstring lists (``resolve_one``), so
that each resolved mention becomes an antecedent for the next. Headlines get two extra
passes: a clause's own subject is its speaker, and a headline quoting the body takes the
body's surer speaker. ``resolve_speakers`` is the entry point the pipeline calls.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dixit.model import Article, Statement
from dixit.registry import Registry, default_registry, normalise_name
from dixit.resolve.speakers.article import _anchor
from dixit.resolve.speakers.descriptions import DescriptionResolver
from dixit.resolve.speakers.entities import _UNRESOLVED, Resolution
from dixit.resolve.speakers.lexicon import _DEFINITE, _LEADING_PREPOSITIONS, load_lexicon
from dixit.resolve.speakers.mentions import MentionScanner
from dixit.resolve.speakers.names import NameReader, _core_phrase
from dixit.resolve.speakers.organisations import OrganisationResolver
from dixit.resolve.speakers.pronouns import PronounResolver


class ArticleResolver(
    NameReader, MentionScanner, OrganisationResolver, PronounResolver, DescriptionResolver
):
    """Resolves the speakers of one article; one instance per article, used once."""

    def resolve(self, statements: list[Statement]) -> None:
        self.scan(statements)
        order = sorted(range(len(statements)), key=lambda i: _anchor(statements[i]))
        previous: Statement | None = None
        for i in order:
            st = statements[i]
            result = self.resolve_one(st, previous)
            if st.method == "headline" and st.kind != "direct":
                result = self._headline_subject(st, previous, result)
            st.speaker = result.entity.speaker() if result.entity else None
            st.speaker_method = result.method if result.entity else None
            st.confidence = round(result.confidence, 3) if result.entity else 0.0
            if result.entity is not None:
                self.history.append(result.entity.id)
            if result.entity is not None and st.speaker_mention_span:
                span = self._span(*st.speaker_mention_span)
                self._add_ref(
                    st.speaker_mention_span[0],
                    st.speaker_mention_span[1],
                    result.entity,
                    span.root if span is not None else None,
                )
            previous = st
        self._headline_repeats(statements)

    def _headline_repeats(self, statements: list[Statement]) -> None:
        """A headline quoting words the body attributes takes the body's speaker when the body
        is surer: "« Nous ne tiendrons pas l'été », prévient le chef de service" is said by
        the doctor the body names, whatever the headline's short description resolved to."""
        if len(self._para_starts) < 2:
            return
        body_start = self._para_starts[1]
        heads = [st for st in statements if st.content_span[0] < body_start]
        if not heads:
            return
        body = [
            (normalise_name(st.content), st)
            for st in statements
            if st.content_span[0] >= body_start and st.speaker is not None
        ]
        for st in heads:
            key = normalise_name(st.content)
            if len(key) < 12:
                continue
            match = next((b for text, b in body if text.startswith(key)), None)
            if match is None or match.confidence <= st.confidence:
                continue
            st.speaker = match.speaker
            st.speaker_method = "headline"
            st.confidence = round(match.confidence * 0.95, 3)

    def _headline_subject(
        self, st: Statement, previous: Statement | None, found: Resolution
    ) -> Resolution:
        """ "Océans : le président américain promet …": in a headline whose content is a
        clause, not a quotation, the clause's own subject is the speaker and the words before
        the colon are the topic. The mention is corrected to that subject when it resolves."""
        content = self._span(*st.content_span)
        if content is None:
            return found
        subject = next(
            (
                t
                for t in content
                if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.i >= t.i and t.head in content
            ),
            None,
        )
        if subject is None:
            return found
        np = self.doc[subject.left_edge.i : subject.i + 1]
        while np.end < subject.head.i and self.doc[np.end].pos_ in {"ADJ", "PROPN", "NOUN"}:
            np = self.doc[np.start : np.end + 1]
        probe = Statement(
            article=st.article,
            kind=st.kind,
            content=st.content,
            content_span=(np.end_char, st.content_span[1]),
            speaker_mention=np.text,
            speaker_mention_span=(np.start_char, np.end_char),
            method="headline-subject",
        )
        result = self.resolve_one(probe, previous)
        if result.entity is None:
            return found
        st.speaker_mention, st.speaker_mention_span = np.text, (np.start_char, np.end_char)
        return result

    def _voiced_body(self, st: Statement, core: str, words: list[str]) -> Resolution | None:
        """Who speaks through a spokesperson or a document: "un porte-parole de FO" is FO,
        "les chiffres de la direction" and "les estimations de Santé publique France" are the
        body's. A spokesperson speaks for a body only, never for a person ("le porte-parole
        de X" is not X); a document carries the word of a body or a person named in it."""
        # "un porte-parole de FO" is nobody in particular: FO speaks. "Le porte-parole du
        # syndicat" is a person the article may name, left to the description rules.
        indefinite = normalise_name(core).split()[:1] in (["un"], ["une"], ["des"], ["les"])
        spokesperson = _head_length(words, self.lex.spokesperson_heads) if indefinite else 0
        source = 0 if spokesperson else _head_length(words, self.lex.source_heads)
        n = spokesperson or source
        if not n or len(words) <= n + 1 or words[n] not in {"de", "du", "des", "d'"}:
            return None
        match = re.search(r"(?i)(?:^|\s)(de|du|des|d')(?=[\s'’])\s*'?", core)
        if match is None or st.speaker_mention_span is None or st.speaker_mention is None:
            return None
        inner = core[match.end() :].strip()
        if match.group(1).lower() == "du":
            inner = "le " + inner
        elif match.group(1).lower() == "des":
            inner = "les " + inner
        if not inner or (
            source and not any(c.isupper() for c in inner) and "direction" not in inner
        ):
            return None
        offset = st.speaker_mention.find(core[match.end() :].strip())
        if offset < 0:
            return None
        begin = st.speaker_mention_span[0] + offset
        probe = Statement(
            article=st.article,
            kind=st.kind,
            content=st.content,
            content_span=st.content_span,
            speaker_mention=inner,
            speaker_mention_span=(begin, begin + len(core[match.end() :].strip())),
            method=st.method,
        )
        found = self.resolve_one(probe, None)
        if found.entity is None or (spokesperson and found.entity.type != "organisation"):
            return None
        return Resolution(found.entity, found.method, found.confidence * 0.9)

    def resolve_one(self, st: Statement, previous: Statement | None) -> Resolution:
        mention = (st.speaker_mention or "").strip()
        if not mention:
            if st.method == "floating" and previous is not None and previous.speaker:
                entity = self.entities.get(previous.speaker.id)
                return Resolution(entity, "continuation", previous.confidence * 0.9)
            return _UNRESOLVED
        start = st.speaker_mention_span[0] if st.speaker_mention_span else _anchor(st)
        span = self._span(*st.speaker_mention_span) if st.speaker_mention_span else None
        raw = normalise_name(mention).split()
        while len(raw) > 1 and raw[0] in _LEADING_PREPOSITIONS:
            raw = raw[1:]
        if " ".join(raw) in self.lex.pronouns:
            gender, number = self.lex.pronouns[" ".join(raw)]
            topic = self._dislocated_topic(st, span, previous)
            if topic is not None:
                return topic
            return self.resolve_pronoun(st, start, gender, number, previous)
        if tuple(raw) in self.lex.last_mentioned:
            gender, number = self.lex.last_mentioned[tuple(raw)]
            return self.resolve_last_mentioned(start, gender, number, st)
        parsed = self.parse(mention, span)
        if parsed.name:
            return self.resolve_name(parsed, start)
        # Without a name, only the phrase before a comma or bracket says who speaks:
        # "La direction, de son côté", "la Lyonnaise, les larmes aux yeux".
        core = _core_phrase(mention, self.lex)
        core_raw = normalise_name(core).split()
        words, det_gender = self.lex.strip_determiners(core_raw)
        if not words or words[0] in self.lex.group_heads:
            return _UNRESOLVED
        tokens: list[Token] = []
        if span is not None:
            offset = st.speaker_mention_span[0] + max(0, st.speaker_mention.find(core))
            tokens = [t for t in span if offset <= t.idx < offset + len(core)]
        voiced = self._voiced_body(st, core, words)
        if voiced is not None:
            return voiced
        body = self._member_body(words, start)
        if body is not None:
            return body
        typed = self._typed_name(core, span, det_gender)
        if typed is not None:
            return typed
        org = self.resolve_organisation(core, words, det_gender, span, start)
        if org is not None:
            return org
        if words[0] in self.lex.counterpart_heads or self._person_noun(words, tokens):
            definite = bool(core_raw) and core_raw[0] in _DEFINITE
            return self.resolve_description(words, start, det_gender, previous, definite, st)
        return _UNRESOLVED


def _head_length(words: list[str], heads: frozenset[str]) -> int:
    """How many words of ``words`` a head of ``heads`` takes ("porte parole" is two)."""
    for head in heads:
        head_words = head.split()
        if words[: len(head_words)] == head_words:
            return len(head_words)
    return 0


def resolve_speakers(
    doc: Doc,
    article: Article,
    statements: list[Statement],
    registry: Registry | None = None,
) -> None:
    """Fill ``speaker``, ``speaker_method`` and ``confidence`` of each statement, in place.

    ``doc`` is the processed text of ``article``; ``registry`` defaults to the shipped one
    plus the user's (``DIXIT_REGISTRY``).
    """
    if not statements:
        return
    registry = registry if registry is not None else default_registry()
    lexicon = load_lexicon(article.language or doc.lang_)
    ArticleResolver(doc, article, registry, lexicon).resolve(statements)
