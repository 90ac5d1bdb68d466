"""Who a mention names on unseen copy (round 10, issue 11): titles glued to a name, time
words that open a page, names closing a sentence after a bracket, bodies named after their
epithets, asides before a subject, and Flemish first names in an office's description.

Each construction has a positive text and a negative one (the same words where the rule must
not apply). The texts are invented, laid out as wire copy, union and court pages write their
people; ``run`` builds the statements by hand, as in ``test_speakers.py``, so these tests
check the resolution rules alone.
"""

from __future__ import annotations

import pytest
from test_speakers import Said, names, run

from dixit.model import Article
from dixit.registry import default_registry
from dixit.resolve.speakers.descriptions import contrasted
from dixit.resolve.speakers.lexicon import load_lexicon
from dixit.resolve.speakers.names import closing_apposition, only_a_place, unglued_title
from dixit.resolve.speakers.phrases import core_phrase, name_after_epithets
from dixit.resolve.speakers.state import ArticleState

pytestmark = pytest.mark.slow


def _state(nlp, text: str) -> ArticleState:
    doc = nlp(text)
    article = Article(text=text, language="fr")
    return ArticleState(doc, article, default_registry(), load_lexicon("fr"))


# -- a title glued to the name by its dot ------------------------------------------------------


def test_a_glued_title_joins_the_full_name(fr_nlp, registry):
    text = (
        "Le ministre valdorien des Finances, Ivan Petrovski, a présenté son budget mardi.\n\n"
        "« Nous ne lèverons aucun impôt nouveau », a indiqué M.Petrovski devant les députés."
    )
    said = [Said("Nous ne lèverons aucun impôt nouveau", "M.Petrovski")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Ivan Petrovski"]


def test_initials_glued_to_a_name_are_no_title(fr_nlp):
    state = _state(fr_nlp, "Le rapport de J.Petrovski a été publié.")
    assert unglued_title(state, "M.Petrovski") == ("Petrovski", "masc")
    assert unglued_title(state, "Mme.Roy") == ("Roy", "fem")
    assert unglued_title(state, "J.Petrovski") == ("J.Petrovski", None)


# -- a weekday opening the page is a date, not the headline's subject -------------------------


def test_a_weekday_opening_the_page_is_nobody(fr_nlp, registry):
    text = (
        "Mercredi, journée de grève nationale, les deux principaux syndicats en front commun "
        "ont dénoncé notamment le gel des salaires dans le privé.\n\n"
        "Une grève qui déplaît aux patrons. « Notre porte reste ouverte », explique "
        "l'administrateur délégué de la fédération."
    )
    said = [Said("Notre porte reste ouverte", "l'administrateur délégué de la fédération")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == [None]


def test_a_surname_opening_the_page_is_still_the_headline_subject(fr_nlp, registry):
    text = (
        "Vernaz annonce sa liste lundi\n\n"
        "« Le groupe est prêt », a assuré le sélectionneur à la veille du rassemblement."
    )
    said = [Said("Le groupe est prêt", "le sélectionneur")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Vernaz"]


# -- a name closing the sentence after a bracket ------------------------------------------------


def test_a_name_closing_the_sentence_after_a_bracket_is_the_description(fr_nlp, registry):
    text = (
        "La grève a paralysé les ports mercredi.\n\n"
        "« Nous voulons renouer le dialogue », explique l'administrateur délégué de la FNE "
        "(Fédération nationale des exportateurs), Paul Lenoir."
    )
    said = [Said("Nous voulons renouer le dialogue", "l'administrateur délégué de la FNE")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Paul Lenoir"]
    assert out[0].speaker_method == "apposition"


def test_a_name_running_on_after_the_bracket_is_not_read_as_the_apposition(fr_nlp):
    text = (
        "« Nous voulons renouer le dialogue », explique l'administrateur délégué de la FNE "
        "(Fédération nationale des exportateurs), Paul Lenoir étant absent."
    )
    state = _state(fr_nlp, text)
    start = text.index("l'administrateur")
    mention = state.span(start, text.index(" (Fédération"))
    assert closing_apposition(state, mention) is None
    closed = text.replace(" étant absent", "")
    state = _state(fr_nlp, closed)
    mention = state.span(start, closed.index(" (Fédération"))
    assert closed[: closing_apposition(state, mention)].endswith("Paul Lenoir")


# -- a body named after its type noun and epithets ----------------------------------------------


def test_a_body_is_its_name_after_the_epithets_of_its_type_noun(fr_nlp, registry):
    text = (
        "La menace de grève inquiète les patrons.\n\n"
        "L'organisation patronale flamande Vekta demande que les projets de grève soient "
        "abandonnés."
    )
    mention = "L'organisation patronale flamande Vekta"
    said = [Said("les projets de grève soient abandonnés", mention)]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Vekta"]


def test_a_complement_after_the_epithets_stays_in_the_body_name(fr_nlp):
    lex = load_lexicon("fr")
    assert name_after_epithets("patronale flamande Vekta", lex) == "Vekta"
    assert name_after_epithets("régionale des Amis de la forêt", lex) is None
    assert name_after_epithets("Vekta", lex) is None


# -- an aside opening the sentence is no part of its subject -------------------------------------


def test_an_aside_before_the_comma_is_dropped_from_the_core():
    lex = load_lexicon("fr")
    assert core_phrase("Pour sa part, l'organisation patronale", lex) == "l'organisation patronale"
    assert core_phrase("La direction, de son côté", lex) == "La direction"
    assert core_phrase("Pour le syndicat, la direction", lex) == "le syndicat"


def test_a_pronoun_after_a_body_opened_by_an_aside_is_that_body(fr_nlp, registry):
    text = (
        "Les syndicats ont annoncé une grève générale.\n\n"
        "Pour sa part, l'organisation patronale Vekta demande que la grève soit abandonnée. "
        "« Les entreprises ne tiendront pas », dit-elle."
    )
    said = [
        Said("la grève soit abandonnée", "l'organisation patronale Vekta"),
        Said("Les entreprises ne tiendront pas", "elle", after="dit-"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Vekta", "Vekta"]


# -- a Flemish name inside an office's description ----------------------------------------------


def test_a_flemish_name_after_the_office_complement_is_the_speaker(fr_nlp, registry):
    text = (
        "Le ministre de la Justice Koen Vermaelen (CD&V) a indiqué mercredi en commission "
        "que le parquet avait déconseillé toute communication. "
        "« Il y a eu des contacts », a admis le ministre Joris Van Hecke."
    )
    said = [
        Said(
            "le parquet avait déconseillé toute communication",
            "Le ministre de la Justice Koen Vermaelen",
        ),
        Said("Il y a eu des contacts", "le ministre Joris Van Hecke"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Koen Vermaelen", "Joris Van Hecke"]


def test_an_office_complement_alone_names_no_one(fr_nlp, registry):
    text = (
        "« Il y a eu des contacts », a admis le ministre Joris Van Hecke. "
        "Le ministre de la Justice a indiqué mercredi en commission que le parquet avait "
        "déconseillé toute communication."
    )
    said = [
        Said("Il y a eu des contacts", "le ministre Joris Van Hecke"),
        Said("le parquet avait déconseillé toute communication", "Le ministre de la Justice"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out)[0] == "Joris Van Hecke"
    assert names(out)[1] != "Justice"


# -- a word written only after a preposition of place is a place --------------------------------


def test_a_word_written_only_after_a_place_preposition_is_no_speaker(fr_nlp, registry):
    text = (
        "Jean-Marc Duchesne a dirigé l'entraînement matinal à Vervillon.\n\n"
        "« Je ne sais pas. Je pense que je suis le même gars », a affirmé l'homme de 47 ans."
    )
    said = [Said("Je pense que je suis le même gars", "l'homme de 47 ans")]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Jean-Marc Duchesne"]


def test_a_word_also_written_as_a_surname_stays_a_name(fr_nlp):
    text = "Paul Vervillon est arrivé hier à Vervillon, le village de son enfance."
    state = _state(fr_nlp, text)
    at = next(t for t in state.doc if t.text == "Vervillon" and t.idx > 20)
    assert not only_a_place(state, [at])
    alone = _state(fr_nlp, "L'équipe s'entraîne à Vervillon depuis lundi.")
    tok = next(t for t in alone.doc if t.text == "Vervillon")
    assert only_a_place(alone, [tok])


# -- a plain person noun is no other person --------------------------------------------------------


def test_a_plain_person_noun_after_a_description_is_the_same_speaker(fr_nlp, registry):
    text = (
        "Gaétan Morissette entraîne le club depuis un an.\n\n"
        "« Il faut aimer ses enfants », a poursuivi l'entraîneur-chef.\n\n"
        "Morissette fête aujourd'hui sa première saison. Croit-il avoir progressé?\n\n"
        "« Je pense que je suis le même gars », a affirmé l'homme de 47 ans."
    )
    said = [
        Said("Il faut aimer ses enfants", "l'entraîneur-chef"),
        Said("Je pense que je suis le même gars", "l'homme de 47 ans"),
    ]
    out = run(fr_nlp, registry, text, said)
    assert names(out) == ["Gaétan Morissette", "Gaétan Morissette"]


def test_a_description_of_another_function_is_still_a_contrast(fr_nlp, registry):
    text = (
        "Gaétan Morissette entraîne le club depuis un an.\n\n"
        "« Il faut aimer ses enfants », a poursuivi l'entraîneur-chef."
    )
    out = run(fr_nlp, registry, text, [Said("Il faut aimer ses enfants", "l'entraîneur-chef")])
    state = _state(fr_nlp, text)
    assert out[0].speaker_method == "description"
    assert contrasted(state, ["capitaine"], out[0])
    assert not contrasted(state, ["homme", "de", "47", "ans"], out[0])
