"""The regexes and word lists that find the words naming a speaker in a mention (:func:`helpers.quotes.nouns.speaker_mention`).

Kept apart from :mod:`helpers.quotes.lexicon` and :mod:`helpers.quotes.patterns`, which hold the attribution
rules' lists: these say what a speaker's name is not (a place, a party marker, a date, a sentence fragment).
"""

from __future__ import annotations

import re

#: A party marker after a name: "R-Texas", "(D-N.Y.)", "R-S.C".
PARTY_MARKER = re.compile(r"\(?\b[RDI]-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?\)?")
#: A capitalised run just before ", " at the end of a window: the name a party marker follows.
NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]+),\s*\(?$")
#: "Twitter's Adam Sharp": an owner in the possessive before a name of two capitalised words or more.
OWNER_BEFORE_NAME = re.compile(r"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:'s|’s)\s+(?=[A-Z][\w.'’-]*\s+[A-Z])")
#: A place at the end of a mention, after "of", "in", "from" or "to" ("Senator Jane Roe of Ohio").
PLACE_AFTER = re.compile(r",?\s+(of|in|from|to)\s+([^,]+(?:,\s*[A-Z][\w.]*)?)$")
#: "one of her lawyers", "some of the senators": the group the speaker is one of.
ONE_OF = re.compile(r"^(?:one|some|many|two|three|several|most|none|each|any|all)\s+of\s+", re.I)
#: A mention that opens with a preposition or a participle is a fragment of the sentence, not a speaker.
FRAGMENT_START = re.compile(
    r"^(?:of|on|in|over|including|with|from|by|to|at|for|about|into|during|than|speaking|according)\b", re.I)
#: Months, weekdays and number words: a date or a count is never a speaker.
DATE_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday yesterday today tomorrow one two three four five six seven eight "
    "nine ten eleven twelve twenty thirty forty fifty hundred".split())
#: "Gov" cut off at its full stop: the name after it ("said Gov. Jane Roe").
NAME_AFTER_TITLE = re.compile(r"\.?\s+((?:(?:[A-Z]\.|[A-Z][\w'’-]+)\s+){0,3}[A-Z][\w'’-]+)")
#: "the aide, Jane Roe, said": the name in apposition after a description.
NAME_IN_APPOSITION = re.compile(r",\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),")
#: A party marker right after a name, in brackets or between commas: "Jane Roe (R-Ohio)", "Jane Roe, D-Iowa,".
PARTY_AFTER_NAME = re.compile(r"\s*(?:\(|,\s*)((?:[RDI]|Rep|Dem)-[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)")
#: An appositive naming a party member: "Jane Roe, a Republican,", "Tom Ash, the Ohio Democrat who ...".
PARTY_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?(Republican|Democrat|Independent|Conservative|Labour|Liberal)\b")
#: Someone who speaks for another: "a spokeswoman for Jane Roe", "Roe's campaign", "an aide to Senator Roe".
SPEAKS_FOR = re.compile(
    r"(?i)\b(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|lawyers?|attorneys?|campaign|office|staff|staffers?|"
    r"chief of staff|press secretary|communications director)\s+(?:for|to|of)\s+|(?:'s|’s)\s+(?:[\w-]+\s+)?"
    r"(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|lawyers?|attorneys?|campaign|office|staff)\b")
#: A newspaper, a magazine, a newsroom: the press speaks for itself, not for a government.
MEDIA_NAME = re.compile(
    r"(?i)\b(?:post|times|journal|tribune|herald|gazette|chronicle|newspaper|magazine|editorial board|editors|"
    r"columnist|news service|wire service)\b")
#: The named owner of a spokesperson or an aide: "a Microsoft spokesperson", "a spokesman for Acme".
OWNER_OF_SPEAKER = re.compile(
    r"\b([A-Z][\w&.-]+)(?:'s|’s)?\s+(?:campaign\s+)?(?:spokes(?:man|woman|person)|aide|adviser|official|lawyer)s?\b"
    r"|\b(?:spokes(?:man|woman|person)|aide|adviser|lawyer)s?\s+(?:for|to|at)\s+([A-Z][\w&.-]+)")
