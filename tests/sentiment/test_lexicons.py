"""helpers.sentiment.lexicons: the cut points that make labels, and the diplomatic register."""

from __future__ import annotations

import pytest

from helpers.sentiment import DIPLOMATIC_REGISTER, SentimentInputError, label, load_register


@pytest.mark.parametrize(
    ("score", "cut", "expected"),
    [
        (0.1, 0.1, "positive"),
        (0.09, 0.1, "neutral"),
        (-0.1, 0.1, "negative"),
        (-0.09, 0.1, "neutral"),
        (float("nan"), 0.1, ""),
        (None, 0.1, ""),
        (0.0, 0.0, "neutral"),  # no scored word, no sentiment, whatever the cut
    ],
)
def test_labels_use_the_cut_points(score, cut, expected):
    assert label(score, cut) == expected


def test_the_register_is_read_from_its_data_file():
    assert "candid" in DIPLOMATIC_REGISTER and "disagreement" in DIPLOMATIC_REGISTER["candid"]
    assert all(word == word.lower() for word in DIPLOMATIC_REGISTER)


def test_a_register_of_ones_own(tmp_path):
    path = tmp_path / "register.csv"
    path.write_text("word,reading\nCordial,polite and no more\n", encoding="utf-8")
    assert load_register(path) == {"cordial": "polite and no more"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("word,reading\n,no word here\n", r"row 2: empty word"),
        ("term,reading\ncandid,x\n", r"lacks column\(s\) word"),
    ],
)
def test_a_bad_register_names_the_file_and_row(tmp_path, content, message):
    path = tmp_path / "register.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SentimentInputError, match=message) as error:
        load_register(path)
    assert str(path) in str(error.value)
