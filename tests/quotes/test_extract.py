"""extract_quotes on the seeds, as a careful reader marks them, and its contract on any input."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.quotes import COLUMNS, QuoteInputError, extract_quotes
from helpers.speakers import SIDES

from .support import CN, US

AXIOS = "axios-2021-09-10-biden-xi-call"
FT = "ft-2021-09-10-biden-xi-call"
SAO = "senior administration official"
SUO = "senior US official"

# Every quotation in the seeds, as the words between the marks, with what a reader gives:
# (article, quote, kind, speaker, speaker_kind, side, cue, via)
SEED_QUOTES = [
    (AXIOS, "not seeking specific outcomes or agreements", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "have a broad and strategic discussion about how to manage the competition between the United States "
            "and China,", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "test the proposition", "partial", SAO, "anonymous", US, "added", ""),
    (AXIOS, "the leader level will be more effective than what we have found below him,", "partial", SAO,
     "anonymous", US, "added", ""),
    (AXIOS, "steady state of affairs", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "set guardrails", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "stiff competitive posture", "partial", SAO, "anonymous", US, "said", ""),
    (AXIOS, "lower-level engagements [between Chinese and U.S. officials] have not been very fruitful. And, "
            "candidly, we’ve not been very satisfied … with our interlocutors’ behavior.", "direct", SAO,
     "anonymous", US, "said", ""),
    (AXIOS, "whole-of-government approach,", "partial", "Biden administration", "institution", US, "spoken", ""),
    (AXIOS, "familiar,", "partial", SAO, "anonymous", US, "described … as", ""),
    (AXIOS, "respectful", "partial", SAO, "anonymous", US, "described … as", ""),
    (AXIOS, "candid.", "partial", SAO, "anonymous", US, "described … as", ""),
    (AXIOS, "playing for the press", "partial", SAO, "anonymous", US, "said", ""),
    # No cue in its sentence: the words come from the official quoted in the sentence before.
    (AXIOS, "in a way that [is] not misinterpreted as…somehow trying to sort of undermine Beijing in particular "
            "ways.", "partial", SAO, "anonymous", US, "", ""),
    (AXIOS, "there wasn’t a particular ask [about tariffs] from President Xi,", "partial", SAO, "anonymous", US,
     "said", ""),
    (AXIOS, "competitive when it should be, collaborative when it can be and adversarial when it must be.",
     "partial", "Biden officials", "anonymous", US, "said", ""),
    (FT, "broad, strategic discussion", "partial", "White House", "institution", US, "said", ""),
    (FT, "underscored the United States' enduring interest in peace, stability and prosperity in the "
         "Indo-Pacific and the world", "partial", "White House", "institution", US, "said", ""),
    (FT, "responsibility of both nations to ensure competition does not veer into conflict", "partial",
     "White House", "institution", US, "", ""),
    (FT, "serious difficulties", "partial", "Xi Jinping", "named", CN, "quoted … as saying",
     "Chinese foreign ministry"),
    (FT, "unwilling to engage in serious or substantive conversations", "partial", SUO, "anonymous", US,
     "according to", ""),
    (FT, "What we’ve gotten is the usual talking points, which are more designed for propaganda purposes,",
     "direct", SUO, "anonymous", US, "said", ""),
    (FT, "Xi has really centralised power in some pretty marked ways . . . engagement at the leader level is "
         "really what’s needed to move the ball forward.", "continuation", SUO, "anonymous", US, "", ""),
    (FT, "antics", "partial", SUO, "anonymous", US, "described … as", ""),
    (FT, "They have an ability to be candid and honest and frank with each other in a way that is not lecturing "
         "or in any way condescending . . . Both of them were honest about their views,", "direct", SUO,
     "anonymous", US, "said", ""),
    (FT, "the ball now is in the US court", "direct", "Wang Yi", "named", CN, "said", ""),
    (FT, "The US has been clearly opposed to China on important issues such as Taiwan, the South China Sea and "
         "human rights,", "direct", "Shi Yinhong", "named", "expert", "said", ""),
    (FT, "The relationship between the two countries will continue to deteriorate unless they can find common "
         "ground.", "continuation", "Shi Yinhong", "named", "expert", "", ""),
    (FT, "In such a competitive relationship, leader-level diplomacy is an essential component to managing "
         "competition well,", "direct", "Evan Medeiros", "named", "expert", "said", ""),
    (FT, "It’s been seven months, and seven hard ones for US-China. It’s time for the leaders to grab the reins "
         "again.", "continuation", "Evan Medeiros", "named", "expert", "", ""),
]

# Reported speech: (article, start of the reported clause, speaker, side, cue)
SEED_INDIRECT = [
    (AXIOS, "they’re still reviewing their China strategy", "officials", US, "say"),
    (AXIOS, "The call ran for around 90 minutesand since", SAO, US, "according to"),
    (AXIOS, "if they want a more productive relationship", "Chinese officials", CN, "told"),
    (FT, "US and Chinese leaders had a broad, strategic discussion", "White House", US, "says"),
    (FT, "the talks were candid", "Chinese foreign ministry", CN, "said"),
    (FT, "the discussions were marred by China tweeting", SUO, US, "said"),
    (FT, "Mr Biden and Mr Xi had a different kind of interaction", SUO, US, "said"),
    (FT, "the call was a critical step", "Evan Medeiros", "expert", "said"),
    (FT, "the White House had no indication", SUO, US, "said"),
]


@pytest.fixture(scope="module")
def seed_quotes(seeds):
    return extract_quotes(seeds)


def _text(seeds, article_id):
    return seeds.set_index("article_id").loc[article_id, "text"]


def test_columns_and_offsets(seeds, seed_quotes):
    assert list(seed_quotes.columns) == COLUMNS
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    for row in seed_quotes.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.quote
        assert row.n_words > 0
        if row.speaker_start >= 0:
            assert texts[row.article_id][row.speaker_start : row.speaker_end] == row.speaker_mention
    assert set(seed_quotes["kind"]) <= {"direct", "partial", "continuation", "indirect"}
    assert set(seed_quotes["side"]) <= set(SIDES) | {""}


def test_all_thirty_quote_spans_with_exact_offsets(seeds, seed_quotes):
    quoted = seed_quotes[seed_quotes["kind"] != "indirect"]
    expected = set()
    for article_id, quote, *_ in SEED_QUOTES:
        text = _text(seeds, article_id)
        # Located independently: the words right after an opening mark, once in the text.
        found_at = [m.start() for m in re.finditer("(?<=[\"“])" + re.escape(quote), text)]
        assert len(found_at) == 1, quote
        start = found_at[0]
        expected.add((article_id, start, start + len(quote)))
    found = set(zip(quoted["article_id"], quoted["start"], quoted["end"]))
    assert len(SEED_QUOTES) == 30
    assert found == expected


@pytest.mark.parametrize("article_id, quote, kind, speaker, speaker_kind, side, cue, via", SEED_QUOTES,
                         ids=[q[1][:30] for q in SEED_QUOTES])
def test_seed_quote_attribution(seed_quotes, article_id, quote, kind, speaker, speaker_kind, side, cue, via):
    rows = seed_quotes[(seed_quotes["article_id"] == article_id) & (seed_quotes["quote"] == quote)]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row.kind, row.speaker, row.speaker_kind, row.side, row.cue, row.via) == (
        kind, speaker, speaker_kind, side, cue, via
    )


@pytest.mark.parametrize("article_id, begins, speaker, side, cue", SEED_INDIRECT, ids=[i[1][:30] for i in SEED_INDIRECT])
def test_seed_reported_speech(seeds, seed_quotes, article_id, begins, speaker, side, cue):
    rows = seed_quotes[(seed_quotes["article_id"] == article_id) & (seed_quotes["kind"] == "indirect")
                       & seed_quotes["quote"].str.startswith(begins)]
    assert len(rows) == 1, f"no reported clause starting {begins!r}"
    row = rows.iloc[0]
    assert (row.speaker, row.side, row.cue) == (speaker, side, cue)
    assert not any(mark in row.quote for mark in "“”\"")


def test_axios_quotes_only_us_government_voices(seed_quotes):
    axios = seed_quotes[(seed_quotes["article_id"] == AXIOS) & (seed_quotes["kind"] != "indirect")]
    assert set(axios["side"]) == {US}
    official = axios[axios["speaker_kind"] == "anonymous"]
    # "a senior administration official", "the official", "the senior official": one speaker.
    assert set(official["speaker"]) == {SAO, "Biden officials"}
    assert {"a senior administration official", "the official", "The official", "the senior official"} <= set(
        official["speaker_mention"]
    )


def test_ft_mentions_resolve_to_one_person(seed_quotes):
    ft = seed_quotes[seed_quotes["article_id"] == FT]
    by_mention = ft.groupby("speaker_mention")["speaker"].agg(set).to_dict()
    assert by_mention["she"] == {SUO}
    assert by_mention["The US official"] == {SUO}
    assert by_mention["the official"] == {SUO}
    assert by_mention["Mr Wang"] == {"Wang Yi"}
    assert by_mention["he"] == {"Evan Medeiros"}
    medeiros = ft[ft["speaker"] == "Evan Medeiros"]
    assert "Georgetown University" in medeiros["role"].iloc[0]


def test_speaker_offsets_point_at_the_attribution(seeds, seed_quotes):
    text = _text(seeds, FT)
    row = seed_quotes[seed_quotes["quote"] == "the ball now is in the US court"].iloc[0]
    assert text[row.speaker_start : row.speaker_end] == "Mr Wang"
    assert row.speaker_start < row.start
    shi = seed_quotes[seed_quotes["speaker"] == "Shi Yinhong"]
    assert (shi["speaker_mention"] == "Shi Yinhong").all()


def test_paragraph_and_sentence_join_the_corpus(seeds, seed_quotes):
    from helpers.corpus import sentences

    sents = sentences(seeds).set_index(["article_id", "sentence"])
    for row in seed_quotes.itertuples():
        sent = sents.loc[(row.article_id, row.sentence)]
        assert sent["paragraph"] == row.paragraph
        assert sent["start"] <= row.start


def test_bad_articles_table():
    with pytest.raises(QuoteInputError, match="lacks column"):
        extract_quotes(pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(QuoteInputError, match="DataFrame"):
        extract_quotes(["not", "a", "frame"])


def test_input_not_mutated(seeds):
    before = seeds.copy()
    extract_quotes(seeds)
    pd.testing.assert_frame_equal(seeds, before)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("ab said he  Mr X,.“”\"‘’'\n") + ["according to ", "The official ", "\n\n"]),
                max_size=60).map("".join))
def test_arbitrary_text_never_raises(body):
    arts = pd.DataFrame([{"article_id": "x", "outlet": "O", "title": "T", "text": "T\n\n" + body}])
    q = extract_quotes(arts)
    text = arts["text"].iloc[0]
    for row in q.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.quote


@pytest.mark.parametrize("rows, message", [
    ([{"article_id": "a", "outlet": "O", "text": "x"}, {"article_id": "a", "outlet": "O", "text": "y"}],
     "duplicate article_id 'a'"),
    ([{"article_id": "b", "outlet": "O", "text": 3}], "article 'b': text is not a string"),
])
def test_bad_rows_are_named(rows, message):
    with pytest.raises(QuoteInputError, match=message):
        extract_quotes(pd.DataFrame(rows))


def test_empty_table_has_the_columns():
    q = extract_quotes(pd.DataFrame({"article_id": [], "outlet": [], "text": []}))
    assert q.empty and list(q.columns) == COLUMNS
