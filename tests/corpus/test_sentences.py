"""Sentences of the seeds, split where a reader splits them."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.corpus import ANALYSED_KINDS, ArticleTableError, paragraphs, sentences

AXIOS = "axios-2021-09-10-biden-xi-call"
FT = "ft-2021-09-10-biden-xi-call"


def test_offsets_hold_for_every_paragraph_and_sentence(seeds):
    texts = seeds.set_index("article_id")["text"]
    for frame in (paragraphs(seeds), sentences(seeds)):
        assert len(frame) > 0
        for row in frame.itertuples():
            assert texts[row.article_id][row.start : row.end] == row.text


def _sentence_texts(seeds, article_id):
    sents = sentences(seeds)
    return list(sents.loc[sents["article_id"] == article_id, "text"])


@pytest.mark.parametrize(
    "article_id, sentence",
    [
        # abbreviations and initials do not end a sentence
        (AXIOS, "Since Biden’s election they had only spoken once previously, on Feb. 10."),
        (AXIOS, "Biden sought to explain U.S. actions towards China “in a way that [is] not misinterpreted as…somehow trying to sort of undermine Beijing in particular ways.”"),
        # a sentence in parentheses after a bullet's first sentence is its own
        (AXIOS, "(These Chinese officials had no problem, however, meeting a Taliban delegation in person just weeks earlier)."),
        # attribution after the quote stays with it; the next quoted sentence starts anew
        (FT, "“What we’ve gotten is the usual talking points, which are more designed for propaganda purposes,” the official said."),
        (FT, "Mr Biden visited China in 2011 when he was vice-president and hosted Mr Xi, who was also vice-president, in the US the following year."),
        # two sentences inside one quotation are split where a reader splits them
        (FT, "“It’s been seven months, and seven hard ones for US-China."),
        (FT, "It’s time for the leaders to grab the reins again.”"),
        # a spaced ellipsis followed by a lower-case word does not end the sentence
        (FT, "“Xi has really centralised power in some pretty marked ways . . . engagement at the leader level is really what’s needed to move the ball forward.”"),
    ],
)
def test_known_sentence_boundaries(seeds, article_id, sentence):
    assert sentence in _sentence_texts(seeds, article_id)


def test_sentences_carry_paragraph_and_kind(seeds):
    sents = sentences(seeds, kinds=ANALYSED_KINDS)
    assert "boilerplate" not in set(sents["kind"])
    ft = sents[sents["article_id"] == FT]
    assert list(ft["sentence"]) == list(range(len(ft)))
    bullet = sents[(sents["article_id"] == AXIOS) & (sents["kind"] == "bullet")].iloc[0]
    assert bullet["text"].startswith("Biden wanted to")  # the bullet marker is not part of the sentence




def test_a_missing_text_is_named():
    arts = pd.DataFrame({"article_id": ["x"], "outlet": ["O"], "title": ["T"], "text": [None]})
    with pytest.raises(ArticleTableError, match="article 'x': text is missing"):
        sentences(arts)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title before a name never ends a sentence
        ("Then Lt. Gov. Maria Soto spoke. Maj. Dan Ruiz left.",
         ["Then Lt. Gov. Maria Soto spoke.", "Maj. Dan Ruiz left."]),
        # a closing bracket belongs to the sentence that opened it
        ("They met Sen. Ann Fox (R-Ky.), a former judge. It rained.",
         ["They met Sen. Ann Fox (R-Ky.), a former judge.", "It rained."]),
        # a dash after a closing quotation attributes it; on a line of its own it starts one
        ("“Never again.” ― Lena Hart\n— A note on a line of its own.",
         ["“Never again.” ― Lena Hart", "— A note on a line of its own."]),
    ],
)
def test_breaks_a_reader_does_not_make_are_undone(text, expected):
    from helpers.corpus.sentences import split_view

    assert [text[a:b] for a, b in split_view(text)] == expected
