"""The answers round 10 keeps on the Doc (docs/scale.md): the same as the scan they stand
for, asserted on the actual output."""

from __future__ import annotations

from dixit.extract.syntax import _BOUNDS_KEY, _sentence_bounds, sentence_bounds


def test_sentence_bounds_are_kept_per_token_and_stop_at_line_breaks(nlp) -> None:
    doc = nlp(
        "Le maire de Valbrune a déclaré que le pont rouvrirait.\n"
        "La préfète a ajouté que les travaux dureraient."
    )
    said = next(t for t in doc if t.text == "déclaré")
    added = next(t for t in doc if t.text == "ajouté")
    first = sentence_bounds(doc, said)
    assert doc[first[0] : first[1]].text == "Le maire de Valbrune a déclaré que le pont rouvrirait."
    second = sentence_bounds(doc, added)
    assert doc[second[0] : second[1]].text == "La préfète a ajouté que les travaux dureraient."
    assert doc.user_data[_BOUNDS_KEY] == (len(doc), {said.i: first, added.i: second})
    assert sentence_bounds(doc, said) == _sentence_bounds(doc, said) == first
