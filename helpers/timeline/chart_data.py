"""The tables the timeline charts draw: one row per dated event, its panel, and where each outlet tells it.

Built here, drawn by :mod:`helpers.charts.timeline`, and written as the
charts' CSV by ``export_figure``: a reader can check a chart without running
anything.
"""

from __future__ import annotations

import pandas as pd

from ..errors import TimelineInputError
from ..validation import require_columns
from .schema import is_context
from .tagging import check_articles

#: A gap between events longer than this share of the whole span breaks the time axis.
BREAK_SHARE = 0.35
#: With no dated event, the time axis shows the days up to the latest publication date.
EMPTY_WINDOW = pd.Timedelta(days=30)
#: A context event further than this share of the nearest panel's length from it gets a panel of its own.
CONTEXT_REACH = 0.25
#: The lanes of the timeline: engagements between the camps, then the context the stories give.
LANES = ("engagement", "context")
#: The note under the timeline chart.
TIMELINE_NOTE = "Dates resolved from the texts against each article's publication date; a month or a week is drawn as a span."

Panels = list[tuple[pd.Timestamp, pd.Timestamp]]


def timeline_panels(events: pd.DataFrame, break_share: float = BREAK_SHARE, published=None) -> Panels:
    """Time ranges of the chart's panels: one, or two when a long empty stretch would squash the rest.

    The axis breaks at the longest gap between consecutive events when that
    gap is longer than ``break_share`` of the whole span (2012 to 2020 in the
    seeds), so the dense stretch gets a readable panel of its own.  With no
    event, one panel of :data:`EMPTY_WINDOW` up to the latest of
    ``published`` (the articles' publication dates), so the same articles
    always give the same axis; without ``published`` that raises
    :class:`TimelineInputError`.

    The panels come from the engagements; context events (``context`` in an
    events table, ``lane`` in :func:`timeline_data`'s) never move them: one
    that falls outside them widens the nearest panel when it is close to it
    (:data:`CONTEXT_REACH`), else gets a panel of its own.
    """
    context = _context_rows(events)
    engagements = events[~context]
    if engagements.empty and context.any():
        return _engagement_panels(events[context], break_share)
    if engagements.empty:
        return [_empty_window(published)]
    panels = _engagement_panels(engagements, break_share)
    for start, end in events.loc[context, ["date_start", "date_end"]].itertuples(index=False):
        panels = _with_context(panels, start, end if pd.notna(end) else start)
    return panels


def _context_rows(events: pd.DataFrame) -> pd.Series:
    """The rows of an events table or a timeline table that are context, not engagements."""
    if "lane" in events.columns:
        return (events["lane"] == "context").astype(bool)
    return is_context(events)


def _with_context(panels: Panels, start: pd.Timestamp, end: pd.Timestamp) -> Panels:
    """``panels`` with room for a context event from ``start`` to ``end``."""
    if any(a <= start and end <= b for a, b in panels):
        return panels
    distance = [max(a - end, start - b, pd.Timedelta(0)) for a, b in panels]
    i = min(range(len(panels)), key=distance.__getitem__)
    a, b = panels[i]
    if distance[i] <= CONTEXT_REACH * (b - a):
        # only the side towards the context event moves
        widened = (_padded(start, b)[0] if start < a else a, _padded(a, end)[1] if end > b else b)
        return sorted(panels[:i] + [widened] + panels[i + 1:])
    return sorted(panels + [_padded(start, end)])


def _engagement_panels(events: pd.DataFrame, break_share: float) -> Panels:
    """The panels of :func:`timeline_panels` for a table of dated events (one or two)."""
    starts = events["date_start"].sort_values().reset_index(drop=True)
    ends = events["date_end"].sort_values().reset_index(drop=True)
    first, last = starts.iloc[0], max(ends.iloc[-1], starts.iloc[-1])
    span = max((last - first).days, 1)
    order = events.sort_values("date_start")
    running_end = order["date_end"].cummax().reset_index(drop=True)
    gaps = [(order["date_start"].iloc[i + 1] - running_end.iloc[i]).days for i in range(len(order) - 1)]
    if gaps and max(gaps) > break_share * span:
        i = max(range(len(gaps)), key=gaps.__getitem__)
        left = (first, running_end.iloc[i])
        right = (order["date_start"].iloc[i + 1], last)
        return [_padded(*left), _padded(*right)]
    return [_padded(first, last)]


