"""What an engagement event is made of: levels, modes, statuses, sides, and the columns of its tables.

An event is read from one sentence (a "mention"): a cue (call, meeting,
visit, summit, video call, talks), the actors around it, and a date
expression of the same clause.  Mentions of the same event, in one article
or in several, are merged into one row.  Only engagements between the
study's two camps (by default a US and a Chinese participant) are kept: Xi
Jinping's visit to Myanmar or Chinese officials meeting the Taliban stay in
the mentions table with the reason.  A dated one of them with a named person
of a camp and a third party is a *context* event (``context``), which
:func:`.merging.extract_events` returns on request, flagged, for a lane of its
own on the timeline.
"""

from __future__ import annotations

import pandas as pd

from ..vocabularies import CAMPS, LEVELS, MODES, STATUSES

# LEVELS, MODES and STATUSES are the vocabularies of the overrides file too: defined once, in helpers.vocabularies.
#: The sides of the timeline: the seeds' camps.
SIDES = CAMPS

#: Remote and in-person modes: mentions merge only within a family (a visit told
#: by one outlet is the meeting told by another; a call is never a visit).
MODE_FAMILY = {"call": "remote", "video call": "remote", "in-person meeting": "in person", "visit": "in person",
               "summit": "in person"}
#: When merged mentions disagree, the more specific mode wins.
MODE_PRIORITY = {"video call": 0, "call": 1, "summit": 2, "visit": 3, "in-person meeting": 4}

EVENT_COLUMNS = [
    "event_id", "date_start", "date_end", "granularity", "label", "participants", "level", "mode", "status",
    "outlets", "sources", "n_sources", "date_expressions", "evidence", "origin", "context",
]
UNDATED_COLUMNS = [c for c in EVENT_COLUMNS
                   if c not in ("date_start", "date_end", "granularity", "date_expressions", "context")]

MENTION_COLUMNS = [
    "article_id", "outlet", "sentence", "start", "end", "cue", "mode", "expression", "date_start", "date_end",
    "granularity", "signal", "participants", "us", "china", "level", "status", "place", "kept", "reason", "context", "text",
]


def is_context(events: pd.DataFrame) -> pd.Series:
    """Which rows of an events table are context events (False where the column is missing or empty)."""
    if "context" not in events.columns:
        return pd.Series(False, index=events.index)
    return events["context"].map(lambda v: v is True or v == True).astype(bool)  # noqa: E712 (numpy booleans)
