"""Wrong default mechanisms of speaker resolution (session 17d).

Each class was found on unseen French regional, Québec and Belgian copy; the texts here are
invented (people, places, events) in the layout of that copy.
"""

from __future__ import annotations

from said_by import speaker_of, speakers

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


# 3. A definite description after a quote that opens its paragraph takes up the person the
# paragraph before ended on as a main-clause subject, not the more-mentioned earlier speaker
# of the same function.

HEARING = (
    "À peine ouverte, l'audience des 40 prévenus arrêtés le 3 mai dernier s'est heurtée à une "
    "exception de procédure. Les avocats de la défense ont ouvert les débats en dénonçant la "
    "démarche.\n\n"
    "« La chambre, monsieur le président, n'est pas régulière pour juger cette affaire. Nous "
    "voyons des magistrats qui n'étaient pas là lundi », a souligné Me Paul Tano. {turn}\n\n"
    "« Nous sommes surpris de voir une juge qui n'était pas à la séance de lundi. On a le "
    "droit de s'interroger », s'est questionné l'avocat.\n"
)


def test_the_lawyer_just_introduced_says_the_next_quote(nlp) -> None:
    text = HEARING.format(turn="Pour sa part, Me Marc Faure souligne son étonnement.")
    assert speaker_of(nlp, text, "l'avocat") == "Marc Faure"


def test_a_subject_of_another_function_is_not_the_lawyer(nlp) -> None:
    text = HEARING.format(turn="Le prévenu Marc Faure garde le silence.")
    assert speaker_of(nlp, text, "l'avocat") == "Paul Tano"


# A description whose qualifiers say another holding of the office ("l'ancien maire", the
# mayor of another town) is never the person the article gave the sitting office, however
# salient she is: it takes up someone else the story named.

FORMER_MAYOR = (
    "VALMONT — La mairesse de Valmont, Julie Brault, dit que ce n'est pas la première fois "
    "que des élus lui font la leçon.\n\n"
    "Mme Brault répondait ainsi aux critiques de son ancien collègue Luc Morin, qui accuse son "
    "administration de trop dépenser. Le budget de la Ville de Valmont prévoit une hausse des "
    "taxes.\n\n"
    "«Ce n'est pas la première fois qu'on me dit quoi faire», a répondu la mairesse, "
    "mercredi, en marge d'un congrès des municipalités.\n\n"
    "Invitée à préciser sa pensée, Mme Brault a nommé son prédécesseur, Paul Roy, et "
    "«maintenant M. Morin». «Ils ont des tribunes», a-t-elle affirmé.\n\n"
    "{subject} a critiqué les dépenses de l'administration Brault lors de sa chronique "
    "matinale à la radio.\n"
)


def test_a_former_mayor_is_not_the_sitting_mayor(nlp) -> None:
    text = FORMER_MAYOR.format(subject="L'ancien maire de Valmont")
    assert speaker_of(nlp, text, "L'ancien maire de Valmont") == "Luc Morin"


def _with_a_mayor(text: str) -> str:
    for woman, man in (
        ("La mairesse de Valmont, Julie Brault", "Le maire de Valmont, Marc Brault"),
        ("Mme Brault", "M. Brault"),
        ("Invitée", "Invité"),
        ("a-t-elle", "a-t-il"),
        ("la mairesse", "le maire"),
    ):
        text = text.replace(woman, man)
    return text


def test_the_mayor_of_another_town_is_not_the_mayor(nlp) -> None:
    text = _with_a_mayor(FORMER_MAYOR.format(subject="Le maire de Bellerive"))
    assert speaker_of(nlp, text, "Le maire de Bellerive") == "Luc Morin"


def test_one_portfolio_written_longer_is_the_same_holding(nlp) -> None:
    # "ministre de l'Économie" then "le ministre de l'Économie et des Finances": one office.
    text = (
        "Le ministre de l'Économie Paul Ravel a défendu lundi son budget.\n\n"
        "Paul Ravel persiste. Favorable à la réforme, le ministre de l'Économie et des "
        "Finances a été recadré par le président. « Nous tiendrons le cap », a répété le "
        "ministre de l'Économie et des Finances.\n"
    )
    mention = "le ministre de l'Économie et des Finances"
    assert speaker_of(nlp, text, mention) == "Paul Ravel"


def test_the_mayor_of_the_same_town_is_still_the_mayor(nlp) -> None:
    text = FORMER_MAYOR.format(subject="La mairesse de Valmont")
    assert speaker_of(nlp, text, "La mairesse de Valmont") == "Julie Brault"


def test_the_mayor_of_the_commune_is_still_the_mayor(nlp) -> None:
    text = FORMER_MAYOR.format(subject="La maire de la commune")
    assert speaker_of(nlp, text, "La maire de la commune") == "Julie Brault"
