"""Tests for benchmarks/whitehouse_engagements.py: how events are scored against gold engagements."""

from __future__ import annotations


import pandas as pd
import pytest
from tests.conftest import load_benchmark



@pytest.fixture(scope="module")
def bench():
    return load_benchmark("whitehouse_engagements")


def _gold(rows):
    gold = pd.DataFrame(rows, columns=["event", "mode", "date_start", "date_end"])
    gold["kind"] = gold["mode"].map({"call": "call", "video call": "call", "meeting": "meeting", "talks": "meeting",
                                     "visit": "meeting"})
    gold["date_start"] = pd.to_datetime(gold["date_start"])
    gold["date_end"] = pd.to_datetime(gold["date_end"])
    return gold


def _events(rows):
    events = pd.DataFrame(rows, columns=["event_id", "mode", "date_start", "date_end"])
    events["date_start"] = pd.to_datetime(events["date_start"])
    events["date_end"] = pd.to_datetime(events["date_end"])
    return events


def test_found_by_overlap_with_a_days_slack_and_the_same_kind(bench):
    gold = _gold([("call-a", "call", "2022-03-18", "2022-03-18"), ("call-a", "video call", "2022-03-18", "2022-03-18"),
                  ("meet-b", "talks", "2022-05-10", "2022-05-12"), ("visit-c", "visit", "2023-06-01", "2023-06-30")])
    events = _events([
        ("e1", "video call", "2022-03-19", "2022-03-19"),  # a day late: still the call (time zones)
        ("e2", "call", "2022-05-11", "2022-05-11"),  # the right days, the wrong kind
        ("e3", "in-person meeting", "2023-01-01", "2023-12-31"),  # a year: found, but not within a month
        ("e4", "summit", "2024-01-10", "2024-01-10"),  # no gold row
    ])
    s = bench.score(events, gold)
    assert (s["found"], s["engagements"], s["missed"]) == (2, 3, ["meet-b"])
    assert s["found_precise"] == 1
    assert (s["unmatched"], s["dated"]) == (2, 4)
    assert sorted(s["unmatched_events"]["event_id"]) == ["e2", "e4"]


def test_the_benchmark_skips_without_the_corpus(bench, monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(bench, "GOLD", tmp_path / "missing.csv")
    assert bench.main([]) == 0
    assert capsys.readouterr().out.startswith("skipped:")
