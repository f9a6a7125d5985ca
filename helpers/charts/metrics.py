"""Each piece of text measured once per process, not once per drawing.

Matplotlib 3.11 lays text out through libraqm and hints every glyph each time
a string is measured, about a millisecond for a short label.  Its own cache of
text sizes belongs to one renderer, and every file written makes new ones: a
chart's SVG is measured twice (once to lay it out, once to write it), and the
same tick labels, outlet names and footers are measured again for every chart.
Measured on notebook 02: 1,770 measurements of 880 different strings.

:func:`share_text_metrics` puts one cache in front of the three renderers the
charts use (Agg for PNG, SVG, PDF).  A size depends only on what the key
holds: the renderer's kind, its resolution, the string, the font properties,
whether it is mathtext, and the settings that change glyph shapes (hinting,
kerning, language, the PDF's core fonts).  So every chart has the same bytes
with the cache as without it (the tests compare both).
"""

from __future__ import annotations

import functools

import matplotlib as mpl
from matplotlib.backends import _backend_pdf_ps, backend_agg, backend_svg

#: The settings that change a measured size, beside the string and its font.
SHAPING_SETTINGS = ("text.hinting", "text.hinting_factor", "text.kerning_factor", "text.language",
                    "pdf.use14corefonts", "ps.useafm")

#: Sizes kept at most: a report measures a few thousand strings.
MAX_SIZES = 20_000

#: The renderers whose measuring is shared, and their own (unshared) methods.
RENDERERS = (backend_agg.RendererAgg, backend_svg.RendererSVG, _backend_pdf_ps.RendererPDFPSBase)
_ORIGINAL = {cls: cls.get_text_width_height_descent for cls in RENDERERS}
_SIZES: dict = {}


def _shared(cls, measure):
    @functools.wraps(measure)
    def get_text_width_height_descent(self, s, prop, ismath):
        if ismath == "TeX":  # TeX goes through the TeX manager and its own cache
            return measure(self, s, prop, ismath)
        key = (cls, getattr(self, "dpi", None), s, prop, ismath, tuple(mpl.rcParams[k] for k in SHAPING_SETTINGS))
        size = _SIZES.get(key)
        if size is None:
            size = measure(self, s, prop, ismath)
            if len(_SIZES) >= MAX_SIZES:
                _SIZES.clear()
            # a copy: font properties are mutable, and their hash follows their state
            _SIZES[key[:3] + (prop.copy(),) + key[4:]] = size
        return size

    get_text_width_height_descent.shared = True
    return get_text_width_height_descent


def share_text_metrics(on: bool = True) -> None:
    """Measure each string once per process (``on``), or go back to matplotlib's own measuring."""
    for cls, measure in _ORIGINAL.items():
        cls.get_text_width_height_descent = _shared(cls, measure) if on else measure
    _SIZES.clear()
