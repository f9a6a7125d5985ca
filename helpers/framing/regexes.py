"""The regular expressions of the framing analysis, each with what it finds and who uses it."""

from __future__ import annotations

import re

#: A possessive right after a name: "Biden’s call".
POSSESSIVE = re.compile(r"[’']s\b")

#: Punctuation that ends a run of capitalised words: "Xi, China’s leader" is two runs.
NAME_BREAK = re.compile(r"[,;:()\[\]—–]")

#: A dateline before a lede: "KESSEL (Northern Wire) - ", "WASHINGTON —".
LEADING_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([^)\n]{1,40}\))?\s*(?::|—|–|--|-)\s+"
)

#: A noun that makes a name attributive: "the Biden administration", "Biden officials".
ATTRIBUTIVE = re.compile(r"\s+(?:administration|officials?|aides?|team|government|era|White House)\b")

#: Role nouns that complete an actor named by a capitalised word: "Trade ministers", "Chinese diplomats".
ROLE_NOUNS = re.compile(
    r"\s+(?:ministers?|leaders?|diplomats?|envoys?|negotiators?|spokes(?:man|woman|person)|"
    r"lawmakers?|authorities|forces|media|experts?|analysts?)\b"
)

#: What joins two actors: "Biden and Xi", "Biden, Xi", "Biden, and Xi".
ACTOR_JOINER = re.compile(r"\s+and\s+|,\s*(?:and\s+)?")

#: A word of a title before a name, dots and hyphens kept: "U.S.", "then-president".
TITLE_WORD = re.compile(r"[\w.’'-]+")

#: Text between quotation marks within a paragraph; an unclosed mark runs to the paragraph's end.
QUOTE_SPAN = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")

#: Characters blanked out (``\0``) where a quote stood in a narrator sentence.
BLANKED = re.compile(r"\0+")

#: Quotation marks left behind once quotes are blanked out.
QUOTE_MARKS = re.compile(r"[“”\"]")

#: Runs of white space, read as one space.
WHITESPACE = re.compile(r"\s+")


def leader_regex(leader: dict) -> re.Pattern:
    """A leader's mentions: the surname, with a given name before it (or after it, family name first).

    The group ``name`` is the name as written, ``poss`` a possessive "’s".
    """
    sur = re.escape(leader["surname"])
    given = sorted(leader["given"], key=len, reverse=True)
    g = "|".join(re.escape(x) for x in given)
    if not given:
        core = sur
    elif leader["family_name_first"]:
        core = rf"{sur}(?:\s+(?:{g}))?"
    else:
        core = rf"(?:(?:{g})\s+)?{sur}"
    return re.compile(rf"(?<![\w-])(?P<name>{core})(?P<poss>[’']s)?(?![\w-])")
