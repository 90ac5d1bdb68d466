"""Speakers of real French news copy the resolver missed (session 15, issue 11): epithets
and roles of people named earlier, and roles of a court report.

Each class was found on unseen regional, sports and court copy; the texts here are invented
(people, places, events) in the layout of that copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def speakers(nlp, text: str) -> dict[str, str | None]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return {s.speaker_mention or "": s.speaker.name if s.speaker else None for s in found}


# A title given inside someone's words ("« … le président Y … »") names a person spoken
# about: "le président de la région" after that quotation is not Y by the shared head.


def test_a_title_inside_the_quotation_is_not_the_regional_president(nlp) -> None:
    text = (
        "Lucien Marbaud, réélu à la tête du conseil régional de Valmorin, ne décolère pas "
        "contre le gouvernement.\n\n"
        "« Notre région avait pourtant soutenu le président Hector Lavigne. Aujourd'hui, "
        "voilà comment on nous traite », a ajouté le président de la région.\n"
    )
    found = speakers(nlp, text)
    assert found["le président de la région"] == "Lucien Marbaud"


def test_a_title_in_the_narration_still_binds_the_same_head(nlp) -> None:
    text = (
        "Le président Lucien Marbaud a reçu les maires du canton lundi à Valmorin.\n\n"
        "« Nous tiendrons nos engagements », a ajouté le président de la région.\n"
    )
    found = speakers(nlp, text)
    assert found["le président de la région"] == "Lucien Marbaud"


# A court report: the person tried ("le prévenu", "l'accusée") is never the person the copy
# titles as an officer of the court ("le président X", "Maître Y"), even when that title
# comes later in the copy.


def test_the_defendant_is_not_the_presiding_judge(nlp) -> None:
    text = (
        "Tribunal correctionnel de Valbrune\n\n"
        "« Vous êtes sans emploi, monsieur », lit le président Ferrandou.\n\n"
        "Le prévenu s'emporte : « Je n'ai jamais touché à ce scooter ! » Le juge lui "
        "demande de se calmer.\n"
    )
    found = speakers(nlp, text)
    assert found["Le prévenu"] != "Ferrandou"


def test_the_defendant_is_not_his_lawyer(nlp) -> None:
    text = (
        "Tribunal correctionnel de Valbrune\n\n"
        "Maître Ostrowitz plaide la relaxe pour son client. Le prévenu s'emporte alors : "
        "« Je n'ai jamais touché à ce scooter ! »\n"
    )
    found = speakers(nlp, text)
    assert found["Le prévenu"] != "Ostrowitz"


def test_a_named_defendant_is_still_the_defendant(nlp) -> None:
    text = (
        "Tribunal correctionnel de Valbrune\n\n"
        "Kévin Sarrazol, 34 ans, comparaissait mardi pour le vol d'un scooter. « Je n'ai "
        "jamais touché à ce scooter », a assuré le prévenu. Le président Ferrandou lui a "
        "rappelé ses huit condamnations.\n"
    )
    found = speakers(nlp, text)
    assert found["le prévenu"] == "Kévin Sarrazol"


# A description of a distinct function the context gave to a person ("la prévenue" for the
# woman the lead names) is that person's function from then on: a later description of
# another function ("la procureure") is someone else, here nobody the copy names.

_HEARING = (
    "Marie Dastugue, 58 ans, comparaissait mardi devant le tribunal correctionnel de "
    "Valbrune pour abus de faiblesse. La présidente, Hélène Roux, a rappelé les faits.\n\n"
    "« Je n'ai jamais voulu lui nuire », a assuré la prévenue. "
)


def test_the_prosecutor_is_not_the_defendant_the_context_found(nlp) -> None:
    text = _HEARING + "La procureure a requis un an de prison avec sursis.\n"
    found = speakers(nlp, text)
    assert found["la prévenue"] == "Marie Dastugue"
    assert found["La procureure"] != "Marie Dastugue"


def test_the_same_function_again_is_the_same_person(nlp) -> None:
    text = _HEARING + "« J'étais son amie », a encore plaidé la prévenue en larmes.\n"
    found = statements_from_doc(nlp(text), Article(text=text))
    named = [s.speaker.name if s.speaker else None for s in found if s.speaker_mention]
    assert named.count("Marie Dastugue") == 2


# A local story brings in people without a name ("un riverain", "une voisine"): a pronoun
# in the sentence right after takes up that person, who names nobody, rather than the
# person named before (the mayor). Named in apposition, the same noun is that person.

_OPENING = "Le maire de Valbrune, Jean Castagnol, a inauguré le nouveau pont samedi.\n\n"


def test_a_pronoun_after_an_unnamed_resident_is_not_the_mayor(nlp) -> None:
    text = _OPENING + (
        "Un riverain, venu avec ses enfants, s'est approché de la tribune. « Trois ans de "
        "travaux, c'est trop », a-t-il lancé.\n"
    )
    found = speakers(nlp, text)
    assert found["il"] != "Jean Castagnol"


def test_a_pronoun_after_a_named_neighbour_is_the_neighbour(nlp) -> None:
    text = _OPENING + (
        "Un voisin du chantier, Paul Girard, s'est approché de la tribune. « Trois ans de "
        "travaux, c'est trop », a-t-il lancé.\n"
    )
    found = speakers(nlp, text)
    assert found["il"] == "Paul Girard"


def test_a_pronoun_after_the_mayor_alone_is_the_mayor(nlp) -> None:
    text = _OPENING + (
        "Il a salué le travail des entreprises. « Trois ans de travaux, c'était long », "
        "a-t-il reconnu.\n"
    )
    found = speakers(nlp, text)
    assert found["il"] == "Jean Castagnol"


# "le boss du club" is a person's noun like "le patron": the club's president named before,
# never a body called "Boss du club".


def test_the_boss_of_the_club_is_its_president(nlp) -> None:
    text = (
        "Roger Manin, président du FC Valbrune, savourait la victoire dans les couloirs du "
        "stade.\n\n"
        "« On a battu le leader, personne n'y croyait », a lâché le boss du club.\n"
    )
    found = speakers(nlp, text)
    assert found["le boss du club"] == "Roger Manin"


def test_the_boss_named_by_nobody_is_no_body(nlp) -> None:
    text = (
        "Le FC Valbrune a battu le leader samedi.\n\n"
        "« Personne n'y croyait », a lâché le boss du club.\n"
    )
    found = statements_from_doc(nlp(text), Article(text=text))
    assert all(s.speaker is None or s.speaker.type != "organisation" for s in found)


# A quotation opening its paragraph, closed by a pronoun incise, takes up the main subject
# that closed the paragraph before ("Le maire a répondu point par point. ¶ « … », a-t-il
# assuré"), as a pronoun opening its paragraph does; not the last person named in it.

_COUNCIL = (
    "Le conseil municipal de Valbrune, présidé par le maire Jean Castagnol, a adopté mardi "
    "le budget 2025.\n\n"
    "Jean Castagnol a défendu la hausse des investissements, mais l'opposant Marc Delorme a "
    "dénoncé une dérive des dépenses."
)


def test_the_incise_takes_up_the_subject_closing_the_paragraph_before(nlp) -> None:
    text = _COUNCIL + (
        " Le maire a répondu point par point.\n\n« Nous tiendrons nos engagements », "
        "a-t-il assuré.\n"
    )
    found = speakers(nlp, text)
    assert found["il"] == "Jean Castagnol"


def test_without_that_subject_the_incise_keeps_the_last_speaker(nlp) -> None:
    text = _COUNCIL + "\n\n« Nous allons droit dans le mur », a-t-il prévenu.\n"
    found = speakers(nlp, text)
    assert found["il"] == "Marc Delorme"
