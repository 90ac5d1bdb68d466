"""Reported speech as real copy writes it (fifth pass), on sentences written for the test.

Each construction has a positive case and a negative one: the same words in narration
that reports nothing, or a neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from extracted import extract

from dixit.model import ExtractionRule


def test_a_colon_after_a_reported_clause_ends_it_before_the_quotation(nlp) -> None:
    text = (
        "La conseillère Odile Sarrazin estime que le quartier a été oublié : "
        "« Personne ne vient jamais voir nos trottoirs défoncés. »"
    )
    clause, quote = extract(nlp, text)
    assert (clause.method, clause.content) == (
        ExtractionRule.QUE,
        "le quartier a été oublié",
    )
    assert quote.content == "Personne ne vient jamais voir nos trottoirs défoncés."
    assert quote.speaker_mention == clause.speaker_mention


def test_a_quotation_inside_the_clause_still_leaves_the_colon_quotation_to_the_speaker(
    nlp,
) -> None:
    text = (
        "Le maire Hugues Ferrand juge que « la commune paie trop » et qu'il ne cédera pas : "
        "« Nous avons déjà fait assez d'efforts. »"
    )
    clause, quote = extract(nlp, text)
    assert clause.content == "« la commune paie trop » et qu'il ne cédera pas"
    assert quote.content == "Nous avons déjà fait assez d'efforts."
    assert quote.speaker_mention == clause.speaker_mention


def test_a_quotation_right_after_que_and_a_colon_is_the_clause_itself(nlp) -> None:
    # "que : « … »": the colon sits between the complementizer and its clause.
    text = (
        "L'entraîneur Paul Vasseur fait remarquer que : « Nous connaissons bien cette "
        "équipe, le match sera très disputé. »"
    )
    [statement] = extract(nlp, text)
    assert "Nous connaissons bien cette équipe" in statement.content


def test_a_colon_inside_the_quotation_of_a_clause_cuts_nothing(nlp) -> None:
    text = (
        "La directrice Anne Morvan a expliqué que « deux choses comptent : la sécurité et "
        "les horaires » pour les familles."
    )
    [statement] = extract(nlp, text)
    assert statement.content.endswith("pour les familles")


def test_a_quoted_object_runs_over_its_sentences_to_the_closing_mark(nlp) -> None:
    text = (
        "Le syndic Marc Aubertin dénonce un « projet bâclé, mené sans les riverains. "
        "Même si la mairie promet des réunions, personne n'a été consulté »."
    )
    [statement] = extract(nlp, text)
    assert statement.content.endswith("personne n'a été consulté »")
    assert statement.content.startswith("un « projet bâclé")


def test_a_quotation_opening_the_next_sentence_stays_out_of_the_object(nlp) -> None:
    text = (
        "Elle regrette la fermeture de la gare de Vernay. "
        "« On sait que ce sont les anciens qui prenaient ce train. Ils devront conduire. »"
    )
    statements = extract(nlp, text)
    assert statements[0].content == "la fermeture de la gare de Vernay"


def test_an_object_after_a_comma_set_incidental_is_the_statement(nlp) -> None:
    text = "La maire a réfuté en bloc, ce lundi 3 mars, les accusations de favoritisme."
    [statement] = extract(nlp, text)
    assert (statement.method, statement.content) == (
        ExtractionRule.OBJECT,
        "les accusations de favoritisme",
    )


def test_an_object_hung_on_a_date_after_an_incidental_is_the_statement(nlp) -> None:
    text = "Anne Morel a réfuté en bloc, ce dimanche 12 mai les accusations d'entente avec Lyon."
    [statement] = extract(nlp, text)
    assert statement.content == "les accusations d'entente avec Lyon"


def test_an_object_after_an_incidental_of_narration_reports_nothing(nlp) -> None:
    text = "La maire a visité en personne, ce lundi 3 mars, les locaux de l'école."
    assert extract(nlp, text) == []


def test_a_reporting_verb_in_quotation_marks_of_its_own_still_reports(nlp) -> None:
    text = (
        "Le président, Paul Marchand, a «reconnu», hier, la responsabilité de la ville "
        "«dans l'abandon des quais», après des années."
    )
    [statement] = extract(nlp, text)
    assert statement.content == "la responsabilité de la ville «dans l'abandon des quais»"
    assert statement.cue_lemma == "reconnaître"


def test_a_reporting_verb_inside_a_longer_quotation_reports_nothing_of_its_own(nlp) -> None:
    text = "« Il a reconnu la responsabilité de la ville », a raconté le riverain Paul Marchand."
    [statement] = extract(nlp, text)
    assert statement.method == ExtractionRule.INCISE


def test_words_after_a_quotation_opening_the_sentence_make_a_mixed_postposed_report(
    nlp,
) -> None:
    text = (
        "« Plusieurs interventions sont en cours en raison des inondations » dans la "
        "vallée, a indiqué la protection civile à l'AFP."
    )
    [statement] = extract(nlp, text)
    assert (statement.method, statement.kind) == (ExtractionRule.POSTPOSED, "mixed")
    assert statement.content.endswith("dans la vallée")


def test_a_quotation_right_before_its_incise_stays_direct(nlp) -> None:
    text = (
        "« Plusieurs interventions sont en cours en raison des inondations », a indiqué "
        "la protection civile dans la vallée."
    )
    [statement] = extract(nlp, text)
    assert (statement.method, statement.kind) == (ExtractionRule.INCISE, "direct")


def test_an_incise_with_the_clitic_of_the_one_addressed_names_the_speaker_after_it(
    nlp,
) -> None:
    text = (
        "« On va bloquer les ronds-points tant qu'il le faudra », nous dit un agriculteur "
        "de la Brenne. « Nous ne partirons pas sans réponse », nous explique-t-elle."
    )
    farmer, other = extract(nlp, text)
    assert (farmer.method, farmer.speaker_mention) == (
        ExtractionRule.INCISE,
        "un agriculteur de la Brenne",
    )
    assert (other.method, other.speaker_mention) == (ExtractionRule.INCISE, "elle")


def test_a_title_in_quotation_marks_before_an_object_clitic_is_no_statement(nlp) -> None:
    text = "Le documentaire « Les Oiseaux du lac » nous a plu par sa lenteur."
    assert extract(nlp, text) == []


def test_a_participle_opening_the_sentence_reports_for_the_main_subject(nlp) -> None:
    text = (
        "Disant se faire aborder chaque semaine par des passants, le maire assure qu'il ne "
        "lâchera rien. Estimant que la réforme était mal préparée, la sénatrice Claire Dumas "
        "a voté contre le texte."
    )
    by_cue = {s.cue: s for s in extract(nlp, text)}
    said = by_cue["Disant"]
    assert (said.method, said.content, said.speaker_mention) == (
        ExtractionRule.INFINITIVE,
        "se faire aborder chaque semaine par des passants",
        "le maire",
    )
    judged = by_cue["Estimant"]
    assert (judged.method, judged.content, judged.speaker_mention) == (
        ExtractionRule.QUE,
        "la réforme était mal préparée",
        "la sénatrice Claire Dumas",
    )


def test_a_participle_of_narration_opening_the_sentence_reports_nothing(nlp) -> None:
    text = "Disant au revoir à ses voisins, le maire a quitté la salle des fêtes."
    assert extract(nlp, text) == []


def test_an_infinitive_after_avant_de_is_no_complement_of_the_incise(nlp) -> None:
    text = (
        "« C'est très dur ce soir », a-t-il estimé, avant de revenir sur le match, "
        "regrettant déjà quelques maladresses qui ont coûté cher aux Bleus."
    )
    statements = extract(nlp, text)
    assert [s.content for s in statements] == [
        "C'est très dur ce soir",
        "quelques maladresses qui ont coûté cher aux Bleus",
    ]
    assert statements[1].speaker_mention == "il"


def test_an_infinitive_right_after_the_cue_is_still_its_complement(nlp) -> None:
    text = "« C'est très dur ce soir », a-t-il estimé, promettant de revenir plus fort."
    statements = extract(nlp, text)
    assert statements[-1].content == "de revenir plus fort"


def test_a_quotation_announced_after_avant_de_is_the_incise_speakers(nlp) -> None:
    text = (
        '"On se retrouve pour montrer qu\'on est toujours là !", explique Julie Maréchal. '
        '"Les gens sont toujours dans la misère" poursuit la manifestante avant '
        "d'énumérer : \"de quoi se loger, de quoi se chauffer, de quoi manger : nous ne "
        "l'avons pas !\"."
    )
    statements = extract(nlp, text)
    assert [s.speaker_mention for s in statements][1:] == ["la manifestante"] * 2
