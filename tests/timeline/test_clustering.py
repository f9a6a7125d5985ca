"""Tests for helpers.timeline.clustering: the same events as comparing every pair of mentions, without doing it.

The reference below is the straightforward reading of the rules (every pair
compared; every undated mention tried against every event, in order); the
library must give identical tables on any set of mentions.
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.timeline import clustering, event_mentions, events_from_mentions
from helpers.timeline.actors import Participant
from helpers.timeline.merging import _merge, _unique_ids
from helpers.timeline.schema import EVENT_COLUMNS, LEVELS, MENTION_COLUMNS, MODE_FAMILY, MODES, UNDATED_COLUMNS

# ---------------------------------------------------------------- the pairwise reference


def _ref_compatible(a: dict, b: dict) -> bool:
    if MODE_FAMILY[a["mode"]] != MODE_FAMILY[b["mode"]] or a["status"] != b["status"]:
        return False
    if pd.notna(a["date_start"]) and pd.notna(b["date_start"]):
        if a["date_start"] > b["date_end"] or b["date_start"] > a["date_end"]:
            return False
    names_a = {p.name for p in a["_parts"] if p.kind != "country"}
    names_b = {p.name for p in b["_parts"] if p.kind != "country"}
    return bool(names_a & names_b) or (a["level"] == b["level"] and a["level"] != "other")


def _ref_clusters(items: list[dict]) -> list[list[dict]]:
    """Connected groups, every pair compared; groups in order of their first member."""
    group = list(range(len(items)))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if _ref_compatible(items[i], items[j]) and group[i] != group[j]:
                old, new = group[j], group[i]
                group = [new if g == old else g for g in group]
    out: dict[int, list[dict]] = {}
    for g, item in zip(group, items):
        out.setdefault(g, []).append(item)
    return list(out.values())


def _ref_events(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    kept = mentions[mentions["kept"]].to_dict("records")
    dated = [m for m in kept if pd.notna(m["date_start"])]
    undated = [m for m in kept if pd.isna(m["date_start"])]
    events = _ref_clusters(dated)
    leftovers = []
    for m in undated:
        candidates = []
        for cluster in events:
            probe = dict(cluster[0])
            probe["_parts"] = [p for c in cluster for p in c["_parts"]]
            probe["level"] = min((c["level"] for c in cluster), key=LEVELS.index)
            latest = max(c["date_start"] for c in cluster if pd.notna(c["date_start"]))
            if _ref_compatible(probe, m) and not (m["status"] == "happened" and latest > m["_published"]):
                candidates.append((latest, cluster))
        if candidates:
            (min if m["status"] == "planned" else max)(candidates, key=lambda c: c[0])[1].append(m)
        else:
            leftovers.append(m)
    table = pd.DataFrame([_merge(c) for c in events], columns=EVENT_COLUMNS)
    table = table.sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)
    table["event_id"] = _unique_ids(table["event_id"])
    table["date_start"] = pd.to_datetime(table["date_start"])
    table["date_end"] = pd.to_datetime(table["date_end"])
    rest = pd.DataFrame([_merge(c) for c in _ref_clusters(leftovers)], columns=EVENT_COLUMNS)[UNDATED_COLUMNS]
    rest = rest.reset_index(drop=True)
    rest["event_id"] = _unique_ids(rest["event_id"])
    return table, rest


def _assert_same_as_reference(mentions: pd.DataFrame) -> None:
    events, undated = events_from_mentions(mentions)
    ref_events, ref_undated = _ref_events(mentions)
    pd.testing.assert_frame_equal(events, ref_events)
    pd.testing.assert_frame_equal(undated, ref_undated)


# ---------------------------------------------------------------- generated mentions

_DAY0 = pd.Timestamp("2021-01-01")
_PEOPLE = [("Joe Biden", "US", "leaders"), ("Xi Jinping", "China", "leaders"), ("John Kerry", "US", "envoys"),
           ("Wang Yi", "China", "cabinet"), ("Wendy Sherman", "US", "deputies"), ("Xie Zhenhua", "China", "envoys")]
_COUNTRIES = [("United States", "US"), ("China", "China")]


@st.composite
def _mention(draw, i: int) -> dict:
    people = draw(st.lists(st.sampled_from(_PEOPLE), max_size=3, unique=True))
    countries = draw(st.lists(st.sampled_from(_COUNTRIES), max_size=2, unique=True))
    parts = [Participant(n, frozenset([side]), level, "person", k) for k, (n, side, level) in enumerate(people)]
    parts += [Participant(n, frozenset([side]), "other", "country", 9) for n, side in countries]
    shape = draw(st.sampled_from(["day", "day", "span", "span", "undated", "inverted", "open"]))
    start = _DAY0 + timedelta(days=draw(st.integers(0, 40)))
    length = timedelta(days=draw(st.integers(0, 12)))
    date_start, date_end = {
        "day": (start, start), "span": (start, start + length), "undated": (pd.NaT, pd.NaT),
        "inverted": (start + length + timedelta(days=1), start), "open": (start, pd.NaT),
    }[shape]
    us = "; ".join(n for n, side, _ in people if side == "US") or draw(st.sampled_from(["", "US officials"]))
    china = "; ".join(n for n, side, _ in people if side == "China")
    return {
        "article_id": f"a{i % 7}", "outlet": f"Outlet {i % 3}", "sentence": i, "start": 10 * i, "end": 10 * i + 9,
        "cue": "met", "mode": draw(st.sampled_from(MODES)), "expression": "" if shape == "undated" else f"day {i}",
        "date_start": date_start, "date_end": date_end, "granularity": "" if shape == "undated" else "day",
        "signal": draw(st.sampled_from(["", "on"])), "participants": "; ".join(n for n, _, _ in people),
        "us": us, "china": china, "level": draw(st.sampled_from(LEVELS)),
        "status": draw(st.sampled_from(["happened", "happened", "planned"])),
        "place": draw(st.sampled_from(["", "", "Rome"])), "kept": draw(st.sampled_from([True, True, True, False])), "reason": "",
        "text": f"Sentence {i}.", "_parts": parts,
        "_published": _DAY0 + timedelta(days=draw(st.integers(-5, 50))),
    }


@st.composite
def _mentions(draw) -> pd.DataFrame:
    n = draw(st.integers(0, 40))
    rows = [draw(_mention(i)) for i in range(n)]
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS + ["_parts", "_published"])
    frame["date_start"] = pd.to_datetime(frame["date_start"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    return frame


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_mentions())
def test_same_events_as_comparing_every_pair(mentions):
    _assert_same_as_reference(mentions)


def test_same_events_as_comparing_every_pair_on_the_seeds(seeds):
    _assert_same_as_reference(event_mentions(seeds))


def test_same_events_as_comparing_every_pair_on_test_folders(three_outlets, other_event):
    from helpers.corpus import load_articles

    for folder in (three_outlets, other_event):
        _assert_same_as_reference(event_mentions(load_articles(folder)))


# ---------------------------------------------------------------- the shape of the algorithm


def _dense(n: int, undated_every: int = 0) -> list[dict]:
    """``n`` mentions of one call, all overlapping and naming the same people (one window holds them all)."""
    biden = Participant("Joe Biden", frozenset(["US"]), "leaders", "person")
    xi = Participant("Xi Jinping", frozenset(["China"]), "leaders", "person")
    rows = []
    for i in range(n):
        undated = undated_every and i % undated_every == 0
        start = pd.NaT if undated else _DAY0 + timedelta(days=i % 5)
        rows.append({"mode": "call", "status": "happened", "level": "leaders", "_parts": [biden, xi],
                     "date_start": start, "date_end": pd.NaT if undated else start + timedelta(days=6)})
    return rows


def test_merging_looks_up_keys_not_pairs(monkeypatch):
    """A dense window of 3,000 mentions: at most two unions per key of each mention, no pair compared."""
    calls = {"compatible": 0, "union": 0}
    compatible, union = clustering.compatible, clustering.UnionFind.union

    def counting_compatible(a, b):
        calls["compatible"] += 1
        return compatible(a, b)

    def counting_union(self, i, j):
        calls["union"] += 1
        return union(self, i, j)

    monkeypatch.setattr(clustering, "compatible", counting_compatible)
    monkeypatch.setattr(clustering.UnionFind, "union", counting_union)
    items = _dense(3000, undated_every=10)
    groups = clustering.clusters(items)
    assert [len(g) for g in groups] == [3000]
    assert calls["compatible"] == 0
    # one union per key in the sweep of dated mentions, one per key for the undated ones' keys: not 4.5 million
    assert calls["union"] <= 2 * sum(len(clustering.keys(m)) for m in items)


def test_undated_mention_reads_one_candidate_per_key():
    """2,000 separate events name Joe Biden; an undated mention reads one of them per key, and the right one."""
    biden = Participant("Joe Biden", frozenset(["US"]), "leaders", "person")
    events = [[{"mode": "call", "status": "happened", "level": "other", "_parts": [biden],
                "date_start": _DAY0 + timedelta(days=k), "date_end": _DAY0 + timedelta(days=k)}] for k in range(2000)]
    index = clustering.EventIndex(events)
    m = {"mode": "video call", "status": "happened", "level": "other", "_parts": [biden], "date_start": pd.NaT,
         "_published": _DAY0 + timedelta(days=700)}
    assert len(index.candidates(m)) == 1
    assert index.join(m) and events[700][-1] is m  # the most recent event not after publication
    planned = dict(m, status="planned")
    assert not index.join(planned)  # no planned event to join


@pytest.mark.parametrize("status, day", [("planned", 3), ("happened", 8)])
def test_undated_mention_ties_go_to_the_first_event(status, day):
    """Two events with the same latest day: the one listed first, as a scan in order picks."""
    kerry = Participant("John Kerry", frozenset(["US"]), "envoys", "person")
    events = [[{"mode": "visit", "status": status, "level": "envoys", "_parts": [kerry],
                "date_start": _DAY0 + timedelta(days=d), "date_end": _DAY0 + timedelta(days=d)}] for d in (day, day, 5)]
    index = clustering.EventIndex(events)
    m = {"mode": "in-person meeting", "status": status, "level": "envoys", "_parts": [], "date_start": pd.NaT,
         "_published": _DAY0 + timedelta(days=30)}
    assert index.join(m) and events[0][-1] is m
