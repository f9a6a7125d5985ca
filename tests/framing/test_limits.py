"""helpers.framing.limits: what the counts can support."""

from __future__ import annotations

import math

import pytest

from helpers import framing as fr


def test_sample_sizes_and_detectable_gap(seeds):
    sizes = fr.sample_sizes(seeds).set_index("outlet")
    assert (sizes["articles"] == 1).all() and (sizes["sentences"] > 20).all()
    gap = fr.smallest_detectable_gap(28, 30, p=0.2)
    assert 0.2 < gap < 0.25  # two short articles: only gaps of 20+ points in a frame share stand out


def test_sample_sizes_count_quotes_and_speakers(seeds, seed_quotes):
    sizes = fr.sample_sizes(seeds, seed_quotes).set_index("outlet")
    assert (sizes["quotes"] == seed_quotes.groupby("outlet").size()).all()
    assert (sizes["speakers"] >= 1).all() and (sizes["speakers"] <= sizes["quotes"]).all()


@pytest.mark.parametrize("n_a, n_b", [(0, 30), (28, 0)])
def test_no_gap_without_sentences(n_a, n_b):
    assert math.isnan(fr.smallest_detectable_gap(n_a, n_b))
