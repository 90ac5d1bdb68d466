"""Date rules one at a time, on a hand-made ``DateState``: each rule alone, no walk.

Texts are invented for these tests; statements are built by hand (spans found with
``str.find``) and the timeline is filled by hand where a rule reads it.
"""

from __future__ import annotations

from datetime import date

from hand_made import said

from dixit.model import Article, DateMethod, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.resolver import share_within_sentence
from dixit.resolve.dates.rules import own_cue, paragraph, source
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Entry, Outcome

FRIDAY = date(2026, 3, 13)


def state_of(text: str, statements: list[Statement]) -> DateState:
    article = Article(text=text, id="t", published=FRIDAY, language="fr")
    return DateState.build(article, statements)


def test_own_cue_dates_from_a_preposed_weekday() -> None:
    text = "Mardi, la maire de Valbrune a déclaré que le marché resterait ouvert."
    statement = said(text, "le marché resterait ouvert", "a déclaré", "la maire", "déclarer")
    found = own_cue.resolve(statement, state_of(text, [statement]))
    assert found == DateResolution.dated(
        Resolved(date(2026, 3, 10), "day"), DateMethod.RELATIVE, "Mardi", (0, 5)
    )


def test_own_cue_leaves_a_sentence_without_time_words_to_other_rules() -> None:
    text = "La maire de Valbrune a déclaré que le marché resterait ouvert."
    statement = said(text, "le marché resterait ouvert", "a déclaré", "La maire", "déclarer")
    assert own_cue.resolve(statement, state_of(text, [statement])) is None


def test_paragraph_rule_carries_the_hand_made_timeline_entry() -> None:
    text = (
        "Le syndic Aurèle Fontanet a visité le chantier du port. "
        "Il a assuré que les quais seraient prêts en juin."
    )
    statement = said(text, "les quais seraient prêts en juin", "a assuré", "Il", "assurer")
    state = state_of(text, [statement])
    wednesday = Resolved(date(2026, 3, 11), "day")
    state.timeline.append(Entry(0, 0, wednesday, False, None, state.sentences[0]))
    assert paragraph.resolve(statement, state) == DateResolution.dated(wednesday)


def test_paragraph_rule_keeps_a_present_position_off_another_speakers_day() -> None:
    text = (
        "Le syndic Aurèle Fontanet a visité le chantier du port. "
        "Les quais seront prêts en juin, estime une ingénieure."
    )
    statement = said(text, "Les quais seront prêts en juin", "estime", "une ingénieure", "estimer")
    state = state_of(text, [statement])
    state.timeline.append(
        Entry(0, 0, Resolved(date(2026, 3, 11), "day"), False, None, state.sentences[0])
    )
    assert paragraph.resolve(statement, state) == DateResolution.undated(Outcome.UNDATED)


def test_paragraph_rule_is_silent_without_a_timeline() -> None:
    text = "Il a assuré que les quais seraient prêts en juin."
    statement = said(text, "les quais seraient prêts en juin", "a assuré", "Il", "assurer")
    assert paragraph.resolve(statement, state_of(text, [statement])) is None


def test_source_rule_keeps_a_held_position_undated() -> None:
    text = "Selon la préfète Ysaline Marceau, la digue tiendra jusqu'en avril."
    statement = said(text, "la digue tiendra jusqu'en avril", "Selon", "la préfète", "selon")
    found = source.resolve(statement, state_of(text, [statement]))
    assert found == DateResolution.undated(Outcome.SOURCE)
    spoken = said(text, "la digue tiendra jusqu'en avril", "Selon", "la préfète", "affirmer")
    spoken.cue = "a affirmé"
    assert source.resolve(spoken, state_of(text, [spoken])) is None


def test_parser_sentences_keep_real_ends_and_join_cuts_inside_quotes_and_names() -> None:
    from dixit.resolve.dates.sentences import from_parser

    text = (
        '« Nous resterons. » Mardi, Odile Brancart-Vey a parlé. "Rien ne change", a noté M. Ruel.'
    )
    cut = [
        text.find("« Nous"),
        text.find("Mardi"),
        text.find("Vey"),
        text.find('"Rien'),
        text.find(", a noté"),
        text.find("Ruel"),
    ]
    parsed = list(zip(cut, [*cut[1:], len(text)], strict=True))
    abbreviations = frozenset({"m"})
    sentences = from_parser(text, [(0, len(text))], parsed, [], abbreviations)
    assert [text[a:b] for a, b in sentences] == [
        "« Nous resterons. »",
        "Mardi, Odile Brancart-Vey a parlé.",
        '"Rien ne change", a noté M. Ruel.',
    ]


def test_a_title_repeated_as_a_long_first_paragraph_is_not_a_headline() -> None:
    first = "« Nous avons perdu. » Le capitaine Ilan Vasseur a salué l'adversaire."
    text = f"{first}\nLe club jouera samedi à Brésac."
    for title, headings in ((first, 0), ("Le club jouera samedi à Brésac", 0), (None, 0)):
        article = Article(text=text, id="t", published=FRIDAY, language="fr", title=title)
        assert DateState.build(article, []).headings == headings
    short = "Le capitaine salue l'adversaire."
    article = Article(
        text=f"{short}\nLe club jouera samedi à Brésac.", id="t", language="fr", title=short
    )
    assert DateState.build(article, []).headings == 1


def test_a_present_position_of_another_speaker_does_not_share_the_sentence_day() -> None:
    text = (
        "« Nous refusons ce calendrier », a déclaré la syndicaliste Inès Fabre, tandis que "
        "la direction estime que le calendrier tient et que son porte-parole a répondu qu'il "
        "serait tenu."
    )
    union = said(text, "Nous refusons ce calendrier", "a déclaré", "Inès Fabre", "déclarer")
    held = said(text, "le calendrier tient", "estime", "la direction", "estimer")
    answered = said(text, "il serait tenu", "a répondu", "son porte-parole", "répondre")
    statements = [union, held, answered]
    state = state_of(text, statements)
    tuesday = Resolved(date(2026, 3, 10), "day")
    outcomes = [DateResolution.dated(tuesday), *[DateResolution.undated(Outcome.OPEN)] * 2]
    union.statement_date, union.date_precision = tuesday.value, "day"
    share_within_sentence(state, statements, outcomes)
    assert [s.statement_date for s in statements] == [tuesday.value, None, tuesday.value]
