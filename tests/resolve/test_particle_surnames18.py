"""Surnames opening on a particle ("De Vos", "Van Acker") and labels in brackets after a
name, as Belgian and Dutch-named copy writes them (session 18).

The texts are invented (people, parties, events) in the layout of that copy: a long office,
then the full name with its party in brackets, then "Mme X" for the rest of the article.
"""

from __future__ import annotations

from said_by import speaker_of, speakers

from dixit.resolve.speakers.state import bracketed_label

# A long office before the full name makes the tagger read the office and the first name as
# one body; "Mme De Vos" later is the surname of the full name the article writes once.

SECRETARY = (
    "La secrétaire d'Etat à l'Asile et à la Migration Maggie De Vos (Open VLD) a répondu "
    "mardi aux critiques de l'opposition. Selon elle, les centres d'accueil ne sont pas "
    "saturés.\n\n"
    '"Nous avons ouvert six cents places depuis l\'été", a affirmé Mme De Vos.\n'
)

MINISTER = (
    "La ministre de la Mobilité et des Transports publics Annelies De Smet (Groen) ne se sent "
    "pas visée par les critiques du président du CD&V Pieter Van Looy.\n\n"
    '"Je trouve ces propos injustes pour les agents", a déclaré Mme De Smet sur les ondes '
    "de la radio publique.\n"
)


def test_a_titled_particle_surname_takes_the_first_name_written_before_it(nlp) -> None:
    assert speaker_of(nlp, SECRETARY, "Mme De Vos") == "Maggie De Vos"


def test_an_unlisted_first_name_before_a_particle_surname_is_taken_too(nlp) -> None:
    assert speaker_of(nlp, MINISTER, "Mme De Smet") == "Annelies De Smet"


# Two people of the same surname: "Mme De Vos" could be either; no first name is guessed.

TWO_SISTERS = (
    "La députée Maggie De Vos (Open VLD) et l'échevine Sarah De Vos (CD&V) ont signé la "
    "même lettre ouverte.\n\n"
    '"Nous voulons un vrai débat", a affirmé Mme De Vos lundi.\n'
)


def test_a_particle_surname_shared_by_two_first_names_gets_neither(nlp) -> None:
    assert speaker_of(nlp, TWO_SISTERS, "Mme De Vos") not in {"Maggie De Vos", "Sarah De Vos"}


# A label in brackets right after a word is an aside on that word, never a subject that a
# pronoun of the next sentence could take up.


def test_a_party_in_brackets_after_a_name_is_a_label() -> None:
    text = "La ministre Hilde Van Acker (Open VLD) ne se sent pas concernée."
    assert bracketed_label(text, text.index("Open"))


def test_a_bracket_opening_a_sentence_is_no_label() -> None:
    text = "Le texte est voté. (Open VLD) Les libéraux applaudissent."
    assert not bracketed_label(text, text.index("Open"))
    assert not bracketed_label(text, text.index("Les"))


# A programme's title in quotes opening on a particle ("l'émission « De Ochtend »") is no
# person: a later description of the minister is never given to it.

PROGRAMME = (
    '"Les lier me paraît logique", a affirmé jeudi matin le ministre flamand de la N-VA Luc '
    'Vermeulen au cours de l\'émission "De Ochtend" (Radio 1 - VRT).\n\n'
    "Le ministre flamand en affaires courantes a concédé que son parti traversait une passe "
    'difficile. "Raison de plus pour tenir bon", a-t-il encore dit.\n'
)


def test_a_quoted_programme_title_with_a_particle_is_no_speaker(nlp) -> None:
    named = {name for _, name in speakers(nlp, PROGRAMME)}
    assert "Ochtend" not in named and "De Ochtend" not in named
    assert speaker_of(nlp, PROGRAMME, "le ministre flamand de la N-VA Luc Vermeulen") == (
        "Luc Vermeulen"
    )
