"""One style, one colour per outlet, and exports that are identical across re-runs."""

from __future__ import annotations

import pandas as pd
import pytest
from PIL import Image

from helpers.figures import KNOWN_OUTLET_COLORS, export_figure, new_figure, outlet_colors, source_line


def _chart():
    fig, ax = new_figure()
    ax.bar(["Axios", "Financial Times"], [692, 715], color=list(outlet_colors(["Axios", "Financial Times"]).values()))
    ax.set_title("Words per article")
    return fig


def test_export_writes_all_formats_and_the_data(tmp_path):
    data = pd.DataFrame({"outlet": ["Axios", "Financial Times"], "words": [692, 715]})
    written = export_figure(_chart(), "words", data=data, folder=tmp_path)
    assert set(written) == {"png", "svg", "pdf", "csv"}
    assert pd.read_csv(written["csv"]).equals(data)
    dpi = Image.open(written["png"]).info["dpi"]
    assert round(dpi[0]) >= 200
    assert written["svg"].read_text().lstrip().startswith("<?xml")
    assert written["pdf"].read_bytes().startswith(b"%PDF")


def test_exports_are_byte_identical_across_runs(tmp_path):
    first = {k: p.read_bytes() for k, p in export_figure(_chart(), "same", folder=tmp_path / "a").items()}
    second = {k: p.read_bytes() for k, p in export_figure(_chart(), "same", folder=tmp_path / "b").items()}
    assert first == second


def test_export_refuses_a_path_as_name(tmp_path):
    with pytest.raises(ValueError, match="plain file name"):
        export_figure(_chart(), "../escape", folder=tmp_path)


def test_outlet_colours_are_fixed_and_distinct():
    known = outlet_colors(["Financial Times", "Axios"])
    assert known == {name: KNOWN_OUTLET_COLORS[name] for name in ("Axios", "Financial Times")}
    many = outlet_colors(["Axios", "Reuters", "Financial Times", "Xinhua", "The Guardian"])
    assert len(set(many.values())) == 5
    # an outlet keeps its colour whatever else is in the chart, and in whatever order
    assert outlet_colors(["Reuters", "Axios"])["Reuters"] == outlet_colors(["Axios", "Reuters"])["Reuters"]
    assert many["Axios"] == known["Axios"]


def test_source_line_names_every_article(seeds):
    line = source_line(seeds)
    assert line.startswith("Source: ")
    for row in seeds.itertuples():
        assert row.outlet in line and row.title in line and "2021-09-10" in line
