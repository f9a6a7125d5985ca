"""The keys that tie a sentiment row to its place in an article, and the check of a table's columns."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..errors import SentimentInputError
from ..validation import require_columns

#: The columns that say where a scored row comes from, kept (when present) in every derived table.
ROW_KEYS = ("article_id", "outlet", "start", "end", "speaker", "side", "kind")


def row_keys(frame: pd.DataFrame) -> list[str]:
    """The columns of :data:`ROW_KEYS` that ``frame`` has, in that order."""
    return [c for c in ROW_KEYS if c in frame.columns]


def require(frame, columns: Iterable[str], what: str) -> None:
    """Raise :class:`SentimentInputError` naming ``what`` unless ``frame`` is a DataFrame with ``columns``."""
    require_columns(frame, columns, f"{what}: the table", SentimentInputError)
