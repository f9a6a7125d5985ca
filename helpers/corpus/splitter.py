"""pysbd's English rules, its slow pass made quick: the project's former splitter, kept for comparison.

:mod:`helpers.corpus.sentences` now splits with nupunkt (:mod:`.punkt`);
``benchmarks/sentence_splitters.py`` runs the project's corrections on both.

pysbd spends most of its time in one pass: for every abbreviation it knows
(about 200) that occurs in the text, it builds regular expressions from
strings, and for *every* occurrence it rewrites the whole text with one of
them, though the rewrite is the same for every occurrence of the same
abbreviation.  With more patterns than Python's regex cache holds, each is
compiled anew every time, and so is every other pattern of pysbd.

:class:`QuickAbbreviationReplacer` gives the same output with each pattern
compiled once and each distinct rewrite done once per line.  Running a
rewrite again changes nothing: each rewrite only turns a ``.`` into ``∯``,
and no pattern can match more after that (``∯`` is none of the characters
their look-arounds ask for), so what the second run would replace the first
already did.  ``benchmarks/sentence_splitters.py`` measures the splitters;
``tests/corpus/test_splitter.py`` checks the output against pysbd's own.

>>> segments("Mr. Xi spoke. He said no.")
['Mr. Xi spoke.', 'He said no.']
"""

from __future__ import annotations

import re
from functools import lru_cache

from pysbd.lang.english import English
from pysbd.processor import Processor


@lru_cache(maxsize=None)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def _sub(pattern: str, txt: str) -> str:
    # pysbd prepends a space so that its look-behinds match at the start of the text, then removes it
    return _compiled(pattern).sub("∯", " " + txt)[1:]


class QuickAbbreviationReplacer(English.AbbreviationReplacer):
    """pysbd's English abbreviation pass, with the same output: patterns compiled once, each rewrite done once."""

    def search_for_abbreviations_in_string(self, text):
        lowered = text.lower()
        done: set[tuple[str, str]] = set()
        for abbr in self.lang.Abbreviation.ABBREVIATIONS:
            stripped = abbr.strip()
            if stripped not in lowered:
                continue
            abbrev_match = _compiled(r"(?:^|\s|\r|\n){}".format(stripped), re.IGNORECASE).findall(text)
            if not abbrev_match:
                continue
            # pysbd's own pattern, braces included
            char_array = _compiled(r"(?<={" + str(re.escape(stripped)) + "} ).{1}").findall(text)
            for ind, match in enumerate(abbrev_match):
                text = self._replace_once(text, match, ind, char_array, done)
        return text

    def _replace_once(self, txt, am, ind, char_array, done) -> str:
        """pysbd's ``scan_for_replacements``, skipping a rewrite already made to this line."""
        char = char_array[ind] if ind < len(char_array) else ""
        abbreviation = self.lang.Abbreviation
        key = am.strip()
        lower = key.lower()
        if str(char).isupper() and lower not in abbreviation.PREPOSITIVE_ABBREVIATIONS:
            return txt
        if lower in abbreviation.PREPOSITIVE_ABBREVIATIONS:
            rule, pattern = "prepositive", r"(?<=\s{abbr})\.(?=(\s|:\d+))".format(abbr=key)
        elif lower in abbreviation.NUMBER_ABBREVIATIONS:
            rule, pattern = "number", r"(?<=\s{abbr})\.(?=(\s\d|\s+\())".format(abbr=key)
        else:
            rule = "period"
            pattern = r"(?<=\s{abbr})\.(?=((\.|\:|-|\?|,)|(\s([a-z]|I\s|I'm|I'll|\d|\())))".format(abbr=re.escape(key))
        if (rule, key) in done:
            return txt
        done.add((rule, key))
        return _sub(pattern, txt)


class QuickEnglish(English):
    """pysbd's English, with :class:`QuickAbbreviationReplacer`."""

    AbbreviationReplacer = QuickAbbreviationReplacer


def segments(text: str) -> list[str]:
    """pysbd's English segments of ``text`` (``clean=False``), as its processor returns them: not re-anchored."""
    return Processor(text, lang=QuickEnglish, char_span=False).process()
