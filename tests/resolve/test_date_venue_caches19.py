"""The per-article indexes of round 10 (docs/scale.md): each answers what the scan it
stands for answers, asserted on the actual output."""

from __future__ import annotations

from datetime import date

from hand_made import said

from dixit.describe.lexicon import venue_lexicon
from dixit.describe.venue import matches_in
from dixit.model import Article, Statement
from dixit.resolve.dates.cues import read_statement_cues, statement_cues
from dixit.resolve.dates.state import DateState

TEXT = (
    "Lundi, le maire de Valbrune a déclaré que le pont rouvrirait « dès mardi ».\n"
    "La préfète Maëlle Quintard a ajouté jeudi que les travaux dureraient."
)


def state() -> tuple[DateState, list[Statement]]:
    statements = [
        said(TEXT, "le pont rouvrirait « dès mardi »", "a déclaré", "le maire de Valbrune"),
        said(TEXT, "les travaux dureraient", "a ajouté", "La préfète Maëlle Quintard"),
    ]
    article = Article(text=TEXT, id="t", published=date(2026, 3, 13), language="fr")
    return DateState.build(article, statements), statements


def test_contents_in_reads_each_region_once_and_answers_as_the_scan() -> None:
    built, statements = state()
    first_line = (0, TEXT.index("\n"))
    assert built.find_contents_in(first_line) == [statements[0].content_span]
    assert built.contents_in(first_line) == [statements[0].content_span]
    assert built.contents_by_region[first_line] == (statements[0].content_span,)
    # a copy each time: a caller that changes its list changes no later answer
    built.contents_in(first_line).append((0, 1))
    assert built.contents_in(first_line) == [statements[0].content_span]
    assert built.contents_in((0, 5)) == []


def test_statement_cues_are_read_once_per_statement_and_sentence() -> None:
    built, statements = state()
    second = statements[1]
    sentence = built.walked_sentence(second)
    found = statement_cues(built, second, sentence)
    assert [e.text for e in found.applicable] == ["jeudi"]
    assert found.blocked == []
    assert statement_cues(built, second, sentence) is found
    assert read_statement_cues(built, second, sentence) == found
    # the first statement's own sentence: "Lundi" dates it, "mardi" is inside its content
    first = statements[0]
    own = statement_cues(built, first, built.walked_sentence(first))
    assert [e.text for e in own.applicable] == ["Lundi"]


def test_a_statement_of_no_state_is_read_without_being_kept() -> None:
    built, _ = state()
    probe = said(TEXT, "les travaux dureraient", "a ajouté", "La préfète Maëlle Quintard")
    sentence = built.walked_sentence(probe)
    before = dict(built.readings)
    assert [e.text for e in statement_cues(built, probe, sentence).applicable] == ["jeudi"]
    assert built.readings == before


def test_matches_in_a_sentence_are_searched_once_and_equal_finditer() -> None:
    lexicon = venue_lexicon("fr")
    text = "Invitée de RTL, la ministre a répondu lors d'une conférence de presse à Valbrune."
    found: dict = {}
    media = matches_in(lexicon.media, text, (0, len(text)), found)
    assert [m.group() for m in media] == ["RTL"]
    occasions = matches_in(lexicon.occasions, text, (0, len(text)), found)
    expected = [m.span() for m in lexicon.occasions.finditer(text, 0, len(text))]
    assert [m.span() for m in occasions] == expected and expected
    assert matches_in(lexicon.media, text, (0, len(text)), found) is media
    assert matches_in(lexicon.media, text, (0, 9), found) == []
