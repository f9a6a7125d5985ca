"""What the target-sentiment model sees of one mention of a person in a sentence.

Three kinds of features, computed the same way when the model is trained
(``benchmarks/train_target_sentiment.py``) and when it scores
(:mod:`.target`):

- the sentence's words and word pairs, the mention masked as ``_target_``
  (so the model learns what is said about *a* person, not about a name);
- the words within :data:`WINDOW` words of the mention, marked as left
  (``<word``) or right (``word>``) of it, and the pairs that touch it
  (``attacked _target_``, ``_target_ praised``): what makes the label follow
  the person rather than the sentence;
- lexicon scores (:data:`DENSE_NAMES`): TextBlob and VADER on the sentence,
  on the window, on the clause that holds the mention, left and right of it;
  whether a speech verb stands next to it and whether it sits inside quotes.

>>> parts = mention_features("Critics attacked Smith, but Jones praised him.", 17, 22)
>>> [t for t in parts.window_terms if "_target_" in t]
['attacked _target_', '_target_ but']
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..text import WORD
from .patterns import CLAUSE_BREAK, QUOTE_MARKS
from .scoring import _textblob, _vader

#: What replaces the mention's words among the terms.
MASK = "_target_"
#: Words each side of the mention that make its window.
WINDOW = 6
#: The lexicon features, in the order of :attr:`MentionFeatures.dense`.
DENSE_NAMES = (
    "tb_sentence_polarity", "tb_sentence_subjectivity",
    "tb_window_polarity", "tb_window_subjectivity", "tb_window_words",
    "tb_clause_polarity",
    "vd_sentence_compound", "vd_sentence_pos", "vd_sentence_neg",
    "vd_window_compound", "vd_window_pos", "vd_window_neg",
    "vd_clause_compound", "vd_left_compound", "vd_right_compound",
    "speech_verb_after", "speech_verb_before", "inside_quotes",
    "mention_first", "position", "log_words",
)


@dataclass(frozen=True)
class MentionFeatures:
    """The terms and lexicon scores of one mention, and the window's TextBlob assessments."""

    sentence_terms: tuple[str, ...]
    window_terms: tuple[str, ...]
    dense: tuple[float, ...]
    window_text: str
    window_assessments: tuple


def word_tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, lowercased word)`` for every word of ``text``."""
    return [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text)]


def _mention_span(tokens, start: int, end: int) -> tuple[int, int]:
    """Token indices ``[i0, i1)`` of the words that overlap ``text[start:end]`` (empty where none does)."""
    i0 = next((i for i, (_, e, _) in enumerate(tokens) if e > start), len(tokens))
    i1 = next((i for i in range(i0, len(tokens)) if tokens[i][0] >= end), len(tokens))
    return i0, i1


def _grams(words: list[str]) -> list[str]:
    """Each word and each pair of neighbouring words."""
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    """The one-word forms of the quote cues (``said``, ``told``, ``warns``…) from ``quote_cues.csv``."""
    from ..quotes.cues import load_cues  # the quotes package is large: loaded when first needed

    return frozenset(form for form in load_cues() if " " not in form and "…" not in form)


@lru_cache(maxsize=4096)
def _sentence_scores(text: str) -> tuple[float, ...]:
    """TextBlob polarity, subjectivity and VADER compound, pos, neg of a whole sentence (cached: targets share sentences)."""
    tb = _textblob()(text)
    vd = _vader().polarity_scores(text)
    return (float(tb[0]), float(tb[1]), vd["compound"], vd["pos"], vd["neg"])


def _vader_compound(text: str) -> float:
    return _vader().polarity_scores(text)["compound"] if text.strip() else 0.0


def _clause_polarity(clause: str, text: str, sentence: tuple[float, ...]) -> float:
    """TextBlob's polarity of the clause (the sentence's, already scored, when the clause is the whole sentence)."""
    if clause == text:
        return sentence[0]
    return float(_textblob()(clause)[0]) if clause.strip() else 0.0


def _clause(text: str, start: int, end: int) -> str:
    """The stretch of ``text`` between the clause breaks around ``text[start:end]``."""
    left = 0
    for match in CLAUSE_BREAK.finditer(text, 0, start):
        left = match.end()
    match = CLAUSE_BREAK.search(text, end)
    return text[left : match.start() if match else len(text)]


def _inside_quotes(text: str, start: int) -> bool:
    """Whether an odd number of quotation marks opens before ``start`` (the mention is in quoted words)."""
    marks = QUOTE_MARKS.findall(text, 0, start)
    opened = sum(1 for m in marks if m in "“‘")
    closed = sum(1 for m in marks if m in "”’")
    straight = sum(1 for m in marks if m == '"')
    return opened > closed or straight % 2 == 1


def mention_features(text: str, start: int, end: int, window: int = WINDOW) -> MentionFeatures:
    """The features of the mention ``text[start:end]`` (offsets already checked by the caller)."""
    tokens = word_tokens(text)
    i0, i1 = _mention_span(tokens, start, end)
    words = [w for _, _, w in tokens]
    masked = words[:i0] + [MASK] + words[i1:]
    lo, hi = max(0, i0 - window), min(len(tokens), i1 + window)
    left_words, right_words = words[lo:i0], words[i1:hi]
    window_terms = [f"<{w}" for w in left_words] + [f"{w}>" for w in right_words]
    near = masked[lo : lo + len(left_words) + 1 + len(right_words)]
    window_terms += [g for g in _grams(near)[len(near):] if MASK in g]
    w_start = tokens[lo][0] if lo < i0 else start
    w_end = tokens[hi - 1][1] if hi > i1 else end
    window_text = text[w_start:w_end]
    tb = _textblob()(window_text)
    vd = _vader().polarity_scores(window_text)
    clause = _clause(text, start, end)
    sentence = _sentence_scores(text)
    speech = speech_forms()
    after = words[i1 : i1 + 2]
    dense = (
        sentence[0], sentence[1],
        float(tb[0]), float(tb[1]), float(len(tb.assessments)),
        _clause_polarity(clause, text, sentence),
        sentence[2], sentence[3], sentence[4],
        vd["compound"], vd["pos"], vd["neg"],
        sentence[2] if clause == text else _vader_compound(clause), _vader_compound(text[w_start:start]), _vader_compound(text[end:w_end]),
        float(bool(after) and (after[0] in speech or (after[0] in ("has", "had") and after[-1] in speech))),
        float(i0 > 0 and words[i0 - 1] in speech),
        float(_inside_quotes(text, start)),
        float(i0 == 0),
        i0 / max(1, len(tokens)),
        math.log1p(len(tokens)),
    )
    return MentionFeatures(tuple(_grams(masked)), tuple(window_terms), dense, window_text, tuple(tb.assessments))
