"""Acronyms the article spells out, so that a later bare acronym gets its long form.

"le Syndicat national des personnels enseignants (SNPE)" makes a later "le SNPE" the
syndicate; "(SDIS) du Var" keeps "du Var" with the long form. The table is built once per
article, on first use.
"""

from __future__ import annotations

import re

from dixit.extract.syntax import sentence_of
from dixit.registry import normalise_name
from dixit.resolve.speakers.phrases import breaks_phrase, complement_after
from dixit.resolve.speakers.state import ArticleState

#: An acronym in brackets after the name it abbreviates: "(SNPE)", "(Inrap)".
_ACRONYM = re.compile(r"\(([A-ZÉÈ][A-Za-zÉÈ]{1,9})\)")


def acronyms(state: ArticleState) -> dict[str, tuple[str, str | None]]:
    """Acronyms the article spells out: "le Syndicat national des personnels enseignants
    (SNPE)" gives SNPE -> (its long form, None); "(SDIS) du Var" keeps "du Var" too.

    The long form is the shortest phrase before the bracket whose content words' initials
    are the acronym's letters.
    """
    if state.acronym_table is not None:
        return state.acronym_table
    table: dict[str, tuple[str, str | None]] = {}
    for m in _ACRONYM.finditer(state.text):
        span = state.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        letters = normalise_name(m.group(1))
        sent_start = sentence_of(state.doc, span.start).start
        long_form = None
        j = span.start - 1
        while j >= max(sent_start, span.start - 14):
            tok = state.doc[j]
            if breaks_phrase(tok) and tok.pos_ != "PRON":
                break
            words = normalise_name(state.doc[j : span.start].text).replace("' ", " ").split()
            initials = "".join(w[0] for w in words if w not in state.lex.acronym_skip)
            if initials == letters and normalise_name(tok.text) not in state.lex.acronym_skip:
                long_form = state.doc[j : span.start].text
                break
            if len(initials) >= len(letters) and not letters.startswith(initials):
                break
            j -= 1
        if long_form is None:
            continue
        closing = state.doc[span.end - 1]
        complement = complement_after(state, closing)
        comp = None
        if complement is not None and normalise_name(state.doc[closing.i + 1].text) in (
            state.lex.partitives
        ):
            comp = state.text[state.doc[closing.i + 1].idx : complement.end_char]
        table.setdefault(letters, (long_form[:1].upper() + long_form[1:], comp))
    state.acronym_table = table
    return table


def expand_acronym(state: ArticleState, name: str) -> str:
    """The long form the article gives an acronym: "SNPE" -> "Syndicat national des
    personnels enseignants", "SDIS" -> "Service départemental … du Var"."""
    first, _, rest = name.partition(" ")
    key = normalise_name(first)
    if not key or " " in key or not acronyms(state).get(key):
        return name
    long_form, complement = acronyms(state)[key]
    if rest:
        return f"{long_form} {rest}"
    return f"{long_form} {complement}" if complement else long_form
