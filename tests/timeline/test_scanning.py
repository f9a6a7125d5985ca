"""The fast scanner finds exactly what ``pattern.finditer`` finds."""

import random
import re
from re import _parser

import pytest

from helpers.timeline.patterns import MASTER, MASTER_AFTER, MASTER_BEFORE, RULES
from helpers.timeline.scanning import Scanner, _branches, _leading_lookbehind, scanner_for, starts
from helpers.timeline.tagging import scanner


#: the dates scanner, built at once (the pipeline's builds after 200,000 characters read)
FAST_DATES = Scanner(MASTER, RULES, MASTER_BEFORE, MASTER_AFTER, build_after=0)


def spans(matches):
    return [(m.start(), m.end(), m.lastgroup, m.group()) for m in matches]


TEXTS = [
    "The envoys talked for two hours on Tuesday, Oct. 5, and again the following week.",
    "NEW YORK, MARCH 3 2019 — Sales rose 12% in the third quarter of 2018, from 1998-99 levels.",
    "She’s met him twice a year since the 1990s; next spring’s visit is set for 5 p.m. EST, Nov. 6.",
    "A deal may come soon, perhaps within the coming weeks or months, or by year-end.",
    "İstanbul talks at 10:30 — ſeveral days ago — then the near future: every Monday morning.",
    "dismay mayday x2021y 2021x the year 2000 20210 Jan-Feb now, Now. NOW",
    "They will meet three times a week, for years, as they did 40 years ago.\n\nOn Sept. 9, 2021",
]


@pytest.mark.parametrize("text", TEXTS)
def test_dates_scanner_matches_the_master_pattern(text):
    assert spans(FAST_DATES.finditer(text)) == spans(MASTER.finditer(text))
    middle = len(text) // 3
    assert spans(FAST_DATES.finditer(text, middle, len(text) - 5)) == spans(MASTER.finditer(text, middle, len(text) - 5))


def test_random_texts_made_of_date_words_match_too():
    words = ["the", "last", "week", "May", "may", "2021", "9", "Sept.", "a", "times", "every", "day", "ago",
             "-", "’s", ",", ".", "\n", "years", "Monday", "next", "early", "of", "x", "İ", "two", "hours"]
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "  ", "\t"]) for _ in range(rng.randint(1, 25)))
        assert spans(FAST_DATES.finditer(text)) == spans(MASTER.finditer(text)), text


def test_a_small_pattern_with_overlapping_rules():
    rules = [("short", r"ab"), ("long", r"b\w+c"), ("word", r"\w+\s+times"), ("num", r"\d+(?:st|nd)?")]
    before, after = r"(?<!\w)", r"(?!\w)"
    pattern = re.compile(before + "(?:" + "|".join(f"(?P<{n}>{r})" for n, r in rules) + ")" + after, re.I)
    fast = Scanner(pattern, rules, before, after, k=3, build_after=0)
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(["a", "b", "c", "B", " ", "1", "st", "times", "x", "Ä"]) for _ in range(30))
        assert spans(fast.finditer(text)) == spans(pattern.finditer(text)), text


def test_starting_strings_are_read_from_the_pattern():
    assert starts(_parser.parse(r"the\s+week", re.I), 4) == {"the "}
    assert starts(_parser.parse(r"(?:next|last)\s+\d", re.I), 6) == {"next 0", "last 0", "next  ", "last  "}  # digits as 0, spaces as " "
    assert starts(_parser.parse(r"now", re.I), 6) == {"now"}  # a shorter match keeps its whole text


def test_alternatives_and_a_leading_lookbehind_are_read_outside_classes_and_groups():
    assert _branches(r"a|b(?:c|d)|[|]", 0) == ["a", "b(?:c|d)", "[|]"]
    assert _leading_lookbehind(r"(?<![\w(])(?:x|y)") == r"(?<![\w(])"
    assert _leading_lookbehind("x(?<!y)") == ""


def test_the_pattern_itself_scans_until_enough_text_was_read():
    text = TEXTS[0]
    lazy = Scanner(MASTER, RULES, MASTER_BEFORE, MASTER_AFTER, build_after=2 * len(text))
    for _ in range(3):  # built on the third text, same matches before and after
        assert spans(lazy.finditer(text)) == spans(MASTER.finditer(text))
    assert lazy._built and not Scanner(MASTER, RULES, MASTER_BEFORE, MASTER_AFTER)._built
    assert scanner() is scanner() and scanner_for(MASTER) is scanner_for(MASTER)


def test_rules_that_are_not_the_pattern_are_refused():
    with pytest.raises(ValueError):
        Scanner(MASTER, RULES[:3], MASTER_BEFORE, MASTER_AFTER)


def test_a_whole_case_sensitive_pattern_read_sentence_by_sentence():
    # a registry-like alternation, longest first, behind a lookbehind; read in slices of one text, as sentences are
    pattern = re.compile(r"(?<![\w-])(?:Wang\s+Yi|Wang|Xi\s+Jinping|Xi|U\.S\.|US)(?![\w-])")
    fast = Scanner(pattern, build_after=0)
    rng = random.Random(11)
    for _ in range(200):
        text = " ".join(rng.choice(["Wang", "Yi", "Xi", "Jinping", "US", "U.S.", "us", "wang", "-Xi", "\n", "İ"])
                        for _ in range(30))
        cuts = sorted(rng.sample(range(len(text) + 1), 4))
        for s, e in zip(cuts, cuts[1:]):
            assert spans(fast.finditer(text, s, e)) == spans(pattern.finditer(text, s, e)), (text, s, e)


def test_role_word_is_in_every_role_phrase():
    from helpers.timeline.actors import ActorReader, camps_of, load_actors
    from helpers.timeline.event_patterns import ROLE_WORD

    reader = ActorReader.from_registry(load_actors(), camps_of())
    for text in ["senior Chinese officials met", "US and Chinese trade negotiators", "the two presidents spoke"]:
        m = reader.roles.search(text)
        assert m is not None and ROLE_WORD.search(text, m.start(), m.end())
    assert ROLE_WORD.search("They met in Rome on Tuesday.") is None
