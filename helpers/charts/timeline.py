"""The engagement timeline and where each outlet tells each event.

Both charts draw the tables :mod:`helpers.timeline` builds
(:func:`~helpers.timeline.timeline_data`, :func:`~helpers.timeline.timeline_panels`,
:func:`~helpers.timeline.outlet_event_positions`) and nothing else; the
source line is written by :func:`~helpers.charts.export_figure`.

>>> plotted = timeline_data(events)
>>> panels = timeline_panels(plotted, published=articles["published"])
>>> fig = plot_timeline(plotted, panels, outlets=articles["outlet"])
>>> export_figure(fig, "engagement_timeline", data=plotted, articles=articles, note=TIMELINE_NOTE)
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D

from ..errors import TimelineInputError
from ..timeline import LEVELS
from ..validation import require_columns
from .style import new_figure, outlet_colors

#: Marker shape and colour per level, used in every timeline chart (Paul Tol's muted scheme,
#: kept apart from the outlet colours).
LEVEL_STYLE = {
    "leaders": {"marker": "o", "color": "#332288", "size": 90},
    "cabinet": {"marker": "s", "color": "#117733", "size": 70},
    "deputies": {"marker": "D", "color": "#999933", "size": 60},
    "envoys": {"marker": "^", "color": "#882255", "size": 70},
    "other": {"marker": "v", "color": "#888888", "size": 60},
}
#: The context lane: dated background that is not an engagement, drawn apart in grey.
CONTEXT_STYLE = {"marker": "P", "color": "#777777", "size": 70}
_TABLE_COLUMNS = ["event_id", "row", "panel", "date_start", "date_end", "when", "label", "level", "status", "outlets",
                  "origin"]
_HINT = "build it with helpers.timeline.timeline_data"


def plot_timeline(table: pd.DataFrame, panels: list[tuple[pd.Timestamp, pd.Timestamp]], outlets: Iterable[str],
                  title: str | None = None):
    """The engagement timeline: one row per event, time across, a broken axis around a long gap.

    ``table`` is :func:`~helpers.timeline.timeline_data`, ``panels`` the time
    range of each panel (:func:`~helpers.timeline.timeline_panels`, which
    needs the articles' publication dates when no event is dated) and
    ``outlets`` every outlet of the articles (a column on the right shows
    which tell each event).  Markers by level (shape and colour), month- and
    week-long events drawn as spans, planned events hollow with a dashed
    span, labels as row labels (so they never overlap) with the date in
    words.  Context events (``lane`` "context") sit below the engagements, in
    a grey lane of their own with a rule above it.  Returns the figure.
    """
    require_columns(table, _TABLE_COLUMNS, "timeline table", TimelineInputError, _HINT)
    if not panels:
        raise TimelineInputError("panels: at least one time range is needed; use helpers.timeline.timeline_panels")
    data = table
    outlets = sorted(set(outlets))
    colors = outlet_colors(outlets)
    n_rows = max(len(data), 1)
    widths = _panel_widths(data, panels) + [0.12 * len(outlets) + 0.15]
    names = [f"p{i}" for i in range(len(panels))] + ["who"]
    fig = plt.figure(figsize=(11, 1.6 + 0.42 * n_rows), layout="constrained")
    axd = fig.subplot_mosaic([["key"] * len(names), names], width_ratios=widths,
                             height_ratios=[0.35, max(n_rows, 1) * 0.42 + 0.4],
                             gridspec_kw={"wspace": 0.03}, sharey=False)
    time_axes, who, key = [axd[n] for n in names[:-1]], axd["who"], axd["key"]
    for ax in time_axes[1:] + [who]:
        ax.sharey(time_axes[0])
        ax.tick_params(axis="y", labelleft=False)
    key.axis("off")
    for i, (ax, (a, b)) in enumerate(zip(time_axes, panels)):
        _draw_panel(ax, data[data["panel"] == i], a, b, broken=i > 0)
    time_axes[0].set_yticks(list(data["row"]))
    time_axes[0].set_yticklabels([("context: " if _in_context(r) else "") + f"{r.label}  ·  {r.when}"
                                  + ("  (planned)" if r.status == "planned" else "")
                                  + ("  [override]" if r.origin == "override" else "")
                                  for r in data.itertuples()], fontsize=8.5)
    time_axes[0].set_ylim(n_rows - 0.5, -0.7)
    _draw_context_rule(time_axes + [who], data)
    _draw_told_by(who, data, outlets, colors)
    _draw_key(key, data)
    if title is None:
        title = "US–China engagements" + (f", {data['date_start'].min():%Y}–{data['date_end'].max():%Y}"
                                          if len(data) else ": none dated")
    fig.suptitle(title, x=0.0, ha="left", fontsize=12, fontweight="bold")
    if data.empty:
        time_axes[0].text(0.5, 0.5, "No dated engagement found in these articles", transform=time_axes[0].transAxes,
                          ha="center", va="center", color="#555555")
    return fig


def _in_context(row) -> bool:
    return getattr(row, "lane", "engagement") == "context"


def _draw_context_rule(axes, data: pd.DataFrame) -> None:
    """A rule above the context lane, across every panel, and the lane shaded."""
    context = data[data["lane"] == "context"] if "lane" in data.columns else data.iloc[0:0]
    if context.empty:
        return
    top = context["row"].min() - 0.5
    for ax in axes:
        ax.axhline(top, color="#999999", lw=0.8, zorder=1)
        ax.axhspan(top, context["row"].max() + 0.5, color="#F2F2F2", zorder=0)


def _draw_panel(ax, rows: pd.DataFrame, a: pd.Timestamp, b: pd.Timestamp, broken: bool) -> None:
    """One time panel: its events, a date axis, and the break marks when it follows another panel."""
    ax.set_xlim(a, b)
    for row in rows.itertuples():
        _draw_event(ax, row)
    locator = mdates.AutoDateLocator(minticks=2, maxticks=6 if b - a > pd.Timedelta(days=400) else 8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#E5E5E5")
    ax.tick_params(axis="y", length=0)
    if broken:  # the break: a gap in the frame and two slashes on the time axis
        ax.spines["left"].set_visible(False)
        ax.text(0, 0, "//", transform=ax.transAxes, ha="center", va="center", fontsize=10, color="#555555",
                backgroundcolor="white", clip_on=False, zorder=5)


def _draw_told_by(who, data: pd.DataFrame, outlets: list[str], colors: dict[str, str]) -> None:
    """The column on the right: a square for each outlet that tells each event."""
    for j, outlet in enumerate(outlets):
        rows = [r.row for r in data.itertuples() if outlet in str(r.outlets).split("; ")]
        who.scatter([j] * len(rows), rows, marker="s", s=45, color=colors[outlet], zorder=3)
    who.set_xlim(-0.6, len(outlets) - 0.4)
    who.set_xticks(range(len(outlets)))
    who.set_xticklabels(outlets, rotation=90, fontsize=8)
    who.tick_params(axis="both", length=0)
    who.grid(False)
    who.spines["left"].set_visible(False)
    who.spines["bottom"].set_visible(False)
    who.set_title("told by", fontsize=8, fontweight="normal", loc="center", color="#555555")


def _draw_key(key, data: pd.DataFrame) -> None:
    """The legend above the panels: the levels shown, then planned and spans."""
    engagements = data[data["lane"] != "context"] if "lane" in data.columns else data
    handles = [Line2D([], [], marker=LEVEL_STYLE[lv]["marker"], color=LEVEL_STYLE[lv]["color"], linestyle="",
                      markersize=7, label=lv) for lv in LEVELS if lv in set(engagements["level"])]
    handles += [Line2D([], [], marker="o", markerfacecolor="white", markeredgecolor="#333333", linestyle="--",
                       color="#333333", label="planned"),
                Line2D([], [], color="#333333", lw=5, alpha=0.35, label="month / week: span")]
    if "lane" in data.columns and (data["lane"] == "context").any():
        handles.append(Line2D([], [], marker=CONTEXT_STYLE["marker"], color=CONTEXT_STYLE["color"], linestyle="",
                              markersize=7, label="context (not an engagement)"))
    key.legend(handles=handles, loc="center right", fontsize=8, ncols=len(handles), frameon=False,
               handletextpad=0.3, columnspacing=1.2)


def _panel_widths(data: pd.DataFrame, panels) -> list[float]:
    """Relative widths of the panels: by how many events each holds."""
    if len(panels) == 1:
        return [4.0]
    counts = [max(int((data["panel"] == i).sum()), 1) for i in range(len(panels))]
    return [1.0 + 3.0 * c / sum(counts) for c in counts]


def _draw_event(ax, row) -> None:
    """One event: a marker by level, over a span for a month or a week; hollow and dashed when planned."""
    style = CONTEXT_STYLE if _in_context(row) else LEVEL_STYLE.get(row.level, LEVEL_STYLE["other"])
    planned = row.status == "planned"
    start, end = row.date_start, row.date_end + pd.Timedelta(days=1)  # inclusive last day
    if row.date_end > row.date_start:
        ax.plot([start, end], [row.row, row.row], color=style["color"], lw=6, alpha=0.3 if not planned else 0.25,
                solid_capstyle="butt", linestyle="--" if planned else "-", zorder=2)
    middle = start + (end - start) / 2
    ax.scatter([middle], [row.row], marker=style["marker"], s=style["size"], zorder=3,
               facecolors="white" if planned else style["color"], edgecolors=style["color"], linewidths=1.5)


def plot_outlet_events(positions: pd.DataFrame, table: pd.DataFrame, outlets: Iterable[str],
                       title: str | None = None):
    """Which outlet places which event where in its story: one panel per outlet.

    ``positions`` is :func:`~helpers.timeline.outlet_event_positions`;
    ``table`` the :func:`~helpers.timeline.timeline_data` of the same events
    (its engagement rows, in time order as in :func:`plot_timeline`, label
    the y axis; the context lane is not drawn here);
    ``outlets`` every outlet of the articles.  Across, the position in the
    article where the event is told (top to bottom); markers by level, in the
    outlet's colour frame.
    """
    require_columns(positions, ["event_id", "row", "level", "status", "outlet", "position"], "positions table",
                    TimelineInputError, "build it with helpers.timeline.outlet_event_positions")
    require_columns(table, ["row", "label", "when"], "timeline table", TimelineInputError, _HINT)
    data = table[table["lane"] != "context"] if "lane" in table.columns else table  # engagements only
    outlets = sorted(set(outlets))
    colors = outlet_colors(outlets)
    n_rows = max(len(data), 1)
    fig, axes = new_figure(1, len(outlets), figsize=(4.2 + 2.6 * len(outlets), 1.2 + 0.42 * n_rows), sharey=True,
                           squeeze=False)
    for ax, outlet in zip(axes[0], outlets):
        own = positions[positions["outlet"] == outlet]
        for level, group in own.groupby("level"):
            style = LEVEL_STYLE.get(level, LEVEL_STYLE["other"])
            planned = group["status"] == "planned"
            ax.scatter(group["position"], group["row"], marker=style["marker"], s=style["size"] * 0.8,
                       facecolors=[("white" if p else style["color"]) for p in planned], edgecolors=style["color"],
                       linewidths=1.3, zorder=3)
        ax.set_xlim(-0.03, 1.03)
        ax.set_xticks([0, 0.5, 1])
        ax.set_xticklabels(["top", "middle", "end"])
        ax.set_title(f"{outlet}: {own['event_id'].nunique()} of {len(data)} events", fontsize=10, color=colors[outlet])
        for side in ("left", "bottom"):
            ax.spines[side].set_color(colors[outlet])
        ax.grid(axis="y", color="#EEEEEE")
        ax.tick_params(axis="y", length=0)
    axes[0][0].set_yticks(list(data["row"]))
    axes[0][0].set_yticklabels([f"{r.label}  ·  {r.when}" for r in data.itertuples()], fontsize=8.5)
    axes[0][0].set_ylim(n_rows - 0.5, -0.7)
    fig.supxlabel("where in the story the event is told", fontsize=9)
    if title is None:
        title = "Which events each outlet tells, and where in its story"
    fig.suptitle(title, x=0.0, ha="left", fontsize=12, fontweight="bold")
    return fig
