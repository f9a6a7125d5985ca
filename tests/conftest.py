"""Shared fixtures: the seed articles, and folders of articles written for a test."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from helpers.corpus import load_articles


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
