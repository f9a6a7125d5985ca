"""Every chart of the project, and the one place matplotlib is imported.

The contract, for every plot here:

- ``plot_x(table, ...) -> Figure`` draws only the table it is given (built by
  the analysis modules, never rebuilt here);
- the same table is what :func:`export_figure` writes as CSV beside the image;
- the source line under a chart is written by :func:`export_figure`
  (``articles=``, ``note=``), nowhere else.

>>> fig = plot_frame_shares(shares, colors)
>>> export_figure(fig, "framing_frame_shares", data=shares, articles=articles, note="…")

One module of charts per notebook, imported from there (so importing this
package stays light): :mod:`.overview` (01), :mod:`.framing` (02),
:mod:`.sentiment` (03), :mod:`.timeline` (04); :mod:`.style` and
:mod:`.export` serve them all.
"""

from .export import SIZES, export_figure, lay_out
from .style import (
    KNOWN_OUTLET_COLORS,
    PALETTE,
    SIDE_COLORS,
    STYLE,
    add_source,
    fit_text,
    new_figure,
    outlet_colors,
    source_line,
    use_style,
)
from .metrics import share_text_metrics

__all__ = [
    "KNOWN_OUTLET_COLORS",
    "PALETTE",
    "SIDE_COLORS",
    "SIZES",
    "STYLE",
    "add_source",
    "export_figure",
    "fit_text",
    "lay_out",
    "new_figure",
    "outlet_colors",
    "share_text_metrics",
    "source_line",
    "use_style",
]
