"""Scoring texts with both lexicons, offline: TextBlob's pattern lexicon and VADER.

Every text gets TextBlob's ``polarity`` (−1…1), ``subjectivity`` (0…1) and
``assessments`` (the words that drove the score), VADER's ``vader_compound``
(−1…1), ``vader_pos/neg/neu`` shares and ``vader_words`` (the lexicon words
it saw), each score's label and ``agree`` (the two labels are the same).

>>> score_text("They were candid and honest.")["assessments"]
'candid +0.60; honest +0.60'
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from ..corpus import sentences
from ..errors import SentimentInputError
from .columns import require
from .lexicons import TEXTBLOB_CUT, VADER_CUT, label

#: Columns that :func:`score_texts` adds.
SCORE_COLUMNS = [
    "polarity",
    "subjectivity",
    "assessments",
    "vader_compound",
    "vader_pos",
    "vader_neg",
    "vader_neu",
    "vader_words",
    "textblob_label",
    "vader_label",
    "agree",
]
FLOAT_COLUMNS = ("polarity", "subjectivity", "vader_compound", "vader_pos", "vader_neg", "vader_neu")
TEXT_COLUMNS = ("assessments", "vader_words", "textblob_label", "vader_label")


@lru_cache(maxsize=1)
def _textblob():
    """TextBlob's pattern sentiment, the engine behind ``TextBlob(text).sentiment_assessments``.

    Called directly, it scores once (``sentiment_assessments`` scores twice)
    and needs no NLTK data.
    """
    # imported on first use: loading the lexicon is slow, and importing helpers.sentiment should not be
    return pattern_sentiment()


def pattern_sentiment():
    """``textblob.en.sentiment`` (the pattern engine), imported without the rest of TextBlob.

    ``textblob/__init__.py`` imports the whole of TextBlob, and with it NLTK,
    SciPy and scikit-learn (about 1 s of CPU), though the pattern engine needs
    none of them.  Where ``textblob`` is not imported yet, its package is
    registered without running that file, and runs it on the first use of
    any of its names (``from textblob import TextBlob`` works as before and
    then loads everything); only ``textblob.en`` and its lexicon load here.
    """
    import importlib.util
    import sys

    if "textblob" not in sys.modules:
        spec = importlib.util.find_spec("textblob")
        package = importlib.util.module_from_spec(spec)  # __path__ and __spec__ set, __init__.py not run

        def load_rest(name: str):
            del package.__getattr__  # once: the package's own names are set from here on
            spec.loader.exec_module(package)
            return getattr(package, name)

        package.__getattr__ = load_rest
        sys.modules["textblob"] = package
    from textblob.en import sentiment

    return sentiment


@lru_cache(maxsize=1)
def _vader():
    """One VADER analyzer per process: loading its lexicon is the slow part."""
    # imported on first use, like TextBlob's lexicon
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def load_analyzers() -> None:
    """Load both lexicons now rather than on the first text scored (benchmarks time the two apart)."""
    _textblob()
    _vader()


def format_assessments(assessments) -> str:
    """TextBlob assessments as text: ``"candid +0.60; not very satisfied -0.19"``."""
    return "; ".join(f"{' '.join(words)} {polarity:+.2f}" for words, polarity, *_ in assessments)


def vader_words(text: str) -> str:
    """The VADER lexicon words in ``text`` with their valence (−4…+4): ``"honest +2.30; not satisfied +1.80"``.

    VADER's own tokens (whitespace split, edge punctuation stripped); a word
    after a negation (within three words) is shown as ``not <word>`` with its
    lexicon valence, which VADER then dampens and flips.
    """
    # VADER's own tokenizer, so the words shown are the ones it scored
    from vaderSentiment.vaderSentiment import SentiText

    return _words_shown([token.lower() for token in SentiText(text).words_and_emoticons])


def _words_shown(lowered: list[str]) -> str:
    """:func:`vader_words` of VADER's tokens of a text, in lower case."""
    # VADER's own negation test
    from vaderSentiment.vaderSentiment import negated

    lexicon = _vader().lexicon
    parts = []
    for i, token in enumerate(lowered):
        valence = lexicon.get(token)
        if valence is None:
            continue
        before = lowered[max(0, i - 3) : i]
        prefix = "not " if before and negated(before) else ""
        parts.append(f"{prefix}{token} {valence:+.2f}")
    return "; ".join(parts)


@lru_cache(maxsize=1)
def _emoji_characters() -> frozenset[str]:
    """The emoji VADER's ``polarity_scores`` translates into words: those of one character (it reads one at a time)."""
    return frozenset(emoji for emoji in _vader().emojis if len(emoji) == 1)


