"""Speaker resolution: from the words that name a speaker to one canonical speaker.

The extractor keeps the speaker as written: "Mme Leavitt", "il", "le locataire du Kremlin",
"la mairie". News rarely repeats a full name, so most statements name their speaker by a
surname, a pronoun or a description, and only the article as a whole says who that is. This
package reads the whole article once (names, appositions, subjects, genders) and then resolves
each statement in reading order, so that a pronoun can point back at a speaker resolved just
before it.

The rules, in the order they are tried (``resolver.RULES``; ``docs/speakers.md`` has the
examples):

1. no mention: a floating quote continues the previous statement's speaker;
2. a pronoun: the previous statement's speaker if gender and number agree, unless a later
   main-clause subject took over; else the most recent agreeing person before it (a
   plural pronoun right after joint speakers is them again, named by the first);
3. "ce dernier": the most recently named entity that is not the subject of its own clause;
4. a name (with or without apposition): the registry entry, the full name used elsewhere in
   the article for a surname (or for a first name alone that one person of the article
   has), or a new person with an id made from the name;
5. an organisation or metonymy ("le Kremlin", "Moscou", "la mairie");
6. a description: bound by an apposition in the article, by the office both name, or by the
   registry's holder of that office on the publication date.

Anything else stays unresolved: ``speaker`` is None and the mention is kept, because a wrong
speaker is worse than an honest gap.

Each rule is a plain function ``resolve(mention, state) -> Resolution | None`` of a
``Mention`` and the article's ``ArticleState``; none calls another through an object.
Where each part lives:

- ``lexicon``: ``speakers.yaml`` loading, with the closed word sets the rules read;
- ``entities``: ``Entity``, ``Ref``, ``Binding``, ``Resolution``, agreement;
- ``state``: ``ArticleState``, what the rules share (positions, references, entity
  creation), and ``Mention``, one speaker mention as the rules read it;
- ``phrases``: cutting phrases (noun-phrase ends, a mention's core, a head's complement);
- ``mentions``: the article-wide scan (names, appositions, subjects);
- ``acronyms``: acronyms the article spells out;
- ``names``: names in a mention and the person they name (rule 4);
- ``organisations``: bodies, organisation nouns and place bodies (rule 5);
- ``pronouns``: pronouns and "ce dernier" (rules 2 and 3);
- ``descriptions``: descriptions and counterparts (rule 6);
- ``fitting``: descriptions left open, fitted once the whole article is read (an article
  step: the one person or body of the article they fit, before or after them);
- ``interviews``: the answers of a question-and-answer page whose title names its
  interviewee ("X : « … »"), given to that person once the article is read;
- ``mute``: mentions no rule resolved that name nothing able to speak (an object, a label,
  a detached apposition), and who speaks instead (the cue's subject, the speaker before);
- ``resolver``: ``RULES`` and their order, the headline steps, ``resolve_speakers``;
- ``summary``: ``unify_speakers`` and ``summarise_speakers``, across articles.
"""

from dixit.resolve.speakers.entities import UNRESOLVED, Binding, Entity, Ref, Resolution
from dixit.resolve.speakers.lexicon import SpeakerLexicon, load_lexicon
from dixit.resolve.speakers.resolver import (
    RULES,
    resolve_article,
    resolve_mention,
    resolve_speakers,
)
from dixit.resolve.speakers.state import ArticleState, Mention
from dixit.resolve.speakers.summary import SpeakerSummary, summarise_speakers, unify_speakers

__all__ = [
    "RULES",
    "UNRESOLVED",
    "ArticleState",
    "Binding",
    "Entity",
    "Mention",
    "Ref",
    "Resolution",
    "SpeakerLexicon",
    "SpeakerSummary",
    "load_lexicon",
    "resolve_article",
    "resolve_mention",
    "resolve_speakers",
    "summarise_speakers",
    "unify_speakers",
]
