"""Direct quotations as real news lays them out: each construction with its narration twin.

Every sentence is invented for the test (people and places included).
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, Statement


def extract(nlp, text: str) -> list[Statement]:
    return statements_from_doc(nlp(text), Article(text=text))


def contents(statements: list[Statement]) -> list[str]:
    return [s.content for s in statements]


def test_bare_quotation_paragraph_after_blank_line_continues_the_speaker(nlp) -> None:
    text = (
        "« Nous rouvrirons la piscine avant l'été », a promis la maire de Villeneuve, "
        "Odile Ferrand.\n\n"
        "« Les travaux de la toiture sont presque finis et le bassin sera rempli en mai. »"
    )
    statements = extract(nlp, text)
    assert contents(statements) == [
        "Nous rouvrirons la piscine avant l'été",
        "Les travaux de la toiture sont presque finis et le bassin sera rempli en mai.",
    ]
    assert statements[1].speaker == statements[0].speaker


def test_bare_quotation_after_a_narration_paragraph_is_not_linked(nlp) -> None:
    text = (
        "« Nous rouvrirons la piscine avant l'été », a promis la maire de Villeneuve, "
        "Odile Ferrand.\n\n"
        "Le chantier a pris trois mois de retard à cause des pluies de l'hiver.\n\n"
        "« Les travaux de la toiture sont presque finis et le bassin sera rempli en mai. »"
    )
    assert contents(extract(nlp, text)) == ["Nous rouvrirons la piscine avant l'été"]


def test_incise_with_a_verb_outside_the_lexicon_when_its_subject_follows(nlp) -> None:
    text = "« Ce budget est une farce », a fulminé le sénateur Paul Méric devant la presse."
    [statement] = extract(nlp, text)
    assert statement.content == "Ce budget est une farce"
    assert statement.kind == "direct"
    assert statement.speaker_mention == "le sénateur Paul Méric"


def test_incise_with_a_glued_pronoun_needs_no_comma(nlp) -> None:
    text = "La maire a reçu les parents. « Nous avons fait ce que nous pouvions » a-t-elle réagi."
    statements = extract(nlp, text)
    assert "Nous avons fait ce que nous pouvions" in contents(statements)


def test_a_verb_after_a_quoted_title_with_its_subject_first_is_narration(nlp) -> None:
    text = "« La Traversée des sables », le roman de Lise Marnier, a conquis les libraires."
    assert extract(nlp, text) == []


def test_a_passive_after_a_quoted_word_is_narration(nlp) -> None:
    text = (
        "Un homme de 30 ans connu pour « violences conjugales » a été interpellé "
        "jeudi à Sarlat par les gendarmes."
    )
    assert [s for s in extract(nlp, text) if s.method == "incise"] == []


def test_a_quotation_ending_a_sentence_of_narration_makes_the_sentence_mixed(nlp) -> None:
    text = "La saison des Aigles a été « une longue galère », a reconnu l'entraîneur Marc Dufour."
    [statement] = extract(nlp, text)
    assert statement.kind == "mixed"
    assert statement.content == "La saison des Aigles a été « une longue galère »"


def test_a_quotation_after_a_headline_colon_stays_direct(nlp) -> None:
    text = "Fermeture de l'usine : « Nous irons jusqu'au bout », promet la syndicaliste Ana Vidal."
    [statement] = extract(nlp, text)
    assert statement.kind == "direct"
    assert statement.content == "Nous irons jusqu'au bout"