def vader_scores(text: str) -> tuple[dict, str]:
    """VADER's ``polarity_scores(text)`` and :func:`vader_words`, from one tokenisation of ``text``.

    ``polarity_scores`` first rewrites every emoji as words, one character at
    a time, then tokenises the text; :func:`vader_words` tokenises it again.
    For a text without emoji (most news) the rewrite gives the text itself,
    so here it is skipped, the text is tokenised once, and the rest of
    ``polarity_scores`` runs as vaderSentiment 3.3.2 writes it, with its own
    methods (``sentiment_valence`` only for lexicon words: for any other it
    appends 0): the same scores, bit for bit (``tests/sentiment/test_scoring.py``).
    A text with emoji goes through ``polarity_scores`` itself.
    """
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    analyzer = _vader()
    if not _emoji_characters().isdisjoint(text):
        return analyzer.polarity_scores(text), vader_words(text)
    text = text.strip()  # as polarity_scores strips the text it rebuilt
    sentitext = SentiText(text)
    tokens = sentitext.words_and_emoticons
    lexicon = analyzer.lexicon
    lowered = [item.lower() for item in tokens]
    sentiments: list[float] = []
    for i, item in enumerate(tokens):  # polarity_scores' loop
        low = lowered[i]
        if low in BOOSTER_DICT or (low == "kind" and i < len(tokens) - 1 and lowered[i + 1] == "of"):
            sentiments.append(0)
        elif low not in lexicon:  # what sentiment_valence appends for a word it does not know
            sentiments.append(0)
        else:
            sentiments = analyzer.sentiment_valence(0, sentitext, item, i, sentiments)
    sentiments = analyzer._but_check(tokens, sentiments)
    return analyzer.score_valence(sentiments, text), _words_shown(lowered)


def score_text(text: str, textblob_cut: float = TEXTBLOB_CUT, vader_cut: float = VADER_CUT) -> dict:
    """Both lexicons' scores, the words behind them and the labels, for one text.

    >>> score_text("They were candid and honest.")["assessments"]
    'candid +0.60; honest +0.60'
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return _missing_scores()
    if not isinstance(text, str):
        raise SentimentInputError(f"cannot score {type(text).__name__} {text!r}: expected a string")
    tb = _textblob()(text)
    vd, words = vader_scores(text)
    polarity, subjectivity = float(tb[0]), float(tb[1])
    tb_label, vd_label = label(polarity, textblob_cut), label(vd["compound"], vader_cut)
    return {
        "polarity": polarity,
        "subjectivity": subjectivity,
        "assessments": format_assessments(tb.assessments),
        "vader_compound": float(vd["compound"]),
        "vader_pos": float(vd["pos"]),
        "vader_neg": float(vd["neg"]),
        "vader_neu": float(vd["neu"]),
        "vader_words": words,
        "textblob_label": tb_label,
        "vader_label": vd_label,
        "agree": tb_label == vd_label,
    }


def _missing_scores() -> dict:
    """What a missing text scores: NaN scores, no words, no labels."""
    return {
        **{column: float("nan") for column in FLOAT_COLUMNS},
        **{column: "" for column in TEXT_COLUMNS},
        "agree": False,
    }


def score_texts(
    frame: pd.DataFrame,
    text_column: str = "text",
    textblob_cut: float = TEXTBLOB_CUT,
    vader_cut: float = VADER_CUT,
) -> pd.DataFrame:
    """A copy of ``frame`` with the columns of :data:`SCORE_COLUMNS` added (replaced if present).

    Missing texts (NaN/None) get NaN scores and empty labels; ``frame`` is
    not changed.  Raises :class:`SentimentInputError` when ``text_column``
    is missing or holds something other than text.
    """
    require(frame, [text_column], "score_texts")
    out = frame.copy()
    scores = [score_text(t, textblob_cut, vader_cut) for t in frame[text_column].tolist()]
    table = pd.DataFrame.from_records(scores, columns=SCORE_COLUMNS, index=frame.index)
    for column in SCORE_COLUMNS:
        out[column] = table[column].to_numpy()  # positional: safe with duplicate index labels
    # fixed dtypes, so an empty frame still aggregates and concatenates like a full one
    for column in FLOAT_COLUMNS:
        out[column] = out[column].astype(float)
    for column in TEXT_COLUMNS:
        out[column] = out[column].astype(object)
    out["agree"] = out["agree"].astype(bool)
    return out


def score_sentences(articles: pd.DataFrame, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One scored row per sentence (``helpers.corpus.sentences`` plus :data:`SCORE_COLUMNS`)."""
    return score_texts(sentences(articles, kinds), "text")


def score_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """One scored row per quote span of ``helpers.quotes.extract_quotes`` (scores its ``quote`` column)."""
    return score_texts(quotes, "quote")
