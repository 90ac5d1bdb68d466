"""Speaker resolution on the constructions of real news copy (issue 11, round 4).

Each construction has a positive sentence and a negative one (the same words where they do
not name the speaker). The sentences are invented; ``run`` builds the statements by hand, as
in ``test_speakers.py``, so these tests check the resolution rules alone.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

pytestmark = pytest.mark.slow


# -- mentions running past their speaker -------------------------------------------------------


def test_an_adjunct_after_the_speaker_is_cut_from_the_mention(fr_nlp, registry):
    text = (
        "Le parquet de Valbrune a ouvert une enquête sur l'incendie de l'entrepôt. "
        "« Aucune piste n'est écartée », écrit le parquet dans son communiqué."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("Aucune piste n'est écartée", "le parquet dans son communiqué")],
    )
    assert names(out) == ["Parquet de Valbrune"]
    assert out[0].speaker_mention == "le parquet"


def test_a_name_inside_the_adjunct_is_not_the_speaker(fr_nlp, registry):
    text = (
        "« Nous travaillons ensemble », a réagi lundi Paul Girardeau au cours d'une conférence "
        "de presse avec le procureur belge Marc Vanderstraeten à Liège."
    )
    mention = (
        "Paul Girardeau au cours d'une conférence de presse avec le procureur belge "
        "Marc Vanderstraeten à Liège"
    )
    out = run(fr_nlp, registry, text, [Said("Nous travaillons ensemble", mention)])
    assert names(out) == ["Paul Girardeau"]


def test_a_date_before_the_speaker_is_cut_from_the_mention(fr_nlp, registry):
    text = "L'enquête « se poursuit », annonce mardi 4 mars le parquet de Valbrune. "
    out = run(fr_nlp, registry, text, [Said("se poursuit", "mardi 4 mars le parquet de Valbrune")])
    assert names(out) == ["Parquet de Valbrune"]
    assert out[0].speaker_mention == "le parquet de Valbrune"


def test_a_number_opening_a_mention_without_a_date_stays(fr_nlp, registry):
    text = "« Nous refusons ce plan », ont déclaré sept syndicats de Valbrune."
    out = run(fr_nlp, registry, text, [Said("Nous refusons ce plan", "sept syndicats de Valbrune")])
    assert out[0].speaker_mention == "sept syndicats de Valbrune"


def test_a_complement_of_the_speaker_is_not_an_adjunct(fr_nlp, registry):
    text = (
        "« Le dossier avance », a assuré le président de la commission des finances, "
        "Jacques Morvan."
    )
    mention = "le président de la commission des finances, Jacques Morvan"
    out = run(fr_nlp, registry, text, [Said("Le dossier avance", mention)])
    assert names(out) == ["Jacques Morvan"]
    assert out[0].speaker_mention == mention


# -- offices of Belgian and local news ----------------------------------------------------------


def test_a_belgian_mayor_is_a_description_of_the_person(fr_nlp, registry):
    text = (
        "Le bourgmestre de Walcourt, Luc Demarteau, a visité le chantier du parc. "
        "« Les travaux seront finis en juin », a assuré le bourgmestre de Walcourt."
    )
    said = [Said("Les travaux seront finis en juin", "le bourgmestre de Walcourt", after="parc.")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Luc Demarteau"]


def test_a_belgian_mayor_nobody_names_is_no_body(fr_nlp, registry):
    text = "« Les travaux seront finis en juin », a assuré le bourgmestre de Walcourt."
    said = [Said("Les travaux seront finis en juin", "le bourgmestre de Walcourt")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


# -- a spokesperson who is nobody in particular -------------------------------------------------


def test_a_pronoun_after_a_spokesperson_is_the_body(fr_nlp, registry):
    text = (
        "Le directeur de l'usine, Marc Olivier, a refusé de répondre. "
        "Un porte-parole de la société Arvel a affirmé : « Nous respectons les règles ». "
        "« Nous coopérerons avec les enquêteurs », a-t-il poursuivi."
    )
    said = [
        Said("Nous respectons les règles", "Un porte-parole de la société Arvel"),
        Said("Nous coopérerons avec les enquêteurs", "il", after="a-t-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Arvel", "Arvel"]


def test_a_pronoun_after_a_named_spokesperson_is_the_person(fr_nlp, registry):
    text = (
        "Le porte-parole de la société Arvel, Paul Girard, a affirmé : « Nous respectons les "
        "règles ». « Nous coopérerons avec les enquêteurs », a-t-il poursuivi."
    )
    said = [
        Said("Nous respectons les", "Le porte-parole de la société Arvel, Paul Girard"),
        Said("Nous coopérerons avec les enquêteurs", "il", after="a-t-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Girard", "Paul Girard"]


def test_a_bare_spokesperson_speaks_for_the_body_speaking_before(fr_nlp, registry):
    text = (
        "La gendarmerie de Valbrune a annoncé qu'une opération était en cours. "
        "« Nous demandons aux habitants de rester chez eux », a ajouté un porte-parole."
    )
    said = [
        Said("une opération était en cours", "La gendarmerie de Valbrune"),
        Said("Nous demandons aux habitants de rester chez eux", "un porte-parole"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Gendarmerie de Valbrune", "Gendarmerie de Valbrune"]


def test_a_bare_spokesperson_after_a_person_is_nobody(fr_nlp, registry):
    text = (
        "Le maire de Valbrune, Paul Girardeau, a annoncé qu'une opération était en cours. "
        "« Nous demandons aux habitants de rester chez eux », a ajouté un porte-parole."
    )
    said = [
        Said("une opération était en cours", "Le maire de Valbrune, Paul Girardeau"),
        Said("Nous demandons aux habitants de rester chez eux", "un porte-parole"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Girardeau", None]


# -- a description after a verb that goes on with the words before ---------------------------

_COUNCIL = (
    "Hugo Marchetti, adjoint aux travaux, a présenté le chantier. Hugo Marchetti a visité les "
    "écoles avec les parents. Hugo Marchetti a rencontré les riverains. "
    "« La route sera refaite en mai », a rappelé Paul Vernier. "
    "« Le quartier respirera enfin » {verb} l'élu."
)


def test_a_description_that_goes_on_is_the_previous_speaker(fr_nlp, registry):
    text = _COUNCIL.format(verb="continue")
    said = [
        Said("La route sera refaite en mai", "Paul Vernier", cue="rappeler"),
        Said("Le quartier respirera enfin", "l'élu", cue="continuer"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Vernier", "Paul Vernier"]


def test_a_description_with_another_verb_is_the_salient_person(fr_nlp, registry):
    text = _COUNCIL.format(verb="lance")
    said = [
        Said("La route sera refaite en mai", "Paul Vernier", cue="rappeler"),
        Said("Le quartier respirera enfin", "l'élu", cue="lancer"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Vernier", "Hugo Marchetti"]


def test_a_demonstrative_that_goes_on_is_the_previous_speaker(fr_nlp, registry):
    text = (
        "« La dette baissera », a affirmé Paul Vernier. "
        "« Nous tiendrons », a insisté ce transfuge de la gauche."
    )
    said = [
        Said("La dette baissera", "Paul Vernier", cue="affirmer"),
        Said("Nous tiendrons", "ce transfuge de la gauche", cue="insister"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Vernier", "Paul Vernier"]


def test_a_demonstrative_with_another_verb_is_nobody(fr_nlp, registry):
    text = (
        "« La dette baissera », a affirmé Paul Vernier. "
        "« Vous mentez », a répliqué ce transfuge de la gauche."
    )
    said = [
        Said("La dette baissera", "Paul Vernier", cue="affirmer"),
        Said("Vous mentez", "ce transfuge de la gauche", cue="répliquer"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Vernier", None]


# -- a name after a comma that is no apposition --------------------------------------------------


def test_a_fronted_source_and_the_subject_after_it_are_two_speakers(fr_nlp, registry):
    text = (
        "La procureure de Valbrune, Anne Roussel, a tenu une conférence de presse. "
        "Selon la procureure de Valbrune, Karim Benali avait affirmé aux enquêteurs qu'il "
        "voulait fuir."
    )
    mention = "la procureure de Valbrune, Karim Benali"
    said = [
        Said("Karim Benali avait affirmé aux enquêteurs", mention, method="preposition"),
        Said("il voulait fuir", mention, cue_at="avait affirmé"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Anne Roussel", "Karim Benali"]


def test_a_fronted_source_with_its_apposition_keeps_it(fr_nlp, registry):
    text = "Selon la procureure de Valbrune, Anne Roussel, l'enquête avance vite."
    mention = "la procureure de Valbrune, Anne Roussel"
    said = [Said("l'enquête avance vite", mention, method="preposition")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Anne Roussel"]


def test_a_name_in_a_descriptions_complement_is_not_described(fr_nlp, registry):
    text = (
        "Attaqué par l'avocat de Karim Benali, le procureur de Valbrune se dit serein. "
        "Le procureur de Valbrune, Marc Aubry, a répondu lundi. "
        "« Je suis serein », a déclaré le procureur de Valbrune."
    )
    said = [
        Said("serein", "le procureur de Valbrune", after="Benali, "),
        Said("Je suis serein", "le procureur de Valbrune", after="lundi."),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Aubry", "Marc Aubry"]


def test_a_name_after_its_description_and_a_comma_is_described(fr_nlp, registry):
    text = (
        "L'avocat de la famille, Julien Faure, a dénoncé l'enquête. "
        "« C'est un scandale », a lancé l'avocat de la famille."
    )
    said = [Said("C'est un scandale", "l'avocat de la famille")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Julien Faure"]


# -- the members of a body ----------------------------------------------------------------------


def test_the_members_of_a_body_speak_for_it(fr_nlp, registry):
    text = (
        "Dans leur rapport, les membres de l'Inspection générale des services estiment que "
        "la blessure peut être accidentelle."
    )
    mention = "les membres de l'Inspection générale des services"
    out = run(fr_nlp, registry, text, [Said("la blessure peut être accidentelle", mention)])
    assert names(out) == ["Inspection générale des services"]


def test_the_members_of_a_family_are_no_body(fr_nlp, registry):
    text = "Dans leur lettre, les membres de la famille estiment que la blessure est grave."
    mention = "les membres de la famille"
    out = run(fr_nlp, registry, text, [Said("la blessure est grave", mention)])
    assert names(out) == [None]


# -- a possessive description before a name ------------------------------------------------------


def test_a_possessive_description_does_not_bind_the_phrase_before_it(fr_nlp, registry):
    text = (
        "La nouvelle directrice de l'hôpital est Lucie Garnier. Face à la tâche qui attend la "
        "nouvelle directrice, son prédécesseur Marc Delmas se dit confiant. "
        "« Tout ira bien », prédit-il."
    )
    said = [Said("Tout ira bien", "il", after="prédit-")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Delmas"]


def test_two_descriptions_of_one_person_still_bind_both(fr_nlp, registry):
    text = (
        "Le commandant de la brigade de Valbrune, le capitaine Marc Delmas, a parlé. "
        "« Tout ira bien », a assuré le commandant de la brigade de Valbrune."
    )
    said = [Said("Tout ira bien", "le commandant de la brigade de Valbrune", after="parlé.")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Marc Delmas"]


# -- a pronoun in an aside between dashes -------------------------------------------------------


def test_a_pronoun_in_an_aside_points_forward_to_the_subject(fr_nlp, registry):
    text = (
        "Paul Vernier a salué le bilan. Revenant sur son plan pour 2030 – « ma mission va "
        "au-delà de ce mandat », dit-elle –, Anne Roussel a appelé chacun à s'engager."
    )
    said = [Said("ma mission va au-delà de ce mandat", "elle", after="dit-")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Anne Roussel"]


def test_a_pronoun_outside_an_aside_points_back(fr_nlp, registry):
    text = (
        "Paul Vernier a salué le bilan. « Ma mission va au-delà de ce mandat », dit-il, "
        "et Anne Roussel a appelé chacun à s'engager."
    )
    said = [Said("Ma mission va au-delà de ce mandat", "il", after="dit-")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Vernier"]


# -- the impersonal "on" of an inverted cue -----------------------------------------------------


def test_on_at_a_body_is_that_body(fr_nlp, registry):
    text = "« Rien ne figure au dossier », explique-t-on au parquet de Valbrune."
    said = [Said("Rien ne figure au dossier", None, method="incise", cue_at="explique-t-on")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Parquet de Valbrune"]


def test_on_after_a_body_is_that_body(fr_nlp, registry):
    text = (
        "La gendarmerie de Valbrune a confirmé l'évacuation de deux maisons. "
        "« Des spécialistes sécuriseront les lieux », précise-t-on."
    )
    said = [
        Said("l'évacuation de deux maisons", "La gendarmerie de Valbrune"),
        Said(
            "Des spécialistes sécuriseront les lieux", None, method="incise", cue_at="précise-t-on"
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Gendarmerie de Valbrune", "Gendarmerie de Valbrune"]


def test_on_after_a_person_is_nobody(fr_nlp, registry):
    text = (
        "Le maire de Valbrune, Paul Girardeau, a confirmé l'évacuation de deux maisons. "
        "« Des spécialistes sécuriseront les lieux », précise-t-on."
    )
    said = [
        Said("l'évacuation de deux maisons", "Le maire de Valbrune, Paul Girardeau"),
        Said(
            "Des spécialistes sécuriseront les lieux", None, method="incise", cue_at="précise-t-on"
        ),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Girardeau", None]
