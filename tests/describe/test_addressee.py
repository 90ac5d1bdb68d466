"""Addressee: whom a statement was addressed to, resolved like a speaker (invented copy)."""

from __future__ import annotations

import pytest

from dixit.core import analyze
from dixit.model import Article, Statement


def statement_of(nlp, text: str, content: str) -> Statement:
    found = [s for s in analyze(Article(text=text, language="fr"), nlp=nlp) if content in s.content]
    assert found, f"no statement holding {content!r}"
    return found[0]


def test_a_person_addressed_is_resolved_like_a_speaker(nlp) -> None:
    text = (
        "La ministre Inès Camoin a reçu mardi le maire de Dole, Thierry Ravel.\n"
        "Le maire a promis à Camoin que le dossier serait bouclé en juin."
    )
    statement = statement_of(nlp, text, "le dossier serait bouclé")
    assert statement.addressee_mention == "Camoin"
    assert statement.addressee is not None
    assert statement.addressee.name == "Inès Camoin"


def test_an_agency_addressed(nlp) -> None:
    statement = statement_of(
        nlp, "Le ministre Paul Sarrade a déclaré à l'AFP que la réforme passerait.", "la réforme"
    )
    assert statement.addressee_mention == "l'AFP"
    assert statement.addressee is not None
    assert statement.addressee.name == "AFP"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "« Nous ne lâcherons rien », a lancé la syndicaliste Marie Deschanel aux journalistes.",
            "Nous ne lâcherons",
            "journalistes",
        ),
        (
            "La candidate Sylvie Aubrac a promis à ses partisans que la gare serait rouverte.",
            "la gare",
            "ses partisans",
        ),
    ],
)
def test_people_addressed_as_a_group_keep_their_mention(nlp, text, content, mention) -> None:
    statement = statement_of(nlp, text, content)
    assert statement.addressee_mention == mention


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a place is no one addressed
        ("La députée Léa Fournier a déclaré à Paris que la loi serait votée.", "la loi"),
        # a time
        ("La députée Léa Fournier a déclaré à la mi-journée que la loi serait votée.", "la loi"),
        # the same person named inside what was said, not addressed
        (
            "Le maire Thierry Ravel a déclaré que la ministre Inès Camoin avait écrit à la "
            "préfète.",
            "la ministre",
        ),
    ],
)
def test_no_addressee_without_someone_addressed(nlp, text, content) -> None:
    statement = statement_of(nlp, text, content)
    assert statement.addressee_mention is None
    assert statement.addressee is None


@pytest.mark.parametrize(
    ("text", "content", "mention", "addressee"),
    [
        # "lui": the last one named before it, not the speaker who is the subject
        (
            "La ministre Inès Camoin a reçu mardi le maire de Vierzon, Paul Vernier.\n"
            "Elle lui a promis que la maternité resterait ouverte.",
            "la maternité",
            "lui",
            "Paul Vernier",
        ),
        # with a verb of appeal, the direct object pronoun is the one addressed
        (
            "La ministre Inès Camoin a reçu Paul Vernier. Elle l'a exhorté à rouvrir la maternité.",
            "rouvrir la maternité",
            "l'",
            "Paul Vernier",
        ),
        # "leur": a group nobody named as one keeps its mention
        (
            "Paul Vernier a rencontré les syndicats de cheminots. Il leur a assuré que la "
            "ligne serait sauvée.",
            "la ligne",
            "leur",
            None,
        ),
        # a first person is the reporter: the mention only (the parser takes it for a
        # second subject)
        (
            "Le maire Paul Vernier m'a confié que la maternité resterait ouverte.",
            "la maternité",
            "m'",
            None,
        ),
    ],
)
def test_a_clitic_addressed(nlp, text, content, mention, addressee) -> None:
    statement = statement_of(nlp, text, content)
    assert statement.addressee_mention == mention
    assert (statement.addressee.name if statement.addressee else None) == addressee


@pytest.mark.parametrize(
    "text",
    [
        # the tonic "lui" of "selon lui" is the speaker's mention, not one addressed
        "Le maire Paul Vernier est formel. Selon lui, la maternité restera ouverte.",
        # "leur" determiner of the content, not a pronoun of the verb
        "Paul Vernier a reçu les cheminots. Il a assuré que leur ligne serait sauvée.",
        # "la" object of a verb that is no appeal is what was said, not one addressed
        "La ministre Inès Camoin l'a répété mardi : la réforme sera votée en juin.",
    ],
)
def test_no_clitic_addressee(nlp, text) -> None:
    found = analyze(Article(text=text, language="fr"), nlp=nlp)
    assert found
    for statement in found:
        assert statement.addressee_mention is None


