"""The words of an engagement: cues (call, met, visit ...), negation, plans, roles, sides and places.

Regular expressions read by :mod:`.actors` and :mod:`.mentions`.  The names
of the actors themselves are data: ``helpers/data/people.csv``.
"""

from __future__ import annotations

import re

from .lexicon import MONTHS, WEEKDAYS

#: Adverbials a cue verb may carry before its preposition ("spoke by phone on Monday with", "met today with"):
#: manner (by phone, virtually, -ly adverbs), time (today, on Monday, on March 3, this morning, earlier this
#: week) and length (for two hours), up to three of them.
ADVERBIAL = (
    r"(?:by\s+(?:tele)?phone|by\s+video(?:\s+(?:link|conference))?|over\s+the\s+phone|virtually|remotely|"
    r"again|today|yesterday|tonight|once|twice|(?!(?:on)ly\b)\w+ly|this\s+(?:morning|afternoon|evening|week)|"
    r"(?:earlier|later)(?:\s+(?:today|this\s+(?:morning|afternoon|evening|week|month)))?|"
    r"on\s+(?:\w+day|the\s+phone)|(?:on|in)\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"for\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?\w+\s+(?:minutes|hours?))"
)
ADVERBIALS = rf"(?:,?\s+{ADVERBIAL}){{0,3}},?"
#: "speak to" names a call only with a person after it ("spoke to Xi", "speak to his counterpart"), not a
#: topic ("speak to that", "spoke to the importance of", "speak to China's concerns").
TO_PERSON = (
    r"to\b(?=\s+(?:him|her|them|each\s+other|one\s+another)\b|\s+"
    r"(?:his|her|their|the|a)\s+(?:\w+\s+)?(?:counterparts?|presidents?|leaders?|premier|ministers?|secretary|envoys?|"
    r"officials?)\b(?!['’]s)|\s+(?-i:[A-Z])(?![\w.]*['’]s\b))"
)
#: Engagement cues, by mode; the first that matches at a position wins.
CUES = [
    ("video call", r"video[- ]?(?:call|conference|link|chat|summit|meeting)s?|videoconferenc\w*|virtual\s+(?:meeting|summit|call|talks)|"
                   r"(?:met|meet(?:s|ing)?)(?:\s+\w+ly)?\s+virtually\b"),
    ("call", r"(?:tele)?phone\s+(?:call|conversation|talks?)s?|(?:a|the|their|his|her|its|second|first|third|latest|previous|this|that|phone)\s+calls?\b|"
             r"(?:the|their|a|this|that|latest|previous|first|second|today['’]s)\s+conversation\b|"
             rf"spoken\b|spoke{ADVERBIALS}\s+(?:with\b|by\b|{TO_PERSON})|"
             rf"speak(?:s|ing)?\s+(?:on|by)\s+(?:the\s+)?(?:tele)?phone|speak(?:s|ing)?{ADVERBIALS}\s+(?:with\b|{TO_PERSON})"),
    ("summit", r"summits?\b"),
    ("visit", r"visit(?:s|ed|ing)?\b|trips?\s+to\b|hosted\b|hosts?\b(?=\s+[A-Z])|travell?ed\s+to\b"),
    ("in-person meeting", r"met\b|meet(?:s|ing|ings)?\b|talks\b|in[- ]person\b|sat\s+down\s+with\b"),
]
CUE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (_, p) in enumerate(CUES)) + r")", re.IGNORECASE)
CUE_MODES = {f"c{i}": mode for i, (mode, _) in enumerate(CUES)}
NEGATION = re.compile(r"(?:\b(?:not|never|nor|without)\b|n't)(?:\s+\S+){0,2}\s*$|\bno\s+$", re.IGNORECASE)
#: Words that make an engagement planned rather than past, in the order they are tried.
PLAN_CUES = [
    "will", r"would\s+(?:attend|visit|travel|hold|host|join|be\s+held)", "(?-i:may)", "might", "could", "shall",
    r"plans?\s+to", "planned", "planning", "expected", "expects", "proposed", "possible",
    r"discuss(?:ed|es|ing)?\s+(?:a\s+|holding\s+a\s+)?meeting", "invited", "scheduled", "upcoming", "next",
    r"hopes?\s+to", r"aims?\s+to", r"pave\s+the\s+way", r"set\s+to",
]
PLANNED = re.compile(r"\b(?:" + "|".join(PLAN_CUES) + r")\b", re.IGNORECASE)
REPORTED = re.compile(r"^\s*(?:,\s*)?(?:also\s+)?(?:said|says|told|added|wrote|argued|warned|noted|insisted)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r",?\s+(?:and|but|while|whereas|then|after|before|because|who|which|that|when)\s+|;\s*|,\s+")

#: How an event label names a visited country of the registry ("Xi Jinping visits the US").
PLACE_NAMES = {"United States": "the US"}

# Words that put a role phrase on a side; the possessives of the registry's people
# ("Biden's aides") are added from the registry by :func:`.actors.side_words`.
SIDE_WORDS = {
    "US": r"US|U\.S\.|American|America['’]s|Washington(?:['’]s)?|the\s+Americans",
    "China": r"Chinese|China['’]s|Beijing(?:['’]s)?|PRC|the\s+People['’]s\s+Republic(?:\s+of\s+China)?",
}
ROLE_LEVELS = [
    ("leaders", r"leaders?|presidents?|heads?\s+of\s+state"),
    ("cabinet", r"(?:foreign|defen[cs]e|commerce|trade)\s+ministers?|ministers?|secretar(?:y|ies)\s+of\s+state|top\s+diplomats?|national\s+security\s+advis[eo]rs?"),
    ("deputies", r"deputy\s+secretar(?:y|ies)(?:\s+of\s+state)?|deputies|vice[- ]ministers?|vice[- ]presidents?"),
    ("envoys", r"(?:climate\s+|special\s+|trade\s+)?envoys?|ambassadors?"),
    ("other", r"officials?|counterparts?|aides?|delegations?|diplomats?|negotiators?|subordinates"),
]
#: Any role word, as :func:`.actors.role_phrases` ends a role phrase with one (case-sensitive, as that pattern).
ROLE_WORD = re.compile(r"(?:" + "|".join(p for _, p in ROLE_LEVELS) + r")\b")
ROLE_ADJ = r"(?:senior|top|junior|lower-level|high-level|climate|trade|military|defen[cs]e|foreign|government|administration|their|the|two)"

ROLE_LEVEL_OF = {f"r{i}": level for i, (level, _) in enumerate(ROLE_LEVELS)}
BOTH_LEADERS = re.compile(r"\b(?:the\s+two\s+(?:leaders|presidents|men|heads\s+of\s+state)|the\s+pair|both\s+(?:leaders|presidents|men))\b", re.IGNORECASE)
THEY = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
ROLE_AT_THE_TIME = re.compile(
    r"^\W{0,3}(?:(?:who|when|while)\s+(?:he|she)?\s*(?:was|were)\s+(?:also\s+|then\s+)?(?:the\s+|a\s+)?|then\s+)(?P<role>"
    + "|".join(p for _, p in ROLE_LEVELS[:4]) + r")",
    re.IGNORECASE,
)
COUNTRY_CONTEXT = re.compile(
    r"(?:\b(?:visit(?:s|ed|ing)?|to|in|with|between|and|hosted|toured|left)\s+)$", re.IGNORECASE
)
ADJECTIVAL = re.compile(r"^['’]?s?\s*(?:-|officials?\b|counterparts?\b|envoys?\b|delegation|president|leader|policy|policies|court|media|side)", re.IGNORECASE)
PLACE = re.compile(r"\bin\s+((?:the\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))(?![\w-])")
NOT_PLACES = set(MONTHS) | set(WEEKDAYS) | {"person", "public", "particular", "general", "front", "chinese", "the", "sino"}
ROLE_IN_CLAUSE = re.compile(
    r"\b(?:when|while|who)\s+(?:he|she)?\s*(?:was|were)\s+(?:also\s+|then\s+|still\s+)?(?:the\s+|a\s+)?(?P<role>"
    + "|".join(p for _, p in ROLE_LEVELS[:4]) + r")",
    re.IGNORECASE,
)
