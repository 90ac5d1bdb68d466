"""Quotations that real French layouts print without a reporting verb next to them
(session 19, statements19b): press conferences whose turns are marked "Q :" and "R :",
radio interviews announced by "X était l'invité de …", a page cut (an excerpt, a paywall)
inside its last quotation.

Each construction has a positive case and a negative one. Every text is invented for the
test (people, towns, clubs and events included), laid out as the pages studied lay them out.
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


# -- A press conference printed as "Q :" and "R :" turns: each answer is the coach's ---------------

PRESS_CONFERENCE = (
    "Vernelle: le FC a « manqué de jus », selon Morvan\n\n"
    "L'entraîneur du FC Vernelle, Gildas Morvan, a commenté la défaite de son équipe samedi "
    "face à Lorbac (1-3): « On a manqué de jus », a-t-il reconnu en conférence de presse.\n\n"
    "Q: Qu'est-ce qui a manqué en seconde période ?\n\n"
    "R: « On a perdu trop de ballons au milieu, et le deuxième but a tout changé. On a couru "
    "après le score sans trouver de solutions ».\n\n"
    "Q: Le calendrier vous inquiète-t-il ?\n\n"
    "R: « On a trois matches en huit jours, il faudra faire tourner l'effectif. Ce sera "
    "difficile mais on a un groupe large ».\n"
)


def test_answers_marked_r_after_questions_marked_q_are_the_coach_s(nlp) -> None:
    found = [s for s in extract(nlp, PRESS_CONFERENCE) if s.method == "interview"]
    said = contents(found)
    assert any(c.startswith("On a perdu trop de ballons au milieu") for c in said)
    assert any(c.startswith("On a trois matches en huit jours") for c in said)
    assert speakers(found) == {"Gildas Morvan"}


def test_an_answer_the_page_cut_is_the_coach_s_without_its_mark(nlp) -> None:
    text = PRESS_CONFERENCE + (
        "\nQ: Le maintien reste-t-il l'objectif ?\n\n"
        "R: « Trente points, c'est le cap. On a un groupe jeune qui doit encore appren"
    )
    found = [s for s in extract(nlp, text) if s.method == "interview"]
    assert "Trente points, c'est le cap. On a un groupe jeune qui doit encore appren" in (
        contents(found)
    )


def test_questions_marked_q_are_no_statements(nlp) -> None:
    said = contents(extract(nlp, PRESS_CONFERENCE))
    assert not any("Qu'est-ce qui" in c or "calendrier vous" in c for c in said)


def test_unmarked_questions_with_answers_in_on_are_no_interview(nlp) -> None:
    # The same paragraphs as an explainer lays them out: questions as subheadings, the
    # journalist's answers in "on"; no marker, no first person singular, no announcement.
    text = (
        "Le budget de Vernelle en deux questions\n\n"
        "Qu'est-ce qui change cette année ?\n\n"
        "On a perdu deux millions de dotation, et la taxe de séjour a tout changé pour les "
        "petites communes.\n\n"
        "Le calendrier est-il tenable ?\n\n"
        "On a trois conseils en huit jours, il faudra voter vite avant la fin du mois.\n"
    )
    assert not [s for s in extract(nlp, text) if s.method == "interview"]


# -- A radio interview announced by "X était l'invité de …" ---------------------------------------

INVITED = (
    "Les pêcheurs bloquent le port de Kervadec ce lundi contre les nouveaux quotas. "
    "Yannick Le Dantec, président du comité des pêches de Kervadec, était l'invité de Radio "
    "Armor ce lundi pour en parler.\n\n"
    "Le port est bloqué depuis l'aube. Quelle est la situation ?\n\n"
    "Les bateaux sont restés à quai cette nuit. Un barrage est installé devant la criée. "
    "Il s'agit d'expliquer aux habitants notre situation.\n\n"
    "Que demandez-vous à l'État ?\n\n"
    "Quand on voit les nouveaux quotas, on se dit qu'on ne pourra plus vivre de la mer. "
    "Nos équipages sont à bout, et nous voulons être reçus.\n"
)


def test_answers_after_an_invitation_line_are_the_guest_s(nlp) -> None:
    found = [s for s in extract(nlp, INVITED) if s.method == "interview"]
    said = contents(found)
    assert any(c.startswith("Les bateaux sont restés à quai") for c in said)
    assert any(c.startswith("Quand on voit les nouveaux quotas") for c in said)
    assert speakers(found) == {"Yannick Le Dantec"}


def test_the_same_layout_without_the_invitation_is_no_interview(nlp) -> None:
    text = INVITED.replace(
        "Yannick Le Dantec, président du comité des pêches de Kervadec, était l'invité de "
        "Radio Armor ce lundi pour en parler.",
        "Le comité des pêches de Kervadec a appelé à la mobilisation ce lundi.",
    )
    assert not [s for s in extract(nlp, text) if s.method == "interview"]


# -- A page cut inside its last quotation: the quotation runs to the cut --------------------------


def test_a_quotation_opening_the_last_paragraph_runs_to_the_cut(nlp) -> None:
    text = (
        "Le maire de Lunel-sur-Orge a défendu son budget jeudi soir. « Les comptes sont "
        "sains », a assuré Paul Ferrand.\n\n"
        "« Nous avons tenu nos engagements sans augmenter les impôts. On a même pu "
        "rénover l'éco"
    )
    found = extract(nlp, text)
    last = [s for s in found if s.content.startswith("Nous avons tenu nos engagements")]
    assert last and last[0].content.endswith("rénover l'éco")
    assert last[0].speaker is not None and last[0].speaker.name == "Paul Ferrand"


def test_a_mark_opened_inside_a_sentence_at_the_cut_is_no_quotation(nlp) -> None:
    text = (
        "Le maire de Lunel-sur-Orge a défendu son budget jeudi soir.\n\n"
        "Il présentera son « plan pour les écoles et les gymnases de la commune au co"
    )
    assert not find_quotes(text)
    assert not any("plan pour les écoles" in c for c in contents(extract(nlp, text)))


def test_a_short_quotation_at_the_cut_is_left_open(nlp) -> None:
    text = "Le maire a défendu son budget jeudi soir.\n\n« Nous avons te"
    assert not find_quotes(text)


# -- A communiqué quoted whole: "C'est avec … que X, apposition, a appris …" --------------------


def test_a_clause_after_an_apposition_in_a_quotation_is_no_incise(nlp) -> None:
    text = (
        "Le préfet se rendra mardi à Lunel-sur-Orge. « C'est avec une grande peine que Paul "
        "Ferrand, le maire de Lunel-sur-Orge, a appris la disparition de deux pompiers du "
        "centre de secours, emportés par la crue sur la route de Vernelle », a indiqué la "
        "mairie dans la soirée."
    )
    found = extract(nlp, text)
    said = [s for s in found if s.content.startswith("C'est avec une grande peine")]
    assert said and said[0].content.endswith("sur la route de Vernelle")
    assert said[0].speaker is not None and "mairie" in said[0].speaker.name.lower()


def test_an_incise_naming_the_speaker_with_an_apposition_still_splits(nlp) -> None:
    text = (
        "« Nous avons appris la nouvelle avec une grande peine, a écrit Paul Ferrand, le maire "
        "de Lunel-sur-Orge, et nous pensons à leurs familles »."
    )
    said = contents(extract(nlp, text))
    assert "Nous avons appris la nouvelle avec une grande peine" in said
    assert "et nous pensons à leurs familles" in said


# -- One question and its answer, a page cut after the first answer --------------------------------

LONE_PAIR = (
    "Entretien exclusif avec la ministre de la Culture de Valbrune\n\n"
    "La ministre Claire Dufresne revient sur la fermeture des théâtres. Interview.\n\n"
    "Madame Dufresne, les compagnies disent qu'elles ne tiendront pas jusqu'au printemps. "
    "Comment leur répondez-vous?\n"
    "Je les ai reçues la semaine dernière et je comprends leur colère. Toute personne "
    "raisonnable souhaite que les salles rouvrent au plus vite. Mais nous devons d'abord "
    "rénover les bâtiments les plus anc"
)


def test_one_question_to_someone_and_an_answer_in_je_are_an_interview(nlp) -> None:
    found = [s for s in extract(nlp, LONE_PAIR) if s.method == "interview"]
    assert [s.content[:40] for s in found] == ["Je les ai reçues la semaine dernière et "]
    assert speakers(found) == {"Claire Dufresne"}


def test_a_report_with_no_named_source_inside_an_answer_gives_way(nlp) -> None:
    said = contents(extract(nlp, LONE_PAIR))
    assert not any(c.startswith("les salles rouvrent") for c in said)


def test_one_question_to_no_one_is_no_interview(nlp) -> None:
    # An explainer's question subheading, then narration that quotes someone in "je".
    text = (
        "La fermeture des théâtres de Valbrune\n\n"
        "Les compagnies tiendront-elles jusqu'au printemps?\n"
        "Je les ai reçues la semaine dernière, a indiqué la ministre Claire Dufresne, qui "
        "promet une aide d'urgence aux salles de la région avant la fin du mois.\n"
    )
    assert not [s for s in extract(nlp, text) if s.method == "interview"]


def test_one_question_to_someone_answered_by_a_quotation_is_no_interview(nlp) -> None:
    text = (
        "Les compagnies disent qu'elles ne tiendront pas. Comment leur répondez-vous?\n"
        "La ministre Claire Dufresne a répondu jeudi : « Je les ai reçues la semaine "
        "dernière et je comprends leur colère. »\n"
    )
    assert not [s for s in extract(nlp, text) if s.method == "interview"]


MARKED_LONG = (
    "Entretien avec Hugo Marchetti, ministre des Affaires étrangères de Valbrune.\n\n"
    "Q - Bonsoir Hugo Marchetti, merci d'être avec nous. Nous parlions à l'instant de "
    "l'appel entre les deux présidents ; la dernière fois vous nous aviez dit que la "
    "situation pouvait encore se dégrader, et depuis les choses ont beaucoup bougé sur le "
    "terrain comme à la table des négociations, avec le retour des observateurs et la "
    "réouverture des routes du nord. Comment résumeriez-vous cet appel ?\n\n"
    "R - Il y a eu deux sujets dans cet appel. Le premier portait sur la sécurité des "
    "barrages du nord, le second sur les prisonniers.\n\n"
    "Q - Les observateurs pourront-ils revenir ?\n\n"
    "R - Ils reviendront dès la semaine prochaine, les deux parties l'ont accepté.\n"
)


def test_a_long_question_marked_q_is_a_question_and_its_answer_a_statement(nlp) -> None:
    found = [s for s in extract(nlp, MARKED_LONG) if s.method == "interview"]
    said = contents(found)
    assert any(c.startswith("Il y a eu deux sujets dans cet appel") for c in said)
    assert not any(c.startswith(("Bonsoir", "Q -")) for c in contents(extract(nlp, MARKED_LONG)))
    assert speakers(found) == {"Hugo Marchetti"}


# -- A lead quotation, then a sentence whose subject is the speaker's name ------------------------


def test_a_quoted_lead_then_a_named_subject_is_that_person_s(nlp) -> None:
    text = (
        "« Dans nos rêves les plus fous, on n'osait pas espérer une telle victoire ». "
        "Mathilde Carrère ne cache pas sa joie. La liste qu'elle conduisait l'emporte "
        "dès le premier tour à Saint-Aubert.\n"
    )
    found = [s for s in extract(nlp, text) if s.content.startswith("Dans nos rêves")]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Mathilde Carrère"


def test_a_quoted_lead_then_a_sentence_about_no_one_names_no_speaker(nlp) -> None:
    text = (
        "« Dans nos rêves les plus fous, on n'osait pas espérer une telle victoire ». "
        "La salle des fêtes de Saint-Aubert a célébré Mathilde Carrère jusque tard.\n"
    )
    found = [s for s in extract(nlp, text) if s.content.startswith("Dans nos rêves")]
    assert not any(s.speaker and s.speaker.name == "Mathilde Carrère" for s in found)


def test_a_quoted_title_then_a_named_subject_is_no_statement(nlp) -> None:
    text = (
        "« Les Ombres de Saint-Aubert » sort en salle mercredi. Mathilde Carrère en signe "
        "la mise en scène.\n"
    )
    assert not any(c.startswith("Les Ombres") for c in contents(extract(nlp, text)))


# -- Sports headlines and reaction pages: "Topic - Name : « … »", "Name (role)" above a quotation --


def test_a_headline_opening_on_a_topic_and_a_dash_gives_the_quote_to_the_name(nlp) -> None:
    text = (
        'Nantes - Morvan : "Trop de ballons perdus"\n\n'
        "L'entraîneur Gildas Morvan est revenu sur la défaite de son équipe samedi.\n"
    )
    found = [s for s in extract(nlp, text) if s.content == "Trop de ballons perdus"]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Gildas Morvan"


def test_a_headline_topic_and_a_word_naming_no_one_gives_no_speaker(nlp) -> None:
    text = (
        'Vernelle - Budget : "Trop de dépenses perdues"\n\n'
        "Le maire Gildas Morvan a présenté son budget samedi.\n"
    )
    found = [s for s in extract(nlp, text) if s.content == "Trop de dépenses perdues"]
    assert not any(s.speaker and s.speaker.name == "Gildas Morvan" for s in found)


REACTIONS = (
    "Après la défaite en demi-finale, les joueuses de Vernelle étaient abattues.\n"
    "Gildas Morvan (entraîneur)\n"
    '"Il nous a manqué de la réussite en attaque. Les filles ont tout donné jusqu\'au bout."\n'
    "Léa Nzé Kerbrat (arrière gauche)\n"
    '"Nos deux derniers matchs sont nos moins bons. On a couru après le score tout le match."\n'
)


def test_a_name_and_a_role_in_brackets_above_a_quotation_is_its_speaker(nlp) -> None:
    found = [s for s in extract(nlp, REACTIONS) if s.content.startswith("Nos deux derniers")]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Léa Nzé Kerbrat"


def test_a_place_and_a_note_in_brackets_above_a_quotation_is_no_speaker(nlp) -> None:
    text = REACTIONS.replace(
        "Léa Nzé Kerbrat (arrière gauche)", "Salle Kerbrat (deuxième mi-temps)"
    )
    found = [s for s in extract(nlp, text) if s.content.startswith("Nos deux derniers")]
    assert not any(s.speaker and "Kerbrat" in s.speaker.name for s in found)


# -- A post embedded in the page, signed "— Name (@handle) day" -----------------------------------

POST = (
    "Le préfet a salué l'intervention des secours dans la nuit, selon un communiqué.\n\n"
    "Crue à #Vernelle : toutes les familles ont été mises à l'abri.\n\n"
    "Je remercie les pompiers et les gendarmes mobilisés toute la nuit.\n\n"
    "Leur courage force le respect. — Hugo Marchetti (@HMarchetti) March 3, 2024\n\n"
    "Le maire de Vernelle a lui aussi remercié les secours lundi matin.\n"
)


def test_a_signed_post_is_its_author_s_across_its_paragraphs(nlp) -> None:
    found = [s for s in extract(nlp, POST) if s.content.startswith("Crue à #Vernelle")]
    assert found and found[0].content.endswith("Leur courage force le respect.")
    assert found[0].speaker is not None and found[0].speaker.name == "Hugo Marchetti"


def test_narration_above_a_long_post_is_not_the_post(nlp) -> None:
    said = contents(extract(nlp, POST))
    assert not any(c.startswith("Le préfet a salué") and "Marchetti" in c for c in said)
    assert not any("(@HMarchetti)" in c for c in said)


def test_a_dash_and_a_name_without_a_handle_signs_no_post(nlp) -> None:
    text = POST.replace(" (@HMarchetti) March 3, 2024", ", préfet de la région")
    found = [s for s in extract(nlp, text) if s.content.startswith("Crue à #Vernelle")]
    assert not any(s.content.endswith("Leur courage force le respect.") for s in found)


# -- A press conference's topic headings above bare answers ---------------------------------------

CONFERENCE = (
    "L'entraîneur du FC Vernelle Gildas Morvan a estimé vendredi que le derby se jouerait "
    "sur des détails.\n\n"
    "Sur l'affaire Dubreuil\n\n"
    "\"Je ne suis pas là pour juger qui que ce soit. Le club a fait un rappel à l'ordre et "
    'le joueur a présenté ses excuses au groupe."\n'
)


def test_a_topic_heading_naming_someone_does_not_hand_them_the_answer(nlp) -> None:
    found = [s for s in extract(nlp, CONFERENCE) if s.content.startswith("Je ne suis pas là")]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Gildas Morvan"


def test_narration_naming_someone_before_a_bare_answer_hands_them_the_floor(nlp) -> None:
    text = CONFERENCE.replace(
        "Sur l'affaire Dubreuil", "Sur le terrain, la colère venait surtout de Léo Dubreuil."
    )
    found = [s for s in extract(nlp, text) if s.content.startswith("Je ne suis pas là")]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Léo Dubreuil"
