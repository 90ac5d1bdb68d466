"""Date rules, session 21: a page's bare date stamp, the occasion a headline or lead dates,
the same speaker going on after a dated saying.

Every text is invented for these tests (people, places, bodies, clubs); statements are built
by hand with ``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

SATURDAY = date(2026, 3, 14)

# ------------------------------------------------ a bare date stamp dates the page, not the words

STAMP_HEADLINE = "Le commissaire de l'Union appelle à une refonte du marché du grain"
STAMP_LINE = "Lucie Marchal | 14.03.2026 - Mise à jour : 14.03.2026"
STAMPED = "le marché du grain « n'est plus une affaire de spéculateurs »"
WARNED = "sa crédibilité est fragile"
PLAIN = "Une refonte est attendue depuis longtemps par les meuniers"


def _stamped(extra: str = "") -> list:
    paragraphs = [
        "Le commissaire de l'Union, Arvid Stenlund, a souligné que " + STAMPED + "." + extra,
        "Si le marché reste une nécessité, « " + WARNED + " », a-t-il averti. « " + PLAIN + ". »",
    ]
    said = [
        Said(STAMPED, "a souligné", "Le commissaire de l'Union, Arvid Stenlund", "Arvid Stenlund"),
        Said(WARNED, "a-t-il averti", "il", "Arvid Stenlund", "direct"),
        Said(PLAIN, None, None, "Arvid Stenlund", "direct"),
    ]
    _, statements = build(paragraphs, said, SATURDAY, intro=[STAMP_HEADLINE, STAMP_LINE])
    return statements


def test_a_bare_page_stamp_dates_no_statement() -> None:
    """A byline's numeric stamp ("14.03.2026 - Mise à jour : 14.03.2026") over copy that
    names no day: the day the page went out, not the day anybody spoke."""
    assert [s.statement_date for s in _stamped()] == [None, None, None]


def test_a_page_stamp_the_copy_takes_up_still_dates_the_lead() -> None:
    """The same page whose copy says "ce samedi", the stamp's day: the day of the news."""
    statements = _stamped(" Il s'est exprimé ce samedi devant les ministres.")
    assert statements[0].statement_date == SATURDAY


def test_a_stamp_above_a_quoting_headline_gives_it_no_day() -> None:
    """A blog's date line ("14/03/2026") above a headline quoting a guest and an interview
    that names no day: the headline's words are undated."""
    quoted = "LE CANTON EST UN PAYS EN SOI"
    paragraphs = ["Journaliste à Genève depuis vingt ans, Marc Olivet connaît bien la région."]
    said = [Said(quoted, ":", "MARC OLIVET", "Marc Olivet", "direct")]
    intro = ["14/03/2026", f'MARC OLIVET : "{quoted}"']
    _, statements = build(paragraphs, said, SATURDAY, intro=intro)
    assert statements[0].statement_date is None


def test_a_stamp_on_the_caption_of_the_speaking_dates_it() -> None:
    """A video caption carrying the guest's words and its date ("X au journal : « … » / 2
    min. / le 14 mars 2026"): the day of the recording dates what the guest says in it."""
    quoted = "Il n'y a pas d'autre voie que la réforme"
    caption = f"Nora Vidal au journal : « {quoted} » / La vidéo / 2 min. / le 14 mars 2026"
    estimate = "la réforme doit aboutir avant l'été"
    paragraphs = [f"Invitée du journal, Nora Vidal estime que {estimate}."]
    said = [
        Said(quoted, ":", "Nora Vidal", "Nora Vidal", "direct"),
        Said(estimate, "estime", "Nora Vidal", "Nora Vidal"),
    ]
    intro = ["Nora Vidal : « Il faut réformer »", caption]
    _, statements = build(paragraphs, said, SATURDAY, intro=intro)
    assert statements[0].statement_date == SATURDAY


# ------------------------------------ a match the headline and lead date: the reactions after it

SOLID = "On a fait un match solide. Les joueurs ont tenu jusqu'au bout."
BITTER = "C'est une défaite amère. Nous n'avons jamais trouvé la solution."


def _reactions(when: str) -> list:
    headline = f"Ligue 2 : les réactions des entraîneurs {when} les matchs de samedi soir"
    lead = (
        f"Voici les principales réactions des entraîneurs {when} les matchs de samedi soir, "
        "pour la 25e journée du championnat."
    )
    paragraphs = [
        "Le plus heureux : Hugo Pradel (Vannes)",
        f"« {SOLID} »",
        "Le plus déçu : Marc Ollier (Rodez)",
        f"« {BITTER} »",
    ]
    said = [
        Said(SOLID, None, "Hugo Pradel", "Hugo Pradel", "direct"),
        Said(BITTER, None, "Marc Ollier", "Marc Ollier", "direct"),
    ]
    _, statements = build(paragraphs, said, SATURDAY, intro=[headline, lead])
    return statements


def test_reactions_after_the_matches_a_lead_dates_take_their_day() -> None:
    """ "les réactions après les matchs de samedi soir" over the coaches' quotes, each under
    its own subheading: said to the press after the matches, on their day."""
    assert [s.statement_date for s in _reactions("après")] == [SATURDAY, SATURDAY]


def test_words_before_the_matches_a_lead_dates_do_not_take_their_day() -> None:
    """ "avant les matchs de samedi soir": said some day before, which no word gives."""
    assert [s.statement_date for s in _reactions("avant")] == [None, None]
