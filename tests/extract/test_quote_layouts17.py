"""Quote marks and incises as real copy lays them out (session 17): dashes and brackets
around an incise inside the marks, mixed and swapped marks. Each construction comes with
the narration or near-miss that must keep its old reading.

Every sentence is invented for the test (people and places included).
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.extract.quotes import find_quotes
from dixit.model import Article, Statement


def extract(nlp, text: str) -> list[Statement]:
    return statements_from_doc(nlp(text), Article(text=text))


def direct(nlp, text: str) -> list[tuple[str, str | None]]:
    return [
        (s.content, s.speaker.name if s.speaker else None)
        for s in extract(nlp, text)
        if s.kind == "direct"
    ]


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


LEAD = "Le club de Vernay a perdu samedi à domicile. "


# -- an incise set off by dashes or brackets inside the marks --


def test_an_incise_between_dashes_inside_the_marks_names_the_speaker(nlp) -> None:
    text = LEAD + "« Nous tiendrons – assurait le capitaine Marc Oudin – jusqu'au bout. »"
    assert direct(nlp, text) == [
        ("Nous tiendrons", "Marc Oudin"),
        ("jusqu'au bout.", "Marc Oudin"),
    ]


def test_an_incise_between_long_dashes_inside_the_marks_names_the_speaker(nlp) -> None:
    text = LEAD + "« Nous ne céderons rien — a prévenu Lise Amalric — et nous reviendrons. »"
    assert direct(nlp, text) == [
        ("Nous ne céderons rien", "Lise Amalric"),
        ("et nous reviendrons.", "Lise Amalric"),
    ]


def test_an_incise_in_brackets_inside_the_marks_names_the_speaker(nlp) -> None:
    text = LEAD + "« Nous tiendrons (assurait le capitaine Marc Oudin) jusqu'au bout. »"
    assert direct(nlp, text) == [
        ("Nous tiendrons", "Marc Oudin"),
        ("jusqu'au bout.", "Marc Oudin"),
    ]


def test_an_aside_between_dashes_with_no_reporting_verb_stays_in_the_words(nlp) -> None:
    text = LEAD + "« Nous tiendrons – coûte que coûte – jusqu'au bout », a déclaré Marc Oudin."
    assert direct(nlp, text) == [
        ("Nous tiendrons – coûte que coûte – jusqu'au bout", "Marc Oudin"),
    ]


def test_a_dash_in_narration_sets_off_no_incise(nlp) -> None:
    text = LEAD + "Le stade de Vernay – rénové l'an dernier – accueillera la finale en mai."
    assert extract(nlp, text) == []


# -- mixed and swapped marks --


def test_a_straight_quote_closes_a_guillemet_left_open(nlp) -> None:
    text = LEAD + "« Nous tiendrons jusqu'au bout \", a déclaré le capitaine Marc Oudin."
    assert direct(nlp, text) == [("Nous tiendrons jusqu'au bout", "Marc Oudin")]


def test_a_guillemet_closes_an_english_quote_left_open(nlp) -> None:
    text = LEAD + "“Nous tiendrons jusqu'au bout », a déclaré le capitaine Marc Oudin."
    assert direct(nlp, text) == [("Nous tiendrons jusqu'au bout", "Marc Oudin")]


def test_spaced_straight_quotes_inside_guillemets_stay_nested() -> None:
    text = '« Il parle de " traîtres " à tout bout de champ », a déclaré Marc Oudin.'
    assert inner(text) == ['Il parle de " traîtres " à tout bout de champ']


def test_a_title_in_mixed_marks_in_narration_is_no_statement(nlp) -> None:
    text = LEAD + "Le cinéma de Vernay projette « Les Ombres du port \" jusqu'à dimanche."
    assert extract(nlp, text) == []


def test_swapped_guillemets_still_quote(nlp) -> None:
    text = LEAD + "» Nous tiendrons jusqu'au bout «, a déclaré le capitaine Marc Oudin."
    assert direct(nlp, text) == [("Nous tiendrons jusqu'au bout", "Marc Oudin")]


def test_swapped_guillemets_around_a_title_in_narration_quote_nothing() -> None:
    assert inner("Il pleut sur Vernay. » Les Ombres « sort mercredi en salle.") == []


# -- a closing mark missing at the paragraph's end --


def test_a_nested_closer_ending_the_paragraph_closes_the_quotation_too(nlp) -> None:
    text = (
        "Paul Lestrade, porte-parole du maire de Vernay : « Jean Morel avait promis du "
        "« changement », Lise Amalric a fait du « travail. »\n"
        "Le conseil municipal a voté son budget mardi soir."
    )
    [statement] = extract(nlp, text)
    assert statement.content.startswith("Jean Morel avait promis du « changement »")
    assert statement.speaker is not None and statement.speaker.name == "Paul Lestrade"


def test_a_quotation_left_open_mid_paragraph_stays_unpaired() -> None:
    text = "Jean Morel avait promis du « changement » pour la ville « sans hausse d'impôts\nFin."
    assert inner(text) == ["changement"]


# -- the speaker's name with a title before the colon --


def test_a_name_with_a_long_title_before_a_colon_speaks(nlp) -> None:
    text = (
        "Paul Lestrade, directeur de cabinet du président de la région de Vernay : « Nous "
        "avons tenu nos promesses. »\n"
        "Le conseil régional a voté son budget mardi."
    )
    [statement] = extract(nlp, text)
    assert statement.content == "Nous avons tenu nos promesses."
    assert statement.speaker is not None and statement.speaker.name == "Paul Lestrade"


def test_a_long_label_with_no_name_before_a_colon_gives_no_speaker(nlp) -> None:
    text = (
        "Au programme de la soirée du théâtre municipal de Vernay, samedi prochain : "
        "« Les Ombres du port »\n"
        "Le conseil régional a voté son budget mardi."
    )
    assert extract(nlp, text) == []


# -- a dateline before a quotation, its colon and the speaker's clause --


def test_a_dateline_before_a_quotation_then_colon_and_a_named_clause(nlp) -> None:
    text = (
        'VERNAY, FRANCE: "Nous irons chercher chaque voix jusqu\'au dernier jour": Lise Amalric '
        "a lancé samedi un dernier appel à ses électeurs."
    )
    assert direct(nlp, text) == [
        ("Nous irons chercher chaque voix jusqu'au dernier jour", "Lise Amalric")
    ]


def test_words_of_narration_before_such_a_quotation_keep_it_no_statement(nlp) -> None:
    text = (
        'Sur le marché de Vernay: "Des fruits frais tous les jours de la semaine": Lise Amalric '
        "a repeint sa devanture samedi."
    )
    assert direct(nlp, text) == []


# -- a noun of words said labels the quotation across a colon --


def test_a_noun_of_words_said_before_the_colon_names_the_speaker(nlp) -> None:
    text = LEAD + "Commentaire du maire Paul Ravel : « Nous ne céderons pas. »"
    assert direct(nlp, text) == [("Nous ne céderons pas.", "Paul Ravel")]


def test_a_noun_of_words_said_after_the_colon_names_the_speaker(nlp) -> None:
    text = LEAD + "« Nous ne céderons pas » : la réaction de la ministre Lina Borel."
    assert direct(nlp, text) == [("Nous ne céderons pas", "Lina Borel")]


def test_a_noun_of_words_said_about_a_thing_names_no_speaker(nlp) -> None:
    text = LEAD + "Le commentaire du match : « Une finale à sens unique »."
    assert extract(nlp, text) == []


def test_a_label_that_is_no_noun_of_words_said_names_no_speaker(nlp) -> None:
    text = LEAD + "« Une finale à sens unique » : le programme de la ministre Lina Borel."
    assert direct(nlp, text) == []


# -- a name in brackets signs a quotation on its line --


def test_a_name_in_brackets_after_a_quoted_sentence_signs_it(nlp) -> None:
    text = LEAD + "\n« Nous ne céderons pas, ni cette année ni la suivante. » (Lina Borel)"
    assert direct(nlp, text) == [
        ("Nous ne céderons pas, ni cette année ni la suivante.", "Lina Borel")
    ]


def test_a_name_in_brackets_after_a_quoted_title_signs_nothing(nlp) -> None:
    text = LEAD + "\n« Les Ombres du port » (Pathé Films)"
    assert extract(nlp, text) == []


# -- a partial quotation whose cue names the speaker's own words --


def test_the_terms_used_by_a_speaker_after_a_partial_quotation(nlp) -> None:
    text = LEAD + (
        "Le projet de stade est « une erreur historique », selon les termes employés par "
        "le maire Paul Ravel."
    )
    [statement] = extract(nlp, text)
    assert statement.kind == "mixed"
    assert statement.speaker is not None and statement.speaker.name == "Paul Ravel"


def test_the_words_of_a_speaker_taken_up_before_the_clause(nlp) -> None:
    text = LEAD + (
        "Pour reprendre les mots de Paul Ravel, le projet de stade est « une erreur historique »."
    )
    [statement] = extract(nlp, text)
    assert statement.speaker is not None and statement.speaker.name == "Paul Ravel"


def test_terms_taken_up_in_narration_are_no_statement(nlp) -> None:
    text = LEAD + "Le nouveau règlement reprend les termes employés par le maire Paul Ravel."
    assert extract(nlp, text) == []


# -- a sentence that presents the quotation as someone's words --


def test_the_call_someone_launched_after_the_colon(nlp) -> None:
    text = LEAD + "« Il faut sauver l'usine » : c'est l'appel qu'a lancé le maire Paul Ravel."
    assert direct(nlp, text) == [("Il faut sauver l'usine", "Paul Ravel")]


def test_the_message_sent_by_someone_after_the_colon(nlp) -> None:
    text = LEAD + (
        "« Il faut sauver l'usine » : tel est le message adressé par la ministre Lina Borel "
        "aux salariés."
    )
    assert direct(nlp, text) == [("Il faut sauver l'usine", "Lina Borel")]


def test_the_call_someone_launched_in_the_next_sentence(nlp) -> None:
    text = LEAD + "« Il faut sauver l'usine. » C'est l'appel qu'a lancé le maire Paul Ravel."
    assert direct(nlp, text) == [("Il faut sauver l'usine.", "Paul Ravel")]


def test_a_slogan_painted_by_workers_is_no_statement(nlp) -> None:
    text = LEAD + "« Il faut sauver l'usine. » C'est le slogan qu'ont peint les salariés."
    assert direct(nlp, text) == []


def test_a_film_chosen_by_the_mayor_is_no_statement(nlp) -> None:
    text = LEAD + "« Les Ombres du port » : c'est le film qu'a choisi le maire Paul Ravel."
    assert direct(nlp, text) == []


# -- a closing mark missing before an incise or at the paragraph's end --


def test_a_closer_missing_before_an_inner_incise_and_a_new_opener(nlp) -> None:
    text = LEAD + "« Nous tiendrons, a assuré Marc Oudin. « On ne lâchera rien », a-t-il ajouté."
    assert direct(nlp, text) == [
        ("Nous tiendrons", "Marc Oudin"),
        ("On ne lâchera rien", "Marc Oudin"),
    ]


def test_a_closer_missing_at_the_paragraph_end_after_an_incise(nlp) -> None:
    text = (
        LEAD + "« Nous tiendrons jusqu'au bout, a assuré Marc Oudin.\n"
        "Le match retour aura lieu à Albi."
    )
    assert direct(nlp, text) == [("Nous tiendrons jusqu'au bout", "Marc Oudin")]


def test_an_opener_left_in_the_middle_of_narration_quotes_nothing(nlp) -> None:
    text = (
        LEAD + "Le film « Les Ombres du port sort mercredi en salle.\n"
        "Le maire Paul Ravel sera présent."
    )
    assert extract(nlp, text) == []


def test_a_title_opener_left_after_a_full_stop_quotes_nothing(nlp) -> None:
    text = (
        LEAD + "« Les Ombres » sort mercredi. « Le Phare sortira en juin.\n"
        "Le maire Paul Ravel sera présent."
    )
    assert extract(nlp, text) == []


# -- a line cut in the middle of a quoted sentence --


def test_a_line_cut_mid_sentence_inside_the_marks_keeps_one_statement(nlp) -> None:
    text = LEAD + "« Nous tiendrons\njusqu'au bout », a déclaré le capitaine Marc Oudin."
    assert direct(nlp, text) == [("Nous tiendrons\njusqu'au bout", "Marc Oudin")]


def test_a_quotation_over_two_paragraphs_keeps_one_statement_each(nlp) -> None:
    text = LEAD + (
        "« Nous tiendrons jusqu'au bout.\n"
        "« Nous reviendrons plus forts la saison prochaine », a déclaré le capitaine Marc Oudin."
    )
    assert [content for content, _ in direct(nlp, text)] == [
        "Nous tiendrons jusqu'au bout.",
        "Nous reviendrons plus forts la saison prochaine",
    ]


# -- a stray layout mark right after the opening mark --


def test_a_stray_underscore_after_the_opening_mark_is_no_word(nlp) -> None:
    text = LEAD + "« _ Nous tiendrons jusqu'au bout », a déclaré le capitaine Marc Oudin."
    assert direct(nlp, text) == [("Nous tiendrons jusqu'au bout", "Marc Oudin")]


def test_an_ellipsis_opening_the_quoted_words_stays_in_them() -> None:
    text = "« … et nous tiendrons jusqu'au bout », a déclaré le capitaine Marc Oudin."
    assert inner(text) == ["… et nous tiendrons jusqu'au bout"]
