"""Date algebra: granularities, units of time and their TIMEX3 values, and a resolved expression.

A resolved date is a unit of time: a granularity (day, week, month, quarter,
year ...) and the first day of the unit, with its last day (inclusive) and
its TIMEX3 value (2021-09-09, 2021-W35, 2021-03, 2021-Q3, 2021-SU, 2011, 199).

Dates stay within years 1–9999 (``datetime.date``): arithmetic that would
leave them raises ``OverflowError`` (the tagger then leaves the expression
out: "8000 years from now", or "last month" in January of year 1, name no
day there is), and a unit that starts in range but runs past 9999-12-31 ends
there.  So every interval has ``start <= end``, both within the range.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta

from .lexicon import MONTHS

#: Granularities from coarse to fine.
GRAN_ORDER = ["century", "decade", "year", "half", "season", "quarter", "month", "week", "weekend", "day"]


def add_months(d: date, months: int) -> date:
    """``d`` moved by ``months`` (the day capped at the month's last); OverflowError outside years 1–9999."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    if not MINYEAR <= year <= MAXYEAR:
        raise OverflowError(f"{d} moved by {months} months is outside years {MINYEAR}–{MAXYEAR}")
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def days_around(ref: date, first: int, last: int) -> tuple[date, date]:
    """The days ``ref + first`` to ``ref + last`` (inclusive), cut to years 1–9999; OverflowError when none is."""
    lo = max(ref.toordinal() + first, date.min.toordinal())
    hi = min(ref.toordinal() + last, date.max.toordinal())
    if lo > hi:
        raise OverflowError(f"{ref} moved by {first}..{last} days is outside years {MINYEAR}–{MAXYEAR}")
    return date.fromordinal(lo), date.fromordinal(hi)


def unit_start(gran: str, d: date) -> date:
    """First day of the ``gran`` unit that contains ``d``."""
    if gran == "day":
        return d
    if gran in ("week", "weekend"):
        return d - timedelta(days=d.weekday())
    if gran == "month":
        return d.replace(day=1)
    if gran == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if gran == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "season":
        return d.replace(day=1)
    if gran == "year":
        return date(d.year, 1, 1)
    if gran == "decade":
        return date(max(d.year // 10 * 10, 1), 1, 1)
    if gran == "century":
        return date(max(d.year // 100 * 100, 1), 1, 1)
    raise ValueError(gran)


def shift(gran: str, d: date, n: int) -> date:
    """``d`` (the start of a ``gran`` unit) moved by ``n`` units."""
    if gran == "day":
        return d + timedelta(days=n)
    if gran in ("week", "weekend"):
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120, "century": 1200}[gran]
    return add_months(d, months * n)


def unit_end(gran: str, d: date) -> date:
    """Last day (inclusive) of the ``gran`` unit starting at ``d`` (9999-12-31 at the latest)."""
    try:
        return _unit_end(gran, d)
    except OverflowError:  # the unit runs past the last day a date can have
        return date.max


def _unit_end(gran: str, d: date) -> date:
    if gran == "day":
        return d
    if gran == "week":
        return d + timedelta(days=6)
    if gran == "weekend":
        return d + timedelta(days=6)
    if gran == "season":
        return add_months(d, 3) - timedelta(days=1)
    return shift(gran, d, 1) - timedelta(days=1)


#: The TIMEX3 value of a unit, by granularity, from its first day (a season needs its code too).
_TIMEX_VALUE = {
    "day": lambda d: d.isoformat(),
    "week": lambda d: "%d-W%02d" % d.isocalendar()[:2],
    "weekend": lambda d: "%d-W%02d-WE" % d.isocalendar()[:2],
    "month": lambda d: f"{d.year:04d}-{d.month:02d}",
    "quarter": lambda d: f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}",
    "half": lambda d: f"{d.year:04d}-H{1 if d.month <= 6 else 2}",
    "year": lambda d: f"{d.year:04d}",
    "decade": lambda d: f"{d.year // 10:03d}",
    "century": lambda d: f"{d.year // 100:02d}",
}


def timex_value(gran: str, d: date, season: str = "") -> str:
    """The TIMEX3 value of the unit starting at ``d``: 2021-09-09, 2021-W35, 2021-03, 2021-SU, 199 ..."""
    if gran == "season":
        return f"{d.year:04d}-{season}"
    if gran not in _TIMEX_VALUE:
        raise ValueError(gran)
    return _TIMEX_VALUE[gran](d)


@dataclass
class Resolved:
    """A date expression's meaning: a unit (granularity + first day) or a reference word."""

    type: str = "DATE"
    value: str = ""
    gran: str = ""
    start: date | None = None
    end: date | None = None
    mod: str = ""
    anchor: str = ""  # "dct", "previous", "" (absolute)
    part: str = ""  # part of the day: MO, AF, EV, NI
    sentence: int = -99  # where it was mentioned (set by tag_dates)
    backward: bool = False  # counted back from another date mentioned ("a year earlier", "the year-ago quarter")

    @classmethod
    def unit(cls, gran: str, d: date, *, type: str = "DATE", suffix: str = "", mod: str = "", anchor: str = "",
             season: str = "") -> "Resolved":
        part = ""
        if suffix in ("TMO", "TAF", "TEV", "TNI"):
            # TimeBank mostly gives "Thursday night" the day's value; the part of day is kept apart
            part, suffix, type = suffix[1:], "", "DATE"
        start = unit_start(gran, d) if gran != "season" else d
        end = unit_end(gran, start)
        if gran == "weekend":
            start = start + timedelta(days=5)
        return cls(type, timex_value(gran, start if gran != "weekend" else start - timedelta(days=5), season) + suffix,
                   gran, start, end, mod, anchor, part)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


# --------------------------------------------------------------------------- reading an expression


def month_of(word: str) -> int:
    """The month number of a month name or abbreviation ("Sept." is 9)."""
    return MONTHS[word.lower().rstrip(".")]


def year_of(text: str) -> int:
    """The first four-digit year written in ``text``."""
    return int(re.search(r"\d{4}", text).group())


def mod_of(text: str) -> str:
    """The TIMEX3 ``mod`` that modifier words give (early: START, late: END, about: APPROX ...)."""
    t = text.lower()
    if re.search(r"\b(?:early|beginning|start)\b|^early", t):
        return "START"
    if re.search(r"\b(?:late|end|close)\b", t):
        return "END"
    if re.search(r"\bmid|middle", t):
        return "MID"
    if re.search(r"about|around|nearly|almost|roughly|approximately|some", t):
        return "APPROX"
    if re.search(r"more than|at least|well over|just over", t):
        return "MORE_THAN" if "more" in t or "over" in t else "EQUAL_OR_MORE"
    if re.search(r"less than|fewer than|at most|up to|just under", t):
        return "LESS_THAN"
    return ""

