"""The loader on the seeds, with the values a reader finds in the texts."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from helpers.corpus import ANALYSED_KINDS, paragraphs, sentences, structure
from helpers.paths import SEEDS_DIR, SHARED_DIR

AXIOS = "axios-2021-09-10-biden-xi-call"
FT = "ft-2021-09-10-biden-xi-call"


def test_two_articles_with_their_metadata(seeds):
    assert len(seeds) == 2
    assert list(seeds["outlet"]) == ["Axios", "Financial Times"]
    assert list(seeds["title"]) == [
        "Inside Biden’s call with Xi",
        "Biden and Xi speak on phone amid impasse in Sino-US relationship",
    ]
    assert (seeds["published"] == pd.Timestamp("2021-09-10")).all()
    assert pd.api.types.is_datetime64_any_dtype(seeds["published"])
    assert list(seeds["article_id"]) == [AXIOS, FT]


def test_text_is_the_raw_file_verbatim(seeds):
    for row in seeds.itertuples():
        assert row.text == open(row.path, encoding="utf-8", newline="").read()
        assert row.text.startswith(row.title)


@pytest.mark.skipif(not (SHARED_DIR / "seeds").exists(), reason="../shared/seeds not present")
def test_seed_files_are_the_shared_bytes():
    for path in SEEDS_DIR.glob("*.txt"):
        shared = SHARED_DIR / "seeds" / path.name
        assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(shared.read_bytes()).digest()


def test_loading_never_writes_the_seeds(seeds):
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in SEEDS_DIR.iterdir()}
    paragraphs(seeds), sentences(seeds), structure(seeds)
    assert before == {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in SEEDS_DIR.iterdir()}


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


def test_offsets_hold_for_every_paragraph_and_sentence(seeds):
    texts = seeds.set_index("article_id")["text"]
    for frame in (paragraphs(seeds), sentences(seeds)):
        assert len(frame) > 0
        for row in frame.itertuples():
            assert texts[row.article_id][row.start : row.end] == row.text


def _sentence_texts(seeds, article_id):
    sents = sentences(seeds)
    return list(sents.loc[sents["article_id"] == article_id, "text"])


@pytest.mark.parametrize(
    "article_id, sentence",
    [
        # abbreviations and initials do not end a sentence
        (AXIOS, "Since Biden’s election they had only spoken once previously, on Feb. 10."),
        (AXIOS, "Biden sought to explain U.S. actions towards China “in a way that [is] not misinterpreted as…somehow trying to sort of undermine Beijing in particular ways.”"),
        # a sentence in parentheses after a bullet's first sentence is its own
        (AXIOS, "(These Chinese officials had no problem, however, meeting a Taliban delegation in person just weeks earlier)."),
        # attribution after the quote stays with it; the next quoted sentence starts anew
        (FT, "“What we’ve gotten is the usual talking points, which are more designed for propaganda purposes,” the official said."),
        (FT, "Mr Biden visited China in 2011 when he was vice-president and hosted Mr Xi, who was also vice-president, in the US the following year."),
        # two sentences inside one quotation are split where a reader splits them
        (FT, "“It’s been seven months, and seven hard ones for US-China."),
        (FT, "It’s time for the leaders to grab the reins again.”"),
        # a spaced ellipsis followed by a lower-case word does not end the sentence
        (FT, "“Xi has really centralised power in some pretty marked ways . . . engagement at the leader level is really what’s needed to move the ball forward.”"),
    ],
)
def test_known_sentence_boundaries(seeds, article_id, sentence):
    assert sentence in _sentence_texts(seeds, article_id)


def test_sentences_carry_paragraph_and_kind(seeds):
    sents = sentences(seeds, kinds=ANALYSED_KINDS)
    assert "boilerplate" not in set(sents["kind"])
    ft = sents[sents["article_id"] == FT]
    assert list(ft["sentence"]) == list(range(len(ft)))
    bullet = sents[(sents["article_id"] == AXIOS) & (sents["kind"] == "bullet")].iloc[0]
    assert bullet["text"].startswith("Biden wanted to")  # the bullet marker is not part of the sentence


def test_structure_counts(seeds):
    table = structure(seeds).set_index("article_id")
    assert table.loc[AXIOS, "n_bullet"] == 12
    assert table.loc[FT, "n_bullet"] == 0
    assert table.loc[FT, "n_section_heading"] == 1
    assert table.loc[FT, "n_standfirst"] == 1
    assert table.loc[AXIOS, "n_boilerplate"] == table.loc[FT, "n_boilerplate"] == 1
    assert table.loc[AXIOS, "n_words"] > 600 and table.loc[FT, "n_words"] > 600


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
