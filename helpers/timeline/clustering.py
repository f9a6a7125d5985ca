"""Which mentions tell one event: groups of compatible mentions, found without comparing every pair.

Two mentions are *compatible* (:func:`compatible`) when they are of one mode
family and status, their dates overlap (when both are dated), and they share
a participant other than a country or are of the same rank (a level other
than "other").  An event is a connected group of compatible mentions
(:func:`clusters`); a mention with no date then joins the most recent event
it is compatible with (:class:`EventIndex`).

Comparing every pair grows with the square of the mentions (10,000 articles
about one call did not merge in ten minutes).  Instead each mention is
reduced to its *keys* (:func:`keys`): each participant name that is not a
country, and its rank.  Two mentions of one block (mode family and status)
share a participant or a rank exactly when they share a key, so:

- dated mentions are swept in order of their first day, keeping for each key
  the mention seen so far that ends last; a new mention joins that
  mention's group when it has not ended before the new one starts.  Every
  earlier mention it overlaps on that key also contains its first day, so
  overlaps the one that ends last, and is already in the same group: the
  groups are those of the pairwise comparison, with one look-up per key;
- a mention with no date is compatible with every mention of its block that
  shares a key with it, so all of them form one group;
- an undated mention looks up the events by its keys only, each key's
  events sorted by their latest day, so it reads one candidate per key.

The results are the same as comparing every pair (``tests/timeline/
test_clustering.py`` checks it against a pairwise reference).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right, insort

import pandas as pd

from .schema import LEVELS, MODE_FAMILY

#: An undated mention joins no event further than this from its publication ("the two leaders met", in a
#: text of 2024, is not the meeting of 2021 the same folder dates).
UNDATED_REACH = pd.Timedelta(days=366)
#: A mention dated to a longer interval than this is coarse (:func:`coarse`).
COARSE = pd.Timedelta(days=31)


def names(m: dict) -> set[str]:
    """The participants of mention ``m`` that are not countries."""
    return {p.name for p in m["_parts"] if p.kind != "country"}


def rank_keys(level: str) -> set:
    """The key of a rank: ``{("level", level)}``, none for "other" (unranked mentions share no rank)."""
    return {("level", level)} if level != "other" else set()


def keys(m: dict) -> set:
    """What a compatible mention must share with ``m``: a name (not a country), or its rank."""
    return names(m) | rank_keys(m["level"])


def block(m: dict) -> tuple[str, str, str]:
    """Mentions merge only within one mode family and status, and one event folder (pooled folders)."""
    return MODE_FAMILY[m["mode"]], m["status"], m.get("_event", "") or ""


def compatible(a: dict, b: dict) -> bool:
    """Two mentions may be one event: one mode family and status, overlapping dates, shared participants."""
    if block(a) != block(b):
        return False
    if pd.notna(a["date_start"]) and pd.notna(b["date_start"]):
        if a["date_start"] > b["date_end"] or b["date_start"] > a["date_end"]:
            return False
    # "Kerry visited China" and "a meeting between Beijing and Washington's climate envoys": same rank, both sides
    return bool(names(a) & names(b)) or a["level"] == b["level"] and a["level"] != "other"


def overlap(a: dict, b: dict) -> bool:
    """Two dated mentions overlap (an open end overlaps everything after the start)."""
    return a["date_start"] <= _last_day(b) and b["date_start"] <= _last_day(a)


def coarse(m: dict) -> bool:
    """A mention dated only to more than a month ("last year", "in 2023"): it joins an event, never links two."""
    return pd.notna(m["date_end"]) and m["date_end"] - m["date_start"] > COARSE


class UnionFind:
    """Disjoint sets of the numbers ``0 .. n-1``."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(j)] = self.find(i)


def _last_day(m: dict) -> pd.Timestamp:
    """A dated mention's last day; one with no end overlaps everything after its start (as NaT compares)."""
    return m["date_end"] if pd.notna(m["date_end"]) else pd.Timestamp.max


def _sweep_dated(items: list[dict], members: list[int], item_keys: list[set], groups: UnionFind) -> None:
    """Join the dated mentions of one block that share a key and overlap, in order of their first day."""
    dated = sorted((i for i in members if pd.notna(items[i]["date_start"])), key=lambda i: items[i]["date_start"])
    reach: dict = {}  # key -> (last day, mention) of the mention with that key that ends last so far
    for pos, i in enumerate(dated):
        start, end = items[i]["date_start"], _last_day(items[i])
        if start > end:
            # an inverted interval overlaps no later mention, and not every earlier one the sweep keeps: compare
            for j in dated[:pos]:
                if compatible(items[j], items[i]):
                    groups.union(j, i)
            continue
        for key in item_keys[i]:
            held = reach.get(key)
            if held is not None and held[0] >= start:
                groups.union(held[1], i)
            if held is None or end > held[0]:
                reach[key] = (end, i)


