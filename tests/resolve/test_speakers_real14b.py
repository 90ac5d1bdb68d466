"""Speakers of real French news copy the resolver missed (session 14b, issue 11).

Each class was found on unseen wire and regional copy; the texts here are invented (people,
places, events) in the layout of that copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def speakers(nlp, text: str) -> dict[str, str | None]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return {s.speaker_mention or "": s.speaker.name if s.speaker else None for s in found}


# A generic noun of office ("l'élue") right after the office's own noun ("la maire") is the
# same person said more loosely, not another epithet for someone else.


def test_the_elected_official_after_the_mayor_is_the_mayor(nlp) -> None:
    text = (
        "La maire de Saint-Vivien-sur-Loire, Odile Barnavel, a répondu au micro de France "
        "Bleu.\n\n"
        "« La vitre du hall a été brisée », a assuré la maire. « Personne ne travaillait ce "
        "jour-là, heureusement », a souligné l'élue.\n"
    )
    found = speakers(nlp, text)
    assert found["la maire"] == "Odile Barnavel"
    assert found["l'élue"] == "Odile Barnavel"


def test_a_deputy_after_the_mayor_is_still_someone_else(nlp) -> None:
    text = (
        "La maire de Saint-Vivien-sur-Loire, Odile Barnavel, et son adjointe, Maëlle "
        "Jouvenet, ont répondu au micro de France Bleu.\n\n"
        "« La vitre du hall a été brisée », a assuré la maire. « Personne ne travaillait ce "
        "jour-là, heureusement », a souligné l'adjointe.\n"
    )
    found = speakers(nlp, text)
    assert found["la maire"] == "Odile Barnavel"
    assert found["l'adjointe"] != "Odile Barnavel"
