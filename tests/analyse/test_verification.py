"""Verification: words of the text that say a reported claim is unconfirmed, denied or
second-hand (``dixit.analyse.verification``). Articles are invented; statements are built
by hand where the extractor would put them."""

from __future__ import annotations

from dixit.analyse.verification import read_article, sentence_spans, verification_cues, verify
from dixit.model import Speaker, Statement, VerificationReason


def said(
    text: str,
    content: str,
    cue: str,
    speaker: str,
    *,
    lemma: str = "déclarer",
    via: str | None = None,
    after: int = 0,
) -> Statement:
    """A statement of ``text`` whose content and cue are the first occurrences after
    ``after``."""
    start = text.index(content, after)
    cue_start = text.index(cue, after)
    return Statement(
        article="t",
        kind="indirect",
        content=content,
        content_span=(start, start + len(content)),
        cue=cue,
        cue_span=(cue_start, cue_start + len(cue)),
        cue_lemma=lemma,
        speaker=Speaker(speaker.lower().replace(" ", "-"), speaker, "person"),
        via=via,
    )


def test_unconfirmed_after_mais_in_the_same_sentence_flags_the_report_and_its_nested_claim():
    text = (
        "Le porte-parole Julien Arnaud a déclaré que le maire Paul Tessier avait promis de "
        "rouvrir la piscine en juin, mais cette information n'a pas encore été confirmée "
        "par la préfecture."
    )
    outer = said(text, "le maire Paul Tessier avait promis", "a déclaré", "Julien Arnaud")
    outer = Statement(
        **{**outer.__dict__, "content": text[outer.content_span[0] : len(text) - 1]}
        | {"content_span": (outer.content_span[0], len(text) - 1), "id": ""}
    )
    inner = said(
        text, "de rouvrir la piscine en juin", "avait promis", "Paul Tessier", via=outer.id
    )
    checked = {s.id: s for s in verify(text, [outer, inner], "fr")}
    for statement in checked.values():
        assert statement.verified is False
        assert statement.verification is not None
        assert statement.verification.reason is VerificationReason.UNCONFIRMED
        assert statement.verification.cue == "pas encore été confirmée"


def test_confirmed_narration_leaves_the_claim_unknown():
    text = (
        "Le porte-parole Julien Arnaud a déclaré que le maire avait promis de rouvrir la "
        "piscine en juin. L'information a été confirmée par la préfecture."
    )
    claim = said(text, "le maire avait promis de rouvrir la piscine en juin", "a déclaré", "Arnaud")
    (checked,) = verify(text, [claim], "fr")
    assert checked.verified is None and checked.verification is None


def test_a_denial_in_the_next_sentence_qualifies_the_claim_before_it():
    text = (
        "Selon l'élue Martine Quéré, la société Brivane a racheté le terrain des Saules. "
        "La direction de Brivane a démenti jeudi. Le conseil se réunira lundi."
    )
    claim = said(
        text, "la société Brivane a racheté le terrain des Saules", "Selon", "Martine Quéré"
    )
    (checked,) = verify(text, [claim], "fr")
    assert checked.verified is False
    assert checked.verification.reason is VerificationReason.DENIED
    assert checked.verification.cue == "a démenti"


def test_a_negated_denial_is_no_denial():
    text = (
        "Selon l'élue Martine Quéré, la société Brivane a racheté le terrain des Saules. "
        "La direction de Brivane n'a pas démenti."
    )
    claim = said(
        text, "la société Brivane a racheté le terrain des Saules", "Selon", "Martine Quéré"
    )
    (checked,) = verify(text, [claim], "fr")
    assert checked.verified is None


def test_the_denier_s_own_statement_is_not_denied():
    text = "La direction de Brivane a démenti avoir racheté le terrain des Saules."
    denial = said(
        text, "avoir racheté le terrain des Saules", "a démenti", "Brivane", lemma="démentir"
    )
    (checked,) = verify(text, [denial], "fr")
    assert checked.verified is None


