"""helpers.framing.alignment: the same fact told by two outlets, and the words that carry judgement."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing as fr
from helpers.corpus import load_articles


def _paired(pairs: pd.DataFrame, a: str, b: str) -> bool:
    return bool(
        (
            (pairs["text_a"].str.contains(a, regex=False) & pairs["text_b"].str.contains(b, regex=False))
            | (pairs["text_b"].str.contains(a, regex=False) & pairs["text_a"].str.contains(b, regex=False))
        ).any()
    )


@pytest.mark.parametrize(
    "a, b",
    [
        ("March summit in Alaska", "met Yang Jiechi"),
        ("climate envoy John Kerry visited China last week", "climate envoys last week"),
        ("genocide in Xinjiang", "treatment of Uighurs in Xinjiang"),
    ],
    ids=["the alaska talks", "kerry's visit", "xinjiang"],
)
def test_alignment_pairs_the_same_fact(pairs, a, b):
    assert _paired(pairs, a, b)


def test_alignment_keeps_offsets_and_is_selective(seeds, pairs):
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    for side in ("a", "b"):
        assert all(
            texts[r[f"article_id_{side}"]][r[f"start_{side}"] : r[f"end_{side}"]] == r[f"text_{side}"]
            for _, r in pairs.iterrows()
        )
    assert (pairs["outlet_a"] != pairs["outlet_b"]).all()
    assert (pairs["score"] >= fr.ALIGN_THRESHOLD).all() and (pairs["n_shared"] >= 2).all()
    # far fewer pairs than sentences: most sentences have no counterpart
    assert len(pairs) < 0.5 * min(fr.content_sentences(seeds).groupby("outlet").size())


def test_side_by_side_shows_evaluative_words(pairs, seeds):
    table = fr.side_by_side(pairs)
    found = fr.loaded_language(seeds)
    for side in ("a", "b"):
        for row in table.itertuples():
            start, end, aid = getattr(row, f"start_{side}"), getattr(row, f"end_{side}"), getattr(row, f"article_id_{side}")
            inside = found[(found["article_id"] == aid) & (found["start"] >= start) & (found["end"] <= end)]
            shown = [w for w in getattr(row, f"loaded_{side}").split(", ") if w]
            assert shown == list(dict.fromkeys(inside["term"]))  # the same words loaded_language finds there
    assert (table["loaded_a"] != "").any() and (table["loaded_b"] != "").any()


def test_evaluative_words_lists_textblob_and_loaded():
    found = fr.evaluative_words("Officials snubbed the envoy in a menacing, allegedly botched public meeting.")
    assert found["loaded"] == ["snubbed", "menacing", "allegedly", "botched"]
    assert any(w.startswith("menacing") for w in found["textblob"])


def test_evaluative_words_with_a_loaded_list_of_ones_own():
    loaded = pd.DataFrame({"pattern": ["envoy", "public spat"], "kind": ["x", "x"], "note": ["", ""]})
    found = fr.evaluative_words("Officials hectored the envoy in a menacing, extraordinary public spat.", loaded)
    assert found["loaded"] == ["envoy", "public spat"]


def test_alignment_needs_two_outlets(one_outlet):
    with pytest.raises(fr.NeedTwoOutlets):
        fr.align_sentences(load_articles(one_outlet))


def test_no_shared_fact_gives_no_pair(quiet):
    pairs = fr.align_sentences(load_articles(quiet))
    assert pairs.empty and {"outlet_a", "text_b", "score", "direction"} <= set(pairs.columns)


def test_pairs_chart_table_is_what_the_chart_draws(pairs):
    table = fr.side_by_side(pairs)
    shown = fr.pairs_chart_table(table, n=2, width=40)
    assert len(shown) == 2 and list(shown["score"]) == list(table["score"].head(2))
    assert not {"textblob_a", "textblob_b"} & set(shown.columns)
    for side in ("a", "b"):
        for wrapped, text, loaded in zip(shown[f"wrapped_{side}"], shown[f"text_{side}"], shown[f"loaded_{side}"]):
            body, _, last = wrapped.rpartition("\nloaded: ") if loaded else (wrapped, "", "")
            assert "".join(body.split()) == "".join(text.split()) and last == loaded  # only line breaks added
            assert all(len(line) <= 40 for line in body.split("\n"))


def test_pairs_chart_table_names_outlets_when_pairs_span_several(three_outlets):
    arts = load_articles(three_outlets)
    table = fr.side_by_side(fr.align_sentences(arts))
    shown = fr.pairs_chart_table(table, n=len(table))
    assert shown[["outlet_a", "outlet_b"]].drop_duplicates().shape[0] > 1
    assert all(w.startswith(f"[{o}] ") for w, o in zip(shown["wrapped_a"], shown["outlet_a"]))
