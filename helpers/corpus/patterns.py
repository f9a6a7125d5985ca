"""The regular expressions and word lists that split and label paragraphs and sentences.

Kept apart from the code that uses them, so a reader can see every rule of
the splitter in one place.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- paragraphs

#: A line holding nothing but whitespace, any Unicode whitespace (a no-break space left by a web page too).
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
LINE_BREAK = re.compile(r"\n")
BULLET = re.compile(r"[ \t]*(?:[•●▪◦‣·*]|-(?=\s)|\d{1,2}[.)](?=\s))\s*")
BULLET_LINE = re.compile(r"\n(?=[ \t]*(?:[•●▪◦‣·*]|-\s|\d{1,2}[.)]\s))")
DATELINE = re.compile(
    r"(?P<dateline>[A-Z][A-Z.'’\- ]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?(?:\s*\([^)\n]{1,40}\))?\s*(?::|—|–|--|-)\s+)(?=\S)"
)
#: The separator after a dateline's place, and the whitespace around it (a no-break space too).
DATELINE_END = re.compile(r"[\s:—–-]+$")
LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z’']*(?: [A-Za-z’'-]+){0,5}):\s+(?=\S)")
BOILERPLATE = re.compile(
    r"(?:[–—-]\s*)?(?:Copyright\b|©|\(c\)\s*\d{4}|All rights reserved|Leave a [Cc]omment|"
    r"Sign up\b|Subscribe\b|Read more\b|Click here\b|Follow us\b|Share this\b|Comments?$"
    r"|\\?###$)",  # "###" (escaped "\###" in Markdown) closes a press release
)
TRAILING_COPYRIGHT = re.compile(r"\s+(?=[–—-]\s*Copyright\b|©\s*\d{4}|Copyright\s+(?:©\s*)?\d{4}|Copyright The\b)")
TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
#: 'He concluded:' or 'The minister said:' opens a quotation; it is no lead-in label.
SPEECH_WORDS = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|concluded|concludes|explained|explains|"
    r"noted|notes|declared|declares|stated|states|warned|warns|replied|replies|tweeted|tweets|continued)\b"
    r"|^(?:he|she|they|we|i|it)\b",
    re.IGNORECASE,
)
#: Typographic marks read as their plain forms when a first paragraph is compared with the title.
PLAIN_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})

# --------------------------------------------------------------------------- sentences

#: Words whose full stop does not end a sentence (lower case, without the final dot).
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "corp", "co", "ltd", "jr", "sr", "no", "vs", "etc", "approx", "dept", "est", "fig",
    "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g",
}
#: Titles written before a name ("Lt. Gov. Ralph Northam"): a full stop after one never ends a sentence.
TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "sens", "rep", "reps", "gov", "lt", "col", "capt", "sgt", "adm",
    "brig", "cmdr", "cpl", "det", "maj", "rev", "supt",
}
QUOTED_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[“\"‘']?[A-Z])")
#: A full stop inside a closing double quotation mark, then a capital: the next sentence begins.
CLOSED_QUOTE_SPLIT = re.compile(r"(?<=\.[”\"])\s+(?=[“\"‘]?[A-Z])")
LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
#: A dash and a space opening a sentence: a quotation's attribution ("… ever.” ― Jane Doe"), not a sentence.
DASH_LEAD = re.compile(r"[―—–]\s")
#: A possible sentence end inside a chunk: terminal punctuation, or a line break, followed by more text.
INNER_BREAK = re.compile(r"[.!?…;:][\"'”’)\]]*\s+\S|\n\s*\S")

# --------------------------------------------------------------------------- normalisation (see normalise.py)

#: A line that starts something of its own, even in hard-wrapped text: a bullet, a speaker label
#: ("MS. PSAKI:", "Q"), a time stamp ("3:07 P.M. EDT") or a transcript's "END".
HARD_LINE_START = re.compile(
    r"[^\S\n]*(?:[•●▪◦‣·*]\s|-\s|\d{1,2}[.)]\s|[A-ZÀ-Þ][A-ZÀ-Þ.'’\- ]{0,60}:\s|Q(?::|[^\S\n]+\S)"
    r"|\d{1,2}:\d{2}\s|END\s*$)"
)
#: Whitespace a reader takes for a plain space: no-break, narrow, thin spaces, tabs (not line breaks).
ODD_SPACE = re.compile(r"[^\S\n ]")
#: What a reader never sees: a Markdown escape's backslash ("\[sic\]", "\###") and an HTML tag ("<sup>").
MARKUP = re.compile(
    r"\\(?=[\[\]#*_`(){}!>+.|\\-])|</?(?:sup|sub|s|del|ins|em|i|b|strong|u|span|br|small|a|p)(?:\s[^<>\n]*)?/?>",
    re.IGNORECASE,
)
