"""Events from mentions: the same engagement told in several sentences or outlets becomes one row.

:func:`extract_events` reads the mentions (:func:`.mentions.event_mentions`)
and merges them with :func:`events_from_mentions`, which
``helpers.pipeline`` also calls once on the mentions of all its batches.
Which mentions are one event is decided in :mod:`.clustering`.
"""

from __future__ import annotations

import re

import pandas as pd

from .actors import Participant
from .clustering import EventIndex, clusters, coarse
from .mentions import event_mentions
from ..people import SEED_STUDY, Study
from .actors import camps_of
from .event_patterns import PLACE_NAMES
from .schema import EVENT_COLUMNS, LEVELS, MODE_PRIORITY, UNDATED_COLUMNS


SEED_CAMPS = camps_of(SEED_STUDY)


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, for event ids."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _short(names: list[str]) -> str:
    return ", ".join(names[:3]) + (" …" if len(names) > 3 else "")


def _country_name(name: str) -> str:
    """How a label names a visited country: "the US" for the United States, else its registry name."""
    return PLACE_NAMES.get(name, name)


def _label(us: list[str], china: list[str], mode: str, place: str, parts: list[Participant],
           camps: tuple[str, str] = ("US", "China")) -> str:
    """"Joe Biden – Xi Jinping call", "John Kerry visits China", "Xi Jinping visits the US (host: Joe Biden)"."""
    short = _short
    if mode == "visit":
        countries = {next(iter(p.sides)): p.name for p in parts if p.kind == "country" and len(p.sides) == 1}
        if camps[1] in countries and us:
            where = _country_name(countries[camps[1]])
            return f"{short(us)} visits {where}" + (f" ({place})" if place and place != where else "")
        if camps[0] in countries and china:
            host = [n for n in us if n != countries[camps[0]]]
            return f"{short(china)} visits {_country_name(countries[camps[0]])}" + (f" (host: {short(host)})" if host else "")
    words = {"call": "call", "video call": "video call", "in-person meeting": "meeting", "summit": "summit",
             "visit": "visit"}[mode]
    return f"{short(us)} – {short(china)} {words}" + (f", {place}" if place else "")


def _context_label(cluster: list[dict], mode: str, place: str) -> str:
    """A context event: "Xi Jinping visits Myanmar", "Xi Jinping – Vladimir Putin meeting"."""
    camps = set(cluster[0].get("_camps", SEED_CAMPS))
    parts = [p for m in cluster for p in m["_parts"]]
    own = list(dict.fromkeys(p.name for p in parts if p.kind == "person" and p.sides & camps))
    third = list(dict.fromkeys(p.name for p in parts if not p.sides & camps))
    countries = [p.name for p in parts if p.kind == "country" and not p.sides & camps]
    if mode == "visit" and countries:
        return f"{_short(own)} visits {countries[0]}"  # a place later in the sentence may be another story's
    words = {"call": "call", "video call": "video call", "in-person meeting": "meeting", "summit": "summit",
             "visit": "visit"}[mode]
    return f"{_short(own)} – {_short(third)} {words}" + (f", {place}" if place else "")


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
    camps = cluster[0].get("_camps", SEED_CAMPS)
    context = bool(cluster[0].get("context") == True) and not cluster[0]["kept"]  # noqa: E712 (NaN: no)
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
    if context:
        third = list(dict.fromkeys(p.name for p in parts if not p.sides & set(camps)))
        us, china = [n for n in us + china if n in persons], third
    return {
        "event_id": ("context-" if context else "") + f"{date_part}-{slug(mode)}-{slug('-'.join(us[:1] + china[:1]))}",
        "date_start": start, "date_end": end, "granularity": granularity,
        "label": _context_label(cluster, mode, place) if context else _label(us, china, mode, place, parts, camps),
        "participants": "; ".join(us + china), "level": level, "mode": mode, "status": status,
        "outlets": "; ".join(outlets), "sources": sources, "n_sources": len(sources),
        "date_expressions": "; ".join(sorted({f"{m['outlet']}: {m['signal'] + ' ' if m['signal'] else ''}{m['expression']}"
                                              for m in dated})),
        "evidence": first["text"], "origin": "text", "context": context,
    }


