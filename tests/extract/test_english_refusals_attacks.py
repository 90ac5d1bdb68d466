"""English refusals ("refused to hold hearings"), attacks in words ("blasted the council
over the levy", "lashed out at the board"), gerund objects ("denied having met the
developers"), what a source spoke of ("spoke of her faith in …"), a stance named by a noun
with its holder and target ("their criticism of Lusk") and a postposed report after a past
tense the tagger reads as a participle ("…, the Herald reported").

The attribution corpora of political news (PolNeAR: ``docs/languages.md``, "Other
conventions") count a refusal and an attack as the source's attribution; dixit takes them
only as the outer report of someone (a person or a body), and a refusal to speak ("refused
to comment") tells nothing. Each construction has a narration negative with the same verb.
Sentences written for these tests; skipped when the English model is not installed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dixit.model import Statement


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Senator Dana Pell refused to hold hearings on the harbour levy.",
            "refused",
            "to hold hearings on the harbour levy",
        ),
        (
            "The dockers' union has refused to sign the new contract.",
            "has refused",
            "to sign the new contract",
        ),
    ],
)
def test_a_refusal_is_a_statement_that_denies(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)
    assert statement.certainty == "denied"


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Dana Pell refused to comment on the harbour levy.",
        "Senator Dana Pell refused to speak to reporters after the vote.",
        "The old engine refused to start on Monday morning.",
        "The council, which refused to cut the levy, met on Monday.",
    ],
)
def test_refusing_to_speak_or_a_thing_refusing_is_no_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


def test_a_refusal_inside_a_report_is_part_of_it(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    [statement] = english_statements("Pell said Lusk had refused to meet the dockers.")
    assert (statement.cue, statement.content) == ("said", "Lusk had refused to meet the dockers")


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Mayor Rob Lusk blasted the harbour board over the levy.",
            "blasted",
            "the harbour board over the levy",
        ),
        (
            "Mayor Rob Lusk lashed out at the harbour board on Monday.",
            "lashed out",
            "at the harbour board on Monday",
        ),
        (
            "Local leaders also fired back at Lusk's remarks about the yards.",
            "fired back",
            "at Lusk's remarks about the yards",
        ),
        (
            "Senator Dana Pell took aim at the levy in her speech.",
            "took aim",
            "at the levy in her speech",
        ),
        (
            "Lusk mocked Pell for her record on taxes.",
            "mocked",
            "Pell for her record on taxes",
        ),
    ],
)
def test_an_attack_in_words_is_a_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm blasted the northern coast on Monday.",
        "The striker fired back at the goalkeeper after a short pass.",
        "The gale lashed out at the harbour wall all night.",
    ],
)
def test_an_attack_by_a_thing_is_no_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Mayor Rob Lusk denied having met the developers.", "having met the developers"),
        ("Lusk denied taking money from the developers.", "taking money from the developers"),
        (
            "The harbour board admitted misleading the council about the levy.",
            "misleading the council about the levy",
        ),
    ],
)
def test_a_gerund_object_is_what_is_denied_or_admitted(
    english_statements: Callable[[str], list[Statement]], sentence: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.content) == ("indirect", content)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lusk was seen taking money from the developers.",
        "Lusk enjoyed meeting the developers in the yards.",
    ],
)
def test_a_gerund_after_other_verbs_is_no_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


def test_a_purpose_after_the_object_is_no_content(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    """ "Lusk urged the council to act" keeps its infinitive; after an act's object an
    infinitive adjunct tells what the act was for, not what was said."""
    [statement] = english_statements("Lusk urged the council to drop the levy.")
    assert statement.content == "to drop the levy"
    for found in english_statements("Dockers blasted the rock to open a new quarry."):
        assert not found.content.startswith("to open")


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "President Ana Kell spoke of her faith in the voters of Kessel.",
            "spoke",
            "of her faith in the voters of Kessel",
        ),
        (
            "Kell talked about how the yards had closed in 1990.",
            "talked",
            "about how the yards had closed in 1990",
        ),
    ],
)
def test_what_a_source_spoke_of_is_a_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kell spoke about the issue on Monday.",
        "Kell spoke to reporters after the vote.",
        "Lusk spoke with so much force it sounded as though he were screaming.",
        "The old book speaks of a lost harbour.",
        "Kell declined to speak about the levy.",
        "Senator Dana Pell declined to endorse Rob Lusk.",
    ],
)
def test_a_topic_a_thing_or_an_act_not_done_is_no_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        (
            "Two Kessel lawmakers have been vocal in their criticism of Lusk.",
            "criticism",
            "their",
            "Lusk",
        ),
        (
            "The union's support for the levy has faded since March.",
            "support",
            "The union",
            "the levy",
        ),
    ],
)
def test_a_stance_with_its_holder_and_its_target_is_a_statement(
    english_statements: Callable[[str], list[Statement]],
    sentence: str,
    cue: str,
    speaker: str,
    content: str,
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.cue, statement.speaker_mention, statement.content) == (
        cue,
        speaker,
        content,
    )


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Support for the levy has faded since March.", None),
        ("The beams give support to the roof.", None),
        ("Pell said the union's support for the levy had faded.", "said"),
    ],
)
def test_a_stance_noun_without_holder_or_inside_a_report_is_none_of_its_own(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str | None
) -> None:
    assert [s.cue for s in english_statements(sentence)] == ([cue] if cue else [])


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        (
            "Members of the Lusk family long ago soured on the levy, the Herald reported.",
            "reported",
            "the Herald",
            "Members of the Lusk family long ago soured on the levy",
        ),
        (
            "The dockers soured on the levy, Pell said.",
            "said",
            "Pell",
            "The dockers soured on the levy",
        ),
    ],
)
def test_a_postposed_report_after_a_past_tense_read_as_a_participle(
    english_statements: Callable[[str], list[Statement]],
    sentence: str,
    cue: str,
    speaker: str,
    content: str,
) -> None:
    """The tagger reads "soured" as a participle; the parse still makes it the clause the
    cue reports, with its own subject."""
    [statement] = english_statements(sentence)
    assert (statement.cue, statement.speaker_mention, statement.content) == (
        cue,
        speaker,
        content,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry sank on Monday, reported missing by its owners the day before.",
        "Two dockers were reported missing after the storm.",
    ],
)
def test_a_report_as_a_participle_or_passive_is_no_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


def test_a_quoted_title_before_a_cue_with_its_own_clause_is_no_incise(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    """'"…," X admitted' is an incise; when the cue goes on with its own clause, the
    quotation before it is a title ("on KTV's "Harbour Hour,""), no one's words."""
    found = english_statements(
        'Speaking Monday on KTV\'s "Harbour Hour," Lusk admitted that he had met the developers.'
    )
    assert [(s.kind, s.cue, s.content) for s in found] == [
        ("indirect", "admitted", "he had met the developers")
    ]
    [incise] = english_statements('"The levy will pass," Kell admitted on Monday.')
    assert (incise.kind, incise.content) == ("direct", "The levy will pass")
    [told] = english_statements(
        '"The harbour is not in decline," Lusk told the councillors, who could guess whom'
        " he had in mind."
    )
    assert (told.kind, told.cue, told.content) == (
        "direct",
        "told",
        "The harbour is not in decline",
    )


