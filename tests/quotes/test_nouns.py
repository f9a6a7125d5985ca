"""A canonical speaker is a person, a role or an institution: never a place, a date or a fragment."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.quotes import extract_quotes
from helpers.quotes.nouns import is_place, singular, speaker_mention
from helpers.quotes.people import find_people, trailing_name


@pytest.mark.parametrize("text, mention, expected", [
    ("Senator Jane Roe of Ohio said it.", "Senator Jane Roe of Ohio", "Senator Jane Roe"),
    ("Bishop Tom Ash, of Peoria, Ill., said it.", "Bishop Tom Ash, of Peoria, Ill.", "Bishop Tom Ash"),
    ("Officials in Utah and Nevada said it.", "Officials in Utah and Nevada", "Officials"),
    ("the mayor of Boston said it.", "the mayor of Boston", "the mayor of Boston"),  # a role, kept
    ("Sen. Jane Roe, R-Ohio, said it.", "R-Ohio", "Sen. Jane Roe"),
    ("Rep. Tom Ash (D-Mass.) said it.", "Rep. Tom Ash (D-Mass.)", "Rep. Tom Ash"),
    ("Acme's Tom Ash wrote it.", "Acme's Tom Ash", "Tom Ash"),
    ("one of her lawyers said it.", "one of her lawyers", "her lawyers"),
    ("“No,” said Gov. Jane Roe.", "Gov", "Gov. Jane Roe"),
    ("Then the aide, Tom Ash, said so.", "the aide", "Tom Ash"),
    ("Ohio and Iowa said it.", "Ohio and Iowa", ""),
    ("Twenty-three said it.", "Twenty-three", ""),
    ("of the senators said it.", "of the senators", ""),
])
def test_speaker_words_of_a_mention(text, mention, expected):
    words, start = speaker_mention(text, mention, text.index(mention))
    assert words == expected
    if words:
        assert text[start:start + len(words)] == words  # offsets still point at the words


def test_places_titles_and_owners_are_not_part_of_a_name():
    assert is_place("the United States") and is_place("Peoria, Ill.") and not is_place("Jane Roe")
    assert trailing_name(["Longtime", "Ohio", "Sheriff", "Tom", "Ash"]) == ["Tom", "Ash"]
    assert trailing_name(["Acme's", "Tom", "Ash"]) == ["Tom", "Ash"]
    names = [p.name for p in find_people("Senate Majority Whip Jane Roe spoke first.")]
    assert names == ["Jane Roe"]
    assert singular("officials") == "official"


def test_a_senator_of_a_state_is_the_senator():
    text = ("Budget talks stall\n\nThe talks stalled on Monday.\n\n"
            "\"We are not there yet,\" said Senator Jane Roe of Ohio, a Republican.\n\n"
            "Sen. Tom Ash, D-Iowa, said the bill was dead.\n")
    quotes = extract_quotes(pd.DataFrame([{"article_id": "a", "outlet": "X", "title": "Budget talks stall",
                                           "text": text}]))
    assert set(quotes["speaker"]) == {"Jane Roe", "Tom Ash"}
    assert not quotes["speaker"].map(is_place).any()
