"""Tests for benchmarks/basil_speakers.py, and sides, speakers and the study file on real BASIL triplets
(skipped when ../shared is absent)."""

from __future__ import annotations

import shutil

import pytest

from helpers.corpus import load_articles
from helpers.paths import EVAL_DIR, ROOT
from helpers.quotes import extract_quotes
from helpers.quotes.nouns import is_place
from helpers.study import study_note
from tests.conftest import load_benchmark

BASIL = EVAL_DIR / "basil-dev"
EVENTS = ("cad4bba5", "2153fb3e", "d3a1ce0a")  # three triplets with named politicians quoted


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("basil_speakers")


def test_named_person_labels_and_name_matching(bench):
    assert bench.named_person("Jane Roe") and bench.named_person("Tom A. Ash")
    assert not bench.named_person("House Democrats") and not bench.named_person("other anti")
    assert not bench.named_person("NAACP") and not bench.named_person("Roe campaign")
    assert bench.name_matches("Roe", "Jane Roe") and bench.name_matches("jane roe", "Jane Roe")
    assert not bench.name_matches("Tom Ash", "Jane Roe") and not bench.name_matches("", "Jane Roe")


def _events():
    if not (BASIL / "annotations.csv").exists():
        pytest.skip("../shared/eval/basil-dev not found")
    return [next(BASIL.glob(f"{prefix}*")) for prefix in EVENTS]


@pytest.fixture(scope="module")
def triplets(tmp_path_factory):
    """The three triplets copied, with the US-politics study beside their event folders."""
    root = tmp_path_factory.mktemp("basil")
    for event in _events():
        shutil.copytree(event, root / event.name)
    shutil.copy(ROOT / "studies" / "us_politics.yaml", root / "study.yaml")
    return root


def test_study_file_beside_the_event_folders_sets_the_sides(triplets):
    sides_seen = set()
    for event in sorted(triplets.iterdir()):
        if not event.is_dir():
            continue
        articles = load_articles(event)
        assert "US politics" in study_note(articles)
        quotes = extract_quotes(articles)
        sides_seen |= set(quotes["side"])
        # the sitting president (2010-2014) speaks for the administration, not for "other"
        obama = quotes[quotes["speaker"] == "Barack Obama"]
        assert (obama["side"] == "administration").all()
        assert (quotes["side"] == "other").mean() < 0.84
    assert {"administration", "Republicans", "Democrats"} <= sides_seen


def test_speakers_are_never_places_and_named_speakers_are_found(bench):
    events = _events()
    gold = bench.gold_quotes()
    total = correct = 0
    for event in events:
        articles = load_articles(event)
        quotes = extract_quotes(articles)
        spoken = quotes.loc[quotes["speaker"] != "", "speaker"]
        assert not spoken.map(is_place).any(), sorted(set(spoken[spoken.map(is_place)]))
        assert not spoken.str.match(r"(?i)^(?:of|on|in|over|including)\b").any()
        scored = bench.score(quotes, gold[gold["article_id"].isin(articles["article_id"])])
        total, correct = total + len(scored), correct + int(scored["correct"].sum())
    assert total >= 5 and correct / total >= 0.6  # two misses: a misspelt name in the text, an uncued quote
