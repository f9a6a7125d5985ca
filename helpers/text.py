"""Word tokens with offsets, offline (no NLTK data needed).

A token is a run of letters or digits, with inner apostrophes, hyphens and
dots kept ("Biden’s", "US-China", "U.S"), so counts match what a reader counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

WORD = re.compile(r"[^\W_]+(?:[’'\-.][^\W_]+)*", re.UNICODE)


def word_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, word)`` for every word in ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    for match in WORD.finditer(text, start, end):
        yield match.start(), match.end(), match.group()


def count_words(text: str) -> int:
    """Number of words in ``text``."""
    return sum(1 for _ in WORD.finditer(text))


def words(frame: pd.DataFrame, text_column: str = "text") -> pd.DataFrame:
    """One row per word of each row of ``frame``, keeping its keys and offsets.

    ``frame`` needs ``article_id``, ``start`` and a text column whose text
    starts at ``start``; the result has ``article_id, start, end, word, lower``.
    """
    rows = []
    for row in frame.itertuples(index=False):
        base = row.start
        for s, e, w in word_spans(getattr(row, text_column)):
            rows.append((row.article_id, base + s, base + e, w, w.lower()))
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "word", "lower"])
