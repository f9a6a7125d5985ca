"""Saved web pages: the main text without navigation, comments or footer, and the metadata, offline."""

from __future__ import annotations

import codecs
import re
import tempfile
import warnings
from pathlib import Path

import pytest

from helpers.corpus import ArticleEncodingWarning, ArticleLoadError, read_page
from helpers.corpus.webpages import is_page, page_html
from tests.corpus.pages import NEWS_PAGE, PAGES, UNDATED_PAGE, write_pages


@pytest.fixture
def saved(tmp_path):
    return write_pages(tmp_path / "saved")


@pytest.mark.parametrize("name", list(PAGES))
def test_each_page_gives_its_text_title_date_and_outlet_exactly(saved, name):
    _, text, title, published, outlet = PAGES[name]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a declared encoding is read without a warning
        page = read_page(saved / name)
    assert page.article_text() == text
    assert (page.title, page.published, page.outlet) == (title, published, outlet)


def test_navigation_comments_asides_and_footer_are_left_out(saved):
    text = read_page(saved / "port-talks.html").text
    for boilerplate in ("Home", "Sport", "cookies", "Most read", "Storm closes", "Reader42", "mark my words",
                        "All rights reserved", "Privacy policy", "By Mara Jensen"):
        assert boilerplate not in text
    assert text.startswith("Port talks stall as ministers trade blame\nTrade ministers from Norland")


def test_the_url_comes_from_the_page_metadata(saved):
    assert read_page(saved / "port-talks.html").url == "https://gazette.example/world/port-talks-stall"
    assert read_page(saved / "fishermen.htm").url == ""


def test_the_headline_is_not_written_twice():
    page = read_page_from_text(NEWS_PAGE)
    assert page.article_text().count("Port talks stall as ministers trade blame") == 1


def read_page_from_text(html):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "page.html").write_text(html, encoding="utf-8")
        return read_page(Path(folder) / "page.html")


def test_a_windows_1252_page_is_decoded_by_its_meta_charset(saved):
    html = page_html(saved / "cafes.html")
    assert "Café owners fear “long winter”" in html and "€200" in html


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO-8859-1", "latin1", "us-ascii"])
def test_a_latin_1_label_is_read_as_windows_1252_as_browsers_do(tmp_path, label):
    path = tmp_path / "p.html"
    path.write_bytes(f'<meta charset="{label}"><p>\x93Quoted\x94 words</p>'.encode("latin-1"))
    assert "“Quoted” words" in page_html(path)


def test_a_page_declaring_no_encoding_and_not_utf8_is_windows_1252_with_a_warning(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes("<p>Kessel’s quay</p>".encode("cp1252"))
    with pytest.warns(ArticleEncodingWarning, match=r"p\.html: declares no encoding and is not UTF-8"):
        assert "Kessel’s quay" in page_html(path)


def test_a_byte_order_mark_wins_over_the_meta_charset(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(codecs.BOM_UTF16_LE + '<meta charset="windows-1252"><p>Café</p>'.encode("utf-16-le"))
    assert page_html(path) == '<meta charset="windows-1252"><p>Café</p>'


def test_an_unknown_declared_encoding_names_the_file(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(b'<meta charset="klingon-8"><p>text</p>')
    with pytest.raises(ArticleLoadError, match=r"p\.html: the page declares an unknown encoding 'klingon-8'"):
        page_html(path)


def test_bytes_that_break_the_declared_encoding_name_the_file(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(b'<meta charset="utf-8"><p>caf\xe9</p>')
    with pytest.raises(ArticleLoadError, match=r"p\.html: cannot be decoded as its <meta charset=utf-8> says"):
        page_html(path)


def test_a_page_with_no_article_text_names_the_file(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><head><title>Only a title</title></head><body></body></html>", encoding="utf-8")
    with pytest.raises(ArticleLoadError, match=re.escape(f"{path}: no article text found in the saved page")):
        read_page(path)


def test_a_missing_page_names_the_file(tmp_path):
    with pytest.raises(ArticleLoadError, match=r"gone\.html: saved page does not exist"):
        read_page(tmp_path / "gone.html")


def test_a_page_with_no_date_in_its_markup_gets_none_from_its_running_text():
    # the story mentions "Monday" and could mention a year: neither is taken as the publication date
    page = read_page_from_text(UNDATED_PAGE.replace("after the meeting.", "after the meeting on 3 May 2021."))
    assert page.published == ""


@pytest.mark.parametrize(("name", "expected"), [("a.html", True), ("a.HTM", True), ("a.txt", False), ("html", False)])
def test_pages_are_named_html_or_htm(name, expected):
    assert is_page(Path(name)) is expected
