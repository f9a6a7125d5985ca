"""helpers.charts.export: every format, the plotted data, the source line, identical bytes across re-runs."""

from __future__ import annotations

import pandas as pd
import pytest
from PIL import Image

from helpers.figures import export_figure, new_figure, outlet_colors, source_line


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


@pytest.mark.parametrize("name", ["../escape", "sub/name", "sub\\name", ".hidden", ""])
def test_export_refuses_a_path_as_name(tmp_path, name):
    with pytest.raises(ValueError, match="plain file name"):
        export_figure(_chart(), name, folder=tmp_path)


def test_the_source_line_and_note_are_written_by_the_export(seeds, tmp_path):
    fig = _chart()
    assert not fig.texts  # a chart carries no source line of its own
    written = export_figure(fig, "sourced", articles=seeds, note="Counts exclude boilerplate.", folder=tmp_path)
    svg = written["svg"].read_text(encoding="utf-8")
    assert "Source: Axios" in svg and "Counts exclude boilerplate." in svg
    assert [t.get_text() for t in fig.texts] == [source_line(seeds) + "\nCounts exclude boilerplate."]


def test_export_closes_the_figure_and_shows_nothing_outside_a_kernel(tmp_path, capsys):
    import matplotlib.pyplot as plt

    fig = _chart()
    assert plt.fignum_exists(fig.number)
    export_figure(fig, "closed", folder=tmp_path)
    assert not plt.fignum_exists(fig.number)  # the inline backend will not draw it again
    assert capsys.readouterr().out == ""


def test_in_a_kernel_the_exported_png_is_shown_at_screen_size(tmp_path, monkeypatch):
    import IPython
    import IPython.display

    from helpers.charts.export import show_png

    shown = []
    monkeypatch.setattr(IPython, "get_ipython", lambda: type("Shell", (), {"kernel": object()})())
    monkeypatch.setattr(IPython.display, "display", shown.append)
    written = export_figure(_chart(), "shown", folder=tmp_path)
    assert len(shown) == 1
    image = shown[0]
    assert image.data == written["png"].read_bytes()
    pixels = Image.open(written["png"]).size[0]
    assert image.width == round(pixels * 110 / 200)  # the figure's screen dpi over the file's
    monkeypatch.setattr(IPython, "get_ipython", lambda: None)
    assert show_png(written["png"]) is False and len(shown) == 1


def test_pdf_fonts_are_type_3(tmp_path):
    """Type 3 glyphs, not subsetted TrueType: a third of the CPU per PDF (see the README's "Chart files")."""
    pdf = export_figure(_chart(), "fonts", folder=tmp_path)["pdf"].read_bytes()
    assert b"/Subtype /Type3" in pdf and b"/FontFile2" not in pdf
