"""A wire dateline opening a paragraph is no part of what the speaker said.

"KESSEL, Vestland (Wirepress) - The council approved …, a spokeswoman said": the content
starts after the dash. Sentences written for these tests; skipped when the English model is
not installed.
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


@pytest.mark.parametrize(
    ("opening", "content"),
    [
        (
            "KESSEL, Vestland (Wirepress) - The council approved a harbour tax on Tuesday",
            "The council approved a harbour tax on Tuesday",
        ),
        # no dash: the town is the council's name as written, and stays
        (
            "Kessel council approved a harbour tax on Tuesday",
            "Kessel council approved a harbour tax on Tuesday",
        ),
    ],
)
def test_postposed_content_starts_after_the_dateline(en_nlp, opening: str, content: str) -> None:
    text = f"Harbour tax approved\n\n{opening}, a spokeswoman for the council said."
    [statement] = statements_from_doc(en_nlp(text), Article(text=text, language="en"))
    assert statement.content == content
