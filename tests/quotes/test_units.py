"""The writer's sentences: quotations that run across the splitter's sentence breaks."""

from __future__ import annotations

from .support import one, quoted


def test_question_mark_quote_then_short_attribution_sentence():
    q, _ = one("Jan Smit spoke first. “Why is nobody accountable?” Mira Olsen demanded. “Who pays?” asked Jan Smit.")
    rows = quoted(q)
    assert (rows.loc["Why is nobody accountable?", "speaker"], rows.loc["Why is nobody accountable?", "cue"]) == (
        "Mira Olsen", "demanded")
    assert rows.loc["Who pays?", "speaker"] == "Jan Smit"
