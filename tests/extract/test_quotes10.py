"""Direct quotations, session 10: incises set inside the quotation marks.

Each construction has its narration twin. Every sentence is invented for the test (people,
clubs and places included).
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, Statement


def extract(nlp, text: str) -> list[Statement]:
    return statements_from_doc(nlp(text), Article(text=text))


def contents(statements: list[Statement]) -> list[str]:
    return [s.content for s in statements]


def test_incise_inside_runs_over_the_speakers_title_to_the_full_stop(nlp) -> None:
    text = (
        "Le club a chuté samedi. «On a le droit de perdre, ce n'est pas grave. Mais pas "
        "comme ça, a fustigé Marc Dellion, l'entraîneur lorrain. Il faudra tout revoir.»"
    )
    statements = extract(nlp, text)
    assert contents(statements) == [
        "On a le droit de perdre, ce n'est pas grave. Mais pas comme ça",
        "Il faudra tout revoir.",
    ]
    assert statements[0].speaker_mention == "Marc Dellion"


def test_incise_inside_runs_over_the_rest_of_its_speakers_description(nlp) -> None:
    text = (
        "«Je pense que le public aime notre style, a déclaré l'entraîneur des Faucons de "
        "Lyon. C'est rare de recevoir autant de soutien.»"
    )
    assert contents(extract(nlp, text)) == [
        "Je pense que le public aime notre style",
        "C'est rare de recevoir autant de soutien.",
    ]


def test_incise_inside_ends_at_the_comma_when_the_speaker_goes_on(nlp) -> None:
    # Narration twin: after the incise's comma come the speaker's own words (a verb), not
    # a title; the second piece starts there.
    text = "«Le projet avance, dit-il, nous signerons le contrat dès la semaine prochaine.»"
    assert contents(extract(nlp, text)) == [
        "Le projet avance",
        "nous signerons le contrat dès la semaine prochaine.",
    ]


def test_any_verb_with_a_glued_pronoun_is_an_incise_inside_the_marks(nlp) -> None:
    text = "«Nous étions trop lents au départ, pestait-il. Il faut revoir nos replis défensifs.»"
    statements = extract(nlp, text)
    assert contents(statements) == [
        "Nous étions trop lents au départ",
        "Il faut revoir nos replis défensifs.",
    ]
    assert statements[0].cue == "pestait-il"


def test_a_subject_inverted_in_the_speakers_own_words_is_no_incise(nlp) -> None:
    text = (
        "«Demain, viendra le nouveau directeur, et tout changera pour les salariés», a promis "
        "la syndicaliste."
    )
    assert contents(extract(nlp, text)) == [
        "Demain, viendra le nouveau directeur, et tout changera pour les salariés"
    ]


def test_a_first_person_clause_after_a_comma_is_no_incise(nlp) -> None:
    text = (
        "«Il nous manque du rythme, avouait-il. Ensuite, nous concédons deux buts sur des "
        "pertes de balle. Il faut réagir.»"
    )
    assert contents(extract(nlp, text)) == [
        "Il nous manque du rythme",
        "Ensuite, nous concédons deux buts sur des pertes de balle. Il faut réagir.",
    ]


def test_incise_after_a_question_mark_splits_the_quotation(nlp) -> None:
    text = (
        "« Est-ce qu'on me menace ? a alors demandé Mme Brivet. Je ne laisserai personne me "
        "faire taire dans cette salle. » a-t-elle lancé."
    )
    statements = extract(nlp, text)
    assert contents(statements) == [
        "Est-ce qu'on me menace ?",
        "Je ne laisserai personne me faire taire dans cette salle.",
    ]
    assert statements[0].speaker_mention == "Mme Brivet"
    assert statements[1].cue == "a-t-elle lancé"


def test_a_question_then_a_new_sentence_is_one_quotation(nlp) -> None:
    text = (
        "« Faut-il vraiment attendre ? Nous demandons une réponse du ministère avant "
        "l'été », a insisté la déléguée syndicale."
    )
    assert contents(extract(nlp, text)) == [
        "Faut-il vraiment attendre ? Nous demandons une réponse du ministère avant l'été"
    ]


def test_quotations_side_by_side_before_one_incise_are_each_its_speakers(nlp) -> None:
    text = (
        'Le ministre s\'est montré confiant lundi. "La crise est finie", "les prix baissent '
        'enfin", "nous avons tenu bon", a-t-il notamment déclaré devant la presse.'
    )
    statements = extract(nlp, text)
    assert contents(statements) == [
        "La crise est finie",
        "les prix baissent enfin",
        "nous avons tenu bon",
    ]
    assert {s.cue for s in statements} == {"a-t-il notamment déclaré"}
    assert {s.kind for s in statements} == {"direct"}


def test_quotations_linked_by_a_conjunction_or_a_relative_clause_are_split(nlp) -> None:
    for text, expected in (
        (
            '"Le principe de l\'aide est acquis" mais "son montant dépendra des dégâts '
            'constatés", a déclaré le préfet Luc Arnal.',
            ["Le principe de l'aide est acquis", "son montant dépendra des dégâts constatés"],
        ),
        (
            "« Je suis certaine que plusieurs élus voteront contre ce texte », dont l'examen "
            "commence mardi au Sénat, « et je m'en félicite », a ajouté la sénatrice Anne Vidal.",
            [
                "Je suis certaine que plusieurs élus voteront contre ce texte",
                "et je m'en félicite",
            ],
        ),
    ):
        statements = extract(nlp, text)
        assert contents(statements) == expected
        assert {s.method for s in statements} == {"incise"}


def test_quoted_words_inside_a_clause_of_narration_are_no_chain(nlp) -> None:
    # Narration twin: the first quotation closes a verb of the narration ("a dénoncé"),
    # so the quotations are words of that clause, not statements side by side.
    text = (
        "Le maire a dénoncé « une gestion opaque » et « un mépris des habitants », a "
        "rapporté la presse locale."
    )
    assert all(s.kind != "direct" for s in extract(nlp, text))


def test_a_clause_of_the_speaker_after_a_comma_is_no_incise_inside(nlp) -> None:
    # Narration twin of the incise inside: "vous êtes passé … la juge" has its subject
    # before the verb; the words are the president's, cut nowhere.
    text = (
        "\"Pourtant, vous êtes déjà passé devant la police ainsi que la juge d'instruction. "
        'Que faisiez-vous ce soir-là ?", lui demande la présidente.'
    )
    [statement] = [s for s in extract(nlp, text) if s.kind == "direct"]
    assert statement.content.startswith("Pourtant, vous êtes")
    assert statement.speaker_mention == "la présidente"


def test_a_word_of_the_quotation_is_never_the_inner_incises_speaker(nlp) -> None:
    text = (
        "\"Je ne veux pas de sursis parce que je n'aime pas les contrôles, dira ce dernier. "
        'Je préfère encore la prison."'
    )
    statements = extract(nlp, text)
    assert contents(statements) == [
        "Je ne veux pas de sursis parce que je n'aime pas les contrôles",
        "Je préfère encore la prison.",
    ]
    assert all(s.speaker_mention != "Je" for s in statements)


def test_a_preposition_of_attribution_after_the_quotation_names_its_source(nlp) -> None:
    text = (
        "Les discussions piétinent. « Il y a eu beaucoup d'annonces, mais rien n'a bougé "
        "depuis trois semaines. Il faut des actes », pour le ministre des Finances, Paul "
        "Lenoir, lors d'un entretien à la radio."
    )
    [statement] = extract(nlp, text)
    assert statement.kind == "direct"
    assert statement.content.endswith("Il faut des actes")
    assert statement.speaker_mention.startswith("le ministre des Finances")


def test_a_preposition_opening_a_clause_of_its_own_is_no_source(nlp) -> None:
    # Narration twin: after "pour le ministre" comes a clause with its own verb; the
    # preposition opens it and names no source of the quotation before.
    text = (
        "Le dossier avance. « Nous signerons bientôt », pour le ministre cela ne fait aucun doute."
    )
    assert not any(s.kind == "direct" for s in extract(nlp, text))


def test_a_name_after_a_dash_signs_the_quotation(nlp) -> None:
    for text, name in (
        (
            "« Nous devons travailler plus fort. Tout le monde doit jouer son meilleur match "
            "chaque soir. »\n\n– Marc Bolduc\n\nLa défaite laisse des traces.",
            "Marc Bolduc",
        ),
        ("«Une soirée vraiment bizarre» - Luc Tremblay\n\nLe club a perdu jeudi.", "Luc Tremblay"),
    ):
        [statement] = extract(nlp, text)
        assert (statement.kind, statement.speaker_mention) == ("direct", name)


def test_a_dash_inside_narration_signs_nothing(nlp) -> None:
    text = "Le maire a salué « une belle réussite » - Paul Roy était absent."
    assert not any(s.kind == "direct" for s in extract(nlp, text))


def test_a_quoted_sentence_then_a_colon_and_a_named_subject_is_its_words(nlp) -> None:
    text = (
        "«Ce sont les joueurs qui gagnent les matches. Pas l'entraîneur !»: Paul Moret la "
        "jouait modeste samedi soir."
    )
    [statement] = extract(nlp, text)
    assert statement.speaker_mention == "Paul Moret"
    assert statement.content == "Ce sont les joueurs qui gagnent les matches. Pas l'entraîneur !"


def test_a_quoted_title_then_a_colon_is_no_statement(nlp) -> None:
    text = "« Le Dîner de cons » : Paul Moret a revu le film hier soir avec ses enfants."
    assert not any(s.kind == "direct" for s in extract(nlp, text))


def test_a_quotation_right_after_an_incise_goes_on_with_its_speaker(nlp) -> None:
    for text in (
        "« Nous partirons demain », a dit Paul Roy, « et nous reviendrons en juin avec "
        "toute l'équipe ».",
        "\"Je n'ai aucun doute\" a martelé l'avocate générale \"L'accusé a bien voulu tuer "
        'sa voisine, ses menaces de la veille le prouvent"',
    ):
        statements = extract(nlp, text)
        assert len(statements) == 2
        assert {s.kind for s in statements} == {"direct"}
        assert statements[0].speaker_mention == statements[1].speaker_mention


def test_quoted_words_after_a_clause_of_narration_continue_no_incise(nlp) -> None:
    # Narration twin: "« froid », avait le contrôle" is no incise, so the quoted noun
    # phrase after it is narration's too.
    text = (
        "Ce n'était pas un acte de folie puisque l'accusé, un homme « froid » et « rigide », "
        "avait le contrôle de ses actes et un « grand sens du discernement »."
    )
    assert not any(s.kind == "direct" for s in extract(nlp, text))
