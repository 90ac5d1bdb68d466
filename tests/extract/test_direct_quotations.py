"""Direct quotations as real news lays them out: each construction with its narration twin.

Every sentence is invented for the test (people and places included).
"""

from __future__ import annotations

import pytest

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


def test_bare_quotation_after_a_narration_paragraph_is_a_statement(nlp) -> None:
    # A quotation set as a paragraph of its own is a statement even after a paragraph of
    # narration (real copy lays a speaker's words out so); who said it is left to speaker
    # resolution.
    text = (
        "« Nous rouvrirons la piscine avant l'été », a promis la maire de Villeneuve, "
        "Odile Ferrand.\n\n"
        "Le chantier a pris trois mois de retard à cause des pluies de l'hiver.\n\n"
        "« Les travaux de la toiture sont presque finis et le bassin sera rempli en mai. »"
    )
    first, second = extract(nlp, text)
    assert first.content == "Nous rouvrirons la piscine avant l'été"
    assert second.content.startswith("Les travaux de la toiture")
    assert second.method == "floating"


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


def test_the_subject_of_an_incise_taken_for_an_object_still_speaks(nlp) -> None:
    text = "« Le tramway, c'est le projet de notre équipe », a taclé l'élue sur RadioSud."
    [statement] = extract(nlp, text)
    assert statement.content == "Le tramway, c'est le projet de notre équipe"
    assert statement.speaker_mention == "l'élue"


def test_narrative_infinitive_continues_the_previous_speaker(nlp) -> None:
    first = "« Le club ira loin cette saison », a estimé le président Noël Garin."
    for text in (
        first + " Et d'ajouter « Nos jeunes joueurs ont tout compris très vite ».",
        first + " Et de poursuivre : « Nos jeunes joueurs ont tout compris très vite ».",
        first + " Avant de conclure avec un sourire : « Nos jeunes joueurs ont tout compris ».",
    ):
        statements = extract(nlp, text)
        assert len(statements) == 2, text
        assert statements[1].content.startswith("Nos jeunes joueurs")
        assert statements[1].speaker == statements[0].speaker


def test_a_narrative_infinitive_with_no_speaker_before_is_not_a_statement(nlp) -> None:
    text = "Avant de conclure la visite : « La Maison des Saules », un foyer rénové en mars."
    assert extract(nlp, text) == []


def test_incise_as_an_infinitive_after_de(nlp) -> None:
    text = (
        "« Nous avons convaincu la juge Laure Viens de présider la commission », "
        "d'ajouter le ministre."
    )
    [statement] = extract(nlp, text)
    assert statement.content.startswith("Nous avons convaincu")
    assert statement.speaker_mention == "le ministre"


def test_a_day_word_between_the_verb_and_the_colon(nlp) -> None:
    text = "Le président Noël Garin a déclaré lundi : « Nos jeunes joueurs ont tout compris. »"
    [statement] = extract(nlp, text)
    assert statement.kind == "direct"
    assert statement.content == "Nos jeunes joueurs ont tout compris."
    assert statement.speaker_mention == "Le président Noël Garin"


def test_a_day_word_then_a_colon_in_narration_is_not_a_statement(nlp) -> None:
    text = (
        "Le président Noël Garin est arrivé lundi. Au programme : « Les jeunes face aux anciens »."
    )
    assert extract(nlp, text) == []


def test_a_straight_quote_set_off_by_spaces_opens_after_a_full_stop(nlp) -> None:
    text = (
        '"Nous tiendrons le cap", estime la maire Inès Caron. " Distancée dans les sondages, '
        "l'opposition durcit son discours\", ajoute-t-elle."
    )
    assert contents(extract(nlp, text)) == [
        "Nous tiendrons le cap",
        "Distancée dans les sondages, l'opposition durcit son discours",
    ]


def test_incise_inside_the_marks_splits_the_quotation_at_the_speaker(nlp) -> None:
    text = (
        "« Je trouve anormal de recevoir dans la nuit une facture de cette taille pour "
        "l'eau du stade, déplore le maire de Sauzet. Qui va payer ? »"
    )
    statements = extract(nlp, text)
    assert [s.speaker_mention for s in statements] == ["le maire de Sauzet"] * 2
    assert statements[1].content == "Qui va payer ?"


def test_a_bare_quotation_after_a_reporting_sentence_is_its_subjects(nlp) -> None:
    text = (
        "Interrogée mardi sur RadioSud, Mathilde Sorel a répondu aux critiques sur la "
        "gestion du port. « Elle ne m'étonne pas, cette gestion, elle dure depuis dix ans. »"
    )
    statements = extract(nlp, text)
    quoted = [s for s in statements if s.content.startswith("Elle ne m'étonne pas")]
    assert len(quoted) == 1
    assert quoted[0].speaker_mention == "Mathilde Sorel"


