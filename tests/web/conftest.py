"""Browser fixtures: ``dixit serve`` in a subprocess on a free loopback port, over a
database filled by ``dixit ingest`` from ``samples/`` and ``tests/fixtures/web/``, and
Debian's chromium driven by Playwright (never a downloaded browser).

Without ``/usr/bin/chromium`` the browser tests are skipped, except in CI (``CI=true``),
where they fail: CI installs chromium (``.ci/run``) and must run them.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
#: How long the server may take to answer its first request (it migrates the database).
START_SECONDS = 60


def dixit(*args: str) -> list[str]:
    return [sys.executable, "-c", "from dixit.cli import main; main()", *args]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (apt-get install -y chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def server(chromium_path, tmp_path_factory) -> Iterator[str]:
    """The base URL of ``dixit serve`` over the samples and the web fixtures."""
    folder = tmp_path_factory.mktemp("served")
    db = f"sqlite:///{folder / 'dixit.db'}"
    sources = [str(ROOT / "samples"), str(ROOT / "tests" / "fixtures" / "web")]
    done = subprocess.run(
        dixit("ingest", *sources, "--db", db), capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    port = free_port()
    catalogue = str(ROOT / "tests" / "fixtures" / "web" / "gazole.yaml")
    log = (folder / "serve.log").open("w")
    process = subprocess.Popen(
        dixit("serve", "--db", db, "--port", str(port), "--issues", catalogue),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/statements?limit=1", timeout=5) as answer:
                if answer.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("dixit serve did not start: " + (folder / "serve.log").read_text())
        time.sleep(0.3)
    yield base
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium_path), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="fr-FR")
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()
