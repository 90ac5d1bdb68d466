"""Reported speech on unseen copy (eleventh pass, issue 11), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration that
reports nothing, or a neighbouring construction that must keep its old reading. The texts
are invented, laid out as wire copy and regional pages write them.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text, language="fr"))


def speakers(statements) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in statements]


# -- a country named like a demonym is no person's description -------------------------------


def test_a_country_ending_like_a_demonym_speaks_as_a_place(nlp) -> None:
    text = "L'Ukraine a affirmé jeudi que les frappes sur Kherbalt avaient repris dans la nuit."
    (statement,) = extract(nlp, text)
    assert statement.content == "les frappes sur Kherbalt avaient repris dans la nuit"
    assert speakers([statement]) == ["Ukraine"]


def test_a_demonym_of_the_same_country_stays_a_person(nlp) -> None:
    text = "L'Ukrainienne a affirmé jeudi que les frappes sur Kherbalt avaient repris dans la nuit."
    (statement,) = extract(nlp, text)
    assert speakers([statement]) != ["Ukraine"]


# -- an adjunct between the auxiliary and the participle is inside the cue ---------------------


def test_an_adjunct_after_the_auxiliary_is_part_of_the_cue(nlp) -> None:
    texts = {
        "Le ministre Paul Varnier a d'ailleurs fait savoir qu'il ne se représenterait pas.": (
            "a d'ailleurs fait savoir"
        ),
        "La préfète Anne Coudray a par ailleurs indiqué que les routes resteraient fermées.": (
            "a par ailleurs indiqué"
        ),
        "La ministre a en outre assuré que le budget serait voté avant l'été.": (
            "a en outre assuré"
        ),
        "Les pompiers ont par la suite précisé que deux personnes avaient été relogées.": (
            "ont par la suite précisé"
        ),
    }
    for text, cue in texts.items():
        (statement,) = extract(nlp, text)
        assert statement.cue == cue, text


def test_an_adjunct_before_a_verb_without_auxiliary_stays_out_of_the_cue(nlp) -> None:
    text = "Par ailleurs, la préfète indique que les routes resteront fermées."
    (statement,) = extract(nlp, text)
    assert statement.cue == "indique"


def test_an_adjunct_inside_a_narrated_compound_tense_reports_nothing(nlp) -> None:
    text = "La préfète Anne Coudray a par ailleurs inauguré la nouvelle caserne des pompiers."
    assert extract(nlp, text) == []
