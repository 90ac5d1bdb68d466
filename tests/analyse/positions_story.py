"""Invented story lines as statements, built by hand: the analyse functions read only the
fields dixit fills (content, cue, cue lemma, polarity, speaker, date)."""

from __future__ import annotations

from datetime import date

from dixit.model import Speaker, Statement


def said(
    content: str,
    *,
    speaker: str = "Hélène Vasseur",
    cue: str = "a déclaré",
    lemma: str = "déclarer",
    polarity: str = "affirmed",
    day: date | None = None,
    article: str = "a1",
    start: int = 0,
) -> Statement:
    """A statement as dixit would give it, at ``start`` in article ``article``."""
    return Statement(
        article=article,
        kind="indirect",
        content=content,
        content_span=(start, start + len(content)),
        cue=cue,
        cue_lemma=lemma,
        polarity=polarity,  # type: ignore[arg-type]
        speaker=Speaker(speaker.lower().replace(" ", "-"), speaker, "person"),
        statement_date=day,
    )
