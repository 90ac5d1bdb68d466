"""The lead's publication day gives way to its speaker's occasion dated later in the body.

Every text is invented for these tests (people, places); statements are built by hand, so
only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

THURSDAY = date(2026, 3, 12)
SUNDAY = date(2026, 3, 8)

HEADLINE = "Transports : la ministre promet des trains de nuit"
LEAD = "La ministre des Transports, Lise Carrabin, a promis que trois lignes de nuit rouvriraient."
NARRATION = "Les lignes avaient fermé faute de voyageurs au début des années 2010."
BODY = (
    "« Le train de nuit est l'avenir », a déclaré Mme Carrabin dimanche lors de son discours "
    "à Valmorel."
)
PROMISE = Said("trois lignes de nuit rouvriraient", "a promis", "Lise Carrabin")
SPEECH = Said("Le train de nuit est l'avenir", "a déclaré", "Mme Carrabin", kind="direct")


def test_the_lead_takes_the_day_its_speakers_occasion_is_dated_later() -> None:
    _, statements = build(
        [HEADLINE, LEAD, NARRATION, BODY], [PROMISE, SPEECH], THURSDAY, headline=False
    )
    assert [s.statement_date for s in statements] == [SUNDAY, SUNDAY]
    assert statements[0].date_cue is None


def test_another_speakers_dated_occasion_leaves_the_publication_day() -> None:
    body = BODY.replace("Mme Carrabin", "le député Hugues Perrier")
    said = Said(SPEECH.content, "a déclaré", "le député Hugues Perrier", kind="direct")
    _, statements = build(
        [HEADLINE, LEAD, NARRATION, body], [PROMISE, said], THURSDAY, headline=False
    )
    assert [s.statement_date for s in statements] == [THURSDAY, SUNDAY]


def test_a_lead_dated_by_its_own_day_word_keeps_it() -> None:
    lead = LEAD.replace("a promis que", "a promis mercredi que")
    _, statements = build(
        [HEADLINE, lead, NARRATION, BODY], [PROMISE, SPEECH], THURSDAY, headline=False
    )
    assert statements[0].statement_date == date(2026, 3, 11)


def test_a_page_date_stamp_is_no_day_of_the_news() -> None:
    stamp = "jeudi 12 mars 2026"
    _, statements = build(
        [stamp, HEADLINE, LEAD, NARRATION, BODY], [PROMISE, SPEECH], THURSDAY, headline=False
    )
    assert [s.statement_date for s in statements] == [SUNDAY, SUNDAY]
