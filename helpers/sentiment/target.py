"""Sentiment towards a person mentioned in a sentence, from a model trained on human judgements.

:func:`target_sentiment` scores each mention ``text[target_start:target_end]``
with the stored model (:mod:`.model`, trained on NewsMTSC by
``benchmarks/train_target_sentiment.py``): ``label`` (negative, neutral,
positive), ``score`` = P(positive) − P(negative), the three probabilities,
the ``evidence`` (the words that moved the score most, signed) and TextBlob's
``window_assessments`` on the words around the mention.  The label follows
the person, not the sentence: two people in one sentence can get different
labels.

>>> frame = pd.DataFrame({"text": ["Critics attacked Smith, but everyone praised Jones."],
...                       "target_start": [17], "target_end": [22]})
>>> target_sentiment(frame)[["label", "score", "evidence"]]
"""

from __future__ import annotations

import numbers

import pandas as pd

from ..errors import SentimentInputError
from .columns import require
from .features import MASK, mention_features
from .model import load_model
from .scoring import format_assessments

#: Columns that :func:`target_sentiment` adds.
TARGET_COLUMNS = [
    "label", "score", "p_negative", "p_neutral", "p_positive", "evidence", "window", "window_assessments",
]
#: How many words the evidence names, and the least weight a word needs to be named.
EVIDENCE_WORDS = 3
EVIDENCE_MIN = 0.05


def _readable(term: str) -> str:
    """A term as a reader sees it: no left/right marks, the masked mention shown as ``[person]``."""
    return term.strip("<>").replace(MASK, "[person]") if term not in ("<", ">") else term


def evidence(contributions, n: int = EVIDENCE_WORDS, minimum: float = EVIDENCE_MIN) -> str:
    """The ``n`` words that moved the score most (lexicon features left out), e.g. ``"attacked [person] -0.81"``."""
    words = {}
    for part in contributions:
        if part.name.startswith(("tb_", "vd_")) or part.name in _DENSE:
            continue
        name = _readable(part.name)
        words[name] = words.get(name, 0.0) + part.weight
    top = sorted(words.items(), key=lambda item: (-abs(item[1]), item[0]))[:n]
    return "; ".join(f"{name} {weight:+.2f}" for name, weight in top if abs(weight) >= minimum)


def _check_row(index, text, start, end) -> None:
    where = f"target_sentiment: row {index!r}"
    if not isinstance(text, str):
        raise SentimentInputError(f"{where}: text is {type(text).__name__} {text!r}, expected a string")
    for name, value in (("target_start", start), ("target_end", end)):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            if not (isinstance(value, float) and value.is_integer()):
                raise SentimentInputError(f"{where}: {name} {value!r} is not a whole number")
    if not 0 <= start < end <= len(text):
        raise SentimentInputError(f"{where}: target {start}–{end} is not a non-empty span of its "
                                  f"{len(text)}-character text")


def target_sentiment(frame: pd.DataFrame, model_path: str | None = None) -> pd.DataFrame:
    """A copy of ``frame`` with :data:`TARGET_COLUMNS` added: the sentiment towards each row's mention.

    ``frame`` needs ``text``, ``target_start`` and ``target_end``
    (``text[target_start:target_end]`` is the mention, end exclusive).
    Raises :class:`SentimentInputError` naming the row when a text is
    missing or the span is not inside it.  ``frame`` is not changed.
    """
    require(frame, ["text", "target_start", "target_end"], "target_sentiment")
    model = load_model(model_path)
    rows = []
    for index, text, start, end in zip(frame.index, frame["text"], frame["target_start"], frame["target_end"]):
        _check_row(index, text, start, end)
        features = mention_features(text, int(start), int(end), model.window)
        probabilities, parts = model.score(features)
        neg, neu, pos = probabilities["negative"], probabilities["neutral"], probabilities["positive"]
        rows.append((max(probabilities, key=probabilities.get), pos - neg, neg, neu, pos, evidence(parts),
                     features.window_text, format_assessments(features.window_assessments)))
    table = pd.DataFrame(rows, columns=TARGET_COLUMNS)
    out = frame.copy()
    for column in TARGET_COLUMNS:
        out[column] = table[column].to_numpy(dtype=float if column.startswith(("score", "p_")) else object)
    return out


_DENSE = frozenset(
    ("speech_verb_after", "speech_verb_before", "inside_quotes", "mention_first", "position", "log_words")
)
