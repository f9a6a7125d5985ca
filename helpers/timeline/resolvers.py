"""What each rule's match means: one resolver per rule of :data:`.patterns.RULES`, in :data:`RESOLVERS`.

A resolver takes the :class:`.context.Found` match and returns a
:class:`.algebra.Resolved` (a unit of time, a duration, a set or a reference
word) or None to drop the match.  Calendar dates (written with a year, or a
month and day) are resolved here; expressions relative to the publication
date or to the last date mentioned in :mod:`.relative`; durations and sets in
:mod:`.durations`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from .algebra import Resolved, easter, mod_of, month_of, shift, unit_start, year_of
from .context import TENSE_WEIGHT_MONTH, Context, Found, nearest_by_tense, place_month, place_weekday
from .durations import duration, duration_range, set_of_times, unit_duration
from .lexicon import DECADE_WORDS, HOLIDAYS, NUMBER_WORDS, ORDINALS, SEASON_MONTHS, SEASONS, WEEKDAYS
from .patterns import MONTH, QUARTER_ORD, RELWORD, RULES, SEASON, WEEKDAY, alt
from .relative import (
    ago,
    anaphoric,
    deictic,
    month_name,
    part_of_day,
    present_ref,
    relative,
    the_period,
    weekday_name,
    weekend,
)


def resolve(rule: str, m: re.Match, ctx: Context, start: int, end: int) -> Resolved | None:
    """The meaning of one match of ``rule``; None drops the match."""
    s = m.group(0)
    return RESOLVERS[rule](Found(rule, s, re.sub(r"\s+", " ", s.lower()), start, end, ctx))


# --------------------------------------------------------------------------- calendar dates


def iso_date(f: Found) -> Resolved:
    """2021-09-09, 2021-09-09T15:30."""
    s = f.text
    timed = "T" in s
    return Resolved.unit("day", date.fromisoformat(s[:10]), type="TIME" if timed else "DATE",
                         suffix=s[10:16] if timed else "")


def numeric_date(f: Found) -> Resolved | None:
    """9/9/2021, 9/9/21 (month first, as US news writes it)."""
    mo, dd, yy = (int(x) for x in f.text.split("/"))
    yy = yy + (2000 if yy < 50 else 1900) if yy < 100 else yy
    if not (1 <= mo <= 12 and 1 <= dd <= calendar.monthrange(yy, mo)[1]):
        return None
    return Resolved.unit("day", date(yy, mo, dd))


def month_day(f: Found) -> Resolved | None:
    """Feb. 10, 9 September 2019, Thursday, Sept. 9: the year by tense when none is written."""
    s = f.text
    month_word = re.search(MONTH, s).group()
    month_number = month_of(month_word)
    nums = re.findall(r"\d+", s.replace(month_word, " ", 1))
    day = int(nums[0])
    year = int(nums[1]) if len(nums) > 1 else None
    if day > 31:
        return None
    if year is None:
        again = f.ctx.same_date_before("day", month_number, day)
        year = again.year if again else place_month(month_number, f.ctx, f.tense_cue(reporting=False), day).year
    if day > calendar.monthrange(year, month_number)[1]:
        return None
    return Resolved.unit("day", date(year, month_number, day), mod=mod_of(s[: s.find(month_word)]),
                         anchor="" if len(nums) > 1 else "dct")


def day_range(f: Found) -> Resolved | None:
    """January 26-27, 26-27 January 2024, Jan. 30-Feb. 2: the days from the first to the last.

    Value: an ISO 8601 interval of the two days (2024-01-26/2024-01-27); the
    year by tense when none is written.  None (the match is dropped) when the
    last day is not after the first.
    """
    s = f.text
    months = [m.group() for m in re.finditer(MONTH, s)]
    days = [int(d) for d in re.findall(r"(?<![\d])(\d{1,2})(?:st|nd|rd|th)?(?![\d])", s)]
    year_match = re.search(r"\d{4}", s)
    first_month = month_of(months[0])
    last_month = month_of(months[-1])
    if year_match:
        year = int(year_match.group())
    else:
        year = place_month(first_month, f.ctx, f.tense_cue(reporting=False), days[0]).year
    first = date(year, first_month, days[0])
    last = date(year + (last_month < first_month), last_month, days[1])
    if last <= first:
        return None
    return Resolved("DATE", f"{first.isoformat()}/{last.isoformat()}", "interval", first, last, "",
                    "" if year_match else "dct")


def year_range(f: Found) -> Resolved:
    """1998-99, 2003–2005, 2021/22: the years from the first to the last (value 1998/1999).

    When the second number cannot end the range ("2021-09", "1800-1234"),
    the first year alone (:func:`.tagging.tag_dates` cuts the extent to it).
    """
    first_text, last_text = re.findall(r"\d+", f.text)[:2]
    first = int(first_text)
    last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
    if len(last_text) == 2 and last < first:
        last += 100  # 1999-00
    if not first < last <= first + (10 if len(last_text) == 2 else 100):
        return Resolved.unit("year", date(first, 1, 1))
    return Resolved("DATE", f"{first}/{last}", "interval", date(first, 1, 1), date(last, 12, 31))


def month_year(f: Found) -> Resolved:
    """January 2020, March of last year."""
    s, low = f.text, f.low
    month_number = month_of(re.search(MONTH, s).group())
    if re.search(r"\d{4}", s):
        return Resolved.unit("month", date(year_of(s), month_number, 1), mod=mod_of(s))
    year = f.dct.year + (-1 if "last year" in low else 1 if "next year" in low else 0)
    return Resolved.unit("month", date(year, month_number, 1), mod=mod_of(s), anchor="dct")


def time_day(f: Found) -> Resolved | None:
    """3:30 p.m. Thursday, noon, 9 a.m. yesterday: on the day named, else the last day mentioned."""
    s, ctx = f.text, f.ctx
    low = s.lower()
    if "noon" in low:
        hh, mm = 12, 0
    elif "midnight" in low:
        hh, mm = 0, 0
    else:
        m = re.match(r"(\d{1,2})(?::(\d\d))?", s)
        hh, mm = int(m.group(1)), int(m.group(2) or 0)
        if hh > 23 or mm > 59:
            return None
        if re.search(r"p\.?m", low) and hh < 12:
            hh += 12
        if re.search(r"a\.?m", low) and hh == 12:
            hh = 0
    day = ctx.dct
    wd = re.search(WEEKDAY, s)
    month_word = re.search(MONTH, s)
    if month_word:  # "5 p.m. EST, Nov. 6": the day written after the time
        numbers = [int(n) for n in re.findall(r"\d+", s[month_word.end():])]
        number = month_of(month_word.group())
        year = numbers[1] if len(numbers) > 1 else place_month(number, ctx, f.tense_cue(reporting=False), numbers[0]).year
        day = date(year, number, numbers[0])
    elif wd:
        day = place_weekday(WEEKDAYS[wd.group().lower()], ctx, f.tense())
    elif "yesterday" in low or "last night" in low:
        day = ctx.dct - timedelta(days=1)
    elif "tomorrow" in low:
        day = ctx.dct + timedelta(days=1)
    elif ctx.last is not None and ctx.last.gran == "day" and not re.search(r"today|tonight|this", low):
        day = ctx.last.start  # "at 9 p.m." after a named day is on that day
    return Resolved.unit("day", day, type="TIME", suffix=f"T{hh:02d}:{mm:02d}", anchor="dct")


def season_year(f: Found) -> Resolved:
    """the summer of 2019, last summer."""
    s, low, dct = f.text, f.low, f.dct
    code = SEASONS[re.search(SEASON, s, re.I).group().lower()]
    first, _ = SEASON_MONTHS[code]
    if re.search(r"\d{4}", s):
        year = year_of(s)
    else:
        rel = re.search(RELWORD, low).group()
        current = dct.year if dct.month >= first or code != "WI" else dct.year - 1
        in_season = date(current, first, 1) <= dct
        year = {"last": current - 1, "next": current + 1 if in_season else current}.get(rel, current)
    return Resolved.unit("season", date(year, first, 1), season=code, mod=mod_of(s), anchor="dct")


def quarter(f: Found) -> Resolved:
    """the third quarter, 2019's first half, the fourth quarter of last year."""
    s, low, ctx, dct = f.text, f.low, f.ctx, f.dct
    ordinal = re.search(QUARTER_ORD, low).group()
    half = "half" in low
    n = {"final": 4 if not half else 2, "last": 4 if not half else 2}.get(ordinal) or ORDINALS[ordinal]
    year_match = re.search(r"\d{4}", s)
    if year_match:
        year = int(year_match.group())
    elif "last year" in low:
        year = dct.year - 1
    elif "next year" in low:
        year = dct.year + 1
    elif ctx.last is not None and ctx.last.anchor == "" and ctx.last.gran in ("year", "quarter", "half") \
            and "this year" not in low:
        year = ctx.last.start.year  # "the third quarter" after "1998" is 1998's
    else:
        year = dct.year
        first_month = (n - 1) * (6 if half else 3) + 1
        if date(year, first_month, 1) > dct and f.tense() == "past":
            year -= 1  # a quarter still ahead cannot have happened
    return Resolved.unit("half" if half else "quarter", date(year, (n - 1) * (6 if half else 3) + 1, 1), anchor="dct")


