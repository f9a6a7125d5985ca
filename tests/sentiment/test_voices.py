"""helpers.sentiment.voices: who gets quoted, in how many words, and the quotes as a reader wants them."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import sentiment as S
from helpers.sentiment import SentimentInputError, quoted_share, quoted_share_panels
from tests.sentiment.tables import quotes_for


def test_quoted_share_counts_each_word_once():
    quotes = pd.DataFrame({
        "article_id": ["a"] * 4, "outlet": ["X"] * 4,
        "start": [0, 5, 40, 80], "end": [30, 10, 60, 90],
        "kind": ["direct", "partial", "direct", "indirect"],
        "n_words": [6, 1, 4, 3],
        "side": ["US government", "Chinese government", "", "expert"],
    })
    table = quoted_share(quotes, "side").set_index("side")
    assert table["n_words"].to_dict() == {"US government": 6, "unattributed": 4}  # nested span and indirect left out
    assert table["share"].sum() == pytest.approx(1.0)


def test_quoted_share_panels_stack_sides_and_kinds_of_speaker(seeds):
    data = quoted_share_panels(quotes_for(seeds))
    assert list(data.columns) == ["panel", "outlet", "group", "n_quotes", "n_words", "share"]
    assert set(data["panel"]) == {"side", "speaker_kind"}
    shares = data.groupby(["panel", "outlet"])["share"].sum()
    assert shares.to_numpy() == pytest.approx([1.0] * 4)
    words = data.groupby(["panel", "outlet"])["n_words"].sum()
    assert words["side"].to_dict() == words["speaker_kind"].to_dict()  # the same words, split two ways


def test_quote_table_is_readable(seeds):
    table = S.quote_table(quotes_for(seeds))
    assert list(table.columns) == ["outlet", "speaker", "side", "kind", "quote"]
    assert "Xi Jinping (via China's foreign ministry)" in set(table["speaker"])
    assert "(no speaker found)" in set(table["speaker"])


def test_quote_table_shortens_long_quotes(seeds):
    table = S.quote_table(quotes_for(seeds), width=10)
    assert table["quote"].str.len().max() <= 10 and "the ball…" in set(table["quote"])


def test_quote_counts_per_outlet(seeds):
    quotes = quotes_for(seeds)
    counts = S.quote_counts(quotes).set_index("outlet")
    assert counts.loc["Axios", ["n_spans", "partial", "direct", "n_speakers"]].tolist() == [2, 2, 0, 1]
    assert counts.loc["Axios", "share_anonymous_words"] == 1.0
    ft = counts.loc["Financial Times"]
    assert (ft["n_spans"], ft["direct"], ft["partial"], ft["n_speakers"]) == (3, 1, 2, 2)
    assert ft["share_attributed"] == pytest.approx(2 / 3)  # "antics" has no speaker
    assert ft["quoted_words"] == quotes.loc[quotes["outlet"] == "Financial Times", "n_words"].sum()


def test_quote_counts_of_no_quotes(seeds):
    counts = S.quote_counts(quotes_for(seeds).iloc[0:0])
    assert counts.empty and "share_anonymous_words" in counts.columns


@pytest.mark.parametrize("helper", [S.quote_counts, S.quote_table, quoted_share])
def test_voices_need_a_quotes_table(helper):
    with pytest.raises(SentimentInputError, match="lacks column"):
        helper(pd.DataFrame({"outlet": ["X"]}))
