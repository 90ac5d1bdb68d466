"""Each English construction the extractor knows, on sentences written for the test.

Every construction has a positive case and a negative one: the same words in narration
that reports nobody's words. Skipped when the English model is not installed.
"""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.errors import ModelNotFound
from dixit.model import Article


@pytest.fixture(scope="module")
def en_nlp():
    from dixit.core import load_pipeline

    try:
        return load_pipeline(language="en")
    except ModelNotFound:
        pytest.skip("no English spaCy model installed")


def extract(nlp, text: str):
    return statements_from_doc(nlp(text), Article(text=text, language="en"))


CASES = [
    # (text, kind, content, mention, method)
    (
        '"We will not close a single library," the mayor of Dunmore said on Monday.',
        "direct",
        "We will not close a single library",
        "the mayor",
        "incise",
    ),
    (
        '"The bridge reopens in May," said Ellen Marsh, the council\'s transport chief.',
        "direct",
        "The bridge reopens in May",
        "Ellen Marsh",
        "incise",
    ),
    (
        "Governor Tom Reddick said the state would appeal the ruling.",
        "indirect",
        "the state would appeal the ruling",
        "Governor Tom Reddick",
        "que",
    ),
    (
        "The harbour master said that the ferries would sail again on Friday.",
        "indirect",
        "the ferries would sail again on Friday",
        "The harbour master",
        "que",
    ),
    (
        "According to the ministry, the talks will resume next week in Oslo.",
        "indirect",
        "the talks will resume next week in Oslo",
        "the ministry",
        "preposition",
    ),
    (
        "Reddick ruled out a new tax on diesel before the election.",
        "indirect",
        "a new tax on diesel before the election",
        "Reddick",
        "object",
    ),
    (
        "Ellen Marsh denied the claims made by the opposition.",
        "indirect",
        "the claims made by the opposition",
        "Ellen Marsh",
        "object",
    ),
    (
        "The union urged its members to reject the pay offer.",
        "indirect",
        "to reject the pay offer",
        "The union",
        "infinitive",
    ),
    (
        "Priya Landon, who chairs the harbour board, said the ferry would keep running.",
        "indirect",
        "the ferry would keep running",
        "Priya Landon",
        "que",
    ),
    (
        'Landon said she was "deeply disappointed" by the ruling.',
        "mixed",
        'she was "deeply disappointed" by the ruling',
        "Landon",
        "que",
    ),
    (
        "Marcus Bell told reporters the deal was dead.",
        "indirect",
        "the deal was dead",
        "Marcus Bell",
        "que",
    ),
    (
        "Marcus Bell wrote on X that the count had been rigged.",
        "indirect",
        "the count had been rigged",
        "Marcus Bell",
        "que",
    ),
    (
        'Marcus Bell said: "We will appeal this decision."',
        "direct",
        "We will appeal this decision.",
        "Marcus Bell",
        "preposed",
    ),
    (
        'Lina Okafor, the agency director, warned of "serious shortages" this winter.',
        "mixed",
        'of "serious shortages" this winter',
        "Lina Okafor, the agency director",
        "object",
    ),
    (
        "Okafor accused the harbour board of ignoring the warnings.",
        "indirect",
        "the harbour board of ignoring the warnings",
        "Okafor",
        "object",
    ),
    (
        'The mayor called the decision "a betrayal of our residents."',
        "mixed",
        'the decision "a betrayal of our residents."',
        "The mayor",
        "object",
    ),
    (
        "The opposition walked out, saying the count had been rigged.",
        "indirect",
        "the count had been rigged",
        "The opposition",
        "que",
    ),
    (
        '"Are we ready for the storm?" asked Lina Okafor.',
        "direct",
        "Are we ready for the storm?",
        "Lina Okafor",
        "incise",
    ),
    (
        "The ferries will sail again on Friday, the harbour master said on Tuesday.",
        "indirect",
        "The ferries will sail again on Friday",
        "the harbour master",
        "postposed",
    ),
    (
        'The storm cost the town "more than we can pay," Abel Price told the Courier.',
        "mixed",
        'The storm cost the town "more than we can pay,"',
        "Abel Price",
        "incise",
    ),
    (
        "The senator has always denied wrongdoing.",
        "indirect",
        "wrongdoing",
        "The senator",
        "object",
    ),
    (
        "The fund paid two tenants who said they had been evicted without notice.",
        "indirect",
        "they had been evicted without notice",
        "two tenants",
        "que",
    ),
    (
        "Price said he left the hall early because he thought the vote was over.",
        "indirect",
        "he left the hall early because he thought the vote was over",
        "Price",
        "que",
    ),
    (
        'The governor then quipped, "Let\'s keep to the budget. Ask me about the rest later."',
        "direct",
        "Let's keep to the budget. Ask me about the rest later.",
        "The governor",
        "preposed",
    ),
    (
        "Ferry crossings may stop within weeks, IMO says",
        "indirect",
        "Ferry crossings may stop within weeks",
        "IMO",
        "postposed",
    ),
    (
        "However, the organisers said, the march would go ahead on Saturday as planned.",
        "indirect",
        "the march would go ahead on Saturday as planned",
        "the organisers",
        "postposed",
    ),
    (
        "The harbour plan, the mayor said, will fail within a year.",
        "indirect",
        "The harbour plan, the mayor said, will fail within a year",
        "the mayor",
        "postposed",
    ),
    (
        "To keep the ferries, organisers said, the town must raise its fares.",
        "indirect",
        "the town must raise its fares",
        "organisers",
        "postposed",
    ),
    (
        "Tenants who lost their leases, the union believes, will sue the board.",
        "indirect",
        "Tenants who lost their leases, the union believes, will sue the board",
        "the union",
        "postposed",
    ),
    (
        '"The figures speak for themselves," according to Nils Arnett.',
        "direct",
        "The figures speak for themselves",
        "Nils Arnett",
        "preposition",
    ),
    (
        "Abel Price went on to say that the budget was balanced.",
        "indirect",
        "the budget was balanced",
        "Abel Price",
        "que",
    ),
    (
        "Dunmore says 'we need more time' for a harbour deal\n\nTalks resumed on Monday.",
        "mixed",
        "'we need more time' for a harbour deal",
        "Dunmore",
        "que_quote",
    ),
    (
        'Quell called it "the worst offer in a decade."',
        "mixed",
        'it "the worst offer in a decade."',
        "Quell",
        "object",
    ),
    (
        "Harbour board: \u201cNo ship will leave before Friday\u201d\nThe board met on Monday.",
        "direct",
        "No ship will leave before Friday",
        "Harbour board",
        "headline",
    ),
]


