"""The pipeline: joined tables from the notebooks' helpers, and the same results on Dask."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.corpus import ANALYSED_KINDS, sentences
from helpers.pipeline import SENTENCE_COLUMNS, analyze, analyze_dask, analyze_partition, sort_sentences

EMPTY_COLUMNS = {"n_quotes": 0, "quote_kinds": "", "speakers": "", "sides": "", "frames": "", "dates": ""}


def _articles(*texts):
    return pd.DataFrame(
        {
            "article_id": [f"plain-{i}" for i in range(len(texts))],
            "outlet": [f"Outlet {i % 2}" for i in range(len(texts))],
            "title": [text.split("\n", 1)[0] for text in texts],
            "published": pd.Timestamp("2021-09-10"),
            "text": list(texts),
        }
    )


def _check_tables(articles, tables):
    """What holds of analyze's tables on any articles: every table there, typed, joined and with exact offsets."""
    assert {"sentences", "quotes", "frames", "dates", "events", "undated"} <= set(tables)
    sents = tables["sentences"]
    assert list(sents.columns) == list(SENTENCE_COLUMNS)
    assert sents.dtypes.equals(analyze_partition(articles.iloc[:0]).dtypes)
    assert len(sents) == len(sentences(articles, kinds=ANALYSED_KINDS))
    texts = articles.set_index("article_id")["text"]
    assert all(texts[r.article_id][r.start : r.end] == r.text for r in sents.itertuples())
    assert sents["n_quotes"].sum() == len(tables["quotes"])
    for column, table in (("frames", tables["frames"]), ("dates", tables["dates"])):
        assert (sents[column] != "").sum() == len(table[["article_id", "sentence"]].drop_duplicates())


@pytest.fixture(scope="module")
def tables(seeds):
    return analyze(seeds, progress=False)


def test_sentence_table_joins_every_stage(seeds, tables):
    sents = tables["sentences"]
    assert list(sents.columns) == list(SENTENCE_COLUMNS)
    assert len(sents) == len(sentences(seeds, kinds=ANALYSED_KINDS))
    texts = seeds.set_index("article_id")["text"]
    assert all(texts[r.article_id][r.start : r.end] == r.text for r in sents.itertuples())
    # the quotes table and the sentence table agree on where the quotes are
    quoted = sents.loc[sents["n_quotes"] > 0, ["article_id", "sentence"]]
    from_quotes = tables["quotes"][["article_id", "sentence"]].drop_duplicates()
    assert len(quoted) == len(from_quotes)
    assert sents["n_quotes"].sum() == len(tables["quotes"])
    assert sents["polarity"].between(-1, 1).all() and sents["vader_compound"].between(-1, 1).all()
    assert (sents["frames"] != "").any() and (sents["dates"] != "").any()
    assert {"events", "undated", "frames", "dates"} <= set(tables)


def test_a_corpus_is_the_sum_of_its_parts(seeds):
    whole = sort_sentences(analyze_partition(seeds))
    parts = sort_sentences(pd.concat([analyze_partition(seeds.iloc[[i]]) for i in range(len(seeds))]))
    pd.testing.assert_frame_equal(whole, parts)


def test_empty_partition_has_the_same_columns(seeds):
    empty = analyze_partition(seeds.iloc[:0])
    assert list(empty.columns) == list(SENTENCE_COLUMNS) and empty.empty


def test_dask_two_workers_match_pandas(seeds, three_outlets):
    dd = pytest.importorskip("dask.dataframe")
    from dask.distributed import Client, LocalCluster

    from helpers.corpus import load_articles

    articles = load_articles(three_outlets)
    expected = sort_sentences(analyze_partition(articles))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            ddf = dd.from_pandas(articles, npartitions=3)
            got = sort_sentences(analyze_dask(ddf).compute())
    pd.testing.assert_frame_equal(got, expected)


def test_events_merge_across_batches(three_outlets, monkeypatch):
    from helpers import pipeline
    from helpers.corpus import load_articles
    from helpers.timeline import extract_events

    articles = load_articles(three_outlets)
    events, undated = extract_events(articles)
    monkeypatch.setattr(pipeline, "BATCH", 1)  # every article in a batch of its own
    tables = pipeline.analyze(articles, progress=False)
    pd.testing.assert_frame_equal(tables["events"], events)
    pd.testing.assert_frame_equal(tables["undated"], undated)
    assert (tables["events"]["outlets"].str.count(";") >= 1).any()  # some event is told by two outlets or more


def test_analyze_says_what_is_wrong_with_its_input(seeds):
    with pytest.raises(ValueError, match="articles table is empty"):
        analyze(seeds.iloc[:0], progress=False)
    with pytest.raises(ValueError, match=r"articles table lacks column\(s\) 'text'"):
        analyze(seeds.drop(columns="text"), progress=False)


def test_progress_bar_counts_articles(seeds, capsys):
    analyze(seeds, progress=True)
    assert "2/2" in capsys.readouterr().err


@pytest.mark.parametrize(
    "texts",
    [
        ("Title\n\nHello world.",),  # no quote, no frame, no date
        ("Leave a Comment",),  # no analysed sentence at all
        ("Title\n\nHello world.", "Talks\n\n“We will meet again,” the minister said on Monday."),
        ("Talks\n\n“We will meet again,” the minister said on Monday.", "Title\n\nHello world."),
    ],
)
def test_articles_with_nothing_to_find_are_analysed(texts, monkeypatch):
    from helpers import pipeline

    articles = _articles(*texts)
    for batch in (25, 1):  # together, and each article in a batch of its own
        monkeypatch.setattr(pipeline, "BATCH", batch)
        tables = analyze(articles, progress=False)
        _check_tables(articles, tables)
    plain = tables["sentences"][tables["sentences"]["text"] == "Hello world."]
    assert len(plain) == (1 if "Title\n\nHello world." in texts else 0)
    for column, empty in EMPTY_COLUMNS.items():
        assert (plain[column] == empty).all()


def test_dask_runs_on_plain_articles():
    dd = pytest.importorskip("dask.dataframe")

    articles = _articles("Title\n\nHello world.", "Leave a Comment", "Talks\n\n“We will meet,” she said on Monday.")
    got = analyze_dask(dd.from_pandas(articles, npartitions=3)).compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(sort_sentences(got), sort_sentences(analyze_partition(articles)))


WORDS = st.sampled_from(
    ["the", "talks", "minister", "said", "Biden", "Xi", "China", "trade", "war", "deal", "on", "Monday", "in",
     "2021", "next", "year", "met", "called", "will", "visit", "Beijing", "economy", "hello", "world", "“", "”"]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)
ARTICLE = st.tuples(st.lists(WORDS, min_size=1, max_size=6), st.lists(PARAGRAPH, min_size=0, max_size=4)).map(
    lambda parts: "\n\n".join([" ".join(parts[0]).capitalize()] + parts[1])
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARTICLE, min_size=1, max_size=3))
def test_analyze_runs_on_any_plain_articles(texts):
    articles = _articles(*texts)
    _check_tables(articles, analyze(articles, progress=False))
