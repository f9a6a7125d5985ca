"""Tests for helpers.charts.timeline: the charts draw the tables they are given, and only those."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.charts import export_figure  # noqa: E402
from helpers.charts.timeline import plot_outlet_events, plot_timeline  # noqa: E402
from helpers.timeline import (  # noqa: E402
    TIMELINE_NOTE,
    TimelineInputError,
    extract_events,
    outlet_event_positions,
    timeline_data,
    timeline_panels,
)


@pytest.fixture(scope="module")
def found_events(seeds):
    return extract_events(seeds)[0]


@pytest.fixture(scope="module")
def no_events(seeds):
    empty = extract_events(seeds.assign(text="Nothing happened.\n\nNothing at all."))[0]
    assert empty.empty
    return empty


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text)]


def _time_axes(fig) -> list:
    return [ax for ax in fig.axes if isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)]


def test_plots_draw_and_export(seeds, found_events, tmp_path):
    plotted = timeline_data(found_events)
    fig = plot_timeline(plotted, timeline_panels(plotted), outlets=seeds["outlet"])
    assert not any(t.startswith("Source:") for t in _texts(fig))  # the source line is export_figure's
    written = export_figure(fig, "timeline", data=plotted, folder=tmp_path, articles=seeds, note=TIMELINE_NOTE)
    assert {"png", "svg", "pdf", "csv"} <= set(written)
    assert len(pd.read_csv(written["csv"])) == len(found_events)
    assert any(t.startswith("Source:") and TIMELINE_NOTE in t for t in _texts(fig))
    positions = outlet_event_positions(found_events, seeds)
    fig = plot_outlet_events(positions, plotted, outlets=seeds["outlet"])
    assert [ax.get_title(loc="left") for ax in fig.axes] == ["Axios: 4 of 8 events", "Financial Times: 8 of 8 events"]


def test_timeline_rows_are_the_table_rows(seeds, found_events):
    plotted = timeline_data(found_events)
    fig = plot_timeline(plotted, timeline_panels(plotted), outlets=seeds["outlet"], title="A title")
    assert len(_time_axes(fig)) == 2  # the axis breaks around the long gap
    labels = [t.get_text() for t in _time_axes(fig)[0].get_yticklabels()]
    assert len(labels) == len(plotted) and all(r.label in l for r, l in zip(plotted.itertuples(), labels))
    assert fig._suptitle.get_text() == "A title"


def test_plots_with_no_events(seeds, no_events):
    plotted = timeline_data(no_events)
    fig = plot_timeline(plotted, timeline_panels(plotted, published=seeds["published"]), outlets=seeds["outlet"])
    assert "No dated engagement found in these articles" in _texts(fig)
    plot_outlet_events(outlet_event_positions(no_events, seeds), plotted, outlets=seeds["outlet"])


def test_the_empty_chart_does_not_depend_on_the_day_it_is_drawn(seeds, no_events, tmp_path):
    """With no event the time axis is the 30 days up to the last publication (once: up to today)."""
    plotted = timeline_data(no_events)
    files = []
    for run in ("first", "second"):
        fig = plot_timeline(plotted, timeline_panels(plotted, published=seeds["published"]), outlets=seeds["outlet"])
        (time_axis,) = _time_axes(fig)
        start, end = (pd.Timestamp(mdates.num2date(x)).tz_localize(None) for x in time_axis.get_xlim())
        assert (start, end) == (pd.Timestamp("2021-08-11"), pd.Timestamp("2021-09-10"))
        files.append(export_figure(fig, "empty", data=plotted, folder=tmp_path / run, articles=seeds)["svg"])
    assert files[0].read_bytes() == files[1].read_bytes()


def test_plots_refuse_other_tables(seeds, found_events):
    with pytest.raises(TimelineInputError, match="timeline table"):
        plot_timeline(found_events, timeline_panels(found_events), outlets=seeds["outlet"])
    plotted = timeline_data(found_events)
    with pytest.raises(TimelineInputError, match="panels"):
        plot_timeline(plotted, [], outlets=seeds["outlet"])
    with pytest.raises(TimelineInputError, match="positions table"):
        plot_outlet_events(plotted, plotted, outlets=seeds["outlet"])


def test_the_context_lane_is_drawn_below_the_engagements(seeds, found_events):
    with_context = extract_events(seeds, context=True)[0]
    plotted = timeline_data(with_context)
    fig = plot_timeline(plotted, timeline_panels(plotted), outlets=seeds["outlet"])
    axes = _time_axes(fig)
    assert len(axes) == 3  # the 2011–12 and 2021 panels, and January 2020 between them
    labels = [t.get_text() for t in axes[0].get_yticklabels()]
    plain = timeline_data(found_events)
    assert labels[:len(plain)] == [t.get_text() for t in _time_axes(
        plot_timeline(plain, timeline_panels(plain), outlets=seeds["outlet"]))[0].get_yticklabels()]
    assert labels[len(plain):] == ["context: Xi Jinping visits Myanmar  ·  Jan 2020"]
    assert "context (not an engagement)" in _texts(fig)
    # the outlets' chart shows the engagements only
    positions = outlet_event_positions(with_context, seeds)
    fig = plot_outlet_events(positions, plotted, outlets=seeds["outlet"])
    assert [ax.get_title(loc="left") for ax in fig.axes] == ["Axios: 4 of 8 events", "Financial Times: 8 of 8 events"]
