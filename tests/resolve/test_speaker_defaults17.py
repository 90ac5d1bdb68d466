"""Wrong default mechanisms of speaker resolution (session 17d).

Each class was found on unseen French regional, Québec and Belgian copy; the texts here are
invented (people, places, events) in the layout of that copy.
"""

from __future__ import annotations

from dixit.core import statements_from_doc
from dixit.model import Article


def speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    found = statements_from_doc(nlp(text), Article(text=text))
    return [(s.speaker_mention or "", s.speaker.name if s.speaker else None) for s in found]


def speaker_of(nlp, text: str, mention: str) -> str | None:
    named = [name for said, name in speakers(nlp, text) if said == mention]
    assert named, f"no statement with the mention {mention!r}"
    return named[-1]


# 1. A feminine office in -esse ("la mairesse", the Québec form of "la maire") is the office
# of a person, never the body "Mairesse de Valmont": it binds to the mayor the article names.

MAYORESS = (
    "La mairesse de Valmont a affirmé lundi que le budget serait adopté. « Nous tiendrons "
    "parole », a-t-elle dit.\n\n"
    "La mairesse de Valmont, Julie Brault, a rencontré les commerçants. « Le chantier finira "
    "en mai », a assuré la mairesse.\n"
)


def test_a_mayoress_of_a_town_is_the_mayor_named_in_the_article(nlp) -> None:
    assert speaker_of(nlp, MAYORESS, "La mairesse de Valmont") == "Julie Brault"


def test_a_bare_mayoress_takes_up_the_named_mayor(nlp) -> None:
    assert speaker_of(nlp, MAYORESS, "la mairesse") == "Julie Brault"


def test_a_body_noun_in_esse_stays_a_body(nlp) -> None:
    # "caisse" ends like "mairesse" but is no office's feminine: still the bank's word.
    text = "La caisse d'épargne de Valmont a indiqué mardi que les agences resteraient ouvertes.\n"
    assert speaker_of(nlp, text, "La caisse d'épargne de Valmont") == "Caisse d'épargne de Valmont"


# 2. A nameless indefinite office the tagger took for a person's name ("Un Préfet qui …",
# verbless, with a capital) is no new person: later pronouns go back to the prefect quoted
# just before, not to an entity "Un Préfet".

TWO_PREFECTS = (
    "Crue dans le Gard : les préfets de région et de police reçoivent les maires\n\n"
    "Le Préfet de Police Paul Vidal et le Préfet de Région Jean Morel sont revenus sur la "
    "crue (Photo Luc Abel)\n\n"
    "«Nous venons de recevoir les élus, pour leur présenter notre plan. Nous avons aussi "
    "répondu à leurs craintes», explique le Préfet de Région Occitanie, Jean Morel. "
    "{sentence} qui profitera de l'occasion pour mettre en garde contre les fausses alertes "
    "qui circulent sur les réseaux, citant la Bac de Nîmes et évoquant des attaques contre "
    "des supermarchés, à Nîmes ou dans le Vaucluse. Selon lui: «Nous suivons cela de près».\n"
    "«Nous avons montré notre présence, poursuit-il, et donné des consignes claires».\n"
)


def test_an_indefinite_office_is_not_a_pronoun_antecedent(nlp) -> None:
    found = speakers(nlp, TWO_PREFECTS.format(sentence="Un Préfet"))
    assert [name for said, name in found if said in {"lui", "il"}] == ["Jean Morel"] * 3


def test_a_named_subject_in_the_same_place_still_takes_the_pronouns(nlp) -> None:
    text = TWO_PREFECTS.format(sentence="Le Préfet de Police, Paul Vidal,").replace(
        " qui profitera", " profitera"
    )
    found = speakers(nlp, text)
    assert [name for said, name in found if said in {"lui", "il"}] == ["Paul Vidal"] * 3
