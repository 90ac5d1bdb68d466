"""Date rules, session 21 (second round): a meeting held on a day is the speaker's occasion.

Every text is invented for these tests (people, places, ministries); statements are built by
hand with ``tests/resolve/test_dates.py``'s helpers, so only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

from dixit.model import Statement

WEDNESDAY = date(2026, 3, 11)
MONDAY = date(2026, 3, 9)
TUESDAY = date(2026, 3, 10)

# ------------------------------------- a meeting verb with a day opens the speaker's occasion

PROTEST = "contre la fermeture de la frontière du Nord"
VIOLATES = "cette fermeture violait les accords signés à Lomara"
DUTY = "son pays n'avait pas vocation à payer pour les erreurs de ses voisins"


def _summons(opening: str, speaker_of_opening: str) -> list:
    paragraphs = [
        opening,
        "La frontière du Nord est fermée aux camions depuis trois semaines.",
        f"M. Adjavon a indiqué que {VIOLATES}.",
        f"Il a ajouté que {DUTY}.",
    ]
    said = [
        Said(PROTEST, "protester", speaker_of_opening, speaker_of_opening),
        Said(VIOLATES, "a indiqué", "M. Adjavon", "Koffi Adjavon"),
        Said(DUTY, "a ajouté", "Il", "Koffi Adjavon"),
    ]
    _, statements = build(paragraphs, said, WEDNESDAY)
    return statements


def test_a_summons_on_a_day_dates_the_same_speaker_s_later_words() -> None:
    """ "X a convoqué lundi l'ambassadeur … pour protester …", a paragraph of narration, then
    "M. X a indiqué …", "il a ajouté …" with no day word: said when X received the envoy,
    on Monday."""
    opening = (
        "Le ministre des Affaires étrangères, Koffi Adjavon, a convoqué lundi l'ambassadeur "
        f"de Sarvanie pour protester {PROTEST}."
    )
    first, indicated, added = _summons(opening, "Koffi Adjavon")
    assert first.statement_date == MONDAY
    assert indicated.statement_date == MONDAY
    assert added.statement_date == MONDAY


def test_a_visit_on_a_day_is_no_occasion_of_the_later_words() -> None:
    """The same account with a visit ("a visité lundi le poste-frontière pour protester …"):
    no meeting where the minister speaks; his later words may come from any day."""
    opening = (
        "Le ministre des Affaires étrangères, Koffi Adjavon, a visité lundi le poste-frontière "
        f"de Sarvanie pour protester {PROTEST}."
    )
    first, indicated, added = _summons(opening, "Koffi Adjavon")
    assert first.statement_date == MONDAY
    assert indicated.statement_date is None
    assert added.statement_date is None


RATES = "les tarifs du bac ne bougeraient pas avant l'été"


def _reception(scene: str) -> Statement:
    paragraphs = [
        scene,
        "Le bac de Port-Amel transporte chaque jour près de deux mille passagers.",
        f"Mme Koumba a assuré que {RATES}.",
    ]
    said = [Said(RATES, "a assuré", "Mme Koumba", "Aline Koumba")]
    _, [assured] = build(paragraphs, said, WEDNESDAY)
    return assured


def test_a_narrated_reception_dates_the_host_s_words() -> None:
    """ "La ministre X a reçu mardi les transporteurs." told with no statement, a paragraph of
    narration, then "Mme X a assuré que …": she said it at that meeting, on Tuesday."""
    scene = "La ministre des Transports, Aline Koumba, a reçu mardi les délégués des bateliers."
    assert _reception(scene).statement_date == TUESDAY


def test_a_reception_held_by_another_gives_no_day() -> None:
    """The prefect received the boatmen on Tuesday: the minister's words are not dated by it."""
    scene = "Le préfet Marc Obiang a reçu mardi les représentants des bateliers."
    assert _reception(scene).statement_date is None


# --------------------- a saying read as nested whose reporting verb stands outside the content

DENOUNCED = "« les promesses en l'air » du ministre des Transports, Luc Amandier"
TRAINS = "Les trains rouleront quoi qu'il arrive"


def _nested(paragraph: str) -> list:
    said = [
        Said(DENOUNCED, "dénonce", "Le syndicat Rail-Ouest", "Rail-Ouest", "mixed"),
        Said(TRAINS, "avait lancé", "Luc Amandier", "Luc Amandier", "direct"),
    ]
    _, statements = build([paragraph], said, TUESDAY)
    return statements


