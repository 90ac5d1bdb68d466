"""Who speaks next (round 9, issue 11): the subject of the narration speaks, not its object
or complement; a byline is never an antecedent; a body gives way to a person named after
it; a lawyer titled "Me" is "l'avocat"; "Name : « … »" headings.

Each construction has a positive text and a negative one (the same words where the floor
does not change hands). The texts are invented French, laid out as real copy; ``run`` builds
the statements by hand, as in ``test_speakers.py``, so these tests check the resolution
rules alone.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

pytestmark = pytest.mark.slow


# -- a name opening a sentence is its subject, whatever the parser hung it to -------------------

_OPENING = (
    "« Le budget est insincère », a soutenu M. Berthier, jeudi, devant les élus.\n\n"
    "{middle}\n\n"
    "« Ils ne sont plus seuls sur ce terrain », a-t-il poursuivi."
)


def test_a_name_opening_the_sentence_before_takes_the_pronoun(fr_nlp, registry):
    text = _OPENING.format(
        middle="M. Lagarde, d'un air amusé, a répondu que l'opposition était jalouse."
    )
    said = [
        Said("Le budget est insincère", "M. Berthier"),
        Said("Ils ne sont plus seuls sur ce terrain", "il", after="a-t-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Berthier", "Lagarde"]


def test_a_name_after_a_preposition_does_not_open_the_sentence(fr_nlp, registry):
    text = _OPENING.format(
        middle="Selon les proches de M. Lagarde, d'un air amusé, l'opposition était jalouse."
    )
    said = [
        Said("Le budget est insincère", "M. Berthier"),
        Said("Ils ne sont plus seuls sur ce terrain", "il", after="a-t-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Berthier", "Berthier"]


_ALSO = (
    "Le procureur Jean Morel requiert un an de prison : « Je crois à la version du prévenu. » "
    "{middle}, mais il va dénoncer les lenteurs de l'enquête : « Mon client n'a rien à cacher. »"
)


def test_a_name_after_a_closed_quotation_takes_the_pronoun(fr_nlp, registry):
    text = _ALSO.format(middle="Me Dufresne aussi")
    said = [
        Said("Je crois à la version du prévenu.", "Le procureur Jean Morel"),
        Said("Mon client n'a rien à cacher.", "il", after="mais "),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Jean Morel", "Dufresne"]


def test_a_name_after_a_preposition_there_leaves_the_floor(fr_nlp, registry):
    text = _ALSO.format(middle="Devant Me Dufresne, le ton monte")
    said = [
        Said("Je crois à la version du prévenu.", "Le procureur Jean Morel"),
        Said("Mon client n'a rien à cacher.", "il", after="mais "),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[-1] == "Jean Morel"


# -- a byline is never an antecedent --------------------------------------------------------------


def test_the_journalist_of_a_byline_is_nobody_s_antecedent(fr_nlp, registry):
    text = (
        "Un incendie a détruit une grange à Lavernay. Par Luc Garnier - Publié le 3 mars\n\n"
        "Les pompiers sont intervenus dans la nuit. « Nous avons tout perdu », a confié "
        "l'agriculteur."
    )
    said = [Said("Nous avons tout perdu", "l'agriculteur")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


def test_the_same_name_in_narration_is_an_antecedent(fr_nlp, registry):
    text = (
        "Un incendie a détruit une grange à Lavernay. Par la suite, Luc Garnier a visité la "
        "ferme.\n\nLes pompiers sont intervenus dans la nuit. « Nous avons tout perdu », a "
        "confié l'agriculteur."
    )
    said = [Said("Nous avons tout perdu", "l'agriculteur")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Luc Garnier"]


# -- a body gives way to the person the narration names after it ---------------------------------


def test_a_person_named_after_a_body_s_statement_takes_the_pronoun(fr_nlp, registry):
    text = (
        "Le tribunal correctionnel de Valbrune a estimé que la demande était tardive. "
        "« Mon client a été mal conseillé », a ensuite plaidé Me Paul Aubert. Selon lui, les "
        "faits sont prescrits depuis longtemps."
    )
    said = [
        Said("la demande était tardive", "Le tribunal correctionnel de Valbrune"),
        Said("les faits sont prescrits depuis longtemps", "lui"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[-1] == "Paul Aubert"


def test_with_no_person_named_after_it_the_body_keeps_the_pronoun(fr_nlp, registry):
    text = (
        "Le tribunal correctionnel de Valbrune a estimé que la demande était tardive. "
        "La décision a ensuite été notifiée aux parties. Selon lui, les faits sont "
        "prescrits depuis longtemps."
    )
    said = [
        Said("la demande était tardive", "Le tribunal correctionnel de Valbrune"),
        Said("les faits sont prescrits depuis longtemps", "lui"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[0] == names(out)[1]
    assert names(out)[1] != "Paul Aubert"


# -- "l'avocat" is the person titled "Me" ---------------------------------------------------------

_TRIAL = (
    "Le procès de Karim Belaïd, accusé d'escroquerie, s'est achevé jeudi à Valbrune. "
    "Karim Belaïd a nié les faits pendant trois jours.\n\n"
    "{role} a demandé que le tribunal prononce une peine avec sursis. « Mon client a tout "
    "remboursé », a relevé Me Vasseur au cours de sa plaidoirie."
)


def test_the_lawyer_is_the_person_titled_me(fr_nlp, registry):
    text = _TRIAL.format(role="L'avocat de la défense")
    said = [
        Said(
            "le tribunal prononce une peine avec sursis",
            "L'avocat de la défense",
            method="que",
        ),
        Said("Mon client a tout remboursé", "Me Vasseur"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Vasseur", "Vasseur"]


def test_the_prosecutor_is_not_the_person_titled_me(fr_nlp, registry):
    text = _TRIAL.format(role="L'avocat général")
    said = [
        Said("le tribunal prononce une peine avec sursis", "L'avocat général", method="que"),
        Said("Mon client a tout remboursé", "Me Vasseur"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[0] != "Vasseur"
    assert names(out)[1] == "Vasseur"


# -- "Name : « … »" -------------------------------------------------------------------------------

_HEADING = (
    "« Le dossier est vide », a lancé Paul Roux en ouvrant les plaidoiries.\n\n"
    "{line} « Vous avez jugé trop vite. »"
)


def test_a_name_alone_before_a_colon_says_the_quotation(fr_nlp, registry):
    text = _HEADING.format(line=">> Lire aussi : Me Anne Lombard :")
    said = [
        Said("Le dossier est vide", "Paul Roux"),
        Said("Vous avez jugé trop vite.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Roux", "Anne Lombard"]


def test_a_clause_naming_a_person_before_a_colon_is_not_a_heading(fr_nlp, registry):
    text = _HEADING.format(line="Il a ensuite rappelé une règle simple à Me Anne Lombard :")
    said = [
        Said("Le dossier est vide", "Paul Roux"),
        Said("Vous avez jugé trop vite.", None, method="floating"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Roux", "Paul Roux"]


# -- a pronoun takes up the body that was the subject of the sentence before ----------------------

_BODY = (
    "« Le gouvernement navigue à vue », a estimé Paul Roux, le chef de file socialiste.\n\n"
    "{subject} demande aussi au ministre de revoir sa copie avant l'été. Selon lui, « les "
    "familles ne doivent pas payer la crise »."
)


def test_a_pronoun_takes_up_the_body_subject_of_the_sentence_before(fr_nlp, registry):
    text = _BODY.format(subject="Le syndicat Force Commune")
    said = [
        Said("Le gouvernement navigue à vue", "Paul Roux"),
        Said("les familles ne doivent pas payer la crise", "lui"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Roux", "Force Commune"]


def test_a_subject_naming_no_body_leaves_the_previous_speaker(fr_nlp, registry):
    text = _BODY.format(subject="Le texte")
    said = [
        Said("Le gouvernement navigue à vue", "Paul Roux"),
        Said("les familles ne doivent pas payer la crise", "lui"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Roux", "Paul Roux"]


def test_a_body_of_the_other_gender_is_not_taken_up(fr_nlp, registry):
    text = _BODY.format(subject="La fédération Force Commune")
    said = [
        Said("Le gouvernement navigue à vue", "Paul Roux"),
        Said("les familles ne doivent pas payer la crise", "lui"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[1] != "Force Commune"
