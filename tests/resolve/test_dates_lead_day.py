"""The lead's day on real page layouts: a date stamp above the headline, a date naming an event.

Every text is invented for these tests (people, places); statements are built by hand, so
only the date rules are tested.
"""

from __future__ import annotations

from datetime import date

from test_dates import Said, build

from dixit.model import Statement
from dixit.resolve.dates.sentences import from_parser

THURSDAY = date(2026, 3, 12)
WEDNESDAY = date(2026, 3, 11)
SUNDAY = date(2026, 3, 8)

STAMP = "jeudi 12 mars 2026"
HEADLINE = "Transports : la ministre promet des trains de nuit"
QUOTE = (
    "« Le train de nuit est l'avenir », a déclaré la ministre lors d'une visite en gare de "
    "Valmorel."
)
SPEECH = Said("Le train de nuit est l'avenir", "a déclaré", "la ministre", kind="direct")


def lead_with(day_words: str) -> list[str]:
    lead = f"La ministre Lise Carrabin a « promis »{day_words} le retour des trains de nuit. "
    return [STAMP, HEADLINE, lead + QUOTE]


def test_a_day_word_of_the_lead_wins_over_the_page_date_stamp() -> None:
    _, statements = build(lead_with(", hier,"), [SPEECH], THURSDAY, headline=False)
    assert statements[0].statement_date == WEDNESDAY


def test_the_page_date_stamp_alone_dates_no_lead() -> None:
    """Session 21: a bare stamp with no day word of the copy taking it up tells when the page
    went out, not when the minister spoke (the shared convention: no date without dating
    words); it used to give the lead its day."""
    _, statements = build(lead_with(""), [SPEECH], THURSDAY, headline=False)
    assert statements[0].statement_date is None


def test_the_page_date_stamp_taken_up_by_the_copy_dates_the_lead() -> None:
    _, statements = build(lead_with(" ce jeudi"), [SPEECH], THURSDAY, headline=False)
    assert statements[0].statement_date == THURSDAY


JUDGED = Said("le scrutin avait été mal organisé", "a jugé", "la maire")


def body_with(opening: str) -> list[str]:
    return [f"{opening}, la maire a jugé que le scrutin avait été mal organisé."]


def test_a_date_naming_an_event_does_not_date_the_statement() -> None:
    _, statements = build(body_with("Commentant les élections du 8 mars"), [JUDGED], THURSDAY)
    assert statements[0].statement_date != SUNDAY
    assert statements[0].date_cue is None


def test_a_session_named_by_its_date_dates_a_statement_made_there() -> None:
    _, statements = build(body_with("Lors de la séance du 8 mars"), [JUDGED], THURSDAY)
    assert statements[0].statement_date == SUNDAY


def test_a_date_told_as_the_day_of_the_saying_dates_it() -> None:
    _, statements = build(body_with("Le 8 mars"), [JUDGED], THURSDAY)
    assert statements[0].statement_date == SUNDAY


def test_a_channel_named_by_its_date_dates_the_statement_made_in_it() -> None:
    _, statements = build(body_with("Dans une lettre datée du 8 mars"), [JUDGED], THURSDAY)
    assert statements[0].statement_date == SUNDAY


CAPTION = "À Valmorel, la ministre Lise Carrabin a salué les cheminots venus l'accueillir en gare."
PROMISE_LEAD = (
    "La ministre des Transports, Lise Carrabin, a promis que trois lignes de nuit rouvriraient."
)
SPEECH_BODY = (
    "« Le train de nuit est l'avenir », a déclaré Mme Carrabin dimanche lors de son discours "
    "à Valmorel."
)
PROMISE = Said("trois lignes de nuit rouvriraient", "a promis", "Lise Carrabin")
SUNDAY_SPEECH = Said("Le train de nuit est l'avenir", "a déclaré", "Mme Carrabin", kind="direct")


def with_captions(captions: list[str]) -> list[str]:
    return [STAMP, HEADLINE, *captions, PROMISE_LEAD, SPEECH_BODY]


