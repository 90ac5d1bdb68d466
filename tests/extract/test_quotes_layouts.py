"""Quotation layouts of real copy: each construction with its narration twin.

Every sentence is invented for the test (people and places included).
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.extract.quotes import find_quotes
from dixit.model import Article, Statement


def extract(nlp, text: str) -> list[Statement]:
    return statements_from_doc(nlp(text), Article(text=text))


def contents(statements: list[Statement]) -> list[str]:
    return [s.content for s in statements]


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


def test_a_straight_quote_opens_after_an_elided_word() -> None:
    text = 'Le parquet a indiqué qu\'"une enquête est ouverte pour vol" à Brenac.'
    assert inner(text) == ["une enquête est ouverte pour vol"]


def test_an_apostrophe_inside_a_word_opens_nothing() -> None:
    assert inner("Aujourd'hui l'équipe d'Albi s'entraîne.") == []


def test_a_closing_mark_glued_to_the_next_word_opens_a_quotation_in_wire_copy() -> None:
    text = "Le ministre a parlé lundi.”Nous irons plus loin cette année”, a-t-il dit."
    assert inner(text) == ["Nous irons plus loin cette année"]


def test_a_closing_mark_after_a_word_closes_nothing_when_no_quotation_is_open() -> None:
    assert inner("Le ministre a parlé lundi” puis il est parti.") == []


def test_a_name_with_appositions_before_the_cue_speaks_after_the_colon(nlp) -> None:
    text = (
        "Le conseil de Villebrune a voté son budget mardi.\n"
        "Paul Lestrade, premier adjoint, chargé des finances, notait : « Nous avons dû "
        "absorber la baisse des dotations sans toucher aux impôts. »"
    )
    [statement] = extract(nlp, text)
    assert statement.content.startswith("Nous avons dû absorber")
    assert statement.speaker is not None and statement.speaker.name == "Paul Lestrade"


def test_a_name_with_appositions_noting_figures_without_quotation_is_narration(nlp) -> None:
    text = (
        "Le conseil de Villebrune a voté son budget mardi.\n"
        "Paul Lestrade, premier adjoint, chargé des finances, notait les chiffres du "
        "trimestre sur un carnet."
    )
    assert [s for s in extract(nlp, text) if s.kind == "direct"] == []


def test_an_incise_may_end_on_a_complement_before_the_quotation_goes_on(nlp) -> None:
    text = (
        '"Nous avons manqué notre entrée dans le match, voilà tout, a regretté '
        "l'entraîneur en conférence de presse. Je prends ma part de responsabilité.\""
    )
    assert contents(extract(nlp, text)) == [
        "Nous avons manqué notre entrée dans le match, voilà tout",
        "Je prends ma part de responsabilité.",
    ]


def test_an_incise_followed_by_a_clause_with_a_verb_is_not_cut_there(nlp) -> None:
    text = (
        '"Nous avons manqué notre entrée dans le match, voilà tout, a regretté '
        "l'entraîneur en quittant la salle qui se vidait. Je prends ma part.\""
    )
    assert "Je prends ma part." not in contents(extract(nlp, text))


def test_a_person_announcing_through_a_colon_speaks_the_quotation(nlp) -> None:
    text = (
        "Le club de Montvert a perdu dimanche.\n"
        "Sa capitaine Léa Marchal comprend la colère des supporters : « Ils ont raison "
        "d'être déçus, nous devons tout changer avant le prochain match. »"
    )
    [statement] = extract(nlp, text)
    assert statement.content.startswith("Ils ont raison d'être déçus")
    assert statement.speaker is not None and statement.speaker.name == "Léa Marchal"


def test_a_rule_announced_through_a_colon_is_no_statement(nlp) -> None:
    text = (
        "Le club de Montvert a perdu dimanche.\n"
        "Le règlement du championnat est clair sur ce point : « Toute équipe absente deux "
        "fois de suite est retirée du classement final. »"
    )
    assert extract(nlp, text) == []


def test_a_quotation_after_narration_and_a_colon_continues_the_speaker(nlp) -> None:
    text = (
        "« Nous avons été mauvais du début à la fin », a reconnu l'entraîneur Marc Oriol. "
        "La défaite tranche avec le début de saison : « Nous étions solides derrière et "
        "efficaces devant, il faut retrouver cette rigueur. »"
    )
    statements = extract(nlp, text)
    assert contents(statements)[1].startswith("Nous étions solides derrière")
    assert statements[1].speaker == statements[0].speaker


def test_a_short_slogan_after_narration_and_a_colon_is_no_statement(nlp) -> None:
    text = (
        "« Nous avons été mauvais du début à la fin », a reconnu l'entraîneur Marc Oriol. "
        "Dans les tribunes, une banderole : « Oriol démission »."
    )
    assert contents(extract(nlp, text)) == ["Nous avons été mauvais du début à la fin"]


def test_a_day_word_between_the_cue_and_the_colon_keeps_the_speaker(nlp) -> None:
    text = (
        "Interrogé mardi sur Radio Vallée, le syndicaliste a jugé le plan trop timide.\n"
        "Lise Marnier lui a répondu mercredi : « Je comprends la colère des agents. Mais "
        "personne ne dira que nous abandonnons la ligne. »"
    )
    [statement] = [s for s in extract(nlp, text) if s.kind == "direct"]
    assert statement.content.startswith("Je comprends la colère")
    assert statement.speaker is not None and statement.speaker.name == "Lise Marnier"


def test_a_day_word_before_a_colon_and_a_list_is_narration(nlp) -> None:
    text = (
        "Interrogé mardi sur Radio Vallée, le syndicaliste a jugé le plan trop timide.\n"
        "Lise Marnier lui a répondu mercredi : trois lignes rouvriront en juin."
    )
    assert [s for s in extract(nlp, text) if s.kind == "direct"] == []


INTERVIEW = (
    "Hélène Varnier : « La forêt des Combes doit rester ouverte à tous »\n"
    "La présidente de l'association Sentiers vivants répond à nos questions.\n"
    "- Pourquoi vous opposez-vous au projet de clôture ?\n"
    "- Parce que nous marchons dans cette forêt depuis trente ans et que personne ne "
    "nous a consultés.\n"
    "- Avez-vous rencontré le propriétaire ?\n"
    "- Oui, je l'ai vu deux fois en mars, sans résultat.\n"
)


def test_interview_answers_are_the_interviewees_statements(nlp) -> None:
    statements = extract(nlp, INTERVIEW)
    answers = [s for s in statements if s.method == "interview"]
    assert contents(answers) == [
        "Parce que nous marchons dans cette forêt depuis trente ans et que personne ne "
        "nous a consultés.",
        "Oui, je l'ai vu deux fois en mars, sans résultat.",
    ]
    assert all(s.speaker is not None and s.speaker.name == "Hélène Varnier" for s in answers)
    assert not any(s.content.startswith(("Pourquoi", "Avez-vous")) for s in statements)


def test_interview_answers_in_quotation_marks_lose_their_marks(nlp) -> None:
    text = (
        "Le gardien Yanis Corbel revient sur la défaite de son équipe.\n"
        "Comment expliquez-vous ce résultat ?\n"
        '"Nous avons manqué de rythme en première période, c\'est tout."\n'
        "Que dites-vous aux supporters ?\n"
        '"Je leur demande de nous faire encore confiance pour la suite."\n'
    )
    answers = [s for s in extract(nlp, text) if s.method == "interview"]
    assert contents(answers) == [
        "Nous avons manqué de rythme en première période, c'est tout.",
        "Je leur demande de nous faire encore confiance pour la suite.",
    ]
    assert answers[0].speaker is not None and answers[0].speaker.name == "Yanis Corbel"


def test_question_subheadings_of_an_explainer_are_no_interview(nlp) -> None:
    text = (
        "Réforme des transports scolaires à Vernais\n"
        "Que change la réforme ?\n"
        "Les horaires des cars seront avancés d'un quart d'heure dès la rentrée.\n"
        "Combien coûtera-t-elle ?\n"
        "Le département prévoit une dépense de deux millions d'euros sur trois ans.\n"
    )
    assert [s for s in extract(nlp, text) if s.method == "interview"] == []


def test_a_quotation_opening_on_que_after_the_cue_is_the_reported_clause(nlp) -> None:
    text = (
        "La gendarmerie de Vaudrière confirme «que deux véhicules ont été incendiés "
        "dans la nuit et qu'une enquête est ouverte»."
    )
    [statement] = extract(nlp, text)
    assert statement.kind == "mixed"
    assert statement.content.startswith("deux véhicules ont été incendiés")


def test_a_quotation_opening_on_que_after_a_verb_of_narration_is_no_report(nlp) -> None:
    text = (
        "La gendarmerie de Vaudrière a publié «que deux véhicules ont été incendiés», "
        "une phrase reprise partout."
    )
    assert [s for s in extract(nlp, text) if s.method == "que_quote"] == []


def test_a_complementizer_glued_to_a_straight_quote_opens_the_reported_clause(nlp) -> None:
    text = (
        "Le parquet de Brenac a confirmé une interpellation et indiqué qu'\"une garde à vue "
        'est en cours au commissariat" dans le cadre de cette enquête.'
    )
    statements = [s for s in extract(nlp, text) if s.method == "que_quote"]
    assert len(statements) == 1
    assert "une garde à vue est en cours" in statements[0].content


def test_an_opening_mark_printed_for_the_closer_closes_the_open_quotation() -> None:
    text = "“Il faudra revoir le plan de circulation“, a affirmé le maire de Brenac."
    assert inner(text) == ["Il faudra revoir le plan de circulation"]


def test_an_opening_mark_before_a_word_still_opens_a_nested_quotation() -> None:
    text = "“Le préfet a parlé d’un “geste fort“ pour Brenac”, a dit la maire."
    assert inner(text) == ["Le préfet a parlé d’un “geste fort“ pour Brenac"]
