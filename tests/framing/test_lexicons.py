"""helpers.framing.lexicons: the data files, read and validated in one place."""

from __future__ import annotations

import pytest

from helpers import framing as fr


def test_frame_lexicon_loads():
    lex = fr.load_frames()
    for frame in (
        "economic",
        "security_defense",
        "political",
        "external_reputation",
        "morality",
        "fairness_equality",
        "conflict",
        "cooperation",
        "leader_diplomacy",
        "communication_propaganda",
        "human_rights",
        "climate",
    ):
        assert frame in set(lex["frame"]), frame


@pytest.mark.parametrize(
    "content, message",
    [
        ("frames:\n  economic:\n    label: Economic\n    terms: [trade, 'two  words*x']\n", "economic"),
        ("frames:\n  Economic Frame:\n    label: x\n    terms: [trade]\n", "identifiers"),
        ("frames:\n  economic:\n    label: x\n", "missing terms"),
        ("frames: [", "YAML"),
        ("frames:\n  economic:\n    label: x\n    terms: [trade, trade]\n", "listed twice"),
        ("frames:\n  economic:\n    label: x\n    colour: red\n    terms: [trade]\n", "unknown key"),
        ("version: 1\n", "non-empty 'frames:'"),
    ],
    ids=["bad term", "bad name", "no terms", "bad YAML", "twice", "unknown key", "no frames"],
)
def test_frame_lexicon_validates(tmp_path, content, message):
    bad = tmp_path / "frames.yaml"
    bad.write_text(content)
    with pytest.raises(fr.LexiconError, match=message):
        fr.load_frames(bad)


def test_loaded_terms_load_and_name_the_bad_row(tmp_path):
    loaded = fr.load_loaded_terms()  # one's own list: empty as shipped, with its columns
    assert loaded.empty and set(loaded.columns) == {"pattern", "kind", "note"}
    bad = tmp_path / "loaded.csv"
    bad.write_text("pattern,kind,note\nhector*,verb,\nU.S./China,noun,\n", encoding="utf-8")
    with pytest.raises(fr.LexiconError, match="row 3"):
        fr.load_loaded_terms(bad)


def test_stopwords_are_one_word_a_line(tmp_path):
    assert {"the", "with"} <= fr.load_stopwords()
    bad = tmp_path / "stop.txt"
    bad.write_text("# comment\nthe\nof the\n", encoding="utf-8")
    with pytest.raises(fr.LexiconError, match="line 3"):
        fr.load_stopwords(bad)


def test_leaders_come_from_the_registry_or_from_names():
    registry = fr.leaders_to_count()
    assert registry == fr.load_leaders()
    xi = next(leader for leader in registry if leader["name"] == "Xi Jinping")
    assert xi["surname"] == "Xi" and xi["family_name_first"]
    given = fr.leaders_to_count(["Anna Berg", "Vos"])
    assert given[0] == {"name": "Anna Berg", "surname": "Berg", "given": ["Anna"], "family_name_first": False}
    assert given[1]["given"] == []
    assert fr.leaders_to_count({"Xi Jinping": "Xi"})[0]["surname"] == "Xi"


@pytest.mark.parametrize("names", [[], [{"surname": "Vos"}], "Anna Berg"], ids=["empty", "no name", "a string"])
def test_leaders_given_badly_are_refused(names):
    with pytest.raises(fr.LexiconError):
        fr.leaders_to_count(names)
