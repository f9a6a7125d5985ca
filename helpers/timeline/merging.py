"""Events from mentions: the same engagement told in several sentences or outlets becomes one row.

:func:`extract_events` reads the mentions (:func:`.mentions.event_mentions`)
and merges them with :func:`events_from_mentions`, which
``helpers.pipeline`` also calls once on the mentions of all its batches.
"""

from __future__ import annotations

import re

import pandas as pd

from .actors import Participant
from .mentions import event_mentions
from .schema import EVENT_COLUMNS, LEVELS, MODE_FAMILY, MODE_PRIORITY, UNDATED_COLUMNS


def _participants_overlap(a: dict, b: dict) -> bool:
    """Two mentions share a participant (countries aside), or a rank on both sides."""
    names_a = {p.name for p in a["_parts"] if p.kind != "country"}
    names_b = {p.name for p in b["_parts"] if p.kind != "country"}
    if names_a & names_b:
        return True
    # "Kerry visited China" and "a meeting between Beijing and Washington's climate envoys": same rank, both sides
    return a["level"] == b["level"] and a["level"] != "other"


def _compatible(a: dict, b: dict) -> bool:
    """Two mentions may be one event: one mode family and status, overlapping dates, shared participants."""
    if MODE_FAMILY[a["mode"]] != MODE_FAMILY[b["mode"]] or a["status"] != b["status"]:
        return False
    if pd.notna(a["date_start"]) and pd.notna(b["date_start"]):
        if a["date_start"] > b["date_end"] or b["date_start"] > a["date_end"]:
            return False
    return _participants_overlap(a, b)


def _clusters(items: list[dict]) -> list[list[dict]]:
    """Connected groups of mutually compatible mentions (union-find).

    Only pairs that can be compatible are compared: the same mode family and
    status, and, for two dated mentions, overlapping dates (a sweep over the
    start dates), so a big corpus is not compared pair by pair.
    """
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple, list[int]] = {}
    for i, item in enumerate(items):
        blocks.setdefault((MODE_FAMILY[item["mode"]], item["status"]), []).append(i)
    for members in blocks.values():
        dated = sorted((i for i in members if pd.notna(items[i]["date_start"])), key=lambda i: items[i]["date_start"])
        undated = [i for i in members if pd.isna(items[i]["date_start"])]
        for pos, i in enumerate(dated):
            for j in dated[pos + 1 :]:
                if items[j]["date_start"] > items[i]["date_end"]:
                    break  # sorted by start: no later mention overlaps i
                if _compatible(items[i], items[j]):
                    parent[find(j)] = find(i)
        for pos, i in enumerate(undated):
            for j in dated + undated[pos + 1 :]:
                if _compatible(items[i], items[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[dict]] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item)
    return list(groups.values())


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, for event ids."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _label(us: list[str], china: list[str], mode: str, place: str, parts: list[Participant]) -> str:
    """"Joe Biden – Xi Jinping call", "John Kerry visits China", "Xi Jinping visits the US (host: Joe Biden)"."""
    def short(names: list[str]) -> str:
        return ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
    if mode == "visit":
        countries = {next(iter(p.sides)): p.name for p in parts if p.kind == "country" and len(p.sides) == 1}
        if "China" in countries and us:
            return f"{short(us)} visits China" + (f" ({place})" if place and place != "China" else "")
        if "US" in countries and china:
            host = [n for n in us if n not in ("United States",)]
            return f"{short(china)} visits the US" + (f" (host: {short(host)})" if host else "")
    words = {"call": "call", "video call": "video call", "in-person meeting": "meeting", "summit": "summit",
             "visit": "visit"}[mode]
    return f"{short(us)} – {short(china)} {words}" + (f", {place}" if place else "")


