"""The speaker's noun phrase around a cue: agent nouns, opening phrases, coordinated verbs, relative clauses."""

from __future__ import annotations

import pytest

from .support import one, quoted

# (text, {(quote, column): expected value})
CASES = [
    pytest.param(
        "One questioner claimed that the “rules are rigged.” Later, 63 percent said the plan was “fair.”",
        {("rules are rigged.", "speaker_mention"): "One questioner", ("fair.", "speaker_mention"): "63 percent"},
        id="agent noun and percent subjects"),
    pytest.param(
        "At a fundraiser in Boston last week, Karl Dorn called the rival plan “a fraud.”\n\n"
        "Karl Dorn took to Twitter overnight to mock what he called a “witch hunt.”",
        {("a fraud.", "speaker"): "Karl Dorn", ("witch hunt.", "speaker"): "Karl Dorn"},
        id="subject of main clause after an opening phrase"),
    pytest.param(
        "When my brother mentioned the storm to me, I laughed and said, “It will pass.”\n\n"
        "Mayor Ida Berg said Friday that the vote should go ahead but said “the timing is wrong.”",
        {("It will pass.", "speaker_mention"): "I", ("the timing is wrong.", "speaker"): "Ida Berg"},
        id="coordinated verbs share the subject"),
    pytest.param(
        "The fine, which Apple’s chief executive, Tim Cook, called “total political crap,” stands.",
        {("total political crap,", "speaker_mention"): "Apple’s chief executive"},
        id="relative clause subject with appositive"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_subject_of_the_cue(text, expected):
    rows = quoted(one(text)[0])
    assert {(quote, column): rows.loc[quote, column] for quote, column in expected} == expected
