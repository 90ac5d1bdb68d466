"""Speaker resolution on constructions of real news copy found in round 5 (issue 11).

Each construction has a positive sentence and a negative one (the same words where they do
not name the speaker). The sentences are invented; ``run`` builds the statements by hand, as
in ``test_speakers.py``, so these tests check the resolution rules alone.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

pytestmark = pytest.mark.slow


# -- titles: a capitalised article inside a sentence ---------------------------------------------


def test_a_title_inside_a_sentence_is_no_demonym_of_a_person(fr_nlp, registry):
    text = (
        "La phrase a été ajoutée dans l'entretien que publie mardi Le Lorvalais, a déclaré "
        "Jean Morel, directeur de la rédaction. « Les excuses ont été ajoutées », dit Le "
        "Lorvalais."
    )
    said = [
        Said("La phrase a été ajoutée dans l'entretien", "Jean Morel"),
        Said("Les excuses ont été ajoutées", "Le Lorvalais", after="excuses"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[0] == "Jean Morel"
    assert out[1].speaker is None or out[1].speaker.type != "person"


def test_a_surname_with_a_capitalised_particle_stays_a_person(fr_nlp, registry):
    text = (
        "Sophie Le Goff, conseillère régionale, a présenté son budget mardi. "
        "« Nous tiendrons nos engagements », a insisté Le Goff devant les élus."
    )
    out = run(fr_nlp, registry, text, [Said("Nous tiendrons nos engagements", "Le Goff")])
    # The tagger reads "Le Goff" as a person's name: no newspaper called so.
    assert out[0].speaker is None or out[0].speaker.type == "person"


def test_a_demonym_with_a_lower_case_article_is_a_person(fr_nlp, registry):
    text = (
        "Le Parisien Karim Benali a remporté la course dimanche. "
        "« Je n'y croyais plus », a confié le Parisien à l'arrivée."
    )
    out = run(fr_nlp, registry, text, [Said("Je n'y croyais plus", "le Parisien")])
    assert names(out) == ["Karim Benali"]


# -- a document named alone: who issued it -----------------------------------------------------


def test_a_communique_is_the_body_that_issued_it(fr_nlp, registry):
    text = (
        "Le ministère de la Pêche a diffusé mardi un communiqué sur les quotas de la saison.\n\n"
        "« Aucune fraude ne sera tolérée dans les ports », conclut le communiqué."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("Aucune fraude ne sera tolérée dans les ports", "le communiqué")],
    )
    assert names(out) == ["Ministère de la Pêche"]


def test_a_communique_of_a_body_named_after_it(fr_nlp, registry):
    text = (
        "Le maire de Valbrune, Jean Lefort, a reçu lundi un communiqué de la préfecture des "
        "Landes. « Les baignades restent interdites », précise le communiqué."
    )
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("Les baignades restent interdites", "le communiqué")],
    )
    assert names(out) == ["Préfecture des Landes"]


def test_a_communique_nobody_is_said_to_issue_is_the_previous_speakers(fr_nlp, registry):
    text = (
        "« Le site fermera en juin », a annoncé la société Valmetal. "
        "« Les salariés seront reclassés », poursuit le communiqué."
    )
    said = [
        Said("Le site fermera en juin", "la société Valmetal"),
        Said("Les salariés seront reclassés", "le communiqué"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Valmetal", "Valmetal"]


# -- one office, several nouns --------------------------------------------------------------------


_COACH = (
    "Ce vendredi, en conférence de presse, l'entraîneur du FC Valbrune, Marc Dufresne, a "
    "confirmé l'absence de son attaquant. Yanis Ferhat s'est blessé mardi. Yanis Ferhat avait "
    "pourtant repris la course. Yanis Ferhat manquera le match.\n\n"
)


def test_the_technicien_is_the_coach_the_article_named(fr_nlp, registry):
    text = _COACH + "« Je pense qu'il reviendra fin février », a expliqué le technicien du club."
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("Je pense qu'il reviendra fin février", "le technicien du club")],
    )
    assert names(out) == ["Marc Dufresne"]


def test_the_technicien_of_another_club_is_not_that_coach(fr_nlp, registry):
    text = _COACH + "« Je pense qu'il reviendra fin février », a expliqué le technicien de Lorval."
    out = run(
        fr_nlp,
        registry,
        text,
        [Said("Je pense qu'il reviendra fin février", "le technicien de Lorval")],
    )
    assert names(out) != ["Marc Dufresne"]


# -- a person's name the tagger ran into the body before it -------------------------------------


def _tagging_as_one_body(nlp, body_and_name: str):
    """The model, tagging ``body_and_name`` as one organisation wherever it is written (as
    the tagger of real copy does with "le Bayern Munich Julian X")."""

    def process(text: str):
        doc = nlp(text)
        at = text.find(body_and_name)
        span = doc.char_span(at, at + len(body_and_name), label="ORG")
        doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
        return doc

    return process


_BENCH = (
    "Vendredi, en conférence de presse, l'entraîneur du Racing Valbrune Julian Morel a "
    "confirmé le forfait de son attaquant. Yanis Ferhat s'est blessé mardi. Yanis Ferhat "
    "avait pourtant repris la course.\n\n"
)


def test_a_name_after_a_body_in_one_tag_is_a_person(fr_nlp, registry):
    text = _BENCH + "« Il reviendra fin février », a expliqué le technicien du club."
    nlp = _tagging_as_one_body(fr_nlp, "Racing Valbrune Julian Morel")
    out = run(nlp, registry, text, [Said("Il reviendra fin février", "le technicien du club")])
    assert names(out) == ["Julian Morel"]


def test_a_body_tag_without_a_first_name_names_nobody(fr_nlp, registry):
    text = _BENCH.replace("Julian Morel", "Morel Julian") + (
        "« Il reviendra fin février », a expliqué le technicien du club."
    )
    nlp = _tagging_as_one_body(fr_nlp, "Racing Valbrune Morel Julian")
    out = run(nlp, registry, text, [Said("Il reviendra fin février", "le technicien du club")])
    assert names(out) != ["Morel Julian"]


# -- two epithets in a dialogue, two people ------------------------------------------------------


_DIALOGUE = (
    "Le gala a été interrompu par Nadia Servan, au moment où Karim Belkadi se moquait des "
    "films d'auteur. « Je ne suis pas d'accord », a lancé l'actrice, déstabilisant le "
    "comédien. "
)


def test_another_epithet_right_after_is_another_person(fr_nlp, registry):
    text = _DIALOGUE + "« Mais qu'est-ce qui lui prend ? », a bredouillé l'humoriste."
    said = [
        Said("Je ne suis pas d'accord", "l'actrice"),
        Said("Mais qu'est-ce qui lui prend ?", "l'humoriste"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Nadia Servan", "Karim Belkadi"]


def test_the_same_epithet_right_after_is_the_same_person(fr_nlp, registry):
    text = _DIALOGUE + "« Mais qu'est-ce qui lui prend ? », a insisté l'actrice."
    said = [
        Said("Je ne suis pas d'accord", "l'actrice"),
        Said("Mais qu'est-ce qui lui prend ?", "l'actrice", after="insisté"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Nadia Servan", "Nadia Servan"]


# -- a mention cut after the first name ----------------------------------------------------------


def test_a_mention_after_a_first_name_takes_it(fr_nlp, registry):
    text = "POLITIQUE - Rien à voir. Sophie Le Goff a réfuté dimanche les accusations du maire."
    out = run(fr_nlp, registry, text, [Said("les accusations du maire", "Le Goff")])
    assert out[0].speaker_mention == "Sophie Le Goff"
    assert names(out) == ["Sophie Le Goff"]


def test_a_mention_after_another_word_stays(fr_nlp, registry):
    text = "POLITIQUE - Rien à voir. Hier Le Goff a réfuté les accusations du maire."
    out = run(fr_nlp, registry, text, [Said("les accusations du maire", "Le Goff")])
    assert out[0].speaker_mention == "Le Goff"


# -- a plural pronoun after a group ---------------------------------------------------------------


_STRIKE = (
    "La CGT a dénoncé mardi la fermeture de la ligne. « C'est un mauvais coup », a déclaré "
    "son secrétaire général, Luc Bernier. "
)


def test_a_plural_pronoun_after_a_group_subject_stays_anonymous(fr_nlp, registry):
    text = _STRIKE + (
        "Les syndicats ont rencontré la direction jeudi. Ils estiment que le plan n'est pas "
        "justifié."
    )
    said = [Said("C'est un mauvais coup", "La CGT"), Said("le plan n'est pas justifié", "Ils")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["CGT", None]


def test_a_plural_pronoun_after_a_body_subject_is_the_body(fr_nlp, registry):
    text = _STRIKE + (
        "La CGT a rencontré la direction jeudi. Ils estiment que le plan n'est pas justifié."
    )
    said = [Said("C'est un mauvais coup", "La CGT"), Said("le plan n'est pas justifié", "Ils")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["CGT", "CGT"]
