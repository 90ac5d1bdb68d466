"""REST API speed: requests/s and latency of ``GET /api/statements`` over 100,000 statements.

Usage: python bench/api.py [--statements N] [--requests R] [--concurrency C] [--db PATH]

1. Analyses the articles of ``samples/`` once, then stores copies of them (new article
   ids, dates shifted by the copy's number of days, statement ids following) until the
   store holds N statements (default 100,000) in a SQLite file; a database given with
   ``--db`` that already holds them is reused.
2. Starts ``dixit serve`` on a free loopback port in a subprocess.
3. From this process (a second one, on loopback), sends R requests (default 2,000) over
   C keep-alive connections (default 4), cycling through the queries a reader makes:
   the newest page, deeper pages, one speaker, a date range, a kind, full-text words,
   and combinations. The run is bounded in count and in time (``--max-seconds``).

Prints requests/s, p50/p95/p99 latency overall and per query, as a table or JSON
(``--json``). The target on the project's 2-core machine is p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import func, select

from dixit.ingest.dedup import content_hash
from dixit.ingest.sources import read_sources
from dixit.model import Article, Statement
from dixit.store import open_database
from dixit.store.database import sessions
from dixit.store.models import StatementRow
from dixit.store.repository import add_article_with_statements

ROOT = Path(__file__).resolve().parents[1]

#: The queries cycled through, as (name, parameters); ``{speaker}`` is filled in.
QUERIES: list[tuple[str, dict[str, str]]] = [
    ("newest", {"limit": "20"}),
    ("page 50", {"limit": "20", "offset": "1000"}),
    ("deep page", {"limit": "100", "offset": "9900"}),
    ("speaker", {"speaker": "{speaker}", "limit": "20"}),
    ("date range", {"since": "2026-01-01", "until": "2026-03-31", "limit": "50"}),
    ("kind", {"kind": "direct", "limit": "20"}),
    ("text", {"q": "tramway", "limit": "20"}),
    ("text + speaker", {"q": "âge légal", "speaker": "{speaker}", "limit": "20"}),
]


def analysed_samples() -> list[tuple[Article, list[Statement]]]:
    from dixit.core import analyze_many

    articles = [a for a in read_sources([str(ROOT / "samples")]) if isinstance(a, Article)]
    return [(a, list(s)) for a, s in analyze_many(articles, language="fr")]


def copy_of(article: Article, statements: list[Statement], n: int):
    """Copy ``n`` of an article: a new id, its dates ``n`` days later, statements following."""
    shift = timedelta(days=n)
    new = replace(
        article,
        id=f"{article.id}~{n}",
        published=article.published + shift if article.published else None,
        meta={},
    )
    moved = [
        replace(
            s,
            article=new.id,
            id="",
            statement_date=s.statement_date + shift if s.statement_date else None,
        )
        for s in statements
    ]
    for s in moved:
        s.__post_init__()  # the id follows the new article id
    return new, moved


def fill(db: str, wanted: int) -> int:
    """Store copies of the samples until ``db`` holds ``wanted`` statements."""
    engine = open_database(db)
    Session = sessions(engine)
    with Session() as session:
        stored = session.scalar(select(func.count()).select_from(StatementRow)) or 0
    if stored >= wanted:
        return stored
    samples = [(a, s) for a, s in analysed_samples() if s]
    n = 0
    started = time.monotonic()
    with Session() as session:
        while stored < wanted:
            n += 1
            for article, statements in samples:
                copy, moved = copy_of(article, statements, n)
                moved = moved[: wanted - stored]
                if add_article_with_statements(
                    session, copy, moved, content_hash=content_hash(copy.text + copy.id)
                ):
                    stored += len(moved)
                if stored >= wanted:
                    break
    print(f"stored {stored} statements in {time.monotonic() - started:.0f} s", file=sys.stderr)
    engine.dispose()
    return stored


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    command = [sys.executable, "-c", "from dixit.cli import main; main()"]
    process = subprocess.Popen(
        [*command, "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/api/statements?limit=1")
            if connection.getresponse().status == 200:
                connection.close()
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("dixit serve did not start")


def top_speaker(port: int) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/api/speakers?limit=1")
    return json.loads(connection.getresponse().read())["items"][0]["id"]


def load(
    port: int, requests: int, concurrency: int, max_seconds: float, speaker: str
) -> tuple[dict[str, list[float]], float, int]:
    """Send ``requests`` GETs over ``concurrency`` connections; latencies (s) per query."""
    paths = [
        (name, "/api/statements?" + urlencode({k: v.format(speaker=speaker) for k, v in q.items()}))
        for name, q in QUERIES
    ]
    latencies: dict[str, list[float]] = {name: [] for name, _ in QUERIES}
    errors = 0
    counter = iter(range(requests))
    lock = threading.Lock()
    stop_at = time.monotonic() + max_seconds

    def worker() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop_at:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            name, path = paths[i % len(paths)]
            began = time.perf_counter()
            connection.request("GET", path)
            answer = connection.getresponse()
            answer.read()
            took = time.perf_counter() - began
            with lock:
                latencies[name].append(took)
                errors += answer.status != 200

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - began, errors


def percentile(values: list[float], share: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def figures(latencies: dict[str, list[float]], seconds: float, errors: int, stored: int):
    every = [v for values in latencies.values() for v in values]
    ms = lambda v: round(v * 1000, 1)  # noqa: E731
    return {
        "statements": stored,
        "requests": len(every),
        "errors": errors,
        "seconds": round(seconds, 2),
        "requests_per_second": round(len(every) / seconds, 1) if seconds else 0.0,
        "p50_ms": ms(percentile(every, 0.50)),
        "p95_ms": ms(percentile(every, 0.95)),
        "p99_ms": ms(percentile(every, 0.99)),
        "queries": {
            name: {
                "requests": len(values),
                "p50_ms": ms(percentile(values, 0.50)),
                "p95_ms": ms(percentile(values, 0.95)),
            }
            for name, values in latencies.items()
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--max-seconds", type=float, default=300.0)
    parser.add_argument("--db", help="SQLite file to fill or reuse (default: a temporary one)")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="dixit-bench-api-") as folder:
        db = f"sqlite:///{args.db or Path(folder) / 'dixit.db'}"
        stored = fill(db, args.statements)
        port = free_port()
        server = start_server(db, port)
        try:
            speaker = top_speaker(port)
            load(port, 50, 1, 60, speaker)  # warm up: first queries open caches
            latencies, seconds, errors = load(
                port, args.requests, args.concurrency, args.max_seconds, speaker
            )
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
    result = figures(latencies, seconds, errors, stored)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{result['requests']} requests over {stored} statements, {args.concurrency} "
        f"connections: {result['requests_per_second']} req/s, p50 {result['p50_ms']} ms, "
        f"p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, {errors} errors"
    )
    for name, row in result["queries"].items():
        print(f"  {name:<16} p50 {row['p50_ms']:>7} ms  p95 {row['p95_ms']:>7} ms")


if __name__ == "__main__":
    main()
