"""The speaker lexicon reads the same in every process.

Python salts string hashing per process (``PYTHONHASHSEED``), so a set's order changes from
one run to the next. Rules that try lexicon phrases in order and keep the first match (the
description heads, the mention adjuncts) must not inherit that order, or one article gets a
different speaker method from run to run.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PRINT_ORDER = (
    "from dixit.resolve.speakers.lexicon import load_lexicon\n"
    "lex = load_lexicon({lang!r})\n"
    "print(repr(lex.description_heads))\n"
    "print(repr(lex.mention_adjuncts))\n"
)


def lexicon_order(lang: str, hash_seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    done = subprocess.run(
        [sys.executable, "-c", PRINT_ORDER.format(lang=lang)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lexicon_phrases_keep_one_order_whatever_the_hash_seed(lang: str) -> None:
    orders = {lexicon_order(lang, seed) for seed in (1, 2, 3)}
    assert len(orders) == 1
    heads = eval(next(iter(orders)).splitlines()[0])
    assert heads and [len(h) for h in heads] == sorted((len(h) for h in heads), reverse=True)
