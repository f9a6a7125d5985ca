"""Words as the framing analysis counts them: offsets kept, case and apostrophes normalised.

>>> tokens("Biden’s aides")
[(0, 7, 'Biden’s', 'biden'), (8, 13, 'aides', 'aides')]
"""

from __future__ import annotations

from ..text import WORD
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


#: The key of each word seen (a word list: bounded below; a corpus repeats its words).
_KEYS: dict[str, str] = {}


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """``(start, end, word, key)`` for each word of ``text[start:end]``; ``key`` from :func:`normalise_word`."""
    end = len(text) if end is None else end
    keys = _KEYS
    out = []
    for m in WORD.finditer(text, start, end):  # as :func:`helpers.text.word_spans`, without a generator per text
        word = m.group()
        key = keys.get(word)
        if key is None:
            if len(keys) > 200_000:
                keys.clear()
            key = keys[word] = normalise_word(word)
        out.append((m.start(), m.end(), word, key))
    return out


def is_stopword(word: str, stopwords: frozenset[str]) -> bool:
    """True for a function word; "US" written in capitals is the country, not the pronoun."""
    if len(word) > 1 and word.isupper():
        return False
    return normalise_word(word) in stopwords

