"""Tests for helpers.timeline.chart_data: the tables the timeline charts draw."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.timeline import (
    EVENT_COLUMNS,
    TimelineInputError,
    context_rows,
    engagement_rows,
    extract_events,
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


def test_context_lane_after_the_engagements_and_the_engagement_panels_kept(seeds, seed_events):
    with_context, _ = extract_events(seeds, context=True)
    plain = timeline_data(seed_events[0])
    data = timeline_data(with_context)
    assert data["lane"].tolist() == ["engagement"] * len(plain) + ["context"]
    assert list(data["row"]) == list(range(len(data)))
    pd.testing.assert_frame_equal(data[data["lane"] == "engagement"].drop(columns=["lane", "panel"]),
                                  plain.drop(columns=["lane", "panel"]))
    assert engagement_rows(data)["label"].tolist() == plain["label"].tolist()
    assert context_rows(data)["label"].tolist() == ["Xi Jinping visits Myanmar"]
    # January 2020 is a year from the 2021 panel: a panel of its own, the engagements' panels unchanged
    panels = timeline_panels(data)
    assert len(panels) == 3 and panels[0] == timeline_panels(plain)[0] and panels[2] == timeline_panels(plain)[1]
    assert panels[1][0] < pd.Timestamp("2020-01-01") and pd.Timestamp("2020-01-31") < panels[1][1]
    assert data.loc[data["lane"] == "context", "panel"].tolist() == [1]
    assert data.loc[data["lane"] == "engagement", "panel"].tolist() == [0 if p == 0 else 2 for p in plain["panel"]]
    # the outlets' positions are those of the engagements only
    pd.testing.assert_frame_equal(outlet_event_positions(with_context, seeds),
                                  outlet_event_positions(seed_events[0], seeds))


def test_a_context_event_near_a_panel_widens_it():
    days = ["2021-01-01", "2021-02-01", "2021-03-01", "2021-04-01", "2021-05-01", "2021-06-01", "2021-07-10"]
    events = pd.DataFrame({
        "event_id": list("abcdefg"), "date_start": pd.to_datetime(days), "date_end": pd.to_datetime(days),
        "granularity": "day", "label": list("ABCDEFG"), "level": "leaders", "mode": "call", "status": "happened",
        "outlets": "O", "context": [False] * 6 + [True],
    })
    panels = timeline_panels(events)
    assert len(panels) == 1 and panels[0][1] > pd.Timestamp("2021-07-10")
    assert panels[0][0] == timeline_panels(events[~events["context"]])[0][0]
    only = events[events["context"]]
    assert timeline_panels(only) == timeline_panels(only.assign(context=False))  # no engagement: its own axis
