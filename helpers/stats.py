"""Bootstrap intervals and small-count flags, shared by every analysis.

Two short articles give few sentences and fewer quotes: every estimate comes
with its count, a percentile-bootstrap interval and a flag when the count is
too small to say anything.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

#: Below this many observations an estimate is flagged ``too_few``.
MIN_COUNT = 5
N_BOOT = 2000
SEED = 20210909


def bootstrap_ci(
    values,
    statistic: Callable[[np.ndarray], float] = np.mean,
    n_boot: int = N_BOOT,
    level: float = 0.95,
    seed: int = SEED,
) -> tuple[float, float, float]:
    """``(estimate, low, high)``: the statistic and its percentile-bootstrap interval.

    Deterministic for a given ``seed``.  NaN for an empty sample; with one
    value the interval collapses to it.

    >>> bootstrap_ci([0.0, 1.0, 1.0, 1.0])[0]
    0.75
    """
    data = np.asarray(pd.Series(values, dtype=float).dropna(), dtype=float)
    if data.size == 0:
        return (float("nan"), float("nan"), float("nan"))
    estimate = float(statistic(data))
    if data.size == 1:
        return (estimate, estimate, estimate)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, data.size, size=(n_boot, data.size))
    samples = data[idx]
    if statistic is np.mean:
        stats = samples.mean(axis=1)
    else:
        stats = np.apply_along_axis(statistic, 1, samples)
    alpha = (1 - level) / 2
    low, high = np.quantile(stats, [alpha, 1 - alpha])
    return (estimate, float(low), float(high))


def summarise(
    frame: pd.DataFrame,
    by: str | list[str],
    value: str,
    min_count: int = MIN_COUNT,
    **kwargs,
) -> pd.DataFrame:
    """Per group of ``by``: ``n``, ``mean``, ``ci_low``, ``ci_high`` of ``value``, and ``too_few``.

    ``too_few`` is True where the group has fewer than ``min_count`` values:
    its interval is shown but should not be read as a finding.
    """
    keys = [by] if isinstance(by, str) else list(by)
    rows = []
    for key, group in frame.groupby(keys, sort=True, dropna=False):
        key = key if isinstance(key, tuple) else (key,)
        values = group[value].dropna()
        est, low, high = bootstrap_ci(values, **kwargs)
        rows.append((*key, int(values.size), est, low, high, values.size < min_count))
    return pd.DataFrame(rows, columns=[*keys, "n", "mean", "ci_low", "ci_high", "too_few"])
