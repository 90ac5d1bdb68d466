"""Reported reversals: the text's own words say a speaker changed position."""

from __future__ import annotations

from dataclasses import replace

import pytest
from positions_story import said

from dixit.analyse.reported import reported_reversals, reversal_cues
from dixit.model import Article, Statement

STORY = (
    "Volte-face du maire de Brévanne sur la piscine.\n"
    "Le maire, Didier Lannoy, avait assuré en janvier que la piscine resterait ouverte "
    "tout l'été. Mardi, il a annoncé qu'elle fermerait dès le 1er juillet, faute de "
    "maîtres-nageurs.\n"
    "L'opposition, par la voix de Sandrine Morel, a dénoncé une décision précipitée.\n"
)


def placed(text: str, content: str, cue: str, lemma: str, speaker: str) -> Statement:
    """A statement whose spans point into ``text`` (content after its cue)."""
    cue_start = text.index(cue)
    start = text.index(content, cue_start)
    statement = said(content, cue=cue, lemma=lemma, speaker=speaker, article="brevanne")
    return replace(
        statement,
        content_span=(start, start + len(content)),
        cue_span=(cue_start, cue_start + len(cue)),
    )


def story_statements(text: str) -> list[Statement]:
    return [
        placed(
            text,
            "la piscine resterait ouverte tout l'été",
            "avait assuré",
            "assurer",
            "Didier Lannoy",
        ),
        placed(
            text,
            "elle fermerait dès le 1er juillet, faute de maîtres-nageurs",
            "a annoncé",
            "annoncer",
            "Didier Lannoy",
        ),
        placed(text, "une décision précipitée", "a dénoncé", "dénoncer", "Sandrine Morel"),
    ]


def test_pluperfect_summary_is_the_old_position() -> None:
    article = Article(text=STORY, id="brevanne", language="fr")
    [reversal] = reported_reversals(article, story_statements(STORY))
    data = reversal.to_dict()
    assert data["speaker"]["name"] == "Didier Lannoy"
    assert data["before"]["content"] == "la piscine resterait ouverte tout l'été"
    assert data["after"]["content"].startswith("elle fermerait")
    assert data["evidence"]["kind"] == "reported"
    assert data["evidence"]["cue"] == "Volte-face"
    start, end = data["evidence"]["cue_span"]
    assert STORY[start:end] == "Volte-face"


def test_same_words_without_a_cue_report_nothing() -> None:
    calm = STORY.replace("Volte-face du maire", "Nouvelle annonce du maire")
    article = Article(text=calm, id="brevanne", language="fr")
    assert reported_reversals(article, story_statements(calm)) == []


def test_a_denied_cue_reports_nothing() -> None:
    denied = STORY.replace(
        "Volte-face du maire de Brévanne sur la piscine.",
        "Le maire de Brévanne dément toute volte-face sur la piscine.",
    )
    assert reversal_cues(denied, "fr") == []
    article = Article(text=denied, id="brevanne", language="fr")
    assert reported_reversals(article, story_statements(denied)) == []


def test_a_cue_with_one_position_reports_nothing() -> None:
    article = Article(text=STORY, id="brevanne", language="fr")
    lone = [s for s in story_statements(STORY) if s.cue != "avait assuré"]
    assert reported_reversals(article, lone) == []


def test_cue_phrases_are_found_in_running_text() -> None:
    text = "Le ministre a fait marche arrière jeudi, puis il a changé d'avis."
    assert [c.text for c in reversal_cues(text, "fr")] == ["marche arrière", "changé d'avis"]


def test_a_negated_cue_is_no_reversal() -> None:
    text = "Le sénateur assure qu'il n'a pas changé d'avis et qu'il ne renonce pas au projet."
    assert reversal_cues(text, "fr") == []


def test_the_same_cue_affirmed_is_a_reversal() -> None:
    text = "Le sénateur reconnaît qu'il a changé d'avis et qu'il renonce au projet."
    assert [c.text for c in reversal_cues(text, "fr")] == ["changé d'avis", "renonce"]


def test_an_imperfect_position_is_not_the_new_one_after_a_passe_compose() -> None:
    filler = "Les travaux du bassin ont pris du retard pendant tout l'hiver. " * 12
    text = (
        "Rétropédalage de Didier Lannoy. Le maire refusait en janvier de fermer la piscine. "
        + filler
        + "Il a voulu rassurer mardi les familles.\n"
    )
    statements = [
        placed(text, "de fermer la piscine", "refusait", "refuser", "Didier Lannoy"),
        placed(text, "rassurer mardi les familles", "a voulu", "vouloir", "Didier Lannoy"),
    ]
    article = Article(text=text, id="brevanne", language="fr")
    assert reported_reversals(article, statements) == []


def test_a_parse_without_dependencies_reads_statements_only() -> None:
    import spacy

    article = Article(text=STORY, id="brevanne", language="fr")
    doc = spacy.blank("fr")(STORY)
    with_doc = reported_reversals(article, story_statements(STORY), doc=doc)
    assert [r.to_dict() for r in with_doc] == [
        r.to_dict() for r in reported_reversals(article, story_statements(STORY))
    ]


def opposite_stances_text(filler_repeats: int) -> tuple[str, list[Statement]]:
    """A cue, the mayor's new refusal beside it, and his earlier support of the market
    ``filler_repeats`` sentences further on, with no word that sets it earlier."""
    filler = "Les commerçants du centre attendent la décision du conseil municipal. "
    text = (
        "Revirement à Vernoux. Le maire a refusé mardi le marché nocturne du jeudi. "
        + filler * filler_repeats
        + "Le maire a soutenu le marché nocturne du jeudi devant les forains.\n"
    )
    statements = [
        placed(text, "le marché nocturne du jeudi.", "a refusé", "refuser", "Gilles Ferrand"),
        placed(
            text, "le marché nocturne du jeudi devant", "a soutenu", "soutenir", "Gilles Ferrand"
        ),
    ]
    return text, statements


def test_an_opposite_position_near_the_cue_is_the_old_one() -> None:
    text, statements = opposite_stances_text(2)
    article = Article(text=text, id="brevanne", language="fr")
    [reversal] = reported_reversals(article, statements)
    assert reversal.before.stance == "supports" and reversal.after.stance == "opposes"


def test_an_opposite_position_far_from_the_cue_and_not_set_earlier_is_none() -> None:
    # Only its stance would make it the old position: far from the cue, nothing says the
    # text tells the change with it.
    text, statements = opposite_stances_text(12)
    article = Article(text=text, id="brevanne", language="fr")
    assert reported_reversals(article, statements) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le maire de Vernoux refuse de faire marche arrière sur la piscine.",
        "La ministre exclut toute volte-face sur la réforme des lycées.",
        "Le préfet a exclu de revenir sur l'arrêté de fermeture.",
        "Le syndicat se refuse à tout rétropédalage sur la grève.",
    ],
)
def test_a_cue_a_verb_of_refusal_governs_is_a_position_held(text: str) -> None:
    assert reversal_cues(text, "fr") == []


def test_a_refusal_before_a_cue_in_another_clause_leaves_it() -> None:
    text = "Après avoir exclu toute hausse, le maire de Vernoux a fait volte-face mardi."
    assert [c.text for c in reversal_cues(text, "fr")] == ["volte-face"]
