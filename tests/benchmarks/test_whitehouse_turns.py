"""Tests for benchmarks/whitehouse_turns.py: who counts as the turn's person, and the character shares."""

from __future__ import annotations


import pandas as pd
import pytest

from helpers.quotes import extract_quotes
from tests.conftest import load_benchmark


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("whitehouse_turns")


def test_names_person(bench):
    assert bench.names_person("Jane Roe", "Jane Roe", "MS. ROE")
    assert bench.names_person("Roe", "Jane Roe", "MS. ROE")  # the label gives only the surname
    assert not bench.names_person("Tom Poe", "Jane Roe", "MS. ROE")
    assert not bench.names_person("", "reporter", "Q")
    assert bench.names_person("reporter", "reporter", "Q")


def test_score_counts_characters_of_gold_turns(bench):
    text = "Place\n\nMS. ROE:  Good day to you.  (Laughter.)\n\nQ  Why now?\n\nMS. ROE:  Because.\n"
    arts = pd.DataFrame([{"article_id": "t", "file": "t.txt", "outlet": "W", "title": "", "text": text}])
    quotes = extract_quotes(arts)
    starts = [text.index("Good"), text.index("Why"), text.index("Because")]
    ends = [text.index("(Laughter.)") + len("(Laughter.)"), text.index("now?") + 4, text.index("Because.") + 8]
    gold = pd.DataFrame({"file": "t.txt", "turn": [0, 1, 2], "start": starts, "end": ends,
                         "label": ["MS. ROE", "Q", "MS. ROE"], "speaker": ["Jane Roe", "reporter", "Jane Roe"]})
    counts = bench.score(arts, quotes, gold)
    laughter = len("(Laughter.)")
    assert counts["none"] == laughter  # the stage direction is nobody's words
    assert counts["wrong"] == 0
    assert counts["right"] + counts["none"] == counts["total"]
