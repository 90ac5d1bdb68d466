"""Which country a page is about, for the registry's offices named without a nationality.

"Le président de la République" is the French president on a page about France, and
Senegal's on a page filed from Dakar about a Senegalese cabinet meeting. The registry holds
the home country's offices under such bare labels; a page that names another country more
often than the home one (its name, capital, demonyms: the lexicon's ``countries``) is about
that country, and the bare label names no holder the registry knows.
"""

from __future__ import annotations

from collections.abc import Iterable

from dixit.resolve.speakers.state import ArticleState


def country_counts(state: ArticleState) -> dict[str, int]:
    """How often the page names each country of the lexicon (any of its words)."""
    return {
        country: sum(len(state.phrase_spans(words)) for words in phrases)
        for country, phrases in state.lex.countries.items()
    }


def home_office_abroad(state: ArticleState, words: list[str], offices: Iterable[str]) -> bool:
    """Whether ``words`` name a home-country office (``home_offices``) without saying so
    ("le président de la République", not "le président français") on a page about
    another country: then the registry's holder of the day is no answer."""
    lex = state.lex
    home = lex.home_country
    if home is None or not lex.countries or not lex.home_offices:
        return False
    if not any(o.startswith(lex.home_offices) for o in offices):
        return False
    marked = {w for phrase in lex.countries.get(home, ()) for w in phrase}
    if marked & set(words):
        return False  # "le président français" says whose
    counts = country_counts(state)
    at_home = counts.pop(home, 0)
    return bool(counts) and max(counts.values()) > at_home
