"""How far the lexicon labels can be trusted: the committed table that the NewsMTSC benchmark writes.

``benchmarks/sentiment_newsmtsc.py`` scores the NewsMTSC news sentences
(human labels, in ``../shared/eval``) and writes
``helpers/data/calibration_sentiment.csv``: one row per labelling method with
its macro-F1 and accuracy, the corpus, counts, the lexicon versions and the
date measured.  Notebooks read that table, so a reader without
``../shared`` sees the same figures.

>>> calibration = load_calibration()
>>> calibration.set_index("method").loc[project_method("vader"), "macro_f1"]
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import DataFileError
from ..paths import DATA_DIR
from ..validation import read_rows
from .lexicons import TEXTBLOB_CUT, VADER_CUT

CALIBRATION_PATH = DATA_DIR / "calibration_sentiment.csv"

#: The columns of the calibration table, in order.
CALIBRATION_COLUMNS = [
    "method",
    "cut",
    "macro_f1",
    "accuracy",
    "n_labels",
    "n_sentences",
    "corpus",
    "split",
    "lexicons",
    "measured",
]
NUMBERS = {"cut": float, "macro_f1": float, "accuracy": float, "n_labels": int, "n_sentences": int}

#: The baseline every method is measured against.
ALWAYS_NEUTRAL = "always neutral"


def project_method(lexicon: str) -> str:
    """The name of the project's own labelling in the calibration table (``textblob`` or ``vader``)."""
    if lexicon == "textblob":
        return f"TextBlob polarity ±{TEXTBLOB_CUT:g} (project cut)"
    if lexicon == "vader":
        return f"VADER compound ±{VADER_CUT:g} (project cut)"
    raise ValueError(f"unknown lexicon {lexicon!r}: expected 'textblob' or 'vader'")


def _number(value: str, kind: type, path: Path, line_no: int, column: str):
    if value == "" and column == "cut":
        return float("nan")  # a method without a cut point (always neutral, both lexicons agree)
    try:
        return kind(value)
    except ValueError:
        raise DataFileError(f"{path}, row {line_no}: {column} {value!r} is not a number") from None


def load_calibration(path: str | Path | None = None) -> pd.DataFrame:
    """The calibration table (default ``helpers/data/calibration_sentiment.csv``), one row per method.

    Raises :class:`DataFileError` naming the file and row when a column is
    missing or a figure is not a number.
    """
    path = Path(path) if path is not None else CALIBRATION_PATH
    rows = []
    for line_no, row in read_rows(path, CALIBRATION_COLUMNS, "sentiment calibration table", DataFileError):
        if not row["method"]:
            raise DataFileError(f"{path}, row {line_no}: empty method")
        for column, kind in NUMBERS.items():
            row[column] = _number(row[column], kind, path, line_no, column)
        rows.append({c: row[c] for c in CALIBRATION_COLUMNS})
    return pd.DataFrame(rows, columns=CALIBRATION_COLUMNS)
