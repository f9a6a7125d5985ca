"""helpers.framing.tone: the writer's own sentences, quotes removed, and their tone per outlet."""

from __future__ import annotations

import pandas as pd

from helpers import framing as fr
from helpers.corpus import load_articles


def test_narrator_sentences_remove_quotes(seeds):
    narr = fr.narrator_sentences(seeds)
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert all(texts[r.article_id][r.start : r.end] == r.text for r in narr.itertuples())
    assert not narr["narrator_text"].str.contains("talking points").any()  # only ever inside a quote
    row = narr[narr["text"].str.contains("snubbed and lectured")].iloc[0]
    assert "snubbed" in row["loaded"] and "botched" in row["loaded"]
    assert (narr["n_words"] >= fr.MIN_NARRATOR_WORDS).all()


def test_narrator_uses_quotes_table_when_given(seeds):
    first = seeds["article_id"].iloc[0]
    quotes = pd.DataFrame({"article_id": [first], "start": [0], "end": [2000], "kind": ["direct"]})
    narr = fr.narrator_sentences(seeds, quotes=quotes)
    mine = narr[narr["article_id"] == first]
    # everything before offset 2000 counts as quoted: only sentences reaching past it keep narrator words
    assert len(mine) > 0 and (mine["end"] > 2000).all()
    # the other article falls back to nothing removed (the table lists no quotes for it)
    other = narr[narr["article_id"] != first]
    assert other["narrator_text"].str.contains("talking points").any()


def test_quote_spans_between_quotation_marks(seeds):
    spans = fr.quote_spans(seeds)
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert len(spans) > 0
    assert all(texts[r.article_id][r.start] in "“\"" for r in spans.itertuples())


def test_narrator_tone_per_outlet(seeds):
    tone = fr.narrator_tone(fr.narrator_sentences(seeds))
    assert set(tone["measure"]) == {"polarity", "subjectivity", "loaded_terms"}
    assert set(tone["outlet"]) == {"Axios", "Financial Times"}
    assert ((tone["ci_low"] <= tone["mean"]) & (tone["mean"] <= tone["ci_high"])).all()


def test_one_outlet_has_narrator_sentences(one_outlet):
    assert len(fr.narrator_sentences(load_articles(one_outlet))) > 0


def test_all_quoted_leaves_no_narrator_sentence(all_quoted):
    narr = fr.narrator_sentences(load_articles(all_quoted))
    assert narr.empty and "narrator_text" in narr.columns
    tone = fr.narrator_tone(narr)
    assert tone.empty and {"outlet", "measure", "mean"} <= set(tone.columns)
