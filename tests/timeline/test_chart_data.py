"""Tests for helpers.timeline.chart_data: the tables the timeline charts draw."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.timeline import (
    EVENT_COLUMNS,
    TimelineInputError,
    outlet_event_positions,
    timeline_data,
    timeline_panels,
)


def test_timeline_breaks_the_axis_around_the_long_gap(seed_events):
    events, _ = seed_events
    panels = timeline_panels(events)
    assert len(panels) == 2
    (a0, b0), (a1, b1) = panels
    assert a0 < pd.Timestamp("2011-01-01") and pd.Timestamp("2012-12-31") <= b0 < pd.Timestamp("2013-06-01")
    assert pd.Timestamp("2020-12-01") < a1 <= pd.Timestamp("2021-02-10") and b1 >= pd.Timestamp("2021-10-31")
    data = timeline_data(events)
    assert list(data["row"]) == list(range(len(data)))
    assert data["date_start"].is_monotonic_increasing
    assert set(data.loc[data["date_start"].dt.year < 2020, "panel"]) == {0}


def test_positions_place_each_event_in_its_stories(seeds, seed_events):
    events, _ = seed_events
    positions = outlet_event_positions(events, seeds)
    assert positions["position"].between(0, 1).all()
    assert set(positions["outlet"]) == {"Axios", "Financial Times"}
    # the FT places background (2011, 2012) that Axios does not tell
    early = positions[positions["event_id"].str.startswith(("2011", "2012"))]
    assert set(early["outlet"]) == {"Financial Times"}


_NO_EVENTS = pd.DataFrame(columns=EVENT_COLUMNS).astype({"date_start": "datetime64[ns]", "date_end": "datetime64[ns]"})


@pytest.mark.parametrize(
    "published",
    [
        pd.Series(pd.to_datetime(["2021-09-10", "2021-09-09"])),
        ["2021-09-09", "2021-09-10"],
        "2021-09-10",
        pd.Timestamp("2021-09-10 18:30"),
    ],
)
def test_with_no_event_the_axis_comes_from_the_publication_dates(published):
    """The same articles give the same axis on any day (it was once the 30 days up to today)."""
    assert timeline_panels(_NO_EVENTS, published=published) == [(pd.Timestamp("2021-08-11"), pd.Timestamp("2021-09-10"))]


@pytest.mark.parametrize("published", [None, [], [None, "not a date"]])
def test_with_no_event_and_no_publication_date_the_axis_is_refused(published):
    with pytest.raises(TimelineInputError, match="publication dates"):
        timeline_panels(_NO_EVENTS, published=published)


def test_no_events_give_empty_tables(seeds):
    data = timeline_data(_NO_EVENTS)
    assert data.empty and list(data.columns)[:3] == ["event_id", "row", "panel"]
    assert outlet_event_positions(_NO_EVENTS.assign(sources=[]), seeds).empty


def test_timeline_data_needs_an_events_table():
    with pytest.raises(TimelineInputError, match="lacks column"):
        timeline_data(pd.DataFrame({"event_id": ["x"]}))
