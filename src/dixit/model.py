"""The data model: articles and the statements found in them, with a stable JSON form.

Every offset is a character offset into ``Article.text`` exactly as stored, so that
``article.text[start:end] == statement.content`` always holds. ``docs/schema.md``
documents each field; keep the two in step.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

Span = tuple[int, int]
Kind = Literal["direct", "indirect", "mixed"]
Polarity = Literal["affirmed", "negated"]
SpeakerType = Literal["person", "organisation", "unknown"]
DatePrecision = Literal["day", "week", "month"]


class ExtractionRule(StrEnum):
    """The construction that found a statement (``Statement.method``, ``docs/extraction.md``).

    The extractor, the resolvers, the store and the evaluator share these names; the JSON
    form is the plain string.
    """

    HEADLINE = "headline"  # "X : « … »" as a headline
    QUE = "que"  # "X a déclaré que …"
    INFINITIVE = "infinitive"  # "X a exclu d'envoyer …"
    QUE_QUOTE = "que_quote"  # "X a souligné que « … »"
    INCISE = "incise"  # "« … », a déclaré X"
    PREPOSED = "preposed"  # "X a déclaré : « … »"
    POSTPOSED = "postposed"  # "…, a annoncé la mairie."
    OBJECT = "object"  # "X n'a pas exclu l'envoi de …"
    ATTRIBUTE = "attribute"  # "X s'est dit « prêt à … »"
    STANCE = "stance"  # "X serait favorable à …"
    COLON_TEXT = "colon_text"  # "X a prévenu : la réforme passera."
    PREPOSITION = "preposition"  # "Selon X, …"
    FLOATING = "floating"  # a quotation with no cue: the previous speaker's
    INTERVIEW = "interview"  # an answer after a question: the interviewee's words
    VIEW = "view"  # "X's view is that …", "in X's view, …": a stance carried by a noun


class DateMethod(StrEnum):
    """How a statement's date was found (``Statement.date_method``; the JSON keeps the value)."""

    #: a written date: "le 4 mars", "18/08/2025"
    EXPLICIT = "explicit"
    #: a word counted from publication or from the previous event: "mardi", "hier", "la veille"
    RELATIVE = "relative"
    #: carried over from earlier text, with no cue or a continuation phrase ("le même jour")
    INHERITED = "inherited"


_SPACES = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """NFC, collapsed whitespace: the form that identifies an article's text."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id_for(text: str) -> str:
    """Stable id of an article without one: a short hash of its normalised text."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def paragraph_spans(text: str) -> list[Span]:
    """Offsets of the non-blank lines of ``text``: each newline ends a paragraph."""
    spans: list[Span] = []
    start = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start += len(line)
    return spans


@dataclass
class Article:
    """One news article as dixit stores it."""

    text: str
    id: str = ""
    published: date | None = None
    language: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    duplicate_of: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id_for(self.text)
        self.published = publication_day(self.published, self.id)
        if not self.paragraphs:
            self.paragraphs = paragraph_spans(self.text)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        data["paragraphs"] = [list(p) for p in self.paragraphs]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        meta = dict(kwargs.pop("meta", None) or {})
        meta.update({k: v for k, v in data.items() if k not in known})
        if "paragraphs" in kwargs:
            kwargs["paragraphs"] = [tuple(p) for p in kwargs["paragraphs"] or []]
        return cls(meta=meta, **kwargs)


