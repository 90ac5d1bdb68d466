"""Speakers on real French copy (session 19c): two people in one passage.

Each class was found on real French news pages where one person's statement went to the
other person of the passage; the texts here are invented (people, places, prizes) in the
layout of that copy.
"""

from __future__ import annotations

from said_by import speaker_of, speakers

# 1. A postposed subject whose apposition gives a second title before the name ("a annoncé
# le président du jury, l'écrivain Marc X."): the name is the speaker's, not someone the
# article described before.

JURY = (
    "Le prix Lormont a été attribué lundi au romancier Paul Verdier pour son roman "
    "« Les Saules ».\n"
    "Il a été choisi au premier tour avec six voix, a annoncé le président du jury, "
    "l'écrivain Marc Dutilleul{tail}\n"
)


def test_a_second_title_before_the_name_is_the_subject_apposition(nlp) -> None:
    text = JURY.format(tail=".")
    mention = "le président du jury, l'écrivain Marc Dutilleul"
    assert speaker_of(nlp, text, mention) == "Marc Dutilleul"


def test_a_second_title_in_a_list_is_no_apposition(nlp) -> None:
    text = JURY.format(tail=" et l'éditrice Anne Roussel étant absents.")
    mentions = [mention for mention, _ in speakers(nlp, text)]
    assert "le président du jury" in mentions


# 2. "l'écrivain" is a person's description ("a réagi l'écrivain de 61 ans"), and a name
# right after a place's noun in lower case after a preposition of place ("au restaurant
# Valmont") is the place's, no apposition of the description before it.

WRITER = (
    "Le prix Lormont a été attribué lundi au romancier Paul Verdier pour son roman "
    "« Les Saules ».\n"
    "« Je suis très content, je n'ai pas d'autres mots », a réagi {who} au restaurant "
    "{place}, à Lyon, où sont remis les prix.\n"
)


def test_the_writer_of_an_age_is_the_novelist_named_before(nlp) -> None:
    text = WRITER.format(who="l'écrivain de 61 ans", place="Valmont")
    assert speaker_of(nlp, text, "l'écrivain de 61 ans") == "Paul Verdier"


def test_a_name_after_a_place_noun_is_no_apposition(nlp) -> None:
    text = WRITER.format(who="l'auteur de 61 ans", place="Marchetti")
    assert speaker_of(nlp, text, "l'auteur de 61 ans") == "Paul Verdier"


def test_a_name_after_a_person_noun_stays_an_apposition(nlp) -> None:
    text = (
        "La fête du quartier a été annulée samedi à Valbrune.\n"
        "« Nous la reprogrammerons en juin », a promis l'adjoint au maire Hugo Ferrand.\n"
    )
    assert speaker_of(nlp, text, "l'adjoint au maire Hugo Ferrand") == "Hugo Ferrand"


# 3. A feminine description ("la romancière") takes up the person known as a woman before
# a person only named in passing whose gender the article never showed ("le roman de
# Tobias X"), but not before a person the narration made a subject.

PRIZES = (
    "Le prix Lormont récompense le roman de Tobias Verlaque\n\n"
    'Le prix Lormont a couronné cette année le roman "Les Saules" de Tobias Verlaque. De son '
    'côté le jury du prix Sarrasin a choisi le roman de Claire Dumoulin, "La Rive" '
    "(éditions Haute-Mer). La romancière s'est dite ravie de ce prix pour un livre qui était "
    '"un risque" pour elle.\n'
)


def test_the_novelist_known_as_a_woman_comes_first(nlp) -> None:
    assert speaker_of(nlp, PRIZES, "La romancière") == "Claire Dumoulin"


def test_a_subject_of_unknown_gender_keeps_the_feminine_description(nlp) -> None:
    text = (
        "Ilka Varnowska a remporté le tournoi de Valbrune après sa victoire en finale contre "
        "l'Américaine Jenny Morrow samedi. « Cette année, il y avait beaucoup de pression », "
        "a réagi la Polonaise sur le podium.\n"
    )
    assert speaker_of(nlp, text, "la Polonaise") == "Ilka Varnowska"


# 4. A head whose feminine the press always writes for a woman ("candidat", "candidate")
# says a man even after "l'": "l'ex-candidat" is not the woman who speaks of him.

CANDIDATE = (
    "Sophie Marchal, présidente du Parti du progrès, a répliqué jeudi à {other}. {head} du "
    "Mouvement rural à la présidentielle avait dénoncé « une campagne truquée ». « Il se "
    "plaint matin et soir », a ironisé la présidente du parti.\n"
)


def test_the_former_candidate_is_the_man_answered(nlp) -> None:
    text = CANDIDATE.format(other="Bernard Lescure", head="L'ex-candidat")
    assert speaker_of(nlp, text, "L'ex-candidat du Mouvement rural à la présidentielle") == (
        "Bernard Lescure"
    )


def test_an_author_may_still_be_a_woman(nlp) -> None:
    text = CANDIDATE.format(other="la presse", head="L'auteur")
    mention = "L'auteur du Mouvement rural à la présidentielle"
    assert speaker_of(nlp, text, mention) == "Sophie Marchal"


# 5. A sentence opening on whom its subject answers ("En réaction au chef de l'opposition,
# Marc X, qui a exigé …, il a répondu que …"): the person named there, even as the speaker
# of the statement just before, is not the subject pronoun.

REPLY = (
    "« Je n'ai rien à me reprocher », a dit le maire Julien Fargeot mardi soir. Le maire "
    "était de passage à Valbrune.\n\n"
    "En réaction au chef de l'opposition, Marc Delorme, qui a exigé la démission du maire, "
    "il a répondu que les électeurs trancheraient dans quelques mois.\n"
)


def test_the_person_answered_is_not_the_pronoun(nlp) -> None:
    assert speaker_of(nlp, REPLY, "il") == "Julien Fargeot"


def test_a_subject_named_before_the_pronoun_is_still_its_antecedent(nlp) -> None:
    text = (
        "« Je n'ai rien à me reprocher », a dit le maire Julien Fargeot mardi soir.\n\n"
        "Le chef de l'opposition, Marc Delorme, a exigé la démission du maire. Il a ajouté "
        "que les électeurs trancheraient dans quelques mois.\n"
    )
    assert speaker_of(nlp, text, "Il") == "Marc Delorme"


# 6. A floating quotation after a narration whose subject the parser hung on an adverb
# between the auxiliary and its verb ("Jenny X a d'abord essuyé ses larmes"): that subject
# still heads a main clause and takes the floor from the previous speaker.

FINAL = (
    'Ilka Varnowska a remporté le tournoi de Valbrune samedi. "Il y avait beaucoup de '
    'pression", a déclaré Varnowska, qui a aussi eu "une pensée pour son père". En face, '
    "{narration} \"C'est incroyable ce que tu réalises. J'espère que je pourrai encore jouer "
    'des finales contre toi."\n'
)


def test_a_subject_hung_on_an_adverb_takes_the_floor(nlp) -> None:
    text = FINAL.format(
        narration="Jenny Morrow a d'abord essuyé ses larmes avant de féliciter la Polonaise."
    )
    assert speakers(nlp, text)[-1][1] == "Jenny Morrow"


def test_a_person_in_the_object_does_not_take_the_floor(nlp) -> None:
    text = FINAL.format(
        narration="le public a d'abord applaudi Jenny Morrow avant de féliciter la Polonaise."
    )
    assert speakers(nlp, text)[-1][1] != "Jenny Morrow"
