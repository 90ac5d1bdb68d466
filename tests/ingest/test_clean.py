"""Cleaning keeps the article's sentences and drops page furniture."""

from __future__ import annotations

import unicodedata

import pytest

from dixit.ingest.clean import clean_text, is_boilerplate_line
from dixit.ingest.lang import detect_language


@pytest.mark.parametrize(
    "line",
    [
        "Today",
        "Lire aussi",
        "Lire aussi : Le budget de la ville adopté",
        "Partager",
        "PUBLICITÉ",
        "Publicité.",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Accepter",
        "Temps de lecture : 3 min",
        "Advertisement",
        "12 commentaires",
    ],
)
def test_furniture_lines(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "« Lire aussi les rapports », a conseillé la ministre.",
        "La publicité pour les jeux d'argent sera encadrée, a annoncé le gouvernement.",
        "Aujourd'hui, la maire a changé d'avis sur le tramway et l'a dit devant le conseil.",
    ],
)
def test_sentences_are_kept(line):
    assert not is_boilerplate_line(line)


def test_clean_text_normalises_and_drops_furniture():
    decomposed = unicodedata.normalize("NFD", "La maire a déclaré « non ».")
    raw = f"Accueil\r\nLire aussi\r\n{decomposed}\u00a0 \n\n\n\nElle insiste.\nPartager\n"
    cleaned = clean_text(raw)
    assert cleaned == "La maire a déclaré « non ».\n\nElle insiste."
    assert unicodedata.is_normalized("NFC", cleaned)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le ministre a assuré que la réforme des retraites serait votée avant l'été.", "fr"),
        ("The minister said the pension reform would pass before the summer.", "en"),
        ("Der Minister sagte, die Rentenreform werde vor dem Sommer verabschiedet.", "de"),
        ("El ministro dijo que la reforma de las pensiones se aprobaría antes del verano.", "es"),
        ("court", None),
    ],
)
def test_detect_language(text, code):
    assert detect_language(text) == code
