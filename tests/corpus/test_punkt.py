"""nupunkt, the splitter behind helpers.corpus.sentences: its model ships in the package, a line is split alone."""

from __future__ import annotations

from helpers.corpus.punkt import segments


def test_sentences_and_abbreviations():
    assert segments("Dr. Ames met Mr. Lee at 9 a.m. on Monday. They talked.") == [
        "Dr. Ames met Mr. Lee at 9 a.m. on Monday.",
        "They talked.",
    ]


def test_a_line_break_is_always_a_boundary():
    assert segments("First line of a list\nSecond line\n\nA new one. And more.") == [
        "First line of a list",
        "Second line",
        "A new one.",
        "And more.",
    ]


def test_blank_text_has_no_segment():
    assert segments(" \n\n ") == []


def test_the_model_ships_inside_the_package():
    from pathlib import Path

    import nupunkt

    assert (Path(nupunkt.__file__).parent / "models" / "default_model.json.gz").is_file()
