"""A verbless sentence opened by a present participle after a report (session 15, issue 11).

"La maire a assuré que … . Tout en regrettant que …": the participle's sentence has no verb
of its own and goes on the report before it. The texts are invented, laid out as regional
pages write them.
"""

from __future__ import annotations

from extracted import extract


def test_a_verbless_participle_sentence_reports_for_the_speaker_before(nlp) -> None:
    opening = "Tout en regrettant"
    text = (
        "La maire de Vernelle, Odile Brassac, a assuré mardi que le chantier de la piscine "
        f"serait terminé en juin. {opening} que l'opposition refuse tout dialogue."
    )
    statements = extract(nlp, text)
    (second,) = [s for s in statements if s.cue == opening.split()[-1]]
    assert second.content == "l'opposition refuse tout dialogue"
    assert second.speaker is not None and second.speaker.name == "Odile Brassac"


def test_a_participle_after_narration_names_no_speaker(nlp) -> None:
    # The same sentence after narration with no report: nobody to carry it over from.
    text = (
        "La maire de Vernelle, Odile Brassac, a visité mardi le chantier de la piscine. "
        "Tout en regrettant que l'opposition refuse tout dialogue."
    )
    assert [s for s in extract(nlp, text) if s.cue == "regrettant"] == []


def test_a_participle_with_its_own_main_clause_keeps_that_subject(nlp) -> None:
    text = (
        "La maire de Vernelle, Odile Brassac, a assuré mardi que le chantier serait terminé "
        "en juin. Regrettant que l'opposition refuse tout dialogue, le maire adjoint Paul "
        "Sarrail a quitté la séance."
    )
    (second,) = [s for s in extract(nlp, text) if s.cue == "Regrettant"]
    assert second.speaker is not None and second.speaker.name == "Paul Sarrail"
