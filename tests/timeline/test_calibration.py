"""Tests for helpers.timeline.calibration: the committed figures of the date benchmark."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.errors import DataFileError
from helpers.timeline import load_calibration
from helpers.timeline.calibration import CALIBRATION_COLUMNS, MEASURES


def test_the_committed_table_has_every_measure():
    table = load_calibration()
    assert list(table.columns) == CALIBRATION_COLUMNS
    assert list(table["measure"]) == list(MEASURES)
    scores = table[table["measure"].str.endswith(("precision", "recall", "f1", "accuracy"))]
    assert scores["value"].between(0, 1).all()
    assert (table["documents"] > 0).all() and table["measured"].notna().all()
    # the whole TempEval-3 training data, and at least the quality notebook 04 reported when it ran the evaluation
    v = dict(zip(table["measure"], table["value"]))
    assert table["documents"].iloc[0] == 256 and (v["gold"], v["words"]) == (1822, 86026)
    assert v["value_f1"] >= 0.7835 and v["relaxed_f1"] >= 0.9365 and v["strict_f1"] >= 0.8575


_HEADER = "measure,value,corpus,documents,measured\n"


@pytest.mark.parametrize(
    "rows, message",
    [
        ("strict_f1,0.9,C,10,2021-01-01\nbogus,1,C,10,2021-01-01\n", "row 3 .*'bogus'.* not one of"),
        ("strict_f1,high,C,10,2021-01-01\n", "value must be a number"),
        ("strict_f1,0.9,C,ten,2021-01-01\n", "documents a whole number"),
        ("strict_f1,0.9,C,10,yesterday\n", "measured a date"),
        ("strict_f1,0.9,C,10,2021-01-01\nstrict_f1,0.8,C,10,2021-01-01\n", "given twice"),
    ],
)
def test_bad_tables_are_refused_with_the_row(tmp_path, rows, message):
    path = tmp_path / "calibration.csv"
    path.write_text(_HEADER + rows, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        load_calibration(path)


def test_a_missing_table_is_named(tmp_path):
    with pytest.raises(DataFileError, match="does not exist"):
        load_calibration(tmp_path / "nowhere.csv")


def test_a_table_reads_back_as_written(tmp_path):
    path = tmp_path / "calibration.csv"
    path.write_text(_HEADER + "value_f1,0.784123,TempEval-3,256,2021-09-10\n", encoding="utf-8")
    table = load_calibration(path)
    assert table.to_dict("records") == [{"measure": "value_f1", "value": 0.784123, "corpus": "TempEval-3",
                                         "documents": 256, "measured": pd.Timestamp("2021-09-10")}]
