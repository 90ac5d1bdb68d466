"""Speakers on real French copy (session 19b): things and events, bodies named by their kind,
name variants, offices abroad, documents.

Each class was found on real French news pages; the texts here are invented (people,
places, bodies, events) in the layout of that copy.
"""

from __future__ import annotations

from datetime import date

from said_by import speaker_of, speakers

from dixit.core import statements_from_doc
from dixit.model import Article

# 1. Things and events are no speakers. A present participle hung with no comma on a noun
# phrase ("une intervention du ministre X proposant …") speaks for the person or body of
# that phrase, not for the subject of the clause around it ("La séance a été suspendue").

SITTING = (
    "La séance du Sénat a été suspendue jeudi peu avant midi après une intervention du "
    "Premier ministre Lucien Vasseur proposant aux sénateurs un “plan d'urgence” sur une "
    "série de mesures prévues par son gouvernement.\n"
)


def test_a_participle_on_a_noun_phrase_speaks_for_that_phrase(nlp) -> None:
    found = speakers(nlp, SITTING)
    assert found
    assert all(name != "Séance du Sénat" for _, name in found)
    assert found[0][1] == "Lucien Vasseur"


def test_a_participle_after_a_comma_still_speaks_for_the_clause_subject(nlp) -> None:
    text = (
        "Le maire Paul Garnier a salué jeudi la décision du Sénat, proposant aux élus un "
        "“plan d'urgence” pour les écoles de la ville.\n"
    )
    assert speakers(nlp, text)[0][1] == "Paul Garnier"


MEETING = "{opening} a estimé que les Jeux devaient rester gratuits pour les écoliers.\n"


def test_a_meeting_is_not_a_speaker_its_body_is(nlp) -> None:
    text = MEETING.format(opening="La réunion du Comité olympique")
    assert speakers(nlp, text)[0][1] == "Comité olympique"


def test_a_sitting_of_nobody_named_stays_unresolved(nlp) -> None:
    text = MEETING.format(opening="La séance de jeudi soir")
    assert all(name is None for _, name in speakers(nlp, text))


def test_a_body_named_as_an_event_keeps_its_name(nlp) -> None:
    text = MEETING.format(opening="Le Forum des jeunes")
    assert speakers(nlp, text)[0][1] == "Forum des jeunes"


ADMINISTRATION = (
    "{opening} a rappelé dans un communiqué que le président Jean Moreau avait été "
    "« largement » réélu.\n"
)


def test_the_administration_of_a_government_is_that_government(nlp) -> None:
    text = ADMINISTRATION.format(opening="L'administration du Gouvernement Moreau")
    assert speakers(nlp, text)[0][1] == "Gouvernement Moreau"


def test_an_administration_named_by_its_field_keeps_its_name(nlp) -> None:
    text = ADMINISTRATION.format(opening="L'administration pénitentiaire")
    assert speakers(nlp, text)[0][1] == "Administration pénitentiaire"


# 2. A body named by its kind and its own name: the name is the body ("Cantines-Debout, un
# collectif qui …"), and a later bare "le collectif" is that body; a bare kind noun takes up
# the body of its kind named last, even when another one was speaking before.

APPOSED_KIND = (
    "La colère des cantines gagne du terrain. Quarante écoles sont en grève, selon les "
    "chiffres publiés lundi par Cantines-Debout, {apposition} qui rassemble les agents de "
    "restauration scolaire.\n\n"
    '"Douze agents sur quinze n\'ont pas pu prendre leur poste", a déploré '
    'Cantines-Debout. "Trois agents ont dû rester jusqu\'au soir", a ajouté le collectif, '
    'dénonçant "l\'aveuglement" de la mairie.\n'
)


def test_a_kind_noun_in_apposition_names_the_body_taken_up_later(nlp) -> None:
    text = APPOSED_KIND.format(apposition="un collectif")
    assert speaker_of(nlp, text, "le collectif") == "Cantines-Debout"


def test_a_place_in_apposition_is_no_collective(nlp) -> None:
    text = APPOSED_KIND.format(apposition="une commune du Jura").replace(
        '"Douze agents sur quinze n\'ont pas pu prendre leur poste", a déploré Cantines-Debout. ',
        "",
    )
    assert speaker_of(nlp, text, "le collectif") != "Cantines-Debout"


TWO_ASSOCIATIONS = (
    "Le collectif Vélo-Libre a appelé à manifester samedi devant la mairie de Trelun. "
    '"Nous ne lâcherons rien sur les pistes cyclables", a prévenu le collectif dans un '
    "communiqué.\n\n"
    '{between}"Le projet est irresponsable", estime l\'association.\n'
)


