"""Reported speech as real copy lays it out (sixth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, ExtractionRule


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text))


def test_a_quotation_paragraph_under_a_subheading_continues_the_speaker(nlp) -> None:
    text = (
        "Après la défaite de Valmont en coupe, l'entraîneur Marc Delorme s'est présenté "
        "devant la presse. « Nous n'avons rien à regretter », a-t-il déclaré.\n\n"
        "Un vestiaire soudé\n"
        "« Les joueurs ont tout donné jusqu'à la dernière minute. Nous reviendrons plus forts "
        "la saison prochaine, j'en suis convaincu. »\n"
    )
    first, second = extract(nlp, text)
    assert second.method == ExtractionRule.FLOATING
    assert second.content.startswith("Les joueurs ont tout donné")
    assert first.speaker is not None and second.speaker == first.speaker


def test_a_quotation_paragraph_with_no_statement_before_it_is_kept(nlp) -> None:
    text = (
        "« Je n'ai jamais demandé la fermeture de cette usine, et je ne la demanderai pas. »\n"
        "Le préfet Alain Couderc a rappelé mardi son attachement au site de Brévannes."
    )
    statements = extract(nlp, text)
    assert statements[0].method == ExtractionRule.FLOATING
    assert statements[0].content.startswith("Je n'ai jamais demandé")


def test_a_short_quoted_paragraph_is_a_slogan_not_a_statement(nlp) -> None:
    text = (
        "« Sauvons la gare de Brévannes »\n"
        "Une centaine d'habitants ont défilé samedi dans le centre-ville.\n"
    )
    assert extract(nlp, text) == []


def test_a_quoted_title_opening_a_paragraph_of_narration_is_no_statement(nlp) -> None:
    text = (
        "Le festival a ouvert ses portes vendredi.\n\n"
        "« Les jardins oubliés de la vallée et leurs anciens gardiens » est le titre de "
        "l'exposition installée dans la grange de la commune.\n"
    )
    assert extract(nlp, text) == []


def test_a_quotation_after_a_title_and_a_colon_is_a_statement(nlp) -> None:
    text = (
        "Un gymnase de Valmorel ravagé par un incendie : « C'est tout un quartier qui perd "
        "son lieu de vie »\n"
        "Le feu a pris dans la nuit de lundi à mardi.\n"
    )
    [statement] = extract(nlp, text)
    assert statement.content == "C'est tout un quartier qui perd son lieu de vie"
    assert statement.kind == "direct"


def test_a_short_quoted_name_after_a_title_and_a_colon_is_no_statement(nlp) -> None:
    text = (
        "Fête de la vallée à Valmorel : « Un été pas comme les autres »\n"
        "Le feu a pris dans la nuit de lundi à mardi.\n"
    )
    assert extract(nlp, text) == []


def test_an_adjective_of_a_political_family_made_a_noun_is_a_speaker(nlp) -> None:
    text = (
        "La centriste bretonne reconnaît que la majorité est fragile, mais souligne que "
        "le budget sera voté."
    )
    first, second = extract(nlp, text)
    assert (first.content, first.speaker_mention) == (
        "la majorité est fragile",
        "La centriste bretonne",
    )
    assert second.content == "le budget sera voté"


def test_an_adjective_made_a_noun_that_names_no_one_is_no_speaker(nlp) -> None:
    # "Le plus étonnant souligne que …": a quality made a noun, no political family.
    text = "Le plus étonnant souligne que la saison a été longue pour le club."
    assert extract(nlp, text) == []
