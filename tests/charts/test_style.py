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


def test_the_footer_wraps_into_exactly_matplotlibs_lines():
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    from helpers.charts.style import WrappedText

    words = ("Source: Axios, “Inside Biden’s call with Xi” (2021-09-10); Financial Times, “Biden and Xi speak "
             "on phone amid impasse” (2021-09-10)  an overlongwordthatcannotfitanywhereonthislineatallreally x")
    texts = [words, words + "\nA second line, written by hand.", "one", "two words", " leading and  double spaces "]
    for width in (1.5, 3.0, 6.5, 12.0):
        fig = plt.figure(figsize=(width, 2), dpi=110)
        for text in texts:
            theirs = fig.text(0.0, 0.5, text, fontsize=7, wrap=True)
            ours = fig.text(0.0, 0.5, text, fontsize=7, wrap=True)
            ours.__class__ = WrappedText
            fig.canvas.draw()
            assert ours._get_wrapped_text() == Text._get_wrapped_text(theirs)
            if width < 3 and len(text) > 40:
                assert "\n" in ours._get_wrapped_text() or " " not in text.strip()  # something did wrap
        plt.close(fig)
