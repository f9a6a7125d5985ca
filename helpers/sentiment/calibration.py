"""How far the lexicon labels can be trusted: the committed table that the NewsMTSC benchmark writes.

``benchmarks/sentiment_newsmtsc.py`` scores the NewsMTSC news sentences
(human labels, in ``../shared/eval``) and writes
``helpers/data/calibration_sentiment.csv``: one row per labelling method with
its macro-F1 and accuracy, the corpus, counts, the lexicon versions and the
date measured.  Notebooks read that table (:func:`load_calibration`, that
is :func:`helpers.datafiles.read_sentiment_calibration`), so a reader
without ``../shared`` sees the same figures.

>>> calibration = load_calibration()
>>> calibration.set_index("method").loc[project_method("vader"), "macro_f1"]
"""

from __future__ import annotations

from ..datafiles import SENTIMENT_CALIBRATION_COLUMNS, SENTIMENT_CALIBRATION_FILE, read_sentiment_calibration
from .lexicons import TEXTBLOB_CUT, VADER_CUT

CALIBRATION_PATH = SENTIMENT_CALIBRATION_FILE
#: The columns of the calibration table, in order.
CALIBRATION_COLUMNS = SENTIMENT_CALIBRATION_COLUMNS
#: The calibration table (default ``helpers/data/calibration_sentiment.csv``), one row per method, validated.
load_calibration = read_sentiment_calibration

#: The baseline every method is measured against.
ALWAYS_NEUTRAL = "always neutral"


def project_method(lexicon: str) -> str:
    """The name of the project's own labelling in the calibration table (``textblob`` or ``vader``)."""
    if lexicon == "textblob":
        return f"TextBlob polarity ±{TEXTBLOB_CUT:g} (project cut)"
    if lexicon == "vader":
        return f"VADER compound ±{VADER_CUT:g} (project cut)"
    raise ValueError(f"unknown lexicon {lexicon!r}: expected 'textblob' or 'vader'")

#: The name of the target-sentiment model's row in the calibration table.
MODEL_CALIBRATION_NAME = "target-sentiment model (trained on NewsMTSC train)"
