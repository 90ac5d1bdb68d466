"""Reported and mixed speech as real news writes it, on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing.
"""

from __future__ import annotations

import pytest
from extracted import extract

from dixit.model import ExtractionRule


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "Les travaux du pont de Saint-Oustrille reprendront en mars, a-t-il ajouté.",
            "Les travaux du pont de Saint-Oustrille reprendront en mars",
            "il",
        ),
        (
            "La digue de Port-Lannec tiendra jusqu'à l'hiver, a assuré la préfète sous couvert "
            "de l'anonymat.",
            "La digue de Port-Lannec tiendra jusqu'à l'hiver",
            "la préfète",
        ),
        (
            "Le stade de Quimperlé sera rénové l'an prochain, a précisé jeudi à la presse un élu "
            "de la ville qui a critiqué la lenteur du chantier.",
            "Le stade de Quimperlé sera rénové l'an prochain",
            "un élu de la ville",
        ),
    ],
)
def test_postposed_cue_followed_by_adjuncts_or_an_inverted_pronoun(
    nlp, text, content, mention
) -> None:
    postposed = [s for s in extract(nlp, text) if s.method == ExtractionRule.POSTPOSED]
    assert [(s.content, s.speaker_mention) for s in postposed] == [(content, mention)]


@pytest.mark.parametrize(
    "text",
    [
        # A present participle after a comma continues the narration.
        "Le chantier de Port-Lannec a pris trois mois de retard, confirmant les craintes "
        "des riverains.",
        # A relative clause is no clause of its own: nothing was said before the verb.
        "Le maire de Port-Lannec, qui porte le projet depuis deux ans, a ajouté une réunion.",
    ],
)
def test_narration_before_a_comma_is_not_a_postposed_report(nlp, text) -> None:
    assert all(s.method != ExtractionRule.POSTPOSED for s in extract(nlp, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le conseil a reproché à la maire de Lorient d'avoir caché le coût du projet.",
            "d'avoir caché le coût du projet",
        ),
        (
            "Les syndics avaient déconseillé au propriétaire de vendre l'immeuble avant l'été.",
            "de vendre l'immeuble avant l'été",
        ),
        ("La ministre accuse le député de mentir sur les chiffres.", "de mentir sur les chiffres"),
    ],
)
def test_infinitive_after_the_one_addressed(nlp, text, content) -> None:
    [s] = extract(nlp, text)
    assert (s.method, s.content) == (ExtractionRule.INFINITIVE, content)


def test_addressee_with_a_noun_complement_is_no_infinitive(nlp) -> None:
    text = "Le conseil a reproché à la maire de Lorient son absence au dernier vote."
    assert all(s.method != ExtractionRule.INFINITIVE for s in extract(nlp, text))


def test_coordinated_infinitive_goes_on_with_the_same_report(nlp) -> None:
    text = (
        "Le parti a reproché à M. Leclerc de s'être exprimé devant les médias et d'avoir "
        "suggéré un acte grave."
    )
    [s] = extract(nlp, text)
    assert s.content == "de s'être exprimé devant les médias et d'avoir suggéré un acte grave"


def test_coordinated_reporting_verb_with_its_own_object_is_a_second_report(nlp) -> None:
    text = "Le maire a dénoncé la fermeture de l'usine et accusé le préfet de mentir."
    assert [s.content for s in extract(nlp, text)] == ["la fermeture de l'usine", "de mentir"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'La crue de la Vilaine va "durer quelques jours", prévient la préfecture.',
            'La crue de la Vilaine va "durer quelques jours"',
        ),
        ('Un défilé "historique", a renchéri le maire de Ploërmel.', 'Un défilé "historique"'),
        (
            'Un homme de 30 ans connu pour "violences" a été interpellé à Vannes vendredi matin, '
            "ont indiqué des sources policières.",
            'Un homme de 30 ans connu pour "violences" a été interpellé à Vannes vendredi matin',
        ),
    ],
)
def test_postposed_cue_after_words_that_end_with_or_hold_a_quotation_is_mixed(
    nlp, text, content
) -> None:
    [s] = extract(nlp, text)
    assert (s.kind, s.method, s.content) == ("mixed", ExtractionRule.POSTPOSED, content)


