"""Speakers on real French copy (session 21d): brackets inside a description or a label;
descriptions given before the person is named.

A bracket holding a party, a club, a country or a team ("(PS)", "(FRA/Cofidis)") or a
title ("(entraîneur des avants de Dax)") is transparent to the phrase around it. The texts
here are invented (people, places, clubs) in the layout of real copy.
"""

from __future__ import annotations

from said_by import speaker_of, speakers

# 1. A label line "Prénom Nom (…): « … »" or "Prénom Nom (…), titre: « … »" longer than a
# bare name: the bracket right after the name holds the title, the club or the country.

REACTIONS = (
    "Réactions après la 6e journée de Pro D2:\n\n"
    "{label}: « Nous avons manqué trop de plaquages en première période. Il faudra "
    "corriger cela très vite. »\n"
)


def test_a_name_and_a_long_title_in_brackets_label_a_quotation(nlp) -> None:
    text = REACTIONS.format(label="Julien Morvan (entraîneur de la touche de Lyon)")
    assert [name for _, name in speakers(nlp, text)] == ["Julien Morvan"]


def test_a_name_a_team_in_brackets_and_a_title_label_a_quotation(nlp) -> None:
    text = REACTIONS.format(label="Loïc Barnier (BEL/Wanty), vainqueur de l'étape")
    assert [name for _, name in speakers(nlp, text)] == ["Loïc Barnier"]


def test_a_name_and_a_bracket_then_other_words_label_nothing(nlp) -> None:
    text = REACTIONS.format(label="Loïc Barnier (Lyon) et les avants de la touche du club")
    assert [name for _, name in speakers(nlp, text)] != ["Loïc Barnier"]


# 2. "rétorque le maire (PS) de Vernay, Paul Roussel": the party in brackets does not end
# the description; the name set off by commas after its complement is its apposition.

CLASS = (
    "Les parents ont manifesté devant l'école Jean-Moulin mardi. « Nous ferons tout pour "
    "garder cette classe », rétorque le maire (PS) {rest}, qui accompagnait l'inspecteur.\n"
)


def test_a_party_in_brackets_is_transparent_to_the_apposition(nlp) -> None:
    text = CLASS.format(rest="de Vernay, Paul Roussel")
    assert speaker_of(nlp, text, "le maire (PS) de Vernay, Paul Roussel") == "Paul Roussel"


def test_a_name_after_another_preposition_is_no_apposition(nlp) -> None:
    text = CLASS.format(rest="à Paul Roussel")
    assert [name for _, name in speakers(nlp, text)] != ["Paul Roussel"]


# 3. A description before the person is named (a forward reference): "le nouveau
# bourgmestre" in the lead, "Le bourgmestre, Marc X," further down. The office the article
# later gives to one person by apposition is that person's, when nobody it could be was
# named before; a leaving holder ("le bourgmestre sortant, X") is someone else.

SWEARING_IN = (
    "« Mon intention est de rester six ans à la tête de la commune pour redresser les "
    "finances », a déclaré le nouveau bourgmestre à l'issue de la prestation de serment.\n\n"
    "Les échevins ont prêté serment\n\n"
    "Luc Pirard hérite des Finances et des Travaux. « Je suis ravi de cette confiance », a "
    "confié Luc Pirard.\n\n"
    "{holder} a ensuite reçu les familles des nouveaux élus dans la salle du conseil.\n"
)


def test_a_new_holder_is_the_person_given_that_office_later(nlp) -> None:
    text = SWEARING_IN.format(holder="Le bourgmestre, Marc Delvaux,")
    assert speaker_of(nlp, text, "le nouveau bourgmestre") == "Marc Delvaux"


def test_a_new_holder_is_not_the_outgoing_holder_named_later(nlp) -> None:
    text = SWEARING_IN.format(holder="Le bourgmestre sortant, Marc Delvaux,")
    assert speaker_of(nlp, text, "le nouveau bourgmestre") != "Marc Delvaux"


MATCH = (
    "« Nous avons montré du caractère », a précisé le directeur sportif de Vernay.\n\n"
    "Le capitaine Paul Mercier a marqué deux essais. « Je suis fier du groupe », a dit "
    "Paul Mercier.\n\n"
    "{holder}, Alain Castel, a ensuite filé vers les vestiaires.\n"
)


def test_a_description_in_the_lead_is_the_person_so_described_later(nlp) -> None:
    text = MATCH.format(holder="Le directeur sportif")
    assert speaker_of(nlp, text, "le directeur sportif de Vernay") == "Alain Castel"


def test_a_description_in_the_lead_is_not_a_person_of_another_office(nlp) -> None:
    text = MATCH.format(holder="L'ancien directeur sportif")
    assert speaker_of(nlp, text, "le directeur sportif de Vernay") != "Alain Castel"
