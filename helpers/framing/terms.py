"""Section 1 of notebook 02: which words and phrases mark each outlet ("Fightin' Words").

>>> distinct = distinctive_terms(articles)     # each outlet against all others pooled
>>> top_terms(distinct, n=10, content_only=True)  # the table the chart draws
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from ..corpus import ANALYSED_KINDS
from ..errors import FramingError
from ..stats import MIN_COUNT
from .inputs import check_articles, check_columns, content_sentences, need_two_outlets
from .lexicons import load_stopwords
from .patterns import compile_pattern, find_terms
from .tokens import is_stopword, tokens

#: Prior strength (pseudo-words) of the informative Dirichlet prior taken from the
#: combined texts: about a tenth of the words of two short news articles, enough to
#: pull a word seen once towards the corpus rate without drowning real differences.
DEFAULT_ALPHA0 = 100.0


def log_odds_dirichlet(counts_i, counts_j, prior) -> pd.DataFrame:
    """Weighted log-odds ratio with a Dirichlet prior (Monroe, Colaresi and Quinn 2008, eqs. 16, 20, 22).

    ``counts_i`` and ``counts_j`` are term counts (Series or dict, term ->
    count) of two groups; ``prior`` is either one pseudo-count for every term
    (a uniform prior) or a per-term Series/dict ``alpha_w``.  Over the union
    of terms, with ``n`` the group totals and ``a0 = sum(alpha)``::

        delta = log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a0 - y_j - a_w))
        var   ≈ 1 / (y_i + a_w) + 1 / (y_j + a_w)
        z     = delta / sqrt(var)

    Returns ``term, y_i, y_j, alpha, delta, variance, z``, sorted by ``z``
    (most typical of group j first, as in Jack Hessel's FightingWords).
    """
    ci = pd.Series(counts_i, dtype=float)
    cj = pd.Series(counts_j, dtype=float)
    vocab = ci.index.union(cj.index)
    if len(vocab) == 0:
        raise FramingError("log_odds_dirichlet: no terms to compare (both count tables are empty)")
    y_i = ci.reindex(vocab, fill_value=0.0)
    y_j = cj.reindex(vocab, fill_value=0.0)
    if (y_i < 0).any() or (y_j < 0).any():
        raise FramingError("log_odds_dirichlet: counts must not be negative")
    if isinstance(prior, (int, float, np.floating, np.integer)):
        alpha = pd.Series(float(prior), index=vocab)
    else:
        alpha = pd.Series(prior, dtype=float)
        lacking = vocab.difference(alpha.index)
        if len(lacking):
            raise FramingError(
                f"log_odds_dirichlet: the prior has no value for {len(lacking)} term(s), e.g. {lacking[0]!r}"
            )
        alpha = alpha.reindex(vocab)
    if (alpha <= 0).any() or alpha.isna().any():
        raise FramingError("log_odds_dirichlet: every prior pseudo-count must be positive")
    a0 = float(alpha.sum())
    n_i, n_j = float(y_i.sum()), float(y_j.sum())
    delta = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
    variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    z = delta / np.sqrt(variance)
    out = pd.DataFrame(
        {
            "term": vocab,
            "y_i": y_i.to_numpy(),
            "y_j": y_j.to_numpy(),
            "alpha": alpha.to_numpy(),
            "delta": delta.to_numpy(),
            "variance": variance.to_numpy(),
            "z": z.to_numpy(),
        }
    )
    return out.sort_values(["z", "term"], kind="stable").reset_index(drop=True)


def term_counts(
    articles: pd.DataFrame,
    ngrams: tuple[int, ...] = (1, 2),
    stopwords: frozenset[str] | None = None,
    kinds: tuple[str, ...] = ANALYSED_KINDS,
) -> pd.DataFrame:
    """Counts of words (``ngram`` 1, every word) and two-word phrases (``ngram`` 2) per outlet.

    Words come from :func:`content_sentences` (no datelines or labels), lower
    case, possessive 's removed; a phrase is two adjacent words of one sentence,
    neither a stopword nor a number.  Returns ``outlet, ngram, term, count``.
    """
    if not set(ngrams) <= {1, 2} or not ngrams:
        raise FramingError(f"ngrams must be a non-empty subset of (1, 2), got {ngrams!r}")
    stop = load_stopwords() if stopwords is None else frozenset(stopwords)
    sents = content_sentences(articles, kinds=kinds)
    counts: Counter = Counter()
    for outlet, text in zip(sents["outlet"], sents["text"]):
        toks = tokens(text)
        if 1 in ngrams:
            counts.update((outlet, 1, t[3]) for t in toks)
        if 2 in ngrams:
            for a, b in zip(toks, toks[1:]):
                if _phrase_word(a[2], stop) and _phrase_word(b[2], stop):
                    counts[(outlet, 2, f"{a[3]} {b[3]}")] += 1
    frame = pd.DataFrame([(*k, v) for k, v in counts.items()], columns=["outlet", "ngram", "term", "count"])
    return frame.sort_values(["outlet", "ngram", "count", "term"], ascending=[True, True, False, True]).reset_index(
        drop=True
    )


def _phrase_word(word: str, stop: frozenset[str]) -> bool:
    return not is_stopword(word, stop) and any(c.isalpha() for c in word)


def distinctive_terms(
    articles: pd.DataFrame,
    ngrams: tuple[int, ...] = (1, 2),
    background: pd.Series | dict | pd.DataFrame | None = None,
    alpha0: float | None = DEFAULT_ALPHA0,
    min_count: int = MIN_COUNT,
    stopwords: frozenset[str] | None = None,
) -> pd.DataFrame:
    """Each outlet's words and phrases against all other outlets pooled ("Fightin' Words").

    The informative Dirichlet prior is ``alpha_w = alpha0 * p_w``, with ``p_w``
    the term's share of the combined texts (default) or of a ``background``
    corpus: term -> count (Series/dict), or an articles table whose texts are
    counted.  Background rates are add-one smoothed over the union of terms so
    a term the background never saw keeps a positive prior.  ``alpha0=None``
    takes the prior counts as they are (``alpha_w`` = the term's count).

    Returns one row per outlet and term: ``outlet, ngram, term, count,
    count_others, rate, rate_others`` (per 1,000 words or phrases), ``alpha,
    log_odds, variance, z`` and ``too_few`` (the term occurs fewer than
    ``min_count`` times in all texts: its z-score says little).  Sorted by
    outlet, ngram and descending ``z``.
    """
    check_articles(articles)
    outlets = need_two_outlets(articles, "distinctive_terms")
    if alpha0 is not None and not (isinstance(alpha0, (int, float)) and alpha0 > 0):
        raise FramingError(f"alpha0 must be a positive number or None, got {alpha0!r}")
    counts = term_counts(articles, ngrams=ngrams, stopwords=stopwords)
    bg = _background_counts(background, ngrams, stopwords)
    frames = []
    for ngram in sorted(set(ngrams)):
        table = counts[counts["ngram"] == ngram].pivot_table(
            index="term", columns="outlet", values="count", aggfunc="sum", fill_value=0
        )
        table = table.reindex(columns=outlets, fill_value=0)
        if table.empty:
            continue
        total = table.sum(axis=1)
        if bg is None:
            rates = total / total.sum()
            base = total
        else:
            b = bg[bg["ngram"] == ngram].set_index("term")["count"] if not bg.empty else pd.Series(dtype=float)
            vocab = table.index.union(b.index)
            b = b.reindex(vocab, fill_value=0).astype(float)
            rates = ((b + 1) / (b.sum() + len(vocab))).reindex(table.index)
            base = b.reindex(table.index)
        alpha = rates * alpha0 if alpha0 is not None else base.astype(float).clip(lower=1e-9)
        for outlet in outlets:
            mine = table[outlet]
            others = total - mine
            scored = log_odds_dirichlet(mine, others, alpha)
            scored = scored.rename(columns={"y_i": "count", "y_j": "count_others", "delta": "log_odds"})
            scored.insert(0, "outlet", outlet)
            scored.insert(1, "ngram", ngram)
            scored["rate"] = 1000 * scored["count"] / max(mine.sum(), 1)
            scored["rate_others"] = 1000 * scored["count_others"] / max(others.sum(), 1)
            scored["too_few"] = (scored["count"] + scored["count_others"]) < min_count
            frames.append(scored)
    if not frames:
        raise FramingError("distinctive_terms: the articles have no words to compare")
    out = pd.concat(frames, ignore_index=True)
    out[["count", "count_others"]] = out[["count", "count_others"]].astype(int)
    columns = [
        "outlet",
        "ngram",
        "term",
        "count",
        "count_others",
        "rate",
        "rate_others",
        "alpha",
        "log_odds",
        "variance",
        "z",
        "too_few",
    ]
    out = out[columns].sort_values(["outlet", "ngram", "z", "term"], ascending=[True, True, False, True], kind="stable")
    return out.reset_index(drop=True)


def _background_counts(background, ngrams, stopwords) -> pd.DataFrame | None:
    if background is None:
        return None
    if isinstance(background, pd.DataFrame):
        if {"text", "outlet", "article_id", "title"} <= set(background.columns):
            counts = term_counts(background, ngrams=ngrams, stopwords=stopwords)
            return counts.groupby(["ngram", "term"], as_index=False)["count"].sum()
        if {"term", "count"} <= set(background.columns):
            frame = background.copy()
            if "ngram" not in frame:
                frame["ngram"] = frame["term"].astype(str).str.count(" ") + 1
            return frame[["ngram", "term", "count"]]
        raise FramingError(
            "background: pass an articles table, a (term, count[, ngram]) table, or a term -> count mapping"
        )
    series = pd.Series(background, dtype=float)
    if (series < 0).any():
        raise FramingError("background: counts must not be negative")
    frame = series.rename("count").rename_axis("term").reset_index()
    frame["ngram"] = frame["term"].astype(str).str.count(" ") + 1
    return frame[["ngram", "term", "count"]]


def top_terms(
    table: pd.DataFrame, n: int = 10, ngram: int | None = None, include_too_few: bool = True, content_only: bool = False
) -> pd.DataFrame:
    """The ``n`` terms with the highest positive z for each outlet (optionally of one ``ngram`` order).

    ``content_only`` leaves out stopwords ("with", "have"): they mark house
    style and syntax more than what the story is about.  Ties in z are broken
    by term.  ``top_terms(distinct, n=10, content_only=True)`` is the table
    :func:`helpers.charts.framing.plot_distinctive_terms` draws.
    """
    check_columns(table, {"outlet", "ngram", "term", "z", "too_few"}, "distinctive terms table")
    rows = table[table["z"] > 0]
    if content_only:
        stop = load_stopwords()
        rows = rows[~rows["term"].isin(stop)]
    if ngram is not None:
        rows = rows[rows["ngram"] == ngram]
    if not include_too_few:
        rows = rows[~rows["too_few"]]
    rows = rows.sort_values(["outlet", "z", "term"], ascending=[True, False, True], kind="stable")
    return rows.groupby("outlet", sort=True).head(n).reset_index(drop=True)


def term_evidence(articles: pd.DataFrame, term: str, outlet: str | None = None, limit: int = 3) -> pd.DataFrame:
    """Sentences where a term of :func:`distinctive_terms` occurs: ``article_id, outlet, start, end, text``."""
    parts = compile_pattern(" ".join("=" + w for w in term.split()), "term")
    sents = content_sentences(articles)
    if outlet is not None:
        sents = sents[sents["outlet"] == outlet]
    keep = []
    for row in sents.itertuples(index=False):
        if find_terms(tokens(row.text), {term: parts}):
            keep.append(row)
    frame = pd.DataFrame(keep, columns=sents.columns) if keep else sents.iloc[0:0]
    return (
        frame.groupby("outlet")
        .head(limit)[["article_id", "outlet", "sentence", "start", "end", "text"]]
        .reset_index(drop=True)
    )