def _merge(cluster: list[dict]) -> dict:
    """One event row from a cluster of mentions: the common interval, the named people, the sources."""
    dated = [m for m in cluster if pd.notna(m["date_start"])]
    if dated:
        start = max(m["date_start"] for m in dated)
        end = min(m["date_end"] for m in dated)
        precise = min(dated, key=lambda m: (m["date_end"] - m["date_start"], m["date_start"]))
        if start > end:  # no common interval: keep the most precise reading
            start, end = precise["date_start"], precise["date_end"]
        granularity = precise["granularity"] if (precise["date_start"], precise["date_end"]) == (start, end) else "day" if start == end else "interval"
    else:
        start = end = pd.NaT
        granularity = ""
    parts = [p for m in cluster for p in m["_parts"]]
    us = list(dict.fromkeys(n for m in cluster for n in m["us"].split("; ") if n))
    china = list(dict.fromkeys(n for m in cluster for n in m["china"].split("; ") if n))
    # named people first; a role ("senior Chinese officials") only if no one on that side is named
    persons = {p.name for p in parts if p.kind == "person"}
    us = [n for n in us if n in persons] or us
    china = [n for n in china if n in persons] or china
    mode = min((m["mode"] for m in cluster), key=MODE_PRIORITY.get)
    level = min((m["level"] for m in cluster), key=LEVELS.index)
    place = next((m["place"] for m in cluster if m["place"]), "")
    status = "happened" if any(m["status"] == "happened" for m in cluster) else "planned"
    sources = sorted({(m["article_id"], int(m["start"]), int(m["end"])) for m in cluster})
    outlets = sorted({m["outlet"] for m in cluster})
    first = min(cluster, key=lambda m: (pd.isna(m["date_start"]), m["article_id"], m["start"]))
    date_part = f"{start:%Y-%m-%d}" if pd.notna(start) else "undated"
    return {
        "event_id": f"{date_part}-{slug(mode)}-{slug('-'.join(us[:1] + china[:1]))}",
        "date_start": start, "date_end": end, "granularity": granularity,
        "label": _label(us, china, mode, place, parts),
        "participants": "; ".join(us + china), "level": level, "mode": mode, "status": status,
        "outlets": "; ".join(outlets), "sources": sources, "n_sources": len(sources),
        "date_expressions": "; ".join(sorted({f"{m['outlet']}: {m['signal'] + ' ' if m['signal'] else ''}{m['expression']}"
                                              for m in dated})),
        "evidence": first["text"], "origin": "text",
    }


def extract_events(articles: pd.DataFrame, actors: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """US–China engagement events told in ``articles``: ``(events, undated)``.

    Returns two tables.  ``events``: one row per dated event, columns
    ``event_id, date_start, date_end, granularity, label, participants,
    level, mode, status, outlets, sources, n_sources, date_expressions,
    evidence, origin``; ``sources`` is a list of ``(article_id, start,
    end)`` of the sentences it comes from, ``evidence`` the first of them,
    ``origin`` is ``"text"``.  ``undated``: the events no date in the text
    supports, with the same columns less the dates.

    Rules (see :func:`event_mentions` for the clause-level reading):

    - a mention is kept when it has a participant from each side (US and
      China) and at least one named or ranked participant; negated cues
      ("has not met") are dropped;
    - mentions merge into one event when their modes are of one family
      (call / video call, or meeting / visit / summit), their dates overlap
      and they share a participant (or are of the same rank);
    - a mention with no date joins the most recent event it is compatible
      with (a headline "Biden and Xi speak on phone" joins the dated call);
      otherwise it goes to ``undated``.
    - ``level`` is the junior side's most senior rank; ``status`` is planned
      when the clause speaks of the future or the date is after publication.
    """
    return events_from_mentions(event_mentions(articles, actors))


def events_from_mentions(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(events, undated)`` from the mentions of :func:`event_mentions`, merged across articles.

    Mentions may be gathered batch by batch (as ``helpers.pipeline`` does)
    and merged here once, since an event told by two outlets is one event.
    """
    kept = mentions[mentions["kept"]].to_dict("records")
    dated = [m for m in kept if pd.notna(m["date_start"])]
    undated = [m for m in kept if pd.isna(m["date_start"])]
    clusters = _clusters(dated)
    leftovers = []
    for m in undated:
        candidates = []
        for cluster in clusters:
            probe = dict(cluster[0])
            probe["_parts"] = [p for c in cluster for p in c["_parts"]]
            probe["level"] = min((c["level"] for c in cluster), key=LEVELS.index)
            if not _compatible(probe, m):
                continue
            latest = max(c["date_start"] for c in cluster)
            if m["status"] == "happened" and latest > m["_published"]:
                continue
            candidates.append((latest, cluster))
        if candidates:
            # the most recent compatible event; for plans, the nearest one ahead
            pick = (min if m["status"] == "planned" else max)(candidates, key=lambda c: c[0])
            pick[1].append(m)
        else:
            leftovers.append(m)
    events = pd.DataFrame([_merge(c) for c in clusters], columns=EVENT_COLUMNS)
    events = events.sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)
    events["event_id"] = _unique_ids(events["event_id"])
    events["date_start"] = pd.to_datetime(events["date_start"])
    events["date_end"] = pd.to_datetime(events["date_end"])
    undated_events = pd.DataFrame([_merge(c) for c in _clusters(leftovers)], columns=EVENT_COLUMNS)
    undated_events = undated_events[UNDATED_COLUMNS].reset_index(drop=True)
    undated_events["event_id"] = _unique_ids(undated_events["event_id"])
    return events, undated_events


def _unique_ids(ids: pd.Series) -> list[str]:
    """Event ids made unique by a counter suffix (-2, -3 ...)."""
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
        out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
    return out

