"""The language seam: one data object per language, no silent French fallback."""

from __future__ import annotations

import pytest

from dixit.lang import LexiconMissing, UnknownLanguage, get_language, language_code


@pytest.mark.parametrize(("tag", "code"), [("fr", "fr"), ("fr-FR", "fr"), ("EN_gb", "en")])
def test_a_tag_names_its_base_language(tag, code):
    assert language_code(tag) == code
    assert get_language(tag).code == code


@pytest.mark.parametrize("tag", ["de", "xx", "", None])
def test_an_unknown_language_is_an_error_naming_it(tag):
    with pytest.raises(UnknownLanguage, match="is not supported"):
        get_language(tag)


def test_french_supplies_its_grammar_and_lexicons():
    fr = get_language("fr")
    assert {"de", "du", "des", "d'"} <= fr.grammar.partitives
    assert "«" in fr.lexicon("quotes")["pairs"]
    assert fr.lexicon("cues")["verbs"]


def test_a_lexicon_a_language_lacks_is_named_in_the_error():
    with pytest.raises(LexiconMissing, match="no 'no-such-file' lexicon for language 'en'"):
        get_language("en").lexicon("no-such-file")


def test_a_user_file_extends_the_shipped_lexicon(tmp_path):
    extra = tmp_path / "cues.yaml"
    extra.write_text("verbs:\n  claironner: {}\n", encoding="utf-8")
    merged = get_language("fr").lexicon("cues", str(extra))
    assert "claironner" in merged["verbs"]
    assert "déclarer" in merged["verbs"]
    assert "claironner" not in get_language("fr").lexicon("cues")["verbs"]
