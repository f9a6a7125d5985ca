"""Bad input: each case gets a clear error naming the file (or manifest row) and what is wrong."""

from __future__ import annotations

import re

import pytest

from helpers.corpus import ArticleEncodingWarning, ArticleLoadError, load_articles, paragraphs
from tests.conftest import write_folder

GOOD = {"file": "a.txt", "outlet": "Outlet A", "title": "A title", "published": "2021-09-10", "text": "A title\n\nBody text here."}


def _manifest(folder, lines):
    (folder / "articles.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


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


def test_empty_file(tmp_path):
    write_folder(tmp_path, [dict(GOOD, text="  \n")])
    with pytest.raises(ArticleLoadError, match=r"a\.txt: empty file"):
        load_articles(tmp_path)


def test_binary_file(tmp_path):
    write_folder(tmp_path, [GOOD])
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleLoadError, match=r"a\.txt: binary file"):
        load_articles(tmp_path)


def test_cp1252_file_is_decoded_with_a_warning(tmp_path):
    write_folder(tmp_path, [GOOD])
    (tmp_path / "a.txt").write_bytes("A title\n\nBiden\u2019s call \u2014 \u201cgood\u201d.".encode("cp1252"))
    with pytest.warns(ArticleEncodingWarning, match=r"a\.txt: not UTF-8"):
        articles = load_articles(tmp_path)
    assert articles.loc[0, "text"] == "A title\n\nBiden\u2019s call \u2014 \u201cgood\u201d."


def test_undecodable_file_is_refused(tmp_path):
    write_folder(tmp_path, [GOOD])
    (tmp_path / "a.txt").write_bytes(b"caf\xe9 \x81\x8d")  # not UTF-8; 0x81 is undefined in cp1252
    with pytest.raises(ArticleLoadError, match=r"a\.txt: not UTF-8 .* not Windows-1252"):
        load_articles(tmp_path)


@pytest.mark.parametrize("value", ["10/09/2021", "2021-13-45", "yesterday"])
def test_unparseable_date(tmp_path, value):
    write_folder(tmp_path, [dict(GOOD, published=value)])
    with pytest.raises(ArticleLoadError, match=r"articles\.csv, row 2: published date"):
        load_articles(tmp_path)


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


def test_paragraphs_of_a_table_that_is_not_articles():
    import pandas as pd

    with pytest.raises(ValueError, match="lacks column"):
        paragraphs(pd.DataFrame({"x": [1]}))
