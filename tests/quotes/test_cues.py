"""The cue lexicon, and when a word of a sentence is a cue."""

from __future__ import annotations

import pytest

from helpers.quotes import QuoteInputError, load_cues
from helpers.quotes.cues import cue_at
from helpers.quotes.tokens import tokens

from .support import one, quoted


@pytest.mark.parametrize("sentence, cues", [
    ("His claims were false, he claims.", [None, "claim"]),  # a noun after "his"
    ("He was told to wait, she said.", [None, "say"]),  # a passive
    ("The report said the talks were useful.", [None, "say"]),  # "the report" is a noun
    ("As expected, he feels fine.", [None, None]),  # weak cues with nothing to govern
    ("He feels the talks were useful.", ["feel"]),  # a weak cue with a clause
])
def test_cue_at(sentence, cues):
    lexicon = load_cues()
    toks = tokens(sentence, 0)
    found = [cue_at(toks, i, lexicon) for i, t in enumerate(toks) if t.kind == "W" and t.low in lexicon]
    assert [c.lemma if c else None for c in found] == cues


def test_cue_file_errors_name_the_row(tmp_path):
    bad = tmp_path / "cues.csv"
    bad.write_text("lemma,forms,invertible,takes_object,strength\nsay,said|says,yes,no,loud\n", encoding="utf-8")
    with pytest.raises(QuoteInputError, match=r"cues\.csv, row 2: strength must be strong/weak"):
        load_cues(str(bad))


def test_weak_cue_far_from_the_quote_is_not_the_speaker():
    q, _ = one("With party leaders increasingly worried about turnout, Mayor Ida Berg is rolling out a new "
               "message: “It is about you.”")
    row = quoted(q).loc["It is about you."]
    assert row.speaker == "Ida Berg"


@pytest.mark.parametrize("sentence, speaker, cue", [
    # the readout register
    ("The Mayor underscored that the bridge must open by winter.", "mayor", "underscored"),
    ("The premier reiterated that the border would stay open.", "premier", "reiterated"),
    # communication verbs of reported speech
    ("Senator Mary Poole recounted that the vote had been close.", "Mary Poole", "recounted"),
    ("The spokesman clarified that no decision had been taken.", "spokesman", "clarified"),
    ("Ms. Dunn hinted that she might run again next year.", "Dunn", "hinted"),
    ("The director insists the team is ready for the final.", "director", "insists"),
    ("The minister assured farmers that prices would hold.", "minister", "assured"),
    # evidential and document sources
    ("The survey shows the governor ahead by six points.", "survey", "shows"),
    ("Court filings show the company paid the fine in March.", "court filings", "show"),
    ("The memo said the plant would close in June.", "memo", "said"),
])
def test_speech_evidential_and_readout_cues(sentence, speaker, cue):
    q, _ = one(sentence)
    row = q[q["kind"] == "indirect"].iloc[0]
    assert (row.speaker, row.cue) == (speaker, cue)


def test_readout_register_keeps_the_speaker_across_sentences():
    q, _ = one("The Mayor of Rivertown met the Governor of Lakeshire on Friday. The Mayor underscored that the bridge "
               "must open by winter. He also stressed that tolls would stay low.")
    assert q[q["kind"] == "indirect"]["speaker"].tolist() == ["mayor", "mayor"]


def test_show_as_a_noun_is_no_cue():
    q, _ = one("In a clip from the Radio Nine show The Hour, Jo Banks sings an old song.")
    assert q.empty
