"""The words that make a clause a narrated position (``reversals.yaml``, ``narrated:``).

One typed reading of the language's lexicon for every reader of narration
(``dixit.analyse.clauses``, ``subjects``, ``probes``, ``turns``, ``sequel``): the verbs,
adjectives and nouns of position, the words that set a clause earlier, and the closed
lists the constructions need (concession marks, undoing verbs, fronted openers …).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dixit.analyse.stance import stance_lexicon
from dixit.analyse.words import Phrase, phrases
from dixit.lang import get_language


@dataclass(frozen=True)
class NarratedLexicon:
    """Words of one language that make a clause a narrated position."""

    verbs: frozenset[str]
    adjectives: frozenset[str]
    nouns: frozenset[str]
    earlier_adverbs: frozenset[str]
    earlier_marks: frozenset[str]
    mention_stops: frozenset[str]
    impersonal_subjects: frozenset[str]
    holder_places: frozenset[str]
    fused_articles: dict[str, str]
    contrast_adverbs: frozenset[str]
    earlier_times: frozenset[str]
    held_nouns: frozenset[str]
    undo_verbs: frozenset[str]
    instituting_verbs: frozenset[str]
    concession_marks: frozenset[str] = frozenset()
    concession_nouns: frozenset[str] = frozenset()
    self_designations: frozenset[str] = frozenset()
    take_up_nouns: frozenset[str] = frozenset()
    #: Words that link a reversal cue to the new position told after it ("en suspendant",
    #: "et décide"): ``dixit.analyse.sequel``.
    sequel_links: frozenset[str] = frozenset()
    #: Prepositions that tie a description to another person ("l'avocat de X"):
    #: ``someone_of_theirs``.
    kin_links: frozenset[str] = frozenset()
    #: Prepositions that name the agent of a participle ("imposés par Pékin"):
    #: ``dixit.analyse.sequel.undone_sequel``.
    agent_marks: frozenset[str] = frozenset()
    #: Adverbs that, before a complementizer at a sentence's start, open a clause set
    #: against the main clause after it ("Alors qu'il avait promis …, X a …"):
    #: ``fronted_head``.
    fronted_openers: frozenset[str] = frozenset()
    #: Prepositions that open an infinitive clause told after the clause it hangs on ("X
    #: a refusé …, avant d'accepter …"): ``later_head``.
    later_marks: frozenset[str] = frozenset()
    #: Reversal cues whose words say only that a change happened ("a fait volte-face"):
    #: with no sequel, their own clause is the new side (``sequel.bare_change_probe``).
    bare_cues: tuple[Phrase, ...] = ()


@cache
def narrated_lexicon(language: str | None) -> NarratedLexicon:
    """The ``narrated`` section of ``reversals.yaml`` with the stance lexicon's cue verbs."""
    data = get_language(language).lexicon("reversals").get("narrated") or {}
    stance = stance_lexicon(language)
    verbs = set(stance.cues) | set(stance.asserts) | {str(v) for v in data.get("verbs") or ()}
    return NarratedLexicon(
        verbs=frozenset(verbs),
        adjectives=frozenset(str(w) for w in data.get("adjectives") or ()),
        nouns=frozenset(str(w) for w in data.get("nouns") or ()),
        earlier_adverbs=frozenset(str(w) for w in data.get("earlier_adverbs") or ()),
        earlier_marks=frozenset(str(w) for w in data.get("earlier_marks") or ()),
        mention_stops=frozenset(str(w) for w in data.get("mention_stops") or ()),
        impersonal_subjects=frozenset(str(w) for w in data.get("impersonal_subjects") or ()),
        holder_places=frozenset(str(w) for w in data.get("holder_places") or ()),
        fused_articles={str(k): str(v) for k, v in (data.get("fused_articles") or {}).items()},
        contrast_adverbs=frozenset(str(w) for w in data.get("contrast_adverbs") or ()),
        earlier_times=frozenset(str(w) for w in data.get("earlier_times") or ()),
        held_nouns=frozenset(str(w) for w in data.get("held_nouns") or ()),
        undo_verbs=frozenset(str(w) for w in data.get("undo_verbs") or ()),
        instituting_verbs=frozenset(str(w) for w in data.get("instituting_verbs") or ()),
        concession_marks=frozenset(str(w) for w in data.get("concession_marks") or ()),
        concession_nouns=frozenset(str(w) for w in data.get("concession_nouns") or ()),
        self_designations=frozenset(str(w) for w in data.get("self_designations") or ()),
        take_up_nouns=frozenset(str(w) for w in data.get("take_up_nouns") or ()),
        sequel_links=frozenset(str(w) for w in data.get("sequel_links") or ()),
        kin_links=frozenset(str(w) for w in data.get("kin_links") or ()),
        agent_marks=frozenset(str(w) for w in data.get("agent_marks") or ()),
        fronted_openers=frozenset(str(w) for w in data.get("fronted_openers") or ()),
        later_marks=frozenset(str(w) for w in data.get("later_marks") or ()),
        bare_cues=tuple(phrases(str(w) for w in data.get("bare_cues") or ())),
    )


def saying_verbs(language: str | None) -> frozenset[str]:
    """The reporting verbs of the extractor's cue lexicon (``cues.yaml``)."""
    return get_language(language).saying_verbs()


@cache
def quote_marks(language: str | None) -> dict[str, tuple[str, ...]]:
    """Opening quote mark -> the closing marks it pairs with (``quotes.yaml``)."""
    pairs = get_language(language).lexicon("quotes").get("pairs") or {}
    return {str(k): tuple(str(c) for c in v) for k, v in pairs.items()}


@cache
def reversal_auxiliaries(language: str | None) -> frozenset[str]:
    """The pluperfect auxiliaries of ``reversals.yaml`` ("avait", "avaient")."""
    data = get_language(language).lexicon("reversals")
    return frozenset(str(w).lower() for w in data.get("earlier_auxiliaries") or ())
