"""helpers.charts.overview: the structure and sentence-length charts of notebook 01 draw the table given."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from helpers.charts import outlet_colors
from helpers.charts.overview import STRUCTURE_PANELS, plot_sentence_lengths, plot_structure
from helpers.corpus import BODY_KINDS, sentences, structure


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_structure_draws_one_bar_per_article_and_count(seeds):
    table = structure(seeds)
    fig = plot_structure(table, outlet_colors(seeds["outlet"]))
    assert len(fig.axes) == len(STRUCTURE_PANELS)
    for ax, column in zip(fig.axes, STRUCTURE_PANELS):
        assert sorted(p.get_width() for p in ax.patches) == sorted(table[column])
        assert {to_hex(p.get_facecolor()) for p in ax.patches} == {"#0072b2", "#d55e00"}
    most = table.loc[table["n_words"].idxmax(), "outlet"]
    assert fig._suptitle.get_text() == f"How each article is built ({most} has the most words)"
    assert not any(t.get_text().startswith("Source:") for t in fig.texts)


def test_sentence_lengths_draw_every_sentence_and_the_medians(seeds):
    sents = sentences(seeds, kinds=BODY_KINDS)[["article_id", "outlet", "sentence", "start", "end", "n_words"]]
    fig = plot_sentence_lengths(sents, outlet_colors(seeds["outlet"]))
    ax = fig.axes[0]
    assert sum(len(c.get_offsets()) for c in ax.collections) == len(sents)
    medians = sents.groupby("outlet")["n_words"].median()
    assert sorted(t.get_text() for t in ax.texts) == sorted(f"median {m:.0f}" for m in medians)


@pytest.mark.parametrize(
    ("lengths", "title"),
    [
        ({"A": [10, 12], "B": [30]}, "Sentence length: medians from 11 (A) to 30 words (B)"),
        ({"A": [10, 12], "B": [11]}, "Sentence length: a median of 11 words in every outlet"),
        ({}, "Sentence length: no sentences of running text to measure"),
    ],
    ids=["spread", "same median", "no sentences"],
)
def test_sentence_length_titles(lengths, title):
    rows = [{"outlet": o, "n_words": n} for o, values in lengths.items() for n in values]
    sents = pd.DataFrame(rows, columns=["outlet", "n_words"])
    fig = plot_sentence_lengths(sents, outlet_colors(sents["outlet"]))
    assert fig.axes[0].get_title(loc="left") == title


def _svg(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("plot", "build"),
    [
        (plot_structure, lambda seeds: structure(seeds).drop(columns=["published"])),
        (plot_sentence_lengths, lambda seeds: sentences(seeds, kinds=BODY_KINDS)[["outlet", "sentence", "n_words"]]),
    ],
    ids=["structure", "sentence_lengths"],
)
def test_overview_charts_redrawn_from_their_csv_are_the_same(plot, build, seeds, tmp_path):
    colors = outlet_colors(seeds["outlet"])
    data = build(seeds)
    data.to_csv(tmp_path / "plotted.csv", index=False)
    again = pd.read_csv(tmp_path / "plotted.csv")
    assert _svg(plot(data, colors)) == _svg(plot(again, colors))
