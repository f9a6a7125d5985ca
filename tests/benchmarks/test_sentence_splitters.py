"""Tests for benchmarks/sentence_splitters.py: re-anchoring segments and scoring boundaries."""

from __future__ import annotations


import pytest
from tests.conftest import load_benchmark



@pytest.fixture(scope="module")
def bench():
    return load_benchmark("sentence_splitters")


def test_segments_are_anchored_in_order_on_the_raw_text(bench):
    para = "Rain fell.  Rain fell again. Then it stopped."
    assert bench.anchored(para, ["Rain fell. ", "Rain fell again.", " Then it stopped."], 100) == [100, 112, 129]


def test_every_paragraph_starts_a_sentence_for_every_splitter(bench):
    text = "Headline here\n\nOne. Two.\n\nThree."
    starts = bench.split_article(lambda t: [t], text)  # a splitter that never splits inside a paragraph
    assert starts == {0, 15, 26}


def test_boundary_scores_inside_paragraphs_leave_paragraph_starts_out(bench):
    gold, found, paragraphs = {"a": {0, 5, 9}}, {"a": {0, 5, 7}}, {"a": {0}}
    inside = bench.scores(gold, found, paragraphs)
    assert (inside["gold"], inside["p"], inside["r"]) == (2, 0.5, 0.5)
    everything = bench.scores(gold, found, None)
    assert everything["p"] == pytest.approx(2 / 3) and everything["f1"] == pytest.approx(2 / 3)