@pytest.mark.parametrize(("text", "kind", "content", "mention", "method"), CASES)
def test_english_construction(en_nlp, text, kind, content, mention, method):
    found = extract(en_nlp, text)
    assert [(s.kind, s.content, s.speaker_mention, s.method) for s in found][:1] == [
        (kind, content, mention, method)
    ]


NARRATION = [
    # The same words as above, with nobody's words reported.
    "The mayor of Dunmore closed a single library on Monday.",
    "The bridge that Ellen Marsh built reopens in May.",
    "Governor Tom Reddick signed the ruling into law.",
    "Contrary to the timetable, the ferries sail again on Friday.",
    "Reddick drove past a new petrol station before the election.",
    "The union urged on by its members walked out of the pay talks.",
    "Marcus Bell told a joke and left.",
    "The mayor called a meeting for Monday.",
    "The ferries sailed again on Friday, the harbour master waving from the quay.",
    "The storm cost the town a fortune, and Abel Price paid the Courier.",
    "The senator's wrongdoing was denied by nobody.",
    "The fund paid two tenants who had been evicted without notice.",
    "Parents continued to speak after the time limit.",
    "Abel Price went on to win the vote on the budget.",
    "She did not say whether the ward would close.",
    "Quell called it a day and went home to Dunmore.",
    "The parents' group met on Monday and the children's choir sang 'til late.",
    "A reporter asked why the ferry timetable had changed twice in a month.",
    "However, the organisers walked out, and the march went ahead on Saturday.",
    "On Monday, the mayor said goodbye to the crew of the ferry.",
    "The harbour plan, the mayor noted, in the minutes of May.",
    "Quell\u2019s union didn\u2019t strike on the board\u2019s busiest day of the year.",
    "The march went ahead \u2013 the organisers were there \u2013 on Saturday.",
    "A spokeswoman for the harbour board declined to comment.",
    "Okafor asked for the bill and walked out.",
    'The film "No Ship Will Leave" opens on Friday at the harbour cinema.',
]


