"""The analyst's overrides: add, correct or drop an event from an editable CSV.

The default file is ``helpers/data/event_overrides.csv``, read and validated
by :func:`helpers.datafiles.read_overrides` (here :func:`load_overrides`);
``origin`` in the result says which events come from the text and which from
the overrides.
"""

from __future__ import annotations

import pandas as pd

from .. import datafiles
from ..datafiles import OVERRIDE_ACTIONS, OVERRIDE_COLUMNS, OVERRIDE_FIELDS, check_override, read_overrides
from ..errors import OverrideError, TimelineInputError
from .merging import slug

#: The name of the default overrides file in ``helpers/data``.
OVERRIDES_FILE = datafiles.OVERRIDES_FILE.name
#: The analyst's overrides (default ``helpers/data/event_overrides.csv``), validated: see :func:`read_overrides`.
load_overrides = read_overrides


def _matches(event: pd.Series, row: pd.Series) -> bool:
    """The override ``row`` is about ``event``: by id, or by its participants (and mode)."""
    if row["event_id"]:
        return event["event_id"] == row["event_id"]
    names = [n.strip() for n in row["match_participants"].split(";") if n.strip()]
    taking_part = [n.strip() for n in str(event["participants"]).split(";")]
    if not all(n in taking_part for n in names):
        return False
    return not row["match_mode"] or event["mode"] == row["match_mode"]


def apply_overrides(events: pd.DataFrame, overrides: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """``events`` with the analyst's overrides applied; a new table, ``origin`` says where each row comes from.

    ``origin``: ``text`` (as extracted), ``text+override`` (extracted, then
    corrected: ``override_note`` says why) or ``override`` (added by the
    analyst).  Dropped events are removed.  A row with an ``article_id``
    applies only when that article is among ``articles`` (or, without
    ``articles``, among the events' sources).  A correct or drop row that
    finds no event raises :class:`OverrideError`, so a stale override does not
    go unnoticed.
    """
    if not isinstance(events, pd.DataFrame) or "event_id" not in events.columns:
        raise TimelineInputError("events must be the first table returned by extract_events")
    if not isinstance(overrides, pd.DataFrame) or "action" not in overrides.columns:
        raise TimelineInputError("overrides must be a table from load_overrides")
    overrides = overrides.copy()
    for column in OVERRIDE_COLUMNS:
        if column not in overrides.columns:
            overrides[column] = ""
    overrides = overrides[OVERRIDE_COLUMNS].fillna("").astype(str)
    loaded = (set(articles["article_id"]) if articles is not None
              else {src[0] for sources in events.get("sources", []) for src in sources})
    out = events.copy()
    if "origin" not in out.columns:
        out["origin"] = "text"
    out["override_note"] = ""
    added = []
    for i, row in overrides.iterrows():
        where = f"override row {i + 1} ({row['action']} {row['event_id'] or row['match_participants'] or row['label']})"
        check_override(row, where)
        if row["article_id"] and row["article_id"] not in loaded:
            continue
        if row["action"] == "add":
            start = pd.Timestamp(row["date_start"])
            end = pd.Timestamp(row["date_end"]) if row["date_end"] else start
            added.append({
                "event_id": row["event_id"] or f"override-{start:%Y-%m-%d}-{slug(row['label'])}",
                "date_start": start, "date_end": end,
                "granularity": row["granularity"] or ("day" if start == end else "interval"),
                "label": row["label"], "participants": row["participants"], "level": row["level"],
                "mode": row["mode"], "status": row["status"], "outlets": "", "sources": [], "n_sources": 0,
                "date_expressions": "", "evidence": "", "origin": "override", "override_note": row["note"],
            })
            continue
        hit = out.apply(lambda ev: _matches(ev, row), axis=1) if len(out) else pd.Series(dtype=bool)
        if not hit.any():
            raise OverrideError(f"{where}: no event matches (event_id {row['event_id']!r}, participants {row['match_participants']!r})")
        if row["action"] == "drop":
            out = out[~hit]
            continue
        for column in OVERRIDE_FIELDS:
            if row[column]:
                value = pd.Timestamp(row[column]) if column.startswith("date_") else row[column]
                out.loc[hit, column] = value
        if row["date_start"] and not row["date_end"]:
            out.loc[hit, "date_end"] = out.loc[hit, "date_start"]
        if (row["date_start"] or row["date_end"]) and not row["granularity"]:
            out.loc[hit, "granularity"] = ["day" if a == b else "interval" for a, b in zip(out.loc[hit, "date_start"], out.loc[hit, "date_end"])]
        out.loc[hit, "origin"] = "text+override"
        out.loc[hit, "override_note"] = row["note"]
    if added:
        out = pd.concat([out, pd.DataFrame(added)], ignore_index=True)
    out["date_start"] = pd.to_datetime(out["date_start"])
    out["date_end"] = pd.to_datetime(out["date_end"])
    return out.sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)
