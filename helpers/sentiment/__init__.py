"""Lexicon sentiment of sentences and quotes, two opinions side by side.

Every text is scored twice, offline, by TextBlob and by VADER, with the words
behind each score; each score is cut into a label and ``agree`` says whether
the two lexicons give the same one, so their disagreement is shown rather
than averaged away.

- :mod:`.lexicons`: cut points, labels, the diplomatic register;
- :mod:`.scoring`: ``score_text``, ``score_texts``, ``score_sentences``, ``score_quotes``;
- :mod:`.aggregate`: ``sentiment_by`` (bootstrap intervals), ``speaker_sentiment``;
- :mod:`.agreement`: ``agreement_table``, ``cohen_kappa``, ``disagreements``, ``agreement_points``;
- :mod:`.words`: the words behind the scores, and which are diplomatic register;
- :mod:`.voices`: who gets quoted (``quoted_share``, ``quote_table``, ``quote_counts``);
- :mod:`.features`, :mod:`.model`, :mod:`.target`: ``target_sentiment``, the sentiment towards a person
  mentioned, from a model trained on NewsMTSC (``benchmarks/train_target_sentiment.py``);
- :mod:`.portrayal`: ``person_mentions``, ``score_mentions``, ``portrayal_by``, ``portrayal_sentences``;
- :mod:`.calibration`: the committed NewsMTSC table (written by ``benchmarks/sentiment_newsmtsc.py``);
- :mod:`.findings`: the computed sentences of notebook 03.

Charts are in :mod:`helpers.charts.sentiment`.

>>> scored = score_sentences(load_articles())            # one row per sentence
>>> sentiment_by(scored, by=["outlet"])                  # n, mean, bootstrap CI, too_few
>>> disagreements(scored).head()                          # where the lexicons part ways
"""

from ..errors import SentimentInputError
from ..quotes import QUOTED_KINDS
from ..stats import MIN_COUNT
from .aggregate import sentiment_by, speaker_sentiment
from .agreement import Agreement, agreement_points, agreement_table, cohen_kappa, disagreements
from .calibration import MODEL_CALIBRATION_NAME, load_calibration, project_method
from .findings import (
    finding_agreement,
    finding_limits,
    finding_model_trust,
    finding_portrayal,
    finding_quoted_share,
    finding_quotes,
    finding_side_tone,
    finding_summary,
    finding_trust,
    finding_words,
)
from .lexicons import DIPLOMATIC_REGISTER, LABELS, TEXTBLOB_CUT, VADER_CUT, label, load_register
from .portrayal import (
    PORTRAYAL_COLUMNS,
    person_mentions,
    portrayal_by,
    portrayal_sentences,
    score_mentions,
    tone_beside_portrayal,
)
from .scoring import (
    SCORE_COLUMNS,
    format_assessments,
    score_quotes,
    score_sentences,
    score_text,
    score_texts,
    vader_words,
)
from .target import TARGET_COLUMNS, target_sentiment
from .voices import quote_counts, quote_table, quoted_share, quoted_share_panels
from .words import assessment_words, register_words, word_table

__all__ = [
    "Agreement",
    "DIPLOMATIC_REGISTER",
    "LABELS",
    "MIN_COUNT",
    "MODEL_CALIBRATION_NAME",
    "PORTRAYAL_COLUMNS",
    "QUOTED_KINDS",
    "SCORE_COLUMNS",
    "SentimentInputError",
    "TARGET_COLUMNS",
    "TEXTBLOB_CUT",
    "VADER_CUT",
    "agreement_points",
    "agreement_table",
    "assessment_words",
    "cohen_kappa",
    "disagreements",
    "finding_agreement",
    "finding_limits",
    "finding_model_trust",
    "finding_portrayal",
    "finding_quoted_share",
    "finding_quotes",
    "finding_side_tone",
    "finding_summary",
    "finding_trust",
    "finding_words",
    "format_assessments",
    "label",
    "person_mentions",
    "portrayal_by",
    "portrayal_sentences",
    "load_calibration",
    "load_register",
    "project_method",
    "quote_counts",
    "quote_table",
    "quoted_share",
    "quoted_share_panels",
    "register_words",
    "score_mentions",
    "score_quotes",
    "score_sentences",
    "score_text",
    "score_texts",
    "sentiment_by",
    "speaker_sentiment",
    "target_sentiment",
    "tone_beside_portrayal",
    "vader_words",
]
