"""One article as rows: quotations without a speaker kept, titles of works, headline sources."""

from __future__ import annotations

from helpers.quotes import looks_like_title

from .support import one, quoted


def test_scare_quotes_without_speaker_are_kept():
    q, _ = one("The so-called “reset” never happened.")
    row = q.iloc[0]
    assert (row.quote, row.speaker, row.speaker_kind, row.kind) == ("reset", "", "", "partial")


def test_title_of_a_work_has_no_speaker():
    q, _ = one("Pence said on CBS’s “Face the Nation” that the debate was “a clear win.”")
    rows = q.set_index("quote")
    assert rows.loc["Face the Nation", "speaker"] == ""
    assert (rows.loc["a clear win.", "speaker"], rows.loc["a clear win.", "cue"]) == ("Pence", "said")
    assert looks_like_title("Face the Nation") and not looks_like_title("a clear win.")


def test_headline_label_is_the_source():
    q, _ = one("The pollster spoke on Monday.", title="Pat Kessel: Voters Worried About the Economy")
    ind = q[q["kind"] == "indirect"]
    assert ind["quote"].tolist() == ["Voters Worried About the Economy"]
    assert ind["speaker"].tolist() == ["Pat Kessel"]
    q, _ = one("Text.", title="Analysis: Voters Worried About the Economy")
    assert q.empty


def test_quoted_names_inside_a_noun_phrase_have_no_speaker():
    q, _ = one("Officials dropped the “green wall” policy last year. Critics of the so-called “death tax” met on "
               "Monday. She said it was a “historic” day for the city.")
    rows = quoted(q)
    assert rows.loc["green wall", "speaker"] == "" and rows.loc["death tax", "speaker"] == ""
    assert rows.loc["historic", "speaker_mention"] == "She"  # quoted under a cue: her word


def test_speaker_after_a_quote_ending_in_an_exclamation_mark():
    q, _ = one("“Enough!” the mayor wrote on Tuesday. “Why now?” The mayor wrote that too.")
    assert quoted(q)["speaker"].tolist() == ["mayor", "mayor"]


def test_pronoun_clauses_and_contractions_are_never_speakers():
    q, _ = one("I think both sides agreed that the talks helped. I’ve said that the plan will work.")
    assert q["speaker"].tolist() == ["", ""]
    assert q["speaker_mention"].tolist() == ["I think both sides", "I"]  # the contraction's pronoun, not "I’ve"