def test_a_clause_before_a_cue_with_an_object_is_no_postposed_report(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    """ "…, the chairman announced four votes": the clause before the comma is a time
    adjunct, the object is what was announced; "…, Kell told reporters" addresses someone."""
    found = english_statements(
        "Minutes after the voting began, the delegation chairman announced four votes for Lusk."
    )
    assert [s.content for s in found] == ["four votes for Lusk"]
    [told] = english_statements("The levy will pass, Kell told reporters on Monday.")
    assert (told.cue, told.content) == ("told", "The levy will pass")


@pytest.mark.parametrize(
    ("sentence", "contents"),
    [
        (
            "Soon after the vote, Lusk wrote to his 20,000 followers, \"It's time to end her"
            ' career for good," and shared a link.',
            ["It's time to end her career for good"],
        ),
        (
            '"They have every reason to agree," he said of Lusk and Pell, "because they both'
            ' need one another."',
            ["They have every reason to agree", "because they both need one another."],
        ),
    ],
)
def test_a_comma_after_the_cue_and_its_prepositional_phrases_announces_a_quotation(
    english_statements: Callable[[str], list[Statement]], sentence: str, contents: list[str]
) -> None:
    assert [s.content for s in english_statements(sentence)] == contents


def test_a_comma_after_a_clause_of_narration_announces_nothing(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    """The words between the cue and the comma hold a verb: no reporting clause ends there."""
    found = english_statements(
        'Lusk spoke at the rally after he had toured the yards, "Harbour First" on every sign.'
    )
    assert all(s.content != "Harbour First" for s in found)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The contract covers about 100 dockers across six yards, according to the"
            " harbour union, one of the unions representing the crews.",
            "The contract covers about 100 dockers across six yards",
        ),
        (
            "Lusk remained the most cautious member of the council, according to an analysis"
            " by Dana Pell, a professor at Kessel University.",
            "Lusk remained the most cautious member of the council",
        ),
    ],
)
def test_an_apposition_after_a_postposed_source_describes_the_source(
    english_statements: Callable[[str], list[Statement]], sentence: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.cue, statement.content) == ("according to", content)


