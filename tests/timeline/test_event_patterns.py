"""Tests for helpers.timeline.event_patterns: the cue forms an engagement is told in (sentences written here)."""

from __future__ import annotations

import pytest

from helpers.timeline.event_patterns import CUE, CUE_MODES


def _cues(text: str) -> list[tuple[str, str]]:
    return [(CUE_MODES[m.lastgroup], m.group()) for m in CUE.finditer(text)]


@pytest.mark.parametrize(
    "text, mode, words",
    [
        # adverbials between the verb and its preposition
        ("The minister spoke by phone on Monday with her counterpart.", "call", "spoke by phone on Monday with"),
        ("The president spoke today with the premier.", "call", "spoke today with"),
        ("The envoy spoke briefly, earlier this week, with the delegation.", "call",
         "spoke briefly, earlier this week, with"),
        ("The two leaders spoke for about two hours with aides present.", "call", "spoke for about two hours with"),
        ("They will speak again on Friday with the foreign minister.", "call", "speak again on Friday with"),
        # "speak to" a person is a call
        ("The secretary spoke to Ms Lindqvist on Sunday.", "call", "spoke to"),
        ("He will speak to his counterpart next week.", "call", "speak to"),
        # a virtual meeting is a video call, whatever the verb
        ("The ministers met virtually with their Korean counterparts.", "video call", "met virtually"),
        ("The chiefs held a virtual meeting on 3 May.", "video call", "virtual meeting"),
        ("The trade envoys will meet virtually next month.", "video call", "meet virtually"),
        # a conversation named with a determiner is a call
        ("Their conversation lasted an hour.", "call", "Their conversation"),
    ],
)
def test_cue_forms(text, mode, words):
    assert (mode, words) in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman would not speak to that question.",
        "She spoke to the importance of open channels.",
        "I can't speak to the details of the agreement.",
        "The mayor spoke to France's concerns about the port.",
        "The report speaks to a wider problem.",
        "These conversations matter.",
    ],
)
def test_speaking_about_something_is_no_call(text):
    assert not [c for c in _cues(text) if c[0] == "call"], _cues(text)
