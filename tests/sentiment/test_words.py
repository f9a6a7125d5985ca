"""helpers.sentiment.words: the words behind the scores, counted, and the diplomatic register among them."""

from __future__ import annotations

import pytest

from helpers import sentiment as S
from helpers.sentiment import SentimentInputError, register_words, score_quotes, score_texts
from helpers.sentiment.words import scored_words
from tests.sentiment.tables import frame, quotes_for


def test_scored_words_reads_both_formats():
    assert list(scored_words("candid +0.60; not very satisfied -0.19")) == [("candid", 0.6),
                                                                            ("not very satisfied", -0.19)]
    assert list(scored_words("")) == []


def test_register_words_points_at_diplomatic_words():
    scored = score_texts(frame("The talks were candid and frank.", "It was a terrible call."))
    found = register_words(scored)
    assert found["word"].tolist() == ["candid"]  # frank is in no lexicon, so no score to question
    assert found["score"].iloc[0] == 0.6 and found["lexicon"].iloc[0] == "TextBlob"


def test_register_words_with_a_register_of_ones_own():
    scored = score_texts(frame("It was a terrible call."))
    found = register_words(scored, register={"Terrible": "not a word diplomats use"})
    assert found[["word", "lexicon"]].values.tolist() == [["terrible", "TextBlob"], ["terrible", "VADER"]]
    assert set(found["reading"]) == {"not a word diplomats use"} and set(found["text"]) == {"It was a terrible call."}


def test_word_table_counts_words_per_outlet(seeds):
    words = S.word_table(score_quotes(quotes_for(seeds)))
    axios = words[words["outlet"] == "Axios"].set_index("words")
    assert axios.loc["candid", "word_polarity"] == 0.6
    assert axios.loc["familiar", "word_polarity"] == pytest.approx(0.375, abs=0.01)  # shown to 2 decimals
    assert axios.loc["candid", "n"] == 1


def test_assessment_words_keep_the_row_keys(seeds):
    words = S.assessment_words(score_quotes(quotes_for(seeds)))
    assert list(words.columns[:7]) == ["article_id", "outlet", "start", "end", "speaker", "side", "kind"]
    texts = dict(zip(seeds["article_id"], seeds["text"]))
    assert all(w.words.split()[-1] in texts[w.article_id][w.start:w.end] for w in words.itertuples())


@pytest.mark.parametrize("helper", [S.assessment_words, S.word_table, S.register_words])
def test_word_helpers_need_scored_rows(helper):
    with pytest.raises(SentimentInputError, match="'assessments'"):
        helper(frame("candid"))
