"""A person's canonical name and who a description takes up (round 8, issue 11).

Each construction has a positive text and a negative one (the same words where the rule must
not apply). The texts are invented, laid out as wire copy, business pages and regional news
write their people; ``run`` builds the statements by hand, as in ``test_speakers.py``, so these
tests check the resolution rules alone.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

pytestmark = pytest.mark.slow


# -- "Paul X fils": a generational suffix is part of the canonical name -------------------------


def test_a_son_written_with_fils_keeps_it_under_his_surname(fr_nlp, registry):
    text = (
        "Pas question de publier les comptes de la filiale, a répété hier le coprésident du "
        "groupe Valmédias, Gérard Lemoine fils, lors de l'assemblée annuelle. « Nous ne "
        "divulguons pas ces chiffres », a indiqué M. Lemoine."
    )
    said = [
        Said("Nous ne divulguons pas ces chiffres", "M. Lemoine"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Gérard Lemoine fils"]


def test_fils_before_a_complement_is_a_description_not_a_name(fr_nlp, registry):
    text = (
        "Le coprésident du groupe Valmédias, Gérard Lemoine, fils d'un ancien imprimeur, a "
        "présenté les comptes. « Nous ne divulguons pas ces chiffres », a indiqué M. Lemoine."
    )
    said = [
        Said("Nous ne divulguons pas ces chiffres", "M. Lemoine"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Gérard Lemoine"]


def test_father_and_son_leave_the_bare_surname_unresolved(fr_nlp, registry):
    text = (
        "Gérard Lemoine père a fondé le groupe Valmédias, que dirige aujourd'hui Gérard "
        "Lemoine fils. « Nous ne vendrons pas », a indiqué M. Lemoine."
    )
    said = [
        Said("Nous ne vendrons pas", "M. Lemoine"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


# -- hyphenated first names the tokenizer splits -------------------------------------------------


def test_a_hyphenated_first_name_split_by_the_tokenizer_stays_whole(fr_nlp, registry):
    text = (
        "QUÉBEC — La ministre de la Culture, France-Aimée Gagnon, devrait présenter ses "
        "excuses. Dans un message, la ministre a affirmé qu'elle prenait l'affaire très au "
        "sérieux."
    )
    said = [
        Said("elle prenait l'affaire très au sérieux", "la ministre", after="message"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["France-Aimée Gagnon"]


def test_a_dash_with_spaces_is_no_part_of_the_name(fr_nlp, registry):
    text = (
        "QUÉBEC - Aimée Gagnon, ministre de la Culture, devrait présenter ses excuses. "
        "Dans un message, la ministre a affirmé qu'elle prenait l'affaire très au sérieux."
    )
    said = [
        Said("elle prenait l'affaire très au sérieux", "la ministre", after="message"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Aimée Gagnon"]


# -- a long surname misspelt once -----------------------------------------------------------------


def test_a_long_surname_misspelt_once_is_the_person_named_in_full(fr_nlp, registry):
    text = (
        "À la fin du match, Hein Vandermeersch s'en est pris à l'arbitre. « Le public a été "
        "fantastique », a excusé Vandermersch dans la presse locale."
    )
    said = [
        Said("Le public a été fantastique", "Vandermersch"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Hein Vandermeersch"]


def test_a_short_surname_one_letter_away_is_someone_else(fr_nlp, registry):
    text = (
        "À la fin du match, Paul Marin s'en est pris à l'arbitre. « Le public a été "
        "fantastique », a réagi Morin dans la presse locale."
    )
    said = [
        Said("Le public a été fantastique", "Morin"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) != ["Paul Marin"]


# -- a description kept as the subject, the name between commas before the verb -----------------


def test_the_name_apposed_between_the_description_and_the_verb_speaks(fr_nlp, registry):
    text = (
        "Didier Vanbelle a rappelé la position de son parti. Le vice-premier et ministre des "
        "Finances, Alexandre Vermeulen (Open VLD), a affirmé qu'il fallait « travailler "
        "ensemble »."
    )
    said = [
        Said(
            "il fallait « travailler ensemble »",
            "Le vice-premier et ministre des Finances",
            cue_at="a affirmé",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Alexandre Vermeulen"]


def test_a_time_adjunct_between_commas_is_no_name(fr_nlp, registry):
    text = (
        "Le ministre des Finances, Alexandre Vermeulen, a présenté son budget. Le ministre des "
        "Finances, jeudi soir, a affirmé qu'il fallait « travailler ensemble »."
    )
    said = [
        Said(
            "il fallait « travailler ensemble »",
            "Le ministre des Finances",
            after="budget.",
            cue_at="a affirmé",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Alexandre Vermeulen"]


# -- "la Direction des …": a capital makes the proxy noun part of a body's name -------------------


def test_a_capitalised_direction_opens_the_body_s_own_name(fr_nlp, registry):
    text = "La Direction des enquêtes fiscales a fait valoir que cette requête était irrecevable."
    said = [Said("cette requête était irrecevable", "La Direction des enquêtes fiscales")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Direction des enquêtes fiscales"]


def test_the_direction_of_a_company_speaks_for_the_company(fr_nlp, registry):
    text = "La direction de Valtec a fait valoir que cette requête était irrecevable."
    said = [Said("cette requête était irrecevable", "La direction de Valtec")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Valtec"]


# -- "le ministre" and the ministers someone reports on ------------------------------------------


def test_the_minister_is_the_speaker_not_the_colleague_he_reports_on(fr_nlp, registry):
    text = (
        "Selon le ministre, les frontières resteront ouvertes. « Il n'est pas question de "
        "les fermer. »\n"
        "Marc Dutilleul a toutefois rappelé que son collègue Paul Aubertin avait fortement "
        "réagi.\n"
        "Le ministre a exprimé l'espoir que la crise ne s'étende pas."
    )
    said = [
        Said("les frontières resteront ouvertes", "le ministre"),
        Said("son collègue Paul Aubertin avait fortement réagi", "Marc Dutilleul"),
        Said("la crise ne s'étende pas", "Le ministre"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Dutilleul", "Marc Dutilleul", "Marc Dutilleul"]


def test_ministers_listed_in_the_plural_do_not_hold_the_singular_office(fr_nlp, registry):
    text = (
        "Marc Dutilleul a rappelé que ses collègues, les ministres de l'Intérieur et "
        "de la Justice, Paul Aubertin et Jean Brassac, avaient fortement réagi.\n"
        "Le ministre a exprimé l'espoir que la crise ne s'étende pas."
    )
    said = [
        Said(
            "ses collègues, les ministres de l'Intérieur et de la Justice, Paul Aubertin et "
            "Jean Brassac, avaient fortement réagi",
            "Marc Dutilleul",
        ),
        Said("la crise ne s'étende pas", "Le ministre"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Dutilleul", "Marc Dutilleul"]


def test_a_singular_apposition_still_makes_the_office_holder(fr_nlp, registry):
    text = (
        "Marc Dutilleul a rappelé que son collègue, le ministre de l'Intérieur, Paul "
        "Aubertin, avait fortement réagi.\n"
        "Le ministre de l'Intérieur a exprimé l'espoir que la crise ne s'étende pas."
    )
    said = [
        Said(
            "son collègue, le ministre de l'Intérieur, Paul Aubertin, avait fortement réagi",
            "Marc Dutilleul",
        ),
        Said("la crise ne s'étende pas", "Le ministre de l'Intérieur"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Dutilleul", "Paul Aubertin"]


def test_a_lead_description_takes_up_the_subject_of_the_next_paragraph(fr_nlp, registry):
    text = (
        "Frontières : le statu quo\n"
        "Selon le ministre, les frontières resteront ouvertes.\n"
        "Marc Dutilleul a toutefois rappelé que la situation restait tendue."
    )
    said = [
        Said("les frontières resteront ouvertes", "le ministre"),
        Said("la situation restait tendue", "Marc Dutilleul"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Dutilleul", "Marc Dutilleul"]


def test_a_lead_description_nobody_takes_up_stays_unresolved(fr_nlp, registry):
    text = (
        "Frontières : le statu quo\n"
        "Selon le ministre, les frontières resteront ouvertes.\n"
        "Le syndicat des douaniers a affirmé que Marc Dutilleul se trompait."
    )
    said = [
        Said("les frontières resteront ouvertes", "le ministre"),
        Said("Marc Dutilleul se trompait", "Le syndicat des douaniers"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[0] is None


def test_junior_after_a_name_is_part_of_it(fr_nlp, registry):
    text = (
        "Lors de son allocution, Paul Verhaegen junior a souligné que la confiance se perdait. "
        "« Les investisseurs doivent se sentir concernés », a ajouté M. Verhaegen."
    )
    said = [Said("Les investisseurs doivent se sentir concernés", "M. Verhaegen")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Verhaegen junior"]


def test_a_mention_with_fils_is_the_son_when_the_father_is_also_named(fr_nlp, registry):
    text = (
        "Gérard Lemoine père a fondé le groupe Valmédias. Gérard Lemoine fils a qualifié de "
        "« ridicule » l'idée d'une vente."
    )
    said = [Said("« ridicule » l'idée d'une vente", "Gérard Lemoine fils")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Gérard Lemoine fils"]


# -- "Me X, l'avocat de Y." and "de manière théâtrale, Me X" --------------------------------------


def test_a_lawyer_described_by_his_client_s_name_is_the_lawyer(fr_nlp, registry):
    text = (
        "« Pourquoi plaider encore ? » commence par demander avec aplomb Me Louis Verbeke, "
        "l'avocat de Karim Bensaïd. « Karim Bensaïd vous a dit qu'il ne regrettait rien », "
        "poursuit-il. « Pour montrer que le droit tient debout », explique l'avocat."
    )
    said = [
        Said("Pour montrer que le droit tient debout", "l'avocat"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Louis Verbeke"]


def test_a_second_person_listed_after_a_name_binds_no_description(fr_nlp, registry):
    text = (
        "Étaient présents Louis Verbeke, le président du club Karim Bensaïd et plusieurs "
        "élus. « Nous irons jusqu'au bout », a lancé le président."
    )
    said = [Said("Nous irons jusqu'au bout", "le président")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) != ["Louis Verbeke"]


# -- people named only in someone's words ---------------------------------------------------------


def test_the_subject_of_a_quotation_is_not_the_paragraph_s_new_subject(fr_nlp, registry):
    text = (
        "Le sélectionneur, Sabri Lahmar, a pris la parole. « Si vous posez des questions aux "
        "joueurs, que voulez-vous qu'ils répondent ? Ismaël Dossou marque beaucoup de buts "
        "pour nous. » La presse lui a demandé ce que représentait ce match. « C'est "
        "un match particulier », a répondu le quadragénaire."
    )
    said = [Said("C'est un match particulier", "le quadragénaire")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Sabri Lahmar"]


def test_the_subject_of_the_narration_is_the_paragraph_s_new_subject(fr_nlp, registry):
    text = (
        "Le sélectionneur, Sabri Lahmar, a pris la parole. Ismaël Dossou est un attaquant "
        "important pour lui. « C'est un match particulier », a répondu le joueur."
    )
    said = [Said("C'est un match particulier", "le joueur")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Ismaël Dossou"]


def test_a_weekday_opening_a_sentence_is_no_person(fr_nlp, registry):
    text = (
        "Le sélectionneur, Sabri Lahmar, aime commenter les questions. Vendredi, il a fait "
        "plus fort encore. « C'est un match particulier », a répondu le quadragénaire."
    )
    said = [Said("C'est un match particulier", "le quadragénaire")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Sabri Lahmar"]


# -- "Me X, avocat de la victime, demande": the apposition kept as the subject ---------------------


def test_a_bare_apposition_after_a_name_is_that_name_s(fr_nlp, registry):
    text = (
        "La jeune femme a porté plainte.\n"
        "[…]Me Hugo Lemaire, avocat de la victime, demande la diffusion des images. "
        "Me Hugo Lemaire se dit choqué."
    )
    said = [Said("la diffusion des images", "avocat de la victime")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Hugo Lemaire"]


def test_a_description_with_its_determiner_after_a_name_is_someone_else(fr_nlp, registry):
    text = (
        "Selon Hugo Lemaire, l'avocat de la victime demande la diffusion des images. "
        "Me Paul Daguerre, avocat de la victime, se dit choqué."
    )
    said = [Said("la diffusion des images", "l'avocat de la victime")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) != ["Hugo Lemaire"]


# -- "le ministère russe" after "le ministère russe de la Défense" ---------------------------------


def test_a_body_named_short_is_the_fuller_body_that_spoke(fr_nlp, registry):
    text = (
        "Le ministère valmorien de la Défense a affirmé que les dégâts venaient d'un missile "
        "égaré. « Les images le confirment », a assuré le ministère valmorien dans un "
        "communiqué."
    )
    said = [
        Said("les dégâts venaient d'un missile égaré", "Le ministère valmorien de la Défense"),
        Said("Les images le confirment", "le ministère valmorien"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Ministère valmorien de la Défense"] * 2


def test_two_fuller_bodies_leave_the_short_name_as_written(fr_nlp, registry):
    text = (
        "Le ministère valmorien de la Défense a affirmé que les dégâts venaient d'un missile "
        "égaré. Le ministère valmorien des Affaires étrangères a dénoncé une provocation. "
        "« Les images le confirment », a assuré le ministère valmorien."
    )
    said = [
        Said("les dégâts venaient d'un missile égaré", "Le ministère valmorien de la Défense"),
        Said("une provocation", "Le ministère valmorien des Affaires étrangères"),
        Said("Les images le confirment", "le ministère valmorien"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[2] == "Ministère valmorien"


def test_the_same_first_name_and_a_surname_a_letter_away_is_one_person(fr_nlp, registry):
    text = (
        "Interrogé jeudi, le préfet Jean-Luc Morx a déclaré que 240 départs de feu avaient été "
        "signalés. Enfin, Jean-Luc Morc a affirmé que des suspects avaient été interpellés."
    )
    said = [Said("des suspects avaient été interpellés", "Jean-Luc Morc")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Jean-Luc Morx"]


def test_another_first_name_and_a_short_surname_a_letter_away_is_someone_else(fr_nlp, registry):
    text = (
        "Interrogé jeudi, le préfet Jean-Luc Morx a déclaré que 240 départs de feu avaient été "
        "signalés. Enfin, Anne Morc a affirmé que des suspects avaient été interpellés."
    )
    said = [Said("des suspects avaient été interpellés", "Anne Morc")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Anne Morc"]


# -- photo credits ---------------------------------------------------------------------------------


def test_a_name_after_a_copyright_sign_is_a_credit(fr_nlp, registry):
    text = (
        "Le bourgmestre montre le plan de la placette. ©Lucas Fontaine\n"
        "Le bourgmestre a répondu que la conseillère devait demander la parole."
    )
    said = [Said("la conseillère devait demander la parole", "Le bourgmestre", after="Fontaine")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


def test_a_name_in_the_copy_is_the_bourgmestre_s(fr_nlp, registry):
    text = (
        "Lucas Fontaine, bourgmestre, montre le plan de la placette.\n"
        "Le bourgmestre a répondu que la conseillère devait demander la parole."
    )
    said = [Said("la conseillère devait demander la parole", "Le bourgmestre", after="placette")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Lucas Fontaine"]


# -- a surname the tagger reads as a verb ----------------------------------------------------------


def test_a_capitalised_verb_after_a_first_name_is_the_surname(fr_nlp, registry):
    text = (
        "Le doyen du conseil était Claude Jugé, l'un des élus de l'opposition. « Le maire m'a "
        "bloqué », raconte Claude Jugé."
    )
    said = [Said("Le maire m'a bloqué", "Claude Jugé", after="bloqué")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Claude Jugé"]


def test_a_capitalised_verb_opening_a_sentence_is_no_surname(fr_nlp, registry):
    text = (
        "« Le maire m'a bloqué », raconte Claude Bertin. Jugé trop long, son discours a été "
        "interrompu."
    )
    said = [Said("Le maire m'a bloqué", "Claude Bertin")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Claude Bertin"]
