"""init: the manifest written for a folder of saved pages and .txt files, with the empty cells flagged."""

from __future__ import annotations

import csv
import re

import pytest

from helpers.corpus import ArticleLoadError, init_folder, load_articles, paragraphs, sentences
from helpers.corpus.__main__ import main
from tests.corpus.pages import PAGES, write_pages


def _rows(folder):
    with open(folder / "articles.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _fill(folder, **cells):
    """Fill the manifest's empty cells as a user would, ``column=value``."""
    rows = _rows(folder)
    for row in rows:
        for column, value in cells.items():
            row[column] = row[column] or value
    with open(folder / "articles.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def saved(tmp_path):
    return write_pages(tmp_path / "saved")


def test_init_writes_each_page_text_beside_it_and_lists_it(saved):
    result = init_folder(saved)
    assert _rows(saved) == [
        {"file": "cafes.txt", "outlet": "Northern Wire", "title": "Café owners fear “long winter”",
         "published": "2022-03-16", "url": "", "source": "cafes.html"},
        {"file": "fishermen.txt", "outlet": "", "title": "Estavia defends fishermen in harbour dispute",
         "published": "", "url": "", "source": "fishermen.htm"},
        {"file": "port-talks.txt", "outlet": "Harbour Gazette", "title": "Port talks stall as ministers trade blame",
         "published": "2022-03-15", "url": "https://gazette.example/world/port-talks-stall",
         "source": "port-talks.html"},
    ]
    for name, (_, text, *_rest) in PAGES.items():
        written = saved / (name.rsplit(".", 1)[0] + ".txt")
        assert written.read_bytes() == text.encode("utf-8")
    assert result.written == ["cafes.txt", "fishermen.txt", "port-talks.txt"] and result.kept == []
    assert result.missing == {"fishermen.txt": ["outlet", "published"]}


def test_the_message_says_what_was_written_and_which_cells_to_fill_in(saved):
    message = init_folder(saved).message()
    assert "wrote port-talks.txt: the text extracted from port-talks.html" in message
    assert "fill in these empty cells of articles.csv before loading" in message
    assert "row 3, fishermen.txt: outlet, published" in message
    assert "row 2" not in message and "row 4" not in message


def test_an_existing_text_beside_a_page_is_kept_and_said_so(saved):
    (saved / "cafes.txt").write_text("My own edit of the cafés story\n\nBody.\n", encoding="utf-8")
    result = init_folder(saved)
    assert (saved / "cafes.txt").read_text(encoding="utf-8") == "My own edit of the cafés story\n\nBody.\n"
    assert result.kept == ["cafes.txt"] and "cafes.txt" not in result.written
    assert "kept cafes.txt: already there, not overwritten" in result.message()
    assert [r["file"] for r in _rows(saved)] == ["cafes.txt", "fishermen.txt", "port-talks.txt"]  # listed once


def test_a_folder_of_texts_gets_titles_and_flags_date_and_outlet(tmp_path):
    (tmp_path / "b.txt").write_text("\n  Second headline  \n\nBody of b.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First headline\n\nBody of a.\n", encoding="utf-8")
    result = init_folder(tmp_path)
    assert _rows(tmp_path) == [
        {"file": "a.txt", "outlet": "", "title": "First headline", "published": "", "url": "", "source": ""},
        {"file": "b.txt", "outlet": "", "title": "Second headline", "published": "", "url": "", "source": ""},
    ]
    assert result.missing == {"a.txt": ["outlet", "published"], "b.txt": ["outlet", "published"]}
    assert "row 2, a.txt: outlet, published" in result.message()
    with pytest.raises(ArticleLoadError, match=r"articles\.csv, row 2: empty outlet, published"):
        load_articles(tmp_path)


def test_every_cell_filled_says_the_folder_is_ready(tmp_path):
    write_pages(tmp_path, ["port-talks.html"])
    assert "every cell is filled: the folder is ready to load" in init_folder(tmp_path).message()


def test_an_existing_manifest_is_never_overwritten_without_force(saved):
    (saved / "articles.csv").write_text("file,outlet,title,published\n", encoding="utf-8")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: a manifest is already there; not overwritten"):
        init_folder(saved)
    assert (saved / "articles.csv").read_text(encoding="utf-8") == "file,outlet,title,published\n"
    assert not (saved / "cafes.txt").exists()
    init_folder(saved, force=True)
    assert len(_rows(saved)) == 3


def test_two_pages_of_one_name_are_refused(tmp_path):
    write_pages(tmp_path, ["port-talks.html"])
    (tmp_path / "port-talks.htm").write_bytes(PAGES["port-talks.html"][0])
    with pytest.raises(ArticleLoadError, match=r"port-talks\.html?: port-talks\.html? has the same name"):
        init_folder(tmp_path)
    assert not (tmp_path / "articles.csv").exists()


def test_an_empty_folder_has_nothing_to_list(tmp_path):
    with pytest.raises(ArticleLoadError, match="empty articles folder"):
        init_folder(tmp_path)


def test_after_init_and_filling_in_the_folder_loads_and_offsets_index_the_files_on_disk(saved):
    init_folder(saved)
    _fill(saved, outlet="Estavia Ledger", published="2022-03-14")
    articles = load_articles(saved)
    assert list(articles["outlet"]) == ["Northern Wire", "Estavia Ledger", "Harbour Gazette"]
    assert list(articles["published"].dt.strftime("%Y-%m-%d")) == ["2022-03-16", "2022-03-14", "2022-03-15"]
    assert list(articles["source"]) == ["cafes.html", "fishermen.htm", "port-talks.html"]
    assert list(articles["event"].unique()) == ["saved"]
    on_disk = {row.article_id: open(row.path, encoding="utf-8", newline="").read() for row in articles.itertuples()}
    for table in (paragraphs(articles), sentences(articles)):
        assert len(table) > 6
        for row in table.itertuples():
            assert on_disk[row.article_id][row.start:row.end] == row.text
    assert list(paragraphs(articles).query("kind == 'headline'")["text"]) == list(articles["title"])


def test_the_command_writes_the_manifest_and_refuses_to_overwrite_it(saved, capsys):
    assert main(["init", str(saved)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {saved / 'articles.csv'}: 3 article(s), 3 from saved web pages" in out
    assert "row 3, fishermen.txt: outlet, published" in out
    assert main(["init", str(saved)]) == 2
    assert re.search(r"error: .*articles\.csv: a manifest is already there.*--force", capsys.readouterr().err)
    assert main(["init", str(saved), "--force"]) == 0
    assert "kept cafes.txt" in capsys.readouterr().out