def test_a_bare_kind_noun_takes_up_the_body_of_its_kind_named_since(nlp) -> None:
    text = TWO_ASSOCIATIONS.format(between="L'association Terre-Vive a également réagi. ")
    assert speaker_of(nlp, text, "l'association") == "Terre-Vive"


def test_a_bare_kind_noun_takes_up_the_body_speaking_when_none_is_named_since(nlp) -> None:
    text = TWO_ASSOCIATIONS.format(between="Les riverains ont également réagi. ")
    assert speaker_of(nlp, text, "l'association") == "Vélo-Libre"


# 3. The speaker is the subject who speaks, not a person or body the sentence names as an
# object. A present participle hung with no comma on the verb of a relative clause ("un
# message qu'il a publié annonçant …") speaks for that clause's subject.

RELATIVE = (
    "Marc Delorme recadré par le parquet de Lyon\n"
    "Le parquet de Lyon a recadré le ministre de la Justice Marc Delorme, ce mardi, après un "
    "message {relative} sur X{comma} annonçant l'arrestation d'un militant écologiste, lequel "
    "n'est pas en garde à vue.\n"
)


def test_a_participle_on_a_relative_clause_speaks_for_its_subject(nlp) -> None:
    text = RELATIVE.format(relative="qu'il a publié", comma="")
    assert speakers(nlp, text)[0][1] == "Marc Delorme"


def test_a_participle_on_a_bare_participle_keeps_the_clause_subject(nlp) -> None:
    text = RELATIVE.format(relative="publié", comma=",")
    assert speakers(nlp, text)[0][1] == "Parquet de Lyon"


# 4. One person written two ways in one article is one person, named by the spelling the
# article writes most often; a tie keeps the spelling first written in full.

SPELLINGS = (
    "L1 : Vannes « a manqué de jus », selon {headline}\n\n"
    "L'entraîneur de Vannes Yannick Kerbrot lors de la défaite face à Lorient\n\n"
    "L'entraîneur de Vannes, Yannick Kerbrat, a pris la défaite avec humour : « Nous avons "
    "eu une panne d'énergie », a-t-il souri en conférence de presse.\n"
)


def test_a_name_written_two_ways_takes_the_spelling_written_most(nlp) -> None:
    found = speakers(nlp, SPELLINGS.format(headline="Kerbrat"))
    assert {name for _, name in found} == {"Yannick Kerbrat"}


def test_a_name_written_once_each_way_keeps_the_first_full_spelling(nlp) -> None:
    found = speakers(nlp, SPELLINGS.format(headline="l'entraîneur"))
    assert {name for _, name in found if name} == {"Yannick Kerbrot"}


# 5. The registry's offices named without a nationality ("le président de la République")
# are the home country's only on a page about it, or about no other country: on a page
# about another country (its name, capital, demonyms named more often) they name no holder
# the registry knows; "le président français" still says whose.

CABINET = (
    "{city}, 3 jan (APS) – Le {office} a demandé au gouvernement de prendre les mesures "
    "nécessaires pour prévenir les feux de brousse, selon le communiqué du Conseil des "
    "ministres {demonym}.\n\n"
    "Le gouvernement {demonym} a aussi adopté un projet de loi sur les boulangeries.\n"
)


def _office_speaker(nlp, text: str, office: str) -> str | None:
    article = Article(text=text, published=date(2024, 1, 3))
    found = statements_from_doc(nlp(text), article)
    said = [s for s in found if s.speaker_mention and office in s.speaker_mention]
    assert said, f"no statement by {office!r}"
    return said[0].speaker.name if said[0].speaker else None


def test_a_bare_office_on_a_page_about_another_country_is_not_the_home_holder(nlp) -> None:
    text = CABINET.format(city="Dakar", office="président de la République", demonym="sénégalais")
    assert _office_speaker(nlp, text, "président de la République") != "Emmanuel Macron"


def test_a_bare_office_on_a_page_about_the_home_country_is_its_holder(nlp) -> None:
    text = CABINET.format(city="Paris", office="président de la République", demonym="français")
    assert _office_speaker(nlp, text, "président de la République") == "Emmanuel Macron"


def test_an_office_with_its_nationality_is_the_home_holder_anywhere(nlp) -> None:
    text = CABINET.format(city="Dakar", office="président français", demonym="sénégalais")
    assert _office_speaker(nlp, text, "président français") == "Emmanuel Macron"
