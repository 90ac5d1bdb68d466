"""Speakers on real French copy (session 20b): spokespeople with no name, descriptions of
an office, nested and relative frames.

Each class was found on real French news pages (held-out copy rotated into study); the
texts here are invented (people, places, bodies) in the layout of that copy.
"""

from __future__ import annotations

from said_by import speaker_of, speakers

# 1. A spokesperson with no name and no body ("a déclaré lundi un porte-parole") right after
# narration about a body ("Le parquet de Vallon a fait appel …") speaks for that body; after
# narration about a person, for nobody.

APPEAL = (
    "VALLON (Agence) - {subject} a fait appel du jugement rendu contre trois anciens élus "
    "de la commune.\n\n"
    "« L'appel a été formé mardi », a déclaré lundi un porte-parole.\n"
)


def test_a_bare_spokesperson_speaks_for_the_body_narrated_before(nlp) -> None:
    text = APPEAL.format(subject="Le parquet de Vallon")
    assert speaker_of(nlp, text, "un porte-parole") == "Parquet de Vallon"


def test_a_bare_spokesperson_after_a_person_speaks_for_nobody(nlp) -> None:
    text = APPEAL.format(subject="L'ancien maire Gérard Poulain")
    assert speaker_of(nlp, text, "un porte-parole") is None


# 2. School heads and a Swiss commune's syndic are offices: "la proviseure", "la principale",
# "le syndic" take up the person the article introduced by that noun ("La nouvelle principale
# de l'établissement, X, …"); a person the article introduced by another office, never.

SCHOOL = (
    "Au collège Jean-Marais, la rentrée des 420 élèves s'est bien passée. {head} a accueilli "
    "les sixièmes le matin. « Les choses sérieuses commencent », a lancé la principale à "
    "l'issue d'une réunion avec les parents.\n"
)


def test_the_principal_takes_up_the_person_introduced_so(nlp) -> None:
    text = SCHOOL.format(head="La nouvelle principale de l'établissement, Odile Marchetti,")
    found = speakers(nlp, text)
    assert [name for _, name in found] == ["Odile Marchetti"]


def test_the_principal_is_not_a_person_of_another_office(nlp) -> None:
    text = SCHOOL.format(head="L'adjointe au maire chargée des écoles, Odile Marchetti,")
    found = speakers(nlp, text)
    assert [name for _, name in found] == [None]


def test_the_proviseure_takes_up_the_person_introduced_so(nlp) -> None:
    text = (
        "Au lycée Victor-Duruy, la rentrée s'est bien passée. La proviseure, Anne Lebrun, a "
        "reçu les parents. « Il manque trois enseignants », a regretté la proviseure.\n"
    )
    assert speaker_of(nlp, text, "la proviseure") == "Anne Lebrun"


def test_the_syndic_takes_up_the_syndic_named_before(nlp) -> None:
    text = (
        "Le syndic de Vernay, Luc Dorval, a présidé la séance du conseil communal. "
        "« Le budget sera tenu », a assuré le syndic.\n"
    )
    assert speaker_of(nlp, text, "le syndic") == "Luc Dorval"


# 3. A description that repeats the noun a person was introduced by ("le ministre flamand du
# parti X … Le ministre flamand en affaires courantes") takes up that person, even when the
# statement between gave them another epithet ("a commenté le chef de file du parti"); a
# description of another noun right after an epithet still names someone else.

MINISTER = (
    "« Il faut un gouvernement avant l'été », a affirmé vendredi le ministre flamand du "
    "parti Avant Paul Verbeke sur la radio publique. « C'est notre devoir », a commenté "
    "le chef de file du parti Avant.\n\n"
    "Le ministre flamand en affaires courantes a concédé que son parti traversait une "
    "période difficile.\n"
)


def test_a_description_by_the_introducing_noun_after_another_epithet(nlp) -> None:
    assert speaker_of(nlp, MINISTER, "Le ministre flamand en affaires courantes") == (
        "Paul Verbeke"
    )


def test_an_epithet_after_another_still_names_someone_else(nlp) -> None:
    text = (
        "Le ministre Paul Verbeke et l'écrivain Marc Dorval ont débattu samedi. « La culture "
        "manque de moyens », a dit l'écrivain. « Le budget a augmenté », a répliqué le "
        "ministre.\n"
    )
    assert speaker_of(nlp, text, "le ministre") == "Paul Verbeke"
    assert speaker_of(nlp, text, "l'écrivain") == "Marc Dorval"


