"""Tests for helpers.timeline.algebra: units of time stay within years 1–9999 and never end before they start."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.timeline import tag_dates
from helpers.timeline.algebra import Resolved, add_months, days_around, shift, unit_end

FIRST, LAST = pd.Timestamp("0001-01-01"), pd.Timestamp("9999-12-31")


@pytest.mark.parametrize(
    "text, published",
    [
        ("The sun will still shine 8000 years from now.", "2021-09-10"),  # was 9999-01-01 .. 9998-12-31
        ("They will meet next year.", "9999-12-31"),  # was 9999-01-01 .. 9998-12-31
        ("They met last month.", "0001-01-01"),  # was December of year 1, after publication
        ("The town was founded 2000 years ago.", "0500-06-01"),  # was year 1
        ("They will meet next week.", "9999-12-30"),
    ],
)
def test_dates_outside_years_1_to_9999_are_left_out(text, published):
    assert tag_dates(text, published).empty


@pytest.mark.parametrize(
    "text, published, first, last",
    [
        ("They met this year.", "9999-05-01", "9999-01-01", "9999-12-31"),  # was 9999-01-01 .. 9998-12-31
        ("They met this week.", "9999-12-30", "9999-12-27", "9999-12-31"),  # the week runs into year 10000
        ("Weeks earlier they had met.", "0001-01-10", "0001-01-01", "0001-01-03"),  # cut at the first day
        ("Days later they met again.", "9999-12-30", "9999-12-31", "9999-12-31"),  # cut at the last day
        ("They met last month.", "0001-02-15", "0001-01-01", "0001-01-31"),
    ],
)
def test_units_at_the_ends_of_the_range_are_cut_to_it(text, published, first, last):
    row = tag_dates(text, published).iloc[0]
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp(first), pd.Timestamp(last))


def test_algebra_raises_outside_the_range_and_caps_a_unit_at_its_end():
    with pytest.raises(OverflowError):
        add_months(date(9999, 12, 1), 1)
    with pytest.raises(OverflowError):
        shift("month", date(1, 1, 1), -1)
    with pytest.raises(OverflowError):
        days_around(date(1, 1, 5), -30, -10)
    assert add_months(date(2021, 1, 31), 1) == date(2021, 2, 28)
    assert unit_end("year", date(9999, 1, 1)) == date(9999, 12, 31)
    assert unit_end("season", date(9999, 12, 1)) == date(9999, 12, 31)
    assert unit_end("century", date(9900, 1, 1)) == date(9999, 12, 31)  # was 9998-12-31
    unit = Resolved.unit("week", date(9999, 12, 31))
    assert (unit.start, unit.end, unit.value) == (date(9999, 12, 27), date(9999, 12, 31), "9999-W52")


# ---------------------------------------------------------------- properties

_UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
          "centuries"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@st.composite
def _expression(draw) -> tuple[str, str]:
    """A sentence with one expression relative to publication, and which side of it the expression lies."""
    kind = draw(st.sampled_from(["from now", "ago", "later", "earlier", "next", "last", "this", "weekday", "rel day"]))
    n = draw(st.one_of(st.integers(1, 12), st.integers(1, 10_000)))
    unit = draw(st.sampled_from(_UNITS))
    if kind in ("from now", "ago"):
        return f"It happens {n} {unit} {kind}.", "after" if kind == "from now" else "before"
    if kind in ("later", "earlier"):
        return f"They met on Friday. {n} {unit} {kind} they spoke.", ""
    if kind in ("next", "last", "this"):
        word = draw(st.sampled_from(["year", "month", "week", "quarter", "decade", "weekend", "March", "summer"]))
        # "last quarter" may be the fourth quarter, "last March" is read by its own rule
        side = {"next": "after", "last": "before", "this": ""}[kind] if word not in ("quarter", "March", "summer") else ""
        return f"They will talk {kind} {word}.", side
    day = draw(st.sampled_from(_WEEKDAYS))
    if kind == "weekday":
        return f"They {draw(st.sampled_from(['met', 'will meet', 'meet']))} on {day}.", ""
    rel = draw(st.sampled_from(["last", "next"]))
    return f"They talk {rel} {day}.", "after" if rel == "next" else "before"


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_expression(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_intervals_valid_for_any_publication_date(expression, published):
    text, side = expression
    tagged = tag_dates(text, published)  # never raises
    dct = pd.Timestamp(published)
    for row in tagged[tagged["date_start"].notna()].itertuples():
        assert FIRST <= row.date_start <= row.date_end <= LAST, (text, published, row)
        if side == "after" and row.anchor == "dct":
            assert row.date_start > dct, (text, published, row)
        if side == "before" and row.anchor == "dct":
            assert row.date_end < dct, (text, published, row)
