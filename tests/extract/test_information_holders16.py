"""Who stands behind information, documents and records after "selon" (session 16, issue 11).

"Selon les informations de X", "selon les informations dont dispose X", "selon les
documents que X a consultés" give X as the source, and the relative clause is part of the
source phrase, not of the words; "un communiqué de la préfecture" is the préfecture's.
A document that its own words define ("les informations recueillies sur place") or that
is new ("des documents") takes up no source named before. After a quotation closed by an
incise, "selon le texte de …" says where the words were read: the incise's speaker speaks.
Invented text in the layout of wire and regional copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def found(nlp, text: str) -> list[tuple[str, str | None, str]]:
    statements = statements_from_doc(nlp(text), Article(text=text))
    return [(s.cue, s.speaker.name if s.speaker else None, s.content) for s in statements]


def test_the_holder_named_by_a_relative_clause(nlp) -> None:
    text = (
        "Selon les informations dont La Gazette du Morvan dispose, les deux salariés ont été "
        "entendus mardi par les gendarmes.\n"
    )
    [(_, speaker, content)] = found(nlp, text)
    assert speaker == "Gazette du Morvan"
    assert content == "les deux salariés ont été entendus mardi par les gendarmes"


def test_the_holder_after_the_verb_of_the_relative(nlp) -> None:
    text = (
        "Selon les informations dont dispose Le Courrier de Vallon, le coût des travaux "
        "dépasserait quatre millions d'euros.\n"
    )
    [(_, speaker, content)] = found(nlp, text)
    assert speaker is not None and "Courrier de Vallon" in speaker
    assert content.startswith("le coût des travaux")


def test_the_information_of_a_newspaper(nlp) -> None:
    text = (
        "Selon les informations du Journal de Vallon, l'entrepôt n'était plus assuré depuis "
        "janvier.\n"
    )
    assert found(nlp, text)[0][1] == "Journal de Vallon"


def test_a_statement_of_a_body_in_lower_case(nlp) -> None:
    text = "Selon un communiqué de la préfecture, la route restera fermée jusqu'à lundi.\n"
    assert found(nlp, text)[0][1] == "Préfecture"


def test_information_its_own_words_define_takes_up_no_earlier_source(nlp) -> None:
    text = (
        "Selon les informations du Journal de Vallon, l'entrepôt n'était plus assuré depuis "
        "janvier.\n\n"
        "Selon les informations recueillies sur place, le feu serait parti d'un "
        "transformateur.\n"
    )
    speakers = [speaker for _, speaker, _ in found(nlp, text)]
    assert speakers[0] == "Journal de Vallon"
    assert speakers[1] is None


def test_new_documents_take_up_no_earlier_source(nlp) -> None:
    text = (
        "Selon les révélations du Journal de Vallon, le maire aurait acheté le terrain en "
        "2019.\n\n"
        "Selon des documents, le projet coûterait trois millions d'euros.\n"
    )
    speakers = [speaker for _, speaker, _ in found(nlp, text)]
    assert speakers[0] == "Journal de Vallon"
    assert speakers[1:] in ([], [None])


def test_selon_after_a_quotation_and_its_incise_names_the_medium(nlp) -> None:
    text = (
        "« Nous avons toujours respecté les normes », a déclaré le directeur de "
        "l'entreprise, Marc Delorme, selon le texte d'un communiqué publié dans la soirée.\n"
    )
    [(cue, speaker, content)] = found(nlp, text)
    assert cue == "a déclaré"
    assert speaker == "Marc Delorme"
    assert content == "Nous avons toujours respecté les normes"


def test_selon_after_a_quotation_without_incise_is_the_source(nlp) -> None:
    text = (
        "« Le chantier durera au moins dix semaines », selon un communiqué de la mairie "
        "publié lundi.\n"
    )
    [(cue, speaker, content)] = found(nlp, text)
    assert cue == "selon"
    assert speaker == "Mairie"
    assert content == "Le chantier durera au moins dix semaines"
