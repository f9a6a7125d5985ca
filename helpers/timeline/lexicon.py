"""Words of time: month, weekday and number words, units, seasons, holidays, and the cues of tense.

Plain data for :mod:`.patterns` (which builds the recognizer from it) and for
the resolvers.  The tense cues read the verbs of a sentence, English news
style, with no tagger: :data:`FUTURE`, :data:`PAST`, and the reporting verbs
(:data:`REPORTING`), which say when something was said rather than when what
was said happens.
"""

from __future__ import annotations

import re

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
#: TIMEX3 part-of-day codes, named.
PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
#: Fixed-date holidays; Thanksgiving and Easter are computed.
HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "independence day": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
    "thanksgiving day": None, "thanksgiving": None, "easter sunday": None, "easter": None,
}

#: Adverbs of repetition and their TIMEX3 SET values.
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
               "yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H", "biweekly": "P2W", "fortnightly": "P2W"}
#: Decade words of spoken years ("the nineties").
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}

# --------------------------------------------------------------------------- tense cues
# Tense cues for the clause around an expression (English news, no tagger needed).
#: Words and phrases that put a clause in the future, in the order they are tried.
FUTURE_CUES = [
    r"(?:will|shall|would|is\s+to|are\s+to|to)\s+(?:not\s+)?(?:be|have\s+been)\s+\w+ed\b",  # "will be held"
    r"(?:will|shall)\s+(?:not\s+)?be\s+\w+",  # "will be paid", "will be in Rome"
    r"(?:will|shall)\s+(?:not\s+)?be\s+(?:held|met|made|given|taken|seen|done|sent|led|set)\b",
    "will", "won't", "shall", "'ll", r"going\s+to", r"plans?\s+to", r"planning\s+to", r"intends?\s+to",
    r"expects?\s+to", r"expected\s+to", r"is\s+(?:set|due|scheduled)\s+to", r"are\s+(?:set|due|scheduled)\s+to",
    "scheduled", "upcoming", "next", "may", "might", "could", r"hopes?\s+to", r"aims?\s+to", r"is\s+to", r"are\s+to",
    r"would\s+(?:likely\s+)?(?:attend|visit|meet|travel|hold|be\s+held)",
]
FUTURE = re.compile(r"\b(?:" + "|".join(FUTURE_CUES) + r")\b", re.IGNORECASE)
# Reporting verbs say when something was said, not when what was said happens
# ("said the offer expires Nov. 6"): they count for weekdays ("said Friday")
# but not for the year of a month or a date.
REPORTING = re.compile(r"\b(?:said|told|says|added|announced|reported|stated)\b", re.IGNORECASE)
PAST = re.compile(
    r"\b(?:was|were|had|did|been|ago|last|earlier|previously|since|"
    r"met|spoke|went|came|took|made|gave|held|saw|began|left|became|got|ran|sent|won|lost|fell|rose|paid|"
    r"sold|bought|brought|thought|found|kept|led|hit|cut|put|grew|knew|wrote|flew|drove|chose|sought|"
    r"\w{2,}(?<!ne)(?<!fe)(?<!spe)(?<!se)(?<!ce)(?<!de)(?<!he)(?<!ble)(?<!bre)(?<!we)ed)\b",  # not succeed, need, indeed
    re.IGNORECASE,
)
# Sentence ends by punctuation, for tense and same-sentence links (an abbreviation does not end one).
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")
ABBREV_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"No|Inc|Corp|Co|Ltd|Jr|Sr|vs|U\.S|a\.m|p\.m|[A-Z])\.)$"
)
#: The signal before an expression: the preposition that says how it is used ("since February").
SIGNAL = re.compile(
    r"(?:\b(since|until|till|by|before|after|from|on|in|during|at|through|throughout|between|for|over|within|"
    r"as\s+of|ahead\s+of|as\s+early\s+as|as\s+late\s+as|of|to)\s+)$",
    re.IGNORECASE,
)

