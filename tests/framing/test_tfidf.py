"""helpers.framing.tfidf: TF-IDF cosine in numpy, the same to the last bit as scikit-learn's."""

from __future__ import annotations

import math

import numpy as np
import pytest

from helpers.framing.tfidf import tfidf_cosine, tfidf_rows

DOCS = [
    ["harbour", "talks", "talks", "minister"],
    ["harbour", "minister", "blame"],
    ["weather", "storm"],
    [],
    ["talks", "harbour", "talks", "minister"],
]


def test_cosines_of_identical_disjoint_and_empty_documents():
    score = tfidf_cosine(DOCS)
    assert score.shape == (5, 5)
    assert score[0, 4] == pytest.approx(1.0) and score[0, 0] == pytest.approx(1.0)
    assert score[0, 2] == 0.0 and score[3].sum() == 0.0  # nothing shared; an empty document scores 0
    assert np.allclose(score, score.T)


def test_weights_are_sublinear_tf_times_smoothed_idf_then_unit_length():
    indices, weights, n_features = tfidf_rows(DOCS)
    assert n_features == 6 and list(indices[0]) == [0, 1, 2]  # numbered in order of first appearance
    n = len(DOCS)
    idf = {"harbour": 1 + math.log((n + 1) / (3 + 1)), "talks": 1 + math.log((n + 1) / (2 + 1)),
           "minister": 1 + math.log((n + 1) / (3 + 1))}
    raw = [idf["harbour"], (1 + math.log(2)) * idf["talks"], idf["minister"]]
    norm = math.sqrt(sum(v * v for v in raw))
    assert weights[0] == pytest.approx([v / norm for v in raw])


def test_bit_identical_to_scikit_learn_when_it_is_installed():
    text = pytest.importorskip("sklearn.feature_extraction.text")
    docs = [[f"w{(i * 7 + k * 3) % 23}" for k in range(i % 9 + 2)] + ["E:shared"] * (i % 3) for i in range(40)]
    matrix = text.TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True).fit_transform(docs)
    assert np.array_equal((matrix @ matrix.T).toarray(), tfidf_cosine(docs))
