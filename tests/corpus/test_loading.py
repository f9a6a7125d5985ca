"""The order in which articles_dir is read, pooled event folders, and every loader with the network blocked."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pandas as pd
import pytest

from helpers.corpus import ArticleLoadError, articles_kind, event_folders, load_articles, paragraphs
from helpers.paths import EVAL_DIR, ROOT
from tests.conftest import OTHER_EVENT, THIRD_ARTICLE, write_folder
from tests.corpus.pages import write_pages

BASIL = EVAL_DIR / "basil-dev"


@pytest.fixture
def two_events(tmp_path):
    """A folder of two event folders, an annotation table and a note beside them, and a folder of figures."""
    root = tmp_path / "pooled"
    write_folder(root / "harbour", OTHER_EVENT)
    write_folder(root / "call", [THIRD_ARTICLE, dict(OTHER_EVENT[0], file="gazette.txt", outlet="Harbour Gazette")])
    (root / "annotations.csv").write_text("file,start,end\nharbour/gazette.txt,0,4\n", encoding="utf-8")
    (root / "notes.txt").write_text("Which events we chose, and why.\n", encoding="utf-8")
    (root / "figures").mkdir()
    (root / "figures" / "chart.csv").write_text("x\n1\n", encoding="utf-8")
    return root


# --------------------------------------------------------------------------- the order


def test_a_file_is_an_article_table(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('text,outlet,published\n"A headline\n\nA body.",Wire,2022-01-02\n', encoding="utf-8")
    assert articles_kind(path) == "table"
    assert list(load_articles(path)["title"]) == ["A headline"]


def test_a_folder_with_a_manifest_is_one_event_even_with_event_folders_inside(tmp_path):
    write_folder(tmp_path / "one", OTHER_EVENT)
    write_folder(tmp_path / "one" / "older", [THIRD_ARTICLE])
    assert articles_kind(tmp_path / "one") == "event"
    articles = load_articles(tmp_path / "one")
    assert list(articles["article_id"]) == ["gazette", "ledger", "wire"]  # the ids as before: the file names
    assert list(articles["event"]) == ["one"] * 3
    assert list(articles.columns[:2]) == ["article_id", "event"]


def test_the_seeds_keep_their_ids_and_are_one_event(seeds):
    assert list(seeds["article_id"]) == ["axios-2021-09-10-biden-xi-call", "ft-2021-09-10-biden-xi-call"]
    assert list(seeds["event"]) == ["seeds", "seeds"]


def test_a_folder_of_event_folders_is_many_events_and_files_beside_them_are_ignored(two_events):
    assert articles_kind(two_events) == "events"
    assert [p.name for p in event_folders(two_events)] == ["call", "harbour"]
    articles = load_articles(two_events)
    assert list(articles["event"]) == ["call", "call", "harbour", "harbour", "harbour"]
    assert list(articles["article_id"]) == ["call/reuters_biden_xi", "call/gazette", "harbour/gazette",
                                            "harbour/ledger", "harbour/wire"]  # events in name order, rows as listed
    assert list(articles["file"]) == ["call/reuters_biden_xi.txt", "call/gazette.txt", "harbour/gazette.txt",
                                      "harbour/ledger.txt", "harbour/wire.txt"]
    assert articles["article_id"].is_unique


def test_pooled_offsets_index_the_files_on_disk(two_events):
    articles = load_articles(two_events)
    for row in articles.itertuples():
        assert row.path == str(two_events / row.file)
    on_disk = {row.article_id: (two_events / row.file).read_text(encoding="utf-8") for row in articles.itertuples()}
    paras = paragraphs(articles)
    assert paras["article_id"].nunique() == 5
    for row in paras.itertuples():
        assert on_disk[row.article_id][row.start:row.end] == row.text


def test_a_folder_of_pages_without_a_manifest_points_to_init(tmp_path):
    write_pages(tmp_path, ["port-talks.html"])
    message = re.escape(f"{tmp_path / 'articles.csv'}: manifest missing; `python -m helpers.corpus init {tmp_path}`")
    with pytest.raises(ArticleLoadError, match=message):
        load_articles(tmp_path)
    with pytest.raises(ArticleLoadError, match=re.escape(f"make init FOLDER={tmp_path}")):
        articles_kind(tmp_path)


def test_a_folder_of_texts_without_a_manifest_points_to_init(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    with pytest.raises(ArticleLoadError, match=r"articles\.csv: manifest missing; `python -m helpers\.corpus init"):
        load_articles(tmp_path)


def test_an_event_folder_without_a_manifest_beside_others_points_to_init(two_events):
    write_pages(two_events / "storm", ["cafes.html"])
    with pytest.raises(ArticleLoadError, match=re.escape(f"{two_events / 'storm' / 'articles.csv'}: manifest missing")):
        load_articles(two_events)


def test_a_folder_with_only_other_files_is_empty(tmp_path):
    (tmp_path / "annotations.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "figures").mkdir()
    with pytest.raises(ArticleLoadError, match="empty articles folder"):
        load_articles(tmp_path)


def test_a_page_beside_a_manifest_that_does_not_name_it_is_refused(tmp_path):
    write_folder(tmp_path, OTHER_EVENT)
    write_pages(tmp_path, ["cafes.html"])
    with pytest.raises(ArticleLoadError, match=r"cafes\.html: saved web page not in the manifest articles\.csv"):
        load_articles(tmp_path)


def test_a_manifest_naming_a_page_as_its_file_says_to_run_init(tmp_path):
    write_pages(tmp_path, ["cafes.html"])
    (tmp_path / "articles.csv").write_text("file,outlet,title,published\ncafes.html,W,T,2022-03-16\n",
                                           encoding="utf-8")
    with pytest.raises(ArticleLoadError, match=r"row 2: file 'cafes\.html' is a saved web page; .*init"):
        load_articles(tmp_path)


def test_a_path_that_does_not_exist_is_named(tmp_path):
    with pytest.raises(ArticleLoadError, match=re.escape(str(tmp_path / "nope")) + ".*does not exist"):
        load_articles(tmp_path / "nope")


# --------------------------------------------------------------------------- BASIL, pooled


@pytest.mark.skipif(not BASIL.is_dir(), reason="../shared/eval/basil-dev not present")
def test_the_whole_of_basil_dev_loads_pooled():
    articles = load_articles(BASIL)
    assert len(articles) == 150 and articles["event"].nunique() == 50
    assert articles["article_id"].is_unique
    assert articles.groupby("event")["outlet"].apply(sorted).map(tuple).unique().tolist() == [
        ("Fox News", "HuffPost", "New York Times")
    ]
    annotations = pd.read_csv(BASIL / "annotations.csv", nrows=200)  # its file column names event/outlet file
    texts = dict(zip(articles["file"], articles["text"]))
    for row in annotations.itertuples():
        assert texts[row.file][row.start:row.end] == row.text


# --------------------------------------------------------------------------- offline

LOADERS = """
import warnings, pandas as pd
from helpers.corpus import init_folder, load_articles
from tests.corpus.pages import write_pages
from pathlib import Path
folder = write_pages(Path("pages"))
init_folder(folder)
manifest = pd.read_csv(folder / "articles.csv", dtype=str, keep_default_na=False)
manifest.loc[manifest["outlet"] == "", "outlet"] = "Estavia Ledger"
manifest.loc[manifest["published"] == "", "published"] = "2022-03-14"
manifest.to_csv(folder / "articles.csv", index=False)
pages = load_articles(folder)
table = pages[["article_id", "outlet", "title", "published", "text"]]
table.to_parquet("export.parquet"); table.to_csv("export.csv", index=False)
table.assign(published=table["published"].astype(str)).to_json("export.jsonl", orient="records", lines=True)
print(len(pages), *(len(load_articles(name)) for name in ("export.parquet", "export.csv", "export.jsonl")))
"""


def test_every_loader_runs_with_the_network_blocked(tmp_path):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests" / "offline"), str(ROOT), env.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-c", LOADERS], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["3", "3", "3", "3"]
    assert (tmp_path / "pages" / "port-talks.txt").read_text(encoding="utf-8").startswith("Port talks stall")
