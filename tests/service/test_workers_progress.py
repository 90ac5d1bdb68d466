"""The count behind the progress bar's time remaining, and the bar's columns."""

from __future__ import annotations

from types import SimpleNamespace

from dixit.cli._render import EtaColumn
from dixit.service.estimate import expected_items


def test_records_of_text_jsonl_and_csv_files(tmp_path):
    (tmp_path / "a.txt").write_text("La maire a parlé.", "utf-8")
    (tmp_path / "b.html").write_text("<html><p>Un texte.</p></html>", "utf-8")
    (tmp_path / "wire.jsonl").write_text('{"text": "un"}\n\n{"text": "deux"}\n', "utf-8")
    (tmp_path / "rows.csv").write_text('id,text\n1,"un, deux"\n2,trois\n', "utf-8")
    (tmp_path / "notes.yaml").write_text("not: read\n", "utf-8")
    assert expected_items([str(tmp_path)]) == 6  # 1 + 1 + 2 + 2; the YAML is not read
    assert expected_items([str(tmp_path / "*.jsonl")]) == 2


def test_inputs_known_only_by_parsing_make_the_count_unknown(tmp_path):
    (tmp_path / "a.txt").write_text("Texte.", "utf-8")
    (tmp_path / "feed.rss").write_text("<rss></rss>", "utf-8")
    assert expected_items([str(tmp_path)]) is None
    assert expected_items(["-"]) is None


def test_a_missing_path_counts_nothing(tmp_path):
    assert expected_items([str(tmp_path / "absent.txt")]) == 0


def test_the_eta_shows_only_with_a_known_total():
    column = EtaColumn()
    unknown = SimpleNamespace(total=None, finished=False, time_remaining=None)
    known = SimpleNamespace(total=10, finished=False, time_remaining=90.0)
    assert column.render(unknown).plain == ""
    assert column.render(known).plain == "eta 0:01:30"
