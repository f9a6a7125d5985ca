"""One chart style for the project and the source line; colours come from :mod:`helpers.colors`.

>>> fig, ax = new_figure()
>>> ax.bar(["Axios", "Financial Times"], [692, 715], color=outlet_colors(["Axios", "Financial Times"]).values())
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ..colors import KNOWN_OUTLET_COLORS, PALETTE, SIDE_COLORS, outlet_colors  # noqa: F401 (the charts' colours)

STYLE = {
    "figure.figsize": (8.0, 4.5),
    "figure.dpi": 110,
    "savefig.dpi": 200,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "svg.hashsalt": "news-framing",  # stable element ids, so SVGs are identical across runs
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
}


def use_style() -> None:
    """Apply the project's chart style to matplotlib (called on import)."""
    plt.rcParams.update(STYLE)


use_style()


def new_figure(nrows: int = 1, ncols: int = 1, **kwargs):
    """``plt.subplots`` with the project style and constrained layout."""
    kwargs.setdefault("layout", "constrained")
    return plt.subplots(nrows, ncols, **kwargs)


def source_line(articles: pd.DataFrame) -> str:
    """'Source: Axios, "Inside Biden's call with Xi" (2021-09-10); …' for a chart's footer."""
    parts = [
        f"{row.outlet}, “{row.title}” ({pd.Timestamp(row.published):%Y-%m-%d})"
        for row in articles.sort_values(["outlet", "published"]).itertuples(index=False)
    ]
    return "Source: " + "; ".join(parts)


def add_source(fig, articles: pd.DataFrame, note: str = "") -> None:
    """Write the source line (and an optional note) under the figure."""
    text = source_line(articles) + (f"\n{note}" if note else "")
    fig.text(0.0, -0.02, text, ha="left", va="top", fontsize=7, color="#555555", wrap=True)
