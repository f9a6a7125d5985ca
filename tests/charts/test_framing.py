"""helpers.charts.framing: each chart of notebook 02 draws the table it is given, and exports."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from helpers import framing as fr  # noqa: E402
from helpers.charts import export_figure, outlet_colors  # noqa: E402
from helpers.charts.framing import (  # noqa: E402
    plot_aligned_pairs,
    plot_distinctive_terms,
    plot_frame_shares,
    plot_narrator_tone,
    plot_source_mix,
)
from helpers.corpus import load_articles  # noqa: E402
from tests.framing.conftest import all_quoted, distinct, pairs, quiet, seed_quotes  # noqa: E402,F401 (fixtures)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def colors(seeds):
    return outlet_colors(seeds["outlet"])


def _bar_count(fig) -> int:
    return sum(len(ax.patches) for ax in fig.axes)


def test_everything_runs_on_three_outlets_and_charts_export(three_outlets, tmp_path):
    arts = load_articles(three_outlets)
    colors = outlet_colors(arts["outlet"])
    sents = fr.content_sentences(arts)
    tags = fr.tag_frames(sents)
    shares = fr.frame_shares(sents, tags)
    distinct = fr.distinctive_terms(arts)
    pairs = fr.side_by_side(fr.align_sentences(arts))
    assert {"Reuters"} <= set(pairs["outlet_a"]) | set(pairs["outlet_b"])
    naming = fr.leader_naming(arts)
    assert ("Reuters", "Xi Jinping", "Chinese leader Xi Jinping") in set(
        zip(naming["outlet"], naming["leader"], naming["form"])
    )
    tone = fr.narrator_tone(fr.narrator_sentences(arts))
    quotes = pytest.importorskip("helpers.quotes").extract_quotes(arts)
    tables = {
        "terms": fr.top_terms(distinct, n=10, content_only=True),
        "frames": shares,
        "sources": fr.source_mix_chart_table(fr.source_mix(quotes), fr.source_mix(quotes, by="speaker_kind")),
        "pairs": fr.pairs_chart_table(pairs, n=6),
        "tone": tone,
    }
    figs = {
        "terms": plot_distinctive_terms(tables["terms"], colors),
        "frames": plot_frame_shares(shares, colors),
        "sources": plot_source_mix(tables["sources"]),
        "pairs": plot_aligned_pairs(tables["pairs"]),
        "tone": plot_narrator_tone(tone, colors),
    }
    assert len(figs["terms"].axes) == 3  # a panel per outlet
    for name, fig in figs.items():
        written = export_figure(fig, name, data=tables[name], folder=tmp_path)
        assert written["png"].stat().st_size > 0
        assert len(pd.read_csv(written["csv"])) == len(tables[name])  # the CSV holds the table drawn
    assert set(shares["outlet"]) == {"Axios", "Financial Times", "Reuters"}


def test_distinctive_terms_chart_draws_one_bar_per_row(distinct, colors):
    table = fr.top_terms(distinct, n=10, content_only=True)
    fig = plot_distinctive_terms(table, colors)
    assert _bar_count(fig) == len(table) == 20
    assert "“mr” most marks Financial Times" in fig.axes[0].get_title(loc="left")
    fewer = plot_distinctive_terms(fr.top_terms(distinct, n=3, content_only=True), colors)
    assert _bar_count(fewer) == 6


@pytest.mark.parametrize("which", ["all z", "empty"])
def test_distinctive_terms_chart_refuses_a_table_it_cannot_draw(distinct, colors, which):
    table = distinct if which == "all z" else distinct.iloc[0:0]
    with pytest.raises(fr.FramingError, match="top_terms"):
        plot_distinctive_terms(table, colors)


def test_frame_shares_chart_titles_the_largest_gap(seeds, colors):
    sents = fr.content_sentences(seeds)
    shares = fr.frame_shares(sents, fr.tag_frames(sents))
    top = fr.frame_differences(shares).iloc[0]
    fig = plot_frame_shares(shares, colors)
    assert fig.axes[0].get_title(loc="left").startswith(f"{top['label']}: {top['share_highest']:.0%} of {top['highest']}'s")
    some = plot_frame_shares(shares[shares["frame"].isin(["economic", "climate"])], colors)
    assert len(some.axes[0].get_yticks()) == 2


def test_frame_shares_chart_without_frames(quiet):
    arts = load_articles(quiet)
    sents = fr.content_sentences(arts)
    shares = fr.frame_shares(sents, fr.tag_frames(sents))
    fig = plot_frame_shares(shares, outlet_colors(arts["outlet"]))
    assert fig.axes[0].get_title(loc="left") == "No sentence carries a frame of the lexicon"


def test_source_mix_chart_reads_both_mixes_from_one_table(seed_quotes):
    table = fr.source_mix_chart_table(fr.source_mix(seed_quotes), fr.source_mix(seed_quotes, by="speaker_kind"))
    fig = plot_source_mix(table)
    left, right = fig.axes[:2]
    sides = table.loc[table["by"] == "side", "side"].nunique()
    assert len(left.patches) == 2 * sides  # a bar per side and outlet
    kinds = set(table.loc[table["by"] == "speaker_kind", "speaker_kind"])
    assert {t.get_text() for t in right.get_legend().get_texts()} == kinds
    assert fig._suptitle.get_text().startswith("Whose words each outlet carries (Axios: ")


def test_aligned_pairs_chart_draws_the_wrapped_text(pairs):
    table = fr.pairs_chart_table(fr.side_by_side(pairs), n=3)
    fig = plot_aligned_pairs(table)
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert set(table["wrapped_a"]) <= texts and set(table["wrapped_b"]) <= texts
    assert fig.axes[0].get_title(loc="left").startswith("The same facts, told twice: 3 aligned pairs")


def test_narrator_tone_chart(seeds, colors, all_quoted):
    tone = fr.narrator_tone(fr.narrator_sentences(seeds))
    fig = plot_narrator_tone(tone, colors)
    assert len(fig.axes) == 3 and "subjectivity from" in fig._suptitle.get_text()
    empty = fr.narrator_tone(fr.narrator_sentences(load_articles(all_quoted)))
    with pytest.raises(fr.FramingError, match="no narrator sentences"):
        plot_narrator_tone(empty, colors)


def test_plots_do_not_add_a_source_line(distinct, colors):
    fig = plot_distinctive_terms(fr.top_terms(distinct, n=5, content_only=True), colors)
    assert not any(t.get_text().startswith("Source:") for t in fig.texts)


def test_outlet_only_chart_draws_each_outlet_and_exports(seeds, pairs, seed_quotes, tmp_path):
    from helpers.charts.framing import plot_outlet_only

    only = fr.outlet_only_sentences(seeds, pairs)
    table = fr.outlet_only_counts(only, fr.outlet_only_speakers(seed_quotes, seeds))
    fig = plot_outlet_only(table, outlet_colors(seeds["outlet"]))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == sorted(seeds["outlet"])
    assert ax.get_title(loc="left").startswith("What only one outlet tells: up to")
    export_figure(fig, "framing_outlet_only", data=table, articles=seeds, folder=tmp_path)
    assert pd.read_csv(tmp_path / "framing_outlet_only.csv")["n_only"].tolist() == table["n_only"].tolist()
    with pytest.raises(fr.FramingError, match="no event is told by two outlets"):
        plot_outlet_only(table.iloc[:0], {})
