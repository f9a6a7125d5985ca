"""Text measured once per process: the same files as matplotlib's own measuring, and the settings respected."""

from __future__ import annotations

import matplotlib as mpl
import pandas as pd
from matplotlib.font_manager import FontProperties

from helpers.charts import export_figure, new_figure
from helpers.charts.metrics import _ORIGINAL, _SIZES, RENDERERS, share_text_metrics


def _chart(title: str):
    fig, ax = new_figure()
    ax.barh(["Axios", "Financial Times", "Reuters — wire"], [692, 715, 403])
    ax.set_title(title)
    ax.set_xlabel("words in the article")
    return fig


def _files(folder, name: str) -> dict[str, bytes]:
    articles = pd.DataFrame({"outlet": ["Axios"], "title": ["A headline, with “quotes”"],
                             "published": [pd.Timestamp("2021-09-10")]})
    written = export_figure(_chart("Two outlets, one call: words per article"), name, folder=folder,
                            articles=articles, note="A note long enough to wrap onto a second line " * 4)
    return {ext: path.read_bytes() for ext, path in written.items() if ext != "pdf"}


def test_shared_measuring_writes_the_same_png_svg_and_csv(tmp_path):
    try:
        share_text_metrics(False)
        assert all(cls.get_text_width_height_descent is _ORIGINAL[cls] for cls in RENDERERS)
        own = _files(tmp_path / "own", "chart")
        share_text_metrics(True)
        assert all(getattr(cls.get_text_width_height_descent, "shared", False) for cls in RENDERERS)
        first = _files(tmp_path / "shared", "chart")
        again = _files(tmp_path / "again", "chart")  # now every size comes from the cache
        assert len(_SIZES) > 0
    finally:
        share_text_metrics(True)
    assert own == first == again


def test_a_size_is_kept_per_renderer_kind_resolution_font_and_setting():
    from matplotlib.backends.backend_agg import RendererAgg

    share_text_metrics(True)
    small, large = FontProperties(size=8), FontProperties(size=16)
    at_100, at_200 = RendererAgg(100, 100, 100), RendererAgg(100, 100, 200)
    w_small = at_100.get_text_width_height_descent("Financial Times", small, False)[0]
    assert at_100.get_text_width_height_descent("Financial Times", large, False)[0] > 1.8 * w_small
    assert at_200.get_text_width_height_descent("Financial Times", small, False)[0] > 1.8 * w_small
    small.set_size(16)  # the same object, changed after it was measured: measured again
    assert at_100.get_text_width_height_descent("Financial Times", small, False)[0] > 1.8 * w_small
    own = _ORIGINAL[RendererAgg]
    hinted = at_100.get_text_width_height_descent("Financial Times", FontProperties(size=8), False)
    assert hinted == own(at_100, "Financial Times", FontProperties(size=8), False)
    with mpl.rc_context({"text.hinting": "none"}):  # a setting that changes glyph shapes: measured again
        unhinted = at_100.get_text_width_height_descent("Financial Times", FontProperties(size=8), False)
        assert unhinted == own(at_100, "Financial Times", FontProperties(size=8), False)
    assert unhinted != hinted
