"""Dates and engagement events: temporal expressions, a timeline of who met whom, and its chart.

Three layers, each a function over tidy tables:

- :func:`tag_dates` finds temporal expressions in a text (TIMEX3 conventions,
  as in the TempEval-3 data) and resolves each against the publication date,
  with the tense of its sentence in view and anaphora to the last date
  mentioned ("the following year" after "in 2011" is 2012).  :func:`dates`
  runs it over every article.
- :func:`extract_events` reads the sentences that report an engagement between
  US and Chinese actors (a call, meeting, visit, summit, video call, talks),
  dates each by a date expression of the same sentence and merges the same
  event told by several outlets into one row.  :func:`load_overrides` and
  :func:`apply_overrides` let an analyst add, correct or drop events from an
  editable CSV (``helpers/data/event_overrides.csv``).
- :func:`plot_timeline` and :func:`plot_outlet_events` draw the chart.

The recognizer is rule-based, pure Python and offline.  Candidates were
measured first on TempEval-3 (see ``benchmarks/dates_tempeval.py``):
Microsoft's Recognizers-Text finds spans well but tags about 1,300 words per
second and leaves news-style resolution (tense, anaphora) to the caller;
dateparser's ``search_dates`` is faster but its spans rarely match TIMEX3
extents.  So the recognition here is one compiled regular expression over
hand-written rules, and the resolution layer is written for news.

>>> tag_dates("Kerry visited China last week.", "2021-09-10")[["expression", "value"]]
  expression     value
0  last week  2021-W35
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from .errors import OverrideError, TimelineInputError  # noqa: F401 (re-exported)
from .validation import read_rows, require_articles, require_columns

# =========================================================================== errors


# =========================================================================== lexicon

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5,
}
#: Quantities with no number: "several years" is PXY.
VAGUE_NUMBERS = {"a few", "few", "several", "some", "many", "a number of", "the", "recent", "the past few",
                 "the last few", "the next few", "the coming", "the past several", "couple of"}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
#: Unit word -> (TIMEX3 duration letter, is a time unit, granularity for dates).
UNITS = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "fortnight": ("W", False, "week"), "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"), "decade": ("Y", False, "decade"), "century": ("Y", False, "century"),
    "weekend": ("D", False, "weekend"),
}
#: Multipliers for units that TIMEX3 writes in another unit: a decade is P10Y.
UNIT_FACTOR = {"fortnight": 2, "decade": 10, "century": 100, "weekend": 2}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
#: Fixed-date holidays; Thanksgiving and Easter are computed.
HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "independence day": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
    "thanksgiving day": None, "thanksgiving": None, "easter sunday": None, "easter": None,
}

# Granularities from coarse to fine; a resolved date is (granularity, first day of the unit).
_GRAN_ORDER = ["century", "decade", "year", "half", "season", "quarter", "month", "week", "weekend", "day"]


def _alt(words) -> str:
    """A regex alternation of ``words``, longest first (so "sept" wins over "sep")."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


# =========================================================================== patterns
# One alternation per rule; every rule is a named group of the master pattern.
# Month and weekday names must be capitalised ((?-i:...)) so "may", "march" and
# "sun" as ordinary words are left alone.

_MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=\s+\d))"
_MONTH_CAPS = r"(?-i:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|{_MONTH_CAPS})"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d,.]\d|\s*%|-(?:year|month|day|week|member|strong|page|point)\b)"
YEAR_ANY = r"(?:(?:1[0-9]|20)\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
PART = rf"(?:{_alt(PARTS_OF_DAY)})"
SEASON = rf"(?:{_alt(SEASONS)})"
UNIT = rf"(?:{_alt(UNITS)})"
UNITS_PL = r"(?:seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries|weekends)"
UNIT_ANY = rf"(?:centuries|{UNIT}s?)"
_NUM_WORD = _alt(k for k in NUMBER_WORDS if k not in ("a", "an"))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_NUM_WORD}|an?)"
)
VAGUE = r"(?:a\s+few|a\s+couple\s+of|a\s+number\s+of|few|several|many)"
APPROX = r"(?:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than)"
MOD_PREFIX = r"(?:(?:early|late|mid|earlier|later)(?:-|\s+)|the\s+(?:end|beginning|start|middle|close|turn)\s+of\s+|(?:the\s+)?(?:early|late|mid)-)"
TIME_OF_DAY = r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|\d{1,2}:\d\d(?!\d)|noon|midnight)"
ZONE = r"(?:\s+(?-i:[ECMP][SD]T|GMT|UTC|BST|CET)\b|\s+local\s+time)?"
DEICTIC_DAY = r"(?:today|yesterday|tomorrow|tonight)"
RELWORD = r"(?:last|next|this|past|coming|previous|current|latest)"
ANA = r"(?:following|next|previous|preceding|same|prior)"
QUARTER_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
YEAR_REF = rf"(?:{YEAR}|this\s+year|last\s+year|next\s+year|fiscal\s+(?:year\s+)?{YEAR})"

RULES: list[tuple[str, str]] = [
    # absolute dates, most specific first
    ("iso_date", r"(?:19|20)\d\d-[01]\d-[0-3]\d(?:T\d\d:\d\d(?::\d\d)?)?"),
    ("numeric_date", r"[01]?\d/[0-3]?\d/(?:(?:19|20)\d\d|\d\d)(?![\d/])"),
    ("weekday_month_day", rf"{WEEKDAY},?\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR_ANY})?(?!\d)"),
    ("month_day", rf"(?:{MOD_PREFIX})?{MONTH}\s+{DAY}(?:,?\s+{YEAR_ANY})?(?![\d:])"),
    ("day_month", rf"{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR_ANY})?(?!\d)"),
    ("month_year", rf"(?:{MOD_PREFIX})?{MONTH},?\s+(?:of\s+)?(?:{YEAR_ANY}(?!\d)|(?:this|last|next)\s+year\b)"),
    ("time_day", rf"{TIME_OF_DAY}{ZONE}(?:\s+(?:on\s+)?(?:{WEEKDAY}|{DEICTIC_DAY}|yesterday|(?:this|last)\s+(?:morning|night|evening)))?"),
    ("season_year", rf"(?:(?:the\s+)?(?:{MOD_PREFIX})?{SEASON}\s+(?:of\s+)?{YEAR}|(?:{MOD_PREFIX})?{RELWORD}\s+{SEASON})"),
    ("quarter", rf"(?:(?:{YEAR_REF})'s\s+)?(?:the\s+)?(?:fiscal\s+)?{QUARTER_ORD}(?:-|\s+)(?:fiscal\s+)?(?:quarter|half)(?:\s+of\s+(?:{YEAR_REF}|the\s+year))?"),
    ("quarter_rel", r"(?:the|this|last|next)\s+(?:current\s+|latest\s+|previous\s+|recent\s+|same\s+|fiscal\s+)?(?:quarter|period)\b(?!\s+of\s+a)|(?:the\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?"),
    ("decade", rf"(?:the\s+)?(?:{MOD_PREFIX})?(?:(?:1[0-9]|20)\d0s|'\d0s|(?:the\s+)?(?:{_alt(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))[\s-]century)"),
    ("fiscal_year", rf"fiscal\s+(?:year\s+)?{YEAR_ANY}(?:-\d\d)?"),
    ("weekday", rf"(?:(?:last|next|this|early|late|the\s+previous|the\s+following|the\s+preceding)\s+)?{WEEKDAY}(?:\s+{PART})?(?!,?\s+{MONTH})"),
    ("holiday", rf"(?:(?:last|next|this)\s+)?(?-i:{_alt(h.title().replace('S ', 's ') for h in HOLIDAYS)})(?:\s+{YEAR})?"),
    # relative to the publication date or to the last date mentioned
    ("ago", rf"(?:{APPROX}\s+)?(?:{NUMBER}|{VAGUE})\s+{UNIT_ANY}\s+(?:ago|earlier|later|from\s+now|hence|(?:before|after)(?=\s*[,.;:)]|\s*$))"),
    ("vague_ago", rf"{UNITS_PL}\s+(?:ago|earlier|later|(?:before|after)(?=\s*[,.;:)]|\s*$))"),
    ("anaphoric", rf"(?:(?:earlier|later)\s+(?:that|the\s+same)\s+|that\s+(?:same\s+)?|the\s+{ANA}\s+|(?:the\s+)?(?:day|night|week|month|year)\s+(?:before|after)\s+(?=\w))(?:day|morning|afternoon|evening|night|week|weekend|month|year|quarter)(?:\s+before|\s+after)?"),
    ("relative", rf"(?:{MOD_PREFIX}|(?:earlier|later)\s+)?(?:this|last|next|the\s+coming|the\s+current|this\s+past)\s+(?:(?:week|month|year|weekend|decade|century|quarter)\b|{MONTH}\b|(?:morning|afternoon|evening|night)\b)"),
    ("mod_year", rf"{MOD_PREFIX}{YEAR}"),
    ("spoken_year", rf"(?:the\s+year\s+)?(?:nineteen|twenty)[\s-](?:oh[\s-](?:{_ONES})|{_TEENS}|(?:{_TENS})(?:[\s-](?:{_ONES}))?)(?!\s+(?:people|percent|dollars|times)\b)|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|{_TEENS}))?|the\s+(?:(?:early|late|mid)[\s-])?(?:nineteen[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"),
    ("year", rf"(?:the\s+year\s+)?{YEAR}(?!\s+(?:percent|per\s+cent|people|times)\b)"),
    ("month", rf"(?:{MOD_PREFIX}|(?:this|last|next)\s+)?{MONTH}(?![\w-])"),
    # durations and sets
    ("duration", rf"(?:(?:the|a|this|these)\s+)?(?:{APPROX}\s+)?(?:(?:past|last|next|coming|first|final|previous|recent|remaining|entire|full|whole|same)\s+)?(?:{NUMBER}|{VAGUE})(?:-|\s+)(?:and\s+a\s+half\s+)?{UNIT_ANY}(?:\s+and\s+a\s+half)?(?![\w-]*old\b|\s+old\b)(?<!quarter(?=\s+of\b))(?<!quarters(?=\s+of\b))(?<!second(?=\s+[a-z]))"),
    ("unit_duration", rf"(?:the\s+)?(?:past|last|next|coming|previous|recent|entire|full|whole)\s+(?:few\s+|several\s+)?{UNIT_ANY}(?![\w-])|(?:recent|coming)\s+{UNITS_PL}\b|(?<!the\s)(?:years|decades|months|weeks|centuries)(?=\s+(?:of|ago|to\s+come|later|earlier|before)\b|[,.;]|\s*$)|(?<=for\s)(?:years|decades|months|weeks|days)\b|(?<=the\s)(?:days|weeks|months|years)(?=\s+(?:before|after|following|that\s+followed|ahead|leading)\b)"),
    ("set", rf"(?:every|each|per)\s+(?:other\s+)?(?:{UNIT}|{WEEKDAY}|{PART})|(?:daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|biweekly|fortnightly)\b(?!\s+(?!(?:since|in|at|for|from|to|and|or|but|through|until|by|on|with|as|over|after|before|during|than|the|a|an)\b)[A-Za-z])|(?:once|twice|\w+\s+times)\s+an?\s+{UNIT}"),
    ("deictic", r"(?:{d}|(?-i:Now)(?!,)|(?-i:now)|currently|current(?=\s+(?!account)[a-z])|recently|recent(?=\s+[a-z])|future(?=\s+(?!of\b)[a-z])|nowadays|these\s+days|at\s+present|presently|the\s+present|(?<!as\s)soon(?!\s+(?:as|after|afterwards|thereafter)\b)|right\s+now|the\s+past|the\s+future|in\s+future|(?:the\s+)?(?:near|distant|foreseeable)\s+future|lately|once\s+again)".format(d=DEICTIC_DAY)),
    ("part_of_day", rf"(?:this|that|the|last|tomorrow|yesterday)\s+{PART}"),
    ("weekend", r"the\s+weekend"),
    ("the_period", r"(?:the\s+(?:end|close)\s+of\s+(?:the\s+)?)?(?:year|year's|month|month's)[\s-]end|the\s+(?:end|close)\s+of\s+the\s+(?:year|month|week|quarter)|the\s+(?:current\s+|latest\s+|full\s+|same\s+)?(?:fiscal\s+)?(?:year|week)(?!\s+(?:two|before|after|earlier|later|ago)\b)|(?:the\s+)?(?:early\s+|late\s+)?(?-i:summer|spring|winter|autumn)(?=\s*[,.;]|\s+(?:when|as|and|of|in|to|before|after)\b)|the\s+(?:near|short)\s+term"),
]

_MASTER = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in RULES) + r")(?=['’]s\b|['’](?!\w)|[^\w'’-]|-(?=-)|$)",
    re.IGNORECASE,
)

