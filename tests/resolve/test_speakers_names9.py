"""Who a mention names on unseen copy (round 9, issue 11): bylines, groups, seats, titles,
headlines, initials and offices without a date.

Each construction has a positive text and a negative one (the same words where the rule must
not apply). The texts are invented, laid out as wire copy, court reports, sport and
parliamentary pages write their people; ``run`` builds the statements by hand, as in
``test_speakers.py``, so these tests check the resolution rules alone.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

pytestmark = pytest.mark.slow


# -- a byline's journalist is nobody's antecedent ----------------------------------------------


def test_the_journalist_of_a_byline_is_not_the_accused(fr_nlp, registry):
    text = (
        "Assises : le procès de Kévin Marsolier s'ouvre\n\n"
        "Le 3 avril, Kévin Marsolier, 19 ans, avait frappé son voisin. "
        "Par Jeanne Rivaud - Publié le 12 mars à 10:41\n\n"
        "L'accusé a dit regretter son geste devant la cour."
    )
    said = [Said("regretter son geste devant la cour", "L'accusé")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Kévin Marsolier"]


def test_par_inside_a_sentence_is_an_agent_of_the_story(fr_nlp, registry):
    text = (
        "Le dossier avait été instruit par Jeanne Rivaud, juge à Valbrune.\n\n"
        "La juge a dit regretter la lenteur de l'enquête."
    )
    said = [Said("regretter la lenteur de l'enquête", "La juge")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Jeanne Rivaud"]


# -- a kinship noun is someone's relative ------------------------------------------------------


def test_a_relative_the_article_never_presents_stays_unnamed(fr_nlp, registry):
    text = (
        "Kévin Marsolier, 19 ans, comparaît depuis lundi devant la cour d'assises.\n\n"
        "« Je veux des réponses », a lancé la mère à la barre."
    )
    said = [Said("Je veux des réponses", "la mère")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


def test_a_relative_the_article_presents_is_that_person(fr_nlp, registry):
    text = (
        "Sa mère, Maryvonne Hélias, était présente lundi devant la cour d'assises.\n\n"
        "« Je veux des réponses », a lancé la mère à la barre."
    )
    said = [Said("Je veux des réponses", "la mère")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Maryvonne Hélias"]


# -- an office in a page with no date ----------------------------------------------------------


def test_an_office_without_date_is_the_one_holder_the_article_names(fr_nlp, registry):
    text = (
        "« Nous verrons bien », a affirmé M. Trump après le discours de M. Macron.\n\n"
        "Dans son intervention, le président français a indiqué qu'il restait attaché à l'accord."
    )
    said = [
        Said("Nous verrons bien", "M. Trump"),
        Said("il restait attaché à l'accord", "le président français"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Donald Trump", "Emmanuel Macron"]
    assert out[1].speaker_method == "role"


def test_two_holders_of_the_office_leave_the_undated_office_open(fr_nlp, registry):
    text = (
        "« Nous verrons bien », a affirmé M. Trump, qui a reçu M. Obama.\n\n"
        "Dans son intervention, le président américain a indiqué qu'il restait attaché à l'accord."
    )
    said = [
        Said("Nous verrons bien", "M. Trump"),
        Said("il restait attaché à l'accord", "le président américain"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert out[1].speaker_method != "role"


# -- a group speaks, never one member ----------------------------------------------------------


def test_economists_of_a_bank_speak_for_the_bank(fr_nlp, registry):
    text = (
        "La banque centrale devrait laisser ses taux inchangés, ont estimé lundi les "
        "économistes de Valmont Finance. L'économiste en chef de Valmont Finance, Olivier "
        "Adlène, a jugé que la pression sur le franc avait diminué."
    )
    said = [
        Said(
            "La banque centrale devrait laisser ses taux inchangés",
            "les économistes de Valmont Finance",
        ),
        Said(
            "la pression sur le franc avait diminué",
            "L'économiste en chef de Valmont Finance, Olivier Adlène",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Valmont Finance", "Olivier Adlène"]


def test_a_plural_description_is_not_its_one_named_member(fr_nlp, registry):
    text = (
        "L'économiste en chef de Valmont Finance, Olivier Adlène, a jugé que la pression sur "
        "le franc avait diminué. Les taux devraient rester inchangés, ont estimé les économistes."
    )
    said = [
        Said(
            "la pression sur le franc avait diminué",
            "L'économiste en chef de Valmont Finance, Olivier Adlène",
        ),
        Said("Les taux devraient rester inchangés", "les économistes"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Olivier Adlène", None]


def test_a_plural_description_with_names_beside_it_keeps_them(fr_nlp, registry):
    text = (
        "Les conseillers de l'opposition, Claude Vernier et Paul Arnaud, ont dénoncé le "
        "budget de la commune."
    )
    said = [Said("le budget de la commune", "Les conseillers de l'opposition")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Claude Vernier"]


def test_a_political_family_in_the_plural_is_the_party_the_article_names(fr_nlp, registry):
    text = (
        "Le groupe PS a demandé des explications à la ministre. Les recettes sont dans le flou, "
        "ont dénoncé les socialistes."
    )
    said = [Said("Les recettes sont dans le flou", "les socialistes")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["PS"]


def test_a_political_family_with_two_of_its_parties_written_stays_open(fr_nlp, registry):
    text = (
        "Le PS et Vooruit ont demandé des explications à la ministre. Les recettes sont dans "
        "le flou, ont dénoncé les socialistes."
    )
    said = [Said("Les recettes sont dans le flou", "les socialistes")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


# -- an aside before the inverted subject ------------------------------------------------------


def test_de_son_cote_before_the_subject_is_no_part_of_its_name(fr_nlp, registry):
    text = "« Le gouvernement ne gouverne plus », a réagi de son côté le cdH."
    said = [Said("Le gouvernement ne gouverne plus", "son côté le cdH")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["cdH"]
    assert out[0].speaker_mention == "le cdH"


def test_the_same_words_without_the_aside_are_left_as_written(fr_nlp, registry):
    text = "« Le gouvernement ne gouverne plus », a réagi le député Côté, du cdH."
    said = [Said("Le gouvernement ne gouverne plus", "le député Côté")]
    out = run(fr_nlp, registry, text, said)
    assert out[0].speaker_mention == "le député Côté"


# -- two initials for a person written in full -------------------------------------------------


def test_two_initials_name_the_one_person_written_so_in_full(fr_nlp, registry):
    text = (
        "Romain Duval a dévoilé mercredi sa liste pour les deux matchs amicaux. « Il marque "
        "des buts importants, je suis content pour lui », a répliqué RD devant la presse."
    )
    said = [Said("Il marque des buts importants, je suis content pour lui", "RD")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Romain Duval"]


def test_two_capitals_of_a_party_are_the_party_not_a_namesake(fr_nlp, registry):
    text = (
        "Pierre Sarraute a présenté mercredi son budget. « Ce budget est injuste », a "
        "répliqué le PS devant la presse."
    )
    said = [Said("Ce budget est injuste", "le PS")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["PS"]


# -- a headline's surname and the body's description -------------------------------------------


def test_the_headline_surname_is_the_coach_the_body_describes(fr_nlp, registry):
    text = (
        "Lemarchand donnera le nom des deux exclus demain matin\n\n"
        "Interrogé sur ses choix, le sélectionneur a répondu : « Vous verrez ça demain. »"
    )
    said = [Said("Vous verrez ça demain.", "le sélectionneur")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Lemarchand"]


def test_a_headline_place_is_no_person(fr_nlp, registry):
    text = (
        "Valbrune dévoilera son budget demain matin\n\n"
        "Interrogé à Valbrune sur ses choix, le maire a répondu : « Vous verrez ça demain. »"
    )
    said = [Said("Vous verrez ça demain.", "le maire")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


# -- a name the tagger missed after an office --------------------------------------------------


def test_a_name_after_an_office_without_comma_is_a_person(fr_nlp, registry):
    text = (
        "Le ministre valdorien des Affaires étrangères Joris Vandekerkhove a jugé la décision "
        "injustifiée. « Elle ne restera pas sans réponse », a déclaré Vandekerkhove."
    )
    said = [Said("Elle ne restera pas sans réponse", "Vandekerkhove")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Joris Vandekerkhove"]


def test_a_capitalised_complement_of_the_office_is_no_name(fr_nlp, registry):
    text = (
        "Le ministre de la Santé Publique a jugé la décision injustifiée. « Elle ne restera "
        "pas sans réponse », a déclaré le ministre."
    )
    said = [Said("Elle ne restera pas sans réponse", "le ministre")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


# -- "Me X" is the lawyer ----------------------------------------------------------------------


def test_the_lawyer_is_the_one_person_titled_me(fr_nlp, registry):
    text = (
        "Le procureur a requis six ans contre Hervé Falgoux, absent à son procès.\n\n"
        "L'avocat de la défense a lui demandé une peine avec sursis. « Il a eu accès à tout », "
        "a relevé Me Henrion au cours de sa plaidoirie."
    )
    said = [
        Said("une peine avec sursis", "L'avocat de la défense"),
        Said("Il a eu accès à tout", "Me Henrion"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Henrion", "Henrion"]


def test_two_lawyers_titled_me_leave_the_title_rule_out(fr_nlp, registry):
    text = (
        "Me Dufresne, pour les parties civiles, et Me Henrion ont plaidé contre Hervé Falgoux.\n\n"
        "L'avocat a demandé une peine avec sursis."
    )
    said = [Said("une peine avec sursis", "L'avocat")]
    out = run(fr_nlp, registry, text, said)
    assert out[0].confidence != 0.6


# -- a seat added to an MP's description -------------------------------------------------------


def test_the_mp_of_a_seat_is_the_mp_the_article_named_without_one(fr_nlp, registry):
    text = (
        "« C'est prétentieux », a commenté le député libéral Grégoire Kellerman. "
        "« Désolé », a dit le député de Saint-Romuald en s'adressant au premier ministre, "
        "François Legrand."
    )
    said = [
        Said("C'est prétentieux", "le député libéral Grégoire Kellerman"),
        Said("Désolé", "le député de Saint-Romuald"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Grégoire Kellerman", "Grégoire Kellerman"]


def test_an_mp_of_another_seat_is_someone_else(fr_nlp, registry):
    text = (
        "« C'est prétentieux », a commenté le député de Lévis, Grégoire Kellerman. "
        "« Désolé », a dit le député de Saint-Romuald."
    )
    said = [
        Said("C'est prétentieux", "le député de Lévis, Grégoire Kellerman"),
        Said("Désolé", "le député de Saint-Romuald"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert out[1].confidence != 0.55


def test_a_wire_byline_with_its_date_signs_the_page(fr_nlp, registry):
    text = (
        "Taux : la banque devrait marquer une pause\n\n"
        "par Jeanne Rivaud 8 septembre (Reuters) - La banque centrale devrait maintenir ses "
        "taux.\n\n"
        "La présidente a jugé que la pause serait brève."
    )
    said = [Said("la pause serait brève", "La présidente")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


def test_par_before_a_name_and_a_number_inside_a_sentence_is_the_story(fr_nlp, registry):
    text = (
        "Taux : la banque devrait marquer une pause\n\n"
        "Le texte a été rédigé par Jeanne Rivaud 8 jours plus tôt.\n\n"
        "La présidente a jugé que la pause serait brève."
    )
    said = [Said("la pause serait brève", "La présidente")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Jeanne Rivaud"]


def test_a_coordinating_word_opening_the_subject_is_no_part_of_it(fr_nlp, registry):
    text = (
        "Ancien recruteur du club, Marc Boixal a témoigné mardi. Mais l'ancien recruteur a "
        "ensuite affirmé que le joueur était gentil."
    )
    said = [Said("le joueur était gentil", "Mais l'ancien recruteur")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Boixal"]
    assert out[0].speaker_mention == "l'ancien recruteur"


def test_a_coordination_keeps_its_first_speaker(fr_nlp, registry):
    text = "Paul Arnaud et Claude Vernier ont dénoncé le budget de la commune."
    said = [Said("le budget de la commune", "Paul Arnaud et Claude Vernier")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Arnaud"]
