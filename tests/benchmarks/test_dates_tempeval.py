"""Tests for benchmarks/dates_tempeval.py: TimeML parsing, TempEval-3 scoring, the calibration table it writes."""

from __future__ import annotations


import pytest

from helpers.timeline import load_calibration
from helpers.timeline.calibration import MEASURES
from tests.conftest import load_benchmark


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("dates_tempeval")


_TML = (
    '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2021-09-10">20210910</TIMEX3></DCT>\n'
    '<TEXT>They met <TIMEX3 tid="t1" type="DATE" value="2021-W35">last week</TIMEX3> &amp; spoke for '
    '<TIMEX3 tid="t2" type="DURATION" value="PT90M">90 minutes</TIMEX3> on '
    '<TIMEX3 tid="t3" type="DATE" value="2021-09-09">Thursday</TIMEX3>.</TEXT></TimeML>\n'
)


def test_benchmark_parses_timeml_and_scores(bench, tmp_path):
    tml = tmp_path / "doc.tml"
    tml.write_text(_TML, encoding="utf-8")
    doc = bench.parse_tml(tml)
    assert doc.text == "They met last week & spoke for 90 minutes on Thursday."
    assert [g["expression"] for g in doc.gold] == ["last week", "90 minutes", "Thursday"]
    figures, errors = bench.evaluate([doc], bench.tag_with_helpers)
    assert figures["strict_f1"] == 1.0 and figures["value_f1"] == 1.0 and figures["type_accuracy"] == 1.0
    # a tagger that finds one expression with a wrong value
    wrong = lambda text, dct: [{"start": 9, "end": 13, "type": "DATE", "value": "2021-W36"}]  # noqa: E731
    figures, errors = bench.evaluate([doc], wrong)
    assert figures["strict_f1"] == 0.0 and round(figures["relaxed_precision"], 3) == 1.0
    assert figures["value_f1"] == 0.0 and {e["kind"] for e in errors} == {"value", "missed"}


def test_benchmark_skips_without_the_corpus(bench, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(bench, "CORPUS", tmp_path / "absent")
    out = tmp_path / "calibration.csv"
    assert bench.main(["--out", str(out)]) == 0
    assert "skipped: ../shared/eval not found" in capsys.readouterr().out
    assert not out.exists()


def test_a_full_run_writes_the_calibration_table(bench, tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "tempeval3"
    corpus.mkdir()
    (corpus / "doc.tml").write_text(_TML, encoding="utf-8")
    monkeypatch.setattr(bench, "CORPUS", corpus)
    out = tmp_path / "calibration.csv"
    assert bench.main(["--out", str(out)]) == 0
    table = load_calibration(out)
    assert list(table["measure"]) == list(MEASURES)
    v = dict(zip(table["measure"], table["value"]))
    assert (v["value_f1"], v["strict_f1"], v["gold"], v["words"]) == (1.0, 1.0, 3, 10)
    assert (table["documents"] == 1).all()
    # a partial run does not overwrite the table
    out.unlink()
    assert bench.main(["--out", str(out), "--limit", "1"]) == 0
    assert "not written" in capsys.readouterr().out and not out.exists()
