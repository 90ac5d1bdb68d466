"""Layouts of real copy that carry the attribution without a reporting verb (session 17,
recall17b): transcripts whose turns open on the speaker's name, sports interviews answered
in "on", prompts left on an ellipsis, answers printed in straight quotes.

Each construction has a positive case and a negative one. Every text is invented for the
test (people, towns and events included), laid out as the pages studied lay them out.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.extract.quotes import find_quotes
from dixit.model import Article, Statement


def extract(nlp, text: str) -> list[Statement]:
    return statements_from_doc(nlp(text), Article(text=text, language="fr"))


def contents(statements: list[Statement]) -> list[str]:
    return [s.content for s in statements]


def speakers(statements: list[Statement]) -> set[str | None]:
    return {s.speaker.name if s.speaker else None for s in statements}


# -- Transcript turns opening on the speaker's name: the name is no words of theirs ----------------

NAMED_TURNS = (
    "Entretien avec Sophie Garnier, maire de Lunel-sur-Orge.\n"
    "LE JOURNAL. — Pourquoi avoir quitté le parti ?\n"
    "SOPHIE GARNIER. — Je ne me reconnaissais plus dans ses choix. J'ai préféré partir.\n"
    "LE JOURNAL. — Serez-vous candidate ?\n"
    "SOPHIE GARNIER. — Oui, je me présenterai en mars.\n"
)


def test_a_turn_in_capitals_gives_the_words_after_the_name(nlp) -> None:
    found = extract(nlp, NAMED_TURNS)
    said = contents(found)
    assert "Je ne me reconnaissais plus dans ses choix. J'ai préféré partir." in said
    assert "Oui, je me présenterai en mars." in said
    assert not any("GARNIER" in c or "JOURNAL" in c for c in said)
    assert speakers([s for s in found if s.method == "interview"]) == {"Sophie Garnier"}


def test_the_interviewer_s_turns_are_no_statements(nlp) -> None:
    said = contents(extract(nlp, NAMED_TURNS))
    assert not any(c.startswith(("Pourquoi", "Serez-vous")) for c in said)


DEBATE = (
    "Le débat a opposé les deux candidats jeudi soir sur la radio locale de Vernelle.\n"
    "M. Rivière : Nous baisserons les impôts dès la première année.\n"
    "Mme Lenoir : C'est une promesse que vous ne pourrez pas tenir.\n"
)


def test_turns_opening_on_a_titled_name_are_each_of_that_speaker(nlp) -> None:
    found = {s.content: s for s in extract(nlp, DEBATE)}
    first = found["Nous baisserons les impôts dès la première année."]
    second = found["C'est une promesse que vous ne pourrez pas tenir."]
    assert first.speaker is not None and first.speaker.name == "Rivière"
    assert second.speaker is not None and second.speaker.name == "Lenoir"


def test_a_single_dateline_in_capitals_opens_no_turn(nlp) -> None:
    text = (
        "VERNELLE — Le conseil municipal a voté mardi la fermeture de la piscine.\n"
        "Les travaux commenceront en septembre et dureront deux ans.\n"
    )
    assert not [s for s in extract(nlp, text) if s.method == "interview"]


def test_a_results_list_with_titled_names_is_no_transcript(nlp) -> None:
    text = (
        "Les résultats du premier tour ont été publiés dimanche soir à Vernelle.\n"
        "M. Rivière : 45 %\n"
        "Mme Lenoir : 38 %\n"
    )
    assert not [s for s in extract(nlp, text) if s.method == "interview"]


# -- A sports interview answered in "on": answers opening on a reply ------------------------------

SPORTS = (
    "Tom Berthier : « On méritait mieux »\n"
    "Le capitaine de l'US Vernelle revient sur la défaite face à Lorbac.\n"
    "C'est une défaite qui fait mal?\n"
    "Oui, on méritait mieux que ce nul, on a dominé toute la rencontre.\n"
    "La défense a souffert en fin de match?\n"
    "Non, on a bien tenu, c'est le dernier ballon qui nous coûte le point.\n"
    "Le maintien s'éloigne…\n"
    "(Il rit). Je n'y pense pas, on a encore huit matches à jouer.\n"
)


def test_answers_in_on_after_a_reply_word_are_the_interviewee_s(nlp) -> None:
    found = [s for s in extract(nlp, SPORTS) if s.method == "interview"]
    said = contents(found)
    assert "Oui, on méritait mieux que ce nul, on a dominé toute la rencontre." in said
    assert "Non, on a bien tenu, c'est le dernier ballon qui nous coûte le point." in said
    assert speakers(found) == {"Tom Berthier"}


def test_a_prompt_on_an_ellipsis_is_a_question_and_its_answer_a_statement(nlp) -> None:
    said = contents(extract(nlp, SPORTS))
    assert "Le maintien s'éloigne…" not in said
    assert any(c.endswith("on a encore huit matches à jouer.") for c in said)


def test_an_explainer_whose_answers_open_on_no_reply_is_no_interview(nlp) -> None:
    text = (
        "La réforme des retraites en trois questions\n"
        "Que contient le texte?\n"
        "Le texte recule l'âge de départ de deux ans et allonge la durée de cotisation.\n"
        "Quand entre-t-il en vigueur?\n"
        "On attend les décrets pour l'automne, après l'avis du Conseil d'État.\n"
    )
    assert not [s for s in extract(nlp, text) if s.method == "interview"]


# -- An answer printed in straight quotes, the full stop after the closing mark ------------------


def test_a_straight_quoted_answer_keeps_no_mark(nlp) -> None:
    text = (
        "Un an à la mairie de Vernelle : le bilan de Paul Marchetti\n"
        "Quelle a été votre plus grosse surprise ?\n"
        '"J\'ai découvert un budget en déficit. Il a fallu tout reprendre".\n'
        "Et votre plus grande fierté ?\n"
        '"La réouverture de l\'école, que je promettais depuis dix ans."\n'
    )
    said = contents([s for s in extract(nlp, text) if s.method == "interview"])
    assert "J'ai découvert un budget en déficit. Il a fallu tout reprendre" in said


# -- A verbless heading naming words, then a colon: "Son constat : « … »" -------------------------


def test_a_possessive_speech_noun_gives_the_quote_to_the_subject_before(nlp) -> None:
    text = (
        "Le maire de Villebrune, Paul Marchetti, a visité le chantier mardi.\n"
        "Son constat : « Les travaux ont pris trop de retard, il faut accélérer. »"
    )
    found = {s.content: s for s in extract(nlp, text)}
    said = found["Les travaux ont pris trop de retard, il faut accélérer."]
    assert said.speaker is not None and said.speaker.name == "Paul Marchetti"


def test_a_speech_noun_with_de_gives_the_quote_to_its_complement(nlp) -> None:
    text = (
        "L'opposition a interpellé mardi la ministre Claire Vasseur sur la fermeture "
        "de la maternité.\n"
        "Réponse de la ministre : « Nous ne fermerons aucun service sans solution. »"
    )
    found = {s.content: s for s in extract(nlp, text)}
    said = found["Nous ne fermerons aucun service sans solution."]
    assert said.speaker is not None and said.speaker.name == "Claire Vasseur"


def test_a_possessive_noun_that_names_no_words_gives_no_statement(nlp) -> None:
    text = (
        "Le cinéaste Paul Morin a présenté son travail samedi à Lorbac.\n"
        "Son film : « Les Enfants du marais »"
    )
    assert not [s for s in extract(nlp, text) if "Enfants" in s.content]


# -- "Pour lui, pas de doute : « … »": the lead-in before the colon is the writer's ----------------


def test_a_verbless_lead_in_after_pour_leaves_the_quotation_alone(nlp) -> None:
    text = (
        "Le procureur Henri Dalmas a présenté l'enquête jeudi.\n"
        "Pour lui, pas de doute : « Le feu a été allumé volontairement. »"
    )
    found = [s for s in extract(nlp, text) if s.cue == "Pour"]
    assert [(s.content, s.kind) for s in found] == [
        ("Le feu a été allumé volontairement.", "direct")
    ]


def test_a_lead_in_with_a_verb_stays_in_the_words(nlp) -> None:
    text = (
        "Le procureur Henri Dalmas a présenté l'enquête jeudi.\n"
        "Pour lui, la conclusion s'impose : « Le feu a été allumé volontairement. »"
    )
    found = [s for s in extract(nlp, text) if s.cue == "Pour"]
    assert [s.content[:25] for s in found] == ["la conclusion s'impose : "]


# -- A relative clause on a complement before the colon does not speak --------------------------


def test_a_relative_on_the_addressee_does_not_take_the_quotation(nlp) -> None:
    text = (
        "Le substitut Paul Royer s'adresse alors à celui qui persiste à nier : "
        "« Vos empreintes ont été relevées sur la vitre ! »"
    )
    found = {s.content: s for s in extract(nlp, text)}
    said = found["Vos empreintes ont été relevées sur la vitre !"]
    assert said.speaker is not None and said.speaker.name == "Paul Royer"


def test_a_relative_on_the_object_leaves_the_quotation_to_the_speaker_before(nlp) -> None:
    text = (
        "« Nous avons dominé toute la rencontre », a expliqué l'entraîneur Marc Delorme.\n"
        "Il est par ailleurs revenu sur l'erreur de Hugo Ferrand qui a failli coûter "
        "le match à son équipe : « S'il sort, c'est fini. Mais il a bien réagi ensuite. »"
    )
    found = {s.content: s for s in extract(nlp, text)}
    said = found["S'il sort, c'est fini. Mais il a bien réagi ensuite."]
    assert said.speaker is not None and said.speaker.name == "Marc Delorme"


def test_a_relative_on_the_subject_still_announces_the_quotation(nlp) -> None:
    text = (
        "Le maire de Lorbac, Jacques Pelletier, qui a déclaré : "
        "« Nous rouvrirons l'école en septembre », a été réélu dimanche."
    )
    found = {s.content: s for s in extract(nlp, text)}
    said = found.get("Nous rouvrirons l'école en septembre")
    assert said is not None and said.speaker is not None
    assert said.speaker.name == "Jacques Pelletier"


# -- A quotation that is its whole paragraph, its closing mark lost before a subheading -----------


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


def test_a_paragraph_quotation_whose_closer_the_page_lost_ends_with_its_paragraph() -> None:
    text = (
        "« Je suis un entraîneur heureux, on ne va pas s'arrêter là.\n"
        "La peur de gagner\n"
        "« Il y avait une boule au ventre avant le coup d'envoi. »"
    )
    assert inner(text) == [
        "Je suis un entraîneur heureux, on ne va pas s'arrêter là.",
        "Il y avait une boule au ventre avant le coup d'envoi.",
    ]


def test_a_quotation_going_on_over_the_next_paragraph_is_still_one() -> None:
    text = (
        "« Je suis un entraîneur heureux, on ne va pas s'arrêter là.\n"
        "« Il y avait une boule au ventre avant le coup d'envoi. »"
    )
    assert len(find_quotes(text)) == 1


def test_an_open_mark_inside_narration_closes_nothing() -> None:
    text = (
        "Le club a publié un « communiqué sans date ni signature.\n"
        "Les supporters attendent des explications."
    )
    assert inner(text) == []


# -- A quoted subheading that a statement below repeats is that speaker's ------------------------


def test_a_short_quoted_subheading_repeated_below_is_the_speaker_s(nlp) -> None:
    text = (
        "Municipales à Vernelle\n"
        "« Je serai candidat »\n"
        "Le maire sortant, Paul Roy, a annoncé lundi sa candidature à un troisième mandat. "
        "« Je serai candidat, parce que le travail n'est pas terminé », a-t-il déclaré."
    )
    found = {s.content: s for s in extract(nlp, text)}
    said = found["Je serai candidat"]
    assert said.kind == "direct"
    assert said.speaker is not None and said.speaker.name == "Paul Roy"


def test_a_straight_quoted_subheading_repeated_below_is_the_speaker_s(nlp) -> None:
    text = (
        "Le maire Paul Roy a présenté son budget lundi soir devant le conseil municipal.\n"
        '"Nous ne toucherons pas aux impôts"\n'
        "Le budget prévoit une hausse des investissements de 12 %. "
        '"Nous ne toucherons pas aux impôts cette année, c\'est un engagement", a insisté '
        "le maire."
    )
    found = {s.content: s for s in extract(nlp, text)}
    said = found["Nous ne toucherons pas aux impôts"]
    assert said.speaker is not None and said.speaker.name == "Paul Roy"


def test_a_slogan_on_its_own_line_that_no_statement_repeats_is_none(nlp) -> None:
    text = (
        "Les manifestants ont défilé samedi dans le centre de Vernelle.\n"
        "« Non à la fermeture »\n"
        "La banderole a été déployée devant la mairie, sous les applaudissements."
    )
    assert not [s for s in extract(nlp, text) if "fermeture" in s.content]


def test_a_film_title_on_its_own_line_repeated_in_narration_is_none(nlp) -> None:
    text = (
        "Cinéma en plein air à Plouvan\n"
        "« Les Enfants du marais »\n"
        "Le film « Les Enfants du marais » sera projeté samedi soir sur la place du village."
    )
    assert not [s for s in extract(nlp, text) if "Enfants" in s.content]


# -- Court dialogue: "« … ? » reprend le président", an incise of questioning ----------------------


def test_reprendre_after_a_straight_quoted_question_is_an_incise(nlp) -> None:
    text = (
        "Le président interroge l'accusé sur sa famille. "
        '"Combien de frères avez-vous ?" reprend sérieusement le président Alain Morel.'
    )
    found = {s.content: s for s in extract(nlp, text)}
    said = found["Combien de frères avez-vous ?"]
    assert said.cue == "reprend"
    assert said.speaker is not None and said.speaker.name == "Alain Morel"


def test_reprendre_in_narration_reports_nothing(nlp) -> None:
    text = (
        "L'entraîneur Marc Delorme reprend l'entraînement lundi avec un groupe réduit. "
        "Le club reprend aussi « le projet du stade » abandonné en 2019."
    )
    assert not [s for s in extract(nlp, text) if s.cue == "reprend"]


# -- A journalist's question holding a report is no statement --------------------------------------


def test_a_report_inside_a_question_to_the_interviewee_is_none(nlp) -> None:
    text = (
        "L'entraîneur de l'US Vernelle a répondu mercredi aux questions de la presse.\n"
        "Le président Henri Vasseur vient de confirmer que vous restiez ?\n"
        "Je reste, oui. Je n'ai jamais pensé partir, quoi qu'on ait pu lire.\n"
    )
    assert not [s for s in extract(nlp, text) if s.cue and "confirm" in s.cue]


def test_a_report_addressing_the_reader_that_asks_nothing_stays(nlp) -> None:
    text = "Le maire Paul Roy a confirmé que vous pourrez vous baigner dès le mois de juin."
    found = [s for s in extract(nlp, text) if s.cue and "confirm" in s.cue]
    assert [s.content for s in found] == ["vous pourrez vous baigner dès le mois de juin"]
