"""Quotations with no cue of their own."""

from __future__ import annotations

from .support import one, quoted


def test_new_named_person_in_a_cueless_sentence_speaks_the_fragment():
    q, _ = one("“The debate will be rough,” Karl Dorn said.\n\n"
               "Aaron Lind, the director of debate at Kessel University, compared Dorn to a coach who is "
               "“working the referees.”")
    assert quoted(q).loc["working the referees.", "speaker"] == "Aaron Lind"
