"""The stored target-sentiment model, scored with plain Python: no scikit-learn at run time.

``helpers/data/target_sentiment.json`` (written by
``benchmarks/train_target_sentiment.py``, read and checked by
:func:`helpers.datafiles.read_target_model`) holds, for each block of terms,
every term's idf weight and its three coefficients (negative, neutral,
positive), and for the lexicon features their mean, scale and coefficients.
Scoring a mention repeats what scikit-learn does: sublinear TF-IDF of each
block, each row scaled to unit length, standardised lexicon features, then a
softmax over the three linear scores.

>>> model = load_model()
>>> probabilities, _ = model.score(mention_features("Critics attacked Smith.", 17, 22))
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import TARGET_MODEL_FILE, TARGET_MODEL_FORMAT, read_target_model
from .features import MentionFeatures

MODEL_FILE = TARGET_MODEL_FILE
MODEL_FORMAT = TARGET_MODEL_FORMAT


@dataclass(frozen=True)
class Contribution:
    """One term or lexicon feature and how far it moved the score (P(positive) − P(negative)'s logit gap)."""

    name: str
    weight: float


class TargetModel:
    """A multinomial logistic regression over two TF-IDF blocks and the lexicon features."""

    def __init__(self, spec: dict):
        self.labels = tuple(spec["labels"])
        self.intercept = tuple(spec["intercept"])
        self.blocks = [self._block(spec["sentence"]), self._block(spec["window_terms"])]
        dense = spec["dense"]
        self.dense_names = tuple(dense["names"])
        self.dense = list(zip(dense["mean"], dense["scale"], dense["coef"]))
        self.window = int(spec["window"])

    @staticmethod
    def _block(block: dict) -> dict[str, tuple[float, tuple[float, ...]]]:
        return {term: (idf, tuple(coef)) for term, idf, coef in zip(block["terms"], block["idf"], block["coef"])}

    def logits(self, features: MentionFeatures) -> tuple[list[float], list[Contribution]]:
        """The three linear scores and each term's or feature's share of the positive−negative gap."""
        scores = list(self.intercept)
        k = len(scores)
        parts: list[Contribution] = []
        neg, pos = self.labels.index("negative"), self.labels.index("positive")
        for block, terms in zip(self.blocks, (features.sentence_terms, features.window_terms)):
            weights = {}
            for term, count in Counter(terms).items():
                entry = block.get(term)
                if entry is not None:
                    weights[term] = (1.0 + math.log(count)) * entry[0]
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for term, w in weights.items():
                coef = block[term][1]
                value = w / norm
                for j in range(k):
                    scores[j] += value * coef[j]
                parts.append(Contribution(term, value * (coef[pos] - coef[neg])))
        for name, value, (mean, scale, coef) in zip(self.dense_names, features.dense, self.dense):
            z = (value - mean) / scale
            for j in range(k):
                scores[j] += z * coef[j]
            parts.append(Contribution(name, z * (coef[pos] - coef[neg])))
        return scores, parts

    def score(self, features: MentionFeatures) -> tuple[dict[str, float], list[Contribution]]:
        """``({label: probability}, contributions)`` for one mention."""
        scores, parts = self.logits(features)
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {lab: e / total for lab, e in zip(self.labels, exp)}, parts


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> TargetModel:
    """The stored model (default ``helpers/data/target_sentiment.json``), read once per process."""
    return TargetModel(read_target_model(path))
