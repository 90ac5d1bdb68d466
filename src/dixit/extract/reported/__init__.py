"""Reported speech: a reporting verb with its complement, "selon X", headlines.

Methods (``FoundStatement.method``): ``que`` ("X a déclaré que …"), ``infinitive``
("X a exclu d'envoyer …"), ``object`` ("X n'a pas exclu l'envoi de …"), ``attribute``
("X s'est dit « prêt à … »"), ``colon_text`` ("X a prévenu : …"), ``postposed`` ("…, a
annoncé la mairie."), ``preposition`` ("Selon X, …"), ``headline`` ("X : « … »").

Where each rule lives:

- :mod:`.verbs`: the entry point from a reporting verb (``from_verb``), its subject and
  the filters for a verb that narrates, supposes or foresees;
- :mod:`.postposed`: a reporting clause after the words or set inside them ("…, a
  annoncé X", "Le projet, a-t-il dit, sera …");
- :mod:`.clefts`: cleft sentences pointing back ("C'est ce qu'a réclamé X");
- :mod:`.comparatives`: "…, comme il l'a déclaré", "…, comme l'explique X : « … »";
- :mod:`.clauses`: "que" clauses, bare clauses, indirect questions, text after a colon;
- :mod:`.bounds`: where a complement ends;
- :mod:`.infinitives`: infinitive and gerund complements;
- :mod:`.attributes`: attributes and stances ("s'est dit prêt", "serait favorable à");
- :mod:`.objects`: nominal and prepositional objects;
- :mod:`.sources`: "selon X" and the other source prepositions;
- :mod:`.headlines`: "X : « … »" headlines.
"""

from __future__ import annotations

from dixit.extract.reported.attributes import AttributeReports
from dixit.extract.reported.bounds import ComplementBounds
from dixit.extract.reported.clauses import ClauseComplements
from dixit.extract.reported.clefts import CleftReports
from dixit.extract.reported.comparatives import ComparativeIncises
from dixit.extract.reported.headlines import HeadlineReports
from dixit.extract.reported.infinitives import InfinitiveComplements
from dixit.extract.reported.objects import ObjectComplements
from dixit.extract.reported.postposed import PostposedClauses
from dixit.extract.reported.sources import SourcePhrases
from dixit.extract.reported.verbs import VerbReports

__all__ = ["ReportedSpeech"]


class ReportedSpeech(
    VerbReports,
    PostposedClauses,
    CleftReports,
    ComparativeIncises,
    ClauseComplements,
    InfinitiveComplements,
    AttributeReports,
    ObjectComplements,
    SourcePhrases,
    HeadlineReports,
    ComplementBounds,
):
    """Rules that start from a reporting cue: each concern is a mixin of its own module,
    all reading the one :class:`~dixit.extract.context.ArticleContext`."""
