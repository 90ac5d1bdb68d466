"""A 100 MB record file is read in bounded memory: records stream, nothing is kept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import resource, sys
from dixit.ingest.sources import read_sources, Article
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
n = sum(isinstance(a, Article) for a in read_sources([sys.argv[1]]))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, before, after)
"""


def write_corpus(path: Path, megabytes: int, kind: str) -> int:
    paragraph = (
        "« Nous tiendrons nos engagements sur le tramway », a déclaré la maire de Valbrune, "
        "qui a rappelé que le conseil municipal voterait le budget en avril. "
    ) * 12
    count = 0
    with path.open("w", encoding="utf-8") as out:
        if kind == "csv":
            out.write("id,text,published\n")
        while out.tell() < megabytes * 1024 * 1024:
            count += 1
            text = f"Dépêche {count}. {paragraph}"
            if kind == "csv":
                out.write(f'a{count},"{text}",2025-03-04\n')
            else:
                out.write(json.dumps({"id": f"a{count}", "text": text}, ensure_ascii=False) + "\n")
    return count


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_hundred_megabytes_stream_in_bounded_memory(tmp_path, kind):
    path = tmp_path / f"big.{kind}"
    count = write_corpus(path, 100, kind)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, check=True
    )
    n, before, after = map(int, done.stdout.split())
    assert n == count
    grown_mb = (after - before) / 1024  # ru_maxrss is in KiB on Linux
    assert grown_mb < 40, f"peak memory grew by {grown_mb:.0f} MB reading a 100 MB file"
