"""One chart style for the project, one colour per outlet, and one export function.

>>> fig, ax = new_figure()
>>> ax.bar(["Axios", "Financial Times"], [692, 715], color=outlet_colors(["Axios", "Financial Times"]).values())
>>> export_figure(fig, "words_per_outlet", data=table)   # reports/figures/words_per_outlet.{png,svg,pdf,csv}
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from .paths import FIGURES_DIR

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


def export_figure(fig, name: str, data: pd.DataFrame | pd.Series | None = None, folder: str | Path | None = None) -> dict[str, Path]:
    """Write ``<name>.png`` (200 dpi), ``.svg``, ``.pdf`` and, given ``data``, ``<name>.csv``.

    Files go to ``folder`` (default ``reports/figures/``).  No dates or
    versions are embedded, so a re-run with the same inputs writes the same
    bytes.  Returns the paths written, by extension.
    """
    if not name or any(c in name for c in "/\\") or name.startswith("."):
        raise ValueError(f"figure name {name!r} must be a plain file name without folders")
    folder = Path(folder) if folder is not None else FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    metadata = {
        "png": {"Software": None},
        "svg": {"Date": None, "Creator": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
    }
    # lay out and measure once: bbox_inches="tight" would redraw the figure for every format
    fig.canvas.draw()
    bbox = fig.get_tightbbox(fig.canvas.get_renderer()).padded(plt.rcParams["savefig.pad_inches"])
    for ext, meta in metadata.items():
        path = folder / f"{name}.{ext}"
        fig.savefig(path, format=ext, dpi=max(200, plt.rcParams["savefig.dpi"]), bbox_inches=bbox, metadata=meta)
        written[ext] = path
    if data is not None:
        frame = data.to_frame() if isinstance(data, pd.Series) else data
        path = folder / f"{name}.csv"
        frame.to_csv(path, index=not isinstance(frame.index, pd.RangeIndex), lineterminator="\n")
        written["csv"] = path
    return written
