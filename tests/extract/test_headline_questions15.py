"""A headline whose words after the colon open on a question word is an explainer's title
("Colis suspect à la mairie : comment les démineurs sont intervenus"), not the words of a
source named before the colon; a source's headline with a clause or a quotation after the
colon is still read (session 15).

The sentences are invented; the layout is that of Swiss regional copy.
"""

from __future__ import annotations

import pytest

from dixit.core import statements_from_doc
from dixit.model import Article

BODY = "\n\nLes démineurs sont restés deux heures sur place mardi soir.\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Colis suspect chez le notaire : comment les démineurs sont intervenus",
        "Le suspect du cambriolage : pourquoi la police l'a relâché",
        "Le maire de Sorvilier : combien coûtera la nouvelle patinoire",
    ],
)
def test_a_question_word_after_the_colon_is_no_statement(nlp, headline) -> None:
    text = headline + BODY
    assert statements_from_doc(nlp(text), Article(text=text)) == []


def test_a_source_before_a_clause_after_the_colon_still_speaks(nlp) -> None:
    text = "Le maire de Sorvilier : « la patinoire coûtera moins que prévu »" + BODY
    [statement] = statements_from_doc(nlp(text), Article(text=text))
    assert statement.content == "la patinoire coûtera moins que prévu"
    assert statement.speaker_mention == "Le maire de Sorvilier"
