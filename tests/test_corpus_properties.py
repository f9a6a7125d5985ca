"""Property tests: for any text, paragraphs and sentences never raise, keep valid offsets and lose nothing."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.corpus import paragraphs, sentences

NEWSY = st.sampled_from(
    list("abcXYZ .,;:!?\n\n\t“”\"'’‘()[]…—–-•*0123456789")
    + ["Mr. ", "U.S. ", "Feb. 10", " . . . ", "\n\n  • ", "WASHINGTON (AP): ", "– Copyright ", "Leave a Comment"]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(NEWSY, max_size=120).map("".join))


def _articles(text: str) -> pd.DataFrame:
    return pd.DataFrame(
        {"article_id": ["a"], "outlet": ["O"], "title": ["T"], "published": [pd.Timestamp("2021-09-10")], "text": [text]}
    )


def _covered(spans, n):
    mask = [False] * n
    for s, e in spans:
        for i in range(s, e):
            mask[i] = True
    return mask


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_paragraphs_and_sentences_keep_offsets_and_cover_the_text(text):
    arts = _articles(text)
    paras = paragraphs(arts)
    sents = sentences(arts)
    for frame in (paras, sents):
        for row in frame.itertuples():
            assert 0 <= row.start < row.end <= len(text)
            assert text[row.start : row.end] == row.text
            assert row.text == row.text.strip()
    para_mask = _covered(zip(paras["start"], paras["end"]), len(text))
    assert all(para_mask[i] for i, c in enumerate(text) if not c.isspace())
    # sentences cover every non-whitespace character of every paragraph, except a bullet's marker
    sentence_mask = _covered(zip(sents["start"], sents["end"]), len(text))
    for para in paras.itertuples():
        split_from = para.content_start if para.kind == "bullet" else para.start
        assert all(sentence_mask[i] for i in range(split_from, para.end) if not text[i].isspace())
    # sentences never overlap and stay inside their paragraph
    ordered = sorted(zip(sents["start"], sents["end"]))
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ordered, ordered[1:]))
