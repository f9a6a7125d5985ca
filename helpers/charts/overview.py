"""Charts of the corpus overview (notebook 01): how each article is built, and its sentence lengths.

>>> table = structure(articles)
>>> fig = plot_structure(table, outlet_colors(articles["outlet"]))
>>> export_figure(fig, "corpus_structure", data=table, articles=articles, note="Counts exclude boilerplate paragraphs.")
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..overview import article_labels
from .style import new_figure

#: One panel per count of :func:`helpers.corpus.structure`, with its heading.
STRUCTURE_PANELS = {
    "n_paragraphs": "Paragraphs",
    "n_bullet": "Bullet paragraphs",
    "n_sentences": "Sentences",
    "n_words": "Words",
}


def plot_structure(table: pd.DataFrame, colors: dict[str, str]):
    """Small multiples, one panel per count in :data:`STRUCTURE_PANELS`, one bar per article.

    ``table`` is :func:`helpers.corpus.structure` (one row per article);
    ``colors`` maps each outlet to its colour.
    """
    labels = article_labels(table)
    height = 1.2 + 0.45 * len(table)
    fig, axes = new_figure(1, len(STRUCTURE_PANELS), figsize=(10, height), sharey=True)
    y = np.arange(len(table))
    for ax, (column, title) in zip(axes, STRUCTURE_PANELS.items()):
        values = table[column].to_numpy()
        ax.barh(y, values, color=[colors[o] for o in table["outlet"]], height=0.6)
        for yi, value in zip(y, values):
            ax.text(value, yi, f" {value:,}", va="center", ha="left", fontsize=9)
        ax.set_title(title, fontsize=10)
        ax.set_xlim(0, max(values.max(), 1) * 1.35)
        ax.set_xticks([])
        ax.grid(False)
        ax.spines["bottom"].set_visible(False)
    axes[0].set_yticks(y, labels)
    axes[0].invert_yaxis()
    most = table.loc[table["n_words"].idxmax(), "outlet"]
    fig.suptitle(f"How each article is built ({most} has the most words)", x=0.0, ha="left", fontweight="bold")
    return fig


def plot_sentence_lengths(sents: pd.DataFrame, colors: dict[str, str]):
    """Every sentence's length in words, one row per outlet, with its median marked.

    ``sents`` has one row per sentence with ``outlet`` and ``n_words`` (as
    :func:`helpers.corpus.sentences` returns); ``colors`` maps each outlet to its colour.
    """
    outlets = sorted(sents["outlet"].unique())
    fig, ax = new_figure(figsize=(8, 1.4 + 0.7 * len(outlets)))
    rng = np.random.default_rng(0)  # fixed jitter: the same picture on every run
    for i, outlet in enumerate(outlets):
        lengths = sents.loc[sents["outlet"] == outlet, "n_words"].to_numpy()
        ax.scatter(lengths, i + rng.uniform(-0.15, 0.15, lengths.size), s=18, alpha=0.7, color=colors[outlet], lw=0)
        median = float(np.median(lengths))
        ax.plot([median, median], [i - 0.3, i + 0.3], color="#222222", lw=1.5)
        ax.text(median, i + 0.33, f"median {median:.0f}", ha="center", va="top", fontsize=8)
    ax.set_yticks(range(len(outlets)), outlets)
    ax.set_ylim(len(outlets) - 0.5, -0.6)
    ax.set_xlabel("Words per sentence")
    medians = sents.groupby("outlet")["n_words"].median()
    if medians.empty:
        ax.set_title("Sentence length: no sentences of running text to measure")
    elif medians.min() == medians.max():
        ax.set_title(f"Sentence length: a median of {medians.min():.0f} words in every outlet")
    else:
        ax.set_title(f"Sentence length: medians from {medians.min():.0f} ({medians.idxmin()}) "
                     f"to {medians.max():.0f} words ({medians.idxmax()})")
    return fig
