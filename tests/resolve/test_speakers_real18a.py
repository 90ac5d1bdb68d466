"""Speakers on real French wire and regional copy (session 18, helper speakers18a).

Each class was found on unseen real French pages; the texts here are invented (people,
places, agencies, events) in the layout of that copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def found(nlp, text: str) -> list[tuple[str, str | None, str]]:
    """(mention, canonical speaker, content) of each statement of ``text``."""
    said = statements_from_doc(nlp(text), Article(text=text))
    return [
        (s.speaker_mention or "", s.speaker.name if s.speaker else None, s.content) for s in said
    ]


def speaker_of(nlp, text: str, content_start: str) -> str | None:
    named = [name for _, name, content in found(nlp, text) if content.startswith(content_start)]
    assert named, f"no statement opening on {content_start!r}"
    return named[-1]


def mention_of(nlp, text: str, content_start: str) -> str:
    named = [m for m, _, content in found(nlp, text) if content.startswith(content_start)]
    assert named, f"no statement opening on {content_start!r}"
    return named[-1]


# 1. A French wire dateline ("LORMONT, 3 mars (AFP) —", "BORNEVAL (ATS) -", "OTTAWA —")
# names where the copy was filed and who filed it: neither the place nor the agency in
# brackets is the subject the parser may take them for, and the quotation after it starts
# after the dash.

DATED_WIRE = (
    "LORMONT, 3 mars 2024 (AFP) — La mairesse a déclaré mardi que le budget serait adopté "
    "avant l'été.\n"
)


def test_the_agency_of_a_dated_french_dateline_is_no_subject(nlp) -> None:
    assert mention_of(nlp, DATED_WIRE, "le budget") == "La mairesse"
    assert speaker_of(nlp, DATED_WIRE, "le budget") != "AFP"


def test_a_quotation_after_a_dateline_in_capitals_starts_after_the_dash(nlp) -> None:
    text = "BORNEVAL (ATS) - « La réforme est prête », a affirmé jeudi le conseiller fédéral.\n"
    [(_, _, content)] = found(nlp, text)
    assert content.startswith("« La réforme")


def test_an_agency_named_in_the_sentence_still_speaks(nlp) -> None:
    # no dateline: the agency's name inside the clause, not before a dash, keeps its role
    text = "Lormont. L'agence Prensa Norte a affirmé mardi que le budget serait adopté.\n"
    assert speaker_of(nlp, text, "le budget") == "Agence Prensa Norte"


def test_a_capitalised_body_opening_a_paragraph_without_a_dash_speaks(nlp) -> None:
    text = "L'UNSA a déclaré mardi que la grève continuerait jusqu'à vendredi.\n"
    assert speaker_of(nlp, text, "la grève") == "UNSA"


# 2. A document relayed by an agency ("affirme le communiqué cité par l'agence X"): the
# agent of a relaying participle passes the words on; the document's issuer named before
# speaks. The agent of a participle of making ("un rapport publié par X") is still its author.

ISSUED = "Le ministère de la Santé a publié lundi un communiqué. « Les hôpitaux sont prêts », "


def test_a_relayed_communique_is_its_issuers_word(nlp) -> None:
    text = ISSUED + "affirme le communiqué cité par l'agence Prensa Norte.\n"
    assert speaker_of(nlp, text, "Les hôpitaux") == "Ministère de la Santé"


def test_a_document_published_by_an_agency_is_the_agencys(nlp) -> None:
    text = "« Les hôpitaux sont prêts », affirme un rapport publié par l'agence Prensa Norte.\n"
    assert speaker_of(nlp, text, "Les hôpitaux") == "Agence Prensa Norte"
