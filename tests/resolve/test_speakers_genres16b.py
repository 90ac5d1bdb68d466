"""Speakers of real French copy in hard genres (session 16b, issue 11): vox pops of the
regional press, sports reactions, court reports.

Each class was found on unseen real pages; the texts here are invented (people, places,
events) in the layout of that copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def speakers(nlp, text: str) -> list[str | None]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return [s.speaker.name if s.speaker else None for s in found]


# A person introduced by a first name alone and a description after a comma ("Odile,
# habitante de Vaubrune, a trouvé …"): the tagger calls the lone first name a miscellany,
# yet it is a person, whom a pronoun after it takes up.


def test_a_first_name_with_its_description_is_the_pronoun_antecedent(nlp) -> None:
    text = (
        "Mardi, Odile, habitante de Vaubrune où le ruisseau a débordé, a trouvé « un lac » "
        "dans son jardin. « L'eau arrivait aux genoux », raconte-t-elle à la radio locale.\n"
    )
    assert speakers(nlp, text) == ["Odile"]


def test_a_first_name_with_an_adverb_before_its_description(nlp) -> None:
    text = (
        "Le quartier a été évacué dans la nuit.\n"
        "Maëlle, également habitante de la rue, a dû dormir chez sa sœur. « C'est "
        "épuisant, on vide la cave chaque matin », explique-t-elle.\n"
    )
    assert speakers(nlp, text) == ["Maëlle"]


def test_a_capitalised_word_before_a_comma_and_no_description_is_no_person(nlp) -> None:
    text = (
        "Dans la nuit, Vaubrune, commune de la vallée, a vu le ruisseau déborder. « L'eau "
        "arrivait aux genoux », raconte-t-elle à la radio locale.\n"
    )
    assert speakers(nlp, text) == [None]


# A pronoun whose incise closes a quotation the parser ran on with the sentence of
# narration before it ("Jeudi, Marie, habitante de X, a découvert … « … », raconte-t-elle"):
# that sentence's main subject, before the words told, tells them, even with no previous
# speaker to take up.


def run_on(name: str, description: str) -> str:
    return (
        '"On se sent abandonnés": à Sarzac, la lassitude des sinistrés\n\n'
        "Ils ont de l'eau jusqu'aux chevilles depuis une semaine et n'en peuvent plus.\n\n"
        f"Jeudi, {name}, {description} de Sarzac où la rivière est sortie de son lit, a "
        'découvert "un lac" dans sa cour. "Mes bottes n\'étaient pas assez hautes", '
        "raconte-t-elle au micro de la radio locale.\n"
    )


def test_the_main_subject_of_a_run_on_sentence_tells_the_quotation(nlp) -> None:
    assert speakers(nlp, run_on("Armelle Quéré", "habitante"))[-1] == "Armelle Quéré"


def test_a_main_subject_of_the_other_gender_does_not_tell_it(nlp) -> None:
    assert speakers(nlp, run_on("Gaël Quéré", "habitant"))[-1] is None


# Reaction pages head each quotation with a line "Label : Name (description)" ("Le plus
# amer : Julien X (entraîneur de Vaubrune)"): the person named after the label's colon says
# the quotation under the line, as under a line that only names them.

REACTIONS = (
    "Les déclarations d'après-match.\n\n"
    "Le plus amer : Julien Ferrand (entraîneur de Vaubrune)\n"
    "« On a manqué de tout ce soir, je prends ma part de responsabilité. »\n"
    "Le plus heureux : Karim Delorme (entraîneur de Sarzac)\n"
    "« C'est une victoire de caractère, les garçons ont tout donné. »\n"
)


def test_the_person_after_a_label_says_the_quotation_under_it(nlp) -> None:
    assert speakers(nlp, REACTIONS) == ["Julien Ferrand", "Karim Delorme"]


def test_a_label_before_no_name_gives_nobody(nlp) -> None:
    text = (
        "Les déclarations d'après-match.\n\n"
        "Le point noir : la défense centrale\n"
        "« On a manqué de tout ce soir, je prends ma part de responsabilité. »\n"
    )
    assert speakers(nlp, text) == [None]


def test_a_name_in_a_label_line_with_a_verb_is_no_caption(nlp) -> None:
    text = (
        "Les déclarations d'après-match.\n\n"
        "Le tournant : l'arbitre a expulsé Julien Ferrand à la demi-heure.\n"
        "« On a manqué de tout ce soir, je prends ma part de responsabilité. »\n"
    )
    assert speakers(nlp, text) == [None]


# A verbless sentence that names one person and closes on a colon before a quotation ("Même
# sentiment chez Gaston X, du garage du centre : « … »") hands that person the floor, as it
# does when it closes on a full stop; a sentence with a finite verb is narration.


def test_a_verbless_sentence_before_a_colon_introduces_the_next_speaker(nlp) -> None:
    text = (
        "La crue a surpris les commerçants. « On a tout perdu en une nuit », soupire "
        "Lucienne Mabire, fleuriste rue du Port.\n"
        "Même sentiment chez Gaston Ribot, du garage du centre : « Mes machines sont "
        "fichues, je ne sais pas si je rouvrirai. »\n"
    )
    assert speakers(nlp, text) == ["Lucienne Mabire", "Gaston Ribot"]


def test_a_sentence_with_a_verb_before_the_colon_does_not(nlp) -> None:
    text = (
        "La crue a surpris les commerçants. « On a tout perdu en une nuit », soupire "
        "Lucienne Mabire, fleuriste rue du Port.\n"
        "Elle a aidé Gaston Ribot à vider son garage : « Mes machines sont fichues, je "
        "ne sais pas si je rouvrirai. »\n"
    )
    assert speakers(nlp, text)[-1] != "Gaston Ribot"


def test_a_place_before_the_next_clause_subject_is_no_person(nlp) -> None:
    text = (
        "Alors qu'il avait promis de garder l'école de Sarzac, le maire a changé d'avis. "
        "« Nous n'avons plus les moyens », a-t-il expliqué.\n"
    )
    assert speakers(nlp, text) != ["Sarzac"]
