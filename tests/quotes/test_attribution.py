"""Which attribution a quotation takes."""

from __future__ import annotations

from .support import CN, one


def test_nested_report_relays_the_inner_speaker():
    q, _ = one("Chinese state media said Xi Jinping told Biden that US policy had caused “serious difficulties” "
               "in relations.")
    row = q[q["quote"] == "serious difficulties"].iloc[0]
    assert (row.speaker, row.via, row.side) == ("Xi Jinping", "Chinese state media", CN)
