"""Ingest throughput: HTML pages to stored statements, against bare spaCy on the same texts.

Usage: python bench/ingest.py [N]   (N generated articles, default 2000)

Prints articles/s for ``dixit.ingest.run.ingest`` end to end (trafilatura, cleaning,
language detection, dedup, dixit pipeline, SQLite writes) and for ``nlp.pipe`` of the
bare spaCy model over the extracted texts, their ratio, and the peak RSS of the process.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import spacy

from dixit.ingest.run import ingest
from dixit.ingest.sources import Article, read_sources
from dixit.settings import get_settings
from dixit.store import open_database

SPEAKERS = ["Hélène Carrasco", "Philippe Augereau", "Yannick Bolloré", "Nadia Ferrand"]
TOPICS = ["le tramway", "la réforme des retraites", "le budget municipal", "le derby"]
CUES = ["a déclaré", "a affirmé", "a estimé", "a assuré"]


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


def main(n: int) -> None:
    rnd = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pages"
        root.mkdir()
        for i in range(n):
            (root / f"page{i:06d}.html").write_text(make_page(i, rnd), encoding="utf-8")
        engine = open_database(f"sqlite:///{tmp}/bench.db")

        from dixit.core import load_pipeline

        load_pipeline(None, "fr")  # model loading is not what we measure
        start = time.perf_counter()
        report = ingest([str(root)], engine, language="fr")
        ingest_seconds = time.perf_counter() - start
        engine.dispose()

        texts = [a.text for a in read_sources([str(root)]) if isinstance(a, Article)]
        nlp = spacy.load(get_settings().model_for("fr"))
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=8):
            pass
        spacy_seconds = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ingest_rate = report.new / ingest_seconds
    spacy_rate = len(texts) / spacy_seconds
    print(f"articles: {n} generated, {report.new} stored, {report.statements} statements")
    print(f"dixit ingest (HTML -> stored statements): {ingest_rate:8.1f} articles/s")
    print(f"bare spaCy nlp.pipe (same texts):          {spacy_rate:8.1f} articles/s")
    print(f"ratio ingest/spaCy: {ingest_rate / spacy_rate:.2f}")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
