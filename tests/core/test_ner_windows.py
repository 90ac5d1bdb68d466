"""The model's NER over the windows around capitalised words (``dixit.ner_windows``).

The article is invented, in the layout of a local report: a headline, a dateline, a
quotation with its speaker named and titled, a long stretch of narration in lower case,
and a second person named at the end.
"""

from __future__ import annotations

import numpy as np
import pytest
from spacy.tokens import Doc

from dixit.core import analyze, load_pipeline, parser_input
from dixit.errors import InputError
from dixit.ner_windows import COMPONENT, WINDOW, NerMode, NerWindows, entities_back, ner_mode

TEXT = "\n\n".join(
    [
        "Marché couvert : la rénovation reportée à l'automne",
        "BRESSOLLES - Le chantier de la halle attendra encore quelques mois.",
        "« Nous voulons d'abord entendre les commerçants », a déclaré Hélène Vaudrey, "
        "adjointe au maire chargée du commerce.",
        "les étals resteront donc en place tout l'été, et les travaux de toiture, "
        "prévus de longue date, seront faits pendant les semaines les plus calmes de "
        "l'année, quand les producteurs viennent moins souvent.",
        "Selon Gaston Pellerin, président de l'association des marchands, les "
        "clients sont rassurés.",
    ]
)


@pytest.fixture(scope="module")
def both() -> tuple[Doc, Doc]:
    """``TEXT`` parsed with the model's NER over every token, and over the windows."""
    seen = parser_input(TEXT, "fr", "all")
    whole = load_pipeline(language="fr", ner="all")
    windowed = load_pipeline(language="fr", ner="names")
    return whole(seen), windowed(seen)