def test_words_a_speaker_states_are_their_claim_not_a_doubt_about_it():
    text = "Le juge Alain Corbel a affirmé que le rapport n'avait pas été vérifié par l'expert."
    claim = said(
        text,
        "le rapport n'avait pas été vérifié par l'expert",
        "a affirmé",
        "Alain Corbel",
        lemma="affirmer",
    )
    (checked,) = verify(text, [claim], "fr")
    assert checked.verified is None


def test_a_next_sentence_with_its_own_statement_keeps_its_doubt_to_itself():
    text = (
        "Le maire Paul Tessier a déclaré que la piscine rouvrirait en juin. "
        "Son adjoint a ajouté que le budget suivrait, ce qui n'a pas été confirmé."
    )
    first = said(text, "la piscine rouvrirait en juin", "a déclaré", "Paul Tessier")
    second = said(text, "le budget suivrait", "a ajouté", "Lina Bercot", lemma="ajouter")
    checked = {s.id: s for s in verify(text, [first, second], "fr")}
    assert checked[first.id].verified is None
    assert checked[second.id].verified is False


def test_second_hand_words_count_in_the_speaker_mention():
    text = "Selon une source proche du dossier, le club cherche un nouvel entraîneur."
    claim = said(text, "le club cherche un nouvel entraîneur", "Selon", "une source")
    (checked,) = verify(text, [claim], "fr")
    assert checked.verification.reason is VerificationReason.SECOND_HAND
    # Naming no source is noted, not taken as a doubt: verified stays unknown.
    assert checked.verified is None


def test_english_words_come_from_the_english_lexicon():
    cues = verification_cues("The claim could not be independently confirmed.", "en")
    assert [c.reason for c in cues] == [VerificationReason.UNCONFIRMED]


def test_sentences_end_at_a_stop_before_a_space_or_at_a_newline():
    text = "Il a dit « oui. » Elle a répondu non.\nTitre"
    assert [text[a:b].strip() for a, b in sentence_spans(text, "fr")] == [
        "Il a dit « oui. »",
        "Elle a répondu non.",
        "Titre",
    ]


def test_a_denial_that_is_another_speaker_s_statement_is_a_contradiction_not_a_doubt():
    text = (
        "La syndicaliste Inès Moreau a affirmé que la direction n'avait jamais répondu. "
        "Le directeur, Hugo Lamarre, a démenti avoir ignoré les courriers."
    )
    claim = said(text, "la direction n'avait jamais répondu", "a affirmé", "Inès Moreau")
    denial = said(text, "avoir ignoré les courriers", "a démenti", "Hugo Lamarre", lemma="démentir")
    reading = read_article(text, [claim, denial], "fr")
    assert reading.verifications == {}
    ((found),) = reading.denials
    assert (found.claim.id, found.denial.id, found.cue.text) == (claim.id, denial.id, "a démenti")
    assert [s.verified for s in verify(text, [claim, denial], "fr")] == [None, None]


def test_the_speaker_who_does_not_confirm_is_not_the_claim_s():
    text = (
        "Le ministre Hugo Lamarre a déclaré que le groupe Brivane garderait les 300 salariés. "
        "Le groupe Brivane n'a pas confirmé, se bornant à indiquer que son offre évoluerait."
    )
    claim = said(text, "le groupe Brivane garderait les 300 salariés", "a déclaré", "Hugo Lamarre")
    start = text.index("Le groupe Brivane n'a")
    reply = said(text, "son offre évoluerait", "indiquer", "Brivane", lemma="indiquer")
    reply = Statement(
        **{
            **reply.__dict__,
            "speaker_mention": "Le groupe Brivane",
            "speaker_mention_span": (start, start + len("Le groupe Brivane")),
        }
    )
    checked = {s.id: s for s in verify(text, [claim, reply], "fr")}
    assert checked[claim.id].verified is False
    assert checked[claim.id].verification.cue == "pas confirmé"
    assert checked[reply.id].verified is None
