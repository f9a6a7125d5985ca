"""Scores per group, with bootstrap intervals and a flag on small counts.

>>> sentiment_by(score_sentences(load_articles()), by=["outlet"])   # n, mean, ci_low, ci_high, too_few
>>> speaker_sentiment(score_quotes(quotes))                         # the table the quote-sentiment chart draws
"""

from __future__ import annotations

import pandas as pd

from ..errors import SentimentInputError
from ..quotes import QUOTED_KINDS
from ..stats import MIN_COUNT, summarise
from .columns import require, row_keys

#: How a quote without a speaker, and a speaker without a side, are shown per speaker.
NO_SPEAKER = "(no speaker found)"
NO_SIDE = "unattributed"
#: Joins speaker and side into one row of the per-speaker chart.
SPEAKER_SIDE = " · "
#: The two scores the per-speaker table shows.
LEXICON_SCORES = ("polarity", "vader_compound")


def sentiment_by(
    scored: pd.DataFrame,
    by: str | list[str] = ("outlet", "side"),
    value: str = "polarity",
    min_count: int = MIN_COUNT,
) -> pd.DataFrame:
    """Per group of ``by``: ``n, mean, ci_low, ci_high`` (percentile bootstrap) of ``value``, and ``too_few``.

    ``too_few`` marks groups with fewer than ``min_count`` scored rows: their
    interval is drawn but says little.  Empty keys (an unattributed quote's
    ``side``) stay a group of their own.
    """
    keys = [by] if isinstance(by, str) else list(by)
    require(scored, [*keys, value], "sentiment_by")
    if not pd.api.types.is_numeric_dtype(scored[value]):
        raise SentimentInputError(f"sentiment_by: column {value!r} is not numeric (score the frame first)")
    if scored.empty:
        empty = pd.DataFrame({k: pd.Series(dtype=object) for k in keys})
        return empty.assign(n=pd.Series(dtype=int), mean=pd.Series(dtype=float), ci_low=pd.Series(dtype=float),
                            ci_high=pd.Series(dtype=float), too_few=pd.Series(dtype=bool))
    return summarise(scored, keys, value, min_count=min_count)


def speaker_rows(quotes: pd.DataFrame) -> pd.DataFrame:
    """``quotes`` with empty speakers and sides named, and ``row_label`` (``speaker · side``)."""
    rows = quotes.copy()
    rows["speaker"] = rows["speaker"].fillna("").replace("", NO_SPEAKER)
    rows["side"] = rows["side"].fillna("").replace("", NO_SIDE)
    rows["row_label"] = rows["speaker"] + SPEAKER_SIDE + rows["side"]
    return rows


def speaker_sentiment(scored: pd.DataFrame, kinds: tuple[str, ...] = QUOTED_KINDS) -> pd.DataFrame:
    """Every quote's two scores, and each speaker's mean per outlet: the table of the quote-sentiment chart.

    Long and tidy: one row per quote of ``kinds`` and lexicon (``mark`` =
    ``quote``: the row keys, ``quote``, ``lexicon`` = polarity or
    vader_compound, ``score``), then one per speaker, outlet and lexicon
    (``mark`` = ``mean and 95% interval``: ``score`` is the mean, with ``n,
    ci_low, ci_high, too_few`` from :func:`sentiment_by`).  Quotes without a
    speaker or side are shown as ``(no speaker found)`` and ``unattributed``.
    """
    require(scored, ["outlet", "speaker", "side", "kind", *LEXICON_SCORES], "speaker_sentiment")
    rows = speaker_rows(scored[scored["kind"].isin(kinds)].dropna(subset=["polarity"]))
    keys = [*row_keys(rows), *(["quote"] if "quote" in rows.columns else [])]
    dots = rows.melt(id_vars=keys, value_vars=list(LEXICON_SCORES), var_name="lexicon", value_name="score")
    dots.insert(0, "mark", "quote")
    parts = [dots]
    for value in LEXICON_SCORES:
        if rows.empty:
            continue
        summary = sentiment_by(rows, ["row_label", "outlet"], value)
        split = summary["row_label"].str.split(SPEAKER_SIDE, n=1, expand=True)
        parts.append(pd.DataFrame({"mark": "mean and 95% interval", "outlet": summary["outlet"],
                                   "speaker": split[0], "side": split[1], "lexicon": value,
                                   "score": summary["mean"], "n": summary["n"], "ci_low": summary["ci_low"],
                                   "ci_high": summary["ci_high"], "too_few": summary["too_few"]}))
    data = pd.concat(parts, ignore_index=True)
    for column in ("start", "end", "n"):
        if column in data.columns:
            data[column] = data[column].astype("Int64")  # offsets and counts stay integers beside the NaNs
    return data
