"""Cost by text length: one long text against the same paragraphs as several articles.

Usage: python bench/length.py [--sizes 0.1,0.5,1] [--pieces 10] [--jobs 1] [--corpus FILE.jsonl]

The material is real, statement-dense news: the paragraphs of every article of the corpus
(by default ``../shared/corpus/real_fr/dev/articles.jsonl``, read at run time), concatenated
and repeated until the size asked for (in MB of characters). Each size is analysed twice, as
one article of all the paragraphs and as ``--pieces`` articles of consecutive paragraphs,
each shape through ``dixit.core.analyze_many`` (the path ``dixit ingest`` takes) in a fresh
subprocess, so that its peak RSS is its own. Times are the process's CPU seconds (the
machine is shared; wall time is shown too) after the model is loaded and warmed up. A long
text should cost about what its pieces cost: the ratio single / split of the CPU times
should stay near 1 whatever the size. ``--jobs N`` runs N shapes at once: each is still
its own process, timed by its own CPU clock, so on a machine shared with other jobs the
figures hold while the whole run takes less wall time.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real_fr" / "dev" / "articles.jsonl"


def paragraphs(corpus: Path) -> tuple[list[str], str | None]:
    """Every non-empty paragraph of the corpus, in order, and the first publication date."""
    found: list[str] = []
    published = None
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            published = published or record.get("published")
            found.extend(p for p in record["text"].split("\n") if p.strip())
    return found, published


def material(corpus: Path, chars: int) -> list[str]:
    """Paragraphs repeated in corpus order until they hold ``chars`` characters."""
    base, _ = paragraphs(corpus)
    taken: list[str] = []
    total = 0
    while total < chars:
        for para in base:
            taken.append(para)
            total += len(para) + 1
            if total >= chars:
                break
    return taken


def split(paras: list[str], pieces: int) -> list[str]:
    """``paras`` as texts of consecutive paragraphs, none longer than a ``pieces``-th of the
    whole: ``pieces`` texts, or one more for the remainder. (1 MB in ten is ten articles of
    at most 100,000 characters, the length ``core`` still parses in one piece.)"""
    limit = sum(len(p) + 1 for p in paras) // pieces
    texts: list[str] = []
    current: list[str] = []
    size = 0
    for para in paras:
        if current and size + len(para) > limit:
            texts.append("\n".join(current))
            current, size = [], 0
        current.append(para)
        size += len(para) + 1
    if current:
        texts.append("\n".join(current))
    return texts


def worker(corpus: Path, size_mb: float, pieces: int, model: str | None) -> dict[str, object]:
    """Analyse one shape in this process and report its time and peak memory."""
    from datetime import date

    from dixit.core import analyze_many, load_pipeline
    from dixit.model import Article

    paras = material(corpus, int(size_mb * 1_000_000))
    _, published = paragraphs(corpus)
    day = date.fromisoformat(published) if published else None
    texts = ["\n".join(paras)] if pieces == 1 else split(paras, pieces)
    load_pipeline(model, "fr")
    warm = Article(text=paras[0], id="warm", published=day, language="fr")
    list(analyze_many([warm], model=model, language="fr"))
    articles = (
        Article(text=text, id=f"length-{i}", published=day, language="fr")
        for i, text in enumerate(texts)
    )
    start, cpu_start = time.perf_counter(), time.process_time()
    statements = 0
    for _, found in analyze_many(articles, model=model, language="fr"):
        statements += len(found)
    cpu = time.process_time() - cpu_start
    seconds = time.perf_counter() - start
    return {
        "articles": len(texts),
        "chars": sum(len(t) for t in texts),
        "statements": statements,
        "cpu": round(cpu, 1),
        "seconds": round(seconds, 1),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def run_shape(
    corpus: Path, size_mb: float, pieces: int, model: str | None, timeout: float
) -> dict[str, object] | None:
    """One shape in a fresh interpreter; None when it ran out of time or failed."""
    command = [
        sys.executable,
        __file__,
        "--worker",
        "--corpus",
        str(corpus),
        "--sizes",
        str(size_mb),
        "--pieces",
        str(pieces),
    ]
    if model:
        command += ["--model", model]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def show(result: dict[str, object] | None, timeout: float) -> str:
    if result is None:
        return f"{'':>3} {'> ' + str(int(timeout)) + ' s wall':>24} {'':>8} {'':>6}"
    return (
        f"{result['articles']:>3} {result['cpu']:>7} s {result['seconds']:>7} s "
        f"{result['peak_mb']:>5} MB {result['statements']:>6}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,0.5,1", help="MB of text, comma-separated")
    parser.add_argument("--pieces", type=int, default=10, help="articles of the split shape")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default=None)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per shape")
    parser.add_argument(
        "--jobs", type=int, default=1, help="shapes run at once (each in its own process)"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]

    if args.worker:
        print(json.dumps(worker(args.corpus, sizes[0], args.pieces, args.model)))
        return 0
    if not args.corpus.is_file():
        parser.error(f"corpus not found: {args.corpus}")
    print(f"material: paragraphs of {args.corpus}, repeated; split shape = {args.pieces} articles")
    print("times: CPU seconds of the process, then wall seconds; ratio = CPU one / CPU split")
    header = f"{'n':>3} {'CPU':>9} {'wall':>9} {'peak':>8} {'stmts':>6}"
    print(f"{'MB':>5} | one article: {header} | split: {header} | ratio")
    shapes = [(size, n) for size in sizes for n in (1, args.pieces)]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        runs = {
            shape: pool.submit(run_shape, args.corpus, shape[0], shape[1], args.model, args.timeout)
            for shape in shapes
        }
        for size in sizes:
            single, pieces = runs[size, 1].result(), runs[size, args.pieces].result()
            print_row(size, single, pieces, args.timeout)
    return 0


def print_row(
    size: float,
    single: dict[str, object] | None,
    pieces: dict[str, object] | None,
    timeout: float,
) -> None:
    ratio = (
        f"{single['cpu'] / pieces['cpu']:.2f}"  # type: ignore[operator]
        if single and pieces
        else "-"
    )
    print(
        f"{size:>5} | one article: {show(single, timeout)} "
        f"| split: {show(pieces, timeout)} | {ratio}",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
