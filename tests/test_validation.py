"""The one reader of the project's data files, and the one check of tables passed between helpers."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.validation import read_rows, require_articles, require_columns


def test_rows_with_their_line_numbers(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("\ufeffname, side\n Wang Yi , Chinese government\n\n,\nShi Yinhong,expert\n", encoding="utf-8")
    assert read_rows(path, ["name"], "registry") == [
        (2, {"name": "Wang Yi", "side": "Chinese government"}),
        (5, {"name": "Shi Yinhong", "side": "expert"}),
    ]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"side\nexpert\n", r"d\.csv: registry lacks column\(s\) name \(has: side\)"),
        (b"name\nWang Yi,extra\n", r"d\.csv, row 2: more fields than the header"),
        (b"name\ncaf\xe9\n", r"d\.csv: registry is not UTF-8"),
        (b"name,colour\nX,red\n", r"d\.csv: registry has unknown column\(s\) colour"),
    ],
)
def test_bad_files_are_named_with_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "d.csv"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        read_rows(path, ["name"], "registry", allowed=["name", "side"])


def test_missing_file(tmp_path):
    with pytest.raises(KeyError, match="nope.csv: registry does not exist"):
        read_rows(tmp_path / "nope.csv", ["name"], "registry", KeyError)


def test_allowed_columns_are_filled_in(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("name\nX\n", encoding="utf-8")
    assert read_rows(path, ["name"], "registry", allowed=["name", "side"]) == [(2, {"name": "X", "side": ""})]


def test_require_columns_names_what_is_missing():
    with pytest.raises(ValueError, match=r"events table lacks column\(s\) 'date_start' \(has: label\); use extract_events"):
        require_columns(pd.DataFrame({"label": []}), ["label", "date_start"], "events table", hint="use extract_events")
    with pytest.raises(TypeError, match="articles table: expected a pandas DataFrame, got list"):
        require_articles([], error=TypeError)
