"""helpers.sentiment.aggregate: scores per group with bootstrap intervals, and the per-speaker table."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.sentiment import SentimentInputError, score_quotes, score_sentences, score_texts, sentiment_by
from helpers.sentiment import speaker_sentiment
from tests.sentiment.tables import frame, quotes_for


def test_aggregation_ci_contains_the_mean_and_counts(seeds):
    scored = score_sentences(seeds)
    table = sentiment_by(scored, by=["outlet"], value="polarity")
    assert list(table.columns) == ["outlet", "n", "mean", "ci_low", "ci_high", "too_few"]
    assert (table["ci_low"] <= table["mean"]).all() and (table["mean"] <= table["ci_high"]).all()
    counts = scored.groupby("outlet").size()
    assert dict(zip(table["outlet"], table["n"])) == counts.to_dict()
    assert table["mean"].tolist() == pytest.approx(scored.groupby("outlet")["polarity"].mean().tolist())


def test_too_few_flag():
    scored = score_texts(frame(*(["The talks were candid."] * 6 + ["A terrible call."] * 2),
                               side=["US"] * 6 + ["China"] * 2))
    table = sentiment_by(scored, by="side").set_index("side")
    assert not table.loc["US", "too_few"] and table.loc["China", "too_few"]
    assert table.loc["China", "n"] == 2
    assert sentiment_by(scored, by="side", min_count=2).set_index("side").loc["China", "too_few"] == False  # noqa: E712


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"by": ["speaker"]}, "'speaker'"), ({"by": "outlet", "value": "assessments"}, "not numeric")],
)
def test_aggregation_errors_name_the_column(kwargs, message):
    scored = score_texts(frame("candid"))
    with pytest.raises(SentimentInputError, match=message):
        sentiment_by(scored, **kwargs)


def test_speaker_sentiment_has_every_quote_and_each_speakers_interval(seeds):
    quotes = quotes_for(seeds)
    data = speaker_sentiment(score_quotes(quotes))
    dots = data[data["mark"] == "quote"]
    assert len(dots) == 2 * len(quotes)
    assert set(dots["lexicon"]) == {"polarity", "vader_compound"}
    intervals = data[data["mark"] != "quote"]
    assert (intervals["ci_low"] <= intervals["score"] + 1e-12).all()
    assert (intervals["score"] <= intervals["ci_high"] + 1e-12).all()
    assert intervals["too_few"].all()  # one or two quotes per speaker: nothing to read into
    # one interval per speaker, outlet and lexicon; its n counts that speaker's quotes
    speakers = dots[dots["lexicon"] == "polarity"].groupby(["outlet", "speaker", "side"]).size()
    for lexicon in ("polarity", "vader_compound"):
        got = intervals[intervals["lexicon"] == lexicon].set_index(["outlet", "speaker", "side"])["n"]
        assert got.sort_index().tolist() == speakers.sort_index().tolist()


def test_speaker_sentiment_names_the_unattributed_and_keeps_offsets(seeds):
    data = speaker_sentiment(score_quotes(quotes_for(seeds)))
    antics = data[(data["mark"] == "quote") & (data["quote"] == "antics")]
    assert set(antics["speaker"]) == {"(no speaker found)"} and set(antics["side"]) == {"unattributed"}
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    dots = data[data["mark"] == "quote"]
    assert all(texts[r.article_id][r.start:r.end] == r.quote for r in dots.itertuples())
    assert str(data["start"].dtype) == "Int64" and str(data["n"].dtype) == "Int64"


def test_speaker_sentiment_leaves_out_reported_speech(seeds):
    quotes = quotes_for(seeds)
    quotes.loc[0, "kind"] = "indirect"
    dots = speaker_sentiment(score_quotes(quotes)).query("mark == 'quote'")
    assert len(dots) == 2 * (len(quotes) - 1)


def test_speaker_sentiment_of_no_quotes_is_empty(seeds):
    data = speaker_sentiment(score_quotes(quotes_for(seeds).iloc[0:0]))
    assert data.empty and {"mark", "outlet", "speaker", "side", "lexicon", "score"} <= set(data.columns)


def test_speaker_sentiment_needs_scored_quotes(seeds):
    with pytest.raises(SentimentInputError, match="speaker_sentiment.*'polarity'"):
        speaker_sentiment(quotes_for(seeds))
    assert isinstance(speaker_sentiment(score_quotes(quotes_for(seeds))), pd.DataFrame)
