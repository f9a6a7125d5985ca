"""The words behind the scores: what each lexicon scored, counted, and which of it is diplomatic register.

>>> word_table(score_quotes(quotes))      # words, word_polarity, n per outlet, strongest first
>>> register_words(score_quotes(quotes))  # "candid", "frank"…: scores a reader should not take literally
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from .columns import require, row_keys
from .lexicons import DIPLOMATIC_REGISTER


def scored_words(words: str) -> Iterator[tuple[str, float]]:
    """``(words, score)`` for each part of an ``assessments`` or ``vader_words`` cell.

    >>> list(scored_words("candid +0.60; not very satisfied -0.19"))
    [('candid', 0.6), ('not very satisfied', -0.19)]
    """
    for part in filter(None, str(words).split("; ")):
        text, _, value = part.rpartition(" ")
        yield text, float(value)


def assessment_words(scored: pd.DataFrame) -> pd.DataFrame:
    """One row per word (or phrase) that TextBlob scored, with the row it came from.

    Columns: the row keys present (``article_id, outlet, start, end, speaker,
    side, kind``), ``words`` (e.g. ``not very satisfied``), ``word_polarity``.
    """
    require(scored, ["assessments"], "assessment_words")
    keys = row_keys(scored)
    rows = []
    for record in scored[keys + ["assessments"]].to_dict("records"):
        for words, value in scored_words(record["assessments"]):
            rows.append({**{k: record[k] for k in keys}, "words": words, "word_polarity": value})
    return pd.DataFrame(rows, columns=[*keys, "words", "word_polarity"])


def word_table(scored: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """The scored words, counted: ``words, word_polarity, n`` (and ``by`` when present), strongest first."""
    words = assessment_words(scored)
    keys = [by] if by in words.columns else []
    table = words.groupby([*keys, "words", "word_polarity"], as_index=False).size().rename(columns={"size": "n"})
    table["weight"] = table["word_polarity"].abs() * table["n"]
    return table.sort_values([*keys, "weight", "words"], ascending=[*([True] * len(keys)), False, True]).drop(
        columns="weight").reset_index(drop=True)


def register_words(scored: pd.DataFrame, register: dict[str, str] | None = None) -> pd.DataFrame:
    """Scored words that belong to the diplomatic register, with how the lexicon read them.

    One row per occurrence among TextBlob's assessments or VADER's words:
    the row keys, ``word``, ``lexicon`` (TextBlob or VADER), ``score`` (as
    that lexicon scored it) and ``reading`` (what the word usually means in a
    readout of talks, from ``register``, default :data:`DIPLOMATIC_REGISTER`).
    """
    register = DIPLOMATIC_REGISTER if register is None else {k.lower(): v for k, v in register.items()}
    require(scored, ["assessments", "vader_words"], "register_words")
    keys = row_keys(scored)
    text_column = "quote" if "quote" in scored.columns else ("text" if "text" in scored.columns else None)
    rows = []
    for record in scored.to_dict("records"):
        for lexicon, column in (("TextBlob", "assessments"), ("VADER", "vader_words")):
            for words, value in scored_words(record[column]):
                # TextBlob scores phrases ("very candid", "candidly not"): any register word in one counts
                word = next((w for w in words.split() if w in register), None)
                if word is not None:
                    rows.append({**{k: record[k] for k in keys}, "word": words, "lexicon": lexicon,
                                 "score": value, "reading": register[word],
                                 **({text_column: record[text_column]} if text_column else {})})
    columns = [*keys, "word", "lexicon", "score", "reading", *([text_column] if text_column else [])]
    return pd.DataFrame(rows, columns=columns)
