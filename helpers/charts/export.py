"""One export function for every chart: PNG, SVG, PDF, the plotted table as CSV, the source line.

>>> fig = plot_frame_shares(shares)
>>> export_figure(fig, "framing_frame_shares", data=shares, articles=articles, folder=figures_dir)
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from ..paths import EXPLORE_FIGURES_DIR
from .style import add_source


def export_figure(
    fig,
    name: str,
    data: pd.DataFrame | pd.Series | None = None,
    folder: str | Path | None = None,
    articles: pd.DataFrame | None = None,
    note: str = "",
) -> dict[str, Path]:
    """Write ``<name>.png`` (200 dpi), ``.svg``, ``.pdf`` and, given ``data``, ``<name>.csv``.

    Given ``articles``, the source line naming them (and ``note``) is written
    under the figure first: every chart gets its footer here, in one place.
    Files go to ``folder``; without one, to the scratch folder
    ``reports/explore/figures/``, so that exploring never overwrites the
    report's figures (the report run names ``reports/figures/``).  No dates or
    versions are embedded, so a re-run with the same inputs writes the same
    bytes.  Returns the paths written, by extension.
    """
    if not name or any(c in name for c in "/\\") or name.startswith("."):
        raise ValueError(f"figure name {name!r} must be a plain file name without folders")
    if articles is not None:
        add_source(fig, articles, note=note)
    folder = Path(folder) if folder is not None else EXPLORE_FIGURES_DIR
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
