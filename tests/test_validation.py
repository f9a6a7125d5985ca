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



@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_quoted_line_breaks_stay_in_their_field_and_rows_are_named_by_their_first_line(tmp_path, newline):
    path = tmp_path / "d.csv"
    lines = ["name,note", 'Wang Yi,"first line\nsecond, line"', "", 'Shi Yinhong,"a\r\nb"', "Zhao,plain"]
    path.write_bytes(newline.join(lines).encode("utf-8"))
    assert read_rows(path, ["name"], "registry") == [
        (2, {"name": "Wang Yi", "note": "first line\nsecond, line"}),
        (5, {"name": "Shi Yinhong", "note": "a\r\nb"}),
        (7, {"name": "Zhao", "note": "plain"}),
    ]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"])
def test_unicode_line_separators_are_no_csv_line_ends(tmp_path, separator):
    path = tmp_path / "d.csv"
    path.write_text(f"name,side\nWang{separator}Yi,expert\nShi,expert\n", encoding="utf-8")
    assert read_rows(path, ["name"], "registry") == [
        (2, {"name": f"Wang{separator}Yi", "side": "expert"}),
        (3, {"name": "Shi", "side": "expert"}),
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_a_byte_order_mark_sets_the_encoding(tmp_path, encoding):
    path = tmp_path / "d.csv"
    path.write_bytes("name,side\r\nWang Yi,Chinese government\r\n".encode(encoding))
    assert read_rows(path, ["name"], "registry") == [(2, {"name": "Wang Yi", "side": "Chinese government"})]


def test_a_bad_utf16_file_is_named(tmp_path):
    path = tmp_path / "d.csv"
    path.write_bytes("name\nX".encode("utf-16") + b"\x00")
    with pytest.raises(ValueError, match=r"d\.csv: registry is not UTF-16"):
        read_rows(path, ["name"], "registry")


def test_a_folder_is_not_a_missing_file(tmp_path):
    (tmp_path / "d.csv").mkdir()
    with pytest.raises(ValueError, match=r"d\.csv: registry is a folder, not a file"):
        read_rows(tmp_path / "d.csv", ["name"], "registry")