def test_a_clause_after_a_postposed_source_is_narration(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    """After the source, a clause of its own (a finite verb) is no apposition: whose words
    they are is unclear, no statement."""
    found = english_statements(
        "The board struck a deal, according to the ministry, and the strike will end on Monday."
    )
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "It was, he said, one of the bitterest failures of his term.",
            "he",
            "It was, he said, one of the bitterest failures of his term",
        ),
        (
            "Lusk was, Pell said, the worst mayor the harbour ever had.",
            "Pell",
            "Lusk was, Pell said, the worst mayor the harbour ever had",
        ),
    ],
)
def test_a_cue_set_off_after_a_subject_and_its_verb_runs_the_words_over_it(
    english_statements: Callable[[str], list[Statement]],
    sentence: str,
    speaker: str,
    content: str,
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.speaker_mention, statement.content) == (speaker, content)


def test_a_subject_and_verb_before_a_cue_with_nothing_after_is_no_statement(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    """The words must go on after the cue set off by commas: "It was, he said." tells
    nothing, and "It was, in the end, a failure" has no cue at all."""
    assert english_statements("It was, he said.") == []
    assert english_statements("It was, in the end, one of the bitterest failures.") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The city is seeking hundreds of millions of dollars from the state.",
            "is seeking",
            "hundreds of millions of dollars from the state",
        ),
        (
            "Harbour business leaders push for free trade with the north.",
            "push",
            "for free trade with the north",
        ),
    ],
)
def test_what_someone_seeks_or_presses_for_is_a_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry sought shelter in the bay.",
        "Dockers pushed the crates onto the quay.",
        "The tide pushed for hours against the harbour wall.",
    ],
)
def test_a_thing_seeking_or_pushing_is_no_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Harbour leaders recognize that the northern ports can be their allies.",
            "recognize",
            "the northern ports can be their allies",
        ),
        ("Pell realized that the levy would fail.", "realized", "the levy would fail"),
    ],
)
def test_what_someone_recognises_is_a_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)
    assert statement.certainty == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessel recognized the new state in 1991.",
        "Pell never realized how deep the debt had grown.",
    ],
)
def test_recognising_a_thing_or_a_question_is_no_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The harbour levy will fail next spring, Pell now says.", "says"),
        ("The harbour levy will fail next spring, Pell later said.", "said"),
    ],
)
def test_an_adverb_between_the_source_and_a_postposed_cue(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.cue, statement.speaker_mention, statement.content) == (
        cue,
        "Pell",
        "The harbour levy will fail next spring",
    )


def test_a_comparative_before_the_source_is_no_postposed_report(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    """ "…, as Pell now says": the writer agrees with Pell; the words are the writer's."""
    assert english_statements("The harbour levy will fail next spring, as Pell now says.") == []


def test_recognising_inside_another_report_is_part_of_it(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    found = english_statements(
        "Pell said that while the council recognized that the ports were allies, the levy"
        " would stay."
    )
    assert [s.cue for s in found] == ["said"]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Pell implied a Kessel judge was biased because of his origins.",
            "implied",
            "a Kessel judge was biased because of his origins",
        ),
        ("The mayor hinted that the levy would be dropped.", "hinted", "the levy would be dropped"),
    ],
)
def test_a_claim_by_implication_is_a_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str, cue: str, content: str
) -> None:
    [statement] = english_statements(sentence)
    assert (statement.kind, statement.cue, statement.content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence", ["The new data imply a rise in prices.", "Lusk hinted at a deal on Monday."]
)
def test_an_implication_without_a_clause_is_no_statement(
    english_statements: Callable[[str], list[Statement]], sentence: str
) -> None:
    assert english_statements(sentence) == []


def test_a_degree_after_push_for_is_no_statement(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    found = english_statements(
        "Dockers seem set to win on what they are pushing for the hardest, a new contract."
    )
    assert all(s.cue != "are pushing" for s in found)


def test_a_question_asked_before_a_postposed_cue_is_no_report(
    english_statements: Callable[[str], list[Statement]],
) -> None:
    """ "But asked whether …, Pell simply responded: "…"": the participle phrase puts the
    question; the answer is the quotation. A clause before a postposed cue and a colon
    is still a report ("…, the mayor often says: …")."""
    found = english_statements(
        "But asked to clarify if the party will abstain on the vote or not, Pell simply"
        ' responded: "You will find out very soon."'
    )
    assert [(s.kind, s.content) for s in found] == [("direct", "You will find out very soon.")]
    [report] = english_statements(
        "That strife is one of the chief reasons to oppose Lusk, the mayor often says: in his"
        " view, Lusk would worsen the climate."
    )
    assert (report.cue, report.content) == (
        "says",
        "That strife is one of the chief reasons to oppose Lusk",
    )
