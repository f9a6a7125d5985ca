"""The check of an articles table handed to :func:`paragraphs` and :func:`sentences`."""

from __future__ import annotations

import pandas as pd

from ..errors import ArticleTableError
from ..validation import require_articles

COLUMNS = ("article_id", "outlet", "title", "text")


def check_articles(articles: pd.DataFrame) -> None:
    """Raise :class:`ArticleTableError` unless every article has the columns and a text to split.

    The message names the first article whose text is missing (None, NaN) or
    not a string.
    """
    require_articles(articles, COLUMNS, ArticleTableError)
    bad = articles.loc[~articles["text"].map(lambda t: isinstance(t, str)), ["article_id", "text"]]
    if len(bad):
        article_id, text = bad.iloc[0]
        what = "missing" if text is None or pd.isna(text) else f"not a string ({type(text).__name__})"
        more = f"; {len(bad) - 1} more article(s) like it" if len(bad) > 1 else ""
        raise ArticleTableError(f"article {article_id!r}: text is {what}{more}; every article needs its text")


def title_of(title) -> str:
    """An article's title, or "" where the table has none (None, NaN)."""
    return title if isinstance(title, str) else ""
