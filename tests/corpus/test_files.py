"""Only regular files inside the articles folder are read; anything else is refused naming the manifest row."""

from __future__ import annotations

import os

import pytest

from helpers.corpus import ArticleLoadError, load_articles
from tests.conftest import write_folder

GOOD = {"file": "a.txt", "outlet": "Outlet A", "title": "A title", "published": "2021-09-10", "text": "A title\n\nBody text here."}
SECRET = "root:x:0:0:root:/root:/bin/bash\n"


@pytest.fixture
def outside(tmp_path):
    """A file next to the articles folder, which the loader must never read."""
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def _folder(tmp_path, *rows):
    return write_folder(tmp_path / "articles", [GOOD] + [dict(GOOD, file=name) for name in rows if name])


def _manifest_row(folder, name, row=3):
    with open(folder / "articles.csv", "a", encoding="utf-8", newline="") as fh:
        fh.write(f"{name},B,T,2021-09-10\n")


@pytest.mark.parametrize("name", ["../secret.txt", "../../../../../../../../etc/passwd", "sub/../../secret.txt"])
def test_a_path_leading_out_of_the_folder_is_refused(tmp_path, outside, name):
    folder = _folder(tmp_path)
    (folder / "sub").mkdir()
    _manifest_row(folder, name)
    with pytest.raises(ArticleLoadError, match=r"articles\.csv, row 3: file '.*' is outside the articles folder"):
        load_articles(folder)


def test_an_absolute_path_is_refused(tmp_path, outside):
    folder = _folder(tmp_path)
    _manifest_row(folder, str(outside))
    with pytest.raises(ArticleLoadError, match=r"row 3: file '.*secret\.txt' is an absolute path"):
        load_articles(folder)
    # even one that leads into the folder: a manifest names files relative to its folder
    _folder(tmp_path)
    _manifest_row(folder, str(folder / "a.txt"))
    with pytest.raises(ArticleLoadError, match=r"row 3: .* is an absolute path"):
        load_articles(folder)


def test_a_link_out_of_the_folder_is_refused(tmp_path, outside):
    folder = _folder(tmp_path)
    (folder / "b.txt").symlink_to(outside)
    _manifest_row(folder, "b.txt")
    with pytest.raises(ArticleLoadError, match=r"row 3: file 'b\.txt' is a link to a file outside the articles folder"):
        load_articles(folder)


def test_a_link_through_a_linked_folder_is_refused(tmp_path, outside):
    folder = _folder(tmp_path)
    (folder / "sub").symlink_to(tmp_path, target_is_directory=True)
    _manifest_row(folder, "sub/secret.txt")
    with pytest.raises(ArticleLoadError, match=r"row 3: file 'sub/secret\.txt' is outside the articles folder"):
        load_articles(folder)


def test_a_linked_manifest_from_outside_is_refused(tmp_path):
    folder = _folder(tmp_path)
    (folder / "articles.csv").rename(tmp_path / "elsewhere.csv")
    (folder / "articles.csv").symlink_to(tmp_path / "elsewhere.csv")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: the manifest is a link to a file outside"):
        load_articles(folder)


def test_links_inside_the_folder_are_read(tmp_path):
    folder = _folder(tmp_path)
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text("C\n\nThird text.")
    (folder / "b.txt").symlink_to("a.txt")
    _manifest_row(folder, "b.txt")
    _manifest_row(folder, "sub/c.txt")
    articles = load_articles(folder)
    assert list(articles["text"]) == [GOOD["text"], GOOD["text"], "C\n\nThird text."]
    # the articles folder itself may be reached through a link
    (tmp_path / "linked").symlink_to(folder, target_is_directory=True)
    assert len(load_articles(tmp_path / "linked")) == 3


def test_a_folder_named_like_a_text_file(tmp_path):
    folder = _folder(tmp_path)
    (folder / "x.txt").mkdir()
    with pytest.raises(ArticleLoadError, match=r"x\.txt: named like a text file but is a folder, not a file, and not in the manifest"):
        load_articles(folder)
    _manifest_row(folder, "x.txt")
    with pytest.raises(ArticleLoadError, match=r"row 3: file 'x\.txt' is a folder, not a file"):
        load_articles(folder)


def test_a_folder_named_like_the_manifest(tmp_path):
    folder = tmp_path / "articles"
    (folder / "articles.csv").mkdir(parents=True)
    (folder / "a.txt").write_text("A title\n\nText.")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: manifest is a folder, not a file"):
        load_articles(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_being_opened(tmp_path):
    folder = _folder(tmp_path)
    os.mkfifo(folder / "pipe.txt")  # opening it would block for ever, as reading /dev/zero never ends
    _manifest_row(folder, "pipe.txt")
    with pytest.raises(ArticleLoadError, match=r"row 3: file 'pipe\.txt' is a named pipe, not a regular file"):
        load_articles(folder)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_refused(tmp_path):
    folder = _folder(tmp_path)
    _manifest_row(folder, "/dev/zero")
    with pytest.raises(ArticleLoadError, match=r"row 3: file '/dev/zero' is an absolute path"):
        load_articles(folder)
    folder = _folder(tmp_path / "again")
    (folder / "zero.txt").symlink_to("/dev/zero")
    _manifest_row(folder, "zero.txt")
    with pytest.raises(ArticleLoadError, match=r"row 3: file 'zero\.txt' is a link to a file outside"):
        load_articles(folder)


def test_a_broken_link(tmp_path):
    folder = _folder(tmp_path)
    (folder / "b.txt").symlink_to("gone.txt")
    _manifest_row(folder, "b.txt")
    with pytest.raises(ArticleLoadError, match=r"row 3: file 'b\.txt' is a broken link"):
        load_articles(folder)
