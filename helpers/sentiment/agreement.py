"""How far the two lexicons agree, and where they part ways.

>>> agreement_table(scored).kappa        # Cohen's kappa of the two labels
>>> disagreements(scored).head()         # rows labelled differently, the widest gap first
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .columns import require, row_keys
from .lexicons import LABELS, TEXTBLOB_CUT, VADER_CUT

#: The columns a table needs for the two labels to be compared.
LABEL_COLUMNS = ["polarity", "vader_compound", "textblob_label", "vader_label"]


@dataclass(frozen=True)
class Agreement:
    """How far TextBlob and VADER agree on the same rows."""

    crosstab: pd.DataFrame
    n: int
    share_agree: float
    kappa: float
    pearson: float
    spearman: float
    cuts: dict = field(default_factory=dict)

    def as_frame(self) -> pd.DataFrame:
        """One row: ``n, share_agree, kappa, pearson, spearman``."""
        return pd.DataFrame(
            [{"n": self.n, "share_agree": self.share_agree, "kappa": self.kappa,
              "pearson": self.pearson, "spearman": self.spearman}]
        )


def cohen_kappa(a, b, labels=LABELS) -> float:
    """Cohen's kappa of two label sequences; NaN when chance agreement is total (one label only)."""
    a, b = np.asarray(list(a), dtype=object), np.asarray(list(b), dtype=object)
    if a.size == 0:
        return float("nan")
    observed = float(np.mean(a == b))
    expected = float(sum(np.mean(a == lab) * np.mean(b == lab) for lab in labels))
    if np.isclose(expected, 1.0):
        return float("nan")
    return (observed - expected) / (1.0 - expected)


def _corr(x: pd.Series, y: pd.Series, method: str) -> float:
    if len(x) < 2 or x.nunique() < 2 or y.nunique() < 2:
        return float("nan")
    if method != "spearman":
        return float(x.corr(y, method=method))
    # Spearman's rho as pandas computes it (SciPy's spearmanr: Pearson's r of the average ranks, pairs with a
    # missing value left out), here without importing SciPy; the same bits, checked in the tests
    both = x.notna().to_numpy() & y.notna().to_numpy()
    if both.sum() < 2:
        return float("nan")
    ranks = np.column_stack([x[both].rank().to_numpy(), y[both].rank().to_numpy()])
    return float(np.corrcoef(ranks, rowvar=False)[1, 0])


def _labelled(scored: pd.DataFrame) -> pd.DataFrame:
    """The rows both lexicons labelled (a missing text has no label)."""
    return scored[(scored["textblob_label"] != "") & (scored["vader_label"] != "")]


def agreement_table(scored: pd.DataFrame) -> Agreement:
    """Crosstab of the two labels (TextBlob rows, VADER columns), Cohen's kappa, and
    Pearson/Spearman correlation of ``polarity`` with ``vader_compound``."""
    require(scored, LABEL_COLUMNS, "agreement_table")
    rows = _labelled(scored)
    tb = pd.Categorical(rows["textblob_label"], categories=LABELS)
    vd = pd.Categorical(rows["vader_label"], categories=LABELS)
    crosstab = pd.crosstab(tb, vd, rownames=["TextBlob"], colnames=["VADER"], dropna=False)
    crosstab = crosstab.reindex(index=list(LABELS), columns=list(LABELS), fill_value=0)
    n = int(len(rows))
    return Agreement(
        crosstab=crosstab,
        n=n,
        share_agree=float((rows["textblob_label"] == rows["vader_label"]).mean()) if n else float("nan"),
        kappa=cohen_kappa(rows["textblob_label"], rows["vader_label"]),
        pearson=_corr(rows["polarity"], rows["vader_compound"], "pearson"),
        spearman=_corr(rows["polarity"], rows["vader_compound"], "spearman"),
        cuts={"textblob": TEXTBLOB_CUT, "vader": VADER_CUT},
    )


def disagreements(scored: pd.DataFrame, text_column: str | None = None) -> pd.DataFrame:
    """Rows whose TextBlob and VADER labels differ, the widest ``gap`` first.

    Keeps the row keys and text, both scores and labels, ``gap`` (absolute
    difference of polarity and compound), ``opposite`` (the two scores have
    opposite signs) and the words behind each score.
    """
    require(scored, LABEL_COLUMNS, "disagreements")
    text_column = text_column or ("quote" if "quote" in scored.columns else "text")
    scored_rows = _labelled(scored)
    rows = scored_rows[scored_rows["textblob_label"] != scored_rows["vader_label"]].copy()
    rows["gap"] = (rows["polarity"] - rows["vader_compound"]).abs()
    rows["opposite"] = np.sign(rows["polarity"]) * np.sign(rows["vader_compound"]) < 0
    keys = row_keys(rows)
    words = [c for c in ("assessments", "vader_words") if c in rows.columns]
    columns = [*keys, *([text_column] if text_column in rows.columns else []), "polarity", "vader_compound",
               "textblob_label", "vader_label", "gap", "opposite", *words]
    return rows.sort_values(["gap", *keys[:1]], ascending=[False, *([True] * len(keys[:1]))], kind="stable")[
        columns
    ].reset_index(drop=True)


def agreement_points(scored: pd.DataFrame) -> pd.DataFrame:
    """One row per scored text: where it sits on both lexicons, the table of the lexicon-agreement chart.

    Columns: the keys present (``article_id, outlet, start, end``),
    ``polarity``, ``vader_compound`` and both labels; rows without a score
    are left out.  The index of ``scored`` is kept, so a point can be traced
    back to its row.
    """
    require(scored, ["outlet", *LABEL_COLUMNS], "agreement_points")
    rows = scored.dropna(subset=["polarity", "vader_compound"])
    keys = [c for c in ("article_id", "outlet", "start", "end") if c in rows.columns]
    return rows[[*keys, "polarity", "vader_compound", "textblob_label", "vader_label"]]
