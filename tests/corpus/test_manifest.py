"""The loader: the seeds with their metadata, and a clear error naming the folder, file or manifest row."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import pandas as pd
import pytest

from helpers.corpus import ArticleLoadError, load_articles, paragraphs, sentences, structure
from helpers.paths import SEEDS_DIR, SHARED_DIR
from tests.conftest import write_folder

AXIOS = "axios-2021-09-10-biden-xi-call"
FT = "ft-2021-09-10-biden-xi-call"
GOOD = {"file": "a.txt", "outlet": "Outlet A", "title": "A title", "published": "2021-09-10", "text": "A title\n\nBody text here."}


def _manifest(folder, lines, newline="\n"):
    (folder / "articles.csv").write_bytes((newline.join(lines) + newline).encode("utf-8"))


# --------------------------------------------------------------------------- the seeds


def test_two_articles_with_their_metadata(seeds):
    assert len(seeds) == 2
    assert list(seeds["outlet"]) == ["Axios", "Financial Times"]
    assert list(seeds["title"]) == [
        "Inside Biden’s call with Xi",
        "Biden and Xi speak on phone amid impasse in Sino-US relationship",
    ]
    assert (seeds["published"] == pd.Timestamp("2021-09-10")).all()
    assert pd.api.types.is_datetime64_any_dtype(seeds["published"])
    assert list(seeds["article_id"]) == [AXIOS, FT]


def test_text_is_the_raw_file_verbatim(seeds):
    for row in seeds.itertuples():
        assert row.text == open(row.path, encoding="utf-8", newline="").read()
        assert row.text.startswith(row.title)


@pytest.mark.skipif(not (SHARED_DIR / "seeds").exists(), reason="../shared/seeds not present")
def test_seed_files_are_the_shared_bytes():
    for path in SEEDS_DIR.glob("*.txt"):
        shared = SHARED_DIR / "seeds" / path.name
        assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(shared.read_bytes()).digest()


def test_loading_never_writes_the_seeds(seeds):
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in SEEDS_DIR.iterdir()}
    paragraphs(seeds), sentences(seeds), structure(seeds)
    assert before == {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in SEEDS_DIR.iterdir()}


# --------------------------------------------------------------------------- the folder


def test_missing_folder(tmp_path):
    with pytest.raises(ArticleLoadError, match=re.escape(str(tmp_path / "nope")) + ".*does not exist"):
        load_articles(tmp_path / "nope")


def test_folder_is_a_file(tmp_path):
    path = tmp_path / "file.txt"
    path.write_text("x")
    with pytest.raises(ArticleLoadError, match="not a folder"):
        load_articles(path)


def test_empty_folder(tmp_path):
    with pytest.raises(ArticleLoadError, match="empty articles folder"):
        load_articles(tmp_path)


def test_texts_without_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("text")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: manifest missing"):
        load_articles(tmp_path)


def test_manifest_row_whose_file_is_missing(tmp_path):
    write_folder(tmp_path, [GOOD])
    _manifest(tmp_path, ["file,outlet,title,published", "a.txt,A,T,2021-09-10", "gone.txt,B,T,2021-09-10"])
    with pytest.raises(ArticleLoadError, match=r"row 3: file 'gone\.txt' does not exist"):
        load_articles(tmp_path)


def test_text_file_not_in_manifest(tmp_path):
    write_folder(tmp_path, [GOOD])
    (tmp_path / "stray.txt").write_text("Some text.")
    with pytest.raises(ArticleLoadError, match=r"stray\.txt: text file not in the manifest"):
        load_articles(tmp_path)


# --------------------------------------------------------------------------- the manifest


def test_duplicate_article_id(tmp_path):
    write_folder(tmp_path, [GOOD, dict(GOOD, file="b.txt")])
    _manifest(tmp_path, ["article_id,file,outlet,title,published", "x,a.txt,A,T,2021-09-10", "x,b.txt,B,T,2021-09-10"])
    with pytest.raises(ArticleLoadError, match=r"row 3: duplicate article id 'x' \(also on row 2\)"):
        load_articles(tmp_path)


def test_manifest_missing_a_column(tmp_path):
    write_folder(tmp_path, [GOOD])
    _manifest(tmp_path, ["file,outlet,title", "a.txt,A,T"])
    with pytest.raises(ArticleLoadError, match="lacks column.*published"):
        load_articles(tmp_path)


def test_manifest_row_with_empty_outlet(tmp_path):
    write_folder(tmp_path, [GOOD])
    _manifest(tmp_path, ["file,outlet,title,published", "a.txt,,T,2021-09-10"])
    with pytest.raises(ArticleLoadError, match="row 2: empty outlet"):
        load_articles(tmp_path)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_quoted_line_break_stays_in_the_title(tmp_path, newline):
    # a spreadsheet writes rows ending in CRLF and a line break inside a cell as LF
    write_folder(tmp_path, [GOOD, dict(GOOD, file="b.txt")])
    _manifest(
        tmp_path,
        ["file,outlet,title,published", 'a.txt,A,"Line one\nLine two, and more",2021-09-10', "b.txt,B,T,2021-09-10"],
        newline,
    )
    articles = load_articles(tmp_path)
    assert list(articles["title"]) == ["Line one\nLine two, and more", "T"]


def test_rows_after_a_quoted_line_break_are_named_by_their_first_line(tmp_path):
    write_folder(tmp_path, [GOOD, dict(GOOD, file="b.txt")])
    _manifest(tmp_path, ["file,outlet,title,published", 'a.txt,A,"Line one\nLine two",2021-09-10', "b.txt,,T,2021-09-10"])
    with pytest.raises(ArticleLoadError, match="row 4: empty outlet"):
        load_articles(tmp_path)
    _manifest(tmp_path, ["file,outlet,title,published", "b.txt,B,T,2021-09-10", 'a.txt,A,"Line one\nLine two",2021-09-10x'])
    with pytest.raises(ArticleLoadError, match="row 3: published date"):
        load_articles(tmp_path)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0c", "\x1e"])
def test_a_unicode_line_separator_in_a_title_is_part_of_it(tmp_path, separator):
    write_folder(tmp_path, [GOOD])
    _manifest(tmp_path, ["file,outlet,title,published", f"a.txt,A,Line one{separator}Line two,2021-09-10"])
    assert load_articles(tmp_path).loc[0, "title"] == f"Line one{separator}Line two"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("value", ["10/09/2021", "2021-13-45", "yesterday", "2021-09-10T25:00", "2021-09-10T12:61",
                                   "2021-09-10T12:00+25:00", "2021-09-10T", "2021-09-10T12"])
def test_unparseable_date(tmp_path, value):
    write_folder(tmp_path, [dict(GOOD, published=value)])
    with pytest.raises(ArticleLoadError, match=r"articles\.csv, row 2: published date"):
        load_articles(tmp_path)


@pytest.mark.parametrize(
    "value",
    ["2021-09-10", "2021-09-10T12:00:00Z", "2021-09-10T12:00", "2021-09-10 23:59:59", "2021-09-10T23:30:00-05:00",
     "2021-09-10T00:15:00+0530", "2021-09-10T12:00:00.123456789Z", "2021-09-10t08:00z"],
)
def test_iso_dates_with_a_time_give_the_date_as_written(tmp_path, value):
    write_folder(tmp_path, [dict(GOOD, published=value)])
    published = load_articles(tmp_path).loc[0, "published"]
    assert published == pd.Timestamp("2021-09-10")  # the date written, neither shifted to UTC nor with its time


def test_dates_in_any_year(tmp_path):
    write_folder(tmp_path, [dict(GOOD, published="0001-01-01"), dict(GOOD, file="b.txt", published="9999-12-31T23:59Z")])
    assert list(load_articles(tmp_path)["published"].dt.year) == [1, 9999]


# --------------------------------------------------------------------------- names


def test_a_name_in_nfc_finds_the_file_written_in_nfd(tmp_path):
    nfc_name, nfd_name = (unicodedata.normalize(form, "café-señor.txt") for form in ("NFC", "NFD"))
    assert nfc_name != nfd_name
    write_folder(tmp_path, [dict(GOOD, file=nfc_name)])
    (tmp_path / nfc_name).rename(tmp_path / nfd_name)  # as a Mac (or a zip from one) writes it
    articles = load_articles(tmp_path)
    assert articles.loc[0, "text"] == GOOD["text"]
    assert articles.loc[0, "file"] == nfc_name and articles.loc[0, "path"] == str(tmp_path / nfd_name)


def test_a_dot_slash_name_is_the_file_on_disk(tmp_path):
    write_folder(tmp_path, [dict(GOOD, file="./a.txt")])
    assert load_articles(tmp_path).loc[0, "article_id"] == "a"
