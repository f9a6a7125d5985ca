"""helpers.framing.frames: frame tags with the words that matched, shares per outlet, gaps, evidence."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing as fr
from helpers.corpus import load_articles


@pytest.fixture(scope="module")
def seed_sents(seeds):
    return fr.content_sentences(seeds)


@pytest.fixture(scope="module")
def seed_tags(seed_sents):
    return fr.tag_frames(seed_sents)


def test_tag_frames_returns_the_words_that_matched(seeds, seed_tags):
    tags = seed_tags
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    # every match is traceable: the offsets give back the matched words
    assert all(texts[r.article_id][r.start : r.end] == r.matched for r in tags.itertuples())
    axios = tags[tags["outlet"] == "Axios"]
    assert {"genocide", "Xinjiang"} <= set(axios[axios["frame"] == "human_rights"]["matched"])
    assert "hectored" in set(axios[axios["frame"] == "conflict"]["matched"])
    ft = tags[tags["outlet"] == "Financial Times"]
    assert "Uighurs" in set(ft[ft["frame"] == "human_rights"]["matched"])
    assert "spat" in set(ft[ft["frame"] == "conflict"]["matched"])
    # "national security adviser" is one security match, not also "security"
    sec = ft[(ft["frame"] == "security_defense") & (ft["matched"].str.contains("security"))]
    assert list(sec["matched"]) == ["national security adviser"]


def test_tag_frames_on_a_hand_written_sentence():
    sents = pd.DataFrame(
        {
            "article_id": ["x"],
            "outlet": ["O"],
            "sentence": [0],
            "start": [100],
            "text": ["Tariffs on imports deepened the trade war."],
        }
    )
    tags = fr.tag_frames(sents)
    got = {(r.frame, r.matched, r.start) for r in tags.itertuples()}
    assert ("economic", "Tariffs", 100) in got
    assert ("economic", "imports", 111) in got
    assert ("security_defense", "war", 138) in got


def test_frame_shares_with_intervals(seed_sents, seed_tags):
    sents = seed_sents
    shares = fr.frame_shares(sents, seed_tags)
    lex = fr.load_frames()
    assert len(shares) == 2 * lex["frame"].nunique()
    assert ((shares["ci_low"] <= shares["share"]) & (shares["share"] <= shares["ci_high"])).all()
    row = shares[(shares["outlet"] == "Axios") & (shares["frame"] == "human_rights")].iloc[0]
    assert row["n_tagged"] >= 1 and row["too_few"]
    n = sents.groupby("outlet").size()
    assert (shares.set_index("outlet")["n_sentences"].groupby(level=0).first() == n).all()


def test_frame_differences_and_evidence(seed_sents, seed_tags):
    shares = fr.frame_shares(seed_sents, seed_tags)
    diffs = fr.frame_differences(shares)
    assert list(diffs["gap"]) == sorted(diffs["gap"], reverse=True)
    top = diffs.iloc[0]
    mine = shares[shares["frame"] == top["frame"]].set_index("outlet")["share"]
    assert top["gap"] == pytest.approx(mine.max() - mine.min()) and top["highest"] == mine.idxmax()
    evidence = fr.frame_evidence(seed_sents, seed_tags, top["frame"], limit=2)
    assert (evidence.groupby("outlet").size() <= 2).all() and (evidence["matched"] != "").all()


def test_one_outlet_describes_but_does_not_compare(one_outlet):
    arts = load_articles(one_outlet)
    sents = fr.content_sentences(arts)
    shares = fr.frame_shares(sents, fr.tag_frames(sents))
    assert set(shares["outlet"]) == {"Harbour Gazette"}
    assert fr.frame_differences(shares)["gap"].eq(0).all()


def test_no_frame_in_the_texts_gives_zero_shares(quiet):
    arts = load_articles(quiet)
    sents = fr.content_sentences(arts)
    tags = fr.tag_frames(sents)
    shares = fr.frame_shares(sents, tags)
    assert tags.empty and list(tags.columns)[:4] == ["article_id", "outlet", "sentence", "frame"]
    assert (shares["n_tagged"] == 0).all() and (shares["share"] == 0).all()
    assert fr.frame_evidence(sents, tags, "economic").empty


def test_frame_shares_by_event_break_the_pooled_shares_down(seeds):
    sents = fr.content_sentences(seeds)
    tags = fr.tag_frames(sents)
    pooled = fr.frame_shares(sents, tags)
    one = fr.frame_shares_by_event(sents, tags, seeds)
    assert set(one["event"]) == set(seeds["event"]) == {"seeds"} and one.drop(columns="event").equals(pooled)
    unnamed = fr.frame_shares_by_event(sents, tags, seeds.drop(columns="event"))  # a table without events: one
    assert set(unnamed["event"]) == {"all articles"} and unnamed.drop(columns="event").equals(pooled)
    two = fr.frame_shares_by_event(sents, tags, seeds.assign(event=["first", "second"]))
    assert set(two["event"]) == {"first", "second"}
    summed = two.groupby(["outlet", "frame"])["n_tagged"].sum()
    assert summed.equals(pooled.set_index(["outlet", "frame"])["n_tagged"].sort_index())
