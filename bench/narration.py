"""How much of real copy could a first pass leave unparsed? Shares of text by what it may hold.

Usage: python bench/narration.py [--corpus FILE.jsonl ...] [--language fr]

Issue 14 asks for a cheap first pass that sends to the model only the paragraphs that can
hold a statement or a mention their resolution needs. This measures, without any model,
how much text such a pass could leave out, with the signals it would use, all surface
forms from the language's lexicons:

- **statement**: a quotation mark (``quotes.yaml``); a cue verb form or lemma, a statement
  noun ("communiqué"), a stance adjective or a prepositional cue ("selon"; one that must
  open its sentence, "pour", only there) (``cues.yaml``); the headline (first paragraph); a
  question and the paragraph after it (interviews);
- **context** of statements: the paragraph just before a statement paragraph (pronouns,
  descriptions, the speaker a floating quotation continues), the lead (first two
  paragraphs);
- **mentions**: a capitalised word after a paragraph's first word, or a source noun
  ("ministre", ``sources.yaml``): speaker resolution reads every person and organisation
  the article names or describes;
- **dates**: a digit or a time word (weekdays, months, deictic and anaphoric words of
  ``time.yaml``: date resolution reads the timeline of dates told in narration);
- **narration**: none of these, what the first pass could leave unparsed.

Each paragraph counts once, in the first class that fits, in the order above. The shares
are also given by sentence (cut at full stops), each sentence classed on its own and
without the context class: the most that a first pass keeping or dropping sentences could
leave out, an upper bound.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from corpora import REAL_CORPORA

from dixit.extract.cues import CueLexicon
from dixit.extract.quotes import quote_marks
from dixit.lang import get_language
from dixit.model import paragraph_spans

CLASSES = ("statement", "context", "mentions", "dates", "narration")
WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


class Signals:
    """The surface forms of one language that tell what a piece of text may hold."""

    def __init__(self, language: str) -> None:
        cues = CueLexicon.for_language(language)
        self.quote_marks = quote_marks(language).all
        data = get_language(language)
        words = set(cues.forms) | set(cues.verbs) | set(cues.stance_adjectives)
        words |= {str(n) for n in data.lexicon("cues").get("nouns") or ()}
        self.cue_words = frozenset(w.lower() for w in words)
        self.prepositions = [
            (
                re.compile(
                    rf"(?:^|[.!?:] ){re.escape(p)}\b"
                    if f.get("sentence_initial")
                    else rf"\b{re.escape(p)}\b",
                    re.IGNORECASE,
                )
            )
            for p, f in cues.prepositions.items()
        ]
        self.source_nouns = frozenset(
            str(n).lower() for n in data.lexicon("sources").get("nouns") or () if " " not in str(n)
        )
        time = data.lexicon("time")
        time_words: set[str] = set()
        for key in ("weekdays", "months", "deictic", "anaphoric", "continuation"):
            entries = time.get(key) or {}
            for phrase in entries:
                time_words.update(w.lower() for w in WORD.findall(str(phrase)))
        self.time_words = frozenset(time_words)

    def statement(self, text: str) -> bool:
        if any(c in self.quote_marks for c in text):
            return True
        if any(w.lower() in self.cue_words for w in WORD.findall(text)):
            return True
        plain = text.replace("’", "'")
        return any(p.search(plain) for p in self.prepositions)

    def mentions(self, text: str) -> bool:
        words = WORD.findall(text)
        return any(w[:1].isupper() for w in words[1:]) or any(
            w.lower() in self.source_nouns for w in words
        )

    def dates(self, text: str) -> bool:
        words = WORD.findall(text)
        return any(c.isdigit() for c in text) or any(w.lower() in self.time_words for w in words)


def paragraph_classes(text: str, signals: Signals) -> list[tuple[str, str]]:
    """Each paragraph of ``text`` with the first class that fits it."""
    paragraphs = [text[a:b] for a, b in paragraph_spans(text)]
    stated = [signals.statement(p) for p in paragraphs]
    questions = [p.rstrip().endswith("?") for p in paragraphs]
    classes = []
    for i, paragraph in enumerate(paragraphs):
        if stated[i] or i == 0 or questions[i] or (i > 0 and questions[i - 1]):
            kind = "statement"
        elif i < 2 or (i + 1 < len(paragraphs) and stated[i + 1]):
            kind = "context"
        elif signals.mentions(paragraph):
            kind = "mentions"
        elif signals.dates(paragraph):
            kind = "dates"
        else:
            kind = "narration"
        classes.append((paragraph, kind))
    return classes


def sentence_classes(paragraph: str, signals: Signals) -> Iterable[tuple[str, str]]:
    """The sentences of a paragraph, each by what it may hold (no context class)."""
    for match in SENTENCE.finditer(paragraph):
        sentence = match.group()
        if signals.statement(sentence):
            yield sentence, "statement"
        elif signals.mentions(sentence):
            yield sentence, "mentions"
        elif signals.dates(sentence):
            yield sentence, "dates"
        else:
            yield sentence, "narration"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="JSONL articles (repeat)")
    parser.add_argument("--language", default="fr")
    args = parser.parse_args(argv)
    paths = args.corpus or [p for p in REAL_CORPORA if p.is_file()]
    signals = Signals(args.language)
    by_paragraph: Counter[str] = Counter()
    by_sentence: Counter[str] = Counter()
    articles = 0
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            articles += 1
            for paragraph, kind in paragraph_classes(json.loads(line)["text"], signals):
                by_paragraph[kind] += len(paragraph)
                for sentence, sentence_kind in sentence_classes(paragraph, signals):
                    by_sentence[sentence_kind] += len(sentence)
    names = ", ".join(str(p) for p in paths)
    print(f"{articles} articles ({names})")
    print(f"{'share of characters':24} {'by paragraph':>12} {'by sentence':>12}")
    total_p = sum(by_paragraph.values()) or 1
    total_s = sum(by_sentence.values()) or 1
    for kind in CLASSES:
        paragraph_share = by_paragraph[kind] / total_p
        sentence_share = by_sentence[kind] / total_s
        print(f"{kind:24} {paragraph_share:12.3f} {sentence_share:12.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
