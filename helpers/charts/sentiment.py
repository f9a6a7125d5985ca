"""Charts of notebook 03: whose words are quoted, the tone of each quote, where the two lexicons agree.

Each draws the table its builder in :mod:`helpers.sentiment` returns, and
that table is what :func:`export_figure` writes as CSV:

>>> shares = quoted_share_panels(quotes)
>>> fig = plot_quoted_share(shares, outlets=sorted(articles["outlet"].unique()))
>>> export_figure(fig, "quoted_share", data=shares, articles=articles, note=QUOTED_SHARE_NOTE)
"""

from __future__ import annotations

import pandas as pd
from matplotlib.patches import Patch

from ..errors import SentimentInputError
from ..sentiment.aggregate import SPEAKER_SIDE
from ..sentiment.agreement import agreement_table
from ..sentiment.lexicons import TEXTBLOB_CUT, VADER_CUT, label
from ..stats import MIN_COUNT
from ..validation import require_columns
from .style import SIDE_COLORS, new_figure, outlet_colors

#: The notes under each chart, for ``export_figure(..., note=…)``.
QUOTED_SHARE_NOTE = "Words inside quotation marks (direct, partial, continuation); each word counted once."
QUOTE_SENTIMENT_NOTE = (
    "Dots: single quotes. Bars: bootstrap 95% interval of the mean per speaker and "
    f"outlet (dashed: fewer than {MIN_COUNT} quotes). Grey: neutral zone "
    f"(TextBlob ±{TEXTBLOB_CUT:g}, VADER ±{VADER_CUT:g})."
)

PORTRAYAL_NOTE = (
    "Each dot: the mean, over one outlet's mentions of a person, of P(positive) − P(negative) from a model "
    "trained on human labels (NewsMTSC; its measured accuracy is in notebook 03). Bars: bootstrap 95% interval "
    f"(dashed: fewer than {MIN_COUNT} mentions)."
)

UNATTRIBUTED = "#E0E0E0"
KIND_COLORS = {"named": "#4D4D4D", "anonymous": "#A6A6A6", "institution": "#7A9CC6", "unattributed": UNATTRIBUTED}
#: Segments in these (light) colours get dark text.
LIGHT_COLORS = (UNATTRIBUTED, "#A6A6A6", "#7A9CC6")
OTHER_COLOR = "#CCCCCC"
NEUTRAL_ZONE = "#EEEEEE"


def _check(table, columns, chart: str) -> None:
    require_columns(table, columns, f"{chart}: the table", SentimentInputError)


def _colors_for(table: pd.DataFrame, colors: dict[str, str] | None) -> dict[str, str]:
    """The given outlet colours, or the project's colours for the outlets in ``table``."""
    return colors if colors is not None else outlet_colors(table["outlet"])


def plot_quoted_share(table: pd.DataFrame, outlets: list[str] | None = None):
    """Two stacked bars per outlet: share of quoted words by side, and by kind of speaker.

    ``table`` is :func:`helpers.sentiment.quoted_share_panels` (``panel,
    outlet, group, n_quotes, n_words, share``).  ``outlets`` (default: those
    in the table) gives the rows, in order; an outlet without quoted words
    is marked "no quotes found".
    """
    _check(table, ["panel", "outlet", "group", "share"], "plot_quoted_share")
    outlets = sorted(dict.fromkeys(table["outlet"])) if outlets is None else list(outlets)
    fig, axes = new_figure(1, 2, figsize=(10, 1.6 + 0.55 * max(1, len(outlets))), sharey=True)
    side_colors = {**SIDE_COLORS, "unattributed": UNATTRIBUTED}
    for ax, panel, colors, heading in (
        (axes[0], "side", side_colors, "by side"),
        (axes[1], "speaker_kind", KIND_COLORS, "by kind of speaker"),
    ):
        part = table[table["panel"] == panel]
        groups = [g for g in colors if g in set(part["group"])] + sorted(set(part["group"]) - set(colors))
        for y, outlet in enumerate(outlets):
            left = 0.0
            for group in groups:
                row = part[(part["outlet"] == outlet) & (part["group"] == group)]
                if row.empty:
                    continue
                share = float(row["share"].iloc[0])
                color = colors.get(group, OTHER_COLOR)
                ax.barh(y, share, left=left, color=color, edgecolor="white", height=0.6)
                if share >= 0.12:
                    ax.text(left + share / 2, y, f"{group}\n{share:.0%}", ha="center", va="center", fontsize=7,
                            color="#222222" if color in LIGHT_COLORS else "white")
                left += share
            if part[part["outlet"] == outlet].empty:
                ax.text(0.01, y, "no quotes found", va="center", fontsize=8, color="#555555")
        # small segments carry no label inside: a key above the panel names every colour
        ax.legend(handles=[Patch(color=colors.get(g, OTHER_COLOR), label=g) for g in groups], loc="lower left",
                  bbox_to_anchor=(0.0, 1.0), ncol=min(len(groups), 4) or 1, fontsize=7, handlelength=1.0,
                  columnspacing=0.8, borderaxespad=0.2)
        ax.set_xlim(0, 1)
        ax.set_axisbelow(True)
        ax.set_yticks(range(len(outlets)), outlets)
        ax.set_xlabel(f"share of quoted words, {heading}")
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    axes[0].invert_yaxis()  # shared y: invert once, first outlet on top
    fig.suptitle(_share_title(table[table["panel"] == "side"]), x=0.0, ha="left", fontweight="bold")
    return fig


