"""One chart style for the project, one colour per outlet and per side, the source line.

>>> fig, ax = new_figure()
>>> ax.bar(["Axios", "Financial Times"], [692, 715], color=outlet_colors(["Axios", "Financial Times"]).values())
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import matplotlib.pyplot as plt
import pandas as pd

#: Fixed colours for outlets we know (colour-blind-safe Okabe–Ito hues).
KNOWN_OUTLET_COLORS = {
    "Axios": "#0072B2",
    "Financial Times": "#D55E00",
}
#: Colours handed out, in this order, to other outlets.
PALETTE = ["#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999", "#882255", "#44AA99", "#117733"]

#: Colours for the sides of quoted speakers, used in every chart that shows them.
SIDE_COLORS = {
    "US government": "#1F4E79",
    "Chinese government": "#B22222",
    "expert": "#6A3D9A",
    "other": "#8C8C8C",
}

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


def outlet_colors(outlets: Iterable[str]) -> dict[str, str]:
    """A colour for each outlet: fixed for known outlets, stable for others.

    An unknown outlet gets a palette colour chosen from a hash of its name,
    moving on to the next free colour when that one is taken, so the same
    set of outlets always gets the same colours in every chart.
    """
    names = sorted(dict.fromkeys(outlets))
    colors = {name: KNOWN_OUTLET_COLORS[name] for name in names if name in KNOWN_OUTLET_COLORS}
    used = set(colors.values())
    for name in names:
        if name in colors:
            continue
        first = int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16) % len(PALETTE)
        for step in range(len(PALETTE)):
            candidate = PALETTE[(first + step) % len(PALETTE)]
            if candidate not in used or step == len(PALETTE) - 1:
                break
        colors[name] = candidate
        used.add(candidate)
    return colors


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
