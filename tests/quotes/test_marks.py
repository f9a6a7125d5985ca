"""Quotation marks paired into spans: curly and straight, nested, across paragraphs, broken."""

from __future__ import annotations

import pytest

from helpers.quotes import find_quote_spans

from .support import one


@pytest.mark.parametrize("text, expected", [
    pytest.param('A "b" c “d” e', ["b", "d"], id="pairs within a paragraph"),
    # The first quotation lost its closing mark; the curly mark after "answered:" still opens the second.
    pytest.param("Biden said “we are ready. Xi answered:“We are too.”",
                 ["we are ready. Xi answered:", "We are too."], id="curly opener after an unclosed quote"),
    pytest.param("“It was good,“ he said.", ["It was good,"], id="curly opener typed for a closer"),
])
def test_find_quote_spans(text, expected):
    spans = find_quote_spans(text, [(0, 0, len(text))])
    assert [text[s.start : s.end] for s in spans] == expected


def test_mixed_curly_and_straight_marks_and_apostrophes():
    q, text = one('He said "the United States\' interest is clear" and that “the talks’ tone was good”, '
                  "according to a senior official.")
    quotes = q[q["kind"] != "indirect"]["quote"].tolist()
    assert quotes == ["the United States' interest is clear", "the talks’ tone was good"]
    assert set(q[q["kind"] != "indirect"]["speaker"]) == {"senior official"}


def test_nested_single_quotes_stay_inside():
    q, _ = one("“They told us ‘no deal’ and left,” said Anna Berg, a trade minister.")
    row = q[q["kind"] != "indirect"].iloc[0]
    assert row.quote == "They told us ‘no deal’ and left,"
    assert (row.speaker, row.kind) == ("Anna Berg", "direct")


def test_multi_paragraph_quote_with_open_quote_convention():
    q, _ = one("“The first part runs on.\n\n“The second part ends here,” said Piet Vos, a minister.")
    rows = q[q["kind"] != "indirect"]
    assert rows["quote"].tolist() == ["The first part runs on.", "The second part ends here,"]
    assert set(rows["speaker"]) == {"Piet Vos"}


def test_unbalanced_marks_never_crash():
    q, text = one("“Never closed, said the official.\n\nA stray ” mark and \"another one.")
    for row in q.itertuples():
        assert text[row.start : row.end] == row.quote