def _share_title(by_side: pd.DataFrame) -> str:
    if by_side.empty:
        return "No quoted words found"
    top = by_side.sort_values(["outlet", "share"], ascending=[True, False]).groupby("outlet").head(1)
    parts = [f"{row.group} in {row.outlet} ({row.share:.0%})" for row in top.itertuples()]
    return "Most quoted words go to " + ", ".join(parts)


def plot_quote_sentiment(table: pd.DataFrame, colors: dict[str, str] | None = None):
    """Dot plot: every quote's TextBlob polarity and VADER compound, one row per speaker.

    ``table`` is :func:`helpers.sentiment.speaker_sentiment`.  Dots are single
    quotes coloured by outlet (``colors``, default the project's); a bar is
    the bootstrap 95% interval of the speaker's mean in that outlet (dashed
    when ``too_few``).  The grey band is each lexicon's neutral zone.
    """
    _check(table, ["mark", "outlet", "speaker", "side", "lexicon", "score"], "plot_quote_sentiment")
    table = table.assign(row_label=table["speaker"] + SPEAKER_SIDE + table["side"])
    dots = table[table["mark"] == "quote"]
    polarity = dots[dots["lexicon"] == "polarity"]
    colors = _colors_for(table, colors)
    order = (polarity.groupby(["side", "row_label"], as_index=False)["score"].mean()
             .sort_values(["side", "score"], ascending=[True, False]))
    labels = list(order["row_label"])
    counts = polarity.groupby("row_label").size()
    outlets = sorted(polarity["outlet"].unique())
    offsets = {o: (i - (len(outlets) - 1) / 2) * 0.22 for i, o in enumerate(outlets)}
    fig, axes = new_figure(1, 2, figsize=(11, 1.8 + 0.5 * max(1, len(labels))), sharey=True)
    for ax, value, cut, name in ((axes[0], "polarity", TEXTBLOB_CUT, "TextBlob polarity"),
                                 (axes[1], "vader_compound", VADER_CUT, "VADER compound")):
        ax.axvspan(-cut, cut, color=NEUTRAL_ZONE, zorder=0)
        ax.axvline(0, color="#999999", linewidth=0.6, zorder=1)
        intervals = table[(table["mark"] != "quote") & (table["lexicon"] == value)]
        for s in intervals.itertuples():
            y = labels.index(s.row_label) + offsets[s.outlet]
            ax.plot([s.ci_low, s.ci_high], [y, y], color=colors[s.outlet], linewidth=2.2, alpha=0.55,
                    linestyle="--" if s.too_few else "-", zorder=2)
            ax.plot([s.score], [y], marker="|", markersize=12, color=colors[s.outlet], zorder=3)
        for outlet, group in dots[dots["lexicon"] == value].groupby("outlet"):
            ys = [labels.index(lab) + offsets[outlet] for lab in group["row_label"]]
            ax.scatter(group["score"], ys, s=22, color=colors[outlet], alpha=0.8, edgecolor="white", linewidth=0.5,
                       zorder=4, label=outlet)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xlabel(name)
        ax.set_yticks(range(len(labels)), [f"{lab} (n={counts[lab]})" for lab in labels])
    axes[0].invert_yaxis()
    if len(polarity):
        axes[1].legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    fig.suptitle(_sentiment_title(polarity), x=0.0, ha="left", fontweight="bold")
    return fig


def _sentiment_title(polarity: pd.DataFrame) -> str:
    """The title of the quote-sentiment chart, from the quotes' polarity rows."""
    if polarity.empty:
        return "No quotes to score"
    share_neutral = float((polarity["score"].map(lambda v: label(v, TEXTBLOB_CUT)) == "neutral").mean())
    means = polarity.groupby("row_label")["score"].mean().sort_values()
    if len(means) < 2:
        return f"{share_neutral:.0%} of the quotes from {means.index[0]} read as neutral to TextBlob"
    highest, lowest = means.index[-1].split(SPEAKER_SIDE)[0], means.index[0].split(SPEAKER_SIDE)[0]
    return f"{share_neutral:.0%} of quotes are neutral to TextBlob; highest: {highest}, lowest: {lowest}"


