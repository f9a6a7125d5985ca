"""helpers.charts.sentiment: each chart draws the table it is given, and only that table."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from helpers import sentiment as S
from helpers.charts import export_figure
from helpers.charts.sentiment import (
    QUOTE_SENTIMENT_NOTE,
    plot_lexicon_agreement,
    plot_portrayal,
    plot_quote_sentiment,
    plot_quoted_share,
)
from tests.sentiment.tables import quotes_for


@pytest.fixture(scope="module")
def quotes(seeds):
    return quotes_for(seeds)


@pytest.fixture(scope="module")
def scored(quotes):
    return S.score_quotes(quotes)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _has_no_source_line(fig) -> bool:
    """A chart carries no source line of its own: export_figure writes it."""
    return not any(t.get_text().startswith("Source:") for t in fig.texts)


# --------------------------------------------------------------------------- quoted share


def test_quoted_share_draws_one_segment_per_row(quotes):
    shares = S.quoted_share_panels(quotes)
    fig = plot_quoted_share(shares)
    assert isinstance(fig, Figure) and _has_no_source_line(fig)
    assert sum(len(ax.patches) for ax in fig.axes[:2]) == len(shares)
    widths = sorted(round(p.get_width(), 9) for ax in fig.axes[:2] for p in ax.patches)
    assert widths == sorted(round(s, 9) for s in shares["share"])
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Axios", "Financial Times"]
    assert fig._suptitle.get_text().startswith("Most quoted words go to US government in Axios (100%)")


def test_quoted_share_marks_an_outlet_without_quotes(quotes):
    shares = S.quoted_share_panels(quotes[quotes["outlet"] == "Axios"])
    fig = plot_quoted_share(shares, outlets=["Axios", "Reuters"])
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Axios", "Reuters"]
    assert "no quotes found" in [t.get_text() for t in fig.axes[0].texts]


def test_quoted_share_of_no_quotes(quotes):
    shares = S.quoted_share_panels(quotes.iloc[0:0])
    assert shares.empty
    fig = plot_quoted_share(shares, outlets=["Axios"])
    assert fig._suptitle.get_text() == "No quoted words found"


# --------------------------------------------------------------------------- quote sentiment


def test_quote_sentiment_draws_every_quote_and_interval(scored):
    table = S.speaker_sentiment(scored)
    fig = plot_quote_sentiment(table)
    assert isinstance(fig, Figure) and _has_no_source_line(fig)
    for ax, lexicon in zip(fig.axes[:2], ("polarity", "vader_compound")):
        dots = table[(table["mark"] == "quote") & (table["lexicon"] == lexicon)]
        intervals = table[(table["mark"] != "quote") & (table["lexicon"] == lexicon)]
        assert sum(len(c.get_offsets()) for c in ax.collections) == len(dots)
        plotted = sorted(x for c in ax.collections for x, _ in c.get_offsets())
        assert plotted == pytest.approx(sorted(dots["score"]))
        assert len(ax.lines) == 1 + 2 * len(intervals)  # the zero line, then a bar and a mean per interval
        dashed = [line for line in ax.lines if line.get_linestyle() == "--"]
        assert len(dashed) == int(intervals["too_few"].sum())
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "senior administration official · US government (n=2)" in labels
    assert "(no speaker found) · unattributed (n=1)" in labels


def test_quote_sentiment_uses_the_colours_given(scored):
    colors = {"Axios": "#123456", "Financial Times": "#654321"}
    fig = plot_quote_sentiment(S.speaker_sentiment(scored), colors)
    faces = {to_hex(c.get_facecolor()[0]) for c in fig.axes[0].collections}
    assert faces == {"#123456", "#654321"}


def test_quote_sentiment_title_states_the_finding(scored):
    fig = plot_quote_sentiment(S.speaker_sentiment(scored))
    neutral = (scored["textblob_label"] == "neutral").mean()
    assert fig._suptitle.get_text().startswith(f"{neutral:.0%} of quotes are neutral to TextBlob; highest: ")
    one = S.speaker_sentiment(scored[scored["speaker"] == "Wang Yi"])
    assert "of the quotes from Wang Yi · Chinese government read as neutral" in \
        plot_quote_sentiment(one)._suptitle.get_text()


def test_quote_sentiment_of_no_quotes(scored):
    table = S.speaker_sentiment(scored.iloc[0:0])
    assert table.empty
    fig = plot_quote_sentiment(table)
    assert fig._suptitle.get_text() == "No quotes to score"


# --------------------------------------------------------------------------- lexicon agreement


def test_lexicon_agreement_draws_one_dot_per_point(scored):
    points = S.agreement_points(scored)
    assert len(points) == len(scored)
    fig = plot_lexicon_agreement(points)
    assert isinstance(fig, Figure) and _has_no_source_line(fig)
    ax = fig.axes[0]
    offsets = sorted(tuple(map(float, xy)) for c in ax.collections for xy in c.get_offsets())
    assert offsets == sorted(zip(points["polarity"], points["vader_compound"]))
    agreement = S.agreement_table(points)
    assert ax.get_title(loc="left") == (f"The two lexicons give the same label to {agreement.share_agree:.0%} of "
                              f"{agreement.n} texts (kappa {agreement.kappa:.2f})")


def test_lexicon_agreement_of_nothing(scored):
    fig = plot_lexicon_agreement(S.agreement_points(scored.iloc[0:0]))
    assert fig.axes[0].get_title(loc="left") == "Nothing to compare"


# --------------------------------------------------------------------------- the contract


def test_export_writes_a_chart_with_its_table_and_source_line(scored, seeds, tmp_path):
    table = S.speaker_sentiment(scored)
    written = export_figure(plot_quote_sentiment(table), "quote_sentiment", data=table, articles=seeds,
                            note=QUOTE_SENTIMENT_NOTE, folder=tmp_path)
    assert set(written) == {"png", "svg", "pdf", "csv"}
    svg = written["svg"].read_text(encoding="utf-8")
    assert "Source: Axios" in svg and "Dots: single quotes." in svg
    assert len(pd.read_csv(written["csv"])) == len(table)


def _svg(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("plot", "build", "read"),
    [
        (plot_quoted_share, lambda q, s: S.quoted_share_panels(q), {}),
        (plot_quote_sentiment, lambda q, s: S.speaker_sentiment(s), {}),
        (plot_lexicon_agreement, lambda q, s: S.agreement_points(s), {"index_col": 0}),
    ],
    ids=["quoted_share", "quote_sentiment", "lexicon_agreement"],
)
def test_a_chart_redrawn_from_its_csv_is_the_same_chart(plot, build, read, quotes, scored, tmp_path):
    table = build(quotes, scored)
    table.to_csv(tmp_path / "plotted.csv", index=not isinstance(table.index, pd.RangeIndex))
    again = pd.read_csv(tmp_path / "plotted.csv", **read)
    assert _svg(plot(table)) == _svg(plot(again))


@pytest.mark.parametrize("plot", [plot_quoted_share, plot_quote_sentiment, plot_lexicon_agreement, plot_portrayal])
def test_a_chart_names_the_column_its_table_lacks(plot):
    with pytest.raises(S.SentimentInputError, match=f"{plot.__name__}: the table lacks column"):
        plot(pd.DataFrame({"outlet": ["Axios"]}))


# --------------------------------------------------------------------------- portrayal

PORTRAYAL = pd.DataFrame({
    "person": ["Ann Reed", "Ann Reed", "Bo Ling"], "outlet": ["Axios", "Financial Times", "Axios"],
    "n": [6, 7, 2], "mean": [-0.4, 0.3, 0.1], "ci_low": [-0.6, 0.1, 0.0], "ci_high": [-0.2, 0.5, 0.2],
    "too_few": [False, False, True], "n_negative": [4, 1, 0], "n_neutral": [1, 2, 2], "n_positive": [1, 4, 0],
})


def test_portrayal_draws_a_dot_and_a_bar_per_person_and_outlet(tmp_path):
    fig = plot_portrayal(PORTRAYAL, {"Axios": "#123456", "Financial Times": "#654321"})
    ax = fig.axes[0]
    assert _has_no_source_line(fig)
    plotted = sorted(x for c in ax.collections for x, _ in c.get_offsets())
    assert plotted == pytest.approx(sorted(PORTRAYAL["mean"]))
    assert len(ax.lines) == 1 + len(PORTRAYAL)  # the zero line, then one bar per group
    assert len([line for line in ax.lines if line.get_linestyle() == "--"]) == 1
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Ann Reed (n=13)", "Bo Ling (n=2)"]
    assert fig._suptitle.get_text() == ("Most negative: Ann Reed in Axios (-0.40); "
                                        "most positive: Ann Reed in Financial Times (+0.30)")
    PORTRAYAL.to_csv(tmp_path / "plotted.csv", index=False)
    assert _svg(plot_portrayal(PORTRAYAL)) == _svg(plot_portrayal(pd.read_csv(tmp_path / "plotted.csv")))


def test_portrayal_of_nobody():
    fig = plot_portrayal(PORTRAYAL.iloc[:0])
    assert fig._suptitle.get_text() == "No known person is mentioned"
    thin = plot_portrayal(PORTRAYAL.iloc[2:])
    assert thin._suptitle.get_text().startswith("Every person–outlet group has fewer than")
