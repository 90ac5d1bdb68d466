"""Who speaks next (round 8, issue 11): quotations a colon announces, a speaker named after
an aside, pronouns after a noun's complement and after a speaker of unknown gender.

Each construction has a positive text and a negative one (the same words where the floor
does not change hands, or where nobody new is presented). The texts are invented French, laid
out as real copy; ``run`` builds the statements by hand, as in ``test_speakers.py``, so these
tests check the resolution rules alone.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

pytestmark = pytest.mark.slow


# -- a colon ending a paragraph announces the next paragraph's quotation --------------------------


_CLASH = (
    "Les élus de l'opposition, Marc Delorme et Anne Ruffin, reprochent au maire son attitude. "
    "« Il ne m'a pas laissé parler », raconte Marc Delorme.\n\n"
    "Selon lui, la séance a duré moins d'une heure et le public n'a pas pu poser de questions."
    "\n\n"
)


def test_a_subject_whose_paragraph_ends_on_a_colon_takes_the_quotation_below(fr_nlp, registry):
    text = (
        _CLASH + "De son côté, le maire, Gérard Pilon, ne garde pas le même souvenir de la "
        "réunion :\n\n« Le règlement est clair, j'ai seulement fait respecter l'ordre du jour. »"
    )
    said = [
        Said("Il ne m'a pas laissé parler", "Marc Delorme", after="parler"),
        Said("la séance a duré moins d'une heure", "lui"),
        Said(
            "Le règlement est clair, j'ai seulement fait respecter l'ordre du jour.",
            None,
            method="floating",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[-1] == "Gérard Pilon"


def test_a_colon_after_narration_with_no_new_subject_leaves_the_floor(fr_nlp, registry):
    text = (
        _CLASH + "De son côté, l'élu a croisé le maire, Gérard Pilon, à la sortie de la "
        "réunion :\n\n« Le règlement est clair, j'ai seulement demandé l'ordre du jour. »"
    )
    said = [
        Said("Il ne m'a pas laissé parler", "Marc Delorme", after="parler"),
        Said("la séance a duré moins d'une heure", "lui"),
        Said(
            "Le règlement est clair, j'ai seulement demandé l'ordre du jour.",
            None,
            method="floating",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[-1] != "Gérard Pilon"


# -- a name after a comma, which the parser reads as a coordination -------------------------------


def test_a_named_apposition_after_a_comma_is_the_subject_who_takes_the_floor(fr_nlp, registry):
    text = (
        "La syndique a laissé entendre que la commune fermerait les yeux sur les affiches. "
        "Son collègue socialiste à la tête de la culture et du sport, Jean-Marc Tissot, déclarait "
        "pourtant "
        "à la radio locale en janvier: «Il n'y aura aucune exception. Les règles valent pour "
        "tous.»"
    )
    said = [
        Said("la commune fermerait les yeux sur les affiches", "La syndique"),
        Said("Il n'y aura aucune exception. Les règles valent pour tous.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[-1] == "Jean-Marc Tissot"


def test_a_named_object_after_a_comma_does_not_take_the_floor(fr_nlp, registry):
    text = (
        "La syndique, Odile Ferrand, a laissé entendre que la commune fermerait les yeux sur les "
        "affiches. Elle a reçu son collègue socialiste à la tête de la culture et du sport, "
        "Jean-Marc Tissot, à la mairie en janvier: «Il n'y aura aucune exception. Les règles "
        "valent pour tous.»"
    )
    said = [
        Said("la commune fermerait les yeux sur les affiches", "La syndique, Odile Ferrand"),
        Said("Il n'y aura aucune exception. Les règles valent pour tous.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Odile Ferrand", "Odile Ferrand"]


# -- an aside between the cue and its inverted subject ---------------------------------------------


def test_a_speaker_named_after_an_aside_takes_the_quotations_that_follow(fr_nlp, registry):
    text = (
        "« Nous ne laisserons pas tomber les sinistrés », a réagi la présidente de la région, "
        "Claire Aubry. « La vallée vit une semaine terrible », a écrit, également sur son "
        "compte Facebook, le député Hervé Lagache. « Nous serons aux côtés des familles. »"
    )
    said = [
        Said(
            "Nous ne laisserons pas tomber les sinistrés",
            "la présidente de la région, Claire Aubry",
        ),
        Said("La vallée vit une semaine terrible", None, method="incise", cue_at="a écrit"),
        Said("Nous serons aux côtés des familles.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Claire Aubry", "Hervé Lagache", "Hervé Lagache"]


def test_an_aside_followed_by_no_name_names_nobody(fr_nlp, registry):
    text = (
        "« Nous ne laisserons pas tomber les sinistrés », a réagi la présidente de la région, "
        "Claire Aubry. « La vallée vit une semaine terrible », a écrit, également sur son "
        "compte Facebook, dès mardi matin."
    )
    said = [
        Said(
            "Nous ne laisserons pas tomber les sinistrés",
            "la présidente de la région, Claire Aubry",
        ),
        Said("La vallée vit une semaine terrible", None, method="incise", cue_at="a écrit"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Claire Aubry", None]


# -- a pronoun after "l'avocat de Y" ---------------------------------------------------------------


def test_a_pronoun_after_a_lawyer_named_with_his_client_is_the_lawyer(fr_nlp, registry):
    text = (
        "« Faut-il encore plaider ? » commence par demander d'un ton las, Me Hugo Verlinden, "
        "l'avocat de Karim Benali. « Karim Benali vous a dit qu'il ne reconnaissait pas cette "
        "cour. Pourquoi le défendre ? », poursuit-il."
    )
    said = [
        Said(
            "Karim Benali vous a dit qu'il ne reconnaissait pas cette cour. Pourquoi le défendre ?",
            "il",
            after="poursuit-",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Hugo Verlinden"]


def test_a_pronoun_after_a_client_subject_is_the_client(fr_nlp, registry):
    text = (
        "Karim Benali écoute son avocat, Me Hugo Verlinden, sans un mot. « Je ne reconnais "
        "pas cette cour. Pourquoi me défendre ? », lance-t-il."
    )
    said = [
        Said("Je ne reconnais pas cette cour. Pourquoi me défendre ?", "il", after="lance-t-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Karim Benali"]


# -- "elle" after a speaker of unknown gender, reported inside a woman's sentence ------------------


_MINISTER = (
    "La ministre des Sports, Nadia Verbeke, ne se sent pas visée par les propos du président "
    "de son parti, Wout Claessens, d'après lequel le gouvernement aurait perdu son élan. "
)


def test_elle_after_a_speaker_of_unknown_gender_goes_to_the_woman_the_sentence_presents(
    fr_nlp, registry
):
    text = _MINISTER + "Selon elle, l'équipe travaille sans relâche."
    said = [
        Said("le gouvernement aurait perdu son élan", "Wout Claessens"),
        Said("l'équipe travaille sans relâche", "Selon elle"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Wout Claessens", "Nadia Verbeke"]


def test_lui_after_the_same_speaker_stays_with_him(fr_nlp, registry):
    text = _MINISTER + "Selon lui, l'équipe ne travaille plus."
    said = [
        Said("le gouvernement aurait perdu son élan", "Wout Claessens"),
        Said("l'équipe ne travaille plus", "Selon lui"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Wout Claessens", "Wout Claessens"]


# -- several asides before the inverted subject ----------------------------------------------------


def test_a_speaker_named_after_two_asides_is_read(fr_nlp, registry):
    text = (
        "« Nous ne demandons pas de faveur, seulement les mêmes droits », a réagi jeudi, aux "
        "annonces du gouvernement, Lénaïg Prigent-Morvan, depuis le congrès des départements."
    )
    said = [
        Said(
            "Nous ne demandons pas de faveur, seulement les mêmes droits",
            None,
            method="incise",
            cue_at="a réagi",
        )
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Lénaïg Prigent-Morvan"]


def test_a_noun_phrase_after_the_day_is_the_subject_not_an_aside(fr_nlp, registry):
    text = (
        "« Nous ne demandons pas de faveur, seulement les mêmes droits », a réagi jeudi la "
        "présidente du département, en marge du congrès, Lénaïg Prigent-Morvan restant en retrait."
    )
    said = [
        Said(
            "Nous ne demandons pas de faveur, seulement les mêmes droits",
            None,
            method="incise",
            cue_at="a réagi",
        )
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) != ["Lénaïg Prigent-Morvan"]


# -- a participle whose mention was taken inside the quotation ------------------------------------


_UNIONS = (
    '"Le SNPT veut imposer son calendrier à tout le monde", a critiqué Gaëtan Rouvière, du '
    'syndicat Sud Rail, jugeant la méthode "brutale" et "méprisante". '
)


def test_a_participle_is_the_clause_subject_s_not_a_name_in_the_quotation(fr_nlp, registry):
    text = _UNIONS + 'Et de conclure : "On verra bien qui suivra."'
    said = [
        Said("Le SNPT veut imposer son calendrier à tout le monde", "Gaëtan Rouvière"),
        Said('la méthode "brutale" et "méprisante"', "Le SNPT", method="object", cue_at="jugeant"),
        Said("On verra bien qui suivra.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[1:] == ["Gaëtan Rouvière", "Gaëtan Rouvière"]


def test_a_mention_outside_the_quotation_keeps_its_own_reading(fr_nlp, registry):
    text = (
        '"Le calendrier est intenable", a critiqué Gaëtan Rouvière, du syndicat Sud Rail. Le '
        'SNPT a répondu en jugeant la méthode "brutale" et "méprisante".'
    )
    said = [
        Said("Le calendrier est intenable", "Gaëtan Rouvière"),
        Said(
            'la méthode "brutale" et "méprisante"',
            "Le SNPT",
            after="Sud Rail.",
            method="object",
            cue_at="jugeant",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[1] != "Gaëtan Rouvière"


# -- a reporting verb ending the floating quotation's own sentence --------------------------------


def test_a_cue_after_a_date_ending_the_sentence_names_the_speaker(fr_nlp, registry):
    text = (
        'Le maire de Castelbrun, Fabien Lorrain, a dénoncé une manœuvre. "Les habitants ont '
        'choisi une autre politique" le 4 mars et le 11 mars, argumente la conseillère '
        "régionale Solène Arbogast."
    )
    said = [
        Said("une manœuvre", "Le maire de Castelbrun, Fabien Lorrain"),
        Said("Les habitants ont choisi une autre politique", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Fabien Lorrain", "Solène Arbogast"]


def test_narration_after_a_quotation_with_its_own_subject_names_nobody_new(fr_nlp, registry):
    text = (
        'Le maire de Castelbrun, Fabien Lorrain, a dénoncé une manœuvre. "Les habitants ont '
        'choisi une autre politique" le 4 mars et le 11 mars, et la conseillère régionale '
        "Solène Arbogast le sait."
    )
    said = [
        Said("une manœuvre", "Le maire de Castelbrun, Fabien Lorrain"),
        Said("Les habitants ont choisi une autre politique", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Fabien Lorrain", "Fabien Lorrain"]


# -- two people of one office told apart by a feminine first name ----------------------------------


_PROSECUTORS = (
    "Les deux magistrats du parquet, {first} Verhaegen et Bernard Lemoine, ont entamé mardi "
    "leur réquisitoire. « Six victimes sont mortes depuis les faits », débute {first} "
    "Verhaegen.\n\n« Il revient à l'accusation de prouver la culpabilité, pas aux accusés de "
    "prouver leur innocence », décrit-il."
)


def test_a_feminine_first_name_spelt_from_a_masculine_one_tells_il_apart(fr_nlp, registry):
    text = _PROSECUTORS.format(first="Paule")
    said = [
        Said("Six victimes sont mortes depuis les faits", "Paule Verhaegen", after="débute"),
        Said(
            "Il revient à l'accusation de prouver la culpabilité, pas aux accusés de prouver "
            "leur innocence",
            "il",
            after="décrit-",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paule Verhaegen", "Bernard Lemoine"]


def test_the_masculine_first_name_keeps_il_with_the_previous_speaker(fr_nlp, registry):
    text = _PROSECUTORS.format(first="Paul")
    said = [
        Said("Six victimes sont mortes depuis les faits", "Paul Verhaegen", after="débute"),
        Said(
            "Il revient à l'accusation de prouver la culpabilité, pas aux accusés de prouver "
            "leur innocence",
            "il",
            after="décrit-",
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Verhaegen", "Paul Verhaegen"]


def test_feminine_forms_follow_the_longest_masculine_ending():
    from dixit.resolve.speakers.lexicon import feminine_forms

    endings = {"el": ["elle"], "l": ["le"], "an": ["ane", "anne"], "s": ["se"], "é": ["ée"]}
    assert feminine_forms("michel", endings) == ["michelle"]
    assert feminine_forms("paul", endings) == ["paule"]
    assert feminine_forms("christian", endings) == ["christiane", "christianne"]
    assert feminine_forms("louis", endings) == ["louise"]
    assert feminine_forms("rene", endings) == ["renee"]
    assert feminine_forms("hugo", endings) == []
