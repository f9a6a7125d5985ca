"""The recognizer: one compiled regular expression with a named group per rule.

:data:`RULES` lists the rules, most specific first (the first alternative
that matches at a position wins); :data:`MASTER` is their alternation, each
rule a named group, so ``match.lastgroup`` says which rule found an
expression.  Each rule has its resolver in :data:`.resolvers.RESOLVERS`.
Month and weekday names must be capitalised (``(?-i:...)``) so "may",
"march" and "sun" as ordinary words are left alone.
"""

from __future__ import annotations

import re

from .lexicon import HOLIDAYS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS


def alt(words) -> str:
    """A regex alternation of ``words``, longest first (so "sept" wins over "sep")."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


# --------------------------------------------------------------------------- building blocks

_MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=\s+\d))"
_MONTH_CAPS = r"(?-i:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|{_MONTH_CAPS})"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d,.]\d|\s*%|-(?:year|month|day|week|member|strong|page|point)\b)"
YEAR_ANY = r"(?:(?:1[0-9]|20)\d\d)"
DASH = r"(?:-|–|—)"  # between the ends of a written range ("1998-99", "January 26-27")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
PART = rf"(?:{alt(PARTS_OF_DAY)})"
SEASON = rf"(?:{alt(SEASONS)})"
UNIT = rf"(?:{alt(UNITS)})"
UNITS_PL = r"(?:seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries|weekends)"
UNIT_ANY = rf"(?:centuries|{UNIT}s?)"
NUM_WORD = alt(k for k in NUMBER_WORDS if k not in ("a", "an"))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_TENS})(?:[\s-](?:{_ONES}))?|{NUM_WORD}|an?)"
)
VAGUE = r"(?:a\s+few|a\s+couple\s+of|a\s+number\s+of|few|several|many)"
APPROX = (r"(?:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|"
          r"about|around|nearly|almost|roughly|approximately|some|(?:just|well)\s+(?:over|under)|over)")
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
    # ranges: "January 26-27", "26-27 January 2024", "Jan. 30-Feb. 2", "1998-99", "2003–2005"
    ("day_range", rf"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}\s*{DASH}\s*(?:{MONTH}\s+)?{DAY}(?:,?\s+{YEAR_ANY})?(?![\d:])|{DAY}\s*{DASH}\s*{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR_ANY})?(?!\d)"),
    ("year_range", rf"{YEAR_ANY}\s*(?:{DASH}|/)\s*(?:{YEAR_ANY}|\d\d)(?![\d,.]?\d|\s*%|-)"),
    ("weekday_month_day", rf"{WEEKDAY},?\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR_ANY})?(?!\d)"),
    ("month_day", rf"(?:{MOD_PREFIX})?{MONTH}\s+{DAY}(?:,?\s+{YEAR_ANY})?(?![\d:])"),
    ("day_month", rf"{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR_ANY})?(?!\d)"),
    ("month_year", rf"(?:{MOD_PREFIX})?{MONTH},?\s+(?:of\s+)?(?:{YEAR_ANY}(?!\d)|(?:this|last|next)\s+year\b)"),
    ("time_day", rf"{TIME_OF_DAY}{ZONE}(?:,?\s+(?:on\s+)?(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR_ANY})?(?![\d:])|{WEEKDAY}|{DEICTIC_DAY}|yesterday|(?:this|last)\s+(?:morning|night|evening)))?"),
    ("season_year", rf"(?:(?:the\s+)?(?:{MOD_PREFIX})?{SEASON}\s+(?:of\s+)?{YEAR}|(?:{MOD_PREFIX})?{RELWORD}\s+{SEASON})"),
    ("quarter", rf"(?:(?:{YEAR_REF})'s\s+|the\s+{YEAR}\s+)?(?:the\s+)?(?:fiscal\s+)?{QUARTER_ORD}(?:-|\s+)(?:fiscal\s+)?(?:quarter|half)(?:\s+of\s+(?:{YEAR_REF}|the\s+year))?"),
    ("quarter_rel", rf"the\s+{YEAR}\s+(?:quarter|period)\b|(?:the|this|last|next)\s+(?:current\s+|latest\s+|previous\s+|recent\s+|same\s+|fiscal\s+)?(?:quarter|period)\b(?!\s+of\s+a)|(?:the\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?"),
    ("decade", rf"(?:the\s+)?(?:{MOD_PREFIX})?(?:(?:1[0-9]|20)\d0s|'\d0s|(?:the\s+)?(?:{alt(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))[\s-]century)"),
    ("fiscal_year", rf"fiscal\s+(?:year\s+)?{YEAR_ANY}(?:-\d\d)?"),
    ("weekday", rf"(?:(?:last|next|this|early|late|the\s+previous|the\s+following|the\s+preceding)\s+)?{WEEKDAY}(?:\s+{PART})?(?!,?\s+{MONTH})"),
    ("holiday", rf"(?:(?:last|next|this)\s+)?(?-i:{alt(h.title().replace('S ', 's ') for h in HOLIDAYS)})(?:\s+{YEAR})?"),
    # relative to the publication date or to the last date mentioned
    # "two to three weeks", "between two and four weeks", "weeks or months": one length, from its lower end
    ("duration_range", rf"(?:between\s+(?:the\s+(?:past|last|next|first)\s+)?{NUMBER}\s+and\s+|(?:the\s+(?:past|last|next|coming|first|previous)\s+)?{NUMBER}(?:\s*{DASH}\s*|\s+(?:to|or)\s+)){NUMBER}(?:-|\s+){UNIT_ANY}(?![\w-]*old\b|\s+old\b|\s+(?:or\s+so\s+)?(?:ago|earlier|later|from\s+now|hence)\b)|{UNITS_PL}\s+or\s+(?:even\s+)?{UNITS_PL}(?!\s+(?:ago|earlier|later)\b)"),
    # "two weeks ago", "ten years from now", "a week or so ago"; "two weeks later than planned" is a length
    ("ago", rf"(?:{APPROX}\s+)?(?:{NUMBER}|{VAGUE})\s+{UNIT_ANY}\s+(?:or\s+so\s+)?(?:ago|earlier(?!\s+than)|later(?!\s+than)|from\s+(?:now|today)|hence|(?:before|after)(?=\s*[,.;:)]|\s*$))"),
    ("vague_ago", rf"{UNITS_PL}\s+(?:ago|earlier(?!\s+than)|later(?!\s+than)|(?:before|after)(?=\s*[,.;:)]|\s*$))"),
    ("anaphoric", rf"(?:(?:earlier|later)\s+(?:that|the\s+same)\s+|that\s+(?:same\s+)?|the\s+{ANA}\s+|(?:the\s+)?(?:day|night|week|month|year)\s+(?:before|after)\s+(?=\w))(?:day|morning|afternoon|evening|night|week|weekend|month|year|quarter)(?:\s+before|\s+after)?"),
    ("relative", rf"(?:{MOD_PREFIX}|(?:earlier|later)\s+)?(?:this|last|next|the\s+coming|the\s+current|this\s+past)\s+(?:(?:week|month|year|weekend|decade|century|quarter)\b|{MONTH}\b|(?:morning|afternoon|evening|night)\b)"),
    ("mod_year", rf"{MOD_PREFIX}{YEAR}"),
    ("spoken_year", rf"(?:the\s+year\s+)?(?:nineteen|twenty)[\s-](?:oh[\s-](?:{_ONES})|{_TEENS}|(?:{_TENS})(?:[\s-](?:{_ONES}))?)(?!\s+(?:people|percent|dollars|times)\b)|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|{_TEENS}))?|the\s+(?:(?:early|late|mid)[\s-])?(?:nineteen[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"),
    ("year", rf"(?:the\s+year\s+)?{YEAR}(?!\s+(?:percent|per\s+cent|people|times)\b)"),
    ("month", rf"(?:{MOD_PREFIX}|(?:this|last|next)\s+)?{MONTH}(?![\w-])"),
    # durations and sets
    ("duration", rf"(?:(?:the|a|this|these)\s+)?(?:{APPROX}\s+)?(?:(?:past|last|next|coming|first|final|previous|recent|remaining|entire|full|whole|same)\s+)?(?:{NUMBER}|{VAGUE})(?:-|\s+)(?:and\s+a\s+half\s+)?{UNIT_ANY}(?:\s+and\s+a\s+half)?(?![\w-]*old\b|\s+old\b)(?<!quarter(?=\s+of\b))(?<!quarters(?=\s+of\b))(?<!second(?=\s+[a-z]))"),
    ("unit_duration", rf"(?:the\s+)?(?:past|last|next|coming|previous|recent|entire|full|whole)\s+(?:few\s+|several\s+)?{UNIT_ANY}(?![\w-])|(?:recent|coming)\s+{UNITS_PL}\b|(?<!the\s)(?:years|decades|months|weeks|centuries)(?=\s+(?:of|ago|to\s+come|later|earlier|before)\b|[,.;]|\s*$)|(?<=for\s)(?:years|decades|months|weeks|days)\b|(?<=the\s)(?:days|weeks|months|years)(?=\s+(?:before|after|following|that\s+followed|ahead|leading)\b)"),
    ("set", rf"(?:every|each|per)\s+(?:other\s+)?(?:{UNIT}|{WEEKDAY}|{PART})|(?:daily|weekly|monthly|yearly|nightly|hourly|biweekly|fortnightly)\b|(?:quarterly|annually)\b(?!\s+(?!(?:since|in|at|for|from|to|and|or|but|through|until|by|on|with|as|over|after|before|during|than|the|a|an)\b)[A-Za-z])|(?:once|twice|\w+\s+times)\s+an?\s+{UNIT}"),
    # "at the time", "at that time" (a past reference); "until then", "by then" (the date before)
    # (as TimeBank tags them: not "at this point", "at the moment", "since then")
    ("present_ref", r"(?<=\bat\s)(?:the|that)\s+time(?!\s+(?:(?:of|when|that|to|for|being|he|she|they|we|i|you|it)\b|(?-i:[A-Z])))|(?:(?<=until\s)|(?<=till\s)|(?<=by\s))then\b"),
    ("deictic", r"(?:{d}|(?-i:Now)(?!,)|(?-i:now)|currently|current(?=\s+(?!account)[a-z])|recently|recent(?=\s+[a-z])|future(?=\s+(?!of\b)[a-z])|nowadays|these\s+days|at\s+present|presently|the\s+present|(?<!as\s)soon(?!\s+(?:as|after|afterwards|thereafter)\b)|right\s+now|the\s+past|the\s+future|in\s+future|(?:the\s+)?(?:near|distant|foreseeable)\s+future|lately|once\s+again)".format(d=DEICTIC_DAY)),
    ("part_of_day", rf"(?:this|that|the|last|tomorrow|yesterday)\s+{PART}"),
    ("weekend", r"the\s+weekend"),
    ("the_period", r"(?:the\s+(?:end|close)\s+of\s+(?:the\s+)?)?(?:year|year's|month|month's)[\s-]end|the\s+(?:end|close)\s+of\s+the\s+(?:year|month|week|quarter)|the\s+(?:current\s+|latest\s+|full\s+|same\s+)?(?:fiscal\s+)?(?:year|week)(?!\s+(?:two|before|after|earlier|later|ago)\b)|(?:the\s+)?(?:early\s+|late\s+)?(?-i:summer|spring|winter|autumn)(?=\s*[,.;]|\s+(?:when|as|and|of|in|to|before|after)\b)|the\s+(?:near|short)\s+term"),
]


#: What must come before and after an expression: not inside a word ("2021" of "x2021y", "may" of "dismay").
MASTER_BEFORE = r"(?<![\w'’-])"
MASTER_AFTER = r"(?=['’]s\b|['’](?!\w)|[^\w'’-]|-(?=-)|$)"
MASTER = re.compile(
    MASTER_BEFORE + "(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in RULES) + ")" + MASTER_AFTER,
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- extents and vague references
# TimeBank extents: "a 16-hour (flight)" is "16-hour"; "four flights a week" is a SET.
# (a number word ends where the word ends: "the fourth quarter" is no "four-quarter")
PRENOMINAL = re.compile(
    rf"(?:a|an|the)\s+(?=(?:\d\S*|(?:{NUM_WORD})(?:-(?:{_ONES}))?(?!\w))(?:-|\s+)(?:{UNIT})$|{QUARTER_ORD}-quarter$)", re.IGNORECASE)
PER_QUANTITY = re.compile(r"(?:\d[\d,.]*|\w+s)\s+$")
# --------------------------------------------------------------------------- the document's own day
# A transcript or readout that gives its own date near the top: on a line of its own
# ("September 9, 2021", "Thursday, 9 September 2021"), or as a dateline before a dash
# ("WASHINGTON, Sept. 9, 2021 — ...").  Relative dates ("tomorrow", "on Friday") count from it.
STATED_LINES = 6  # the first lines of text that are read for it
STATED_DAY = re.compile(
    rf"^[ \t\u00a0]*(?:(?:[A-Z][A-Za-z.'’ -]{{1,40}}[,(]\s*)|(?:[A-Za-z ]{{0,30}}:\s*))?(?:{WEEKDAY},?\s+)?"
    rf"(?P<day>{MONTH}\s+{DAY},?\s+{YEAR_ANY}|{DAY}\s+{MONTH},?\s+{YEAR_ANY}|(?:19|20)\d\d-[01]\d-[0-3]\d)"
    rf"(?:[ \t\u00a0]*$|\)?\s*(?:—|–|--|-)\s)",
    re.MULTILINE,
)
RANGE_SIGNAL = re.compile(r"between\s+", re.IGNORECASE)
NOT_QUANTITIES = {"was", "is", "has", "takes", "lasts", "needs", "spends", "as", "its", "this", "his", "times", "was"}
# "recent years", "the coming weeks": a reference word, not a length.
VAGUE_PAST = re.compile(r"\brecent\b")
VAGUE_FUTURE = re.compile(r"\bcoming\b")

# --------------------------------------------------------------------------- context words
# "May" and "March" are months only in a date's company: after a preposition ("in May"),
# or for March before a number or an event ("March 2021", "the March summit").
MAY_BEFORE = re.compile(r"\b(?:in|since|until|by|of|early|late|mid|during|through|from|to|last|next|this)\s+$")
MARCH_BEFORE = re.compile(r"\b(?:in|since|until|by|of|early|late|mid|during|through|from|to|last|next|this|the)\s+$")
MARCH_AFTER = re.compile(r"\s+(?:\d|summit|meeting|talks|visit|election|deadline|agreement|statement)")
# "for the year": a length of time, not a date.
FOR_THE_YEAR = re.compile(r"\b(?:for|during|over|throughout)\s+$")