def test_no_clitic_addressee_in_narration(nlp) -> None:
    # the same words with a verb that reports nothing: no statement, so no addressee
    text = "La ministre Inès Camoin a reçu Paul Vernier. Elle lui a remis la médaille de la ville."
    assert all(s.addressee is None for s in analyze(Article(text=text, language="fr"), nlp=nlp))


@pytest.mark.parametrize("told", ["told her", "said to her"])
def test_an_english_pronoun_addressed(told: str) -> None:
    text = (
        "The mayor, Tom Hadley, met the governor, Ann Reyes, on Monday. "
        f"He {told} that the bridge would reopen."
    )
    [statement] = [
        s for s in analyze(Article(text=text, language="en")) if "the bridge" in s.content
    ]
    assert statement.addressee_mention == "her"
    assert statement.addressee is not None and statement.addressee.name == "Ann Reyes"


def test_an_english_possessive_is_no_addressee() -> None:
    text = "The mayor, Tom Hadley, met the governor, Ann Reyes. He said her plan would fail."
    [statement] = [s for s in analyze(Article(text=text, language="en")) if "plan" in s.content]
    assert statement.addressee_mention is None


def test_a_pronoun_in_a_relayed_saying_is_the_one_who_relays_it(nlp) -> None:
    # the source told the radio: "lui" is the subject of the clause that tells the saying
    text = (
        "La radio Canal Sud a assuré mardi qu'une source gouvernementale lui a confié que le "
        "ministre Paul Vernier allait démissionner."
    )
    [statement] = [
        s
        for s in analyze(Article(text=text, language="fr"), nlp=nlp)
        if s.content.startswith("le ministre")
    ]
    assert statement.addressee_mention == "lui"
    assert statement.addressee is not None
    # the radio, whichever canonical form the speaker resolution gives its name
    assert statement.addressee.name.endswith("Canal Sud")


def test_a_pronoun_in_a_main_clause_is_still_the_last_one_named(nlp) -> None:
    # the same pronoun where the saying is told in a main clause: no relaying subject
    text = (
        "La radio Canal Sud a interrogé mardi le maire Paul Vernier. Une source "
        "gouvernementale lui a confié que la maternité resterait ouverte."
    )
    statement = statement_of(nlp, text, "la maternité")
    assert statement.addressee_mention == "lui"
    assert statement.addressee is not None
    assert statement.addressee.name == "Paul Vernier"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # two pronouns go on with the story: "il" and "lui" are the pair named before
        ("Le journal affirme qu'il lui a assuré que la maternité resterait ouverte.", "assuré"),
        # "lui" is one, the relaying subject many: no agreement
        (
            "Les syndicats affirment qu'un conseiller lui a assuré que la ligne resterait ouverte.",
            "assuré",
        ),
        # a main clause relays nothing
        ("Un conseiller lui a assuré que la ligne resterait ouverte.", "assuré"),
    ],
)
def test_no_relaying_subject(nlp, text, verb) -> None:
    from dixit.describe.addressee import telling_subject
    from dixit.describe.lexicon import addressee_lexicon

    doc = nlp(text)
    [token] = [t for t in doc if t.text == verb]
    assert telling_subject(token, addressee_lexicon("fr").clitics["lui"]) is None


def test_the_source_of_selon_is_no_one_addressed(nlp) -> None:
    text = "Selon le maire Paul Vernier, la maternité restera ouverte."
    statement = statement_of(nlp, text, "la maternité")
    assert statement.addressee_mention is None


def test_an_english_source_is_no_one_addressed() -> None:
    text = "The clinic will reopen in May, according to the mayor, Tom Hadley."
    for statement in analyze(Article(text=text, language="en")):
        assert statement.addressee_mention is None


def test_the_speaker_is_never_the_one_addressed(monkeypatch) -> None:
    # a phrase the resolution takes for the speaker ("the governor urged the governor's
    # staff") is no one addressed: one speaks to oneself with "se"
    from types import SimpleNamespace

    from dixit.describe import addressee
    from dixit.model import Speaker

    reyes = Speaker("ann-reyes", "Ann Reyes", "person")
    found = SimpleNamespace(entity=SimpleNamespace(speaker=lambda: reyes))
    monkeypatch.setattr(addressee, "resolve_mention", lambda state, probe, previous: found)
    state = SimpleNamespace(text="The governor urged the governor to wait.")
    statement = Statement(
        article="a", kind="indirect", content="to wait", content_span=(32, 39), speaker=reyes
    )
    assert addressee.resolve_phrase(state, statement, (19, 31)) is None  # type: ignore[arg-type]
    statement.speaker = Speaker("tom-hadley", "Tom Hadley", "person")
    assert addressee.resolve_phrase(state, statement, (19, 31)) == reyes  # type: ignore[arg-type]
