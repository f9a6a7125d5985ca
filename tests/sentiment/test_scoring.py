"""helpers.sentiment.scoring: two lexicons, the words behind each score, labels, missing and bad input."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textblob import TextBlob

from helpers import sentiment as S
from helpers.sentiment import (
    SCORE_COLUMNS,
    SentimentInputError,
    agreement_table,
    disagreements,
    score_quotes,
    score_sentences,
    score_texts,
    sentiment_by,
)
from helpers.sentiment.scoring import _textblob, _vader
from tests.sentiment.tables import frame


def test_known_words_give_known_textblob_scores():
    scored = score_texts(frame("The talks were candid.", "It was a terrible, awful call.", "Nothing here."))
    assert scored["polarity"].tolist() == [0.6, -1.0, 0.0]
    assert scored["subjectivity"].tolist() == [0.8, 1.0, 0.0]
    assert scored["textblob_label"].tolist() == ["positive", "negative", "neutral"]


def test_scores_equal_textblob_sentiment_assessments():
    text = "They have an ability to be candid and honest and frank with each other, not very satisfied."
    expected = TextBlob(text).sentiment_assessments
    got = score_texts(frame(text)).iloc[0]
    assert got["polarity"] == pytest.approx(expected.polarity)
    assert got["subjectivity"] == pytest.approx(expected.subjectivity)
    assert got["assessments"] == "; ".join(f"{' '.join(w)} {p:+.2f}" for w, p, *_ in expected.assessments)


def test_assessments_list_the_driving_words():
    row = score_texts(frame("They were candid and honest, but the deadlock was a terrible problem.")).iloc[0]
    assert row["assessments"] == "candid +0.60; honest +0.60; terrible -1.00"
    assert "honest +2.30" in row["vader_words"] and "terrible -2.10" in row["vader_words"]


def test_vader_marks_negated_words():
    row = score_texts(frame("We have not been very satisfied with their behavior.")).iloc[0]
    assert row["vader_words"] == "not satisfied +1.80"
    assert row["vader_compound"] < 0  # VADER flips the negated word...
    assert row["polarity"] > 0  # ...TextBlob does not see "not" two words away: one of the failures to show


def test_vader_columns_present_and_bounded(seeds):
    scored = score_sentences(seeds)
    assert set(SCORE_COLUMNS) <= set(scored.columns)
    assert scored["vader_compound"].between(-1, 1).all()
    for column in ("vader_pos", "vader_neg", "vader_neu"):
        assert scored[column].between(0, 1).all()
    assert np.allclose(scored[["vader_pos", "vader_neg", "vader_neu"]].sum(axis=1), 1.0, atol=0.01)
    assert scored["polarity"].between(-1, 1).all() and scored["subjectivity"].between(0, 1).all()
    assert set(scored["textblob_label"]) <= set(S.LABELS) and set(scored["vader_label"]) <= set(S.LABELS)
    assert (scored["agree"] == (scored["textblob_label"] == scored["vader_label"])).all()


def test_sentence_rows_keep_offsets(seeds):
    scored = score_sentences(seeds)
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert all(texts[r.article_id][r.start:r.end] == r.text for r in scored.itertuples())


def test_labels_follow_the_cut_given():
    scored = score_texts(frame("The talks were candid."), textblob_cut=0.7)
    assert scored["textblob_label"].iloc[0] == "neutral"


def test_input_not_mutated():
    original = frame("The talks were candid.", "It was a terrible, awful call.")
    before = original.copy()
    scored = score_texts(original)
    pd.testing.assert_frame_equal(original, before)
    assert scored is not original and "polarity" not in original.columns
    sentiment_by(scored, by="outlet")
    disagreements(scored)
    agreement_table(scored)
    pd.testing.assert_frame_equal(scored, score_texts(before))


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: score_texts(pd.DataFrame({"body": ["hello"]})), SentimentInputError, "lacks column.*'text'"),
        (lambda: score_quotes(pd.DataFrame({"text": ["hello"]})), ValueError, "lacks column.*'quote'"),
        (lambda: score_texts(["a list"]), SentimentInputError, "DataFrame"),
        (lambda: score_texts(pd.DataFrame({"text": [42]})), SentimentInputError, "expected a string"),
    ],
    ids=["no text column", "no quote column", "not a frame", "not a string"],
)
def test_clear_error_on_bad_input(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_missing_text_gets_nan_scores_not_a_crash():
    scored = score_texts(frame("The talks were candid.", None))
    assert math.isnan(scored["polarity"].iloc[1]) and scored["textblob_label"].iloc[1] == ""
    assert len(sentiment_by(scored, by="outlet")) == 1 and sentiment_by(scored, by="outlet")["n"].iloc[0] == 1


def test_score_quotes_scores_the_quote_column():
    quotes = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "start": [0], "end": [6], "quote": ["candid"]})
    assert score_quotes(quotes)["polarity"].iloc[0] == 0.6


def test_analyzers_are_cached():
    assert _vader() is _vader() and _textblob() is _textblob()


def test_empty_frames_keep_their_columns_and_types():
    scored = score_texts(frame().iloc[0:0])
    assert set(SCORE_COLUMNS) <= set(scored.columns) and scored.empty
    assert pd.api.types.is_float_dtype(scored["polarity"])
    table = sentiment_by(scored, by=["outlet"])
    assert table.empty and list(table.columns) == ["outlet", "n", "mean", "ci_low", "ci_high", "too_few"]
    assert table[~table["too_few"]].empty
    assert disagreements(scored).empty and agreement_table(scored).n == 0


def test_duplicate_index_labels_keep_rows_in_place():
    scored = score_texts(pd.DataFrame({"text": ["candid", "terrible"]}, index=[7, 7]))
    assert scored["polarity"].tolist() == [0.6, -1.0] and list(scored.index) == [7, 7]


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_scores_within_bounds(text):
    row = S.score_text(text)
    assert -1 <= row["polarity"] <= 1 and 0 <= row["subjectivity"] <= 1
    assert -1 <= row["vader_compound"] <= 1
    assert row["textblob_label"] in S.LABELS and row["vader_label"] in S.LABELS


def test_the_pattern_engine_loads_without_nltk_scipy_or_sklearn_and_textblob_still_works():
    """TextBlob's package imports NLTK (and SciPy, scikit-learn); the pattern engine alone needs none of them."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from helpers.sentiment.scoring import score_text\n"
        "assert score_text('They were candid and honest.')['assessments'] == 'candid +0.60; honest +0.60'\n"
        "print(sorted(m for m in ('nltk', 'scipy', 'sklearn') if m in sys.modules))\n"
        "from textblob import TextBlob\n"
        "print(TextBlob('They were candid and honest.').sentiment.polarity, 'nltk' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "0.6 True"]


@pytest.mark.parametrize(
    "text",
    [
        "  The talks were not very good, but the mood was GREAT!  ",
        "It was kind of awful. No one was happy?",
        "A smile 😀 then a frown ☹ at the end",
        "",
    ],
)
def test_vader_scores_are_vaders_own(text):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from helpers.sentiment.scoring import vader_scores, vader_words

    scores, words = vader_scores(text)
    assert scores == SentimentIntensityAnalyzer().polarity_scores(text)
    assert words == vader_words(text)
