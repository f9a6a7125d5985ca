"""One chart style for the project and the source line; colours come from :mod:`helpers.colors`.

>>> fig, ax = new_figure()
>>> ax.bar(["Axios", "Financial Times"], [692, 715], color=outlet_colors(["Axios", "Financial Times"]).values())
"""

from __future__ import annotations

import textwrap
import warnings

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.text import Text

from ..colors import KNOWN_OUTLET_COLORS, PALETTE, SIDE_COLORS, outlet_colors  # noqa: F401 (the charts' colours)
from .metrics import share_text_metrics

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
    # Type 3 (glyphs drawn from the font's outlines) rather than Type 42 (the TrueType font subsetted and
    # embedded): a third of the CPU per PDF, and the same look; see "Chart files" in the README
    "pdf.fonttype": 3,
}


def use_style() -> None:
    """Apply the project's chart style to matplotlib (called on import)."""
    plt.rcParams.update(STYLE)


use_style()
share_text_metrics()  # each string measured once per process: the same bytes, less time


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
    footer = fig.text(0.0, -0.02, text, ha="left", va="top", fontsize=7, color="#555555", wrap=True)
    footer.__class__ = WrappedText  # the same lines, measured fewer times


class WrappedText(Text):
    """Text with ``wrap=True`` broken into the same lines as matplotlib breaks them, with far fewer measurements.

    Matplotlib finds each line by measuring the words so far, one more word at
    a time, on every draw and every format: a long footer costs dozens of text
    layouts per line.  A line only grows wider as words are added, so the
    longest run of words that fits (at least one word, as in matplotlib) is
    found by halving instead: the same lines, a handful of layouts each.
    """

    def _get_wrapped_text(self):
        if not self.get_wrap() or self.get_usetex():
            return self.get_text()
        room = self._get_wrap_line_width()
        lines = []
        for unwrapped in self.get_text().split("\n"):
            words = unwrapped.split(" ")
            while words:
                fits, too_many = 1, len(words) + 1  # words[:fits] fits (or is one word); words[:too_many] does not
                while too_many - fits > 1:
                    middle = (fits + too_many) // 2
                    if self._get_rendered_text_width(" ".join(words[:middle])) > room:
                        too_many = middle
                    else:
                        fits = middle
                lines.append(" ".join(words[:fits]))
                words = words[fits:]
        return "\n".join(lines)


# --------------------------------------------------------------------------- text that fits

#: Points kept clear between a title and the next title beside it.
TITLE_PAD = 6.0


def _wrap(text: str, width: int) -> str:
    """``text`` with each line broken at spaces to at most ``width`` characters (words never cut)."""
    return "\n".join(textwrap.fill(line, width=max(width, 8), break_long_words=False) for line in text.split("\n"))


def _headings(fig) -> list:
    """The texts that may wrap: the figure's title and note under the panels, each panel's titles and x label."""
    found = [t for ax in fig.axes for t in (ax.title, ax._left_title, ax._right_title, ax.xaxis.label)]
    found += [t for t in (fig._suptitle, fig._supxlabel) if t is not None]
    return [t for t in found if t.get_visible() and t.get_text().strip()]


def _room(text, extent, others, fig) -> float:
    """The width in pixels ``text`` may take: to the figure's edges, and not into a heading beside it."""
    pad = TITLE_PAD * fig.dpi / 72
    left, right = fig.bbox.x0, fig.bbox.x1
    for other, box in others:
        if other is text or box.y0 >= extent.y1 or extent.y0 >= box.y1:
            continue  # itself, or not on the same line
        if box.x0 > extent.x0 + pad:
            right = min(right, box.x0 - pad)
        elif box.x1 < extent.x1 - pad:
            left = max(left, box.x1 + pad)
    align = text.get_horizontalalignment()
    if align == "left":
        return right - extent.x0
    if align == "right":
        return extent.x1 - left
    middle = (extent.x0 + extent.x1) / 2
    return 2 * min(middle - left, right - middle)


