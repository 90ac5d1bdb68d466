"""Positions the journalist narrates rather than quotes, read from the parse.

Real articles tell a change of mind mostly in their own words: "X, jusque-là réticent à …,
a fini par …", "X avait promis que …", "après avoir tergiversé", "la candidate a enterré sa
promesse de …". The extractor finds who *said* something; these clauses tell what someone
*held*. Each is a clause around an anchor:

- a verb of position (the stance lexicon's cue verbs and vouching verbs, and the
  ``narrated.verbs`` of ``reversals.yaml``): "promettait", "avait assuré", "a enterré";
- the verb a reversal cue is made of ("a fini par", "s'est résolu à", "renonce");
- an adjective of position with an earlier-time adverb ("jusque-là réticent à …");
- a noun of commitment as the predicate of a copula ("était la promesse de X").

The clause is the anchor with its dependents, the subject and coordinated clauses left
out (the subject names the speaker; a coordinated clause is another position). Its speaker
is resolved by the article's speaker resolver (``dixit.resolve.speakers``) over a copy of
the statements, so a narrated position is attributed the way a statement would be; when the
anchor is the cue of an extracted statement, that statement's speaker and date are kept and
the statement is linked to the position.

The readers live by concern: ``narrated_lexicon`` (the words), ``clauses`` (anchors, a
clause's words and tense), ``subjects`` (its holder), ``probes`` (a clause as a statement),
``turns`` (two sides in one sentence) and ``sequel`` (the words after a cue); this module
runs them over an article and resolves the holders.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from dixit.analyse.clauses import anchors, cue_verbs
from dixit.analyse.described import described_holder
from dixit.analyse.holders import Ties, body_ties, voices
from dixit.analyse.narrated_lexicon import narrated_lexicon
from dixit.analyse.probes import (
    covers,
    noun_phrase_probe,
    overlap,
    probe,
    quotation_probe,
    quoted,
    said_before_cue,
    statement_of,
)
from dixit.analyse.sequel import (
    bare_change_probe,
    commitment_end,
    fronted_cue_probe,
    sequel_probe,
    undone_sequel,
)
from dixit.analyse.subjects import subject_start
from dixit.analyse.turns import (
    Concession,
    concession_turn,
    fronted_head,
    later_clause,
    opening_head,
    own_plan,
    takes_up_subject,
    turn_head,
    undone_turn,
    up_to_main,
)
from dixit.analyse.words import find, words
from dixit.lang import get_language
from dixit.model import Article, Statement


@dataclass(frozen=True)
class NarratedReading:
    """The narrated positions of an article (statement-shaped probes with a speaker), and
    the pairs (earlier id, current id) that one sentence sets against each other."""

    positions: list[Statement]
    turns: list[tuple[str, str]]
    #: (person, body) speaker ids the article ties (``dixit.analyse.holders``).
    ties: Ties = frozenset()
    #: Ids of earlier positions a verb of undoing sets against ("a annulé la taxe qu'il
    #: avait instaurée"), or a concession ("malgré ses promesses"): their turn is a change
    #: whatever the stances.
    undone: frozenset[str] = frozenset()
    #: Person id -> the body they speak for (``dixit.analyse.holders.voices``).
    voices: dict[str, str] = field(default_factory=dict)
    #: Ids of earlier positions a construction sets before the clause told after them
    #: ("X a refusé …, avant d'accepter …"): set before whatever their tense.
    ordered: frozenset[str] = frozenset()
    #: Ids of cue clauses that say only that a change happened ("X a fait marche
    #: arrière"): a new side only, paired with a position the text sets earlier.
    changes: frozenset[str] = frozenset()
    #: Ids of earlier sides a cue's own object names ("renonce à son projet de parking":
    #: ``turns.own_plan``): a change with the cue's clause whatever the stances, when the
    #: cue pairs no fuller earlier side.
    plans: frozenset[str] = frozenset()


def narrated_positions(
    doc: Doc,
    article: Article,
    statements: list[Statement],
    cue_spans: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Statement]:
    """Narrated positions of ``article`` as statement-shaped probes with a speaker."""
    return read_narrated(doc, article, statements, cue_spans).positions


def read_narrated(
    doc: Doc,
    article: Article,
    statements: list[Statement],
    cue_spans: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> NarratedReading:
    """Narrated positions of ``article`` and the turns that link them.

    A probe whose anchor is an extracted statement's cue takes that statement's speaker,
    date and id (``via``); the others are resolved by the speaker resolver, run on a copy
    of ``statements`` with the probes, so the statements themselves are untouched.
    """
    from dixit.registry import default_registry
    from dixit.resolve.speakers import ArticleState, load_lexicon, resolve_article

    if not doc.has_annotation("DEP"):
        # A pipeline without a parser: no clause to read.
        return NarratedReading(positions=[], turns=[])
    language = article.language or doc.lang_
    lexicon = narrated_lexicon(language)
    probes: dict[tuple[int, int], Statement] = {}
    turns: list[tuple[tuple[int, int], tuple[int, int]]] = []
    overrun: set[tuple[int, int]] = set()
    # Earlier clauses whose pronoun subject takes up the subject of the clause they are set
    # against ("Contrairement à ce qu'il avait dit, X a …").
    taken_up: set[tuple[int, int]] = set()
    # Earlier clauses a verb of undoing sets against ("a annulé la taxe qu'il avait
    # instaurée"): a change whatever their stances.
    undone: set[tuple[int, int]] = set()
    # Earlier clauses whose order the construction sets ("X a refusé …, avant
    # d'accepter …"), whatever their tense.
    ordered: set[tuple[int, int]] = set()
    # Cue clauses that say only that a change happened ("a fait marche arrière").
    changes: set[tuple[int, int]] = set()
    cue_ends = cue_verbs(doc, list(cue_spans))
    # Positions a concession sets against the clause it hangs on ("malgré ses promesses").
    concessions: list[Concession] = []
    for token in doc:
        quotation = quotation_probe(token, article, lexicon, statements)
        if quotation is not None:
            probes.setdefault(quotation.content_span, quotation)
        held = noun_phrase_probe(token, article, lexicon)
        if held is not None and not quoted(token, statements):
            probes.setdefault(held.content_span, held)
        concession = (
            None
            if quoted(token, statements)
            else concession_turn(token, article, lexicon, statements)
        )
        if concession is not None:
            concessions.append(concession)
            if concession.current is not None:
                probes.setdefault(concession.current.content_span, concession.current)
        undoing = None if quoted(token, statements) else undone_turn(token, article, lexicon)
        if undoing is not None:
            earlier, now = undoing
            probes[earlier.content_span] = earlier
            probes[now.content_span] = now
            turns.append((earlier.content_span, now.content_span))
            undone.add(earlier.content_span)
    for anchor in anchors(doc, language, set(cue_ends)):
        if quoted(anchor, statements):
            continue
        later = later_clause(anchor, lexicon)
        head = turn_head(anchor, lexicon) if later is None else None
        earlier_words = frozenset(t.i for t in anchor.subtree)
        main_words: frozenset[int] = frozenset()
        # An opening "après avoir …" clause is read by word order, however it was parsed.
        opening = opening_head(anchor, lexicon) if later is None else None
        fronted = opening or (fronted_head(anchor, lexicon) if head is None else None)
        if fronted is not None:
            # The fronted clause runs up to the main clause's subject, whatever the parse
            # hung on it.
            head = fronted
            earlier_words = frozenset(range(anchor.sent.start, subject_start(fronted)))
            main_words = frozenset(range(subject_start(fronted), anchor.sent.end))
        found = probe(anchor, article, lexicon, main_words, cue_ends=cue_ends)
        if found is None:
            continue
        if opening is not None:
            found = up_to_main(found, opening, article)
        probes.setdefault(found.content_span, found)
        # The statement on the anchor's own verb may run over into the clause it is set
        # against ("qui avait promis de …, a finalement signé …"): the parse says where
        # that clause starts, so that statement does not hide it.
        own = [s for s in statements if s is not statement_of(found, statements)]
        if later is not None and not quoted(later[1], own):
            # The anchor's clause is the later one: the clause it hangs on came first.
            top, main = later
            now = found if top is anchor else probe(top, article, lexicon)
            first = probe(main, article, lexicon, frozenset(t.i for t in top.subtree))
            if first is not None and now is not None:
                probes.setdefault(now.content_span, now)
                probes.setdefault(first.content_span, first)
                if (first.content_span, now.content_span) not in turns:
                    turns.append((first.content_span, now.content_span))
                overrun.add(first.content_span)
                ordered.add(first.content_span)
        if head is not None and not quoted(head, own):
            current = probe(head, article, lexicon, earlier_words)
            if current is not None:
                probes.setdefault(current.content_span, current)
                turns.append((found.content_span, current.content_span))
                overrun.add(found.content_span)
                if takes_up_subject(anchor, head, lexicon):
                    taken_up.add(found.content_span)
    # Earlier sides a cue's own object names ("renonce à son projet de parking").
    plans: set[tuple[int, int]] = set()
    for span in cue_spans:
        told = next((p for p in probes.values() if overlap(p.cue_span, span)), None)
        if told is not None:
            plan = own_plan(doc, span, told, lexicon)
            if plan is not None and plan.content_span not in probes:
                probes[plan.content_span] = plan
                turns.append((plan.content_span, told.content_span))
                plans.add(plan.content_span)
            continue
        # The cue's clause says only that a change happened: its sequel says what it is.
        sequel = sequel_probe(doc, article, span, lexicon)
        cue_at = doc.char_span(*span, alignment_mode="expand")
        if sequel is None and cue_at is not None and not quoted(cue_at[0], statements):
            # "Revirement de dernière minute, X a …": the main clause the cue opens.
            sequel = fronted_cue_probe(doc, article, span, lexicon)
            if sequel is not None:
                probes.setdefault(sequel.content_span, sequel)
                continue
        if sequel is None:
            cue_words = words(article.text[span[0] : span[1]])
            # "avant de revenir sur sa décision": the cue names only what was given up.
            upto = commitment_end(doc, span, lexicon)
            if upto is not None or find([("bare", p) for p in lexicon.bare_cues], cue_words):
                bare = bare_change_probe(doc, article, span, lexicon, upto)
                if bare is not None and not quoted(
                    doc.char_span(*span, alignment_mode="expand")[0], statements
                ):
                    probes.setdefault(bare.content_span, bare)
                    changes.add(bare.content_span)
            continue
        sequel_words = doc.char_span(*sequel.content_span, alignment_mode="expand")
        if sequel_words is None or quoted(sequel_words[0], statements):
            continue
        undoing = undone_sequel(doc, article, sequel, lexicon)
        if undoing is not None:
            earlier, sequel = undoing
            # The undoing verb's own clause runs over the participle: the turn replaces it.
            for key in [k for k, p in probes.items() if p.cue_span == sequel.cue_span]:
                del probes[key]
            probes[earlier.content_span] = earlier
            turns.append((earlier.content_span, sequel.content_span))
            undone.add(earlier.content_span)
        probes.setdefault(sequel.content_span, sequel)
    linked: dict[tuple[int, int], Statement] = {}
    unlinked: list[Statement] = []
    current = {b for _, b in turns}
    for span, found in probes.items():
        statement = statement_of(found, statements)
        if statement is not None and statement.speaker is None:
            statement = None
        if statement is not None and not covers(found, statement) and span not in overrun:
            if span in current:
                # The clause set against an earlier position is that position's other
                # side; the statement on the same verb gives its speaker.
                linked[span] = replace(
                    found, speaker=statement.speaker, statement_date=statement.statement_date
                )
            # "« … », a-t-il promis": the statement shows the position better.
            continue
        if statement is not None and said_before_cue(statement, found):
            # "« … », assurait pourtant X": the quotation before a postposed cue is the
            # position; the clause after the cue only says who held it and when.
            linked[span] = replace(statement, via=statement.id)
        elif statement is not None:
            linked[span] = replace(
                found,
                speaker=statement.speaker,
                statement_date=statement.statement_date,
                via=statement.id,
            )
        elif found.speaker_mention:
            unlinked.append(found)
    # The resolver runs on copies of the statements with the probes: the probes get their
    # speakers, and its reading of the article (descriptions bound to people) gives the ties.
    state = ArticleState(doc, article, default_registry(), load_lexicon(language))
    resolve_article(state, [replace(s) for s in statements] + unlinked)
    unlinked = [
        same_description(someone_of_theirs(p, language), statements, language) for p in unlinked
    ]
    # A description the resolver bound to nobody: the fuller mention it takes up, or a
    # holder of its own (``dixit.analyse.described``).
    told = [*statements, *linked.values(), *unlinked]
    unlinked = [described_holder(p, state, told) for p in unlinked]
    positions = {**linked, **{p.content_span: p for p in unlinked}}
    for a, b in turns:
        if a in taken_up and a in positions and b in positions and positions[a].speaker is None:
            positions[a] = replace(positions[a], speaker=positions[b].speaker)
    ties = body_ties(state)
    conceded: list[tuple[str, str]] = []
    for concession in concessions:
        pair = conceded_pair(concession, positions)
        if pair is not None:
            earlier, now = pair
            positions[earlier.content_span] = earlier
            conceded.append((earlier.id, now.id))
    return NarratedReading(
        positions=list(positions.values()),
        turns=[
            (positions[a].id, positions[b].id)
            for a, b in turns
            if a in positions and b in positions
        ]
        + conceded,
        ties=ties,
        undone=frozenset(positions[a].id for a in undone if a in positions)
        | {a for a, _ in conceded},
        voices=voices(state, ties),
        ordered=frozenset(positions[a].id for a in ordered if a in positions),
        changes=frozenset(positions[a].id for a in changes if a in positions),
        plans=frozenset(positions[a].id for a in plans if a in positions),
    )


def conceded_pair(
    concession: Concession, positions: dict[tuple[int, int], Statement]
) -> tuple[Statement, Statement] | None:
    """The (earlier, current) sides of a concession once speakers are resolved: the
    earlier position is the current side's holder's own."""
    now = concession.taken_up or (
        positions.get(concession.current.content_span) if concession.current else None
    )
    if now is None or now.speaker is None:
        return None
    return replace(concession.earlier, speaker=now.speaker), now


def someone_of_theirs(found: Statement, language: str | None) -> Statement:
    """A holder described by their tie to a named person ("l'avocat de Salah Abdeslam", "la
    sœur du ministre Paul Darnac") is not that person: a speaker the resolver read as the
    person named after the preposition is dropped."""
    if found.speaker is None or not found.speaker_mention:
        return found
    mention = [w.text for w in words(found.speaker_mention)]
    name = [w.text for w in words(found.speaker.name)]
    grammar = get_language(language).grammar
    if not name or mention[:1] == [] or mention[0] not in grammar.definite_determiners:
        return found
    links = narrated_lexicon(language).kin_links
    for i in range(2, len(mention) - len(name) + 1):
        if mention[i : i + len(name)] == name and mention[i - 1] in links:
            return replace(found, speaker=None)
    return found


def same_description(
    found: Statement, statements: list[Statement], language: str | None
) -> Statement:
    """A holder named by a definite description an extracted statement's speaker is named
    by too ("le premier ministre") is that statement's speaker: one article's description
    is one referent, and the statement's reading has the article's context at that point
    (a narrated position told before the person is introduced again may be read
    otherwise)."""
    mention = (found.speaker_mention or "").lower().replace("’", "'")
    determiners = get_language(language).grammar.definite_determiners
    if mention.split(" ")[0] not in determiners:
        return found
    for statement in statements:
        theirs = (statement.speaker_mention or "").lower().replace("’", "'")
        if theirs == mention and statement.speaker is not None:
            return replace(found, speaker=statement.speaker)
    return found
