"""Every custom attribute dixit sets on spaCy objects, registered in one place."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.attrs import HEAD, LOWER, ORTH
from spacy.tokens import Doc

from dixit.model import ExtractionRule, Kind, Polarity, Span, Statement


@dataclass
class FoundStatement:
    """A statement as the extractor found it: spans only, nothing resolved yet.

    ``method`` names the rule that produced it so that errors can be traced.
    ``previous`` is the index of the statement a floating quote continues.
    ``via`` is the index of the statement whose content reports this one.
    """

    kind: Kind
    content: Span
    method: ExtractionRule
    cue: Span | None = None
    cue_lemma: str | None = None
    polarity: Polarity = "affirmed"
    mention: Span | None = None
    previous: int | None = None
    via: int | None = None

    @classmethod
    def labelled(cls, text: str, content: Span, mark: int, mention: Span) -> FoundStatement:
        """A quotation labelled with its speaker's name ("X : « … »", a post's "— X"
        signature): direct, its punctuation mark at ``mark`` as the cue."""
        return cls(
            kind="direct",
            content=content,
            method=ExtractionRule.HEADLINE,
            cue=(mark, mark + 1),
            cue_lemma=text[mark],
            mention=mention,
        )

    def shifted(self, offset: int, index_offset: int) -> FoundStatement:
        """The same statement in a text where this one's text starts at ``offset``."""

        def move(span: Span | None) -> Span | None:
            return (span[0] + offset, span[1] + offset) if span else None

        return replace(
            self,
            content=(self.content[0] + offset, self.content[1] + offset),
            cue=move(self.cue),
            mention=move(self.mention),
            previous=None if self.previous is None else self.previous + index_offset,
            via=None if self.via is None else self.via + index_offset,
        )

    def to_statement(self, article_id: str, text: str) -> Statement:
        def piece(span: Span | None) -> str | None:
            return text[span[0] : span[1]] if span else None

        return Statement(
            article=article_id,
            kind=self.kind,
            content=text[self.content[0] : self.content[1]],
            content_span=self.content,
            cue=piece(self.cue),
            cue_span=self.cue,
            cue_lemma=self.cue_lemma,
            polarity=self.polarity,
            speaker_mention=piece(self.mention),
            speaker_mention_span=self.mention,
            method=str(self.method),
        )


#: Where ``doc_text`` keeps a Doc's text (``Doc.user_data``, which lives and dies with the Doc).
_TEXT_KEY = ("dixit", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc.

    spaCy joins ``Doc.text`` anew from every token at each access (a Python loop over the
    whole article); the components, speaker resolution and the descriptions each read it.
    A Doc's text never changes (retokenizing keeps it), so the first join is kept.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, in order, read once per Doc from its arrays (``Token.text``).

    A rule that looks for a few words over the whole article reads these strings and makes
    a ``Token`` only where one matches: spaCy builds a new ``Token`` object at every
    ``doc[i]`` and every step of ``for token in doc``."""
    return _strings(doc, ORTH, "texts")


def token_lowers(doc: Doc) -> list[str]:
    """Every token's lower-case form, in order (``Token.lower_``), read once per Doc."""
    return _strings(doc, LOWER, "lowers")


def token_heads(doc: Doc) -> list[int]:
    """Every token's head index, in order (``Token.head.i``), read once per Doc from its
    arrays: a rule that walks a span's heads needs no ``Token`` per word."""
    key = ("dixit", "heads")
    found = doc.user_data.get(key)
    if found is None:
        offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
        found = doc.user_data[key] = [i + offset for i, offset in enumerate(offsets)]
    return found


def _strings(doc: Doc, attr: int, name: str) -> list[str]:
    key = ("dixit", name)
    found = doc.user_data.get(key)
    if found is None:
        strings = doc.vocab.strings
        hashes = doc.to_array(attr).tolist() if len(doc) else []
        found = doc.user_data[key] = [strings[h] for h in hashes]
    return found


def register_extensions() -> None:
    """Idempotent: safe to call from every component's constructor."""
    for name in ("dixit_quotes", "dixit_cues", "dixit_statements"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