@pytest.mark.parametrize("text", NARRATION)
def test_english_narration_is_no_statement(en_nlp, text):
    assert extract(en_nlp, text) == []


def test_quote_split_by_he_said_gives_two_statements(en_nlp):
    text = '"The figures are wrong," he said, "and everyone in this room knows it."'
    found = extract(en_nlp, text)
    assert [(s.kind, s.content, s.speaker_mention) for s in found] == [
        ("direct", "The figures are wrong", "he"),
        ("direct", "and everyone in this room knows it.", "he"),
    ]


def test_quote_then_he_said_then_a_new_sentence(en_nlp):
    text = '"It\'s over," Bell told reporters. "We walk away with nothing today."'
    found = extract(en_nlp, text)
    assert [s.content for s in found] == ["It's over", "We walk away with nothing today."]
    assert found[0].speaker_mention == "Bell"
    assert found[1].speaker.name == found[0].speaker.name


def test_paragraph_of_bare_quotes_continues_the_speaker(en_nlp):
    text = (
        '"We are ready for the vote," said Harriet Quell, the party leader.\n'
        '"Nobody in this town wants another delay on the bypass."'
    )
    found = extract(en_nlp, text)
    assert [s.content for s in found] == [
        "We are ready for the vote",
        "Nobody in this town wants another delay on the bypass.",
    ]
    assert found[1].speaker.name == "Harriet Quell"


def test_curly_and_straight_quotes_are_both_quotations(en_nlp):
    curly = "\u201cThe dam is safe,\u201d said Nils Arnett, the chief engineer."
    straight = '"The dam is safe," said Nils Arnett, the chief engineer.'
    for text in (curly, straight):
        [found] = extract(en_nlp, text)
        assert (found.kind, found.content, found.speaker_mention) == (
            "direct",
            "The dam is safe",
            "Nils Arnett",
        )


def test_a_quotation_after_narration_by_comma_is_not_announced(en_nlp):
    text = 'The mayor visited the school in Dunmore, "a fine building," and left.'
    assert all(s.method != "preposed" for s in extract(en_nlp, text))


def test_passive_after_a_quotation_is_no_incise(en_nlp):
    text = '"Blue Harbour," the novel, was written by Anna Kell in 1998.'
    assert extract(en_nlp, text) == []


def test_a_second_report_after_a_dash(en_nlp):
    text = (
        "The council fined two drivers who said they had parked legally \u2013 fines that "
        "the mayor and her deputy said were issued in error."
    )
    found = extract(en_nlp, text)
    assert [s.content for s in found] == ["they had parked legally", "were issued in error"]
    assert found[1].speaker_mention == "the mayor and her deputy"


def test_british_single_quotes_around_apostrophes(en_nlp):
    text = (
        "\u2018We don\u2019t want a strike,\u2019 said Harriet Quell, the union\u2019s "
        "leader. \u2018But the board\u2019s offer is an insult to every worker.\u2019"
    )
    found = extract(en_nlp, text)
    assert [(s.kind, s.content) for s in found] == [
        ("direct", "We don\u2019t want a strike"),
        ("direct", "But the board\u2019s offer is an insult to every worker."),
    ]
    assert found[1].speaker.name == "Harriet Quell"
