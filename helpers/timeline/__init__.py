"""Dates and engagement events: temporal expressions, and a timeline of who met whom.

- :func:`tag_dates` finds temporal expressions in a text (TIMEX3 conventions,
  as in the TempEval-3 data) and resolves each against the publication date,
  with the tense of its sentence in view and anaphora to the last date
  mentioned ("the following year" after "in 2011" is 2012); :func:`dates`
  runs it over every article.  Recognition is one compiled regular
  expression over hand-written rules (:mod:`.patterns`), resolution one small
  function per rule (:mod:`.resolvers`); measured on TempEval-3 by
  ``benchmarks/dates_tempeval.py`` (:func:`load_calibration`).
- :func:`extract_events` reads the sentences that report an engagement between
  the study's two camps (by default US and Chinese actors; :func:`event_mentions`),
  dates each by a date of the same sentence and merges the same event told by
  several outlets into one row (:func:`events_from_mentions`), never across
  event folders; with ``context=True`` the events table also holds the dated
  context the stories give (a leader's visit to a third country), flagged in
  its ``context`` column; :func:`load_overrides` and :func:`apply_overrides`
  let an analyst add, correct or drop events.
- :func:`timeline_data` and :func:`outlet_event_positions` build the tables
  that ``helpers.charts.timeline`` draws; :mod:`.findings` the sentences of
  notebook 04.

>>> tag_dates("Kerry visited China last week.", "2021-09-10")[["expression", "value"]]
  expression     value
0  last week  2021-W35
"""

from ..errors import OverrideError, TimelineInputError
from .actors import Actor, camps_of, load_actors
from .calibration import CALIBRATION_FILE, load_calibration
from .chart_data import (
    BREAK_SHARE,
    LANES,
    TIMELINE_NOTE,
    context_rows,
    engagement_rows,
    outlet_event_positions,
    timeline_data,
    timeline_panels,
)
from .findings import (
    finding_calibration,
    finding_dates,
    finding_events,
    finding_left_out,
    finding_outlets,
    finding_timeline,
    has_timeline,
    timeline_title,
)
from .mentions import event_mentions
from .merging import events_from_mentions, extract_events
from .overrides import OVERRIDE_ACTIONS, OVERRIDE_COLUMNS, OVERRIDES_FILE, apply_overrides, load_overrides
from .patterns import RULES
from .schema import (
    EVENT_COLUMNS,
    LEVELS,
    MENTION_COLUMNS,
    MODE_FAMILY,
    MODES,
    SIDES,
    STATUSES,
    UNDATED_COLUMNS,
    is_context,
)
from .tagging import DATE_COLUMNS, dates, tag_dates

__all__ = [
    "Actor",
    "BREAK_SHARE",
    "CALIBRATION_FILE",
    "DATE_COLUMNS",
    "EVENT_COLUMNS",
    "LANES",
    "LEVELS",
    "MENTION_COLUMNS",
    "MODES",
    "MODE_FAMILY",
    "OVERRIDES_FILE",
    "OVERRIDE_ACTIONS",
    "OVERRIDE_COLUMNS",
    "OverrideError",
    "RULES",
    "SIDES",
    "STATUSES",
    "TIMELINE_NOTE",
    "TimelineInputError",
    "UNDATED_COLUMNS",
    "apply_overrides",
    "camps_of",
    "context_rows",
    "dates",
    "engagement_rows",
    "event_mentions",
    "events_from_mentions",
    "extract_events",
    "finding_calibration",
    "finding_dates",
    "finding_events",
    "finding_left_out",
    "finding_outlets",
    "finding_timeline",
    "has_timeline",
    "is_context",
    "load_actors",
    "load_calibration",
    "load_overrides",
    "outlet_event_positions",
    "tag_dates",
    "timeline_data",
    "timeline_panels",
    "timeline_title",
]

_MOVED = {"plot_timeline", "plot_outlet_events", "LEVEL_STYLE"}


def __getattr__(name: str):
    # the charts left this package (matplotlib is imported only under helpers.charts): say where they went
    if name in _MOVED:
        raise AttributeError(f"helpers.timeline.{name} moved to helpers.charts.timeline.{name}; "
                             "plots now take the table built by helpers.timeline.timeline_data")
    if name == "tagger_benchmark":
        raise AttributeError("helpers.timeline.tagger_benchmark is gone: run benchmarks/dates_tempeval.py, "
                             "and read its figures with helpers.timeline.load_calibration()")
    raise AttributeError(f"module 'helpers.timeline' has no attribute {name!r}")
