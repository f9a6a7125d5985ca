"""TF-IDF cosine similarity of feature lists, with numpy and collections only (no scikit-learn at run time).

The weights and the cosine are computed as scikit-learn's ``TfidfVectorizer``
(``sublinear_tf=True``, smoothed idf, l2 norm) followed by ``matrix @ matrix.T``
computes them, operation by operation and in the same order, so the scores are
the same to the last bit:

- features are numbered in the order they first appear (scikit-learn's
  counting order; its later renumbering in sorted order does not reorder a
  row's stored entries), and a row's entries are kept in that order;
- tf is ``1 + ln(count)``, idf ``1 + ln((n + 1) / (df + 1))``, both computed on
  whole arrays with ``np.log`` as scikit-learn does;
- each row is divided by the square root of its sum of squares, summed in
  stored order; the cosine of two rows is the sum of their products over the
  features they share, in the first row's stored order.

>>> tfidf_cosine([["a", "b"], ["b", "c"], ["a", "b"]])[0, 2]
1.0
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np


def tfidf_rows(features: list[list[str]]) -> tuple[list[np.ndarray], list[np.ndarray], int]:
    """Each document's feature numbers and l2-normalised TF-IDF weights (in stored order), and the vocabulary size."""
    vocabulary: dict[str, int] = {}
    row_indices: list[np.ndarray] = []
    row_counts: list[list[int]] = []
    for doc in features:
        counts: Counter = Counter()
        for feature in doc:
            counts[vocabulary.setdefault(feature, len(vocabulary))] += 1
        order = sorted(counts)
        row_indices.append(np.asarray(order, dtype=np.int64))
        row_counts.append([counts[k] for k in order])
    n_features = len(vocabulary)
    lengths = [len(r) for r in row_indices]
    indices = np.concatenate(row_indices) if row_indices else np.zeros(0, dtype=np.int64)
    data = np.asarray([c for counts in row_counts for c in counts], dtype=np.float64)
    np.log(data, data)
    data += 1.0
    df = np.bincount(indices, minlength=n_features).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=len(features) + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    data *= idf[indices]
    weights, at = [], 0
    for length in lengths:
        row = data[at : at + length]
        at += length
        total = 0.0
        for value in row.tolist():
            total += value * value
        if total != 0.0:
            row = row / math.sqrt(total)
        weights.append(row)
    return row_indices, weights, n_features


def tfidf_cosine(features: list[list[str]]) -> np.ndarray:
    """The ``n × n`` matrix of TF-IDF cosines between documents given as lists of features."""
    row_indices, weights, n_features = tfidf_rows(features)
    n = len(features)
    postings: list[list[tuple[int, float]]] = [[] for _ in range(n_features)]
    for doc, (idx, w) in enumerate(zip(row_indices, weights)):
        for k, value in zip(idx.tolist(), w.tolist()):
            postings[k].append((doc, value))
    docs = [np.asarray([d for d, _ in p], dtype=np.int64) for p in postings]
    values = [np.asarray([v for _, v in p], dtype=np.float64) for p in postings]
    score = np.zeros((n, n), dtype=np.float64)
    for i, (idx, w) in enumerate(zip(row_indices, weights)):
        acc = score[i]
        for k, value in zip(idx.tolist(), w.tolist()):
            acc[docs[k]] += value * values[k]
    return score