# Tense cues for the clause around an expression (English news, no tagger needed).
_FUTURE = re.compile(
    r"\b(?:(?:will|shall|would|is\s+to|are\s+to|to)\s+(?:not\s+)?(?:be|have\s+been)\s+\w+ed\b|(?:will|shall)\s+(?:not\s+)?be\s+(?:held|met|made|given|taken|seen|done|sent|led|set)\b|will|won't|shall|'ll|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|expects?\s+to|expected\s+to|"
    r"is\s+(?:set|due|scheduled)\s+to|are\s+(?:set|due|scheduled)\s+to|scheduled|upcoming|next|may|might|"
    r"could|hopes?\s+to|aims?\s+to|is\s+to|are\s+to|would\s+(?:likely\s+)?(?:attend|visit|meet|travel|hold|be\s+held))\b",
    re.IGNORECASE,
)
# Reporting verbs say when something was said, not when what was said happens
# ("said the offer expires Nov. 6"): they count for weekdays ("said Friday")
# but not for the year of a month or a date.
_REPORTING = re.compile(r"\b(?:said|told|says|added|announced|reported|stated)\b", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:was|were|had|did|been|ago|last|earlier|previously|since|"
    r"met|spoke|went|came|took|made|gave|held|saw|began|left|became|got|ran|sent|won|lost|fell|rose|paid|"
    r"sold|bought|brought|thought|found|kept|led|hit|cut|put|grew|knew|wrote|flew|drove|chose|sought|"
    r"\w{2,}(?<!need)(?<!feed)(?<!speed)(?<!seed)ed)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")
_ABBREV_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"No|Inc|Corp|Co|Ltd|Jr|Sr|vs|U\.S|a\.m|p\.m|[A-Z])\.)$"
)
_SIGNAL = re.compile(
    r"(?:\b(since|until|till|by|before|after|from|on|in|during|at|through|throughout|between|for|over|within|"
    r"as\s+of|ahead\s+of|as\s+early\s+as|as\s+late\s+as|of|to)\s+)$",
    re.IGNORECASE,
)


# =========================================================================== date algebra


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _unit_start(gran: str, d: date) -> date:
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


def _shift(gran: str, d: date, n: int) -> date:
    """``d`` (the start of a ``gran`` unit) moved by ``n`` units."""
    if gran == "day":
        return d + timedelta(days=n)
    if gran in ("week", "weekend"):
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120, "century": 1200}[gran]
    return _add_months(d, months * n)


def _unit_end(gran: str, d: date) -> date:
    """Last day (inclusive) of the ``gran`` unit starting at ``d``."""
    if gran == "day":
        return d
    if gran == "week":
        return d + timedelta(days=6)
    if gran == "weekend":
        return d + timedelta(days=6)
    if gran == "season":
        return _add_months(d, 3) - timedelta(days=1)
    return _shift(gran, d, 1) - timedelta(days=1)


def _value(gran: str, d: date, season: str = "") -> str:
    """The TIMEX3 value of the unit starting at ``d``."""
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if gran == "weekend":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}-WE"
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "season":
        return f"{d.year:04d}-{season}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(gran)


@dataclass
class _Resolved:
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

    @classmethod
    def unit(cls, gran: str, d: date, *, type: str = "DATE", suffix: str = "", mod: str = "", anchor: str = "",
             season: str = "") -> "_Resolved":
        part = ""
        if suffix in ("TMO", "TAF", "TEV", "TNI"):
            # TimeBank mostly gives "Thursday night" the day's value; the part of day is kept apart
            part, suffix, type = suffix[1:], "", "DATE"
        start = _unit_start(gran, d) if gran != "season" else d
        end = _unit_end(gran, start)
        if gran == "weekend":
            start = start + timedelta(days=5)
        return cls(type, _value(gran, start if gran != "weekend" else start - timedelta(days=5), season) + suffix,
                   gran, start, end, mod, anchor, part)


# =========================================================================== context


@dataclass
class _Context:
    """What resolution needs: the publication date, the text, sentence spans and the last date mentioned."""

    dct: date
    text: str
    sentences: list[tuple[int, int]]
    last: _Resolved | None = None
    last_quarter: _Resolved | None = None
    last_day: _Resolved | None = None
    last_day_sentence: int = -99
    history: list | None = None

    def antecedent(self, gran: str) -> _Resolved | None:
        """The last date mentioned that is at least as precise as ``gran`` (or None)."""
        need = _GRAN_ORDER.index("week" if gran == "weekend" else gran)
        for earlier in reversed(self.history or []):
            g = earlier.gran if earlier.gran in _GRAN_ORDER else "day"
            if _GRAN_ORDER.index(g) >= need:
                return earlier
        return None
    _tense_cache: dict | None = None

    def sentence_of(self, pos: int) -> int:
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def tense(self, start: int, end: int, reporting: bool = True) -> str:
        """past / future / mixed / present: the verbs of the sentence around ``start:end``.

        With ``reporting=False`` the reporting verbs (said, told ...) are not
        counted as past: the tense of what is reported, not of the report.
        """
        if self._tense_cache is None:
            self._tense_cache = {}
        i = self.sentence_of(start)
        if i not in self._tense_cache:
            s, e = self.sentences[i] if self.sentences else (0, len(self.text))
            markers = [(m.start(), m.end(), "future") for m in _FUTURE.finditer(self.text, s, e)]
            # a participle inside a future ("will be held") is not a past tense
            markers += [(m.start(), m.end(), kind)
                        for kind, pattern in (("past", _PAST), ("reporting", _REPORTING))
                        for m in pattern.finditer(self.text, s, e)
                        if not any(a <= m.start() < b for a, b, _ in markers)]
            self._tense_cache[i] = markers
        # the expression itself ("last week", "next year") says nothing of the verbs;
        # of the others, the nearest one decides
        best: dict[str, int] = {}
        for a, b, k in self._tense_cache[i]:
            if start < b and a < end:
                continue
            if k == "reporting":
                if not reporting:
                    continue
                k = "past"
            distance = start - b if b <= start else a - end
            best[k] = min(best.get(k, distance), distance)
        if not best:
            return "present"
        tense = min(best, key=best.get)
        # a verb close by is a firm cue; one far off in a long sentence a weak one
        return tense if best[tense] <= TENSE_NEAR else f"{tense}?"


def _fast_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans by punctuation, for tense and same-sentence links (fast, no pysbd)."""
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group().strip() == "" and "\n" not in m.group() and _ABBREV_END.search(text, max(pos, m.start() - 6), m.start()):
            continue
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return spans or [(start, end)]


# =========================================================================== resolvers


def _int(word: str) -> float | None:
    """A number written in digits or words ("seven", "twenty-four", "5 1/2"), or None if vague."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", w):
        return float(w.replace(",", ""))
    m = re.fullmatch(r"(\d+) 1/2", w)
    if m:
        return int(m.group(1)) + 0.5
    parts = re.split(r"[\s-]", w)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration_value(n: float | None, unit_word: str) -> str:
    unit = unit_word.lower().rstrip("s") if unit_word.lower() != "centuries" else "century"
    letter, is_time, _ = UNITS[unit]
    factor = UNIT_FACTOR.get(unit, 1)
    if n is None:
        amount = "X"
    else:
        total = n * factor
        whole = int(total)
        if total != whole:  # 5 1/2 hours -> PT5H30M, a year and a half -> P1Y6M
            smaller = {"Y": ("M", 12), "M": ("S", 60) if is_time else ("D", 30), "H": ("M", 60), "D": ("H", 24),
                       "W": ("D", 7), "S": ("S", 1)}
            small_letter, mult = smaller.get(letter, (letter, 1))
            rest = _fmt_number((total - whole) * mult)
            head = f"{whole}{letter}" if whole else ""
            if is_time or small_letter == "H":
                return f"PT{head}{rest}{small_letter}" if is_time else f"P{head}T{rest}H"
            return f"P{head}{rest}{small_letter}"
        amount = _fmt_number(total)
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


#: How much closer an occurrence against the tense must be to win over one that fits it.
#: "They met in November" (published in September) is last November, but
#: "said the offer expires Jan. 14" (published 7 January) is next week.
TENSE_WEIGHT_MONTH = 8
TENSE_WEIGHT_WEEKDAY = 3
#: Characters within which a tense cue is firm; farther cues weigh TENSE_WEIGHT_WEAK.
TENSE_NEAR = 30
TENSE_WEIGHT_WEAK = 3


def _nearest_by_tense(candidates: list[date], ref: date, tense: str, weight: float) -> date:
    """The candidate nearest to ``ref``, occurrences on the wrong side of the tense counted ``weight`` times farther."""
    if tense.endswith("?"):
        tense, weight = tense[:-1], min(weight, TENSE_WEIGHT_WEAK)

    def cost(c: date) -> tuple[float, bool]:
        distance = abs((c - ref).days)
        wrong = (tense == "past" and c > ref) or (tense == "future" and c < ref)
        # ties: the future only when the sentence speaks of it
        return (distance * (weight if wrong else 1), (c < ref) if tense in ("future", "mixed") else (c > ref))
    return min(candidates, key=cost)


def _resolve_month(month: int, ctx: _Context, tense: str, day: int | None = None) -> date:
    """The year of a month (and day) named without one: the occurrence nearest the
    publication date, with the tense of the sentence weighing against the other side.

    ``tense="since"`` (after "since") takes the last occurrence not after it.
    (A year written just before, "In 1988, ... in April", is not used: on
    TempEval-3 that narrative reading did worse than the publication date.)
    """
    dct = ctx.dct

    def make(y: int) -> date:
        return date(y, month, min(day or 1, calendar.monthrange(y, month)[1]))


    ref = dct if day else dct.replace(day=1)
    if tense == "since":
        this = make(dct.year)
        return this if this <= ref else make(dct.year - 1)
    return _nearest_by_tense([make(dct.year - 1), make(dct.year), make(dct.year + 1)], ref, tense, TENSE_WEIGHT_MONTH)


def _resolve_weekday(weekday: int, ctx: _Context, tense: str, rel: str = "") -> date:
    dct = ctx.dct
    delta = weekday - dct.weekday()
    if rel in ("last", "previous", "preceding"):
        return dct + timedelta(days=delta - 7 if delta >= 0 else delta)
    if rel in ("next", "following", "coming"):
        return dct + timedelta(days=delta + 7 if delta <= 0 else delta)
    if rel == "this":
        return dct + timedelta(days=delta)
    if delta == 0:
        return dct
    past = dct + timedelta(days=delta - 7 if delta > 0 else delta)
    future = dct + timedelta(days=delta + 7 if delta < 0 else delta)
    if tense == "present":  # news reports what happened: with no cue, lean to the past
        return _nearest_by_tense([past, future], dct, "past?", 2)
    return _nearest_by_tense([past, future], dct, tense, TENSE_WEIGHT_WEEKDAY)


def _year_of(text: str) -> int:
    return int(re.search(r"\d{4}", text).group())


def _mod(text: str) -> str:
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


def _quarter_of(dct: date) -> date:
    return _unit_start("quarter", dct)


