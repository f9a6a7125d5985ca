"""The features of one mention: masked terms, the window, clause, quotes and speech verbs."""

from __future__ import annotations

from helpers.sentiment.features import DENSE_NAMES, MASK, mention_features


def _features(text: str, name: str):
    start = text.index(name)
    return mention_features(text, start, start + len(name))


def test_the_mention_is_masked_and_the_window_marks_sides():
    f = _features("Critics attacked Ann Reed, but voters cheered loudly for hours and days on end.", "Ann Reed")
    assert "ann" not in f.sentence_terms and MASK in f.sentence_terms
    assert "<attacked" in f.window_terms and "attacked _target_" in f.window_terms
    assert "cheered>" in f.window_terms
    assert "end>" not in f.window_terms  # more than six words away
    assert len(f.dense) == len(DENSE_NAMES)


def test_speech_verb_quotes_and_position():
    dense = dict(zip(DENSE_NAMES, _features("Ann Reed said the plan was sound.", "Ann Reed").dense))
    assert dense["speech_verb_after"] == 1.0 and dense["mention_first"] == 1.0 and dense["inside_quotes"] == 0.0
    dense = dict(zip(DENSE_NAMES, _features("“We trust Ann Reed,” the mayor told reporters.", "Ann Reed").dense))
    assert dense["inside_quotes"] == 1.0 and dense["speech_verb_after"] == 0.0


def test_the_clause_holds_the_tone_near_the_mention():
    text = "Ann Reed was a wonderful host, but the dreadful weather ruined everything."
    dense = dict(zip(DENSE_NAMES, _features(text, "Ann Reed").dense))
    assert dense["vd_clause_compound"] > 0 and dense["vd_clause_compound"] > dense["vd_sentence_compound"]
    assert dense["tb_clause_polarity"] > 0
