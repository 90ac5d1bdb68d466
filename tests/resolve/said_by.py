"""Who the pipeline gives each statement to: the helpers the speaker test files share."""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    """(speaker mention as written, canonical speaker name) of each statement of ``text``."""
    found = statements_from_doc(nlp(text), Article(text=text))
    return [(s.speaker_mention or "", s.speaker.name if s.speaker else None) for s in found]


def speaker_of(nlp, text: str, mention: str) -> str | None:
    """The speaker of the last statement whose mention is written ``mention``."""
    named = [name for said, name in speakers(nlp, text) if said == mention]
    assert named, f"no statement with the mention {mention!r}"
    return named[-1]
