"""Term patterns of the lexicons (``word``, ``word*``, ``=word``, ``word~``, phrases) and where they match.

``word`` matches the word and its plural (-s, -es), ``word*`` any word that
starts with it, ``=word`` only the word itself and ``word~`` its regular
inflections (complain~: complains, complained, complaining; rebuke~: rebuked).

>>> parts = compile_pattern("climate envoy")
>>> find_terms(tokens("Climate envoys met"), {"envoy": parts})
[('envoy', 0, 2)]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import LexiconError
from ..text import word_spans
from .tokens import Token
from .wordlists import APOSTROPHES


@dataclass(frozen=True)
class TermPart:
    """One word of a pattern and how it matches a token's key."""

    mode: str  # "plain" (word, +s, +es), "prefix" (word*), "exact" (=word), "inflected" (word~)
    word: str

    def matches(self, key: str) -> bool:
        if self.mode == "prefix":
            return key.startswith(self.word)
        if self.mode == "exact":
            return key == self.word
        if self.mode == "inflected":
            return key in inflections(self.word)
        return key == self.word or key == self.word + "s" or key == self.word + "es"

    def keys(self) -> tuple[str, ...]:
        """The tokens this part accepts (not for a prefix, which accepts any continuation)."""
        if self.mode == "exact":
            return (self.word,)
        if self.mode == "inflected":
            return inflections(self.word)
        return tuple(dict.fromkeys((self.word, self.word + "s", self.word + "es")))


VOWELS = frozenset("aeiou")


@lru_cache(maxsize=65536)
def inflections(word: str) -> tuple[str, ...]:
    """The regular inflections of an English word: -s, -es, -ed, -ing, with e-drop, y to i and a doubled consonant.

    >>> inflections("rebuke")
    ('rebuke', 'rebukes', 'rebuked', 'rebuking')
    """
    if word.endswith("e"):
        forms = [word, word + "s", word + "d", word[:-1] + "ing"]
    elif len(word) > 2 and word.endswith("y") and word[-2] not in VOWELS:
        forms = [word, word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    else:
        forms = [word, word + "s", word + "es", word + "ed", word + "ing"]
        if len(word) > 2 and word[-1] not in VOWELS | {"w", "x", "y"} and word[-2] in VOWELS and word[-3] not in VOWELS:
            forms += [word + word[-1] + "ed", word + word[-1] + "ing"]  # stop: stopped, stopping
    return tuple(dict.fromkeys(forms))


def compile_pattern(pattern: str, where: str = "pattern") -> tuple[TermPart, ...]:
    """A term pattern (``word``, ``word*``, ``=word``, ``word~``, or several separated by spaces) as matchable parts."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise LexiconError(f"{where}: empty or non-text pattern {pattern!r}")
    parts = []
    for raw in pattern.split():
        mode = "plain"
        word = raw
        if word.startswith("="):
            mode, word = "exact", word[1:]
        if word.endswith("*"):
            if mode == "exact":
                raise LexiconError(f"{where}: {raw!r} cannot be both exact (=) and a wildcard (*)")
            mode, word = "prefix", word[:-1]
        elif word.endswith("~"):
            if mode == "exact":
                raise LexiconError(f"{where}: {raw!r} cannot be both exact (=) and inflected (~)")
            mode, word = "inflected", word[:-1]
        word = word.translate(APOSTROPHES).lower()
        # the word must be one token as helpers.text.word_spans cuts it, or it could never match
        found = [w for _, _, w in word_spans(word)]
        if len(found) != 1 or found[0].lower() != word:
            raise LexiconError(
                f"{where}: {raw!r} is not a single word (letters, digits, inner - ' .); "
                "separate the words of a phrase with spaces"
            )
        parts.append(TermPart(mode, word))
    return tuple(parts)


class PatternIndex:
    """Patterns by what their first word accepts; each distinct token's candidates are worked out once."""

    def __init__(self, by_key: dict, by_prefix: dict):
        self.by_key = by_key  # a token that a pattern's first part accepts -> [(order, name, parts)]
        self.by_prefix = by_prefix  # a first part's prefix (word*) -> [(order, name, parts)]
        self.prefix_lengths = tuple(sorted({len(w) for w in by_prefix}))
        self._memo: dict[str, tuple] = {}

    def candidates(self, key: str) -> tuple:
        found = self._memo.get(key)
        if found is None:
            hits = list(self.by_key.get(key, ()))
            for length in self.prefix_lengths:
                if len(key) >= length:
                    hits.extend(self.by_prefix.get(key[:length], ()))
            if len(self._memo) > 500_000:  # bounded on a huge vocabulary
                self._memo.clear()
            found = self._memo[key] = tuple(hits)
        return found


@lru_cache(maxsize=32)
def pattern_index(items: tuple[tuple[object, tuple[TermPart, ...]], ...]) -> PatternIndex:
    """Patterns (``(name, parts)`` pairs) indexed by what their first word accepts, built once per lexicon."""
    by_key: dict[str, list] = {}
    by_prefix: dict[str, list] = {}
    for order, (name, parts) in enumerate(items):
        first = parts[0]
        entry = (order, name, parts)
        if first.mode == "prefix":
            by_prefix.setdefault(first.word, []).append(entry)
        else:
            for key in first.keys():
                by_key.setdefault(key, []).append(entry)
    return PatternIndex(by_key, by_prefix)


def find_terms(
    toks: list[Token], patterns: dict[object, tuple[TermPart, ...]] | PatternIndex
) -> list[tuple[object, int, int]]:
    """Every ``(pattern, first token index, end token index)`` where a pattern matches consecutive tokens.

    Results come in the order of ``patterns``, then of the text.  ``patterns``
    may be a :class:`PatternIndex` from :func:`pattern_index`, to build it once
    for many texts.
    """
    index = patterns if isinstance(patterns, PatternIndex) else pattern_index(tuple(patterns.items()))
    keys = [t[3] for t in toks]
    found = []
    for i, key in enumerate(keys):
        for order, name, parts in index.candidates(key):
            n = len(parts)
            if n == 1 or (i + n <= len(keys) and all(parts[k].matches(keys[i + k]) for k in range(1, n))):
                found.append((order, i, name, i + n))
    found.sort()
    return [(name, i, end) for _, i, name, end in found]


def drop_nested(hits: list[tuple[object, int, int]]) -> list[tuple[object, int, int]]:
    """The matches not inside a longer match: "national security adviser" leaves out "security"."""
    return [
        h
        for h in hits
        if not any(o is not h and o[1] <= h[1] and h[2] <= o[2] and (o[2] - o[1]) > (h[2] - h[1]) for o in hits)
    ]
