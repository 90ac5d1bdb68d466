"""Quote pairing on characters: no model needed."""

from __future__ import annotations

import pytest

from dixit.extract.quotes import find_quotes, quote_marks
from dixit.lang import UnknownLanguage


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous tiendrons », a dit la maire.", ["Nous tiendrons"]),
        ("Il a répondu : “Pas question.”", ["Pas question."]),
        ('Elle a lancé "on verra bien" puis "rien de plus".', ["on verra bien", "rien de plus"]),
        ("« Il parle d'un “désastre” annoncé », dit-il.", ["Il parle d'un “désastre” annoncé"]),
        ("L'élu l'a dit, c'est l'heure : aucune guillemet ici.", []),
        # a sentence opened by a mark the page never closes ends at its paragraph's end
        # (session 17); words that end on no full stop stay unpaired
        ("« Ouvert mais jamais fermé, a-t-il dit.", ["Ouvert mais jamais fermé, a-t-il dit."]),
        ("« Ouvert mais jamais fermé, puis", []),
        ("‹ Petit › et „ tief “", ["Petit", "tief"]),
    ],
)
def test_pairs(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_quote_runs_over_two_paragraphs_with_reopening_mark() -> None:
    text = "« Le premier point est réglé.\n« Le second le sera demain », a-t-elle dit."
    [quote] = find_quotes(text)
    assert quote.paragraphs == 2
    assert text[quote.inner_start : quote.inner_end].endswith("le sera demain")
    assert text[quote.inner_start : quote.inner_end].startswith("Le premier")


def test_unclosed_quote_at_paragraph_end_is_dropped_when_next_does_not_continue() -> None:
    text = "Il a dit « bonjour.\nLe conseil a voté ensuite « sans débat »."
    assert inner(text) == ["sans débat"]


def test_nested_quotes_are_recorded_inside_the_outer_one() -> None:
    text = "« Ils crient “au loup” sans raison », a estimé le préfet."
    [quote] = find_quotes(text)
    assert len(quote.nested) == 1
    start, end = quote.nested[0]
    assert text[start:end] == "“au loup”"


def test_each_language_supplies_its_marks() -> None:
    french, english = quote_marks("fr-FR"), quote_marks("en")
    assert {"«", "»", '"'} <= french.all
    assert french.sentence_closers == {"»", "”", "›", '"'}
    assert "«" not in english.all


def test_english_text_pairs_its_own_marks_only() -> None:
    text = "“We will hold,” the mayor said, « not this »."
    found = find_quotes(text, "en")
    assert [text[q.inner_start : q.inner_end] for q in found] == ["We will hold,"]


def test_an_unknown_language_is_named_not_read_as_french() -> None:
    with pytest.raises(UnknownLanguage):
        find_quotes("« Bonjour »", "xx")


def test_a_spaced_straight_quote_opens_only_between_a_full_stop_and_a_capital() -> None:
    assert inner('Fin de phrase. " Nouvelle citation ici", dit-il.') == ["Nouvelle citation ici"]
    assert inner('La planche mesure 6 " de large et 2 " de haut.') == []
