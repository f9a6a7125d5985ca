"""Article tables (CSV, JSON Lines, Parquet): the usual column names, a stated mapping, the folder's checks."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from helpers.corpus import ArticleLoadError, load_article_table, load_articles, sentences

#: Two articles as a news database exports them (fictional outlets and people).
EXPORT = [
    {"id": 101, "headline": "Ferry routes close as storm nears", "body": "Ferry routes close as storm nears\n\n"
     "The harbour authority in Kessel closed three ferry routes on Friday.\n\n“Safety comes first,” said Ida Holm.",
     "publish_date": "2022-03-18T07:45:00Z", "media_name": "Harbour Gazette", "url": "https://gazette.example/f"},
    {"id": 102, "headline": "Bridge vote passes", "body": "Bridge vote passes\n\nThe council backed a new bridge.",
     "publish_date": "2022-03-19", "media_name": "Northern Wire", "url": ""},
]


def _write(tmp_path, rows, fmt, name="export"):
    frame = pd.DataFrame(rows)
    path = tmp_path / f"{name}.{fmt}"
    if fmt == "csv":
        frame.to_csv(path, index=False)
    elif fmt == "jsonl":
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    else:
        frame.to_parquet(path, index=False)
    return path


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_each_format_loads_with_the_usual_column_names(tmp_path, fmt):
    articles = load_articles(_write(tmp_path, EXPORT, fmt))
    assert list(articles["article_id"]) == ["101", "102"]
    assert list(articles["event"]) == ["export", "export"]
    assert list(articles["outlet"]) == ["Harbour Gazette", "Northern Wire"]
    assert list(articles["title"]) == ["Ferry routes close as storm nears", "Bridge vote passes"]
    assert list(articles["published"]) == [pd.Timestamp("2022-03-18"), pd.Timestamp("2022-03-19")]
    assert list(articles["text"]) == [row["body"] for row in EXPORT]
    assert list(articles["url"]) == ["https://gazette.example/f", ""]
    assert list(articles["file"]) == [f"export.{fmt}#1", f"export.{fmt}#2"]
    assert list(articles["n_chars"]) == [len(row["body"]) for row in EXPORT]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_offsets_index_the_text_column(tmp_path, fmt):
    articles = load_articles(_write(tmp_path, EXPORT, fmt))
    texts = dict(zip(articles["article_id"], articles["text"]))
    sents = sentences(articles)
    assert "“Safety comes first,” said Ida Holm." in list(sents["text"])
    for row in sents.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text


def test_a_parquet_date_column_and_integer_ids(tmp_path):
    frame = pd.DataFrame(EXPORT).assign(publish_date=pd.to_datetime(["2022-03-18 07:45", "2022-03-19 00:00"]))
    path = tmp_path / "dated.parquet"
    frame.to_parquet(path, index=False)
    articles = load_articles(path)
    assert list(articles["published"]) == [pd.Timestamp("2022-03-18"), pd.Timestamp("2022-03-19")]
    assert list(articles["article_id"]) == ["101", "102"]


def test_without_an_id_column_the_row_number_is_the_id_and_without_a_title_the_first_line(tmp_path):
    rows = [{k: v for k, v in row.items() if k not in ("id", "headline")} for row in EXPORT]
    articles = load_articles(_write(tmp_path, rows, "csv"))
    assert list(articles["article_id"]) == ["1", "2"]
    assert list(articles["title"]) == ["Ferry routes close as storm nears", "Bridge vote passes"]


def test_an_event_column_names_the_event(tmp_path):
    rows = [dict(row, event=event) for row, event in zip(EXPORT, ["storm", "bridge"])]
    assert list(load_articles(_write(tmp_path, rows, "jsonl"))["event"]) == ["storm", "bridge"]


def test_the_mapping_argument_names_other_columns(tmp_path):
    rows = [{"story": r["body"], "paper": r["media_name"], "when": r["publish_date"], "head": r["headline"]}
            for r in EXPORT]
    path = _write(tmp_path, rows, "csv")
    with pytest.raises(ArticleLoadError, match=r"export\.csv: no text column \(looked for text, body, content"):
        load_articles(path)
    articles = load_articles(path, columns={"text": "story", "outlet": "paper", "published": "when", "title": "head"})
    assert list(articles["outlet"]) == ["Harbour Gazette", "Northern Wire"]
    assert list(articles["title"]) == ["Ferry routes close as storm nears", "Bridge vote passes"]


def test_the_study_file_beside_the_table_names_columns_and_the_argument_wins(tmp_path):
    rows = [dict(r, paper=r["media_name"].upper()) for r in EXPORT]
    path = _write(tmp_path, rows, "csv")
    (tmp_path / "study.yaml").write_text("sides: [a, b]\ncolumns:\n  outlet: paper\n", encoding="utf-8")
    assert list(load_articles(path)["outlet"]) == ["HARBOUR GAZETTE", "NORTHERN WIRE"]
    assert list(load_articles(path, columns={"outlet": "media_name"})["outlet"]) == ["Harbour Gazette", "Northern Wire"]


def test_a_study_file_without_columns_changes_nothing(tmp_path):
    path = _write(tmp_path, EXPORT, "csv")
    (tmp_path / "study.yaml").write_text("sides: [Democrats, Republicans]\n", encoding="utf-8")
    assert list(load_articles(path)["outlet"]) == ["Harbour Gazette", "Northern Wire"]


@pytest.mark.parametrize(("study", "message"), [
    ("columns: [text]\n", r"study\.yaml: columns: must map fields to column names"),
    ("columns:\n  text: [a]\n", r"study\.yaml: columns: must map fields to column names"),
    ("columns: {text: body\n", r"study\.yaml: not valid YAML"),
])
def test_a_bad_columns_section_names_the_study_file(tmp_path, study, message):
    path = _write(tmp_path, EXPORT, "csv")
    (tmp_path / "study.yaml").write_text(study, encoding="utf-8")
    with pytest.raises(ArticleLoadError, match=message):
        load_articles(path)


@pytest.mark.parametrize(("columns", "message"), [
    ({"body_text": "body"}, r"unknown field\(s\) 'body_text' in the column mapping"),
    ({"text": "story"}, r"the mapping reads text from column 'story', which the table lacks"),
])
def test_a_bad_mapping_is_named(tmp_path, columns, message):
    with pytest.raises(ArticleLoadError, match=message):
        load_article_table(_write(tmp_path, EXPORT, "csv"), columns)


@pytest.mark.parametrize(("fmt", "where"), [("csv", "row 3"), ("jsonl", "line 2"), ("parquet", "row 2")])
def test_an_empty_outlet_names_the_row(tmp_path, fmt, where):
    rows = [EXPORT[0], dict(EXPORT[1], media_name="")]
    with pytest.raises(ArticleLoadError, match=rf"export\.{fmt}, {where}: empty media_name"):
        load_articles(_write(tmp_path, rows, fmt))


@pytest.mark.parametrize(("fmt", "where"), [("csv", "row 2"), ("jsonl", "line 1"), ("parquet", "row 1")])
def test_a_date_that_is_not_iso_names_the_row(tmp_path, fmt, where):
    rows = [dict(EXPORT[0], publish_date="18/03/2022"), EXPORT[1]]
    with pytest.raises(ArticleLoadError, match=rf"export\.{fmt}, {where}: published date '18/03/2022' is not an ISO"):
        load_articles(_write(tmp_path, rows, fmt))


def test_an_empty_title_in_a_title_column_names_the_row(tmp_path):
    rows = [EXPORT[0], dict(EXPORT[1], headline="  ")]
    with pytest.raises(ArticleLoadError, match=r"export\.csv, row 3: empty headline"):
        load_articles(_write(tmp_path, rows, "csv"))


def test_a_duplicate_id_names_both_rows(tmp_path):
    rows = [EXPORT[0], dict(EXPORT[1], id=101)]
    with pytest.raises(ArticleLoadError, match=r"row 3: duplicate article id '101' \(also on row 2\)"):
        load_articles(_write(tmp_path, rows, "csv"))


def test_a_jsonl_line_that_is_not_an_object_names_the_line(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(EXPORT[0]) + "\n\n[1, 2]\n", encoding="utf-8")
    with pytest.raises(ArticleLoadError, match=r"export\.jsonl, line 3: not a JSON object"):
        load_articles(path)
    path.write_text(json.dumps(EXPORT[0]) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(ArticleLoadError, match=r"export\.jsonl, line 2: not a JSON object"):
        load_articles(path)


def test_a_cell_holding_a_list_names_the_row_and_column(tmp_path):
    rows = [dict(EXPORT[0], media_name=["Harbour Gazette"])]
    with pytest.raises(ArticleLoadError, match=r"line 1: column 'media_name' holds a list, expected text"):
        load_articles(_write(tmp_path, rows, "jsonl"))


def test_an_empty_table_and_a_broken_parquet_file_are_named(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("text,outlet,published\n", encoding="utf-8")
    with pytest.raises(ArticleLoadError, match=r"empty\.csv: article table holds no articles"):
        load_articles(path)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet at all")
    with pytest.raises(ArticleLoadError, match=r"broken\.parquet: cannot be read as a parquet article table"):
        load_articles(broken)


def test_a_manifest_given_as_a_file_says_to_give_its_folder(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text("file,outlet,title,published\na.txt,A,T,2021-09-10\n", encoding="utf-8")
    with pytest.raises(ArticleLoadError, match=re.escape("a folder's articles.csv is a manifest: give the folder")):
        load_articles(path)


def test_the_mapping_is_only_for_tables(tmp_path, seeds):
    with pytest.raises(ArticleLoadError, match="columns= maps the columns of an article table; this is a folder"):
        load_articles(None, columns={"text": "body"})
