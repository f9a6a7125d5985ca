"""Transcripts: turn labels, stage directions, the label's speaker, and quotations inside a turn."""

from __future__ import annotations

import pandas as pd

from helpers.quotes import extract_quotes
from helpers.quotes.turns import find_turns, is_stage_direction, label_mention, turn_pieces

# A press call written for this test: a header, four turns, a stage direction, a leader speaking through an
# interpreter, a quotation inside a turn, and a closing time stamp.
CALL = (
    "Via Teleconference\n"
    "\n"
    "10:02 A.M. EST\n"
    "\n"
    "SENIOR ADMINISTRATION OFFICIAL:\u00a0 Good morning, all.\u00a0 I’ve got a few\n"
    "points on the talks today.\n"
    "\n"
    "The ministers met for three hours.\u00a0 (Laughter.)\u00a0 It went well.\n"
    "\n"
    "Q\u00a0 Thanks.\u00a0 Did the other side raise the tariffs?\n"
    "\n"
    "PRESIDENT XI:\u00a0 (As interpreted.)\u00a0 We raised them, and I’m glad we did.\n"
    "\n"
    "MS. ROE:\u00a0 Our governor told me, “The river deal is done,” and I agree.\n"
    "\n"
    "10:40 A.M. EST\n"
)


def _quotes() -> pd.DataFrame:
    arts = pd.DataFrame([{"article_id": "call", "outlet": "Test", "title": "Background call", "text": CALL}])
    return extract_quotes(arts)


def test_labels_and_the_words_they_govern():
    turns = find_turns(CALL)
    assert [t.label for t in turns] == ["SENIOR ADMINISTRATION OFFICIAL", "Q", "PRESIDENT XI", "MS. ROE"]
    assert CALL[turns[0].start : turns[0].end].endswith("It went well.")
    assert CALL[turns[2].start : turns[2].end] == "We raised them, and I’m glad we did."  # the note is skipped
    assert CALL[turns[3].start : turns[3].end].endswith("and I agree.")  # the closing time stamp is no turn


def test_stage_directions_are_left_out():
    assert is_stage_direction("Laughter.") and is_stage_direction("inaudible") and not is_stage_direction("Tokyo")
    pieces = [CALL[a:b] for a, b in turn_pieces(CALL, find_turns(CALL)[0])]
    assert pieces == ["Good morning, all.\u00a0 I’ve got a few\npoints on the talks today.",
                      "The ministers met for three hours.", "It went well."]


def test_a_news_text_with_one_capitalised_label_is_no_transcript():
    assert find_turns("WASHINGTON: The talks ended.\n\nThey will resume.") == []


def test_label_mentions():
    assert label_mention("SENIOR ADMINISTRATION OFFICIAL") == "senior administration official"
    assert label_mention("MS. JEAN-PIERRE") == "Ms. Jean-Pierre"
    assert label_mention("PRESIDENT LÓPEZ OBRADOR") == "President López Obrador"


def test_turn_rows_take_the_label_speaker():
    q = _quotes()
    turns = q[q["kind"] == "turn"]
    assert turns["quote"].tolist() == [
        "Good morning, all.\u00a0 I’ve got a few\npoints on the talks today.",
        "The ministers met for three hours.", "It went well.",
        "Thanks.\u00a0 Did the other side raise the tariffs?",
        "We raised them, and I’m glad we did.",
        "Our governor told me, “The river deal is done,” and I agree.",
    ]
    assert turns["speaker"].tolist() == ["senior administration official"] * 3 + ["reporter", "Xi Jinping", "Roe"]
    assert turns["side"].tolist()[:5] == ["US government"] * 3 + ["press", "Chinese government"]
    assert all(CALL[r.start : r.end] == r.quote for r in turns.itertuples())


def test_quotation_inside_a_turn_has_its_own_speaker_and_no_contraction_speaks():
    q = _quotes()
    inner = q[q["quote"] == "The river deal is done,"]
    assert inner["kind"].tolist() == ["partial"] and inner["speaker_mention"].tolist() == ["Our governor"]
    assert inner["speaker"].iloc[0] not in ("", "Roe")
    assert not q["speaker"].str.contains("’").any()
    assert not q["speaker_mention"].isin(["I’ve", "I’m"]).any()
