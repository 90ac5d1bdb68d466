"""Transliteration keys: two copy habits of one name give one key, two names give two."""

from __future__ import annotations

import pytest

from dixit.registry import transliteration_key


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("Oleksiï Tchernychenko", "Oleksiy Chernyshenko"),
        ("Iouri Ouchakov", "Yuri Ushakov"),
        ("Vladimir Jirinovski", "Vladimir Zhirinovsky"),
        ("Taras Chevtchenko", "Taras Shevchenko"),
        ("Wolodymyr Zelenski", "Volodymyr Zelenskyy"),
    ],
)
def test_two_spellings_of_one_name_share_a_key(french: str, english: str) -> None:
    assert transliteration_key(french) == transliteration_key(english)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Oleksiy Chernyshenko", "Oleksandr Chernyshenko"),  # another first name
        ("Yuri Ushakov", "Yuri Ushakova"),  # another ending
        ("Mila Roven", "Mila Rovena Dace"),  # another number of words
    ],
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert transliteration_key(one) != transliteration_key(other)
