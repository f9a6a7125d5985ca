"""The cut points that turn a score into a label, and the diplomatic register.

Cut points: TextBlob ±0.1 (its usual cut; on NewsMTSC the macro-F1 barely
moves between 0 and 0.15) and VADER ±0.3 (the best cut on NewsMTSC, also
when chosen on one half and tested on the other; VADER's own ±0.05 scores
lower).  ``benchmarks/sentiment_newsmtsc.py`` prints the sweep and writes
``helpers/data/calibration_sentiment.csv``.

The diplomatic register (``helpers/data/diplomatic_register.csv``, read by
:func:`load_register`, that is :func:`helpers.datafiles.read_register`) lists
words that a general lexicon reads at face value but that mean something
else in a readout of talks: "candid" and "frank" usually mean the sides
disagreed, "constructive" that nothing was settled.
"""

from __future__ import annotations

import pandas as pd

from ..datafiles import REGISTER_FILE, read_register

#: Label cut points: a score at or beyond +cut is positive, at or below −cut negative.
TEXTBLOB_CUT = 0.1
VADER_CUT = 0.3
LABELS = ("negative", "neutral", "positive")

REGISTER_PATH = REGISTER_FILE
#: Diplomatic-register words and how to read them: ``load_register(path=None) -> {word: reading}``.
load_register = read_register


def label(score: float, cut: float) -> str:
    """``positive`` at or above ``cut``, ``negative`` at or below ``-cut``, else ``neutral``; ``""`` for NaN.

    The VADER authors' convention (``>=``); a score of exactly 0 is always neutral.
    """
    if score is None or pd.isna(score):
        return ""
    # A zero score is neutral whatever the cut: no scored word, no sentiment.
    if score > 0 and score >= cut:
        return "positive"
    if score < 0 and score <= -cut:
        return "negative"
    return "neutral"


#: Words that read as warm in a lexicon but, in the readout of diplomatic talks, signal something else.
#: Used to point at scores a reader should not take literally; extend it with ``register=`` where needed.
DIPLOMATIC_REGISTER = load_register()
