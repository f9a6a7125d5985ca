"""The cue lexicon, and when a word of a sentence is a cue."""

from __future__ import annotations

import pytest

from helpers.quotes import QuoteInputError, load_cues
from helpers.quotes.cues import cue_at
from helpers.quotes.tokens import tokens

from .support import one, quoted


@pytest.mark.parametrize("sentence, cues", [
    ("His claims were false, he claims.", [None, "claim"]),  # a noun after "his"
    ("He was told to wait, she said.", [None, "say"]),  # a passive
    ("The report said the talks were useful.", [None, "say"]),  # "the report" is a noun
    ("As expected, he feels fine.", [None, None]),  # weak cues with nothing to govern
    ("He feels the talks were useful.", ["feel"]),  # a weak cue with a clause
])
def test_cue_at(sentence, cues):
    lexicon = load_cues()
    toks = tokens(sentence, 0)
    found = [cue_at(toks, i, lexicon) for i, t in enumerate(toks) if t.kind == "W" and t.low in lexicon]
    assert [c.lemma if c else None for c in found] == cues


def test_cue_file_errors_name_the_row(tmp_path):
    bad = tmp_path / "cues.csv"
    bad.write_text("lemma,forms,invertible,takes_object,strength\nsay,said|says,yes,no,loud\n", encoding="utf-8")
    with pytest.raises(QuoteInputError, match=r"cues\.csv, row 2: strength must be strong/weak"):
        load_cues(str(bad))


def test_weak_cue_far_from_the_quote_is_not_the_speaker():
    q, _ = one("With party leaders increasingly worried about turnout, Mayor Ida Berg is rolling out a new "
               "message: “It is about you.”")
    row = quoted(q).loc["It is about you."]
    assert row.speaker == "Ida Berg"
