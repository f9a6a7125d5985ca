"""helpers.framing.patterns: the lexicons' term patterns and where they match."""

from __future__ import annotations

import pytest

from helpers import framing as fr
from helpers.framing.patterns import drop_nested


def test_patterns_stem_and_wildcard():
    toks = fr.tokens("Beijing’s climate envoys hectored the economists")
    pats = {
        "envoy": fr.compile_pattern("climate envoy"),
        "hector": fr.compile_pattern("hector*"),
        "econ": fr.compile_pattern("econom*"),
        "beijing": fr.compile_pattern("=beijing"),
    }
    found = {name: (i, j) for name, i, j in fr.find_terms(toks, pats)}
    assert found == {"beijing": (0, 1), "envoy": (1, 3), "hector": (3, 4), "econ": (5, 6)}
    assert not fr.find_terms(fr.tokens("envoyship"), {"e": fr.compile_pattern("envoy")})


@pytest.mark.parametrize(
    "pattern, message",
    [("", "empty"), ("=trade*", "both exact"), ("U.S.-China/trade", "single word"), (None, "non-text")],
)
def test_bad_patterns_name_the_place_and_the_problem(pattern, message):
    with pytest.raises(fr.LexiconError, match=f"frames.yaml, frame 'x'.*{message}"):
        fr.compile_pattern(pattern, "frames.yaml, frame 'x'")


def test_drop_nested_keeps_the_longest_match():
    hits = [("security", 1, 2), ("national security adviser", 0, 3), ("adviser", 2, 3), ("talks", 4, 5)]
    assert drop_nested(hits) == [("national security adviser", 0, 3), ("talks", 4, 5)]


def test_inflected_patterns_match_regular_forms_only():
    parts = {"c": fr.compile_pattern("complain~"), "r": fr.compile_pattern("rebuke~"), "d": fr.compile_pattern("deny~"),
             "s": fr.compile_pattern("stop~")}
    toks = fr.tokens("She complained, rebuked them, denied it and stopped; complaint rebukers deny stops")
    assert sorted((name, toks[i][2]) for name, i, _ in fr.find_terms(toks, parts)) == [
        ("c", "complained"), ("d", "denied"), ("d", "deny"), ("r", "rebuked"), ("s", "stopped"), ("s", "stops")]
    with pytest.raises(fr.LexiconError, match="exact"):
        fr.compile_pattern("=deny~")
