"""Paragraphs of the seeds, with the kinds a reader sees, and of texts written for a test."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.corpus import ArticleTableError, paragraphs

AXIOS = "axios-2021-09-10-biden-xi-call"
FT = "ft-2021-09-10-biden-xi-call"


def _articles(*texts, title="T"):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "outlet": "O", "title": title,
                         "text": list(texts)})


def _para(paras, article_id, startswith):
    rows = paras[(paras["article_id"] == article_id) & paras["text"].str.startswith(startswith)]
    assert len(rows) == 1, f"no single paragraph of {article_id} starts with {startswith!r}"
    return rows.iloc[0]


@pytest.mark.parametrize(
    "article_id, startswith, kind",
    [
        (AXIOS, "Inside Biden’s call with Xi", "headline"),
        (AXIOS, "WASHINGTON (Axios): President Biden", "body"),
        (AXIOS, "• Biden wanted to “test the proposition”", "bullet"),
        (AXIOS, "• Chinese officials, however", "bullet"),
        (AXIOS, "Leave a Comment", "boilerplate"),
        (FT, "Biden and Xi speak on phone", "headline"),
        (FT, "White House says US and Chinese leaders", "standfirst"),
        (FT, "Joe Biden has held his second call", "body"),
        (FT, "Critical step", "section_heading"),
        (FT, "– Copyright The Financial Times Limited 2021", "boilerplate"),
    ],
)
def test_known_paragraph_kinds(seeds, article_id, startswith, kind):
    assert _para(paragraphs(seeds), article_id, startswith)["kind"] == kind


def test_paragraph_counts_and_labels(seeds):
    paras = paragraphs(seeds)
    counts = paras.groupby(["article_id", "kind"]).size()
    assert counts[(AXIOS, "bullet")] == 12
    assert counts[(AXIOS, "body")] == 7
    assert counts[(FT, "body")] == 17
    lede = _para(paras, AXIOS, "WASHINGTON")
    assert lede["dateline"] == "WASHINGTON (Axios)"
    assert seeds.set_index("article_id").text[AXIOS][lede["content_start"] :].startswith("President Biden used")
    assert _para(paras, AXIOS, "Driving the news")["label"] == "Driving the news"
    assert _para(paras, AXIOS, "The big picture")["label"] == "The big picture"
    # the copyright line is split off the FT's last paragraph, which keeps its own text
    last_body = _para(paras, FT, "The Biden administration has discussed")
    assert last_body["text"].endswith("attend the meeting in person.")


@pytest.mark.parametrize(
    "first_line, dateline",
    [
        ("KESSEL (Northern Wire) - Talks between Norland and Estavia ended.", "KESSEL (Northern Wire)"),
        ("WASHINGTON — The president spoke on Thursday.", "WASHINGTON"),
        ("BEIJING, China: Officials said little.", "BEIJING, China"),
        ("Driving the news: The call was the first.", ""),
    ],
)
def test_datelines(first_line, dateline):
    arts = pd.DataFrame({"article_id": ["a"], "outlet": ["O"], "title": ["T"], "text": [f"T\n\n{first_line}"]})
    assert paragraphs(arts).iloc[1]["dateline"] == dateline


@pytest.mark.parametrize(
    "paragraph, label",
    [
        ("Between the lines: The official said little.", "Between the lines"),
        ("Why it matters: Talks resume in May.", "Why it matters"),
        ("He concluded: “We will be back.”", ""),
        ("The minister said: “No deal yet.”", ""),
    ],
)
def test_lead_in_labels_are_not_attributions(paragraph, label):
    arts = pd.DataFrame({"article_id": ["a"], "outlet": ["O"], "title": ["T"], "text": [f"T\n\nFirst paragraph here.\n\n{paragraph}"]})
    assert paragraphs(arts).iloc[2]["label"] == label


@pytest.mark.parametrize("blank", ["\xa0", "\xa0\xa0 ", "\u3000", "\u2009\t", "\u202f", " \r"])
def test_a_line_of_unicode_whitespace_is_a_blank_line(blank):
    text = f"Title\n{blank}\nFirst paragraph,\nstill the first.\n{blank}\nSecond paragraph."
    paras = paragraphs(_articles(text))
    assert list(paras["text"]) == ["Title", "First paragraph,\nstill the first.", "Second paragraph."]
    assert list(paras["kind"]) == ["headline", "body", "body"]


def test_a_dateline_ends_before_a_no_break_space():
    paras = paragraphs(_articles("Title\n\nBEIJING:\xa0 Officials said little."))
    assert paras.loc[1, "dateline"] == "BEIJING"


@pytest.mark.parametrize("text, what", [(None, "missing"), (float("nan"), "missing"), (42, r"not a string \(int\)")])
def test_a_missing_text_is_named(text, what):
    arts = _articles("Title\n\nFine.", "Other")
    arts["text"] = arts["text"].astype(object)
    arts.loc[1, "text"] = text
    with pytest.raises(ArticleTableError, match=f"article 'a1': text is {what}"):
        paragraphs(arts)


def test_a_missing_title_is_no_title():
    arts = _articles("Headline here\n\nBody text, a sentence.", title=None)
    assert list(paragraphs(arts)["kind"]) == ["headline", "body"]


def test_paragraphs_of_a_table_that_is_not_articles():
    with pytest.raises(ValueError, match="lacks column"):
        paragraphs(pd.DataFrame({"x": [1]}))