def quarter_rel(f: Found) -> Resolved:
    """the quarter, the latest quarter, the year-ago period: after a quarter named, relative to it."""
    low, ctx = f.low, f.ctx
    current = unit_start("quarter", ctx.dct)
    completed = shift("quarter", current, -1)
    base = ctx.last_quarter.start if ctx.last_quarter is not None else completed
    year = re.search(r"\d{4}", low)
    if year:  # "the 1988 quarter": the quarter being compared, in that year
        return Resolved.unit("quarter", base.replace(year=int(year.group())), anchor="previous")
    if "year-ago" in low or "year-earlier" in low:
        resolved = Resolved.unit("quarter", shift("year", base, -1), anchor="previous")
        resolved.backward = True
        return resolved
    if "latest" in low or "recent" in low:
        return Resolved.unit("quarter", completed, anchor="dct")
    if "current" in low or low.startswith("this"):
        return Resolved.unit("quarter", current, anchor="dct")
    if "previous" in low or low.startswith("last"):
        return Resolved.unit("quarter", shift("quarter", base if ctx.last_quarter else current, -1), anchor="dct")
    if low.startswith("next"):
        return Resolved.unit("quarter", shift("quarter", current, 1), anchor="dct")
    return Resolved.unit("quarter", base, anchor="previous" if ctx.last_quarter else "dct")