def clusters(items: list[dict]) -> list[list[dict]]:
    """Connected groups of compatible mentions, each in the order of ``items``, groups by their first member."""
    groups = UnionFind(len(items))
    item_keys = [keys(m) for m in items]
    blocks: dict[tuple, list[int]] = {}
    for i, item in enumerate(items):
        blocks.setdefault(block(item), []).append(i)
    for members in blocks.values():
        _sweep_dated(items, members, item_keys, groups)
        # an undated mention is compatible with every mention of its block that shares a key with it
        undated_keys = set().union(*(item_keys[i] for i in members if pd.isna(items[i]["date_start"])))
        first_with: dict = {}
        for i in members:
            for key in item_keys[i] & undated_keys:
                if key in first_with:
                    groups.union(first_with[key], i)
                else:
                    first_with[key] = i
    out: dict[int, list[dict]] = {}
    for i, item in enumerate(items):
        out.setdefault(groups.find(i), []).append(item)
    return list(out.values())


class EventIndex:
    """Events (clusters of dated mentions) by block and key, for undated mentions to join.

    Each key's events are kept sorted by their latest first day, so a mention
    finds the nearest event ahead (planned) or the most recent one not after
    its publication (happened) with one look-up per key, whatever the number
    of events.  Ties go to the event listed first, as a scan in order would.
    """

    def __init__(self, events: list[list[dict]]):
        self.events = events
        self.latest = [max(m["date_start"] for m in event) for event in events]
        self.names = [set().union(*(names(m) for m in event)) for event in events]
        self.level = [min((m["level"] for m in event), key=LEVELS.index) for event in events]
        self.by_key: dict[tuple, list[tuple]] = {}
        for k, event in enumerate(events):
            for key in self.names[k] | rank_keys(self.level[k]):
                self._add(k, key)

    def _entry(self, k: int) -> tuple:
        # planned mentions take the earliest event (ties: the first listed), happened ones the latest (same ties)
        return (self.latest[k], k) if self.events[k][0]["status"] == "planned" else (self.latest[k], -k)

    def _add(self, k: int, key) -> None:
        insort(self.by_key.setdefault((block(self.events[k][0]), key), []), self._entry(k))

    def candidates(self, m: dict) -> list[tuple]:
        """One candidate per key of ``m``: the event it would join among those listed under that key."""
        planned = m["status"] == "planned"
        published = m["_published"]
        known = pd.notna(published)
        found = []
        for key in keys(m):
            entries = self.by_key.get((block(m), key))
            if not entries:
                continue
            if planned:
                # the earliest plan not more than a year before the publication, and not a year after it
                pos = bisect_left(entries, (published - UNDATED_REACH, -math.inf)) if known else 0
                if pos < len(entries) and (not known or entries[pos][0] <= published + UNDATED_REACH):
                    found.append(entries[pos])
                continue
            # a mention of something that happened joins no event after its publication, nor one years before it
            pos = len(entries) if not known else bisect_right(entries, (published, math.inf))
            if pos and (not known or entries[pos - 1][0] >= published - UNDATED_REACH):
                found.append(entries[pos - 1])
        return found

    def join_overlapping(self, m: dict) -> bool:
        """Add a long-dated mention ("last year") to a compatible event it overlaps: the one sharing most names
        with it, then the most recent (for a plan, the earliest); False when none overlaps it."""
        planned = m["status"] == "planned"
        own = names(m)
        found = set()
        for key in keys(m):
            for entry in self.by_key.get((block(m), key), []):
                k = abs(entry[1])
                if any(overlap(m, other) for other in self.events[k]):
                    latest = self.latest[k]
                    found.add((len(own & self.names[k]), -latest.value if planned else latest.value, -k))
        if not found:
            return False
        k = -max(found)[2]
        self.events[k].append(m)
        return True

    def join(self, m: dict) -> bool:
        """Add undated mention ``m`` to the event it belongs to: the nearest ahead for a plan, else the most
        recent; False when no event is compatible with it."""
        found = self.candidates(m)
        if not found:
            return False
        planned = m["status"] == "planned"
        k = min(found)[1] if planned else -max(found)[1]
        self.events[k].append(m)
        for name in names(m) - self.names[k]:
            self.names[k].add(name)
            self._add(k, name)
        level = min(self.level[k], m["level"], key=LEVELS.index)
        if level != self.level[k]:
            if self.level[k] != "other":
                self.by_key[(block(self.events[k][0]), ("level", self.level[k]))].remove(self._entry(k))
            self.level[k] = level
            self._add(k, ("level", level))
        return True
