"""Date rules, session 17: the day of a dated speaking occasion carries to its later words.

Every text is invented for these tests (people, places, events); statements are built by
hand with ``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

SATURDAY = date(2026, 3, 14)
FRIDAY = date(2026, 3, 13)
MONDAY = date(2026, 3, 16)

# ------------------------------------ a day word opening quoted words is not the saying's day


def test_a_day_word_opening_words_told_before_their_verb_is_the_speakers() -> None:
    """A quotation that lost its opening mark still reads before its incise: its "Hier
    soir" is the speaker's word, and the lead's day of the prefect goes on."""
    _, statements = build(
        [
            "Le préfet de la Brenne a jugé samedi que la ville de Valbrune restait calme.",
            "Hier soir, nous n'aurions pas parié sur ce quartier\", a-t-il dit.",
        ],
        [
            Said("la ville de Valbrune restait calme", "a jugé", "Le préfet de la Brenne"),
            Said(
                "Hier soir, nous n'aurions pas parié sur ce quartier",
                "a-t-il dit",
                "il",
                "Le préfet de la Brenne",
            ),
        ],
        SATURDAY,
    )
    assert statements[1].statement_date != FRIDAY
    assert statements[1].statement_date == SATURDAY


def test_a_day_word_opening_reported_words_after_their_verb_dates_the_saying() -> None:
    """The near miss keeps its reading: "a dénoncé dimanche …" after the verb is the day of
    the denouncing."""
    _, [statement] = build(
        ["Le maire de Valbrune a dénoncé vendredi « un abandon de la vallée »."],
        [Said("vendredi « un abandon de la vallée »", "a dénoncé", "Le maire de Valbrune")],
        SATURDAY,
    )
    assert statement.statement_date == FRIDAY


# ------------------------------------------------ a dated occasion carries to its later words

CONFERENCE = (
    "Lundi matin, en conférence de presse, la maire a souligné que la rentrée serait difficile."
)
SAID_CONFERENCE = Said("la rentrée serait difficile", "a souligné", "la maire")
UNATTRIBUTED = "« Je comprends la colère des parents. »"
SAID_UNATTRIBUTED = Said("Je comprends la colère des parents.", kind="direct")
ADDED = "« Mon rôle est de trancher », a ajouté Mme Aubertin."
SAID_ADDED = Said(
    "Mon rôle est de trancher",
    "a ajouté",
    "Mme Aubertin",
    "Hélène Aubertin",
    kind="direct",
    cue_lemma="ajouter",
)


def test_words_going_on_at_a_dated_press_conference_carry_its_day() -> None:
    """ "a ajouté Mme X" after a quotation with no speaker at all goes on at the occasion the
    text dated, even when its speaker is named otherwise than the occasion's."""
    _, statements = build(
        [CONFERENCE, UNATTRIBUTED, ADDED],
        [SAID_CONFERENCE, SAID_UNATTRIBUTED, SAID_ADDED],
        MONDAY,
    )
    assert statements[0].statement_date == MONDAY
    assert statements[-1].statement_date == MONDAY


def test_an_occasion_named_after_the_dated_saying_carries_its_day() -> None:
    """ "X a jugé samedi que …" then, with no day, "X s'exprimait lors d'une conférence de
    presse": the saying's day is the occasion's, and the words said there carry it, also
    those of a speaker beside them."""
    _, statements = build(
        [
            "Le préfet de la Brenne, Marc Aubertin, a jugé samedi que la vallée restait calme. "
            "Marc Aubertin s'exprimait lors d'une conférence de presse à la préfecture.",
            "« Nous avons renforcé les patrouilles », a précisé à ses côtés le commandant "
            "Paul Ferrand.",
            "Évoquant les marchés, Marc Aubertin a déclaré que les rassemblements restaient "
            "autorisés.",
        ],
        [
            Said("la vallée restait calme", "a jugé", "Le préfet de la Brenne", "Marc Aubertin"),
            Said(
                "Nous avons renforcé les patrouilles",
                "a précisé",
                "le commandant Paul Ferrand",
                "Paul Ferrand",
                kind="direct",
            ),
            Said(
                "les rassemblements restaient autorisés",
                "a déclaré",
                "Marc Aubertin",
                "Marc Aubertin",
            ),
        ],
        SATURDAY,
    )
    assert [s.statement_date for s in statements] == [SATURDAY, SATURDAY, SATURDAY]


def test_another_speaker_after_the_occasion_without_being_placed_there_stays_undated() -> None:
    """A speaker who neither goes on from the occasion's words nor stands beside its speaker
    said their words elsewhere: another's occasion does not date them."""
    _, statements = build(
        [
            CONFERENCE,
            "Un représentant des parents, Luc Berthier, a jugé que la maire se trompait.",
        ],
        [
            SAID_CONFERENCE,
            Said("la maire se trompait", "a jugé", "Un représentant des parents", "Luc Berthier"),
        ],
        MONDAY,
    )
    assert statements[-1].statement_date is None


