"""A statement whose speaker is a source the text leaves unnamed is flagged ``anonymous``
(speaker None by design); a statement left without a speaker for want of a resolution, or
given to a named person or body, is not."""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article, Statement


def statements(nlp, text: str) -> list[Statement]:
    return statements_from_doc(nlp(text), Article(text=text))


def flags(nlp, text: str) -> list[tuple[str, str | None, bool]]:
    """(mention, speaker name, anonymous) of each statement of ``text``."""
    return [
        (s.speaker_mention or "", s.speaker.name if s.speaker else None, s.anonymous)
        for s in statements(nlp, text)
    ]


def test_an_unnamed_source_is_anonymous(nlp) -> None:
    text = "Le convoi a quitté Vernac dans la nuit, a indiqué une source proche de l'enquête."
    assert flags(nlp, text) == [("une source proche de l'enquête", None, True)]


def test_a_named_speaker_is_not_anonymous(nlp) -> None:
    text = "Le convoi a quitté Vernac dans la nuit, a indiqué le préfet Paul Arnoult."
    found = flags(nlp, text)
    assert found and found[0][1] == "Paul Arnoult" and not found[0][2]


def test_a_source_without_article_is_anonymous(nlp) -> None:
    text = "Le convoi a quitté Vernac dans la nuit, a-t-on appris de source judiciaire."
    found = statements(nlp, text)
    assert found and all(s.anonymous and s.speaker is None for s in found)


def test_the_same_unnamed_source_taken_up_is_anonymous(nlp) -> None:
    text = (
        "Le convoi a quitté Vernac dans la nuit, a indiqué une source policière. "
        "Selon la même source, il transportait des armes."
    )
    found = flags(nlp, text)
    assert [anonymous for _, _, anonymous in found] == [True, True]


def test_the_same_source_after_a_named_body_is_that_body(nlp) -> None:
    text = (
        "Le convoi a quitté Vernac dans la nuit, a indiqué la gendarmerie de Vernac. "
        "Selon la même source, il transportait des armes."
    )
    found = flags(nlp, text)
    assert len(found) == 2 and not any(anonymous for _, _, anonymous in found)
    assert found[1][1] == found[0][1] is not None


def test_someone_brought_in_without_a_name_is_anonymous(nlp) -> None:
    text = (
        "La rue était bloquée depuis l'aube. « On n'a rien entendu avant six heures », "
        "raconte un témoin."
    )
    found = flags(nlp, text)
    assert found == [("un témoin", None, True)]


def test_an_unresolved_definite_description_is_not_anonymous(nlp) -> None:
    text = "« On n'a rien entendu avant six heures », raconte le gardien de l'immeuble."
    found = flags(nlp, text)
    assert found and not found[0][2]


def test_an_unnamed_spokesperson_is_not_anonymous(nlp) -> None:
    text = (
        "La préfecture de Vernac a interdit la manifestation. « La sécurité ne peut être "
        "garantie », a déclaré un porte-parole."
    )
    assert not any(anonymous for _, _, anonymous in flags(nlp, text))


def test_the_flag_is_in_the_json_form() -> None:
    said = Statement(
        article="a", kind="indirect", content="il pleuvra", content_span=(0, 10), anonymous=True
    )
    data = said.to_dict()
    assert data["anonymous"] is True
    assert Statement.from_dict(data).anonymous is True
    older = {k: v for k, v in data.items() if k != "anonymous"}
    assert Statement.from_dict(older).anonymous is False
