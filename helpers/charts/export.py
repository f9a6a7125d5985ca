"""One export function for every chart: PNG, SVG, PDF, the plotted table as CSV, the source line.

>>> fig = plot_frame_shares(shares)
>>> export_figure(fig, "framing_frame_shares", data=shares, articles=articles, folder=figures_dir)
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from ..paths import EXPLORE_FIGURES_DIR
from .style import add_source, fit_text

#: Where a chart goes, and the size it gets there: width and greatest height, in inches.  A chart keeps the
#: height it was drawn with (its rows need it) up to that greatest height; its titles are fitted to the width.
SIZES = {
    "column": (6.5, 9.0),  # the text column of a report page (A4 or Letter, with margins)
    "page": (10.0, 7.0),  # a full page, landscape
    "slide": (13.33, 7.5),  # a 16:9 presentation slide
}


def lay_out(fig, articles: pd.DataFrame | None = None, note: str = "", size: str | None = None):
    """Make ``fig`` ready to write, as :func:`export_figure` does; return the bounding box to write.

    Adds the source line (given ``articles``), sets the ``size`` preset (one of
    :data:`SIZES`), lays the figure out once and wraps any title or label that
    runs off it or into another (:func:`~helpers.charts.style.fit_text`).
    """
    if size is not None:
        if size not in SIZES:
            raise ValueError(f"size {size!r}: choose one of {', '.join(SIZES)} (or None: the size it was drawn at)")
        width, tallest = SIZES[size]
        fig.set_size_inches(width, min(fig.get_size_inches()[1], tallest))
    if articles is not None:
        add_source(fig, articles, note=note)
    # lay out and measure once (bbox_inches="tight" would redraw the figure for every format); titles and labels
    # that run off the figure or into each other wrap, and the figure is drawn again only if one had to
    fit_text(fig)
    return fig.get_tightbbox(fig.canvas.get_renderer()).padded(plt.rcParams["savefig.pad_inches"])


def export_figure(
    fig,
    name: str,
    data: pd.DataFrame | pd.Series | None = None,
    folder: str | Path | None = None,
    articles: pd.DataFrame | None = None,
    note: str = "",
    size: str | None = None,
) -> dict[str, Path]:
    """Write ``<name>.png`` (200 dpi), ``.svg``, ``.pdf`` and, given ``data``, ``<name>.csv``.

    Given ``articles``, the source line naming them (and ``note``) is written
    under the figure first: every chart gets its footer here, in one place.
    The figure is drawn once to lay it out and once per format, then closed:
    in a notebook, the PNG just written is shown in its place (:func:`show_png`),
    so the inline backend does not draw the chart twice more.
    Files go to ``folder``; without one, to the scratch folder
    ``reports/explore/figures/``, so that exploring never overwrites the
    report's figures (the report run names ``reports/figures/``).  No dates or
    versions are embedded, so a re-run with the same inputs writes the same
    bytes.  ``size`` sets the figure's size for where it goes (one of
    :data:`SIZES`: ``"column"``, ``"page"``, ``"slide"``); without it the
    chart keeps the size it was drawn at.  Returns the paths written, by
    extension.
    """
    if not name or any(c in name for c in "/\\") or name.startswith("."):
        raise ValueError(f"figure name {name!r} must be a plain file name without folders")
    bbox = lay_out(fig, articles, note, size)
    folder = Path(folder) if folder is not None else EXPLORE_FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    dpi = max(200, plt.rcParams["savefig.dpi"])
    metadata = {
        "png": {"Software": None},
        "svg": {"Date": None, "Creator": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
    }
    for ext, meta in metadata.items():
        path = folder / f"{name}.{ext}"
        if ext == "pdf":
            # the PDF keeps the layout the SVG was just drawn with (both are 72 points to the inch): drawn once,
            # instead of once to lay it out again and once to write it.  Matplotlib's public setter would leave a
            # placeholder engine, for which savefig still makes its measuring pass: no engine at all skips it
            fig._layout_engine = None
        fig.savefig(path, format=ext, dpi=dpi, bbox_inches=bbox, metadata=meta)
        written[ext] = path
    plt.close(fig)
    show_png(written["png"], fig.dpi / dpi)
    if data is not None:
        frame = data.to_frame() if isinstance(data, pd.Series) else data
        path = folder / f"{name}.csv"
        frame.to_csv(path, index=not isinstance(frame.index, pd.RangeIndex), lineterminator="\n")
        written["csv"] = path
    return written


def show_png(path: Path, scale: float = 1.0) -> bool:
    """In a running notebook kernel, show the PNG at ``path`` (its pixel width times ``scale``); True if shown.

    Outside a kernel (a script, the tests) nothing is shown.  The exported
    file is what the reader sees: the chart is not drawn again for the screen.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # IPython is part of the project's environment, but a script may run without it
        return False
    shell = get_ipython()
    if shell is None or getattr(shell, "kernel", None) is None:
        return False
    from IPython.display import Image, display

    data = Path(path).read_bytes()
    width = int.from_bytes(data[16:20], "big")  # the IHDR chunk: width, then height, as 4-byte integers
    display(Image(data=data, format="png", width=max(1, round(width * scale))))
    return True