def test_a_background_paragraph_with_its_own_earlier_day_breaks_the_occasion() -> None:
    _, statements = build(
        [CONFERENCE, "Jeudi, trois enseignants ont quitté l'école du Moulin.", UNATTRIBUTED, ADDED],
        [SAID_CONFERENCE, SAID_UNATTRIBUTED, SAID_ADDED],
        MONDAY,
    )
    assert statements[-1].statement_date != MONDAY


def test_a_later_occasion_with_no_day_takes_no_day_from_the_first() -> None:
    """ "Lors d'un meeting …" names an occasion of its own, which the text does not date."""
    _, statements = build(
        [
            CONFERENCE,
            UNATTRIBUTED,
            "Lors d'un discours à Valbrune, Mme Aubertin a ajouté que les cours reprendraient.",
        ],
        [
            SAID_CONFERENCE,
            SAID_UNATTRIBUTED,
            Said(
                "les cours reprendraient",
                "a ajouté",
                "Mme Aubertin",
                "Hélène Aubertin",
                cue_lemma="ajouter",
            ),
        ],
        MONDAY,
    )
    assert statements[-1].statement_date is None


def test_a_present_tense_interview_with_no_day_stays_undated() -> None:
    """No day word names the occasion: the publication day is not the interview's."""
    _, statements = build(
        [
            "Dans un entretien au Courrier de la Brenne, la maire estime que la rentrée sera "
            "difficile.",
            "« Je comprends la colère des parents », poursuit-elle.",
        ],
        [
            Said("la rentrée sera difficile", "estime", "la maire"),
            Said(
                "Je comprends la colère des parents",
                "poursuit-elle",
                "elle",
                kind="direct",
                cue_lemma="poursuivre",
            ),
        ],
        MONDAY,
    )
    assert [s.statement_date for s in statements] == [None, None]


# ------------------------------------------- a preposed weekday heading a clause in the future

WEDNESDAY = date(2026, 3, 18)


def test_a_preposed_weekday_of_a_clause_in_the_future_lends_no_day() -> None:
    """ "Samedi, un hommage sera rendu" in a Wednesday's copy is the coming Saturday: the
    saying told next is not dated to the Saturday before."""
    _, statements = build(
        [
            "Samedi, un hommage sera rendu au sapeur-pompier. « Tout le village sera là », a "
            "indiqué le maire de Valbrune."
        ],
        [Said("Tout le village sera là", "a indiqué", "le maire de Valbrune", kind="direct")],
        WEDNESDAY,
    )
    assert statements[0].statement_date != SATURDAY
    assert statements[0].statement_date is None


def test_a_preposed_weekday_of_a_past_clause_still_dates_the_saying() -> None:
    """The near miss: "Samedi, le maire a dit qu'il sera là" tells Saturday's saying; the
    future is the content's."""
    _, statements = build(
        ["Samedi, le maire de Valbrune a assuré qu'il sera présent à la cérémonie."],
        [Said("il sera présent à la cérémonie", "a assuré", "le maire de Valbrune")],
        WEDNESDAY,
    )
    assert statements[0].statement_date == SATURDAY


# ------------------------------------------------ the dated document itself as the speaker

SUNDAY = date(2026, 3, 15)
ISSUED = (
    "Le ministère de l'Intérieur de la Brenne a déclaré dimanche, dans un communiqué, que "
    "les assaillants avaient été repoussés."
)
SAID_ISSUED = Said(
    "les assaillants avaient été repoussés", "a déclaré", "Le ministère de l'Intérieur"
)


def test_the_dated_communique_quoted_as_speaker_carries_its_day() -> None:
    _, statements = build(
        [ISSUED, "« La garde a contenu la menace », précise le texte cité par une agence."],
        [
            SAID_ISSUED,
            Said("La garde a contenu la menace", "précise", "le texte", kind="direct"),
        ],
        MONDAY,
    )
    assert [s.statement_date for s in statements] == [SUNDAY, SUNDAY]


def test_a_text_quoted_after_a_dated_press_conference_is_another_document() -> None:
    """No written channel was dated: "le texte" is some other document, undated."""
    _, statements = build(
        [
            "Le ministre de la Brenne a déclaré dimanche lors d'une conférence de presse que "
            "les assaillants avaient été repoussés.",
            "« La garde a contenu la menace », précise le texte cité par une agence.",
        ],
        [
            Said("les assaillants avaient été repoussés", "a déclaré", "Le ministre"),
            Said("La garde a contenu la menace", "précise", "le texte", kind="direct"),
        ],
        MONDAY,
    )
    assert statements[-1].statement_date is None