def _resolve(rule: str, m: re.Match, ctx: _Context, start: int, end: int) -> _Resolved | None:
    """The meaning of one match of ``rule``; None drops the match."""
    s = m.group(0)
    low = re.sub(r"\s+", " ", s.lower())
    dct = ctx.dct
    tense = lambda: ctx.tense(start, end).rstrip("?")  # noqa: E731 - computed only when a rule needs it

    if rule == "iso_date":
        d = date.fromisoformat(s[:10])
        return _Resolved.unit("day", d, type="TIME" if "T" in s else "DATE",
                              suffix=s[10:16] if "T" in s else "")
    if rule == "numeric_date":
        mo, dd, yy = (int(x) for x in s.split("/"))
        yy = yy + (2000 if yy < 50 else 1900) if yy < 100 else yy
        if not (1 <= mo <= 12 and 1 <= dd <= calendar.monthrange(yy, mo)[1]):
            return None
        return _Resolved.unit("day", date(yy, mo, dd))
    if rule in ("weekday_month_day", "month_day", "day_month"):
        month_word = re.search(MONTH, s).group()
        month = _month_of(month_word)
        rest = s.replace(month_word, " ", 1)
        nums = re.findall(r"\d+", rest)
        day = int(nums[0]) if rule != "weekday_month_day" or nums else None
        if rule == "weekday_month_day":
            day = int(nums[0])
        year = int(nums[1]) if len(nums) > 1 else None
        if day is None or day > 31:
            return None
        if year is None:
            d = _resolve_month(month, ctx, ctx.tense(start, end, reporting=False), day)
            year = d.year
        if day > calendar.monthrange(year, month)[1]:
            return None
        return _Resolved.unit("day", date(year, month, day), mod=_mod(s[: s.find(month_word)]),
                              anchor="" if len(nums) > 1 else "dct")
    if rule == "month_year":
        month = _month_of(re.search(MONTH, s).group())
        if re.search(r"\d{4}", s):
            return _Resolved.unit("month", date(_year_of(s), month, 1), mod=_mod(s))
        year = dct.year + (-1 if "last year" in low else 1 if "next year" in low else 0)
        return _Resolved.unit("month", date(year, month, 1), mod=_mod(s), anchor="dct")
    if rule == "time_day":
        return _resolve_time(s, ctx, tense)
    if rule == "season_year":
        season_word = re.search(SEASON, s, re.I).group().lower()
        code = SEASONS[season_word]
        first, _ = SEASON_MONTHS[code]
        if re.search(r"\d{4}", s):
            year = _year_of(s)
        else:
            rel = re.search(RELWORD, low).group()
            current = dct.year if dct.month >= first or code != "WI" else dct.year - 1
            in_season = date(current, first, 1) <= dct
            year = {"last": current - 1 if in_season else current - 1, "next": current + 1 if in_season else current}.get(rel, current)
            if rel == "last" and not in_season:
                year = current - 1
        return _Resolved.unit("season", date(year, first, 1), season=code, mod=_mod(s), anchor="dct")
    if rule == "quarter":
        return _resolve_quarter(s, low, ctx, tense)
    if rule == "quarter_rel":
        return _resolve_quarter_rel(low, ctx)
    if rule == "decade":
        if "centur" in low:
            ordinal = re.search(rf"{_alt(ORDINALS)}|\d+", low).group()
            n = ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
            return _Resolved.unit("century", date(max((n - 1) * 100, 1), 1, 1), mod=_mod(s))
        digits = re.search(r"(\d+)0s", s)
        if digits and len(digits.group(1)) == 3:
            year = int(digits.group(1)) * 10
        else:  # '90s: the decade in the century nearest the publication date
            year = (dct.year // 100) * 100 + int(re.search(r"'(\d)0s", s).group(1)) * 10
            if year > dct.year:
                year -= 100
        return _Resolved.unit("decade", date(year, 1, 1), mod=_mod(s))
    if rule == "fiscal_year":
        return _Resolved.unit("year", date(_year_of(s), 1, 1))
    if rule == "weekday":
        wd_word = re.search(WEEKDAY, s).group().lower()
        words = low.replace("the ", "").split()
        rel = words[0] if words[0] in ("last", "next", "this", "previous", "following", "preceding") else ""
        d = _resolve_weekday(WEEKDAYS[wd_word], ctx, ctx.tense(start, end), rel)
        part = re.search(PART, low)
        if part:
            return _Resolved.unit("day", d, type="TIME", suffix="T" + PARTS_OF_DAY[part.group()], anchor="dct")
        return _Resolved.unit("day", d, mod=_mod(low.split()[0]) if low.split()[0] in ("early", "late") else "",
                              anchor="dct")
    if rule == "holiday":
        return _resolve_holiday(low, ctx, tense)
    if rule in ("ago", "vague_ago"):
        return _resolve_ago(rule, s, low, ctx)
    if rule == "anaphoric":
        return _resolve_anaphoric(low, ctx)
    if rule == "relative":
        return _resolve_relative(s, low, ctx, tense)
    if rule == "spoken_year":
        return _resolve_spoken_year(low, ctx)
    if rule == "mod_year":
        return _Resolved.unit("year", date(_year_of(s), 1, 1), mod=_mod(s))
    if rule == "year":
        year = _year_of(s)
        return _Resolved.unit("year", date(year, 1, 1))
    if rule == "month":
        month_word = re.search(MONTH, s).group()
        if month_word in ("May", "MAY") and low == "may":  # the month only after a preposition
            before = ctx.text[max(0, start - 12):start].lower()
            if not re.search(r"\b(?:in|since|until|by|of|early|late|mid|during|through|from|to|last|next|this)\s+$", before):
                return None
        if month_word in ("March", "MARCH") and low == "march":
            before = ctx.text[max(0, start - 12):start].lower()
            after = ctx.text[end:end + 12].lower()
            if not re.search(r"\b(?:in|since|until|by|of|early|late|mid|during|through|from|to|last|next|this|the)\s+$", before) \
                    and not re.match(r"\s+(?:\d|summit|meeting|talks|visit|election|deadline|agreement|statement)", after):
                return None
        month = _month_of(month_word)
        rel = low.split()[0] if low.split()[0] in ("last", "next", "this") else ""
        if rel == "last":
            d = date(dct.year if month < dct.month else dct.year - 1, month, 1)
        elif rel == "next":
            d = date(dct.year if month > dct.month else dct.year + 1, month, 1)
        elif rel == "this":
            d = date(dct.year, month, 1)
        else:
            signal = _SIGNAL.search(ctx.text, max(0, start - 16), start)
            t = "since" if signal and signal.group(1).lower() == "since" else ctx.tense(start, end, reporting=False)
            d = _resolve_month(month, ctx, t)
        return _Resolved.unit("month", d, mod=_mod(low) if not rel else "", anchor="dct")
    if rule == "deictic":
        return _resolve_deictic(low, ctx)
    if rule == "weekend":
        t = tense()
        dct = ctx.dct
        back = dct - timedelta(days=(dct.weekday() - 5) % 7)  # the last Saturday, or today
        ahead = back if dct.weekday() >= 5 else back + timedelta(days=7)
        return _Resolved.unit("weekend", ahead if t == "future" else back, anchor="dct")
    if rule == "the_period":
        before = ctx.text[max(0, start - 12):start].lower()
        if low in ("the year", "the fiscal year") and re.search(r"\b(?:for|during|over|throughout)\s+$", before):
            return _Resolved("DURATION", "P1Y", "", None, None)  # "for the year": a length of time
        return _resolve_the_period(low, ctx, tense)
    if rule == "part_of_day":
        return _resolve_part_of_day(low, ctx, start, end)
    if rule == "duration":
        return _resolve_duration(s, low, ctx)
    if rule == "unit_duration":
        return _resolve_unit_duration(low, ctx)
    if rule == "set":
        return _resolve_set(low)
    return None


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _resolve_the_period(low: str, ctx: _Context, tense) -> _Resolved | None:
    """"the year", "the fiscal year", "year-end", "the end of the month", "the summer", "the near term"."""
    dct = ctx.dct
    if low.endswith("term"):
        return _Resolved("DATE", "FUTURE_REF", "", None, None, "", "dct")
    season = re.search(SEASON, low)
    if season:
        code = SEASONS[season.group()]
        first = SEASON_MONTHS[code][0]
        year = dct.year if date(dct.year, first, 1) <= dct or tense() != "past" else dct.year - 1
        return _Resolved.unit("season", date(year, first, 1), season=code, mod=_mod(low), anchor="dct")
    gran = "week" if "week" in low else "month" if "month" in low else "quarter" if "quarter" in low else "year"
    end = "end" in low or "close" in low
    base = ctx.antecedent(gran) if ("the year" in low or "the fiscal year" in low) and not end else None
    start = _unit_start(gran, base.start if base is not None and base.anchor == "" else dct)
    return _Resolved.unit(gran, start, mod="END" if end else "", anchor="dct" if base is None else "previous")


def _resolve_spoken_year(low: str, ctx: _Context) -> _Resolved | None:
    """"nineteen ninety-six", "the year two thousand", "the nineties"."""
    words = re.sub(r"^the\s+year\s+|^the\s+", "", low).replace("-", " ").split()
    if words and words[-1] in _DECADE_WORDS:
        century = 1900 if words[0] == "nineteen" or (ctx.dct.year // 100 == 19) else (ctx.dct.year // 100) * 100
        year = century + 10 * _DECADE_WORDS[words[-1]]
        if year > ctx.dct.year:
            year -= 100
        return _Resolved.unit("decade", date(year, 1, 1), mod=_mod(low))
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + (sum(NUMBER_WORDS[w] for w in rest) if rest else 0)
    else:
        century = NUMBER_WORDS[words[0]] * 100
        rest = [w for w in words[1:] if w != "oh"]
        if rest == ["hundred"]:
            year = century
        else:
            year = century + sum(NUMBER_WORDS[w] for w in rest)
    return _Resolved.unit("year", date(year, 1, 1))


def _resolve_time(s: str, ctx: _Context, tense) -> _Resolved | None:
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
    if wd:
        day = _resolve_weekday(WEEKDAYS[wd.group().lower()], ctx, tense())
    elif "yesterday" in low or "last night" in low:
        day = ctx.dct - timedelta(days=1)
    elif "tomorrow" in low:
        day = ctx.dct + timedelta(days=1)
    elif ctx.last is not None and ctx.last.gran == "day" and not re.search(r"today|tonight|this", low):
        day = ctx.last.start  # "at 9 p.m." after a named day is on that day
    return _Resolved.unit("day", day, type="TIME", suffix=f"T{hh:02d}:{mm:02d}", anchor="dct")


def _resolve_quarter(s: str, low: str, ctx: _Context, tense) -> _Resolved:
    ordinal = re.search(QUARTER_ORD, low).group()
    half = "half" in low
    n = {"final": 4 if not half else 2, "last": 4 if not half else 2}.get(ordinal) or ORDINALS[ordinal]
    year_match = re.search(r"\d{4}", s)
    dct = ctx.dct
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
        if date(year, first_month, 1) > dct and tense() == "past":
            year -= 1  # a quarter still ahead cannot have happened
    gran = "half" if half else "quarter"
    res = _Resolved.unit(gran, date(year, (n - 1) * (6 if half else 3) + 1, 1), anchor="dct")
    return res


def _resolve_quarter_rel(low: str, ctx: _Context) -> _Resolved:
    dct = ctx.dct
    current = _quarter_of(dct)
    completed = _shift("quarter", current, -1)
    base = ctx.last_quarter.start if ctx.last_quarter is not None else completed
    if "year-ago" in low or "year-earlier" in low:
        return _Resolved.unit("quarter", _shift("year", base, -1), anchor="previous")
    if "latest" in low or "recent" in low:
        return _Resolved.unit("quarter", completed, anchor="dct")
    if "current" in low or low.startswith("this"):
        return _Resolved.unit("quarter", current, anchor="dct")
    if "previous" in low or low.startswith("last"):
        return _Resolved.unit("quarter", _shift("quarter", base if ctx.last_quarter else current, -1), anchor="dct")
    if low.startswith("next"):
        return _Resolved.unit("quarter", _shift("quarter", current, 1), anchor="dct")
    return _Resolved.unit("quarter", base, anchor="previous" if ctx.last_quarter else "dct")


def _resolve_holiday(low: str, ctx: _Context, tense) -> _Resolved | None:
    name = re.sub(r"^(?:last|next|this)\s+|\s+\d{4}$", "", low).replace("’", "'")
    year_match = re.search(r"\d{4}$", low)

    def on(year: int) -> date:
        fixed = HOLIDAYS.get(name)
        if fixed:
            return date(year, *fixed)
        if name.startswith("thanksgiving"):
            first = date(year, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return _easter(year)

    if name not in HOLIDAYS:
        return None
    if year_match:
        return _Resolved.unit("day", on(int(year_match.group())))
    dct = ctx.dct
    if low.startswith("last"):
        d = on(dct.year) if on(dct.year) < dct else on(dct.year - 1)
    elif low.startswith("next"):
        d = on(dct.year) if on(dct.year) > dct else on(dct.year + 1)
    else:
        d = _nearest_by_tense([on(dct.year - 1), on(dct.year), on(dct.year + 1)], dct, tense(), TENSE_WEIGHT_MONTH)
    return _Resolved.unit("day", d, anchor="dct")


def _easter(year: int) -> date:
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


def _resolve_ago(rule: str, s: str, low: str, ctx: _Context) -> _Resolved:
    unit_word = re.search(rf"{UNIT_ANY}(?=\s+(?:ago|earlier|later|before|after|from|hence|previously))", low).group()
    unit = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    direction = 1 if re.search(r"later|after|from now|hence", low) else -1
    from_dct = bool(re.search(r"ago|from now|hence", low))
    unit_gran = {"fortnight": "week", "weekend": "week", "decade": "year", "century": "year"}.get(unit, UNITS.get(unit, ("", False, "day"))[2])
    base = None if from_dct else (ctx.antecedent(unit_gran) if unit_gran in _GRAN_ORDER else None) or ctx.last
    if rule == "vague_ago":
        # "weeks earlier": a few units before the reference, as an interval (value PAST_REF/FUTURE_REF)
        ref = ctx.dct if base is None else base.start
        ref_end = ctx.dct if base is None else base.end
        step = {"second": 0, "minute": 0, "hour": 0, "day": 1, "week": 7, "month": 30, "quarter": 91,
                "year": 365, "decade": 3650, "century": 36500, "weekend": 7, "fortnight": 14}.get(unit, 1)
        if direction < 0:
            start, end = ref - timedelta(days=9 * step), ref - timedelta(days=max(step, 1))
        else:
            start, end = ref_end + timedelta(days=max(step, 1)), ref_end + timedelta(days=9 * step)
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return _Resolved("DATE", value, "day", start, end, "APPROX", "previous" if base else "dct")
    number_match = re.match(rf"(?:{APPROX}\s+)?({NUMBER}|{VAGUE})\s", low)
    n = _int(number_match.group(1)) if number_match else None
    if n is None or not float(n).is_integer() or unit in ("second", "minute", "hour"):
        # "a few years ago" / "90 minutes later": reference words, no date
        return _Resolved("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "", None, None, _mod(low),
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
        ref_start = _unit_start(gran, ctx.dct) if gran != "season" else ctx.dct
        if gran == "year" and ctx.last_quarter is not None and ctx.last is ctx.last_quarter:
            ref_gran, ref_start = "quarter", ctx.last_quarter.start
        return _Resolved.unit(ref_gran, _shift(gran if gran == ref_gran else "year", ref_start, n),
                              mod=_mod(low), anchor="dct")
    # "two days later", "a year earlier": move the last date mentioned, keeping its precision
    ref_gran = base.gran if base.gran in _GRAN_ORDER else "day"
    months = {"year": 12, "quarter": 3, "month": 1}.get(gran)
    if months:
        d = _add_months(base.start, months * n)
    else:
        d = base.start + timedelta(days=n * (7 if gran == "week" else 1))
    if ref_gran in ("century", "decade"):
        ref_gran = "year"
    if ref_gran == "season":
        ref_gran = "month"
    return _Resolved.unit(ref_gran, d, mod=_mod(low), anchor="previous")


def _resolve_anaphoric(low: str, ctx: _Context) -> _Resolved:
    """"the following year", "that day", "the next morning": relative to the last date mentioned."""
    unit_word = re.search(r"(day|morning|afternoon|evening|night|weekend|week|month|year|quarter)(?:\s+(?:before|after))?$", low).group(1)
    part = PARTS_OF_DAY.get(unit_word)
    gran = "day" if part else unit_word
    if re.search(r"following|next|after", low):
        n = 1
    elif re.search(r"previous|preceding|prior|before", low):
        n = -1
    else:
        n = 0  # that day, the same year, later that month
    base = ctx.antecedent(gran)
    base_start, anchor = (base.start, "previous") if base is not None else (ctx.dct, "dct")
    d = _shift(gran, _unit_start(gran, base_start), n)
    res = _Resolved.unit(gran, d, type="TIME" if part else "DATE", suffix=f"T{part}" if part else "",
                         mod=_mod(low.split()[0]) if low.startswith(("earlier", "later")) else "", anchor=anchor)
    return res


def _resolve_relative(s: str, low: str, ctx: _Context, tense) -> _Resolved | None:
    """"last week", "this year", "next month", "the coming year", "early next year", "last March"."""
    dct = ctx.dct
    rel_match = re.search(r"(this past|the past|the coming|the current|this|last|next)\s+(\S+)$", low)
    if not rel_match:
        return None
    rel, word = rel_match.group(1), rel_match.group(2)
    mod = _mod(low[: rel_match.start()]) if rel_match.start() else ""
    if word in PARTS_OF_DAY:
        d = dct - timedelta(days=1) if rel == "last" else dct + timedelta(days=1) if rel == "next" else dct
        return _Resolved.unit("day", d, type="TIME", suffix="T" + PARTS_OF_DAY[word], anchor="dct")
    if word.rstrip(".").lower() in MONTHS:
        month = _month_of(word)
        if rel in ("last", "this past", "the past"):
            d = date(dct.year if month < dct.month else dct.year - 1, month, 1)
        elif rel in ("next", "the coming"):
            d = date(dct.year if month > dct.month else dct.year + 1, month, 1)
        else:
            d = date(dct.year, month, 1)
        return _Resolved.unit("month", d, mod=mod, anchor="dct")
    gran = word
    if rel == "the past" and gran in ("week", "month", "year", "decade", "century", "quarter"):
        return None  # "the past year" is a duration, handled by the duration rules
    n = {"last": -1, "this past": -1, "next": 1, "the coming": 1}.get(rel, 0)
    if gran == "weekend":
        # the weekend before (last, this past) or after (next) the publication date
        sat = dct + timedelta(days=(5 - dct.weekday()) % 7)
        if rel in ("last", "this past") or (rel == "this" and tense() == "past"):
            sat = dct - timedelta(days=(dct.weekday() - 5) % 7 or 7) if dct.weekday() < 5 else dct - timedelta(days=dct.weekday() - 5)
            if rel == "last" and dct.weekday() >= 5:
                sat -= timedelta(days=7)
        elif rel == "next":
            sat = sat if dct.weekday() < 5 else sat + timedelta(days=7)
        return _Resolved.unit("weekend", sat, mod=mod, anchor="dct")
    start = _shift(gran, _unit_start(gran, dct), n)
    return _Resolved.unit(gran, start, mod=mod, anchor="dct")


def _resolve_deictic(low: str, ctx: _Context) -> _Resolved:
    dct = ctx.dct
    if low in ("today", "tonight"):
        return _Resolved.unit("day", dct, type="TIME" if low == "tonight" else "DATE",
                              suffix="TNI" if low == "tonight" else "", anchor="dct")
    if low == "yesterday":
        return _Resolved.unit("day", dct - timedelta(days=1), anchor="dct")
    if low == "tomorrow":
        return _Resolved.unit("day", dct + timedelta(days=1), anchor="dct")
    if low in ("now", "right now", "currently", "nowadays", "these days", "at present", "presently", "the present") or low.startswith("current"):
        r = _Resolved("DATE", "PRESENT_REF", "day", dct, dct, "", "dct")
        return r
    if low == "future":
        return _Resolved("DATE", "FUTURE_REF", "", None, None, "", "dct")
    if low in ("recently", "lately", "the past") or low.startswith("recent"):
        return _Resolved("DATE", "PAST_REF", "", None, None, "", "dct")
    if low == "once again":
        return None
    return _Resolved("DATE", "FUTURE_REF", "", None, None, "", "dct")


def _resolve_part_of_day(low: str, ctx: _Context, start: int, end: int) -> _Resolved:
    first, part = low.split()[0], low.split()[-1]
    code = PARTS_OF_DAY[part]
    dct = ctx.dct
    if first == "yesterday" or first == "last":
        d, anchor = dct - timedelta(days=1), "dct"
    elif first == "tomorrow":
        d, anchor = dct + timedelta(days=1), "dct"
    elif first == "this":
        d, anchor = dct, "dct"
    elif ctx.last_day is not None and ctx.sentence_of(start) - ctx.last_day_sentence <= 2:
        d, anchor = ctx.last_day.start, "previous"  # "the evening" of a day named just before
    elif ctx.tense(start, end) == "past":
        # no day named nearby: which evening is not known
        return _Resolved("TIME", f"XXXX-XX-XXT{code}", "", None, None, "", "")
    else:
        d, anchor = dct, "dct"
    return _Resolved.unit("day", d, type="TIME", suffix="T" + code, anchor=anchor)


def _resolve_duration(s: str, low: str, ctx: _Context) -> _Resolved | None:
    unit_match = re.search(rf"({UNIT_ANY})(?:\s+and\s+a\s+half)?$", low)
    if not unit_match:
        return None
    unit_word = unit_match.group(1)
    number_match = re.search(rf"(?:^|\s)({NUMBER}|{VAGUE})(?:-|\s+)(?:and\s+a\s+half\s+)?{re.escape(unit_word)}", low)
    if not number_match:
        return None
    word = number_match.group(1)
    n = _int(word)
    if n is None:
        reference = _vague_reference(low, unit_word)
        if reference is not None:
            return reference
    if word in ("a", "an") and re.match(r"(?:the|this|these)\s", low):
        return None
    if "and a half" in low and n is not None:
        n += 0.5
    if n is not None and n > 1000:  # "2,000 years" of history is not a span a news event has
        return None
    unit = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    if unit == "quarter" and n is not None and n < 1:
        return None
    return _Resolved("DURATION", _duration_value(n, unit_word), "", None, None, _mod(low))


_VAGUE_PAST = re.compile(r"\brecent\b")
_VAGUE_FUTURE = re.compile(r"\bcoming\b")


def _vague_reference(low: str, unit_word: str) -> _Resolved | None:
    """"recent years", "the past few months", "the coming weeks": a reference word, not a length (TimeBank)."""
    if not (unit_word.endswith("s") or unit_word == "centuries"):
        return None
    if _VAGUE_PAST.search(low):
        return _Resolved("DATE", "PAST_REF", "", None, None, "", "dct")
    if _VAGUE_FUTURE.search(low):
        return _Resolved("DATE", "FUTURE_REF", "", None, None, "", "dct")
    return None


def _resolve_unit_duration(low: str, ctx: _Context) -> _Resolved | None:
    m = re.search(rf"({UNIT_ANY})$", low)
    if not m:
        return None
    unit_word = m.group(1)
    reference = _vague_reference(low, unit_word)
    if reference is not None:
        return reference
    vague = unit_word.endswith("s") or "few" in low or "several" in low
    value = _duration_value(None if vague else 1, unit_word)
    return _Resolved("DURATION", value, "", None, None, "")


def _resolve_set(low: str) -> _Resolved | None:
    adverbs = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
               "yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H", "biweekly": "P2W", "fortnightly": "P2W"}
    if low in adverbs:
        return _Resolved("SET", adverbs[low], "", None, None, "")
    wd = re.search(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", low)
    if wd:
        return _Resolved("SET", f"XXXX-WXX-{WEEKDAYS[wd.group(1)] + 1}", "", None, None, "")
    part = re.search(PART + "$", low)
    if part:
        return _Resolved("SET", f"T{PARTS_OF_DAY[part.group()]}", "", None, None, "")
    unit_word = re.search(rf"({UNIT})$", low).group(1)
    value = _duration_value(2 if "other" in low else 1, unit_word)
    return _Resolved("SET", value, "", None, None, "")


# =========================================================================== tag_dates

DATE_COLUMNS = [
    "start", "end", "expression", "type", "value", "date_start", "date_end", "granularity", "part_of_day",
    "mod", "anchor", "signal", "tense", "sentence", "rule",
]


_PRENOMINAL = re.compile(rf"(?:a|an|the)\s+(?=(?:\d|{_NUM_WORD})\S*(?:-|\s+)(?:{UNIT})$|{QUARTER_ORD}-quarter$)", re.IGNORECASE)
_PER_QUANTITY = re.compile(r"(?:\d[\d,.]*|\w+s)\s+$")
_NOT_QUANTITIES = {"was", "is", "has", "takes", "lasts", "needs", "spends", "as", "its", "this", "his", "times", "was"}


def _trim_extent(rule: str, text: str, s: int, e: int, resolved: _Resolved, ctx: _Context):
    """TimeBank extents: "a 16-hour (flight)" is "16-hour"; "four flights a week" is a SET."""
    if rule in ("duration", "quarter"):
        m = _PRENOMINAL.match(text, s, e)
        if m:
            return m.end(), resolved
    if rule == "duration" and re.fullmatch(r"an?\s+\w+", text[s:e], re.IGNORECASE):
        before = text[max(0, s - 24):s]
        quantity = _PER_QUANTITY.search(before)
        if quantity and quantity.group().strip().lower() not in _NOT_QUANTITIES:
            return s, _Resolved("SET", resolved.value, "", None, None, "")
    return s, resolved


def _as_date(published) -> date:
    if published is None or (isinstance(published, float) and published != published):
        raise TimelineInputError("published date is missing; tag_dates needs the publication date to resolve dates")
    try:
        stamp = pd.Timestamp(published)
    except (ValueError, TypeError) as exc:
        raise TimelineInputError(f"published date {published!r} is not a date ({exc})") from None
    if stamp is pd.NaT or pd.isna(stamp):
        raise TimelineInputError(f"published date {published!r} is not a date")
    return date(stamp.year, stamp.month, stamp.day)


def tag_dates(
    text: str,
    published,
    start: int = 0,
    end: int | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> pd.DataFrame:
    """Temporal expressions in ``text[start:end]``, resolved against ``published``.

    One row per expression: ``start, end`` (offsets into ``text``),
    ``expression`` (``text[start:end]``, TIMEX3 extent: no leading
    preposition, modifiers such as "early" or "about" included), ``type``
    (DATE / TIME / DURATION / SET), ``value`` (TIMEX3: 2021-09-09, 2021-W35,
    2021-03, 2012, P7M, PT90M, PRESENT_REF ...), ``date_start, date_end``
    (inclusive days of the interval; NaT for durations, sets and vague
    references), ``granularity`` (day / week / month / quarter / year ...),
    ``mod`` (START / END / MID / APPROX ...), ``anchor`` (``dct`` when resolved
    against the publication date, ``previous`` when against the last date
    mentioned, empty when absolute), ``signal`` (the preposition before it:
    since, in, on ...), ``tense`` of its sentence, ``sentence`` (index of the
    sentence within the range, by a fast punctuation splitter unless
    ``sentences`` spans are given) and ``rule``.

    Month and weekday names without a year are placed by tense: the last
    occurrence in a past-tense sentence, the next in a future one, the
    nearest otherwise; "since" forces the past.

    >>> tag_dates("They spoke on Feb. 10.", "2021-09-10").loc[0, "value"]
    '2021-02-10'
    """
    if not isinstance(text, str):
        raise TimelineInputError(f"text must be a string, not {type(text).__name__}")
    end = len(text) if end is None else end
    if not (0 <= start <= end <= len(text)):
        raise TimelineInputError(f"range {start}:{end} is outside the text (length {len(text)})")
    frame = pd.DataFrame(_date_rows(text, _as_date(published), start, end, sentences), columns=DATE_COLUMNS)
    frame["date_start"] = pd.to_datetime(frame["date_start"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    return frame


def _date_rows(text: str, dct: date, start: int, end: int, sentences: list[tuple[int, int]] | None) -> list[tuple]:
    """The rows of :func:`tag_dates`, as tuples in :data:`DATE_COLUMNS` order."""
    spans = sorted(sentences) if sentences is not None else _fast_sentences(text, start, end)
    ctx = _Context(dct, text, spans or [(start, end)])
    rows = []
    for m in _MASTER.finditer(text, start, end):
        rule = m.lastgroup
        s, e = m.span()
        # trailing punctuation is not part of an expression ("Feb. 10." at a sentence end keeps "Feb. 10")
        try:
            resolved = _resolve(rule, m, ctx, s, e)
        except (ValueError, OverflowError, AttributeError, KeyError, IndexError):
            resolved = None  # a shape the rules do not cover (e.g. day 31 of a 30-day month): skip it
        if resolved is None:
            continue
        s, resolved = _trim_extent(rule, text, s, e, resolved, ctx)
        if resolved is None:
            continue
        if resolved.type in ("DATE", "TIME") and resolved.start is not None and not resolved.value.endswith("_REF"):
            ctx.last = resolved
            if ctx.history is None:
                ctx.history = []
            resolved.sentence = ctx.sentence_of(s)
            ctx.history.append(resolved)
            if resolved.gran == "quarter" and rule == "quarter":
                ctx.last_quarter = resolved
            if resolved.gran == "day":
                ctx.last_day = resolved
                ctx.last_day_sentence = ctx.sentence_of(s)
        signal = _SIGNAL.search(text, max(start, s - 16), s)
        rows.append((
            s, e, text[s:e], resolved.type, resolved.value,
            pd.Timestamp(resolved.start) if resolved.start else pd.NaT,
            pd.Timestamp(resolved.end) if resolved.end else pd.NaT,
            resolved.gran if resolved.type in ("DATE", "TIME") else "",
            _PART_NAMES.get(resolved.part, ""),
            resolved.mod, resolved.anchor, signal.group(1).lower() if signal else "",
            ctx.tense(s, e).rstrip("?"), ctx.sentence_of(s), rule,
        ))
    return rows


def _check_articles(articles: pd.DataFrame, needed=("article_id", "outlet", "text", "published")) -> None:
    require_articles(articles, needed, TimelineInputError)


def dates(articles: pd.DataFrame, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Every temporal expression of every article, one row each.

    Columns: ``article_id, outlet, sentence, paragraph, kind`` (from
    :func:`helpers.corpus.sentences`) followed by the columns of
    :func:`tag_dates`; ``sentence`` is the article's sentence index, so rows
    join back to the sentences table.  Each article is tagged as a whole (so
    "the following year" finds the year mentioned before it), with the
    corpus sentences for tense; only expressions in paragraphs of ``kinds``
    (default :data:`helpers.corpus.ANALYSED_KINDS`) are kept.
    """
    from .corpus import ANALYSED_KINDS, sentences as corpus_sentences

    _check_articles(articles)
    kinds = ANALYSED_KINDS if kinds is None else kinds
    sents = corpus_sentences(articles)
    # plain tuples per article (one split of the table, not a scan or a DataFrame per article)
    by_article: dict[str, list] = {}
    for row in zip(sents["article_id"], sents["sentence"], sents["paragraph"], sents["kind"], sents["start"], sents["end"]):
        by_article.setdefault(row[0], []).append(row)
    sentence_at = DATE_COLUMNS.index("sentence")
    rows = []
    for art in articles.itertuples(index=False):
        own = by_article.get(art.article_id, [])
        if not own:
            continue
        starts = [r[4] for r in own]
        for tagged in _date_rows(art.text, _as_date(art.published), 0, len(art.text), [(r[4], r[5]) for r in own]):
            s, e = tagged[0], tagged[1]
            i = bisect_right(starts, s) - 1  # the corpus sentence holding the expression
            if i < 0 or e > own[i][5] or own[i][3] not in kinds:
                continue
            _, number, paragraph, kind, _, _ = own[i]
            rest = tagged[:sentence_at] + tagged[sentence_at + 1 :]
            rows.append((art.article_id, art.outlet, number, paragraph, kind, *rest))
    columns = ["article_id", "outlet", "sentence", "paragraph", "kind"] + [c for c in DATE_COLUMNS if c != "sentence"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["date_start"] = pd.to_datetime(frame["date_start"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    return frame


# =========================================================================== engagement events
#
# An event is read from one sentence (a "mention"): a cue (call, meeting,
# visit, summit, video call, talks), the actors around it, and a date
# expression of the same clause.  Mentions of the same event, in one article
# or in several, are merged into one row.  Only engagements between a US and a
# Chinese participant are kept: Xi Jinping's visit to Myanmar or Chinese
# officials meeting the Taliban stay in the mentions table with the reason.

LEVELS = ("leaders", "cabinet", "deputies", "envoys", "other")
MODES = ("call", "video call", "in-person meeting", "visit", "summit")
STATUSES = ("happened", "planned")
SIDES = ("US", "China", "other")
ACTORS_FILE = "timeline_actors.csv"
OVERRIDES_FILE = "event_overrides.csv"

#: Remote and in-person modes: mentions merge only within a family (a visit told
#: by one outlet is the meeting told by another; a call is never a visit).
MODE_FAMILY = {"call": "remote", "video call": "remote", "in-person meeting": "in person", "visit": "in person",
               "summit": "in person"}
#: When merged mentions disagree, the more specific mode wins.
MODE_PRIORITY = {"video call": 0, "call": 1, "summit": 2, "visit": 3, "in-person meeting": 4}

_CUES = [
    ("video call", r"video[- ]?(?:call|conference|link|chat|summit|meeting)s?|videoconferenc\w*|virtual\s+(?:meeting|summit|call|talks)"),
    ("call", r"(?:tele)?phone\s+(?:call|conversation|talks?)s?|(?:a|the|their|his|her|its|second|first|third|latest|previous|this|that|phone)\s+calls?\b|"
             r"spoken\b|spoke\s+(?:with|to|by)\b|speak(?:s|ing)?\s+(?:on|by)\s+(?:the\s+)?(?:tele)?phone|speak(?:s|ing)?\s+(?:with|to)\b"),
    ("summit", r"summits?\b"),
    ("visit", r"visit(?:s|ed|ing)?\b|trips?\s+to\b|hosted\b|hosts?\b(?=\s+[A-Z])|travell?ed\s+to\b"),
    ("in-person meeting", r"met\b|meet(?:s|ing|ings)?\b|talks\b|in[- ]person\b|sat\s+down\s+with\b"),
]
_CUE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (_, p) in enumerate(_CUES)) + r")", re.IGNORECASE)
_CUE_MODES = {f"c{i}": mode for i, (mode, _) in enumerate(_CUES)}
_NEGATION = re.compile(r"(?:\b(?:not|never|nor|without)\b|n't)(?:\s+\S+){0,2}\s*$|\bno\s+$", re.IGNORECASE)
_PLANNED = re.compile(
    r"\b(?:will|would\s+(?:attend|visit|travel|hold|host|join|be\s+held)|(?-i:may)|might|could|shall|plans?\s+to|planned|planning|expected|expects|proposed|possible|"
    r"discuss(?:ed|es|ing)?\s+(?:a\s+|holding\s+a\s+)?meeting|invited|scheduled|upcoming|next|hopes?\s+to|aims?\s+to|"
    r"pave\s+the\s+way|set\s+to)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"^\s*(?:,\s*)?(?:also\s+)?(?:said|says|told|added|wrote|argued|warned|noted|insisted)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",?\s+(?:and|but|while|whereas|then|after|before|because|who|which|that|when)\s+|;\s*|,\s+")

# Words that put a role phrase on a side; the possessives of the registry's people
# ("Biden's aides") are added from the registry by _role_phrases.
_SIDE_WORDS = {
    "US": r"US|U\.S\.|American|America['’]s|Washington(?:['’]s)?|the\s+Americans",
    "China": r"Chinese|China['’]s|Beijing(?:['’]s)?",
}
_ROLE_LEVELS = [
    ("leaders", r"leaders?|presidents?|heads?\s+of\s+state"),
    ("cabinet", r"(?:foreign|defen[cs]e|commerce|trade)\s+ministers?|ministers?|secretar(?:y|ies)\s+of\s+state|top\s+diplomats?|national\s+security\s+advis[eo]rs?"),
    ("deputies", r"deputy\s+secretar(?:y|ies)(?:\s+of\s+state)?|deputies|vice[- ]ministers?|vice[- ]presidents?"),
    ("envoys", r"(?:climate\s+|special\s+|trade\s+)?envoys?|ambassadors?"),
    ("other", r"officials?|counterparts?|aides?|delegations?|diplomats?|negotiators?|subordinates"),
]
_ROLE_ADJ = r"(?:senior|top|junior|lower-level|high-level|climate|trade|military|defen[cs]e|foreign|government|administration|their|the|two)"


def _role_phrases(side_words: dict[str, str]) -> re.Pattern:
    """Role phrases ("senior Chinese officials", "Biden's aides") with the given side words."""
    side_any = "|".join(f"(?:{p})" for p in side_words.values())
    return re.compile(
        rf"(?<![\w-])(?:(?:{_ROLE_ADJ}|{side_any})(?:\s+and\s+(?:{side_any}))?\s+){{1,4}}(?P<role>"
        + "|".join(f"(?P<r{i}>{p})" for i, (_, p) in enumerate(_ROLE_LEVELS))
        + r")\b"
    )


def _side_words(registry: pd.DataFrame) -> dict[str, str]:
    """:data:`_SIDE_WORDS` plus the possessive of every person in the registry ("Biden's", "Mr Xi's")."""
    words = dict(_SIDE_WORDS)
    for side in words:
        people = registry[(registry["side"] == side) & (registry["kind"] == "person")]
        names = sorted({a.strip() for aliases in people["aliases"] for a in str(aliases).split("|") if a.strip()},
                       key=len, reverse=True)
        if names:
            words[side] += "|" + "|".join(rf"{re.escape(n)}['’]s" for n in names)
    return words


_ROLE_LEVEL_OF = {f"r{i}": level for i, (level, _) in enumerate(_ROLE_LEVELS)}
_BOTH_LEADERS = re.compile(r"\b(?:the\s+two\s+(?:leaders|presidents|men|heads\s+of\s+state)|the\s+pair|both\s+(?:leaders|presidents|men))\b", re.IGNORECASE)
_THEY = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
_ROLE_AT_THE_TIME = re.compile(
    r"^\W{0,3}(?:(?:who|when|while)\s+(?:he|she)?\s*(?:was|were)\s+(?:also\s+|then\s+)?(?:the\s+|a\s+)?|then\s+)(?P<role>"
    + "|".join(p for _, p in _ROLE_LEVELS[:4]) + r")",
    re.IGNORECASE,
)
_COUNTRY_CONTEXT = re.compile(
    r"(?:\b(?:visit(?:s|ed|ing)?|to|in|with|between|and|hosted|toured|left)\s+)$", re.IGNORECASE
)
_ADJECTIVAL = re.compile(r"^['’]?s?\s*(?:-|officials?\b|counterparts?\b|envoys?\b|delegation|president|leader|policy|policies|court|media|side)", re.IGNORECASE)
_PLACE = re.compile(r"\bin\s+((?:the\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))(?![\w-])")
_NOT_PLACES = set(MONTHS) | set(WEEKDAYS) | {"person", "public", "particular", "general", "front", "chinese", "the", "sino"}
_ROLE_IN_CLAUSE = re.compile(
    r"\b(?:when|while|who)\s+(?:he|she)?\s*(?:was|were)\s+(?:also\s+|then\s+|still\s+)?(?:the\s+|a\s+)?(?P<role>"
    + "|".join(p for _, p in _ROLE_LEVELS[:4]) + r")",
    re.IGNORECASE,
)

EVENT_COLUMNS = [
    "event_id", "date_start", "date_end", "granularity", "label", "participants", "level", "mode", "status",
    "outlets", "sources", "n_sources", "date_expressions", "evidence", "origin",
]
UNDATED_COLUMNS = [c for c in EVENT_COLUMNS if c not in ("date_start", "date_end", "granularity", "date_expressions")]


@dataclass(frozen=True)
class Actor:
    """An actor the text names: canonical name, side, level and kind (person / institution / country / group)."""

    name: str
    side: str
    level: str
    kind: str


def load_actors(path=None) -> pd.DataFrame:
    """The actor registry (``helpers/data/timeline_actors.csv``), validated.

    Columns ``name, side, level, kind, aliases``; ``aliases`` is a
    ``|``-separated list of the ways a text names the actor (case-sensitive).
    """
    from .paths import DATA_DIR

    path = DATA_DIR / ACTORS_FILE if path is None else path
    columns = ["name", "side", "level", "kind", "aliases"]
    rows = read_rows(path, columns, "actor registry", TimelineInputError)
    for line_no, row in rows:
        where = f"{path}, row {line_no} ({row['name']!r})"
        if row["side"] not in SIDES:
            raise TimelineInputError(f"{where}: side {row['side']!r} is not one of {', '.join(SIDES)}")
        if row["level"] not in LEVELS:
            raise TimelineInputError(f"{where}: level {row['level']!r} is not one of {', '.join(LEVELS)}")
        if row["kind"] not in ("person", "institution", "country", "group"):
            raise TimelineInputError(f"{where}: kind {row['kind']!r} is not person, institution, country or group")
        if not row["name"] or not row["aliases"].strip("|"):
            raise TimelineInputError(f"{where}: name and aliases must not be empty")
    return pd.DataFrame([{c: row[c] for c in columns} for _, row in rows], columns=columns)


def _actor_pattern(registry: pd.DataFrame) -> tuple[re.Pattern, dict[str, Actor]]:
    aliases: dict[str, Actor] = {}
    for row in registry.itertuples(index=False):
        actor = Actor(row.name, row.side, row.level, row.kind)
        for alias in str(row.aliases).split("|"):
            alias = alias.strip()
            if alias and alias not in aliases:
                aliases[alias] = actor
    ordered = sorted(aliases, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w-])")
    return pattern, aliases


@dataclass
class _Participant:
    name: str
    sides: frozenset
    level: str  # rank of the participant ("other" when unranked)
    kind: str  # person, institution, country, group, role
    start: int = 0


def _find_participants(
    text: str, s: int, e: int, actor_re, aliases, role_re: re.Pattern, side_words: dict[str, str]
) -> list[_Participant]:
    """Actors named in ``text[s:e]``: registry names, and role phrases ("senior Chinese officials")."""
    found: list[_Participant] = []
    taken: list[tuple[int, int]] = []
    for m in actor_re.finditer(text, s, e):
        actor = aliases[m.group()]
        after = text[m.end():m.end() + 40]
        if actor.kind == "country":
            # a country takes part only as a destination, host or party ("visited China", "between X and Y")
            if _ADJECTIVAL.match(after) or not _COUNTRY_CONTEXT.search(text[max(s, m.start() - 20):m.start()]):
                continue
        elif re.match(r"['’]s\s", after) and actor.kind == "person":
            continue  # "Biden's proposal", "Biden's aides": not Biden himself
        if _REPORTED.match(after):
            continue  # "Mr Wang said ...": the speaker, not a participant
        level = actor.level
        role = _ROLE_AT_THE_TIME.match(after)
        if role:  # "when he was vice-president": the rank at the time of the event
            level = _level_of_role(role.group("role"))
        found.append(_Participant(actor.name, frozenset([actor.side]), level, actor.kind, m.start()))
        taken.append(m.span())
    for m in role_re.finditer(text, s, e):
        if any(a < m.end() and m.start() < b for a, b in taken if text[a:b] not in ("US", "U.S.", "China", "Beijing", "Washington")):
            continue
        words = m.group()
        sides = frozenset(side for side, p in side_words.items() if re.search(rf"(?<![\w-])(?:{p})(?![\w-])", words))
        if not sides:
            continue
        if _REPORTED.match(text[m.end():m.end() + 30]):
            continue
        level = _ROLE_LEVEL_OF[next(k for k, v in m.groupdict().items() if v and k in _ROLE_LEVEL_OF)]
        found.append(_Participant(words.strip(), sides, level, "role", m.start()))
    return sorted(found, key=lambda p: p.start)


_ACTOR_LEVEL: dict[str, str] = {}


def _roles_at_the_time(text: str, s: int, e: int, parts: list[_Participant]) -> list[_Participant]:
    """"Biden visited China in 2011 when he was vice-president": the rank then, for the person named before."""
    out = list(parts)
    for m in _ROLE_IN_CLAUSE.finditer(text, s, e):
        before = [i for i, p in enumerate(out) if p.kind == "person" and p.start < m.start()]
        if before:
            i = before[-1]
            p = out[i]
            out[i] = _Participant(p.name, p.sides, _level_of_role(m.group("role")), p.kind, p.start)
    return out


def _level_of_role(role: str) -> str:
    for level, pattern in _ROLE_LEVELS:
        if re.fullmatch(pattern, role, re.IGNORECASE):
            return level
    return "other"


MENTION_COLUMNS = [
    "article_id", "outlet", "sentence", "start", "end", "cue", "mode", "expression", "date_start", "date_end",
    "granularity", "signal", "participants", "us", "china", "level", "status", "place", "kept", "reason", "text",
]


def _cue_groups(text: str, s: int, e: int, date_rows: list) -> list[tuple[int, int, list]]:
    """Cues of one sentence, grouped by event: ``(group_start, group_end, cues)``.

    Cues form one event unless a later cue has a date of its own after it
    ("visited China in 2011 ... and hosted Mr Xi ... the following year");
    then the sentence is cut at the clause break before that cue.
    """
    cues = [(m.start(), m.end(), _CUE_MODES[m.lastgroup], m.group()) for m in _CUE.finditer(text, s, e)]
    if not cues:
        return []
    groups: list[list] = [[cues[0]]]
    for cue in cues[1:]:
        prev_end = groups[-1][-1][1]
        dated_between = any(prev_end <= d["start"] < cue[0] for d in date_rows)
        dated_after = any(d["start"] >= cue[1] for d in date_rows)
        # a call and a meeting in one sentence are two events ("requested the call after
        # officials who met ..."), as are two cues each with a date of its own
        other_family = MODE_FAMILY[cue[2]] != MODE_FAMILY[groups[-1][-1][2]]
        if other_family or (dated_between and dated_after):
            groups.append([cue])
        else:
            groups[-1].append(cue)
    spans = []
    cut = s
    for i, group in enumerate(groups):
        if i + 1 < len(groups):
            nxt = groups[i + 1][0][0]
            breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, group[-1][1], nxt)]
            dates_before = [d["end"] for d in date_rows if group[-1][1] <= d["start"] < nxt]
            breaks = [b for b in breaks if not dates_before or b >= max(dates_before)]
            end = breaks[-1] if breaks else nxt
        else:
            end = e
        spans.append((cut, end, group))
        cut = end
    return spans


def _mode_of(cues: list) -> str:
    modes = [c[2] for c in cues]
    for mode in ("video call", "call"):
        if mode in modes:
            return mode
    return modes[0]


def _side_names(parts: list[_Participant], side: str) -> list[str]:
    persons = [p for p in parts if side in p.sides and p.kind in ("person",)]
    others = [p for p in parts if side in p.sides and p.kind in ("role", "institution", "group")]
    countries = [p for p in parts if side in p.sides and p.kind == "country"]
    chosen = persons or others or countries
    return list(dict.fromkeys(p.name for p in chosen))


def _event_level(parts: list[_Participant]) -> str:
    """The level of an engagement: the junior side's most senior participant ("Sherman meets Wang": deputies)."""
    rank = {level: i for i, level in enumerate(LEVELS)}
    best = {}
    for side in ("US", "China"):
        ranked = [rank[p.level] for p in parts if side in p.sides and p.level != "other"]
        if ranked:
            best[side] = min(ranked)
    if not best:
        return "other"
    return LEVELS[max(best.values())]


def event_mentions(
    articles: pd.DataFrame,
    actors: pd.DataFrame | None = None,
    sents: pd.DataFrame | None = None,
    dated: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every sentence clause that reports an engagement, kept or not, with the reason.

    One row per cue group (a sentence may report two events, "visited China
    in 2011 ... and hosted Mr Xi ... the following year"): ``article_id,
    outlet, sentence, start, end`` (the sentence), ``cue`` (the words),
    ``mode``, the date found in the clause (``expression, date_start,
    date_end, granularity, signal``; empty when none), ``participants`` (as
    named, "; "-joined), ``us`` and ``china`` (who is on each side),
    ``level``, ``status`` (happened / planned), ``place``, ``kept`` and
    ``reason`` (why a mention is left out: negated, not US–China, no
    identified participant) and the sentence ``text``.

    ``sents`` (``helpers.corpus.sentences(articles, ANALYSED_KINDS)``) and
    ``dated`` (:func:`dates`) may be passed when already computed.
    """
    from .corpus import ANALYSED_KINDS, sentences as corpus_sentences

    _check_articles(articles)
    registry = load_actors() if actors is None else actors
    actor_re, aliases = _actor_pattern(registry)
    side_words = _side_words(registry)
    role_re = _role_phrases(side_words)
    global _ACTOR_LEVEL
    _ACTOR_LEVEL = dict(zip(registry["name"], registry["level"]))
    sents = corpus_sentences(articles, kinds=ANALYSED_KINDS) if sents is None else sents
    all_dates = dates(articles) if dated is None else dated
    usable = all_dates[all_dates["type"].isin(["DATE", "TIME"]) & all_dates["date_start"].notna()
                       & ~all_dates["value"].astype(str).str.endswith("_REF")]
    # split once per article (a scan per article would make a big corpus quadratic)
    dates_of: dict[str, list[dict]] = {}
    for record in usable.to_dict("records"):
        dates_of.setdefault(record["article_id"], []).append(record)
    sents_of = dict(tuple(sents.groupby("article_id", sort=False)))
    rows = []
    for art in articles.itertuples(index=False):
        text = art.text
        published = pd.Timestamp(art.published).normalize()
        own_dates = dates_of.get(art.article_id, [])
        previous: list[list[_Participant]] = []
        leaders: dict[str, _Participant] = {}
        pair: list[_Participant] = []
        for sent in sents_of.get(art.article_id, sents.iloc[:0]).itertuples(index=False):
            s, e = sent.start, sent.end
            parts_all = _find_participants(text, s, e, actor_re, aliases, role_re, side_words)
            for p in parts_all:
                if p.level == "leaders" and p.kind == "person":
                    leaders[next(iter(p.sides))] = p
            both = {next(iter(p.sides)): p for p in parts_all if p.kind == "person" and _ACTOR_LEVEL.get(p.name) == "leaders"}
            if {"US", "China"} <= set(both):
                pair = [both["US"], both["China"]]
            date_rows = [d for d in own_dates if d["start"] >= s and d["end"] <= e]
            groups = _cue_groups(text, s, e, date_rows)
            parts_all = _roles_at_the_time(text, s, e, parts_all)
            subject_end = groups[0][2][0][0] if groups else s
            for g_start, g_end, cues in groups:
                first_cue = cues[0][0]
                parts = [p for p in parts_all if g_start <= p.start < g_end or p.start < subject_end]
                clause = text[g_start:g_end]
                # "the two leaders", "the pair": the two leaders last seen together; "they": the previous sentence's actors
                if _BOTH_LEADERS.search(text[s:g_end]):
                    parts = parts + (pair or [leaders[side] for side in ("US", "China") if side in leaders])
                sides = {side for p in parts for side in p.sides}
                if not ({"US", "China"} <= sides) and _THEY.search(text[s:cues[0][1]]) and previous:
                    parts = parts + [p for p in previous[-1] if p.kind != "country"]
                    sides = {side for p in parts for side in p.sides}
                negated = any(_NEGATION.search(text[max(s, c[0] - 30):c[0]]) for c in cues[:1])
                in_clause = [d for d in date_rows if g_start <= d["start"] < g_end]
                # the date nearest after the cue, else the nearest before it
                after = [d for d in in_clause if d["start"] >= first_cue]
                chosen = min(after, key=lambda d: d["start"]) if after else (max(in_clause, key=lambda d: d["start"]) if in_clause else None)
                mode = _mode_of(cues)
                level = _event_level(parts)
                if mode == "summit" and level != "leaders":
                    mode = "in-person meeting"  # "the March summit" of ministers is a meeting
                planned = bool(_PLANNED.search(clause)) or (chosen is not None and chosen["date_start"] > published)
                if chosen is not None and chosen["date_end"] < published and not _PLANNED.search(text[first_cue:g_end]):
                    planned = False
                place = next((m.group(1) for m in _PLACE.finditer(text, g_start, g_end)
                              if m.group(1).lower().removeprefix("the ") not in _NOT_PLACES), "")
                us, china = _side_names(parts, "US"), _side_names(parts, "China")
                named = [p for p in parts if p.kind == "person" or (p.kind == "role" and p.level != "other")]
                if negated:
                    kept, reason = False, "negated"
                elif not us or not china:
                    kept, reason = False, "not a US–China engagement"
                elif not named:
                    kept, reason = False, "no identified participant"
                else:
                    kept, reason = True, ""
                participants = list(dict.fromkeys(us + china + [p.name for p in parts if not p.sides & {"US", "China"}]))
                rows.append({
                    "article_id": art.article_id, "outlet": art.outlet, "sentence": sent.sentence,
                    "start": s, "end": e, "cue": " / ".join(c[3] for c in cues), "mode": mode,
                    "expression": chosen["expression"] if chosen else "",
                    "date_start": chosen["date_start"] if chosen else pd.NaT,
                    "date_end": chosen["date_end"] if chosen else pd.NaT,
                    "granularity": chosen["granularity"] if chosen else "",
                    "signal": chosen["signal"] if chosen else "",
                    "participants": "; ".join(participants), "us": "; ".join(us), "china": "; ".join(china),
                    "level": level, "status": "planned" if planned else "happened", "place": place,
                    "kept": kept, "reason": reason, "text": text[s:e],
                    "_parts": parts, "_published": published,
                })
            if parts_all:
                previous.append(parts_all)
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS + ["_parts", "_published"])
    frame["date_start"] = pd.to_datetime(frame["date_start"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    return frame


def _participants_overlap(a: dict, b: dict) -> bool:
    names_a = {p.name for p in a["_parts"] if p.kind != "country"}
    names_b = {p.name for p in b["_parts"] if p.kind != "country"}
    if names_a & names_b:
        return True
    # "Kerry visited China" and "a meeting between Beijing and Washington's climate envoys": same rank, both sides
    return a["level"] == b["level"] and a["level"] != "other"


def _compatible(a: dict, b: dict) -> bool:
    if MODE_FAMILY[a["mode"]] != MODE_FAMILY[b["mode"]] or a["status"] != b["status"]:
        return False
    if pd.notna(a["date_start"]) and pd.notna(b["date_start"]):
        if a["date_start"] > b["date_end"] or b["date_start"] > a["date_end"]:
            return False
    return _participants_overlap(a, b)


def _clusters(items: list[dict]) -> list[list[dict]]:
    """Connected groups of mutually compatible mentions (union-find).

    Only pairs that can be compatible are compared: the same mode family and
    status, and, for two dated mentions, overlapping dates (a sweep over the
    start dates), so a big corpus is not compared pair by pair.
    """
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple, list[int]] = {}
    for i, item in enumerate(items):
        blocks.setdefault((MODE_FAMILY[item["mode"]], item["status"]), []).append(i)
    for members in blocks.values():
        dated = sorted((i for i in members if pd.notna(items[i]["date_start"])), key=lambda i: items[i]["date_start"])
        undated = [i for i in members if pd.isna(items[i]["date_start"])]
        for pos, i in enumerate(dated):
            for j in dated[pos + 1 :]:
                if items[j]["date_start"] > items[i]["date_end"]:
                    break  # sorted by start: no later mention overlaps i
                if _compatible(items[i], items[j]):
                    parent[find(j)] = find(i)
        for pos, i in enumerate(undated):
            for j in dated + undated[pos + 1 :]:
                if _compatible(items[i], items[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[dict]] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item)
    return list(groups.values())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _label(us: list[str], china: list[str], mode: str, place: str, parts: list[_Participant]) -> str:
    """"Joe Biden – Xi Jinping call", "John Kerry visits China", "Xi Jinping visits the US (host: Joe Biden)"."""
    def short(names: list[str]) -> str:
        return ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
    if mode == "visit":
        countries = {next(iter(p.sides)): p.name for p in parts if p.kind == "country" and len(p.sides) == 1}
        if "China" in countries and us:
            return f"{short(us)} visits China" + (f" ({place})" if place and place != "China" else "")
        if "US" in countries and china:
            host = [n for n in us if n not in ("United States",)]
            return f"{short(china)} visits the US" + (f" (host: {short(host)})" if host else "")
    words = {"call": "call", "video call": "video call", "in-person meeting": "meeting", "summit": "summit",
             "visit": "visit"}[mode]
    return f"{short(us)} – {short(china)} {words}" + (f", {place}" if place else "")


def _merge(cluster: list[dict]) -> dict:
    dated = [m for m in cluster if pd.notna(m["date_start"])]
    if dated:
        start = max(m["date_start"] for m in dated)
        end = min(m["date_end"] for m in dated)
        precise = min(dated, key=lambda m: (m["date_end"] - m["date_start"], m["date_start"]))
        if start > end:  # no common interval: keep the most precise reading
            start, end = precise["date_start"], precise["date_end"]
        granularity = precise["granularity"] if (precise["date_start"], precise["date_end"]) == (start, end) else "day" if start == end else "interval"
    else:
        start = end = pd.NaT
        granularity = ""
    parts = [p for m in cluster for p in m["_parts"]]
    us = list(dict.fromkeys(n for m in cluster for n in m["us"].split("; ") if n))
    china = list(dict.fromkeys(n for m in cluster for n in m["china"].split("; ") if n))
    # named people first; a role ("senior Chinese officials") only if no one on that side is named
    persons = {p.name for p in parts if p.kind == "person"}
    us = [n for n in us if n in persons] or us
    china = [n for n in china if n in persons] or china
    mode = min((m["mode"] for m in cluster), key=MODE_PRIORITY.get)
    level = min((m["level"] for m in cluster), key=LEVELS.index)
    place = next((m["place"] for m in cluster if m["place"]), "")
    status = "happened" if any(m["status"] == "happened" for m in cluster) else "planned"
    sources = sorted({(m["article_id"], int(m["start"]), int(m["end"])) for m in cluster})
    outlets = sorted({m["outlet"] for m in cluster})
    first = min(cluster, key=lambda m: (pd.isna(m["date_start"]), m["article_id"], m["start"]))
    date_part = f"{start:%Y-%m-%d}" if pd.notna(start) else "undated"
    return {
        "event_id": f"{date_part}-{_slug(mode)}-{_slug('-'.join(us[:1] + china[:1]))}",
        "date_start": start, "date_end": end, "granularity": granularity,
        "label": _label(us, china, mode, place, parts),
        "participants": "; ".join(us + china), "level": level, "mode": mode, "status": status,
        "outlets": "; ".join(outlets), "sources": sources, "n_sources": len(sources),
        "date_expressions": "; ".join(sorted({f"{m['outlet']}: {m['signal'] + ' ' if m['signal'] else ''}{m['expression']}"
                                              for m in dated})),
        "evidence": first["text"], "origin": "text",
    }


def extract_events(articles: pd.DataFrame, actors: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """US–China engagement events told in ``articles``: ``(events, undated)``.

    Returns two tables.  ``events``: one row per dated event, columns
    ``event_id, date_start, date_end, granularity, label, participants,
    level, mode, status, outlets, sources, n_sources, date_expressions,
    evidence, origin``; ``sources`` is a list of ``(article_id, start,
    end)`` of the sentences it comes from, ``evidence`` the first of them,
    ``origin`` is ``"text"``.  ``undated``: the events no date in the text
    supports, with the same columns less the dates.

    Rules (see :func:`event_mentions` for the clause-level reading):

    - a mention is kept when it has a participant from each side (US and
      China) and at least one named or ranked participant; negated cues
      ("has not met") are dropped;
    - mentions merge into one event when their modes are of one family
      (call / video call, or meeting / visit / summit), their dates overlap
      and they share a participant (or are of the same rank);
    - a mention with no date joins the most recent event it is compatible
      with (a headline "Biden and Xi speak on phone" joins the dated call);
      otherwise it goes to ``undated``.
    - ``level`` is the junior side's most senior rank; ``status`` is planned
      when the clause speaks of the future or the date is after publication.
    """
    return events_from_mentions(event_mentions(articles, actors))


def events_from_mentions(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(events, undated)`` from the mentions of :func:`event_mentions`, merged across articles.

    Mentions may be gathered batch by batch (as ``helpers.pipeline`` does)
    and merged here once, since an event told by two outlets is one event.
    """
    kept = mentions[mentions["kept"]].to_dict("records")
    dated = [m for m in kept if pd.notna(m["date_start"])]
    undated = [m for m in kept if pd.isna(m["date_start"])]
    clusters = _clusters(dated)
    leftovers = []
    for m in undated:
        candidates = []
        for cluster in clusters:
            probe = dict(cluster[0])
            probe["_parts"] = [p for c in cluster for p in c["_parts"]]
            probe["level"] = min((c["level"] for c in cluster), key=LEVELS.index)
            if not _compatible(probe, m):
                continue
            latest = max(c["date_start"] for c in cluster)
            if m["status"] == "happened" and latest > m["_published"]:
                continue
            candidates.append((latest, cluster))
        if candidates:
            # the most recent compatible event; for plans, the nearest one ahead
            pick = (min if m["status"] == "planned" else max)(candidates, key=lambda c: c[0])
            pick[1].append(m)
        else:
            leftovers.append(m)
    events = pd.DataFrame([_merge(c) for c in clusters], columns=EVENT_COLUMNS)
    events = events.sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)
    events["event_id"] = _unique_ids(events["event_id"])
    events["date_start"] = pd.to_datetime(events["date_start"])
    events["date_end"] = pd.to_datetime(events["date_end"])
    undated_events = pd.DataFrame([_merge(c) for c in _clusters(leftovers)], columns=EVENT_COLUMNS)
    undated_events = undated_events[UNDATED_COLUMNS].reset_index(drop=True)
    undated_events["event_id"] = _unique_ids(undated_events["event_id"])
    return events, undated_events


def _unique_ids(ids: pd.Series) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
        out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
    return out


# =========================================================================== overrides

OVERRIDE_COLUMNS = [
    "action", "event_id", "match_participants", "match_mode", "article_id",
    "date_start", "date_end", "granularity", "label", "participants", "level", "mode", "status", "note",
]
OVERRIDE_ACTIONS = ("add", "correct", "drop")
_EDITABLE = ("date_start", "date_end", "granularity", "label", "participants", "level", "mode", "status")


def load_overrides(path=None) -> pd.DataFrame:
    """The analyst's overrides (default ``helpers/data/event_overrides.csv``), validated.

    One row per change: ``action`` (add / correct / drop); which event, by
    ``event_id`` or by ``match_participants`` (names separated by ";", all
    must take part) and optionally ``match_mode``; ``article_id`` to apply
    the row only when that article is loaded (empty: always); the fields to
    set (``date_start, date_end, granularity, label, participants, level,
    mode, status``) and a ``note`` saying why.  Missing optional columns are
    added empty.  Raises :class:`OverrideError` naming the row on bad input.
    """
    from .paths import DATA_DIR

    path = DATA_DIR / OVERRIDES_FILE if path is None else path
    rows = read_rows(path, ["action"], "overrides file", OverrideError, allowed=OVERRIDE_COLUMNS)
    frame = pd.DataFrame([row for _, row in rows], columns=OVERRIDE_COLUMNS, dtype=str)
    for (line_no, _), (_, row) in zip(rows, frame.iterrows()):
        _validate_override(row, f"{path}, row {line_no}")
    return frame


def _validate_override(row: pd.Series, where: str) -> None:
    action = row["action"]
    if action not in OVERRIDE_ACTIONS:
        raise OverrideError(f"{where}: action {action!r} is not one of {', '.join(OVERRIDE_ACTIONS)}")
    if action in ("correct", "drop") and not (row["event_id"] or row["match_participants"]):
        raise OverrideError(f"{where}: a {action} row needs event_id or match_participants to find its event")
    if action == "add":
        missing = [c for c in ("date_start", "label", "participants", "level", "mode", "status") if not row[c]]
        if missing:
            raise OverrideError(f"{where}: an add row needs {', '.join(missing)}")
    if action == "correct" and not any(row[c] for c in _EDITABLE):
        raise OverrideError(f"{where}: a correct row sets nothing (fill one of {', '.join(_EDITABLE)})")
    for column in ("date_start", "date_end"):
        if row[column]:
            try:
                pd.Timestamp(row[column])
            except ValueError:
                raise OverrideError(f"{where}: {column} {row[column]!r} is not a date (YYYY-MM-DD)") from None
    if row["date_start"] and row["date_end"] and pd.Timestamp(row["date_end"]) < pd.Timestamp(row["date_start"]):
        raise OverrideError(f"{where}: date_end {row['date_end']} is before date_start {row['date_start']}")
    for column, allowed in (("level", LEVELS), ("mode", MODES), ("match_mode", MODES), ("status", STATUSES)):
        if row[column] and row[column] not in allowed:
            raise OverrideError(f"{where}: {column} {row[column]!r} is not one of {', '.join(allowed)}")


def _matches(event: pd.Series, row: pd.Series) -> bool:
    if row["event_id"]:
        return event["event_id"] == row["event_id"]
    names = [n.strip() for n in row["match_participants"].split(";") if n.strip()]
    taking_part = [n.strip() for n in str(event["participants"]).split(";")]
    if not all(n in taking_part for n in names):
        return False
    return not row["match_mode"] or event["mode"] == row["match_mode"]


def apply_overrides(events: pd.DataFrame, overrides: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """``events`` with the analyst's overrides applied; a new table, ``origin`` says where each row comes from.

    ``origin``: ``text`` (as extracted), ``text+override`` (extracted, then
    corrected: ``override_note`` says why) or ``override`` (added by the
    analyst).  Dropped events are removed.  A row with an ``article_id``
    applies only when that article is among ``articles`` (or, without
    ``articles``, among the events' sources).  A correct or drop row that
    finds no event raises :class:`OverrideError`, so a stale override does not
    go unnoticed.
    """
    if not isinstance(events, pd.DataFrame) or "event_id" not in events.columns:
        raise TimelineInputError("events must be the first table returned by extract_events")
    if not isinstance(overrides, pd.DataFrame) or "action" not in overrides.columns:
        raise TimelineInputError("overrides must be a table from load_overrides")
    overrides = overrides.copy()
    for column in OVERRIDE_COLUMNS:
        if column not in overrides.columns:
            overrides[column] = ""
    overrides = overrides[OVERRIDE_COLUMNS].fillna("").astype(str)
    loaded = (set(articles["article_id"]) if articles is not None
              else {src[0] for sources in events.get("sources", []) for src in sources})
    out = events.copy()
    if "origin" not in out.columns:
        out["origin"] = "text"
    out["override_note"] = ""
    added = []
    for i, row in overrides.iterrows():
        where = f"override row {i + 1} ({row['action']} {row['event_id'] or row['match_participants'] or row['label']})"
        _validate_override(row, where)
        if row["article_id"] and row["article_id"] not in loaded:
            continue
        if row["action"] == "add":
            start = pd.Timestamp(row["date_start"])
            end = pd.Timestamp(row["date_end"]) if row["date_end"] else start
            added.append({
                "event_id": row["event_id"] or f"override-{start:%Y-%m-%d}-{_slug(row['label'])}",
                "date_start": start, "date_end": end,
                "granularity": row["granularity"] or ("day" if start == end else "interval"),
                "label": row["label"], "participants": row["participants"], "level": row["level"],
                "mode": row["mode"], "status": row["status"], "outlets": "", "sources": [], "n_sources": 0,
                "date_expressions": "", "evidence": "", "origin": "override", "override_note": row["note"],
            })
            continue
        hit = out.apply(lambda ev: _matches(ev, row), axis=1) if len(out) else pd.Series(dtype=bool)
        if not hit.any():
            raise OverrideError(f"{where}: no event matches (event_id {row['event_id']!r}, participants {row['match_participants']!r})")
        if row["action"] == "drop":
            out = out[~hit]
            continue
        for column in _EDITABLE:
            if row[column]:
                value = pd.Timestamp(row[column]) if column.startswith("date_") else row[column]
                out.loc[hit, column] = value
        if row["date_start"] and not row["date_end"]:
            out.loc[hit, "date_end"] = out.loc[hit, "date_start"]
        if (row["date_start"] or row["date_end"]) and not row["granularity"]:
            out.loc[hit, "granularity"] = ["day" if a == b else "interval" for a, b in zip(out.loc[hit, "date_start"], out.loc[hit, "date_end"])]
        out.loc[hit, "origin"] = "text+override"
        out.loc[hit, "override_note"] = row["note"]
    if added:
        out = pd.concat([out, pd.DataFrame(added)], ignore_index=True)
    out["date_start"] = pd.to_datetime(out["date_start"])
    out["date_end"] = pd.to_datetime(out["date_end"])
    return out.sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)


# =========================================================================== charts

#: Marker shape and colour per level, used in every timeline chart (Paul Tol's muted scheme,
#: kept apart from the outlet colours).
LEVEL_STYLE = {
    "leaders": {"marker": "o", "color": "#332288", "size": 90},
    "cabinet": {"marker": "s", "color": "#117733", "size": 70},
    "deputies": {"marker": "D", "color": "#999933", "size": 60},
    "envoys": {"marker": "^", "color": "#882255", "size": 70},
    "other": {"marker": "v", "color": "#888888", "size": 60},
}
#: A gap between events longer than this share of the whole span breaks the time axis.
BREAK_SHARE = 0.35


def timeline_panels(events: pd.DataFrame, break_share: float = BREAK_SHARE) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """Time ranges of the chart's panels: one, or two when a long empty stretch would squash the rest.

    The axis breaks at the longest gap between consecutive events when that
    gap is longer than ``break_share`` of the whole span (2012 to 2020 in the
    seeds), so the dense stretch gets a readable panel of its own.
    """
    if events.empty:
        today = pd.Timestamp("today").normalize()
        return [(today - pd.Timedelta(days=30), today)]
    starts = events["date_start"].sort_values().reset_index(drop=True)
    ends = events["date_end"].sort_values().reset_index(drop=True)
    first, last = starts.iloc[0], max(ends.iloc[-1], starts.iloc[-1])
    span = max((last - first).days, 1)
    order = events.sort_values("date_start")
    running_end = order["date_end"].cummax().reset_index(drop=True)
    gaps = [(order["date_start"].iloc[i + 1] - running_end.iloc[i]).days for i in range(len(order) - 1)]
    if gaps and max(gaps) > break_share * span:
        i = max(range(len(gaps)), key=gaps.__getitem__)
        left = (first, running_end.iloc[i])
        right = (order["date_start"].iloc[i + 1], last)
        return [_padded(*left), _padded(*right)]
    return [_padded(first, last)]


def _padded(a: pd.Timestamp, b: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
    pad = max(pd.Timedelta(days=12), (b - a) * 0.06)
    return a - pad, b + pad


def _date_text(row) -> str:
    a, b, g = row.date_start, row.date_end, row.granularity
    if g == "year":
        return f"{a:%Y}"
    if g == "month":
        return f"{a:%b %Y}"
    if g == "week":
        return f"week of {a:%-d %b %Y}"
    if a == b:
        return f"{a:%-d %b %Y}"
    return f"{a:%-d %b} – {b:%-d %b %Y}"


def timeline_data(events: pd.DataFrame) -> pd.DataFrame:
    """The plotted table: one row per dated event, in time order, with its row, panel and text."""
    needed = {"event_id", "date_start", "date_end", "granularity", "label", "level", "mode", "status", "outlets"}
    require_columns(events, sorted(needed), "events table", TimelineInputError, "use extract_events")
    data = events[events["date_start"].notna()].sort_values(["date_start", "date_end", "event_id"]).reset_index(drop=True)
    data = data.assign(date_end=data["date_end"].fillna(data["date_start"]))
    panels = timeline_panels(data)
    data["row"] = range(len(data))
    data["panel"] = [next((i for i, (a, b) in enumerate(panels) if a <= s <= b), 0) for s in data["date_start"]]
    data["when"] = [_date_text(r) for r in data.itertuples()]
    data["origin"] = data["origin"] if "origin" in data.columns else "text"
    columns = ["event_id", "row", "panel", "date_start", "date_end", "granularity", "when", "label", "level", "mode",
               "status", "outlets", "origin"]
    return data[columns]


def plot_timeline(events: pd.DataFrame, articles: pd.DataFrame, title: str | None = None):
    """The engagement timeline: one row per event, time across, a broken axis around a long gap.

    Markers by level (shape and colour), month- and week-long events drawn as
    spans, planned events hollow with a dashed span, labels as row labels (so
    they never overlap) with the date in words, and at the right which outlets
    mention each event.  Returns the figure; plot :func:`timeline_data` of the
    same events for the CSV.
    """
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    from .figures import add_source, outlet_colors

    _check_articles(articles, ("outlet", "title", "published"))
    data = timeline_data(events)
    outlets = sorted(articles["outlet"].unique())
    colors = outlet_colors(outlets)
    panels = timeline_panels(data)
    n_rows = max(len(data), 1)
    widths = _panel_widths(data, panels) + [0.12 * len(outlets) + 0.15]
    import matplotlib.pyplot as plt

    names = [f"p{i}" for i in range(len(panels))] + ["who"]
    fig = plt.figure(figsize=(11, 1.6 + 0.42 * n_rows), layout="constrained")
    axd = fig.subplot_mosaic([["key"] * len(names), names], width_ratios=widths,
                             height_ratios=[0.35, max(n_rows, 1) * 0.42 + 0.4],
                             gridspec_kw={"wspace": 0.03}, sharey=False)
    time_axes, who, key = [axd[n] for n in names[:-1]], axd["who"], axd["key"]
    for ax in time_axes[1:] + [who]:
        ax.sharey(time_axes[0])
        ax.tick_params(axis="y", labelleft=False)
    key.axis("off")
    for i, (ax, (a, b)) in enumerate(zip(time_axes, panels)):
        ax.set_xlim(a, b)
        for row in data[data["panel"] == i].itertuples():
            _draw_event(ax, row)
        locator = mdates.AutoDateLocator(minticks=2, maxticks=6 if b - a > pd.Timedelta(days=400) else 8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", color="#E5E5E5")
        ax.tick_params(axis="y", length=0)
        if i > 0:  # the break: a gap in the frame and two slashes on the time axis
            ax.spines["left"].set_visible(False)
            ax.text(0, 0, "//", transform=ax.transAxes, ha="center", va="center", fontsize=10, color="#555555",
                    backgroundcolor="white", clip_on=False, zorder=5)
    time_axes[0].set_yticks(list(data["row"]))
    time_axes[0].set_yticklabels([f"{r.label}  ·  {r.when}" + ("  (planned)" if r.status == "planned" else "")
                                  + ("  [override]" if r.origin == "override" else "")
                                  for r in data.itertuples()], fontsize=8.5)
    time_axes[0].set_ylim(n_rows - 0.5, -0.7)
    # which outlets mention each event
    for j, outlet in enumerate(outlets):
        rows = [r.row for r in data.itertuples() if outlet in str(r.outlets).split("; ")]
        who.scatter([j] * len(rows), rows, marker="s", s=45, color=colors[outlet], zorder=3)
    who.set_xlim(-0.6, len(outlets) - 0.4)
    who.set_xticks(range(len(outlets)))
    who.set_xticklabels(outlets, rotation=90, fontsize=8)
    who.tick_params(axis="both", length=0)
    who.grid(False)
    who.spines["left"].set_visible(False)
    who.spines["bottom"].set_visible(False)
    who.set_title("told by", fontsize=8, fontweight="normal", loc="center", color="#555555")
    # legend: levels, then planned and spans
    handles = [Line2D([], [], marker=LEVEL_STYLE[lv]["marker"], color=LEVEL_STYLE[lv]["color"], linestyle="",
                      markersize=7, label=lv) for lv in LEVELS if lv in set(data["level"])]
    handles += [Line2D([], [], marker="o", markerfacecolor="white", markeredgecolor="#333333", linestyle="--",
                       color="#333333", label="planned"),
                Line2D([], [], color="#333333", lw=5, alpha=0.35, label="month / week: span")]
    key.legend(handles=handles, loc="center right", fontsize=8, ncols=len(handles), frameon=False,
               handletextpad=0.3, columnspacing=1.2)
    if title is None:
        title = (f"US–China engagements told in {len(articles)} article{'s' if len(articles) != 1 else ''}"
                 + (f", {data['date_start'].min():%Y}–{data['date_end'].max():%Y}" if len(data) else ": none dated"))
    fig.suptitle(title, x=0.0, ha="left", fontsize=12, fontweight="bold")
    if data.empty:
        time_axes[0].text(0.5, 0.5, "No dated engagement found in these articles", transform=time_axes[0].transAxes,
                          ha="center", va="center", color="#555555")
    add_source(fig, articles, note="Dates resolved from the texts against each article's publication date; "
                                   "a month or a week is drawn as a span.")
    return fig


def _panel_widths(data: pd.DataFrame, panels) -> list[float]:
    if len(panels) == 1:
        return [4.0]
    counts = [max(int((data["panel"] == i).sum()), 1) for i in range(len(panels))]
    return [1.0 + 3.0 * c / sum(counts) for c in counts]


def _draw_event(ax, row) -> None:
    style = LEVEL_STYLE.get(row.level, LEVEL_STYLE["other"])
    planned = row.status == "planned"
    start, end = row.date_start, row.date_end + pd.Timedelta(days=1)  # inclusive last day
    if row.date_end > row.date_start:
        ax.plot([start, end], [row.row, row.row], color=style["color"], lw=6, alpha=0.3 if not planned else 0.25,
                solid_capstyle="butt", linestyle="--" if planned else "-", zorder=2)
    middle = start + (end - start) / 2
    ax.scatter([middle], [row.row], marker=style["marker"], s=style["size"], zorder=3,
               facecolors="white" if planned else style["color"], edgecolors=style["color"], linewidths=1.5)


def outlet_event_positions(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Where in each story each event is told: one row per (event, source sentence).

    Columns ``event_id, row, label, when, level, status, article_id, outlet,
    start, end, position`` (``position``: share of the article's text before
    the sentence, 0 = top, 1 = bottom).
    """
    _check_articles(articles, ("article_id", "outlet", "text"))
    data = timeline_data(events)
    lengths = dict(zip(articles["article_id"], articles["text"].str.len()))
    outlets = dict(zip(articles["article_id"], articles["outlet"]))
    by_id = events.set_index("event_id")
    rows = []
    for r in data.itertuples():
        for article_id, start, end in by_id.loc[r.event_id, "sources"] if "sources" in by_id.columns else []:
            if article_id not in lengths:
                continue
            rows.append((r.event_id, r.row, r.label, r.when, r.level, r.status, article_id, outlets[article_id],
                         start, end, start / max(lengths[article_id], 1)))
    return pd.DataFrame(rows, columns=["event_id", "row", "label", "when", "level", "status", "article_id", "outlet",
                                       "start", "end", "position"])


def plot_outlet_events(events: pd.DataFrame, articles: pd.DataFrame, title: str | None = None):
    """Which outlet places which event where in its story: one panel per outlet.

    Rows are the events in time order (as in :func:`plot_timeline`); across,
    the position in the article where the event is told (top to bottom);
    markers by level, in the outlet's colour frame.
    """
    from .figures import add_source, new_figure, outlet_colors

    positions = outlet_event_positions(events, articles)
    data = timeline_data(events)
    outlets = sorted(articles["outlet"].unique())
    colors = outlet_colors(outlets)
    n_rows = max(len(data), 1)
    fig, axes = new_figure(1, len(outlets), figsize=(4.2 + 2.6 * len(outlets), 1.2 + 0.42 * n_rows), sharey=True,
                           squeeze=False)
    for ax, outlet in zip(axes[0], outlets):
        own = positions[positions["outlet"] == outlet]
        for level, group in own.groupby("level"):
            style = LEVEL_STYLE.get(level, LEVEL_STYLE["other"])
            planned = group["status"] == "planned"
            ax.scatter(group["position"], group["row"], marker=style["marker"], s=style["size"] * 0.8,
                       facecolors=[("white" if p else style["color"]) for p in planned], edgecolors=style["color"],
                       linewidths=1.3, zorder=3)
        ax.set_xlim(-0.03, 1.03)
        ax.set_xticks([0, 0.5, 1])
        ax.set_xticklabels(["top", "middle", "end"])
        ax.set_title(f"{outlet}: {own['event_id'].nunique()} of {len(data)} events", fontsize=10, color=colors[outlet])
        for side in ("left", "bottom"):
            ax.spines[side].set_color(colors[outlet])
        ax.grid(axis="y", color="#EEEEEE")
        ax.tick_params(axis="y", length=0)
    axes[0][0].set_yticks(list(data["row"]))
    axes[0][0].set_yticklabels([f"{r.label}  ·  {r.when}" for r in data.itertuples()], fontsize=8.5)
    axes[0][0].set_ylim(n_rows - 0.5, -0.7)
    fig.supxlabel("where in the story the event is told", fontsize=9)
    if title is None:
        title = "Which events each outlet tells, and where in its story"
    fig.suptitle(title, x=0.0, ha="left", fontsize=12, fontweight="bold")
    add_source(fig, articles)
    return fig


# =========================================================================== measured quality


def tagger_benchmark(limit: int | None = None) -> dict | None:
    """The TempEval-3 figures of :func:`tag_dates` (``benchmarks/dates_tempeval.py``), or None without the corpus.

    Keys: ``documents, gold, system, strict_f1, relaxed_f1, type_accuracy,
    value_precision, value_recall, value_f1, words, words_per_second`` and the
    other span figures.  Takes a few seconds on the full corpus.
    """
    import importlib.util
    import sys

    from .paths import ROOT

    script = ROOT / "benchmarks" / "dates_tempeval.py"
    if not script.exists():
        return None
    spec = importlib.util.spec_from_file_location("dates_tempeval", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("dates_tempeval", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    if not module.CORPUS.is_dir():
        return None
    docs = module.load_corpus(module.CORPUS, limit)
    figures, _ = module.evaluate(docs, module.tag_with_helpers)
    figures["documents"] = len(docs)
    return figures
