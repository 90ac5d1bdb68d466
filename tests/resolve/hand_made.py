"""Statements built by hand for the date rule tests: spans found with ``str.find``."""

from __future__ import annotations

from dixit.model import Statement


def said(text: str, content: str, cue: str, mention: str, lemma: str | None = None) -> Statement:
    """An indirect statement of ``text``: the first place of its content, cue and mention."""
    start, cue_start, mention_start = text.find(content), text.find(cue), text.find(mention)
    return Statement(
        article="t",
        kind="indirect",
        content=content,
        content_span=(start, start + len(content)),
        cue=cue,
        cue_span=(cue_start, cue_start + len(cue)),
        cue_lemma=lemma,
        speaker_mention=mention,
        speaker_mention_span=(mention_start, mention_start + len(mention)),
    )
