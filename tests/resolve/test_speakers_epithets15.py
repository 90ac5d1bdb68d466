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
