"""Tests for helpers.timeline.context: the document's own day, and months placed by tense."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from helpers.timeline import tag_dates
from helpers.timeline.context import stated_day

TRANSCRIPT = (
    "Background Press Call by a Senior Official\n"
    "\n"
    "Tuesday, March 2, 2021\n"
    "\n"
    "OFFICIAL:  Thanks.  The minister arrives tomorrow, and we met his deputy yesterday.\n"
    "He said on Thursday that the talks go well.  Today is a good day.\n"
)
DATELINE = "OSLO, 14 June 2019 — The envoys said today that they will meet again on Monday.\n"


@pytest.mark.parametrize(
    "text, published, day",
    [
        (TRANSCRIPT, date(2021, 3, 8), date(2021, 3, 2)),
        (DATELINE, date(2019, 6, 20), date(2019, 6, 14)),
        ("2020-05-04\nMinutes of the board.", date(2020, 5, 6), date(2020, 5, 4)),
        # a date in the running text is not the document's own
        ("The board met.\nIt said on March 2, 2021 that it would meet again.", date(2021, 3, 8), None),
        # a stated day after publication is not believed
        ("Tuesday, March 9, 2021\nNotes.", date(2021, 3, 8), None),
        # below the first lines it is not looked for
        ("a\nb\nc\nd\ne\nf\ng\nMarch 2, 2021\n", date(2021, 3, 8), None),
    ],
)
def test_stated_day(text, published, day):
    assert stated_day(text, 0, len(text), published) == day


def test_relative_days_count_from_the_stated_day():
    rows = tag_dates(TRANSCRIPT, "2021-03-08").set_index("expression")
    assert rows.loc["tomorrow", "value"] == "2021-03-03"
    assert rows.loc["yesterday", "value"] == "2021-03-01"
    assert rows.loc["Today", "value"] == "2021-03-02"
    assert rows.loc["Thursday", "value"] == "2021-02-25"  # "said on Thursday": the one before 2 March
    assert set(rows.loc[["tomorrow", "yesterday", "Today", "Thursday"], "anchor"]) == {"stated"}
    assert rows.loc["Tuesday, March 2, 2021", "anchor"] == ""


def test_a_dateline_anchors_the_story():
    rows = tag_dates(DATELINE, "2019-06-20").set_index("expression")
    assert rows.loc["today", "value"] == "2019-06-14"
    assert rows.loc["Monday", "value"] == "2019-06-17"


def test_without_a_stated_day_the_publication_date_is_the_anchor():
    rows = tag_dates("The minister arrives tomorrow.", "2021-03-08")
    assert (rows.iloc[0]["value"], rows.iloc[0]["anchor"]) == ("2021-03-09", "dct")


def test_a_stated_day_equal_to_publication_keeps_the_dct_anchor():
    rows = tag_dates("March 8, 2021\nThe minister arrives tomorrow.", "2021-03-08").set_index("expression")
    assert (rows.loc["tomorrow", "value"], rows.loc["tomorrow", "anchor"]) == ("2021-03-09", "dct")


def test_every_interval_is_ordered_and_in_range():
    text = ("In 1998-99 and 2003–2005, and on January 26-27, and in 9999, in the year 1000, "
            "8000 years from now, and 3000 years ago, two to three weeks, and yesterday.")
    for published in ("0001-01-05", "2021-09-10", "9999-12-30"):
        rows = tag_dates(text, pd.Timestamp(published) if published[0] != "0" else date(1, 1, 5))
        dated = rows[rows["date_start"].notna()]
        assert (dated["date_start"] <= dated["date_end"]).all()
        assert dated["date_start"].dt.year.between(1, 9999).all() and dated["date_end"].dt.year.between(1, 9999).all()
