"""Tests for helpers.timeline.resolvers (and the relative and duration rules): one resolver per rule."""

from __future__ import annotations

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
