"""How far the date tagger can be trusted: the figures ``benchmarks/dates_tempeval.py`` measured.

The benchmark scores :func:`.tagging.tag_dates` on TempEval-3 (in
``../shared/eval``, which not every user has) and writes the figures to a
small committed table, ``helpers/data/calibration_dates.csv``: one row per
measure, with ``value``, the ``corpus`` and number of ``documents`` measured
on, and the date it was ``measured``.  Notebook 04 reads that table (with
:func:`load_calibration`, that is :func:`helpers.datafiles.read_dates_calibration`),
so every user sees the same figures without running the evaluation.
"""

from __future__ import annotations

from .. import datafiles
from ..datafiles import DATE_MEASURES, DATES_CALIBRATION_COLUMNS, read_dates_calibration

#: The name of the table in ``helpers/data``.
CALIBRATION_FILE = datafiles.DATES_CALIBRATION_FILE.name
CALIBRATION_COLUMNS = DATES_CALIBRATION_COLUMNS
#: The measures of the table, in the order the benchmark writes them.
MEASURES = DATE_MEASURES
#: The calibration table (default ``helpers/data/calibration_dates.csv``), validated: see :func:`read_dates_calibration`.
load_calibration = read_dates_calibration