def test_a_relative_saying_after_the_outer_content_keeps_its_own_day() -> None:
    """ "X dénonce « … » du ministre, Y, qui avait lancé lundi matin : « … »": the outer
    content runs over Y's name, yet Y's verb and its day stand outside it; Monday is Y's."""
    paragraph = (
        f"Le syndicat Rail-Ouest dénonce {DENOUNCED}, qui avait lancé lundi matin : « {TRAINS} »."
    )
    _, minister = _nested(paragraph)
    assert minister.statement_date == MONDAY


def test_the_outer_saying_s_day_is_not_the_relative_saying_s() -> None:
    """ "Lundi, le syndicat a dénoncé « … » du ministre, Y, qui avait lancé : « … »": the day
    opens the outer saying; Y said it at some earlier time the text does not give."""
    paragraph = (
        f"Lundi, le syndicat Rail-Ouest dénonce {DENOUNCED}, qui avait lancé : « {TRAINS} »."
    )
    _, minister = _nested(paragraph)
    assert minister.statement_date is None


# ------------------------------------- a lead with no day that tells an interview by its noun

COOPERATE = "les deux ports devaient coopérer davantage contre la contrebande"
PORTS_HEADLINE = "Les ports de Valmer et d'Ostrane vers un accord"


def _port_lead(lead: str) -> Statement:
    said = [Said(COOPERATE, "a déclaré", "la ministre de la Mer, Inès Vallat", "Inès Vallat")]
    _, [statement] = build([], said, TUESDAY, intro=[PORTS_HEADLINE, lead])
    return statement


def test_an_interview_in_a_lead_without_a_day_is_not_the_publication_day_s() -> None:
    """ "Dans un entretien accordé à la radio X, la ministre a déclaré que …", and no day word:
    the interview was given on a day the copy leaves unsaid."""
    lead = (
        "Dans un entretien accordé à la radio Valfleuve, la ministre de la Mer, Inès Vallat, "
        f"a déclaré que {COOPERATE}."
    )
    assert _port_lead(lead).statement_date is None


def test_a_lead_without_an_interview_keeps_the_publication_day() -> None:
    """The same lead before the regional council: the day's news, on the publication day."""
    lead = (
        "Devant le conseil régional de Valmer, la ministre de la Mer, Inès Vallat, "
        f"a déclaré que {COOPERATE}."
    )
    assert _port_lead(lead).statement_date == TUESDAY


def test_an_interview_with_its_day_keeps_that_day() -> None:
    """ "Dans un entretien accordé lundi à …": the interview's day is told, and dates it."""
    lead = (
        "Dans un entretien accordé lundi à la radio Valfleuve, la ministre de la Mer, Inès "
        f"Vallat, a déclaré que {COOPERATE}."
    )
    assert _port_lead(lead).statement_date == MONDAY


# ------------------------------------------------- a question-and-answer page names no day

CAP = "Nous tiendrons le cap jusqu'au bout"
COACH_HEADLINE = f"Odile Fenwick : « {CAP} »"


def _coach_page(paragraphs: list[str]) -> Statement:
    said = [Said(CAP, None, "Odile Fenwick", "Odile Fenwick", "direct")]
    _, [statement] = build(paragraphs, said, TUESDAY, intro=[COACH_HEADLINE])
    return statement


def test_a_question_and_answer_page_gives_its_headline_no_publication_day() -> None:
    """ "X : « … »" above questions standing alone in their paragraphs and their answers: an
    interview given on a day the page does not say."""
    paragraphs = [
        "Inquiète pour la fin de saison ?",
        "Pas du tout. Le groupe travaille bien et les jeunes progressent.",
        "Et le public de Valmer ?",
        "Il reviendra quand nous gagnerons à domicile.",
    ]
    assert _coach_page(paragraphs).statement_date is None


def test_a_report_with_one_question_keeps_the_publication_day() -> None:
    """The same headline above a report whose only question is narrated ("Faut-il s'inquiéter
    ?" once): no interview layout, the day's news."""
    paragraphs = [
        "L'entraîneuse du club de Valmer a réuni ses joueuses avant le derby.",
        "Faut-il s'inquiéter pour la fin de saison ?",
        "Le groupe travaille bien et les jeunes progressent, selon le staff.",
    ]
    assert _coach_page(paragraphs).statement_date == TUESDAY
