"""Shared fixtures: the seed articles, and folders of articles written for a test."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.corpus import load_articles
from helpers.notebooks import run_one
from helpers.paths import ROOT


@pytest.fixture(scope="session")
def seeds():
    return load_articles()


def write_folder(folder: Path, articles: list[dict]) -> Path:
    """Write ``articles`` (dicts with file, outlet, title, published, text) as a manifest folder."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "articles.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["file", "outlet", "title", "published"])
        writer.writeheader()
        for art in articles:
            writer.writerow({k: art[k] for k in ("file", "outlet", "title", "published")})
            (folder / art["file"]).write_text(art["text"], encoding="utf-8")
    return folder


THIRD_ARTICLE = {
    "file": "reuters_biden_xi.txt",
    "outlet": "Reuters",
    "title": "Biden, Xi discuss avoiding conflict in first call in seven months",
    "published": "2021-09-10",
    "text": (
        "Biden, Xi discuss avoiding conflict in first call in seven months\n\n"
        "WASHINGTON (Reuters) - U.S. President Joe Biden and Chinese leader Xi Jinping spoke for 90 minutes "
        "on Thursday night, the White House said, their first call since February.\n\n"
        "\u201cThe two leaders discussed the responsibility of both nations to ensure competition does not veer "
        "into conflict,\u201d the White House said in a statement.\n\n"
        "Chinese state media said Xi told Biden that U.S. policy had caused \u201cserious difficulties\u201d in "
        "relations. Foreign ministry spokesman Zhao Lijian said the talks were frank and in-depth.\n\n"
        "Biden and Xi could meet at the G20 summit in Rome in October, a senior U.S. official told reporters, "
        "adding that no decision had been made. Climate envoy John Kerry visited Tianjin last week.\n\n"
        "\u201cIt is a test of whether the leaders can break the deadlock,\u201d said Bonnie Glaser, an Asia "
        "expert at the German Marshall Fund. \u201cThe relationship is at a low point.\u201d\n"
    ),
}


@pytest.fixture
def three_outlets(tmp_path):
    """The seeds plus a third, short article written for the tests, in a folder of their own."""
    seeds_articles = load_articles()
    rows = [
        {
            "file": row.file,
            "outlet": row.outlet,
            "title": row.title,
            "published": row.published.strftime("%Y-%m-%d"),
            "text": row.text,
        }
        for row in seeds_articles.itertuples(index=False)
    ]
    return write_folder(tmp_path / "three_outlets", rows + [THIRD_ARTICLE])


#: Three short articles on another event, written for the tests (fictional outlets and people).
OTHER_EVENT = [
    {
        "file": "gazette.txt",
        "outlet": "Harbour Gazette",
        "title": "Port talks stall as ministers trade blame",
        "published": "2022-03-15",
        "text": (
            "Port talks stall as ministers trade blame\n\n"
            "Trade ministers from Norland and Estavia met in Kessel on Monday for a third round of talks on the "
            "shared harbour, but left without an agreement.\n\n"
            "\u201cWe came with a fair offer and were met with delay,\u201d said Anna Berg, Norland\u2019s trade "
            "minister. \u201cThe next move is theirs.\u201d\n\n"
            "Estavia\u2019s ministry said the proposal ignored its fishing fleet. The two sides last met in "
            "January and will meet again in May, according to a senior Norland official.\n"
        ),
    },
    {
        "file": "ledger.txt",
        "outlet": "Estavia Ledger",
        "title": "Estavia defends fishermen in harbour dispute",
        "published": "2022-03-15",
        "text": (
            "Estavia defends fishermen in harbour dispute\n\n"
            "Estavia stood firm on Monday in talks with Norland over the Kessel harbour, insisting that its "
            "fishing fleet must keep its berths.\n\n"
            "\u201cOur fishermen are not a bargaining chip,\u201d trade minister Piet Vos told reporters after the "
            "meeting. He added that the talks had been \u201cfrank but useful\u201d.\n\n"
            "Lena Maas, a maritime economist at Kessel University, said both governments needed a deal before "
            "the summer season. \u201cEvery week of delay costs the port money,\u201d she said.\n"
        ),
    },
    {
        "file": "wire.txt",
        "outlet": "Northern Wire",
        "title": "Norland, Estavia harbour talks end without deal",
        "published": "2022-03-16",
        "text": (
            "Norland, Estavia harbour talks end without deal\n\n"
            "KESSEL (Northern Wire) - Talks between Norland and Estavia on the future of Kessel harbour ended "
            "without a deal on Monday, officials from both countries said.\n\n"
            "Norland\u2019s trade minister Anna Berg said her country had offered new berths. Estavia\u2019s trade "
            "minister Piet Vos said the offer came \u201ctoo late and with too many conditions\u201d.\n\n"
            "The ministers plan to meet again in May. Last year the two countries signed a fisheries accord "
            "after seven months of talks.\n"
        ),
    },
]


@pytest.fixture
def other_event(tmp_path):
    """Three outlets on another event, in a folder of their own."""
    return write_folder(tmp_path / "harbour_talks", OTHER_EVENT)


@pytest.fixture
def one_outlet(tmp_path):
    """A folder with a single article: comparisons must say they need two outlets."""
    return write_folder(tmp_path / "single", OTHER_EVENT[:1])


def run_to_markdown(notebook: Path, articles_dir: Path, out_dir: Path) -> str:
    """Run ``notebook`` on ``articles_dir`` into ``out_dir``, check no cell failed, and return its Markdown outputs."""
    run_one(notebook, articles_dir, out_dir)
    executed = nbformat.read(out_dir / notebook.name, as_version=4)
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    return "\n".join(o.get("data", {}).get("text/markdown", "") for o in outputs)


def load_benchmark(name: str):
    """The script ``benchmarks/<name>.py`` as a module (benchmarks are scripts, not a package the library imports).

    It is registered in ``sys.modules`` before it runs: dataclasses look their module up there.
    """
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module
