"""Tests for helpers.timeline.resolvers (and the relative and duration rules): one resolver per rule."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.timeline import RULES, tag_dates
from helpers.timeline.resolvers import RESOLVERS

from .support import DCT


def test_every_rule_has_its_resolver():
    assert list(RESOLVERS) == [name for name, _ in RULES]
    assert all(callable(resolver) for resolver in RESOLVERS.values())


#: One example per rule: the text, the expression the rule finds, its type and value (published 2021-09-10).
EXAMPLES = [
    ("iso_date", "The filing is dated 2021-09-09.", "2021-09-09", "DATE", "2021-09-09"),
    ("numeric_date", "The memo of 9/8/2021 says so.", "9/8/2021", "DATE", "2021-09-08"),
    ("day_range", "The envoys met on March 3-4 in Geneva.", "March 3-4", "DATE", "2021-03-03/2021-03-04"),
    ("year_range", "Exports doubled in 2004-05.", "2004-05", "DATE", "2004/2005"),
    ("weekday_month_day", "They met on Thursday, Sept. 9.", "Thursday, Sept. 9", "DATE", "2021-09-09"),
    ("month_day", "They spoke on Feb. 10.", "Feb. 10", "DATE", "2021-02-10"),
    ("day_month", "The accord was signed on 9 September 2019.", "9 September 2019", "DATE", "2019-09-09"),
    ("month_year", "He left in January 2020.", "January 2020", "DATE", "2020-01"),
    ("time_day", "She arrived at 3:30 p.m. Thursday.", "3:30 p.m. Thursday", "TIME", "2021-09-09T15:30"),
    ("season_year", "The plant closed last summer.", "last summer", "DATE", "2020-SU"),
    ("quarter", "Prices rose 5% in the third quarter.", "the third quarter", "DATE", "2021-Q3"),
    ("quarter_rel", "Sales rose in the latest quarter.", "the latest quarter", "DATE", "2021-Q2"),
    ("decade", "Growth slowed in the 1990s.", "the 1990s", "DATE", "199"),
    ("fiscal_year", "Results for fiscal 2020 were weak.", "fiscal 2020", "DATE", "2020"),
    ("weekday", "The summit was held on Monday.", "Monday", "DATE", "2021-09-06"),
    ("holiday", "They met at Christmas.", "Christmas", "DATE", "2020-12-25"),
    ("duration_range", "The repairs take three to five days.", "three to five days", "DURATION", "P3D"),
    ("ago", "They met a year ago.", "a year ago", "DATE", "2020"),
    ("vague_ago", "He had visited weeks earlier.", "weeks earlier", "DATE", "PAST_REF"),
    ("anaphoric", "He first visited in 1998. He returned the following year.", "the following year", "DATE", "1999"),
    ("relative", "Trade fell last year.", "last year", "DATE", "2020"),
    ("mod_year", "Talks were held in mid-2020.", "mid-2020", "DATE", "2020"),
    ("spoken_year", "It was built in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ("year", "He visited China in 2011.", "2011", "DATE", "2011"),
    ("month", "They will meet in November.", "November", "DATE", "2021-11"),
    ("duration", "The talks lasted 90 minutes.", "90 minutes", "DURATION", "PT90M"),
    ("unit_duration", "Prices rose for years.", "years", "DURATION", "PXY"),
    ("set", "Officials meet every week.", "every week", "SET", "P1W"),
    ("present_ref", "He was at the time a junior clerk.", "the time", "DATE", "PAST_REF"),
    ("deictic", "He said so yesterday.", "yesterday", "DATE", "2021-09-09"),
    ("part_of_day", "They met on Monday and dined together in the evening.", "the evening", "DATE", "2021-09-06"),
    ("weekend", "Talks went on over the weekend.", "the weekend", "DATE", "2021-W35-WE"),
    ("the_period", "Sales will rise by the end of the year.", "the end of the year", "DATE", "2021"),
]


def test_every_rule_has_an_example():
    assert [rule for rule, *_ in EXAMPLES] == list(RESOLVERS)


@pytest.mark.parametrize("rule, text, expression, type_, value", EXAMPLES)
def test_each_rule_resolves(rule, text, expression, type_, value):
    tagged = tag_dates(text, DCT)
    rows = tagged[tagged["expression"] == expression]
    assert len(rows) == 1, tagged[["expression", "value", "rule"]].to_dict("records")
    assert (rows.iloc[0]["rule"], rows.iloc[0]["type"], rows.iloc[0]["value"]) == (rule, type_, value)


# ---------------------------------------------------------------- general rules, on text written here


@pytest.mark.parametrize(
    "text, expression, type_, value",
    [
        ("The summit was held on Monday.", "Monday", "DATE", "2021-09-06"),
        ("The leaders will meet on Monday.", "Monday", "DATE", "2021-09-13"),
        ("Prices rose 5% in the third quarter.", "the third quarter", "DATE", "2021-Q3"),
        ("Growth slowed in the 1990s.", "the 1990s", "DATE", "199"),
        ("Growth slowed over the past three years.", "the past three years", "DURATION", "P3Y"),
        ("The talks lasted 90 minutes.", "90 minutes", "DURATION", "PT90M"),
        ("Officials meet every week.", "every week", "SET", "P1W"),
        ("The report is published weekly.", "weekly", "SET", "P1W"),
        ("Tariffs are now in force.", "now", "DATE", "PRESENT_REF"),
        ("He recently visited Beijing.", "recently", "DATE", "PAST_REF"),
        ("They met a year ago.", "a year ago", "DATE", "2020"),
        ("He said so yesterday.", "yesterday", "DATE", "2021-09-09"),
        ("Trade fell last year.", "last year", "DATE", "2020"),
        ("The deal is due next month.", "next month", "DATE", "2021-10"),
        ("She arrived at 3:30 p.m. Thursday.", "3:30 p.m. Thursday", "TIME", "2021-09-09T15:30"),
        ("Results for fiscal 2020 were weak.", "fiscal 2020", "DATE", "2020"),
        ("The accord was signed on 9 September 2019.", "9 September 2019", "DATE", "2019-09-09"),
        ("The accord was signed on September 9, 2019.", "September 9, 2019", "DATE", "2019-09-09"),
        ("They spoke in early March.", "early March", "DATE", "2021-03"),
        ("It has taken two-and-a-half years.", None, None, None),
        ("They will meet in November.", "November", "DATE", "2021-11"),
        ("They met in November.", "November", "DATE", "2020-11"),
        ("The summit will be held on Feb. 10.", "Feb. 10", "DATE", "2022-02-10"),
        ("Talks were held in mid-2020.", "mid-2020", "DATE", "2020"),
        ("The firm said the offer expires Sept. 20.", "Sept. 20", "DATE", "2021-09-20"),
        ("The plant closed last summer.", "last summer", "DATE", "2020-SU"),
    ],
)
def test_general_rules(text, expression, type_, value):
    tagged = tag_dates(text, DCT)
    if expression is None:
        return  # only must not raise
    rows = tagged[tagged["expression"] == expression]
    assert len(rows) == 1, tagged[["expression", "value"]].to_dict("records")
    assert (rows.iloc[0]["type"], rows.iloc[0]["value"]) == (type_, value)


def test_anaphora_to_the_last_date_mentioned():
    text = "He first visited in 1998. He returned the following year. Two years later he moved there."
    tagged = tag_dates(text, DCT).set_index("expression")
    assert tagged.loc["the following year", "value"] == "1999"
    assert tagged.loc["Two years later", "value"] == "2001"


def test_the_next_day_after_a_full_date():
    tagged = tag_dates("The talks began on 3 May 2019 and ended the next day.", DCT).set_index("expression")
    assert tagged.loc["the next day", "value"] == "2019-05-04"


def test_month_names_that_are_words_are_left_alone():
    tagged = tag_dates("Officials may march on the capital. May I ask?", DCT)
    assert tagged.empty


# ---------------------------------------------------------------- ranges, lengths as offsets, present references


@pytest.mark.parametrize(
    "text, expression, value, first, last",
    [
        ("Enrolment grew in 1998-99.", "1998-99", "1998/1999", "1998-01-01", "1999-12-31"),
        ("The budget for 2021/22 was cut.", "2021/22", "2021/2022", "2021-01-01", "2022-12-31"),
        ("The drought of 2003–2005 was severe.", "2003–2005", "2003/2005", "2003-01-01", "2005-12-31"),
        ("Schools closed in 1999-00.", "1999-00", "1999/2000", "1999-01-01", "2000-12-31"),
        ("The fair ran from 26-28 June 2019.", "26-28 June 2019", "2019-06-26/2019-06-28", "2019-06-26", "2019-06-28"),
        ("The talks of Jan. 30-Feb. 2, 2020 failed.", "Jan. 30-Feb. 2, 2020", "2020-01-30/2020-02-02",
         "2020-01-30", "2020-02-02"),
        ("The ministers met on Dec. 30-Jan. 2, 2019.", "Dec. 30-Jan. 2, 2019", "2019-12-30/2020-01-02",
         "2019-12-30", "2020-01-02"),
    ],
)
def test_ranges_of_years_and_days_are_one_interval(text, expression, value, first, last):
    rows = tag_dates(text, DCT)
    row = rows[rows["expression"] == expression]
    assert len(row) == 1, rows[["expression", "value"]].to_dict("records")
    row = row.iloc[0]
    assert (row["type"], row["value"], row["granularity"]) == ("DATE", value, "interval")
    assert (row["date_start"], row["date_end"]) == (pd.Timestamp(first), pd.Timestamp(last))


@pytest.mark.parametrize(
    "text, expression",
    [
        ("The form 2021-09 was filed.", "2021"),  # not a range: the year alone
        ("Call 1800-1234 for help.", "1800"),  # the second number is before the first
    ],
)
def test_a_dash_that_ends_no_range_keeps_the_first_year(text, expression):
    rows = tag_dates(text, DCT)
    assert rows["expression"].tolist() == [expression]
    assert rows.iloc[0]["value"] == expression


def test_a_day_range_that_runs_backwards_is_dropped():
    assert tag_dates("They met on May 9-3, 2020.", DCT).empty or \
        "May 9-3, 2020" not in tag_dates("They met on May 9-3, 2020.", DCT)["expression"].tolist()


@pytest.mark.parametrize(
    "text, expression, value, mod",
    [
        ("The repairs will take between two and four weeks.", "two and four weeks", "P2W", "EQUAL_OR_MORE"),
        ("Delivery takes two to three days.", "two to three days", "P2D", "EQUAL_OR_MORE"),
        ("The loan runs 12-18 months.", "12-18 months", "P12M", "EQUAL_OR_MORE"),
        ("A cure may take years or decades.", "years or decades", "PXY", ""),
        ("He stayed two or three nights.", "two or three nights", "P2D", "EQUAL_OR_MORE"),
    ],
)
def test_ranges_of_durations_are_one_length(text, expression, value, mod):
    rows = tag_dates(text, DCT)
    row = rows[rows["expression"] == expression]
    assert len(row) == 1, rows[["expression", "value"]].to_dict("records")
    assert (row.iloc[0]["type"], row.iloc[0]["value"], row.iloc[0]["mod"]) == ("DURATION", value, mod)


def test_a_range_before_ago_is_left_to_the_ago_rule():
    rows = tag_dates("The mine flooded three to four weeks ago.", DCT)
    assert rows["rule"].tolist() == ["ago"] and rows.iloc[0]["expression"] == "four weeks ago"


@pytest.mark.parametrize(
    "text, expression, type_, value",
    [
        ("The ferry arrived three hours later than scheduled.", "three hours", "DURATION", "PT3H"),
        ("The vote came two weeks earlier than expected.", "two weeks", "DURATION", "P2W"),
        ("Twenty years from now the mine will be empty.", "Twenty years from now", "DATE", "2041"),
        ("The bill takes effect two days from today.", "two days from today", "DATE", "2021-09-12"),
        ("He left a month or so ago.", "a month or so ago", "DATE", "2021-08"),
    ],
)
def test_offsets_that_are_lengths(text, expression, type_, value):
    rows = tag_dates(text, DCT)
    row = rows[rows["expression"] == expression]
    assert len(row) == 1, rows[["expression", "value"]].to_dict("records")
    assert (row.iloc[0]["type"], row.iloc[0]["value"]) == (type_, value)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("At the time, the mayor opposed the plan.", "the time", "PAST_REF"),
        ("She was at that time the only judge.", "that time", "PAST_REF"),
        ("Exports are now rising.", "now", "PRESENT_REF"),
    ],
)
def test_present_and_past_references(text, expression, value):
    rows = tag_dates(text, DCT)
    row = rows[rows["expression"] == expression]
    assert len(row) == 1, rows[["expression", "value"]].to_dict("records")
    assert row.iloc[0]["value"] == value


@pytest.mark.parametrize("text", [
    "He was abroad at the time of the vote.",  # the time of an event
    "At the time Parliament met, he was abroad.",  # the time a clause names
    "It is hard to say at this point.",  # not tagged in TimeBank
    "There are no flights at the moment.",
])
def test_times_named_by_what_follows_are_not_reference_words(text):
    assert tag_dates(text, DCT).empty


def test_until_then_takes_the_date_before():
    rows = tag_dates("The tariffs expire on March 1, 2022. Until then, talks go on.", DCT)
    then = rows[rows["expression"] == "then"].iloc[0]
    assert (then["value"], then["anchor"]) == ("2022-03-01", "previous")
    assert tag_dates("Until then, talks go on.", DCT).empty  # no date before: nothing to refer to


@pytest.mark.parametrize(
    "text, value",
    [
        ("The minister said he will travel to Paris in August.", "2022-08"),  # published 10 Sept 2021
        ("The envoy is expected to return in July.", "2022-07"),
        ("Elections will be held in September.", "2021-09"),  # this month is not behind us
        ("The minister travelled to Paris in August.", "2021-08"),
    ],
)
def test_bare_months_in_future_sentences_are_ahead(text, value):
    rows = tag_dates(text, DCT)
    assert rows["value"].tolist() == [value]


def test_a_day_named_again_keeps_its_year():
    text = "The new chief takes over on Jan. 5. The board picked the Jan. 5 handover after a long search."
    rows = tag_dates(text, "2021-11-20")
    assert rows.loc[rows["expression"] == "Jan. 5", "value"].tolist() == ["2022-01-05", "2022-01-05"]
    # on its own, the second sentence's past tense would have put it last January
    assert tag_dates(text.split(". ", 1)[1], "2021-11-20").iloc[0]["value"] == "2021-01-05"


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Profit fell in the third quarter. In the 2019 third quarter, it rose.", "the 2019 third quarter", "2019-Q3"),
        ("Profit fell in the third quarter. In the 2019 quarter, it rose.", "the 2019 quarter", "2019-Q3"),
        ("Sales grew in the second quarter, after a loss in the 2020 period.", "the 2020 period", "2020-Q2"),
    ],
)
def test_a_quarter_with_its_year_before_it(text, expression, value):
    rows = tag_dates(text, DCT)
    row = rows[rows["expression"] == expression]
    assert len(row) == 1, rows[["expression", "value"]].to_dict("records")
    assert row.iloc[0]["value"] == value


@pytest.mark.parametrize(
    "text, expression",
    [
        ("Profit rose in the fourth quarter.", "the fourth quarter"),  # "four" is not the number here
        ("Profit rose in the fourth-quarter results.", "fourth-quarter"),
        ("It was a 16-hour flight.", "16-hour"),
        ("It was a twenty-four-hour strike.", "twenty-four-hour"),
        ("He left nearly two years ago.", "nearly two years ago"),
        ("The talks lasted about five hours.", "about five hours"),
    ],
)
def test_extents(text, expression):
    assert tag_dates(text, DCT)["expression"].tolist() == [expression]


def test_a_year_earlier_after_a_year_ago_period_counts_from_the_period_itself():
    text = "Profit rose in the third quarter from the year-earlier quarter. Sales were higher than a year earlier."
    rows = tag_dates(text, DCT).set_index("expression")
    assert rows.loc["the year-earlier quarter", "value"] == "2020-Q3"
    assert rows.loc["a year earlier", "value"] == "2020-Q3"  # not 2019: counted from the third quarter


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("The tender closes at 5 p.m. EDT, Oct. 4.", "5 p.m. EDT, Oct. 4", "2021-10-04T17:00"),
        ("Voting opened at 7 a.m. on March 2, 2020.", "7 a.m. on March 2, 2020", "2020-03-02T07:00"),
    ],
)
def test_a_time_with_the_day_after_it(text, expression, value):
    rows = tag_dates(text, DCT)
    assert rows["expression"].tolist() == [expression]
    assert (rows.iloc[0]["type"], rows.iloc[0]["value"]) == ("TIME", value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("The company pays the loan back by March, its lenders said.", "2022-03"),  # published 10 Sept 2021
        ("The bridge stays shut until July.", "2022-07"),
        ("Flights resumed in July.", "2021-07"),
        ("The astronaut will be named commander of the crew that flies to the station in August.", "2022-08"),
    ],
)
def test_deadlines_and_far_futures_lie_ahead(text, value):
    assert tag_dates(text, DCT)["value"].tolist() == [value]
