"""helpers.framing.tokens: words with offsets, normalised keys, stopwords."""

from __future__ import annotations

import pytest

from helpers import framing as fr


@pytest.mark.parametrize(
    "word, key",
    [("Biden’s", "biden"), ("Biden's", "biden"), ("leaders’", "leaders"), ("U.S", "u.s"), ("'s", "'s")],
)
def test_normalise_word(word, key):
    assert fr.normalise_word(word) == key


def test_tokens_keep_offsets():
    text = "Inside Biden’s call with Xi"
    toks = fr.tokens(text, 7)
    assert [t[3] for t in toks] == ["biden", "call", "with", "xi"]
    assert all(text[s:e] == w for s, e, w, _ in toks)


def test_us_in_capitals_is_not_a_stopword():
    stop = fr.load_stopwords()
    assert fr.is_stopword("us", stop) and fr.is_stopword("With", stop)
    assert not fr.is_stopword("US", stop)


def test_tokens_are_the_word_spans_with_their_keys_in_a_range_and_again():
    from helpers.framing.tokens import normalise_word, tokens
    from helpers.text import word_spans

    text = "The envoys’ talks: U.S.-China ties, Beijing's view — and the envoys' reply."
    expected = [(s, e, w, normalise_word(w)) for s, e, w in word_spans(text, 4, 60)]
    assert tokens(text, 4, 60) == expected == tokens(text, 4, 60)
    assert [t[3] for t in tokens("Envoys’ envoys' ENVOYS")] == ["envoys", "envoys", "envoys"]
