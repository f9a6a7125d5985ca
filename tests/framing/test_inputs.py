"""helpers.framing.inputs: checked articles, outlets, content sentences."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing as fr
from helpers.corpus import load_articles


@pytest.mark.parametrize(
    "call, bad, message",
    [
        (fr.distinctive_terms, pd.DataFrame({"text": ["x"]}), "lacks column"),
        (fr.headline_lede, ["not a table"], "DataFrame"),
        (fr.content_sentences, pd.DataFrame(columns=["article_id", "outlet", "title", "text"]), "empty"),
    ],
    ids=["missing columns", "not a table", "empty"],
)
def test_bad_input_gives_clear_errors(call, bad, message):
    with pytest.raises(fr.FramingError, match=message):
        call(bad)


def test_comparison_note(seeds, one_outlet):
    assert fr.comparison_note(seeds) == "2 outlets are compared: Axios, Financial Times."
    assert "one outlet" in fr.comparison_note(load_articles(one_outlet)).lower()
    assert fr.outlets_of(seeds) == ["Axios", "Financial Times"]


def test_content_sentences_leave_out_datelines_and_keep_offsets(seeds):
    sents = fr.content_sentences(seeds)
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert all(texts[r.article_id][r.start : r.end] == r.text for r in sents.itertuples())
    assert not sents["text"].str.startswith(("Driving the news", "WASHINGTON")).any()
    assert (sents["n_words"] > 0).all() and "section_heading" not in set(sents["kind"])


def test_the_title_names_every_outlet_and_counts_events(seeds, tmp_path):
    from helpers.corpus import load_articles
    from tests.conftest import OTHER_EVENT, write_folder

    assert fr.framing_title(seeds) == f"Framing: how {' and '.join(sorted(seeds['outlet']))} told the same story"
    three = load_articles(write_folder(tmp_path / "three", OTHER_EVENT))
    outlets = sorted(three["outlet"])
    assert fr.framing_title(three) == f"Framing: how {outlets[0]}, {outlets[1]} and {outlets[2]} told the same story"
    pooled = three.assign(event=["a", "b", "b"])
    assert fr.framing_title(pooled).endswith("told the same 2 stories")
    assert fr.framing_title(three.iloc[:1]) == f"Framing: how {three['outlet'].iloc[0]} told the story"
