"""helpers.framing.ledes: what each headline and lede puts first."""

from __future__ import annotations

import pytest

from helpers import framing as fr


def test_headline_and_lede(seeds):
    table = fr.headline_lede(seeds).set_index(["outlet", "part"])
    assert table.loc[("Axios", "lede"), "first_actor"] == "President Biden"
    assert table.loc[("Axios", "lede"), "main_verb"] == "used"
    assert table.loc[("Financial Times", "lede"), "first_actor"] == "Joe Biden"
    assert table.loc[("Financial Times", "lede"), "main_verb"] == "has held"
    assert table.loc[("Financial Times", "headline"), "first_actor"] == "Biden and Xi"
    assert table.loc[("Financial Times", "headline"), "main_verb"] == "speak"
    assert table.loc[("Axios", "headline"), "first_actor"] == "Biden"  # "Inside Biden’s call": no verb
    assert table.loc[("Axios", "headline"), "main_verb"] == ""
    assert "Personal, leader-level diplomacy" in table.loc[("Axios", "lede"), "frames"]
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    for r in table.itertuples():
        assert texts[r.article_id][r.actor_start : r.actor_end] == r.first_actor


@pytest.mark.parametrize(
    "text, actor, verb",
    [
        (
            "U.S. President Joe Biden and Chinese leader Xi Jinping spoke for 90 minutes",
            "U.S. President Joe Biden and Chinese leader Xi Jinping",
            "spoke",
        ),
        ("The Biden administration has spoken in broad strokes", "Biden administration", "has spoken"),
        ("Biden has long preached about the power of personal diplomacy.", "Biden", "has long preached"),
        ("Top Chinese officials have snubbed and lectured top Biden aides", "Top Chinese officials", "have snubbed"),
        ("Trade ministers from Norland and Estavia met in Kessel", "Trade ministers", ""),
        ("Inside Biden’s call with Xi", "Biden", ""),
    ],
)
def test_first_actor_and_verb(text, actor, verb):
    got, _, e = fr.first_actor(text)
    assert got == actor
    assert fr.main_verb(text, e)[0] == verb


def test_first_actor_skips_a_dateline():
    text = "KESSEL (Northern Wire) - Talks between Norland and Estavia ended without a deal"
    assert fr.first_actor(text)[0] == "Talks"


def test_first_actor_with_names_given():
    text = "Anna Berg and Piet Vos met again"
    assert fr.first_actor(text, names=["Anna Berg", "Piet Vos"]) == ("Anna Berg and Piet Vos", 0, 22)
    assert fr.first_actor("all lower case, nobody named") == ("", -1, -1)
    assert fr.main_verb("Biden is in Rome", 5)[0] == "is"
