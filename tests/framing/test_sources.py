"""helpers.framing.sources: whose words each outlet carries, by side and by kind of source."""

from __future__ import annotations

import pytest

from helpers import framing as fr
from tests.framing.samples import HAND_QUOTES


def test_source_mix_by_side_on_hand_built_quotes():
    mix = fr.source_mix(HAND_QUOTES).set_index(["outlet", "side"])
    assert mix.loc[("Alpha", "US government"), "quoted_words"] == 14
    assert mix.loc[("Alpha", "US government"), "reported_words"] == 6
    assert mix.loc[("Alpha", "US government"), "n_speakers"] == 3
    assert mix.loc[("Alpha", fr.NO_SPEAKER), "words"] == 3
    assert mix.loc[("Alpha", "US government"), "share"] == pytest.approx(20 / 23)
    assert mix.loc[("Beta", "Chinese government"), "share"] == pytest.approx(12 / 30)
    assert mix.loc[("Beta", "Chinese government"), "speakers"] == "Wang Yi"
    assert mix.groupby("outlet")["share"].sum().round(9).eq(1).all()


def test_source_mix_named_vs_anonymous_and_voices():
    kinds = fr.source_mix(HAND_QUOTES, by="speaker_kind").set_index(["outlet", "speaker_kind"])
    assert kinds.loc[("Beta", "named"), "words"] == 24
    assert kinds.loc[("Beta", "anonymous"), "reported_words"] == 6
    assert fr.voices(HAND_QUOTES) == {"Alpha": ["US government"], "Beta": ["Chinese government", "expert"]}


def test_a_speaker_without_a_side_is_kept_as_unknown():
    quotes = HAND_QUOTES.assign(side=HAND_QUOTES["side"].where(HAND_QUOTES["speaker"] != "Kim Park", ""))
    mix = fr.source_mix(quotes).set_index(["outlet", "side"])
    assert mix.loc[("Beta", fr.UNKNOWN), "quoted_words"] == 12


@pytest.mark.parametrize(
    "bad, message",
    [(HAND_QUOTES.drop(columns="side"), "side"), (HAND_QUOTES.assign(kind="quote"), "unknown kind")],
    ids=["no side column", "unknown kind"],
)
def test_source_mix_rejects_bad_tables(bad, message):
    with pytest.raises(fr.FramingError, match=message):
        fr.source_mix(bad)


def test_source_mix_on_the_seeds(seed_quotes):
    quotes = seed_quotes
    sides = fr.voices(quotes)
    assert sides["Axios"] == ["US government"]
    assert set(sides["Financial Times"]) >= {"US government", "Chinese government", "expert"}
    mix = fr.source_mix(quotes)
    axios = mix[(mix["outlet"] == "Axios") & (mix["quoted_words"] > 0) & (mix["side"] != fr.NO_SPEAKER)]
    assert set(axios["side"]) == {"US government"}
    ft = mix[(mix["outlet"] == "Financial Times") & (mix["quoted_words"] > 0)].set_index("side")
    assert ft.loc["expert", "quoted_words"] > 0 and ft.loc["Chinese government", "quoted_words"] > 0


def test_source_mix_chart_table_holds_both_mixes():
    by_side, by_kind = fr.source_mix(HAND_QUOTES), fr.source_mix(HAND_QUOTES, by="speaker_kind")
    table = fr.source_mix_chart_table(by_side, by_kind)
    assert len(table) == len(by_side) + len(by_kind)
    assert table["by"].value_counts().to_dict() == {"side": len(by_side), "speaker_kind": len(by_kind)}
    assert table[table["by"] == "side"].drop(columns=["by", "speaker_kind"]).equals(by_side)
    with pytest.raises(fr.FramingError, match="kind of source"):
        fr.source_mix_chart_table(by_side, by_side)