def test_a_caption_printed_twice_is_no_lead() -> None:
    captions = [CAPTION, "Photo : Jean Dupin " + CAPTION]
    _, statements = build(
        with_captions(captions), [PROMISE, SUNDAY_SPEECH], THURSDAY, headline=False
    )
    # the lead is the promise: the page's date stamp, then the speaker's dated speech
    assert [s.statement_date for s in statements] == [SUNDAY, SUNDAY]


def test_a_paragraph_told_once_is_the_lead() -> None:
    _, statements = build(
        with_captions([CAPTION]), [PROMISE, SUNDAY_SPEECH], THURSDAY, headline=False
    )
    assert statements[0].statement_date is None


def opening_answer(subject: str) -> list[Statement]:
    text = f"Interrogé sur les retards, {subject} a répondu que la ligne rouvrirait en juin."
    said = Said("la ligne rouvrirait en juin", "a répondu", subject)
    return build([text, NARRATION], [said], THURSDAY, headline=False)[1]


NARRATION = "Les travaux de la ligne ont pris trois mois de retard."


def test_a_text_opening_on_a_pronoun_speaker_was_cut_and_has_no_lead() -> None:
    assert opening_answer("il")[0].statement_date is None


def test_a_text_opening_on_a_named_speaker_has_its_lead() -> None:
    assert opening_answer("le maire")[0].statement_date == THURSDAY


TUESDAY = date(2026, 3, 10)
MONDAY = date(2026, 3, 9)
RETURN = Said("les habitants pourraient rentrer", "a assuré", "le maire")


def test_a_part_of_the_day_without_its_day_is_the_day_of_publishing() -> None:
    body = ["Le maire a assuré à la mi-journée que les habitants pourraient rentrer."]
    _, statements = build(body, [RETURN], THURSDAY)
    assert statements[0].statement_date == THURSDAY
    assert statements[0].date_cue == "à la mi-journée"


def test_a_part_of_the_day_is_of_the_day_the_story_told() -> None:
    body = [
        "Mardi, les pompiers ont maîtrisé l'incendie de l'entrepôt.",
        "Dans la soirée, le maire a assuré que les habitants pourraient rentrer.",
    ]
    _, statements = build(body, [RETURN], THURSDAY)
    assert statements[0].statement_date == TUESDAY


def test_a_part_of_a_named_day_is_of_that_day() -> None:
    body = ["Dans la soirée de lundi, le maire a assuré que les habitants pourraient rentrer."]
    _, statements = build(body, [RETURN], THURSDAY)
    assert statements[0].statement_date == MONDAY


def test_a_part_of_the_day_in_the_content_does_not_date_the_saying() -> None:
    body = ["Le maire a assuré que les habitants pourraient rentrer dans la soirée."]
    said = Said("les habitants pourraient rentrer dans la soirée", "a assuré", "le maire")
    _, statements = build(body, [said], THURSDAY)
    assert statements[0].statement_date is None
    # a mentioned time, counted like any deictic word of indirect speech from publication
    assert [m["text"] for m in statements[0].mentioned_times] == ["dans la soirée"]


def explained(verb: str) -> list[Statement]:
    lead = (
        "Le maire de Brévannes, Paul Issard, critiqué pour avoir laissé passer dimanche des "
        f"supporters dans le centre, {verb} mardi pourquoi la police ne les avait pas arrêtés."
    )
    body = "« Nous manquions d'agents ce jour-là », a affirmé M. Issard."
    said = Said("Nous manquions d'agents ce jour-là", "a affirmé", "M. Issard", kind="direct")
    return build([body], [said], THURSDAY, intro=[HEADLINE, lead])[1]


def test_the_lead_is_told_on_the_day_next_to_its_main_verb() -> None:
    assert explained("a expliqué")[0].statement_date == TUESDAY


