"""Words as the framing analysis counts them: offsets kept, case and apostrophes normalised.

>>> tokens("Biden’s aides")
[(0, 7, 'Biden’s', 'biden'), (8, 13, 'aides', 'aides')]
"""

from __future__ import annotations

from ..text import word_spans
from .wordlists import APOSTROPHES

#: A word as :func:`tokens` gives it: ``(start, end, word, key)``.
Token = tuple[int, int, str, str]


def normalise_word(word: str) -> str:
    """Lower case, straight apostrophes, possessive ``'s`` removed: "Biden’s" -> "biden"."""
    key = word.translate(APOSTROPHES).lower()
    if key.endswith("'s") and len(key) > 2:
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    return key


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """``(start, end, word, key)`` for each word of ``text[start:end]``; ``key`` from :func:`normalise_word`."""
    return [(s, e, w, normalise_word(w)) for s, e, w in word_spans(text, start, end)]


def is_stopword(word: str, stopwords: frozenset[str]) -> bool:
    """True for a function word; "US" written in capitals is the country, not the pronoun."""
    if len(word) > 1 and word.isupper():
        return False
    return normalise_word(word) in stopwords

