"""The words of venue, addressee and certainty, read once per language from its data files
(``lang/<code>/venues.yaml``, ``addressees.yaml``, ``certainty.yaml``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from dixit.lang import get_language
from dixit.model import VenueType
from dixit.regex_guard import guarded


def phrase_pattern(phrases: Iterable[str], *, ignore_case: bool) -> re.Pattern[str]:
    """One alternation of ``phrases`` as whole words, longest first (so "conférence de
    presse" wins over "conférence"); apostrophes match either form (' or ’)."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    body = "|".join(
        re.escape(p).replace("'", "['’]") + ("" if p[-1] in "'’" else r"(?!\w)") for p in ordered
    )
    # ``guarded``: positions whose character starts no phrase fail at once (same matches).
    return guarded(rf"(?<!\w)(?:{body})", re.IGNORECASE if ignore_case else 0)


def folded(text: str) -> str:
    """The comparison form of a word of these lexicons: lower case, straight apostrophe."""
    return text.lower().replace("’", "'")


@dataclass(frozen=True)
class VenueLexicon:
    """The occasion words and media names of one language, with the type each stands for."""

    occasions: re.Pattern[str]
    occasion_types: dict[str, VenueType]
    media: re.Pattern[str]
    media_types: dict[str, VenueType]
    #: a medium's name as written, without its article ("Monde" of "au Monde"), to its name
    media_names: dict[str, str]
    strong_openers: re.Pattern[str]
    weak_openers: frozenset[str]
    occasion_verbs: frozenset[str]
    same_occasion: frozenset[str]
    carried: frozenset[VenueType]
    #: news agencies: told alone, the reporter (the addressee), no venue
    agencies: frozenset[str] = frozenset()
    #: nouns taking up what was just said ("ces propos"), and participles of saying after them
    taken_up_words: frozenset[str] = frozenset()
    taken_up_participles: frozenset[str] = frozenset()

    def is_agency(self, name: str) -> bool:
        return name in self.agencies or self.canonical_medium(name) in self.agencies

    def occasion_type(self, phrase: str) -> VenueType:
        return self.occasion_types.get(folded(phrase), VenueType.OTHER)

    def medium_type(self, name: str) -> VenueType:
        return self.media_types.get(self.canonical_medium(name), VenueType.INTERVIEW)

    def canonical_medium(self, written: str) -> str:
        return self.media_names.get(written, written)


@cache
def venue_lexicon(language: str) -> VenueLexicon:
    data = get_language(language).lexicon("venues")
    articles = frozenset(folded(w) for w in data.get("media_articles") or [])
    occasion_types = {
        folded(word): VenueType(kind)
        for kind, words in (data.get("occasions") or {}).items()
        for word in words
    }
    media_types = {
        name: VenueType(kind) for kind, names in (data.get("media") or {}).items() for name in names
    }
    openers = data.get("openers") or {}
    media_names = {name: name for name in media_types}
    for name in media_types:
        article, _, rest = name.replace("’", "'").partition(" ")
        if folded(article) in articles and rest:
            media_names.setdefault(rest, name)
        elif "'" in article and folded(article.split("'")[0] + "'") in articles:
            media_names.setdefault(name.split("'", 1)[1], name)
    return VenueLexicon(
        occasions=phrase_pattern(occasion_types, ignore_case=True),
        occasion_types=occasion_types,
        media=phrase_pattern(media_names, ignore_case=False),
        media_types=media_types,
        media_names=media_names,
        strong_openers=phrase_pattern(openers.get("strong") or [], ignore_case=True),
        weak_openers=frozenset(folded(w) for w in openers.get("weak") or []),
        occasion_verbs=frozenset(data.get("occasion_verbs") or []),
        same_occasion=frozenset(folded(w) for w in data.get("same_occasion") or []),
        carried=frozenset(VenueType(t) for t in data.get("carried") or []),
        agencies=frozenset(data.get("agencies") or []),
        taken_up_words=frozenset(folded(w) for w in data.get("taken_up_words") or []),
        taken_up_participles=frozenset(data.get("taken_up_participles") or []),
    )


@dataclass(frozen=True)
class Clitic:
    """What an object pronoun says of the one it stands for."""

    #: "masc", "fem", or None when the form does not show it ("lui")
    gender: str | None
    #: "sing" or "plur"
    number: str
    #: 1 (the reporter, the outlet: kept as written) or 3 (resolved to someone named)
    person: int


def clitics(data: dict | None) -> dict[str, Clitic]:
    """Pronoun forms (folded) to what they say, from a lexicon's mapping."""
    return {
        folded(form): Clitic(
            value.get("gender") if value.get("gender") in {"masc", "fem"} else None,
            value.get("number", "sing"),
            int(value.get("person", 3)),
        )
        for form, value in (data or {}).items()
    }


@dataclass(frozen=True)
class AddresseeLexicon:
    """The prepositions, verbs and nouns that mark the one a statement was addressed to."""

    prepositions: frozenset[str]
    object_verbs: frozenset[str]
    nouns: frozenset[str]
    not_addressees: frozenset[str]
    #: indirect-object pronouns ("lui", "leur", "m'"; English "to him")
    clitics: dict[str, Clitic] = field(default_factory=dict)
    #: direct-object pronouns, addressed only with an ``object_verbs`` verb ("l'a exhorté")
    object_clitics: dict[str, Clitic] = field(default_factory=dict)


@cache
def addressee_lexicon(language: str) -> AddresseeLexicon:
    data = get_language(language).lexicon("addressees")

    def words(key: str) -> frozenset[str]:
        return frozenset(folded(w) for w in data.get(key) or [])

    return AddresseeLexicon(
        prepositions=words("prepositions"),
        object_verbs=words("object_verbs"),
        nouns=words("nouns"),
        not_addressees=words("not_addressees"),
        clitics=clitics(data.get("clitics")),
        object_clitics=clitics(data.get("object_clitics")),
    )


@dataclass(frozen=True)
class CertaintyLexicon:
    """The cues, markers and mood values that make a statement hedged, conditional or denied."""

    denial_cues: frozenset[str]
    hedging_cues: frozenset[str]
    open_when_negated: frozenset[str]
    hedging_markers: re.Pattern[str]
    conditional_mood: frozenset[str]
    conditional_markers: re.Pattern[str]
    #: lemmas of modal verbs whose conditional on the content's main verb puts it as a
    #: possibility ("la réunion pourrait être avancée")
    possibility_modals: frozenset[str] = frozenset()


@cache
def certainty_lexicon(language: str) -> CertaintyLexicon:
    data = get_language(language).lexicon("certainty")

    def words(key: str) -> frozenset[str]:
        return frozenset(folded(w) for w in data.get(key) or [])

    return CertaintyLexicon(
        denial_cues=words("denial_cues"),
        hedging_cues=words("hedging_cues"),
        open_when_negated=words("open_when_negated"),
        hedging_markers=phrase_pattern(data.get("hedging_markers") or [], ignore_case=True),
        conditional_mood=frozenset(data.get("conditional_mood") or []),
        conditional_markers=phrase_pattern(data.get("conditional_markers") or [], ignore_case=True),
        possibility_modals=words("possibility_modals"),
    )