def test_a_bare_quotation_after_narration_without_a_reporting_verb_has_no_speaker(nlp) -> None:
    text = (
        "Arrivée mardi à Sète, Mathilde Sorel visite longuement le port avec les dockers. "
        "« Elle ne m'étonne pas, cette gestion, elle dure depuis dix ans. »"
    )
    assert extract(nlp, text) == []


def test_a_bare_quotation_after_a_refusal_to_comment_is_not_attributed(nlp) -> None:
    text = (
        "Mathilde Sorel n'a pas commenté la gestion du port. "
        "« Elle ne m'étonne pas, cette gestion, elle dure depuis dix ans. »"
    )
    assert [s for s in extract(nlp, text) if s.content.startswith("Elle ne")] == []


@pytest.mark.xfail(
    strict=True,
    reason="reported.py's postposed rule (16ceec9) takes a quotation after a comma for the "
    "end of a clause of narration (mixed); the gold has it direct",
)
def test_a_quotation_after_a_comma_opens_its_own_clause(nlp) -> None:
    text = (
        "En tout cas, « notre équipe a retrouvé le goût de gagner », poursuit le coach Léo Bardin."
    )
    [statement] = extract(nlp, text)
    assert statement.kind == "direct"
    assert statement.content == "notre équipe a retrouvé le goût de gagner"


def test_a_participle_of_a_noun_does_not_stop_the_mixed_sentence(nlp) -> None:
    text = (
        "Le suspect interpellé était « un voisin sans histoire », a ajouté le procureur Yves Bal."
    )
    [statement] = extract(nlp, text)
    assert statement.kind == "mixed"
    assert statement.content == "Le suspect interpellé était « un voisin sans histoire »"


def test_a_subheading_or_caption_gives_the_quotation_to_the_name_before_the_colon(nlp) -> None:
    body = "La maire a présenté son budget jeudi soir devant le conseil municipal."
    for line, mention in (
        ("Mila Ortiz : « Nous ne toucherons pas aux impôts locaux »", "Mila Ortiz"),
        ("Mila Ortiz sur RadioSud : « Nous ne toucherons pas aux impôts locaux »", "Mila Ortiz"),
    ):
        statements = extract(nlp, body + "\n\n" + line + "\n\nLa séance a duré deux heures.")
        assert [(s.content, s.speaker_mention) for s in statements] == [
            ("Nous ne toucherons pas aux impôts locaux", mention)
        ], line


def test_a_colon_after_a_place_or_a_topic_gives_no_speaker(nlp) -> None:
    body = "La maire a présenté son budget jeudi soir devant le conseil municipal."
    for line in (
        "Au programme : « Une soirée de débats sur les impôts locaux »",
        "Vernoux : « Une soirée de débats sur les impôts locaux »",
        "Interruption de séance : « Une soirée de débats sur les impôts locaux »",
    ):
        text = body + "\n\n" + line + "\n\nLa séance a duré deux heures."
        assert [s for s in extract(nlp, text) if s.kind == "direct"] == [], line


def test_a_bare_quotation_paragraph_after_a_paragraph_ending_on_a_report(nlp) -> None:
    text = (
        "Le maire de Vaucluse, Jean Vidal, estime avoir été mis devant le fait accompli, "
        "reprochant à la préfecture de ne pas l'avoir consulté.\n\n"
        "« Qu'est-ce que je vais dire aux riverains qui vivent le long de cette route ? »"
    )
    statements = extract(nlp, text)
    assert len(statements) == 2
    assert statements[1].content.startswith("Qu'est-ce que je vais dire")
    assert statements[1].speaker == statements[0].speaker


def test_a_bare_quotation_paragraph_after_a_report_and_more_narration_is_kept(nlp) -> None:
    text = (
        "Le maire de Vaucluse, Jean Vidal, estime avoir été mis devant le fait accompli, "
        "reprochant à la préfecture de ne pas l'avoir consulté. Les caravanes sont arrivées "
        "dans la nuit de samedi.\n\n"
        "« Qu'est-ce que je vais dire aux riverains qui vivent le long de cette route ? »"
    )
    [quote] = [s for s in extract(nlp, text) if s.content.startswith("Qu'est-ce")]
    assert quote.kind == "direct"


def test_a_quotation_inside_a_paragraph_is_not_linked_to_the_paragraph_before(nlp) -> None:
    text = (
        "La préfecture a annoncé vendredi l'interdiction des feux de camp.\n\n"
        "Un habitant de Lugos, Paul Sirven, dit « n'avoir jamais vu ça ». "
        "« En trente ans de métier, je n'ai jamais connu un été pareil. »"
    )
    statements = extract(nlp, text)
    later = [s for s in statements if s.content.startswith("En trente ans")]
    assert all(s.speaker is None or "fecture" not in s.speaker.name for s in later)