def publication_day(value: object, article: str) -> date | None:
    """An article's publication day from what a caller gave: a date, a datetime (its day),
    an ISO string ("2025-03-21", or a timestamp that opens on one), or nothing. Anything else
    is refused with an error naming the article and the value."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(
                f"article {article}: published {value!r} is not an ISO date (YYYY-MM-DD)"
            ) from None
    raise TypeError(
        f"article {article}: published must be a date or an ISO string, not {type(value).__name__}"
    )


class SpeakerMethod(StrEnum):
    """How a statement's speaker was resolved (``Statement.speaker_method``; the JSON keeps
    the string)."""

    #: A name as written, or its registry entry under that name.
    NAME = "name"
    #: Another name of the same person: a surname, a registry alias, a fuzzy match.
    ALIAS = "alias"
    #: A name with its description ("la porte-parole, Karoline Leavitt").
    APPOSITION = "apposition"
    #: A description bound to someone the article names ("le locataire du Kremlin").
    DESCRIPTION = "description"
    #: The registry's holder of an office on the publication date.
    ROLE = "role"
    #: A pronoun taking up an earlier speaker or subject.
    PRONOUN = "pronoun"
    #: A floating quotation continuing the previous statement's speaker.
    CONTINUATION = "continuation"
    #: A headline taking the speaker of the body statement it repeats.
    HEADLINE = "headline"


@dataclass(frozen=True)
class Speaker:
    """A canonical speaker: the same id wherever the same person or body speaks."""

    id: str
    name: str
    type: SpeakerType = "unknown"


@dataclass
class IssueStance:
    id: str
    label: str
    stance: Literal["supports", "opposes", "open", "unclear"]


class VerificationReason(StrEnum):
    """Why the text says a statement is not established (``Statement.verification``)."""

    #: "n'a pas encore été confirmé", "selon des informations non confirmées"
    UNCONFIRMED = "unconfirmed"
    #: "a démenti", "dément"
    DENIED = "denied"
    #: "selon des sources", "de source proche du dossier": heard from someone unnamed
    SECOND_HAND = "second_hand"


@dataclass
class Verification:
    """The words of the text that make a statement unverified, and what they say."""

    reason: VerificationReason
    cue: str
    cue_span: Span


class VenueType(StrEnum):
    """The kind of occasion or medium a statement was made at (``Statement.venue_type``,
    ``docs/venue.md``)."""

    #: an interview, a broadcast, a newspaper or agency: "sur France Inter", "à l'AFP"
    INTERVIEW = "interview"
    #: "lors d'une conférence de presse", "point de presse", questions of the press
    PRESS_CONFERENCE = "press_conference"
    #: a written statement: "dans un communiqué", "dans une lettre"
    STATEMENT = "statement"
    #: "sur son compte X", "sur les réseaux sociaux"
    SOCIAL_MEDIA = "social_media"
    #: "devant l'Assemblée", "dans l'hémicycle"
    PARLIAMENT = "parliament"
    #: "dans un discours", "lors d'un meeting"
    SPEECH = "speech"
    #: "à la barre", "à l'audience"
    COURT = "court"
    #: another named occasion: "à la sortie du conseil des ministres", "lors d'un sommet"
    OTHER = "other"


class Certainty(StrEnum):
    """How firmly the statement is put (``Statement.certainty``, ``docs/venue.md``)."""

    #: said as a fact or a position
    ASSERTED = "asserted"
    #: hedged by the cue or the words: "a estimé", "je pense que", "peut-être"
    HEDGED = "hedged"
    #: reported in the conditional of hearsay: "serait prêt à", "aurait déclaré"
    CONDITIONAL = "conditional"
    #: a denial: "a démenti", "nie"
    DENIED = "denied"


#: The fields of a ``Statement`` that hold a span: a list in the JSON form.
_SPAN_FIELDS = (
    "content_span",
    "cue_span",
    "speaker_mention_span",
    "date_cue_span",
    "addressee_mention_span",
)


@dataclass
class Statement:
    """Something an identifiable source said, wrote or held, as reported in an article."""

    article: str
    kind: Kind
    content: str
    content_span: Span
    cue: str | None = None
    cue_span: Span | None = None
    cue_lemma: str | None = None
    polarity: Polarity = "affirmed"
    speaker_mention: str | None = None
    speaker_mention_span: Span | None = None
    speaker: Speaker | None = None
    speaker_method: SpeakerMethod | None = None
    confidence: float = 0.0
    statement_date: date | None = None
    date_precision: DatePrecision | None = None
    date_cue: str | None = None
    date_cue_span: Span | None = None
    date_method: DateMethod | None = None
    mentioned_times: list[dict[str, Any]] = field(default_factory=list)
    venue: str | None = None
    verified: bool | None = None
    via: str | None = None
    issues: list[IssueStance] = field(default_factory=list)
    method: str = ""
    id: str = ""
    #: Set with ``verified=False``: the words that say the claim is unconfirmed or denied.
    verification: Verification | None = None
    #: The kind of occasion of ``venue`` (``venue`` is the medium's name when given, else the
    #: occasion as written: "conférence de presse").
    venue_type: VenueType | None = None
    #: Whom the words were addressed to, resolved like a speaker; the mention as written.
    addressee: Speaker | None = None
    addressee_mention: str | None = None
    addressee_mention_span: Span | None = None
    certainty: Certainty | None = None
    #: The speaker is a source the text leaves unnamed ("une source proche du dossier", "un
    #: témoin"): ``speaker`` is then None by design, not for want of a resolution.
    anonymous: bool = False

    def __post_init__(self) -> None:
        if not self.id:
            self.id = f"{self.article}:{self.content_span[0]}-{self.content_span[1]}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["statement_date"] = self.statement_date.isoformat() if self.statement_date else None
        for key in _SPAN_FIELDS:
            if data[key] is not None:
                data[key] = list(data[key])
        if self.verification is not None:
            data["verification"] = {
                "reason": str(self.verification.reason),
                "cue": self.verification.cue,
                "cue_span": list(self.verification.cue_span),
            }
        order = ["article", "id", "kind"]
        return {k: data[k] for k in order} | {k: v for k, v in data.items() if k not in order}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        for key in _SPAN_FIELDS:
            if kwargs.get(key) is not None:
                kwargs[key] = tuple(kwargs[key])
        for key in ("speaker", "addressee"):
            if kwargs.get(key):
                kwargs[key] = Speaker(**kwargs[key])
        if kwargs.get("venue_type"):
            kwargs["venue_type"] = VenueType(kwargs["venue_type"])
        if kwargs.get("certainty"):
            kwargs["certainty"] = Certainty(kwargs["certainty"])
        if kwargs.get("speaker_method"):
            kwargs["speaker_method"] = SpeakerMethod(kwargs["speaker_method"])
        if isinstance(kwargs.get("statement_date"), str):
            kwargs["statement_date"] = date.fromisoformat(kwargs["statement_date"])
        if kwargs.get("date_method"):
            kwargs["date_method"] = DateMethod(kwargs["date_method"])
        kwargs["issues"] = [IssueStance(**i) for i in kwargs.get("issues") or []]
        if kwargs.get("verification"):
            found = kwargs["verification"]
            kwargs["verification"] = Verification(
                VerificationReason(found["reason"]), found["cue"], tuple(found["cue_span"])
            )
        return cls(**kwargs)