def plot_lexicon_agreement(table: pd.DataFrame, colors: dict[str, str] | None = None):
    """Scatter of TextBlob polarity against VADER compound, one dot per row, coloured by outlet.

    ``table`` is :func:`helpers.sentiment.agreement_points`.  The shaded
    cross marks the neutral zones; dots off the diagonal quadrants are the
    disagreements.
    """
    _check(table, ["outlet", "polarity", "vader_compound", "textblob_label", "vader_label"],
           "plot_lexicon_agreement")
    colors = _colors_for(table, colors)
    agreement = agreement_table(table)
    fig, ax = new_figure(figsize=(6.5, 5.5))
    ax.axvspan(-TEXTBLOB_CUT, TEXTBLOB_CUT, color=NEUTRAL_ZONE, zorder=0)
    ax.axhspan(-VADER_CUT, VADER_CUT, color=NEUTRAL_ZONE, zorder=0)
    for outlet, group in table.groupby("outlet"):
        ax.scatter(group["polarity"], group["vader_compound"], s=22, alpha=0.75, color=colors[outlet],
                   edgecolor="white", linewidth=0.5, label=outlet, zorder=3)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("TextBlob polarity")
    ax.set_ylabel("VADER compound")
    ax.grid(True, axis="both")
    if len(table):
        ax.legend(loc="lower right", fontsize=8)
    ax.set_title(f"The two lexicons give the same label to {agreement.share_agree:.0%} of {agreement.n} texts "
                 f"(kappa {agreement.kappa:.2f})" if agreement.n else "Nothing to compare", fontsize=10)
    return fig


def plot_portrayal(table: pd.DataFrame, colors: dict[str, str] | None = None):
    """Dot plot: how each outlet portrays each person, one row per person, one dot per outlet.

    ``table`` is :func:`helpers.sentiment.portrayal_by` (``person, outlet, n,
    mean, ci_low, ci_high, too_few``): the dot is the mean model score of the
    person's mentions in that outlet, the bar its bootstrap 95% interval
    (dashed when ``too_few``).  People with the most mentions come first.
    """
    _check(table, ["person", "outlet", "n", "mean", "ci_low", "ci_high", "too_few"], "plot_portrayal")
    colors = _colors_for(table, colors)
    people = list(table.groupby("person")["n"].sum().sort_values(ascending=False, kind="stable").index)
    outlets = sorted(table["outlet"].unique())
    offsets = {o: (i - (len(outlets) - 1) / 2) * 0.22 for i, o in enumerate(outlets)}
    fig, ax = new_figure(figsize=(8, 1.6 + 0.45 * max(1, len(people))))
    ax.axvline(0, color="#999999", linewidth=0.6, zorder=1)
    for outlet in outlets:
        rows = table[table["outlet"] == outlet]
        ys = [people.index(p) + offsets[outlet] for p in rows["person"]]
        for y, r in zip(ys, rows.itertuples()):
            ax.plot([r.ci_low, r.ci_high], [y, y], color=colors[outlet], linewidth=2.2, alpha=0.55,
                    linestyle="--" if r.too_few else "-", zorder=2)
        ax.scatter(rows["mean"], ys, s=28, color=colors[outlet], edgecolor="white", linewidth=0.5, zorder=3,
                   label=outlet)
    totals = table.groupby("person")["n"].sum()
    ax.set_yticks(range(len(people)), [f"{p} (n={totals[p]})" for p in people])
    ax.invert_yaxis()
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("sentiment towards the person: P(positive) − P(negative)")
    if len(table):
        ax.legend(loc="lower right", fontsize=8)
    fig.suptitle(_portrayal_title(table), x=0.0, ha="left", fontweight="bold")
    return fig


def _portrayal_title(table: pd.DataFrame) -> str:
    """The title of the portrayal chart: the most negative and most positive solid groups."""
    if table.empty:
        return "No known person is mentioned"
    solid = table[~table["too_few"]].sort_values("mean", kind="stable")
    if solid.empty:
        return f"Every person–outlet group has fewer than {MIN_COUNT} mentions: read the sentences"
    low, high = solid.iloc[0], solid.iloc[-1]
    if len(solid) == 1:
        return f"{low.person} in {low.outlet}: mean {low['mean']:+.2f} over {low.n} mentions"
    return (f"Most negative: {low.person} in {low.outlet} ({low['mean']:+.2f}); "
            f"most positive: {high.person} in {high.outlet} ({high['mean']:+.2f})")
