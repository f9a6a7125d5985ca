"""A file's bytes into its text: UTF-8, a byte-order mark's encoding, Windows-1252 with a warning, or a clear error."""

from __future__ import annotations

import codecs

import pytest

from helpers.corpus import ArticleEncodingWarning, ArticleLoadError, load_articles, paragraphs, read_text, sentences
from tests.conftest import write_folder

GOOD = {"file": "a.txt", "outlet": "Outlet A", "title": "A title", "published": "2021-09-10", "text": "A title\n\nBody text here."}
TEXT = "Biden’s call\r\n\r\n“It went well,” he said — in Beijing, café."


def _write(tmp_path, data: bytes):
    write_folder(tmp_path, [dict(GOOD, title="Biden’s call")])
    (tmp_path / "a.txt").write_bytes(data)


def test_empty_file(tmp_path):
    write_folder(tmp_path, [dict(GOOD, text="  \n")])
    with pytest.raises(ArticleLoadError, match=r"a\.txt: empty file"):
        load_articles(tmp_path)


@pytest.mark.parametrize("data", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "\xa0\n\u3000".encode()])
def test_a_file_of_nothing_but_a_mark_or_whitespace_is_empty(tmp_path, data):
    _write(tmp_path, data)
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


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_byte_order_mark_sets_the_encoding_and_is_not_text(tmp_path, encoding):
    data = TEXT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these codecs write no mark of their own
        data = ("\ufeff" + TEXT).encode(encoding)
    _write(tmp_path, data)
    articles = load_articles(tmp_path)
    assert articles.loc[0, "text"] == TEXT and articles.loc[0, "n_chars"] == len(TEXT)
    # offsets count from the first character after the mark, and the headline has no mark in it
    paras = paragraphs(articles)
    assert paras.loc[0, "text"] == "Biden’s call" and paras.loc[0, "start"] == 0 and paras.loc[0, "kind"] == "headline"
    for row in sentences(articles).itertuples():
        assert TEXT[row.start : row.end] == row.text


def test_utf16_with_a_mark_is_not_called_binary(tmp_path):
    _write(tmp_path, TEXT.encode("utf-16"))
    assert b"\x00" in (tmp_path / "a.txt").read_bytes()
    assert read_text(tmp_path / "a.txt") == TEXT


def test_a_mark_that_lies_about_the_encoding(tmp_path):
    _write(tmp_path, codecs.BOM_UTF8 + b"caf\xe9")
    with pytest.raises(ArticleLoadError, match=r"a\.txt: starts with a UTF-8 byte-order mark but is not UTF-8"):
        load_articles(tmp_path)
    _write(tmp_path, codecs.BOM_UTF16_LE + "odd".encode("utf-16-le") + b"\x00")
    with pytest.raises(ArticleLoadError, match=r"a\.txt: starts with a UTF-16 byte-order mark but is not UTF-16"):
        load_articles(tmp_path)


def test_utf16_binary_is_still_binary(tmp_path):
    _write(tmp_path, codecs.BOM_UTF16_LE + b"P\x00N\x00G\x00" + b"\x00" * 8)
    with pytest.raises(ArticleLoadError, match=r"a\.txt: binary file"):
        load_articles(tmp_path)
