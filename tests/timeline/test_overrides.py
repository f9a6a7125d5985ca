"""Tests for helpers.timeline.overrides: the analyst adds, corrects or drops events."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.timeline import OverrideError, apply_overrides, load_overrides

from .support import event_of

_HEADER = "action,event_id,match_participants,match_mode,date_start,date_end,label,participants,level,mode,status,note\n"


def test_overrides_file_loads_and_corrects_the_seed(seeds, seed_events):
    events, _ = seed_events
    overrides = load_overrides()
    corrected = apply_overrides(events, overrides, seeds)
    row = event_of(corrected, "Wendy Sherman")
    assert row["origin"] == "text+override" and row["override_note"]
    assert len(corrected) == len(events)
    # scoped to an FT article: other article sets are left alone
    other = apply_overrides(events, overrides, seeds[seeds["outlet"] == "Axios"])
    assert (other["origin"] == "text").all()


def test_overrides_add_drop_correct(seed_events, tmp_path):
    events, _ = seed_events
    path = tmp_path / "overrides.csv"
    path.write_text(
        _HEADER
        + "add,,,,2021-11-15,,Biden – Xi video summit,Joe Biden; Xi Jinping,leaders,video call,happened,later fact\n"
        "drop,,John Kerry,visit,,,,,,,,not an engagement of leaders\n"
        "correct,,Joe Biden; Xi Jinping,call,,,Biden–Xi phone call,,,,,relabel\n",
        encoding="utf-8",
    )
    result = apply_overrides(events, load_overrides(path))
    assert not result["participants"].str.contains("John Kerry").any()
    added = result[result["origin"] == "override"]
    assert added["date_start"].tolist() == [pd.Timestamp("2021-11-15")]
    assert added["date_end"].tolist() == [pd.Timestamp("2021-11-15")]
    relabelled = result[result["label"] == "Biden–Xi phone call"]
    assert len(relabelled) == 2 and (relabelled["origin"] == "text+override").all()
    assert len(events) == len(result)  # one dropped, one added
    assert "Biden–Xi phone call" not in set(events["label"])  # input untouched


@pytest.mark.parametrize(
    "line, message",
    [
        ("remove,x,,,,,,,,,,", "action 'remove'"),
        ("drop,,,,,,,,,,,", "needs event_id or match_participants"),
        ("add,,,,,,Talk,A; B,leaders,call,happened,", "needs date_start"),
        ("add,,,,2021-13-45,,Talk,A; B,leaders,call,happened,", "not a date"),
        ("add,,,,2021-01-02,,Talk,A; B,kings,call,happened,", "level 'kings'"),
        ("correct,,Joe Biden,,,,,,,,,", "sets nothing"),
    ],
)
def test_overrides_bad_rows(tmp_path, line, message):
    path = tmp_path / "o.csv"
    path.write_text(_HEADER + line + "\n", encoding="utf-8")
    with pytest.raises(OverrideError, match=message):
        load_overrides(path)


def test_override_that_matches_nothing(seed_events, tmp_path):
    events, _ = seed_events
    path = tmp_path / "o.csv"
    path.write_text("action,event_id\ndrop,no-such-event\n", encoding="utf-8")
    with pytest.raises(OverrideError, match="no event matches"):
        apply_overrides(events, load_overrides(path))