def test_quotation_that_is_the_whole_clause_stays_direct(nlp) -> None:
    [s] = extract(nlp, '"Nous ne fermerons pas l\'école de Ploërmel", a dit le maire.')
    assert (s.kind, s.method) == ("direct", ExtractionRule.INCISE)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Le journal régional évoque des documents saisis par la police de Brest.",
            "des documents saisis par la police de Brest",
            "évoque",
        ),
        (
            "Le maire de Lannion a mis en avant le travail réalisé par les bénévoles.",
            "le travail réalisé par les bénévoles",
            "a mis en avant",
        ),
        (
            "Le sénateur a taclé le cinéma d'auteur et notamment un film récent.",
            "le cinéma d'auteur et notamment un film récent",
            "a taclé",
        ),
    ],
)
def test_objects_of_verbs_of_stance_and_request(nlp, text, content, cue) -> None:
    [s] = extract(nlp, text)
    assert (s.method, s.content, s.cue) == (ExtractionRule.OBJECT, content, cue)


@pytest.mark.parametrize(
    "text",
    [
        # "mettre en avant" said of a thing, not by a speaker.
        "La crise a mis en avant les faiblesses du réseau de Lannion.",
        # Criticism of a thing by a thing.
        "La tempête a taclé les toitures du port de Morlaix.",
    ],
)
def test_objects_without_a_speaker_are_no_statements(nlp, text) -> None:
    assert extract(nlp, text) == []


def test_intention_with_an_infinitive(nlp) -> None:
    [s] = extract(nlp, "Le syndicat de Quimper entend consulter les salariés de son côté.")
    assert (s.method, s.content) == (
        ExtractionRule.INFINITIVE,
        "consulter les salariés de son côté",
    )


def test_hearing_is_no_statement(nlp) -> None:
    assert extract(nlp, "Les voisins ont entendu les cris de la victime.") == []


def test_verb_tagged_as_a_noun_before_que(nlp) -> None:
    text = "La ministre juge que le feuilleton va durcir les positions de la région."
    [s] = extract(nlp, text)
    assert (s.cue, s.speaker_mention, s.method) == ("juge", "La ministre", ExtractionRule.QUE)


def test_noun_before_a_relative_que_is_no_cue(nlp) -> None:
    assert extract(nlp, "Le juge que la cour a nommé siège depuis mai à Rennes.") == []


def test_reports_inside_a_postposed_clause_are_kept_with_it(nlp) -> None:
    text = (
        "Il conteste « toute participation aux vols » mais a reconnu le refus d'obtempérer, "
        "a précisé le parquet de Rennes."
    )
    found = {(s.method, s.content) for s in extract(nlp, text)}
    assert (
        ExtractionRule.POSTPOSED,
        "Il conteste « toute participation aux vols » mais a reconnu le refus d'obtempérer",
    ) in found
    assert (ExtractionRule.OBJECT, "le refus d'obtempérer") in found


def test_postposed_cue_after_a_headline_label_leaves_the_quotation_direct(nlp) -> None:
    [s] = extract(nlp, "Urgences de Morlaix : « Nous ne tiendrons pas l'été », prévient le chef.")
    assert (s.kind, s.method, s.content) == (
        "direct",
        ExtractionRule.INCISE,
        "Nous ne tiendrons pas l'été",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Contacté, le maire de Guingamp n'a pas souhaité répondre à nos questions.",
        "La direction de l'usine de Plérin ne veut pas commenter ces chiffres.",
    ],
)
def test_declining_to_speak_is_no_statement(nlp, text) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A wish in the conditional of hearsay: a position reported by the writer.
        (
            "Le maire de Guingamp souhaiterait prolonger le contrat du directeur.",
            "prolonger le contrat du directeur",
        ),
        # A refusal is a negative cue, and says something of the question.
        (
            "La direction de l'usine de Plérin a refusé d'y répondre de façon précise.",
            "d'y répondre de façon précise",
        ),
    ],
)
def test_wishes_that_are_not_refusals_to_speak_stay(nlp, text, content) -> None:
    [s] = extract(nlp, text)
    assert s.content == content


