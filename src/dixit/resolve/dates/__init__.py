"""Statement dates: the day each statement was made, anchored on the publication date.

A news report rarely writes the date of what it quotes. It writes "mardi", "hier", "la veille",
"plus tard dans la journée", or nothing at all and lets the reader carry the day over from the
sentence before. This package turns those cues into dates with a few general rules of news
writing (``docs/dates.md`` lists them):

1. Time expressions are found with patterns built from the language's lexicon
   (``lang/<code>/time.yaml``): weekdays, deictic words, anaphoric words, continuation
   phrases, written dates (read with ``dateparser``).
2. An expression inside a statement's content is a *mentioned* time, never its date.
3. An expression in the statement's own sentence dates it, unless it sits in a phrase about
   another event ("après sa visite la semaine dernière, X a déclaré …").
4. Without a cue, the headline and lead take the publication date; other statements inherit
   the time of their paragraph, or of the same speaker's statement in the paragraph just
   before; otherwise they stay undated. Undated is better than wrongly dated.

Publication is the only anchor: without it, only a written date with a year can date anything,
and today's date is never used.

Where each part lives:

- ``publication``: ``parse_published`` and ``BadDate``;
- ``lexicon``: ``time.yaml`` loading and the patterns built on it;
- ``expressions``: finding time expressions (rule 1);
- ``anchoring``: from an expression to a date (``resolve_expression``, ``Resolved``);
- ``state``: ``DateState``, the article's explicit state (sentences, lead, timeline, lexicon);
- ``timeline``: timeline entries, a rule's ``DateResolution``, the statement date fields;
- ``spans``, ``sentences``, ``speakers``, ``verbs``, ``cues``: public helpers the rules share;
- ``rules``: one module per rule, ``resolve(statement, state) -> DateResolution | None``;
- ``contents``: nested reported speech and mentioned times;
- ``resolver``: the ordered ``RULES``, the walk in text order, and ``assign_dates``.
"""

from dixit.resolve.dates.anchoring import Precision, Resolved, resolve_expression
from dixit.resolve.dates.expressions import TimeExpression, find_time_expressions
from dixit.resolve.dates.lexicon import TimeLexicon, load_time_lexicon
from dixit.resolve.dates.publication import BadDate, parse_published
from dixit.resolve.dates.resolver import assign_dates

__all__ = [
    "BadDate",
    "Precision",
    "Resolved",
    "TimeExpression",
    "TimeLexicon",
    "assign_dates",
    "find_time_expressions",
    "load_time_lexicon",
    "parse_published",
    "resolve_expression",
]
