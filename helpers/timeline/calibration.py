"""How far the date tagger can be trusted: the figures ``benchmarks/dates_tempeval.py`` measured.

The benchmark scores :func:`.tagging.tag_dates` on TempEval-3 (in
``../shared/eval``, which not every user has) and writes the figures to a
small committed table, ``helpers/data/calibration_dates.csv``: one row per
measure, with ``value``, the ``corpus`` and number of ``documents`` measured
on, and the date it was ``measured``.  Notebook 04 reads that table, so every
user sees the same figures without running the evaluation.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from ..errors import DataFileError
from ..paths import DATA_DIR
from ..validation import read_rows

CALIBRATION_FILE = "calibration_dates.csv"
CALIBRATION_COLUMNS = ["measure", "value", "corpus", "documents", "measured"]
#: The measures of the table, in the order the benchmark writes them.
MEASURES = (
    "strict_precision", "strict_recall", "strict_f1", "relaxed_precision", "relaxed_recall", "relaxed_f1",
    "type_accuracy", "value_precision", "value_recall", "value_f1", "gold", "system", "words", "words_per_second",
)


def load_calibration(path=None) -> pd.DataFrame:
    """The calibration table (default ``helpers/data/calibration_dates.csv``), validated.

    Columns ``measure`` (one of :data:`MEASURES`), ``value`` (float),
    ``corpus``, ``documents`` (int) and ``measured`` (a date).  Raises
    :class:`DataFileError` naming the file and row on bad input.
    """
    path = DATA_DIR / CALIBRATION_FILE if path is None else path
    rows = read_rows(path, CALIBRATION_COLUMNS, "date calibration table", DataFileError)
    records = []
    for line_no, row in rows:
        where = f"{path}, row {line_no} ({row['measure']!r})"
        if row["measure"] not in MEASURES:
            raise DataFileError(f"{where}: measure is not one of {', '.join(MEASURES)}")
        try:
            value, documents = float(row["value"]), int(row["documents"])
            measured = date.fromisoformat(row["measured"])
        except ValueError:
            raise DataFileError(f"{where}: value must be a number, documents a whole number and measured "
                                f"a date (YYYY-MM-DD); got {row['value']!r}, {row['documents']!r}, "
                                f"{row['measured']!r}") from None
        records.append({"measure": row["measure"], "value": value, "corpus": row["corpus"],
                        "documents": documents, "measured": pd.Timestamp(measured)})
    table = pd.DataFrame(records, columns=CALIBRATION_COLUMNS)
    duplicated = table["measure"][table["measure"].duplicated()]
    if len(duplicated):
        raise DataFileError(f"{path}: measure {duplicated.iloc[0]!r} is given twice")
    return table