def _entities(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


def test_the_windowed_pipeline_replaces_the_models_ner() -> None:
    names = load_pipeline(language="fr", ner="names").pipe_names
    assert COMPONENT in names and "ner" not in names
    assert "ner" in load_pipeline(language="fr", ner="all").pipe_names


def test_the_names_are_the_same_as_over_the_whole_text(both: tuple[Doc, Doc]) -> None:
    whole, windowed = both
    assert _entities(windowed) == _entities(whole)
    assert {"Hélène Vaudrey", "Gaston Pellerin"} <= {e.text for e in windowed.ents}
    # Every token carries an IOB tag, as the model's own NER leaves it.
    assert [t.ent_iob_ for t in windowed] == [t.ent_iob_ for t in whole]


def test_the_windows_leave_out_lowercase_narration(both: tuple[Doc, Doc]) -> None:
    _, doc = both
    ner = NerWindows(load_pipeline(language="fr", ner="all").get_pipe("ner"))
    window, at = ner.windows(doc)
    narration = TEXT.index("les étals")
    inside = next(t.i for t in doc if t.idx > narration and t.text == "toiture")
    assert inside not in set(at.tolist())  # far from any capital: not read
    assert 0 < len(window) < len(doc)
    # Each window token is the token of the text at its index.
    assert [t.text for t in window] == [doc[int(i)].text for i in at]
    capital = next(t.i for t in doc if t.text == "Pellerin")
    assert set(range(capital - WINDOW, capital + WINDOW + 1)) <= set(at.tolist())


def test_a_text_without_a_capital_has_no_entity_and_every_token_outside() -> None:
    nlp = load_pipeline(language="fr", ner="names")
    doc = nlp("les travaux reprendront après les vacances, a-t-on appris hier soir.")
    assert not doc.ents
    assert {t.ent_iob_ for t in doc} == {"O"}


@pytest.mark.parametrize("text", [",", "Oui", "« Non », dit Léa.", "A b"])
def test_a_text_shorter_than_a_window_keeps_its_own_tokens(text: str) -> None:
    """A Doc shorter than the window's span is read whole, and only its own tokens."""
    nlp = load_pipeline(language="fr", ner="all")
    doc = nlp.make_doc(text)
    window, at = NerWindows(nlp.get_pipe("ner")).windows(doc)
    assert at.tolist() == [i for i in range(len(doc)) if any(t.is_upper or t.is_title for t in doc)]
    assert [t.text for t in window] == [doc[int(i)].text for i in at]
    assert load_pipeline(language="fr", ner="names")(text).text == text


def test_an_entity_across_the_gap_between_two_windows_is_not_copied_back() -> None:
    nlp = load_pipeline(language="fr", ner="all")
    doc = nlp.make_doc("Alba vient ici souvent avec Rémi Sorel")
    found = Doc(doc.vocab, words=["Alba", "Rémi", "Sorel"], ents=["B-PER", "I-PER", "I-PER"])
    assert entities_back(doc, found, np.array([0, 5, 6])) == []
    found = Doc(doc.vocab, words=["Alba", "Rémi", "Sorel"], ents=["B-PER", "B-PER", "I-PER"])
    spans = entities_back(doc, found, np.array([0, 5, 6]))
    assert [(s.text, s.label_) for s in spans] == [("Alba", "PER"), ("Rémi Sorel", "PER")]


def test_the_statements_are_the_same_in_both_modes() -> None:
    def found(mode: str) -> list[dict[str, object]]:
        nlp = load_pipeline(language="fr", ner=mode)
        return [s.to_dict() for s in analyze(TEXT, language="fr", nlp=nlp)]

    assert found("names") == found("all")
    assert any((s["speaker"] or {}).get("name") == "Hélène Vaudrey" for s in found("names"))


def test_a_model_that_tags_lowercase_words_keeps_its_whole_ner(en_ready: None) -> None:
    # English models tag dates and numbers ("last week", "three"): no windows for them.
    names = load_pipeline(language="en", ner="names").pipe_names
    assert "ner" in names and COMPONENT not in names


def test_an_ingest_hands_its_workers_the_mode_it_reads() -> None:
    from dixit.service.ingest import IngestOptions

    assert IngestOptions().pipeline.ner == ner_mode().value


def test_the_mode_is_all_or_names() -> None:
    assert ner_mode("names") is NerMode.NAMES
    with pytest.raises(InputError):
        ner_mode("some")


def test_the_mode_proper_is_the_default() -> None:
    assert ner_mode("proper") is NerMode.PROPER
    assert ner_mode() is NerMode.PROPER


# Invented copy: two sentences whose only capitals are stop words opening them, a name
# far from them, a title capitalised inside a sentence, an acronym spelling a stop word.
OPENERS = (
    "les riverains du canal attendaient une réponse depuis longtemps. Il a fallu "
    "patienter tout le printemps pour obtenir une date de réunion avec la commune. "
    "Mais rien ne semble avoir bougé depuis les premières plaintes déposées en mairie. "
    "les pêcheurs du bief, eux, se sont adressés à Maëlle Ternier, qui préside leur "
    "amicale depuis douze ans. les élus attendent la visite du Premier ministre avant "
    "de trancher. les adhérents du syndicat des éclusiers, dit le SON, ont voté."
)


def _window_words(mode: str) -> tuple[Doc, set[int]]:
    nlp = load_pipeline(language="fr", ner="all")
    doc = nlp(OPENERS)
    ner = NerWindows(nlp.get_pipe("ner"), stop_words_open=mode == "names")
    return doc, set(ner.windows(doc)[1].tolist())


def test_a_stop_word_opening_a_sentence_opens_no_window_in_proper() -> None:
    doc, names = _window_words("names")
    _, proper = _window_words("proper")
    for opener in ("Il", "Mais"):
        i = next(t.i for t in doc if t.text == opener)
        assert i in names and i not in proper
    # The name's window is read as in ``names``: the same tokens around it.
    name = next(t.i for t in doc if t.text == "Maëlle")
    around = set(range(name - WINDOW, name + WINDOW + 1))
    assert around <= proper and around <= names
    assert proper < names


def test_a_stop_word_capitalised_inside_a_sentence_or_in_capitals_still_opens_one() -> None:
    # The near-misses: "Premier" and "SON" are stop words ("premier", "son"), but their
    # capital is the writer's choice, not the sentence's first letter.
    doc, proper = _window_words("proper")
    for word in ("Premier", "SON"):
        i = next(t.i for t in doc if t.text == word)
        assert set(range(i - WINDOW, min(i + WINDOW + 1, len(doc)))) <= proper


def test_the_statements_are_the_same_in_proper_and_names() -> None:
    def found(mode: str) -> list[dict[str, object]]:
        nlp = load_pipeline(language="fr", ner=mode)
        return [s.to_dict() for s in analyze(TEXT, language="fr", nlp=nlp)]

    assert found("proper") == found("names")
    seen = parser_input(TEXT, "fr", "all")
    proper = load_pipeline(language="fr", ner="proper")
    assert COMPONENT in proper.pipe_names
    assert _entities(proper(seen)) == _entities(load_pipeline(language="fr", ner="names")(seen))
