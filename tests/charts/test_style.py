"""helpers.charts.style: one colour per outlet, the same in every chart, and the source line."""

from __future__ import annotations

from helpers.figures import KNOWN_OUTLET_COLORS, outlet_colors, source_line


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
