"""helpers.overview: article labels and the computed sentences of notebook 01, on the seeds, one outlet, no body."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.corpus import BODY_KINDS, load_articles, sentences, structure
from helpers.overview import article_labels, finding_sentence_lengths, finding_structure
from helpers.paths import NOTEBOOKS_DIR
from tests.conftest import run_to_markdown, write_folder

NOTEBOOK = NOTEBOOKS_DIR / "01_corpus_overview.ipynb"

#: An article with a headline and nothing else: no bullets, no sentence of running text.
HEADLINE_ONLY = {"file": "wire.txt", "outlet": "Northern Wire", "title": "Talks end", "published": "2022-03-16",
                 "text": "Talks end\n"}


@pytest.fixture
def headline_only(tmp_path):
    return write_folder(tmp_path / "headline_only", [HEADLINE_ONLY])


def test_article_labels_add_the_title_where_an_outlet_has_several():
    table = pd.DataFrame({"outlet": ["Axios", "FT", "FT"],
                          "title": ["One", "A rather long headline about the call", "Short"]})
    assert article_labels(table) == ["Axios", "FT: A rather long headline about…", "FT: Short…"]


def test_structure_finding_on_the_seeds(seeds):
    table = structure(seeds)
    longest = table.loc[table["n_words"].idxmax()]
    text = finding_structure(table)
    assert text.startswith(f"The longest article is {longest['outlet']}'s, at {longest['n_words']:,} words in "
                           f"{longest['n_sentences']} sentences; ")
    bulleted = table[table["n_bullet"] > 0]
    assert f"{len(bulleted)} of {len(table)} articles use bullet paragraphs" in text
    assert all(f"{r.outlet}: {r.n_bullet}" in text for r in bulleted.itertuples())


def test_structure_finding_with_one_outlet(one_outlet):
    table = structure(load_articles(one_outlet))
    only = table.iloc[0]
    assert finding_structure(table) == (f"There is one article, Harbour Gazette's: {only['n_words']} words in "
                                        f"{only['n_sentences']} sentences; it has no bullet paragraphs.")


def test_structure_finding_without_bullets_or_body(headline_only):
    table = structure(load_articles(headline_only))
    assert finding_structure(table) == ("There is one article, Northern Wire's: 2 words in 1 sentence; "
                                        "it has no bullet paragraphs.")
    two = pd.concat([table, table.assign(outlet="Other")], ignore_index=True)
    assert finding_structure(two).endswith("; no article uses bullet paragraphs.")
    assert finding_structure(table.iloc[0:0]) == "No articles to describe."


def test_sentence_length_finding_on_the_seeds(seeds):
    sents = sentences(seeds, kinds=BODY_KINDS)
    medians = sents.groupby("outlet")["n_words"].median()
    text = finding_sentence_lengths(sents)
    if medians.nunique() == 1:
        assert text.startswith(f"All {len(medians)} outlets have the same median sentence length, "
                               f"{medians.iloc[0]:.0f} words")
    else:
        assert text.startswith(f"Median sentence length runs from {medians.min():.0f} words ({medians.idxmin()})")
    assert f"With {len(sents)} sentences in all" in text


def test_sentence_length_finding_spread_and_one_outlet():
    sents = pd.DataFrame({"outlet": ["A", "A", "B"], "n_words": [10, 12, 30]})
    assert finding_sentence_lengths(sents).startswith("Median sentence length runs from 11 words (A) to 30 words (B)")
    one = sents[sents["outlet"] == "A"]
    assert finding_sentence_lengths(one).startswith("The median sentence of A runs 11 words; there is no other outlet")


def test_sentence_length_finding_without_body(headline_only):
    sents = sentences(load_articles(headline_only), kinds=BODY_KINDS)
    assert sents.empty
    expected = "No sentences of running text were found, so there are no lengths to compare."
    assert finding_sentence_lengths(sents) == expected


@pytest.mark.notebook
def test_notebook_runs_on_a_headline_only_folder(headline_only, tmp_path):
    markdown = run_to_markdown(NOTEBOOK, headline_only, tmp_path)
    assert "**Finding.** There is one article, Northern Wire's" in markdown
    assert "**Finding.** No sentences of running text were found" in markdown
    assert (tmp_path / "figures" / "sentence_lengths.svg").exists()