# 4. A newspaper's title opening a sentence ("La Presse a révélé lundi que …", "Le Courrier de
# Vernay a révélé …"): a common noun written with a capital after the article is a title,
# the paper speaks; "La presse" in lower case (the press at large) and a demonym ("La
# Lyonnaise") are no title.

REVEALED = (
    "La mairesse de Vernay a affirmé lundi qu'elle fixait les priorités.\n\n"
    "{subject} a révélé lundi matin que plusieurs conseillers de la mairesse étaient "
    "mécontents.\n"
)


def test_a_title_opening_a_sentence_is_the_paper(nlp) -> None:
    text = REVEALED.format(subject="Le Courrier de Vernay")
    assert speaker_of(nlp, text, "Le Courrier de Vernay") == "Le Courrier de Vernay"


def test_a_listed_paper_opening_a_sentence_is_the_paper(nlp) -> None:
    text = REVEALED.format(subject="La Presse")
    assert speaker_of(nlp, text, "La Presse") == "La Presse"


def test_the_press_in_lower_case_is_no_title(nlp) -> None:
    text = REVEALED.format(subject="La presse")
    assert speaker_of(nlp, text, "La presse") is None


def test_a_demonym_opening_a_sentence_is_no_title(nlp) -> None:
    text = REVEALED.format(subject="La Lyonnaise")
    assert speaker_of(nlp, text, "La Lyonnaise") is None


# 5. A relative clause of saying hung on someone's words ("les propos du syndicat, qui avait
# affirmé que …", "les déclarations de la préfecture, qui avait annoncé …"): the words' owner
# speaks (speech nouns join the document nouns, ``source_heads``); words of nobody in
# particular ("les propos de comptoir") give nobody.

WORDS = (
    "Le ministre Paul Verbeke a déclaré que la commune était déçue. Il n'a pas commenté "
    "{words}, qui {verb} que la grève continuerait.\n"
)


def test_the_owner_of_the_words_speaks_in_the_relative(nlp) -> None:
    text = WORDS.format(words="les propos du syndicat", verb="avait affirmé")
    assert speaker_of(nlp, text, "les propos du syndicat") == "Syndicat"


def test_the_owner_of_a_declaration_speaks_in_the_relative(nlp) -> None:
    text = (
        "Le maire a répondu lundi aux déclarations de la préfecture, qui avait annoncé que "
        "le pont resterait fermé.\n"
    )
    assert speaker_of(nlp, text, "déclarations de la préfecture") == "Préfecture"


def test_words_of_nobody_in_particular_give_nobody(nlp) -> None:
    text = WORDS.format(words="les propos de comptoir", verb="affirmaient")
    said, name = speakers(nlp, text)[-1]
    assert "comptoir" in said and name is None


# 6. A saying clause of comparison after the words (found by the extraction's
# extract/reported/comparatives.py) ("Pour la mairie, « … », comme l'a
# affirmé Paul X lors de sa visite") names who said them: "Pour la mairie" is the topic. A
# clause of comparison whose verb is no saying ("comme l'a montré la visite de X") names
# nobody.

TOPIC = (
    "Pour la mairie, « ce sera quelqu'un qui connaît le quartier », comme l'a {verb} "
    "lors de son passage à Vernay.\n"
)


def test_the_subject_of_a_comparison_of_saying_speaks(nlp) -> None:
    found = speakers(nlp, TOPIC.format(verb="affirmé Paul Verbeke"))
    assert [name for _, name in found] == ["Paul Verbeke"]


def test_a_comparison_with_no_saying_names_no_speaker(nlp) -> None:
    found = speakers(nlp, TOPIC.format(verb="montré la visite de Paul Verbeke"))
    assert "Paul Verbeke" not in [name for _, name in found]


# 7. A news medium's incise over a clause that opens on its own named source ("Le ministre
# X a déclaré que …, note le Financial Times"): the statement is X's, the paper only relays
# it, and its report is no statement of its own. A body's incise ("…, note le parquet")
# still reports the clause as its own statement.

RELAY = (
    "La pression monte sur Vernay, rapporte le Courrier.\n"
    "Le ministre des Affaires étrangères, Paul Verbeke, a déclaré que Vernay était « déçue » "
    "par les déclarations des trois pays, note {source}.\n"
)


def test_a_medium_relaying_a_named_source_adds_no_statement(nlp) -> None:
    found = speakers(nlp, RELAY.format(source="le Financial Times"))
    assert [name for _, name in found] == ["Courrier", "Paul Verbeke"]


def test_a_body_incise_over_a_named_source_is_still_its_statement(nlp) -> None:
    found = speakers(nlp, RELAY.format(source="le parquet"))
    assert [name for _, name in found] == ["Courrier", "Parquet", "Paul Verbeke"]