def test_a_lead_in_the_pluperfect_gives_no_day_to_carry() -> None:
    assert explained("avait expliqué")[0].statement_date != TUESDAY


def added_by(mention: str) -> list[Statement]:
    lead = (
        "Un haut responsable militaire loyaliste a déclaré jeudi à l'AFP que le président "
        "était en lieu sûr."
    )
    body = f"« La situation évolue vite », a ajouté {mention}."
    said = [
        Said("le président était en lieu sûr", "a déclaré", "Un haut responsable militaire"),
        Said("La situation évolue vite", "a ajouté", mention, kind="direct"),
    ]
    return build([lead, body], said, THURSDAY)[1]


def test_a_shortened_description_goes_on_with_its_speaker() -> None:
    assert added_by("le responsable militaire")[1].statement_date == date(2026, 3, 12)


def test_another_description_is_another_speaker() -> None:
    assert added_by("le responsable syndical")[1].statement_date is None


def named_after(description: str) -> list[Statement]:
    lead = (
        f"Les salariés ont bloqué mercredi l'entrée de l'usine, tandis que {description} "
        "confirmait la fermeture."
    )
    body = "« Je comprends votre colère », a déclaré le directeur du site, Marc Ollivier."
    said = [
        Said("la fermeture", "confirmait", description),
        Said(
            "Je comprends votre colère",
            "a déclaré",
            "le directeur du site, Marc Ollivier",
            speaker="Marc Ollivier",
            kind="direct",
        ),
    ]
    return build([lead, body], said, THURSDAY)[1]


def test_a_description_is_the_speaker_named_next_with_its_words() -> None:
    assert named_after("leur directeur")[1].statement_date == WEDNESDAY


def test_another_description_is_not_the_speaker_named_next() -> None:
    assert named_after("leur avocate")[1].statement_date is None


PREFECTURE = "Préfecture de la Sorne"


def headline_by(speaker: str, name: str) -> list[Statement]:
    headline = f"Crue de la Sorne : {speaker} indique que la digue a tenu"
    lead = (
        "Le rapport des ingénieurs sur la digue datait de dimanche dernier. La préfecture a "
        "rappelé mercredi que la digue avait été renforcée."
    )
    said = [
        Said("la digue a tenu", "indique", speaker, speaker=name),
        Said("la digue avait été renforcée", "a rappelé", "La préfecture", speaker=PREFECTURE),
    ]
    return build([headline, lead], said, THURSDAY, headline=False)[1]


def test_a_headline_reports_the_saying_its_speaker_is_dated_in_the_lead() -> None:
    assert headline_by("la préfecture", PREFECTURE)[0].statement_date == WEDNESDAY


def test_a_headline_of_another_speaker_keeps_the_leads_day() -> None:
    assert headline_by("le maire", "Paul Issard")[0].statement_date == SUNDAY


def test_another_of_the_same_description_is_someone_else() -> None:
    assert added_by("un autre responsable militaire")[1].statement_date is None


def test_the_same_description_goes_on_with_its_speaker() -> None:
    assert added_by("le même responsable malien")[1].statement_date == THURSDAY


def test_the_same_marker_does_not_join_another_head_noun() -> None:
    assert added_by("la même source malienne")[1].statement_date is None


def test_a_sentence_end_the_parser_missed_still_cuts() -> None:
    text = (
        'Il a publié une vidéo de la maire en russe. "C\'est lamentable", a dénoncé le '
        "député Léon Marrou."
    )
    one_piece = [(0, len(text))]
    spans = from_parser(text, one_piece, one_piece, [], frozenset({"m"}))
    assert [text[a:b] for a, b in spans][1].startswith('"C\'est lamentable"')


def test_no_cut_after_an_abbreviation_or_inside_quote_marks() -> None:
    text = 'Selon M. Marrou, "la vidéo est lamentable. Elle doit disparaître", a-t-il dit.'
    one_piece = [(0, len(text))]
    assert from_parser(text, one_piece, one_piece, [], frozenset({"m"})) == one_piece
