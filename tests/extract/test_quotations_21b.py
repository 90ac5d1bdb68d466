"""Interviews on real French copy (session 21, second round): turns opened by the speaker's
name in mixed case ("Paul Roy: …"), by initials standing for it ("PR: …"), or by the name
alone on its line above the answer. Invented text."""

from __future__ import annotations

from extracted import contents, extract


def test_mixed_case_names_and_initials_open_turns(nlp) -> None:
    text = (
        "Le Courrier de Vernelle a rencontré Odile Brassac, qui préside le club depuis "
        "dix ans.\n\n"
        "Le Courrier: Que pensez-vous de la saison du club?\n\n"
        "Odile Brassac: Elle est décevante. Les joueurs ont manqué de constance.\n\n"
        "LC: Le budget sera-t-il réduit?\n\n"
        "Odile Brassac: Il le sera un peu. La région a baissé sa subvention.\n\n"
        "LC: Et l'entraîneur?\n\n"
        "OB: Il reste. Son contrat court jusqu'en 2027."
    )
    found = extract(nlp, text)
    answers = {
        "Elle est décevante. Les joueurs ont manqué de constance.",
        "Il le sera un peu. La région a baissé sa subvention.",
        "Il reste. Son contrat court jusqu'en 2027.",
    }
    assert answers <= set(contents(found))
    for statement in found:
        if statement.content in answers:
            assert statement.speaker is not None
            assert statement.speaker.name == "Odile Brassac"
    assert not any("saison" in c or "budget" in c for c in contents(found))


def test_a_name_alone_on_its_line_opens_the_next_paragraph(nlp) -> None:
    text = (
        "Ancien maire de Vernelle, Paul Garnier est rentré au pays après deux ans "
        "d'absence. Nous l'avons rencontré.\n\n"
        "Le Courrier : Vous êtes rentré depuis deux ans. Pourquoi ce silence ?\n\n"
        "Paul Garnier :\n"
        "Je n'ai jamais cessé de parler. J'observe la vie de la commune avec attention.\n\n"
        "Je souhaite seulement que les habitants retrouvent la confiance."
    )
    found = extract(nlp, text)
    answer = "Je n'ai jamais cessé de parler. J'observe la vie de la commune avec attention."
    assert answer in contents(found)
    (statement,) = [s for s in found if s.content == answer]
    assert statement.speaker is not None
    assert statement.speaker.name == "Paul Garnier"
    assert not any(c.startswith("Paul Garnier") for c in contents(found))


def test_mixed_case_words_before_a_colon_once_open_no_turn(nlp) -> None:
    text = (
        "Saison Culturelle: la mairie de Vernelle a présenté mardi son programme.\n\n"
        "Le théâtre rouvrira en mars après deux ans de travaux.\n\n"
        "Fête Nationale: le feu d'artifice sera tiré depuis le port."
    )
    assert extract(nlp, text) == []


ANNOUNCED = (
    "Après une longue attente en zone mixte, {who} fait enfin son apparition et prend le "
    "temps de répondre à toutes les questions. Interview…\n\n"
    "Félicitations pour votre médaille. On imagine que vous êtes aux anges ?\n\n"
    "Je suis très heureux. Je la dédie à ma famille et à tout mon club.\n\n"
    "Vous êtes le premier du pays à gagner deux médailles. Qu'en pensez-vous ?\n\n"
    "J'en suis très fier. Je ne pensais pas aller aussi loin."
)


def test_an_announcing_word_is_no_interviewee(nlp) -> None:
    """The answers of someone the article never names are an unnamed source's."""
    found = extract(nlp, ANNOUNCED.format(who="le seul médaillé du pays"))
    answers = [s for s in found if s.content.startswith(("Je suis très", "J'en suis"))]
    assert len(answers) == 2
    assert all(s.speaker is None and s.anonymous for s in answers)


def test_the_person_named_before_the_announcing_word_answers(nlp) -> None:
    found = extract(nlp, ANNOUNCED.format(who="Karim Belhadj"))
    answers = [s for s in found if s.content.startswith(("Je suis très", "J'en suis"))]
    assert len(answers) == 2
    assert all(s.speaker is not None and s.speaker.name == "Karim Belhadj" for s in answers)
    assert not any(s.anonymous for s in answers)


TRANSCRIPT = (
    "Entretien de M. Paul Garnier, maire de Vernelle, sur Radio Vallée le 3 mars.\n\n"
    "ANNE LEROY\n"
    "Paul Garnier est notre invité ce matin, bonjour.\n"
    "PAUL GARNIER\n"
    "Bonjour.\n"
    "ANNE LEROY\n"
    "Faut-il fermer la piscine cet été ?\n"
    "PAUL GARNIER\n"
    "Non. Nous avons trouvé l'argent pour la garder ouverte jusqu'en septembre.\n"
    "ANNE LEROY\n"
    "Et la taxe foncière augmentera-t-elle ?\n"
    "PAUL GARNIER\n"
    "Elle restera stable, je m'y suis engagé devant les habitants."
)


def test_a_name_in_capitals_alone_on_its_line_opens_the_next(nlp) -> None:
    found = extract(nlp, TRANSCRIPT)
    assert not any(s.content in {"PAUL GARNIER", "ANNE LEROY"} for s in found)
    answers = [s for s in found if s.content.startswith(("Non. Nous", "Elle restera"))]
    assert len(answers) == 2
    assert all(s.speaker is not None and s.speaker.name == "Paul Garnier" for s in answers)


def test_a_heading_in_capitals_once_opens_no_turn(nlp) -> None:
    text = (
        "CONSEIL MUNICIPAL\n"
        "Les élus de Vernelle ont voté mardi le budget de la piscine.\n\n"
        "TRAVAUX\n"
        "La rue du Port sera fermée deux semaines en mars."
    )
    assert extract(nlp, text) == []


# -- "Paul Roy (FRA/Vallée), vainqueur de l'étape : « … »": reactions after a race ----------


def test_a_name_with_an_aside_then_a_title_before_a_colon_speaks(nlp) -> None:
    text = (
        "Tour de Vernelle, 3e étape : les réactions\n\n"
        "Paul Garnier (FRA/Vallée), vainqueur de l'étape : « C'est ma première victoire à "
        "ce niveau. J'avais confiance en arrivant. »\n\n"
        "Marc Roy (BEL/Sud), leader: \"C'est une petite déception. Le sprint s'est refermé "
        'devant moi."'
    )
    found = extract(nlp, text)
    speakers = {s.content[:20]: s.speaker.name for s in found if s.speaker is not None}
    assert speakers == {"C'est ma première vi": "Paul Garnier", "C'est une petite déc": "Marc Roy"}


def test_a_place_with_an_aside_then_a_date_before_a_colon_says_nothing(nlp) -> None:
    text = "Saint-Roch-de-Vernelle (Loire), le 3 mars : « Journée portes ouvertes au club »"
    assert extract(nlp, text) == []
