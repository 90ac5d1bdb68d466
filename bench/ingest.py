"""Ingest throughput: HTML pages to stored statements, against bare spaCy on the same texts.

Usage: python bench/ingest.py [N] [--batch-size B] [--lang fr]   (N pages, default 2000)

Generates N HTML pages on disk, then in one process:

1. ``dixit.service.ingest.ingest`` end to end, as ``dixit ingest pages/`` runs it (trafilatura,
   cleaning, language detection unless ``--lang`` is given, dedup, the dixit pipeline,
   one SQLite transaction per article), timed;
2. the texts it stored, streamed back from the database into a file (not timed);
3. bare spaCy: ``nlp.pipe`` over those texts, streamed from the file, timed.

Both sides use the same spaCy model object: ingest's pipeline (``load_pipeline``, cached
per process) with dixit's components disabled is the bare model, so the peak RSS is that
of one model. Nothing holds the corpus in a list: pages are written and read one by one.

Prints articles/s of each side and their ratio on wall-clock time and on process CPU
time (steadier when other processes share the cores), the peak RSS (``ru_maxrss``) and
the resident memory after every 1,000 stored articles, which stays flat when the run
streams.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select

from dixit.core import DIXIT_COMPONENTS, load_pipeline, loaded_pipelines
from dixit.service.ingest import ingest
from dixit.settings import get_settings
from dixit.store import open_database
from dixit.store.database import sessions
from dixit.store.models import ArticleRow

SPEAKERS = ["Hélène Carrasco", "Philippe Augereau", "Yannick Bolloré", "Nadia Ferrand"]
TOPICS = ["le tramway", "la réforme des retraites", "le budget municipal", "le derby"]
CUES = ["a déclaré", "a affirmé", "a estimé", "a assuré"]
#: Resident memory is sampled after every this many stored articles.
RSS_EVERY = 1000


def make_page(i: int, rnd: random.Random) -> str:
    paras = []
    for _ in range(6):
        who, topic, cue = rnd.choice(SPEAKERS), rnd.choice(TOPICS), rnd.choice(CUES)
        paras.append(
            f"« Sur {topic}, nous tiendrons nos engagements n°{rnd.randrange(10**6)} », {cue} "
            f"{who}, qui a rappelé que le vote aurait lieu le {rnd.randrange(1, 28)} avril."
        )
        paras.append(f"Selon {who}, {topic} coûtera {rnd.randrange(10, 900)} millions d'euros.")
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<html lang="fr"><head><meta charset="utf-8"><title>Dépêche {i}</title>'
        f'<meta property="article:published_time" content="2025-03-{1 + i % 28:02d}"></head>'
        f"<body><nav>Accueil</nav><article><h1>Dépêche {i}</h1>{body}</article>"
        f"<footer>Partager</footer></body></html>"
    )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def stored_texts(engine, path: Path) -> int:
    """Write the stored texts to ``path``, one JSON string a line, streamed; return how many."""
    count = 0
    with sessions(engine)() as session, path.open("w", encoding="utf-8") as out:
        query = select(ArticleRow.text).where(ArticleRow.status == "analysed")
        for (text,) in session.execute(query.execution_options(yield_per=500)):
            out.write(json.dumps(text, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def main(n: int, batch_size: int, language: str | None) -> None:
    rnd = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pages"
        root.mkdir()
        for i in range(n):
            (root / f"page{i:06d}.html").write_text(make_page(i, rnd), encoding="utf-8")
        engine = open_database(f"sqlite:///{tmp}/bench.db")

        # The pipeline ingest uses: ``load_pipeline`` shares one per resolved model name and
        # cue file, so this is the same object ``analyze_many`` gets (checked below).
        # Loading it is not what we measure.
        nlp = load_pipeline(None, language or get_settings().language)
        bare_names = [name for name in nlp.pipe_names if name.startswith("dixit_")]
        assert set(DIXIT_COMPONENTS) <= set(bare_names)
        for _ in nlp.pipe(["« Nous tiendrons », a déclaré la maire."] * 8):
            pass  # warm-up, shared by both sides
        print(f"model loaded and warm: RSS {current_rss_mb():.0f} MB")

        samples: list[tuple[int, float]] = []
        stored = 0

        def on_item(outcome, _item) -> None:
            nonlocal stored
            if outcome == "new":
                stored += 1
                if stored % RSS_EVERY == 0:
                    samples.append((stored, current_rss_mb()))

        wall, cpu = time.perf_counter(), time.process_time()
        report = ingest(
            [str(root)], engine, language=language, on_item=on_item, batch_size=batch_size
        )
        ingest_wall, ingest_cpu = time.perf_counter() - wall, time.process_time() - cpu
        ingest_peak = peak_rss_mb()
        models = loaded_pipelines()
        if models != 1:
            print(f"warning: {models} pipelines loaded, not the one shared by both sides")

        texts_file = Path(tmp) / "texts.jsonl"
        count = stored_texts(engine, texts_file)
        engine.dispose()

        wall, cpu = time.perf_counter(), time.process_time()
        with nlp.select_pipes(disable=bare_names):
            for _ in nlp.pipe(read_texts(texts_file), batch_size=batch_size):
                pass
        spacy_wall, spacy_cpu = time.perf_counter() - wall, time.process_time() - cpu

    print(f"articles: {n} generated, {report.new} stored, {report.statements} statements")
    print(f"batch size: {batch_size}; language: {language or 'detected'}")
    print(
        f"dixit ingest (HTML -> stored statements): {report.new / ingest_wall:8.1f} articles/s"
        f"  ({ingest_wall:.0f} s wall, {ingest_cpu:.0f} s CPU)"
    )
    print(
        f"bare spaCy nlp.pipe (same texts):          {count / spacy_wall:8.1f} articles/s"
        f"  ({spacy_wall:.0f} s wall, {spacy_cpu:.0f} s CPU)"
    )
    ratio_wall = (report.new / ingest_wall) / (count / spacy_wall)
    ratio_cpu = (report.new / ingest_cpu) / (count / spacy_cpu)
    print(f"ratio ingest/spaCy: {ratio_wall:.2f} wall, {ratio_cpu:.2f} CPU")
    print(f"RSS every {RSS_EVERY} articles (MB): " + ", ".join(f"{k}: {v:.0f}" for k, v in samples))
    print(f"peak RSS: {ingest_peak:.0f} MB after ingest, {peak_rss_mb():.0f} MB at the end")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--lang", default=None, help="give the language (default: detect it)")
    args = parser.parse_args()
    main(args.n, args.batch_size, args.lang)
