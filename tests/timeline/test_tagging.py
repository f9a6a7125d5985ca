"""Tests for helpers.timeline.tagging: tag_dates and dates, on the seeds and on text written here."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.timeline import TimelineInputError, dates, tag_dates

from .support import DCT


def _row(frame: pd.DataFrame, outlet_prefix: str, expression: str, nth: int = 0) -> pd.Series:
    rows = frame[frame["article_id"].str.startswith(outlet_prefix) & (frame["expression"] == expression)]
    assert len(rows) > nth, f"{expression!r} not tagged in {outlet_prefix}: {frame['expression'].tolist()}"
    return rows.iloc[nth]


def _day(value: str) -> pd.Timestamp:
    return pd.Timestamp(value)


# ---------------------------------------------------------------- the seeds, exact values


@pytest.mark.parametrize(
    "prefix, expression, value, first, last",
    [
        # Axios
        ("axios", "Thursday night", "2021-09-09", "2021-09-09", "2021-09-09"),  # "on Thursday night"
        ("axios", "Feb. 10", "2021-02-10", "2021-02-10", "2021-02-10"),  # "on Feb. 10"
        ("axios", "last week", "2021-W35", "2021-08-30", "2021-09-05"),
        ("axios", "March", "2021-03", "2021-03-01", "2021-03-31"),  # "the March summit"
        # Financial Times
        ("ft", "February", "2021-02", "2021-02-01", "2021-02-28"),  # "since February"
        ("ft", "March", "2021-03", "2021-03-01", "2021-03-31"),  # "in March"
        ("ft", "last month", "2021-08", "2021-08-01", "2021-08-31"),
        ("ft", "2011", "2011", "2011-01-01", "2011-12-31"),  # "in 2011"
        ("ft", "the following year", "2012", "2012-01-01", "2012-12-31"),
        ("ft", "January 2020", "2020-01", "2020-01-01", "2020-01-31"),  # "in January 2020"
        ("ft", "last week", "2021-W35", "2021-08-30", "2021-09-05"),
        ("ft", "October", "2021-10", "2021-10-01", "2021-10-31"),  # "in October" ... "may only attend"
        ("ft", "this year", "2021", "2021-01-01", "2021-12-31"),
    ],
)
def test_seed_dates_exact(seed_dates, prefix, expression, value, first, last):
    row = _row(seed_dates, prefix, expression)
    assert row["value"] == value
    assert row["date_start"] == _day(first)
    assert row["date_end"] == _day(last)
    assert row["type"] in ("DATE", "TIME")


def test_seed_thursday_night_is_the_day_before_publication(seed_dates):
    row = _row(seed_dates, "axios", "Thursday night")
    assert row["part_of_day"] == "night" and row["signal"] == "on" and row["tense"] == "past"


def test_seed_signals_and_anchors(seed_dates):
    assert _row(seed_dates, "ft", "February")["signal"] == "since"
    assert _row(seed_dates, "ft", "the following year")["anchor"] == "previous"
    assert _row(seed_dates, "ft", "2011")["signal"] == "in"


@pytest.mark.parametrize("prefix", ["axios", "ft"])
def test_seed_durations(seed_dates, prefix):
    row = _row(seed_dates, prefix, "seven months")
    assert (row["type"], row["value"]) == ("DURATION", "P7M")
    assert pd.isna(row["date_start"]) and pd.isna(row["date_end"])


def test_seed_weeks_earlier_is_before_last_week(seed_dates):
    row = _row(seed_dates, "axios", "weeks earlier")
    assert row["value"] == "PAST_REF" and row["anchor"] == "previous"
    assert row["date_end"] < _day("2021-08-30")


def test_dates_rows_keep_offsets_and_sentences(seeds, seed_dates):
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    for row in seed_dates.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.expression
    assert set(seed_dates["kind"]) <= {"headline", "standfirst", "body", "bullet", "section_heading"}
    # the FT's copyright line ("... Limited 2021") is boilerplate, not a date of the story
    assert not (seed_dates["article_id"].str.startswith("ft") & (seed_dates["expression"] == "2021")).any()


# ---------------------------------------------------------------- ranges


def test_last_week_interval_is_monday_to_sunday():
    row = tag_dates("It happened last week.", "2021-01-01").iloc[0]  # ISO week 53 of 2020
    assert row["value"] == "2020-W52"
    assert row["date_start"] == _day("2020-12-21") and row["date_end"] == _day("2020-12-27")


def test_range_limits_and_offsets():
    text = "In 2011 he went. In 2012 he came back."
    tagged = tag_dates(text, DCT, start=17)
    assert tagged["expression"].tolist() == ["2012"]
    assert text[tagged.iloc[0]["start"] : tagged.iloc[0]["end"]] == "2012"


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "published, message", [("next Tuesday-ish", "not a date"), (None, "missing")],
)
def test_bad_published_date(published, message):
    with pytest.raises(TimelineInputError, match=message):
        tag_dates("in March", published)


@pytest.mark.parametrize(
    "text, start, end, message", [(None, 0, None, "string"), ("abc", 2, 10, "outside")],
)
def test_bad_text_and_range(text, start, end, message):
    with pytest.raises(TimelineInputError, match=message):
        tag_dates(text, DCT, start=start, end=end)


def test_bad_articles_table():
    with pytest.raises(TimelineInputError, match="published"):
        dates(pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": ["in 2011"]}))
    assert issubclass(TimelineInputError, ValueError)


# ---------------------------------------------------------------- properties


_words = st.sampled_from(
    ["in", "on", "last", "next", "the", "following", "year", "week", "month", "March", "May", "Friday", "night",
     "2011", "Feb.", "10", "31", "seven", "months", "ago", "earlier", "later", "since", "every", "3:30", "p.m.",
     "fiscal", "quarter", "third", "1990s", "'90s", "Christmas", ",", ".", "weeks", "13/45/2020", "2/30/2021",
     "Sept. 31", "early", "mid-", "will", "said", "the past", "a", "half", "and", "evening", "that", "day"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.text(max_size=200), st.lists(_words, max_size=40).map(" ".join)),
    st.dates(min_value=pd.Timestamp("1800-01-01").date(), max_value=pd.Timestamp("2200-12-31").date()),
)
def test_never_raises_and_offsets_valid(text, published):
    tagged = tag_dates(text, published)
    for row in tagged.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.expression
        if pd.notna(row.date_start):
            assert row.date_start <= row.date_end