def _padded(a: pd.Timestamp, b: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
    """``a`` to ``b`` with a margin of 6% (at least 12 days) on each side."""
    pad = max(pd.Timedelta(days=12), (b - a) * 0.06)
    return a - pad, b + pad


def _date_text(row) -> str:
    """The date of an event in words: 2011, Mar 2021, week of 30 Aug 2021, 9 Sep 2021."""
    a, b, g = row.date_start, row.date_end, row.granularity
    if g == "year":
        return f"{a:%Y}"
    if g == "month":
        return f"{a:%b %Y}"
    if g == "week":
        return f"week of {a:%-d %b %Y}"
    if a == b:
        return f"{a:%-d %b %Y}"
    return f"{a:%-d %b} – {b:%-d %b %Y}"


def timeline_data(events: pd.DataFrame) -> pd.DataFrame:
    """The plotted table: one row per dated event, with its row, panel, text and lane.

    The engagements come first, in time order (rows 0, 1 ...), then the
    context events (``context`` True in the events table), in time order, in
    the lane ``context``.
    """
    needed = {"event_id", "date_start", "date_end", "granularity", "label", "level", "mode", "status", "outlets"}
    require_columns(events, sorted(needed), "events table", TimelineInputError, "use extract_events")
    dated = events[events["date_start"].notna()]
    lane = _context_rows(dated).map({False: LANES[0], True: LANES[1]})
    data = dated.assign(lane=lane, _order=lane.map(LANES.index))
    data = data.sort_values(["_order", "date_start", "date_end", "event_id"]).reset_index(drop=True)
    data = data.assign(date_end=data["date_end"].fillna(data["date_start"]))
    panels = timeline_panels(data) if len(data) else []
    data["row"] = range(len(data))
    data["panel"] = [next((i for i, (a, b) in enumerate(panels) if a <= s <= b), 0) for s in data["date_start"]]
    data["when"] = [_date_text(r) for r in data.itertuples()]
    data["origin"] = data["origin"] if "origin" in data.columns else "text"
    columns = ["event_id", "row", "panel", "date_start", "date_end", "granularity", "when", "label", "level", "mode",
               "status", "outlets", "origin", "lane"]
    return data[columns]


def engagement_rows(plotted: pd.DataFrame) -> pd.DataFrame:
    """The engagements of a :func:`timeline_data` table (its context lane left out)."""
    return plotted[plotted["lane"] != "context"] if "lane" in plotted.columns else plotted


def context_rows(plotted: pd.DataFrame) -> pd.DataFrame:
    """The context lane of a :func:`timeline_data` table."""
    return plotted[plotted["lane"] == "context"] if "lane" in plotted.columns else plotted.iloc[0:0]



def _empty_window(published) -> tuple[pd.Timestamp, pd.Timestamp]:
    """:data:`EMPTY_WINDOW` up to the latest publication date in ``published`` (a date or dates)."""
    many = pd.api.types.is_list_like(published) and not isinstance(published, str)
    stamps = pd.to_datetime(pd.Series(list(published) if many else [published], dtype=object), errors="coerce")
    stamps = stamps.dropna()
    if stamps.empty:
        raise TimelineInputError(
            "no dated event to place the time axis on: pass the articles' publication dates "
            "(timeline_panels(events, published=articles['published']))"
        )
    last = stamps.max().normalize()
    return last - EMPTY_WINDOW, last


def outlet_event_positions(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Where in each story each engagement is told: one row per (event, source sentence).

    Columns ``event_id, row, label, when, level, status, article_id, outlet,
    start, end, position`` (``position``: share of the article's text before
    the sentence, 0 = top, 1 = bottom).
    """
    check_articles(articles, ("article_id", "outlet", "text"))
    data = engagement_rows(timeline_data(events))
    lengths = dict(zip(articles["article_id"], articles["text"].str.len()))
    outlets = dict(zip(articles["article_id"], articles["outlet"]))
    by_id = events.set_index("event_id")
    rows = []
    for r in data.itertuples():
        for article_id, start, end in by_id.loc[r.event_id, "sources"] if "sources" in by_id.columns else []:
            if article_id not in lengths:
                continue
            rows.append((r.event_id, r.row, r.label, r.when, r.level, r.status, article_id, outlets[article_id],
                         start, end, start / max(lengths[article_id], 1)))
    return pd.DataFrame(rows, columns=["event_id", "row", "label", "when", "level", "status", "article_id", "outlet",
                                       "start", "end", "position"])