def decade(f: Found) -> Resolved:
    """the 1990s, the '90s, the 21st century."""
    s, low, dct = f.text, f.low, f.dct
    if "centur" in low:
        ordinal = re.search(rf"{alt(ORDINALS)}|\d+", low).group()
        n = ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
        return Resolved.unit("century", date(max((n - 1) * 100, 1), 1, 1), mod=mod_of(s))
    digits = re.search(r"(\d+)0s", s)
    if digits and len(digits.group(1)) == 3:
        year = int(digits.group(1)) * 10
    else:  # '90s: the decade in the century nearest the publication date
        year = (dct.year // 100) * 100 + int(re.search(r"'(\d)0s", s).group(1)) * 10
        if year > dct.year:
            year -= 100
    return Resolved.unit("decade", date(year, 1, 1), mod=mod_of(s))


def calendar_year(f: Found) -> Resolved:
    """2011, fiscal 2020."""
    return Resolved.unit("year", date(year_of(f.text), 1, 1))


def mod_year(f: Found) -> Resolved:
    """mid-2020, early 2011."""
    return Resolved.unit("year", date(year_of(f.text), 1, 1), mod=mod_of(f.text))


def spoken_year(f: Found) -> Resolved:
    """"nineteen ninety-six", "the year two thousand", "the nineties"."""
    low, dct = f.low, f.dct
    words = re.sub(r"^the\s+year\s+|^the\s+", "", low).replace("-", " ").split()
    if words and words[-1] in DECADE_WORDS:
        century = 1900 if words[0] == "nineteen" or (dct.year // 100 == 19) else (dct.year // 100) * 100
        first = century + 10 * DECADE_WORDS[words[-1]]
        if first > dct.year:
            first -= 100
        return Resolved.unit("decade", date(first, 1, 1), mod=mod_of(low))
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        number = 2000 + (sum(NUMBER_WORDS[w] for w in rest) if rest else 0)
    else:
        century = NUMBER_WORDS[words[0]] * 100
        rest = [w for w in words[1:] if w != "oh"]
        number = century if rest == ["hundred"] else century + sum(NUMBER_WORDS[w] for w in rest)
    return Resolved.unit("year", date(number, 1, 1))


def holiday(f: Found) -> Resolved | None:
    """Christmas, last Thanksgiving, Easter 2019."""
    low = f.low
    name = re.sub(r"^(?:last|next|this)\s+|\s+\d{4}$", "", low).replace("’", "'")
    year_match = re.search(r"\d{4}$", low)

    def on(y: int) -> date:
        fixed = HOLIDAYS.get(name)
        if fixed:
            return date(y, *fixed)
        if name.startswith("thanksgiving"):
            first = date(y, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return easter(y)

    if name not in HOLIDAYS:
        return None
    if year_match:
        return Resolved.unit("day", on(int(year_match.group())))
    dct = f.dct
    if low.startswith("last"):
        d = on(dct.year) if on(dct.year) < dct else on(dct.year - 1)
    elif low.startswith("next"):
        d = on(dct.year) if on(dct.year) > dct else on(dct.year + 1)
    else:
        d = nearest_by_tense([on(dct.year - 1), on(dct.year), on(dct.year + 1)], dct, f.tense(), TENSE_WEIGHT_MONTH)
    return Resolved.unit("day", d, anchor="dct")


#: The resolver of each rule of :data:`.patterns.RULES` (same names, same order).
RESOLVERS: dict[str, Callable[[Found], Resolved | None]] = {
    "iso_date": iso_date,
    "numeric_date": numeric_date,
    "day_range": day_range,
    "year_range": year_range,
    "weekday_month_day": month_day,
    "month_day": month_day,
    "day_month": month_day,
    "month_year": month_year,
    "time_day": time_day,
    "season_year": season_year,
    "quarter": quarter,
    "quarter_rel": quarter_rel,
    "decade": decade,
    "fiscal_year": calendar_year,
    "weekday": weekday_name,
    "holiday": holiday,
    "duration_range": duration_range,
    "ago": ago,
    "vague_ago": ago,
    "anaphoric": anaphoric,
    "relative": relative,
    "mod_year": mod_year,
    "spoken_year": spoken_year,
    "year": calendar_year,
    "month": month_name,
    "duration": duration,
    "unit_duration": unit_duration,
    "set": set_of_times,
    "present_ref": present_ref,
    "deictic": deictic,
    "part_of_day": part_of_day,
    "weekend": weekend,
    "the_period": the_period,
}
assert list(RESOLVERS) == [name for name, _ in RULES], "every rule needs its resolver, in RULES order"
