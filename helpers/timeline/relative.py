"""Resolvers of the expressions that need a reference: the publication date, or the last date mentioned.

"last week", "on Thursday", "in October", "yesterday", "two years later",
"the following year", "that evening", "the weekend", "the end of the year".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .algebra import GRAN_ORDER, Resolved, add_months, days_around, mod_of, month_of, shift, unit_start
from .context import Found, place_month, place_weekday
from .durations import number_of
from .lexicon import MONTHS, PARTS_OF_DAY, SEASON_MONTHS, SEASONS, SIGNAL, UNIT_FACTOR, UNITS, WEEKDAYS
from .patterns import (
    APPROX,
    FOR_THE_YEAR,
    MARCH_AFTER,
    MARCH_BEFORE,
    MAY_BEFORE,
    MONTH,
    NUMBER,
    PART,
    SEASON,
    UNIT_ANY,
    VAGUE,
    WEEKDAY,
)

#: Days a unit is worth when "weeks earlier" spans a few of them.
_UNIT_DAYS = {"second": 0, "minute": 0, "hour": 0, "day": 1, "week": 7, "month": 30, "quarter": 91,
              "year": 365, "decade": 3650, "century": 36500, "weekend": 7, "fortnight": 14}


def weekday_name(f: Found) -> Resolved:
    """"on Thursday", "last Friday", "Thursday night": the day before or after publication, by tense."""
    low = f.low
    words = low.replace("the ", "").split()
    rel = words[0] if words[0] in ("last", "next", "this", "previous", "following", "preceding") else ""
    d = place_weekday(WEEKDAYS[re.search(WEEKDAY, f.text).group().lower()], f.ctx, f.tense_cue(), rel)
    part = re.search(PART, low)
    if part:
        return Resolved.unit("day", d, type="TIME", suffix="T" + PARTS_OF_DAY[part.group()], anchor="dct")
    first = low.split()[0]
    return Resolved.unit("day", d, mod=mod_of(first) if first in ("early", "late") else "", anchor="dct")


def month_name(f: Found) -> Resolved | None:
    """"in March", "since February", "last March": the year by tense ("since" looks back)."""
    s, low, ctx, start, end, dct = f.text, f.low, f.ctx, f.start, f.end, f.dct
    month_word = re.search(MONTH, s).group()
    before = ctx.text[max(0, start - 12):start].lower()
    if month_word in ("May", "MAY") and low == "may" and not MAY_BEFORE.search(before):
        return None  # "may" is the month only after a preposition
    if month_word in ("March", "MARCH") and low == "march" and not MARCH_BEFORE.search(before) \
            and not MARCH_AFTER.match(ctx.text[end:end + 12].lower()):
        return None
    number = month_of(month_word)
    rel = low.split()[0] if low.split()[0] in ("last", "next", "this") else ""
    if rel == "last":
        d = date(dct.year if number < dct.month else dct.year - 1, number, 1)
    elif rel == "next":
        d = date(dct.year if number > dct.month else dct.year + 1, number, 1)
    elif rel == "this":
        d = date(dct.year, number, 1)
    else:
        signal = SIGNAL.search(ctx.text, max(0, start - 16), start)
        word = signal.group(1).lower() if signal else ""
        # "since May" looks back; a deadline ("by May", "until May") lies ahead
        tense = "since" if word == "since" else "future" if word in ("by", "until", "till") else f.tense_cue(reporting=False)
        d = place_month(number, ctx, tense)
    return Resolved.unit("month", d, mod=mod_of(low) if not rel else "", anchor="dct")


def ago(f: Found) -> Resolved:
    """"a year ago", "two days later", "weeks earlier": from publication (ago) or from the last date (later)."""
    low, ctx = f.low, f.ctx
    unit_word = re.search(rf"{UNIT_ANY}(?=\s+(?:or\s+so\s+)?(?:ago|earlier|later|before|after|from|hence|previously))",
                          low).group()
    unit = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    direction = 1 if re.search(r"later|after|from (?:now|today)|hence", low) else -1
    from_dct = bool(re.search(r"ago|from (?:now|today)|hence", low))
    unit_gran = {"fortnight": "week", "weekend": "week", "decade": "year", "century": "year"}.get(
        unit, UNITS.get(unit, ("", False, "day"))[2])
    if from_dct or unit_gran not in GRAN_ORDER:
        base = None if from_dct else ctx.last
    else:
        base = ctx.antecedent(unit_gran, not_backward=direction < 0) or ctx.last
    if f.rule == "vague_ago":
        # "weeks earlier": a few units before the reference, as an interval (value PAST_REF/FUTURE_REF)
        ref = ctx.dct if base is None else base.start
        ref_end = ctx.dct if base is None else base.end
        step = _UNIT_DAYS.get(unit, 1)
        if direction < 0:
            start, end = days_around(ref, -9 * step, -max(step, 1))
        else:
            start, end = days_around(ref_end, max(step, 1), 9 * step)
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return Resolved("DATE", value, "day", start, end, "APPROX", "previous" if base else "dct")
    number_match = re.match(rf"(?:{APPROX}\s+)?({NUMBER}|{VAGUE})\s", low)
    n = number_of(number_match.group(1)) if number_match else None
    if n is None or not float(n).is_integer() or unit in ("second", "minute", "hour"):
        # "a few years ago" / "90 minutes later": reference words, no date
        return Resolved("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "", None, None, mod_of(low),
                        "dct" if base is None else "previous")
    n = int(n) * direction
    gran = UNITS[unit][2]
    if unit in ("decade", "century"):
        n, gran = n * UNIT_FACTOR[unit], "year"
    if unit == "fortnight":
        n, gran = n * 2, "week"
    if unit == "weekend":
        gran = "week"
    if base is None:
        # "a year ago" in a sentence about a quarter compares quarters
        ref_gran = gran
        ref_start = unit_start(gran, ctx.dct) if gran != "season" else ctx.dct
        if gran == "year" and ctx.last_quarter is not None and ctx.last is ctx.last_quarter:
            ref_gran, ref_start = "quarter", ctx.last_quarter.start
        return Resolved.unit(ref_gran, shift(gran if gran == ref_gran else "year", ref_start, n),
                             mod=mod_of(low), anchor="dct")
    # "two days later", "a year earlier": move the last date mentioned, keeping its precision
    ref_gran = base.gran if base.gran in GRAN_ORDER else "day"
    months = {"year": 12, "quarter": 3, "month": 1}.get(gran)
    if months:
        d = add_months(base.start, months * n)
    else:
        d = base.start + timedelta(days=n * (7 if gran == "week" else 1))
    if ref_gran in ("century", "decade"):
        ref_gran = "year"
    if ref_gran == "season":
        ref_gran = "month"
    resolved = Resolved.unit(ref_gran, d, mod=mod_of(low), anchor="previous")
    resolved.backward = direction < 0
    return resolved


def anaphoric(f: Found) -> Resolved:
    """"the following year", "that day", "the next morning": relative to the last date mentioned."""
    low = f.low
    unit_word = re.search(r"(day|morning|afternoon|evening|night|weekend|week|month|year|quarter)(?:\s+(?:before|after))?$",
                          low).group(1)
    part = PARTS_OF_DAY.get(unit_word)
    gran = "day" if part else unit_word
    if re.search(r"following|next|after", low):
        n = 1
    elif re.search(r"previous|preceding|prior|before", low):
        n = -1
    else:
        n = 0  # that day, the same year, later that month
    base = f.ctx.antecedent(gran)
    base_start, anchor = (base.start, "previous") if base is not None else (f.dct, "dct")
    d = shift(gran, unit_start(gran, base_start), n)
    return Resolved.unit(gran, d, type="TIME" if part else "DATE", suffix=f"T{part}" if part else "",
                         mod=mod_of(low.split()[0]) if low.startswith(("earlier", "later")) else "", anchor=anchor)


def relative(f: Found) -> Resolved | None:
    """"last week", "this year", "next month", "the coming year", "early next year", "last March"."""
    low, dct = f.low, f.dct
    rel_match = re.search(r"(this past|the past|the coming|the current|this|last|next)\s+(\S+)$", low)
    if not rel_match:
        return None
    rel, word = rel_match.group(1), rel_match.group(2)
    mod = mod_of(low[: rel_match.start()]) if rel_match.start() else ""
    if word in PARTS_OF_DAY:
        d = dct - timedelta(days=1) if rel == "last" else dct + timedelta(days=1) if rel == "next" else dct
        return Resolved.unit("day", d, type="TIME", suffix="T" + PARTS_OF_DAY[word], anchor="dct")
    if word.rstrip(".").lower() in MONTHS:
        number = month_of(word)
        if rel in ("last", "this past", "the past"):
            d = date(dct.year if number < dct.month else dct.year - 1, number, 1)
        elif rel in ("next", "the coming"):
            d = date(dct.year if number > dct.month else dct.year + 1, number, 1)
        else:
            d = date(dct.year, number, 1)
        return Resolved.unit("month", d, mod=mod, anchor="dct")
    gran = word
    if rel == "the past" and gran in ("week", "month", "year", "decade", "century", "quarter"):
        return None  # "the past year" is a duration, handled by the duration rules
    n = {"last": -1, "this past": -1, "next": 1, "the coming": 1}.get(rel, 0)
    if gran == "weekend":
        # the weekend before (last, this past) or after (next) the publication date
        sat = dct + timedelta(days=(5 - dct.weekday()) % 7)
        if rel in ("last", "this past") or (rel == "this" and f.tense() == "past"):
            sat = dct - timedelta(days=(dct.weekday() - 5) % 7 or 7) if dct.weekday() < 5 else dct - timedelta(days=dct.weekday() - 5)
            if rel == "last" and dct.weekday() >= 5:
                sat -= timedelta(days=7)
        elif rel == "next":
            sat = sat if dct.weekday() < 5 else sat + timedelta(days=7)
        return Resolved.unit("weekend", sat, mod=mod, anchor="dct")
    start = shift(gran, unit_start(gran, dct), n)
    return Resolved.unit(gran, start, mod=mod, anchor="dct")


def deictic(f: Found) -> Resolved | None:
    """"today", "yesterday", "now", "recently", "soon", "the future"."""
    low, dct = f.low, f.dct
    if low in ("today", "tonight"):
        return Resolved.unit("day", dct, type="TIME" if low == "tonight" else "DATE",
                             suffix="TNI" if low == "tonight" else "", anchor="dct")
    if low == "yesterday":
        return Resolved.unit("day", dct - timedelta(days=1), anchor="dct")
    if low == "tomorrow":
        return Resolved.unit("day", dct + timedelta(days=1), anchor="dct")
    if low in ("now", "right now", "currently", "nowadays", "these days", "at present", "presently", "the present") \
            or low.startswith("current"):
        return Resolved("DATE", "PRESENT_REF", "day", dct, dct, "", "dct")
    if low == "future":
        return Resolved("DATE", "FUTURE_REF", "", None, None, "", "dct")
    if low in ("recently", "lately", "the past") or low.startswith("recent"):
        return Resolved("DATE", "PAST_REF", "", None, None, "", "dct")
    if low == "once again":
        return None
    return Resolved("DATE", "FUTURE_REF", "", None, None, "", "dct")


def present_ref(f: Found) -> Resolved | None:
    """"at the time", "at that time" (PAST_REF, as TimeBank has it); "until then", "by then" (the last date mentioned)."""
    base = f.ctx.last
    if f.low != "then":
        return Resolved("DATE", "PAST_REF", "", None, None, "", "dct")
    if base is None or base.start is None:
        return None  # nothing mentioned before to refer to
    return Resolved(base.type, base.value, base.gran, base.start, base.end, "", "previous", base.part)


def part_of_day(f: Found) -> Resolved:
    """"this morning", "the evening" (of a day named just before), "last night"."""
    low, ctx, dct = f.low, f.ctx, f.dct
    first, part = low.split()[0], low.split()[-1]
    code = PARTS_OF_DAY[part]
    if first == "yesterday" or first == "last":
        d, anchor = dct - timedelta(days=1), "dct"
    elif first == "tomorrow":
        d, anchor = dct + timedelta(days=1), "dct"
    elif first == "this":
        d, anchor = dct, "dct"
    elif ctx.last_day is not None and ctx.sentence_of(f.start) - ctx.last_day_sentence <= 2:
        d, anchor = ctx.last_day.start, "previous"  # "the evening" of a day named just before
    elif f.tense_cue() == "past":
        # no day named nearby: which evening is not known
        return Resolved("TIME", f"XXXX-XX-XXT{code}", "", None, None, "", "")
    else:
        d, anchor = dct, "dct"
    return Resolved.unit("day", d, type="TIME", suffix="T" + code, anchor=anchor)


def weekend(f: Found) -> Resolved:
    """"the weekend": the one just past, or the next in a future sentence."""
    dct = f.dct
    back = dct - timedelta(days=(dct.weekday() - 5) % 7)  # the last Saturday, or today
    ahead = back if dct.weekday() >= 5 else back + timedelta(days=7)
    return Resolved.unit("weekend", ahead if f.tense() == "future" else back, anchor="dct")


def the_period(f: Found) -> Resolved | None:
    """"the year", "the fiscal year", "year-end", "the end of the month", "the summer", "the near term"."""
    low, ctx, dct = f.low, f.ctx, f.dct
    if low in ("the year", "the fiscal year") and FOR_THE_YEAR.search(ctx.text[max(0, f.start - 12):f.start].lower()):
        return Resolved("DURATION", "P1Y", "", None, None)  # "for the year": a length of time
    if low.endswith("term"):
        return Resolved("DATE", "FUTURE_REF", "", None, None, "", "dct")
    season = re.search(SEASON, low)
    if season:
        code = SEASONS[season.group()]
        first = SEASON_MONTHS[code][0]
        year = dct.year if date(dct.year, first, 1) <= dct or f.tense() != "past" else dct.year - 1
        return Resolved.unit("season", date(year, first, 1), season=code, mod=mod_of(low), anchor="dct")
    gran = "week" if "week" in low else "month" if "month" in low else "quarter" if "quarter" in low else "year"
    end = "end" in low or "close" in low
    base = ctx.antecedent(gran) if ("the year" in low or "the fiscal year" in low) and not end else None
    start = unit_start(gran, base.start if base is not None and base.anchor == "" else dct)
    return Resolved.unit(gran, start, mod="END" if end else "", anchor="dct" if base is None else "previous")
