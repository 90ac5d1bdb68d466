"""The indexes and caches of round 9 (docs/scale.md): the same answers as the scans they
replace, asserted on their actual output."""

from __future__ import annotations

from dixit.extract.cues import CueLexicon, _possible_starts, find_cues
from dixit.extract.quotations import _mark_class
from dixit.extract.syntax import _SUBJECTS_KEY, subject_of


def test_possible_starts_keeps_prepositions_and_cue_verbs_only() -> None:
    lexicon = CueLexicon.for_language("fr")
    # "Selon la mairesse, le pont a été fermé et elle a déclaré que"
    lowers = [
        "selon",
        "la",
        "mairesse",
        ",",
        "le",
        "pont",
        "a",
        "été",
        "fermé",
        "et",
        "elle",
        "a",
        "déclaré",
        "que",
    ]
    lemmas = [
        "selon",
        "le",
        "mairesse",
        ",",
        "le",
        "pont",
        "avoir",
        "être",
        "fermer",
        "et",
        "elle",
        "avoir",
        "déclarer",
        "que",
    ]
    starts = _possible_starts(lowers, lowers, lemmas, lexicon)
    assert 0 in starts  # "selon" opens a prepositional cue
    assert 12 in starts  # "déclaré", a form of a verb of saying
    assert not {1, 2, 3, 4, 5, 9, 13} & set(starts)  # articles, nouns, marks, "et", "que"


def test_find_cues_reads_the_same_cues_from_the_possible_starts(nlp) -> None:
    doc = nlp("D'après la préfète Maëlle Quintard, le pont rouvrira lundi, a déclaré le maire.")
    cues = find_cues(doc, CueLexicon.for_language("fr"))
    assert [(c.kind, c.lemma, doc[c.token].text) for c in cues] == [
        ("preposition", "d'après", "D'"),
        ("verb", "déclarer", "déclaré"),
    ]


def test_subject_of_keeps_its_answer_on_the_doc(nlp) -> None:
    doc = nlp("Le maire de Vaubrune a déclaré que la route rouvrirait.")
    verb = next(t for t in doc if t.lemma_ == "déclarer")
    first = subject_of(verb)
    assert first is not None and first.text == "maire"
    assert doc.user_data[_SUBJECTS_KEY][(verb.i, verb.i, 0)] == first.i
    again = subject_of(verb)
    assert again is not None and again.i == first.i


def test_mark_class_finds_each_mark_and_nothing_else() -> None:
    text = "« Nous tiendrons, a-t-il dit (hier) ? Oui – vraiment »"
    found = [m.start() for m in _mark_class(frozenset({",", "?", "(", "–"})).finditer(text)]
    assert found == [16, 29, 36, 42]
