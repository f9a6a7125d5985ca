"""The fixed word lists of the framing analysis (the editable ones are data files in ``helpers/data``).

Each list serves one heuristic, named beside it.  Words are lower case, as
:func:`helpers.framing.tokens.normalise_word` leaves them.
"""

from __future__ import annotations

#: Curly apostrophes read as the straight one, so "Biden’s" and "Biden's" are one word.
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

#: "U.S." as the tokenizer cuts it, read as "us" when aligning sentences.
US_SPELLINGS = {"u.s": "us", "u.s.": "us"}

#: Attribution formulas recur in every news text whatever the fact: not evidence of the same fact.
ATTRIBUTION_WORDS = frozenset(
    "according official officials senior said says say told added adding spokesman spokeswoman "
    "spokesperson source sources statement".split()
)

#: Month and day names: dates are specific facts, counted as names when aligning sentences.
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

#: Title words that may stand before a leader's name ("former President", "Chinese leader", "Mr").
TITLE_WORDS = frozenset(
    "president presidents mr mrs ms dr premier chairman secretary general leader leaders vice vice-president "
    "prime minister "
    "former chinese china's us u.s u.s. american russian state foreign top senator governor then-president then-vice "
    "party communist supreme paramount adviser advisor envoy spokesman spokeswoman chief director ambassador".split()
)

#: Head titles that take up to two lower-case modifiers before them: "trade minister", "national security adviser".
HEAD_TITLES = frozenset(
    "minister secretary adviser advisor envoy spokesman spokeswoman chief director ambassador".split()
)

#: Adverbs skipped between an actor and its verb: "Biden has long preached".
ADVERBS = frozenset("long also still already now just then again even only soon once jointly".split())

#: Auxiliaries kept with the verb that follows ("has held"), or standing as the verb ("Biden is in Rome").
AUXILIARIES = frozenset(
    "has have had is are was were will would can could may might must shall should did does do be been being".split()
)

#: Negations kept with the verb, like auxiliaries: "has not replied".
NEGATIONS = frozenset(("not", "never"))
