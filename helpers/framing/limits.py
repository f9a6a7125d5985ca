"""What the counts can support: how much text each estimate rests on, and the smallest gap that stands out.

>>> sample_sizes(articles, quotes)     # per outlet: articles, sentences, words, quotes, speakers
>>> smallest_detectable_gap(28, 30)    # about 0.21: two short articles show only large gaps
"""

from __future__ import annotations

import math

import pandas as pd

from .inputs import check_articles, check_columns, content_sentences
from .sources import QUOTE_COLUMNS


def sample_sizes(articles: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per outlet: articles, sentences, words, and (given quotes) quotes and speakers: what every estimate rests on."""
    check_articles(articles)
    sents = content_sentences(articles)
    table = articles.groupby("outlet").size().rename("articles").to_frame()
    table["sentences"] = sents.groupby("outlet").size()
    table["words"] = sents.groupby("outlet")["n_words"].sum()
    if quotes is not None:
        check_columns(quotes, QUOTE_COLUMNS, "quotes table")
        table["quotes"] = quotes.groupby("outlet").size()
        table["speakers"] = quotes[quotes["speaker"] != ""].groupby("outlet")["speaker"].nunique()
    return table.fillna(0).astype(int).reset_index()


def smallest_detectable_gap(n_a: int, n_b: int, p: float = 0.2) -> float:
    """Roughly the smallest difference in a share (around ``p``) that two samples of n_a and n_b sentences can show.

    Two standard errors of a difference of proportions, 2·sqrt(p(1−p)(1/n_a + 1/n_b)):
    the order of magnitude of a gap that would not be noise.
    """
    if n_a <= 0 or n_b <= 0:
        return math.nan
    return 2 * math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
