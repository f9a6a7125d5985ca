"""helpers.sentiment.agreement: labels compared, kappa, disagreements, the points of the agreement chart."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers import sentiment as S
from helpers.sentiment import (
    SentimentInputError,
    agreement_points,
    agreement_table,
    cohen_kappa,
    disagreements,
    score_quotes,
    score_texts,
)
from tests.sentiment.tables import frame, quotes_for


def test_disagreements_sorted_by_gap_with_the_words():
    scored = score_texts(frame(
        "We have not been very satisfied with their behavior.",  # TextBlob +, VADER -
        "The talks were candid.",  # TextBlob +, VADER neutral (candid is not in VADER's lexicon)
        "It was a terrible, awful call.",  # both negative: not a disagreement
    ))
    table = disagreements(scored)
    assert table["text"].tolist() == ["We have not been very satisfied with their behavior.", "The talks were candid."]
    assert table["gap"].is_monotonic_decreasing
    assert table["opposite"].tolist() == [True, False]
    assert table["assessments"].iloc[1] == "candid +0.60" and table["vader_words"].iloc[1] == ""
    assert (table["textblob_label"] != table["vader_label"]).all()


def test_agreement_table_crosstab_kappa_and_correlation():
    texts = ["It was a terrible, awful call.", "A wonderful, excellent meeting.", "The call lasted 90 minutes.",
             "The talks were candid.", "We have not been very satisfied with their behavior."]
    scored = score_texts(frame(*texts))
    result = agreement_table(scored)
    assert result.crosstab.to_numpy().sum() == 5 and result.n == 5
    assert list(result.crosstab.index) == list(S.LABELS) == list(result.crosstab.columns)
    assert result.share_agree == pytest.approx(3 / 5)
    from sklearn.metrics import cohen_kappa_score

    assert result.kappa == pytest.approx(cohen_kappa_score(scored["textblob_label"], scored["vader_label"]))
    assert result.pearson == pytest.approx(np.corrcoef(scored["polarity"], scored["vader_compound"])[0, 1])
    assert -1 <= result.spearman <= 1
    assert list(result.as_frame().columns) == ["n", "share_agree", "kappa", "pearson", "spearman"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (["neutral"] * 3, ["neutral"] * 3, None),  # chance agreement is total: NaN
        (["positive", "negative"], ["positive", "negative"], 1.0),
        (["positive", "negative"], ["negative", "positive"], -1.0),
        ([], [], None),
    ],
)
def test_kappa_edge_cases(a, b, expected):
    kappa = cohen_kappa(a, b)
    if expected is None:
        assert kappa != kappa  # NaN
    else:
        assert kappa == expected


def test_agreement_points_one_per_scored_quote_with_its_row(seeds):
    quotes = quotes_for(seeds)
    quotes.loc[2, "quote"] = None
    scored = score_quotes(quotes)
    points = agreement_points(scored)
    assert len(points) == len(quotes) - 1 and 2 not in points.index  # an unscored quote has no point
    assert list(points.columns) == ["article_id", "outlet", "start", "end", "polarity", "vader_compound",
                                    "textblob_label", "vader_label"]
    pd.testing.assert_series_equal(points["polarity"], scored.loc[points.index, "polarity"])
    assert agreement_table(points).n == len(points)


def test_agreement_points_need_the_labels():
    with pytest.raises(SentimentInputError, match="agreement_points.*'textblob_label'"):
        agreement_points(pd.DataFrame({"outlet": ["X"], "polarity": [0.1], "vader_compound": [0.2]}))


def test_spearman_is_pandas_spearman_to_the_bit_without_scipy():
    pytest.importorskip("scipy")  # pandas' own Spearman needs it; the helpers' does not
    from helpers.sentiment.agreement import _corr

    rng = np.random.default_rng(7)
    for _ in range(300):
        n = int(rng.integers(3, 30))
        x = pd.Series(np.round(rng.normal(size=n), 1))
        y = pd.Series(np.round(rng.normal(size=n), 1))
        x[rng.random(n) < 0.1] = np.nan  # a missing value leaves its pair out, as in pandas
        if x.nunique() < 2 or y.nunique() < 2 or x.notna().sum() < 3:
            continue
        expected = x.corr(y, method="spearman")
        assert _corr(x, y, "spearman") == expected or (np.isnan(expected) and np.isnan(_corr(x, y, "spearman")))
