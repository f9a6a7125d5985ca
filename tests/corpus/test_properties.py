"""Property tests: any text splits with valid offsets; any folder is read only inside itself."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from helpers.corpus import ArticleLoadError, load_articles, paragraphs, sentences

NEWSY = st.sampled_from(
    list("abcXYZ .,;:!?\n\n\t“”\"'’‘()[]…—–-•*0123456789")
    + ["Mr. ", "U.S. ", "Feb. 10", " . . . ", "\n\n  • ", "WASHINGTON (AP): ", "– Copyright ", "Leave a Comment"]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(NEWSY, max_size=120).map("".join))


def _articles(text: str) -> pd.DataFrame:
    return pd.DataFrame(
        {"article_id": ["a"], "outlet": ["O"], "title": ["T"], "published": [pd.Timestamp("2021-09-10")], "text": [text]}
    )


def _covered(spans, n):
    mask = [False] * n
    for s, e in spans:
        for i in range(s, e):
            mask[i] = True
    return mask


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_paragraphs_and_sentences_keep_offsets_and_cover_the_text(text):
    arts = _articles(text)
    paras = paragraphs(arts)
    sents = sentences(arts)
    for frame in (paras, sents):
        for row in frame.itertuples():
            assert 0 <= row.start < row.end <= len(text)
            assert text[row.start : row.end] == row.text
            assert row.text == row.text.strip()
    para_mask = _covered(zip(paras["start"], paras["end"]), len(text))
    assert all(para_mask[i] for i, c in enumerate(text) if not c.isspace())
    # sentences cover every non-whitespace character of every paragraph, except a bullet's marker
    sentence_mask = _covered(zip(sents["start"], sents["end"]), len(text))
    for para in paras.itertuples():
        split_from = para.content_start if para.kind == "bullet" else para.start
        assert all(sentence_mask[i] for i in range(split_from, para.end) if not text[i].isspace())
    # sentences never overlap and stay inside their paragraph
    ordered = sorted(zip(sents["start"], sents["end"]))
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ordered, ordered[1:]))


# --------------------------------------------------------------------------- folders with paths and links

SECRET = "Secret\n\nroot:x:0:0:root:/root:/bin/bash"
#: What may stand at a name in the articles folder: a text, a folder, or a link into or out of the folder.
ENTRY_KINDS = ("text", "folder", "link to a text inside", "link to the folder above", "link outside", "broken link")
ENTRY_NAMES = ("a.txt", "b.txt", "sub", "sub/c.txt", "sub/d.txt", "up")
#: Names a manifest row may give: entries, paths through them, out of the folder, absolute.
ROW_NAMES = ENTRY_NAMES + ("./a.txt", "sub/../b.txt", "../outside/secret.txt", "sub/../../outside/secret.txt",
                           "up/secret.txt", "up/articles/a.txt", "ABSOLUTE", "missing.txt", "sub/")

FOLDERS = st.tuples(
    st.dictionaries(st.sampled_from(ENTRY_NAMES), st.sampled_from(("text", "text", "text") + ENTRY_KINDS), max_size=5),
    st.lists(st.sampled_from(ROW_NAMES), max_size=3),
)


def _make_entry(folder: Path, name: str, kind: str, outside: Path) -> None:
    path = folder / name
    if path.parent != folder and not path.parent.is_dir():
        return  # "sub/c.txt" when "sub" is not a folder: nothing to make
    if os.path.lexists(path):
        return
    if kind == "text":
        path.write_text(f"{name}\n\nThe text of {name}.", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    elif kind == "link to a text inside":
        path.symlink_to(folder / "inside.txt")
    elif kind == "link to the folder above":
        path.symlink_to(folder.parent, target_is_directory=True)
    elif kind == "link outside":
        path.symlink_to(outside)
    else:
        path.symlink_to(folder / "nowhere")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FOLDERS)
def test_a_folder_is_read_only_inside_itself(layout):
    entries, extra_rows = layout
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "outside").mkdir()
        outside = root / "outside" / "secret.txt"
        outside.write_text(SECRET, encoding="utf-8")
        folder = root / "articles"
        folder.mkdir()
        (folder / "inside.txt").write_text("Inside\n\nA text inside the folder.", encoding="utf-8")
        for name in sorted(entries, key=len):  # "sub" before "sub/c.txt"
            _make_entry(folder, name, entries[name], outside)
        # a row for every text on disk (an unlisted one stops the load before any row is read), then the drawn ones
        names = sorted(p.name for p in folder.glob("*.txt")) + extra_rows
        rows = [str(outside) if name == "ABSOLUTE" else name for name in names]
        with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["article_id", "file", "outlet", "title", "published"])
            writer.writerows([f"id{i}", name, "O", "T", "2021-09-10"] for i, name in enumerate(rows))
        escapes = [
            i for i, name in enumerate(rows)
            if os.path.isabs(name) or not Path(os.path.realpath(folder / name)).is_relative_to(folder.resolve())
        ]
        readable = not escapes and all(os.path.isfile(folder / name) for name in rows)
        try:
            articles = load_articles(folder)
        except ArticleLoadError as exc:
            event("refused")
            assert "root:x" not in str(exc)
            assert not readable, f"every row names a regular file inside the folder, yet: {exc}"
            return
        event("loaded")
        assert not escapes, f"rows {escapes} lead out of the folder, yet the folder loaded"
        for path, text in zip(articles["path"], articles["text"]):
            resolved = Path(os.path.realpath(path))
            assert resolved.is_relative_to(folder.resolve()) and resolved.is_file()
            assert text == resolved.read_text(encoding="utf-8")
            assert "root:x" not in text
