"""The writer's sentence as tokens: quotations masked, contractions and abbreviations kept apart."""

from __future__ import annotations

from helpers.quotes import find_quote_spans
from helpers.quotes.tokens import masked_tokens, tokens

from .support import one, quoted


def test_a_quotation_is_one_masked_token():
    text = "She said “no deal” twice."
    toks = masked_tokens(text, 0, len(text), find_quote_spans(text, [(0, 0, len(text))]))
    assert [t.kind for t in toks] == ["W", "W", "Q", "W", "P"]
    assert text[toks[2].start : toks[2].end] == "“no deal”"


def test_pronoun_is_contraction_and_initials():
    toks = tokens("He’s claiming U.S. gains.", 0)
    assert [(t.text, t.low) for t in toks] == [("He", "he"), ("’s", "'s"), ("claiming", "claiming"),
                                               ("U.S.", "u.s."), ("gains", "gains"), (".", ".")]


def test_pronoun_with_is_contraction_is_a_subject():
    q, _ = one("Tom Berg spoke on Friday. He’s claiming that the tax is “a burden on every family.”")
    row = quoted(q).loc["a burden on every family."]
    assert (row.speaker, row.cue) == ("Tom Berg", "claiming")