def _fit_legends(fig, renderer) -> bool:
    """A legend wider than the figure gets fewer columns; True if one changed."""
    changed = False
    for legend in list(fig.legends) + [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None]:
        box = legend.get_window_extent(renderer)
        if (box.x0 < fig.bbox.x0 or box.x1 > fig.bbox.x1) and legend._ncols > 1:
            legend.set_ncols(legend._ncols - 1)
            changed = True
    return changed


#: Row labels longer than this may wrap when the panels would otherwise have no room left.
LONG_LABEL = 24


def _draw(fig) -> bool:
    """Lay the figure out and draw it; True if the layout gave up because the labels left the panels no room."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        renderer = fig.canvas.get_renderer()
        with renderer._draw_disabled():  # laid out and measured, not painted: no file is written from this pass
            fig.draw(renderer)
    collapsed = [w for w in caught if "collapsed" in str(w.message)]
    for w in caught:
        if w not in collapsed:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return bool(collapsed)


def _wrap_row_labels(fig) -> bool:
    """Make room for the panels: long y-axis tick labels (events, speakers) onto two lines, then smaller type."""
    changed = False
    for ax in fig.axes:
        labels = ax.get_yticklabels()
        texts = [t.get_text() for t in labels]
        if not texts or max(map(len, texts)) <= LONG_LABEL:
            continue
        if not any("\n" in t for t in texts):  # first: each long label on two lines of about half its length
            width = max(LONG_LABEL, (max(map(len, texts)) + 1) // 2 + 4)
            ax.set_yticks(ax.get_yticks(), labels=[_wrap(t, width) for t in texts], fontsize=labels[0].get_fontsize())
            changed = True
        elif labels[0].get_fontsize() > 6:  # then: smaller type, never under 6 points
            for label in labels:
                label.set_fontsize(max(6.0, label.get_fontsize() * 0.85))
            changed = True
    return changed


def fit_text(fig, rounds: int = 8):
    """Wrap titles and axis labels that run past the figure's edge or into each other; narrow wide legends.

    Text that fits is left exactly as it is (so a chart that fits draws the
    same bytes as before).  A title, a panel's title or an x-axis label that
    does not is broken at spaces onto as many lines as it needs (a single word
    too wide gets smaller type), a legend too wide for the figure gets fewer
    columns, and the layout is redone to make room.  Fitting again (after the
    figure is resized) starts from the words as written.

    Where the labels leave the panels no room at all (the layout gives up),
    long row labels wrap first.

    The figure is drawn once, and again only if something had to change: a
    chart that fits is written exactly as it would have been without this
    step (:func:`~helpers.charts.export_figure` relies on it).  Returns ``fig``.
    """
    for text in _headings(fig):
        if hasattr(text, "_written") and text.get_text() != text._written[0]:
            text.set_text(text._written[0])
            text.set_fontsize(text._written[1])
    for _ in range(rounds):
        if _draw(fig) and _wrap_row_labels(fig):
            continue  # measure again once the panels have room
        renderer = fig.canvas.get_renderer()
        extents = [(t, t.get_window_extent(renderer)) for t in _headings(fig)]
        changed = _fit_legends(fig, renderer)
        for text, extent in extents:
            room = _room(text, extent, extents, fig)
            if extent.width <= room + 0.5:
                continue
            changed = True
            written = text.get_text()
            if not hasattr(text, "_written"):
                text._written = (written, text.get_fontsize())
            width = int(max(len(line) for line in written.split("\n")) * max(room, 1) / extent.width)
            wrapped = _wrap(text._written[0], width)  # always from the words as written, never re-broken
            if wrapped == written or max(len(line) for line in wrapped.split("\n")) > width:
                # no break left to make (one word wider than the room): smaller type
                text.set_fontsize(text.get_fontsize() * max(room, 1) / extent.width)
            else:
                text.set_text(wrapped)
        if not changed:
            break
    return fig
