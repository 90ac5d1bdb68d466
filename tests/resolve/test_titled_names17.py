"""A medium's title that opens on its article keeps it: "Le Monde", "Les Nouvelles de X".

The shared gold names media with their article ("Les Echos"); the resolver used to drop it
for a medium opening its sentence, so "Le Monde" and "Monde" were not the same answer.
Texts are invented.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def speaker_of(nlp, text: str, words: str) -> str | None:
    found = statements_from_doc(nlp(text), Article(text=text))
    st = next(s for s in found if words in s.content)
    return st.speaker.name if st.speaker else None


def test_a_newspaper_after_its_cue_keeps_its_article(nlp) -> None:
    text = (
        "Vernay : la piscine fermera cet été\n\n"
        "Le conseil municipal de Vernay a voté la fermeture de la piscine, ont rapporté "
        "mardi Les Nouvelles de l'Aven. La décision doit encore être validée par la préfecture.\n"
    )
    assert speaker_of(nlp, text, "fermeture de la piscine") == "Les Nouvelles de l'Aven"


def test_a_known_medium_keeps_its_article_at_the_start_of_a_sentence(nlp) -> None:
    text = (
        "Retraites : le projet abandonné\n\n"
        "Le Monde affirme que le ministre a renoncé à son projet de réforme des retraites. "
        "Le ministère n'a pas répondu.\n"
    )
    assert speaker_of(nlp, text, "renoncé à son projet") == "Le Monde"


def test_a_body_opening_its_sentence_is_named_without_its_article(nlp) -> None:
    text = (
        "L'Aven polluée\n\n"
        "La Fédération des pêcheurs de l'Aven a dénoncé lundi « une pollution massive » de "
        "la rivière. Les analyses sont en cours.\n"
    )
    assert speaker_of(nlp, text, "pollution massive") == "Fédération des pêcheurs de l'Aven"
