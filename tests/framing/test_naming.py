"""helpers.framing.naming: how each outlet names the leaders."""

from __future__ import annotations

import pytest

from helpers import framing as fr
from helpers.corpus import load_articles


def test_leader_naming_counts_forms_per_outlet(seeds):
    naming = fr.leader_naming(seeds).set_index(["outlet", "leader", "form"])["n"]
    assert naming[("Financial Times", "Xi Jinping", "Mr Xi")] >= 7
    assert naming[("Financial Times", "Xi Jinping", "Chinese leader Xi Jinping")] == 1
    assert naming[("Axios", "Joe Biden", "President Biden")] == 1
    assert ("Axios", "Xi Jinping", "Mr Xi") not in naming.index
    # "President Xi" in Axios is the official's words, inside a quote: not the outlet's naming
    assert ("Axios", "Xi Jinping", "President Xi") not in naming.index
    quoted = fr.leader_naming(seeds, include_quoted=True).set_index(["outlet", "leader", "form"])["n"]
    assert quoted[("Axios", "Xi Jinping", "President Xi")] == 1


def test_leader_naming_with_names_parameter(other_event):
    arts = load_articles(other_event)
    naming = fr.leader_naming(arts, names=["Anna Berg", "Piet Vos"])
    forms = set(zip(naming["outlet"], naming["form"]))
    assert ("Northern Wire", "trade minister Anna Berg") in forms
    assert ("Harbour Gazette", "Anna Berg") in forms
    assert ("Estavia Ledger", "trade minister Piet Vos") in forms
    with pytest.raises(fr.LexiconError):
        fr.leader_naming(arts, names=[{"surname": "Vos"}])


def test_leader_mentions_mark_usage_and_keep_offsets(seeds):
    mentions = fr.leader_mentions(seeds)
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert all(texts[r.article_id][r.start : r.end] == r.text for r in mentions.itertuples())
    assert {"name", "possessive", "attributive"} <= set(mentions["usage"])
    assert mentions["in_quote"].any()


def test_no_leader_named_gives_an_empty_table(quiet):
    naming = fr.leader_naming(load_articles(quiet))
    assert naming.empty and list(naming.columns) == ["outlet", "leader", "form", "n", "share", "first_at", "example"]