def extract_events(articles: pd.DataFrame, actors: pd.DataFrame | None = None, study: Study = SEED_STUDY,
                   context: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Engagement events between the study's two camps told in ``articles``: ``(events, undated)``.

    Returns two tables.  ``events``: one row per dated event, columns
    ``event_id, date_start, date_end, granularity, label, participants,
    level, mode, status, outlets, sources, n_sources, date_expressions,
    evidence, origin, context``; ``sources`` is a list of ``(article_id,
    start, end)`` of the sentences it comes from, ``evidence`` the first of
    them, ``origin`` is ``"text"``.  ``undated``: the engagements no date in
    the text supports, with the same columns less the dates and ``context``.

    ``study`` names the two camps (default the seeds' study: the United States
    and China).  With ``context=True``, ``events`` also holds the *context
    events*, with ``context`` True: dated events the story gives as
    background that are not engagements between the camps, such as one
    camp's leader visiting a third country ("Mr Xi has not left China since
    he visited Myanmar in January 2020").  Without it (the default, as before)
    every row is an engagement and ``context`` is False.

    Rules (see :func:`event_mentions` for the clause-level reading):

    - a mention is kept when it has a participant from each side (US and
      China) and at least one named or ranked participant; negated cues
      ("has not met") are dropped;
    - mentions merge into one event when their modes are of one family
      (call / video call, or meeting / visit / summit), their dates overlap
      and they share a participant (or are of the same rank); a mention
      dated only to more than a month ("last year") joins the one compatible
      event it overlaps (the most recent) and never links two;
    - a mention with no date joins the most recent event it is compatible
      with (a headline "Biden and Xi speak on phone" joins the dated call),
      if that event falls within a year of the mention's publication date;
      otherwise it goes to ``undated``;
    - mentions from different event folders (the articles' ``event``
      column, when the folder pools several events) never merge.
    - ``level`` is the junior side's most senior rank; ``status`` is planned
      when the clause speaks of the future or the date is after publication.
    """
    return events_from_mentions(event_mentions(articles, actors, study=study), context=context)


def events_from_mentions(mentions: pd.DataFrame, context: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(events, undated)`` from the mentions of :func:`event_mentions`, merged across articles.

    Mentions may be gathered batch by batch (as ``helpers.pipeline`` does)
    and merged here once, since an event told by two outlets is one event.
    """
    kept = mentions[mentions["kept"]].to_dict("records")
    dated = [m for m in kept if pd.notna(m["date_start"]) and not coarse(m)]
    long_dated = [m for m in kept if pd.notna(m["date_start"]) and coarse(m)]
    undated = [m for m in kept if pd.isna(m["date_start"])]
    # a mention dated to a year joins one event it overlaps, so that "last year" never links June and November
    precise = EventIndex(clusters(dated))
    rest = [m for m in long_dated if not precise.join_overlapping(m)]
    # an undated mention joins the most recent compatible event (for plans, the nearest one ahead)
    index = EventIndex(precise.events + clusters(rest))
    leftovers = [m for m in undated if not index.join(m)]
    rows = [_merge(c) for c in index.events]
    if context:
        background = [m for m in mentions[~mentions["kept"] & mentions["context"]].to_dict("records")]
        rows += [_merge(c) for c in clusters(background)]
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    events = events.sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)
    events["event_id"] = _unique_ids(events["event_id"])
    events["date_start"] = pd.to_datetime(events["date_start"])
    events["date_end"] = pd.to_datetime(events["date_end"])
    undated_events = pd.DataFrame([_merge(c) for c in clusters(leftovers)], columns=EVENT_COLUMNS)
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

