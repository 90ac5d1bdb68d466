"""Quotations and interviews on real French copy (session 21): remarks a journalist puts to
the interviewee without a question mark, and reports inside the questions. Invented text."""

from __future__ import annotations

from extracted import contents, extract

INTERVIEW = (
    "Le coureur de Vernelle a pris le temps de répondre à nos questions.\n\n"
    "Félicitations pour votre médaille. Vous attendiez-vous à un tel résultat ?\n\n"
    "Je suis très heureux. Je la dédie à ma famille et à mon club.\n\n"
    "{prompt}\n\n"
    "{answer}\n\n"
    "Et la suite de la saison ?\n\n"
    "Je vais me reposer un peu, puis je reprendrai l'entraînement en mars."
)


def test_a_remark_in_the_second_person_is_a_question(nlp) -> None:
    text = INTERVIEW.format(
        prompt="C'est historique tout de même. Vous êtes le premier coureur du club à monter "
        "sur un podium mondial…",
        answer="J'en suis très fier. Je fais partie désormais d'un cercle restreint.",
    )
    found = contents(extract(nlp, text))
    assert "J'en suis très fier. Je fais partie désormais d'un cercle restreint." in found
    assert not any("historique" in c for c in found)


def test_a_remark_ending_on_a_full_stop_is_a_question(nlp) -> None:
    text = INTERVIEW.format(
        prompt="C'est une nouvelle victoire contre un grand rival pour vous.",
        answer="Oui, j'ai fait une très bonne course. C'était une grosse bataille.",
    )
    found = contents(extract(nlp, text))
    assert "Oui, j'ai fait une très bonne course. C'était une grosse bataille." in found
    assert not any("grand rival" in c for c in found)


def test_an_answer_that_says_vous_and_je_stays_an_answer(nlp) -> None:
    text = INTERVIEW.format(
        prompt="Vous savez, je n'ai jamais douté de mes jambes.",
        answer="Il faut dire que mon entraîneur m'a beaucoup aidé cette année.",
    )
    found = contents(extract(nlp, text))
    assert "Vous savez, je n'ai jamais douté de mes jambes." in found


def test_a_remark_in_the_second_person_not_answered_in_the_first_stays(nlp) -> None:
    text = INTERVIEW.format(
        prompt="Vous verrez, le public de Vernelle sera là en mars.",
        answer="Le club a prévu une fête pour tous les bénévoles.",
    )
    found = contents(extract(nlp, text))
    assert "Vous verrez, le public de Vernelle sera là en mars." in found


def test_a_report_inside_a_prompt_is_no_statement(nlp) -> None:
    text = INTERVIEW.format(
        prompt="On dit qu'il aurait suffi que Paul Ravel demande ce poste pour vous, pour "
        "qu'il l'obtienne…",
        answer="Je n'en suis pas informé.",
    )
    found = extract(nlp, text)
    assert "Je n'en suis pas informé." in contents(found)
    assert not any("ce poste" in s.content for s in found)


def test_a_report_inside_a_short_prompt_is_no_statement(nlp) -> None:
    text = INTERVIEW.format(
        prompt="Le sélectionneur a déclaré que vous seriez titulaire dimanche…",
        answer="Je l'ai appris ce matin. Je suis prêt.",
    )
    found = extract(nlp, text)
    assert "Je l'ai appris ce matin. Je suis prêt." in contents(found)
    assert not any("titulaire" in s.content for s in found)


def test_a_report_in_an_answer_still_reports(nlp) -> None:
    text = INTERVIEW.format(
        prompt="Et votre entraîneur ?",
        answer="Je sais que le sélectionneur a déclaré que je serais titulaire dimanche.",
    )
    found = contents(extract(nlp, text))
    assert any("titulaire" in c for c in found)