@pytest.mark.parametrize(
    ("text", "content", "mention", "method"),
    [
        # An adjective made a noun by its determiner names the speaker.
        (
            "Ce dernier a précisé que la passerelle de Morvillars resterait fermée.",
            "la passerelle de Morvillars resterait fermée",
            "Ce dernier",
            ExtractionRule.QUE,
        ),
        # An incidental phrase set off by commas between the cue and its "que".
        (
            "La ministre a annoncé, au sortir du conseil régional, que la taxe serait supprimée.",
            "la taxe serait supprimée",
            "La ministre",
            ExtractionRule.QUE,
        ),
        # An indirect question keeps its question word.
        (
            "Le maire de Vernac a expliqué pourquoi le marché de Noël serait annulé cette année.",
            "pourquoi le marché de Noël serait annulé cette année",
            "Le maire de Vernac",
            ExtractionRule.QUE,
        ),
        # "se dire" with a bare adjective states a position.
        (
            "La directrice de la fonderie de Lizac s'est dite confiante.",
            "confiante",
            "La directrice de la fonderie de Lizac",
            ExtractionRule.ATTRIBUTE,
        ),
        # "faire état de": the cue's own noun is no part of the content.
        (
            "La gendarmerie de Lizac a fait état de deux blessés légers.",
            "de deux blessés légers",
            "La gendarmerie de Lizac",
            ExtractionRule.OBJECT,
        ),
        # Calls to act and thanks: the ones called or thanked stay in the content.
        (
            "Le syndicat a convié les salariés à une assemblée générale.",
            "les salariés à une assemblée générale",
            "Le syndicat",
            ExtractionRule.OBJECT,
        ),
        (
            "La maire a remercié les bénévoles pour « leur énergie sans faille ».",
            "les bénévoles pour « leur énergie sans faille »",
            "La maire",
            ExtractionRule.OBJECT,
        ),
    ],
)
def test_reports_without_a_que_next_to_the_cue(nlp, text, content, mention, method) -> None:
    found = [(s.content, s.speaker_mention, s.method) for s in extract(nlp, text)]
    assert found == [(content, mention, method)]


@pytest.mark.parametrize(
    "text",
    [
        "Ce dernier a quitté la passerelle de Morvillars avant la fermeture.",
        "La ministre a quitté, au sortir du conseil régional, une salle plus petite que prévu.",
        "Personne ne comprend pourquoi le marché de Noël serait annulé cette année.",
        "La directrice de la fonderie de Lizac s'est montrée confiante.",
        "La gendarmerie de Lizac est en bon état de marche.",
        "Le syndicat a convié les salariés.",
        "La maire a remercié les bénévoles.",
    ],
)
def test_the_same_words_in_narration_report_nothing(nlp, text) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A wish verb with an infinitive is an intention, not a report.
        "L'avocat de la famille Morel souhaite porter plainte contre la clinique.",
        # An object that only names the topic says nothing of what was said.
        "Les élus de Vernac avaient évoqué ce sujet en commission.",
    ],
)
def test_intentions_and_bare_topics_are_not_statements(nlp, text) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "L'avocat de la famille Morel souhaite que la clinique soit entendue.",
            "la clinique soit entendue",
        ),
        (
            "Les élus de Vernac avaient évoqué la question du financement de la digue.",
            "la question du financement de la digue",
        ),
    ],
)
def test_a_wish_clause_and_a_topic_with_its_content_are_statements(nlp, text, content) -> None:
    assert [s.content for s in extract(nlp, text)] == [content]
